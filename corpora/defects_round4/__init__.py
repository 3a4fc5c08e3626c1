"""Round 4 of the injected-defect sets: the held-out round (see README.md)."""
