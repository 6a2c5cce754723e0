"""Policy evaluation: random but realistic policies and a request; the engine decides.

A scenario draws a service, a caller, an identity-based policy and, sometimes, a
permissions boundary, SCPs, a resource-based policy and one Deny statement
(possibly with a condition). The engine's decision is the answer. To name the
policy that decides in the options, the generator asks the engine again with one
layer opened up (its Deny removed, or replaced by allow-all) and keeps only
scenarios where exactly one layer decides, so every option is right or wrong
for one clear reason.
"""

import copy
import json
import random

from iamlab.policy import evaluate_case
from quizzes.catalogues.evaluation import (
    CALLERS,
    CONDITIONS_URL,
    DENY_CONDITIONS,
    EVALUATION_URL,
    FULL_AWS_ACCESS,
    LAYER_LABELS,
    LAYER_REFERENCES,
    SERVICES,
    Service,
)
from quizzes.generators.assembly import Choice, Draft

TOPIC = "policy-evaluation"
MAX_DRAWS = 100  # scenarios drawn per question before giving up; a handful is typical

OUTCOMES = {
    "allowed": "The request is allowed.",
    "explicit:identity": "Denied: a Deny statement in the identity-based policy matches "
    "(explicit deny).",
    "explicit:boundary": "Denied: a Deny statement in the permissions boundary matches "
    "(explicit deny).",
    "explicit:scp": "Denied: a Deny statement in a service control policy matches (explicit deny).",
    "explicit:resource": "Denied: a Deny statement in the {resource_policy} matches "
    "(explicit deny).",
    "implicit:grant": "Denied: no identity-based or resource-based policy allows the request "
    "(implicit deny).",
    "implicit:boundary": "Denied: the permissions boundary does not allow the request "
    "(implicit deny).",
    "implicit:scp": "Denied: the service control policies do not allow the request "
    "(implicit deny).",
}


def _policy(*statements: dict) -> dict:
    return {"Version": "2012-10-17", "Statement": list(statements)}


def _others(service: Service, action: str) -> list[str]:
    return [other for other in service.actions if other != action]


def _allow_statement(rng: random.Random, service: Service, action: str) -> dict:
    actions = rng.choice(
        (action, f"{service.prefix}:*", service.read_prefix, _others(service, action), "*")
    )
    resource = rng.choice((service.resource, service.wildcard, service.sibling, "*"))
    return {"Effect": "Allow", "Action": actions, "Resource": resource}


def _deny_statement(
    rng: random.Random, service: Service, action: str, context: dict, *, person: bool
) -> dict:
    statement = {
        "Effect": "Deny",
        "Action": rng.choice((action, f"{service.prefix}:*", rng.choice(_others(service, action)))),
        "Resource": rng.choice(("*", service.resource, service.sibling)),
    }
    if rng.random() < 0.5:
        # An application's role session does not sign in with MFA: that condition is for people.
        condition = rng.choice(
            [c for c in DENY_CONDITIONS if person or c.key != "aws:MultiFactorAuthPresent"]
        )
        statement["Condition"] = copy.deepcopy(condition.condition)
        context[condition.key] = rng.choice((condition.met, condition.unmet))
    return statement


def _boundary_allow(rng: random.Random, service: Service, action: str) -> dict:
    actions = rng.choice(
        (
            f"{service.prefix}:*",
            [action, rng.choice(_others(service, action))],
            _others(service, action),
            ["cloudwatch:*", "logs:*"],
        )
    )
    return {"Effect": "Allow", "Action": actions, "Resource": "*"}


def _scp_levels(rng: random.Random, service: Service) -> list[list[dict]]:
    levels = [[FULL_AWS_ACCESS], [FULL_AWS_ACCESS], [FULL_AWS_ACCESS]]
    if rng.random() < 0.5:
        # an allow list at the OU: only the services it names stay available below it
        allowed = rng.choice(([f"{service.prefix}:*", "cloudwatch:*"], ["cloudwatch:*", "logs:*"]))
        levels[1] = [_policy({"Effect": "Allow", "Action": allowed, "Resource": "*"})]
    return levels


def _in_resource_policy(rng: random.Random, statement: dict, principal, service: Service) -> dict:
    """The statement as the service accepts it in its own policy: with a Principal, on itself."""
    principal = principal if principal == "*" else {"AWS": principal}
    return {
        "Effect": statement["Effect"],
        "Principal": principal,
        **{key: value for key, value in statement.items() if key != "Effect"},
        "Resource": rng.choice(service.policy_resources),
    }


