from django.urls import path

from iamlab.sandbox import views

app_name = "sandbox"

urlpatterns = [
    path("", views.index, name="index"),
]
