"""Round 16 of the injected-defect sets: the held-out round made after the work on rounds 1–15 (see README.md)."""
