"""Settings for the test suite: the real settings module, with test defaults.

Only what the environment would otherwise have to provide is set here, plus
speed-ups that change no behaviour under test. DATABASE_URL is left alone, so
`DATABASE_URL=postgres://… make test` runs the same suite on PostgreSQL.
"""

import os

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-not-for-production-0123456789abcdef")
os.environ.setdefault("DEBUG", "false")
# Playwright's sync API runs an event loop in the test thread; the live server
# runs Django in its own thread, so the ORM calls the tests make are safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from iamlab.settings import *  # noqa: E402, F403
from iamlab.settings import STORAGES  # noqa: E402

# Tests must not depend on collectstatic having been run.
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
SECURE_SSL_REDIRECT = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
# Serve static files straight from the source folders, as `make run` does.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
