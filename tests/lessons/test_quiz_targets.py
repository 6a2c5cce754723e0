"""Every lesson section a generated question points at exists in the shipped note."""

import pytest

from iamlab.lessons.vault import current_vault
from quizzes.generators import GENERATORS, generate

SEEDS = range(25)


@pytest.mark.django_db
@pytest.mark.parametrize("generator", sorted(GENERATORS))
def test_each_generators_lesson_target_names_a_real_heading_or_block(generator):
    vault = current_vault()
    for seed in SEEDS:
        target = generate(generator, seed).lesson
        resolution = vault.resolve(target)
        assert resolution.exists and resolution.anchor_found, f"{generator}:{seed} -> {target}"
        assert "#" in resolution.url, target
