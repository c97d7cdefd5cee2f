"""Small documents made here for the import tests: an HTML page with the clutter of
a real one, and PDFs written with pypdf."""

import io

from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, NameObject, StreamObject
from pypdf.xmp import XmpInformation

ARTICLE = [
    "The Health Secretary said on Thursday that waiting lists had fallen for the third "
    "month in a row, to 7.5 million cases.",
    "\u201cWe are turning the corner,\u201d she said, adding that 300,000 more appointments "
    "were delivered than last year.",
    "Critics said the number of people waiting over a year remains higher than before the "
    "pandemic.",
]

CLUTTER = [
    "Skip to toolbar",
    "Leave a Reply",
    "We use cookies to improve your experience",
    "Great news, well done everyone involved",
    "All rights reserved",
    "Latest news",
]

CLUTTERED_HTML = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Waiting lists fall | Department of Health</title>
<meta property="og:title" content="Hospital waiting lists fall for third month">
<meta property="og:site_name" content="Department of Health">
<meta property="article:published_time" content="2024-03-14T09:00:00Z">
</head><body>
<a href="#main">Skip to toolbar</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">Latest news</a></li></ul></nav>
<div class="cookie-banner" id="cookie-banner">We use cookies to improve your experience.
<button>Accept all cookies</button></div>
<main id="main"><article><h1>Hospital waiting lists fall for third month</h1>
{"".join(f"<p>{paragraph}</p>" for paragraph in ARTICLE)}
</article>
<section id="comments" class="comments"><h2>Leave a Reply</h2>
<form><textarea name="comment"></textarea><button>Post Comment</button></form>
<div class="comment"><p>Great news, well done everyone involved in this!</p></div>
</section></main>
<footer><p>Copyright 2024. All rights reserved.</p></footer>
</body></html>""".encode()


def make_pdf(lines, *, title="", creation_date="", publisher=""):
    """A one-page PDF showing `lines` in Helvetica, with optional document info."""
    writer = PdfWriter()
    page = writer.add_blank_page(width=612, height=792)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
    )
    operations = ["BT", "/F1 12 Tf", "14 TL", "72 720 Td"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        operations.append(f"({escaped}) Tj T*")
    operations.append("ET")
    content = StreamObject()
    content.set_data("\n".join(operations).encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(content)
    info = {}
    if title:
        info["/Title"] = title
    if creation_date:
        info["/CreationDate"] = creation_date
    if info:
        writer.add_metadata(info)
    if publisher:
        writer.xmp_metadata = _xmp(publisher)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _xmp(publisher):
    packet = f"""<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF
 xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:publisher><rdf:Bag><rdf:li>{publisher}</rdf:li></rdf:Bag></dc:publisher>
</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>"""
    stream = StreamObject()
    stream.set_data(packet.encode())
    return XmpInformation(stream)
