"""Workforce identity and federation: the topic's shape, and the facts most likely to go stale.

Each pinned fact was checked against AWS's current page; a failure here means the catalogue
changed a fact, not that AWS did. Re-check the cited page before changing the expectation.
"""

import random
import re
from pathlib import Path

import pytest

from quizzes.catalogues import workforce_identity as wi
from quizzes.catalogues.concepts import KIND_QUESTIONS, TASKS

TOPIC = wi.TOPIC
CONCEPTS = {concept.id: concept for concept in TOPIC.concepts}
NOTES = Path(__file__).resolve().parents[2] / "notes"


def claim(concept_id: str, claim_id: str):
    concept = CONCEPTS[concept_id]
    for truth, claims in ((True, concept.true), (False, concept.false)):
        for item in claims:
            if item.id == claim_id:
                return truth, item
    raise KeyError(f"{concept_id}:{claim_id}")


def note_headings(name: str) -> set[str]:
    """Headings of a note as ``section``, ``section#sub`` and ``sub``, without fold markers."""
    found: set[str] = set()
    section = ""
    for line in (NOTES / f"{name}.md").read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(#{1,6})\s+(.*?)\s*$", line)
        if not match:
            continue
        text = match.group(2).replace("%% fold %%", "").strip()
        if len(match.group(1)) == 2:
            section = text
            found.add(text)
        elif len(match.group(1)) > 2:
            found.update({text, f"{section}#{text}"})
        else:
            found.add(text)
    return found


# --- shape --------------------------------------------------------------------------------


def test_topic_has_the_minimum_material():
    assert TOPIC.id == "workforce-identity"
    # Round 2 added the AWS access portal, its MFA and IAM Roles Anywhere to the first ten.
    assert 6 <= len(TOPIC.concepts) <= 13
    assert len(CONCEPTS) == len(TOPIC.concepts)
    for concept in TOPIC.concepts:
        assert len(concept.true) >= 4, concept.id
        assert len(concept.false) >= 4, concept.id
        assert concept.kind in ("", *KIND_QUESTIONS), concept.id
        if concept.kind:
            assert len(concept.scenarios) >= 3, concept.id
        assert concept.task in TASKS and concept.task == "2.3"
    with_practice = [c for c in TOPIC.concepts if c.practices]
    assert len(with_practice) == len(TOPIC.concepts)
    assert sum(len(c.practices) >= 2 for c in TOPIC.concepts) >= 5
    for practice in (p for c in TOPIC.concepts for p in c.practices):
        assert len(practice.alternatives) >= 3, practice.id


def test_every_heading_is_in_the_companion_note_and_the_note_cites_its_pages():
    headings = note_headings(wi.NOTE)
    for concept in TOPIC.concepts:
        note, _, path = concept.heading.partition("#")
        assert note == wi.NOTE, concept.id
        assert path in headings, (concept.id, path)
    text = (NOTES / f"{wi.NOTE}.md").read_text(encoding="utf-8")
    assert "[[security-IAM#" in text
    cited = {c.reference for concept in TOPIC.concepts for c in (*concept.true, *concept.false)}
    for page in cited:
        assert page in text, page


def test_sixty_generated_questions_are_all_different():
    from quizzes.generators.angles import generators_for_topics
    from quizzes.generators.assembly import finish

    generators = list(generators_for_topics([TOPIC]).values())
    seen = set()
    for seed in range(120):
        generator = generators[seed % len(generators)]
        rng = random.Random(f"{generator.name}:{seed}")
        question = finish(generator(rng, seed), generator=generator.name, seed=seed, rng=rng)
        seen.add((question.stem, frozenset(question.options)))
    assert len(seen) >= 60


# --- federation always goes through a role ---------------------------------------------------


def test_no_true_fact_says_federation_works_without_a_role():
    no_role = re.compile(r"\b(no|without any) IAM role\b", re.IGNORECASE)
    for concept in TOPIC.concepts:
        for item in concept.true:
            assert not no_role.search(item.text), (concept.id, item.id)
        for scenario in concept.scenarios:
            assert not no_role.search(scenario.goal + " " + scenario.constraint)
    for concept_id, claim_id in (
        ("saml-federation", "no-role-needed"),
        ("oidc-federation", "no-role-needed"),
        ("cognito-identity-pools", "no-role"),
    ):
        truth, _ = claim(concept_id, claim_id)
        assert truth is False


def test_roles_are_named_as_the_way_in():
    assert claim("identity-center", "roles-underneath")[0] is True
    assert claim("permission-sets", "becomes-role")[0] is True
    assert claim("oidc-federation", "role-after-provider")[0] is True
    assert claim("cognito-identity-pools", "iam-roles")[0] is True
    assert "IAM role" in CONCEPTS["oidc-federation"].name


# --- pinned facts -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("concept_id", "claim_id", "truth", "reference"),
    [
        # AWS now calls IAM Identity Center *the* recommended service for human access.
        ("identity-center", "recommended-for-people", True, wi.IC_WHAT),
        # The AWS Single Sign-On name is retired; Identity Center is its successor.
        ("identity-center", "successor", True, wi.IC_WHAT),
        # Multi-account permissions need the organization instance (Nov 2023 account instances).
        ("identity-center", "organization-instance", True, wi.IC_INSTANCES),
        ("identity-center", "account-instance-org-wide", False, wi.IC_INSTANCES),
        ("permission-sets", "organization-instance", True, wi.IC_PERMISSION_SET_DELEGATION),
        ("permission-sets", "for-applications", False, wi.IC_ROLES),
        ("identity-sources", "one-at-a-time", True, wi.IC_IDENTITY_SOURCE),
        ("identity-sources", "simple-ad", False, wi.IC_IDENTITY_SOURCE),
        ("identity-sources", "saml-queries-users", False, wi.IC_SCIM_SAML),
        # IAM's own page: people belong in Identity Center, not in SAML federation with IAM.
        ("saml-federation", "identity-center-preferred", True, wi.IAM_PROVIDERS),
        ("oidc-federation", "workloads-outside-aws", True, wi.IAM_PROVIDERS),
        ("oidc-federation", "cognito-for-apps", True, wi.IAM_OIDC),
        ("oidc-federation", "embed-encrypted-keys", False, wi.IAM_OIDC),
        ("oidc-federation", "no-caller-credentials", True, wi.STS_ASSUME_ROLE_WEB_IDENTITY),
        ("sts", "assume-role-use", True, wi.STS_ASSUME_ROLE),
        ("cross-account-role", "external-id-secret", False, wi.THIRD_PARTY),
        ("cross-account-role", "third-party-pays", False, wi.THIRD_PARTY),
        ("cognito-identity-pools", "guests", True, wi.COGNITO_SCENARIOS),
        ("cognito-user-pools", "aws-credentials-alone", False, wi.COGNITO_SCENARIOS),
        ("directory-service", "ad-connector-no-copy", True, wi.DS_AD_CONNECTOR),
        # Round 2: the access portal and MFA in IAM Identity Center.
        ("access-portal", "not-iam-users", True, wi.IC_GET_CREDENTIALS),
        ("access-portal", "own-url", True, wi.IC_SIGN_IN),
        ("access-portal", "console-only", False, wi.IC_GET_CREDENTIALS),
        # The MFA page now says MFA is on by default (it once began "When administrators
        # enable MFA"), and an external IdP manages MFA itself.
        ("identity-center-mfa", "on-by-default", True, wi.IC_MFA),
        ("identity-center-mfa", "off-by-default", False, wi.IC_MFA),
        ("identity-center-mfa", "external-idp-manages", True, wi.IC_MFA_PROMPT),
        ("identity-center-mfa", "external-idp-mfa", False, wi.IC_MFA_PROMPT),
        ("identity-center-mfa", "ad-sources", True, wi.IC_MFA_CONSIDERATIONS),
        ("identity-center-mfa", "eight-devices", True, wi.IC_MFA),
        ("identity-center-mfa", "sms", False, wi.IC_MFA),
        ("identity-center-mfa", "self-enroll", True, wi.IC_MFA_ENFORCEMENT),
        ("roles-anywhere", "outside-aws", True, wi.RA_INTRO),
        ("roles-anywhere", "x509", True, wi.RA_INTRO),
        ("roles-anywhere", "trust-anchor", True, wi.RA_INTRO),
        ("roles-anywhere", "replaces-keys", True, wi.IAM_NON_AWS),
        ("roles-anywhere", "for-people", False, wi.RA_INTRO),
        ("roles-anywhere", "oidc-tokens", False, wi.IAM_PROVIDERS),
        ("roles-anywhere", "ec2-instances", False, wi.EC2_METADATA_CREDENTIALS),
    ],
)
def test_pinned_fact(concept_id, claim_id, truth, reference):
    found_truth, item = claim(concept_id, claim_id)
    assert found_truth is truth
    assert item.reference == reference


