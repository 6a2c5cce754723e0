"""The parameters of ``aws iam simulate-custom-policy`` / ``simulate-principal-policy``, read
and checked as the AWS CLI and IAM do before any policy is evaluated.

API reference: https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html
and https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html
"""

from __future__ import annotations

import json
import re

from ..principals import CallerKind, parse_caller
from .shorthand import ShorthandError, parse_shorthand

CONTEXT_KEY_TYPES = (
    "string",
    "stringList",
    "numeric",
    "numericList",
    "boolean",
    "booleanList",
    "ip",
    "ipList",
    "binary",
    "binaryList",
    "date",
    "dateList",
)
CONTEXT_ENTRY_FIELDS = ("ContextKeyName", "ContextKeyValues", "ContextKeyType")
# ContextKeyNameType in the service model: 5 to 256 characters.
CONTEXT_KEY_NAME_MIN = 5
# ResourceHandlingOption: each EC2 scenario and the resources it must be given.
RESOURCE_HANDLING_OPTIONS = {
    "EC2-VPC-InstanceStore": ("instance", "image", "security-group", "network-interface"),
    "EC2-VPC-InstanceStore-Subnet": (
        "instance",
        "image",
        "security-group",
        "network-interface",
        "subnet",
    ),
    "EC2-VPC-EBS": ("instance", "image", "security-group", "network-interface", "volume"),
    "EC2-VPC-EBS-Subnet": (
        "instance",
        "image",
        "security-group",
        "network-interface",
        "subnet",
        "volume",
    ),
}
ACCOUNT_ROOT_ARN = re.compile(r"arn:aws[a-z-]*:iam::(\d{12}):root")
ARN = re.compile(r"arn:[^:]+:[^:]*:[^:]*:[^:]*:.+")


class SimulateInputError(ValueError):
    """Input the CLI or IAM refuses, worded as they word it."""


def service_error(operation: str, code: str, message: str) -> SimulateInputError:
    """How the CLI prints an error IAM returns."""
    return SimulateInputError(
        f"An error occurred ({code}) when calling the {operation} operation: {message}"
    )


def _param_error(option: str, message: str) -> SimulateInputError:
    return SimulateInputError(f"Error parsing parameter '{option}': {message}")


def context_entries(arguments: list[str]) -> list[dict]:
    """``--context-entries`` as the CLI unpacks a list of structures.

    When the first argument looks like JSON, a lone ``[...]`` is the whole list and
    otherwise every argument must be one JSON object; else every argument is one entry in
    shorthand, where ``ContextKeyValues=v`` becomes a one-item list, as the CLI turns a
    scalar into a list where the model wants one.
    """
    if not arguments:
        return []
    if arguments[0].strip().startswith(("[", "{")):
        if len(arguments) == 1 and arguments[0].strip().startswith("["):
            entries = _json("--context-entries", arguments[0])
            if not isinstance(entries, list):
                raise _param_error("--context-entries", f"Invalid JSON:\n{arguments[0]}")
            return entries
        for argument in arguments:
            if not argument.strip().startswith("{"):
                raise _param_error("--context-entries", f"Invalid JSON:\n{argument}")
        return [_json("--context-entries", argument) for argument in arguments]
    entries = []
    for argument in arguments:
        try:
            entry = parse_shorthand(argument)
        except ShorthandError as error:
            raise _param_error("--context-entries", str(error)) from None
        if "ContextKeyValues" in entry and not isinstance(entry["ContextKeyValues"], list):
            entry["ContextKeyValues"] = [entry["ContextKeyValues"]]
        entries.append(entry)
    return entries


def _json(option: str, text: str):
    try:
        return json.loads(text)
    except ValueError as error:
        raise _param_error(option, f"Invalid JSON: {error}\nJSON received: {text}") from None


