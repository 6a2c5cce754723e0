"""IAM policy types: managed, inline, resource-based, trust, boundaries, session policies, ACLs;
and two things every managed policy has: its stored versions and its console summary (access
levels).

SCPs and RCPs belong to the organizations topic (organizations:scp, organizations:rcp): here
they are only near neighbours. Every fact cites the AWS page that states it today.
"""

from quizzes.catalogues.concepts import Claim, Concept, Option, Practice, Scenario, Topic

IAM = "https://docs.aws.amazon.com/IAM/latest/UserGuide/"
# "Policies and permissions in AWS Identity and Access Management": the seven policy types,
# with sections on resource-based policies, session policies and ACLs.
POLICIES_URL = IAM + "access_policies.html"
RESOURCE_BASED_URL = POLICIES_URL + "#policies_resource-based"
SESSION_URL = POLICIES_URL + "#policies_session"
ACL_URL = POLICIES_URL + "#policies_acl"
MANAGED_INLINE_URL = IAM + "access_policies_managed-vs-inline.html"
# "Choose between managed policies and inline policies": managed policies in most cases,
# central change management, up to five versions, when an inline policy is useful.
CHOOSING_URL = IAM + "access_policies-choosing-managed-or-inline.html"
VERSIONING_URL = IAM + "access_policies_managed-versioning.html"
JOB_FUNCTIONS_URL = IAM + "access_policies_job-functions.html"
# AWS Managed Policy reference, "What are AWS managed policies?": they "might not grant
# least-privilege permissions for your specific use cases"; reduce them with customer
# managed policies.
AWS_MANAGED_REFERENCE_URL = "https://docs.aws.amazon.com/aws-managed-policy/latest/reference/about-managed-policy-reference.html"
PRINCIPAL_URL = IAM + "reference_policies_elements_principal.html"
# "Roles terms and concepts": "A role trust policy is a required resource-based policy that is
# attached to a role in IAM"; the permissions policy says what the role can do.
ROLE_TERMS_URL = IAM + "id_roles_terms-and-concepts.html"
BOUNDARIES_URL = IAM + "access_policies_boundaries.html"
BEST_PRACTICES_URL = IAM + "best-practices.html"
ASSUME_ROLE_URL = "https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html"
# Amazon S3 "Controlling ownership of objects and disabling ACLs for your bucket": Bucket owner
# enforced is the default and disables ACLs; AWS recommends keeping ACLs disabled and sharing
# with other accounts through the bucket policy; Object writer and Bucket owner preferred keep
# ACLs enabled.
S3_OWNERSHIP_URL = (
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html"
)
LAMBDA_RESOURCE_POLICY_URL = (
    "https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html"
)
CLOUDTRAIL_BUCKET_POLICY_URL = "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html"
# "Versioning IAM policies" under the page name AWS uses now (the older name,
# access_policies_managed-versioning.html, is VERSIONING_URL above): a change to a managed
# policy creates a new version, up to five stored; inline policies have no versions; roll
# back by setting an earlier version as the default; the default version can't be deleted;
# a policy version is not the Version policy element.
VERSIONS_URL = IAM + "policies-managed-versions.html"
# The AWS Managed Policy reference page of any AWS managed policy: "The policy's default
# version is the version that defines the permissions for the policy. When a user or role
# with the policy makes a request ..., AWS checks the default version of the policy".
DEFAULT_VERSION_URL = (
    "https://docs.aws.amazon.com/aws-managed-policy/latest/reference/IAMFullAccess.html"
)
# "Understanding permissions granted by a policy" (policy summaries): the console's policy,
# service and action summaries, for every managed policy and every policy of a user or role.
POLICY_SUMMARY_URL = IAM + "access_policies_understand.html"
# "Access levels in policy summaries": List, Read, Write, Permissions management, Tagging;
# Full or Limited per level; AWS assigns each action's level.
ACCESS_LEVELS_URL = IAM + "access_policies_understand-policy-summary-access-level-summaries.html"

# Said of a policy type that only limits: it is never the answer where something must be granted.
_LIMITS_ONLY = "it grants nothing by itself"


AWS_MANAGED = Concept(
    id="aws-managed",
    name="An AWS managed policy",
    kind="policy",
    subject="an AWS managed policy",
    purpose=(
        "An AWS managed policy is a ready-made identity-based policy that AWS writes and updates; "
        "you can attach it to many identities but cannot change it, so it may grant more than a "
        "specific task needs."
    ),
    heading="security-IAM#identity-based policies",
    reference=MANAGED_INLINE_URL,
    task="2.3",
    true=(
        Claim(
            "aws-owns",
            "AWS creates and administers AWS managed policies, and you cannot change the "
            "permissions they define.",
            "AWS managed policies are standalone policies created and administered by AWS; "
            "the permissions they define can't be modified.",
            MANAGED_INLINE_URL,
        ),
        Claim(
            "aws-updates",
            "AWS may update an AWS managed policy, and the update reaches every identity "
            "the policy is attached to.",
            "AWS occasionally updates AWS managed policies, most likely when a new service or "
            "new API operations launch; the update affects every attached user, group and role.",
            MANAGED_INLINE_URL,
        ),
        Claim(
            "many-identities",
            "One AWS managed policy can be attached to many users, groups and roles at the "
            "same time.",
            "AWS managed policies are standalone, so a single one can be applied to many "
            "principals.",
            MANAGED_INLINE_URL,
        ),
        Claim(
            "not-least-privilege",
            "AWS managed policies might not grant least-privilege permissions for your use "
            "case, because every AWS customer can use them.",
            "AWS warns that its managed policies may not be least privilege for a specific use "
            "case and recommends reducing permissions further with customer managed policies.",
            AWS_MANAGED_REFERENCE_URL,
        ),
        Claim(
            "job-functions",
            "Some AWS managed policies, such as ViewOnlyAccess, are designed for common IT "
            "job functions.",
            "AWS managed policies for job functions, such as ViewOnlyAccess or "
            "DatabaseAdministrator, align permissions with common job functions.",
            JOB_FUNCTIONS_URL,
        ),
    ),
    false=(
        Claim(
            "edit-in-account",
            "You can edit an AWS managed policy in your account to remove the actions your "
            "users don't need.",
            "The permissions in AWS managed policies can't be changed; to grant less, create a "
            "customer managed policy instead.",
            MANAGED_INLINE_URL,
            negates="aws-owns",
        ),
        Claim(
            "frozen",
            "An AWS managed policy never changes after you attach it; new services always "
            "need a new policy.",
            "AWS updates AWS managed policies, for example when new services or API "
            "operations launch, and the change reaches every attached identity.",
            MANAGED_INLINE_URL,
            negates="aws-updates",
        ),
        Claim(
            "one-identity",
            "An AWS managed policy can be attached to only one user, group or role at a time.",
            "That is the one-to-one relationship of inline policies; an AWS managed policy can "
            "be attached to many identities.",
            MANAGED_INLINE_URL,
            negates="many-identities",
        ),
        Claim(
            "tailored",
            "AWS tailors each AWS managed policy to your account, so it always grants least "
            "privilege.",
            "AWS managed policies are the same for every customer and might not grant least "
            "privilege for your use case.",
            AWS_MANAGED_REFERENCE_URL,
            negates="not-least-privilege",
        ),
        Claim(
            "deleted-with-last",
            "An AWS managed policy is deleted when the last identity it is attached to is deleted.",
            "Only inline policies are deleted with their identity; an AWS managed policy is a "
            "standalone object that AWS administers.",
            MANAGED_INLINE_URL,
        ),
        Claim(
            "bucket-policy",
            "An AWS managed policy can be attached to an Amazon S3 bucket to serve as its "
            "bucket policy.",
            "Managed policies are identity-based: they attach to users, groups and roles. "
            "Resource-based policies are inline on their resource; there are no managed ones.",
            RESOURCE_BASED_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "support-read-only",
            "give its support staff read-only access across all AWS services with a policy "
            "that AWS keeps up to date as new services launch",
            "AWS managed policies are written and updated by AWS, most likely when new "
            "services or API operations appear, so the staff keep read-only access to new "
            "services without anyone editing a policy.",
        ),
        Scenario(
            "job-function-no-json",
            "grant a database administrator a ready-made set of permissions for that job function",
            "AWS managed policies for job functions, such as DatabaseAdministrator, give a "
            "ready-made starting point without writing any JSON.",
            constraint="without writing or maintaining any policy JSON itself",
            reference=JOB_FUNCTIONS_URL,
        ),
        Scenario(
            "new-actions-automatically",
            "have new API operations of a service added to its developers' permissions "
            "automatically when AWS releases them",
            "When new API operations become available, AWS may update its managed policies, and "
            "the update reaches every identity they are attached to.",
        ),
    ),
    practices=(
        Practice(
            "view-only-start",
            "A small company wants its new support staff to view resources across all AWS "
            "services. No one at the company writes IAM policies yet.",
            "Which approach does AWS recommend to start with?",
            Option(
                "Attach the AWS managed ViewOnlyAccess policy to the support group.",
                "AWS recommends starting with AWS managed policies, which cover common use "
                "cases such as viewing resources, and moving toward least privilege later.",
            ),
            (
                Option(
                    "Write a customer managed policy that lists the read actions of every "
                    "service by hand.",
                    "Without policy experience this is slow and error-prone, and the policy "
                    "must be edited for every new service; AWS suggests starting from its "
                    "managed policies.",
                ),
                Option(
                    "Attach AdministratorAccess and ask the support staff not to change anything.",
                    "That grants every action, far beyond viewing; a request not to use "
                    "permissions is no control at all.",
                ),
                Option(
                    "Embed a separate inline read-only policy in each support user.",
                    "Inline copies must be written and edited per user; AWS recommends managed "
                    "policies in most cases.",
                ),
            ),
            BEST_PRACTICES_URL,
        ),
        Practice(
            "too-broad",
            "A team attached an AWS managed policy to its build role and found that it "
            "allows many actions the build never uses.",
            "What should the team do?",
            Option(
                "Replace it with a customer managed policy limited to the build's actions.",
                "AWS recommends reducing the permissions of AWS managed policies with customer "
                "managed policies specific to the use case.",
            ),
            (
                Option(
                    "Edit the AWS managed policy to delete the actions that the build never uses.",
                    "The permissions in an AWS managed policy can't be changed.",
                ),
                Option(
                    "Add an inline policy beside it that allows only the actions the build needs.",
                    "Allows add up: the AWS managed policy would still grant every action it "
                    "lists, so nothing is narrowed.",
                ),
                Option(
                    "Keep the policy, since AWS reviews each managed policy for every account's "
                    "use.",
                    "AWS managed policies are the same for every customer and might not grant "
                    "least privilege for a given use case.",
                ),
            ),
            AWS_MANAGED_REFERENCE_URL,
        ),
    ),
    near=("customer-managed", "inline", "permissions-boundary", "session"),
)


