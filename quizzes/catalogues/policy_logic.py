"""Policy evaluation at Cloud Practitioner level, as concepts (being written).

The engine's own questions (quizzes/generators/policy_evaluation.py, policy_reading.py)
share this topic.
"""

from quizzes.catalogues.concepts import Topic

TOPIC = Topic(id="policy-evaluation", title="Policy evaluation", concepts=())
