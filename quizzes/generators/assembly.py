"""Turning computed right and wrong choices into an exam-style Question.

Generators decide *what* is right and wrong; this module alone decides how it
looks on the exam: option order, the "Choose TWO" suffix and the per-option
explanations, so every topic follows the same exam conventions.
"""

import random
from collections.abc import Sequence
from dataclasses import dataclass

from quizzes.question import Kind, Question

CHOOSE = {2: "TWO", 3: "THREE"}


@dataclass(frozen=True)
class Choice:
    text: str
    why: str  # why this option is right or wrong, read after answering


@dataclass(frozen=True)
class Draft:
    """Everything a generator computes; shuffling and numbering happen in `finish`."""

    topic: str
    stem: str
    correct: Sequence[Choice]
    wrong: Sequence[Choice]
    explanation: str
    fact: str  # the concept's card id: every variant of a concept reviews the same card
    lesson: str
    references: Sequence[str]
    difficulty: int = 1
    case: dict | None = None
    angle: str = ""  # direct, reverse, many, scenario, practice, reading, evaluation
    key: str = ""  # what exactly the key is (claim, scenario, outcome): one per quiz
    advanced: bool = False  # beyond Cloud Practitioner level: reading JSON policies

    @property
    def kind(self) -> Kind:
        return "single" if len(self.correct) == 1 else "multiple"


def finish(draft: Draft, *, generator: str, seed: int, rng: random.Random) -> Question:
    correct_texts = {choice.text for choice in draft.correct}
    options = [*draft.correct, *draft.wrong]
    rng.shuffle(options)
    stem = draft.stem
    if draft.kind == "multiple":
        stem = f"{stem} (Choose {CHOOSE[len(draft.correct)]}.)"
    return Question(
        generator=generator,
        seed=seed,
        topic=draft.topic,
        kind=draft.kind,
        stem=stem,
        options=tuple(option.text for option in options),
        answer=tuple(i for i, option in enumerate(options) if option.text in correct_texts),
        explanation=draft.explanation,
        option_explanations=tuple(
            ("Correct. " if option.text in correct_texts else "Incorrect. ") + option.why
            for option in options
        ),
        fact=draft.fact,
        angle=draft.angle,
        key=draft.key or draft.fact,
        advanced=draft.advanced,
        lesson=draft.lesson,
        references=tuple(dict.fromkeys(draft.references)),
        difficulty=draft.difficulty,
        # the case's id ties a line of an exported case file back to its question
        case=None if draft.case is None else {"id": f"{generator}:{seed}", **draft.case},
    )
