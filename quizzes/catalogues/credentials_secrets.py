"""Credentials and secrets (CLF-C02 2.3): MFA, passwords and the password policy, access keys
and what to do when one leaks, temporary credentials and the role credentials an EC2 instance
provides, where applications keep their secrets (AWS Secrets Manager, Systems Manager Parameter
Store) and AWS KMS, the key service that encrypts them.

Checked against AWS's pages as they read in December 2026. Left out on purpose: the exact
values of IAM's default password policy (the current page's "Default password policy"
section could not be read; only its existence is stated here), and which quarantine policy
version AWS attaches today (the managed-policy reference lists V1 to V4; claims name none).
"""

from quizzes.catalogues.concepts import Claim, Concept, Option, Practice, Scenario, Topic

NOTE = "security-credentials-secrets"

IAM = "https://docs.aws.amazon.com/IAM/latest/UserGuide/"
# "AWS Multi-factor authentication in IAM": MFA for the root user and IAM users, up to eight
# devices of any type, one needed to sign in, the types (passkeys and security keys, virtual
# authenticator apps, hardware TOTP tokens). The newest version adds "MFA is enforced for all
# account types for their root user". SMS is not among the types it lists.
MFA_URL = IAM + "id_credentials_mfa.html"
# "Multi-factor authentication for AWS account root user": all account types (standalone,
# management, member) require root user MFA; AWS recommends a passkey or security key wherever
# possible as more resistant to phishing. (An older version said member accounts were still
# optional, with enforcement planned for 2025; the newer text is followed here.)
ROOT_MFA_URL = IAM + "enable-mfa-for-root.html"
BEST_PRACTICES_URL = IAM + "best-practices.html"
# "Manage access keys for IAM users": long-term credentials of an IAM user or the root user,
# access key ID + secret access key, secret retrievable only at creation, a maximum of two per
# user, don't create root access keys, don't put keys in application files, monitor their use
# with CloudTrail.
ACCESS_KEYS_URL = IAM + "id_credentials_access-keys.html"
# "Update access keys": create a second key while the first is active, update the applications,
# deactivate the old key, then delete it. AWS now says "update … when needed, such as when an
# employee leaves" (the IAM guide no longer says "rotate regularly").
UPDATE_KEYS_URL = IAM + "id-credentials-access-keys-update.html"
# "Programmatic access with AWS security credentials": long-term access keys never expire;
# temporary credentials add a security token and expire.
PROGRAMMATIC_URL = IAM + "security-creds-programmatic-access.html"
EC2_ROLE_URL = IAM + "id_roles_use_switch-role-ec2.html"
# Well-Architected SEC02-BP02: federating or assuming a role generates temporary credentials;
# embedding long-term keys in code is an anti-pattern.
TEMPORARY_WA_URL = (
    "https://docs.aws.amazon.com/wellarchitected/latest/framework/sec_identities_unique.html"
)
# "User passwords in AWS": passwords are for the console, not for the CLI, SDKs or APIs; a
# forgotten password can't be retrieved.
PASSWORDS_URL = IAM + "id_credentials_passwords.html"
# "Manage passwords for IAM users": a password signs in, permissions come from policies; users
# can be allowed to change their own password; a leaver's credentials should be removed.
MANAGE_PASSWORDS_URL = IAM + "id_credentials_passwords_admin-change-user.html"
# "Set an account password policy for IAM users": custom rules, the default AWS policy when none
# is set, not for the root user or access keys, expired password still leaves access keys
# working, rule changes apply at the next password change but expiry at once, no lockout policy.
PASSWORD_POLICY_URL = IAM + "id_credentials_passwords_account-policy.html"
# PasswordPolicy (IAM API): MaxPasswordAge 1 to 1095 days, MinimumPasswordLength 6 to 128.
PASSWORD_POLICY_API_URL = (
    "https://docs.aws.amazon.com/IAM/latest/APIReference/API_PasswordPolicy.html"
)
# The newest of AWS's quarantine policies (V4, created November 2026): "applied by AWS in the
# event that an IAM user's credentials have been compromised or exposed publicly … Do NOT remove
# this policy. Instead, please follow the instructions specified in the support case".
QUARANTINE_URL = (
    "https://docs.aws.amazon.com/aws-managed-policy/latest/reference/"
    "AWSCompromisedKeyQuarantineV4.html"
)
# GuardDuty "Remediating potentially compromised AWS credentials": identify the entity and the
# API calls, review its permissions, AKIA keys are long-term.
COMPROMISED_URL = "https://docs.aws.amazon.com/guardduty/latest/ug/compromised-creds.html"

SM = "https://docs.aws.amazon.com/secretsmanager/latest/userguide/"
SM_INTRO_URL = SM + "intro.html"
SM_ENCRYPTION_URL = SM + "security-encryption.html"
SM_REPLICATION_URL = SM + "add-regions.html"
SM_PRICING_URL = "https://aws.amazon.com/secrets-manager/pricing/"

SSM = "https://docs.aws.amazon.com/systems-manager/latest/userguide/"
# "AWS Systems Manager Parameter Store": hierarchical storage for configuration data and
# secrets; integrated with Secrets Manager; "To implement password rotation lifecycles, use AWS
# Secrets Manager".
PS_URL = SSM + "systems-manager-parameter-store.html"
# "Managing parameter tiers": standard "No additional charge", advanced "Charges apply".
PS_TIERS_URL = SSM + "parameter-store-advanced-parameters.html"
PS_SECURESTRING_URL = SSM + "secure-string-parameter-kms-encryption.html"
# "SecureString parameters": only the value is encrypted, not the name or description.
PS_SECURESTRING_ABOUT_URL = SSM + "sysman-paramstore-securestring.html"

# AWS Key Management Service Developer Guide. "AWS Key Management Service" (overview): a managed
# service to create and control the keys used to encrypt and sign data; KMS keys never leave
# AWS KMS unencrypted. (The HSM validation level is left out: the developer guide now says
# FIPS 140-3, the older AWS cryptography services page still says FIPS 140-2.)
KMS = "https://docs.aws.amazon.com/kms/latest/developerguide/"
KMS_OVERVIEW_URL = KMS + "overview.html"
# "Key policies in AWS KMS": a key policy is a resource policy for a KMS key; every KMS key must
# have exactly one; no principal, root user included, has permissions unless a key policy, IAM
# policy or grant allows them; IAM policies allow access only if the key policy enables them.
KMS_KEY_POLICIES_URL = KMS + "key-policies.html"
# "AWS KMS keys": customer managed keys for full control of lifecycle and use (a monthly fee);
# AWS managed keys' policies are controlled by the service and only viewable by the customer.
KMS_CONCEPTS_URL = KMS + "concepts.html"
# "Editing keys": "You cannot edit any properties of AWS managed keys or AWS owned keys."
KMS_EDIT_KEYS_URL = KMS + "editing-keys.html"
# The service's documentation overview: integrated with AWS services to encrypt data stored in
# them; integrated with CloudTrail to audit who used which keys, on which resources and when;
# who manages keys controlled separately from who uses them; automatic rotation without
# re-encrypting previously encrypted data.
KMS_DOCS_URL = "https://aws.amazon.com/documentation-overview/kms/"

# Amazon EC2 User Guide. "Retrieve security credentials from instance metadata": the application
# reads the role's credentials from the instance metadata item iam/security-credentials/role-name;
# they are temporary and rotated automatically, new ones available at least five minutes before
# the old ones expire; assuming the instance's own role again is unnecessary.
EC2_METADATA_CREDENTIALS_URL = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-metadata-security-credentials.html"
# "IAM roles for Amazon EC2": instead of creating and distributing credentials, specify a role at
# launch or attach it to an existing instance; a change to the role reaches all its instances.
EC2_ROLES_URL = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html"
# AWS Startup Security Baseline WKLD.01: applications that use an AWS SDK in these compute
# environments automatically use the IAM role credentials.
WKLD01_URL = (
    "https://docs.aws.amazon.com/prescriptive-guidance/latest/aws-startup-security-baseline/"
    "wkld-01.html"
)


