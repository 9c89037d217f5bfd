"""Decisions on therapists' intro videos: only an approved video appears on a profile.

Each decision records who made it, when and why, and emails the therapist once committed.
"""

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from therapists.models import IntroVideo, ModerationStatus
from therapists.search.cache import search_cache_clear
from therapists.search.rows import search_rows_refresh
from therapists.verification import notifications
from therapists.verification.transitions import reason_required

# A pending video is decided; an approved one may still be taken down. A rejected video comes
# back only when the therapist uploads a new one.
VIDEO_TRANSITIONS: dict[str, set[str]] = {
    ModerationStatus.PENDING: {ModerationStatus.APPROVED, ModerationStatus.REJECTED},
    ModerationStatus.APPROVED: {ModerationStatus.REJECTED},
    ModerationStatus.REJECTED: set(),
}


def moderator_check(*, video: IntroVideo, reviewer: AbstractBaseUser) -> None:
    """Only an active moderator may decide, and never on their own video."""
    if not (reviewer.is_active and reviewer.has_perm("therapists.moderate_introvideo")):
        raise PermissionDenied(_("You are not allowed to moderate videos."))
    if video.therapist.owner_id == reviewer.pk:
        raise PermissionDenied(_("You cannot moderate a video of your own profile."))


def video_transition_check(*, from_status: str, to: str) -> None:
    """Refuse a change of status that the video transitions do not allow."""
    if to not in VIDEO_TRANSITIONS[from_status]:
        raise ValidationError(
            _("A video that is %(from)s cannot become %(to)s.")
            % {
                "from": ModerationStatus(from_status).label.lower(),
                "to": ModerationStatus(to).label.lower(),
            },
            code="invalid_transition",
        )


def video_transition(*, video: IntroVideo, reviewer, to: str, reason: str = "") -> IntroVideo:
    """Lock the video's row, check the change, record it, and email the therapist."""
    video.refresh_from_db(from_queryset=IntroVideo.objects.select_for_update())
    moderator_check(video=video, reviewer=reviewer)
    video_transition_check(from_status=video.status, to=to)
    video.status = to
    video.reviewed_by = reviewer
    video.reviewed_at = timezone.now()
    video.reason = reason
    video.save(update_fields=["status", "reviewed_by", "reviewed_at", "reason", "updated_at"])
    kind = {
        ModerationStatus.APPROVED: notifications.VIDEO_APPROVED,
        ModerationStatus.REJECTED: notifications.VIDEO_REJECTED,
    }[to]
    notifications.notification_queue(kind, video.pk)
    search_rows_refresh([video.therapist_id])  # the video filter and the cards' mark
    transaction.on_commit(search_cache_clear, robust=True)
    return video


@transaction.atomic
def video_approve(*, video: IntroVideo, reviewer: AbstractBaseUser) -> IntroVideo:
    """The video is fit to show: it appears on the therapist's profile."""
    return video_transition(video=video, reviewer=reviewer, to=ModerationStatus.APPROVED)


@transaction.atomic
def video_reject(*, video: IntroVideo, reviewer: AbstractBaseUser, reason: str) -> IntroVideo:
    """The video is not shown; the therapist reads why and may upload another."""
    reason = reason_required(reason)
    return video_transition(
        video=video, reviewer=reviewer, to=ModerationStatus.REJECTED, reason=reason
    )
