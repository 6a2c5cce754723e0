"""The catalogues hold AWS's documented facts, and never contradict themselves."""

from quizzes.catalogues import features, identities, policy_types
from quizzes.catalogues.root_tasks import ADMIN_TASKS, ROOT_ONLY
from quizzes.generators import generate


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


def test_the_features_topic_states_iams_pci_dss_compliance_as_aws_documented_it():
    [pci] = [fact for fact in features.FEATURE_TRUE if fact.id == "pci-dss"]
    assert "validated as compliant with PCI DSS" in pci.text and "credit card data" in pci.text
    assert "has been validated as compliant with PCI DSS" in pci.why
    assert "transmission of credit card data by a merchant or service provider" in pci.why
    assert pci.references == (
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/introduction.html",
        "https://github.com/awsdocs/iam-user-guide/blob/"
        "0f5432dc0cfd2205a03920743143e9d5d7718aeb/doc_source/introduction.md",
        "https://aws.amazon.com/compliance/pci-dss-level-1-faqs/",
    )
    assert pci.heading == "features#PCI DSS compliant"


def test_a_question_on_pci_dss_cites_its_sources_and_links_the_notes_section():
    question = next(
        question
        for seed in range(1000)
        if (question := generate("features/statements", seed)).fact == "features:pci-dss"
    )
    assert question.lesson == "security-IAM#features#PCI DSS compliant"
    [pci] = [fact for fact in features.FEATURE_TRUE if fact.id == "pci-dss"]
    assert set(pci.references) <= set(question.references)
    assert pci.text in question.options
