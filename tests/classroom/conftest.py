import pytest

from iamlab.classroom.models import Membership
from iamlab.classroom.services import classes, live
from tests.clock import clock  # noqa: F401 (a fixture)
from tests.factories import InstructorFactory, UserFactory, open_assignment

TOPICS = ["root-only", "features"]


@pytest.fixture
def oscar(db):
    """Another instructor: must never see irene's classes."""
    return InstructorFactory(username="oscar")


@pytest.fixture
def course(irene):
    """Irene's class."""
    return classes.classroom_create(instructor=irene, name="Cloud 101")


@pytest.fixture
def enrolled(course, alice):
    """Alice is a student in irene's class; bob is in no class."""
    Membership.objects.create(classroom=course, student=alice)
    return alice


@pytest.fixture
def make_students(course):
    def make(count, prefix="student"):
        students = []
        for number in range(count):
            student = UserFactory(username=f"{prefix}{number}")
            Membership.objects.create(classroom=course, student=student)
            students.append(student)
        return students

    return make


@pytest.fixture
def live_quiz(course, enrolled):
    return live.live_quiz_create(classroom=course, topics=TOPICS, count=3, seconds=30, seed=7)


@pytest.fixture
def assignment(course, enrolled):
    return open_assignment(course, seed=11, topics=TOPICS, question_count=4, max_attempts=2)
