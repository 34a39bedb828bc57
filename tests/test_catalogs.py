"""Message catalogues: each string checked on its own, findings at its key and exact place."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from lingo.cli import main
from lingo.errors import InputError
from lingo.tables.catalogs import check_catalog, read_catalog

NESTED_JSON = """{
  "checkout": {
    "title": "Your basket",
    "refund_error": "Sorry {name}, we cannot refund this order.",
    "inbox": "{count, plural, one {# reply} other {# replies}} waiting. Per our policy, we close.",
    "quoted": "Click \\"Save\\" in order to utilize your credit.",
    "blame": "{gender, select, female {She} other {They}} said you failed to sign in."
  },
  "@checkout": {"description": "We cannot show this to customers"},
  "emails": [
    "Your request was denied by our billing team.",
    {"defaultMessage": "Hi {{first_name}}, thanks for waiting.", "description": "Per our policy"}
  ]
}
"""


def where(found) -> list[tuple]:
    return [
        (f.key, f.variant, f.finding.qualified_id, f.finding.line, f.finding.column, f.finding.text)
        for f in found
    ]


def test_nested_json_catalogue(tmp_path) -> None:
    path = tmp_path / "en.json"
    path.write_text(NESTED_JSON, encoding="utf-8")
    found = check_catalog(str(path))
    assert where(found) == [
        ("checkout.refund_error", "", "say-no/refusal:we-cannot", 4, 36, "we cannot refund"),
        (
            "checkout.inbox",
            "count: one",
            "say-no/policy-speak:per-our-policy",
            5,
            73,
            "Per our policy",
        ),
        ("checkout.quoted", "", "jargon/complex-word:in-order-to", 6, 31, "in order to"),
        ("checkout.quoted", "", "jargon/complex-word:utilize", 6, 43, "utilize"),
        ("checkout.blame", "gender: female", "say-no/blame:you-failed-to", 7, 64, "you failed to"),
        ("emails[0]", "", "say-no/refusal:refusal-verdict", 11, 11, "request was denied"),
        ("emails[0]", "", "passive-voice:by-actor", 11, 19, "was denied"),
    ]
    source = NESTED_JSON
    for item in found:  # no escapes inside these words: the file holds them as written
        assert source[item.finding.start : item.finding.end] == item.finding.text
    # The plural's two readings share "Per our policy": reported once.
    assert sum(f.finding.rule == "say-no/policy-speak" for f in found) == 1


def test_json_strings_keep_their_keys_and_decoded_text(tmp_path) -> None:
    path = tmp_path / "en.json"
    path.write_text(NESTED_JSON, encoding="utf-8")
    entries = {e.key: e.text for e in read_catalog(str(path))}
    assert entries["checkout.quoted"] == 'Click "Save" in order to utilize your credit.'
    assert entries["emails[1]"] == "Hi {{first_name}}, thanks for waiting."  # defaultMessage
    assert not any(key.startswith("@") or "description" in key for key in entries)


def test_an_escape_before_the_words_keeps_the_column(tmp_path) -> None:
    path = tmp_path / "en.json"
    path.write_text(
        '{"a": "\\u00c9t\\u00e9 \\"sale\\": sorry, we cannot help today."}\n', encoding="utf-8"
    )
    (item,) = [f for f in check_catalog(str(path)) if f.finding.rule == "say-no/refusal"]
    assert item.finding.text == "we cannot help"
    assert (
        path.read_text(encoding="utf-8")[item.finding.start : item.finding.start + 9] == "we cannot"
    )


RAILS_YAML = """en:
  orders:
    title: Your orders
    refund: "We cannot refund \\"this\\" order, %{name}."
    coupon: 'It''s not possible to utilize this coupon.'
    folded: >
      Your request was denied
      by our billing team.
    reply: |
      Hi {{ticket.requester.first_name}},
      per our policy we cannot help.
    count: 3
"""


def test_yaml_catalogue_in_every_scalar_style(tmp_path) -> None:
    path = tmp_path / "en.yml"
    path.write_text(RAILS_YAML, encoding="utf-8")
    found = check_catalog(str(path))
    assert where(found) == [
        ("en.orders.refund", "", "say-no/refusal:we-cannot", 4, 14, "We cannot refund"),
        ("en.orders.coupon", "", "say-no/refusal:not-possible", 5, 14, "It's not possible"),
        ("en.orders.coupon", "", "jargon/complex-word:utilize", 5, 36, "utilize"),
        ("en.orders.folded", "", "say-no/refusal:refusal-verdict", 7, 12, "request was denied"),
        ("en.orders.folded", "", "passive-voice:by-actor", 7, 20, "was denied"),
        ("en.orders.reply", "", "say-no/policy-speak:per-our-policy", 11, 7, "per our policy"),
        ("en.orders.reply", "", "say-no/refusal:we-cannot", 11, 22, "we cannot help"),
    ]


PO = r"""msgid ""
msgstr ""
"Language: {language}\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\n"

#: shop/views.py:10
msgctxt "refund"
msgid ""
"Sorry, we cannot "
"refund your order."
msgstr "{translation}"

#, python-format
msgid "You failed to enter %(count)d code."
msgid_plural "You failed to enter %(count)d codes."
msgstr[0] "{one}"
msgstr[1] "{other}"

