"""AWS Organizations and multi-account access: the organization, SCPs, RCPs, centralized root
access for member accounts and AWS Control Tower, as AWS documents them now.

This topic owns the SCP and RCP concepts (cards organizations:scp and organizations:rcp); the
policy-types topic refers to them. Root-only tasks in a standalone account, IAM Identity Center
and permissions boundaries belong to other topics and are only named in ``near``.

Facts checked against the current pages (2025/2026 wording):
- RCPs: AWS's "List of AWS services that support RCPs" has grown well beyond the five launch
  services (S3, STS, KMS, SQS, Secrets Manager), so no claim here says "only these five".
- Centralized root access: the privileged tasks are the four id_root-user-privileged-task.html
  lists (delete a misconfigured S3 bucket policy or SQS queue policy, delete or reenable a
  member account's root user credentials).
- "SCPs don't affect service-linked roles" is left out: no current AWS page stating it could
  be found (only old copies and third-party notes).
"""

from quizzes.catalogues.concepts import Claim, Concept, Option, Practice, Scenario, Topic

NOTE = "management-Organizations"

_ORGS = "https://docs.aws.amazon.com/organizations/latest/userguide/"
ORGS_CONCEPTS_URL = _ORGS + "orgs_getting-started_concepts.html"
INVITES_URL = _ORGS + "orgs_manage_accounts_invites.html"
CREATE_ACCOUNT_URL = _ORGS + "orgs_manage_accounts_create.html"
INVITED_ROLE_URL = _ORGS + "orgs_manage_accounts_create-cross-account-role.html"
DELEGATED_ADMIN_URL = _ORGS + "orgs_integrate_delegated_admin.html"
MEMBER_BEST_PRACTICES_URL = _ORGS + "best-practices_member-acct.html"
AUTHORIZATION_POLICIES_URL = _ORGS + "orgs_manage_policies_authorization_policies.html"
SCP_URL = _ORGS + "orgs_manage_policies_scps.html"
SCP_EVALUATION_URL = _ORGS + "orgs_manage_policies_scps_evaluation.html"
RCP_URL = _ORGS + "orgs_manage_policies_rcps.html"
RCP_SYNTAX_URL = _ORGS + "orgs_manage_policies_rcps_syntax.html"
RCP_EVALUATION_URL = _ORGS + "orgs_manage_policies_rcps_evaluation.html"
CREATE_ORGANIZATION_URL = (
    "https://docs.aws.amazon.com/organizations/latest/APIReference/API_CreateOrganization.html"
)
CLOSE_ACCOUNT_URL = (
    "https://docs.aws.amazon.com/organizations/latest/APIReference/API_CloseAccount.html"
)
SRA_MANAGEMENT_ACCOUNT_URL = (
    "https://docs.aws.amazon.com/prescriptive-guidance/latest/security-reference-architecture/"
    "management-account.html"
)
CONSOLIDATED_BILLING_URL = (
    "https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/con-bill-blended-rates.html"
)
PRIMARY_EMAIL_URL = (
    "https://docs.aws.amazon.com/accounts/latest/reference/API_StartPrimaryEmailUpdate.html"
)
ROOT_PRIVILEGED_TASK_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user-privileged-task.html"
)
ROOT_CREDENTIALS_MANAGEMENT_URL = (
    "https://docs.aws.amazon.com/IAM/latest/APIReference/"
    "API_EnableOrganizationsRootCredentialsManagement.html"
)
ASSUME_ROOT_URL = "https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoot.html"
CONTROL_TOWER_URL = (
    "https://docs.aws.amazon.com/controltower/latest/userguide/what-is-control-tower.html"
)
CONTROL_TOWER_CONTROLS_URL = (
    "https://docs.aws.amazon.com/controltower/latest/userguide/how-controls-work.html"
)
CONTROL_TOWER_OUS_URL = (
    "https://docs.aws.amazon.com/whitepapers/latest/organizing-your-aws-environment/"
    "how-does-aws-control-tower-establish-your-multi-account-environment.html"
)

# "Managing organization policies": policies need all features; authorization policies (SCPs,
# RCPs) and management policies, among them backup policies ("centrally manage and apply backup
# plans to the AWS resources across your organization's accounts") and tag policies ("standardize
# the tags attached to the AWS resources in your organization's accounts"). Its table: SCPs
# don't affect the management account; backup and tag policies do.
POLICIES_URL = _ORGS + "orgs_manage_policies.html"
# "Tag policies": keep tags consistent, including the case treatment of keys and values; with
# enforcement, noncompliant tagging requests on specified resource types are prevented.
TAG_POLICIES_URL = _ORGS + "orgs_manage_policies_tag-policies.html"
# Tag Editor, "AWS Organizations tag policies": finding and correcting noncompliant tags is done
# in the Tag Editor console. "Evaluating compliance for an account": the effective tag policy
# aggregates inherited policies and the one attached to the account; a policy on the root
# applies to all accounts, one on an OU to the accounts and OUs in it.
TAG_EDITOR_POLICIES_URL = (
    "https://docs.aws.amazon.com/tag-editor/latest/userguide/tag-policies-orgs.html"
)
TAG_COMPLIANCE_URL = (
    "https://docs.aws.amazon.com/tag-editor/latest/userguide/"
    "tag-policies-orgs-finding-noncompliant-tags.html"
)
# "Backup policies": combine an AWS Backup plan, the resources and an IAM role that lets AWS
# Backup act into JSON; attach to the root, OUs or accounts; inheritance gives each account an
# effective backup policy; e.g. the root requires all DynamoDB tables backed up and OUs override
# the frequency (Developers weekly, Production daily).
BACKUP_POLICIES_URL = _ORGS + "orgs_manage_policies_backup.html"
# "What is AWS Resource Access Manager?": share resources across accounts, within the
# organization or OUs, and with IAM roles and users for supported types; create a resource once
# and share it; also with specific accounts by ID whether or not they are in an organization.
RAM_URL = "https://docs.aws.amazon.com/ram/latest/userguide/what-is.html"
# "Sharing your AWS resources": sharing doesn't change the owner's permissions or quotas; AWS RAM
# is Regional; sharing with the organization must first be enabled, only by the management
# account, with all features; inside the organization AWS RAM sends no invitations.
RAM_SHARING_URL = "https://docs.aws.amazon.com/ram/latest/userguide/getting-started-sharing.html"
# "Getting started with AWS RAM": principals shared with as if external accounts receive an
# invitation to join the resource share and must accept it.
RAM_GETTING_STARTED_URL = "https://docs.aws.amazon.com/ram/latest/userguide/getting-started.html"
# "Share your VPC subnets": the VPC owner shares subnets with participant accounts in the same
# organization, which create their resources (EC2, RDS, Lambda...) in them.
VPC_SHARING_URL = "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-sharing.html"
# "Transit gateway sharing considerations": AWS RAM shares a transit gateway for VPC attachments
# across accounts or across the organization; an account it is shared with can accept or reject
# the resource share invitation.
TGW_SHARING_URL = "https://docs.aws.amazon.com/vpc/latest/tgw/transit-gateway-share.html"

