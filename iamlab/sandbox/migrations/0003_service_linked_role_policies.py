"""Service-linked roles get the AWS managed policy IAM attaches to them.

Roles created by CreateServiceLinkedRole before the sandbox attached these had no permissions
policy; each one gets its service's policy now, as in AWS.
"""

from django.db import migrations

PREFIX = "arn:aws:iam::aws:policy/aws-service-role/"
POLICIES = {
    "AWSServiceRoleForAutoScaling": PREFIX + "AutoScalingServiceRolePolicy",
    "AWSServiceRoleForElasticLoadBalancing": PREFIX + "AWSElasticLoadBalancingServiceRolePolicy",
    "AWSServiceRoleForSupport": PREFIX + "AWSSupportServiceRolePolicy",
}


def forward(apps, schema_editor):
    IamRole = apps.get_model("sandbox", "IamRole")
    Attachment = apps.get_model("sandbox", "Attachment")
    for role in IamRole.objects.filter(service_linked=True, name__in=POLICIES):
        arn = POLICIES[role.name]
        if not Attachment.objects.filter(role=role, policy_arn=arn).exists():
            Attachment.objects.create(account_id=role.account_id, policy_arn=arn, role=role)


def backward(apps, schema_editor):
    Attachment = apps.get_model("sandbox", "Attachment")
    Attachment.objects.filter(role__service_linked=True, policy_arn__in=POLICIES.values()).delete()


class Migration(migrations.Migration):
    dependencies = [("sandbox", "0002_supportuser_job_function_arn")]

    operations = [migrations.RunPython(forward, backward)]