MFA = Concept(
    id="mfa",
    name="Multi-factor authentication (MFA)",
    kind="credential",
    subject="MFA in IAM",
    purpose="MFA asks for a second proof from a device the user has, in addition to the "
    "password; on its own it neither signs in nor signs API requests.",
    heading=f"{NOTE}#multi-factor authentication",
    reference=MFA_URL,
    task="2.3",
    near=("console-password", "access-keys", "temporary-credentials"),
    true=(
        Claim(
            "root-and-users",
            "MFA can be enabled both for the AWS account root user and for IAM users.",
            "AWS recommends MFA for the root user and for IAM users; each can register MFA "
            "devices.",
            MFA_URL,
        ),
        Claim(
            "eight-devices",
            "The root user and each IAM user can register up to eight MFA devices of any type.",
            "AWS allows up to eight MFA devices of any supported type per root user or IAM "
            "user, to reduce the risk of losing access when a device is lost or broken.",
            MFA_URL,
        ),
        Claim(
            "one-is-enough",
            "A user with several MFA devices needs only one of them to sign in.",
            "AWS: you only need one MFA device to sign in to the console or create a session "
            "through the AWS CLI.",
            MFA_URL,
        ),
        Claim(
            "per-identity",
            "Enabling MFA for the root user protects only the root user's credentials.",
            "IAM users are distinct identities with their own credentials; each identity has "
            "its own MFA configuration.",
            MFA_URL,
        ),
        Claim(
            "root-required",
            "AWS requires every account type, including member accounts, to set up root user MFA.",
            "AWS's current page: all account types (standalone, management and member "
            "accounts) require MFA to be configured for their root user.",
            ROOT_MFA_URL,
        ),
        Claim(
            "best-practice",
            "AWS's IAM best practices call for MFA wherever IAM users or the root user are "
            "still used.",
            "'Require multi-factor authentication (MFA)' is one of AWS's IAM security best "
            "practices, for the scenarios that still need IAM users or the root user.",
            BEST_PRACTICES_URL,
        ),
    ),
    false=(
        Claim(
            "root-only",
            "MFA can be enabled for the root user, but IAM users have no MFA option at all.",
            "AWS supports MFA for the root user and for IAM users alike.",
            MFA_URL,
            negates="root-and-users",
        ),
        Claim(
            "single-device",
            "Each IAM user can register only one MFA device at a time, whatever its type.",
            "The limit is eight MFA devices of any type per root user or IAM user.",
            MFA_URL,
            negates="eight-devices",
        ),
        Claim(
            "every-device",
            "A user with several MFA devices must answer a prompt from each one to sign in.",
            "Only one of the registered MFA devices is needed to sign in.",
            MFA_URL,
            negates="one-is-enough",
        ),
        Claim(
            "root-covers-all",
            "Turning on MFA for the root user also enforces it for every IAM user in the account.",
            "MFA on the root user affects only the root user's credentials; each IAM user has "
            "its own MFA configuration.",
            MFA_URL,
            negates="per-identity",
        ),
        Claim(
            "replaces-password",
            "With MFA enabled, an IAM user signs in with the device alone, no password needed.",
            "MFA is asked for in addition to the user's sign-in credentials, not instead of them.",
            MFA_URL,
        ),
        Claim(
            "member-optional",
            "Root user MFA is optional in member accounts of an organization, unlike in others.",
            "AWS now requires MFA for the root user of all account types: standalone, "
            "management and member accounts.",
            ROOT_MFA_URL,
            negates="root-required",
        ),
    ),
    scenarios=(
        Scenario(
            "something-they-have",
            "make administrators prove who they are with a device they carry, on top of what "
            "they type, when they sign in to the console",
            "MFA adds a second factor (a device the user has) to the password the user knows.",
        ),
        Scenario(
            "stolen-password",
            "make sure that a stolen IAM user password alone is not enough to sign in",
            "With MFA, a sign-in also needs the user's MFA device, so a leaked password alone "
            "fails.",
        ),
        Scenario(
            "protect-root",
            "add a second layer of protection to the root user's sign-in",
            "MFA protects the root user's sign-in; AWS requires it for the root user of every "
            "account type.",
            reference=ROOT_MFA_URL,
        ),
    ),
    practices=(
        Practice(
            "privileged-users",
            "A company still has IAM users with administrator permissions who sign in to the "
            "console with a password only.",
            "Which action does AWS recommend to strengthen their sign-in?",
            Option(
                "Require MFA for these IAM users.",
                "AWS's best practices require MFA for the IAM users and root user that remain; "
                "a stolen password is then not enough.",
            ),
            (
                Option(
                    "Make them change their passwords every day.",
                    "A daily password is still a single factor: whoever steals today's "
                    "password can sign in.",
                ),
                Option(
                    "Give them access keys to use instead of passwords.",
                    "Access keys sign programmatic requests and are long-term credentials; they "
                    "add no second factor to a console sign-in.",
                ),
                Option(
                    "Let them share one administrator user so that fewer passwords exist.",
                    "Shared credentials can't be traced to one person; AWS wants each person to "
                    "have their own identity, protected with MFA.",
                ),
            ),
            BEST_PRACTICES_URL,
        ),
        Practice(
            "spare-device",
            "An administrator worries about losing access to the root user if its only MFA "
            "device breaks.",
            "What should the administrator do?",
            Option(
                "Register a second MFA device for the root user.",
                "The root user can have up to eight MFA devices; AWS notes that more than one "
                "reduces the risk of losing access when a device is lost or broken.",
            ),
            (
                Option(
                    "Turn off MFA for the root user until a spare device arrives.",
                    "That removes the protection, and AWS requires MFA for the root user.",
                ),
                Option(
                    "Create root user access keys to use if the device breaks.",
                    "AWS says not to create access keys for the root user; they would give "
                    "unrestricted access and skip MFA.",
                ),
                Option(
                    "Add SMS text messages to the root user as a backup MFA method.",
                    "SMS is not one of the MFA types IAM supports; the types are passkeys and "
                    "security keys, virtual authenticator apps and hardware TOTP tokens.",
                ),
            ),
            MFA_URL,
        ),
    ),
)

MFA_TYPES = Concept(
    id="mfa-types",
    name="MFA device types",
    kind="",
    subject="the MFA types that IAM supports",
    purpose="IAM supports passkeys and security keys (FIDO), virtual authenticator apps and "
    "hardware TOTP tokens as MFA.",
    heading=f"{NOTE}#multi-factor authentication#MFA types",
    reference=MFA_URL,
    task="2.3",
    true=(
        Claim(
            "three-types",
            "IAM supports passkeys and security keys, virtual authenticator apps and hardware "
            "TOTP tokens.",
            "Those are the MFA types AWS lists for IAM users and the root user.",
            MFA_URL,
        ),
        Claim(
            "phishing-resistant",
            "AWS recommends passkeys or security keys where possible because they resist phishing.",
            "Passkeys and security keys, based on FIDO standards and public key cryptography, "
            "are more resistant to attacks such as phishing.",
            ROOT_MFA_URL,
        ),
        Claim(
            "synced-passkeys",
            "Synced passkeys live in a credential manager, such as Apple's or Google's, and "
            "work across devices.",
            "AWS supports device-bound passkeys (security keys) and synced passkeys kept in "
            "credential managers and synced across the user's devices.",
            MFA_URL,
        ),
        Claim(
            "one-key-many-users",
            "A single security key, such as a YubiKey, can serve several root users and IAM users.",
            "AWS: a single security key can support multiple root user accounts and IAM users.",
            MFA_URL,
        ),
        Claim(
            "virtual-app",
            "A virtual authenticator app on a phone generates time-based one-time passwords "
            "(TOTP).",
            "Virtual authenticator apps implement the TOTP algorithm and can hold tokens for "
            "several accounts on one device.",
            MFA_URL,
        ),
        Claim(
            "hardware-token",
            "A hardware TOTP token is a physical device that shows a one-time code to type in.",
            "Hardware TOTP tokens generate the time-based one-time code on a dedicated device "
            "instead of a phone app.",
            MFA_URL,
        ),
    ),
    false=(
        Claim(
            "sms",
            "IAM users can receive their MFA codes by SMS text message on a registered phone.",
            "SMS is not among the MFA types IAM lists (passkeys and security keys, virtual "
            "authenticator apps, hardware TOTP tokens); Amazon Cognito user pools, a different "
            "service, can send SMS codes.",
            MFA_URL,
        ),
        Claim(
            "email-code",
            "IAM can email a one-time code to the user's address to serve as the second factor.",
            "Email codes are not an IAM MFA type; IAM supports passkeys and security keys, "
            "virtual authenticator apps and hardware TOTP tokens.",
            MFA_URL,
        ),
        Claim(
            "key-per-user",
            "A security key can be registered for only one IAM user or root user, never more.",
            "AWS says a single security key can support multiple root user accounts and IAM users.",
            MFA_URL,
            negates="one-key-many-users",
        ),
        Claim(
            "apps-recommended",
            "AWS recommends authenticator app codes over passkeys because codes can't be phished.",
            "It is the other way round: AWS recommends passkeys or security keys where possible "
            "because they resist phishing better.",
            ROOT_MFA_URL,
            negates="phishing-resistant",
        ),
        Claim(
            "root-hardware-only",
            "The root user may use only hardware MFA devices, never a virtual authenticator app.",
            "AWS supports passkeys and security keys, virtual authenticator apps and hardware "
            "TOTP tokens for the root user too.",
            ROOT_MFA_URL,
        ),
    ),
    practices=(
        Practice(
            "root-phishing",
            "A company is choosing an MFA type for its root user and wants the strongest "
            "protection against phishing.",
            "What does AWS recommend?",
            Option(
                "Register a passkey or a FIDO security key for the root user.",
                "AWS recommends passkeys or security keys wherever possible because they are "
                "more resistant to attacks such as phishing.",
            ),
            (
                Option(
                    "Register a virtual authenticator app that shows six-digit codes.",
                    "Supported, but a typed code can be phished; AWS recommends passkeys or "
                    "security keys where possible.",
                ),
                Option(
                    "Have codes sent by SMS to the account's contact phone number.",
                    "SMS is not an MFA type that IAM supports.",
                ),
                Option(
                    "Register a hardware TOTP token that shows a code on its own screen.",
                    "Supported, but like an app's code, a one-time code typed in can be "
                    "phished; AWS recommends passkeys or security keys where possible.",
                ),
            ),
            ROOT_MFA_URL,
        ),
    ),
)

