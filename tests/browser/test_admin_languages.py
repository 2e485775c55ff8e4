"""The admin speaks the editor's language everywhere an editor goes, not only where we looked.

An administrator whose admin language is Danish or Latvian walks the dashboard, the page editor
(an article with every block), the image chooser, the workflow actions, wagtail-localize's
translation editor and the directory listings. On every screen each visible text node, and the
placeholder, title and aria-label of visible elements, is compared with the English catalogues
(Wagtail's, wagtail-localize's, ours): a text that is the English original of a message which the
language translates differently is an untranslated string and fails the test. Words a language
writes the same ("Status" in Danish) pass. Screenshots of every screen are saved.
"""

import re
from collections.abc import Iterable

import pytest
from django.contrib.auth.models import User
from django.utils import translation
from django.utils.translation.trans_real import DjangoTranslation
from playwright.sync_api import expect
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, Locale, Page, Site, Task, Workflow
from wagtail.users.models import UserProfile
from wagtail_localize.models import String
from wagtail_localize.operations import TranslationCreator

from cms.groups import GROUP_NAMES
from cms.models import ArticleIndexPage, ArticlePage, Author, Topic
from cms.translation.coverage import packages
from directory.models import SocialEnterprise, SupportOrganisation

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# Names, not words: they are the same in every language.
PROPER_NAMES = {"Wagtail", "Baltic Commons", "Draftail"}

# English that Wagtail and wagtail-localize print without marking it for translation, so no
# catalogue can translate it: (text, where it appears), each with its source.
NOT_MARKED_UPSTREAM = {
    # wagtailadmin/shared/headers/_actions.html: <nav aria-label="Actions" ...>
    ("Actions", "nav#w-slim-header-buttons@aria-label"),
    # wagtailadmin/home.html and wagtailadmin/shared/header.html: the search forms' hidden
    # <input type="submit" value="Search">
    ("Search", "div.submit.w-sr-only > input.button@value"),
    # wagtail-localize static_src/common/components/ActionMenu/index.tsx:
    # <span className="w-sr-only">More actions</span>
    ("More actions", "translation-editor: div.w-dropdown.w-dropdown--dropdown-button"),
}

# Python's %(name)s and %s, the JavaScript's {name} and %(name)s.
PLACEHOLDER = re.compile(r"%(?:\(\w+\))?[sdif]|\{\w*\}")

# Every visible text of the page, and the texts of attributes people see or hear, with a short
# description of the element that carries it.
VISIBLE_TEXTS = """() => {
  const skip = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA"]);
  const seen = (el) => el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true});
  const where = (el) => {
    const parts = [];
    for (let node = el; node && node !== document.body && parts.length < 3; node = node.parentElement) {
      let part = node.tagName.toLowerCase();
      if (node.id) part += "#" + node.id;
      else if (node.classList.length) part += "." + [...node.classList].slice(0, 2).join(".");
      parts.unshift(part);
    }
    return parts.join(" > ");
  };
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue.replace(/\\s+/g, " ").trim();
    const el = node.parentElement;
    if (!text || !el || skip.has(el.tagName)) continue;
    // Options of a closed select are not rendered, but they are what the select offers.
    const shown = el.tagName === "OPTION" ? el.closest("select") : el;
    if (shown && seen(shown)) found.push([text, where(el)]);
  }
  for (const el of document.body.querySelectorAll(
    "[placeholder], [title], [aria-label], input[type=submit][value], input[type=button][value]"
  )) {
    if (!seen(el)) continue;
    for (const name of ["placeholder", "title", "aria-label", "value"]) {
      if (name === "value" && !["submit", "button"].includes(el.type)) continue;
      const value = (el.getAttribute(name) || "").replace(/\\s+/g, " ").trim();
      if (value) found.push([value, where(el) + "@" + name]);
    }
  }
  return found;
}"""


def normalise(text: str) -> str:
    return " ".join(text.split())


