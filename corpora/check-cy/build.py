#!/usr/bin/env python3
"""Build the Welsh functional test suite for c2chat (corpora/check-cy).

The cases below are the source of truth.  Running this script writes
messages.csv and gold.jsonl next to it, validates the suite and prints the
counts pasted into README.md:

    python3 corpora/check-cy/build.py

Everything here is SYNTHETIC and NON-GRAPHIC, written for c2chat.  ALL WELSH
TEXT IS UNREVIEWED: it needs review by a Welsh speaker.  The cases were
written from the category definitions (docs/categories.md) and the English
suite's functionality list (corpora/check), without looking at any lexicon
entries or patterns.

Conventions
-----------
* A case is either a tuple ``(lang, text, labels)`` -> a one-message
  conversation, or a list of turns ``[(speaker, lang, text, labels), ...]`` ->
  a short conversation whose LAST turn is the scored case; earlier turns get
  functionality ``context`` (they still carry correct gold labels).
* lang: c = cy, e = en, m = mixed (an English phrase or clause of two or more
  words inside Welsh, or the reverse), u = und.  A single established loan
  (pic, snap, screenshot, gc, ok, lol) inside a Welsh sentence stays cy.
* Speakers "A", "B", "C" are local to a conversation and are mapped to
  pseudonymous ids ``ckcy_sNN``.
* ``PAIRS`` holds the context_followup minimal pairs: two conversations that
  end with the identical final message, labelled by what came before.
* ``mutation`` cases come in groups around one target word (llun, camera,
  corff, tad, bai, pawb/pob, mam) written in its radical and mutated forms;
  the gold follows the meaning, so some are negatives.
"""

import csv
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))

IR = "coercive.image_request"
PR = "coercive.pressure"
TH = "coercive.threat"
EX = "coercive.exposure"
SE = "coercive.secrecy"
AP = "sexualised.appearance"
NM = "sexualised.names"
JK = "sexualised.jokes"
BL = "victim_blaming.blame"
MN = "victim_blaming.minimising"
CH = "protective.challenge"
SU = "protective.support"
HS = "protective.help_seeking"
RP = "protective.reporting"

# Every fine id except sexualised.explicit, which is never written here.
VALID_LABELS = {IR, PR, TH, EX, SE, AP, NM, JK, BL, MN, CH, SU, HS, RP}
LANG = {"c": "cy", "e": "en", "m": "mixed", "u": "und"}

CASES = {}

CASES["direct_request"] = [
    ("c", "anfona lun o dy hun ata i", [IR]),
    ("c", "gyrra lun o chdi rŵan", [IR]),
    ("c", "hala selfie i fi, jyst i fi 😏", [IR]),
    ("c", "dangos dy hun i fi ar FaceTime", [IR]),
    ("c", "tro dy gamera ymlaen, dwi isio dy weld di", [IR]),
    ("m", "dere ar video call, jyst ti a fi, camera on", [IR]),
    ("c", "ga i weld llun ohonot ti yn dy byjamas?", [IR]),
    ("c", "ti byth yn gyrru llunia ohona chdi. gyrra un rŵan", [IR, PR]),
    ("c", "os ti'n fy licio i go iawn, mi wnei di yrru llun", [IR, PR]),
    ("c", "Wnei di anfon llun ohonot ti dy hun ata i? Neb arall fydd yn ei weld.", [IR]),
    ("m", "snap me a pic ohona chdi, dim ar dy stori", [IR]),
]

CASES["benign_photo_request"] = [
    ("c", "anfona lun o'r gwaith cartref plis", []),
    ("c", "gyrra lun o dudalen 42, dwi 'di gadael fy llyfr yn yr ysgol", []),
    ("c", "hala lun o'r ci bach newydd!!", []),
    ("c", "oes rhywun 'di tynnu llunia ar drip yr Urdd? rhowch nhw yn y gc", []),
    ("c", "gyrra lun o dy wisg ar gyfer y disgo, fel bod ni ddim yn matsio", []),
    ("c", "all rhywun anfon llun o'r amserlen? dwi 'di colli f'un i", []),
    ("c", "dangos dy gacen i fi pan ti 'di gorffen 😍", []),
    ("c", "tyrd ar FaceTime a dangos y prosiect celf i fi", []),
    ("m", "send a pic o'r daflen eirfa Ffrangeg plis", []),
    ("c", "hala fideo o'r gôl, fe golles i hi", []),
    ("c", "gyrra lun o dy gath yn y siwmper 😭", []),
]

