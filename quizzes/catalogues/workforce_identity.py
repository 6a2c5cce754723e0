"""Workforce identity and federation (CLF-C02 task statement 2.3).

IAM Identity Center with its permission sets, identity sources, AWS access portal and MFA;
federation directly with IAM (SAML 2.0 and OIDC); AWS STS; cross-account roles; IAM Roles
Anywhere; Amazon Cognito user pools and identity pools; and AWS Directory Service. IAM users,
groups and roles themselves, MFA for IAM users and access keys, and SCPs and AWS Organizations
are taught by their own topics; ``near`` points to them.

Federation always reaches AWS through an IAM role, so no fact here marks a role as wrong for it.

Kinds: the services a scenario can name are IAM Identity Center, the IAM OIDC identity provider
(with its role), IAM Roles Anywhere (the certificate-based counterpart of OIDC federation for
workloads outside AWS), the two halves of Amazon Cognito and AWS Directory Service. AWS STS, SAML
federation in IAM, the cross-account role, the AWS access portal and Identity Center's MFA carry
no kind: STS stands behind every other answer (a scenario offering it would have two keys), SAML
federation in IAM is what AWS now recommends replacing with IAM Identity Center for people, a
cross-account role offered beside users-vs-roles' "An IAM role" would be a second right answer,
and the access portal and its MFA are parts of IAM Identity Center (two keys again).
"""

from quizzes.catalogues.concepts import Claim, Concept, Option, Practice, Scenario, Topic

NOTE = "security-IAM-Identity-Center"

# IAM Identity Center User Guide
IC_WHAT = "https://docs.aws.amazon.com/singlesignon/latest/userguide/what-is.html"
IC_INSTANCES = (
    "https://docs.aws.amazon.com/singlesignon/latest/userguide/identity-center-instances.html"
)
IC_PERMISSION_SETS = (
    "https://docs.aws.amazon.com/singlesignon/latest/userguide/permissionsetsconcept.html"
)
# "To use permission sets, you'll need to use an Organization instance of IAM Identity Center."
IC_PERMISSION_SET_DELEGATION = (
    "https://docs.aws.amazon.com/singlesignon/latest/userguide/permissionsetdelegation.html"
)
# "Permissions sets are not used to grant permissions to applications."
IC_ROLES = (
    "https://docs.aws.amazon.com/singlesignon/latest/userguide/identity-center-and-iam-roles.html"
)
IC_IDENTITY_SOURCE = (
    "https://docs.aws.amazon.com/singlesignon/latest/userguide/manage-your-identity-source.html"
)
IC_SCIM = "https://docs.aws.amazon.com/singlesignon/latest/userguide/provision-automatically.html"
# "The SAML protocol however doesn't provide a way to query the IdP to learn about users and
# groups. Therefore, you must make IAM Identity Center aware of those users and groups by
# provisioning them into IAM Identity Center."
IC_SCIM_SAML = "https://docs.aws.amazon.com/singlesignon/latest/userguide/scim-profile-saml.html"
IC_SUPPORTED_IDPS = "https://docs.aws.amazon.com/singlesignon/latest/userguide/supported-idps.html"
# "Authentication to the AWS access portal is controlled by the directory that you have
# connected to IAM Identity Center."
IC_AUTH = "https://docs.aws.amazon.com/singlesignon/latest/userguide/iam-auth-access.html"
# "Signing in to the AWS access portal": single sign-on to all assigned accounts and
# applications; the URL looks like d-xxxxxxxxxx.awsapps.com/start or
# your_subdomain.awsapps.com/start; with Active Directory or an external IdP as the source,
# users sign in with that directory's credentials.
IC_SIGN_IN = "https://docs.aws.amazon.com/singlesignon/latest/userguide/howtosignin.html"
# "Getting IAM Identity Center user credentials for the AWS CLI or AWS SDKs": after signing in to
# the portal users can get temporary credentials; "Users in IAM Identity Center are different
# than IAM users ... granted temporary credentials ... generated every time you sign in."
IC_GET_CREDENTIALS = (
    "https://docs.aws.amazon.com/singlesignon/latest/userguide/howtogetcredentials.html"
)
# "MFA for Identity Center directory users": IAM Identity Center "comes preconfigured with
# multi-factor authentication (MFA) turned on by default"; "MFA in IAM Identity Center is
# currently not supported for external identity providers". (An older version of the page began
# "When administrators enable MFA"; the newer text is followed here.)
IC_MFA = "https://docs.aws.amazon.com/singlesignon/latest/userguide/enable-mfa.html"
# "Prompt users for MFA": every time they sign in (always-on) or only when the sign-in context
# changes (context-aware); "If you're using an external IdP, the Multi-factor authentication
# section won't be available. Your external IdP manages MFA settings". (Versions of the page
# disagree on which mode is the default, so no claim names one.)
IC_MFA_PROMPT = "https://docs.aws.amazon.com/singlesignon/latest/userguide/mfa-getting-started.html"
# "Configure MFA device enforcement": require users without a device to register one at sign-in
# (self-enrollment); a lost device is removed and the user self-enrolls a new one at the next
# sign-in; emailed one-time passwords do not meet the bar for industry-standard MFA.
IC_MFA_ENFORCEMENT = (
    "https://docs.aws.amazon.com/singlesignon/latest/userguide/"
    "how-to-configure-mfa-device-enforcement.html"
)
# "Considerations before enabling MFA": MFA works with the Identity Center directory, AWS Managed
# Microsoft AD or AD Connector as identity source; not with external identity providers.
IC_MFA_CONSIDERATIONS = (
    "https://docs.aws.amazon.com/singlesignon/latest/userguide/mfa-considerations.html"
)
# AWS Sign-In User Guide, "Sign in to the AWS access portal": after authentication, choose an
# account and the role name to open the console, or Access keys for command line access.
SIGNIN_ACCESS_PORTAL = (
    "https://docs.aws.amazon.com/signin/latest/userguide/iam-id-center-sign-in-tutorial.html"
)

# IAM User Guide
IAM_PROVIDERS = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers.html"
IAM_OIDC = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_oidc.html"
IAM_OIDC_CREATE = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_create_oidc.html"
)
# "Plan access to your AWS account": users federated into IAM and users in IAM Identity Center
# both use IAM roles; federating directly with IAM means creating the role, its trust policy and
# its permissions policy yourself.
IAM_PLAN_ACCESS = "https://docs.aws.amazon.com/IAM/latest/UserGuide/gs-identities.html"
TEMP_CREDENTIALS = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp.html"
CROSS_ACCOUNT = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_common-scenarios_aws-accounts.html"
)
THIRD_PARTY = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html"
)
CREATE_SAML_PROVIDER = (
    "https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateSAMLProvider.html"
)
# "Access for non AWS workloads": instead of creating, distributing and managing long-term access
# keys, IAM Roles Anywhere authenticates workloads with X.509 certificates from your CA.
IAM_NON_AWS = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_common-scenarios_non-aws.html"
)

# IAM Roles Anywhere User Guide, "What is AWS Identity and Access Management Roles Anywhere?":
# temporary credentials for servers, containers and applications outside AWS; same IAM roles and
# policies; X.509 certificates from your CA registered as a trust anchor (AWS Private CA or an
# external CA); the role must trust the IAM Roles Anywhere service; profiles name the roles.
RA_INTRO = "https://docs.aws.amazon.com/rolesanywhere/latest/userguide/introduction.html"
# Amazon EC2 User Guide: applications on an instance read the role's credentials from instance
# metadata (the contrary of "Roles Anywhere serves EC2 instances").
EC2_METADATA_CREDENTIALS = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-metadata-security-credentials.html"

# AWS STS API Reference
STS_ASSUME_ROLE = "https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html"
STS_ASSUME_ROLE_SAML = (
    "https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithSAML.html"
)
STS_ASSUME_ROLE_WEB_IDENTITY = (
    "https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html"
)

# Well-Architected SEC02-BP02 "Use temporary credentials": its anti-patterns include
# "Developers using long-term access keys from IAM users rather than obtaining temporary
# credentials from the CLI using federation."
WA_TEMPORARY_CREDENTIALS = (
    "https://docs.aws.amazon.com/wellarchitected/latest/framework/sec_identities_unique.html"
)

# Amazon Cognito Developer Guide
COGNITO_WHAT = (
    "https://docs.aws.amazon.com/cognito/latest/developerguide/what-is-amazon-cognito.html"
)
COGNITO_SCENARIOS = (
    "https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-scenarios.html"
)
COGNITO_USER_POOLS = (
    "https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools.html"
)
COGNITO_IDENTITY_POOLS = (
    "https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-identity.html"
)
# AWS IoT Core's page on Cognito identities states the role mechanics plainly: an identity pool
# "is associated with an IAM role", and unauthenticated (guest) users "are granted only those
# permissions specified in the IAM policy associated with the identity pool".
COGNITO_ROLES = "https://docs.aws.amazon.com/iot/latest/developerguide/cognito-identities.html"

# AWS Directory Service
DS_WELCOME = "https://docs.aws.amazon.com/directoryservice/latest/devguide/welcome.html"
DS_TRUST = "https://docs.aws.amazon.com/directoryservice/latest/devguide/API_CreateTrust.html"
DS_AD_CONNECTOR = "https://docs.aws.amazon.com/directoryservice/latest/admin-guide/ad_connector_getting_started.html"
# The service's FAQ: "each directory is deployed across multiple Availability Zones, and
# monitoring automatically detects and replaces domain controllers that fail ... AWS handles all
# of the patching and software updates."
DS_FAQ = "https://aws.amazon.com/directoryservice/faqs/"


def heading(path: str) -> str:
    return f"{NOTE}#{path}"


