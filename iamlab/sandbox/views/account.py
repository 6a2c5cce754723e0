import json

from django.contrib import messages
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from iamlab.sandbox.access import get_sandbox_for
from iamlab.sandbox.errors import SandboxError
from iamlab.sandbox.models import AccessKey, IamUser
from iamlab.sandbox.services import credentials, root_tasks, scenarios
from iamlab.sandbox.services.health import health_check
from iamlab.sandbox.services.reports import credential_report
from iamlab.sandbox.views.common import attempt, confirmed
from iamlab.sandbox.views.mfa import MFA_ACTIONS, mfa_action, mfa_context


@require_GET
def index(request):
    account = get_sandbox_for(request)
    return render(
        request,
        "sandbox/index.html",
        {
            "account": account,
            "findings": health_check(account),
            "scenarios": scenarios.SCENARIOS,
            "counts": {
                "users": account.iamuser_set.count(),
                "groups": account.iamgroup_set.count(),
                "roles": account.iamrole_set.count(),
                "policies": account.managedpolicy_set.count(),
            },
        },
    )


@require_http_methods(["GET", "POST"])
def scenario(request, slug):
    account = get_sandbox_for(request)
    try:
        chosen = scenarios.scenario_get(slug)
    except SandboxError as error:
        messages.error(request, error.message)
        return redirect("sandbox:index")
    if request.method == "POST":
        scenarios.scenario_load(account=account, slug=slug)
        messages.success(request, f"Loaded the scenario “{chosen.title}”.")
        return redirect("sandbox:index")
    return render(request, "sandbox/scenario.html", {"account": account, "scenario": chosen})


@require_POST
def reset(request):
    if confirmed(request, "reset"):
        scenarios.account_reset(account=get_sandbox_for(request))
        messages.success(request, "The account is empty again: only the root user remains.")
    return redirect("sandbox:index")


@require_http_methods(["GET", "POST"])
def root(request):
    account = get_sandbox_for(request)
    secret = None
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "create-key":
            created = attempt(request, credentials.access_key_create, account=account)
            if created:
                key, secret = created
                messages.warning(
                    request,
                    "AWS recommends that the root user has no access keys: use an IAM user "
                    "or role for everyday work.",
                )
        elif action == "delete-key":
            attempt(
                request,
                credentials.access_key_delete,
                account=account,
                access_key_id=request.POST.get("access_key_id", ""),
                success="Root access key deleted.",
            )
        elif action in MFA_ACTIONS:
            mfa_action(request, account, "", action)
        elif action == "task":
            attempt(
                request,
                root_tasks.root_task_perform,
                account=account,
                slug=request.POST.get("task", ""),
                acting_as=request.POST.get("acting_as", account.root_arn),
                success="Done, as the root user.",
            )
        if secret is None:
            return redirect("sandbox:root")
    return render(
        request,
        "sandbox/root.html",
        {
            "account": account,
            "keys": AccessKey.objects.filter(account=account, user=None),
            "secret": secret,
            "tasks": root_tasks.ROOT_TASKS,
            "tasks_url": root_tasks.ROOT_TASKS_URL,
            "users": IamUser.objects.filter(account=account).select_related("account"),
            "mfa_url": reverse("sandbox:root"),
            **mfa_context(account, None),
        },
    )


@require_GET
def events(request):
    account = get_sandbox_for(request)
    found = account.events.all()
    name = request.GET.get("event_name", "").strip()
    identity = request.GET.get("identity", "").strip()
    if name:
        found = found.filter(event_name__icontains=name)
    if identity:
        found = found.filter(user_identity__icontains=identity)
    if request.GET.get("errors"):
        found = found.exclude(error_code="")
    if request.GET.get("format") == "json":
        records = [
            {
                "eventTime": event.event_time,
                "eventName": event.event_name,
                "eventSource": event.event_source,
                "userIdentity": {"arn": event.user_identity},
                "requestParameters": event.request_parameters,
                "errorCode": event.error_code or None,
                "errorMessage": event.error_message or None,
            }
            for event in found
        ]
        response = HttpResponse(
            json.dumps({"Records": records}, cls=DjangoJSONEncoder, indent=2),
            content_type="application/json",
        )
        response["Content-Disposition"] = 'attachment; filename="event-history.json"'
        return response
    template = "sandbox/events.html#results" if request.htmx else "sandbox/events.html"
    return render(
        request,
        template,
        {"account": account, "events": found[:500], "query": request.GET},
    )


@require_GET
def report(request):
    account = get_sandbox_for(request)
    response = HttpResponse(credential_report(account), content_type="text/csv")
    response["Content-Disposition"] = (
        f'attachment; filename="credential-report-{account.account_id}.csv"'
    )
    return response
