"""IAM features and best practices: what IAM is, CloudTrail logging, the credential report,
tags and ABAC, granular permissions, federation in brief, the overview best practices, and
how IAM names things: friendly names, ARNs and unique IDs, and the account alias in the
sign-in URL.

MFA devices and access keys belong to the credentials-secrets topic, least-privilege tooling
to the least-privilege topic, IAM Identity Center and Cognito to the workforce-identity topic.
The PCI DSS facts of the old catalogue are gone: no current AWS page we could find states
IAM's PCI DSS scope (the "What is IAM?" page no longer lists it, and the services-in-scope
list could not be checked), and an archived copy of a page is no evidence of what AWS says now.
"""

from quizzes.catalogues.concepts import Claim, Concept, Option, Practice, Scenario, Topic

IAM = "https://docs.aws.amazon.com/IAM/latest/UserGuide/"
# "What is IAM?": authentication and authorization; "Service availability" (eventually
# consistent, replicated across Amazon's data centers around the world); "Service cost
# information" (IAM, IAM Identity Center and AWS STS at no additional charge).
INTRO_URL = IAM + "introduction.html"
# "Resilience in AWS Identity and Access Management": every operation authenticated and
# authorized by IAM; one control plane (US East (N. Virginia)) for all commercial Regions,
# propagated to the data plane of every enabled Region.
RESILIENCE_URL = IAM + "disaster-recovery-resiliency.html"
# Troubleshooting, "Changes that I make are not always immediately visible": keep IAM changes
# out of critical, high-availability code paths and verify they have propagated.
CONSISTENCY_URL = IAM + "troubleshoot_general.html#troubleshoot_general_eventual-consistency"
CLOUDTRAIL_URL = IAM + "cloudtrail-integration.html"
CLOUDTRAIL_WORKS_URL = (
    "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/how-cloudtrail-works.html"
)
CREDENTIAL_REPORT_URL = IAM + "id_credentials_getting-report.html"
TAGS_URL = IAM + "id_tags.html"
ABAC_URL = IAM + "introduction_attribute-based-access-control.html"
POLICIES_URL = IAM + "access_policies.html"
RESOURCE_ELEMENT_URL = IAM + "reference_policies_elements_resource.html"
EFFECT_ELEMENT_URL = IAM + "reference_policies_elements_effect.html"
CONDITION_ELEMENT_URL = IAM + "reference_policies_elements_condition.html"
CONDITION_KEYS_URL = IAM + "reference_policies_condition-keys.html"
EVALUATION_URL = IAM + "reference_policies_evaluation-logic.html"
FEDERATION_URL = IAM + "id_roles_providers.html"
TEMPORARY_CREDENTIALS_URL = IAM + "id_credentials_temp.html"
BEST_PRACTICES_URL = IAM + "best-practices.html"
# "IAM identifiers": the policy language needs ARNs; the Region of IAM ARNs is blank because
# IAM resources are global; paths don't put users in groups; a user that reuses a deleted
# user's name gets a new unique ID.
IDENTIFIERS_URL = IAM + "reference_identifiers.html"
# "Identify AWS resources with Amazon Resource Names (ARNs)": ARNs are not considered secret.
ARNS_URL = IAM + "reference-arns.html"
# "IAM and AWS STS quotas": names of users, groups, roles and instance profiles are unique
# within the account (not case-sensitive).
QUOTAS_URL = IAM + "reference_iam-quotas.html"
# "Using an alias for your AWS account ID" (IAM User Guide; its current page name) and the
# AWS Account Management guide's "Setting or changing your AWS account alias".
ALIAS_URL = IAM + "console-account-alias.html"
ACCOUNT_MANAGEMENT_ALIAS_URL = (
    "https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-alias.html"
)


IAM_SERVICE = Concept(
    id="iam",
    name="AWS Identity and Access Management (IAM)",
    kind="",
    subject="IAM",
    purpose=(
        "IAM controls who is authenticated and authorized to use AWS resources; it is a "
        "global, eventually consistent service offered at no additional charge."
    ),
    heading="security-IAM#features",
    reference=INTRO_URL,
    task="2.3",
    true=(
        Claim(
            "no-charge",
            "IAM is offered at no additional charge; you pay only for the other AWS services "
            "that your identities use.",
            "IAM, IAM Identity Center and AWS STS are offered at no additional charge; you are "
            "charged only when your identities use other AWS services.",
            INTRO_URL,
        ),
        Claim(
            "authn-authz",
            "IAM controls who is authenticated (signed in) and who is authorized (has "
            "permissions) to use resources.",
            "That is how AWS defines IAM: it controls authentication and authorization for "
            "your AWS resources.",
            INTRO_URL,
        ),
        Claim(
            "every-operation",
            "Every operation performed in AWS must be authenticated and authorized by IAM "
            "before it is allowed.",
            "IAM checks each request against the identities and policies stored in IAM to "
            "decide whether it is allowed or denied.",
            RESILIENCE_URL,
        ),
        Claim(
            "all-regions",
            "IAM users, roles and policies work in every enabled AWS Region; you don't create "
            "them once per Region.",
            "There is one IAM control plane for all commercial Regions, and IAM propagates its "
            "configuration to the data plane of every enabled Region.",
            RESILIENCE_URL,
        ),
        Claim(
            "sts-no-charge",
            "AWS STS, which issues temporary credentials, is offered at no additional charge, "
            "like IAM itself.",
            "AWS lists IAM, IAM Identity Center and AWS STS as features of your account "
            "offered at no additional charge.",
            INTRO_URL,
        ),
    ),
    false=(
        Claim(
            "per-user",
            "IAM is billed per IAM user per month, although the first five users in an account "
            "are free.",
            "IAM is offered at no additional charge, whatever the number of users.",
            INTRO_URL,
            negates="no-charge",
        ),
        Claim(
            "free-tier-only",
            "IAM is free only during the 12-month AWS Free Tier; after that it is billed by usage.",
            "IAM has no charge of its own at any time; only the other services your identities "
            "use are billed.",
            INTRO_URL,
            negates="no-charge",
        ),
        Claim(
            "regional",
            "IAM users and roles are Regional, so to work in another Region you must create "
            "them there again.",
            "IAM has one control plane for all commercial Regions and propagates changes to "
            "every enabled Region.",
            RESILIENCE_URL,
            negates="all-regions",
        ),
        Claim(
            "console-only",
            "IAM checks console sign-ins only; each service authorizes its own API calls "
            "without IAM.",
            "Every operation performed in AWS, console or API, must be authenticated and "
            "authorized by IAM.",
            RESILIENCE_URL,
            negates="every-operation",
        ),
        Claim(
            "sts-billed",
            "IAM itself is free, but each AWS STS request for temporary credentials is billed "
            "separately.",
            "AWS STS is offered at no additional charge too.",
            INTRO_URL,
            negates="sts-no-charge",
        ),
    ),
    near=("eventual-consistency", "granular-permissions", "workforce-identity:sts"),
)


