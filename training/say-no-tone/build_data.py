"""Build the say-no tone training data: spaCy DocBin files, one sentence per Doc.

    python training/say-no-tone/build_data.py            # writes training/say-no-tone/build/

Each Doc carries one category, SAY_NO (1.0 or 0.0). The sentences come from:

- the committed labelled sets (all spent as tests, so training sets now), by their
  `say_no` label: benchmarks/data/customer_sentences.jsonl, benchmarks/data/coverage/dev.jsonl,
  benchmarks/data/coverage/heldout-1/*.jsonl, heldout-2/*.jsonl, heldout-4/*.jsonl,
  heldout-5/*.jsonl, heldout-6/*.jsonl and heldout-7/*.jsonl (heldout-3, heldout-8 to
  heldout-19 are the tests of these weights: read here only to leave out a training sentence
  that is word for word one of theirs, such as a stock "Thanks for the feedback, we'll bear it
  in mind." written by two writers independently; heldout-8 to -10 have since been read by
  pattern rounds, and a ninth training round may take them in);
- written*.jsonl beside this file: sentences written for this model (say-no of every
  family and as many hard negatives), by twelve different writers;
- negatives sampled with a fixed seed from the *tune half* of the real help-text corpora
  in ../shared/bench (ms-support, segment-docs; the half is `half_of` in
  benchmarks/precision.py). Real help text is almost never say-no. Those sentences are
  read here at build time only and never committed (CC BY 4.0; see README.md). A second,
  disjoint sample (`help-dev`) is kept apart to measure false alarms on real text.
  Without ../shared the build still works from the committed data, and says so.

Files written (build/ is not committed):
  train-all.spacy     everything: the shipped model's training set
  train-no-h2.spacy   everything but heldout-2: the by-source validation's training set
  dev-h2.spacy        heldout-2: the by-source validation set
  dev-h2.jsonl        the same rows with their labels (for the figures)
  help-dev.jsonl      held-apart real help-text sentences (for the false-alarm figure)
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

DATA = ROOT / "benchmarks" / "data"
LABELLED = {
    "customer": [DATA / "customer_sentences.jsonl"],
    "dev": [DATA / "coverage" / "dev.jsonl"],
    "heldout-1": sorted((DATA / "coverage" / "heldout-1").glob("*.jsonl")),
    "heldout-2": sorted((DATA / "coverage" / "heldout-2").glob("*.jsonl")),
    "heldout-4": sorted((DATA / "coverage" / "heldout-4").glob("*.jsonl")),
    "heldout-5": sorted((DATA / "coverage" / "heldout-5").glob("*.jsonl")),
    "heldout-6": sorted((DATA / "coverage" / "heldout-6").glob("*.jsonl")),
    "heldout-7": sorted((DATA / "coverage" / "heldout-7").glob("*.jsonl")),
    "written": sorted(HERE.glob("written*.jsonl")),
}
# The tests of the classifier: never trained on, not even a sentence that a writer of the
# training data happened to write word for word too.
TESTS = [
    path
    for name in ["heldout-3"] + [f"heldout-{n}" for n in range(8, 20)]
    for path in sorted((DATA / "coverage" / name).glob("*.jsonl"))
]
LABEL = "SAY_NO"
SEED = 20261205
HELP_TRAIN = 5000  # real help-text sentences sampled as negatives for training
HELP_DEV = 1500  # a disjoint sample, never trained on, to measure false alarms
MIN_WORDS, MAX_WORDS = 4, 60


def read_labelled(path: Path) -> list[tuple[str, bool]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            rows.append((str(row["text"]), bool(row["say_no"])))
        except (ValueError, KeyError, TypeError) as exc:
            raise SystemExit(f"{path}:{number}: not a labelled sentence ({exc})") from None
    return rows


def help_sentences() -> Iterator[tuple[str, str, int, str]]:
    """(corpus, file, line, sentence) for every prose sentence of the corpora's tune half."""
    import spacy
    from precision import CORPORA, half_of

    from lingo.text.markup import parse_markup
    from lingo.text.sentences import split_sentences

    nlp = spacy.blank("en")
    for corpus, (folder, _) in CORPORA.items():
        if not folder.is_dir():
            continue
        for file in sorted(folder.rglob("*.md")):
            relative = file.relative_to(folder).as_posix()
            if half_of(corpus, relative) != "tune":
                continue  # the untouched half is never read for training
            text = file.read_text(encoding="utf-8", errors="replace")
            for segment in parse_markup(text, "markdown").segments:
                if segment.kind not in ("prose", "list-item"):
                    continue
                doc = split_sentences(nlp.make_doc(segment.text))
                for sent in doc.sents:
                    words = [t for t in sent if t.is_alpha]
                    if not MIN_WORDS <= len(words) <= MAX_WORDS:
                        continue
                    start = segment.offsets.to_source(sent.start_char)
                    line = text.count("\n", 0, start) + 1
                    yield corpus, relative, line, sent.text.strip()


