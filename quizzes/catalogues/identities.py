"""IAM users, groups and roles: what each identity is for, and when AWS says to use which.

AWS's current guidance (IAM User Guide, "Use cases for IAM users" and "Security best
practices in IAM"): people reach AWS through federation and roles with temporary
credentials, workloads through roles; IAM users, with long-term credentials, only for the use
cases federation cannot cover. Federation itself is taught in the workforce-identity topic;
here a federation scenario's answer is "An IAM role", the identity federated users assume.
The root user is a concept of the root-only topic ("root-only:root-user").

Roles in practice (companion note security-IAM-roles): a service role, which the customer
creates for a service and edits, beside the service-linked role the service predefines (each is
an IAM role, and a service-linked role is a type of service role, so they are declared
``overlaps`` and never offered as each other's wrong option); switching to a role; revoking a
role's sessions. Left to other topics on purpose: IAM Roles Anywhere (workforce-identity), the
account alias and sign-in URL (features), trust policy versus permissions policy (policy-types).
"""

from quizzes.catalogues.concepts import Claim, Concept, Option, Practice, Scenario, Topic

NOTE = "security-IAM"

IDENTITIES_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id.html"
# "Use cases for IAM users": long-term credentials; IAM users only for use cases federated
# users don't support: emergency access, workloads that can't use roles (CodeCommit, Amazon
# Keyspaces), third-party AWS clients, no IAM Identity Center and no other identity provider.
USERS_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/gs-identities-iam-users.html"
IAM_USER_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users.html"
GROUPS_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups.html"
ROLES_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html"
# "Common scenarios for IAM roles": switching to a role gives up the user's own permissions
# until they exit it; applications and services assume roles so no one shares or maintains
# long-term credentials.
ROLE_SCENARIOS_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_common-scenarios.html"
)
CROSS_ACCOUNT_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_common-scenarios_aws-accounts.html"
)
FEDERATION_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers.html"
BEST_PRACTICES_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html"
PRINCIPAL_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html"
)
LAMBDA_ROLE_URL = "https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html"
EC2_ROLE_URL = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html"
# "These security credentials are temporary and we rotate them automatically."
EC2_ROLE_CREDENTIALS_URL = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-metadata-security-credentials.html"
INSTANCE_PROFILE_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html"
# "An instance profile can contain only one role, and this quota cannot be increased";
# the caller must be allowed iam:PassRole on the role.
ADD_ROLE_TO_PROFILE_URL = (
    "https://docs.aws.amazon.com/IAM/latest/APIReference/API_AddRoleToInstanceProfile.html"
)
# "For instances in an Auto Scaling group, you must create a launch template ... and choose an
# instance profile": the container that passes the role to the instance at launch.
AUTO_SCALING_ROLE_URL = "https://docs.aws.amazon.com/autoscaling/ec2/userguide/us-iam-role.html"
CFN_INSTANCE_PROFILE_URL = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-instanceprofile.html"
# "Create a service-linked role": predefined by the service, which alone (unless it defines
# otherwise) can assume it; administrators can view but not edit its permissions; its
# permissions policy can't be attached to any other IAM entity; delete its resources first.
SERVICE_LINKED_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create-service-linked-role.html"
)
SERVICE_ROLE_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-service.html"
)
# "CloudFormation service role": a service role lets CloudFormation call resources in a stack
# for you; you create it and its permissions policy in IAM and name cloudformation.amazonaws.com
# as the service that can assume it; without one, CloudFormation uses a temporary session made
# from the caller's own credentials; it can allow less than the caller may do.
CFN_SERVICE_ROLE_URL = (
    "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-iam-servicerole.html"
)
# "Viewing and updating permissions in the execution role": permissions can be added to or
# removed from a function's execution role at any time.
LAMBDA_ROLE_UPDATE_URL = (
    "https://docs.aws.amazon.com/lambda/latest/dg/permissions-executionrole-update.html"
)
# "Methods to assume a role": permission to switch must be granted first (any policy on the
# user's groups or the user will do); roles are assumed in the console, Tools for Windows
# PowerShell, the AWS CLI and the AssumeRole API; console sessions last from 15 minutes up to
# the role's maximum session duration setting, 1 hour by default.
ROLES_USE_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use.html"
# "Switch to an IAM role (AWS CLI)": you don't sign in to a role; signed in as a user you switch
# to one, which sets your own permissions aside until you exit it; the role can be in your own
# account or any other account.
SWITCH_CLI_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-cli.html"
)
# "Switch to an IAM role (AWS API)": "You cannot assume a role while signed in as the AWS account
# root user" (read in AWS's China-partition copy of this page, docs.amazonaws.cn; the global
# page is its source).
SWITCH_API_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-api.html"
)
# "Revoke IAM role temporary security credentials": every session of the role issued before the
# chosen time is denied all actions (an inline deny policy AWS attaches, conditioned on the token
# issue time), so all current users must re-authenticate and may lose unsaved work; sessions
# assumed afterwards are unaffected; a service-linked role's sessions can't be revoked.
REVOKE_SESSIONS_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_revoke-sessions.html"
)
# "Disabling permissions for temporary security credentials": they stay valid until they expire
# unless revoked; their permissions are evaluated on every request, so removing permissions
# makes requests fail (after a few minutes for the policy change to take effect).
DISABLE_TEMP_PERMS_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_disable-perms.html"


