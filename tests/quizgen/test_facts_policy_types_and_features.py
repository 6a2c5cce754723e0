"""The policy-types and features topics: facts we corrected or that go stale, and their shape."""

import random
from pathlib import Path

import pytest

from iamlab.lessons.vault import load_vault
from quizzes.catalogues import features, policy_types
from quizzes.catalogues.concepts import KIND_QUESTIONS, TASKS
from quizzes.generators.angles import generators_for_topics

TOPICS = (policy_types.TOPIC, features.TOPIC)
CONCEPTS = [concept for topic in TOPICS for concept in topic.concepts]
NOTES = Path(__file__).resolve().parents[2] / "notes"


def concept(topic, concept_id):
    return next(c for c in topic.concepts if c.id == concept_id)


def claim(concept_, claim_id, *, true=True):
    return next(c for c in (concept_.true if true else concept_.false) if c.id == claim_id)


# --- shape --------------------------------------------------------------------------------


@pytest.mark.parametrize("topic", TOPICS, ids=lambda t: t.id)
def test_topic_has_the_minimum_material(topic):
    assert 6 <= len(topic.concepts) <= 10
    assert len({c.id for c in topic.concepts}) == len(topic.concepts)
    with_practice = [c for c in topic.concepts if c.practices]
    assert len(with_practice) * 2 > len(topic.concepts)  # most concepts
    for c in topic.concepts:
        assert len(c.true) >= 4 and len(c.false) >= 4, c.card_id
        assert c.kind in ("", *KIND_QUESTIONS), c.card_id
        assert c.task in TASKS, c.card_id
        if c.kind:
            assert len(c.scenarios) >= 3, c.card_id
        for practice in c.practices:
            assert len(practice.alternatives) >= 3, (c.card_id, practice.id)


def test_every_heading_is_a_heading_of_a_note():
    vault = load_vault(NOTES)
    for c in CONCEPTS:
        found = vault.resolve(c.heading)
        assert found.exists and found.anchor_found, (c.card_id, c.heading)


def test_companion_note_links_to_the_shipped_note_and_lists_its_sources():
    text = (NOTES / "security-IAM-policies.md").read_text()
    assert "[[security-IAM#policies" in text
    assert "# Resources" in text and "# Tags" in text
    for url in (policy_types.BOUNDARIES_URL, policy_types.S3_OWNERSHIP_URL):
        assert url in text


# --- facts we corrected -------------------------------------------------------------------


def test_pci_dss_facts_are_gone():
    # The old facts cited an awsdocs GitHub archive of "What is IAM?"; no current AWS page we
    # could find states IAM's PCI DSS scope, so they were dropped rather than re-cited.
    for c in CONCEPTS:
        texts = [x.text + x.why for x in (*c.true, *c.false)]
        assert not any("PCI" in text for text in texts), c.card_id
    assert not hasattr(features, "IAM_INTRO_SOURCE_URL")
    assert not hasattr(features, "PCI_DSS_URL")


def test_cross_account_bucket_scenario_rules_out_acls():
    resource_based = concept(policy_types.TOPIC, "resource-based")
    case = next(s for s in resource_based.scenarios if s.id == "partner-reads-bucket")
    assert "ACLs disabled" in case.constraint and "bucket owner enforced" in case.constraint
    assert case.reference == policy_types.S3_OWNERSHIP_URL
    # Offered as a distractor, the ACL is explained by its purpose, which argues against it.
    acl = concept(policy_types.TOPIC, "acl")
    assert "recommends keeping S3 ACLs disabled" in acl.purpose


def test_bucket_sharing_practice_argues_against_every_alternative():
    resource_based = concept(policy_types.TOPIC, "resource-based")
    practice = next(p for p in resource_based.practices if p.id == "share-bucket")
    assert "bucket policy" in practice.recommended.text
    acl_option = next(o for o in practice.alternatives if "ACL" in o.text)
    assert "recommends keeping ACLs disabled" in acl_option.why
    assert practice.reference == policy_types.S3_OWNERSHIP_URL


def test_acl_facts_follow_s3_object_ownership():
    acl = concept(policy_types.TOPIC, "acl")
    for claim_id in ("disabled-by-default", "keep-disabled"):
        assert claim(acl, claim_id).reference == policy_types.S3_OWNERSHIP_URL
    assert "bucket owner enforced" in claim(acl, "disabled-by-default").text
    assert claim(acl, "not-same-account").reference == policy_types.ACL_URL
    assert claim(acl, "recommended", true=False).negates == "keep-disabled"


