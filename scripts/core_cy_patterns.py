#!/usr/bin/env python3
"""Generate lexicons/core-cy/patterns.toml (the Welsh and Welsh-English regex patterns of c2chat).

Written for c2chat; needs review by a Welsh speaker. Every pattern here was written from the category
definitions in docs/categories.md and from knowledge of Welsh (standard and informal, North and South),
never copied from evaluation messages (corpora/dev-cy, corpora/check-cy). The round-2 and round-3 sections
(session 12) were written after analysing the error shapes of 0.1.0 on corpora/dev-cy and the false positives on
check-cy negatives; no message or phrase was copied from either.

The regexes are Rust `regex` syntax (no lookaround, no backreferences) over the NORMALISED message:
lower case, straight apostrophes, diacritics folded (a circumflex is gone: `jôc` is `joc`, `rŵan` is
`rwan`), leetspeak folded, runs of 3+ letters squeezed. `<m:word>` is replaced by the loader with a group
of the word's radical and mutated forms (lexicons/core-cy/mutations.toml), so write the RADICAL form inside
it, in ASCII, one word, no apostrophe.

The shared vocabulary below is substituted into the regexes by name: `{SEND_IMP}` etc. (`{0,20}` and
other repetition braces are left alone because they are not upper-case names).

Run:  python3 scripts/core_cy_patterns.py          (writes the file)
      python3 scripts/core_cy_patterns.py --check  (fails if the file is out of date)
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "lexicons" / "core-cy" / "patterns.toml"
SRC = "written for c2chat; needs review by a Welsh speaker"

# ---------------------------------------------------------------- shared vocabulary (regex fragments)
V = {}
# Imperatives that ask for something to be sent (anfona, North gyrra/yrra, South hala/danfona, loans).
V["SEND_IMP"] = r"<m:anfona>|<m:gyrra>|hala|<m:danfona>|sendia|snapia|<m:dangos>\s+(?:i mi|i fi|imi|ifi)"
# Verb-nouns for sending or showing.
V["SEND_VN"] = r"<m:anfon>|<m:gyrru>|hala|<m:danfon>|sendio|snapio|<m:dangos>"
# Modal openers of a request before a verb-noun ("wnei di anfon", "plis gyrru", "ga i").
V["REQ_INTRO"] = (r"wnei di|nei di|wnewch chi|newch chi|elli di|alli di|allet ti|allech chi|fedri di|"
                  r"fedrwch chi|plis|pliz|pls|plz|jyst|ti am|ti'?n mynd i|dwi isio i ti|dwi eisiau i ti|"
                  r"fi moyn i ti|isio i ti|eisiau i ti|moyn i ti")
# Image nouns, Welsh and loans.
V["IMG"] = (r"<m:llun>|<m:lluniau>|<m:llunia>|pics?|pix|piccy|piccies|snaps?|selfies?|selffi|selffis|"
            r"fideo|fideos|vids?|videos?|ffoto|ffotos")
# Image nouns in Welsh only (for English verbs: English verb + English noun is core's job).
V["IMG_CY"] = r"<m:llun>|<m:lluniau>|<m:llunia>|fideo|fideos|ffoto|ffotos|selffi|selffis"
# Pronoun objects ("it", "them", "this").
V["IT"] = r"o|fo|e|fe|nhw|hwn|hwnna|hyn|hynna"
# First-person future / intention: "I'll", "I'm going to", "I'm".
V["FUT1"] = (r"(?:mi |fe )?(?:wna i|na i|a i|ya i|wnai|nai)|(?:dwi|fi|dw i)'?n mynd i|(?:dwi|fi|dw i) am|"
             r"(?:bydda|fydda|mi fydda) i'?n|(?:dwi|fi)'?n")
# Verbs of spreading content.
V["EXPVERB"] = (r"<m:postio>|<m:rhannu>|<m:dangos>|<m:anfon>|<m:gyrru>|hala|sendio|airdropio|leakio|"
                r"<m:lledaenu>|forwardio|uploadio")
# What is spread: "it", "the pic", "your pics", "her messages".
V["OBJ"] = (r"o|fo|e|fe|nhw|hwn|hwnna|hyn|hynna|y llun|y lluniau|y screenshots|y sgwrs|y negeseuon|y fideo|"
            r"(?:dy|ei) (?:<m:llun>|<m:lluniau>|<m:llunia>|nudes|pics|snaps|negeseuon|fideo|screenshots)")
# The object after a verb: a space and an OBJ, or the article glued on ("rannu'r screenshots").
V["SP_OBJ"] = r"(?:\s+(?:{OBJ})|'r (?:llun|lluniau|llunia|screenshots|sgwrs|negeseuon|fideo))"
# Where it is spread to.
V["DEST"] = (r"(?:(?:i|at|efo|gyda|hefo|ar|on|to|rownd)\s+(?:<m:pawb>|y gc|'r gc|y grwp|'r grwp|y group chat|"
             r"'r group chat|y sgwrs grwp|'r sgwrs grwp|yr ysgol(?: gyfan)?|y flwyddyn(?: gyfan)?|"
             r"y dosbarth|'r dosbarth|yr hogia|'r hogia|y bois|'r bois|y genod|'r genod|"
             r"dy (?:fam|dad|rieni|nain|deulu|gariad|ffrindia|ffrindiau)|fy stori|fy story|insta|"
             r"instagram|snap|snapchat|tiktok|facebook|whatsapp|y we|ar-?lein|online|everyone|the gc)"
             # with the article glued on: "i'r gc", "ar'r grwp" is not Welsh but "i'r flwyddyn" is.
             r"|(?:i|at|efo|gyda|hefo|rownd)'r\s+(?:gc|grwp|group chat|sgwrs grwp|lads gc|hogia|bois|genod|lads|"
             r"flwyddyn(?: gyfan)?|ysgol(?: gyfan)?|dosbarth|byd|we)\b"
             r"|(?:i|ar|dros)\s+(?:bobman|bob man|pobman|y cyfryngau|social media|socials)"
             r"|(?:ar|on|i)\s+(?:ei|eu|dy)\s+(?:story|stori|storis|insta|snap|tiktok|feed))")
# The consequence of a Welsh conditional threat.
V["CONSEQ_CY"] = (r"\b(?:mi |fe )?(?:wna i|na i|a i|ya i|wnai|nai)\b|\b(?:dwi|fi|dw i)'?n mynd i\b|"
                  r"\b(?:bydda|fydda|mi fydda) i'?n\b|"
                  r"\b(?:mi |fe )?(?:fydd|bydd|neith|wneith)\s+(?:<m:pawb>|y llun|'r llun|dy lun|dy luniau|"
                  r"hwn|hwnna|o|fo|e|fe|nhw|yr ysgol|y flwyddyn|dy fam|dy rieni|dy dad)\b|"
                  r"\b(?:ma|mae)(?:'r| y| o| fo| e| fe)?\s*(?:llun|lun|lluniau|luniau|pics|screenshots|fideo)?"
                  r"\s*(?:'n| yn) mynd\b|\b(?:byddi|fyddi|mi fyddi|gei|cei) di\b|"
                  r"\b(?:dwi|fi)'?n (?:deud|dweud|gweud|postio|bostio|dangos|ddangos|anfon|gyrru|yrru|"
                  r"rhannu|rannu|hala|sendio|airdropio|leakio)\b|\b{FUT1_INFL}")
V["CONSEQ_EN"] = (r"\b(?:i'?ll|ill|i will|i'?m gonna|im gonna|i'?m going to|im going to|ima|imma|everyone|"
                  r"everybody|it'?s going|its going|it goes|ur dead|you'?re dead|you'?ll regret|ull regret)\b")
# Demands a threat hangs on ("send it ... or", "delete it ... or"), Welsh and English.
V["DEMAND"] = (r"<m:anfona>|<m:gyrra>|hala|<m:danfona>|sendia|<m:dangos>|<m:dilea>|<m:ateb>|ateba|tyrd|"
               r"dere|ty'?d|<m:gwna>|neud o|neud e|unblocia|unblockia|send|snd|do it|reply|answer|delete|"
               r"unblock|show")

# ---------------------------------------------------------------- shared `unless` regexes
# Benign objects of a request (homework, pets, food, trips, matches, family), as in core's request guard.
REQ_BENIGN = (
    r"\b(n?gwaith cartref|gwaith cartre|waith cartref|waith cartre|homework|hw|amserlen|timetable|nodiadau|notes|"
    r"taflen|daflen|worksheet|atebion|answers|prosiect|brosiect|mhrosiect|project|adolygu|revision|cwestiwn|gwestiwn|"
    r"question|tudalen|dudalen|page|llyfr|lyfr|book|gwerslyfr|ci|gi|nghi|cwn|cath|gath|chath|nghath|cathod|gathod|anifail|"
    r"anifeiliaid|puppy|dog|cat|pet|cwningen|gwningen|bochdew|pysgodyn|ceffyl|geffyl|bwyd|fwyd|food|swper|"
    r"cinio|ginio|brecwast|cacen|gacen|chacen|nghacen|pizza|pitsa|bitsa|rysait|trip|taith|daith|thaith|nhaith|gwyliau|"
    r"wyliau|holiday|traeth|draeth|beach|golygfa|olygfa|machlud|fachlud|gem|game|match|tim|team|sgor|score|"
    r"canlyniad|canlyniadau|ganlyniadau|results|dosbarth|ddosbarth|class photo|group photo|celf|gelf|art|"
    r"darlun|ddarlun|narlun|braslun|drawing|meme|memes|map|bwydlen|fwydlen|menu|gwisg ysgol|ngwisg ysgol|wisg ysgol|outfit|"
    r"ffrog|ffrogiau|gwallt|wallt|hair|ewinedd|nails|sgidiau|esgidiau|trainers|gardd|ardd|ngardd|car|gar|nghar|cyngerdd|"
    r"gyngerdd|concert|tocyn|docyn|nhocyn|tocynnau|docynnau|tickets?|bwrdd gwyn|whiteboard|nain|mam-gu|mamgu|"
    r"fam-gu|taid|daid|tad-cu|brawd bach|chwaer fach|eisteddfod|steddfod|urdd|llun ysgol|lun ysgol|"
    r"school photo|pasbort|passport|(dydd|ddydd|nos|bore|fore) (llun|lun))\b"
    r"|\b(gwisg ffansi|wisg ffansi|fancy dress|costume|gwisg|wisg)\b"
    r"|\b(i|at) (miss|syr|sir|yr athro|yr athrawes|mam|dad|nain|taid|mam-gu|tad-cu|y dosbarth|'r dosbarth)\b"
    r"|\b(llun|lun|lluniau|luniau|pic|pics) (ohonon ni|ohonom ni|o ni|of us)\b"
    # a picture "of the ..." is of a thing ("llun o'r gwahoddiad"); "hala i lun" is "I'll send a pic"
    r"|\b(llun|lun|lluniau|luniau|llunia|lunia|pic|pics|screenshot|snap|fideo|vid|video) (o'r|of the|o fy|o'm)\b"
    r"|\b(gol|goal|disgo|ddisgo|prom|gig|sioe|perfformiad|berfformiad)\b"
    r"|\bhala i (lun|llun|un|nhw|fe|fo)\b|\bo'?n rhai (i|ni)\b"
)
# Lessons, the law, safety campaigns: talk about the harm, not the harm (core's LESSON list in Welsh).
LESSON = (
    r"\b(anghyfreithlon|illegal|yn erbyn y gyfraith|against the law|cyfraith|gyfraith|trosedd|drosedd|"
    r"troseddol|heddlu|police|gwers|wers|gwersi|wersi|lesson|lessons|abch|acrh|pshe|rse|rshe|addysg|"
    r"gwasanaeth|wasanaeth|assembly|ceop|diogelwch ar-?lein|diogelwch ar lein|online safety|dan 18|"
    r"o dan 18|dan ddeunaw|under 18s?|ymgyrch|campaign|newyddion|news|erthygl|article|rhaglen ddogfen|"
    r"documentary|medda (miss|syr|sir)|(miss|syr|sir|yr athro|yr athrawes|athro|athrawes) (yn |wedi )?"
    r"(deud|dweud|ddeud|ddweud|gweud|weud|ddudodd|ddeudodd|ddywedodd|wedodd))\b"
)
# The speaker already sent something ("I sent", "she has sent"): a report, not a request.
SENT = (r"\b((wnes i|nes i|nesh i|mi wnes i) (anfon|yrru|gyrru|hala|sendio|ddangos|dangos)|anfonais|anfonodd|"
        r"yrrais|yrrodd|gyrrodd|halais|halodd|sendiodd|sendies|(dwi|fi|dw i|wi|rwy|hi|o|fo|fe|e|nhw|ni) "
        r"('?di|wedi|newydd) (anfon|yrru|gyrru|hala|sendio|ddangos|dangos))\b")
# An existing picture ("send the pic", "send that one"), as core's "send me the pic".
THE_PIC = (r"\b(<m:anfona>|<m:gyrra>|hala|sendia|<m:anfon>|<m:gyrru>)('r| y| yr| hwnna| hwn| yna)\s*"
           r"(llun|lun|lluniau|luniau|llunia|lunia|pic|pics|fideo|snap)?\b")
MAKEUP = r"\b(lliw|colour|color|minlliw|lipstick|colur|make-?up|foundation|ewinedd|nails|paent|paint|teits|tights)\b"
# Games, spoilers, belongings and lateness: hyperbole, not threats (core's threat guard in Welsh).
THREAT_BENIGN = (
    r"\b(gem|game|fifa|fortnite|minecraft|roblox|valorant|cod|call of duty|rocket league|mario kart|among us|"
    r"1v1|cwis|gwis|quiz|gwyddbwyll|chess|uno|monopoly|pool|pwl|sbwylio'?r|spoil\w*|spoiler|sbwyliwr|"
    r"diwedd y ffilm|diwedd y gyfres|ending|episod|episode|ffilm|film|creision|greision|sglodion|losin|"
    r"fferins|siocled|charger|gwefrydd|wefrydd|hwdi|hoodie|clustffonau|headphones|cyfrifiannell|"
    r"gyfrifiannell|calculator|beiro|feiro|n?gwaith cartref|waith cartref|homework|arholiad|exam)\b"
    r"|\b(dod|ddod|dod draw|ddod draw|hwyr|late|bws|fws|tren|dren|trist|drist|siomedig|upset|crio|grio|"
    r"hebddat|hebddot|gwely|wely|adra|adre|ffonia|ffonio|tecstia|decstio|cadw sedd|ditensiwn|detention|"
    r"colli'?r bws|methu'?r bws)\b"
    r"|\b(dod efo ti|ddod efo ti|dod gyda ti|ddod gyda ti|dy helpu|helpu ti|aros efo ti|(na i|wna i|a i) "
    r"(flocio|blocio|riportio|ddeud wrth (miss|syr|sir)|ddweud wrth (miss|syr|sir)))\b"
)
# A harmless secret: a surprise, a present, a spoiler, the speaker's own news or crush.
SECRET_BENIGN = (
    r"\b(syrpreis|syrpreus|surprise|parti|party|(?:p|ph|b|mh)en-?blwydd|pen blwydd|bday|birthday|anrheg|anrhegion|present|"
    r"gift|cerdyn|gerdyn|nadolig|dolig|christmas|sion corn|secret santa|spoilers?|sbwyliwr|diwedd y ffilm|"
    r"ending|prawf|brawf|mhrawf|arholiad|test|exam|canlyniad|canlyniadau|ganlyniadau|marciau|results|crush|ffansio|"
    r"ffansi|dwi'?n licio|dwi'?n hoffi|wedi methu|di methu|nes i fethu|wnes i fethu|cynnig priodi|rysait|recipe|"
    r"marc|farc|gradd|radd|atebion|answers)\b"
    r"|\b(mod i|bo fi|bod fi|mod i wedi)\s*('?di|wedi|di)?\s*(anghofio|colli|golli|methu|fethu|torri|dorri|"
    r"bod yn hwyr|cysgu'?n hwyr|cwympo|gwympo|syrthio|baglu)\b"
    r"|\b(seed|server|gweinydd|base|cuddfan|den|ffau|minecraft|fortnite|roblox|cod y gem|lefel gudd)\b"
    r"|\b(prom|date|det|gofyn (iddi|iddo) (allan|i fynd|i'?r))\b"
    r"|\b(ges i|ces i|cefais i|gath fi|ges i|dwi wedi cael|fi wedi cael)\s+(\d|a\*|marc|farc|gradd|radd|lle|le|swydd|"
    r"rhan|ran|y rhan|y brif ran)"
    r"|\b(i|ar gyfer|for)\s+(syr|miss|yr athro|yr athrawes|mam|dad|nain|taid|mam-gu|tad-cu)\b.{0,30}\b(diwrnod "
    r"ola|diwrnod olaf|ymddeol|gadael|leaving|cerdyn|gerdyn|fideo|anrheg|syrpreis)\b"
    r"|\b(diwrnod ola|diwrnod olaf|ymddeol|leaving do)\b"
)
# Negated or challenged blame ("not her fault", "stop blaming"), shared by every blame pattern.
BLAME_NEG = (
    r"\b(dim|ddim|nid|nad|dydy|dydi|dyw|dio|dydio|tydi|byth)\b.{0,15}\b(ei|dy|eu|fy|ein)?\s*(bai|fai|mai)\b"
    r"|\b(stopia|stopiwch|paid|peidiwch)\s+(a\s+|ag\s+)?(beio|feio|deud|ddeud|dweud|ddweud|gweud|weud)\b"
    r"|\bbeio'?r dioddefwr\b|\bvictim ?blaming\b|\bneb ar fai\b|\bbai neb\b"
    r"|\bbai (fo|fe|o|e|nhw|y boi|'?r boi|yr hogyn|y bachgen)\b|\b(fo|fe|o|e|nhw) (sy|sydd|oedd) ar fai\b"
    r"|\b(ddim|dim|nid|byth)\b.{0,12}\bhaeddu\b"
)
JOKE_BENIGN = (r"\b(knock knock|joc dad|dad joke|ffwl ebrill|april fools?|prank|pranc|joc y dydd|joc syr|"
               r"joc miss|cracer|cracker|jocs cracer)\b|\b(ddim|dim|nid)\s+(yn\s+)?(jyst\s+)?"
               r"(joc|jocs|banter|ddoniol|doniol|hwyl)\b")
SPORT = (r"\b(ras|rhedeg|redeg|chwaraeon|addysg gorfforol|gwers ag|gym|ymarfer|hyfforddi|hyfforddiant|tim|team|"
         r"rygbi|pel-droed|pel droed|peldroed|pel|hoci|netbol|athletau|traws gwlad|ffitrwydd|fitness|"
         r"cross country|beep test|bleep test|marathon|gem|game|match|gemau|anaf|anafu|wedi gwella|"
         r"ffit i chwarae|ffit eto)\b")
WEATHER = (r"\b(diwrnod|ddiwrnod|tywydd|dywydd|haf|heddiw|weather|day|summer|today|haul|sun|gwres|wres|coffi|"
           r"goffi|te|bwyd|fwyd|cawl|gawl|cyri|gyri|curry|saws|sbeislyd|spicy|tsili|chilli|dwr|popty|radiator|"
           r"ystafell|stafell|dosbarth|ddosbarth|bws|fws|bysys|fysys|coridor|neuadd|labordy|lab|siocled|chocolate|twymyn|gwres uchel|sal|tost)\b")
INJURY = (r"\b(anaf|anafu|brifo|clais|cleisiau|llosg haul|poen|doctor|meddyg|feddyg|ysbyty|torri|dorri|"
          r"wedi torri|plastar|ymarfer|gym|ffitrwydd|fitness|bioleg|fioleg|biology|gwers|wers|lesson|celf|"
          r"gelf|art|darlun|ddarlun|narlun|cerflun|gerflun|lipstick|minlliw)\b")
HELP_BENIGN = (
    r"\b(n?gwaith cartref|waith cartref|homework|traethawd|draethawd|nhraethawd|essay|cwestiwn|gwestiwn|question|adolygu|"
    r"revision|arholiad|exam|prawf|brawf|mhrawf|test|cwis|gwis|quiz|gem|game|lefel|level|boss|taflen|daflen|"
    r"worksheet|aseiniad|assignment|prosiect|brosiect|mhrosiect|project|n?gwaith cwrs|coursework|wisgo|gwisgo|outfit|"
    r"gwallt|wallt|hair|cacen|gacen|rysait|recipe|parti|party|anrheg|present|gift|maths|mathemateg|"
    r"fathemateg|cymraeg|gymraeg|saesneg|gwyddoniaeth|wyddoniaeth|hanes|daearyddiaeth|ddaearyddiaeth|"
    r"ffrangeg|sbaeneg|sym|symiau|ffon|phone|cyfrifiadur|laptop|wifi|heno|fory|yfory|penwythnos|benwythnos|"
    r"tren|dren|bws|fws|allwedd|allweddi|goriad|keys?|colli'?r|golli'?r|lifft|lift|"
    r"gwyliau|wyliau|bored|diflasu|bug|byg|glitch|roblox|fortnite|minecraft|app|ap)\b"
)
# Telling or reporting that is really part of a secrecy demand or a threat.
TELL_GUARD = (
    r"\b(paid|peidiwch|pid)\s+(a\s+|ag\s+)?(deud|dweud|gweud|ddeud|ddweud|weud|son|siarad|riportio|"
    r"blocio|tell)\b"
    r"|\bos\s+(ti'?n|wyt ti'?n|chdi'?n|wnei di|nei di|ti|chdi|wnewch chi)\s+(deud|dweud|gweud|ddeud|ddweud|"
    r"weud|son|siarad|riportio|mynd)\b"
    r"|\b(deud|dweud|gweud|ddeud|ddweud|weud|deuda|dweda|dwed|gwed|wed|tell)\s+(unrhyw beth\s+|dim byd\s+|gair\s+)?wrth\b.{0,30}\b(a|ac|neu|and|or)\b.{0,40}\b(difaru|ddifaru|"
    r"sori|gei di weld|cei di weld|fyddi di|byddi di|wna i|na i|mi wna i|dwi'?n mynd i|regret|dead|nesa|nesaf|next|marw)\b"
    r"|\b(g?wna i|na i|wnai|nai|mi wna i|fe wna i|dwi'?n mynd i|fi'?n mynd i|bydda i'?n|fydda i'?n)\s+"
    r"(deud|dweud|gweud|ddeud|ddweud|weud|dangos|ddangos|anfon|yrru|gyrru|hala)\b.{0,15}\b(dy|ei)\s+"
    r"(mam|fam|tad|dad|rhieni|rieni|cariad|gariad)\b"
    r"|\b(wedi torri|di torri|'di torri|ddim yn gweithio|dim yn gweithio|ar goll|wedi colli|di colli|broken|"
    r"taflunydd|daflunydd|projector|cyfrifiadur|gyfrifiadur|gliniadur|laptop|goriad|allwedd|locer|locker)\b"
    r"|\b(adroddiad|report card|tystysgrif|certificate|canlyniad\w*|ganlyniad\w*|results|marciau|grades|"
    r"gwaith cartref|waith cartref|homework|bug|byg|glitch|(?:p|ph|b|mh)en-?blwydd|parti|party|anrheg|present)\b"
)
GAMES_SPORT = (r"\b(fortnite|minecraft|roblox|fifa|gem|game|pel|bel|ball|gol|goal|ergyd|shot|amddiffyn|defend|"
               r"pel-droed|rygbi|hoci|netbol|pasio|lego|tetris|ffordd|road|traffig|traffic)\b")


def alt(*parts):
    return "|".join(p for p in parts if p)


# ---------------------------------------------------------------- the patterns
# (id, category, severity, description, regex, unless)
P = []


def pat(pid, cat, sev, desc, regex, unless=""):
    P.append((pid, cat, sev, desc, regex, unless))


# ======== sexualised.appearance
pat("cy.appear.person_hot", "sexualised.appearance", 2,
    "A person described as sexy/hot/fit/peng ('mae hi'n secsi', 'ti mor hot')",
    r"\b(mae hi'?n|ma hi'?n|hi'?n|mae o'?n|ma fo'?n|fo'?n|mae e'?n|ma fe'?n|ti'?n|ti mor|hi mor|fo mor|"
    r"wyt ti'?n|chdi'?n|chdi mor)\s+(mor\s+|rhy\s+|really\s+|well\s+|uffernol o\s+|ofnadwy o\s+|andros o\s+)?"
    r"(<m:secsi>|<m:rhywiol>|hot|<m:poeth>|ffit|fit|peng|lysh|lush|thicc)\b",
    alt(WEATHER, SPORT, r"\b(boeth|poeth) (i|ar ol|heddiw)\b",
        r"\b(car|gar|char|nghar|sgidiau|esgidiau|trainers|shoes|llais|lais|ffont|font|beic|feic|ffon|phone|gitar|cit|kit|"
        r"gol|goal|tiwn|diwn|song|can|gan|fideo|video|cot|got|siaced|jacket|bag|fag|ffrog|gwisg|wisg)\b"))
pat("cy.appear.rate_person", "sexualised.appearance", 2,
    "Rating a person out of 10 ('rate hi allan o 10', 'mae hi'n 6/10')",
    r"\b(<m:rhoi> marc i|rate|reitio|reitia|ratio|ratia|<m:marcio>|marcia)\s+(hi|o|fo|e|fe|nhw|y genod|y merched|"
    r"yr hogia|y bechgyn|pob hogan|pob merch|pawb yn)\b.{0,25}\b(allan o (10|ddeg|deg)|o (10|ddeg)|/10|out of 10)"
    r"|\b(hi|fo|o|e|fe)('?n| yn| ydi| yw)\s+([1-9]|10)\s*(/10|allan o (10|ddeg)|out of 10)",
    r"\b(darlun|ddarlun|narlun|celf|gelf|traethawd|draethawd|nhraethawd|bwyd|fwyd|cacen|gacen|ffilm|film|gem|game|gol|goal|"
    r"perfformiad|berfformiad|prawf|brawf|mhrawf|arholiad|sgor|gwaith|waith|oed|mlwydd|maint|faint|size|ser|stars?|"
    r"pizza|pitsa|cwis|gwis|ateb|can|gan|song)\b|\b(afiach|ych|ddim yn iawn|stopia|paid)\b")
pat("cy.appear.body_remark", "sexualised.appearance", 2,
    "Remark about someone's body ('ei chorff hi'n secsi', 'dy goesau di 😍')",
    r"\b(ei|dy)\s+(<m:corff>|<m:tin>|<m:coesau>|<m:bronnau>|<m:gwefusau>|<m:cluniau>)\b.{0,20}"
    r"(\b(<m:secsi>|<m:rhywiol>|hot|ffit|fit|peng|lysh|lush|thicc|waw|wow)\b|😍|🔥|🤤|😏|🥵|👀)",
    INJURY)
pat("cy.appear.clothes_on_her", "sexualised.appearance", 1,
    "'Y sgert na arni 👀' / 'hi yn y bicini na 🔥': a clothing remark with a leer",
    r"\b(hi|fo|o|ti|chdi)\s*('?n|yn)\s+(y|ei|dy|'r)\s*(<m:sgert>|<m:top>|<m:ffrog>|<m:bicini>|leggings|siorts|"
    r"crop top)\s*(na|yna|'na|'ma|yma|hwnna)?\b.{0,12}(😍|🔥|🤤|😏|👀|🥵|\b(tho|waw|wow|secsi|ffit|hot)\b)"
    r"|\b(y|'r|yr)\s*(<m:sgert>|<m:top>|<m:ffrog>|<m:bicini>|leggings|siorts|crop top)\s+(na|yna|'na)\s+"
    r"(arni|arno)\b.{0,12}(😍|🔥|🤤|😏|👀|🥵|\b(tho|waw|wow)\b)",
    r"\b(rheol|rheolau|reolau|polisi|bolisi|gwisg ysgol|wisg ysgol|uniform|siop|prynu|brynu|sale|maint|"
    r"faint|size|golchi|olchi)\b")

# ======== sexualised.names
NAMES = (r"<m:hwren>|hwran|<m:putain>|slwt|slut|slag|sket|skank|<m:slapen>|<m:jadan>|ffrigid|frigid|prude|"
         r"thot")
pat("cy.names.direct", "sexualised.names", 3,
    "A sexualised name aimed at someone in a Welsh frame ('ti'n slwt', 'mae hi'n hwren')",
    r"\b(ti'?n|ti|chdi'?n|chdi|hi'?n|mae hi'?n|ma hi'?n|ti mor|hi mor|ti'?n gymaint o|am)\s+(" + NAMES + r")\b",
    r"\b(i (thot|thought))\b")
pat("cy.names.called", "sexualised.names", 2,
    "Reported sexualised name-calling ('galw hi'n slwt')",
    r"\b(<m:galw>|<m:galwodd>|<m:galwon>)\s+(hi|fi|o|fo|e|ti|chdi|nhw|fy ffrind|'n ffrind|fy chwaer)\s*"
    r"('?n|yn)\s+(" + NAMES + r")\b")

# ======== sexualised.jokes
pat("cy.jokes.rumour", "sexualised.jokes", 2,
    "Sexual rumour ('glywis i ei bod hi wedi cysgu efo...', 'mae pawb yn deud...')",
    r"\b(glywis i|clywais i|glywes i|nes i glywed|dwi wedi clywed|dwi di clywed|mae pawb yn deud|"
    r"ma pawb yn deud|mae pobl yn deud|ma pobl yn deud|medden nhw|mae'?n debyg|ma'?n debyg|yn ol pob son|"
    r"mae si|ma si|sibrydion|rumour)\b.{0,40}\b(<m:cysgu> (efo|gyda|hefo)|wedi bod efo|di bod efo|"
    r"wedi bod gyda|<m:bachu> (efo|gyda|hefo)|wedi snogio|di snogio|<m:anfon> nudes|<m:gyrru> nudes|"
    r"<m:colli> ei (gwyryfdod|wyryfdod|virginity)|wedi neud (pethau|petha|stwff|bits) (efo|gyda|hefo))\b",
    alt(LESSON, r"\b(tedi|dedi|teddy|ci|gi|cath|gath|sleepover|gwersyll|wersyll|pabell|babell|babi|fabi|chwaer|brawd|"
        r"nain|mam|fam|ffilm|film|sioe|rhaglen|raglen|episod|episode|cymeriad|gymeriad|character|opera sebon)\b"))
pat("cy.jokes.body_count", "sexualised.jokes", 2,
    "Asking someone's 'body count' in a Welsh frame",
    r"\b(be|beth|ba)\s*('?di|ydi|yw|di|ydy|'?yw)\s+(dy|ei)\s+(body ?count|bodycount)\b",
    r"\b(gem|game|ffilm|film|rhyfel|ryfel|war)\b")
pat("cy.jokes.everyone_knows", "sexualised.jokes", 2,
    "'Mae pawb yn gwybod be nest ti efo fo'",
    r"\b(mae pawb|ma pawb|pawb|yr ysgol gyfan|y flwyddyn gyfan|ni gyd|ni i gyd)\s+(yn\s+|'n\s+)?"
    r"(<m:gwybod>|<m:gwbod>|gwbo|wedi clywed|di clywed)\s+(be|beth|ba)\s+(nest ti|wnest ti|naethoch chi|"
    r"nath hi|naeth hi|wnaeth hi|nath o|ddaru ti|ddaru hi)\s+(efo|gyda|hefo|yn)\b",
    r"\b(n?gwaith cartref|waith cartref|homework|prawf|brawf|mhrawf|test|arholiad|exam|cwis|gem|game|match)\b")
pat("cy.jokes.wink", "sexualised.jokes", 1,
    "'Be naethoch chi'ch dau 😏' insinuation",
    r"\b(be|beth)\s+(naethoch chi|wnaethoch chi|nathoch chi|ddaru chi|fuoch chi)\b.{0,30}(😏|😉|😈|👀|;\))")
pat("cy.jokes.virgin_taunt", "sexualised.jokes", 2,
    "Taunt 'bet ti dal yn virgin'",
    r"\b(bet|betia i|dwi'?n siwr|amlwg|yn amlwg)\s+(bo ti|bod ti|dy fod ti|fod ti|ti|ti'?n|bo chdi|hi'?n|"
    r"fod hi|bod hi)\s*('?n|yn)?\s*(dal\s+)?(yn\s+)?(<m:gwyryf>|virgin)\b",
    LESSON)

# ======== coercive.image_request
pat("cy.req.send_pic", "coercive.image_request", 2,
    "Request to send a picture or video, Welsh verb or Welsh noun ('anfona lun', 'wnei di yrru pic', "
    "'send llun')",
    r"\b({SEND_IMP})\b.{0,20}\b({IMG})\b|\b({REQ_INTRO})\s+({SEND_VN})\b.{0,20}\b({IMG})\b"
    r"|\b(send|snd|show|sendia)\s+(me\s+|i mi\s+|i fi\s+)?(a\s+|un\s+)?({IMG_CY})\b",
    alt(REQ_BENIGN, LESSON, SENT, THE_PIC))
pat("cy.req.nudes", "coercive.image_request", 3,
    "Request for nudes or undressed pictures ('anfona nudes', 'oes gen ti lunia noeth')",
    r"\b({SEND_IMP}|{SEND_VN}|wnei di|nei di|gen ti|oes gen ti|oes gyda ti|ma gen ti|ga i|gai|isio|eisiau|moyn)\b"
    r".{0,20}\b(nudes?|noods?|nudez|<m:noethlun>|<m:noethluniau>|(<m:llun>|<m:lluniau>|<m:llunia>)\s+"
    r"(noeth|heb <m:dillad>|<m:brwnt>|<m:budr>|drwg|secsi|spicy|saucy))\b",
    alt(LESSON, MAKEUP, SENT))
pat("cy.req.pic_of_you", "coercive.image_request", 2,
    "Request for a picture of the other person ('anfona lun ohonot ti', 'dwi isio llun o ti')",
    r"\b({SEND_IMP}|{SEND_VN}|ga i|gai|ga'?i|isio|eisiau|moyn|<m:tynna>)\b.{0,15}\b({IMG})\s+"
    r"(o\s+(dy hun|dy hunan|ti|chdi|ti dy hun)|ohonot( ti)?|ohona( chdi| ti)|ohonat( ti| chdi)?|"
    r"ohonach( chdi)?|o'?th hun|o dy (<m:corff>|wyneb|hun))\b",
    alt(REQ_BENIGN, LESSON, SENT))
pat("cy.req.can_i_see", "coercive.image_request", 1,
    "'Ga i weld llun?' / 'ga i un arall?'",
    r"\b(<m:ca> i|<m:cai>|<m:ca>'i)\s+(<m:gweld>\s+)?(dy\s+|un\s+)?({IMG_CY}|pic|pics|snap|selfie)\s*(arall|eto)?\b",
    alt(REQ_BENIGN, LESSON, SENT))
pat("cy.req.undressed", "coercive.image_request", 3,
    "A picture without clothes or in underwear; 'tynna dy dop i ffwrdd'",
    r"\b({IMG})\b.{0,25}\b(heb (dy |ei )?(<m:dillad>|<m:top>|<m:crys>)|yn dy (<m:dillad> isa|<m:dillad> isaf|"
    r"bra|underwear|boxers|knickers|pants)|dim ond dy (<m:dillad> isa|<m:dillad> isaf|bra|underwear|pants))\b"
    r"|\b(<m:tynna>|<m:tynnu>)\s+(dy|ei)?\s*(<m:dillad>|<m:top>|<m:crys>|bra|<m:sgert>|<m:trowsus>|jeans)\s+"
    r"(i ffwrdd|off|bant)\b",
    alt(LESSON, r"\b(newid|newidio|chwysu|chwyslyd|sweaty|gwers ag|cit pe|addysg gorfforol|gwlyb|golchi|olchi|"
        r"nofio|swimming|staen|stain|poeth|boeth|hot|siop|prynu|brynu|maint|faint|size|label)\b"))
pat("cy.req.live", "coercive.image_request", 2,
    "Asking someone to go live or on camera just for the speaker ('dos ar facetime, jyst ni')",
    r"\b(dos|cer|tyrd|dere|ty'?d|<m:mynd>)\s+(ar|on)\s+(live|facetime|fideo|video|cam|<m:camera>)\b.{0,25}"
    r"\b(i fi|i mi|jyst i fi|jyst ni|jyst fi a ti|ar ben dy hun|ben dy hun|yn dy (stafell|ystafell|wely)|"
    r"heno|for me)\b",
    r"\b(gwers|wers|lesson|dosbarth|ddosbarth|class|teams|zoom|google meet|tiwtor|diwtor|tutor|adolygu|"
    r"revision|n?gwaith cartref|waith cartref|homework|cofrestr|gofrestr|register|miss|syr|sir|athro|"
    r"athrawes|teacher|gwasanaeth|assembly|cwis|quiz|cyflwyniad|presentation|teulu|deulu|family|nain|"
    r"mam-gu|taid|tad-cu|gem|game|fortnite|minecraft|roblox)\b")
pat("cy.req.pic_for_pic", "coercive.image_request", 2,
    "Picture-for-picture offer ('anfona un a wna i anfon un')",
    r"\b({SEND_IMP})\s+(un|dy un( di)?|<m:llun>)\b.{0,20}\b(a|ac|and|n)\s+(mi |fe )?(wna i|na i|a i|ya i|wnai|nai)"
    r"\s+({SEND_VN})\s+(un|fy un( i)?|un fi)\b",
    alt(REQ_BENIGN, LESSON))

# ======== coercive.pressure (needs a harmful anchor: rules.toml needs_harm)
pat("cy.press.plead", "coercive.pressure", 2,
    "Pleading around a request ('plis anfona fo', 'dere mlaen, gyrra un')",
    r"\b(plis|pliz|pls|plz|please|dere (ymlaen|mlaen|mla'?n|'?laen)|tyrd (ymlaen|mlaen|'?mlaen|'?laen|yn dy flaen)|"
    r"ty'?d (laen|'laen|mlaen)|c'?mon|cym on|go on)\b.{0,25}\b({SEND_IMP}|{SEND_VN})\b.{0,15}\b({IMG}|un|{IT})\b"
    r"|\b({SEND_IMP})\b.{0,20}\b({IMG}|un|{IT})\b.{0,10}\b(plis|pliz|pls|plz|please)\b",
    alt(REQ_BENIGN, LESSON, SENT,
        r"\b(linc|link|rhif|number|cyfeiriad|address|manylion|ffurflen|form|playlist|amser|time)\b"))
pat("cy.press.why_not", "coercive.pressure", 2,
    "'Pam ti ddim yn anfon?' / 'pam na wnei di yrru llun?'",
    r"\b(pam|pham)\s+(ti ddim|ti'?m|wyt ti ddim|na wnei di|na nei di|nad wyt ti|wnei di ddim|nei di ddim|"
    r"ti'?n gwrthod|ti wedi stopio|ti di stopio)\b.{0,15}\b({SEND_VN}|{IMG})\b",
    alt(REQ_BENIGN, SENT))
pat("cy.press.pam_lai", "coercive.pressure", 2,
    "'Pam lai?' / 'jyst un bach' around a request for a picture",
    r"\bpam (lai|ddim)\b.{0,30}\b({SEND_IMP}|{SEND_VN}|{IMG})\b|\b({SEND_IMP}|{IMG})\b.{0,30}\bpam (lai|ddim)\b"
    r"|\b(jyst|dim ond|only|just)\s+un\s+(bach|sydyn|cyflym|arall|tiny|quick)\b.{0,20}\b({SEND_IMP}|{SEND_VN}|{IMG}|"
    r"plis|pls|plz)\b|\b({SEND_IMP})\b.{0,20}\b(jyst|dim ond)\s+un\s+(bach|sydyn|cyflym|arall)\b",
    alt(REQ_BENIGN, LESSON, SENT, r"\b(cwestiwn|gwestiwn|peth|munud|funud|eiliad|darn|ddarn|gem|game|linc|link)\b"))
pat("cy.press.after_everything", "coercive.pressure", 2,
    "Guilt: 'ar ôl popeth dwi 'di neud i ti'",
    r"\bar ol (popeth|bob dim|pob dim|y cwbl|y cyfan|bopeth)\s+(dwi|fi|dw i|rydw i|rwy|nes i|wnes i)\s*"
    r"('?n|'?di|wedi|di)?\s*(<m:gwneud>|neud|ei wneud|ei neud|<m:rhoi>)?\s*(i ti|i chdi|drostat ti|drostot ti)\b")
pat("cy.press.everyone", "coercive.pressure", 2,
    "Normalising: 'mae pawb yn anfon lluniau'",
    r"\b(mae pawb|ma pawb|pawb|pob hogan|pob merch|pob un|y genod i gyd|y merched i gyd|pawb arall)\s+"
    r"(yn|'n|arall yn)\s+({SEND_VN}|<m:gwneud>|neud)\s+(llunia|lluniau|luniau|lunia|nudes|pics|snaps|o|fo|e|"
    r"hyn|hynna|'r un peth)\b",
    alt(LESSON, r"\b(n?gwaith cartref|waith cartref|homework|adolygu|revision|tiktok|trend|dawns|ddawns|dance|"
        r"challenge|vape|vaping|fepio|smocio|smoking|yfed|drinking|gem|game|fortnite|roblox|gwyliau|wyliau|"
        r"nadolig|dolig|(?:p|ph|b|mh)en-?blwydd)\b"))
pat("cy.press.delete_promise", "coercive.pressure", 2,
    "Promise to delete or not show anyone ('anfona fo, wna i ddileu fo'n syth', 'wna i ddim dangos i neb')",
    r"\b({SEND_IMP}|{SEND_VN})\b.{0,40}\b(wna i|na i|a i|mi wna i|fe wna i|dwi'?n addo|addo|i promise|promise)"
    r"\s+(ei\s+|eu\s+)?(<m:dileu>|<m:dilea>|delete|deletio)\b"
    r"|\b(wna i|na i|mi wna i|fe wna i)\s+(ei\s+|eu\s+)?(<m:dileu>|deletio)\s+({IT})?\s*(yn syth|syth|ar unwaith|"
    r"wedyn|ar ol|dwi'?n addo|addo|promise)\b"
    r"|\b(wna i|na i|wnai|nai)\s+(ddim|byth)\s+(<m:dangos>|<m:anfon>|<m:gyrru>|<m:rhannu>)\s+({IT})?\s*"
    r"(i|efo|gyda|wrth)\s+(<m:neb>|unrhyw un|enaid byw)\b",
    alt(SECRET_BENIGN, r"\b(fy llun|fy lluniau|fy llunia|llun ohona i|llun ohona fi|dwi'?n edrych yn|"
        r"fi'?n edrych yn|hyll|embarrassing|cywilydd|gywilydd)\b"))
pat("cy.press.money", "coercive.pressure", 3,
    "Money or gifts for a picture ('wna i dalu ti am lun', '£10 am un llun')",
    r"\b(wna i|na i|mi wna i|fe wna i|a i|dwi'?n|fi'?n)\s+(<m:talu>|<m:rhoi>|<m:prynu>)\s+(i ti\s+|ti\s+|chdi\s+|"
    r"i chdi\s+)?.{0,30}\b(am|os|for)\s+(ti'?n\s+|wnei di\s+|nei di\s+)?(un llun|<m:llun>|pic|snap|nudes|"
    r"{SEND_VN})\b"
    r"|(£\s?\d+|\b\d+\s?(punt|bunt|quid)|\bpumpunt|\bdecpunt|\bvbucks|\bv-bucks|\brobux|\bgift ?card)"
    r".{0,20}\b(am|for)\s+(un|<m:llun>|pic|snap|nudes|selfie|selffi)\b",
    alt(REQ_BENIGN, LESSON))
pat("cy.press.snap_reassure", "coercive.pressure", 2,
    "Reassurance that a snap disappears ('mae'n diflannu ar snap beth bynnag')",
    r"\b(snap|snapchat|<m:llun>)\b.{0,30}\b(<m:diflannu>|dileu ei hun|dileu'?i hun)\b"
    r"|\b(<m:diflannu>)\b.{0,20}\b(ar snap|ar snapchat|beth bynnag|eniwe|anyway)\b",
    r"\b(hud|magic|tric|trick|eira|snow|hufen ia|ice cream|haul|sun|rhew|paent|staen|smotyn|spot)\b")
pat("cy.press.not_big_deal", "coercive.pressure", 2,
    "'Dim yn big deal, jyst anfona fo'",
    r"\b(dim (yn )?big deal|no big deal|dim byd mawr|dio'?m yn big deal|dydi o ddim yn big deal|"
    r"dim yn fargen fawr)\b.{0,30}\b({SEND_IMP}|{SEND_VN}|{IMG})\b"
    r"|\b({SEND_IMP})\b.{0,25}\b(dim (yn )?big deal|dim byd mawr)\b",
    alt(REQ_BENIGN, LESSON))
pat("cy.press.guilt", "coercive.pressure", 2,
    "Guilt and loyalty tests ('baswn i'n neud o i ti', 'os ti'n ffrind go iawn...')",
    r"\b(baswn|byswn|swn|faswn|fyswn|fyddwn|mi faswn|mi fyswn)\s+i'?n\s+(<m:gwneud>|neud|<m:anfon>|<m:gyrru>|"
    r"hala)\s+(o\s+|fo\s+|e\s+|fe\s+|un\s+|hyn\s+)?(i ti|i chdi|drostat ti|drostot ti)\b"
    r"|\bos\s+(ti'?n|wyt ti'?n|chdi'?n)\s+(ffrind go iawn|<m:cariad> go iawn|ffrind da|fy ffrind|"
    r"fy nghariad)\b.{0,30}\b({SEND_VN}|{SEND_IMP}|{IMG}|mi wnei di|mi nei di|wnei di|nei di)\b",
    alt(REQ_BENIGN, r"\b(parti|party|helpu|help|n?gwaith cartref|homework|lifft|lift|benthyg|lend)\b"))
pat("cy.press.insult_refusal", "coercive.pressure", 1,
    "Insults after a refusal ('ti mor pathetig', 'paid bod yn fabi', 'ti'n frigid')",
    r"\b(ti'?n|ti|chdi'?n|chdi|ti mor|chdi mor|paid bod yn|paid a bod yn|paid bod mor|paid a bod mor)\s+"
    r"(gymaint o\s+|rhy\s+|mor\s+)?(prude|<m:pathetig>|lame|<m:llwfr>|chicken|wimp|<m:babi>|boring|<m:diflas>|"
    r"frigid|ffrigid)\b",
    r"\b(gem|game|ffilm|film|gwers|wers|n?gwaith cartref|waith cartref|homework|sioe|show|rhaglen|raglen|"
    r"llyfr|book|parti|party)\b")
pat("cy.press.bargain", "coercive.pressure", 2,
    "Bargaining: 'os ti'n anfon un, wna i anfon un'",
    r"\bos\s+(ti'?n|wnei di|nei di|wyt ti'?n|chdi'?n)\s+({SEND_VN})\b.{0,25}\b(wna i|na i|a i|ya i|mi wna i|"
    r"fe wna i|nai|wnai)\s+({SEND_VN})\s+(un|fy un|rhai|rhywbeth)\b",
    alt(REQ_BENIGN, LESSON))

# ======== coercive.threat
pat("cy.threat.if_dont", "coercive.threat", 3,
    "Conditional threat in Welsh ('os na wnei di anfon, mi wna i...'), with a Welsh or English consequence",
    r"\bos\s+(na\s+(wnei|nei|wnewch|newch)\s+(di|chi)|nad\s+(wyt|ydych)|ti ddim|ti'?m|chdi ddim|wnei di ddim|"
    r"nei di ddim|wyt ti ddim|dwyt ti ddim|na|ti'?n gwrthod|wyt ti'?n gwrthod|ti'?n (deud|dweud|gweud|son|"
    r"riportio|blocio|anwybyddu|ignorio)|wnei di (ddeud|ddweud|weud|son|riportio|flocio|blocio|anwybyddu)|"
    r"(ydi|ydy|yw) (rhywun|unrhyw un))\b.{0,50}({CONSEQ_CY}|{CONSEQ_EN})",
    alt(THREAT_BENIGN, LESSON))
pat("cy.threat.if_en_cy", "coercive.threat", 3,
    "Code-switched conditional threat: English condition, Welsh consequence ('if u dont send it dwi'n deud "
    "wrth bawb')",
    r"\bif\s+(uu?|you|ya)\s+(don'?t|dont|dnt|do not|won'?t|wont|refuse|ignore me|block me|say no|tell|grass|"
    r"snitch|report)\b.{0,50}({CONSEQ_CY})",
    alt(THREAT_BENIGN, LESSON))
pat("cy.threat.neu", "coercive.threat", 3,
    "Demand with 'neu' ('or'): 'anfona fo neu mi wna i...', 'send a pic neu dwi'n deud wrth bawb'",
    r"\b({DEMAND})\b.{0,40}\bneu\s+(fel arall|else|(mi |fe )?(wna i|na i|a i|ya i|wnai|nai)|dwi'?n|fi'?n|"
    r"bydda i|fydda i|bydd|fydd|mae'?r|ma'?r|mae pawb|ma pawb|<m:pawb>|byddi di|fyddi di|gei di|cei di|"
    r"i'?ll|ill|everyone|watch|gwylia|watsia)\b",
    alt(THREAT_BENIGN, LESSON,
        r"\b(mynd i'?r gwely|mynd adra|mynd adre|dwi'?n mynd|fi'?n mynd|rhoi'?r gorau|ffonia fi|tecstia fi)\b",
        r"\b(miss|syr|sir|athro|athrawes|yr heddlu|flin|grac|crac|trwbl|drwbl|ditensiwn|detention)\b"))
pat("cy.threat.or_else", "coercive.threat", 3,
    "Code-switched: Welsh demand, English 'or else' / 'or I'll' ('anfona lun or else')",
    r"\b({SEND_IMP}|<m:dilea>|<m:ateb>|ateba|tyrd|dere|<m:gwna>|neud o|unblocia)\b.{0,40}\bor\s+(else|i'?ll|"
    r"ill|i will|ima|imma|everyone|ur dead|you'?re dead|watch|i'?m (posting|sending|telling|showing))\b",
    alt(THREAT_BENIGN, LESSON))
pat("cy.threat.unless", "coercive.threat", 3,
    "Sharing unless the person complies ('heblaw bod ti'n anfon...', 'oni bai dy fod ti...', code-switched "
    "'unless u')",
    r"\b({EXPVERB}|<m:deud>|<m:dweud>|<m:gweud>|post|share|show|send|leak|<m:pawb>|everyone)\b.{0,50}"
    r"\b(heblaw|oni bai|onibai)\s+(bod|fod|bo|dy fod)\s*(ti|chdi|di)\b"
    r"|\b(heblaw|oni bai|onibai)\s+(bod|fod|bo|dy fod)\s*(ti|chdi|di)\b.{0,50}({CONSEQ_CY}|{CONSEQ_EN})"
    r"|\bunless\s+(u|you|ya)\b.{0,50}({CONSEQ_CY})"
    r"|\b({EXPVERB}|<m:pawb>)\b.{0,40}\bunless\s+(u|you|ya)\b",
    alt(THREAT_BENIGN, LESSON))
pat("cy.threat.regret", "coercive.threat", 2,
    "'Byddi di'n sori' / 'ti'n mynd i dalu am hyn'",
    r"\b(byddi di'?n|fyddi di'?n|ti'?n mynd i fod yn|mi fyddi di'?n)\s+sori\b"
    r"|\b(ti'?n mynd i|byddi di'?n|fyddi di'?n|gei di|cei di)\s+<m:talu>\s+am\s+(hyn|hynna)\b",
    alt(THREAT_BENIGN, r"\b(tocyn|docyn|nhocyn|ticket|bwyd|fwyd|cinio|ginio|pizza|pitsa|siop|arian|pres|punt|bunt)\b"))
pat("cy.threat.know_where", "coercive.threat", 3,
    "'Dwi'n gwybod lle ti'n byw'",
    r"\b(dwi'?n|fi'?n|dw i'?n|rwy'?n)\s+(<m:gwybod>|<m:gwbod>|gwbo|wbo)\s+(lle|ble)\s+(ti'?n|wyt ti'?n|chdi'?n)"
    r"\s+(byw|mynd i'?r ysgol|cysgu)\b",
    r"\b(dod draw|ddod draw|dod rownd|ddod rownd|galw draw|alw draw|am \d|parti|party|lifft|lift|anrheg|present|"
    r"cerdyn|gerdyn|post|pizza|pitsa|tacsi|taxi)\b")
pat("cy.threat.veiled", "coercive.threat", 3,
    "Veiled threat ('paid gwneud i fi bostio fo', 'bechod tasa dy fam yn gweld', 'gei di weld be sy'n "
    "digwydd')",
    r"\bpaid (a\s+)?(<m:gwneud>|neud|gneud) i (fi|mi)\s+(<m:postio>|<m:dangos>|<m:anfon>|<m:gyrru>|<m:rhannu>|"
    r"<m:deud>|<m:dweud>|leakio|airdropio)\b"
    r"|\bbechod (os|tasa|petai|pe bai)\s+(rhywun|dy (fam|dad|rieni)|<m:pawb>)\b.{0,30}\b(<m:gweld>|<m:gwybod>|"
    r"<m:clywed>|<m:cael>)\b"
    r"|\b(cei|gei|gewch) (di|chi) <m:gweld> (be|beth) (sy'?n|fydd yn|neith) <m:digwydd>\b"
    r"|\b(gwylia|watsia|gwyliwch) (be|beth) (sy'?n|fydd yn|neith) <m:digwydd>\b",
    alt(THREAT_BENIGN, SECRET_BENIGN))
pat("cy.threat.last_chance", "coercive.threat", 2,
    "'Cyfle ola' with a request",
    r"\b<m:cyfle> (ola|olaf|diwetha|diwethaf|dwetha)\b.{0,30}\b({SEND_IMP}|{SEND_VN}|{IMG}|neu|cyn i fi|cyn i mi|"
    r"cyn bo fi|cyn mod i)\b|\b({SEND_IMP})\b.{0,30}\b<m:cyfle> (ola|olaf|diwetha|diwethaf)\b",
    alt(REQ_BENIGN, THREAT_BENIGN, r"\b(cais|ffurflen|form|deadline|dyddiad cau|archebu|prynu|n?gwaith cwrs|coursework|gwaith|waith)\b"))
pat("cy.threat.tell_and", "coercive.threat", 2,
    "'Deud wrth rywun a byddi di'n difaru' (a threat against telling)",
    r"\b(<m:deud>|<m:dweud>|<m:gweud>|dwed|dweda|deuda|<m:son>)\s+(wrth|am hyn wrth)\s+(<m:rhywun>|unrhyw un|"
    r"<m:neb>|<m:athro>|<m:athrawes>|miss|syr|sir|dy (fam|dad|rieni)|<m:mam>|<m:rhieni>|yr heddlu)\b.{0,8}\s"
    r"(a|ac|and|n)\s+(mi |fe )?(wna i|na i|byddi|fyddi|gei di|cei di|dwi'?n|fi'?n|<m:pawb>|dy|mae'?r|ma'?r|"
    r"bydd|fydd|you'?ll|ull|i'?ll|ill|watch|gwylia|watsia)\b",
    alt(THREAT_BENIGN, SECRET_BENIGN, r"\b(efo ti|gyda ti|hefo ti|helpu|help|gefnogi|cefnogi)\b"))
pat("cy.threat.better", "coercive.threat", 2,
    "'Gwell i ti anfon...' (you'd better send/answer)",
    r"\b(gwell|well|bydde'?n well|byddai'?n well)\s+i\s+(ti|chdi|di|chi)\s+({SEND_VN}|<m:ateb>)\b",
    alt(REQ_BENIGN, LESSON, r"\b(athro|athrawes|miss|syr|sir|mam|fam|dad|rhieni|rieni|neges|e-?bost|email|"
        r"galwad|ffon|phone|ffurflen|form|cais|gwaith|waith|manylion|linc|link)\b"))
pat("cy.threat.keep_ignoring", "coercive.threat", 2,
    "'Anwybydda fi eto a gei di weld'",
    r"\b(anwybydda|ignoria|dal i anwybyddu|dal i ignorio|cadw anwybyddu)\s+(fi|mi)\s*(eto|unwaith eto|"
    r"un tro arall)?\b.{0,20}\b(a|ac|and|n)\s+(gei di|cei di|watsia|gwylia|mi wna i|wna i|na i|byddi|fyddi)\b",
    THREAT_BENIGN)

# ======== coercive.exposure
pat("cy.exp.will_post", "coercive.exposure", 3,
    "Threat to post or send something to everyone, a group chat or family ('wna i bostio fo ar y gc')",
    r"\b({FUT1})\s+({EXPVERB}){SP_OBJ}\b.{0,25}\b{DEST}\b",
    alt(REQ_BENIGN, LESSON, r"\b(parti|party|gwahoddiad|wahoddiad|invite|linc|link|ffurflen|form|playlist|"
        r"dawns|ddawns|dance|tystysgrif|dystysgrif|certificate|gwobr|wobr|medal|fedal|tlws|dlws|trophy|"
        r"tric|trick|newyddion|news|amser|time|cyfeiriad|address|rhif|number)\b"))
pat("cy.exp.will_share_yours", "coercive.exposure", 2,
    "Threat to post, share or leak the other person's pictures or messages ('na i rannu dy luniau')",
    r"\b({FUT1})\s+(<m:postio>|<m:rhannu>|airdropio|leakio|<m:lledaenu>|forwardio|uploadio)\s+(dy|ei)\s+"
    r"(<m:llun>|<m:lluniau>|<m:llunia>|nudes|pics?|snaps|negeseuon|<m:neges>|fideo|screenshots?|<m:sgwrs>)\b",
    alt(REQ_BENIGN, LESSON, r"\b(gwobr|wobr|llongyfarch\w*|congrats|da iawn|well done|(?:p|ph|b|mh)en-?blwydd|birthday)\b"))
pat("cy.exp.will_post_it", "coercive.exposure", 2,
    "'Wna i bostio fe' / 'dwi'n mynd i rannu'r llun' (posting or leaking it, no destination named)",
    r"\b({FUT1})\s+(<m:postio>|<m:rhannu>|airdropio|leakio|<m:lledaenu>|uploadio|forwardio)({SP_OBJ})\b",
    alt(REQ_BENIGN, LESSON, r"\b(parti|party|gwahoddiad|wahoddiad|invite|linc|link|ffurflen|form|playlist|"
        r"dawns|ddawns|dance|tystysgrif|certificate|gwobr|wobr|medal|fedal|tlws|dlws|newyddion|news|amser|"
        r"cyfeiriad|address|rhif|number|rysait|recipe|fy llun|fy lluniau|fy stori|fy story|pitsa|pizza|"
        r"bwyd|fwyd|losin|fferins|creision|greision|sglodion)\b"))
pat("cy.exp.everyone_sees", "coercive.exposure", 3,
    "'Bydd pawb yn gweld dy lun' / 'yr ysgol gyfan yn gweld dy negeseuon'",
    r"\b(<m:pawb>|yr ysgol gyfan|y flwyddyn gyfan|yr hogia( i gyd)?|y bois|dy (fam|dad|rieni)|dy deulu)\s+"
    r"(yn mynd i|'n mynd i|yn|'n)?\s*<m:gweld>\s+(dy|ei)\s+(<m:llun>|<m:lluniau>|<m:llunia>|pics?|snaps?|"
    r"negeseuon|fideo|nudes|<m:sgwrs>|screenshots?)\b",
    alt(REQ_BENIGN, LESSON, r"\b(gwobr|wobr|llongyfarch\w*|congrats|da iawn|well done|gol|goal|perfformiad|sioe)\b"))
pat("cy.exp.going_round", "coercive.exposure", 2,
    "A picture or chat going round ('mae dy lun yn mynd rownd yr ysgol', 'ar led')",
    r"\b(dy|ei|y|'r|yr)\s*(<m:llun>|<m:lluniau>|<m:llunia>|pics?|nudes|fideo|vid|screenshots?|negeseuon|"
    r"<m:sgwrs>)\b.{0,25}\b(<m:mynd>|wedi mynd|di mynd|'n mynd|yn mynd|yn cael ei (rannu|basio)|'n cael ei "
    r"(rannu|basio))\s+(rownd|o gwmpas)\b|\b(dy|ei)\s+(<m:llun>|<m:lluniau>|<m:llunia>|nudes|fideo|"
    r"negeseuon)\b.{0,15}\bar led\b",
    alt(REQ_BENIGN, LESSON, r"\b(ffliw|annwyd|feirws|firws|virus|covid|salwch|byg|fyg|bug|ras|casglu|gasglu|"
        r"deiseb|ddeiseb|petition|cerdyn|gerdyn|llongyfarch\w*|gwobr|wobr)\b"))
pat("cy.exp.posted", "coercive.exposure", 2,
    "Announced exposure: someone has posted or shared the person's pictures ('mae o wedi postio dy lun')",
    r"\b(wedi|di|newydd)\s+(<m:postio>|<m:rhannu>|leakio|airdropio|<m:lledaenu>|forwardio|sendio)\s+(dy|ei)\s+"
    r"(<m:llun>|<m:lluniau>|<m:llunia>|nudes|pics?|fideo|negeseuon|screenshots?|<m:sgwrs>)\b",
    alt(REQ_BENIGN, LESSON, r"\b(gol|goal|gwobr|wobr|llongyfarch\w*|congrats|(?:p|ph|b|mh)en-?blwydd|birthday|da iawn|"
        r"well done|facebook yr ysgol|tudalen yr ysgol|gwefan yr ysgol)\b"))
pat("cy.exp.send_to_family", "coercive.exposure", 3,
    "Threat to send content to the person's family or partner ('wna i anfon o i dy fam')",
    r"\b({FUT1})\s+(<m:anfon>|<m:gyrru>|<m:dangos>|hala|forwardio|sendio|<m:rhoi>)({SP_OBJ})?\s+(i|at)\s+"
    r"(dy|ei)\s+(<m:mam>|<m:tad>|<m:rhieni>|<m:teulu>|nain|<m:cariad>|<m:brawd>|<m:chwaer>|mam-gu|tad-cu|"
    r"<m:taid>)\b",
    alt(REQ_BENIGN, r"\b(parti|party|gwahoddiad|wahoddiad|invite|linc|link|(?:p|ph|b|mh)en-?blwydd|birthday|cerdyn|"
        r"gerdyn|anrheg|present|llongyfarch\w*|rysait|recipe|rhif|number|cyfeiriad|address)\b"))
pat("cy.exp.tell_everyone", "coercive.exposure", 3,
    "Threat to tell everyone what the person did or sent ('dwi'n mynd i ddeud wrth bawb be nest ti')",
    r"\b({FUT1})\s+(<m:deud>|<m:dweud>|<m:gweud>)\s+wrth\s+(<m:pawb>|yr ysgol gyfan|y flwyddyn gyfan|"
    r"dy (fam|dad|rieni|gariad))\b.{0,30}\b(be|beth|am|bod|fod|bo|mai)\s+(nest ti|wnest ti|ti|chdi|dy|y llun|"
    r"'r llun|y lluniau|ti wedi|ti di|nath|wnaeth|ddaru)\b",
    alt(SECRET_BENIGN, r"\b(n?gwaith cartref|waith cartref|homework|gol|goal|gwobr|wobr|llongyfarch\w*|da iawn)\b"))
pat("cy.exp.codeswitch", "coercive.exposure", 3,
    "Code-switched exposure ('i'll show pawb', 'dwi'n mynd i post it on the gc')",
    r"\b(i'?ll|ill|i will|im gonna|i'?m gonna|gonna|ima|imma)\s+(show|send|post|share|airdrop|forward|leak)\s+"
    r"(it\s+|them\s+|this\s+|that\s+|ur \w+\s+|your \w+\s+)?(to\s+|on\s+|i\s+|ar\s+)?(<m:pawb>|y gc|'r gc|"
    r"yr hogia|y bois|dy (fam|dad|rieni)|fy stori|yr ysgol gyfan)\b"
    r"|\b({FUT1})\s+(post|share|show|send|leak|airdrop|forward)\s+(it|them|ur|your|dy|ei|this|that)\b",
    alt(REQ_BENIGN, LESSON, r"\b(parti|party|invite|gwahoddiad|linc|link)\b"))

# ======== coercive.secrecy
pat("cy.sec.dont_tell", "coercive.secrecy", 2,
    "'Paid deud wrth neb' and its variants, Welsh and code-switched ('paid deud wrth anyone', 'dont tell neb')",
    r"\b(paid|peidiwch|pid)\s+(a\s+|ag\s+)?(<m:deud>|<m:dweud>|<m:gweud>|<m:son>|tell|<m:cario> clecs)\s+"
    r"(am (hyn|hynna|y peth|y llun|y lluniau|hwn|ni)\s+|dim byd\s+)?(wrth|i|to)?\s*(<m:neb>|unrhyw un|unrhywun|"
    r"<m:rhywun>|<m:athro>|<m:athrawes>|miss|syr|sir|dy (fam|dad|rieni|ffrindiau|ffrindia|mam|tad)|<m:mam>|"
    r"<m:rhieni>|<m:oedolyn>|yr heddlu|anyone|anybody|no ?one|nobody|ur mum|your mum|ur parents|a teacher)\b"
    r"|\b(don'?t|dont|do not)\s+tell\s+(<m:neb>|unrhyw un|dy (fam|dad|rieni)|<m:athro>|<m:athrawes>)\b",
    SECRET_BENIGN)
pat("cy.sec.between_us", "coercive.secrecy", 2,
    "'Jyst rhyngtha ni' / 'cadw fo rhwng ni'n dau'",
    r"\b(jyst|dim ond|aros|<m:cadw> (fo|fe|o|e|hyn|hwn)|mae hyn|ma hyn|hyn)\s+('?n\s+|yn\s+)?(rhyngtha ni|"
    r"rhyngom ni|rhyngon ni|rhyngddon ni|rhwng ni'?n dau|rhwng ni|rhwng ti a fi|rhwng chdi a fi)\b",
    alt(SECRET_BENIGN, r"\b(rhannu|rannu|hanner|pizza|pitsa|bil|bill|pres|arian|gwaith|waith)\b",
        r"\b(dwi|fi|rwy)('?n| yn)\s+(casau|gasau|caru|garu|hoffi|licio|lecio|meddwl|credu|ffansio|poeni|nerfus)\b"))
pat("cy.sec.secret", "coercive.secrecy", 2,
    "Keep it secret / our (little) secret ('cadwa fo'n gyfrinach', 'ein cyfrinach bach ni')",
    r"\b(<m:cadw>|cadwa|cadwch)\s+(o|fo|fe|e|hyn|hwn|hynna|nhw|y peth|y llun|'r llun|y lluniau|ni|hyn i gyd)\s*"
    r"('?n|yn)\s+<m:cyfrinach>\b|\b(ein|'n)\s+<m:cyfrinach>\s+(bach\s+|fach\s+)?(ni|ni'?n dau)\b"
    r"|\b<m:cyfrinach>\s+(bach\s+|fach\s+)?(ni'?n dau|rhyngtha ni)\b",
    SECRET_BENIGN)
pat("cy.sec.keep_quiet", "coercive.secrecy", 2,
    "'Cadw'n dawel am hyn'",
    r"\b(cadw|cadwa|aros|arhosa)\s*('?n|yn)\s+(<m:tawel>|<m:distaw>)\s+am\s+(hyn|hynna|hwn|y peth|y llun|'r llun|"
    r"y lluniau|ni|be ddigwyddodd|beth ddigwyddodd)\b",
    SECRET_BENIGN)
pat("cy.sec.no_one_know", "coercive.secrecy", 2,
    "'Does neb angen gwybod' / 'fydd neb yn ffeindio allan'",
    r"\b(does|doedd|sdim|sneb|does 'na|does dim)\s*(neb|angen i neb)\s+(angen\s+|yn gorfod\s+|fod i\s+|i\s+)?"
    r"<m:gwybod>\b|\b(all|allith|ddylai|ddyla|fydd|bydd|neith|wneith)\s+neb\s+(<m:gwybod>|<m:ffeindio> allan|"
    r"<m:cael> gwybod)\b",
    SECRET_BENIGN)
pat("cy.sec.delete_chat", "coercive.secrecy", 2,
    "'Dilea'r sgwrs' / 'clirio'r negeseuon wedyn'",
    r"\b(<m:dilea>|<m:dileu>|deletia|deletio|<m:clirio>|cliria)\s*('r|y|yr|ein|dy|pob|bob|yr holl)?\s*"
    r"(<m:sgwrs>|<m:negeseuon>|<m:neges>|chat|chats|messages?|msgs|dms|tecsts)\b"
    r"|\b(<m:dilea>|<m:dileu>|deletia)\s+(hwn|hyn|hynna|nhw|bob dim|pob dim|popeth|y cwbl)\s+(ar ol|wedyn|"
    r"unwaith|pan)\b",
    alt(SECRET_BENIGN, r"\b(sbam|spam|person anghywir|anghywir|rong person|wrong (person|chat|group)|camgymeriad|"
        r"gamgymeriad|mistake|typo|teipo|storfa|storage|lle ar (y|fy) ffon|space|n?gwaith cartref|waith cartref|homework)\b",
        r"\b(paid|peidiwch)\s+(a\s+)?(dileu|ddileu|dilea)\b"))
pat("cy.sec.snitch", "coercive.secrecy", 2,
    "'Paid bod yn snitch' / 'paid cario clecs'",
    r"\b(paid|peidiwch|pid)\s+(a\s+|ag\s+)?(bod yn\s+)?(snitch|snitchio|snitsio|snitsh|grass|grassio|<m:clecian>|"
    r"<m:clepian>|<m:cario> clecs|<m:cario> straeon|<m:prepian>)\b|\bneb yn (licio|hoffi|lecio) snitch\b",
    SECRET_BENIGN)
pat("cy.sec.move_platform", "coercive.secrecy", 2,
    "Moving to a private or disappearing platform ('tyrd ar snap, mae'n fwy preifat')",
    r"\b(symud|symuda|dos|cer|tyrd|dere|ty'?d|<m:mynd>)\s+(i|ar|draw i)\s+(snap|snapchat|telegram|wickr|kik|"
    r"signal|whatsapp)\b.{0,30}\b(<m:preifat>|private|rhag ofn|neb|sneb|<m:diflannu>|<m:dileu>|<m:cyfrinach>)\b",
    SECRET_BENIGN)
pat("cy.sec.if_anyone_asks", "coercive.secrecy", 2,
    "'Os oes rhywun yn gofyn, deud bo ni...' (a cover story)",
    r"\bos\s+(oes|bydd|fydd|ydi|yw|ydy|mae)?\s*(<m:rhywun>|unrhyw un|<m:mam>|dy (fam|dad|rieni)|miss|syr|"
    r"<m:athro>)\s+(yn|'n)\s+(<m:gofyn>|<m:holi>)\b.{0,40}\b(deud|dweud|gweud|dwed|dweda|deuda|ddeud|ddweud|"
    r"wed)\s+(bo|bod|fod|mai|taw|wrthyn nhw bo|wrthyn nhw bod|wrthyn nhw fod)\b",
    alt(SECRET_BENIGN, r"\bwrth (athro|athrawes|miss|syr|sir|oedolyn|rywun|dy rieni)\b"))
pat("cy.sec.send_and_delete", "coercive.secrecy", 2,
    "'Anfona fo wedyn dilea fo'",
    r"\b({SEND_IMP})\b.{0,30}\b(wedyn|a|ac|then|and)\s+(<m:dilea>|<m:dileu>|delete)\b",
    alt(REQ_BENIGN, SECRET_BENIGN))

# ======== victim_blaming.blame
pat("cy.blame.shouldnt_have", "victim_blaming.blame", 2,
    "'Ddylai hi ddim fod wedi anfon' (the sender is blamed)",
    r"\b(<m:dylai>|<m:dyla>|<m:dylia>|<m:dylsai>|<m:dylse>|<m:dyle>|<m:dylet>|<m:dylat>|<m:dylech>)\s+"
    r"(hi|ti|di|chdi|nhw)\s+(<m:dim>)\s+(<m:bod>\s+)?('?di|wedi|di)\s+(<m:anfon>|<m:gyrru>|hala|sendio|"
    r"<m:tynnu>|<m:trystio>|<m:trio>)\b",
    alt(BLAME_NEG, REQ_BENIGN))
pat("cy.blame.what_expect", "victim_blaming.blame", 2,
    "'Be oedd hi'n ddisgwyl?'",
    r"\b(be|beth|ba|pa beth)\s+(oedd|o'?dd|ma|mae)\s+(hi|hi'?n|nhw'?n|hin)\s*(yn\s+)?(ei\s+)?<m:disgwyl>\b",
    alt(BLAME_NEG, r"\b(ffilm|film|gem|game|prawf|brawf|mhrawf|arholiad|canlyniad\w*|ganlyniad\w*|anrheg|tywydd|"
        r"dywydd|parti|(?:p|ph|b|mh)en-?blwydd|cyfweliad|gyfweliad|sioe|gwyliau|wyliau)\b"))
pat("cy.blame.asking_for_it", "victim_blaming.blame", 2,
    "'Roedd hi'n gofyn amdani'",
    r"\b(roedd|oedd|o'?dd|mae|ma|ro'?dd)\s+(hi|nhw)('?n|\s+yn)\s+<m:gofyn>\s+(amdani|amdanyn|am y peth)\b",
    alt(BLAME_NEG, r"\b(nain|taid|mam|fam|dad|mam-gu|tad-cu|athro|athrawes|miss|syr|sir|ffrind|ffrindiau)\b"))
pat("cy.blame.her_fault", "victim_blaming.blame", 2,
    "'Ei bai hi ydi o' / 'dy fai di' / 'hi sy ar fai'",
    r"\b<m:bai>\s+(hi|ei hun|ei hunan|nhw|ti|chdi|di)\s+(ydi|yw|oedd|o'?dd|ydy|di|ydio|ydi o|yw e)\b"
    r"|\b(hi|ti|chdi|nhw)\s+(sy|sydd|oedd|o'?dd)\s+ar\s+<m:bai>\b|\b(dy|ei)\s+<m:bai>\s+(di|hi|dy hun|ei hun|"
    r"ei hunan|dy hunan)\b",
    alt(BLAME_NEG, r"\b(gem|game|gol|goal|reff|reffari|dyfarnwr|penalti|penalty|cic|gic|tim|team|sgor|score|"
        r"colli'?r gem|colli|golli|ennill|hwyr|late|bws|fws|bus|wedi torri|torrodd|sarnu|llosgi|n?gwaith cartref|waith cartref|"
        r"homework|ditensiwn|detention)\b"))
pat("cy.blame.why_send", "victim_blaming.blame", 2,
    "'Pam nath hi anfon o 'ta?'",
    r"\b(pam|pham)\s+(nath|wnaeth|naeth|ddaru|wnest|nest|naethoch)\s+(hi|ti|di|chdi|nhw)\s+(<m:anfon>|<m:gyrru>|"
    r"hala|sendio|<m:tynnu>|<m:trystio>)\s+(o|fo|e|fe|nhw|y llun|'r llun|y lluniau|llun|lun|nudes|pics?)\s*"
    r"('?ta|te|then|yn y lle cynta|yn y lle cyntaf|i ddechra|i ddechrau)\b"
    r"|\b(pam|pham)\s+(nath|wnaeth|naeth|ddaru|wnest|nest)\s+(hi|ti|di|chdi)\s+(<m:anfon>|<m:gyrru>|hala|sendio)"
    r"\s+(nudes|<m:llun> noeth|<m:lluniau> noeth)\b",
    alt(BLAME_NEG, REQ_BENIGN))
pat("cy.blame.deserved", "victim_blaming.blame", 2,
    "'Mae hi'n haeddu fo' / 'haeddu be gafodd hi'",
    r"\b(hi|ti|chdi|nhw|hin|tin)('?n|\s+yn)\s+<m:haeddu>\s+(fo|hyn|hynna|e|o|fe|y peth)\b"
    r"|\b<m:haeddu>\s+(be|beth)\s+(gafodd|gath|gafon|gest)\b",
    alt(BLAME_NEG, r"\b(gwobr|wobr|marc|marciau|medal|fedal|tlws|dlws|canmoliaeth|seibiant|gwyliau|wyliau|"
        r"brec|break|ennill|enillodd|pencampwr|prize|award|lle cynta|lle cyntaf|(?:p|ph|b|mh)en-?blwydd|da iawn)\b"))
pat("cy.blame.attention", "victim_blaming.blame", 2,
    "Disbelief as attention-seeking ('mae hi jyst isio sylw')",
    r"\b(hi|o|fo|nhw|hi'?n|mae hi|ma hi)\s+(jyst\s+|ond\s+)?(isio|eisiau|moyn|eisie|isie|ishe)\s+<m:sylw>\b"
    r"|\b(hi|mae hi|ma hi)('?n| yn)\s+(attention seeker|<m:chwilio> am <m:sylw>)\b",
    alt(BLAME_NEG, r"\b(ci|gi|cath|gath|babi|fabi|ci bach|brawd bach|chwaer fach|cwningen)\b"))
pat("cy.blame.girls_who", "victim_blaming.blame", 2,
    "General blame of people who send pictures ('merched sy'n anfon lluniau yn haeddu...')",
    r"\b(merched|genod|hogia|bechgyn|pobl|unrhyw un|rhywun|y rhai|rheini)\s+(sy'?n|sydd yn|sy yn|syn)\s+"
    r"({SEND_VN}|<m:rhannu>)\s+(llunia|lluniau|luniau|lunia|nudes|pics|eu hunain)\b.{0,40}\b(haeddu|gofyn amdani|"
    r"gofyn amdano|ar fai|bai|fai|stupid|twp|dwl|thick|dylsen|dylen|ddylen|ddylsen|cael be|cael beth)\b",
    BLAME_NEG)
pat("cy.blame.no_one_forced", "victim_blaming.blame", 2,
    "'Nath neb ei gorfodi hi i anfon'",
    r"\b(neb|doedd neb|nath neb|naeth neb|wnaeth neb|ddaru neb|sneb)\s+(wedi\s+|di\s+)?(ei\s+)?(<m:gorfodi>|"
    r"forcio|<m:gwneud> iddi|neud iddi)\s*(hi|iddi)?\b.{0,30}\b({SEND_VN}|{IMG}|nudes)\b",
    BLAME_NEG)
pat("cy.blame.she_sent_it", "victim_blaming.blame", 2,
    "'Hi nath anfon nhw yn y lle cynta'",
    r"\b(hi|ti|chdi)\s+(nath|wnaeth|naeth|ddaru|sy wedi|sydd wedi|oedd wedi)\s+(eu\s+|ei\s+)?(<m:anfon>|<m:gyrru>|"
    r"hala|sendio|<m:tynnu>)\s+(nhw|o|fo|e|fe|y llun|'r llun|y lluniau)?\s*(yn y lle cynta|yn y lle cyntaf|"
    r"gynta|i ddechra|i ddechrau|'ta|felly)\b",
    alt(BLAME_NEG, REQ_BENIGN, r"\b(gwahoddiad|wahoddiad|invite|linc|link|neges anghywir|camgymeriad|damwain)\b"))

# ======== victim_blaming.minimising
pat("cy.min.just_banter", "victim_blaming.minimising", 1,
    "'Banter oedd o' / 'jôc oedd o' / 'jyst chwarae'",
    r"\b(banter|<m:joc>|<m:tynnu> coes|laff)\s+(oedd|o'?dd|ydi|yw|di)\s*(o|fo|e|fe|hi)?\b"
    r"|\b(jyst|dim ond)\s+(chwarae|chwara|<m:chwarae> o gwmpas|messio|mesio|cael laff|cael hwyl)\b",
    alt(JOKE_BENIGN, r"\b(gem|game|pel|bel|ball|parc|park|lego|minecraft|fortnite|roblox|xbox|playstation|ps5)\b"))
pat("cy.min.boys", "victim_blaming.minimising", 1,
    "'Hogia fydd hogia' / 'fel'na mae hogia'",
    r"\b(hogia|bechgyn|bois|boys|lads|hogiau)\s+(<m:bydd>|will be|yn)\s+(hogia|bechgyn|bois|boys|lads|hogiau)\b"
    r"|\b(fel'?na|fela|fel yna|fel 'na)\s+(mae|ma)\s+(hogia|bechgyn|bois|hogiau)\b",
    r"\b(ennill|enillon|enillodd|won|win|gem|game|match|pel-droed|pel droed|peldroed|footy|football|rygbi|rugby|"
    r"dathlu|sgor|score|gol|goal|tlws|dlws|trophy|tim|team)\b")
pat("cy.min.big_deal", "victim_blaming.minimising", 1,
    "'Pam ti'n gwneud gymaint o ffys?'",
    r"\b(pam|pham)\s+(ti'?n|wyt ti'?n|chdi'?n)\s+(<m:gwneud>|neud|gneud|creu)\s+(gymaint o|cymaint o|ffys|ffws|"
    r"sioe|big deal|mor a mynydd)\b|\b(dio|dydi o|dyw e|dydy o|tydi o)\s*('?m|ddim)\s+(yn\s+)?(big deal|"
    r"fargen fawr)\b",
    r"\b(beiro|feiro|pensil|bensil|n?gwaith cartref|waith cartref|homework|(?:p|ph|b|mh)en-?blwydd|penblwydd|birthday|"
    r"prawf|brawf|mhrawf|test|arholiad|exam|gem|game|ffilm|film|parti|party|gwisg|wisg|outfit)\b")
pat("cy.min.sensitive", "victim_blaming.minimising", 1,
    "'Paid bod mor ddramatig' / 'ti'n rhy sensitif'",
    r"\b(ti|chdi|hi|ti'?n|hi'?n|paid bod|paid a bod|paid bod yn)\s+(mor|rhy|yn rhy|yn)\s+(<m:sensitif>|"
    r"<m:dramatig>|drama queen|soft|<m:emosiynol>)\b",
    r"\b(croen|groen|chroen|skin|dannedd|ddannedd|dant|ddant|teeth|tooth|llosg haul|sunburn|hufen|cream|"
    r"siampw|shampoo|sbeislyd|spicy|bwyd|fwyd|food|oer|cold|golau|olau|light|swn|noise|meic|mic|sgrin|"
    r"screen|rheolydd|controller|larwm|alarm|synhwyrydd|sensor|ffilm|film|sioe|drama ysgol|gwers ddrama|oerfel|"
    r"gwres|wres|haul|prawf|brawf|mhrawf|arholiad|n?gwaith cartref|waith cartref|gem|game)\b")
pat("cy.min.cant_take_joke", "victim_blaming.minimising", 1,
    "'Ti methu cymryd jôc'",
    r"\b(ti|chdi|hi|fo|o)\s*('?n|yn)?\s*(methu|ffaelu|ddim yn gallu|ddim yn medru|methu a)\s+(<m:cymryd>|"
    r"<m:cymeryd>|handlo|handle)\s+(<m:joc>|banter|<m:tynnu> coes|laff)\b",
    JOKE_BENIGN)
pat("cy.min.not_deep", "victim_blaming.minimising", 1,
    "'Dio'm mor ddwfn' / 'dydi o ddim that deep'",
    r"\b(dio|dydi o|dyw e|dydy e|tydi o|dydio)\s*('?m|ddim)\s+(yn\s+)?(mor|that|so)\s+(deep|<m:dwfn>)\b",
    r"\b(dwr|water|pwll|bwll|phwll|pool|afon|river|sea|mor|twll|dwll|hole|eira|snow|llyn|lyn|lake|nofio|swim|"
    r"plymio|dive|tywod|dywod|sand)\b")
pat("cy.min.compliment", "victim_blaming.minimising", 1,
    "'Cymra fo fel compliment'",
    r"\b(cymra|cymer|cymerwch|<m:cymryd>)\s+(o|fo|e|fe|hyn|hynna)\s+(fel|yn)\s+(<m:canmoliaeth>|compliment)\b"
    r"|\b(compliment|<m:canmoliaeth>)\s+(oedd|o'?dd|ydi|yw|di)\s+(o|fo|e|fe)\b",
    r"\b(athro|athrawes|miss|syr|sir|adroddiad|report|gwaith|waith|llun celf|darlun|ddarlun|narlun|gwallt|wallt)\b")
pat("cy.min.not_harassment", "victim_blaming.minimising", 1,
    "'Doedd o ddim yn aflonyddu' / 'dio'm yn bwlio'",
    r"\b(dio|dydi o|dyw e|dydy o|tydi o|doedd o|doedd e|do'?dd o|dydio)\s*('?m|ddim)\s+(yn\s+)?(aflonyddu|"
    r"harassment|bwlio|bullying|cam-drin|abuse)\b",
    LESSON)
pat("cy.min.didnt_mean", "victim_blaming.minimising", 1,
    "'O'n i ddim yn ei feddwl o' / 'doedd o ddim yn meddwl dim byd drwg'",
    r"\b(o'?n i|on i|doeddwn i|do'?n i|oedd o|o'?dd o|doedd o|doedd e)\s*('?m|ddim)\s+(yn\s+)?(ei\s+)?"
    r"<m:meddwl>\s+(o|fo|e|fe|dim byd drwg|dim drwg|dim byd cas)\b",
    r"\b(ateb|atebion|sym|maths|prawf|brawf|mhrawf|test|n?gwaith cartref|waith cartref|homework)\b")

# ======== protective
pat("cy.prot.tell_adult", "protective.reporting", 1,
    "Telling or talking to a trusted adult ('deud wrth Miss', 'siarad efo athro', 'dwi wedi deud wrth Syr')",
    r"\b(<m:deud>|<m:dweud>|<m:gweud>|dwed|dweda|deuda|wed|<m:son>|<m:siarad>)\s+(wrth|efo|gyda|hefo|gydag|a)\s+"
    r"(<m:athro>|<m:athrawes>|miss|mrs|syr|sir|dy (rieni|riant|ofalwr|athro|athrawes)|"
    r"<m:oedolyn>|<m:pennaeth>|yr heddlu|<m:rhywun>|childline|meic|pennaeth blwyddyn|head of year|"
    r"arweinydd diogelu|<m:cwnselydd>|nyrs yr ysgol)\b",
    TELL_GUARD)
pat("cy.prot.report", "protective.reporting", 1,
    "'Riportia fo' / 'dwi wedi riportio'r cyfrif'",
    r"\b(<m:riportio>|<m:riportia>|riporta|riportiwch|reportio|reportia)\s*(o|fo|e|fe|nhw|hi|hyn|hwn|hynna|"
    r"y cyfrif|'r cyfrif|ei gyfrif|ei chyfrif|y llun|'r llun|y post|'r post|yr account|y account)\b"
    r"|\b(<m:riportio>|<m:blocio>|<m:riportia>|<m:blocia>)\s+(a|ac|n|and)\s+(<m:riportio>|<m:blocio>|"
    r"<m:riportia>|<m:blocia>)\b",
    TELL_GUARD)
pat("cy.prot.block", "protective.reporting", 1,
    "'Blocia fo' / 'dwi wedi blocio fo'",
    r"\b(<m:blocia>|<m:blocio>|blociwch)\s+(fo|o|e|fe|nhw|hi|y cyfrif|'r cyfrif|yr account|y boi 'na|y boi na)\b",
    alt(TELL_GUARD, GAMES_SPORT))
pat("cy.prot.not_your_fault", "protective.support", 1,
    "'Dim dy fai di ydi o' / 'dydi o ddim yn fai arnat ti'",
    r"\b(dim|ddim|nid|dio ddim|dydi o ddim|dyw e ddim|dyw hi ddim|sa fe ddim|tydi o ddim)\s+(yn\s+)?"
    r"(dy|ei|eu)\s+<m:bai>\s*(di|ti|chdi|hi|nhw|dy hun|ei hun)?\b"
    r"|\b(dim|ddim)\s+(yn\s+)?<m:bai>\s+(arnat ti|arnat|arni|arni hi|arnyn nhw|ti|chdi|hi)\b",
    r"\b(gem|game|gol|goal|reff|penalti|penalty|tim|team|sgor|score|hwyr|late|bws|fws|sarnu|torri|dorri)\b")
pat("cy.prot.not_ok", "protective.challenge", 1,
    "'Dydi hynna ddim yn iawn' / 'dio'm yn ddoniol' (said of what was done)",
    r"\b(dydi|dyw|tydi|dydy|dyn|dydio)?\s*(hynna|hyn|hwnna|'na|hynny)\s*(ddim|'m|dim)\s+(yn\s+)?(iawn|ok|oce|okay|"
    r"cwl|cool|<m:doniol>|<m:derbyniol>|<m:joc>|banter)\b",
    alt(HELP_BENIGN, r"\b(ateb|atebion|wifi|signal|batri|fatri|bws|fws|tywydd|dywydd|pris|prisiau|cinio|ginio|"
        r"bwyd|fwyd|ciw|queue|tocyn|docyn|nhocyn|sgor|score|reff|dyfarnwr)\b"))
pat("cy.prot.naming", "protective.challenge", 1,
    "Naming it: 'mae hynna'n aflonyddu rhywiol', 'blacmel ydi hynna', 'mae hynna'n anghyfreithlon'",
    r"\b(hynna|hyn|hwnna|'na|hynny|be ti'?n neud|be nest ti|be mae o'?n neud|be nath o)\s*('?n|yn|ydi|yw)\s+"
    r"(aflonyddu( rhywiol)?|bwlio|<m:anghyfreithlon>|<m:trosedd>|blacmel|cam-drin|harassment|illegal|"
    r"secstortion|sextortion)\b|\b(aflonyddu( rhywiol)?|blacmel|cam-drin|secstortion|sextortion)\s+"
    r"(ydi|yw|di|oedd)\s+(hynna|hyn|hwnna|'na|hynny)\b",
    alt(LESSON, r"\b(parcio|parking|lawrlwytho|download|copio|copying|llyfr|book|ffilm|film|gem|game|"
        r"fepio|vaping|ysmygu|smocio)\b"))
pat("cy.prot.dont_send", "protective.challenge", 1,
    "'Paid anfon dim byd' / 'paid â'i rannu o' / 'paid postio fo'",
    r"\b(paid|peidiwch|pid)\s+(a\s+|ag\s+|a'i\s+|ai\s+)?(<m:anfon>|<m:gyrru>|hala|sendio|<m:rhannu>|<m:dangos>|"
    r"<m:postio>|airdropio|forwardio)\s+(dim byd|dim|unrhyw beth|un|<m:llun>|<m:lluniau>|<m:llunia>|nudes|"
    r"pics?|{IT})\b",
    alt(HELP_BENIGN, r"\bi (neb|unrhyw un)\b|\bwrth neb\b|\bos\s+(na|ti ddim|ti'?m|wnei di ddim)\b"))
pat("cy.prot.you_ok", "protective.support", 1,
    "'Ti'n iawn?' as support (not a greeting, not 'ok with')",
    r"\b(ti'?n|wyt ti'?n|chdi'?n|tin)\s+(iawn|ok|oce|okay|orait|saff|<m:diogel>)\s*\?",
    alt(r"\b(haia|helo|hia|hei|heia|shwmae|shwmai|sumae|su'?mae|sut mae|sut wyt ti|bore da|noswaith dda|hiya|"
    r"hello|hey|yo)\b|\b(ti'?n|wyt ti'?n) (iawn|ok|oce) (efo|hefo|gyda|i) (hynna|hyn|fi|mi|ni|dod|neud|helpu)\b"
    r"|\b(heno|fory|yfory|penwythnos|benwythnos|n?gwaith cartref|waith cartref|homework|gem|game|draw|"
    r"allan|dre|parti|party|ysgol fory|mam yn gofyn|nain yn gofyn|gofyn amdana ti|holi amdana ti)\b",
    HELP_BENIGN))
pat("cy.prot.can_say_no", "protective.support", 1,
    "'Ti'n cael deud na' / 'does dim rhaid i ti anfon dim byd'",
    r"\b(ti'?n|chdi'?n|mae gen ti|ma gen ti|mae gyda ti|ma da ti|ti)\s+(cael|gallu|medru|hawl i|'r hawl i|"
    r"yr hawl i)\s+(<m:deud>|<m:dweud>|<m:gweud>)\s+(na|no)\b"
    r"|\b(ti'?n|chdi'?n|ti)\s+(cael|gallu|medru)\s+<m:gwrthod>\b"
    r"|\b(does dim rhaid|sdim rhaid|sdim angen|does dim angen|dim rhaid)\s+i\s+(ti|chdi|di|chi)\s+({SEND_VN})\b",
    alt(REQ_BENIGN, HELP_BENIGN))
pat("cy.prot.leave_alone", "protective.challenge", 1,
    "'Gad lonydd iddi' / 'gadwch lonydd iddyn nhw'",
    r"\b(gad|gadwch|gadael|gadel)\s+<m:llonydd>\s+(iddi|iddo|iddyn nhw|iddyn|i hi|i fo|i nhw)\b",
    r"\b(ci|gi|cath|gath|babi|fabi|brawd bach|chwaer fach|anifail|pry|bwyd|fwyd)\b")
pat("cy.prot.stop_it", "protective.challenge", 1,
    "'Stopia ei galw hi'n...' / 'stopia rannu fo' / 'stopia beio hi'",
    r"\b(stopia|stopiwch)\s+(ei\s+|eu\s+)?(<m:galw>|<m:rhannu>|<m:postio>|<m:dangos>|<m:beio>|<m:bwlio>|"
    r"<m:pigo> ar|<m:tynnu> arni|<m:deud> hynna|<m:dweud> hynna|<m:gweud> hynna|<m:siarad> fel'?na)\b",
    GAMES_SPORT)
pat("cy.prot.take_down", "protective.challenge", 1,
    "'Tynna fo i lawr' (take the post down)",
    r"\b(tynna|tynnwch)\s+(o|fo|e|fe|nhw|hwnna|'r llun|y llun|'r post|y post|'r fideo|y fideo)\s+(i lawr|lawr)\b",
    r"\b(poster|wal|baner|banner|addurniadau|decorations|silff|shelf|llenni|curtains|pabell|babell)\b")
pat("cy.prot.help_seeking", "protective.help_seeking", 1,
    "Asking for help ('ddylwn i ddeud wrth rywun?', 'sut dwi'n riportio...', 'be ddylwn i neud')",
    r"\b(<m:dylwn>|<m:dylswn>|<m:dylen>|<m:dylsen>|<m:dyliwn>)\s+i\s+(<m:deud>|<m:dweud>|<m:gweud>)\s+wrth\s+"
    r"(<m:rhywun>|<m:athro>|<m:athrawes>|miss|syr|sir|<m:mam>|<m:dad>|fy (mam|nhad|rhieni|rieni)|<m:rhieni>|"
    r"<m:oedolyn>)\b"
    r"|\b(<m:dylwn>|<m:dylswn>|<m:dylen>|<m:dylsen>)\s+i\s+(<m:riportio>|<m:blocio>)\b"
    r"|\b(be|beth|ba)\s+(<m:dylwn>|<m:dylswn>|<m:dylen>|<m:dylsen>|<m:dyliwn>)\s+i\s+(<m:gwneud>|neud|gneud)\b"
    r"|\b(sut|shwt|shwd)\s+(dwi'?n|mae|ma|alla i|galla i|fedra i|medra i|wyt ti'?n)\s+(<m:riportio>|"
    r"<m:cael> gwared ar|<m:cael> o i lawr|<m:cael> e lawr|<m:stopio> fo|<m:stopio> fe|<m:stopio> nhw|"
    r"neud iddo fo stopio|neud iddo stopio|<m:gwneud> iddo stopio)\b"
    r"|\bwrth bwy\s+(ddylwn|ddylswn|ddylen|alla i|dwi'?n|fi'?n)\b"
    r"|\b(plis|pls|plz)\s+(helpa|helpwch)\s+(fi|mi)\b|\b(helpa|helpwch)\s+(fi|mi)\s+(plis|pls|plz)\b"
    r"|\b(ydw i|odw i)('?n| yn)\s+gorymateb\b",
    alt(HELP_BENIGN, SECRET_BENIGN))
pat("cy.prot.empathy", "protective.challenge", 1,
    "'Sut fysat ti'n teimlo tasa rhywun yn neud hynna i ti?'",
    r"\b(sut|shwt|shwd)\s+(fysat|fasat|fyddet|fydde|fasech|fysech|byddet|baset|fyset|fasa|fysa)\s+(ti|chdi|chi)"
    r"\s*('?n|yn)\s+<m:teimlo>\b.{0,5}\b(tasa|tase|petai|pe bai|os|if)\b",
    r"\b(ffilm|film|gem|game|parti|party|trip|gwyliau|wyliau|symud|ennill)\b")


# ======== round 2 (issue 19, session 12): broader coverage of the shapes pupils use.
# Written for c2chat from the category definitions and knowledge of Welsh; needs review by a Welsh
# speaker. Never from evaluation messages. Grouped here (the output groups by category order of P).
# Content that is the speaker's own ("ohona i", "fy llais", "fy nghân") is not exposure.
TELL_ADULT = (r"\b(deud|dweud|gweud|ddeud|ddweud|weud|son|riportio)\s+(wrth|i|efo|gyda|am)\s*(y|'r)?\s*(miss|syr|sir|mr|mrs|"
              r"athro|athrawes|yr heddlu|heddlu|pennaeth|person diogelu|arweinydd diogelu)\b")
SELF = (r"\b(ohona i|ohona fi|ohonof fi|ohono i|ohonon ni|of me|of us|fy hun|fy hunan|fi'?n canu|fi'?n dawnsio|"
        r"fy llais|nodyn llais|voice note|fy (nghan|nghân|nghanu|ngwaith|mhrosiect|nghelf|narlun|fideo i)|"
        r"fy (llun|lun|lluniau|luniau) (i|fi)\b)")
EXP_GUARD = alt(REQ_BENIGN, SELF,
                r"\b(parti|party|gwahoddiad|wahoddiad|invite|linc|link|ffurflen|form|playlist|dawns|ddawns|dance|"
                r"tystysgrif|dystysgrif|certificate|gwobr|wobr|medal|fedal|tlws|dlws|trophy|newyddion|news|amser|"
                r"cyfeiriad|address|rhif|number|rysait|recipe|meme|memes|fideo doniol|funny video|trefniadau|"
                r"cyhoeddiad|announcement|canlyniad\w*|ganlyniad\w*|llongyfarch\w*|congrats|penblwydd|pen-blwydd)\b")
# Inflected first-person futures of spreading verbs ("mi yrra i", "mi ddangosa i", "bostia i").
FUT1_INFL = (r"(?:mi |fe |wedyn |a )?(?:<m:anfona>|<m:anfonaf>|yrra|gyrra|ddangosa|dangosa|ddangosaf|bostia|"
             r"postia|phostia|ranna|rhanna|rannaf|hala|hala i|forwardia|airdropia|leakia|sendia|ddeuda|deuda|"
             r"ddweda|dweda|weda|gweda|ddeudaf|ddywedaf)\s+i\b")
V["FUT1_INFL"] = FUT1_INFL
V["PIC_OBJ"] = (r"(?:dy|ei|eu)\s+(?:<m:llun>|<m:lluniau>|<m:llunia>|nudes|pics?|snaps?|negeseuon|<m:neges>|"
                r"fideo|fideos|screenshots?|<m:sgwrs>|<m:tecsts>|dms)(?:\s+(?:di|hi|o|fo|e|fe|nhw))?"
                r"|(?:y|'r)\s*(?:<m:llun>|<m:lluniau>|<m:llunia>|screenshots?|<m:sgwrs>|negeseuon|fideo|pics?|snaps?)"
                r"(?:\s+(?:'?na|'?ma|yna|yma|hwnna|hwn))?")

pat("cy.exp.spread_it_to", "coercive.exposure", 3,
    "Spreading it to a group, the year, everyone or family, past, future or urged (''di forwardio fo i'r gc', "
    "'postia fe ar y grwp', 'airdropia nhw i bawb')",
    r"\b(wedi|di|newydd|am|yn mynd i|'n mynd i|{FUT1})\s*(<m:postio>|<m:rhannu>|<m:dangos>|<m:anfon>|<m:gyrru>|"
    r"hala|sendio|airdropio|leakio|forwardio|uploadio)\s*(o|fo|e|fe|nhw|hwn|hwnna|hyn|hynna|{PIC_OBJ})\s+"
    r"(.{0,12}\s)?{DEST}"
    r"|\b(<m:postia>|<m:rhanna>|dangosa|ddangosa|<m:anfona>|<m:gyrra>|hala|sendia|forwardia|airdropia|leakia|"
    r"uploadia)\s+(o|fo|e|fe|nhw|hwn|hwnna)?\s*(ei|eu|dy)\s+(<m:llun>|<m:lluniau>|<m:llunia>|nudes|pics?|snaps?|"
    r"negeseuon|<m:neges>|fideo|screenshots?|<m:sgwrs>|dms)(\s+(hi|o|fo|e|fe|di))?\s+(.{0,12}\s)?{DEST}",
    EXP_GUARD)
pat("cy.exp.on_story", "coercive.exposure", 3,
    "Putting someone's picture or chat on a story or feed ('rhoi'r llun 'na ar fy story', 'rhoi dy sgwrs ar "
    "insta')",
    r"\b(<m:rhoi>|<m:rho>|<m:postio>|<m:rhannu>|{FUT1_INFL})\s*(o|fo|e|fe|nhw|{PIC_OBJ})\s+(ar|i|on)\s+(fy|y|'r|dy)?\s*"
    r"(story|stori|storis|feed|insta|instagram|snap|snapchat|tiktok|grid|gc|grwp|private story)\b",
    EXP_GUARD)
pat("cy.exp.everyone_will_see", "coercive.exposure", 3,
    "Everyone will see it ('bydd pawb yn ei weld', 'fydd yr ysgol gyfan wedi'i weld erbyn fory')",
    r"\b(bydd|fydd|mi fydd|fe fydd|neith|wneith|ma|mae)\s+(<m:pawb>|yr ysgol gyfan|y flwyddyn gyfan|yr holl ysgol|"
    r"pawb yn yr ysgol|pawb yn y flwyddyn|dy (fam|dad|rieni|deulu))\s+(yn|'n|wedi|di|'di)\s*('i|ei|eu|'u|i)?\s*"
    r"(<m:gweld>|<m:cael> (o|fo|e|fe|nhw|ei weld|ei gweld))\b",
    alt(EXP_GUARD, THREAT_BENIGN, r"\b(sioe|show|perfformiad|berfformiad|ffilm|film|gol|goal|cyngerdd|gyngerdd|"
        r"concert|eisteddfod|steddfod|drama|ddrama|gwaith celf|waith celf|arddangosfa|exhibition|gwallt|wallt|"
        r"hair|ffrog|wisg|gwisg|tatw|tattoo|cast|plastar|anaf|trailer|fideo ni|fideo'?r dosbarth)\b"))
pat("cy.exp.going_places", "coercive.exposure", 3,
    "Pictures or chats going to a group, everywhere or a platform ('ma dy luniau di'n mynd i bobman', 'ma nhw'n "
    "mynd ar y gc')",
    r"\b(dy|ei|eu|y|'r)\s*(<m:llun>|<m:lluniau>|<m:llunia>|pics?|nudes|screenshots?|<m:sgwrs>|negeseuon|fideo|"
    r"snaps?)(\s+(di|hi|o|fo|e|fe))?\s*('n|yn)\s+(mynd|mynd i fynd)\s+(i|ar|rownd|on)\s+(<m:pawb>|bobman|bob man|"
    r"pobman|y gc|'r gc|y grwp|'r grwp|yr ysgol|y flwyddyn|insta|instagram|snap|snapchat|tiktok|y we|ar-?lein|"
    r"online|y story|fy story|fy stori)\b"
    r"|\b(ma|mae|bydd|fydd)\s+(o|fo|e|fe|nhw|hwn|hwnna)\s*('n|yn)\s+mynd\s+(ar|i|rownd)\s+(y gc|'r gc|y grwp|"
    r"'r grwp|insta|instagram|snap|snapchat|tiktok|y we|bobman|bob man|pobman|<m:pawb>|yr ysgol gyfan|"
    r"y flwyddyn gyfan|y story|fy story|fy stori)\b",
    alt(EXP_GUARD, r"\b(gem|game|live|lein|fyw|yn fyw|parti|party|ffilm|film|trip|daith|taith|gwyliau|wyliau|"
        r"cyngerdd|gig|dre|town|bws|fws|tren|dren)\b"))
pat("cy.exp.will_show_tell", "coercive.exposure", 3,
    "Inflected future: 'mi ddangosa i'r sgwrs i bawb', 'mi yrra i o at dy fam', 'mi ddeuda i wrth bawb be "
    "yrrist ti'",
    r"\b{FUT1_INFL}\s*('r|y|o|fo|e|fe|nhw|hwn|hwnna|hyn|{PIC_OBJ})?.{0,25}\b(i|at|wrth|rownd)\s+(<m:pawb>|"
    r"yr ysgol gyfan|y flwyddyn gyfan|'r flwyddyn|y gc|'r gc|y grwp|'r grwp|dy (fam|dad|rieni|nain|deulu|gariad|"
    r"ffrindia|ffrindiau|chwaer|brawd))\b"
    r"|\b{FUT1_INFL}\s*(i|at|wrth)?\s*(<m:pawb>|dy (fam|dad|rieni))\s+(be|beth|am|bod|fod|bo|mai)\s+",
    alt(EXP_GUARD, SECRET_BENIGN, r"\b(n?gwaith cartref|waith cartref|homework|gol|goal|da iawn|sgor|score|"
        r"trefniadau|amser|time|lle|where|pryd|when)\b"))
pat("cy.exp.screenshotted_hers", "coercive.exposure", 2,
    "Screenshotting someone's story, snap or chat ('nes i screenshotio ei stori hi', 'dwi wedi ss dy snap')",
    r"\b(screenshotio|sgrinlunio|ss|screenshot|screenshotted|cadw|achub|safio|recordio)\s+(ei|dy|eu)\s+"
    r"(<m:stori>|story|snap|snaps|<m:llun>|<m:lluniau>|<m:sgwrs>|negeseuon|dms|fideo|live)\b",
    alt(EXP_GUARD, r"\b(rysait|recipe|sgor|score|gwaith|waith|atebion|answers|cyfeiriad|address|rhif|"
        r"amserlen|timetable|ffurflen|form)\b"))

# ---- threats: a demand with an exposure consequence ("X neu ma dy luniau'n mynd", "neu mi ddangosa i")
V["EXP_CONSEQ"] = (r"(?:ma|mae|bydd|fydd|mi fydd)\s+(?:dy|ei|y|'r|o|fo|e|fe|nhw|hwn|hwnna|pawb|bawb)\s*"
                   r"(?:<m:llun>|<m:lluniau>|<m:llunia>|pics?|nudes|screenshots?|<m:sgwrs>|negeseuon|fideo)?"
                   r"(?:\s+(?:di|hi))?\s*(?:'n|yn)\s+(?:mynd|<m:gweld>|cael (?:ei|eu) (?:weld|gweld|rannu|postio))\b"
                   r"|{FUT1_INFL}|(?:mi |fe )?(?:wna i|na i|a i|wnai|nai)\s+(?:<m:postio>|<m:rhannu>|<m:dangos>|"
                   r"<m:anfon>|<m:gyrru>|<m:deud>|<m:dweud>|<m:gweud>|leakio|airdropio|forwardio)"
                   r"|(?:dwi|fi)'?n\s+(?:<m:postio>|<m:rhannu>|<m:dangos>|<m:anfon>|<m:gyrru>|<m:deud>|<m:dweud>|"
                   r"<m:gweud>|leakio|airdropio|forwardio)"
                   r"|(?:ma|mae|bydd|fydd)\s+(?:pawb|yr ysgol gyfan|y flwyddyn gyfan)\s+(?:yn|'n)\s+<m:gwybod>")
pat("cy.threat.neu_exposure", "coercive.threat", 3,
    "Any demand followed by 'neu' and an exposure consequence ('cwrdd â fi neu ma dy luniau'n mynd i bobman')",
    r"\bneu\s+(?:fel arall\s+)?({EXP_CONSEQ})",
    alt(THREAT_BENIGN, LESSON, SELF, TELL_ADULT))
pat("cy.exp.neu_exposure", "coercive.exposure", 3,
    "The exposure half of 'X neu ma dy luniau'n mynd ar y gc' / 'neu mi ddangosa i i bawb' (telling is a threat, "
    "not exposure)",
    r"\bneu\s+(?:fel arall\s+)?({EXP_CONSEQ})",
    alt(THREAT_BENIGN, LESSON, SELF, TELL_ADULT,
        r"\bneu\s+(?:mi |fe )?(?:(?:dwi|fi|dw i)'?n|wna i|na i|a i|wnai|nai|ddeuda i|deuda i|ddweda i|dweda i|"
        r"weda i)\s*(?:deud|dweud|gweud|ddeud|ddweud|weud|son)?\s*wrth\b"))
pat("cy.threat.conseq_if", "coercive.threat", 3,
    "Exposure consequence then a condition ('mi yrra i o at dy fam os ti'n stopio siarad efo fi')",
    r"({EXP_CONSEQ}).{0,40}\bos\s+(na\b|nad\b|ti ddim|ti'?m|wnei di ddim|nei di ddim|(ti|chdi|wyt ti)'?n\s+"
    r"(stopio|gadael|blocio|blocia|fy mlocio|anwybyddu|ignorio|deud|dweud|gweud|riportio|dympio|gorffen))",
    alt(THREAT_BENIGN, LESSON, SELF))
pat("cy.threat.tell_and_youre", "coercive.threat", 3,
    "'Deuda wrth rywun a ti'n...' / 'gwed unrhyw beth wrth athro a ti nesa' (telling is punished)",
    r"\b(<m:deud>|<m:dweud>|<m:gweud>|dwed|dweda|deuda|gwed|wed|<m:son>|<m:siarad>|tell)\s+"
    r"(unrhyw beth\s+|dim byd\s+|gair\s+|am hyn\s+|am hynna\s+|anything\s+)?(wrth|efo|gyda|hefo|i|to)\s+"
    r"(<m:rhywun>|unrhyw un|<m:neb>|<m:athro>|<m:athrawes>|miss|syr|sir|mr|mrs|dy (fam|dad|rieni|ffrindiau)|"
    r"<m:mam>|<m:rhieni>|yr heddlu|anyone|a teacher)\b.{0,12}\s(a|ac|and|n)\s+(ti|chdi|ti'?n|chdi'?n|you'?re|"
    r"ur|u r|you|u)\s*(nesa|nesaf|next|dead|marw|wedi marw|ded|mewn trwbl|in trouble|done|finished|gone|"
    r"sori|difaru|regret)\b",
    alt(THREAT_BENIGN, SECRET_BENIGN))
pat("cy.sec.tell_and_youre", "coercive.secrecy", 2,
    "The secrecy half of 'deuda wrth rywun a ti'n dead' (a ban on telling)",
    r"\b(<m:deud>|<m:dweud>|<m:gweud>|dwed|dweda|deuda|gwed|wed|<m:son>|<m:siarad>|tell)\s+"
    r"(unrhyw beth\s+|dim byd\s+|gair\s+|am hyn\s+|am hynna\s+|anything\s+)?(wrth|efo|gyda|hefo|i|to)\s+"
    r"(<m:rhywun>|unrhyw un|<m:neb>|<m:athro>|<m:athrawes>|miss|syr|sir|mr|mrs|dy (fam|dad|rieni|ffrindiau)|"
    r"<m:mam>|<m:rhieni>|yr heddlu|anyone|a teacher)\b.{0,12}\s(a|ac|and|n)\s+(ti|chdi|ti'?n|chdi'?n|you'?re|"
    r"ur|u r|you|u)\s*(nesa|nesaf|next|dead|marw|wedi marw|ded|mewn trwbl|in trouble|done|finished|gone|"
    r"sori|difaru|regret)\b",
    alt(THREAT_BENIGN, SECRET_BENIGN))
pat("cy.threat.dont_make_me_ask", "coercive.threat", 2,
    "'Paid â gwneud i mi ofyn eto' / 'paid gwneud i fi ddeud eto'",
    r"\bpaid\s+(a\s+|ag\s+)?(<m:gwneud>|neud|gneud)\s+i\s+(fi|mi)\s+(<m:gofyn>|<m:deud>|<m:dweud>|<m:gweud>)\s+"
    r"(eto|unwaith eto|ddwywaith|dwywaith)\b",
    alt(THREAT_BENIGN, HELP_BENIGN))

# ---- requests: "one more", live camera, love tests
pat("cy.req.another_one", "coercive.image_request", 2,
    "'Hala un arall' / 'anfona un gwell' / 'gyrra close up' (another picture)",
    r"\b({SEND_IMP})\s+(un|1)\s+(arall|gwell|newydd|gwahanol|mwy|neisiach|arall i fi|other|more)\b"
    r"|\b({SEND_IMP})\s+(un|1)\s+(o chdi|o ti|ohonat ti|ohonot ti|ohona chdi|o dy hun|ohonat dy hun|ohonot dy hun)\b"
    r"|\b({SEND_IMP})\s+(close ?up|closeup|un agos|un yn agosach|mwy|rhagor|more)\b",
    alt(REQ_BENIGN, LESSON, SENT, r"\b(cwestiwn|gwestiwn|taflen|daflen|ffurflen|linc|link|neges|tecst|meme|memes|"
        r"sticker|gif|emoji|playlist|can|gan|song|tiwn|diwn|rhif|number|ateb|enghraifft|example|cacen|gacen)\b"))
pat("cy.req.camera_on", "coercive.image_request", 2,
    "Camera or video call just for the speaker ('rho dy gamera ymlaen', 'tyrd ar video call, jyst chdi')",
    r"\b(rho|rhoi|tro|troi|tyrd a|dere a)\s+(dy|'th|y)\s+(<m:camera>|cam|webcam)\s+(ymlaen|mlaen|'?mlaen|on)\b"
    r"|\b(tyrd|dere|ty'?d|dos|cer|<m:mynd>)\s+(ar|on)\s+(video call|videocall|fideo|facetime|cam|camera|live)\b"
    r".{0,30}\b(jyst (chdi|ti|ni)|ar ben dy hun|ben dy hun|cam on|camera (ymlaen|on)|yn dy (lofft|stafell|wely)|"
    r"dy lofft|dy stafell)\b",
    r"\b(gwers|wers|lesson|dosbarth|ddosbarth|class|teams|zoom|google meet|tiwtor|diwtor|tutor|adolygu|"
    r"revision|n?gwaith cartref|waith cartref|homework|cofrestr|gofrestr|register|miss|syr|sir|athro|athrawes|"
    r"teacher|cwis|quiz|cyflwyniad|presentation|teulu|deulu|family|nain|mam-gu|taid|tad-cu|gem|game|fortnite|"
    r"minecraft|roblox|ffrindiau|pawb|bawb|ni gyd|ni i gyd|everyone|the gc|y gc)\b")
pat("cy.req.love_test", "coercive.image_request", 2,
    "Love or loyalty test tied to sending ('tasat ti'n fy ngharu i, mi fasat ti'n gyrru un')",
    r"\b(tasa|tase|taset|tasat|pe bai|petai|os)\s+(ti|chdi)('?n| yn)\s+(fy ngharu|fy licio|fy hoffi|fy lecio|"
    r"fy nhrystio|ffrind go iawn|gariad go iawn)\b.{0,30}\b({SEND_VN}|{SEND_IMP})\s+(un|<m:llun>|llun|"
    r"{IMG}|o|fo|e|fe)\b",
    REQ_BENIGN)
pat("cy.press.love_test", "coercive.pressure", 2,
    "Love or loyalty test ('tasa chdi'n fy ngharu i, mi fasa chdi'n...', 'o'n i'n meddwl bo chdi'n fy licio i')",
    r"\b(tasa|tase|taset|tasat|pe bai|petai|os)\s+(ti|chdi)('?n| yn)\s+(fy ngharu|fy licio|fy hoffi|fy lecio|"
    r"fy nhrystio|ffrind go iawn|gariad go iawn)\b"
    r"|\b(o'?n i|on i|ro'?n i|roeddwn i|nes i)\s*('?n|yn)?\s*(meddwl|credu)\s+(bo|bod|fod|dy fod)\s+(ti|chdi)"
    r"('?n| yn)\s+(fy licio|fy hoffi|fy lecio|fy ngharu|fy nhrystio|cwl|wahanol|ffrind|gariad)\b",
    alt(REQ_BENIGN, r"\b(parti|party|helpu|help|lifft|lift|benthyg|lend|dod draw|ddod draw|gwylio|wylio)\b"))
pat("cy.press.only_me_sees", "coercive.pressure", 2,
    "Reassurance that no one else will see ('dim ond fi fydd yn gweld', 'neb arall yn mynd i weld')",
    r"\b(dim ond|jyst|ond)\s+(fi|fi'?n unig)\s+(fydd|sy'?n mynd i|neith|wneith|sydd|sy)\s*(yn\s+)?<m:gweld>\b"
    r"|\b(neb|sneb|does neb|fydd neb|neith neb|wneith neb)\s+(arall\s+)?(yn mynd i|'n mynd i|yn|'n|fydd yn)?\s*"
    r"<m:gweld>\s*(o|fo|e|fe|nhw|hwn|dy lun|dy luniau)?\b"
    r"|\b(dwi'?n|fi'?n|rwy'?n)\s+addo\b.{0,25}\b(<m:dileu>|<m:dangos>|<m:gweld>|neb)\b"
    r"|\b(<m:dileu>|<m:dangos>|<m:gweld>|neb)\b.{0,25}\b(dwi'?n|fi'?n|rwy'?n)\s+addo\b",
    alt(SECRET_BENIGN, r"\b(fy llun|fy lluniau|fy llunia|llun ohona i|ffilm|film|sioe|show|rhaglen|episod|"
        r"anrheg|present|syrpreis)\b"))
pat("cy.press.delete_now", "coercive.pressure", 2,
    "'Wna i ei ddileu o'n syth' (a promise to delete)",
    r"\b(wna i|na i|mi wna i|fe wna i|a i|wnai|nai|dwi'?n mynd i|fi'?n mynd i)\s+(ei\s+|eu\s+)?(<m:dileu>|deletio)"
    r"\s*(o|fo|e|fe|nhw)?\s*('?n|yn)?\s*(syth|strêt|straight|ar unwaith|wedyn|dwi'?n addo)\b",
    alt(SECRET_BENIGN, r"\b(fy llun|fy lluniau|ap|app|gem|game|cyfrif|account|neges anghywir|camgymeriad|spam|sbam)\b"))
pat("cy.press.ask_someone_else", "coercive.pressure", 2,
    "'Wna i ofyn i rywun arall 'ta' (a threat to move on, pressure)",
    r"\b(a i|a'? i|wna i|na i|dwi'?n mynd i|fi'?n mynd i|mi a i|fe a i)\s+(<m:gofyn>|<m:holi>)\s+i\s+(<m:rhywun>|"
    r"hogan|ferch|merch|un)\s+(arall|sy'?n|sydd|sy|who|that)\b",
    alt(REQ_BENIGN, HELP_BENIGN, r"\b(lifft|lift|benthyg|lend|help|helpu|partner|dawns|ddawns|prom|tim|team)\b"))
pat("cy.press.why_like_this", "coercive.pressure", 1,
    "'Pam ti mor stuck up / anodd / oer' / 'pam ti'n bod fel hyn' (after a refusal)",
    r"\b(pam|pham)\s+(ti|chdi|wyt ti|ti'?n|chdi'?n)\s*(bod\s+)?(mor|mor blydi|yn gymaint o|fel hyn|fel'?na|fel yna)"
    r"\s*(stuck ?up|anodd|oer|<m:pathetig>|boring|<m:diflas>|prude|frigid|ffrigid|<m:babi>|<m:llwfr>|uptight|"
    r"<m:swil>|chicken)?\b",
    alt(HELP_BENIGN, r"\b(ffilm|film|gwers|wers|athro|athrawes|miss|syr|sir|mam|fam|dad|gem|game|tywydd|dywydd|"
        r"bws|fws|hwyr|late|ffon|phone|wifi)\b"))
pat("cy.press.stop_asking_after", "coercive.pressure", 2,
    "Bargain to stop asking ('wedyn dwi'n stopio gofyn', 'jyst am eiliad')",
    r"\b(wedyn|a wedyn|then)\s+(dwi|fi|wna i|na i|a i)\s*('?n|yn)?\s*(<m:stopio>|stopo|stopa|peidio)\s+(<m:gofyn>|"
    r"<m:holi>|swnian)\b|\b(jyst|dim ond)\s+(am|for)\s+(eiliad|funud|munud|a sec|a second)\b.{0,30}\b({SEND_VN}|"
    r"{SEND_IMP}|<m:camera>|cam|<m:stopio>|stopo|gofyn|ofyn)\b",
    alt(REQ_BENIGN, HELP_BENIGN))
pat("cy.press.i_sent_one", "coercive.pressure", 2,
    "Reciprocity ('dwi wedi anfon un i ti', 'nes i ofyn yn neis')",
    r"\b(nes i|wnes i|dwi wedi|dwi di|fi wedi|fi di|rwy wedi)\s+(<m:anfon>|<m:gyrru>|hala|sendio)\s+(un|llun|lun|"
    r"pic|snap)\s+(i ti|i chdi|atat ti)\b|\b(nes i|wnes i|dwi wedi|dwi di)\s+(<m:gofyn>|<m:holi>)\s+(yn neis|yn "
    r"glên|yn gwrtais|yn garedig|yn dda)\b",
    alt(REQ_BENIGN, HELP_BENIGN))

# ---- secrecy: "a phaid â deud wrth X", "dilea hwn ar ôl darllen"
pat("cy.sec.dont_tell_mut", "coercive.secrecy", 2,
    "'(A) phaid â deud wrth dy fam / wrth neb' (paid mutated after 'a'), 'paid ti â meiddio deud'",
    r"\b(<m:paid>|peidiwch|phaid)\s+(ti\s+)?(a|ag)\s+(<m:meiddio>\s+)?(<m:deud>|<m:dweud>|<m:gweud>|<m:son>|"
    r"<m:siarad>|<m:cario> clecs)\b.{0,20}\b(wrth|efo|gyda|hefo|i)\s+(<m:neb>|unrhyw un|<m:rhywun>|<m:athro>|"
    r"<m:athrawes>|miss|syr|sir|mr|mrs|dy (fam|dad|rieni|ffrindiau|ffrindia|chwaer|brawd)|<m:mam>|<m:rhieni>|"
    r"<m:oedolyn>|yr heddlu)\b"
    r"|\b(<m:paid>|phaid)\s+(ti\s+)?(a|ag)\s+<m:meiddio>\s+(<m:deud>|<m:dweud>|<m:gweud>|<m:son>|<m:siarad>|"
    r"<m:riportio>)\b",
    alt(SECRET_BENIGN, r"\b(anghofio|nghit|fy nghit|fy ngwaith|hwyr|late|colli|golli|spoil\w*|sbwylio|"
        r"diwedd|ending)\b"))
pat("cy.sec.delete_after_reading", "coercive.secrecy", 2,
    "'Dilea hwn ar ôl darllen' / 'delete this wedyn' (destroy the message)",
    r"\b(<m:dilea>|<m:dileu>|deletia)\s+(hwn|hyn|hwnna|hynna|this|it|'r neges|y neges|fo|fe|o|e)\s*"
    r"(ar ol|after|wedyn|unwaith|pan|cyn)\s*(ti'?n\s+|chdi'?n\s+|i ti\s+|u\s+|you\s+)?"
    r"(<m:darllen>|read|ei ddarllen|weld|gweld|see)?\b",
    alt(SECRET_BENIGN, r"\b(sbam|spam|person anghywir|anghywir|wrong (person|chat|group)|camgymeriad|gamgymeriad|"
        r"mistake|typo|storfa|storage|n?gwaith cartref|waith cartref|homework|embarrassing|cringe|hyll|ugly)\b",
        r"\b(i'?ll|ill|i will|wna i|na i|mi wna i|a i|dwi'?n mynd i|fi'?n mynd i)\s+(ei\s+)?(delete|<m:dileu>)\b"))

# ---- blame and minimising
pat("cy.blame.shouldve_thought", "victim_blaming.blame", 2,
    "'Dylet ti fod wedi meddwl cyn ei yrru fo' / 'u shouldve thought cyn anfon'",
    r"\b(<m:dylai>|<m:dyla>|<m:dylia>|<m:dylet>|<m:dylat>|<m:dylsai>|<m:dylse>|<m:dyle>|should'?ve|shouldve|"
    r"should have)\s*(hi|ti|di|chdi|nhw|she|u|you)?\s*(fod wedi|fod di|bod wedi|wedi|'di|di|)?\s*(<m:meddwl>|"
    r"thought|think)\b.{0,30}\b(cyn|before)\s+(ei|eu|i ti|iddi|anfon|gyrru|yrru|hala|sendio|send|sending|tynnu)\b"
    r"|\b(<m:dylai>|<m:dyla>|<m:dylia>|<m:dylet>|<m:dylat>|<m:dylsai>|<m:dylse>|<m:dyle>)\s+(hi|ti|di|chdi|nhw)"
    r"\s+(ddim|dim)\s+(fod|bod)?\s*('?di|wedi|di)\s+(ei\s+|eu\s+)?(<m:anfon>|<m:gyrru>|hala|sendio|<m:tynnu>|"
    r"<m:trystio>|<m:postio>)\b",
    alt(BLAME_NEG, REQ_BENIGN, r"\b(cot|got|gôt|ymbarel|brolly|bws|fws|arian|pres|tocyn|docyn|gwaith cartref|"
        r"homework|prawf|arholiad|exam|cinio|ginio)\b"))
pat("cy.blame.why_did_she", "victim_blaming.blame", 2,
    "'Pam halodd hi fe 'te' / 'pam yrrodd hi nhw o gwbl' (a past-tense why-question aimed at the sender)",
    r"\b(pam|pham|tbf pam)\s+(halodd|anfonodd|yrrodd|gyrrodd|sendiodd|dynnodd|tynnodd|bostiodd)\s+(hi|o|fo|e|fe)"
    r"\s*(fe|fo|o|e|nhw|'r llun|y llun|un)?\s*('?te|'?ta|te|ta|then|o gwbl|yn y lle cynta|yn y lle cyntaf|"
    r"i ddechrau|i ddechra)\b",
    alt(BLAME_NEG, REQ_BENIGN))
pat("cy.min.everyone_says_it", "victim_blaming.minimising", 1,
    "'Ma pawb yn ei ddeud o' / 'mae pawb yn galw hi hynna' (normalising a remark)",
    r"\b(ma|mae|ond ma|ond mae)\s+(pawb|pawb arall|pob un|everyone)\s*('n|yn)\s+(ei\s+)?(<m:deud>|<m:dweud>|"
    r"<m:gweud>|<m:galw>)\s*(o|fo|e|fe|hynna|hyn|hi|fel'?na)?\s*[?!.]*\s*$",
    alt(LESSON, r"\b(n?gwaith cartref|waith cartref|homework|gem|game|tiktok|trend|gair|word)\b"))

# ---- protective: challenge, reporting, help-seeking, support
pat("cy.prot.not_fair", "protective.challenge", 1,
    "'Dydi hynna ddim yn deg' / 'dyw e ddim yn banter os...' / 'dydi hynna ddim yn ei wneud o'n iawn'",
    r"\b(dydi|dyw|tydi|dydy|dio|dydio|sa|so)\s*(hynna|hyn|hwnna|e|o|fe|fo|'na|hynny)?\s*(ddim|'m|dim)\s+(yn\s+)?"
    r"(<m:teg>|fair|banter|<m:joc>|<m:doniol>|ei (wneud|neud) (o|e|fe|fo)'?n iawn|iawn o gwbl|ok o gwbl)\b",
    alt(HELP_BENIGN, r"\b(ateb|atebion|wifi|signal|batri|fatri|bws|fws|tywydd|dywydd|pris|prisiau|cinio|ginio|"
        r"bwyd|fwyd|ciw|queue|tocyn|docyn|nhocyn|sgor|score|reff|dyfarnwr|ffilm|film|rheol|rheolau|reolau|"
        r"ditensiwn|detention|gem|game|tim|team|ras|dwr|pel|bel)\b"))
pat("cy.prot.victim_not_fault", "protective.challenge", 1,
    "'Hi yw'r dioddefwr' / 'dyw'r bai ddim arni hi' / 'ei fai o ydy o am ei rannu'",
    r"\b(hi|fo|fe|nhw|ti|chdi)\s*(yw|ydi|ydy|di|sy)'?r\s*(<m:dioddefwr>|victim)\b"
    r"|\b(dydi|dyw|tydi|dydy|dio)'?r\s+<m:bai>\s+(ddim|dim)\s+(arni|arno|arnyn|arnat)\b"
    r"|\b<m:bai>\s+(o|fo|fe|e|nhw|y boi|'?r boi|yr hogyn|y bachgen)\s+(ydy|ydi|yw|oedd|di)\s+(o|e|fe|fo|hi)?\s*"
    r"(am|achos|cos)\s+(ei|eu)?\s*(<m:rhannu>|<m:postio>|<m:anfon>|<m:gyrru>|<m:dangos>|leakio|forwardio)\b",
    alt(LESSON, r"\b(gem|game|gol|goal|reff|penalti|penalty|tim|team|sgor|score|hwyr|late|ffilm|film|llyfr|book|"
        r"cymeriad|gymeriad|character|stori)\b"))
pat("cy.prot.leave_her", "protective.challenge", 1,
    "'Gadewch hi fod' / 'dim o'ch busnes chi' / 'bro paid'",
    r"\b(gadewch|gadwch|gad)\s+(hi|o|fo|e|fe|nhw|iddi|iddo)\s+(fod|bod|fod yn|yn llonydd|'n llonydd)\b"
    r"|\b(dim|ddim|dyw e ddim|dydi o ddim)\s+(o'?ch|o dy|o'?th|o'?n)\s+<m:busnes>\b"
    r"|^\s*(bro|mate|boi|hogia|bois|o+i+)[\s,!.]+(paid|stopia|callia)[\s!.]*$",
    r"\b(ci|gi|cath|gath|babi|fabi|brawd bach|chwaer fach|anifail|pry|bwyd|fwyd|gem|game|ffon|phone|cyfrifiadur|"
    r"laptop|tv|teledu|deledu|fory|yfory|tomorrow|wedyn|nes ymlaen|rhywbryd|eto|dim ots|dio'?m ots|sdim ots|"
    r"brysur|prysur|cysgu|gysgu|gweithio|weithio|gwaith|waith|adolygu|darllen|ddarllen|"
    r"n?gwaith cartref|waith cartref|homework|tywydd|dywydd|bws|fws|awn ni|a ni|ewn ni)\b")
pat("cy.prot.gross", "protective.challenge", 1,
    "Judging what was done: 'ma hwnna'n rhyfedd/afiach/ffiaidd', 'chi gyd yn ffiaidd', 'mae hynna mor ddrwg'",
    r"\b(ma|mae|ych,? ma|ych,? mae)?\s*(hwnna|hynna|hyn|hynny|chi gyd|chi i gyd|hwn)\s*('n|yn)\s+"
    r"(mor\s+|rili\s+|really\s+|hollol\s+|wir\s+)?(<m:rhyfedd>|afiach|<m:ffiaidd>|ych|creepy|weird|gross|"
    r"<m:drwg>|<m:gwarthus>|<m:cas>|<m:creulon>|<m:ofnadwy>|<m:sic>|sick|disgusting|vile|pathetic|<m:pathetig>)\b",
    alt(HELP_BENIGN, r"\b(tywydd|dywydd|bwyd|fwyd|cinio|ginio|blas|flas|arogl|ogla|smel\w*|ffilm|film|sioe|show|"
        r"gem|game|gwers|wers|bws|fws|toiled|doiled|toilet|salwch|sal|tost|annwyd|ffliw|prawf|brawf|arholiad|"
        r"mor dda|amazing|briliant|gwych|tiwn|diwn|song|can|gan|drwg gen i|ddrwg gen i|drwg iawn gen i|"
        r"ddim mor ddrwg|dim mor ddrwg)\b"))
pat("cy.prot.stop_spreading", "protective.challenge", 1,
    "'Stopiwch ei ledaenu fe' / 'peidiwch â'i rannu' / 'ma hwnna wedi'i neud lan'",
    r"\b(stopia|stopiwch|peidiwch|paid)\s+(a\s+|ag\s+|a'?i\s+|ai\s+)?(ei\s+|eu\s+|'i\s+)?(<m:lledaenu>|<m:rhannu>|"
    r"<m:postio>|forwardio|airdropio|<m:pasio>|<m:anfon>|<m:gyrru>)\s*(o|fo|e|fe|nhw|hyn|hynna|'r llun|y llun|"
    r"'r si|y si|'r sion|y sion|o gwmpas|rownd)?\b"
    r"|\b(wedi'?i|wedi ei|di'?i)\s+(neud|wneud|gwneud)\s+(lan|i fyny|fyny)\b",
    alt(HELP_BENIGN, GAMES_SPORT, r"\b(sbam|spam|feirws|virus|annwyd|ffliw|germs|jyms|bwyd|fwyd|pitsa|pizza|"
        r"creision|losin|fferins|ateb|atebion|stori|cacen|gacen)\b"))
pat("cy.prot.will_tell", "protective.reporting", 1,
    "Going to a trusted adult or safeguarding lead ('dwi'n mynd at y person diogelu', 'siarad ag athro', "
    "'a' i efo hi i weld Miss', 'gad i ni fynd at Mrs ...')",
    r"\b(<m:mynd>|fynd|af|a i|a'? i|awn ni|gad i ni fynd|dos|cer|dere|tyrd)\s+(yn syth\s+|heddiw\s+|fory\s+|nawr\s+|"
    r"rwan\s+|efo (hi|fo|chdi|ti)\s+|gyda (hi|fe|ti)\s+|hefo (hi|fo|chdi)\s+)?(at|i weld|i siarad (efo|gyda|a|ag|hefo))"
    r"\s+(y|'r|yr)?\s*(<m:athro>|<m:athrawes>|miss|mrs|mr|syr|sir|person diogelu|arweinydd diogelu|swyddog diogelu|"
    r"<m:pennaeth>|pennaeth blwyddyn|head of year|<m:cwnselydd>|nyrs|heddlu|<m:oedolyn>|dy (fam|dad|rieni)|"
    r"fy (mam|nhad|rhieni))\b"
    r"|\b(<m:siarad>|<m:deud>|<m:dweud>|<m:gweud>)\s+(a|ag|efo|gyda|hefo|wrth)\s*('r|y|yr)?\s*(person diogelu|"
    r"arweinydd diogelu|swyddog diogelu|<m:athro>|<m:athrawes>|mr|mrs|miss|syr)\b"
    r"|\b(person|arweinydd|swyddog|athro|athrawes)\s+(diogelu|lles)\b",
    alt(TELL_GUARD, r"\b(n?gwaith cartref|waith cartref|homework|traethawd|draethawd|essay|prawf|brawf|arholiad|exam|"
        r"gwers|wers|lesson|trip|taith|daith|cit|kit|hwyr|late|absenoldeb|nodyn|note|lifft|lift|"
        r"clwb|club|ymarfer|practice|cor|gor|band|dewisiadau|options|tocyn|docyn|parti|party)\b"))
pat("cy.prot.block_report_you", "protective.reporting", 1,
    "Blocking or reporting the person ('dwi 'di dy flocio di', 'fi'n riportio dy gyfrif di', 'bloca fe a gwed "
    "wrth dy fam')",
    r"\b(dwi|fi|dw i|rwy|rydw i|dwi wedi|dwi di|fi wedi|fi di|ti wedi|ti di|ti 'di|nes i|wnes i)\s*('?n|'?di|wedi|di)?"
    r"\s*(cael\s+)?(dy|ei)?\s*(<m:blocio>|<m:riportio>|<m:reportio>)\s*(di|chdi|ti|fo|o|fe|e|hi|nhw)?\b"
    r"|\b(<m:riportio>|<m:reportio>|<m:blocio>)\s+(dy|ei)\s+(<m:cyfrif>|account|<m:sylw>|comment|post|neges|llun|"
    r"lun)\b|\b(<m:blocia>|bloca|blociwch)\s+(fo|o|e|fe|nhw|hi|nhw)\b.{0,10}\b(a|ac|and)\s+(<m:deud>|<m:dweud>|"
    r"<m:gweud>|dwed|deuda|gwed|wed|<m:riportio>|riportia|<m:son>)\b",
    alt(TELL_GUARD, GAMES_SPORT, r"\b(sbam|spam|hysbyseb|ad|ads|bot|scam|sgam|app|ap)\b"))
pat("cy.prot.keeping_evidence", "protective.reporting", 1,
    "Keeping evidence to report ('dwi'n screenshotio hyn i gyd', 'tynnu screenshots o hyn iddi hi')",
    r"\b(dwi|fi|dw i|rwy|rydw i)\s*('?n|yn)\s+(screenshotio|sgrinlunio|tynnu screenshots?|cadw screenshots?|"
    r"cadw tystiolaeth|cadw'?r negeseuon|cadw'?r cwbl)\s+(o\s+)?(hyn|hynna|hwn|popeth|bob dim|pob dim|"
    r"y cwbl|hyn i gyd|'r cwbl)\b"
    r"|\b(<m:tynnu>|<m:cadw>)\s+(screenshots?|tystiolaeth|lluniau sgrin)\s+(o\s+)?(hyn|hynna|hwn|popeth|bob dim)\b",
    alt(HELP_BENIGN, SELF))
pat("cy.prot.what_do_i_do", "protective.help_seeking", 1,
    "'Be dwi'n neud??' / 'be dwi fod i neud' / 'be os dydi Mam ddim yn fy nghredu i?' / 'ddoi di efo fi?'",
    r"\b(be|beth|ba)\s+(dwi|fi|dw i|wi|ydw i|ydw i fod i)\s*('?n|fod i|i fod i|am)\s+(<m:gwneud>|neud|gneud|neud nawr|"
    r"neud rwan)\b\s*[?!]*"
    r"|\b(be|beth)\s+os\s+(dydi|dyw|dydy|na fydd|fydd|neith)\s+(<m:mam>|<m:dad>|neb|<m:athro>|miss|syr|nhw)\s+"
    r"(ddim\s+)?(yn\s+)?(fy\s+)?(<m:credu>|nghredu|nghoelio|<m:coelio>|gwrando|helpu)\b"
    r"|\b(ddoi|ddei|ddewch|ddowch|wnei|nei)\s+(di|chi)\s+(efo|gyda|hefo)\s+(fi|mi)\b.{0,30}(\?|at|i weld|i ddeud|"
    r"i siarad|miss|syr|athro|athrawes)"
    r"|\b(dwi|fi|dw i|sa i|sai|so fi|wi|dwi'?m|dw i ddim|fi ddim)\s*('?n|ddim yn|'m yn|yn)?\s*(<m:gwybod>|<m:gwbod>|gwbo)\s+"
    r"(be|beth|ba)\s+(i|i'?w)\s+(<m:gwneud>|neud)\b",
    alt(HELP_BENIGN, SECRET_BENIGN, r"\b(ffilm|film|gwylio|wylio|bwyta|fwyta|cinio|ginio|swper|penwythnos|"
        r"benwythnos|heno|fory|yfory|dre|town|siopa|gem|game|parti|party|gwisgo|wisgo)\b"))
pat("cy.prot.got_your_back", "protective.support", 1,
    "'Dwi efo chdi' / 'a' i efo chdi' / 'ni gyd efo ti' / 'got your back' (standing by the target)",
    r"\b(dwi|fi|dw i|rwy|ni gyd|ni i gyd|ni|a i|a'? i|wna i ddod)\s*('?n|yn)?\s*(efo|gyda|hefo|yna efo|yna gyda|"
    r"yma efo|yma gyda)\s+(chdi|ti|di|chi)\s*(bob cam|drwy hyn|100|,|\.|!|$)"
    r"|\b(got|have|gota|gotta)\s+(your|ur|yr)\s+back\b",
    alt(HELP_BENIGN, r"\b(dre|town|siopa|shopping|ffilm|film|gem|game|parti|party|bws|fws|tren|dren|cinio|ginio|"
        r"gwers|wers|dosbarth|tim|team|trip|taith|daith|clwb|club|ymarfer|practice)\b"))
pat("cy.prot.his_trick", "protective.support", 1,
    "Naming the manipulation to the target ('dyna ei dric o', 'mae o'n trio dy ddychryn di')",
    r"\b(dyna|dyna be|dyna beth|dyna ydy|dyna yw)\s+(ei|'i)\s+<m:tric>\b"
    r"|\b(mae o|ma fo|mae e|ma fe|maen nhw|ma nhw)('?n| yn)\s+(jyst\s+)?(<m:trio>|treial|dreial)\s+(dy|'th)\s+"
    r"(<m:dychryn>|<m:stopio>|<m:tawelu>|<m:rheoli>|<m:bygwth>|ypsetio)\b",
    alt(GAMES_SPORT, r"\b(hud|magic|cerdyn|gerdyn|card|sglefr|skate|beic|feic|bike)\b"))

# ---- sexualised
pat("cy.appear.body_score", "sexualised.appearance", 2,
    "Scoring a body part or a person with a number or fire ('ei choesau hi'n 10', 'dy wefusau di 🔥')",
    r"\b(ei|dy)\s+(<m:corff>|<m:coesau>|<m:coesa>|<m:tin>|<m:bronnau>|<m:gwefusau>|<m:gwefla>|<m:cluniau>|<m:siap>)"
    r"(\s+(hi|di|o|fo|e|fe))?\s*('n|yn|ydi|yw)?\s*(([1-9]|10)(/10)?\b|😍|🔥|🤤|🥵|👀|😏)"
    r"|\b(ei|dy)\s+(<m:coesau>|<m:coesa>|<m:tin>|<m:corff>)\s+(hi|di)?\s*(yn|'n|mewn)\s+(y|'r|ei|dy)?\s*"
    r"(<m:sgert>|<m:top>|<m:ffrog>|leggings|<m:siorts>|jeans)\b",
    INJURY)
pat("cy.appear.skirt_short", "sexualised.appearance", 1,
    "Remarks on how short or tight someone's clothes are ('roedd ei sgert hi'n rhy fyr', 'dylet ti wisgo "
    "petha fel'na mwy')",
    r"\b(ei|dy)\s+(<m:sgert>|<m:top>|<m:ffrog>|leggings|<m:siorts>|<m:crys>)\s*(hi|di)?\s*('n|yn|mor|rhy)\s*"
    r"(rhy\s+|mor\s+)?(<m:byr>|fyr|<m:tyn>|dynn|<m:isel>|see ?through|secsi|revealing)\b"
    r"|\b(<m:dylet>|<m:dylat>|<m:dylech>)\s+(ti|chdi|chi)\s+(<m:gwisgo>|wisgo)\s+(petha|pethe|pethau|stwff|dillad)"
    r"\s+(fel'?na|fel 'na|fel yna|fel hyn)\s+(mwy|yn amlach|more)\b",
    alt(r"\b(rheol|rheolau|reolau|polisi|bolisi|gwisg ysgol|wisg ysgol|uniform|siop|prynu|brynu|sale|maint|"
        r"faint|size|golchi|olchi|oer|cold|tywydd|dywydd|glaw|law|smart|neis i'?r)\b"))
pat("cy.appear.prettiest", "sexualised.appearance", 2,
    "Ranking: 'yr hogan ddela ym mlwyddyn 9', 'y ferch fwya secsi', 'pwy ydi'r ffitia'",
    r"\b(yr|y|'r)\s*(<m:hogan>|<m:merch>|<m:geneth>|<m:bachgen>|<m:hogyn>|boi|<m:person>)\s+(<m:dela>|ddelia|"
    r"<m:delaf>|fwya secsi|mwya secsi|fwya ffit|mwya ffit|ffitia|ffita|poetha|boetha|mwya hot|fwya hot)\b"
    r"|\b(pwy|pwy ydi|pwy yw|pwy di)\s*'?r\s*(<m:dela>|<m:delaf>|ffitia|ffita|poetha|boetha|fwya secsi|mwya secsi)\b",
    alt(LESSON, r"\b(ci|gi|cath|gath|ceffyl|geffyl|llun celf|darlun|ddarlun|gwisg ffansi|wisg ffansi|cystadleuaeth|"
        r"gystadleuaeth|babi|fabi|drama|ddrama|sioe|panto|rhan|ran|chwarae|cymeriad|gymeriad|tywysoges|dywysoges|"
        r"ffilm|film|llyfr|lyfr|stori)\b"))
pat("cy.jokes.with_everyone", "sexualised.jokes", 2,
    "Sexual rumour about someone ('ma hi'n mynd efo pawb', 'nath hi stwff efo tri hogyn', ''di bachu yn y parti 😏')",
    r"\b(ma|mae|oedd|roedd)\s+(hi|o|fo|e|fe)('?n| yn)\s+(mynd|cysgu|bachu)\s+(efo|gyda|hefo|'da)\s+(pawb|bawb|unrhyw un|"
    r"pob un|pob hogyn|pob boi|pob bachgen|hanner yr ysgol|hanner y flwyddyn)\b"
    r"|\b(nath|wnaeth|naeth|ddaru|wedi|di|'di)\s+(hi|o|fo|e|fe|nhw)?\s*(<m:gwneud>|neud|gneud)\s+(stwff|stuff|"
    r"petha|pethe|pethau|bits)\s+(efo|gyda|hefo|'da)\b"
    r"|\b('di|wedi|di)\s+(<m:bachu>|snogio|<m:cusanu>|<m:mynd> off)\s+(yn y parti|ar y trip|tu ol|tu ôl|"
    r"efo'?i gilydd|gyda'?i gilydd)\b.{0,20}(😏|😉|👀|🍆|😈)"
    r"|\b(<m:sion>|sibrydion|rumours?)\s+am\b.{0,40}(😏|😉|👀|😈)",
    alt(LESSON, r"\b(tedi|dedi|teddy|ci|gi|cath|gath|sleepover|gwersyll|wersyll|babi|fabi|chwaer|brawd|nain|mam|"
        r"fam|ffilm|film|sioe|rhaglen|raglen|episod|episode|cymeriad|gymeriad|character|gem|game|tim|team|"
        r"n?gwaith cartref|waith cartref|homework|prosiect|project|dre|town|siopa|sinema|pictiwrs|parc|park|"
        r"traeth|draeth|gig|cyngerdd|gyngerdd)\b",
        r"\bmynd (efo|gyda|hefo) (pawb|bawb)\s+(i|i'?r|am|ar|draw|allan|adre|adra)\b"))
pat("cy.jokes.fancies_you", "sexualised.jokes", 1,
    "Insinuation with a leer ('mae X yn dy ffansïo di 😏', 'be ddigwyddodd yn y parc 😏😏')",
    r"\b(yn|'n)\s+(dy|ei)\s+(ffansio|ffansïo|<m:licio>|<m:lecio>)\s+(di|hi|o|fo|e|fe)\b.{0,30}(😏|😈|🍆|😉)"
    r"|\b(be|beth)\s+(ddigwyddodd|ddigwyddith|nath ddigwydd|naethoch chi|wnaethoch chi)\b.{0,30}(😏😏|😏|😈|🍆)",
    alt(LESSON, r"\b(gem|game|sgor|score|prawf|arholiad|exam|gwaith cartref|homework)\b"))
pat("cy.names.easy", "sexualised.names", 2,
    "'Ma hi'n easy' / 'hi'n hawdd, ma pawb yn gwbod' (a sexualised slur by adjective)",
    r"\b(ma|mae|oedd|roedd)?\s*(hi|ti|chdi)('?n| yn)\s+(easy|<m:hawdd>|hawdd iawn)\s*(,|\.|!|$|ma pawb|mae pawb|"
    r"pawb yn|lol|😂|tho)",
    alt(LESSON, r"\b(prawf|brawf|arholiad|exam|test|gwaith|waith|cwestiwn|gwestiwn|gem|game|lefel|level|sym|"
        r"maths|cwis|quiz|dysgu|ddysgu|rysait|cacen|gacen|dringo|pasio|ennill|curo|guro|ffeindio|siarad efo|"
        r"siarad gyda)\b"))


# ======== round 3 (issue 19, session 12): general Welsh phrasings per category, written from the
# category definitions (docs/categories.md, ../shared/seeds) and knowledge of Welsh, not from any
# evaluation message. Written for c2chat; needs review by a Welsh speaker.
EXP_PAST3 = (r"dangosodd|ddangosodd|rhannodd|rannodd|postiodd|bostiodd|anfonodd|yrrodd|gyrrodd|halodd|sendiodd|"
             r"forwardiodd|airdropiodd|leakiodd|uploadiodd|postiais|bostiais|rhannais|rannais|anfonais|yrrais|"
             r"halais|dangosais|ddangosais|forwardiais|airdropiais|sendiais|sendies|rannes|bosties|dangoses|"
             r"ddangoses|hales|anfones")
V["EXP_PAST3"] = EXP_PAST3
pat("cy.exp.past_spread", "coercive.exposure", 3,
    "Past-tense spreading to a group or everyone ('dangosodd o'r llun i'r hogia', 'nes i ei yrru fo i bawb', "
    "'rannais i o ar y gc')",
    r"\b({EXP_PAST3})\s+(i|o|fo|e|fe|hi|nhw|y boi|rhywun)?\s*(o|fo|e|fe|nhw|hwn|hwnna|{PIC_OBJ})?\s*(.{0,12}\s)?{DEST}"
    r"|\b(nes i|wnes i|ddaru mi|mi wnes i|nath o|nath hi|naeth e|wnaeth o|wnaeth hi|ddaru o|ddaru hi|nathon nhw)\s+"
    r"(ei\s+|eu\s+|'i\s+)?(<m:postio>|<m:rhannu>|<m:anfon>|<m:gyrru>|<m:dangos>|forwardio|airdropio|sendio|leakio|"
    r"hala)\s*(o|fo|e|fe|nhw|{PIC_OBJ})?\s*(.{0,12}\s)?{DEST}",
    EXP_GUARD)
pat("cy.exp.is_on", "coercive.exposure", 3,
    "The picture or chat is out there ('mae dy lun di ar y gc', 'ma'r screenshots ym mhobman', 'mae pawb wedi'i "
    "weld')",
    r"\b(mae|ma|roedd|oedd)\s*(dy|ei|'r|y)\s*(<m:llun>|<m:lluniau>|<m:llunia>|pics?|nudes|screenshots?|<m:sgwrs>|"
    r"negeseuon|fideo|snaps?)(\s+(di|hi|o|fo|e|fe))?\s+(ar|yn|ym|all over|on)\s+(y gc|'r gc|y grwp|insta|instagram|"
    r"snap|snapchat|tiktok|y we|mhobman|mhob man|bobman|story|stori|y story|ei story|ei stori|ffon pawb|ffonau pawb|"
    r"ffôn pawb)\b"
    r"|\b(mae|ma|roedd|oedd)\s*(<m:pawb>|yr ysgol gyfan|y flwyddyn gyfan|'r ysgol gyfan|'r flwyddyn gyfan|"
    r"'r dosbarth i gyd|hanner yr ysgol|yr hogia i gyd|y bois i gyd|'r hogia i gyd)"
    r"\s+(wedi|di|'di)\s*('i|ei|eu|'u)?\s*<m:gweld>\s*(o|fo|e|fe|nhw|dy|ei|y llun|'r llun|y lluniau|y screenshots?)?\b",
    alt(EXP_GUARD, r"\b(gol|goal|gem|game|ffilm|film|sioe|show|fideo doniol|perfformiad|berfformiad|trailer|"
        r"cyngerdd|gyngerdd|gwallt|wallt|tatw|tattoo|ffrog|gwisg|wisg|llun y dosbarth|llun ysgol|meme|tiktok newydd|"
        r"dawns|ddawns|dance)\b"))
pat("cy.exp.let_everyone_see", "coercive.exposure", 3,
    "'Wna i adael i bawb weld' / 'wna i ei roi o ar y we' / 'wna i neud yn siŵr bod pawb yn gwybod'",
    r"\b({FUT1})\s+(<m:gadael>|adel)\s+i\s+(<m:pawb>|yr ysgol gyfan|y flwyddyn gyfan|dy (fam|dad|rieni))\s+"
    r"(<m:gweld>|<m:gwybod>|<m:clywed>)\b"
    r"|\b({FUT1})\s+(ei\s+|eu\s+)?(<m:rhoi>|<m:rho>)\s*(o|fo|e|fe|nhw|{PIC_OBJ})?\s+(ar|i)\s+(y we|ar-?lein|online|"
    r"insta|snap|tiktok|y gc|'r gc|y grwp|fy story|fy stori|dy story)\b"
    r"|\b({FUT1})\s+(<m:gwneud>|neud)\s+(yn siwr|'n siwr|yn sicr|'n sicr)\s+(bod|fod|bo)\s+(<m:pawb>|yr ysgol gyfan|"
    r"dy (fam|dad|rieni))\s+(yn|'n)\s+(<m:gwybod>|<m:gweld>|<m:clywed>)\b",
    alt(EXP_GUARD, THREAT_BENIGN))

# ---- threats beyond exposure: harm, ruin, "you'll get it"
pat("cy.threat.harm_you", "coercive.threat", 3,
    "Threat of harm or ruin ('wna i dy sortio di', 'wna i ddifetha dy fywyd', 'wna i neud dy fywyd di'n uffern')",
    r"\b({FUT1}|mi fydda i'?n|bydda i'?n)\s+(dy|'th)\s+(<m:brifo>|<m:curo>|<m:sortio>|<m:cael>|<m:dal>|"
    r"<m:difetha>|<m:dinistrio>|<m:bwrw>|<m:waldio>|<m:cicio>|<m:colbio>|<m:stido>)\s*(di|chdi|ti)?\b"
    r"|\b({FUT1})\s+(<m:gwneud>|neud|<m:difetha>|<m:dinistrio>|<m:sbwylio>)\s+(dy|'th)\s+<m:bywyd>\b"
    r"|\b(ti|chdi)\s*('?n|yn)?\s*(mynd i gael hi|mynd i dalu|mewn trwbl mawr|dead|ded|wedi marw|mynd i farw)\b"
    r".{0,20}\b(os|if|neu|or|pan|heno|fory|ar ol ysgol|after school|wedyn)\b",
    alt(THREAT_BENIGN, r"\b(gem|game|rownd|round|lefel|level|1v1|fifa|fortnite|cod|minecraft|roblox|pel|bel|"
        r"ras|cwis|quiz|mam yn|dad yn|fam yn|athro yn|miss yn|syr yn|ditensiwn|detention|lol|lmao|haha|jk|"
        r"chwerthin)\b|😂|🤣|😆"))
pat("cy.threat.watch_yourself", "coercive.threat", 2,
    "'Gwylia dy hun' / 'watsia di' / 'dwi'n dod amdanat ti' (a warning aimed at the reader)",
    r"\b(gwylia|watsia|gwyliwch|watshia)\s+(dy hun|dy hunan|di|chdi|hi|allan|dy gefn|be ti'?n ddeud|be ti'?n deud|"
    r"be ti'?n neud)\b"
    r"|\b(dwi|fi|dw i|ni)\s*('?n|yn)\s+(dod|dwad)\s+(amdanat|amdanot|ar dy ol|ar dy ôl)\b",
    alt(THREAT_BENIGN, r"\b(ffordd|road|traffig|traffic|ceir|cars|rhew|ice|llithrig|slippy|glaw|law|grisiau|"
        r"stairs|ffilm|film|dy iaith|gwylio|sioe|show|bws|fws|camau|step|gam|nghamau|fy nghamau)\b"))

# ---- secrecy beyond "paid deud"
pat("cy.sec.keep_to_yourself", "coercive.secrecy", 2,
    "'Cadw fo i chdi dy hun' / 'cau dy geg am hyn' / 'dim gair wrth neb'",
    r"\b(<m:cadw>|cadwa|cadwch)\s+(o|fo|e|fe|hyn|hwn|hynna|y peth|y llun|'r llun|y lluniau|y sgwrs|'r sgwrs)\s+"
    r"(i ti dy hun|i chdi dy hun|i ti|i chdi|i dy hun|i dy hunan)\b"
    r"|\b(<m:cau>|caua)\s+(dy|'th)\s+<m:ceg>\b.{0,20}\b(am|ynglyn)\b"
    r"|\b(cadw|cadwa)\s+(dy|'th)\s+<m:ceg>\s+(ar gau|yn <m:cau>|'n <m:cau>)\b"
    r"|\b(dim|ddim|dim un)\s+gair\s+(wrth|i|am hyn|am hynna|am y peth)\b",
    alt(SECRET_BENIGN, r"\b(bwyd|fwyd|cinio|ginio|losin|fferins|creision|cacen|gacen|pres|arian|tocyn|newid)\b"))
pat("cy.sec.no_one_needs_know", "coercive.secrecy", 2,
    "'Does dim rhaid i neb wybod' / 'sdim angen i dy fam wybod' / 'well i neb wybod' / 'paid gadael i neb weld'",
    r"\b(does dim rhaid|sdim rhaid|dim rhaid|does dim angen|sdim angen|dim angen|gwell|well|fydd dim rhaid)\s+i\s+"
    r"(<m:neb>|dy (fam|dad|rieni|ffrindiau|ffrindia)|<m:mam>|<m:rhieni>|<m:athro>|<m:athrawes>|miss|syr|yr ysgol|"
    r"unrhyw un)\s+(<m:gwybod>|<m:cael> gwybod|<m:clywed>|<m:gweld>|<m:ffeindio> allan)\b"
    r"|\b(paid|peidiwch|<m:paid>)\s+(a\s+|ag\s+)?(<m:gadael>|adel)\s+i\s+(<m:neb>|unrhyw un|dy (fam|dad|rieni))\s+"
    r"(<m:gweld>|<m:gwybod>|<m:darllen>|<m:clywed>)\b"
    r"|\b(paid|peidiwch|<m:paid>)\s+(a\s+|ag\s+)?(<m:dangos>)\s+(hyn|hwn|hynna|y sgwrs|'r sgwrs|y negeseuon|"
    r"'r negeseuon|y neges|'r neges|hyn i gyd)\s+i\s+(<m:neb>|unrhyw un|dy (fam|dad|rieni|ffrindiau))\b"
    r"|\b(paid|peidiwch|<m:paid>)\s+(a\s+|ag\s+)?<m:son>\s+(am|am y peth|dim byd am)\s*(hyn|hynna|y peth|ni|y llun|"
    r"'r llun|y lluniau|be ddigwyddodd|beth ddigwyddodd|hwn)?\s*(wrth\s+\w+)?\s*[.!,]*\s*$",
    alt(SECRET_BENIGN, r"\b(anrheg|present|syrpreis|surprise|parti|party|sioe|ffilm|episod|spoiler)\b"))
pat("cy.sec.hide_it", "coercive.secrecy", 2,
    "'Cuddia'r sgwrs' / 'tro disappearing messages ymlaen' (hide the messages or the app)",
    r"\b(cuddia|cuddio|guddio|cuddiwch|archifa|archifo)\s*('r|y|yr|dy|ein)?\s*(<m:sgwrs>|negeseuon|<m:neges>|chat|"
    r"chats|ap|app|lluniau|llunia|llun|dms|ffolder)\b.{0,20}\b(rhag|oddi wrth|fel bod|fel bo|from|cyn)\b"
    r"|\b(tro|troi|rho|rhoi)\s+(disappearing messages|negeseuon (sy'?n )?diflannu|vanish mode)\s+(ymlaen|mlaen|on)\b",
    alt(SECRET_BENIGN, r"\b(anrheg|present|syrpreis|surprise|parti|party|nadolig|dolig|sion corn)\b"))

# ---- victim blaming, generic and direct
pat("cy.blame.knew_what_doing", "victim_blaming.blame", 2,
    "'Roedd hi'n gwybod be oedd hi'n neud' / 'dylai hi wybod yn well'",
    r"\b(roedd|oedd|o'?dd|ro'?dd|mae|ma)\s+(hi|ti|nhw)('n| yn)\s+(<m:gwybod>|<m:gwbod>|gwbo)\s+(yn iawn\s+)?(be|beth)\s+"
    r"(oedd|o'?dd|mae|ma|roedd)\s+(hi|ti|nhw)('n| yn)\s+(<m:gwneud>|neud|gneud)\b"
    r"|\b(<m:dylai>|<m:dyla>|<m:dylia>|<m:dylsai>|<m:dylse>|<m:dyle>|<m:dylet>|<m:dylat>|<m:dylsen>|<m:dylen>)\s+"
    r"(hi|ti|chdi|nhw)\s+(fod wedi\s+|di\s+|wedi\s+)?<m:gwybod>\s+(yn well|'n well)\b",
    alt(BLAME_NEG, r"\b(prawf|brawf|arholiad|exam|test|ateb|atebion|gwaith cartref|homework|amser|time|bws|fws|"
        r"gem|game|rysait|recipe|ffordd|road|cyfrinair|password)\b"))
pat("cy.blame.stupid_for", "victim_blaming.blame", 2,
    "'Hi'n stupid am anfon' / 'ti'n dwp am ei drystio fo'",
    r"\b(hi|ti|chdi|nhw|mae hi|ma hi)('n| yn)\s+(rhy\s+|mor\s+|hollol\s+)?(stupid|thick|<m:twp>|<m:dwl>|<m:gwirion>|"
    r"naive|naif|<m:ffol>|<m:hurt>|idiot)\s+(am|i|to)\s+(<m:anfon>|<m:gyrru>|hala|sendio|<m:trystio>|<m:tynnu>|"
    r"<m:postio>|ei (anfon|yrru|drystio|dynnu)|eu (hanfon|gyrru))\b",
    alt(BLAME_NEG, REQ_BENIGN))
pat("cy.blame.generic_girls", "victim_blaming.blame", 2,
    "Generic blame of senders ('ddylai genod ddim anfon lluniau os...', 'os ti'n anfon nudes, dy fai di ydi o', "
    "'pwy sy'n anfon lluniau beth bynnag')",
    r"\b(<m:dylai>|<m:dyla>|<m:dylia>|<m:dylsai>|<m:dylen>|<m:dylsen>)\s+(genod|merched|pobl|neb|hi|nhw)\s+"
    r"(ddim\s+)?(<m:anfon>|<m:gyrru>|hala|sendio|<m:tynnu>)\s+(lluniau|llunia|luniau|nudes|pics|llun|lun)\b.{0,30}"
    r"\b(os|if|wedyn|then|yn y lle cynta|a wedyn|beth bynnag|eniwe|anyway)\b"
    r"|\bos\s+(ti'?n|wyt ti'?n|chdi'?n|hi'?n|mae hi'?n|ma hi'?n|nhw'?n|rhywun yn|merch yn|hogan yn)\s+({SEND_VN})\s+"
    r"(lluniau|llunia|luniau|nudes|pics|llun|lun|{IT})\b.{0,40}\b(<m:bai>|ar fai|haeddu|gofyn amdani|gofyn amdano|"
    r"gofyn am (y peth|hynna|hyn)|be ti'?n (ddisgwyl|disgwyl)|be mae hi'?n (ddisgwyl|disgwyl)|ar dy ben dy hun|"
    r"on u|your fault|ur fault|dy broblem di|ei phroblem hi|dy hun|ei hun)\b"
    r"|\bpwy\s+(sy'?n|sydd yn|sy)\s+({SEND_VN})\s+(lluniau|llunia|luniau|nudes|pics|llun fel'?na|llun)\b.{0,25}"
    r"\b(beth bynnag|eniwe|anyway|i hogyn|i fachgen|i foi|i unrhyw un)\b",
    alt(BLAME_NEG, REQ_BENIGN, r"\b(dysgu|wers|gwers|gyfraith|cyfraith|anghyfreithlon|heddlu|ceop|childline|meic)\b"))
pat("cy.blame.wearing", "victim_blaming.blame", 2,
    "Blame by clothes or flirting ('edrych be oedd hi'n wisgo', 'hi oedd yn fflyrtio', 'hi ddechreuodd')",
    r"\b(edrych|sbia|drycha|look)\s+(ar\s+)?(be|beth)\s+(oedd|o'?dd|mae|ma|roedd)\s+(hi|o|fo)('n| yn)\s+<m:gwisgo>\b"
    r"|\b(yn\s+|'n\s+)<m:gwisgo>\s+(fel'?na|fel 'na|fel yna|hynna|sgert mor fyr|mor fyr|dim byd)\b.{0,30}\b(be|beth)\s+"
    r"(oedd|o'?dd|mae|ma)\s+(hi|o|fo|nhw)('n| yn)\s+<m:disgwyl>\b"
    r"|\b(hi|ti|chdi)\s+(oedd|o'?dd|sy|sydd)\s*('n|yn)\s+<m:fflyrtio>\b"
    r"|\b(hi|ti|chdi)\s+(ddechreuodd|nath ddechra|nath ddechrau|wnaeth ddechrau|ddechreuest|ddechreuaist)\b"
    r".{0,25}\b(<m:anfon>|<m:gyrru>|hala|<m:fflyrtio>|llun|lun|lluniau|pics|nudes|y cwbl|hyn i gyd|'r cwbl)\b",
    alt(BLAME_NEG, r"\b(gem|game|ffrae|ffeit|fight|cwffio|ras|parti|party|gwisg ffansi|wisg ffansi|fancy dress|"
        r"tywydd|dywydd|oer|cold|glaw|law|ysgol|gwers|wers)\b"))

# ---- minimising
pat("cy.min.just_a_pic", "victim_blaming.minimising", 1,
    "'Jyst llun ydi o' / 'dim ond screenshot oedd o' / 'dim byd mawr, jyst llun'",
    r"\b(jyst|dim ond|ond|only|just)\s+(un\s+)?(<m:llun>|pic|snap|screenshot|selfie|neges|tecst|<m:joc>|geiriau|"
    r"geiria)\s+(ydi|yw|oedd|o'?dd|di|ydy)\s*(o|e|fe|fo|hi|nhw)?\b"
    r"|\b(<m:llun>|pic|screenshot|neges|geiriau)\s+(ydi|yw|oedd|di)\s+(o|e|fe|fo)\b.{0,5}\b(dim byd mwy|dim byd arall|"
    r"dim mwy|that'?s all|chill|ymlacia)\b",
    alt(REQ_BENIGN, LESSON, JOKE_BENIGN, r"\b(celf|gelf|art|prosiect|project|gwaith cartref|homework|poster|cerdyn|"
        r"gerdyn|gwahoddiad|wahoddiad|invite)\b"))
pat("cy.min.overreacting", "victim_blaming.minimising", 1,
    "'Ti'n gor-ymateb' / 'mae hi'n neud môr a mynydd o'r peth' / 'ymlacia, jôc oedd hi'",
    r"\b(ti|chdi|hi|nhw|chi)\s*('?n|yn|mor|jyst yn)\s+(gor-?ymateb|overreactio|overreacto|<m:gwneud> ffys|neud ffys|"
    r"creu ffys|creu drama|neud drama|<m:gwneud> drama|neud mor a mynydd|<m:gwneud> mor a mynydd|neud sioe|"
    r"dramatig|ddramatig)\b"
    r"|\b(ymlacia|ymlaciwch|callia|cwl lawr)\b.{0,20}\b(<m:joc>|banter|laff|hwyl|jyst|dim ond|tynnu coes)\b"
    r"|\b(bydd|fydd|mi fydd)\s+<m:pawb>\s+(wedi|di)\s+<m:anghofio>\b"
    r"|\b(dos|cer|get)\s+(drosto fo|drosto fe|drosto|drosti|over it)\b",
    alt(HELP_BENIGN, r"\b(ydw i|odw i|ydw i'?n|dw i'?n meddwl mod i|fi'?n meddwl bo fi|dwi'?n gorymateb|"
        r"fi'?n gorymateb|ffilm|film|sioe|show|drama ysgol|gwers ddrama|gem|game|pel|bel|ras|tywydd|dywydd|"
        r"nain|taid|mam|fam|dad)\b"))
pat("cy.min.not_that_bad", "victim_blaming.minimising", 1,
    "'Dio'm mor ddrwg â hynna' / 'doedd o'n golygu dim byd' / 'ma pawb yn neud o'",
    r"\b(dio|dydi o|dyw e|dydy o|tydi o|dydio|doedd o|doedd e|o'?dd e ddim)\s*('?m|ddim)\s+(mor\s+)?<m:drwg>\s+"
    r"(a|ag|â)\s+(hynna|hynny)\b"
    r"|\b(doedd|dio|dydi|dyw|o'?dd)\s+(o|e|fe|hi|hynna)?\s*('?m|ddim)\s+yn\s+<m:golygu>\s+(dim|dim byd|unrhyw beth)\b"
    r"|\b(ma|mae)\s+(pawb|pawb arall|pob un)\s*('n|yn)\s+(<m:gwneud>|neud|gneud)\s+(o|e|fe|fo|hynna|hyn)\b\s*[,.!?]*\s*"
    r"(beth bynnag|eniwe|anyway|chill|ymlacia|lol|$)",
    alt(HELP_BENIGN, LESSON, r"\b({SEND_VN}|<m:llun>|<m:lluniau>|nudes|pics)\b",
        r"\b(tywydd|dywydd|glaw|law|anaf|brifo|briw|toriad|salwch|annwyd|ffliw|prawf|brawf|arholiad|gem|game|"
        r"sgor|score|canlyniad|ganlyniad|bwyd|fwyd|ffilm|film|vape|fepio|smocio)\b"))

# ---- protective
pat("cy.prot.no_right", "protective.challenge", 1,
    "'Does gen ti ddim hawl' / 'ti ddim yn cael rhannu hynna' / 'mae hi wedi deud na' / 'parcha hi'",
    r"\b(does|sdim|does dim|dim)\s+(gen ti|gyda ti|da ti|'da ti|gan neb|gen neb)\s+(ddim\s+)?<m:hawl>\b"
    r"|\b(ti|chdi|chi)\s+(ddim|'m)\s+yn\s+<m:cael>\s+(<m:rhannu>|<m:postio>|<m:anfon>|<m:gyrru>|<m:dangos>|<m:galw>|"
    r"<m:siarad>|<m:cyffwrdd>|<m:tynnu>|<m:gofyn>)\b"
    r"|\b(mae|ma)\s+(hi|o|fo|fe|nhw)\s+(wedi|di|'di)\s+(<m:deud>|<m:dweud>|<m:gweud>)\s+na\b"
    r"|\b(parcha|parchwch)\s+(hi|o|fo|fe|nhw|hynna|ei phenderfyniad|ei benderfyniad)\b"
    r"|\b(dyw|dydi|tydi)\s+(hi|o|fe)\s+(ddim|'m)\s+(isio|eisiau|moyn|ishe)\s*(hynna|hyn|hwnna)?\s*[,.!]",
    alt(GAMES_SPORT, HELP_BENIGN, r"\b(ffon|phone|cinio|ginio|bwyd|fwyd|losin|fferins|creision|gwers|wers|"
        r"dosbarth|tocyn|docyn|parti|party|ffilm|film|dod|ddod|mynd|fynd|trip|daith|taith)\b"))
pat("cy.prot.not_excuse", "protective.challenge", 1,
    "Counter-speech naming an excuse ('dyw 'jyst banter' ddim yn esgus', 'nid canmoliaeth ydi hynna', 'pam ti'n "
    "galw hynna'n jôc?')",
    r"\b(ddim|dim|nid)\s+(yn\s+)?<m:esgus>\b"
    r"|\bnid\s+(<m:canmoliaeth>|compliment|<m:joc>|banter)\s+(ydi|yw|di|oedd)\s+(hynna|hyn|hwnna|o|e|fe)\b"
    r"|\b(pam|pham)\s+(ti'?n|wyt ti'?n|chi'?n|maen nhw'?n|ma nhw'?n|mae pawb yn|ma pawb yn|bod pawb yn)\s+"
    r"(<m:galw>|<m:deud>|<m:dweud>|<m:gweud>)\s+(hynna|hyn|hwnna|hi|o|fo)\s*('?n|yn)\s+\w+"
    r"|\b(ti'?n|chi'?n)\s+<m:galw>\s+(hynna|hyn|hwnna)\s*('?n|yn)\s+(<m:joc>|banter|<m:canmoliaeth>|compliment|"
    r"laff|hwyl)\s*\?",
    alt(HELP_BENIGN, r"\b(ysgol|gwers|wers|hwyr|late|salwch|sal|tost|nodyn|note|absennol|gwaith cartref|homework|"
        r"dysgu|iaith|gair|word|enw|name|cymraeg|gymraeg|saesneg)\b"))
pat("cy.prot.you_should_report", "protective.reporting", 1,
    "Advising to report or tell ('dylet ti riportio hyn', 'ddylet ti ddeud wrth rywun', 'riportia fo i'r ap')",
    r"\b(<m:dylet>|<m:dylat>|<m:dylech>|<m:dylai>|<m:dyla>|gwell i ti|well i ti|well i chdi)\s+(ti|chdi|chi|hi|i ti|"
    r"i chdi)?\s*(ei\s+|eu\s+)?(<m:riportio>|<m:reportio>|<m:blocio>|(<m:deud>|<m:dweud>|<m:gweud>|<m:siarad>)\s+"
    r"(wrth|efo|gyda|hefo|a|ag)\s+(<m:rhywun>|<m:athro>|<m:athrawes>|miss|syr|sir|mr|mrs|<m:oedolyn>|dy (fam|dad|"
    r"rieni)|<m:mam>|<m:rhieni>|yr heddlu|childline|meic))\b"
    r"|\b(<m:riportia>|riporta|riportiwch|reportia)\s+(fo|o|e|fe|nhw|hi|hyn|hwnna)?\s*(i|ar|at|to)\s*(yr|'r|y)?\s*"
    r"(ap|app|insta|instagram|snap|snapchat|tiktok|platfform|ysgol|heddlu|ceop)\b",
    alt(TELL_GUARD, GAMES_SPORT))
pat("cy.prot.tell_my_mum", "protective.reporting", 1,
    "Telling one's own parent ('dwi'n mynd i ddeud wrth Mam', 'nes i ddeud wrth fy nhad', 'dwi wedi siarad efo Mam')",
    r"\b(dwi|fi|dw i|rwy|rydw i|nes i|wnes i|mi wnes i|dwi wedi|dwi di|fi wedi|fi di|a i|wna i|na i|dwi am|fi am)\s*"
    r"('?n mynd i|'?n|yn mynd i)?\s*(<m:deud>|<m:dweud>|<m:gweud>|<m:siarad>|<m:son>)\s+(wrth|efo|gyda|hefo|a|ag)\s+"
    r"(mam|fy mam|nhad|fy nhad|dad|fy rhieni|'n rhieni|'n mam|'n nhad|mam-gu|nain|taid|tad-cu|fy chwaer fawr|"
    r"fy mrawd mawr|fy ngofalwr)\b",
    alt(SECRET_BENIGN, r"\b(parti|party|trip|taith|daith|gwyliau|wyliau|tocyn|docyn|prawf|brawf|arholiad|exam|"
        r"marc|marciau|canlyniad\w*|ganlyniad\w*|gwaith cartref|homework|lifft|lift|swper|cinio|ginio|hwyr|late|"
        r"dod adra|dod adre|aros|sleepover|pres|arian|ffon newydd)\b"))
pat("cy.prot.help_scared", "protective.help_seeking", 1,
    "Disclosure with worry ('mae gen i ofn', 'dwi'n poeni be neith o', 'mae o'n codi ofn arna i', 'alla i siarad "
    "efo ti am rywbeth?')",
    r"\b(mae gen i ofn|ma gen i ofn|mae ofn arna i|ma ofn arna i|mae gyda fi ofn|ma ofn arna fi|mae o'?n codi ofn "
    r"arna i|ma fo'?n codi ofn arna i|mae e'?n codi ofn arna i|ma fe'?n codi ofn arna i|dwi'?n ofnus|fi'?n ofnus)\b"
    r".{0,40}\b(fo|o|e|fe|nhw|hi|llun|lun|lluniau|luniau|neges|negeseuon|screenshots?|postio|bostio|rhannu|rannu|"
    r"dangos|ddangos|bygwth|fygwth|gofyn|ofyn|ysgol|pawb|bawb|deud|ddeud|gweud|weud)\b"
    r"|\b(dwi|fi|dw i|rwy)\s*('?n|yn)\s+(poeni|becso|pryderu)\s+(be|beth|y bydd|y neith|bydd|fydd|neith|mae|ma)\s+"
    r"(fo|o|e|fe|nhw|hi|pawb)\s*('?n|yn)?\s*(neud|wneud|gwneud|postio|bostio|rhannu|rannu|dangos|ddangos|deud|ddeud|"
    r"anfon|yrru|gweld|weld)\b"
    r"|\b(alla|galla|ga|fedra|medra)\s+i\s+(<m:siarad>|<m:cael> gair)\s+(efo|gyda|hefo|a|ag)\s+(ti|chdi|chi)\s+"
    r"(am|ynglyn a)\s+(<m:rhywbeth>|rywbeth|rwbath|rhwbeth)\b",
    alt(HELP_BENIGN, r"\b(nadolig|dolig|anrheg|present|syrpreis|surprise|ffilm arswyd|horror|corryn|pry cop|"
        r"spider|ci|gi|tywydd|dywydd|storm|mellt|taranau|nodwydd|needle|brechiad|jab|deintydd|dentist)\b"))
pat("cy.prot.is_it_normal", "protective.help_seeking", 1,
    "'Ydi hyn yn normal?' / 'ydi o'n iawn iddo fo ofyn am...?' (asking whether it is ok, about what is happening)",
    r"\b(ydi|ydy|yw|di)\s+(hyn|hynna|o|e|fe)\s*('n| yn)\s+(normal|iawn|ok|oce)\s+(i|iddo|iddi|iddyn)\s*(fo|fe|o|e|"
    r"hi|nhw)?\s*(<m:gofyn>|<m:anfon>|<m:gyrru>|<m:deud>|<m:dweud>|<m:rhannu>|<m:postio>|<m:bygwth>|<m:cadw>|"
    r"<m:mynnu>)\b"
    r"|\b(ydi|ydy|yw)\s+(hyn|hynna)\s*('n| yn)\s+normal\s*\?",
    alt(HELP_BENIGN, LESSON, r"\b(athro|athrawes|miss|syr|sir|gwaith|waith|prawf|brawf|arholiad|ffurflen|pres|"
        r"arian|lifft|lift|benthyg)\b"))
pat("cy.prot.support_more", "protective.support", 1,
    "'Mae'n ddrwg gen i bod hyn wedi digwydd' / 'ti ddim ar ben dy hun' / 'nest ti'r peth iawn' / 'ti'n ddewr'",
    r"\b(mae'?n|ma'?n|mae'?n wir)\s+(ddrwg|flin)\s+(gen i|gyda fi|da fi|'da fi)\s+(bod|fod|bo|glywed|clywed)\b"
    r"|\b(ti|chdi|dwyt ti|wyt ti)\s*(ddim|'m)\s+(ar ben dy hun|ar dy ben dy hun|ar dy ben dy hunan|ben dy hun)\b"
    r"|\b(nest|wnest|ddaru|naethost)\s+(ti|chdi)\s*('r|y)\s*(peth iawn|peth cywir)\b"
    r"|\b(ti|chdi)\s*('?n|yn)\s+(mor\s+)?<m:dewr>\s+(am|yn)\b",
    alt(HELP_BENIGN, r"\b(ffilm|film|gem|game|ateb|atebion|prawf|brawf|arholiad|sym|bws|fws|colli'?r|hwyr|late|"
        r"tywydd|dywydd|anrheg|present|parti|party|ci|gi|cath|gath)\b"))

# ---- sexualised
pat("cy.appear.looks_hot", "sexualised.appearance", 2,
    "'Ti'n edrych yn secsi' / 'mae hi'n edrych mor hot yn hwnna'",
    r"\b(ti|chdi|hi|o|fo|e|fe|mae hi|ma hi|wyt ti)\s*('?n|yn)\s+(edrych|edrach|drych)\s+(yn\s+|'n\s+|mor\s+)?"
    r"(rili\s+|mor\s+|well\s+|uffernol o\s+)?(<m:secsi>|<m:rhywiol>|hot|<m:poeth>|ffit|fit|peng|lysh|lush|thicc|"
    r"<m:blasus>)\b",
    alt(WEATHER, SPORT, r"\b(car|gar|char|nghar|sgidiau|esgidiau|trainers|shoes|ffont|font|beic|feic|ffon|phone|"
        r"gitar|cit|kit|tiwn|diwn|song|cot|got|siaced|jacket|bag|fag|bwyd|fwyd|cacen|gacen|pitsa|pizza)\b"))


pat("cy.req.swimwear", "coercive.image_request", 3,
    "A picture of the person in swimwear, underwear or a towel ('ga i lun ohonot ti yn dy wisg nofio')",
    r"\b(<m:llun>|<m:lluniau>|pic|pics|snap|selfie|selffi|fideo)\s+(ohonot ti|ohonat ti|o chdi|ohona chdi|o ti|o dy hun)?"
    r"\s*(yn dy|yn|mewn|in ur|in your)\s+(<m:gwisg> nofio|bicini|bikini|<m:dillad> isaf|bra|<m:tywel>|towel|boxers|"
    r"pants|nicyrs|underwear|swimsuit)\b",
    alt(LESSON, r"\b(siop|shop|prynu|brynu|buy|sale|gwefan|website|maint|size|pris|price|pwll|bwll|gwersi nofio|"
        r"gala|cystadleuaeth|gystadleuaeth|tim nofio|swimming team)\b"))
pat("cy.blame.she_sent_them", "victim_blaming.blame", 2,
    "'Hi halodd nhw yn y lle cynta' / 'ti yrrodd o i ddechra' (inflected past, the sender blamed)",
    r"\b(hi|ti|chdi)\s+(halodd|anfonodd|yrrodd|gyrrodd|sendiodd|dynnodd|tynnodd|halest|hales|anfonaist|anfonest|"
    r"yrraist|yrrist|yrrest|sendiest)\s+(nhw|o|fo|e|fe|y llun|'r llun|y lluniau|'r lluniau|nhw i gyd)?\s*"
    r"(yn y lle cynta|yn y lle cyntaf|i ddechra|i ddechrau|gynta|'ta|felly|so)\b",
    alt(BLAME_NEG, REQ_BENIGN, r"\b(gwahoddiad|wahoddiad|invite|linc|link|neges anghywir|camgymeriad|damwain)\b"))


pat("cy.prot.quote_judged", "protective.challenge", 1,
    "Counter-speech judging quoted words (\"mae deud 'ei bai hi' yn afiach\", \"dyw 'jyst banter' ddim yn iawn\")",
    r"'[^'\n]{2,60}'\s*(yn|'n|ydi|yw|di)?\s*(mor\s+|rili\s+|hollol\s+)?(afiach|ych|<m:ffiaidd>|creepy|weird|<m:rhyfedd>|"
    r"<m:anghywir>|<m:ofnadwy>|<m:gwarthus>|<m:cas>|<m:creulon>|gross|vile|bwlio|aflonyddu|victim blaming|"
    r"beio'?r dioddefwr|ddim yn (iawn|ok|oce|joc|ddoniol|esgus|gompliment|ganmoliaeth)|dim yn (iawn|ok|oce|joc|ddoniol|"
    r"esgus)|not ok|not okay|not funny|no excuse|not an excuse)\b",
    alt(HELP_BENIGN, r"\b(ffilm|film|sioe|show|can|gan|song|tiwn|diwn|llyfr|book|gem|game|bwyd|fwyd|meme)\b"))


# ======== round 4 (issue 19, session 12): more general phrasings per category. Written for c2chat from
# the category definitions and knowledge of Welsh; needs review by a Welsh speaker.
pat("cy.exp.going_to_post_it", "coercive.exposure", 2,
    "'Dwi'n mynd i'w bostio fo' / 'fi'n mynd i'w rannu e ar y gc' (the contracted object 'i'w')",
    r"\b(dwi|fi|dw i|rwy|wi)\s*('?n|yn)\s+mynd\s+i'?w\s+(<m:postio>|<m:rhannu>|<m:dangos>|<m:anfon>|<m:gyrru>|hala|"
    r"forwardio|airdropio|leakio|uploadio|sendio)\b",
    alt(EXP_GUARD, THREAT_BENIGN))
pat("cy.threat.remember_what_i_have", "coercive.threat", 3,
    "'Cofia be sgen i' / 'cofia be sy gyda fi' (a reminder of held pictures or messages)",
    r"\b(cofia|cofiwch|paid anghofio|paid ag anghofio|paid a anghofio)\s+(be|beth|bod|fod|bo)\s+(sgen i|sy gen i|"
    r"sydd gen i|sy gyda fi|sydd gyda fi|sy 'da fi|sy da fi|mae gen i|ma gen i|mae gyda fi|ma gyda fi|"
    r"'da fi|gen i)\b",
    alt(THREAT_BENIGN, r"\b(anrheg|present|tocyn|docyn|tocynnau|cacen|gacen|bwyd|fwyd|allwedd|goriad|key|charger|"
        r"gwefrydd|arian|pres|llyfr|lyfr|cot|got|bag|fag)\b"))
pat("cy.threat.you_know_what_happens", "coercive.threat", 2,
    "'Ti'n gwybod be fydd yn digwydd os...' / 'ti'n mynd i ddifaru hyn'",
    r"\b(ti|chdi|wyt ti)\s*('?n|yn)\s+(<m:gwybod>|<m:gwbod>|gwbo)\s+(be|beth)\s+(fydd yn|sy'?n mynd i|neith|wneith|"
    r"sy'?n)\s+<m:digwydd>\s+(os|if|pan)\b"
    r"|\b(ti|chdi)\s*('?n|yn)\s+mynd\s+i\s+<m:difaru>\s*(hyn|hynna|hwn|o|e)?\b",
    alt(THREAT_BENIGN, HELP_BENIGN, LESSON))
pat("cy.sec.only_us_know", "coercive.secrecy", 2,
    "'Dim ond ni sy'n gwybod' / 'does dim angen i dy rieni wybod'",
    r"\b(dim ond|neb ond|jyst)\s+ni('?n dau)?\s+(sy'?n|sydd yn|fydd yn|sy)\s+(<m:gwybod>|<m:cael> gwybod)\b"
    r"|\b(dy (fam|dad|rieni)|neb)\s+(ddim|dim)\s+(angen|isio|eisiau)\s+<m:gwybod>\b",
    alt(SECRET_BENIGN, r"\b(anrheg|present|syrpreis|surprise|parti|party|nadolig|dolig)\b"))
pat("cy.blame.what_you_get", "victim_blaming.blame", 2,
    "'Dyna be ti'n gael am anfon lluniau' / 'dyna be mae hi'n ei gael'",
    r"\b(dyna|dyma|na)\s+(be|beth)\s+(ti|chdi|hi|nhw|mae hi|ma hi|maen nhw|ma nhw)\s*('?n|yn)\s+(ei\s+)?<m:cael>\s+"
    r"(am|pan|os|for)\b",
    alt(BLAME_NEG, r"\b(gwobr|wobr|marc|marciau|medal|fedal|tlws|dlws|prize|award|ennill|ras|gem|game|parti|"
        r"party|pen-?blwydd|penblwydd|birthday|pres|arian|talu|dalu)\b"))
pat("cy.min.whats_the_big_deal", "victim_blaming.minimising", 1,
    "'Be 'di'r big deal?' / 'be ydi'r ffys?'",
    r"\b(be|beth|ba)\s*('?di|ydi|yw|di|'?yw)\s*'?r\s+(big deal|<m:ffys>|ffws|broblem|drama|sioe)\b",
    alt(HELP_BENIGN, r"\b(wifi|signal|bws|fws|tywydd|dywydd|ffon|phone|cyfrifiadur|gliniadur|laptop|car|gar|"
        r"athro|athrawes|miss|syr|gwers|wers|ffilm|film|sioe|show)\b"))
pat("cy.prot.youre_being", "protective.challenge", 1,
    "'Ti'n bod yn creep / afiach / weird' (said to the one doing it)",
    r"\b(ti|chdi|chi|wyt ti)\s*('?n|yn)\s+(bod yn|bod mor|rili bod yn)\s+(creep|creepy|perv|pervert|afiach|ych|"
    r"weird|<m:rhyfedd>|<m:ffiaidd>|sicko|sick|gross|<m:cas>|<m:creulon>|disgusting|vile)\b"
    r"|\b(nid|dim)\s+dy\s+<m:lle>\s+(di|chdi)?\s*(i|ydi|yw)\b",
    alt(HELP_BENIGN, r"\b(lol|haha|jk|gem|game|ffilm|film|sioe|show|tiwn|diwn|can|gan|song|bwyd|fwyd)\b"))
pat("cy.prot.how_would_you_like", "protective.challenge", 1,
    "'Sut fasat ti'n licio tasa rhywun yn neud hynna i dy chwaer?'",
    r"\b(sut|shwt|shwd)\s+(fysat|fasat|fyddet|fydde|fasech|fysech|byddet|baset|fyset|fasa|fysa)\s+(ti|chdi|chi)\s*"
    r"('?n|yn)\s+(<m:licio>|<m:lecio>|<m:hoffi>|<m:mwynhau>)\s+(tasa|tase|petai|pe bai|os|if)\b",
    r"\b(ffilm|film|gem|game|parti|party|trip|gwyliau|wyliau|bwyd|fwyd|pizza|pitsa|lliw|colour)\b")
pat("cy.prot.how_to_tell", "protective.help_seeking", 1,
    "'Sut dwi'n deud wrth Mam?' / 'be ddylwn i ddeud wrth athro?'",
    r"\b(sut|shwt|shwd)\s+(dwi'?n|fi'?n|alla i|galla i|fedra i|medra i|mae rhywun yn|ma rhywun yn)\s+"
    r"(<m:deud>|<m:dweud>|<m:gweud>|<m:son>)\s+(wrth|i)\s+(mam|dad|fy (mam|nhad|rhieni|rieni)|<m:rhywun>|<m:athro>|"
    r"<m:athrawes>|miss|syr|<m:oedolyn>|yr heddlu)\b"
    r"|\b(be|beth)\s+(<m:dylwn>|<m:dylen>|<m:dylswn>)\s+i\s+(<m:deud>|<m:dweud>|<m:gweud>)\s+wrth\s+(<m:athro>|"
    r"<m:athrawes>|miss|syr|mam|dad|fy (mam|nhad|rhieni)|<m:rhieni>|<m:oedolyn>)\b",
    alt(HELP_BENIGN, SECRET_BENIGN, r"\b(hwyr|late|colli|golli|torri|dorri|cit|kit|marc|marciau|canlyniad\w*|"
        r"ganlyniad\w*|prawf|brawf|arholiad|exam|ditensiwn|detention)\b"))
pat("cy.prot.you_deserve_better", "protective.support", 1,
    "'Ti'n haeddu gwell' / 'dim ti sy ar fai' / 'paid â gwrando arno fo, ti'n werth mwy'",
    r"\b(ti|chdi)\s*('?n|yn)\s+<m:haeddu>\s+(gwell|well|mwy|llawer gwell|lot gwell)\b"
    r"|\b(dim|nid)\s+(ti|chdi)\s+(sy|sydd|oedd)\s+ar\s+<m:bai>\b"
    r"|\b(ti|chdi)\s*('?n|yn)\s+werth\s+(mwy|llawer mwy|lot mwy)\b",
    alt(HELP_BENIGN, r"\b(marc|farc|marciau|gradd|radd|sgor|score|gem|game|gol|goal|reff|penalti|tim|team|cyflog|"
        r"pres|arian|swydd)\b"))


# ---------------------------------------------------------------- output
def render():
    names = sorted(V, key=len, reverse=True)

    def sub(rx):
        for _ in range(2):
            for n in names:
                rx = rx.replace("{" + n + "}", V[n])
        left = re.findall(r"\{[A-Z_]+\}", rx)
        if left:
            raise SystemExit(f"unknown vocabulary name(s): {left}")
        return rx

    out = [
        "# c2chat core-cy lexicon v0.2.0: Welsh and Welsh-English regex patterns. GENERATED by",
        "# scripts/core_cy_patterns.py: edit that script, not this file.",
        "# Written for c2chat; needs review by a Welsh speaker. Written from the category definitions",
        "# (docs/categories.md) and knowledge of Welsh; no evaluation message copied (0.2.0 was tuned on dev-cy's",
        "# error shapes: see lexicons/core-cy/README.md).",
        "# Rust `regex` syntax (no lookaround, no backreferences) over the NORMALISED message: lower case,",
        "# straight apostrophes, diacritics folded (jôc -> joc, rŵan -> rwan), leetspeak folded, 3+ letter",
        "# runs squeezed. `<m:word>` is replaced by the loader with a group of the word's radical and",
        "# mutated forms (mutations.toml). `unless`: if it matches anywhere, the pattern gives no hit.",
        "# Ids start with `cy.` so they never clash with core's. sexualised.explicit has no patterns.",
        "",
    ]
    last = None
    for pid, cat, sev, desc, rx, unless in P:
        top = cat
        if top != last:
            out.append(f"# ======== {cat}")
            last = top
        rx = sub(rx)
        unless = sub(unless) if unless else ""
        for s in (rx, unless, desc):
            if "'''" in s:
                raise SystemExit(f"{pid}: triple quote in a literal string")
        out.append("[[pattern]]")
        out.append(f'id = "{pid}"')
        out.append(f'category = "{cat}"')
        out.append(f"severity = {sev}")
        out.append('description = "' + desc.replace("\\", "\\\\").replace('"', '\\"') + '"')
        out.append(f'source = "{SRC}"')
        out.append(f"regex = '''{rx}'''")
        if unless:
            out.append(f"unless = '''{unless}'''")
        out.append("")
    return "\n".join(out)


def main():
    text = render()
    if "--check" in sys.argv:
        if not OUT.exists() or OUT.read_text() != text:
            sys.exit(f"{OUT} is out of date: run python3 scripts/core_cy_patterns.py")
        print(f"{OUT.relative_to(ROOT)} is up to date ({len(P)} patterns)")
        return
    OUT.write_text(text)
    print(f"wrote {OUT.relative_to(ROOT)} ({len(P)} patterns)")


if __name__ == "__main__":
    main()
