import django.db.models.deletion
from django.db import migrations, models

TOPIC_CHOICES = [
    ("root-only", "Tasks that require the root user"),
    ("users-vs-roles", "Users, groups and roles"),
    ("policy-types", "Policy types"),
    ("policy-evaluation", "Policy evaluation"),
    ("features", "IAM features and best practices"),
    ("workforce-identity", "Workforce identity and federation"),
    ("credentials-secrets", "Credentials and secrets"),
    ("least-privilege", "Least privilege in practice"),
    ("shared-responsibility", "Shared responsibility for identity and access"),
    ("organizations", "AWS Organizations and multi-account access"),
    ("monitoring", "Auditing and monitoring access"),
]


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("quizzes", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="attemptquestion",
            name="snapshot",
            field=models.JSONField(blank=True, null=True),
        ),
        migrations.AlterField(
            model_name="attemptquestion",
            name="topic",
            field=models.CharField(choices=TOPIC_CHOICES, max_length=40),
        ),
        migrations.AlterField(
            model_name="reviewcard",
            name="topic",
            field=models.CharField(choices=TOPIC_CHOICES, max_length=40),
        ),
        migrations.CreateModel(
            name="StudyPlan",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("desired_retention", models.FloatField(default=0.9)),
                ("exam_date", models.DateField(blank=True, null=True)),
                (
                    "learner",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="study_plan",
                        to="accounts.learner",
                    ),
                ),
            ],
        ),
    ]
