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
from collections.abc import Callable, Iterable, Iterator

from quizzes.catalogues import topics
from quizzes.catalogues.concepts import Concept, Topic
from quizzes.coverage import POLICY_EVALUATION_TASK, allocate
from quizzes.generators import policy_evaluation, policy_reading
from quizzes.generators.angles import AngleGenerator, generators_for_topics, seed_for
from quizzes.generators.assembly import Draft, finish
from quizzes.question import TOPICS, Question

DATA_TOPICS: tuple[Topic, ...] = topics.ALL
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

# Draws in a row that bring only questions already in the quiz before build_quiz gives up.
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


Pair = tuple[str, int | None]  # (generator, concept index); None: the generator draws its own


def _all_pairs() -> list[Pair]:
    """Every (concept, angle) pair as (generator, concept index); the policy engine's
    generators, which draw their own scenario, count once each."""
    pairs: list[Pair] = [
        (name, index)
        for name, generator in ANGLE_GENERATORS.items()
        for index in range(len(generator.concepts))
    ]
    pairs += [(name, None) for name in GENERATORS if name not in ANGLE_GENERATORS]
    return pairs


def _concept_of(pair: Pair) -> str:
    name, index = pair
    return name if index is None else ANGLE_GENERATORS[name].concepts[index].card_id


def _task_of(pair: Pair) -> str:
    name, index = pair
    return POLICY_EVALUATION_TASK if index is None else CONCEPTS[_concept_of(pair)].task


def _spread(pairs: list[Pair], rng: random.Random) -> Iterator[Pair]:
    """Each pair once in random order, but a concept's first pair before any concept's
    second, then pairs at random: a quiz asks as many concepts as it has room for. Every pair
    is as likely as any other to come early, which keeps two quizzes' pairs apart."""
    shuffled = pairs[:]
    rng.shuffle(shuffled)
    seen: set[str] = set()
    firsts, later = [], []
    for pair in shuffled:
        concept = _concept_of(pair)
        (later if concept in seen else firsts).append(pair)
        seen.add(concept)
    yield from firsts
    yield from later
    while True:
        yield rng.choice(pairs)


def _question_on(generator: str, index: int | None, rng: random.Random) -> Question:
    if index is None:
        return generate(generator, rng.randrange(2**31))
    count = len(ANGLE_GENERATORS[generator].concepts)
    return generate(generator, seed_for(index, count, rng.randrange(2**24)))


class _Quiz:
    """Questions drawn so far; a question whose key (claim, scenario…) or whose text is
    already in the quiz is drawn again."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.questions: list[Question] = []
        self.keys: set[str] = set()
        self.texts: set[tuple[str, frozenset]] = set()

    def add_from(self, pairs: Iterator[Pair], what: str):
        for _ in range(_MAX_MISSES):
            question = _question_on(*next(pairs), self.rng)
            text = (question.stem, frozenset(question.options))
            if question.key not in self.keys and text not in self.texts:
                self.questions.append(question)
                self.keys.add(question.key)
                self.texts.add(text)
                return
        raise NotEnoughFacts(
            f"{what} offer fewer than {len(self.questions) + 1} distinct questions; "
            "ask for fewer questions"
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
    pairs = _all_pairs()
    drawers = {
        topic: _spread([p for p in pairs if p[0].split("/")[0] == topic], rng) for topic in order
    }
    quiz = _Quiz(rng)
    for position in range(count):
        quiz.add_from(drawers[order[position % len(order)]], "these topics")
    return quiz.questions


def build_exam(count: int, seed: int) -> list[Question]:
    """An exam drawn by the blueprint: each task statement's share of the questions by its
    weight (quizzes/coverage.py), spread over its concepts and their angles."""
    rng = random.Random(seed)
    by_task: dict[str, list[Pair]] = {}
    for pair in _all_pairs():
        by_task.setdefault(_task_of(pair), []).append(pair)
    quiz = _Quiz(rng)
    for task, share in allocate(count, {task: len(p) for task, p in by_task.items()}):
        drawer = _spread(by_task[task], rng)
        for _ in range(share):
            quiz.add_from(drawer, f"the task statement {task}'s questions")
    rng.shuffle(quiz.questions)
    return quiz.questions


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
