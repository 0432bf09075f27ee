"""``quoteaudit serve``: the editor's desk, a local web page and JSON API for checking a draft.

Pieces: :mod:`.pool` (audit worker processes, warm and bounded), :mod:`.worker` (one
worker), :mod:`.app` (the Starlette application: page, API, reports), :mod:`.openapi`,
and ``static/`` (the page's HTML, script and stylesheet, shipped in the package).
:func:`.server.serve` checks the options, starts the workers, then runs uvicorn.
"""