ORGANIZATIONS = Concept(
    id="organizations",
    name="AWS Organizations",
    kind="service",
    subject="AWS Organizations",
    purpose=(
        "AWS Organizations manages many AWS accounts centrally as one organization: it groups "
        "them into OUs under a root, applies policies such as SCPs to them, and pays their "
        "bills through consolidated billing."
    ),
    heading=f"{NOTE}#organizations",
    reference=ORGS_CONCEPTS_URL,
    task="2.3",
    true=(
        Claim(
            "one-management-account",
            "An organization has one management account and zero or more member accounts.",
            "AWS defines an organization as one management account along with zero or more "
            "member accounts.",
            ORGS_CONCEPTS_URL,
        ),
        Claim(
            "single-root",
            "An organization has a single root, the parent container of all its accounts.",
            "The root is the parent container for all the accounts; currently an organization "
            "can have only one root, which AWS creates with the organization.",
            ORGS_CONCEPTS_URL,
        ),
        Claim(
            "root-policy-everywhere",
            "A policy attached to the organization's root applies to every OU and account in it.",
            "AWS: if you apply a policy to the root, it applies to all OUs and accounts in the "
            "organization.",
            ORGS_CONCEPTS_URL,
        ),
        Claim(
            "one-organization-per-account",
            "An AWS account can be a member of only one organization at a time.",
            "AWS's Security Reference Architecture states that an AWS account can be a member "
            "of only one organization at a time.",
            SRA_MANAGEMENT_ACCOUNT_URL,
        ),
        Claim(
            "all-features-default",
            "A new organization has all features enabled by default, with SCPs enabled in "
            "its root.",
            "CreateOrganization creates the organization with all features enabled by default, "
            "and service control policies are automatically enabled in the root.",
            CREATE_ORGANIZATION_URL,
        ),
        Claim(
            "created-account-role",
            "A member account created in the organization gets a role for the management "
            "account's admins.",
            "Organizations creates OrganizationAccountAccessRole in a created member account, "
            "giving the management account's users and roles full administrative control.",
            CREATE_ACCOUNT_URL,
        ),
        Claim(
            "create-or-invite",
            "Accounts join an organization either by being created in it or by accepting "
            "an invitation.",
            "The management account can create member accounts in the organization or invite "
            "existing AWS accounts, whose owners accept or decline.",
            INVITES_URL,
        ),
    ),
    false=(
        Claim(
            "many-organizations",
            "An AWS account can belong to several organizations at once, one per department.",
            "An AWS account can be a member of only one organization at a time; departments "
            "are modelled with OUs inside one organization.",
            SRA_MANAGEMENT_ACCOUNT_URL,
            negates="one-organization-per-account",
        ),
        Claim(
            "root-per-region",
            "An organization has one root in each AWS Region where its accounts run workloads.",
            "An organization has only one root, the parent container of all its accounts; it "
            "is not tied to Regions.",
            ORGS_CONCEPTS_URL,
            negates="single-root",
        ),
        Claim(
            "root-policy-direct-only",
            "A policy attached to the root affects only accounts placed directly under the root.",
            "A policy attached to the root applies to all OUs and accounts in the organization, "
            "not only to the accounts directly under it.",
            ORGS_CONCEPTS_URL,
            negates="root-policy-everywhere",
        ),
        Claim(
            "billing-only-scps",
            "An organization with only the consolidated billing feature set can still use SCPs.",
            "With the CONSOLIDATED_BILLING feature set no policy types are enabled and you "
            "can't use organization policies; SCPs need all features.",
            CREATE_ORGANIZATION_URL,
        ),
        Claim(
            "users-merged",
            "Accounts that join an organization give up their own IAM users and use the "
            "management account's users.",
            "An account in an organization is still a standard AWS account that contains its "
            "own resources and the identities that can access them.",
            ORGS_CONCEPTS_URL,
        ),
        Claim(
            "invited-get-role",
            "An invited account automatically gets the same administrator role as a created "
            "account.",
            "Invited member accounts do not get OrganizationAccountAccessRole automatically; "
            "you create it manually in the invited account.",
            INVITED_ROLE_URL,
        ),
        Claim(
            "recreate-to-join",
            "Existing AWS accounts can't join an organization; only accounts created in it can.",
            "The management account can invite existing AWS accounts to join; the account's "
            "owner accepts or declines the invitation.",
            INVITES_URL,
            negates="create-or-invite",
        ),
    ),
    scenarios=(
        Scenario(
            "one-bill",
            "receive a single bill for its 15 AWS accounts and combine their usage to reach "
            "lower pricing tiers sooner",
            "Consolidated billing in AWS Organizations has the management account pay for all "
            "member accounts and combines their usage, so volume pricing tiers are reached "
            "sooner. Control Tower builds on Organizations; the billing feature is "
            "Organizations' own.",
            reference=CONSOLIDATED_BILLING_URL,
        ),
        Scenario(
            "share-reservations",
            "let unused Reserved Instance reservations bought in one AWS account apply to "
            "instance usage in its other accounts",
            "With consolidated billing in AWS Organizations, unused reservations from one "
            "account can apply to another account's instance usage.",
            reference=CONSOLIDATED_BILLING_URL,
        ),
        Scenario(
            "group-by-department",
            "group its 30 AWS accounts by department in a hierarchy and attach its own JSON "
            "policies to all of a department's accounts at once",
            "AWS Organizations groups accounts into organizational units under a root; a "
            "policy attached to an OU flows down to every account beneath it.",
        ),
        Scenario(
            "bring-in-acquired-account",
            "bring the existing AWS account of a company it acquired into its multi-account "
            "structure and pay that account's charges from its main payer account",
            "AWS Organizations can invite an existing AWS account to join; once its owner "
            "accepts, the management account pays its charges.",
            reference=INVITES_URL,
        ),
    ),
    practices=(
        Practice(
            "team-accounts",
            "A company gives each new team its own AWS account. Central administrators must be "
            "able to manage every new account from the start, and the company pays all bills.",
            "What should the company do?",
            Option(
                "Create each team's account from the management account in AWS Organizations.",
                "A created member account is paid for by the management account and gets "
                "OrganizationAccountAccessRole, which the management account's admins can use.",
            ),
            (
                Option(
                    "Have each team open a standalone account, then invite it and rely on the "
                    "admin role being added.",
                    "Invited accounts don't get OrganizationAccountAccessRole automatically; it "
                    "has to be created by hand in each invited account.",
                ),
                Option(
                    "Have each team open a standalone account and send its root password to the "
                    "central admins.",
                    "Standalone accounts pay their own bills, and sharing root user credentials "
                    "goes against AWS's root user best practices.",
                ),
                Option(
                    "Create IAM users for every team in the management account instead of team "
                    "accounts.",
                    "The teams need their own accounts, and AWS recommends keeping workloads "
                    "out of the management account.",
                ),
            ),
            CREATE_ACCOUNT_URL,
        ),
    ),
    # Five neighbours of the same kind, so that a scenario's options never fall back on an
    # unrelated concept of another topic drawn at random.
    near=(
        "control-tower",
        "centralized-root-access",
        "ram",
        "workforce-identity:identity-center",
        "monitoring:trusted-advisor",
    ),
)

ORGANIZATIONAL_UNITS = Concept(
    id="organizational-units",
    name="An organizational unit (OU)",
    kind="",
    subject="organizational units (OUs) in AWS Organizations",
    purpose=(
        "An OU is a container for AWS accounts within an organization's root; OUs can nest, and "
        "a policy attached to an OU flows down to every account beneath it."
    ),
    heading=f"{NOTE}#organizations#organizational units",
    reference=ORGS_CONCEPTS_URL,
    task="2.3",
    true=(
        Claim(
            "container-for-accounts",
            "An OU is a container for AWS accounts, placed under the root or under another OU.",
            "AWS defines an organizational unit as a container for accounts within a root.",
            ORGS_CONCEPTS_URL,
        ),
        Claim(
            "nested",
            "An OU can contain other OUs, forming a hierarchy below the root.",
            "An OU can also contain other OUs, so you can build a hierarchy like an upside-down "
            "tree with the root at the top.",
            ORGS_CONCEPTS_URL,
        ),
        Claim(
            "policy-flows-down",
            "A policy attached to an OU affects the accounts in that OU and in all OUs below it.",
            "When you attach a policy to a node of the hierarchy, it flows down and affects all "
            "the branches (OUs) and leaves (accounts) beneath it.",
            ORGS_CONCEPTS_URL,
        ),
        Claim(
            "one-parent",
            "Each OU has exactly one parent, which is the root or another OU.",
            "AWS: an OU can have exactly one parent.",
            ORGS_CONCEPTS_URL,
        ),
        Claim(
            "account-in-one-ou",
            "An account sits either directly under the root or in exactly one OU.",
            "Each account can be directly in the root or placed in one of the OUs; an account "
            "can be a member of exactly one OU.",
            ORGS_CONCEPTS_URL,
        ),
    ),
    false=(
        Claim(
            "two-parents",
            "An OU can have two parent OUs so that it inherits the policies of both.",
            "An OU can have exactly one parent: the root or one other OU.",
            ORGS_CONCEPTS_URL,
            negates="one-parent",
        ),
        Claim(
            "account-in-two-ous",
            "An account can sit in two OUs at once to receive the policies of both OUs.",
            "An account can be a member of exactly one OU, or sit directly under the root.",
            ORGS_CONCEPTS_URL,
            negates="account-in-one-ou",
        ),
        Claim(
            "policy-not-inherited",
            "A policy attached to an OU affects only the accounts directly in it, not child OUs.",
            "A policy attached to an OU flows down to all the OUs and accounts beneath it.",
            ORGS_CONCEPTS_URL,
            negates="policy-flows-down",
        ),
        Claim(
            "groups-users",
            "An OU groups IAM users from different accounts so that one policy covers them.",
            "OUs contain AWS accounts, not IAM users; IAM groups collect users within a single "
            "account.",
            ORGS_CONCEPTS_URL,
        ),
        Claim(
            "ou-payer",
            "Each OU has its own payer account that pays for the accounts placed in that OU.",
            "An organization has one management account, which pays all charges of the member "
            "accounts; OUs are only containers for accounts.",
            CONSOLIDATED_BILLING_URL,
        ),
    ),
    practices=(
        Practice(
            "separate-guardrails",
            "A company with AWS Organizations wants its production accounts and its development "
            "accounts to get different guardrails, including accounts it adds later.",
            "What should the company do?",
            Option(
                "Place the accounts in a production OU and a development OU and attach each "
                "set of policies to its OU.",
                "A policy attached to an OU flows down to every account in it, including "
                "accounts moved or created there later.",
            ),
            (
                Option(
                    "Attach the production guardrails to the organization root so that they "
                    "apply to the production accounts only.",
                    "A policy on the root applies to every OU and account in the organization, "
                    "development accounts included.",
                ),
                Option(
                    "Create an IAM group for each environment in the management account and add "
                    "the accounts to the groups.",
                    "IAM groups hold IAM users of one account; AWS accounts are grouped with OUs.",
                ),
                Option(
                    "Put each development account in both OUs so that it can use the production "
                    "guardrails when it needs them.",
                    "An account can be a member of exactly one OU.",
                ),
                Option(
                    "Create a second organization for the development accounts and keep both "
                    "under the same management account.",
                    "An account can be a member of only one organization at a time, and an "
                    "organization has its own single management account.",
                ),
            ),
            ORGS_CONCEPTS_URL,
        ),
    ),
)

