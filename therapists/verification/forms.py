"""The decision buttons of the staff queues: the small form behind each, and what it decides."""

from collections.abc import Callable
from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext_lazy as _

from therapists.models import Credential, CredentialStatus, ModerationStatus
from therapists.verification.credentials import (
    credential_approve,
    credential_reject,
    credential_revoke,
)
from therapists.verification.renewals import credential_renewal_approve, credential_renewal_decline
from therapists.verification.transitions import CREDENTIAL_TRANSITIONS
from therapists.verification.videos import video_approve, video_reject

REASON_MAX_LENGTH = 2000


class NoteForm(forms.Form):
    """Approving may carry a note, which the therapist reads in the email."""

    note = forms.CharField(
        label=_("Note to the therapist (optional)"),
        required=False,
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 40}),
    )


class ReasonForm(forms.Form):
    """Refusing needs a reason, which the therapist reads in the email."""

    reason = forms.CharField(
        label=_("Reason, shown to the therapist"),
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 40}),
        error_messages={"required": _("Give a reason: the therapist reads it.")},
    )


class RenewalNoteForm(NoteForm):
    """Confirming a renewal names the date the verifier saw, in case it changed since."""

    renewed_until = forms.DateField(widget=forms.HiddenInput)


class RenewalReasonForm(ReasonForm):
    """Declining a renewal names the date the verifier saw, in case it changed since."""

    renewed_until = forms.DateField(widget=forms.HiddenInput)


class NoFieldsForm(forms.Form):
    """Approving a video needs nothing more than the button."""


@dataclass(frozen=True)
class Decision:
    """One button of a queue: the function it calls, the form it posts, the message it leaves."""

    function: Callable
    form: type[forms.Form]
    to: str  # the status it leads to; for a renewal, the status it keeps
    done: str
    renewal: bool = False

    def is_open(self, credential: Credential) -> bool:
        if self.renewal:
            return credential.renewed_until is not None
        return self.to in CREDENTIAL_TRANSITIONS[credential.status]

    def blank_form(self, credential: Credential, action: str) -> forms.Form:
        initial = {"renewed_until": credential.renewed_until} if self.renewal else None
        return self.form(auto_id=f"id_{action}_{credential.pk}_%s", initial=initial)


CREDENTIAL_DECISIONS = {
    "approve": Decision(
        credential_approve,
        NoteForm,
        CredentialStatus.VERIFIED,
        _("Approved %(credential)s of %(therapist)s."),
    ),
    "reject": Decision(
        credential_reject,
        ReasonForm,
        CredentialStatus.REJECTED,
        _("Rejected %(credential)s of %(therapist)s."),
    ),
    "revoke": Decision(
        credential_revoke,
        ReasonForm,
        CredentialStatus.REVOKED,
        _("Revoked %(credential)s of %(therapist)s."),
    ),
    "renew": Decision(
        credential_renewal_approve,
        RenewalNoteForm,
        CredentialStatus.VERIFIED,
        _("Renewed %(credential)s of %(therapist)s."),
        renewal=True,
    ),
    "decline-renewal": Decision(
        credential_renewal_decline,
        RenewalReasonForm,
        CredentialStatus.VERIFIED,
        _("Declined the renewal of %(credential)s of %(therapist)s."),
        renewal=True,
    ),
}


VIDEO_DECISIONS = {
    "approve": Decision(
        video_approve, NoFieldsForm, ModerationStatus.APPROVED, _("Approved %(video)s.")
    ),
    "reject": Decision(
        video_reject, ReasonForm, ModerationStatus.REJECTED, _("Rejected %(video)s.")
    ),
}
