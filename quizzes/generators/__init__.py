"""Exam-style question generators: pure functions of a seed.

    generate("root-only/requires-root", 42) -> Question   # same seed, same question
    generators_for(["root-only", "features"]) -> ["root-only/...", ...]
    build_quiz(["policy-types"], count=10, seed=7) -> [Question, ...]

A question is rebuilt at any time from its (generator, seed), so callers store
only those two. Every answer is computed from the catalogues in
quizzes/catalogues (or, for policy evaluation, by the policy engine).
"""

import random
from collections.abc import Callable, Iterable

from quizzes.generators import (
    features,
    policy_evaluation,
    policy_types,
    root_only,
    users_vs_roles,
)
from quizzes.generators.assembly import Draft, finish
from quizzes.question import TOPICS, Question

_MODULES = (root_only, users_vs_roles, policy_types, policy_evaluation, features)

GENERATORS: dict[str, Callable[[random.Random], Draft]] = {
    name: function for module in _MODULES for name, function in module.GENERATORS.items()
}
TOPIC_GENERATORS: dict[str, tuple[str, ...]] = {
    module.TOPIC: tuple(module.GENERATORS) for module in _MODULES
}

# Draws in a row that only repeat facts before build_quiz decides the topics have
# no new fact left; rare facts turn up long before this many misses.
_MAX_MISSES = 1000


class UnknownGenerator(KeyError):
    pass


class UnknownTopic(ValueError):
    pass


class NotEnoughFacts(ValueError):
    pass


def generate(generator: str, seed: int) -> Question:
    try:
        build = GENERATORS[generator]
    except KeyError:
        raise UnknownGenerator(f"no question generator is called {generator!r}") from None
    # A string seed is hashed deterministically (unlike hash()), and mixing in the
    # name keeps two generators given the same seed independent.
    rng = random.Random(f"{generator}:{seed}")
    return finish(build(rng), generator=generator, seed=seed, rng=rng)


def generators_for(topics: Iterable[str]) -> list[str]:
    names = []
    for topic in topics:
        if topic not in TOPIC_GENERATORS:
            raise UnknownTopic(f"unknown topic {topic!r}; choose from {', '.join(TOPICS)}")
        names.extend(TOPIC_GENERATORS[topic])
    return names


def build_quiz(topics: Iterable[str], count: int, seed: int) -> list[Question]:
    """`count` questions spread evenly over the topics, no two testing the same fact."""
    topics = list(dict.fromkeys(topics))
    generators_for(topics)  # refuses unknown topics before any work
    if not topics:
        raise UnknownTopic("choose at least one topic")
    rng = random.Random(seed)
    order = topics[:]
    rng.shuffle(order)
    questions: list[Question] = []
    seen_facts: set[str] = set()
    misses = 0
    while len(questions) < count:
        topic = order[len(questions) % len(order)]
        question = generate(rng.choice(TOPIC_GENERATORS[topic]), rng.randrange(2**31))
        if question.fact in seen_facts:
            misses += 1
            if misses >= _MAX_MISSES:
                raise NotEnoughFacts(
                    f"these topics offer fewer than {count} distinct facts; ask for fewer questions"
                )
            continue
        misses = 0
        seen_facts.add(question.fact)
        questions.append(question)
    return questions
