"""The least-privilege topic: deep enough for the bank, and its facts as AWS states them now."""

from pathlib import Path

import pytest

from quizzes.catalogues.concepts import KIND_QUESTIONS, TASKS
from quizzes.catalogues.least_privilege import (
    BOUNDARIES_URL,
    FINDING_UNUSED_URL,
    FINDINGS_URL,
    NOTE,
    POLICY_CHECKS_URL,
    POLICY_GENERATION_URL,
    ROLE_DELETE_URL,
    SERVICE_LAST_ACCESSED_API_URL,
    TOPIC,
    UNUSED_ANALYZER_URL,
    VALIDATE_FINDING_URL,
)

CONCEPTS = {concept.id: concept for concept in TOPIC.concepts}
NOTE_PATH = Path(__file__).resolve().parents[2] / "notes" / f"{NOTE}.md"


def claim(concept_id: str, claim_id: str):
    concept = CONCEPTS[concept_id]
    [found] = [c for c in (*concept.true, *concept.false) if c.id == claim_id]
    return found


def is_true(concept_id: str, claim_id: str) -> bool:
    return any(c.id == claim_id for c in CONCEPTS[concept_id].true)


# --- depth and shape ----------------------------------------------------------------------


def test_the_topic_has_six_to_twelve_concepts_each_with_enough_claims():
    # Round 2 deepened the topic past ten concepts (removing unused credentials and roles) so
    # that exams can share fewer (concept, angle) pairs; each concept still has to earn its place.
    assert TOPIC.id == "least-privilege"
    assert TOPIC.title == "Least privilege in practice"
    assert 6 <= len(TOPIC.concepts) <= 12
    for concept in TOPIC.concepts:
        assert len(concept.true) >= 4 and len(concept.false) >= 4, concept.id
        assert concept.task in TASKS
        assert concept.kind in ("", *KIND_QUESTIONS)


def test_kind_bearing_concepts_have_three_scenarios_and_most_concepts_a_practice():
    for concept in TOPIC.concepts:
        if concept.kind:
            assert len(concept.scenarios) >= 3, concept.id
        for practice in concept.practices:
            assert len(practice.alternatives) >= 3, (concept.id, practice.id)
    with_practice = [c for c in TOPIC.concepts if c.practices]
    assert len(with_practice) == len(TOPIC.concepts)


def test_the_principle_is_the_only_kindless_core_and_the_tools_are_services():
    assert CONCEPTS["principle"].kind == ""
    for tool in (
        "external-access",
        "unused-access",
        "policy-validation",
        "policy-generation",
        "last-accessed",
        "policy-simulator",
    ):
        assert CONCEPTS[tool].kind == "service", tool


def test_the_principle_names_permissions_boundaries_as_a_near_neighbour():
    assert "policy-types:permissions-boundary" in CONCEPTS["principle"].near


def test_the_note_links_the_shipped_note_and_lists_its_sources():
    text = NOTE_PATH.read_text()
    assert "[[security-IAM#best practices" in text
    assert "^lp7c21" in text and "# Resources" in text and "# Tags" in text
    assert "#aws-ccp-exam-notes/security-identity-compliance/least-privilege" in text
    for url in (
        UNUSED_ANALYZER_URL,
        POLICY_CHECKS_URL,
        FINDINGS_URL,
        BOUNDARIES_URL,
        FINDING_UNUSED_URL,
        ROLE_DELETE_URL,
    ):
        assert url in text


# --- facts most likely to go stale ------------------------------------------------------------


def test_unused_access_analysis_is_paid_per_role_and_user_and_not_regional():
    paid = claim("unused-access", "paid")
    assert is_true("unused-access", "paid")
    assert "charged by the number of IAM roles and users" in paid.text
    assert paid.reference == UNUSED_ANALYZER_URL
    assert claim("unused-access", "free").negates == "paid"
    assert is_true("unused-access", "not-regional")
    assert claim("unused-access", "every-region").negates == "not-regional"


def test_custom_policy_checks_are_charged_per_check_and_basic_validation_has_four_finding_types():
    assert is_true("policy-validation", "custom-checks-charged")
    assert claim("policy-validation", "custom-checks-charged").reference == POLICY_CHECKS_URL
    assert claim("policy-validation", "custom-free").negates == "custom-checks-charged"
    types = claim("policy-validation", "finding-types").text
    for kind in ("security warnings", "errors", "general warnings", "suggestions"):
        assert kind in types
    # Suggestions are stylistic; overly permissive access is a security warning.
    assert not is_true("policy-validation", "suggestion-access")
    assert claim("policy-validation", "security-warning").reference == VALIDATE_FINDING_URL


