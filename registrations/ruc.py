"""The RUC (Registro Único de Contribuyentes) of SUNAT: 11 digits whose last one is a check digit.

Modulo 11 over the first ten digits with the weights 5 4 3 2 7 6 5 4 3 2: the check digit is
11 minus the remainder, where 10 becomes 0 and 11 becomes 1. The first two digits say what kind
of taxpayer it is: 10 a person, 15/16/17 other persons, 20 a company.
"""

import re

WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
PREFIXES = ("10", "15", "16", "17", "20")
DIGITS = re.compile(r"\d{11}")


def check_digit(first_ten):
    """The check digit of the ten digits `first_ten`."""
    remainder = sum(int(digit) * weight for digit, weight in zip(first_ten, WEIGHTS, strict=True))
    return (11 - remainder % 11) % 10


def is_valid(ruc):
    """True for eleven ASCII digits with a known prefix and the right check digit."""
    return (
        DIGITS.fullmatch(ruc) is not None
        and ruc.startswith(PREFIXES)
        and int(ruc[10]) == check_digit(ruc[:10])
    )
