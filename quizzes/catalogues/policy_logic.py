"""Policy evaluation at Cloud Practitioner level, as concepts: the rules AWS applies to a request.

The engine's own questions (quizzes/generators/policy_evaluation.py, policy_reading.py) share
this topic and ask learners to evaluate JSON; these concepts are the plain-language side. They
are rules, not things a company chooses, so every concept has kind "" (no scenarios).

Policy types themselves belong to other topics: permissions boundaries and session policies to
policy-types, SCPs and RCPs to organizations, cross-account roles to workforce-identity. Here
they appear only as parts of the evaluation logic and as near neighbours.

Facts checked against the current IAM User Guide pages (2025/2026 wording):
- "By default, all requests are implicitly denied with the exception of the AWS account root
  user, which has full access" (denyallow page); the root-user claim says only that.
- Same account: "If either the identity-based policy or the resource-based policy within the
  same account allows the request and the other doesn't, the request is still allowed", with
  IAM role trust policies and KMS key policies as the stated exceptions (denyallow page).
- Version element: only 2012-10-17 and 2008-10-17 are valid; "you should always include a
  Version element and set it to 2012-10-17"; it is not a managed policy's version.
- Left out: what happens when Version is omitted (the current page only says features such as
  policy variables can't be used), and which principal types a resource-based policy can grant
  "directly" past a permissions boundary (too fine for CLF-C02).
"""

from quizzes.catalogues.concepts import Claim, Concept, Option, Practice, Topic

NOTE = "security-IAM-policy-evaluation"

IAM = "https://docs.aws.amazon.com/IAM/latest/UserGuide/"
# "Policy evaluation logic": same-account union of identity-based and resource-based policies,
# intersection with permissions boundaries and with SCPs/RCPs (adding a boundary may reduce
# what a user can do, removing it may increase it).
EVALUATION_URL = IAM + "reference_policies_evaluation-logic.html"
# "How AWS enforcement code logic evaluates requests to allow or deny access": implicit deny by
# default (root user excepted), explicit deny in any policy type is final, then RCPs, SCPs,
# resource-based, identity-based, boundaries, session policies; trust and KMS key policies as
# exceptions to "either policy is enough".
DENY_ALLOW_URL = IAM + "reference_policies_evaluation-logic_policy-eval-denyallow.html"
# "Policy evaluation for requests within a single account": "If either the identity-based
# policy or the resource-based policy within the same account allows the request and the other
# doesn't, the request is still allowed."
SINGLE_ACCOUNT_URL = IAM + "reference_policies_evaluation-logic_policy-eval-basics.html"
# "The difference between explicit and implicit denies".
EXPLICIT_IMPLICIT_URL = (
    IAM + "reference_policies_evaluation-logic_AccessPolicyLanguage_Interplay.html"
)
# "Cross-account policy evaluation logic": trusted and trusting accounts, both policies, roles.
CROSS_ACCOUNT_URL = IAM + "reference_policies_evaluation-logic-cross-account.html"
# "Access for an IAM user in another AWS account that you own": "You must explicitly grant your
# users permission to assume the role."
ROLE_OTHER_ACCOUNT_URL = IAM + "id_roles_common-scenarios_aws-accounts.html"
# "Permissions for AssumeRole, AssumeRoleWithSAML, and AssumeRoleWithWebIdentity".
ASSUME_ROLE_PERMISSIONS_URL = IAM + "id_credentials_temp_control-access_assumerole.html"
BOUNDARIES_URL = IAM + "access_policies_boundaries.html"
# AWS Organizations "Service control policy examples": SCPs are guardrails that don't grant
# access; effective permissions are the intersection of the SCP/RCP and the identity-based or
# resource-based policy.
SCP_EXAMPLES_URL = "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples.html"
# AWS KMS "Key policies": "Unless the key policy explicitly allows it, you cannot use IAM
# policies to allow access to a KMS key."
KMS_KEY_POLICIES_URL = "https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html"
EFFECT_URL = IAM + "reference_policies_elements_effect.html"
ACTION_URL = IAM + "reference_policies_elements_action.html"
NOTACTION_URL = IAM + "reference_policies_elements_notaction.html"
RESOURCE_URL = IAM + "reference_policies_elements_resource.html"
PRINCIPAL_URL = IAM + "reference_policies_elements_principal.html"
CONDITION_URL = IAM + "reference_policies_elements_condition.html"
SID_URL = IAM + "reference_policies_elements_sid.html"
VERSION_URL = IAM + "reference_policies_elements_version.html"


