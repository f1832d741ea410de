"""``/articles``: list, one article with the facts read from it, and posting a new article for ingestion."""

from __future__ import annotations

import datetime
import hmac
import json

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from api.errors import (
    BadRequest,
    NotFound,
    PayloadTooLarge,
    ServiceUnavailable,
    Unauthorized,
    Unprocessable,
    UnsupportedMediaType,
)
from api.events import find_events
from api.ids import article_graph, id_of, short_type
from api.models import ArticleDetail, ArticlePost, ArticleSummary
from api.querying import records
from kg.articles import ArticleMetadata, article_from_text, decode_bytes
from kg.event_lookup import EventFilter
from kg.namespace import RES

router = APIRouter(prefix="/articles", tags=["Articles"])


def article_view(row: dict) -> dict:
    def text(key: str) -> str | None:
        return str(row[key]) if row.get(key) is not None else None

    return {
        "id": id_of(row["article"]),
        "iri": str(row["article"]),
        "graph": str(row["graph"]),
        "title": text("title"),
        "published": text("issued"),
        "publisher": text("publisher"),
        "url": text("url"),
        "ingested": text("ingested"),
        "extractor_version": text("extractor"),
    }


@router.get("", summary="Articles", responses={200: {"model": list[ArticleSummary]}})
async def list_articles(request: Request) -> JSONResponse:
    return JSONResponse([article_view(r) for r in await records(request, "articles", article=None)])


@router.get(
    "/{article_id}",
    summary="One article and its facts",
    responses={200: {"model": ArticleDetail}, 404: {"description": "no such article"}},
)
async def get_article(request: Request, article_id: str) -> JSONResponse:
    graph = article_graph(article_id)
    rows = await records(request, "articles", article=RES[f"article/{article_id}"])
    if not rows:
        raise NotFound(f"no article {article_id!r}")
    relations = [
        {
            "iri": str(r["relation"]),
            "type": short_type(r["relationType"]),
            "subject": {
                "iri": str(r["subject"]),
                "id": id_of(r["subject"]),
                "name": str(r["subjectLabel"]) if r.get("subjectLabel") is not None else None,
            },
            "object": {
                "iri": str(r["object"]),
                "id": id_of(r["object"]),
                "name": str(r["objectLabel"]) if r.get("objectLabel") is not None else None,
            },
            "evidence": {"quote": str(r["quote"]), "start": int(r["start"]), "end": int(r["end"])}
            if r.get("quote") is not None
            else None,
        }
        for r in await records(request, "article_relations", graph=graph)
    ]
    _, events = await find_events(request, EventFilter(graph=graph))
    return JSONResponse({**article_view(rows[0]), "events": events, "relations": relations})


def _check_token(request: Request) -> None:
    token = request.app.state.settings.token
    if token is None:
        return
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise Unauthorized("posting articles needs 'Authorization: Bearer <token>'")


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(f"the upload is larger than {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge(f"the upload is larger than {limit} bytes")
        chunks.append(chunk)
    body = b"".join(chunks)
    request._body = body  # Starlette re-reads a consumed stream from here (request.form() for multipart)
    return body


def _metadata(fields: dict) -> ArticleMetadata:
    published = fields.get("published")
    try:
        date = datetime.date.fromisoformat(published) if published else None
    except ValueError:
        raise BadRequest(f"'published' must be an ISO date, not {published!r}") from None
    return ArticleMetadata(
        url=fields.get("url") or None,
        publisher=fields.get("publisher") or None,
        published=date,
        title=fields.get("title") or None,
    )


async def _article_from_request(request: Request, body: bytes):
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "application/json":
        try:
            data = ArticlePost.model_validate(json.loads(body))
        except ValueError as exc:
            raise Unprocessable(f"invalid article JSON: {exc}") from None
        return article_from_text(data.text, _metadata(data.model_dump()))
    if content_type == "multipart/form-data":
        form = await request.form(max_part_size=request.app.state.settings.max_upload_bytes)
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise BadRequest("multipart upload needs a 'file' part")
        raw = await upload.read()
        name = upload.filename or "upload"
        text = decode_bytes(raw, name)
        media = "text/html" if name.lower().endswith((".html", ".htm")) else "text/plain"
        fields = {k: v for k, v in form.items() if isinstance(v, str)}
        return article_from_text(text, _metadata(fields), media_type=media)
    raise UnsupportedMediaType("POST an article as application/json or multipart/form-data (field 'file')")


def _result_view(result: object) -> dict:
    """The ingest result as JSON-ready data, whatever dataclass the pipeline returns."""
    from dataclasses import asdict, is_dataclass

    data = asdict(result) if is_dataclass(result) else dict(getattr(result, "__dict__", {}))
    return json.loads(json.dumps(data, default=str))


def _accepted(result: object) -> bool:
    for name in ("accepted", "conforms", "ok", "valid"):
        if hasattr(result, name):
            return bool(getattr(result, name))
    return True


@router.post(
    "",
    summary="Ingest an article",
    status_code=201,
    responses={
        201: {"description": "stored; the body is the ingest result"},
        401: {"description": "token missing or wrong"},
        413: {"description": "upload too large"},
        422: {"description": "rejected by the SHACL shapes: the body has the readable report"},
    },
    openapi_extra={
        "requestBody": {
            "content": {
                "application/json": {"schema": ArticlePost.model_json_schema()},
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "file": {"type": "string", "format": "binary"},
                            "url": {"type": "string"},
                            "publisher": {"type": "string"},
                            "published": {"type": "string"},
                            "title": {"type": "string"},
                        },
                    }
                },
            }
        }
    },
)
async def post_article(request: Request) -> JSONResponse:
    """Read, extract, validate (SHACL) and store an article; its graph replaces any earlier version."""
    _check_token(request)
    settings = request.app.state.settings
    body = await _read_body(request, settings.max_upload_bytes)
    article = await _article_from_request(request, body)
    ingest = settings.ingest
    if ingest is None:
        try:
            from kg.pipeline import ingest_article as ingest
        except ImportError as exc:
            raise ServiceUnavailable(f"article ingestion is not available in this installation ({exc})") from None
    result = await run_in_threadpool(ingest, article, request.app.state.store)
    view = _result_view(result)
    if not _accepted(result):
        raise Unprocessable(view)
    return JSONResponse(view, status_code=201)
