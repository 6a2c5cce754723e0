from django.apps import AppConfig


class QuizzesConfig(AppConfig):
    name = "quizzes"
    label = "quizzes"
    verbose_name = "Quizzes"

    def ready(self):
        from quizzes import signals  # noqa: F401  (connects the receivers)
