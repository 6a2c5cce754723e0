"""IAM features and best practices: which feature fits, and what is true or recommended."""

import random

from quizzes.catalogues import features
from quizzes.generators.catalogue_questions import scenario_question, statement_question

TOPIC = "features"

FEATURE_STEMS = {
    1: (
        "Which statement about IAM features is true?",
        "A team is learning what IAM provides. Which statement is correct?",
    ),
    2: ("Which statements about IAM features are true?",),
    3: ("Which statements about IAM features are correct?",),
}
PRACTICE_STEMS = {
    1: (
        "Which of the following is an AWS-recommended IAM best practice?",
        "A company is reviewing how it manages access to its AWS account. Which practice does "
        "AWS recommend?",
    ),
    2: ("Which of the following are IAM best practices?",),
    3: ("A security review lists candidate practices. Which are IAM best practices?",),
}


def scenario(rng: random.Random):
    return scenario_question(
        rng,
        topic=TOPIC,
        scenarios=features.SCENARIOS,
        concepts=features.FEATURES,
        overview_url=features.IAM_INTRO_URL,
    )


def statements(rng: random.Random):
    return statement_question(
        rng,
        topic=TOPIC,
        true=features.FEATURE_TRUE,
        false=features.FEATURE_FALSE,
        stems=FEATURE_STEMS,
        heading="features",
    )


def best_practices(rng: random.Random):
    return statement_question(
        rng,
        topic=TOPIC,
        true=features.PRACTICE_TRUE,
        false=features.PRACTICE_FALSE,
        stems=PRACTICE_STEMS,
        heading="best practices",
    )


GENERATORS = {
    "features/scenario": scenario,
    "features/statements": statements,
    "features/best-practices": best_practices,
}
