"""Small helpers for the public templates."""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import SafeData, mark_safe

from claims.search import highlight_spans

register = template.Library()


@register.simple_tag(takes_context=True)
def canonical_url(context, path=None):
    """The absolute URL of `path` (default: this page), without the query string."""
    request = context["request"]
    return request.build_absolute_uri(path or request.path)


@register.simple_tag(takes_context=True)
def nav_current(context, *url_names):
    """`aria-current="page"` in the nav link of the section being shown."""
    match = getattr(context.get("request"), "resolver_match", None)
    current = f"{match.namespace}:{match.url_name}" if match else ""
    return "page" if current in url_names else "false"


@register.filter(needs_autoescape=True)
def highlight(value, request, autoescape=True):
    """`value` (plain text) escaped, with the parts that the page's search (`q` in
    `request`) matched in <mark>: escaping comes first, so no text adds markup."""
    escape = conditional_escape if autoescape else str
    query = request.GET.get("q", "") if hasattr(request, "GET") else ""
    if not query.strip() or isinstance(value, SafeData):
        return escape(value)
    text = str(value)
    pieces, position = [], 0
    for start, end in highlight_spans(text, query):
        pieces += [escape(text[position:start]), "<mark>", escape(text[start:end]), "</mark>"]
        position = end
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # every piece of text is escaped above
