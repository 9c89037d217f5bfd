"""Settings for the therapist directory, read from the environment.

Development needs no configuration at all (SQLite, local media, console mail). Production is
selected by DJANGO_ENV=production (or DEBUG off) and refuses to start without its secrets.
See .env.example for every variable.
"""

import datetime
import warnings
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DJANGO_ENV = env.str("DJANGO_ENV", default="development")
DEBUG = env.bool("DEBUG", default=DJANGO_ENV != "production")
if DEBUG and DJANGO_ENV == "production":
    raise ImproperlyConfigured("Unset DEBUG: it must be off when DJANGO_ENV is production.")
# Everything that is not a developer's machine or the test suite runs with the strict settings.
STRICT = not DEBUG


def required(name: str, value):
    """Stop with one clear line when a production setting is missing."""
    if not value:
        raise ImproperlyConfigured(
            f"Set the {name} environment variable: it is required when DEBUG is off."
        )
    return value


if DEBUG:
    SECRET_KEY = env.str("SECRET_KEY", default="development-only-not-secret")
    ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
else:
    SECRET_KEY = required("SECRET_KEY", env.str("SECRET_KEY", default=""))
    ALLOWED_HOSTS = required("ALLOWED_HOSTS", env.list("ALLOWED_HOSTS", default=[]))

CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "modeltranslation",  # must precede the admin
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django_filters",
    "django_htmx",
    "django_tasks_db",
    "axes",
    "directory",
    "modalities",
    "therapists",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages compressed for clients that accept it (static files come precompressed from
    # WhiteNoise); Django pads the gzip stream against BREACH.
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Right after authentication: whether the user is signed in decides where reads go. Removes
    # itself when no read replica is configured.
    "directory.replicas.ReplicaMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "directory.urls"
WSGI_APPLICATION = "directory.wsgi.application"
ASGI_APPLICATION = "directory.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "directory.context_processors.site",
            ],
        },
    },
]


# Database: SQLite in development; DATABASE_URL (PostgreSQL) everywhere else.
# What every web connection to PostgreSQL sets at its start (README: Scaling, for pgbouncer).
DATABASE_SESSION_OPTIONS = (
    "-c pg_trgm.similarity_threshold=0.25 -c jit=off -c max_parallel_workers_per_gather=0 "
    "-c work_mem=32MB"
)


