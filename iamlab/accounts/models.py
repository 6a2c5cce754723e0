from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    """A person with an account: a learner, or an instructor who hosts classes."""

    class Role(models.TextChoices):
        LEARNER = "learner", "Learner"
        INSTRUCTOR = "instructor", "Instructor"

    role = models.CharField(max_length=20, choices=Role.choices, default=Role.LEARNER)

    @property
    def is_instructor(self) -> bool:
        return self.role == self.Role.INSTRUCTOR

    @property
    def is_site_admin(self) -> bool:
        """Who may change what the whole site serves (the published vault): Django's
        superuser flag, set with ``createinstructor --admin``."""
        return self.is_superuser


class Learner(models.Model):
    """Whoever is learning: a guest (known only by their session) or a user.

    Every app keys its per-learner state (lesson progress, the sandbox account,
    quiz attempts) on a Learner rather than on a User, so that what a guest did
    is still theirs after they sign up: the guest's Learner simply gains a user.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="learner",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    last_seen_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return self.user.get_username() if self.user_id else f"guest #{self.pk}"

    @property
    def is_guest(self) -> bool:
        return self.user_id is None
