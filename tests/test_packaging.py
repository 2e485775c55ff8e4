"""The built wheel (what `pip install .` installs) holds every app, template, static file and
translation catalogue, and a clean virtualenv with only the wheel and the locked dependencies
passes Django's checks and speaks Latvian, run from outside the repository."""

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parent.parent
# Folders that are not shipped: the test suite, benchmarks, the example frontend, build products.
NOT_SHIPPED = {"tests", "bench", "examples", "build", "dist", "node_modules", "__pycache__"}
PACKAGE_DATA = {"templates", "static"}


def uv() -> str:
    """uv from the PATH, else the private copy `make install` bootstraps into .venv-uv/."""
    found = shutil.which("uv") or shutil.which("uv", path=str(ROOT / ".venv-uv" / "bin"))
    assert found, "uv is needed to build the wheel: `make install` installs it"
    return found


def shipped_folders():
    """Every folder of the repository the wheel must carry, as paths relative to ROOT."""
    for folder, subfolders, _files in os.walk(ROOT):
        subfolders[:] = [
            name for name in subfolders if not name.startswith(".") and name not in NOT_SHIPPED
        ]
        yield Path(folder).relative_to(ROOT)


def package_files() -> set[str]:
    """Python files of every package (a folder with __init__.py), and every file under a
    package's templates/ or static/ folder (hidden files such as build stamps aside)."""
    files = set()
    for folder in shipped_folders():
        path = ROOT / folder
        if (path / "__init__.py").exists():
            files |= {(folder / f.name).as_posix() for f in path.glob("*.py")}
        if PACKAGE_DATA & set(folder.parts) and (ROOT / folder.parts[0] / "__init__.py").exists():
            files |= {
                (folder / f.name).as_posix()
                for f in path.iterdir()
                if f.is_file() and not f.name.startswith(".")
            }
    return files


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [uv(), "build", "--wheel", "--quiet", "--out-dir", str(out), str(ROOT)],
        check=True,
        cwd=ROOT,
    )
    (built,) = out.glob("*.whl")
    return built


def test_the_wheel_holds_every_package_template_static_file_and_catalogue(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = package_files()
    assert {"cms/__init__.py", "headless/__init__.py", "config/settings/production.py"} <= expected
    assert any("/templates/" in name for name in expected)
    assert sorted(expected - names) == []
    assert [name for name in names if name.split("/")[0] in NOT_SHIPPED] == []

    catalogues = sorted(ROOT.glob("locales/*/LC_MESSAGES/*.po"))
    assert catalogues
    assert sorted({po.relative_to(ROOT).as_posix() for po in catalogues} - names) == []
    # The compiled catalogues Django reads (`make locales` builds them before the wheel).
    compiled = {
        f"{folder.relative_to(ROOT).as_posix()}/{domain}.mo"
        for folder in {po.parent for po in catalogues}
        for domain in ["django", "djangojs"]
        if list(folder.glob("*.djangojs.po" if domain == "djangojs" else "django.po"))
    }
    assert sorted(compiled - names) == [], "run `make locales` before building the wheel"


def translated_entry(po_file: Path) -> polib.POEntry:
    return next(
        entry
        for entry in polib.pofile(str(po_file))
        if entry.translated() and not entry.msgctxt and not entry.msgid_plural and entry.msgid
    )


# A virtualenv, Django's start-up and its checks: 15-20 s of CPU, a minute on a busy machine.
@pytest.mark.slow
def test_a_clean_install_of_the_wheel_passes_the_checks_and_translates(wheel, tmp_path):
    """Only the wheel and the dependencies uv.lock pins, in a virtualenv outside the repository,
    with the production settings: Django's checks pass, the project's modules come from the
    wheel, and Latvian comes from our catalogues (ours and the gaps we fill in Wagtail's)."""
    venv = tmp_path / "venv"
    python = venv / "bin" / "python"
    subprocess.run([uv(), "venv", "--quiet", "--python", sys.executable, str(venv)], check=True)
    pins = tmp_path / "pins.txt"
    subprocess.run(
        [uv(), "export", "--frozen", "--quiet", "--no-hashes", "--no-emit-project", "-o", pins],
        check=True,
        cwd=ROOT,
    )
    subprocess.run(
        [uv(), "pip", "install", "--quiet", "--python", python, "-c", pins, str(wheel)],
        check=True,
        cwd=tmp_path,
    )

    # The production module next to the settings the tests run with (config.settings.test).
    settings = os.environ["DJANGO_SETTINGS_MODULE"].rsplit(".", 1)[0] + ".production"
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "PYTHON", "VIRTUAL_ENV", "DATABASE_URL", "REDIS_URL"))
    }
    env |= {
        "DJANGO_SETTINGS_MODULE": settings,
        "SECRET_KEY": "packaging-test-" + "x" * 50,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "STATIC_ROOT": str(tmp_path / "static"),
        "MEDIA_ROOT": str(tmp_path / "media"),
        "CACHE_DIR": str(tmp_path / "cache"),
    }
    # Wagtail's own Latvian catalogue lacks the gap file's messages: only ours can translate them.
    ours = translated_entry(ROOT / "locales/lv/LC_MESSAGES/django.po")
    gap = translated_entry(ROOT / "locales/lv/LC_MESSAGES/wagtail.po")
    script = """
import json, sys, django
django.setup()
from django.core.management import call_command
call_command("check")
import cms
from django.utils import translation
with translation.override("lv"):
    print(json.dumps([cms.__file__, *(translation.gettext(m) for m in sys.argv[1:])]))
"""
    probe = subprocess.run(
        [python, "-c", script, ours.msgid, gap.msgid],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert probe.returncode == 0, probe.stdout + probe.stderr
    *_, last_line = probe.stdout.splitlines()
    module, *translations = json.loads(last_line)
    assert Path(module).is_relative_to(venv), module
    assert translations == [ours.msgstr, gap.msgstr]