EVENTUAL_CONSISTENCY = Concept(
    id="eventual-consistency",
    name="IAM's eventual consistency",
    kind="",
    subject="IAM's eventual consistency",
    purpose=(
        "IAM replicates each change across its servers and Regions, so a change can take a "
        "short time to be visible everywhere; it controls nothing itself."
    ),
    heading="security-IAM#eventual consistency",
    reference=INTRO_URL,
    task="2.3",
    true=(
        Claim(
            "replicated",
            "A successful IAM change is stored at once but must be replicated across IAM, "
            "which can take some time.",
            "IAM is eventually consistent: a successful change is committed and safely "
            "stored, but replicating it across IAM can take some time.",
            INTRO_URL,
        ),
        Claim(
            "what-changes",
            "Creating or updating IAM users, groups, roles or policies are changes that can "
            "take time to become visible.",
            "AWS lists creating or updating users, groups, roles or policies among the changes "
            "that must be replicated.",
            INTRO_URL,
        ),
        Claim(
            "high-availability",
            "IAM achieves high availability by replicating its data across many servers in "
            "Amazon's data centers worldwide.",
            "IAM achieves high availability by replicating data across multiple servers within "
            "Amazon's data centers around the world.",
            INTRO_URL,
        ),
        Claim(
            "critical-paths",
            "AWS advises keeping IAM changes out of an application's critical, high-"
            "availability code paths.",
            "AWS recommends making IAM changes in a separate setup routine run less often, and "
            "verifying they have propagated before production workflows depend on them.",
            CONSISTENCY_URL,
        ),
        Claim(
            "one-control-plane",
            "IAM changes go to one control plane for all commercial Regions, which propagates "
            "them to each enabled Region.",
            "The IAM control plane, in US East (N. Virginia), propagates configuration changes "
            "to the data planes in every enabled Region.",
            RESILIENCE_URL,
        ),
    ),
    false=(
        Claim(
            "instant",
            "A change to an IAM policy takes effect in every Region at the same instant it is "
            "saved.",
            "IAM is eventually consistent: a change must be replicated, which can take some time.",
            INTRO_URL,
            negates="replicated",
        ),
        Claim(
            "may-be-lost",
            "Because IAM replicates changes, a change that IAM reported as successful may later "
            "be lost.",
            "A successful change is committed and safely stored; only its visibility "
            "everywhere takes time.",
            INTRO_URL,
        ),
        Claim(
            "control-plane-per-region",
            "Each Region has its own IAM control plane, so an IAM change must be repeated in "
            "every Region.",
            "There is one IAM control plane for all commercial Regions; it propagates changes "
            "to each enabled Region.",
            RESILIENCE_URL,
            negates="one-control-plane",
        ),
        Claim(
            "deletes-only",
            "Only deletions in IAM take time to replicate; new users and roles can be used "
            "immediately.",
            "Creating or updating users, groups, roles or policies must be replicated too, so "
            "new ones may not be usable at once.",
            INTRO_URL,
            negates="what-changes",
        ),
        Claim(
            "in-request-path",
            "AWS recommends creating IAM roles inside an application's request path so that "
            "they are always fresh.",
            "AWS recommends the opposite: keep IAM changes out of critical, high-availability "
            "code paths.",
            CONSISTENCY_URL,
            negates="critical-paths",
        ),
    ),
    practices=(
        Practice(
            "script-race",
            "A deployment script creates an IAM role and in the very next command launches an "
            "EC2 instance with it. The launch sometimes fails because the role can't be found, "
            "then works when retried.",
            "What should the team do?",
            Option(
                "Create the role in a separate setup step and verify it propagated first.",
                "IAM is eventually consistent; AWS advises making IAM changes outside critical "
                "code paths and verifying they have propagated before relying on them.",
            ),
            (
                Option(
                    "Create the role in the same AWS Region as the instances it will be used by.",
                    "IAM roles aren't created per Region; the delay comes from replication, not "
                    "from a Region mismatch.",
                ),
                Option(
                    "Attach broader policies to the role so that it is accepted sooner.",
                    "A role's permissions have no effect on how fast the role itself propagates.",
                ),
                Option(
                    "Open an AWS Support case to have IAM changes applied immediately.",
                    "Eventual consistency is how IAM is designed; support can't switch it off "
                    "for an account.",
                ),
            ),
            CONSISTENCY_URL,
        ),
    ),
    near=("iam",),
)


