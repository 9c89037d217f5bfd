"""Health checks for load balancers and orchestrators, and the icon browsers ask for at the root."""

from django.contrib.staticfiles import finders
from django.http import FileResponse, Http404, JsonResponse
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_safe

from directory.readiness import readiness


@never_cache
@require_safe
def healthz(request):
    """The process is up and answering."""
    return JsonResponse({"status": "ok"})


@never_cache
@require_safe
def readyz(request):
    """Each dependency's state (directory/readiness.py); 503 only when the database cannot be
    reached, so the balancer routes elsewhere. The site serves, degraded, without the rest."""
    report = readiness()
    return JsonResponse(report, status=503 if report["status"] == "unavailable" else 200)


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
