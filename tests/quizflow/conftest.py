import pytest

from tests.clock import clock  # noqa: F401 (a fixture)
from tests.factories import LearnerFactory
from tests.quizflow.factories import FakeBank


@pytest.fixture(autouse=True)
def questions(monkeypatch):
    """The question bank every quiz flow test draws from."""
    return FakeBank().install(monkeypatch)


@pytest.fixture
def alices_learner(alice):
    return LearnerFactory(user=alice)


@pytest.fixture
def bobs_learner(bob):
    return LearnerFactory(user=bob)
