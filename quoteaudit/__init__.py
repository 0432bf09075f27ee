"""quoteaudit: source-attribution and quote audit for news articles."""

__version__ = "0.1.0"

#: The JSON contract this version writes. Bump the number on any incompatible change.
SCHEMA_ID = "quoteaudit/2"
