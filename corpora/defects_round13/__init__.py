"""Round 13 of the injected-defect sets: the held-out round made after the work on rounds 1–12 (see README.md)."""