def test_pinned_wording():
    assert claim("identity-center", "successor")[1].text.startswith(
        "IAM Identity Center is the successor to AWS Single Sign-On"
    )
    assert "only one identity source" in claim("identity-sources", "one-at-a-time")[1].text
    assert "encrypted" in claim("oidc-federation", "embed-encrypted-keys")[1].text


def test_dropped_facts_stay_out():
    """Left out on purpose; see the report that came with this topic."""
    texts = " ".join(
        item.text for concept in TOPIC.concepts for item in (*concept.true, *concept.false)
    )
    # The current "What is IAM Identity Center?" page no longer states the price.
    assert "no additional charge" not in texts and "free" not in texts.lower().split()
    # STS endpoints changed (regional by default in SDKs); no endpoint facts.
    assert "sts.amazonaws.com" not in texts
    # Session-length numbers are API trivia at CLF-C02 level.
    assert not re.search(r"\b(12|36) hours\b|\b900 seconds\b", texts)


# --- round 2: access portal and MFA in IAM Identity Center ---------------------------------


def test_portal_and_its_mfa_have_no_kind():
    # Both are parts of IAM Identity Center: offered beside it, a scenario would have two keys.
    assert CONCEPTS["access-portal"].kind == ""
    assert CONCEPTS["identity-center-mfa"].kind == ""


