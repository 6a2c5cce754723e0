"""What AWS refuses outright, with AWS's own ``MalformedPolicyDocument`` wording.

Each message starts with the text AWS returns after ``MalformedPolicyDocument:`` and then
says, in plain words, what to change. Sources: IAM's error responses as reported from
CreatePolicy / PutUserPolicy / CreateRole / UpdateAssumeRolePolicy, and the policy grammar,
https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
"""

from __future__ import annotations

import re

from iamlab.policy.document import ARN_FIELDS, VERSIONS, resource_refusal
from iamlab.policy.document import STATEMENT_FIELDS as STATEMENT_ELEMENTS
from iamlab.policy.document import TOP_LEVEL_FIELDS as TOP_LEVEL_ELEMENTS
from iamlab.policy.validation.findings import ERROR, PolicyKind
from iamlab.policy.validation.jsonpos import Node
from iamlab.policy.validation.report import Report

SYNTAX = "Syntax errors in policy."
LEGACY_PARSING = "The policy failed legacy parsing"
UNIQUE_SIDS = "Statement IDs (SID) in a single policy must be unique."
NO_PRINCIPAL_ALLOWED = "Policy document should not specify a principal."
PRINCIPAL_REQUIRED = "Missing required field Principal"
RESOURCE_PROHIBITED = "Has prohibited field Resource"
ACTIONS_REQUIRED = "Policy statement must contain actions."
RESOURCES_REQUIRED = "Policy statement must contain resources."
VENDOR_REQUIRED = "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc."
SID_ALPHANUMERIC = (
    "Statement IDs (SID) must be alpha-numeric. "
    "Check that your input satisfies the regular expression [0-9A-Za-z]*"
)

PRINCIPAL_TYPES = ("AWS", "Service", "Federated", "CanonicalUser")

_SID = re.compile(r"[0-9A-Za-z]*")
_ACCOUNT_ID = re.compile(r"\d{12}")
_IAM_PRINCIPAL_ARN = re.compile(
    r"arn:aws[a-z-]*:(iam::(\d{12}|aws):(root|user/.+|role/.+|federated-user/.+)"
    r"|sts::\d{12}:(assumed-role/.+/.+|federated-user/.+))"
)
# Unique IDs (AIDA… users, AROA… roles) appear once a principal is deleted and recreated.
_UNIQUE_ID = re.compile(r"A[A-Z]{3}[A-Z0-9]{16,}")
_SERVICE = re.compile(r"[a-z0-9.-]+\.amazonaws\.com(\.cn)?|[a-z0-9.-]+\.amazon\.com")


def malformed(report: Report, aws_message: str, advice: str, node_offset: int, path, code: str):
    # AWS's sentence is kept verbatim; some of them end without a full stop.
    separator = " " if aws_message.endswith(".") else " — "
    message = f"MalformedPolicyDocument: {aws_message}{separator}{advice}"
    report.add(ERROR, code, message, node_offset, path)


def check_structure(root: Node, kind: PolicyKind, report: Report) -> list[tuple[Node, tuple]]:
    """Report every element AWS would refuse; return the statements (node, path) found."""
    if root.kind != "object":
        malformed(
            report,
            SYNTAX,
            "A policy is a JSON object: it starts with {.",
            root.offset,
            (),
            "JSON_SYNTAX_ERROR",
        )
        return []
    for member in root.members:
        if member.key not in TOP_LEVEL_ELEMENTS:
            malformed(
                report,
                SYNTAX,
                f'"{member.key}" is not a policy element; the top level '
                "may hold only Version, Id and Statement.",
                member.key_offset,
                (member.key,),
                "INVALID_POLICY_ELEMENT",
            )
    version = root.get("Version")
    if version is not None and (version.kind != "string" or version.value not in VERSIONS):
        malformed(
            report,
            LEGACY_PARSING,
            'Version must be "2012-10-17" (or the old "2008-10-17"); it is '
            "the date of the policy language, not of your policy.",
            version.offset,
            ("Version",),
            "INVALID_VERSION",
        )
    statement = root.get("Statement")
    if statement is None:
        malformed(
            report,
            SYNTAX,
            "The policy has no Statement element.",
            root.offset,
            (),
            "MISSING_STATEMENT",
        )
        return []
    if statement.kind == "object":
        statements = [(statement, ("Statement",))]
    elif statement.kind == "array" and statement.items:
        statements = [(item, ("Statement", i)) for i, item in enumerate(statement.items)]
    else:
        malformed(
            report,
            SYNTAX,
            "Statement must be one statement object or a list of them.",
            statement.offset,
            ("Statement",),
            "MISSING_STATEMENT",
        )
        return []
    sids = set()
    for node, path in statements:
        if node.kind != "object":
            malformed(
                report,
                SYNTAX,
                "Each statement is a JSON object in braces.",
                node.offset,
                path,
                "JSON_SYNTAX_ERROR",
            )
            continue
        _check_statement(node, path, kind, report, sids)
    return [(node, path) for node, path in statements if node.kind == "object"]


