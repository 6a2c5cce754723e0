"""The one safelist every rendered note goes through (nh3).

Notes are the user's own text, but an instructor's uploaded vault is served to
a whole class: raw HTML in a note must not run script, load from elsewhere or
style itself past the site's CSP.
"""

import re
from urllib.parse import urlsplit

import nh3

TAGS = {
    *("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code"),
    *("ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "th", "td"),
    *("a", "img", "em", "strong", "del", "mark", "sup", "sub", "kbd", "span", "div"),
    *("details", "summary", "input", "abbr", "small", "s", "u", "i", "b"),
}
ATTRIBUTES = {
    "*": {"id", "class", "title", "role"},
    "a": {"href", "aria-label"},  # aria-label: the name of a heading's "#" permalink
    "img": {"src", "alt", "width", "height"},
    "input": {"checked", "disabled"},
    "th": {"colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
    "ol": {"start"},
    "details": {"open"},
}
URL_SCHEMES = {"http", "https", "mailto"}
# What a browser ignores in a URL before reading it: tabs and newlines anywhere, spaces
# and control characters at either end (WHATWG URL standard, "basic URL parser").
URL_TABS_AND_NEWLINES = re.compile(r"[\t\n\r]")
URL_ENDS = "".join(map(chr, range(0x21)))


def sanitize(html: str) -> str:
    """Safe HTML; every link gets rel="noopener noreferrer" (nh3's link_rel)."""
    return nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        tag_attribute_values={"input": {"type": {"checkbox"}}},
        link_rel="noopener noreferrer",
        attribute_filter=_images_from_this_site_only,
    )


def _images_from_this_site_only(tag: str, attribute: str, value: str) -> str | None:
    """A remote image would tell its server who read which lesson, and when (a tracking
    pixel): the CSP blocks the request, but the page must not make it. The vault's own
    images (/lessons/files/...) stay; a remote one keeps its alt text and loses its src."""
    if tag == "img" and attribute == "src" and _is_remote(value):
        return None
    return value


def _is_remote(url: str) -> bool:
    cleaned = URL_TABS_AND_NEWLINES.sub("", url).strip(URL_ENDS).replace("\\", "/")
    parts = urlsplit(cleaned)
    return bool(parts.scheme or parts.netloc)


def strip_tags(html: str) -> str:
    """Only the text of the HTML (entities still escaped), with a space for each tag."""
    return nh3.clean(html.replace("<", " <"), tags=set())
