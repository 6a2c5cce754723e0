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


SESSION = "arn:aws:sts::111122223333:assumed-role/AppRole/app-session"
ROOT = "arn:aws:iam::111122223333:root"
QUEUE = "arn:aws:sqs:us-east-1:111122223333:orders"
KEY = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
IDENTITY_READS = (
    "Identity-based policies",
    "ALLOW",
    "id, statement 1 (Allow) allows the request",
)


def grant(principal, action="s3:GetObject", resource="arn:aws:s3:::example-bucket/*"):
    return {"Effect": "Allow", "Principal": principal, "Action": action, "Resource": resource}


def deny_except(*listed):
    return {
        "Effect": "Deny",
        "NotPrincipal": {"AWS": list(listed)},
        "Action": "s3:*",
        "Resource": "*",
    }


def notes(step):
    return [s.principal_note for s in step.statements]


def test_a_grant_to_the_role_of_a_session_says_the_session_limits_still_apply():
    policies = PolicySet(
        resource=policy("bucket policy", grant({"AWS": "arn:aws:iam::111122223333:role/AppRole"})),
        session=[policy("session policy", READ)],
    )
    trace = evaluate(Request(SESSION, "s3:GetObject", OBJECT), policies).trace
    assert steps(trace) == [
        NO_ALLOW_DENY,
        (
            "Resource-based policy",
            "ALLOW",
            "allows the role AppRole; the session's boundary and session policies still "
            "limit that grant",
            True,
        ),
        (
            "Identity-based policies",
            "NO_ALLOW",
            "no identity-based policy allows the request",
            False,
        ),
        ("Session policies", "ALLOW", "the session policies allow the request", False),
    ]
    assert notes(trace.steps[1]) == ["names the role AppRole, not this session"]


def test_a_grant_naming_the_caller_itself_and_one_naming_someone_else():
    direct = PolicySet(resource=policy("bucket policy", grant({"AWS": ALICE})))
    trace = evaluate(Request(ALICE, "s3:GetObject", OBJECT), direct).trace
    assert steps(trace)[1] == ("Resource-based policy", "ALLOW", f"allows {ALICE} directly", True)
    bob = grant({"AWS": "arn:aws:iam::111122223333:user/bob"})
    others = PolicySet(identity=[policy("id", READ)], resource=policy("bucket policy", bob))
    trace = evaluate(Request(ALICE, "s3:GetObject", OBJECT), others).trace
    assert steps(trace)[1:] == [
        ("Resource-based policy", "NO_ALLOW", "no statement allows this principal", False),
        (*IDENTITY_READS, True),
    ]
    assert statements(trace.steps[1]) == [
        (
            "bucket policy, statement 1 (Allow)",
            False,
            f"the principal does not match ({ALICE} is not named)",
        )
    ]


def test_notprincipal_says_why_it_spares_or_denies_the_caller():
    request = Request(ALICE, "s3:GetObject", OBJECT)
    for listed, boundary, note in (
        ((ALICE, ROOT), None, "NotPrincipal lists the caller and its whole chain"),
        ((ALICE,), None, "not excluded by NotPrincipal"),
        (
            (ALICE, ROOT),
            policy("boundary", READ),
            "a Deny with NotPrincipal denies every principal that has a permissions "
            "boundary, whatever it lists",
        ),
    ):
        policies = PolicySet(
            identity=[policy("id", READ)],
            permissions_boundary=boundary,
            resource=policy("bucket policy", deny_except(*listed)),
        )
        assert notes(evaluate(request, policies).trace.steps[0]) == [note]


def test_a_trust_policy_or_key_policy_that_does_not_name_the_caller():
    for action, resource, what in (
        ("sts:AssumeRole", "arn:aws:iam::111122223333:role/AppRole", "role's trust policy"),
        ("kms:Decrypt", KEY, "KMS key policy"),
    ):
        other = grant({"AWS": "arn:aws:iam::111122223333:role/Other"}, action, "*")
        policies = PolicySet(
            identity=[policy("id", {"Effect": "Allow", "Action": action, "Resource": "*"})],
            resource=policy("resource policy", other),
        )
        trace = evaluate(Request(ALICE, action, resource), policies).trace
        assert steps(trace)[1:] == [
            (
                "Resource-based policy",
                "NO_ALLOW",
                f"the {what} must allow the principal or its account, and it does not "
                "(identity-based policies alone cannot grant this)",
                True,
            )
        ]


def test_a_service_principal_and_the_queue_policy():
    request = Request("sns.amazonaws.com", "sqs:SendMessage", QUEUE)
    named = grant({"Service": "sns.amazonaws.com"}, "sqs:SendMessage", QUEUE)
    trace = evaluate(request, PolicySet(resource=policy("queue policy", named))).trace
    assert steps(trace)[1:] == [
        ("Resource-based policy", "ALLOW", "allows sns.amazonaws.com directly", True)
    ]
    other = grant({"Service": "events.amazonaws.com"}, "sqs:SendMessage", QUEUE)
    trace = evaluate(request, PolicySet(resource=policy("queue policy", other))).trace
    assert steps(trace)[1:] == [
        (
            "Resource-based policy",
            "NO_ALLOW",
            "a service principal is allowed only by a resource-based policy, and none allows it",
            True,
        )
    ]


