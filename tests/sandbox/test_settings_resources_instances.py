import importlib
import json

import pytest
from django.apps import apps
from django.urls import reverse

from iamlab.sandbox.aws_managed import aws_managed_arn, aws_managed_document, aws_managed_policy
from iamlab.sandbox.errors import SandboxError
from iamlab.sandbox.models import Attachment, Event, IamRole, Resource
from iamlab.sandbox.services import (
    account_settings,
    credentials,
    instances,
    policies,
    resources,
    roles,
)
from iamlab.sandbox.services.simulator import simulate
from iamlab.sandbox.services.users import user_create
from tests.sandbox.conftest import EC2_TRUST


def refused(code, service, **kwargs):
    with pytest.raises(SandboxError) as caught:
        service(**kwargs)
    assert caught.value.code == code
    return caught.value


@pytest.mark.parametrize("alias", ["ab", "-team", "team-", "Team", "a--b", "x" * 64])
def test_it_refuses_aliases_aws_refuses(account, alias):
    refused("ValidationError", account_settings.alias_set, account=account, alias=alias)


def test_a_valid_alias_is_saved(account):
    account_settings.alias_set(account=account, alias="my-lab-1")
    account.refresh_from_db()
    assert account.alias == "my-lab-1"


@pytest.mark.parametrize(
    "settings",
    [
        {"MinimumPasswordLength": "5"},
        {"MinimumPasswordLength": "129"},
        {"MaxPasswordAge": "1096"},
        {"PasswordReusePrevention": "25"},
    ],
)
def test_password_policy_values_outside_awss_ranges_are_refused(account, settings):
    refused(
        "ValidationError",
        account_settings.password_policy_update,
        account=account,
        settings=settings,
    )
    account.refresh_from_db()
    assert account.password_policy == {}


def test_a_console_password_must_follow_the_accounts_policy(account):
    user_create(account=account, name="alice")
    account_settings.password_policy_update(
        account=account, settings={"MinimumPasswordLength": "14", "RequireSymbols": "1"}
    )
    error = refused(
        "PasswordPolicyViolation",
        credentials.login_profile_create,
        account=account,
        user_name="alice",
        password="longbutnosymbols",
    )
    assert error.message == "Password should have at least one symbol"
    credentials.login_profile_create(
        account=account, user_name="alice", password="long-enough-with-!"
    )


def test_a_password_shorter_than_the_policy_says_so_in_awss_words(account):
    user_create(account=account, name="alice")
    account_settings.password_policy_update(
        account=account, settings={"MinimumPasswordLength": "12"}
    )
    error = refused(
        "PasswordPolicyViolation",
        credentials.login_profile_create,
        account=account,
        user_name="alice",
        password="Short-1",
    )
    assert error.message == "Password should have a minimum length of 12"


def test_without_a_custom_policy_the_default_needs_three_character_types(account):
    user_create(account=account, name="alice")
    error = refused(
        "PasswordPolicyViolation",
        credentials.login_profile_create,
        account=account,
        user_name="alice",
        password="lowercase123",
    )
    assert error.message == (
        "Password should meet 1 more of the following requirements: "
        "Password should have at least one uppercase letter, "
        "Password should have at least one symbol"
    )
    credentials.login_profile_create(account=account, user_name="alice", password="Mixed123")


def test_an_organization_scp_must_be_a_valid_scp(account):
    refused(
        "MalformedPolicyDocument",
        account_settings.organization_set,
        account=account,
        enabled=True,
        scp_document='{"Statement": []',
    )


@pytest.mark.parametrize("name", ["UPPER", "a", "has_underscore", "a..b"])
def test_bucket_names_follow_s3s_rules(account, name):
    refused("ValidationError", resources.resource_create, account=account, kind="s3", name=name)
    assert not Resource.objects.exists()


def test_a_kms_key_gets_an_id_and_an_arn_in_the_account(account):
    key = resources.resource_create(account=account, kind="kms")
    assert key.arn.startswith(f"arn:aws:kms:us-east-1:{account.account_id}:key/")


def test_a_queue_policy_can_allow_another_account(account):
    policy = json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"AWS": "arn:aws:iam::999988887777:root"},
                    "Action": "sqs:SendMessage",
                    "Resource": "*",
                }
            ],
        }
    )
    queue = resources.resource_create(account=account, kind="sqs", name="orders", policy=policy)
    assert "999988887777" in queue.policy


def test_a_resource_policy_must_name_a_principal(account):
    policy = json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}],
        }
    )
    refused(
        "MalformedPolicyDocument",
        resources.resource_create,
        account=account,
        kind="s3",
        name="bucket-1",
        policy=policy,
    )


def test_an_instance_gets_a_session_of_its_profiles_role_that_can_act(account):
    roles.role_create(account=account, name="app", trust_policy=EC2_TRUST)
    instances.instance_profile_create(account=account, name="app", role_name="app")
    instance = instances.instance_launch(account=account, name="web", profile_name="app")
    assert instance.session.arn.endswith(f":assumed-role/app/{instance.instance_id}")
    decision = simulate(
        account, principal_arn=instance.session.arn, action="s3:GetObject", resource="*"
    )
    assert decision.decision == "implicitDeny"