IDENTITY_CENTER = Concept(
    id="identity-center",
    name="AWS IAM Identity Center",
    kind="service",
    subject="AWS IAM Identity Center",
    purpose=(
        "IAM Identity Center is AWS's recommended service for workforce access: one place to "
        "create or connect employees and give them single sign-on to many AWS accounts and "
        "applications; it is not a directory for an app's customers."
    ),
    heading=heading("IAM Identity Center"),
    reference=IC_WHAT,
    task="2.3",
    true=(
        Claim(
            "recommended-for-people",
            "AWS recommends IAM Identity Center for managing human users' access to AWS resources.",
            "AWS calls IAM Identity Center the recommended AWS service for managing human user "
            "access to AWS resources.",
            IC_WHAT,
        ),
        Claim(
            "many-accounts",
            "IAM Identity Center gives workforce users consistent access to multiple AWS "
            "accounts and applications from one place.",
            "It is a single place to assign workforce users consistent access to multiple AWS "
            "accounts and applications.",
            IC_WHAT,
        ),
        Claim(
            "successor",
            "IAM Identity Center is the successor to AWS Single Sign-On (AWS SSO), a service "
            "name AWS has retired.",
            "The IAM Identity Center User Guide notes that the service name AWS Single Sign-On "
            "has been retired; single sign-on now names the sign-in scheme.",
            IC_WHAT,
        ),
        Claim(
            "organization-instance",
            "Giving users access to multiple AWS accounts needs an organization instance, "
            "enabled in the AWS Organizations management account.",
            "Multi-account permissions are available only to an organization instance, which is "
            "enabled in the management account; account instances lack them.",
            IC_INSTANCES,
        ),
        Claim(
            "roles-underneath",
            "Users in IAM Identity Center reach their assigned accounts through IAM roles and "
            "receive temporary credentials.",
            "AWS notes that users in IAM Identity Center, like users federated into IAM, use "
            "IAM roles to access resources, and roles grant temporary credentials.",
            IAM_PLAN_ACCESS,
        ),
        Claim(
            "access-portal",
            "Workforce users sign in once to the AWS access portal and open the AWS accounts "
            "and applications assigned to them.",
            "The AWS access portal gives users single sign-on access to their assigned AWS "
            "accounts and applications.",
            IC_INSTANCES,
        ),
    ),
    false=(
        Claim(
            "for-app-customers",
            "IAM Identity Center is designed to handle the sign-up and sign-in of millions of "
            "customers of a mobile app.",
            "IAM Identity Center is for workforce users (employees and contractors); AWS's "
            "service for the users of web and mobile apps is Amazon Cognito.",
            IC_WHAT,
        ),
        Claim(
            "iam-user-per-account",
            "IAM Identity Center creates an IAM user with its own password in every account a "
            "person is assigned to.",
            "Assigning access provisions a permission set as IAM roles in each account; users "
            "assume those roles, they get no IAM users.",
            IC_PERMISSION_SETS,
        ),
        Claim(
            "account-instance-org-wide",
            "An account instance of IAM Identity Center in a member account can give its users "
            "access to every account in the organization.",
            "Multi-account permissions need the organization instance in the management "
            "account; an account instance serves application assignments in its own account.",
            IC_INSTANCES,
            negates="organization-instance",
        ),
        Claim(
            "own-directory-only",
            "IAM Identity Center can use only users created in its own directory, never an "
            "existing corporate directory.",
            "Its identity source can also be Active Directory or an external identity provider "
            "such as Okta or Microsoft Entra ID.",
            IC_IDENTITY_SOURCE,
        ),
        Claim(
            "grants-with-scps",
            "IAM Identity Center grants people access by attaching service control policies to "
            "the member accounts.",
            "It grants access with permission sets, which it provisions as IAM roles in the "
            "accounts; SCPs only cap permissions and grant nothing.",
            IC_PERMISSION_SETS,
        ),
        Claim(
            "saml-in-iam-preferred",
            "For an organization's employees, AWS recommends SAML federation directly in IAM "
            "rather than IAM Identity Center.",
            "AWS recommends the opposite: manage human users in IAM Identity Center with an "
            "external SAML identity provider instead of SAML federation in IAM.",
            IAM_PROVIDERS,
            negates="recommended-for-people",
        ),
    ),
    scenarios=(
        Scenario(
            "one-sign-in",
            "give its 300 employees one sign-in that opens every AWS account in its organization",
            "IAM Identity Center gives workforce users single sign-on to all their assigned "
            "accounts; Cognito serves app customers and Directory Service runs Active Directory "
            "without assigning account access.",
            constraint="and decide centrally which accounts each team can reach",
        ),
        Scenario(
            "existing-okta",
            "let engineers use their existing Okta sign-in for the AWS Management Console in "
            "15 accounts",
            "IAM Identity Center can use Okta as an external identity provider and assign "
            "access to many accounts; no IAM user is created.",
            constraint="without creating an IAM user in any of the accounts",
            reference=IC_IDENTITY_SOURCE,
        ),
        Scenario(
            "dba-in-twenty-accounts",
            "define a database-administrator set of permissions once and grant it to the DBA "
            "team in 20 member accounts",
            "A permission set defined once in IAM Identity Center is provisioned as a role in "
            "every account it is assigned to.",
            reference=IC_PERMISSION_SETS,
        ),
        Scenario(
            "accounts-and-saas",
            "give contractors single sign-on to both its AWS accounts and its business "
            "applications",
            "IAM Identity Center assigns workforce users access to AWS accounts and to "
            "applications from one place.",
        ),
    ),
    practices=(
        Practice(
            "replace-iam-users",
            "A company with 12 AWS accounts in AWS Organizations creates an IAM user for every "
            "engineer in every account, and engineers juggle 12 passwords.",
            "What should the company do?",
            Option(
                "Enable IAM Identity Center and assign permission sets to the engineers' groups "
                "for each account.",
                "AWS recommends IAM Identity Center for human users: one sign-in, access "
                "assigned centrally, temporary credentials through roles.",
            ),
            (
                Option(
                    "Create one shared IAM user per team in each account and keep its password "
                    "in a password manager.",
                    "Shared long-term credentials lose individual accountability and still "
                    "leave users in every account.",
                ),
                Option(
                    "Keep the IAM users but enforce a strict password policy and require MFA for "
                    "every user in every account.",
                    "Stronger passwords still leave long-term credentials in 12 places; AWS "
                    "recommends federation through IAM Identity Center for people.",
                ),
                Option(
                    "Attach a service control policy at the organization root that grants the "
                    "engineers access to every member account.",
                    "SCPs never grant permissions; they only set the maximum that identities in "
                    "the member accounts can have.",
                ),
            ),
            IAM_PROVIDERS,
        ),
    ),
    near=(
        "identity-sources",
        "permission-sets",
        "directory-service",
        "cognito-user-pools",
        "saml-federation",
        "organizations:organizations",
    ),
)


PERMISSION_SETS = Concept(
    id="permission-sets",
    name="IAM Identity Center permission sets",
    kind="",
    subject="IAM Identity Center permission sets",
    purpose=(
        "A permission set is a template of one or more IAM policies that IAM Identity Center "
        "turns into an IAM role in each AWS account it is assigned to."
    ),
    heading=heading("IAM Identity Center#permission sets"),
    reference=IC_PERMISSION_SETS,
    task="2.3",
    true=(
        Claim(
            "template",
            "A permission set is a template that defines a collection of one or more IAM policies.",
            "AWS defines a permission set as a template you create and maintain that defines a "
            "collection of one or more IAM policies.",
            IC_PERMISSION_SETS,
        ),
        Claim(
            "becomes-role",
            "Assigning a permission set makes IAM Identity Center create an IAM role in the "
            "account and attach the set's policies to it.",
            "IAM Identity Center creates corresponding IAM roles in each account and attaches "
            "the policies specified in the permission set to them.",
            IC_PERMISSION_SETS,
        ),
        Claim(
            "policy-types",
            "A permission set can contain AWS managed policies, customer managed policies and "
            "inline policies.",
            "You can add AWS managed, customer managed and inline policies, and AWS managed "
            "policies for job functions, to a permission set.",
            IC_PERMISSION_SETS,
        ),
        Claim(
            "many-accounts",
            "A single permission set can be assigned to users or groups in several AWS "
            "accounts of the organization.",
            "AWS's example uses one Database Admin permission set to grant access to a list of "
            "target accounts.",
            IC_PERMISSION_SETS,
        ),
        Claim(
            "organization-instance",
            "Using permission sets requires an organization instance of IAM Identity Center.",
            "The IAM Identity Center User Guide states that permission sets need an "
            "organization instance.",
            IC_PERMISSION_SET_DELEGATION,
        ),
        Claim(
            "portal-or-cli",
            "Users assume the role created from a permission set through the AWS access portal "
            "or the AWS CLI.",
            "IAM Identity Center lets the authorized users assume the role by using the AWS "
            "access portal or the AWS CLI.",
            IC_ROLES,
        ),
    ),
    false=(
        Claim(
            "attached-to-users",
            "A permission set is attached directly to IAM users that IAM Identity Center "
            "creates in each member account.",
            "A permission set becomes an IAM Identity Center-controlled IAM role in each "
            "account; users assume that role rather than getting IAM users.",
            IC_PERMISSION_SETS,
        ),
        Claim(
            "one-policy-only",
            "A permission set can hold only one policy, so each job function needs several "
            "permission sets.",
            "A permission set defines a collection of one or more IAM policies.",
            IC_PERMISSION_SETS,
            negates="template",
        ),
        Claim(
            "is-an-scp",
            "A permission set is a kind of service control policy that limits what a member "
            "account can do.",
            "A permission set grants access through IAM roles; SCPs are AWS Organizations "
            "policies that only cap permissions.",
            IC_PERMISSION_SETS,
        ),
        Claim(
            "one-account-only",
            "A permission set can be assigned to only one AWS account, so every other account "
            "needs its own copy.",
            "One permission set can grant access to a list of target AWS accounts.",
            IC_PERMISSION_SETS,
            negates="many-accounts",
        ),
        Claim(
            "for-applications",
            "Permission sets are how AWS services such as Lambda functions get the permissions "
            "they run with.",
            "AWS notes that permission sets are not used to grant permissions to applications; "
            "they give workforce users access to accounts.",
            IC_ROLES,
        ),
        Claim(
            "long-term-keys",
            "Assigning a permission set gives each user long-term access keys for the account "
            "it is assigned to.",
            "Users assume the role created from the permission set, and a role gives only "
            "temporary credentials.",
            IAM_PLAN_ACCESS,
        ),
    ),
    practices=(
        Practice(
            "same-permissions-many-accounts",
            "A company uses IAM Identity Center, and its database administrators need the "
            "same permissions in 20 member accounts.",
            "What should the administrator do?",
            Option(
                "Create one permission set with the DBA policies and assign it to the DBA group "
                "for the 20 accounts.",
                "One permission set can be assigned to many accounts; IAM Identity Center "
                "creates and maintains the matching role in each.",
            ),
            (
                Option(
                    "Create an IAM user for each DBA in each of the 20 accounts and attach the "
                    "policies to the users.",
                    "That multiplies long-term credentials by 20 and bypasses the central "
                    "sign-in the company already has.",
                ),
                Option(
                    "Attach the DBA policies to the organization root as a service control policy "
                    "so all 20 accounts inherit them.",
                    "SCPs grant nothing; they only cap what identities in the accounts can do.",
                ),
                Option(
                    "Create 20 permission sets, one per account, each with a copy of the same "
                    "policies.",
                    "A permission set is not tied to one account; 20 copies must be kept in "
                    "step by hand.",
                ),
            ),
            IC_PERMISSION_SETS,
        ),
        Practice(
            "different-access-per-environment",
            "Developers need read-only access in the production accounts and full access in "
            "the sandbox accounts, and the company manages access with IAM Identity Center.",
            "What should the administrator do?",
            Option(
                "Create a read-only and a full-access permission set and assign each to the "
                "developers' group for the matching accounts.",
                "Access is a permission set assigned to a user or group for chosen accounts, so "
                "two sets give two levels where each is needed.",
            ),
            (
                Option(
                    "Create IAM users with read-only policies in the production accounts and "
                    "use IAM Identity Center only for the sandboxes.",
                    "IAM users bring back long-term credentials and a second sign-in for the "
                    "same people.",
                ),
                Option(
                    "Give the developers two Identity Center passwords, one for production and "
                    "one for the sandboxes.",
                    "A password decides who signs in, not what they may do; permissions come "
                    "from the permission sets assigned per account.",
                ),
                Option(
                    "Assign the read-only permission set everywhere and share one sandbox "
                    "administrator's sign-in among the developers.",
                    "Shared credentials remove individual accountability; assign a full-access "
                    "permission set for the sandbox accounts instead.",
                ),
            ),
            IC_PERMISSION_SETS,
        ),
    ),
    near=("identity-center", "identity-sources", "organizations:scp", "users-vs-roles:role"),
)


