"""Settings for the therapist directory, read from the environment.

Development needs no configuration at all (SQLite, local media, console mail). Production is
selected by DJANGO_ENV=production (or DEBUG off) and refuses to start without its secrets.
See .env.example for every variable.
"""

import datetime

from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

from directory.environment import (  # noqa: F401 (settings other modules read)
    AWS_PRIVATE_STORAGE_BUCKET_NAME,
    AWS_S3_CUSTOM_DOMAIN,
    AWS_S3_ENDPOINT_URL,
    AWS_S3_REGION_NAME,
    AWS_STORAGE_BUCKET_NAME,
    BASE_DIR,
    DATABASE_SESSION_OPTIONS,
    PRIVATE_URL_EXPIRY_SECONDS,
    database_from_env,
    env,
    media_origins,
    required,
    s3_storage,
)

DJANGO_ENV = env.str("DJANGO_ENV", default="development")
DEBUG = env.bool("DEBUG", default=DJANGO_ENV != "production")
if DEBUG and DJANGO_ENV == "production":
    raise ImproperlyConfigured("Unset DEBUG: it must be off when DJANGO_ENV is production.")
# Everything that is not a developer's machine or the test suite runs with the strict settings.
STRICT = not DEBUG

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
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "django_tasks_db",
    "axes",
    "directory",
    "modalities",
    "therapists",
]

MIDDLEWARE = [
    # What a request reads from the cache many times (generations, vocabularies), read once.
    "directory.memo.RequestMemoMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Above WhiteNoise, so static files carry the header too.
    "directory.headers.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # A view that fails because the database (or a rate limit's store) is out answers 503 with
    # Retry-After; directory.outages.server_error does the same for the middleware below.
    "directory.outages.OutageMiddleware",
    # Before anything that answers a request itself: CORS headers on the API's answers
    # (CORS_URLS_REGEX below), preflights included.
    "corsheaders.middleware.CorsMiddleware",
    # Pages compressed for clients that accept it (static files come precompressed from
    # WhiteNoise): Django's, at a quicker level, the gzip stream padded against BREACH.
    "directory.headers.GZipMiddleware",
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

# Login throttling (django-axes): five failures lock that email out for 15 minutes from every
# address; an address alone is locked only after failures on many accounts. Why, after OWASP's
# Authentication Cheat Sheet: docs/self-service.md and directory/accounts/lockout.py.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = ["username"]
AXES_HANDLER = "directory.accounts.lockout.AccountAndAddressHandler"
LOGIN_FAILURE_LIMIT_PER_ADDRESS = env.int("LOGIN_FAILURE_LIMIT_PER_ADDRESS", default=30)
# A pause ends 15 minutes after the failure that set it: tries while paused neither extend it nor
# count against the address, and the refusal is the lockout page whichever limit was reached.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# axes warns when its parameters lack the address: ours is counted by the handler above, at its
# own threshold, and a lock by account cannot be dodged by changing browser or cookies.
SILENCED_SYSTEM_CHECKS = ["axes.W006"]
# The client's address, read as the rate limits read it (CLIENT_IP_META_KEY, below).
AXES_CLIENT_IP_CALLABLE = "directory.proxies.client_ip"
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
# The worker (manage.py run_worker) records a heartbeat every few seconds; /readyz calls it
# stale when the last is older than this.
WORKER_HEARTBEAT_STALE_SECONDS = env.int("WORKER_HEARTBEAT_STALE_SECONDS", default=60)

# Cache: Redis when configured (shared by every app server), local memory otherwise.
# The cache is optional at run time: with Redis out of reach, reads are misses and writes do
# nothing (directory/cache.py). Short socket timeouts, so a Redis that hangs costs little.
REDIS_URL = env.str("REDIS_URL", default="")
CACHE_SOCKET_TIMEOUT = env.float("CACHE_SOCKET_TIMEOUT", default=0.25)
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "directory.cache.TolerantRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {
                "socket_connect_timeout": CACHE_SOCKET_TIMEOUT,
                "socket_timeout": CACHE_SOCKET_TIMEOUT,
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}


# Anonymous search pages are served from the cache for this long (0: never).
SEARCH_CACHE_SECONDS = env.int("SEARCH_CACHE_SECONDS", default=60)
# The result total and facet counts of each filtered set, shared by every page, sort and search
# that has the same set, are kept this long (0: counted on every request).
SEARCH_COUNTS_CACHE_SECONDS = env.int("SEARCH_COUNTS_CACHE_SECONDS", default=300)
# Searches are filtered, counted and ordered from each process's copy of the search rows
# (therapists/search/index/: 12 MB of arrays at 100,000 profiles); off, PostgreSQL answers them.
SEARCH_INDEX = env.bool("SEARCH_INDEX", default=True)


# Security. No third-party origins anywhere: scripts, styles, fonts and media are our own.
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
# Behind a load balancer the client's address is in a header the balancer sets: name it here as
# Django's META key (e.g. HTTP_X_FORWARDED_FOR, whose last entry the balancer appends, or
# HTTP_X_REAL_IP); unset, the connection's address is the client's. Rate limits and the login
# lockout both read it through directory.proxies.client_ip.
CLIENT_IP_META_KEY = env.str("CLIENT_IP_META_KEY", default="") or None
RATELIMIT_IP_META_KEY = "directory.proxies.client_ip"

# The read-only API (/api/v1/, docs/api.md): anonymous, GET only, limited per address.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_PARSER_CLASSES": [],
    # "format" is the search's session-format filter; the answer's form follows Accept alone.
    "URL_FORMAT_OVERRIDE": None,
    "DEFAULT_THROTTLE_CLASSES": ["therapists.public.api.throttling.AddressRateThrottle"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
# Requests one address may make to the API ("N/s", "N/min", "N/h"); empty: no limit.
API_RATE_PER_ADDRESS = env.str("API_RATE_PER_ADDRESS", default="120/min")
SPECTACULAR_SETTINGS = {
    "TITLE": "Therapist Directory API",
    "DESCRIPTION": "The listed therapists and the directory's vocabularies, read-only.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",  # served from our own static files: no CDN (SECURE_CSP)
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    # One name for the provinces wherever a field offers them (credential, office, city...).
    "ENUM_NAME_OVERRIDES": {"ProvinceEnum": "directory.models.Province"},
}
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ("GET", "HEAD", "OPTIONS")
CORS_EXPOSE_HEADERS = ("ETag", "Retry-After")
