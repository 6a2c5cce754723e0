"""Least privilege in practice (CLF-C02 2.3, and 2.2's access reports), from AWS's pages.

The principle itself; AWS managed policies for job functions as a start and customer managed
policies as the next step; IAM Access Analyzer's external access, unused access, policy
validation and policy generation; IAM last accessed information; the IAM policy simulator;
the conditions and tags (ABAC) that narrow access further; and removing the credentials and
roles no one uses. Permissions boundaries are defined in the policy-types topic; here they
appear only as a practice (delegation).
"""

from quizzes.catalogues.concepts import Claim, Concept, Option, Practice, Scenario, Topic

NOTE = "security-least-privilege"

IAM_GUIDE = "https://docs.aws.amazon.com/IAM/latest/UserGuide/"
IAM_API = "https://docs.aws.amazon.com/IAM/latest/APIReference/"
ANALYZER_API = "https://docs.aws.amazon.com/access-analyzer/latest/APIReference/"

BEST_PRACTICES_URL = IAM_GUIDE + "best-practices.html"
# Well-Architected SEC03-BP02: "Grant only the access that users require to perform specific
# actions on specific resources under specific conditions", regular reviews, prompt revocation,
# administrator privileges for a small trusted group, machine identities kept minimal.
WA_LEAST_PRIVILEGE_URL = "https://docs.aws.amazon.com/wellarchitected/latest/framework/sec_permissions_least_privileges.html"
# "Achieving least privilege is a continuous cycle … as you set, verify, and refine permissions."
IAM_FEATURES_URL = "https://aws.amazon.com/iam/features/"
# "AWS managed policies don't grant least privilege permissions"; they can be attached to any
# IAM identity; monitor with Access Analyzer, then write or generate a custom policy.
JOB_FUNCTIONS_URL = IAM_GUIDE + "access_policies_job-functions.html"
# "You can't change the permissions defined in AWS managed policies. If AWS updates the
# permissions …, the update affects all principal identities … the policy is attached to."
AWS_MANAGED_URL = IAM_GUIDE + "security-iam-awsmanpol.html"
# "It's generally better to use customer managed policies instead of inline policies or AWS
# managed policies."
CUSTOMER_MANAGED_URL = IAM_GUIDE + "access_policies_create.html"
POWER_USER_URL = (
    "https://docs.aws.amazon.com/aws-managed-policy/latest/reference/PowerUserAccess.html"
)
VIEW_ONLY_URL = (
    "https://docs.aws.amazon.com/aws-managed-policy/latest/reference/ViewOnlyAccess.html"
)
BOUNDARIES_URL = IAM_GUIDE + "access_policies_boundaries.html"

# The findings page as AWS publishes it now names three analyses: external, internal and
# unused access (older copies of the page, "Findings for external and unused access", name
# two; the newer wording is followed).
FINDINGS_URL = IAM_GUIDE + "access-analyzer-findings.html"
ANALYZER_WELCOME_URL = ANALYZER_API + "Welcome.html"
ARCHIVE_RULE_URL = ANALYZER_API + "API_CreateArchiveRule.html"
# "IAM Access Analyzer charges for unused access analysis based on the number of IAM roles and
# users analyzed per month per analyzer"; "findings … do not change based on Region".
UNUSED_ANALYZER_URL = IAM_GUIDE + "access-analyzer-create-unused.html"
POLICY_VALIDATION_URL = IAM_GUIDE + "access-analyzer-policy-validation.html"
# Basic policy checks (validation) and custom policy checks; "A charge is associated with each
# custom policy check."
POLICY_CHECKS_URL = IAM_GUIDE + "access-analyzer-checks-validating-policies.html"
VALIDATE_FINDING_URL = ANALYZER_API + "API_ValidatePolicyFinding.html"
POLICY_VALIDATOR_URL = IAM_GUIDE + "access_policies_policy-validator.html"
GENERATE_POLICY_URL = IAM_GUIDE + "access_policies_generate-policy.html"
# "You specify a time period of up to 90 days"; "you must specify a CloudTrail trail that logs
# events for the account".
POLICY_GENERATION_URL = IAM_GUIDE + "access-analyzer-policy-generation.html"
LAST_ACCESSED_URL = IAM_GUIDE + "access_policies_last-accessed.html"
LAST_ACCESSED_EXAMPLES_URL = IAM_GUIDE + "access_policies_last-accessed-example-scenarios.html"
# "The service last accessed data includes all attempts to access an AWS API, not just the
# successful ones … Refer to your CloudTrail logs as the authoritative source".
SERVICE_LAST_ACCESSED_API_URL = IAM_API + "API_GenerateServiceLastAccessedDetails.html"
ORGANIZATIONS_REPORT_API_URL = IAM_API + "API_GenerateOrganizationsAccessReport.html"
CREDENTIAL_REPORT_URL = IAM_GUIDE + "id_credentials_getting-report.html"
# "Find unused AWS credentials": remove IAM user credentials that are not needed; ideally
# delete them (they can be recreated later), at the very least change the password or
# deactivate the access keys; the Users table's Console last sign-in column.
FINDING_UNUSED_URL = IAM_GUIDE + "id_credentials_finding-unused.html"
# "Delete roles or instance profiles": review when the role was last used first (Last activity,
# trailing 400 days); deleting a role a running instance uses breaks its applications.
ROLE_DELETE_URL = IAM_GUIDE + "id_roles_manage_delete.html"
SIMULATOR_URL = IAM_GUIDE + "access_policies_testing-policies.html"
# "The simulation does not perform the API operations; it only checks the authorization";
# "You can simulate resources that don't exist in your account"; a user's simulation includes
# the policies of its groups.
SIMULATE_PRINCIPAL_URL = IAM_API + "API_SimulatePrincipalPolicy.html"
# Policies "provided as strings"; "The policy simulator results can differ from your live AWS
# environment. We recommend that you check your policies against your live AWS environment".
SIMULATE_CUSTOM_URL = IAM_API + "API_SimulateCustomPolicy.html"
CONDITION_KEYS_URL = IAM_GUIDE + "reference_policies_condition-keys.html"
CONDITION_ELEMENT_URL = IAM_GUIDE + "reference_policies_elements_condition.html"
DENY_REGION_URL = IAM_GUIDE + "reference_policies_examples_aws_deny-requested-region.html"
DENY_IP_URL = IAM_GUIDE + "reference_policies_examples_aws_deny-ip.html"
ABAC_URL = IAM_GUIDE + "introduction_attribute-based-access-control.html"
# "ABAC helps reduce the need to update permission policies".
ABAC_TAGGING_URL = (
    "https://docs.aws.amazon.com/whitepapers/latest/tagging-best-practices/"
    "abac-for-individual-resources.html"
)


def _heading(path: str) -> str:
    return f"{NOTE}#{path}"