def _draw(rng: random.Random) -> tuple[dict, str | None, Service]:
    """One random scenario as an evaluation case, and the layer holding its Deny, if any."""
    service, caller = rng.choice(SERVICES), rng.choice(CALLERS)
    action = rng.choice(service.actions)
    context: dict = {}
    use_boundary = rng.random() < 0.4
    use_scps = rng.random() < 0.4
    # A resource policy that grants to a user ARN is not limited by a boundary's implicit
    # deny; leaving that combination out keeps every explanation simple and true.
    grant_by_resource = service.resource_policy is not None and not use_boundary
    grant_by_resource = grant_by_resource and rng.random() < 0.35
    deny_layers = ["identity"]
    deny_layers += ["boundary"] if use_boundary else []
    deny_layers += ["scp"] if use_scps else []
    deny_layers += ["resource"] if service.resource_policy else []
    deny_layer = rng.choice([None, *deny_layers])
    person = ":user/" in caller.arn
    deny = _deny_statement(rng, service, action, context, person=person) if deny_layer else None

    case: dict = {"principal": caller.arn, "action": action, "resource": service.resource}
    identity = _policy(_allow_statement(rng, service, action))
    if deny_layer == "identity":
        identity["Statement"].append(deny)
    case["identityPolicies"] = [identity]
    if use_boundary:
        boundary = _policy(_boundary_allow(rng, service, action))
        if deny_layer == "boundary":
            boundary["Statement"].append(deny)
        case["permissionsBoundary"] = boundary
    if use_scps:
        levels = _scp_levels(rng, service)
        if deny_layer == "scp":
            levels[2] = [*levels[2], _policy(deny)]
        case["serviceControlPolicies"] = levels
    resource_statements = []
    if grant_by_resource:
        statement = _allow_statement(rng, service, action)
        resource_statements.append(_in_resource_policy(rng, statement, caller.grant_arn, service))
    if deny_layer == "resource":
        resource_statements.append(_in_resource_policy(rng, deny, "*", service))
    if resource_statements:
        case["resourcePolicy"] = _policy(*resource_statements)
    if context:
        case["context"] = context
    return case, deny_layer, service


def _decide(case: dict) -> str:
    return evaluate_case(case).decision


def _layer_policies(case: dict, layer: str) -> list[dict]:
    """The policy documents of one layer, as they sit in the case (not copies)."""
    if layer == "identity":
        return case["identityPolicies"]
    if layer == "scp":
        return [policy for level in case.get("serviceControlPolicies", []) for policy in level]
    key = {"boundary": "permissionsBoundary", "resource": "resourcePolicy"}[layer]
    return [case[key]] if key in case else []


def _without_denies(case: dict, layer: str) -> dict:
    opened = copy.deepcopy(case)
    for policy in _layer_policies(opened, layer):
        policy["Statement"] = [s for s in policy["Statement"] if s["Effect"] != "Deny"]
    return opened


def _opened_gate(case: dict, gate: str) -> dict:
    opened = copy.deepcopy(case)
    if gate == "grant":
        opened["identityPolicies"].append(FULL_AWS_ACCESS)
    elif gate == "boundary":
        opened["permissionsBoundary"] = FULL_AWS_ACCESS
    else:
        opened["serviceControlPolicies"] = [[FULL_AWS_ACCESS] for _ in range(3)]
    return opened


def _gates(case: dict) -> list[str]:
    present = {"grant": True, "boundary": "permissionsBoundary" in case}
    present["scp"] = "serviceControlPolicies" in case
    return [gate for gate, here in present.items() if here]


def _outcome(case: dict, deny_layer: str | None, decision: str) -> str | None:
    """The one layer that decides, or None when the scenario has more than one reason."""
    if decision == "allowed":
        return "allowed"
    if decision == "explicitDeny":
        if deny_layer and _decide(_without_denies(case, deny_layer)) == "allowed":
            return f"explicit:{deny_layer}"
        return None
    blockers = [gate for gate in _gates(case) if _decide(_opened_gate(case, gate)) == "allowed"]
    return f"implicit:{blockers[0]}" if len(blockers) == 1 else None


