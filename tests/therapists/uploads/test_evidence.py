"""Evidence of a credential: a PDF, JPEG or PNG checked by content and kept in private storage."""

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse

from directory.storage import private_storage
from tests import factories, uploads
from tests.therapists.editor_posts import credential_data, stored_names
from therapists import uploads as upload_checks
from therapists.models import Credential, CredentialStatus

pytestmark = pytest.mark.django_db


def test_a_credential_is_submitted_pending_with_private_evidence(owner_client, owner):
    body = factories.RegulatoryBodyFactory()

    response = owner_client.post(reverse("therapists:credential_add"), credential_data(body))

    assert response.status_code == 302
    credential = Credential.objects.get(therapist=owner)
    assert credential.status == CredentialStatus.PENDING
    assert credential.events.get().to_status == CredentialStatus.PENDING
    assert credential.evidence.storage is private_storage or private_storage.exists(
        credential.evidence.name
    )
    assert private_storage.exists(credential.evidence.name)
    assert not default_storage.exists(credential.evidence.name)
    assert "licence" not in credential.evidence.name


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("licence.pdf", b"MZ\x90\x00 not a pdf", "not a PDF, JPEG or PNG"),
        ("licence.pdf", b"", "empty"),
        ("licence.pdf", b"%PDF-1.4\n" + b"x" * 100, "This PDF is incomplete"),
        ("licence.png", uploads.image_bytes("PNG")[:60], "damaged or incomplete"),
        ("licence.svg", b"<svg><script>alert(1)</script></svg>", "not a PDF, JPEG or PNG"),
        ("licence.pdf", b"%PDF-1.4\n%%EOF\n" + b"\x00" * (10 * 1024 * 1024), "the limit is 10 MB"),
        (
            "licence.pdf",
            b"%PDF-1.4\n1 0 obj<</S/JavaScript/JS(app.alert(1))>>endobj\n%%EOF\n",
            "contains scripts or attached files",
        ),
        (
            "licence.pdf",
            uploads.pdf_bytes(b"<< /S /J#61vaScript /JS (app.alert(1)) >>", open_action=b"4 0 R"),
            "contains scripts or attached files",
        ),
        (
            "licence.pdf",
            uploads.pdf_bytes(b"<< /S /L#61unch /F (calc.exe) >>", open_action=b"4 0 R"),
            "contains scripts or attached files",
        ),
        (
            "licence.pdf",
            uploads.pdf_with_object_stream(b"<< /S /JavaScript /JS (app.alert(1)) >>"),
            "contains scripts or attached files",
        ),
        ("licence.pdf", b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n", "This PDF cannot be read"),
        ("licence.png", uploads.hostile_images()["png with php tail"][1], "hidden code"),
        ("licence.png", uploads.png_bomb(), "too many pixels"),
        ("licence.jpg", uploads.hostile_images()["truncated jpeg"][1], "damaged or incomplete"),
    ],
    ids=[
        "renamed exe",
        "empty",
        "pdf without end",
        "truncated png",
        "svg with script",
        "oversized",
        "pdf with javascript",
        "pdf with javascript named in escapes",
        "pdf with a launch named in escapes",
        "pdf with javascript in a compressed object stream",
        "pdf without a cross-reference",
        "png with php tail",
        "decompression bomb",
        "truncated jpeg",
    ],
)
def test_bad_evidence_is_refused_and_the_other_fields_kept(
    owner_client, owner, name, content, message, empty_storages
):
    body = factories.RegulatoryBodyFactory()

    response = owner_client.post(
        reverse("therapists:credential_add"),
        credential_data(body, evidence=uploads.upload(name, content)),
    )

    assert response.status_code == 400
    assert message in response.text
    assert 'value="12345"' in response.text
    assert not Credential.objects.exists()
    assert stored_names(private_storage) == set()


def test_jpeg_evidence_is_accepted(owner_client, owner):
    body = factories.RegulatoryBodyFactory()

    owner_client.post(
        reverse("therapists:credential_add"),
        credential_data(body, evidence=uploads.upload("scan.jpg", uploads.image_bytes())),
    )

    assert Credential.objects.get().evidence.name.endswith(".jpg")


def test_a_credential_needs_evidence(owner_client):
    body = factories.RegulatoryBodyFactory()

    response = owner_client.post(
        reverse("therapists:credential_add"), credential_data(body, evidence="")
    )

    assert response.status_code == 400
    assert "Add a copy of your certificate" in response.text


def test_replacing_evidence_removes_the_old_document(
    owner_client, owner, empty_storages, django_capture_on_commit_callbacks
):
    body = factories.RegulatoryBodyFactory()
    owner_client.post(reverse("therapists:credential_add"), credential_data(body))
    credential = Credential.objects.get()
    first = credential.evidence.name

    with django_capture_on_commit_callbacks(execute=True):  # the old one goes once committed
        owner_client.post(
            reverse("therapists:credential_edit", kwargs={"pk": credential.pk}),
            credential_data(body, evidence=uploads.upload("new.png", uploads.image_bytes("PNG"))),
        )

    credential.refresh_from_db()
    assert credential.evidence.name != first
    assert stored_names(private_storage) == {credential.evidence.name}


@pytest.mark.parametrize("case", list(uploads.hostile_pdfs()))
def test_a_pdf_with_active_content_is_refused_with_nothing_stored(
    owner_client, owner, case, empty_storages
):
    body = factories.RegulatoryBodyFactory()
    content = uploads.hostile_pdfs()[case]

    response = owner_client.post(
        reverse("therapists:credential_add"),
        credential_data(body, evidence=uploads.upload("licence.pdf", content)),
    )

    assert response.status_code == 400
    assert "This PDF contains" in response.text
    assert "Print it to a new PDF, or scan the paper document" in response.text
    assert not Credential.objects.exists()
    assert stored_names(private_storage) == set()


def test_a_pdf_with_a_form_or_link_is_refused_in_the_readers_language(owner_client, owner):
    body = factories.RegulatoryBodyFactory()
    content = uploads.hostile_pdfs()["opening action submitting a form"]

    response = owner_client.post(
        reverse("therapists:credential_add").replace("/en/", "/fr/", 1),
        credential_data(body, evidence=uploads.upload("licence.pdf", content)),
    )

    assert response.status_code == 400
    assert "contient un formulaire à remplir, des liens web" in response.text
    assert not Credential.objects.exists()


@pytest.mark.parametrize("case", list(uploads.plain_pdfs()))
def test_a_plain_pdf_is_accepted_however_its_objects_are_stored(case):
    content = uploads.plain_pdfs()[case]

    cleaned = upload_checks.evidence_clean(uploads.upload("licence.pdf", content))

    assert cleaned.read() == content
    assert cleaned.name.endswith(".pdf")


def test_a_pdf_that_opens_on_a_page_is_stored_through_the_form(owner_client, owner):
    body = factories.RegulatoryBodyFactory()
    content = uploads.plain_pdfs()["opening on a page by a go-to in an object stream"]

    response = owner_client.post(
        reverse("therapists:credential_add"),
        credential_data(body, evidence=uploads.upload("licence.pdf", content)),
    )

    assert response.status_code == 302
    credential = Credential.objects.get(therapist=owner)
    assert private_storage.open(credential.evidence.name).read() == content
