"""Hypothesis profiles for the grammar-based property tests (``tests/test_fuzz_grammar.py``).

* ``ci`` (the default): derandomized, so every run checks the same articles and a failure
  reproduces; 40 articles per property (24 for a property that audits two versions of
  each), about 30 s of CPU on a two-core machine.
* ``deep``: random, 1000 articles per property; for a hunt before a release or after a
  change to ``quotes/`` or ``speakers/``. Select it with ``HYPOTHESIS_PROFILE=deep``
  (``QUOTEAUDIT_FUZZ=N``, as for ``tests/test_fuzz.py``, runs N random articles instead).

The profiles are registered here rather than in ``conftest.py`` and never loaded globally:
the grammar tests take their settings from :func:`grammar_settings`, so choosing a profile
changes no other test's settings.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_COMMON = dict(
    deadline=None,  # a parse takes 30-150 ms, more on a busy machine
    database=None,  # nothing written into the working tree
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)

settings.register_profile("ci", max_examples=40, derandomize=True, **_COMMON)
settings.register_profile("deep", max_examples=1000, derandomize=False, **_COMMON)

#: the profile in use: ``HYPOTHESIS_PROFILE`` if it names one of ours, else ``ci``
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
if PROFILE not in ("ci", "deep"):
    PROFILE = "ci"
#: ``QUOTEAUDIT_FUZZ=N`` (as for ``tests/test_fuzz.py``): random, N articles per property
if os.environ.get("QUOTEAUDIT_FUZZ", "").isdigit() and int(os.environ["QUOTEAUDIT_FUZZ"]) > 0:
    settings.register_profile("fuzz", max_examples=int(os.environ["QUOTEAUDIT_FUZZ"]), derandomize=False, **_COMMON)
    PROFILE = "fuzz"


def grammar_settings(scale: float = 1.0) -> settings:
    """The settings of the active profile, with ``scale`` times its examples (a property
    that audits two articles per example runs fewer of them in ``ci``)."""
    profile = settings.get_profile(PROFILE)
    return settings(profile, max_examples=max(1, int(profile.max_examples * scale)))
