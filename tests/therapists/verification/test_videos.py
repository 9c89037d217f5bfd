"""Intro video moderation: decisions recorded, the therapist told, forged requests refused."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.test import TestCase
from django.urls import reverse

from tests import factories
from therapists.models import ModerationStatus, SearchRow
from therapists.search.cards import Vocabulary, cards_make
from therapists.verification.videos import video_approve, video_reject

pytestmark = pytest.mark.django_db

QUEUE = reverse("admin:therapists_introvideo_queue")


def decide_url(video, action):
    return reverse("admin:therapists_introvideo_decide", args=[video.pk, action])


def committed(func, **kwargs):
    with TestCase.captureOnCommitCallbacks(execute=True):
        return func(**kwargs)


def card_shows_video() -> bool:
    """Whether the one listed profile's search card has the intro-video badge."""
    (card,) = cards_make(list(SearchRow.objects.listed()), Vocabulary())
    return card.has_video


@pytest.fixture
def video(listed_therapist):
    video = factories.IntroVideoFactory(therapist=listed_therapist)
    video.captions.save("intro.vtt", ContentFile(b"WEBVTT\n\n00:00.000 --> 00:02.000\nHi\n"))
    return video


def test_approving_records_the_moderator_and_shows_the_video(video, verifier, mailoutbox):
    assert not card_shows_video()

    committed(video_approve, video=video, reviewer=verifier)

    video.refresh_from_db()
    assert (video.status, video.reviewed_by) == (ModerationStatus.APPROVED, verifier)
    assert video.reviewed_at is not None
    assert card_shows_video()
    assert mailoutbox[0].to == [video.therapist.owner.email]
    assert mailoutbox[0].subject == "Your intro video is on your profile"


def test_rejecting_needs_a_reason_and_tells_the_therapist(video, verifier, mailoutbox):
    with pytest.raises(ValidationError):
        committed(video_reject, video=video, reviewer=verifier, reason=" ")
    video.refresh_from_db()
    assert video.status == ModerationStatus.PENDING

    committed(video_reject, video=video, reviewer=verifier, reason="The sound is inaudible.")

    video.refresh_from_db()
    assert (video.status, video.reason) == (ModerationStatus.REJECTED, "The sound is inaudible.")
    assert "Reason: The sound is inaudible." in mailoutbox[-1].body
    assert len(mailoutbox) == 1


def test_an_approved_video_can_be_taken_down_but_a_rejected_one_not_approved(video, verifier):
    video_approve(video=video, reviewer=verifier)
    video_reject(video=video, reviewer=verifier, reason="Mentions a client by name.")
    with pytest.raises(ValidationError):
        video_approve(video=video, reviewer=verifier)
    video.refresh_from_db()
    assert video.status == ModerationStatus.REJECTED


def test_no_one_moderates_their_own_video_or_without_the_permission(verifier):
    own = factories.IntroVideoFactory(therapist=factories.TherapistFactory(owner=verifier))
    with pytest.raises(PermissionDenied):
        video_approve(video=own, reviewer=verifier)
    other = factories.IntroVideoFactory()
    with pytest.raises(PermissionDenied):
        video_approve(video=other, reviewer=factories.UserFactory(is_staff=True))
    own.refresh_from_db()
    other.refresh_from_db()
    assert own.status == other.status == ModerationStatus.PENDING


def test_the_queue_plays_each_pending_video_with_captions(client, verifier, video):
    factories.IntroVideoFactory(status=ModerationStatus.APPROVED)
    client.force_login(verifier)

    response = client.get(QUEUE)

    assert response.status_code == 200
    assert [v for v, _forms in response.context["rows"]] == [video]
    html = response.content.decode()
    assert "<video controls" in html
    assert '<track kind="captions"' in html and video.captions.url in html
    assert video.therapist.display_name in html


def test_the_queue_approves_and_rejects(client, verifier, video):
    client.force_login(verifier)

    response = client.post(decide_url(video, "reject"), {"reason": ""})
    assert response.status_code == 400
    video.refresh_from_db()
    assert video.status == ModerationStatus.PENDING

    response = client.post(decide_url(video, "approve"))
    assert response.status_code == 302 and response.url == QUEUE
    video.refresh_from_db()
    assert video.status == ModerationStatus.APPROVED

    response = client.post(decide_url(video, "approve"))
    assert response.status_code == 409
    assert "cannot become approved" in response.content.decode()


def test_forged_video_decisions_are_refused(client, verifier, video):
    client.force_login(video.therapist.owner)
    assert client.post(decide_url(video, "approve")).status_code == 403
    assert client.get(QUEUE).status_code == 403

    own = factories.IntroVideoFactory(therapist=factories.TherapistFactory(owner=verifier))
    client.force_login(verifier)
    assert decide_url(own, "approve") not in client.get(QUEUE).content.decode()
    response = client.post(decide_url(own, "approve"))
    assert response.status_code == 403
    assert "your own profile" in response.content.decode()

    video.refresh_from_db()
    own.refresh_from_db()
    assert video.status == own.status == ModerationStatus.PENDING


def test_an_approved_video_can_be_taken_down_from_the_list_of_videos_on_profiles(
    client, verifier, video, mailoutbox
):
    video_approve(video=video, reviewer=verifier)
    client.force_login(verifier)

    listing = client.get(QUEUE, {"shown": "approved"})
    assert [row[0] for row in listing.context["rows"]] == [video]
    assert "Take down" in listing.content.decode()

    response = client.post(decide_url(video, "reject"), {"reason": "Shows a client's face."})

    assert response.status_code == 302 and response.url == f"{QUEUE}?shown=approved"
    video.refresh_from_db()
    assert (video.status, video.reason) == (ModerationStatus.REJECTED, "Shows a client's face.")
    assert not card_shows_video()
