"""What the classroom benchmarks share: the app servers' environment, a class with a live
quiz (its students signed in already, or still to sign up and join), and starting gunicorn
and nginx as the README deploys them.

Imported by live_quiz_bench.py (locust) and failover_bench.py (threads); it imports
neither locust nor requests, so each bench keeps its own networking.
"""

import os
import re
import secrets
import shlex
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SERVER_ENV = {
    "DEBUG": "false",
    "SECRET_KEY": "benchmark-only-" + secrets.token_urlsafe(32),
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    # Plain HTTP on the loopback: the TLS proxy of a real deployment is not in the picture.
    "SECURE_SSL_REDIRECT": "false",
    "SECURE_COOKIES": "false",
    "LOG_LEVEL": "WARNING",
}


def setup_django() -> None:
    """Point Django at DATABASE_URL with the servers' settings, migrate, collect static."""
    if "DATABASE_URL" not in os.environ:
        sys.exit("Set DATABASE_URL to a PostgreSQL database the benchmark may fill.")
    os.environ.update(SERVER_ENV)
    os.environ["DJANGO_SETTINGS_MODULE"] = "iamlab.settings"
    _create_database(os.environ["DATABASE_URL"])
    sys.path.insert(0, str(ROOT))

    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)


def _create_database(url: str) -> None:
    """The benchmark's own database, created when missing, so one command runs it."""
    import psycopg
    from psycopg import sql

    name = url.rsplit("/", 1)[1].split("?")[0]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as server:
        if not server.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            server.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def _session_for(user) -> dict:
    """A signed-in session for ``user``, as if they had logged in earlier."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return {"session": session.session_key, "csrf": secrets.token_hex(16)}


def _class_with_live_quiz(questions: int, seconds: int):
    """An instructor's class and its live quiz; earlier benchmark users (bench-*) go first."""
    from iamlab.accounts.models import User
    from iamlab.classroom.services import classes, live

    User.objects.filter(username__startswith="bench-").delete()
    instructor = User.objects.create(username="bench-instructor", role=User.Role.INSTRUCTOR)
    classroom = classes.classroom_create(instructor=instructor, name="Benchmark class")
    live_quiz = live.live_quiz_create(
        classroom=classroom,
        topics=["root-only", "users-vs-roles", "policy-types", "features"],
        count=questions,
        seconds=seconds,
        seed=2026,
    )
    return instructor, classroom, live_quiz


def prepare(students: int, questions: int, seconds: int) -> dict:
    """A class of ``students``, already on its roster and signed in, on a live quiz."""
    from iamlab.accounts.models import User
    from iamlab.classroom.models import Membership

    instructor, classroom, live_quiz = _class_with_live_quiz(questions, seconds)
    roster = User.objects.bulk_create(
        User(username=f"bench-student-{number:04d}", password="!") for number in range(students)
    )
    Membership.objects.bulk_create(Membership(classroom=classroom, student=s) for s in roster)
    return {
        "live_quiz": live_quiz.pk,
        "instructor": _session_for(instructor),
        "students": [_session_for(User.objects.get(pk=s.pk)) for s in roster],
    }


def prepare_to_join(questions: int, seconds: int, returning: int, signed_in: int) -> dict:
    """A class with no students yet, its live quiz, ``returning`` accounts (not members)
    whose owners will log in with PASSWORD and ``signed_in`` accounts with a session already
    (their phones stayed signed in); the others will sign up."""
    from django.contrib.auth.hashers import make_password

    from iamlab.accounts.models import User

    instructor, classroom, live_quiz = _class_with_live_quiz(questions, seconds)
    hashed = make_password(PASSWORD)  # one hash for all: hashing 1,000 here would take minutes
    User.objects.bulk_create(
        User(username=returning_username(number), password=hashed) for number in range(returning)
    )
    kept = User.objects.bulk_create(
        User(username=signed_in_username(number), password=hashed) for number in range(signed_in)
    )
    return {
        "live_quiz": live_quiz.pk,
        "join_code": classroom.join_code,
        "signed_in": [(user.username, _session_for(user)["session"]) for user in kept],
        "instructor": _session_for(instructor),
    }


