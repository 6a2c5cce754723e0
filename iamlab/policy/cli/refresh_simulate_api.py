"""Refresh ``simulate_api.json``: the shapes of IAM's two simulate operations, from botocore.

botocore is not a dependency of IAM Lab, so run this from an environment that has it:

    python -m venv /tmp/botocore && /tmp/botocore/bin/pip install botocore
    /tmp/botocore/bin/python iamlab/policy/cli/refresh_simulate_api.py

It writes each shape the requests and SimulatePolicyResponse reach (type, members in the
model's order, required members, enum values), without the documentation, plus the botocore
version it came from. The tests check `manage.py simulate --output json` against it and
`--generate-cli-skeleton` is built from it.
"""

import json
from pathlib import Path

ROOTS = ("SimulateCustomPolicyRequest", "SimulatePrincipalPolicyRequest", "SimulatePolicyResponse")
TARGET = Path(__file__).with_name("simulate_api.json")


def extract(model) -> dict:
    shapes: dict = {}

    def visit(shape) -> str:
        if shape.name in shapes:
            return shape.name
        entry: dict = {"type": shape.type_name}
        shapes[shape.name] = entry
        if shape.type_name == "structure":
            entry["members"] = {name: visit(member) for name, member in shape.members.items()}
            entry["required"] = list(shape.required_members)
        elif shape.type_name == "list":
            entry["member"] = visit(shape.member)
        elif shape.type_name == "map":
            entry["key"], entry["value"] = visit(shape.key), visit(shape.value)
        elif getattr(shape, "enum", None):
            entry["enum"] = list(shape.enum)
        return shape.name

    for root in ROOTS:
        visit(model.shape_for(root))
    return shapes


def main() -> None:
    import botocore
    import botocore.session

    model = botocore.session.get_session().get_service_model("iam")
    document = {
        "source": f"botocore {botocore.__version__}, data/iam/2010-05-08/service-2.json",
        "shapes": extract(model),
    }
    TARGET.write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {TARGET} from {document['source']}")


if __name__ == "__main__":
    main()
