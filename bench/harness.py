"""What the classroom benchmarks share: the app servers' environment, a prepared class
with a live quiz and signed-in sessions, and starting gunicorn.

Imported by live_quiz_bench.py (locust) and failover_bench.py (threads); it imports
neither locust nor requests, so each bench keeps its own networking.
"""

import os
import secrets
import socket
import subprocess
import sys
import time
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
    sys.path.insert(0, str(ROOT))

    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)


def prepare(students: int, questions: int, seconds: int) -> dict:
    """A class of ``students`` on a live quiz; earlier benchmark users (bench-*) go first."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    from iamlab.accounts.models import User
    from iamlab.classroom.models import Membership
    from iamlab.classroom.services import classes, live

    User.objects.filter(username__startswith="bench-").delete()

    def session_for(user) -> dict:
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        return {"session": session.session_key, "csrf": secrets.token_hex(16)}

    instructor = User.objects.create(username="bench-instructor", role=User.Role.INSTRUCTOR)
    classroom = classes.classroom_create(instructor=instructor, name="Benchmark class")
    roster = User.objects.bulk_create(
        User(username=f"bench-student-{number:04d}", password="!") for number in range(students)
    )
    Membership.objects.bulk_create(Membership(classroom=classroom, student=s) for s in roster)
    live_quiz = live.live_quiz_create(
        classroom=classroom,
        topics=["root-only", "users-vs-roles", "policy-types", "features"],
        count=questions,
        seconds=seconds,
        seed=2026,
    )
    return {
        "live_quiz": live_quiz.pk,
        "instructor": session_for(instructor),
        "students": [session_for(User.objects.get(pk=s.pk)) for s in roster],
    }


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