def context_from_entries(entries: list, operation: str) -> dict[str, str | list[str]]:
    """Checked ContextEntries as the engine's request context.

    Client-side checks word their refusals as botocore's parameter validation does; an
    unknown ContextKeyType is refused by IAM itself with its validation message.
    """
    problems = []
    for position, entry in enumerate(entries):
        where = f"ContextEntries[{position}]"
        if not isinstance(entry, dict):
            problems.append(_invalid_type(where, entry, "dict"))
            continue
        problems += [
            f'Unknown parameter in {where}: "{field}", must be one of: '
            + ", ".join(CONTEXT_ENTRY_FIELDS)
            for field in entry
            if field not in CONTEXT_ENTRY_FIELDS
        ]
        for field in ("ContextKeyName", "ContextKeyType"):
            if field in entry and not isinstance(entry[field], str):
                problems.append(_invalid_type(f"{where}.{field}", entry[field], "str"))
        values = entry.get("ContextKeyValues", [])
        if not isinstance(values, list):
            problems.append(_invalid_type(f"{where}.ContextKeyValues", values, "list, tuple"))
        else:
            problems += [
                _invalid_type(f"{where}.ContextKeyValues[{index}]", value, "str")
                for index, value in enumerate(values)
                if not isinstance(value, str)
            ]
        name = entry.get("ContextKeyName")
        if isinstance(name, str) and len(name) < CONTEXT_KEY_NAME_MIN:
            problems.append(
                f"Invalid length for parameter {where}.ContextKeyName, value: {len(name)}, "
                f"valid min length: {CONTEXT_KEY_NAME_MIN}"
            )
    if problems:
        raise SimulateInputError("Parameter validation failed:\n" + "\n".join(problems))
    for position, entry in enumerate(entries):
        kind = entry.get("ContextKeyType")
        if kind is not None and kind not in CONTEXT_KEY_TYPES:
            raise service_error(
                operation,
                "ValidationError",
                f"1 validation error detected: Value '{kind}' at "
                f"'contextEntries.{position + 1}.member.contextKeyType' failed to satisfy "
                "constraint: Member must satisfy enum value set: ["
                + ", ".join(CONTEXT_KEY_TYPES)
                + "]",
            )
    context: dict[str, str | list[str]] = {}
    for entry in entries:
        name, values = entry.get("ContextKeyName"), entry.get("ContextKeyValues", [])
        if not name or not values:
            continue  # a key with no value is the same as a key not given
        many = str(entry.get("ContextKeyType", "")).endswith("List") or len(values) > 1
        context[name] = list(values) if many else values[0]
    return context


def _invalid_type(name: str, value, valid: str) -> str:
    shown = ", ".join(f"<class '{kind}'>" for kind in valid.split(", "))
    return (
        f"Invalid type for parameter {name}, value: {value}, "
        f"type: <class '{type(value).__name__}'>, valid types: {shown}"
    )


def resource_owner_account(value: str, operation: str) -> str:
    """The account id in ``--resource-owner``, which must be written as the account's ARN.

    "The ARN for an account uses the following syntax: arn:aws:iam::AWS-account-ID:root"
    (API_SimulateCustomPolicy.html). IAM refuses anything else, a bare account id
    included, with the words below (its reply to ``123456789012``, quoted in
    https://github.com/boto/botocore/issues/1346).
    """
    match = ACCOUNT_ROOT_ARN.fullmatch(value)
    if match is None:
        raise service_error(
            operation, "InvalidInput", f"'{value}' is not a valid as a Resource Owner."
        )
    return match.group(1)


def check_caller_arn(value: str, operation: str) -> None:
    """``--caller-arn`` names an IAM user, group or role, or an account's root user.

    "You cannot specify the ARN of an assumed role, federated user, or a service principal."
    """
    kind = parse_caller(value).kind
    if kind in (CallerKind.USER, CallerKind.ROLE, CallerKind.ROOT) or (
        kind is CallerKind.OTHER and ":group/" in value
    ):
        return
    raise service_error(
        operation,
        "InvalidInput",
        f"Invalid CallerArn {value}: you cannot specify the ARN of an assumed role, "
        "federated user, or a service principal; give an IAM user, group or role.",
    )


def check_resource_arns(values: list[str], operation: str) -> None:
    bad = [value for value in values if value != "*" and not ARN.fullmatch(value)]
    if bad:
        raise service_error(
            operation,
            "InvalidInput",
            f"ResourceNames are not in a valid ARN format: {', '.join(bad)}.",
        )


def check_resource_handling(option: str, resource_arns: list[str], operation: str) -> None:
    """Each EC2 scenario needs its resources named, so the simulation can be trusted."""
    required = RESOURCE_HANDLING_OPTIONS.get(option)
    if required is None:
        raise service_error(
            operation,
            "InvalidInput",
            f"Invalid ResourceHandlingOption {option}; valid options: "
            + ", ".join(RESOURCE_HANDLING_OPTIONS),
        )
    given = {_ec2_resource_type(arn) for arn in resource_arns}
    missing = [kind for kind in required if kind not in given]
    if missing:
        raise service_error(
            operation,
            "InvalidInput",
            f"ResourceHandlingOption {option} needs --resource-arns naming each of: "
            + ", ".join(required)
            + f" (missing: {', '.join(missing)})",
        )


def _ec2_resource_type(arn: str) -> str:
    parts = arn.split(":", 5)
    if len(parts) < 6 or parts[2] != "ec2":
        return ""
    return parts[5].split("/", 1)[0]
