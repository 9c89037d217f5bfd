"""Every change of a credential's status, each written with its verification event.

A credential's status is never edited directly: these functions check that the change is
allowed, save it and record who made it, when and why, in one transaction.
"""

import datetime
import logging

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from therapists.listing import listing_refresh, listing_refresh_all
from therapists.models import (
    Credential,
    CredentialStatus,
    ExpiryReminder,
    RenewalDecision,
    Therapist,
    VerificationEvent,
)
from therapists.search.cache import search_cache_clear
from therapists.search.text import search_vectors_refresh
from therapists.verification import notifications

logger = logging.getLogger(__name__)

# Which status may follow which. A refused or lapsed claim comes back only as a new submission.
ALLOWED_TRANSITIONS: dict[str, set[str]] = {
    CredentialStatus.PENDING: {CredentialStatus.VERIFIED, CredentialStatus.REJECTED},
    CredentialStatus.VERIFIED: {
        CredentialStatus.REVOKED,
        CredentialStatus.EXPIRED,
        CredentialStatus.PENDING,
    },
    CredentialStatus.REJECTED: {CredentialStatus.PENDING},
    CredentialStatus.EXPIRED: {CredentialStatus.PENDING},
    CredentialStatus.REVOKED: {CredentialStatus.PENDING},
}

# Editing any of these changes what was verified, so the credential must be checked again. The
# designation is among them: the profile shows it as the verified title.
IDENTITY_FIELDS = ("regulatory_body", "registration_number", "jurisdiction", "designation")
EDITABLE_FIELDS = (*IDENTITY_FIELDS, "expires_on", "evidence")


def transition_check(*, from_status: str, to: str) -> None:
    """Refuse a change of status that the table above does not allow."""
    if to not in ALLOWED_TRANSITIONS.get(from_status, set()):
        raise ValidationError(
            _("A credential that is %(from)s cannot become %(to)s.")
            % {
                "from": CredentialStatus(from_status).label.lower(),
                "to": CredentialStatus(to).label.lower(),
            },
            code="invalid_transition",
        )


def credential_transition(
    *,
    credential: Credential,
    to: str,
    actor=None,
    note: str = "",
    decision: bool = False,
    notify: bool = False,
) -> Credential:
    """Move a credential to another status and write its event; the caller holds a transaction.

    A decision (by a verifier, not by the therapist or the clock) also records the reviewer.
    With notify, the therapist is emailed about the event once the transaction commits.
    """
    from_status = credential.status
    transition_check(from_status=from_status, to=to)
    credential.status = to
    update_fields = ["status", "updated_at"]
    if to != CredentialStatus.VERIFIED and credential.renewed_until is not None:
        credential.renewed_until = None  # a renewal is waiting only on a verified credential
        update_fields.append("renewed_until")
    if to == CredentialStatus.PENDING and credential.reason and not decision:
        credential.reason = ""  # back in the queue: the last verifier's note no longer applies
        update_fields.append("reason")
    if decision:
        credential.reviewed_by = actor
        credential.reviewed_at = timezone.now()
        credential.reason = note
        update_fields += ["reviewed_by", "reviewed_at", "reason"]
    credential.save(update_fields=update_fields)
    event = event_record(credential=credential, actor=actor, from_status=from_status, note=note)
    listing_refresh(therapist_ids=[credential.therapist_id])
    search_vectors_refresh([credential.therapist_id])  # only verified claims' words count
    # Who is listed may have changed: cached search pages must not show the old answer.
    transaction.on_commit(search_cache_clear, robust=True)
    if notify:
        notifications.notice_queue(notifications.CREDENTIAL_EVENT, event.pk)
    return credential


def event_record(
    *, credential: Credential, actor, from_status: str, note: str = "", renewal: str = ""
):
    """The append-only line saying what happened to a credential."""
    return VerificationEvent.objects.create(
        credential=credential,
        credential_label=str(credential),
        actor=actor,
        from_status=from_status,
        to_status=credential.status,
        note=note,
        renewal=renewal,
    )


@transaction.atomic
def credential_submit(*, therapist: Therapist, actor, **fields) -> Credential:
    """A therapist claims a registration; it waits, pending, for a verifier."""
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"Not a credential field a therapist sets: {', '.join(sorted(unknown))}")
    credential = Credential(therapist=therapist, **fields)
    credential.full_clean()
    credential.save()
    event_record(credential=credential, actor=actor, from_status="")
    return credential