PRINCIPLE = Concept(
    id="principle",
    name="The principle of least privilege",
    kind="",
    subject="the principle of least privilege",
    purpose=(
        "Least privilege means granting only the permissions required to perform a task, and "
        "refining them as needs change; it is a practice, not a service or a policy type."
    ),
    heading=_heading("the principle#grant only what a task needs"),
    reference=BEST_PRACTICES_URL,
    task="2.3",
    true=(
        Claim(
            "only-required",
            "Least privilege means granting only the permissions that are required to "
            "perform a task.",
            "AWS describes least privilege as granting only the permissions required to "
            "perform a task.",
            JOB_FUNCTIONS_URL,
        ),
        Claim(
            "specific",
            "Least privilege limits access to specific actions on specific resources, under "
            "specific conditions where possible.",
            "The Well-Architected Framework: grant only the access that users require to "
            "perform specific actions on specific resources under specific conditions.",
            WA_LEAST_PRIVILEGE_URL,
        ),
        Claim(
            "continuous",
            "Achieving least privilege is a continuous cycle of setting, verifying and refining "
            "permissions as needs change.",
            "AWS calls achieving least privilege a continuous cycle of granting the right "
            "fine-grained permissions as requirements evolve: set, verify, refine.",
            IAM_FEATURES_URL,
        ),
        Claim(
            "workloads",
            "Least privilege applies to workloads as well as people: an application's role "
            "should hold only the permissions the application needs.",
            "Machine and system identities get only the minimum permissions required to "
            "perform their intended tasks.",
            WA_LEAST_PRIVILEGE_URL,
        ),
        Claim(
            "revoke",
            "Permissions should be reviewed regularly and revoked when no longer needed, for "
            "example when someone changes jobs.",
            "The desired outcome AWS describes includes regular reviews of permissions and "
            "prompt revocation when a user changes roles or leaves the organization.",
            WA_LEAST_PRIVILEGE_URL,
        ),
        Claim(
            "small-admin-group",
            "Under least privilege, administrator permissions are restricted to a small, "
            "trusted group of people.",
            "AWS recommends restricting administrator privileges to a small, trusted group to "
            "reduce risk exposure.",
            WA_LEAST_PRIVILEGE_URL,
        ),
    ),
    false=(
        Claim(
            "read-only-everywhere",
            "Least privilege means giving every user read-only access to all services, so "
            "that no one can change any resource.",
            "Least privilege is about what a task needs, which can include changes to specific "
            "resources; read access to every service grants far more than most tasks need.",
            JOB_FUNCTIONS_URL,
        ),
        Claim(
            "once",
            "Least privilege is achieved once, when permissions are first granted, and needs "
            "no review afterwards.",
            "AWS calls least privilege a continuous cycle: permissions are set, verified and "
            "refined as requirements evolve.",
            IAM_FEATURES_URL,
            negates="continuous",
        ),
        Claim(
            "people-only",
            "Least privilege applies to people only; roles used by applications should keep "
            "broad permissions to avoid failures.",
            "Machine and system identities also get only the minimum permissions their tasks "
            "require.",
            WA_LEAST_PRIVILEGE_URL,
            negates="workloads",
        ),
        Claim(
            "admin-by-default",
            "Under least privilege, new users start as administrators and lose permissions "
            "only when a problem is found.",
            "Granting users administrator permissions by default is one of the anti-patterns "
            "AWS lists against least privilege.",
            WA_LEAST_PRIVILEGE_URL,
        ),
        Claim(
            "automatic",
            "AWS enforces least privilege automatically by removing any permission an identity "
            "has not used for 90 days.",
            "AWS reports unused permissions (for example with last accessed information) so "
            "that you can remove them; it does not remove them for you.",
            LAST_ACCESSED_URL,
        ),
    ),
    practices=(
        Practice(
            "changed-team",
            "A developer moved from the payments team to the analytics team a month ago and "
            "still has the payments team's permissions through its IAM group.",
            "What should the administrator do?",
            Option(
                "Remove the developer from the payments group and add them to the analytics group.",
                "Permissions that are no longer needed are revoked promptly, for example when "
                "a user changes roles; group membership is where these permissions come from.",
            ),
            (
                Option(
                    "Keep the developer in both groups in case the payments team needs help later.",
                    "Keeping permissions 'just in case' is what least privilege rules out: "
                    "the developer's job no longer needs them.",
                ),
                Option(
                    "Create a second IAM user for the analytics work and keep the first one "
                    "for payments.",
                    "Two identities for one person leave the old permissions in place and "
                    "double the credentials to protect.",
                ),
                Option(
                    "Leave the permissions until the yearly access review and remove them then.",
                    "AWS's guidance is to revoke permissions promptly when they are no longer "
                    "needed, not to wait for a scheduled review.",
                ),
            ),
            WA_LEAST_PRIVILEGE_URL,
        ),
        Practice(
            "one-bucket",
            "An application on Amazon EC2 reads configuration files from one S3 bucket. It "
            "never writes or deletes objects.",
            "Which permissions should the instance's role grant?",
            Option(
                "Allow s3:GetObject on the objects of that bucket only.",
                "Least privilege grants the specific action the application uses on the "
                "specific resource it uses.",
            ),
            (
                Option(
                    "Attach the AWS managed AmazonS3FullAccess policy so that future features "
                    "are covered.",
                    "Full access to every bucket, including writes and deletes, is far more "
                    "than the application needs.",
                ),
                Option(
                    "Allow s3:* on that bucket only, since no other bucket is involved.",
                    "s3:* includes writing and deleting objects and changing the bucket, which "
                    "the application never does.",
                ),
                Option(
                    "Allow s3:GetObject on all buckets in the account, in case files move.",
                    "Read access to every bucket exposes data the application has no reason "
                    "to read.",
                ),
            ),
            WA_LEAST_PRIVILEGE_URL,
        ),
        Practice(
            "delegate-roles",
            "A team lead must create IAM roles for the team's Lambda functions without "
            "waiting for the central administrators, but must never create a role with more "
            "permissions than the team itself is allowed.",
            "What should the administrators do?",
            Option(
                "Allow the lead to create roles only when a specific permissions boundary is "
                "attached to them.",
                "A permissions boundary caps the maximum permissions of every role the lead "
                "creates, so delegation cannot escalate privileges.",
            ),
            (
                Option(
                    "Attach IAMFullAccess to the lead and review the new roles once a month.",
                    "Full IAM access lets the lead create an administrator role; a monthly "
                    "review only finds it afterwards.",
                ),
                Option(
                    "Let the lead create roles freely and detach any AdministratorAccess policy "
                    "found later.",
                    "Cleaning up afterwards leaves a window in which an over-privileged role "
                    "exists, and other broad policies go unnoticed.",
                ),
                Option(
                    "Allow the lead to create only roles whose names start with the team's prefix.",
                    "A name prefix limits which roles the lead may create, not the "
                    "permissions attached to them; a permissions boundary caps those.",
                ),
            ),
            BOUNDARIES_URL,
        ),
    ),
    near=("job-function-policies", "features:best-practices", "policy-types:permissions-boundary"),
)

JOB_FUNCTION_POLICIES = Concept(
    id="job-function-policies",
    name="AWS managed policies for job functions",
    kind="",
    subject="AWS managed policies for job functions",
    purpose=(
        "AWS managed policies for job functions, such as ViewOnlyAccess or "
        "DatabaseAdministrator, are a quick start for common use cases; they do not grant "
        "least privilege, so AWS recommends moving to customer managed policies."
    ),
    heading=_heading("the principle#from managed to custom policies"),
    reference=JOB_FUNCTIONS_URL,
    task="2.3",
    true=(
        Claim(
            "get-started",
            "They are a way to get started granting permissions, because they cover common "
            "use cases and are available in every account.",
            "AWS managed policies cover common use cases and are available in your account, "
            "so AWS suggests them to get started adding permissions.",
            JOB_FUNCTIONS_URL,
        ),
        Claim(
            "not-least",
            "They do not grant least-privilege permissions, so principals may hold more "
            "permissions than their job needs.",
            "AWS states that AWS managed policies don't grant least privilege permissions and "
            "asks you to weigh the risk of granting more than needed.",
            JOB_FUNCTIONS_URL,
        ),
        Claim(
            "aws-updates",
            "Customers cannot change their permissions, and an update made by AWS applies to "
            "every identity they are attached to.",
            "You can't change the permissions in AWS managed policies; when AWS updates one, "
            "the update affects all users, groups and roles it is attached to.",
            AWS_MANAGED_URL,
        ),
        Claim(
            "customer-next",
            "AWS recommends reducing permissions further with customer managed policies that "
            "are specific to your use cases.",
            "Because AWS managed policies serve all customers, AWS recommends defining "
            "customer managed policies specific to your use cases.",
            AWS_MANAGED_URL,
        ),
        Claim(
            "rbac",
            "They align permissions with a job function, as in the role-based access control "
            "(RBAC) model.",
            "IAM's managed policies for job functions align permissions to a job function in "
            "an RBAC model.",
            ABAC_URL,
        ),
        Claim(
            "power-user",
            "PowerUserAccess gives full access to AWS services and resources but does not "
            "allow management of users and groups.",
            "That is AWS's description of the PowerUserAccess managed policy.",
            POWER_USER_URL,
        ),
        Claim(
            "view-only",
            "ViewOnlyAccess lets a user view resources and basic metadata across AWS services.",
            "ViewOnlyAccess is the job-function policy that grants permissions to view "
            "resources and basic metadata across AWS services.",
            VIEW_ONLY_URL,
        ),
    ),
    false=(
        Claim(
            "tailored",
            "AWS tailors each job-function policy to the account it is attached to, so it "
            "already grants least privilege.",
            "The same AWS managed policies serve every customer, and AWS states that they "
            "don't grant least privilege permissions.",
            JOB_FUNCTIONS_URL,
            negates="not-least",
        ),
        Claim(
            "editable",
            "A customer can edit the JSON of an AWS managed job-function policy to remove the "
            "actions its team does not use.",
            "You can't change the permissions defined in AWS managed policies; you create a "
            "customer managed policy instead.",
            AWS_MANAGED_URL,
            negates="aws-updates",
        ),
        Claim(
            "roles-only",
            "They can be attached only to IAM roles used through IAM Identity Center, not to "
            "IAM users or groups.",
            "AWS managed policies, including job functions, can be attached to any IAM "
            "identity: users, groups and roles.",
            JOB_FUNCTIONS_URL,
        ),
        Claim(
            "power-user-iam",
            "PowerUserAccess includes full management of IAM users and groups along with "
            "every other AWS service.",
            "PowerUserAccess provides full access to AWS services and resources but does not "
            "allow management of users and groups.",
            POWER_USER_URL,
            negates="power-user",
        ),
        Claim(
            "view-only-data",
            "ViewOnlyAccess lets a user read the data stored in every S3 bucket and DynamoDB "
            "table of the account.",
            "ViewOnlyAccess grants permission to view resources and basic metadata, not to "
            "read the data stored in them.",
            VIEW_ONLY_URL,
        ),
        Claim(
            "inline-next",
            "AWS recommends inline policies rather than customer managed policies as the next "
            "step after job-function policies.",
            "AWS says it is generally better to use customer managed policies instead of "
            "inline policies or AWS managed policies.",
            CUSTOMER_MANAGED_URL,
        ),
    ),
    practices=(
        Practice(
            "new-team",
            "A company's new data team begins using AWS next week. Nobody knows yet exactly "
            "which actions the team will need.",
            "Which approach follows AWS guidance?",
            Option(
                "Start with job-function policies, then move to customer managed policies scoped "
                "to actual use.",
                "AWS suggests AWS managed policies to get started and customer managed "
                "policies, written or generated from activity, to move toward least privilege.",
            ),
            (
                Option(
                    "Add the team to the administrators group for now and review it at the "
                    "yearly audit.",
                    "Administrator permissions by default are an anti-pattern; permissions "
                    "are meant to be refined continuously, not once a year.",
                ),
                Option(
                    "Copy every permission of the most experienced engineer's IAM user to each "
                    "new team member.",
                    "That grants whatever the engineer has accumulated, not what the data "
                    "team's work needs.",
                ),
                Option(
                    "Keep the job-function policies permanently, since AWS updates them whenever "
                    "services change.",
                    "AWS managed policies don't grant least privilege; AWS recommends reducing "
                    "permissions further with customer managed policies.",
                ),
            ),
            JOB_FUNCTIONS_URL,
        ),
        Practice(
            "tighten-after-monitoring",
            "A team has used the AWS managed DatabaseAdministrator policy for three months. "
            "The security team now wants the team's permissions to match what it actually "
            "does.",
            "What should the administrator do?",
            Option(
                "Generate a policy from the team's activity and attach it as a customer managed "
                "policy.",
                "After learning which permissions principals use, AWS suggests writing or "
                "generating a custom policy with only the required permissions.",
            ),
            (
                Option(
                    "Edit the DatabaseAdministrator policy's JSON to delete the actions the team "
                    "has not used.",
                    "AWS managed policies cannot be changed by customers.",
                ),
                Option(
                    "Copy the DatabaseAdministrator policy into an inline policy on each member "
                    "of the team.",
                    "The permissions stay exactly as broad, now in many copies that are harder "
                    "to manage.",
                ),
                Option(
                    "Also attach ViewOnlyAccess so that the broad policy is balanced by a "
                    "narrower one.",
                    "Permissions from several policies add up; attaching another policy never "
                    "narrows what the first one allows.",
                ),
            ),
            JOB_FUNCTIONS_URL,
        ),
    ),
    near=("principle", "abac", "policy-types:aws-managed", "policy-types:customer-managed"),
)

