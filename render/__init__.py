"""Incident Atlas rendering: maps, charts, popups, markup and exported documents.

Built on ``geo/`` (the domain), never the other way round: ``geo/`` never imports this
package (tests/test_layering.py). No Streamlit import either; the pages put what this
package draws on screen.
"""
