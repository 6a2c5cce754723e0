"""The monitoring topic: deep enough for the bank, and its facts as AWS states them now."""

from pathlib import Path

import pytest

from quizzes.catalogues.concepts import KIND_QUESTIONS, TASKS
from quizzes.catalogues.monitoring import (
    AUDIT_MANAGER_AVAILABILITY_URL,
    CONFIG_HOW_URL,
    CONFIG_MODES_URL,
    DETECTIVE_API_URL,
    GUARDDUTY_SOURCES_URL,
    NOTE,
    SECURITY_HUB_API_URL,
    SECURITY_HUB_CONFIG_URL,
    TOPIC,
    UNUSED_CREDENTIALS_RULE_URL,
)

CONCEPTS = {concept.id: concept for concept in TOPIC.concepts}
NOTE_PATH = Path(__file__).resolve().parents[2] / "notes" / f"{NOTE}.md"
SERVICES = ("config", "guardduty", "security-hub", "trusted-advisor", "detective", "cloudwatch")


def claim(concept_id: str, claim_id: str):
    concept = CONCEPTS[concept_id]
    [found] = [c for c in (*concept.true, *concept.false) if c.id == claim_id]
    return found


def is_true(concept_id: str, claim_id: str) -> bool:
    return any(c.id == claim_id for c in CONCEPTS[concept_id].true)


def all_texts(concept) -> list[str]:
    texts = [c.text for c in (*concept.true, *concept.false)]
    texts += [s.goal + " " + s.constraint for s in concept.scenarios]
    for practice in concept.practices:
        texts += [practice.situation, practice.recommended.text]
        texts += [option.text for option in practice.alternatives]
    return texts


# --- depth and shape ----------------------------------------------------------------------


def test_the_topic_has_seven_to_nine_concepts_each_with_enough_claims():
    assert TOPIC.id == "monitoring"
    assert TOPIC.title == "Auditing and monitoring access"
    assert 7 <= len(TOPIC.concepts) <= 9
    for concept in TOPIC.concepts:
        assert len(concept.true) >= 4 and len(concept.false) >= 4, concept.id
        assert concept.task == "2.2" and concept.task in TASKS
        assert concept.kind in ("", *KIND_QUESTIONS)


def test_the_services_have_three_scenarios_and_every_concept_a_practice():
    for service in SERVICES:
        assert CONCEPTS[service].kind == "service", service
    for concept in TOPIC.concepts:
        if concept.kind:
            assert len(concept.scenarios) >= 3, concept.id
        assert concept.practices, concept.id
        for practice in concept.practices:
            assert len(practice.alternatives) >= 3, (concept.id, practice.id)


def test_concepts_owned_by_other_topics_are_referred_to_not_repeated():
    ids = set(CONCEPTS)
    assert not ids & {"cloudtrail", "credential-report", "external-access", "artifact"}
    nears = {ref for concept in TOPIC.concepts for ref in concept.near}
    for owned in ("features:cloudtrail", "features:credential-report"):
        assert owned in nears
    assert "least-privilege:external-access" in CONCEPTS["security-hub"].near


def test_the_note_links_the_shipped_note_and_lists_its_sources():
    text = NOTE_PATH.read_text()
    assert "[[security-IAM#best practices" in text
    assert "[[monitoring-CloudTrail" in text
    assert "^mo4b27" in text and "# Resources" in text and "# Tags" in text
    assert "#aws-ccp-exam-notes/security-identity-compliance/monitoring-access" in text
    for url in (AUDIT_MANAGER_AVAILABILITY_URL, GUARDDUTY_SOURCES_URL, SECURITY_HUB_CONFIG_URL):
        assert url in text


# --- facts most likely to go stale ------------------------------------------------------------


def test_audit_manager_is_closed_to_new_customers_and_never_a_scenario_answer():
    audit_manager = CONCEPTS["audit-manager"]
    assert audit_manager.kind == "" and not audit_manager.scenarios
    closed = claim("audit-manager", "closed")
    assert is_true("audit-manager", "closed")
    assert "no longer open to new customers" in closed.text
    assert closed.reference == AUDIT_MANAGER_AVAILABILITY_URL
    assert claim("audit-manager", "open-to-all").negates == "closed"
    # AWS's own reports come from AWS Artifact, not Audit Manager.
    assert "artifact" in claim("audit-manager", "aws-reports").reference


