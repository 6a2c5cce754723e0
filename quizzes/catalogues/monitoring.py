"""Auditing and monitoring access (CLF-C02 2.2), from AWS's pages.

The services a Cloud Practitioner must tell apart when the question is about identities and
access: AWS Config (what an IAM resource looked like, and whether it follows a rule), Amazon
GuardDuty (is someone misusing our credentials), AWS Security Hub (posture checks and findings
in one place), AWS Trusted Advisor (best-practice recommendations), Amazon Detective
(investigate a finding), Amazon CloudWatch (alarms on CloudTrail events) and AWS Audit Manager
(audit evidence). Which service answers which question is a concept of its own.

Owned elsewhere and only referred to: AWS CloudTrail and the IAM credential report (features),
IAM Access Analyzer (least-privilege), AWS Artifact (shared-responsibility).
"""

from quizzes.catalogues.concepts import Claim, Concept, Option, Practice, Scenario, Topic

NOTE = "monitoring-access"

IAM_GUIDE = "https://docs.aws.amazon.com/IAM/latest/UserGuide/"
CONFIG_GUIDE = "https://docs.aws.amazon.com/config/latest/developerguide/"
GUARDDUTY_GUIDE = "https://docs.aws.amazon.com/guardduty/latest/ug/"
SECURITY_HUB_GUIDE = "https://docs.aws.amazon.com/securityhub/latest/userguide/"
AUDIT_MANAGER_GUIDE = "https://docs.aws.amazon.com/audit-manager/latest/userguide/"

# Pages owned by other topics, cited here where a claim says "that is the other service".
CLOUDTRAIL_URL = IAM_GUIDE + "cloudtrail-integration.html"
CREDENTIAL_REPORT_URL = IAM_GUIDE + "id_credentials_getting-report.html"
ACCESS_ANALYZER_FINDINGS_URL = IAM_GUIDE + "access-analyzer-findings.html"
ARTIFACT_FAQ_URL = "https://aws.amazon.com/artifact/faq/"

# AWS Config. "Provides a detailed view of the configuration of AWS resources … how they were
# configured in the past"; history is kept "from the time you start the configuration recorder".
CONFIG_HOW_URL = CONFIG_GUIDE + "how-does-config-work.html"
# "If a resource does not comply with rule, AWS Config flags the resource and the rule as
# noncompliant."
CONFIG_RULES_URL = CONFIG_GUIDE + "evaluate-config-rules.html"
# "Proactive rules do not remediate resources that are flagged as NON_COMPLIANT or prevent them
# from being deployed." (Detective rules evaluate resources already deployed.)
CONFIG_MODES_URL = CONFIG_GUIDE + "managed-rules-by-evaluation-mode.html"
# The rule page names the global IAM resource types AWS Config records: AWS::IAM::Group,
# AWS::IAM::Policy, AWS::IAM::Role and AWS::IAM::User.
ROOT_MFA_RULE_URL = CONFIG_GUIDE + "root-account-mfa-enabled.html"
# Parameter maxCredentialUsageAge, "Default: 90".
UNUSED_CREDENTIALS_RULE_URL = CONFIG_GUIDE + "iam-user-unused-credentials-check.html"
# "AWS Config applies remediation using AWS Systems Manager Automation documents."
CONFIG_REMEDIATION_URL = CONFIG_GUIDE + "remediation.html"
REVOKE_RUNBOOK_URL = (
    "https://docs.aws.amazon.com/systems-manager-automation-runbooks/latest/userguide/"
    "automation-aws-revoke-iam-user.html"
)
# "A collection of AWS Config rules and remediation actions that can be easily deployed as a
# single entity in an account and a Region or across an organization."
CONFORMANCE_PACKS_URL = CONFIG_GUIDE + "conformance-packs.html"

# Amazon GuardDuty.
GUARDDUTY_FEATURES_URL = "https://aws.amazon.com/guardduty/features/"
# "Uses of exposed credentials"; "unusual API calls like a password policy change to reduce
# password strength"; findings in the console "or through Amazon EventBridge".
GUARDDUTY_API_URL = "https://docs.aws.amazon.com/guardduty/latest/APIReference/Welcome.html"
# "An independent and duplicated stream" of CloudTrail management events; GuardDuty "does not
# manage your CloudTrail events or affect your existing CloudTrail configurations"; it
# "extracts various fields … and then discards these logs"; a 30-day free trial when first
# enabled in a Region.
GUARDDUTY_SOURCES_URL = GUARDDUTY_GUIDE + "guardduty_data-sources.html"
# "Specific to IAM entities and access keys … If the activity is unexpected, the credentials
# may be compromised."
GUARDDUTY_IAM_FINDINGS_URL = GUARDDUTY_GUIDE + "guardduty_finding-types-iam.html"
GUARDDUTY_COMPROMISED_URL = GUARDDUTY_GUIDE + "compromised-creds.html"
GUARDDUTY_SECURITY_HUB_URL = GUARDDUTY_GUIDE + "securityhub-integration.html"

# AWS Security Hub. AWS's documentation now calls the standards-and-controls part of Security
# Hub "AWS Security Hub CSPM" (the API reference is titled so); a newer "AWS Security Hub"
# correlates signals into exposure findings. The exam guide says "AWS Security Hub"; the
# claims below are about the posture checks and aggregation it tests, as the CSPM pages state.
SECURITY_HUB_API_URL = "https://docs.aws.amazon.com/securityhub/1.0/APIReference/Welcome.html"
SECURITY_HUB_URL = SECURITY_HUB_GUIDE + "what-is-securityhub.html"
# "AWS Security Hub CSPM uses AWS Config rules to run security checks and generate findings for
# most controls … you must enable AWS Config for your account."
SECURITY_HUB_CONFIG_URL = SECURITY_HUB_GUIDE + "securityhub-setup-prereqs.html"
# [IAM.1] IAM policies should not allow full "*" administrative privileges.
SECURITY_HUB_IAM_CONTROLS_URL = SECURITY_HUB_GUIDE + "iam-controls.html"

# AWS Trusted Advisor. The security category lists IAM Password Policy and Security Groups –
# Specific Ports Unrestricted; with Security Hub CSPM enabled, its FSBP findings show in the
# Trusted Advisor console.
TRUSTED_ADVISOR_SECURITY_URL = (
    "https://docs.aws.amazon.com/awssupport/latest/user/security-checks.html"
)
# AWS's own blog: recommendations "to reduce cost, optimize …, improve system availability and
# performance, help close security gaps and monitor service quotas"; checks "such as Exposed
# Access Keys"; "Customers are ultimately responsible for the safety and security of access
# keys"; events in Amazon EventBridge for remediation. (Support plan names are changing in
# 2026-2027, so no claim here depends on a plan.)
TRUSTED_ADVISOR_BLOG_URL = (
    "https://aws.amazon.com/blogs/mt/"
    "auto-remediate-best-practice-deviations-detected-by-aws-trusted-advisor/"
)

# Amazon Detective. "Analyze, investigate, and quickly identify the root cause of security
# findings or suspicious activities … machine learning, statistical analysis, and graph theory".
DETECTIVE_URL = "https://docs.aws.amazon.com/detective/latest/userguide/what-is-detective.html"
# Events "such as login attempts, API calls, and network traffic from AWS CloudTrail and Amazon
# VPC flow logs. It also extracts findings detected by Amazon GuardDuty"; "Every behavior graph
# is specific to a Region."
DETECTIVE_API_URL = "https://docs.aws.amazon.com/detective/latest/APIReference/Welcome.html"
# The prerequisites page now asks only for Detective permissions (AmazonDetectiveFullAccess)
# and a CLI version; the old "GuardDuty enabled for 48 hours" prerequisite is no longer there.
DETECTIVE_PREREQUISITES_URL = (
    "https://docs.aws.amazon.com/detective/latest/userguide/detective-prerequisites.html"
)

