"""Read a topic's questions as an examiner would, before the topic is in the bank.

    python -m quizzes.generators.preview quizzes.catalogues.<module> [COUNT]

Prints COUNT questions (default 30) from every angle of that module's TOPIC, the key
marked, with each option's explanation. Other catalogue modules that already define a
TOPIC lend their concepts to scenario options, as they do in the bank.
"""

import importlib
import pkgutil
import random
import sys

import quizzes.catalogues
from quizzes.generators.angles import generators_for_topics
from quizzes.generators.assembly import finish


def _topics(module_name: str):
    own = importlib.import_module(module_name).TOPIC
    others = []
    for info in pkgutil.iter_modules(quizzes.catalogues.__path__):
        name = f"quizzes.catalogues.{info.name}"
        if name == module_name:
            continue
        try:
            topic = getattr(importlib.import_module(name), "TOPIC", None)
        except Exception:  # a catalogue half-written by someone else: preview without it
            continue
        if topic is not None:
            others.append(topic)
    return own, others


def main(module_name: str, count: int = 30):
    own, others = _topics(module_name)
    generators = [g for g in generators_for_topics([own, *others]).values() if g.topic is own]
    for seed in range(count):
        generator = generators[seed % len(generators)]
        rng = random.Random(f"{generator.name}:{seed}")
        question = finish(generator(rng, seed), generator=generator.name, seed=seed, rng=rng)
        print(f"--- {question.id}  [{question.angle}] {question.fact}")
        print(question.stem)
        for index, (option, why) in enumerate(
            zip(question.options, question.option_explanations, strict=True)
        ):
            mark = "*" if index in question.answer else " "
            print(f" {mark} {'ABCDE'[index]}. {option}\n      {why}")
        print(f"  lesson: {question.lesson}\n  refs: {', '.join(question.references)}\n")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 30)