IDENTITY_SOURCES = Concept(
    id="identity-sources",
    name="IAM Identity Center identity sources",
    kind="",
    subject="identity sources in IAM Identity Center",
    purpose=(
        "The identity source is where IAM Identity Center's users and groups are managed: its "
        "own Identity Center directory, Active Directory, or an external identity provider "
        "such as Okta or Microsoft Entra ID."
    ),
    heading=heading("IAM Identity Center#identity sources"),
    reference=IC_IDENTITY_SOURCE,
    task="2.3",
    true=(
        Claim(
            "default-directory",
            "The Identity Center directory is the default identity source when IAM Identity "
            "Center is first enabled.",
            "When you enable IAM Identity Center for the first time it is configured with an "
            "Identity Center directory unless you choose another source.",
            IC_IDENTITY_SOURCE,
        ),
        Claim(
            "active-directory",
            "Active Directory can be the identity source, either AWS Managed Microsoft AD or a "
            "self-managed directory.",
            "AWS lists Active Directory, in AWS Managed Microsoft AD or self-managed, among the "
            "identity sources.",
            IC_IDENTITY_SOURCE,
        ),
        Claim(
            "external-idp",
            "An external identity provider such as Okta or Microsoft Entra ID can be the "
            "identity source.",
            "Choose an external identity provider to keep managing users in an IdP such as Okta "
            "or Microsoft Entra ID.",
            IC_IDENTITY_SOURCE,
        ),
        Claim(
            "one-at-a-time",
            "An organization in AWS Organizations can have only one identity source in IAM "
            "Identity Center.",
            "AWS states you can have only one identity source per organization.",
            IC_IDENTITY_SOURCE,
        ),
        Claim(
            "scim",
            "Users and groups from an external identity provider can be provisioned "
            "automatically into IAM Identity Center with SCIM.",
            "IAM Identity Center supports automatic provisioning of users and groups from your "
            "IdP using the SCIM v2.0 protocol.",
            IC_SCIM,
        ),
        Claim(
            "saml-sign-in",
            "With an external identity provider, users sign in to the AWS access portal with "
            "their corporate credentials through SAML 2.0.",
            "IAM Identity Center authenticates identities from external IdPs through SAML 2.0, "
            "so users reach the portal with their corporate credentials.",
            IC_SUPPORTED_IDPS,
        ),
    ),
    false=(
        Claim(
            "several-sources",
            "IAM Identity Center can combine several identity sources, such as Okta for one "
            "team and Active Directory for another.",
            "An organization can have only one identity source at a time.",
            IC_IDENTITY_SOURCE,
            negates="one-at-a-time",
        ),
        Claim(
            "simple-ad",
            "A Simple AD directory from AWS Directory Service can serve as IAM Identity "
            "Center's Active Directory identity source.",
            "AWS states that IAM Identity Center does not support Samba 4-based Simple AD as an "
            "identity source.",
            IC_IDENTITY_SOURCE,
        ),
        Claim(
            "saml-queries-users",
            "Because of SAML, IAM Identity Center can look up an external provider's users and "
            "groups without provisioning them.",
            "SAML gives no way to query the IdP for users and groups, so they must be "
            "provisioned into IAM Identity Center (SCIM or by hand).",
            IC_SCIM_SAML,
        ),
        Claim(
            "through-cognito",
            "An external identity provider must be connected through Amazon Cognito before IAM "
            "Identity Center can use it.",
            "IAM Identity Center connects to an external IdP itself, with SAML 2.0 and SCIM; "
            "Cognito serves the users of web and mobile apps.",
            IC_IDENTITY_SOURCE,
        ),
        Claim(
            "directory-users-are-iam-users",
            "Users kept in the Identity Center directory are IAM users that appear in each "
            "member account they can access.",
            "They are not IAM users; users in IAM Identity Center reach accounts by using IAM "
            "roles.",
            IAM_PLAN_ACCESS,
        ),
        Claim(
            "checks-idp-passwords",
            "When an external identity provider is the source, IAM Identity Center stores and "
            "checks each user's password itself.",
            "Authentication to the AWS access portal is controlled by the directory connected "
            "to IAM Identity Center, here the external IdP.",
            IC_AUTH,
        ),
    ),
    practices=(
        Practice(
            "connect-entra-id",
            "A company manages its employees in Microsoft Entra ID and is enabling IAM Identity "
            "Center for its AWS organization.",
            "How should the company make its employees available in IAM Identity Center?",
            Option(
                "Choose Entra ID as an external identity provider and provision its users and "
                "groups automatically with SCIM.",
                "An external IdP can be the identity source, and SCIM keeps users and groups in "
                "step, including removing people who leave.",
            ),
            (
                Option(
                    "Recreate every employee by hand in the Identity Center directory and ask "
                    "them to choose new passwords.",
                    "That duplicates every identity and leaves leavers to be removed twice; IAM "
                    "Identity Center can use Entra ID directly.",
                ),
                Option(
                    "Create an IAM user for each employee in the management account and let "
                    "them switch roles from it.",
                    "IAM users are long-term credentials that AWS recommends replacing with "
                    "federation for people.",
                ),
                Option(
                    "Connect Entra ID through SAML only and rely on it to tell IAM Identity "
                    "Center about each group at sign-in.",
                    "SAML cannot be queried for users and groups; they must be provisioned into "
                    "IAM Identity Center before access can be assigned.",
                ),
            ),
            IC_SCIM_SAML,
        ),
        Practice(
            "keep-active-directory",
            "A company keeps its employees in a self-managed Active Directory and wants them to "
            "reach its AWS accounts through IAM Identity Center with their usual sign-in.",
            "What should the company choose as the identity source?",
            Option(
                "Choose Active Directory as the identity source and connect the company's "
                "self-managed directory.",
                "Active Directory, AWS Managed Microsoft AD or self-managed, is one of the "
                "identity sources IAM Identity Center supports.",
            ),
            (
                Option(
                    "Keep the default Identity Center directory and create a second account for "
                    "each employee in it.",
                    "That gives everyone a second identity to keep in step with Active "
                    "Directory by hand.",
                ),
                Option(
                    "Create a Simple AD directory, copy the users into it and connect it as the "
                    "identity source.",
                    "IAM Identity Center does not support Simple AD as an identity source.",
                ),
                Option(
                    "Import the Active Directory users into an Amazon Cognito user pool and "
                    "connect the pool.",
                    "Cognito user pools are directories for app users; they are not an identity "
                    "source of IAM Identity Center.",
                ),
            ),
            IC_IDENTITY_SOURCE,
        ),
    ),
    near=("identity-center", "directory-service", "saml-federation", "permission-sets"),
)


SAML_FEDERATION = Concept(
    id="saml-federation",
    name="SAML 2.0 federation with IAM",
    kind="",
    subject="SAML 2.0 federation directly with IAM",
    purpose=(
        "SAML 2.0 federation in IAM uses an IAM SAML identity provider and an IAM role so that "
        "people signed in to a SAML IdP such as AD FS get temporary credentials "
        "(AssumeRoleWithSAML) without IAM users; for people AWS now recommends IAM Identity "
        "Center instead."
    ),
    heading=heading("federation directly with IAM#SAML 2.0 federation"),
    reference=IAM_PROVIDERS,
    task="2.3",
    true=(
        Claim(
            "provider-as-principal",
            "An IAM SAML identity provider describes the external IdP and is named as the "
            "principal in an IAM role's trust policy.",
            "The SAML provider resource can be used as a principal in an IAM role's trust "
            "policy, letting users who sign in with that IdP assume the role.",
            CREATE_SAML_PROVIDER,
        ),
        Claim(
            "assume-role-with-saml",
            "Users federated through SAML get temporary security credentials by assuming an "
            "IAM role with AssumeRoleWithSAML.",
            "AssumeRoleWithSAML returns temporary credentials for users authenticated by a SAML "
            "authentication response.",
            STS_ASSUME_ROLE_SAML,
        ),
        Claim(
            "console-without-iam-user",
            "SAML federation can let people sign in to the AWS Management Console without an "
            "IAM user of their own.",
            "A role trusted by a SAML provider can support web-based single sign-on to the "
            "console; the IdP keeps the identities, not IAM.",
            CREATE_SAML_PROVIDER,
        ),
        Claim(
            "metadata-document",
            "Creating the IAM SAML identity provider means uploading a SAML metadata document "
            "that the IdP generates.",
            "The metadata document holds the issuer's name, expiration information and keys "
            "used to validate the IdP's SAML assertions.",
            CREATE_SAML_PROVIDER,
        ),
        Claim(
            "example-idps",
            "Active Directory Federation Services and Shibboleth are examples of SAML 2.0 "
            "identity providers.",
            "AWS names Shibboleth and Active Directory Federation Services as well-known SAML "
            "identity providers.",
            IAM_PROVIDERS,
        ),
        Claim(
            "identity-center-preferred",
            "For human users, AWS recommends IAM Identity Center with an external SAML IdP over "
            "SAML federation directly in IAM.",
            "AWS's security best practice is to manage human users in IAM Identity Center with "
            "an external SAML IdP instead of SAML federation in IAM.",
            IAM_PROVIDERS,
        ),
    ),
    false=(
        Claim(
            "creates-iam-users",
            "SAML federation creates an IAM user for each person the first time they sign in "
            "through the IdP.",
            "Federation exists so that no IAM users are needed; people assume a role and get "
            "temporary credentials.",
            IAM_PROVIDERS,
        ),
        Claim(
            "long-term-keys",
            "AssumeRoleWithSAML returns long-term access keys that each federated user must "
            "rotate regularly.",
            "AssumeRoleWithSAML returns temporary security credentials.",
            STS_ASSUME_ROLE_SAML,
        ),
        Claim(
            "for-social-sign-in",
            "SAML 2.0 federation is the usual way to let a mobile game's players sign in with "
            "Google or Facebook.",
            "Players of mobile apps who sign in with Google or Facebook use web identity (OIDC) "
            "federation, for which AWS recommends Amazon Cognito.",
            IAM_OIDC,
        ),
        Claim(
            "no-role-needed",
            "SAML federation with IAM needs no IAM role, because the SAML assertion itself "
            "carries the AWS permissions.",
            "Federating directly with IAM means creating a role with a trust policy and a "
            "permissions policy; the role's policies decide what users may do.",
            IAM_PLAN_ACCESS,
        ),
        Claim(
            "api-only",
            "An IAM SAML identity provider can be used only for API access, never for signing "
            "in to the AWS Management Console.",
            "A role trusted by a SAML provider can support web-based single sign-on to the "
            "console as well as API access.",
            CREATE_SAML_PROVIDER,
            negates="console-without-iam-user",
        ),
    ),
    practices=(
        Practice(
            "permissions-on-the-role",
            "A company federates its AD FS identity provider directly with IAM, and its "
            "federated operators now need to manage Amazon EC2 instances.",
            "What should the administrator do?",
            Option(
                "Attach an EC2 permissions policy to the IAM role that the SAML provider is "
                "trusted to assume.",
                "The role's permissions policy decides what federated users may do; its trust "
                "policy decides who may assume it.",
            ),
            (
                Option(
                    "Create IAM users for the operators and attach an EC2 permissions policy to "
                    "each of them.",
                    "That brings back long-term credentials and a second identity for people "
                    "who already sign in through AD FS.",
                ),
                Option(
                    "Add the EC2 permissions to the SAML metadata document that was uploaded to "
                    "the IAM identity provider.",
                    "The metadata document carries the issuer's name and keys for validating "
                    "assertions, not permissions.",
                ),
                Option(
                    "Attach the EC2 permissions policy to the IAM SAML identity provider instead "
                    "of to a role.",
                    "Permissions belong on the role the federated users assume; the provider "
                    "only establishes trust in the IdP.",
                ),
            ),
            IAM_PLAN_ACCESS,
        ),
        Practice(
            "many-accounts-move-to-identity-center",
            "A growing company federates its SAML identity provider separately with IAM in "
            "each of its 15 AWS accounts, and keeping the roles aligned takes hours each week.",
            "What does AWS recommend?",
            Option(
                "Connect the identity provider to IAM Identity Center and manage access to all "
                "accounts with permission sets.",
                "AWS recommends IAM Identity Center with an external SAML IdP for human users; "
                "permission sets are maintained once for every account.",
            ),
            (
                Option(
                    "Create IAM users for the employees in each account so that no federation has "
                    "to be maintained.",
                    "IAM users are long-term credentials in 15 places, the opposite of AWS's "
                    "advice for people.",
                ),
                Option(
                    "Replace the SAML identity provider with an Amazon Cognito user pool for "
                    "the employees.",
                    "Cognito user pools are directories for app users; workforce access to "
                    "accounts belongs in IAM Identity Center.",
                ),
                Option(
                    "Keep one IAM user per employee in the management account and let them "
                    "switch roles into the others.",
                    "That still relies on long-term IAM user credentials and 15 sets of roles "
                    "maintained by hand.",
                ),
            ),
            IAM_PROVIDERS,
        ),
    ),
    near=("identity-center", "oidc-federation", "sts", "features:federation"),
)


