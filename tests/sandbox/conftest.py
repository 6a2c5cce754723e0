import pytest

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