CUSTOMER_MANAGED = Concept(
    id="customer-managed",
    name="A customer managed policy",
    kind="policy",
    subject="a customer managed policy",
    purpose=(
        "A customer managed policy is a standalone identity-based policy that you write and "
        "must keep up to date yourself; you can attach it to many users, groups and roles of "
        "your account and roll it back to one of up to five versions."
    ),
    heading="security-IAM#identity-based policies",
    reference=MANAGED_INLINE_URL,
    task="2.3",
    true=(
        Claim(
            "you-write",
            "You create a customer managed policy in your own account and can change it as "
            "often as you like.",
            "Customer managed policies are ones you create for specific use cases and can "
            "change or update as often as you like.",
            MANAGED_INLINE_URL,
        ),
        Claim(
            "many-identities",
            "One customer managed policy can be attached to many users, groups and roles in "
            "the account.",
            "A single managed policy can be attached to multiple principal entities, so you "
            "can build a library of policies and attach them as needed.",
            CHOOSING_URL,
        ),
        Claim(
            "versions",
            "Each change to a customer managed policy creates a new version, and IAM keeps up "
            "to five versions for rollback.",
            "IAM stores up to five versions of a customer managed policy; you can revert to an "
            "earlier one by setting it as the default version.",
            CHOOSING_URL,
        ),
        Claim(
            "central-change",
            "A change to a customer managed policy applies at once to every identity the "
            "policy is attached to.",
            "Central change management: when you change a managed policy, the change applies "
            "to all principal entities it is attached to.",
            CHOOSING_URL,
        ),
        Claim(
            "narrow-aws-managed",
            "AWS recommends customer managed policies to grant less than AWS managed policies "
            "grant for your use case.",
            "AWS managed policies might not be least privilege; AWS recommends reducing "
            "permissions with customer managed policies specific to your use cases.",
            AWS_MANAGED_REFERENCE_URL,
        ),
    ),
    false=(
        Claim(
            "aws-updates",
            "AWS updates customer managed policies automatically when new services or API "
            "operations launch.",
            "AWS updates only AWS managed policies; a customer managed policy changes only "
            "when you change it.",
            MANAGED_INLINE_URL,
        ),
        Claim(
            "no-rollback",
            "IAM keeps only the current version of a customer managed policy, so a bad change "
            "can't be rolled back.",
            "IAM keeps up to five versions, and you can set an earlier one as the default.",
            CHOOSING_URL,
            negates="versions",
        ),
        Claim(
            "ten-versions",
            "IAM keeps up to ten versions of each customer managed policy, deleting the "
            "oldest automatically.",
            "The limit is five versions; when you reach it you must delete a version yourself "
            "before creating a new one.",
            VERSIONING_URL,
            negates="versions",
        ),
        Claim(
            "deleted-with-identity",
            "A customer managed policy is deleted automatically when the user it is attached "
            "to is deleted.",
            "That is what happens to inline policies; a managed policy is a standalone object "
            "that stays until you delete it.",
            MANAGED_INLINE_URL,
        ),
        Claim(
            "edit-each",
            "To change a customer managed policy attached to three groups, you must edit it "
            "in each group.",
            "One edit to a managed policy applies to every identity it is attached to; editing "
            "each identity is what inline policies need.",
            CHOOSING_URL,
            negates="central-change",
        ),
        Claim(
            "other-accounts",
            "A customer managed policy can be attached directly to the IAM users of other AWS "
            "accounts.",
            "Customer managed policies live in your account and are attached to identities in "
            "that account; other accounts are reached through roles or resource-based "
            "policies.",
            MANAGED_INLINE_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "reuse-and-roll-back",
            "write its own policy for its data engineers, attach it to three groups and two "
            "roles, and roll back to an earlier version if a change breaks something",
            "A policy you write yourself as a standalone policy can be attached to many "
            "identities, and IAM keeps up to five versions so you can set an earlier one as "
            "the default again.",
            reference=CHOOSING_URL,
        ),
        Scenario(
            "narrow-a-ready-made",
            "grant its analysts only the read actions of the three services they use, "
            "narrower than any ready-made AWS policy, and reuse the result for several groups",
            "AWS-written policies can't be edited and may grant more than needed; a policy "
            "you write once, as a standalone policy, can be attached to every group that "
            "needs it.",
            reference=AWS_MANAGED_REFERENCE_URL,
        ),
        Scenario(
            "change-once",
            "define the permissions its microservices share in one place, so that one edit "
            "updates all twelve of their roles",
            "When you change a standalone policy that you wrote, the change applies to every "
            "identity it is attached to.",
            reference=CHOOSING_URL,
        ),
    ),
    practices=(
        Practice(
            "bad-change",
            "An edit to a customer managed policy attached to 12 roles removed a permission "
            "the deployment pipeline needs, and deployments now fail.",
            "What is the quickest way to restore the previous permissions?",
            Option(
                "Set the policy's previous version as its default version.",
                "IAM keeps up to five versions of a customer managed policy; making the earlier "
                "one the default restores it for all 12 roles at once.",
            ),
            (
                Option(
                    "Detach the policy from the 12 roles until the cause is found.",
                    "Detaching removes every permission the policy grants, so the pipeline "
                    "loses even more.",
                ),
                Option(
                    "Ask AWS Support to restore the policy as it was the day before.",
                    "Versions are kept in your account and you can switch to an earlier one "
                    "yourself; AWS Support doesn't edit your policies.",
                ),
                Option(
                    "Embed an inline copy of the old permissions in each of the 12 roles.",
                    "Twelve inline copies take longer and must later be maintained one by one; "
                    "the old version is already stored.",
                ),
            ),
            VERSIONING_URL,
        ),
        Practice(
            "inline-copies",
            "The same permissions are embedded as an inline policy in 15 roles, so every "
            "change must be made 15 times.",
            "What should the team do?",
            Option(
                "Replace the copies with one customer managed policy attached to the 15 roles.",
                "A managed policy is changed once for every identity it is attached to and "
                "keeps versions; AWS recommends managed over inline policies in most cases.",
            ),
            (
                Option(
                    "Write a script that copies each change into the 15 inline policies.",
                    "There are still 15 copies to keep in step, with no versions to roll back "
                    "to; a managed policy removes the copies.",
                ),
                Option(
                    "Move the permissions out of the inline policies and into each role's trust "
                    "policy.",
                    "A trust policy says who may assume the role, not what the role may do.",
                ),
                Option(
                    "Attach an AWS managed policy that grants roughly the same actions.",
                    "AWS managed policies can't be tailored and may grant more or less than "
                    "the roles need.",
                ),
            ),
            CHOOSING_URL,
        ),
    ),
    near=("aws-managed", "inline", "permissions-boundary", "session"),
)