CLOUDTRAIL = Concept(
    id="cloudtrail",
    name="AWS CloudTrail",
    kind="service",
    subject="AWS CloudTrail",
    purpose=(
        "AWS CloudTrail records API calls and other activity in an account, including every "
        "IAM and AWS STS call, with who made it, when and from where; it records, it doesn't "
        "block, and it doesn't list credential status."
    ),
    heading="security-IAM#CloudTrail logging",
    reference=CLOUDTRAIL_URL,
    task="2.2",
    true=(
        Claim(
            "iam-sts-calls",
            "CloudTrail captures all API calls for IAM and AWS STS as events, including calls "
            "made from the console.",
            "IAM and AWS STS are integrated with CloudTrail, which captures all their API calls "
            "as events, including calls from the console.",
            CLOUDTRAIL_URL,
        ),
        Claim(
            "who-when-where",
            "A CloudTrail event shows who made an IAM request, when it was made and from which "
            "IP address.",
            "From CloudTrail you can see the IP address a request came from, who made it, when, "
            "and further details.",
            CLOUDTRAIL_URL,
        ),
        Claim(
            "on-by-default",
            "CloudTrail is on when an account is created, and its Event history shows the past "
            "90 days of management events.",
            "Event history is available from account creation and is a viewable, searchable "
            "record of the past 90 days of management events in a Region.",
            CLOUDTRAIL_WORKS_URL,
        ),
        Claim(
            "trail-to-s3",
            "For a record of events beyond 90 days, a CloudTrail trail delivers log files to an "
            "Amazon S3 bucket.",
            "For an ongoing record past 90 days, create a trail (or a CloudTrail Lake event "
            "data store); a trail delivers log files to an S3 bucket.",
            CLOUDTRAIL_WORKS_URL,
        ),
        Claim(
            "all-regions",
            "A CloudTrail trail created in the console applies to all Regions by default.",
            "By default, a trail created in the console logs events from all Regions of the "
            "partition.",
            CLOUDTRAIL_URL,
        ),
    ),
    false=(
        Claim(
            "trail-first",
            "CloudTrail records nothing until a trail is created, so an account's first IAM "
            "calls are never logged.",
            "CloudTrail is enabled when the account is created; Event history shows recent "
            "events without any trail.",
            CLOUDTRAIL_URL,
            negates="on-by-default",
        ),
        Claim(
            "credential-status",
            "CloudTrail lists every IAM user with the current status of their passwords, access "
            "keys and MFA devices.",
            "That is the IAM credential report; CloudTrail records activity, not the current "
            "status of credentials.",
            CREDENTIAL_REPORT_URL,
        ),
        Claim(
            "forever",
            "CloudTrail Event history keeps every event for the life of the account, with no "
            "trail needed.",
            "Event history covers the past 90 days; a trail or CloudTrail Lake keeps events "
            "longer.",
            CLOUDTRAIL_WORKS_URL,
            negates="trail-to-s3",
        ),
        Claim(
            "blocks",
            "CloudTrail blocks IAM API calls that break a company's rules before the calls "
            "are carried out.",
            "CloudTrail records what was requested; allowing or denying a request is the work "
            "of policies.",
            CLOUDTRAIL_URL,
        ),
        Claim(
            "cli-only",
            "CloudTrail records IAM calls made with the AWS CLI and SDKs, but not actions taken "
            "in the console.",
            "CloudTrail captures all IAM and AWS STS API calls, including calls from the console.",
            CLOUDTRAIL_URL,
            negates="iam-sts-calls",
        ),
    ),
    scenarios=(
        Scenario(
            "who-deleted",
            "find out which IAM identity deleted a production S3 bucket yesterday, and from "
            "which IP address",
            "CloudTrail records each API call with the identity that made it, the time and the "
            "source IP address.",
        ),
        Scenario(
            "three-years",
            "keep a record of every IAM and AWS STS API call for three years for its auditors",
            "A CloudTrail trail delivers log files to an S3 bucket, which can keep them as long "
            "as required; Event history alone covers 90 days.",
            reference=CLOUDTRAIL_WORKS_URL,
        ),
        Scenario(
            "last-week-no-setup",
            "see who created a new IAM user last week",
            "CloudTrail is enabled when the account is created; its Event history shows the past "
            "90 days of management events with no setup.",
            constraint="although nothing was set up in advance to record it",
            reference=CLOUDTRAIL_WORKS_URL,
        ),
    ),
    practices=(
        Practice(
            "keep-three-years",
            "Auditors require a company to keep a record of all IAM and AWS STS API calls for "
            "three years.",
            "What should the company do?",
            Option(
                "Create a CloudTrail trail that delivers log files to an Amazon S3 bucket.",
                "A trail gives an ongoing record beyond the 90 days of Event history, stored in "
                "S3 for as long as required.",
            ),
            (
                Option(
                    "Rely on the CloudTrail Event history that every account has in the console.",
                    "Event history covers only the past 90 days of management events.",
                ),
                Option(
                    "Download the IAM credential report every day and archive it.",
                    "The credential report shows the status of users' credentials, not the API "
                    "calls they made.",
                ),
                Option(
                    "Export IAM last accessed information every month.",
                    "Last accessed information shows when services were last used, not a record "
                    "of each call.",
                ),
            ),
            CLOUDTRAIL_WORKS_URL,
        ),
        Practice(
            "who-deleted-role",
            "An IAM role that a production application uses was deleted yesterday. The "
            "security team must find out who deleted it.",
            "What should the team do?",
            Option(
                "Look up the DeleteRole event in the CloudTrail Event history.",
                "CloudTrail records IAM API calls, including who made each one, when, and from "
                "which IP address.",
            ),
            (
                Option(
                    "Generate the IAM credential report and look for the role in it.",
                    "The credential report lists users' credential status, not who called which "
                    "API.",
                ),
                Option(
                    "Check the deleted role's last accessed information.",
                    "Last accessed information shows when services were used, not who deleted "
                    "the role; and the role is gone.",
                ),
                Option(
                    "Run the IAM policy simulator for the DeleteRole action.",
                    "The simulator tests what policies would allow; it doesn't record what "
                    "happened.",
                ),
            ),
            CLOUDTRAIL_URL,
        ),
    ),
    # Without the last two, the third scenario option was drawn from unrelated topics
    # (Amazon RDS, Amazon Cognito); these IAM tools are wrong for every goal below.
    near=(
        "credential-report",
        "least-privilege:last-accessed",
        "tags",
        "least-privilege:unused-access",
        "least-privilege:policy-simulator",
    ),
)


CREDENTIAL_REPORT = Concept(
    id="credential-report",
    name="The IAM credential report",
    kind="service",
    subject="the IAM credential report",
    purpose=(
        "The IAM credential report is a CSV file listing every IAM user with the status of "
        "their passwords, access keys and MFA devices; it is not a log of API calls."
    ),
    heading="security-IAM#credential report",
    reference=CREDENTIAL_REPORT_URL,
    task="2.3",
    true=(
        Claim(
            "contents",
            "The credential report lists all users in the account and the status of their "
            "passwords, access keys and MFA devices.",
            "That is what the credential report contains, user by user.",
            CREDENTIAL_REPORT_URL,
        ),
        Claim(
            "csv",
            "The credential report is a CSV file that you can open in a spreadsheet or process "
            "with your own code.",
            "Credential reports are formatted as comma-separated values (CSV) files.",
            CREDENTIAL_REPORT_URL,
        ),
        Claim(
            "four-hours",
            "IAM generates a new credential report at most once every four hours; earlier "
            "requests get the latest one.",
            "If a report was generated in the past four hours, IAM downloads that one; "
            "otherwise it generates a new one.",
            CREDENTIAL_REPORT_URL,
        ),
        Claim(
            "auditors",
            "The credential report supports auditing and compliance, and you can give it to an "
            "external auditor.",
            "You can provide the report to an external auditor or give the auditor permission "
            "to download it directly.",
            CREDENTIAL_REPORT_URL,
        ),
        Claim(
            "last-used",
            "The credential report shows when each user's password and access keys were last used.",
            "Its columns include password_last_used and the last used date of each access key.",
            CREDENTIAL_REPORT_URL,
        ),
        Claim(
            "any-tool",
            "You can get the credential report from the console, the AWS SDKs and CLI, or the "
            "IAM API.",
            "AWS lists the console, the SDKs and command line tools, and the IAM API.",
            CREDENTIAL_REPORT_URL,
        ),
    ),
    false=(
        Claim(
            "api-calls",
            "The credential report lists every API call that each IAM user made in the past 90 "
            "days.",
            "API calls are recorded by AWS CloudTrail; the credential report shows credential "
            "status.",
            CLOUDTRAIL_URL,
        ),
        Claim(
            "roles",
            "The credential report lists each IAM role with the permissions that its policies "
            "grant.",
            "The credential report lists users and their credentials, not roles or their "
            "permissions.",
            CREDENTIAL_REPORT_URL,
        ),
        Claim(
            "live",
            "The credential report is rebuilt continuously, so each download shows changes "
            "from the past minute.",
            "IAM generates a new report at most once every four hours.",
            CREDENTIAL_REPORT_URL,
            negates="four-hours",
        ),
        Claim(
            "root-only",
            "Only the root user can generate the credential report; no IAM identity can be "
            "allowed to.",
            "Any identity with iam:GenerateCredentialReport and iam:GetCredentialReport can "
            "create and download it.",
            CREDENTIAL_REPORT_URL,
        ),
        Claim(
            "artifact-pdf",
            "The credential report is a PDF that you download from AWS Artifact with AWS's "
            "compliance reports.",
            "The credential report is a CSV file from IAM; AWS Artifact holds AWS's own audit "
            "reports.",
            CREDENTIAL_REPORT_URL,
            negates="csv",
        ),
        Claim(
            "console-only",
            "The credential report can be downloaded only in the IAM console, not with the CLI "
            "or API.",
            "The report is available from the console, the SDKs and command line tools, and the "
            "IAM API.",
            CREDENTIAL_REPORT_URL,
            negates="any-tool",
        ),
    ),
    scenarios=(
        Scenario(
            "auditor-list",
            "give an auditor one downloadable list of every IAM user in the account with the "
            "status of each user's password, access keys and MFA device",
            "The credential report lists all users and the status of their passwords, access "
            "keys and MFA devices, as a CSV file.",
        ),
        Scenario(
            "stale-users",
            "download one CSV file showing, for every IAM user, when the password and each "
            "access key were last used",
            "The credential report shows, for every user, when the password and each access key "
            "were last used.",
        ),
        Scenario(
            "mfa-gaps",
            "check which of its IAM users still have no MFA device, looking at all users at once",
            "The credential report has a column for each user's MFA status, for every user in "
            "the account.",
        ),
    ),
    practices=(
        Practice(
            "auditor-evidence",
            "An external auditor asks a company for evidence of which IAM users have MFA "
            "enabled and when each access key was last used.",
            "What should the company provide?",
            Option(
                "The IAM credential report, downloaded as a CSV file.",
                "The credential report lists every user with MFA status and the last use of "
                "each access key, and AWS suggests it for auditors.",
            ),
            (
                Option(
                    "The CloudTrail Event history of the past 90 days.",
                    "Event history records API calls, not the current MFA status of each user.",
                ),
                Option(
                    "AWS's SOC 2 report downloaded from AWS Artifact.",
                    "AWS Artifact reports cover AWS's own controls, not the company's IAM users.",
                ),
                Option(
                    "A screenshot of each user's security credentials page.",
                    "Screenshots are manual and easy to miss users; the report lists every user "
                    "from IAM itself.",
                ),
            ),
            CREDENTIAL_REPORT_URL,
        ),
        Practice(
            "least-effort-stale",
            "An administrator must find every IAM user whose password or access keys have not "
            "been used for more than 90 days.",
            "Which approach needs the LEAST effort?",
            Option(
                "Download the credential report and filter its last-used columns.",
                "One CSV lists the last use of every user's password and access keys.",
            ),
            (
                Option(
                    "Open each user's page in the IAM console and check the dates one by one.",
                    "It works, but checking users one by one is the most effort of all.",
                ),
                Option(
                    "Search CloudTrail Event history for each user's sign-ins.",
                    "Event history covers only 90 days per Region and must be searched user by "
                    "user; the report already has the dates.",
                ),
                Option(
                    "Ask every user to confirm by email when they last signed in.",
                    "Answers are slow and unreliable; IAM already records last use.",
                ),
            ),
            CREDENTIAL_REPORT_URL,
        ),
    ),
    near=("cloudtrail", "least-privilege:last-accessed", "least-privilege:unused-access"),
)


