from django.apps import AppConfig


class ThrottleConfig(AppConfig):
    name = "iamlab.throttle"
    label = "throttle"
    verbose_name = "Rate limits"
