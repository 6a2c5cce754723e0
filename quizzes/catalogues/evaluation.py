"""Building blocks for realistic policy-evaluation scenarios, and the layers they use."""

from dataclasses import dataclass

ACCOUNT = "111122223333"
REGION = "us-east-1"

EVALUATION_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html"
)
BOUNDARIES_URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html"
SCP_URL = (
    "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html"
)
IDENTITY_VS_RESOURCE_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_identity-vs-resource.html"
)
CONDITIONS_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html"
)

FULL_AWS_ACCESS = {
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}],
}


@dataclass(frozen=True)
class Service:
    prefix: str
    actions: tuple[str, ...]
    resource: str  # the resource every request in a scenario targets
    sibling: str  # a resource of the same kind the policies may name instead
    wildcard: str  # every resource of that kind
    read_prefix: str  # a wildcard action pattern such as "s3:Get*"
    resource_policy: str | None  # what the service calls its resource-based policy
    # resources that service accepts in that policy: S3 and SQS refuse "*" or other buckets
    policy_resources: tuple[str, ...] = ()


SERVICES: tuple[Service, ...] = (
    Service(
        "s3",
        ("s3:GetObject", "s3:PutObject", "s3:DeleteObject"),
        "arn:aws:s3:::example-reports/2026/q3.csv",
        "arn:aws:s3:::example-payroll/*",
        "arn:aws:s3:::example-reports/*",
        "s3:Get*",
        "bucket policy",
        ("arn:aws:s3:::example-reports/*", "arn:aws:s3:::example-reports/2026/q3.csv"),
    ),
    Service(
        "sqs",
        ("sqs:SendMessage", "sqs:ReceiveMessage", "sqs:DeleteMessage"),
        f"arn:aws:sqs:{REGION}:{ACCOUNT}:orders-queue",
        f"arn:aws:sqs:{REGION}:{ACCOUNT}:billing-queue",
        f"arn:aws:sqs:{REGION}:{ACCOUNT}:*",
        "sqs:Receive*",
        "queue policy",
        (f"arn:aws:sqs:{REGION}:{ACCOUNT}:orders-queue",),
    ),
    Service(
        "dynamodb",
        ("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:DeleteItem"),
        f"arn:aws:dynamodb:{REGION}:{ACCOUNT}:table/Orders",
        f"arn:aws:dynamodb:{REGION}:{ACCOUNT}:table/Payroll",
        f"arn:aws:dynamodb:{REGION}:{ACCOUNT}:table/*",
        "dynamodb:Get*",
        None,
    ),
    Service(
        "ec2",
        ("ec2:StartInstances", "ec2:StopInstances", "ec2:TerminateInstances"),
        f"arn:aws:ec2:{REGION}:{ACCOUNT}:instance/i-0abcd1234example0",
        f"arn:aws:ec2:{REGION}:{ACCOUNT}:instance/i-0ffee5678example9",
        f"arn:aws:ec2:{REGION}:{ACCOUNT}:instance/*",
        "ec2:Stop*",
        None,
    ),
)


@dataclass(frozen=True)
class Caller:
    arn: str
    described: str  # how the stem introduces the caller
    grant_arn: str  # the ARN a resource-based policy names to grant this caller


CALLERS: tuple[Caller, ...] = (
    Caller(
        f"arn:aws:iam::{ACCOUNT}:user/alice",
        f"Alice, an IAM user in account {ACCOUNT},",
        f"arn:aws:iam::{ACCOUNT}:user/alice",
    ),
    Caller(
        f"arn:aws:iam::{ACCOUNT}:user/bob",
        f"Bob, an IAM user in account {ACCOUNT},",
        f"arn:aws:iam::{ACCOUNT}:user/bob",
    ),
    Caller(
        f"arn:aws:sts::{ACCOUNT}:assumed-role/DataPipeline/nightly-batch",
        f"An application running as a session of the role DataPipeline in account {ACCOUNT}",
        f"arn:aws:iam::{ACCOUNT}:role/DataPipeline",
    ),
)


@dataclass(frozen=True)
class DenyCondition:
    condition: dict
    key: str
    met: str  # context value that makes the condition match
    unmet: str  # context value that does not
    described: dict  # context value -> how the stem states it


DENY_CONDITIONS: tuple[DenyCondition, ...] = (
    DenyCondition(
        {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}},
        "aws:MultiFactorAuthPresent",
        "false",
        "true",
        {
            "false": "The caller did not authenticate with MFA.",
            "true": "The caller authenticated with MFA.",
        },
    ),
    DenyCondition(
        {"NotIpAddress": {"aws:SourceIp": "203.0.113.0/24"}},
        "aws:SourceIp",
        "198.51.100.7",
        "203.0.113.25",
        {
            "198.51.100.7": "The request comes from IP address 198.51.100.7.",
            "203.0.113.25": "The request comes from IP address 203.0.113.25.",
        },
    ),
)

# The layers a scenario can hold, as the explanations name them.
LAYER_LABELS = {
    "identity": "identity-based policy",
    "boundary": "permissions boundary",
    "scp": "service control policies",
    "resource": "resource-based policy",
}
LAYER_REFERENCES = {
    "identity": IDENTITY_VS_RESOURCE_URL,
    "boundary": BOUNDARIES_URL,
    "scp": SCP_URL,
    "resource": IDENTITY_VS_RESOURCE_URL,
}
