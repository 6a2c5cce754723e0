"""Auditing and monitoring access (being written)."""

from quizzes.catalogues.concepts import Topic

TOPIC = Topic(id="monitoring", title="Auditing and monitoring access", concepts=())
