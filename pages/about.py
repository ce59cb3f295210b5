"""About page: method, data, and what the labels mean."""

import streamlit as st

from ui.state import context

context()  # the frame ran (a first visitor's link to this page: see ui.state.context)
st.title("About Incident Atlas")
st.markdown(
    """
Incident Atlas turns news articles about strikes and attacks into a briefing map.
Every incident links back to the exact words of every article that reports it.

### Method
1. **Articles** are read from the atlas's store (`data/atlas.db`, or a PostgreSQL
   database), with their title, outlet, address, publication date and language (blank
   means *unknown*, shown as "unknown"). A new store is first filled from
   `data/articles/*.txt` and `data/articles/index.csv`; articles added on the
   **Add article** page are saved in the store.
2. **Mentions** of strikes and attacks are extracted from each article with the
   excerpt they come from (character offsets into the text), the place named, the
   date as narrowly as the text allows, the actor and who says so, and any casualty
   figures.
3. **Places** are geocoded offline (a gazetteer and a curated table), so nothing
   you read is sent anywhere.
4. **Incidents**: mentions of the same event (same place, overlapping dates, same
   kind of event) are merged into one incident; each source keeps its own figures.
5. The incidents are saved in the store and built again, once, when an article
   arrives (the app does it, or `python -m geo build`, which also writes
   `data/incidents.geojson` and `data/incidents.csv` as exports).

### Data sources
Only the articles in the store, listed on the **Sources** page with their
metadata. Nothing is added from elsewhere; coordinates come from the offline gazetteer.

### Who did it: alleged, claimed, stated
- **alleged** — one party accuses another (e.g. *Russia says Ukraine fired missiles*).
  The accuser is shown as *alleged by*. An allegation is not a fact.
- **claimed** — the actor itself takes responsibility.
- **stated** — the article reports it in its own voice, without attributing the
  claim to a party.

### Dates
Every incident has a *date window*, as narrow as the text allows:
**day** (a known day), **days** (a few days, e.g. "between 4 and 6 January"),
**week**, **month**, **year**, or **unknown**. The date filter shows an incident when
its window *overlaps* the chosen range. **Undated incidents are always shown** (no
date range can rule them out) and are labelled "date unknown"; they are left out of
the timeline chart, which counts each dated incident in the week or month where its
window starts.

### Places
- **town** — a city, town or village: a point on the map.
- **region** — e.g. an oblast: drawn with a circle of the region's rough radius.
- **country** — only the country is known: a large uncertainty circle.

Incidents whose place could not be found are listed under the map.

### Figures
Casualty figures are each source's own. When sources disagree, the card shows every
figure and says which is highest; the table shows the highest.

### Confidence and the review queue
Every extracted incident carries a **confidence** (0–1) and the doubts that lowered it:
a place name that fits several places, a village placed at its region because the
gazetteer lacks it, a day inferred rather than written, an attacker guessed from the
side the place is on. The **Incidents** page lists unreviewed incidents under 0.7 (and
ambiguous places) first, least sure first, with the reasons. Imported datasets carry
their coders' own judgement and no extraction confidence.

### Place names and boundaries (attribution)
Place names and coordinates: **GeoNames** (www.geonames.org), licensed under
**CC BY 4.0** — every populated place of Ukraine, and towns of Russia, Belarus and
Moldova (cities500). Ukrainian administrative codes and official names: the Codifier of
administrative-territorial units and territories of territorial communities
(**KATOTTG**), Ministry for Development of Communities and Territories of Ukraine,
edition of 19 Jan 2024. Administrative boundaries, coastlines, seas, lakes and rivers of
the offline map: made with **Natural Earth** (public domain). Latin spellings of Cyrillic
names are generated (KMU-2010 and Russian-style).

### Sharing a view
The address bar always holds the current view: `from` and `to` (dates,
`YYYY-MM-DD`), `actor` and `type` (repeatable, e.g. `?actor=Russia&actor=Ukraine`;
a missing actor is `Unknown`), `incident` (the selected incident) and, on the
Sources page, `article`. Copy it to share exactly what you see. Parameters that make
no sense are ignored with a warning naming them.
"""
)
