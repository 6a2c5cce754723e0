"""Reading a policy in plain language, at Cloud Practitioner level; the engine is the key.

A developer's IAM user has one small identity-based policy: an Allow statement (an action,
a wildcard or a list; one resource or all of a kind) and sometimes a Deny statement. The
options are requests in plain words ("Download the report q3.csv from the example-reports
bucket"); the engine decides each, and the question asks for the one allowed request (or
the one denied among allowed ones). Explanations say which statement matches, in words.
"""

import json
import random
from dataclasses import dataclass

from iamlab.policy import evaluate_case
from quizzes.catalogues.evaluation import ACCOUNT, EVALUATION_URL, REGION
from quizzes.generators.assembly import Choice, Draft

TOPIC = "policy-evaluation"
POLICY_GRAMMAR_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html"
)
RESOURCE_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html"
)
CALLER = f"arn:aws:iam::{ACCOUNT}:user/dev-maria"
MAX_DRAWS = 200


@dataclass(frozen=True)
class Request:
    action: str
    resource: str
    words: str  # the request in plain language, as an option


@dataclass(frozen=True)
class Kind:
    """A kind of resource, with the requests the options are drawn from."""

    prefix: str
    resource: str  # the one resource a narrow statement names
    every: str  # every resource of this kind
    read: str  # a wildcard action pattern that means "read"
    requests: tuple[Request, ...]


KINDS = (
    Kind(
        "s3",
        "arn:aws:s3:::example-reports/*",
        "arn:aws:s3:::*",
        "s3:Get*",
        (
            Request(
                "s3:GetObject",
                "arn:aws:s3:::example-reports/q3.csv",
                "Download the object q3.csv from the example-reports bucket",
            ),
            Request(
                "s3:PutObject",
                "arn:aws:s3:::example-reports/q4.csv",
                "Upload the object q4.csv to the example-reports bucket",
            ),
            Request(
                "s3:DeleteObject",
                "arn:aws:s3:::example-reports/q3.csv",
                "Delete the object q3.csv from the example-reports bucket",
            ),
            Request(
                "s3:GetObject",
                "arn:aws:s3:::example-payroll/march.csv",
                "Download the object march.csv from the example-payroll bucket",
            ),
            Request(
                "s3:PutObject",
                "arn:aws:s3:::example-payroll/april.csv",
                "Upload the object april.csv to the example-payroll bucket",
            ),
        ),
    ),
    Kind(
        "dynamodb",
        f"arn:aws:dynamodb:{REGION}:{ACCOUNT}:table/Orders",
        f"arn:aws:dynamodb:{REGION}:{ACCOUNT}:table/*",
        "dynamodb:Get*",
        (
            Request(
                "dynamodb:GetItem",
                f"arn:aws:dynamodb:{REGION}:{ACCOUNT}:table/Orders",
                "Read an item from the Orders table",
            ),
            Request(
                "dynamodb:PutItem",
                f"arn:aws:dynamodb:{REGION}:{ACCOUNT}:table/Orders",
                "Write an item to the Orders table",
            ),
            Request(
                "dynamodb:DeleteItem",
                f"arn:aws:dynamodb:{REGION}:{ACCOUNT}:table/Orders",
                "Delete an item from the Orders table",
            ),
            Request(
                "dynamodb:GetItem",
                f"arn:aws:dynamodb:{REGION}:{ACCOUNT}:table/Payroll",
                "Read an item from the Payroll table",
            ),
            Request(
                "dynamodb:PutItem",
                f"arn:aws:dynamodb:{REGION}:{ACCOUNT}:table/Payroll",
                "Write an item to the Payroll table",
            ),
        ),
    ),
    Kind(
        "ec2",
        f"arn:aws:ec2:{REGION}:{ACCOUNT}:instance/i-0abcd1234example0",
        f"arn:aws:ec2:{REGION}:{ACCOUNT}:instance/*",
        "ec2:Start*",
        (
            Request(
                "ec2:StartInstances",
                f"arn:aws:ec2:{REGION}:{ACCOUNT}:instance/i-0abcd1234example0",
                "Start the instance i-0abcd1234example0",
            ),
            Request(
                "ec2:StopInstances",
                f"arn:aws:ec2:{REGION}:{ACCOUNT}:instance/i-0abcd1234example0",
                "Stop the instance i-0abcd1234example0",
            ),
            Request(
                "ec2:TerminateInstances",
                f"arn:aws:ec2:{REGION}:{ACCOUNT}:instance/i-0abcd1234example0",
                "Terminate the instance i-0abcd1234example0",
            ),
            Request(
                "ec2:StartInstances",
                f"arn:aws:ec2:{REGION}:{ACCOUNT}:instance/i-0ffee5678example9",
                "Start the instance i-0ffee5678example9",
            ),
            Request(
                "ec2:StopInstances",
                f"arn:aws:ec2:{REGION}:{ACCOUNT}:instance/i-0ffee5678example9",
                "Stop the instance i-0ffee5678example9",
            ),
        ),
    ),
)

