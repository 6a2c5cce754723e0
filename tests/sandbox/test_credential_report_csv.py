"""The credential report a learner downloads opens safely in a spreadsheet."""

import csv
import io

import pytest

from iamlab.sandbox.services import reports, users

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("name", ["=1+2", "+1", "-1", "@SUM"])
def test_a_user_name_that_reads_as_a_formula_is_written_as_text(account, name):
    # Issue 16, item 7: IAM allows these characters, and a spreadsheet ran the name.
    users.user_create(account=account, name=name)
    rows = list(csv.reader(io.StringIO(reports.credential_report(account))))
    assert rows[2][0] == f"'{name}"
    assert rows[2][1].endswith(f":user/{name}")  # the ARN starts with arn: and stays as it is


def test_an_ordinary_user_name_is_written_as_it_is(account):
    users.user_create(account=account, name="dev.1")
    rows = list(csv.reader(io.StringIO(reports.credential_report(account))))
    assert [row[0] for row in rows[1:]] == [reports.ROOT_NAME, "dev.1"]
