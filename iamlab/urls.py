from django.contrib import admin
from django.urls import include, path

from iamlab import views

urlpatterns = [
    path("", views.home, name="home"),
    path("accounts/", include("iamlab.accounts.urls")),
    path("lessons/", include("iamlab.lessons.urls")),
    path("sandbox/", include("iamlab.sandbox.urls")),
    path("quizzes/", include("quizzes.urls")),
    path("classes/", include("iamlab.classroom.urls")),
    path("admin/", admin.site.urls),
]

handler403 = "iamlab.views.permission_denied"
handler404 = "iamlab.views.page_not_found"
handler500 = "iamlab.views.server_error"
