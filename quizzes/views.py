"""Quiz pages: the dashboard, the three ways to study, and one attempt's pages.

Views stay thin: the services in attempts, study, review and dashboard do the
work; every attempt page goes through ``_attempt_for`` so a learner only ever
reaches their own attempts.
"""

import random

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRedirect

from iamlab.accounts.learners import get_learner
from quizzes import attempts, bank, reveal, scoring, study
from quizzes import review as reviews
from quizzes.dashboard import dashboard_for
from quizzes.forms import StudyPlanForm
from quizzes.models import Attempt, StudyPlan
from quizzes.question import TOPICS

_rng = random.SystemRandom()


def _attempt_for(request, pk) -> Attempt:
    """The visitor's own attempt, finished first if its time ran out; 404 for anyone else's."""
    learner = get_learner(request, create=False)
    attempt = get_object_or_404(Attempt, pk=pk, learner=learner)
    return attempts.finish_if_time_is_up(attempt)


def _question_url(attempt, position):
    return reverse("quizzes:question", args=[attempt.pk, position])


def _explained_options(question, choices) -> list[dict]:
    """Each option with whether it is an answer, whether it was chosen, and why."""
    chosen = set(choices or ())
    return [
        {
            "number": index + 1,
            "text": text,
            "why": question.option_explanations[index],
            "is_answer": index in question.answer,
            "chosen": index in chosen,
        }
        for index, text in enumerate(question.options)
    ]


@require_GET
def index(request):
    learner = get_learner(request, create=False)
    return render(
        request,
        "quizzes/index.html",
        {"dashboard": dashboard_for(learner), "topics": TOPICS},
    )


@require_http_methods(["GET", "POST"])
def practice(request):
    error = None
    chosen = request.GET.getlist("topic")
    if request.method == "POST":
        chosen = request.POST.getlist("topic")
        try:
            attempt = study.start_practice(get_learner(request), chosen, rng=_rng)
        except study.StudyRefused as refused:
            error = refused.message
        else:
            return redirect(_question_url(attempt, 1))
    return render(
        request,
        "quizzes/practice.html",
        {
            "topics": TOPICS,
            "available": bank.available_topics(),
            "chosen": set(chosen),
            "error": error,
        },
        status=400 if error else 200,
    )


@require_http_methods(["GET", "POST"])
def review(request):
    learner = get_learner(request, create=False)
    if request.method == "POST":
        try:
            attempt = study.start_review(learner, rng=_rng)
        except study.StudyRefused as refused:
            messages.info(request, refused.message)
        else:
            return redirect(_question_url(attempt, 1))
    return _review_page(request, learner)


def _review_page(request, learner, form=None, status=200):
    if learner is not None:
        attempts.catch_up(learner)
    due = reviews.due_cards(learner).count() if learner else 0
    later = reviews.due_later_today(learner) if learner else 0
    if form is None:
        plan = reviews.plan_of(learner) if learner else StudyPlan()
        form = StudyPlanForm(
            initial={"desired_retention": plan.desired_retention, "exam_date": plan.exam_date}
        )
    return render(
        request,
        "quizzes/review.html",
        {"due": due, "later": later, "form": form, "high": StudyPlan.HIGH_RETENTION},
        status=status,
    )


@require_POST
def review_plan(request):
    """Save the learner's desired retention and exam date; the form comes back on errors."""
    learner = get_learner(request)
    form = StudyPlanForm(request.POST)
    if form.is_valid():
        try:
            plan = reviews.save_plan(learner, **form.cleaned_data)
        except reviews.PlanRefused as refused:
            form.add_error(None, str(refused))
        else:
            messages.success(request, "Your review plan is saved.")
            if plan.desired_retention > StudyPlan.HIGH_RETENTION:
                messages.warning(request, reviews.HIGH_RETENTION_WARNING)
            return redirect("quizzes:review")
    return _review_page(request, learner, form, status=400)


@require_http_methods(["GET", "POST"])
def exam(request):
    if request.method == "POST":
        attempt = study.start_exam(get_learner(request), rng=_rng)
        return redirect(_question_url(attempt, 1))
    count, minutes = study.exam_format()
    return render(
        request,
        "quizzes/exam.html",
        {
            "count": count,
            "minutes": minutes,
            "passing": scoring.PASSING_SCORE,
            "topics": [TOPICS[topic] for topic in bank.available_topics()],
        },
    )


@require_GET
def attempt(request, pk):
    """Where an attempt's link leads: its results once finished, else where to carry on."""
    current = _attempt_for(request, pk)
    if current.is_finished:
        return _results(request, current)
    slots = list(current.questions.all())
    unanswered = next((slot for slot in slots if not slot.is_answered), None)
    if unanswered is not None:
        return redirect(_question_url(current, unanswered.position))
    if current.mode in attempts.REVISABLE_MODES:
        return redirect("quizzes:summary", pk=current.pk)
    return redirect(_question_url(current, slots[-1].position))


