"""The Map page's playback: its state (kept in the URL), its controls and its ticker.

The step lives in session state (:data:`ui.state.PLAY_STEP`, not a widget): the buttons'
callbacks move it before the rerun, and the ticker (a fragment that Streamlit reruns
every *speed* seconds) moves it and reruns the app. The URL's ``play``/``step``/``trail``
(:func:`geo.urlparsing.parse_playback`) open a shared link at its moment. The pure logic is
:mod:`geo.playback`.
"""

from __future__ import annotations

import dataclasses
import time

import pandas as pd
import streamlit as st

from geo import playback, urlparsing, urlstate
from geo.playback import PlaybackStep
from ui.state import (
    DATES,
    PLAY_RUNNING,
    PLAY_SPEED,
    PLAY_STEP,
    PLAY_TRAIL,
    PLAY_UNIT,
    AtlasContext,
    set_widget,
)

_WRITTEN = "_play_written"  # the playback URLs this session wrote (urlstate.remember_written)
_LAST_TICK = "_play_last_tick"  # time.monotonic() of the last step the ticker made
_SPEED = "_play_speed"  # the speed, kept when the page's widgets are forgotten


def _url() -> dict[str, list[str]]:
    return {k: st.query_params.get_all(k) for k in urlstate.PLAY_KEYS}


def current() -> PlaybackStep | None:
    """This session's playback step, or None (the range view)."""
    step = st.session_state.get(PLAY_STEP)
    return step if isinstance(step, PlaybackStep) else None


def sync(bounds: urlstate.DateBounds | None) -> list[str]:
    """Take the step from a URL this session did not write (a shared link), then put the
    step's unit and trail into the controls' state (before they are drawn). Returns the
    URL's warnings (our own text: they name the parameter, never echo its value)."""
    ss = st.session_state
    warnings: list[str] = []
    url = _url()
    if urlstate.url_is_new(url, ss.get(_WRITTEN), urlstate.PLAY_KEYS):
        step, warnings = urlparsing.parse_playback(url, bounds)
        if step is not None or urlstate.shared_params(url, urlstate.PLAY_KEYS):
            ss[PLAY_STEP] = step
            ss[PLAY_RUNNING] = False  # a shared moment opens paused
    step = current()
    set_widget(PLAY_UNIT, step.unit if step else ss.get(PLAY_UNIT, playback.DEFAULT_UNIT))
    set_widget(PLAY_TRAIL, step.trail if step else ss.get(PLAY_TRAIL, playback.DEFAULT_TRAIL))
    set_widget(PLAY_SPEED, ss.get(_SPEED, 1.0))
    return warnings


def write_url() -> None:
    """Keep the step in the URL (or none of the playback's parameters in the range view)."""
    ss = st.session_state
    want = urlstate.playback_to_params(current())
    if urlstate.shared_params(_url(), urlstate.PLAY_KEYS) != want:
        for key in urlstate.PLAY_KEYS:
            if key in want:
                st.query_params[key] = want[key]
            elif key in st.query_params:
                del st.query_params[key]
    ss[_WRITTEN] = urlstate.remember_written(ss.get(_WRITTEN), want)


def shown_at(atlas: AtlasContext, step: PlaybackStep) -> pd.DataFrame:
    """The incidents of ``step``'s window with the sidebar's other filters (actors, types,
    layers) applied: the window replaces the sidebar's date range while playing."""
    lo, hi = playback.window_of(step)
    return atlas.rows(dataclasses.replace(atlas.view, date_from=lo, date_to=hi))


# ------------------------------------------------------------------ callbacks (before a rerun)


def _step_by(n: int, bounds: urlstate.DateBounds) -> None:
    """Move the step ``n`` units; without one, start at the sidebar range's first step."""
    ss = st.session_state
    step = current()
    if step is None:
        start = ss.get(DATES, (bounds.start, bounds.end))[0]
        ss[PLAY_STEP] = playback.first_step(start, _unit(), _trail(), bounds)
        return
    ss[PLAY_STEP] = playback.next_step(step, n, bounds)


