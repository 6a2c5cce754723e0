import pytest

from tests.factories import InstructorFactory, UserFactory


@pytest.fixture
def alice(db):
    """A learner with an account."""
    return UserFactory(username="alice")


@pytest.fixture
def bob(db):
    """Another learner: must never see alice's things."""
    return UserFactory(username="bob")


@pytest.fixture
def irene(db):
    """An instructor."""
    return InstructorFactory(username="irene")


def pytest_report_header(config):
    from django.conf import settings

    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    return f"iamlab: database engine {engine}"
