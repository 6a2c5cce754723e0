from django.urls import path

from iamlab.classroom.views import assignments, challenges, classes, live, two_factor

app_name = "classroom"

urlpatterns = [
    path("", classes.index, name="index"),
    path("new/", classes.create, name="create"),
    path("join/", classes.join, name="join"),
    path("join/<str:code>/", classes.join, name="join_link"),
    path("two-factor/", two_factor.setup, name="two_factor_setup"),
    path("two-factor/verify/", two_factor.verify, name="two_factor_verify"),
    path("<int:pk>/", classes.detail, name="detail"),
    path("<int:pk>/code/", classes.regenerate_code, name="regenerate_code"),
    path("<int:pk>/archive/", classes.archive, name="archive"),
    path("<int:pk>/unarchive/", classes.unarchive, name="unarchive"),
    path(
        "<int:pk>/students/<int:student_id>/remove/",
        classes.remove_student,
        name="remove_student",
    ),
    path("<int:pk>/student/", classes.student_class, name="student_class"),
    path("<int:pk>/live/new/", live.create, name="live_create"),
    path("live/<int:pk>/screen/", live.screen, name="live_screen"),
    path("live/<int:pk>/next/", live.next_question, name="live_next"),
    path("live/<int:pk>/close/", live.close_question, name="live_close"),
    path("live/<int:pk>/", live.play, name="live_play"),
    path("live/<int:pk>/answer/", live.answer, name="live_answer"),
    path("live/pulse/<str:key>/", live.pulse, name="live_pulse"),
    path("<int:pk>/assignments/new/", assignments.create, name="assignment_create"),
    path("<int:pk>/gradebook/", assignments.gradebook, name="gradebook"),
    path("<int:pk>/gradebook.csv", assignments.gradebook_csv, name="gradebook_csv"),
    path("<int:pk>/responses.csv", assignments.responses_csv, name="responses_csv"),
    path("assignments/<int:pk>/", assignments.detail, name="assignment_detail"),
    path("assignments/<int:pk>/take/", assignments.take, name="assignment_take"),
    path("assignments/<int:pk>/results/", assignments.results, name="assignment_results"),
    path(
        "assignments/<int:pk>/release/",
        assignments.release_answers,
        name="assignment_release_answers",
    ),
    path("<int:pk>/challenges/new/", challenges.create, name="challenge_create"),
    path("challenges/<int:pk>/", challenges.detail, name="challenge_detail"),
    path("challenges/<int:pk>/check/", challenges.check, name="challenge_check"),
    path("challenges/<int:pk>/results/", challenges.results, name="challenge_results"),
]
