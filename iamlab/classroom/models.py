"""Classes, their students, live quizzes and quiz assignments.

Everything a live quiz needs to know lives in these rows, never in process
memory, so that the instructor's projector and a student's phone may be served
by different app server processes: the clock is a stored deadline, the current
question a stored position, and each answer a row the database keeps unique.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone

from quizzes.models import Attempt
from quizzes.question import TOPICS


class Classroom(models.Model):
    instructor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="classes_taught"
    )
    name = models.CharField(max_length=120)
    join_code = models.CharField(max_length=12, unique=True)
    join_code_expires_at = models.DateTimeField()
    created_at = models.DateTimeField(auto_now_add=True)
    archived_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["archived_at", "-created_at", "-pk"]

    def __str__(self):
        return self.name

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None

    @property
    def join_code_is_expired(self) -> bool:
        return timezone.now() >= self.join_code_expires_at


class Membership(models.Model):
    classroom = models.ForeignKey(Classroom, on_delete=models.CASCADE, related_name="memberships")
    student = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["student__username"]
        constraints = [
            models.UniqueConstraint(
                fields=["classroom", "student"], name="one_membership_per_class"
            )
        ]

    def __str__(self):
        return f"{self.student} in {self.classroom}"


def _pulse_key() -> str:
    return secrets.token_urlsafe(24)


class LiveQuiz(models.Model):
    """A quiz the instructor runs on the projector while students answer on their devices."""

    classroom = models.ForeignKey(Classroom, on_delete=models.CASCADE, related_name="live_quizzes")
    topics = models.JSONField(default=list)
    seconds_per_question = models.PositiveIntegerField(default=20)
    # Added to a question's time when it quotes a policy: reading JSON takes longer.
    policy_extra_seconds = models.PositiveIntegerField(default=0)
    question_count = models.PositiveIntegerField(default=0)
    # Students' pages poll the quiz's progress by this key rather than by logged-in id,
    # so that the once-a-second poll needs no session or user lookup. Only the play
    # page, shown to the class's students, reveals it.
    pulse_key = models.CharField(max_length=40, unique=True, default=_pulse_key)
    created_at = models.DateTimeField(auto_now_add=True)
    # 0 while students gather in the lobby; then the position of the question shown.
    current_position = models.PositiveIntegerField(default=0)
    # When the current question stops taking answers; the projector counts down to it.
    closes_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"Live quiz #{self.pk} in {self.classroom}"


class LiveQuestion(models.Model):
    live_quiz = models.ForeignKey(LiveQuiz, on_delete=models.CASCADE, related_name="questions")
    position = models.PositiveIntegerField()  # 1-based
    generator = models.CharField(max_length=100)
    seed = models.BigIntegerField()

    class Meta:
        ordering = ["live_quiz", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["live_quiz", "position"], name="one_live_question_per_position"
            )
        ]

    def __str__(self):
        return f"{self.live_quiz} Q{self.position}"


class LiveAnswer(models.Model):
    question = models.ForeignKey(LiveQuestion, on_delete=models.CASCADE, related_name="answers")
    student = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="live_answers"
    )
    choices = models.JSONField()  # ascending option indexes
    is_correct = models.BooleanField()
    points = models.PositiveIntegerField()
    answered_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            # The rule "one answer per student per question" is the database's to keep:
            # two app servers racing on a double tap cannot both win.
            models.UniqueConstraint(fields=["question", "student"], name="one_live_answer_each")
        ]

    def __str__(self):
        return f"{self.student} on {self.question}"


class Assignment(models.Model):
    """A quiz set for a class, taken through the quizzes app's attempts."""

    class ShowAnswers(models.TextChoices):
        AFTER_SUBMIT = "after_submit", "As soon as the student submits"
        AFTER_DUE = "after_due", "After the due time"
        NEVER = "never", "Never (score only)"

    classroom = models.ForeignKey(Classroom, on_delete=models.CASCADE, related_name="assignments")
    title = models.CharField(max_length=120)
    topics = models.JSONField(default=list)
    question_count = models.PositiveIntegerField()
    seed = models.BigIntegerField()
    # Same questions for everyone, or each student's own variants (seed mixed with their id);
    # either way a retake draws new ones (seed mixed with the try's number).
    per_student_questions = models.BooleanField(default=False)
    opens_at = models.DateTimeField()
    due_at = models.DateTimeField()
    time_limit_minutes = models.PositiveIntegerField(null=True, blank=True)
    max_attempts = models.PositiveIntegerField(default=1)
    show_answers = models.CharField(
        max_length=20, choices=ShowAnswers.choices, default=ShowAnswers.AFTER_SUBMIT
    )
    # The instructor showed the answers to the class, whatever show_answers says.
    answers_released_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["due_at", "pk"]

    def __str__(self):
        return self.title

    def topic_titles(self) -> list[str]:
        return [TOPICS.get(topic, topic) for topic in self.topics]


class AssignmentAttempt(models.Model):
    """Ties one of a student's quiz attempts to the assignment it was taken for."""

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="attempts")
    student = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assignment_attempts"
    )
    attempt = models.OneToOneField(Attempt, on_delete=models.CASCADE, related_name="assignment")
    number = models.PositiveIntegerField()  # 1 for the first try

    class Meta:
        ordering = ["assignment", "student", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["assignment", "student", "number"], name="one_assignment_try_per_number"
            )
        ]

    def __str__(self):
        return f"{self.student} try {self.number} at {self.assignment}"


class ClassChallenge(models.Model):
    """A sandbox challenge (from iamlab/classroom/challenges.py) set for a class."""

    classroom = models.ForeignKey(Classroom, on_delete=models.CASCADE, related_name="challenges")
    slug = models.CharField(max_length=60)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["classroom", "slug"], name="one_challenge_per_class")
        ]

    def __str__(self):
        return f"{self.slug} in {self.classroom}"

    @property
    def challenge(self):
        from iamlab.classroom.challenges import CHALLENGES

        return CHALLENGES[self.slug]


class ChallengeResult(models.Model):
    """A student's latest check of a challenge against their own sandbox account."""

    class_challenge = models.ForeignKey(
        ClassChallenge, on_delete=models.CASCADE, related_name="results"
    )
    student = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="challenge_results"
    )
    passed = models.BooleanField()
    requirements = models.JSONField()  # [{"text", "passed", "why"}], as last checked
    checked_at = models.DateTimeField()
    first_passed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["class_challenge", "student"], name="one_challenge_result_each"
            )
        ]

    def __str__(self):
        return f"{self.student} on {self.class_challenge}"
