"""Tasks that require the root user, and look-alikes an IAM administrator can do.

ROOT_ONLY is the list on AWS's "Tasks that require root user credentials"
(IAM User Guide, root-user-tasks.html), plus the SQS queue policy that denies
every principal, which AWS names as a root-only action alongside the S3 bucket
policy one (id_root-user-privileged-task.html). ADMIN_TASKS
are tasks an exam uses as distractors because they sound just as privileged,
but an IAM identity with the right permissions can do them.
"""

from quizzes.catalogues import Fact

ROOT_TASKS_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-tasks.html"
ROOT_BEST_PRACTICES_URL = (
    "https://docs.aws.amazon.com/accounts/latest/reference/best-practices-root-user.html"
)
# Centralized root access: the privileged tasks that "would otherwise require root user
# credentials" in a member account, including the SQS queue policy that denies everyone.
ROOT_PRIVILEGED_TASKS_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user-privileged-task.html"
)

ROOT_ONLY: tuple[Fact, ...] = (
    Fact(
        "change-account-settings",
        "Change the AWS account name, the root user email address or the root user password",
        "AWS lists changing the account settings (account name, email address, root user "
        "password and root user access keys) among the tasks only the root user can perform.",
        ROOT_TASKS_URL,
    ),
    Fact(
        "restore-admin-permissions",
        "Restore permissions after the only IAM administrator revoked their own",
        "If the only IAM administrator accidentally revokes their own permissions, AWS says to "
        "sign in as the root user to edit policies and restore those permissions.",
        ROOT_TASKS_URL,
    ),
    Fact(
        "activate-billing-access",
        "Activate IAM access to the Billing and Cost Management console",
        "Activating IAM access to the Billing and Cost Management console is on AWS's list of "
        "tasks that only the root user can perform.",
        ROOT_TASKS_URL,
    ),
    Fact(
        "view-certain-tax-invoices",
        "View tax invoices issued by AWS Inc. or Amazon Internet Services Private Limited (AISPL)",
        "An IAM user with aws-portal:ViewBilling can view VAT invoices from AWS Europe, but "
        "AWS documents other tax invoices (AWS Inc., AISPL) as viewable only by the root user.",
        ROOT_TASKS_URL,
    ),
    Fact(
        "close-account",
        "Close the AWS account",
        "Closing the AWS account is on AWS's list of tasks that require root user credentials.",
        ROOT_TASKS_URL,
    ),
    Fact(
        "register-ri-seller",
        "Register as a seller in the Reserved Instance Marketplace",
        "Registering as a seller in the EC2 Reserved Instance Marketplace requires the root user.",
        ROOT_TASKS_URL,
    ),
    Fact(
        "s3-mfa-delete",
        "Configure an Amazon S3 bucket to enable MFA Delete",
        "Configuring an S3 bucket to enable MFA (MFA Delete) can be done only by the root user "
        "of the account that owns the bucket.",
        ROOT_TASKS_URL,
    ),
    Fact(
        "s3-policy-denies-all",
        "Edit or delete an Amazon S3 bucket policy that denies all principals",
        "When a bucket policy denies every principal, only the root user can still edit or "
        "delete that bucket policy.",
        ROOT_TASKS_URL,
    ),
    Fact(
        "sqs-policy-denies-all",
        "Edit or delete an Amazon SQS queue policy that denies all principals",
        "When a queue's resource-based policy denies every principal, only a root user session "
        "can still delete it; in an organization with centralized root access, the management "
        "account can open such a privileged root session for a member account.",
        ROOT_PRIVILEGED_TASKS_URL,
    ),
    Fact(
        "govcloud-root-keys",
        "Request AWS GovCloud (US) account root user access keys from AWS Support",
        "Requesting the AWS GovCloud (US) root user access keys from AWS Support is a root-only "
        "task.",
        ROOT_TASKS_URL,
    ),
    Fact(
        "recover-kms-key",
        "Recover an AWS KMS key that has become unmanageable, by contacting AWS Support",
        "If a KMS key becomes unmanageable (its key policy locks everyone out), AWS says you "
        "recover it by contacting AWS Support as the root user.",
        ROOT_TASKS_URL,
    ),
)

