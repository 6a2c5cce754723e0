"""Account settings, resources with resource-based policies, and EC2 with instance profiles."""

from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from iamlab.sandbox.access import get_sandbox_for
from iamlab.sandbox.models import Ec2Instance, IamRole, InstanceProfile, Resource
from iamlab.sandbox.services import account_settings, instances, resources
from iamlab.sandbox.services.instances import METADATA_URL, SERVICE_LINKED_ROLES
from iamlab.sandbox.views.common import REFUSED, attempt


@require_http_methods(["GET", "POST"])
def settings_page(request):
    account = get_sandbox_for(request)
    if request.method == "POST":
        post = request.POST
        action = post.get("action")
        if action == "alias":
            attempt(
                request,
                account_settings.alias_set,
                account=account,
                alias=post.get("alias", "").strip(),
                success="Account alias saved.",
            )
        elif action == "password-policy":
            attempt(
                request,
                account_settings.password_policy_update,
                account=account,
                settings=post.dict(),
                success="Password policy saved.",
            )
        elif action == "delete-password-policy":
            attempt(
                request,
                account_settings.password_policy_delete,
                account=account,
                success="Password policy removed: IAM's default applies.",
            )
        elif action == "organization":
            saved = attempt(
                request,
                account_settings.organization_set,
                account=account,
                enabled=bool(post.get("enabled")),
                scp_document=post.get("scp_document", ""),
                success="Organization saved.",
            )
            if not saved:
                return _settings_page(request, account, draft=post, status=REFUSED)
        return redirect("sandbox:settings")
    return _settings_page(request, account)


def _settings_page(request, account, *, draft=None, status=200):
    """The settings; ``draft`` is a refused organization form, shown again as it was sent."""
    organization = {"enabled": account.organization_enabled, "scp": account.scp_document}
    if draft is not None:
        organization = {"enabled": bool(draft.get("enabled")), "scp": draft.get("scp_document", "")}
    return render(
        request,
        "sandbox/settings.html",
        {
            "account": account,
            "policy": account.password_policy,
            "ranges": account_settings.RANGES,
            "switches": account_settings.SWITCHES,
            "organization": organization,
        },
        status=status,
    )


@require_http_methods(["GET", "POST"])
def resources_page(request):
    account = get_sandbox_for(request)
    if request.method == "POST":
        post = request.POST
        common = {"account": account, "kind": post.get("kind", ""), "name": post.get("name", "")}
        action = post.get("action")
        if action == "create":
            attempt(
                request,
                resources.resource_create,
                **common,
                policy=post.get("policy", ""),
                success="Resource created.",
            )
        elif action == "policy":
            saved = attempt(
                request,
                resources.resource_policy_put,
                **common,
                policy=post.get("policy", ""),
                success="Resource policy saved.",
            )
            if not saved:
                return _resources_page(request, account, draft=post, status=REFUSED)
        elif action == "delete":
            attempt(request, resources.resource_delete, **common, success="Resource deleted.")
        return redirect("sandbox:resources")
    return _resources_page(request, account)


def _resources_page(request, account, *, draft=None, status=200):
    """The resources; ``draft`` is a refused policy post, shown again in its resource's editor."""
    found = list(Resource.objects.filter(account=account))
    for resource in found:
        resource.editor_value = resource.policy
        if draft and (draft.get("kind"), draft.get("name")) == (resource.kind, resource.name):
            resource.editor_value = draft.get("policy", "")
    return render(
        request,
        "sandbox/resources.html",
        {"account": account, "resources": found, "kinds": Resource.Kind.choices},
        status=status,
    )


@require_http_methods(["GET", "POST"])
def ec2_page(request):
    account = get_sandbox_for(request)
    if request.method == "POST":
        post = request.POST
        action = post.get("action")
        if action == "create-profile":
            attempt(
                request,
                instances.instance_profile_create,
                account=account,
                name=post.get("name", "").strip(),
                role_name=post.get("role", ""),
                success="Instance profile created.",
            )
        elif action == "launch":
            attempt(
                request,
                instances.instance_launch,
                account=account,
                name=post.get("name", "").strip(),
                profile_name=post.get("profile", ""),
                success="Instance launched.",
            )
        elif action == "create-slr":
            attempt(
                request,
                instances.service_linked_role_create,
                account=account,
                service=post.get("service", ""),
                success="Service-linked role created.",
            )
        elif action == "delete-slr":
            attempt(
                request,
                instances.service_linked_role_delete,
                account=account,
                name=post.get("role", ""),
                success="Service-linked role deleted.",
            )
        return redirect("sandbox:ec2")
    return render(
        request,
        "sandbox/ec2.html",
        {
            "account": account,
            "profiles": InstanceProfile.objects.filter(account=account).select_related("role"),
            "instances": Ec2Instance.objects.filter(account=account).select_related(
                "instance_profile__role", "session__role"
            ),
            "roles": IamRole.objects.filter(account=account, service_linked=False),
            "service_linked": IamRole.objects.filter(account=account, service_linked=True),
            "known_slrs": SERVICE_LINKED_ROLES,
            "metadata_url": METADATA_URL,
        },
    )