def _check_statement(node: Node, path: tuple, kind: PolicyKind, report: Report, sids: set):
    for member in node.members:
        if member.key not in STATEMENT_ELEMENTS:
            malformed(
                report,
                SYNTAX,
                f'"{member.key}" is not a statement element (element names are case-sensitive).',
                member.key_offset,
                path + (member.key,),
                "INVALID_POLICY_ELEMENT",
            )
    _check_sid(node, path, kind, report, sids)
    _check_effect(node, path, report)
    _check_principal(node, path, kind, report)
    _check_actions(node, path, report)
    _check_resources(node, path, kind, report)
    _check_condition(node, path, report)


def _check_sid(node, path, kind, report, sids):
    sid = node.get("Sid")
    if sid is None:
        return
    if sid.kind != "string":
        malformed(
            report,
            SYNTAX,
            "Sid must be a string.",
            sid.offset,
            path + ("Sid",),
            "JSON_SYNTAX_ERROR",
        )
        return
    # S3 and other resource policies accept spaces and dashes in a Sid; IAM does not.
    if kind not in (PolicyKind.RESOURCE, PolicyKind.SCP, PolicyKind.RCP) and not _SID.fullmatch(
        sid.value
    ):
        malformed(
            report,
            SID_ALPHANUMERIC,
            "Use only letters and digits.",
            sid.offset,
            path + ("Sid",),
            "INVALID_SID",
        )
    if sid.value and sid.value in sids:
        malformed(
            report,
            UNIQUE_SIDS,
            f'Another statement already uses the Sid "{sid.value}".',
            sid.offset,
            path + ("Sid",),
            "UNIQUE_SIDS_REQUIRED",
        )
    sids.add(sid.value)


def _check_effect(node, path, report):
    effect = node.get("Effect")
    if effect is None:
        malformed(
            report,
            SYNTAX,
            'Every statement needs "Effect": "Allow" or "Deny".',
            node.offset,
            path,
            "MISSING_EFFECT",
        )
    elif effect.kind != "string" or effect.value not in ("Allow", "Deny"):
        malformed(
            report,
            SYNTAX,
            'Effect must be exactly "Allow" or "Deny" (capitalised).',
            effect.offset,
            path + ("Effect",),
            "INVALID_EFFECT",
        )


def _check_principal(node, path, kind, report):
    for element in ("Principal", "NotPrincipal"):
        member = node.member(element)
        if member is None:
            continue
        where = path + (element,)
        if kind.is_identity:
            malformed(
                report,
                NO_PRINCIPAL_ALLOWED,
                "A policy attached to a user, group or role "
                "always applies to that identity, so remove the element.",
                member.key_offset,
                where,
                "PRINCIPAL_NOT_ALLOWED",
            )
        elif kind is PolicyKind.SCP:
            report.add(
                ERROR,
                "SCP_SYNTAX_ERROR_PRINCIPAL",
                "A service control policy cannot "
                f"name a {element}: it applies to every principal in the accounts it is "
                "attached to.",
                member.key_offset,
                where,
            )
        elif element == "NotPrincipal" and kind is PolicyKind.TRUST:
            # With "Allow" in a resource-based policy it is accepted, and only a security
            # warning of Access Analyzer (checks.py).
            report.add(
                ERROR,
                "NOT_PRINCIPAL_NOT_SUPPORTED",
                "NotPrincipal is not supported in a trust policy; name who may assume the "
                "role with Principal (https://docs.aws.amazon.com/IAM/latest/UserGuide/"
                f"reference_policies_elements_notprincipal.html). {kind.refused_when}.",
                member.key_offset,
                where,
            )
        elif kind is PolicyKind.RCP and not (
            member.value.kind == "string" and member.value.value == "*"
        ):
            report.add(
                ERROR,
                "RCP_SYNTAX_ERROR_PRINCIPAL",
                "A resource control policy names "
                'the principal "*" only; narrow it with conditions such as '
                "aws:PrincipalOrgID instead.",
                member.value.offset,
                where,
            )
        else:
            _check_principal_value(member.value, where, report)
    if kind is PolicyKind.RCP and _effect(node) == "Allow":
        report.add(
            ERROR,
            "RCP_SYNTAX_ERROR_ALLOW",
            "Only AWS's own RCPFullAWSAccess policy may "
            'use "Effect": "Allow"; the RCPs you write deny '
            "(https://docs.aws.amazon.com/organizations/latest/userguide/"
            "orgs_manage_policies_rcps_syntax.html).",
            node.get("Effect").offset,
            path + ("Effect",),
        )
    if kind.needs_principal and node.get("Principal") is None and node.get("NotPrincipal") is None:
        malformed(
            report,
            PRINCIPAL_REQUIRED,
            "A trust or resource policy must say who it "
            'applies to, e.g. "Principal": {"AWS": "arn:aws:iam::111122223333:root"}.',
            node.offset,
            path,
            "MISSING_PRINCIPAL",
        )