ACCESS_KEYS = Concept(
    id="access-keys",
    name="Access keys",
    kind="credential",
    subject="IAM access keys",
    purpose="Access keys (an access key ID and a secret access key) are long-term credentials "
    "of an IAM user or the root user that sign AWS CLI, SDK and API requests; they don't sign "
    "in to the console.",
    heading=f"{NOTE}#access keys",
    reference=ACCESS_KEYS_URL,
    task="2.3",
    near=("temporary-credentials", "console-password", "mfa", "workforce-identity:sts"),
    true=(
        Claim(
            "two-parts",
            "An access key has two parts, an access key ID and a secret access key, used together.",
            "You must use both the access key ID and the secret access key together to "
            "authenticate requests.",
            ACCESS_KEYS_URL,
        ),
        Claim(
            "secret-once",
            "The secret access key can be viewed or downloaded only when the key is created.",
            "The secret access key can be retrieved only at the time you create it; if it is "
            "lost, you delete the key and create a new one.",
            ACCESS_KEYS_URL,
        ),
        Claim(
            "two-per-user",
            "An IAM user can have at most two access keys, which lets a key be replaced "
            "without downtime.",
            "A user can have a maximum of two access keys; AWS's update procedure creates the "
            "second key while the first is still active.",
            ACCESS_KEYS_URL,
        ),
        Claim(
            "long-term",
            "Access keys are long-term credentials that stay valid until they are deactivated "
            "or deleted.",
            "AWS calls IAM user access keys long-term credentials that never expire, unlike "
            "temporary credentials.",
            PROGRAMMATIC_URL,
        ),
        Claim(
            "programmatic",
            "Access keys sign programmatic requests made with the AWS CLI, the AWS SDKs or the "
            "AWS API.",
            "That is what access keys are for; the console uses a password instead.",
            ACCESS_KEYS_URL,
        ),
        Claim(
            "prefer-temporary",
            "AWS recommends temporary credentials, such as IAM roles, over creating access keys.",
            "As a best practice, use temporary security credentials (such as IAM roles) "
            "instead of creating long-term credentials like access keys.",
            ACCESS_KEYS_URL,
        ),
    ),
    false=(
        Claim(
            "retrieve-later",
            "An administrator can retrieve a user's lost secret access key from the IAM console.",
            "The secret access key can be retrieved only when it is created; a lost one means "
            "deleting the key and creating a new one.",
            ACCESS_KEYS_URL,
            negates="secret-once",
        ),
        Claim(
            "five-keys",
            "An IAM user can have up to five active access keys, one for each application.",
            "The maximum is two access keys per user.",
            ACCESS_KEYS_URL,
            negates="two-per-user",
        ),
        Claim(
            "expire-90",
            "IAM access keys expire automatically 90 days after they are created.",
            "Access keys are long-term credentials that never expire; they work until you "
            "deactivate or delete them.",
            PROGRAMMATIC_URL,
            negates="long-term",
        ),
        Claim(
            "console-sign-in",
            "Access keys are what an IAM user types to sign in to the AWS Management Console.",
            "The console uses a password (and MFA); access keys sign programmatic requests.",
            PASSWORDS_URL,
        ),
        Claim(
            "id-alone",
            "The access key ID alone signs API requests; the secret part is kept only as a backup.",
            "Both the access key ID and the secret access key are needed to authenticate a "
            "request.",
            ACCESS_KEYS_URL,
            negates="two-parts",
        ),
        Claim(
            "roles-have-keys",
            "Each IAM role has its own long-term access keys, created for it in the IAM console.",
            "Long-term access keys belong to IAM users or the root user; a role gives "
            "temporary credentials when it is assumed.",
            PROGRAMMATIC_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "laptop-cli",
            "let an IAM user run AWS CLI commands from a laptop",
            "The AWS CLI signs requests with access keys; for an IAM user these are long-term "
            "credentials that stay valid until revoked.",
            constraint="with credentials that stay valid until they are revoked",
        ),
        Scenario(
            "legacy-tool",
            "give a legacy on-premises backup tool, which accepts only a fixed key ID and "
            "secret, permission to call AWS APIs",
            "A fixed key ID and secret that keep working are an IAM user's access keys; "
            "temporary credentials would expire and need a session token.",
        ),
        Scenario(
            "sdk-script",
            "sign AWS SDK calls from a script on a server outside AWS with an IAM user's "
            "own long-term credentials",
            "An IAM user's programmatic calls are signed with its access key ID and secret "
            "access key.",
        ),
    ),
    practices=(
        Practice(
            "update-without-downtime",
            "An on-premises application uses an IAM user's access key, and the team must "
            "replace the key without interrupting the application.",
            "What should the team do?",
            Option(
                "Create a second key, switch the app to it, then deactivate and delete the old "
                "key.",
                "This is AWS's procedure: create the second key while the first is still "
                "active, update the application, deactivate the old key, and delete it once "
                "nothing breaks.",
            ),
            (
                Option(
                    "Delete the old key first, then create a new key and update the application to "
                    "use it.",
                    "The application fails from the moment the old key is deleted until it is "
                    "updated.",
                ),
                Option(
                    "Ask AWS Support to extend the old key's expiry date so it needn't be "
                    "replaced yet.",
                    "Access keys have no expiry date to extend; they are long-term credentials.",
                ),
                Option(
                    "Change the IAM user's console password, which also renews its keys.",
                    "Passwords and access keys are separate credentials; changing one doesn't "
                    "touch the other.",
                ),
            ),
            UPDATE_KEYS_URL,
        ),
        Practice(
            "root-keys",
            "An automation script needs broad access to the account, and a developer proposes "
            "creating access keys for the root user.",
            "What should the team do?",
            Option(
                "Give the script an IAM role with just the permissions it needs, not root keys.",
                "AWS says not to use the root user's credentials to create access keys; a role "
                "gives temporary, least-privilege credentials.",
            ),
            (
                Option(
                    "Create root user access keys and keep them in an encrypted file on the "
                    "server.",
                    "Encryption doesn't change that root keys give unrestricted access whose "
                    "permissions can't be reduced; AWS says not to create them.",
                ),
                Option(
                    "Create root user access keys and update them every 30 days to limit exposure.",
                    "Updating them often still leaves unrestricted long-term keys in use; AWS "
                    "says not to create them at all.",
                ),
                Option(
                    "Run the script as the root user from AWS CloudShell in the console.",
                    "The root user is for the few tasks that need it, not for everyday automation.",
                ),
            ),
            ACCESS_KEYS_URL,
        ),
        Practice(
            "keys-in-code",
            "An application on Amazon EC2 reads an IAM user's access key ID and secret access "
            "key from a configuration file committed to Git.",
            "What should the team do instead?",
            Option(
                "Attach an IAM role to the instance so the application gets temporary credentials.",
                "AWS requires workloads to use temporary credentials from IAM roles, and says "
                "not to put access keys in application files.",
            ),
            (
                Option(
                    "Move the keys into environment variables set by the instance's user data.",
                    "The long-term keys are still stored on the instance and in its launch "
                    "settings; a role removes them altogether.",
                ),
                Option(
                    "Encrypt the configuration file and keep it in the repository.",
                    "The keys remain long-term credentials stored with the code; AWS says not "
                    "to put access keys in application files.",
                ),
                Option(
                    "Create a separate IAM user for each instance and bake its keys into the AMI.",
                    "That multiplies long-term keys and copies them into every image built "
                    "from the AMI.",
                ),
            ),
            BEST_PRACTICES_URL,
        ),
    ),
)

