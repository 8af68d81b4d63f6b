"""Biên niên: dated events from Vietnamese articles, as a table and a timeline."""
__version__ = "0.24.0"

from .extract import extract_article, extract_file, extract_text  # noqa: E402
from .reading import read_article  # noqa: E402
from .table import COLUMNS  # noqa: E402

__all__ = ["extract_article", "extract_file", "extract_text", "read_article", "COLUMNS", "__version__"]
