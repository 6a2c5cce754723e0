"""Every lesson section a generated question points at exists in the shipped note."""

import pytest

from iamlab.lessons.vault import current_vault
from quizzes.catalogues import features, identities, lesson, policy_types, root_tasks
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


@pytest.mark.django_db
def test_each_facts_own_lesson_section_is_a_real_heading():
    vault = current_vault()
    catalogues = (
        root_tasks.ROOT_ONLY + root_tasks.ADMIN_TASKS,
        identities.STATEMENTS_TRUE + identities.STATEMENTS_FALSE,
        policy_types.STATEMENTS_TRUE + policy_types.STATEMENTS_FALSE,
        features.FEATURE_TRUE + features.FEATURE_FALSE,
        features.PRACTICE_TRUE + features.PRACTICE_FALSE,
    )
    headings = {fact.heading for catalogue in catalogues for fact in catalogue if fact.heading}
    assert "features#PCI DSS compliant" in headings
    for heading in headings:
        resolution = vault.resolve(lesson(heading))
        assert resolution.exists and resolution.anchor_found, heading
    pci = vault.resolve(lesson("features#PCI DSS compliant"))
    assert pci.url == "/lessons/notes/security-IAM/features/#pci-dss-compliant"
