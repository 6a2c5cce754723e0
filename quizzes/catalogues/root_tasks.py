"""Tasks that require the AWS account root user, look-alikes an IAM identity can do, and the
root user itself: what it is and how AWS says to protect it.

The root-only list is the IAM User Guide's "Tasks that require root user credentials"
(root-user-tasks.html; the Account Management guide's own copy of that page is the older one,
and its "Using the AWS account root user" page now sends readers to the IAM User Guide).
Where that list is broader than a more specific, newer AWS page, the specific page wins:

- account name: the task list still names "the account name" among root-only settings, but the
  Account Management reference (PutAccountName, April 2025, and "Update your AWS account
  name") lets an IAM principal with account:PutAccountName rename a standalone account, and
  the management account rename its member accounts. Since a learner who read the task list
  could defend either answer, renaming one's own account is asked in neither direction; only
  the management account renaming a member account (unambiguous) is.
- root user email address: root-only for a standalone account only; the management account
  (or a delegated administrator) changes a member account's with StartPrimaryEmailUpdate.
- closing the account: root-only for a standalone account only; the management account closes
  member accounts with Organizations CloseAccount.
- AWS Support plan: older study lists call it root-only; the task list no longer does, and an
  IAM identity with the AWSSupportPlansFullAccess managed policy can change the plan.
"""

from quizzes.catalogues.concepts import Claim, Concept, Option, Practice, Scenario, Topic

NOTE = "security-root-user"

ROOT_TASKS_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-tasks.html"
# Kept for quizzes/catalogues/features.py, which imports it. The IAM User Guide's page below is
# the one AWS's root user pages link to now.
ROOT_BEST_PRACTICES_URL = (
    "https://docs.aws.amazon.com/accounts/latest/reference/best-practices-root-user.html"
)
ROOT_USER_BEST_PRACTICES_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html"
)
# Centralized root access: privileged tasks the management account (or a delegated
# administrator for IAM) performs on member accounts "that would otherwise require root user
# credentials": delete a misconfigured S3 bucket policy or SQS queue policy, delete a member's
# root user credentials, re-enable them. Root user credentials cannot call sts:AssumeRoot.
ROOT_PRIVILEGED_TASKS_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user-privileged-task.html"
)
CENTRAL_ROOT_ACCESS_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-enable-root-access.html"
)
ROOT_USER_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html"
# "Using the AWS account root user": complete access, signed in with the email address and
# password used to create the account; unrestricted access "including billing information".
ACCOUNT_ROOT_USER_URL = "https://docs.aws.amazon.com/accounts/latest/reference/root-user.html"
ACCOUNT_NAME_URL = (
    "https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-acct-name.html"
)
PUT_ACCOUNT_NAME_URL = (
    "https://docs.aws.amazon.com/accounts/latest/reference/API_PutAccountName.html"
)
PRIMARY_EMAIL_URL = (
    "https://docs.aws.amazon.com/accounts/latest/reference/API_StartPrimaryEmailUpdate.html"
)
CLOSE_MEMBER_URL = (
    "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts_close.html"
)
SUPPORT_PLANS_URL = (
    "https://docs.aws.amazon.com/awssupport/latest/user/managed-policies-aws-support-plans.html"
)
SCP_URL = (
    "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html"
)
BOUNDARIES_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html"
# "The bucket owner ... and all authorized users can enable versioning. However, only the bucket
# owner (root account) can enable MFA delete"; it cannot be enabled in the console.
S3_MFA_DELETE_URL = (
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html"
)
S3_BUCKET_POLICY_URL = (
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/add-bucket-policy.html"
)
RI_PURCHASE_URL = "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_PurchaseReservedInstancesOffering.html"
KMS_DELETE_URL = "https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html"
CLOUDTRAIL_TRAIL_URL = (
    "https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_CreateTrail.html"
)
IAM_USERS_CREATE_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_create.html"
ATTACH_POLICY_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_manage-attach-detach.html"
)
PASSWORD_POLICY_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html"
)
CREDENTIAL_REPORT_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html"
)
ACCOUNT_ALIAS_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/console_account-alias.html"
MFA_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa.html"
ACCESS_KEYS_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html"
# "Resetting a lost or forgotten root user password": start signing in as the root user with the
# account email address, choose Forgot your password? (root user only; IAM users ask their
# administrator), the directions arrive at the account's email address; an IAM user session must
# be signed out first.
RESET_ROOT_PASSWORD_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/reset-root-password.html"
)
# "Troubleshoot issues with the root user": a reset needs the email address used to create the
# account and access to that email account; if the inbox is lost, regain it first (domain owner
# restores the address or sets a catch-all; corporate email: ask IT).
ROOT_TROUBLESHOOTING_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshooting_root-user.html"
)

ROOT_ONLY_ASK_TRUE = (
    "Which task can be performed only by the AWS account root user?",
    "Which task requires signing in as the AWS account root user?",
)
ROOT_ONLY_ASK_FALSE = (
    "Which task does NOT require the AWS account root user?",
    "Which task can an IAM identity with the right permissions perform?",
)
ROOT_ONLY_ASK_MANY = (
    "Which tasks require the AWS account root user?",
    "Which tasks can be performed only by the AWS account root user?",
)