def test_boundary_and_session_policies_that_allow_and_one_that_does_not():
    request = Request(SESSION, "s3:GetObject", OBJECT)
    allowing = PolicySet(
        identity=[policy("id", READ)],
        permissions_boundary=policy("boundary", READ),
        session=[policy("session policy", READ)],
    )
    assert steps(evaluate(request, allowing).trace)[2:] == [
        (*IDENTITY_READS, True),
        ("Permissions boundary", "ALLOW", "the permissions boundary allows the request", False),
        ("Session policies", "ALLOW", "the session policies allow the request", False),
    ]
    ec2 = {"Effect": "Allow", "Action": "ec2:*", "Resource": "*"}
    capped = PolicySet(identity=[policy("id", READ)], session=[policy("session policy", ec2)])
    assert steps(evaluate(request, capped).trace)[-1] == (
        "Session policies",
        "NO_ALLOW",
        "no session policy allows the request: session policies cap the session's permissions",
        True,
    )


def test_a_federated_user_session_without_a_session_policy():
    fred = "arn:aws:sts::111122223333:federated-user/fred"
    trace = evaluate(
        Request(fred, "s3:GetObject", OBJECT), PolicySet(identity=[policy("id", READ)])
    ).trace
    assert steps(trace)[-1] == (
        "Session policies",
        "NO_ALLOW",
        "no session policy allows the request: session policies cap the session's permissions "
        "(a federated user session created without a session policy has no permissions from "
        "identity-based policies)",
        True,
    )


def test_the_rcp_step_and_the_root_user():
    identity = PolicySet(
        identity=[policy("id", {"Effect": "Allow", "Action": "*", "Resource": "*"})], rcps=[[]]
    )
    s3 = evaluate(Request(ALICE, "s3:GetObject", OBJECT), identity).trace
    assert steps(s3)[1] == (
        "Resource control policies",
        "ALLOW",
        "RCPFullAWSAccess, attached at every level, allows; no RCP denies",
        False,
    )
    ec2 = evaluate(Request(ALICE, "ec2:RunInstances", "*"), identity).trace
    assert steps(ec2)[1] == (
        "Resource control policies",
        "NOT_APPLICABLE",
        "RCPs do not apply to this service's actions",
        False,
    )
    root = evaluate(Request(ROOT, "s3:GetObject", OBJECT), PolicySet()).trace
    assert steps(root)[-1] == (
        "Identity-based policies",
        "ALLOW",
        "the root user has full access to its own account's resources; it has no "
        "identity-based policies",
        True,
    )


def test_each_condition_says_what_it_compared_or_which_key_was_missing():
    absent = {
        "StringEqualsIfExists": {"aws:PrincipalTag/team": "blue"},
        "ForAllValues:StringEquals": {"aws:TagKeys": ["env"]},
        "StringNotEquals": {"aws:username": "bob"},
        "Null": {"aws:TokenIssueTime": "true"},
        "ForAnyValue:StringLike": {"aws:CalledVia": "x"},
        "StringEquals": {"aws:SourceVpc": "vpc-1"},
    }
    trace = evaluate(
        Request(ALICE, "s3:GetObject", OBJECT),
        PolicySet(identity=[policy("id", {**READ, "Condition": absent})]),
    ).trace
    assert [(c.reason, c.matched) for c in trace.steps[-1].statements[0].conditions] == [
        ("aws:PrincipalTag/team is not in the request, so StringEqualsIfExists is true", True),
        ("aws:TagKeys is not in the request, so ForAllValues is true", True),
        ("aws:username is not in the request: StringNotEquals is true", True),
        ("aws:TokenIssueTime is absent in the request", True),
        ("aws:CalledVia is not in the request, so ForAnyValue is false", False),
        ("aws:SourceVpc is not in the request", False),
    ]
    present = {
        "StringEquals": {"aws:username": ["${aws:PrincipalTag/x}", "alice"]},
        "ForAllValues:StringEquals": {"aws:TagKeys": ["env"]},
        "Null": {"aws:TokenIssueTime": "false"},
        "StringLike": {"aws:PrincipalTag/team": "${aws:PrincipalTag/x}"},
    }
    context = {
        "aws:username": "alice",
        "aws:TagKeys": ["env", "team"],
        "aws:TokenIssueTime": "2024-01-01T00:00:00Z",
        "aws:PrincipalTag/team": "blue",
    }
    trace = evaluate(
        Request(ALICE, "s3:GetObject", OBJECT, context),
        PolicySet(identity=[policy("id", {**READ, "Condition": present})]),
    ).trace
    assert [(c.reason, c.matched) for c in trace.steps[-1].statements[0].conditions] == [
        ("aws:username = alice: StringEquals [alice] is true", True),
        ("aws:TagKeys = env, team: ForAllValues:StringEquals [env] is false", False),
        ("aws:TokenIssueTime is present in the request", True),
        ("aws:PrincipalTag/team = blue: StringLike [(no value)] is false", False),
    ]