def test_identity_center_mfa_claims_name_no_default_prompt_mode():
    # Versions of "Prompt users for MFA" disagree on the default mode (always-on or
    # context-aware), so no claim says which one is the default.
    for item in (*CONCEPTS["identity-center-mfa"].true, *CONCEPTS["identity-center-mfa"].false):
        assert "default mode" not in item.text and "by default" not in item.text.replace(
            "turned on by default", ""
        ), item.id


def test_okta_mfa_practice_sends_mfa_to_the_identity_provider():
    concept = CONCEPTS["identity-center-mfa"]
    practice = next(p for p in concept.practices if p.id == "mfa-with-okta")
    assert practice.recommended.text.startswith("Require MFA in Okta")
    assert practice.reference == wi.IC_MFA_PROMPT


def test_roles_anywhere_scenarios_name_certificates_not_tokens_or_people():
    assert "roles-anywhere" in CONCEPTS["oidc-federation"].near
    assert "oidc-federation" in CONCEPTS["roles-anywhere"].near
    for scenario in CONCEPTS["roles-anywhere"].scenarios:
        text = (scenario.goal + " " + scenario.constraint).lower()
        assert "certificate" in text or "public key infrastructure" in text, scenario.id
        assert "token" not in text and "employee" not in text and "sign-in" not in text
    # OIDC's scenarios speak of tokens, never of certificates, so only one of the two fits.
    for scenario in CONCEPTS["oidc-federation"].scenarios:
        assert "certificate" not in (scenario.goal + " " + scenario.constraint).lower()