OIDC_FEDERATION = Concept(
    id="oidc-federation",
    name="An IAM OIDC identity provider trusted by an IAM role",
    kind="service",
    subject="OIDC federation with IAM",
    purpose=(
        "An IAM OIDC identity provider lets a role trust tokens from an OpenID Connect IdP "
        "such as GitHub Actions, so workloads outside AWS call AssumeRoleWithWebIdentity for "
        "temporary credentials instead of storing access keys; for the users of mobile and web "
        "apps AWS recommends Amazon Cognito."
    ),
    heading=heading("federation directly with IAM#OIDC federation"),
    reference=IAM_OIDC,
    task="2.3",
    true=(
        Claim(
            "iam-entity",
            "An IAM OIDC identity provider is an IAM entity that describes an external identity "
            "provider supporting OpenID Connect.",
            "AWS defines IAM OIDC identity providers as entities in IAM that describe an "
            "external IdP service supporting the OIDC standard.",
            IAM_OIDC_CREATE,
        ),
        Claim(
            "workloads-outside-aws",
            "OIDC federation lets workloads outside AWS, such as GitHub Actions, use AWS "
            "resources without stored access keys.",
            "AWS notes that OIDC connects applications that do not run on AWS, like GitHub "
            "Actions, to AWS resources, with no long-term keys to distribute.",
            IAM_PROVIDERS,
        ),
        Claim(
            "web-identity-exchange",
            "In OIDC federation, the IdP's token is exchanged for temporary credentials through "
            "AssumeRoleWithWebIdentity.",
            "Without Cognito, your code calls AssumeRoleWithWebIdentity to trade the IdP's "
            "token for temporary security credentials.",
            IAM_OIDC,
        ),
        Claim(
            "role-after-provider",
            "After creating an IAM OIDC identity provider, you create an IAM role that its "
            "federated users can assume.",
            "AWS says that after you create the provider you must create one or more IAM roles; "
            "their policies decide what federated users can do.",
            IAM_OIDC_CREATE,
        ),
        Claim(
            "no-caller-credentials",
            "Calling AssumeRoleWithWebIdentity does not require the caller to hold any AWS "
            "security credentials.",
            "The caller's identity is validated with the IdP's token, so an application needs "
            "no long-term AWS credentials to call it.",
            STS_ASSUME_ROLE_WEB_IDENTITY,
        ),
        Claim(
            "cognito-for-apps",
            "For most mobile and web apps, AWS recommends Amazon Cognito over your own "
            "AssumeRoleWithWebIdentity code.",
            "AWS recommends Amazon Cognito for most scenarios because it acts as an identity "
            "broker and does much of the federation work.",
            IAM_OIDC,
        ),
    ),
    false=(
        Claim(
            "aws-idps-only",
            "OIDC federation works only with identity providers that AWS itself runs, such as "
            "Amazon Cognito user pools.",
            "Any OIDC-compatible IdP can be described by an IAM OIDC identity provider, such as "
            "Google or Salesforce.",
            IAM_OIDC_CREATE,
        ),
        Claim(
            "passwords-in-iam",
            "An IAM OIDC identity provider signs federated users in with passwords that IAM "
            "stores for them.",
            "The external IdP authenticates the users; IAM manages no identities or passwords "
            "for them.",
            IAM_PROVIDERS,
        ),
        Claim(
            "long-term-keys",
            "OIDC federation gives each external workload long-term access keys to keep in its "
            "pipeline settings.",
            "The IdP's token is exchanged for temporary security credentials; no long-term keys "
            "are stored.",
            IAM_OIDC,
        ),
        Claim(
            "embed-encrypted-keys",
            "AWS accepts embedding an IAM user's access keys in a mobile app when the keys are "
            "stored encrypted.",
            "AWS strongly recommends not embedding or distributing long-term credentials with "
            "apps, even in an encrypted store.",
            IAM_OIDC,
        ),
        Claim(
            "workforce-sso",
            "OIDC federation in IAM is AWS's recommended way to give employees single sign-on "
            "to many AWS accounts.",
            "For centralized access management of human users AWS recommends IAM Identity Center.",
            IAM_PROVIDERS,
        ),
        Claim(
            "no-role-needed",
            "With OIDC federation the external token carries the AWS permissions, so no IAM "
            "role is needed.",
            "The token is exchanged for a role's temporary credentials; the role's policies "
            "decide what the federated principal may do.",
            IAM_OIDC_CREATE,
        ),
    ),
    scenarios=(
        Scenario(
            "github-actions",
            "let its GitHub Actions workflows deploy to its AWS account",
            "An IAM OIDC identity provider for GitHub and a role it may assume give each "
            "workflow run temporary credentials, so no keys are stored.",
            constraint="without storing any AWS access keys in GitHub",
            reference=IAM_PROVIDERS,
        ),
        Scenario(
            "other-cloud-build",
            "let build jobs in another cloud, which already receive signed identity tokens "
            "there, write to an S3 bucket",
            "The other cloud's token issuer can be an IAM OIDC identity provider; its tokens "
            "are exchanged for a role's temporary credentials.",
            constraint="with temporary AWS credentials instead of access keys",
        ),
        Scenario(
            "replace-pipeline-keys",
            "replace the long-term access keys kept in its externally hosted CI/CD pipeline",
            "Trusting the pipeline's token issuer through an IAM OIDC identity provider lets "
            "each job assume a role for temporary credentials.",
            constraint="using credentials issued per job from the pipeline's own tokens",
        ),
    ),
    practices=(
        Practice(
            "github-keys-in-secret",
            "A team's GitHub Actions workflow deploys to AWS with an IAM user's access keys "
            "saved as a repository secret.",
            "What should the team do?",
            Option(
                "Add GitHub as an IAM OIDC identity provider and let the workflow assume a "
                "deployment role.",
                "OIDC federation gives each run temporary credentials, so no long-term keys are "
                "kept outside AWS.",
            ),
            (
                Option(
                    "Rotate the IAM user's access keys every 30 days and update the repository "
                    "secret each time.",
                    "Rotated keys are still long-term credentials stored outside AWS.",
                ),
                Option(
                    "Move the access keys out of the secret into the workflow file, encrypted "
                    "with a repository key.",
                    "AWS advises against embedding long-term credentials even in an encrypted "
                    "store.",
                ),
                Option(
                    "Create an Amazon Cognito user pool account for the workflow and sign it in "
                    "with a password.",
                    "A user pool is a directory for app users and gives no AWS credentials by "
                    "itself; a pipeline is a workload.",
                ),
            ),
            IAM_PROVIDERS,
        ),
    ),
    near=(
        "cognito-identity-pools",
        "roles-anywhere",
        "saml-federation",
        "sts",
        "identity-center",
        "credentials-secrets:access-keys",
    ),
)


STS = Concept(
    id="sts",
    name="AWS Security Token Service (AWS STS)",
    kind="",
    subject="AWS STS",
    purpose=(
        "AWS STS issues temporary security credentials (an access key ID, a secret access key "
        "and a security token) when a principal assumes a role; roles, federation and "
        "cross-account access all rest on it."
    ),
    heading=heading("temporary credentials and cross-account roles#AWS STS"),
    reference=TEMP_CREDENTIALS,
    task="2.3",
    true=(
        Claim(
            "short-term",
            "AWS STS creates temporary security credentials that can be set to last from a few "
            "minutes to several hours.",
            "Temporary security credentials are short-term and can be configured to last from "
            "a few minutes to several hours.",
            TEMP_CREDENTIALS,
        ),
        Claim(
            "expire",
            "After temporary security credentials expire, AWS no longer accepts requests made "
            "with them.",
            "After the credentials expire, AWS no longer recognizes them or allows any kind of "
            "access from API requests made with them.",
            TEMP_CREDENTIALS,
        ),
        Claim(
            "generated-on-request",
            "Temporary security credentials are generated dynamically when requested rather "
            "than stored with the user.",
            "AWS states they are not stored with the user but generated dynamically and "
            "provided when requested.",
            TEMP_CREDENTIALS,
        ),
        Claim(
            "assume-role-use",
            "The AssumeRole operation is typically used for access within your account or for "
            "cross-account access.",
            "The AWS STS API Reference says you typically use AssumeRole within your account or "
            "for cross-account access.",
            STS_ASSUME_ROLE,
        ),
        Claim(
            "three-parts",
            "Temporary credentials from AWS STS consist of an access key ID, a secret access "
            "key and a security token.",
            "AssumeRole's temporary credentials consist of an access key ID, a secret access "
            "key and a security token.",
            STS_ASSUME_ROLE,
        ),
        Claim(
            "no-rotation",
            "Because temporary credentials expire, you do not have to rotate or explicitly "
            "revoke them when no longer needed.",
            "Their limited lifetime means you need not update or explicitly revoke them, and "
            "expired credentials cannot be reused.",
            TEMP_CREDENTIALS,
        ),
    ),
    false=(
        Claim(
            "long-term-keys",
            "AWS STS issues long-term access keys that stay valid until an administrator "
            "deletes them.",
            "AWS STS issues temporary credentials, which expire on their own.",
            TEMP_CREDENTIALS,
            negates="expire",
        ),
        Claim(
            "is-a-directory",
            "AWS STS is a user directory in which administrators create the people who may "
            "sign in to AWS.",
            "AWS STS creates temporary credentials for trusted users; it stores no people. "
            "Directories are IAM Identity Center, Cognito user pools or Active Directory.",
            TEMP_CREDENTIALS,
        ),
        Claim(
            "extend-forever",
            "The holder of temporary credentials from AWS STS can extend them again and again "
            "without asking for new ones.",
            "Expired temporary credentials cannot be reused; the user requests new ones, if "
            "they still have permission to.",
            TEMP_CREDENTIALS,
        ),
        Claim(
            "cannot-sign-requests",
            "Temporary credentials cannot sign AWS API requests, so applications still need "
            "embedded long-term keys.",
            "Temporary credentials work almost identically to long-term access keys, so you "
            "need not embed long-term keys in an application.",
            TEMP_CREDENTIALS,
        ),
        Claim(
            "iam-users-only",
            "Only IAM users can receive AWS STS credentials; federated users cannot be given any.",
            "AWS calls temporary credentials the basis for roles and identity federation.",
            TEMP_CREDENTIALS,
        ),
        Claim(
            "saml-for-social",
            "AssumeRoleWithSAML is the operation an app calls when its users sign in with "
            "Google or Facebook.",
            "Sign-ins from web identity providers such as Google or Facebook use "
            "AssumeRoleWithWebIdentity; AssumeRoleWithSAML takes a SAML response.",
            STS_ASSUME_ROLE_WEB_IDENTITY,
        ),
    ),
    practices=(
        Practice(
            "elevate-when-needed",
            "An operations engineer occasionally needs permission to terminate critical "
            "Amazon EC2 instances, which is not part of their daily work.",
            "What should the administrator do?",
            Option(
                "Create a role with the terminate permission and allow the engineer to assume "
                "it only when needed.",
                "AWS recommends roles for elevated permissions only when they are needed; "
                "assuming the role gives temporary credentials.",
            ),
            (
                Option(
                    "Attach the terminate permission permanently to the engineer's IAM user so it "
                    "is always available.",
                    "Standing elevated permissions are exactly what AWS's least-privilege "
                    "advice avoids.",
                ),
                Option(
                    "Create a second IAM user with administrator rights for the engineer's rare "
                    "emergencies.",
                    "That adds another set of long-term credentials with broad permissions.",
                ),
                Option(
                    "Let the engineer sign in as the root user whenever an instance must be "
                    "terminated.",
                    "Terminating instances does not need the root user, which AWS says not to "
                    "use for everyday tasks.",
                ),
            ),
            CROSS_ACCOUNT,
        ),
        Practice(
            "developers-old-keys",
            "A security review finds that developers use IAM user access keys, unrotated for "
            "two years, from their laptops with the AWS CLI.",
            "What should the company do?",
            Option(
                "Have developers sign in through IAM Identity Center and use its temporary "
                "credentials with the CLI.",
                "AWS lists long-term IAM user keys where the CLI could get temporary "
                "credentials through federation as an anti-pattern.",
            ),
            (
                Option(
                    "Rotate the access keys every 90 days and keep using them from the "
                    "developers' laptops.",
                    "Rotated keys are still long-term credentials that can leak, be shared or "
                    "outlive the job.",
                ),
                Option(
                    "Store the access keys in an encrypted file in each developer's home "
                    "directory on the laptop.",
                    "Encryption at rest does not change that they are long-term credentials.",
                ),
                Option(
                    "Deactivate the access keys and have developers work only in the AWS "
                    "Management Console.",
                    "That removes the CLI the developers need instead of giving them temporary "
                    "credentials for it.",
                ),
            ),
            WA_TEMPORARY_CREDENTIALS,
        ),
    ),
    near=(
        "credentials-secrets:temporary-credentials",
        "cross-account-role",
        "oidc-federation",
        "saml-federation",
        "users-vs-roles:role",
    ),
)


