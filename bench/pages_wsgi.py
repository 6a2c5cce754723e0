"""gunicorn's app for bench/pages_bench.py: the site, and at /bench/bare/ the bare view
served by a Django handler without the site's middleware, in the same processes."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.pages_settings")

from django.core.handlers.wsgi import WSGIHandler  # noqa: E402
from django.core.wsgi import get_wsgi_application  # noqa: E402
from django.test import override_settings  # noqa: E402

BARE_PATH = "/bench/bare/"
site = get_wsgi_application()


class BareHandler(WSGIHandler):
    def load_middleware(self, is_async=False):
        with override_settings(MIDDLEWARE=[]):
            super().load_middleware(is_async)


bare = BareHandler()


def application(environ, start_response):
    handler = bare if environ.get("PATH_INFO") == BARE_PATH else site
    return handler(environ, start_response)
