"""Round 6 of the injected-defect sets: the held-out round made after the work on rounds 1–5 (see README.md)."""
