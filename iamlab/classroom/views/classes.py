"""Classes: the instructor's list and class page, the student's dashboard, joining."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from iamlab.classroom import dashboard
from iamlab.classroom.access import (
    get_class_for_instructor,
    get_class_for_student,
    instructor_required,
    login_required,
)
from iamlab.classroom.challenges import CHALLENGES
from iamlab.classroom.forms import ClassroomForm, JoinForm, LiveQuizForm
from iamlab.classroom.services import classes, two_factor
from iamlab.throttle import limits


@require_GET
@login_required
def index(request):
    if request.user.is_instructor:
        return _instructor_index(request, ClassroomForm())
    return render(
        request, "classroom/index.html", {"dashboard": dashboard.for_student(request.user)}
    )


@instructor_required
def _instructor_index(request, form):
    taught = request.user.classes_taught.all()
    return render(
        request,
        "classroom/classes.html",
        {"classes": taught, "form": form},
        status=400 if form.errors else 200,
    )


@require_POST
@instructor_required
def create(request):
    form = ClassroomForm(request.POST)
    if not form.is_valid():
        return _instructor_index(request, form)
    classroom = classes.classroom_create(instructor=request.user, name=form.cleaned_data["name"])
    messages.success(request, f"Class “{classroom.name}” created. Share its join code.")
    return redirect("classroom:detail", pk=classroom.pk)


def join_url(request, classroom) -> str:
    return request.build_absolute_uri(reverse("classroom:join_link", args=[classroom.join_code]))


@require_GET
@instructor_required
def detail(request, pk):
    classroom = get_class_for_instructor(request, pk)
    link = join_url(request, classroom)
    return render(
        request,
        "classroom/detail.html",
        {
            "classroom": classroom,
            "join_url": link,
            "qr": two_factor.qr_data_uri(link),
            "roster": classroom.memberships.select_related("student"),
            "live_quizzes": classroom.live_quizzes.all()[:10],
            "assignments": classroom.assignments.all(),
            "challenges": classroom.challenges.all(),
            "challenge_catalogue": CHALLENGES.values(),
            "live_form": LiveQuizForm(),
        },
    )


@require_POST
@instructor_required
def remove_student(request, pk, student_id):
    classroom = get_class_for_instructor(request, pk)
    if classes.membership_remove(classroom=classroom, student_id=student_id):
        messages.success(request, "Student removed from the class.")
    else:
        messages.error(request, "That student is not in this class.")
    return redirect("classroom:detail", pk=classroom.pk)


@require_POST
@instructor_required
def regenerate_code(request, pk):
    classroom = classes.classroom_regenerate_code(classroom=get_class_for_instructor(request, pk))
    messages.success(request, f"New join code {classroom.join_code}: the old one no longer works.")
    return redirect("classroom:detail", pk=classroom.pk)


@require_http_methods(["GET", "POST"])
@instructor_required
def archive(request, pk):
    """GET asks to confirm (a page, so it works without JavaScript); POST archives."""
    classroom = get_class_for_instructor(request, pk)
    if request.method == "GET":
        return render(request, "classroom/archive_confirm.html", {"classroom": classroom})
    classes.classroom_archive(classroom=classroom)
    messages.success(
        request,
        f"“{classroom.name}” is archived: its code no longer admits anyone. "
        "You can restore it from its page.",
    )
    return redirect("classroom:index")


@require_POST
@instructor_required
def unarchive(request, pk):
    classroom = classes.classroom_unarchive(classroom=get_class_for_instructor(request, pk))
    messages.success(request, f"“{classroom.name}” is restored: its code admits students again.")
    return redirect("classroom:detail", pk=classroom.pk)


@require_GET
@login_required
def student_class(request, pk):
    classroom = get_class_for_student(request, pk)
    return render(
        request,
        "classroom/student_class.html",
        {"classroom": classroom, "dashboard": dashboard.for_student(request.user, classroom)},
    )


@require_http_methods(["GET", "POST"])
@login_required
def join(request, code=None):
    """Join by typing the code, or by following the join link (its code filled in)."""
    form = JoinForm(request.POST or None, initial={"code": code or ""})
    error, status = None, 200
    if request.method == "POST" and form.is_valid():
        try:
            membership, joined = classes.membership_join(
                student=request.user,
                code=form.cleaned_data["code"],
                address=limits.client_address(request),
            )
        except classes.JoinRefused as refused:
            error, status = refused.message, refused.status
        else:
            if joined:
                messages.success(request, f"You joined “{membership.classroom.name}”.")
            else:
                messages.info(request, classes.ALREADY_MEMBER)
            return redirect("classroom:student_class", pk=membership.classroom_id)
    return render(
        request,
        "classroom/join.html",
        {"form": form, "error": error},
        status=400 if form.errors else status,
    )