MANAGEMENT_ACCOUNT = Concept(
    id="management-account",
    name="The management account",
    kind="",
    subject="the management account of an organization",
    purpose=(
        "The management account creates the organization, pays the member accounts' charges "
        "and administers the organization; SCPs and RCPs do not restrict it, so AWS recommends "
        "keeping workloads out of it."
    ),
    heading=f"{NOTE}#organizations#management account",
    reference=ORGS_CONCEPTS_URL,
    task="2.3",
    true=(
        Claim(
            "creates-organization",
            "The management account is the account that was used to create the organization.",
            "The account whose user calls CreateOrganization automatically becomes the "
            "management account of the new organization.",
            CREATE_ORGANIZATION_URL,
        ),
        Claim(
            "pays-all",
            "The management account pays all the charges incurred by the member accounts.",
            "Within an organization, the management account pays all charges incurred by the "
            "member accounts.",
            CONSOLIDATED_BILLING_URL,
        ),
        Claim(
            "scps-do-not-restrict",
            "SCPs do not restrict the users and roles in the management account.",
            "AWS: security features like SCPs do not restrict users or roles in the management "
            "account, which is why it recommends keeping resources out of it.",
            DELEGATED_ADMIN_URL,
        ),
        Claim(
            "only-sender-of-invitations",
            "Only the management account can invite other AWS accounts to join the organization.",
            "You can send an invitation to other accounts only from the management account of "
            "your organization.",
            INVITES_URL,
        ),
        Claim(
            "closes-members",
            "With all features enabled, the management account can close a member account.",
            "CloseAccount closes a member account when all features are enabled; it can't "
            "close the management account itself.",
            CLOSE_ACCOUNT_URL,
        ),
        Claim(
            "cannot-switch",
            "An organization's management account can't be switched to a different account.",
            "AWS's Security Reference Architecture: you cannot switch an AWS organization's "
            "management account.",
            SRA_MANAGEMENT_ACCOUNT_URL,
        ),
        Claim(
            "member-root-email",
            "The management account can start changing a member account's root user email address.",
            "StartPrimaryEmailUpdate can be called from the management account (or the "
            "delegated administrator for Account Management) for a member account.",
            PRIMARY_EMAIL_URL,
        ),
    ),
    false=(
        Claim(
            "scps-restrict",
            "SCPs attached to the root restrict the management account's users and roles too.",
            "SCPs don't affect users or roles in the management account; they affect only "
            "member accounts.",
            SCP_URL,
            negates="scps-do-not-restrict",
        ),
        Claim(
            "run-workloads-there",
            "AWS recommends running production workloads in the management account.",
            "AWS recommends using the management account only for tasks that must be done "
            "there and keeping resources in member accounts.",
            DELEGATED_ADMIN_URL,
        ),
        Claim(
            "members-invite",
            "Any member account can invite other AWS accounts to join the organization.",
            "Invitations can be sent only from the management account.",
            INVITES_URL,
            negates="only-sender-of-invitations",
        ),
        Claim(
            "promote-member",
            "A member account can be promoted to management account when the old one is retired.",
            "You cannot switch an organization's management account to another account.",
            SRA_MANAGEMENT_ACCOUNT_URL,
            negates="cannot-switch",
        ),
        Claim(
            "members-pay-own",
            "Each member account pays its own bill; the management account only sees a summary.",
            "The management account pays all charges incurred by the member accounts.",
            CONSOLIDATED_BILLING_URL,
            negates="pays-all",
        ),
        Claim(
            "closes-itself",
            "The management account can close itself with the same CloseAccount operation it "
            "uses for members.",
            "CloseAccount closes member accounts only: you can't close the management account "
            "with this API.",
            CLOSE_ACCOUNT_URL,
        ),
    ),
    practices=(
        Practice(
            "workloads-in-management",
            "A company's production web application runs in its management account, and the "
            "security team notices that the organization's SCPs have no effect on it.",
            "What should the company do?",
            Option(
                "Move the workloads into member accounts and keep the management account for "
                "organization tasks.",
                "SCPs don't restrict the management account, so AWS recommends keeping "
                "resources in member accounts, where the guardrails apply.",
            ),
            (
                Option(
                    "Attach the guardrail SCPs directly to the management account so that they "
                    "apply to its workloads.",
                    "SCPs don't affect users or roles in the management account, wherever they "
                    "are attached.",
                ),
                Option(
                    "Move the management account into the production OU, where the guardrail SCPs "
                    "are attached.",
                    "An SCP attached to an OU still has no effect on the management account's "
                    "users and roles.",
                ),
                Option(
                    "Make another account the management account so that the workloads become "
                    "subject to the SCPs.",
                    "An organization's management account can't be switched to another account.",
                ),
            ),
            DELEGATED_ADMIN_URL,
        ),
    ),
)

CONSOLIDATED_BILLING = Concept(
    id="consolidated-billing",
    name="Consolidated billing",
    kind="",
    subject="consolidated billing",
    purpose=(
        "Consolidated billing has the management account pay for every member account, "
        "combines their usage for pricing tiers and shares reservations, while each member's "
        "charges stay visible."
    ),
    heading=f"{NOTE}#organizations#consolidated billing",
    reference=CONSOLIDATED_BILLING_URL,
    # Consolidated billing is Domain 4 of the exam guide; it is here because it is what the
    # management account is for, and the bank's TASKS cover Domain 2 only.
    task="2.2",
    true=(
        Claim(
            "combined-tiers",
            "It combines the usage of all the accounts, so the organization reaches lower "
            "pricing tiers sooner.",
            "Consolidated billing combines the usage from multiple accounts into one bill so "
            "you reach the lower-priced tiers more quickly.",
            CONSOLIDATED_BILLING_URL,
        ),
        Claim(
            "shared-reservations",
            "Unused reservations bought in one account can apply to instance usage in another.",
            "With consolidated billing you can apply the unused reservations of one account to "
            "the instance usage of another account.",
            CONSOLIDATED_BILLING_URL,
        ),
        Claim(
            "per-account-view",
            "The charges incurred by each member account remain visible separately.",
            "AWS produces a bill for each member account based on its usage, and the management "
            "account's bill summarizes each account's charges.",
            CONSOLIDATED_BILLING_URL,
        ),
        Claim(
            "management-pays",
            "The management account pays the charges incurred by every member account.",
            "Within an organization, the management account pays all charges incurred by the "
            "member accounts.",
            CONSOLIDATED_BILLING_URL,
        ),
        Claim(
            "billing-only-no-policies",
            "An organization that hasn't enabled all features can't use SCPs or other "
            "organization policies.",
            "With the CONSOLIDATED_BILLING feature set no policy types are enabled and you "
            "can't use organization policies.",
            CREATE_ORGANIZATION_URL,
        ),
    ),
    false=(
        Claim(
            "tiers-per-account",
            "Each account's usage is still priced on its own, so pricing tiers are per account.",
            "Consolidated billing combines the usage of all accounts so the organization "
            "reaches the lower-priced tiers more quickly.",
            CONSOLIDATED_BILLING_URL,
            negates="combined-tiers",
        ),
        Claim(
            "reservations-not-shared",
            "A reservation bought in one member account can benefit only that member account.",
            "Unused reservations of one account can apply to the instance usage of another "
            "account in the organization.",
            CONSOLIDATED_BILLING_URL,
            negates="shared-reservations",
        ),
        Claim(
            "hides-members",
            "It shows one total, so no one can see which member account incurred which charge.",
            "AWS produces a bill for each member account, and the management account's bill "
            "includes a summary of each account's charges.",
            CONSOLIDATED_BILLING_URL,
            negates="per-account-view",
        ),
        Claim(
            "needs-own-payment",
            "Each member account keeps paying its own share with its own payment method.",
            "The management account pays all charges incurred by the member accounts.",
            CONSOLIDATED_BILLING_URL,
            negates="management-pays",
        ),
        Claim(
            "enables-scps",
            "Creating an organization without all features still enables SCPs in its root.",
            "SCPs are enabled automatically only with all features; the consolidated billing "
            "feature set enables no policy types.",
            CREATE_ORGANIZATION_URL,
            negates="billing-only-no-policies",
        ),
    ),
    practices=(
        Practice(
            "five-standalone-accounts",
            "A company has five standalone AWS accounts, each paying its own bill, and wants one "
            "bill and the lower prices of their combined usage.",
            "What should the company do?",
            Option(
                "Create an organization in one account and invite the other four accounts to "
                "join it.",
                "Once the accounts join, the management account pays for all of them and "
                "their combined usage reaches lower pricing tiers sooner.",
            ),
            (
                Option(
                    "Register the same credit card as the payment method in all five accounts.",
                    "Each standalone account still gets its own bill and its usage is priced "
                    "alone; only consolidated billing combines them.",
                ),
                Option(
                    "Set up IAM Identity Center so that staff sign in to the five accounts with "
                    "one identity.",
                    "Identity Center centralizes sign-in, not billing; the accounts stay "
                    "separate payers.",
                ),
                Option(
                    "Create an IAM role in each account that the finance team assumes to pay "
                    "each bill.",
                    "Roles change who can pay, not how usage is priced; the five bills stay "
                    "separate.",
                ),
            ),
            INVITES_URL,
        ),
    ),
)

