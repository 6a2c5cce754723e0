"""Whether a finished attempt may show its answers and explanations.

Practice, review and exams always do. An app that sets quizzes for other people
(the classroom's assignments) may hold them back until a due date or for good;
it registers a rule here when it starts, so the quizzes app never imports it.
"""

from collections.abc import Callable

from quizzes.models import Attempt

# A rule answers "must this attempt's answers stay hidden now?"
HideRule = Callable[[Attempt], bool]

_hide_rules: list[HideRule] = []


def hide_answers_when(rule: HideRule) -> HideRule:
    if rule not in _hide_rules:
        _hide_rules.append(rule)
    return rule


def answers_visible(attempt: Attempt) -> bool:
    return not any(rule(attempt) for rule in _hide_rules)
