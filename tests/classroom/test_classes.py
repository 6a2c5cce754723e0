from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from iamlab.classroom.models import Classroom, Membership
from iamlab.classroom.services import classes


def test_an_instructor_creates_a_class_with_a_join_code(client, irene):
    client.force_login(irene)
    response = client.post(reverse("classroom:create"), {"name": "Cloud 101"})
    classroom = Classroom.objects.get(instructor=irene)
    assert response.url == reverse("classroom:detail", args=[classroom.pk])
    assert len(classroom.join_code) == classes.CODE_LENGTH
    assert set(classroom.join_code) <= set(classes.CODE_ALPHABET)


def test_a_class_needs_a_name(client, irene):
    client.force_login(irene)
    response = client.post(reverse("classroom:create"), {"name": ""})
    assert response.status_code == 400
    assert not Classroom.objects.exists()


def test_a_learner_cannot_create_a_class(client, alice):
    client.force_login(alice)
    response = client.post(reverse("classroom:create"), {"name": "Mine"})
    assert response.status_code == 403
    assert not Classroom.objects.exists()


def test_the_class_page_shows_the_join_code_link_and_a_qr_code(client, irene, course):
    client.force_login(irene)
    page = client.get(reverse("classroom:detail", args=[course.pk])).content.decode()
    assert course.join_code in page
    assert reverse("classroom:join_link", args=[course.join_code]) in page
    assert 'src="data:image/svg+xml' in page


def test_a_student_joins_with_the_code_typed_in_any_case(client, alice, course):
    client.force_login(alice)
    typed = course.join_code.lower()[:4] + " " + course.join_code.lower()[4:]
    response = client.post(reverse("classroom:join"), {"code": typed})
    assert response.url == reverse("classroom:student_class", args=[course.pk])
    assert Membership.objects.filter(classroom=course, student=alice).exists()


def test_the_join_link_fills_in_the_code(client, alice, course):
    client.force_login(alice)
    page = client.get(reverse("classroom:join_link", args=[course.join_code])).content.decode()
    assert f'value="{course.join_code}"' in page


def test_the_join_link_asks_a_guest_to_log_in_first(client, course):
    response = client.get(reverse("classroom:join_link", args=[course.join_code]))
    assert response.status_code == 302
    assert reverse("accounts:login") in response.url


def test_a_student_can_be_in_several_classes(client, alice, irene, course):
    other = classes.classroom_create(instructor=irene, name="Security 201")
    client.force_login(alice)
    client.post(reverse("classroom:join"), {"code": course.join_code})
    client.post(reverse("classroom:join"), {"code": other.join_code})
    assert Membership.objects.filter(student=alice).count() == 2


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (lambda c: setattr(c, "join_code", "WRONGONE"), classes.NO_SUCH_CODE),
        (
            lambda c: setattr(c, "join_code_expires_at", timezone.now() - timedelta(minutes=1)),
            classes.EXPIRED_CODE,
        ),
        # An archived class's code reads as unknown: a guess learns nothing from it.
        (lambda c: setattr(c, "archived_at", timezone.now()), classes.NO_SUCH_CODE),
    ],
    ids=["wrong", "expired", "archived"],
)
def test_joining_with_a_bad_code_is_refused_clearly_and_changes_nothing(
    client, alice, course, spoil, message
):
    code = course.join_code
    spoil(course)
    course.save()
    client.force_login(alice)
    response = client.post(reverse("classroom:join"), {"code": code})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Membership.objects.exists()


def test_joining_twice_lands_in_the_class_and_keeps_one_membership(client, enrolled, course):
    # A second tap, or a retry whose first answer was lost, must not strand the student on
    # an error page.
    client.force_login(enrolled)
    response = client.post(reverse("classroom:join"), {"code": course.join_code}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("classroom:student_class", args=[course.pk])
    assert classes.ALREADY_MEMBER in response.content.decode()
    assert Membership.objects.filter(student=enrolled).count() == 1


def test_an_instructor_cannot_join_their_own_class(client, irene, course):
    client.force_login(irene)
    response = client.post(reverse("classroom:join"), {"code": course.join_code})
    assert classes.INSTRUCTOR_OWN_CLASS in response.content.decode()
    assert not Membership.objects.exists()


def test_the_roster_lists_students_and_the_instructor_removes_one(client, irene, course, enrolled):
    client.force_login(irene)
    page = client.get(reverse("classroom:detail", args=[course.pk])).content.decode()
    assert "alice" in page
    client.post(reverse("classroom:remove_student", args=[course.pk, enrolled.pk]))
    assert not Membership.objects.filter(classroom=course).exists()


def test_a_new_code_replaces_the_old_one(client, irene, alice, course):
    old = course.join_code
    client.force_login(irene)
    client.post(reverse("classroom:regenerate_code", args=[course.pk]))
    course.refresh_from_db()
    assert course.join_code != old
    client.force_login(alice)
    response = client.post(reverse("classroom:join"), {"code": old})
    assert classes.NO_SUCH_CODE in response.content.decode()
    client.post(reverse("classroom:join"), {"code": course.join_code})
    assert Membership.objects.filter(student=alice).exists()


def test_an_archived_class_stays_listed_but_takes_nobody(client, irene, course):
    client.force_login(irene)
    client.post(reverse("classroom:archive", args=[course.pk]))
    course.refresh_from_db()
    assert course.is_archived
    page = client.get(reverse("classroom:index")).content.decode()
    assert "Archived" in page


def test_a_student_sees_their_classes_on_their_dashboard(client, enrolled, course):
    client.force_login(enrolled)
    page = client.get(reverse("classroom:index")).content.decode()
    assert course.name in page
