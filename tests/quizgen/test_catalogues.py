"""The catalogues hold AWS's documented facts, and never contradict themselves."""

from quizzes.catalogues import features, identities, policy_types
from quizzes.catalogues.root_tasks import ADMIN_TASKS, ROOT_ONLY


def test_the_root_only_catalogue_is_aws_documented_list_of_root_user_tasks():
    assert [task.id for task in ROOT_ONLY] == [
        "change-account-settings",
        "restore-admin-permissions",
        "activate-billing-access",
        "view-certain-tax-invoices",
        "close-account",
        "register-ri-seller",
        "s3-mfa-delete",
        "s3-policy-denies-all",
        "sqs-policy-denies-all",
        "govcloud-root-keys",
        "recover-kms-key",
    ]


def test_no_look_alike_task_is_also_a_root_only_task():
    assert not {t.text for t in ROOT_ONLY} & {t.text for t in ADMIN_TASKS}
    assert not {t.id for t in ROOT_ONLY} & {t.id for t in ADMIN_TASKS}


def test_every_scenario_answer_and_excluded_distractor_is_in_its_catalogue():
    for scenarios, concepts in (
        (identities.SCENARIOS, identities.IDENTITY_KINDS),
        (policy_types.SCENARIOS, policy_types.POLICY_TYPES),
        (features.SCENARIOS, features.FEATURES),
    ):
        for scenario in scenarios:
            assert scenario.answer in concepts
            assert set(scenario.not_distractors) <= set(concepts)
            assert len(concepts) - 1 - len(scenario.not_distractors) >= 3


def test_fact_ids_are_unique_within_each_catalogue():
    for catalogue in (
        ROOT_ONLY + ADMIN_TASKS,
        identities.STATEMENTS_TRUE + identities.STATEMENTS_FALSE,
        policy_types.STATEMENTS_TRUE + policy_types.STATEMENTS_FALSE,
        features.FEATURE_TRUE + features.FEATURE_FALSE,
        features.PRACTICE_TRUE + features.PRACTICE_FALSE,
    ):
        ids = [fact.id for fact in catalogue]
        assert len(ids) == len(set(ids))
