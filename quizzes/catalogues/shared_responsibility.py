"""Shared responsibility for identity and access: who secures what, as AWS's pages state it.

CLF-C02 task statement 2.1 (the AWS shared responsibility model) from the identity and access
side, with 2.2's compliance evidence (AWS Artifact). AWS's own statement of the model is on
aws.amazon.com/compliance/shared-responsibility-model/; every service's security chapter in
the documentation repeats its core ("security of the cloud" / "security in the cloud"), and
the service pages cited below state how the split falls for EC2, RDS, Lambda and S3.

Left out, because no current AWS documentation page we could read states it: the model
page's "Awareness & Training" shared control, and its inherited/customer-specific control
categories. Patching and configuration, the other shared controls, are taught from the
service pages that state them.

IAM features themselves (MFA, password policy, access keys) belong to the features and
credentials-secrets topics; here they appear only as the customer's tasks.
"""

from quizzes.catalogues.concepts import Claim, Concept, Option, Practice, Scenario, Topic

NOTE = "security-shared-responsibility"

# IAM User Guide, "Security in AWS Identity and Access Management": the standard statement of
# the model that opens every service's security chapter (security of the cloud: AWS protects
# the infrastructure that runs AWS services, and third-party auditors test it; security in the
# cloud: the customer's responsibility is determined by the service it uses, plus the
# sensitivity of its data, its company's requirements and applicable laws).
IAM_SECURITY_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/security.html"
# "Resilience in AWS Identity and Access Management": every request is authenticated and
# authorized by IAM; separate control and data planes so IAM authenticates even during
# unexpected failures; the data plane in each Region spans at least three Availability Zones;
# software updates and scaling are done in a way that is invisible to customers.
IAM_RESILIENCE_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/disaster-recovery-resiliency.html"
)
# "Infrastructure security in IAM": as a managed service, IAM is protected by AWS global
# network security.
IAM_INFRASTRUCTURE_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/infrastructure-security.html"
)
BEST_PRACTICES_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html"
PASSWORD_POLICY_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html"
)
ACCESS_KEYS_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html"
CREDENTIAL_REPORT_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html"
)
CLOUDTRAIL_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-integration.html"
ROOT_BEST_PRACTICES_URL = (
    "https://docs.aws.amazon.com/accounts/latest/reference/best-practices-root-user.html"
)
# "AWS shared responsibility model for Amazon ECS": AWS operates, manages and controls the
# components from the host operating system and virtualization layer down to the physical
# security of the facilities; the customer manages the guest operating system (updates and
# security patches), its application software and the AWS-provided security group firewall.
# (The same words as the model's description in AWS's risk and compliance whitepaper, which
# AWS now marks as historical; this page is current.)
ECS_SHARED_MODEL_URL = (
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-shared-model.html"
)
# "Update management for Amazon EC2 instances": AWS recommends that you regularly patch,
# update and secure the operating system and applications on your EC2 instances, for example
# with AWS Systems Manager Patch Manager.
EC2_UPDATE_URL = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/update-management.html"
# "Identity and access management for Amazon EC2": IAM controls how users use the account's
# EC2 resources; security groups control access to instances.
EC2_IAM_URL = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-iam.html"
EC2_ROLES_URL = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html"
# "What is Amazon RDS?": Amazon RDS manages backups, software patching, automatic failure
# detection and recovery; you control access with IAM and the database's own security.
RDS_WELCOME_URL = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Welcome.html"
# RDS API Reference: Amazon RDS "maintains the database software that powers your DB instance".
# (RDS's getting-started guide says "You're responsible for your database software and
# configurations"; the user guide and API reference, more specific about patching, say RDS
# patches and maintains it, and we follow them.)
RDS_API_URL = "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/Welcome.html"
RDS_CONCEPTS_URL = "https://docs.aws.amazon.com/AmazonRDS/latest/gettingstartedguide/concepts.html"
# "MariaDB security on Amazon RDS": three levels - IAM controls who can perform RDS management
# actions; a VPC security group controls which devices can connect; inside the database,
# CREATE USER, GRANT and REVOKE work as in a stand-alone MariaDB.
RDS_DB_SECURITY_URL = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/MariaDB.Concepts.UsersAndPrivileges.html"
RDS_BEST_PRACTICES_URL = (
    "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_BestPractices.Security.html"
)
# Lambda API Reference, "Welcome": Lambda performs all of the administration of the compute
# resources, including server and operating system maintenance, capacity provisioning and
# automatic scaling.
LAMBDA_API_URL = "https://docs.aws.amazon.com/lambda/latest/api/Welcome.html"
# "Understanding the shared responsibility model for Lambda runtime management".
LAMBDA_RUNTIME_URL = "https://docs.aws.amazon.com/lambda/latest/dg/runtime-management-shared.html"
LAMBDA_ROLE_URL = "https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html"
# "Controlling ownership of objects and disabling ACLs": by default Object Ownership is Bucket
# owner enforced and ACLs are disabled; the bucket owner manages access exclusively with
# access management policies.
S3_OWNERSHIP_URL = (
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html"
)
# "Configuring block public access settings for your S3 buckets": by default, new buckets,
# access points and objects don't allow public access.
S3_BLOCK_PUBLIC_URL = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-bucket.html"
# "Using server-side encryption with Amazon S3 managed keys (SSE-S3)": SSE-S3 is the base level
# of encryption for every bucket; since January 5, 2023 all new object uploads are encrypted.
S3_SSE_URL = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingServerSideEncryption.html"
# "AWS shared responsibility model for Amazon ECS", Fargate section: when using Fargate,
# customers are not responsible for securing the compute infrastructure that runs their
# containers; Fargate provisions and patches it; each task runs in an isolated environment that
# shares no operating system, kernel, network interface, storage, CPU or memory with other
# tasks. The customer manages network configuration (VPC, NACLs, security groups, route
# tables), storage encryption, container images and IAM permissions through task roles; with
# the EC2 launch type also the ECS agent and the instance AMI, including patching and hardening.
ECS_FARGATE_URL = ECS_SHARED_MODEL_URL
# ECS best practices guide, "Shared responsibility model": with Fargate, AWS manages the
# security of the underlying instance and the runtime used to run tasks, and scales the
# infrastructure automatically.
ECS_BEST_PRACTICES_SHARED_URL = (
    "https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/security-shared.html"
)
# DynamoDB API Reference, "Welcome": a fully managed NoSQL database service; you don't have to
# worry about hardware provisioning, setup and configuration, replication, software patching
# or cluster scaling; data is replicated automatically across multiple Availability Zones.
DYNAMODB_API_URL = "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/Welcome.html"
# "DynamoDB encryption at rest": all user data is encrypted at rest with keys in AWS KMS; a
# table uses an AWS owned key (default, no additional charge), an AWS managed key or a customer
# managed key (created, owned and managed by you, full control); you can switch at any time.
DYNAMODB_ENCRYPTION_URL = (
    "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html"
)
# "Encryption at rest: How it works": you cannot view, manage, use or audit AWS owned keys; you
# can view AWS managed keys and audit their use but not manage them or change their permissions.
DYNAMODB_KEYS_URL = (
    "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/encryption.howitworks.html"
)
# "DynamoDB encryption at rest usage notes": encryption at rest can't be disabled; data in
# transit uses HTTPS by default; protect data in use with client-side encryption.
DYNAMODB_USAGE_NOTES_URL = (
    "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/encryption.usagenotes.html"
)
# "Data protection in AWS Lambda" (the standard data protection page of AWS's service guides):
# AWS protects the global infrastructure; you maintain control over your content and are
# responsible for the security configuration and management tasks for the services you use;
# AWS recommends SSL/TLS, CloudTrail, AWS encryption solutions, and never putting confidential
# information such as customers' email addresses into tags or free-form fields such as Name,
# which may be used for billing or diagnostic logs. Lambda API endpoints only support HTTPS.
DATA_PROTECTION_URL = "https://docs.aws.amazon.com/lambda/latest/dg/security-dataprotection.html"
# "Configuration and vulnerability analysis in Amazon EventBridge": "Configuration and IT
# controls are a shared responsibility between AWS and you, our customer."
SHARED_IT_CONTROLS_URL = "https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-analysis.html"
# "Infrastructure Security in AWS Config": "For AWS Config, AWS handles basic security tasks
# such as guest operating system (OS) and database patching, firewall configuration, and
# disaster recovery."
MANAGED_PATCHING_URL = (
    "https://docs.aws.amazon.com/config/latest/developerguide/infrastructure-security.html"
)
# A service guide's "Compliance validation" page: AWS services are assessed by third-party
# auditors (SOC, PCI, FedRAMP, HIPAA...); third-party audit reports can be downloaded with AWS
# Artifact; the customer's compliance responsibility is determined by the sensitivity of its
# data, its compliance objectives and applicable laws and regulations.
COMPLIANCE_VALIDATION_URL = (
    "https://docs.aws.amazon.com/sdk-for-ruby/v3/developer-guide/compliance-validation.html"
)
# AWS Artifact FAQs: a self-service portal with on-demand access to AWS's compliance
# documentation (ISO certifications, PCI and SOC reports) and agreements (review, accept and
# track, such as the BAA); all AWS accounts have access; IAM users without admin permissions
# need IAM permissions.
ARTIFACT_FAQ_URL = "https://aws.amazon.com/artifact/faq/"
ARTIFACT_POLICIES_URL = "https://docs.aws.amazon.com/artifact/latest/ug/security-iam-awsmanpol.html"

