"""Properties of the evaluation logic that hold for every request and policy set."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iamlab.policy import MalformedPolicyDocument, PolicySet, Request, evaluate, parse_policy
from iamlab.policy.cases import run_cases

ACCOUNT, OTHER = "111122223333", "444455556666"
PRINCIPALS = [
    f"arn:aws:iam::{ACCOUNT}:user/alice",
    f"arn:aws:iam::{OTHER}:user/carol",
    f"arn:aws:sts::{ACCOUNT}:assumed-role/AppRole/s1",
    f"arn:aws:sts::{ACCOUNT}:federated-user/dana",
    f"arn:aws:iam::{ACCOUNT}:root",
    "sns.amazonaws.com",
]
ACTIONS = ["s3:GetObject", "s3:PutObject", "sqs:SendMessage", "kms:Decrypt", "sts:AssumeRole"]
RESOURCES = [
    "arn:aws:s3:::bucket/a.txt",
    f"arn:aws:sqs:us-east-1:{ACCOUNT}:q",
    f"arn:aws:kms:us-east-1:{ACCOUNT}:key/k1",
    f"arn:aws:iam::{ACCOUNT}:role/AppRole",
]
CONDITIONS = [
    {"StringEquals": {"aws:PrincipalTag/team": "blue"}},
    {"StringNotEquals": {"aws:PrincipalTag/team": "blue"}},
    {"IpAddress": {"aws:SourceIp": "192.0.2.0/24"}},
    {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}},
    {"ForAnyValue:StringLike": {"aws:TagKeys": ["t*"]}},
    {"Null": {"aws:TokenIssueTime": "true"}},
]
CONTEXTS = st.fixed_dictionaries(
    {},
    optional={
        "aws:PrincipalTag/team": st.sampled_from(["blue", "red"]),
        "aws:SourceIp": st.sampled_from(["192.0.2.1", "198.51.100.1"]),
        "aws:MultiFactorAuthPresent": st.sampled_from(["true", "false"]),
        "aws:TagKeys": st.lists(st.sampled_from(["team", "env"]), max_size=2),
    },
)


def statements(with_principal: bool):
    principal = st.sampled_from(
        [
            "*",
            {"AWS": ACCOUNT},
            {"AWS": PRINCIPALS[0]},
            {"AWS": f"arn:aws:iam::{ACCOUNT}:role/AppRole"},
            {"AWS": OTHER},
            {"Service": "sns.amazonaws.com"},
        ]
    )
    base = {
        "Effect": st.sampled_from(["Allow", "Deny"]),
        "Action": st.sampled_from(["*", "s3:*", "s3:Get*", "sqs:SendMessage", "kms:*", "sts:*"]),
        "Resource": st.sampled_from(["*", "arn:aws:s3:::bucket/*", RESOURCES[1], RESOURCES[2]]),
    }
    if with_principal:
        base["Principal"] = principal
    return st.fixed_dictionaries(base, optional={"Condition": st.sampled_from(CONDITIONS)})


def policies(with_principal: bool = False, max_statements: int = 3):
    return st.lists(statements(with_principal), min_size=1, max_size=max_statements).map(
        lambda body: {"Version": "2012-10-17", "Statement": body}
    )


@st.composite
def scenarios(draw):
    identity = draw(st.lists(policies(), max_size=2))
    boundary = draw(st.none() | policies())
    session = draw(st.none() | st.lists(policies(), max_size=1))
    resource = draw(st.none() | policies(with_principal=True))
    scps = draw(st.none() | st.lists(st.lists(policies(), max_size=2), min_size=1, max_size=2))
    request = Request(
        principal=draw(st.sampled_from(PRINCIPALS)),
        action=draw(st.sampled_from(ACTIONS)),
        resource=draw(st.sampled_from(RESOURCES)),
        context=draw(CONTEXTS),
        resource_account=draw(st.sampled_from([None, ACCOUNT, OTHER])),
    )
    documents = {
        "identity": identity,
        "boundary": boundary,
        "session": session,
        "resource": resource,
        "scps": scps,
    }
    return request, documents


def build(documents: dict) -> PolicySet:
    return PolicySet(
        identity=[parse_policy(d) for d in documents["identity"]],
        permissions_boundary=documents["boundary"] and parse_policy(documents["boundary"]),
        session=None
        if documents["session"] is None
        else [parse_policy(d) for d in documents["session"]],
        resource=documents["resource"] and parse_policy(documents["resource"]),
        scps=None
        if documents["scps"] is None
        else [[parse_policy(d) for d in level] for level in documents["scps"]],
    )


SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
DENY_EVERYTHING = {
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*"}],
}


@SETTINGS
@given(scenarios())
def test_the_trace_always_shows_the_decision_that_was_returned(scenario):
    request, documents = scenario
    decision = evaluate(request, build(documents))
    assert decision.trace.decision == decision.decision
    deciding = [step for step in decision.trace.steps if step.deciding]
    assert len(deciding) <= 1
    assert deciding or decision.decision == "implicitDeny"


@SETTINGS
@given(scenarios())
def test_an_explicit_deny_in_an_identity_policy_never_yields_allowed(scenario):
    request, documents = scenario
    if request.caller.kind.name in ("SERVICE", "ROOT"):
        return  # neither has identity-based policies
    documents = dict(documents, identity=[*documents["identity"], DENY_EVERYTHING])
    assert evaluate(request, build(documents)).decision == "explicitDeny"


@SETTINGS
@given(scenarios())
def test_an_allowed_request_never_had_an_applicable_deny(scenario):
    request, documents = scenario
    decision = evaluate(request, build(documents))
    if decision.allowed and request.action != "sts:GetCallerIdentity":
        denies = [
            statement
            for step in decision.trace.steps
            for statement in step.statements
            if statement.effect == "Deny" and statement.applies
        ]
        assert denies == []


def without_denies(document):
    if document is None:
        return None
    kept = [s for s in document["Statement"] if s["Effect"] != "Deny"]
    return dict(document, Statement=kept) if kept else None


@SETTINGS
@given(scenarios())
def test_removing_deny_statements_never_turns_allowed_into_denied(scenario):
    request, documents = scenario
    if not evaluate(request, build(documents)).allowed:
        return
    stripped = {
        "identity": [d for d in map(without_denies, documents["identity"]) if d],
        "boundary": documents["boundary"],
        "session": documents["session"],
        "resource": without_denies(documents["resource"]),
        "scps": documents["scps"],
    }
    assert evaluate(request, build(stripped)).allowed


@SETTINGS
@given(scenarios(), policies())
def test_adding_an_identity_allow_never_turns_an_implicit_deny_into_an_explicit_deny(
    scenario, extra
):
    request, documents = scenario
    if evaluate(request, build(documents)).decision != "implicitDeny":
        return
    allows_only = dict(extra, Statement=[dict(s, Effect="Allow") for s in extra["Statement"]])
    documents = dict(documents, identity=[*documents["identity"], allows_only])
    assert evaluate(request, build(documents)).decision != "explicitDeny"


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(
            st.sampled_from(
                [
                    "Version",
                    "Statement",
                    "Effect",
                    "Action",
                    "NotAction",
                    "Resource",
                    "Principal",
                    "Condition",
                    "Sid",
                    "AWS",
                    "StringEquals",
                    "aws:username",
                    "x",
                ]
            ),
            children,
            max_size=4,
        )
    ),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(JSON_VALUES)
def test_a_random_document_is_parsed_or_refused_never_crashes(document):
    try:
        policy = parse_policy(document)
    except MalformedPolicyDocument as error:
        assert error.message
        return
    request = Request(PRINCIPALS[0], "s3:GetObject", RESOURCES[0], {"aws:username": "alice"})
    decision = evaluate(request, PolicySet(identity=[policy]))
    assert decision.trace.decision == decision.decision


VALID = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Action": ["s3:*"],
                "Resource": "*",
                "Condition": {"IpAddress": {"aws:SourceIp": "192.0.2.0/24"}},
            }
        ],
    }
)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, len(VALID)), st.integers(0, len(VALID)), st.text(max_size=4))
def test_fuzzed_json_text_gives_an_error_never_an_exception(start, end, insert):
    text = VALID[:start] + insert + VALID[end:]
    try:
        parse_policy(text)
    except MalformedPolicyDocument as error:
        assert str(error).startswith("MalformedPolicyDocument: ")


CASE_FIELDS = st.fixed_dictionaries(
    {"id": st.text(max_size=3)},
    optional={
        "principal": st.sampled_from(PRINCIPALS) | JSON_VALUES,
        "action": st.sampled_from(ACTIONS) | JSON_VALUES,
        "resource": st.sampled_from(RESOURCES) | JSON_VALUES,
        "resourceAccount": JSON_VALUES,
        "context": JSON_VALUES,
        "identityPolicies": st.lists(policies(), max_size=1) | JSON_VALUES,
        "permissionsBoundary": JSON_VALUES,
        "sessionPolicies": JSON_VALUES,
        "resourcePolicy": policies(with_principal=True) | JSON_VALUES,
        "serviceControlPolicies": JSON_VALUES,
        "resourceControlPolicies": JSON_VALUES,
    },
)


@settings(max_examples=200, deadline=None)
@given(CASE_FIELDS)
def test_the_batch_answers_every_case_line_with_a_decision_or_an_error(case):
    (answer,) = run_cases([json.dumps(case)])
    assert answer["id"] == case["id"]
    assert answer.get("decision") in ("allowed", "explicitDeny", "implicitDeny") or answer["error"]
