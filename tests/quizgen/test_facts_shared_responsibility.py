"""The shared responsibility topic: its facts as AWS states them now, and enough of them.

The facts pinned here are the ones most likely to go stale or be "corrected" back into a
myth: who patches what on EC2, RDS and Lambda, S3's defaults (SSE-S3 on every new object,
ACLs disabled, public access blocked), and that patching being a shared control does not
make AWS patch a customer's guest operating system.
"""

import re
from pathlib import Path

import pytest

from quizzes.catalogues import shared_responsibility as sr
from quizzes.catalogues.concepts import KIND_QUESTIONS, TASKS
from quizzes.generators import TOPIC_GENERATORS, generate

TOPIC = sr.TOPIC
NOTES = Path(__file__).resolve().parents[2] / "notes"


def concept(concept_id):
    return next(c for c in TOPIC.concepts if c.id == concept_id)


def claim(concept_id, claim_id):
    c = concept(concept_id)
    found = [x for x in (*c.true, *c.false) if x.id == claim_id]
    assert len(found) == 1, f"{concept_id}:{claim_id}"
    return found[0]


def is_true(concept_id, claim_id):
    return claim(concept_id, claim_id) in concept(concept_id).true


# --- structure ---------------------------------------------------------------------------


def test_the_topic_has_the_minimum_material_of_the_common_brief():
    assert TOPIC.id == "shared-responsibility"
    assert TOPIC.title == "Shared responsibility for identity and access"
    # Round 2 grew the topic past the first brief's ten (DynamoDB, Fargate, data protection).
    assert 6 <= len(TOPIC.concepts) <= 14
    ids = [c.id for c in TOPIC.concepts]
    assert len(ids) == len(set(ids))
    for c in TOPIC.concepts:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", c.id)
        assert len(c.true) >= 4 and len(c.false) >= 4, c.id
        assert c.task in TASKS
        assert c.kind == "" or c.kind in KIND_QUESTIONS
        if c.kind:
            assert len(c.scenarios) >= 3, c.id
        for practice in c.practices:
            assert len(practice.alternatives) >= 3, (c.id, practice.id)
        claim_ids = [x.id for x in (*c.true, *c.false)]
        assert len(claim_ids) == len(set(claim_ids)), c.id
        true_ids = {x.id for x in c.true}
        for false_claim in c.false:
            assert not false_claim.negates or false_claim.negates in true_ids
    with_practice = [c for c in TOPIC.concepts if c.practices]
    assert len(with_practice) >= len(TOPIC.concepts) - 1


def _urls(c):
    yield c.reference
    for x in (*c.true, *c.false):
        yield x.reference
    for s in c.scenarios:
        if s.reference:
            yield s.reference
    for p in c.practices:
        yield p.reference


def _note_headings(name):
    """(level, text, ancestors) of every heading of a note, as the lessons read them."""
    out, stack = [], []
    for line in (NOTES / f"{name}.md").read_text().splitlines():
        match = re.match(r"^(#{1,6})\s+(.*?)\s*$", line)
        if not match:
            continue
        level = len(match.group(1))
        text = re.sub(r"%%.*?%%", "", match.group(2)).strip()
        stack = [(lv, tx) for lv, tx in stack if lv < level]
        out.append((level, text, tuple(tx for _, tx in stack)))
        stack.append((level, text))
    return out


def test_every_concept_heading_is_a_heading_of_the_companion_note():
    for c in TOPIC.concepts:
        note, *path = c.heading.split("#")
        assert note == "security-shared-responsibility"
        headings = _note_headings(note)
        assert any(
            text == path[-1] and all(part in ancestors for part in path[:-1])
            for _, text, ancestors in headings
        ), c.heading


def test_the_note_links_a_real_heading_of_the_shipped_note():
    text = (NOTES / "security-shared-responsibility.md").read_text()
    shipped = {t for _, t, _ in _note_headings("security-IAM")}
    links = re.findall(r"\[\[security-IAM#([^\]|]+)", text)
    assert links and all(link in shipped for link in links)


def test_every_angle_builds_and_the_topic_gives_sixty_distinct_questions():
    distinct = set()
    for name in TOPIC_GENERATORS[TOPIC.id]:
        for seed in range(120):
            question = generate(name, seed)
            distinct.add((question.stem, frozenset(question.options)))
    assert {name.split("/")[1] for name in TOPIC_GENERATORS[TOPIC.id]} >= {
        "direct",
        "reverse",
        "many",
        "practice",
    }
    assert len(distinct) >= 60


# --- facts pinned -------------------------------------------------------------------------


