import json
import time

import pyotp
import pytest

from iamlab.sandbox.aws_managed import aws_managed_arn
from iamlab.sandbox.errors import SandboxError
from iamlab.sandbox.models import Resource
from iamlab.sandbox.services import mfa, policies, roles, sessions, users
from iamlab.sandbox.services.simulator import simulate
from tests.sandbox.conftest import EC2_TRUST

READ_BUCKET = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}
        ],
    }
)
MFA_ONLY = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Action": "ec2:StopInstances",
                "Resource": "*",
                "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}},
            }
        ],
    }
)


def enrol_mfa(account, user_name):
    device = mfa.mfa_device_create(account=account, user_name=user_name)
    totp = pyotp.TOTP(device.secret)
    now = time.time()
    mfa.mfa_device_enable(
        account=account, user_name=user_name, code_1=totp.at(now - 30), code_2=totp.at(now), now=now
    )


@pytest.fixture
def alice(account):
    return users.user_create(account=account, name="alice")


def test_a_user_without_policies_is_implicitly_denied(account, alice):
    decision = simulate(
        account, principal_arn=alice.arn, action="s3:GetObject", resource="arn:aws:s3:::b/k"
    )
    assert decision.decision == "implicitDeny"


def test_a_groups_managed_policy_allows_its_members(account, alice):
    users.group_create(account=account, name="devs")
    users.group_add_user(account=account, group_name="devs", user_name="alice")
    policies.policy_attach(
        account=account, kind="group", name="devs", arn=aws_managed_arn("AmazonS3ReadOnlyAccess")
    )
    decision = simulate(
        account, principal_arn=alice.arn, action="s3:GetObject", resource="arn:aws:s3:::b/k"
    )
    assert decision.allowed
    deciding = decision.trace.deciding_step
    assert any("group devs" in s.policy for s in deciding.statements)


def test_an_explicit_deny_in_an_inline_policy_wins(account, alice):
    policies.policy_attach(
        account=account, kind="user", name="alice", arn=aws_managed_arn("AdministratorAccess")
    )
    deny = READ_BUCKET.replace("Allow", "Deny")
    policies.inline_policy_put(
        account=account, kind="user", name="alice", policy_name="no-b", document=deny
    )
    decision = simulate(
        account, principal_arn=alice.arn, action="s3:GetObject", resource="arn:aws:s3:::b/k"
    )
    assert decision.decision == "explicitDeny"


def test_a_permissions_boundary_caps_what_policies_allow(account, alice):
    policies.policy_attach(
        account=account, kind="user", name="alice", arn=aws_managed_arn("AdministratorAccess")
    )
    policies.boundary_put(
        account=account, kind="user", name="alice", arn=aws_managed_arn("AmazonS3ReadOnlyAccess")
    )
    assert simulate(
        account, principal_arn=alice.arn, action="s3:GetObject", resource="arn:aws:s3:::b/k"
    ).allowed
    assert not simulate(
        account, principal_arn=alice.arn, action="iam:CreateUser", resource="*"
    ).allowed


def test_an_mfa_condition_flips_when_the_user_signs_in_with_mfa(account, alice):
    policies.inline_policy_put(
        account=account, kind="user", name="alice", policy_name="mfa", document=MFA_ONLY
    )
    args = {"principal_arn": alice.arn, "action": "ec2:StopInstances", "resource": "*"}
    assert not simulate(account, **args).allowed
    enrol_mfa(account, "alice")
    assert simulate(account, **args, with_mfa=True).allowed


def test_acting_with_mfa_needs_an_enabled_device(account, alice):
    with pytest.raises(SandboxError) as caught:
        simulate(
            account, principal_arn=alice.arn, action="s3:GetObject", resource="*", with_mfa=True
        )
    assert "no enabled MFA device" in caught.value.message


def test_a_bucket_policy_allows_a_user_with_no_identity_policy(account, alice):
    Resource.objects.create(
        account=account,
        kind="s3",
        name="b",
        policy=json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Principal": {"AWS": alice.arn},
                        "Action": "s3:GetObject",
                        "Resource": "arn:aws:s3:::b/*",
                    }
                ],
            }
        ),
    )
    assert simulate(
        account, principal_arn=alice.arn, action="s3:GetObject", resource="arn:aws:s3:::b/k"
    ).allowed


def test_the_root_user_is_allowed_without_any_policy(account):
    assert simulate(
        account, principal_arn=account.root_arn, action="iam:CreateUser", resource="*"
    ).allowed


def test_an_scp_limits_even_the_root_user_when_the_organization_is_on(account):
    account.organization_enabled = True
    account.scp_document = json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}],
        }
    )
    account.save()
    assert not simulate(
        account, principal_arn=account.root_arn, action="iam:CreateUser", resource="*"
    ).allowed