ACCOUNT_TASKS = Concept(
    id="account-tasks",
    name="Root-only account and billing tasks",
    kind="",
    subject="the root user's account and billing tasks",
    purpose="A few account settings and billing tasks can be done only by signing in as the "
    "root user; most account settings can be changed by an IAM identity with permissions.",
    heading=f"{NOTE}#tasks only the root user can do",
    reference=ROOT_TASKS_URL,
    task="2.3",
    ask_true=ROOT_ONLY_ASK_TRUE,
    ask_false=ROOT_ONLY_ASK_FALSE,
    ask_many=ROOT_ONLY_ASK_MANY,
    true=(
        Claim(
            "root-password",
            "Change the password that the root user signs in with",
            "The root user password is one of the account settings AWS lists as requiring "
            "root user credentials.",
            ROOT_TASKS_URL,
        ),
        Claim(
            "root-access-keys",
            "Create an access key that belongs to the root user",
            "The root user's own access keys are an account setting that only the root user "
            "can manage (and AWS recommends not creating them at all).",
            ROOT_TASKS_URL,
        ),
        Claim(
            "standalone-email",
            "Change the root user email address of a standalone account",
            "For an account outside any organization, changing the root user email address "
            "requires root user credentials; only a member account's can be changed from its "
            "management account.",
            ROOT_TASKS_URL,
        ),
        Claim(
            "restore-admin",
            "Restore permissions after the only IAM administrator revoked their own",
            "If the only IAM administrator accidentally revokes their own permissions, AWS says "
            "to sign in as the root user to edit policies and restore them.",
            ROOT_TASKS_URL,
        ),
        Claim(
            "billing-access",
            "Activate IAM access to the Billing and Cost Management console",
            "Activating IAM user and role access to the Billing and Cost Management console is "
            "on AWS's list of tasks that require root user credentials.",
            ROOT_TASKS_URL,
        ),
        Claim(
            "tax-invoices",
            "View tax invoices issued by AWS Inc. or by AISPL",
            "An IAM user with aws-portal:ViewBilling can view VAT invoices from AWS Europe, but "
            "tax invoices from AWS Inc. or Amazon Internet Services Private Limited (AISPL) "
            "need the root user.",
            ROOT_TASKS_URL,
        ),
        Claim(
            "close-standalone",
            "Close a standalone AWS account",
            "Closing the account is on AWS's list of root-only tasks; a standalone account is "
            "closed from the Account page after signing in as the root user. Member accounts "
            "can also be closed from the management account.",
            ROOT_TASKS_URL,
        ),
    ),
    false=(
        # No claim about renaming the account itself: the task list still names the account
        # name among root-only settings while PutAccountName lets IAM principals rename it, so
        # either answer is defensible (renaming a member account is in MEMBER_ACCOUNTS).
        # The credential report lists the root user beside the IAM users: a root-user task an
        # IAM identity can do, so "root user" in an option is no sign of the key.
        Claim(
            "root-mfa-report",
            "Check in the credential report whether the root user has MFA active",
            "The credential report lists the root user (<root_account>) with its MFA status; "
            "any IAM identity allowed to generate and get the report can read it.",
            CREDENTIAL_REPORT_URL,
        ),
        Claim(
            "alternate-contacts",
            "Update the account's alternate billing and security contacts",
            "AWS notes that contact information is an account setting that doesn't require "
            "root user credentials: an IAM identity with the account permissions can change it.",
            ROOT_TASKS_URL,
        ),
        Claim(
            "payment-currency",
            "Change the account's payment currency preference",
            "AWS names the payment currency preference as an account setting that doesn't "
            "require root user credentials.",
            ROOT_TASKS_URL,
        ),
        Claim(
            "enable-region",
            "Enable an opt-in AWS Region for the account",
            "AWS names the account's Regions among the settings that don't require root user "
            "credentials.",
            ROOT_TASKS_URL,
        ),
        Claim(
            "support-plan",
            "Change the AWS Support plan of the account",
            "An IAM identity with the AWSSupportPlansFullAccess managed policy can change the "
            "account's support plan; it is not on AWS's list of root-only tasks.",
            SUPPORT_PLANS_URL,
        ),
        Claim(
            "close-member",
            "Close a member account from the organization's management account",
            "A user or role in the management account with organizations:CloseAccount can close "
            "member accounts; only a standalone account must be closed by its root user.",
            CLOSE_MEMBER_URL,
            negates="close-standalone",
        ),
        Claim(
            "member-email",
            "Change a member account's root email address from the management account",
            "An identity in the management account (or a delegated administrator account) "
            "starts the change with StartPrimaryEmailUpdate; the member's root user is not "
            "needed.",
            PRIMARY_EMAIL_URL,
            negates="standalone-email",
        ),
        Claim(
            "vat-invoices",
            "View and download VAT invoices issued by AWS Europe",
            "AWS notes that an IAM user with the aws-portal:ViewBilling permission can view and "
            "download VAT invoices from AWS Europe; only AWS Inc. and AISPL tax invoices need "
            "the root user.",
            ROOT_TASKS_URL,
            negates="tax-invoices",
        ),
    ),
    practices=(
        Practice(
            "alternate-contact",
            "An administrator with AdministratorAccess must update the account's alternate "
            "security contact. A colleague says contact details need the root user.",
            "What should the administrator do?",
            Option(
                "Update the alternate contact with the administrator's own identity.",
                "Contact information is an account setting that doesn't require root user "
                "credentials; an IAM identity with the account permissions can change it.",
            ),
            (
                Option(
                    "Sign in as the root user, since contact details are a root-only setting.",
                    "AWS names contact information among the settings that don't need the root "
                    "user, so using it here is needless root use.",
                ),
                Option(
                    "Open an AWS Support case asking AWS to change the alternate contact.",
                    "The account's own identities can change it; AWS Support is not needed.",
                ),
                Option(
                    "Borrow the root user's password from the account owner for this change.",
                    "Root credentials should not be shared, and this task doesn't need them.",
                ),
            ),
            ROOT_TASKS_URL,
        ),
        Practice(
            "standalone-root-email",
            "The root user email address of a standalone AWS account belongs to an employee "
            "who is leaving the company.",
            "How can the company change the root user email address?",
            Option(
                "Sign in as the root user and change the email address.",
                "For a standalone account, the root user email address is an account setting "
                "that requires root user credentials.",
            ),
            (
                Option(
                    "Have an IAM administrator change it from the IAM console.",
                    "The root user email address is not an IAM setting; for a standalone "
                    "account only the root user can change it.",
                ),
                Option(
                    "Call StartPrimaryEmailUpdate from an IAM role in the same account.",
                    "That operation changes member accounts' addresses from a management "
                    "account; it doesn't apply to a standalone account.",
                ),
                Option(
                    "Delete the root user and create a new one with the new address.",
                    "The root user can't be deleted or recreated; its email address is changed "
                    "in place.",
                ),
            ),
            ROOT_TASKS_URL,
        ),
    ),
    near=("service-tasks", "admin-tasks", "member-accounts"),
)


