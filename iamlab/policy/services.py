"""The per-service rules AWS documents on top of the general evaluation logic."""

from __future__ import annotations

import enum
from functools import lru_cache

from .arn import split_arn


class ServiceRule(enum.Enum):
    GENERAL = "general"
    # "No permissions are required to perform this operation. If an administrator attaches a
    # policy to your identity that explicitly denies access to the sts:GetCallerIdentity
    # action, you can still perform this operation."
    # https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html
    NO_PERMISSION_NEEDED = "no permission needed"
    # "Role trust policies and KMS key policies are exceptions to this logic, because they
    # must explicitly allow access for principals."
    # https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-basics.html
    TRUST_POLICY = "role trust policy"
    KEY_POLICY = "KMS key policy"


# Actions a role's trust policy must allow: assuming it, and passing session tags or a
# source identity while doing so.
# https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html
ASSUME_ROLE_ACTIONS = frozenset(
    {
        "sts:assumerole",
        "sts:assumerolewithsaml",
        "sts:assumerolewithwebidentity",
        "sts:tagsession",
        "sts:setsourceidentity",
    }
)


# "RCPs apply to actions for the following AWS services": only these services' actions are
# limited by them. The service prefixes as AWS lists them under "List of AWS services that
# support RCPs" (62 services; the page grew from the launch five, s3/sts/kms/sqs/
# secretsmanager), read from a stored copy of the page's current Markdown source:
# https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html#rcp-supported-services
# Amazon OpenSearch Service is listed with the prefix "opensearch" (not "es"), as there.
RCP_SERVICES = frozenset(
    {
        "appstream",
        "dsql",
        "clouddirectory",
        "cloudfront",
        "cloudsearch",
        "logs",
        "networkmonitor",
        "cognito-identity",
        "cognito-idp",
        "comprehend",
        "comprehendmedical",
        "firehose",
        "dynamodb",
        "dax",
        "autoscaling",
        "ecr",
        "ecr-public",
        "gamelift",
        "inspector-scan",
        "kendra",
        "kinesisvideo",
        "memorydb",
        "aoss",
        "personalize",
        "polly",
        "s3",
        "swf",
        "sqs",
        "textract",
        "timestream-influxdb",
        "transcribe",
        "translate",
        "workspaces",
        "appconfig",
        "autoscaling-plans",
        "budgets",
        "servicediscovery",
        "cloudtrail-data",
        "codeartifact",
        "codebuild",
        "codecommit",
        "codepipeline",
        "compute-optimizer",
        "cost-optimization-hub",
        "events",
        "fms",
        "fis",
        "health",
        "rolesanywhere",
        "kms",
        "opensearch",
        "pricing",
        "pca-connector-ad",
        "resource-groups",
        "secretsmanager",
        "sts",
        "signin",
        "support",
        "transfer",
        "notifications",
        "wafv2",
        "xray",
    }
)


def rcps_apply(action_lower: str) -> bool:
    return action_lower.partition(":")[0] in RCP_SERVICES


@lru_cache(maxsize=65536)
def service_rule(action_lower: str, resource: str) -> ServiceRule:
    if action_lower == "sts:getcalleridentity":
        return ServiceRule.NO_PERMISSION_NEEDED
    if action_lower in ASSUME_ROLE_ACTIONS:
        return ServiceRule.TRUST_POLICY
    if action_lower.startswith("kms:"):
        parts = split_arn(resource)
        if parts is not None and parts[2] == "kms" and parts[5].startswith("key/"):
            return ServiceRule.KEY_POLICY
    return ServiceRule.GENERAL
