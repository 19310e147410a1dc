"""The HTTP API (docs/protocol.md, "HTTP"): roles, exercises, sessions, replays, exports, search.

Every session route asks the store who the token belongs to; nothing is readable
without a session, replay or owner token, and a replay token never writes.
"""

from __future__ import annotations

import asyncio
import errno
import json
import math
import time

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from starlette.requests import ClientDisconnect

from interviewer.snapshot import SessionRubric
from interviewer.state import reduce
from server import tokens
from server.export import session_markdown
from server.store import StoreError

router = APIRouter(prefix="/api")
MAX_ROLE_BYTES = 256 << 10


def bearer(request: Request) -> str | None:
    """The request's token: `Authorization: Bearer ...`, or `?token=` for a read-only replay token.

    A URL is copied into browser history, server logs and Referer headers, so only a token
    that reads one session (a share link's) may travel in one. A session or owner token in
    the query string is refused, never silently ignored: the caller learns to use the header.
    """
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip() or None
    token = request.query_params.get("token") or None
    if token is not None and not token.startswith(tokens.REPLAY):
        raise HTTPException(401, "only a replay (share) token may be given in the URL; send this token in an "
                                 "Authorization: Bearer header")
    return token


def app_state(request: Request):
    return request.app.state.hotseat


def need_access(request: Request, session_id: str, level: str = "read") -> None:
    token = bearer(request)
    if not token:
        raise HTTPException(401, "a session, replay or owner token is required")
    access = app_state(request).store.authorize(session_id, token)
    if access is None or (level == "write" and access != "write"):
        raise HTTPException(404 if access is None else 403, "no such session for this token")


@router.get("/health")
def health(request: Request):
    """200 and `"status": "ok"` only when the store reads, its file passed its last integrity check and
    the data folder's disk has room; else 503, `"status": "failing"` and a sentence per problem."""
    state = app_state(request)
    store = state.store.health(min_free_bytes=state.settings.min_free_mb * 1_000_000)
    body = {"status": "ok" if store["ok"] else "failing", "version": 1, "problems": store["problems"],
            "store": {"integrity": store["integrity"], "free_mb": round(store["free_bytes"] / 1e6, 1)},
            "kernels": state.kernel_status(), "llm": state.llm_description,
            "llm_configured": state.llm is not None, "roles": len(state.rubric_store.rubric.roles)}
    return JSONResponse(body, status_code=200 if store["ok"] else 503)


def store_error_response(request: Request, exc: StoreError) -> JSONResponse:
    """A request the store could not serve (full disk: 507, damaged file: 503), said as it is."""
    return JSONResponse({"detail": exc.message, "code": exc.code}, status_code=exc.status)


@router.get("/roles")
def roles(request: Request):
    rubric = app_state(request).rubric_store.rubric
    return [role_summary(role) for role in rubric.roles.values()]


def role_summary(role) -> dict:
    return {"id": role.id, "name": role.name, "level": role.level.value, "focus": role.focus,
            "minutes": role.duration_minutes,
            "sections": [{"kind": s.kind.value, "minutes": s.minutes} for s in role.sections],
            "weights": {c.value: w for c, w in role.weights.items()},
            "persona": role.persona.model_dump(mode="json")}


@router.get("/roles/{role_id}")
def role(request: Request, role_id: str):
    rubric = app_state(request).rubric_store.rubric
    if role_id not in rubric.roles:
        raise HTTPException(404, f"unknown role {role_id!r}")
    origin = rubric.origin("role", role_id)
    return {**role_summary(rubric.roles[role_id]), "role": rubric.roles[role_id].model_dump(mode="json"),
            "file": origin.file, "yaml": rubric.files[origin.file]}


def need_admin(request: Request) -> None:
    """The admin token, or 401; after too many wrong ones from an address, 429 for a while, right token or not.

    The admin token is 256 random bits, so guessing it is hopeless anyway; the limit keeps a
    guesser from turning this endpoint into free load, and makes a leaked-token hunt loud.
    """
    limit = app_state(request).quotas.admin
    address = request.client.host if request.client else ""
    wait = limit.locked_for(address)
    if wait > 0:
        seconds = max(1, math.ceil(wait))
        raise HTTPException(429, f"too many wrong admin tokens from this address; try again in {seconds} s",
                            headers={"Retry-After": str(seconds)})
    if not app_state(request).store.is_admin(bearer(request) or ""):
        limit.fail(address)
        raise HTTPException(401, "changing a rubric needs the admin token")