USER = Concept(
    id="user",
    name="An IAM user",
    kind="identity",
    subject="an IAM user",
    purpose="An IAM user is an identity in one account with long-term credentials, a password "
    "or access keys; AWS now keeps IAM users for the few use cases federation and roles "
    "can't cover.",
    heading=f"{NOTE}#users#iam users",
    reference=USERS_URL,
    task="2.3",
    true=(
        Claim(
            "long-term",
            "An IAM user has long-term credentials, such as a password or access keys.",
            "IAM users that you create have long-term credentials that you manage directly.",
            USERS_URL,
        ),
        Claim(
            "only-unsupported-cases",
            "AWS recommends IAM users only for use cases that federated users don't support.",
            "AWS recommends IAM Identity Center or federation for people, and IAM users only for "
            "the specific use cases federation can't cover.",
            USERS_URL,
        ),
        Claim(
            "third-party-clients",
            "A third-party client that can't use IAM roles is a use case for an IAM user.",
            "AWS lists third-party AWS clients and workloads that can't use IAM roles among the "
            "use cases that need IAM users' long-term credentials.",
            USERS_URL,
        ),
        Claim(
            "person-or-application",
            "An IAM user can stand for an application as well as for a person.",
            "An IAM user is an identity in the account with permissions for a single person or "
            "application.",
            IAM_USER_URL,
        ),
        Claim(
            "principal",
            "A resource-based policy can name an IAM user as its principal.",
            "IAM users are among the principals a resource-based policy can name; a group "
            "cannot be one.",
            PRINCIPAL_URL,
        ),
    ),
    false=(
        Claim(
            "keys-expire",
            "An IAM user's access keys expire on their own after twelve hours.",
            "Access keys of an IAM user are long-term credentials: they last until someone "
            "deactivates or deletes them.",
            USERS_URL,
            negates="long-term",
        ),
        Claim(
            "one-per-employee",
            "AWS recommends an IAM user for each employee who signs in to the console.",
            "AWS recommends federation or IAM Identity Center for people, and IAM users only for "
            "use cases federation doesn't support.",
            USERS_URL,
            negates="only-unsupported-cases",
        ),
        Claim(
            "one-group-only",
            "An IAM user can be a member of only one IAM group at a time.",
            "A user can belong to several groups at once.",
            GROUPS_URL,
        ),
        Claim(
            "other-accounts",
            "An IAM user can sign in to other AWS accounts with its own password.",
            "An IAM user belongs to one account; to work in another account it assumes a role "
            "that account trusts it to assume.",
            CROSS_ACCOUNT_URL,
        ),
        Claim(
            "admin-equals-root",
            "An IAM user with AdministratorAccess can do every task the root user can.",
            "Some tasks, such as enabling MFA delete or closing a standalone account, require "
            "the root user whatever an IAM user's permissions.",
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-tasks.html",
        ),
    ),
    scenarios=(
        Scenario(
            "static-keys-tool",
            "give an on-premises backup tool access to Amazon S3",
            "AWS lists third-party clients and workloads that can't use IAM roles among the use "
            "cases for IAM users, whose access keys are long-term credentials.",
            constraint="when the tool accepts nothing but an access key ID and secret access key",
        ),
        Scenario(
            "no-identity-provider",
            "give a new developer a personal sign-in to the AWS Management Console",
            "AWS lists an account that can't use IAM Identity Center and has no other identity "
            "provider among the use cases for IAM users.",
            constraint="in an account that can't use IAM Identity Center and has no identity "
            "provider",
        ),
        Scenario(
            "break-glass",
            "keep an emergency sign-in for the times its identity provider is unavailable",
            "Emergency access to the account is one of AWS's use cases for IAM users, kept for "
            "when federation can't be used.",
            constraint="without relying on the root user",
        ),
    ),
    practices=(
        Practice(
            "shared-user",
            "Five administrators share one IAM user's password and access keys, so CloudTrail "
            "cannot tell who made a change.",
            "What should the company do?",
            Option(
                "Give every administrator a personal federated sign-in.",
                "AWS recommends that people use federation with temporary credentials; "
                "individual identities also make each action traceable.",
            ),
            (
                Option(
                    "Rotate the shared user's password and access keys every 30 days.",
                    "Rotation leaves five people on one identity, so actions still can't be "
                    "told apart.",
                ),
                Option(
                    "Enable MFA on the shared IAM user and give every administrator the device.",
                    "Sharing the MFA device keeps one identity for five people; MFA does not "
                    "make their actions traceable.",
                ),
                Option(
                    "Move the shared user into an Admins group with the same permissions.",
                    "The group changes where the permissions are attached, not who is signing in.",
                ),
            ),
            BEST_PRACTICES_URL,
        ),
    ),
    near=("group", "role", "root-only:root-user"),
)


GROUP = Concept(
    id="group",
    name="An IAM group",
    kind="identity",
    subject="an IAM group",
    purpose="An IAM group is a collection of IAM users that share the policies attached to it; "
    "it has no credentials of its own, can't sign in, can't be assumed and can't be a "
    "principal.",
    heading=f"{NOTE}#users#groups",
    reference=GROUPS_URL,
    task="2.3",
    true=(
        Claim(
            "many-groups",
            "An IAM user can belong to more than one IAM group.",
            "A group can contain many users, and a user can belong to multiple groups.",
            GROUPS_URL,
        ),
        Claim(
            "not-nested",
            "An IAM group can contain users but not other groups.",
            "Groups can't be nested; they can contain only users, not other groups.",
            GROUPS_URL,
        ),
        Claim(
            "not-principal",
            "A resource-based policy cannot name an IAM group as its principal.",
            "Groups relate to permissions, not authentication, and principals are authenticated "
            "IAM entities, so a group can't be a policy's Principal.",
            GROUPS_URL,
        ),
        Claim(
            "no-default-group",
            "No default group automatically holds every IAM user in the account.",
            "There is no default group with all users; if you want one, you create it and add "
            "each new user to it.",
            GROUPS_URL,
        ),
        Claim(
            "members-inherit",
            "Every user in an IAM group gets the permissions of the group's policies.",
            "You attach an identity-based policy to a group so that all its users receive the "
            "policy's permissions.",
            GROUPS_URL,
        ),
    ),
    false=(
        Claim(
            "nested",
            "An IAM group can contain other IAM groups as members.",
            "Groups can't be nested; they contain only users.",
            GROUPS_URL,
            negates="not-nested",
        ),
        Claim(
            "roles-as-members",
            "An IAM group can hold IAM roles so that they share its policies.",
            "A group contains only IAM users; roles get permissions from their own policies.",
            GROUPS_URL,
        ),
        Claim(
            "group-keys",
            "An IAM group has its own access keys for programmatic requests.",
            "A group relates to permissions, not authentication: it has no credentials and "
            "makes no requests itself.",
            GROUPS_URL,
        ),
        Claim(
            "bucket-principal",
            "A bucket policy can grant a team access by naming its IAM group as principal.",
            "A group can't be a Principal; name the users or a role, or attach an identity-based "
            "policy to the group instead.",
            GROUPS_URL,
            negates="not-principal",
        ),
        Claim(
            "default-all-users",
            "Every new IAM user joins a default group that contains all users.",
            "No such default group exists; you create one and add each user yourself.",
            GROUPS_URL,
            negates="no-default-group",
        ),
    ),
    scenarios=(
        Scenario(
            "shared-permissions",
            "give twelve developers identical permissions that change every few weeks",
            "Policies attached to a group apply to every member's IAM user, so one change to the "
            "group reaches all twelve developers; no one has to switch to anything.",
            constraint="editing them in one place, without anyone switching roles",
        ),
        Scenario(
            "job-change",
            "swap all of an employee's permissions in one step when they move from the testing "
            "team to the operations team",
            "Removing the employee's IAM user from the old group and adding it to the new one "
            "changes every permission that comes from those groups, without editing the user.",
            constraint="without the employee switching roles",
        ),
        Scenario(
            "new-analysts",
            "give each new finance analyst the team's billing read permissions on the first day",
            "Adding each analyst's IAM user to a group that holds the policy gives the team's "
            "permissions without a policy on each user.",
            constraint="without attaching policies to each analyst or having them switch roles",
        ),
    ),
    practices=(
        Practice(
            "policies-per-user",
            "Twelve developers each have the same five managed policies attached directly to "
            "their IAM users.",
            "What should the administrator do to make these permissions easier to manage?",
            Option(
                "Create a group with the five policies and add the developers to it.",
                "Policies attached to a group reach every member, so future changes are made once.",
            ),
            (
                Option(
                    "Copy the five policies into an inline policy on each developer's user.",
                    "Inline policies still live on each user, so every change is made twelve "
                    "times.",
                ),
                Option(
                    "Nest a developers group inside an engineering group that has the policies.",
                    "IAM groups can't be nested; they contain only users.",
                ),
                Option(
                    "Replace the twelve users with one shared IAM user that has the policies.",
                    "Shared credentials make actions untraceable; each person needs their own "
                    "identity.",
                ),
            ),
            GROUPS_URL,
        ),
    ),
    near=("user", "role", "root-only:root-user"),
)