TAGS = Concept(
    id="tags",
    name="IAM tags",
    kind="service",
    subject="IAM tags",
    purpose=(
        "IAM tags are key-value attributes on users, roles and other IAM resources that "
        "policies can test in conditions (ABAC); a tag grants nothing by itself."
    ),
    heading="security-IAM#IAM tags",
    reference=TAGS_URL,
    task="2.3",
    true=(
        Claim(
            "key-value",
            "An IAM tag is a key-value pair, such as CostCenter=1234, that you can attach to "
            "IAM users and roles.",
            "A tag has a key and an optional value; users, roles, customer managed policies and "
            "other IAM resources can be tagged.",
            TAGS_URL,
        ),
        Claim(
            "in-policies",
            "IAM policies can use tags in conditions to control who can view and interact with "
            "resources.",
            "Besides organizing resources, tags can be used in IAM policies to help control "
            "access.",
            TAGS_URL,
        ),
        Claim(
            "abac-match",
            "An ABAC policy can allow an action when the principal's tag matches the tag on "
            "the resource.",
            "Attribute-based access control defines permissions from attributes, which AWS "
            "calls tags, for example when principal and resource tags match.",
            ABAC_URL,
        ),
        Claim(
            "abac-scales",
            "With ABAC, new resources that are tagged correctly can be reached without "
            "updating any policy.",
            "ABAC permissions scale: an administrator doesn't need to update policies to allow "
            "access to new resources.",
            ABAC_URL,
        ),
        Claim(
            "session-tags",
            "Tags can also be passed as session tags when someone assumes a role or is "
            "federated into AWS.",
            "AWS STS accepts session tags as custom attributes when you assume a role or "
            "federate a user.",
            TAGS_URL,
        ),
    ),
    false=(
        Claim(
            "grants",
            "Attaching the tag admin=true to an IAM user grants that user administrator "
            "permissions.",
            "Tags grant nothing; only policies grant permissions, though they may test tags in "
            "conditions.",
            ABAC_URL,
        ),
        Claim(
            "users-only",
            "IAM tags can be attached only to IAM users; IAM roles and policies can't be tagged.",
            "Roles, customer managed policies and other IAM resources can be tagged as well as "
            "users.",
            TAGS_URL,
            negates="key-value",
        ),
        Claim(
            "billing-only",
            "IAM tags are only for cost allocation reports and can't be referred to in IAM "
            "policies.",
            "Policies can test tags in conditions to control access.",
            TAGS_URL,
            negates="in-policies",
        ),
        Claim(
            "abac-per-resource",
            "With ABAC, the policy must be updated each time a new resource is created for a "
            "project.",
            "ABAC needs no policy update for new resources that carry the right tags; that "
            "update is what role-based policies need.",
            ABAC_URL,
            negates="abac-scales",
        ),
        Claim(
            "abac-is-rbac",
            "ABAC grants permissions based on a person's job function, with one policy per job "
            "function.",
            "Permissions by job function is role-based access control (RBAC); ABAC uses "
            "attributes (tags).",
            ABAC_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "department-labels",
            "label each IAM user and role with its department and cost center and refer to "
            "those labels in policy conditions",
            "Tags are key-value pairs on users and roles that policies can test in conditions.",
        ),
        Scenario(
            "project-instances",
            "let developers manage only the EC2 instances of their own project with one policy "
            "that needs no change when new projects start",
            "With ABAC, one policy allows actions when the principal's project tag matches the "
            "instance's; new projects need only tags.",
            reference=ABAC_URL,
        ),
        Scenario(
            "team-into-session",
            "pass key-value attributes, such as a project name, in its application's AssumeRole "
            "calls so that policies can test them during the role session",
            "Session tags are tags passed when a role is assumed; they become attributes of the "
            "role session that policies can test.",
        ),
    ),
    practices=(
        Practice(
            "abac-projects",
            "A company has 30 project teams, and each team may manage only its own project's "
            "EC2 instances. New projects start every month.",
            "Which approach needs the fewest policy changes as projects are added?",
            Option(
                "Tag people and instances with the project; allow actions when the tags match.",
                "ABAC: one policy compares the principal's and the instance's project tags, so "
                "new projects need tags, not new policies.",
            ),
            (
                Option(
                    "Write a separate policy for each project that lists the ARNs of its "
                    "instances.",
                    "Every new instance or project means another policy edit.",
                ),
                Option(
                    "Create an IAM group per project, each with its own policy.",
                    "Each new project needs a new group and a new policy.",
                ),
                Option(
                    "Put each project's instances in its own Region and allow actions by Region.",
                    "Regions are too few for 30 growing projects, and each new one still needs "
                    "a policy change.",
                ),
            ),
            ABAC_URL,
        ),
        Practice(
            "tag-alone",
            "An administrator tagged a user Department=Finance, expecting the user to reach the "
            "finance team's S3 bucket, but the user's requests are denied.",
            "What should the administrator do?",
            Option(
                "Attach a policy allowing the bucket actions on condition of the Department tag.",
                "Tags grant nothing by themselves; a policy must allow the actions and may test "
                "the tag in a condition.",
            ),
            (
                Option(
                    "Wait a few minutes for the new tag to propagate, since IAM is eventually "
                    "consistent.",
                    "No policy refers to the tag, so waiting changes nothing.",
                ),
                Option(
                    "Add the same Department=Finance tag to the bucket.",
                    "Matching tags still grant nothing unless a policy compares them.",
                ),
                Option(
                    "Add a second tag, Access=Allow, to the user.",
                    "No tag grants access; only a policy does.",
                ),
            ),
            ABAC_URL,
        ),
    ),
    near=(
        "credential-report",
        "cloudtrail",
        "least-privilege:abac",
        "credentials-secrets:parameter-store",
        "organizations:organizations",
    ),
)


