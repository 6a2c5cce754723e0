from django.urls import path

from quizzes import views

app_name = "quizzes"

urlpatterns = [
    path("", views.index, name="index"),
    # Lessons link here as ?topic=<topic id> ("Practice this").
    path("practice/", views.practice, name="practice"),
    path("review/", views.review, name="review"),
    path("review/plan/", views.review_plan, name="review_plan"),
    path("exam/", views.exam, name="exam"),
    path("attempts/<int:pk>/", views.attempt, name="attempt"),
    path("attempts/<int:pk>/questions/<int:position>/", views.question, name="question"),
    path("attempts/<int:pk>/next/", views.next_question, name="next"),
    path("attempts/<int:pk>/summary/", views.summary, name="summary"),
    path("attempts/<int:pk>/finish/", views.finish, name="finish"),
]