CUSTOMER = "the customer's responsibility under the AWS shared responsibility model"
COMPANY = "the company's responsibility under the AWS shared responsibility model"


def _heading(*path: str) -> str:
    return "#".join((NOTE, *path))


MODEL = Concept(
    id="model",
    name="The AWS shared responsibility model",
    kind="",
    subject="the AWS shared responsibility model",
    purpose="The shared responsibility model splits security between AWS (security of the "
    "cloud) and the customer (security in the cloud), a split that depends on the services "
    "used.",
    heading=_heading("the model"),
    reference=IAM_SECURITY_URL,
    task="2.1",
    true=(
        Claim(
            "of-the-cloud",
            "AWS is responsible for security of the cloud: protecting the infrastructure that "
            "runs the services offered in the AWS Cloud.",
            "AWS describes security of the cloud as AWS protecting the infrastructure that "
            "runs AWS services in the AWS Cloud.",
            IAM_SECURITY_URL,
        ),
        Claim(
            "in-the-cloud-by-service",
            "The customer's responsibility for security in the cloud is determined by the AWS "
            "services that the customer uses.",
            "AWS states that for security in the cloud, your responsibility is determined by "
            "the AWS service that you use.",
            IAM_SECURITY_URL,
        ),
        Claim(
            "other-factors",
            "The customer is also responsible for factors such as the sensitivity of its data, "
            "its company's requirements and applicable laws.",
            "Besides the service used, AWS names the sensitivity of your data, your company's "
            "requirements and applicable laws and regulations as your responsibility.",
            IAM_SECURITY_URL,
        ),
        Claim(
            "auditors",
            "Third-party auditors regularly test and verify the effectiveness of AWS's security "
            "as part of the AWS compliance programs.",
            "AWS states that third-party auditors regularly test and verify the effectiveness "
            "of its security as part of the AWS compliance programs.",
            IAM_SECURITY_URL,
        ),
        Claim(
            "host-down",
            "AWS operates and controls the components from the host operating system and "
            "virtualization layer down to the physical facilities.",
            "AWS operates, manages and controls the components from the host operating system "
            "and virtualization layer down to the physical security of the facilities.",
            ECS_SHARED_MODEL_URL,
        ),
    ),
    false=(
        Claim(
            "swapped",
            "The customer is responsible for security of the cloud, while AWS is responsible for "
            "the customer's security in the cloud.",
            "It is the other way round: AWS secures the cloud (the infrastructure), and the "
            "customer secures what it puts and configures in the cloud.",
            IAM_SECURITY_URL,
            negates="of-the-cloud",
        ),
        Claim(
            "same-for-every-service",
            "The customer's security responsibilities are the same whichever AWS services it "
            "chooses to use for its workloads.",
            "AWS states that the customer's responsibility is determined by the AWS service it "
            "uses: running EC2 instances leaves far more to the customer than using Lambda.",
            IAM_SECURITY_URL,
            negates="in-the-cloud-by-service",
        ),
        Claim(
            "compliant-by-default",
            "A workload becomes compliant with a standard simply by running on AWS services "
            "that are in scope of that compliance program.",
            "AWS's services are audited, but the customer's compliance responsibility is "
            "determined by the sensitivity of its data, its objectives and applicable laws.",
            COMPLIANCE_VALIDATION_URL,
        ),
        Claim(
            "customer-hypervisor",
            "The customer secures the hypervisor under its instances, because AWS's "
            "responsibility ends at the physical hardware in its data centers.",
            "AWS operates and controls everything from the host operating system and "
            "virtualization layer down to the facilities, so the hypervisor is AWS's.",
            ECS_SHARED_MODEL_URL,
            negates="host-down",
        ),
        Claim(
            "aws-security-groups",
            "AWS configures the security groups of the customer's EC2 instances, since network "
            "settings are part of security of the cloud.",
            "The customer is responsible for the configuration of the AWS-provided security "
            "group firewall; AWS only provides the feature.",
            ECS_SHARED_MODEL_URL,
        ),
    ),
    practices=(
        Practice(
            id="all-security-is-aws",
            situation="A startup is moving its application to AWS. Its CTO tells the team "
            "that AWS will now take care of all of the application's security.",
            question="What should the security lead tell the team?",
            recommended=Option(
                "Explain that AWS secures the infrastructure, and the startup its identities, "
                "data and settings.",
                "AWS is responsible for security of the cloud; security in the cloud, such as "
                "who can access what, is the customer's, determined by the services it uses.",
            ),
            alternatives=(
                Option(
                    "Confirm that AWS's compliance programs already cover every workload that "
                    "runs on AWS services.",
                    "The programs audit AWS's services; the startup's own compliance depends "
                    "on its data, its objectives and the laws that apply to it.",
                ),
                Option(
                    "Explain that AWS secures everything except the data, which the startup "
                    "only has to encrypt.",
                    "The startup also manages identities and permissions, and for services "
                    "such as EC2 the guest operating system and security groups.",
                ),
                Option(
                    "Explain that the split is fixed, so the startup's duties are the same on "
                    "every AWS service.",
                    "The customer's responsibility is determined by the AWS service used, so "
                    "it changes from service to service.",
                ),
            ),
            reference=IAM_SECURITY_URL,
        ),
    ),
    near=("aws-duties", "customer-identity", "shared-controls"),
)

CUSTOMER_IDENTITY = Concept(
    id="customer-identity",
    name="The customer's identity and access duties",
    kind="",
    subject="the customer's identity and access duties",
    purpose="In the cloud, the customer decides who exists in its account, what each identity "
    "may do and how credentials are protected; AWS runs IAM itself.",
    heading=_heading("identity and access", "customer side"),
    reference=BEST_PRACTICES_URL,
    task="2.1",
    ask_true=(
        f"Which identity and access task is {CUSTOMER}?",
        f"Which task is {CUSTOMER}?",
    ),
    ask_false=(
        f"Which task is NOT {CUSTOMER}?",
        "Which task does the AWS shared responsibility model NOT assign to the customer?",
    ),
    ask_many=(f"Which identity and access tasks are {CUSTOMER}?",),
    true=(
        Claim(
            "permissions",
            "Decide which IAM users, groups and roles exist and what each one may do",
            "Granting least-privilege permissions to the account's identities is an IAM best "
            "practice that AWS leaves to the customer.",
            BEST_PRACTICES_URL,
        ),
        Claim(
            "mfa",
            "Require MFA for the root user and for the people who sign in",
            "AWS recommends that customers require multi-factor authentication; turning it on "
            "is the customer's task.",
            BEST_PRACTICES_URL,
        ),
        Claim(
            "access-keys",
            "Rotate or delete IAM users' long-term access keys when needed",
            "Updating access keys where long-term credentials are needed, and removing unused "
            "credentials, are IAM best practices for the customer.",
            BEST_PRACTICES_URL,
        ),
        Claim(
            "password-policy",
            "Set the password policy that IAM users' passwords must meet",
            "The customer sets the account password policy, which defines the rules for IAM "
            "users' passwords.",
            PASSWORD_POLICY_URL,
        ),
        Claim(
            "root-credentials",
            "Keep the root user's credentials safe and out of everyday work",
            "Protecting the root user's credentials and using it only for the tasks that need "
            "it is the customer's job, as AWS's root user best practices describe.",
            ROOT_BEST_PRACTICES_URL,
        ),
        Claim(
            "data-access",
            "Decide who may read the objects in the company's S3 buckets",
            "The bucket owner manages access to its data with access management policies; "
            "deciding who can read the data is the customer's.",
            S3_OWNERSHIP_URL,
        ),
    ),
    false=(
        Claim(
            "iam-availability",
            "Keep the IAM service available in every Region during failures",
            "AWS built IAM with separate control and data planes so that it authenticates even "
            "during unexpected failures; running IAM is AWS's job.",
            IAM_RESILIENCE_URL,
        ),
        Claim(
            "iam-software-updates",
            "Install software updates on the servers that run IAM itself",
            "AWS performs IAM's software updates and scaling operations in a way that is "
            "invisible to customers.",
            IAM_RESILIENCE_URL,
        ),
        Claim(
            "data-center-entry",
            "Control who may physically enter the data centers that host IAM",
            "Physical security of the facilities is part of security of the cloud, which AWS "
            "operates and controls.",
            ECS_SHARED_MODEL_URL,
        ),
        Claim(
            "hypervisor",
            "Patch the hypervisor that keeps EC2 instances on a host apart",
            "AWS operates and controls the virtualization layer; customers never patch the "
            "hypervisor.",
            ECS_SHARED_MODEL_URL,
        ),
        Claim(
            "iam-network",
            "Protect the AWS network that carries IAM's own traffic",
            "As a managed service, IAM is protected by AWS's global network security.",
            IAM_INFRASTRUCTURE_URL,
        ),
    ),
    practices=(
        Practice(
            id="stale-keys-no-root-mfa",
            situation="A security review of a company's AWS account finds access keys that "
            "nobody has used for a year and no MFA on the root user.",
            question="What should the company do?",
            recommended=Option(
                "Delete the unused access keys and turn on MFA for the root user itself.",
                "Removing unused credentials and requiring MFA are IAM best practices; the "
                "customer manages its own identities and credentials.",
            ),
            alternatives=(
                Option(
                    "Open an AWS Support case so that AWS rotates the keys and turns on MFA "
                    "for the account.",
                    "AWS runs IAM but does not manage a customer's credentials; keys and MFA "
                    "are security in the cloud, the customer's side.",
                ),
                Option(
                    "Turn on MFA for the IAM users only, since AWS protects the root user of "
                    "every account.",
                    "The root user's credentials are the customer's to protect, and AWS "
                    "recommends MFA for the root user as well.",
                ),
                Option(
                    "Keep the keys as a fallback and ask AWS to watch them for misuse on the "
                    "company's behalf.",
                    "Reviewing and removing unused credentials is the customer's job; an "
                    "unused long-term key is a risk, not a fallback.",
                ),
            ),
            reference=BEST_PRACTICES_URL,
        ),
        Practice(
            id="leaver",
            situation="A developer has left a company. Her IAM user still has a console "
            "password and an active access key.",
            question="What should the company do?",
            recommended=Option(
                "Have an IAM administrator remove her password and delete her access key.",
                "Managing the account's users and their credentials is the customer's "
                "responsibility; an IAM administrator can do it.",
            ),
            alternatives=(
                Option(
                    "Ask AWS Support to delete her IAM user, since AWS manages the IAM service.",
                    "AWS runs IAM, but the identities in an account are the customer's to "
                    "create and remove.",
                ),
                Option(
                    "Wait for her password to expire under the account's password policy.",
                    "A password policy sets rules for IAM users' passwords; her access key "
                    "keeps working until it is deactivated or deleted.",
                ),
                Option(
                    "Change the root user's password so that no old credentials keep working.",
                    "The root user's password is separate from IAM users' credentials; her "
                    "password and access key would still work.",
                ),
            ),
            reference=ACCESS_KEYS_URL,
        ),
    ),
    near=(
        "aws-duties",
        "credentials-secrets:mfa",
        "credentials-secrets:password-policy",
        "credentials-secrets:access-keys",
        "root-only:protect-root",
    ),
)