GRANULAR = Concept(
    id="granular-permissions",
    name="Granular permissions",
    kind="",
    subject="permissions in IAM policies",
    purpose=(
        "IAM policies grant specific actions on specific resources under specific conditions, "
        "however the request is made."
    ),
    heading="security-IAM#granular permissions",
    reference=POLICIES_URL,
    task="2.3",
    true=(
        Claim(
            "resource-level",
            "A policy can allow an action on one specific resource, named by its ARN in the "
            "Resource element.",
            "The Resource element names the objects a statement applies to, by ARN, so an "
            "action can be allowed on one bucket only.",
            RESOURCE_ELEMENT_URL,
        ),
        Claim(
            "any-method",
            "A permission in an IAM policy applies whichever way the action is performed: "
            "console, AWS CLI or API.",
            "IAM policies define permissions for an action regardless of the method used: a "
            "user allowed GetUser can call it from the console, CLI or API.",
            POLICIES_URL,
        ),
        Claim(
            "conditions",
            "A Condition element can limit when a permission applies, for example to requests "
            "from a given IP range.",
            "The Condition element specifies when a policy is in effect; aws:SourceIp compares "
            "the requester's IP address.",
            CONDITION_KEYS_URL,
        ),
        Claim(
            "default-deny",
            "A new IAM user or role has no permissions until a policy allows them.",
            "By default, all requests are implicitly denied, except for the root user.",
            EVALUATION_URL,
        ),
        Claim(
            "allow-or-deny",
            "Each statement of a policy either allows or explicitly denies the permissions it "
            "lists.",
            "The Effect element is required and is either Allow or Deny.",
            EFFECT_ELEMENT_URL,
        ),
    ),
    false=(
        Claim(
            "per-service",
            "Permissions are all-or-nothing per service: a user gets every Amazon S3 action or "
            "none of them.",
            "Policies name specific actions and resources, down to one object or one bucket.",
            RESOURCE_ELEMENT_URL,
            negates="resource-level",
        ),
        Claim(
            "console-separate",
            "Permissions granted for the console must be granted again separately before the "
            "AWS CLI works.",
            "A policy's permissions apply to an action however it is performed: console, CLI "
            "or API.",
            POLICIES_URL,
            negates="any-method",
        ),
        Claim(
            "open-by-default",
            "A new IAM user can read every resource in the account until a policy denies the "
            "permissions.",
            "All requests are implicitly denied by default; an identity has only the "
            "permissions a policy allows.",
            EVALUATION_URL,
            negates="default-deny",
        ),
        Claim(
            "conditions-scp-only",
            "Condition elements work only in SCPs, not in the permissions policies attached to "
            "users and roles.",
            "The Condition element is part of the IAM policy language and is used in "
            "identity-based policies too.",
            CONDITION_ELEMENT_URL,
        ),
        Claim(
            "allow-only",
            "Policies can only allow permissions; a permission is taken away only by detaching "
            "a policy.",
            "A statement's Effect can be Deny, and an explicit deny overrides any allow.",
            EFFECT_ELEMENT_URL,
            negates="allow-or-deny",
        ),
    ),
    practices=(
        Practice(
            "one-bucket",
            "A developer needs to read objects in one S3 bucket and nothing else.",
            "What should the administrator do?",
            Option(
                "Attach a policy that allows s3:GetObject on that bucket's objects only.",
                "Naming the action and the bucket's ARN grants exactly what the task needs.",
            ),
            (
                Option(
                    "Attach the AWS managed AmazonS3ReadOnlyAccess policy.",
                    "It allows reading every bucket in the account, not just one.",
                ),
                Option(
                    "Attach AmazonS3FullAccess and ask the developer to use only that bucket.",
                    "It allows every S3 action on every bucket; asking is not a control.",
                ),
                Option(
                    "Give the developer the access keys of the team lead who owns the bucket.",
                    "Shared keys carry all of the team lead's permissions, and the activity "
                    "can't be told apart.",
                ),
            ),
            RESOURCE_ELEMENT_URL,
        ),
    ),
    near=("iam", "least-privilege:principle", "least-privilege:conditions", "tags"),
)