EXPOSED_KEYS = Concept(
    id="exposed-keys",
    name="Responding to an exposed access key",
    kind="",
    subject="responding to an exposed access key",
    purpose="When an access key leaks, deactivate or delete it, replace it if it is still "
    "needed, and review what it was used for; AWS may attach a quarantine policy that must not "
    "simply be removed.",
    heading=f"{NOTE}#access keys#exposed access keys",
    reference=COMPROMISED_URL,
    task="2.3",
    true=(
        Claim(
            "deactivate",
            "An exposed access key should be deactivated or deleted so it can't sign requests.",
            "AWS's update procedure deactivates and then replaces a lost access key; a key "
            "stays usable by anyone who has it until it is deactivated or deleted.",
            UPDATE_KEYS_URL,
        ),
        Claim(
            "cloudtrail",
            "AWS CloudTrail can show which API calls were made with the exposed access key.",
            "AWS recommends using CloudTrail to monitor access key usage and detect "
            "unauthorized access attempts.",
            ACCESS_KEYS_URL,
        ),
        Claim(
            "review-permissions",
            "Reviewing the permissions of the key's IAM user shows what the key could have done.",
            "AWS's remediation steps for compromised credentials include reviewing the "
            "permissions of the IAM entity involved.",
            COMPROMISED_URL,
        ),
        Claim(
            "quarantine",
            "AWS may attach a managed quarantine policy to an IAM user whose keys it finds "
            "exposed.",
            "AWS applies its AWSCompromisedKeyQuarantine managed policy (now in version V4) "
            "when an IAM user's credentials are compromised or exposed publicly.",
            QUARANTINE_URL,
        ),
        Claim(
            "keep-quarantine",
            "AWS asks you not to remove its quarantine policy but to follow the support case "
            "it opens.",
            "The policy's description says: do NOT remove this policy; follow the instructions "
            "in the support case created for you.",
            QUARANTINE_URL,
        ),
        Claim(
            "quarantine-limits",
            "The quarantine policy only denies some actions; you must still deactivate the key "
            "yourself.",
            "The policy denies certain actions to limit fraud-related charges; the exposed key "
            "is still yours to deactivate, delete and replace.",
            QUARANTINE_URL,
        ),
    ),
    false=(
        Claim(
            "make-private",
            "Making the public repository private is enough, because the key then stops working.",
            "Anyone who copied the key can still use it: an access key given away can mean "
            "permanent access until it is deactivated or deleted.",
            ACCESS_KEYS_URL,
        ),
        Claim(
            "password-change",
            "Changing the IAM user's console password also invalidates that user's access keys.",
            "Passwords and access keys are separate: even a user whose password has expired "
            "can keep using access keys.",
            PASSWORD_POLICY_URL,
        ),
        Claim(
            "expires-itself",
            "An exposed access key stops working on its own within a day, so waiting is enough.",
            "IAM user access keys are long-term credentials that never expire on their own.",
            PROGRAMMATIC_URL,
        ),
        Claim(
            "remove-quarantine",
            "The first step is to detach the quarantine policy AWS attached, so jobs run again.",
            "AWS says not to remove the quarantine policy but to follow the support case's "
            "instructions.",
            QUARANTINE_URL,
            negates="keep-quarantine",
        ),
        Claim(
            "aws-replaces",
            "AWS deletes an exposed access key itself and issues the IAM user a replacement.",
            "AWS attaches a quarantine policy and opens a support case; deactivating, "
            "deleting and replacing the key is the customer's job.",
            QUARANTINE_URL,
            negates="quarantine-limits",
        ),
    ),
    practices=(
        Practice(
            "public-repo",
            "A developer finds that an IAM user's access key was pushed to a public code "
            "repository an hour ago.",
            "What should the team do FIRST?",
            Option(
                "Deactivate the exposed access key so that it can no longer be used.",
                "Until the key is deactivated or deleted, anyone who copied it can sign "
                "requests with it; then replace it and check CloudTrail for its use.",
            ),
            (
                Option(
                    "Rewrite the repository history so that the commit with the key is gone.",
                    "Anyone who copied the key in the meantime can still use it; the key "
                    "itself must be deactivated.",
                ),
                Option(
                    "Change the IAM user's console password and keep the key.",
                    "A new password doesn't affect the user's access keys.",
                ),
                Option(
                    "Wait for the key to expire, since keys older than 90 days stop working.",
                    "Access keys never expire on their own.",
                ),
            ),
            UPDATE_KEYS_URL,
        ),
        Practice(
            "quarantine-case",
            "AWS opened a support case saying an IAM user's key was exposed, and a quarantine "
            "policy now denies some actions to that user.",
            "What should the team do?",
            Option(
                "Follow the support case's instructions: replace the key and review account "
                "activity.",
                "AWS asks customers not to remove the quarantine policy but to follow the "
                "instructions in the support case it created.",
            ),
            (
                Option(
                    "Detach the quarantine policy so that the blocked jobs can run again right "
                    "away.",
                    "AWS says not to remove the policy; the exposed key is still usable by "
                    "whoever has it.",
                ),
                Option(
                    "Move the blocked jobs to a new IAM user and leave the exposed key as it is.",
                    "The exposed key still works for whoever copied it; AWS's support case asks "
                    "you to replace it and review the account's activity.",
                ),
                Option(
                    "Close the support case, because the quarantine policy already contains the "
                    "exposure.",
                    "The policy limits some actions only; the key still has to be deactivated "
                    "and replaced.",
                ),
            ),
            QUARANTINE_URL,
        ),
    ),
)

PASSWORD = Concept(
    id="console-password",
    name="A password",
    kind="credential",
    subject="IAM user passwords",
    purpose="A password lets an IAM user (or the root user) sign in to the AWS Management "
    "Console; the AWS CLI, SDKs and API don't use it.",
    heading=f"{NOTE}#passwords",
    reference=PASSWORDS_URL,
    task="2.3",
    near=("mfa", "access-keys", "temporary-credentials"),
    true=(
        Claim(
            "console",
            "IAM users need a password to sign in to the AWS Management Console.",
            "AWS: IAM users need passwords in order to access the AWS Management Console.",
            PASSWORDS_URL,
        ),
        Claim(
            "not-programmatic",
            "IAM users don't need a password to use the AWS CLI, the AWS SDKs or the AWS API.",
            "Programmatic access uses other credentials, such as access keys or, preferably, "
            "temporary credentials.",
            PASSWORDS_URL,
        ),
        Claim(
            "not-retrievable",
            "A forgotten IAM user password can't be retrieved from IAM; a new one must be set.",
            "If a user loses or forgets a password, IAM can't retrieve it; the user or an "
            "administrator creates a new password.",
            PASSWORDS_URL,
        ),
        Claim(
            "no-permissions",
            "A password lets a user sign in, but the user can do nothing until policies grant "
            "permissions.",
            "Even with a password, a user has no permissions by default; policies attached to "
            "the user or its groups grant them.",
            MANAGE_PASSWORDS_URL,
        ),
        Claim(
            "change-own",
            "An account can allow its IAM users to change their own passwords.",
            "Administrators can grant IAM users permission to change their own passwords.",
            MANAGE_PASSWORDS_URL,
        ),
    ),
    false=(
        Claim(
            "cli-password",
            "The AWS CLI signs requests with the IAM user's console user name and password.",
            "Passwords are for the console; the AWS CLI signs requests with access keys or "
            "temporary credentials.",
            PASSWORDS_URL,
            negates="not-programmatic",
        ),
        Claim(
            "look-up",
            "An administrator can look up a user's forgotten password in the IAM console.",
            "IAM can't retrieve a lost or forgotten password; a new one must be created.",
            PASSWORDS_URL,
            negates="not-retrievable",
        ),
        Claim(
            "grants-read",
            "Giving an IAM user a console password also grants read-only access to every service.",
            "A password grants no permissions; a new user has none until policies grant them.",
            MANAGE_PASSWORDS_URL,
            negates="no-permissions",
        ),
        Claim(
            "expiry-stops-keys",
            "When an IAM user's password expires, that user's access keys stop working as well.",
            "An IAM user with an expired password can't sign in to the console but can keep "
            "using access keys.",
            PASSWORD_POLICY_URL,
        ),
        Claim(
            "shared-team",
            "AWS suggests that a team share one IAM user's password to keep credentials few.",
            "AWS wants each person to have their own identity (preferably federated); shared "
            "credentials can't be traced to one person.",
            BEST_PRACTICES_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "contractor-console",
            "let a contractor who has an IAM user sign in to the AWS Management Console",
            "IAM users need a password to sign in to the console; MFA can be added, but it "
            "doesn't replace the password.",
        ),
        Scenario(
            "browser",
            "let an IAM user work in the AWS Management Console from a web browser",
            "Console sign-in for an IAM user takes its user name and password (plus MFA when "
            "required).",
        ),
        Scenario(
            "billing-view",
            "let a finance analyst's IAM user open billing dashboards in the console",
            "An IAM user signs in to the console with a password; policies then grant the "
            "billing access.",
            reference=MANAGE_PASSWORDS_URL,
        ),
    ),
    practices=(
        Practice(
            "leaver",
            "An employee who had an IAM user with a console password and an access key leaves "
            "the company.",
            "What should the administrator do?",
            Option(
                "Remove both the user's password and the user's access keys.",
                "When users leave, AWS says to find the credentials they used and make sure "
                "they no longer work, ideally by deleting them.",
            ),
            (
                Option(
                    "Delete only the password, since access keys stop working without one.",
                    "Access keys keep working without a password; each credential must be removed.",
                ),
                Option(
                    "Shorten the account's password expiration period to one day.",
                    "An expired password doesn't disable the user's access keys, and the rule "
                    "hits every user.",
                ),
                Option(
                    "Remove the user's MFA device and leave the other credentials.",
                    "Without MFA the password becomes easier to misuse, and the access key "
                    "still works.",
                ),
            ),
            MANAGE_PASSWORDS_URL,
        ),
    ),
)

