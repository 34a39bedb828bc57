"""Template masking on hostile input: time stays linear in the size of the text.

    python benchmarks/templates.py            # masking alone, then whole checks of 1 MB files

Inputs (those issue 17 found quadratic): 100,000 `{{ }}` tags, 100,000
unclosed `{{`, unclosed `{%` and unclosed `{% comment %}` tags, and ICU
braces, each read as Markdown, HTML and plain text. Each row gives the time
to mask, and for the 1 MB files the time of a whole `Linter.check` next to
1 MB of ordinary prose (issue 17's target: at most 5x). Before this change,
masking 4,000 unclosed `{{` took 4.8 s and grew with the square of the count.
"""

from __future__ import annotations

import argparse
import time

INPUTS = {
    "closed {{ }}": "Hello {{ name }} and ",
    "unclosed {{": "Hello {{ name and ",
    "unclosed {%": "Hi {% if and ",
    "unclosed {% comment %}": "{% comment %} x ",
    "ICU braces": "You have {count} new {a, plural, one {# x} other {# y}} and { ",
    "printf": "Send %s to %(name)s and %1$d more ",
}
PROSE = (
    "Thanks for getting in touch about your order. We have sent a new parcel by "
    "express delivery, and it should reach you by Friday. "
)


def mask_times(count: int) -> None:
    from lingo.text.markup.templates import mask_templates

    print(f"masking, {count:,} repetitions of each input")
    for name, piece in INPUTS.items():
        text = piece * count
        start = time.perf_counter()
        mask_templates(text, markdown=True)
        print(f"  {name:<24} {len(text) / 1e6:5.2f} MB  {time.perf_counter() - start:6.2f} s")


def check_times() -> None:
    from lingo import Linter

    linter = Linter()
    megabyte = 1_000_000
    prose = (PROSE * (megabyte // len(PROSE) + 1))[:megabyte]
    start = time.perf_counter()
    linter.check(prose, syntax="markdown")
    base = time.perf_counter() - start
    print(f"whole checks of 1 MB as Markdown; ordinary prose: {base:.1f} s")
    for name, piece in INPUTS.items():
        text = (piece * (megabyte // len(piece) + 1))[:megabyte]
        start = time.perf_counter()
        linter.check(text, syntax="markdown")
        seconds = time.perf_counter() - start
        print(f"  {name:<24} {seconds:6.1f} s  ({seconds / base:.1f}x prose)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--no-check", action="store_true", help="time the masking only")
    args = parser.parse_args()
    mask_times(args.count)
    if not args.no_check:
        check_times()


if __name__ == "__main__":
    main()
