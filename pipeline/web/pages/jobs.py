"""A build's progress: a page that works without JavaScript, and the JSON its script polls."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from .. import catalogue
from ..catalogue import NotFound
from ..dependencies import Queue
from ..jobs import BuildJob, BuildQueue
from ..rendering import not_stored, render

router = APIRouter()


@router.get("/jobs/{job_id}.json")
def job_status(job_id: str, queue: Queue):
    job = _job(queue, job_id)
    return _kept_if_standard(job, JSONResponse(job.as_json()))


@router.get("/jobs/{job_id}", response_class=HTMLResponse)
def job_page(request: Request, job_id: str, queue: Queue):
    job = _job(queue, job_id)
    view = catalogue.describe(job.leaflet, catalogue.source_for(job.leaflet))
    return _kept_if_standard(job, render(request, "job.html", job=job, view=view))


def _kept_if_standard(job: BuildJob, response: Response) -> Response:
    """A build of a sheet filled in for a patient links to their files: not stored."""
    return not_stored(response) if job.fill else response


def _job(queue: BuildQueue, job_id: str) -> BuildJob:
    job = queue.get(job_id)
    if job is None:
        raise NotFound("There is no such build: it may be from before the server restarted.")
    return job
