"""Users remember when their console password was set (the credential report's
password_last_changed). A password set before this migration is dated from the user's
creation, the only time the sandbox recorded."""

from django.db import migrations, models


def forward(apps, schema_editor):
    IamUser = apps.get_model("sandbox", "IamUser")
    IamUser.objects.filter(console_password_set=True, password_last_changed=None).update(
        password_last_changed=models.F("created_at")
    )


class Migration(migrations.Migration):
    dependencies = [("sandbox", "0003_service_linked_role_policies")]

    operations = [
        migrations.AddField(
            model_name="iamuser",
            name="password_last_changed",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.RunPython(forward, migrations.RunPython.noop),
    ]
