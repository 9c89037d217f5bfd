"""The pieces every HSDS object of the export is made of: stable identifiers, text in the
reader's language (remembered per language: each profile asks for the same few sentences), and
absolute addresses.

Identifiers are UUIDs derived from the site's address and our own primary keys, so they stay the
same from one export to the next.
"""

import functools
import hashlib
import uuid

from django.conf import settings
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import get_language, gettext

from directory.models import province_in
from therapists.models import Therapist


@functools.cache
def id_namespace(site_url: str) -> bytes:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"{site_url}/hsds/").bytes


def hsds_id(kind: str, *keys) -> str:
    """A stable UUID for one object of the export: the same profile gets the same ids each time.

    uuid.uuid5(namespace, name) as text, computed directly: an export makes millions of them."""
    name = ":".join([kind, *map(str, keys)]).encode()
    namespace = id_namespace(settings.SITE_URL)
    digest = bytearray(hashlib.sha1(namespace + name, usedforsecurity=False).digest()[:16])
    digest[6] = digest[6] & 0x0F | 0x50  # version 5
    digest[8] = digest[8] & 0x3F | 0x80  # RFC 4122 variant
    text = digest.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


@functools.lru_cache(maxsize=256)
def translated(message: str, language: str | None) -> str:
    return gettext(message)


def _(message: str) -> str:
    """gettext, remembered per language: each profile asks for the same few sentences."""
    return translated(message, get_language())


@functools.lru_cache(maxsize=512)
def choice_text(choices: type, value: str, language: str | None) -> str:
    return str(choices(value).label)


def label(choices: type, value: str) -> str:
    """A choice's label as text, remembered per language like _()."""
    return choice_text(choices, value, get_language())


@functools.lru_cache(maxsize=64)
def in_province_text(code: str, language: str | None) -> str:
    return str(province_in(code))


def absolute_url(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


@functools.lru_cache(maxsize=4)
def profile_url_template(language: str | None) -> str:
    return absolute_url(reverse("therapists:detail", kwargs={"slug": "SLUG"}))


def profile_url(slug: str) -> str:
    """The profile's address; reversed once per language, then filled in."""
    return profile_url_template(get_language()).replace("SLUG", slug)


def present(fields: dict) -> dict:
    """The fields that have a value: HSDS types each field, and null is not a string."""
    return {name: value for name, value in fields.items() if value is not None}


def field_label(name: str) -> str:
    """A yes-or-no field of the profile (an age group, a session format) in words."""
    return str(capfirst(Therapist._meta.get_field(name).verbose_name))
