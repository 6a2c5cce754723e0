from django.apps import AppConfig


class ClassroomConfig(AppConfig):
    name = "iamlab.classroom"
    label = "classroom"
    verbose_name = "Classroom"