@router.put("/roles/{role_id}")
async def replace_role(request: Request, role_id: str):
    from rubric import InvalidRubric

    state = app_state(request)
    need_admin(request)
    try:
        body = await request.body()
    except ClientDisconnect:   # the client left (or was cut off for sending too slowly): nobody to answer
        return Response(status_code=400)
    if len(body) > MAX_ROLE_BYTES:
        raise HTTPException(413, "a role file is limited to 256 KB")
    text = body.decode("utf-8", "replace")
    rubric = state.rubric_store.rubric
    name = f"roles/{role_id}.yaml"
    if role_id in rubric.roles:
        name = "roles/" + rubric.origin("role", role_id).file.rsplit("/", 1)[-1]
    try:   # in a worker thread: validating the whole rubric takes a tenth of a second, the loop serves others
        fresh = await asyncio.to_thread(state.rubric_store.write, name, text)
    except InvalidRubric as exc:
        root = str(state.rubric_store.root).rstrip("/") + "/"
        return JSONResponse(status_code=422, content={"errors": [  # paths relative to the rubric folder
            {"file": e.file.removeprefix(root), "line": e.line, "field": e.field, "message": e.message}
            for e in exc.errors]})
    except (ValueError, PermissionError) as exc:
        raise HTTPException(400, str(exc)) from None
    except OSError as exc:   # the file could not be written: the old role stays in force
        full = exc.errno == errno.ENOSPC
        raise HTTPException(507 if full else 500, ("the server's disk is full" if full else
                                                   f"the role could not be written: {exc.strerror}")
                            + "; the old role stays in force") from None
    if role_id not in fresh.roles:
        raise HTTPException(422, f"the file does not define role {role_id!r}")
    return role_summary(fresh.roles[role_id])


@router.get("/exercises/{exercise_id}")
def exercise(exercise_id: str):
    from reference import UnknownExercise, get

    try:
        found = get(exercise_id)
    except UnknownExercise:
        raise HTTPException(404, f"unknown exercise {exercise_id!r}") from None
    prompt = found.prompt
    return {"id": found.id, "title": prompt.title, "statement": prompt.statement, "signature": prompt.signature,
            "starter": prompt.starter, "example": prompt.example, "summary": found.summary,
            "examples": [{"name": c.name, "call": c.show} for c in found.examples()]}


@router.get("/sessions")
def sessions(request: Request):
    token = bearer(request)
    if not token:
        raise HTTPException(401, "an owner token is required")
    return app_state(request).store.sessions_for_owner(token)


def replay_document(request: Request, session_id: str) -> dict:
    need_access(request, session_id)
    return session_document(app_state(request), session_id)


def session_document(state, session_id: str) -> dict:
    """A session as the replay reads it: its public row, its events, its scorecard, the wording behind its ids."""
    store = state.store
    row = store.session(session_id)
    events = store.events(session_id)
    reduced = reduce(events)
    public = {k: row[k] for k in ("id", "role_id", "interviewer", "created", "status", "overall", "band") if k in row}
    book = SessionRubric(reduced.snapshot, state.rubric_store.rubric)
    return {"session": public, "events": events, "scorecard": reduced.scorecard,
            "questions": question_texts(book, reduced.asked)}


def need_owner(request: Request) -> str:
    """The request's owner token; 401 for none or for a token of another kind."""
    token = bearer(request)
    if not tokens.looks_like(token, tokens.OWNER):
        raise HTTPException(401, "an owner token (o-...) is required")
    return token


def question_texts(book: SessionRubric, question_ids: list[str]) -> dict:
    """The wording behind the ids a replay's grades name (key points, misconceptions)."""
    return {question_id: {"prompt": question.prompt, **question.wording()}
            for question_id, question in book.questions(question_ids).items()}


@router.get("/sessions/export.json")
def export_all(request: Request):
    """Every session of the owner, newest first, each as its replay reads it: all of a candidate's data."""
    owner = need_owner(request)
    state = app_state(request)
    document = {"exported": time.time(),
                "sessions": [session_document(state, sid) for sid in state.store.owner_session_ids(owner)]}
    return Response(json.dumps(document, indent=1), media_type="application/json", headers={
        "content-disposition": 'attachment; filename="hotseat-sessions.json"'})