CROSS_ACCOUNT_ROLE = Concept(
    id="cross-account-role",
    name="A cross-account IAM role",
    kind="",
    subject="cross-account IAM roles",
    purpose=(
        "A cross-account role lives in the account that owns the resources; its trust policy "
        "names the other account, whose permitted users assume it for temporary credentials "
        "instead of getting IAM users in every account."
    ),
    heading=heading("temporary credentials and cross-account roles#cross-account role"),
    reference=CROSS_ACCOUNT,
    task="2.3",
    true=(
        Claim(
            "trust-names-account",
            "The role is created in the account that owns the resources, and its trust policy "
            "names the other account by its ID.",
            "When you create the role you specify, in its trust policy's Principal element, the "
            "accounts whose users need access.",
            CROSS_ACCOUNT,
        ),
        Claim(
            "users-need-permission",
            "Users in the trusted account also need permission to assume the role before they "
            "can switch to it.",
            "You must explicitly grant your users permission to assume the role.",
            CROSS_ACCOUNT,
        ),
        Claim(
            "only-role-permissions",
            "While a user works in the role, they have the role's permissions and not their own "
            "user permissions.",
            "While using the role, the user can do only what the role permits; their original "
            "user permissions are suspended.",
            CROSS_ACCOUNT,
        ),
        Claim(
            "mfa-protection",
            "A role can be set up so that only users who signed in with MFA can assume it.",
            "You can add MFA protection to the role so that only users who sign in with an MFA "
            "device can assume it.",
            CROSS_ACCOUNT,
        ),
        Claim(
            "external-id",
            "A third party's use of your role can be tied to an external ID that it must supply "
            "when it assumes the role.",
            "You specify the external ID in the role's trust policy, and the third party must "
            "provide it when assuming the role.",
            THIRD_PARTY,
        ),
        Claim(
            "no-shared-credentials",
            "A role lets another account's people work in your account without you sharing any "
            "long-term credentials.",
            "AWS advises against giving a third party an IAM user and its long-term "
            "credentials; a role and its temporary credentials do the job.",
            THIRD_PARTY,
        ),
    ),
    false=(
        Claim(
            "role-in-caller-account",
            "The role is created in the account that needs access and reaches into the other "
            "account's resources from there.",
            "The role lives in the account that owns the resources; its trust policy names the "
            "account whose users may assume it.",
            CROSS_ACCOUNT,
            negates="trust-names-account",
        ),
        Claim(
            "automatic-for-everyone",
            "Once the trust policy names another account, every user in that account can "
            "assume the role automatically.",
            "Users in the trusted account must also be granted permission to assume the role.",
            CROSS_ACCOUNT,
            negates="users-need-permission",
        ),
        Claim(
            "external-id-secret",
            "AWS treats the external ID as a secret and hides it after the role is created, "
            "like a password.",
            "AWS does not treat the external ID as a secret; anyone with permission to view the "
            "role can see it.",
            THIRD_PARTY,
        ),
        Claim(
            "permissions-add-up",
            "A user who switches to a cross-account role keeps their own permissions and gains "
            "the role's on top of them.",
            "While the role is in use, the user's original permissions are suspended; only the "
            "role's apply.",
            CROSS_ACCOUNT,
            negates="only-role-permissions",
        ),
        Claim(
            "same-organization-only",
            "A cross-account role can trust only accounts that belong to the same organization "
            "in AWS Organizations.",
            "A role's trust policy can name any AWS account, including a third party's that "
            "you do not own or control.",
            THIRD_PARTY,
        ),
        Claim(
            "third-party-pays",
            "Resources that a third party uses through your role are billed to the third "
            "party's account.",
            "AWS warns that a third party's use of your resources through your role is billed "
            "to you.",
            THIRD_PARTY,
        ),
    ),
    practices=(
        Practice(
            "external-auditor",
            "An external auditing firm with its own AWS account needs read-only access to a "
            "company's account for two weeks.",
            "What should the company do?",
            Option(
                "Create a read-only role whose trust policy names the firm's account and "
                "requires an external ID.",
                "A role gives the auditors temporary credentials without sharing any, and the "
                "external ID ties the access to this engagement.",
            ),
            (
                Option(
                    "Create an IAM user for the auditors and send them its access keys and "
                    "console password.",
                    "AWS advises against giving a third party an IAM user and its long-term "
                    "credentials.",
                ),
                Option(
                    "Ask the firm for its IAM user's name and attach a read-only policy to that "
                    "user from the company's account.",
                    "An identity-based policy can be attached only to identities in your own "
                    "account; access must come through a role.",
                ),
                Option(
                    "Create read-only IAM users for each auditor with console passwords that "
                    "expire after two weeks.",
                    "Those are still IAM users with long-term credentials to create, hand over "
                    "and clean up.",
                ),
            ),
            THIRD_PARTY,
        ),
        Practice(
            "tools-to-production",
            "Developers with IAM users in a tools account must deploy to a separate production "
            "account.",
            "What should the administrator do?",
            Option(
                "Create a deployment role in production that trusts the tools account and let "
                "developers assume it.",
                "The role lives where the resources are; the developers' own permissions to "
                "assume it complete the trust.",
            ),
            (
                Option(
                    "Create a second IAM user for every developer in the production account and "
                    "give them its password.",
                    "That doubles the long-term credentials each developer holds.",
                ),
                Option(
                    "Attach a resource-based policy to each developer's IAM user naming the "
                    "production account.",
                    "IAM users take identity-based policies; trust across accounts is set in "
                    "the role's trust policy.",
                ),
                Option(
                    "Create the deployment role in the tools account and attach production "
                    "permissions to it there.",
                    "A role grants access to its own account's resources; the role must be "
                    "created in production.",
                ),
            ),
            CROSS_ACCOUNT,
        ),
    ),
    near=(
        "sts",
        "identity-center",
        "users-vs-roles:role",
        "policy-types:trust",
    ),
)


COGNITO_USER_POOLS_CONCEPT = Concept(
    id="cognito-user-pools",
    name="Amazon Cognito user pools",
    kind="service",
    subject="Amazon Cognito user pools",
    purpose=(
        "A Cognito user pool is a user directory for a web or mobile app: sign-up and sign-in, "
        "directly or through social, SAML or OIDC providers, with tokens for the app; it does "
        "not by itself hand out AWS credentials."
    ),
    heading=heading("app users with Amazon Cognito#user pools"),
    reference=COGNITO_SCENARIOS,
    task="2.3",
    true=(
        Claim(
            "user-directory",
            "A Cognito user pool is a user directory that gives a web or mobile app its sign-up "
            "and sign-in.",
            "User pools are user directories that provide sign-up and sign-in options for web "
            "and mobile app users.",
            COGNITO_SCENARIOS,
        ),
        Claim(
            "direct-or-social",
            "App users can sign in to a user pool directly or through Google, Facebook, Amazon "
            "or Apple.",
            "Users can sign in directly through a user pool or federate through social sign-in "
            "with Facebook, Google, Amazon and Apple.",
            COGNITO_SCENARIOS,
        ),
        Claim(
            "saml-and-oidc",
            "A user pool can also take sign-ins from SAML and OpenID Connect identity providers.",
            "The user pool handles the tokens returned from OIDC and SAML identity providers as "
            "well as from social sign-in.",
            COGNITO_SCENARIOS,
        ),
        Claim(
            "is-an-oidc-idp",
            "From the app's point of view, a Cognito user pool is an OpenID Connect identity "
            "provider.",
            "AWS describes a user pool, from the perspective of your app, as an OpenID Connect "
            "(OIDC) identity provider.",
            COGNITO_USER_POOLS,
        ),
        Claim(
            "separately-or-together",
            "User pools and identity pools can be used on their own or together, depending on "
            "the app's needs.",
            "AWS says the two components of Amazon Cognito operate independently or in tandem.",
            COGNITO_WHAT,
        ),
        Claim(
            "directory-profile",
            "Every member of a user pool has a directory profile, whether they sign in directly "
            "or through a third party.",
            "Whether users sign in directly or through a third party, all members of the user "
            "pool have a directory profile.",
            COGNITO_SCENARIOS,
        ),
    ),
    false=(
        Claim(
            "workforce-sso",
            "A Cognito user pool is AWS's recommended way to give employees single sign-on to "
            "the company's AWS accounts.",
            "For workforce access to AWS accounts AWS recommends IAM Identity Center; user "
            "pools serve the users of web and mobile apps.",
            IC_WHAT,
        ),
        Claim(
            "iam-user-per-signup",
            "A user pool creates an IAM user in the AWS account for each app user who signs up.",
            "App users get a profile in the user pool's directory, not IAM users.",
            COGNITO_SCENARIOS,
        ),
        Claim(
            "aws-credentials-alone",
            "A user pool on its own gives app users temporary AWS credentials to call Amazon S3 "
            "directly.",
            "Temporary AWS credentials come from identity pools; user pools provide sign-up and "
            "sign-in.",
            COGNITO_SCENARIOS,
        ),
        Claim(
            "social-only",
            "A user pool can sign in only users who come from a social identity provider such "
            "as Google.",
            "Users can also sign in directly through the user pool.",
            COGNITO_SCENARIOS,
            negates="direct-or-social",
        ),
        Claim(
            "managed-ad",
            "A user pool is a managed Microsoft Active Directory for domain-joined Windows "
            "workloads.",
            "Managed Active Directory in AWS is AWS Directory Service; a user pool is a "
            "directory for app users.",
            DS_WELCOME,
        ),
        Claim(
            "needs-identity-pool",
            "A user pool works only together with an identity pool and cannot be used on its own.",
            "The two components operate independently or in tandem.",
            COGNITO_WHAT,
            negates="separately-or-together",
        ),
    ),
    scenarios=(
        Scenario(
            "signup-mobile-app",
            "add sign-up, sign-in and password reset for the customers of its new mobile app",
            "A Cognito user pool is a user directory with sign-up and sign-in for app users; "
            "identity pools hand out AWS credentials rather than keeping users, and IAM "
            "Identity Center serves the workforce.",
        ),
        Scenario(
            "shoppers-accounts",
            "let customers create accounts on its website or sign in with their Google or "
            "Facebook accounts",
            "A user pool accepts direct sign-up and social sign-in and keeps a directory "
            "profile for every member.",
            constraint="while keeping one profile for every customer",
        ),
        Scenario(
            "api-tokens",
            "keep a directory of its web app's customers and give its own API the sign-in "
            "tokens it checks",
            "A user pool is an OIDC identity provider for the app: it keeps the users and "
            "issues the tokens the app's API validates.",
            reference=COGNITO_USER_POOLS,
        ),
    ),
    practices=(
        Practice(
            "own-sign-in-code",
            "A startup stores its app customers' usernames and password hashes in its own "
            "database and maintains the sign-in code itself.",
            "Which AWS-managed approach should it adopt?",
            Option(
                "Move the customers into an Amazon Cognito user pool and use its sign-up and "
                "sign-in.",
                "A user pool is a managed user directory with sign-up and sign-in for web and "
                "mobile apps.",
            ),
            (
                Option(
                    "Create an IAM user for each customer and let them sign in to the AWS "
                    "Management Console.",
                    "IAM users are identities in the AWS account, not a directory for an app's "
                    "customers.",
                ),
                Option(
                    "Add the customers to the IAM Identity Center directory as workforce users.",
                    "IAM Identity Center is for workforce users such as employees and contractors.",
                ),
                Option(
                    "Create an AWS Managed Microsoft AD directory and register the customers in "
                    "it.",
                    "Managed Active Directory serves AD-aware workloads and corporate users, not "
                    "an app's sign-up.",
                ),
            ),
            COGNITO_WHAT,
        ),
    ),
    near=(
        "cognito-identity-pools",
        "identity-center",
        "directory-service",
        "oidc-federation",
    ),
)