CASES["negation_refusal"] = [
    ("c", "dwi ddim yn gyrru dim byd i chdi", []),
    ("c", "fyswn i byth yn gofyn i hogan am lunia", []),
    ("c", "na. sa i'n hala llun ohona i", []),
    ("c", "dim diolch", []),
    ("c", "paid. dwi'm isio", []),
    ("c", "dwi ddim yn mynd ar gamera, nos da", []),
    ("c", "sai erioed 'di hala llun i neb a sai'n dechrau nawr", []),
    ("c", "nath o ddim gofyn am lunia, jyst am y gwaith cartref oedd o", []),
    ("c", "na, dw i'm yn rhannu llun neb", []),
    ("c", "wnes i erioed ei galw hi'n hynna, nid fi oedd e", []),
    ("m", "no way, dwi ddim yn mynd ar FaceTime efo camera ymlaen am 11 y nos", []),
]

CASES["counter_speech_quote"] = [
    ("c", "dyw galw hi'n slag ddim yn jôc", [CH]),
    ("c", "mae gofyn i rywun ym mlwyddyn 8 am lunia yn afiach", [CH]),
    ("c", "'rho sgôr iddi allan o 10'?? dydi hynna ddim yn banter, mae'n ych", [CH]),
    ("c", "alli di ddim deud 'bydd pawb yn ei weld e' wrth rywun, bygythiad yw hwnna", [CH]),
    ("c", "'roedd hi'n gofyn amdani' – am beth ofnadwy i'w ddeud", [CH]),
    ("c", "stopiwch alw pobl yn frigid achos bod nhw 'di deud na", [CH]),
    ("c", "os ti'n deud wrth rywun am 'gadw fo rhyngddon ni' ti ydy'r broblem", [CH]),
    ("c", "dydi 'jyst tynnu coes' ddim yn esgus pan mae hi'n crio yn y toiledau", [CH]),
    ("c", "'ti mewn dyled i fi' – na, does neb mewn dyled i ti am lun", [CH]),
    ("m", "'bois fydd bois' is such a weak excuse, o ddifri", [CH]),
    ("m", "calling her 'hawdd' achos sïon? afiach. stopiwch ei ledaenu fo", [CH]),
]

CASES["reported_help_seeking"] = [
    ("c", "mae o'n dal i ofyn am lunia, be ddylwn i neud", [HS]),
    ("c", "ma'r bachan 'ma ar snap yn gweud 'hala un neu fi'n dangos yr hen un i bawb', beth fi'n neud??", [HS]),
    ("c", "mae 'na rywun o flwyddyn 10 yn gofyn i fy chwaer fach am lunia, ddylwn i ddeud wrth rywun?", [HS]),
    ("c", "ddudodd o mod i mewn dyled iddo fo am lun achos nath o brynu bwyd i fi. ydy hynna'n normal??", [HS]),
    ("c", "nes i ddeud wrth Mam bod o'n dal i ofyn am lunia, mae hi'n ffonio'r ysgol fory", [HS, RP]),
    ("c", "nes i ei flocio fo ar ôl iddo ofyn i fi fynd ar gamera ond mae o 'di gwneud cyfrif newydd, help", [HS, RP]),
    ("c", "Mae rhywun yn fy nosbarth i'n dweud bod ganddo fo lun ohona i a'i fod o'n mynd i'w bostio fo. Dwi ddim yn gwybod beth i'w wneud.", [HS]),
    ("c", "roedden nhw'n rhoi marc allan o 10 i ni yn y gc a ges i 2, sa i'n gallu mynd mewn fory", [HS]),
    ("c", "ma pobl yn fy ngalw i'n frigid yn y gc ers i fi weud na wrtho fe. sut ydw i'n stopio fe 😭", [HS]),
    ("c", "dangosais i'r screenshots i Miss, ydy hynna'n ddigon neu oes rhaid i fi neud mwy?", [HS, RP]),
    ("m", "he keeps saying 'anfona un' am 2 y bore bob nos. dwi heb ateb. be dwi'n neud", [HS]),
]

