"""Print how long the sandbox takes to answer "Can I?" in a scenario account.

Builds a throwaway learner and account, loads a scenario, times simulate() for a user
whose permissions come through a group, then deletes everything it made.
"""

import statistics
import time

from django.core.management.base import BaseCommand
from django.db import transaction

from iamlab.accounts.models import Learner
from iamlab.sandbox.models import IamUser, SandboxAccount
from iamlab.sandbox.services.scenarios import scenario_load
from iamlab.sandbox.services.simulator import simulate


class Rollback(Exception):
    """Raised to undo the benchmark's rows."""


class Command(BaseCommand):
    help = "Time sandbox simulations (prints milliseconds per decision)."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=200)

    def handle(self, *args, runs, **options):
        try:
            with transaction.atomic():
                account = SandboxAccount.objects.create(learner=Learner.objects.create())
                scenario_load(account=account, slug="startup-developers")
                arn = IamUser.objects.get(account=account, name="ana").arn
                timings = []
                for index in range(runs):
                    action = "s3:GetObject" if index % 2 else "iam:CreateUser"
                    start = time.perf_counter()
                    simulate(account, principal_arn=arn, action=action, resource="*", record=False)
                    timings.append((time.perf_counter() - start) * 1000)
                raise Rollback
        except Rollback:
            pass
        timings.sort()
        self.stdout.write(
            f"simulate() in a startup-developers account, {runs} runs: "
            f"median {statistics.median(timings):.2f} ms, "
            f"p95 {timings[int(len(timings) * 0.95) - 1]:.2f} ms, max {timings[-1]:.2f} ms"
        )