def test_trust_scenarios_never_offer_a_resource_based_policy_or_acl():
    # A trust policy is a resource-based policy: offering both would give two right answers.
    generator = generators_for_topics([policy_types.TOPIC])["policy-types/scenario"]
    trust_index = generator.concepts.index(concept(policy_types.TOPIC, "trust"))
    for k in range(60):
        seed = trust_index + len(generator.concepts) * k
        draft = generator(random.Random(seed), seed)
        assert draft.fact == "policy-types:trust"
        offered = {choice.text for choice in draft.wrong}
        assert "A resource-based policy" not in offered
        assert "An access control list (ACL)" not in offered


def test_permissions_boundary_card_is_the_one_other_topics_name():
    boundary = concept(policy_types.TOPIC, "permissions-boundary")
    assert boundary.card_id == "policy-types:permissions-boundary"
    assert claim(boundary, "grants-nothing").reference == policy_types.BOUNDARIES_URL
    assert claim(boundary, "on-group", true=False).why.endswith("not groups.")


# --- facts most likely to go stale ---------------------------------------------------------


def test_iam_is_offered_at_no_additional_charge():
    iam = concept(features.TOPIC, "iam")
    fact = claim(iam, "no-charge")
    assert "no additional charge" in fact.text
    assert fact.reference == "https://docs.aws.amazon.com/IAM/latest/UserGuide/introduction.html"


def test_iam_has_one_control_plane_for_commercial_regions():
    fact = claim(concept(features.TOPIC, "eventual-consistency"), "one-control-plane")
    assert fact.reference == features.RESILIENCE_URL
    assert "US East (N. Virginia)" in fact.why


def test_credential_report_every_four_hours_as_csv():
    report = concept(features.TOPIC, "credential-report")
    assert "once every four hours" in claim(report, "four-hours").text
    assert "CSV" in claim(report, "csv").text
    assert claim(report, "live", true=False).negates == "four-hours"
    assert report.reference == (
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html"
    )


def test_cloudtrail_event_history_covers_90_days():
    cloudtrail = concept(features.TOPIC, "cloudtrail")
    fact = claim(cloudtrail, "on-by-default")
    assert "90 days" in fact.text
    assert fact.reference == features.CLOUDTRAIL_WORKS_URL


def test_customer_managed_policies_keep_five_versions():
    customer = concept(policy_types.TOPIC, "customer-managed")
    assert "up to five versions" in claim(customer, "versions").text
    assert claim(customer, "ten-versions", true=False).negates == "versions"


def test_workforce_federation_follows_identity_center_advice():
    federation = concept(features.TOPIC, "federation")
    assert "IAM Identity Center" in claim(federation, "identity-center").text
    assert claim(federation, "identity-center").reference == features.FEDERATION_URL


def test_a_customer_managed_policy_keeps_five_versions_and_the_default_one_applies():
    versions = concept(policy_types.TOPIC, "versions")
    assert versions.kind == "" and versions.reference == policy_types.VERSIONS_URL
    assert "at most five versions" in claim(versions, "five-stored").text
    assert claim(versions, "keeps-all", true=False).negates == "five-stored"
    assert claim(versions, "default-applies").reference == policy_types.DEFAULT_VERSION_URL
    assert claim(versions, "newest-applies", true=False).negates == "default-applies"
    # The default version can't be deleted, and a policy version is not the Version element.
    assert "including the version that is currently the default" in (
        claim(versions, "delete-default", true=False).text
    )
    assert claim(versions, "version-element", true=False).negates == "not-version-element"
    [sixth] = [p for p in versions.practices if p.id == "sixth-version"]
    assert "isn't the default" in sixth.recommended.text