def _effect(statement: Node) -> str | None:
    effect = statement.get("Effect")
    return effect.value if effect is not None and effect.kind == "string" else None


def _check_principal_value(value: Node, path, report):
    if value.kind == "string":
        if value.value != "*":
            malformed(
                report,
                f'Invalid principal in policy: "{value.value}"',
                'Principal is "*" or an object such as {"AWS": "111122223333"}.',
                value.offset,
                path,
                "INVALID_PRINCIPAL_FORMAT",
            )
        return
    if value.kind != "object":
        malformed(
            report,
            SYNTAX,
            'Principal is "*" or an object such as {"AWS": "111122223333"}.',
            value.offset,
            path,
            "INVALID_PRINCIPAL_FORMAT",
        )
        return
    for member in value.members:
        where = path + (member.key,)
        if member.key not in PRINCIPAL_TYPES:
            malformed(
                report,
                f'Invalid principal in policy: "{member.key}"',
                "The principal types are AWS, Service, Federated and CanonicalUser.",
                member.key_offset,
                where,
                "INVALID_PRINCIPAL_KEY",
            )
            continue
        entries = member.value.strings()
        if not entries:
            malformed(
                report,
                SYNTAX,
                "A principal is a string or a list of strings.",
                member.value.offset,
                where,
                "INVALID_PRINCIPAL_FORMAT",
            )
        for index, entry in enumerate(entries):
            if not _principal_ok(member.key, entry):
                shown = entry.value if entry.kind == "string" else entry.to_python()
                malformed(
                    report,
                    f'Invalid principal in policy: "{member.key}":"{shown}"',
                    _PRINCIPAL_ADVICE[member.key],
                    entry.offset,
                    where + ((index,) if member.value.kind == "array" else ()),
                    "INVALID_PRINCIPAL_FORMAT",
                )


_PRINCIPAL_ADVICE = {
    "AWS": 'Use an account ID, an account root, user, role or session ARN, or "*"; wildcards '
    "inside an ARN are not allowed here.",
    "Service": "A service principal looks like ec2.amazonaws.com.",
    "Federated": "Use an identity provider ARN or a web identity provider such as "
    "cognito-identity.amazonaws.com.",
    "CanonicalUser": "A canonical user ID is a 64-character hexadecimal string.",
}


def _principal_ok(principal_type: str, entry: Node) -> bool:
    if entry.kind != "string":
        return False
    value = entry.value
    if principal_type == "AWS":
        if value == "*" or _ACCOUNT_ID.fullmatch(value) or _UNIQUE_ID.fullmatch(value):
            return True
        return bool(_IAM_PRINCIPAL_ARN.fullmatch(value)) and "*" not in value
    if principal_type == "Service":
        return value == "*" or bool(_SERVICE.fullmatch(value))
    if principal_type == "Federated":
        return value.startswith("arn:aws") or "." in value
    return bool(re.fullmatch(r"[0-9a-f]{64}", value))


def _check_actions(node, path, report):
    action, not_action = node.get("Action"), node.get("NotAction")
    if action is not None and not_action is not None:
        malformed(
            report,
            SYNTAX,
            "A statement has either Action or NotAction, not both.",
            not_action.offset,
            path + ("NotAction",),
            "JSON_SYNTAX_ERROR",
        )
    if action is None and not_action is None:
        malformed(
            report,
            ACTIONS_REQUIRED,
            'Add "Action" naming what the statement allows or denies.',
            node.offset,
            path,
            "MISSING_ACTION",
        )
        return
    element = "Action" if action is not None else "NotAction"
    value = action if action is not None else not_action
    _check_string_list(value, path + (element,), report, _action_problem)


def _action_problem(text: str) -> tuple[str, str, str] | None:
    if text == "*":
        return None
    service, colon, name = text.partition(":")
    if not colon or not service or not name or ":" in name:
        return (
            VENDOR_REQUIRED,
            f'Write actions as service:Action, e.g. "s3:GetObject", not "{text}".',
            "INVALID_ACTION",
        )
    return None