IMPLICIT_DENY = Concept(
    id="implicit-deny",
    name="Implicit deny (denied by default)",
    kind="",
    subject="requests that no policy allows",
    purpose=(
        "AWS denies every request by default: unless an applicable policy allows it, a request "
        "from an IAM user or role is implicitly denied, even when no policy says Deny."
    ),
    heading=f"{NOTE}#implicit deny",
    reference=EXPLICIT_IMPLICIT_URL,
    task="2.3",
    true=(
        Claim(
            "no-allow",
            "A request is denied when no applicable policy allows it, even if no policy "
            "contains a Deny statement for it.",
            "An implicit denial occurs when there is no applicable Deny statement but also no "
            "applicable Allow statement.",
            EXPLICIT_IMPLICIT_URL,
        ),
        Claim(
            "new-identity",
            "A new IAM user starts with no permissions: each action it needs must be allowed "
            "by a policy.",
            "An IAM principal is denied access by default, so it must be explicitly allowed to "
            "perform an action.",
            EXPLICIT_IMPLICIT_URL,
        ),
        Claim(
            "root-exception",
            "The AWS account root user is the exception to the default deny: it has full access "
            "unless an SCP limits it.",
            # The evaluation page states the exception; the SCP page says SCPs restrict a member
            # account's root user too (as the guardrails practice teaches), so the claim says so.
            "AWS: by default, all requests are implicitly denied with the exception of the AWS "
            "account root user, which has full access; in a member account, SCPs can still "
            "restrict it.",
            DENY_ALLOW_URL,
        ),
        Claim(
            "get-list-example",
            "A policy that allows only iam:Get* and iam:List* implicitly denies other IAM "
            "actions, such as iam:CreatePolicy.",
            "AWS's own example: with only the Get and List prefixes allowed, every other IAM "
            "action, such as iam:CreatePolicy, is implicitly denied.",
            EXPLICIT_IMPLICIT_URL,
        ),
        Claim(
            "needs-allow-statements",
            "To let principals make requests, you must write policies with Allow statements; "
            "Deny statements alone grant nothing.",
            "AWS: when you design your authorization strategy, you must create policies with "
            "Allow statements to allow your principals to successfully make requests.",
            EXPLICIT_IMPLICIT_URL,
        ),
    ),
    false=(
        Claim(
            "allowed-until-denied",
            "An IAM user can use every AWS service until a policy denies it; policies exist to "
            "take permissions away.",
            "It is the other way round: an IAM principal is denied by default and needs an Allow "
            "for each action.",
            EXPLICIT_IMPLICIT_URL,
            negates="new-identity",
        ),
        Claim(
            "deny-statement",
            "A request is implicitly denied when a Deny statement in one of the attached "
            "policies matches it.",
            "A matching Deny statement makes an explicit deny; an implicit deny is the absence "
            "of any applicable Allow or Deny.",
            EXPLICIT_IMPLICIT_URL,
        ),
        Claim(
            "root-denied",
            "The AWS account root user is implicitly denied like any IAM user until a policy "
            "allows its actions.",
            "The evaluation logic names the root user as the exception to the default deny: it "
            "needs no Allow to have full access.",
            DENY_ALLOW_URL,
            negates="root-exception",
        ),
        Claim(
            "read-by-default",
            "New IAM users can read every resource in the account by default, so only write "
            "actions need an Allow.",
            "No action is allowed by default, read or write; every action needs an applicable "
            "Allow.",
            EXPLICIT_IMPLICIT_URL,
        ),
        Claim(
            "implicit-overrides",
            "An implicit deny in one attached policy overrides an Allow for the same action in "
            "another attached policy.",
            "An implicit deny is only the absence of an Allow; an Allow in another applicable "
            "policy grants the action. Only an explicit Deny overrides an Allow.",
            EXPLICIT_IMPLICIT_URL,
        ),
    ),
    practices=(
        Practice(
            "new-analyst",
            "An administrator creates an IAM user for a new analyst and attaches no policies. "
            "The analyst signs in and can't list the account's Amazon S3 buckets.",
            "What should the administrator do so that the analyst can list the buckets?",
            Option(
                "Attach a policy that allows s3:ListAllMyBuckets to the analyst's group or user.",
                "The request is implicitly denied because nothing allows it; an Allow for the "
                "action is what grants it.",
            ),
            (
                Option(
                    "Find and remove the Deny statement that blocks Amazon S3 for the analyst.",
                    "There is no Deny to remove: with no policies attached, the request is "
                    "implicitly denied because no policy allows it.",
                ),
                Option(
                    "Wait a few minutes for IAM to copy the default permissions to the new user.",
                    "New IAM users have no default permissions to wait for; every action must "
                    "be allowed by a policy.",
                ),
                Option(
                    "Set a permissions boundary that allows Amazon S3 actions on the analyst's "
                    "IAM user.",
                    "A permissions boundary only sets a maximum and grants nothing, so the "
                    "request stays denied.",
                ),
            ),
            EXPLICIT_IMPLICIT_URL,
        ),
        Practice(
            "describe-only",
            "A developer's role has one policy, which allows the ec2:Describe* actions. She gets "
            "an access denied error when she calls ec2:RunInstances.",
            "What should the administrator do if launching instances is approved?",
            Option(
                "Allow ec2:RunInstances in a policy of the role, scoped to what she needs.",
                "Nothing allows ec2:RunInstances, so it is implicitly denied; an Allow for it "
                "ends that.",
            ),
            (
                Option(
                    "Delete the Deny statement for ec2:RunInstances from the role's policy.",
                    "The role's policy has no Deny: RunInstances is implicitly denied because "
                    "only Describe actions are allowed.",
                ),
                Option(
                    "Attach an SCP that allows ec2:RunInstances to the developer's account.",
                    "An SCP grants no permissions; the role still needs an identity-based Allow.",
                ),
                Option(
                    "Rewrite the action as EC2:RUNINSTANCES, because action names are case "
                    "sensitive.",
                    "Action prefixes and names are case insensitive, and the policy doesn't "
                    "list RunInstances in any form.",
                ),
            ),
            EXPLICIT_IMPLICIT_URL,
        ),
    ),
    near=("explicit-deny", "least-privilege:principle"),
)


EXPLICIT_DENY = Concept(
    id="explicit-deny",
    name="An explicit deny overrides any allow",
    kind="",
    subject="Deny statements in IAM policies",
    purpose=(
        "A Deny statement that applies to a request ends the evaluation with Deny, whichever "
        "policy type it is in and however many Allow statements also apply."
    ),
    heading=f"{NOTE}#explicit deny",
    reference=DENY_ALLOW_URL,
    task="2.3",
    true=(
        Claim(
            "deny-trumps",
            "When the policies that apply to a request include both an Allow and a Deny "
            "statement, the Deny wins.",
            "AWS: if policies that apply to a request include an Allow statement and a Deny "
            "statement, the Deny statement trumps the Allow statement.",
            EXPLICIT_IMPLICIT_URL,
        ),
        Claim(
            "any-policy-type",
            "An applicable Deny counts in every policy type: SCPs, RCPs, resource-based and "
            "identity-based policies, boundaries and session policies.",
            "AWS looks for applicable Deny statements in all of these policy types before "
            "anything else.",
            DENY_ALLOW_URL,
        ),
        Claim(
            "final",
            "Once AWS finds one applicable explicit deny, the final decision is Deny, whatever "
            "the other policies allow.",
            "If the enforcement code finds even one explicit deny that applies, it returns a "
            "final decision of Deny.",
            DENY_ALLOW_URL,
        ),
        Claim(
            "later-allow",
            "A policy added later that allows an explicitly denied action doesn't restore "
            "access to that action.",
            "AWS's example: if someone adds a policy granting IAM reports to a principal whose "
            "policy denies them, report requests are still denied.",
            EXPLICIT_IMPLICIT_URL,
        ),
        Claim(
            "effect-deny",
            "To override an allow that is otherwise in force, you write a statement whose "
            "Effect element is Deny.",
            "The Effect page: to override an allow (for example, one that is otherwise in "
            "force), you set the Effect element to Deny.",
            EFFECT_URL,
        ),
    ),
    false=(
        Claim(
            "newest-wins",
            "When an Allow and a Deny apply to the same request, the policy attached most "
            "recently decides.",
            "Attachment order plays no part: an applicable Deny always overrides the Allow.",
            EXPLICIT_IMPLICIT_URL,
            negates="deny-trumps",
        ),
        Claim(
            "specific-wins",
            "An Allow that names one specific bucket overrides a Deny that uses a wildcard to "
            "cover every bucket.",
            "Specificity doesn't matter: the Deny applies to that bucket too, and an applicable "
            "Deny trumps any Allow.",
            EXPLICIT_IMPLICIT_URL,
        ),
        Claim(
            "identity-only",
            "Only Deny statements in identity-based policies are explicit denies; a Deny in an "
            "SCP or bucket policy is advisory.",
            "AWS looks for Deny statements in SCPs, RCPs, resource-based policies, "
            "identity-based policies, boundaries and session policies alike.",
            DENY_ALLOW_URL,
            negates="any-policy-type",
        ),
        Claim(
            "admin-exempt",
            "Users with the AdministratorAccess policy are exempt from Deny statements in their "
            "other policies.",
            "AdministratorAccess is an Allow like any other; an applicable Deny overrides it.",
            EXPLICIT_IMPLICIT_URL,
        ),
        Claim(
            "first-match",
            "Statements are read from top to bottom, so an Allow placed above a Deny in the "
            "same policy wins.",
            "AWS evaluates all applicable policies and returns Deny if it finds even one "
            "applicable Deny, wherever it is written.",
            DENY_ALLOW_URL,
        ),
    ),
    practices=(
        Practice(
            "protect-audit-bucket",
            "The data team's group allows s3:* on all buckets. The security team must make "
            "sure that no one on the team can delete objects in the audit bucket, even if "
            "someone later attaches a broader policy.",
            "What should the security team do?",
            Option(
                "Add a Deny for s3:DeleteObject on the audit bucket's objects to the group.",
                "An explicit deny overrides every Allow, including ones that policies attached "
                "later may add.",
            ),
            (
                Option(
                    "Replace s3:* in the group's policy with every S3 action except "
                    "s3:DeleteObject.",
                    "That only leaves the delete implicitly denied, which a broader policy "
                    "attached later could allow again.",
                ),
                Option(
                    "Add an Allow for s3:GetObject only, placed after the s3:* statement so it "
                    "takes precedence.",
                    "Allows add up and statement order decides nothing; s3:* still allows the "
                    "delete.",
                ),
                Option(
                    "Attach a permissions boundary that allows s3:* to each team member's IAM "
                    "user.",
                    "A boundary that allows s3:* still permits the delete; it neither denies nor "
                    "removes anything.",
                ),
            ),
            EXPLICIT_IMPLICIT_URL,
        ),
        Practice(
            "admin-cant-delete",
            "A user has the AdministratorAccess policy and is also in a group whose policy "
            "denies iam:DeleteUser. He can't delete an IAM user, and his manager approves the "
            "deletion.",
            "What should the administrator do so that he can delete IAM users?",
            Option(
                "Remove him from that group, or remove the Deny statement from its policy.",
                "The group's explicit deny overrides AdministratorAccess; only removing the "
                "Deny lets the Allow take effect.",
            ),
            (
                Option(
                    "Attach another policy to his user that explicitly allows iam:DeleteUser.",
                    "An explicit deny overrides any number of Allow statements.",
                ),
                Option(
                    "Give his AdministratorAccess statement a Sid so that it outranks the Deny.",
                    "A Sid is only an identifier for a statement; it sets no priority.",
                ),
                Option(
                    "Move the AdministratorAccess policy from his user to a new group of its own.",
                    "Wherever the Allow is attached, the group's Deny still applies and wins.",
                ),
            ),
            EXPLICIT_IMPLICIT_URL,
        ),
    ),
    near=("implicit-deny", "guardrails"),
)


