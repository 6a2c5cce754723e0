"""IAM policy types: what each one does, scenarios that call for it, statements about it."""

from quizzes.catalogues import Concept, Fact, Scenario

POLICIES_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html"
MANAGED_INLINE_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html"
)
VERSIONING_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-versioning.html"
)
IDENTITY_VS_RESOURCE_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_identity-vs-resource.html"
)
BOUNDARIES_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html"
TRUST_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html"
SESSION_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session"
)
ACL_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_acl"
SCP_URL = (
    "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html"
)
PRINCIPAL_ELEMENT_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html"
)
RCP_URL = (
    "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html"
)

POLICY_TYPES: dict[str, Concept] = {
    policy.id: policy
    for policy in (
        Concept(
            "aws-managed",
            "An AWS managed policy",
            "An AWS managed policy is a standalone policy that AWS creates and updates; you can "
            "attach it to many identities but cannot edit it.",
            "identity-based policies",
            MANAGED_INLINE_URL,
        ),
        Concept(
            "customer-managed",
            "A customer managed policy",
            "A customer managed policy is a standalone policy you write and can attach to many "
            "users, groups and roles; IAM keeps its earlier versions.",
            "identity-based policies",
            VERSIONING_URL,
        ),
        Concept(
            "inline",
            "An inline policy",
            "An inline policy keeps a strict one-to-one relationship with a single user, group "
            "or role and is deleted when that identity is deleted.",
            "identity-based policies",
            MANAGED_INLINE_URL,
        ),
        Concept(
            "resource-based",
            "A resource-based policy, such as an Amazon S3 bucket policy",
            "A resource-based policy is attached to a resource and grants permissions to the "
            "principals it names, in the same account or in other accounts.",
            "resource-based policies",
            IDENTITY_VS_RESOURCE_URL,
        ),
        Concept(
            "trust",
            "A role trust policy",
            "A role trust policy is the resource-based policy of a role: it says which "
            "principals may assume the role.",
            "trust policies",
            TRUST_URL,
        ),
        Concept(
            "boundary",
            "A permissions boundary",
            "A permissions boundary is a managed policy that sets the maximum permissions that "
            "identity-based policies can grant to an IAM user or role; it grants nothing itself.",
            "identity-based policies",
            BOUNDARIES_URL,
        ),
        Concept(
            "scp",
            "A service control policy (SCP)",
            "An SCP in AWS Organizations sets the maximum permissions for IAM users and roles "
            "in member accounts; it grants nothing itself.",
            "policies",
            SCP_URL,
        ),
        Concept(
            "rcp",
            "A resource control policy (RCP)",
            "An RCP in AWS Organizations sets the maximum available permissions for resources in "
            "member accounts, including for principals outside the organization; it grants "
            "nothing itself.",
            "policies",
            RCP_URL,
        ),
        Concept(
            "session",
            "A session policy",
            "A session policy is passed when a temporary session for a role or federated user is "
            "created; the session gets only the intersection of the identity's policies and the "
            "session policy.",
            "policies",
            SESSION_URL,
        ),
        Concept(
            "acl",
            "An access control list (ACL)",
            "An ACL, supported by services such as Amazon S3, controls which principals in other "
            "accounts can access a resource; it is the only policy type that is not a JSON policy "
            "document.",
            "policies",
            ACL_URL,
        ),
    )
}

SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        "max-permissions-for-developer-roles",
        "A company lets developers create IAM roles for their applications, but no such role "
        "may ever get more than Amazon S3 and Amazon DynamoDB permissions, whatever policies "
        "the developers attach. What should the administrator use?",
        "boundary",
        "A permissions boundary caps what the role's identity-based policies can grant, so no "
        "policy the developers attach can take the role beyond S3 and DynamoDB.",
    ),
    Scenario(
        "restrict-regions-org",
        "A company with 40 AWS accounts in AWS Organizations must stop every IAM user and role "
        "in its member accounts from using Regions outside the EU. What should it use?",
        "scp",
        "An SCP attached to the organization root or an OU sets the maximum permissions for "
        "IAM users and roles in the member accounts below it, whatever their own policies "
        "allow.",
        not_distractors=("rcp",),
    ),
    Scenario(
        "protect-cloudtrail-member-root",
        "A central security team must make sure that no one in the organization's member "
        "accounts, not even their root users, can stop AWS CloudTrail logging. What should it "
        "use?",
        "scp",
        "SCPs limit the users and roles in a member account, including its root user, and the "
        "account's own administrators cannot override them.",
        not_distractors=("rcp",),
    ),
    Scenario(
        "bucket-cross-account",
        "A partner's IAM users in another AWS account need to read objects in a company's S3 "
        "bucket directly, without assuming a role. What should the company configure?",
        "resource-based",
        "A bucket policy is a resource-based policy that can name principals in another "
        "account, granting them access to the bucket directly.",
    ),
    Scenario(
        "who-may-assume",
        "A company created a role for its auditors' AWS account. Where does it specify that "
        "principals from the auditors' account may assume the role?",
        "trust",
        "The role's trust policy names the principals allowed to assume the role.",
        not_distractors=("resource-based",),
    ),
    Scenario(
        "one-to-one-policy",
        "A security team wants a policy that can never be attached to any other identity by "
        "mistake and is removed automatically when its IAM user is deleted. What should it use?",
        "inline",
        "An inline policy keeps a strict one-to-one relationship with its identity and is "
        "deleted together with it.",
    ),
    Scenario(
        "reusable-versioned",
        "A company writes its own policy for its data engineers and wants to attach it to three "
        "groups and two roles, and roll back to an earlier version if a change breaks "
        "something. What should it create?",
        "customer-managed",
        "A customer managed policy can be attached to many identities and IAM keeps its "
        "versions, so you can set an earlier one as the default again.",
    ),
    Scenario(
        "aws-maintained-job-function",
        "A small company wants to give its support staff read-only access across AWS services "
        "with a policy that AWS keeps up to date as new services launch. What should it attach?",
        "aws-managed",
        "AWS managed policies, such as ReadOnlyAccess, are created and updated by AWS when new "
        "services and actions appear.",
    ),
    Scenario(
        "narrow-one-session",
        "An application assumes a broad IAM role but, for one batch job, wants the temporary "
        "credentials to reach only a single S3 prefix. What should it pass when calling "
        "AssumeRole?",
        "session",
        "A session policy passed with AssumeRole limits that session to what both the role's "
        "policies and the session policy allow.",
    ),
    Scenario(
        "data-perimeter-resources",
        "A company wants to ensure that S3 buckets in all its member accounts can never be "
        "accessed by identities outside its organization, whatever each bucket policy says. "
        "What should it use?",
        "rcp",
        "AWS recommends an RCP to restrict principals outside the organization from accessing "
        "resources in member accounts; it caps what any bucket policy can allow.",
    ),
)

