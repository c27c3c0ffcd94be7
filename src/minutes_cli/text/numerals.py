"""Roman numerals, written and read: list labels in HTML (`<ol type="i">`), Word numbering
("lowerRoman") and item labels in the text ("(iv)")."""

from __future__ import annotations

# value of each numeral, largest first, with the subtractive pairs ("cm", "iv")
VALUES = (("m", 1000), ("cm", 900), ("d", 500), ("cd", 400), ("c", 100), ("xc", 90), ("l", 50),
          ("xl", 40), ("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1))


def roman(n: int) -> str:
    """4 -> "iv", 1990 -> "mcmxc" (lower case; 0 and below -> "")."""
    out = []
    for letters, value in VALUES:
        count, n = divmod(n, value) if n > 0 else (0, n)
        out.append(letters * count)
    return "".join(out)