INLINE = Concept(
    id="inline",
    name="An inline policy",
    kind="policy",
    subject="an inline policy",
    purpose=(
        "An inline policy is embedded in one user, group or role, keeps a strict one-to-one "
        "relationship with it and is deleted with it; AWS recommends managed policies in most "
        "cases."
    ),
    heading="security-IAM#identity-based policies",
    reference=MANAGED_INLINE_URL,
    task="2.3",
    true=(
        Claim(
            "one-to-one",
            "An inline policy keeps a strict one-to-one relationship with the single user, "
            "group or role it is in.",
            "An inline policy is created for a single IAM identity and maintains a strict "
            "one-to-one relationship with it.",
            MANAGED_INLINE_URL,
        ),
        Claim(
            "deleted-together",
            "Deleting a user, group or role also deletes the inline policies embedded in it.",
            "Inline policies are part of their identity and are deleted when the identity is "
            "deleted.",
            CHOOSING_URL,
        ),
        Claim(
            "managed-preferred",
            "In most cases AWS recommends managed policies rather than inline policies.",
            "AWS: 'In most cases, we recommend that you use managed policies instead of inline "
            "policies.'",
            CHOOSING_URL,
        ),
        Claim(
            "never-elsewhere",
            "An inline policy is useful when its permissions must never be attached to any "
            "other identity by mistake.",
            "Inline policies suit a strict one-to-one relationship, so that the permissions "
            "are not inadvertently assigned to another identity.",
            CHOOSING_URL,
        ),
        Claim(
            "edit-each",
            "If a group and a role contain the same inline policy, each must be edited "
            "separately to change it.",
            "To change an inline policy you edit each identity that contains it; a managed "
            "policy would change in one place.",
            CHOOSING_URL,
        ),
    ),
    false=(
        Claim(
            "shared",
            "One inline policy can be attached to several users at the same time to share "
            "its permissions.",
            "An inline policy belongs to exactly one identity; use a managed policy to share "
            "permissions.",
            MANAGED_INLINE_URL,
            negates="one-to-one",
        ),
        Claim(
            "survives",
            "An inline policy stays in the account after its user is deleted, ready to embed "
            "in another user.",
            "An inline policy is deleted together with the identity it is embedded in.",
            CHOOSING_URL,
            negates="deleted-together",
        ),
        Claim(
            "default-choice",
            "AWS recommends inline policies as the default way to grant permissions because "
            "they are easier to audit.",
            "AWS recommends managed policies in most cases; inline policies are for a strict "
            "one-to-one relationship.",
            CHOOSING_URL,
            negates="managed-preferred",
        ),
        Claim(
            "versions",
            "IAM keeps five versions of each inline policy so that a change can be rolled back.",
            "Versioning is a feature of managed policies; an inline policy has no stored versions.",
            CHOOSING_URL,
        ),
        Claim(
            "roles-only",
            "Inline policies can be embedded only in IAM roles, not in IAM users or groups.",
            "An inline policy can be created for a single user, group or role.",
            MANAGED_INLINE_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "never-attached-elsewhere",
            "make sure a policy can never be attached to any other identity by mistake and "
            "disappears automatically when its one IAM user is deleted",
            "An inline policy keeps a strict one-to-one relationship with its identity and is "
            "deleted together with it.",
            reference=CHOOSING_URL,
        ),
        Scenario(
            "retire-with-role",
            "give one application's role a set of permissions that belongs to that role "
            "alone and goes away when the role is deleted",
            "Embedded permissions are deleted together with the role and can't be attached to "
            "any other identity.",
            reference=CHOOSING_URL,
        ),
        Scenario(
            "no-orphans",
            "embed permissions directly in a single IAM user so that deleting the user "
            "leaves no unused policy behind in the account",
            "Permissions embedded in the user are deleted with the user; a standalone policy "
            "would remain in the account until deleted separately.",
            reference=CHOOSING_URL,
        ),
    ),
    practices=(
        Practice(
            "break-glass",
            "A security team grants emergency permissions to a single break-glass role and "
            "must be sure the same permissions are never attached to any other identity.",
            "What should the team use?",
            Option(
                "Embed the permissions in the break-glass role as an inline policy.",
                "An inline policy keeps a strict one-to-one relationship with its role, so the "
                "permissions can't be attached to another identity by mistake.",
            ),
            (
                Option(
                    "Create a customer managed policy and tag it so that no one attaches it "
                    "elsewhere.",
                    "A tag doesn't stop anyone with attach permissions from attaching a managed "
                    "policy to another identity.",
                ),
                Option(
                    "Set the permissions as the role's permissions boundary.",
                    "A permissions boundary only caps permissions; it grants nothing by itself.",
                ),
                Option(
                    "Use the closest AWS managed policy for the emergency tasks.",
                    "Any identity can be given an AWS managed policy, and it can't be tailored "
                    "to the emergency tasks.",
                ),
            ),
            CHOOSING_URL,
        ),
    ),
    near=("customer-managed", "aws-managed", "permissions-boundary", "session"),
)


