"""IAM identities: what each one is for, scenarios that call for it, statements about it."""

from quizzes.catalogues import Concept, Fact, Scenario

IDENTITIES_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id.html"
# "Use cases for IAM users": long-term credentials, and AWS's current advice to keep IAM
# users for the cases federation can't cover.
USERS_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/gs-identities-iam-users.html"
GROUPS_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups.html"
ROLES_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html"
FEDERATION_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers.html"
INSTANCE_PROFILE_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html"
EC2_ROLE_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html"
SERVICE_LINKED_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create-service-linked-role.html"
)
ROOT_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html"


IDENTITY_KINDS: dict[str, Concept] = {
    identity.id: identity
    for identity in (
        Concept(
            "user",
            "An IAM user",
            "An IAM user is an identity in the account with long-term credentials, such as a "
            "console password or access keys; AWS now recommends IAM users only for use cases "
            "that federation and roles can't cover.",
            "iam users",
            USERS_URL,
        ),
        Concept(
            "group",
            "An IAM group",
            "An IAM group is only a collection of IAM users that share attached policies; it has "
            "no credentials, cannot sign in and cannot be named as a principal.",
            "groups",
            GROUPS_URL,
        ),
        Concept(
            "role",
            "An IAM role",
            "An IAM role has no long-term credentials; whoever its trust policy allows assumes it "
            "and gets temporary security credentials.",
            "iam role",
            ROLES_URL,
        ),
        Concept(
            "federated",
            "Identity federation with the company's existing identity provider",
            "Federation lets people who already signed in to an external identity provider "
            "(SAML 2.0 or OIDC) use AWS through a role, without IAM users of their own.",
            "federated users",
            FEDERATION_URL,
        ),
        Concept(
            "instance-profile",
            "An instance profile",
            "An instance profile is the container EC2 uses to pass an IAM role to an instance; "
            "it can hold only one role.",
            "instance profile",
            INSTANCE_PROFILE_URL,
        ),
        Concept(
            "service-linked-role",
            "A service-linked role",
            "A service-linked role is linked directly to an AWS service, which predefines it "
            "with all the permissions the service needs to call other AWS services for you.",
            "service-linked role",
            SERVICE_LINKED_URL,
        ),
        Concept(
            "root",
            "The AWS account root user",
            "The root user has complete access to all AWS services and resources in the "
            "account; AWS strongly recommends not using it for everyday tasks.",
            "tasks requiring root user",
            ROOT_URL,
        ),
    )
}


SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        "app-on-ec2",
        "A company's application runs on Amazon EC2 instances and must read objects from an "
        "Amazon S3 bucket. The security team forbids storing access keys on the instances. "
        "Which IAM identity should the application use?",
        "role",
        "An IAM role for EC2 gives the application temporary credentials that AWS rotates, so "
        "no access keys are stored on the instance.",
        not_distractors=("instance-profile",),
    ),
    Scenario(
        "cross-account-auditor",
        "An external auditor's AWS account needs read-only access to a company's account for "
        "two weeks. The company does not want to create long-term credentials for the auditor. "
        "What should the company create?",
        "role",
        "A role whose trust policy names the auditor's account gives temporary access that the "
        "company can revoke by changing the trust policy, with no long-term credentials.",
    ),
    Scenario(
        "lambda-writes-dynamodb",
        "A developer's AWS Lambda function must write items to an Amazon DynamoDB table. Which "
        "IAM identity should give the function its permissions?",
        "role",
        "Lambda assumes the function's execution role, an IAM role, and uses its temporary "
        "credentials; functions have no users or passwords.",
    ),
    Scenario(
        "mobile-app-users",
        "A company's mobile app has thousands of customers who sign in with a web identity "
        "provider and need to upload photos to Amazon S3. What should the app use to give them "
        "AWS access?",
        "federated",
        "Customers already authenticated by an OIDC identity provider get temporary AWS access "
        "through federation and a role, instead of one IAM user each.",
    ),
    Scenario(
        "corporate-directory",
        "A company's 2,000 employees already sign in to a corporate directory that supports "
        "SAML 2.0. They need AWS console access without a second password. What should the "
        "company set up?",
        "federated",
        "SAML 2.0 federation lets employees use their existing corporate sign-in to reach AWS "
        "through a role, so no IAM users or extra passwords are needed.",
    ),
    Scenario(
        "new-developer",
        "A new developer joins a small company whose AWS account cannot use AWS IAM Identity "
        "Center, and the company has no other identity provider. The developer needs their own "
        "sign-in to the AWS Management Console. What should an administrator create?",
        "user",
        "AWS lists an account without IAM Identity Center and without any other identity "
        "provider among the use cases for IAM users: the developer gets their own console "
        "password, a long-term credential.",
    ),
    Scenario(
        "third-party-tool-keys",
        "A third-party backup tool that runs outside AWS cannot assume roles and supports only "
        "long-term access keys. Which IAM identity should the tool's access keys belong to?",
        "user",
        "Access keys are long-term credentials of an IAM user; AWS lists workloads that can't "
        "use IAM roles and third-party AWS clients among the use cases for IAM users.",
    ),
    Scenario(
        "developers-share-permissions",
        "Twelve developers need identical permissions, and the permissions change often. How "
        "should an administrator grant them with the least effort?",
        "group",
        "Attaching the policies to an IAM group gives every member the same permissions, and a "
        "change to the group reaches them all at once.",
    ),
    Scenario(
        "job-change",
        "An employee moves from the testing team to the operations team. How can an "
        "administrator change all of the employee's IAM permissions in one step?",
        "group",
        "Removing the user from the testing group and adding them to the operations group "
        "swaps every permission that comes from those groups.",
    ),
    Scenario(
        "role-to-ec2",
        "An administrator uses the AWS CLI to attach an IAM role to an EC2 instance at launch. "
        "Which IAM entity actually carries the role to the instance?",
        "instance-profile",
        "EC2 receives a role through an instance profile, the container that holds the role and "
        "passes it to the instance.",
    ),
    Scenario(
        "service-acts-for-you",
        "An AWS service needs permissions that the service itself defines in order to call "
        "other AWS services on the customer's behalf, and only the service may assume them. "
        "Which kind of identity does AWS use for this?",
        "service-linked-role",
        "A service-linked role is predefined by the service, which defines its permissions, and "
        "unless the service defines otherwise only that service can assume it.",
        not_distractors=("role",),
    ),
    Scenario(
        "close-account",
        "A startup is shutting down and must close its AWS account. Which identity must perform "
        "this task?",
        "root",
        "Closing the AWS account is on AWS's list of tasks that require root user credentials.",
    ),
)