SAME_ACCOUNT = Concept(
    id="same-account",
    name="Either policy can allow within one account",
    kind="",
    subject="identity-based and resource-based policies within one account",
    purpose=(
        "Within one AWS account, a request is allowed if the identity-based policy or the "
        "resource-based policy allows it (the union), unless a Deny applies; IAM role trust "
        "policies and KMS key policies are exceptions that must allow the principal themselves."
    ),
    heading=f"{NOTE}#identity-based or resource-based in one account",
    reference=SINGLE_ACCOUNT_URL,
    task="2.3",
    true=(
        Claim(
            "either-enough",
            "Within one account, a request is allowed if either the identity-based or the "
            "resource-based policy allows it.",
            "AWS: if either the identity-based policy or the resource-based policy within the "
            "same account allows the request and the other doesn't, the request is still "
            "allowed.",
            SINGLE_ACCOUNT_URL,
        ),
        Claim(
            "deny-in-either",
            "An explicit Deny in either the identity-based or the resource-based policy "
            "overrides an Allow in the other.",
            "AWS looks for at least one Allow across both, and an explicit deny in any of the "
            "policies overrides the allow.",
            SINGLE_ACCOUNT_URL,
        ),
        Claim(
            "bucket-policy-alone",
            "A bucket policy that names an IAM user of the same account can let that user read "
            "objects without any identity-based policy.",
            "Within one account, an Allow in a resource-based policy that names the principal "
            "is enough, even when its identity-based policies allow nothing.",
            SINGLE_ACCOUNT_URL,
        ),
        Claim(
            "trust-exception",
            "An IAM role's trust policy is an exception: it must allow the principal itself, "
            "even for callers in the same account.",
            "AWS: IAM role trust policies and KMS key policies are exceptions to this logic, "
            "because they must explicitly allow access for principals.",
            DENY_ALLOW_URL,
        ),
        Claim(
            "kms-exception",
            "IAM policies can allow access to a KMS key only if the key's key policy allows "
            "IAM policies to do so.",
            "AWS KMS: unless the key policy explicitly allows it, you cannot use IAM policies "
            "to allow access to a KMS key.",
            KMS_KEY_POLICIES_URL,
        ),
    ),
    false=(
        Claim(
            "both-required",
            "Within one account, a user whose identity-based policy allows s3:GetObject is "
            "still denied unless the bucket policy allows it too.",
            "Within one account, one Allow is enough: the identity-based policy allows the "
            "request even if the bucket policy says nothing about it.",
            SINGLE_ACCOUNT_URL,
            negates="either-enough",
        ),
        Claim(
            "resource-overrides-deny",
            "Within one account, an Allow in a bucket policy overrides a Deny in the user's "
            "identity-based policy.",
            "An explicit deny in any of the policies overrides the allow, whichever of the two "
            "holds it.",
            SINGLE_ACCOUNT_URL,
            negates="deny-in-either",
        ),
        Claim(
            "ignored-in-account",
            "AWS uses resource-based policies only for cross-account requests and ignores them "
            "for principals of the same account.",
            "Within one account the permissions are the union of both types, so a resource-"
            "based policy alone can allow a principal of that account.",
            EVALUATION_URL,
        ),
        Claim(
            "trust-optional",
            "Within one account, a role's trust policy doesn't matter if the caller's own "
            "policy allows sts:AssumeRole on the role.",
            "Role trust policies are an exception to 'either policy is enough': they must "
            "explicitly allow the principal.",
            DENY_ALLOW_URL,
            negates="trust-exception",
        ),
        Claim(
            "kms-iam-enough",
            "An IAM policy alone can always grant access to a KMS key in the same account, "
            "whatever the key policy says.",
            "Without permission from the key policy, IAM policies that allow access to a KMS "
            "key have no effect.",
            KMS_KEY_POLICIES_URL,
            negates="kms-exception",
        ),
        Claim(
            "no-bucket-policy",
            "Without a bucket policy, no IAM user or role of the account can read the bucket, "
            "whatever their own policies allow.",
            "Within one account, an identity-based policy that allows the S3 actions is enough "
            "on its own.",
            SINGLE_ACCOUNT_URL,
        ),
    ),
    practices=(
        Practice(
            "bucket-policy-enough",
            "An application role and an S3 bucket are in the same AWS account. The team adds a "
            "statement to the bucket policy that allows the role s3:GetObject on the bucket's "
            "objects. The role's own policies allow nothing in Amazon S3.",
            "What else must the team do before the role can read the objects?",
            Option(
                "Do nothing more; the bucket policy's Allow is enough within one account.",
                "Within one account, an Allow in the resource-based policy that names the role "
                "is enough, even though its identity-based policies allow nothing.",
            ),
            (
                Option(
                    "Also allow s3:GetObject in the role's permissions policy, since both "
                    "policies must allow.",
                    "Both sides must allow only across accounts; within one account either "
                    "policy allowing is enough.",
                ),
                Option(
                    "Add the bucket's ARN to the Principal element of the role's permissions "
                    "policy.",
                    "The Principal element can't be used in identity-based policies such as a "
                    "role's permissions policy.",
                ),
                Option(
                    "Attach an SCP that allows s3:GetObject to the account, so the bucket "
                    "policy takes effect.",
                    "An SCP grants nothing and isn't what makes a bucket policy work; the "
                    "bucket policy's Allow already grants the access.",
                ),
            ),
            SINGLE_ACCOUNT_URL,
        ),
        Practice(
            "deny-in-bucket-policy",
            "A bucket policy denies s3:DeleteObject to everyone except a backup role. A "
            "developer in the same account has a policy that allows s3:* and still can't "
            "delete objects in that bucket.",
            "What should the administrator do if the developer must be able to delete them?",
            Option(
                "Change the bucket policy's Deny so that it no longer covers the developer.",
                "An explicit deny in any of the policies overrides his Allow; only changing "
                "the Deny lets the Allow take effect.",
            ),
            (
                Option(
                    "Add an Allow for the developer to the bucket policy, since both policies "
                    "must allow.",
                    "One Allow is enough within an account, and no Allow overrides the "
                    "bucket policy's Deny.",
                ),
                Option(
                    "Add s3:DeleteObject to his policy by name, since s3:* leaves out deletes.",
                    "s3:* covers every Amazon S3 action, deletes included; the Deny is what "
                    "blocks him.",
                ),
                Option(
                    "Attach AdministratorAccess to the developer so that the Deny no longer "
                    "applies to him.",
                    "AdministratorAccess is only another Allow; the bucket policy's Deny still "
                    "overrides it.",
                ),
            ),
            SINGLE_ACCOUNT_URL,
        ),
    ),
    near=("cross-account", "explicit-deny", "policy-types:resource-based"),
)


