"""Context every page needs."""

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info


def site(request):
    """The site's name, and this page's address in each language (for the switcher and hreflang)."""
    current = get_language()
    path = request.get_full_path()
    translations = {code: translate_url(path, code) for code, _name in settings.LANGUAGES}
    other_languages = [
        {
            "code": code,
            "name": get_language_info(code)["name_local"],
            "url": url,
        }
        for code, url in translations.items()
        if code != current
    ]
    return {
        "site_name": settings.SITE_NAME,
        "other_languages": other_languages,
        "language_alternates": language_alternates(request, translations),
    }


def language_alternates(request, translations):
    """This page's absolute address in every language, its own included, and an x-default.

    Search engines ignore hreflang links that are relative or that a page does not make to
    itself; x-default (the English page) is what they show people whose language we lack.
    """
    alternates = [
        {"code": code, "url": request.build_absolute_uri(url)} for code, url in translations.items()
    ]
    default_url = translations[settings.LANGUAGE_CODE]
    alternates.append({"code": "x-default", "url": request.build_absolute_uri(default_url)})
    return alternates
