"""The credentials-secrets topic: its facts as AWS states them now, and enough of them."""

from pathlib import Path

import pytest

from quizzes.catalogues import credentials_secrets as cs
from quizzes.catalogues.credentials_secrets import TOPIC

NOTES = Path(__file__).resolve().parents[2] / "notes"
CONCEPTS = {concept.id: concept for concept in TOPIC.concepts}


def claim(concept_id: str, claim_id: str):
    concept = CONCEPTS[concept_id]
    found = {c.id: (c, True) for c in concept.true} | {c.id: (c, False) for c in concept.false}
    return found[claim_id]


def every_reference():
    for concept in TOPIC.concepts:
        yield concept.reference
        for item in (*concept.true, *concept.false, *concept.practices):
            yield item.reference
        for scenario in concept.scenarios:
            if scenario.reference:
                yield scenario.reference


# --- the minimum the bank needs -------------------------------------------------------------


def test_topic_has_enough_concepts_claims_scenarios_and_practices():
    assert TOPIC.id == "credentials-secrets"
    # Round 2 added role credentials on EC2 and AWS KMS to the first nine.
    assert 6 <= len(TOPIC.concepts) <= 12
    for concept in TOPIC.concepts:
        assert len(concept.true) >= 4, concept.id
        assert len(concept.false) >= 4, concept.id
        if concept.kind:
            assert len(concept.scenarios) >= 3, concept.id
        assert all(len(p.alternatives) >= 3 for p in concept.practices), concept.id
    assert sum(1 for c in TOPIC.concepts if c.practices) >= len(TOPIC.concepts) - 1


def test_kinds_give_scenario_questions_enough_options_within_the_topic():
    credentials = [c for c in TOPIC.concepts if c.kind == "credential"]
    assert {c.id for c in credentials} == {
        "mfa",
        "access-keys",
        "console-password",
        "temporary-credentials",
    }
    assert {c.id for c in TOPIC.concepts if c.kind == "service"} == {
        "secrets-manager",
        "parameter-store",
        "kms",
    }
    # Role credentials on EC2 are temporary credentials (and users-vs-roles' instance
    # profile): a scenario offering both would have two keys, so the concept has no kind.
    assert CONCEPTS["ec2-role-credentials"].kind == ""


def test_the_note_lists_every_page_the_topic_cites():
    text = (NOTES / "security-credentials-secrets.md").read_text()
    resources = text.split("# Resources", 1)[1]
    for url in set(every_reference()):
        assert f"({url})" in resources, url
    assert "[[security-IAM#" in text


# --- facts most likely to go stale, or that we corrected ------------------------------------


def test_mfa_device_limit_is_eight_and_one_device_signs_in():
    eight, is_true = claim("mfa", "eight-devices")
    assert is_true and "up to eight MFA devices" in eight.text
    assert (
        eight.reference
        == "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa.html"
    )
    single, is_true = claim("mfa", "single-device")
    assert not is_true and single.negates == "eight-devices"
    assert claim("mfa", "one-is-enough")[1]


def test_root_user_mfa_is_required_for_every_account_type_including_members():
    # The root MFA page once said member accounts were still optional (enforcement planned for
    # 2025); its current text requires MFA for standalone, management and member accounts.
    required, is_true = claim("mfa", "root-required")
    assert is_true and "member accounts" in required.text
    assert required.reference.endswith("/enable-mfa-for-root.html")
    optional, is_true = claim("mfa", "member-optional")
    assert not is_true and optional.negates == "root-required"


def test_mfa_types_are_passkeys_security_keys_apps_and_hardware_tokens_not_sms():
    three, is_true = claim("mfa-types", "three-types")
    assert is_true
    for kind in ("passkeys and security keys", "virtual authenticator apps", "hardware TOTP"):
        assert kind in three.text
    sms, is_true = claim("mfa-types", "sms")
    assert not is_true and "SMS" in sms.text
    recommended, is_true = claim("mfa-types", "phishing-resistant")
    assert is_true and "passkeys or security keys" in recommended.text


def test_access_keys_two_per_user_secret_shown_once_never_expire():
    assert "at most two access keys" in claim("access-keys", "two-per-user")[0].text
    assert claim("access-keys", "secret-once")[1]
    assert not claim("access-keys", "expire-90")[1]
    assert claim("access-keys", "long-term")[0].reference.endswith(
        "/security-creds-programmatic-access.html"
    )


def test_updating_keys_follows_aws_update_procedure_not_rotate_regularly():
    # The IAM guide now says "update access keys when needed"; the procedure creates the second
    # key before deactivating and deleting the first.
    practice = next(p for p in CONCEPTS["access-keys"].practices if p.id.startswith("update"))
    assert practice.reference.endswith("/id-credentials-access-keys-update.html")
    assert practice.recommended.text.startswith("Create a second key")


