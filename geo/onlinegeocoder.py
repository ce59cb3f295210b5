"""The opt-in online geocoder: geopy's Nominatim, rate limited, cached on disk.

Only asked when the offline gazetteer knows nothing (:func:`geo.geocode.geocode`);
it turns every fault (timeouts, 429s, garbage answers) into a message instead of an
exception, and keeps its answers in a JSON file so a name is asked once.
"""

from __future__ import annotations

import json
import logging
import math
import os
import threading
import warnings
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from geo.atomicfile import write_atomic
from geo.gazetteercache import DEFAULT_CACHE_DIR
from geo.model import Place
from geo.placenames import normalize_name
from geo.placerank import haversine_km

log = logging.getLogger(__name__)

USER_AGENT_ENV = "INCIDENT_ATLAS_USER_AGENT"
DEFAULT_USER_AGENT = "incident-atlas/0.1 (+https://github.com/incident-atlas)"


def _bbox_radius_km(raw: dict[str, Any]) -> float:
    """Half the diagonal of Nominatim's bounding box (south, north, west, east)."""
    try:
        s, n, w, e = (float(v) for v in raw["boundingbox"])
    except (KeyError, TypeError, ValueError):
        return 0.0
    return round(haversine_km((s, w), (n, e)) / 2, 1)


def _precision_of(raw: dict[str, Any]) -> str:
    kind = str(raw.get("addresstype") or raw.get("type") or "")
    if kind == "country":
        return "country"
    if kind in ("state", "region", "province", "county", "state_district", "district"):
        return "region"
    return "town"


def place_from_location(location: Any) -> Place:
    """Turn a geopy ``Location`` into a Place; raises ValueError on garbage.

    Parameters
    ----------
    location : geopy.location.Location
        Needs ``latitude``, ``longitude``, ``address`` and a ``raw`` dict.
    """
    try:
        lat, lon = float(location.latitude), float(location.longitude)
        raw = location.raw if isinstance(location.raw, dict) else {}
        address = str(location.address)
    except (AttributeError, TypeError, ValueError) as exc:
        raise ValueError(f"unusable answer: {exc}") from exc
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"coordinates out of range: {lat}, {lon}")
    precision = _precision_of(raw)
    cc = (
        (raw.get("address") or {}).get("country_code")
        if isinstance(raw.get("address"), dict)
        else None
    )
    osm = (
        f"osm:{raw.get('osm_type', 'x')}{raw.get('osm_id', '')}"
        if raw.get("osm_id")
        else f"osm:{normalize_name(address).replace(' ', '-')[:60]}"
    )
    return Place(
        key=osm,
        name=str(raw.get("name") or address.split(",")[0]).strip(),
        country=cc.upper() if isinstance(cc, str) else None,
        lat=lat,
        lon=lon,
        precision=precision,  # type: ignore[arg-type]
        radius_km=0.0 if precision == "town" else _bbox_radius_km(raw),
        source="online",
    )


def _describe(exc: BaseException) -> str:
    """Short human reason for a geocoder fault: 'timeout', 'rate limited (429)'..."""
    name = type(exc).__name__
    if isinstance(exc, TimeoutError) or "Timed" in name or "Timeout" in name:
        return "timeout"
    if "RateLimited" in name or "429" in str(exc):
        return "rate limited (429)"
    return f"{name}: {exc}" if str(exc) else name


@dataclass
class _AnswerCache:
    """normalised query → Place fields (or None for 'not found'), as a JSON file."""

    path: Path
    answers: dict[str, dict[str, Any] | None] = field(default_factory=dict)

    def load(self) -> None:
        if not self.path.exists():
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            self.answers = data
        except (OSError, ValueError) as exc:
            warnings.warn(
                f"online geocoder cache {self.path} is corrupt ({exc}); rebuilding",
                RuntimeWarning,
                stacklevel=3,
            )
            self.answers = {}

    def save(self) -> None:
        try:
            write_atomic(self.path, json.dumps(self.answers, ensure_ascii=False, indent=0))
        except OSError as exc:  # losing the cache costs requests, not answers
            log.warning("could not write %s: %s", self.path, exc)


class OnlineGeocoder:
    """A rate-limited, disk-cached wrapper around a geopy-like geocoder.

    Parameters
    ----------
    geocoder : object
        Anything with ``.geocode(query, exactly_one=True, **kwargs)``
        (e.g. ``geopy.geocoders.Nominatim``; tests pass a fake).
    cache_path : Path
        JSON file of earlier answers; a corrupt file is rebuilt with a warning.
    min_delay_seconds : float
        Minimum spacing between requests (Nominatim's policy is one per second).
    geocode_kwargs : dict, optional
        Extra keyword arguments for every ``geocode`` call.
    """

    def __init__(
        self,
        geocoder: Any,
        cache_path: Path,
        min_delay_seconds: float = 1.0,
        geocode_kwargs: dict[str, Any] | None = None,
    ) -> None:
        from geopy.extra.rate_limiter import RateLimiter

        self._geocode: Callable[..., Any] = RateLimiter(
            geocoder.geocode,
            min_delay_seconds=min_delay_seconds,
            max_retries=0,
            error_wait_seconds=min_delay_seconds,
            swallow_exceptions=False,
        )
        self._kwargs = dict(geocode_kwargs or {})
        self._cache = _AnswerCache(Path(cache_path))
        self._cache.load()
        self._lock = threading.Lock()
        self.requests = 0  # how many times the network was asked (tests check it)

    def lookup(self, query: str) -> tuple[Place | None, str | None]:
        """The online answer for a query and an error message (None when fine).

        Never raises: timeouts, 429s, 5xx and garbage answers become
        ``(None, "online geocoder unavailable: <reason>")`` and are not cached.
        """
        key = normalize_name(query)
        with self._lock:
            if key in self._cache.answers:
                cached = self._cache.answers[key]
                try:
                    return (Place(**cached) if cached else None), None
                except TypeError:  # a damaged entry: forget it and ask again
                    log.warning("online geocoder cache entry for %r is corrupt", query)
                    del self._cache.answers[key]
            try:
                self.requests += 1
                location = self._geocode(query, exactly_one=True, **self._kwargs)
                place = None if location is None else place_from_location(location)
            except Exception as exc:  # any fault: fall back, never break the caller
                log.warning("online geocoder failed for %r: %s", query, exc)
                return None, f"online geocoder unavailable: {_describe(exc)}"
            self._cache.answers[key] = asdict(place) if place else None
            self._cache.save()
            return place, None


def nominatim(
    cache_dir: Path | None = None, user_agent: str | None = None, min_delay_seconds: float = 1.0
) -> OnlineGeocoder:
    """The real online fallback: Nominatim with a descriptive user agent.

    Parameters
    ----------
    cache_dir : Path, optional
        Default ``<repo>/.cache``; answers go to ``nominatim.json`` there.
    user_agent : str, optional
        Default ``$INCIDENT_ATLAS_USER_AGENT`` or :data:`DEFAULT_USER_AGENT`.
    """
    from geopy.geocoders import Nominatim

    agent = user_agent or os.environ.get(USER_AGENT_ENV) or DEFAULT_USER_AGENT
    return OnlineGeocoder(
        Nominatim(user_agent=agent, timeout=10),
        Path(cache_dir or DEFAULT_CACHE_DIR) / "nominatim.json",
        min_delay_seconds,
        {"addressdetails": True, "language": "en"},
    )


def default_online_geocoder(cache_dir: Path | None = None) -> OnlineGeocoder:
    """The CLI's ``--online`` geocoder: :func:`nominatim` with config from the environment."""
    return nominatim(cache_dir)