PASSWORD = "quiz-night-benchmark-7"


def returning_username(number: int) -> str:
    return f"bench-returning-{number:04d}"


def signed_in_username(number: int) -> str:
    return f"bench-signed-in-{number:04d}"


def new_username(number: int) -> str:
    return f"bench-new-{number:04d}"


def start_gunicorn(arguments: list[str], port: int, **popen) -> subprocess.Popen:
    """gunicorn with ``arguments`` (its --bind among them), once it accepts connections."""
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", *arguments],
        cwd=ROOT,
        env=os.environ.copy(),
        **popen,
    )
    wait_for_port(port, server)
    return server


def wait_for_port(port: int, process: subprocess.Popen, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            if process.poll() is not None:
                break
            time.sleep(0.2)
    process.terminate()
    sys.exit(f"{Path(process.args[0]).name} {' '.join(process.args[1:3])} did not start")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _readme() -> str:
    return (ROOT / "README.md").read_text()


def readme_gunicorn_arguments(port: int) -> list[str]:
    """The README's gunicorn command's arguments, binding to ``port``."""
    line = next(line for line in _readme().splitlines() if line.startswith(".venv/bin/gunicorn "))
    arguments = shlex.split(line)[1:]
    arguments[arguments.index("--bind") + 1] = f"127.0.0.1:{port}"
    return arguments


def readme_nginx_block(listen_port: int, ports: list[int]) -> str:
    """The README's nginx block on plain HTTP, its upstream naming ``ports``."""
    block = re.search(r"```nginx\n(.*?)```", _readme(), re.S).group(1)
    upstream_ports = re.findall(r"server 127\.0\.0\.1:(\d+)", block)
    if len(upstream_ports) != 2:
        sys.exit("the README's nginx upstream should list the two app servers on 127.0.0.1")
    for readme_port, port in zip(upstream_ports, ports, strict=True):
        block = block.replace(f"127.0.0.1:{readme_port}", f"127.0.0.1:{port}", 1)
    block = re.sub(r"listen 443 ssl;", f"listen 127.0.0.1:{listen_port};", block)
    return re.sub(r"\n\s*ssl_certificate(_key)? [^\n]*", "", block)


def start_nginx(nginx: str, workdir: Path, port: int, ports: list[int]) -> subprocess.Popen:
    temp = {name: workdir / name for name in ("body", "proxy", "fastcgi", "uwsgi", "scgi")}
    for folder in temp.values():
        folder.mkdir()
    config = workdir / "nginx.conf"
    config.write_text(
        f"daemon off; worker_processes 2; pid {workdir}/nginx.pid;\n"
        f"error_log {workdir}/error.log warn;\n"
        "events { worker_connections 4096; }\n"
        "http {\n  access_log off;\n"
        f"  client_body_temp_path {temp['body']}; proxy_temp_path {temp['proxy']};\n"
        f"  fastcgi_temp_path {temp['fastcgi']}; uwsgi_temp_path {temp['uwsgi']};\n"
        f"  scgi_temp_path {temp['scgi']};\n"
        f"{readme_nginx_block(port, ports)}\n}}\n"
    )
    check = subprocess.run([nginx, "-t", "-c", str(config)], capture_output=True, text=True)
    if check.returncode:
        sys.exit(f"nginx refused the README's configuration:\n{check.stderr}")
    proxy = subprocess.Popen([nginx, "-c", str(config)], stderr=subprocess.PIPE)
    wait_for_port(port, proxy)
    return proxy


def nginx_errors(log: Path) -> Counter:
    """nginx's error log, counted by kind (what it did with each failed request)."""
    kinds = Counter()
    for line in log.read_text().splitlines():
        message = re.search(r"\*\d+ (.*?)(?:,|$)", line)
        kinds[re.sub(r"\d+", "N", message.group(1)) if message else line[20:80]] += 1
    return kinds
