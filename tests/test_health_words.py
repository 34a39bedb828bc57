"""Medical words in customer letters fire in their medical sense only.

Every sentence here is written for lingo. Each entry flags a sentence from a letter a
clinic, vet, pharmacy, insurer or care service might send; where the word has another
sense (a "benign" warning, "topical" news, a non-profit "NPO", "abrasion resistance"),
that use is left alone.
"""

from __future__ import annotations

import pytest

from lingo import Linter


def entries(linter: Linter, text: str) -> list[str]:
    """The jargon/complex-word entries that fire on the text."""
    return [f.entry for f in linter.check(text).findings if f.rule == "jargon/complex-word"]


FLAGGED = [
    ("Your son was febrile when he came in on Monday.", "febrile"),
    ("The patient has stayed afebrile overnight.", "afebrile"),
    ("Keep the analgesic out of reach of children.", "analgesic"),
    ("We recommend prophylactic treatment before your trip.", "prophylactic"),
    ("Use the inhaler PRN when you feel short of breath.", "prn"),
    ("Give one dose PRN if the pain comes back.", "prn"),
    ("Remain NPO from midnight on the day of surgery.", "npo"),
    ("The efficacy of the booster fades after a year.", "efficacy"),
    ("Avoid concomitant use of alcohol and this medicine.", "concomitant"),
    ("Ibuprofen is contraindicated for dogs.", "contraindicated"),
    ("Report any adverse drug reaction to your pharmacist.", "adverse-reaction"),
    ("Adverse events are rare with this vaccine.", "adverse-reaction"),
    ("We offer a free check for hypertension.", "hypertension"),
    ("Stand up slowly if you have hypotension.", "hypotension"),
    ("Shaking and sweating are signs of hypoglycaemia.", "hypoglycemia"),
    ("The pump helps prevent hyperglycemia at night.", "hyperglycemia"),
    ("Good news: the mole is benign.", "benign-growth"),
    ("Most benign cysts need no treatment.", "benign-growth"),
    ("The biopsy shows a malignant tumour.", "malignant"),
    ("Ice the contusion for twenty minutes.", "contusion"),
    ("Your cover includes stitches for a laceration.", "laceration"),
    ("The abrasion on her knee should heal in a week.", "abrasion"),
    ("Check the incision every day for redness.", "incision"),
    ("The sutures will dissolve on their own.", "sutures"),
    ("Any hemorrhage after the extraction needs a call to us.", "hemorrhage"),
    ("Compression socks reduce oedema in the ankles.", "edema"),
    ("Give the tablets orally with a little food.", "orally"),
    ("The drip delivers the antibiotic intravenously.", "intravenous"),
    ("Insulin is given as a subcutaneous injection.", "subcutaneous"),
    ("A topical steroid can calm the itch.", "topical"),
    ("Your cat's renal values are a little high.", "renal"),
    ("We will test your hepatic enzymes at the next visit.", "hepatic"),
    ("Book a cardiac check before you start the program.", "cardiac"),
    ("Sugary drinks raise the risk of caries in children.", "caries"),
    ("The filter traps airborne pathogens.", "pathogen"),
    ("Some people with the virus are asymptomatic.", "asymptomatic"),
    ("Lethargy after the anaesthetic is normal for a day.", "lethargic"),
    ("Emesis may follow the first dose.", "emesis"),
    ("This spray relieves pruritus from insect bites.", "pruritus"),
    ("Tell the nurse about any dyspnoea at night.", "dyspnea"),
    ("Your policy pays out after a myocardial infarction.", "myocardial-infarction"),
    ("The prognosis for your dog is good.", "prognosis"),
]

LEFT_ALONE = [
    # benign and malignant outside a growth
    ("This benign warning can be ignored.", "benign-growth"),
    ("The update made a benign change to the log format.", "benign-growth"),
    ("The script flags malignant payloads in uploads.", "malignant"),
    # topical content, not a cream
    ("Share topical news with your followers.", "topical"),
    ("Keep your blog topical and short.", "topical"),
    # a non-profit organisation, and a nurse paid by the shift
    ("The NPO runs food banks in three cities.", "npo"),
    ("We are hiring a PRN nurse for weekend shifts.", "prn"),
    # a file type and a Windows device name
    ("Save the sheet as a Formatted Text (.prn) file.", "prn"),
    ("Excel can save a prn file with spaces between columns.", "prn"),
    ("PRN is a reserved device name in Windows.", "prn"),
    # wear on a material
    ("The case has high abrasion resistance.", "abrasion"),
    # a talk given in words, not a medicine by mouth
    ("The results were presented orally at the meeting.", "orally"),
    # a figure of speech, not bleeding
    ("The app is hemorrhaging users after the price change.", "hemorrhage"),
    # a name most readers know
    ("Learn what to do in a cardiac arrest.", "cardiac"),
    # adverse, but not a reaction
    ("The change had an adverse effect on load times.", "adverse-reaction"),
]


@pytest.mark.parametrize(("text", "entry"), FLAGGED)
def test_health_word_is_flagged_in_a_patient_letter(linter: Linter, text: str, entry: str) -> None:
    assert entry in entries(linter, text)


@pytest.mark.parametrize(("text", "entry"), LEFT_ALONE)
def test_health_word_is_left_alone_in_another_sense(linter: Linter, text: str, entry: str) -> None:
    assert entry not in entries(linter, text)
