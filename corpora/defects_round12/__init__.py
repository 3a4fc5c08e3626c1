"""Round 12 of the injected-defect sets: the held-out round made after the work on rounds 1–11 (see README.md)."""
