"""Questions built by hand, and a question bank that serves them in place of the generators.

Attempts store only ``(generator, seed)``; the fake bank rebuilds exactly the
questions a test made, so flow tests do not depend on what generators produce.
"""

import factory

from quizzes.question import Question

ROOT_TASKS = (
    "Close the AWS account",
    "Create an IAM user for an administrator",
    "Attach a managed policy to a group",
    "Create an IAM role for EC2",
)
FEATURES = (
    "Enable MFA for privileged users",
    "Share the root user's access keys",
    "Rotate access keys regularly",
    "Embed access keys in application code",
    "Grant permissions to one shared user",
)


class QuestionFactory(factory.Factory):
    class Meta:
        model = Question

    generator = factory.LazyAttribute(lambda q: f"fake-{q.topic}")
    seed = factory.Sequence(lambda n: 1000 + n)
    topic = "root-only"
    kind = "single"
    stem = factory.LazyAttribute(lambda q: f"Question {q.seed}: which task requires the root user?")
    options = ROOT_TASKS
    answer = (0,)
    explanation = "Closing the AWS account is one of the tasks only the root user can do."
    option_explanations = factory.LazyAttribute(
        lambda q: tuple(
            f"Why option {index + 1} is {'right' if index in q.answer else 'wrong'}"
            for index in range(len(q.options))
        )
    )
    fact = factory.LazyAttribute(lambda q: f"fact-{q.seed}")
    lesson = "security-IAM#root user"
    references = ("https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-tasks.html",)

    class Params:
        multiple = factory.Trait(
            kind="multiple",
            topic="features",
            options=FEATURES,
            answer=(0, 2),
            stem=factory.LazyAttribute(
                lambda q: f"Question {q.seed}: which are best practices? (Choose TWO.)"
            ),
        )


class FakeBank:
    """Stands in for quizzes.bank's generator calls, serving the questions tests made."""

    def __init__(self):
        self.questions: dict[tuple[str, int], Question] = {}

    def add(self, question: Question) -> Question:
        self.questions[(question.generator, question.seed)] = question
        return question

    def make(self, **fields) -> Question:
        return self.add(QuestionFactory(**fields))

    def question(self, generator: str, seed: int) -> Question:
        from quizzes.generators import UnknownGenerator

        try:
            return self.questions[(generator, seed)]
        except KeyError:
            raise UnknownGenerator(generator) from None

    def quiz(self, topics: list[str], count: int, seed: int) -> list[Question]:
        return [self.make(topic=topics[index % len(topics)]) for index in range(count)]

    def exam(self, count: int, seed: int) -> list[Question]:
        return self.quiz(["root-only", "features"], count, seed)

    def install(self, monkeypatch) -> "FakeBank":
        from quizzes import bank

        monkeypatch.setattr(bank, "question", self.question)
        monkeypatch.setattr(bank, "quiz", self.quiz)
        monkeypatch.setattr(bank, "exam", self.exam)
        return self
