from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "iamlab.accounts"
    label = "accounts"
    verbose_name = "Accounts"

    def ready(self):
        from iamlab.accounts import signals  # noqa: F401  (connects the receivers)
