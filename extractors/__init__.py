"""Extractors: format readers (``extractors.formats``), normalisation, the structure parser and, later, field extractors."""