# Amazon CloudWatch. "Collect and track metrics … CloudWatch alarms send notifications or
# automatically change the resources you are monitoring based on rules that you define."
CLOUDWATCH_API_URL = "https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/Welcome.html"
# Prerequisites: a trail, a log group, an IAM role letting CloudTrail deliver events to it;
# "To create an alarm, you must first create a metric filter, and then configure an alarm based
# on the filter"; example: security group configuration changes. (The older page with a root
# usage alarm example is not AWS's current one, so no root-usage claim is made.)
CLOUDWATCH_CLOUDTRAIL_ALARMS_URL = (
    "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/"
    "cloudwatch-alarms-for-cloudtrail.html"
)

# AWS Audit Manager. "Automated evidence collection so that you can continually audit your AWS
# usage"; "prebuilt frameworks"; customizable frameworks and controls.
AUDIT_MANAGER_API_URL = "https://docs.aws.amazon.com/audit-manager/latest/APIReference/Welcome.html"
# "AWS Audit Manager is no longer open to new customers. Existing customers can continue to use
# the service as normal."
AUDIT_MANAGER_AVAILABILITY_URL = AUDIT_MANAGER_GUIDE + "audit-manager-availability-change.html"
# Automated evidence from AWS CloudTrail, AWS Security Hub CSPM, AWS Config and AWS API calls.
AUDIT_MANAGER_SOURCES_URL = AUDIT_MANAGER_GUIDE + "control-data-sources.html"
# CloudTrail → user activity evidence; Security Hub and Config → compliance check evidence;
# API calls → configuration data evidence.
AUDIT_MANAGER_EXAMPLES_URL = AUDIT_MANAGER_GUIDE + "examples-of-controls.html"


def _heading(path: str) -> str:
    return f"{NOTE}#{path}"


CHOOSING = Concept(
    id="choosing",
    name="Choosing an auditing or monitoring service",
    kind="",
    subject="choosing an auditing or monitoring service",
    purpose=(
        "Each audit question has its service: CloudTrail says who did what, AWS Config "
        "what a resource looked like and whether it follows a rule, GuardDuty whether "
        "credentials are misused, Detective how a finding came about, the credential "
        "report who has which credentials."
    ),
    heading=_heading("which service answers which question"),
    reference=CONFIG_HOW_URL,
    task="2.2",
    ask_true=(
        "Which pairing of an audit question and the AWS service that answers it is correct?",
        "Which question is matched with the AWS service that answers it?",
    ),
    ask_false=(
        "Which pairing of an audit question and the AWS service that answers it is NOT correct?",
        "Which question is matched with an AWS service that does NOT answer it?",
    ),
    ask_many=(
        "Which pairings of an audit question and the AWS service that answers it are correct?",
        "Which questions are matched with the AWS service that answers them?",
    ),
    true=(
        Claim(
            "who-deleted",
            "'Which IAM user deleted this role, and from which IP "
            "address?' is answered by AWS CloudTrail.",
            "CloudTrail records IAM API calls with who made each "
            "request, when, and from which IP address.",
            CLOUDTRAIL_URL,
        ),
        Claim(
            "past-policies",
            "'Which policies did this IAM role have attached last "
            "month?' is answered by AWS Config.",
            "AWS Config records how resources, including IAM roles and policies, were "
            "set up in the past and how that changed over time.",
            CONFIG_HOW_URL,
        ),
        Claim(
            "stolen-keys",
            "'Is one of our access keys being used as if it were "
            "stolen?' is answered by Amazon GuardDuty.",
            "GuardDuty identifies unexpected and potentially unauthorized "
            "activity, including uses of exposed credentials.",
            GUARDDUTY_API_URL,
        ),
        Claim(
            "mfa-status",
            "'Which IAM users have no MFA device right now?' is "
            "answered by the IAM credential report.",
            "The credential report lists every IAM user with the status of "
            "their passwords, access keys and MFA devices.",
            CREDENTIAL_REPORT_URL,
        ),
        Claim(
            "outside-access",
            "'Which of our buckets and roles can be reached from outside the "
            "account?' is answered by IAM Access Analyzer.",
            "IAM Access Analyzer's external access findings name resources "
            "shared with a principal outside the zone of trust.",
            ACCESS_ANALYZER_FINDINGS_URL,
        ),
        Claim(
            "finding-cause",
            "'How did this GuardDuty finding come about, and what else did "
            "that role do?' is answered by Amazon Detective.",
            "Detective helps investigate security findings and identify their root cause, using "
            "GuardDuty findings with CloudTrail and VPC flow log activity.",
            DETECTIVE_API_URL,
        ),
    ),
    false=(
        Claim(
            "who-deleted-report",
            "'Which IAM user deleted this role, and from which IP address?' "
            "is answered by the IAM credential report.",
            "The credential report shows the status of users' credentials, not "
            "who made which API call; CloudTrail records that.",
            CLOUDTRAIL_URL,
            negates="who-deleted",
        ),
        Claim(
            "past-policies-guardduty",
            "'Which policies did this IAM role have attached last "
            "month?' is answered by Amazon GuardDuty.",
            "GuardDuty looks for threats in activity logs; the past settings "
            "of a resource are recorded by AWS Config.",
            CONFIG_HOW_URL,
            negates="past-policies",
        ),
        Claim(
            "stolen-keys-config",
            "'Is one of our access keys being used as if it were "
            "stolen?' is answered by AWS Config.",
            "AWS Config records and evaluates resource settings; detecting the "
            "misuse of credentials is GuardDuty's work.",
            GUARDDUTY_API_URL,
            negates="stolen-keys",
        ),
        Claim(
            "mfa-status-detective",
            "'Which IAM users have no MFA device right now?' is answered by Amazon Detective.",
            "Detective investigates findings and activity; the MFA status of "
            "every user is in the IAM credential report.",
            CREDENTIAL_REPORT_URL,
            negates="mfa-status",
        ),
        Claim(
            "finding-cause-advisor",
            "'How did this GuardDuty finding come about, and what else did that "
            "role do?' is answered by AWS Trusted Advisor.",
            "Trusted Advisor gives best-practice recommendations; investigating a "
            "finding's root cause is what Detective is for.",
            DETECTIVE_URL,
            negates="finding-cause",
        ),
        Claim(
            "aws-reports-audit-manager",
            "'Where can our auditor get AWS's own SOC reports?' is answered by AWS Audit Manager.",
            "AWS's own compliance reports come from AWS Artifact; Audit Manager "
            "collects evidence about the customer's own use of AWS.",
            ARTIFACT_FAQ_URL,
        ),
    ),
    practices=(
        Practice(
            "after-incident",
            "After an incident, a security lead must learn who deleted an IAM role "
            "yesterday, which policies another role had attached last month, and "
            "whether any other access key is being misused now.",
            "Which combination of AWS services answers these questions?",
            Option(
                "Use CloudTrail for the deletion, AWS Config for last month's "
                "policies and GuardDuty for misused keys.",
                "CloudTrail records who called which API, Config records past resource "
                "settings, and GuardDuty detects the use of exposed credentials.",
            ),
            (
                Option(
                    "Use GuardDuty for the deletion, CloudTrail for last month's "
                    "policies and AWS Config for the misused keys.",
                    "Each service is swapped: GuardDuty doesn't name who deleted a role, "
                    "and Config doesn't detect misused credentials.",
                ),
                Option(
                    "Use Trusted Advisor's security checks to answer all three "
                    "questions at once, since they cover IAM.",
                    "Trusted Advisor recommends best practices; it keeps no "
                    "record of API calls or past policies.",
                ),
                Option(
                    "Use the IAM credential report for the deletion and "
                    "Security Hub for the other two questions.",
                    "The credential report lists credential status, not API calls, and "
                    "Security Hub keeps no history of a role's policies.",
                ),
            ),
            CONFIG_HOW_URL,
        ),
    ),
    near=("config", "guardduty", "detective", "features:cloudtrail", "features:credential-report"),
)


