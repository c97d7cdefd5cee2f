"""Plain text as HTML: paragraphs, "## " headings and "- " lists, every word escaped.

Editors type plain text; nothing they type becomes markup of its own."""

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import slugify


def _block(lines: list[str], heading_level: int, used_ids: set[str]) -> str:
    if len(lines) == 1 and lines[0].startswith("## "):
        text = lines[0][3:].strip()
        anchor, n = slugify(text) or "section", 2
        base = anchor
        while anchor in used_ids:
            anchor, n = f"{base}-{n}", n + 1
        used_ids.add(anchor)
        return format_html('<h{0} id="{1}">{2}</h{0}>', heading_level, anchor, text)
    if all(line.startswith("- ") for line in lines):
        items = "".join(format_html("<li>{}</li>", line[2:].strip()) for line in lines)
        return f"<ul>{items}</ul>"
    return "<p>" + "<br>".join(escape(line) for line in lines) + "</p>"


def render_text(
    text: str, *, placeholders: dict[str, str] | None = None, heading_level: int = 2
) -> SafeString:
    """`text` as escaped HTML blocks. A "## " line on its own becomes a heading with an
    id made from its words (for links to a section). `placeholders` ({"{name}": value})
    are replaced before escaping."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for placeholder, value in (placeholders or {}).items():
        text = text.replace(placeholder, value)
    blocks: list[list[str]] = []
    current: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            if current:
                blocks.append(current)
            current = []
        elif line.startswith("## "):
            # A heading stands alone even without blank lines around it.
            if current:
                blocks.append(current)
            blocks.append([line])
            current = []
        else:
            current.append(line)
    if current:
        blocks.append(current)
    used_ids: set[str] = set()
    html = "\n".join(_block(lines, heading_level, used_ids) for lines in blocks)
    # Every piece above was escaped or built by format_html.
    return mark_safe(html)  # noqa: S308
