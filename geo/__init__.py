"""Incident Atlas domain: articles → incidents → places. Never imports streamlit.

Its reference tables (the gazetteer, curated places, landmarks) ship with the code in
``geo/reference/`` (:data:`REFERENCE_DIR`), read-only, never in the data directory
(``INCIDENT_ATLAS_DATA_DIR``): a volume mounted on that must not hide them.
"""

from pathlib import Path

REFERENCE_DIR = Path(__file__).resolve().parent / "reference"
"""The gazetteer (``gazetteer/``), ``places_*.csv`` and ``landmarks.csv``."""
