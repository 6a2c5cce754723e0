"""The bank as a whole: every topic deep enough for weeks of practice, fair in its options,
and an exam drawn by the blueprint."""

import itertools
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizzes.catalogues.concepts import KIND_QUESTIONS, TASKS
from quizzes.coverage import TASK_STATEMENTS, allocate
from quizzes.generators import (
    ANGLE_GENERATORS,
    CONCEPTS,
    DATA_TOPICS,
    TOPIC_GENERATORS,
    build_exam,
    build_quiz,
    generate,
    question_on_concept,
)
from quizzes.generators.angles import echoes_stem_alone
from quizzes.question import TOPICS

seeds = st.integers(min_value=0, max_value=2**31 - 1)
DATA_TOPIC_IDS = [topic.id for topic in DATA_TOPICS]


def test_there_are_at_least_nine_topics_and_each_has_questions():
    assert len(TOPICS) >= 9
    assert all(TOPIC_GENERATORS[topic] for topic in TOPICS)
    assert {topic.id for topic in DATA_TOPICS} == set(TOPICS)


@pytest.mark.parametrize("topic", sorted(TOPICS))
@pytest.mark.parametrize("seed", (1, 2))
def test_sixty_questions_on_any_one_topic_are_all_different(topic, seed):
    quiz = build_quiz([topic], 60, seed=seed)
    assert len(quiz) == 60
    assert len({(q.stem, frozenset(q.options)) for q in quiz}) == 60
    assert {q.topic for q in quiz} == {topic}


def test_four_hundred_questions_over_every_topic_are_all_different():
    quiz = build_quiz(list(TOPICS), 400, seed=3)
    assert len({(q.stem, frozenset(q.options)) for q in quiz}) == 400


def test_a_quiz_asks_each_concept_from_each_angle_once_before_repeating_a_pair():
    quiz = build_quiz(["root-only"], 20, seed=4)
    pairs = [(q.fact, q.angle) for q in quiz]
    assert len(set(pairs)) == len(pairs)


@pytest.mark.parametrize("name", sorted(ANGLE_GENERATORS))
@settings(max_examples=40, deadline=None)
@given(seed=seeds)
def test_a_claim_never_stands_beside_the_claim_it_negates(name, seed):
    question = generate(name, seed)
    concept = CONCEPTS[question.fact]
    claims = {claim.text: claim for claim in (*concept.true, *concept.false)}
    shown = [claims[text] for text in question.options if text in claims]
    ids = {claim.id for claim in shown}
    assert not any(claim.negates in ids for claim in shown), question.options


@pytest.mark.parametrize("name", sorted(ANGLE_GENERATORS))
def test_each_generator_asks_about_every_concept_it_has_material_for(name):
    generator = ANGLE_GENERATORS[name]
    count = len(generator.concepts)
    asked = {generate(name, seed).fact for seed in range(count)}
    assert asked == {concept.card_id for concept in generator.concepts}


@pytest.mark.parametrize("topic", DATA_TOPIC_IDS)
def test_keys_rarely_echo_the_stem_alone_and_are_not_mostly_the_longest(topic):
    questions = [generate(name, seed) for name in TOPIC_GENERATORS[topic] for seed in range(150)]
    echo = sum(
        echoes_stem_alone(
            q.stem,
            [q.options[i] for i in q.answer],
            [o for i, o in enumerate(q.options) if i not in q.answer],
        )
        for q in questions
    )
    assert echo / len(questions) <= 0.05
    singles = [q for q in questions if q.kind == "single"]
    longest = sum(len(q.options[q.answer[0]]) == max(map(len, q.options)) for q in singles)
    assert longest / len(singles) <= 0.45, f"{topic}: key longest in {longest}/{len(singles)}"
    positions = [sum(q.answer[0] == i for q in singles) / len(singles) for i in range(4)]
    assert all(0.15 <= share <= 0.35 for share in positions), positions


def test_scenario_options_are_concepts_of_the_answers_kind():
    names = sorted(name for name in ANGLE_GENERATORS if name.endswith("/scenario"))
    for seed in range(300):
        question = generate(names[seed % len(names)], seed)
        concept = CONCEPTS[question.fact]
        same_kind = {c.name for c in CONCEPTS.values() if c.kind == concept.kind}
        assert set(question.options) <= same_kind
        assert question.stem.endswith(KIND_QUESTIONS[concept.kind])


def test_no_option_is_a_recognised_absurdity():
    absurd = re.compile(r"so that no one is ever blocked|never rotate|share (the )?root", re.I)
    for name in ANGLE_GENERATORS:
        for seed in range(60):
            assert not any(absurd.search(o) for o in generate(name, seed).options)