DELEGATED_ADMIN = Concept(
    id="delegated-admin",
    name="A delegated administrator account",
    kind="",
    subject="delegated administrators in AWS Organizations",
    purpose=(
        "A delegated administrator is a member account registered to manage one AWS service "
        "for the whole organization, so the management account is used less."
    ),
    heading=f"{NOTE}#organizations#delegated administrators",
    reference=DELEGATED_ADMIN_URL,
    task="2.3",
    true=(
        Claim(
            "member-registered",
            "A delegated administrator is a member account registered to manage a service "
            "for the organization.",
            "Services that integrate with Organizations let you register member accounts as "
            "administrators for all of the organization's accounts in that service.",
            DELEGATED_ADMIN_URL,
        ),
        Claim(
            "reduces-management-use",
            "Registering a delegated administrator reduces how often the management account "
            "is used.",
            "AWS recommends using the management account only for tasks that need it; "
            "delegated administrators let you reduce its use.",
            DELEGATED_ADMIN_URL,
        ),
        Claim(
            "org-read-only",
            "A delegated administrator also gets read-only permissions for AWS Organizations.",
            "Registering a member account as a delegated administrator gives it some "
            "administrative permissions for that service and Organizations read-only actions.",
            DELEGATED_ADMIN_URL,
        ),
        Claim(
            "rcps-still-apply",
            "RCPs still restrict the resources of a member account that is a delegated "
            "administrator.",
            "RCPs affect resources in member accounts, including member accounts designated as "
            "delegated administrators.",
            RCP_URL,
        ),
        Claim(
            "iam-delegate-assume-root",
            "The delegated administrator for IAM can run privileged root tasks on member accounts.",
            "AssumeRoot must be called with credentials from the management account or the "
            "delegated administrator account for IAM.",
            ASSUME_ROOT_URL,
        ),
    ),
    false=(
        Claim(
            "full-org-admin",
            "A delegated administrator gets the same full control of the organization as the "
            "management account.",
            "A delegated administrator gets some administrative permissions for its service "
            "and read-only Organizations permissions, not the management account's control.",
            DELEGATED_ADMIN_URL,
        ),
        Claim(
            "management-only",
            "Only the management account itself can be registered as a delegated administrator.",
            "Delegated administrators are member accounts registered so that the management "
            "account is used less.",
            DELEGATED_ADMIN_URL,
            negates="member-registered",
        ),
        Claim(
            "exempt-from-rcps",
            "Because it administers a service, a delegated administrator is exempt from RCPs.",
            "RCPs apply to member accounts designated as delegated administrators; only the "
            "management account is outside them.",
            RCP_URL,
            negates="rcps-still-apply",
        ),
        Claim(
            "takes-billing",
            "Registering a delegated administrator moves the organization's bill to that account.",
            "The management account keeps paying all the member accounts' charges; delegation "
            "concerns a service's administration.",
            CONSOLIDATED_BILLING_URL,
        ),
        Claim(
            "outside-account",
            "A delegated administrator must be an account outside the organization, such as "
            "an auditor's.",
            "Delegated administrators are member accounts of the organization.",
            DELEGATED_ADMIN_URL,
        ),
    ),
    practices=(
        Practice(
            "security-team-service",
            "A security team administers an AWS security service for every account from the "
            "organization's management account. The service supports delegated administration.",
            "What should the company do?",
            Option(
                "Register the security team's member account as the delegated administrator "
                "for that service.",
                "A delegated administrator manages the service for all accounts, so the "
                "management account is used only for tasks that need it.",
            ),
            (
                Option(
                    "Create IAM users for the security team in the management account with that "
                    "service's permissions.",
                    "That keeps the daily work in the management account, which AWS recommends "
                    "using as little as possible.",
                ),
                Option(
                    "Move the management account into a security OU so that security SCPs "
                    "apply to the team's work.",
                    "SCPs don't restrict users or roles in the management account, in any OU.",
                ),
                Option(
                    "Create a second organization whose management account belongs to the "
                    "security team.",
                    "An account can be in only one organization at a time, so a second "
                    "organization can't administer the first one's accounts.",
                ),
            ),
            DELEGATED_ADMIN_URL,
        ),
    ),
)

SCP = Concept(
    id="scp",
    name="A service control policy (SCP)",
    kind="policy",
    subject="a service control policy (SCP)",
    purpose=(
        "An SCP in AWS Organizations sets the maximum permissions available to the IAM users "
        "and roles in member accounts, including their root users; it grants nothing and does "
        "not affect the management account or principals outside the organization."
    ),
    heading=f"{NOTE}#service control policies",
    reference=SCP_URL,
    task="2.3",
    true=(
        Claim(
            "grants-nothing",
            "An SCP grants no permissions; identity-based or resource-based policies must "
            "still allow the action.",
            "No permissions are granted by an SCP; administrators must still attach "
            "identity-based or resource-based policies to grant them.",
            SCP_URL,
        ),
        Claim(
            "maximum-permissions",
            "SCPs set the maximum permissions available to IAM users and roles in the "
            "accounts they apply to.",
            "SCPs offer central control over the maximum available permissions for the IAM "
            "users and IAM roles in your organization.",
            SCP_URL,
        ),
        Claim(
            "not-management-account",
            "SCPs don't affect users or roles in the organization's management account.",
            "AWS: SCPs don't affect users or roles in the management account; they affect only "
            "the member accounts.",
            SCP_URL,
        ),
        Claim(
            "member-root-user",
            "An SCP can limit what the root user of a member account is able to do.",
            "AWS recommends an SCP attached to the organization root to restrict what the root "
            "user in your member accounts can do.",
            MEMBER_BEST_PRACTICES_URL,
        ),
        Claim(
            "full-aws-access",
            "When SCPs are enabled, AWS Organizations attaches the FullAWSAccess SCP, which "
            "allows all actions.",
            "An action must be allowed at every level from the root to the account, so AWS "
            "attaches the AWS managed FullAWSAccess SCP when you enable SCPs.",
            SCP_EVALUATION_URL,
        ),
        Claim(
            "deny-on-ou",
            "A Deny in an SCP attached to an OU applies to every member account below that OU.",
            "Any SCP from the root through each OU in the direct path to an account can deny a "
            "permission for that account.",
            SCP_EVALUATION_URL,
        ),
    ),
    false=(
        Claim(
            "allow-grants",
            "An SCP that allows s3:* lets every IAM user in the member accounts use Amazon S3.",
            "SCPs grant nothing: the users still need identity-based or resource-based "
            "policies that allow Amazon S3 actions.",
            SCP_URL,
            negates="grants-nothing",
        ),
        Claim(
            "restricts-management",
            "An SCP attached to the root also restricts the management account's users and roles.",
            "SCPs don't affect users or roles in the management account, wherever they are "
            "attached.",
            SCP_URL,
            negates="not-management-account",
        ),
        Claim(
            "root-exempt",
            "SCPs can't restrict the root user of a member account, only its IAM users and roles.",
            "AWS recommends using an SCP precisely to restrict what the root user in member "
            "accounts can do.",
            MEMBER_BEST_PRACTICES_URL,
            negates="member-root-user",
        ),
        Claim(
            "child-overrides-parent",
            "An SCP attached to an account can allow an action that the parent OU's SCPs "
            "don't allow.",
            "A permission must be explicitly allowed at every level from the root to the "
            "account; a missing Allow at the OU denies it.",
            SCP_EVALUATION_URL,
        ),
        Claim(
            "limits-outsiders",
            "SCPs limit what principals outside the organization can do to its resources, "
            "whatever their own policies allow.",
            "SCPs can only affect the effective permissions of principals within the "
            "organization; RCPs address principals outside it.",
            AUTHORIZATION_POLICIES_URL,
        ),
        Claim(
            "billing-only",
            "SCPs are available in organizations that enabled only consolidated billing features.",
            "SCPs are available only in an organization that has all features enabled, not "
            "with the consolidated billing feature set alone.",
            SCP_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "regions-outside-eu",
            "stop every IAM user and role in 40 AWS accounts from working in Regions outside "
            "the EU",
            "An SCP attached to the root or an OU caps what IAM users and roles in the member "
            "accounts below it can do, whatever their own policies allow; a permissions "
            "boundary would have to be attached to each identity, and RCPs govern resources.",
            constraint="from one central place, whatever the accounts' own IAM policies allow",
        ),
        Scenario(
            "cloudtrail-even-root",
            "make sure that no one in its member accounts, not even their root users, can "
            "stop AWS CloudTrail logging",
            "SCPs limit the IAM users and roles of member accounts and can restrict their root "
            "users too; the accounts' own administrators can't override them.",
            reference=MEMBER_BEST_PRACTICES_URL,
        ),
        Scenario(
            "no-large-instances",
            "keep the users and roles in its development accounts from ever launching large "
            "Amazon EC2 instance types",
            "An SCP on the development OU sets the maximum permissions for every user and role "
            "in those accounts, including ones created later, whatever policies the account "
            "administrators attach.",
            constraint="including identities the account administrators create later",
        ),
    ),
    practices=(
        Practice(
            "allow-does-not-grant",
            "An SCP that allows only Amazon S3 and Amazon EC2 actions is attached to a Dev OU. "
            "A developer in a Dev account has no IAM policies and can't list S3 buckets.",
            "What should the administrator do so that the developer can read from Amazon S3?",
            Option(
                "Attach an identity-based policy that allows the S3 read actions to the "
                "developer's IAM user or role.",
                "SCPs only cap permissions; an identity-based (or resource-based) policy must "
                "grant the S3 actions within that cap.",
            ),
            (
                Option(
                    "Add s3:* to the Dev OU's SCP so that the SCP itself grants the developer "
                    "access to Amazon S3.",
                    "An SCP grants no permissions, however broad its Allow statements are.",
                ),
                Option(
                    "Attach the FullAWSAccess SCP directly to the developer's account so that S3 "
                    "is allowed.",
                    "FullAWSAccess only lets permissions pass the SCP filter; it grants nothing "
                    "by itself.",
                ),
                Option(
                    "Move the developer's account directly under the organization root so that "
                    "no OU SCP applies to it.",
                    "Without an identity-based or resource-based policy the developer still has "
                    "no S3 permissions, and the root's SCPs still apply.",
                ),
            ),
            SCP_URL,
        ),
        Practice(
            "test-before-root",
            "A security team has written an SCP that denies leaving the organization and "
            "stopping AWS CloudTrail, and wants to roll it out without locking users out.",
            "What should the team do?",
            Option(
                "Attach the SCP to a test OU, check its effect, then attach it higher in the "
                "organization.",
                "AWS strongly recommends not attaching SCPs to the root without thoroughly "
                "testing their impact, starting with accounts moved into an OU.",
            ),
            (
                Option(
                    "Attach the SCP to the organization root straight away so that every "
                    "account is protected at once.",
                    "AWS strongly recommends against attaching untested SCPs to the root.",
                ),
                Option(
                    "Attach the SCP only to the management account, where the organization's "
                    "trails were created.",
                    "SCPs don't affect users or roles in the management account.",
                ),
                Option(
                    "Detach FullAWSAccess from the root so that the new SCP is the only policy "
                    "that applies.",
                    "Without an Allow at every level, every action in the member accounts would "
                    "be denied.",
                ),
            ),
            SCP_URL,
        ),
    ),
    near=(
        "rcp",
        "policy-types:permissions-boundary",
        "policy-types:session",
        "tag-policies",
        "backup-policies",
    ),
)