ROLE = Concept(
    id="role",
    name="An IAM role",
    kind="identity",
    subject="an IAM role",
    purpose="An IAM role has no long-term credentials: anyone its trust policy allows, in this "
    "account or another, an AWS service or a federated user, assumes it and gets temporary "
    "security credentials.",
    heading=f"{NOTE}#users#iam role",
    reference=ROLES_URL,
    task="2.3",
    true=(
        Claim(
            "temporary-credentials",
            "Assuming an IAM role gives temporary security credentials.",
            "A role has no standard long-term credentials; when you assume it, it provides "
            "temporary security credentials for your role session.",
            ROLES_URL,
        ),
        Claim(
            "switch-gives-up",
            "A user who switches to a role gives up their own permissions while in it.",
            "Users who switch to a role give up their original permissions and take on the "
            "role's; exiting the role restores their own.",
            ROLE_SCENARIOS_URL,
        ),
        Claim(
            "other-accounts",
            "Principals in another AWS account can assume a role that trusts their account.",
            "A role in one account can grant access to principals in another account that its "
            "trust policy names.",
            CROSS_ACCOUNT_URL,
        ),
        Claim(
            "federation",
            "Users who sign in through an external identity provider assume a role in AWS.",
            "Federated users have no IAM users of their own; after the identity provider signs "
            "them in, they assume a role.",
            FEDERATION_URL,
        ),
        Claim(
            "services-assume",
            "An AWS service can assume a role to act on the customer's behalf.",
            "A role that a service assumes to perform actions on your behalf is called a "
            "service role.",
            SERVICE_ROLE_URL,
        ),
    ),
    false=(
        Claim(
            "shared-password",
            "An IAM role has a console password that the people who use it share.",
            "A role has no long-term credentials such as a password or access keys; it hands "
            "out temporary credentials when assumed.",
            ROLES_URL,
            negates="temporary-credentials",
        ),
        Claim(
            "adds-permissions",
            "Switching to a role adds its permissions to the user's own permissions.",
            "The user gives up their own permissions while in the role and gets them back on "
            "exiting it.",
            ROLE_SCENARIOS_URL,
            negates="switch-gives-up",
        ),
        Claim(
            "same-account-only",
            "Only IAM users of the role's own account can assume an IAM role.",
            "Roles can also be assumed by principals in other accounts, by AWS services and by "
            "federated users.",
            ROLES_URL,
            negates="other-accounts",
        ),
        Claim(
            "federated-need-users",
            "Each federated user needs a matching IAM user before assuming a role.",
            "Federation gives people access through roles without creating IAM users for them.",
            FEDERATION_URL,
            negates="federation",
        ),
        Claim(
            "manual-rotation",
            "Temporary credentials of a role used by EC2 must be rotated by hand.",
            "For a role used by an EC2 instance, the credentials are temporary and AWS rotates "
            "them automatically.",
            EC2_ROLE_CREDENTIALS_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "auditor-account",
            "give an external auditor's AWS account read-only access for two weeks",
            "A role that trusts the auditor's account gives temporary credentials that the "
            "company can revoke by editing the trust policy.",
            constraint="without creating long-term credentials for the auditor",
            reference=CROSS_ACCOUNT_URL,
        ),
        Scenario(
            "lambda-writes",
            "let its AWS Lambda function write items to an Amazon DynamoDB table",
            "Lambda assumes the function's execution role, an IAM role, and uses its temporary "
            "credentials; no access keys are stored with the function.",
            reference=LAMBDA_ROLE_URL,
        ),
        Scenario(
            "saml-employees",
            "let employees who sign in to its SAML 2.0 corporate directory open the AWS "
            "Management Console",
            "Through SAML 2.0 federation, employees assume a role after the directory signs them "
            "in, so they need no IAM users or second passwords.",
            constraint="without creating IAM users for them",
            reference=FEDERATION_URL,
        ),
        Scenario(
            "elevate-briefly",
            "let administrators take on production-change permissions only for the task at "
            "hand and give them up afterwards",
            "Switching to a role grants its permissions for the session and exiting it restores "
            "the user's own, which helps prevent accidental changes.",
            reference=ROLE_SCENARIOS_URL,
        ),
    ),
    practices=(
        Practice(
            "auditor-access",
            "An external auditor's AWS account needs read-only access to the company's account "
            "for two weeks.",
            "What should the company do?",
            Option(
                "Create a read-only role whose trust policy names the auditor's account.",
                "The auditor assumes the role and gets temporary credentials; the company ends "
                "access by changing the trust policy.",
            ),
            (
                Option(
                    "Create an IAM user with read-only access keys and email them to the auditor.",
                    "That hands out long-term credentials that last until someone remembers to "
                    "delete them.",
                ),
                Option(
                    "Add the auditor's account to an IAM group that has read-only permissions.",
                    "A group contains only IAM users of its own account; it can't hold another "
                    "account.",
                ),
                Option(
                    "Share the password of an existing read-only IAM user for the two weeks.",
                    "Shared long-term credentials can't be traced to the auditor and outlive "
                    "the audit.",
                ),
            ),
            CROSS_ACCOUNT_URL,
        ),
    ),
    near=(
        "user",
        "group",
        "service-linked-role",
        "root-only:root-user",
        "workforce-identity:saml-federation",
        "workforce-identity:cross-account-role",
    ),
)