SERVICE_TASKS = Concept(
    id="service-tasks",
    name="Root-only tasks in other AWS services",
    kind="",
    subject="root-only tasks in AWS services",
    purpose="A handful of tasks in Amazon S3, Amazon SQS, Amazon EC2 and AWS KMS need the root "
    "user; the everyday actions of those services need only IAM permissions.",
    heading=f"{NOTE}#root-only service tasks",
    reference=ROOT_TASKS_URL,
    task="2.3",
    ask_true=(
        "Which task in an AWS service can be performed only by the AWS account root user?",
        "Which task requires signing in as the AWS account root user?",
    ),
    ask_false=(
        "Which task does NOT require the AWS account root user?",
        "Which task can an IAM identity with the right permissions perform?",
    ),
    ask_many=(
        "Which tasks require the AWS account root user?",
        "Which tasks in AWS services can be performed only by the AWS account root user?",
    ),
    true=(
        Claim(
            "s3-mfa-delete",
            "Enable MFA delete on an Amazon S3 bucket",
            "Only the bucket owner's root user can enable MFA delete, and only with the AWS "
            "CLI or API, not the console.",
            S3_MFA_DELETE_URL,
        ),
        Claim(
            "s3-deny-all",
            "Edit or delete an Amazon S3 bucket policy that denies all principals",
            "When a bucket policy denies every principal, AWS lists editing or deleting it "
            "among the tasks that require root user credentials.",
            ROOT_TASKS_URL,
        ),
        Claim(
            "sqs-deny-all",
            "Delete an Amazon SQS queue policy that denies all principals",
            "Deleting a misconfigured queue policy that denies everyone is one of the privileged "
            "tasks that would otherwise require root user credentials.",
            ROOT_PRIVILEGED_TASKS_URL,
        ),
        Claim(
            "ri-seller",
            "Register as a seller in the EC2 Reserved Instance Marketplace",
            "Registering as a seller in the Reserved Instance Marketplace is on AWS's list of "
            "root-only tasks.",
            ROOT_TASKS_URL,
        ),
        Claim(
            "kms-recover",
            "Recover an unmanageable AWS KMS key through AWS Support",
            "If a KMS key becomes unmanageable, AWS says you recover it by contacting AWS "
            "Support as the root user.",
            ROOT_TASKS_URL,
        ),
        Claim(
            "govcloud-keys",
            "Request AWS GovCloud (US) root user access keys from AWS Support",
            "Requesting AWS GovCloud (US) account root user access keys from AWS Support is on "
            "AWS's list of root-only tasks.",
            ROOT_TASKS_URL,
        ),
    ),
    false=(
        Claim(
            "s3-versioning",
            "Enable versioning on an Amazon S3 bucket",
            "The bucket owner and any authorized IAM identity can enable versioning; only "
            "enabling MFA delete needs the root user.",
            S3_MFA_DELETE_URL,
        ),
        Claim(
            "s3-partner-policy",
            "Edit an Amazon S3 bucket policy that grants a partner read access",
            "Adding or editing a bucket policy needs only the s3:PutBucketPolicy permission; the "
            "root user is needed only when the policy denies every principal.",
            S3_BUCKET_POLICY_URL,
        ),
        Claim(
            "buy-ri",
            "Purchase three-year EC2 Reserved Instances",
            "Buying Reserved Instances is the EC2 action PurchaseReservedInstancesOffering, "
            "which an IAM identity can be allowed; only registering as a Marketplace seller "
            "is root-only.",
            RI_PURCHASE_URL,
        ),
        Claim(
            "kms-schedule-delete",
            "Schedule deletion of an AWS KMS key that its key policy lets you manage",
            "A key administrator allowed by the key policy can schedule the key's deletion; "
            "only recovering a key that has become unmanageable needs the root user.",
            KMS_DELETE_URL,
        ),
        Claim(
            "cloudtrail-trail",
            "Create an AWS CloudTrail trail that records API activity in all Regions",
            "Creating a trail is the CloudTrail CreateTrail action, which any IAM identity can "
            "be allowed; it is not on AWS's list of root-only tasks.",
            CLOUDTRAIL_TRAIL_URL,
        ),
    ),
    practices=(
        Practice(
            "deny-all-bucket-policy",
            "In a standalone account, an administrator saved an S3 bucket policy that denies "
            "all principals every action, and now no one can manage the bucket.",
            "What should the company do?",
            Option(
                "Sign in as the account's root user and delete the bucket policy.",
                "Editing or deleting a bucket policy that denies all principals is one of the "
                "tasks that require root user credentials.",
            ),
            (
                Option(
                    "Attach AdministratorAccess to the administrator and try again.",
                    "An explicit deny in the bucket policy overrides any allow in IAM policies.",
                ),
                Option(
                    "Create a new IAM role with full Amazon S3 access to delete the policy.",
                    "The policy denies every principal, the new role included.",
                ),
                Option(
                    "Open an AWS Support case asking AWS to delete the bucket policy.",
                    "The account's root user can remove the policy itself; AWS lists this as a "
                    "root user task.",
                ),
            ),
            ROOT_TASKS_URL,
        ),
    ),
    near=("account-tasks", "admin-tasks"),
)