AWS_DUTIES = Concept(
    id="aws-duties",
    name="AWS's duties (security of the cloud)",
    kind="",
    subject="AWS's duties",
    purpose="AWS secures the infrastructure that runs its services: facilities, hardware, "
    "host operating systems and virtualization, and the services themselves, IAM included.",
    heading=_heading("the model", "security of the cloud"),
    reference=IAM_SECURITY_URL,
    task="2.1",
    ask_true=(
        "Which task is AWS's responsibility under the AWS shared responsibility model?",
        "Which task does AWS perform as part of security of the cloud?",
    ),
    ask_false=(
        "Which task is NOT AWS's responsibility under the AWS shared responsibility model?",
        "Which task is NOT part of AWS's security of the cloud?",
    ),
    ask_many=("Which tasks are AWS's responsibility under the AWS shared responsibility model?",),
    true=(
        Claim(
            "facilities",
            "Secure the physical facilities where AWS services run",
            "AWS operates and controls everything down to the physical security of the "
            "facilities in which its services operate.",
            ECS_SHARED_MODEL_URL,
        ),
        Claim(
            "virtualization",
            "Maintain the host operating system and virtualization layer under EC2",
            "AWS operates, manages and controls the components from the host operating system "
            "and virtualization layer down.",
            ECS_SHARED_MODEL_URL,
        ),
        Claim(
            "iam-resilience",
            "Run IAM so that it keeps authenticating requests during failures",
            "AWS designed IAM with separate control and data planes so that the service "
            "authenticates even during unexpected failures.",
            IAM_RESILIENCE_URL,
        ),
        Claim(
            "iam-network",
            "Protect IAM itself with AWS's global network security",
            "As a managed service, IAM is protected by AWS global network security.",
            IAM_INFRASTRUCTURE_URL,
        ),
        Claim(
            "rds-patching",
            "Apply software patches to Amazon RDS DB instances for customers",
            "Amazon RDS manages backups, software patching, automatic failure detection and "
            "recovery for DB instances.",
            RDS_WELCOME_URL,
        ),
        Claim(
            "lambda-runtimes",
            "Publish security updates for Lambda's managed runtimes",
            "Lambda is responsible for curating and publishing security updates for all "
            "supported managed runtimes and container base images.",
            LAMBDA_RUNTIME_URL,
        ),
    ),
    false=(
        Claim(
            "least-privilege",
            "Limit each IAM role in a customer account to what it needs",
            "Applying least-privilege permissions is an IAM best practice for the customer; "
            "AWS does not decide what a customer's roles may do.",
            BEST_PRACTICES_URL,
        ),
        Claim(
            "root-mfa",
            "Turn on MFA for the root user of each customer account",
            "Requiring MFA, for the root user above all, is the customer's task; AWS "
            "recommends it but does not configure it for the customer.",
            BEST_PRACTICES_URL,
        ),
        Claim(
            "guest-os",
            "Install operating system patches on customers' EC2 instances",
            "AWS recommends that customers patch and update the operating system and "
            "applications on their EC2 instances themselves.",
            EC2_UPDATE_URL,
        ),
        Claim(
            "bucket-policies",
            "Write the bucket policies that decide who reads customer data",
            "The bucket owner manages access to the data in its bucket with access management "
            "policies.",
            S3_OWNERSHIP_URL,
        ),
        Claim(
            "db-users",
            "Create the users and grants inside customers' RDS databases",
            "Once connected, logins and permissions in an RDS for MariaDB database work as in a "
            "stand-alone database: the customer runs CREATE USER and GRANT.",
            RDS_DB_SECURITY_URL,
        ),
    ),
    practices=(
        Practice(
            id="physical-access-risk",
            situation="A company's risk register lists unauthorized physical access to the "
            "servers that run its workloads on AWS.",
            question="How should the company treat this risk?",
            recommended=Option(
                "Record it as a risk AWS manages, with AWS's audit reports from AWS Artifact as "
                "evidence.",
                "Physical security of the facilities is part of security of the cloud, which "
                "AWS operates; its audit reports are downloadable from AWS Artifact.",
            ),
            alternatives=(
                Option(
                    "Add it to the company's own controls and plan regular inspections of the "
                    "AWS data centers.",
                    "Physical security of the facilities is AWS's responsibility, verified by "
                    "third-party auditors rather than by each customer.",
                ),
                Option(
                    "Accept it as an uncovered risk, since no one is responsible for physical "
                    "access in the cloud.",
                    "AWS is responsible for the physical security of the facilities in which "
                    "its services operate.",
                ),
                Option(
                    "Assign it to the company's IAM administrators, who control access to the "
                    "AWS account.",
                    "IAM controls access to AWS resources, not to buildings; physical security "
                    "is AWS's part of the model.",
                ),
            ),
            reference=ECS_SHARED_MODEL_URL,
        ),
    ),
    near=("customer-identity", "model"),
)

