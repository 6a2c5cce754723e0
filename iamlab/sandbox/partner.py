"""The read-only partner account learners reference for cross-account access.

Its one user has its own (fixed) identity policy; whether it reaches into the learner's
account is decided by the learner's resource and trust policies, as across real accounts.
"""

import json

PARTNER_ACCOUNT_ID = "999988887777"
PARTNER_USER_ARN = f"arn:aws:iam::{PARTNER_ACCOUNT_ID}:user/partner-analyst"
PARTNER_POLICY = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "PartnerSideAllowsReadingAndAssumingRoles",
                "Effect": "Allow",
                "Action": ["s3:GetObject", "s3:ListBucket", "sqs:SendMessage", "sts:AssumeRole"],
                "Resource": "*",
            }
        ],
    },
    indent=2,
)
