"""Review cards move from the old bank's facts to the new bank's concepts.

The old bank kept one card per fact ("users-vs-roles:groups-not-nested"); the new one keeps
one per concept ("users-vs-roles:group"), whatever the angle. Each old fact id maps to the
concept that now teaches it; two old cards on one concept merge into the more recently
reviewed one, keeping the sum of their reviews. Attempts' recorded facts move the same way,
so dashboards and gradebooks group old answers with new ones. Policy-evaluation facts drop
their service ("policy-evaluation:explicit:scp:s3" -> "policy-evaluation:explicit:scp").
A fact this table does not know keeps its id; review then asks a question on its topic.
"""

from django.db import migrations

ROOT_ACCOUNT = "root-only:account-tasks"
ROOT_SERVICE = "root-only:service-tasks"
OLD_TO_NEW = {
    "features:access-keys-programmatic": "credentials-secrets:access-keys",
    "features:auditor-credential-status": "features:credential-report",
    "features:cli-on-laptop": "credentials-secrets:access-keys",
    "features:cloudtrail-logs-iam": "features:cloudtrail",
    "features:credential-report-contents": "features:credential-report",
    "features:department-attributes": "features:tags",
    "features:eventually-consistent": "features:eventual-consistency",
    "features:least-privilege": "least-privilege:principle",
    "features:lock-root-keys": "root-only:protect-root",
    "features:mfa-privileged": "credentials-secrets:mfa",
    "features:new-role-not-yet-usable": "features:eventual-consistency",
    "features:pci-dss": "features:iam",
    "features:remove-unused": "features:best-practices",
    "features:roles-for-ec2": "users-vs-roles:role",
    "features:rotate-keys": "credentials-secrets:access-keys",
    "features:second-factor": "credentials-secrets:mfa",
    "features:strong-passwords": "credentials-secrets:password-policy",
    "features:tags-on-users-roles": "features:tags",
    "features:two-access-keys": "credentials-secrets:access-keys",
    "features:unused-permissions": "least-privilege:last-accessed",
    "features:use-conditions": "least-privilege:conditions",
    "features:who-deleted-the-bucket": "features:cloudtrail",
    "policy-types:aws-maintained-job-function": "least-privilege:job-function-policies",
    "policy-types:aws-managed-not-editable": "policy-types:aws-managed",
    "policy-types:boundary-grants-nothing": "policy-types:permissions-boundary",
    "policy-types:bucket-cross-account": "policy-types:resource-based",
    "policy-types:data-perimeter-resources": "organizations:rcp",
    "policy-types:inline-deleted-with-identity": "policy-types:inline",
    "policy-types:managed-many-identities": "policy-types:customer-managed",
    "policy-types:max-permissions-for-developer-roles": "policy-types:permissions-boundary",
    "policy-types:narrow-one-session": "policy-types:session",
    "policy-types:one-to-one-policy": "policy-types:inline",
    "policy-types:protect-cloudtrail-member-root": "organizations:scp",
    "policy-types:resource-policy-names-principal": "policy-types:resource-based",
    "policy-types:restrict-regions-org": "organizations:scp",
    "policy-types:reusable-versioned": "policy-types:customer-managed",
    "policy-types:scp-grants-nothing": "organizations:scp",
    "policy-types:scp-not-management-account": "organizations:scp",
    "policy-types:trust-is-resource-policy": "policy-types:trust",
    "policy-types:who-may-assume": "policy-types:trust",
    "root-only:activate-billing-access": ROOT_ACCOUNT,
    "root-only:change-account-settings": ROOT_ACCOUNT,
    "root-only:close-account": ROOT_ACCOUNT,
    "root-only:restore-admin-permissions": ROOT_ACCOUNT,
    "root-only:view-certain-tax-invoices": ROOT_ACCOUNT,
    "root-only:govcloud-root-keys": ROOT_SERVICE,
    "root-only:recover-kms-key": ROOT_SERVICE,
    "root-only:register-ri-seller": ROOT_SERVICE,
    "root-only:s3-mfa-delete": ROOT_SERVICE,
    "root-only:s3-policy-denies-all": ROOT_SERVICE,
    "root-only:sqs-policy-denies-all": ROOT_SERVICE,
    "users-vs-roles:app-on-ec2": "users-vs-roles:role",
    "users-vs-roles:close-account": "root-only:root-user",
    "users-vs-roles:corporate-directory": "users-vs-roles:role",
    "users-vs-roles:cross-account-auditor": "users-vs-roles:role",
    "users-vs-roles:developers-share-permissions": "users-vs-roles:group",
    "users-vs-roles:group-not-principal": "users-vs-roles:group",
    "users-vs-roles:groups-not-nested": "users-vs-roles:group",
    "users-vs-roles:instance-profile-one-role": "users-vs-roles:instance-profile",
    "users-vs-roles:job-change": "users-vs-roles:group",
    "users-vs-roles:lambda-writes-dynamodb": "users-vs-roles:role",
    "users-vs-roles:mobile-app-users": "workforce-identity:cognito-identity-pools",
    "users-vs-roles:new-developer": "users-vs-roles:user",
    "users-vs-roles:no-default-all-users-group": "users-vs-roles:group",
    "users-vs-roles:role-temporary-credentials": "users-vs-roles:role",
    "users-vs-roles:role-to-ec2": "users-vs-roles:instance-profile",
    "users-vs-roles:service-acts-for-you": "users-vs-roles:service-linked-role",
    "users-vs-roles:service-linked-predefined": "users-vs-roles:service-linked-role",
    "users-vs-roles:third-party-tool-keys": "users-vs-roles:user",
    "users-vs-roles:user-many-groups": "users-vs-roles:group",
}


def new_fact(old: str) -> str:
    if old.startswith("root-only:not-root:"):
        return "root-only:admin-tasks"
    if old.startswith("policy-evaluation:") and old.count(":") == 3:
        return old.rsplit(":", 1)[0]  # "policy-evaluation:explicit:scp:s3"
    if old.startswith("policy-evaluation:allowed:"):
        return "policy-evaluation:allowed"
    return OLD_TO_NEW.get(old, old)


def cards_per_concept(apps, schema_editor):
    ReviewCard = apps.get_model("quizzes", "ReviewCard")
    AttemptQuestion = apps.get_model("quizzes", "AttemptQuestion")
    for old, new in {
        f: new_fact(f) for f in AttemptQuestion.objects.values_list("fact", flat=True)
    }.items():
        if old != new:
            AttemptQuestion.objects.filter(fact=old).update(fact=new)
    kept = {}  # (learner, concept) -> the card that stays
    for card in ReviewCard.objects.order_by("-last_reviewed_at", "-pk"):
        card.fact = new_fact(card.fact)
        key = (card.learner_id, card.fact)
        if key in kept:  # an older card on the same concept: its reviews move over
            kept[key].reviews += card.reviews
            card.delete()
            continue
        kept[key] = card
    for card in kept.values():
        card.save(update_fields=["fact", "reviews"])


class Migration(migrations.Migration):
    dependencies = [("quizzes", "0002_snapshot_and_study_plan")]

    operations = [migrations.RunPython(cards_per_concept, migrations.RunPython.noop)]
