#!/usr/bin/env python3
"""Build corpora/lang-cy: a held-out language-identification set (Welsh, English, mixed).

The conversations below are the source of truth. Running this script writes messages.csv and
gold.jsonl next to it and prints the counts:

    python3 corpora/lang-cy/build.py

Everything here is SYNTHETIC, NON-GRAPHIC and EVERYDAY (homework, sport, weather, family, food,
games, trips): no message is harmful, so every gold label list is empty ([]) and the set also
measures how many everyday Welsh and mixed messages are flagged. Written for c2chat in session 13
(2026-12-02) BEFORE the language-id rule was changed, and never used to tune it.
ALL WELSH TEXT IS UNREVIEWED: it needs review by a Welsh speaker (spellings, mutations, and the
language labels themselves).

lang is the writer's intended language of the message, with corpora/dev-cy's definition:
  c = cy (Welsh grammar; single established loans such as ok, lol, bored, cŵl inside it),
  e = en (English; Welsh names and place names aside, and one Welsh word such as "diolch"),
  m = mixed (an English phrase or clause of two or more words inside a Welsh message, or the
      reverse), u = und (emoji, too short to tell).
"""

import csv
import json
import os
import random
from collections import Counter
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["conversation_id", "message_id", "timestamp", "speaker", "text", "lang"]
LANGS = {"c": "cy", "e": "en", "m": "mixed", "u": "und"}

