"""Where study flows get questions: the generators, behind a few calls.

Attempts store only ``(generator, seed)``; ``question`` rebuilds what the
learner saw, and is cached because the review of an exam rebuilds dozens.
"""

import random
from functools import lru_cache

from quizzes.generators import UnknownTopic, build_quiz, generate, generators_for
from quizzes.question import TOPICS, Question

# A practice run avoids repeating a fact; after this many draws it accepts one.
FRESH_DRAWS = 20


@lru_cache(maxsize=8192)
def question(generator: str, seed: int) -> Question:
    return generate(generator, seed)


def quiz(topics: list[str], count: int, seed: int) -> list[Question]:
    return build_quiz(topics, count, seed)


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
    """One question on ``topics``, testing a fact not in ``avoid_facts`` when there is one."""
    for _ in range(FRESH_DRAWS):
        candidate = quiz(topics, 1, rng.randrange(2**31))[0]
        if candidate.fact not in avoid_facts:
            return candidate
    return candidate