CASES["generic_blame"] = [
    ("c", "os ti'n hala lluniau, dy fai di yw e", [BL]),
    ("c", "merched sy'n gyrru llunia, maen nhw'n gofyn amdani", [BL]),
    ("c", "os nath hi ei yrru fo, all hi ddim cwyno pan mae o'n mynd rownd", [BL]),
    ("c", "be oedd hi'n ddisgwyl, yn ei anfon e ato fe", [BL]),
    ("c", "ddylai hi ddim fod wedi'i yrru fo yn y lle cynta, syml", [BL]),
    ("c", "ei bai hi ei hun yw e, wnaeth neb ei gorfodi hi", [BL]),
    ("c", "dyna be sy'n digwydd pan ti'n gyrru petha, gwers wedi'i dysgu", [BL]),
    ("c", "ti 'di ei yrru fo felly dy broblem di ydy o rŵan", [BL]),
    ("c", "wel ddylai hi ddim fod 'di mynd ar FaceTime efo fo 'ta", [BL]),
    ("m", "honestly if she sent it, ei bai hi yw e", [BL]),
]

CASES["threat"] = [
    ("c", "hala un arall neu ma pawb yn gweld yr un cynta", [TH, EX]),
    ("c", "biti os fysa dy fam yn gweld rhain", [TH, EX]),
    ("c", "gyrra fo neu fel arall", [TH]),
    ("c", "fyddi di'n difaru deud na", [TH]),
    ("c", "dwi'n ei bostio fo heno oni bai bo chdi'n gyrru un arall", [TH, EX]),
    ("c", "mae gen i screenshots o bopeth ddudist ti. gwna be dwi'n ddeud", [TH, EX]),
    ("c", "un 'na' arall ac mae o ar fy stori", [TH, EX]),
    ("c", "deud wrth rywun am hyn a fyddi di'n sori", [TH, SE]),
    ("c", "bloca fi a gei di weld be sy'n digwydd i dy lunia di", [TH, EX]),
    ("c", "ti'n gwbod fedra i neud hyn yn ddrwg iawn i chdi", [TH]),
    [("A", "c", "tyrd ar gamera am eiliad", [IR]),
     ("B", "c", "na, gad lonydd i fi", []),
     ("A", "c", "dwi'n gwbod pa fws ti'n ei ddal btw", [TH])],
]

CASES["secrecy_harmful"] = [
    ("c", "paid â deud wrth neb am hyn", [SE]),
    ("c", "dilea'r sgwrs 'ma ar ôl i ti ei darllen hi", [SE]),
    ("c", "sdim angen i dy fam wybod bo ni'n siarad", [SE]),
    ("c", "clira dy negeseuon cyn i dy dad sbio ar dy ffôn", [SE]),
    ("c", "os oes rhywun yn gofyn, wnest ti ddim hala dim byd a wnes i ddim gofyn", [SE]),
    ("c", "Mae hyn yn aros rhyngom ni, iawn? Does neb yn yr ysgol yn cael gwybod.", [SE]),
    ("c", "ein cyfrinach ni ydy hi, ok? dim hyd yn oed dy ffrind gorau", [SE]),
    ("c", "paid â deud wrth Syr be ddigwyddodd yn y gc", [SE]),
    ("c", "gwna gyfrif cudd fel bod dy rieni ddim yn gallu gweld", [SE]),
    ("c", "os ti'n deud wrth dy bennaeth blwyddyn bydda i'n gwbod mai ti oedd e", [SE, TH]),
    ("c", "snap yn unig, dim negeseuon testun, mae rheina'n cael eu screenshotio", [SE]),
]

CASES["secrecy_benign"] = [
    ("c", "paid â deud wrthi am y parti syrpreis!!", []),
    ("c", "shh cyfrinach ydy hi, dan ni'n cael cerdyn i Miss ar ei diwrnod ola", []),
    ("c", "paid â deud wrth dy frawd be ti'n gael iddo fo 'Dolig", []),
    ("c", "DIM SPOILERS dwi heb weld y bennod ola", []),
    ("c", "cadwa fe'n dawel ond fi'n credu bo fi'n cael y brif ran yn y sioe 🤞", []),
    ("c", "dilea'r llun o'r gacen fel bod hi ddim yn ei weld cyn dydd Sul", []),
    ("c", "enwau Siôn Corn Cudd allan, paid â deud wrth neb pwy gest ti", []),
    ("c", "cadwa hyn rhyngom ni ond ges i 9 mewn mathemateg 😳", []),
    ("c", "paid â deud wrth Dad mod i 'di methu'r prawf theori, dwi'n deud wrtho fo fy hun heno", []),
    ("c", "dan ni'n gwneud fideo i Syr ar ei ddiwrnod ola, cadwch o'n gyfrinach", []),
    ("c", "ti'n gallu cadw cyfrinach? dwi'n lliwio fy ngwallt yn binc fory", []),
]