INTROS = (
    "A developer's IAM user has only the following identity-based policy attached, and no "
    "other policy applies.",
    "The following policy is the only policy that applies to an IAM user.",
)
QUESTIONS = {
    "allowed": ("Which request can the user make?", "Which action is the user allowed to take?"),
    "denied": ("Which request will AWS deny?", "Which action is the user NOT allowed to take?"),
}


def _policy(rng: random.Random, kind: Kind) -> tuple[dict, str]:
    """A small policy, and whether its Allow statement is narrow in resource or in action."""
    actions = sorted({request.action for request in kind.requests})
    allow_action = rng.choice(
        (rng.choice(actions), f"{kind.prefix}:*", kind.read, rng.sample(actions, 2))
    )
    allow_resource = rng.choice((kind.resource, kind.every))
    statements = [{"Effect": "Allow", "Action": allow_action, "Resource": allow_resource}]
    scope = "resource-scope" if allow_resource == kind.resource else "action-scope"
    if rng.random() < 0.4:
        statements.append({"Effect": "Deny", "Action": rng.choice(actions), "Resource": "*"})
    return {"Version": "2012-10-17", "Statement": statements}, scope


def _decision(policy: dict, request: Request) -> str:
    case = {
        "principal": CALLER,
        "action": request.action,
        "resource": request.resource,
        "identityPolicies": [policy],
    }
    return evaluate_case(case).decision


def _why(policy: dict, request: Request, decision: str) -> str:
    allow, *deny = policy["Statement"]
    if decision == "allowed":
        return (
            f"Allowed: the Allow statement's Action ({json.dumps(allow['Action'])}) covers "
            f"{request.action} and its Resource ({allow['Resource']}) covers {request.resource}, "
            "and no Deny statement matches."
        )
    if decision == "explicitDeny":
        return (
            f"Denied: the Deny statement names {request.action} on every resource, and an "
            "explicit deny overrides any Allow."
        )
    return (
        f"Denied: the Allow statement does not cover {request.action} on {request.resource} "
        f"(Action {json.dumps(allow['Action'])}, Resource {allow['Resource']}), and whatever "
        "no policy allows is implicitly denied."
    )


def read_policy(rng: random.Random, _seed: int) -> Draft:
    for _ in range(MAX_DRAWS):
        kind = rng.choice(KINDS)
        policy, scope = _policy(rng, kind)
        decided = {request: _decision(policy, request) for request in kind.requests}
        allowed = [r for r, d in decided.items() if d == "allowed"]
        denied = [r for r, d in decided.items() if d != "allowed"]
        asked = rng.choice(("allowed", "denied"))
        keys, others = (allowed, denied) if asked == "allowed" else (denied, allowed)
        if keys and len(others) >= 3:
            break
    else:
        raise RuntimeError("no policy with one request on one side and three on the other")
    key = rng.choice(keys)
    wrong = rng.sample(others, 3)
    # What the question teaches: the Deny when it decides one of the options shown, else the
    # Allow statement's reach.
    denied_explicitly = any(decided[request] == "explicitDeny" for request in (key, *wrong))
    lesson_of = "explicit-deny" if denied_explicitly else scope
    body = json.dumps(policy, indent=2)
    stem = f"{rng.choice(INTROS)}\n\n{body}\n\n{rng.choice(QUESTIONS[asked])}"
    return Draft(
        topic=TOPIC,
        stem=stem,
        correct=[Choice(key.words, _why(policy, key, decided[key]))],
        wrong=[Choice(request.words, _why(policy, request, decided[request])) for request in wrong],
        explanation=_why(policy, key, decided[key]),
        fact=f"{TOPIC}:reading-{lesson_of}",
        angle="reading",
        key=f"{TOPIC}:reading-{lesson_of}:{asked}:{key.action}:{key.resource}",
        lesson="security-IAM-policy-evaluation#reading a policy",
        references=[EVALUATION_URL, POLICY_GRAMMAR_URL, RESOURCE_URL],
        difficulty=2,
    )


GENERATORS = {"policy-evaluation/reading": read_policy}
