"""Facts the quiz generators compute their answers from, kept as data.

Each entry carries the AWS documentation page it comes from, so every
explanation a generator writes can cite it.
"""

from dataclasses import dataclass

NOTE = "security-IAM"


@dataclass(frozen=True)
class Fact:
    id: str  # stable: part of spaced-review card ids
    text: str  # how it reads as an answer option
    why: str  # the documented reason it is (or is not) the answer
    reference: str  # AWS documentation URL
    # Further pages the fact rests on: AWS's published source of a page whose current version
    # no longer says it, or the AWS page the documentation sends readers to.
    sources: tuple[str, ...] = ()
    # The note's own heading about this fact, as a path ("features#PCI DSS compliant"); a
    # question whose fact this is links there rather than to its topic's section.
    heading: str = ""

    @property
    def references(self) -> tuple[str, ...]:
        return (self.reference, *self.sources)


def lesson(heading: str) -> str:
    """An Obsidian link target into the shipped IAM note, e.g. "security-IAM#groups"."""
    return f"{NOTE}#{heading}"


@dataclass(frozen=True)
class Concept:
    """A thing a scenario question asks the learner to choose: an identity, a policy type…"""

    id: str
    name: str  # as an answer option
    purpose: str  # what it is for; explains why it is wrong where it does not fit
    heading: str  # the note's heading about it
    reference: str


@dataclass(frozen=True)
class Scenario:
    id: str
    stem: str
    answer: str  # a Concept id
    why: str  # why that concept fits
    # concepts too close to the answer to be fair distractors here
    not_distractors: tuple[str, ...] = ()
