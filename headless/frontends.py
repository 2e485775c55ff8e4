"""The frontends that render this CMS's content, from settings.HEADLESS_FRONTENDS."""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


@dataclass(frozen=True)
class Frontend:
    """One site that renders the content: where it lives, which locales it serves."""

    name: str
    url: str
    label: str = ""
    # Empty: every locale.
    locales: tuple[str, ...] = ()
    preview_path: str = "/api/preview"
    webhook_url: str = ""
    # Kept out of repr(), so it never ends up in a log or an error page.
    webhook_secret: str = field(default="", repr=False)

    def serves(self, language_code: str | None) -> bool:
        return not self.locales or language_code in self.locales

    def preview_url(self, token: str, path: str | None = None) -> str:
        """Where the admin's Preview sends the editor: the frontend's preview route."""
        query = {"token": token}
        if path:
            query["path"] = path
        return f"{self.url}{self.preview_path}?{urlencode(query)}"


def frontends() -> list[Frontend]:
    """The configured frontends, in settings order (the first is the default preview)."""
    result = []
    for name, config in settings.HEADLESS_FRONTENDS.items():
        if isinstance(config, str):
            config = {"url": config}
        if not config.get("url"):
            raise ImproperlyConfigured(f"HEADLESS_FRONTENDS[{name!r}] needs a url.")
        result.append(
            Frontend(
                name=name,
                url=config["url"].rstrip("/"),
                label=config.get("label") or name,
                locales=tuple(config.get("locales") or ()),
                preview_path=config.get("preview_path", "/api/preview"),
                webhook_url=config.get("webhook_url", ""),
                webhook_secret=config.get("webhook_secret", ""),
            )
        )
    return result


def frontend(name: str) -> Frontend | None:
    return next((item for item in frontends() if item.name == name), None)


def frontends_for(language_code: str | None) -> list[Frontend]:
    """The frontends serving a locale."""
    return [item for item in frontends() if item.serves(language_code)]