class English:
    """The English of the catalogues that a language translates differently: whole messages,
    and messages with placeholders as patterns ("{sourceLocale} to {targetLocale} translation")."""

    def __init__(self, language: str):
        self.whole: dict[str, str] = {}
        self.patterns: dict[str, list[tuple[re.Pattern, str]]] = {}
        javascript = DjangoTranslation(language, domain="djangojs")
        with translation.override(language):
            for package in packages():
                catalogue = javascript if package.domain == "djangojs" else translation
                for (context, msgid), entry in package.source().items():
                    if "<" in msgid:  # markup: never a text node of its own
                        continue
                    where = f"{package.name} {package.domain}"
                    if context:
                        where += f' (context "{context}")'
                    forms = [(msgid, 1)]
                    if entry.msgid_plural:
                        forms.append((entry.msgid_plural, 2))
                    for english, number in forms:
                        text = translated(catalogue, context, entry, number)
                        if normalise(text) != normalise(english):
                            self.add(normalise(english), f"{where}: {normalise(text)!r}")

    def add(self, english: str, source: str) -> None:
        parts = PLACEHOLDER.split(english)
        if len(parts) == 1:
            self.whole.setdefault(english, source)
            return
        literal = "".join(parts)
        # "%(count)s" or "%(a)s: %(b)s" would match any text; a pattern needs words.
        if len(re.findall(r"[^\W\d_]{2,}", literal)) < 2:
            return
        pattern = re.compile(".+?".join(re.escape(part) for part in parts))
        self.patterns.setdefault(parts[0][:3], []).append((pattern, f"{english!r} {source}"))

    def match(self, text: str) -> str | None:
        """Where the text comes from, if it is untranslated English; else None."""
        if text in self.whole:
            return self.whole[text]
        for prefix in {text[:3], text[:2], text[:1], ""}:
            for pattern, source in self.patterns.get(prefix, ()):
                if pattern.fullmatch(text):
                    return source
        return None


def translated(catalogue, context: str | None, entry, number: int) -> str:
    if entry.msgid_plural:
        if context:
            return catalogue.npgettext(context, entry.msgid, entry.msgid_plural, number)
        return catalogue.ngettext(entry.msgid, entry.msgid_plural, number)
    if context:
        return catalogue.pgettext(context, entry.msgid)
    return catalogue.gettext(entry.msgid)


def data_names() -> set[str]:
    """What editors and demo content named things: titles, names, users. Not our strings."""
    names: set[str] = set(PROPER_NAMES)
    names |= set(Page.objects.values_list("title", flat=True))
    names |= set(Image.objects.values_list("title", flat=True))
    names |= set(Document.objects.values_list("title", flat=True))
    names |= set(Collection.objects.values_list("name", flat=True))
    names |= set(Site.objects.values_list("site_name", flat=True))
    # Workflows and tasks are named by administrators in Settings > Workflows, and Wagtail
    # prints the stored name in some seventy places; see the report of issue 15.
    names |= set(Workflow.objects.values_list("name", flat=True))
    names |= set(Task.objects.values_list("name", flat=True))
    # The source text that the translation editor shows for translating.
    names |= set(String.objects.values_list("data", flat=True))
    for model in (Topic, Author, SocialEnterprise, SupportOrganisation):
        names |= {str(obj) for obj in model.objects.all()}
    for person in User.objects.all():
        names |= {person.username, person.get_full_name(), person.first_name, person.last_name}
    return {normalise(name) for name in names if name}


class Inspector:
    """Collects English found on each screen, with a screenshot of it."""

    def __init__(self, actor, language: str):
        self.actor = actor
        self.page = actor.page
        self.english = English(language)
        self.allowed = data_names()
        self.found: dict[str, list[str]] = {}

    def look(self, step: str) -> None:
        self.actor.shot(step)
        for text, where in self.page.evaluate(VISIBLE_TEXTS):
            place = f"{step}: {where}"
            if text in self.allowed or any(
                text == known and part in place for known, part in NOT_MARKED_UPSTREAM
            ):
                continue
            source = self.english.match(text)
            if source:
                self.found.setdefault(f"{text!r}  ({source})", []).append(place)

    def report(self) -> str:
        return "\n".join(
            f"{text}\n    at {', '.join(sorted(set(places))[:4])}"
            for text, places in sorted(self.found.items())
        )