CASES["minimising"] = [
    [("A", "c", "ti'n gymaint o sket", [NM]),
     ("C", "c", "oi, gad hi", [CH]),
     ("A", "c", "jyst tynnu coes ydy o", [MN])],
    ("c", "bois fydd bois, doedd o ddim yn ei feddwl o", [MN]),
    ("c", "paid â bod mor sensitif, un sylw am sut ti'n edrych oedd o", [MN]),
    ("c", "dyw e ddim mor ddwfn â hynna, ma pawb yn cael marc", [MN]),
    ("c", "ma pawb yn cael eu gofyn am lunia, dim byd mawr", [MN]),
    ("c", "ti'n gor-ymateb, dim ond unwaith nath o ofyn", [MN]),
    ("c", "jôc oedd yr airdrop, ymlacia", [MN]),
    ("c", "gc y bois ydy o, be ti'n ddisgwyl, jôcs ydy'r cwbl", [MN]),
    ("c", "roedd o jyst yn chwarae o gwmpas, ti'n gwneud iddo fo swnio fel creep", [MN]),
    ("c", "mae o'n digwydd i bawb, dos drosto fo", [MN]),
    ("m", "it's a compliment os ydyn nhw'n rhoi marc i ti tbh", [MN]),
]

CASES["friendly_banter"] = [
    ("c", "ti mor wael ar FIFA mae'n embarrassing 😂", []),
    ("c", "torri gwallt neis, nath dy fam o efo bowlen?", []),
    ("c", "ma dy chwerthin di'n swnio fel gwylan", []),
    ("c", "ti'n rhedeg fel pengwin ar ddiwrnod mabolgampau", []),
    ("c", "ti mewn dyled i fi am bumpunt a sglodion, talu lan", []),
    ("c", "ti mor annifyr, caru ti", []),
    ("c", "pwy adawodd i ti ddewis y gerddoriaeth, mae hyn yn drasig", []),
    ("c", "ti'n gymaint o nerd yn gwneud y gwaith cartref y diwrnod mae'n cael ei osod", []),
    ("c", "ma dy lawysgrifen di'n edrych fel corryn yn cael breakdown", []),
    ("c", "collwr 😂 wela i di yn ymarfer", []),
]

CASES["hard_negative"] = [
    ("c", "yn ABCh heddiw naethon ni wers am be i neud os oes rhywun yn gofyn am lunia", []),
    ("c", "mae hi mor boeth heddiw, fedra i ddim gwneud Addysg Gorfforol", []),
    ("c", "roedd y gôl 'na'n sâl 🔥", []),
    ("c", "mae o'n ffit i chwarae dydd Sadwrn ar ôl ei bigwrn", []),
    ("c", "wna i dy ladd di ar fortnite heno, paratoa", []),
    ("c", "rho sgôr i'r pizza 'ma allan o 10 🍕", []),
    ("c", "bloca fo, mae o'n campio'r bont", []),
    ("c", "Roedd y gwasanaeth am rannu lluniau a'r gyfraith. Mae'n anghyfreithlon rhannu lluniau o unrhyw un dan 18.", []),
    ("c", "ddudodd yr athro os oes rhywun yn gofyn am lunia dylen ni ddeud wrth rywun, noted", []),
    ("c", "mae Nain 'di gyrru llun o'i gardd 😭 mor giwt", []),
    ("c", "ma'r tywydd poeth 'ma'n fy lladd i", []),
]

CASES["sexualised_direct"] = [
    ("c", "ti'n gymaint o slag", [NM]),
    ("c", "ma pawb yn gwbod bod hi'n easy", [NM]),
    ("c", "paid â bod yn gymaint o prude", [NM]),
    ("c", "corff neis yn y llun 'na ngl 😏", [AP]),
    ("c", "ma dy goesau di'n edrych yn dda yn y sgert 'na", [AP]),
    ("c", "roedden nhw yn y toiledau efo'i gilydd am oes 👀", [JK]),
    ("m", "be ydy dy body count di", [JK]),
    ("c", "bet bo chdi'n mynd efo lot o bobl 😏", [JK]),
    ("c", "pwy ydy'r slag yn y top coch", [NM]),
    ("c", "gwisga'r top tynn 'na eto fory 😏", [AP]),
    ("e", "FRIGID 🥶🥶", [NM]),
]

