"""The instructor's pages make as many queries with 100 students as with one (issue 18)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.classroom.test_assignments import _take

# What a class can grow by without a page making more queries.
SLACK = 5

PAGES = ["classroom:assignment_results", "classroom:gradebook", "classroom:detail"]


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("name", PAGES)
def test_a_page_makes_as_many_queries_with_100_students_as_with_1(
    client, irene, course, assignment, enrolled, make_students, django_assert_max_num_queries, name
):
    pk = assignment.pk if name == "classroom:assignment_results" else course.pk
    url = reverse(name, args=[pk])
    client.force_login(irene)
    _take(assignment, enrolled, right=2)
    with_one = _queries(client, url)
    for number, student in enumerate(make_students(99)):
        _take(assignment, student, right=number % 5)
    with django_assert_max_num_queries(with_one + SLACK):
        _queries(client, url)