PASSWORD_POLICY = Concept(
    id="password-policy",
    name="An account password policy",
    kind="",
    subject="the IAM account password policy",
    purpose="The account password policy sets rules such as minimum length, character types, "
    "expiration and reuse for IAM users' passwords; it grants nothing and doesn't cover the "
    "root user or access keys.",
    heading=f"{NOTE}#passwords#password policy",
    reference=PASSWORD_POLICY_URL,
    task="2.3",
    true=(
        Claim(
            "rules",
            "A custom password policy can set length, character types, an expiry period and "
            "reuse limits.",
            "The custom password policy options include minimum length, required character "
            "types, password expiration and preventing password reuse.",
            PASSWORD_POLICY_URL,
        ),
        Claim(
            "default",
            "When no custom password policy is set, IAM user passwords must meet AWS's default "
            "policy.",
            "If you don't set a custom password policy, IAM user passwords must meet the "
            "default AWS password policy.",
            PASSWORD_POLICY_URL,
        ),
        Claim(
            "not-root",
            "The password policy applies neither to the root user's password nor to access keys.",
            "The IAM password policy does not apply to the AWS account root user password or "
            "IAM user access keys.",
            PASSWORD_POLICY_URL,
        ),
        Claim(
            "expired",
            "An IAM user whose password has expired can't sign in to the console but can use "
            "access keys.",
            "AWS: if a password expires, the IAM user can't sign in to the console but can "
            "continue to use their access keys.",
            PASSWORD_POLICY_URL,
        ),
        Claim(
            "next-change",
            "New length and character rules apply the next time users change their passwords.",
            "Users are not forced to change existing passwords that don't meet updated length "
            "or character rules; a new expiration period, though, applies at once.",
            PASSWORD_POLICY_URL,
        ),
    ),
    false=(
        Claim(
            "lockout",
            "A password policy can lock an IAM user out after five failed sign-in attempts.",
            "You can't create a lockout policy in IAM; AWS recommends combining a strong "
            "password policy with MFA.",
            PASSWORD_POLICY_URL,
        ),
        Claim(
            "covers-root",
            "The account password policy also sets the rules for the root user's password.",
            "The password policy does not apply to the root user's password.",
            PASSWORD_POLICY_URL,
            negates="not-root",
        ),
        Claim(
            "forces-now",
            "Raising the minimum length makes every user change a shorter password at once.",
            "Length and character rules are enforced the next time users change their "
            "passwords; existing passwords aren't forced to change.",
            PASSWORD_POLICY_URL,
            negates="next-change",
        ),
        Claim(
            "per-user",
            "Each IAM user can get a different password policy, attached like a managed policy.",
            "The password policy is a single setting of the AWS account that applies to its "
            "IAM users; it isn't attached to users.",
            PASSWORD_POLICY_URL,
        ),
        Claim(
            "max-90",
            "The longest password expiration period a password policy can set is 90 days.",
            "The expiration period can be set from 1 to 1095 days.",
            PASSWORD_POLICY_API_URL,
        ),
        Claim(
            "no-default",
            "Without a custom password policy, IAM accepts any password, even one character.",
            "When no custom policy is set, IAM user passwords must meet AWS's default password "
            "policy.",
            PASSWORD_POLICY_URL,
            negates="default",
        ),
    ),
    practices=(
        Practice(
            "lockout-request",
            "A security team worries about password guessing against IAM users and asks for "
            "accounts to lock after five failed sign-ins.",
            "What should the team do?",
            Option(
                "Use a strong password policy with MFA, because IAM has no lockout setting.",
                "IAM can't lock users out after failed attempts; AWS recommends combining a "
                "strong password policy with MFA.",
            ),
            (
                Option(
                    "Set the password policy's lockout threshold to five failed attempts.",
                    "The IAM password policy has no lockout option.",
                ),
                Option(
                    "Attach a service control policy that denies sign-in after five failures.",
                    "SCPs limit permissions; they don't count sign-in attempts.",
                ),
                Option(
                    "Make passwords expire every day so that a guessed one is soon useless.",
                    "Daily expiry doesn't stop guessing, and a guessed password works until it "
                    "expires.",
                ),
            ),
            PASSWORD_POLICY_URL,
        ),
        Practice(
            "root-coverage",
            "An auditor sees that the account password policy requires 14 characters and asks "
            "whether the root user's password is covered.",
            "What should the administrator do?",
            Option(
                "Give the root user a strong password separately and protect it with MFA.",
                "The password policy doesn't apply to the root user, whose password and MFA "
                "are managed on their own.",
            ),
            (
                Option(
                    "Nothing: the account password policy already applies to the root user.",
                    "The IAM password policy does not apply to the root user's password.",
                ),
                Option(
                    "Attach the password policy to the root user as an inline policy.",
                    "The password policy is an account setting, not a policy that can be "
                    "attached, and no policy attaches to the root user.",
                ),
                Option(
                    "Add the root user to an IAM group so that the password policy covers it.",
                    "The root user is not an IAM user and can't join IAM groups, and the "
                    "password policy never applies to the root user's password.",
                ),
            ),
            PASSWORD_POLICY_URL,
        ),
    ),
)

TEMPORARY = Concept(
    id="temporary-credentials",
    name="Temporary security credentials",
    kind="credential",
    subject="temporary security credentials",
    purpose="Temporary security credentials, issued when a role is assumed or a user "
    "federates, carry a session token and expire, so nothing long-term is stored or rotated.",
    heading=f"{NOTE}#access keys#temporary credentials",
    reference=PROGRAMMATIC_URL,
    task="2.3",
    near=("access-keys", "workforce-identity:sts", "users-vs-roles:role"),
    true=(
        Claim(
            "session-token",
            "Temporary credentials include an access key ID, a secret access key and a "
            "session token.",
            "Temporary security credentials add a security token to the key ID and secret, "
            "which shows when they expire.",
            PROGRAMMATIC_URL,
        ),
        Claim(
            "expire",
            "Temporary security credentials stop working when they expire.",
            "After they expire, temporary credentials are no longer valid.",
            PROGRAMMATIC_URL,
        ),
        Claim(
            "from-roles",
            "Assuming an IAM role or federating into AWS generates temporary credentials.",
            "When you federate to AWS or assume an IAM role, temporary credentials are generated.",
            TEMPORARY_WA_URL,
        ),
        Claim(
            "recommended",
            "AWS recommends temporary credentials for human users and for workloads wherever "
            "possible.",
            "AWS's best practices require human users to federate and workloads to use IAM "
            "roles, both with temporary credentials.",
            BEST_PRACTICES_URL,
        ),
        Claim(
            "ec2-role",
            "An application on EC2 can get temporary credentials from the role attached to "
            "its instance.",
            "A role on an EC2 instance gives its applications temporary credentials, so no "
            "long-term keys are stored on the instance.",
            EC2_ROLE_URL,
        ),
    ),
    false=(
        Claim(
            "manual-rotation",
            "Temporary credentials must be rotated by hand every 90 days, just like access keys.",
            "Temporary credentials expire on their own; there is nothing long-term to rotate.",
            PROGRAMMATIC_URL,
        ),
        Claim(
            "no-token",
            "Temporary credentials are just an access key ID and a secret, with no session token.",
            "Temporary credentials also include a security token that indicates when they expire.",
            PROGRAMMATIC_URL,
            negates="session-token",
        ),
        Claim(
            "console-only",
            "Temporary credentials work only in the console, never with the AWS CLI or SDKs.",
            "Temporary credentials sign programmatic requests; AWS recommends them for CLI and "
            "SDK calls whenever possible.",
            PROGRAMMATIC_URL,
        ),
        Claim(
            "roles-long-term",
            "Only IAM users get temporary credentials; roles use long-term access keys.",
            "Assuming a role is what generates temporary credentials; long-term access keys "
            "belong to IAM users and the root user.",
            TEMPORARY_WA_URL,
            negates="from-roles",
        ),
        Claim(
            "never-expire",
            "Temporary credentials stay valid until an administrator revokes them by hand.",
            "They expire at the end of their lifetime and are then no longer valid.",
            PROGRAMMATIC_URL,
            negates="expire",
        ),
    ),
    scenarios=(
        Scenario(
            "ec2-app",
            "let an application on Amazon EC2 call Amazon S3 without storing any keys on the "
            "instance",
            "An IAM role attached to the instance gives the application temporary credentials "
            "that expire and are renewed automatically.",
            reference=EC2_ROLE_URL,
        ),
        Scenario(
            "short-lived",
            "give developers credentials for AWS CLI work that stop working after a few hours",
            "Temporary security credentials expire; long-term access keys don't.",
        ),
        Scenario(
            "lambda",
            "let an AWS Lambda function write to Amazon DynamoDB with no key pair in its code",
            "The function's execution role supplies temporary credentials, so no long-term "
            "key sits in the code.",
            reference=BEST_PRACTICES_URL,
        ),
    ),
    practices=(
        Practice(
            "pipeline",
            "A CI/CD pipeline outside AWS deploys with an IAM user's access key that hasn't "
            "changed in two years.",
            "Which change does AWS recommend?",
            Option(
                "Have the pipeline assume an IAM role to get temporary credentials.",
                "AWS recommends temporary credentials over long-term access keys for workloads.",
            ),
            (
                Option(
                    "Copy the same access key into a second pipeline to serve as a backup.",
                    "That spreads the same long-term key to more places.",
                ),
                Option(
                    "Store the key in the pipeline's source repository so it is versioned.",
                    "AWS says not to put access keys in application or project files.",
                ),
                Option(
                    "Keep the key and turn on MFA for the IAM user's console sign-in.",
                    "Console MFA does nothing for programmatic calls signed with the long-term "
                    "key.",
                ),
            ),
            BEST_PRACTICES_URL,
        ),
    ),
)

