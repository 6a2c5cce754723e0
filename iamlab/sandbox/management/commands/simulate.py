"""`manage.py simulate`: `aws iam simulate-custom-policy` and `simulate-principal-policy`.

One request from the AWS CLI's own flags (shorthand, JSON, file://, --cli-input-json)
prints each decision with its trace, or with `--output json|text|table` the CLI's
SimulatePolicyResponse, filtered by `--query` (JMESPath). `--policy-source-arn` names a
user, group or role of a sandbox account by the account id in its ARN. `--cases
FILE.jsonl` answers the batch format of ../shared/spec/evaluation-cases.md, one JSON line
per case.
"""

import json
import sys
from pathlib import Path

import jmespath
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
from iamlab.policy.cli import api
from iamlab.policy.cli.output import format_table, format_text
from iamlab.policy.cli.request import (
    SimulateInputError,
    check_caller_arn,
    check_resource_arns,
    check_resource_handling,
    context_entries,
    context_from_entries,
    resource_owner_account,
    service_error,
)
from iamlab.policy.cli.response import (
    BOUNDARY,
    IDENTITY,
    ORGANIZATIONS,
    RESOURCE,
    PolicySource,
    ResourceOutcome,
    evaluation_result,
    simulate_policy_response,
)
from iamlab.sandbox.errors import SandboxError
from iamlab.sandbox.services.policy_source import policy_source_documents
from iamlab.sandbox.services.simulator import FULL_AWS_ACCESS

# The caller when none is named and no resource policy needs one: an identity-based
# policy alone does not depend on who calls.
DEFAULT_CALLER = "arn:aws:iam::111122223333:user/simulator"
# Flag -> the request member it sets (what --cli-input-json names it).
MEMBERS = {
    "policy_source_arn": "PolicySourceArn",
    "policy_input_list": "PolicyInputList",
    "permissions_boundary_policy_input_list": "PermissionsBoundaryPolicyInputList",
    "ordered_organization_policy_input_list": "OrderedOrganizationPolicyInputList",
    "action_names": "ActionNames",
    "resource_arns": "ResourceArns",
    "resource_policy": "ResourcePolicy",
    "resource_owner": "ResourceOwner",
    "caller_arn": "CallerArn",
    "context_entries": "ContextEntries",
    "resource_handling_option": "ResourceHandlingOption",
}