def database_from_env(name: str = "DATABASE_URL", default: str = "") -> dict:
    """A database from the URL in the variable `name`, or one clear line saying what is wrong
    with it."""
    url = required(name, env.str(name, default=default))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            database = environ.Env.db_url_config(url)
        except (environ.ImproperlyConfigured, ValueError, KeyError):
            database = {}
    if not database.get("ENGINE"):
        raise ImproperlyConfigured(
            f"{name} is not a valid database URL; use e.g. postgres://user:password@host:5432/name"
        )
    if database["ENGINE"] != "django.db.backends.sqlite3":
        database["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
        database["CONN_HEALTH_CHECKS"] = True
    if database["ENGINE"] == "django.db.backends.postgresql":
        # Misspelled names ("Jonh Smyth") still find their profile through pg_trgm's % operator.
        # JIT compilation costs ~100 ms on the search's counting query and never pays it back
        # on queries of this size. A web request's query runs in its own process: parallel
        # workers only take the cores other requests are waiting for (at 16 connections on 2
        # cores, new searches went from 25.7/s to 31.6/s and p99 from 1.08 s to 0.66 s), and
        # 32 MB lets a search's counting set stay in memory instead of spilling to disk.
        database.setdefault("OPTIONS", {})["options"] = DATABASE_SESSION_OPTIONS
    return database


DEVELOPMENT_DATABASE_URL = f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
DATABASES = {"default": database_from_env(default="" if STRICT else DEVELOPMENT_DATABASE_URL)}
# A read replica for public pages and searches (directory/replicas.py says which reads go there).
# A test run that has one reads it as a mirror of the test database.
if env.str("DATABASE_REPLICA_URL", default=""):
    DATABASES["replica"] = database_from_env("DATABASE_REPLICA_URL")
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
DATABASE_ROUTERS = ["directory.replicas.ReplicaRouter"]
# After a write, a client reads from the primary for this long: longer than the replica's lag.
DATABASE_REPLICA_PIN_SECONDS = env.int("DATABASE_REPLICA_PIN_SECONDS", default=10)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "directory.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "therapists:dashboard"
LOGOUT_REDIRECT_URL = "therapists:home"

AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses a locked-out email or address before the password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Login throttling (django-axes): five failures for one email, or from one address, lock that
# email or address out for 15 minutes. The lockout is the same whether the email has an account.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_USERNAME_FORM_FIELD = "username"  # AuthenticationForm's field, which holds the email
AXES_USERNAME_CALLABLE = "directory.accounts.services.axes_username"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_VERBOSE = False

# A link in a confirmation email works for this long.
EMAIL_CONFIRMATION_MAX_AGE = datetime.timedelta(days=3)
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24  # seconds: a reset link works for a day

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Language and time.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("fr", _("French"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
TIME_ZONE = "America/Toronto"
USE_I18N = True
USE_TZ = True

# Static files and media.
STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = env.str("MEDIA_URL", default="/media/")
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
PRIVATE_MEDIA_ROOT = env.path("PRIVATE_MEDIA_ROOT", default=BASE_DIR / "private-media")

AWS_STORAGE_BUCKET_NAME = env.str("AWS_STORAGE_BUCKET_NAME", default="")
AWS_PRIVATE_STORAGE_BUCKET_NAME = env.str("AWS_PRIVATE_STORAGE_BUCKET_NAME", default="")
AWS_S3_ENDPOINT_URL = env.str("AWS_S3_ENDPOINT_URL", default="") or None
AWS_S3_REGION_NAME = env.str("AWS_S3_REGION_NAME", default="ca-central-1")
AWS_S3_CUSTOM_DOMAIN = env.str("AWS_S3_CUSTOM_DOMAIN", default="") or None
PRIVATE_URL_EXPIRY_SECONDS = env.int("PRIVATE_URL_EXPIRY_SECONDS", default=300)


def s3_storage(bucket: str, *, private: bool, endpoint_url=None, custom_domain=None) -> dict:
    """A django-storages S3 backend for one bucket; private buckets only hand out signed URLs."""
    options = {
        "bucket_name": bucket,
        "region_name": AWS_S3_REGION_NAME,
        "endpoint_url": endpoint_url,
        "file_overwrite": False,
        "querystring_auth": private,
    }
    if private:
        options["default_acl"] = "private"
        options["querystring_expire"] = PRIVATE_URL_EXPIRY_SECONDS
    else:
        options["custom_domain"] = custom_domain
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


if AWS_STORAGE_BUCKET_NAME:
    if not AWS_PRIVATE_STORAGE_BUCKET_NAME:
        raise ImproperlyConfigured(
            "Set AWS_PRIVATE_STORAGE_BUCKET_NAME: credential evidence needs its own private "
            "bucket when AWS_STORAGE_BUCKET_NAME is set."
        )
    DEFAULT_STORAGE = s3_storage(
        AWS_STORAGE_BUCKET_NAME,
        private=False,
        endpoint_url=AWS_S3_ENDPOINT_URL,
        custom_domain=AWS_S3_CUSTOM_DOMAIN,
    )
    PRIVATE_STORAGE = s3_storage(
        AWS_PRIVATE_STORAGE_BUCKET_NAME, private=True, endpoint_url=AWS_S3_ENDPOINT_URL
    )
else:
    DEFAULT_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    PRIVATE_STORAGE = {
        # Outside MEDIA_ROOT, the only folder served: evidence has no public URL.
        "BACKEND": "directory.storage.PrivateFileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT},
    }

STORAGES = {
    "default": DEFAULT_STORAGE,
    "private": PRIVATE_STORAGE,
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Upload limits for request bodies; per-file limits are checked by the forms.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Mail.
DEFAULT_FROM_EMAIL = env.str(
    "DEFAULT_FROM_EMAIL", default="Therapist Directory <noreply@localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
if env.str("SMTP_HOST", default=""):
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": env.str("SMTP_HOST"),
                "port": env.int("SMTP_PORT", default=587),
                "username": env.str("SMTP_USER", default=""),
                "password": env.str("SMTP_PASSWORD", default=""),
                "use_tls": env.bool("SMTP_USE_TLS", default=True),
                "timeout": 10,
            },
        }
    }
elif STRICT:
    required("SMTP_HOST", "")
else:
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}

# Background tasks: run at once in development and tests, by `manage.py db_worker` in production.
TASKS = {
    "default": {
        "BACKEND": (
            "django_tasks_db.DatabaseBackend"
            if STRICT
            else "django.tasks.backends.immediate.ImmediateBackend"
        )
    }
}

# Cache: Redis when configured (shared by every app server), local memory otherwise.
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}


