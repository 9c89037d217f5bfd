"""A verifier's decision on a renewal: a later expiry date the therapist entered for a verified
credential counts only once checked; the status stays verified either way."""

import datetime

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from therapists.listing import listing_refresh
from therapists.models import Credential, CredentialStatus, RenewalDecision
from therapists.search.cache import search_cache_clear
from therapists.verification import notifications
from therapists.verification.transitions import (
    credential_lock,
    event_record,
    expiry_check,
    reason_required,
    reviewer_check,
)


def renewal_check(credential: Credential, *, renewed_until: datetime.date) -> None:
    """Refuse the decision unless the renewal the verifier saw still waits on a verified
    credential: the therapist may have entered another date since the page was shown."""
    if credential.status != CredentialStatus.VERIFIED or credential.renewed_until is None:
        raise ValidationError(
            _("No renewal of this credential is waiting for a check."), code="no_renewal"
        )
    if credential.renewed_until != renewed_until:
        raise ValidationError(
            _(
                "The therapist changed the renewal to %(date)s since this page was shown; "
                "check that date."
            )
            % {"date": formats.date_format(credential.renewed_until)},
            code="renewal_changed",
        )


def renewal_record(*, credential: Credential, reviewer, note: str, decision: str) -> Credential:
    """Save a renewal decision with its reviewer and event; the status stays verified."""
    credential.reviewed_by = reviewer
    credential.reviewed_at = timezone.now()
    credential.reason = note
    credential.save(
        update_fields=[
            "expires_on",
            "renewed_until",
            "reviewed_by",
            "reviewed_at",
            "reason",
            "updated_at",
        ]
    )
    event = event_record(
        credential=credential,
        actor=reviewer,
        from_status=CredentialStatus.VERIFIED,
        note=note,
        renewal=decision,
    )
    listing_refresh(therapist_ids=[credential.therapist_id])
    # Confirmed on the day the old date lapsed, the profile is listed again before the sweep.
    transaction.on_commit(search_cache_clear, robust=True)
    notifications.notification_queue(notifications.RENEWAL_DECIDED, event.pk)
    return credential


@transaction.atomic
def credential_renewal_approve(
    *, credential: Credential, reviewer: AbstractBaseUser, renewed_until, note=""
):
    """The register shows the registration renewed: the verification runs to the new date."""
    credential_lock(credential)
    reviewer_check(credential=credential, reviewer=reviewer)
    renewal_check(credential, renewed_until=renewed_until)
    credential.expires_on, credential.renewed_until = credential.renewed_until, None
    expiry_check(credential)
    return renewal_record(
        credential=credential,
        reviewer=reviewer,
        note=(note or "").strip(),
        decision=RenewalDecision.CONFIRMED,
    )


@transaction.atomic
def credential_renewal_decline(
    *, credential: Credential, reviewer: AbstractBaseUser, renewed_until, reason
):
    """The renewal could not be confirmed; the verification still ends on its checked date."""
    credential_lock(credential)
    reviewer_check(credential=credential, reviewer=reviewer)
    renewal_check(credential, renewed_until=renewed_until)
    credential.renewed_until = None
    return renewal_record(
        credential=credential,
        reviewer=reviewer,
        note=reason_required(reason),
        decision=RenewalDecision.DECLINED,
    )
