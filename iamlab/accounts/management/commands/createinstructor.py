import argparse
import getpass

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from iamlab.accounts.models import User


class Command(BaseCommand):
    help = "Create an instructor account, or make an existing user an instructor."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--email", default="")
        parser.add_argument(
            "--password",
            help="The new account's password. Without it you are asked for one.",
        )
        parser.add_argument(
            "--admin",
            action=argparse.BooleanOptionalAction,
            default=None,
            help="Also a site administrator, who alone may publish the site's vault "
            "(--no-admin takes that away; without either an existing user keeps theirs).",
        )
        parser.add_argument("--noinput", action="store_true", help="Never prompt; fail instead.")

    def handle(self, *args, username, email, password, admin, noinput, **options):
        user = User.objects.filter(username=username).first()
        if user is not None:
            user.role = User.Role.INSTRUCTOR
            if admin is not None:
                user.is_superuser = admin
            user.save(update_fields=["role", "is_superuser"])
            self.stdout.write(f"{username} is now {self._what(user)}.")
            return
        if password is None:
            if noinput:
                raise CommandError("--password is required with --noinput.")
            password = self._ask_password()
        candidate = User(username=username, email=email)
        try:
            validate_password(password, candidate)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        user = User.objects.create_user(
            username=username,
            email=email,
            password=password,
            role=User.Role.INSTRUCTOR,
            is_superuser=bool(admin),
        )
        self.stdout.write(self.style.SUCCESS(f"{username} created: {self._what(user)}."))

    @staticmethod
    def _what(user) -> str:
        return "an instructor and site administrator" if user.is_superuser else "an instructor"

    def _ask_password(self) -> str:
        first = getpass.getpass("Password: ")
        if first != getpass.getpass("Password (again): "):
            raise CommandError("The two passwords differ.")
        return first