# Anonymous search pages are served from the cache for this long (0: never).
SEARCH_CACHE_SECONDS = env.int("SEARCH_CACHE_SECONDS", default=60)
# The result total and facet counts of each filtered set, shared by every page, sort and search
# that has the same set, are kept this long (0: counted on every request).
SEARCH_COUNTS_CACHE_SECONDS = env.int("SEARCH_COUNTS_CACHE_SECONDS", default=300)


# Security. No third-party origins anywhere: scripts, styles, fonts and media are our own.
def media_origins() -> list[str]:
    """Where public media is served from when it is not this site: the bucket or its CDN."""
    if AWS_S3_CUSTOM_DOMAIN:
        return [f"https://{AWS_S3_CUSTOM_DOMAIN}"]
    if AWS_STORAGE_BUCKET_NAME:
        endpoint = AWS_S3_ENDPOINT_URL or f"https://{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com"
        return [endpoint.rstrip("/")]
    return []


SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:", *media_origins()],
    "media-src": [CSP.SELF, *media_origins()],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
    "base-uri": [CSP.SELF],
    "object-src": [CSP.NONE],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    # Load balancers probe over plain HTTP inside the network.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}

SITE_NAME = _("Therapist Directory")
# The site's address, for links in emails sent outside a request (the periodic reminders).
SITE_URL = env.str("SITE_URL", default="").rstrip("/") or (
    f"https://{ALLOWED_HOSTS[0].lstrip('.')}" if STRICT else "http://localhost:8000"
)

# Consultation requests: how many an address may send, and a therapist may receive, and how long
# they are kept (health information: no longer than needed).
INQUIRY_RATE_PER_ADDRESS = env.str("INQUIRY_RATE_PER_ADDRESS", default="5/h")
INQUIRY_RATE_PER_THERAPIST = env.str("INQUIRY_RATE_PER_THERAPIST", default="30/d")
# Emails that visitors can ask us to send (sign-up notices, reset and confirmation links): this
# many to one address, and from one connection, so no one can flood an inbox through us.
ACCOUNT_EMAIL_RATE_PER_ADDRESS = env.str("ACCOUNT_EMAIL_RATE_PER_ADDRESS", default="3/h")
ACCOUNT_EMAIL_RATE_PER_CONNECTION = env.str("ACCOUNT_EMAIL_RATE_PER_CONNECTION", default="20/h")
INQUIRY_RETENTION_DAYS = env.int("INQUIRY_RETENTION_DAYS", default=180)
# Behind a load balancer the client's address is in a header the balancer sets.
RATELIMIT_IP_META_KEY = env.str("RATELIMIT_IP_META_KEY", default="") or None