CONFIG = Concept(
    id="config",
    name="AWS Config",
    kind="service",
    subject="AWS Config",
    purpose=(
        "AWS Config records how resources such as IAM users, roles and policies are set "
        "up and how that changes, and evaluates them against rules; it doesn't record who "
        "called an API, detect threats or block changes."
    ),
    heading=_heading("recording and checking settings#AWS Config"),
    reference=CONFIG_HOW_URL,
    task="2.2",
    true=(
        Claim(
            "history",
            "AWS Config records how supported resources, including IAM users, groups, "
            "roles and policies, are set up and how that changes.",
            "Config keeps historical records of resource configurations, and the global IAM types "
            "AWS::IAM::User, Group, Role and Policy are among those it records.",
            ROOT_MFA_RULE_URL,
        ),
        Claim(
            "rules-flag",
            "AWS Config rules evaluate the settings of resources and flag any "
            "resource that breaks a rule as noncompliant.",
            "While Config tracks changes, it checks them against the conditions in your "
            "rules and flags resources that don't comply as noncompliant.",
            CONFIG_RULES_URL,
        ),
        Claim(
            "root-mfa-rule",
            "The AWS Config managed rule root-account-mfa-enabled flags an "
            "account whose root user has no MFA enabled.",
            "That rule is NON_COMPLIANT if the root user of the account does not have MFA enabled.",
            ROOT_MFA_RULE_URL,
        ),
        Claim(
            "unused-rule",
            "The rule iam-user-unused-credentials-check flags IAM users whose "
            "passwords or access keys go unused for 90 days by default.",
            "Its maxCredentialUsageAge parameter sets the number of days; the default value is 90.",
            UNUSED_CREDENTIALS_RULE_URL,
        ),
        Claim(
            "remediation",
            "AWS Config can fix noncompliant resources with Systems Manager "
            "Automation documents, run manually or automatically.",
            "Config applies remediation using Systems Manager Automation "
            "documents, either AWS-managed ones or your own.",
            CONFIG_REMEDIATION_URL,
        ),
        Claim(
            "conformance-pack",
            "A conformance pack deploys AWS Config rules and their remediation "
            "actions as one unit, even across an organization.",
            "A conformance pack is a collection of Config rules and "
            "remediation actions deployed as a single entity, also across "
            "an organization in AWS Organizations.",
            CONFORMANCE_PACKS_URL,
        ),
        Claim(
            "from-start",
            "AWS Config keeps history only from the time its configuration "
            "recorder starts, not from before it was turned on.",
            "Config maintains historical records of configuration items from "
            "the time you start the configuration recorder.",
            CONFIG_HOW_URL,
        ),
    ),
    false=(
        Claim(
            "blocks",
            "AWS Config rules, in either evaluation mode, stop a noncompliant "
            "change to an IAM policy before the change is made.",
            "Config flags noncompliant resources; AWS states that even proactive rules do "
            "not remediate resources or prevent them from being deployed.",
            CONFIG_MODES_URL,
        ),
        Claim(
            "caller-ip",
            "AWS Config is the service that records every API call together with "
            "the caller's identity and source IP address.",
            "That is AWS CloudTrail; Config records the resulting settings of resources.",
            CLOUDTRAIL_URL,
        ),
        Claim(
            "since-creation",
            "AWS Config shows the settings of every resource since the account was "
            "created, even from before Config was turned on.",
            "Config's history begins when its configuration recorder starts.",
            CONFIG_HOW_URL,
            negates="from-start",
        ),
        Claim(
            "threat-intel",
            "AWS Config uses machine learning and threat intelligence feeds to "
            "detect access keys that have been compromised.",
            "That describes Amazon GuardDuty; Config evaluates settings against rules.",
            GUARDDUTY_API_URL,
        ),
        Claim(
            "no-iam",
            "AWS Config cannot record IAM users, roles or policies, because IAM "
            "is a global service rather than a Regional one.",
            "Config records the global IAM resource types AWS::IAM::User, Group, "
            "Role and Policy (in the Regions that support them).",
            ROOT_MFA_RULE_URL,
            negates="history",
        ),
        Claim(
            "fixed-period",
            "The rule iam-user-unused-credentials-check always uses a fixed "
            "30-day period, and that period cannot be changed.",
            "The period is the maxCredentialUsageAge parameter, which "
            "defaults to 90 days and can be set.",
            UNUSED_CREDENTIALS_RULE_URL,
            negates="unused-rule",
        ),
    ),
    scenarios=(
        Scenario(
            "past-policies",
            "look up how an IAM role was set up on a given day last "
            "month, including which policies were attached to it then",
            "AWS Config records the settings of IAM roles and policies over time; CloudTrail "
            "lists the API calls that changed them, not the state of a role on a given day.",
        ),
        Scenario(
            "auto-revoke",
            "flag IAM users whose access keys go unused for 90 days and "
            "revoke those keys automatically with a runbook",
            "The managed rule iam-user-unused-credentials-check flags such users, "
            "and a Config remediation action can run the "
            "AWSConfigRemediation-RevokeUnusedIAMUserCredentials runbook.",
            reference=REVOKE_RUNBOOK_URL,
        ),
        Scenario(
            "org-bundle",
            "roll out one bundle of compliance rules and their remediation "
            "actions to every account in its organization at once",
            "A conformance pack is a collection of Config rules and remediation actions "
            "deployed as a single entity, also across an organization.",
            reference=CONFORMANCE_PACKS_URL,
        ),
    ),
    practices=(
        Practice(
            "unused-keys",
            "A company's policy says that no IAM user may keep a password or "
            "access key that has gone unused for 90 days. Today an "
            "administrator checks this by hand once a quarter.",
            "How can the company check this continuously and fix what it finds automatically?",
            Option(
                "Add the AWS Config rule iam-user-unused-credentials-check "
                "with an automatic remediation action.",
                "The managed rule flags users with unused passwords or access keys, and Config "
                "remediation runs a Systems Manager Automation document to revoke them.",
            ),
            (
                Option(
                    "Download the IAM credential report every quarter and "
                    "deactivate old access keys by hand.",
                    "The report has the data, but a quarterly manual check is "
                    "neither continuous nor automatic.",
                ),
                Option(
                    "Enable Amazon GuardDuty so that it deactivates access "
                    "keys that nobody has used for 90 days.",
                    "GuardDuty detects threats and produces findings; it doesn't "
                    "evaluate or remove unused credentials.",
                ),
                Option(
                    "Search the CloudTrail Event history every week for access "
                    "keys that made no calls, and delete them.",
                    "Event history covers only 90 days and must be searched "
                    "by hand; it doesn't fix anything.",
                ),
            ),
            CONFIG_REMEDIATION_URL,
        ),
        Practice(
            "auditor-past-role",
            "An auditor asks which policies an IAM role had attached four months ago. AWS "
            "Config has been recording IAM resources in the account for a year.",
            "Where should the administrator look?",
            Option(
                "In AWS Config, in the role's history at the date asked about.",
                "Config keeps the past settings of recorded resources, from when "
                "its recorder started, which covers the date.",
            ),
            (
                Option(
                    "In CloudTrail Event history, filtered on the role's name and the date.",
                    "Event history covers only the past 90 days, and it lists API "
                    "calls rather than the role's settings on a date.",
                ),
                Option(
                    "In the IAM console, on the Permissions tab of the role the auditor named.",
                    "The console shows the role's policies today, not four months ago.",
                ),
                Option(
                    "In the IAM credential report generated for the account today.",
                    "The credential report lists IAM users and their "
                    "credentials, not roles or their policies.",
                ),
            ),
            CONFIG_HOW_URL,
        ),
    ),
    near=("features:cloudtrail", "security-hub", "trusted-advisor"),
)


