"""IAM features and best practices, as the lesson note lists them, from AWS's pages."""

from quizzes.catalogues import Concept, Fact, Scenario
from quizzes.catalogues.root_tasks import ROOT_BEST_PRACTICES_URL

IAM_INTRO_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/introduction.html"
MFA_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa.html"
ACCESS_KEYS_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html"
CREDENTIAL_REPORT_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html"
)
TAGS_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html"
# "What is IAM?", section "Service availability": "IAM, like many other AWS services, is
# eventually consistent", with the advice to keep IAM changes out of critical code paths.
CONSISTENCY_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/introduction.html"
CLOUDTRAIL_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-integration.html"
PASSWORD_POLICY_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html"
)
LAST_ACCESSED_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_last-accessed.html"
)
BEST_PRACTICES_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html"
# "Use multi-factor authentication with your identities": MFA as an IAM best practice, for the
# root user and IAM users alike.
MFA_PRACTICE_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/gs-identities-mfa.html"
UPDATE_KEYS_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_RotateAccessKey.html"
# "What is IAM?", section "IAM Features", as AWS published it in the IAM User Guide's source:
# "PCI DSS Compliance — IAM supports the processing, storage, and transmission of credit card
# data by a merchant or service provider, and has been validated as being compliant with
# Payment Card Industry (PCI) Data Security Standard (DSS)", pointing to PCI DSS Level 1.
# The same section says IAM and AWS STS are "offered at no additional charge" ("Free to use").
IAM_INTRO_SOURCE_URL = (
    "https://github.com/awsdocs/iam-user-guide/blob/0f5432dc0cfd2205a03920743143e9d5d7718aeb/"
    "doc_source/introduction.md"
)
PCI_DSS_URL = "https://aws.amazon.com/compliance/pci-dss-level-1-faqs/"

FEATURES: dict[str, Concept] = {
    feature.id: feature
    for feature in (
        Concept(
            "mfa",
            "Multi-factor authentication (MFA)",
            "MFA asks for a second factor, such as a code from a device, in addition to the "
            "password or access key when signing in.",
            "2 factor authentication",
            MFA_URL,
        ),
        Concept(
            "access-keys",
            "Access keys",
            "Access keys (an access key ID and secret access key) sign programmatic requests "
            "from the AWS CLI, SDKs or API; they do not sign in to the console.",
            "access keys",
            ACCESS_KEYS_URL,
        ),
        Concept(
            "credential-report",
            "The IAM credential report",
            "The credential report lists every IAM user and the status of their passwords, "
            "access keys and MFA devices; it is not a log of API calls.",
            "credential report",
            CREDENTIAL_REPORT_URL,
        ),
        Concept(
            "tags",
            "IAM tags",
            "IAM tags are custom key-value attributes on users, roles and other IAM resources "
            "that policies can test in conditions; a tag grants nothing by itself.",
            "IAM tags",
            TAGS_URL,
        ),
        Concept(
            "eventual-consistency",
            "IAM's eventual consistency",
            "IAM replicates each change across servers in Amazon's data centers around the "
            "world, so a change can take some time to be visible everywhere; it controls "
            "nothing.",
            "eventual consistency",
            CONSISTENCY_URL,
        ),
        Concept(
            "cloudtrail",
            "AWS CloudTrail",
            "CloudTrail records API calls made in the account, including IAM and AWS STS "
            "calls, with the identity that made each one.",
            "CloudTrail logging",
            CLOUDTRAIL_URL,
        ),
        Concept(
            "password-policy",
            "An account password policy",
            "The account password policy sets rules, such as minimum length and required "
            "character types, for IAM users' passwords.",
            "best practices",
            PASSWORD_POLICY_URL,
        ),
        Concept(
            "last-accessed",
            "IAM last accessed information",
            "Last accessed information shows the services (and for some, the actions) an "
            "identity is allowed and when it last tried to use them, to help remove unused "
            "permissions.",
            "best practices",
            LAST_ACCESSED_URL,
        ),
    )
}

SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        "auditor-credential-status",
        "An auditor asks for a list of every IAM user in the account with the status of their "
        "passwords, access keys and MFA devices. Which IAM feature provides it?",
        "credential-report",
        "The credential report is a downloadable list of all users and the status of their "
        "credentials, including passwords, access keys and MFA devices.",
    ),
    Scenario(
        "second-factor",
        "A company wants its administrators to prove their identity with something they have, "
        "in addition to their password, when they sign in to the console. What should it "
        "enable?",
        "mfa",
        "MFA adds a second factor, such as a code from a device, on top of the password.",
    ),
    Scenario(
        "cli-on-laptop",
        "An IAM user needs to run AWS CLI commands from a laptop with their own long-term "
        "credentials. What must the user create?",
        "access-keys",
        "The AWS CLI signs requests with access keys; a console password cannot be used for "
        "programmatic access.",
    ),
    Scenario(
        "who-deleted-the-bucket",
        "A security team must find out which IAM identity deleted a production S3 bucket "
        "yesterday and from which IP address. Which service records this?",
        "cloudtrail",
        "CloudTrail logs each API call with the identity that made it, the time and the source "
        "IP address.",
        not_distractors=("last-accessed",),
    ),
    Scenario(
        "department-attributes",
        "A company wants to label each IAM user and role with its department and cost centre, "
        "and use those labels in policy conditions. What should it use?",
        "tags",
        "Tags are key-value pairs attached to users and roles that policies can test with "
        "condition keys such as aws:PrincipalTag.",
    ),
    Scenario(
        "new-role-not-yet-usable",
        "A deployment script creates an IAM role and uses it in the next command. The second "
        "command sometimes fails as if the role did not exist, then succeeds a moment later. "
        "Which characteristic of IAM explains this?",
        "eventual-consistency",
        "IAM is eventually consistent: a new role takes some time to replicate, so AWS advises "
        "keeping IAM changes out of critical code paths and verifying they have propagated "
        "before production workflows depend on them.",
    ),
    Scenario(
        "strong-passwords",
        "A company must require IAM users' passwords to have at least 14 characters, including "
        "symbols and numbers. What should it configure?",
        "password-policy",
        "The account password policy sets complexity rules, such as minimum length and required "
        "character types, for IAM users.",
    ),
    Scenario(
        "unused-permissions",
        "An administrator wants to find the AWS services a role is allowed to use but has not "
        "used in the last 90 days, so the permissions can be removed. Which IAM feature helps?",
        "last-accessed",
        "Last accessed information shows when an identity last tried to use each service it is "
        "allowed, which points to permissions that can be removed.",
        not_distractors=("cloudtrail",),
    ),
)

FEATURE_TRUE: tuple[Fact, ...] = (
    Fact(
        "access-keys-programmatic",
        "Access keys are used to sign programmatic requests made with the AWS CLI or SDKs.",
        "Access keys are long-term credentials for programmatic requests.",
        ACCESS_KEYS_URL,
    ),
    Fact(
        "credential-report-contents",
        "The credential report lists all IAM users and the status of their passwords, access "
        "keys and MFA devices.",
        "That is exactly what the credential report contains.",
        CREDENTIAL_REPORT_URL,
    ),
    Fact(
        "tags-on-users-roles",
        "IAM tags are key-value pairs that can be attached to IAM users and roles.",
        "Users and roles (among other IAM resources) can be tagged with key-value pairs.",
        TAGS_URL,
    ),
    Fact(
        "eventually-consistent",
        "IAM changes can take a short time to become visible everywhere, because IAM is "
        "eventually consistent.",
        "AWS states that IAM, like many other AWS services, is eventually consistent: each "
        "change must be replicated, which can take some time.",
        CONSISTENCY_URL,
    ),
    Fact(
        "cloudtrail-logs-iam",
        "AWS CloudTrail records API calls made to IAM and AWS STS.",
        "IAM and AWS STS are integrated with CloudTrail, which captures their API calls.",
        CLOUDTRAIL_URL,
    ),
    Fact(
        "pci-dss",
        "IAM has been validated as compliant with PCI DSS and supports merchants that handle "
        "credit card data.",
        "AWS's 'What is IAM?' lists PCI DSS compliance among IAM's features: IAM supports the "
        "processing, storage and transmission of credit card data by a merchant or service "
        "provider, and has been validated as compliant with PCI DSS.",
        IAM_INTRO_URL,
        sources=(IAM_INTRO_SOURCE_URL, PCI_DSS_URL),
        heading="features#PCI DSS compliant",
    ),
    Fact(
        "two-access-keys",
        "An IAM user can have at most two access keys at a time.",
        "AWS documents a maximum of two access keys per user; the second one lets you replace "
        "a key without interrupting applications.",
        ACCESS_KEYS_URL,
    ),
)