def test_every_concept_belongs_to_a_task_statement_of_the_map():
    assert set(TASK_STATEMENTS) == set(TASKS)
    assert {concept.task for concept in CONCEPTS.values()} <= set(TASKS)
    for task in TASKS:
        assert any(c.task == task for c in CONCEPTS.values()), f"task {task} has no concept"


def test_allocation_follows_the_weights_and_adds_up():
    shares = dict(allocate(65, dict.fromkeys(TASK_STATEMENTS, 100)))
    assert sum(shares.values()) == 65
    for task, share in shares.items():
        assert abs(share - 65 * TASK_STATEMENTS[task].weight) < 1


def _task(question):
    concept = CONCEPTS.get(question.fact)
    return concept.task if concept else "2.3"


def test_an_exam_draws_each_task_statement_by_its_weight():
    exam = build_exam(65, seed=8)
    assert len(exam) == 65
    assert len({(q.stem, frozenset(q.options)) for q in exam}) == 65
    counts = {task: sum(_task(q) == task for q in exam) for task in TASK_STATEMENTS}
    assert counts == dict(allocate(65, dict.fromkeys(TASK_STATEMENTS, 100)))


def test_two_exams_share_at_most_a_fifth_of_their_concept_angle_pairs():
    # Seeds are independent, so the share is a matter of chance: on average well under a
    # fifth, and above a fifth (13 of 65) for hardly any two exams.
    exams = [{(q.fact, q.angle) for q in build_exam(65, seed=seed)} for seed in range(12)]
    shared = [len(first & second) for first, second in itertools.combinations(exams, 2)]
    assert sum(shared) / len(shared) <= 0.15 * 65
    assert sum(count > 13 for count in shared) <= 0.05 * len(shared)


def test_review_asks_a_concept_from_another_angle_when_it_has_one():
    rng = random.Random(5)
    for card_id, concept in list(CONCEPTS.items())[:40]:
        angles = {g.angle for g in ANGLE_GENERATORS.values() if concept in g.concepts}
        question = question_on_concept(card_id, rng, avoid_angle="direct")
        assert question.fact == card_id
        if angles - {"direct"}:
            assert question.angle != "direct"


# --- every topic's data, checked alike ------------------------------------------------------

AWS_PAGE = re.compile(r"^https://(docs\.aws\.amazon\.com|aws\.amazon\.com)/(?![a-z]{2}_[a-z]{2}/)")


def _citations(concept):
    yield concept.reference
    yield from (claim.reference for claim in (*concept.true, *concept.false))
    yield from (case.reference for case in concept.scenarios if case.reference)
    yield from (practice.reference for practice in concept.practices)


@pytest.mark.parametrize("topic", DATA_TOPICS, ids=lambda topic: topic.id)
def test_every_fact_cites_a_current_english_aws_page(topic):
    for concept in topic.concepts:
        for url in _citations(concept):
            assert AWS_PAGE.match(url), (concept.card_id, url)


@pytest.mark.parametrize("topic", DATA_TOPICS, ids=lambda topic: topic.id)
def test_ids_are_unique_and_every_reference_to_another_concept_resolves(topic):
    assert len({concept.id for concept in topic.concepts}) == len(topic.concepts)
    for concept in topic.concepts:
        ids = [claim.id for claim in (*concept.true, *concept.false)]
        assert len(ids) == len(set(ids)), concept.card_id
        true_ids = {claim.id for claim in concept.true}
        assert all(c.negates in true_ids for c in concept.false if c.negates), concept.card_id
        for group in (concept.scenarios, concept.practices):
            assert len({item.id for item in group}) == len(group), concept.card_id
        for ref in (*concept.near, *concept.overlaps):
            card = ref if ":" in ref else f"{topic.id}:{ref}"
            assert card in CONCEPTS and card != concept.card_id, (concept.card_id, ref)


def test_no_two_concepts_share_an_option_name():
    names = [concept.name for concept in CONCEPTS.values()]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("topic", DATA_TOPICS, ids=lambda topic: topic.id)
def test_every_concept_has_the_material_for_several_angles(topic):
    assert len(topic.concepts) >= 6
    for concept in topic.concepts:
        assert len(concept.true) >= 4 and len(concept.false) >= 4, concept.card_id
        assert not concept.kind or len(concept.scenarios) >= 3, concept.card_id
        angles = {g.angle for g in ANGLE_GENERATORS.values() if concept in g.concepts}
        assert len(angles) >= 3, (concept.card_id, angles)


@settings(max_examples=25, deadline=None)
@given(seed=seeds, topic=st.sampled_from(sorted(TOPICS)))
def test_any_seed_gives_sixty_different_questions_on_any_topic(seed, topic):
    quiz = build_quiz([topic], 60, seed=seed)
    assert len({(q.stem, frozenset(q.options)) for q in quiz}) == 60
