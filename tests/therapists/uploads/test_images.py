"""Photos and posters: re-encoded without their location, stored at display size, and a hostile
corpus refused with nothing stored."""

import io

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse
from PIL import Image

from tests import uploads
from tests.therapists.editor_posts import stored_names, video_post
from therapists.models import IntroVideo

pytestmark = pytest.mark.django_db


def post_photo(client, name, content, content_type="image/jpeg"):
    return client.post(
        reverse("therapists:photo"), {"photo": uploads.upload(name, content, content_type)}
    )


def test_a_photo_is_re_encoded_with_a_thumbnail_and_no_location(owner_client, owner):
    response = post_photo(owner_client, "me.jpg", uploads.jpeg_with_gps())

    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.photo.name.startswith("photos/") and "me" not in owner.photo.name
    stored = Image.open(io.BytesIO(owner.photo.read()))
    assert dict(stored.getexif()) == {}
    assert b"PhoneMaker" not in owner.photo.open().read()
    thumbnail = Image.open(owner.photo_thumbnail)
    assert thumbnail.size == (256, 256)


def test_a_phones_multi_picture_jpeg_is_taken_as_a_jpeg(owner_client, owner):
    out = io.BytesIO()
    first, second = Image.new("RGB", (400, 300), "teal"), Image.new("RGB", (400, 300), "navy")
    first.save(out, "MPO", save_all=True, append_images=[second])
    assert Image.open(io.BytesIO(out.getvalue())).format == "MPO"

    response = post_photo(owner_client, "IMG_0001.JPG", out.getvalue())

    assert response.status_code == 302
    owner.refresh_from_db()
    stored = Image.open(owner.photo)
    assert (stored.format, stored.size) == ("JPEG", (400, 300))
    _red, green, blue = stored.getpixel((10, 10))
    assert green > 100 < blue  # the first picture, teal (the second is navy)


@pytest.mark.parametrize("fmt", ["PNG", "WEBP"])
def test_png_and_webp_photos_keep_their_format(owner_client, owner, fmt):
    post_photo(owner_client, "me.img", uploads.image_bytes(fmt), f"image/{fmt.lower()}")

    owner.refresh_from_db()
    assert Image.open(owner.photo).format == fmt


def test_a_large_photo_is_stored_at_display_size(owner_client, owner):
    post_photo(owner_client, "me.jpg", uploads.image_bytes("JPEG", size=(4000, 3000)))

    owner.refresh_from_db()
    assert Image.open(owner.photo).size == (1600, 1200)


def test_a_replaced_photo_leaves_no_old_file(
    owner_client, owner, empty_storages, django_capture_on_commit_callbacks
):
    post_photo(owner_client, "one.jpg", uploads.image_bytes())
    post_photo(owner_client, "two.jpg", uploads.image_bytes(color=(200, 10, 10)))
    owner.refresh_from_db()

    assert stored_names(default_storage) == {owner.photo.name, owner.photo_thumbnail.name}

    with django_capture_on_commit_callbacks(execute=True):  # files go once the removal commits
        owner_client.post(reverse("therapists:photo"), {"remove": "1"})
    assert stored_names(default_storage) == set()


@pytest.mark.parametrize("case", list(uploads.hostile_images()))
def test_hostile_photos_are_refused_and_nothing_is_stored(
    owner_client, owner, case, empty_storages
):
    name, content = uploads.hostile_images()[case]

    response = post_photo(owner_client, name, content)

    assert response.status_code == 400
    assert 'class="field__error"' in response.text
    owner.refresh_from_db()
    assert not owner.photo and not owner.photo_thumbnail
    assert stored_names(default_storage) == set()


def test_hostile_photos_give_a_plain_reason(owner_client):
    reasons = {
        case: post_photo(owner_client, name, content).text
        for case, (name, content) in uploads.hostile_images().items()
    }

    assert "hidden code or markup" in reasons["png with php tail"]
    assert "extra data after the image" in reasons["png with binary tail"]
    assert "not a JPEG, PNG or WebP image" in reasons["renamed exe"]
    assert "too many pixels" in reasons["decompression bomb"]
    assert "damaged or incomplete" in reasons["truncated jpeg"]
    assert "The file is empty" in reasons["empty"] or "submitted file is empty" in reasons["empty"]
    assert "the limit is 5 MB" in reasons["oversized"]


@pytest.mark.parametrize(
    "case", ["png with php tail", "decompression bomb", "renamed exe", "empty"]
)
def test_hostile_posters_are_refused_with_the_video_not_stored(owner_client, case, empty_storages):
    name, content = uploads.hostile_images()[case]

    response = video_post(owner_client, poster=uploads.upload(name, content))

    assert response.status_code == 400
    assert not IntroVideo.objects.exists()
    assert stored_names(default_storage) == set()