SHARED_CONTROLS = Concept(
    id="shared-controls",
    name="Shared controls (patching and configuration)",
    kind="",
    subject="shared controls such as patching and configuration",
    purpose="Some controls apply on both sides in separate contexts: AWS patches and "
    "configures what it runs, and the customer patches and configures what it runs.",
    heading=_heading("shared controls"),
    reference=SHARED_IT_CONTROLS_URL,
    task="2.1",
    true=(
        Claim(
            "it-controls",
            "Configuration and IT controls are a shared responsibility between AWS and the "
            "customer.",
            "AWS's service guides state that configuration and IT controls are a shared "
            "responsibility between AWS and you, the customer.",
            SHARED_IT_CONTROLS_URL,
        ),
        Claim(
            "patching-split",
            "AWS patches the infrastructure it runs, while the customer patches the guest "
            "operating system and applications on its EC2 instances.",
            "AWS manages the host operating system and virtualization layer; the customer "
            "manages the guest operating system, including updates and security patches.",
            ECS_SHARED_MODEL_URL,
        ),
        Claim(
            "managed-service-patching",
            "For a managed service such as AWS Config, AWS handles guest operating system and "
            "database patching.",
            "For AWS Config, AWS handles basic security tasks such as guest operating system "
            "and database patching, firewall configuration and disaster recovery.",
            MANAGED_PATCHING_URL,
        ),
        Claim(
            "patch-manager",
            "AWS Systems Manager Patch Manager can automate the patching that a customer must "
            "do on its EC2 instances.",
            "AWS recommends regularly patching the OS and applications on EC2 instances and "
            "names Patch Manager as a way to automate it.",
            EC2_UPDATE_URL,
        ),
        Claim(
            "rds-split",
            "Amazon RDS patches the software of DB instances, while the customer still "
            "controls who can connect and who can log in.",
            "RDS manages software patching; security groups, IAM permissions and database "
            "users remain the customer's to configure.",
            RDS_WELCOME_URL,
        ),
    ),
    false=(
        Claim(
            "aws-patches-ec2",
            "Because patching is a shared control, AWS installs operating system updates on "
            "the customer's EC2 instances.",
            "Patching is shared only in that each side patches its own layer: the guest "
            "operating system of an EC2 instance is the customer's to patch.",
            EC2_UPDATE_URL,
            negates="patching-split",
        ),
        Claim(
            "customer-patches-managed",
            "For a managed service such as AWS Config, the customer patches the operating "
            "system that the service runs on.",
            "For AWS Config, AWS handles guest operating system and database patching.",
            MANAGED_PATCHING_URL,
            negates="managed-service-patching",
        ),
        Claim(
            "aws-configures-everything",
            "AWS configures both its own infrastructure and the customer's security groups "
            "and guest operating systems.",
            "AWS configures what it operates; the security group firewall and the guest "
            "operating system are configured by the customer.",
            ECS_SHARED_MODEL_URL,
        ),
        Claim(
            "shared-means-optional",
            "A shared control can be left entirely to AWS, because AWS already implements it "
            "on the customer's behalf.",
            "A shared responsibility means each side implements the control for what it "
            "operates; the customer's part is not done by AWS.",
            SHARED_IT_CONTROLS_URL,
        ),
        Claim(
            "lambda-auto-customer",
            "For Lambda functions in the Auto runtime update mode, the customer installs the "
            "runtime security patches.",
            "Lambda applies runtime updates to all functions that use the Auto runtime update "
            "mode.",
            LAMBDA_RUNTIME_URL,
        ),
    ),
    practices=(
        Practice(
            id="patch-plan",
            situation="A company runs its web tier on Amazon EC2 instances and its database on "
            "Amazon RDS. The security lead is writing the patching plan.",
            question="Which plan matches the AWS shared responsibility model?",
            recommended=Option(
                "Patch the EC2 guest operating systems in-house and let Amazon RDS patch the DB "
                "instances.",
                "The guest OS of EC2 instances is the customer's to patch; Amazon RDS manages "
                "software patching for DB instances.",
            ),
            alternatives=(
                Option(
                    "Leave both to AWS, since patch management is a control that AWS and the "
                    "customer share.",
                    "A shared control is split by layer: the guest operating system of an EC2 "
                    "instance is still the customer's to patch.",
                ),
                Option(
                    "Patch both in-house by signing in to the operating system of every host "
                    "that runs them.",
                    "Amazon RDS manages software patching for DB instances, and the hosts "
                    "under EC2 belong to AWS.",
                ),
                Option(
                    "Patch the RDS database software in-house and leave the EC2 instances' "
                    "operating systems to AWS.",
                    "This reverses the split: RDS patches its DB instances, while EC2 guest "
                    "operating systems are the customer's.",
                ),
            ),
            reference=EC2_UPDATE_URL,
        ),
    ),
    near=("model", "ec2", "rds"),
)


def _service_stems(setting: str) -> dict[str, tuple[str, ...]]:
    return {
        "ask_true": (f"{setting} Which task is {COMPANY}?",),
        "ask_false": (f"{setting} Which task is NOT {COMPANY}?",),
        "ask_many": (f"{setting} Which tasks are {COMPANY}?",),
    }


EC2 = Concept(
    id="ec2",
    name="Amazon EC2",
    kind="service",
    subject="Amazon EC2",
    purpose="On EC2 the customer manages the guest operating system, its software, security "
    "groups and instance roles; AWS manages the host, the hypervisor and the facilities.",
    heading=_heading("by service", "amazon EC2"),
    reference=ECS_SHARED_MODEL_URL,
    task="2.1",
    **_service_stems("A company runs its application on Amazon EC2 instances."),
    true=(
        Claim(
            "guest-os",
            "Install security patches on the instances' guest operating system",
            "The customer manages the guest operating system of its instances, including "
            "updates and security patches.",
            EC2_UPDATE_URL,
        ),
        Claim(
            "app-updates",
            "Update the software that the company installed on the instances",
            "AWS recommends that customers regularly patch and update the applications on "
            "their EC2 instances as well as the OS.",
            EC2_UPDATE_URL,
        ),
        Claim(
            "security-groups",
            "Configure the security groups that control traffic to the instances",
            "The customer is responsible for configuring the AWS-provided security group firewall.",
            ECS_SHARED_MODEL_URL,
        ),
        Claim(
            "instance-role",
            "Choose the IAM role attached to the instances and its permissions",
            "The customer creates the role, defines what the application may do with it and "
            "attaches it to the instance.",
            EC2_ROLES_URL,
        ),
        Claim(
            "who-manages-instances",
            "Control which IAM identities may launch or stop the instances",
            "The customer uses IAM to control how users in its account may use the account's "
            "EC2 resources.",
            EC2_IAM_URL,
        ),
    ),
    false=(
        Claim(
            "hypervisor",
            "Patch the hypervisor that isolates the instances on their host",
            "The virtualization layer is operated and controlled by AWS.",
            ECS_SHARED_MODEL_URL,
        ),
        Claim(
            "host-os",
            "Update the host operating system that runs beneath the instances",
            "AWS operates and controls the host operating system; only the guest operating "
            "system is the customer's.",
            ECS_SHARED_MODEL_URL,
        ),
        Claim(
            "facilities",
            "Guard the data center facilities where the instances' servers stand",
            "Physical security of the facilities is AWS's responsibility.",
            ECS_SHARED_MODEL_URL,
        ),
        Claim(
            "hardware",
            "Replace failed physical servers that the instances run on",
            "The hardware that runs AWS services is part of the infrastructure that AWS "
            "protects and maintains.",
            IAM_SECURITY_URL,
        ),
    ),
    practices=(
        Practice(
            id="os-vulnerability",
            situation="A critical vulnerability is announced in the Linux distribution that a "
            "company runs on its Amazon EC2 instances.",
            question="What should the company do?",
            recommended=Option(
                "Patch the instances' operating system itself, for example with AWS Systems "
                "Manager Patch Manager.",
                "The guest operating system is the customer's to patch; AWS recommends regular "
                "patching and names Patch Manager to automate it.",
            ),
            alternatives=(
                Option(
                    "Wait for AWS to patch the guest operating system during the instances' "
                    "next maintenance event.",
                    "AWS maintains the host and the virtualization layer, not the guest "
                    "operating system, which stays unpatched until the customer acts.",
                ),
                Option(
                    "Stop and start the instances so that they move to hosts that AWS has "
                    "already patched.",
                    "A patched host does not change the guest operating system on the "
                    "instance's volume; the vulnerable packages remain.",
                ),
                Option(
                    "Open an AWS Support case asking AWS to install the fix on the company's "
                    "instances.",
                    "Updates and security patches for the guest operating system are the "
                    "customer's responsibility, not a support task.",
                ),
            ),
            reference=EC2_UPDATE_URL,
        ),
        Practice(
            id="app-needs-s3",
            situation="An application on an Amazon EC2 instance must upload files to one "
            "Amazon S3 bucket.",
            question="How should the company give the application access?",
            recommended=Option(
                "Attach an IAM role to the instance that allows uploads to that bucket only.",
                "A role gives the application temporary credentials; choosing the role and its "
                "permissions is the customer's part.",
            ),
            alternatives=(
                Option(
                    "Store an IAM user's access keys in a configuration file on the instance.",
                    "Long-term keys on an instance must be distributed and rotated by hand; "
                    "IAM roles exist so that applications need no stored credentials.",
                ),
                Option(
                    "Ask AWS to grant the instance access, since AWS manages EC2 instances.",
                    "AWS manages the hosts, not the customer's permissions; the customer "
                    "defines the role and what it may do.",
                ),
                Option(
                    "Allow public writes on the bucket so that the instance needs no credentials.",
                    "New buckets block public access by default for good reason: public "
                    "writes would let anyone upload to the bucket.",
                ),
            ),
            reference=EC2_ROLES_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "own-kernel",
            "install its own security agent and a hardened kernel on the operating system of "
            "the servers that run its application",
            "Only EC2 gives the customer the guest operating system to manage, with its updates "
            "and security patches; Fargate, Lambda and the managed databases keep it from the "
            "customer.",
            reference=ECS_SHARED_MODEL_URL,
        ),
        Scenario(
            "choose-patch-timing",
            "pick the operating system of its virtual servers and decide itself when each "
            "security patch is installed",
            "On EC2 the customer chooses and patches the guest operating system, for example on "
            "its own schedule with Systems Manager Patch Manager.",
            reference=EC2_UPDATE_URL,
        ),
        Scenario(
            "full-os-control",
            "move a legacy application that needs full administrator access to the operating "
            "system it runs on",
            "An EC2 instance's guest operating system is the customer's to run; the other "
            "models keep the operating system under AWS's management.",
        ),
    ),
    near=("rds", "lambda", "fargate", "dynamodb", "s3", "shared-controls"),
)

