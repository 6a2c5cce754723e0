"""`manage.py simulate`: decide requests like `aws iam simulate-custom-policy` does.

One request from flags prints each decision with its trace; `--cases FILE.jsonl` answers
the batch format of ../shared/spec/evaluation-cases.md with one JSON line per case.
"""

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from iamlab.policy import (
    MalformedPolicyDocument,
    PolicySet,
    Request,
    evaluate,
    parse_policy,
    render_trace,
)
from iamlab.policy.cases import run_cases

DEFAULT_CALLER = "arn:aws:iam::111122223333:user/simulator"


class Command(BaseCommand):
    help = (
        "Simulate IAM policy evaluation. Either give --policy-input-list and --action-names "
        "(as for `aws iam simulate-custom-policy`), or --cases FILE.jsonl for the batch format."
    )

    def add_arguments(self, parser):
        parser.add_argument("--cases", metavar="FILE.jsonl", help="batch of cases, one per line")
        parser.add_argument(
            "--policy-input-list",
            nargs="+",
            default=[],
            metavar="POLICY",
            help="identity-based policies: JSON text or file://path",
        )
        parser.add_argument(
            "--permissions-boundary-policy-input-list",
            nargs="+",
            default=[],
            metavar="POLICY",
            help="the permissions boundary: JSON text or file://path",
        )
        parser.add_argument("--resource-policy", metavar="POLICY", help="JSON text or file://path")
        parser.add_argument("--action-names", nargs="+", default=[], metavar="ACTION")
        parser.add_argument("--resource-arns", nargs="+", default=["*"], metavar="ARN")
        parser.add_argument("--resource-owner", metavar="ACCOUNT", help="the resource's account")
        parser.add_argument("--caller-arn", default=DEFAULT_CALLER, metavar="ARN")
        parser.add_argument(
            "--context-entries",
            nargs="+",
            default=[],
            metavar="ENTRY",
            help="ContextKeyName=KEY,ContextKeyValues=V1,V2,ContextKeyType=TYPE "
            "or the same as a JSON list",
        )

    def handle(self, *args, **options):
        if options["cases"]:
            return self._batch(options["cases"])
        if not options["action_names"]:
            raise CommandError("Give --action-names (and --policy-input-list), or --cases.")
        policies = self._policy_set(options)
        context = parse_context_entries(options["context_entries"])
        for action in options["action_names"]:
            for resource in options["resource_arns"]:
                request = Request(
                    principal=options["caller_arn"],
                    action=action,
                    resource=resource,
                    context=context,
                    resource_account=options["resource_owner"],
                )
                decision = evaluate(request, policies)
                self.stdout.write(render_trace(decision))
                self.stdout.write("")

    def _batch(self, path: str) -> None:
        if path == "-":
            self._answer(sys.stdin)
            return
        try:
            with Path(path).open(encoding="utf-8") as lines:
                self._answer(lines)
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}") from None

    def _answer(self, lines) -> None:
        for answer in run_cases(lines):
            self.stdout.write(json.dumps(answer))

    def _policy_set(self, options) -> PolicySet:
        def parse(text: str, name: str):
            try:
                return parse_policy(read_document(text), name=name)
            except MalformedPolicyDocument as error:
                where = "/".join(str(part) for part in error.path)
                raise CommandError(
                    f"{name}: {error}" + (f" (at {where})" if where else "")
                ) from None

        identity = [
            parse(text, f"policy {index + 1}")
            for index, text in enumerate(options["policy_input_list"])
        ]
        boundaries = options["permissions_boundary_policy_input_list"]
        if len(boundaries) > 1:
            raise CommandError("A user or role has at most one permissions boundary.")
        boundary = parse(boundaries[0], "permissions boundary") if boundaries else None
        resource = options["resource_policy"]
        return PolicySet(
            identity=identity,
            permissions_boundary=boundary,
            resource=parse(resource, "resource policy") if resource else None,
        )


def read_document(text: str) -> str:
    """JSON text, or file://path as the AWS CLI reads it."""
    if not text.startswith("file://"):
        return text
    try:
        return Path(text[len("file://") :]).read_text(encoding="utf-8")
    except OSError as error:
        raise CommandError(f"Cannot read {text}: {error.strerror}") from None


LIST_TYPE_SUFFIX = "list"


def parse_context_entries(entries: list[str]) -> dict[str, str | list[str]]:
    """The CLI's shorthand or JSON context entries, as the engine's context mapping."""
    parsed: list[dict] = []
    for entry in entries:
        entry = read_document(entry)
        if entry.lstrip().startswith(("[", "{")):
            try:
                value = json.loads(entry)
            except ValueError:
                raise CommandError(f"--context-entries: not valid JSON: {entry}") from None
            parsed.extend(value if isinstance(value, list) else [value])
        else:
            parsed.append(_shorthand(entry))
    context: dict[str, str | list[str]] = {}
    for item in parsed:
        name = item.get("ContextKeyName")
        values = item.get("ContextKeyValues", [])
        if not isinstance(name, str) or not isinstance(values, list) or not values:
            raise CommandError(
                "--context-entries: each entry needs ContextKeyName and ContextKeyValues"
            )
        kind = str(item.get("ContextKeyType", "string")).lower()
        many = kind.endswith(LIST_TYPE_SUFFIX) or len(values) > 1
        context[name] = [str(v) for v in values] if many else str(values[0])
    return context


def _shorthand(entry: str) -> dict:
    """ContextKeyName=k,ContextKeyValues=v1,v2,ContextKeyType=stringList"""
    fields: dict[str, object] = {}
    current = None
    for piece in entry.split(","):
        name, equals, value = piece.partition("=")
        if equals and name in ("ContextKeyName", "ContextKeyValues", "ContextKeyType"):
            current = name
            fields[name] = [value] if name == "ContextKeyValues" else value
        elif current == "ContextKeyValues":
            fields[current].append(piece)
        else:
            raise CommandError(f"--context-entries: cannot read {entry!r}")
    return fields
