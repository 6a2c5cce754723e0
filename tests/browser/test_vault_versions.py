"""A site administrator rolls the lessons back on a phone, by keyboard alone."""

import pytest
from playwright.sync_api import expect

from iamlab.lessons.models import VaultPublication, VaultUpload
from tests.browser.test_classroom import _log_in
from tests.factories import InstructorFactory
from tests.lessons.conftest import write_notes

pytestmark = pytest.mark.django_db(transaction=True)


def test_an_administrator_rolls_back_to_the_previous_version_by_keyboard(page, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    ada = InstructorFactory(username="ada", is_superuser=True)
    for name, title in (("first", "First edition"), ("second", "Second edition " + "x" * 80)):
        write_notes(tmp_path / name, {f"{name}.md": f"# {title}\nText."})
        record = VaultUpload.objects.create(
            uploaded_by=ada, original_name=f"{title}.zip", folder=name
        )
        VaultPublication.objects.create(upload=record, published_by=ada)
    page.set_viewport_size({"width": 390, "height": 800})
    _log_in(page, "ada")
    page.goto("/lessons/upload/")
    roll_back = page.get_by_role("link", name="Roll back to the previous version…")
    roll_back.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Roll back the lessons?")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth > window.innerWidth") is False
    page.get_by_role("link", name="Cancel").focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    expect(page.get_by_text("Rolled back: First edition.zip is again")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth > window.innerWidth") is False
    page.goto("/lessons/")
    expect(page.get_by_role("main")).to_contain_text("First edition")
