"""主文 checks: each module registers its checks (code, category, severity, legal basis, real wordings) with
checks.registry; ``run_checks(doc)`` returns the flags. Codes: UNC (unclear), EXE (non-executable), CON
(contradiction), CAL (calculation), CIT (citation)."""

from checks import (act_checks, amount_checks, citation_checks, contradiction_checks, debt_checks,  # noqa: F401
                    fee_checks, learned, money_checks, object_checks, party_checks, repealed_checks,
                    time_checks)
from checks.registry import CHECKS, Check, Finding, run_checks

__all__ = ["CHECKS", "Check", "Finding", "run_checks"]