def _present_layers(case: dict) -> set[str]:
    keys = {
        "identity": "identityPolicies",
        "boundary": "permissionsBoundary",
        "scp": "serviceControlPolicies",
        "resource": "resourcePolicy",
    }
    return {layer for layer, key in keys.items() if key in case}


def _outcome_text(key: str, service: Service) -> str:
    return OUTCOMES[key].format(resource_policy=service.resource_policy or "resource-based policy")


def _label(layer: str, service: Service) -> str:
    if layer == "resource" and service.resource_policy:
        return service.resource_policy
    return LAYER_LABELS[layer]


def _reason(key: str, case: dict, deny_layer: str | None, service: Service) -> str:
    action, layers = case["action"], _present_layers(case)
    grants = "the identity-based policy"
    if "resource" in layers:
        grants = "an identity-based or resource-based policy"
    if key == "allowed":
        parts = ["no Deny statement matches", f"{grants} allows {action} on this resource"]
        if "boundary" in layers:
            parts.append("the permissions boundary allows it")
        if "scp" in layers:
            parts.append("every SCP level allows it")
        listed = ", ".join(parts[:-1]) + " and " + parts[-1]
        return f"Nothing blocks it: {listed}. An Allow with no Deny allows the request."
    if key.startswith("explicit:"):
        condition = next((s for s in _deny_statements(case, deny_layer) if "Condition" in s), None)
        met = " and its condition is met" if condition else ""
        return (
            f"A Deny statement in the {_label(deny_layer, service)} matches {action} on this "
            f"resource{met}. An explicit deny overrides every Allow."
        )
    if key == "implicit:grant":
        return (
            f"Nothing denies the request, but no identity-based or resource-based policy allows "
            f"{action} on this resource, so it is implicitly denied."
        )
    if key == "implicit:boundary":
        return (
            f"The identity-based policy allows {action}, but the permissions boundary does not. "
            "An action must be allowed by both, so the request is implicitly denied."
        )
    return (
        "Every SCP level from the organization root down to the account must allow an action. "
        f"One level here does not allow {action}, so the request is implicitly denied even "
        f"though {_granting_layer(case, service)} allows it."
    )


def _granting_layer(case: dict, service: Service) -> str:
    """What grants the request once the SCPs are out of the way: the identity-based policy
    when it does so alone, else the resource-based policy."""
    alone = _opened_gate(case, "scp")
    alone.pop("resourcePolicy", None)
    if _decide(alone) == "allowed":
        return "the identity-based policy"
    return f"the {_label('resource', service)}"


def _deny_statements(case: dict, layer: str) -> list[dict]:
    return [
        s for p in _layer_policies(case, layer) for s in p["Statement"] if s["Effect"] == "Deny"
    ]


def _why_wrong(key: str, actual: str, case: dict, deny_layer: str | None, service: Service) -> str:
    if key == "allowed":
        return "The request is not allowed. " + _reason(actual, case, deny_layer, service)
    kind, layer = key.split(":")
    present = _present_layers(case)
    if layer in ("boundary", "scp", "resource") and layer not in present:
        what = "service control policy" if layer == "scp" else _label(layer, service)
        return f"No {what} applies in this scenario."
    if kind == "explicit":
        return f"No Deny statement in the {_label(layer, service)} matches this request."
    if layer == "grant":
        grants = "An identity-based"
        if "resource" in present:
            grants = "An identity-based or resource-based"
        return f"{grants} policy does allow {case['action']} on this resource."
    if layer == "boundary":
        return f"The permissions boundary allows {case['action']}."
    return f"Every SCP level, from the organization root to the account, allows {case['action']}."


# Wrong answers a learner really gives, for when the layers shown offer fewer than three:
# an option about a policy the question does not show is a giveaway.
MYTHS = {
    "myth:order": (
        "The request is allowed: an Allow statement comes before the Deny statement.",
        "Statement order never matters: an explicit deny overrides every Allow, wherever it "
        "stands.",
    ),
    "myth:no-deny": (
        "The request is allowed: no policy denies it.",
        "AWS denies every request by default: without an Allow that matches, it is implicitly "
        "denied even though nothing denies it.",
    ),
    "myth:resource-needed": (
        "Denied: the resource has no resource-based policy that allows the request "
        "(implicit deny).",
        "Within one account an identity-based policy that allows the request is enough; no "
        "resource-based policy is needed.",
    ),
}


