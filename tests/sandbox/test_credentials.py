import pytest

from iamlab.sandbox.errors import SandboxError
from iamlab.sandbox.models import AccessKey
from iamlab.sandbox.services import credentials
from iamlab.sandbox.services.users import user_create


def test_a_user_has_at_most_two_access_keys(account):
    user_create(account=account, name="alice")
    credentials.access_key_create(account=account, user_name="alice")
    credentials.access_key_create(account=account, user_name="alice")
    with pytest.raises(SandboxError) as caught:
        credentials.access_key_create(account=account, user_name="alice")
    assert caught.value.message == "Cannot exceed quota for AccessKeysPerUser: 2"
    assert AccessKey.objects.count() == 2


def test_a_new_key_looks_like_an_aws_key_and_its_secret_is_not_stored(account):
    key, secret = credentials.access_key_create(account=account)
    assert key.user is None  # the root user's
    assert key.access_key_id.startswith("AKIA") and len(key.access_key_id) == 20
    assert len(secret) == 40
    assert secret not in str(AccessKey.objects.values())


def test_a_key_can_be_deactivated_and_reactivated(account):
    key, _ = credentials.access_key_create(account=account)
    credentials.access_key_set_active(
        account=account, access_key_id=key.access_key_id, active=False
    )
    key.refresh_from_db()
    assert not key.active


def test_a_key_of_another_account_cannot_be_found(account, db):
    from iamlab.sandbox.models import SandboxAccount
    from tests.factories import LearnerFactory

    other = SandboxAccount.objects.create(learner=LearnerFactory())
    key, _ = credentials.access_key_create(account=other)
    with pytest.raises(SandboxError) as caught:
        credentials.access_key_delete(account=account, access_key_id=key.access_key_id)
    assert caught.value.code == "NoSuchEntity"
    assert AccessKey.objects.filter(pk=key.pk).exists()


def test_a_short_console_password_breaks_the_password_policy(account):
    user_create(account=account, name="alice")
    with pytest.raises(SandboxError) as caught:
        credentials.login_profile_create(account=account, user_name="alice", password="short")
    assert caught.value.code == "PasswordPolicyViolation"


def test_the_event_history_never_holds_a_password(account):
    from iamlab.sandbox.models import Event

    user_create(account=account, name="alice")
    credentials.login_profile_create(account=account, user_name="alice", password="Secret-123")
    event = Event.objects.get(event_name="CreateLoginProfile")
    assert event.request_parameters["password"] == "HIDDEN_DUE_TO_SECURITY_REASONS"
