"""python manage.py export_quiz writes a quiz reproducibly and refuses bad input clearly."""

import json
import re
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from quizzes.question import TOPICS
from tests.quizgen.moodle_formats import parse_gift, parse_moodle_xml


def export(*args: str) -> str:
    out = StringIO()
    call_command("export_quiz", *args, stdout=out)
    return out.getvalue()


def test_it_writes_the_same_quiz_for_the_same_seed():
    args = ("--topics", "root-only,features", "--count", "6", "--seed", "4")
    assert export(*args) == export(*args)
    assert export(*args) != export("--topics", "root-only,features", "--count", "6", "--seed", "5")


def test_it_writes_json_for_the_chosen_topics_and_count():
    records = json.loads(export("--topics", "policy-types", "--count", "5", "--seed", "1"))
    assert len(records) == 5
    assert {record["topic"] for record in records} == {"policy-types"}


@pytest.mark.parametrize(
    ("name", "parse"), [("gift", parse_gift), ("moodle-xml", parse_moodle_xml)]
)
def test_it_writes_moodle_formats(name, parse):
    text = export("--topics", "users-vs-roles", "--count", "4", "--seed", "2", "--format", name)
    assert len(parse(text)) == 4


def test_it_writes_to_a_file_when_asked(tmp_path):
    target = tmp_path / "quiz.json"
    export("--topics", "root-only", "--count", "3", "--seed", "8", "--output", str(target))
    assert len(json.loads(target.read_text())) == 3


def test_an_unknown_topic_is_refused_with_the_valid_choices():
    with pytest.raises(CommandError, match="unknown topic 'trivia'; choose from root-only"):
        export("--topics", "trivia", "--count", "3", "--seed", "1")


def test_a_count_below_one_is_refused():
    with pytest.raises(CommandError, match="--count must be at least 1"):
        export("--topics", "root-only", "--count", "0", "--seed", "1")


def test_more_questions_than_the_bank_holds_is_refused(a_topic_of_one_question):
    with pytest.raises(CommandError, match="fewer than 2 distinct questions"):
        export("--topics", "root-only", "--count", "2", "--seed", "1")


def test_it_lists_the_topic_ids_one_a_line():
    out = StringIO()
    call_command("export_quiz", "--list-topics", stdout=out)
    assert out.getvalue().splitlines() == list(TOPICS)


def test_count_and_seed_are_required_without_list_topics():
    with pytest.raises(CommandError, match="--count and --seed are required"):
        export("--topics", "root-only")


@pytest.mark.parametrize("topic", ["root-only", "organizations", "shared-responsibility"])
def test_sixty_questions_on_one_topic_export(topic):
    records = json.loads(export("--topics", topic, "--count", "60", "--seed", "9"))
    assert len({(r["stem"], frozenset(r["options"])) for r in records}) == 60


def test_an_unknown_format_is_refused():
    with pytest.raises(CommandError, match="invalid choice: 'pdf'"):
        export("--topics", "root-only", "--count", "1", "--seed", "1", "--format", "pdf")


def test_quiz_stats_prints_a_row_per_topic_with_its_bias_columns():
    out = StringIO()
    call_command("quiz_stats", "--seeds", "3", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].split()[:3] == ["topic", "concepts", "angles"]
    assert "key longest" in lines[0] and "key echoes stem" in lines[0]
    rows = {line.split()[0]: line for line in lines[1 : 1 + len(TOPICS)]}
    assert set(rows) == set(TOPICS)
    assert all(re.search(r"\d+%/\d+%/\d+%/\d+%", row) for row in rows.values())
