"""Questions from every angle on a concept, for any topic written as data (catalogues/concepts.py).

An angle is a way of asking about a concept, in the CLF-C02 voice:

- direct: one true claim among false ones ("Which statement about … is true?");
- reverse: one false claim among true ones ("Which … is NOT true?");
- many: two or three true claims among false ones ("(Choose TWO.)");
- scenario: a company's goal; the concept that meets it among three of the same kind,
  the most confusable first;
- use-case: the reverse of a scenario: the concept named, and its goal among the goals of
  concepts whose scenarios were written against it (same kind, same topic or near it);
- practice: a situation; the AWS-recommended action among real alternatives.

A generator is one angle of one topic. Its seed picks the concept (``seed % len``) before
anything else, so ``seed_for(concept_index, k)`` reaches any concept directly: the exam
blueprint and spaced review draw a concept first and a question on it second.
"""

import itertools
import random
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from quizzes.catalogues.concepts import KIND_QUESTIONS, Claim, Concept, Topic
from quizzes.generators.assembly import Choice, Draft

ANGLES = ("direct", "reverse", "many", "scenario", "use-case", "practice")

ACTORS = (
    "A company",
    "A startup",
    "A retail company",
    "A healthcare company",
    "A media company",
    "A financial services company",
    "A university",
    "A game studio",
    "A logistics company",
    "A charity",
)

TRUE_NOTE = "This statement is true. "
FALSE_NOTE = "This statement is false. "
# Distractors are drawn from the candidates closest in length to the key, among this many
# of them picked at random, so that length carries no signal and variety stays.
LENGTH_WINDOW = 5
# Draws of distractors tried before accepting one in which the key alone echoes the stem.
ECHO_RETRIES = 6


def needs(angle: str, concept: Concept, by_card: Mapping[str, Concept]) -> bool:
    """Whether ``concept`` has the material for a question from ``angle``."""
    return {
        "direct": bool(_keys_with_room(concept.true, concept.false, 3)),
        "reverse": bool(_keys_with_room(concept.false, concept.true, 3)),
        "many": bool(_key_sets(concept, 2)),
        "scenario": bool(concept.kind and concept.scenarios),
        "use-case": len(_goal_rivals(concept, by_card)) >= 3,
        "practice": any(len(p.alternatives) >= 3 for p in concept.practices),
    }[angle]


def _keys_with_room(keys: Sequence[Claim], others: Sequence[Claim], room: int) -> list[Claim]:
    """The claims of ``keys`` that leave ``room`` claims of ``others`` to stand beside them."""
    return [key for key in keys if len(_compatible(others, [key])) >= room]


def _key_sets(concept: Concept, count: int) -> list[tuple[Claim, ...]]:
    """Sets of ``count`` true claims that leave enough false ones for a five-option question."""
    return [
        keys
        for keys in itertools.combinations(concept.true, count)
        if len(_compatible(concept.false, keys)) >= 5 - count
    ]


def seed_for(concept_index: int, concept_count: int, k: int) -> int:
    """A seed whose question is on the ``concept_index``-th eligible concept."""
    return concept_index + concept_count * k


@dataclass(frozen=True)
class AngleGenerator:
    topic: Topic
    angle: str
    concepts: tuple[Concept, ...]  # the topic's concepts with material for this angle
    by_kind: Mapping[str, Sequence[Concept]]  # every topic's concepts, for scenario options
    by_card: Mapping[str, Concept]

    @property
    def name(self) -> str:
        return f"{self.topic.id}/{self.angle}"

    def concept_for(self, seed: int) -> Concept:
        return self.concepts[seed % len(self.concepts)]

    def __call__(self, rng: random.Random, seed: int) -> Draft:
        concept = self.concept_for(seed)
        build = BUILDERS[self.angle]
        return build(rng, concept, self)


