"""A clock that moves only when the test says so: ``clock.advance(minutes=2)``.

Everything reads the time through ``django.utils.timezone.now`` (model defaults, the
attempt service, sessions), so replacing that one function moves the whole site.
"""

from datetime import timedelta

import pytest
from django.utils import timezone


class Clock:
    def __init__(self):
        self.now = timezone.now()

    def __call__(self):
        return self.now

    def advance(self, **delta):
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture
def clock(monkeypatch):
    frozen = Clock()
    monkeypatch.setattr(timezone, "now", frozen)
    return frozen
