"""The interface speaks the editor's and the client's language: our own strings from locales/,
wagtail-localize's admin strings where its own catalogue lacks them, and API error messages.
compile_locales builds the catalogues without GNU gettext and refuses broken PO files."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from tests.cms.factories import ArticleIndexPageFactory, ArticlePageFactory, EventIndexPageFactory
from tests.directory.factories import SocialEnterpriseFactory

LOCALES = Path(settings.LOCALE_PATHS[0])
FILLED_IN = ["da", "de", "et", "fi", "lv", "lt", "nb", "pl", "sv"]


@pytest.fixture
def editor(client, django_user_model):
    """A logged-in superuser whose admin language each test chooses."""
    user = django_user_model.objects.create_superuser("redaktore", "r@example.org", "pw")
    client.force_login(user)

    def speaking(language):
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        return user

    return speaking


# The admin


@pytest.mark.django_db
def test_snippet_form_in_latvian(client, editor):
    editor("lv")
    response = client.get(reverse("wagtailsnippets_directory_socialenterprise:add"))
    assert response.status_code == 200
    html = response.content.decode()
    # Field labels, a panel heading, a help text and a choice, all from our lv catalogue.
    for text in (
        "Īss apraksts",
        "Atrašanās vieta",
        "WGS84 decimālgrādi, no -90 līdz 90 (Rīga: 56.94965).",
        "Pašdeklarēts",
        "Ko tas piedāvā partneriem",
    ):
        assert text in html, text
    assert "Short description" not in html


@pytest.mark.django_db
def test_page_form_in_swedish(client, editor, home):
    editor("sv")
    index = EventIndexPageFactory(parent=home)
    url = reverse("wagtailadmin_pages:add", args=["cms", "eventpage", index.pk])
    html = client.get(url).content.decode()
    for text in ("Tidszon", "Lokal tid på platsen.", "Inställt"):
        assert text in html, text


@pytest.mark.django_db
def test_model_validation_message_in_danish(client, editor):
    editor("da")
    add = reverse("wagtailsnippets_directory_project:add")
    response = client.post(
        add,
        {"name": "Østersø-netværket", "slug": "ostersoe", "start_year": 2024, "end_year": 2020},
    )
    assert response.status_code == 200
    assert "Slutåret kan ikke ligge før startåret." in response.content.decode()


@pytest.mark.django_db
def test_wagtail_localize_admin_strings_in_danish(client, editor):
    """wagtail-localize has no Danish for "Translate {model_name}"; our wagtail_localize.po does,
    and the model name in it comes from our django.po."""
    editor("da")
    enterprise = SocialEnterpriseFactory()
    url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["directory", "socialenterprise", enterprise.pk],
    )
    html = client.get(url).content.decode()
    assert "Oversæt socialøkonomisk virksomhed" in html
    assert "Translate social enterprise" not in html


@pytest.mark.django_db
def test_wagtail_localize_plural_in_latvian(client, editor, home):
    editor("lv")
    ArticlePageFactory(parent=ArticleIndexPageFactory(parent=home))
    url = reverse("wagtail_localize:submit_page_translation", args=[home.pk])
    html = client.get(url).content.decode()
    assert "Tulkot lapu" in html
    # Two pages below the home page: the Latvian plural form for 2.
    assert "Iekļaut apakškoku (2 lapas)" in html


@pytest.mark.django_db
def test_wagtail_localize_admin_strings_in_estonian(client, editor, home):
    editor("et")
    ArticleIndexPageFactory(parent=home)
    url = reverse("wagtail_localize:submit_page_translation", args=[home.pk])
    html = client.get(url).content.decode()
    assert "Tõlgi leht" in html
    # One page below the home page: the Estonian singular ("2 lehte" is the other form).
    assert "Kaasa alampuu (1 leht)" in html
    assert "Translate page" not in html


@pytest.mark.django_db
def test_groups_our_migrations_make_are_named_in_the_admin_language(client, editor):
    """Group names are stored in English; the listing and the user form show them translated,
    and a group an administrator adds keeps the name it was given."""
    person = editor("lv")
    Group.objects.create(name="Baltic board")
    listing = client.get(reverse("wagtailusers_groups:index")).content.decode()
    for name in ("Redaktori", "Moderatori", "Tulkotāji", "Kataloga kuratori", "Baltic board"):
        assert name in listing, name
    assert "Translators" not in listing
    form = client.get(reverse("wagtailusers_users:edit", args=[person.pk])).content.decode()
    assert "Kataloga kuratori" in form
    assert "Directory curators" not in form


@pytest.mark.django_db
def test_wagtail_labels_made_at_import_follow_the_admin_language(client, editor):
    """Wagtail makes the chooser's "Search" tab and the live-status column's heading with
    gettext at import time; ours ask again per request."""
    editor("lv")
    chooser = client.get(reverse("wagtailimages_chooser:choose")).json()["html"]
    assert "Meklēt" in chooser
    assert re.search(r'id="tab-label-search"[^>]*>\s*Search', chooser) is None
    SocialEnterpriseFactory()
    listing = client.get(reverse("wagtailsnippets_directory_socialenterprise:list"))
    assert "Statuss" in listing.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("environment", "message"),
    [
        ({"LANGUAGE": "lv:en", "LANG": "C.UTF-8"}, "nothing-here.po neeksistē."),
        ({"LANGUAGE": "", "LC_ALL": "", "LANG": "da_DK.UTF-8"}, "nothing-here.po findes ikke."),
        # No catalogue for Klingon, nor for the C locale: the English original.
        ({"LANGUAGE": "tlh", "LANG": "C"}, "nothing-here.po does not exist."),
    ],
)
def test_commands_editors_run_answer_in_the_terminal_language(monkeypatch, environment, message):
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    before = translation.get_language()
    with pytest.raises(CommandError) as error:
        call_command("import_translations", "nothing-here.po")
    assert str(error.value) == message
    # The command's language ends with it.
    assert translation.get_language() == before


# The API


UNKNOWN_LOCALE = '{ page(urlPath: "/", locale: "xx") { title } }'


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("accept_language", "message"),
    [
        (None, 'Unknown locale "xx". Use one of: en, da, de, et, fi, lv, lt, nb, pl, sv.'),
        (
            "lv",
            'Nezināma valoda "xx". Izmantojiet vienu no šīm: en, da, de, et, fi, lv, lt, nb, pl, sv.',
        ),
        (
            "sv-SE,sv;q=0.9,en;q=0.5",
            'Okänt språk "xx". Använd ett av: en, da, de, et, fi, lv, lt, nb, pl, sv.',
        ),
        (
            "fi",
            'Tuntematon maa-asetusto "xx". Käytä jotakin seuraavista: '
            "en, da, de, et, fi, lv, lt, nb, pl, sv.",
        ),
    ],
)
def test_graphql_error_follows_accept_language(client, home, accept_language, message):
    headers = {"Accept-Language": accept_language} if accept_language else {}
    response = client.post(
        "/graphql/",
        {"query": UNKNOWN_LOCALE},
        content_type="application/json",
        headers=headers,
    )
    [error] = response.json()["errors"]
    assert error["message"] == message
    assert error["extensions"]["code"] == "UNKNOWN_LOCALE"


@pytest.mark.django_db
def test_submission_errors_in_danish(client):
    query = """mutation($entry: DirectoryEntrySubmission!) {
      submitDirectoryEntry(entry: $entry) { accepted errors { field message code } }
    }"""
    entry = {
        "kind": "SOCIAL_ENTERPRISE",
        "name": "Æblehaven",
        "shortDescription": "",
        "country": "zz",
        "contactName": " ",
        "contactEmail": "not-an-address",
        "sectors": ["culture-media", "ingen-sådan"],
    }
    response = client.post(
        "/graphql/",
        {"query": query, "variables": {"entry": entry}},
        content_type="application/json",
        headers={"Accept-Language": "da"},
    )
    result = response.json()["data"]["submitDirectoryEntry"]
    errors = {error["field"]: error["message"] for error in result["errors"]}
    assert result["accepted"] is False
    codes = {error["field"]: error["code"] for error in result["errors"]}
    # Django's own messages in Danish for its rules (required, e-mail); ours from our catalogue.
    assert errors["contactName"] == "Dette felt er påkrævet."
    assert errors["contactEmail"] == "Indtast en gyldig e-mail-adresse."
    assert errors["country"] == "Ukendt landekode 'zz'; brug ISO-koder som LV."
    assert errors["sectors"] == "Ukendte: ingen-sådan."
    assert errors["shortDescription"] == "Dette felt er påkrævet."
    assert codes == {
        "contactName": "required",
        "contactEmail": "invalid",
        "country": "invalid_choice",
        "sectors": "invalid_choice",
        "shortDescription": "required",
    }


# The catalogues


def catalogue(language, name="django.po"):
    return polib.pofile(str(LOCALES / language / "LC_MESSAGES" / name))


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_every_language_has_a_catalogue_of_the_same_messages(language):
    english = {(e.msgctxt, e.msgid) for e in catalogue("en") if not e.obsolete}
    assert {(e.msgctxt, e.msgid) for e in catalogue(language) if not e.obsolete} == english
    assert catalogue(language).metadata["Language"] == language


@pytest.mark.parametrize("language", FILLED_IN)
def test_filled_in_catalogues_translate_every_message(language):
    """A new string in the code (make messages) fails here until it is translated; fuzzy
    entries, which msgmerge guesses and Django ignores, count as untranslated."""
    po = catalogue(language)
    untranslated = [e.msgid for e in po if not e.obsolete and not e.translated()]
    assert untranslated == []
    assert len(po.translated_entries()) > 0


def test_admin_is_translated_in_every_language(capsys):
    """Wagtail's, wagtail-localize's and our own messages, per language: da, lv and sv
    complete, the others at 98 % at least, no broken placeholder or plural."""
    call_command("translation_coverage")
    out = capsys.readouterr().out
    assert "below" not in out
    assert "lv    wagtail                          1645       1645  100.0%" in out


def test_gap_files_follow_the_installed_packages():
    """locales/<lang>/LC_MESSAGES/<package>.po hold exactly what the package's own catalogue
    lacks (after a Wagtail upgrade: `manage.py translation_coverage --update`)."""
    from cms.translation.coverage import gap_catalogue, languages, our_file, packages

    for language in languages():
        for package in packages():
            if package.name == "baltic_commons":
                continue
            wanted = {(e.msgctxt, e.msgid) for e in gap_catalogue(package, language)}
            path = our_file(package, language)
            found = (
                {(e.msgctxt, e.msgid) for e in polib.pofile(str(path))} if path.exists() else set()
            )
            assert found == wanted, (path, sorted(wanted ^ found)[:5])


def test_coverage_names_a_broken_placeholder(tmp_path, settings, capsys):
    """A translation that loses a placeholder is a failure with its file and line."""
    import shutil

    from cms.translation import coverage

    root = tmp_path / "locales"
    shutil.copytree(LOCALES, root)
    settings.LOCALE_PATHS = [root]
    coverage.load.cache_clear()
    path = root / "lv/LC_MESSAGES/wagtail.po"
    text = path.read_text(encoding="utf-8")
    entry = next(
        e for e in polib.pofile(str(path)) if "python-format" in e.flags and "%(" in e.msgstr
    )
    path.write_text(text.replace(entry.msgstr, entry.msgstr.replace("%(", "%[")), "utf-8")
    try:
        with pytest.raises(CommandError, match="problems"):
            call_command("translation_coverage", locale=["lv"])
        assert "wagtail.po:" in capsys.readouterr().err
    finally:
        coverage.load.cache_clear()


# compile_locales


HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: lv\\n"\n\n'


def write_po(root, language, name, body):
    folder = root / language / "LC_MESSAGES"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_compile_merges_extra_files_and_django_po_wins(tmp_path, capsys):
    write_po(tmp_path, "lv", "django.po", 'msgid "Save"\nmsgstr "Saglabāt"\n')
    write_po(
        tmp_path,
        "lv",
        "wagtail_localize.po",
        'msgid "Save"\nmsgstr "Glabāt"\n\nmsgid "Translate"\nmsgstr "Tulkot"\n\n'
        '#, fuzzy\nmsgid "Sync"\nmsgstr "Sinhronizēt?"\n\nmsgid "Empty"\nmsgstr ""\n',
    )
    call_command("compile_locales", path=[tmp_path])
    compiled = {e.msgid: e.msgstr for e in polib.mofile(str(tmp_path / "lv/LC_MESSAGES/django.mo"))}
    assert compiled == {"Save": "Saglabāt", "Translate": "Tulkot"}
    assert "lv: compiled 2 messages" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("body", "line", "problem"),
    [
        # polib itself would silently accept the first two.
        ('msgid "Save"\nmsgstr "Saglabāt\n', 7, "not a keyword and a quoted string"),
        ('msgid "Save"\nmsgstr "Saglabāt"\nmsgstr_oops "x"\n', 8, "not a keyword"),
        ('msgid "Save"\n\nmsgid "Open"\nmsgstr "Atvērt"\n', 8, "syntax error"),
        (
            'msgid "Save"\nmsgstr "Saglabāt"\n\nmsgid "Save"\nmsgstr "Glabāt"\n',
            9,
            "already defined on line 6",
        ),
        (
            '#, python-format\nmsgid "%(count)s pages"\nmsgstr "%(skaits)s lapas"\n',
            6,
            "placeholders",
        ),
        (
            '#, python-brace-format\nmsgid "Published {object}."\nmsgstr "Publicēts."\n',
            6,
            "placeholders",
        ),
    ],
)
def test_compile_refuses_a_broken_po_file_naming_file_and_line(tmp_path, body, line, problem):
    good = write_po(tmp_path, "da", "django.po", 'msgid "Save"\nmsgstr "Gem"\n')
    broken = write_po(tmp_path, "lv", "django.po", body)
    with pytest.raises(CommandError) as error:
        call_command("compile_locales", path=[tmp_path])
    assert f"{broken}, line {line}:" in str(error.value)
    assert problem in str(error.value)
    # Nothing is half-done: not even the sound language was written.
    assert not (good.parent / "django.mo").exists()


def test_compile_refuses_a_file_that_is_not_utf8(tmp_path):
    path = write_po(tmp_path, "lv", "django.po", 'msgid "Save"\nmsgstr "x"\n')
    path.write_bytes(path.read_bytes().replace(b'"x"', b'"Saglab\xe2t"'))
    with pytest.raises(CommandError, match=r"django\.po, line 7: not valid UTF-8"):
        call_command("compile_locales", path=[tmp_path])


def test_project_catalogues_compile(capsys):
    """The committed PO files are sound (the .mo files tests read come from them)."""
    call_command("compile_locales", locale=["lv"])
    out = capsys.readouterr().out
    assert "lv: compiled" in out
    assert "wagtail.po" in out
    assert "into " + str(LOCALES / "lv/LC_MESSAGES/djangojs.mo") in out
