"""The root-only and users-vs-roles topics: facts AWS changed or we corrected, and the bank's
minimums (6-10 concepts, 4+ true and 4+ false claims, 3+ scenarios per kind, practices)."""

import random

import pytest

from quizzes.catalogues import identities, root_tasks
from quizzes.catalogues.concepts import KIND_QUESTIONS, TASKS
from quizzes.generators.angles import generators_for_topics, seed_for

TOPICS = (root_tasks.TOPIC, identities.TOPIC)
AWS_DOCS = "https://docs.aws.amazon.com/"


def concept(topic, concept_id):
    return next(c for c in topic.concepts if c.id == concept_id)


def claim(topic, concept_id, claim_id):
    found = concept(topic, concept_id)
    by_id = {c.id: (c, True) for c in found.true} | {c.id: (c, False) for c in found.false}
    return by_id[claim_id]


# --- facts we corrected ---------------------------------------------------------------------


def test_renaming_ones_own_account_is_asked_in_neither_direction():
    # The root task list still names the account name; PutAccountName lets IAM principals
    # rename an account. Either answer is defensible, so no claim of account-tasks is about it.
    tasks = concept(root_tasks.TOPIC, "account-tasks")
    for any_claim in (*tasks.true, *tasks.false):
        assert "account name" not in any_claim.text.lower(), any_claim.text
    renamed, truth = claim(root_tasks.TOPIC, "member-accounts", "member-name")
    assert truth is True and "member account's name" in renamed.text


def test_a_root_user_task_an_iam_identity_can_do_keeps_root_user_from_marking_the_key():
    report, truth = claim(root_tasks.TOPIC, "account-tasks", "root-mfa-report")
    assert truth is False and "root user" in report.text
    assert report.reference == root_tasks.CREDENTIAL_REPORT_URL


def test_no_root_only_claim_lumps_the_account_name_with_the_email_and_password():
    for topic_concept in root_tasks.TOPIC.concepts:
        for true_claim in topic_concept.true:
            assert "account name" not in true_claim.text.lower(), true_claim.text


def test_the_root_email_address_is_root_only_for_a_standalone_account_only():
    standalone, truth = claim(root_tasks.TOPIC, "account-tasks", "standalone-email")
    assert truth is True and "standalone" in standalone.text
    member, truth = claim(root_tasks.TOPIC, "account-tasks", "member-email")
    assert truth is False
    assert member.reference.endswith("/API_StartPrimaryEmailUpdate.html")


def test_closing_is_root_only_for_a_standalone_account_and_member_accounts_close_centrally():
    standalone, truth = claim(root_tasks.TOPIC, "account-tasks", "close-standalone")
    assert truth is True and "standalone" in standalone.text
    member, truth = claim(root_tasks.TOPIC, "account-tasks", "close-member")
    assert truth is False
    assert member.reference.endswith(
        "/organizations/latest/userguide/orgs_manage_accounts_close.html"
    )
    close_member, truth = claim(root_tasks.TOPIC, "member-accounts", "close-member")
    assert truth is True
    for topic_concept in root_tasks.TOPIC.concepts:
        for true_claim in topic_concept.true:
            if "close" in true_claim.text.lower() and "account" in true_claim.text.lower():
                assert "standalone" in true_claim.text or "member" in true_claim.text


def test_the_support_plan_is_not_taught_as_root_only():
    support, truth = claim(root_tasks.TOPIC, "account-tasks", "support-plan")
    assert truth is False
    assert support.reference.endswith("/managed-policies-aws-support-plans.html")


def test_root_only_list_cites_the_iam_user_guide_page():
    assert root_tasks.ROOT_TASKS_URL == (
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-tasks.html"
    )
    for claim_id in ("root-password", "billing-access", "tax-invoices", "restore-admin"):
        found, truth = claim(root_tasks.TOPIC, "account-tasks", claim_id)
        assert truth is True and found.reference == root_tasks.ROOT_TASKS_URL


def test_service_root_tasks_are_pinned():
    for claim_id, reference in (
        ("s3-mfa-delete", root_tasks.S3_MFA_DELETE_URL),
        ("s3-deny-all", root_tasks.ROOT_TASKS_URL),
        ("sqs-deny-all", root_tasks.ROOT_PRIVILEGED_TASKS_URL),
        ("ri-seller", root_tasks.ROOT_TASKS_URL),
        ("kms-recover", root_tasks.ROOT_TASKS_URL),
    ):
        found, truth = claim(root_tasks.TOPIC, "service-tasks", claim_id)
        assert truth is True and found.reference == reference, claim_id
    versioning, truth = claim(root_tasks.TOPIC, "service-tasks", "s3-versioning")
    assert truth is False


def test_root_credentials_cannot_start_privileged_sessions():
    found, truth = claim(root_tasks.TOPIC, "root-user", "root-assume-root")
    assert truth is False and "sts:AssumeRoot" in found.text
    assert found.reference == root_tasks.ROOT_PRIVILEGED_TASKS_URL


