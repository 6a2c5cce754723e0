"""Sandbox challenges are gradebook columns, on the page and in the CSV (issue 17, item 8)."""

import csv
import io
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from iamlab.classroom.challenges import CHALLENGES
from iamlab.classroom.models import ChallengeResult, ClassChallenge

pytestmark = pytest.mark.django_db

SLUGS = ["developers-read-reports", "lock-away-the-root-user"]


@pytest.fixture
def set_challenges(course):
    return [ClassChallenge.objects.create(classroom=course, slug=slug) for slug in SLUGS]


def record(class_challenge, student, *, passed_at=None):
    return ChallengeResult.objects.create(
        class_challenge=class_challenge,
        student=student,
        passed=passed_at is not None,
        requirements=[],
        checked_at=timezone.now(),
        first_passed_at=passed_at,
    )


def test_the_gradebook_shows_who_passed_each_challenge_and_when(
    client, irene, course, enrolled, set_challenges, make_students
):
    (other,) = make_students(1)
    record(set_challenges[0], enrolled, passed_at=timezone.now() - timedelta(days=1))
    record(set_challenges[0], other)  # checked, not passed
    client.force_login(irene)
    page = client.get(reverse("classroom:gradebook", args=[course.pk])).content.decode()
    for slug in SLUGS:
        assert CHALLENGES[slug].title in page
    rows = dict(re.findall(r'<th scope="row">(\w+)</th>(.*?)</tr>', page))
    assert rows["alice"].count("Passed") == 1 and rows["alice"].count("Not yet") == 1
    assert rows["student0"].count("Not yet") == 2


def test_the_gradebook_csv_has_two_columns_a_challenge(
    client, irene, course, enrolled, set_challenges
):
    passed_at = timezone.now().replace(microsecond=0)
    record(set_challenges[1], enrolled, passed_at=passed_at)
    client.force_login(irene)
    response = client.get(reverse("classroom:gradebook_csv", args=[course.pk]))
    header, alice = list(csv.reader(io.StringIO(response.content.decode())))
    title = CHALLENGES[SLUGS[1]].title
    assert dict(zip(header, alice, strict=True)) == {
        "student": "alice",
        f"{CHALLENGES[SLUGS[0]].title} passed": "no",
        f"{CHALLENGES[SLUGS[0]].title} passed at": "",
        f"{title} passed": "yes",
        f"{title} passed at": passed_at.isoformat(),
    }


def test_a_class_with_only_challenges_still_has_a_gradebook_table(
    client, irene, course, enrolled, set_challenges
):
    client.force_login(irene)
    page = client.get(reverse("classroom:gradebook", args=[course.pk])).content.decode()
    assert "<table" in page and "No assignments" not in page


def gradebook_queries(client, course) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("classroom:gradebook", args=[course.pk])).status_code == 200
        assert client.get(reverse("classroom:gradebook_csv", args=[course.pk])).status_code == 200
    return len(queries)


def test_the_gradebook_takes_as_many_queries_for_20_students_as_for_1(
    client, irene, course, enrolled, set_challenges, make_students
):
    client.force_login(irene)
    record(set_challenges[0], enrolled, passed_at=timezone.now())
    one = gradebook_queries(client, course)
    for student in make_students(19):
        for class_challenge in set_challenges:
            record(class_challenge, student, passed_at=timezone.now())
    assert gradebook_queries(client, course) == one
