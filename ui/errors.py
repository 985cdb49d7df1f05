"""finbot's errors as HTTP answers: the status a client can act on and a message in plain language.

Details meant for operators (setting names, commands, engine addresses, exception text) go to the log,
never to the client.
"""

from __future__ import annotations

import logging
import re

from fastapi import HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from assistant.errors import BusyError, FinbotError, InputError, ModelError

log = logging.getLogger("finbot.api")

_SETTING = re.compile(r"\s*\(?\bFINBOT_[A-Z_]+\b\)?")
_SENTENCE = re.compile(r"[^.!?]*`[^`]*`[^.!?]*[.!?]\s*")  # a sentence naming a command

UNAVAILABLE = "finbot's answer engine is unavailable right now. Please try again in a minute."
FAILED = "Something went wrong on our side while answering. Please try again; if it keeps happening, contact support."


def plain(message: str) -> str:
    """A user-facing message without setting names or command hints (those are for operators)."""
    return _SENTENCE.sub("", _SETTING.sub("", message)).strip()


def busy(exc: BusyError) -> HTTPException:
    return HTTPException(status_code=503, detail=plain(str(exc)), headers={"Retry-After": str(exc.retry_after)})


def http_error(exc: BaseException) -> HTTPException:
    """The HTTP error for anything an answer raised; unexpected ones are logged with their traceback."""
    if isinstance(exc, BusyError):
        return busy(exc)
    if isinstance(exc, InputError):
        return HTTPException(status_code=422, detail=plain(str(exc)))
    if isinstance(exc, ModelError):
        log.error("generation failed: %s", exc)
        return HTTPException(status_code=503, detail=UNAVAILABLE, headers={"Retry-After": "30"})
    if isinstance(exc, FinbotError):
        log.error("answer failed: %s", exc)
    else:
        log.error("answer failed", exc_info=exc)
    return HTTPException(status_code=500, detail=FAILED)


async def plain_validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    """A request body FastAPI could not read, told in words (pydantic's error records go to the log)."""
    log.info("invalid request to %s: %s", request.url.path, exc.errors()[:3])
    kinds = {e.get("type", "") for e in exc.errors()}
    fields = sorted({str(e["loc"][-1]) for e in exc.errors() if len(e.get("loc", ())) > 1 and e["loc"][0] == "body"})
    if "json_invalid" in kinds:
        detail = "The request body is not valid JSON."
    elif fields and kinds <= {"missing"}:
        detail = f"The request is missing {', '.join(repr(f) for f in fields)}."
    elif fields:
        detail = f"Check the request: {', '.join(repr(f) for f in fields)} is missing or of the wrong type."
    else:
        detail = "The request body must be a JSON object; see /docs for its fields."
    return JSONResponse({"detail": detail}, status_code=422)