EXTERNAL_ACCESS = Concept(
    id="external-access",
    name="IAM Access Analyzer external access analysis",
    kind="service",
    subject="IAM Access Analyzer external access analysis",
    purpose=(
        "An external access analyzer reads resource-based policies and reports each resource, "
        "such as an S3 bucket or an IAM role, that grants access to a principal outside its "
        "zone of trust (the account or organization); it does not report unused permissions."
    ),
    heading=_heading("IAM Access Analyzer#external access"),
    reference=FINDINGS_URL,
    task="2.3",
    true=(
        Claim(
            "outside-zone",
            "It generates a finding for each resource-based policy that grants access to a "
            "principal outside the zone of trust.",
            "That is how IAM Access Analyzer defines an external access finding.",
            FINDINGS_URL,
        ),
        Claim(
            "zone",
            "Its zone of trust is the AWS account or the organization chosen when the "
            "analyzer is created.",
            "When you create an external access analyzer you choose an organization or an "
            "account; principals in it are trusted.",
            FINDINGS_URL,
        ),
        Claim(
            "inside-org",
            "With an organization as its zone of trust, sharing a bucket between two member "
            "accounts generates no finding.",
            "Sharing within the zone of trust is considered safe, so no finding is generated; "
            "sharing with an account outside the organization is.",
            FINDINGS_URL,
        ),
        Claim(
            "logic",
            "It uses logic-based reasoning to analyze the resource-based policies in the AWS "
            "environment.",
            "External access analyzers analyze resource-based policies with logic-based reasoning.",
            ANALYZER_WELCOME_URL,
        ),
        Claim(
            "preview",
            "It can preview how a policy change affects public and cross-account access "
            "before the change is deployed.",
            "IAM Access Analyzer can preview public and cross-account access to resources "
            "before permissions changes are deployed.",
            ANALYZER_WELCOME_URL,
        ),
        Claim(
            "external-principals",
            "An external principal can be another AWS account, a federated user, an AWS "
            "service or an anonymous user.",
            "AWS lists another account, a root user, an IAM user or role, a federated user, an "
            "AWS service and an anonymous user as external principals.",
            ANALYZER_WELCOME_URL,
        ),
    ),
    false=(
        Claim(
            "unused",
            "It reports IAM roles and access keys that have not been used at all during a chosen "
            "tracking period.",
            "Unused roles and access keys are reported by an unused access analyzer, a "
            "different analyzer type.",
            FINDINGS_URL,
        ),
        Claim(
            "internal",
            "It reports which IAM users and roles inside the organization can reach a "
            "selected resource.",
            "Access paths from principals inside the organization or account are internal "
            "access findings, from a separate internal access analyzer.",
            FINDINGS_URL,
        ),
        Claim(
            "auto-fix",
            "It automatically removes any policy statement that grants access to a principal "
            "outside the zone of trust.",
            "It generates findings to review: intended access is archived, unintended access "
            "is removed by changing the policy yourself.",
            ARCHIVE_RULE_URL,
        ),
        Claim(
            "cloudtrail",
            "It finds outside access by reading the CloudTrail logs of requests made from "
            "other accounts.",
            "It analyzes resource-based policies with logic-based reasoning; it reports what a "
            "policy allows, whether or not anyone has used it.",
            ANALYZER_WELCOME_URL,
        ),
        Claim(
            "same-org-finding",
            "Sharing a resource with another member account of the same organization always "
            "generates a finding.",
            "With the organization as the zone of trust, sharing between member accounts is "
            "within the zone of trust and generates no finding.",
            FINDINGS_URL,
            negates="inside-org",
        ),
        Claim(
            "identity-policies",
            "It analyzes the identity-based policies of IAM users to find what they can do in "
            "other accounts.",
            "External access analysis works on resource-based policies, which grant access to "
            "a resource, not on users' identity-based policies.",
            ANALYZER_WELCOME_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "reachable-from-outside",
            "find out which of its S3 buckets, KMS keys and IAM roles can be reached from "
            "accounts outside its organization",
            "An external access analyzer with the organization as zone of trust reports every "
            "resource whose policy grants access to a principal outside it.",
        ),
        Scenario(
            "public-or-cross-account",
            "be told whenever a resource policy makes one of its resources public or shares "
            "it with another AWS account",
            "External access analysis generates a finding for each resource shared with a "
            "principal outside the zone of trust, including anonymous (public) access.",
        ),
        Scenario(
            "vendor-access",
            "list every resource in its account that a vendor's AWS account has been granted "
            "access to through resource policies",
            "External access findings name the outside principal each resource is shared "
            "with, so they can be filtered by the vendor's account.",
        ),
    ),
    practices=(
        Practice(
            "approved-sharing",
            "An IAM Access Analyzer finding shows that a bucket policy grants read access to a "
            "partner's AWS account. The sharing is intended and approved, and more buckets "
            "will be shared with the same partner.",
            "What should the security team do?",
            Option(
                "Archive the finding and create an archive rule for that partner's account.",
                "Archive rules automatically archive new findings that match the criteria, so "
                "the team can focus on findings that may be a risk.",
            ),
            (
                Option(
                    "Delete the analyzer so that approved sharing no longer produces findings.",
                    "Without the analyzer, unintended sharing of any other resource would go "
                    "unreported too.",
                ),
                Option(
                    "Remove the partner's access from the bucket policy so the finding goes away.",
                    "The access is intended; removing it breaks the partner's work to silence "
                    "a finding.",
                ),
                Option(
                    "Add the partner's account to the zone of trust of the account analyzer.",
                    "The zone of trust is the account or organization chosen for the analyzer; "
                    "an outside account cannot be added to it.",
                ),
            ),
            ARCHIVE_RULE_URL,
        ),
    ),
    near=("unused-access", "policy-validation", "policy-simulator"),
)