class Command(BaseCommand):
    help = (
        "Simulate IAM policy evaluation with the flags of `aws iam simulate-custom-policy` "
        "(--policy-input-list, --action-names, ...) or `simulate-principal-policy` "
        "(--policy-source-arn), or answer --cases FILE.jsonl in the batch format."
    )

    def add_arguments(self, parser):
        parser.add_argument("--cases", metavar="FILE.jsonl", help="batch of cases, one per line")
        parser.add_argument(
            "--policy-source-arn",
            metavar="ARN",
            help="a sandbox user, group or role whose policies to simulate",
        )
        for flag in (
            "--policy-input-list",
            "--permissions-boundary-policy-input-list",
        ):
            parser.add_argument(flag, nargs="+", metavar="POLICY", help="JSON or file://path")
        parser.add_argument(
            "--ordered-organization-policy-input-list",
            nargs="+",
            metavar="LEVEL",
            help='SCPs per level, root first: [{"ServiceControlPolicyInputList": [...]}, ...]',
        )
        parser.add_argument("--resource-policy", metavar="POLICY", help="JSON or file://path")
        parser.add_argument("--action-names", nargs="+", metavar="ACTION")
        parser.add_argument("--resource-arns", nargs="+", metavar="ARN")
        parser.add_argument("--resource-owner", metavar="arn:aws:iam::ACCOUNT:root")
        parser.add_argument("--caller-arn", metavar="ARN")
        parser.add_argument(
            "--context-entries",
            nargs="+",
            metavar="ENTRY",
            help="ContextKeyName=KEY,ContextKeyValues=V1,V2,ContextKeyType=TYPE (the CLI's "
            "shorthand), or JSON",
        )
        parser.add_argument("--resource-handling-option", metavar="OPTION")
        parser.add_argument("--cli-input-json", metavar="JSON", help="JSON or file://path")
        parser.add_argument(
            "--generate-cli-skeleton",
            nargs="?",
            const="input",
            choices=("input", "output"),
            help="print the request's (or the response's) JSON skeleton and stop",
        )
        parser.add_argument(
            "--output",
            choices=("json", "text", "table"),
            help="print AWS's SimulatePolicyResponse instead of the trace",
        )
        parser.add_argument("--query", metavar="JMESPATH", help="filter the response")

    def handle(self, *args, **options):
        try:
            return self._handle(options)
        except (SimulateInputError, SandboxError) as error:
            raise CommandError(str(error)) from None

    def _handle(self, options):
        operation = (
            "SimulatePrincipalPolicy" if options["policy_source_arn"] else ("SimulateCustomPolicy")
        )
        if options["generate_cli_skeleton"]:
            shape = (
                api.RESPONSE
                if options["generate_cli_skeleton"] == "output"
                else api.REQUESTS[operation]
            )
            self.stdout.write(json.dumps(api.skeleton(shape), indent=4))
            return
        if options["cases"]:
            return self._batch(options["cases"])
        params = self._params(options)
        operation = "SimulatePrincipalPolicy" if params.get("PolicySourceArn") else operation
        self._simulate(operation, params, options)

    def _params(self, options) -> dict:
        """--cli-input-json, then each flag given on the command line over it."""
        params = {}
        if options["cli_input_json"]:
            text = read_document(options["cli_input_json"])
            try:
                params = json.loads(text)
            except ValueError as error:
                raise SimulateInputError(
                    f"Error parsing parameter '--cli-input-json': Invalid JSON: {error}"
                ) from None
            if not isinstance(params, dict):
                raise SimulateInputError("--cli-input-json must be a JSON object")
        for option, member in MEMBERS.items():
            if options[option] is None:
                continue
            value = options[option]
            if option == "context_entries":
                value = context_entries(value)
            elif option == "ordered_organization_policy_input_list":
                value = _json_list("--ordered-organization-policy-input-list", value)
            params[member] = value
        return params

    def _simulate(self, operation: str, params: dict, options) -> None:
        actions = params.get("ActionNames")
        if not actions:
            raise CommandError("the following arguments are required: --action-names")
        sources: dict[str, PolicySource] = {}

        def parse(text: str, policy_id: str, kind: str):
            text = read_document(text)
            sources[policy_id] = PolicySource(policy_id, text, kind)
            try:
                return parse_policy(text, name=policy_id)
            except MalformedPolicyDocument as error:
                where = "/".join(str(part) for part in error.path)
                raise CommandError(
                    f"{policy_id}: {error}" + (f" (at {where})" if where else "")
                ) from None

        identity, boundary, scps = [], None, None
        caller = params.get("CallerArn")
        source_arn = params.get("PolicySourceArn")
        if source_arn:
            found = policy_source_documents(arn=source_arn)
            identity = [parse(text, name, IDENTITY) for name, text in found.identity]
            if found.boundary:
                boundary = parse(found.boundary[1], found.boundary[0], BOUNDARY)
            if found.account.organization_enabled:
                scp = found.account.scp_document or FULL_AWS_ACCESS
                scps = [[parse(scp, "service control policy on the account", ORGANIZATIONS)]]
            # "If you do not specify a CallerArn, it defaults to the ARN of the user, group,
            # or role that you specify in PolicySourceArn."
            caller = caller or source_arn
        elif not params.get("PolicyInputList"):
            raise CommandError("the following arguments are required: --policy-input-list")
        identity += [
            parse(text, f"PolicyInputList.{n}", IDENTITY)
            for n, text in enumerate(params.get("PolicyInputList") or [], start=1)
        ]
        boundaries = params.get("PermissionsBoundaryPolicyInputList") or []
        if len(boundaries) > 1:
            raise CommandError("A user or role has at most one permissions boundary.")
        if boundaries:
            boundary = parse(boundaries[0], "PermissionsBoundaryPolicyInputList.1", BOUNDARY)
        levels = params.get("OrderedOrganizationPolicyInputList")
        if levels is not None:
            scps = [
                [
                    parse(text, f"OrderedOrganizationPolicyInputList.{level}.{n}", ORGANIZATIONS)
                    for n, text in enumerate(_level(entry), start=1)
                ]
                for level, entry in enumerate(levels, start=1)
            ]
        resource_policy = None
        if params.get("ResourcePolicy"):
            if caller is None:
                raise service_error(
                    operation,
                    "InvalidInput",
                    "CallerArn is required if you include a ResourcePolicy so that the "
                    "policy's Principal element has a value to use in evaluating the policy.",
                )
            resource_policy = parse(params["ResourcePolicy"], "ResourcePolicy", RESOURCE)
        if caller is not None:
            check_caller_arn(caller, operation)
        owner = params.get("ResourceOwner")
        owner_account = resource_owner_account(owner, operation) if owner else None
        resources = params.get("ResourceArns") or ["*"]
        check_resource_arns(resources, operation)
        if params.get("ResourceHandlingOption"):
            check_resource_handling(params["ResourceHandlingOption"], resources, operation)
        context = context_from_entries(params.get("ContextEntries") or [], operation)
        policies = PolicySet(
            identity=identity,
            permissions_boundary=boundary,
            resource=resource_policy,
            scps=scps,
        )
        results = []
        for action in actions:
            outcomes = []
            for resource in resources:
                request = Request(
                    principal=caller or DEFAULT_CALLER,
                    action=action,
                    resource=resource,
                    context=context,
                    resource_account=owner_account,
                )
                decision = evaluate(request, policies)
                if not options["output"]:
                    self.stdout.write(render_trace(decision))
                    self.stdout.write("")
                outcomes.append(ResourceOutcome(resource, decision, request, policies))
            results.append(
                evaluation_result(
                    action, outcomes, sources, resources_listed=bool(params.get("ResourceArns"))
                )
            )
        if options["output"]:
            self._print(simulate_policy_response(results), operation, options)

    def _print(self, response: dict, operation: str, options) -> None:
        if options["query"]:
            try:
                response = jmespath.search(options["query"], response)
            except jmespath.exceptions.JMESPathError as error:
                raise CommandError(f"Bad value for --query {options['query']}: {error}") from None
        if options["output"] == "json":
            self.stdout.write(json.dumps(response, indent=4))
        elif options["output"] == "text":
            self.stdout.write(format_text(response), ending="")
        else:
            self.stdout.write(format_table(response, operation), ending="")

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


def _json_list(option: str, arguments: list[str]) -> list:
    """A list of structures given as JSON: one JSON list, or one JSON object per argument."""
    try:
        if len(arguments) == 1 and arguments[0].strip().startswith("["):
            return json.loads(read_document(arguments[0]))
        return [json.loads(read_document(argument)) for argument in arguments]
    except ValueError as error:
        raise SimulateInputError(
            f"Error parsing parameter '{option}': Invalid JSON: {error}"
        ) from None


def _level(entry) -> list[str]:
    if not isinstance(entry, dict) or not isinstance(
        entry.get("ServiceControlPolicyInputList", []), list
    ):
        raise SimulateInputError(
            "Each level of --ordered-organization-policy-input-list is "
            '{"ServiceControlPolicyInputList": ["<SCP JSON>", ...]}'
        )
    return entry.get("ServiceControlPolicyInputList", [])


def read_document(text: str) -> str:
    """JSON text, or file://path as the AWS CLI reads it."""
    if not text.startswith("file://"):
        return text
    try:
        return Path(text[len("file://") :]).read_text(encoding="utf-8")
    except OSError as error:
        raise CommandError(f"Cannot read {text}: {error.strerror}") from None