# Each conversation: a list of (speaker, lang, text); speakers A..D are local to a conversation.
CONVERSATIONS = [
    [("A", "c", "wyt ti 'di gorffen y gwaith cartref maths?"),
     ("B", "c", "naddo, dwi'n styc ar gwestiwn pump"),
     ("A", "m", "same, I literally don't get it o gwbl"),
     ("B", "c", "gofyn i Mr [NAME_1] fory ella"),
     ("A", "e", "yeah or we just copy off [NAME_2] lol")],
    [("A", "c", "ti'n dod i ymarfer pêl-droed heno?"),
     ("B", "c", "sai'n siŵr, ma 'nghoes i'n dost"),
     ("A", "e", "aw that's rubbish, hope it gets better"),
     ("B", "c", "diolch, wela i ti ddydd Sadwrn")],
    [("A", "e", "is the bus late again or is it just me"),
     ("B", "e", "it's stuck behind a tractor on the hill"),
     ("A", "e", "classic, we're going to miss registration"),
     ("B", "m", "o wel, dim ots, it's only tutor time")],
    [("A", "c", "be ti'n neud penwythnos 'ma?"),
     ("B", "c", "mynd i dŷ nain yn Sir Fôn"),
     ("A", "c", "braf, gobeithio fydd y tywydd yn neis"),
     ("B", "c", "ma hi'n deud bydd hi'n bwrw trwy'r dydd"),
     ("A", "c", "typical, mae wastad yn bwrw pan dwi adra")],
    [("A", "m", "ti isio chwarae Fortnite later? I'm on from seven"),
     ("B", "c", "ia iawn, ond dim ond am awr, ma gen i arholiad fory"),
     ("A", "m", "fair enough, gawn ni un gêm sydyn then"),
     ("B", "e", "bet, I'll send you an invite")],
    [("A", "e", "has anyone got the revision notes for chemistry"),
     ("B", "e", "I've got them, I'll put them in the group chat"),
     ("A", "e", "you're a legend thank you"),
     ("C", "m", "diolch o galon, you saved me")],
    [("A", "c", "Cofiwch ddod â'ch gwisg ymarfer corff ddydd Mawrth"),
     ("A", "c", "Bydd y bws yn gadael am hanner awr wedi wyth"),
     ("B", "c", "Diolch yn fawr, welwn ni chi yno")],
    [("A", "c", "fi'n starfo, ti moyn mynd i'r siop chips?"),
     ("B", "c", "ie, dere mlân, fi'n talu tro 'ma"),
     ("A", "c", "lush, ti'n seren"),
     ("B", "m", "wait, is it closed on a Monday? sai'n cofio")],
    [("A", "m", "have you heard y gân newydd gan Adwaith?"),
     ("B", "c", "do! ma hi'n anhygoel"),
     ("A", "e", "they're playing in Cardiff next month"),
     ("B", "m", "ni'n mynd, my mum's getting the tickets")],
    [("A", "e", "my dog ate my trainers again"),
     ("B", "e", "noooo not the new ones"),
     ("A", "e", "yep, the left one is basically gone"),
     ("B", "e", "you need to hide them on top of the wardrobe")],
    [("A", "c", "pen-blwydd hapus! gobeithio gei di ddiwrnod da"),
     ("B", "c", "diolch del! ti'n dod i'r parti nos Sadwrn?"),
     ("A", "c", "yndw siŵr, faint o'r gloch?"),
     ("B", "c", "tua saith, yn tŷ ni"),
     ("A", "m", "ok grêt, I'll bring some snacks")],
    [("A", "e", "we have swimming in PE tomorrow ugh"),
     ("B", "e", "I'm going to forget my towel I just know it"),
     ("A", "m", "tyrd â dau, rhag ofn, trust me")],
    [("A", "c", "ma hi'n oer ofnadw bore 'ma"),
     ("B", "c", "wi'n gwisgo tair haen a dal yn rhewi"),
     ("A", "c", "gwisga dy got fawr te"),
     ("B", "c", "sdim cot 'da fi, golles i hi wythnos dwetha")],
    [("A", "m", "how do you say I'm tired yn Gymraeg?"),
     ("B", "c", "dwi wedi blino"),
     ("A", "e", "thanks, and what about hungry?"),
     ("B", "c", "mae eisiau bwyd arna i"),
     ("A", "e", "that's so long lol, diolch though")],
    [("A", "c", "oes rhywun wedi gweld fy nghas pensil i?"),
     ("B", "c", "mae un glas ar y ddesg yn yr ystafell gelf"),
     ("A", "c", "ia dyna fo, diolch!"),
     ("B", "c", "dim problem")],
    [("A", "e", "what time does the film start on Saturday"),
     ("B", "e", "half six I think, we should get there early for popcorn"),
     ("A", "e", "can your mum give us a lift"),
     ("B", "e", "I'll ask her when she's back from work")],
    [("A", "m", "fi'n mynd mas gyda'r bois, you coming?"),
     ("B", "e", "can't, grounded till Friday"),
     ("A", "c", "o na, be ti 'di neud?"),
     ("B", "m", "forgot to do the dishes twice, mam yn grac")],
    [("A", "c", "wyt ti'n cystadlu yn yr Eisteddfod eleni?"),
     ("B", "c", "ydw, canu unawd a llefaru"),
     ("A", "c", "pob lwc! fydda i yn y gynulleidfa"),
     ("B", "c", "paid â gwneud i fi chwerthin pan dwi ar y llwyfan")],
    [("A", "e", "my phone screen cracked when I dropped it on the stairs"),
     ("B", "e", "put it in rice or something"),
     ("A", "e", "that's for water not cracks you muppet"),
     ("B", "e", "haha fair point")],
    [("A", "c", "pryd ma'r traethawd Saesneg due?"),
     ("B", "c", "dydd Gwener dwi'n meddwl"),
     ("A", "m", "oh no, I haven't even started, dwi mewn trwbl"),
     ("B", "m", "same tbh, let's do it yn y llyfrgell amser cinio")],
    [("A", "c", "sgen ti wefrydd ffôn sbâr?"),
     ("B", "c", "oes, yn fy mag i, cym o"),
     ("A", "c", "ti'n seren, dwi ar un y cant"),
     ("B", "c", "ha, ti wastad ar un y cant")],
    [("A", "e", "who's doing the presentation slides for geography"),
     ("B", "e", "I can do the intro and the map bit"),
     ("C", "e", "cool, I'll do the conclusion and references"),
     ("A", "e", "let's finish it Thursday after school")],
    [("A", "m", "mae nain yn dod draw for Sunday dinner"),
     ("B", "e", "nice, is she making her famous trifle"),
     ("A", "c", "gobeithio! mae o'n anhygoel"),
     ("B", "m", "save me some, dwi'n erfyn arnat ti")],
    [("A", "c", "ti'n gwbod pryd ma'r trip i Langrannog?"),
     ("B", "c", "mis nesa, ma'r llythyr yn dy fag di"),
     ("A", "c", "o ie, anghofies i'n llwyr"),
     ("B", "c", "ma angen i dy rieni ei arwyddo fe erbyn dydd Llun")],
    [("A", "e", "anyone want to swap lunches, I've got cheese sandwiches again"),
     ("B", "e", "I'll swap for my crisps"),
     ("A", "e", "deal, meet by the lockers")],
    [("A", "m", "ti 'di gweld y fideo 'na of the cat falling off the sofa?"),
     ("B", "e", "yes I watched it like ten times"),
     ("A", "c", "dwi'n methu stopio chwerthin"),
     ("B", "m", "send it to the group, mae pawb angen ei weld o")],
    [("A", "c", "Bore da, mae'r clwb drama wedi'i ganslo heddiw"),
     ("B", "c", "Pam? roedd pawb yn edrych ymlaen"),
     ("A", "c", "Mae Miss [NAME_1] yn sâl, bydd o'r wythnos nesaf yn lle")],
    [("A", "e", "we're going camping near Llanberis over half term"),
     ("B", "e", "nice, are you climbing Snowdon"),
     ("A", "e", "hopefully, if it doesn't rain the whole time"),
     ("B", "e", "bring proper boots, it gets slippy")],
    [("A", "e", "Dafydd and Rhys are coming to the cinema too"),
     ("B", "e", "cool, tell Gwenllian as well"),
     ("A", "e", "she's at her nan's in Aberystwyth this weekend")],
    [("A", "c", "mae gan ein cath ni gathod bach!"),
     ("B", "c", "naaa, faint sy 'na?"),
     ("A", "c", "pedwar, ac mae un yn hollol ddu"),
     ("B", "m", "omg I need to see them, ga i ddod draw?")],
    [("A", "m", "ffili ffeindio fy allweddi, can you check if I left them in your car"),
     ("B", "e", "I'll have a look when I get home"),
     ("A", "c", "diolch, ti'n achub bywyd")],
    [("A", "c", "dwi mor nerfus am yr arholiad Cymraeg"),
     ("B", "c", "byddi di'n iawn, ti 'di adolygu lot"),
     ("A", "c", "ond dwi'n anghofio popeth pan dwi'n nerfus"),
     ("B", "c", "anadla'n ddwfn a darllena'r cwestiwn yn ofalus")],
    [("A", "e", "did you see the match last night, what a goal"),
     ("B", "e", "no I was at my cousin's, who scored"),
     ("A", "e", "the new striker, right in the top corner")],
    [("A", "m", "ma'r wifi yn rubbish heddiw, I can't load anything"),
     ("B", "c", "trïa droi'r router i ffwrdd ac ymlaen eto"),
     ("A", "e", "did that already, still nothing"),
     ("B", "m", "rho gynnig arall arni in ten minutes")],
    [("A", "c", "ti'n ok? ti'n dawel iawn heddiw"),
     ("B", "c", "yndw, jyst wedi blino, nes i ddim cysgu lot"),
     ("A", "c", "ok, gad i fi wbod os ti isio siarad"),
     ("B", "c", "diolch, ti'n ffrind da")],
    [("A", "e", "our science teacher brought in a snake today"),
     ("B", "e", "no way, was it real"),
     ("A", "e", "yes, it was called Biscuit and it was tiny")],
    [("A", "m", "I told mam I'd be home by ten, so dw i angen gadael am hanner awr wedi naw"),
     ("B", "e", "ok I'll walk with you to the bus stop"),
     ("A", "m", "diolch yn fawr, see you tomorrow")],
    [("A", "c", "ddoi di i'r dre efo fi ar ôl ysgol?"),
     ("A", "c", "dwi angen prynu anrheg i mam"),
     ("B", "c", "iawn, ond rhaid i fi fod adra erbyn chwech"),
     ("A", "c", "dim probs, fyddan ni ddim yn hir")],
    [("A", "c", "enillon ni'r gêm rygbi o ugain pwynt!"),
     ("B", "c", "llongyfarchiadau! pwy sgoriodd?"),
     ("A", "c", "[NAME_1] gafodd ddau gais"),
     ("B", "c", "seren y tîm, fel arfer")],
    [("A", "m", "is the trip to Cardiff Bay still happening, achos mae'n bwrw glaw yn drwm"),
     ("B", "c", "ydy, bydd y bws yn gadael am naw"),
     ("A", "m", "ok, bringing my raincoat then, rhag ofn")],
    [("A", "e", "my little brother broke the games controller"),
     ("B", "e", "how did he even manage that"),
     ("A", "e", "he threw it when he lost at FIFA"),
     ("B", "e", "that's actually so funny")],
    [("A", "c", "mamgu'n dod lan o Abertawe dydd Sul"),
     ("B", "c", "neis, ti'n mynd â hi i'r traeth?"),
     ("A", "c", "falle, os bydd hi'n braf"),
     ("B", "c", "ma hi'n dwlu ar hufen iâ")],
    [("A", "m", "sori I didn't reply, ro'n i yn y gawod"),
     ("B", "c", "dim problem, o'n i jyst isio gwybod am fory"),
     ("A", "m", "yeah it's at ten, wela i di wrth y giât")],
    [("A", "c", "mae'r Urdd yn trefnu taith i'r gwersyll haf"),
     ("B", "c", "ti'n meddwl mynd?"),
     ("A", "c", "ydw, bydd e'n hwyl gyda'r criw i gyd")],
    [("A", "e", "can you bring the ball to the park at five"),
     ("B", "e", "sure, is Tom coming"),
     ("A", "e", "he said maybe, he's got piano first")],
    [("A", "m", "send me the homework sheet os ti'n ei gael o"),
     ("B", "c", "ia, wna i dynnu llun ohono fo heno"),
     ("A", "e", "thank you, you're the best")],
    [("A", "c", "haia, ti'n iawn?"),
     ("B", "c", "ydw diolch, a ti?"),
     ("A", "c", "iawn, jyst bored"),
     ("B", "c", "fi hefyd, ma'r gwyliau'n rhy hir")],
    [("A", "e", "brb my mum is calling me for tea"),
     ("B", "e", "ok, shout when you're back"),
     ("A", "e", "back, did I miss anything"),
     ("B", "e", "not really, just [NAME_1] moaning about homework")],
    [("A", "m", "ma'r athro newydd yn really strict, like he gave us a detention for talking"),
     ("B", "c", "o diar, be oedd ei enw fo?"),
     ("A", "m", "Mr [NAME_2], he teaches hanes a daearyddiaeth")],
    [("A", "c", "oes gen ti'r rhif ffôn i'r clwb nofio?"),
     ("B", "c", "nagoes, ond mae o ar eu gwefan nhw"),
     ("A", "c", "diolch, a' i i edrych")],
    [("A", "e", "the canteen has pizza today for once"),
     ("B", "e", "finally something decent"),
     ("A", "e", "get there early or it'll all be gone")],
    [("A", "m", "dwi'n mynd i'r gig nos Wener, it's going to be class"),
     ("B", "m", "lwcus! I wanted to go but it sold out"),
     ("A", "c", "bechod, ella fydd 'na un arall cyn Dolig")],
    [("A", "c", "mae fy mrawd i'n dechrau yn y brifysgol ym Mangor"),
     ("B", "c", "waw, be mae o'n astudio?"),
     ("A", "c", "cerddoriaeth, mae o'n chwarae'r delyn"),
     ("B", "c", "mae hynny'n cŵl")],
    [("A", "c", "shwt ma'r goes? ti'n gallu cerdded?"),
     ("B", "c", "bach yn well, wi'n dal i ddefnyddio'r baglau"),
     ("A", "c", "gwella'n glou, ni'n dy golli di ar y cae")],
    [("A", "e", "do we need calculators for the maths test"),
     ("B", "e", "only for paper two"),
     ("A", "e", "great, mine's out of battery")],
    [("A", "m", "can't wait for the holidays, dim mwy o waith cartref"),
     ("B", "e", "don't jinx it, we still have mocks"),
     ("A", "m", "ugh paid â'm atgoffa, I'm trying to forget")],
    [("A", "c", "dwi wedi gwneud cacen siocled i'r stondin gacennau"),
     ("B", "c", "swnio'n flasus, faint ydy hi?"),
     ("A", "c", "punt y darn, mae'r arian yn mynd i'r elusen")],
    [("A", "m", "ti'n gwybod lle mae'r ystafell gerdd? I'm new here"),
     ("B", "m", "yeah, it's lawr y coridor, wrth ymyl y neuadd"),
     ("A", "e", "thanks, got lost twice already")],
    [("A", "u", "😂😂😂"),
     ("B", "c", "ti'n gweld be dwi'n feddwl rŵan"),
     ("A", "c", "yndw, ma hi'n wallgo")],
    [("A", "c", "wnest ti gofio dy wisg ysgol ar gyfer y llun dosbarth?"),
     ("B", "c", "naddo! dwi'n gwisgo hwdi glas"),
     ("A", "c", "bydd Mrs [NAME_1] yn flin efo chdi"),
     ("B", "m", "she won't notice, dwi'n sefyll yn y cefn")],
    [("A", "e", "does anyone know if the library is open at lunch"),
     ("B", "e", "it is on Tuesdays and Thursdays"),
     ("A", "e", "nice one, I need to print my project")],
    [("A", "c", "gest ti dy ganlyniadau TGAU?"),
     ("B", "c", "do, pasio bob dim, dwi mor hapus"),
     ("A", "c", "da iawn ti! ti'n haeddu hynna"),
     ("B", "m", "thanks babe, we should celebrate yn y caffi")],
    [("A", "c", "ma'r ci drws nesa yn cyfarth ers oriau"),
     ("B", "c", "druan â ti, gwisga dy glustffonau"),
     ("A", "c", "mae'r batri wedi marw, wrth gwrs")],
    [("A", "m", "honestly the best part of the trip oedd y castell ar y bryn"),
     ("B", "c", "cytuno, roedd yr olygfa'n anhygoel"),
     ("A", "e", "I took loads of photos of the view")],
    [("A", "e", "what are you being for the Halloween disco"),
     ("B", "e", "a zombie probably, the face paint is easy"),
     ("A", "m", "classic, dwi am fod yn wrach eto")],
]


