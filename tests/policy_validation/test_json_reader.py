import pytest

from iamlab.policy.validation.jsonpos import (
    JsonSyntaxError,
    TextPositions,
    duplicate_keys,
    offset_of,
    read_json,
)


def test_it_reads_the_same_values_as_the_json_module():
    text = '{"a": [1, -2.5e3, "x\\n\\u00e9", true, false, null], "b": {}}'
    assert read_json(text).to_python() == {
        "a": [1, -2500.0, "x\né", True, False, None],
        "b": {},
    }


def test_it_remembers_where_each_key_and_value_starts():
    text = '{\n  "Effect":  "Allow"\n}'
    root = read_json(text)
    member = root.member("Effect")
    positions = TextPositions(text)
    assert positions.line_column(member.key_offset) == (2, 3)
    assert positions.line_column(member.value.offset) == (2, 14)


@pytest.mark.parametrize(
    "text",
    ['{"a": 1,}', "[1 2]", '{"a" 1}', "01", '"open', "{'a': 1}", "[", "", "tru", '{"a":1} x'],
)
def test_it_rejects_what_is_not_json(text):
    with pytest.raises(JsonSyntaxError):
        read_json(text)


def test_it_refuses_nesting_deep_enough_to_exhaust_the_stack():
    with pytest.raises(JsonSyntaxError, match="deeper"):
        read_json("[" * 10_000)


def test_it_lists_keys_repeated_in_one_object_with_their_path():
    root = read_json('{"Statement": {"Effect": "Allow", "Effect": "Deny"}}')
    [(member, path)] = duplicate_keys(root)
    assert path == ("Statement", "Effect")
    assert root.get("Statement").get("Effect").value == "Deny"


def test_a_path_leads_to_the_key_it_names_or_to_the_list_item():
    text = '{"Statement": [{"Effect": "Allow"}, {"Action": ["a", "b"]}]}'
    root = read_json(text)
    assert text[offset_of(root, ("Statement", 0, "Effect")) :].startswith('"Effect"')
    assert text[offset_of(root, ("Statement", 1, "Action", 1)) :].startswith('"b"')
    assert offset_of(root, ("Statement", 7)) == text.index('"Statement"')


def test_it_explains_the_mistakes_learners_make_most():
    with pytest.raises(JsonSyntaxError, match="no comma after the last member") as trailing:
        read_json('{"Effect": "Allow",\n}')
    assert trailing.value.offset == 20
    with pytest.raises(JsonSyntaxError, match="no comma after the last item"):
        read_json('["s3:GetObject",]')
    with pytest.raises(JsonSyntaxError, match="double quotes"):
        read_json('{"Effect": \u201cAllow\u201d}')
