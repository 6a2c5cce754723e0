from django.apps import AppConfig


class SandboxConfig(AppConfig):
    name = "iamlab.sandbox"
    label = "sandbox"
    verbose_name = "Sandbox"

    def ready(self):
        from iamlab.sandbox import signals  # noqa: F401 - connects the receivers
