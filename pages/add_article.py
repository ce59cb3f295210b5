"""Add-article page: paste text or upload a .txt/.html file, preview its incidents, save it.

Validation, preview and saving live in :mod:`geo.intake`; this page reads the
widgets, calls it and renders. The preview (HTML reading included) runs in a worker
process (:func:`geo.jobtasks.preview_article` through :mod:`ui.jobs`): a 2 MB text is a
minute of CPU that must not hold the server. Saving runs in the button's callback, before
the app reloads its data, so the new article's incidents are on the map at once; it saves
the submission the preview checked.
"""

from __future__ import annotations

import streamlit as st

from geo.catalog import md_escape
from geo.filters import date_label
from geo.intake import DuplicateArticleError, Preview, Submission, save_article, with_metadata
from geo.jobtasks import ArticleInput, preview_article
from ui import access, jobs
from ui.state import context

atlas = context()
if not access.can_write():
    # Not in the navigation for this visitor; a page run anyway (a stale tab) writes nothing.
    access.read_only_notice()
    st.stop()
access.sign_in_controls()  # "Signed in as X — Sign out" for an OIDC sign-in
jobs.runner()  # made (its fork server booting) while the analyst pastes or picks a file

store = atlas.store
ss = st.session_state
gen = ss.setdefault("add_gen", 0)  # bumped after a save: a fresh, empty upload widget
UPLOAD_KEY = f"add_upload_{gen}"
JOB = "add_job"  # the session's preview job (ui.jobs)


def read_input() -> ArticleInput:
    """What the widgets hold that the preview depends on (checked in the preview's job)."""
    upload = ss.get(UPLOAD_KEY)
    return ArticleInput(
        text=ss.get("add_text") or None,
        upload=upload.getvalue() if upload is not None else None,
        filename=upload.name if upload is not None else None,
        published=ss.get("add_published"),
    )


def with_fields(sub: Submission) -> Submission:
    """``sub`` with the metadata in the widgets (raises ValueError with the analyst's message)."""
    return with_metadata(sub, title=ss.get("add_title"), outlet=ss.get("add_outlet"),
                         url=ss.get("add_url"), published=ss.get("add_published"))  # fmt: skip


def previewed() -> tuple[Submission, Preview] | None:
    """The checked submission and its preview for the widgets' values, or None while its job
    runs (its progress drawn) or when it ended without one (its message drawn)."""
    raw = read_input()
    # The data version is not part of the inputs: a save elsewhere must not restart a
    # minute-long preview; saving checks duplicates again.
    ended = jobs.outcome(JOB, raw.digest(), "Finding incidents", "sentences",
                         preview_article, raw, atlas.version[0])  # fmt: skip
    if ended is None:
        return None
    if ended.state != "done":
        jobs.show_ended(JOB, ended)
        return None
    return ended.result


def checked_submission() -> Submission:
    """The submission the shown preview checked (raises ValueError when there is none for
    the widgets' values: the button is drawn only under a preview)."""
    held = ss.get(JOB)
    ended = held.ended if held is not None and held.inputs == read_input().digest() else None
    if ended is None or ended.state != "done":
        raise ValueError("the text changed since its preview; check the new preview.")
    return with_fields(ended.result[0])


def on_save() -> None:
    """Save the article (button callback); the outcome is shown on the next run."""
    try:
        access.writer("")  # checked again at the moment of writing, not only when drawn
        saved = save_article(store, checked_submission(),
                             allow_duplicate=bool(ss.get("add_confirm")))
    except PermissionError as exc:
        ss["add_flash"] = ("error", str(exc))
        return
    except DuplicateArticleError as exc:
        ss["add_flash"] = ("warning", str(exc))
        return
    except (ValueError, OSError) as exc:
        ss["add_flash"] = ("error", f"Nothing was saved: {exc}")
        return
    ss["add_flash"] = ("success", f"Saved as {saved.file}. Its incidents are now on the map.")
    ss["add_saved"] = saved.file
    for key in ("add_text", "add_title", "add_outlet", "add_url"):
        ss[key] = ""
    ss["add_published"] = None
    ss["add_confirm"] = False
    ss["add_gen"] = gen + 1
    jobs.clear(JOB)


def show_preview() -> None:
    """The incidents the text yields and the save button (returns instead of st.stop():
    the app draws the sidebar's filters after the page)."""
    has_input = bool((ss.get("add_text") or "").strip()) or ss.get(UPLOAD_KEY) is not None
    if not has_input:
        st.info("Nothing to preview yet.")
        return

    got = previewed()  # a refused input: its message (ours: what is wrong); nothing written
    if got is None:
        return
    body, pv = got
    try:
        with_fields(body)
    except ValueError as exc:
        st.error(str(exc))
        return

    st.subheader(f"Preview: {len(pv.incidents)} incident(s) will be added")
    if not pv.incidents:
        st.caption("No incident was found in this text. It can still be saved as a source.")
    for inc in pv.incidents:
        when = date_label(inc["date_start"], inc["date_end"], inc["date_precision"])
        located = inc["lat"] is not None
        st.markdown(
            f"**{md_escape(inc['place'])}** · {md_escape(when)} · "
            f"{md_escape(inc['actor'] or 'Unknown actor')} ({md_escape(inc['attribution'])}) · "
            f"{md_escape(inc['event_type'])}"
            + ("" if located else " · *not on the map (no coordinates)*")
        )
        figures = ", ".join(
            f"{k}: {inc[k]}" for k in ("killed", "injured") if inc[k] is not None
        )
        if figures:
            st.caption(figures)
        for src in inc["sources"]:
            st.markdown("> " + md_escape(src["excerpt"]))

    confirm_needed = bool(pv.duplicates)
    if pv.duplicates:
        listed = "; ".join(
            f"{d.file} ("
            + ("the same text" if d.identical else f"{d.score:.0%} of its phrases shared")
            + ")"
            for d in pv.duplicates[:5]
        )
        st.warning(f"This looks like an article already in the atlas: {listed}.")
        st.checkbox("It is a different article: save it anyway", key="add_confirm")

    st.button(
        "Save article",
        key="add_save",
        type="primary",
        on_click=on_save,
        disabled=confirm_needed and not ss.get("add_confirm"),
    )
    if confirm_needed and not ss.get("add_confirm"):
        st.caption("Tick the box above to save a possible duplicate.")


st.title("Add an article")
flash = ss.pop("add_flash", None)
if flash:
    kind, message = flash
    {"success": st.success, "warning": st.warning, "error": st.error}[kind](message)
    if kind == "success" and ss.get("add_saved"):
        st.page_link("pages/sources.py", label="Read it on the Sources page",
                     icon="📰", query_params={"article": ss["add_saved"]})

st.caption(
    "Paste the article's text, or upload a .txt or .html file (HTML is reduced to its main "
    "text). Check the incidents found below, then save."
)
jobs.show_limits()
st.file_uploader("Upload a file", type=["txt", "html", "htm"], key=UPLOAD_KEY,
                 max_upload_size=3, help="An upload is used instead of pasted text.")
st.text_area("…or paste the article's text", key="add_text", height=240)
c1, c2 = st.columns(2)
c1.text_input("Title", key="add_title")
c2.text_input("Outlet", key="add_outlet")
c1.text_input("URL", key="add_url", placeholder="https://…")
c2.date_input("Published", value=None, key="add_published", format="YYYY-MM-DD",
              help="Leave empty if unknown.")

show_preview()