SECRETS_MANAGER = Concept(
    id="secrets-manager",
    name="AWS Secrets Manager",
    kind="service",
    subject="AWS Secrets Manager",
    purpose="Secrets Manager stores, retrieves and automatically rotates secrets such as "
    "database credentials and API keys, encrypted with AWS KMS; it is charged per secret and "
    "per API call.",
    heading=f"{NOTE}#storing secrets#AWS Secrets Manager",
    reference=SM_INTRO_URL,
    task="2.3",
    near=("parameter-store", "kms"),
    true=(
        Claim(
            "lifecycle",
            "Secrets Manager helps manage, retrieve and rotate database credentials, API keys "
            "and other secrets.",
            "AWS describes Secrets Manager as managing, retrieving and rotating secrets "
            "throughout their lifecycles.",
            SM_INTRO_URL,
        ),
        Claim(
            "runtime-call",
            "An application can replace hard-coded credentials with a runtime call to Secrets "
            "Manager.",
            "You replace hard-coded credentials with a runtime call that retrieves them when "
            "needed, so they are not in the code.",
            SM_INTRO_URL,
        ),
        Claim(
            "rotation",
            "Secrets Manager can rotate a secret automatically on a schedule that you configure.",
            "You can configure an automatic rotation schedule, replacing long-term secrets "
            "with short-term ones.",
            SM_INTRO_URL,
        ),
        Claim(
            "kms",
            "Secrets Manager encrypts every secret value with keys from AWS KMS.",
            "Secrets Manager uses envelope encryption with AWS KMS keys and data keys to "
            "protect each secret value.",
            SM_ENCRYPTION_URL,
        ),
        Claim(
            "pricing",
            "Secrets Manager is charged per secret stored per month and per API call.",
            "Pricing is per secret per month plus per 10,000 API calls; a replica secret is "
            "billed as a secret of its own.",
            SM_PRICING_URL,
        ),
        Claim(
            "replication",
            "Secrets Manager can replicate a secret to other AWS Regions.",
            "Secrets can be replicated to multiple Regions for applications spread across them.",
            SM_REPLICATION_URL,
        ),
    ),
    false=(
        Claim(
            "free",
            "Secrets Manager stores secrets at no additional charge; only AWS KMS is billed.",
            "Secrets Manager charges per secret per month and per API call.",
            SM_PRICING_URL,
            negates="pricing",
        ),
        Claim(
            "plaintext",
            "Secrets Manager keeps secret values unencrypted and relies on IAM alone to "
            "protect them.",
            "Every secret value is encrypted with AWS KMS keys; IAM controls who may retrieve it.",
            SM_ENCRYPTION_URL,
            negates="kms",
        ),
        Claim(
            "no-rotation",
            "Secrets Manager only stores secrets; rotating them needs Parameter Store instead.",
            "Rotation is a Secrets Manager feature; AWS's Parameter Store guide sends readers "
            "to Secrets Manager for password rotation.",
            PS_URL,
            negates="rotation",
        ),
        Claim(
            "iam-passwords",
            "Secrets Manager is where IAM users' console passwords and MFA devices are managed.",
            "Secrets Manager holds secrets that applications use; IAM users' passwords and MFA "
            "devices are managed in IAM.",
            SM_INTRO_URL,
        ),
        Claim(
            "all-keys-rotated",
            "Secrets Manager automatically rotates the access keys of every IAM user in the "
            "account.",
            "Rotation applies to the secrets you store and configure for rotation, not to "
            "every IAM user's access keys.",
            SM_INTRO_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "db-monthly",
            "keep database credentials out of application code and have them changed "
            "automatically every month",
            "Secrets Manager stores the credentials, the application retrieves them at "
            "runtime, and rotation runs on the schedule you set; Parameter Store has no "
            "built-in rotation.",
        ),
        Scenario(
            "api-key",
            "store a third-party API key centrally and rotate it on a schedule",
            "Secrets Manager stores secrets such as API keys and rotates them on a schedule.",
        ),
        Scenario(
            "multi-region-db",
            "give applications in two Regions the same database credentials, rotated "
            "automatically in one place",
            "Secrets Manager replicates secrets to other Regions, and rotating the primary "
            "secret updates its replicas.",
            reference=SM_REPLICATION_URL,
        ),
    ),
    practices=(
        Practice(
            "hardcoded-db",
            "A web application's database password is written in its source code, and the "
            "security team wants it changed automatically every month.",
            "What should the team do?",
            Option(
                "Store it in AWS Secrets Manager with automatic rotation, and fetch it at runtime.",
                "Secrets Manager replaces hard-coded credentials with a runtime call and "
                "rotates them on a schedule.",
            ),
            (
                Option(
                    "Store it as a SecureString parameter and let Parameter Store rotate it.",
                    "Parameter Store encrypts the value but has no built-in rotation; AWS sends "
                    "password rotation to Secrets Manager.",
                ),
                Option(
                    "Encrypt the source file with an AWS KMS key and keep the password in it.",
                    "The password stays in the code and still has to be changed by hand.",
                ),
                Option(
                    "Put the password in an environment variable on each server and change it "
                    "by hand.",
                    "Manual changes on every server are what automatic rotation avoids.",
                ),
            ),
            SM_INTRO_URL,
        ),
    ),
)