GUARDDUTY = Concept(
    id="guardduty",
    name="Amazon GuardDuty",
    kind="service",
    subject="Amazon GuardDuty",
    purpose=(
        "Amazon GuardDuty is a threat detection service: it continuously analyzes "
        "CloudTrail management events, VPC flow logs and DNS logs for malicious or "
        "unauthorized activity, such as the use of stolen credentials; it reports "
        "findings and blocks nothing."
    ),
    heading=_heading("detecting and investigating threats#Amazon GuardDuty"),
    reference=GUARDDUTY_API_URL,
    task="2.2",
    true=(
        Claim(
            "threat-detection",
            "GuardDuty is a threat detection service that continuously monitors "
            "for malicious activity and unauthorized behavior.",
            "That is how AWS describes GuardDuty, combining machine learning, "
            "anomaly detection and threat intelligence.",
            GUARDDUTY_FEATURES_URL,
        ),
        Claim(
            "sources",
            "GuardDuty's foundational data sources include CloudTrail "
            "management events, VPC flow logs and DNS logs.",
            "GuardDuty automatically starts to monitor these log sources when it is enabled.",
            GUARDDUTY_SOURCES_URL,
        ),
        Claim(
            "own-stream",
            "GuardDuty reads CloudTrail management events from its own independent "
            "stream; it neither needs nor changes any trail.",
            "GuardDuty consumes an independent, duplicated stream of CloudTrail management "
            "events and doesn't affect existing CloudTrail configurations.",
            GUARDDUTY_SOURCES_URL,
        ),
        Claim(
            "exposed-credentials",
            "GuardDuty flags uses of exposed credentials and unusual API calls, "
            "such as a change that weakens the password policy.",
            "AWS lists uses of exposed credentials and unusual API calls like a password policy "
            "change to reduce password strength among what GuardDuty identifies.",
            GUARDDUTY_API_URL,
        ),
        Claim(
            "iam-findings",
            "GuardDuty has finding types for IAM entities and access keys, and unexpected "
            "activity in such a finding can mean compromised credentials.",
            "For IAM findings AWS recommends examining the entity and its permissions; if the "
            "activity is unexpected, the credentials may be compromised.",
            GUARDDUTY_IAM_FINDINGS_URL,
        ),
        Claim(
            "eventbridge",
            "GuardDuty findings can be viewed in the GuardDuty console "
            "or received through Amazon EventBridge.",
            "GuardDuty informs you by producing findings that you can view in "
            "its console or through Amazon EventBridge.",
            GUARDDUTY_API_URL,
        ),
        Claim(
            "free-trial",
            "When GuardDuty is enabled for the first time in a Region, "
            "it comes with a 30-day free trial.",
            "The first enablement in a Region includes a 30-day free trial of "
            "threat detection for all foundational data sources.",
            GUARDDUTY_SOURCES_URL,
        ),
    ),
    false=(
        Claim(
            "needs-trail",
            "GuardDuty works only after the company creates a CloudTrail trail "
            "and turns on VPC flow logs for it to read.",
            "GuardDuty uses its own independent stream of these sources; "
            "nothing else has to be enabled first.",
            GUARDDUTY_SOURCES_URL,
            negates="own-stream",
        ),
        Claim(
            "blocks",
            "GuardDuty blocks a suspicious API call before it runs, the "
            "way a firewall drops a suspicious packet.",
            "GuardDuty detects and reports findings; acting on them is done by you or by "
            "automation you build, for example through EventBridge.",
            GUARDDUTY_API_URL,
        ),
        Claim(
            "role-history",
            "GuardDuty keeps a history of the policies attached to each IAM "
            "role, so that auditors can see past versions.",
            "Past settings of resources are recorded by AWS Config; GuardDuty looks for threats.",
            CONFIG_HOW_URL,
        ),
        Claim(
            "agents",
            "GuardDuty's foundational threat detection works only after an "
            "agent is installed on every EC2 instance.",
            "GuardDuty monitors its foundational data sources as soon as it is enabled; "
            "nothing else needs to be enabled or installed for them.",
            GUARDDUTY_SOURCES_URL,
        ),
        Claim(
            "keeps-logs",
            "GuardDuty keeps full copies of the logs it analyzes, so it can "
            "replace a trail for long-term storage of API calls.",
            "GuardDuty extracts the fields it needs for profiling and "
            "anomaly detection and then discards the logs.",
            GUARDDUTY_SOURCES_URL,
        ),
        Claim(
            "posture-score",
            "GuardDuty scores each account against the AWS Foundational Security "
            "Best Practices standard and lists failed controls.",
            "Running the FSBP standard's controls is the work of "
            "Security Hub CSPM; GuardDuty detects threats.",
            SECURITY_HUB_API_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "stolen-key",
            "be warned when one of its access keys is used in a way that suggests it was stolen",
            "GuardDuty identifies uses of exposed credentials from the activity it analyzes.",
            constraint="without installing agents",
        ),
        Scenario(
            "weak-password-policy",
            "learn through machine learning and threat intelligence of unusual "
            "API calls, like one weakening its password policy",
            "GuardDuty uses threat intelligence and machine learning and "
            "names a password policy change that reduces password strength as "
            "an example of an unusual API call.",
        ),
        Scenario(
            "three-sources",
            "analyze its API activity, VPC flow logs and DNS logs "
            "continuously for signs of a compromised account",
            "These are GuardDuty's foundational data sources, monitored as soon as it is enabled.",
            reference=GUARDDUTY_SOURCES_URL,
        ),
    ),
    practices=(
        Practice(
            "anomalous-key",
            "GuardDuty reports an IAM finding: an IAM user's access key made API calls in "
            "an anomalous way. The user says they made no such calls.",
            "What should the security team do?",
            Option(
                "Treat the access key as compromised: deactivate it and "
                "review the calls it made in CloudTrail.",
                "Unexpected activity means the credentials may be compromised; AWS's remediation "
                "is to invalidate them and review what they were used for.",
            ),
            (
                Option(
                    "Archive the finding, because GuardDuty findings are "
                    "informational only and need no further action.",
                    "A finding about unexpected activity with a user's key "
                    "is exactly what calls for action.",
                ),
                Option(
                    "Wait for GuardDuty to deactivate the access key by "
                    "itself once the finding is confirmed.",
                    "GuardDuty reports findings; it doesn't deactivate access keys by itself.",
                ),
                Option(
                    "Enable MFA for the user's console password and keep "
                    "the access key in use as before.",
                    "MFA on the console password doesn't stop someone who holds "
                    "the access key from signing API requests.",
                ),
            ),
            GUARDDUTY_COMPROMISED_URL,
        ),
        Practice(
            "automate-response",
            "A company wants every new GuardDuty finding about an IAM access key to start an "
            "automated response within minutes, without anyone watching the console.",
            "What should it set up?",
            Option(
                "An Amazon EventBridge rule that matches GuardDuty "
                "findings and starts the response.",
                "GuardDuty delivers its findings through Amazon "
                "EventBridge, where a rule can start automation.",
            ),
            (
                Option(
                    "A GuardDuty setting that makes it block the access key's API calls by itself.",
                    "GuardDuty produces findings; it has no setting that blocks calls.",
                ),
                Option(
                    "A daily export of GuardDuty findings that an "
                    "administrator reads each morning.",
                    "A daily manual review is neither automated nor a response within minutes.",
                ),
                Option(
                    "An AWS Config rule that checks the GuardDuty "
                    "console for new findings every hour.",
                    "Config rules evaluate resource settings, not GuardDuty findings.",
                ),
            ),
            GUARDDUTY_API_URL,
        ),
    ),
    near=("detective", "security-hub", "cloudwatch"),
)