STATEMENTS_TRUE: tuple[Fact, ...] = (
    Fact(
        "scp-grants-nothing",
        "An SCP does not grant permissions; it limits what IAM users and roles in member "
        "accounts can be allowed to do.",
        "SCPs only set maximum available permissions; identity or resource policies must "
        "still grant them.",
        SCP_URL,
    ),
    Fact(
        "boundary-grants-nothing",
        "A permissions boundary on its own grants no permissions.",
        "A boundary only limits; an action must be allowed by both the boundary and an "
        "identity-based policy.",
        BOUNDARIES_URL,
    ),
    Fact(
        "inline-deleted-with-identity",
        "An inline policy is deleted when the identity it is embedded in is deleted.",
        "Inline policies keep a strict one-to-one relationship with their identity.",
        MANAGED_INLINE_URL,
    ),
    Fact(
        "managed-many-identities",
        "A managed policy can be attached to many users, groups and roles.",
        "Managed policies are standalone, so one policy can be attached to many identities.",
        MANAGED_INLINE_URL,
    ),
    Fact(
        "resource-policy-names-principal",
        "A resource-based policy names the principals it applies to in a Principal element.",
        "AWS requires the Principal element in resource-based policies, because the policy is "
        "attached to the resource rather than to the identity.",
        PRINCIPAL_ELEMENT_URL,
    ),
    Fact(
        "trust-is-resource-policy",
        "A role's trust policy is a resource-based policy.",
        "The trust policy is the role's resource-based policy: the role is the resource.",
        TRUST_URL,
    ),
    Fact(
        "aws-managed-not-editable",
        "You cannot change the permissions in an AWS managed policy.",
        "AWS creates and administers AWS managed policies and sometimes updates them; for "
        "different permissions, write a customer managed policy.",
        MANAGED_INLINE_URL,
    ),
    Fact(
        "scp-not-management-account",
        "SCPs do not affect users or roles in the organization's management account.",
        "AWS documents that SCPs don't affect users or roles in the management account; they "
        "affect only member accounts.",
        SCP_URL,
    ),
)

STATEMENTS_FALSE: tuple[Fact, ...] = (
    Fact(
        "scp-grants",
        "An SCP that allows s3:* gives every IAM user in the member account access to Amazon S3.",
        "SCPs never grant permissions; the users still need identity-based or resource-based "
        "policies that allow S3.",
        SCP_URL,
    ),
    Fact(
        "boundary-grants",
        "A permissions boundary grants the user every action it lists.",
        "A boundary grants nothing; it only caps what identity-based policies can grant.",
        BOUNDARIES_URL,
    ),
    Fact(
        "inline-shared",
        "One inline policy can be attached to several users at the same time.",
        "An inline policy belongs to exactly one identity; use a managed policy to share one.",
        MANAGED_INLINE_URL,
    ),
    Fact(
        "edit-aws-managed",
        "You can edit an AWS managed policy to remove permissions your users don't need.",
        "AWS managed policies can't be edited; create a customer managed policy instead.",
        MANAGED_INLINE_URL,
    ),
    Fact(
        "identity-policy-principal",
        "An identity-based policy must name its user in a Principal element.",
        "Identity-based policies apply to the identity they are attached to, so the Principal "
        "element belongs only in resource-based policies.",
        PRINCIPAL_ELEMENT_URL,
    ),
    Fact(
        "session-policy-adds",
        "A session policy can give a role session permissions the role's own policies don't grant.",
        "Session policies can't grant more than the role's identity-based policies allow: the "
        "session gets the intersection of the two.",
        SESSION_URL,
    ),
    Fact(
        "scp-management-account",
        "An SCP attached to the organization root restricts the management account's IAM users "
        "and roles too.",
        "SCPs don't affect users or roles in the management account.",
        SCP_URL,
    ),
    Fact(
        "trust-on-user",
        "A trust policy is attached to an IAM user to list the roles that user may assume.",
        "Trust policies are attached to roles and name who may assume them.",
        TRUST_URL,
    ),
)