COGNITO_IDENTITY_POOLS_CONCEPT = Concept(
    id="cognito-identity-pools",
    name="Amazon Cognito identity pools",
    kind="service",
    subject="Amazon Cognito identity pools",
    purpose=(
        "A Cognito identity pool exchanges a sign-in from a user pool or another identity "
        "provider, or no sign-in at all for guests, for an IAM role's temporary AWS "
        "credentials, so app users can call services such as Amazon S3 directly."
    ),
    heading=heading("app users with Amazon Cognito#identity pools"),
    reference=COGNITO_IDENTITY_POOLS,
    task="2.3",
    true=(
        Claim(
            "temporary-credentials",
            "An identity pool gives app users temporary AWS credentials to call services such "
            "as Amazon S3 and DynamoDB.",
            "With an identity pool, users obtain temporary AWS credentials to access AWS "
            "services such as Amazon S3 and DynamoDB.",
            COGNITO_SCENARIOS,
        ),
        Claim(
            "guests",
            "An identity pool can give guest users who have not signed in their own limited AWS "
            "credentials.",
            "Identity pools support anonymous guest users as well as federation through "
            "third-party identity providers.",
            COGNITO_SCENARIOS,
        ),
        Claim(
            "accepts-user-pools-and-idps",
            "An identity pool accepts users who signed in through a Cognito user pool or a "
            "third-party identity provider.",
            "AWS describes accessing AWS services with a user pool and an identity pool, and "
            "identity pools federating through third-party IdPs.",
            COGNITO_SCENARIOS,
        ),
        Claim(
            "iam-roles",
            "The permissions an identity pool hands out come from the IAM roles and policies "
            "associated with the pool.",
            "An identity pool is associated with an IAM role whose policy grants the pool's "
            "identities permission to access AWS resources.",
            COGNITO_ROLES,
        ),
        Claim(
            "recommended-broker",
            "For most mobile apps AWS recommends Cognito as the broker rather than your own "
            "AssumeRoleWithWebIdentity code.",
            "AWS recommends Amazon Cognito for most scenarios because it acts as an identity "
            "broker and does much of the federation work.",
            IAM_OIDC,
        ),
        Claim(
            "guest-permissions",
            "Guest users of an identity pool get only the permissions in the pool's policy for "
            "unauthenticated identities.",
            "Unauthenticated users are granted only those permissions specified in the IAM "
            "policy associated with the identity pool.",
            COGNITO_ROLES,
        ),
    ),
    false=(
        Claim(
            "stores-passwords",
            "An identity pool stores each app user's password and handles forgotten-password "
            "resets.",
            "The user directory with sign-up and sign-in is the user pool; an identity pool "
            "exchanges identities for AWS credentials.",
            COGNITO_SCENARIOS,
        ),
        Claim(
            "no-guests",
            "An identity pool gives credentials only to users who have signed in; guest users "
            "are always refused.",
            "Identity pools support anonymous guest users.",
            COGNITO_SCENARIOS,
            negates="guests",
        ),
        Claim(
            "permanent-keys",
            "An identity pool gives each app user permanent IAM access keys that are then stored "
            "on the user's device.",
            "It hands out temporary credentials; AWS strongly recommends never embedding "
            "long-term credentials in apps.",
            IAM_OIDC,
        ),
        Claim(
            "no-role",
            "An identity pool grants AWS access without any IAM role, using permissions written "
            "into the user's token.",
            "The credentials belong to an IAM role associated with the pool, and the role's "
            "policy sets the permissions.",
            COGNITO_ROLES,
        ),
        Claim(
            "workforce-accounts",
            "Identity pools are AWS's recommended way for employees to reach several AWS "
            "accounts with one sign-in.",
            "Workforce access to many accounts is what IAM Identity Center is for.",
            IC_WHAT,
        ),
        Claim(
            "user-pools-only",
            "An identity pool accepts only users from a Cognito user pool, never sign-ins from "
            "Google or Facebook.",
            "Identity pools also federate through third-party identity providers.",
            COGNITO_SCENARIOS,
            negates="accepts-user-pools-and-idps",
        ),
    ),
    scenarios=(
        Scenario(
            "guest-scores",
            "let visitors of its mobile app save their progress to a DynamoDB table before they "
            "create an account",
            "Identity pools give guest users limited temporary credentials; a user pool gives "
            "no AWS credentials, and web identity federation needs a sign-in token.",
            constraint="without putting any long-term AWS keys in the app",
        ),
        Scenario(
            "signed-in-uploads",
            "let its app's signed-in users upload photos straight to Amazon S3 with short-lived "
            "AWS credentials",
            "An identity pool brokers the sign-in and hands out a role's temporary credentials; "
            "AWS recommends Cognito over hand-written AssumeRoleWithWebIdentity code.",
            constraint="without writing its own code to trade each sign-in provider's tokens",
        ),
        Scenario(
            "several-providers",
            "turn its app users' Google and Apple sign-ins into temporary, role-based AWS "
            "credentials on their phones",
            "An identity pool federates several identity providers and exchanges each sign-in "
            "for an IAM role's temporary credentials.",
            constraint="with one managed service brokering all the providers",
        ),
    ),
    practices=(
        Practice(
            "key-in-mobile-app",
            "A developer plans to ship a mobile app with an IAM user's access key, stored "
            "encrypted on the phone, so the app can upload photos to Amazon S3.",
            "What should the developer do instead?",
            Option(
                "Use an Amazon Cognito identity pool so the app receives temporary credentials "
                "for a limited role.",
                "AWS recommends requesting temporary credentials through federation, with "
                "Cognito as the broker, instead of shipping keys.",
            ),
            (
                Option(
                    "Keep the embedded key but rotate it and ship a new app release each time it "
                    "changes.",
                    "Old releases keep working keys; AWS strongly recommends not embedding "
                    "long-term credentials at all, even encrypted.",
                ),
                Option(
                    "Create one IAM user per app user at sign-up and store that user's keys on "
                    "the phone.",
                    "That spreads long-term keys to every device and IAM users do not scale to "
                    "an app's audience.",
                ),
                Option(
                    "Make the S3 bucket public for writes so that the app needs no AWS "
                    "credentials at all.",
                    "Anyone could then write to the bucket; a limited role's temporary "
                    "credentials keep control.",
                ),
            ),
            IAM_OIDC,
        ),
    ),
    near=(
        "cognito-user-pools",
        "oidc-federation",
        "identity-center",
        "sts",
    ),
)