def generators_for_topics(topics: Sequence[Topic]) -> dict[str, AngleGenerator]:
    every = [concept for topic in topics for concept in topic.concepts]
    by_kind: dict[str, list[Concept]] = {}
    for concept in every:
        if concept.kind:
            by_kind.setdefault(concept.kind, []).append(concept)
    by_card = {concept.card_id: concept for concept in every}
    generators = {}
    for topic in topics:
        for angle in ANGLES:
            eligible = tuple(c for c in topic.concepts if needs(angle, c, by_card))
            if eligible:
                generator = AngleGenerator(topic, angle, eligible, by_kind, by_card)
                generators[generator.name] = generator
    return generators


# --- claims -------------------------------------------------------------------------------


def _claim_choice(concept: Concept, claim: Claim, *, true: bool) -> Choice:
    """A claim as an option. Statements say whether they are true; a concept with stems of
    its own ("Which task …?") has options that are not statements, and its whys say it all."""
    if concept.ask_true or concept.ask_false or concept.ask_many:
        return Choice(claim.text, claim.why)
    return Choice(claim.text, (TRUE_NOTE if true else FALSE_NOTE) + claim.why)


def _compatible(candidates: Sequence[Claim], keys: Sequence[Claim]) -> list[Claim]:
    """Claims that may stand beside ``keys``: none contradicts or is contradicted by a key."""
    key_ids = {claim.id for claim in keys}
    negated = {claim.negates for claim in keys if claim.negates}
    return [c for c in candidates if c.negates not in key_ids and c.id not in negated]


def _near_in_length(rng: random.Random, candidates: Sequence, count: int, target: int, text):
    pool = list(candidates)
    rng.shuffle(pool)
    window = pool[: max(count, LENGTH_WINDOW)]
    window.sort(key=lambda item: abs(len(text(item)) - target))
    return window[:count]


def _pick_distractors(rng, candidates, count, keys_text, stem, text=lambda item: item.text):
    """``count`` distractors near the keys in length, avoiding a key that alone echoes the stem."""
    target = sum(len(t) for t in keys_text) // len(keys_text)
    for _ in range(ECHO_RETRIES):
        chosen = _near_in_length(rng, candidates, count, target, text)
        if not echoes_stem_alone(stem, keys_text, [text(item) for item in chosen]):
            break
    return chosen


def direct(rng: random.Random, concept: Concept, _gen: AngleGenerator) -> Draft:
    key = rng.choice(_keys_with_room(concept.true, concept.false, 3))
    stem = rng.choice(concept.true_stems())
    wrong = _pick_distractors(rng, _compatible(concept.false, [key]), 3, [key.text], stem)
    return _claims_draft(concept, "direct", stem, [key], wrong, keys_true=True, difficulty=1)


def reverse(rng: random.Random, concept: Concept, _gen: AngleGenerator) -> Draft:
    key = rng.choice(_keys_with_room(concept.false, concept.true, 3))
    stem = rng.choice(concept.false_stems())
    wrong = _pick_distractors(rng, _compatible(concept.true, [key]), 3, [key.text], stem)
    return _claims_draft(concept, "reverse", stem, [key], wrong, keys_true=False, difficulty=2)


def many(rng: random.Random, concept: Concept, _gen: AngleGenerator) -> Draft:
    threes = _key_sets(concept, 3)
    keys = list(rng.choice(threes if threes and rng.random() < 0.35 else _key_sets(concept, 2)))
    rng.shuffle(keys)
    count = len(keys)
    stem = rng.choice(concept.many_stems())
    candidates = _compatible(concept.false, keys)
    wrong = _pick_distractors(rng, candidates, 5 - count, [k.text for k in keys], stem)
    return _claims_draft(concept, "many", stem, keys, wrong, keys_true=True, difficulty=count)


