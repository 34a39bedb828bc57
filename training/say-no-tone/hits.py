"""Where say-no/tone fires on real help text: every hit, for others to judge.

    python training/say-no-tone/hits.py OUT.jsonl [--jobs N] [--profile NAME]

Lints ms-support and segment-docs (../shared/bench) with the rule on, as `lingo check
--isolated --no-cache --enable say-no/tone` would, and writes one JSON line per hit:
corpus, half (tune or untouched: benchmarks/precision.py), file, line, sentence and the
model's score. Prints the hits per corpus and half, and per 1,000 words. Nothing here is
for tuning: the untouched half's hits are for judges only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

RULE = "say-no/tone"


def main(argv: list[str] | None = None) -> int:
    from precision import CORPORA, half_of, lint_files

    from lingo.pipeline.tone import load_tone_model

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--profile")
    args = parser.parse_args(argv)
    overrides: dict[str, object] = {"enable": [RULE]}
    if args.profile:
        overrides["profile"] = args.profile
    model = load_tone_model()
    hits, words, per = [], Counter(), Counter()
    for corpus, (folder, _) in CORPORA.items():
        if not folder.is_dir():
            print(f"{folder} not found: skipped", file=sys.stderr)
            continue
        for result in lint_files(corpus, None, overrides, args.jobs):
            half = half_of(corpus, result.file)
            words[corpus, half] += result.words
            for f in result.findings:
                if f.rule != RULE:
                    continue
                per[corpus, half] += 1
                hits.append(
                    {
                        "corpus": corpus,
                        "half": half,
                        "file": result.file,
                        "line": f.line,
                        "sentence": f.text,
                        "score": round(model.scores([f.text])[0], 4),
                    }
                )
    with open(args.out, "w", encoding="utf-8") as out:
        for hit in hits:
            out.write(json.dumps(hit) + "\n")
    for corpus in CORPORA:
        total_words = sum(n for (c, _), n in words.items() if c == corpus)
        total = sum(n for (c, _), n in per.items() if c == corpus)
        halves = ", ".join(
            f"{half} {per[corpus, half]} in {words[corpus, half]:,} words"
            for half in ("tune", "untouched")
        )
        print(
            f"{corpus}: {total} hits in {total_words:,} words = "
            f"{1000 * total / max(total_words, 1):.3f} per 1,000 words ({halves})"
        )
    print(f"wrote {len(hits)} hits to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