UNUSED_ACCESS = Concept(
    id="unused-access",
    name="IAM Access Analyzer unused access analysis",
    kind="service",
    subject="IAM Access Analyzer unused access analysis",
    purpose=(
        "An unused access analyzer continuously monitors IAM roles and users and reports "
        "unused roles, unused access keys and passwords, and unused permissions in one "
        "dashboard; it is paid per role and user analyzed and ignores resource sharing."
    ),
    heading=_heading("IAM Access Analyzer#unused access"),
    reference=FINDINGS_URL,
    task="2.3",
    true=(
        Claim(
            "finding-types",
            "It reports unused roles, unused IAM user access keys and passwords, and unused "
            "permissions.",
            "Those are the types of unused access findings IAM Access Analyzer generates.",
            FINDINGS_URL,
        ),
        Claim(
            "continuous",
            "It continuously monitors all IAM roles and users in the account or organization "
            "it analyzes.",
            "An unused access analyzer continuously monitors all IAM roles and users in the "
            "account or organization and generates findings.",
            FINDINGS_URL,
        ),
        Claim(
            "paid",
            "It is charged by the number of IAM roles and users it analyzes each month.",
            "IAM Access Analyzer charges for unused access analysis based on the number of "
            "IAM roles and users analyzed per month per analyzer.",
            UNUSED_ANALYZER_URL,
        ),
        Claim(
            "tracking-period",
            "Its findings depend on a tracking period, in days, that is chosen when the "
            "analyzer is created.",
            "You enter a tracking period in days when you create the analyzer; findings show "
            "access not used during it.",
            UNUSED_ANALYZER_URL,
        ),
        Claim(
            "not-regional",
            "Its findings do not change by Region, so one analyzer is enough instead of one "
            "in each Region.",
            "For unused access, findings do not change based on Region, so creating an "
            "analyzer in each Region is not required.",
            UNUSED_ANALYZER_URL,
        ),
    ),
    false=(
        Claim(
            "free",
            "It is free of charge, however many IAM roles and users it analyzes each month.",
            "Unused access analysis is charged by the number of IAM roles and users analyzed "
            "per month.",
            UNUSED_ANALYZER_URL,
            negates="paid",
        ),
        Claim(
            "auto-delete",
            "It deletes roles and access keys that stay unused for longer than its tracking "
            "period.",
            "It generates findings for you to review and act on; it does not delete anything.",
            FINDINGS_URL,
        ),
        Claim(
            "sharing",
            "It reports S3 buckets and KMS keys that are shared with principals outside the "
            "organization.",
            "Resources shared outside the zone of trust are external access findings, from an "
            "external access analyzer.",
            FINDINGS_URL,
        ),
        Claim(
            "every-region",
            "It must be created in every Region where the account has resources, like any "
            "Regional analyzer.",
            "Unused access findings do not change based on Region; one analyzer is enough.",
            UNUSED_ANALYZER_URL,
            negates="not-regional",
        ),
        Claim(
            "users-only",
            "It covers IAM users only; roles must be reviewed separately with the credential "
            "report.",
            "It monitors both IAM roles and users, and reports unused roles among its findings.",
            FINDINGS_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "org-dashboard",
            "see, in one dashboard for every account of its organization, which IAM roles, "
            "access keys and passwords have gone idle",
            "An organization-wide unused access analyzer reports unused roles, access keys and "
            "passwords for all accounts in a central dashboard.",
            constraint="with the list kept up to date automatically",
        ),
        Scenario(
            "idle-roles",
            "be told about IAM roles in any of its accounts that have not been used in the "
            "last 90 days",
            "An unused access analyzer with a 90-day tracking period continuously reports "
            "roles with no activity in that window.",
            constraint="without running reports by hand",
        ),
        Scenario(
            "idle-credentials",
            "find IAM users across all its accounts whose console passwords or access keys "
            "have not been used recently",
            "Unused access findings include unused IAM user passwords and access keys, across "
            "the whole organization, monitored continuously.",
            constraint="without downloading a report from each account",
        ),
    ),
    practices=(
        Practice(
            "forty-accounts",
            "A security team wants to know, across the 40 accounts of its organization, which "
            "IAM roles nobody has used in 90 days, and to keep that list current.",
            "Which approach meets this with the least ongoing effort?",
            Option(
                "Create an organization-wide unused access analyzer with a 90-day tracking period.",
                "It continuously monitors every role and user in the organization and reports "
                "unused roles in one place.",
            ),
            (
                Option(
                    "Download the credential report from each account every week and compare "
                    "the dates.",
                    "The credential report lists IAM users and their credentials, not roles, "
                    "and it must be fetched account by account.",
                ),
                Option(
                    "Run the IAM policy simulator against each role once a month.",
                    "The simulator tells whether an action would be allowed, not whether a "
                    "role has been used.",
                ),
                Option(
                    "Create an external access analyzer for the organization and review its "
                    "findings.",
                    "External access findings report resources shared outside the "
                    "organization, not roles that go unused.",
                ),
            ),
            FINDINGS_URL,
        ),
    ),
    near=(
        "last-accessed",
        "external-access",
        "policy-generation",
        "features:credential-report",
    ),
)

POLICY_VALIDATION = Concept(
    id="policy-validation",
    name="IAM Access Analyzer policy validation",
    kind="service",
    subject="IAM Access Analyzer policy validation",
    purpose=(
        "Policy validation checks a policy document against the IAM policy grammar and AWS "
        "best practices and returns security warnings, errors, warnings and suggestions; it "
        "does not tell whether a given user's request would be allowed."
    ),
    heading=_heading("IAM Access Analyzer#policy validation"),
    reference=POLICY_VALIDATION_URL,
    task="2.3",
    true=(
        Claim(
            "grammar-best-practices",
            "It checks a policy against the IAM policy grammar and AWS best practices.",
            "IAM Access Analyzer validates policies against the IAM policy grammar and AWS "
            "best practices.",
            POLICY_CHECKS_URL,
        ),
        Claim(
            "finding-types",
            "Its findings are security warnings, errors, general warnings and suggestions.",
            "Policy validation findings include security warnings, errors, general warnings "
            "and policy suggestions.",
            POLICY_CHECKS_URL,
        ),
        Claim(
            "security-warning",
            "A security warning reports that the policy allows access AWS considers overly "
            "permissive.",
            "Security warnings report when the policy allows access that AWS considers overly "
            "permissive.",
            VALIDATE_FINDING_URL,
        ),
        Claim(
            "error",
            "An error reports that part of the policy does not work as written.",
            "Errors report when a part of the policy is not functional.",
            VALIDATE_FINDING_URL,
        ),
        Claim(
            "console",
            "Its findings can appear in the IAM console's JSON editor while a policy is being "
            "created or edited.",
            "Findings of IAM Access Analyzer policy validation are returned automatically in "
            "the console when you create or edit a JSON policy (given permission to validate).",
            POLICY_VALIDATOR_URL,
        ),
        Claim(
            "custom-checks-charged",
            "Custom policy checks, which test a policy against your own security standards, "
            "are charged per check.",
            "Basic policy validation is joined by custom policy checks against your security "
            "standards; a charge is associated with each custom policy check.",
            POLICY_CHECKS_URL,
        ),
    ),
    false=(
        Claim(
            "suggestion-access",
            "A suggestion reports that the policy grants access AWS considers overly permissive.",
            "Overly permissive access is a security warning; suggestions recommend stylistic "
            "improvements that do not affect access.",
            VALIDATE_FINDING_URL,
        ),
        Claim(
            "warning-security",
            "A general warning reports a security risk that makes the policy overly permissive.",
            "Warnings report non-security issues where a policy does not follow policy writing "
            "best practices; security risks are security warnings.",
            VALIDATE_FINDING_URL,
        ),
        Claim(
            "decides-requests",
            "It decides whether a given user's request would be allowed after combining all "
            "of the user's policies.",
            "Testing whether a user's combined policies allow a request is what the IAM policy "
            "simulator does; validation checks one policy's grammar and practices.",
            SIMULATE_PRINCIPAL_URL,
        ),
        Claim(
            "from-activity",
            "It builds its findings from the CloudTrail record of the actions a role has used.",
            "Reading CloudTrail activity is policy generation; validation examines the policy "
            "document itself.",
            POLICY_GENERATION_URL,
        ),
        Claim(
            "custom-free",
            "Custom policy checks against your own security standards carry no additional charge.",
            "A charge is associated with each custom policy check.",
            POLICY_CHECKS_URL,
            negates="custom-checks-charged",
        ),
        Claim(
            "deployed-resources",
            "It scans the resource-based policies already deployed in the account for public "
            "access.",
            "Reporting deployed resources shared publicly or with other accounts is external "
            "access analysis.",
            FINDINGS_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "while-writing",
            "catch mistakes and overly permissive statements in a new JSON policy while "
            "writing it in the IAM console",
            "Policy validation shows security warnings, errors, warnings and suggestions in "
            "the console's JSON editor as the policy is written.",
        ),
        Scenario(
            "pipeline-grammar",
            "check in its deployment pipeline that every policy document follows the IAM "
            "policy grammar and AWS best practices",
            "Policy validation is available from the AWS CLI and API as well as the console, "
            "and checks documents against grammar and best practices.",
        ),
        Scenario(
            "not-functional",
            "find out, before saving a new role trust policy, whether any part of it would not "
            "work as written",
            "Policy validation reports errors for parts of a policy that are not functional, "
            "along with security warnings, warnings and suggestions.",
            reference=VALIDATE_FINDING_URL,
        ),
    ),
    practices=(
        Practice(
            "security-warning",
            "A developer pastes a new customer managed policy into the IAM console's JSON "
            "editor, and the policy validation pane shows a security warning.",
            "What should the developer do?",
            Option(
                "Narrow the access allowed by the statement the warning points to.",
                "A security warning means the policy allows access AWS considers overly "
                "permissive.",
            ),
            (
                Option(
                    "Ignore it, because only error findings can change what a policy allows.",
                    "A security warning is about access: the policy allows more than AWS "
                    "considers safe.",
                ),
                Option(
                    "Save the policy and let IAM remove the overly broad statement automatically "
                    "later.",
                    "IAM does not rewrite policies; validation reports and you fix.",
                ),
                Option(
                    "Save the policy now and look the warning up later in the IAM credential "
                    "report.",
                    "The credential report lists users' credentials; it says nothing about a "
                    "policy's statements.",
                ),
            ),
            VALIDATE_FINDING_URL,
        ),
        Practice(
            "compare-versions",
            "A platform team wants every pull request that changes an IAM policy to fail if "
            "the change grants access the current version does not.",
            "Which approach should the team take?",
            Option(
                "Run a custom policy check comparing the new policy with the current one.",
                "A custom policy check tests whether an updated policy grants new access "
                "compared with a reference policy, such as its existing version.",
            ),
            (
                Option(
                    "Rely on basic policy validation, which rejects any policy granting new "
                    "access.",
                    "Basic validation checks grammar and best practices; it does not compare "
                    "a policy with its previous version.",
                ),
                Option(
                    "Review the role's service last accessed data after each deployment.",
                    "Last accessed data shows past use after the fact; it cannot stop a change "
                    "before it is merged.",
                ),
                Option(
                    "Generate a new policy from CloudTrail activity on every pull request.",
                    "Policy generation writes a policy from past activity; it does not check "
                    "what the proposed change grants.",
                ),
            ),
            POLICY_CHECKS_URL,
        ),
    ),
    near=("policy-simulator", "policy-generation", "external-access"),
)