ADMIN_TASKS: tuple[Fact, ...] = (
    Fact(
        "update-contact-information",
        "Update the account's alternate contacts and contact information",
        "AWS notes that other account settings, such as contact information, don't require "
        "root user credentials: an IAM identity with the account permissions can change them.",
        ROOT_TASKS_URL,
    ),
    Fact(
        "payment-currency",
        "Change the account's payment currency preference",
        "AWS names the payment currency preference as an account setting that doesn't require "
        "root user credentials.",
        ROOT_TASKS_URL,
    ),
    Fact(
        "enable-regions",
        "Enable or disable an opt-in AWS Region for the account",
        "AWS names the account's Regions among the settings that don't require root user "
        "credentials.",
        ROOT_TASKS_URL,
    ),
    Fact(
        "create-iam-user",
        "Create an IAM user for a new employee and add it to a group",
        "Creating users and managing group membership is everyday IAM administration, done "
        "with iam:CreateUser and iam:AddUserToGroup permissions.",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_create.html",
    ),
    Fact(
        "create-role",
        "Create an IAM role that an EC2 instance can use",
        "Creating a role needs only IAM permissions (iam:CreateRole), and handing it to an EC2 "
        "instance needs iam:PassRole; neither is on AWS's list of root-only tasks.",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create.html",
    ),
    Fact(
        "attach-managed-policy",
        "Attach the AdministratorAccess managed policy to an IAM group",
        "Attaching a managed policy is an IAM action (iam:AttachGroupPolicy) that an "
        "administrator with IAM permissions can perform.",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_manage-attach-detach.html",
    ),
    Fact(
        "iam-user-access-keys",
        "Create access keys for an IAM user who needs the AWS CLI",
        "An administrator can create access keys for an IAM user (iam:CreateAccessKey); only the "
        "root user's own access keys are a root-only account setting.",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
    ),
    Fact(
        "credential-report",
        "Generate and download the IAM credential report",
        "The credential report is generated with iam:GenerateCredentialReport and read with "
        "iam:GetCredentialReport, permissions any IAM identity can be given.",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html",
    ),
    Fact(
        "password-policy",
        "Set the account password policy for IAM users",
        "The account password policy is set with iam:UpdateAccountPasswordPolicy, an IAM "
        "permission an administrator can hold.",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html",
    ),
    Fact(
        "iam-user-mfa",
        "Assign a virtual MFA device to an IAM user",
        "Administrators (or users themselves, with the right permissions) manage IAM users' MFA "
        "devices; it needs no root credentials.",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa.html",
    ),
    Fact(
        "account-alias",
        "Create an account alias for the IAM users' sign-in URL",
        "An account alias is created with iam:CreateAccountAlias, an ordinary IAM permission.",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/console_account-alias.html",
    ),
    Fact(
        "purchase-reserved-instances",
        "Purchase EC2 Reserved Instances",
        "Buying Reserved Instances needs EC2 permissions, not the root user; only registering "
        "as a seller in the Reserved Instance Marketplace is root-only.",
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ri-market-general.html",
    ),
    Fact(
        "s3-versioning",
        "Enable versioning on an Amazon S3 bucket",
        "Enabling versioning needs s3:PutBucketVersioning, which an IAM identity can hold; "
        "only enabling MFA Delete on the bucket requires the root user.",
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html",
    ),
    Fact(
        "schedule-kms-key-deletion",
        "Schedule the deletion of an AWS KMS key that its key policy lets you manage",
        "A key administrator named in the key policy can schedule its deletion; only recovering "
        "a key that has become unmanageable needs the root user and AWS Support.",
        "https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html",
    ),
    Fact(
        "cloudtrail-trail",
        "Create a CloudTrail trail that records API activity in all Regions",
        "A trail is created with the cloudtrail:CreateTrail permission, which any IAM identity "
        "can be given; a trail created in the console applies to all Regions by default.",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-integration.html",
    ),
)
