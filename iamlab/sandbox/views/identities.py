"""Users, groups and roles: lists with search, detail pages, and their POST actions."""

import json

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from iamlab.sandbox.access import get_sandbox_for
from iamlab.sandbox.errors import SandboxError
from iamlab.sandbox.models import IamGroup, IamRole, IamUser, ManagedPolicy, RoleSession
from iamlab.sandbox.partner import PARTNER_USER_ARN
from iamlab.sandbox.services import credentials, policies, roles, sessions, users
from iamlab.sandbox.services.advisor import last_accessed
from iamlab.sandbox.views.common import REFUSED, attempt, confirmed
from iamlab.sandbox.views.mfa import MFA_ACTIONS, mfa_action, mfa_context

DEFAULT_TRUST = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {"Service": "ec2.amazonaws.com"},
                "Action": "sts:AssumeRole",
            }
        ],
    },
    indent=2,
)
USER_TABS = (
    ("permissions", "Permissions"),
    ("groups", "Groups"),
    ("credentials", "Security credentials"),
    ("tags", "Tags"),
    ("access-advisor", "Last accessed"),
)
# Users and roles carry tags: one form and one set of rules serve both.
TAGGERS = {"user": users.user_tag, "role": roles.role_tag}
LISTS = {
    "user": (IamUser, "sandbox/users.html", "users"),
    "group": (IamGroup, "sandbox/groups.html", "user groups"),
    "role": (IamRole, "sandbox/roles.html", "roles"),
}


def _policy_choices(account):
    """The customer managed policies, suggested by the pickers; AWS's are typed by name."""
    found = ManagedPolicy.objects.filter(account=account).select_related("account")
    return [(p.arn, p.name) for p in found]


def _listing(request, kind, *, status=200):
    account = get_sandbox_for(request)
    model, template, plural = LISTS[kind]
    found = model.objects.filter(account=account).select_related("account")
    query = request.GET.get("q", "").strip()
    if query:
        found = found.filter(name__icontains=query)
    if request.htmx:
        template = "sandbox/_list.html#results"
    context = {
        "account": account,
        "items": found,
        "q": query,
        "plural": plural,
        "detail_url": f"sandbox:{kind}",
        "default_trust": DEFAULT_TRUST,
        "form": request.POST,
    }
    return render(request, template, context, status=status)


def _create_from_listing(request, kind, create, **fields):
    """The create form under a user, group or role list: on to the new entity's page."""
    name = request.POST.get("name", "").strip()
    created = attempt(
        request,
        create,
        account=get_sandbox_for(request),
        name=name,
        success=f"{kind.capitalize()} {name} created.",
        **fields,
    )
    if created:
        return redirect(f"sandbox:{kind}", name=created.name)
    return _listing(request, kind, status=REFUSED)  # the form as the learner filled it in


@require_http_methods(["GET", "POST"])
def user_list(request):
    if request.method == "POST":
        path = request.POST.get("path", "/") or "/"
        return _create_from_listing(request, "user", users.user_create, path=path)
    return _listing(request, "user")


@require_http_methods(["GET", "POST"])
def group_list(request):
    if request.method == "POST":
        path = request.POST.get("path", "/") or "/"
        return _create_from_listing(request, "group", users.group_create, path=path)
    return _listing(request, "group")


@require_http_methods(["GET", "POST"])
def role_list(request):
    if request.method == "POST":
        try:
            duration = int(request.POST.get("max_session_duration") or 3600)
        except ValueError:
            duration = 0  # refused by role_create with AWS's ValidationError
        return _create_from_listing(
            request,
            "role",
            roles.role_create,
            trust_policy=request.POST.get("trust_policy", ""),
            description=request.POST.get("description", ""),
            max_session_duration=duration,
        )
    return _listing(request, "role")


def _identity_or_list(request, kind, name):
    account = get_sandbox_for(request)
    try:
        return account, policies.identity_get(account=account, kind=kind, name=name)
    except SandboxError as error:
        messages.error(request, f"{error.code}: {error.message}")
        return account, None


def _documents(account, identity):
    return [
        (a, policies.managed_policy_document(account=account, arn=a.policy_arn))
        for a in identity.attachments.all()
    ]


@require_GET
def user_detail(request, name):
    account, user = _identity_or_list(request, "user", name)
    if user is None:
        return redirect("sandbox:users")
    return _user_page(request, account, user)