INSTANCE_PROFILE = Concept(
    id="instance-profile",
    name="An instance profile",
    kind="identity",
    subject="an instance profile",
    purpose="An instance profile is the container that passes one IAM role to an EC2 instance; "
    "it is not a role and holds no permissions of its own.",
    heading=f"{NOTE}#instance profile",
    reference=INSTANCE_PROFILE_URL,
    task="2.3",
    true=(
        Claim(
            "passes-role",
            "An instance profile is what passes an IAM role to an EC2 instance.",
            "You use an instance profile to pass an IAM role to an EC2 instance.",
            INSTANCE_PROFILE_URL,
        ),
        Claim(
            "one-role",
            "An instance profile can contain only one IAM role.",
            "An instance profile can contain only one role, and this quota cannot be increased.",
            ADD_ROLE_TO_PROFILE_URL,
        ),
        Claim(
            "console-creates",
            "Creating a role for EC2 in the console also creates an instance profile of that name.",
            "When you create a role for Amazon EC2 in the console, it automatically creates an "
            "instance profile with the same name as the role.",
            INSTANCE_PROFILE_URL,
        ),
        Claim(
            "cli-separate",
            "With the AWS CLI or API, the role and the instance profile are created separately.",
            "If you manage roles from the CLI or API, you create roles and instance profiles as "
            "separate actions, and their names can differ.",
            INSTANCE_PROFILE_URL,
        ),
        Claim(
            "console-list",
            "The role list in the EC2 launch console is in fact a list of instance profiles.",
            "When you launch an instance with an IAM role in the console, the list displayed is "
            "actually a list of instance profile names.",
            INSTANCE_PROFILE_URL,
        ),
    ),
    false=(
        Claim(
            "several-roles",
            "An instance profile can hold several roles for one EC2 instance to use at once.",
            "An instance profile can contain only one role, a quota that cannot be increased.",
            ADD_ROLE_TO_PROFILE_URL,
            negates="one-role",
        ),
        Claim(
            "stores-keys",
            "An instance profile stores long-term access keys for the EC2 instance.",
            "It passes a role; the instance gets the role's temporary credentials, which AWS "
            "rotates automatically.",
            EC2_ROLE_CREDENTIALS_URL,
        ),
        Claim(
            "for-lambda",
            "An instance profile is how an AWS Lambda function receives its role.",
            "Instance profiles pass roles to EC2 instances; a Lambda function has an execution "
            "role of its own.",
            INSTANCE_PROFILE_URL,
        ),
        Claim(
            "console-never",
            "The console never creates instance profiles; only the AWS CLI can.",
            "Creating a role for EC2 in the console creates an instance profile with the same "
            "name automatically.",
            INSTANCE_PROFILE_URL,
            negates="console-creates",
        ),
        Claim(
            "attach-to-user",
            "An instance profile can be attached to an IAM user to grant EC2 permissions.",
            "Instance profiles are associated with EC2 instances, not users; users get "
            "permissions from policies.",
            INSTANCE_PROFILE_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "cli-launch",
            "hand an IAM role to EC2 servers it launches with the AWS CLI",
            "With the CLI, EC2 receives a role through an instance profile, the container that "
            "holds the role; the profile is created separately.",
            constraint="naming the container that holds the role",
        ),
        Scenario(
            "cloudformation",
            "declare, in a CloudFormation template, the resource that wraps a role so EC2 "
            "servers can use it",
            "AWS::IAM::InstanceProfile is the template resource that holds the role EC2 uses.",
            reference=CFN_INSTANCE_PROFILE_URL,
        ),
        Scenario(
            "launch-template",
            "give EC2 servers that an Auto Scaling group launches the temporary credentials of "
            "a role",
            "An Auto Scaling group's launch template names an instance profile, the container "
            "that lets EC2 pass the role to each server at launch.",
            constraint="naming in the launch template the container that holds the role",
            reference=AUTO_SCALING_ROLE_URL,
        ),
    ),
    practices=(
        Practice(
            "second-role",
            "An application on an EC2 instance needs permissions from a second role, and the "
            "administrator plans to add that role to the instance's profile.",
            "What should the administrator do?",
            Option(
                "Combine the permissions into one role in the instance's profile.",
                "An instance profile can contain only one role, so the permissions must come "
                "from that one role.",
            ),
            (
                Option(
                    "Add the second role to the same instance profile beside the first role.",
                    "An instance profile holds one role only, a quota that cannot be increased.",
                ),
                Option(
                    "Attach a second instance profile to the instance at the same time.",
                    "An instance has one instance profile associated with it, not several.",
                ),
                Option(
                    "Store an IAM user's access keys on the instance for the extra permissions.",
                    "Long-term keys on an instance are what roles exist to avoid.",
                ),
            ),
            ADD_ROLE_TO_PROFILE_URL,
        ),
    ),
    # The instance profile hands the instance an IAM role, so "An IAM role" is also a right
    # answer to its goals: never offered beside it.
    overlaps=("role",),
    near=("role", "service-linked-role", "user"),
)


