"""Archiving a class asks first, and an archived class can be restored (issue 17, item 8)."""

import pytest
from django.urls import reverse

from iamlab.classroom.services import classes

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_in(client, irene):
    client.force_login(irene)
    return client


def test_archive_this_class_is_a_link_to_a_confirmation_that_archives_nothing(signed_in, course):
    detail = signed_in.get(reverse("classroom:detail", args=[course.pk])).content.decode()
    archive_url = reverse("classroom:archive", args=[course.pk])
    assert f'href="{archive_url}">Archive this class…</a>' in detail
    confirm = signed_in.get(archive_url)
    assert confirm.status_code == 200
    assert "Archive “Cloud 101”?" in confirm.content.decode()
    course.refresh_from_db()
    assert not course.is_archived


def test_confirming_archives_and_restoring_lets_students_join_again(signed_in, course, alice):
    signed_in.post(reverse("classroom:archive", args=[course.pk]))
    course.refresh_from_db()
    assert course.is_archived
    detail = signed_in.get(reverse("classroom:detail", args=[course.pk])).content.decode()
    assert "Restore this class" in detail
    response = signed_in.post(reverse("classroom:unarchive", args=[course.pk]))
    assert response.url == reverse("classroom:detail", args=[course.pk])
    course.refresh_from_db()
    assert not course.is_archived
    membership, _ = classes.membership_join(
        student=alice, code=course.join_code, address="10.0.0.1"
    )
    assert membership.classroom == course


def test_restoring_needs_a_post(signed_in, course):
    classes.classroom_archive(classroom=course)
    assert signed_in.get(reverse("classroom:unarchive", args=[course.pk])).status_code == 405