CROSS_ACCOUNT = Concept(
    id="cross-account",
    name="Cross-account access needs both accounts to allow",
    kind="",
    subject="cross-account access",
    purpose=(
        "A principal reaches another account's resource only when both sides allow it: the "
        "resource owner's resource-based policy (or a role's trust policy) names the principal, "
        "and the principal's own identity-based policy allows the request."
    ),
    heading=f"{NOTE}#both accounts must allow",
    reference=CROSS_ACCOUNT_URL,
    task="2.3",
    true=(
        Claim(
            "terms",
            "The account where the principal exists is the trusted account; the account that "
            "owns the resource is the trusting account.",
            "AWS's terms for cross-account access: the principal's account is trusted, the "
            "resource's account is trusting.",
            CROSS_ACCOUNT_URL,
        ),
        Claim(
            "resource-side",
            "The resource-based policy in the trusting account must specify the principal, or "
            "its account, that will have access.",
            "To allow cross-account access you attach a resource-based policy that specifies "
            "the principal of the trusted account.",
            CROSS_ACCOUNT_URL,
        ),
        Claim(
            "caller-side",
            "The principal's own identity-based policy must also allow the request to the "
            "resource in the other account.",
            "AWS: the principal's identity-based policy must allow the requested access to the "
            "resource in the trusting service.",
            CROSS_ACCOUNT_URL,
        ),
        Claim(
            "whole-account",
            "A resource-based policy can name a whole trusted account, or particular IAM users "
            "or roles in it, as its principal.",
            "You can specify the entire account or its IAM users, federated user principals, "
            "IAM roles or assumed-role sessions.",
            CROSS_ACCOUNT_URL,
        ),
        Claim(
            "role-path",
            "A role in the trusting account can let principals of the trusted account in, if "
            "its trust policy allows them to assume it.",
            "The role trust policy is a resource-based policy that allows principals in other "
            "accounts to assume the role.",
            CROSS_ACCOUNT_URL,
        ),
        Claim(
            "assume-permission",
            "Users in the trusted account must be granted permission to assume the role before "
            "they can switch to it.",
            "AWS: you must explicitly grant your users permission to assume the role.",
            ROLE_OTHER_ACCOUNT_URL,
        ),
    ),
    false=(
        Claim(
            "terms-swapped",
            "The trusted account is the one that owns the shared resource; the trusting "
            "account is where the principal exists.",
            "It is the reverse: the principal's account is trusted, and the resource's account "
            "is the trusting one.",
            CROSS_ACCOUNT_URL,
            negates="terms",
        ),
        Claim(
            "owner-only",
            "For a cross-account request AWS evaluates only the resource owner's policies; the "
            "caller's own policies don't apply.",
            "The principal's identity-based policy must also allow the request, so the "
            "caller's account has a say too.",
            CROSS_ACCOUNT_URL,
            negates="caller-side",
        ),
        Claim(
            "caller-only",
            "An identity-based policy that names another account's bucket is enough on its own "
            "to read that bucket.",
            "The trusting account must also allow the access, in a resource-based policy that "
            "names the principal or its account.",
            CROSS_ACCOUNT_URL,
            negates="resource-side",
        ),
        Claim(
            "principal-in-identity",
            "The caller's account grants cross-account access by naming the other account in "
            "the Principal element of an identity-based policy.",
            "You can't use the Principal element in an identity-based policy; the principal "
            "is implicitly the identity the policy is attached to.",
            PRINCIPAL_URL,
        ),
        Claim(
            "roles-only",
            "Cross-account access always needs an IAM role, because resource-based policies "
            "can't name principals of other accounts.",
            "A resource-based policy can name another account, or its users and roles, as its "
            "principal; a role is one of two ways.",
            CROSS_ACCOUNT_URL,
            negates="whole-account",
        ),
    ),
    practices=(
        Practice(
            "bucket-in-account-a",
            "Developers in account B must read objects in a bucket of account A. Account A's "
            "administrator has added a bucket policy that names account B as a principal.",
            "What must account B's administrator do?",
            Option(
                "Attach a policy allowing s3:GetObject on that bucket to the developers.",
                "Both sides must allow: the bucket policy names account B, and account B's "
                "identity-based policy must allow the request.",
            ),
            (
                Option(
                    "Nothing: the bucket policy in account A grants the developers access on "
                    "its own.",
                    "For cross-account access the principal's identity-based policy must also "
                    "allow the request.",
                ),
                Option(
                    "Add account A's ID to the Principal element of the developers' "
                    "identity-based policy.",
                    "The Principal element can't be used in identity-based policies.",
                ),
                Option(
                    "Attach a permissions boundary that allows s3:GetObject on the bucket to "
                    "each developer.",
                    "A boundary grants nothing; an identity-based policy must allow the request.",
                ),
            ),
            CROSS_ACCOUNT_URL,
        ),
        Practice(
            "assume-denied",
            "A role in account A trusts account B in its trust policy. Developers in account B "
            "get access denied when they call sts:AssumeRole for that role.",
            "What should account B's administrator do?",
            Option(
                "Allow sts:AssumeRole on the role's ARN in the developers' policies.",
                "The trust policy is one side; users in the trusted account must also be "
                "granted permission to assume the role.",
            ),
            (
                Option(
                    "Ask account A to add the developers' S3 actions to the role's trust policy.",
                    "A trust policy says who may assume the role, not what the role can do, and "
                    "account B still grants nothing.",
                ),
                Option(
                    "Attach an SCP that allows sts:AssumeRole to account B.",
                    "An SCP grants no permissions; an identity-based policy must allow the call.",
                ),
                Option(
                    "Create IAM users for the developers in account A and share their access keys.",
                    "That hands out long-term credentials, which roles avoid; the role only "
                    "lacks the caller-side Allow in account B.",
                ),
            ),
            ROLE_OTHER_ACCOUNT_URL,
        ),
    ),
    near=(
        "same-account",
        "role-session",
        "workforce-identity:cross-account-role",
        "policy-types:resource-based",
    ),
)


