"""Training code and small shipped model artifacts (the learned extractors and checks arrive with later issues)."""
