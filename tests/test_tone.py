"""say-no/tone: the trained say-no classifier (issue 12, item 5)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from lingo import Linter
from lingo.cli import cache_keys
from lingo.cli.main import main
from lingo.config import Config
from lingo.findings import Severity
from lingo.pipeline.tone import RULE, load_tone_model
from lingo.resources import tone_model_dir

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(config=Config(enable=(RULE,)))


def tone_texts(linter: Linter, text: str) -> list[str]:
    return [f.text for f in linter.check(text).findings if f.rule == RULE]


@pytest.mark.parametrize(
    "sentence",
    [
        "We've heard that one before.",
        # (round 6's patterns know "nothing to do with us" and "don't bother writing again";
        # round 10's know "the bank's business")
        "That's the bank's affair, so don't write to us about it again.",
        "I really don't know what else you expect us to do.",
    ],
)
def test_a_brush_off_no_pattern_knows_is_flagged(linter: Linter, sentence: str) -> None:
    report = linter.check(sentence)
    assert [f.rule for f in report.findings if f.category == "say-no"] == [RULE]
    (finding,) = [f for f in report.findings if f.rule == RULE]
    assert finding.text == sentence  # the whole sentence
    assert "customer" in finding.message
    assert finding.suggestions[0].safety == "hint" and not finding.suggestions[0].edits


@pytest.mark.parametrize(
    "sentence",
    [
        # what the product cannot do is a fact, not a refusal
        "Backup codes cannot be recovered after you delete them.",
        "The export cannot include more than 10,000 rows.",
        "Deleted photos can't be restored after 30 days, so download anything you want to keep.",
        # a no with a way forward
        "The jacket is sold out in medium, but I've set an alert so you hear first when it's back.",
        "I'm sorry the parcel is late; I've sent a new one by express and refunded the postage.",
        "We can't refund the ticket, but we can move it to any date you like at no cost.",
        # instructions and plain help text
        "You need to install the agent on each laptop before the scan runs.",
        "Click Save to keep your changes.",
        "No restrictions apply to the free plan.",
    ],
)
def test_facts_instructions_and_warm_refusals_are_not_flagged(
    linter: Linter, sentence: str
) -> None:
    assert tone_texts(linter, sentence) == []


def test_a_sentence_a_pattern_matched_is_left_to_the_pattern(linter: Linter) -> None:
    report = linter.check("We cannot refund this order.")
    model = load_tone_model()
    assert model.scores(["We cannot refund this order."])[0] >= model.threshold
    assert {f.rule for f in report.findings if f.category == "say-no"} == {"say-no/refusal"}


def test_sentences_in_one_text_are_judged_each_on_its_own(linter: Linter) -> None:
    text = (
        "Thanks for writing in.\n\n"
        "Sort it out with your bank, we're out of it.\n\n"
        "- Click Save to keep your changes.\n"
    )
    report = linter.check(text, path="reply.md")
    (finding,) = [f for f in report.findings if f.rule == RULE]
    assert (finding.line, finding.column) == (3, 1)
    assert text[finding.start : finding.end] == finding.text


def test_headings_and_quoted_messages_are_not_judged(linter: Linter) -> None:
    text = '# Whatever, just deal with it\n\nIf you see "Please stop emailing us", sign in again.\n'
    report = linter.check(text, path="page.md")
    assert [f for f in report.findings if f.rule == RULE] == []


def test_scores_are_deterministic() -> None:
    model = load_tone_model()
    sentences = [
        "Whatever, just deal with it.",
        "Click Save to keep your changes.",
        "Nobody else has ever had trouble with this.",
    ]
    first = model.scores(sentences)
    assert model.scores(list(reversed(sentences))) == list(reversed(first))
    assert model.scores(sentences * 3) == first * 3


def test_off_for_help_pages_and_the_weights_are_not_loaded() -> None:
    code = (
        "from lingo import Linter; import lingo.pipeline.tone as t\n"
        "r = Linter().check('# Returns\\n\\nWe have heard that one before.\\n',"
        " syntax='markdown')\n"
        "print([f.rule for f in r.findings], t.load_tone_model.cache_info().currsize)\n"
    )
    out = _python(code)
    assert out.strip() == "[] 0"


def test_replies_get_only_the_confident_tier() -> None:
    # Read as a reply (support-reply, what lingo uses for plain text), the rule is on at
    # the weights' confident tier: none of lingo's own plain rewrites score that high.
    model = load_tone_model()
    assert model.threshold < model.confident < 1.0
    reply = Linter()
    chosen = Linter(config=Config(enable=(RULE,)))
    told_off = "I really don't know what else you expect us to do."
    borderline = "We've heard that one before."
    scores = model.scores([told_off, borderline])
    assert scores[0] >= model.confident and model.threshold <= scores[1] < model.confident
    assert tone_texts(reply, told_off) == [told_off]
    assert tone_texts(reply, borderline) == []
    assert tone_texts(chosen, borderline) == [borderline]  # the team's choice: every finding
    # Naming the category (a team raising say-no's severity) does not choose the rule itself.
    louder = Linter(config=Config(severity={"say-no": Severity.ERROR}))
    assert tone_texts(louder, borderline) == []
    # Warm replies stay clean at the confident tier. ("We did not expect a problem this
    # big.", once here as a lexicon good example, was read as borderline by an independent
    # judge, an excuse without an apology; at the 0.9 tier it is flagged, 0.93.)
    for warm in (
        "I'm sorry you were told the wrong date at the counter.",
        "Sorry you weren't seen on time today.",  # check set 3's highest (0.886), owned
        "Sorry we didn't ring you back on Tuesday.",
        "We understand how frustrating this delay is.",
    ):
        assert tone_texts(reply, warm) == [], warm


def test_loads_without_network() -> None:
    code = (
        "import socket\n"
        "def refuse(*a, **k): raise OSError('no network in this test')\n"
        "socket.socket = refuse; socket.create_connection = refuse\n"
        "from lingo.pipeline.tone import load_tone_model\n"
        "print(load_tone_model().scores(['Whatever, just deal with it.'])[0] > 0.7)\n"
    )
    assert _python(code).strip() == "True"


def test_the_weights_ship_inside_the_package_and_are_small() -> None:
    folder = tone_model_dir()
    assert folder.is_relative_to(ROOT / "lingo")
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    assert size < 3_000_000


def test_the_cache_key_follows_the_weights(monkeypatch: pytest.MonkeyPatch) -> None:
    on, reply, off = Config(enable=(RULE,)), Config(), Config(profile="help-article")
    before_on = cache_keys.cache_key(b"x", "plain", on)
    before_reply = cache_keys.cache_key(b"x", "plain", reply)
    before_off = cache_keys.cache_key(b"x", "plain", off)
    monkeypatch.setattr(cache_keys, "tone_weights_digest", lambda: "other weights")
    assert cache_keys.cache_key(b"x", "plain", on) != before_on
    assert cache_keys.cache_key(b"x", "plain", reply) != before_reply  # on in replies
    assert cache_keys.cache_key(b"x", "plain", off) == before_off  # off: the weights do not matter


def test_the_spacy_component_on_a_pipeline_of_ones_own() -> None:
    import spacy

    import lingo.pipeline  # noqa: F401  (registers the factories)

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("lingo_tone")
    doc = nlp("Click Save to keep your changes. Whatever, just deal with it.")
    assert [f.text for f in doc._.lingo_findings] == ["Whatever, just deal with it."]


def test_rule_is_listed_explained_and_selectable(tmp_path: Path) -> None:
    runner = CliRunner()
    listed = runner.invoke(main, ["rules"])
    line = next(line for line in listed.output.splitlines() if line.startswith(RULE))
    assert "(opt-in; on in support-reply)" in line
    explained = runner.invoke(main, ["explain", RULE])
    assert explained.exit_code == 0 and explained.output.startswith(f"# {RULE}")
    reply = tmp_path / "reply.txt"
    reply.write_text("We cannot refund this order. We've heard that one before.\n")
    args = ["check", "--isolated", "--no-cache"]
    default = runner.invoke(main, [*args, str(reply)])
    assert "say-no/refusal" in default.output and RULE not in default.output
    enabled = runner.invoke(main, [*args, "--enable", RULE, str(reply)])
    assert RULE in enabled.output and "say-no/refusal" in enabled.output
    only = runner.invoke(main, [*args, "--select", RULE, str(reply)])
    assert RULE in only.output and "say-no/refusal" not in only.output
    profile = runner.invoke(
        main, [*args, "--profile", "help-article", "--enable", RULE, str(reply)]
    )
    assert RULE in profile.output


def _python(code: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return result.stdout


def test_between_the_tier_and_certain_a_sentence_needs_a_no_word() -> None:
    # A profile's confident tier: below CERTAIN a sentence is flagged only with a "no" word.
    from lingo.pipeline.tone import CERTAIN, confidently_no

    model = load_tone_model()
    assert model.confident < CERTAIN
    between = (model.confident + CERTAIN) / 2
    assert not confidently_no(between, model.confident, "that 's a good thing to ask".split())
    assert confidently_no(between, model.confident, "we do n't do that here".split())
    assert confidently_no(CERTAIN, model.confident, "that 's just how it is".split())
    assert not confidently_no(model.confident - 0.01, model.confident, "no , never".split())
    # An owned apology is never a finding at this tier, whatever its score.
    assert not confidently_no(0.99, model.confident, "sorry we did n't call you back".split())
    reply = Linter()
    assert tone_texts(reply, "That's a good thing to ask about.") == []
