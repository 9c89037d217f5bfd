"""The site's URLs. Apps are included by dotted path: this package imports none of them."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from directory import views

# A database that is out answers 503, not 500, even in a middleware (directory/outages.py).
handler500 = "directory.outages.server_error"

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("readyz", views.readyz, name="readyz"),
    path("favicon.ico", views.favicon, name="favicon"),
    # The read-only API, one address in every language (docs/api.md).
    path("api/", include("therapists.public.api.urls")),
    path("", include("therapists.public.seo_urls")),
]

urlpatterns += i18n_patterns(
    path("admin/", admin.site.urls),
    path("account/", include("directory.accounts.urls")),
    path("approaches/", include("modalities.urls")),
    path("", include("therapists.urls")),
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
