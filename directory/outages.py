"""503, not 500, when a service the site stands on is out: the database, or the cache where a
rate limit must be checked before an email goes out.

The answer is a plain page in the visitor's language with `Retry-After`, rendered from a static
template without a request context: no context processor runs, so nothing touches the database.

A database that cannot be reached raises django.db.OperationalError (psycopg's failures to
connect, a server shutting down or starting up) or InterfaceError (a connection already
closed) at the first query, which may run in a view, a template or a middleware. Django turns
each layer's exception into a response before the layer around it sees it, so no middleware
can catch them all around `get_response`. Two doors, then, to the same page:

- OutageMiddleware.process_exception, for views and the templates they render, where nearly
  every query runs: the 503 is an ordinary response, with no traceback logged for each request
  of an outage;
- server_error, the handler500, for the rest (a session saved by SessionMiddleware after the
  view, say): Django calls it while handling the exception, so it can see which one it is.
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views import defaults

from directory.ratelimits import RateLimitUnavailable

RETRY_AFTER_SECONDS = 60
DATABASE_ERRORS = (OperationalError, InterfaceError)


def visitor_language(request) -> str:
    """The language of the address (/en/, /fr/), else the browser's (Accept-Language)."""
    from_path = translation.get_language_from_path(request.path_info)
    return from_path or translation.get_language_from_request(request)


def unavailable_page(request, reason: str) -> HttpResponse:
    """The 503 page for `reason` ("database" or "rate-limit"), with Retry-After."""
    language = visitor_language(request)
    with translation.override(language):
        if reason == "database":
            message = _(
                "The site cannot answer just now. If you were sending a form, it was not "
                "saved: please send it again in a minute."
            )
        else:
            message = _(
                "We cannot send emails just now, so nothing was saved. Please try again in a "
                "minute."
            )
        context = {"language": language, "message": message}
        content = loader.render_to_string("503.html", context)
    response = HttpResponse(content, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Content-Language"] = language
    add_never_cache_headers(response)
    return response


def outage_reason(error: BaseException | None) -> str | None:
    if isinstance(error, DATABASE_ERRORS):
        return "database"
    if isinstance(error, RateLimitUnavailable):
        return "rate-limit"
    return None


class OutageMiddleware:
    """Views that fail because the database (or the rate-limit store) is out answer 503."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        reason = outage_reason(exception)
        return unavailable_page(request, reason) if reason else None


def server_error(request, template_name=defaults.ERROR_500_TEMPLATE_NAME):
    """Django's 500 page, or the 503 page when the error is an outage."""
    reason = outage_reason(sys.exception())
    if reason:
        return unavailable_page(request, reason)
    return defaults.server_error(request, template_name)
