"""Train the say-no tone classifier, compare candidates, and write the shipped weights.

    python training/say-no-tone/train.py compare   # by-source validation of every candidate
    python training/say-no-tone/train.py ship      # train config.cfg on everything; write
                                                   # lingo/models/say-no-tone/

Both build the data first (build_data.py). `compare` trains each candidate without
heldout-2 and scores heldout-2 (say-no recall, false alarms on its clean rows and on all
its rows without say-no) and the held-apart real help-text sentences, at several
thresholds; with lingo's own say-no rules alongside, it also gives the recall of both
together. `ship` trains the chosen config on everything and copies the model, without
what lingo does not need, into the package. CPU only; each training takes a minute or two.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BUILD = HERE / "build"
SHIPPED = ROOT / "lingo" / "models" / "say-no-tone"
sys.path.insert(0, str(ROOT))

CANDIDATES = {
    "bow-1": (HERE / "config.cfg", {"components.textcat_multilabel.model.ngram_size": 1}),
    "bow-2": (HERE / "config.cfg", {}),
    "bow-3": (HERE / "config.cfg", {"components.textcat_multilabel.model.ngram_size": 3}),
    "ensemble": (HERE / "config-ensemble.cfg", {}),
    # Fifth round (README.md): the bag of words with ten times the weight decay, and an
    # ensemble over en_core_web_sm's own tok2vec, frozen (validation only: see ship()).
    "bow-3-l2": (
        HERE / "config.cfg",
        {"components.textcat_multilabel.model.ngram_size": 3, "training.optimizer.L2": 0.1},
    ),
    "ensemble-sm": (HERE / "config-ensemble-sm.cfg", {}),
}
# Components a trained candidate holds that the shipped model would not (they come from
# an installed package): left out of the size `compare` prints.
NOT_SHIPPED = ("tok2vec",)
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9)
LABEL = "SAY_NO"
# The shipped candidate and decision threshold, chosen by `compare` (README.md): among the
# candidate and threshold pairs that keep false alarms on heldout-2's clean sentences at 2% or
# under, hit none of the held-apart help text, and whose weights retrained on everything hit
# none of it either (`ship` checks this and refuses otherwise), the best recall; a tie goes to
# fewer clean false alarms (seventh round: bow-3 at 0.7 over bow-3-l2 at 0.65, both 0.91).
SHIPPED_CANDIDATE = "bow-3"
THRESHOLD = 0.7
# The confident tier, used when a profile (support-reply), not the team, turns the rule on:
# the lowest of CONFIDENT_STEPS at or above THRESHOLD at which the weights `ship` writes flag
# none of the plain "good" example sentences of lingo's own lexicons (what lingo tells
# writers to say instead, warm replies most of them; tests/test_lexicons.py holds every
# default to that), none of the warm replies with a negation of check-warm-negated.jsonl
# (200, by an independent writer; the highest, "Sorry we didn't mention Saturday's pool
# closure.", 0.91) and none of the held-apart help text. Chosen on those, never on a test
# set (eighth round: 0.95; at 0.9 it flagged "We did not expect a problem this big."). A
# sentence lingo never scores is not counted: an apology that owns a past slip
# (lingo/pipeline/tone.py, owned_slip; 2026-12-07: the tier fell to 0.9 with it, after the
# good examples an independent judge read as say-no or borderline were rewritten).
CONFIDENT_STEPS = (0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.99)


def train(config: Path, train_path: Path, output: Path, overrides: dict[str, object]) -> Path:
    from spacy.cli.train import train as spacy_train

    settings = {"paths.train": str(train_path), "paths.dev": str(BUILD / "dev-h2.spacy")}
    settings.update({k: v for k, v in overrides.items()})
    spacy_train(config, output, overrides=settings, use_gpu=-1)
    return output / "model-last"


def scores(model: Path, texts: list[str]) -> list[float]:
    import spacy

    nlp = spacy.load(model)
    return [doc.cats[LABEL] for doc in nlp.pipe(texts, batch_size=256)]


def lingo_say_no(texts: list[str]) -> list[bool]:
    """Whether lingo's own say-no rules flag each sentence (default settings)."""
    from lingo import Linter

    linter = Linter()
    return [
        any(f.category == "say-no" for f in report.findings) for report in linter.check_many(texts)
    ]