def test_scps_restrict_member_root_users_but_not_the_management_account():
    member, truth = claim(root_tasks.TOPIC, "root-user", "scp-member")
    assert truth is True
    management, truth = claim(root_tasks.TOPIC, "root-user", "scp-management")
    assert truth is False
    assert member.reference == management.reference == root_tasks.SCP_URL


def test_features_catalogue_still_finds_the_best_practices_constant():
    assert root_tasks.ROOT_BEST_PRACTICES_URL.startswith(AWS_DOCS)
    assert root_tasks.ROOT_USER_BEST_PRACTICES_URL.endswith("/root-user-best-practices.html")


def test_federation_scenarios_answer_an_iam_role():
    role = concept(identities.TOPIC, "role")
    federation = [s for s in role.scenarios if "SAML" in s.goal]
    assert federation and "without creating IAM users" in federation[0].constraint
    assert not any(
        "identity provider" in s.goal and c.id != "role" and "emergency" not in s.goal
        for c in identities.TOPIC.concepts
        for s in c.scenarios
    )


def test_no_customer_mobile_app_scenario_and_no_federation_concept_here():
    ids = {c.id for c in identities.TOPIC.concepts}
    assert "federated" not in ids
    for c in identities.TOPIC.concepts:
        for scenario in c.scenarios:
            assert "mobile" not in scenario.goal and "customers" not in scenario.goal


def test_iam_users_are_kept_for_the_use_cases_federation_cannot_cover():
    found, truth = claim(identities.TOPIC, "user", "only-unsupported-cases")
    assert truth is True and found.reference == identities.USERS_URL
    employee, truth = claim(identities.TOPIC, "user", "one-per-employee")
    assert truth is False and employee.negates == "only-unsupported-cases"


def test_identity_facts_are_pinned():
    one_role, truth = claim(identities.TOPIC, "instance-profile", "one-role")
    assert truth is True and one_role.reference == identities.ADD_ROLE_TO_PROFILE_URL
    nested, truth = claim(identities.TOPIC, "group", "nested")
    assert truth is False and nested.negates == "not-nested"
    edit, truth = claim(identities.TOPIC, "service-linked-role", "admin-edits")
    assert truth is False and edit.negates == "view-not-edit"
    switch, truth = claim(identities.TOPIC, "role", "switch-gives-up")
    assert truth is True and switch.reference == identities.ROLE_SCENARIOS_URL


# --- round 2: service roles, switching roles, revoking sessions, root password recovery -------


def test_a_service_role_is_created_and_edited_by_the_customer_unlike_a_service_linked_role():
    found, truth = claim(identities.TOPIC, "service-role", "customer-creates")
    assert truth is True and found.reference == identities.SERVICE_ROLE_URL
    # It must not say who writes the permissions: "set by the service and can't be edited"
    # would then be its negation too.
    assert "permission" not in found.text.split("IAM permissions")[-1]
    changes, truth = claim(identities.TOPIC, "service-role", "change-anytime")
    assert truth is True
    assert changes.reference.endswith("/lambda/latest/dg/permissions-executionrole-update.html")
    fixed, truth = claim(identities.TOPIC, "service-role", "fixed-by-service")
    assert truth is False and fixed.negates == "change-anytime"
    lambda_slr, truth = claim(identities.TOPIC, "service-role", "lambda-slr")
    assert truth is False and lambda_slr.negates == "lambda-execution"


def test_cloudformation_uses_the_callers_credentials_without_a_service_role():
    found, truth = claim(identities.TOPIC, "service-role", "cfn-always-role")
    assert truth is False
    assert found.reference == identities.CFN_SERVICE_ROLE_URL
    assert found.reference.endswith("/using-iam-servicerole.html")


def test_service_roles_and_roles_are_never_each_others_wrong_option():
    service_role = concept(identities.TOPIC, "service-role")
    slr = concept(identities.TOPIC, "service-linked-role")
    assert "role" in service_role.overlaps
    assert {"role", "service-role"} <= set(slr.overlaps)
    from quizzes.generators import ANGLE_GENERATORS

    scenario = ANGLE_GENERATORS["users-vs-roles/scenario"]
    index = scenario.concepts.index(service_role)
    for k in range(40):
        seed = seed_for(index, len(scenario.concepts), k)
        draft = scenario(random.Random(seed), seed)
        names = {c.text for c in (*draft.correct, *draft.wrong)}
        assert draft.correct[0].text == "An AWS service role"
        assert not names & {"An IAM role", "A service-linked role"}, names


def test_the_root_user_cannot_switch_roles_and_sessions_are_temporary():
    found, truth = claim(identities.TOPIC, "switch-role", "not-root")
    assert truth is True and found.reference == identities.SWITCH_API_URL
    never, truth = claim(identities.TOPIC, "switch-role", "never-expires")
    assert truth is False and never.reference == identities.ROLES_USE_URL
    assert "one hour by default" in never.why
    permission, truth = claim(identities.TOPIC, "switch-role", "permission-first")
    assert truth is True and permission.reference == identities.ROLES_USE_URL