ADMIN_TASKS = Concept(
    id="admin-tasks",
    name="Tasks an IAM administrator can do",
    kind="",
    subject="tasks an IAM administrator can do",
    purpose="Everyday IAM administration, however powerful it sounds, needs only IAM "
    "permissions, so AWS says to do it with an administrative user rather than the root user.",
    heading=f"{NOTE}#look-alike tasks",
    reference=ROOT_TASKS_URL,
    task="2.3",
    ask_true=(
        "Which task can an IAM administrator perform without the AWS account root user?",
        "Which task does NOT require signing in as the AWS account root user?",
    ),
    ask_false=(
        "Which task can an IAM administrator NOT perform, even with AdministratorAccess?",
        "Which task still requires the AWS account root user?",
    ),
    ask_many=(
        "Which tasks can an IAM administrator perform without the AWS account root user?",
        "Which tasks do NOT require signing in as the AWS account root user?",
    ),
    true=(
        Claim(
            "create-user",
            "Create an IAM user for a new employee and add it to a group",
            "Creating users and managing group membership needs only iam:CreateUser and "
            "iam:AddUserToGroup permissions.",
            IAM_USERS_CREATE_URL,
        ),
        Claim(
            "attach-policy",
            "Attach the AdministratorAccess managed policy to an IAM group",
            "Attaching a managed policy is an IAM action (iam:AttachGroupPolicy) that an "
            "administrator with IAM permissions can perform.",
            ATTACH_POLICY_URL,
        ),
        Claim(
            "password-policy",
            "Set the account password policy for IAM users",
            "The account password policy is set with iam:UpdateAccountPasswordPolicy, an IAM "
            "permission an administrator can hold.",
            PASSWORD_POLICY_URL,
        ),
        Claim(
            "credential-report",
            "Generate and download the IAM credential report",
            "The credential report needs iam:GenerateCredentialReport and "
            "iam:GetCredentialReport, permissions any IAM identity can be given.",
            CREDENTIAL_REPORT_URL,
        ),
        Claim(
            "account-alias",
            "Create an account alias for the IAM users' sign-in URL",
            "An account alias is created with iam:CreateAccountAlias, an ordinary IAM permission.",
            ACCOUNT_ALIAS_URL,
        ),
        Claim(
            "user-mfa",
            "Assign a virtual MFA device to another IAM user",
            "Administrators with the right IAM permissions manage IAM users' MFA devices; no "
            "root user credentials are needed.",
            MFA_URL,
        ),
        Claim(
            "user-keys",
            "Create access keys for an IAM user who needs the AWS CLI",
            "An administrator can create an IAM user's access keys with iam:CreateAccessKey; "
            "only the root user's own access keys are a root-only setting.",
            ACCESS_KEYS_URL,
        ),
    ),
    false=(
        Claim(
            "root-password",
            "Change the root user's sign-in password",
            "The root user password is an account setting that only the root user can change.",
            ROOT_TASKS_URL,
        ),
        Claim(
            "s3-mfa-delete",
            "Turn on MFA delete for an Amazon S3 bucket",
            "Only the bucket owner's root user can enable MFA delete; IAM permissions are not "
            "enough.",
            S3_MFA_DELETE_URL,
        ),
        Claim(
            "ri-seller",
            "Sign up as a Reserved Instance Marketplace seller",
            "Registering as a seller in the Reserved Instance Marketplace requires root user "
            "credentials.",
            ROOT_TASKS_URL,
        ),
        Claim(
            "billing-access",
            "Let IAM users and roles use the Billing console for the first time",
            "Activating IAM access to the Billing and Cost Management console is a root-only "
            "task; afterwards, IAM policies decide who may use it.",
            ROOT_TASKS_URL,
        ),
        Claim(
            "close-standalone",
            "Close a standalone AWS account for good",
            "Closing a standalone account requires signing in as its root user.",
            ROOT_TASKS_URL,
        ),
        Claim(
            "root-keys",
            "Create access keys for the AWS account root user",
            "The root user's access keys are an account setting that only the root user can "
            "manage.",
            ROOT_TASKS_URL,
        ),
    ),
    practices=(
        Practice(
            "root-for-iam-changes",
            "Administrators sign in as the root user whenever they create IAM users or attach "
            "policies, because those changes feel too powerful for anyone else.",
            "What should the company do?",
            Option(
                "Make these changes with an administrative user instead of the root user.",
                "Creating users and attaching policies need only IAM permissions, and AWS "
                "recommends the root user only for tasks that require it.",
            ),
            (
                Option(
                    "Keep making the IAM changes as the root user, now that MFA is enabled on it.",
                    "MFA protects the sign-in but the root user still shouldn't do everyday tasks.",
                ),
                Option(
                    "Create root user access keys so that the IAM changes can be scripted.",
                    "AWS recommends not creating root user access keys at all.",
                ),
                Option(
                    "Require two people to be present whenever the root user changes IAM.",
                    "Two-person control still uses the root user for work that doesn't need it.",
                ),
            ),
            ROOT_USER_BEST_PRACTICES_URL,
        ),
    ),
    near=("account-tasks", "service-tasks"),
)