FEATURE_FALSE: tuple[Fact, ...] = (
    Fact(
        "credential-report-api-calls",
        "The credential report shows every API call each IAM user made.",
        "The credential report shows credential status; CloudTrail records API calls.",
        CREDENTIAL_REPORT_URL,
    ),
    Fact(
        "immediate-everywhere",
        "A change to an IAM policy takes effect in every Region at the same instant.",
        "IAM is eventually consistent: changes take time to propagate.",
        CONSISTENCY_URL,
    ),
    Fact(
        "access-keys-console",
        "Access keys are what an IAM user types to sign in to the AWS Management Console.",
        "The console uses a password (and MFA); access keys are for programmatic requests.",
        ACCESS_KEYS_URL,
    ),
    Fact(
        "ten-access-keys",
        "An IAM user can have up to ten active access keys.",
        "An IAM user can have a maximum of two access keys.",
        ACCESS_KEYS_URL,
    ),
    Fact(
        "mfa-root-only",
        "MFA can be enabled for the root user but not for IAM users.",
        "AWS supports MFA for the root user, IAM users, users in IAM Identity Center and "
        "federated users.",
        MFA_PRACTICE_URL,
    ),
    Fact(
        "tags-grant",
        "Attaching a tag such as admin=true to an IAM user grants the user administrator "
        "permissions.",
        "Tags grant nothing; only policies grant permissions, though they may test tags in "
        "conditions.",
        TAGS_URL,
    ),
    Fact(
        "pci-no-card-data",
        "IAM can't be used by a merchant that processes, stores or transmits credit card data.",
        "AWS states that IAM supports the processing, storage and transmission of credit card "
        "data by a merchant or service provider, and has been validated as compliant with "
        "PCI DSS.",
        IAM_INTRO_URL,
        sources=(IAM_INTRO_SOURCE_URL, PCI_DSS_URL),
    ),
    Fact(
        "charged-per-user",
        "IAM is billed per IAM user per month.",
        "IAM and AWS STS are offered at no additional charge; you pay only for the other AWS "
        "services your IAM users or temporary credentials use.",
        IAM_INTRO_URL,
        sources=(IAM_INTRO_SOURCE_URL,),
    ),
    Fact(
        "cloudtrail-credential-status",
        "AWS CloudTrail shows which IAM users have MFA devices enabled.",
        "CloudTrail records API activity; the credential report shows MFA status.",
        CLOUDTRAIL_URL,
    ),
)

PRACTICE_TRUE: tuple[Fact, ...] = (
    Fact(
        "mfa-privileged",
        "Use MFA for the root user and for IAM users.",
        "AWS calls MFA an IAM best practice and supports it for the root user and IAM users; "
        "every account type now requires MFA for its root user.",
        MFA_PRACTICE_URL,
    ),
    Fact(
        "lock-root-keys",
        "Don't create access keys for the root user, and lock away its credentials.",
        "AWS strongly recommends not creating root user access keys and protecting the root "
        "user's credentials like a credit card number.",
        ROOT_BEST_PRACTICES_URL,
    ),
    Fact(
        "roles-for-ec2",
        "Use IAM roles to give applications on EC2 instances temporary credentials.",
        "AWS's best practices require workloads to use temporary credentials with IAM roles "
        "to access AWS.",
        BEST_PRACTICES_URL,
    ),
    Fact(
        "rotate-keys",
        "Update access keys when needed, such as when an employee leaves, where long-term "
        "credentials can't be avoided.",
        "AWS recommends temporary credentials where possible and, for IAM users' access keys, "
        "updating them when needed, such as when an employee leaves the company.",
        UPDATE_KEYS_URL,
    ),
    Fact(
        "remove-unused",
        "Regularly remove unused users, roles, permissions, policies and credentials.",
        "AWS recommends regularly reviewing and removing unused users, roles, permissions, "
        "policies and credentials.",
        BEST_PRACTICES_URL,
    ),
    Fact(
        "least-privilege",
        "Grant only the permissions needed to perform a task (least privilege).",
        "Least-privilege permissions are a core IAM best practice.",
        BEST_PRACTICES_URL,
    ),
    Fact(
        "use-conditions",
        "Use conditions in IAM policies to further restrict access.",
        "AWS recommends policy conditions, such as requiring requests to be sent with SSL, to "
        "restrict access further.",
        BEST_PRACTICES_URL,
    ),
)

PRACTICE_FALSE: tuple[Fact, ...] = (
    Fact(
        "share-keys",
        "Share one IAM user's access keys among the team to keep fewer credentials.",
        "AWS recommends that people reach AWS through federation with temporary credentials, "
        "each with their own identity; keys shared by a team can't be traced to one person.",
        BEST_PRACTICES_URL,
    ),
    Fact(
        "root-daily",
        "Use the root user for everyday administrative tasks.",
        "AWS says to use the root user only for the tasks that require root user credentials.",
        ROOT_BEST_PRACTICES_URL,
    ),
    Fact(
        "keys-in-code",
        "Store access keys in application code running on EC2 instances.",
        "Applications on EC2 should use a role's temporary credentials, never embedded keys.",
        BEST_PRACTICES_URL,
    ),
    Fact(
        "admin-for-all",
        "Give every developer AdministratorAccess so that no one is ever blocked.",
        "That violates least privilege; grant only what each task needs.",
        BEST_PRACTICES_URL,
    ),
    Fact(
        "keep-unused",
        "Keep unused IAM users and access keys in case someone needs them later.",
        "AWS recommends removing unused users and credentials.",
        BEST_PRACTICES_URL,
    ),
    Fact(
        "root-keys-for-scripts",
        "Create root user access keys for automation scripts that need full access.",
        "AWS strongly recommends not creating an access key for the root user: it gives full "
        "access to every resource and its permissions can't be reduced.",
        ROOT_BEST_PRACTICES_URL,
    ),
)
