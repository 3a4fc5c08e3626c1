"""Round 14 of the injected-defect sets: the held-out round made after the work on rounds 1–13 (see README.md)."""
