"""The app's side of the house: Streamlit state and request context, in small typed modules.

``geo/`` never imports Streamlit; what the pages need from a request lives here.
"""
