from django.contrib.auth.forms import UserCreationForm

from iamlab.accounts.models import User


class SignUpForm(UserCreationForm):
    """Sign-up for learners. There is deliberately no role field: instructors
    are made by an administrator or ``manage.py createinstructor``."""

    class Meta:
        model = User
        fields = ("username", "email")