SECURITY_HUB = Concept(
    id="security-hub",
    name="AWS Security Hub",
    kind="service",
    subject="AWS Security Hub",
    purpose=(
        "AWS Security Hub (its posture checks are now called Security Hub CSPM) checks "
        "accounts against standards such as AWS Foundational Security Best Practices and "
        "brings findings from GuardDuty, Inspector and partners into one place; it doesn't "
        "detect threats in logs itself or keep resource history."
    ),
    heading=_heading("posture checks and recommendations#AWS Security Hub"),
    reference=SECURITY_HUB_URL,
    task="2.2",
    true=(
        Claim(
            "posture",
            "Security Hub assesses accounts against security standards and best "
            "practices and gives a view of their security state.",
            "That is how AWS describes Security Hub CSPM.",
            SECURITY_HUB_API_URL,
        ),
        Claim(
            "standards",
            "Its standards include AWS Foundational Security Best Practices and "
            "external frameworks such as CIS, PCI DSS and NIST.",
            "Security Hub CSPM supports the FSBP standard and external compliance "
            "frameworks; each standard is a set of controls it checks.",
            SECURITY_HUB_API_URL,
        ),
        Claim(
            "aggregates",
            "Security Hub also receives findings from services such as GuardDuty "
            "and Inspector and from third-party products.",
            "This gives one place to see a variety of security-related issues.",
            SECURITY_HUB_API_URL,
        ),
        Claim(
            "uses-config",
            "Most Security Hub controls run as AWS Config rules, so AWS Config "
            "must be enabled to receive control findings.",
            "Security Hub CSPM uses AWS Config rules to run security checks for most "
            "controls, and you must enable AWS Config for your account.",
            SECURITY_HUB_CONFIG_URL,
        ),
        Claim(
            "iam-control",
            "One Security Hub IAM control checks that IAM policies don't "
            "allow full '*' administrative privileges.",
            '[IAM.1] IAM policies should not allow full "*" administrative privileges.',
            SECURITY_HUB_IAM_CONTROLS_URL,
        ),
        Claim(
            "cspm-name",
            "AWS's current documentation calls the part of Security Hub that runs "
            "standards and controls AWS Security Hub CSPM.",
            "The API reference and user guide now name it AWS Security Hub "
            "CSPM (cloud security posture management).",
            SECURITY_HUB_API_URL,
        ),
    ),
    false=(
        Claim(
            "own-log-analysis",
            "Security Hub analyzes VPC flow logs and DNS logs itself to find "
            "compromised instances, so GuardDuty is not needed.",
            "Security Hub receives GuardDuty's findings; analyzing those "
            "logs for threats is GuardDuty's work.",
            GUARDDUTY_SECURITY_HUB_URL,
        ),
        Claim(
            "no-config",
            "Security Hub runs all of its controls without AWS Config, "
            "so AWS Config can stay turned off.",
            "Most controls are AWS Config rules, and AWS Config must be enabled for them.",
            SECURITY_HUB_CONFIG_URL,
            negates="uses-config",
        ),
        Claim(
            "aws-only",
            "Security Hub accepts findings only from AWS services; "
            "third-party products cannot send findings to it.",
            "Security Hub also receives findings from supported third-party products.",
            SECURITY_HUB_API_URL,
            negates="aggregates",
        ),
        Claim(
            "auto-fix",
            "Enabling a standard in Security Hub automatically corrects every "
            "resource that fails one of the standard's controls.",
            "Security Hub runs checks and generates control findings; "
            "fixing resources is a separate step.",
            SECURITY_HUB_API_URL,
        ),
        Claim(
            "aws-reports",
            "Security Hub is where customers download AWS's own SOC and "
            "PCI reports about AWS's infrastructure.",
            "AWS's own compliance reports are in AWS Artifact.",
            ARTIFACT_FAQ_URL,
        ),
        Claim(
            "behavior-graph",
            "Security Hub builds a behavior graph of each role's API calls and "
            "network traffic to find the root cause of a finding.",
            "That is Amazon Detective.",
            DETECTIVE_API_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "one-place",
            "see the findings of GuardDuty, Inspector, IAM Access Analyzer and "
            "partner products in one place, in one standard format",
            "Security Hub receives findings from AWS services and supported "
            "third-party products alongside its own control findings.",
            reference=SECURITY_HUB_API_URL,
        ),
        Scenario(
            "fsbp",
            "run continuous checks of its accounts against AWS's foundational "
            "best-practices standard and see which controls fail",
            "The AWS Foundational Security Best Practices standard is a set of Security Hub "
            "controls checked continuously, each failing check a control finding.",
            reference=SECURITY_HUB_API_URL,
        ),
        Scenario(
            "prioritize",
            "prioritize, in one console, the issues that several AWS services "
            "and partner tools report across its accounts",
            "Security Hub collects data across accounts, AWS services and third-party "
            "products and helps identify the highest-priority issues.",
            reference=SECURITY_HUB_API_URL,
        ),
    ),
    practices=(
        Practice(
            "many-consoles",
            "A security team uses GuardDuty, Inspector and IAM Access Analyzer in 20 accounts and "
            "opens each service's console in each account to review findings.",
            "What should the team do to review the findings more efficiently?",
            Option(
                "Enable AWS Security Hub and review the findings it collects in one place.",
                "Security Hub receives findings from these services and shows "
                "them together with its own control findings.",
            ),
            (
                Option(
                    "Export each service's findings every week into a shared spreadsheet.",
                    "A manual weekly export is slow and misses findings between exports.",
                ),
                Option(
                    "Use AWS Trusted Advisor to collect the findings of the three services.",
                    "Trusted Advisor gives its own best-practice recommendations; it "
                    "doesn't collect GuardDuty or Inspector findings.",
                ),
                Option(
                    "Turn on Amazon Detective in each account instead of the three services.",
                    "Detective investigates findings; it doesn't replace the services that "
                    "produce them or gather all of them in one view.",
                ),
            ),
            SECURITY_HUB_API_URL,
        ),
        Practice(
            "no-control-findings",
            "A company enabled Security Hub with the AWS Foundational Security Best "
            "Practices standard, but most controls produce no findings.",
            "What is the most likely fix?",
            Option(
                "Enable AWS Config and its resource recording in the account.",
                "Security Hub runs most controls as AWS Config rules; without "
                "AWS Config they cannot generate findings.",
            ),
            (
                Option(
                    "Create a CloudTrail trail that logs to an S3 bucket.",
                    "A trail records API calls; the controls depend on AWS Config, not on a trail.",
                ),
                Option(
                    "Enable GuardDuty so that Security Hub can read its logs.",
                    "GuardDuty sends its own findings; the FSBP controls "
                    "are evaluated through AWS Config.",
                ),
                Option(
                    "Upgrade the account's AWS Support plan to unlock the standard.",
                    "The controls rely on AWS Config, not on a Support plan.",
                ),
            ),
            SECURITY_HUB_CONFIG_URL,
        ),
    ),
    near=("trusted-advisor", "guardduty", "least-privilege:external-access"),
)


