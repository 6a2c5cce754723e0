"""IAM Lab's one settings module, driven by environment variables.

Defaults suit a learner running the site on their own machine with SQLite; the
classroom server sets DATABASE_URL, SECRET_KEY, ALLOWED_HOSTS and friends (see
README.md, "Classroom deployment"). Every variable is read through the small
helpers below so that a typo in a value fails at start-up, not at 2 a.m.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean (use true or false)")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number") from None


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    # manage.py marks the commands that sign nothing (simulate, check_vault,
    # createinstructor…): any key will do for them.
    if not DEBUG and not env_bool("IAMLAB_KEYLESS_COMMAND", False):
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DEBUG is off. Generate one with: "
            "python -c 'import secrets; print(secrets.token_urlsafe(50))'"
        )
    # A fresh key per start is fine for a learner's own machine: the only cost
    # is that sessions do not survive a restart of `make run`.
    import secrets

    SECRET_KEY = "debug-" + secrets.token_urlsafe(50)

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

# ---------------------------------------------------------------------------
# Applications
# ---------------------------------------------------------------------------

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "template_partials",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "iamlab.throttle",
    "iamlab.accounts",
    "iamlab.lessons",
    "iamlab.sandbox",
    "quizzes",
    "iamlab.classroom",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Marks request.user verified once they passed a one-time password this session.
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Serves a request again, once, when its database connection died before it wrote.
    "iamlab.lost_connection.RetryAfterLostConnection",
    # Axes last, as its documentation asks, so it sees the final response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "iamlab.urls"
WSGI_APPLICATION = "iamlab.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "iamlab.context_processors.csp_nonce",
            ],
        },
    },
]

# ---------------------------------------------------------------------------
# Database: SQLite by default, PostgreSQL (or anything dj-database-url reads)
# through DATABASE_URL for the classroom server.
# ---------------------------------------------------------------------------

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {
    "default": {
        # Per-process memory is right for what we cache (rendered lessons, the
        # action catalogue): derived data every process can rebuild. Shared
        # state between app servers lives in the database, never here.
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "iamlab",
    }
}

# ---------------------------------------------------------------------------
# Accounts
# ---------------------------------------------------------------------------

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

# Login throttling: 10 failures lock out that username from that address for
# 15 minutes (the pair, so one attacker cannot lock a whole class out).
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 10)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_HANDLER = "iamlab.throttle.logins.LoginThrottleHandler"
# ...and 20 failures from one address, whatever the usernames (password spraying), lock
# that address for as long. A success forgets that user's failures, so a class behind one
# NAT address that mistypes and then gets in does not add up.
IAMLAB_LOGIN_ADDRESS_LIMIT = env_int("IAMLAB_LOGIN_ADDRESS_LIMIT", 20)
AXES_RESET_ON_SUCCESS = True
# Behind the classroom proxy the client address comes from X-Forwarded-For;
# only trust it when the operator says a proxy is there.
AXES_IPWARE_PROXY_COUNT = env_int("PROXY_COUNT", 0) or None
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"] if AXES_IPWARE_PROXY_COUNT else ["REMOTE_ADDR"]
)

SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 60 * 60 * 24 * 30)

# ---------------------------------------------------------------------------
# Security headers. Production (DEBUG off) is secure by default; a host that
# really serves plain HTTP must opt out explicitly with SECURE_COOKIES=false.
# ---------------------------------------------------------------------------

SECURE_COOKIES = env_bool("SECURE_COOKIES", not DEBUG)
SESSION_COOKIE_SECURE = SECURE_COOKIES
CSRF_COOKIE_SECURE = SECURE_COOKIES
SESSION_COOKIE_HTTPONLY = True
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if env_bool("BEHIND_TLS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# No 'unsafe-inline' anywhere: scripts carry a per-request nonce or come from
# our own origin; styles only from our own stylesheets.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# ---------------------------------------------------------------------------
# Static files, served by the app itself through WhiteNoise (no CDN).
# ---------------------------------------------------------------------------

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# ---------------------------------------------------------------------------
# IAM Lab
# ---------------------------------------------------------------------------

# The Obsidian vault served as lessons. The shipped notes live in notes/;
# an instructor points this at their own vault.
IAMLAB_NOTES_DIR = Path(os.environ.get("IAMLAB_NOTES_DIR", BASE_DIR / "notes"))
# Rendered vaults, shared by every process of this server so that each vault version is
# parsed once (iamlab/lessons/vault.py); derived data, safe to delete.
IAMLAB_LESSONS_CACHE_DIR = Path(
    os.environ.get("IAMLAB_LESSONS_CACHE_DIR", BASE_DIR / ".cache" / "lessons")
)
# How long a process serves the vault without looking at its files again: an edit of the
# notes folder shows this much later. A publication or roll-back shows on the next request.
IAMLAB_VAULT_RECHECK_SECONDS = env_int("IAMLAB_VAULT_RECHECK_SECONDS", 2)

# Instructors may turn on TOTP two-factor authentication; with this on they must
# before they can reach any class (a classroom server should set it).
IAMLAB_REQUIRE_INSTRUCTOR_2FA = env_bool("IAMLAB_REQUIRE_INSTRUCTOR_2FA", False)

# Guessing limits per client address, kept in the database (iamlab/throttle): wrong join
# codes per 15 minutes, and sign-up attempts per hour. A class behind one NAT address shares
# them, hence room for a large class; right join codes never count.
IAMLAB_JOIN_ADDRESS_LIMIT = env_int("IAMLAB_JOIN_ADDRESS_LIMIT", 30)
IAMLAB_SIGNUP_ADDRESS_LIMIT = env_int("IAMLAB_SIGNUP_ADDRESS_LIMIT", 100)
# The name authenticator apps show beside an instructor's one-time passwords.
OTP_TOTP_ISSUER = "IAM Lab"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"axes": {"level": "WARNING"}},
}