FEDERATION = Concept(
    id="federation",
    name="Identity federation",
    kind="",
    subject="identity federation into AWS",
    purpose=(
        "Identity federation lets users whose identities live in an external identity provider "
        "use AWS with temporary credentials, without IAM users."
    ),
    heading="security-IAM#identity federation",
    reference=FEDERATION_URL,
    task="2.3",
    true=(
        Claim(
            "outside-identities",
            "With an identity provider, user identities are managed outside AWS and get access "
            "without any IAM users.",
            "If you already manage user identities outside AWS, you can use identity providers "
            "instead of creating IAM users.",
            FEDERATION_URL,
        ),
        Claim(
            "oidc-saml",
            "IAM supports identity providers that are compatible with OpenID Connect (OIDC) or "
            "SAML 2.0.",
            "An external identity provider gives identity information to AWS using OIDC or "
            "SAML 2.0.",
            FEDERATION_URL,
        ),
        Claim(
            "temporary",
            "Federated users get temporary security credentials from AWS STS rather than "
            "long-term access keys.",
            "AWS STS issues temporary credentials to users who sign in through an external "
            "identity provider.",
            TEMPORARY_CREDENTIALS_URL,
        ),
        Claim(
            "no-embedded-keys",
            "With federation, an application needs no long-term credentials such as access keys "
            "embedded in it.",
            "Identity providers help keep the account secure because you don't distribute or "
            "embed long-term credentials in applications.",
            FEDERATION_URL,
        ),
        Claim(
            "identity-center",
            "For a workforce, AWS recommends IAM Identity Center with an external SAML identity "
            "provider.",
            "AWS recommends managing human users in IAM Identity Center with an external SAML "
            "provider instead of SAML federation in IAM.",
            FEDERATION_URL,
        ),
    ),
    false=(
        Claim(
            "needs-iam-user",
            "Each federated user also needs an IAM user in the account before the identity "
            "provider can sign them in.",
            "Federation replaces IAM users: the identity provider holds the identities.",
            FEDERATION_URL,
            negates="outside-identities",
        ),
        Claim(
            "ad-only",
            "IAM federation works only with Microsoft Active Directory, not with OIDC identity "
            "providers.",
            "IAM supports any identity provider compatible with OIDC or SAML 2.0.",
            FEDERATION_URL,
            negates="oidc-saml",
        ),
        Claim(
            "long-term-keys",
            "Federated users receive long-term access keys the first time they sign in through "
            "the identity provider.",
            "Federated access uses temporary credentials from AWS STS.",
            TEMPORARY_CREDENTIALS_URL,
            negates="temporary",
        ),
        Claim(
            "saml-in-iam",
            "For a workforce, AWS recommends SAML federation set up in each account's IAM rather "
            "than IAM Identity Center.",
            "AWS recommends IAM Identity Center with an external SAML provider for human users.",
            FEDERATION_URL,
            negates="identity-center",
        ),
        Claim(
            "custom-sign-in",
            "Federation requires writing custom sign-in code, because the identity provider only "
            "stores user names.",
            "With an identity provider you don't have to create custom sign-in code or manage "
            "user identities yourself.",
            FEDERATION_URL,
        ),
    ),
    practices=(
        Practice(
            "corporate-directory",
            "A company's 500 employees already have accounts in its corporate directory. They "
            "need to use the AWS Management Console.",
            "What should the company do?",
            Option(
                "Federate the directory with AWS for sign-in with temporary credentials.",
                "Federation uses the identities the company already manages and gives them "
                "temporary credentials, without IAM users.",
            ),
            (
                Option(
                    "Create an IAM user for each employee with the same user name as in the "
                    "directory.",
                    "That duplicates 500 identities as IAM users with long-term credentials.",
                ),
                Option(
                    "Create one IAM user per department and share its password within the "
                    "department.",
                    "Shared credentials can't be traced to a person and are hard to revoke.",
                ),
                Option(
                    "Copy the directory passwords into IAM users every night.",
                    "It still creates IAM users with long-term credentials, now with copied "
                    "passwords to protect.",
                ),
            ),
            FEDERATION_URL,
        ),
    ),
    near=(
        "workforce-identity:identity-center",
        "workforce-identity:saml-federation",
        "workforce-identity:oidc-federation",
        "best-practices",
    ),
)


BEST_PRACTICES = Concept(
    id="best-practices",
    name="IAM security best practices",
    kind="",
    subject="IAM security best practices",
    purpose=(
        "AWS's IAM security best practices: temporary credentials for people and workloads, "
        "least privilege, removing what is unused, conditions and guardrails."
    ),
    heading="security-IAM#best practices",
    reference=BEST_PRACTICES_URL,
    task="2.3",
    ask_true=(
        "Which of the following is an IAM security best practice that AWS recommends?",
        "Which of the following does AWS recommend as an IAM security best practice?",
    ),
    ask_false=(
        "Which of the following is NOT an IAM security best practice that AWS recommends?",
        "Which of the following goes against AWS's IAM security best practices?",
    ),
    ask_many=(
        "Which of the following are IAM security best practices that AWS recommends?",
        "Which of the following does AWS recommend as IAM security best practices?",
    ),
    true=(
        Claim(
            "federate-people",
            "Require people to sign in through an identity provider and use temporary "
            "credentials to reach AWS.",
            "AWS: require human users to use federation with an identity provider to access "
            "AWS using temporary credentials.",
            BEST_PRACTICES_URL,
        ),
        Claim(
            "roles-for-workloads",
            "Require workloads, such as applications on EC2, to use temporary credentials from "
            "IAM roles.",
            "AWS: require workloads to use temporary credentials with IAM roles to access AWS.",
            BEST_PRACTICES_URL,
        ),
        Claim(
            "remove-unused",
            "Regularly review and remove unused users, roles, permissions, policies and "
            "credentials.",
            "AWS lists this as an IAM best practice, to keep only what is needed.",
            BEST_PRACTICES_URL,
        ),
        Claim(
            "conditions",
            "Use conditions in IAM policies to restrict access further, for example to requests "
            "sent with SSL.",
            "AWS: use conditions in IAM policies to further restrict access, such as requiring "
            "SSL.",
            BEST_PRACTICES_URL,
        ),
        Claim(
            "managed-then-narrow",
            "Start with AWS managed policies, then move toward least-privilege policies for "
            "your use cases.",
            "AWS: get started with AWS managed policies and move toward least-privilege "
            "permissions.",
            BEST_PRACTICES_URL,
        ),
        Claim(
            "guardrails",
            "Set permissions guardrails across multiple accounts with AWS Organizations policies.",
            "AWS: establish permissions guardrails across multiple accounts, for example with "
            "SCPs.",
            BEST_PRACTICES_URL,
        ),
    ),
    false=(
        Claim(
            "iam-user-each",
            "Give each employee an IAM user with a password and long-term access keys of their "
            "own.",
            "AWS recommends federation with temporary credentials for people; IAM users are for "
            "the few cases federation can't cover.",
            BEST_PRACTICES_URL,
            negates="federate-people",
        ),
        Claim(
            "keys-on-instances",
            "Store an IAM user's access keys in an encrypted file on EC2 instances for "
            "applications to use.",
            "Workloads should use temporary credentials from IAM roles, not stored long-term keys.",
            BEST_PRACTICES_URL,
            negates="roles-for-workloads",
        ),
        Claim(
            "keep-unused-roles",
            "Leave unused IAM roles in place, since a role that nobody assumes can't be misused.",
            "Unused roles, users and credentials should be reviewed and removed.",
            BEST_PRACTICES_URL,
            negates="remove-unused",
        ),
        Claim(
            "managed-forever",
            "Keep broad AWS managed policies permanently, because AWS tailors them to each "
            "account's needs.",
            "AWS managed policies are the same for everyone; move toward least-privilege "
            "policies for your use cases.",
            BEST_PRACTICES_URL,
            negates="managed-then-narrow",
        ),
        Claim(
            "shared-team-user",
            "Let a small team share one IAM user so that the account has fewer long-term "
            "credentials.",
            "Shared credentials can't be traced to one person; people should federate and use "
            "temporary credentials.",
            BEST_PRACTICES_URL,
        ),
    ),
    practices=(
        Practice(
            "people-federate",
            "Forty developers each use an IAM user with a password and access keys. The "
            "security team wants to follow AWS's current recommendation for how people reach "
            "AWS.",
            "What should the company do?",
            Option(
                "Move the developers to an identity provider that issues temporary credentials.",
                "AWS recommends that human users federate with an identity provider and use "
                "temporary credentials.",
            ),
            (
                Option(
                    "Keep the IAM users and update every developer's access keys every 90 days.",
                    "Updating keys still leaves long-term credentials; AWS recommends temporary "
                    "credentials for people.",
                ),
                Option(
                    "Put the developers into IAM groups and attach policies to the groups.",
                    "Groups simplify permissions, but the developers still sign in with "
                    "long-term credentials.",
                ),
                Option(
                    "Enforce a stricter account password policy for all of the developers' IAM "
                    "users.",
                    "Stronger passwords don't replace long-term credentials with temporary ones.",
                ),
            ),
            BEST_PRACTICES_URL,
        ),
        Practice(
            "workload-keys",
            "An application on EC2 instances reads an S3 bucket with an IAM user's access keys "
            "stored in a configuration file.",
            "What should the team do?",
            Option(
                "Give the instances an IAM role and delete the stored access keys.",
                "Workloads should use temporary credentials from IAM roles; the role's "
                "credentials are delivered and rotated automatically.",
            ),
            (
                Option(
                    "Move the access keys into environment variables on each instance.",
                    "The long-term keys are still on the instances, only in another place.",
                ),
                Option(
                    "Update the access keys every 30 days with a script.",
                    "Updated keys are still long-term credentials stored on the instances.",
                ),
                Option(
                    "Encrypt the configuration file that holds the keys.",
                    "Encryption doesn't remove the long-term credentials the application "
                    "decrypts and uses.",
                ),
            ),
            BEST_PRACTICES_URL,
        ),
        Practice(
            "unused-review",
            "A review finds IAM roles no one has assumed for a year and IAM users whose access "
            "keys haven't been used for months.",
            "What should the company do?",
            Option(
                "Remove the unused roles, users and keys once they are confirmed unneeded.",
                "AWS recommends regularly reviewing and removing unused users, roles, "
                "permissions, policies and credentials.",
            ),
            (
                Option(
                    "Leave them in place, since identities that nobody uses can't be misused.",
                    "Unused identities and keys still work for anyone who obtains them.",
                ),
                Option(
                    "Update the unused access keys so that the old ones can't leak.",
                    "New keys keep unneeded credentials alive instead of removing them.",
                ),
                Option(
                    "Add MFA devices to the unused IAM users to protect them from misuse.",
                    "MFA protects identities that are needed; unneeded ones should be removed.",
                ),
            ),
            BEST_PRACTICES_URL,
        ),
        Practice(
            "office-only",
            "A policy lets administrators stop EC2 instances. The company wants those requests "
            "allowed only when they come from its corporate network's IP range.",
            "What should the company do?",
            Option(
                "Add an aws:SourceIp condition to the statement that allows stopping instances.",
                "Conditions restrict when a permission applies; aws:SourceIp compares the "
                "requester's IP address.",
            ),
            (
                Option(
                    "Restrict the instances' security group rules to the corporate network's IP "
                    "range.",
                    "Security groups filter network traffic to instances, not calls to the EC2 "
                    "API.",
                ),
                Option(
                    "Record stop requests from other addresses with AWS CloudTrail.",
                    "CloudTrail records the requests after the fact; it doesn't deny them.",
                ),
                Option(
                    "Require the administrators to sign in with MFA before they stop instances.",
                    "MFA proves who is making the request, not which network it comes from.",
                ),
            ),
            CONDITION_KEYS_URL,
        ),
    ),
    near=(
        "federation",
        "least-privilege:principle",
        "organizations:scp",
        "policy-types:permissions-boundary",
    ),
)


