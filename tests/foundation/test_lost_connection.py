"""A request whose database connection dies before it writes is served again, once; one that
wrote is not. The connection is really lost: on PostgreSQL its server process is terminated;
SQLite has no server, so its driver connection is swapped for a closed one (the test's
in-memory database cannot be reopened, so "reconnecting" gives the real one back)."""

import sqlite3
import time

import psycopg
import pytest
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.test import Client
from django.urls import reverse

from iamlab.accounts.models import Learner
from quizzes.models import Attempt
from tests.foundation import lost_connection_urls

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.urls("tests.foundation.lost_connection_urls"),
]


def _kill_postgresql_connection(context):
    pid = connection.connection.info.backend_pid
    settings = connection.settings_dict
    with psycopg.connect(
        host=settings["HOST"],
        port=settings["PORT"] or 5432,
        user=settings["USER"],
        password=settings["PASSWORD"] or None,
        dbname=settings["NAME"],
        autocommit=True,
    ) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])
        for _ in range(100):  # until the server process is gone
            if not admin.execute("SELECT 1 FROM pg_stat_activity WHERE pid = %s", [pid]).fetchone():
                return
            time.sleep(0.05)


class LoseConnection:
    """Kills the database connection under the request's next ``times`` statements that
    ``when`` picks (every statement by default)."""

    def __init__(self):
        self.times = 0
        self.lost = 0
        self.when = lambda sql: True
        self.wrapper = connections[DEFAULT_DB_ALIAS]
        self.wrapper.ensure_connection()
        self.real = self.wrapper.connection
        if connection.vendor == "sqlite":
            # Closing the last connection to the in-memory test database would delete it: this
            # one stays open, and Django's "close" only drops the wrapper's, so its next query
            # opens another connection to the same (shared-cache) database.
            self.wrapper.close = self._drop

    def arm(self, *, times=1, when=None):
        self.times = times
        self.when = when or (lambda sql: True)

    def __call__(self, execute, sql, params, many, context):
        if self.lost < self.times and self.when(sql):
            self.lost += 1
            if connection.vendor == "postgresql":
                _kill_postgresql_connection(context)
            else:
                dead = sqlite3.connect(":memory:")
                cursor = context["cursor"]
                cursor.cursor = dead.cursor(factory=type(cursor.cursor))
                dead.close()
                self.wrapper.connection = dead
        return execute(sql, params, many, context)

    def _drop(self):
        if self.real.in_transaction:
            self.real.rollback()  # what the server does with a dead connection's transaction
        self.wrapper.connection = None

    def revive(self):
        """A live connection for the test's own queries, after a request left it dead."""
        self.wrapper.close()

    def remove(self):
        self.revive()
        if connection.vendor == "sqlite":
            del self.wrapper.close
            self.wrapper.connection = self.real


@pytest.fixture
def lose_connection():
    lost_connection_urls.calls.clear()
    breaker = LoseConnection()
    with connection.execute_wrapper(breaker):
        yield breaker
    breaker.remove()


@pytest.fixture
def client():
    return Client(raise_request_exception=False)


def test_a_read_whose_connection_died_is_served_again(client, lose_connection):
    Learner.objects.create()
    lose_connection.arm()
    response = client.get("/reads/")
    assert response.status_code == 200
    assert response.content == b"1 learners"
    assert lose_connection.lost == 1 and lost_connection_urls.calls == ["reads", "reads"]


def test_a_real_page_is_served_again(client, alice, lose_connection):
    client.force_login(alice)
    lose_connection.arm()
    response = client.get(reverse("quizzes:index"))
    assert response.status_code == 200
    assert b"Exam simulation" in response.content
    assert lose_connection.lost == 1


def test_an_answer_whose_connection_died_inside_its_transaction_is_saved_once(
    client, alice, settings, lose_connection
):
    settings.QUIZZES_EXAM_QUESTIONS, settings.QUIZZES_EXAM_MINUTES = 2, 5
    client.force_login(alice)
    client.post(reverse("quizzes:exam"))
    exam = Attempt.objects.get()
    # The page reads the question's row, then record_answer reads it again inside the
    # transaction that locked the attempt: the connection dies there.
    reads = []
    lose_connection.arm(
        when=lambda sql: "quizzes_attemptquestion" in sql and len(reads.append(sql) or reads) == 2
    )
    url = reverse("quizzes:question", args=[exam.pk, 1])
    response = client.post(url, {"choice": "0", "go": "next"})
    assert response.status_code == 302 and response["Location"].endswith("/questions/2/")
    assert lose_connection.lost == 1
    assert exam.questions.get(position=1).choices == [0]


def test_a_request_that_wrote_is_not_run_again(client, lose_connection):
    lose_connection.arm(when=lambda sql: sql.startswith("SELECT COUNT"))
    response = client.get("/writes/")
    assert response.status_code == 500
    assert lost_connection_urls.calls == ["writes"]
    lose_connection.revive()
    assert Learner.objects.count() == 1


def test_it_is_served_again_only_once(client, lose_connection):
    lose_connection.arm(times=2)
    assert client.get("/reads/").status_code == 500
    assert lost_connection_urls.calls == ["reads", "reads"]


def test_an_error_on_a_live_connection_is_not_retried(client, lose_connection):
    assert client.get("/refuses/").status_code == 500
    assert lost_connection_urls.calls == ["refuses"]
