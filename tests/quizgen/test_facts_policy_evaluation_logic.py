"""The policy-evaluation topic's plain-language concepts: the rules we pinned, and their shape."""

import random
from pathlib import Path

from iamlab.lessons.vault import load_vault
from quizzes.catalogues import policy_logic
from quizzes.catalogues.concepts import TASKS
from quizzes.generators import generate, generators_for
from quizzes.generators.angles import generators_for_topics

TOPIC = policy_logic.TOPIC
CONCEPTS = list(TOPIC.concepts)
NOTES = Path(__file__).resolve().parents[2] / "notes"
NOTE = NOTES / "security-IAM-policy-evaluation.md"


def concept(concept_id):
    return next(c for c in CONCEPTS if c.id == concept_id)


def claim(concept_, claim_id, *, true=True):
    return next(c for c in (concept_.true if true else concept_.false) if c.id == claim_id)


def every_reference(concept_):
    yield concept_.reference
    for item in (*concept_.true, *concept_.false):
        yield item.reference
    for scenario in concept_.scenarios:
        if scenario.reference:
            yield scenario.reference
    for practice in concept_.practices:
        yield practice.reference


# --- shape --------------------------------------------------------------------------------


def test_topic_has_the_minimum_material():
    assert TOPIC.id == "policy-evaluation" and TOPIC.title == "Policy evaluation"
    assert 7 <= len(CONCEPTS) <= 9
    assert len({c.id for c in CONCEPTS}) == len(CONCEPTS)
    assert sum(1 for c in CONCEPTS if c.practices) * 2 > len(CONCEPTS)
    for c in CONCEPTS:
        assert len(c.true) >= 4 and len(c.false) >= 4, c.card_id
        assert c.task in TASKS, c.card_id
        # rules of evaluation, not things a company chooses: no scenarios
        assert c.kind == "" and not c.scenarios, c.card_id
        for practice in c.practices:
            assert len(practice.alternatives) >= 3, (c.card_id, practice.id)


def test_every_heading_is_a_heading_of_the_companion_note():
    vault = load_vault(NOTES)
    for c in CONCEPTS:
        assert c.heading.startswith("security-IAM-policy-evaluation#"), c.card_id
        found = vault.resolve(c.heading)
        assert found.exists and found.anchor_found, (c.card_id, c.heading)


def test_companion_note_links_the_shipped_note_and_lists_its_sources():
    text = NOTE.read_text()
    assert "[[security-IAM#policies" in text
    assert "# Resources" in text and "# Tags" in text
    assert "#aws-ccp-exam-notes/security-identity-compliance/" in text
    cited = {url for c in CONCEPTS for url in every_reference(c)}
    for url in cited:
        assert url in text, url


# --- the rules, pinned to the pages that state them -----------------------------------------


def test_default_deny_with_the_root_user_as_the_stated_exception():
    implicit = concept("implicit-deny")
    assert claim(implicit, "root-exception").reference == policy_logic.DENY_ALLOW_URL
    assert "full access" in claim(implicit, "root-exception").text
    # the topic's own guardrails practice teaches that SCPs restrict a member account's root
    # user, so the claim must not say the root user's access is unconditional
    assert "unless an SCP limits it" in claim(implicit, "root-exception").text
    assert claim(implicit, "root-denied", true=False).negates == "root-exception"
    assert claim(implicit, "new-identity").reference == policy_logic.EXPLICIT_IMPLICIT_URL


def test_an_explicit_deny_is_final_in_every_policy_type():
    explicit = concept("explicit-deny")
    text = claim(explicit, "any-policy-type").text
    for policy_type in ("SCPs", "RCPs", "resource-based", "identity-based", "boundaries"):
        assert policy_type in text
    assert claim(explicit, "final").reference == policy_logic.DENY_ALLOW_URL
    assert claim(explicit, "identity-only", true=False).negates == "any-policy-type"


def test_one_allow_is_enough_within_an_account_with_two_stated_exceptions():
    same = concept("same-account")
    assert claim(same, "either-enough").reference == policy_logic.SINGLE_ACCOUNT_URL
    assert claim(same, "both-required", true=False).negates == "either-enough"
    # The denyallow page names role trust policies and KMS key policies as the exceptions.
    assert claim(same, "trust-exception").reference == policy_logic.DENY_ALLOW_URL
    assert claim(same, "kms-exception").reference == policy_logic.KMS_KEY_POLICIES_URL