def _myths(answer: str, case: dict) -> list[str]:
    if answer in ("explicit:identity", "explicit:boundary"):
        return ["myth:order"]  # the layer holds an Allow before its Deny
    if answer.startswith("implicit:"):
        return ["myth:no-deny"]
    if answer == "allowed" and "resource" not in _present_layers(case):
        return ["myth:resource-needed"]
    return []


def _distractors(rng: random.Random, answer: str, case: dict) -> list[str]:
    present = _present_layers(case) | {"grant"}
    others = [key for key in OUTCOMES if key != answer]
    relevant = [k for k in others if k == "allowed" or k.split(":")[1] in present]
    rest = [k for k in others if k not in relevant]
    rng.shuffle(relevant)
    rng.shuffle(rest)
    return (relevant + _myths(answer, case) + rest)[:3]


def _option(key: str, answer: str, case: dict, deny_layer, service: Service) -> Choice:
    if key in MYTHS:
        text, why = MYTHS[key]
        return Choice(text, why)
    return Choice(_outcome_text(key, service), _why_wrong(key, answer, case, deny_layer, service))


def _render(case: dict, service: Service) -> str:
    sections = [f"Identity-based policy:\n{json.dumps(case['identityPolicies'][0], indent=2)}"]
    if "permissionsBoundary" in case:
        boundary = json.dumps(case["permissionsBoundary"], indent=2)
        sections.append(f"Permissions boundary:\n{boundary}")
    if "serviceControlPolicies" in case:
        names = ("Organization root", "OU", "Account")
        lines = ["Service control policies, from the organization root down to the account:"]
        for name, level in zip(names, case["serviceControlPolicies"], strict=True):
            for number, policy in enumerate(level, start=1):
                text = (
                    "FullAWSAccess (allows every action)"
                    if policy == FULL_AWS_ACCESS
                    else json.dumps(policy, indent=2)
                )
                label = name if number == 1 else f"{name} (SCP {number})"
                lines.append(f"{label}: {text}")
        sections.append("\n".join(lines))
    if "resourcePolicy" in case:
        name = (service.resource_policy or "resource-based policy").capitalize()
        sections.append(f"{name}:\n{json.dumps(case['resourcePolicy'], indent=2)}")
    return "\n\n".join(sections)


def _context_sentence(case: dict) -> str:
    sentences = []
    for key, value in case.get("context", {}).items():
        condition = next(c for c in DENY_CONDITIONS if c.key == key)
        sentences.append(condition.described[value])
    return " ".join(sentences)


def evaluate_request(rng: random.Random, _seed: int) -> Draft:
    for _ in range(MAX_DRAWS):
        case, deny_layer, service = _draw(rng)
        decision = _decide(case)
        answer = _outcome(case, deny_layer, decision)
        if answer:
            break
    else:
        raise RuntimeError("no scenario with a single deciding policy was drawn")
    caller = next(c for c in CALLERS if c.arn == case["principal"])
    context = _context_sentence(case)
    stem = (
        f"{caller.described} calls {case['action']} on {case['resource']}."
        + (f" {context}" if context else "")
        + " These are all the policies that apply:\n\n"
        + _render(case, service)
        + "\n\nWhat is the result of the request?"
    )
    wrong = _distractors(rng, answer, case)
    layers = _present_layers(case)
    references = [EVALUATION_URL, *(LAYER_REFERENCES[layer] for layer in sorted(layers))]
    if "context" in case:
        references.append(CONDITIONS_URL)
    reason = _reason(answer, case, deny_layer, service)
    return Draft(
        topic=TOPIC,
        stem=stem,
        correct=[Choice(_outcome_text(answer, service), reason)],
        wrong=[_option(key, answer, case, deny_layer, service) for key in wrong],
        explanation=reason,
        fact=f"{TOPIC}:{answer}",
        angle="evaluation",
        key=f"{TOPIC}:{answer}:{service.prefix}",
        advanced=True,
        lesson="security-IAM-policy-evaluation#how AWS decides a request",
        references=references,
        difficulty=min(3, len(layers)),
        case={
            "description": f"quiz scenario: {OUTCOMES[answer].split(':')[0].lower()} ({answer})",
            **case,
            "expected": decision,
        },
    )


GENERATORS = {"policy-evaluation/evaluate-request": evaluate_request}
