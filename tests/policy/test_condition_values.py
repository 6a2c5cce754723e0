"""How Numeric and Date condition values are read (issue 15).

https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
"""

from datetime import datetime, timezone

import pytest

from iamlab.policy.conditions import _instant, _number


def _utc(*parts):
    return datetime(*parts, tzinfo=timezone.utc).timestamp()


@pytest.mark.parametrize(
    "text, value",
    [("10", 10.0), ("-2.5", -2.5), ("1.50", 1.5), (".5", 0.5), ("1e3", 1000.0), (" 10 ", 10.0)],
)
def test_integers_and_decimals_are_numbers(text, value):
    assert _number(text) == value


@pytest.mark.parametrize(
    "text", ["1_000", "nan", "NaN", "inf", "-inf", "infinity", "Infinity", "1e999", "١٢", "0x10"]
)
def test_what_python_float_reads_but_is_no_integer_or_decimal_is_not_a_number(text):
    assert _number(text) is None


@pytest.mark.parametrize(
    "text, instant",
    [
        ("2024", _utc(2024, 1, 1)),
        ("2024-04", _utc(2024, 4, 1)),
        ("2024-04-01", _utc(2024, 4, 1)),
        ("2024-04-01T10:00Z", _utc(2024, 4, 1, 10)),
        ("2024-04-01T10:00:30Z", _utc(2024, 4, 1, 10, 0, 30)),
        ("2024-04-01T10:00:30.25Z", _utc(2024, 4, 1, 10, 0, 30) + 0.25),
        ("2024-04-01T12:00+02:00", _utc(2024, 4, 1, 10)),
        ("2024-04-01T05:30-04:30", _utc(2024, 4, 1, 10)),
        ("1718452800", 1718452800.0),
    ],
)
def test_every_w3c_iso_8601_form_and_epoch_seconds_are_dates(text, instant):
    assert _instant(text) == instant


@pytest.mark.parametrize("text", ["2024-13", "2024-02-30", "2024-04-01T25:00Z", "soon", "nan"])
def test_impossible_dates_are_not_dates(text):
    assert _instant(text) is None
