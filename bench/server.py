"""Gunicorn on loopback for the bench scripts (load, fault, abuse, throughput, realistic).

One place for what they share: a throw-away environment (production settings plus the bare view
of throughput_settings, a fresh SECRET_KEY, media and static files in a work directory, SQLite
there unless DATABASE_URL is set), migrating and loading the demo content, starting gunicorn on
127.0.0.1 and waiting until it answers, stopping it with its workers, and one HTTP request.

The port is BENCH_PORT from the environment if set, else one the OS reports free on loopback,
so two runs (or another service on a well-known port) never collide.
"""

from __future__ import annotations

import http.client
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
HOST = "127.0.0.1"  # loopback only: never point the bench scripts at another machine
READY_PATH = "/bench/bare/"  # throughput_urls' bare view: answers as soon as a worker is up


def free_port() -> int:
    """A TCP port nothing listens on at HOST right now."""
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def chosen_port(variable: str = "BENCH_PORT") -> int:
    """The port the environment names, else a free one."""
    value = os.environ.get(variable, "").strip()
    return int(value) if value else free_port()


def environment(workdir: Path, database_url: str | None = None) -> dict[str, str]:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "throughput_settings",
        "PYTHONPATH": f"{ROOT}:{ROOT / 'bench'}",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "MEDIA_ROOT": str(workdir / "media"),
        "STATIC_ROOT": str(workdir / "static"),
    }
    if database_url:
        env["DATABASE_URL"] = database_url
    env.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'db.sqlite3'}")
    return env


def prepare(env: dict[str, str], static: bool = False) -> None:
    """Migrate and load the demo content (and collect static files if asked)."""
    commands = [["migrate", "--noinput", "-v0"], ["load_demo"]]
    if static:
        commands.append(["collectstatic", "--noinput", "-v0"])
    for command in commands:
        subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )


@dataclass
class Response:
    """What one request got: an HTTP status and body, or the kind of error instead."""

    status: int | None
    body: bytes
    error: str | None
    seconds: float


def send(
    port: int,
    method: str,
    path: str,
    body: bytes | str | None = None,
    headers: dict[str, str] | None = None,
    timeout: float = 10.0,
) -> Response:
    """One request on a fresh connection to HOST:port; network errors are returned, not raised.

    A Host header in `headers` replaces the one http.client would send.
    """
    started = time.perf_counter()
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    status, payload, error = None, b"", None
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        status, payload = response.status, response.read()
    except TimeoutError:
        error = "timeout"
    except ConnectionRefusedError:
        error = "connection refused"
    except (ConnectionError, http.client.HTTPException, OSError) as exception:
        error = type(exception).__name__
    finally:
        connection.close()
    return Response(status, payload, error, time.perf_counter() - started)


class Gunicorn:
    """`config.wsgi` under gunicorn on HOST:port with the bench settings, in its own process group."""

    def __init__(
        self,
        env: dict[str, str],
        workers: int = 2,
        port: int | None = None,
        timeout: int = 30,
        log: Path | None = None,
    ) -> None:
        """`log`: a file for the server's output (errors, tracebacks) instead of ours."""
        self.port = port or chosen_port()
        self.address = f"{HOST}:{self.port}"
        output = log.open("ab") if log else None
        self.process = subprocess.Popen(
            [
                str(BIN / "gunicorn"),
                "config.wsgi",
                f"--workers={workers}",
                f"--bind={self.address}",
                "--pythonpath=bench",
                "--log-level=warning",
                f"--timeout={timeout}",
            ],
            cwd=ROOT,
            env=env,
            start_new_session=True,
            stdout=output,
            stderr=subprocess.STDOUT if log else None,
        )
        if output:
            output.close()  # the server has its own copy
        for _ in range(150):
            if self.process.poll() is not None:
                raise SystemExit(
                    f"gunicorn exited with {self.process.returncode} on {self.address}"
                )
            if send(self.port, "GET", READY_PATH, timeout=2).status == 200:
                return
            time.sleep(0.1)
        self.stop()
        raise SystemExit(f"gunicorn did not answer on {self.address}")

    def stop(self) -> None:
        """SIGTERM to the whole group (master and workers), SIGKILL if it lingers."""
        if self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def __enter__(self) -> Gunicorn:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