IDENTIFIERS = Concept(
    id="identifiers",
    name="IAM identifiers (friendly names, ARNs and unique IDs)",
    kind="",
    subject="IAM identifiers",
    purpose=(
        "IAM names each user, group, role and policy by a friendly name unique in the account, "
        "an ARN (which policies use, with a blank Region because IAM is global) and a unique "
        "ID; none of them is a secret or a credential."
    ),
    heading="security-IAM-features#identifiers",
    reference=IDENTIFIERS_URL,
    task="2.3",
    true=(
        Claim(
            "policy-language",
            "The IAM policy language names resources by their ARN; a friendly name such as Bob "
            "alone is not enough.",
            "Most resources have a friendly name, but the permissions policy language requires "
            "you to specify resources in the ARN format.",
            IDENTIFIERS_URL,
        ),
        Claim(
            "blank-region",
            "The Region part of an IAM user's or role's ARN is always blank, because IAM "
            "resources are global.",
            "For IAM resources the Region is always kept blank: the Region portion of an IAM "
            "ARN is blank because IAM resources are global.",
            IDENTIFIERS_URL,
        ),
        Claim(
            "account-and-name",
            "An IAM user's ARN holds the account ID and the user name, as in "
            "arn:aws:iam::123456789012:user/JohnDoe.",
            "An IAM ARN names the partition, the service (iam), the account ID without hyphens "
            "and the resource, such as user/JohnDoe.",
            IDENTIFIERS_URL,
        ),
        Claim(
            "not-secret",
            "ARNs are not treated as secret or confidential information, though they should "
            "still be shared with care.",
            "AWS: ARNs should be used and shared carefully, but they are not considered secret, "
            "sensitive or confidential information.",
            ARNS_URL,
        ),
        Claim(
            "unique-names",
            "Within one AWS account, each IAM user, group and role must have a name of its own.",
            "Names of users, groups, roles and instance profiles must be unique within the "
            "account, and case doesn't make them different.",
            QUOTAS_URL,
        ),
        Claim(
            "new-unique-id",
            "An IAM user created with the name of a deleted user still gets a unique ID of its "
            "own.",
            "Every IAM user has a unique ID, even a new user that reuses a friendly name you "
            "deleted before.",
            IDENTIFIERS_URL,
        ),
    ),
    false=(
        Claim(
            "region-in-arn",
            "An IAM role's ARN includes the Region the role was created in, such as "
            "arn:aws:iam:us-east-1:123456789012:role/App.",
            "The Region part of IAM ARNs is blank: IAM resources are global, not created per "
            "Region.",
            IDENTIFIERS_URL,
            negates="blank-region",
        ),
        Claim(
            "arn-is-secret",
            "An ARN is a secret like an access key: anyone who learns a role's ARN can act "
            "with that role.",
            "ARNs are not considered secret; using a role still takes credentials and a trust "
            "policy that allows it.",
            ARNS_URL,
            negates="not-secret",
        ),
        Claim(
            "friendly-name-enough",
            "A policy can name an IAM user in its Resource element by friendly name alone, "
            'such as "Bob".',
            "The permissions policy language requires resources to be specified in the ARN format.",
            IDENTIFIERS_URL,
            negates="policy-language",
        ),
        Claim(
            "same-name-paths",
            "Two IAM users in one account can share a user name as long as their paths are "
            "different.",
            "User names must be unique within the account, whatever their paths.",
            QUOTAS_URL,
            negates="unique-names",
        ),
        Claim(
            "path-is-group",
            "Giving an IAM user the same path as an IAM group makes the user a member of that "
            "group.",
            "IAM doesn't put a user in a group because they share a path, and enforces no "
            "boundaries based on paths.",
            IDENTIFIERS_URL,
        ),
    ),
    practices=(
        Practice(
            "one-role",
            "A policy must allow an action on one IAM role only, named S3Access, in account "
            "123456789012.",
            "What should the Resource element contain?",
            Option(
                "Name the role by its ARN, arn:aws:iam::123456789012:role/S3Access.",
                "Policies name resources by ARN; for IAM the Region part is blank, and the ARN "
                "ends with the role's name.",
            ),
            (
                Option(
                    'Name the role by its friendly name alone, "S3Access".',
                    "The permissions policy language requires resources in the ARN format.",
                ),
                Option(
                    "Name it as arn:aws:iam:us-east-1:123456789012:role/S3Access for the "
                    "Region it is used in.",
                    "IAM ARNs have a blank Region, because IAM resources are global.",
                ),
                Option(
                    "Name arn:aws:iam::123456789012:role/* so that later copies of the role are "
                    "covered too.",
                    "The wildcard matches every role in the account, far more than the one role "
                    "the policy is for.",
                ),
            ),
            IDENTIFIERS_URL,
        ),
    ),
    near=("granular-permissions", "iam", "account-alias"),
)