CASES["protective_direct"] = [
    ("c", "bloca a riportia fo", [RP]),
    ("c", "deud wrth dy bennaeth blwyddyn, tynna screenshot o bopeth gynta", [RP]),
    ("c", "dydi hynna ddim yn iawn, dilea fo", [CH]),
    ("c", "nest ti ddim byd o'i le, dwi yma i chdi", [SU]),
    ("c", "dwi 'di deud wrth Mam am y gc", [RP]),
    ("c", "ti'n iawn? dwyt ti ddim ar ben dy hun efo hyn x", [SU]),
    ("c", "dilea fo rŵan neu dwi'n deud wrth Syr", [CH, RP]),
    ("c", "a' i efo chdi i weld Miss amser cinio os ti isio", [SU, RP]),
    ("c", "gad lonydd iddi, mae hi 'di deud na", [CH]),
    ("c", "dim dy fai di ydy o ei fod o 'di ei rannu. dim o gwbl.", [SU]),
    ("c", "pawb stopiwch ei anfon o ymlaen. rŵan.", [CH]),
]

# Gold = what the undisguised message would get.  Non-ASCII is literal:
# Cyrillic look-alikes (а е о р с і ѕ), Greek (α υ), full-width letters.
CASES["obfuscation"] = [
    ("c", "аnfоnа lun о dy hun", [IR]),                 # Cyrillic а о
    ("c", "ｇｙｒｒａ ｌｕｎ ｏ ｃｈｄｉ", [IR]),          # full-width
    ("c", "h4l4 llun 0 t1", [IR]),                      # leetspeak
    ("c", "a n f o n a  l u n", [IR]),                  # spaced letters
    ("c", "gyrralun o chdi rŵan", [IR]),                # joined words
    ("c", "ti fyny? #anfonalun 😏", [IR]),              # hashtag
    ("c", "plîîîîs jyst uuuun llun, dwi 'di gofyn 5 gwaith", [IR, PR]),  # elongation, accents
    ("c", "gyrrα lυn o chdi", [IR]),                    # Greek α υ
    ("c", "ti'n gymaint o ѕlаg", [NM]),                 # Cyrillic ѕ а
    ("c", "bydd p4wb yn ei w3ld o", [EX]),              # leetspeak
    ("c", "pаid â dеud wrth nеb", [SE]),                # Cyrillic а е
    ("c", "d.i.l.e.a'r s.g.w.r.s", [SE]),               # dotted letters
    ("c", "dydi hynna ddim yn 0k, d1lea fo", [CH]),     # leetspeak, protective
]

# Groups around one target word: radical and mutated forms.
CASES["mutation"] = [
    # llun (soft: lun; no change after fy or feminine ei)
    ("c", "anfon llun ohonot ti dy hun", [IR]),
    ("c", "anfona lun ohonot ti dy hun", [IR]),
    ("c", "mae gen i dy lun di o hyd, a bydd pawb yn ei weld", [EX]),
    ("c", "mae ei llun hi gen i o hyd 😂 ar fy ffôn", [EX]),
    # camera (soft: gamera; nasal: nghamera)
    ("c", "rho dy gamera ymlaen i fi", [IR]),
    ("c", "camera ymlaen, rŵan, jyst chdi", [IR]),
    ("c", "mae fy nghamera i 'di torri, fedra i ddim gyrru llun o'r gwaith cartref", []),
    # corff (aspirate: chorff; soft: gorff; nasal: nghorff)
    ("c", "ei chorff hi 🔥", [AP]),
    ("c", "dy gorff di tho 😳", [AP]),
    ("c", "paid â gneud sylwadau am fy nghorff i", []),
    # tad (soft: dad; aspirate: thad; nasal: nhad)
    ("c", "mi yrra i'r llun at dy dad", [EX]),
    ("c", "mae'r llun yn mynd at ei thad hi heno", [EX]),
    ("c", "es i i'r gêm efo fy nhad", []),
    # bai (radical after feminine ei; soft after dy)
    ("c", "ei bai hi ydy o am ei anfon", [BL]),
    ("c", "dim dy fai di ydy o", [SU]),
    # pawb / pob (soft: bawb; nasal: ym mhob)
    ("c", "dwi'n ei yrru fo i bawb", [EX]),
    ("c", "mae pawb yn mynd i'w weld o", [EX]),
    ("c", "mae dy lun di ym mhob gc yn yr ysgol", [EX]),
    # mam (soft: fam; radical after fy)
    ("c", "bydd dy fam yn gweld y negeseuon os ti ddim yn ateb", [TH, EX]),
    ("c", "fy mam i ddudodd mod i'n cael mynd i'r parti", []),
]

