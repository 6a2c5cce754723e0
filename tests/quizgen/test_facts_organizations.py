"""The organizations topic: AWS Organizations, SCPs, RCPs, centralized root access and AWS
Control Tower, as AWS documents them now. Pins the facts most likely to go stale or that were
corrected while writing the topic, and the minimum material every concept needs."""

import random
import re
from pathlib import Path

import pytest

from quizzes.catalogues import organizations
from quizzes.catalogues.concepts import KIND_QUESTIONS
from quizzes.catalogues.organizations import TOPIC
from quizzes.generators.angles import echoes_stem_alone, generators_for_topics

NOTES = Path(__file__).resolve().parents[2] / "notes"
CONCEPTS = {concept.id: concept for concept in TOPIC.concepts}


def claim(concept_id: str, claim_id: str, *, true: bool):
    concept = CONCEPTS[concept_id]
    [found] = [c for c in (concept.true if true else concept.false) if c.id == claim_id]
    return found


# --- structure ------------------------------------------------------------------------------


def test_topic_meets_the_minimum_counts():
    assert TOPIC.id == "organizations"
    assert TOPIC.title == "AWS Organizations and multi-account access"
    # Round 2 grew the topic past the first brief's ten (tag and backup policies, AWS RAM).
    assert 6 <= len(TOPIC.concepts) <= 14
    for concept in TOPIC.concepts:
        assert len(concept.true) >= 4, concept.id
        assert len(concept.false) >= 4, concept.id
        if concept.kind:
            assert concept.kind in KIND_QUESTIONS
            assert len(concept.scenarios) >= 3, concept.id
        for practice in concept.practices:
            assert len(practice.alternatives) >= 3, (concept.id, practice.id)
    with_practice = sum(bool(concept.practices) for concept in TOPIC.concepts)
    assert with_practice >= len(TOPIC.concepts) - 1


def test_this_topic_owns_the_scp_and_rcp_policy_concepts():
    assert CONCEPTS["scp"].kind == CONCEPTS["rcp"].kind == "policy"
    assert CONCEPTS["scp"].card_id == "organizations:scp"
    assert CONCEPTS["rcp"].card_id == "organizations:rcp"
    assert CONCEPTS["organizations"].kind == CONCEPTS["control-tower"].kind == "service"
    assert "policy-types:permissions-boundary" in CONCEPTS["scp"].near


def _references():
    for concept in TOPIC.concepts:
        yield concept.reference
        for item in (*concept.true, *concept.false, *concept.practices):
            yield item.reference
        for scenario in concept.scenarios:
            if scenario.reference:
                yield scenario.reference


def _headings(note: str) -> set[str]:
    """Every heading of a note as a link names it: its text, and its path below its parents."""
    found, parents = set(), {}
    for line in (NOTES / f"{note}.md").read_text().splitlines():
        match = re.match(r"(#{1,6}) (.*)", line)
        if not match:
            continue
        level, text = len(match[1]), match[2].replace("%% fold %%", "").strip()
        parents = {lvl: t for lvl, t in parents.items() if lvl < level}
        parents[level] = text
        found.add(text)
        found.add("#".join(parents[lvl] for lvl in sorted(parents) if lvl > 1))
    return found


def test_every_concept_heading_is_a_heading_of_the_companion_note():
    for concept in TOPIC.concepts:
        note, _, heading = concept.heading.partition("#")
        assert note == "management-Organizations"
        assert heading in _headings(note), concept.heading


def test_the_note_has_the_shipped_notes_shape():
    text = (NOTES / "management-Organizations.md").read_text()
    assert text.startswith("---\n")
    assert "# AWS Organizations and multi-account access\n" in text
    assert re.search(r"key insights:\*\*\s+\^[0-9a-z]{6}", text)
    steps = re.findall(r"^## (.+)$", text, flags=re.M)
    assert 3 <= len(steps) <= 6
    assert "[[security-IAM#tasks requiring root user]]" in text
    assert "\n# Resources\n" in text and "#aws-ccp-exam-notes/" in text
    for url in set(_references()):
        assert url in text, f"{url} is cited by the bank but missing from # Resources"


def test_scenario_goals_do_not_name_their_answer():
    for concept in TOPIC.concepts:
        if not concept.kind:
            continue
        others = [c.name for c in TOPIC.concepts if c.kind == concept.kind and c is not concept]
        for scenario in concept.scenarios:
            goal = f"{scenario.goal} {scenario.constraint}"
            assert not echoes_stem_alone(goal, [concept.name], others), (concept.id, scenario.id)


def test_claims_answer_from_every_angle_with_many_distinct_questions():
    generators = generators_for_topics([TOPIC])
    keys = set()
    for angle in ("direct", "reverse", "many", "practice"):
        generator = generators[f"organizations/{angle}"]
        for seed in range(300):
            draft = generator(random.Random(seed), seed)
            assert len(draft.correct) + len(draft.wrong) in (4, 5)
            keys.add(draft.key)
    scenarios = sum(len(c.scenarios) for c in TOPIC.concepts if c.kind)
    assert len(keys) + scenarios >= 60