def test_revoking_sessions_denies_older_sessions_only_and_not_for_service_linked_roles():
    newer, truth = claim(identities.TOPIC, "revoke-sessions", "new-sessions-work")
    assert truth is True
    keys, truth = claim(identities.TOPIC, "revoke-sessions", "user-keys-too")
    assert truth is False and keys.reference == identities.REVOKE_SESSIONS_URL
    console, truth = claim(identities.TOPIC, "revoke-sessions", "cli-only")
    assert truth is False and "Revoke active sessions" in console.why
    # No false claim denies revocation itself: it would contradict most true claims at once.
    ids = {c.id for c in concept(identities.TOPIC, "revoke-sessions").false}
    assert not ids & {"only-later-sessions", "wait-for-expiry"}
    slr, truth = claim(identities.TOPIC, "revoke-sessions", "not-slr")
    assert truth is True
    assert slr.reference.endswith("/IAM/latest/UserGuide/id_roles_use_revoke-sessions.html")


def test_topics_left_to_their_owners_are_not_duplicated_here():
    ids = {c.id for c in identities.TOPIC.concepts}
    # IAM Roles Anywhere belongs to workforce-identity, the account alias to features, and the
    # trust policy versus permissions policy to policy-types.
    assert not ids & {"roles-anywhere", "account-alias", "sign-in-url", "trust"}


def test_the_root_password_is_reset_through_the_accounts_email_only():
    link, truth = claim(root_tasks.TOPIC, "root-recovery", "forgot-link")
    assert truth is True and link.reference == root_tasks.RESET_ROOT_PASSWORD_URL
    inbox, truth = claim(root_tasks.TOPIC, "root-recovery", "email-access")
    assert truth is True and inbox.reference == root_tasks.ROOT_TROUBLESHOOTING_URL
    admin, truth = claim(root_tasks.TOPIC, "root-recovery", "iam-admin-resets")
    assert truth is False and admin.reference == root_tasks.ROOT_TASKS_URL
    contact, truth = claim(root_tasks.TOPIC, "root-recovery", "alternate-contact")
    assert truth is False and contact.negates == "account-email"
    self_reset, truth = claim(root_tasks.TOPIC, "root-recovery", "iam-users-self-reset")
    assert truth is False and self_reset.negates == "iam-users-ask"


def test_no_other_topic_reuses_a_concept_name_of_these_topics():
    from quizzes.generators import DATA_TOPICS

    ours = {c.name for topic in TOPICS for c in topic.concepts}
    others = {c.name for t in DATA_TOPICS if t not in TOPICS for c in t.concepts}
    assert not ours & others


# --- structure ------------------------------------------------------------------------------


@pytest.mark.parametrize("topic", TOPICS, ids=lambda t: t.id)
def test_topic_meets_the_bank_minimums(topic):
    assert 6 <= len(topic.concepts) <= 10
    assert len({c.id for c in topic.concepts}) == len(topic.concepts)
    with_practice = 0
    for c in topic.concepts:
        assert c.topic == topic.id
        assert c.task in TASKS
        assert len(c.true) >= 4 and len(c.false) >= 4, c.id
        if c.kind:
            assert c.kind in KIND_QUESTIONS
            assert len(c.scenarios) >= 3, c.id
        else:
            assert not c.scenarios, c.id
        with_practice += bool(c.practices)
        claim_ids = [x.id for x in (*c.true, *c.false)]
        assert len(set(claim_ids)) == len(claim_ids), c.id
        true_ids = {x.id for x in c.true}
        for false_claim in c.false:
            assert not false_claim.negates or false_claim.negates in true_ids, false_claim.id
        for practice in c.practices:
            assert len(practice.alternatives) >= 3, practice.id
    assert with_practice * 2 >= len(topic.concepts)


def test_identity_names_are_unique_and_the_root_user_lives_in_one_topic():
    names = [c.name for topic in TOPICS for c in topic.concepts]
    assert len(set(names)) == len(names)
    assert [c.card_id for t in TOPICS for c in t.concepts if c.name == "The root user"] == [
        "root-only:root-user"
    ]
    identity_names = {c.name for t in TOPICS for c in t.concepts if c.kind == "identity"}
    assert identity_names == {
        "An IAM user",
        "An IAM group",
        "An IAM role",
        "An instance profile",
        "A service-linked role",
        "An AWS service role",
        "The root user",
    }


@pytest.mark.parametrize("topic", TOPICS, ids=lambda t: t.id)
def test_sixty_distinct_questions_come_out_of_each_topic(topic):
    generators = [g for g in generators_for_topics(TOPICS).values() if g.topic is topic]
    keys = set()
    for generator in generators:
        for seed in range(120):
            draft = generator(random.Random(f"{generator.name}:{seed}"), seed)
            keys.add((draft.key, draft.stem, tuple(sorted(c.text for c in draft.wrong))))
            assert len(draft.correct) + len(draft.wrong) in (4, 5)
    assert len(keys) >= 60
