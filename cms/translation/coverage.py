"""How much of the admin each language has: per package, the share of its English messages that an
editor sees translated, counting the package's own catalogues and ours in locales/.

Wagtail and wagtail-localize ship incomplete catalogues for most of our languages. We fill the
gaps in locales/<lang>/LC_MESSAGES/<package>.po (server strings) and <package>.djangojs.po
(strings of the admin's JavaScript), which compile_locales merges into django.mo and djangojs.mo.
`gap_catalogue` writes those files from the installed packages, keeping what is translated, so
after an upgrade only the new messages need a translator.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings

from cms.translation.po_files import PoFileError, check_placeholders

# Where an editor sees the package's messages, and what share must be translated.
FULL = 100.0
TARGETS: dict[str, float] = {"da": FULL, "lv": FULL, "sv": FULL}
DEFAULT_TARGET = 98.0
DOMAINS = ("django", "djangojs")
PROJECT = "baltic_commons"


@dataclass(frozen=True)
class Package:
    """One package's messages in one gettext domain."""

    name: str
    domain: str
    locale_dirs: tuple[Path, ...]  # each holds <lang>/LC_MESSAGES/<domain>.po

    @property
    def file_name(self) -> str:
        """Our file for its gaps: django.po for the project's own strings."""
        if self.name == PROJECT:
            return f"{self.domain}.po"
        suffix = "" if self.domain == "django" else f".{self.domain}"
        return f"{self.name}{suffix}.po"

    def catalogues(self, language: str) -> Iterator[polib.POFile]:
        for locale_dir in self.locale_dirs:
            path = locale_dir / language / "LC_MESSAGES" / f"{self.domain}.po"
            if path.exists():
                yield load(path)

    def source(self) -> dict[Key, polib.POEntry]:
        """The English messages, each once."""
        messages: dict[Key, polib.POEntry] = {}
        for catalogue in self.catalogues("en"):
            for entry in catalogue:
                if not entry.obsolete and entry.msgid:
                    messages.setdefault((entry.msgctxt, entry.msgid), entry)
        return messages


Key = tuple[str | None, str]


@dataclass
class Coverage:
    language: str
    package: Package
    messages: int
    translated: int
    problems: list[str] = field(default_factory=list)

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.messages if self.messages else 100.0

    @property
    def target(self) -> float:
        return TARGETS.get(self.language, DEFAULT_TARGET)

    @property
    def ok(self) -> bool:
        return self.percent >= self.target and not self.problems


@cache
def load(path: Path) -> polib.POFile:
    return polib.pofile(str(path), encoding="utf-8", wrapwidth=0)


def project_locales() -> Path:
    return Path(settings.LOCALE_PATHS[0])


def packages() -> list[Package]:
    """The installed third-party packages with an admin catalogue, and the project itself."""
    dirs: dict[str, list[Path]] = {}
    for app in apps.get_app_configs():
        top = app.name.split(".")[0]
        if top.startswith("wagtail"):
            locale_dir = Path(app.path) / "locale"
            if locale_dir.is_dir():
                dirs.setdefault(top, []).append(locale_dir)
    found = [
        Package(name, domain, tuple(locale_dirs))
        for name, locale_dirs in sorted(dirs.items())
        for domain in DOMAINS
        if any((d / "en" / "LC_MESSAGES" / f"{domain}.po").exists() for d in locale_dirs)
    ]
    return [Package(PROJECT, "django", (project_locales(),)), *found]


def languages() -> list[str]:
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != "en"]


def our_file(package: Package, language: str) -> Path:
    return project_locales() / language / "LC_MESSAGES" / package.file_name


def plural_count(catalogue: polib.POFile) -> int | None:
    forms = catalogue.metadata.get("Plural-Forms", "")
    for part in forms.split(";"):
        name, _, value = part.partition("=")
        if name.strip() == "nplurals" and value.strip().isdigit():
            return int(value)
    return None


def is_translated(entry: polib.POEntry, plurals: int | None) -> bool:
    if entry.obsolete or "fuzzy" in entry.flags:
        return False
    if entry.msgid_plural:
        forms = [entry.msgstr_plural.get(i, "") for i in range(plurals or 2)]
        return all(forms)
    return bool(entry.msgstr)


def translated_keys(catalogue: polib.POFile) -> set[Key]:
    plurals = plural_count(catalogue)
    return {(e.msgctxt, e.msgid) for e in catalogue if is_translated(e, plurals)}


def coverage(package: Package, language: str) -> Coverage:

    source = package.source()
    done: set[Key] = set()
    problems: list[str] = []
    ours = our_file(package, language)
    if package.name != PROJECT:
        for catalogue in package.catalogues(language):
            done |= translated_keys(catalogue)
    if ours.exists():
        catalogue = load(ours)
        plurals = plural_count(catalogue)
        for entry in catalogue:
            if entry.obsolete:
                continue
            shown = (
                ours.relative_to(settings.BASE_DIR)
                if ours.is_relative_to(settings.BASE_DIR)
                else ours
            )
            where = f"{shown}:{entry.linenum}"
            if entry.msgid_plural and entry.msgstr_plural and any(entry.msgstr_plural.values()):
                forms = len(entry.msgstr_plural)
                if plurals and forms != plurals:
                    problems.append(f"{where}: {forms} plural forms, {language} needs {plurals}")
            if entry.translated():
                try:
                    check_placeholders(ours, entry)
                except PoFileError as error:
                    problems.append(f"{where}: {str(error).split(': ', 1)[-1]}")
        done |= translated_keys(catalogue)
    return Coverage(language, package, len(source), len(source.keys() & done), problems)


def header(language: str) -> dict[str, str]:
    """The metadata of our django.po for the language (its name and plural rule)."""
    main = load(project_locales() / language / "LC_MESSAGES" / "django.po")
    return {
        key: main.metadata[key]
        for key in ("Language", "Language-Team", "Plural-Forms", "MIME-Version", "Content-Type")
        if key in main.metadata
    } | {"Content-Transfer-Encoding": "8bit"}


def gap_catalogue(package: Package, language: str) -> polib.POFile:
    """Every message of the package that its own catalogue leaves untranslated in `language`,
    with our translation where we have one: the contents of our file after an upgrade."""
    ours = our_file(package, language)
    existing = {(e.msgctxt, e.msgid): e for e in load(ours)} if ours.exists() else {}
    upstream: set[Key] = set()
    for catalogue in package.catalogues(language):
        upstream |= translated_keys(catalogue)
    gaps = polib.POFile(wrapwidth=0)
    gaps.header = (
        f"Translations of {package.name} ({package.domain} domain) that its own catalogue lacks.\n"
        "compile_locales merges this file into the language's catalogue; offered upstream as is."
    )
    gaps.metadata = {"Project-Id-Version": package.name, **header(language)}
    plurals = plural_count(gaps) or 2
    for key, source in package.source().items():
        if key in upstream:
            continue
        kept = existing.get(key)
        entry = polib.POEntry(
            msgctxt=source.msgctxt,
            msgid=source.msgid,
            msgid_plural=source.msgid_plural,
            flags=[f for f in source.flags if f != "fuzzy"],
            occurrences=source.occurrences[:1],
            comment=source.comment,
        )
        if source.msgid_plural:
            entry.msgstr_plural = {
                i: (kept.msgstr_plural.get(i, "") if kept else "") for i in range(plurals)
            }
        else:
            entry.msgstr = kept.msgstr if kept else ""
        gaps.append(entry)
    return gaps
