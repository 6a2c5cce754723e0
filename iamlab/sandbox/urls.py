from django.urls import path

from iamlab.sandbox.views import account, identities, policies, simulator, workloads

app_name = "sandbox"

urlpatterns = [
    path("", account.index, name="index"),
    path("scenarios/<slug:slug>/", account.scenario, name="scenario"),
    path("reset/", account.reset, name="reset"),
    path("root/", account.root, name="root"),
    path("events/", account.events, name="events"),
    path("credential-report.csv", account.report, name="credential_report"),
    path("settings/", workloads.settings_page, name="settings"),
    path("resources/", workloads.resources_page, name="resources"),
    path("ec2/", workloads.ec2_page, name="ec2"),
    path("users/", identities.user_list, name="users"),
    path("users/<str:name>/", identities.user_detail, name="user"),
    path("groups/", identities.group_list, name="groups"),
    path("groups/<str:name>/", identities.group_detail, name="group"),
    path("roles/", identities.role_list, name="roles"),
    path("roles/<str:name>/", identities.role_detail, name="role"),
    path(
        "users/<str:name>/change/", identities.identity_action, {"kind": "user"}, name="user_action"
    ),
    path(
        "groups/<str:name>/change/",
        identities.identity_action,
        {"kind": "group"},
        name="group_action",
    ),
    path(
        "roles/<str:name>/change/", identities.identity_action, {"kind": "role"}, name="role_action"
    ),
    path("policies/", policies.policy_list, name="policies"),
    path("policies/aws/<str:name>/", policies.aws_policy_detail, name="aws_policy"),
    path("policies/<str:name>/", policies.policy_detail, name="policy"),
    path("policies/<str:name>/change/", policies.policy_action, name="policy_action"),
    path("validate/", policies.validate_document, name="validate"),
    path("simulate/", simulator.simulate, name="simulate"),
    path("actions/", simulator.action_suggestions, name="actions"),
]
