import factory

from iamlab.accounts.models import Learner, User

PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"learner{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.com")
    password = factory.django.Password(PASSWORD)
    role = User.Role.LEARNER


class InstructorFactory(UserFactory):
    role = User.Role.INSTRUCTOR


class LearnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Learner

    user = factory.SubFactory(UserFactory)


def open_assignment(classroom, **fields):
    """An assignment that opened an hour ago and is due in a day: override what a test needs."""
    from datetime import timedelta

    from django.utils import timezone

    from iamlab.classroom.services import assignments

    now = timezone.now()
    defaults = {
        "seed": 5,
        "title": "Week 1",
        "topics": ["root-only"],
        "question_count": 2,
        "per_student_questions": False,
        "opens_at": now - timedelta(hours=1),
        "due_at": now + timedelta(days=1),
        "time_limit_minutes": None,
        "max_attempts": 1,
        "show_answers": "after_submit",
    }
    return assignments.assignment_create(classroom=classroom, **{**defaults, **fields})