MEMBER_ACCOUNTS = Concept(
    id="member-accounts",
    name="Root tasks in an organization's member accounts",
    kind="",
    subject="root user tasks in an AWS Organizations member account",
    purpose="In an organization, the management account does several tasks for member "
    "accounts that a standalone account's root user would have to do itself.",
    heading=f"{NOTE}#root user in an organization",
    reference=ROOT_PRIVILEGED_TASKS_URL,
    task="2.3",
    true=(
        Claim(
            "close-member",
            "A user or role in the management account can close a member account.",
            "The management account closes member accounts from the Organizations console or "
            "with CloseAccount; the member's root user is not needed.",
            CLOSE_MEMBER_URL,
        ),
        Claim(
            "member-email",
            "The management account can change a member account's root user email address.",
            "StartPrimaryEmailUpdate, called from the management account or a delegated "
            "administrator account, changes a member account's root user email address.",
            PRIMARY_EMAIL_URL,
        ),
        Claim(
            "member-name",
            "A user in the management account can update a member account's name.",
            "A user in the management account or a delegated administrator account can update "
            "the name of any member account, in the console or with PutAccountName.",
            ACCOUNT_NAME_URL,
        ),
        Claim(
            "privileged-s3",
            "Centralized root access can delete a member's bucket policy that denies everyone.",
            "A privileged session launched from the management account can delete a "
            "misconfigured S3 bucket policy that denies all principals in a member account.",
            ROOT_PRIVILEGED_TASKS_URL,
        ),
        Claim(
            "remove-credentials",
            "Centralized root access can delete a member account's root user credentials.",
            "With centralized root access, a privileged session can delete a member account's "
            "root user credentials and later re-enable them.",
            ROOT_PRIVILEGED_TASKS_URL,
        ),
    ),
    false=(
        Claim(
            "close-needs-member-root",
            "A member account can be closed only by signing in as that member's root user.",
            "The management account can close member accounts with organizations:CloseAccount; "
            "the member's root user is one way, not the only one.",
            CLOSE_MEMBER_URL,
            negates="close-member",
        ),
        Claim(
            "name-needs-member-root",
            "Only the member account's own root user can change that account's name.",
            "A user in the management account or a delegated administrator account can update "
            "a member account's name.",
            ACCOUNT_NAME_URL,
            negates="member-name",
        ),
        Claim(
            "recovery-after-removal",
            "After central removal, a member's root user can still reset its password by email.",
            "AWS notes that once root user credentials are removed, member accounts can't sign "
            "in to their root user or perform password recovery for it.",
            ROOT_USER_BEST_PRACTICES_URL,
        ),
        Claim(
            "root-calls-assume-root",
            "The management account's root user starts privileged sessions with sts:AssumeRoot.",
            "Privileged sessions need an IAM user or role with sts:AssumeRoot in the management "
            "or delegated administrator account; root user credentials cannot call AssumeRoot.",
            ROOT_PRIVILEGED_TASKS_URL,
        ),
        Claim(
            "privileged-mfa-delete",
            "A privileged root session can enable MFA delete on a member's S3 bucket.",
            "Privileged sessions are scoped to a few tasks: deleting a misconfigured S3 bucket "
            "policy or SQS queue policy, and deleting or re-enabling root user credentials.",
            ROOT_PRIVILEGED_TASKS_URL,
        ),
    ),
    practices=(
        Practice(
            "close-member-without-root",
            "A company no longer needs one member account of its organization. The member "
            "account's root user credentials were removed with centralized root access.",
            "How should the company close the member account?",
            Option(
                "Close it from the management account in the AWS Organizations console.",
                "A user or role in the management account can close member accounts; the "
                "member's root user is not needed.",
            ),
            (
                Option(
                    "Recover the member's root user password by email, then close it as root.",
                    "Once root user credentials are removed, member accounts can't sign in to "
                    "their root user or recover its password.",
                ),
                Option(
                    "Open an AWS Support case asking AWS to close the member account.",
                    "The management account can close the member itself; AWS Support is not "
                    "needed.",
                ),
                Option(
                    "Remove the account from the organization, which closes it automatically.",
                    "Leaving the organization makes the account standalone; it does not close it.",
                ),
            ),
            CLOSE_MEMBER_URL,
        ),
    ),
    near=("account-tasks", "organizations:centralized-root-access"),
)