def test_ec2_cannot_use_a_role_that_does_not_trust_it(account):
    trust = json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"AWS": account.root_arn},
                    "Action": "sts:AssumeRole",
                }
            ],
        }
    )
    roles.role_create(account=account, name="human", trust_policy=trust)
    instances.instance_profile_create(account=account, name="p", role_name="human")
    refused(
        "InvalidParameterValue",
        instances.instance_launch,
        account=account,
        name="web",
        profile_name="p",
    )


def test_an_instance_profile_holds_one_role(account):
    roles.role_create(account=account, name="a", trust_policy=EC2_TRUST)
    roles.role_create(account=account, name="b", trust_policy=EC2_TRUST)
    instances.instance_profile_create(account=account, name="p", role_name="a")
    error = refused(
        "LimitExceeded",
        instances.instance_profile_add_role,
        account=account,
        name="p",
        role_name="b",
    )
    assert error.message == "Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1"


def test_a_role_in_an_instance_profile_cannot_be_deleted(account):
    roles.role_create(account=account, name="a", trust_policy=EC2_TRUST)
    instances.instance_profile_create(account=account, name="p", role_name="a")
    refused("DeleteConflict", roles.role_delete, account=account, name="a")


def test_a_service_linked_role_is_predefined_and_deleted_only_through_its_service(account):
    role = instances.service_linked_role_create(
        account=account, service="autoscaling.amazonaws.com"
    )
    assert role.arn.endswith(
        ":role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling"
    )
    refused(
        "UnmodifiableEntity",
        roles.role_update_trust,
        account=account,
        name=role.name,
        trust_policy=EC2_TRUST,
    )
    instances.service_linked_role_delete(account=account, name=role.name)
    assert not IamRole.objects.exists()
    assert not Attachment.objects.exists()


SLR_POLICIES = [
    ("autoscaling.amazonaws.com", "AWSServiceRoleForAutoScaling", "AutoScalingServiceRolePolicy"),
    (
        "elasticloadbalancing.amazonaws.com",
        "AWSServiceRoleForElasticLoadBalancing",
        "AWSElasticLoadBalancingServiceRolePolicy",
    ),
    ("support.amazonaws.com", "AWSServiceRoleForSupport", "AWSSupportServiceRolePolicy"),
]


@pytest.mark.parametrize(("service", "role_name", "policy"), SLR_POLICIES)
def test_a_service_linked_role_comes_with_its_service_role_policy(
    account, service, role_name, policy
):
    role = instances.service_linked_role_create(account=account, service=service)
    arn = f"arn:aws:iam::aws:policy/aws-service-role/{policy}"
    assert role.name == role_name
    assert [a.policy_arn for a in role.attachments.all()] == [arn]
    assert aws_managed_document(arn) is aws_managed_policy(policy).document
    # One CreateServiceLinkedRole in the history, as CloudTrail shows it: no separate attach.
    assert list(Event.objects.filter(account=account).values_list("event_name", flat=True)) == [
        "CreateServiceLinkedRole"
    ]


@pytest.mark.parametrize(("service", "role_name", "policy"), SLR_POLICIES)
def test_the_policy_of_a_service_linked_role_cannot_be_detached(
    account, service, role_name, policy
):
    instances.service_linked_role_create(account=account, service=service)
    error = refused(
        "UnmodifiableEntity",
        policies.policy_detach,
        account=account,
        kind="role",
        name=role_name,
        arn=aws_managed_arn(policy),
    )
    assert f"protected role '{role_name}'" in error.message
    role = IamRole.objects.get(name=role_name)
    assert [a.policy_arn for a in role.attachments.all()] == [aws_managed_arn(policy)]
    event = Event.objects.get(account=account, event_name="DetachPolicy")
    assert event.error_code == "UnmodifiableEntity"


def test_a_service_linked_role_takes_no_other_policy(account):
    instances.service_linked_role_create(account=account, service="support.amazonaws.com")
    for service, kwargs in (
        (policies.policy_attach, {"arn": aws_managed_arn("AdministratorAccess")}),
        (policies.inline_policy_put, {"policy_name": "extra", "document": EC2_TRUST}),
        (policies.boundary_put, {"arn": aws_managed_arn("ReadOnlyAccess")}),
    ):
        refused(
            "UnmodifiableEntity",
            service,
            account=account,
            kind="role",
            name="AWSServiceRoleForSupport",
            **kwargs,
        )
    role = IamRole.objects.get(name="AWSServiceRoleForSupport")
    assert role.attachments.count() == 1 and not role.permissions_boundary_arn


@pytest.mark.django_db
def test_the_role_page_of_a_service_linked_role_shows_its_policy_without_detach(client):
    client.post(
        reverse("sandbox:ec2"), {"action": "create-slr", "service": "support.amazonaws.com"}
    )
    page = client.get(reverse("sandbox:role", args=["AWSServiceRoleForSupport"])).content.decode()
    assert aws_managed_arn("AWSSupportServiceRolePolicy") in page
    assert 'value="detach"' not in page


def test_service_linked_roles_created_before_get_their_policy(account):
    migration = importlib.import_module(
        "iamlab.sandbox.migrations.0003_service_linked_role_policies"
    )
    role = instances.service_linked_role_create(account=account, service="support.amazonaws.com")
    role.attachments.all().delete()
    migration.forward(apps, None)
    migration.forward(apps, None)  # running twice attaches once
    assert [a.policy_arn for a in role.attachments.all()] == [
        aws_managed_arn("AWSSupportServiceRolePolicy")
    ]
