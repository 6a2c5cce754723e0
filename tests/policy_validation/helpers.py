import json

from iamlab.policy import PolicyKind, validate


def policy(*statements, version="2012-10-17"):
    document = {"Statement": list(statements)}
    if version:
        document = {"Version": version, **document}
    return json.dumps(document, indent=2)


def allow(action="s3:GetObject", resource="arn:aws:s3:::amzn-s3-demo-bucket/*", **extra):
    return {"Effect": "Allow", "Action": action, "Resource": resource, **extra}


def codes(document, kind=PolicyKind.MANAGED):
    return [f.code for f in validate(document, kind)]


def finding(document, code, kind=PolicyKind.MANAGED):
    found = [f for f in validate(document, kind) if f.code == code]
    assert found, f"no {code} in {validate(document, kind)}"
    return found[0]