RESOURCE_BASED = Concept(
    id="resource-based",
    name="A resource-based policy",
    kind="policy",
    subject="a resource-based policy",
    purpose=(
        "A resource-based policy, such as an S3 bucket policy, is attached to a resource and "
        "names in its Principal element who, in the same or another account, may use that "
        "resource."
    ),
    heading="security-IAM#resource-based policies",
    reference=RESOURCE_BASED_URL,
    task="2.3",
    true=(
        Claim(
            "on-resource",
            "A resource-based policy is attached to a resource, such as an S3 bucket, and "
            "says who may use that resource.",
            "Resource-based policies are JSON policies attached to a resource; an Amazon S3 "
            "bucket policy is the most common example.",
            RESOURCE_BASED_URL,
        ),
        Claim(
            "principal-required",
            "A resource-based policy must name the principals it applies to in a Principal "
            "element.",
            "AWS: you must use the Principal element in resource-based policies; identity-based "
            "policies can't contain it.",
            PRINCIPAL_URL,
        ),
        Claim(
            "cross-account",
            "A resource-based policy can grant access to principals in other AWS accounts, "
            "not only its own.",
            "You can specify an entire account or IAM entities in another account as the "
            "principal in a resource-based policy.",
            RESOURCE_BASED_URL,
        ),
        Claim(
            "other-half",
            "For cross-account access, the principal's own account must also allow the "
            "request in an identity-based policy.",
            "Adding a cross-account principal to a resource-based policy is only half of the "
            "trust; the other account must grant the principal access with an identity-based "
            "policy.",
            RESOURCE_BASED_URL,
        ),
        Claim(
            "inline-only",
            "Resource-based policies are inline on their resource; there are no managed "
            "resource-based policies.",
            "AWS: resource-based policies are inline policies, and there are no managed "
            "resource-based policies.",
            RESOURCE_BASED_URL,
        ),
    ),
    false=(
        Claim(
            "same-account-only",
            "A resource-based policy can grant access only to principals in the same account "
            "as the resource.",
            "Resource-based policies can name principals in other accounts; that is how a "
            "bucket policy shares a bucket across accounts.",
            RESOURCE_BASED_URL,
            negates="cross-account",
        ),
        Claim(
            "enough-alone",
            "A resource-based policy that names a principal in another account needs no "
            "permission from that account.",
            "Across accounts, the principal's account must also allow the request in an "
            "identity-based policy.",
            RESOURCE_BASED_URL,
            negates="other-half",
        ),
        Claim(
            "group-principal",
            "A resource-based policy can name an IAM group as its principal to cover all the "
            "group's users.",
            "A user group can't be identified as a principal in a policy; name the users or "
            "roles, or the account.",
            PRINCIPAL_URL,
        ),
        Claim(
            "managed-reuse",
            "A resource-based policy can be created once in IAM and attached to many buckets, "
            "like a managed policy.",
            "Resource-based policies are inline on their resource; no managed resource-based "
            "policies exist.",
            RESOURCE_BASED_URL,
            negates="inline-only",
        ),
        Claim(
            "no-principal",
            "A resource-based policy names no principal; it applies to whoever their own "
            "policies allow.",
            "The Principal element is required in resource-based policies: it says whom the "
            "policy applies to.",
            PRINCIPAL_URL,
            negates="principal-required",
        ),
    ),
    scenarios=(
        Scenario(
            "partner-reads-bucket",
            "let a partner's IAM users in another AWS account read objects in its S3 bucket "
            "directly, without assuming a role",
            "A bucket policy names the partner account as its principal and grants it read "
            "access; AWS recommends this over ACLs, which the bucket owner enforced setting "
            "disables.",
            constraint="while keeping the bucket's ACLs disabled (S3 Object Ownership set to "
            "bucket owner enforced)",
            reference=S3_OWNERSHIP_URL,
        ),
        Scenario(
            "invoke-function",
            "let another AWS account invoke one of its AWS Lambda functions directly",
            "A Lambda function's resource-based policy can grant another account permission to "
            "invoke the function.",
            reference=LAMBDA_RESOURCE_POLICY_URL,
        ),
        Scenario(
            "service-writes-logs",
            "allow AWS CloudTrail to deliver log files into an S3 bucket it owns",
            "The bucket policy names the CloudTrail service principal and allows it to write "
            "the log files.",
            constraint="with the bucket's ACLs left disabled",
            reference=CLOUDTRAIL_BUCKET_POLICY_URL,
        ),
    ),
    practices=(
        Practice(
            "share-bucket",
            "A company must let a partner's AWS account read the objects in one of its S3 "
            "buckets. The bucket uses the default S3 Object Ownership setting.",
            "Which approach does AWS recommend?",
            Option(
                "Add a bucket policy that allows s3:GetObject for the partner's account.",
                "AWS recommends keeping ACLs disabled and using the bucket policy to share data "
                "with users outside your account.",
            ),
            (
                Option(
                    "Re-enable ACLs on the bucket and add an ACL grant for the partner's account.",
                    "AWS recommends keeping ACLs disabled (bucket owner enforced) for most "
                    "modern use cases; re-enabling them brings back a legacy mechanism to "
                    "manage alongside the bucket policy.",
                ),
                Option(
                    "Create an IAM user for the partner and send them its access keys.",
                    "That hands long-term credentials to outsiders; the partner's own "
                    "identities can be named as principals instead.",
                ),
                Option(
                    "Make the bucket public for as long as the partner needs it.",
                    "Public access exposes the objects to everyone on the internet, not just "
                    "the partner.",
                ),
            ),
            S3_OWNERSHIP_URL,
        ),
        Practice(
            "other-half",
            "A bucket policy in account A allows a role in account B to read objects, yet "
            "the role's requests are still denied.",
            "What should be done?",
            Option(
                "Allow the reads in an identity-based policy attached to the role in account B.",
                "Across accounts, the resource-based policy is only half: the principal's own "
                "account must also allow the request.",
            ),
            (
                Option(
                    'Change the bucket policy\'s principal to "*" so that the role matches.',
                    'A "*" principal opens the bucket to everyone and still doesn\'t supply '
                    "the allow needed in account B.",
                ),
                Option(
                    "Attach a permissions boundary that allows Amazon S3 actions to the role in "
                    "account B.",
                    "A permissions boundary grants nothing by itself; it only caps what other "
                    "policies grant.",
                ),
                Option(
                    "Enable ACLs on the bucket and add the role's account as a grantee.",
                    "The missing allow is in account B; ACLs would not supply it, and AWS "
                    "recommends keeping them disabled.",
                ),
            ),
            RESOURCE_BASED_URL,
        ),
    ),
    near=("acl", "trust", "organizations:rcp", "permissions-boundary"),
)


TRUST = Concept(
    id="trust",
    name="A role trust policy",
    kind="policy",
    subject="a role trust policy",
    purpose=(
        "A role trust policy is the resource-based policy of an IAM role: it names who may "
        "assume the role, while the role's permissions policies say what it may do."
    ),
    heading="security-IAM#trust policies",
    reference=ROLE_TERMS_URL,
    task="2.3",
    true=(
        Claim(
            "is-resource-based",
            "A role trust policy is the resource-based policy that is attached to an IAM role.",
            "AWS: the IAM resource-based policy type is a role trust policy.",
            PRINCIPAL_URL,
        ),
        Claim(
            "who-assumes",
            "A role trust policy names, in its Principal element, who is allowed to assume "
            "the role.",
            "In IAM roles, the Principal element of the role trust policy specifies who can "
            "assume the role.",
            PRINCIPAL_URL,
        ),
        Claim(
            "account-id",
            "To let another account assume a role, the trust policy names that account's "
            "12-digit account ID.",
            "For cross-account access, you must specify the 12-digit identifier of the trusted "
            "account.",
            PRINCIPAL_URL,
        ),
        Claim(
            "required",
            "Every IAM role has a role trust policy; it is a required part of the role.",
            "A role trust policy is a required resource-based policy attached to a role in IAM.",
            ROLE_TERMS_URL,
        ),
        Claim(
            "who-not-what",
            "A role's trust policy decides who may assume it; its permissions policies decide "
            "what it may do.",
            "The trust policy defines the principals trusted to assume the role; the "
            "permissions policy defines the actions and resources the role can use.",
            ROLE_TERMS_URL,
        ),
    ),
    false=(
        Claim(
            "on-user",
            "A role trust policy is attached to an IAM user to list the roles that the user "
            "may assume.",
            "Trust policies are attached to roles and name who may assume them.",
            ROLE_TERMS_URL,
        ),
        Claim(
            "grants-actions",
            "A role trust policy also lists the actions the role may perform once it has been "
            "assumed.",
            "What the role may do comes from its permissions policies; the trust policy only "
            "says who may assume it.",
            ROLE_TERMS_URL,
            negates="who-not-what",
        ),
        Claim(
            "optional",
            "A role trust policy is optional; without one, any principal in the account can "
            "assume the role.",
            "Every role has a trust policy, and only the principals it trusts can assume the role.",
            ROLE_TERMS_URL,
            negates="required",
        ),
        Claim(
            "identity-based",
            "A role trust policy is an identity-based policy, so it has no Principal element.",
            "A trust policy is the role's resource-based policy, and its Principal element "
            "names who may assume the role.",
            PRINCIPAL_URL,
            negates="is-resource-based",
        ),
        Claim(
            "email",
            "To let another account assume a role, the trust policy names that account's "
            "root user email address.",
            "Accounts are named by their 12-digit account ID (or ARN) in the Principal element, "
            "not by an email address.",
            PRINCIPAL_URL,
            negates="account-id",
        ),
    ),
    scenarios=(
        Scenario(
            "auditors-account",
            "specify that principals from its external auditors' AWS account may assume a "
            "role it created for them",
            "The role's trust policy names the auditors' account in its Principal element, so "
            "principals from that account can assume the role.",
            reference=PRINCIPAL_URL,
        ),
        Scenario(
            "ec2-may-assume",
            "allow the Amazon EC2 service to take on an IAM role on behalf of its instances",
            "A role's trust policy names the service principal ec2.amazonaws.com as allowed to "
            "assume the role.",
            reference=PRINCIPAL_URL,
        ),
        Scenario(
            "drop-former-vendor",
            "stop a former vendor's AWS account from taking on an existing cross-account role "
            "while keeping the role's actions as they are",
            "Removing the vendor's account from the role's trust policy stops it assuming the "
            "role; the permissions policies, which say what the role can do, stay unchanged.",
            reference=ROLE_TERMS_URL,
        ),
    ),
    practices=(
        Practice(
            "vendor-contract-ended",
            "A company created an IAM role that a vendor's AWS account assumes. The contract "
            "has ended and the vendor must no longer use the role.",
            "What should the company do?",
            Option(
                "Remove the vendor's account from the role's trust policy.",
                "The trust policy decides who may assume the role; without the vendor's account "
                "in it, the vendor can't assume the role.",
            ),
            (
                Option(
                    "Delete the vendor's IAM users in the vendor's account.",
                    "A company can't manage the identities of another AWS account.",
                ),
                Option(
                    "Rotate the access keys of the company's own administrators.",
                    "Its own keys have nothing to do with who may assume the role.",
                ),
                Option(
                    "Require the vendor to pass a session policy that denies everything.",
                    "Session policies are passed by the caller when it assumes the role; the "
                    "company can't rely on the vendor to pass one.",
                ),
            ),
            ROLE_TERMS_URL,
        ),
        Practice(
            "lambda-cannot-assume",
            "A developer created a role for an AWS Lambda function, but Lambda can't assume it.",
            "What should the developer fix?",
            Option(
                "Allow lambda.amazonaws.com to assume the role in the role's trust policy.",
                "The trust policy's Principal element names who may assume the role, including "
                "AWS service principals.",
            ),
            (
                Option(
                    "Attach the AWS managed policies for Lambda to the role's permissions.",
                    "Permissions policies say what the role may do once assumed, not who may "
                    "assume it.",
                ),
                Option(
                    "Add a Principal element for Lambda to the role's permissions policy.",
                    "Identity-based policies can't contain a Principal element.",
                ),
                Option(
                    "Create access keys for the role and store them in the function's environment.",
                    "Roles have no access keys; they provide temporary credentials to those "
                    "allowed to assume them.",
                ),
            ),
            PRINCIPAL_URL,
        ),
    ),
    # Not "resource-based": a trust policy is one, so it would be a second defensible answer.
    # Five same-kind neighbours keep it (and the ACL) out of this concept's scenario options.
    near=("permissions-boundary", "session", "inline", "customer-managed", "aws-managed"),
)


