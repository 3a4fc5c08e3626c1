"""Round 7 of the injected-defect sets: the held-out round made after the work on rounds 1–6 (see README.md)."""
