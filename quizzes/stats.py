"""What an author or instructor checks before trusting the bank, per topic.

For each topic: its concepts, the angles it asks them from, how many distinct questions
N seeds of each generator give, the AWS pages its questions cite, and whether the key's
position or length gives it away: the share of single-answer questions whose key sits at
each position (a fair bank is near 25% each) and whose key is the longest option (near
25% too, if length carries no signal), and the share in which the key alone echoes a
word of the stem.
"""

from collections import Counter
from dataclasses import dataclass

from quizzes.generators import CONCEPTS, TOPIC_GENERATORS, generate
from quizzes.generators.angles import echoes_stem_alone
from quizzes.question import TOPICS


@dataclass(frozen=True)
class TopicStats:
    topic: str
    concepts: int
    angles: tuple[str, ...]
    questions: int  # generated
    distinct: int  # distinct (stem, options)
    pages: int  # distinct references cited
    key_position: tuple[float, ...]  # share of single-answer keys at positions 1-4
    key_longest: float  # share of single-answer questions whose key is the longest option
    echo: float  # share of questions whose keys alone repeat a word of the stem


def topic_stats(topic: str, seeds: int) -> TopicStats:
    questions = [generate(name, seed) for name in TOPIC_GENERATORS[topic] for seed in range(seeds)]
    singles = [q for q in questions if q.kind == "single"]
    positions = Counter(q.answer[0] for q in singles)
    longest = sum(
        1 for q in singles if len(q.options[q.answer[0]]) == max(len(o) for o in q.options)
    )
    echo = sum(
        1
        for q in questions
        if echoes_stem_alone(
            q.stem,
            [q.options[i] for i in q.answer],
            [o for i, o in enumerate(q.options) if i not in q.answer],
        )
    )
    concepts = {q.fact for q in questions} | {
        card for card, concept in CONCEPTS.items() if concept.topic == topic
    }
    return TopicStats(
        topic=topic,
        concepts=len(concepts),
        angles=tuple(sorted({q.angle for q in questions})),
        questions=len(questions),
        distinct=len({(q.stem, frozenset(q.options)) for q in questions}),
        pages=len({url for q in questions for url in q.references}),
        key_position=tuple(positions[i] / max(1, len(singles)) for i in range(4)),
        key_longest=longest / max(1, len(singles)),
        echo=echo / max(1, len(questions)),
    )


def bank_stats(seeds: int) -> list[TopicStats]:
    return [topic_stats(topic, seeds) for topic in TOPICS if TOPIC_GENERATORS.get(topic)]
