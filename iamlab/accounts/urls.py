from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from iamlab.accounts import views
from iamlab.classroom.access import second_factor_for_instructors

app_name = "accounts"

urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path(
        "login/",
        auth_views.LoginView.as_view(redirect_authenticated_user=True),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "password/",
        second_factor_for_instructors(
            auth_views.PasswordChangeView.as_view(
                success_url=reverse_lazy("accounts:password_change_done")
            )
        ),
        name="password_change",
    ),
    path(
        "password/done/",
        second_factor_for_instructors(auth_views.PasswordChangeDoneView.as_view()),
        name="password_change_done",
    ),
]
