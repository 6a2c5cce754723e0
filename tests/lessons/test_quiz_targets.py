"""Every lesson section a generated question points at exists in the vault."""

import pytest

from iamlab.lessons.vault import current_vault
from quizzes.generators import CONCEPTS, GENERATORS, generate

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


@pytest.mark.django_db
def test_each_concepts_lesson_section_is_a_real_heading():
    vault = current_vault()
    for card, concept in CONCEPTS.items():
        resolution = vault.resolve(concept.heading)
        assert resolution.exists and resolution.anchor_found, (card, concept.heading)
