#!/bin/sh
# The policy engine's mutation check (README.md, "Mutation check"; configuration in
# pyproject.toml, [tool.mutmut]). With no argument it mutates every engine file; with
# mutant name patterns it runs (or re-runs) those only, e.g.
#   bench/mutation.sh "iamlab.policy.wildcard.*"
# then prints each file's score (bench/mutation_scores.py).
set -eu
cd "$(dirname "$0")/.."
# Off, the caches would answer for a mutated function from the clean run's memory.
export IAMLAB_POLICY_NO_CACHE=1
PATH="$PWD/.venv/bin:$PATH" mutmut run "$@"
.venv/bin/python bench/mutation_scores.py
