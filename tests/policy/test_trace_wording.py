"""The words learners read in a trace, step by step, for a few representative requests.

Each step is pinned whole: its title (with the account whose side it is, across
accounts), its outcome, its summary and whether it decides; and each statement it shows,
with the reason it does not apply. The order of the steps is AWS's flowchart
(https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html);
across accounts both sides must allow
(https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html).
"""

from iamlab.policy import PolicySet, Request, evaluate, parse_policy, render_trace

ALICE = "arn:aws:iam::111122223333:user/alice"
CAROL = "arn:aws:iam::444455556666:user/carol"
OBJECT = "arn:aws:s3:::example-bucket/report.csv"
READ = {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}
EVERYTHING = {"Effect": "Allow", "Action": "*", "Resource": "*"}
NO_ALLOW_DENY = ("Deny evaluation", "NOT_APPLICABLE", "no Deny statement applies", False)
NO_RESOURCE_POLICY = (
    "Resource-based policy",
    "NOT_APPLICABLE",
    "there is no resource-based policy",
    False,
)


def policy(name, *statements):
    return parse_policy({"Version": "2012-10-17", "Statement": list(statements)}, name=name)


def steps(trace):
    return [(s.title, s.outcome.name, s.summary, s.deciding) for s in trace.steps]


def statements(step):
    return [(s.label, s.applies, s.why_not) for s in step.statements]


ALICE_READS = policy("inline policy read on user alice", READ)
ALICE_READ_STATEMENT = ("inline policy read on user alice, statement 1 (Allow)", True, "")


def test_a_request_allowed_by_an_identity_policy():
    trace = evaluate(
        Request(ALICE, "s3:GetObject", OBJECT), PolicySet(identity=[ALICE_READS])
    ).trace
    assert steps(trace) == [
        NO_ALLOW_DENY,
        NO_RESOURCE_POLICY,
        (
            "Identity-based policies",
            "ALLOW",
            "inline policy read on user alice, statement 1 (Allow) allows the request",
            True,
        ),
    ]
    assert statements(trace.steps[2]) == [ALICE_READ_STATEMENT]


def test_an_explicit_deny_in_an_scp():
    deny_s3 = policy("DenyS3", {"Sid": "NoS3", "Effect": "Deny", "Action": "s3:*", "Resource": "*"})
    full = policy("FullAWSAccess", EVERYTHING)
    policies = PolicySet(identity=[ALICE_READS], scps=[[full], [full, deny_s3]])
    trace = evaluate(Request(ALICE, "s3:GetObject", OBJECT), policies).trace
    assert trace.decision == "explicitDeny"
    assert steps(trace) == [
        (
            "Deny evaluation",
            "DENY",
            'DenyS3, statement 1 "NoS3" (Deny) denies the request explicitly; '
            "an explicit deny overrides every allow",
            True,
        )
    ]
    assert statements(trace.steps[0]) == [('DenyS3, statement 1 "NoS3" (Deny)', True, "")]


def test_an_scp_level_that_allows_nothing_names_the_level():
    full = policy("FullAWSAccess", EVERYTHING)
    ec2 = policy("EC2Only", {"Effect": "Allow", "Action": "ec2:*", "Resource": "*"})
    request = Request(ALICE, "s3:GetObject", OBJECT)
    for levels, where in (
        ([[ec2], [full], [full]], "the organization root (level 1)"),
        ([[full], [ec2], [full]], "OU level 2"),
        ([[full], [full], [ec2]], "the account (level 3)"),
    ):
        trace = evaluate(request, PolicySet(identity=[ALICE_READS], scps=levels)).trace
        assert steps(trace)[-1] == (
            "Service control policies",
            "NO_ALLOW",
            f"no SCP at {where} allows s3:GetObject; every level must allow",
            True,
        )
        assert statements(trace.steps[-1]) == [
            ("EC2Only, statement 1 (Allow)", False, "the action does not match")
        ]
    trace = evaluate(request, PolicySet(identity=[ALICE_READS], scps=[[full], [full]])).trace
    assert steps(trace)[1] == (
        "Service control policies",
        "ALLOW",
        "an SCP allows the action at every level of the organization",
        False,
    )


