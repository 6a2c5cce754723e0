import pytest
from django.urls import reverse

from iamlab.sandbox.models import SandboxAccount
from tests.factories import LearnerFactory

ALLOW_ALL = (
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}'
)
EC2_TRUST = (
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", '
    '"Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}'
)


@pytest.fixture
def account(db):
    return SandboxAccount.objects.create(learner=LearnerFactory())


def open_account(client) -> SandboxAccount:
    """The client's own sandbox account, made by a first write, as a visitor's is (a read
    makes none)."""
    client.post(reverse("sandbox:reset"), {"confirm": "reset"})
    return client.get(reverse("sandbox:index")).context["account"]