def sample_help(help_train: int = HELP_TRAIN) -> tuple[list[str], list[dict[str, object]]]:
    """Two disjoint fixed-seed samples of real help sentences: for training, and held apart."""
    found = list(help_sentences())
    if not found:
        print("../shared/bench not found: building from the committed data only", file=sys.stderr)
        return [], []
    unique: dict[str, tuple[str, str, int, str]] = {}
    for item in found:
        unique.setdefault(item[3], item)
    items = sorted(unique.values(), key=lambda i: (i[0], i[1], i[2], i[3]))
    random.Random(SEED).shuffle(items)
    # The held-apart sample first: it stays the same whatever the training sample's size.
    dev = [{"corpus": c, "file": f, "line": n, "text": t} for c, f, n, t in items[:HELP_DEV]]
    train = [i[3] for i in items[HELP_DEV : HELP_DEV + help_train]]
    print(
        f"help text: {len(items)} tune-half sentences, {len(train)} for training, "
        f"{len(dev)} held apart",
        file=sys.stderr,
    )
    return train, dev


def _same(text: str) -> str:
    return " ".join(text.lower().split())


def write_docbin(rows: list[tuple[str, bool]], path: Path) -> None:
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("en")
    docs = DocBin(store_user_data=False)
    for text, say_no in rows:
        doc = nlp.make_doc(text)
        doc.cats = {LABEL: 1.0 if say_no else 0.0}
        docs.add(doc)
    docs.to_disk(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=HERE / "build")
    parser.add_argument(
        "--help-train", type=int, default=HELP_TRAIN, help="real help sentences to train on"
    )
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    sets = {name: [r for p in paths for r in read_labelled(p)] for name, paths in LABELLED.items()}
    tests = {_same(text) for p in TESTS for text, _ in read_labelled(p)}
    for name, rows in sets.items():
        kept = [r for r in rows if _same(r[0]) not in tests]
        if len(kept) < len(rows):
            left = len(rows) - len(kept)
            print(f"{name}: {left} sentence(s) also in a test set, left out", file=sys.stderr)
        sets[name] = kept
    help_train, help_dev = sample_help(args.help_train)
    help_rows = [(text, False) for text in help_train]
    labelled = {text for rows in sets.values() for text, _ in rows}
    help_dev = [row for row in help_dev if row["text"] not in labelled]
    without_h2 = [r for name, rows in sets.items() if name != "heldout-2" for r in rows]
    everything = [*without_h2, *sets["heldout-2"], *help_rows]
    write_docbin(everything, args.out / "train-all.spacy")
    write_docbin([*without_h2, *help_rows], args.out / "train-no-h2.spacy")
    write_docbin(sets["heldout-2"], args.out / "dev-h2.spacy")
    with open(args.out / "dev-h2.jsonl", "w", encoding="utf-8") as out:
        for path in LABELLED["heldout-2"]:
            out.write(path.read_text(encoding="utf-8"))
    with open(args.out / "help-dev.jsonl", "w", encoding="utf-8") as out:
        for row in help_dev:
            out.write(json.dumps(row) + "\n")
    for name, rows in sets.items():
        print(f"{name}: {len(rows)} sentences, {sum(s for _, s in rows)} say-no", file=sys.stderr)
    print(
        f"train-all: {len(everything)}; train-no-h2: {len(without_h2) + len(help_rows)}; "
        f"dev-h2: {len(sets['heldout-2'])}; help-dev: {len(help_dev)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
