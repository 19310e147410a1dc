"""The FastAPI application: HTTP API, the interview websocket and the browser app.

Start-up does only what serving needs (open the database, load the rubric); the
kernel pool and litellm warm up in the background, so the server answers within a
second or two of starting and code runs simply wait for the first warm kernel.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, HTTPException, WebSocket
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from server.api import router, store_error_response
from server.headers import SecurityHeaders, page_with_nonce
from server.hosts import HostGuard, HostPolicy
from server.hub import SessionHub
from server.limits import Quotas
from server.settings import Settings
from server.store import StoreError
from server.ws import serve_socket

log = logging.getLogger("hotseat.server")
FRONTEND = Path(__file__).resolve().parent.parent / "frontend"
FRONTEND_FOLDERS = ("js", "css", "vendor")


class RevalidatedFiles(StaticFiles):
    """Static files the browser revalidates (ETag) before reuse, so an upgrade is never half-applied."""

    async def get_response(self, path, scope):
        response = await super().get_response(path, scope)
        response.headers.setdefault("Cache-Control", "no-cache")
        return response


class Hotseat(FastAPI):
    """The app, its every response passing through the edge: the Host check, then the security headers.

    They wrap the whole middleware stack, Starlette's error handler included, so even a
    500 carries the headers and no request with a foreign Host reaches any code.
    """

    def __init__(self, settings: Settings, **kwargs):
        super().__init__(**kwargs)
        self.host_policy = HostPolicy(settings.host, settings.allowed_hosts)

    def build_middleware_stack(self):
        return SecurityHeaders(HostGuard(super().build_middleware_stack(), self.host_policy))


class HotseatState:
    def __init__(self, settings: Settings):
        from interviewer.choose import describe
        from reference import catalog
        from rubric import RubricStore, copy_rubric
        from server.store import Store

        self.settings = settings
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        self.store = Store(settings.data_dir)
        self.store.watch()   # PRAGMA quick_check now (in a thread) and every few hours; /api/health reports it
        admin = self.store.ensure_admin_token()
        if admin:
            settings.announce(f"hotseat: admin token (shown once, stored hashed; needed to edit rubrics): {admin}")
        rubric_dir = settings.rubric_dir or settings.data_dir / "rubric"
        if not rubric_dir.exists():
            copy_rubric(rubric_dir)
        elif settings.rubric_dir is None:   # the server's own copy follows each release (rubric.migrate)
            from rubric.migrate import sync

            for line in sync(rubric_dir, exercise_ids=set(catalog())).lines():
                settings.announce(f"hotseat: {line}")
        self.rubric_store = RubricStore(rubric_dir, exercise_ids=set(catalog()))
        self.llm = settings.llm
        self.llm_description = describe(self.llm)
        self.runner = None
        self.runner_problem: str | None = None
        self.hub = SessionHub(self.store, self.rubric_store, None, self.llm, lease_seconds=settings.lease_seconds)
        self.quotas = Quotas.from_settings(settings)

    async def start(self) -> None:
        if self.llm is not None:
            from interviewer.llm import warm_up

            warm_up()
        self.hub.start()
        asyncio.get_running_loop().create_task(self._start_kernels())

    async def _start_kernels(self) -> None:
        """Kernel environment, sandbox check and kernel template, off the start-up path."""
        from kernels.sandbox import SandboxConfig
        from kernels.start import CodeCannotRun, UnavailableRunner, open_runner

        try:   # with a gateway (HOTSEAT_GATEWAY_URL) kernels come from it and the local sandbox is not used
            runner = await open_runner(config=SandboxConfig(unsafe_no_sandbox=self.settings.unsafe_no_sandbox),
                                       pool_size=self.settings.pool_size, deadline=self.settings.code_timeout,
                                       gateway=self.settings.gateway)
        except CodeCannotRun as exc:  # the app still interviews without code runs
            self.runner_problem = str(exc)
            log.warning("code cannot run: %s", exc)
            self.hub.set_runner(UnavailableRunner(f"code cannot run on this server: {exc}"))
            return
        self.runner = runner
        self.hub.set_runner(runner)

    def kernel_status(self) -> dict:
        if self.runner_problem:
            return {"ready": False, "problem": self.runner_problem}
        if self.runner is None:
            return {"ready": False, "problem": None, "starting": True}
        return {"ready": True, **self.runner.status()}   # a gateway's status says ready False and its problem

    async def close(self) -> None:
        await self.hub.close()
        if self.runner is not None:
            await self.runner.close()
        self.store.close()


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        state = HotseatState(settings)
        app.state.hotseat = state
        await state.start()
        yield
        await state.close()

    # No /api/docs or /redoc: FastAPI's pages load Swagger UI and ReDoc from a CDN, which the
    # Content-Security-Policy forbids (and an offline machine cannot reach). The schema stays.
    app = Hotseat(settings, title="hotseat", lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json")
    app.include_router(router)
    app.add_exception_handler(StoreError, store_error_response)

    @app.websocket("/ws")
    async def interview_socket(websocket: WebSocket):
        state: HotseatState = websocket.app.state.hotseat
        await serve_socket(websocket, state.hub, settings.origins(), state.quotas)

    if (FRONTEND / "index.html").exists():
        # Only what the browser loads is served: frontend/{js,css,vendor} under /static/
        # (not package.json, the vendor build's sources or node_modules).
        for folder in FRONTEND_FOLDERS:
            if (FRONTEND / folder).is_dir():
                app.mount(f"/static/{folder}", RevalidatedFiles(directory=FRONTEND / folder), name=f"static-{folder}")

        @app.get("/{path:path}", include_in_schema=False)
        async def page(path: str):
            if path.split("/", 1)[0] in ("api", "static", "ws"):
                raise HTTPException(404, "not found")
            html, headers = page_with_nonce((FRONTEND / "index.html").read_text())   # a new nonce each time
            return HTMLResponse(html, headers=headers)
    else:
        @app.get("/", include_in_schema=False)
        async def no_frontend():
            return JSONResponse({"hotseat": "the browser app is not built in this tree", "api": "/api/health"})

    return app


def serve(settings: Settings) -> None:
    """Run the server until interrupted (the `hotseat serve` command)."""
    import uvicorn

    from server.deadline import protocol_class

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s",
                        stream=sys.stderr)
    for noisy in ("LiteLLM", "LiteLLM Router", "LiteLLM Proxy", "httpx"):   # a line per model call otherwise
        logging.getLogger(noisy).setLevel(logging.WARNING)
    app = create_app(settings)
    print(f"hotseat: serving on http://{settings.host}:{settings.port} (data in {settings.data_dir})",
          file=sys.stderr, flush=True)
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="warning", ws_max_size=1 << 20,
                lifespan="on", http=protocol_class(settings.request_timeout, settings.unfinished_per_client))