RDS = Concept(
    id="rds",
    name="Amazon RDS",
    kind="service",
    subject="Amazon RDS",
    purpose="On RDS, AWS patches and maintains the DB instance's software and hardware; the "
    "customer controls who may manage it, who may connect and who may log in.",
    heading=_heading("by service", "amazon RDS"),
    reference=RDS_WELCOME_URL,
    task="2.1",
    **_service_stems("A company runs its database on Amazon RDS."),
    true=(
        Claim(
            "db-users",
            "Create the database users and grant their privileges",
            "Inside the database, logins and permissions work as in a stand-alone database: "
            "the customer runs CREATE USER, GRANT and REVOKE.",
            RDS_DB_SECURITY_URL,
        ),
        Claim(
            "management-permissions",
            "Decide which IAM identities may delete or modify the DB instance",
            "IAM controls who can perform Amazon RDS management actions on DB instances; the "
            "customer writes those policies.",
            RDS_DB_SECURITY_URL,
        ),
        Claim(
            "security-group",
            "Choose which hosts the VPC security group lets connect",
            "The customer uses a VPC security group to control which devices and EC2 "
            "instances can open connections to the DB instance.",
            RDS_DB_SECURITY_URL,
        ),
        Claim(
            "rotate-secrets",
            "Rotate the database credentials, for example with Secrets Manager",
            "AWS's RDS security best practices tell customers to rotate their credentials, "
            "for example with AWS Secrets Manager.",
            RDS_BEST_PRACTICES_URL,
        ),
    ),
    false=(
        Claim(
            "os-patching",
            "Install operating system patches on the DB instance's host",
            "Amazon RDS manages software patching for its DB instances.",
            RDS_WELCOME_URL,
        ),
        Claim(
            "engine-maintenance",
            "Install and maintain the database software on the DB instance",
            "Amazon RDS maintains the database software that powers the DB instance.",
            RDS_API_URL,
        ),
        Claim(
            "failure-recovery",
            "Detect failures of the DB instance's host and recover from them",
            "Amazon RDS manages automatic failure detection and recovery.",
            RDS_WELCOME_URL,
        ),
        Claim(
            "hardware",
            "Provision and maintain the hardware beneath the DB instance",
            "AWS handles hardware provisioning and maintenance for DB instances.",
            RDS_CONCEPTS_URL,
        ),
    ),
    practices=(
        Practice(
            id="analyst-read-only",
            situation="A data analyst needs to read two tables in a company's Amazon RDS for "
            "MariaDB database, without changing data or managing the DB instance.",
            question="What should the database administrator do?",
            recommended=Option(
                "Create a database user for the analyst and grant SELECT on those two tables only.",
                "Database logins and privileges work as in a stand-alone MariaDB and are the "
                "customer's to manage, with least privilege.",
            ),
            alternatives=(
                Option(
                    "Attach the AmazonRDSReadOnlyAccess policy to the analyst's IAM user so "
                    "that they can read the tables.",
                    "IAM policies control RDS management actions on DB instances; they do not "
                    "grant privileges on tables inside the database.",
                ),
                Option(
                    "Ask AWS Support for a read-only login, since AWS manages the database "
                    "software.",
                    "AWS maintains the database software, but the users and grants inside the "
                    "database are the customer's.",
                ),
                Option(
                    "Give the analyst the master user's password and ask them to run only "
                    "SELECT queries.",
                    "The master user can create users, delete and drop data; sharing it breaks "
                    "least privilege.",
                ),
            ),
            reference=RDS_DB_SECURITY_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "mysql-no-patching",
            "run its MySQL database without installing database software patches or replacing "
            "failed hardware itself",
            "Amazon RDS manages software patching, backups and automatic failure detection and "
            "recovery for the DB instance; on EC2 the customer would patch it.",
        ),
        Scenario(
            "keep-sql-grants",
            "keep its relational data, SQL queries and GRANT-based database users while AWS "
            "takes over backups and failure recovery",
            "In RDS, logins and permissions inside the database work as in a stand-alone "
            "database, while RDS manages backups and recovery.",
            reference=RDS_DB_SECURITY_URL,
        ),
        Scenario(
            "postgres-off-own-servers",
            "stop patching its PostgreSQL database software and servers itself, while keeping "
            "control of who may log in to the database",
            "RDS maintains the database software; the customer still creates the database users "
            "and grants.",
            reference=RDS_API_URL,
        ),
    ),
    near=("ec2", "dynamodb", "fargate", "lambda", "s3", "shared-controls"),
)

LAMBDA = Concept(
    id="lambda",
    name="AWS Lambda",
    kind="service",
    subject="AWS Lambda",
    purpose="On Lambda, AWS runs and patches the servers and the managed runtimes; the "
    "customer owns the code, the execution role's permissions and container images.",
    heading=_heading("by service", "AWS lambda"),
    reference=LAMBDA_RUNTIME_URL,
    task="2.1",
    **_service_stems("A company runs code in AWS Lambda functions."),
    true=(
        Claim(
            "execution-role",
            "Define the permissions of each function's execution role",
            "A function's execution role is an IAM role that grants it permission to access "
            "AWS services and resources; the customer defines it.",
            LAMBDA_ROLE_URL,
        ),
        Claim(
            "least-privilege",
            "Keep each execution role to what its function needs",
            "AWS advises granting least-privilege access to the execution role, which the "
            "customer manages.",
            LAMBDA_ROLE_URL,
        ),
        Claim(
            "container-images",
            "Rebuild container-image functions on the latest base image",
            "For functions deployed as container images, Lambda publishes updated base images, "
            "and the customer rebuilds and redeploys.",
            LAMBDA_RUNTIME_URL,
        ),
        Claim(
            "manual-mode",
            "Update functions in Manual mode to the latest runtime version",
            "For functions in the Manual runtime update mode, the customer is responsible for "
            "updating the function to the latest runtime version.",
            LAMBDA_RUNTIME_URL,
        ),
    ),
    false=(
        Claim(
            "server-os",
            "Patch the operating system of the servers that run functions",
            "Lambda performs server and operating system maintenance for the compute resources.",
            LAMBDA_API_URL,
        ),
        Claim(
            "capacity",
            "Provision and scale the servers that run the functions",
            "Lambda handles capacity provisioning and automatic scaling.",
            LAMBDA_API_URL,
        ),
        Claim(
            "publish-runtime-patches",
            "Publish security updates for managed runtimes such as Python",
            "Lambda curates and publishes security updates for all supported managed runtimes.",
            LAMBDA_RUNTIME_URL,
        ),
        Claim(
            "auto-mode",
            "Apply runtime patches to functions that use the Auto mode",
            "Lambda applies runtime updates to all functions configured with the Auto runtime "
            "update mode.",
            LAMBDA_RUNTIME_URL,
        ),
    ),
    practices=(
        Practice(
            id="write-to-dynamodb",
            situation="A Lambda function must write items to one Amazon DynamoDB table.",
            question="How should the developer give the function access?",
            recommended=Option(
                "Allow writes to that table in the function's execution role.",
                "Lambda assumes the execution role when it invokes the function; granting the "
                "role least-privilege access is the customer's task.",
            ),
            alternatives=(
                Option(
                    "Put an IAM user's access keys in the function's environment variables.",
                    "The execution role already gives the function credentials; long-term keys "
                    "would have to be stored, protected and rotated.",
                ),
                Option(
                    "Rely on Lambda, which lets functions write to tables in the same account.",
                    "By default a new function's execution role has minimal permissions, such "
                    "as sending logs to CloudWatch; nothing else is granted.",
                ),
                Option(
                    "Attach the write permission to the developer's own IAM user.",
                    "The function runs with its execution role, not with the permissions of "
                    "whoever deployed it.",
                ),
            ),
            reference=LAMBDA_ROLE_URL,
        ),
        Practice(
            id="container-patch",
            situation="A company deploys its Lambda functions as container images. AWS "
            "publishes a base image that fixes a runtime security issue.",
            question="What must the company do for its functions to get the fix?",
            recommended=Option(
                "Rebuild the function images from the new base image and redeploy them.",
                "For container images, Lambda publishes updated base images and the customer "
                "rebuilds and redeploys its functions.",
            ),
            alternatives=(
                Option(
                    "Nothing, because Lambda patches the runtime of every function itself.",
                    "Lambda applies runtime updates to managed runtimes in Auto mode; container "
                    "image functions must be rebuilt by the customer.",
                ),
                Option(
                    "Switch the functions to the Manual runtime update mode.",
                    "Manual mode makes the customer update runtime versions itself; AWS "
                    "recommends it only as a temporary rollback.",
                ),
                Option(
                    "Patch the Lambda hosts' operating system with Systems Manager.",
                    "Lambda performs server and operating system maintenance; customers do not "
                    "manage the hosts.",
                ),
            ),
            reference=LAMBDA_RUNTIME_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "event-code",
            "run short pieces of code in response to events, with no servers or containers to "
            "manage and no operating system to patch",
            "Lambda performs all administration of the compute resources, including server and "
            "operating system maintenance; Fargate still runs the customer's container images.",
            reference=LAMBDA_API_URL,
        ),
        Scenario(
            "runtime-patched",
            "have AWS apply the security patches of the language runtime that its code runs on, "
            "automatically",
            "Lambda publishes security updates for its managed runtimes and applies them to "
            "functions in the Auto runtime update mode; in containers the image is the "
            "customer's.",
        ),
        Scenario(
            "code-only",
            "run a small function each time a file is uploaded, supplying only its code, with "
            "no container image to build and no server to set up",
            "With a managed runtime, the customer supplies the function code and Lambda runs and "
            "patches everything under it; Fargate needs a container image, EC2 a server.",
            reference=LAMBDA_RUNTIME_URL,
        ),
    ),
    near=("fargate", "ec2", "s3", "dynamodb", "rds"),
)

