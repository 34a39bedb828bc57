"""Small closed word lists the suggestion engine reasons with.

These are grammar (pronoun case, modal meanings) and two short lists of verbs
that say who usually acts in customer-facing text: things a company does to a
customer's order or account, and things a customer does in an app or shop.
They decide only whether lingo may *guess* "we" or "you" for a passive clause
with no actor; everything else gets a hint with a blank to fill.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon.morphology import getLemma

TO_SUBJECT = {"me": "I", "us": "we", "him": "he", "her": "she", "them": "they", "whom": "who"}
TO_OBJECT = {"i": "me", "we": "us", "he": "him", "she": "her", "they": "them", "who": "whom"}

INSTRUCTION_MODALS = frozenset({"must", "should", "shall", "ought"})
POSSIBILITY_MODALS = frozenset({"can", "ca", "could", "may", "might"})

# What a company does to a customer's order, account, message or money.
COMPANY_ACTIONS = frozenset(
    """accept acknowledge activate add adjust allocate apply approve archive assign authorize
    authorise back bill block book calculate cancel change charge check close collect confirm
    contact correct credit deactivate debit delay delete deliver deny disable dispatch
    email enable escalate estimate extend fix forward freeze grant handle hold inform inspect
    investigate issue lock mail migrate move notify offer pack pass pause post postpone prepare
    price process provide publish receive record refund register reimburse reject release reverse
    remove renew repair replace reschedule reserve reset resolve restore review save
    schedule send share ship store suspend switch transfer unlock update upgrade verify void waive
    answer reply require""".split()
)

# What a customer does: in the app, on the website, at the counter.
CUSTOMER_ACTIONS = frozenset(
    """access activate add adjust attach book buy call cancel change check choose claim collect
    complete connect contact do download edit email enter exchange export fill find import install
    log manage open order pay pick print read redeem register renew request reset return save
    schedule see select send share sign submit swap switch track transfer turn update upgrade
    upload use view""".split()
)


def lemma_of_verb(token: Token) -> str:
    """The dictionary form of a verb, from lemminflect ("fined" -> "fine", not spaCy's "fin")."""
    lemmas = getLemma(token.lower_, upos="VERB")
    if lemmas:
        return lemmas[0]
    return token.lemma_.lower()


# Participles of a harm to the customer or their things: said not to happen, they reassure
# ("you won't be charged", "your files weren't lost"): the tone classifier does not score such
# a sentence and the passive rule asks for no actor (nobody does it).
HARMS = frozenset(
    """delayed charged billed fined penalised penalized overcharged affected lost deleted
    cancelled canceled interrupted disrupted damaged harmed""".split()
)
# The same harms as nouns, for "no (more) delays", "no extra charge" (lingo/pipeline/tone.py).
HARM_NOUNS = frozenset(
    """delay delays charge charges fee fees fine fines penalty penalties surcharge surcharges
    interruption interruptions disruption disruptions""".split()
)