# --- facts that were checked against AWS's current pages ------------------------------------


def test_scps_spare_the_management_account_and_restrict_member_root_users():
    spared = claim("scp", "not-management-account", true=True)
    assert spared.reference == organizations.SCP_URL
    assert "management account" in spared.text
    root = claim("scp", "member-root-user", true=True)
    assert "root user of a member account" in root.text
    assert root.reference == organizations.MEMBER_BEST_PRACTICES_URL
    assert claim("scp", "root-exempt", true=False).negates == "member-root-user"


def test_scps_and_rcps_grant_nothing():
    for concept_id in ("scp", "rcp"):
        grants = claim(concept_id, "grants-nothing", true=True)
        assert grants.text.startswith(("An SCP grants no permissions", "An RCP grants no"))
        assert claim(concept_id, "allow-grants", true=False).negates == "grants-nothing"


def test_no_claim_rests_on_the_unverified_service_linked_role_exemption():
    # "SCPs don't affect service-linked roles" could not be found on a current AWS page.
    for concept in TOPIC.concepts:
        for item in (*concept.true, *concept.false):
            assert "service-linked" not in item.text.lower(), (concept.id, item.id)


def test_full_aws_access_is_attached_when_scps_are_enabled():
    full = claim("scp", "full-aws-access", true=True)
    assert "FullAWSAccess" in full.text
    assert full.reference == organizations.SCP_EVALUATION_URL


def test_rcps_reach_outside_principals_but_only_supported_services():
    outside = claim("rcp", "external-principals", true=True)
    assert "outside the organization" in outside.text
    services = claim("rcp", "supported-services", true=True)
    # The list grew beyond the five launch services: no claim may say "only these five".
    assert "such as" in services.text
    assert "the list has grown" in services.why
    assert claim("rcp", "every-service", true=False).negates == "supported-services"
    assert claim("scp", "limits-outsiders", true=False).reference == (
        organizations.AUTHORIZATION_POLICIES_URL
    )


def test_rcps_spare_the_management_account_but_not_delegated_administrators():
    assert "management account" in claim("rcp", "not-management-account", true=True).text
    delegated = claim("delegated-admin", "rcps-still-apply", true=True)
    assert delegated.reference == organizations.RCP_URL


def test_the_default_rcp_cannot_be_detached():
    default = claim("rcp", "default-rcp", true=True)
    assert "RCPFullAWSAccess" in default.text and "can't be detached" in default.text
    assert claim("rcp", "custom-allow", true=False).reference == organizations.RCP_SYNTAX_URL


def test_centralized_root_access_runs_only_the_listed_privileged_tasks():
    privileged = organizations.ROOT_PRIVILEGED_TASK_URL
    assert privileged.endswith("/IAM/latest/UserGuide/id_root-user-privileged-task.html")
    for claim_id in ("delete-credentials", "unlock-bucket", "reenable-recovery"):
        assert claim("centralized-root-access", claim_id, true=True).reference == privileged
    assert claim("centralized-root-access", "any-root-task", true=False).reference == privileged
    root_user = claim("centralized-root-access", "root-calls-assume-root", true=False)
    assert "root user" in root_user.text and "sts:AssumeRoot" in root_user.text
    assert claim("centralized-root-access", "delegated-admin-too", true=True).reference == (
        organizations.ASSUME_ROOT_URL
    )


def test_the_management_account_cannot_be_switched_or_closed_by_close_account():
    assert claim("management-account", "cannot-switch", true=True).reference == (
        organizations.SRA_MANAGEMENT_ACCOUNT_URL
    )
    closes = claim("management-account", "closes-members", true=True)
    assert closes.reference == organizations.CLOSE_ACCOUNT_URL
    assert claim("management-account", "closes-itself", true=False).reference == (
        organizations.CLOSE_ACCOUNT_URL
    )
    email = claim("management-account", "member-root-email", true=True)
    assert email.reference.endswith("/accounts/latest/reference/API_StartPrimaryEmailUpdate.html")


def test_consolidated_billing_alone_enables_no_organization_policies():
    for concept_id, claim_id, truth in (
        ("consolidated-billing", "billing-only-no-policies", True),
        ("organizations", "billing-only-scps", False),
        ("scp", "billing-only", False),
    ):
        found = claim(concept_id, claim_id, true=truth)
        assert "all features" in found.text + found.why
        assert found.reference in (organizations.CREATE_ORGANIZATION_URL, organizations.SCP_URL)


def test_control_tower_preventive_controls_are_scps_and_rcps():
    # The current page names both; older copies said SCPs only.
    preventive = claim("control-tower", "preventive-scps", true=True)
    assert "SCPs and RCPs" in preventive.text
    assert preventive.reference == organizations.CONTROL_TOWER_CONTROLS_URL
    assert "AWS Config" in claim("control-tower", "detective-config", true=True).text


