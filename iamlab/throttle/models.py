from django.db import models


class Hit(models.Model):
    """One attempt counted against a limit: a wrong join code, a sign-up, … from ``key``
    (a client address). Rows older than their limit's window are deleted as new ones come."""

    scope = models.CharField(max_length=32)
    key = models.CharField(max_length=64)
    at = models.DateTimeField()

    class Meta:
        indexes = [
            models.Index(fields=["scope", "key", "at"], name="throttle_hit_counting"),
            models.Index(fields=["scope", "at"], name="throttle_hit_pruning"),
        ]

    def __str__(self):
        return f"{self.scope} {self.key} {self.at:%Y-%m-%d %H:%M:%S}"
