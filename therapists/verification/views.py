"""The verifiers' work queues, as pages of the Django admin.

Each decision is a small form posting to a view that calls one function of
verification/credentials.py, renewals.py or videos.py; the function checks the rest.
"""

import logging
import mimetypes
import posixpath
from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from therapists.models import Credential, IntroVideo, ModerationStatus
from therapists.verification.forms import CREDENTIAL_DECISIONS, VIDEO_DECISIONS
from therapists.verification.videos import VIDEO_TRANSITIONS

logger = logging.getLogger(__name__)

QUEUE_SIZE = 100
# Evidence types sent as what they are; anything else is sent as plain bytes. All are downloads.
EVIDENCE_TYPES = {"application/pdf", "image/png", "image/jpeg"}
# Refusals that depend on the credential's state rather than on what was typed.
CONFLICT_CODES = {
    "invalid_transition",
    "duplicate_registration",
    "already_expired",
    "no_expiry",
    "impossible_claim",
    "no_renewal",
    "renewal_changed",
}


def decided_meanwhile(credential: Credential) -> str:
    """Who made the decision that this page did not show yet (a second tab, a colleague)."""
    reviewer = credential.reviewed_by
    who = (reviewer.get_full_name() or reviewer.email) if reviewer else _("Someone")
    return _("%(who)s decided this credential on %(when)s: it is now %(status)s.") % {
        "who": who,
        "when": formats.date_format(timezone.localtime(credential.reviewed_at), "DATETIME_FORMAT"),
        "status": credential.get_status_display().lower(),
    }


def staff_view(admin_site, view, *, permission: str):
    """An admin page for staff holding the permission; anyone else signed in gets a 403."""

    @wraps(view)
    def with_permission(request, *args, **kwargs):
        if not request.user.has_perm(permission):
            raise PermissionDenied
        return view(request, *args, admin_site=admin_site, **kwargs)

    protected = admin_site.admin_view(with_permission)

    @wraps(view)
    def signed_in_check(request, *args, **kwargs):
        # The admin would send a signed-in therapist to its login page; refuse them plainly.
        if request.user.is_authenticated and not request.user.is_staff:
            raise PermissionDenied
        return protected(request, *args, **kwargs)

    return signed_in_check


def credential_urls(admin_site) -> list:
    def url(route, view, name, permission="therapists.review_credential"):
        return path(
            route,
            staff_view(admin_site, view, permission=permission),
            name=f"therapists_credential_{name}",
        )

    return [
        url("queue/", credential_queue, "queue"),
        url("<int:pk>/review/", credential_review, "review"),
        url("<int:pk>/decide/<str:action>/", credential_decide, "decide"),
        url(
            "<int:pk>/evidence/",
            credential_evidence,
            "evidence",
            permission="therapists.view_credential_evidence",
        ),
    ]


def page_context(admin_site, request, **extra) -> dict:
    return {**admin_site.each_context(request), "opts": Credential._meta, **extra}


def is_own(credential: Credential, user) -> bool:
    return credential.therapist.owner_id == user.pk


def credential_decision_forms(credential: Credential, user, bound: dict | None = None) -> dict:
    """The decisions the credential's status allows this user, each with its form."""
    bound = bound or {}
    if is_own(credential, user):
        return {}
    return {
        action.replace("-", "_"): bound.get(action) or decision.blank_form(credential, action)
        for action, decision in CREDENTIAL_DECISIONS.items()
        if decision.is_open(credential)
    }


def queue_rows(credentials, user) -> list[tuple]:
    shown = credentials.select_related("therapist__owner", "regulatory_body")[:QUEUE_SIZE]
    return [
        (credential, credential_decision_forms(credential, user), is_own(credential, user))
        for credential in shown
    ]


