"""The run machinery: many articles through the pipeline.

``engine`` (worker processes, input order kept), ``dask_engine`` (the same on a Dask
cluster), ``cache`` (audits keyed by content, tool and config) and ``progress`` (the bar
on a terminal). Nothing here decides what a finding is: that is the pipeline's job.
"""
