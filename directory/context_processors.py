"""Context every page needs."""

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info


def site(request):
    """The site's name, and this page's address in each other language (for the switcher)."""
    current = get_language()
    path = request.get_full_path()
    other_languages = [
        {
            "code": code,
            "name": get_language_info(code)["name_local"],
            "url": translate_url(path, code),
        }
        for code, _name in settings.LANGUAGES
        if code != current
    ]
    return {"site_name": settings.SITE_NAME, "other_languages": other_languages}
