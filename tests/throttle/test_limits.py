from datetime import timedelta

import pytest

from iamlab.throttle import limits
from iamlab.throttle.models import Hit

pytestmark = pytest.mark.django_db

LIMIT = limits.Limit("test", 3, timedelta(minutes=10))


def test_a_key_may_try_until_its_limit_then_waits_for_the_oldest_attempt_to_age_out():
    for _ in range(3):
        assert limits.wait_for(LIMIT, "203.0.113.7") is None
        limits.record(LIMIT, "203.0.113.7")
    wait = limits.wait_for(LIMIT, "203.0.113.7")
    assert timedelta(minutes=9) < wait <= timedelta(minutes=10)
    assert limits.wait_for(LIMIT, "198.51.100.4") is None
    oldest = Hit.objects.order_by("at").first()
    Hit.objects.filter(pk=oldest.pk).update(at=oldest.at - timedelta(minutes=10))
    assert limits.wait_for(LIMIT, "203.0.113.7") is None


def test_recording_deletes_what_left_the_window():
    limits.record(LIMIT, "203.0.113.7")
    Hit.objects.update(at=Hit.objects.get().at - timedelta(hours=1))
    limits.record(LIMIT, "198.51.100.4")
    assert list(Hit.objects.values_list("key", flat=True)) == ["198.51.100.4"]


@pytest.mark.parametrize(
    ("wait", "words"),
    [(timedelta(seconds=5), "1 minute"), (timedelta(minutes=14, seconds=1), "15 minutes")],
)
def test_waits_are_rounded_up_to_whole_minutes(wait, words):
    assert limits.wait_in_words(wait) == words