def _user_page(request, account, user, *, status=200):
    return render(
        request,
        "sandbox/user.html",
        {
            "account": account,
            "kind": "user",
            "identity": user,
            "attached": _documents(account, user),
            "policy_choices": _policy_choices(account),
            "all_groups": IamGroup.objects.filter(account=account).exclude(members=user),
            "tab": request.GET.get("tab", "permissions"),
            "tabs": USER_TABS,
            "mfa_url": reverse("sandbox:user_action", args=[user.name]),
            **mfa_context(account, user),
            "last_accessed": last_accessed(account=account, arn=user.arn),
            "form": request.POST,
        },
        status=status,
    )


@require_GET
def group_detail(request, name):
    account, group = _identity_or_list(request, "group", name)
    if group is None:
        return redirect("sandbox:groups")
    return _group_page(request, account, group)


def _group_page(request, account, group, *, status=200):
    return render(
        request,
        "sandbox/group.html",
        {
            "account": account,
            "group": group,
            "kind": "group",
            "identity": group,
            "attached": _documents(account, group),
            "policy_choices": _policy_choices(account),
            "other_users": IamUser.objects.filter(account=account).exclude(groups=group),
            "form": request.POST,
        },
        status=status,
    )


@require_GET
def role_detail(request, name):
    account, role = _identity_or_list(request, "role", name)
    if role is None:
        return redirect("sandbox:roles")
    callers = _assume_role_callers(account)
    return render(
        request,
        "sandbox/role.html",
        {
            "account": account,
            "role": role,
            "kind": "role",
            "identity": role,
            "attached": _documents(account, role),
            "policy_choices": _policy_choices(account),
            "callers": callers,
            "has_users": callers[0][0] != account.root_arn,
            "sessions": RoleSession.objects.filter(role=role),
        },
    )


def _assume_role_callers(account) -> list[tuple[str, str]]:
    """Who may try sts:AssumeRole on the role page, the default first: the IAM users, then the
    root user, whom AWS refuses (listed so that a learner can see the refusal), and the
    partner account's user."""
    found = [
        (user.arn, f"user {user.name}")
        for user in IamUser.objects.filter(account=account).select_related("account")
    ]
    found.append((account.root_arn, "root user (AWS refuses it)"))
    found.append((PARTNER_USER_ARN, "partner-analyst (partner account)"))
    return found


def _back(kind, identity_name, tab=""):
    response = redirect(f"sandbox:{kind}", name=identity_name)
    if tab:
        response["Location"] += f"?tab={tab}"
    return response


@require_POST
def identity_action(request, kind, name):
    """Every change to one user, group or role, picked by the form's ``action`` field."""
    account = get_sandbox_for(request)
    post = request.POST
    action = post.get("action", "")
    common = {"account": account, "kind": kind, "name": name}
    if action == "attach":
        attempt(
            request,
            policies.policy_attach,
            **common,
            arn=policies.policy_arn_for(account=account, text=post.get("arn", "")),
            success="Policy attached.",
        )
    elif action == "detach":
        attempt(
            request,
            policies.policy_detach,
            **common,
            arn=post.get("arn", ""),
            success="Policy detached.",
        )
    elif action == "put-inline":
        saved = attempt(
            request,
            policies.inline_policy_put,
            **common,
            policy_name=post.get("policy_name", "").strip(),
            document=post.get("document", ""),
            success="Inline policy saved.",
        )
        if not saved and kind in REFUSED_PAGES:
            return _refused_on_page(request, account, kind, name)
    elif action == "delete-inline":
        attempt(
            request,
            policies.inline_policy_delete,
            **common,
            policy_name=post.get("policy_name", ""),
            success="Inline policy deleted.",
        )
    elif action == "put-boundary":
        attempt(
            request,
            policies.boundary_put,
            **common,
            arn=policies.policy_arn_for(account=account, text=post.get("arn", "")),
            success="Permissions boundary set.",
        )
    elif action == "delete-boundary":
        attempt(
            request, policies.boundary_delete, **common, success="Permissions boundary removed."
        )
    elif action == "tag" and kind in TAGGERS:
        attempt(
            request,
            TAGGERS[kind],
            account=account,
            name=name,
            tags={post.get("key", "").strip(): post.get("value", "")},
            success="Tag saved.",
        )
        return _back(kind, name, "tags" if kind == "user" else "")
    elif action == "delete":
        if confirmed(request, name):
            deleted = _delete(request, account, kind, name)
            if deleted:
                return redirect(f"sandbox:{kind}s")
    elif kind == "user":
        return _user_action(request, account, name, action)
    elif kind == "group":
        return _group_action(request, account, name, action)
    elif kind == "role":
        return _role_action(request, account, name, action)
    return _back(kind, name, post.get("tab", ""))


