"""Health checks for load balancers and orchestrators, and the icon browsers ask for at the root."""

from django.contrib.staticfiles import finders
from django.db import DatabaseError, connection
from django.http import FileResponse, Http404, JsonResponse
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_safe


@never_cache
@require_safe
def healthz(request):
    """The process is up and answering."""
    return JsonResponse({"status": "ok"})


@never_cache
@require_safe
def readyz(request):
    """The database answers a query; otherwise 503 so the balancer routes elsewhere."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return JsonResponse({"status": "unavailable", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


FAVICON_MAX_AGE = 60 * 60 * 24 * 30


@cache_control(public=True, max_age=FAVICON_MAX_AGE)
@require_safe
def favicon(request):
    """The site's icon as an ICO file at /favicon.ico.

    Crawlers and older browsers ask for this address whatever the page's <link rel="icon">
    says; its name has no hash, so a month's cache keeps it fresh enough when it changes.
    """
    path = finders.find("favicon.ico")
    if path is None:
        raise Http404("No favicon.ico among the static files.")
    return FileResponse(open(path, "rb"), content_type="image/x-icon")
