"""Fixtures shared by the generator tests."""

import random

import pytest


@pytest.fixture
def a_topic_of_one_question(monkeypatch):
    """root-only, reduced to one question whatever the seed."""
    from quizzes import generators

    def always_the_same(_rng, _seed):
        return generators.GENERATORS["root-only/direct"](random.Random(0), 0)

    monkeypatch.setitem(generators.GENERATORS, "root-only/one", always_the_same)
    monkeypatch.setitem(generators.TOPIC_GENERATORS, "root-only", ("root-only/one",))
    monkeypatch.setattr(generators, "_all_pairs", lambda: [("root-only/one", None)])
