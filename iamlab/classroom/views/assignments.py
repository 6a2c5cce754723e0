"""Quiz assignments: setting them, taking them (on the quizzes app's pages), grading them."""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from iamlab.classroom.access import (
    get_assignment_for_instructor,
    get_assignment_for_student,
    get_class_for_instructor,
    instructor_required,
    login_required,
)
from iamlab.classroom.forms import AssignmentForm
from iamlab.classroom.services import assignments, live
from iamlab.classroom.services import gradebook as grades
from quizzes import bank
from quizzes.generators import NotEnoughFacts


@require_http_methods(["GET", "POST"])
@instructor_required
def create(request, pk):
    classroom = get_class_for_instructor(request, pk)
    form = AssignmentForm(request.POST or None)
    error = None
    if request.method == "POST" and form.is_valid():
        try:
            assignment = assignments.assignment_create(
                classroom=classroom, seed=live.new_seed(), **form.cleaned_data
            )
        except (assignments.AssignmentRefused, NotEnoughFacts) as refused:
            error = getattr(refused, "message", str(refused))
        else:
            messages.success(request, f"Assignment “{assignment.title}” set.")
            return redirect("classroom:detail", pk=classroom.pk)
    return render(
        request,
        "classroom/assignment_form.html",
        {"classroom": classroom, "form": form, "error": error},
        status=400 if error or form.errors else 200,
    )


@require_GET
@instructor_required
def results(request, pk):
    assignment = get_assignment_for_instructor(request, pk)
    book = grades.gradebook_for(assignment.classroom)
    rows = [(student, book.results[(student.pk, assignment.pk)]) for student in book.students]
    return render(
        request,
        "classroom/assignment_results.html",
        {
            "assignment": assignment,
            "rows": rows,
            "stats": grades.question_stats(assignment),
            "answers_visible": assignments.answers_visible(assignment),
        },
    )


@require_POST
@instructor_required
def release_answers(request, pk):
    assignment = assignments.assignment_release_answers(
        assignment=get_assignment_for_instructor(request, pk)
    )
    messages.success(request, f"The answers to “{assignment.title}” are shown to the class.")
    return redirect("classroom:assignment_results", pk=assignment.pk)


@require_GET
@login_required
def detail(request, pk):
    assignment = get_assignment_for_student(request, pk)
    tries = assignments.tries_of(assignment, request.user)
    show = assignments.answers_visible(assignment)
    reviewed = []
    finished = [taken.attempt for taken in tries if taken.attempt.is_finished]
    if show and finished:
        for slot in finished[-1].questions.all():
            if (shown := bank.shown(slot)) is not None:
                reviewed.append((slot, shown))
    return render(
        request,
        "classroom/assignment_detail.html",
        {
            "assignment": assignment,
            "tries": tries,
            "status": assignments.student_assignment(assignment, request.user),
            "show_answers": show,
            "reviewed": reviewed,
        },
    )


@require_POST
@login_required
def take(request, pk):
    assignment = get_assignment_for_student(request, pk)
    try:
        attempt = assignments.assignment_start(assignment=assignment, student=request.user)
    except assignments.AssignmentRefused as refused:
        messages.error(request, refused.message)
        return redirect("classroom:assignment_detail", pk=assignment.pk)
    return redirect("quizzes:attempt", pk=attempt.pk)


@require_GET
@instructor_required
def gradebook(request, pk):
    classroom = get_class_for_instructor(request, pk)
    book = grades.gradebook_for(classroom)
    rows = [
        (student, grades.result_cells(book, student), grades.challenge_cells(book, student))
        for student in book.students
    ]
    return render(
        request,
        "classroom/gradebook.html",
        {"classroom": classroom, "book": book, "rows": rows},
    )


def _csv(text: str, filename: str) -> HttpResponse:
    response = HttpResponse(text, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
@instructor_required
def gradebook_csv(request, pk):
    classroom = get_class_for_instructor(request, pk)
    return _csv(grades.gradebook_csv(classroom), f"gradebook-class-{classroom.pk}.csv")


@require_GET
@instructor_required
def responses_csv(request, pk):
    classroom = get_class_for_instructor(request, pk)
    return _csv(grades.responses_csv(classroom), f"responses-class-{classroom.pk}.csv")