GUARDRAILS = Concept(
    id="guardrails",
    name="Boundaries, SCPs and RCPs only limit",
    kind="",
    subject="permissions boundaries, SCPs and RCPs in policy evaluation",
    purpose=(
        "Permissions boundaries, SCPs and RCPs never grant: a request must be allowed by an "
        "identity-based or resource-based policy and also fit every limit that applies, so the "
        "result is the intersection."
    ),
    heading=f"{NOTE}#guardrails that only limit",
    reference=EVALUATION_URL,
    task="2.3",
    true=(
        Claim(
            "grant-nothing",
            "SCPs and RCPs grant nothing; identity-based or resource-based policies must still "
            "allow the request.",
            "AWS Organizations: SCPs are guardrails that don't directly grant access; "
            "permissions come from identity-based or resource-based policies.",
            SCP_EXAMPLES_URL,
        ),
        Claim(
            "intersection",
            "The effective permissions are the intersection of what an SCP or RCP allows and "
            "what the identity-based or resource-based policy allows.",
            "AWS Organizations: the effective permissions are the logical intersection of the "
            "SCP or RCP and the identity or resource policy.",
            SCP_EXAMPLES_URL,
        ),
        Claim(
            "boundary-reduces",
            "Adding a permissions boundary to a user who already has identity-based policies "
            "can reduce what the user is able to do.",
            "Permissions are the intersection of the identity-based policies and the boundary, "
            "so adding a boundary may restrict the user's actions.",
            EVALUATION_URL,
        ),
        Claim(
            "removing-boundary",
            "Removing a permissions boundary can increase what a user can do, up to what its "
            "identity-based policies allow.",
            "AWS: removing a permissions boundary from a user might increase the actions that "
            "the user can perform.",
            EVALUATION_URL,
        ),
        Claim(
            "scp-missing-allow",
            "If the SCPs that apply to an account don't allow an action, its IAM users and "
            "roles are denied it, whatever their own policies say.",
            "If the enforcement code finds no applicable Allow in the SCPs, it returns a final "
            "decision of Deny.",
            DENY_ALLOW_URL,
        ),
    ),
    false=(
        Claim(
            "guardrail-grants",
            "An Allow in an SCP or RCP gives access to principals whose own policies don't "
            "grant it.",
            "SCPs and RCPs don't grant access; an identity-based or resource-based policy must "
            "still allow the request.",
            SCP_EXAMPLES_URL,
            negates="grant-nothing",
        ),
        Claim(
            "union",
            "In a member account, a user can do anything that either the identity-based "
            "policies or the SCPs allow.",
            "It is an intersection, not a union: the action must be allowed by both.",
            SCP_EXAMPLES_URL,
            negates="intersection",
        ),
        Claim(
            "boundary-replaces",
            "Once a permissions boundary is attached, AWS evaluates the boundary instead of the "
            "user's identity-based policies.",
            "Both are evaluated: the user can perform only the actions allowed by both its "
            "identity-based policies and its boundary.",
            BOUNDARIES_URL,
        ),
        Claim(
            "removing-reduces",
            "Removing a permissions boundary can only reduce what a user can do, never increase "
            "it.",
            "A boundary only caps permissions, so removing it can increase what the user can do.",
            EVALUATION_URL,
            negates="removing-boundary",
        ),
        Claim(
            "inline-escapes",
            "An IAM administrator in a member account can grant an action its SCPs don't allow "
            "by attaching an inline policy.",
            "Without an applicable Allow in the SCPs the final decision is Deny, whatever kind "
            "of identity-based policy allows the action.",
            DENY_ALLOW_URL,
            negates="scp-missing-allow",
        ),
        Claim(
            "deny-only",
            "A permissions boundary matters only through its Deny statements; AWS ignores the "
            "Allow statements in it.",
            "A boundary's Allow statements set the maximum: an entity can perform only the "
            "actions its boundary also allows.",
            BOUNDARIES_URL,
        ),
    ),
    practices=(
        Practice(
            "ec2-outside-boundary",
            "A user's identity-based policy allows ec2:* and s3:*. His permissions boundary "
            "allows only s3:*. He can't start Amazon EC2 instances, and that access is now "
            "approved.",
            "What should the administrator do?",
            Option(
                "Add the approved EC2 actions to the user's permissions boundary as well.",
                "The user can perform only what both his identity-based policies and his "
                "boundary allow; EC2 is missing from the boundary.",
            ),
            (
                Option(
                    "Attach another identity-based policy that allows ec2:StartInstances.",
                    "His policies already allow EC2; the boundary still caps him at S3.",
                ),
                Option(
                    "Move the EC2 statement into an inline policy, which boundaries don't limit.",
                    "A boundary limits inline and managed identity-based policies alike.",
                ),
                Option(
                    "Add a Deny for every action except EC2 and S3 to the boundary.",
                    "A Deny can only take more away; EC2 stays outside the boundary's Allow.",
                ),
            ),
            BOUNDARIES_URL,
        ),
        Practice(
            "scp-blocks-lambda",
            "The SCPs on a member account allow only Amazon S3 and Amazon EC2 actions. An "
            "administrator attaches AdministratorAccess to a developer, who still can't use "
            "AWS Lambda, which the company has now approved.",
            "What should be changed?",
            Option(
                "Allow the Lambda actions in the SCPs that apply to the account.",
                "Without an applicable Allow in the SCPs the final decision is Deny, whatever "
                "the developer's own policies allow.",
            ),
            (
                Option(
                    "Also attach the AWSLambda_FullAccess managed policy to the developer.",
                    "The developer's policies already allow Lambda; the SCPs still don't.",
                ),
                Option(
                    "Set a permissions boundary that allows Lambda on the developer's user.",
                    "A boundary grants nothing and can't lift an SCP's limit.",
                ),
                Option(
                    "Let the developer use the member account's root user credentials for Lambda.",
                    "SCPs restrict a member account's root user too, and AWS advises against "
                    "using root credentials for everyday tasks.",
                ),
            ),
            DENY_ALLOW_URL,
        ),
    ),
    near=(
        "explicit-deny",
        "role-session",
        "policy-types:permissions-boundary",
        "organizations:scp",
        "organizations:rcp",
    ),
)


