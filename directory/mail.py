"""Who our emails come from: the site's name in the reader's language, at one address."""

from email.headerregistry import Address
from email.utils import parseaddr

from django.conf import settings


def sender() -> str:
    """DEFAULT_FROM_EMAIL's address under the site's name in the active language.

    Call it inside the reader's translation.override(), as the subject and body are written.
    """
    _, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    # Unencoded, quoted where needed: Django encodes the header when it sends.
    return str(Address(display_name=str(settings.SITE_NAME), addr_spec=address))