def _claims_draft(concept, angle, stem, keys, wrong, *, keys_true: bool, difficulty: int):
    if len(wrong) < (3 if len(keys) == 1 else 5 - len(keys)):
        raise ValueError(f"{concept.card_id}: too few claims compatible with {keys[0].id}")
    return Draft(
        topic=concept.topic,
        stem=stem,
        correct=[_claim_choice(concept, claim, true=keys_true) for claim in keys],
        wrong=[_claim_choice(concept, claim, true=not keys_true) for claim in wrong],
        explanation=" ".join(claim.why for claim in keys),
        fact=concept.card_id,
        angle=angle,
        key=f"{concept.card_id}:{angle}:{'+'.join(sorted(claim.id for claim in keys))}",
        lesson=concept.heading,
        references=[concept.reference, *(claim.reference for claim in (*keys, *wrong))],
        difficulty=difficulty,
    )


# --- scenarios and practices ----------------------------------------------------------------


def _resolve(concept: Concept, ref: str, by_card: Mapping[str, Concept]) -> Concept | None:
    return by_card.get(ref if ":" in ref else f"{concept.topic}:{ref}")


def _overlap(one: Concept, other: Concept, by_card: Mapping[str, Concept]) -> bool:
    """Whether either concept is right wherever the other is (``overlaps``, both ways)."""
    return any(_resolve(one, ref, by_card) is other for ref in one.overlaps) or any(
        _resolve(other, ref, by_card) is one for ref in other.overlaps
    )


def scenario_options(
    rng: random.Random, concept: Concept, generator: AngleGenerator
) -> list[Concept]:
    """Three concepts of the answer's kind, the most confusable first: its near neighbours,
    the concepts that name it as theirs, its topic's, its neighbours' neighbours. Only when
    those are fewer than three does a concept of another topic fill in, since a concept no
    author compared with this one may meet the scenario's goal too."""
    by_card = generator.by_card

    def neighbours(of: Concept) -> list[Concept]:
        return [c for ref in of.near if (c := _resolve(of, ref, by_card)) is not None]

    same_kind = [
        c
        for c in generator.by_kind[concept.kind]
        if c.name != concept.name and not _overlap(concept, c, by_card)
    ]
    near = [c for c in neighbours(concept) if c in same_kind]
    naming_it = [c for c in same_kind if concept in neighbours(c)]
    same_topic = [c for c in same_kind if c.topic == concept.topic]
    two_steps = [c for n in near for c in neighbours(n)]
    related = near[:2]  # the two an author named first are the real look-alikes: always shown
    for group in (near[2:], naming_it, same_topic, two_steps):
        group = [c for c in group if c in same_kind and c not in related]
        rng.shuffle(group)
        related.extend(group)
    if len(related) < 3:
        rest = [c for c in same_kind if c not in related]
        related.extend(rng.sample(rest, 3 - len(related)))
    # Mostly the nearest, with one of the next few now and then, so options vary.
    return related[:2] + rng.sample(related[2:5], 1)


def scenario(rng: random.Random, concept: Concept, generator: AngleGenerator) -> Draft:
    case = rng.choice(concept.scenarios)
    goal = case.goal + (f", {case.constraint}" if case.constraint else "")
    stem = f"{rng.choice(ACTORS)} wants to {goal}. {rng.choice(KIND_QUESTIONS[concept.kind])}"
    wrong = scenario_options(rng, concept, generator)
    return Draft(
        topic=concept.topic,
        stem=stem,
        correct=[Choice(concept.name, case.why)],
        wrong=[Choice(other.name, other.purpose) for other in wrong],
        explanation=case.why,
        fact=concept.card_id,
        angle="scenario",
        key=f"{concept.card_id}:scenario:{case.id}",
        lesson=concept.heading,
        references=[case.reference or concept.reference, *(o.reference for o in wrong)],
        difficulty=2,
    )


def _goal_rivals(concept: Concept, by_card: Mapping[str, Concept]) -> list[Concept]:
    """Concepts of the same kind whose scenarios were written to rule ``concept`` out: those
    of its topic, and those naming it as a near neighbour."""
    if not (concept.kind and concept.scenarios):
        return []
    return [
        other
        for other in by_card.values()
        if other.kind == concept.kind
        and other.name != concept.name
        and other.scenarios
        and not _overlap(concept, other, by_card)
        and (
            other.topic == concept.topic
            or any(_resolve(other, ref, by_card) is concept for ref in other.near)
        )
    ]