ROLE_SESSION = Concept(
    id="role-session",
    name="A role session has the role's permissions only",
    kind="",
    subject="the permissions of a role session",
    purpose=(
        "Requests made with a role's temporary credentials are evaluated against the role's "
        "permissions policy, narrowed by any session policy; the caller's own user policies "
        "no longer apply."
    ),
    heading=f"{NOTE}#role sessions",
    reference=ASSUME_ROLE_PERMISSIONS_URL,
    task="2.3",
    true=(
        Claim(
            "role-decides",
            "The permissions policy of the assumed role determines what the role's temporary "
            "credentials can do.",
            "AWS: the permissions policy of the role that is being assumed determines the "
            "permissions for the temporary security credentials.",
            ASSUME_ROLE_PERMISSIONS_URL,
        ),
        Claim(
            "caller-set-aside",
            "The policies of the user who called AssumeRole aren't evaluated for requests made "
            "with the role's credentials.",
            "The user temporarily gives up its original permissions in favor of the "
            "permissions assigned by the assumed role.",
            ASSUME_ROLE_PERMISSIONS_URL,
        ),
        Claim(
            "session-intersection",
            "With a session policy, the session's permissions are the intersection of the "
            "role's identity-based policy and the session policy.",
            "Session policies limit the permissions for the role's temporary credential "
            "session; the result is the intersection of the two.",
            ASSUME_ROLE_PERMISSIONS_URL,
        ),
        Claim(
            "no-more-than-role",
            "A session policy can't grant more permissions than the role's identity-based "
            "policy allows.",
            "AWS: you cannot use session policies to grant more permissions than those allowed "
            "by the identity-based policy of the role.",
            ASSUME_ROLE_PERMISSIONS_URL,
        ),
        Claim(
            "api-parameter",
            "Session policies are passed as parameters of AssumeRole, AssumeRoleWithSAML or "
            "AssumeRoleWithWebIdentity.",
            "You can optionally pass inline or managed session policies as parameters of these "
            "three API operations.",
            ASSUME_ROLE_PERMISSIONS_URL,
        ),
    ),
    false=(
        Claim(
            "keeps-own",
            "A user who assumes a role keeps the permissions of their own user policies and "
            "gains the role's on top of them.",
            "The policies of the original caller are not evaluated; the user gives up those "
            "permissions while using the role.",
            ASSUME_ROLE_PERMISSIONS_URL,
            negates="caller-set-aside",
        ),
        Claim(
            "session-adds",
            "A session policy can add permissions for one session that the role's own policies "
            "don't include.",
            "Session policies only limit: they can't grant more than the role's identity-based "
            "policy allows.",
            ASSUME_ROLE_PERMISSIONS_URL,
            negates="no-more-than-role",
        ),
        Claim(
            "session-union",
            "A session can do everything that either the role's permissions policy or the "
            "session policy allows.",
            "It is the intersection: only what both the role's policy and the session policy "
            "allow.",
            ASSUME_ROLE_PERMISSIONS_URL,
            negates="session-intersection",
        ),
        Claim(
            "trust-grants",
            "The role's trust policy decides which actions a session of the role may perform.",
            "The trust policy says who may assume the role; what the session can do is defined "
            "by the role's permissions policy.",
            CROSS_ACCOUNT_URL,
        ),
        Claim(
            "session-policy-required",
            "A role session started without a session policy has no permissions, because a "
            "session policy is required.",
            "Session policies are optional; without one, the role's permissions policy alone "
            "determines the session's permissions.",
            ASSUME_ROLE_PERMISSIONS_URL,
            negates="role-decides",
        ),
    ),
    practices=(
        Practice(
            "read-only-role",
            "A developer whose IAM user can change Amazon EC2 settings assumes a read-only role "
            "to investigate production. In that role session her attempt to change an "
            "instance setting is denied.",
            "What should she do to make the approved change herself?",
            Option(
                "Stop using the role's credentials and make the change as her own user.",
                "Requests made with the role's credentials are evaluated against the role's "
                "policies only; her user permissions apply when she is herself again.",
            ),
            (
                Option(
                    "Assume the role again with a session policy that allows the change.",
                    "A session policy can't grant more than the read-only role's policy allows.",
                ),
                Option(
                    "Add the change permission to her IAM user's policy and retry in the role.",
                    "Her user's policies aren't evaluated for requests made with the role's "
                    "credentials.",
                ),
                Option(
                    "Ask for the action to be added to the role's trust policy.",
                    "A trust policy controls who can assume the role, not what the session can do.",
                ),
            ),
            ASSUME_ROLE_PERMISSIONS_URL,
        ),
    ),
    near=("guardrails", "cross-account", "policy-types:session"),
)