SERVICE_LINKED_ROLE = Concept(
    id="service-linked-role",
    name="A service-linked role",
    kind="identity",
    subject="a service-linked role",
    purpose="A service-linked role is predefined and owned by one AWS service, which alone "
    "assumes it; you can view its permissions but not edit them, unlike a role you create.",
    heading=f"{NOTE}#service-linked role",
    reference=SERVICE_LINKED_URL,
    task="2.3",
    true=(
        Claim(
            "predefined",
            "The AWS service it is linked to predefines a service-linked role's permissions.",
            "Service-linked roles are predefined by the service and include all the "
            "permissions the service needs to call other services for you.",
            SERVICE_LINKED_URL,
        ),
        Claim(
            "view-not-edit",
            "An IAM administrator can view a service-linked role's permissions but not edit them.",
            "Service-linked roles are owned by the service; an IAM administrator can view, but "
            "not edit, their permissions.",
            SERVICE_LINKED_URL,
        ),
        Claim(
            "only-service-assumes",
            "Unless the service defines otherwise, only its own service can assume the role.",
            "The linked service defines the permissions of its service-linked roles and, unless "
            "defined otherwise, only that service can assume them.",
            SERVICE_LINKED_URL,
        ),
        Claim(
            "delete-resources-first",
            "A service-linked role can be deleted only after its related resources are deleted.",
            "Before you can delete the role you must delete its related resources, so you can't "
            "remove access the service still needs.",
            SERVICE_LINKED_URL,
        ),
        Claim(
            "kind-of-service-role",
            "A service-linked role is a type of service role that is linked to one service.",
            "AWS describes a service-linked role as a type of service role linked to an AWS "
            "service, which assumes it to act on your behalf.",
            SERVICE_LINKED_URL,
        ),
    ),
    false=(
        Claim(
            "admin-edits",
            "An IAM administrator can edit the permissions of a service-linked role.",
            "Its permissions are defined by the service; administrators can view them but not "
            "edit them.",
            SERVICE_LINKED_URL,
            negates="view-not-edit",
        ),
        Claim(
            "anyone-assumes",
            "Any IAM user with sts:AssumeRole can assume a service-linked role.",
            "Unless the service defines otherwise, only the linked service can assume its "
            "service-linked roles.",
            SERVICE_LINKED_URL,
            negates="only-service-assumes",
        ),
        Claim(
            "delete-anytime",
            "A service-linked role can be deleted while the service's resources still use it.",
            "You must first delete the related resources; that protects them from losing the "
            "access they need.",
            SERVICE_LINKED_URL,
            negates="delete-resources-first",
        ),
        Claim(
            "policy-reusable",
            "A service-linked role's permissions policy can be attached to IAM users too.",
            "The permissions policy of a service-linked role cannot be attached to any other "
            "IAM entity.",
            SERVICE_LINKED_URL,
        ),
        Claim(
            "admin-writes-policy",
            "An administrator writes a service-linked role's policy before the service can use it.",
            "The service predefines the role's permissions, so no one has to add them by hand.",
            SERVICE_LINKED_URL,
            negates="predefined",
        ),
    ),
    scenarios=(
        Scenario(
            "auto-scaling",
            "let Amazon EC2 Auto Scaling launch and terminate servers on its behalf with "
            "permissions that Auto Scaling itself predefines",
            "A service-linked role is predefined by its service with the permissions the service "
            "needs, so no one writes or edits that policy.",
        ),
        Scenario(
            "cannot-break",
            "make sure the permissions Elastic Load Balancing depends on can't be removed while "
            "its load balancers still exist",
            "A service-linked role can't be deleted until the service's related resources are "
            "deleted, which protects the access the service needs.",
        ),
        Scenario(
            "no-one-edits",
            "give an AWS feature the permissions it needs, defined by AWS, that no "
            "administrator in the account can edit",
            "Administrators can view a service-linked role's permissions but not edit them; the "
            "linked service defines them.",
        ),
    ),
    practices=(
        Practice(
            "delete-slr",
            "An administrator tries to delete a service-linked role, and the deletion fails "
            "because the service still uses resources in the account.",
            "What should the administrator do?",
            Option(
                "Delete the resources that use the role first, then delete the role.",
                "A service-linked role can be deleted only after its related resources are "
                "deleted.",
            ),
            (
                Option(
                    "Detach the role's permissions policy first, then delete the role.",
                    "Administrators can't edit a service-linked role's permissions; the service "
                    "owns them.",
                ),
                Option(
                    "Edit the role's trust policy so that no one can assume it any more.",
                    "The linked service defines the trust policy; it can't be edited by an "
                    "administrator.",
                ),
                Option(
                    "Attach a deny-all policy to the role so it stops working right away.",
                    "A service-linked role's permissions can't be changed by administrators, and "
                    "breaking it would leave the service's resources broken.",
                ),
            ),
            SERVICE_LINKED_URL,
        ),
    ),
    # A service-linked role is an IAM role: "An IAM role" is never a wrong option beside it.
    # It is also an IAM role and, AWS says, a type of service role: neither is a wrong option
    # beside it.
    overlaps=("role", "service-role"),
    near=("instance-profile", "user", "group", "root-only:root-user"),
)


