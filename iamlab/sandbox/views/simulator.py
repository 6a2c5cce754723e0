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
from iamlab.sandbox.services.simulator import caller_resolve, default_context, simulation_run


def _principals(account):
    found = [(account.root_arn, "root user")]
    found += [(user.arn, f"user {user.name}") for user in IamUser.objects.filter(account=account)]
    found.append((PARTNER_USER_ARN, "partner account user (another account, read-only)"))
    found += [
        (session.arn, f"role session {session.role.name}/{session.session_name}")
        for session in RoleSession.objects.filter(account=account).select_related("role")
    ]
    return found


DECISIONS = ("allowed", "explicitDeny", "implicitDeny")


def _batch(text: str) -> list[tuple[str, str]]:
    """Lines of ``action`` or ``action => expected decision``, as the batch form takes them."""
    batch = []
    for line in text.splitlines():
        action, _, want = (part.strip() for part in line.partition("=>"))
        if not action:
            continue
        if want and want not in DECISIONS:
            raise ValueError(f"“{want}” is not a decision: use one of {', '.join(DECISIONS)}.")
        batch.append((action, want))
    return batch


def _known_arns(account) -> list[str]:
    """The ARN builder's suggestions: the account's resources and identities."""
    arns = []
    for resource in Resource.objects.filter(account=account):
        arns.append(resource.arn)
        if resource.kind == Resource.Kind.S3:
            arns.append(resource.arn + "/*")
    arns += [user.arn for user in IamUser.objects.filter(account=account)]
    arns += [role.arn for role in IamRole.objects.filter(account=account)]
    return arns


def _principal_link(account, principal: str) -> str:
    user = next((u for u in IamUser.objects.filter(account=account) if u.arn == principal), None)
    if user is not None:
        return reverse("sandbox:user", args=[user.name])
    for session in RoleSession.objects.filter(account=account).select_related("role"):
        if session.arn == principal:
            return reverse("sandbox:role", args=[session.role.name])
    return ""


def _context_overrides(text: str) -> dict:
    if not text.strip():
        return {}
    try:
        parsed = json.loads(text)
    except ValueError as problem:
        raise ValueError(f"The context is not valid JSON: {problem}") from problem
    if not isinstance(parsed, dict):
        raise ValueError("The context must be a JSON object of condition keys and values.")
    return {str(key): value for key, value in parsed.items()}


@require_http_methods(["GET", "POST"])
def simulate(request):
    account = get_sandbox_for(request)
    principals = _principals(account)
    form = request.POST if request.method == "POST" else request.GET
    principal = form.get("principal", principals[0][0])
    with_mfa = bool(form.get("with_mfa"))
    results, error = [], ""
    if request.method == "POST":
        try:
            overrides = _context_overrides(form.get("context", ""))
            resource = form.get("resource", "").strip() or "*"
            for action, want in _batch(form.get("actions", "")):
                run = simulation_run(
                    account,
                    principal_arn=principal,
                    action=action,
                    resource=resource,
                    context=overrides,
                    with_mfa=with_mfa,
                )
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
    try:
        prefilled = default_context(caller_resolve(account, principal), with_mfa=with_mfa)
    except SandboxError:
        prefilled = {}
    context = {
        "account": account,
        "principals": principals,
        "principal": principal,
        "with_mfa": with_mfa,
        "form": form,
        "results": results,
        "error": error,
        "prefilled": json.dumps(prefilled, indent=2, sort_keys=True),
        "known_arns": _known_arns(account),
        "principal_link": _principal_link(account, principal),
    }
    template = "sandbox/simulate.html#results" if request.htmx else "sandbox/simulate.html"
    return render(request, template, context)


@require_GET
def action_suggestions(request):
    """Autocomplete for the action box, from the catalogue of AWS actions."""
    query = request.GET.get("q", "").strip()
    actions = search_actions(query) if query else []
    return render(request, "sandbox/action_options.html", {"actions": actions})