POLICY_GENERATION = Concept(
    id="policy-generation",
    name="IAM Access Analyzer policy generation",
    kind="service",
    subject="IAM Access Analyzer policy generation",
    purpose=(
        "Policy generation reads an IAM user's or role's CloudTrail activity over a chosen "
        "period (up to 90 days) and produces a policy template with only the services and "
        "actions it used, to replace broader permissions."
    ),
    heading=_heading("IAM Access Analyzer#policy generation"),
    reference=GENERATE_POLICY_URL,
    task="2.3",
    true=(
        Claim(
            "from-cloudtrail",
            "It reviews AWS CloudTrail logs and produces a policy template with the permissions "
            "an entity used.",
            "IAM Access Analyzer reviews your CloudTrail logs and generates a policy template "
            "with the permissions the entity used in the date range.",
            GENERATE_POLICY_URL,
        ),
        Claim(
            "users-roles",
            "It works for an IAM user or an IAM role, based on that entity's own access activity.",
            "Policy generation is based on the access activity of an IAM entity, a user or a role.",
            GENERATE_POLICY_URL,
        ),
        Claim(
            "ninety-days",
            "The period of activity it analyzes can be up to 90 days long.",
            "You specify a time period of up to 90 days for IAM Access Analyzer to analyze.",
            POLICY_GENERATION_URL,
        ),
        Claim(
            "needs-trail",
            "It needs a CloudTrail trail that logs the account's events.",
            "Before you generate a policy, you must specify a CloudTrail trail that logs events "
            "for the account.",
            POLICY_GENERATION_URL,
        ),
        Claim(
            "refine-attach",
            "The template can be refined and then attached, for example to a role in a "
            "production account.",
            "AWS's example refines a policy generated from a development role and attaches it "
            "in the production account.",
            GENERATE_POLICY_URL,
        ),
    ),
    false=(
        Claim(
            "from-code",
            "It predicts the permissions an application will need by reading its source code "
            "before it first runs.",
            "Policy generation is based on access activity already recorded in CloudTrail, "
            "not on code.",
            GENERATE_POLICY_URL,
        ),
        Claim(
            "no-trail",
            "It works from IAM's own records, so no CloudTrail trail has to exist.",
            "A CloudTrail trail that logs the account's events must be specified before a "
            "policy can be generated.",
            POLICY_GENERATION_URL,
            negates="needs-trail",
        ),
        Claim(
            "auto-attach",
            "It attaches the new policy automatically and detaches the entity's broader policies.",
            "It produces a template you review, refine and attach yourself.",
            GENERATE_POLICY_URL,
        ),
        Claim(
            "four-hundred-days",
            "It analyzes the entity's activity over the last 400 days, like last accessed "
            "information.",
            "The period it analyzes is at most 90 days.",
            POLICY_GENERATION_URL,
            negates="ninety-days",
        ),
        Claim(
            "groups",
            "It produces a policy for an IAM group from the combined activity of the group's "
            "members.",
            "Policies are generated for an IAM entity, a user or a role, from that entity's "
            "activity.",
            GENERATE_POLICY_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "dev-to-prod",
            "replace a role's broad development permissions with permissions covering only the "
            "actions the application actually called",
            "Policy generation turns the role's CloudTrail activity into a policy template "
            "with only the actions used.",
        ),
        Scenario(
            "starting-document",
            "get a first draft of a permissions policy listing the actions one IAM user "
            "performed over the past few weeks",
            "Policy generation produces a template from the user's activity over a period of "
            "up to 90 days.",
        ),
        Scenario(
            "trail-to-policy",
            "turn the activity its CloudTrail trail recorded for one role into fine-grained "
            "permissions for that role",
            "Policy generation reads the trail for that role and writes a policy template with "
            "the services and actions used.",
        ),
    ),
    practices=(
        Practice(
            "to-production",
            "A role used by an application in development has the AWS managed PowerUserAccess "
            "policy. The application is about to move to production.",
            "How should the team give the production role least-privilege permissions with the "
            "least manual effort?",
            Option(
                "Generate a policy from the dev role's activity, review it, and attach it in "
                "production.",
                "That is AWS's own example for policy generation: identify only the permissions "
                "the application needs before it launches in production.",
            ),
            (
                Option(
                    "Attach PowerUserAccess to the production role as well and narrow it if "
                    "problems appear.",
                    "Production would keep permissions far beyond what the application uses.",
                ),
                Option(
                    "Write the production policy by reading the application's source code line "
                    "by line.",
                    "It can work, but it is slow and error-prone compared with generating the "
                    "policy from recorded activity.",
                ),
                Option(
                    "Attach ViewOnlyAccess to the production role, since production should not "
                    "change resources.",
                    "The application may need to write to specific resources; the permissions "
                    "should come from what it uses.",
                ),
            ),
            GENERATE_POLICY_URL,
        ),
    ),
    near=("last-accessed", "unused-access", "policy-validation", "features:cloudtrail"),
)