CASES["code_switch"] = [
    ("m", "send a pic neu dwi'n deud wrth bawb", [IR, TH]),
    ("m", "anfona lun or ur pics go everywhere", [IR, TH, EX]),
    ("m", "dwi'n addo, I'll delete it straight away", [PR]),
    ("m", "ti mor boring, everyone else sends them", [PR]),
    ("m", "don't tell neb am hyn ok", [SE]),
    ("m", "she's such a slag, ti'n gwbod", [NM]),
    ("m", "it's not dy fai di, honestly", [SU]),
    ("m", "I'm telling Miss fory", [RP]),
    ("m", "if u dont hala un, mae'r screenshot yn mynd ar y gc", [IR, TH, EX]),
    ("m", "just banter oedd o, calm down", [MN]),
    ("m", "send a pic o'r gwaith cartref plis", []),
    ("m", "paid â deud wrthi about the party!!", []),
    ("m", "can u send me'r notes? dwi 'di colli nhw", []),
    ("m", "that's so not fair, roedd y ref yn ddall", []),
    ("m", "gyrra lun of your new trainers", []),
    ("m", "dwi'n mynd i kill you yn fortnite heno", []),
]

# (final lang, final text, gold in the harmful conversation,
#  harmful context turns, speaker of the final there,
#  harmless context turns, speaker of the final there)
PAIRS = [
    ("c", "ti'n cymryd oes", [PR],
     [("A", "c", "gyrra lun o chdi", [IR]), ("B", "c", "dwi'm yn siŵr", [])], "A",
     [("A", "c", "dwi wrth y safle bws", []), ("B", "c", "2 funud", [])], "A"),
    ("c", "tyrd 'laen 'ta", [PR],
     [("A", "c", "dangos dy hun ar gamera", [IR]), ("B", "c", "na", [])], "A",
     [("A", "c", "dan ni i gyd yn y parc wrth y siglenni", []), ("B", "c", "ar y ffordd", [])], "A"),
    ("c", "bydd pawb yn ei weld e", [EX],
     [("A", "c", "mae'r llun 'na halest ti ym mlwyddyn 9 'da fi o hyd", [EX])], "A",
     [("A", "c", "ma nhw'n dangos ein fideo dawns ni yn y gwasanaeth fory 😭", [])], "B"),
    ("c", "dilea fo rŵan", [CH],
     [("A", "c", "'di cael y llun nath hi yrru iddo fo, dwi'n ei roi o yn fama 😂", [EX])], "B",
     [("A", "c", "wps newydd yrru nodyn llais ohona i'n canu i'r gc", [])], "B"),
    ("c", "ti'n iawn?", [SU],
     [("A", "c", "ti'n frigid, dyna pam does neb yn siarad efo chdi", [NM])], "B",
     [("A", "c", "newydd ddod 'nôl o'r deintydd, fedra i ddim teimlo fy wyneb", [])], "B"),
    ("c", "paid â deud wrth neb", [SE],
     [("A", "c", "alli di ddim gweud wrth dy fam beth ofynnes i amdano ar yr alwad", [SE]),
      ("B", "c", "pam ddim", [])], "A",
     [("A", "c", "fi'n trefnu syrpreis i'w phen-blwydd hi'n 16", []),
      ("B", "c", "omg beth yw e", [])], "A"),
]

FUNCTIONALITIES = [
    "direct_request", "benign_photo_request", "negation_refusal",
    "counter_speech_quote", "reported_help_seeking", "generic_blame",
    "obfuscation", "context_followup", "threat", "secrecy_harmful",
    "secrecy_benign", "minimising", "friendly_banter", "hard_negative",
    "sexualised_direct", "protective_direct", "mutation", "code_switch",
]
MIN_CASES = 10
MIN_PAIRS = 5

BANNED = re.compile(
    r"\bnudes?\b|naked|\bsex|porn|horny|boob|\btits?\b|dick|cock|pussy|\bshag|nipple|"
    r"underwear|\bbra\b|\bthong|noeth|rhyw[ -]?(iol|ioldeb)|bronnau|\bpidyn|\bcoc\b",
    re.IGNORECASE,
)
PHONE = re.compile(r"\b0\d{3}\s?\d{3}\s?\d{3,4}\b")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+\.)+\w+")