@pytest.mark.parametrize(
    "concept_id", ["organizations", "centralized-root-access", "control-tower"]
)
def test_service_concepts_near_each_other(concept_id):
    near = set(CONCEPTS[concept_id].near)
    services = {"organizations", "centralized-root-access", "control-tower"} - {concept_id}
    assert len(near & services) >= 1
    # Services that also meet these goals are never near: AWS Config conformance packs and
    # Security Hub standards also apply prepackaged checks to many accounts.
    assert not near & {"monitoring:config", "monitoring:security-hub", "monitoring:guardduty"}


def _resolve(ref: str):
    from quizzes.generators import CONCEPTS as BANK

    return BANK[ref if ":" in ref else f"organizations:{ref}"]


def test_scenario_options_come_only_from_near_so_no_unrelated_service_is_drawn():
    """The generator fills scenario options from other topics at random once ``near`` and the
    topic run out (Amazon EC2 against a governance goal, AWS Config against Control Tower):
    five neighbours of the same kind keep every option chosen by hand."""
    for concept in TOPIC.concepts:
        if not concept.scenarios:
            continue
        same_kind = [_resolve(ref) for ref in concept.near]
        assert all(other.kind == concept.kind for other in same_kind), concept.id
        assert len(same_kind) >= 5, concept.id


def test_scenarios_of_the_whole_bank_offer_only_near_or_same_topic_concepts():
    from quizzes.generators import ANGLE_GENERATORS

    for angle in ("scenario",):
        generator = ANGLE_GENERATORS[f"organizations/{angle}"]
        for seed in range(200):
            concept = generator.concept_for(seed)
            allowed = {_resolve(ref).name for ref in concept.near} | {concept.name}
            draft = generator(random.Random(seed), seed)
            options = {c.text for c in (*draft.correct, *draft.wrong)}
            assert options <= allowed, (concept.id, options - allowed)


def test_tag_policy_goals_ask_for_capitalization_which_tag_policies_set():
    goals = {s.id: s.goal for s in CONCEPTS["tag-policies"].scenarios}
    assert "capitalize" in goals["one-spelling"]
    assert "break that rule" in goals["ou-tag-rules"]


# --- round 2: management policies and AWS RAM ----------------------------------------------


def test_tag_and_backup_policies_are_management_policies_that_reach_the_management_account():
    for concept_id in ("tag-policies", "backup-policies"):
        concept = CONCEPTS[concept_id]
        assert concept.kind == "policy" and len(concept.scenarios) >= 3
        reaches = claim(concept_id, "affects-management", true=True)
        assert reaches.reference == organizations.POLICIES_URL
        assert claim(concept_id, "spares-management", true=False).negates == "affects-management"
        # Like every organization policy, they need all features.
        assert "all features" in claim(concept_id, "billing-only", true=False).why
    # ...while SCPs keep sparing it.
    assert claim("scp", "not-management-account", true=True).reference == organizations.SCP_URL


def test_tag_policies_set_rules_and_do_not_retag_or_grant():
    assert "capitalized" in claim("tag-policies", "case-and-values", true=True).text
    assert claim("tag-policies", "enforcement", true=True).reference == (
        organizations.TAG_POLICIES_URL
    )
    assert "Tag Editor" in claim("tag-policies", "adds-tags", true=False).why
    assert claim("tag-policies", "grants-access", true=False)


def test_backup_policies_name_a_role_and_inherit_down_the_tree():
    assert claim("backup-policies", "no-role", true=False).negates == "iam-role"
    assert "Production" in claim("backup-policies", "ou-overrides", true=True).why
    assert organizations.BACKUP_POLICIES_URL.endswith("orgs_manage_policies_backup.html")


def test_ram_shares_inside_the_organization_without_invitations_and_only_in_one_region():
    assert CONCEPTS["ram"].kind == "service" and CONCEPTS["ram"].task == "2.3"
    assert claim("ram", "no-invitations", true=True).reference == organizations.RAM_SHARING_URL
    assert claim("ram", "members-accept", true=False).negates == "no-invitations"
    assert claim("ram", "management-enables", true=True).reference == (
        organizations.RAM_SHARING_URL
    )
    assert "Regional" in claim("ram", "regional", true=True).text
    # Outside the organization AWS RAM still shares, by account ID, with an invitation.
    assert claim("ram", "organization-only", true=False).reference == organizations.RAM_URL
    # Goals name a resource AWS RAM shares (a transit gateway), not a vague "component" that
    # AWS Directory Service, which shares directories by invitation too, could also be.
    partner = next(s for s in CONCEPTS["ram"].scenarios if s.id == "partner-account")
    assert partner.reference == organizations.TGW_SHARING_URL
    assert all("component" not in s.goal for s in CONCEPTS["ram"].scenarios)


def test_new_concepts_have_headings_in_the_new_note_step():
    text = (NOTES / "management-Organizations.md").read_text()
    assert "\n## sharing and management policies\n" in text
    for concept_id in ("tag-policies", "backup-policies", "ram"):
        assert "#sharing and management policies#" in CONCEPTS[concept_id].heading
