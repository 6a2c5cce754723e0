"""The two question shapes that scenario and statement catalogues share across topics."""

import random
from collections.abc import Mapping, Sequence

from quizzes.catalogues import Concept, Fact, Scenario, lesson
from quizzes.generators.assembly import Choice, Draft, pick_answer_count, wrong_count


def scenario_question(
    rng: random.Random,
    *,
    topic: str,
    scenarios: Sequence[Scenario],
    concepts: Mapping[str, Concept],
    overview_url: str,
) -> Draft:
    """A scenario stem; the concept it calls for against three others of the same kind."""
    case = rng.choice(scenarios)
    answer = concepts[case.answer]
    candidates = [
        concept
        for key, concept in concepts.items()
        if key != case.answer and key not in case.not_distractors
    ]
    wrong = rng.sample(candidates, 3)
    return Draft(
        topic=topic,
        stem=case.stem,
        correct=[Choice(answer.name, case.why)],
        wrong=[Choice(concept.name, concept.purpose) for concept in wrong],
        explanation=case.why,
        fact=f"{topic}:{case.id}",
        lesson=lesson(answer.heading),
        references=[answer.reference, overview_url, *(concept.reference for concept in wrong)],
        difficulty=2,
    )


def statement_question(
    rng: random.Random,
    *,
    topic: str,
    true: Sequence[Fact],
    false: Sequence[Fact],
    stems: Mapping[int, Sequence[str]],
    heading: str,
) -> Draft:
    """True statements (one, two or three) among false ones about the same subject."""
    count = pick_answer_count(rng)
    correct = rng.sample(true, count)
    wrong = rng.sample(false, wrong_count(count))
    return Draft(
        topic=topic,
        stem=rng.choice(stems[count]),
        correct=[Choice(fact.text, fact.why) for fact in correct],
        wrong=[Choice(fact.text, fact.why) for fact in wrong],
        explanation=" ".join(fact.why for fact in correct),
        fact=f"{topic}:{correct[0].id}",
        lesson=lesson(correct[0].heading or heading),
        references=[url for fact in (*correct, *wrong) for url in fact.references],
        difficulty=1 if count == 1 else 2,
    )
