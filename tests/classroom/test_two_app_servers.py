"""Two real app server processes on one PostgreSQL database show the same live quiz.

This is how a classroom is deployed (README, "Classroom deployment"): several
gunicorn processes behind one proxy, sharing nothing but the database. The
student talks to one process and the instructor to the other.
"""

import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from iamlab.classroom.models import LiveAnswer
from quizzes import bank

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT = 30
# How long one request may take before the test gives up on it: a guard against a hung
# server, not a timing check, so generous for a CI machine busy with other work.
REQUEST_TIMEOUT = 60


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _test_database_url() -> str:
    db = connection.settings_dict
    user = urllib.parse.quote(db["USER"] or "")
    password = f":{urllib.parse.quote(db['PASSWORD'])}" if db["PASSWORD"] else ""
    return f"postgres://{user}{password}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"


@contextmanager
def _app_server():
    """A gunicorn process serving the site on the test database; yields its base URL."""
    port = _free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": _test_database_url(),
        "DATABASE_CONN_MAX_AGE": "0",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "iamlab.wsgi", "--bind", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(process.stderr.read().decode()) from None
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


class Browser:
    """Just enough of a browser: a logged-in session cookie and a CSRF token."""

    def __init__(self, user):
        client = Client()
        client.force_login(user)
        self.csrf = secrets.token_hex(16)
        self.cookie = f"sessionid={client.cookies['sessionid'].value}; csrftoken={self.csrf}"

    def get(self, base: str, path: str) -> str:
        request = urllib.request.Request(base + path, headers={"Cookie": self.cookie})
        with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT) as response:
            return response.read().decode()

    def post(self, base: str, path: str, data: dict) -> int:
        request = urllib.request.Request(
            base + path,
            data=urllib.parse.urlencode(data, doseq=True).encode(),
            headers={"Cookie": self.cookie, "X-CSRFToken": self.csrf},
        )
        opener = urllib.request.build_opener(_NoRedirect)
        try:
            with opener.open(request, timeout=REQUEST_TIMEOUT) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def _stem(page: str) -> str:
    return re.search(r'<div class="live-stem[^>]*>(.*?)</div>', page, re.S).group(1).strip()


@pytest.mark.django_db(transaction=True)
def test_a_student_on_one_server_and_the_instructor_on_another_see_the_same_quiz(
    irene, enrolled, live_quiz
):
    if connection.vendor != "postgresql":
        pytest.skip(
            "needs PostgreSQL: two server processes cannot share the test suite's SQLite "
            "database (run with DATABASE_URL=postgres://…)"
        )
    student, instructor = Browser(enrolled), Browser(irene)
    play = reverse("classroom:live_play", args=[live_quiz.pk])
    screen = reverse("classroom:live_screen", args=[live_quiz.pk])
    slot = live_quiz.questions.get(position=1)
    with _app_server() as server_a, _app_server() as server_b:
        assert "Get ready" in student.get(server_a, play)

        moved = instructor.post(
            server_b, reverse("classroom:live_next", args=[live_quiz.pk]), {"seen_position": 0}
        )
        assert moved == 302

        student_page = student.get(server_a, play)
        projector = instructor.get(server_b, screen)
        assert _stem(student_page) == _stem(projector)
        assert "0 answered" in projector

        answered = student.post(
            server_a,
            reverse("classroom:live_answer", args=[live_quiz.pk]),
            {"position": 1, "choice": list(bank.question(slot.generator, slot.seed).answer)},
        )
        assert answered == 302
        assert "1 answered" in instructor.get(server_b, screen)
        assert "Answer saved" in student.get(server_b, play)
    assert LiveAnswer.objects.filter(student=enrolled).count() == 1
