from django.apps import AppConfig


class LessonsConfig(AppConfig):
    name = "iamlab.lessons"
    label = "lessons"
    verbose_name = "Lessons"