PROTECT_ROOT = Concept(
    id="protect-root",
    name="Protecting the root user",
    kind="",
    subject="protecting the root user",
    purpose="AWS recommends MFA and a strong password for the root user, no root access keys, "
    "and signing in as root only for the tasks that need it.",
    heading=f"{NOTE}#protecting the root user",
    reference=ROOT_USER_BEST_PRACTICES_URL,
    task="2.3",
    true=(
        Claim(
            "mfa",
            "AWS recommends multi-factor authentication (MFA) for the root user.",
            "Securing the root user's sign-in with MFA is one of AWS's root user best practices.",
            ROOT_USER_BEST_PRACTICES_URL,
        ),
        Claim(
            "no-keys",
            "AWS recommends not creating access keys for the root user.",
            "A root user access key gives full access to every resource, including billing, "
            "so AWS recommends not creating one.",
            ROOT_USER_BEST_PRACTICES_URL,
        ),
        Claim(
            "strong-password",
            "AWS recommends a strong password for the root user's console sign-in.",
            "A strong root user password is one of AWS's root user best practices.",
            ROOT_USER_BEST_PRACTICES_URL,
        ),
        Claim(
            "only-root-tasks",
            "AWS recommends signing in as the root user only for tasks that require it.",
            "AWS strongly recommends not accessing the root user unless a task requires root "
            "user credentials, and an administrative user for everyday tasks.",
            ROOT_USER_BEST_PRACTICES_URL,
        ),
        Claim(
            "remove-member-credentials",
            "AWS recommends removing root user credentials from an organization's member accounts.",
            "For accounts managed through AWS Organizations, AWS recommends removing member "
            "accounts' root user credentials with centralized root access.",
            ROOT_USER_BEST_PRACTICES_URL,
        ),
    ),
    false=(
        Claim(
            "keys-for-scripts",
            "AWS recommends root user access keys for scripts that manage the account.",
            "AWS recommends not creating root user access keys at all; scripts should use a "
            "role or an IAM identity with only the permissions they need.",
            ROOT_USER_BEST_PRACTICES_URL,
            negates="no-keys",
        ),
        Claim(
            "rotated-keys",
            "Root user access keys rotated every 90 days are fine for daily use.",
            "Rotation does not make them safe: AWS recommends not creating root user access "
            "keys, whose full access can't be reduced.",
            ROOT_USER_BEST_PRACTICES_URL,
            negates="no-keys",
        ),
        Claim(
            "daily-with-mfa",
            "With MFA enabled, AWS considers the root user fine for daily administration.",
            "MFA protects the sign-in, but AWS still recommends an administrative user for "
            "everyday tasks and the root user only for tasks that require it.",
            ROOT_USER_BEST_PRACTICES_URL,
            negates="only-root-tasks",
        ),
        Claim(
            "mfa-iam-only",
            "MFA can secure IAM users' sign-in but not the root user's sign-in.",
            "MFA is available for the root user, and AWS recommends it there first.",
            ROOT_USER_BEST_PRACTICES_URL,
            negates="mfa",
        ),
        Claim(
            "boundary-on-root",
            "A permissions boundary can cap what the root user may do in its account.",
            "Permissions boundaries apply to IAM entities, users and roles; in an organization, "
            "an SCP is what can restrict a member account's root user.",
            BOUNDARIES_URL,
        ),
    ),
    practices=(
        Practice(
            "root-key-in-script",
            "A security review finds that a nightly backup script calls AWS with an access key "
            "that belongs to the root user.",
            "What should the company do?",
            Option(
                "Move the script to a least-privilege IAM role and delete the root key.",
                "AWS recommends not having root user access keys: a root key has full access "
                "that can't be reduced, while a dedicated identity can be scoped.",
            ),
            (
                Option(
                    "Rotate the root user access key every 90 days and keep the script as is.",
                    "Rotation shortens a key's life but the key still has the root user's full, "
                    "unrestricted access; AWS recommends not having one.",
                ),
                Option(
                    "Enable MFA on the root user so the access key is protected too.",
                    "MFA protects console sign-in; API calls signed with the access key still "
                    "work, with full access.",
                ),
                Option(
                    "Attach a policy to the root user that allows only the backup actions.",
                    "The root user's permissions can't be reduced with an IAM policy; only an SCP "
                    "can restrict a member account's root user.",
                ),
                Option(
                    "Move the root user access key into an encrypted file on the server.",
                    "Encrypting the file does not change what the key can do if it leaks; the "
                    "root key itself should not exist.",
                ),
            ),
            ROOT_USER_BEST_PRACTICES_URL,
        ),
        Practice(
            "root-for-daily-work",
            "An administrator signs in as the root user every morning to manage Amazon EC2 "
            "instances and IAM users.",
            "What should the company do?",
            Option(
                "Create an administrative user for daily work and keep root for root-only tasks.",
                "AWS recommends an administrative user (in IAM Identity Center) for everyday "
                "tasks and the root user only for root-only tasks.",
            ),
            (
                Option(
                    "Keep using the root user for daily work now that MFA is enabled on it.",
                    "MFA protects the sign-in, but AWS still recommends not using the root user "
                    "for everyday tasks.",
                ),
                Option(
                    "Create root user access keys so the administrator can work from the CLI.",
                    "AWS recommends not creating root user access keys at all.",
                ),
                Option(
                    "Add the root user to an IAM group that has only EC2 and IAM permissions.",
                    "The root user is not an IAM user and can't be added to a group; its access "
                    "can't be reduced with IAM policies.",
                ),
            ),
            ROOT_USER_BEST_PRACTICES_URL,
        ),
        Practice(
            "member-root-credentials",
            "A company has 40 member accounts in AWS Organizations. Each member account still "
            "has a root user password that nobody uses.",
            "Which action follows AWS's recommendation for these root users?",
            Option(
                "Enable centralized root access and remove the member accounts' root user "
                "credentials.",
                "AWS recommends removing member accounts' root user credentials; the "
                "management account can still do privileged tasks for them.",
            ),
            (
                Option(
                    "Create an access key for each member account's root user and store the "
                    "keys in a vault.",
                    "AWS recommends not creating root user access keys; stored keys are "
                    "long-term credentials with full access.",
                ),
                Option(
                    "Sign in to each member account as its root user every week to check it "
                    "still works.",
                    "That uses the root user for routine work, which AWS recommends against.",
                ),
                Option(
                    "Attach an IAM permissions boundary to each member account's root user.",
                    "Permissions boundaries apply to IAM users and roles, not to the root user.",
                ),
            ),
            ROOT_USER_BEST_PRACTICES_URL,
        ),
    ),
    near=("root-user", "organizations:centralized-root-access"),
)