TRUSTED_ADVISOR = Concept(
    id="trusted-advisor",
    name="AWS Trusted Advisor",
    kind="service",
    subject="AWS Trusted Advisor",
    purpose=(
        "AWS Trusted Advisor inspects an environment and recommends ways to cut cost, improve "
        "performance and availability, close security gaps (such as exposed access keys) and stay "
        "within service quotas; it doesn't record API calls or detect live attacks."
    ),
    heading=_heading("posture checks and recommendations#AWS Trusted Advisor"),
    reference=TRUSTED_ADVISOR_SECURITY_URL,
    task="2.2",
    true=(
        Claim(
            "recommendations",
            "Trusted Advisor recommends ways to cut cost, improve performance, "
            "close security gaps and stay within service quotas.",
            "AWS describes Trusted Advisor as inspecting your infrastructure and "
            "recommending best practices across these areas.",
            TRUSTED_ADVISOR_BLOG_URL,
        ),
        Claim(
            "exposed-keys",
            "Trusted Advisor's security checks include Exposed Access Keys, which "
            "flags IAM access keys that may have been exposed.",
            "AWS names Exposed Access Keys among the common security checks of Trusted Advisor.",
            TRUSTED_ADVISOR_BLOG_URL,
        ),
        Claim(
            "password-policy",
            "Its security checks include IAM Password Policy and a check for "
            "security groups that leave specific ports unrestricted.",
            "Both are listed in Trusted Advisor's security category.",
            TRUSTED_ADVISOR_SECURITY_URL,
        ),
        Claim(
            "shows-security-hub",
            "With Security Hub CSPM enabled, its best-practice findings can "
            "also be seen in the Trusted Advisor console.",
            "AWS documents viewing Security Hub CSPM controls of the FSBP standard in Trusted "
            "Advisor (all but those in the Recover > Resilience category).",
            TRUSTED_ADVISOR_SECURITY_URL,
        ),
        Claim(
            "customer-fixes",
            "Trusted Advisor reports an exposed access key, but securing and "
            "replacing that key remains the customer's job.",
            "AWS states that customers are ultimately responsible for the "
            "safety and security of their access keys.",
            TRUSTED_ADVISOR_BLOG_URL,
        ),
        Claim(
            "eventbridge",
            "Trusted Advisor check results can be sent to Amazon "
            "EventBridge to start automated remediation.",
            "AWS's pattern subscribes to Trusted Advisor events in "
            "EventBridge to remediate flagged items automatically.",
            TRUSTED_ADVISOR_BLOG_URL,
        ),
    ),
    false=(
        Claim(
            "live-attacks",
            "Trusted Advisor applies machine learning to CloudTrail, VPC flow log "
            "and DNS data to detect attacks as they happen.",
            "That describes Amazon GuardDuty; Trusted Advisor checks "
            "settings against best practices.",
            GUARDDUTY_API_URL,
        ),
        Claim(
            "deletes-keys",
            "Trusted Advisor deletes an exposed access key by itself "
            "as soon as its check flags the key.",
            "Trusted Advisor flags the key; the customer, or automation "
            "the customer builds, has to act on it.",
            TRUSTED_ADVISOR_BLOG_URL,
            negates="customer-fixes",
        ),
        Claim(
            "policy-versions",
            "Trusted Advisor records every change made to an IAM policy so that "
            "an auditor can compare it with earlier versions.",
            "Recording past settings of resources is AWS Config's job.",
            CONFIG_HOW_URL,
        ),
        Claim(
            "security-only",
            "Trusted Advisor checks only security settings; cost and "
            "performance are outside what it looks at.",
            "Its recommendations also cover cost, performance, availability and service quotas.",
            TRUSTED_ADVISOR_BLOG_URL,
            negates="recommendations",
        ),
        Claim(
            "who-called",
            "Trusted Advisor shows which IAM user made each API call in the "
            "account, and from which IP address the call came.",
            "That is AWS CloudTrail.",
            CLOUDTRAIL_URL,
        ),
        Claim(
            "aws-reports",
            "Trusted Advisor provides AWS's own compliance reports, such as "
            "SOC reports, for a customer's auditors.",
            "AWS's compliance reports are downloaded from AWS Artifact.",
            ARTIFACT_FAQ_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "cost-and-gaps",
            "get AWS's best-practice recommendations on cost, "
            "performance, service quotas and open security gaps",
            "Trusted Advisor's checks cover cost, performance, "
            "availability, security and service quotas.",
            reference=TRUSTED_ADVISOR_BLOG_URL,
        ),
        Scenario(
            "exposed-keys",
            "find out whether any of its IAM access keys have been exposed, "
            "from the same checks that suggest cost savings",
            "Exposed Access Keys is one of Trusted Advisor's security "
            "checks, beside its cost optimization checks.",
            reference=TRUSTED_ADVISOR_BLOG_URL,
        ),
        Scenario(
            "quotas-and-ports",
            "see how close each account is to its service quotas, next to checks "
            "for security group ports left open to everyone",
            "Trusted Advisor monitors service quotas and has security checks "
            "for unrestricted ports on security groups.",
            reference=TRUSTED_ADVISOR_BLOG_URL,
        ),
    ),
    practices=(
        Practice(
            "flagged-key",
            "Trusted Advisor's Exposed Access Keys check flags an access key "
            "that belongs to an IAM user of a build pipeline.",
            "What should the team do?",
            Option(
                "Replace the access key in the pipeline, then "
                "deactivate and delete the exposed key.",
                "Customers are responsible for their access keys: an exposed key must stop "
                "working, and the pipeline needs a new credential first.",
            ),
            (
                Option(
                    "Leave the access key in place, because Trusted "
                    "Advisor will delete it after 24 hours.",
                    "Trusted Advisor flags exposed keys; it doesn't delete them.",
                ),
                Option(
                    "Exclude the flagged access key from the check so that the warning disappears.",
                    "Hiding the result leaves an exposed key working for anyone who found it.",
                ),
                Option(
                    "Add MFA to the pipeline user's console password and keep the access key.",
                    "MFA on a console password doesn't protect an access "
                    "key that signs API requests.",
                ),
            ),
            TRUSTED_ADVISOR_BLOG_URL,
        ),
    ),
    near=("security-hub", "config", "features:credential-report"),
)