LAST_ACCESSED = Concept(
    id="last-accessed",
    name="IAM last accessed information",
    kind="service",
    subject="IAM last accessed information",
    purpose=(
        "Last accessed information shows when an IAM user, group, role or policy last used "
        "each service (and some actions) it allows, so unused permissions can be removed; in "
        "AWS Organizations it shows the same for services that SCPs allow."
    ),
    heading=_heading("last accessed information"),
    reference=LAST_ACCESSED_URL,
    task="2.2",
    true=(
        Claim(
            "two-types",
            "It shows allowed services and allowed actions, each with the date and time of "
            "the last attempt to use them.",
            "IAM provides two types of last accessed information, allowed AWS service and "
            "allowed action information, with the date and time of the attempt.",
            LAST_ACCESSED_URL,
        ),
        Claim(
            "remove-unused",
            "It helps identify permissions an identity has not used, so that they can be removed.",
            "IAM provides last accessed information to help you identify unused permissions so "
            "that you can remove them.",
            LAST_ACCESSED_URL,
        ),
        Claim(
            "entities",
            "It can be viewed for IAM users, groups, roles and managed policies.",
            "The report covers an IAM resource: a user, group, role or policy.",
            SERVICE_LAST_ACCESSED_API_URL,
        ),
        Claim(
            "attempts",
            "It includes every attempt to access a service, not only the attempts that succeeded.",
            "The service last accessed data includes all attempts to access an AWS API, not "
            "just the successful ones.",
            SERVICE_LAST_ACCESSED_API_URL,
        ),
        Claim(
            "organizations",
            "From the management account, it can be viewed for an organization's root, OUs "
            "and accounts, for services SCPs allow.",
            "Signed in to the management account, you can view service last accessed "
            "information for Organizations entities and SCPs.",
            ORGANIZATIONS_REPORT_API_URL,
        ),
        Claim(
            "cloudtrail-authoritative",
            "To learn whether each call succeeded or was denied, AWS names CloudTrail logs as "
            "the authoritative source.",
            "AWS refers to CloudTrail logs as the authoritative source for all API calls and "
            "whether they were allowed or denied.",
            SERVICE_LAST_ACCESSED_API_URL,
        ),
    ),
    false=(
        Claim(
            "successes-only",
            "It records only successful requests, so an entry proves the service was really used.",
            "It includes all attempts, including denied ones; an unexpected entry does not "
            "mean the request succeeded.",
            SERVICE_LAST_ACCESSED_API_URL,
            negates="attempts",
        ),
        Claim(
            "full-log",
            "It is a full log of each API call, with its source IP address and request parameters.",
            "It shows when services and actions were last accessed; the record of each call is "
            "CloudTrail.",
            SERVICE_LAST_ACCESSED_API_URL,
        ),
        Claim(
            "auto-remove",
            "IAM removes a permission automatically once last accessed data shows it unused "
            "for a year.",
            "It helps you identify unused permissions so that you can remove them; IAM removes "
            "nothing itself.",
            LAST_ACCESSED_URL,
        ),
        Claim(
            "any-member",
            "Any member account can view last accessed data for SCPs across the whole "
            "organization.",
            "The Organizations report must be generated with the management account's credentials.",
            ORGANIZATIONS_REPORT_API_URL,
            negates="organizations",
        ),
        Claim(
            "credential-status",
            "It lists each IAM user's password and access key status, for a credentials audit.",
            "The status of users' passwords, access keys and MFA devices is in the credential "
            "report.",
            CREDENTIAL_REPORT_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "group-services",
            "check when the members of a user group last used each service the group's "
            "policies allow, before trimming those policies",
            "Last accessed information is available for IAM groups and shows when each allowed "
            "service was last accessed by the group's members.",
        ),
        Scenario(
            "scp-services",
            "find which services allowed by a service control policy no account in an "
            "organizational unit has used",
            "From the management account, last accessed information for an OU lists the "
            "services its SCPs allow and when they were last used.",
            reference=ORGANIZATIONS_REPORT_API_URL,
        ),
        Scenario(
            "policy-services",
            "see which AWS services a customer managed policy has been used to reach, and when",
            "Last accessed information can be viewed for a managed policy: for each service it "
            "allows, the last time an identity it is attached to used it.",
        ),
    ),
    practices=(
        Practice(
            "power-user-group",
            "A company gave its developer group broad power-user permissions while its needs "
            "were unclear. After 90 days it wants the group to keep only the services the "
            "developers use.",
            "What should the administrator do?",
            Option(
                "Review the group's service last accessed data and drop the services nobody used.",
                "That is AWS's own example: use last accessed information to reduce an IAM "
                "group's permissions to the services its users need.",
            ),
            (
                Option(
                    "Remove the developers from the group one at a time and wait to see who "
                    "complains.",
                    "Trial and error disrupts work and says nothing about which services are "
                    "unused.",
                ),
                Option(
                    "Check the IAM credential report to see which services each developer has "
                    "used.",
                    "The credential report shows the status of credentials, not the services "
                    "they were used with.",
                ),
                Option(
                    "Run the IAM policy simulator on the group for every service the policy "
                    "allows today.",
                    "The simulator shows what the policy allows, not what the developers have "
                    "actually used.",
                ),
            ),
            LAST_ACCESSED_EXAMPLES_URL,
        ),
        Practice(
            "trim-scp",
            "An organization's SCP for its sandbox OU still allows a dozen services. The cloud "
            "team wants to stop allowing the services nobody in the OU uses.",
            "What should the team do first?",
            Option(
                "View the service last accessed data for the sandbox OU from the management "
                "account.",
                "Last accessed information for an OU lists the services allowed by its SCPs "
                "and when principals in its accounts last used them.",
            ),
            (
                Option(
                    "Run the IAM policy simulator in each account for every service the SCP "
                    "allows.",
                    "The simulator answers whether an action would be allowed, not whether "
                    "anyone used it.",
                ),
                Option(
                    "Download the credential report from each account in the OU and compare the "
                    "dates.",
                    "The credential report covers users' credentials, not the services they used.",
                ),
                Option(
                    "Remove services from the SCP one at a time and watch CloudTrail for "
                    "access-denied errors.",
                    "Breaking workloads to find out what they use is the disruption the data "
                    "exists to avoid.",
                ),
            ),
            LAST_ACCESSED_URL,
        ),
    ),
    near=(
        "unused-access",
        "policy-generation",
        "features:credential-report",
        "features:cloudtrail",
    ),
)

POLICY_SIMULATOR = Concept(
    id="policy-simulator",
    name="IAM policy simulator",
    kind="service",
    subject="the IAM policy simulator",
    purpose=(
        "The IAM policy simulator tests whether the policies of a user, group or role, or "
        "policies pasted as text, would allow or deny chosen actions on chosen resources, "
        "without making the requests; it reports neither usage nor outside access."
    ),
    heading=_heading("policy simulator"),
    reference=SIMULATOR_URL,
    task="2.3",
    true=(
        Claim(
            "no-requests",
            "It does not perform the API operations; it only checks whether the policies allow "
            "or deny them.",
            "The simulation does not perform the API operations; it only checks the authorization.",
            SIMULATE_PRINCIPAL_URL,
        ),
        Claim(
            "attached",
            "It can simulate the policies attached to a user, group or role, including a "
            "user's group policies.",
            "It simulates the policies of an IAM user, group or role; for a user it also "
            "includes the policies of the user's groups.",
            SIMULATE_PRINCIPAL_URL,
        ),
        Claim(
            "unattached",
            "It can test policies supplied as text that are not yet attached to any identity.",
            "Policies can be provided as strings and simulated without being attached.",
            SIMULATE_CUSTOM_URL,
        ),
        Claim(
            "missing-resources",
            "It can simulate requests against resources that do not exist in the account.",
            "You can simulate resources that don't exist in your account.",
            SIMULATE_PRINCIPAL_URL,
        ),
        Claim(
            "confirm-live",
            "Its results can differ from the live environment, so AWS recommends confirming "
            "them with real requests.",
            "The simulator's results can differ from your live AWS environment; AWS recommends "
            "checking policies against the live environment after simulating.",
            SIMULATE_CUSTOM_URL,
        ),
        Claim(
            "context",
            "It can be given values for condition keys, so that policies with conditions can "
            "be tested.",
            "Context keys provide details of the request, and the simulation can be given the "
            "values the policies' conditions test.",
            SIMULATE_CUSTOM_URL,
        ),
    ),
    false=(
        Claim(
            "usage",
            "It shows which of a role's permissions were actually used during the last 90 days.",
            "Past use is last accessed information (or unused access findings); the simulator "
            "only evaluates what policies would allow.",
            LAST_ACCESSED_URL,
        ),
        Claim(
            "real-calls",
            "It runs each chosen action against the real resource and reports whether the "
            "call succeeded.",
            "The simulation does not perform the API operations; it only checks the authorization.",
            SIMULATE_PRINCIPAL_URL,
            negates="no-requests",
        ),
        Claim(
            "attached-only",
            "It can test only policies that are already attached to an identity in the account.",
            "Policies supplied as strings can be simulated without being attached to anyone.",
            SIMULATE_CUSTOM_URL,
            negates="unattached",
        ),
        Claim(
            "sharing",
            "It scans resource policies to find resources shared with other AWS accounts.",
            "Finding resources shared outside the account or organization is external access "
            "analysis in IAM Access Analyzer.",
            FINDINGS_URL,
        ),
        Claim(
            "rewrites",
            "It rewrites a policy into its least-privilege form based on the actions tested.",
            "It only reports whether the simulated policies allow or deny each action; "
            "writing policies from activity is policy generation.",
            SIMULATE_PRINCIPAL_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "why-denied",
            "find out which statement blocks a user from stopping EC2 instances",
            "The simulator evaluates the user's policies for the action and shows whether it "
            "is allowed or denied and by which statement.",
            constraint="without stopping any instance",
        ),
        Scenario(
            "before-first-sign-in",
            "confirm that a new user will be able to read a specific DynamoDB table through "
            "the policies of the groups it joins",
            "Simulating a user includes the policies of its groups, for the chosen action and "
            "resource.",
            constraint="before the user signs in for the first time",
        ),
        Scenario(
            "draft-with-groups",
            "test whether draft permissions, added to what a user's groups already grant, would "
            "let that user delete objects in one bucket",
            "The simulator combines a user's attached and group policies with policies "
            "supplied as text, and reports the decision for each action.",
            constraint="before attaching the draft to anyone",
        ),
    ),
    practices=(
        Practice(
            "access-denied",
            "After a policy change, a developer reports an access-denied error when calling "
            "s3:PutObject on one bucket. The administrator wants to see which statement "
            "causes the denial.",
            "What should the administrator do?",
            Option(
                "Run the IAM policy simulator for the developer's user with s3:PutObject on "
                "that bucket.",
                "The simulator evaluates the user's policies, including group policies, for "
                "the action and resource, and reports the decision.",
            ),
            (
                Option(
                    "Check the developer's row in the credential report for the status of their "
                    "access keys.",
                    "The credential report shows credential status, not why a request is denied.",
                ),
                Option(
                    "Look at the developer's service last accessed data to see when Amazon S3 was"
                    " last used.",
                    "It shows when S3 was last accessed, not which statement denies the action.",
                ),
                Option(
                    "Run IAM Access Analyzer policy validation on the bucket policy and the "
                    "user's policies.",
                    "Validation checks one policy against grammar and best practices; it does "
                    "not decide this user's request.",
                ),
            ),
            SIMULATE_PRINCIPAL_URL,
        ),
    ),
    near=("policy-validation", "last-accessed", "external-access"),
)