PARAMETER_STORE = Concept(
    id="parameter-store",
    name="AWS Systems Manager Parameter Store",
    kind="service",
    subject="Parameter Store",
    purpose="Parameter Store, a capability of AWS Systems Manager, keeps configuration data and "
    "secrets as hierarchical parameters, encrypting SecureString values with AWS KMS; standard "
    "parameters cost nothing extra, and it has no built-in rotation.",
    heading=f"{NOTE}#storing secrets#Parameter Store",
    reference=PS_URL,
    task="2.3",
    near=("secrets-manager", "kms"),
    true=(
        Claim(
            "config-and-secrets",
            "Parameter Store gives hierarchical storage for configuration data and for secrets.",
            "It stores values such as passwords, database strings, AMI IDs and license codes, "
            "in plain text or encrypted.",
            PS_URL,
        ),
        Claim(
            "securestring",
            "The values of SecureString parameters are encrypted and decrypted with AWS KMS keys.",
            "Parameter Store uses AWS KMS to encrypt and decrypt the values of SecureString "
            "parameters.",
            PS_SECURESTRING_URL,
        ),
        Claim(
            "standard-free",
            "Standard parameters come at no additional charge, while advanced parameters "
            "incur charges.",
            "Parameter Store's tier table: standard, no additional charge; advanced, charges "
            "apply.",
            PS_TIERS_URL,
        ),
        Claim(
            "references-secrets",
            "Services that read Parameter Store parameters can also fetch Secrets Manager "
            "secrets through it.",
            "Parameter Store is integrated with Secrets Manager: you can retrieve Secrets "
            "Manager secrets from services that support Parameter Store references.",
            PS_URL,
        ),
        Claim(
            "rotation-elsewhere",
            "For password rotation lifecycles, AWS points Parameter Store users to Secrets "
            "Manager.",
            "The Parameter Store guide says: to implement password rotation lifecycles, use "
            "AWS Secrets Manager.",
            PS_URL,
        ),
    ),
    false=(
        Claim(
            "auto-rotates",
            "Parameter Store rotates SecureString database passwords automatically on a schedule.",
            "Parameter Store has no built-in rotation; AWS says to use Secrets Manager for "
            "password rotation lifecycles.",
            PS_URL,
            negates="rotation-elsewhere",
        ),
        Claim(
            "all-billed",
            "Every parameter, standard ones included, is billed per parameter per month.",
            "Standard parameters come at no additional charge; only advanced parameters incur "
            "charges.",
            PS_TIERS_URL,
            negates="standard-free",
        ),
        Claim(
            "plain-only",
            "Parameter Store holds only plain-text values, so every secret must go elsewhere.",
            "SecureString parameters keep sensitive values encrypted with AWS KMS.",
            PS_SECURESTRING_URL,
            negates="securestring",
        ),
        Claim(
            "names-encrypted",
            "SecureString encryption covers the parameter's name and description as well as "
            "its value.",
            "Only the value of a SecureString parameter is encrypted; its name, description "
            "and other properties are not.",
            PS_SECURESTRING_ABOUT_URL,
        ),
        Claim(
            "part-of-sm",
            "Parameter Store is a feature of AWS Secrets Manager rather than of Systems Manager.",
            "Parameter Store is a capability of AWS Systems Manager; it integrates with "
            "Secrets Manager but is not part of it.",
            PS_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "app-settings",
            "keep application settings such as feature flags, endpoint URLs and AMI IDs in one "
            "hierarchy at no extra cost",
            "Standard Parameter Store parameters hold configuration data in hierarchies at no "
            "additional charge; Secrets Manager charges per secret.",
        ),
        Scenario(
            "license-key",
            # "encrypted at rest", no longer "encrypted with AWS KMS": with AWS KMS now a rival
            # service of this topic, naming it made KMS a second defensible answer.
            "keep a license key that never changes encrypted at rest, without paying a monthly "
            "fee per value",
            "A standard SecureString parameter is encrypted with AWS KMS and costs nothing "
            "extra to store; rotation isn't needed here.",
            reference=PS_TIERS_URL,
        ),
        Scenario(
            "env-paths",
            "organize configuration values for development, test and production under paths "
            "such as /prod/db/host",
            "Parameter Store keeps parameters in hierarchies named by path.",
        ),
    ),
    practices=(
        Practice(
            "cheap-config",
            "A team keeps dozens of non-secret settings, such as endpoint URLs and feature "
            "flags, plus a few license keys that never change.",
            "Which option is the most cost-effective?",
            Option(
                "Use standard Parameter Store parameters, with SecureString for the license keys.",
                "Standard parameters cost nothing extra, and SecureString encrypts the license "
                "keys with AWS KMS; no rotation is needed.",
            ),
            (
                Option(
                    "Store each setting and license key as its own secret in AWS Secrets Manager.",
                    "Secrets Manager charges per secret per month; its rotation isn't needed "
                    "for static settings.",
                ),
                Option(
                    "Hard-code the settings and license keys in the application's source code.",
                    "Every change then needs a new release, and the license keys sit in the "
                    "code unencrypted.",
                ),
                Option(
                    "Write them in plain text into each instance's user data script.",
                    "The license keys would be readable by anyone who can view the instance's "
                    "settings, and every change means relaunching instances.",
                ),
            ),
            PS_TIERS_URL,
        ),
    ),
)

EC2_ROLE_CREDENTIALS = Concept(
    id="ec2-role-credentials",
    name="Role credentials from EC2 instance metadata",
    kind="",
    subject="the role credentials an EC2 instance provides",
    purpose="An application on an EC2 instance with an IAM role reads the role's temporary "
    "credentials from the instance metadata; AWS rotates them automatically, so no access keys "
    "are stored on the instance.",
    heading=f"{NOTE}#access keys#role credentials on EC2",
    reference=EC2_METADATA_CREDENTIALS_URL,
    task="2.3",
    near=(
        "temporary-credentials",
        "access-keys",
        "users-vs-roles:instance-profile",
        "users-vs-roles:role",
    ),
    true=(
        Claim(
            "from-metadata",
            "An application on the instance gets the credentials of the instance's role from "
            "the instance metadata.",
            "The application retrieves the credentials provided by the role from the instance "
            "metadata item iam/security-credentials/role-name.",
            EC2_METADATA_CREDENTIALS_URL,
        ),
        Claim(
            "rotated",
            "The credentials are temporary, and AWS rotates them automatically while the "
            "instance runs.",
            "These security credentials are temporary, and AWS rotates them automatically.",
            EC2_METADATA_CREDENTIALS_URL,
        ),
        Claim(
            "before-expiry",
            "AWS makes new role credentials available on the instance before the old ones expire.",
            "New credentials are made available at least five minutes before the old ones expire.",
            EC2_METADATA_CREDENTIALS_URL,
        ),
        Claim(
            "role-permissions",
            "What the application may do is set by the permissions defined for the role "
            "attached to the instance.",
            "Through the role's credentials the application is granted the permissions for the "
            "actions and resources defined for the role.",
            EC2_METADATA_CREDENTIALS_URL,
        ),
        Claim(
            "attach-existing",
            "A role can be specified when the instance is launched or attached to an instance "
            "that already exists.",
            "AWS: specify the role when you launch your instance, or attach the role to an "
            "existing instance.",
            EC2_ROLES_URL,
        ),
        Claim(
            "sdk-automatic",
            "Applications that use an AWS SDK on the instance pick up the role's credentials "
            "automatically.",
            "Applications that use an AWS SDK and run in these compute environments "
            "automatically use the IAM role credentials for authentication.",
            WKLD01_URL,
        ),
    ),
    false=(
        Claim(
            "keys-in-user-data",
            "AWS recommends passing an IAM user's access keys to the instance in its user data "
            "at launch.",
            "AWS designed roles for EC2 so that you don't create and distribute credentials to "
            "instances; the role supplies them.",
            EC2_ROLES_URL,
        ),
        Claim(
            "restart-to-rotate",
            "The instance has to be stopped and started again before its role credentials are "
            "replaced.",
            "AWS rotates the credentials automatically and makes new ones available before the "
            "old ones expire.",
            EC2_METADATA_CREDENTIALS_URL,
            negates="rotated",
        ),
        Claim(
            "launcher-permissions",
            "The application runs with the permissions of the IAM user who launched the instance.",
            "It gets the permissions defined for the role attached to the instance, not those "
            "of whoever launched it.",
            EC2_METADATA_CREDENTIALS_URL,
            negates="role-permissions",
        ),
        Claim(
            "must-assume",
            "Applications must call sts:AssumeRole on the instance's own role before they can "
            "use its permissions.",
            "AWS recommends the session credentials from instance metadata; assuming the same "
            "role again is unnecessary unless session tags or a session policy are needed.",
            EC2_METADATA_CREDENTIALS_URL,
        ),
        Claim(
            "launch-only",
            "A role can be given to an instance only at launch, so a running instance must be "
            "replaced.",
            "A role can also be attached to an existing instance.",
            EC2_ROLES_URL,
            negates="attach-existing",
        ),
    ),
    practices=(
        Practice(
            "keys-in-config",
            "An application on an EC2 instance reads an IAM user's access keys from a "
            "configuration file on the instance to write to Amazon S3.",
            "Which change does AWS recommend?",
            Option(
                "Attach a role with the S3 permissions to the instance and remove the keys "
                "from the file.",
                "The role supplies temporary credentials through the instance metadata, rotated "
                "automatically, so no keys need to be stored or distributed.",
            ),
            (
                Option(
                    "Encrypt the configuration file with an AWS KMS key and keep the access "
                    "keys in it.",
                    "The keys stay long-term credentials on the instance that someone must "
                    "rotate by hand.",
                ),
                Option(
                    "Pass the access keys to the instance in its user data each time it is "
                    "launched.",
                    "User data still hands long-term keys to the instance; roles exist so that "
                    "no credentials are distributed.",
                ),
                Option(
                    "Rotate the IAM user's access keys every week with a script that runs on the "
                    "instance itself.",
                    "Rotated keys are still long-term credentials stored on the instance.",
                ),
            ),
            EC2_ROLES_URL,
        ),
        Practice(
            "auto-scaling-fleet",
            "An Auto Scaling group launches and terminates dozens of EC2 instances a day, and "
            "each new instance must read messages from an Amazon SQS queue.",
            "How should the instances get their credentials?",
            Option(
                "Launch them with an IAM role; each instance reads its credentials from metadata.",
                "AWS notes that distributing credentials to instances it launches for you, as "
                "in Auto Scaling groups, is hard; a role needs no distribution.",
            ),
            (
                Option(
                    "Bake an IAM user's access keys into the AMI that the Auto Scaling group "
                    "launches.",
                    "Every instance then carries the same long-term keys, and changing them "
                    "means rebuilding the image.",
                ),
                Option(
                    "Have each new instance create an IAM user with access keys for itself at "
                    "boot.",
                    "That piles up long-term credentials and IAM users for short-lived "
                    "instances, and boot needs credentials to create them anyway.",
                ),
                Option(
                    "Keep one access key in Parameter Store and have every instance read it when "
                    "it boots.",
                    "The instance needs credentials to read the parameter in the first place, "
                    "and the key is still long-term.",
                ),
            ),
            EC2_ROLES_URL,
        ),
    ),
)

