"""Exam-style question generators: pure functions of a seed.

    generate("root-only/direct", 42) -> Question   # same seed, same question
    generators_for(["root-only", "features"]) -> ["root-only/direct", ...]
    build_quiz(["policy-types"], count=10, seed=7) -> [Question, ...]
    build_exam(65, seed=7) -> [Question, ...]      # drawn by the exam blueprint

A question is rebuilt at any time from its (generator, seed), so callers store
only those two. Every topic but policy evaluation is data (quizzes/catalogues),
asked from every angle by quizzes/generators/angles.py; policy evaluation's
answers come from the policy engine.
"""

import random
from collections.abc import Callable, Iterable

from quizzes.catalogues import (
    credentials_secrets,
    features,
    identities,
    least_privilege,
    monitoring,
    organizations,
    policy_logic,
    policy_types,
    root_tasks,
    shared_responsibility,
    workforce_identity,
)
from quizzes.catalogues.concepts import Concept, Topic
from quizzes.coverage import POLICY_EVALUATION_TASK, allocate
from quizzes.generators import policy_evaluation, policy_reading
from quizzes.generators.angles import AngleGenerator, generators_for_topics, seed_for
from quizzes.generators.assembly import Draft, finish
from quizzes.question import TOPICS, Question

DATA_TOPICS: tuple[Topic, ...] = tuple(
    module.TOPIC
    for module in (
        root_tasks,
        identities,
        policy_types,
        policy_logic,
        features,
        workforce_identity,
        credentials_secrets,
        least_privilege,
        shared_responsibility,
        organizations,
        monitoring,
    )
)
ANGLE_GENERATORS: dict[str, AngleGenerator] = generators_for_topics(DATA_TOPICS)

GENERATORS: dict[str, Callable[[random.Random, int], Draft]] = {
    **ANGLE_GENERATORS,
    **policy_evaluation.GENERATORS,
    **policy_reading.GENERATORS,
}
TOPIC_GENERATORS: dict[str, tuple[str, ...]] = {
    topic: tuple(name for name in GENERATORS if name.split("/")[0] == topic) for topic in TOPICS
}
CONCEPTS: dict[str, Concept] = {
    concept.card_id: concept for topic in DATA_TOPICS for concept in topic.concepts
}

# build_quiz wants, in this order, a new concept, a new (concept, angle) pair, a new key
# (claim, scenario…), then any question not already in the quiz: it relaxes one step after
# this many draws in a row bring none, and gives up after _MAX_MISSES at the last step.
_RELAX_AFTER = 60
_MAX_MISSES = 2000


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
    return finish(build(rng, seed), generator=generator, seed=seed, rng=rng)


def generators_for(topics: Iterable[str]) -> list[str]:
    names = []
    for topic in topics:
        if not TOPIC_GENERATORS.get(topic):
            raise UnknownTopic(f"unknown topic {topic!r}; choose from {', '.join(TOPICS)}")
        names.extend(TOPIC_GENERATORS[topic])
    return names


class _QuizSoFar:
    """What a quiz already holds, at the three levels of 'the same question again'."""

    def __init__(self):
        self.questions: list[Question] = []
        self.facts: set[str] = set()
        self.pairs: set[tuple[str, str]] = set()
        self.keys: set[str] = set()
        self.texts: set[tuple[str, frozenset]] = set()

    STRICTEST = 3

    def is_new(self, question: Question, strictness: int) -> bool:
        if (question.stem, frozenset(question.options)) in self.texts:
            return False
        if strictness >= 1 and question.key in self.keys:
            return False
        if strictness >= 2 and (question.fact, question.angle) in self.pairs:
            return False
        return strictness < 3 or question.fact not in self.facts

    def add(self, question: Question):
        self.questions.append(question)
        self.facts.add(question.fact)
        self.pairs.add((question.fact, question.angle))
        self.keys.add(question.key)
        self.texts.add((question.stem, frozenset(question.options)))


