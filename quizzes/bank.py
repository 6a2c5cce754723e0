"""Where study flows get questions: the generators, behind two calls.

Attempts store only ``(generator, seed)``; ``question`` rebuilds what the
learner saw, and is cached because a page of an exam review rebuilds dozens.
"""

import random
from functools import lru_cache

from quizzes.question import Question

# A practice run avoids repeating a fact; after this many draws it accepts one.
FRESH_DRAWS = 20


@lru_cache(maxsize=8192)
def question(generator: str, seed: int) -> Question:
    from quizzes.generators import generate

    return generate(generator, seed)


def quiz(topics: list[str], count: int, seed: int) -> list[Question]:
    from quizzes.generators import build_quiz

    return build_quiz(topics, count, seed)


def fresh_question(topics: list[str], *, avoid_facts: set[str], rng: random.Random) -> Question:
    """One question on ``topics``, testing a fact not in ``avoid_facts`` when there is one."""
    for _ in range(FRESH_DRAWS):
        candidate = quiz(topics, 1, rng.randrange(2**31))[0]
        if candidate.fact not in avoid_facts:
            return candidate
    return candidate
