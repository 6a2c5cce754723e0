"""Policy types: which policy a scenario calls for, and what is true of each type."""

import random

from quizzes.catalogues import policy_types
from quizzes.generators.catalogue_questions import scenario_question, statement_question

TOPIC = "policy-types"

STATEMENT_STEMS = {
    1: (
        "Which statement about IAM policy types is true?",
        "A company is choosing between managed, inline and organization policies. Which "
        "statement is correct?",
    ),
    2: ("Which statements about IAM policy types are true?",),
    3: ("Which statements about AWS policy types are correct?",),
}


def scenario(rng: random.Random):
    return scenario_question(
        rng,
        topic=TOPIC,
        scenarios=policy_types.SCENARIOS,
        concepts=policy_types.POLICY_TYPES,
        overview_url=policy_types.POLICIES_URL,
    )


def statements(rng: random.Random):
    return statement_question(
        rng,
        topic=TOPIC,
        true=policy_types.STATEMENTS_TRUE,
        false=policy_types.STATEMENTS_FALSE,
        stems=STATEMENT_STEMS,
        heading="policies",
    )


GENERATORS = {
    "policy-types/scenario": scenario,
    "policy-types/statements": statements,
}
