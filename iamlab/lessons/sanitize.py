"""The one safelist every rendered note goes through (nh3).

Notes are the user's own text, but an instructor's uploaded vault is served to
a whole class: raw HTML in a note must not run script, load from elsewhere or
style itself past the site's CSP.
"""

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


def sanitize(html: str) -> str:
    """Safe HTML; every link gets rel="noopener noreferrer" (nh3's link_rel)."""
    return nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        tag_attribute_values={"input": {"type": {"checkbox"}}},
        link_rel="noopener noreferrer",
    )


def strip_tags(html: str) -> str:
    """Only the text of the HTML (entities still escaped), with a space for each tag."""
    return nh3.clean(html.replace("<", " <"), tags=set())