RCP = Concept(
    id="rcp",
    name="A resource control policy (RCP)",
    kind="policy",
    subject="a resource control policy (RCP)",
    purpose=(
        "An RCP in AWS Organizations sets the maximum permissions available on resources in "
        "member accounts, whoever asks, including principals outside the organization; it "
        "grants nothing and covers only the services AWS lists as supporting RCPs."
    ),
    heading=f"{NOTE}#resource control policies",
    reference=RCP_URL,
    task="2.3",
    true=(
        Claim(
            "grants-nothing",
            "An RCP grants no permissions; identity-based or resource-based policies must "
            "still allow the access.",
            "No permissions are granted by an RCP; administrators must still attach "
            "identity-based or resource-based policies to grant access.",
            RCP_URL,
        ),
        Claim(
            "maximum-on-resources",
            "RCPs set the maximum permissions available for resources in the member accounts.",
            "RCPs offer central control over the maximum available permissions for resources "
            "in your organization.",
            RCP_URL,
        ),
        Claim(
            "external-principals",
            "RCPs can restrict principals outside the organization that request member "
            "accounts' resources.",
            "AWS: use an RCP to restrict IAM principals external to your organization that "
            "request access to resources in member accounts.",
            RCP_URL,
        ),
        Claim(
            "not-management-account",
            "RCPs don't affect resources in the organization's management account.",
            "RCPs don't affect resources in the management account; they affect only "
            "resources in member accounts.",
            RCP_URL,
        ),
        Claim(
            "supported-services",
            "RCPs apply only to the services AWS lists as supporting them, such as Amazon S3 "
            "and AWS KMS.",
            "The RCP page lists the AWS services whose resources RCPs apply to; S3, STS, KMS, "
            "SQS and Secrets Manager were the first, and the list has grown.",
            RCP_URL,
        ),
        Claim(
            "default-rcp",
            "The RCPFullAWSAccess policy is attached automatically when RCPs are enabled and "
            "can't be detached.",
            "RCPFullAWSAccess is attached to the root, every OU and every account when you "
            "enable RCPs; you cannot detach it, and it grants no access.",
            RCP_EVALUATION_URL,
        ),
    ),
    false=(
        Claim(
            "allow-grants",
            "An RCP that allows s3:GetObject gives partner accounts read access to the buckets.",
            "RCPs grant nothing; a bucket policy or identity-based policy still has to allow "
            "the partner's access.",
            RCP_URL,
            negates="grants-nothing",
        ),
        Claim(
            "insiders-only",
            "RCPs can limit only principals inside the organization, not external ones.",
            "RCPs are the organization policy AWS recommends for restricting principals "
            "external to the organization; SCPs cover only its own principals.",
            RCP_URL,
            negates="external-principals",
        ),
        Claim(
            "restricts-management",
            "RCPs attached to the root also restrict resources in the management account.",
            "RCPs don't affect resources in the management account, only those in member accounts.",
            RCP_URL,
            negates="not-management-account",
        ),
        Claim(
            "every-service",
            "An RCP can restrict the resources of any AWS service; there is no list of "
            "supported services.",
            "RCPs apply only to the resources of the AWS services listed as supporting RCPs.",
            RCP_URL,
            negates="supported-services",
        ),
        Claim(
            "custom-allow",
            "A custom RCP can use Allow statements to open access that a bucket policy doesn't "
            "grant.",
            "The Allow effect is supported only in the AWS managed RCPFullAWSAccess policy, and "
            "no RCP grants access.",
            RCP_SYNTAX_URL,
        ),
        Claim(
            "attached-to-resource",
            "An RCP is attached directly to a single resource, the way a bucket policy is.",
            "RCPs are attached to the organization root, to OUs or to individual accounts, and "
            "apply to the supported resources below them.",
            RCP_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "no-outside-readers",
            "make sure that no identity outside its company's AWS accounts can ever read "
            "objects in the S3 buckets of its member accounts",
            "An RCP caps the permissions available on resources in member accounts for every "
            "requester, including principals outside the organization, whatever each bucket "
            "policy allows. SCPs only affect the organization's own principals.",
            constraint="whatever each bucket's own bucket policy allows",
        ),
        Scenario(
            "https-for-partners",
            "require HTTPS for every request to the S3 buckets in its member accounts, "
            "including requests made by partners' own AWS accounts",
            "An RCP applies to requests for resources in member accounts from any principal, "
            "so it also covers partners' principals, which SCPs can't reach.",
            constraint="from one central place, including buckets created later",
        ),
        Scenario(
            "no-outside-role-assumption",
            "stop principals from other companies' AWS accounts from assuming the IAM roles in "
            "its member accounts, even when a role's trust settings are too broad",
            "AWS STS supports RCPs, so an RCP can deny role assumption by principals outside "
            "the organization, whatever each role's trust policy says.",
        ),
    ),
    practices=(
        Practice(
            "external-bucket-access",
            "A company's SCPs stop its own users from sharing data, but an auditor finds a "
            "bucket policy in a member account that grants access to an external AWS account.",
            "Which action stops access from outside the organization across all member accounts?",
            Option(
                "Attach an RCP that denies access to S3 resources by principals outside the "
                "organization.",
                "RCPs cap access to member accounts' resources for every requester, including "
                "external principals, whatever bucket policies allow.",
            ),
            (
                Option(
                    "Add a Deny for external principals to the SCPs attached to the "
                    "organization root.",
                    "SCPs only affect principals within the organization; an external "
                    "account's users are not subject to them.",
                ),
                Option(
                    "Attach a permissions boundary to every IAM user and role in the member "
                    "accounts.",
                    "Permissions boundaries cap the account's own users and roles, not "
                    "principals of an external account.",
                ),
                Option(
                    "Attach an RCP only to the management account, which administers the "
                    "organization.",
                    "RCPs don't affect resources in the management account, and the bucket is "
                    "in a member account.",
                ),
            ),
            RCP_URL,
        ),
    ),
    near=(
        "scp",
        "policy-types:permissions-boundary",
        "policy-types:resource-based",
        "policy-types:trust",
        "tag-policies",
    ),
)

