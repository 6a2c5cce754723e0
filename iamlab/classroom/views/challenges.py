"""Sandbox challenges: the instructor sets one for a class; students check their own account."""

from django.contrib import messages
from django.db import IntegrityError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from iamlab.classroom.access import (
    get_challenge_for_instructor,
    get_challenge_for_student,
    get_class_for_instructor,
    instructor_required,
    login_required,
)
from iamlab.classroom.challenges import CHALLENGES
from iamlab.classroom.models import ChallengeResult, ClassChallenge
from iamlab.classroom.services import challenges
from iamlab.sandbox.access import get_sandbox_for

UNKNOWN_CHALLENGE = "Choose one of the challenges listed."
ALREADY_SET = "This class already has that challenge."


@require_POST
@instructor_required
def create(request, pk):
    classroom = get_class_for_instructor(request, pk)
    slug = request.POST.get("slug", "")
    if slug not in CHALLENGES:
        messages.error(request, UNKNOWN_CHALLENGE)
        return redirect("classroom:detail", pk=classroom.pk)
    try:
        ClassChallenge.objects.create(classroom=classroom, slug=slug)
    except IntegrityError:
        messages.error(request, ALREADY_SET)
    else:
        messages.success(request, f"Challenge “{CHALLENGES[slug].title}” set.")
    return redirect("classroom:detail", pk=classroom.pk)


@require_GET
@instructor_required
def results(request, pk):
    class_challenge = get_challenge_for_instructor(request, pk)
    outcomes = {
        result.student_id: result
        for result in ChallengeResult.objects.filter(class_challenge=class_challenge)
    }
    rows = [
        (membership.student, outcomes.get(membership.student_id))
        for membership in class_challenge.classroom.memberships.select_related("student")
    ]
    return render(
        request,
        "classroom/challenge_results.html",
        {"class_challenge": class_challenge, "challenge": class_challenge.challenge, "rows": rows},
    )


@require_GET
@login_required
def detail(request, pk):
    class_challenge = get_challenge_for_student(request, pk)
    result = ChallengeResult.objects.filter(
        class_challenge=class_challenge, student=request.user
    ).first()
    return _page(request, class_challenge, result)


@require_POST
@login_required
def check(request, pk):
    class_challenge = get_challenge_for_student(request, pk)
    result = challenges.challenge_record(
        class_challenge=class_challenge, student=request.user, account=get_sandbox_for(request)
    )
    return _page(request, class_challenge, result)


def _page(request, class_challenge, result):
    return render(
        request,
        "classroom/challenge_detail.html",
        {
            "class_challenge": class_challenge,
            "challenge": class_challenge.challenge,
            "result": result,
        },
    )
