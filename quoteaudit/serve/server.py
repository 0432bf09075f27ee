"""Start the server: check the options, bind, start the workers, run uvicorn."""

from __future__ import annotations

import ipaddress
import os
import signal
import socket
import sys
import threading
import urllib.parse
from dataclasses import dataclass

import uvicorn

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
TOKEN_ENV = "QUOTEAUDIT_TOKEN"


class ServeError(Exception):
    """The server cannot start as asked; one line saying why."""


@dataclass
class ServeOptions:
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    workers: int = 1
    queue: int = 8
    config: str | None = None
    token: str | None = None
    model: str | None = None
    open_browser: bool = False
    timeout: float = 120.0


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def url_for(host: str, port: int) -> str:
    if host in ("0.0.0.0", "::", ""):
        host = socket.gethostname()
    elif ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"http://{host}:{port}/"


def bind(host: str, port: int) -> socket.socket:
    """A listening socket, bound before anything slow starts, so a port already in use
    is one clear line at once (and ``--port 0`` picks a free port)."""
    try:
        infos = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise ServeError(f"cannot listen on {host}: {exc.strerror}") from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        hint = "; pick another --port" if exc.errno in (98, 48) else ""
        raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror}{hint}") from None
    sock.set_inheritable(False)
    return sock


def serve(opts: ServeOptions, out=None) -> None:
    """Run the server until Ctrl-C or SIGTERM; :class:`ServeError` if it cannot start."""
    from ..gate.checks import check_config
    from ..gate.config import ArticleConfigs, ConfigError
    from ..nlp import ModelError
    from ..run.engine import tool_info
    from .app import LOOPBACK_HOSTS, ServeSettings, create_app
    from .pool import PoolError, WorkerPool

    out = out or sys.stdout
    token = opts.token or os.environ.get(TOKEN_ENV) or None
    local = is_loopback(opts.host)
    if not local and not token:
        raise ServeError(
            f"--host {opts.host} lets other machines reach the server; give it a token with "
            f"--token or {TOKEN_ENV} (every request must then carry it), or keep the default --host {DEFAULT_HOST}"
        )
    if opts.workers < 1:
        raise ServeError("--workers must be at least 1")
    try:
        config = ArticleConfigs(opts.config, start=".", check=check_config).for_path(None)
        tool = tool_info(opts.model or config.model)
    except (ConfigError, ModelError) as exc:
        raise ServeError(str(exc)) from None
    sock = bind(opts.host, opts.port)
    port = sock.getsockname()[1]
    url = url_for(opts.host, port)
    pool = WorkerPool(config, workers=opts.workers, queue_limit=opts.queue, model=opts.model or config.model, timeout=opts.timeout)
    where = config.path or "built-in defaults (no quoteaudit.toml or [tool.quoteaudit] found)"
    print(f"quoteaudit serve: newsroom config: {where}", file=out, flush=True)
    print(f"quoteaudit serve: loading the spaCy pipeline in {opts.workers} worker(s)...", file=out, flush=True)
    try:
        pool.start()
    except PoolError as exc:
        sock.close()
        raise ServeError(str(exc)) from None
    settings = ServeSettings(
        config=config,
        tool=tool,
        token=token,
        allowed_hosts=(*LOOPBACK_HOSTS, opts.host.lower()) if local else None,
    )
    link = url + (f"?token={urllib.parse.quote(token, safe='')}" if token else "")
    server = _Server(
        uvicorn.Config(
            create_app(pool, settings),
            log_level="warning",
            access_log=False,
            server_header=False,
            lifespan="off",
            timeout_graceful_shutdown=5,
        ),
        on_ready=lambda: _ready(out, link, opts.open_browser),
    )
    # uvicorn catches SIGINT/SIGTERM for a graceful stop and raises them again once it has
    # stopped; they end here as KeyboardInterrupt, not as the audit command's "interrupted".
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, _terminate)
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        pool.close()
        sock.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    print("quoteaudit serve: stopped", file=out, flush=True)


def _terminate(signum, frame) -> None:
    raise KeyboardInterrupt


def _ready(out, link: str, open_browser: bool) -> None:
    print(f"quoteaudit serve: ready at {link}  (Ctrl-C stops it)", file=out, flush=True)
    if open_browser:
        import webbrowser

        threading.Thread(target=webbrowser.open, args=(link,), daemon=True).start()


class _Server(uvicorn.Server):
    """uvicorn's server, saying when it is ready (after it listens, not before)."""

    def __init__(self, config: uvicorn.Config, on_ready):
        super().__init__(config)
        self._on_ready = on_ready

    async def startup(self, sockets=None):
        await super().startup(sockets=sockets)
        if self.started:
            self._on_ready()