@require_http_methods(["GET", "POST"])
def question(request, pk, position):
    current = _attempt_for(request, pk)
    if current.is_finished:
        if request.method == "POST":
            messages.error(request, attempts.TIME_UP if current.is_timed else attempts.FINISHED)
        results = reverse("quizzes:attempt", args=[current.pk])
        # An autosave in the background must move the whole page, not a fragment.
        return HttpResponseClientRedirect(results) if request.htmx else redirect(results)
    slot = get_object_or_404(current.questions, position=position)
    revisable = current.mode in attempts.REVISABLE_MODES
    # A practice or review answer sent by htmx gets its feedback in place: the #answer part.
    in_place = request.method == "POST" and bool(request.htmx) and not revisable
    error = None
    if request.method == "POST":
        try:
            _save_answer(request, current, slot)
        except attempts.AnswerRefused as refused:
            if request.htmx and revisable:
                return HttpResponse(refused.message, status=400, content_type="text/plain")
            error = refused.message
        else:
            if request.htmx and revisable:
                return HttpResponse(status=204)  # saved as given, the page stays as it is
            if not in_place:
                return redirect(_after_answer(request, current, slot))
        slot.refresh_from_db()
    # An exam lists every question in its navigator; practice needs only how many there are.
    navigator = list(current.questions.only("position", "choices", "flagged")) if revisable else []
    total = len(navigator) if revisable else current.questions.count()
    shown = bank.shown(slot)
    if shown is None:
        messages.info(request, attempts.RETIRED)
        if current.is_finished:
            return redirect("quizzes:attempt", pk=current.pk)
        return redirect("quizzes:index")
    template = "quizzes/question.html#answer" if in_place else "quizzes/question.html"
    # htmx swaps only 2xx responses, so a refusal reaches the page as a normal fragment.
    status = 400 if error and not in_place else 200
    return render(
        request,
        template,
        {
            "attempt": current,
            "slot": slot,
            "question": shown,
            "options": _explained_options(shown, slot.choices),
            "topic_title": TOPICS[shown.topic],
            "total": total,
            "is_last": slot.position == total,
            "error": error,
            "remaining": attempts.remaining_seconds(current),
            "revisable": revisable,
            "navigator": navigator,
        },
        status=status,
    )


def _save_answer(request, current, slot):
    attempts.record_answer(current, slot.position, request.POST.getlist("choice"))
    if current.mode in attempts.REVISABLE_MODES:
        attempts.set_flag(current, slot.position, request.POST.get("flagged") == "on")


def _after_answer(request, current, slot):
    """Exam navigation follows the button pressed; practice shows the feedback."""
    if current.mode not in attempts.REVISABLE_MODES:
        return _question_url(current, slot.position)
    go = request.POST.get("go")
    total = current.questions.count()
    if go == "previous" and slot.position > 1:
        return _question_url(current, slot.position - 1)
    if go == "next" and slot.position < total:
        return _question_url(current, slot.position + 1)
    if go == "stay":
        return _question_url(current, slot.position)
    return reverse("quizzes:summary", args=[current.pk])


@require_POST
def next_question(request, pk):
    current = _attempt_for(request, pk)
    if current.mode != Attempt.Mode.PRACTICE or current.is_finished:
        return redirect("quizzes:attempt", pk=current.pk)
    slot = study.practice_next(current, rng=_rng)
    return redirect(_question_url(current, slot.position))


@require_GET
def summary(request, pk):
    """The review screen before submitting: what is answered, what is flagged."""
    current = _attempt_for(request, pk)
    if current.is_finished:
        return redirect("quizzes:attempt", pk=current.pk)
    slots = list(current.questions.all())
    return render(
        request,
        "quizzes/summary.html",
        {
            "attempt": current,
            "slots": slots,
            "counts": _open_counts(slots),
            "remaining": attempts.remaining_seconds(current),
        },
    )


@require_POST
def finish(request, pk):
    """Hand in an attempt; an exam or assignment with questions open is confirmed first."""
    current = _attempt_for(request, pk)
    confirmed = request.POST.get("confirmed") == "yes"
    if current.mode in attempts.REVISABLE_MODES and not current.is_finished and not confirmed:
        slots = list(current.questions.all())
        unanswered, flagged = _open_counts(slots)
        if unanswered or flagged:
            return render(
                request,
                "quizzes/confirm_finish.html",
                {
                    "attempt": current,
                    "total": len(slots),
                    "unanswered": unanswered,
                    "flagged": flagged,
                },
            )
    attempts.finish_attempt(current)
    return redirect("quizzes:attempt", pk=current.pk)


def _open_counts(slots) -> tuple[int, int]:
    """How many questions are unanswered and how many flagged for review."""
    return sum(not slot.is_answered for slot in slots), sum(slot.flagged for slot in slots)


# A 65-question exam with every question explained was a 75,000 px page: it is shown in pages.
RESULTS_PER_PAGE = 10
RESULT_FILTERS = {
    "all": lambda slot: True,
    "wrong": lambda slot: not slot.is_correct,
    "flagged": lambda slot: slot.flagged,
}


def _results(request, finished):
    slots = attempts.scored_questions(finished)
    answers_visible = reveal.answers_visible(finished)
    show = request.GET.get("show")
    show = show if show in RESULT_FILTERS else "all"
    filters = [(name, sum(map(keep, slots))) for name, keep in RESULT_FILTERS.items()]
    page = Paginator([slot for slot in slots if RESULT_FILTERS[show](slot)], RESULTS_PER_PAGE)
    page = page.get_page(request.GET.get("page"))
    reviewed = []
    for slot in page.object_list if answers_visible else ():
        shown = bank.shown(slot)
        if shown is not None:  # None: retired from the bank before questions were kept
            reviewed.append((slot, shown, _explained_options(shown, slot.choices)))
    return render(
        request,
        "quizzes/results.html",
        {
            "attempt": finished,
            "answers_visible": answers_visible,
            "reviewed": reviewed,
            "show": show,
            "filters": filters,
            "page": page,
            "time_taken": finished.finished_at - finished.started_at,
            "correct": finished.correct_count,
            "total": finished.question_count,
            "score": finished.scaled_score,
            "passed": scoring.passed(finished.scaled_score),
            "passing": scoring.PASSING_SCORE,
            "breakdown": scoring.topic_breakdown(
                (slot.topic, bool(slot.is_correct)) for slot in slots
            ),
        },
    )