PERMISSIONS_BOUNDARY = Concept(
    id="permissions-boundary",
    name="A permissions boundary",
    kind="policy",
    subject="a permissions boundary",
    purpose=(
        "A permissions boundary is a managed policy set on one IAM user or role that caps "
        "what its identity-based policies can grant; " + _LIMITS_ONLY + "."
    ),
    heading="security-IAM-policies#permissions boundaries",
    reference=BOUNDARIES_URL,
    task="2.3",
    true=(
        Claim(
            "caps-identity",
            "A permissions boundary sets the maximum permissions that identity-based policies "
            "can grant to an IAM user or role.",
            "A permissions boundary uses a managed policy to set the maximum permissions that "
            "an identity-based policy can grant to an IAM entity.",
            BOUNDARIES_URL,
        ),
        Claim(
            "grants-nothing",
            "A permissions boundary on its own grants no permissions to the user or role.",
            "Policies used as permissions boundaries don't provide permissions; a permissions "
            "policy must still allow the action.",
            BOUNDARIES_URL,
        ),
        Claim(
            "managed-policy",
            "You set a permissions boundary with an AWS managed policy or a customer managed "
            "policy.",
            "You can use an AWS managed policy or a customer managed policy to set the "
            "boundary for an IAM user or role.",
            BOUNDARIES_URL,
        ),
        Claim(
            "both-allow",
            "A user or role with a boundary may do only what both its identity-based policies "
            "and the boundary allow.",
            "An entity's permissions boundary allows it to perform only the actions allowed by "
            "both its identity-based policies and its permissions boundary.",
            BOUNDARIES_URL,
        ),
        Claim(
            "delegate",
            "Permissions boundaries let administrators delegate role creation without letting "
            "the new roles exceed a set maximum.",
            "AWS recommends permissions boundaries to delegate permissions management within "
            "an account, such as letting developers create roles.",
            BEST_PRACTICES_URL,
        ),
    ),
    false=(
        Claim(
            "grants",
            "A permissions boundary grants the user every action it lists, even without "
            "another policy.",
            "A boundary grants nothing; an action must also be allowed by an identity-based "
            "policy.",
            BOUNDARIES_URL,
            negates="grants-nothing",
        ),
        Claim(
            "on-group",
            "A permissions boundary can be set on an IAM group to cap the permissions of "
            "every member.",
            "Permissions boundaries are supported for IAM users and roles only, not groups.",
            BOUNDARIES_URL,
        ),
        Claim(
            "whole-organization",
            "A permissions boundary applies to every account of an organization in AWS "
            "Organizations.",
            "That describes an SCP; a permissions boundary is set on one IAM user or role.",
            BOUNDARIES_URL,
        ),
        Claim(
            "inline-only",
            "A permissions boundary must be written as an inline policy embedded in the user "
            "or role.",
            "A boundary is set with a managed policy, AWS managed or customer managed.",
            BOUNDARIES_URL,
            negates="managed-policy",
        ),
        Claim(
            "broader-wins",
            "When a boundary and an identity-based policy disagree, the broader of the two "
            "decides what is allowed.",
            "Only actions allowed by both the identity-based policies and the boundary are "
            "allowed.",
            BOUNDARIES_URL,
            negates="both-allow",
        ),
    ),
    scenarios=(
        Scenario(
            "developer-roles-cap",
            "let developers create IAM roles for their apps that can never go beyond Amazon S3 "
            "and DynamoDB access, whatever policies the developers attach",
            "A boundary set on each new role caps what its identity-based policies can grant, "
            "so no policy the developers attach takes the role beyond S3 and DynamoDB.",
            constraint="in a standalone account outside any organization",
        ),
        Scenario(
            "contractor-ceiling",
            "set a ceiling on what one contractor's IAM user can ever be allowed to do, even "
            "if someone later attaches a broad policy to that user",
            "A boundary on the user caps whatever its identity-based policies grant, now and "
            "later.",
            constraint="without affecting any other user in the account",
        ),
        Scenario(
            "delegate-user-creation",
            "let team leads create IAM users that can never exceed a fixed list of allowed actions",
            "Team leads may create users only with a given boundary attached, so the new users "
            "can never exceed it.",
            constraint="while the team leads keep their own broader access",
            reference=BEST_PRACTICES_URL,
        ),
    ),
    practices=(
        Practice(
            "safe-role-creation",
            "Developers need to create IAM roles for their Lambda functions. The security "
            "team must prevent them from creating a role with more access than the team "
            "allows.",
            "What should the security team do?",
            Option(
                "Let developers create roles only with a set permissions boundary attached.",
                "AWS recommends permissions boundaries to delegate permissions management: a "
                "role created with the boundary can never exceed it.",
            ),
            (
                Option(
                    "Review every new role weekly and delete those that are too broad.",
                    "A review finds an over-broad role only after it has existed and could be "
                    "used; a boundary prevents it.",
                ),
                Option(
                    "Give the developers IAMFullAccess and watch role creation in CloudTrail.",
                    "CloudTrail records what was done; it doesn't stop a developer creating a "
                    "powerful role.",
                ),
                Option(
                    "Set a permissions boundary on the IAM group that all the developers belong "
                    "to.",
                    "Boundaries can be set on users and roles, not groups, and would not cap "
                    "the roles the developers create.",
                ),
            ),
            BEST_PRACTICES_URL,
        ),
        Practice(
            "boundary-only",
            "An administrator set a permissions boundary allowing Amazon S3 on a new IAM user "
            "and attached no other policy. The user's S3 requests are denied.",
            "What should the administrator do?",
            Option(
                "Attach an identity-based policy allowing the S3 actions the user needs.",
                "A boundary grants nothing; the user needs an identity-based policy that "
                "allows the actions, within the boundary.",
            ),
            (
                Option(
                    "Wait for the boundary to propagate, since IAM is eventually consistent.",
                    "Propagation would not help: a boundary alone never allows anything.",
                ),
                Option(
                    "Broaden the boundary so that it allows every action in the account.",
                    "A broader boundary still grants nothing; it only raises the ceiling.",
                ),
                Option(
                    "Add the user's name to the boundary in a Principal element.",
                    "A boundary is an identity-based managed policy; it can't contain a "
                    "Principal element.",
                ),
            ),
            BOUNDARIES_URL,
        ),
    ),
    near=("session", "organizations:scp", "customer-managed", "organizations:rcp"),
)