CENTRAL_ROOT_ACCESS = Concept(
    id="centralized-root-access",
    # The name avoids "member" and "account": scenario goals say them, and the key alone
    # would echo the stem.
    name="Centralized root access in IAM",
    kind="service",
    subject="centralized root access for member accounts",
    purpose=(
        "Centralized root access lets the management account or the IAM delegated "
        "administrator delete member accounts' root user credentials and run a few privileged "
        "root tasks there in short-term sessions (sts:AssumeRoot)."
    ),
    heading=f"{NOTE}#root access for member accounts",
    reference=ROOT_PRIVILEGED_TASK_URL,
    task="2.3",
    true=(
        Claim(
            "delete-credentials",
            "It lets the management account delete the root user credentials of member accounts.",
            "With centralized root access, a privileged session can delete the root user "
            "credentials for a member account.",
            ROOT_PRIVILEGED_TASK_URL,
        ),
        Claim(
            "short-term-sessions",
            "Privileged tasks run in short-term sessions, without signing in as the member's "
            "root user.",
            "Privileged sessions provide temporary credentials scoped to specific privileged "
            "actions, without root user sign-in on the member account.",
            ROOT_PRIVILEGED_TASK_URL,
        ),
        Claim(
            "unlock-bucket",
            "A privileged session can delete a misconfigured S3 bucket policy in a member account.",
            "Deleting a misconfigured Amazon S3 bucket policy is one of the privileged tasks "
            "AWS lists for these sessions.",
            ROOT_PRIVILEGED_TASK_URL,
        ),
        Claim(
            "delegated-admin-too",
            "The IAM delegated administrator account can use it, as the management account can.",
            "AssumeRoot must be called with credentials from the management account or a "
            "delegated administrator account for IAM.",
            ASSUME_ROOT_URL,
        ),
        Claim(
            "needs-organizations",
            "It requires the accounts to be managed in AWS Organizations with trusted access "
            "for IAM.",
            "Before enabling centralized root access you must manage your accounts in AWS "
            "Organizations and enable trusted access for IAM.",
            ROOT_CREDENTIALS_MANAGEMENT_URL,
        ),
        Claim(
            "reenable-recovery",
            "A privileged session can reenable the root user credentials of a member account.",
            "Reenabling root user credentials for a member account is one of the privileged "
            "tasks AWS lists.",
            ROOT_PRIVILEGED_TASK_URL,
        ),
    ),
    false=(
        Claim(
            "root-calls-assume-root",
            "The management account's root user calls sts:AssumeRoot to start a privileged "
            "session.",
            "You must sign in as an IAM user or role with sts:AssumeRoot; root user "
            "credentials cannot call AssumeRoot.",
            ROOT_PRIVILEGED_TASK_URL,
        ),
        Claim(
            "any-root-task",
            "A privileged session can do every task that needs the member's root user, such "
            "as changing its support plan.",
            "Privileged sessions are scoped to a few listed tasks: bucket and queue policies "
            "and the member's root user credentials.",
            ROOT_PRIVILEGED_TASK_URL,
        ),
        Claim(
            "standalone-accounts",
            "It also works for standalone AWS accounts that don't belong to any organization.",
            "Centralized root access requires your AWS accounts to be managed in AWS "
            "Organizations.",
            ROOT_CREDENTIALS_MANAGEMENT_URL,
            negates="needs-organizations",
        ),
        Claim(
            "long-term-keys",
            "It gives the management account long-term root access keys for each member account.",
            "It works through short-term privileged sessions; deleting root credentials "
            "removes access keys rather than creating them.",
            ROOT_PRIVILEGED_TASK_URL,
        ),
        Claim(
            "any-member-user",
            "Any IAM user in a member account can start a privileged session for that account.",
            "Only the management account or the IAM delegated administrator account can call "
            "AssumeRoot.",
            ASSUME_ROOT_URL,
            negates="delegated-admin-too",
        ),
    ),
    scenarios=(
        Scenario(
            "remove-root-credentials",
            "delete the root user passwords and long-term keys of all 60 of its AWS accounts "
            "while keeping a way to perform rare root-only tasks in them",
            "Centralized root access lets the management account or the IAM delegated "
            "administrator delete member accounts' root user credentials. AWS Organizations "
            "alone groups and bills accounts; it does not manage root credentials.",
            reference=ROOT_PRIVILEGED_TASK_URL,
        ),
        Scenario(
            "locked-bucket",
            "delete a bucket policy that blocks every principal from an S3 bucket in one of "
            "its AWS accounts",
            "A privileged session (sts:AssumeRoot) from the management account can delete a "
            "misconfigured S3 bucket policy without root sign-in on the member account.",
            constraint="without recovering that account's root user password",
        ),
        Scenario(
            "locked-queue",
            "remove an Amazon SQS queue policy that locks everyone out of a queue in one of its "
            "AWS accounts, working from its security team's account",
            "The IAM delegated administrator can start a privileged session with "
            "sts:AssumeRoot and delete the misconfigured SQS queue policy.",
            constraint="with no root user sign-in at all",
        ),
    ),
    practices=(
        Practice(
            "many-root-passwords",
            "A company with 50 member accounts in AWS Organizations keeps each member's root "
            "password and MFA device in a safe, and audits find them hard to track.",
            "What should the company do?",
            Option(
                "Enable centralized root access in IAM and delete the member accounts' root "
                "user credentials.",
                "AWS recommends root access management to monitor and remove member accounts' "
                "root credentials and to run privileged tasks in short sessions instead.",
            ),
            (
                Option(
                    "Create root access keys in each member account so that a script can audit "
                    "the root users.",
                    "Root access keys add long-term root credentials; AWS recommends removing "
                    "them, not creating them.",
                ),
                Option(
                    "Set up IAM Identity Center so that the member accounts' root users sign in "
                    "with single sign-on.",
                    "IAM Identity Center gives workforce users access to accounts; it does not "
                    "manage root user credentials.",
                ),
                Option(
                    "Move every member account into one OU so that the management account's "
                    "root user controls them.",
                    "OUs group accounts for policies; they don't remove or manage the members' "
                    "root credentials.",
                ),
            ),
            MEMBER_BEST_PRACTICES_URL,
        ),
        Practice(
            "bucket-denies-all",
            "A bucket policy in a member account now denies all principals. The organization "
            "uses centralized root access, and the account has no root user credentials.",
            "What should the administrator do?",
            Option(
                "Delete the bucket policy in a privileged session started with sts:AssumeRoot.",
                "Deleting a misconfigured S3 bucket policy is a privileged task the management "
                "account or IAM delegated administrator can run in a short session.",
            ),
            (
                Option(
                    "Use the member account's administrator role to delete the bucket policy "
                    "directly.",
                    "The bucket policy denies every principal, administrators included; only a "
                    "root-level session can delete it.",
                ),
                Option(
                    "Attach an SCP that allows s3:DeleteBucketPolicy to the member account first.",
                    "SCPs grant nothing, and the bucket policy's Deny still blocks the request.",
                ),
                Option(
                    "Sign in as the management account's root user and delete the policy from "
                    "there.",
                    "The management account's root user has no access to the member's bucket, "
                    "and root credentials can't call sts:AssumeRoot.",
                ),
            ),
            ROOT_PRIVILEGED_TASK_URL,
        ),
    ),
    near=(
        "organizations",
        "control-tower",
        "workforce-identity:identity-center",
        "ram",
        "credentials-secrets:secrets-manager",
    ),
)

CONTROL_TOWER = Concept(
    id="control-tower",
    name="AWS Control Tower",
    kind="service",
    subject="AWS Control Tower",
    purpose=(
        "AWS Control Tower sets up and governs a well-architected multi-account environment (a "
        "landing zone) by orchestrating AWS Organizations, IAM Identity Center and other "
        "services, and applies controls to OUs; billing and SCPs themselves are features of "
        "AWS Organizations."
    ),
    heading=f"{NOTE}#Control Tower",
    reference=CONTROL_TOWER_URL,
    task="2.2",
    true=(
        Claim(
            "landing-zone",
            "AWS Control Tower sets up a landing zone, a well-architected multi-account "
            "environment.",
            "Control Tower offers a straightforward way to set up and govern a multi-account "
            "environment; the landing zone is that well-architected environment.",
            CONTROL_TOWER_URL,
        ),
        Claim(
            "orchestrates",
            "AWS Control Tower orchestrates services such as AWS Organizations and IAM "
            "Identity Center.",
            "Control Tower orchestrates the capabilities of AWS Organizations, AWS Service "
            "Catalog and AWS IAM Identity Center to build a landing zone.",
            CONTROL_TOWER_URL,
        ),
        Claim(
            "preventive-scps",
            "Its preventive controls are implemented with SCPs and RCPs.",
            "In Control Tower, preventive controls are implemented with service control "
            "policies and resource control policies.",
            CONTROL_TOWER_CONTROLS_URL,
        ),
        Claim(
            "detective-config",
            "Its detective controls are implemented with AWS Config rules.",
            "In Control Tower, detective controls are implemented with AWS Config rules.",
            CONTROL_TOWER_CONTROLS_URL,
        ),
        Claim(
            "account-factory",
            "Its Account Factory lets teams provision new accounts from configurable templates.",
            "Account Factory lets end users provision new AWS accounts quickly from "
            "configurable account templates.",
            CONTROL_TOWER_URL,
        ),
        Claim(
            "mandatory-controls",
            "Its mandatory controls are always applied and can't be changed.",
            "Mandatory controls are always applied and can't be changed; elective and "
            "strongly recommended ones can.",
            CONTROL_TOWER_CONTROLS_URL,
        ),
        Claim(
            "proactive",
            "Its proactive controls check resources before CloudFormation provisions them.",
            "Proactive controls check compliance before resources are provisioned and are "
            "implemented with AWS CloudFormation hooks.",
            CONTROL_TOWER_CONTROLS_URL,
        ),
    ),
    false=(
        Claim(
            "replaces-organizations",
            "AWS Control Tower replaces AWS Organizations, so an environment uses one or the "
            "other.",
            "Control Tower extends AWS Organizations: it orchestrates Organizations and other "
            "services to build the landing zone.",
            CONTROL_TOWER_URL,
            negates="orchestrates",
        ),
        Claim(
            "detective-blocks",
            "Its detective controls block noncompliant API calls before they run.",
            "Detective controls detect noncompliant resources after events occur; preventive "
            "controls stop actions.",
            CONTROL_TOWER_CONTROLS_URL,
        ),
        Claim(
            "preventive-config",
            "Its preventive controls are implemented with AWS Config rules.",
            "Preventive controls are implemented with SCPs and RCPs; AWS Config rules "
            "implement the detective controls.",
            CONTROL_TOWER_CONTROLS_URL,
            negates="preventive-scps",
        ),
        Claim(
            "single-account",
            "AWS Control Tower governs the IAM users of a single AWS account, not many accounts.",
            "Control Tower sets up and governs a multi-account environment.",
            CONTROL_TOWER_URL,
        ),
        Claim(
            "all-optional",
            "Every control in AWS Control Tower is optional and can be turned off at any time.",
            "Mandatory controls are always applied and can't be changed.",
            CONTROL_TOWER_CONTROLS_URL,
            negates="mandatory-controls",
        ),
        Claim(
            "proactive-after",
            "Its proactive controls scan resources after they are deployed and raise alerts.",
            "Proactive controls check resources before they are provisioned; noncompliant "
            "resources are not provisioned.",
            CONTROL_TOWER_CONTROLS_URL,
            negates="proactive",
        ),
    ),
    scenarios=(
        Scenario(
            "new-environment",
            "set up a new multi-account AWS environment that follows AWS best practices, with "
            "dedicated log archive and audit accounts, in about an hour",
            "Control Tower builds a landing zone in less than an hour, including a Security OU "
            "with Log Archive and Audit accounts. Organizations provides the accounts and "
            "policies but not this prescriptive setup.",
            reference=CONTROL_TOWER_OUS_URL,
        ),
        Scenario(
            "vend-accounts",
            "let project teams create new AWS accounts from an approved template that are "
            "governed by company rules from the start",
            "Account Factory in Control Tower provisions new accounts from configurable "
            "templates, and the landing zone's governance applies to them.",
        ),
        Scenario(
            "prepackaged-rules",
            "apply prepackaged governance rules, written in plain language, to whole groups "
            "of accounts and see which accounts comply on one dashboard",
            "Control Tower's controls are high-level rules expressed in plain language, applied "
            "to OUs, with compliance shown in the Control Tower console.",
            reference=CONTROL_TOWER_CONTROLS_URL,
        ),
    ),
    practices=(
        Practice(
            "create-in-organizations",
            "A company governs its accounts with AWS Control Tower. A team created an account "
            "directly in the AWS Organizations console and finds it isn't governed.",
            "How should the company create new accounts?",
            Option(
                "Create each new account with Account Factory in AWS Control Tower so that it "
                "is enrolled from the start.",
                "AWS: if the organization is managed with Control Tower, create accounts with "
                "its account factory; an account created in Organizations isn't enrolled.",
            ),
            (
                Option(
                    "Create them in the AWS Organizations console and attach the FullAWSAccess "
                    "SCP to each one.",
                    "Accounts created in Organizations aren't enrolled in Control Tower, and "
                    "FullAWSAccess adds no governance.",
                ),
                Option(
                    "Keep creating them in AWS Organizations, since AWS Control Tower enrolls "
                    "new accounts in its OUs automatically.",
                    "An account created in AWS Organizations isn't enrolled in Control Tower; "
                    "AWS says to use Control Tower's account factory instead.",
                ),
                Option(
                    "Create IAM users for each new team in the management account instead of "
                    "new accounts.",
                    "That puts workloads in the management account, which SCPs don't restrict "
                    "and AWS recommends keeping empty.",
                ),
                Option(
                    "Create them as standalone accounts and turn on consolidated billing in "
                    "each of them.",
                    "Standalone accounts are outside the organization; consolidated billing "
                    "needs an organization and brings no governance.",
                ),
            ),
            CREATE_ACCOUNT_URL,
        ),
    ),
    # AWS Config and Security Hub are kept out on purpose: their conformance packs and
    # standards also apply prepackaged checks across accounts, so against the
    # "prepackaged-rules" goal they would be defensible answers.
    near=(
        "organizations",
        "centralized-root-access",
        "workforce-identity:identity-center",
        "ram",
        "shared-responsibility:artifact",
    ),
)

