"""The emails about a request after it arrived: the reply and the note of a decline to the client,
the reminders to the therapist, and the client's note that no answer came.

Each is written in its reader's language: the client's in the language the request was written
in, the therapist's in the one their account chose for emails.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from directory.mail import sender
from therapists.inquiries.similar import similar_search_url
from therapists.models import Inquiry


def email_compose(
    *, template: str, subject: str, context: dict, to: str, reply_to: str | None = None
) -> EmailMessage:
    """One plain-text email from the site's address; call it inside the reader's language."""
    body = render_to_string(f"therapists/email/{template}.txt", context)
    return EmailMessage(
        subject=subject,
        body=body,
        from_email=sender(),
        to=[to],
        reply_to=[reply_to] if reply_to else None,
    )


def reply_email(inquiry: Inquiry) -> EmailMessage:
    """The therapist's words, sent by the site; answering it writes to the therapist directly."""
    therapist = inquiry.therapist
    with translation.override(inquiry.language):
        return email_compose(
            template="inquiry_reply",
            subject=_("%(therapist)s replied to your consultation request")
            % {"therapist": therapist.display_name},
            context={"inquiry": inquiry, "therapist": therapist},
            to=inquiry.email,
            reply_to=therapist.owner.email,
        )


def decline_email(inquiry: Inquiry) -> EmailMessage:
    """A kind note that the therapist cannot take the client on, with similar therapists."""
    therapist = inquiry.therapist
    with translation.override(inquiry.language):
        return email_compose(
            template="inquiry_declined",
            subject=_("About your consultation request to %(therapist)s")
            % {"therapist": therapist.display_name},
            context={
                "inquiry": inquiry,
                "therapist": therapist,
                "search_url": similar_search_url(therapist),
            },
            to=inquiry.email,
        )


def no_answer_email(inquiry: Inquiry) -> EmailMessage:
    """After seven days of silence: the client is told, and shown similar therapists."""
    therapist = inquiry.therapist
    with translation.override(inquiry.language):
        return email_compose(
            template="inquiry_no_answer",
            subject=_("No answer yet from %(therapist)s") % {"therapist": therapist.display_name},
            context={
                "inquiry": inquiry,
                "therapist": therapist,
                "search_url": similar_search_url(therapist),
            },
            to=inquiry.email,
        )


def reminder_email(inquiry: Inquiry, *, days: int) -> EmailMessage:
    """The therapist is reminded of a request still waiting, with a link to answer it."""
    owner = inquiry.therapist.owner
    with translation.override(owner.language or settings.LANGUAGE_CODE):
        path = reverse("therapists:inquiry_detail", kwargs={"pk": inquiry.pk})
        return email_compose(
            template="inquiry_reminder",
            subject=_("%(client)s is waiting for your answer") % {"client": inquiry.name},
            context={
                "inquiry": inquiry,
                "therapist": inquiry.therapist,
                "days": days,
                "inquiry_url": f"{settings.SITE_URL}{path}",
            },
            to=owner.email,
        )