@require_GET
def credential_queue(request: HttpRequest, *, admin_site) -> HttpResponse:
    """Pending credentials, the longest waiting first; then renewals, the soonest to lapse first."""
    pending = Credential.objects.pending().with_number_verified_elsewhere()
    pending = pending.order_by("submitted_at", "pk")
    renewals = Credential.objects.renewals().order_by("expires_on", "pk")
    return TemplateResponse(
        request,
        "admin/therapists/credential/queue.html",
        page_context(
            admin_site,
            request,
            title=_("Credentials waiting for verification"),
            rows=queue_rows(pending, request.user),
            total=pending.count(),
            renewal_rows=queue_rows(renewals, request.user),
            renewal_total=renewals.count(),
        ),
    )


def review_response(admin_site, request, credential, *, bound=None, error="", status=200):
    events = credential.events.select_related("actor").order_by("-created_at", "-pk")
    return TemplateResponse(
        request,
        "admin/therapists/credential/review.html",
        page_context(
            admin_site,
            request,
            title=_("Review %(credential)s") % {"credential": credential},
            credential=credential,
            decisions=credential_decision_forms(credential, request.user, bound),
            own=is_own(credential, request.user),
            events=events,
            error=error,
        ),
        status=status,
    )


def credential_for_review(pk: int) -> Credential:
    queryset = Credential.objects.select_related(
        "therapist__owner", "regulatory_body"
    ).with_number_verified_elsewhere()
    return get_object_or_404(queryset, pk=pk)


@require_GET
def credential_review(request: HttpRequest, pk: int, *, admin_site) -> HttpResponse:
    """One credential: what was claimed, the evidence, its history, and the decisions left."""
    return review_response(admin_site, request, credential_for_review(pk))


@require_POST
def credential_decide(request: HttpRequest, pk: int, action: str, *, admin_site) -> HttpResponse:
    """Approve, reject or revoke; a refusal shows why and changes nothing."""
    decision = CREDENTIAL_DECISIONS.get(action)
    if decision is None:
        raise Http404
    credential = credential_for_review(pk)
    form = decision.form(request.POST, auto_id=f"id_{action}_{credential.pk}_%s")
    if not form.is_valid():
        return review_response(admin_site, request, credential, bound={action: form}, status=400)
    try:
        decision.function(credential=credential, reviewer=request.user, **form.cleaned_data)
    except PermissionDenied as refusal:
        return review_response(admin_site, request, credential, error=str(refusal), status=403)
    except ValidationError as refusal:
        status = 409 if refusal.code in CONFLICT_CODES else 400
        credential.refresh_from_db()
        error = " ".join(refusal.messages)
        if refusal.code == "invalid_transition" and credential.reviewed_at:
            error = f"{decided_meanwhile(credential)} {error}"
        return review_response(admin_site, request, credential, error=error, status=status)
    messages.success(
        request,
        decision.done % {"credential": credential, "therapist": credential.therapist},
    )
    if action == "revoke":
        return redirect("admin:therapists_credential_review", pk=credential.pk)
    return redirect("admin:therapists_credential_queue")


@require_GET
def credential_evidence(request: HttpRequest, pk: int, *, admin_site) -> HttpResponse:
    """The evidence document as a download, never shown in the admin's own origin: a short-lived
    signed link on S3, or the file itself from disk, sandboxed should a browser render it."""
    credential = get_object_or_404(Credential, pk=pk)
    if not credential.evidence:
        raise Http404(_("This credential has no evidence document."))
    storage, name = credential.evidence.storage, credential.evidence.name
    filename = posixpath.basename(name)
    # Evidence is personal information: who read whose is worth a line in the logs.
    logger.info("Evidence of credential %s opened by user %s.", credential.pk, request.user.pk)
    if getattr(storage, "querystring_auth", False):
        # Signed, lapses after PRIVATE_URL_EXPIRY_SECONDS; the bucket answers with a download.
        response = redirect(
            storage.url(
                name,
                parameters={"ResponseContentDisposition": f'attachment; filename="{filename}"'},
            )
        )
    else:
        try:
            document = storage.open(name, "rb")
        except FileNotFoundError as missing:
            raise Http404(_("The evidence document is missing from storage.")) from missing
        content_type = mimetypes.guess_type(name)[0]
        response = FileResponse(
            document,
            as_attachment=True,
            filename=filename,
            content_type=content_type
            if content_type in EVIDENCE_TYPES
            else "application/octet-stream",
        )
        # No script, form, plugin or same-origin access, should a browser open it anyway.
        response["Content-Security-Policy"] = "sandbox"
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "no-referrer"
    return response


