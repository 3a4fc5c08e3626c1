"""Extractors: format readers (``extractors.formats``), normalisation, the structure parser and the field extractors.

Public API (stable): every result carries ``text`` and ``span`` ([start, end) offsets into the text given).

- ``find_amounts(text)`` → Amount(value: Decimal, currency: ISO 4217, approximate, capital, gloss_of)
- ``find_dates(text)`` → DateMention(value: datetime.date or None, year, month, day)
- ``find_deadlines(text)`` → Deadline(days, anchor: effective | service | fixed_date, date, instalments)
- ``find_interest(text)`` → Interest(base, annual_rate_pct, rate_text, lpr_multiple, start, end_kind, end, cap)
- ``find_parties(doc)`` → the document's parties with kind, representative, agents, address, birth date, aliases
- ``find_obligations(text, parties, aliases)``, ``item_type(text)``, ``find_costs(doc)``,
  ``find_statistics(text)``, ``find_people(text)``
"""

from extractors.costs import find_costs
from extractors.dates import find_dates
from extractors.deadlines import find_deadlines
from extractors.interest import find_interest
from extractors.money import find_amounts
from extractors.obligations import find_obligations, item_type
from extractors.parties import find_parties
from extractors.press_facts import find_people, find_statistics

__all__ = ["find_amounts", "find_dates", "find_deadlines", "find_interest", "find_parties", "find_obligations",
           "item_type", "find_costs", "find_statistics", "find_people"]