def test_security_hub_is_named_with_its_cspm_part_and_depends_on_aws_config():
    assert is_true("security-hub", "cspm-name")
    assert "Security Hub CSPM" in claim("security-hub", "cspm-name").text
    assert claim("security-hub", "cspm-name").reference == SECURITY_HUB_API_URL
    assert is_true("security-hub", "uses-config")
    assert claim("security-hub", "uses-config").reference == SECURITY_HUB_CONFIG_URL
    assert claim("security-hub", "no-config").negates == "uses-config"


def test_guardduty_reads_its_own_stream_discards_logs_and_has_a_thirty_day_trial():
    assert is_true("guardduty", "own-stream")
    assert claim("guardduty", "needs-trail").negates == "own-stream"
    assert not is_true("guardduty", "keeps-logs")
    assert "discards" in claim("guardduty", "keeps-logs").why
    trial = claim("guardduty", "free-trial")
    assert is_true("guardduty", "free-trial") and "30-day" in trial.text
    assert trial.reference == GUARDDUTY_SOURCES_URL


def test_config_history_starts_with_the_recorder_and_rules_never_block():
    assert is_true("config", "from-start")
    assert claim("config", "from-start").reference == CONFIG_HOW_URL
    assert claim("config", "since-creation").negates == "from-start"
    assert not is_true("config", "blocks")
    assert claim("config", "blocks").reference == CONFIG_MODES_URL
    unused = claim("config", "unused-rule")
    assert "90 days by default" in unused.text and unused.reference == UNUSED_CREDENTIALS_RULE_URL


def test_dropped_facts_stay_dropped():
    # The Detective prerequisite "GuardDuty enabled for 48 hours" is gone from AWS's page; the
    # CloudWatch root-usage alarm example is on no current page; Support plan names are changing.
    everything = " ".join(text for concept in TOPIC.concepts for text in all_texts(concept))
    assert "48 hours" not in everything
    assert "root usage" not in everything.lower()
    for plan in ("Business Support", "Enterprise Support", "Developer Support", "Basic Support"):
        assert plan not in everything
    assert is_true("detective", "regional")
    assert claim("detective", "regional").reference == DETECTIVE_API_URL


def test_choosing_pairs_each_false_pairing_with_the_true_one_it_contradicts():
    choosing = CONCEPTS["choosing"]
    assert choosing.kind == ""
    negated = {c.negates for c in choosing.false if c.negates}
    assert negated == {"who-deleted", "past-policies", "stolen-keys", "mfa-status", "finding-cause"}


# --- the questions it makes ---------------------------------------------------------------------


def test_scenario_goals_never_name_the_service_that_answers_them():
    words = {
        "config": ("config",),
        "guardduty": ("guard",),
        "security-hub": ("security",),
        "trusted-advisor": ("trust", "advis"),
        "detective": ("detect",),
        "cloudwatch": ("cloud", "watch"),
    }
    for service, stems in words.items():
        for case in CONCEPTS[service].scenarios:
            goal = (case.goal + " " + case.constraint).lower()
            for stem in stems:
                assert stem not in goal, (service, case.id, stem)


@pytest.mark.django_db
def test_each_concepts_lesson_section_and_the_notes_links_resolve_in_the_vault():
    from iamlab.lessons.vault import current_vault

    vault = current_vault()
    for concept in TOPIC.concepts:
        resolution = vault.resolve(concept.heading)
        assert resolution.exists and resolution.anchor_found, concept.heading
    for link in (
        "security-IAM#best practices",
        "security-IAM#features#credential report %% fold %%",
        "security-IAM#features#CloudTrail logging %% fold %%",
        "security-least-privilege#IAM Access Analyzer",
    ):
        resolution = vault.resolve(link, from_note=NOTE)
        assert resolution.exists and resolution.anchor_found, link


def test_config_history_goal_asks_for_a_past_state_which_cloudtrail_does_not_keep():
    """CloudTrail is Config's nearest rival: the goal asks how a role was set up on a day, not
    which calls changed it, so CloudTrail never also meets it."""
    [case] = [s for s in CONCEPTS["config"].scenarios if s.id == "past-policies"]
    assert "every change" not in case.goal
    assert "set up on a given day" in case.goal
    assert "features:cloudtrail" in CONCEPTS["config"].near
