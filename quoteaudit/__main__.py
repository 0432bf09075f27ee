"""``python -m quoteaudit``."""

from .cli import main

main()