SESSION = Concept(
    id="session",
    name="A session policy",
    kind="policy",
    subject="a session policy",
    purpose=(
        "A session policy is passed when a temporary session for a role or federated user is "
        "created programmatically; it narrows that one session to what both it and the "
        "identity's policies allow, and " + _LIMITS_ONLY + "."
    ),
    heading="security-IAM-policies#session policies",
    reference=SESSION_URL,
    task="2.3",
    true=(
        Claim(
            "passed",
            "A session policy is passed as a parameter when a role or federated user session "
            "is created.",
            "Session policies are advanced policies passed as a parameter when you "
            "programmatically create a temporary session for a role or federated user.",
            SESSION_URL,
        ),
        Claim(
            "intersection",
            "A session's permissions are the intersection of the identity's identity-based "
            "policies and the session policies.",
            "The resulting session's permissions are the intersection of the identity-based "
            "policies of the entity and the session policies.",
            SESSION_URL,
        ),
        Claim(
            "no-more",
            "A session policy can't grant a role session more permissions than the role's "
            "identity-based policies allow.",
            "You cannot use session policies to grant more permissions than those allowed by "
            "the identity-based policy of the role being assumed.",
            ASSUME_ROLE_URL,
        ),
        Claim(
            "this-session",
            "A session policy limits only the session it was passed for; the role's own "
            "policies stay unchanged.",
            "Session policies limit the permissions of the created session; the role and its "
            "policies are not modified.",
            SESSION_URL,
        ),
        Claim(
            "assume-role",
            "A session policy can be passed with the AWS CLI or API, for example in an "
            "AssumeRole request.",
            "AssumeRole takes an inline session policy (Policy) and managed session policies "
            "(PolicyArns) as optional parameters.",
            ASSUME_ROLE_URL,
        ),
    ),
    false=(
        Claim(
            "adds",
            "A session policy can give a role session permissions that the role's own "
            "policies don't grant.",
            "Session policies can't grant more than the role's identity-based policies: the "
            "session gets the intersection of the two.",
            ASSUME_ROLE_URL,
            negates="no-more",
        ),
        Claim(
            "permanent",
            "A session policy is attached permanently to a role and applies to every later "
            "session of that role.",
            "A session policy is passed for one session; the next session is limited only by "
            "the policies passed for it.",
            SESSION_URL,
            negates="this-session",
        ),
        Claim(
            "console-attached",
            "A session policy is attached to a user in the IAM console, like a managed policy.",
            "Session policies are passed programmatically when a session is created, not "
            "attached to users.",
            SESSION_URL,
            negates="passed",
        ),
        Claim(
            "union",
            "A session's permissions are the union of the role's policies and the session "
            "policies passed for it.",
            "It is the intersection, not the union: an action must be allowed by both.",
            SESSION_URL,
            negates="intersection",
        ),
        Claim(
            "passwords-only",
            "Session policies apply only to IAM users who sign in to the console with a password.",
            "Session policies apply to temporary sessions of roles and federated users created "
            "programmatically.",
            SESSION_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "one-batch-job",
            "have an application that assumes a broad IAM role get temporary credentials that "
            "reach only one S3 prefix for a single batch job",
            "A policy passed with AssumeRole limits the resulting credentials to what both the "
            "role's policies and the passed policy allow.",
            constraint="without changing the role or its policies",
        ),
        Scenario(
            "broker-narrows",
            "let an identity broker give each federated user narrower access than the shared "
            "role grants, decided at the moment the user signs in",
            "The broker passes a policy when it requests the temporary credentials, so each "
            "user's credentials get only the intersection of the role and that policy.",
        ),
        Scenario(
            "narrow-at-assume",
            "narrow what one set of temporary credentials can do by passing a policy in the "
            "AssumeRole request",
            "A policy passed in the AssumeRole request limits that set of credentials; the "
            "role's own policies stay as they are.",
            reference=ASSUME_ROLE_URL,
        ),
    ),
    practices=(
        Practice(
            "per-analyst",
            "An identity broker gives many analysts credentials from one shared IAM role. Each "
            "analyst should reach only their own S3 prefix, and the company wants to keep the "
            "single role.",
            "What should the broker pass when it assumes the role for an analyst?",
            Option(
                "A session policy that allows only that analyst's prefix.",
                "The session gets the intersection of the role's policies and the session "
                "policy, so each analyst's credentials reach only their prefix.",
            ),
            (
                Option(
                    "A permissions boundary naming that analyst's prefix.",
                    "A boundary is set on the role itself, not passed when it is assumed, so it "
                    "would apply to every analyst alike.",
                ),
                Option(
                    "An external ID unique to that analyst.",
                    "An external ID is checked by the role's trust policy to decide whether the "
                    "role may be assumed; it doesn't narrow what the session can do.",
                ),
                Option(
                    "A longer session duration set for that analyst's credentials.",
                    "The duration sets how long the credentials last, not what they can reach.",
                ),
            ),
            SESSION_URL,
        ),
    ),
    near=("permissions-boundary", "inline", "organizations:scp", "trust"),
)