S3 = Concept(
    id="s3",
    name="Amazon S3",
    kind="service",
    subject="Amazon S3",
    purpose="On S3, AWS runs the servers, storage and encryption at rest; the customer "
    "decides who can access its buckets and objects and which encryption keys to use.",
    heading=_heading("by service", "amazon S3"),
    reference=S3_OWNERSHIP_URL,
    task="2.1",
    **_service_stems("A company keeps customer files in Amazon S3."),
    true=(
        Claim(
            "bucket-policies",
            "Write the bucket policies that decide who can read the objects",
            "With ACLs disabled by default, the bucket owner manages access to its data "
            "exclusively with access management policies.",
            S3_OWNERSHIP_URL,
        ),
        Claim(
            "public-access",
            "Decide whether any bucket should allow public access at all",
            "New buckets, access points and objects don't allow public access by default; "
            "allowing it is the customer's decision.",
            S3_BLOCK_PUBLIC_URL,
        ),
        Claim(
            "iam-permissions",
            "Grant IAM users and roles only the S3 actions they need",
            "Applying least-privilege permissions to identities is an IAM best practice for "
            "the customer.",
            BEST_PRACTICES_URL,
        ),
        Claim(
            "encryption-choice",
            "Choose SSE-KMS instead of the default encryption when needed",
            "SSE-S3 is the base level; choosing another server-side encryption option, such "
            "as SSE-KMS, is the customer's choice.",
            S3_SSE_URL,
        ),
    ),
    false=(
        Claim(
            "default-encryption",
            "Encrypt every new object with SSE-S3 before it is stored",
            "Amazon S3 applies SSE-S3 to every new object upload automatically, at no "
            "additional cost.",
            S3_SSE_URL,
        ),
        Claim(
            "server-os",
            "Patch the operating systems of the servers that store objects",
            "The servers behind S3 are part of the infrastructure that AWS protects.",
            IAM_SECURITY_URL,
        ),
        Claim(
            "facilities",
            "Guard the data centers where the objects are stored",
            "Physical security of the facilities is part of security of the cloud.",
            ECS_SHARED_MODEL_URL,
        ),
        Claim(
            "availability",
            "Keep the S3 service available and scaled for the requests",
            "Running the service and its infrastructure is AWS's part of the model.",
            IAM_SECURITY_URL,
        ),
    ),
    practices=(
        Practice(
            id="payroll-bucket",
            situation="A bucket holds payroll files that only the company's finance role may read.",
            question="What should the company do?",
            recommended=Option(
                "Keep Block Public Access on and allow only the finance role in a bucket policy.",
                "Access to S3 data is managed with policies, which the bucket owner writes; "
                "public access stays blocked by default.",
            ),
            alternatives=(
                Option(
                    "Rely on the default SSE-S3 encryption to keep other users from reading "
                    "the files.",
                    "SSE-S3 protects data at rest, but S3 decrypts objects for any request "
                    "that is allowed to read them; access is set by policies.",
                ),
                Option(
                    "Ask AWS Support to restrict the bucket so that only the finance team can "
                    "read it.",
                    "Who can access the data in a bucket is decided by the bucket owner, not "
                    "by AWS.",
                ),
                Option(
                    "Grant the finance team read access with an object ACL on each payroll file.",
                    "ACLs are disabled by default, and AWS recommends keeping them disabled "
                    "and controlling access with policies.",
                ),
            ),
            reference=S3_OWNERSHIP_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "documents-as-objects",
            "store millions of scanned documents as files, with no storage servers to manage, "
            "and decide itself who may read each one",
            "S3 runs the storage; the bucket owner decides who can access the objects with "
            "access management policies.",
        ),
        Scenario(
            "private-unless-allowed",
            "have every file its users upload stay private by default, with no storage "
            "servers to run, unless it deliberately makes a file public",
            "New S3 buckets, access points and objects don't allow public access by default; "
            "allowing it is the customer's decision.",
            reference=S3_BLOCK_PUBLIC_URL,
        ),
        Scenario(
            "files-encrypted-on-upload",
            "store large video files that are encrypted at rest automatically as they are "
            "uploaded, at no extra cost",
            "Amazon S3 applies SSE-S3 to every new object upload automatically, at no "
            "additional cost.",
            reference=S3_SSE_URL,
        ),
    ),
    near=("dynamodb", "lambda", "ec2", "rds", "fargate", "customer-identity"),
)

DYNAMODB = Concept(
    id="dynamodb",
    name="Amazon DynamoDB",
    kind="service",
    subject="Amazon DynamoDB",
    purpose="DynamoDB is a fully managed NoSQL database: AWS provisions, patches, replicates and "
    "scales it and encrypts every table at rest; the customer decides who may use each table "
    "and which KMS key type protects it.",
    heading=_heading("by service", "amazon DynamoDB"),
    reference=DYNAMODB_API_URL,
    task="2.1",
    **_service_stems("A company stores its application data in Amazon DynamoDB tables."),
    true=(
        Claim(
            "iam-permissions",
            "Grant each application only the table actions it needs",
            "Applying least-privilege permissions to the identities that use the tables is an "
            "IAM best practice for the customer.",
            BEST_PRACTICES_URL,
        ),
        Claim(
            "key-type",
            "Choose which type of KMS key encrypts each of its tables",
            "When creating a table, the customer chooses an AWS owned key (the default), an AWS "
            "managed key or a customer managed key, and can switch at any time.",
            DYNAMODB_ENCRYPTION_URL,
        ),
        Claim(
            "customer-key-control",
            "Control who may use the customer managed key it chose",
            "A customer managed key is created, owned and managed by the customer, who has "
            "full control over it.",
            DYNAMODB_ENCRYPTION_URL,
        ),
        Claim(
            "client-side",
            "Encrypt especially sensitive data client-side before writing it",
            "To protect data in use, AWS suggests protecting it before sending it to DynamoDB "
            "with client-side encryption, which the customer sets up.",
            DYNAMODB_USAGE_NOTES_URL,
        ),
    ),
    false=(
        Claim(
            "software-patching",
            "Install software patches on the servers that store the tables",
            "DynamoDB is fully managed: customers don't have to worry about software patching, "
            "hardware provisioning or cluster scaling.",
            DYNAMODB_API_URL,
        ),
        Claim(
            "replication",
            "Replicate each table across Availability Zones for durability",
            "DynamoDB stores data on SSDs and replicates it automatically across multiple "
            "Availability Zones in a Region.",
            DYNAMODB_API_URL,
        ),
        Claim(
            "turn-on-encryption",
            "Turn on encryption at rest for each new table it creates",
            "All user data in DynamoDB is encrypted at rest; server-side encryption is enabled "
            "on all table data and cannot be disabled.",
            DYNAMODB_USAGE_NOTES_URL,
        ),
        Claim(
            "rotate-owned-key",
            "Rotate the AWS owned key that encrypts its tables by default",
            "Customers cannot view, manage, use or audit AWS owned keys; AWS owns and manages "
            "them and needs no work from the customer.",
            DYNAMODB_KEYS_URL,
        ),
        Claim(
            "scale-servers",
            "Add servers to the cluster when the tables' traffic grows",
            "DynamoDB spreads a table's data and traffic over enough servers itself; customers "
            "don't manage cluster scaling.",
            DYNAMODB_API_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "no-db-instances",
            "store key-value data for its mobile app in a database with no servers, instances "
            "or database software for it to patch",
            "DynamoDB has no instances for the customer: AWS handles provisioning, software "
            "patching and scaling. Amazon RDS still runs DB instances that the customer sizes.",
        ),
        Scenario(
            "own-key-nosql",
            "keep its NoSQL tables encrypted at rest under a key that it creates and fully "
            "controls itself",
            "DynamoDB tables can be encrypted with a customer managed key, which the customer "
            "creates, owns and manages.",
            reference=DYNAMODB_ENCRYPTION_URL,
        ),
        Scenario(
            "session-store",
            "keep session data in a fully managed NoSQL database that replicates it across "
            "Availability Zones without any setup",
            "DynamoDB replicates data automatically across multiple Availability Zones in a "
            "Region, with no replication for the customer to configure.",
        ),
    ),
    practices=(
        Practice(
            id="runbook-patching",
            situation="A team moved its NoSQL database from self-managed EC2 instances to "
            "Amazon DynamoDB. Its runbook still has a weekly task to patch the database servers.",
            question="What should the team do with that task?",
            recommended=Option(
                "Drop it, and review the tables' IAM permissions and key choice instead.",
                "DynamoDB's software patching is AWS's; who may use the tables and which key "
                "protects them remain the customer's.",
            ),
            alternatives=(
                Option(
                    "Keep it, and patch the DynamoDB servers with Systems Manager Patch Manager.",
                    "Customers have no access to the servers behind DynamoDB; AWS handles its "
                    "software patching.",
                ),
                Option(
                    "Replace it with a weekly AWS Support case asking AWS to patch the tables.",
                    "DynamoDB is fully managed, so no request is needed for AWS to patch it.",
                ),
                Option(
                    "Replace it with a weekly check that encryption at rest is still turned on.",
                    "Encryption at rest is enabled on all DynamoDB table data and cannot be "
                    "disabled, so there is nothing to check or switch back on.",
                ),
            ),
            reference=DYNAMODB_API_URL,
        ),
    ),
    near=("rds", "s3", "lambda", "ec2", "fargate"),
)

