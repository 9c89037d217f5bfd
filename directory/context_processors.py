"""Context every page needs."""

from django.conf import settings


def site(request):
    """The site's name, for the base template."""
    return {"site_name": settings.SITE_NAME}