def _toggle(bounds: urlstate.DateBounds) -> None:
    ss = st.session_state
    if current() is None:
        _step_by(0, bounds)
    ss[PLAY_RUNNING] = not ss.get(PLAY_RUNNING, False)
    ss[_LAST_TICK] = time.monotonic()  # the first step comes one interval later


def _stop() -> None:
    st.session_state[PLAY_STEP] = None
    st.session_state[PLAY_RUNNING] = False


def _options_changed() -> None:
    """The unit or the trail changed: the step keeps its day."""
    ss = st.session_state
    ss[_SPEED] = float(ss.get(PLAY_SPEED, 1.0))
    step = current()
    if step is not None:
        ss[PLAY_STEP] = PlaybackStep(step.end, _unit(), _trail())


def _unit() -> playback.Unit:
    return playback.parse_unit(str(st.session_state.get(PLAY_UNIT, playback.DEFAULT_UNIT)))


def _trail() -> int:
    try:
        return playback.parse_trail(int(st.session_state.get(PLAY_TRAIL, playback.DEFAULT_TRAIL)))
    except ValueError:
        return playback.DEFAULT_TRAIL


# ------------------------------------------------------------------ drawing


def controls(bounds: urlstate.DateBounds) -> None:
    """Step back, play/pause, step forward, the unit, the speed, the trail, stop."""
    running = bool(st.session_state.get(PLAY_RUNNING)) and current() is not None
    cols = st.columns([1.2, 1, 1.5, 1.9, 1.1, 1, 1.4], vertical_alignment="bottom")
    cols[0].button("⏮ Step back", key="play_back", on_click=_step_by, args=(-1, bounds),
                   help="One step earlier", width="stretch")  # fmt: skip
    cols[1].button("⏸ Pause" if running else "▶ Play", key="play_toggle", on_click=_toggle,
                   args=(bounds,), width="stretch")  # fmt: skip
    cols[2].button("Step forward ⏭", key="play_forward", on_click=_step_by, args=(1, bounds),
                   help="One step later", width="stretch")  # fmt: skip
    cols[3].radio("Step", playback.UNITS, key=PLAY_UNIT, horizontal=True,
                  on_change=_options_changed)  # fmt: skip
    cols[4].selectbox("Seconds per step", playback.SPEEDS, key=PLAY_SPEED,
                      on_change=_options_changed)  # fmt: skip
    cols[5].number_input("Trail (steps)", min_value=1, max_value=playback.MAX_TRAIL, step=1,
                         key=PLAY_TRAIL, on_change=_options_changed,
                         help="How many steps stay on the map, older ones fainter.")  # fmt: skip
    cols[6].button("■ Stop playback", key="play_stop", on_click=_stop,
                   disabled=current() is None, width="stretch")  # fmt: skip


def caption(step: PlaybackStep) -> str:
    """``Playback: week ending 2024-03-14 · shown 2024-02-16 – 2024-03-14 (4 weeks, …)``."""
    lo, hi = playback.window_of(step)
    units = step.unit + ("s" if step.trail > 1 else "")
    return (f"Playback: {step.unit} ending {hi.isoformat()} · shown {lo.isoformat()} – "
            f"{hi.isoformat()} ({step.trail} {units}; older steps fainter). "
            "The sidebar's actor, type and layer filters apply; its date range returns "
            "with “Stop playback”.")  # fmt: skip


def ticker(bounds: urlstate.DateBounds) -> None:
    """While playing, a fragment Streamlit reruns every *speed* seconds moves the step and
    reruns the app (no blocking sleep in the script); at the data's last day it pauses."""
    ss = st.session_state
    running = bool(ss.get(PLAY_RUNNING)) and current() is not None
    speed = float(ss.get(_SPEED, 1.0))

    @st.fragment(run_every=speed if running else None)
    def _tick() -> None:
        step = current()
        if not ss.get(PLAY_RUNNING) or step is None:
            return
        # The body also runs in the app's run; step only when an interval has passed.
        now = time.monotonic()
        if now - float(ss.get(_LAST_TICK, 0.0)) < 0.8 * speed:
            return
        ss[_LAST_TICK] = now
        later = playback.next_step(step, 1, bounds)
        if later == step:  # the data's last day: pause there
            ss[PLAY_RUNNING] = False
        ss[PLAY_STEP] = later
        st.rerun()

    _tick()
