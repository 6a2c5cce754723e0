from pathlib import Path

from django.conf import settings
from django.db import models
from django.utils import timezone

from iamlab.accounts.models import Learner


class StepProgress(models.Model):
    """A learner finished one step of one lesson (steps are named by note and slug)."""

    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="lesson_steps")
    note = models.CharField(max_length=255)
    step = models.CharField(max_length=255, blank=True)  # "" is the note's introduction
    done_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "note", "step"], name="lessons_one_row_per_learner_step"
            )
        ]

    def __str__(self):
        return f"{self.learner} finished {self.note}/{self.step}"


class VaultUpload(models.Model):
    """An instructor's vault: extracted and checked, then (maybe) made the live one."""

    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="vault_uploads"
    )
    original_name = models.CharField(max_length=255)
    folder = models.CharField(max_length=255)  # relative to MEDIA_ROOT
    created_at = models.DateTimeField(auto_now_add=True)
    published_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"{self.original_name} by {self.uploaded_by}"

    @property
    def path(self):
        return Path(settings.MEDIA_ROOT) / self.folder

    @classmethod
    def live(cls) -> "VaultUpload | None":
        return cls.objects.filter(published_at__isnull=False).order_by("-published_at").first()