def _check_resources(node, path, kind, report):
    resource, not_resource = node.get("Resource"), node.get("NotResource")
    if kind is PolicyKind.TRUST:
        for element in ("Resource", "NotResource"):
            member = node.member(element)
            if member is not None:
                malformed(
                    report,
                    RESOURCE_PROHIBITED.replace("Resource", element),
                    "A trust policy is attached to the role itself, so it names no resource.",
                    member.key_offset,
                    path + (element,),
                    "INVALID_POLICY_ELEMENT",
                )
        return
    if resource is not None and not_resource is not None:
        malformed(
            report,
            SYNTAX,
            "A statement has either Resource or NotResource, not both.",
            not_resource.offset,
            path + ("NotResource",),
            "JSON_SYNTAX_ERROR",
        )
    if resource is None and not_resource is None:
        malformed(
            report,
            RESOURCES_REQUIRED,
            'Add "Resource" with the ARNs the statement covers (or "*").',
            node.offset,
            path,
            "MISSING_RESOURCE",
        )
        return
    element = "Resource" if resource is not None else "NotResource"
    value = resource if resource is not None else not_resource
    _check_string_list(value, path + (element,), report, _resource_problem(kind))


def _resource_problem(kind: PolicyKind):
    def problem(text: str) -> tuple[str, str, str] | None:
        refusal = resource_refusal(text)
        if refusal is None:
            return None
        if not text.startswith("arn:"):
            advice = "A resource is an ARN such as arn:aws:s3:::amzn-s3-demo-bucket/*."
            return refusal, f"{advice} {kind.refused_when}.", "INVALID_RESOURCE"
        # Access Analyzer's "Missing ARN field" check, in its words.
        advice = (
            f"{kind.refused_when}. Missing ARN field: "
            f"Resource ARNs must include at least {ARN_FIELDS} fields in the following "
            "structure: arn:partition:service:region:account:resource (this one has "
            f"{text.count(':') + 1})."
        )
        return refusal, advice, "MISSING_ARN_FIELD"

    return problem


def _check_string_list(value: Node, path, report, problem):
    entries = value.strings()
    if value.kind == "array" and not entries:
        # An empty list names nothing, and AWS answers as if the element were missing.
        actions = problem is _action_problem
        malformed(
            report,
            ACTIONS_REQUIRED if actions else RESOURCES_REQUIRED,
            "The list is empty; name at least one.",
            value.offset,
            path,
            "MISSING_ACTION" if actions else "MISSING_RESOURCE",
        )
        return
    if not entries:
        malformed(
            report,
            SYNTAX,
            "This element takes a string or a list of strings.",
            value.offset,
            path,
            "JSON_SYNTAX_ERROR",
        )
        return
    for index, entry in enumerate(entries):
        where = path + ((index,) if value.kind == "array" else ())
        if entry.kind != "string":
            malformed(
                report,
                SYNTAX,
                "Each entry must be a string in double quotes.",
                entry.offset,
                where,
                "JSON_SYNTAX_ERROR",
            )
            continue
        found = problem(entry.value)
        if found:
            aws_message, advice, code = found
            malformed(report, aws_message, advice, entry.offset, where, code)


def _check_condition(node, path, report):
    condition = node.get("Condition")
    if condition is None:
        return
    where = path + ("Condition",)
    if condition.kind != "object":
        malformed(
            report,
            SYNTAX,
            "Condition is an object: operator → {key: values}.",
            condition.offset,
            where,
            "JSON_SYNTAX_ERROR",
        )
        return
    for operator in condition.members:
        block = operator.value
        if block.kind != "object":
            malformed(
                report,
                SYNTAX,
                f"{operator.key} must hold an object of condition keys.",
                block.offset,
                where + (operator.key,),
                "JSON_SYNTAX_ERROR",
            )
            continue
        for key in block.members:
            key_path = where + (operator.key, key.key)
            if ":" not in key.key.strip(":"):
                malformed(
                    report,
                    VENDOR_REQUIRED,
                    f'Condition keys look like aws:SourceIp or s3:prefix, not "{key.key}".',
                    key.key_offset,
                    key_path,
                    "INVALID_CONDITION_KEY_FORMAT",
                )
            values = [key.value] if key.value.kind != "array" else key.value.items
            for value in values:
                if value.kind not in ("string", "number", "bool"):
                    malformed(
                        report,
                        SYNTAX,
                        "Condition values are strings, numbers or booleans (or a list of them).",
                        value.offset,
                        key_path,
                        "JSON_SYNTAX_ERROR",
                    )
