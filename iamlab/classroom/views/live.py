"""Live quiz pages: the instructor's projector screen and the student's answer page.

Pages poll about once a second with htmx, sending the state they show
(``?seen=``); the server answers 204 No Content (which htmx does not swap)
while nothing changed. The
projector polls its own URL. A class of hundreds of phones polls ``pulse``
instead: keyed by the quiz's secret pulse key, it touches neither session nor
user, only the quiz row. When the state moved, the pulse brings the new state
as everyone sees it (a question, "time is up"); the student's own score is
fetched signed in, after a random pause. Any app server can answer any poll
because the state is only in the database.
"""

import random

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from iamlab.classroom.access import (
    get_class_for_instructor,
    get_live_quiz_for_instructor,
    get_live_quiz_for_student,
    instructor_required,
    login_required,
)
from iamlab.classroom.forms import LiveQuizForm
from iamlab.classroom.services import live, two_factor
from iamlab.classroom.views.classes import join_url
from quizzes.generators import NotEnoughFacts

POLL_UNCHANGED = 204
# When results are due, every phone learns of it within the same second; each
# waits a random part of this before asking for its own score, so the app
# servers see a stream rather than a wall of requests.
SPREAD_MS = 3000


@require_POST
@instructor_required
def create(request, pk):
    classroom = get_class_for_instructor(request, pk)
    form = LiveQuizForm(request.POST)
    if not form.is_valid():
        for field, errors in form.errors.items():
            messages.error(request, f"{field}: {' '.join(errors)}")
        return redirect("classroom:detail", pk=classroom.pk)
    try:
        live_quiz = live.live_quiz_create(
            classroom=classroom,
            topics=form.cleaned_data["topics"],
            count=form.cleaned_data["count"],
            seconds=form.cleaned_data["seconds"],
            policy_extra_seconds=form.cleaned_data["policy_extra_seconds"] or 0,
            seed=live.new_seed(),
        )
    except NotEnoughFacts as error:
        messages.error(request, str(error))
        return redirect("classroom:detail", pk=classroom.pk)
    return redirect("classroom:live_screen", pk=live_quiz.pk)


def _unchanged(request, token: str) -> bool:
    return request.htmx and request.GET.get("seen") == token


@require_GET
@instructor_required
def screen(request, pk):
    live_quiz = get_live_quiz_for_instructor(request, pk)
    view = live.live_view(live_quiz, count_answers=True)
    token = f"{view.phase}:{view.position}:{view.answered}"
    if _unchanged(request, token):
        return HttpResponse(status=POLL_UNCHANGED)
    context = {"view": view, "token": token, "classroom": live_quiz.classroom}
    if view.phase == live.Phase.LOBBY:
        link = join_url(request, live_quiz.classroom)
        context |= {"join_url": link, "qr": two_factor.qr_data_uri(link)}
        context["students"] = live_quiz.classroom.memberships.count()
    if view.phase == live.Phase.RESULTS:
        context["distribution"] = live.distribution(live_quiz, view.question)
    if view.phase in (live.Phase.RESULTS, live.Phase.FINISHED):
        context["leaderboard"] = live.leaderboard(live_quiz)
    template = "classroom/live_screen.html#state" if request.htmx else "classroom/live_screen.html"
    return render(request, template, context)


@require_POST
@instructor_required
def next_question(request, pk):
    live_quiz = get_live_quiz_for_instructor(request, pk)
    try:
        seen = int(request.POST.get("seen_position", ""))
    except ValueError:
        seen = -1  # matches no quiz: nothing moves
    live.live_quiz_next(live_quiz=live_quiz, seen_position=seen)
    return redirect("classroom:live_screen", pk=live_quiz.pk)


@require_POST
@instructor_required
def close_question(request, pk):
    live_quiz = get_live_quiz_for_instructor(request, pk)
    live.live_quiz_close_question(live_quiz=live_quiz)
    return redirect("classroom:live_screen", pk=live_quiz.pk)


@require_GET
@login_required
def play(request, pk):
    live_quiz = get_live_quiz_for_student(request, pk)
    return _render_play(request, live_quiz)


@require_GET
def pulse(request, key):
    """The students' once-a-second poll: no session, no user, at most one indexed read."""
    live_quiz = live.live_quiz_for_pulse(key)
    if live_quiz is None:
        raise Http404("No live quiz has that key.")
    if request.GET.get("seen") == live.pulse_token(live_quiz):
        return HttpResponse(status=POLL_UNCHANGED)
    # What changed looks the same on every phone (the question that opened, or
    # "time is up"), so the pulse brings it; a page whose state shows a score
    # fetches that score itself, signed in, after a random pause.
    context = _play_context(live.live_view(live_quiz), progress=None)
    return render(request, "classroom/live_play.html#state", context)


def _play_context(view, *, progress, error=None) -> dict:
    """``progress`` is the student's own answer and points; None while the page has yet to ask."""
    return {
        "view": view,
        "pulse_token": live.pulse_token(view.live_quiz),
        "progress": progress,
        "error": error,
        "spread_ms": random.randrange(SPREAD_MS),
    }


def _render_play(request, live_quiz, *, error=None, answer=None):
    """The student's own page: their answer to the question on screen and their points.

    ``answer`` is the one they just gave: while the question is open the page
    shows no points, so that answer is all it needs and spares a read.
    """
    view = live.live_view(live_quiz)
    if answer is not None and view.phase == live.Phase.QUESTION:
        progress = live.StudentProgress(answer=answer, points=0)
    else:
        progress = live.progress_of(live_quiz, request.user)
    context = _play_context(view, progress=progress, error=error)
    template = "classroom/live_play.html#state" if request.htmx else "classroom/live_play.html"
    # htmx swaps only 2xx responses, so the refusal reaches the page as a normal fragment.
    status = 400 if error and not request.htmx else 200
    return render(request, template, context, status=status)


@require_POST
@login_required
def answer(request, pk):
    live_quiz = get_live_quiz_for_student(request, pk)
    try:
        recorded = live.live_answer_record(
            live_quiz=live_quiz,
            student=request.user,
            position=request.POST.get("position"),
            choices=request.POST.getlist("choice"),
        )
    except live.LiveAnswerRefused as refused:
        return _render_play(request, live_quiz, error=refused.message)
    if request.htmx:
        return _render_play(request, live_quiz, answer=recorded)
    return redirect("classroom:live_play", pk=live_quiz.pk)
