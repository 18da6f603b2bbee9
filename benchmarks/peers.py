"""The extractors measured side by side: warta and the peers that are installed.

Each adapter takes a page (HTML or copied text, as the run asks) and returns an `Output` with the
fields every extractor can be scored on. Peers get the same input warta gets: on the text path,
the copied text wrapped one `<p>` per line, as a user of those libraries would have to feed it.
"""

from __future__ import annotations

import datetime as dt
import html
import importlib.util
import json
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Output:
    body: str = ""
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: dt.date | None = None


#: (page, kind, url, fetched): the page with what a crawler knows of it, its address and when
#: it was fetched.
Adapter = Callable[[str, str, "str | None", "dt.datetime | None"], Output]


def text_as_html(text: str) -> str:
    """Copied page text as the HTML a peer needs: one paragraph per line."""
    lines = (html.escape(line.strip()) for line in text.splitlines() if line.strip())
    return "<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>"


def run_warta(page: str, kind: str, url: str | None, fetched: dt.datetime | None) -> Output:
    import warta

    try:
        article = warta.extract(page, url=url, fetched=fetched)
    except warta.WartaError:
        return Output()
    return Output(
        body=article.text,
        title=article.title,
        authors=[p.name for p in article.authors if p.name],
        published=article.published,
    )


def run_trafilatura(page: str, kind: str, url: str | None, fetched: dt.datetime | None) -> Output:
    # trafilatura (htmldate) has no reference time to read a relative date against: `fetched`
    # is not used.
    import trafilatura

    document = text_as_html(page) if kind == "text" else page
    raw = trafilatura.extract(
        document, url=url, output_format="json", with_metadata=True, include_comments=False
    )
    if not raw:
        return Output()
    data = json.loads(raw)
    authors = [a.strip() for a in (data.get("author") or "").split(";") if a.strip()]
    date = data.get("date")
    return Output(
        body=data.get("text") or "",
        title=data.get("title"),
        authors=authors,
        published=dt.date.fromisoformat(date[:10]) if date else None,
    )


def available() -> dict[str, Adapter]:
    """warta, and each peer whose package is installed."""
    tools: dict[str, Adapter] = {"warta": run_warta}
    if importlib.util.find_spec("trafilatura"):
        tools["trafilatura"] = run_trafilatura
    return tools
