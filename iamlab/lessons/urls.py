from django.urls import path

from iamlab.lessons import views

app_name = "lessons"

urlpatterns = [
    path("", views.index, name="index"),
    path("search/", views.search, name="search"),
    path("tags/<path:tag>/", views.tag, name="tag"),
    path("missing/<str:name>/", views.missing, name="missing"),
    path("files/<path:filename>", views.vault_file, name="file"),
    path("upload/", views.upload, name="upload"),
    path("upload/<int:pk>/", views.upload_review, name="upload_review"),
    path("upload/<int:pk>/publish/", views.upload_publish, name="upload_publish"),
    path("upload/roll-back/", views.vault_roll_back, name="vault_roll_back"),
    path("notes/<str:note>/", views.step, name="lesson"),
    path("notes/<str:note>/<slug:step>/", views.step, name="step"),
    path("progress/<str:note>/", views.mark_done, name="mark_done"),
]