ROOT_USER = Concept(
    id="root-user",
    name="The root user",
    kind="identity",
    subject="the root user",
    purpose="The root user is the identity created with the account, signed in with its email "
    "address and password; it has complete access and is kept for the few tasks only it can "
    "do, not for everyday work.",
    heading=f"{NOTE}#the root user",
    reference=ROOT_USER_URL,
    task="2.3",
    true=(
        Claim(
            "complete-access",
            "The root user has complete access to all services and resources in the account.",
            "When you create an account you begin with one sign-in identity, the root user, "
            "with complete access to all AWS services and resources in it.",
            ACCOUNT_ROOT_USER_URL,
        ),
        Claim(
            "email-sign-in",
            "The root user signs in with the account's email address and password.",
            "The root user is accessed by signing in with the email address and password used "
            "to create the account.",
            ACCOUNT_ROOT_USER_URL,
        ),
        Claim(
            "billing-info",
            "Root user credentials give unrestricted access, billing information included.",
            "AWS warns that root user credentials give unrestricted access to all the "
            "account's resources, including billing information.",
            ACCOUNT_ROOT_USER_URL,
        ),
        Claim(
            "scp-member",
            "An SCP can restrict what the root user of a member account may do.",
            "SCPs limit the permissions of the users and roles in member accounts, the member "
            "account's root user included.",
            SCP_URL,
        ),
        Claim(
            "central-delete",
            "The management account can delete a member account's root user credentials.",
            "With centralized root access, a privileged session from the management account "
            "can delete a member account's root user credentials.",
            ROOT_PRIVILEGED_TASKS_URL,
        ),
    ),
    false=(
        Claim(
            "admin-policy",
            "The root user gets its permissions from the AdministratorAccess managed policy.",
            "No policy grants the root user its access: it has complete access to the account "
            "as the identity the account was created with.",
            ACCOUNT_ROOT_USER_URL,
        ),
        Claim(
            "iam-user-sign-in",
            "The root user signs in with the account ID and an IAM user name.",
            "The root user signs in with the account's email address and password; the "
            "account ID and a user name are how IAM users sign in.",
            ACCOUNT_ROOT_USER_URL,
            negates="email-sign-in",
        ),
        Claim(
            "scp-management",
            "An SCP can restrict the root user of the organization's management account.",
            "SCPs don't affect users or roles in the management account, its root user "
            "included; they restrict member accounts only.",
            SCP_URL,
            negates="scp-member",
        ),
        Claim(
            "billing-needs-activation",
            "The root user sees billing data only after IAM access to billing is activated.",
            "The root user always has access to billing information; activating IAM access "
            "is what lets IAM users and roles in.",
            ACCOUNT_ROOT_USER_URL,
            negates="billing-info",
        ),
        Claim(
            "root-assume-root",
            "The management account's root user calls sts:AssumeRoot to act in member accounts.",
            "Root user credentials cannot call sts:AssumeRoot; an IAM user or role in the "
            "management account with that permission starts privileged sessions.",
            ROOT_PRIVILEGED_TASKS_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "restore-admin",
            "restore IAM permissions after its only IAM administrator accidentally removed "
            "their own",
            "AWS says to sign in as the root user to edit policies and restore the permissions "
            "when the only IAM administrator has revoked their own.",
            reference=ROOT_TASKS_URL,
        ),
        Scenario(
            "mfa-delete",
            "turn on MFA delete for the S3 bucket that holds its audit records",
            "Only the bucket owner's root user can enable MFA delete, with the AWS CLI or API; "
            "no IAM user or role can, whatever its permissions.",
            reference=S3_MFA_DELETE_URL,
        ),
        Scenario(
            "billing-activation",
            "let its IAM users and roles open the Billing and Cost Management console for the "
            "first time",
            "Activating IAM access to the Billing and Cost Management console is a root-only task.",
            reference=ROOT_TASKS_URL,
        ),
        Scenario(
            "ri-seller",
            "register as a seller so it can list unused Reserved Instances on the Reserved "
            "Instance Marketplace",
            "Registering as a seller in the Reserved Instance Marketplace requires root user "
            "credentials.",
            reference=ROOT_TASKS_URL,
        ),
        Scenario(
            "tax-invoice",
            "download a tax invoice that AWS Inc. issued to it",
            "IAM users can view VAT invoices from AWS Europe, but tax invoices from AWS Inc. "
            "or AISPL need the root user.",
            reference=ROOT_TASKS_URL,
        ),
    ),
    practices=(
        Practice(
            "enable-mfa-delete",
            "An engineer with the AdministratorAccess policy must enable MFA delete on a "
            "versioned S3 bucket that stores audit logs.",
            "How should the company enable it?",
            Option(
                "Sign in as the root user and enable MFA delete with the AWS CLI.",
                "Only the bucket owner's root user can enable MFA delete, and only with the CLI "
                "or API, using the root user's MFA device.",
            ),
            (
                Option(
                    "Have the engineer enable MFA delete in the S3 console with their IAM user.",
                    "MFA delete can't be enabled in the console, and no IAM user can enable it, "
                    "whatever its permissions.",
                ),
                Option(
                    "Grant the engineer s3:PutBucketVersioning and enable it with their access "
                    "keys.",
                    "That permission lets an IAM identity enable versioning, but MFA delete "
                    "needs the root user.",
                ),
                Option(
                    "Open an AWS Support case asking AWS to enable MFA delete on the bucket.",
                    "AWS Support does not configure it for you: the bucket owner's root user "
                    "enables MFA delete with the AWS CLI or API.",
                ),
            ),
            S3_MFA_DELETE_URL,
        ),
    ),
    near=(
        "users-vs-roles:user",
        "users-vs-roles:role",
        "users-vs-roles:group",
        "users-vs-roles:instance-profile",
        "users-vs-roles:service-linked-role",
    ),
)


