"""zhixing (执行): reads Chinese court judgments and press releases into one typed document model."""

__version__ = "0.1.0"

# Bumped whenever ingestion, normalisation or parsing changes what a document looks like; the batch flow reprocesses
# a document when the version that produced its stored result differs from this one.
EXTRACTOR_VERSION = "2026.11.28"
