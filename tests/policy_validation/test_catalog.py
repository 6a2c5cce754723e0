"""The catalogue of AWS actions the sandbox's autocomplete and the checks rely on."""

from iamlab.policy import catalog


def test_it_completes_action_names_from_a_prefix_in_any_case():
    found = catalog.search_actions("S3:getob", limit=5)
    assert found[0] == "s3:GetObject"
    assert len(found) == 5
    assert all(name.startswith("s3:GetOb") for name in found)


def test_without_a_colon_it_completes_service_prefixes():
    assert "dynamodb:" in catalog.search_actions("dynamo")


def test_it_knows_each_services_name():
    names = catalog.service_names()
    assert names["s3"] == "Amazon S3"
    assert names["iam"] == "AWS Identity and Access Management (IAM)"


def test_it_gives_the_resource_types_and_arn_templates_of_an_action():
    [role] = catalog.resource_types_for("iam:PassRole")
    assert role.name == "role"
    assert role.required
    assert role.arn == "arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}"
    assert catalog.resource_types_for("s3:ListAllMyBuckets") == []
    assert catalog.resource_types_for("nope:Nothing") == []


def test_an_actions_condition_keys_include_those_of_its_resource_types():
    action = catalog.find_action("iam:passrole")
    assert "iam:PassedToService" in action.condition_keys
    assert "aws:ResourceTag/${TagKey}" in action.condition_keys