ROOT_RECOVERY = Concept(
    id="root-recovery",
    name="Root user sign-in and password recovery",
    kind="",
    subject="root user sign-in and password recovery",
    purpose="A forgotten root user password is reset from the root user sign-in page through "
    "the account's email address, so whoever controls that inbox controls the root user; IAM "
    "users have no such option and ask an administrator instead.",
    heading=f"{NOTE}#root user sign-in and password recovery",
    reference=RESET_ROOT_PASSWORD_URL,
    task="2.3",
    true=(
        Claim(
            "forgot-link",
            "A forgotten root password is reset with Forgot your password? on the root sign-in "
            "page.",
            "AWS: begin signing in as the root user with the account email address, choose "
            "Forgot your password?, and follow the emailed directions.",
            RESET_ROOT_PASSWORD_URL,
        ),
        Claim(
            "email-access",
            "Resetting the root user password requires access to the account's email inbox.",
            "To reset it you must know the email address used to create the account and have "
            "access to that email account.",
            ROOT_TROUBLESHOOTING_URL,
        ),
        Claim(
            "iam-users-ask",
            "IAM users have no Forgot your password? option; an administrator resets theirs.",
            "The option is only available for the root user; IAM users must ask their "
            "administrator to reset a forgotten password.",
            RESET_ROOT_PASSWORD_URL,
        ),
        Claim(
            "sign-out-first",
            "Someone signed in as an IAM user must sign out before resetting the root password.",
            "AWS: if you are signed in to the console with IAM user credentials, you must sign "
            "out before you can reset the root user password.",
            RESET_ROOT_PASSWORD_URL,
        ),
        Claim(
            "account-email",
            "The reset instructions are emailed to the address associated with the AWS account.",
            "The reset message from Amazon Web Services arrives at the email address associated "
            "with the account, the root user's address.",
            RESET_ROOT_PASSWORD_URL,
        ),
        Claim(
            "regain-inbox",
            "A lost root inbox is handled by first regaining access to that email address.",
            "If you know the address but can't reach it, AWS says to recover access to the "
            "email first, for example through the domain owner or corporate IT.",
            ROOT_TROUBLESHOOTING_URL,
        ),
    ),
    false=(
        Claim(
            "no-email-needed",
            "The root user password can be reset without any access to the account's email.",
            "The reset works through the account's email address: you must know it and be able "
            "to read its mail.",
            ROOT_TROUBLESHOOTING_URL,
            negates="email-access",
        ),
        Claim(
            "iam-admin-resets",
            "An IAM administrator can set a new root user password from the IAM console.",
            "Changing the root user password is a task that requires root user credentials; a "
            "lost one is reset through the account's email, not by an IAM identity.",
            ROOT_TASKS_URL,
        ),
        Claim(
            "iam-users-self-reset",
            "IAM users reset a forgotten password themselves with the Forgot your password? link.",
            "That option exists only for the root user; an IAM user asks an administrator to "
            "reset the password.",
            RESET_ROOT_PASSWORD_URL,
            negates="iam-users-ask",
        ),
        Claim(
            "alternate-contact",
            "The reset email goes to the address of the account's alternate security contact.",
            "The reset message is sent to the email address associated with the AWS account, "
            "the root user's address.",
            RESET_ROOT_PASSWORD_URL,
            negates="account-email",
        ),
        Claim(
            "reset-in-iam-session",
            "The root password can be reset while staying signed in as an IAM user.",
            "A console session with IAM user credentials must be signed out before the root "
            "user password can be reset.",
            RESET_ROOT_PASSWORD_URL,
            negates="sign-out-first",
        ),
    ),
    practices=(
        Practice(
            "leaver-root-password",
            "The root user password of a standalone account left with a former employee. The "
            "root email address is a shared mailbox the IT team still controls.",
            "How should the company regain access to the root user?",
            Option(
                "Reset the password with Forgot your password? on the root sign-in page.",
                "The reset link goes to the account's email address, which the IT team can "
                "read; no one else can reset the root password.",
            ),
            (
                Option(
                    "Have an IAM administrator set a new root password in the IAM console.",
                    "The root user password isn't an IAM setting; only the root user changes "
                    "it, and a lost one is reset through the account's email.",
                ),
                Option(
                    "Sign in on the IAM user sign-in page with the account alias and user root.",
                    "The root user signs in with the account's email address; the alias and a "
                    "user name are how IAM users sign in.",
                ),
                Option(
                    "Delete the root user and create a new one with a password IT chooses.",
                    "The root user can't be deleted or recreated; its password is reset in place.",
                ),
            ),
            RESET_ROOT_PASSWORD_URL,
        ),
        Practice(
            "deleted-mailbox",
            "A company's root user email address was a mailbox on its own email domain that "
            "was deleted, and no one knows the root password.",
            "What should the company do first?",
            Option(
                "Ask its email administrators to restore the address, then reset the password.",
                "AWS says to regain access to the email address first; a domain owner can "
                "restore it or catch its mail, and the reset link is sent there.",
            ),
            (
                Option(
                    "Ask an IAM administrator to change the root email address in IAM.",
                    "The root email address of a standalone account is changed by the root "
                    "user itself; it is not an IAM setting.",
                ),
                Option(
                    "Request a password reset at once and wait for the email to arrive.",
                    "The reset email goes to the deleted address, so nobody would receive it "
                    "until the mailbox is restored.",
                ),
                Option(
                    "Open a new AWS account and leave the old one's resources running.",
                    "The old account keeps running unmanaged; regaining the email address "
                    "recovers it.",
                ),
            ),
            ROOT_TROUBLESHOOTING_URL,
        ),
    ),
    near=("root-user", "protect-root", "account-tasks", "users-vs-roles:user"),
)


TOPIC = Topic(
    id="root-only",
    title="Tasks that require the root user",
    concepts=(
        ACCOUNT_TASKS,
        SERVICE_TASKS,
        ADMIN_TASKS,
        MEMBER_ACCOUNTS,
        PROTECT_ROOT,
        ROOT_USER,
        ROOT_RECOVERY,
    ),
)
