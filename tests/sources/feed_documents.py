"""Feeds and the pages their items link to, written here for the feed tests."""

from xml.sax.saxutils import escape

from tests.sources.documents import ARTICLE, CLUTTERED_HTML

HOUSING = [
    "The council said on Monday that 4,200 new homes were completed in the city last "
    "year, the highest number since records began in 1991.",
    "Rents rose by 9% in the year to March, according to the housing department, while "
    "the number of families in temporary accommodation doubled.",
    "Opposition councillors said the figures hid a fall in the number of social homes "
    "built, which they put at fewer than 300.",
]

HIPS = [
    "Health Secretary Jane Roe said on Friday that waiting lists for hip operations fell by "
    "a fifth in the year to March, the largest fall of any kind of surgery.",
    "The county’s hospitals treated 48,000 patients in February, more than in any month on "
    "record, the department said in a statement.",
    "Surgeons’ representatives said that the gains were fragile and that staff shortages "
    "in theatres had not been resolved.",
]


def html_page(title: str, paragraphs: list[str], *, site: str = "City Council") -> bytes:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{escape(title)}</title><meta property="og:title" content="{escape(title)}">
<meta property="og:site_name" content="{escape(site)}"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><article><h1>{escape(title)}</h1>{body}</article></main>
<footer>Copyright 2024. All rights reserved.</footer></body></html>""".encode()


PAGES = {
    "/news/waiting-lists": CLUTTERED_HTML,
    "/news/housing": html_page("Record number of homes completed", HOUSING),
    "/news/hips": html_page("Hip operation waiting lists fall", HIPS, site="Department of Health"),
}


def rss(base: str, items: list[dict], *, title: str = "Council news") -> bytes:
    """An RSS 2.0 feed; each item a dict of guid, link, title, description, pubDate."""
    parts = []
    for item in items:
        fields = "".join(
            f"<{name}>{escape(value)}</{name}>"
            for name, value in item.items()
            if name in ("guid", "title", "description", "pubDate")
        )
        link = item.get("link")
        if link is not None:
            fields += f"<link>{escape(link if '://' in link else base + link)}</link>"
        parts.append(f"<item>{fields}</item>")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>{escape(title)}</title><link>{base}/</link>
<description>News</description>{"".join(parts)}</channel></rss>""".encode()


def atom(base: str, entries: list[dict], *, title: str = "Health news") -> bytes:
    """An Atom feed; each entry a dict of id, link, title, summary, updated."""
    parts = []
    for entry in entries:
        parts.append(
            f"<entry><id>{escape(entry['id'])}</id><title>{escape(entry['title'])}</title>"
            f'<link rel="alternate" href="{escape(base + entry["link"])}"/>'
            f"<updated>{entry.get('updated', '2024-03-15T09:00:00Z')}</updated>"
            f'<summary type="html">{escape(entry.get("summary", ""))}</summary></entry>'
        )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>{escape(title)}</title>
<id>{base}/feed</id><updated>2024-03-15T09:00:00Z</updated>{"".join(parts)}</feed>""".encode()


RSS_ITEMS = [
    {
        "guid": "council-1",
        "link": "/news/waiting-lists",
        "title": "Waiting lists fall",
        "description": "Waiting lists fell for the third month.",
        "pubDate": "Thu, 14 Mar 2024 09:00:00 GMT",
    },
    {
        "guid": "council-2",
        "link": "/news/housing",
        "title": "Homes completed",
        "description": "A record year for new homes.",
        "pubDate": "Mon, 11 Mar 2024 09:00:00 GMT",
    },
]

__all__ = ["ARTICLE", "HIPS", "HOUSING", "PAGES", "RSS_ITEMS", "atom", "html_page", "rss"]
