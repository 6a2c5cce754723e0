"""The "Can I?" page: one request or a batch, decided by the engine with its trace."""

import json

from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from iamlab.policy import render_trace
from iamlab.policy.catalog import search_actions
from iamlab.sandbox.access import get_sandbox_for
from iamlab.sandbox.errors import SandboxError
from iamlab.sandbox.models import IamRole, IamUser, Resource, RoleSession
from iamlab.sandbox.partner import PARTNER_USER_ARN
from iamlab.sandbox.services.simulator import caller_resolve, default_context, simulation_batch


def _principals(account, users) -> list[tuple[str, str]]:
    found = [(account.root_arn, "root user")]
    found += [(user.arn, f"user {user.name}") for user in users]
    found.append((PARTNER_USER_ARN, "partner account user (another account, read-only)"))
    sessions = RoleSession.objects.filter(account=account).select_related("account", "role")
    found += [
        (session.arn, f"role session {session.role.name}/{session.session_name}")
        for session in sessions
    ]
    return found


DECISIONS = ("allowed", "explicitDeny", "implicitDeny")

# Every action is one simulation with its trace (about 13 ms and 1.6 KB of page each), so an
# unbounded batch kept a worker busy for minutes. AWS's SimulatePrincipalPolicy and
# SimulateCustomPolicy document no maximum number of ActionNames, but return results 100 at a
# time unless asked for more (MaxItems, default 100):
# https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html
# One batch here is that one default page.
MAX_BATCH_ACTIONS = 100
TOO_MANY_ACTIONS = (
    "The batch has {count} actions; one run takes at most "
    f"{MAX_BATCH_ACTIONS} actions (AWS's simulator returns 100 results a page). "
    "Split it into several runs."
)
# The same page's length constraints: ActionNames items 3 to 128 characters, ResourceArns
# items 1 to 2048.
MAX_ACTION_LENGTH = 128
MAX_RESOURCE_LENGTH = 2048


def _batch(text: str) -> list[tuple[str, str]]:
    """Lines of ``action`` or ``action => expected decision``, as the batch form takes them."""
    batch = []
    for line in text.splitlines():
        action, _, want = (part.strip() for part in line.partition("=>"))
        if not action:
            continue
        if len(action) > MAX_ACTION_LENGTH:
            raise ValueError(
                f"An action name has at most {MAX_ACTION_LENGTH} characters, as in AWS; "
                f"“{action[:40]}…” has {len(action):,}."
            )
        if want and want not in DECISIONS:
            raise ValueError(f"“{want}” is not a decision: use one of {', '.join(DECISIONS)}.")
        batch.append((action, want))
    if len(batch) > MAX_BATCH_ACTIONS:
        raise ValueError(TOO_MANY_ACTIONS.format(count=f"{len(batch):,}"))
    return batch


def _resource(text: str) -> str:
    resource = text.strip() or "*"
    if len(resource) > MAX_RESOURCE_LENGTH:
        raise ValueError(
            f"A resource ARN has at most {MAX_RESOURCE_LENGTH} characters, as in AWS; "
            f"this one has {len(resource):,}."
        )
    return resource


def _known_arns(account, users) -> list[str]:
    """The ARN builder's suggestions: the account's resources and identities."""
    arns = []
    for resource in Resource.objects.filter(account=account).select_related("account"):
        arns.append(resource.arn)
        if resource.kind == Resource.Kind.S3:
            arns.append(resource.arn + "/*")
    arns += [user.arn for user in users]
    arns += [role.arn for role in IamRole.objects.filter(account=account).select_related("account")]
    return arns


def _principal_link(caller) -> str:
    """The page of the user or the role behind the caller, if it has one here."""
    if caller is None:
        return ""
    if isinstance(caller.entity, IamUser):
        return reverse("sandbox:user", args=[caller.entity.name])
    if isinstance(caller.entity, RoleSession):
        return reverse("sandbox:role", args=[caller.entity.role.name])
    return ""


# Not an AWS quota: a request context is a few dozen keys, a few kilobytes at most; the cap
# keeps the parser's work small whatever is pasted.
MAX_CONTEXT_CHARACTERS = 10_000
CONTEXT_TOO_DEEP = (
    "The context is nested too deeply: each condition key takes a string, a number, "
    "true/false or a list of those."
)
_SCALARS = (str, int, float, bool)


def _context_overrides(text: str) -> dict:
    """The condition keys the learner set, each a value or a list of values, as AWS's
    ContextEntries take them (ContextKeyValues is a list of strings)."""
    if not text.strip():
        return {}
    if len(text) > MAX_CONTEXT_CHARACTERS:
        raise ValueError(
            f"The context has {len(text):,} characters; it takes at most "
            f"{MAX_CONTEXT_CHARACTERS:,} characters."
        )
    try:
        parsed = json.loads(text)
    except RecursionError:
        raise ValueError(CONTEXT_TOO_DEEP) from None
    except ValueError as problem:
        raise ValueError(f"The context is not valid JSON: {problem}") from problem
    if not isinstance(parsed, dict):
        raise ValueError("The context must be a JSON object of condition keys and values.")
    for key, value in parsed.items():
        values = value if isinstance(value, list) else [value]
        if not all(isinstance(item, _SCALARS) for item in values):
            raise ValueError(
                f"The value of “{key}” must be a string or a list of strings (numbers and "
                "true/false are read as text), not a nested object or list."
            )
    return parsed


@require_http_methods(["GET", "POST"])
def simulate(request):
    account = get_sandbox_for(request)
    users = list(IamUser.objects.filter(account=account).select_related("account"))
    principals = _principals(account, users)
    form = request.POST if request.method == "POST" else request.GET
    principal = form.get("principal", principals[0][0])
    with_mfa = bool(form.get("with_mfa"))
    results, error = [], ""
    try:
        caller = caller_resolve(account, principal)
    except SandboxError as problem:
        caller, unknown = None, problem
    if request.method == "POST":
        try:
            overrides = _context_overrides(form.get("context", ""))
            resource = _resource(form.get("resource", ""))
            batch = _batch(form.get("actions", ""))
            if caller is None:
                raise unknown
            runs = simulation_batch(
                account,
                caller=caller,
                actions=[action for action, _ in batch],
                resource=resource,
                context=overrides,
                with_mfa=with_mfa,
            )
            for (action, want), run in zip(batch, runs, strict=True):
                results.append(
                    {
                        "action": action,
                        "decision": run.decision,
                        "trace": render_trace(run.decision),
                        "expected": want,
                        "matches": not want or want == run.decision.decision,
                    }
                )
        except SandboxError as problem:
            error = f"{problem.code}: {problem.message}"
        except ValueError as problem:
            error = str(problem)
    prefilled = default_context(caller, with_mfa=with_mfa) if caller is not None else {}
    context = {
        "account": account,
        "principals": principals,
        "principal": principal,
        "with_mfa": with_mfa,
        "form": form,
        "results": results,
        "error": error,
        "prefilled": json.dumps(prefilled, indent=2, sort_keys=True),
        "known_arns": _known_arns(account, users),
        "principal_link": _principal_link(caller),
        "max_actions": MAX_BATCH_ACTIONS,
    }
    template = "sandbox/simulate.html#results" if request.htmx else "sandbox/simulate.html"
    return render(request, template, context)


@require_GET
def action_suggestions(request):
    """Autocomplete for the action box, from the catalogue of AWS actions."""
    query = request.GET.get("q", "").strip()
    actions = search_actions(query) if query else []
    return render(request, "sandbox/action_options.html", {"actions": actions})