FARGATE = Concept(
    id="fargate",
    name="AWS Fargate",
    kind="service",
    subject="AWS Fargate",
    purpose="Fargate runs Amazon ECS containers without servers for the customer to manage: AWS "
    "provisions and patches the hosts and the container runtime; the customer owns the "
    "container images, network configuration, task roles and storage encryption.",
    heading=_heading("by service", "AWS fargate"),
    reference=ECS_FARGATE_URL,
    task="2.1",
    **_service_stems("A company runs its containers on AWS Fargate with Amazon ECS."),
    true=(
        Claim(
            "container-images",
            "Build, scan and update the container images that the tasks run",
            "With Fargate, the customer remains responsible for its container images.",
            ECS_FARGATE_URL,
        ),
        Claim(
            "network-config",
            "Configure the VPC, security groups and network ACLs of the tasks",
            "The customer manages network configuration, including the VPC, NACLs, security "
            "groups and route tables.",
            ECS_FARGATE_URL,
        ),
        Claim(
            "task-roles",
            "Grant the applications IAM permissions through task roles",
            "IAM permissions for applications, given through task roles, are the customer's "
            "to manage.",
            ECS_FARGATE_URL,
        ),
        Claim(
            "storage-encryption",
            "Configure the encryption of the storage that its tasks use",
            "Client and server storage encryption is listed among the customer's "
            "responsibilities for the Fargate launch type.",
            ECS_FARGATE_URL,
        ),
    ),
    false=(
        Claim(
            "host-patching",
            "Patch the operating system of the hosts that run the tasks",
            "When using Fargate, customers are not responsible for securing the compute "
            "infrastructure; Fargate provisions and patches it.",
            ECS_FARGATE_URL,
        ),
        Claim(
            "ecs-agent",
            "Update the Amazon ECS container agent on the cluster's servers",
            "The ECS agent is the customer's to maintain only with the EC2 launch type; with "
            "Fargate there are no container instances to manage.",
            ECS_FARGATE_URL,
        ),
        Claim(
            "ami-hardening",
            "Patch and harden the AMI of the container instances",
            "Patching and hardening the EC2 instance AMI is a customer task of the EC2 launch "
            "type, not of Fargate.",
            ECS_FARGATE_URL,
        ),
        Claim(
            "scale-hosts",
            "Add servers to the cluster when more tasks need to run",
            "Fargate automatically scales the infrastructure on the customer's behalf.",
            ECS_BEST_PRACTICES_SHARED_URL,
        ),
    ),
    scenarios=(
        Scenario(
            "containers-no-servers",
            "run its long-running containerized web application on Amazon ECS without "
            "provisioning, patching or scaling any servers",
            "With Fargate, AWS provisions, patches and scales the compute under the containers; "
            "ECS on EC2 instances leaves the instances to the customer.",
        ),
        Scenario(
            "isolated-tasks",
            "run each container task in its own isolated environment that shares no kernel, "
            "CPU or memory with other tasks",
            "Fargate runs each workload in an isolated virtualized environment; tasks don't "
            "share an operating system, kernel, CPU or memory with other tasks.",
        ),
        Scenario(
            "stop-ami-patching",
            "stop patching the AMIs and the ECS agent of the instances under its container "
            "workloads, while keeping its own container images",
            "The AMI and ECS agent are the customer's only with the EC2 launch type; on Fargate "
            "AWS runs the infrastructure and the customer keeps its images.",
        ),
    ),
    practices=(
        Practice(
            id="move-to-fargate",
            situation="A company runs Amazon ECS tasks on EC2 container instances and spends "
            "days each month patching AMIs and updating the ECS agent. It wants AWS to take over "
            "that work.",
            question="What should the company do?",
            recommended=Option(
                "Move the tasks to Fargate and keep maintaining its container images.",
                "Fargate provisions and patches the infrastructure; the container images stay "
                "the customer's responsibility.",
            ),
            alternatives=(
                Option(
                    "Move the tasks to Fargate and stop scanning the container images, which "
                    "AWS now patches.",
                    "Container images remain the customer's responsibility with Fargate.",
                ),
                Option(
                    "Keep the EC2 instances, since Amazon ECS patches their AMIs once they "
                    "join a cluster.",
                    "With the EC2 launch type, the instance AMI, including patching and "
                    "hardening, and the ECS agent remain the customer's.",
                ),
                Option(
                    "Keep the EC2 instances and open an AWS Support case for each monthly "
                    "patch round.",
                    "Patching container instances is the customer's part of the model with the "
                    "EC2 launch type; AWS Support does not do it.",
                ),
            ),
            reference=ECS_FARGATE_URL,
        ),
    ),
    near=("lambda", "ec2", "rds", "dynamodb", "s3"),
)

DATA_PROTECTION = Concept(
    id="data-protection",
    name="The customer's data protection and encryption duties",
    kind="",
    subject="the customer's data protection duties",
    purpose="AWS protects the global infrastructure and provides encryption tools; the "
    "customer keeps control of its content, chooses and configures encryption, and keeps "
    "sensitive data out of places such as tags.",
    heading=_heading("data protection", "encryption choices"),
    reference=DATA_PROTECTION_URL,
    task="2.1",
    ask_true=(
        f"Which data protection task is {CUSTOMER}?",
        "Which encryption or data protection task falls to the customer on AWS?",
    ),
    ask_false=(
        f"Which data protection task is NOT {CUSTOMER}?",
        "Which encryption or data protection task does NOT fall to the customer on AWS?",
    ),
    ask_many=(f"Which data protection tasks are {CUSTOMER}?",),
    true=(
        Claim(
            "control-content",
            "Keep control over the content it stores in AWS services",
            "Under the model, the customer is responsible for maintaining control over its "
            "content that is hosted on AWS's infrastructure.",
            DATA_PROTECTION_URL,
        ),
        Claim(
            "security-configuration",
            "Carry out the security configuration of the services it uses",
            "The customer is also responsible for the security configuration and management "
            "tasks for the AWS services that it uses.",
            DATA_PROTECTION_URL,
        ),
        Claim(
            "use-tls",
            "Make its applications use SSL/TLS when they talk to AWS",
            "AWS recommends that customers secure their data by using SSL/TLS to communicate "
            "with AWS resources.",
            DATA_PROTECTION_URL,
        ),
        Claim(
            "no-secrets-in-tags",
            "Keep customers' email addresses out of tags and Name fields",
            "AWS recommends never putting confidential information into tags or free-form "
            "fields such as Name, which may be used for billing or diagnostic logs.",
            DATA_PROTECTION_URL,
        ),
        Claim(
            "choose-key",
            "Choose a customer managed key when it needs full control",
            "A customer managed key is created, owned and managed by the customer, who has "
            "full control over it; the default AWS owned key needs no work.",
            DYNAMODB_ENCRYPTION_URL,
        ),
    ),
    false=(
        Claim(
            "global-infrastructure",
            "Protect the global infrastructure that runs the AWS Cloud",
            "AWS is responsible for protecting the global infrastructure that runs all of the "
            "AWS Cloud.",
            DATA_PROTECTION_URL,
        ),
        Claim(
            "https-endpoints",
            "Turn on HTTPS for the Lambda API endpoints it calls",
            "Lambda API endpoints only support secure connections over HTTPS; there is nothing "
            "for the customer to turn on.",
            DATA_PROTECTION_URL,
        ),
        Claim(
            "audit-owned-keys",
            "Audit each use of the AWS owned keys that protect its data",
            "Customers cannot view, manage, use or audit AWS owned keys; AWS owns and manages "
            "them.",
            DYNAMODB_KEYS_URL,
        ),
        Claim(
            "dynamodb-encryption-switch",
            "Switch on encryption at rest for its new DynamoDB tables",
            "All DynamoDB table data is encrypted at rest, and server-side encryption cannot be "
            "disabled.",
            DYNAMODB_USAGE_NOTES_URL,
        ),
    ),
    practices=(
        Practice(
            id="auditable-key",
            situation="A healthcare company keeps patient records in Amazon DynamoDB. Its "
            "auditors require a key that the company itself creates, manages and controls.",
            question="What should the company do?",
            recommended=Option(
                "Switch the table's encryption to a customer managed key in AWS KMS.",
                "A customer managed key is created, owned and managed by the customer, with "
                "full control; DynamoDB lets a table switch key type at any time.",
            ),
            alternatives=(
                Option(
                    "Keep the default AWS owned key, whose use the company can audit in AWS "
                    "CloudTrail.",
                    "Customers cannot view, manage, use or audit AWS owned keys.",
                ),
                Option(
                    "Use the AWS managed key for DynamoDB and edit its key policy to limit "
                    "who may use it.",
                    "AWS managed keys can be viewed and audited, but customers cannot manage "
                    "them or change their permissions.",
                ),
                Option(
                    "Turn on encryption at rest for the table, which DynamoDB leaves off until "
                    "asked.",
                    "DynamoDB encrypts all table data at rest already, and it cannot be "
                    "disabled; the choice is which key.",
                ),
            ),
            reference=DYNAMODB_KEYS_URL,
        ),
        Practice(
            id="emails-in-tags",
            situation="A developer wants to tag each Amazon S3 bucket with the email address "
            "of the customer whose files it holds, so that support staff can find it quickly.",
            question="What should the team do?",
            recommended=Option(
                "Keep the addresses out of tags and look them up in the application's own data.",
                "AWS recommends never putting confidential information such as customers' "
                "email addresses into tags, which may be used for billing or diagnostic logs.",
            ),
            alternatives=(
                Option(
                    "Put the addresses in tags, since AWS encrypts tag values with the "
                    "company's keys.",
                    "Tags are not a place for sensitive data: AWS warns that what is entered "
                    "into tags may be used for billing or diagnostic logs.",
                ),
                Option(
                    "Put the addresses in each bucket's Name field instead of in a tag.",
                    "AWS gives the same warning for free-form text fields such as a Name field.",
                ),
                Option(
                    "Put the addresses in tags and require SSL/TLS for every request to the "
                    "buckets.",
                    "TLS protects data in transit; it doesn't keep tag values out of billing or "
                    "diagnostic logs.",
                ),
            ),
            reference=DATA_PROTECTION_URL,
        ),
    ),
    near=("customer-identity", "s3", "dynamodb"),
)