#~ msgid "We cannot do that any more."
#~ msgstr "Old."
"""


def test_po_with_plurals_checks_the_source_text_of_a_translation(tmp_path) -> None:
    path = tmp_path / "fr.po"
    path.write_text(
        PO.format(language="fr", translation="Nous ne pouvons pas.", one="x", other="y"),
        encoding="utf-8",
    )
    assert where(check_catalog(str(path))) == [
        (
            "refund|Sorry, we cannot refund your order.",
            "",
            "say-no/refusal:we-cannot",
            9,
            9,
            "we cannot refund",
        ),
        (
            "You failed to enter %(count)d code.",
            "",
            "say-no/blame:you-failed-to",
            14,
            8,
            "You failed to",
        ),
        (
            "You failed to enter %(count)d code.",
            "msgid_plural",
            "say-no/blame:you-failed-to",
            15,
            15,
            "You failed to",
        ),
    ]


def test_po_in_english_checks_the_translations(tmp_path) -> None:
    path = tmp_path / "en_GB.po"
    path.write_text(
        PO.format(
            language="en_GB",
            translation="Sorry, your order is past the refund window.",
            one="Please enter %(count)d code.",
            other="Obviously, you failed to enter %(count)d codes.",
        ),
        encoding="utf-8",
    )
    found = where(check_catalog(str(path)))
    assert [(key[:20], variant, rule, line) for key, variant, rule, line, _, _ in found] == [
        (
            "You failed to enter ",
            "msgstr[1]",
            "say-no/condescension:obviously",
            17,
        ),
        ("You failed to enter ", "msgstr[1]", "say-no/blame:you-failed-to", 17),
    ]


def test_ios_strings_in_utf16(tmp_path) -> None:
    path = tmp_path / "Localizable.strings"
    text = '/* Refund screen */\n"refund.error" = "Hi %@, we cannot refund that order.";\n'
    path.write_bytes(text.encode("utf-16"))
    assert where(check_catalog(str(path))) == [
        ("refund.error", "", "say-no/refusal:we-cannot", 2, 26, "we cannot refund"),
    ]


ANDROID = """<?xml version="1.0" encoding="utf-8"?>
<resources xmlns:xliff="urn:oasis:names:tc:xliff:document:1.2">
    <string name="app_name" translatable="false">We cannot help</string>
    <!-- <string name="old">We cannot help.</string> -->
    <string name="refund">Sorry <xliff:g id="n">%1$s</xliff:g>, we can\\'t refund it.</string>
    <string name="terms">Per our policy, <b>returns</b> &amp; refunds take 10 days.</string>
    <plurals name="failed_codes">
        <item quantity="one">You failed to enter %d code.</item>
        <item quantity="other">Please enter %d codes.</item>
    </plurals>
    <string-array name="tips">
        <item>In order to utilize your credit, log in first.</item>
    </string-array>
</resources>
"""


def test_android_string_resources(tmp_path) -> None:
    folder = tmp_path / "res" / "values"
    folder.mkdir(parents=True)
    path = folder / "strings.xml"
    path.write_text(ANDROID, encoding="utf-8")
    (tmp_path / "res" / "layout").mkdir()
    (tmp_path / "res" / "layout" / "main.xml").write_text("<LinearLayout/>", encoding="utf-8")
    found = check_catalog(str(path))
    assert where(found) == [
        ("refund", "", "say-no/refusal:we-cannot", 5, 65, "we can't refund"),
        ("terms", "", "say-no/policy-speak:per-our-policy", 6, 26, "Per our policy"),
        ("failed_codes", "quantity: one", "say-no/blame:you-failed-to", 8, 30, "You failed to"),
        ("tips[0]", "", "jargon/complex-word:in-order-to", 12, 15, "In order to"),
        ("tips[0]", "", "jargon/complex-word:utilize", 12, 27, "utilize"),
    ]
    result = CliRunner().invoke(main, ["check", "--catalog", str(tmp_path / "res")])
    assert "main.xml" not in result.output and "[terms]" in result.output  # layouts: not walked


def test_a_broken_catalogue_is_one_line(tmp_path) -> None:
    path = tmp_path / "en.json"
    path.write_text('{\n  "a": "fine",\n  "b": "oops\n}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"en\.json:3:\d+: not valid JSON"):
        check_catalog(str(path))


def test_cli_checks_a_folder_of_catalogues(tmp_path) -> None:
    locales = tmp_path / "locales"
    locales.mkdir()
    (locales / "en.json").write_text(NESTED_JSON, encoding="utf-8")
    (locales / "broken.yml").write_text("en:\n  a: [unclosed\n", encoding="utf-8")
    (locales / "notes.txt").write_text("We cannot refund.", encoding="utf-8")  # not a catalogue
    runner = CliRunner()
    result = runner.invoke(main, ["check", "--catalog", str(locales)], catch_exceptions=False)
    assert result.exit_code == 2  # the broken one
    assert "broken.yml:3:1: not valid YAML" in result.output
    assert (
        f"{locales / 'en.json'}:4:36: warning say-no/refusal:we-cannot  [checkout.refund_error] "
        in (result.output)
    )
    as_json = runner.invoke(
        main, ["check", "--catalog", str(locales / "en.json"), "--format", "json"]
    )
    records = json.loads(as_json.stdout)
    assert records[1]["key"] == "checkout.inbox" and records[1]["variant"] == "count: one"
    github = runner.invoke(
        main, ["check", "--catalog", str(locales / "en.json"), "--format", "github"]
    )
    assert "line=4,col=36" in github.stdout and "[checkout.refund_error]" in github.stdout
