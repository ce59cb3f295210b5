"""Sources page: every article with its metadata; one article's text with its excerpts marked.

Deep links: ``?article=<file name>`` opens an article; ``?incident=<id>``
emphasises that incident's excerpts (and opens its first article if no
article is given).
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from geo.catalog import article_marks, article_text, md_escape, metadata_value
from geo.urlparsing import parse_article
from render.markup import ARTICLE_CSS, highlight_html
from ui.state import context

atlas = context()
catalog = atlas.catalog
incidents: pd.DataFrame = catalog.incidents
articles: pd.DataFrame = catalog.articles
focus: str | None = atlas.view.incident
ss = st.session_state
files = articles["file"].astype(str).tolist()
cited: dict[str, set[str]] = {f: set() for f in files}
for inc_id, arts in zip(incidents["id"], incidents["articles"], strict=True):
    for a in arts if isinstance(arts, list) else []:
        cited.setdefault(str(a), set()).add(str(inc_id))


def show_sources() -> None:
    """The article table, the picker and the picked article (st.stop() is avoided: the
    app draws the sidebar's filters after the page, and a stopped run would drop them)."""
    if articles.empty:
        st.info("No articles found in the data directory.")
        return
    show_article(pick_article())


def pick_article() -> str:
    """The article table and picker; returns the picked file."""
    # The URL's article wins when it is new (a deep link); otherwise the picker does.
    url = {k: st.query_params.get_all(k) for k in st.query_params}
    article_raw = url.get("article")
    if "_article_url_seen" not in ss or article_raw != ss["_article_url_seen"]:
        ss["_article_url_seen"] = article_raw
        chosen, warnings = parse_article(url, files)
        for w in warnings:
            st.warning(w)
        if chosen is None and focus is not None:
            focus_articles = incidents.loc[incidents["id"] == focus, "articles"]
            if len(focus_articles) and focus_articles.iloc[0]:
                chosen = next((a for a in focus_articles.iloc[0] if a in files), None)
        if chosen is not None:
            ss["article_pick"] = chosen
    if ss.get("article_pick") not in files:
        ss["article_pick"] = files[0]

    table = pd.DataFrame(
        {
            "file": articles["file"],
            **{
                c: [metadata_value(v) for v in articles[c]]
                for c in ("title", "outlet", "published", "language", "url")
            },
            "incidents": [len(cited.get(f, ())) for f in files],
        }
    )
    st.dataframe(
        table,
        hide_index=True,
        column_config={"url": st.column_config.TextColumn("url")},
    )

    file = st.selectbox(
        "Article",
        files,
        key="article_pick",
        format_func=lambda f: f
        if metadata_value(articles.loc[articles["file"] == f, "title"].iloc[0]) == "unknown"
        else f"{articles.loc[articles['file'] == f, 'title'].iloc[0]} ({f})",
    )
    if st.query_params.get_all("article") != [file]:
        st.query_params["article"] = file
    ss["_article_url_seen"] = [file]
    return file


def show_article(file: str) -> None:
    """One article's metadata and text with its excerpts marked, and the incidents citing it."""
    meta = articles[articles["file"] == file].iloc[0]
    st.subheader(md_escape(metadata_value(meta["title"])))
    st.markdown(
        "\n".join(
            f"- **{c}:** {md_escape(metadata_value(meta[c]))}"
            for c in ("file", "outlet", "published", "language", "url")
        )
    )

    text = article_text(atlas.store, file)
    if text is None:
        st.warning("This article's text is missing.")
        return

    marks = article_marks(text, incidents, file)
    if marks:
        st.caption(
            f"{len(marks)} excerpt(s) highlighted; each links to its incident on the map."
            + (" The selected incident's excerpts are emphasised." if focus else "")
        )
        inexact = sum(not m.exact for m in marks)
        if inexact:
            st.caption(f"{inexact} excerpt(s) were found by their words, not their offsets.")
    else:
        st.caption("No incident cites this article.")

    st.html(ARTICLE_CSS + highlight_html(text, marks, focus=focus))

    if cited.get(file):
        st.markdown("**Incidents citing this article**")
        for inc_id in sorted(cited[file]):
            place = incidents.loc[incidents["id"] == inc_id, "place"]
            st.page_link(
                "pages/map.py",
                label=md_escape(f"{place.iloc[0] if len(place) else inc_id} ({inc_id})"),
                icon="🗺️",
                query_params={**atlas.params, "incident": inc_id},
            )


st.title("Sources")
show_sources()