ACCOUNT_ALIAS = Concept(
    id="account-alias",
    name="An AWS account alias",
    kind="service",
    subject="an AWS account alias",
    purpose=(
        "An account alias replaces the 12-digit account ID in the sign-in URL of the account's "
        "IAM users with a name; an account has one alias, which is public, and it changes "
        "nothing in ARNs, policies or permissions."
    ),
    heading="security-IAM-features#sign-in URL#account alias",
    reference=ALIAS_URL,
    task="2.3",
    true=(
        Claim(
            "default-url",
            "Without an alias, IAM users sign in at a URL that contains the account's 12-digit ID.",
            "By default, IAM users sign in using a web URL that includes the account ID, such "
            "as https://Your_Account_ID.signin.aws.amazon.com/console/.",
            ALIAS_URL,
        ),
        Claim(
            "alias-url",
            "With an alias, the IAM users' sign-in URL shows the alias in place of the account ID.",
            "The sign-in page URL becomes https://Your_Account_Alias.signin.aws.amazon.com/"
            "console/.",
            ALIAS_URL,
        ),
        Claim(
            "one-alias",
            "An AWS account can have only one alias; a new alias replaces the old one, whose "
            "URL stops working.",
            "Your AWS account can have only one alias: a new alias overwrites the previous one, "
            "and the URL containing the previous alias stops working.",
            ACCOUNT_MANAGEMENT_ALIAS_URL,
        ),
        Claim(
            "id-url-stays",
            "The sign-in URL with the account ID keeps working after an alias has been created.",
            "The original URL containing your AWS account ID remains active after you create "
            "the alias.",
            ACCOUNT_MANAGEMENT_ALIAS_URL,
        ),
        Claim(
            "globally-unique",
            "An alias must be unique across all Amazon Web Services products, using lowercase "
            "letters, digits and hyphens.",
            "The alias must be unique across all Amazon Web Services products and contain only "
            "lowercase letters, digits and hyphens.",
            ACCOUNT_MANAGEMENT_ALIAS_URL,
        ),
        Claim(
            "public",
            "An alias is not a secret: it appears in the public sign-in URL, so it must not "
            "hold sensitive information.",
            "Account aliases are not secrets and appear in the public-facing sign-in page URL; "
            "AWS warns not to put sensitive information in them.",
            ALIAS_URL,
        ),
    ),
    false=(
        Claim(
            "one-per-team",
            "An AWS account can have several aliases, for example one sign-in URL for each team.",
            "An account has only one alias; creating a new one overwrites the previous alias.",
            ACCOUNT_MANAGEMENT_ALIAS_URL,
            negates="one-alias",
        ),
        Claim(
            "id-url-stops",
            "Once an alias is created, the sign-in URL containing the account ID stops working.",
            "The original URL with the account ID remains active and can still be used.",
            ACCOUNT_MANAGEMENT_ALIAS_URL,
            negates="id-url-stays",
        ),
        Claim(
            "kept-secret",
            "An alias is kept secret by AWS, so it can safely contain internal project code names.",
            "Aliases are not secrets: they appear in the public sign-in URL, and AWS warns "
            "against sensitive information in them.",
            ALIAS_URL,
            negates="public",
        ),
        Claim(
            "org-unique",
            "An alias only has to be unique among the accounts of the same organization in AWS "
            "Organizations.",
            "An alias must be unique across all Amazon Web Services products, not just within "
            "an organization.",
            ACCOUNT_MANAGEMENT_ALIAS_URL,
            negates="globally-unique",
        ),
        Claim(
            "replaces-id-in-arns",
            "An alias replaces the 12-digit account ID in the ARNs and policies of the "
            "account's resources.",
            "The alias changes only the IAM users' sign-in URL; ARNs still carry the account ID "
            "without hyphens.",
            IDENTIFIERS_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "memorable-sign-in",
            "give its IAM users a sign-in web address with its own name in it instead of a "
            "12-digit number",
            "An account alias replaces the account ID in the IAM users' sign-in URL.",
        ),
        Scenario(
            "rebrand-sign-in",
            "replace its old name with its new one in the web address where its IAM users sign in",
            "Creating a new alias overwrites the old one; the old alias URL stops working, the "
            "URL with the account ID keeps working.",
            reference=ACCOUNT_MANAGEMENT_ALIAS_URL,
        ),
        Scenario(
            "easier-to-remember",
            "make the sign-in page of its IAM users easier to remember than a long number",
            "Words are easier to remember than numbers, so an alias in the sign-in URL helps IAM "
            "users sign in.",
            constraint="without changing any user, policy or permission",
        ),
    ),
    practices=(
        Practice(
            "renamed-company",
            "A company called Example Foods has renamed itself Example Kitchens. Its IAM users "
            "sign in at https://examplefoods.signin.aws.amazon.com/console.",
            "What should the administrator do so that they can sign in at a URL with the new name?",
            Option(
                "Create the alias examplekitchens and send users the new sign-in URL.",
                "The new alias overwrites the old one; the URL with the old alias stops working, "
                "so users need the new URL.",
            ),
            (
                Option(
                    "Add examplekitchens as a second alias so that both sign-in URLs keep working.",
                    "An account can have only one alias; the new alias replaces the old one.",
                ),
                Option(
                    "Tag every IAM user with Company=examplekitchens so that the sign-in page "
                    "changes.",
                    "Tags label users for policies and reports; they don't change the sign-in URL.",
                ),
                Option(
                    "Change the root user's email address to one at the new company's domain.",
                    "The IAM users' sign-in URL uses the account alias or ID, not the root user's "
                    "email address.",
                ),
            ),
            ACCOUNT_MANAGEMENT_ALIAS_URL,
        ),
    ),
    # The access portal has a sign-in URL of its own, for Identity Center users, not IAM
    # users: a fair look-alike, where unrelated services (GuardDuty) were drawn before.
    near=(
        "identifiers",
        "root-only:admin-tasks",
        "tags",
        "workforce-identity:identity-center",
        "organizations:organizations",
    ),
)


TOPIC = Topic(
    id="features",
    title="IAM features and best practices",
    concepts=(
        IAM_SERVICE,
        EVENTUAL_CONSISTENCY,
        CLOUDTRAIL,
        CREDENTIAL_REPORT,
        TAGS,
        GRANULAR,
        FEDERATION,
        BEST_PRACTICES,
        IDENTIFIERS,
        ACCOUNT_ALIAS,
    ),
)
