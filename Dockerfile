# Incident Atlas: the Streamlit app, fully offline-capable (map assets are vendored in static/).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# DejaVu Sans: the PDF brief prints every script (Cyrillic included) in it.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*

# Exact pins with hashes (requirements.lock, made by `./dev lock`): pip refuses any other file.
COPY requirements.lock .
RUN pip install --require-hashes -r requirements.lock

COPY . .

# Build the gazetteer index once, in the image, so a container starts in about a second.
RUN python -c "from geo.gazetteer import Gazetteer; Gazetteer.load()"

# Run unprivileged; the app writes only under data/ and .cache/ (gazetteer cache).
RUN useradd --create-home --uid 10001 atlas \
    && mkdir -p /app/.cache && chown -R atlas:atlas /app/data /app/.cache
USER atlas

EXPOSE 8501

# A container faces a network: nobody may write unless the deployment says who may
# (INCIDENT_ATLAS_MODE=editors with INCIDENT_ATLAS_EDITORS and a proxy; README "Deploying").
ENV INCIDENT_ATLAS_MODE=read-only
# A visitor sees that something failed, never the server's paths or traceback (the log keeps
# them): Streamlit's client.showErrorDetails.
ENV STREAMLIT_CLIENT_SHOW_ERROR_DETAILS=none

HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4).status == 200 else 1)"

# .streamlit/config.toml turns on static serving (/app/static) and headless mode.
CMD ["streamlit", "run", "app.py", "--server.address", "0.0.0.0", "--server.port", "8501"]
