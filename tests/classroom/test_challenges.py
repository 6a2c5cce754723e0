import pytest
from django.urls import reverse

from iamlab.accounts.models import Learner
from iamlab.classroom.challenges import CHALLENGES
from iamlab.classroom.models import ChallengeResult, ClassChallenge
from iamlab.classroom.services.challenges import challenge_check
from iamlab.sandbox.models import MfaDevice, SandboxAccount
from iamlab.sandbox.services import credentials, policies, users

READ_REPORTS = (
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", '
    '"Resource": "arn:aws:s3:::reports/*"}]}'
)
ALLOW_ALL = (
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}'
)
AWS = "arn:aws:iam::aws:policy/"


@pytest.fixture
def sandbox(enrolled):
    learner = Learner.objects.get_or_create(user=enrolled)[0]
    return SandboxAccount.objects.get_or_create(learner=learner)[0]


def _developers(account):
    users.user_create(account=account, name="dev1")
    users.group_create(account=account, name="developers")
    users.group_add_user(account=account, group_name="developers", user_name="dev1")
    policy = policies.policy_create(account=account, name="ReadReports", document=READ_REPORTS)
    policies.policy_attach(account=account, kind="group", name="developers", arn=policy.arn)


def _passed(account, slug):
    return {r.text: r.passed for r in challenge_check(account, CHALLENGES[slug])}


def test_every_challenge_names_a_lesson_section_and_known_checks():
    for challenge in CHALLENGES.values():
        assert challenge.lesson.startswith("security-IAM#")
        assert challenge.requests


def test_an_empty_account_passes_no_request_and_says_the_user_is_missing(sandbox):
    results = challenge_check(sandbox, CHALLENGES["developers-read-reports"])
    requests = results[:3]
    assert not any(r.passed for r in requests)
    assert "no IAM user named dev1" in requests[0].why


def test_read_only_developers_pass_the_developers_challenge(sandbox):
    _developers(sandbox)
    assert all(_passed(sandbox, "developers-read-reports").values())


def test_an_inline_policy_or_allow_all_fails_the_structural_checks(sandbox):
    _developers(sandbox)
    policies.inline_policy_put(
        account=sandbox, kind="user", name="dev1", policy_name="everything", document=ALLOW_ALL
    )
    results = challenge_check(sandbox, CHALLENGES["developers-read-reports"])
    failed = {r.text for r in results if not r.passed}
    assert "No user, group or role has an inline policy" in failed
    assert "No policy in use allows every action on every resource (*:*)" in failed
    # ... and the engine now allows the delete the challenge forbids.
    assert any("cannot s3:DeleteObject" in text for text in failed)


def test_aws_managed_read_only_policies_make_a_passing_auditor(sandbox):
    users.user_create(account=sandbox, name="auditor")
    for name in ("IAMReadOnlyAccess", "AmazonS3ReadOnlyAccess"):
        policies.policy_attach(account=sandbox, kind="user", name="auditor", arn=AWS + name)
    assert all(_passed(sandbox, "read-only-auditor").values())


def test_administrator_access_fails_the_auditor_challenge(sandbox):
    users.user_create(account=sandbox, name="auditor")
    policies.policy_attach(
        account=sandbox, kind="user", name="auditor", arn=AWS + "AdministratorAccess"
    )
    assert not all(_passed(sandbox, "read-only-auditor").values())


def test_the_root_user_challenge_wants_mfa_and_no_root_keys(sandbox):
    users.user_create(account=sandbox, name="admin")
    policies.policy_attach(account=sandbox, kind="user", name="admin", arn=AWS + "IAMFullAccess")
    credentials.access_key_create(account=sandbox)  # a root access key
    results = _passed(sandbox, "lock-away-the-root-user")
    assert not results["The root user has no access keys"]
    assert not results["The root user has an MFA device enabled"]
    admin = users.user_get(account=sandbox, name="admin")
    MfaDevice.objects.create(account=sandbox, user=None, name="root-1", secret="A", enabled=True)
    MfaDevice.objects.create(account=sandbox, user=admin, name="admin-1", secret="B", enabled=True)
    sandbox.accesskey_set.all().delete()
    assert all(_passed(sandbox, "lock-away-the-root-user").values())


def test_the_instructor_sets_a_challenge_and_sees_who_passed(client, irene, course, enrolled):
    client.force_login(irene)
    client.post(
        reverse("classroom:challenge_create", args=[course.pk]),
        {"slug": "developers-read-reports"},
    )
    class_challenge = ClassChallenge.objects.get(classroom=course)
    client.force_login(enrolled)
    page = client.get(reverse("classroom:index")).content.decode()
    assert reverse("classroom:challenge_detail", args=[class_challenge.pk]) in page
    checked = client.post(reverse("classroom:challenge_check", args=[class_challenge.pk]))
    assert "Not yet" in checked.content.decode()
    assert ChallengeResult.objects.get(student=enrolled).passed is False
    client.force_login(irene)
    results = client.get(reverse("classroom:challenge_results", args=[class_challenge.pk]))
    assert "not yet" in results.content.decode()


def test_a_student_passes_by_building_it_in_their_own_sandbox(client, course, enrolled, sandbox):
    class_challenge = ClassChallenge.objects.create(
        classroom=course, slug="developers-read-reports"
    )
    _developers(sandbox)
    client.force_login(enrolled)
    checked = client.post(reverse("classroom:challenge_check", args=[class_challenge.pk]))
    assert "Passed" in checked.content.decode()
    assert ChallengeResult.objects.get(student=enrolled).first_passed_at is not None


def test_an_unknown_challenge_is_refused(client, irene, course):
    client.force_login(irene)
    client.post(reverse("classroom:challenge_create", args=[course.pk]), {"slug": "nope"})
    assert not ClassChallenge.objects.exists()