def _fill(quiz: _QuizSoFar, draw: Callable[[], Question], count: int, what: str):
    """Add ``count`` questions from ``draw``, each as new as the bank allows."""
    target = len(quiz.questions) + count
    strictness, misses = _QuizSoFar.STRICTEST, 0
    while len(quiz.questions) < target:
        question = draw()
        if quiz.is_new(question, strictness):
            quiz.add(question)
            misses = 0
            continue
        misses += 1
        if strictness > 0 and misses >= _RELAX_AFTER:
            strictness, misses = strictness - 1, 0
        elif misses >= _MAX_MISSES:
            raise NotEnoughFacts(
                f"{what} offer fewer than {target} distinct questions; ask for fewer questions"
            )


def build_quiz(topics: Iterable[str], count: int, seed: int) -> list[Question]:
    """`count` questions spread evenly over the topics, as varied as the bank allows."""
    topics = list(dict.fromkeys(topics))
    generators_for(topics)  # refuses unknown topics before any work
    if not topics:
        raise UnknownTopic("choose at least one topic")
    rng = random.Random(seed)
    order = topics[:]
    rng.shuffle(order)
    quiz = _QuizSoFar()
    for position in range(count):
        topic = order[position % len(order)]
        _fill(
            quiz,
            lambda topic=topic: generate(rng.choice(TOPIC_GENERATORS[topic]), rng.randrange(2**31)),
            1,
            "these topics",
        )
    return quiz.questions


def build_exam(count: int, seed: int) -> list[Question]:
    """An exam drawn by the blueprint: questions per task statement by its weight, each
    (concept, angle) pair at most once while the task statement has pairs left."""
    rng = random.Random(seed)
    pairs_by_task = _pairs_by_task()
    quiz = _QuizSoFar()
    for task, share in allocate(count, {task: len(p) for task, p in pairs_by_task.items()}):
        pairs = pairs_by_task[task][:]
        rng.shuffle(pairs)
        queue = iter(pairs)

        def draw(pairs=pairs, queue=queue):
            generator, index = next(queue, None) or rng.choice(pairs)
            return _question_on(generator, index, rng)

        _fill(quiz, draw, share, f"the task statement {task}'s questions")
    rng.shuffle(quiz.questions)
    return quiz.questions


def _pairs_by_task() -> dict[str, list[tuple[str, int | None]]]:
    """(generator, concept index) for every (concept, angle) pair, by task statement; the
    policy engine's generators, which draw their own scenario, count once each."""
    pairs: dict[str, list[tuple[str, int | None]]] = {}
    for name, generator in ANGLE_GENERATORS.items():
        for index, concept in enumerate(generator.concepts):
            pairs.setdefault(concept.task, []).append((name, index))
    for name in (*policy_evaluation.GENERATORS, *policy_reading.GENERATORS):
        pairs.setdefault(POLICY_EVALUATION_TASK, []).append((name, None))
    return pairs


def _question_on(generator: str, index: int | None, rng: random.Random) -> Question:
    if index is None:
        return generate(generator, rng.randrange(2**31))
    count = len(ANGLE_GENERATORS[generator].concepts)
    return generate(generator, seed_for(index, count, rng.randrange(2**24)))


def question_on_concept(card_id: str, rng: random.Random, *, avoid_angle: str = "") -> Question:
    """A question on the concept behind ``card_id``, from another angle than ``avoid_angle``
    when the concept has one: what spaced review shows."""
    choices = [
        (name, index)
        for name, generator in ANGLE_GENERATORS.items()
        for index, concept in enumerate(generator.concepts)
        if concept.card_id == card_id
    ]
    if not choices:
        raise UnknownGenerator(f"no concept is called {card_id!r}")
    fresh = [(name, i) for name, i in choices if ANGLE_GENERATORS[name].angle != avoid_angle]
    generator, index = rng.choice(fresh or choices)
    return _question_on(generator, index, rng)
