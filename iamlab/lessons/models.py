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
    """An instructor's vault: extracted and checked; live once a site administrator
    publishes it (see VaultPublication)."""

    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="vault_uploads"
    )
    original_name = models.CharField(max_length=255)
    folder = models.CharField(max_length=255)  # relative to MEDIA_ROOT
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.original_name} by {self.uploaded_by}"

    @property
    def path(self):
        return Path(settings.MEDIA_ROOT) / self.folder


class VaultPublication(models.Model):
    """One version of the site's lessons: who made which upload live, and when.

    Rows are only ever added, or marked rolled back: the newest one not rolled back is the
    vault every learner reads, and with none the shipped notes (IAMLAB_NOTES_DIR) are.
    """

    upload = models.ForeignKey(VaultUpload, on_delete=models.CASCADE, related_name="publications")
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_at = models.DateTimeField(default=timezone.now)
    rolled_back_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    rolled_back_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-published_at", "-pk"]

    def __str__(self):
        return (
            f"{self.upload.original_name} published by {self.published_by} at {self.published_at}"
        )

    @classmethod
    def live(cls) -> "VaultPublication | None":
        return cls.objects.filter(rolled_back_at=None).select_related("upload").first()
