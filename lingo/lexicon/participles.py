"""Past participles that do not end in -ed or -en ("made", "sent", "reset", "put").

The lexical pass (lingo/lexicon/triggers.py) uses them to spot a possible passive
without tagging. Generated from the English pipeline's lemmatizer tables and
lemminflect by `python -m lingo.lexicon.participles`; tests/test_triggers.py checks the
list still matches them.
"""

from __future__ import annotations

IRREGULAR_PARTICIPLES = frozenset(
    """
    abode abought abye addrest alit am are arose ate awoke backbit backslid bade became
    become befell began begat begirt begot begun beheld benempt bent bereft beset besought
    bespoke bestrewn bestrid bestrode bet bethought betook bid bit blent blest blew blown
    bore born borne bought bound broadcast broke brought built burnt burst bust bypast
    caddies came cast caught chevies chid chivvies chose clad cleft clept clove clung come
    cost could countersank countersunk crept curettes curst cut dealt debusses degasses did
    disenthralls disenthrals done dought dove drank drawn dreamt drew drove drunk dug dwelt
    embusses enwound fell felt flew floodlit flown flung flyblew flyblown forbad forbade
    forbore forborne fordid fordone forecast foredid foredone foregone foreknew foreknown
    foreran foresaw foreshown forespoke foretold forewent forgave forgone forgot forsook
    forspoke forswore forsworn forwent fought found froze gainsaid gan gasses gave gelt
    ghostwrote gilt girt gnawn gone got gown grew gript ground grown hacksawn had hamstrung
    has heard held hewn hid hit hove hung hurt indwelt inlaid input inset interlaid
    interwove inwove is kent kept knelt knew knit known ladyfies laid lain lay leant leapt
    learnt left lent let lit lost made meant met might misbecame miscast misdealt misgave
    mislaid misread misspelt misspent mistook misunderstood mown nonplusses offset outbid
    outdid outdone outdrawn outdrew outfought outgasses outgone outgrew outgrown outlaid
    output outran outrode outrun outshone outshot outsold outstood outthought outwent
    outwore outworn overblew overblown overbore overborne overbuilt overcame overcome
    overdid overdone overdrawn overdrew overdrove overflew overflown overgrew overgrown
    overheard overhung overlaid overlain overlay overpaid overpast overran overrode overrun
    oversaw oversewn overshot overslept oversold overspent overspilt overspread overthrew
    overthrown overtook overwound overwrote paid partook pasquil pasquils pent popes prepaid
    programmes prologs put quartersawn quizzes ran rang read rebroadcast rebuilt recast
    redid redone reft reheard relaid remade rent repaid reran reread rerun resat reset
    resewn resold rethought retold retook rewound rewrote rid rode rose rove run rung said
    sang sank sat saw sawn sent set sewn shat shent shewn shod shone shook shorn shot shown
    shrank shrove shrunk shut sightsaw skydove slain slept slew slid slit slung slunk smelt
    smit smote snuck sold soothsaid sought sown spat spellbound spelt spent spilt spit split
    spoilt spoke spotlit sprang spread sprung spun squilgee stank stole stood stove strewn
    strode strove strown struck strung stuck stung stunk sung sunk swam swept swops swore
    sworn swum swung taught taxis testes thought threw throve thrown thrust told took tore
    torn torrify tramels transfixt tranship trod typecast typeset typewrote unbent unbound
    unclad underbid underbought undercut undergirt undergone underlaid underlain underlay
    underpaid undershot undersold understood undertook underwent underwrote undid undone
    unfroze unlaid unlearnt unmade unrove unsaid unslung unspoke unstrung unstuck unswore
    unsworn untaught unthought untrod unwound upbuilt upheld uphove uprose upset upsprang
    upsprung upswept upswung was waylaid went wept were wet whipsawn whizzes wiredrawn
    wiredrew withdrawn withdrew withheld withstood woke won wore worn would wound wove wrote
    wrought wrung yclept
    """.split()
)


# How far apart (in tokens) a passive's auxiliary and participle may stand:
# "was not yet fully refunded", "Was your order shipped", "Attached is".
PASSIVE_WINDOW = 8


def is_participle_form(word: str) -> bool:
    """Whether a lowercase word can be a past participle ("sent", "updated", "broken")."""
    return word.endswith(("ed", "en")) or word in IRREGULAR_PARTICIPLES


def generate() -> frozenset[str]:
    """The list, computed afresh from the installed pipeline and lemminflect."""
    from ..engine.model import load_pipeline
    from .morphology import getInflection

    lemmatizer = load_pipeline().get_pipe("lemmatizer")
    tables = lemmatizer.lookups  # type: ignore[attr-defined]
    forms = set()
    for lemma in tables.get_table("lemma_index")["verb"]:
        participle = getInflection(lemma, "VBN")
        if participle and not participle[0].endswith(("ed", "en")):
            forms.add(participle[0].lower())
    for form in tables.get_table("lemma_exc")["verb"]:
        if not form.endswith(("ed", "en", "ing")):
            forms.add(form.lower())
    return frozenset(w for w in forms if w.isalpha())


if __name__ == "__main__":
    print("\n".join(sorted(generate())))
