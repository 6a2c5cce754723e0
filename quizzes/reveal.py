"""Whether a finished attempt may show its answers and explanations.

Practice, review and exams always do. An app that sets quizzes for other people
(the classroom's assignments) may hold them back until a due date or for good;
it registers a rule here when it starts, so the quizzes app never imports it.
Rules are queries, so that a list of attempts (those waiting to be rated into
spaced review) is sorted in the database rather than one attempt at a time.
"""

from collections.abc import Callable
from datetime import datetime

from django.db.models import Q
from django.utils import timezone

from quizzes.models import Attempt

# A rule gives the filter on Attempt matching the attempts whose answers must stay hidden
# at the moment passed to it.
HideRule = Callable[[datetime], Q]

_hide_rules: list[HideRule] = []


def hide_answers_when(rule: HideRule) -> HideRule:
    if rule not in _hide_rules:
        _hide_rules.append(rule)
    return rule


def hidden(now: datetime | None = None) -> Q | None:
    """The attempts whose answers are hidden now; None when no app hides any."""
    now = now or timezone.now()
    matches = None
    for rule in _hide_rules:
        matches = rule(now) if matches is None else matches | rule(now)
    return matches


def answers_visible(attempt: Attempt, now: datetime | None = None) -> bool:
    rule = hidden(now)
    return rule is None or not Attempt.objects.filter(rule, pk=attempt.pk).exists()
