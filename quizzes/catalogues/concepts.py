"""The bank's data: concepts of the CLF-C02 access-management content, each with its facts.

A topic is a list of concepts. A concept is one thing a learner must know (IAM Identity
Center, an SCP, the credential report…) and carries the material every angle of question
is built from:

- ``true`` / ``false`` claims: statements about the concept, each citing the current AWS
  page that states it (a false claim cites the page that states the contrary). A false
  claim is a plausible misconception, never just the negation of a true one; where it does
  contradict one, ``negates`` names it so the two never share a question.
- ``scenarios``: a goal a company has, which this concept meets and its near neighbours do
  not. Stems are assembled from a pool of actors, the goal and an optional constraint.
- ``practices``: a situation, the AWS-recommended action, and real alternatives a team
  might choose, each wrong for a stated reason.
- ``near``: ids of the concepts (in any topic) a learner most easily confuses with this one;
  scenario distractors come from them first. ``overlaps``: concepts that are right too
  wherever this one is (a service-linked role is an IAM role), never offered beside it.

Every variant of a concept reviews the same spaced-review card: ``card_id``.
"""

from dataclasses import dataclass, field

# What a scenario question asks for, by the kind of the concept it is about. Options of a
# scenario question are concepts of one kind, so they agree with the question's grammar.
KIND_QUESTIONS: dict[str, tuple[str, ...]] = {
    "service": (
        "Which AWS service or feature should it use?",
        "Which AWS service or feature meets these requirements?",
    ),
    # Not "Which IAM identity": the root user and an instance profile are options too.
    "identity": (
        "Which identity or IAM feature should it use?",
        "Which of these meets the requirements?",
    ),
    "policy": (
        "Which type of policy should it use?",
        "Which type of policy meets these requirements?",
    ),
    "credential": (
        "Which type of credential should it use?",
        "Which credential meets these requirements?",
    ),
}

# CLF-C02 task statements this bank covers (exam guide, Domain 2: Security and Compliance).
TASKS = ("2.1", "2.2", "2.3")


@dataclass(frozen=True)
class Claim:
    """A statement about a concept, as it reads as an answer option."""

    id: str  # unique within the concept
    text: str  # the option, worded to answer the concept's ask_* stems
    why: str  # why it is true, or why it is false, as the cited page says
    reference: str  # the current AWS page that states it (or states the contrary)
    negates: str = ""  # false claims: the id of the true claim it contradicts, if any


@dataclass(frozen=True)
class Scenario:
    """A goal this concept meets, read as "<actor> wants to <goal>[, <constraint>]."."""

    id: str  # unique within the concept
    goal: str  # a clause after "wants to", lower case, no full stop
    why: str  # why this concept meets it (and, where useful, why its neighbours do not)
    constraint: str = ""  # an optional clause after the goal: "without creating IAM users"
    reference: str = ""  # the page that says so, when it is not the concept's own


@dataclass(frozen=True)
class Option:
    text: str
    why: str


@dataclass(frozen=True)
class Practice:
    """A best-practice question: a situation, what AWS recommends, and real alternatives."""

    id: str  # unique within the concept
    situation: str  # the scene, one or two sentences ending in a full stop
    question: str  # "What should the team do?", "Which action should the company take FIRST?"
    recommended: Option
    alternatives: tuple[Option, ...]  # at least three, each wrong for the reason given
    reference: str


@dataclass(frozen=True)
class Concept:
    id: str  # stable: part of spaced-review card ids
    name: str  # as an answer option: "AWS IAM Identity Center"
    kind: str  # a key of KIND_QUESTIONS, or "" when it is never a scenario's answer
    subject: str  # how a stem names it: "IAM Identity Center"
    purpose: str  # one sentence: what it is for; says why it is wrong where it does not fit
    heading: str  # the lesson section that teaches it: "security-IAM#groups"
    reference: str  # the AWS page about it
    task: str  # the CLF-C02 task statement it belongs to: one of TASKS
    true: tuple[Claim, ...] = ()
    false: tuple[Claim, ...] = ()
    scenarios: tuple[Scenario, ...] = ()
    practices: tuple[Practice, ...] = ()
    near: tuple[str, ...] = ()  # concept ids, this topic's or "topic:concept" for another's
    # Concepts that are also right wherever this one is (a service-linked role is an IAM
    # role): never offered beside it, in either direction.
    overlaps: tuple[str, ...] = ()
    # Stems for claim questions, when "Which statement about <subject> is true?" does not read
    # well with the claims as options. ask_many stems take "(Choose TWO.)" after them.
    ask_true: tuple[str, ...] = ()
    ask_false: tuple[str, ...] = ()
    ask_many: tuple[str, ...] = ()
    topic: str = field(default="", compare=False)  # set by Topic

    @property
    def card_id(self) -> str:
        return f"{self.topic}:{self.id}"

    def true_stems(self) -> tuple[str, ...]:
        return self.ask_true or (
            f"Which statement about {self.subject} is true?",
            f"Which statement about {self.subject} is correct?",
        )

    def false_stems(self) -> tuple[str, ...]:
        return self.ask_false or (
            f"Which statement about {self.subject} is NOT true?",
            f"Which statement about {self.subject} is incorrect?",
        )

    def many_stems(self) -> tuple[str, ...]:
        return self.ask_many or (
            f"Which statements about {self.subject} are true?",
            f"Which statements about {self.subject} are correct?",
        )


@dataclass(frozen=True)
class Topic:
    id: str  # part of URLs (?topic=…) and of export_quiz --topics
    title: str
    concepts: tuple[Concept, ...]

    def __post_init__(self):
        # Concepts learn their topic here so a card id needs no second spelling of it.
        for concept in self.concepts:
            object.__setattr__(concept, "topic", self.id)