def test_the_model_is_security_of_the_cloud_for_aws_and_in_the_cloud_for_the_customer():
    assert is_true("model", "of-the-cloud")
    assert is_true("model", "in-the-cloud-by-service")
    swapped = claim("model", "swapped")
    assert not is_true("model", "swapped") and swapped.negates == "of-the-cloud"
    assert claim("model", "of-the-cloud").reference == (
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/security.html"
    )
    host = claim("model", "host-down")
    assert "virtualization layer" in host.text and is_true("model", "host-down")
    assert host.reference == sr.ECS_SHARED_MODEL_URL


def test_aws_runs_iam_and_the_customer_decides_who_may_do_what():
    assert is_true("customer-identity", "permissions")
    assert is_true("customer-identity", "mfa")
    assert is_true("customer-identity", "root-credentials")
    for aws_task in ("iam-availability", "iam-software-updates", "iam-network"):
        assert not is_true("customer-identity", aws_task)
    assert claim("customer-identity", "iam-availability").reference == (
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/disaster-recovery-resiliency.html"
    )
    assert is_true("aws-duties", "iam-resilience")
    assert not is_true("aws-duties", "root-mfa")


def test_the_customer_patches_the_ec2_guest_os_and_aws_the_host_and_hypervisor():
    assert is_true("ec2", "guest-os")
    assert claim("ec2", "guest-os").reference == (
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/update-management.html"
    )
    assert not is_true("ec2", "hypervisor") and not is_true("ec2", "host-os")
    assert not is_true("aws-duties", "guest-os")


def test_patching_is_shared_by_layer_not_handed_to_aws():
    wrong = claim("shared-controls", "aws-patches-ec2")
    assert not is_true("shared-controls", "aws-patches-ec2")
    assert wrong.negates == "patching-split"
    managed = claim("shared-controls", "managed-service-patching")
    assert is_true("shared-controls", "managed-service-patching")
    assert managed.reference == (
        "https://docs.aws.amazon.com/config/latest/developerguide/infrastructure-security.html"
    )


def test_awareness_and_training_is_left_out_until_a_current_aws_page_states_it():
    # The model page's third shared control could not be read on any current AWS page.
    texts = " ".join(x.text for c in TOPIC.concepts for x in (*c.true, *c.false)).lower()
    assert "training" not in texts and "awareness" not in texts


def test_rds_patches_its_software_and_the_customer_owns_database_users():
    assert not is_true("rds", "os-patching") and not is_true("rds", "engine-maintenance")
    assert claim("rds", "engine-maintenance").reference == (
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/Welcome.html"
    )
    assert is_true("rds", "db-users") and is_true("rds", "management-permissions")
    assert claim("rds", "db-users").reference == sr.RDS_DB_SECURITY_URL


def test_lambda_publishes_and_applies_runtime_patches_but_not_to_container_images():
    assert not is_true("lambda", "publish-runtime-patches")
    assert not is_true("lambda", "auto-mode")
    assert is_true("lambda", "container-images")
    assert is_true("lambda", "manual-mode")
    assert is_true("lambda", "execution-role")
    assert claim("lambda", "container-images").reference == (
        "https://docs.aws.amazon.com/lambda/latest/dg/runtime-management-shared.html"
    )


def test_s3_encrypts_new_objects_by_default_and_access_is_set_by_the_owners_policies():
    default = claim("s3", "default-encryption")
    assert not is_true("s3", "default-encryption") and "SSE-S3" in default.text
    assert default.reference == (
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingServerSideEncryption.html"
    )
    assert (
        is_true("s3", "bucket-policies") and "ACLs disabled" in claim("s3", "bucket-policies").why
    )
    assert is_true("s3", "public-access")
    assert "don't allow public access by default" in claim("s3", "public-access").why


def test_aws_artifact_gives_aws_reports_and_agreements_not_a_scan_of_the_customer():
    reports = claim("artifact", "reports")
    assert is_true("artifact", "reports") and "SOC" in reports.text and "PCI" in reports.text
    assert reports.reference == "https://aws.amazon.com/artifact/faq/"
    assert is_true("artifact", "agreements")
    assert not is_true("artifact", "scans-resources")
    assert not is_true("artifact", "records-api-calls")
    assert concept("artifact").task == "2.2" and concept("artifact").kind == "service"


@pytest.mark.parametrize("c", TOPIC.concepts, ids=lambda c: c.id)
def test_task_concepts_word_their_claims_as_tasks(c):
    if not c.ask_true:
        return
    for x in (*c.true, *c.false):
        assert not x.text.endswith("."), x.id  # a task, not a sentence
        assert x.text[0].isupper()


# --- round 2: the IaaS -> managed -> serverless line as services, and data protection -----


SERVICE_LINE = ("ec2", "rds", "lambda", "s3", "dynamodb", "fargate")


def test_the_service_line_is_asked_as_services_with_plain_names_and_scenarios():
    for concept_id in SERVICE_LINE:
        c = concept(concept_id)
        assert c.kind == "service" and len(c.scenarios) >= 3 and c.practices, concept_id
        # Plain service names, so no option carries a hint such as "(managed database)".
        assert "(" not in c.name, c.name
    assert concept("artifact").kind == "service"
    assert concept("data-protection").kind == ""


