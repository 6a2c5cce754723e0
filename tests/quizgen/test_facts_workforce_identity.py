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
    assert 6 <= len(TOPIC.concepts) <= 10
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


def test_ids_are_unique_and_negates_point_at_true_claims():
    for concept in TOPIC.concepts:
        true_ids = [c.id for c in concept.true]
        ids = true_ids + [c.id for c in concept.false]
        assert len(ids) == len(set(ids)), concept.id
        assert len({s.id for s in concept.scenarios}) == len(concept.scenarios)
        assert len({p.id for p in concept.practices}) == len(concept.practices)
        for false in concept.false:
            assert false.negates in ("", *true_ids), (concept.id, false.id)
        assert all(c.negates == "" for c in concept.true)


def test_every_reference_is_a_current_english_aws_page():
    pages = [concept.reference for concept in TOPIC.concepts]
    for concept in TOPIC.concepts:
        pages += [c.reference for c in (*concept.true, *concept.false)]
        pages += [s.reference for s in concept.scenarios if s.reference]
        pages += [p.reference for p in concept.practices]
    for page in pages:
        assert re.match(r"^https://(docs\.aws\.amazon\.com|aws\.amazon\.com)/", page), page
        assert not re.search(r"/(ja_jp|zh_cn|zh_tw|de_de|fr_fr|it_it|pt_br|es_es|id_id)/", page)
        assert "github.com" not in page and "amazonaws.cn" not in page


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
