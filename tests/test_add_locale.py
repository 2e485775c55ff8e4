"""Adding a content language beyond the ten: a settings change plus one command."""

import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Locale

from cms.models import HomePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def russian(settings):
    languages = [*settings.WAGTAIL_CONTENT_LANGUAGES, ("ru", "Русский")]
    # What EXTRA_CONTENT_LANGUAGES="ru:Русский" does in config/settings/base.py.
    settings.LANGUAGES = settings.WAGTAIL_CONTENT_LANGUAGES = languages
    return languages


def test_new_language_after_settings_change_and_command(russian, home, graphql):
    home.save_revision().publish()
    out = io.StringIO()
    call_command("add_locale", "ru", stdout=out)
    assert "Created locale ru (Русский)." in out.getvalue()
    assert Locale.objects.filter(language_code="ru").exists()
    draft = HomePage.objects.get(locale__language_code="ru")
    assert not draft.live

    codes = [row["code"] for row in graphql("{ locales { code } }")["data"]["locales"]]
    assert codes[-1] == "ru"
    # Nothing is published in Russian yet: the API falls back to English and says so.
    query = '{ page(urlPath: "/", locale: "ru") { locale title } }'
    assert graphql(query)["data"]["page"]["locale"] == "en"
    draft.title = "Балтийское содружество"
    draft.save_revision().publish()
    assert graphql(query)["data"]["page"] == {"locale": "ru", "title": "Балтийское содружество"}

    again = io.StringIO()
    call_command("add_locale", "ru", stdout=again)
    assert "Kept locale ru" in again.getvalue()


def test_unconfigured_language_is_refused_with_the_next_step():
    with pytest.raises(CommandError, match="EXTRA_CONTENT_LANGUAGES"):
        call_command("add_locale", "is")


def test_environment_variable_adds_languages():
    import os
    import subprocess
    import sys

    env = {**os.environ, "EXTRA_CONTENT_LANGUAGES": "ru:Русский,is:Íslenska"}
    printed = subprocess.run(
        [
            sys.executable,
            "-c",
            "from django.conf import settings; import django; django.setup(); "
            "print([c for c, _ in settings.WAGTAIL_CONTENT_LANGUAGES][-2:])",
        ],
        env={**env, "DJANGO_SETTINGS_MODULE": "config.settings.test"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert printed.strip() == "['ru', 'is']"
