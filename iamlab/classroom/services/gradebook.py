"""The instructor's view of results: students × assignments and sandbox challenges, and what
the class missed.

Per-question statistics use each student's first finished try, so later tries
(after seeing explanations) do not flatter the class. Questions are grouped by
the fact they test, which is the same across per-student draws.
"""

import csv
import io
from collections import Counter, defaultdict
from dataclasses import dataclass

from iamlab.classroom.models import (
    Assignment,
    AssignmentAttempt,
    ChallengeResult,
    ClassChallenge,
    Classroom,
)
from iamlab.classroom.services.assignments import Result, best_result
from quizzes import attempts, bank
from quizzes.models import Attempt

# The classic upper/lower-group discrimination index compares the top and bottom 27%.
DISCRIMINATION_GROUP = 0.27


@dataclass(frozen=True)
class Gradebook:
    students: list  # users on the roster, by username
    assignments: list[Assignment]
    results: dict  # (student id, assignment id) -> Result | None
    challenges: list[ClassChallenge]
    passes: dict  # (student id, class challenge id) -> when they first passed it


def gradebook_for(classroom: Classroom) -> Gradebook:
    students = [
        membership.student for membership in classroom.memberships.select_related("student")
    ]
    assignments = list(classroom.assignments.all())
    _finish_expired(assignment__assignment__classroom=classroom)
    tries = defaultdict(list)
    for taken in AssignmentAttempt.objects.filter(
        assignment__classroom=classroom, student__in=students
    ).select_related("attempt"):
        tries[(taken.student_id, taken.assignment_id)].append(taken)
    results = {
        (student.pk, assignment.pk): best_result(tries[(student.pk, assignment.pk)])
        for student in students
        for assignment in assignments
    }
    challenges = list(classroom.challenges.all())
    passes = {
        (student_id, challenge_id): passed_at
        for student_id, challenge_id, passed_at in ChallengeResult.objects.filter(
            class_challenge__classroom=classroom,
            student__in=students,
            first_passed_at__isnull=False,
        ).values_list("student_id", "class_challenge_id", "first_passed_at")
    }
    return Gradebook(
        students=students,
        assignments=assignments,
        results=results,
        challenges=challenges,
        passes=passes,
    )


def _finish_expired(**scope) -> None:
    """Tries whose time ran out while their student was away count, as of their deadline."""
    attempts.finish_expired(Attempt.objects.filter(**scope))


def result_cells(book: Gradebook, student) -> list[Result | None]:
    return [book.results[(student.pk, assignment.pk)] for assignment in book.assignments]


def challenge_cells(book: Gradebook, student) -> list:
    """When the student first passed each challenge, None where they have not yet."""
    return [book.passes.get((student.pk, challenge.pk)) for challenge in book.challenges]


@dataclass(frozen=True)
class QuestionStats:
    fact: str
    stem: str
    topic: str
    answered: int
    percent_correct: int
    discrimination: float | None  # None when too few students to compare groups
    common_wrong: str | None  # the wrong option chosen most often
    common_wrong_count: int


def first_tries(assignment: Assignment) -> list[AssignmentAttempt]:
    _finish_expired(assignment__assignment=assignment)
    firsts = {}
    for taken in (
        AssignmentAttempt.objects.filter(assignment=assignment, attempt__finished_at__isnull=False)
        .select_related("attempt")
        .prefetch_related("attempt__questions")
        .order_by("number")
    ):
        firsts.setdefault(taken.student_id, taken)
    return list(firsts.values())


def question_stats(assignment: Assignment) -> list[QuestionStats]:
    tries = first_tries(assignment)
    scores = {taken.attempt_id: taken.attempt.correct_count for taken in tries}
    ranked = sorted(scores, key=scores.get)
    group = int(len(ranked) * DISCRIMINATION_GROUP)
    lower, upper = set(ranked[:group]), set(ranked[-group:]) if group else set()
    by_fact = defaultdict(list)
    for taken in tries:
        for slot in taken.attempt.questions.all():
            by_fact[slot.fact].append(slot)
    stats = []
    for fact, slots in by_fact.items():
        question = bank.shown(slots[0])
        if question is None:
            continue  # retired from the bank before questions were kept
        wrong = Counter()
        for slot in slots:
            if slot.is_answered and not slot.is_correct:
                shown = bank.shown(slot)
                for index in slot.choices if shown is not None else ():
                    if index not in shown.answer:
                        wrong[shown.options[index]] += 1
        correct = sum(1 for slot in slots if slot.is_correct)
        common = wrong.most_common(1)
        stats.append(
            QuestionStats(
                fact=fact,
                stem=question.stem,
                topic=question.topic,
                answered=len(slots),
                percent_correct=round(100 * correct / len(slots)),
                discrimination=_discrimination(slots, upper, lower, group),
                common_wrong=common[0][0] if common else None,
                common_wrong_count=common[0][1] if common else 0,
            )
        )
    return sorted(stats, key=lambda row: row.percent_correct)


def _discrimination(slots, upper, lower, group) -> float | None:
    """Share correct in the top group minus share correct in the bottom group."""
    if group == 0:
        return None
    top = sum(1 for slot in slots if slot.attempt_id in upper and slot.is_correct)
    bottom = sum(1 for slot in slots if slot.attempt_id in lower and slot.is_correct)
    return round((top - bottom) / group, 2)


def _cell(text: str) -> str:
    """Spreadsheets run a cell starting with = + - @ as a formula: keep names inert."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def gradebook_csv(classroom: Classroom) -> str:
    book = gradebook_for(classroom)
    out = io.StringIO()
    writer = csv.writer(out)
    header = ["student"]
    for assignment in book.assignments:
        title = _cell(assignment.title)
        header += [f"{title} score %", f"{title} seconds"]
    for class_challenge in book.challenges:
        title = class_challenge.challenge.title
        header += [f"{title} passed", f"{title} passed at"]
    writer.writerow(header)
    for student in book.students:
        row = [_cell(student.get_username())]
        for result in result_cells(book, student):
            row += ["", ""] if result is None else [result.percent, result.seconds]
        for passed_at in challenge_cells(book, student):
            row += ["no", ""] if passed_at is None else ["yes", passed_at.isoformat()]
        writer.writerow(row)
    return out.getvalue()


def responses_csv(classroom: Classroom) -> str:
    """Every answer every student gave, one row each, with the question rebuilt."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [
            "student",
            "assignment",
            "try",
            "position",
            "topic",
            "fact",
            "question",
            "chosen",
            "correct",
            "answered_at",
        ]
    )
    _finish_expired(assignment__assignment__classroom=classroom)
    tries = (
        AssignmentAttempt.objects.filter(assignment__classroom=classroom)
        .select_related("student", "assignment", "attempt")
        .order_by("assignment__pk", "student__username", "number")
    )
    for taken in tries:
        for slot in taken.attempt.questions.all():
            shown = bank.shown(slot)
            if shown is None:  # retired from the bank before questions were kept
                stem, chosen = "(question retired from the bank)", ""
            else:
                stem = shown.stem
                chosen = " | ".join(shown.options[index] for index in slot.choices or ())
            writer.writerow(
                [
                    _cell(taken.student.get_username()),
                    _cell(taken.assignment.title),
                    taken.number,
                    slot.position,
                    slot.topic,
                    slot.fact,
                    stem,
                    chosen,
                    "" if slot.is_correct is None else ("yes" if slot.is_correct else "no"),
                    slot.answered_at.isoformat() if slot.answered_at else "",
                ]
            )
    return out.getvalue()