DIRECTORY_SERVICE = Concept(
    id="directory-service",
    name="AWS Directory Service",
    kind="service",
    subject="AWS Directory Service",
    purpose=(
        "AWS Directory Service runs Microsoft Active Directory as a managed service in AWS "
        "(AWS Managed Microsoft AD) or connects AWS to an existing self-managed Active Directory "
        "(AD Connector); it serves AD-aware workloads and does not assign access to AWS "
        "accounts."
    ),
    heading=heading("AWS Directory Service"),
    reference=DS_WELCOME,
    task="2.3",
    true=(
        Claim(
            "run-or-connect",
            "Directory Service can run a directory in AWS or connect AWS to a company's existing "
            "self-managed Active Directory.",
            "AWS describes Directory Service as a way to set up and run directories in AWS, or "
            "to connect AWS resources with an existing self-managed Microsoft Active Directory.",
            DS_WELCOME,
        ),
        Claim(
            "trust",
            "AWS Managed Microsoft AD can trust a self-managed Active Directory, giving users one "
            "set of credentials for both.",
            "A trust between AWS Managed Microsoft AD and a self-managed directory gives users "
            "and groups access to either domain with a single set of credentials.",
            DS_TRUST,
        ),
        Claim(
            "ad-connector-no-copy",
            "AD Connector connects to an existing Active Directory while all directory data "
            "stays on the company's own domain controllers.",
            "With AD Connector all of your directory data remains on your domain controllers; "
            "Directory Service does not replicate it.",
            DS_AD_CONNECTOR,
        ),
        Claim(
            "identity-center-source",
            "AWS Managed Microsoft AD can be used as the identity source of IAM Identity Center.",
            "IAM Identity Center lists Active Directory in AWS Managed Microsoft AD among its "
            "identity sources.",
            IC_IDENTITY_SOURCE,
        ),
        Claim(
            "managed-ha",
            "AWS deploys each directory across multiple Availability Zones and handles its "
            "patching and software updates.",
            "The service FAQ says each directory is deployed across multiple Availability Zones "
            "and AWS handles all patching and software updates.",
            DS_FAQ,
        ),
    ),
    false=(
        Claim(
            "assigns-account-access",
            "AWS Directory Service is the service that assigns permission sets to people across "
            "AWS accounts.",
            "Permission sets belong to IAM Identity Center, which can use a Directory Service "
            "directory as its identity source.",
            IC_PERMISSION_SETS,
        ),
        Claim(
            "ad-connector-copies",
            "AD Connector copies the on-premises directory's users and passwords into AWS and "
            "keeps them in sync.",
            "AD Connector keeps all directory data on your own domain controllers; nothing is "
            "replicated into AWS.",
            DS_AD_CONNECTOR,
            negates="ad-connector-no-copy",
        ),
        Claim(
            "app-consumers",
            "AWS Directory Service is designed to hold the sign-ups of millions of consumers of "
            "a mobile app.",
            "The users of web and mobile apps belong in Amazon Cognito, AWS's identity platform "
            "for those apps.",
            COGNITO_WHAT,
        ),
        Claim(
            "no-trust",
            "AWS Managed Microsoft AD cannot be linked to an Active Directory that a company "
            "runs on premises.",
            "You can create a trust between AWS Managed Microsoft AD and a self-managed Active "
            "Directory.",
            DS_TRUST,
            negates="trust",
        ),
        Claim(
            "connector-over-internet",
            "AD Connector reaches the on-premises directory over the internet, with no VPN or "
            "AWS Direct Connect link needed.",
            "AD Connector's VPC must be connected to your existing network through a VPN "
            "connection or AWS Direct Connect.",
            DS_AD_CONNECTOR,
        ),
    ),
    scenarios=(
        Scenario(
            "lift-windows-workloads",
            "move Windows servers that rely on domain join and Group Policy into AWS",
            "AWS Managed Microsoft AD runs real domain controllers for AD-aware workloads; IAM "
            "Identity Center and Cognito provide no Windows domain.",
            constraint="without running and patching its own domain controllers",
            reference=DS_FAQ,
        ),
        Scenario(
            "join-on-prem-domain",
            "join its Windows servers on Amazon EC2 to the Windows domain it already runs on "
            "premises",
            "AD Connector lets AWS resources use the existing on-premises domain while the "
            "directory data stays on the company's domain controllers.",
            constraint="without copying any user data into AWS",
            reference=DS_AD_CONNECTOR,
        ),
        Scenario(
            "resource-domain-with-trust",
            "give its Windows applications in AWS a managed domain that trusts the company's "
            "on-premises domain",
            "AWS Managed Microsoft AD can hold a trust with a self-managed domain, so users "
            "reach resources in either with one set of credentials.",
            reference=DS_TRUST,
        ),
    ),
    practices=(
        Practice(
            "self-managed-dcs",
            "A company runs two self-managed domain controllers on Amazon EC2 for its Windows "
            "workloads and spends hours each month patching and backing them up.",
            "What should the company do to reduce this work?",
            Option(
                "Migrate to AWS Managed Microsoft AD so that AWS runs and patches the domain "
                "controllers.",
                "As a managed service, Directory Service deploys across Availability Zones, "
                "replaces failed controllers and handles patching.",
            ),
            (
                Option(
                    "Replace the Windows domain with an Amazon Cognito user pool that the servers "
                    "sign in to.",
                    "A user pool is a directory for app users; it cannot be a Windows domain "
                    "for servers.",
                ),
                Option(
                    "Move the servers' sign-ins to IAM Identity Center and retire the Windows "
                    "domain.",
                    "IAM Identity Center manages access to AWS accounts and applications; it "
                    "does not act as a domain controller.",
                ),
                Option(
                    "Add a third self-managed domain controller so patching can happen one "
                    "server at a time.",
                    "That adds a server to patch and back up instead of handing the work to a "
                    "managed service.",
                ),
            ),
            DS_FAQ,
        ),
    ),
    near=(
        "identity-sources",
        "identity-center",
        "cognito-user-pools",
        "cognito-identity-pools",
    ),
)


ACCESS_PORTAL = Concept(
    id="access-portal",
    name="The AWS access portal",
    kind="",
    subject="the AWS access portal",
    purpose=(
        "The AWS access portal is the web page where IAM Identity Center users sign in once "
        "and open the AWS accounts, roles and applications assigned to them, or copy temporary "
        "credentials for the AWS CLI; app customers never use it."
    ),
    heading=heading("IAM Identity Center#AWS access portal"),
    reference=IC_SIGN_IN,
    task="2.3",
    true=(
        Claim(
            "assigned-accounts-and-apps",
            "After one sign-in, the AWS access portal shows every AWS account and application "
            "assigned to the user.",
            "The portal gives IAM Identity Center users single sign-on access to all their "
            "assigned AWS accounts and applications through a web portal.",
            IC_SIGN_IN,
        ),
        Claim(
            "own-url",
            "Users reach the portal through its own sign-in URL, such as one ending in "
            "awsapps.com/start.",
            "The sign-in URL looks like d-xxxxxxxxxx.awsapps.com/start or "
            "your_subdomain.awsapps.com/start; AWS suggests bookmarking it.",
            IC_SIGN_IN,
        ),
        Claim(
            "role-to-console",
            "In the portal, a user chooses an account and one of their roles in it to open the "
            "AWS Management Console.",
            "On the Accounts tab the user selects an account; choosing the displayed role name "
            "opens the console with that role.",
            SIGNIN_ACCESS_PORTAL,
        ),
        Claim(
            "cli-credentials",
            "From the portal, a user can copy credentials of one of their roles for use with "
            "the AWS CLI or SDKs.",
            "After signing in to the portal, an IAM Identity Center user can get credentials to "
            "use in the AWS CLI or AWS SDKs for an assigned account.",
            IC_GET_CREDENTIALS,
        ),
        Claim(
            "not-iam-users",
            "Users in IAM Identity Center are not IAM users; their credentials are temporary "
            "and generated at each sign-in.",
            "AWS: IAM users are granted long-term credentials, while users in IAM Identity "
            "Center are granted temporary credentials, generated every time they sign in.",
            IC_GET_CREDENTIALS,
        ),
        Claim(
            "directory-credentials",
            "With Active Directory or an external IdP as the source, users sign in with that "
            "directory's credentials.",
            "If Active Directory or an external IdP is the identity source, users sign in with "
            "the credentials of the Active Directory or IdP user.",
            IC_SIGN_IN,
        ),
    ),
    false=(
        Claim(
            "account-id-sign-in",
            "Portal users sign in on each account's IAM sign-in page with its 12-digit account "
            "ID and an IAM user name.",
            "The portal has its own sign-in URL (…awsapps.com/start), and users in IAM "
            "Identity Center are not IAM users of the accounts.",
            IC_SIGN_IN,
        ),
        Claim(
            "never-expire",
            "Credentials copied from the portal for the AWS CLI never expire, so they can be "
            "kept in a script for good.",
            "Users in IAM Identity Center get temporary credentials; new ones must be fetched "
            "once they expire.",
            IC_GET_CREDENTIALS,
            negates="not-iam-users",
        ),
        Claim(
            "sign-in-per-account",
            "To work in a second assigned account, a portal user must sign out and sign in to "
            "the portal again.",
            "After one sign-in the user can open any AWS account and application that the "
            "portal displays.",
            SIGNIN_ACCESS_PORTAL,
            negates="assigned-accounts-and-apps",
        ),
        Claim(
            "console-only",
            "The portal opens only the AWS Management Console; AWS CLI work still needs an IAM "
            "user's access keys.",
            "From the portal users can also get temporary credentials for the AWS CLI or SDKs.",
            IC_GET_CREDENTIALS,
            negates="cli-credentials",
        ),
        Claim(
            "app-customers",
            "The AWS access portal is where the customers of a company's mobile app sign up "
            "and sign in.",
            "The portal serves workforce users of IAM Identity Center; sign-up and sign-in for "
            "the users of web and mobile apps is what Amazon Cognito provides.",
            COGNITO_WHAT,
        ),
    ),
    practices=(
        Practice(
            "cli-in-assigned-account",
            "A developer signs in to the AWS access portal every morning and now needs to run "
            "AWS CLI commands in one of the accounts assigned to her.",
            "What should she do?",
            Option(
                "Get credentials for her role in that account from the portal and use them "
                "with the CLI.",
                "The portal hands IAM Identity Center users temporary credentials for the CLI "
                "and SDKs, for the same role they use in the console.",
            ),
            (
                Option(
                    "Ask an administrator to create an IAM user with access keys for her in "
                    "that account.",
                    "That adds long-term credentials; users in IAM Identity Center already get "
                    "temporary ones, which AWS recommends.",
                ),
                Option(
                    "Ask for an extra permission set that grants command line access on top "
                    "of her console access.",
                    "A permission set grants permissions on AWS actions, not a channel; the "
                    "role it creates is used from the portal or the AWS CLI alike.",
                ),
                Option(
                    "Save her portal user name and password in the CLI's credentials file so "
                    "it can sign in as her.",
                    "The CLI signs requests with access keys and a session token, not with a "
                    "portal password, and a stored password is a long-lived secret.",
                ),
            ),
            IC_GET_CREDENTIALS,
        ),
    ),
    near=(
        "identity-center",
        "identity-center-mfa",
        "permission-sets",
        "identity-sources",
        "features:account-alias",
        "cognito-user-pools",
    ),
)


