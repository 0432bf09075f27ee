"""The CI gate: what a newsroom decides about the findings.

``config`` (settings closest to each article), ``checks`` (whether those settings name
real rules and weights), ``policy`` (the per-article verdict and the exit code),
``suppress`` (inline suppression comments), ``baseline`` (accepted findings),
``gitdiff`` (``--diff-base``: findings on changed lines only) and ``scaffold``
(``quoteaudit init``). The gate depends on the pipeline stages, never the reverse.
"""