SERVICE_ROLE = Concept(
    id="service-role",
    name="An AWS service role",
    kind="identity",
    subject="an AWS service role",
    purpose="A service role is an IAM role that an AWS service assumes to act for the customer; "
    "the customer creates it and writes and changes its permissions, unlike a service-linked "
    "role, whose permissions the service predefines.",
    heading="security-IAM-roles#roles for AWS services#service roles",
    reference=SERVICE_ROLE_URL,
    task="2.3",
    true=(
        Claim(
            "service-assumes",
            "A service role is an IAM role that an AWS service assumes to act for the customer.",
            "AWS calls a role that a service assumes to perform actions on your behalf a "
            "service role.",
            SERVICE_ROLE_URL,
        ),
        Claim(
            "customer-creates",
            "An IAM user or role with the right IAM permissions can create a service role.",
            "AWS: you configure permissions to allow an IAM entity (user or role) to create or "
            "edit a service role, which the service then assumes.",
            SERVICE_ROLE_URL,
        ),
        Claim(
            "change-anytime",
            "Permissions can be added to or removed from a service role at any time.",
            "A Lambda function's execution role, a service role, can have permissions added or "
            "removed at any time; a service-linked role's permissions can't be edited.",
            LAMBDA_ROLE_UPDATE_URL,
        ),
        Claim(
            "lambda-execution",
            "A Lambda function's execution role is a service role that Lambda assumes to run it.",
            "Lambda automatically assumes the function's execution role when the function is "
            "invoked; the role grants the function its access to AWS services and resources.",
            LAMBDA_ROLE_URL,
        ),
        Claim(
            "trust-names-service",
            "A service role's trust policy names the AWS service that may assume the role.",
            "For Lambda to assume an execution role, the role's trust policy must name the "
            "Lambda service principal (lambda.amazonaws.com) as a trusted service.",
            LAMBDA_ROLE_URL,
        ),
        Claim(
            "less-than-caller",
            "A service role can let a service do less than the user who starts it may do.",
            "A CloudFormation service role can limit stack operations to, say, EC2 actions even "
            "when the person launching the stack is an administrator.",
            CFN_SERVICE_ROLE_URL,
        ),
    ),
    false=(
        Claim(
            "fixed-by-service",
            "A service role's permissions are set by the AWS service and can't be edited.",
            "That describes a service-linked role. A service role's permissions are the "
            "customer's to add or remove at any time.",
            LAMBDA_ROLE_UPDATE_URL,
            negates="change-anytime",
        ),
        Claim(
            "long-term-keys",
            "A service role hands the AWS service long-term access keys kept in the account.",
            "A role has no long-term credentials; the service that assumes it gets temporary "
            "security credentials for the session.",
            ROLES_URL,
        ),
        Claim(
            "lambda-slr",
            "A Lambda function's execution role is a service-linked role that Lambda predefines.",
            "The execution role is a role the customer creates (or the Lambda console creates "
            "with minimal permissions) and edits; it is a service role, not a service-linked one.",
            LAMBDA_ROLE_URL,
            negates="lambda-execution",
        ),
        Claim(
            "cfn-always-role",
            "CloudFormation always acts through a service role, even when a stack names none.",
            "Without a service role, CloudFormation uses a temporary session made from the "
            "caller's own credentials; a service role is optional.",
            CFN_SERVICE_ROLE_URL,
        ),
        Claim(
            "trust-lists-users",
            "A service role's trust policy lists the IAM users whose permissions it borrows.",
            "The trust policy names the service that may assume the role; the role's own "
            "permissions policies say what the service can do.",
            LAMBDA_ROLE_URL,
            negates="trust-names-service",
        ),
    ),
    scenarios=(
        Scenario(
            "cfn-limited",
            "let AWS CloudFormation create stack resources with permissions chosen for stacks",
            "A CloudFormation service role is created by the customer with the permissions "
            "stack operations need; CloudFormation assumes it instead of using the caller's "
            "credentials.",
            constraint="not those of whoever launches the stack",
            reference=CFN_SERVICE_ROLE_URL,
        ),
        Scenario(
            "lambda-editable",
            "give its AWS Lambda function access to a DynamoDB table with permissions its "
            "administrators can change later",
            "The function's execution role is a service role that Lambda assumes; the customer "
            "can add or remove its permissions at any time, and no keys are stored.",
            constraint="without storing keys with the function",
            reference=LAMBDA_ROLE_UPDATE_URL,
        ),
        Scenario(
            "customer-policy",
            "let an AWS service act on its resources under a permissions policy the company "
            "writes itself and can change",
            "A service role is assumed by the service, and its permissions policy is the "
            "customer's own to write and edit, unlike a service-linked role's.",
        ),
    ),
    practices=(
        Practice(
            "lambda-keys",
            "A developer plans to store an IAM user's access keys in a Lambda function's "
            "environment variables so that the function can write to Amazon S3.",
            "What should the developer do instead?",
            Option(
                "Give the function an execution role that allows only the S3 writes it needs.",
                "Lambda assumes the execution role, a service role, and gets temporary "
                "credentials; no long-term keys are stored with the function.",
            ),
            (
                Option(
                    "Encrypt the access keys with AWS KMS before adding them to the variables.",
                    "Encrypted or not, they are long-term keys of an IAM user; an execution "
                    "role avoids storing keys at all.",
                ),
                Option(
                    "Add the S3 write permissions to a service-linked role that Lambda owns.",
                    "A service-linked role's permissions are predefined by its service and "
                    "can't be edited by administrators.",
                ),
                Option(
                    "Keep the access keys in AWS Secrets Manager and read them at each start.",
                    "That still leaves an IAM user's long-term keys to protect and rotate; "
                    "the function's role gives temporary credentials instead.",
                ),
            ),
            LAMBDA_ROLE_URL,
        ),
        Practice(
            "cfn-broad-developers",
            "Developers deploy AWS CloudFormation stacks, so each developer's IAM identity holds "
            "broad permissions to create every resource type used in the templates.",
            "How can the company stop granting developers those broad permissions?",
            Option(
                "Have the stacks use a CloudFormation service role that holds them.",
                "CloudFormation then acts with the service role's permissions; developers need "
                "only permission to manage stacks and to pass that role.",
            ),
            (
                Option(
                    "Move the broad permissions into a group that all the developers belong to.",
                    "Every member of the group still receives the broad permissions directly.",
                ),
                Option(
                    "Create one shared IAM user with the broad permissions for all deployments.",
                    "A shared user's long-term credentials can't be traced to one person and "
                    "still give everyone the broad permissions.",
                ),
                Option(
                    "Set a permissions boundary on each developer that caps the broad grant.",
                    "A boundary only limits what the developers' own policies allow; they would "
                    "still need the broad permissions themselves to create the resources.",
                ),
            ),
            CFN_SERVICE_ROLE_URL,
        ),
    ),
    # A service role is an IAM role: "An IAM role" is never a wrong option beside it.
    overlaps=("role",),
    near=("service-linked-role", "instance-profile", "role", "user"),
)


