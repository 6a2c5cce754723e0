"""What a generated question is: the contract between generators and study flows.

A question is rebuilt from ``(generator, seed)`` at any time; attempts store those two, a
snapshot of the question as shown, and the learner's answer. Nothing here touches the
database.
"""

from dataclasses import dataclass, field
from typing import Literal

from quizzes.catalogues.topics import ALL

# Topic ids are part of URLs (?topic=…), of export_quiz --topics and of the
# lessons' "Practice this" hooks: change them only with all three.
TOPICS: dict[str, str] = {topic.id: topic.title for topic in ALL}

Kind = Literal["single", "multiple"]


@dataclass(frozen=True)
class Question:
    generator: str  # registry name of the generator that built it
    seed: int
    topic: str  # a key of TOPICS
    kind: Kind  # "single": one of four; "multiple": two or three of five
    stem: str
    options: tuple[str, ...]
    answer: tuple[int, ...]  # indexes into options, ascending
    explanation: str  # why the answer is right
    option_explanations: tuple[str, ...]  # one per option: why it is right or wrong
    fact: str  # the concept tested: its spaced-review card, whatever the angle
    lesson: str  # Obsidian-style link target into the lessons, e.g. "security-IAM#best practices"
    references: tuple[str, ...]  # AWS documentation URLs the explanation rests on
    difficulty: int = 1  # 1 easy, 2 medium, 3 hard
    angle: str = ""  # how the concept is asked: direct, reverse, many, scenario, practice…
    key: str = ""  # the exact thing the key rests on (a claim, a scenario): once per quiz
    advanced: bool = False  # beyond Cloud Practitioner level, marked so on the page
    case: dict | None = field(
        default=None, compare=False
    )  # evaluation case, policy-evaluation only

    @property
    def id(self) -> str:
        return f"{self.generator}:{self.seed}"

    def __post_init__(self):
        if self.topic not in TOPICS:
            raise ValueError(f"unknown topic {self.topic!r}")
        expected_options = 4 if self.kind == "single" else 5
        if len(self.options) != expected_options:
            raise ValueError(f"a {self.kind} question has {expected_options} options")
        if len(set(self.options)) != len(self.options):
            raise ValueError("options must be distinct")
        if list(self.answer) != sorted(set(self.answer)) or not all(
            0 <= i < len(self.options) for i in self.answer
        ):
            raise ValueError("answer must be ascending, distinct indexes into options")
        allowed_counts = {1} if self.kind == "single" else {2, 3}
        if len(self.answer) not in allowed_counts:
            raise ValueError(f"a {self.kind} question has {allowed_counts} correct options")
        if len(self.option_explanations) != len(self.options):
            raise ValueError("every option needs its explanation")