POLICY_ELEMENTS = Concept(
    id="policy-elements",
    name="The elements of an IAM policy statement",
    kind="",
    subject="the elements of an IAM JSON policy",
    purpose=(
        "A policy statement says whether it allows or denies (Effect), which actions (Action or "
        "NotAction), on which resources (Resource), for whom in resource-based policies "
        "(Principal) and, optionally, under what conditions (Condition)."
    ),
    heading=f"{NOTE}#policy elements",
    reference=EFFECT_URL,
    task="2.3",
    true=(
        Claim(
            "effect",
            "Every statement needs an Effect element, whose value is either Allow or Deny.",
            "The Effect element is required; its valid values are Allow and Deny.",
            EFFECT_URL,
        ),
        Claim(
            "action",
            "Every statement needs an Action or NotAction element, naming actions with a "
            "service prefix such as s3: or ec2:.",
            "Statements must include either an Action or NotAction element; each value is a "
            "service namespace followed by an action name.",
            ACTION_URL,
        ),
        Claim(
            "resource",
            "The Resource element names the objects a statement applies to, using their Amazon "
            "Resource Names (ARNs).",
            "You specify a resource using an ARN; statements must include either a Resource or "
            "a NotResource element.",
            RESOURCE_URL,
        ),
        Claim(
            "principal",
            "The Principal element appears in resource-based policies, such as role trust "
            "policies, to say who is allowed or denied.",
            "You must use the Principal element in resource-based policies; in a role trust "
            "policy it says who can assume the role.",
            PRINCIPAL_URL,
        ),
        Claim(
            "condition",
            "The optional Condition element sets when a statement is in effect, by comparing "
            "keys of the request context with values.",
            "The Condition element is optional and uses condition operators to match context "
            "keys and values against the request.",
            CONDITION_URL,
        ),
        Claim(
            "sid",
            "A Sid is an optional statement ID that can describe the statement and must be "
            "unique within an IAM policy.",
            "You can use the Sid value as a description for the statement; in IAM it must be "
            "unique within a JSON policy.",
            SID_URL,
        ),
        Claim(
            "notaction-allow",
            "A statement with Allow and NotAction allows every applicable action except those "
            "listed, which can grant more than intended.",
            "NotAction matches everything except the listed actions, so with Allow it can give "
            "users more permissions than you intended.",
            NOTACTION_URL,
        ),
    ),
    false=(
        Claim(
            "principal-in-identity",
            "An identity-based policy names the user or role it applies to in its Principal "
            "element.",
            "You cannot use the Principal element in an identity-based policy; the principal "
            "is implicitly the identity it is attached to.",
            PRINCIPAL_URL,
            negates="principal",
        ),
        Claim(
            "effect-optional",
            "The Effect element is optional; a statement without one allows the actions it lists.",
            "Effect is required, and access is denied by default; a statement must set Effect "
            "to Allow to grant anything.",
            EFFECT_URL,
            negates="effect",
        ),
        Claim(
            "permit-forbid",
            "The Effect element takes one of two values, Permit or Forbid.",
            "IAM's valid values for Effect are Allow and Deny, and the value is case sensitive.",
            EFFECT_URL,
            negates="effect",
        ),
        Claim(
            "condition-required",
            "Every statement must have a Condition element, even one that only repeats the "
            "Resource element.",
            "The Condition element is optional.",
            CONDITION_URL,
            negates="condition",
        ),
        Claim(
            "sid-priority",
            "The Sid sets a statement's priority, so the statement with the lowest Sid is "
            "evaluated first.",
            "A Sid is only an optional identifier that can describe the statement; it sets no "
            "order.",
            SID_URL,
        ),
        Claim(
            "notaction-denies",
            "A statement with Allow and NotAction explicitly denies the actions it lists, even "
            "if another policy allows them.",
            "Actions listed in NotAction are not affected by the statement's effect: with "
            "Allow they are simply not allowed by it.",
            NOTACTION_URL,
        ),
        Claim(
            "resource-by-tag",
            "The Resource element identifies resources by their tag values rather than by their "
            "ARNs.",
            "The Resource element always uses an ARN to identify a resource.",
            RESOURCE_URL,
            negates="resource",
        ),
    ),
    practices=(
        Practice(
            "describe-statements",
            "A team is writing its first customer managed policy and wants each statement to "
            "carry a short label saying what it is for.",
            "What should the team do?",
            Option(
                "Give each statement a descriptive Sid, unique within the policy.",
                "A Sid is an optional identifier that can serve as a description of the statement.",
            ),
            (
                Option(
                    "Put each statement's purpose into the policy's Version element.",
                    "Version must hold the policy language version, 2012-10-17, not text.",
                ),
                Option(
                    "Add a Principal element whose value names each statement's purpose.",
                    "Principal can't be used in an identity-based policy, and it names who, "
                    "not why.",
                ),
                Option(
                    "Add a Condition element to each statement with the label as its value.",
                    "A Condition decides when the statement applies, so a label there would "
                    "change how the policy is evaluated.",
                ),
            ),
            SID_URL,
        ),
        Practice(
            "principal-rejected",
            "An administrator writes a policy to attach to the IAM user Mateo and names Mateo "
            "in a Principal element. IAM rejects the policy.",
            "What should the administrator do?",
            Option(
                "Remove the Principal element and attach the policy to Mateo's user.",
                "In an identity-based policy the principal is implicitly the identity the "
                "policy is attached to; Principal can't be used there.",
            ),
            (
                Option(
                    "Replace Mateo's user name in the Principal element with his user ARN.",
                    "The Principal element isn't allowed in identity-based policies in any form.",
                ),
                Option(
                    "Change the Version element to 2008-10-17, which accepts a Principal.",
                    "The older language version changes nothing about Principal, and AWS says "
                    "not to use it for new policies.",
                ),
                Option(
                    "Make it an inline policy of Mateo's user, where Principal is allowed.",
                    "Inline policies are identity-based policies too, so Principal can't be "
                    "used in them either.",
                ),
            ),
            PRINCIPAL_URL,
        ),
    ),
    near=("wildcards", "version-element", "least-privilege:conditions"),
)


WILDCARDS = Concept(
    id="wildcards",
    name="Wildcards in actions and resources",
    kind="",
    subject="wildcards in IAM policies",
    purpose=(
        "In Action values and within the segments of a resource ARN, * matches any run of "
        "characters and ? one character, so one entry can cover many actions or resources."
    ),
    heading=f"{NOTE}#wildcards",
    reference=ACTION_URL,
    task="2.3",
    true=(
        Claim(
            "star-any",
            'In an action, * matches any combination of characters, so "s3:*" covers every '
            "Amazon S3 action.",
            "AWS: you can use the multi-character match wildcard (*) to give access to all the "
            "actions a specific AWS product offers, as in s3:*.",
            ACTION_URL,
        ),
        Claim(
            "question-one",
            "The ? wildcard matches exactly one character, in an action name or within a "
            "segment of an ARN.",
            "AWS lists ? as the single-character match wildcard, in Action values and in "
            "resource ARNs.",
            RESOURCE_URL,
        ),
        Claim(
            "partial-name",
            'A wildcard can stand for part of an action name: "iam:*AccessKey*" matches '
            "CreateAccessKey and ListAccessKeys.",
            "AWS's example: iam:*AccessKey* applies to actions such as CreateAccessKey, "
            "DeleteAccessKey and ListAccessKeys.",
            ACTION_URL,
        ),
        Claim(
            "bucket-objects",
            'The resource "arn:aws:s3:::amzn-s3-demo-bucket/*" covers every object in that '
            "one bucket.",
            "AWS's example of a wildcard in a resource ARN: all items in a specific Amazon S3 "
            "bucket.",
            RESOURCE_URL,
        ),
        Claim(
            "resource-star",
            'For actions that can\'t be limited to individual resources, a statement uses "*" '
            "in its Resource element.",
            "Some services don't let you specify actions for individual resources; then you use "
            "the wildcard (*) in the Resource element.",
            RESOURCE_URL,
        ),
        Claim(
            "no-service-wildcard",
            "A wildcard can't be used in the service segment of an ARN to stand for any AWS "
            "service.",
            "AWS: you can't use a wildcard in the service segment that identifies the AWS product.",
            RESOURCE_URL,
        ),
        Claim(
            "case-insensitive",
            "Action prefixes and names are case insensitive: iam:ListAccessKeys is the same as "
            "IAM:listaccesskeys.",
            "The prefix and the action name are case insensitive.",
            ACTION_URL,
        ),
    ),
    false=(
        Claim(
            "question-many",
            "The ? wildcard matches any number of characters, while * matches exactly one "
            "character.",
            "It is the other way round: * matches any combination of characters and ? a single "
            "character.",
            RESOURCE_URL,
            negates="question-one",
        ),
        Claim(
            "resource-only",
            "Wildcards are allowed in the Resource element but never in the Action element.",
            "Action values accept both * and ?, as in s3:* or iam:*AccessKey*.",
            ACTION_URL,
            negates="star-any",
        ),
        Claim(
            "service-wildcard",
            '"arn:aws:*:::finance-data" matches the resource named finance-data in every AWS '
            "service.",
            "A wildcard can't stand in the service segment of an ARN.",
            RESOURCE_URL,
            negates="no-service-wildcard",
        ),
        Claim(
            "case-sensitive",
            'Action names are case sensitive, so "s3:getobject" in a policy matches no action '
            "at all.",
            "Action prefixes and names are case insensitive; s3:getobject matches GetObject.",
            ACTION_URL,
            negates="case-insensitive",
        ),
        Claim(
            "star-read-only",
            '"Action": "s3:*" allows only the read actions of Amazon S3; write actions must '
            "be listed by name.",
            "s3:* matches every Amazon S3 action, reads and writes alike.",
            ACTION_URL,
            negates="star-any",
        ),
        Claim(
            "star-own-resources",
            '"Resource": "*" in an Allow statement limits it to the resources that the user '
            "created.",
            "A wildcard stands for any resource; AWS uses * where actions apply to all "
            "resources of a service.",
            RESOURCE_URL,
        ),
    ),
    practices=(
        Practice(
            "read-one-bucket",
            "An analyst needs the Amazon S3 Get and List actions on one bucket and its objects. "
            "The team doesn't want to list dozens of actions by name.",
            "Which statement should the team write?",
            Option(
                'Allow "s3:Get*" and "s3:List*" on that bucket\'s ARN and its objects\' ARN.',
                "Wildcards in action names cover every action with those prefixes, and the "
                "Resource element keeps them to the one bucket.",
            ),
            (
                Option(
                    'Allow "s3:*" on the bucket and its objects, since * means read access.',
                    "s3:* matches every S3 action, including writes and deletes.",
                ),
                Option(
                    'Allow "s3:Get*" and "s3:List*" with "arn:aws:*:::bucket-name" as the '
                    "resource.",
                    "A wildcard can't be used in the service segment of an ARN.",
                ),
                Option(
                    "Allow \"s3:Read*\" on that bucket's ARN and its objects' ARN.",
                    "Amazon S3 action names begin with Get, List, Put and so on; a Read prefix "
                    "matches no S3 action.",
                ),
            ),
            ACTION_URL,
        ),
    ),
    near=("policy-elements", "least-privilege:principle"),
)


