"""Notes written as HTML (as web CRMs export them) turned into readable plain text.

`looks_like_html` says whether a text holds HTML markup at all (a known tag); `html_to_text`
keeps paragraphs and line breaks as line breaks, list items as "• " lines and links as
"text (address)". Plain text is never passed through it, so it stays exactly as written.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_TAGS = (
    "a|abbr|b|blockquote|br|code|div|em|font|h[1-6]|hr|i|img|li|ol|p|pre|s|small|span|strong|"
    "sub|sup|table|tbody|td|th|thead|tr|u|ul"
)
_MARKUP = re.compile(rf"</?(?:{_TAGS})(?:\s[^<>]*)?/?>", re.IGNORECASE)

# Tags that end a line (before and after their content).
_BLOCKS = frozenset(
    {"p", "div", "ul", "ol", "table", "tr", "blockquote", "pre", "hr", "h1", "h2", "h3", "h4"}
    | {"h5", "h6", "thead", "tbody", "section", "article", "header", "footer"}
)
_PARAGRAPHS = frozenset({"p", "ul", "ol", "table", "blockquote", "pre", "h1", "h2", "h3", "h4"})
_HIDDEN = frozenset({"script", "style", "head", "title"})


def looks_like_html(text: str) -> bool:
    """Whether the text contains HTML markup (a known tag such as <p>, <br> or <a href>)."""
    return "<" in text and _MARKUP.search(text) is not None


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.pre = 0
        self.links: list[str | None] = []
        self.link_start: list[int] = []

    def _break(self, count: int = 1) -> None:
        text = "".join(self.parts)
        stripped = text.rstrip(" ")
        if not stripped:
            return  # nothing yet: no empty lines at the start
        have = len(stripped) - len(stripped.rstrip("\n"))
        if have < count:
            self.parts = [stripped + "\n" * (count - have)]
        else:
            self.parts = [stripped]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "li":
            self._break()
            self.parts.append("• ")
        elif tag in ("td", "th"):
            if self.parts and not "".join(self.parts).endswith(("\n", "\t")):
                self.parts.append("\t")
        elif tag in _BLOCKS:
            self._break(2 if tag in _PARAGRAPHS else 1)
            if tag == "pre":
                self.pre += 1
            if tag == "hr":
                self.parts.append("———")
                self._break()
        elif tag == "a":
            self.links.append(dict(attrs).get("href"))
            self.link_start.append(len("".join(self.parts)))
        elif tag == "img":
            alt = dict(attrs).get("alt")
            if alt:
                self.parts.append(alt)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            return
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag == "a" and self.links:
            href = (self.links.pop() or "").strip()
            start = self.link_start.pop()
            label = "".join(self.parts)[start:].strip()
            target = href[7:] if href.lower().startswith("mailto:") else href
            if target and target != label and not href.lower().startswith("javascript:"):
                self.parts.append(f" ({target})" if label else target)
        elif tag in _BLOCKS:
            if tag == "pre":
                self.pre = max(0, self.pre - 1)
            self._break(2 if tag in _PARAGRAPHS else 1)

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        if self.pre:
            self.parts.append(data)
            return
        text = re.sub(r"[ \t\r\n\f]+", " ", data)
        current = "".join(self.parts[-1:])
        if text.startswith(" ") and (not self.parts or current.endswith((" ", "\n", "\t"))):
            text = text[1:]
        self.parts.append(text)


def html_to_text(html: str) -> str:
    """The readable text of an HTML fragment: block elements and <br> as line breaks, list
    items as "• " lines, links as "text (address)", entities decoded, scripts dropped."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts).replace("\xa0", " ")
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
