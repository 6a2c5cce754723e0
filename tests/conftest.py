import pytest
from django.test import override_settings
from hypothesis import settings as hypothesis_settings

from tests.factories import InstructorFactory, UserFactory

# Timings belong in benchmarks: a busy CI machine must not fail a property test
# because one example ran slowly.
hypothesis_settings.register_profile("iamlab", deadline=None)
hypothesis_settings.load_profile("iamlab")


@pytest.fixture(autouse=True, scope="session")
def lessons_cache_dir(tmp_path_factory):
    """Rendered vaults of this run only, never those of the developer's `make run`."""
    with override_settings(IAMLAB_LESSONS_CACHE_DIR=tmp_path_factory.mktemp("lessons-cache")):
        yield


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
