"""The one mapping from exceptions to HTTP statuses; every error body is ``{"error", "detail"}``.

Bad input never becomes a 500: routes raise :class:`ApiError` subclasses for what they check themselves, and
the store's and the article reader's own exceptions are mapped here.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from kg.articles import ArticleError
from kg.store import InvalidTermError, QuerySyntaxError, QueryTimeout, ReadOnlyStoreError, StoreBusyError, StoreError
from kg.store.errors import InputLimitError, UntrustedInputError


class ApiError(Exception):
    status = 400

    def __init__(self, detail: object) -> None:
        super().__init__(str(detail))
        self.detail = detail


class BadRequest(ApiError):
    status = 400


class Unauthorized(ApiError):
    status = 401


class Forbidden(ApiError):
    status = 403


class NotFound(ApiError):
    status = 404


class NotAcceptable(ApiError):
    status = 406


class PayloadTooLarge(ApiError):
    status = 413


class UnsupportedMediaType(ApiError):
    status = 415


class Unprocessable(ApiError):
    status = 422


class ServiceUnavailable(ApiError):
    status = 503


#: kg exceptions → HTTP status, most specific first.
STATUS_BY_EXCEPTION: tuple[tuple[type[Exception], int], ...] = (
    (ApiError, 0),  # its own status
    (QuerySyntaxError, 400),
    (InvalidTermError, 400),
    (ArticleError, 400),
    (InputLimitError, 413),  # untrusted RDF past a size, expansion, depth, time or memory limit
    (UntrustedInputError, 400),  # malformed untrusted RDF
    (QueryTimeout, 504),
    (StoreBusyError, 503),
    (ReadOnlyStoreError, 403),
    (StoreError, 500),
)


def status_for(exc: Exception) -> int:
    for cls, status in STATUS_BY_EXCEPTION:
        if isinstance(exc, cls):
            return exc.status if isinstance(exc, ApiError) else status
    return 500


def error_response(status: int, detail: object, headers: dict[str, str] | None = None) -> JSONResponse:
    from http import HTTPStatus

    return JSONResponse({"error": HTTPStatus(status).phrase, "detail": detail}, status_code=status, headers=headers)


def install(app: FastAPI) -> None:
    async def handle_kg(request: Request, exc: Exception) -> JSONResponse:
        status = status_for(exc)
        detail = exc.detail if isinstance(exc, ApiError) else str(exc)
        if status == 504:
            detail = f"{detail} (the server keeps answering other requests; simplify the query or add a LIMIT)"
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        return error_response(status, detail, headers)

    async def handle_validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors()]
        return error_response(422, "; ".join(problems) or "invalid request")

    async def handle_http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return error_response(exc.status_code, exc.detail, getattr(exc, "headers", None))

    for cls, _ in STATUS_BY_EXCEPTION:
        app.add_exception_handler(cls, handle_kg)
    app.add_exception_handler(RequestValidationError, handle_validation)
    app.add_exception_handler(StarletteHTTPException, handle_http)
