"""Users, groups and roles: which identity fits a scenario, and what is true of each."""

import random

from quizzes.catalogues import identities
from quizzes.generators.catalogue_questions import scenario_question, statement_question

TOPIC = "users-vs-roles"

STATEMENT_STEMS = {
    1: (
        "Which statement about IAM users, groups and roles is true?",
        "A new cloud engineer is reviewing how IAM identities work. Which statement is correct?",
    ),
    2: ("Which statements about IAM identities are true?",),
    3: ("Which statements about IAM users, groups and roles are correct?",),
}


def scenario(rng: random.Random):
    return scenario_question(
        rng,
        topic=TOPIC,
        scenarios=identities.SCENARIOS,
        concepts=identities.IDENTITY_KINDS,
        overview_url=identities.IDENTITIES_URL,
    )


def statements(rng: random.Random):
    return statement_question(
        rng,
        topic=TOPIC,
        true=identities.STATEMENTS_TRUE,
        false=identities.STATEMENTS_FALSE,
        stems=STATEMENT_STEMS,
        heading="users",
    )


GENERATORS = {
    "users-vs-roles/scenario": scenario,
    "users-vs-roles/statements": statements,
}
