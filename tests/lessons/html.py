"""Reading rendered pages in tests: the links and the anchors they hold."""

from dataclasses import dataclass
from html.parser import HTMLParser

HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
PERMALINK_CLASS = "heading-anchor"


@dataclass(frozen=True)
class Permalink:
    href: str
    label: str  # its aria-label


class PageParts(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.headings: dict[str, str] = {}  # id -> text, for headings that have an id
        self.permalinks: list[Permalink] = []
        self._heading: tuple[str, str, list[str]] | None = None  # tag, id, text so far

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(attributes["id"])
            if tag in HEADINGS:
                self._heading = (tag, attributes["id"], [])
        if tag == "a" and attributes.get("href"):
            self.hrefs.append(attributes["href"])
            if PERMALINK_CLASS in (attributes.get("class") or "").split():
                self.permalinks.append(Permalink(attributes["href"], attributes.get("aria-label")))

    def handle_data(self, data):
        if self._heading:
            self._heading[2].append(data)

    def handle_endtag(self, tag):
        if self._heading and tag == self._heading[0]:
            _, anchor, text = self._heading
            self.headings[anchor] = " ".join("".join(text).split())
            self._heading = None


def page_parts(html: str) -> PageParts:
    parser = PageParts()
    parser.feed(html)
    return parser
