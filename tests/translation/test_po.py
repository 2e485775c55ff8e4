"""export_translations / import_translations: byte-exact round trips, and bad files that
leave the database as it was."""

import io
import json
import re

import polib
import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation
from wagtail_localize.operations import TranslationCreator

from tests.cms.factories import ArticleIndexPageFactory, ArticlePageFactory, translate
from tests.directory.factories import SocialEnterpriseFactory

BODY = json.dumps(
    [
        {
            "type": "paragraph",
            "value": '<p>Read the <b>SEMPRE</b> report on <a href="https://example.org">impact</a>.</p>',
        }
    ]
)
LATVIAN = {
    "Social economy in Liepāja": "Sociālā ekonomika Liepājā: ā ē ī ū ļ ņ ķ ģ š ž č",
    "Where the café employs people.": "Kur kafejnīca nodarbina cilvēkus — Łódź, Šiauliai, Võru, Ærø.",
    "liepaja": "liepaja",
    'Read the <b>SEMPRE</b> report on <a id="a1">impact</a>.': (
        'Izlasiet <b>SEMPRE</b> ziņojumu par <a id="a1">ietekmi</a> (ą ę ė į ų ū ł ż ź ś ć ń õ ä ö ü æ ø å).'
    ),
}

QUERY = """{ page(urlPath: "/library/liepaja/", locale: "lv", fallbackLocales: []) {
  title intro ... on ArticlePage { body { ... on RichTextBlock { html } } } } }"""


@pytest.fixture
def article(home):
    library = ArticleIndexPageFactory(parent=home, slug="library")
    translate(home, "lv", title="Sākums")
    translate(library, "lv", title="Bibliotēka")
    article = ArticlePageFactory(
        parent=library,
        slug="liepaja",
        title="Social economy in Liepāja",
        intro="Where the café employs people.",
        body=BODY,
    )
    article.save_revision().publish()
    TranslationCreator(None, [Locale.objects.get(language_code="lv")]).create_translations(article)
    return article


def export(tmp_path):
    out = io.StringIO()
    call_command("export_translations", str(tmp_path), "--locale", "lv", stdout=out)
    files = sorted((tmp_path / "lv").glob("*.po"))
    return files, out.getvalue()


def fill(path, translations, **changes):
    po = polib.pofile(str(path))
    for entry in po:
        entry.msgstr = translations.get(entry.msgid, "")
    po.metadata.update(changes)
    po.save(str(path))
    return po


def test_round_trip_is_byte_exact(graphql, article, tmp_path, django_capture_on_commit_callbacks):
    files, output = export(tmp_path)
    assert len(files) == 1 and files[0].name.startswith("articlepage-liepaja-")
    assert "PO files exported: 1." in output
    po = polib.pofile(str(files[0]))
    assert po.metadata["Language"] == "lv"
    assert {entry.msgid for entry in po} == set(LATVIAN)
    # Readable comments next to the internal msgctxt.
    assert {entry.comment for entry in po} >= {"Social economy in Liepāja: title"}

    fill(files[0], LATVIAN)
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command(
            "import_translations", str(tmp_path), "--locale", "lv", "--publish", stdout=out
        )
    assert "Files imported: 1 (published)." in out.getvalue()

    page = graphql(QUERY)["data"]["page"]
    assert page["title"] == LATVIAN["Social economy in Liepāja"]
    assert page["intro"] == LATVIAN["Where the café employs people."]
    assert page["body"][0]["html"] == (
        '<p>Izlasiet <b>SEMPRE</b> ziņojumu par <a href="https://example.org">ietekmi</a> '
        "(ą ę ė į ų ū ł ż ź ś ć ń õ ä ö ü æ ø å).</p>"
    )
    # Exporting again carries the translations: the file round-trips too.
    files, _ = export(tmp_path / "again")
    assert {e.msgid: e.msgstr for e in polib.pofile(str(files[0]))} == LATVIAN


def test_import_without_publish_saves_a_draft(graphql, article, tmp_path):
    files, _ = export(tmp_path)
    fill(files[0], LATVIAN)
    call_command("import_translations", str(files[0]), stdout=io.StringIO())
    draft = article.get_translation(Locale.objects.get(language_code="lv"))
    assert not draft.live
    assert draft.get_latest_revision_as_object().title == LATVIAN["Social economy in Liepāja"]
    assert graphql(QUERY)["data"]["page"] is None


