"""How answers become scores. Plain Python: no database, no Django.

The CLF-C02 exam guide counts unanswered questions as wrong and reports a
scaled score from 100 to 1,000 with 700 to pass. A multiple-response question
scores here only with exactly its correct options (no partial credit, the way
AWS exams are reported to score them). AWS does not publish how raw results
map onto the scale, so the simulation spreads the share of correct answers
linearly over it and says so on the results page.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from quizzes.question import TOPICS, Question

SCALED_MIN = 100
SCALED_MAX = 1000
PASSING_SCORE = 700


def is_correct(question: Question, choices: Iterable[int] | None) -> bool:
    """All or nothing: exactly the correct options, no more, no fewer."""
    return choices is not None and tuple(sorted(set(choices))) == question.answer


def scaled_score(correct: int, total: int) -> int:
    if total <= 0:
        return SCALED_MIN
    return SCALED_MIN + round((SCALED_MAX - SCALED_MIN) * correct / total)


def passed(score: int) -> bool:
    return score >= PASSING_SCORE


@dataclass(frozen=True)
class TopicResult:
    topic: str
    correct: int
    total: int

    @property
    def title(self) -> str:
        return TOPICS[self.topic]

    @property
    def percent(self) -> int:
        return round(100 * self.correct / self.total) if self.total else 0


def topic_breakdown(results: Iterable[tuple[str, bool]]) -> list[TopicResult]:
    """Correct and total per topic from ``(topic, correct)`` pairs, in TOPICS order."""
    correct: dict[str, int] = {}
    total: dict[str, int] = {}
    for topic, right in results:
        total[topic] = total.get(topic, 0) + 1
        correct[topic] = correct.get(topic, 0) + int(right)
    return [TopicResult(topic, correct[topic], total[topic]) for topic in TOPICS if topic in total]
