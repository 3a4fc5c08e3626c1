"""Round 9 of the injected-defect sets: the held-out round made after the work on rounds 1–8 (see README.md)."""