# Intro videos.


def video_urls(admin_site) -> list:
    def url(route, view, name):
        return path(
            route,
            staff_view(admin_site, view, permission="therapists.moderate_introvideo"),
            name=f"therapists_introvideo_{name}",
        )

    return [
        url("queue/", video_queue, "queue"),
        url("<int:pk>/decide/<str:action>/", video_decide, "decide"),
    ]


def video_decision_forms(video: IntroVideo, user, bound: dict | None = None) -> dict:
    """The decisions the video's status allows this user, each with its form."""
    bound = bound or {}
    own = video.therapist.owner_id == user.pk
    allowed = set() if own else VIDEO_TRANSITIONS[video.status]
    return {
        action: bound.get(action) or decision.form(auto_id=f"id_video_{action}_{video.pk}_%s")
        for action, decision in VIDEO_DECISIONS.items()
        if decision.to in allowed
    }


def video_queue_response(request, admin_site, *, approved=False, bound=None, error="", status=200):
    """Pending videos, oldest first; or, with approved, those on profiles, to take one down."""
    if approved:
        shown = IntroVideo.objects.approved()
        shown = shown.order_by("-reviewed_at", "-pk")
    else:
        shown = IntroVideo.objects.filter(status=ModerationStatus.PENDING).order_by("created_at")
    videos = shown.select_related("therapist__owner", "language")[:QUEUE_SIZE]
    bound = bound or {}
    rows = [
        (video, video_decision_forms(video, request.user, bound.get(video.pk))) for video in videos
    ]
    title = _("Intro videos on profiles") if approved else _("Intro videos waiting for moderation")
    return TemplateResponse(
        request,
        "admin/therapists/introvideo/queue.html",
        {
            **admin_site.each_context(request),
            "opts": IntroVideo._meta,
            "title": title,
            "rows": rows,
            "total": shown.count(),
            "showing_approved": approved,
            "error": error,
        },
        status=status,
    )


@require_GET
def video_queue(request: HttpRequest, *, admin_site) -> HttpResponse:
    """Pending intro videos, the longest waiting first, each playable with its captions."""
    approved = request.GET.get("shown") == "approved"
    return video_queue_response(request, admin_site, approved=approved)


@require_POST
def video_decide(request: HttpRequest, pk: int, action: str, *, admin_site) -> HttpResponse:
    """Approve or reject a video; a refusal shows why and changes nothing."""
    decision = VIDEO_DECISIONS.get(action)
    if decision is None:
        raise Http404
    video = get_object_or_404(IntroVideo.objects.select_related("therapist"), pk=pk)
    form = decision.form(request.POST, auto_id=f"id_video_{action}_{video.pk}_%s")
    approved = video.status == ModerationStatus.APPROVED  # shown again on the same list
    if not form.is_valid():
        return video_queue_response(
            request, admin_site, approved=approved, bound={video.pk: {action: form}}, status=400
        )
    try:
        decision.function(video=video, reviewer=request.user, **form.cleaned_data)
    except PermissionDenied as refusal:
        return video_queue_response(
            request, admin_site, approved=approved, error=str(refusal), status=403
        )
    except ValidationError as refusal:
        status = 409 if refusal.code in CONFLICT_CODES else 400
        return video_queue_response(
            request, admin_site, approved=approved, error=" ".join(refusal.messages), status=status
        )
    messages.success(request, decision.done % {"video": video})
    queue = reverse("admin:therapists_introvideo_queue")
    return redirect(f"{queue}?shown=approved" if approved else queue)
