"""Building outputs, like Sphinx's builders: each output remembers what it was made from
(manifests.py), so a rebuild touches only what is stale (staleness.py); jobs.py runs the writers
in parallel and moves finished files into place."""