ACL = Concept(
    id="acl",
    name="An access control list (ACL)",
    kind="policy",
    subject="an access control list (ACL)",
    purpose=(
        "An ACL is a legacy, non-JSON list on a resource such as an S3 bucket or object that "
        "grants other AWS accounts access; AWS recommends keeping S3 ACLs disabled (bucket "
        "owner enforced, the default) and granting access with policies instead."
    ),
    heading="security-IAM-policies#access control lists",
    reference=ACL_URL,
    task="2.3",
    true=(
        Claim(
            "not-json",
            "ACLs are the only policy type that does not use the JSON policy document structure.",
            "ACLs are similar to resource-based policies, but they are the only policy type "
            "that does not use the JSON policy document structure.",
            ACL_URL,
        ),
        Claim(
            "other-accounts",
            "An ACL grants principals in other AWS accounts access to the resource it is "
            "attached to.",
            "ACLs are cross-account permissions policies that grant permissions to the "
            "specified principal.",
            ACL_URL,
        ),
        Claim(
            "not-same-account",
            "An ACL can't grant access to principals in the same AWS account as the resource.",
            "ACLs cannot grant permissions to entities within the same account.",
            ACL_URL,
        ),
        Claim(
            "disabled-by-default",
            "New S3 buckets use the bucket owner enforced setting, under which ACLs are "
            "disabled and no longer affect access.",
            "By default, S3 Object Ownership is set to bucket owner enforced: ACLs are disabled "
            "and no longer affect permissions to data in the bucket.",
            S3_OWNERSHIP_URL,
        ),
        Claim(
            "keep-disabled",
            "For most S3 use cases, AWS recommends keeping ACLs disabled and sharing with "
            "other accounts through a bucket policy.",
            "AWS recommends keeping ACLs disabled with bucket owner enforced and using the "
            "bucket policy to share data with users outside your account.",
            S3_OWNERSHIP_URL,
        ),
    ),
    false=(
        Claim(
            "json-principal",
            "An ACL is a JSON access policy document with a Principal element, written like a "
            "bucket policy.",
            "ACLs are the one policy type that is not a JSON policy document.",
            ACL_URL,
            negates="not-json",
        ),
        Claim(
            "same-account",
            "An ACL is the usual way to give IAM users in the bucket owner's own account access "
            "to objects.",
            "ACLs can't grant access within the same account; identity-based policies do that.",
            ACL_URL,
            negates="not-same-account",
        ),
        Claim(
            "enabled-by-default",
            "New S3 buckets have ACLs enabled, so every object ACL grants the access it lists.",
            "New buckets default to bucket owner enforced, which disables ACLs so that they no "
            "longer affect access.",
            S3_OWNERSHIP_URL,
            negates="disabled-by-default",
        ),
        Claim(
            "recommended",
            "AWS recommends ACLs rather than bucket policies for giving other accounts access to "
            "S3 data.",
            "AWS recommends keeping ACLs disabled and sharing through the bucket policy.",
            S3_OWNERSHIP_URL,
            negates="keep-disabled",
        ),
        Claim(
            "on-users",
            "ACLs are created in IAM and attached to IAM users to list the buckets they can "
            "access.",
            "An ACL is attached to the resource it protects, such as a bucket or an object, not "
            "to an IAM user.",
            ACL_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "uploader-grants",
            "let another AWS account read the objects it uploads into a partner's S3 bucket, "
            "object by object, as the owner of those objects",
            "With Object writer, the account that uploads an object owns it and can grant "
            "other accounts rights to it through the object's ACL; it can't edit the "
            "partner's bucket policy.",
            constraint="on a bucket whose Object Ownership setting is Object writer",
            reference=S3_OWNERSHIP_URL,
        ),
        Scenario(
            "hand-over-ownership",
            "hand the bucket owner full rights over each object it uploads into a partner's "
            "bucket, as part of the upload itself",
            "With bucket owner preferred, an object written with the bucket-owner-full-control "
            "canned ACL becomes the bucket owner's; that ACL is set by the uploader.",
            constraint="on a bucket whose Object Ownership setting is bucket owner preferred",
            reference=S3_OWNERSHIP_URL,
        ),
        Scenario(
            "writers-keep-ownership",
            "keep the objects in a shared bucket owned by the partner accounts that upload "
            "them, each partner granting read rights object by object",
            "Object writer keeps ACLs enabled: each uploading account owns its objects and "
            "grants rights to them through object ACLs.",
            reference=S3_OWNERSHIP_URL,
        ),
    ),
    practices=(
        Practice(
            "move-to-policies",
            "A company's older S3 buckets still have ACLs enabled, and the bucket owner owns "
            "every object in them. The company wants simpler, policy-based access management.",
            "What should it do?",
            Option(
                "Move the ACL grants into bucket policies, then set bucket owner enforced.",
                "Bucket owner enforced disables ACLs; AWS recommends migrating ACL permissions "
                "to the bucket policy first and then keeping ACLs disabled.",
            ),
            (
                Option(
                    "Keep the ACLs enabled and add another ACL grant for each new partner account.",
                    "That keeps the legacy mechanism growing; AWS recommends disabling ACLs and "
                    "sharing through bucket policies.",
                ),
                Option(
                    "Delete the bucket policies and manage all access with ACLs.",
                    "ACLs can't grant access to identities within the account, and AWS "
                    "recommends keeping them disabled and using policies instead.",
                ),
                Option(
                    "Turn on S3 Block Public Access and leave the ACLs as they are.",
                    "Block Public Access stops public grants but leaves ACL grants to other "
                    "accounts in force, so ACLs still govern access.",
                ),
            ),
            S3_OWNERSHIP_URL,
        ),
    ),
    near=("resource-based", "trust", "session", "permissions-boundary"),
)


POLICY_VERSIONS = Concept(
    id="versions",
    name="Managed policy versions",
    kind="",
    subject="managed policy versions",
    purpose=(
        "A change to a managed policy is saved as a new version, and IAM keeps up to five of a "
        "customer managed policy; the default version is the one that applies, so setting an "
        "earlier version as the default rolls a change back. Inline policies have no versions."
    ),
    heading="security-IAM-policies#policy versions",
    reference=VERSIONS_URL,
    task="2.3",
    true=(
        Claim(
            "new-version",
            "Editing a customer managed policy saves a new version of it instead of "
            "overwriting the policy.",
            "A changed managed policy doesn't overwrite the existing one: IAM creates a new "
            "version of the policy.",
            VERSIONS_URL,
        ),
        Claim(
            "default-applies",
            "Of the stored versions of a managed policy, only the default version decides what "
            "the policy allows.",
            "The default version defines the policy's permissions; AWS checks it when a user or "
            "role with the policy makes a request.",
            DEFAULT_VERSION_URL,
        ),
        Claim(
            "roll-back",
            "Setting an earlier version as the default version rolls a managed policy back to "
            "that version.",
            "When a change has unintended effects, you roll back by setting the previous "
            "version as the default version.",
            VERSIONS_URL,
        ),
        Claim(
            "five-stored",
            "A customer managed policy stores at most five versions, so saving a sixth means "
            "deleting an older one.",
            "IAM stores up to five versions; beyond that you delete a version first (the console "
            "asks which non-default version to remove).",
            VERSIONS_URL,
        ),
        Claim(
            "aws-managed-too",
            "AWS managed policies have versions as well: an update by AWS is saved as a new "
            "version.",
            "When AWS makes changes to an AWS managed policy, IAM creates a new version of the "
            "managed policy too.",
            VERSIONS_URL,
        ),
        Claim(
            "not-version-element",
            "A policy version is not the policy's Version element, which names the version of "
            "the policy language.",
            "AWS: a policy version is different from the Version policy element, which defines "
            "the version of the policy language.",
            VERSIONS_URL,
        ),
    ),
    false=(
        Claim(
            "overwrites",
            "Each edit to a customer managed policy overwrites it, so the previous permissions "
            "are gone for good.",
            "The edit is saved as a new version; earlier versions stay stored and can be set as "
            "the default again.",
            VERSIONS_URL,
            negates="new-version",
        ),
        Claim(
            "newest-applies",
            "The newest stored version of a managed policy always applies, whichever version is "
            "marked as the default.",
            "The default version is the one AWS checks; a newer version that isn't the default "
            "has no effect.",
            DEFAULT_VERSION_URL,
            negates="default-applies",
        ),
        Claim(
            "delete-default",
            "Any stored version can be deleted, including the version that is currently the "
            "default.",
            "You can delete any version of a managed policy except the default version.",
            VERSIONS_URL,
        ),
        Claim(
            "version-element",
            'The Version element, such as "2012-10-17", records which stored version of the '
            "policy is in force.",
            "The Version element sets the policy language version; stored versions are separate "
            "and the default one is in force.",
            VERSIONS_URL,
            negates="not-version-element",
        ),
        Claim(
            "inline-history",
            "Inline policies keep the same five-version history as managed policies, so both "
            "can be rolled back.",
            "IAM does not support versioning for inline policies; only managed policies have "
            "versions.",
            VERSIONS_URL,
        ),
        Claim(
            "keeps-all",
            "IAM keeps every version a customer managed policy ever had, so any past change "
            "can be restored.",
            "IAM stores at most five versions of a customer managed policy; older ones must be "
            "deleted to save new ones.",
            VERSIONS_URL,
            negates="five-stored",
        ),
    ),
    practices=(
        Practice(
            "sixth-version",
            "A deployment pipeline updates a customer managed policy with the AWS CLI. The "
            "update now fails because the policy already has five stored versions.",
            "What should the team do?",
            Option(
                "Delete an old version that isn't the default, then save the new version.",
                "A managed policy stores up to five versions; with the CLI or API one must be "
                "deleted first, and the default version can't be deleted.",
            ),
            (
                Option(
                    "Delete the current default version, since the new version will replace it.",
                    "The default version can't be deleted; an older, non-default version has "
                    "to go instead.",
                ),
                Option(
                    "Change the Version element of the document to today's date and save it again.",
                    "The Version element names the policy language version; it has nothing to "
                    "do with how many versions are stored.",
                ),
                Option(
                    "Replace the policy with an inline copy in each role so that no limit applies.",
                    "Inline policies have no versions to roll back to, and every copy must then "
                    "be changed role by role.",
                ),
            ),
            VERSIONS_URL,
        ),
        Practice(
            "what-changed",
            "Yesterday an administrator edited a customer managed policy attached to several "
            "roles. An auditor asks what the policy allowed before that edit.",
            "How can the team answer?",
            Option(
                "Open the earlier version stored for the policy and compare it with the default.",
                "IAM keeps up to five versions of a managed policy, so earlier documents can be "
                "viewed to track changes.",
            ),
            (
                Option(
                    "Read the policy's Version element, which records when each edit was saved.",
                    "The Version element is the policy language version, the same for every edit.",
                ),
                Option(
                    "Download the credential report, which lists the past permissions of each "
                    "policy.",
                    "The credential report lists users and the status of their credentials, not "
                    "policy documents.",
                ),
                Option(
                    "Ask AWS Support to send the policy document as it was the day before.",
                    "The earlier version is already stored with the policy in the account, where "
                    "the team can view it at once.",
                ),
            ),
            VERSIONS_URL,
        ),
    ),
    # The Version element itself is a policy-evaluation concept; here it is only a look-alike.
    near=("customer-managed", "aws-managed", "inline", "policy-evaluation:version-element"),
)


