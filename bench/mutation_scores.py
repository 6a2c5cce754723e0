"""Each engine file's mutation score, read from the results mutmut left in mutants/.

Killed (or timed out) mutants over all mutants checked; a mutant no test reaches counts
as a survivor. Survivors are listed with --survivors. The mutants tests/policy/MUTANTS.md
lists as changing trace wording only are shown apart (the decision-relevant score leaves
them out). Run by bench/mutation.sh; exits 1 when a file's decision-relevant score is
under 90%.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "mutants" / "iamlab" / "policy"
WORDING_ONLY = ROOT / "tests" / "policy" / "MUTANTS.md"
THRESHOLD = 0.90

KILLED = {1, 3, 36, 24, -24, 152, 255}  # failed tests, or too slow (mutmut's timeouts)
SURVIVED = {0, 5, 33}  # tests passed, or no test reached the mutant


def wording_only() -> set[str]:
    """Mutant names in MUTANTS.md's "Trace wording only" section."""
    if not WORDING_ONLY.exists():
        return set()
    text = WORDING_ONLY.read_text(encoding="utf-8").partition("## Trace wording only")[2]
    text = text.partition("\n## ")[0]
    return set(re.findall(r"`(iamlab\.policy\.[\w.]+__mutmut_\d+)`", text))


def main(argv: list[str]) -> int:
    excluded = wording_only()
    failing = False
    print(f"{'file':<16}{'mutants':>8}{'killed':>8}{'score':>8}{'wording':>9}{'decision':>10}")
    for meta in sorted(RESULTS.glob("*.py.meta")):
        codes = json.loads(meta.read_text())["exit_code_by_key"]
        checked = {name: code for name, code in codes.items() if code is not None}
        if not checked:
            continue
        counts = Counter(
            "killed" if code in KILLED else "survived" if code in SURVIVED else "other"
            for code in checked.values()
        )
        wording = {n for n, c in checked.items() if n in excluded and c not in KILLED}
        relevant = len(checked) - len(wording)
        score = counts["killed"] / len(checked)
        decision = counts["killed"] / relevant if relevant else 1.0
        failing |= decision < THRESHOLD
        name = meta.name.removesuffix(".meta")
        print(
            f"{name:<16}{len(checked):>8}{counts['killed']:>8}{score:>8.1%}"
            f"{len(wording):>9}{decision:>10.1%}"
        )
        if "--survivors" in argv:
            for mutant, code in sorted(checked.items()):
                if code not in KILLED and mutant not in wording:
                    print(f"    {mutant} ({code})")
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