def compare() -> None:
    rows = [json.loads(line) for line in (BUILD / "dev-h2.jsonl").open(encoding="utf-8")]
    helps = [json.loads(line) for line in (BUILD / "help-dev.jsonl").open(encoding="utf-8")]
    texts = [r["text"] for r in rows]
    rules = lingo_say_no(texts)
    positives = [i for i, r in enumerate(rows) if r["say_no"]]
    clean = [i for i, r in enumerate(rows) if not r["say_no"] and not r["jargon"]]
    no_say = [i for i, r in enumerate(rows) if not r["say_no"]]
    rule_recall = sum(rules[i] for i in positives) / len(positives)
    print(
        f"heldout-2: {len(positives)} say-no, {len(clean)} clean, {len(no_say)} without say-no;"
        f" help-dev: {len(helps)} real help sentences"
    )
    print(
        f"lingo's rules alone: say-no recall {rule_recall:.2f}, clean FA "
        f"{sum(rules[i] for i in clean)}/{len(clean)}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for name, (config, overrides) in CANDIDATES.items():
            model = train(config, BUILD / "train-no-h2.spacy", Path(tmp) / name, overrides)
            size = sum(
                f.stat().st_size
                for f in model.rglob("*")
                if f.is_file() and f.relative_to(model).parts[0] not in NOT_SHIPPED
            )
            h2 = scores(model, texts)
            hs = scores(model, [h["text"] for h in helps])
            print(f"\n{name} ({size / 1e6:.1f} MB)")
            print("thr   recall  +rules  clean-FA  no-say-FA  help-hits")
            for t in THRESHOLDS:
                hit = [s >= t for s in h2]
                recall = sum(hit[i] for i in positives) / len(positives)
                both = sum(hit[i] or rules[i] for i in positives) / len(positives)
                fa = sum(hit[i] for i in clean)
                fa_all = sum(hit[i] for i in no_say)
                help_hits = sum(s >= t for s in hs)
                print(
                    f"{t:<5} {recall:6.2f}  {both:6.2f}  {fa:3d} {fa / len(clean):5.1%}"
                    f"  {fa_all:3d} {fa_all / len(no_say):5.1%}"
                    f"  {help_hits:4d} {help_hits / len(hs):5.1%}"
                )


def help_text_hits(model: Path, threshold: float) -> tuple[list[str], float]:
    """The held-apart help sentences these weights flag at `threshold`, and the lowest of
    THRESHOLDS at which they flag none (1.0 when every threshold flags one)."""
    helps = [json.loads(line)["text"] for line in (BUILD / "help-dev.jsonl").open("rb")]
    found = scores(model, helps)
    hits = [text for text, score in zip(helps, found) if score >= threshold]
    top = max(found, default=0.0)
    safe = min((t for t in THRESHOLDS if t > top), default=1.0)
    return hits, safe


def lexicon_goods() -> list[str]:
    """The plain "good" example sentences of every built-in lexicon entry."""
    from lingo.lexicon.lexicons import builtin_lexicons

    return [g for rule in builtin_lexicons() for e in rule.entries for g in e.good_examples]


def warm_checks() -> list[str]:
    """The check set of warm replies that contain a negation (check-warm-negated.jsonl:
    200 sentences an independent writer wrote for this check, never trained on)."""
    with (HERE / "check-warm-negated.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def confident_threshold(model: Path) -> tuple[float, float, int]:
    """The confident tier for these weights (CONFIDENT_STEPS; 1.0, never, when no step
    qualifies), the highest score of a plain sentence it must leave alone, and how many
    there are: lingo's lexicon good examples and the warm negated replies of the check set.

    Called by `ship` once the weights flag no held-apart help sentence at THRESHOLD, so no
    step at or above THRESHOLD flags one either: only those plain sentences decide.
    """
    import spacy

    from lingo.pipeline.tone import not_scored

    tokenizer = spacy.blank("en")
    goods = [  # lingo never scores an owned slip or a harm said not to happen
        text
        for text in lexicon_goods() + warm_checks()
        if not not_scored([t.lower_ for t in tokenizer(text)])
    ]
    top = max(scores(model, goods), default=0.0)
    step = min((t for t in CONFIDENT_STEPS if t >= THRESHOLD and t > top), default=1.0)
    return step, top, len(goods)


def ship(target: Path = SHIPPED) -> None:
    config, overrides = CANDIDATES[SHIPPED_CANDIDATE]
    if "source =" in config.read_text(encoding="utf-8"):
        # lingo's loader (lingo/pipeline/tone.py) runs a self-contained text classifier only.
        raise SystemExit(f"{SHIPPED_CANDIDATE}: a sourced component; ship() cannot package it")
    with tempfile.TemporaryDirectory() as tmp:
        model = train(config, BUILD / "train-all.spacy", Path(tmp) / "ship", overrides)
        # The selection rule, on the weights that ship: retrained on everything, they must
        # still flag none of the held-apart help sentences at THRESHOLD (fifth round: at 0.7
        # they flagged "Try to avoid it."). Nothing is written when they do.
        hits, safe = help_text_hits(model, THRESHOLD)
        if hits:
            shown = "; ".join(repr(h) for h in hits[:5])
            raise SystemExit(
                f"not shipped: at {THRESHOLD} the retrained weights flag {len(hits)} held-apart"
                f" help sentence(s) ({shown}); the lowest threshold with none is {safe}:"
                " set THRESHOLD and write down why (README.md)"
            )
        print(f"help-dev: no held-apart help sentence flagged at {THRESHOLD}")
        confident, top, goods = confident_threshold(model)
        print(
            f"confident tier {confident} ({goods} lexicon good examples and warm negated"
            f" replies, {top:.3f} at most)"
        )
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
        for part in ("config.cfg", "meta.json", "tokenizer", "textcat_multilabel"):
            source = model / part
            if source.is_dir():
                shutil.copytree(source, target / part)
            else:
                shutil.copy2(source, target / part)
        # The build's paths (of the machine that trained it) mean nothing to a user.
        from spacy.util import load_config

        shipped_config = load_config(target / "config.cfg")
        shipped_config["paths"]["train"] = shipped_config["paths"]["dev"] = None
        shipped_config.to_disk(target / "config.cfg")
        # Strings and vectors are not needed: a bag of words hashes each word itself.
        (target / "vocab").mkdir()
        for part in ("strings.json", "lookups.bin", "vectors", "vectors.cfg", "key2row"):
            empty = target / "vocab" / part
            source = model / "vocab" / part
            if part == "strings.json":
                empty.write_text("[]\n", encoding="utf-8")
            elif source.exists():
                shutil.copy2(source, empty)
        meta = json.loads((target / "meta.json").read_text(encoding="utf-8"))
        for key in ("performance", "spacy_git_version"):
            meta.pop(key, None)
        meta["name"] = "lingo_say_no_tone"
        meta["description"] = "lingo's say-no tone classifier (training/say-no-tone/README.md)"
        meta["lingo"] = {"label": LABEL, "threshold": THRESHOLD, "confident": confident}
        meta["spacy_version"] = ">=3.7.5,<3.9"  # lingo's own range (pyproject.toml)
        (target / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    size = sum(f.stat().st_size for f in target.rglob("*") if f.is_file())
    print(f"wrote {target} ({size / 1e6:.2f} MB)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("compare", "ship"))
    parser.add_argument("--no-build", action="store_true", help="reuse build/ as it is")
    parser.add_argument("--help-train", type=int, help="real help sentences to train on")
    parser.add_argument(
        "--out", type=Path, default=SHIPPED, help="ship: write the model here (default: lingo)"
    )
    args = parser.parse_args(argv)
    if not args.no_build:
        import build_data

        build_data.main([] if args.help_train is None else ["--help-train", str(args.help_train)])
    if args.command == "compare":
        compare()
    else:
        ship(args.out)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.exit(main())