STATEMENTS_TRUE: tuple[Fact, ...] = (
    Fact(
        "user-many-groups",
        "An IAM user can belong to more than one IAM group.",
        "A group can hold many users and a user can belong to several groups.",
        GROUPS_URL,
    ),
    Fact(
        "groups-not-nested",
        "IAM groups cannot contain other groups.",
        "Groups can't be nested: they contain only users.",
        GROUPS_URL,
    ),
    Fact(
        "group-not-principal",
        "An IAM group cannot be named as the Principal in a resource-based policy.",
        "Groups relate to permissions, not authentication, and principals are authenticated "
        "IAM entities, so a policy can't name a group as its Principal.",
        GROUPS_URL,
    ),
    Fact(
        "role-temporary-credentials",
        "Assuming an IAM role gives temporary security credentials.",
        "A role has no standard long-term credentials such as a password or access keys; "
        "whoever assumes it gets temporary security credentials for the session.",
        ROLES_URL,
    ),
    Fact(
        "instance-profile-one-role",
        "An instance profile can contain only one IAM role.",
        "AWS documents that an instance profile can contain only one IAM role, a limit that "
        "cannot be increased.",
        INSTANCE_PROFILE_URL,
    ),
    Fact(
        "no-default-all-users-group",
        "No default group automatically contains every IAM user in the account.",
        "AWS notes there is no default group holding all users; you create one and add each "
        "user yourself.",
        GROUPS_URL,
    ),
    Fact(
        "service-linked-predefined",
        "The permissions of a service-linked role are defined by the AWS service it is linked to.",
        "The linked service defines a service-linked role's permissions; an IAM administrator "
        "can view them but not edit them.",
        SERVICE_LINKED_URL,
    ),
)

STATEMENTS_FALSE: tuple[Fact, ...] = (
    Fact(
        "groups-nested",
        "An IAM group can contain other IAM groups.",
        "Groups can't be nested; they can contain only users.",
        GROUPS_URL,
    ),
    Fact(
        "user-one-group",
        "An IAM user can belong to only one IAM group at a time.",
        "A user can belong to several groups at once.",
        GROUPS_URL,
    ),
    Fact(
        "group-credentials",
        "An IAM group has its own access keys for programmatic access.",
        "A group is only a collection of users for attaching permissions; it relates to "
        "permissions, not authentication, and has no credentials of its own.",
        GROUPS_URL,
    ),
    Fact(
        "role-password",
        "An IAM role has a console password that its users share.",
        "Roles have no long-term credentials such as passwords; they hand out temporary "
        "credentials when assumed.",
        ROLES_URL,
    ),
    Fact(
        "group-principal",
        "A bucket policy can grant access to an IAM group by naming the group as Principal.",
        "A group cannot be a Principal in a policy; name users or roles instead.",
        GROUPS_URL,
    ),
    Fact(
        "instance-profile-many-roles",
        "An instance profile can hold several roles so that one EC2 instance can use them all "
        "at once.",
        "An instance profile can contain only one role.",
        INSTANCE_PROFILE_URL,
    ),
    Fact(
        "federated-needs-iam-user",
        "Each federated user needs a matching IAM user in the account.",
        "Federated users are authenticated by an external identity provider and reach AWS "
        "through roles, without IAM users.",
        FEDERATION_URL,
    ),
    Fact(
        "all-users-group",
        "Every new IAM user is automatically added to a default group containing all users.",
        "There is no such default group; you would create one and add each user.",
        GROUPS_URL,
    ),
)