def test_quarantine_policy_is_cited_at_its_newest_version_and_must_not_be_removed():
    quarantine, is_true = claim("exposed-keys", "quarantine")
    assert is_true
    assert quarantine.reference == (
        "https://docs.aws.amazon.com/aws-managed-policy/latest/reference/"
        "AWSCompromisedKeyQuarantineV4.html"
    )
    assert "V4" in quarantine.why
    keep, is_true = claim("exposed-keys", "keep-quarantine")
    assert is_true and "not to remove" in keep.text
    assert claim("exposed-keys", "remove-quarantine")[0].negates == "keep-quarantine"


def test_password_policy_excludes_root_and_keys_and_has_no_lockout():
    not_root, is_true = claim("password-policy", "not-root")
    assert is_true and "root user" in not_root.text and "access keys" in not_root.text
    assert not claim("password-policy", "lockout")[1]
    assert claim("password-policy", "default")[1]
    # the exact default values are deliberately not claimed (see the module docstring)
    texts = " ".join(c.text for c in CONCEPTS["password-policy"].true)
    assert "8 characters" not in texts and "eight characters" not in texts
    max_age, is_true = claim("password-policy", "max-90")
    assert not is_true and "1095" in max_age.why


def test_parameter_store_has_no_rotation_and_free_standard_parameters():
    assert not claim("parameter-store", "auto-rotates")[1]
    rotation, is_true = claim("parameter-store", "rotation-elsewhere")
    assert is_true and "Secrets Manager" in rotation.text
    free, is_true = claim("parameter-store", "standard-free")
    assert is_true and free.reference.endswith("/parameter-store-advanced-parameters.html")


def test_secrets_manager_rotates_encrypts_with_kms_and_is_paid_per_secret():
    assert claim("secrets-manager", "rotation")[1]
    assert claim("secrets-manager", "kms")[0].reference.endswith("/security-encryption.html")
    pricing, is_true = claim("secrets-manager", "pricing")
    assert is_true and "per secret" in pricing.text
    assert pricing.reference == "https://aws.amazon.com/secrets-manager/pricing/"


@pytest.mark.parametrize("concept_id", ["secrets-manager", "parameter-store"])
def test_secret_stores_name_each_other_as_nearest_neighbour(concept_id):
    other = {"secrets-manager": "parameter-store", "parameter-store": "secrets-manager"}
    assert other[concept_id] in CONCEPTS[concept_id].near


# --- round 2: role credentials on EC2 and AWS KMS -------------------------------------------


def test_ec2_role_credentials_come_from_instance_metadata_and_rotate():
    metadata, is_true = claim("ec2-role-credentials", "from-metadata")
    assert is_true and "instance metadata" in metadata.text
    assert metadata.reference == (
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-metadata-security-credentials.html"
    )
    assert claim("ec2-role-credentials", "rotated")[1]
    restart, is_true = claim("ec2-role-credentials", "restart-to-rotate")
    assert not is_true and restart.negates == "rotated"
    # AWS now says not to assume the instance's own role again (unless session tags or a
    # session policy are needed).
    assert not claim("ec2-role-credentials", "must-assume")[1]
    attach, is_true = claim("ec2-role-credentials", "attach-existing")
    assert is_true and attach.reference == cs.EC2_ROLES_URL


def test_kms_key_policy_is_required_and_gates_iam_policies():
    one, is_true = claim("kms", "key-policy")
    assert is_true and "exactly one key policy" in one.text
    assert (
        one.reference == "https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html"
    )
    assert claim("kms", "iam-needs-key-policy")[1]
    assert claim("kms", "iam-alone")[0].negates == "iam-needs-key-policy"
    # Not even the root user has access to a KMS key unless a policy allows it.
    root, is_true = claim("kms", "root-always")
    assert not is_true and root.reference == cs.KMS_KEY_POLICIES_URL


def test_kms_keeps_keys_not_secrets_and_aws_managed_keys_are_not_editable():
    assert not claim("kms", "stores-passwords")[1]
    assert claim("kms", "never-leave")[1]
    edit, is_true = claim("kms", "edit-aws-managed")
    assert not is_true and edit.reference.endswith("/kms/latest/developerguide/editing-keys.html")
    # The HSM validation level differs between AWS pages (FIPS 140-3 in the KMS developer
    # guide, 140-2 on the older cryptography services page): no claim names one.
    texts = " ".join(c.text + c.why for c in (*CONCEPTS["kms"].true, *CONCEPTS["kms"].false))
    assert "FIPS" not in texts


def test_kms_scenarios_never_name_the_service_and_rivals_do_not_name_kms():
    for scenario in CONCEPTS["kms"].scenarios:
        text = scenario.goal + " " + scenario.constraint
        assert "KMS" not in text and "Key Management" not in text, scenario.id
        assert "manage" not in text.lower(), scenario.id  # would echo "Key Management"
    # With AWS KMS a rival of the topic, Parameter Store's license-key goal no longer names it.
    for concept_id in ("secrets-manager", "parameter-store"):
        for scenario in CONCEPTS[concept_id].scenarios:
            assert "KMS" not in scenario.goal + " " + scenario.constraint, scenario.id
