"""Managed policies, their versions, and the editor's live validation."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from iamlab.policy import PolicyKind, validate
from iamlab.sandbox.access import get_sandbox_for
from iamlab.sandbox.aws_managed import PATHS, aws_managed_arn, aws_managed_policy, catalogue
from iamlab.sandbox.models import ManagedPolicy
from iamlab.sandbox.services import policies
from iamlab.sandbox.views.common import REFUSED, attempt, confirmed

KINDS = {kind.value: kind for kind in PolicyKind}
AWS_MANAGED_PER_PAGE = 50


@require_http_methods(["GET", "POST"])
def policy_list(request):
    account = get_sandbox_for(request)
    status = 200
    if request.method == "POST":
        name = request.POST.get("name", "").strip()
        created = attempt(
            request,
            policies.policy_create,
            account=account,
            name=name,
            document=request.POST.get("document", ""),
            description=request.POST.get("description", ""),
            success=f"Policy {name} created.",
        )
        if created:
            return redirect("sandbox:policy", name=created.name)
        status = REFUSED  # the page again, the form as the learner filled it in
    return render(
        request,
        "sandbox/policies.html",
        {
            "account": account,
            "customer": ManagedPolicy.objects.filter(account=account)
            .select_related("account")
            .prefetch_related("versions"),
            "form": request.POST,
            **_aws_managed_search(request.GET),
        },
        status=status,
    )


def _aws_managed_search(query):
    """One page of the AWS managed policies matching the search form, from the in-memory index."""
    search = {key: query.get(key, "").strip() for key in ("q", "path", "service")}
    found = catalogue().search(search["q"], path=search["path"], service=search["service"].lower())
    page = Paginator(found, AWS_MANAGED_PER_PAGE).get_page(query.get("page"))
    return {"search": search, "aws_page": page, "aws_paths": PATHS}


def _policy(request, account, name):
    policy = ManagedPolicy.objects.filter(account=account, name__iexact=name).first()
    if policy is None:
        messages.error(request, f"NoSuchEntity: The policy with name {name} cannot be found.")
    return policy


@require_GET
def policy_detail(request, name):
    account = get_sandbox_for(request)
    policy = _policy(request, account, name)
    if policy is None:
        return redirect("sandbox:policies")
    return _policy_page(request, account, policy)


def _policy_page(request, account, policy, *, draft=None, status=200):
    """The policy's page; ``draft`` is a refused new version, shown again in its editor."""
    default = policy.default_version
    return render(
        request,
        "sandbox/policy.html",
        {
            "account": account,
            "policy": policy,
            "versions": policy.versions.all(),
            "default": default,
            "document": default.document if draft is None else draft,
        },
        status=status,
    )


@require_GET
def aws_policy_detail(request, name):
    account = get_sandbox_for(request)
    policy = aws_managed_policy(name)
    if policy is None:
        arn = aws_managed_arn(name)
        messages.error(request, f"NoSuchEntity: Policy {arn} does not exist or is not attachable.")
        return redirect("sandbox:policies")
    document = policies.managed_policy_document(account=account, arn=policy.arn)
    return render(
        request,
        "sandbox/aws_policy.html",
        {"account": account, "policy": policy, "document": document},
    )


@require_POST
def policy_action(request, name):
    account = get_sandbox_for(request)
    policy = _policy(request, account, name)
    if policy is None:
        return redirect("sandbox:policies")
    post = request.POST
    action = post.get("action", "")
    if action == "new-version":
        saved = attempt(
            request,
            policies.policy_version_create,
            account=account,
            arn=policy.arn,
            document=post.get("document", ""),
            set_as_default=bool(post.get("default")),
            success="New version saved.",
        )
        if not saved:
            return _policy_page(
                request, account, policy, draft=post.get("document", ""), status=REFUSED
            )
    elif action == "set-default":
        attempt(
            request,
            policies.policy_version_set_default,
            account=account,
            arn=policy.arn,
            version_id=post.get("version_id", ""),
            success="Default version changed.",
        )
    elif action == "delete-version":
        attempt(
            request,
            policies.policy_version_delete,
            account=account,
            arn=policy.arn,
            version_id=post.get("version_id", ""),
            success="Version deleted.",
        )
    elif action == "delete":
        if confirmed(request, policy.name) and attempt(
            request,
            policies.policy_delete,
            account=account,
            arn=policy.arn,
            success=f"Policy {policy.name} deleted.",
        ):
            return redirect("sandbox:policies")
    else:
        messages.error(request, "Unknown action.")
    return redirect("sandbox:policy", name=policy.name)


@require_POST
def validate_document(request):
    """The editor's findings, as the learner types (htmx posts here, debounced)."""
    kind = KINDS.get(request.POST.get("kind", ""), PolicyKind.MANAGED)
    document = request.POST.get("document") or request.POST.get("trust_policy", "")
    findings = validate(document, kind) if document.strip() else []
    return render(request, "sandbox/findings.html", {"findings": findings})