SWITCH_ROLE = Concept(
    id="switch-role",
    name="Switching to an IAM role",
    kind="",
    subject="switching to an IAM role",
    purpose="A user who is allowed to switches to a role in the console, or assumes it with the "
    "AWS CLI or API, and works with the role's temporary permissions instead of their own "
    "until the session ends or they exit the role.",
    heading="security-IAM-roles#switching roles",
    reference=ROLES_USE_URL,
    task="2.3",
    true=(
        Claim(
            "permission-first",
            "A user needs permission to switch to a role, granted for example on their group.",
            "Before anyone can use a role you created, you grant permission to switch to it; "
            "any policy attached to the user's groups or the user will do.",
            ROLES_USE_URL,
        ),
        Claim(
            "console-cli-api",
            "A role can be assumed in the console, with the AWS CLI or with the AssumeRole API.",
            "Once permission is granted, a user can assume a role from the AWS Management "
            "Console, Tools for Windows PowerShell, the AWS CLI or the AssumeRole API.",
            ROLES_USE_URL,
        ),
        Claim(
            "cli-commands",
            "An IAM user can run AWS CLI commands with a role's permissions instead of their own.",
            "You can use a role to run an AWS CLI command while signed in as an IAM user; the "
            "role's permissions temporarily replace the user's.",
            SWITCH_CLI_URL,
        ),
        Claim(
            "any-account",
            "The role a user switches to can be in their own account or in another AWS account.",
            "AWS: the role can be in your own account or any other AWS account.",
            SWITCH_CLI_URL,
        ),
        Claim(
            "exit-restores",
            "When a user exits a role, their own user permissions are restored automatically.",
            "Only one set of permissions is active at a time; exiting the role brings back the "
            "user's permissions.",
            SWITCH_CLI_URL,
        ),
        Claim(
            "not-root",
            "The root user can't assume a role; IAM users and federated users can.",
            "AWS: you cannot assume a role while signed in as the AWS account root user; IAM "
            "users and users who signed in through SAML or OIDC can.",
            SWITCH_API_URL,
        ),
    ),
    false=(
        Claim(
            "role-password",
            "Switching to a role means signing out and in again with the role's own password.",
            "A role has no password: you don't sign in to a role, you switch to it after "
            "signing in as a user.",
            SWITCH_CLI_URL,
        ),
        Claim(
            "own-account-only",
            "The console can switch a user only to roles in the user's own AWS account.",
            "The role can be in the user's own account or in any other AWS account that trusts "
            "them.",
            SWITCH_CLI_URL,
            negates="any-account",
        ),
        Claim(
            "root-switches",
            "The root user can switch to any role in its account without being trusted by it.",
            "The root user can't assume roles at all; IAM users and federated users can, when "
            "the role trusts them.",
            SWITCH_API_URL,
            negates="not-root",
        ),
        Claim(
            "no-permission-needed",
            "Every IAM user in an account can switch to every role in it without any grant.",
            "Permission to switch must be granted first, and the role's trust policy must allow "
            "the user.",
            ROLES_USE_URL,
            negates="permission-first",
        ),
        Claim(
            "console-only",
            "Switching roles is a console feature; the AWS CLI can't assume a role at all.",
            "Roles can be assumed with the AWS CLI, Tools for Windows PowerShell and the "
            "AssumeRole API as well as in the console.",
            ROLES_USE_URL,
            negates="console-cli-api",
        ),
        Claim(
            "never-expires",
            "A role session lasts until the user signs out, however many days that takes.",
            "Role sessions are temporary: a console session lasts at most the role's maximum "
            "session duration setting, one hour by default.",
            ROLES_USE_URL,
        ),
    ),
    practices=(
        Practice(
            "standing-admin",
            "An operator's IAM user holds full production permissions all day, although the "
            "operator changes production only a few times a month.",
            "What should the company do to reduce accidental changes?",
            Option(
                "Keep the user's own permissions small and let them switch to a production role.",
                "Switching to a role only when needed, and exiting it afterwards, helps prevent "
                "accidental access to or changes of sensitive resources.",
            ),
            (
                Option(
                    "Create a second IAM user with the production permissions for those changes.",
                    "A second long-term identity keeps standing permissions; a role gives them "
                    "only for the session.",
                ),
                Option(
                    "Enable MFA on the IAM user and leave its full production permissions as is.",
                    "MFA protects the sign-in, but the permissions still allow accidental "
                    "changes all day.",
                ),
                Option(
                    "Put the production permissions in a group and keep the operator in it.",
                    "Group membership still gives the permissions all day, every day.",
                ),
            ),
            ROLE_SCENARIOS_URL,
        ),
        Practice(
            "cli-second-keys",
            "A developer signs in with an IAM user in a development account and keeps a second "
            "IAM user's access keys to run AWS CLI commands in the production account.",
            "What should the team do instead?",
            Option(
                "Let the developer assume a production role from the CLI with their own user.",
                "A role in production that trusts the developer gives temporary credentials for "
                "CLI commands, so the second set of long-term keys can go.",
            ),
            (
                Option(
                    "Rotate the production user's access keys every 30 days and keep using them.",
                    "Rotation still leaves a second long-term credential for one person.",
                ),
                Option(
                    "Move the production access keys from the config file into variables.",
                    "Where the keys are kept doesn't change that they are long-term credentials.",
                ),
                Option(
                    "Attach the production permissions to the developer's development user.",
                    "An identity-based policy in one account can't by itself open another "
                    "account's resources; that account must trust the user through a role.",
                ),
            ),
            SWITCH_CLI_URL,
        ),
    ),
    near=("role", "workforce-identity:cross-account-role", "workforce-identity:sts"),
)


REVOKE_SESSIONS = Concept(
    id="revoke-sessions",
    name="Revoking a role's active sessions",
    kind="",
    subject="revoking an IAM role's active sessions",
    purpose="When a role's temporary credentials may have leaked, an administrator revokes the "
    "role's active sessions: every session issued before that moment is denied all actions, "
    "while new sessions work as before.",
    heading="security-IAM-roles#ending role sessions#revoke active sessions",
    reference=REVOKE_SESSIONS_URL,
    task="2.3",
    true=(
        Claim(
            "older-invalid",
            "Revoking a role's sessions invalidates its credentials issued before that moment.",
            "All temporary credentials for the role issued before the chosen time become "
            "invalid, even though they have not expired yet.",
            REVOKE_SESSIONS_URL,
        ),
        Claim(
            "deny-policy",
            "Revoking sessions adds a role policy that denies every older session all actions.",
            "The policy denies all actions, with a condition that applies it only to sessions "
            "assumed before the revocation time.",
            REVOKE_SESSIONS_URL,
        ),
        Claim(
            "new-sessions-work",
            "Someone who assumes the role after the revocation is not affected by it.",
            "If a user assumes the role after the permissions were revoked, the deny policy "
            "does not apply to that user.",
            REVOKE_SESSIONS_URL,
        ),
        Claim(
            "everyone-reauthenticates",
            "Everyone with a current session of the role needs new credentials after a revocation.",
            "Revoking forces all users of the role to re-authenticate and request new "
            "credentials, and they may lose unsaved work.",
            REVOKE_SESSIONS_URL,
        ),
        Claim(
            "not-slr",
            "The sessions of a service-linked role can't be revoked this way.",
            "AWS notes that you cannot revoke the session for a service-linked role.",
            REVOKE_SESSIONS_URL,
        ),
        Claim(
            "checked-each-request",
            "A temporary credential's permissions are evaluated on each request it signs.",
            "Because permissions are evaluated each time the credentials are used, requests "
            "fail once the permissions are removed.",
            DISABLE_TEMP_PERMS_URL,
        ),
    ),
    false=(
        # Misconceptions that deny revocation itself ("only later sessions are blocked", "role
        # credentials can't be stopped before they expire") contradict almost every true claim
        # here, a giveaway beside any of them; the practice still teaches the second.
        Claim(
            "user-keys-too",
            "Revoking a role's sessions also deactivates the access keys of users who assumed it.",
            "It only denies the role's sessions issued before the revocation; the users' own "
            "credentials stay active, and they can assume the role again.",
            REVOKE_SESSIONS_URL,
        ),
        Claim(
            "cli-only",
            "A role's active sessions can be revoked only with the AWS CLI, not in the console.",
            "The IAM console revokes them too: open the role and choose Revoke active sessions.",
            REVOKE_SESSIONS_URL,
        ),
        Claim(
            "deletes-role",
            "Revoking a role's sessions deletes the role along with its permissions policies.",
            "The role stays; AWS adds an inline deny policy that applies only to older sessions.",
            REVOKE_SESSIONS_URL,
        ),
        Claim(
            "slr-too",
            "Any role, a service-linked role included, can have its active sessions revoked.",
            "AWS notes that the session for a service-linked role cannot be revoked.",
            REVOKE_SESSIONS_URL,
            negates="not-slr",
        ),
        Claim(
            "leaked-session-only",
            "Revoking sessions ends only the leaked session and leaves the role's other users be.",
            "Every user with a current session of the role is denied access and must "
            "re-authenticate, which can lose unsaved work.",
            REVOKE_SESSIONS_URL,
            negates="everyone-reauthenticates",
        ),
    ),
    practices=(
        Practice(
            "pasted-credentials",
            "An engineer pasted the temporary credentials of an administrator role's session into "
            "a public forum. The session still has ten hours to run.",
            "What should the company do right away?",
            Option(
                "Revoke the role's active sessions in the IAM console.",
                "Every credential of the role issued before the revocation is denied all "
                "actions; people who need the role simply assume it again.",
            ),
            (
                Option(
                    "Wait for the session to expire, since role credentials can't be cancelled.",
                    "The leaked credentials would work for ten more hours; a role's sessions can "
                    "be revoked at once.",
                ),
                Option(
                    "Rotate the role's access keys so the pasted ones no longer work.",
                    "A role has no long-term access keys to rotate; its sessions' temporary "
                    "credentials are what must be revoked.",
                ),
                Option(
                    "Change the engineer's console password so the pasted session stops.",
                    "A new password doesn't touch temporary credentials already issued for the "
                    "role; revoking the role's sessions does.",
                ),
            ),
            REVOKE_SESSIONS_URL,
        ),
    ),
    near=("role", "switch-role", "credentials-secrets:temporary-credentials"),
)


