"""Who our emails come from (the site's name in the reader's language, at one address), and
what tells one email's copies apart from another email."""

import datetime
from email.headerregistry import Address
from email.utils import parseaddr
from urllib.parse import urlsplit

from django.conf import settings


def sender() -> str:
    """DEFAULT_FROM_EMAIL's address under the site's name in the active language.

    Call it inside the reader's translation.override(), as the subject and body are written.
    """
    _, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    # Unencoded, quoted where needed: Django encodes the header when it sends.
    return str(Address(display_name=str(settings.SITE_NAME), addr_spec=address))


def message_id(kind: str, pk: int, created: datetime.datetime) -> str:
    """The same Message-ID every time one email is sent again, so that the receiving side can
    tell a second copy for what it is; its record's creation time keeps a number reused (a
    database restored) from naming another email.

    SMTP delivers at least once: when the connection drops after the mail server kept a message
    but before its acknowledgement arrived, the sender can only send it again (RFC 5321, 4.1.1.4;
    RFC 1047). Mail systems that collapse copies do it by this header.
    """
    domain = urlsplit(settings.SITE_URL).hostname or "localhost"
    return f"<{kind}-{pk}.{created:%Y%m%d%H%M%S%f}@{domain}>"
