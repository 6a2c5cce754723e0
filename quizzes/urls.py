from django.urls import path

from quizzes import views

app_name = "quizzes"

urlpatterns = [
    path("", views.index, name="index"),
    # Filled in by the quizzes issue: practice questions on ?topic=<topic id>.
    path("practice/", views.index, name="practice"),
]
