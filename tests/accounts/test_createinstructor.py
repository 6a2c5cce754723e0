import pytest
from django.core.management import CommandError, call_command

from iamlab.accounts.models import User

pytestmark = pytest.mark.django_db


def test_it_creates_an_instructor():
    call_command(
        "createinstructor", "irene", "--password", "a-long-teaching-passphrase", "--noinput"
    )
    irene = User.objects.get(username="irene")
    assert irene.is_instructor
    assert irene.check_password("a-long-teaching-passphrase")


def test_it_promotes_an_existing_learner(alice):
    call_command("createinstructor", "alice", "--noinput")
    alice.refresh_from_db()
    assert alice.is_instructor


def test_it_refuses_a_weak_password():
    with pytest.raises(CommandError, match="too common"):
        call_command("createinstructor", "irene", "--password", "password", "--noinput")
    assert not User.objects.filter(username="irene").exists()


def test_without_input_it_needs_a_password():
    with pytest.raises(CommandError, match="--password is required"):
        call_command("createinstructor", "irene", "--noinput")
