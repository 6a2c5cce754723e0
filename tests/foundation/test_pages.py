import pytest


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/", "/lessons/", "/sandbox/", "/quizzes/"])
def test_every_top_level_section_is_open_to_guests(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert b"<nav" in response.content


@pytest.mark.django_db
def test_an_unknown_address_gets_the_friendly_404_page(client):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assert b"No such page" in response.content


def test_the_500_page_renders_without_a_request_context():
    from iamlab.views import server_error

    response = server_error(request=None)
    assert response.status_code == 500
    assert b"Something went wrong on our side" in response.content


@pytest.mark.django_db
def test_the_favicon_and_stylesheet_are_served(client):
    assert client.get("/static/img/favicon.svg").status_code == 200
    assert client.get("/static/css/site.css").status_code == 200
