from django.apps import AppConfig


class LessonsConfig(AppConfig):
    name = "iamlab.lessons"
    label = "lessons"
    verbose_name = "Lessons"

    def ready(self):
        from iamlab.accounts.learners import learner_merged
        from iamlab.lessons.progress import on_learner_merged

        learner_merged.connect(on_learner_merged, dispatch_uid="iamlab-lessons-move-progress")