def test_cross_account_needs_both_sides_and_the_right_terms():
    cross = concept("cross-account")
    assert "trusted account" in claim(cross, "terms").text
    assert claim(cross, "terms-swapped", true=False).negates == "terms"
    assert claim(cross, "owner-only", true=False).negates == "caller-side"
    assert claim(cross, "caller-only", true=False).negates == "resource-side"
    assert claim(cross, "assume-permission").reference == policy_logic.ROLE_OTHER_ACCOUNT_URL
    # the Principal element is no way to grant from the caller's side
    assert claim(cross, "principal-in-identity", true=False).reference == (
        policy_logic.PRINCIPAL_URL
    )


def test_guardrails_never_grant_and_intersect():
    guardrails = concept("guardrails")
    assert claim(guardrails, "grant-nothing").reference == policy_logic.SCP_EXAMPLES_URL
    assert "intersection" in claim(guardrails, "intersection").text
    assert claim(guardrails, "removing-reduces", true=False).negates == "removing-boundary"
    assert claim(guardrails, "scp-missing-allow").reference == policy_logic.DENY_ALLOW_URL


def test_a_role_session_uses_the_role_not_the_caller():
    session = concept("role-session")
    assert claim(session, "caller-set-aside").reference == policy_logic.ASSUME_ROLE_PERMISSIONS_URL
    assert claim(session, "keeps-own", true=False).negates == "caller-set-aside"
    assert "intersection" in claim(session, "session-intersection").text
    assert claim(session, "session-adds", true=False).negates == "no-more-than-role"


def test_policy_elements_principal_only_in_resource_based_policies():
    elements = concept("policy-elements")
    assert claim(elements, "principal-in-identity", true=False).negates == "principal"
    assert "Allow or Deny" in claim(elements, "effect").text
    assert claim(elements, "notaction-allow").reference == policy_logic.NOTACTION_URL
    assert "optional" in claim(elements, "condition").text


def test_wildcards_and_case():
    wildcards = concept("wildcards")
    assert '"s3:*"' in claim(wildcards, "star-any").text
    assert "exactly one character" in claim(wildcards, "question-one").text
    assert claim(wildcards, "service-wildcard", true=False).negates == "no-service-wildcard"
    assert "case insensitive" in claim(wildcards, "case-insensitive").text


def test_version_is_the_2012_10_17_language_not_a_date_or_a_policy_version():
    version = concept("version-element")
    assert '"2012-10-17"' in claim(version, "language-version").text
    assert claim(version, "edit-date", true=False).negates == "language-version"
    assert claim(version, "selects-default", true=False).negates == "not-policy-version"
    assert "2008-10-17" in claim(version, "older-version").text
    for c in version.true:
        assert c.reference == policy_logic.VERSION_URL


# --- what an examiner would catch ----------------------------------------------------------


def test_practice_keys_are_not_the_longest_option_by_habit():
    practices = [p for c in CONCEPTS for p in c.practices]
    longest = [
        p for p in practices if len(p.recommended.text) > max(len(o.text) for o in p.alternatives)
    ]
    assert len(longest) * 2 < len(practices)


def test_claims_of_a_concept_are_of_similar_length():
    for c in CONCEPTS:
        true_mean = sum(len(x.text) for x in c.true) / len(c.true)
        false_mean = sum(len(x.text) for x in c.false) / len(c.false)
        assert abs(true_mean - false_mean) < 25, c.card_id


def test_topic_gives_at_least_60_distinct_questions_from_its_concepts():
    distinct = set()
    for generator in generators_for_topics([TOPIC]).values():
        for seed in range(200):
            draft = generator(random.Random(f"{generator.name}:{seed}"), seed)
            options = frozenset(c.text for c in (*draft.correct, *draft.wrong))
            distinct.add((draft.stem, options))
    assert len(distinct) >= 60


def test_the_bank_offers_the_concepts_beside_the_engine_questions():
    names = generators_for(["policy-evaluation"])
    assert "policy-evaluation/evaluate-request" in names
    assert {"policy-evaluation/direct", "policy-evaluation/practice"} <= set(names)
    question = generate("policy-evaluation/direct", 3)
    assert question.fact.startswith("policy-evaluation:")
    assert question.fact.split(":", 1)[1] in {c.id for c in CONCEPTS}
