from django.urls import path

from iamlab.sandbox import views

app_name = "sandbox"

urlpatterns = [
    path("", views.index, name="index"),
    # Filled in by the sandbox issue: load a prepared starting account.
    path("scenarios/<slug:slug>/", views.index, name="scenario"),
]