@transaction.atomic
def credential_update(*, credential: Credential, actor, changes: dict) -> Credential:
    """A therapist's edit. Changing what was verified sends the credential back to pending.

    A later expiry date on a verified credential is a renewal: it waits in `renewed_until` for
    a verifier, and the checked date stands until then. An earlier one is taken as it is.
    """
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"Not a credential field a therapist sets: {', '.join(sorted(unknown))}")
    credential_lock(credential)  # a verifier's decision made meanwhile is kept, not overwritten
    changes = dict(changes)
    identity_changed = any(
        getattr(credential, name) != value
        for name, value in changes.items()
        if name in IDENTITY_FIELDS
    )
    claimed_expiry = changes.pop("expires_on", credential.renewed_until or credential.expires_on)
    for name, value in changes.items():
        setattr(credential, name, value)
    verified = credential.status == CredentialStatus.VERIFIED
    if verified and identity_changed:
        # Back to the queue first, so the edit is checked as the pending claim it becomes: a
        # number verified for someone else may be claimed, for a verifier to settle.
        credential_transition(
            credential=credential,
            to=CredentialStatus.PENDING,
            actor=actor,
            note=_("Registration details changed by the therapist; to be checked again."),
        )
    expiry_claim(credential, claimed_expiry, renewal=verified and not identity_changed)
    credential.full_clean()
    credential.save()
    listing_refresh(therapist_ids=[credential.therapist_id])  # its expiry may be new
    search_vectors_refresh([credential.therapist_id])
    return credential


def expiry_claim(credential: Credential, claimed, *, renewal: bool) -> None:
    """Set the expiry date the therapist claims: a renewal waits, anything else is taken."""
    current = credential.expires_on
    if renewal and claimed is not None and current is not None and claimed > current:
        credential.renewed_until = claimed
    else:
        credential.expires_on = claimed
        credential.renewed_until = None


@transaction.atomic
def credential_resubmit(*, credential: Credential, actor) -> Credential:
    """A rejected, expired or revoked claim goes back in the queue once the therapist fixed it."""
    return credential_transition(
        credential=credential,
        to=CredentialStatus.PENDING,
        actor=actor,
        note=_("Submitted again by the therapist."),
    )


# Decisions by a verifier, and lapses by the calendar. Each locks the credential's row, so two
# verifiers deciding at once cannot both succeed, and checks the change against what is stored.


def credential_lock(credential: Credential) -> Credential:
    """Reload the credential's row, locked until the transaction ends."""
    credential.refresh_from_db(from_queryset=Credential.objects.select_for_update())
    return credential


def reviewer_check(*, credential: Credential, reviewer: AbstractBaseUser) -> None:
    """Only an active verifier may decide, and never on a credential of their own profile."""
    if not (reviewer.is_active and reviewer.has_perm("therapists.review_credential")):
        raise PermissionDenied(_("You are not allowed to decide on credentials."))
    if credential.therapist.owner_id == reviewer.pk:
        raise PermissionDenied(_("You cannot decide on a credential of your own profile."))


