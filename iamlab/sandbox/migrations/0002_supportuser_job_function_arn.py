"""SupportUser is a job-function policy: its ARN is arn:aws:iam::aws:policy/job-function/SupportUser.

Earlier the sandbox gave it the root path, so attachments and permissions boundaries stored
under that ARN are moved to the real one (the event history keeps what was recorded then).
"""

from django.db import migrations

OLD = "arn:aws:iam::aws:policy/SupportUser"
NEW = "arn:aws:iam::aws:policy/job-function/SupportUser"


def forward(apps, schema_editor):
    apps.get_model("sandbox", "Attachment").objects.filter(policy_arn=OLD).update(policy_arn=NEW)
    for model in ("IamUser", "IamRole"):
        apps.get_model("sandbox", model).objects.filter(permissions_boundary_arn=OLD).update(
            permissions_boundary_arn=NEW
        )


def backward(apps, schema_editor):
    apps.get_model("sandbox", "Attachment").objects.filter(policy_arn=NEW).update(policy_arn=OLD)
    for model in ("IamUser", "IamRole"):
        apps.get_model("sandbox", model).objects.filter(permissions_boundary_arn=NEW).update(
            permissions_boundary_arn=OLD
        )


class Migration(migrations.Migration):
    dependencies = [("sandbox", "0001_initial")]

    operations = [migrations.RunPython(forward, backward)]