def test_prefilled_context_names_the_user(account, alice):
    users.user_tag(account=account, name="alice", tags={"team": "blue"})
    decision = simulate(account, principal_arn=alice.arn, action="s3:GetObject", resource="*")
    assert decision.trace.principal == alice.arn


def test_simulating_an_unknown_principal_is_no_such_entity(account):
    with pytest.raises(SandboxError):
        simulate(
            account, principal_arn="arn:aws:iam::111122223333:user/x", action="s3:Get", resource="*"
        )


def test_a_role_session_acts_with_the_roles_permissions_cut_by_its_session_policy(account, alice):
    trust = json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"AWS": alice.arn},
                    "Action": "sts:AssumeRole",
                }
            ],
        }
    )
    roles.role_create(account=account, name="reader", trust_policy=trust)
    policies.policy_attach(
        account=account, kind="role", name="reader", arn=aws_managed_arn("AmazonS3ReadOnlyAccess")
    )
    session = sessions.role_assume(
        account=account,
        caller_arn=alice.arn,
        role_name="reader",
        session_name="s1",
        session_policy=READ_BUCKET,
    )
    assert session.arn.endswith(":assumed-role/reader/s1")
    assert simulate(
        account, principal_arn=session.arn, action="s3:GetObject", resource="arn:aws:s3:::b/k"
    ).allowed
    assert not simulate(
        account, principal_arn=session.arn, action="s3:GetObject", resource="arn:aws:s3:::other/k"
    ).allowed


def test_assuming_a_role_its_trust_policy_does_not_allow_is_access_denied(account, alice):
    roles.role_create(account=account, name="app", trust_policy=EC2_TRUST)
    policies.policy_attach(
        account=account, kind="user", name="alice", arn=aws_managed_arn("AdministratorAccess")
    )
    with pytest.raises(SandboxError) as caught:
        sessions.role_assume(
            account=account, caller_arn=alice.arn, role_name="app", session_name="s1"
        )
    assert caught.value.code == "AccessDenied"
    assert "sts:AssumeRole" in caught.value.message


def test_a_trust_policy_requiring_an_external_id_needs_it(account, alice):
    trust = json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"AWS": alice.arn},
                    "Action": "sts:AssumeRole",
                    "Condition": {"StringEquals": {"sts:ExternalId": "x-1"}},
                }
            ],
        }
    )
    roles.role_create(account=account, name="partner", trust_policy=trust)
    with pytest.raises(SandboxError):
        sessions.role_assume(
            account=account, caller_arn=alice.arn, role_name="partner", session_name="s1"
        )
    sessions.role_assume(
        account=account,
        caller_arn=alice.arn,
        role_name="partner",
        session_name="s1",
        external_id="x-1",
    )


def test_a_session_longer_than_the_roles_maximum_is_refused(account, alice):
    trust = json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"AWS": alice.arn},
                    "Action": "sts:AssumeRole",
                }
            ],
        }
    )
    roles.role_create(account=account, name="r", trust_policy=trust)
    with pytest.raises(SandboxError) as caught:
        sessions.role_assume(
            account=account,
            caller_arn=alice.arn,
            role_name="r",
            session_name="s1",
            duration=7200,
        )
    assert caught.value.code == "ValidationError"


def test_the_partner_reads_a_bucket_only_when_the_bucket_policy_names_it(account):
    from iamlab.sandbox.partner import PARTNER_USER_ARN
    from iamlab.sandbox.services.scenarios import scenario_load

    args = {"principal_arn": PARTNER_USER_ARN, "action": "s3:GetObject"}
    scenario_load(account=account, slug="partner-cross-account")
    assert simulate(account, **args, resource="arn:aws:s3:::shared-reports/r.csv").allowed
    Resource.objects.create(account=account, kind="s3", name="private")
    assert not simulate(account, **args, resource="arn:aws:s3:::private/r.csv").allowed


def test_the_partner_assumes_the_partner_role_only_with_the_external_id(account):
    from iamlab.sandbox.partner import PARTNER_USER_ARN
    from iamlab.sandbox.services.scenarios import scenario_load

    scenario_load(account=account, slug="partner-cross-account")
    args = {
        "account": account,
        "caller_arn": PARTNER_USER_ARN,
        "role_name": "partner-access",
        "session_name": "partner",
    }
    with pytest.raises(SandboxError):
        sessions.role_assume(**args)
    session = sessions.role_assume(**args, external_id="partner-7f3a")
    assert simulate(
        account,
        principal_arn=session.arn,
        action="s3:GetObject",
        resource="arn:aws:s3:::anything/k",
    ).allowed
