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
            # The in-memory test database dies with its last connection: "reconnecting"
            # (Django closes a dead connection and opens another) gives the live one back.
            self.wrapper.close = self.revive

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

    def revive(self):
        """A live connection for the test's own queries, after a request left it dead."""
        if connection.vendor == "postgresql":
            self.wrapper.close()
        else:
            self.wrapper.connection = self.real

    def remove(self):
        self.revive()
        self.wrapper.__dict__.pop("close", None)


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