DETECTIVE = Concept(
    id="detective",
    name="Amazon Detective",
    kind="service",
    subject="Amazon Detective",
    purpose=(
        "Amazon Detective helps investigate security findings and suspicious "
        "activity to find their root cause, with graphs built from CloudTrail, "
        "VPC flow logs and GuardDuty findings; it investigates what other "
        "services detect and blocks nothing."
    ),
    heading=_heading("detecting and investigating threats#Amazon Detective"),
    reference=DETECTIVE_URL,
    task="2.2",
    true=(
        Claim(
            "root-cause",
            "Detective helps analyze and investigate security findings or "
            "suspicious activity and identify their root cause.",
            "That is what AWS says Detective is for.",
            DETECTIVE_URL,
        ),
        Claim(
            "data",
            "Detective extracts events such as login attempts, API calls and "
            "network traffic from CloudTrail and VPC flow logs.",
            "Detective automatically extracts these time-based events for its behavior graphs.",
            DETECTIVE_API_URL,
        ),
        Claim(
            "guardduty-findings",
            "Detective also takes in the findings that Amazon GuardDuty detects, to "
            "investigate them with the activity around them.",
            "Besides CloudTrail and VPC flow log events, Detective "
            "extracts findings detected by GuardDuty.",
            DETECTIVE_API_URL,
        ),
        Claim(
            "graph-theory",
            "Detective uses machine learning, statistical analysis and graph "
            "theory to visualize the activity it investigates.",
            "AWS describes these techniques as the way Detective speeds up investigations.",
            DETECTIVE_URL,
        ),
        Claim(
            "regional",
            "Each Detective behavior graph is specific to one AWS Region.",
            "Every behavior graph is specific to a Region.",
            DETECTIVE_API_URL,
        ),
        Claim(
            "permissions",
            "An IAM principal needs Detective permissions, such as the "
            "AmazonDetectiveFullAccess managed policy, to enable and use Detective.",
            "AWS lists these permissions as the prerequisite for enabling Detective.",
            DETECTIVE_PREREQUISITES_URL,
        ),
    ),
    false=(
        Claim(
            "detects-first",
            "Detective is the service that first detects threats; "
            "GuardDuty is then used to investigate them.",
            "It is the other way round: GuardDuty detects threats, and "
            "Detective investigates findings such as GuardDuty's.",
            DETECTIVE_API_URL,
        ),
        Claim(
            "quarantines",
            "Detective quarantines a compromised IAM role automatically as soon "
            "as its investigation of a finding is finished.",
            "Detective helps analysts investigate; it doesn't change IAM roles.",
            DETECTIVE_URL,
        ),
        Claim(
            "compliance-score",
            "Detective scores each account against compliance standards such as "
            "PCI DSS and the CIS AWS Foundations Benchmark.",
            "Checking accounts against standards is what Security Hub CSPM does.",
            SECURITY_HUB_API_URL,
        ),
        Claim(
            "all-regions",
            "One Detective behavior graph automatically covers every AWS Region "
            "that the account uses, with no per-Region setup.",
            "Each behavior graph is specific to one Region.",
            DETECTIVE_API_URL,
            negates="regional",
        ),
        Claim(
            "manual-upload",
            "Detective can show an IAM user's activity only after analysts "
            "upload the CloudTrail log files to it by hand.",
            "Detective automatically collects log data from AWS resources.",
            DETECTIVE_URL,
            negates="data",
        ),
    ),
    scenarios=(
        Scenario(
            "root-cause",
            "trace the root cause of a finding about an IAM role, with a "
            "timeline of that role's API calls and network traffic",
            "Detective builds its behavior graph from CloudTrail and VPC flow log activity and "
            "GuardDuty findings, to investigate a finding's root cause.",
            reference=DETECTIVE_API_URL,
        ),
        Scenario(
            "visual-graph",
            "explore a visual graph that links an IAM user's sign-ins, API "
            "calls and source IP addresses to related findings",
            "Detective's visualizations link entities such as users and IP "
            "addresses to their activity and findings.",
        ),
        Scenario(
            "wider-incident",
            "investigate whether a suspicious sign-in is part of a wider incident",
            "Detective collects the log data automatically and uses machine "
            "learning and graph analysis for the investigation.",
            constraint="without writing its own log queries",
        ),
    ),
    practices=(
        Practice(
            "slow-investigations",
            "After each GuardDuty finding, analysts spend hours querying CloudTrail logs by "
            "hand to see what the IAM role involved did before and after.",
            "What should the team use to speed up these investigations?",
            Option(
                "Amazon Detective, to investigate each finding with its behavior graph.",
                "Detective takes in GuardDuty findings with CloudTrail and VPC flow "
                "log activity and helps find the root cause.",
            ),
            (
                Option(
                    "More GuardDuty protection plans, so that each finding carries more detail.",
                    "More or richer findings still leave the analysts tracing the role's "
                    "activity by hand; investigating findings is Detective's work.",
                ),
                Option(
                    "AWS Trusted Advisor, to review the activity of the "
                    "role named in each finding.",
                    "Trusted Advisor gives best-practice recommendations; it "
                    "doesn't trace a role's activity.",
                ),
                Option(
                    "AWS Config rules that evaluate the attached policies of the role involved.",
                    "Config rules check settings against rules; they don't show "
                    "what the role did around a finding.",
                ),
            ),
            DETECTIVE_URL,
        ),
    ),
    near=("guardduty", "features:cloudtrail", "security-hub"),
)


CLOUDWATCH = Concept(
    id="cloudwatch",
    name="Amazon CloudWatch",
    kind="service",
    subject="Amazon CloudWatch",
    purpose=(
        "Amazon CloudWatch collects metrics and raises alarms; with a trail delivering events to "
        "CloudWatch Logs, a metric filter counts chosen IAM or sign-in events and an alarm "
        "notifies someone; CloudWatch itself doesn't record API calls."
    ),
    heading=_heading("recording and checking settings#Amazon CloudWatch"),
    reference=CLOUDWATCH_CLOUDTRAIL_ALARMS_URL,
    task="2.2",
    true=(
        Claim(
            "metrics-alarms",
            "CloudWatch tracks metrics, and its alarms send notifications "
            "or change resources by rules you define.",
            "That is how AWS describes CloudWatch and its alarms.",
            CLOUDWATCH_API_URL,
        ),
        Claim(
            "trail-to-logs",
            "A CloudTrail trail can deliver its events to a CloudWatch Logs log group.",
            "Creating a trail can include creating a log group that CloudTrail delivers events to.",
            CLOUDWATCH_CLOUDTRAIL_ALARMS_URL,
        ),
        Claim(
            "filter-then-alarm",
            "To alarm on CloudTrail events, first create a metric filter on "
            "the log group, then an alarm on its metric.",
            "AWS: to create an alarm, you must first create a metric filter, and "
            "then configure an alarm based on the filter.",
            CLOUDWATCH_CLOUDTRAIL_ALARMS_URL,
        ),
        Claim(
            "delivery-role",
            "CloudTrail needs an IAM role that lets it create a log stream "
            "in the log group and deliver events to it.",
            "The default CloudTrail_CloudWatchLogs_Role grants these permissions.",
            CLOUDWATCH_CLOUDTRAIL_ALARMS_URL,
        ),
        Claim(
            "security-group-example",
            "AWS's examples include an alarm that is triggered when "
            "security group settings are changed.",
            "The CloudTrail user guide walks through this alarm as its first example.",
            CLOUDWATCH_CLOUDTRAIL_ALARMS_URL,
        ),
        Claim(
            "custom-metrics",
            "Besides the built-in metrics of AWS services, CloudWatch can "
            "monitor a company's own custom metrics.",
            "AWS notes that you can monitor your own custom metrics as well as the built-in ones.",
            CLOUDWATCH_API_URL,
        ),
    ),
    false=(
        Claim(
            "records-calls",
            "CloudWatch records every API call with its caller, so no "
            "trail is needed to alarm on IAM changes.",
            "API calls are recorded by CloudTrail; the alarm examples require "
            "a trail that delivers events to a log group.",
            CLOUDWATCH_CLOUDTRAIL_ALARMS_URL,
            negates="trail-to-logs",
        ),
        Claim(
            "no-filter",
            "A CloudWatch alarm can match text in a log group "
            "directly, with no metric filter in between.",
            "The alarm watches a metric; for log events, a metric "
            "filter creates that metric first.",
            CLOUDWATCH_CLOUDTRAIL_ALARMS_URL,
            negates="filter-then-alarm",
        ),
        Claim(
            "threat-intel",
            "CloudWatch applies threat intelligence to DNS logs to "
            "flag compromised instances by itself.",
            "That describes Amazon GuardDuty.",
            GUARDDUTY_API_URL,
        ),
        Claim(
            "rule-compliance",
            "CloudWatch evaluates IAM users against managed rules and "
            "marks each one compliant or noncompliant.",
            "Evaluating resources against rules is AWS Config's job.",
            CONFIG_RULES_URL,
        ),
        Claim(
            "past-settings",
            "CloudWatch keeps every past version of an IAM role's settings so "
            "that auditors can see what changed and when.",
            "Past settings of resources are recorded by AWS Config.",
            CONFIG_HOW_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "failed-sign-ins",
            "be notified when more than ten failed console sign-ins appear in "
            "its API activity logs within five minutes",
            "A metric filter on the trail's log group counts the failed sign-ins, and "
            "an alarm notifies when the count passes the threshold.",
        ),
        Scenario(
            "count-calls",
            "turn the number of times a chosen IAM API call appears in its "
            "trail's log group into a metric it can graph",
            "A metric filter turns matching log events into a metric.",
        ),
        Scenario(
            "access-denied",
            "send a message to an SNS topic when access-denied errors in "
            "its trail's log group pass a threshold",
            "An alarm on a metric filter's metric can notify an SNS "
            "topic when the threshold is crossed.",
        ),
    ),
    practices=(
        Practice(
            "alert-on-changes",
            "A security team wants an email within minutes whenever someone changes a security "
            "group. A CloudTrail trail already logs all management events to S3.",
            "What should the team set up?",
            Option(
                "Send the trail's events to CloudWatch Logs and alarm on "
                "a metric filter for those changes.",
                "AWS's example does exactly this: a metric filter on the "
                "trail's log group and an alarm based on it.",
            ),
            (
                Option(
                    "Check the CloudTrail Event history for security group "
                    "changes every morning and email the team.",
                    "A daily manual check doesn't alert within minutes.",
                ),
                Option(
                    "Download the IAM credential report every hour and compare it "
                    "with the report from the hour before.",
                    "The credential report lists IAM users' "
                    "credentials, not security group changes.",
                ),
                Option(
                    "Enable Amazon Detective and ask it to send a weekly "
                    "summary of security group changes.",
                    "Detective helps investigate findings; it doesn't "
                    "send alarms on chosen events.",
                ),
            ),
            CLOUDWATCH_CLOUDTRAIL_ALARMS_URL,
        ),
    ),
    near=("features:cloudtrail", "config", "guardduty"),
)