ACCESS_LEVELS = Concept(
    id="access-levels",
    name="Access levels in IAM policy summaries",
    kind="",
    subject="access levels in IAM policy summaries",
    purpose=(
        "The IAM console summarizes what a policy allows, service by service, in five access "
        "levels (List, Read, Write, Permissions management, Tagging), each marked Full or "
        "Limited; AWS, not the policy author, assigns each action its level."
    ),
    heading="security-IAM-policies#reading a policy summary",
    reference=ACCESS_LEVELS_URL,
    task="2.3",
    true=(
        Claim(
            "five-levels",
            "AWS classifies each action of a service as List, Read, Write, Permissions "
            "management or Tagging.",
            "Those are the access level classifications AWS defines for the actions in a service.",
            ACCESS_LEVELS_URL,
        ),
        Claim(
            "full-or-limited",
            "For each access level, a summary shows Full when all its actions are allowed and "
            "Limited when only some are.",
            "Full: the policy allows all actions in that level; Limited: one or more, but not "
            "all, of them.",
            ACCESS_LEVELS_URL,
        ),
        Claim(
            "permissions-management",
            "Actions that grant or change permissions, such as s3:PutBucketPolicy, have the "
            "Permissions management level.",
            "Permissions management is permission to grant or modify resource permissions: most "
            "IAM and AWS Organizations actions, and S3 PutBucketPolicy.",
            ACCESS_LEVELS_URL,
        ),
        Claim(
            "tagging",
            "An action that only adds or removes tags, such as iam:TagRole, has the Tagging "
            "access level.",
            "Tagging covers actions that only change the state of resource tags, such as "
            "TagRole and UntagRole.",
            ACCESS_LEVELS_URL,
        ),
        Claim(
            "list-read",
            "List actions, such as s3:ListBucket, show which resources exist; Read actions read "
            "their contents.",
            "List: list resources to find out whether an object exists; Read: read but not edit "
            "contents and attributes, such as s3:GetObject.",
            ACCESS_LEVELS_URL,
        ),
        Claim(
            "where-shown",
            "The IAM console shows a summary of every managed policy and of each policy "
            "attached to a user or role.",
            "Summaries appear on the Policies page for all managed policies and on the Users "
            "and Roles pages for their managed and inline policies.",
            POLICY_SUMMARY_URL,
        ),
    ),
    false=(
        Claim(
            "put-policy-write",
            "s3:PutBucketPolicy has the Write access level, because it changes the "
            "configuration of a bucket.",
            "Actions that grant or modify permissions, PutBucketPolicy among them, are "
            "classified as Permissions management.",
            ACCESS_LEVELS_URL,
            negates="permissions-management",
        ),
        Claim(
            "create-role-tagging",
            "iam:CreateRole has the Tagging access level, because it can attach tags to the "
            "role it creates.",
            "CreateRole does more than add tags, so it has the Write level; Tagging is for "
            "actions that only change tags.",
            ACCESS_LEVELS_URL,
        ),
        Claim(
            "full-list-everything",
            "A summary reading Full: List for a service means the policy allows every action "
            "of that service.",
            "Full: List means all actions of the List level only; Full access is what a summary "
            "shows for every action.",
            ACCESS_LEVELS_URL,
        ),
        Claim(
            "limited-condition",
            "Limited means the policy allows the actions of that level only when a condition in "
            "it is met.",
            "Limited means the policy allows one or more, but not all, of the actions in that "
            "access level.",
            ACCESS_LEVELS_URL,
            negates="full-or-limited",
        ),
        Claim(
            "author-assigns",
            "The author of a policy assigns each statement an access level, and IAM enforces "
            "that level.",
            "AWS defines the access level of each action; the summary reports it, and the "
            "policy's statements decide what is allowed.",
            ACCESS_LEVELS_URL,
            negates="five-levels",
        ),
        Claim(
            "aws-managed-only",
            "The IAM console shows policy summaries for AWS managed policies only, not for "
            "policies you write.",
            "Summaries are shown for all managed policies, customer managed ones included, and "
            "for the inline policies of users and roles.",
            POLICY_SUMMARY_URL,
            negates="where-shown",
        ),
    ),
    practices=(
        Practice(
            "who-can-change-permissions",
            "A security reviewer must find which of the account's customer managed policies "
            "let people change permissions, for example by editing bucket policies or "
            "attaching IAM policies.",
            "What should the reviewer do?",
            Option(
                "Check which policy summaries show the Permissions management access level.",
                "Actions that grant or modify permissions, such as s3:PutBucketPolicy and most "
                "IAM actions, are classified as Permissions management.",
            ),
            (
                Option(
                    "Check which policy summaries show the Write access level, since it covers "
                    "every change.",
                    "Actions that grant or modify permissions have their own level, Permissions "
                    "management; Write covers creating, deleting and changing resources.",
                ),
                Option(
                    "Check which policy summaries show the Tagging access level for IAM.",
                    "Tagging actions only add or remove tags; they don't grant permissions.",
                ),
                Option(
                    "Check which policies are attached to the most users in the credential report.",
                    "The credential report lists users' credentials, not the policies they have "
                    "or what those policies allow.",
                ),
            ),
            ACCESS_LEVELS_URL,
        ),
        Practice(
            "auditor-full-access",
            "A new customer managed policy for an auditor should only let them view IAM "
            "settings, but its summary shows Full access for IAM.",
            "What should the administrator do?",
            Option(
                "Narrow the policy to the List and Read actions of IAM that the auditor needs.",
                "Full access means the policy allows every IAM action; viewing needs List and "
                "Read actions only.",
            ),
            (
                Option(
                    "Keep the policy, since Full access in a summary refers to the List level "
                    "alone.",
                    "Full access means all actions of the service; Full: List would be the "
                    "summary for List actions only.",
                ),
                Option(
                    "Attach a second policy that allows only the Read actions of IAM.",
                    "Allows add up: the first policy would still allow every IAM action.",
                ),
                Option(
                    "Tag the auditor's user with ReadOnly=true so IAM limits the policy to reads.",
                    "A tag restricts nothing unless a policy tests it; the policy still allows "
                    "every IAM action.",
                ),
            ),
            ACCESS_LEVELS_URL,
        ),
    ),
    near=("customer-managed", "least-privilege:policy-validation", "versions"),
)


TOPIC = Topic(
    id="policy-types",
    title="Policy types",
    concepts=(
        AWS_MANAGED,
        CUSTOMER_MANAGED,
        INLINE,
        RESOURCE_BASED,
        TRUST,
        PERMISSIONS_BOUNDARY,
        SESSION,
        ACL,
        POLICY_VERSIONS,
        ACCESS_LEVELS,
    ),
)
