"""Where study flows get questions: the generators, behind a few calls.

Attempts store ``(generator, seed)`` and a snapshot of the question as shown
(``as_dict``): the bank's facts are edited as AWS changes, and what a learner
answered must not change with them. ``shown`` gives back what a stored slot
showed; ``question`` rebuilds from the generator and is cached because the
review of an exam rebuilds dozens.
"""

import contextlib
import dataclasses
import random
from functools import lru_cache

from quizzes.generators import (
    UnknownGenerator,
    UnknownTopic,
    build_exam,
    build_quiz,
    generate,
    generators_for,
    question_on_concept,
)
from quizzes.question import TOPICS, Question

# A practice run avoids repeating a concept; after this many draws it accepts one.
FRESH_DRAWS = 20


@lru_cache(maxsize=8192)
def question(generator: str, seed: int) -> Question:
    return generate(generator, seed)


def as_dict(shown: Question) -> dict:
    return dataclasses.asdict(shown)


def from_dict(data: dict) -> Question:
    fields = {field.name for field in dataclasses.fields(Question)}
    values = {
        name: tuple(value) if isinstance(value, list) else value
        for name, value in data.items()
        if name in fields
    }
    return Question(**values)


def shown(slot) -> Question | None:
    """The question a stored slot showed: its snapshot, else rebuilt from its generator;
    None for a slot from before snapshots whose generator the bank has retired."""
    snapshot = getattr(slot, "snapshot", None)
    if snapshot:
        return from_dict(snapshot)
    try:
        return question(slot.generator, slot.seed)
    except UnknownGenerator:
        return None


def quiz(topics: list[str], count: int, seed: int) -> list[Question]:
    return build_quiz(topics, count, seed)


def exam(count: int, seed: int) -> list[Question]:
    return build_exam(count, seed)


def available_topics() -> list[str]:
    """The topics that have generators today, in catalogue order."""
    available = []
    for topic in TOPICS:
        try:
            if generators_for([topic]):
                available.append(topic)
        except UnknownTopic:
            continue
    return available


def fresh_question(topics: list[str], *, avoid_facts: set[str], rng: random.Random) -> Question:
    """One question on ``topics``, on a concept not in ``avoid_facts`` when there is one."""
    for _ in range(FRESH_DRAWS):
        candidate = quiz(topics, 1, rng.randrange(2**31))[0]
        if candidate.fact not in avoid_facts:
            return candidate
    return candidate


def review_question(card, rng: random.Random) -> Question:
    """What reviewing ``card`` shows: its concept from another angle than last time; for a
    concept the engine decides (policy evaluation), the question that last rated it; for a
    card whose concept the bank no longer has, a question on its topic."""
    last = None
    with contextlib.suppress(UnknownGenerator):
        last = question(card.generator, card.seed)
    with contextlib.suppress(UnknownGenerator):
        return question_on_concept(card.fact, rng, avoid_angle=last.angle if last else "")
    if last is not None:
        return last
    topic = card.topic if card.topic in available_topics() else available_topics()[0]
    return quiz([topic], 1, rng.randrange(2**31))[0]
