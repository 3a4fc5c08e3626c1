"""Round 5 of the injected-defect sets: the held-out round (see README.md)."""
