"""ziping: structured, cross-checked data from county self-assessment reports."""
