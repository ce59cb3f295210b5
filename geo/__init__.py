"""Incident Atlas domain: articles → incidents → places. Never imports streamlit."""
