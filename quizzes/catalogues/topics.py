"""Every topic of the bank, in the order learners see them: the one list of topic ids and
titles (quizzes.question.TOPICS, the generators and the model choices all read it)."""

from quizzes.catalogues import (
    credentials_secrets,
    features,
    identities,
    least_privilege,
    monitoring,
    organizations,
    policy_logic,
    policy_types,
    root_tasks,
    shared_responsibility,
    workforce_identity,
)
from quizzes.catalogues.concepts import Topic

ALL: tuple[Topic, ...] = tuple(
    module.TOPIC
    for module in (
        root_tasks,
        identities,
        policy_types,
        policy_logic,  # policy evaluation: its concepts, beside the engine's questions
        features,
        workforce_identity,
        credentials_secrets,
        least_privilege,
        shared_responsibility,
        organizations,
        monitoring,
    )
)