def test_policy_summaries_use_five_access_levels_with_permissions_management_apart():
    levels = concept(policy_types.TOPIC, "access-levels")
    assert levels.reference == policy_types.ACCESS_LEVELS_URL
    five = claim(levels, "five-levels").text
    for level in ("List", "Read", "Write", "Permissions management", "Tagging"):
        assert level in five
    assert "s3:PutBucketPolicy" in claim(levels, "permissions-management").text
    assert claim(levels, "put-policy-write", true=False).negates == "permissions-management"
    assert "Full" in claim(levels, "full-or-limited").text
    assert claim(levels, "limited-condition", true=False).negates == "full-or-limited"
    assert claim(levels, "where-shown").reference == policy_types.POLICY_SUMMARY_URL


def test_iam_arns_have_a_blank_region_and_are_not_secret():
    identifiers = concept(features.TOPIC, "identifiers")
    blank = claim(identifiers, "blank-region")
    assert "always blank" in blank.text and "global" in blank.text
    assert blank.reference == features.IDENTIFIERS_URL
    assert claim(identifiers, "region-in-arn", true=False).negates == "blank-region"
    assert claim(identifiers, "not-secret").reference == features.ARNS_URL
    assert claim(identifiers, "arn-is-secret", true=False).negates == "not-secret"
    [one_role] = identifiers.practices
    assert "arn:aws:iam::123456789012:role/S3Access" in one_role.recommended.text


def test_an_account_has_one_alias_and_the_account_id_url_keeps_working():
    alias = concept(features.TOPIC, "account-alias")
    assert alias.kind == "service" and len(alias.scenarios) >= 3
    assert "only one alias" in claim(alias, "one-alias").text
    assert claim(alias, "one-per-team", true=False).negates == "one-alias"
    assert claim(alias, "id-url-stays").reference == features.ACCOUNT_MANAGEMENT_ALIAS_URL
    assert claim(alias, "id-url-stops", true=False).negates == "id-url-stays"
    assert claim(alias, "public").reference == features.ALIAS_URL
    # The alias changes the sign-in URL only; ARNs keep the account ID.
    assert claim(alias, "replaces-id-in-arns", true=False).reference == features.IDENTIFIERS_URL
    for scenario in alias.scenarios:
        assert "alias" not in scenario.goal and "account" not in scenario.goal


def test_features_companion_note_has_the_new_headings_and_sources():
    text = (NOTES / "security-IAM-features.md").read_text()
    assert "[[security-IAM#features" in text
    assert "# Resources" in text and "# Tags" in text
    for url in (
        features.IDENTIFIERS_URL,
        features.ARNS_URL,
        features.ALIAS_URL,
        features.ACCOUNT_MANAGEMENT_ALIAS_URL,
    ):
        assert url in text
    policies = (NOTES / "security-IAM-policies.md").read_text()
    for url in (policy_types.VERSIONS_URL, policy_types.ACCESS_LEVELS_URL):
        assert url in policies


# --- what an examiner would catch ----------------------------------------------------------


def test_no_absurd_best_practice_alternatives():
    for c in CONCEPTS:
        for practice in c.practices:
            for option in practice.alternatives:
                assert "no one is ever blocked" not in option.text
                assert "AdministratorAccess so" not in option.text


def test_practice_keys_are_not_the_longest_option_by_habit():
    practices = [p for c in CONCEPTS for p in c.practices]
    longest = [
        p for p in practices if len(p.recommended.text) > max(len(o.text) for o in p.alternatives)
    ]
    assert len(longest) * 2 < len(practices)


@pytest.mark.parametrize("topic", TOPICS, ids=lambda t: t.id)
def test_topic_gives_at_least_60_distinct_questions(topic):
    generators = list(generators_for_topics([topic]).values())
    distinct = set()
    for seed in range(200):
        for generator in generators:
            draft = generator(random.Random(f"{generator.name}:{seed}"), seed)
            options = frozenset(c.text for c in (*draft.correct, *draft.wrong))
            distinct.add((draft.stem, options))
    assert len(distinct) >= 60


def test_features_service_scenarios_draw_only_named_look_alikes():
    # With fewer than five same-kind rivals named or in the topic, the third scenario option
    # came from an unrelated topic (Amazon RDS, Amazon Cognito, Amazon GuardDuty).
    by_id = {c.id: c for c in features.TOPIC.concepts}
    for cid in ("cloudtrail", "tags", "account-alias"):
        assert len(by_id[cid].near) >= 5, cid
    assert "workforce-identity:identity-center" in by_id["account-alias"].near
    assert "least-privilege:policy-simulator" in by_id["cloudtrail"].near
