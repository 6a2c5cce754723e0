"""A class's join link survives the log-in page, sign-up and log-in (issue 17, item 2)."""

import pytest
from django.urls import reverse

from iamlab.classroom.models import Membership
from iamlab.classroom.services import classes
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def join_link(irene):
    course = classes.classroom_create(instructor=irene, name="Cloud 101")
    return reverse("classroom:join_link", args=[course.join_code])


def sign_up(client, query="", **extra):
    return client.post(
        reverse("accounts:signup") + query,
        {"username": "carol", "password1": PASSWORD, "password2": PASSWORD, **extra},
    )


def test_the_log_in_pages_sign_up_link_keeps_the_join_link(client, join_link):
    login_page = client.get(join_link, follow=True)
    signup_href = reverse("accounts:signup") + "?next=" + join_link
    assert f'href="{signup_href}"' in login_page.content.decode()


def test_signing_up_returns_to_the_join_link_with_its_code_filled(client, join_link):
    response = sign_up(client, next=join_link)
    assert response.status_code == 302
    assert response.url == join_link
    page = client.get(join_link).content.decode()
    assert f'value="{join_link.rstrip("/").rsplit("/", 1)[1]}"' in page


def test_the_sign_up_page_carries_the_return_address_to_its_form_and_log_in_link(client, join_link):
    page = client.get(reverse("accounts:signup"), {"next": join_link}).content.decode()
    assert f'name="next" value="{join_link}"' in page
    assert reverse("accounts:login") + "?next=" + join_link in page


@pytest.mark.parametrize(
    "elsewhere", ["https://evil.example/", "//evil.example/", "javascript:alert(1)"]
)
def test_a_return_address_off_this_site_is_ignored(client, elsewhere):
    response = sign_up(client, next=elsewhere)
    assert response.url == reverse("home")
    page = client.get(reverse("accounts:signup"), {"next": elsewhere}).content.decode()
    assert "evil" not in page and "javascript" not in page


def test_logging_in_from_the_join_link_returns_to_it_and_joining_lands_in_the_class(
    client, alice, join_link
):
    response = client.post(
        reverse("accounts:login"), {"username": "alice", "password": PASSWORD, "next": join_link}
    )
    assert response.url == join_link
    code = join_link.rstrip("/").rsplit("/", 1)[1]
    joined = client.post(reverse("classroom:join"), {"code": code})
    membership = Membership.objects.get(student=alice)
    assert joined.url == reverse("classroom:student_class", args=[membership.classroom_id])
