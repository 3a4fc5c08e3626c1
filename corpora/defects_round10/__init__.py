"""Round 10 of the injected-defect sets: the held-out round made after the work on rounds 1–9 (see README.md)."""