TAG_POLICY = Concept(
    id="tag-policies",
    name="A tag policy",
    kind="policy",
    subject="a tag policy in AWS Organizations",
    purpose=(
        "A tag policy is an AWS Organizations management policy that standardizes tags across "
        "the organization's accounts (key capitalization and allowed values), can block "
        "noncompliant tagging and shows which resources don't comply; it grants no permissions."
    ),
    heading=f"{NOTE}#sharing and management policies#tag policies",
    reference=TAG_POLICIES_URL,
    task="2.2",
    true=(
        Claim(
            "standardize-tags",
            "Tag policies help standardize the tags on resources across an organization's "
            "accounts.",
            "AWS: tag policies help you standardize the tags attached to the AWS resources in "
            "your organization's accounts.",
            POLICIES_URL,
        ),
        Claim(
            "case-and-values",
            "A tag policy can set how a tag key is capitalized and which values it may take.",
            "A tag policy can specify that a tag such as CostCenter must use the case treatment "
            "and tag values that the policy defines.",
            TAG_POLICIES_URL,
        ),
        Claim(
            "enforcement",
            "With enforcement, a tag policy can block noncompliant tagging on chosen resource "
            "types.",
            "A tag policy can specify that noncompliant tagging operations on specified resource "
            "types are enforced, so those requests are prevented from completing.",
            TAG_POLICIES_URL,
        ),
        Claim(
            "affects-management",
            "Unlike an SCP, a tag policy also applies to the organization's management account.",
            "AWS's table of policy types shows that tag policies affect the management account, "
            "while SCPs don't.",
            POLICIES_URL,
        ),
        Claim(
            "effective-policy",
            "An account's effective tag policy combines inherited policies with those attached "
            "to it.",
            "The effective tag policy aggregates the tag policies the account inherits from the "
            "root and its OUs, plus any attached directly to it.",
            TAG_COMPLIANCE_URL,
        ),
    ),
    false=(
        Claim(
            "grants-access",
            "A tag policy grants IAM principals access to the resources that carry its tags.",
            "A tag policy specifies tagging rules applied when resources are tagged; access is "
            "granted by IAM and resource-based policies.",
            TAG_POLICIES_URL,
        ),
        Claim(
            "spares-management",
            "Like an SCP, a tag policy never applies to the organization's management account.",
            "Tag policies do affect the management account; it is SCPs that don't.",
            POLICIES_URL,
            negates="affects-management",
        ),
        Claim(
            "adds-tags",
            "A tag policy adds the missing tags to existing resources in every account by itself.",
            "Tag policies set the rules; finding and correcting noncompliant tags is done by "
            "the accounts, for example in the Tag Editor console.",
            TAG_EDITOR_POLICIES_URL,
        ),
        Claim(
            "billing-only",
            "Tag policies work in an organization that has only the consolidated billing features.",
            "Organization policies can be used only when all features are enabled in the "
            "organization.",
            POLICIES_URL,
        ),
        Claim(
            "root-only",
            "A tag policy can be attached to the organization's root only, not to OUs or accounts.",
            "Tag policies can be attached to the root, to OUs, and directly to accounts; the "
            "account's effective policy combines them.",
            TAG_COMPLIANCE_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "one-spelling",
            "make teams in all of its AWS accounts capitalize the CostCenter tag key the same "
            "way and use only approved values",
            "A tag policy defines the case treatment of a tag key and its allowed values for "
            "the accounts it is attached to. SCPs and RCPs set maximum permissions, not tag "
            "capitalization.",
            constraint="and see which resources don't comply",
        ),
        Scenario(
            "block-bad-values",
            "block requests that tag specified resource types with unapproved Environment values "
            "in every account, the management account included",
            "A tag policy with enforcement prevents noncompliant tagging on the chosen resource "
            "types, and tag policies affect the management account, which SCPs never restrict.",
            reference=POLICIES_URL,
        ),
        Scenario(
            "ou-tag-rules",
            "set once, for an OU, how its tag keys must be capitalized, and see which existing "
            "resources in the accounts below it break that rule",
            "Tag policies attached to an OU apply to all accounts and OUs in it, and each "
            "account's existing resources can be checked against its effective tag policy.",
            reference=TAG_COMPLIANCE_URL,
        ),
    ),
    practices=(
        Practice(
            "three-spellings",
            "Cost reports for a company's 40 accounts split spending across CostCenter, "
            "costcenter and COSTCENTER tags, because each team capitalizes the key its own way.",
            "What should the company do?",
            Option(
                "Attach to the root a tag policy that sets the key's capitalization and values.",
                "A tag policy standardizes a tag key's case treatment and values across the "
                "organization's accounts; attached to the root, it reaches every account.",
            ),
            (
                Option(
                    "Attach an RCP that denies access to resources whose tag isn't spelled "
                    "CostCenter.",
                    "RCPs cap what can be done to resources; they don't standardize tags, and "
                    "this one would block work on every mistagged resource.",
                ),
                Option(
                    "Turn on consolidated billing so that the bill merges the three spellings "
                    "into one.",
                    "Consolidated billing combines the accounts' charges; it doesn't merge or "
                    "correct tag keys.",
                ),
                Option(
                    "Ask AWS Support to merge the three spellings into one key in the cost "
                    "reports.",
                    "Tag keys are case sensitive labels that the company chooses; keeping them "
                    "consistent is its own job, which tag policies support.",
                ),
            ),
            TAG_POLICIES_URL,
        ),
    ),
    near=(
        "backup-policies",
        "scp",
        "rcp",
        "policy-types:permissions-boundary",
        "policy-types:aws-managed",
    ),
)

