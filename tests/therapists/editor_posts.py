"""What the editor's upload forms post, and what storage holds afterwards."""

import datetime

from django.urls import reverse
from django.utils import timezone

from tests import uploads

# The end of next year's registration year: a date the forms accept whatever the day.
YEAR_END = datetime.date(timezone.localdate().year + 1, 12, 31)


def stored_names(storage) -> set[str]:
    """Every file in an InMemoryStorage, whatever its folder."""
    names = set()

    def walk(path):
        folders, files = storage.listdir(path)
        names.update(f"{path}{name}" for name in files)
        for folder in folders:
            walk(f"{path}{folder}/")

    walk("")
    return names


def video_post(client, content=None, name="intro.mp4", **extra):
    content = uploads.mp4_bytes() if content is None else content
    data = {"file": uploads.upload(name, content, "video/mp4")}
    data |= {key: value for key, value in extra.items() if value is not None}
    return client.post(reverse("therapists:video"), data)


def credential_data(body, **overrides):
    return {
        "regulatory_body": body.pk,
        "designation": "RP",
        "registration_number": "12345",
        "jurisdiction": "ON",
        "expires_on": YEAR_END.isoformat(),
        "evidence": uploads.upload("licence.pdf", uploads.PDF),
    } | overrides
