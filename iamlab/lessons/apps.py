from django.apps import AppConfig


class LessonsConfig(AppConfig):
    name = "iamlab.lessons"
    label = "lessons"
    verbose_name = "Lessons"

    def ready(self):
        from django.core.signals import request_finished, request_started

        from iamlab.accounts.learners import learner_merged
        from iamlab.lessons.progress import on_learner_merged
        from iamlab.lessons.vault import begin_request, end_request

        learner_merged.connect(on_learner_merged, dispatch_uid="iamlab-lessons-move-progress")
        request_started.connect(begin_request, dispatch_uid="iamlab-lessons-vault-per-request")
        request_finished.connect(end_request, dispatch_uid="iamlab-lessons-vault-per-request")