KMS_CONCEPT = Concept(
    id="kms",
    name="AWS Key Management Service",
    kind="service",
    subject="AWS KMS",
    purpose="AWS KMS creates and controls the encryption keys that protect data in AWS services "
    "and applications, each key with a key policy that decides who may use and manage it; it "
    "does not store passwords or API keys for applications to read back.",
    heading=f"{NOTE}#storing secrets#AWS KMS",
    reference=KMS_OVERVIEW_URL,
    task="2.3",
    near=("secrets-manager", "parameter-store"),
    true=(
        Claim(
            "create-control",
            "AWS KMS is a managed service for creating and controlling the keys used to encrypt "
            "and sign data.",
            "AWS describes KMS as a managed service that makes it easy to create and control "
            "the keys used to encrypt and sign data.",
            KMS_OVERVIEW_URL,
        ),
        Claim(
            "never-leave",
            "KMS keys never leave AWS KMS unencrypted; applications send requests to AWS KMS to "
            "use them.",
            "The KMS keys you create never leave AWS KMS unencrypted; to use or manage them you "
            "interact with AWS KMS.",
            KMS_OVERVIEW_URL,
        ),
        Claim(
            "key-policy",
            "Every KMS key has exactly one key policy, a resource-based policy deciding who may "
            "use the key.",
            "A key policy is a resource policy for a KMS key and the primary way to control "
            "access to it; every KMS key must have exactly one.",
            KMS_KEY_POLICIES_URL,
        ),
        Claim(
            "iam-needs-key-policy",
            "IAM policies can allow access to a KMS key only when the key's policy lets IAM "
            "policies do so.",
            "Unless the key policy explicitly allows it, IAM policies that allow permissions to "
            "a KMS key have no effect; the default key policy enables them.",
            KMS_KEY_POLICIES_URL,
        ),
        Claim(
            "cloudtrail",
            "AWS KMS works with AWS CloudTrail, so a company can audit who used which keys and "
            "when.",
            "KMS is integrated with CloudTrail, which lets you audit who used which keys, on "
            "which resources, and when.",
            KMS_DOCS_URL,
        ),
        Claim(
            "rotation",
            "AWS KMS can rotate a key automatically without re-encrypting the data it "
            "protected before.",
            "You can choose automatic rotation of keys generated in AWS KMS; older versions are "
            "kept to decrypt data encrypted earlier.",
            KMS_DOCS_URL,
        ),
    ),
    false=(
        Claim(
            "stores-passwords",
            "AWS KMS stores database passwords and API keys and hands them to applications at "
            "runtime.",
            "Storing and retrieving secrets such as database credentials and API keys is what "
            "Secrets Manager does; KMS keys encrypt those secrets.",
            SM_INTRO_URL,
        ),
        Claim(
            "root-always",
            "The account's root user can always use every KMS key in the account, whatever its "
            "key policy says.",
            "No principal, including the root user or the key's creator, has permissions to a "
            "KMS key unless a key policy, IAM policy or grant explicitly allows them.",
            KMS_KEY_POLICIES_URL,
        ),
        Claim(
            "iam-alone",
            "An IAM policy that allows kms:Decrypt is enough on its own, whatever the key's "
            "policy says.",
            "Without permission from the key policy, IAM policies that allow permissions to a "
            "KMS key have no effect.",
            KMS_KEY_POLICIES_URL,
            negates="iam-needs-key-policy",
        ),
        Claim(
            "export-key",
            "A KMS key's plaintext key material can be downloaded to encrypt data on the "
            "company's own servers.",
            "KMS keys never leave AWS KMS unencrypted; you call AWS KMS to use them.",
            KMS_OVERVIEW_URL,
            negates="never-leave",
        ),
        Claim(
            "edit-aws-managed",
            "The key policy of an AWS managed key such as aws/s3 can be edited to share it with "
            "another account.",
            "You cannot edit any properties of AWS managed keys; the AWS services that created "
            "them manage them. A customer managed key gives full control.",
            KMS_EDIT_KEYS_URL,
        ),
        Claim(
            "rotation-reencrypt",
            "After a KMS key rotates, the data encrypted under it must be re-encrypted before it "
            "can be read.",
            "Rotation needs no re-encryption: AWS KMS keeps older versions of the key to "
            "decrypt data encrypted earlier.",
            KMS_DOCS_URL,
            negates="rotation",
        ),
    ),
    scenarios=(
        Scenario(
            "control-decrypt",
            "decide, in one place, which people and applications may decrypt its data stored "
            "in Amazon S3 and Amazon EBS",
            "KMS keys protect data in integrated services such as S3 and EBS, and each key's "
            "policy decides who may use it; Secrets Manager and Parameter Store store secrets.",
            reference=KMS_DOCS_URL,
        ),
        Scenario(
            "separate-admins",
            "encrypt its data at rest under keys it creates itself, with some people allowed to "
            "administer those keys and others only to use them",
            "AWS KMS lets you create keys and control who can manage them separately from who "
            "can use them.",
            reference=KMS_DOCS_URL,
        ),
        Scenario(
            "rotate-data-keys",
            "have the encryption keys that protect its stored data rotated automatically",
            "KMS rotates a key automatically and keeps older versions to decrypt earlier data; "
            "Secrets Manager rotates application secrets, not the keys encrypting stored data.",
            constraint="while data encrypted before each rotation stays readable",
            reference=KMS_DOCS_URL,
        ),
    ),
    practices=(
        Practice(
            "control-s3-key",
            "A security team must control who can use the key that protects the data in an "
            "Amazon S3 bucket, and must be able to disable that key at any time.",
            "What should the team do?",
            Option(
                "Use SSE-KMS with a customer managed key whose key policy the team writes.",
                "Customer managed keys give full control of the key policy and the key's "
                "lifecycle, including disabling it.",
            ),
            (
                Option(
                    "Keep the bucket's default encryption with keys that Amazon S3 manages "
                    "(SSE-S3).",
                    "Amazon S3 manages those keys; the team has no key policy to write and no "
                    "key to disable.",
                ),
                Option(
                    "Use the AWS managed key aws/s3 and edit its key policy to name the team's "
                    "roles.",
                    "AWS managed keys cannot be edited; the service that created them controls "
                    "their policy.",
                ),
                Option(
                    "Keep a copy of the encryption key as a secret in Secrets Manager and rotate "
                    "it monthly.",
                    "Secrets Manager stores secrets for applications; it gives no control over "
                    "who may use the key that encrypts the bucket.",
                ),
            ),
            KMS_CONCEPTS_URL,
        ),
        Practice(
            "password-not-a-key",
            "A developer wants an application's database password encrypted at rest and "
            "changed automatically every 30 days, and plans to keep it in AWS KMS.",
            "What should the developer do?",
            Option(
                "Store it in AWS Secrets Manager, which encrypts it with a KMS key and rotates it.",
                "Secrets Manager stores and rotates secrets such as database credentials and "
                "encrypts each one with AWS KMS keys.",
            ),
            (
                Option(
                    "Import the password into AWS KMS as key material and read it back at runtime.",
                    "KMS keys never leave AWS KMS unencrypted; KMS is not a store that hands "
                    "secrets back to applications.",
                ),
                Option(
                    "Encrypt the password with a KMS key and hard-code the ciphertext in the "
                    "application.",
                    "The password still sits in the code and has to be changed by hand; nothing "
                    "rotates it.",
                ),
                Option(
                    "Turn on automatic rotation for a KMS key so that the password changes "
                    "along with it.",
                    "Key rotation changes the KMS key's own cryptographic material, not a "
                    "database password.",
                ),
            ),
            SM_INTRO_URL,
        ),
    ),
)

TOPIC = Topic(
    id="credentials-secrets",
    title="Credentials and secrets",
    concepts=(
        MFA,
        MFA_TYPES,
        PASSWORD,
        PASSWORD_POLICY,
        ACCESS_KEYS,
        EXPOSED_KEYS,
        TEMPORARY,
        EC2_ROLE_CREDENTIALS,
        SECRETS_MANAGER,
        PARAMETER_STORE,
        KMS_CONCEPT,
    ),
)
