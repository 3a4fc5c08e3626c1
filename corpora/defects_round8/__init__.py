"""Round 8 of the injected-defect sets: the held-out round made after the work on rounds 1–7 (see README.md)."""
