#!/usr/bin/env python3
"""Prints N distinct, valid, fictional codici fiscali (one per line), for benchmark data.

The check character follows the Ministry of Finance's rule (DM 23/12/1976): odd and even
positions map to values by the published tables, the sum modulo 26 is the letter.
"""
import sys

ODD = {c: v for c, v in zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21])}
ODD.update({c: v for c, v in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23])})
EVEN = {c: int(c) for c in "0123456789"}
EVEN.update({c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")})
MONTHS = "ABCDEHLMPRST"
LETTERS = "BCDFGHJKLMNPQRSTVWXZ"


def check(code15):
    total = sum((ODD if i % 2 == 0 else EVEN)[c] for i, c in enumerate(code15))
    return chr(ord("A") + total % 26)


def codes(n):
    for i in range(n):
        a, b = divmod(i, len(LETTERS) ** 3)
        s = "".join(LETTERS[(i // len(LETTERS) ** k) % len(LETTERS)] for k in range(3))
        name = "XBN" + s
        year = 40 + a % 60
        body = f"{name}{year:02d}{MONTHS[i % 12]}{1 + i % 28:02d}H501"
        yield body + check(body)


if __name__ == "__main__":
    for code in codes(int(sys.argv[1])):
        print(code)
