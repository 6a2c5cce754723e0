"""The simulate operations' shapes from botocore's ``iam`` model (``simulate_api.json``,
refreshed by ``refresh_simulate_api.py``), for ``--generate-cli-skeleton``."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

REQUESTS = {
    "SimulateCustomPolicy": "SimulateCustomPolicyRequest",
    "SimulatePrincipalPolicy": "SimulatePrincipalPolicyRequest",
}
RESPONSE = "SimulatePolicyResponse"


@cache
def shapes() -> dict:
    path = Path(__file__).with_name("simulate_api.json")
    return json.loads(path.read_text(encoding="utf-8"))["shapes"]


def skeleton(shape_name: str, seen: tuple[str, ...] = ()):
    """A placeholder for every member, as the CLI's ``--generate-cli-skeleton`` prints:
    "" for strings (an enum's first value), 0 for numbers, true for booleans, one-item
    lists, and {} where a structure would contain itself."""
    shape = shapes()[shape_name]
    kind = shape["type"]
    if kind == "structure":
        if shape_name in seen:
            return {}
        return {
            name: skeleton(member, (*seen, shape_name)) for name, member in shape["members"].items()
        }
    if kind == "list":
        return [skeleton(shape["member"], seen)]
    if kind == "map":
        return {"KeyName": skeleton(shape["value"], seen)}
    if kind in ("integer", "long"):
        return 0
    if kind == "boolean":
        return True
    return shape.get("enum", [""])[0]