# The detail pages that show a refused form again, filled in as the learner left it.
REFUSED_PAGES = {"user": _user_page, "group": _group_page}


def _refused_on_page(request, account, kind, name):
    try:
        identity = policies.identity_get(account=account, kind=kind, name=name)
    except SandboxError:
        return redirect(f"sandbox:{kind}s")  # the message already says it does not exist
    return REFUSED_PAGES[kind](request, account, identity, status=REFUSED)


def _delete(request, account, kind, name):
    service = {"user": users.user_delete, "group": users.group_delete, "role": roles.role_delete}[
        kind
    ]
    return attempt(
        request, service, account=account, name=name, success=f"{kind.capitalize()} {name} deleted."
    )


def _user_action(request, account, name, action):
    post = request.POST
    if action in MFA_ACTIONS:
        mfa_action(request, account, name, action)
        return _back("user", name, "credentials")
    if action == "add-to-group":
        attempt(
            request,
            users.group_add_user,
            account=account,
            group_name=post.get("group", ""),
            user_name=name,
            success="Added to the group.",
        )
        return _back("user", name, "groups")
    if action == "remove-from-group":
        attempt(
            request,
            users.group_remove_user,
            account=account,
            group_name=post.get("group", ""),
            user_name=name,
            success="Removed from the group.",
        )
        return _back("user", name, "groups")
    if action == "create-key":
        created = attempt(request, credentials.access_key_create, account=account, user_name=name)
        if created:
            key, secret = created
            messages.info(
                request,
                f"Access key {key.access_key_id} created. Its secret is shown only now: {secret}",
            )
        return _back("user", name, "credentials")
    if action in ("activate-key", "deactivate-key"):
        attempt(
            request,
            credentials.access_key_set_active,
            account=account,
            access_key_id=post.get("access_key_id", ""),
            active=action == "activate-key",
            success="Access key updated.",
        )
        return _back("user", name, "credentials")
    if action == "delete-key":
        attempt(
            request,
            credentials.access_key_delete,
            account=account,
            access_key_id=post.get("access_key_id", ""),
            success="Access key deleted.",
        )
        return _back("user", name, "credentials")
    if action == "create-login":
        attempt(
            request,
            credentials.login_profile_create,
            account=account,
            user_name=name,
            password=post.get("password", ""),
            success="Console password set.",
        )
        return _back("user", name, "credentials")
    if action == "delete-login":
        attempt(
            request,
            credentials.login_profile_delete,
            account=account,
            user_name=name,
            success="Console password removed.",
        )
        return _back("user", name, "credentials")
    messages.error(request, "Unknown action.")
    return _back("user", name)


def _group_action(request, account, name, action):
    if action in ("add-user", "remove-user"):
        service = users.group_add_user if action == "add-user" else users.group_remove_user
        attempt(
            request,
            service,
            account=account,
            group_name=name,
            user_name=request.POST.get("user", ""),
            success="Group members updated.",
        )
    else:
        messages.error(request, "Unknown action.")
    return _back("group", name)


def _role_action(request, account, name, action):
    post = request.POST
    if action == "update-trust":
        attempt(
            request,
            roles.role_update_trust,
            account=account,
            name=name,
            trust_policy=post.get("trust_policy", ""),
            success="Trust policy updated.",
        )
    elif action == "assume":
        try:
            duration = int(post.get("duration") or 3600)
        except ValueError:
            duration = 0
        session = attempt(
            request,
            sessions.role_assume,
            account=account,
            caller_arn=post.get("caller") or _assume_role_callers(account)[0][0],
            role_name=name,
            session_name=post.get("session_name", "").strip(),
            duration=duration,
            session_policy=post.get("session_policy", "").strip(),
            external_id=post.get("external_id", "").strip(),
            with_mfa=bool(post.get("with_mfa")),
        )
        if session:
            messages.success(request, f"Assumed the role: you can now act as {session.arn}.")
    else:
        messages.error(request, "Unknown action.")
    return _back("role", name)
