"""Issue 16, item 4: only a site administrator publishes the site's vault; every published
version is kept with who and when, and an administrator can roll back to the previous one."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from iamlab.lessons import uploads
from iamlab.lessons.models import VaultPublication, VaultUpload
from tests.lessons.test_upload import GOOD_VAULT, upload, zipped

pytestmark = pytest.mark.django_db

ROLL_BACK_URL = reverse("lessons:vault_roll_back")
SECOND_VAULT = {"Course/second.md": "# Second edition\nNew text."}


@pytest.fixture(autouse=True)
def media(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"


def uploaded(client, user, files) -> VaultUpload:
    client.force_login(user)
    upload(client, zipped(files))
    return VaultUpload.objects.latest("pk")


def publish(client, record):
    return client.post(reverse("lessons:upload_publish", args=[record.pk]))


def lesson_titles(client) -> str:
    return client.get(reverse("lessons:index")).content.decode()


def test_an_instructor_who_is_not_an_administrator_cannot_publish(client, irene):
    record = uploaded(client, irene, GOOD_VAULT)
    review = client.get(reverse("lessons:upload_review", args=[record.pk])).content.decode()
    assert "a site administrator can publish it" in review and "/publish/" not in review
    assert publish(client, record).status_code == 403
    assert not VaultPublication.objects.exists()
    assert "Welcome" not in lesson_titles(client)


def test_an_administrator_publishes_an_instructors_upload(client, irene, ada):
    record = uploaded(client, irene, GOOD_VAULT)
    client.force_login(ada)
    listing = client.get(reverse("lessons:upload")).content.decode()
    assert "vault.zip</a> — irene" in listing
    assert publish(client, record)["Location"] == reverse("lessons:index")
    publication = VaultPublication.objects.get()
    assert (publication.upload, publication.published_by) == (record, ada)
    assert "Welcome" in lesson_titles(client)


def test_publishing_the_live_vault_again_adds_no_version(client, ada):
    record = uploaded(client, ada, GOOD_VAULT)
    publish(client, record)
    response = publish(client, record)
    assert VaultPublication.objects.count() == 1
    assert uploads.ALREADY_LIVE in client.get(response["Location"]).content.decode()


def test_every_published_version_is_listed_with_who_and_when(client, ada, irene):
    first = uploaded(client, irene, GOOD_VAULT)
    second = uploaded(client, ada, SECOND_VAULT)
    publish(client, first)
    publish(client, second)
    client.force_login(irene)  # any instructor sees the history; only ada may change it
    page = client.get(reverse("lessons:upload")).content.decode()
    for version in VaultPublication.objects.all():
        when = version.published_at.strftime("%Y-%m-%d %H:%M")
        assert f"published by ada on {when} UTC" in page
    assert page.count("vault.zip, published by ada") == 2
    assert page.count("<strong>live</strong>") == 1
    assert ROLL_BACK_URL not in page


def test_rolling_back_restores_the_previous_versions_lessons(client, ada):
    first = uploaded(client, ada, GOOD_VAULT)
    publish(client, first)
    publish(client, uploaded(client, ada, SECOND_VAULT))
    assert "Second edition" in lesson_titles(client)
    page = client.get(reverse("lessons:upload")).content.decode()
    assert f'href="{ROLL_BACK_URL}"' in page
    confirm = client.get(ROLL_BACK_URL).content.decode()
    live = VaultPublication.live()
    assert f'name="publication" value="{live.pk}"' in confirm
    assert "will read <strong>vault.zip</strong> again" in confirm
    response = client.post(ROLL_BACK_URL, {"publication": live.pk})
    assert response["Location"] == reverse("lessons:upload")
    titles = lesson_titles(client)
    assert "Welcome" in titles and "Second edition" not in titles
    live.refresh_from_db()
    assert live.rolled_back_by == ada and live.rolled_back_at is not None
    assert VaultPublication.live().upload == first
    page = client.get(reverse("lessons:upload")).content.decode()
    assert "— rolled back by ada on" in page


def test_rolling_back_the_only_version_serves_the_shipped_notes(client, ada):
    publish(client, uploaded(client, ada, GOOD_VAULT))
    assert "no other version is published" in client.get(ROLL_BACK_URL).content.decode()
    client.post(ROLL_BACK_URL, {"publication": VaultPublication.live().pk})
    titles = lesson_titles(client)
    assert "Welcome" not in titles and "AWS IAM" in titles
    assert client.get(ROLL_BACK_URL)["Location"] == reverse("lessons:upload")


def test_a_second_click_rolls_back_nothing_more(client, ada):
    first = uploaded(client, ada, GOOD_VAULT)
    publish(client, first)
    publish(client, uploaded(client, ada, SECOND_VAULT))
    live = VaultPublication.live()
    client.post(ROLL_BACK_URL, {"publication": live.pk})
    response = client.post(ROLL_BACK_URL, {"publication": live.pk}, follow=True)
    assert uploads.NOT_LIVE_ANY_MORE in response.content.decode()
    assert VaultPublication.live().upload == first


def test_only_an_administrator_may_roll_back(client, ada, irene):
    publish(client, uploaded(client, ada, GOOD_VAULT))
    live = VaultPublication.live()
    client.force_login(irene)
    assert client.get(ROLL_BACK_URL).status_code == 403
    assert client.post(ROLL_BACK_URL, {"publication": live.pk}).status_code == 403
    assert VaultPublication.live() == live


def test_rolling_back_needs_the_forms_csrf_token(ada):
    record = VaultUpload.objects.create(uploaded_by=ada, original_name="v.zip", folder="v")
    live = VaultPublication.objects.create(upload=record, published_by=ada)
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(ada)
    assert browser.post(ROLL_BACK_URL, {"publication": live.pk}).status_code == 403
    assert VaultPublication.live() == live


def test_a_publication_made_by_another_process_shows_on_the_next_request(client, ada, settings):
    settings.IAMLAB_VAULT_RECHECK_SECONDS = 60  # the files are not looked at again meanwhile
    assert "Welcome" not in lesson_titles(client)
    record = uploaded(client, ada, GOOD_VAULT)
    VaultPublication.objects.create(upload=record, published_by=ada)  # as another worker would
    assert "Welcome" in lesson_titles(client)
    VaultPublication.objects.update(rolled_back_by=ada, rolled_back_at=timezone.now())
    assert "Welcome" not in lesson_titles(client)
