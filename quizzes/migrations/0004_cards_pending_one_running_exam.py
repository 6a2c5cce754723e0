"""One running exam per learner, and answers that wait to be rated into spaced review.

A double click on "Start exam" could start two exams; before the constraint that prevents it,
each learner's older running exams are submitted as they stand (ended at their deadline if
it has passed), so that only the newest carries on.
"""

from django.db import migrations, models
from django.utils import timezone


def submit_all_but_the_newest_running_exam(apps, schema_editor):
    Attempt = apps.get_model("quizzes", "Attempt")
    now = timezone.now()
    newest = {}
    for exam in Attempt.objects.filter(mode="exam", finished_at__isnull=True).order_by(
        "-started_at", "-pk"
    ):
        if newest.setdefault(exam.learner_id, exam.pk) == exam.pk:
            continue
        questions = list(exam.questions.all())
        exam.finished_at = min(now, exam.deadline) if exam.deadline else now
        exam.question_count = len(questions)
        exam.correct_count = sum(1 for question in questions if question.is_correct)
        exam.save(update_fields=["finished_at", "question_count", "correct_count"])


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("quizzes", "0003_cards_per_concept"),
    ]

    operations = [
        migrations.AddField(
            model_name="attempt",
            name="cards_pending",
            field=models.BooleanField(default=False),
        ),
        migrations.RunPython(submit_all_but_the_newest_running_exam, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="attempt",
            constraint=models.UniqueConstraint(
                condition=models.Q(("finished_at__isnull", True), ("mode", "exam")),
                fields=("learner",),
                name="one_running_exam_per_learner",
            ),
        ),
    ]
