"""Every classroom URL that names an object, tried by someone it does not belong to.

Oscar is another instructor and bob a learner in no class: each must get 404
(or, for a learner on instructor pages, 403), and nothing may change.
"""

import pytest
from django.urls import reverse

from iamlab.classroom.models import (
    Assignment,
    ChallengeResult,
    ClassChallenge,
    Classroom,
    LiveAnswer,
    LiveQuiz,
    Membership,
)

INSTRUCTOR_URLS = [
    ("get", "classroom:detail", "course"),
    ("post", "classroom:regenerate_code", "course"),
    ("get", "classroom:archive", "course"),
    ("post", "classroom:archive", "course"),
    ("post", "classroom:unarchive", "course"),
    ("post", "classroom:live_create", "course"),
    ("get", "classroom:assignment_create", "course"),
    ("get", "classroom:gradebook", "course"),
    ("get", "classroom:gradebook_csv", "course"),
    ("get", "classroom:responses_csv", "course"),
    ("get", "classroom:live_screen", "live_quiz"),
    ("post", "classroom:live_next", "live_quiz"),
    ("post", "classroom:live_close", "live_quiz"),
    ("get", "classroom:assignment_results", "assignment"),
    ("post", "classroom:assignment_release_answers", "assignment"),
    ("post", "classroom:challenge_create", "course"),
    ("get", "classroom:challenge_results", "challenge"),
]
STUDENT_URLS = [
    ("get", "classroom:student_class", "course"),
    ("get", "classroom:live_play", "live_quiz"),
    ("post", "classroom:live_answer", "live_quiz"),
    ("get", "classroom:assignment_detail", "assignment"),
    ("post", "classroom:assignment_take", "assignment"),
    ("get", "classroom:challenge_detail", "challenge"),
    ("post", "classroom:challenge_check", "challenge"),
]


@pytest.fixture
def objects(course, live_quiz, assignment):
    challenge = ClassChallenge.objects.create(classroom=course, slug="read-only-auditor")
    return {
        "course": course,
        "live_quiz": live_quiz,
        "assignment": assignment,
        "challenge": challenge,
    }


def _snapshot():
    return (
        list(Classroom.objects.values_list("join_code", "archived_at")),
        list(LiveQuiz.objects.values_list("current_position", "closes_at")),
        list(Assignment.objects.values_list("answers_released_at", flat=True)),
        Membership.objects.count(),
        LiveAnswer.objects.count(),
        ClassChallenge.objects.count(),
        ChallengeResult.objects.count(),
    )


@pytest.mark.parametrize(("method", "name", "target"), INSTRUCTOR_URLS)
def test_another_instructor_cannot_reach_a_class_they_do_not_teach(
    client, oscar, objects, method, name, target
):
    before = _snapshot()
    client.force_login(oscar)
    response = getattr(client, method)(reverse(name, args=[objects[target].pk]))
    assert response.status_code == 404
    assert _snapshot() == before


@pytest.mark.parametrize(("method", "name", "target"), INSTRUCTOR_URLS)
def test_a_student_cannot_use_instructor_pages_even_of_their_own_class(
    client, enrolled, objects, method, name, target
):
    before = _snapshot()
    client.force_login(enrolled)
    response = getattr(client, method)(reverse(name, args=[objects[target].pk]))
    assert response.status_code == 403
    assert _snapshot() == before


@pytest.mark.parametrize(("method", "name", "target"), STUDENT_URLS)
def test_a_learner_outside_the_class_cannot_reach_its_student_pages(
    client, bob, objects, method, name, target
):
    before = _snapshot()
    client.force_login(bob)
    response = getattr(client, method)(reverse(name, args=[objects[target].pk]))
    assert response.status_code == 404
    assert _snapshot() == before


@pytest.mark.parametrize(("method", "name", "target"), INSTRUCTOR_URLS + STUDENT_URLS)
def test_a_visitor_who_is_not_logged_in_is_sent_to_log_in(client, objects, method, name, target):
    response = getattr(client, method)(reverse(name, args=[objects[target].pk]))
    assert response.status_code == 302
    assert reverse("accounts:login") in response.url


def test_an_instructor_cannot_remove_a_student_from_a_class_they_do_not_teach(
    client, oscar, course, enrolled
):
    client.force_login(oscar)
    response = client.post(reverse("classroom:remove_student", args=[course.pk, enrolled.pk]))
    assert response.status_code == 404
    assert Membership.objects.filter(student=enrolled).exists()


def test_a_removed_student_loses_access_to_the_class(client, irene, course, enrolled, live_quiz):
    client.force_login(irene)
    client.post(reverse("classroom:remove_student", args=[course.pk, enrolled.pk]))
    client.force_login(enrolled)
    assert client.get(reverse("classroom:live_play", args=[live_quiz.pk])).status_code == 404


def test_an_instructor_lists_only_their_own_classes(client, oscar, course):
    client.force_login(oscar)
    assert course.name not in client.get(reverse("classroom:index")).content.decode()