def administrator_speaking(user, language: str) -> User:
    """An administrator (who sees every menu and action) whose admin language is `language`."""
    person = user("ieva", "Editors")
    person.is_superuser = True
    person.save()
    profile = UserProfile.get_for_user(person)
    profile.preferred_language = language
    profile.save()
    return person


def in_moderation(person: User) -> ArticlePage:
    """An English article submitted to the "Page review" workflow, awaiting its moderators."""
    article = ArticlePage.objects.filter(locale__language_code="en").first()
    article.get_workflow().start(article, person)
    return article


def translation_of(source: Page, language: str, person: User) -> Page:
    """The page's translation into `language`, made with wagtail-localize (synchronised)."""
    locale = Locale.objects.get(language_code=language)
    TranslationCreator(person, [locale]).create_translations(source)
    return source.get_translation(locale)


def add_every_block(page, count: Iterable[int]) -> None:
    """Insert each block type of the body once, from the stream's own "+" menu."""
    for index in count:
        page.locator("[data-contentpath=body] button.c-sf-add-button").last.click()
        page.locator("[role=option]").nth(index).click()


@pytest.mark.parametrize("language", ["da", "lv"])
def test_admin_shows_no_english_in(language, demo, user, actor):
    person = administrator_speaking(user, language)
    article = in_moderation(person)
    source = ArticlePage.objects.filter(locale__language_code="en").exclude(pk=article.pk)[0]
    translated = translation_of(source, language, person)
    library = ArticleIndexPage.objects.get(locale__language_code="en")

    admin = actor(language).log_in(person.username)
    page = admin.page
    inspect = Inspector(admin, language)
    expect(page.locator("html")).to_have_attribute("lang", language)
    inspect.look("dashboard")

    page.goto(f"/admin/pages/add/cms/articlepage/{library.pk}/")
    page.locator("[data-contentpath=body] button.c-sf-add-button").last.click()
    blocks = page.locator("[role=option]")
    expect(blocks.first).to_be_visible()
    inspect.look("block-menu")
    kinds = blocks.count()
    page.keyboard.press("Escape")
    add_every_block(page, range(kinds))
    expect(page.locator("input[name=body-count]")).to_have_value(str(kinds))
    inspect.look("article-with-every-block")

    page.locator("[data-contentpath=hero_image] button[data-chooser-action-choose]").click()
    expect(page.locator(".modal-dialog .image-choice").first).to_be_visible()
    inspect.look("image-chooser")
    page.keyboard.press("Escape")

    page.goto(f"/admin/pages/{article.pk}/edit/")
    page.locator("footer [data-w-dropdown-target=toggle]").click()
    inspect.look("workflow-actions")
    page.goto("/admin/")
    inspect.look("dashboard-awaiting-review")

    page.goto(f"/admin/pages/{translated.pk}/edit/")
    page.locator("li.incomplete").first.wait_for()
    inspect.look("translation-editor")

    for listing in ("socialenterprise", "supportorganisation", "indicatorvalue"):
        page.goto(f"/admin/snippets/directory/{listing}/")
        inspect.look(f"directory-{listing}")
    # Our groups are named in the language in the listing and in the user form's checkboxes.
    page.goto("/admin/groups/")
    inspect.look("groups")
    page.goto(f"/admin/users/edit/{person.pk}/")
    page.locator("#tab-label-roles").click()
    inspect.look("user-groups")
    with translation.override(language):
        translators = str(GROUP_NAMES["Translators"])
    expect(page.locator("label").filter(has_text=translators)).to_be_visible()

    assert not inspect.found, f"English in the {language} admin:\n{inspect.report()}"
