"""Template helpers for the desk's pages and the links to rating definitions."""

from django import template
from django.conf import settings

from pages.models import rating_definition_url
from pages.text import render_text

register = template.Library()


@register.filter
def page_text(text: str, heading_level: int = 2):
    """Plain text typed by an editor, as escaped paragraphs, headings and lists."""
    placeholders = {
        "{organisation}": settings.FACTCHECK_ORG_NAME,
        "{organisation_url}": settings.FACTCHECK_ORG_URL,
    }
    return render_text(text or "", placeholders=placeholders, heading_level=heading_level)


@register.simple_tag
def rating_url(rating: str) -> str:
    """The definition of `rating` on the methodology page."""
    return rating_definition_url(rating) if rating else ""