VERSION_ELEMENT = Concept(
    id="version-element",
    name="The Version element (2012-10-17)",
    kind="",
    subject="the Version element of an IAM policy",
    purpose=(
        '"Version": "2012-10-17" names the current policy language, which every policy '
        "should use; it is neither an edit date nor one of a managed policy's saved versions."
    ),
    heading=f"{NOTE}#the Version element",
    reference=VERSION_URL,
    task="2.3",
    true=(
        Claim(
            "language-version",
            '"Version": "2012-10-17" gives the version of the policy language, not the date '
            "the policy was written.",
            "The Version element defines the version of the policy language and the syntax "
            "rules used to process the policy.",
            VERSION_URL,
        ),
        Claim(
            "current",
            "2012-10-17 is the current policy language version, and AWS says to set Version to "
            "it in every policy.",
            "AWS: this is the current version of the policy language, and you should always "
            "include a Version element set to 2012-10-17.",
            VERSION_URL,
        ),
        Claim(
            "variables",
            "Policy variables such as ${aws:username} need Version 2012-10-17; under 2008-10-17 "
            "they are literal text.",
            "Without 2012-10-17 you can't use features such as policy variables; under "
            "2008-10-17 they are treated as literal strings.",
            VERSION_URL,
        ),
        Claim(
            "not-policy-version",
            "The Version element differs from the policy versions IAM creates when you change "
            "a customer managed policy.",
            "AWS's disambiguation note: the Version element is not a policy version, which IAM "
            "creates when you change a customer managed policy.",
            VERSION_URL,
        ),
        Claim(
            "outside-statement",
            "The Version element goes at the top level of the policy, outside the Statement "
            "element.",
            "AWS: include the Version element outside the Statement element in all of your "
            "policies.",
            VERSION_URL,
        ),
        Claim(
            "older-version",
            "2008-10-17 is an earlier language version that may appear in old policies and "
            "shouldn't be used for new ones.",
            "AWS: you might see 2008-10-17 on older existing policies; do not use it for new "
            "policies or when you update existing ones.",
            VERSION_URL,
        ),
    ),
    false=(
        Claim(
            "edit-date",
            "The Version element records when the policy was last edited, so it should be "
            "updated on every change.",
            "It names the policy language version, which stays 2012-10-17 whenever you edit "
            "the policy.",
            VERSION_URL,
            negates="language-version",
        ),
        Claim(
            "todays-date",
            "Setting Version to today's date gives a new policy the newest IAM policy features.",
            "Only 2012-10-17 and 2008-10-17 are valid values, and 2012-10-17 is the current one.",
            VERSION_URL,
            negates="current",
        ),
        Claim(
            "selects-default",
            "The Version element selects which saved version of a customer managed policy is "
            "its default version.",
            "Policy versions are a different thing: IAM creates them when you change a customer "
            "managed policy.",
            VERSION_URL,
            negates="not-policy-version",
        ),
        Claim(
            "per-statement",
            "Each statement carries its own Version element, so statements of one policy can "
            "use different versions.",
            "The Version element goes once, outside the Statement element.",
            VERSION_URL,
            negates="outside-statement",
        ),
        Claim(
            "older-preferred",
            "AWS recommends 2008-10-17 for new policies, because every AWS service supports "
            "that version.",
            "AWS says not to use 2008-10-17 for new policies or when updating existing ones.",
            VERSION_URL,
            negates="older-version",
        ),
        Claim(
            "variables-anywhere",
            "Policy variables such as ${aws:username} work the same under either policy "
            "language version.",
            "Under 2008-10-17, variables such as ${aws:username} are treated as literal strings.",
            VERSION_URL,
            negates="variables",
        ),
    ),
    practices=(
        Practice(
            "variable-not-working",
            "An engineer reuses an old policy whose Version is 2008-10-17 and adds a resource "
            "ARN ending in ${aws:username}. The variable isn't replaced by the user's name.",
            "What should the engineer do?",
            Option(
                "Set the policy's Version element to 2012-10-17.",
                "Policy variables were introduced with the 2012-10-17 language version; under "
                "2008-10-17 they are literal strings.",
            ),
            (
                Option(
                    "Set the Version element to today's date to turn on the newest features.",
                    "Version accepts only 2012-10-17 or 2008-10-17; a date of your own is not "
                    "a policy language version.",
                ),
                Option(
                    "Save the change as a new version of the managed policy and make it the "
                    "default.",
                    "A policy version is a saved copy of the policy; it still uses the language "
                    "version its Version element names.",
                ),
                Option(
                    "Move the Version element into the statement that holds the variable.",
                    "The Version element belongs outside the Statement element, and its value "
                    "is what matters.",
                ),
            ),
            VERSION_URL,
        ),
    ),
    near=("policy-elements", "policy-types:customer-managed"),
)


TOPIC = Topic(
    id="policy-evaluation",
    title="Policy evaluation",
    concepts=(
        IMPLICIT_DENY,
        EXPLICIT_DENY,
        SAME_ACCOUNT,
        CROSS_ACCOUNT,
        GUARDRAILS,
        ROLE_SESSION,
        POLICY_ELEMENTS,
        WILDCARDS,
        VERSION_ELEMENT,
    ),
)