def _goal(case) -> str:
    text = case.goal + (f", {case.constraint}" if case.constraint else "")
    return text[0].upper() + text[1:]


def use_case(rng: random.Random, concept: Concept, generator: AngleGenerator) -> Draft:
    stem = rng.choice(
        (
            f"For which of these needs should a company choose {concept.subject}?",
            f"Which of these requirements can {concept.subject} meet?",
        )
    )
    for _ in range(ECHO_RETRIES):
        case = rng.choice(concept.scenarios)
        rivals = rng.sample(_goal_rivals(concept, generator.by_card), 3)
        wrong = [(other, rng.choice(other.scenarios)) for other in rivals]
        if not echoes_stem_alone(stem, [_goal(case)], [_goal(c) for _, c in wrong]):
            break
    return Draft(
        topic=concept.topic,
        stem=stem,
        correct=[Choice(_goal(case), case.why)],
        wrong=[
            Choice(_goal(other_case), f"That need calls for {other.subject}. {other_case.why}")
            for other, other_case in wrong
        ],
        explanation=case.why,
        fact=concept.card_id,
        angle="use-case",
        key=f"{concept.card_id}:use-case:{case.id}",
        lesson=concept.heading,
        references=[
            case.reference or concept.reference,
            *(other_case.reference or other.reference for other, other_case in wrong),
        ],
        difficulty=2,
    )


def practice(rng: random.Random, concept: Concept, _gen: AngleGenerator) -> Draft:
    case = rng.choice([p for p in concept.practices if len(p.alternatives) >= 3])
    stem = f"{case.situation} {case.question}"
    wrong = _pick_distractors(
        rng, case.alternatives, 3, [case.recommended.text], stem, text=lambda o: o.text
    )
    return Draft(
        topic=concept.topic,
        stem=stem,
        correct=[Choice(case.recommended.text, case.recommended.why)],
        wrong=[Choice(option.text, option.why) for option in wrong],
        explanation=case.recommended.why,
        fact=concept.card_id,
        angle="practice",
        key=f"{concept.card_id}:practice:{case.id}",
        lesson=concept.heading,
        references=[case.reference, concept.reference],
        difficulty=2,
    )


BUILDERS: dict[str, Callable[[random.Random, Concept, AngleGenerator], Draft]] = {
    "direct": direct,
    "reverse": reverse,
    "many": many,
    "scenario": scenario,
    "use-case": use_case,
    "practice": practice,
}


# --- giveaways ------------------------------------------------------------------------------

# Words every stem and option may share without telling anything.
_COMMON = frozenset(
    [
        "which",
        "what",
        "when",
        "where",
        "there",
        "their",
        "these",
        "those",
        "about",
        "other",
        "following",
        "statement",
        "statements",
        "true",
        "correct",
        "incorrect",
        "should",
        "would",
        "could",
        "wants",
        "using",
        "without",
        "within",
        "company",
        "companies",
        "requirements",
        "meets",
        "choose",
        "three",
    ]
)
_WORD = re.compile(r"[a-z][a-z0-9-]{4,}")


def _stems(text: str) -> set[str]:
    """Distinctive words of ``text``, cut to five letters so "rotate" meets "rotation"."""
    return {word[:5] for word in _WORD.findall(text.lower()) if word not in _COMMON}


def echoes_stem_alone(stem: str, keys: Sequence[str], distractors: Sequence[str]) -> bool:
    """True when the keys are exactly the options repeating a distinctive word of the stem."""
    stem_words = _stems(stem)
    if not stem_words:
        return False
    keys_echo = all(_stems(text) & stem_words for text in keys)
    return keys_echo and not any(_stems(text) & stem_words for text in distractors)