CONDITIONS = Concept(
    id="conditions",
    name="Conditions in IAM policies",
    kind="",
    subject="conditions in IAM policies",
    purpose=(
        "The Condition element limits when a statement applies, for example only with MFA, "
        "only from the company's IP ranges or only in chosen Regions, to tighten access beyond "
        "actions and resources."
    ),
    heading=_heading("tightening with conditions#MFA, source IP and Region"),
    reference=CONDITION_KEYS_URL,
    task="2.3",
    true=(
        Claim(
            "request-context",
            "A condition compares keys in the request context, such as the caller's IP "
            "address, with values set in the policy.",
            "The Condition element compares keys in the request context with key values that "
            "you specify in your policy.",
            CONDITION_KEYS_URL,
        ),
        Claim(
            "mfa",
            "The aws:MultiFactorAuthPresent key tests whether MFA was used to validate the "
            "temporary credentials of a request.",
            "That is what the aws:MultiFactorAuthPresent global condition key checks.",
            CONDITION_KEYS_URL,
        ),
        Claim(
            "region",
            "A Deny statement on aws:RequestedRegion can block actions outside the Regions a "
            "company uses.",
            "AWS's example policy denies access to actions outside the Regions specified with "
            "aws:RequestedRegion.",
            DENY_REGION_URL,
        ),
        Claim(
            "source-ip",
            "A Deny statement on aws:SourceIp can block requests that come from outside the "
            "company's IP ranges.",
            "AWS's example policy denies all actions when the request comes from outside the "
            "specified IP ranges.",
            DENY_IP_URL,
        ),
        Claim(
            "deny-grants-nothing",
            "A policy that only denies requests from outside an IP range allows nothing by itself.",
            "AWS notes that its deny-by-IP policy does not allow any actions and must be used "
            "with other policies that allow them.",
            DENY_IP_URL,
        ),
        Claim(
            "global-services",
            "A Region restriction usually exempts global services such as IAM, whose requests "
            "go to us-east-1.",
            "The example exempts CloudFront, IAM, Route 53 and Support, global services with a "
            "single endpoint in us-east-1 that would otherwise be denied.",
            DENY_REGION_URL,
        ),
    ),
    false=(
        Claim(
            "widens",
            "A condition added to an Allow statement makes the statement apply in more situations"
            " than it did without one.",
            "A condition specifies when a statement is in effect; it can only narrow when the "
            "statement applies.",
            CONDITION_ELEMENT_URL,
        ),
        Claim(
            "user-location",
            "aws:RequestedRegion compares the Region a user signs in from, which AWS works out "
            "from the user's location.",
            "aws:RequestedRegion is the Region the request is made to, whatever the caller's "
            "location.",
            DENY_REGION_URL,
        ),
        Claim(
            "resource-policies-only",
            "Conditions can be used only in resource-based policies, such as S3 bucket policies, "
            "never in identity-based ones.",
            "AWS's examples restricting Region and source IP are identity-based policies.",
            DENY_IP_URL,
        ),
        Claim(
            "console-only",
            "Conditions apply only to sign-in through the console, not to requests made with the "
            "AWS CLI or the SDKs.",
            "AWS's Region-restriction example defines permissions for programmatic and console "
            "access alike.",
            DENY_REGION_URL,
        ),
        Claim(
            "deny-also-allows",
            "A Deny on requests from outside an IP range also grants access to every request from"
            " inside that range.",
            "The deny-by-IP policy does not allow any actions; other policies must allow them.",
            DENY_IP_URL,
            negates="deny-grants-nothing",
        ),
    ),
    practices=(
        Practice(
            "office-network",
            "A company's finance team must use AWS only from the office network, whose public "
            "IP range is 203.0.113.0/24. Their groups already allow the actions they need.",
            "What should the administrator do?",
            Option(
                "Add a policy that denies all actions when aws:SourceIp is not in 203.0.113.0/24.",
                "The deny applies from any other address, while the existing policies keep "
                "granting the needed actions from the office.",
            ),
            (
                Option(
                    "Add a policy that allows all actions when aws:SourceIp is in 203.0.113.0/24.",
                    "It grants every action from the office and denies nothing elsewhere: the "
                    "existing allows still work from any network.",
                ),
                Option(
                    "Add the office IP range to the account password policy so sign-ins from "
                    "elsewhere fail.",
                    "The password policy sets password rules; it has no network settings.",
                ),
                Option(
                    "Require the finance users to sign in with MFA on every console and CLI "
                    "session.",
                    "MFA proves who signs in, not where the request comes from.",
                ),
            ),
            DENY_IP_URL,
        ),
        Practice(
            "two-regions",
            "A company's only AWS account must keep all workloads in eu-west-1 and "
            "eu-central-1. Administrators still need IAM and other global services.",
            "What should the company do?",
            Option(
                "Attach a policy that denies actions when aws:RequestedRegion is neither "
                "Region, exempting global services.",
                "Global services such as IAM have their endpoint in us-east-1, so they are "
                "exempted while everything else is kept in the two Regions.",
            ),
            (
                Option(
                    "Attach a policy that denies every action, global services included, when "
                    "aws:RequestedRegion is neither Region.",
                    "Requests to global services such as IAM go to us-east-1 and would be "
                    "denied too.",
                ),
                Option(
                    "Attach a policy that allows all actions when aws:RequestedRegion is one "
                    "of the two Regions.",
                    "An allow grants more; it does not stop other policies from allowing "
                    "actions in other Regions.",
                ),
                Option(
                    "Tag every resource with its approved Region and remind teams to check the "
                    "tag before launching.",
                    "Tags describe resources; they restrict nothing unless a policy tests "
                    "them, and they do not limit where new resources are created.",
                ),
            ),
            DENY_REGION_URL,
        ),
    ),
    near=("abac", "features:tags", "policy-types:permissions-boundary"),
)

ABAC = Concept(
    id="abac",
    name="Attribute-based access control (ABAC)",
    kind="",
    subject="attribute-based access control (ABAC) in AWS",
    purpose=(
        "ABAC grants permissions based on attributes, which AWS calls tags: a policy allows an "
        "action when the principal's tag matches the resource's, so new resources and people "
        "rarely need a policy change."
    ),
    heading=_heading("tightening with conditions#ABAC with tags"),
    reference=ABAC_URL,
    task="2.3",
    true=(
        Claim(
            "tags",
            "ABAC defines permissions based on attributes, which in AWS are called tags.",
            "ABAC is an authorization strategy that defines permissions based on attributes; "
            "AWS calls these attributes tags.",
            ABAC_URL,
        ),
        Claim(
            "matching-tags",
            "An ABAC policy can allow an operation when the principal's tag matches the "
            "resource's tag.",
            "ABAC policies can be designed to allow operations when the principal's tag "
            "matches the resource tag.",
            ABAC_URL,
        ),
        Claim(
            "few-policies",
            "A single ABAC policy, or a small set of them, can serve many IAM principals.",
            "You can create a single ABAC policy or a small set of policies for your IAM "
            "principals.",
            ABAC_URL,
        ),
        Claim(
            "scaling",
            "ABAC helps in environments that are scaling, where policy management has become "
            "complex.",
            "AWS describes ABAC as helpful in environments that are scaling and where identity "
            "or resource policy management has become complex.",
            ABAC_URL,
        ),
        Claim(
            "fewer-updates",
            "ABAC reduces the need to update permission policies as teams and resources change.",
            "ABAC helps reduce the need to update permission policies and can base access on "
            "employee attributes from the corporate directory.",
            ABAC_TAGGING_URL,
        ),
    ),
    false=(
        Claim(
            "network",
            "ABAC grants permissions based on the IP address and device a request comes from.",
            "The attributes ABAC uses in AWS are tags on principals and resources.",
            ABAC_URL,
        ),
        Claim(
            "iam-roles",
            "ABAC is another name for granting access through IAM roles instead of IAM users.",
            "ABAC is about tags; the traditional model, RBAC, uses 'role' for a job function, "
            "which is distinct from an IAM role.",
            ABAC_URL,
        ),
        Claim(
            "list-each-resource",
            "ABAC requires a new policy statement that names each resource a team creates.",
            "With matching tags, new resources are covered without updating the policy.",
            ABAC_TAGGING_URL,
            negates="fewer-updates",
        ),
        Claim(
            "tag-grants",
            "Tagging a resource with a team's name lets that team use it, even without a policy.",
            "A tag is an attribute; access comes from a policy that compares the principal's "
            "and the resource's tags.",
            ABAC_URL,
        ),
        Claim(
            "job-functions",
            "The AWS managed policies for job functions are AWS's implementation of ABAC.",
            "Job-function policies align permissions to a job function, the RBAC model, not "
            "to tags.",
            ABAC_URL,
        ),
    ),
    practices=(
        Practice(
            "project-teams",
            "Three project teams share one AWS account. Each team may manage only its own "
            "project's EC2 instances, and new projects start every month.",
            "Which approach scales with the least policy maintenance?",
            Option(
                "Tag principals and instances by project and allow actions only when the tags "
                "match.",
                "One ABAC policy covers every project: a new project needs tags, not a new policy.",
            ),
            (
                Option(
                    "Write one policy per project that lists the ARNs of every instance the "
                    "project runs.",
                    "Each new instance and each new project means editing or adding policies.",
                ),
                Option(
                    "Create one IAM user per project and share its sign-in credentials with the "
                    "whole team.",
                    "Shared credentials hide who did what and still need per-project policies.",
                ),
                Option(
                    "Give every team full EC2 access and rely on a naming convention to tell "
                    "instances apart.",
                    "A naming convention restricts nothing; every team could change every "
                    "instance.",
                ),
            ),
            ABAC_URL,
        ),
    ),
    near=("conditions", "features:tags", "job-function-policies"),
)