USER_OR_ROLE = Concept(
    id="user-or-role",
    name="Choosing an IAM user or an IAM role",
    kind="",
    subject="choosing between IAM users and IAM roles",
    purpose="AWS recommends temporary credentials: federation and roles for people, roles for "
    "workloads, and IAM users only where long-term credentials can't be avoided.",
    heading=f"{NOTE}#when to create a user vs role",
    reference=BEST_PRACTICES_URL,
    task="2.3",
    true=(
        Claim(
            "humans-federate",
            "AWS recommends federation with temporary credentials for people's access.",
            "AWS's best practice is to require human users to use federation with an identity "
            "provider to access AWS with temporary credentials.",
            BEST_PRACTICES_URL,
        ),
        Claim(
            "workloads-roles",
            "AWS recommends that workloads get temporary credentials from IAM roles.",
            "AWS's best practice is to require workloads to use temporary credentials with IAM "
            "roles to access AWS.",
            BEST_PRACTICES_URL,
        ),
        Claim(
            "ec2-app-role",
            "An application on EC2 should get credentials from a role, not stored keys.",
            "IAM roles let applications on EC2 make API requests without anyone creating, "
            "distributing or rotating credentials on the instances.",
            EC2_ROLE_URL,
        ),
        Claim(
            "users-rare",
            "IAM users' long-term credentials are for cases federation can't support.",
            "AWS recommends IAM users only for the specific use cases, such as emergency "
            "access, that federated users don't support.",
            USERS_URL,
        ),
        Claim(
            "partner-account-role",
            "Access from another AWS account is best given through a role it assumes.",
            "Roles grant principals in other accounts temporary access, without creating IAM "
            "users for them in your account.",
            CROSS_ACCOUNT_URL,
        ),
    ),
    false=(
        Claim(
            "user-per-employee",
            "AWS recommends an IAM user with a password for every employee who needs AWS.",
            "AWS recommends federation with temporary credentials for people, and IAM users "
            "only where federation can't be used.",
            USERS_URL,
            negates="humans-federate",
        ),
        Claim(
            "keys-in-config",
            "AWS recommends an IAM user's access keys in a config file for apps on EC2.",
            "Applications on EC2 should use an IAM role, whose temporary credentials AWS "
            "provides and rotates.",
            EC2_ROLE_URL,
            negates="ec2-app-role",
        ),
        Claim(
            "roles-services-only",
            "IAM roles can be assumed by AWS services but never by people.",
            "People assume roles too: IAM users switch to roles, and federated users reach AWS "
            "through them.",
            ROLE_SCENARIOS_URL,
        ),
        Claim(
            "partner-users",
            "A partner's staff should get IAM users in your account to work in it.",
            "A role that trusts the partner's account gives temporary access without long-term "
            "credentials in your account.",
            CROSS_ACCOUNT_URL,
            negates="partner-account-role",
        ),
        Claim(
            "roles-need-keys",
            "A workload must have an IAM user's access keys before it can assume a role.",
            "AWS services such as EC2 and Lambda assume roles for the workload directly, with no "
            "IAM user's keys involved.",
            ROLE_SCENARIOS_URL,
        ),
    ),
    practices=(
        Practice(
            "keys-on-instance",
            "An application on an Amazon EC2 instance reads an IAM user's access key from a "
            "configuration file to call Amazon S3.",
            "What should the team do?",
            Option(
                "Attach an IAM role to the instance and remove the stored access key.",
                "A role gives the application temporary credentials that AWS rotates, so no "
                "long-term key sits on the instance.",
            ),
            (
                Option(
                    "Rotate the access key every 30 days and keep it in the configuration file.",
                    "Rotation limits a key's life but leaves long-term credentials on the "
                    "instance.",
                ),
                Option(
                    "Encrypt the configuration file that holds the access key.",
                    "The key is still a long-term credential on the instance; a role avoids "
                    "storing one at all.",
                ),
                Option(
                    "Move the access key out of the file into the instance's user data.",
                    "User data is readable from the instance and still holds a long-term key.",
                ),
            ),
            EC2_ROLE_URL,
        ),
        Practice(
            "employees-with-users",
            "A company's 300 employees sign in to a corporate identity provider, and each also "
            "has an IAM user with a password for the AWS console.",
            "Which change follows AWS's recommendation for human access?",
            Option(
                "Federate the identity provider and remove the employees' IAM users.",
                "AWS recommends federation with temporary credentials for people; IAM users are "
                "for the few cases federation can't cover.",
            ),
            (
                Option(
                    "Create access keys for every employee so they can use the AWS CLI as well.",
                    "That adds 300 more long-term credentials instead of removing them.",
                ),
                Option(
                    "Keep the IAM users and make their passwords expire every 30 days.",
                    "A stricter password policy keeps 300 long-term credentials separate from "
                    "the corporate sign-in.",
                ),
                Option(
                    "Create one shared IAM user per department and delete the others.",
                    "Shared credentials make actions untraceable and are still long-term.",
                ),
            ),
            USERS_URL,
        ),
    ),
    near=("user", "role", "workforce-identity:identity-center"),
)


TOPIC = Topic(
    id="users-vs-roles",
    title="Users, groups and roles",
    concepts=(
        USER,
        GROUP,
        ROLE,
        INSTANCE_PROFILE,
        SERVICE_LINKED_ROLE,
        USER_OR_ROLE,
        SERVICE_ROLE,
        SWITCH_ROLE,
        REVOKE_SESSIONS,
    ),
)
