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