@router.delete("/sessions")
async def delete_all(request: Request, all: str = ""):
    """Delete every session of the owner, for good (events, transcripts, search index; `Store.delete_owner`)."""
    owner = need_owner(request)
    if all != "true":
        raise HTTPException(400, "this deletes every session of this owner token, for good; "
                                 "repeat the request with ?all=true to confirm")
    state = app_state(request)
    for session_id in state.store.owner_session_ids(owner):   # live ones stop first (their runs, their turns)
        state.hub.forget(session_id)
    deleted = await asyncio.to_thread(state.store.delete_owner, owner)
    return {"deleted": deleted}


@router.get("/sessions/{session_id}/replay")
def replay(request: Request, session_id: str):
    return replay_document(request, session_id)


@router.get("/sessions/{session_id}/export.json")
def export_json(request: Request, session_id: str):
    document = replay_document(request, session_id)
    return Response(json.dumps(document, indent=1), media_type="application/json", headers={
        "content-disposition": f'attachment; filename="hotseat-{session_id}.json"'})


@router.get("/sessions/{session_id}/export.md")
def export_markdown(request: Request, session_id: str):
    document = replay_document(request, session_id)
    rubric = app_state(request).rubric_store.rubric
    return PlainTextResponse(session_markdown(document, rubric), media_type="text/markdown", headers={
        "content-disposition": f'attachment; filename="hotseat-{session_id}.md"'})


@router.get("/sessions/{session_id}/regrade")
def regrade_preview(request: Request, session_id: str):
    """The session re-graded with today's grader and rubric, old and new side by side; nothing is kept."""
    from interviewer.regrade import NotFinished, regrade

    need_access(request, session_id)
    state = app_state(request)
    try:
        return regrade(state.store.events(session_id), state.rubric_store.rubric)
    except NotFinished as exc:
        raise HTTPException(409, str(exc)) from None


def live_session(request: Request, session_id: str):
    """The session, live in this server's hub to be written to; 409 when another server drives it."""
    from interviewer.engine import InterviewError

    try:
        live = app_state(request).hub.get(session_id)
    except InterviewError as exc:
        raise HTTPException({"leased": 409, "storage_full": 507}.get(exc.code, 503), str(exc)) from None
    if live is None:
        raise HTTPException(404, "no such session for this token")
    return live


@router.post("/sessions/{session_id}/regrade")
async def regrade_and_keep(request: Request, session_id: str):
    """Re-grade and keep it: the new scorecard replaces the one shown (the old grades stay in the replay)."""
    from interviewer.regrade import NotFinished, regrade, regraded_fields

    need_access(request, session_id, "write")
    state = app_state(request)
    live = live_session(request, session_id)

    async def keep() -> dict:   # one turn: nothing else appends while the re-grade is computed and kept
        result = regrade(state.store.events(session_id), state.rubric_store.rubric)
        await live.interview.keep_regrade(regraded_fields(result))
        return result

    try:
        result = await state.hub.turn(live, keep)
    except NotFinished as exc:
        raise HTTPException(409, str(exc)) from None
    return {**result, "kept": True}


@router.post("/sessions/{session_id}/share")
def new_share_link(request: Request, session_id: str):
    """Revoke the session's share link and issue a new one (session or owner token; a link cannot renew itself)."""
    need_access(request, session_id, "write")
    return {"session_id": session_id, "replay_token": app_state(request).store.new_replay_token(session_id)}


@router.delete("/sessions/{session_id}")
async def delete(request: Request, session_id: str):   # on the event loop: the hub's tasks live there
    need_access(request, session_id, "write")
    state = app_state(request)
    state.hub.forget(session_id)
    await asyncio.to_thread(state.store.delete_session, session_id)   # rewrites the search index: not on the loop
    return {"deleted": session_id}


@router.get("/search")
def search(request: Request, q: str = ""):
    token = bearer(request)
    if not token:
        raise HTTPException(401, "an owner token is required")
    if not q.strip():
        return []
    return app_state(request).store.search(token, q[:200])
