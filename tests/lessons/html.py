"""Reading rendered pages in tests: the links and the anchors they hold."""

from html.parser import HTMLParser


class PageParts(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(attributes["id"])
        if tag == "a" and attributes.get("href"):
            self.hrefs.append(attributes["href"])


def page_parts(html: str) -> PageParts:
    parser = PageParts()
    parser.feed(html)
    return parser