def test_an_implicit_deny_by_the_permissions_boundary():
    boundary = policy("boundary EC2Only", {"Effect": "Allow", "Action": "ec2:*", "Resource": "*"})
    decision = evaluate(
        Request(ALICE, "s3:GetObject", OBJECT),
        PolicySet(identity=[ALICE_READS], permissions_boundary=boundary),
    )
    assert steps(decision.trace) == [
        NO_ALLOW_DENY,
        NO_RESOURCE_POLICY,
        (
            "Identity-based policies",
            "ALLOW",
            "inline policy read on user alice, statement 1 (Allow) allows the request",
            False,
        ),
        (
            "Permissions boundary",
            "NO_ALLOW",
            "the permissions boundary does not allow the request: a boundary caps what "
            "identity-based policies can grant",
            True,
        ),
    ]
    assert statements(decision.trace.steps[3]) == [
        ("boundary EC2Only, statement 1 (Allow)", False, "the action does not match")
    ]
    assert render_trace(decision).splitlines() == [
        "Decision: implicitDeny",
        f"Request: {ALICE} -> s3:GetObject on {OBJECT}",
        "1. Deny evaluation: does not apply",
        "   no Deny statement applies",
        "2. Resource-based policy: does not apply",
        "   there is no resource-based policy",
        "3. Identity-based policies: allows",
        "   inline policy read on user alice, statement 1 (Allow) allows the request",
        "      inline policy read on user alice, statement 1 (Allow): applies",
        "        action yes, resource yes, principal -",
        "4. Permissions boundary: does not allow  <== decides",
        "   the permissions boundary does not allow the request: a boundary caps what "
        "identity-based policies can grant",
        "      boundary EC2Only, statement 1 (Allow): does not apply: the action does not match",
    ]


BUCKET_POLICY = policy(
    "bucket policy",
    {
        "Effect": "Allow",
        "Principal": {"AWS": "444455556666"},
        "Action": "s3:GetObject",
        "Resource": "arn:aws:s3:::example-bucket/*",
    },
)
CAROL_REQUEST = Request(CAROL, "s3:GetObject", OBJECT, resource_account="111122223333")
DELEGATES = (
    "allows account 444455556666, which delegates the decision to that account's "
    "identity-based policies"
)
BUCKET_STATEMENT = ("bucket policy, statement 1 (Allow)", True, "")


def test_a_cross_account_request_that_both_accounts_allow():
    carol_reads = policy("inline policy read on user carol", READ)
    trace = evaluate(CAROL_REQUEST, PolicySet(identity=[carol_reads], resource=BUCKET_POLICY)).trace
    assert steps(trace) == [
        NO_ALLOW_DENY,
        (
            "Resource-based policy (account 111122223333)",
            "ALLOW",
            DELEGATES + "; with the principal's own policies, both accounts allow",
            True,
        ),
        (
            "Identity-based policies (account 444455556666)",
            "ALLOW",
            "inline policy read on user carol, statement 1 (Allow) allows the request",
            False,
        ),
    ]
    assert statements(trace.steps[1]) == [BUCKET_STATEMENT]
    assert trace.steps[1].statements[0].principal_note == (
        "names account 444455556666: the account's own policies must allow"
    )


def test_a_cross_account_request_whose_own_account_does_not_allow():
    trace = evaluate(CAROL_REQUEST, PolicySet(resource=BUCKET_POLICY)).trace
    assert steps(trace) == [
        NO_ALLOW_DENY,
        ("Resource-based policy (account 111122223333)", "ALLOW", DELEGATES, False),
        (
            "Identity-based policies (account 444455556666)",
            "NO_ALLOW",
            "no identity-based policy allows the request",
            True,
        ),
    ]


def test_a_cross_account_request_the_resource_policy_does_not_allow():
    carol_reads = policy("inline policy read on user carol", READ)
    trace = evaluate(CAROL_REQUEST, PolicySet(identity=[carol_reads])).trace
    assert steps(trace) == [
        NO_ALLOW_DENY,
        (
            "Resource-based policy (account 111122223333)",
            "NO_ALLOW",
            "cross-account request: the resource-based policy in account 111122223333 must "
            "allow the principal or its account, and none does",
            True,
        ),
    ]
