"""Demo photos and intro videos, so the first run shows the photo, the player, the captions, the
transcript and the video filter.

The portraits are abstract shapes (no face, nobody real) and the clips a title card over a tone.
Each is made once per seed run and passed through the editor's own checks (the photo re-encoded
and thumbnailed, the video measured, its poster and captions checked); every profile then gets
its own copy of those bytes, so replacing one demo photo deletes nobody else's. Only the first
MEDIA_PROFILES demo profiles get media: a seed of 125,000 profiles stays as fast as before.
"""

import io
import math
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone
from PIL import Image, ImageDraw, ImageFont

from directory.models import User
from therapists import uploads
from therapists.demo.plans import DEMO_EMAIL_DOMAIN
from therapists.models import IntroVideo, Language, ModerationStatus, Therapist
from therapists.search.rows import search_rows_refresh
from therapists.uploads.images import CleanImage

MEDIA_PROFILES = 400
# One profile in VIDEO_EVERY has an intro video; every published one has a photo, and so does
# one draft in two (the other draft's checklist still asks for it).
VIDEO_EVERY = 4
# Background and shape colours of the abstract portraits.
PALETTES = [
    ("#dbe9f4", "#1f5f8b", "#f2b134"),
    ("#f4e3d7", "#9c4a1a", "#3d7a5e"),
    ("#e4f1e1", "#2f6b3a", "#d9634c"),
    ("#ece4f4", "#5b3f8c", "#4fa3a5"),
    ("#f6efd9", "#80630f", "#2c5d8f"),
    ("#e1eef0", "#1d6a72", "#c0527a"),
]
CLIP_SIZE = (640, 360)
CLIP_SECONDS = 4
CLIP_FPS = 8
CLIP_TEXT = {
    "en": ("Intro video", "Demo profile: not a real person"),
    "fr": ("Vidéo de présentation", "Profil de démonstration\u00a0: personne fictive"),
}
CAPTIONS = {
    "en": [
        "Hello, and thank you for visiting my profile.",
        "This is a demo video: the therapists of the demo are made up.",
    ],
    "fr": [
        "Bonjour, et merci de votre visite.",
        "Ceci est une vidéo de démonstration\u00a0: les thérapeutes de la démo sont fictifs.",
    ],
}


@dataclass(frozen=True)
class Portrait:
    """A portrait as the photo upload stores it: the re-encoded image and its thumbnail."""

    content: bytes
    extension: str
    thumbnail: bytes


@dataclass(frozen=True)
class Clip:
    """An intro video's three files as the editor's upload checks left them, and its length."""

    video: bytes
    seconds: int
    poster: CleanImage
    captions: bytes


def portrait_draw(palette: tuple[str, str, str], variant: int) -> bytes:
    """Abstract shapes in the place of a face: a disc over a rounded block, and a ring."""
    background, shape, accent = palette
    image = Image.new("RGB", (480, 600), background)
    draw = ImageDraw.Draw(image)
    draw.ellipse((150, 110, 330, 290), fill=shape)
    draw.rounded_rectangle((80, 340, 400, 640), radius=140, fill=shape)
    offset = 40 * (variant % 3)
    draw.ellipse((300 - offset, 40, 440 - offset, 180), outline=accent, width=18)
    draw.polygon([(30, 560), (120, 420), (170, 600)], fill=accent)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def portraits_make() -> list[Portrait]:
    """Each palette's portrait through the editor's own photo checks, once."""
    portraits = []
    for variant, palette in enumerate(PALETTES):
        upload = SimpleUploadedFile("portrait.jpg", portrait_draw(palette, variant), "image/jpeg")
        clean = uploads.image_clean(upload)
        portraits.append(
            Portrait(clean.content, clean.extension, uploads.thumbnail_make(clean.content))
        )
    return portraits


def title_card(language: str) -> Image.Image:
    title, subtitle = CLIP_TEXT[language]
    image = Image.new("RGB", CLIP_SIZE, "#1f5f8b")
    draw = ImageDraw.Draw(image)
    draw.text((320, 150), title, fill="white", font=ImageFont.load_default(44), anchor="mm")
    draw.text((320, 220), subtitle, fill="#dbe9f4", font=ImageFont.load_default(24), anchor="mm")
    return image


def clip_encode(card: Image.Image) -> bytes:
    """A few seconds of the card over a soft 440 Hz tone, as MP4 (H.264 and AAC)."""
    import av

    out = io.BytesIO()
    with av.open(out, mode="w", format="mp4") as container:
        video = container.add_stream("libx264", rate=CLIP_FPS)
        video.width, video.height = CLIP_SIZE
        video.pix_fmt = "yuv420p"
        video.options = {"preset": "veryfast", "tune": "stillimage"}
        audio = container.add_stream("aac", rate=22050)
        audio.layout = "mono"
        for _ in range(CLIP_SECONDS * CLIP_FPS):
            frame = av.VideoFrame.from_image(card)
            container.mux(video.encode(frame))
        container.mux(video.encode())
        tone_encode(container, audio)
    return out.getvalue()