def test_scenario_goals_do_not_name_their_answer():
    from quizzes.generators.angles import echoes_stem_alone

    services = [c for c in TOPIC.concepts if c.kind == "service"]
    for c in services:
        others = [o.name for o in services if o is not c]
        for s in c.scenarios:
            goal = f"{s.goal} {s.constraint}"
            assert not echoes_stem_alone(goal, [c.name], others), (c.id, s.id)


def test_use_case_and_scenario_angles_now_apply_to_the_topic():
    angles = {name.split("/")[1] for name in TOPIC_GENERATORS[TOPIC.id]}
    assert {"scenario", "use-case"} <= angles


def test_dynamodb_is_patched_and_encrypted_by_aws_and_the_key_type_is_the_customers():
    assert not is_true("dynamodb", "software-patching")
    assert claim("dynamodb", "software-patching").reference == (
        "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/Welcome.html"
    )
    # Encryption at rest is always on and can't be disabled: turning it on is no one's task.
    assert not is_true("dynamodb", "turn-on-encryption")
    assert "cannot be disabled" in claim("dynamodb", "turn-on-encryption").why
    key = claim("dynamodb", "key-type")
    assert is_true("dynamodb", "key-type") and "AWS owned key (the default)" in key.why
    assert key.reference == sr.DYNAMODB_ENCRYPTION_URL
    assert not is_true("dynamodb", "rotate-owned-key")


def test_fargate_takes_the_hosts_but_leaves_images_network_and_task_roles():
    for claim_id in ("container-images", "network-config", "task-roles", "storage-encryption"):
        assert is_true("fargate", claim_id), claim_id
        assert claim("fargate", claim_id).reference == sr.ECS_SHARED_MODEL_URL
    for claim_id in ("host-patching", "ecs-agent", "ami-hardening", "scale-hosts"):
        assert not is_true("fargate", claim_id), claim_id


def test_data_protection_is_the_customers_content_and_configuration():
    assert is_true("data-protection", "control-content")
    assert is_true("data-protection", "no-secrets-in-tags")
    assert claim("data-protection", "no-secrets-in-tags").reference == (
        "https://docs.aws.amazon.com/lambda/latest/dg/security-dataprotection.html"
    )
    assert not is_true("data-protection", "global-infrastructure")
    assert not is_true("data-protection", "audit-owned-keys")
    assert "cannot view, manage, use or audit" in claim("data-protection", "audit-owned-keys").why
    # No claim pins a TLS version: AWS's pages have moved from "TLS 1.2 or later" to
    # "require TLS 1.2, recommend TLS 1.3" and may move again.
    texts = " ".join(x.text for x in (*concept("data-protection").true,))
    assert "1.2" not in texts and "1.3" not in texts


def test_the_note_has_the_new_headings_and_their_pages():
    text = (NOTES / "security-shared-responsibility.md").read_text()
    for heading in ("### amazon DynamoDB", "### AWS fargate", "## data protection"):
        assert heading in text, heading
    for url in {u for c in TOPIC.concepts for u in _urls(c)}:
        assert url in text, f"{url} is cited by the bank but missing from the note"


WORKLOADS = ("ec2", "rds", "lambda", "s3", "dynamodb", "fargate")


@pytest.mark.parametrize("concept_id", WORKLOADS)
def test_workload_scenarios_offer_only_workload_services(concept_id):
    # A scenario's third option comes from the next few ranked concepts of its kind; naming the
    # five other workload services as near keeps AWS Artifact out of "which service runs this?"
    # questions (and, for Artifact, keeps Lambda out of "which service gives auditors a report?").
    near = [ref for ref in concept(concept_id).near if ref in WORKLOADS]
    assert sorted(near) == sorted(w for w in WORKLOADS if w != concept_id)
    artifact = concept("artifact")
    assert len([ref for ref in artifact.near if ":" in ref]) >= 5
    for seed in range(40):
        question = generate("shared-responsibility/scenario", seed)
        if question.fact == f"shared-responsibility:{concept_id}":
            assert "AWS Artifact" not in question.options, question.stem


def test_goals_that_other_services_could_also_meet_are_narrowed():
    # Files stay private by default on an EC2 instance too (security groups deny inbound), so
    # the S3 goal adds "no storage servers"; Fargate can run PostgreSQL off customer-patched
    # servers, so the RDS goal is about not patching the database software.
    s3 = {s.id: s for s in concept("s3").scenarios}["private-unless-allowed"]
    assert "no storage servers" in s3.goal
    rds = {s.id: s for s in concept("rds").scenarios}["postgres-off-own-servers"]
    assert "database software" in rds.goal
    assert "container runtime" in concept("fargate").purpose