def build():
    rng = random.Random(19013)
    rows, gold = [], {}
    t = datetime(2025, 9, 8, 15, 30, tzinfo=timezone.utc)
    n = 0
    speakers = [f"lc_s{i:02d}" for i in range(1, 41)]
    for ci, conv in enumerate(CONVERSATIONS, 1):
        t += timedelta(days=rng.randint(1, 5), minutes=rng.randint(0, 600))
        local = dict(zip("ABCD", rng.sample(speakers, 4)))
        tt = t
        for who, lang, text in conv:
            n += 1
            tt += timedelta(seconds=rng.randint(20, 400))
            mid = f"lcy{n:04d}"
            rows.append({
                "conversation_id": f"lcyc{ci:03d}",
                "message_id": mid,
                "timestamp": tt.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "speaker": local[who],
                "text": text,
                "lang": LANGS[lang],
            })
            gold[mid] = []
    return rows, gold


def main():
    rows, gold = build()
    ids = [r["message_id"] for r in rows]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "messages.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for mid in sorted(gold):
            fh.write(json.dumps({"message_id": mid, "gold": gold[mid]}, ensure_ascii=False) + "\n")
    four = [r for r in rows if len(r["text"].split()) >= 4]
    print(f"messages {len(rows)}, conversations {len(CONVERSATIONS)}, of 4+ words {len(four)}")
    for lang, n in sorted(Counter(r["lang"] for r in rows).items()):
        print(f"{lang:6} {n:4}  (4+ words: {sum(1 for r in four if r['lang'] == lang)})")


if __name__ == "__main__":
    main()
