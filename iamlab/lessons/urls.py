from django.urls import path

from iamlab.lessons import views

app_name = "lessons"

urlpatterns = [
    path("", views.index, name="index"),
]
