"""What a learner did with quiz questions: attempts, their answers and review cards.

A question itself is never stored: an attempt keeps the ``(generator, seed)``
that rebuilds it, plus the topic and fact copied out so that dashboards and
review scheduling can be answered by the database without regenerating.
"""

from django.db import models

from iamlab.accounts.models import Learner
from quizzes import scoring
from quizzes.question import TOPICS


class Attempt(models.Model):
    """One sitting: a practice run, a review session, an exam, or another app's quiz."""

    class Mode(models.TextChoices):
        PRACTICE = "practice", "Practice"
        REVIEW = "review", "Spaced review"
        EXAM = "exam", "Exam simulation"
        ASSIGNMENT = "assignment", "Assignment"

    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="quiz_attempts")
    mode = models.CharField(max_length=20, choices=Mode.choices)
    topics = models.JSONField(default=list)  # the topics questions are drawn from
    started_at = models.DateTimeField(auto_now_add=True)
    # Server-authoritative end of a timed attempt; the page's clock only displays it.
    deadline = models.DateTimeField(null=True, blank=True)
    # False when the deadline is only a due date days away (an assignment with no time
    # limit): the page says when it is due instead of counting down thousands of minutes.
    clock = models.BooleanField(default=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    # Filled in by finish_attempt so the history needs no regeneration.
    correct_count = models.PositiveIntegerField(null=True, blank=True)
    question_count = models.PositiveIntegerField(null=True, blank=True)
    # Finished, but its answers not yet rated into spaced review: review shows keys and
    # explanations, so the cards wait until the attempt may show its answers (quizzes.reveal).
    cards_pending = models.BooleanField(default=False)

    class Meta:
        ordering = ["-started_at", "-pk"]
        indexes = [models.Index(fields=["learner", "-started_at"])]
        constraints = [
            # A double click on "Start exam", even on two app servers, starts one exam.
            models.UniqueConstraint(
                fields=["learner"],
                condition=models.Q(mode="exam", finished_at__isnull=True),
                name="one_running_exam_per_learner",
            )
        ]

    def __str__(self):
        return f"{self.get_mode_display()} #{self.pk}"

    @property
    def is_finished(self) -> bool:
        return self.finished_at is not None

    @property
    def is_timed(self) -> bool:
        return self.deadline is not None

    @property
    def scaled_score(self) -> int | None:
        if self.correct_count is None:
            return None
        return scoring.scaled_score(self.correct_count, self.question_count)


class AttemptQuestion(models.Model):
    """A question at one position of an attempt, and what the learner answered."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="questions")
    position = models.PositiveIntegerField()  # 1-based, as shown to the learner
    generator = models.CharField(max_length=100)
    seed = models.BigIntegerField()
    topic = models.CharField(max_length=40, choices=list(TOPICS.items()))
    fact = models.CharField(max_length=200)
    lesson = models.CharField(max_length=300, blank=True)
    choices = models.JSONField(null=True, blank=True)  # ascending option indexes, None unanswered
    # The question as the learner saw it (quizzes.bank.as_dict): the bank's facts change, and
    # what was asked must not change with them. Rows from before it was kept have None.
    snapshot = models.JSONField(null=True, blank=True)
    is_correct = models.BooleanField(null=True, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    flagged = models.BooleanField(default=False)

    class Meta:
        ordering = ["attempt", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "position"], name="one_question_per_position"
            )
        ]

    def __str__(self):
        return f"{self.attempt} Q{self.position} ({self.generator}:{self.seed})"

    @property
    def is_answered(self) -> bool:
        return bool(self.choices)


class ReviewCard(models.Model):
    """One concept a learner has met, scheduled for spaced review with FSRS.

    ``fact`` is the concept's card id (``topic:concept``): every question on the concept,
    whatever its angle, rates this one card.
    """

    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="review_cards")
    fact = models.CharField(max_length=200)
    topic = models.CharField(max_length=40, choices=list(TOPICS.items()))
    # The last question that rated the card: review asks the concept from another angle.
    generator = models.CharField(max_length=100)
    seed = models.BigIntegerField()
    state = models.JSONField()  # fsrs.Card.to_dict()
    due = models.DateTimeField()
    last_reviewed_at = models.DateTimeField()
    reviews = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["due"]
        constraints = [
            models.UniqueConstraint(fields=["learner", "fact"], name="one_card_per_fact")
        ]
        indexes = [models.Index(fields=["learner", "due"])]

    def __str__(self):
        return f"{self.learner}: {self.fact}"


class StudyPlan(models.Model):
    """How a learner wants spaced review to schedule their cards."""

    DEFAULT_RETENTION = 0.9
    # Above this, FSRS's intervals shrink fast and the daily workload climbs steeply.
    HIGH_RETENTION = 0.95

    learner = models.OneToOneField(Learner, on_delete=models.CASCADE, related_name="study_plan")
    # The probability of recalling a card when it falls due, which FSRS aims for.
    desired_retention = models.FloatField(default=DEFAULT_RETENTION)
    # When set, every studied concept is due for review before this day.
    exam_date = models.DateField(null=True, blank=True)

    def __str__(self):
        return f"{self.learner}: retention {self.desired_retention}, exam {self.exam_date}"