IDENTITY_CENTER_MFA = Concept(
    id="identity-center-mfa",
    name="MFA in IAM Identity Center",
    kind="",
    subject="MFA in IAM Identity Center",
    purpose=(
        "IAM Identity Center's own MFA protects the sign-ins of users from its directory or "
        "Active Directory with authenticator apps or FIDO authenticators; with an external "
        "identity provider, the IdP handles MFA instead."
    ),
    heading=heading("IAM Identity Center#MFA in IAM Identity Center"),
    reference=IC_MFA,
    task="2.3",
    true=(
        Claim(
            "on-by-default",
            "IAM Identity Center comes with MFA turned on by default for the users of its own "
            "directory.",
            "IAM Identity Center comes preconfigured with MFA turned on by default, so users "
            "sign in to the portal with a second factor as well as their password.",
            IC_MFA,
        ),
        Claim(
            "types",
            "Users can use an authenticator app or a FIDO authenticator, such as a security "
            "key, as the second factor.",
            "The second factor is a code from an authenticator app, a security key or a "
            "built-in authenticator such as a biometric scan.",
            IC_MFA,
        ),
        Claim(
            "eight-devices",
            "Each user can register up to eight MFA devices, for example a spare security key "
            "as a backup.",
            "Each user can register up to two virtual authenticator apps and six FIDO "
            "authenticators, eight MFA devices in all.",
            IC_MFA,
        ),
        Claim(
            "external-idp-manages",
            "When an external IdP is the identity source, that IdP manages MFA rather than IAM "
            "Identity Center.",
            "With an external IdP the console's MFA section is not available: the external IdP "
            "manages MFA settings.",
            IC_MFA_PROMPT,
        ),
        Claim(
            "ad-sources",
            "IAM Identity Center's MFA also works when the identity source is AWS Managed "
            "Microsoft AD or AD Connector.",
            "MFA in IAM Identity Center can be used with its own identity store, AWS Managed "
            "Microsoft AD or AD Connector as the identity source.",
            IC_MFA_CONSIDERATIONS,
        ),
        Claim(
            "prompt-modes",
            "Administrators choose whether MFA is asked at every sign-in or only when the "
            "sign-in context changes.",
            "The modes are 'Every time they sign in (always-on)' and 'Only when their sign-in "
            "context changes (context-aware)'.",
            IC_MFA_PROMPT,
        ),
        Claim(
            "self-enroll",
            "Users who have no MFA device yet can be required to register one themselves when "
            "they sign in.",
            "'Require them to register an MFA device at sign in' makes users self-enroll a "
            "device after a successful password sign-in.",
            IC_MFA_ENFORCEMENT,
        ),
    ),
    false=(
        Claim(
            "external-idp-mfa",
            "When Okta is the identity source, IAM Identity Center's own MFA settings add a "
            "second prompt at portal sign-in.",
            "MFA in IAM Identity Center is not supported for external identity providers; the "
            "IdP manages MFA.",
            IC_MFA_PROMPT,
            negates="external-idp-manages",
        ),
        Claim(
            "off-by-default",
            "MFA stays off for Identity Center directory users until an administrator turns it on.",
            "IAM Identity Center now comes preconfigured with MFA turned on by default.",
            IC_MFA,
            negates="on-by-default",
        ),
        Claim(
            "iam-mfa-devices",
            "Identity Center users register their MFA devices in IAM, on the IAM users of each "
            "member account.",
            "IAM Identity Center users and their credentials are different from IAM users; "
            "their MFA is set up in IAM Identity Center.",
            IC_MFA_PROMPT,
        ),
        Claim(
            "sms",
            "IAM Identity Center's standard second factor is a code sent to the user by SMS "
            "text message.",
            "The MFA types are authenticator apps and FIDO authenticators (security keys and "
            "built-in authenticators); SMS is not among them.",
            IC_MFA,
        ),
        Claim(
            "one-device",
            "Each Identity Center user can register only one MFA device, so a spare must be "
            "kept unregistered.",
            "Each user can register up to eight MFA devices.",
            IC_MFA,
            negates="eight-devices",
        ),
        Claim(
            "admins-register-only",
            "Only an administrator can register a user's MFA device; users can never enroll "
            "one themselves.",
            "IAM Identity Center can require users to self-enroll a device at sign-in.",
            IC_MFA_ENFORCEMENT,
            negates="self-enroll",
        ),
    ),
    practices=(
        Practice(
            "mfa-with-okta",
            "A company uses Okta as the identity source of IAM Identity Center and must "
            "require MFA every time employees sign in to the AWS access portal.",
            "What should the company do?",
            Option(
                "Require MFA in Okta, which authenticates the employees for the portal.",
                "With an external IdP, the IdP manages MFA settings; MFA in IAM Identity Center "
                "is not supported for external identity providers.",
            ),
            (
                Option(
                    "Turn on MFA in IAM Identity Center's settings for the users provisioned "
                    "from Okta.",
                    "With an external IdP the Identity Center console's MFA section is not "
                    "available; the IdP manages MFA.",
                ),
                Option(
                    "Register an IAM MFA device for each employee in every member account of "
                    "the organization.",
                    "The employees are not IAM users of the member accounts; IAM MFA devices "
                    "belong to IAM users and root users.",
                ),
                Option(
                    "Enable MFA for the root user of the organization's management account.",
                    "Root user MFA protects only the root user's sign-in, not the employees' "
                    "portal sign-ins.",
                ),
            ),
            IC_MFA_PROMPT,
        ),
        Practice(
            "lost-device",
            "An employee whose user is in the Identity Center directory lost the phone that "
            "holds her authenticator app. Users must register an MFA device at sign-in.",
            "What should the administrator do?",
            Option(
                "Remove the lost device from her user so that she registers a new one at her "
                "next sign-in.",
                "AWS: remove a lost or stolen device from the user, and IAM Identity Center "
                "requires a new self-enrolled device at the next sign-in.",
            ),
            (
                Option(
                    "Turn off MFA for the whole IAM Identity Center instance until she has a "
                    "new phone.",
                    "That removes the second factor for every user, not just for the one who "
                    "lost a device.",
                ),
                Option(
                    "Switch every user to one-time passwords sent by email instead of MFA devices.",
                    "AWS notes that emailed codes, not bound to a device, do not meet the bar "
                    "for industry-standard MFA.",
                ),
                Option(
                    "Create IAM users for her in her accounts to use until the new phone arrives.",
                    "That adds long-term credentials outside IAM Identity Center, which AWS "
                    "recommends against for people.",
                ),
            ),
            IC_MFA_ENFORCEMENT,
        ),
    ),
    near=(
        "access-portal",
        "identity-sources",
        "identity-center",
        "credentials-secrets:mfa",
        "credentials-secrets:mfa-types",
    ),
)


ROLES_ANYWHERE = Concept(
    id="roles-anywhere",
    name="IAM Roles Anywhere",
    kind="service",
    subject="IAM Roles Anywhere",
    purpose=(
        "IAM Roles Anywhere gives workloads outside AWS, such as on-premises servers and "
        "containers, an IAM role's temporary credentials in exchange for an X.509 certificate "
        "from a certificate authority registered as a trust anchor; it does not sign in people, "
        "and workloads that already receive OIDC tokens use an IAM OIDC identity provider."
    ),
    heading=heading("temporary credentials and cross-account roles#IAM Roles Anywhere"),
    reference=RA_INTRO,
    task="2.3",
    true=(
        Claim(
            "outside-aws",
            "IAM Roles Anywhere gives workloads outside AWS, such as on-premises servers, "
            "temporary AWS credentials.",
            "AWS: use IAM Roles Anywhere to obtain temporary security credentials for "
            "workloads such as servers, containers and applications that run outside of AWS.",
            RA_INTRO,
        ),
        Claim(
            "x509",
            "Workloads prove who they are to IAM Roles Anywhere with X.509 certificates from "
            "the company's CA.",
            "To use IAM Roles Anywhere, workloads must use X.509 certificates issued by your "
            "certificate authority (CA).",
            RA_INTRO,
        ),
        Claim(
            "trust-anchor",
            "The CA, AWS Private CA or an external one, is registered with IAM Roles Anywhere "
            "as a trust anchor.",
            "A trust anchor is a reference to either AWS Private CA or an external CA "
            "certificate; it establishes trust between your PKI and IAM Roles Anywhere.",
            RA_INTRO,
        ),
        Claim(
            "same-roles",
            "Workloads outside AWS can use the same IAM roles and policies as the company's "
            "applications that run in AWS.",
            "Your workloads can use the same IAM policies and IAM roles that you use with AWS "
            "applications to access AWS resources.",
            RA_INTRO,
        ),
        Claim(
            "replaces-keys",
            "With IAM Roles Anywhere, servers outside AWS need no long-term access keys handed "
            "out and managed.",
            "Instead of creating, distributing and managing long-term access keys, AWS points "
            "non-AWS workloads to IAM Roles Anywhere.",
            IAM_NON_AWS,
        ),
        Claim(
            "profile",
            "A profile names the roles IAM Roles Anywhere may assume and can limit what the "
            "credentials allow.",
            "You create a profile to specify which roles IAM Roles Anywhere assumes and what "
            "your workloads can do with the temporary credentials.",
            RA_INTRO,
        ),
    ),
    false=(
        Claim(
            "for-people",
            "IAM Roles Anywhere gives employees single sign-on to the AWS Management Console "
            "from any location.",
            "It is for workloads such as servers, containers and applications outside AWS; "
            "single sign-on for people is what IAM Identity Center provides.",
            RA_INTRO,
        ),
        Claim(
            "long-term-keys",
            "IAM Roles Anywhere issues each registered server its own long-term access key pair "
            "to keep on disk.",
            "It delivers an IAM role's temporary credentials, so no long-term access keys are "
            "created or distributed.",
            IAM_NON_AWS,
            negates="replaces-keys",
        ),
        Claim(
            "oidc-tokens",
            "IAM Roles Anywhere exchanges the OpenID Connect tokens of GitHub Actions for "
            "temporary AWS credentials.",
            "IAM Roles Anywhere authenticates X.509 certificates; trusting OIDC tokens, as from "
            "GitHub Actions, is the job of an IAM OIDC identity provider.",
            IAM_PROVIDERS,
        ),
        Claim(
            "ec2-instances",
            "IAM Roles Anywhere is how applications on Amazon EC2 instances receive the "
            "credentials of their role.",
            "It serves workloads outside AWS; an application on EC2 reads its role's "
            "credentials from the instance metadata.",
            EC2_METADATA_CREDENTIALS,
        ),
        Claim(
            "special-roles",
            "Workloads using IAM Roles Anywhere need a separate kind of role whose policies "
            "work only outside AWS.",
            "They use ordinary IAM roles and policies, the same ones as applications in AWS; "
            "the role only has to trust the IAM Roles Anywhere service.",
            RA_INTRO,
            negates="same-roles",
        ),
        Claim(
            "creates-iam-users",
            "IAM Roles Anywhere creates an IAM user, with a password, for every certificate "
            "that it accepts.",
            "A workload that authenticates receives temporary credentials for an IAM role; no "
            "IAM users are involved.",
            RA_INTRO,
        ),
    ),
    scenarios=(
        Scenario(
            "on-prem-certificates",
            "let applications on its on-premises servers, which hold certificates from its own "
            "certificate authority, call AWS APIs",
            "IAM Roles Anywhere exchanges those X.509 certificates for a role's temporary "
            "credentials; OIDC federation needs tokens from an OIDC provider, and Cognito "
            "serves app users.",
            constraint="without long-term access keys on the servers",
        ),
        Scenario(
            "private-ca-containers",
            "give containers in its own data center a role's temporary credentials, each "
            "proving its identity with an AWS Private CA certificate",
            "A trust anchor can reference AWS Private CA, and workloads holding its "
            "certificates get temporary credentials for the roles in a profile.",
        ),
        Scenario(
            "colocation-backup",
            "let a backup job in a colocation facility write to Amazon S3 through its existing "
            "public key infrastructure",
            "IAM Roles Anywhere trusts the company's CA as a trust anchor and gives the servers "
            "a role's temporary credentials instead of an IAM user's keys.",
            constraint="instead of an IAM user's access keys",
            reference=IAM_NON_AWS,
        ),
    ),
    practices=(
        Practice(
            "on-prem-keys",
            "An on-premises reporting server reads an IAM user's access keys from a "
            "configuration file to upload files to Amazon S3. The company's certificate "
            "authority already issues a certificate to every server.",
            "Which change does AWS recommend?",
            Option(
                "Register the company's CA in IAM Roles Anywhere so the server gets role "
                "credentials.",
                "AWS points workloads outside AWS to IAM Roles Anywhere instead of creating, "
                "distributing and managing long-term access keys.",
            ),
            (
                Option(
                    "Rotate the IAM user's access keys every 30 days with a script scheduled "
                    "on the server.",
                    "Rotated keys are still long-term credentials kept on the server.",
                ),
                Option(
                    "Attach an instance profile with an S3 role to the on-premises reporting "
                    "server.",
                    "Instance profiles pass roles to Amazon EC2 instances; a server outside AWS "
                    "cannot use one.",
                ),
                Option(
                    "Create an IAM Identity Center user for the server and have it sign in to "
                    "the AWS access portal.",
                    "IAM Identity Center signs in people interactively; a server proves its "
                    "identity with its certificate through IAM Roles Anywhere.",
                ),
            ),
            IAM_NON_AWS,
        ),
    ),
    near=(
        "oidc-federation",
        "cognito-identity-pools",
        "sts",
        "credentials-secrets:access-keys",
        "credentials-secrets:temporary-credentials",
        "users-vs-roles:role",
    ),
)


TOPIC = Topic(
    id="workforce-identity",
    title="Workforce identity and federation",
    concepts=(
        IDENTITY_CENTER,
        PERMISSION_SETS,
        IDENTITY_SOURCES,
        ACCESS_PORTAL,
        IDENTITY_CENTER_MFA,
        SAML_FEDERATION,
        OIDC_FEDERATION,
        STS,
        CROSS_ACCOUNT_ROLE,
        ROLES_ANYWHERE,
        COGNITO_USER_POOLS_CONCEPT,
        COGNITO_IDENTITY_POOLS_CONCEPT,
        DIRECTORY_SERVICE,
    ),
)
