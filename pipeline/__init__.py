"""ziping: structured, cross-checked data from county self-assessment reports."""

from pathlib import Path

DEFAULT_DB = Path("outputs") / "ziping.duckdb"      # the DuckDB dataset a run adds to unless told otherwise
