"""Each topic offers at least 300 distinct questions."""

import pytest

from quizzes.generators import TOPIC_GENERATORS, generate


@pytest.mark.parametrize("topic", sorted(TOPIC_GENERATORS))
def test_each_topic_offers_at_least_300_distinct_questions(topic):
    distinct = set()
    for seed in range(3000):
        for name in TOPIC_GENERATORS[topic]:
            question = generate(name, seed)
            distinct.add((question.stem, frozenset(question.options)))
        if len(distinct) >= 300:
            break
    assert len(distinct) >= 300
