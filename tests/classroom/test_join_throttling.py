"""Guessing join codes: wrong codes from one address are limited (in the database, so the
limit holds across app servers), and the refusal says how long to wait."""

import pytest
from django.urls import reverse

from iamlab.classroom.models import Membership
from iamlab.classroom.services import classes
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def guess(client, code="WRONGONE", ip="203.0.113.7"):
    return client.post(reverse("classroom:join"), {"code": code}, REMOTE_ADDR=ip)


def test_guessing_codes_locks_that_address_and_says_how_long_to_wait(
    client, settings, alice, course
):
    client.force_login(alice)
    for _ in range(settings.IAMLAB_JOIN_ADDRESS_LIMIT):
        assert guess(client).status_code == 400
    locked = guess(client, code=course.join_code)
    assert locked.status_code == 429
    page = locked.content.decode()
    assert "Too many wrong join codes" in page
    assert "wait 15 minutes" in page
    # Even the right code is refused while locked: it would tell a guesser they hit one.
    assert not Membership.objects.exists()


def test_new_accounts_do_not_reset_the_address_limit(client, settings, course):
    for number in range(settings.IAMLAB_JOIN_ADDRESS_LIMIT):
        client.force_login(UserFactory(username=f"guesser{number}"))
        guess(client)
    client.force_login(UserFactory(username="guesser-next"))
    assert guess(client).status_code == 429


def test_a_student_elsewhere_still_joins(client, settings, alice, bob, course):
    client.force_login(bob)
    for _ in range(settings.IAMLAB_JOIN_ADDRESS_LIMIT):
        guess(client)
    client.force_login(alice)
    response = guess(client, code=course.join_code, ip="198.51.100.4")
    assert response.status_code == 302
    assert Membership.objects.filter(student=alice, classroom=course).exists()


def test_right_codes_do_not_count_towards_the_limit(client, settings, irene, course):
    """A whole class behind one NAT address joins with the right code."""
    for number in range(settings.IAMLAB_JOIN_ADDRESS_LIMIT + 5):
        client.force_login(UserFactory(username=f"classmate{number}"))
        assert guess(client, code=course.join_code).status_code == 302


def test_the_refusal_for_an_archived_class_is_the_one_for_an_unknown_code(
    client, alice, irene, course
):
    client.force_login(irene)
    client.post(reverse("classroom:archive", args=[course.pk]))
    client.force_login(alice)
    archived = guess(client, code=course.join_code)
    unknown = guess(client, code="WRONGONE")
    assert archived.status_code == unknown.status_code == 400
    assert alert(archived) == alert(unknown) == classes.NO_SUCH_CODE


def alert(response) -> str:
    page = response.content.decode()
    start = page.index('role="alert">') + len('role="alert">')
    return page[start : page.index("</p>", start)]