def break_file(path, how):
    po = polib.pofile(str(path))
    if how == "stale msgid":
        entry = next(e for e in po if e.msgid == "Social economy in Liepāja")
        entry.msgid = "Social economy in Liepāja, as it was"
        entry.msgstr = "Sociālā ekonomika"
    elif how == "dropped tag":
        entry = next(e for e in po if "<b>" in e.msgid)
        entry.msgstr = 'Izlasiet SEMPRE ziņojumu par <a id="a1">ietekmi</a>.'
    elif how == "wrong locale":
        po.metadata["Language"] = "lt"
    elif how == "no header":
        del po.metadata["X-WagtailLocalize-TranslationID"]
    po.save(str(path))


@pytest.mark.parametrize(
    "how, message",
    [
        ("stale msgid", "is no longer in the source"),
        ("dropped tag", "changes the HTML tags of the source (missing <b> </b>)"),
        ("wrong locale", "the file says Language: lt, but it translates into lv"),
        ("no header", "the X-WagtailLocalize-TranslationID header is missing"),
        ("syntax", "not a valid PO file"),
    ],
)
def test_bad_files_are_reported_and_nothing_is_applied(article, tmp_path, how, message):
    # A second object whose file is fine: it must not be applied either.
    enterprise = SocialEnterpriseFactory(name="Kafejnīca Liepā", slug="cafe-liepa")
    TranslationCreator(None, [Locale.objects.get(language_code="lv")]).create_translations(
        enterprise
    )
    files, _ = export(tmp_path)
    # The entry pulls in its country and taxonomies (related objects) as well.
    page_file = next(f for f in files if f.name.startswith("articlepage"))
    entry_file = next(f for f in files if f.name.startswith("socialenterprise"))
    fill(page_file, LATVIAN)
    fill(entry_file, {"Kafejnīca Liepā": "Kafejnīca Liepā (lv)"})
    if how == "syntax":
        page_file.write_text(
            page_file.read_text() + "\nthis line is not PO syntax\n", encoding="utf-8"
        )
    else:
        break_file(page_file, how)
    before = StringTranslation.objects.count()

    err = io.StringIO()
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_translations", str(tmp_path), stdout=io.StringIO(), stderr=err)
    assert message in err.getvalue()
    assert str(page_file) in err.getvalue()
    assert StringTranslation.objects.count() == before
    lv = Locale.objects.get(language_code="lv")
    assert enterprise.get_translation(lv).name == "Kafejnīca Liepā"


def test_locale_option_refuses_other_locales(article, tmp_path):
    files, _ = export(tmp_path)
    fill(files[0], LATVIAN)
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_translations", str(files[0]), "--locale", "et", stderr=err)
    assert "this file translates into lv, not et" in err.getvalue()


def test_export_needs_a_known_locale(tmp_path):
    with pytest.raises(CommandError, match='Unknown locale "xx"'):
        call_command("export_translations", str(tmp_path), "--locale", "xx")


def test_xliff_round_trip_and_checks(
    graphql, article, tmp_path, django_capture_on_commit_callbacks
):
    call_command(
        "export_translations",
        str(tmp_path),
        "--locale",
        "lv",
        "--format",
        "xliff",
        stdout=io.StringIO(),
    )
    (path,) = (tmp_path / "lv").glob("*.xlf")
    xml = path.read_text(encoding="utf-8")
    assert 'xmlns="urn:oasis:names:tc:xliff:document:2.0"' in xml
    assert 'srcLang="en"' in xml and 'trgLang="lv"' in xml
    # A CAT tool fills in the targets.
    for source, target in LATVIAN.items():
        escaped = source.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        xml = xml.replace(
            f"<source>{escaped}</source>",
            f"<source>{escaped}</source><target>{target.replace('<', '&lt;').replace('>', '&gt;')}</target>",
        )
    path.write_text(xml, encoding="utf-8")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_translations", str(tmp_path), "--publish", stdout=io.StringIO())
    assert graphql(QUERY)["data"]["page"]["title"] == LATVIAN["Social economy in Liepāja"]

    # A target that drops a tag is refused with the unit named.
    path.write_text(
        xml.replace("&lt;b&gt;SEMPRE&lt;/b&gt; ziņojumu", "SEMPRE ziņojumu"), encoding="utf-8"
    )
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_translations", str(path), stderr=err)
    assert re.search(rf"{re.escape(str(path))}:\d+: ", err.getvalue())
    assert "missing <b> </b>" in err.getvalue()
    path.write_text("<xliff version='1.2'/>", encoding="utf-8")
    with pytest.raises(CommandError):
        call_command("import_translations", str(path), stderr=(err := io.StringIO()))
    assert "not a valid XLIFF 2.0 file" in err.getvalue()
