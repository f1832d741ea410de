"""``/export`` (the store as an RDF file, streamed) and ``/stats``."""

from __future__ import annotations

import tempfile

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse
from starlette.concurrency import run_in_threadpool

from api.errors import BadRequest, NotFound, Unprocessable
from api.models import Stats
from kg.export import EXPORT_FORMATS, ExportError, export, export_format
from kg.store import StoreError

router = APIRouter(tags=["Data"])
CHUNK = 1 << 16


@router.get(
    "/export",
    summary="Export the store or one graph",
    responses={
        200: {"description": "RDF in the requested format", "content": {"application/n-quads": {}}},
        404: {"description": "no such graph"},
        422: {"description": "the store holds what the format cannot represent (control characters in RDF/XML)"},
    },
)
async def export_store(
    request: Request,
    format: str = Query(
        "nq",
        description=f"one of {', '.join(EXPORT_FORMATS)}; nq/trig/jsonld keep the named "
        "graphs, the others give one graph (or the union of all)",
    ),
    graph: str | None = Query(None, description="IRI of one named graph"),
) -> StreamingResponse:
    try:
        info = export_format(format)
    except StoreError as exc:
        raise BadRequest(str(exc)) from None
    store = request.app.state.store
    if graph is not None and graph not in await run_in_threadpool(store.graph_names):
        raise NotFound(f"no graph <{graph}> in the store")
    spool = tempfile.SpooledTemporaryFile(max_size=8 << 20)  # spills to disk for big stores
    try:
        await run_in_threadpool(export, store, info.name, spool, graph)
    except ExportError as exc:
        spool.close()
        raise Unprocessable(str(exc)) from None
    spool.seek(0)

    def chunks():
        try:
            while block := spool.read(CHUNK):
                yield block
        finally:
            spool.close()

    filename = f"conflict-kg.{info.extension}"
    return StreamingResponse(
        chunks(), media_type=info.media_type, headers={"Content-Disposition": f'attachment; filename="{filename}"'}
    )


@router.get("/stats", summary="Counts by class and by article", responses={200: {"model": Stats}})
async def stats(request: Request) -> JSONResponse:
    return JSONResponse(await run_in_threadpool(request.app.state.store.stats))
