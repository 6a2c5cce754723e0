"""A request whose database connection died before it wrote anything is served again, once.

A database restart, a failover or a proxy closing connections kills one under a request now
and then (a production-like audit saw one request in 280 fail with a 500). Django notices only
when the request uses it. A request that has only read can be run again on a new connection
and nobody sees the failure; one that wrote anything, or carries an upload, never is: its
error stands, since the write may have happened.

The view runs again from ``process_exception``, so the middleware around it (session, user,
CSRF) is not run twice and the first failure is neither logged as a 500 nor reported.
"""

import logging

from django.db import Error, connection

logger = logging.getLogger(__name__)

# Statements that change no data (reads and transaction control, SQLite sending its BEGIN as a
# statement): a dropped connection rolls back whatever they began.
READS = frozenset({"SELECT", "BEGIN", "SAVEPOINT", "RELEASE", "ROLLBACK"})


class _WriteWatch:
    """A database execute wrapper noting whether the request sent anything but reads, and on
    which driver connection it sent its last statement."""

    def __init__(self):
        self.wrote = False
        self.raw = None

    def __call__(self, execute, sql, params, many, context):
        words = sql.split(None, 1)
        if not words or words[0].upper() not in READS:
            self.wrote = True
        self.raw = context["connection"].connection
        return execute(sql, params, many, context)

    def connection_was_lost(self) -> bool:
        """Whether the last statement's connection is dead: Django replaced it (a transaction
        whose rollback failed drops its connection and opens another), or it fails a probe."""
        current = connection.connection
        if self.raw is not None and current is not self.raw:
            return True
        return not _answers(current)


def _answers(raw) -> bool:
    try:
        cursor = raw.cursor()  # the driver's own, so the probe is not watched as the request's
        try:
            cursor.execute("SELECT 1")
        finally:
            cursor.close()
    except Exception:
        return False
    return True


class RetryAfterLostConnection:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        watch = _WriteWatch()
        request.database_writes = watch
        with connection.execute_wrapper(watch):
            return self.get_response(request)

    def process_exception(self, request, exception):
        watch = getattr(request, "database_writes", None)
        if (
            # Django's cleanup after the failed statement (closing its cursor) may raise the
            # driver's own error in place of Django's.
            not isinstance(exception, (Error, connection.Database.Error))
            or watch is None
            or watch.wrote
            or getattr(request, "database_retried", False)
            or request.FILES
            # Inside a transaction the caller opened (a test's), no new connection can be had.
            or connection.in_atomic_block
            or not watch.connection_was_lost()
        ):
            return None
        request.database_retried = True
        logger.warning(
            "Database connection lost before any write (%s); serving %s %s again",
            exception,
            request.method,
            request.path,
        )
        connection.close()
        match = request.resolver_match
        response = match.func(request, *match.args, **match.kwargs)
        if callable(getattr(response, "render", None)):
            response = response.render()
        return response