def test_access_analyzer_findings_are_external_internal_and_unused_access():
    # AWS's findings page now names internal access beside external and unused access.
    internal = claim("external-access", "internal")
    assert not is_true("external-access", "internal")
    assert "inside the organization" in internal.text
    assert "internal access" in internal.why and internal.reference == FINDINGS_URL
    assert not is_true("external-access", "unused")
    assert is_true("external-access", "inside-org")
    assert claim("external-access", "same-org-finding").negates == "inside-org"


def test_policy_generation_reads_a_cloudtrail_trail_over_at_most_ninety_days():
    assert "up to 90 days" in claim("policy-generation", "ninety-days").text
    assert claim("policy-generation", "ninety-days").reference == POLICY_GENERATION_URL
    assert claim("policy-generation", "four-hundred-days").negates == "ninety-days"
    assert is_true("policy-generation", "needs-trail")
    assert claim("policy-generation", "no-trail").negates == "needs-trail"


def test_last_accessed_counts_every_attempt_and_names_cloudtrail_authoritative():
    attempts = claim("last-accessed", "attempts")
    assert is_true("last-accessed", "attempts") and "not only" in attempts.text
    assert attempts.reference == SERVICE_LAST_ACCESSED_API_URL
    assert claim("last-accessed", "successes-only").negates == "attempts"
    assert is_true("last-accessed", "cloudtrail-authoritative")
    assert "management account" in claim("last-accessed", "organizations").text


def test_power_user_access_excludes_users_and_groups_and_managed_policies_are_not_editable():
    assert (
        "does not allow management of users and groups"
        in claim("job-function-policies", "power-user").text
    )
    assert claim("job-function-policies", "power-user-iam").negates == "power-user"
    assert claim("job-function-policies", "editable").negates == "aws-updates"
    assert claim("job-function-policies", "tailored").negates == "not-least"


def test_the_simulator_makes_no_requests_and_a_deny_by_ip_policy_grants_nothing():
    assert is_true("policy-simulator", "no-requests")
    assert claim("policy-simulator", "real-calls").negates == "no-requests"
    assert is_true("conditions", "deny-grants-nothing")
    assert claim("conditions", "deny-also-allows").negates == "deny-grants-nothing"
    [office] = [p for p in CONCEPTS["conditions"].practices if p.id == "office-network"]
    assert "denies" in office.recommended.text and "aws:SourceIp" in office.recommended.text


def test_unused_credentials_are_deleted_and_roles_checked_for_last_activity_first():
    # "Find unused AWS credentials": ideally delete, at the very least change or deactivate.
    concept = CONCEPTS["remove-unused"]
    assert concept.kind == "" and concept.task == "2.3"
    assert concept.heading == f"{NOTE}#the principle#review and remove"
    ideal = claim("remove-unused", "delete-or-deactivate")
    assert is_true("remove-unused", "delete-or-deactivate")
    assert "ideally deleted" in ideal.text and "deactivated" in ideal.text
    assert ideal.reference == FINDING_UNUSED_URL
    assert claim("remove-unused", "keep-just-in-case").negates == "recreate-later"
    # "Delete roles or instance profiles": last activity over the trailing 400 days, and a role
    # a running instance uses must not be deleted.
    window = claim("remove-unused", "tracking-400-days")
    assert is_true("remove-unused", "tracking-400-days") and "400 days" in window.text
    assert window.reference == ROLE_DELETE_URL
    assert claim("remove-unused", "whole-lifetime").negates == "tracking-400-days"
    assert is_true("remove-unused", "running-instances")
    assert claim("remove-unused", "instances-keep-going").negates == "running-instances"
    assert not is_true("remove-unused", "auto-deactivate")
    [idle] = [p for p in concept.practices if p.id == "idle-role"]
    assert "running EC2 instance" in idle.recommended.text
    assert idle.reference == ROLE_DELETE_URL
    # The best-practice claim lives in the features topic; this concept says how to act on it.
    assert "features:best-practices" in concept.near
    assert "features:credential-report" in concept.near


def test_delegation_uses_a_permissions_boundary_as_a_practice_not_a_definition():
    assert not any("boundar" in c.id for c in TOPIC.concepts)
    [delegate] = [p for p in CONCEPTS["principle"].practices if p.id == "delegate-roles"]
    assert "permissions boundary" in delegate.recommended.text
    assert delegate.reference == BOUNDARIES_URL


# --- the questions it makes ---------------------------------------------------------------------


@pytest.mark.django_db
def test_each_concepts_lesson_section_and_the_notes_links_resolve_in_the_vault():
    from iamlab.lessons.vault import current_vault

    vault = current_vault()
    for concept in TOPIC.concepts:
        resolution = vault.resolve(concept.heading)
        assert resolution.exists and resolution.anchor_found, concept.heading
    for link in (
        "security-IAM#best practices",
        "security-IAM#policies",
        "security-IAM#features#credential report %% fold %%",
    ):
        resolution = vault.resolve(link, from_note=NOTE)
        assert resolution.exists and resolution.anchor_found, link
