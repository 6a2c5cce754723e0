from django.apps import AppConfig


class ClassroomConfig(AppConfig):
    name = "iamlab.classroom"
    label = "classroom"
    verbose_name = "Classroom"

    def ready(self):
        from iamlab.classroom.services.assignments import attempts_hiding_answers
        from quizzes.reveal import hide_answers_when

        hide_answers_when(attempts_hiding_answers)
