#!/usr/bin/env python3
"""Build the Welsh / Welsh-English development set (corpora/dev-cy).

The conversations below are the source of truth.  Running this script writes
messages.csv and gold.jsonl next to it, validates them and prints the counts
pasted into README.md:

    python3 corpora/dev-cy/build.py

Everything here is SYNTHETIC and NON-GRAPHIC, written for c2chat.  ALL WELSH
TEXT IS UNREVIEWED: it needs review by a Welsh speaker.  The messages were
written from the category definitions (docs/categories.md) and the labelled
English dev set's conventions only, without looking at any lexicon entries or
patterns.

Conventions
-----------
* A conversation is (platform, age_band, [turns]); a turn is
  (speaker, lang, text, labels).  Speakers "A".."D" are local to a
  conversation and are mapped to pseudonymous ids cy_sNN.
* lang is the writer's intended language of the message:
  c = cy (Welsh grammar; single established loans such as pic, snap,
      screenshot, gc, ok, lol, boring, tbh are allowed inside it),
  e = en, m = mixed (an English phrase or clause of two or more words
      inside a Welsh message, or the reverse), u = und (emoji, [image],
      "??", "lol", numbers, names only, too short to tell).
* Labels are the fine category ids (short codes below); [] = no label.
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

# Every fine category id of lexicons/core/lexicon.toml.  sexualised.explicit is
# valid but deliberately never used: the set contains no explicit vocabulary.
VALID_LABELS = {
    IR, PR, TH, EX, SE, AP, NM, JK, BL, MN, CH, SU, HS, RP,
    "sexualised.explicit",
}
LANG = {"c": "cy", "e": "en", "m": "mixed", "u": "und"}
PHASE = {"11-12": "ks3", "13-14": "ks3", "15-16": "ks4"}

CONVS = [
    # 1. North: request, persistence, insult after refusal
    ("snapchat", "15-16", [
        ("A", "c", "ti'n effro?", []),
        ("B", "m", "yndw, can't sleep", []),
        ("A", "c", "gyrra lun o chdi rŵan 😉", [IR]),
        ("B", "m", "na, I'm in bed lol", []),
        ("A", "m", "plis jyst un, no one else will see it", [IR, PR]),
        ("B", "c", "dwi 'di deud na", []),
        ("A", "c", "ti mor boring. ar ôl bob dim dwi 'di neud i chdi", [PR]),
        ("B", "c", "stopia ofyn", []),
        ("A", "m", "fine. everyone else sends them, ti jyst yn frigid", [PR, NM]),
    ]),
    # 2. South: maths homework, benign photo request
    ("whatsapp", "13-14", [
        ("A", "c", "oes rhywun 'di neud y gwaith cartref mathemateg?", []),
        ("B", "m", "na, I'm stuck ar gwestiwn 4", []),
        ("C", "m", "hala llun o gwestiwn 4 pan ti 'di gorffen, I'm so lost", []),
        ("A", "c", "[image] dyna ti", []),
        ("B", "c", "ma'r gwaith cartref 'ma'n fy lladd i", []),
        ("C", "m", "Miss said it's due Thursday, nid dydd Mercher", []),
        ("A", "e", "thank god", []),
        ("C", "m", "btw does anyone know pryd mae'r prawf?", []),
        ("B", "c", "wythnos nesa dwi'n meddwl", []),
    ]),
    # 3. North: blame, minimising, challenge, reporting
    ("instagram", "15-16", [
        ("A", "c", "welist ti be ddigwyddodd efo [NAME_1]?", []),
        ("B", "e", "yeah everyone's talking about it", []),
        ("B", "c", "tbh ddylia hi ddim 'di gyrru fo yn y lle cynta", [BL]),
        ("C", "m", "what did she expect, yn gyrru fo iddo fo lol", [BL]),
        ("D", "c", "dydi hynna ddim yn deg, fo rannodd o", [CH]),
        ("B", "c", "jyst jôc ydy o, ymlacia", [MN]),
        ("D", "m", "it's not a joke iddi hi. dylai rhywun ddeud wrth athro", [CH, RP]),
    ]),
    # 4. South: held image, conditional exposure threat mixing languages
    ("snapchat", "15-16", [
        ("A", "c", "ti'n dod i'r parti nos Sadwrn?", []),
        ("B", "e", "dunno yet", []),
        ("A", "c", "cofio'r llun 'na halest ti ata i llynedd?", []),
        ("B", "e", "what about it", []),
        ("A", "c", "ma fe 'da fi o hyd 😂", [EX]),
        ("B", "c", "dilea fe nawr plis", []),
        ("A", "m", "if u dont hala un arall mae e'n mynd ar y grŵp", [EX, IR, TH]),
        ("B", "c", "dyw hynna ddim yn iawn. fi'n dy flocio di", [CH, RP]),
        ("A", "m", "go on then, bydd pawb wedi'i weld e erbyn fory", [EX]),
        ("B", "m", "I'm reporting this i snap a fi'n gweud wrth fy mhennaeth blwyddyn", [RP]),
    ]),
    # 5. North: surprise party (benign secrecy)
    ("whatsapp", "11-12", [
        ("A", "c", "ok so ma'r parti i [NAME_2] ddydd Sadwrn", []),
        ("B", "m", "PAID â deud wrthi am y parti syrpreis!! it has to be a surprise", []),
        ("C", "u", "🤐🤐", []),
        ("A", "c", "cadwch o'n gyfrinach tan ei phen-blwydd hi ok", []),
        ("B", "c", "all rhywun yrru llun o'r gwahoddiad?", []),
        ("C", "m", "sent it on the other chat, sgrolia i fyny", []),
        ("A", "e", "bring snacks pls", []),
        ("C", "c", "pwy sy'n dod â'r balŵns?", []),
        ("B", "e", "me, I've got loads left from my brother's party", []),
    ]),
    # 6. South: rating a photo, challenge, minimising
    ("instagram", "15-16", [
        ("A", "m", "rate hi allan o 10 [image]", [AP]),
        ("B", "c", "8 ond ma'i choesau hi'n 10 🔥", [AP]),
        ("C", "c", "roedd ei sgert hi'n rhy fyr heddi lol", [AP]),
        ("D", "c", "ma hi'n 15 a chi'n rhoi sgôr i'w chorff hi? ych, ma hwnna'n rhyfedd", [CH]),
        ("A", "m", "it's just banter, ymlacia", [MN]),
        ("D", "c", "dyw e ddim yn banter os nad yw hi'n gwybod bo chi'n neud e", [CH]),
        ("B", "c", "ti mor sensitif omg", [MN]),
    ]),
    # 7. North: pyjamas request, guilt
    ("snapchat", "13-14", [
        ("A", "c", "be ti'n neud?", []),
        ("B", "c", "adolygu gwyddoniaeth 😩", []),
        ("A", "c", "gyrra lun ohona chdi yn dy byjamas ar snap", [IR]),
        ("B", "c", "na", []),
        ("A", "m", "c'mon, nes i yrru un i chdi ddoe, u owe me", [PR]),
        ("B", "e", "i dont want to", []),
        ("A", "c", "tasa chdi'n fy ngharu i, mi fasa chdi'n gyrru un", [IR, PR]),
        ("B", "m", "I said no, stopia", []),
        ("A", "c", "waw ok. paid â thrafferthu siarad efo fi 'ta", [PR]),
    ]),
    # 8. North: name-calling after an incident, challenge, reporting
    ("whatsapp", "15-16", [
        ("A", "c", "glywist ti be ddigwyddodd yn y coridor?", []),
        ("B", "m", "do, it was horrible, roedd y criw i gyd yn chwerthin arni hi", []),
        ("C", "c", "tbh ma hi'n dipyn o slag", [NM]),
        ("A", "m", "wtf paid â'i galw hi'n hynna, that's so out of order", [CH]),
        ("C", "c", "be? ma pawb yn ei ddeud o", [MN]),
        ("B", "c", "dydi hynna ddim yn ei wneud o'n iawn. mae hi wedi ypsetio'n lân", [CH]),
        ("A", "c", "a' i efo hi i weld Miss fory", [RP]),
    ]),
    # 9. North: leetspeak request, refusals ("dim diolch", "NA"), insult
    ("instagram", "13-14", [
        ("A", "u", "heyyy", []),
        ("B", "c", "haia", []),
        ("A", "c", "gyrr4 l1un o chdi 😘", [IR]),
        ("B", "c", "dim diolch", []),
        ("A", "m", "plissss I'm begging", [PR]),
        ("B", "c", "paid gofyn eto", []),
        ("A", "c", "wna i ei ddileu o'n syth, dwi'n addo", [PR]),
        ("B", "c", "NA", []),
        ("A", "c", "ugh ti'n gymaint o prude", [PR, NM]),
    ]),
    # 10. North: sexual rumour, challenge, minimising
    ("snapchat", "15-16", [
        ("A", "c", "glywis i bod [NAME_3] a [NAME_4] 'di bachu yn y parti 😏", [JK]),
        ("B", "c", "dim ffordd 😂 ma hi'n mynd efo pawb", [JK]),
        ("C", "m", "that's just a rumour, nath rhywun ei neud o i fyny", [CH]),
        ("A", "m", "lol ask her be ddigwyddodd yn y parc 😏😏", [JK]),
        ("C", "m", "leave her alone fr, dydi o ddim yn ddoniol", [CH]),
        ("B", "c", "omg dim ond jôc oedd hi", [MN]),
    ]),
    # 11. North: live video request, family present, guilt
    ("snapchat", "15-16", [
        ("A", "m", "tyrd ar video call, jyst chdi, cam on 😉", [IR]),
        ("B", "c", "na, dwi efo'n nheulu", []),
        ("A", "c", "dos i dy lofft 'ta a rho dy gamera ymlaen", [IR, PR]),
        ("B", "e", "no i dont want to", []),
        ("A", "c", "pam ti'n bod fel hyn, o'n i'n meddwl bo chdi'n fy licio i", [PR]),
        ("B", "m", "I do, ond dwi'm isio gneud hynna", []),
        ("A", "m", "fine, a' i ofyn i rywun who isn't such a prude", [PR, NM]),
        ("A", "c", "a phaid â deud wrth dy fam bo fi 'di gofyn", [SE]),
        ("B", "e", "ok bye", []),
    ]),
    # 12. South: blame discussion, challenge, boys-will-be-boys
    ("whatsapp", "15-16", [
        ("A", "e", "the whole year is talking about that video", []),
        ("B", "c", "tbf pam halodd hi fe 'te", [BL]),
        ("C", "c", "ei bai hi 'i hunan yw e tbh", [BL]),
        ("D", "c", "hi yw'r dioddefwr fan hyn, dyw'r bai ddim arni hi", [CH]),
        ("B", "m", "she was asking for it, yn postio stwff fel 'na", [BL]),
        ("C", "c", "ma hi'n easy, ma pawb yn gwbod", [NM]),
        ("D", "m", "no one asks for that. pwy bynnag rannodd e yw'r broblem", [CH]),
        ("C", "c", "bois fydd bois, ontefe", [MN]),
    ]),
    # 13. South: screenshotted story sent to a group, challenge, reporting
    ("snapchat", "15-16", [
        ("A", "c", "lol nes i screenshotio ei stori hi cyn iddi ei dileu hi", [EX]),
        ("B", "e", "the one from the party?", []),
        ("A", "m", "ie, hala fe i'r lads gc", [EX]),
        ("B", "e", "she's gonna be so mad 😂", []),
        ("C", "m", "paid neud 'na, that's actually messed up", [CH]),
        ("A", "e", "relax its not that deep", [MN]),
        ("C", "c", "mae e tho. dilea fe neu fi'n gweud wrth Syr", [CH, RP]),
        ("A", "m", "paid gweud dim byd wrth Syr, I didn't even start it", [SE]),
    ]),
    # 14. North: puppy photo and homework (hard negatives)
    ("whatsapp", "11-12", [
        ("A", "c", "gyrra lun o dy gi bach plis 🐶", []),
        ("B", "c", "[image] mae o mor gysglyd", []),
        ("A", "e", "omg hes sooo cute", []),
        ("C", "m", "my cat just knocked fy ngwaith cartref oddi ar y ddesg lol", []),
        ("B", "c", "mae gan dy gath di broblem efo gwaith cartref", []),
        ("C", "e", "she has beef with maths specifically", []),
        ("A", "m", "send more pics of him pls, dwi 'di gwneud ei lun o'n wallpaper", []),
    ]),
    # 15. North: target asks a friend for help about camera requests
    ("whatsapp", "15-16", [
        ("A", "c", "ti'n brysur?", []),
        ("B", "e", "nah whats up", []),
        ("A", "c", "mae 'na rywun ar snap yn gyrru negeseuon bob nos yn gofyn i fi ddangos fy hun ar gamera. dwi'm yn gwbod be i neud", [HS]),
        ("B", "e", "who is it? do u know them", []),
        ("A", "m", "na, he says he's in year 11 mewn ysgol arall", []),
        ("B", "m", "paid ag ateb. block him a deud wrth dy fam", [RP]),
        ("A", "c", "be os dydi Mam ddim yn fy nghredu i?", [HS]),
        ("B", "m", "she will. a dwi'n dy gredu di anyway x", [SU]),
    ]),
    # 16. South: sexualised remarks on a post, bystander
    ("instagram", "15-16", [
        ("A", "c", "ti mor lysh 😍", [AP]),
        ("B", "e", "lol thanks?", []),
        ("A", "m", "that top is 🔥🔥 dylet ti wisgo pethe fel 'na mwy", [AP]),
        ("C", "e", "ur body tho 😳", [AP]),
        ("B", "m", "ok ma hyn yn getting weird", []),
        ("D", "c", "gadwch lonydd iddi, dyw hi ddim 'ma i chi roi marc iddi", [CH]),
    ]),
    # 17. North: threat, exposure, English request with Welsh condition
    ("whatsapp", "13-14", [
        ("A", "c", "nest ti ddeud wrth [NAME_5] be ddudis i, do?", []),
        ("B", "e", "no i didnt", []),
        ("A", "c", "gwna be dwi'n ddeud neu mi ddeuda i wrth bawb be yrrist ti ata i", [EX, TH]),
        ("B", "e", "what do u want", []),
        ("A", "m", "send another pic a wna i ddim ei ddangos o i neb", [EX, IR, TH]),
        ("B", "e", "im telling my mum", [RP]),
        ("A", "m", "deuda wrth rywun a ti'n dead", [SE, TH]),
    ]),
    # 18. South: name-calling, challenge, reporting a comment
    ("instagram", "15-16", [
        ("A", "c", "lol drych arni hi yn y ffrog 'na, hen slag", [AP, NM]),
        ("B", "u", "😂😂", []),
        ("C", "e", "why would u even say that", [CH]),
        ("A", "m", "bc its true, ma hi'n hwren", [NM]),
        ("C", "m", "that's not ok, fi'n riportio dy sylw di", [CH, RP]),
        ("B", "m", "calm down, jôc yw e", [MN]),
    ]),
    # 19. North: sexual taunts, challenge
    ("snapchat", "13-14", [
        ("A", "c", "lol ma [NAME_6] yn dy ffansïo di 😏 mae o isio chdi gymaint", [JK]),
        ("B", "e", "shut up", []),
        ("C", "e", "thats what she said 😂", [JK]),
        ("A", "c", "bet bo chdi heb gusanu neb erioed", [JK]),
        ("B", "c", "stopiwch, dydi o ddim yn ddoniol ddim mwy", [CH]),
        ("A", "m", "chill, jyst messing ydan ni", [MN]),
    ]),
    # 20. South: "better" picture, secrecy, blocking
    ("instagram", "15-16", [
        ("A", "c", "ma dy lun di'n ciwt ond hala un gwell 😉", [IR]),
        ("B", "e", "what do u mean better", []),
        ("A", "c", "fel un jyst i fi. dilea fe wedyn os ti moyn", [IR, SE]),
        ("B", "e", "no, i dont do that", []),
        ("A", "m", "plis plis plis it's only me who'll see it", [PR]),
        ("B", "c", "STOPA OFYN", []),
        ("A", "e", "wow ok ur so frigid", [PR, NM]),
        ("B", "c", "ti 'di cael dy flocio a fi'n riportio dy gyfrif di", [RP]),
    ]),
    # 21. South: story exposure, blame, challenge
    ("snapchat", "15-16", [
        ("A", "m", "fi'n mynd i roi'r llun 'na ar fy story tonight", [EX]),
        ("B", "e", "which one", []),
        ("A", "c", "yr un halodd [NAME_7] ata i 😂 bydd pawb yn ei weld e", [EX]),
        ("B", "c", "bro paid", [CH]),
        ("A", "e", "she shouldnt have sent it to me then", [BL]),
        ("B", "m", "that's literally illegal, dilea fe", [CH]),
    ]),
    # 22. North: rating a post, challenge
    ("instagram", "13-14", [
        ("A", "c", "welist ti ei phost newydd hi", []),
        ("B", "c", "mae hi'n bishyn 🥵", [AP]),
        ("C", "c", "yr hogan ddela ym mlwyddyn 9, easy", [AP]),
        ("D", "m", "rate her body allan o 10 hogia", [AP]),
        ("B", "u", "9.5", [AP]),
        ("A", "m", "this is actually gross, stopiwch", [CH]),
    ]),
    # 23. South: grooming-style secrecy, friend steps in
    ("snapchat", "13-14", [
        ("A", "m", "DILEA HWN after u read it", [SE]),
        ("B", "u", "ok?", []),
        ("A", "c", "paid gweud wrth dy rieni bo ni'n siarad", [SE]),
        ("B", "e", "why not", []),
        ("A", "m", "ein cyfrinach ni yw e, they wouldn't get it", [SE]),
        ("A", "c", "hala llun o dy hunan i fi i brofi bo ti'n real", [IR]),
        ("B", "m", "idk, ti'n bod yn od", []),
        ("C", "c", "[NAME_8] ma hwnna'n swnio'n dodgy, bloca fe a gwed wrth dy fam", [RP]),
    ]),
    # 24. South: kept screenshots, sextortion
    ("snapchat", "15-16", [
        ("A", "e", "i screenshotted ur snaps btw", [EX]),
        ("B", "e", "why", []),
        ("A", "m", "insurance policy 😂 gwna beth fi'n gweud neu ma nhw'n mynd ar insta", [EX, TH]),
        ("B", "c", "ti'n afiach", []),
        ("A", "m", "last chance. hala un arall neu ma pawb yn gweld y screenshot", [EX, IR, TH]),
        ("B", "m", "I'm reporting this i Childline a'r heddlu", [RP]),
    ]),
    # 25. North: homework, owing (hard negatives)
    ("whatsapp", "13-14", [
        ("A", "m", "this homework is killing me, dwi 'di bod arno fo ers oes", []),
        ("B", "m", "same, dwi bron â chrio", []),
        ("A", "c", "gyrra dy atebion i mi plis, mi fydda i yn dy ddyled di", []),
        ("B", "c", "lol ti'n barod yn fy nyled i ddwywaith", []),
        ("A", "m", "i'll buy u a meal deal, addo", []),
        ("B", "e", "deal. make it a chicken one", []),
    ]),
    # 26. North: heat, PE, benign secret, menu photo
    ("whatsapp", "15-16", [
        ("A", "c", "mae'n berwi heddiw, mae fy mhen i'n brifo", []),
        ("B", "e", "is PE still on", []),
        ("C", "m", "yndi but inside", []),
        ("A", "c", "peidiwch deud wrth Syr mod i 'di anghofio fy nghit lol", []),
        ("B", "c", "mae dy gyfrinach di'n saff 😂", []),
        ("C", "m", "someone send me a pic o'r fwydlen ginio newydd", []),
        ("A", "e", "pizza on friday apparently", []),
    ]),
    # 27. North: comments on a body, refusal by the target, bystander
    ("snapchat", "15-16", [
        ("A", "c", "dy goesa di yn y sgert 'na tho 👀", [AP]),
        ("B", "c", "plis paid â gneud sylwadau am fy nghorff i", []),
        ("A", "c", "compliment oedd o, ti mor sensitif", [MN]),
        ("B", "m", "dwi'm yn poeni, it made me uncomfortable", []),
        ("C", "m", "she said stop, gad hi", [CH]),
    ]),
    # 28. North: forwarded to the whole year, blame, challenge and reporting
    ("whatsapp", "15-16", [
        ("A", "c", "'di forwardio fo i'r flwyddyn gyfan yn barod lol", [EX]),
        ("B", "e", "wait the pic of [NAME_9]??", []),
        ("A", "m", "ia 😂 the whole year's got it rŵan", [EX]),
        ("B", "m", "mae hynna mor ddrwg. she'll get in trouble a chdi hefyd", [CH]),
        ("A", "c", "dim fy mhroblem i, ddylia hi ddim fod 'di ei dynnu fo", [BL]),
        ("B", "c", "dim ei bai hi ydy o. dwi'n deud wrth Mr [NAME_10]", [CH, RP]),
        ("A", "c", "paid ti â meiddio deud mai fi nath", [SE]),
    ]),
    # 29. South: English request, Welsh pressure, threat to post
    ("snapchat", "15-16", [
        ("A", "e", "send me one in ur school uniform", [IR]),
        ("B", "e", "why would i do that", []),
        ("A", "m", "achos nes i ofyn yn neis 😘 and i sent u one", [PR]),
        ("B", "c", "na", []),
        ("A", "c", "iawn. os ti ddim, fi'n postio'r negeseuon halest ti ata i", [EX, TH]),
        ("B", "e", "post them then, im reporting u", [RP]),
        ("A", "e", "u'll regret it", [TH]),
    ]),
    # 30. South: lips, close-up, friend's advice
    ("snapchat", "15-16", [
        ("A", "m", "dy wefusau di 😍 hala close up", [IR, AP]),
        ("B", "e", "um no", []),
        ("A", "m", "pam ti mor stuck up", [PR]),
        ("B", "c", "sai jyst moyn", []),
        ("A", "m", "everyone sends them, jyst hala fe", [IR, PR]),
        ("C", "c", "[NAME_11] anwybydda fe, ti'n gallu ei riportio fe ar insta", [SU, RP]),
        ("A", "c", "whatever, ti'n sket beth bynnag", [NM]),
    ]),
    # 31. North: saved video, threat to send to a parent
    ("whatsapp", "15-16", [
        ("A", "c", "cofio chdi'n gyrru'r fideo 'na i mi?", []),
        ("B", "m", "yndw, I regret it", []),
        ("A", "c", "mae o gen i o hyd. mi yrra i o at dy fam os ti'n stopio siarad efo fi", [EX, TH]),
        ("B", "e", "please dont", []),
        ("A", "e", "then do what I say, or else", [TH]),
        ("B", "c", "dwi'n siarad efo'r arweinydd diogelu fory", [RP]),
    ]),
    # 32. South: online-safety lesson (hard negative)
    ("discord", "15-16", [
        ("A", "c", "ma rhannu llun rhywun heb ganiatâd yn anghyfreithlon, ydy e?", []),
        ("B", "c", "ydy, naethon ni fe mewn cyfrifiadureg, gwers diogelwch ar-lein", []),
        ("C", "m", "wedon nhw bo ti'n gallu defnyddio Report Remove if it happens to you", []),
        ("A", "e", "good to know", []),
        ("B", "c", "hefyd ma'r adroddiad cyfrifiadureg fod mewn dydd Gwener", []),
        ("C", "e", "ugh forgot about the report", []),
    ]),
    # 33. North: attention-seeking blame, challenge, minimising
    ("whatsapp", "15-16", [
        ("A", "e", "is it true about [NAME_12]", []),
        ("B", "c", "ei llunia hi? yndi", []),
        ("C", "m", "she's such an attention seeker, roedd hi isio i bobl eu gweld nhw", [BL]),
        ("D", "c", "does neb isio hynna. cafodd hi ei gwthio i'w wneud o", [CH]),
        ("B", "c", "ei bai hi ydy o am ei drystio fo", [BL]),
        ("D", "c", "naci, ei fai o ydy o am ei rannu. mae hi angen cefnogaeth, dim hyn", [CH]),
        ("C", "m", "pawb yn overreactio, such a big deal over one pic", [MN]),
    ]),
    # 34. South: formal register throughout
    ("snapchat", "15-16", [
        ("A", "c", "Anfona lun ata i. Nawr.", [IR]),
        ("B", "c", "Pam wyt ti'n siarad fel 'na?", []),
        ("A", "c", "Achos rwyt ti mewn dyled i mi. Paid â gwneud i mi ofyn eto.", [PR, TH]),
        ("B", "c", "Dydw i ddim eisiau anfon dim byd.", []),
        ("A", "c", "Byddi di'n difaru dweud na. Paid â dweud wrth neb am hyn.", [SE, TH]),
        ("B", "c", "Rydw i'n mynd i siarad ag athro.", [RP]),
    ]),
    # 35. North: AirDrop in assembly, blame, going to the safeguarding lead
    ("snapchat", "15-16", [
        ("A", "c", "dwi am airdropio fo i bawb yn y gwasanaeth", [EX]),
        ("B", "c", "y llun?? paid ti â meiddio", []),
        ("A", "m", "u shouldve thought about that cyn ei yrru fo", [BL]),
        ("B", "c", "dwi'n mynd yn syth at y person diogelu", [RP]),
    ]),
    # 36. South: rumour, slurs, challenge, threat for telling
    ("snapchat", "15-16", [
        ("A", "c", "glywest ti'r sïon am [NAME_13] ar y trip ysgol 😏", [JK]),
        ("B", "m", "lol everyone's saying she did stuff 'da tri bachan", [JK]),
        ("C", "c", "ma hwnna wedi'i neud lan, stopiwch ei ledaenu fe", [CH]),
        ("A", "m", "whatever, she's a skank ta beth", [NM]),
        ("B", "e", "S L A G 😂", [NM]),
        ("C", "c", "fi'n tynnu screenshots o hyn iddi hi, chi gyd yn ffiaidd", [CH, RP]),
        ("A", "c", "gwed unrhyw beth wrth athro a ti nesa", [SE, TH]),
    ]),
    # 37. South: meet-up demand with exposure threat, friend supports
    ("snapchat", "15-16", [
        ("A", "c", "cwrdd â fi ar ôl ysgol neu ma dy luniau di'n mynd i bobman", [EX, TH]),
        ("B", "c", "pa luniau", []),
        ("A", "m", "ti'n gwbod pa rai. or else.", [TH]),
        ("A", "c", "a paid â gweud wrth neb am hyn", [SE]),
        ("B", "e", "leave me alone", []),
        ("C", "c", "[NAME_14] ma rhaid i ti weud wrth rywun, dyw hyn ddim yn fai arnat ti", [RP, SU]),
    ]),
    # 38. North: reported help-seeking ("mae o'n dal i ofyn am lunia")
    ("whatsapp", "13-14", [
        ("A", "c", "ga i ofyn rwbath i chdi", []),
        ("B", "c", "ia siŵr, be sy", []),
        ("A", "c", "mae 'na hogyn o flwyddyn 10 yn dal i ofyn am lunia. be ddylwn i neud?", [HS]),
        ("B", "m", "o na, are you ok?", [SU]),
        ("A", "c", "dwi'm yn gwbod. mae o'n deud bod pawb arall yn gyrru nhw", [HS]),
        ("B", "c", "dim dy fai di ydy hyn. bloca fo a deud wrth Miss [NAME_15], mae hi'n glên", [SU, RP]),
        ("A", "c", "ddoi di efo fi amser cinio?", [HS]),
        ("B", "c", "wrth gwrs", []),
    ]),
    # 39. South: context follow-up "ti'n cymryd oes" after a refused request
    ("snapchat", "15-16", [
        ("A", "c", "hala lun o ti nawr, jyst i fi", [IR]),
        ("B", "c", "sai'n siŵr", []),
        ("A", "c", "ti'n cymryd oes", [PR]),
        ("B", "e", "because I don't want to", []),
        ("A", "m", "hurry up, sa i'n aros trwy'r nos", [PR]),
        ("B", "c", "na. nos da", []),
    ]),
    # 40. North: the same follow-up when waiting for a friend (negative)
    ("whatsapp", "11-12", [
        ("A", "c", "dwi tu allan i'r siop", []),
        ("B", "c", "2 funud, methu ffeindio fy sgidia", []),
        ("A", "c", "ti'n cymryd oes", []),
        ("B", "e", "I'm coming!!", []),
        ("C", "e", "bus leaves at half 8 remember", []),
        ("A", "c", "dwi'n gwbod 🙄", []),
        ("C", "c", "mae'r gyrrwr yn flin heddiw", []),
    ]),
    # 41. South: Urdd Eisteddfod choir practice (negatives)
    ("whatsapp", "13-14", [
        ("A", "m", "ymarfer côr am 3:30 heddi, don't forget", []),
        ("B", "c", "all rhywun hala llun o'r geiriau? sa i 'di dysgu'r ail bennill", []),
        ("C", "c", "[image] 'co ti", []),
        ("A", "m", "Miss yn dweud bod ni'n swnio'n amazing but we need to work on the ending", []),
        ("B", "c", "os ni'n ennill yn yr Eisteddfod fi'n prynu pizza i bawb", []),
        ("C", "e", "holding u to that", []),
        ("A", "u", "🏆🏆🏆", []),
    ]),
    # 42. North: folk-dance video for Nain (negatives)
    ("instagram", "15-16", [
        ("A", "c", "gyrra'r fideo o'r ddawns werin plis, dwi isio ei ddangos i Nain", []),
        ("B", "c", "[image] mae o braidd yn sigledig ond ok", []),
        ("C", "e", "u look so happy on stage!!", []),
        ("A", "m", "the costumes were so good, diolch am eu gwneud nhw", []),
        ("B", "e", "Mam made them all 😅", []),
        ("C", "c", "deud wrthi bod nhw'n anhygoel", []),
        ("A", "m", "will do, mae Nain yn mynd i grio lol", []),
    ]),
    # 43. North: English request, Welsh condition; evidence saved
    ("snapchat", "15-16", [
        ("A", "e", "send a pic of u", [IR]),
        ("B", "c", "pam", []),
        ("A", "m", "just do it, neu mi ddangosa i'r sgwrs 'ma i bawb", [IR, TH, EX]),
        ("B", "m", "dw i'm yn gyrru dim byd, forget it", []),
        ("A", "m", "fydd pawb yn ei gweld hi anyway", [EX]),
        ("A", "c", "a phaid â deud wrth neb am hyn, ti'n dallt?", [SE]),
        ("B", "c", "dwi'n screenshotio hyn i gyd", [RP]),
    ]),
    # 44. South: Welsh request, English condition
    ("whatsapp", "15-16", [
        ("A", "c", "anfona lun o dy hunan", [IR]),
        ("B", "c", "na diolch", []),
        ("A", "m", "anfona un or I'm posting the one from summer", [IR, TH, EX]),
        ("B", "e", "you wouldn't", []),
        ("A", "c", "gei di weld", [TH]),
        ("B", "c", "dwi 'di dy flocio di a dwi'n mynd i ddweud wrth Dad", [RP]),
    ]),
    # 45. North: quoted counter-speech
    ("instagram", "13-14", [
        ("A", "c", "pam bod pawb yn galw [NAME_16] yn slag yn y gc", []),
        ("B", "m", "dim syniad, somebody started it ar ôl y disgo", []),
        ("C", "c", "dydi galw hi'n slag ddim yn jôc, mae hi'n crio yn y toiledau", [CH]),
        ("B", "e", "it's literally just banter", [MN]),
        ("C", "c", "'jyst banter' medda chdi. dwi'n deud wrth Mr [NAME_17]", [CH, RP]),
        ("A", "e", "same, it's grim", [CH]),
    ]),
    # 46. South: friend asks for help about a sister
    ("whatsapp", "15-16", [
        ("A", "c", "ma rhyw fachan o flwyddyn 11 yn gofyn i fy chwaer am luniau, ddylen i weud wrth rywun?", [HS]),
        ("B", "c", "bendant. faint yw ei hoedran hi?", [RP]),
        ("A", "m", "12. so hi moyn gweud wrth mam, what do I do", [HS]),
        ("B", "c", "gwed wrth dy fam di 'te, neu gwed wrth Mr [NAME_18] fory. rwy'n credu bod e'n dda gyda pethe fel hyn", [RP]),
        ("A", "m", "diolch. I feel sick about it", []),
        ("B", "e", "you're doing the right thing", [SU]),
    ]),
    # 47. North: target asks a friend for help about a threat
    ("snapchat", "13-14", [
        ("A", "m", "he said os dwi'n deud wrth unrhyw un he'll post the screenshots. be dwi'n neud??", [HS]),
        ("B", "c", "ti'n iawn? dim chdi sy ar fai, ocê?", [SU]),
        ("A", "e", "I feel so stupid", []),
        ("B", "c", "ti ddim. dyna ydy ei dric o, i dy stopio di rhag deud", [SU]),
        ("B", "m", "report it ar yr app a gad i ni ddeud wrth dy fam heno, a' i efo chdi", [RP, SU]),
        ("A", "c", "ok. diolch am fod yma", []),
    ]),
    # 48. North: rugby (hard negatives: sick, block, fit)
    ("discord", "13-14", [
        ("A", "c", "welsoch chi'r gêm rygbi? roedd y dacl 'na yn y munud ola'n sâl", []),
        ("B", "c", "roedd y dyfarnwr yn ddall, dylai o fod 'di bod yn gerdyn coch", []),
        ("C", "e", "that block from the flanker was unreal too", []),
        ("A", "m", "he's fit to play next week though, medda'r newyddion", []),
        ("B", "m", "gobeithio, we need him yn erbyn Lloegr 😤", []),
        ("C", "c", "pwy sy'n dod i wylio'r gêm yn y clwb dydd Sadwrn?", []),
        ("A", "m", "me, os dwi 'di gorffen fy ngwaith cartref", []),
    ]),
    # 49. South: support after a leak, help-seeking, reporting
    ("instagram", "15-16", [
        ("A", "m", "ti'n iawn? I heard what happened", [SU]),
        ("B", "m", "na. everyone keeps staring at me yn y coridor", []),
        ("A", "c", "dyw e ddim yn fai arnat ti. fe oedd yr un a'i rannodd e", [SU]),
        ("B", "m", "sai moyn mynd i'r ysgol fory. what should I do?", [HS]),
        ("A", "c", "gad i ni fynd at Mrs [NAME_19] gyda'n gilydd, hi yw'r arweinydd diogelu", [RP, SU]),
        ("C", "m", "we've all got your back, anwybydda'r gc", [SU]),
    ]),
    # 50. North: present, sharing the cost, benign delete
    ("whatsapp", "13-14", [
        ("A", "c", "peidiwch â deud wrth [NAME_20] be dan ni'n gael iddi hi, mae hi wastad yn dyfalu", []),
        ("B", "c", "fy ngheg i 'di cau 🤐", []),
        ("C", "m", "can we split it? dwi'n brin o bres", []),
        ("A", "c", "iawn, gyrra £3 i fi a ti'm yn fy nyled i wedyn", []),
        ("B", "m", "delete this chat cyn iddi weld ei ffôn hi lol", []),
        ("C", "e", "done", []),
    ]),
    # 51. North: Welsh homework photo, standard "anfon llun"
    ("whatsapp", "11-12", [
        ("A", "c", "all rhywun anfon llun o'r gwaith cartref Cymraeg?", []),
        ("B", "c", "pa dudalen?", []),
        ("A", "m", "tudalen 42, I left my book yn yr ysgol", []),
        ("C", "c", "[image] dyma ti", []),
        ("A", "c", "diolch, ti'n achubwr bywyd", []),
        ("B", "c", "btw mae'r traethawd yn gorfod bod yn 300 gair", []),
        ("A", "m", "300?? that's loads", []),
    ]),
    # 52. South: camera request, promise, refusals "dim diolch", "paid"
    ("snapchat", "15-16", [
        ("A", "c", "dangos dy hun i fi ar gamera, plis", [IR]),
        ("B", "c", "dim diolch", []),
        ("A", "m", "dim ond fi fydd yn gweld, I promise", [PR]),
        ("B", "c", "paid", []),
        ("A", "c", "jyst am eiliad, wedyn fi'n stopo gofyn", [IR, PR]),
        ("B", "m", "wedes i paid. I'm leaving the chat", []),
        ("A", "c", "iawn. ond paid â sôn wrth neb mod i 'di gofyn", [SE]),
    ]),
    # 53. South: body-count taunt, minimising, challenge
    ("instagram", "15-16", [
        ("A", "m", "rhywun 'di gofyn i [NAME_21] beth yw ei body count hi 😂", [JK]),
        ("B", "c", "na, wir?", []),
        ("A", "m", "ie and she went bright red lol, ma hynny'n gweud popeth 😏", [JK]),
        ("C", "c", "gadewch hi fod, dyw e ddim o'ch busnes chi", [CH]),
        ("A", "c", "tynnu coes o'dd e, bydd hi'n iawn", [MN]),
        ("C", "m", "dyw e ddim yn banter os yw hi'n ypsetio. I'll tell her she can report it", [CH, RP]),
    ]),
    # 54. South: Minecraft server (hard negatives: secret, kill)
    ("discord", "11-12", [
        ("A", "c", "pwy sy ar y server heno", []),
        ("B", "e", "me after tea", []),
        ("C", "m", "peidiwch gweud wrth neb beth yw'r seed, it's our secret base lol", []),
        ("A", "c", "wna i dy ladd di os ti'n chwythu 'nhŷ i lan 'to", []),
        ("B", "e", "it was an accident 😭", []),
        ("C", "m", "can u send a screenshot o'r build", []),
        ("A", "e", "sent", []),
    ]),
    # 55. North: game trash talk (hard negatives)
    ("discord", "13-14", [
        ("A", "e", "gg that was close", []),
        ("B", "c", "dwi'n mynd i dy ddinistrio di yn fortnite wedyn", []),
        ("A", "m", "in your dreams lol, dwi'n cracked", []),
        ("C", "c", "fydd Mam yn fy lladd i os dwi dal arno fo ar ôl deg", []),
        ("B", "e", "same lol one more game", []),
        ("A", "e", "that clutch was insane", []),
        ("C", "m", "plis paid â fy riportio i am griefio 😭", []),
    ]),
    # 56. South: history notes; a teacher "exposed" the class (hard negative)
    ("discord", "15-16", [
        ("A", "c", "oes notes hanes 'da rhywun", []),
        ("B", "c", "hala i lun o'n rhai i ar ôl ysgol", []),
        ("C", "m", "the teacher totally exposed ni am beidio neud y darllen lol", []),
        ("A", "e", "he was fuming", []),
        ("B", "e", "ngl we deserved it", []),
        ("C", "e", "english essay due monday btw", []),
    ]),
    # 57. North: football training (hard negatives: fit, sick)
    ("whatsapp", "13-14", [
        ("A", "m", "did u see y gôl 'na neithiwr", []),
        ("B", "e", "that goal was sick ngl", []),
        ("C", "e", "their striker is unreal", []),
        ("A", "c", "ddudodd yr hyfforddwr bod o'n ffit i chwarae dydd Sadwrn", []),
        ("B", "m", "training at 4 fory?", []),
        ("C", "c", "ia, dowch â'ch sgidia, mae'r cae yn fwdlyd", []),
        ("A", "e", "who's bringing the ball", []),
        ("B", "c", "fi, mae gen i un newydd", []),
    ]),
    # 58. North: cinema, rating a film, a compliment between friends
    ("whatsapp", "13-14", [
        ("A", "c", "ydan ni dal yn mynd i'r sinema dydd Sadwrn", []),
        ("B", "m", "yndan, the 2 o'clock one", []),
        ("C", "c", "rho sgôr i'r ffilm ddiwetha allan o 10 tho, roedd hi mor wael", []),
        ("A", "c", "3/10, roedd y diwedd yn rybish", []),
        ("B", "m", "your dress for the party looked lovely btw, ti'n edrych yn ddel", []),
        ("A", "c", "awww diolch 🥰", []),
        ("C", "m", "shall we get food after? mae'r lle pizza newydd yn neis", []),
    ]),
    # 59. South: cake secret and photo of the cake design (benign)
    ("whatsapp", "11-12", [
        ("A", "c", "cadwch e'n gyfrinach tan ei phen-blwydd hi ond ni'n cael cacen iddi", []),
        ("B", "e", "omg yes she's gonna love it", []),
        ("C", "c", "peidiwch gweud wrth ei mam a'i thad hi chwaith, allan nhw ddim cadw cyfrinach lol", []),
        ("A", "c", "hala'r llun o'r cynllun cacen ata i", []),
        ("B", "c", "[image] un siocled", []),
        ("C", "e", "yum", []),
        ("A", "c", "cofiwch ddod â cherdyn", []),
    ]),
    # 60. South: science worksheet (benign request)
    ("discord", "11-12", [
        ("A", "c", "beth yw'r ateb i gwestiwn 3 gwyddoniaeth", []),
        ("B", "c", "mitocondria obvs 😂", []),
        ("C", "c", "all rhywun hala llun o'r daflen waith i fi", []),
        ("B", "u", "[image]", []),
        ("C", "e", "ur a legend", []),
        ("A", "c", "oes prawf fory hefyd?", []),
        ("C", "e", "no that's next week thank god", []),
    ]),
    # 61. North: geography project, call to finish it
    ("whatsapp", "15-16", [
        ("A", "m", "has anyone started y prosiect daearyddiaeth", []),
        ("B", "u", "💀💀", []),
        ("C", "e", "i did the map bit last night", []),
        ("A", "c", "fedri di yrru llun o dy fap di i mi gael gweld sut mae o fod i edrych", []),
        ("C", "e", "ye hold on", []),
        ("B", "m", "let's do a call a'i orffen o efo'n gilydd", []),
        ("C", "m", "ok, call at 7 ar ôl swper", []),
    ]),
    # 62. South: late bus, English homework
    ("whatsapp", "15-16", [
        ("A", "e", "bus was so late this morning", []),
        ("B", "m", "I ran all the way ac roedd hi mor dwym", []),
        ("A", "c", "nest ti orffen y Saesneg", []),
        ("B", "c", "na, ma'r gwaith cartref 'ma'n fy lladd i", []),
        ("C", "m", "send me a pic o'r cwestiwn plis", []),
        ("B", "e", "sending now", []),
    ]),
    # 63. North: new timetable; "I'll kill you if you tell Miss" (hard negative)
    ("whatsapp", "11-12", [
        ("A", "m", "does anyone else think bod yr amserlen newydd yn rybish", []),
        ("B", "m", "maths first thing bob dydd, trosedd ydy hynna", []),
        ("C", "c", "gyrra lun o'r amserlen newydd", []),
        ("A", "u", "[image]", []),
        ("C", "e", "thank uuu", []),
        ("B", "c", "wna i dy ladd di os ti'n deud wrth Miss mod i 'di deud hynna 😂", []),
    ]),
    # 64. South: Rocket League on a brother's account (benign secret)
    ("discord", "13-14", [
        ("A", "c", "fi'n mynd i dy ddinistrio di yn rocket league", []),
        ("B", "e", "bet", []),
        ("C", "c", "peidiwch gweud wrth fy mrawd i bo fi ar ei gyfrif e", []),
        ("A", "c", "lol ma dy gyfrinach di'n saff", []),
        ("B", "u", "gg ez", []),
        ("C", "c", "lol dwi'n well na fo beth bynnag", []),
    ]),
    # 65. North: Urdd camp trip (negatives)
    ("whatsapp", "11-12", [
        ("A", "c", "mor gyffrous am drip yr Urdd!!", []),
        ("B", "m", "me too, be ti'n ddod efo chdi", []),
        ("C", "c", "fedri di yrru'r llun o'r trip llynedd, yr un ar y bws", []),
        ("A", "e", "ill dig it out", []),
        ("B", "c", "mae hi mor boeth ar y bysys 'na", []),
        ("C", "e", "bring a fan then lol", []),
        ("A", "m", "mae'r rhestr pacio ar yr app, check it", []),
        ("B", "c", "dwi angen sach gysgu newydd 😭", []),
    ]),
]

# Words that must never appear (hard safety rules), English and Welsh.
BANNED = re.compile(
    r"\bnudes?\b|naked|\bsex|porn|horny|boob|\btits?\b|dick|cock|pussy|\bshag|nipple|"
    r"underwear|\bbra\b|\bthong|noeth|rhyw[ -]?(iol|ioldeb)|bronnau|\bpidyn|\bcoc\b",
    re.IGNORECASE,
)
# Only reserved PII forms may appear: 07700 900xxx phone numbers and @example.com.
PHONE = re.compile(r"\b0\d{3}\s?\d{3}\s?\d{3,4}\b")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+\.)+\w+")


def build():
    rng = random.Random(20260219)
    speakers = ["cy_s%02d" % i for i in range(1, 61)]
    start = datetime(2024, 9, 2, tzinfo=timezone.utc)
    end = datetime(2026, 7, 20, tzinfo=timezone.utc)
    span = (end - start).days
    rows, gold = [], {}
    msg_no = 0
    for conv_no, (platform, age, turns) in enumerate(CONVS, 1):
        conv_id = "dcyc%03d" % conv_no
        local = sorted({t[0] for t in turns})
        mapping = dict(zip(local, rng.sample(speakers, len(local))))
        day = int((conv_no - 1) * span / len(CONVS)) + rng.randint(0, 5)
        t = start + timedelta(days=day, hours=rng.randint(15, 21),
                              minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
        for spk, lang, text, labels in turns:
            msg_no += 1
            mid = "dcy%04d" % msg_no
            rows.append({
                "conversation_id": conv_id,
                "message_id": mid,
                "timestamp": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "speaker": mapping[spk],
                "text": text,
                "platform": platform,
                "age_band": age,
                "school_phase": PHASE[age],
                "lang": LANG[lang],
            })
            gold[mid] = sorted(set(labels))
            t += timedelta(seconds=rng.randint(20, 400))
    return rows, gold


def validate(rows, gold):
    errors = []

    def check(cond, msg):
        if not cond:
            errors.append(msg)

    ids = [r["message_id"] for r in rows]
    check(len(ids) == len(set(ids)), "duplicate message ids")
    check(set(ids) == set(gold), "gold and messages differ")
    check(len(rows) >= 330, "only %d messages" % len(rows))
    convs = {}
    for r in rows:
        convs.setdefault(r["conversation_id"], []).append(r)
    check(55 <= len(convs) <= 65, "%d conversations" % len(convs))
    lo = datetime(2024, 9, 1, tzinfo=timezone.utc)
    hi = datetime(2026, 7, 31, 23, 59, 59, tzinfo=timezone.utc)
    for cid, msgs in convs.items():
        check(re.fullmatch(r"dcyc\d{3}", cid) is not None, "bad conversation id %s" % cid)
        check(4 <= len(msgs) <= 10, "%s has %d messages" % (cid, len(msgs)))
        spk = {m["speaker"] for m in msgs}
        check(2 <= len(spk) <= 4, "%s has %d speakers" % (cid, len(spk)))
        check(any(m["lang"] in ("cy", "mixed") for m in msgs), "%s has no Welsh" % cid)
        tss = [datetime.strptime(m["timestamp"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
               for m in msgs]
        check(all(a < b for a, b in zip(tss, tss[1:])), "%s timestamps not increasing" % cid)
        check(all(lo <= x <= hi for x in tss), "%s outside the collection period" % cid)
    for r in rows:
        mid, text = r["message_id"], r["text"]
        check(re.fullmatch(r"dcy\d{4}", mid) is not None, "bad message id %s" % mid)
        check(re.fullmatch(r"cy_s\d{2}", r["speaker"]) is not None, "%s: bad speaker" % mid)
        check(text and text.strip() == text and "\n" not in text, "%s: empty or padded text" % mid)
        for lab in gold[mid]:
            check(lab in VALID_LABELS, "%s: unknown label %s" % (mid, lab))
        check("sexualised.explicit" not in gold[mid], "%s: explicit label used" % mid)
        folded = unicodedata.normalize("NFKC", text)
        check(not BANNED.search(folded), "%s: banned word in %r" % (mid, text))
        for m in PHONE.finditer(folded):
            check(re.fullmatch(r"07700\s?900\s?\d{3}", m.group()) is not None, "%s: phone" % mid)
        for m in EMAIL.finditer(folded):
            check(m.group().endswith("@example.com"), "%s: email" % mid)
        check(r["lang"] in LANG.values(), "%s: bad lang" % mid)
    texts = Counter(r["text"] for r in rows)
    return errors


FIELDS = ["conversation_id", "message_id", "timestamp", "speaker", "text",
          "platform", "age_band", "school_phase", "lang"]


def write(rows, gold):
    with open(os.path.join(HERE, "messages.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for mid in sorted(gold):
            fh.write(json.dumps({"message_id": mid, "gold": gold[mid]}, ensure_ascii=False) + "\n")


def report(rows, gold):
    n = len(rows)
    labelled = sum(1 for g in gold.values() if g)
    print("messages %d, conversations %d, labelled %d (%.0f%%), unlabelled %d"
          % (n, len({r["conversation_id"] for r in rows}), labelled, 100.0 * labelled / n,
             n - labelled))
    lang = Counter(r["lang"] for r in rows)
    print("\nlang      messages  share  labelled")
    for k in ("cy", "mixed", "en", "und"):
        lab = sum(1 for r in rows if r["lang"] == k and gold[r["message_id"]])
        print("%-9s %8d  %4.0f%%  %8d" % (k, lang[k], 100.0 * lang[k] / n, lab))
    cat = Counter(l for g in gold.values() for l in g)
    print("\ncategory                    messages  (of which cy / mixed / en / und)")
    for c in sorted(VALID_LABELS):
        by = Counter(r["lang"] for r in rows if c in gold[r["message_id"]])
        print("%-27s %8d  (%d / %d / %d / %d)" % (c, cat[c], by["cy"], by["mixed"], by["en"], by["und"]))
    top = Counter()
    for g in gold.values():
        for t in {l.split(".")[0] for l in g}:
            top[t] += 1
    print("\ntop level: " + ", ".join("%s %d" % kv for kv in sorted(top.items())))
    print("platforms: " + ", ".join("%s %d" % kv for kv in sorted(
        Counter(r["platform"] for r in rows).items())))
    print("age bands: " + ", ".join("%s %d" % kv for kv in sorted(
        Counter(r["age_band"] for r in rows).items())))


def main():
    rows, gold = build()
    errors = validate(rows, gold)
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        sys.exit(1)
    write(rows, gold)
    with open(os.path.join(HERE, "messages.csv"), encoding="utf-8", newline="") as fh:
        back = list(csv.DictReader(fh))
    assert back == rows, "messages.csv does not round-trip"
    report(rows, gold)


if __name__ == "__main__":
    main()
