"""Round 15 of the injected-defect sets: the held-out round made after the work on rounds 1–14 (see README.md)."""