REMOVE_UNUSED = Concept(
    id="remove-unused",
    name="Removing unused credentials and roles",
    kind="",
    subject="removing unused IAM credentials and roles",
    purpose=(
        "Credentials and roles no one needs are removed: passwords and access keys are deleted "
        "(or at least changed or deactivated), and a role is deleted after checking its last "
        "activity and that no running workload still uses it."
    ),
    heading=_heading("the principle#review and remove"),
    reference=FINDING_UNUSED_URL,
    task="2.3",
    true=(
        Claim(
            "remove-credentials",
            "AWS recommends removing IAM user passwords and access keys that are no longer "
            "needed, such as when someone leaves.",
            "To increase security, remove IAM user credentials that are not needed, for example "
            "when users leave the organization or no longer need AWS access.",
            FINDING_UNUSED_URL,
        ),
        Claim(
            "delete-or-deactivate",
            "Unneeded credentials are ideally deleted; at the very least the password is "
            "changed and the access keys deactivated.",
            "AWS: ideally you delete credentials that are no longer needed; at the very least "
            "change the password or deactivate the access keys.",
            FINDING_UNUSED_URL,
        ),
        Claim(
            "recreate-later",
            "An unneeded credential can be deleted without regret, because a new one can be "
            "created later if needed.",
            "You can always recreate credentials at a later date if the need arises.",
            FINDING_UNUSED_URL,
        ),
        Claim(
            "last-sign-in",
            "The IAM console's list of users can show each user's console last sign-in, which "
            "reveals unused passwords.",
            "The Console last sign-in column of the Users table shows when each user last "
            "signed in through the console.",
            FINDING_UNUSED_URL,
        ),
        Claim(
            "check-last-activity",
            "Before deleting a role, AWS recommends checking its last activity so as not to "
            "remove access someone still uses.",
            "Review when the role was last used (Last activity on the Roles page) before "
            "deleting it, so you don't remove access from someone using it.",
            ROLE_DELETE_URL,
        ),
        Claim(
            "tracking-400-days",
            "A role's last activity is tracked for the trailing 400 days, so older use doesn't "
            "show in it.",
            "The tracking period for a role's last activity is the trailing 400 days; the role "
            "might have been used longer ago.",
            ROLE_DELETE_URL,
        ),
        Claim(
            "running-instances",
            "Deleting a role that running EC2 instances use breaks the applications on those "
            "instances.",
            "AWS warns that deleting a role or instance profile associated with a running "
            "instance breaks applications running on it.",
            ROLE_DELETE_URL,
        ),
    ),
    false=(
        Claim(
            "auto-deactivate",
            "IAM deactivates an access key by itself once the key has gone unused for 90 days.",
            "AWS leaves unused credentials in place until you find and remove them; it "
            "recommends that you delete or deactivate them.",
            FINDING_UNUSED_URL,
        ),
        Claim(
            "keep-just-in-case",
            "Unneeded access keys should stay active in case they are needed again, since a "
            "deleted key can't be replaced.",
            "Credentials no longer needed should be deleted; a new one can be created later if "
            "the need arises.",
            FINDING_UNUSED_URL,
            negates="recreate-later",
        ),
        Claim(
            "cloudtrail-only",
            "An IAM user's last console sign-in can be found only by searching the account's "
            "CloudTrail logs.",
            "The IAM console's Users table shows the console last sign-in, and the credential "
            "report lists when each password was last used.",
            FINDING_UNUSED_URL,
            negates="last-sign-in",
        ),
        Claim(
            "whole-lifetime",
            "A role's last activity covers the role's whole lifetime, however many years ago it "
            "was last used.",
            "Last activity is tracked for the trailing 400 days only; the role might have been "
            "used more than 400 days ago.",
            ROLE_DELETE_URL,
            negates="tracking-400-days",
        ),
        Claim(
            "instances-keep-going",
            "A role attached to running EC2 instances can be deleted safely, because the "
            "instances keep its permissions until they stop.",
            "Deleting a role or instance profile associated with a running instance breaks the "
            "applications running on it.",
            ROLE_DELETE_URL,
            negates="running-instances",
        ),
        Claim(
            "delete-then-check",
            "AWS recommends deleting idle roles first and checking afterwards whether anyone "
            "still needed them.",
            "AWS recommends reviewing when a role was last used before deleting it.",
            ROLE_DELETE_URL,
            negates="check-last-activity",
        ),
    ),
    practices=(
        Practice(
            "leaver",
            "An engineer left the company yesterday. Their IAM user still has a console "
            "password and an active access key.",
            "What should the administrator do?",
            Option(
                "Delete the user's console password and access key.",
                "Credentials of someone who has left should stop working; AWS suggests deleting "
                "them, or at least changing the password and deactivating the keys.",
            ),
            (
                Option(
                    "Rotate the access key so that the copy the engineer knows no longer works.",
                    "The console password still works, and rotating only creates a new key that "
                    "nobody needs.",
                ),
                Option(
                    "Wait until an unused access analyzer reports the user's credentials as "
                    "unused.",
                    "Findings come only after the tracking period, and the credentials keep "
                    "working until then.",
                ),
                Option(
                    "Remove the user from its IAM groups and keep the credentials for a handover.",
                    "The password and key still sign in, and any policies attached directly to "
                    "the user still apply.",
                ),
            ),
            FINDING_UNUSED_URL,
        ),
        Practice(
            "idle-role",
            "An IAM role shows no last activity in the tracking period. The team wants to "
            "delete it and sees that it belongs to an instance profile.",
            "What should the team do before deleting the role?",
            Option(
                "Make sure no running EC2 instance uses the role or its instance profile.",
                "Deleting a role or instance profile that a running instance uses breaks the "
                "applications on that instance.",
            ),
            (
                Option(
                    "Deactivate the role's access keys so that it can't be used while it waits.",
                    "Roles have no access keys of their own; they hand out temporary credentials "
                    "to those allowed to assume them.",
                ),
                Option(
                    "Download the credential report to see when the role was last used.",
                    "The credential report lists IAM users and their credentials, not roles; the "
                    "role's last activity is on the Roles page.",
                ),
                Option(
                    "Delete it at once, since no activity in the tracking period proves nothing "
                    "depends on it.",
                    "Activity is tracked for 400 days only, and an instance may still be running "
                    "with the role; deleting it would break that instance's applications.",
                ),
            ),
            ROLE_DELETE_URL,
        ),
    ),
    near=(
        "unused-access",
        "last-accessed",
        "features:credential-report",
        "features:best-practices",
    ),
)


TOPIC = Topic(
    id="least-privilege",
    title="Least privilege in practice",
    concepts=(
        PRINCIPLE,
        JOB_FUNCTION_POLICIES,
        EXTERNAL_ACCESS,
        UNUSED_ACCESS,
        POLICY_VALIDATION,
        POLICY_GENERATION,
        LAST_ACCESSED,
        POLICY_SIMULATOR,
        CONDITIONS,
        ABAC,
        REMOVE_UNUSED,
    ),
)
