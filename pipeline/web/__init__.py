"""`leaflet serve`: the equality team's web page (FastAPI, server-rendered Jinja2 templates)."""

from .app import create_app, serve

__all__ = ["create_app", "serve"]