AUDIT_MANAGER = Concept(
    id="audit-manager",
    name="AWS Audit Manager",
    # No scenarios: AWS Audit Manager is closed to new customers, so "which service should a
    # company choose" has no honest Audit Manager answer any more; its facts stay testable.
    kind="",
    subject="AWS Audit Manager",
    purpose=(
        "AWS Audit Manager collects evidence automatically (from CloudTrail, Security Hub CSPM, "
        "AWS Config and API calls) against prebuilt or custom frameworks, to help audit a "
        "company's own use of AWS; it is no longer open to new customers."
    ),
    heading=_heading("audit evidence#AWS Audit Manager"),
    reference=AUDIT_MANAGER_API_URL,
    task="2.2",
    true=(
        Claim(
            "evidence",
            "Audit Manager collects evidence automatically so that a "
            "company can continually audit its AWS usage.",
            "Audit Manager provides automated evidence collection to assess "
            "controls, manage risk and simplify compliance.",
            AUDIT_MANAGER_API_URL,
        ),
        Claim(
            "frameworks",
            "Audit Manager provides prebuilt frameworks whose controls are "
            "grouped by the requirements of a compliance standard.",
            "Frameworks include a prebuilt collection of controls grouped according "
            "to the requirements of the standard or regulation.",
            AUDIT_MANAGER_API_URL,
        ),
        Claim(
            "sources",
            "Its automated evidence comes from AWS CloudTrail, AWS Security "
            "Hub CSPM, AWS Config and AWS API calls.",
            "These are the four supported data source types for automated evidence.",
            AUDIT_MANAGER_SOURCES_URL,
        ),
        Claim(
            "evidence-types",
            "CloudTrail events become user activity evidence, and AWS Config rule "
            "evaluations become compliance check evidence.",
            "That is how Audit Manager imports evidence from these two sources.",
            AUDIT_MANAGER_EXAMPLES_URL,
        ),
        Claim(
            "closed",
            "Audit Manager is no longer open to new customers; existing "
            "customers can keep using it as normal.",
            "AWS announced this availability change on every page of the Audit Manager guide.",
            AUDIT_MANAGER_AVAILABILITY_URL,
        ),
        Claim(
            "custom",
            "Frameworks and controls can be customized to support "
            "internal audits with their own requirements.",
            "Besides prebuilt frameworks, you can customize frameworks and controls.",
            AUDIT_MANAGER_API_URL,
        ),
    ),
    false=(
        Claim(
            "aws-reports",
            "Audit Manager is where customers download AWS's own SOC and "
            "ISO reports about the controls AWS runs.",
            "AWS's own compliance reports are in AWS Artifact; Audit Manager "
            "gathers evidence about the customer's use of AWS.",
            ARTIFACT_FAQ_URL,
        ),
        Claim(
            "certifies",
            "An Audit Manager assessment certifies that the company complies with "
            "a standard, so no auditor needs to review it.",
            "Audit Manager collects evidence to help assess controls and "
            "simplify compliance; it doesn't replace the audit.",
            AUDIT_MANAGER_API_URL,
        ),
        Claim(
            "open-to-all",
            "Any new AWS account can start using Audit Manager today to run its first assessment.",
            "Audit Manager is no longer open to new customers.",
            AUDIT_MANAGER_AVAILABILITY_URL,
            negates="closed",
        ),
        Claim(
            "blocks",
            "Audit Manager blocks any API call that would break a control "
            "of the framework chosen for an assessment.",
            "Audit Manager collects evidence; it doesn't allow or deny requests.",
            AUDIT_MANAGER_API_URL,
        ),
        Claim(
            "threat-intel",
            "Audit Manager detects compromised credentials in real time by "
            "applying threat intelligence feeds to CloudTrail.",
            "That describes Amazon GuardDuty.",
            GUARDDUTY_API_URL,
        ),
    ),
    practices=(
        Practice(
            "next-audit",
            "A company that has used Audit Manager for two years prepares for an audit against "
            "a standard that has a prebuilt framework in Audit Manager.",
            "How should it gather the evidence about its own AWS accounts?",
            Option(
                "Run an Audit Manager assessment from the prebuilt framework so "
                "that evidence is collected automatically.",
                "Prebuilt frameworks structure and automate the assessment, collecting evidence "
                "from CloudTrail, Config, Security Hub CSPM and API calls.",
            ),
            (
                Option(
                    "Download AWS's report for that standard from AWS Artifact and "
                    "submit it as evidence of the company's controls.",
                    "Artifact reports cover the controls AWS runs, not how "
                    "the company uses its own accounts.",
                ),
                Option(
                    "Take screenshots of each relevant console page in every "
                    "account by hand before the audit starts.",
                    "Manual screenshots are slow and incomplete; the company "
                    "already has automated evidence collection.",
                ),
                Option(
                    "Export all GuardDuty findings of the past year and submit "
                    "them to the auditor as the evidence.",
                    "GuardDuty findings report threats; they don't map "
                    "evidence to the standard's controls.",
                ),
            ),
            AUDIT_MANAGER_API_URL,
        ),
    ),
    near=("config", "security-hub", "shared-responsibility:artifact"),
)


TOPIC = Topic(
    id="monitoring",
    title="Auditing and monitoring access",
    concepts=(
        CHOOSING,
        CONFIG,
        GUARDDUTY,
        SECURITY_HUB,
        TRUSTED_ADVISOR,
        DETECTIVE,
        CLOUDWATCH,
        AUDIT_MANAGER,
    ),
)
