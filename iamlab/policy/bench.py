"""Benchmark of the policy engine: `python -m iamlab.policy.bench`.

Prints (a) decisions per second through the batch path (every case's policies parsed
from JSON), (b) decisions per second against policy sets parsed once, as the sandbox
uses them, and (c) how one decision's time grows from 10 to 1,000 statements.
Targets on one core: (a) >= 15,000/s, (b) >= 50,000/s, (c) 1,000 statements < 5 ms.
Times are CPU time of this process (time.process_time), so other load on the machine
disturbs them less than wall-clock time would.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from .cases import policy_set_from_case, request_from_case, run_cases
from .document import parse_policy
from .evaluate import PolicySet, evaluate
from .request import Request

EXAMPLES = Path(__file__).resolve().parents[2] / "tests" / "policy" / "data"
SPEC_EXAMPLES = "eval-cases-examples.jsonl"


def _rate(count: int, seconds: float) -> str:
    return f"{count / seconds:,.0f}/s"


def batch_path(lines: list[str], repeat: int) -> tuple[int, float]:
    start = time.process_time()
    count = 0
    for _ in range(repeat):
        for _answer in run_cases(lines):
            count += 1
    return count, time.process_time() - start


def parsed_path(lines: list[str], repeat: int) -> tuple[int, float]:
    prepared = []
    for line in lines:
        case = json.loads(line)
        prepared.append((request_from_case(case), policy_set_from_case(case)))
    start = time.process_time()
    for _ in range(repeat):
        for request, policies in prepared:
            evaluate(request, policies)
    return len(prepared) * repeat, time.process_time() - start


def wide_policy(statements: int) -> PolicySet:
    """A policy whose statements all need checking; only the last one allows."""
    body = [
        {
            "Sid": f"S{index}",
            "Effect": "Allow",
            "Action": [f"s3:Get{index}*", "ec2:Describe*"],
            "Resource": f"arn:aws:s3:::bucket-{index}/home/${{aws:username}}/*",
            "Condition": {"IpAddress": {"aws:SourceIp": "192.0.2.0/24"}},
        }
        for index in range(statements - 1)
    ]
    body.append({"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"})
    return PolicySet(identity=[parse_policy({"Version": "2012-10-17", "Statement": body})])


def statement_growth(
    sizes=(10, 100, 1000), repeat: int = 20
) -> list[tuple[int, float, float, float]]:
    """Per size: first decision on a fresh policy, a repeated decision, and the full trace."""
    request = Request(
        principal="arn:aws:iam::111122223333:user/alice",
        action="s3:GetObject",
        resource="arn:aws:s3:::bucket-7/home/alice/report.csv",
        context={"aws:username": "alice", "aws:SourceIp": "192.0.2.10"},
    )
    results = []
    for size in sizes:
        first = repeated = traced = 0.0
        for _ in range(repeat):
            policies = wide_policy(size)
            start = time.process_time()
            decision = evaluate(request, policies)
            first += time.process_time() - start
            start = time.process_time()
            evaluate(request, policies)
            repeated += time.process_time() - start
            start = time.process_time()
            assert decision.trace.decision == decision.decision
            traced += time.process_time() - start
        results.append((size, first / repeat, repeated / repeat, traced / repeat))
    return results


def machine_speed() -> float:
    """CPU microseconds for sum(range(1000)): about 10 on an idle modern core."""
    start = time.process_time()
    for _ in range(2000):
        sum(range(1000))
    return (time.process_time() - start) / 2000 * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=EXAMPLES / SPEC_EXAMPLES)
    parser.add_argument("--repeat", type=int, default=250)
    args = parser.parse_args()
    lines = [line for line in args.cases.read_text().splitlines() if line.strip()]
    print(f"machine speed: sum(range(1000)) takes {machine_speed():.1f} CPU us")
    count, seconds = batch_path(lines, args.repeat)
    print(f"(a) batch path, policies parsed per case: {_rate(count, seconds)} ({count} decisions)")
    count, seconds = parsed_path(lines, args.repeat * 4)
    print(f"(b) pre-parsed policy sets: {_rate(count, seconds)} ({count} decisions)")
    print("(c) one decision against one policy of N statements (CPU ms):")
    print("    statements   first decision   repeated decision   full trace")
    for size, first, repeated, traced in statement_growth():
        print(
            f"    {size:>10} {first * 1000:>16.3f} {repeated * 1000:>19.3f} {traced * 1000:>12.3f}"
        )


if __name__ == "__main__":
    main()
