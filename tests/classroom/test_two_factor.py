from datetime import timedelta

from django.urls import reverse
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from iamlab.classroom.services import two_factor


def _code(device) -> str:
    return f"{totp(device.bin_key):06d}"


def test_an_instructor_turns_on_totp_with_a_code_from_their_app(client, irene):
    client.force_login(irene)
    page = client.get(reverse("classroom:two_factor_setup")).content.decode()
    assert 'src="data:image/svg+xml' in page
    device = TOTPDevice.objects.get(user=irene)
    assert two_factor.secret_for_typing(device) in page
    response = client.post(reverse("classroom:two_factor_setup"), {"token": _code(device)})
    assert response.url == reverse("classroom:index")
    device.refresh_from_db()
    assert device.confirmed


def test_a_wrong_code_leaves_totp_off(client, irene):
    client.force_login(irene)
    client.get(reverse("classroom:two_factor_setup"))
    response = client.post(reverse("classroom:two_factor_setup"), {"token": "000000x"})
    assert response.status_code == 400
    assert two_factor.BAD_TOKEN in response.content.decode()
    assert not two_factor.has_device(irene)


def test_an_instructor_with_totp_enters_a_code_before_reaching_classes(
    client, irene, course, settings
):
    # django-otp delays the next try after a failure; this test is not about that.
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    device = TOTPDevice.objects.create(user=irene, name="app", confirmed=True)
    client.force_login(irene)
    detail = reverse("classroom:detail", args=[course.pk])
    response = client.get(detail)
    assert response.status_code == 302
    assert reverse("classroom:two_factor_verify") in response.url
    bad = client.post(reverse("classroom:two_factor_verify"), {"token": "123", "next": detail})
    assert bad.status_code == 400
    good = client.post(
        reverse("classroom:two_factor_verify"), {"token": _code(device), "next": detail}
    )
    assert good.url == detail
    assert client.get(detail).status_code == 200


def test_the_setting_makes_totp_compulsory_for_instructors(client, irene, settings):
    settings.IAMLAB_REQUIRE_INSTRUCTOR_2FA = True
    client.force_login(irene)
    response = client.get(reverse("classroom:index"))
    assert response.url == reverse("classroom:two_factor_setup")


def test_without_the_setting_totp_is_optional(client, irene, settings):
    settings.IAMLAB_REQUIRE_INSTRUCTOR_2FA = False
    client.force_login(irene)
    assert client.get(reverse("classroom:index")).status_code == 200


def test_learners_have_no_instructor_two_factor_pages(client, alice):
    client.force_login(alice)
    assert client.get(reverse("classroom:two_factor_setup")).status_code == 403


def test_guessing_codes_is_slowed_down_after_a_failure(client, irene):
    device = TOTPDevice.objects.create(user=irene, name="app", confirmed=True)
    client.force_login(irene)
    client.post(reverse("classroom:two_factor_verify"), {"token": "000000"})
    response = client.post(reverse("classroom:two_factor_verify"), {"token": _code(device)})
    assert response.status_code == 400


def test_an_instructors_password_change_waits_for_the_second_factor(client, irene, settings):
    settings.IAMLAB_REQUIRE_INSTRUCTOR_2FA = True
    client.force_login(irene)
    for name in ("accounts:password_change", "accounts:password_change_done"):
        assert client.get(reverse(name))["Location"] == reverse("classroom:two_factor_setup")


def test_a_learner_changes_their_password_with_no_second_factor(client, alice, settings):
    settings.IAMLAB_REQUIRE_INSTRUCTOR_2FA = True
    client.force_login(alice)
    assert client.get(reverse("accounts:password_change")).status_code == 200


def test_after_wrong_codes_the_right_one_is_refused_with_when_to_retry(client, irene):
    # Issue 16, item 7: the lock refused the right code saying only that it was wrong.
    device = TOTPDevice.objects.create(user=irene, name="app", confirmed=True)
    failed_at = timezone.now()
    device.throttling_failure_count, device.throttling_failure_timestamp = 5, failed_at
    device.save()  # five wrong codes in a row: locked for 2**4 = 16 seconds
    client.force_login(irene)
    response = client.post(reverse("classroom:two_factor_verify"), {"token": _code(device)})
    until = failed_at + timedelta(seconds=16)
    assert response.status_code == 400
    page = response.content.decode()
    assert "Too many wrong codes in a row: no code is accepted for 1" in page
    assert f"more seconds (until {until:%H:%M:%S} UTC)" in page
    assert two_factor.BAD_TOKEN not in page
    device.throttling_failure_timestamp = failed_at - timedelta(seconds=17)
    device.save()
    response = client.post(reverse("classroom:two_factor_verify"), {"token": _code(device)})
    assert response.status_code == 302


def test_setting_up_totp_says_when_a_lock_ends_too(client, irene):
    client.force_login(irene)
    client.get(reverse("classroom:two_factor_setup"))
    device = TOTPDevice.objects.get(user=irene)
    failed_at = timezone.now()
    device.throttling_failure_count, device.throttling_failure_timestamp = 3, failed_at
    device.save()  # locked for 2**2 = 4 seconds
    response = client.post(reverse("classroom:two_factor_setup"), {"token": _code(device)})
    until = failed_at + timedelta(seconds=4)
    assert f"more seconds (until {until:%H:%M:%S} UTC)" in response.content.decode()
    assert not two_factor.has_device(irene)