def reason_required(reason: str) -> str:
    """A refusal is explained to the therapist, so it needs words."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(
            _("Give a reason: the therapist reads it and needs it to put things right."),
            code="reason_required",
        )
    return reason


def duplicate_check(credential: Credential) -> None:
    """One registration number at one body is verified for one therapist only."""
    other = (
        Credential.objects.filter(
            regulatory_body=credential.regulatory_body_id,
            registration_number__iexact=credential.registration_number.strip(),
            status=CredentialStatus.VERIFIED,
        )
        .exclude(therapist=credential.therapist_id)
        .select_related("therapist", "regulatory_body")
        .first()
    )
    if other is not None:
        raise ValidationError(
            _(
                "Registration number %(number)s at %(body)s is already verified for another "
                "profile: %(name)s (%(slug)s). Revoke that verification first if this claim is "
                "the genuine one."
            )
            % {
                "number": other.registration_number,
                "body": other.regulatory_body.acronym,
                "name": other.therapist.display_name,
                "slug": other.therapist.slug,
            },
            code="duplicate_registration",
        )


def expiry_check(credential: Credential) -> None:
    """A verification lapses at the end of the registration year, so it needs a future end."""
    if credential.expires_on is None:
        raise ValidationError(
            _("This credential has no expiry date; ask the therapist to add it before approving."),
            code="no_expiry",
        )
    if credential.expires_on < timezone.localdate():
        raise ValidationError(
            _("This registration expired on %(date)s; it cannot be verified as it stands.")
            % {"date": formats.date_format(credential.expires_on)},
            code="already_expired",
        )


def claim_check(credential: Credential) -> None:
    """A claim no body could have issued (another province's body, a far-off end) is refused."""
    if errors := credential.claim_errors():
        raise ValidationError(" ".join(errors.values()), code="impossible_claim")


def credential_approve(*, credential: Credential, reviewer: AbstractBaseUser, note: str = ""):
    """A verifier found the registration on the body's register: it counts for listing."""
    try:
        with transaction.atomic():
            credential_lock(credential)
            reviewer_check(credential=credential, reviewer=reviewer)
            transition_check(from_status=credential.status, to=CredentialStatus.VERIFIED)
            expiry_check(credential)
            claim_check(credential)
            duplicate_check(credential)
            return credential_transition(
                credential=credential,
                to=CredentialStatus.VERIFIED,
                actor=reviewer,
                note=(note or "").strip(),
                decision=True,
                notify=True,
            )
    except IntegrityError as error:  # another verifier approved the same number a moment ago
        credential.refresh_from_db()
        raise ValidationError(
            _("This registration number was just verified for another profile."),
            code="duplicate_registration",
        ) from error


@transaction.atomic
def credential_reject(*, credential: Credential, reviewer: AbstractBaseUser, reason: str):
    """A verifier could not confirm the claim; the therapist reads why and may resubmit."""
    return credential_refuse(
        credential=credential, reviewer=reviewer, reason=reason, to=CredentialStatus.REJECTED
    )


@transaction.atomic
def credential_revoke(*, credential: Credential, reviewer: AbstractBaseUser, reason: str):
    """A verifier withdraws a verification, e.g. the body suspended the registration."""
    return credential_refuse(
        credential=credential, reviewer=reviewer, reason=reason, to=CredentialStatus.REVOKED
    )


def credential_refuse(
    *, credential: Credential, reviewer: AbstractBaseUser, reason: str, to: str
) -> Credential:
    """A decision against the claim (reject or revoke), which always carries its reason."""
    credential_lock(credential)
    reviewer_check(credential=credential, reviewer=reviewer)
    transition_check(from_status=credential.status, to=to)
    return credential_transition(
        credential=credential,
        to=to,
        actor=reviewer,
        note=reason_required(reason),
        decision=True,
        notify=True,
    )


def renewal_check(credential: Credential, *, renewed_until: datetime.date) -> None:
    """A renewal decision needs the renewal the verifier saw, still waiting, on a verified
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
    notifications.notice_queue(notifications.RENEWAL_DECIDED, event.pk)
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


def credential_expire_due(*, today: datetime.date | None = None) -> list[Credential]:
    """Mark verified credentials past their expiry date as expired, each with its event.

    Each credential changes in its own transaction, so one failure leaves the others done;
    running it again the same day finds nothing left to do.
    """
    today = today or timezone.localdate()
    due = Credential.objects.filter(status=CredentialStatus.VERIFIED, expires_on__lt=today)
    expired = []
    for pk in due.values_list("pk", flat=True):
        with transaction.atomic():
            credential = due.select_for_update(skip_locked=True).filter(pk=pk).first()
            if credential is None:  # renewed, or handled by a concurrent sweep, meanwhile
                continue
            credential_lapse(credential)
        expired.append(credential)
    return expired


def credential_lapse(credential: Credential) -> Credential:
    """The registration year ended. A renewal nobody checked in time goes to the queue."""
    ended = _("The registration year ended on %(date)s.") % {
        "date": formats.date_format(credential.expires_on)
    }
    if credential.renewed_until is None:
        return credential_transition(
            credential=credential, to=CredentialStatus.EXPIRED, note=ended, notify=True
        )
    credential.expires_on, credential.renewed_until = credential.renewed_until, None
    credential.save(update_fields=["expires_on", "renewed_until", "updated_at"])
    waiting = _("The renewal to %(date)s waits for a check.") % {
        "date": formats.date_format(credential.expires_on)
    }
    return credential_transition(
        credential=credential, to=CredentialStatus.PENDING, note=f"{ended} {waiting}", notify=True
    )


def reminder_due(days_left: int) -> int | None:
    """The reminder a credential lapsing in so many days should have had by now, if any."""
    for lead in sorted(ExpiryReminder.Lead.values):
        if 0 <= days_left <= lead:
            return lead
    return None


def credential_remind_expiring(*, today: datetime.date | None = None) -> list[ExpiryReminder]:
    """Queue the 30-day and 7-day reminders due today; each goes once per expiry date.

    A day missed by the worker is caught up the next day; a credential verified with only
    days to go gets only the reminder that still makes sense.
    """
    today = today or timezone.localdate()
    horizon = today + datetime.timedelta(days=max(ExpiryReminder.Lead.values))
    expiring = Credential.objects.valid(on=today).filter(
        expires_on__lte=horizon,
        renewed_until__isnull=True,  # renewed: nothing to remind of
    )
    queued = []
    for credential in expiring.only("pk", "expires_on"):
        lead = reminder_due((credential.expires_on - today).days)
        with transaction.atomic():
            reminder, created = ExpiryReminder.objects.get_or_create(
                credential=credential, expires_on=credential.expires_on, days_before=lead
            )
            if created:
                notifications.notice_queue(notifications.EXPIRY_REMINDER, reminder.pk)
                queued.append(reminder)
    return queued


def credentials_sweep(*, today: datetime.date | None = None) -> dict[str, int]:
    """The daily round: lapse what has expired, remind what is about to, and check every
    profile's listing (a correction means a change somewhere missed its refresh)."""
    today = today or timezone.localdate()
    lapsed = credential_expire_due(today=today)
    to_check = [c for c in lapsed if c.status == CredentialStatus.PENDING]  # renewals unchecked
    reminded = credential_remind_expiring(today=today)
    corrected = listing_refresh_all()
    if corrected:
        logger.warning("The daily sweep corrected the listing of %d profile(s).", corrected)
    return {
        "expired": len(lapsed) - len(to_check),
        "renewals_to_check": len(to_check),
        "reminded": len(reminded),
        "listings_corrected": corrected,
    }
