"""The web page's pages, one module and one FastAPI router each; app.py puts them together."""
