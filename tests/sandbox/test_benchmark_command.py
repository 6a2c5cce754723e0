import io

from django.core.management import call_command

from iamlab.sandbox.models import SandboxAccount


def test_the_benchmark_prints_timings_and_leaves_nothing_behind(db):
    out = io.StringIO()
    call_command("sandbox_benchmark", runs=4, stdout=out)
    assert "4 runs: median" in out.getvalue()
    assert not SandboxAccount.objects.exists()
