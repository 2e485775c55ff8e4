"""Demo media made on the spot, so the demo needs neither network nor files outside the repo."""

import io
import unicodedata

from PIL import Image, ImageDraw


def placeholder_png(title: str, color: str, size=(1200, 675)) -> bytes:
    """A calm banner: the colour, lighter waves along the bottom, and the title."""
    image = Image.new("RGB", size, color)
    draw = ImageDraw.Draw(image)
    width, height = size
    base = tuple(int(color[i : i + 2], 16) for i in (1, 3, 5))
    for n, offset in enumerate(range(height // 2, height, 40)):
        shade = tuple(min(255, channel + 18 * (n + 1)) for channel in base)
        draw.rectangle([0, offset, width, offset + 20], fill=shade)
    draw.text((60, 60), ascii_text(title), fill="white", font_size=56)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def ascii_text(text: str) -> str:
    """Latin letters without diacritics (ā -> a), for built-in fonts that lack them."""
    decomposed = unicodedata.normalize("NFKD", text)
    return (
        "".join(c for c in decomposed if not unicodedata.combining(c))
        .encode("ascii", "replace")
        .decode()
    )


def simple_pdf(title: str, lines: list[str]) -> bytes:
    """A one-page PDF with a title and lines of text in Helvetica."""

    def encode(text):
        # Helvetica with WinAnsiEncoding covers Danish and Swedish letters; others lose accents.
        text = "".join(c if c.encode("cp1252", "ignore") else ascii_text(c) for c in text)
        text = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        return text.encode("cp1252", "replace")

    text = [b"BT", b"/F1 18 Tf", b"72 770 Td", b"(%s) Tj" % encode(title), b"/F1 11 Tf"]
    text.append(b"0 -30 Td")
    for line in lines:
        text += [b"(%s) Tj" % encode(line), b"0 -16 Td"]
    text.append(b"ET")
    stream = b"\n".join(text)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
