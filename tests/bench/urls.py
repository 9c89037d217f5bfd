"""The site's URLs plus a baseline page, for the benchmark only (never a route of the product)."""

from django.db import connection
from django.shortcuts import render
from django.urls import path

from directory.urls import urlpatterns as site_urlpatterns


def baseline(request):
    """A bare Django + PostgreSQL page: twenty rows from one query, rendered by a template."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT display_name, headline FROM therapists_therapist ORDER BY id LIMIT 20"
        )
        rows = cursor.fetchall()
    return render(request, "bench/baseline.html", {"rows": rows})


urlpatterns = [path("bench/baseline/", baseline), *site_urlpatterns]