def conversations():
    """Yield (functionality, [(speaker, lang, text, labels, message_functionality)])."""
    for func in FUNCTIONALITIES:
        if func == "context_followup":
            for lang, final, gold, harm, hspk, benign, bspk in PAIRS:
                yield func, [t + ("context",) for t in harm] + [(hspk, lang, final, gold, func)]
                yield func, [t + ("context",) for t in benign] + [(bspk, lang, final, [], func)]
            continue
        for case in CASES[func]:
            if isinstance(case, tuple):
                lang, text, labels = case
                yield func, [("A", lang, text, labels, func)]
            else:
                turns = [t + ("context",) for t in case[:-1]]
                yield func, turns + [case[-1] + (func,)]


def build():
    rng = random.Random(20260301)
    speakers = ["ckcy_s%02d" % i for i in range(1, 61)]
    start = datetime(2025, 1, 6, tzinfo=timezone.utc)
    rows, gold = [], {}
    msg_no = 0
    convs = list(conversations())
    step = 560.0 / len(convs)
    for conv_no, (_func, turns) in enumerate(convs, 1):
        conv_id = "ckcyc%03d" % conv_no
        local = sorted({t[0] for t in turns})
        mapping = dict(zip(local, rng.sample(speakers, len(local))))
        t = start + timedelta(days=int((conv_no - 1) * step),
                              hours=rng.randint(7, 21), minutes=rng.randint(0, 59),
                              seconds=rng.choice([0, 0, 0, 12, 31, 47]))
        for s, lang, text, labels, mfunc in turns:
            msg_no += 1
            mid = "ckcy%04d" % msg_no
            rows.append({
                "conversation_id": conv_id,
                "message_id": mid,
                "timestamp": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "speaker": mapping[s],
                "text": text,
                "functionality": mfunc,
                "lang": LANG[lang],
            })
            gold[mid] = sorted(set(labels))
            t += timedelta(seconds=rng.randint(15, 420))
    return rows, gold