ARTIFACT = Concept(
    id="artifact",
    name="AWS Artifact",
    kind="service",
    subject="AWS Artifact",
    purpose="AWS Artifact is a self-service portal for downloading AWS's own compliance "
    "reports, such as SOC and PCI reports, and managing agreements with AWS; it does not "
    "assess the customer's resources.",
    heading=_heading("compliance evidence", "AWS artifact"),
    reference=ARTIFACT_FAQ_URL,
    task="2.2",
    true=(
        Claim(
            "reports",
            "AWS Artifact offers on-demand downloads of AWS's compliance reports, such as SOC "
            "and PCI reports.",
            "AWS Artifact Reports download AWS security and compliance documents, such as ISO "
            "certifications and PCI and SOC reports.",
            ARTIFACT_FAQ_URL,
        ),
        Claim(
            "agreements",
            "AWS Artifact lets an account review and accept agreements with AWS, such as a "
            "Business Associate Addendum.",
            "AWS Artifact Agreements let customers review, accept and track the status of AWS "
            "agreements such as the Business Associate Addendum (BAA).",
            ARTIFACT_FAQ_URL,
        ),
        Claim(
            "third-party-reports",
            "Third-party audit reports on AWS services, which auditors often ask for, can be "
            "downloaded from AWS Artifact.",
            "AWS services are assessed by third-party auditors, and their audit reports are "
            "available to download using AWS Artifact.",
            COMPLIANCE_VALIDATION_URL,
        ),
        Claim(
            "iam-permissions",
            "IAM users without admin permissions need IAM permissions, such as "
            "AWSArtifactReportsReadOnlyAccess, to download reports.",
            "Non-admin IAM users are granted access with IAM permissions; the "
            "AWSArtifactReportsReadOnlyAccess policy allows listing and downloading reports.",
            ARTIFACT_POLICIES_URL,
        ),
        Claim(
            "every-account",
            "Every AWS account has access to AWS Artifact, and its admins can download the "
            "reports available to the account.",
            "All AWS accounts have access to AWS Artifact; root users and admin IAM users can "
            "download the audit artifacts after agreeing to their terms.",
            ARTIFACT_FAQ_URL,
        ),
    ),
    false=(
        Claim(
            "scans-resources",
            "AWS Artifact scans the customer's resources and reports whether its own workload "
            "meets a compliance standard.",
            "AWS Artifact retrieves AWS's compliance documentation and agreements; it does not "
            "evaluate the customer's resources.",
            ARTIFACT_FAQ_URL,
        ),
        Claim(
            "records-api-calls",
            "AWS Artifact records the API calls made in the account so that auditors can "
            "review who did what.",
            "Recording API calls is what AWS CloudTrail does; AWS Artifact provides AWS's "
            "compliance reports and agreements.",
            CLOUDTRAIL_URL,
        ),
        Claim(
            "certifies-customer",
            "A SOC report downloaded from AWS Artifact certifies the customer's own "
            "application as compliant.",
            "The reports cover AWS's services; the customer's compliance depends on its own "
            "data, objectives and applicable laws.",
            COMPLIANCE_VALIDATION_URL,
        ),
        Claim(
            "support-only",
            "AWS Artifact reports are sent to customers only on request, through a case that "
            "they open with AWS Support.",
            "AWS Artifact is self-service: reports are available on demand in the console.",
            ARTIFACT_FAQ_URL,
        ),
        Claim(
            "root-only",
            "Only the root user of an account can download reports from AWS Artifact; IAM "
            "users never can.",
            "Admin IAM users can download them too, and other IAM users can be given access "
            "with IAM permissions.",
            ARTIFACT_FAQ_URL,
            negates="iam-permissions",
        ),
    ),
    scenarios=(
        Scenario(
            "soc-report",
            "give its external auditors AWS's SOC 2 report on the data centers that host its "
            "workloads",
            "AWS Artifact offers AWS's SOC reports for download on demand; they describe "
            "AWS's controls, which the customer cannot evidence itself.",
        ),
        Scenario(
            "baa",
            "review and accept a Business Associate Addendum with AWS before it stores "
            "patient records",
            "AWS Artifact Agreements let an account review, accept and track AWS agreements "
            "such as the BAA.",
        ),
        Scenario(
            "pci-evidence",
            "download evidence that the AWS services it uses for card payments were assessed "
            "against PCI DSS",
            "AWS Artifact provides AWS's PCI reports and other third-party audit reports on "
            "AWS services.",
            reference=COMPLIANCE_VALIDATION_URL,
        ),
    ),
    practices=(
        Practice(
            id="auditor-physical-controls",
            situation="An external auditor asks a company for evidence that physical access "
            "to the AWS data centers hosting its workloads is controlled.",
            question="What should the company provide?",
            recommended=Option(
                "Download AWS's SOC report from AWS Artifact and share it under the report's "
                "terms.",
                "Physical security is AWS's responsibility; AWS's third-party audit reports, "
                "such as SOC reports, are downloadable from AWS Artifact.",
            ),
            alternatives=(
                Option(
                    "Generate the IAM credential report, which lists who can access the account.",
                    "The credential report lists IAM users and the status of their "
                    "credentials; it says nothing about AWS's data centers.",
                ),
                Option(
                    "Export the AWS CloudTrail logs of the account's API activity for the "
                    "audit period.",
                    "CloudTrail records API calls made in the account, not the physical "
                    "controls of AWS facilities.",
                ),
                Option(
                    "Provide the account's IAM policies, which show who may enter the data "
                    "centers.",
                    "IAM policies control access to AWS resources, not to buildings; physical "
                    "security is AWS's part of the model.",
                ),
            ),
            reference=ARTIFACT_FAQ_URL,
        ),
    ),
    # Other topics' services a learner may take for a compliance tool: the features topic's
    # CloudTrail and credential report, AWS Control Tower's controls, and AWS Config and
    # Security Hub, which check the customer's own resources (not AWS's) against standards.
    # Five of them keep this topic's compute and storage services out of its options.
    near=(
        "features:cloudtrail",
        "features:credential-report",
        "organizations:control-tower",
        "monitoring:config",
        "monitoring:security-hub",
    ),
)

TOPIC = Topic(
    id="shared-responsibility",
    title="Shared responsibility for identity and access",
    concepts=(
        MODEL,
        CUSTOMER_IDENTITY,
        AWS_DUTIES,
        SHARED_CONTROLS,
        EC2,
        RDS,
        LAMBDA,
        S3,
        DYNAMODB,
        FARGATE,
        DATA_PROTECTION,
        ARTIFACT,
    ),
)
