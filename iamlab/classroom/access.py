"""Who may see what: every classroom view fetches its object through one of these.

Each helper returns the object only when it belongs to the visitor (as the
class's instructor, or as a student on its roster) and raises 404 otherwise,
so an id in a URL never reveals whether someone else's class exists.
"""

from functools import wraps

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect

from iamlab.classroom.models import Assignment, ClassChallenge, Classroom, LiveQuiz
from iamlab.classroom.services import two_factor


def login_required(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapper


def _second_factor_first(request):
    """Where an instructor who has not passed their second factor must go first, or None."""
    user = request.user
    if not user.is_instructor or user.is_verified():
        return None
    if two_factor.has_device(user):
        return redirect_to_login(request.get_full_path(), "classroom:two_factor_verify")
    if settings.IAMLAB_REQUIRE_INSTRUCTOR_2FA:
        return redirect("classroom:two_factor_setup")
    return None


def instructor_required(view):
    """Instructors only, past their second factor when they have (or must have) one: every
    instructor-only view of every app goes through this one check."""

    @wraps(view)
    @login_required
    def wrapper(request, *args, **kwargs):
        if not request.user.is_instructor:
            raise PermissionDenied("Only instructors can do this.")
        return _second_factor_first(request) or view(request, *args, **kwargs)

    return wrapper


def second_factor_for_instructors(view):
    """Anyone signed in; an instructor only past their second factor (their password, say,
    must not change on the strength of the password alone)."""

    @wraps(view)
    @login_required
    def wrapper(request, *args, **kwargs):
        return _second_factor_first(request) or view(request, *args, **kwargs)

    return wrapper


def get_class_for_instructor(request, pk) -> Classroom:
    return get_object_or_404(Classroom, pk=pk, instructor=request.user)


def get_class_for_student(request, pk) -> Classroom:
    return get_object_or_404(Classroom, pk=pk, memberships__student=request.user)


def get_live_quiz_for_instructor(request, pk) -> LiveQuiz:
    return get_object_or_404(
        LiveQuiz.objects.select_related("classroom"), pk=pk, classroom__instructor=request.user
    )


def get_live_quiz_for_student(request, pk) -> LiveQuiz:
    return get_object_or_404(
        LiveQuiz.objects.select_related("classroom"),
        pk=pk,
        classroom__memberships__student=request.user,
    )


def get_assignment_for_instructor(request, pk) -> Assignment:
    return get_object_or_404(
        Assignment.objects.select_related("classroom"), pk=pk, classroom__instructor=request.user
    )


def get_assignment_for_student(request, pk) -> Assignment:
    return get_object_or_404(
        Assignment.objects.select_related("classroom"),
        pk=pk,
        classroom__memberships__student=request.user,
    )


def get_challenge_for_instructor(request, pk) -> ClassChallenge:
    return get_object_or_404(
        ClassChallenge.objects.select_related("classroom"),
        pk=pk,
        classroom__instructor=request.user,
    )


def get_challenge_for_student(request, pk) -> ClassChallenge:
    return get_object_or_404(
        ClassChallenge.objects.select_related("classroom"),
        pk=pk,
        classroom__memberships__student=request.user,
    )