def tone_encode(container, audio) -> None:
    import av

    rate, samples = audio.rate, 1024
    total = CLIP_SECONDS * rate
    for start in range(0, total, samples):
        count = min(samples, total - start)
        wave = array(
            "f", (0.2 * math.sin(2 * math.pi * 440 * (start + i) / rate) for i in range(count))
        )
        frame = av.AudioFrame(format="flt", layout="mono", samples=count)
        frame.planes[0].update(wave.tobytes())
        frame.sample_rate, frame.pts, frame.time_base = rate, start, Fraction(1, rate)
        container.mux(audio.encode(frame))
    container.mux(audio.encode())


def captions_write(language: str) -> bytes:
    """WebVTT cues sharing the clip's length. The byte order mark (which WebVTT allows) makes a
    browser that opens the file as the transcript read it as UTF-8, accents and all."""
    lines = CAPTIONS[language]
    step = CLIP_SECONDS / len(lines)
    cues = [
        f"{index + 1}\n00:00:{index * step:06.3f} --> 00:00:{(index + 1) * step:06.3f}\n{line}\n"
        for index, line in enumerate(lines)
    ]
    return ("\ufeffWEBVTT\n\n" + "\n".join(cues)).encode()


def clip_checked(card: Image.Image, language: str) -> Clip:
    """The clip, its poster (the title card) and captions through the editor's upload checks."""
    video = clip_encode(card)
    poster = io.BytesIO()
    card.save(poster, "JPEG", quality=85)
    captions = uploads.captions_clean(
        SimpleUploadedFile("captions.vtt", captions_write(language), "text/vtt")
    )
    return Clip(
        video=video,
        seconds=uploads.video_duration(SimpleUploadedFile("intro.mp4", video, "video/mp4")),
        poster=uploads.poster_clean(SimpleUploadedFile("poster.jpg", poster.getvalue())),
        captions=captions.read(),
    )


def clips_make() -> dict[str, Clip]:
    """One clip per language, captioned in it."""
    return {language: clip_checked(title_card(language), language) for language in CLIP_TEXT}


def clip_language(therapist: Therapist, index: int) -> str:
    """A language the therapist works in: French or English, alternating when both."""
    codes = {language.code for language in therapist.languages.all()}
    if "fr" in codes and ("en" not in codes or index % 2):
        return "fr"
    return "en"


def demo_profiles(limit: int) -> list[Therapist]:
    return list(
        Therapist.objects.filter(owner__email__endswith=f"@{DEMO_EMAIL_DOMAIN}")
        .order_by("pk")
        .prefetch_related("languages")[:limit]
    )


def photos_give(therapists: Iterable[Therapist], portraits: list[Portrait]) -> None:
    """A copy of a portrait and its thumbnail for each profile, stored under names of its own."""
    for therapist in therapists:
        portrait = portraits[therapist.pk % len(portraits)]
        therapist.photo.save(
            uploads.random_name(portrait.extension), ContentFile(portrait.content), save=False
        )
        therapist.photo_thumbnail.save(
            uploads.random_name("webp"), ContentFile(portrait.thumbnail), save=False
        )
    Therapist.objects.bulk_update(therapists, ["photo", "photo_thumbnail"])


def video_copy(therapist: Therapist, clip: Clip, language: Language | None) -> IntroVideo:
    """A video with its own copy of the clip's files, stored as the editor stores them."""
    video = IntroVideo(therapist=therapist, duration_seconds=clip.seconds, language=language)
    video.file.save(uploads.random_name("mp4"), ContentFile(clip.video), save=False)
    video.poster.save(
        uploads.random_name(clip.poster.extension), ContentFile(clip.poster.content), save=False
    )
    video.captions.save(uploads.random_name("vtt"), ContentFile(clip.captions), save=False)
    return video


def videos_give(
    therapists: Iterable[Therapist], clips: dict[str, Clip], verifier: User
) -> list[IntroVideo]:
    """Each profile's video, approved by the demo verifier (a decision of the past, so no email
    goes out for it)."""
    languages = {language.code: language for language in Language.objects.filter(code__in=clips)}
    videos = []
    for index, therapist in enumerate(therapists):
        code = clip_language(therapist, index)
        video = video_copy(therapist, clips[code], languages.get(code))
        video.status = ModerationStatus.APPROVED
        video.reviewed_by, video.reviewed_at = verifier, timezone.now()
        videos.append(video)
    return IntroVideo.objects.bulk_create(videos)


def demo_media_seed(*, verifier: User, limit: int = MEDIA_PROFILES) -> None:
    """Photos for the first `limit` demo profiles (drafts only in part), and approved intro
    videos with captions for one in VIDEO_EVERY of them."""
    therapists = demo_profiles(limit)
    with_photo = [t for i, t in enumerate(therapists) if t.is_published or i % 2]
    with_video = [t for i, t in enumerate(therapists) if i % VIDEO_EVERY == 1]
    with transaction.atomic():
        photos_give(with_photo, portraits_make())
        videos_give(with_video, clips_make(), verifier)
        search_rows_refresh(therapist.pk for therapist in with_video)  # the video filter
