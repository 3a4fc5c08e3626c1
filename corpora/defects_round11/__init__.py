"""Round 11 of the injected-defect sets: the held-out round made after the work on rounds 1–10 (see README.md)."""