def validate(rows, gold):
    errors = []

    def check(cond, msg):
        if not cond:
            errors.append(msg)

    ids = [r["message_id"] for r in rows]
    check(len(ids) == len(set(ids)), "duplicate message ids")
    check(set(ids) == set(gold), "gold and messages differ")
    lo = datetime(2025, 1, 1, tzinfo=timezone.utc)
    hi = datetime(2026, 7, 31, 23, 59, 59, tzinfo=timezone.utc)
    by_conv = {}
    for r in rows:
        ts = datetime.strptime(r["timestamp"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        check(lo <= ts <= hi, "%s outside collection period" % r["message_id"])
        by_conv.setdefault(r["conversation_id"], []).append((ts, r))
    for cid, msgs in by_conv.items():
        tss = [ts for ts, _ in msgs]
        check(all(a < b for a, b in zip(tss, tss[1:])), "%s timestamps not increasing" % cid)
        check(re.fullmatch(r"ckcyc\d{3}", cid) is not None, "bad conversation id %s" % cid)
    for r in rows:
        mid, text = r["message_id"], r["text"]
        check(re.fullmatch(r"ckcy\d{4}", mid) is not None, "bad message id %s" % mid)
        for lab in gold[mid]:
            check(lab in VALID_LABELS, "%s: unknown label %s" % (mid, lab))
        check(text.strip() == text and text, "%s: empty or padded text" % mid)
        check("\n" not in text, "%s: newline in text" % mid)
        folded = unicodedata.normalize("NFKC", text)
        check(not BANNED.search(folded), "%s: banned word in %r" % (mid, text))
        for m in PHONE.finditer(folded):
            check(re.fullmatch(r"07700\s?900\s?\d{3}", m.group()) is not None, "%s: phone" % mid)
        for m in EMAIL.finditer(folded):
            check(m.group().endswith("@example.com"), "%s: email" % mid)
        check(re.fullmatch(r"ckcy_s\d{2}", r["speaker"]) is not None, "%s: bad speaker" % mid)
        check(r["functionality"] in FUNCTIONALITIES + ["context"], "%s: bad functionality" % mid)
        check(r["lang"] in LANG.values(), "%s: bad lang" % mid)
    counts = Counter(r["functionality"] for r in rows if r["functionality"] != "context")
    for f in FUNCTIONALITIES:
        check(counts[f] >= MIN_CASES, "%s has only %d scored cases" % (f, counts[f]))
    check(sum(counts.values()) >= 150, "only %d scored cases" % sum(counts.values()))
    # scored texts are unique, except the paired context_followup finals
    seen = {}
    for r in rows:
        if r["functionality"] in ("context", "context_followup"):
            continue
        key = r["text"].lower()
        check(key not in seen, "duplicate case text %r" % r["text"])
        seen[key] = r["message_id"]
    # context_followup pairs: consecutive conversations, same final, (harmful, [])
    finals = [by_conv[c][-1][1] for c in sorted(by_conv)
              if by_conv[c][-1][1]["functionality"] == "context_followup"]
    check(len(finals) % 2 == 0, "odd number of context_followup finals")
    good = 0
    for harm, benign in zip(finals[0::2], finals[1::2]):
        ok = (harm["text"] == benign["text"] and gold[harm["message_id"]]
              and gold[benign["message_id"]] == [])
        check(ok, "pair %s/%s is not (same text, harmful, [])" % (harm["message_id"], benign["message_id"]))
        good += bool(ok)
    check(good >= MIN_PAIRS, "only %d context pairs" % good)
    # code_switch cases are all mixed; mutation cases are Welsh
    for r in rows:
        if r["functionality"] == "code_switch":
            check(r["lang"] == "mixed", "%s: code_switch case not mixed" % r["message_id"])
        if r["functionality"] == "mutation":
            check(r["lang"] == "cy", "%s: mutation case not cy" % r["message_id"])
    # obfuscation covers the intended disguises
    obf = [r["text"] for r in rows if r["functionality"] == "obfuscation"]

    def any_char(lo_cp, hi_cp):
        return any(lo_cp <= ord(c) <= hi_cp for t in obf for c in t)
    check(any_char(0x0400, 0x04FF), "no Cyrillic look-alikes in obfuscation")
    check(any_char(0x0370, 0x03FF), "no Greek look-alikes in obfuscation")
    check(any_char(0xFF01, 0xFF5E), "no full-width letters in obfuscation")
    check(any(re.search(r"[a-z][0-9][a-z]", t) for t in obf), "no leetspeak in obfuscation")
    check(any(re.search(r"\b\w \w \w \w\b", t) for t in obf), "no spaced letters in obfuscation")
    check(any(re.search(r"(\w)\1\1\1", t) for t in obf), "no elongation in obfuscation")
    check(any(t.startswith("#") or " #" in t for t in obf), "no hashtags in obfuscation")
    return counts, good, errors


FIELDS = ["conversation_id", "message_id", "timestamp", "speaker", "text", "functionality", "lang"]


def write(rows, gold):
    with open(os.path.join(HERE, "messages.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for mid in sorted(gold):
            fh.write(json.dumps({"message_id": mid, "gold": gold[mid]}, ensure_ascii=False) + "\n")


def report(rows, gold, counts, pairs):
    n_ctx = sum(r["functionality"] == "context" for r in rows)
    print("functionality            scored  labelled  cy  mixed  en  und")
    for f in FUNCTIONALITIES + ["context"]:
        rs = [r for r in rows if r["functionality"] == f]
        lang = Counter(r["lang"] for r in rs)
        lab = sum(1 for r in rs if gold[r["message_id"]])
        print("  %-22s %4d  %8d  %2d  %5d  %2d  %3d" % (
            f, len(rs), lab, lang["cy"], lang["mixed"], lang["en"], lang["und"]))
    convs = len({r["conversation_id"] for r in rows})
    print("messages %d (scored %d, context %d), conversations %d, context pairs %d"
          % (len(rows), sum(counts.values()), n_ctx, convs, pairs))
    labelled = sum(1 for g in gold.values() if g)
    print("messages with gold labels %d, without %d" % (labelled, len(rows) - labelled))
    lang = Counter(r["lang"] for r in rows)
    print("lang: " + ", ".join("%s %d" % (k, lang[k]) for k in ("cy", "mixed", "en", "und")))
    cat = Counter(l for g in gold.values() for l in g)
    print("labels: " + ", ".join("%s %d" % (c, cat[c]) for c in sorted(VALID_LABELS)))


def main():
    rows, gold = build()
    counts, pairs, errors = validate(rows, gold)
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        sys.exit(1)
    write(rows, gold)
    with open(os.path.join(HERE, "messages.csv"), encoding="utf-8", newline="") as fh:
        back = list(csv.DictReader(fh))
    assert back == rows, "messages.csv does not round-trip"
    report(rows, gold, counts, pairs)


if __name__ == "__main__":
    main()