BACKUP_POLICY = Concept(
    id="backup-policies",
    name="A backup policy",
    kind="policy",
    subject="a backup policy in AWS Organizations",
    purpose=(
        "A backup policy is an AWS Organizations management policy that applies AWS Backup "
        "plans to the resources of the accounts it is attached to, centrally and by "
        "inheritance; it restricts no permissions."
    ),
    heading=f"{NOTE}#sharing and management policies#backup policies",
    reference=BACKUP_POLICIES_URL,
    task="2.2",
    true=(
        Claim(
            "central-plans",
            "Backup policies apply AWS Backup plans centrally to resources across the "
            "organization's accounts.",
            "AWS: backup policies help you centrally manage and apply backup plans to the AWS "
            "resources across your organization's accounts.",
            POLICIES_URL,
        ),
        Claim(
            "attach-anywhere",
            "A backup policy can be attached to the root, to an OU or to a single account.",
            "You can attach a backup policy to any element of the organization's structure: "
            "the root, OUs and individual accounts.",
            BACKUP_POLICIES_URL,
        ),
        Claim(
            "ou-overrides",
            "A policy on an OU can override the backup frequency that a policy on the root sets.",
            "AWS's example: the root requires all DynamoDB tables to be backed up with a "
            "default frequency; OUs override it, weekly for Developers, daily for Production.",
            BACKUP_POLICIES_URL,
        ),
        Claim(
            "iam-role",
            "A backup policy names an IAM role that AWS Backup uses to back up the resources.",
            "You identify an IAM role that grants AWS Backup permission to perform the backup "
            "operation on your behalf.",
            BACKUP_POLICIES_URL,
        ),
        Claim(
            "affects-management",
            "Unlike an SCP, a backup policy also applies to the organization's management account.",
            "AWS's table of policy types shows that backup policies affect the management "
            "account, while SCPs don't.",
            POLICIES_URL,
        ),
    ),
    false=(
        Claim(
            "restricts-deletion",
            "A backup policy sets the maximum permissions of the IAM roles that may delete "
            "backups.",
            "Maximum permissions are what SCPs set; a backup policy tells AWS Backup how to "
            "back up the accounts' resources.",
            POLICIES_URL,
        ),
        Claim(
            "spares-management",
            "Like an SCP, a backup policy never applies to the organization's management account.",
            "Backup policies do affect the management account; it is SCPs that don't.",
            POLICIES_URL,
            negates="affects-management",
        ),
        Claim(
            "no-role",
            "A backup policy needs no IAM role, because AWS Backup acts with the management "
            "account's rights.",
            "A backup policy identifies an IAM role that grants AWS Backup permission to back "
            "up resources on your behalf.",
            BACKUP_POLICIES_URL,
            negates="iam-role",
        ),
        Claim(
            "billing-only",
            "Backup policies work in an organization that has only the consolidated billing "
            "features.",
            "Organization policies can be used only when all features are enabled in the "
            "organization.",
            POLICIES_URL,
        ),
        Claim(
            "direct-only",
            "A backup policy on the root reaches only accounts directly under the root, not "
            "those in OUs.",
            "Organizations combines the policies of the root, the parent OUs and the account "
            "into each account's effective backup policy.",
            BACKUP_POLICIES_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "all-tables-backed-up",
            "make sure every Amazon DynamoDB table in all of its AWS accounts is backed up "
            "under one centrally defined plan",
            "A backup policy attached to the root applies an AWS Backup plan, for example for "
            "all DynamoDB tables, to every account. SCPs and RCPs only limit permissions.",
        ),
        Scenario(
            "daily-and-weekly",
            "back up its production accounts' resources daily and its development accounts' "
            "weekly, with both schedules set centrally by OU",
            "Backup policies attached to OUs override the root's default frequency per OU, "
            "just as AWS's Developers and Production example shows.",
        ),
        Scenario(
            "one-plan-everywhere",
            "apply the same backup schedule and retention to the resources of every account it "
            "has, the management account included",
            "Backup policies attached to the root reach every account and, unlike SCPs, also "
            "affect the management account.",
            reference=POLICIES_URL,
        ),
    ),
    practices=(
        Practice(
            "uneven-backups",
            "Each team in a company backs up its own AWS account its own way. Auditors now "
            "require one backup schedule for every account in the Production OU.",
            "What should the company do?",
            Option(
                "Attach a backup policy with the required plan to the Production OU.",
                "A backup policy on an OU applies its AWS Backup plan to every account in it, "
                "including accounts added later.",
            ),
            (
                Option(
                    "Attach an SCP to the Production OU that requires every account to run "
                    "backups daily.",
                    "SCPs only set maximum permissions; they can't create or run backup plans.",
                ),
                Option(
                    "Attach a tag policy to the Production OU that requires a Backup tag on "
                    "each resource.",
                    "A tag policy standardizes tags; no backups run unless a backup plan "
                    "selects the resources.",
                ),
                Option(
                    "Send each team the plan's settings and ask them to recreate it in their "
                    "accounts.",
                    "Copies made by hand drift apart and don't reach new accounts; a backup "
                    "policy applies the plan centrally by inheritance.",
                ),
            ),
            BACKUP_POLICIES_URL,
        ),
    ),
    near=(
        "tag-policies",
        "scp",
        "rcp",
        "policy-types:permissions-boundary",
        "policy-types:aws-managed",
    ),
)

RAM = Concept(
    id="ram",
    name="AWS Resource Access Manager (AWS RAM)",
    kind="service",
    subject="AWS Resource Access Manager (AWS RAM)",
    purpose=(
        "AWS RAM shares resources that one account owns, such as VPC subnets, with other "
        "accounts, OUs or the whole organization, so each resource is created once instead of "
        "in every account."
    ),
    heading=f"{NOTE}#sharing and management policies#resource access manager",
    reference=RAM_URL,
    task="2.3",
    true=(
        Claim(
            "create-once",
            "AWS RAM lets an account create a resource once and make it usable by other accounts.",
            "With AWS RAM you create a resource once and share it, instead of provisioning "
            "duplicates in every account.",
            RAM_URL,
        ),
        Claim(
            "share-with-ou",
            "In an organization, AWS RAM can share with the whole organization or an OU without "
            "listing accounts.",
            "If your account is in an organization, you can share with all accounts in the "
            "organization or in an OU without enumerating each account.",
            RAM_SHARING_URL,
        ),
        Claim(
            "no-invitations",
            "Accounts in the organization get access to a share without accepting any invitation.",
            "When you share resources in your organization, AWS RAM doesn't send invitations; "
            "principals gain access without exchanging invitations.",
            RAM_SHARING_URL,
        ),
        Claim(
            "management-enables",
            "Only the management account can turn on sharing with AWS Organizations in AWS RAM.",
            "Only the management account can enable sharing with AWS Organizations, and the "
            "organization must have all features enabled.",
            RAM_SHARING_URL,
        ),
        Claim(
            "regional",
            "AWS RAM is a Regional service: a share is usable only in the Region it was "
            "created in.",
            "The principals you share with can access resource shares only in the AWS Regions "
            "in which they were created.",
            RAM_SHARING_URL,
        ),
    ),
    false=(
        Claim(
            "copies-resources",
            "AWS RAM copies each shared resource into every account that it is shared with.",
            "AWS RAM makes the one resource usable by other accounts; avoiding duplicate "
            "resources in every account is its point.",
            RAM_URL,
            negates="create-once",
        ),
        Claim(
            "members-accept",
            "Accounts in the organization must accept an invitation before using a resource "
            "shared with it.",
            "Within an organization with sharing enabled, AWS RAM sends no invitations; access "
            "is granted directly.",
            RAM_SHARING_URL,
            negates="no-invitations",
        ),
        Claim(
            "any-member-enables",
            "Any member account can turn on sharing with AWS Organizations for the whole "
            "organization.",
            "Only the management account can enable sharing with AWS Organizations.",
            RAM_SHARING_URL,
            negates="management-enables",
        ),
        Claim(
            "organization-only",
            "AWS RAM can share resources only with accounts that belong to the same organization.",
            "AWS RAM can also share with specific AWS accounts by account ID, whether or not "
            "they are part of an organization.",
            RAM_URL,
        ),
        Claim(
            "all-regions",
            "A resource share made in one Region is usable by the shared accounts in every Region.",
            "AWS RAM is Regional: principals can access a resource share only in the Region "
            "where it was created.",
            RAM_SHARING_URL,
            negates="regional",
        ),
    ),
    scenarios=(
        Scenario(
            "shared-subnets",
            "let its application accounts launch instances into subnets of one VPC that its "
            "networking account owns and runs",
            "VPC subnets are shared from the owner account to participant accounts in the same "
            "organization through an AWS RAM resource share. AWS Organizations alone groups "
            "and bills accounts; it shares no resources.",
            reference=VPC_SHARING_URL,
        ),
        Scenario(
            "create-once-use-everywhere",
            "create one transit gateway in its networking account and let every account in one "
            "of its OUs attach VPCs to it, with no invitation for those accounts to accept",
            "AWS RAM shares with all accounts in an OU; inside the organization it sends no "
            "invitations.",
            reference=RAM_SHARING_URL,
        ),
        Scenario(
            "partner-account",
            "let a partner company's AWS account attach its VPCs to a transit gateway that it "
            "owns, once the partner accepts an invitation to the share",
            "A transit gateway is shared with other accounts through an AWS RAM resource share; "
            "an account outside the organization receives an invitation and must accept it.",
            reference=TGW_SHARING_URL,
        ),
    ),
    practices=(
        Practice(
            "one-network",
            "A company's networking team must give ten member accounts use of the same "
            "centrally managed subnets. Today each team builds and runs its own VPC.",
            "What should the networking team do?",
            Option(
                "Share the subnets from its account with the member accounts using AWS RAM.",
                "With VPC sharing, the owner shares subnets through AWS RAM and participant "
                "accounts create their resources in them, with fewer VPCs to manage.",
            ),
            (
                Option(
                    "Create IAM users in the networking account so that teams launch their "
                    "instances there.",
                    "That moves every team's workloads into one account instead of sharing the "
                    "network with the teams' own accounts.",
                ),
                Option(
                    "Attach an SCP to the member accounts that allows them to use the central "
                    "subnets.",
                    "SCPs grant no permissions; sharing the subnets is what makes them usable "
                    "by other accounts.",
                ),
                Option(
                    "Recreate the same VPC and subnets in each member account from one template.",
                    "Duplicates still have to be run in every account; AWS RAM shares the one "
                    "network instead.",
                ),
            ),
            VPC_SHARING_URL,
        ),
    ),
    near=(
        "organizations",
        "control-tower",
        "centralized-root-access",
        "workforce-identity:identity-center",
        "workforce-identity:directory-service",
    ),
)

TOPIC = Topic(
    id="organizations",
    title="AWS Organizations and multi-account access",
    concepts=(
        ORGANIZATIONS,
        ORGANIZATIONAL_UNITS,
        MANAGEMENT_ACCOUNT,
        CONSOLIDATED_BILLING,
        DELEGATED_ADMIN,
        SCP,
        RCP,
        CENTRAL_ROOT_ACCESS,
        CONTROL_TOWER,
        TAG_POLICY,
        BACKUP_POLICY,
        RAM,
    ),
)
