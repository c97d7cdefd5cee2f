"""Small helpers for the public templates."""

from django import template

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
