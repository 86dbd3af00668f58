#!/usr/bin/env python3
"""Build the c2chat held-out evaluation set `corpora/holdout`.

Written blind in session 14 (2026-12-02): the author read only docs/categories.md,
README.md, the file format of corpora/check and the UK guidance in shared/seeds,
never the lexicons, the source, or the texts of any other corpus.

All cases are synthetic and non-graphic. Every case lives in CONVS below as data.
Running this script validates the set and, if every check passes, rewrites
messages.csv and gold.jsonl next to it. If a check fails it exits non-zero and
writes nothing.

    python3 corpora/holdout/build.py

NEVER use this set for tuning: read its figures only, never copy its cases into a
lexicon, a pattern, a rule, a test or a training set.
"""

import csv
import datetime as dt
import hashlib
import io
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

# Fine category ids of docs/categories.md ("sexualised.explicit" is valid but never used here).
VALID = {
    "sexualised.appearance", "sexualised.names", "sexualised.jokes", "sexualised.explicit",
    "coercive.image_request", "coercive.pressure", "coercive.threat", "coercive.exposure",
    "coercive.secrecy", "victim_blaming.blame", "victim_blaming.minimising",
    "protective.challenge", "protective.support", "protective.help_seeking", "protective.reporting",
}

# Short codes used in the case list below.
CODES = {
    "IR": "coercive.image_request", "PR": "coercive.pressure", "TH": "coercive.threat",
    "EX": "coercive.exposure", "SE": "coercive.secrecy",
    "AP": "sexualised.appearance", "NM": "sexualised.names", "JK": "sexualised.jokes",
    "BL": "victim_blaming.blame", "MI": "victim_blaming.minimising",
    "CH": "protective.challenge", "SU": "protective.support",
    "HS": "protective.help_seeking", "RP": "protective.reporting",
}

# Functionalities. "context" marks a message that sets the scene for a later case; it is
# scored overall but gets no row of its own in `evaluate --by functionality`.
FUNCS = {
    "image_request": "a request for a photo, video or live cam of the person → coercive.image_request (+ pressure)",
    "pressure": "persistence, guilt, bargaining, normalising or insults after hesitation or refusal → coercive.pressure (+ what else the message does)",
    "threat": "threats and sextortion-style demands in everyday words → coercive.threat (+ exposure, image_request, secrecy)",
    "exposure": "announced, done or offered sharing of someone's images or private content → coercive.exposure",
    "rumour_joke": "sexual rumours, innuendo and taunting jokes aimed at someone → sexualised.jokes",
    "appearance_rating": "sexualised remarks about appearance and rating people → sexualised.appearance",
    "names": "sexualised name-calling, including insults after a refusal → sexualised.names (+ pressure)",
    "secrecy_harmful": "secrecy that hides contact or harm → coercive.secrecy (+ threat)",
    "blame": "blaming the person harmed, or disbelieving them → victim_blaming.blame",
    "minimising": "downplaying harassment as banter or overreaction → victim_blaming.minimising",
    "protective": "challenge, support and reporting by a bystander or the target → protective.*",
    "help_seeking": "the target or a friend reports what someone else said or did and asks for help → protective.help_seeking (+ reporting)",
    "counter_speech_quote": "a challenge that quotes the harmful words → protective.challenge only",
    "negation_refusal": "refusals and negated mentions → []",
    "benign_photo_request": "harmless photo, video and camera requests → []",
    "secrecy_benign": "surprises, presents, spoilers, own news → []",
    "safety_lesson": "talk about online-safety lessons, assemblies and the law → []",
    "friendly_banter": "teasing between friends with nothing sexual or coercive → []",
    "hard_negative": "harmless messages with trigger-like words (hot weather, fit for sport, rate food, block in games, owe money) → []",
    "ordinary": "ordinary chat: homework, sport, games, food, plans → []",
    "context": "scene-setting message before a case (scored overall only)",
}

NO_LABEL_FUNCS = {"negation_refusal", "benign_photo_request", "secrecy_benign", "safety_lesson",
                  "friendly_banter", "hard_negative", "ordinary"}

# Words that must never appear, stored only as truncated sha256 hashes of the lower-case token.
BANNED = {
    "12a667c9be6ff8f6", "98d44e13f455d916", "7f5a9ba14cb89dc2", "8c5c04391361cbf4",
    "ad505b0be8a49b89", "796e43a5a8cdb73b", "0f28c4960d96647e", "13a465fc6616da8d",
    "7e85c676fd97d370", "4140197ec7959b1c", "c0ebfa7cbe3d26ec", "89133bc00e9b3eb8",
    "665cb762e3bc03d0", "6ac3c336e4094835", "594810adcbee20bd", "c2c3b68b48832afd",
    "9ae315a94e428a7e",
}
# The guidance term "nudes" may appear only where someone talks about a lesson, asks for help
# or challenges; never in a harmful message.
GUIDANCE_TERM_HASHES = {"d92f4cf1e2d7e812", "6577be77529947bf"}
GUIDANCE_TERM_FUNCS = {"safety_lesson", "help_seeking", "counter_speech_quote", "protective"}


def M(spk, func, labels, text):
    """One message: local speaker letter, functionality, label codes (space separated), text."""
    return (spk, func, labels, text)


# ---------------------------------------------------------------------------------------------
# The cases. Each conversation is a list of messages in time order. Local speakers a, b, c, d
# are mapped to pseudonymous ids ho_s01.. by the builder.
# ---------------------------------------------------------------------------------------------
CONVS = [
    # ----- image requests ------------------------------------------------------------------
    [M("a", "image_request", "IR", "heyy u up?? send us a selfie, just for me tho 😏"),
     M("b", "negation_refusal", "", "nah im literally in bed"),
     M("a", "pressure", "PR", "so? thats the best time 👀 go on"),
     M("b", "negation_refusal", "", "i said no")],
    [M("a", "image_request", "IR", "snap me something u wouldnt put on ur story 😈")],
    [M("a", "image_request", "IR", "go on cam for me later, just u and me x")],
    [M("a", "image_request", "IR PR", "wheres my pic then. the one in ur pjs u promised")],
    [M("a", "image_request", "IR", "send a mirror pic in that top u wore friday 🔥🔥")],
    [M("a", "image_request", "IR", "s e n d a p i c babe")],
    [M("a", "image_request", "IR", "snd pic of u pls 🥺🥺")],
    [M("a", "image_request", "IR PR",
       "ok dont be weird about it but i really like u and if u sent me a pic of u, like a proper one "
       "not a selfie with ur mates, itd show me u actually trust me. everyone else would")],
    [M("a", "image_request", "IR", "vid call me from ur room later, camera on this time yeah"),
     M("b", "context", "", "why"),
     M("a", "pressure", "PR", "dont ask why just do it, ur always so awkward")],
    [M("a", "image_request", "IR", "u look nice in ur pfp, send me more like that but without the hoodie 😉")],
    [M("a", "image_request", "IR", "can i see u in the new bikini before u go on holiday 👀")],
    [M("a", "image_request", "IR", "SEND ONE NOW"),
     M("b", "negation_refusal", "", "?? no who even is this"),
     M("a", "pressure", "IR PR", "stop pretending u dont know me and send it")],
    [M("a", "image_request", "IR", "prove its really u, send a pic. a proper one 😏")],
    [M("a", "image_request", "IR", "send me one of u tonight, one u wouldnt show ur mum 😏")],

    # ----- pressure -------------------------------------------------------------------------
    [M("a", "image_request", "IR", "send one then"),
     M("b", "negation_refusal", "", "im not comfortable with that"),
     M("a", "pressure", "PR", "comfortable?? its only me lol"),
     M("a", "pressure", "PR", "literally everyone in our year does it, ur being weird")],
    [M("a", "image_request", "IR", "pic?"),
     M("b", "negation_refusal", "", "maybe later"),
     M("a", "pressure", "PR", "uve said that like 3 times now"),
     M("c", "protective", "CH", "bro she said later which means no, leave it")],
    [M("a", "pressure", "IR PR", "i sent u mine so its ur turn. fairs fair")],
    [M("a", "image_request", "IR", "when u gonna send me one of u"),
     M("b", "negation_refusal", "", "i just dont want to"),
     M("a", "pressure", "PR", "if u actually cared about me u wouldnt make me beg like this")],
    [M("a", "image_request", "IR", "send it"),
     M("b", "negation_refusal", "", "no"),
     M("a", "names", "NM PR", "god ur so frigid its embarrassing")],
    [M("a", "image_request", "IR", "go on send me a pic of u in ur uniform"),
     M("b", "negation_refusal", "", "nope"),
     M("a", "pressure", "PR", "ill delete it the second ive seen it i swear on my nan")],
    [M("a", "pressure", "PR", "no one else will ever see it, my phone has face id anyway"),
     M("b", "negation_refusal", "", "still no")],
    [M("a", "image_request", "IR", "send me one of u in bed x"),
     M("b", "negation_refusal", "", "no thanks"),
     M("a", "pressure", "PR", "fine dont then. thought u were different 🙄")],
    [M("a", "pressure", "PR", "ur literally the only girl who hasnt sent me one")],
    [M("a", "image_request", "IR", "send me a cute one of u"),
     M("a", "pressure", "PR", "??"),
     M("a", "pressure", "PR", "hello??? why u ignoring me")],
    [M("a", "pressure", "IR PR", "ill stop asking if u just send one. one. thats it")],
    [M("a", "image_request", "IR", "send me a pic just for me, the kind u dont post 😏"),
     M("b", "negation_refusal", "", "not happening"),
     M("a", "pressure", "IR PR", "its literally nothing, just send it")],
    [M("a", "pressure", "IR PR", "ill give u 2000 vbucks if u send me a pic of u")],
    [M("a", "image_request", "IR", "ur turn to send a pic"),
     M("b", "negation_refusal", "", "idk i dont really want to"),
     M("a", "pressure", "PR", "after i covered for u with sir?? u owe me")],
    [M("a", "pressure", "PR",
       "i dont get why ur making this so hard. my ex sent them all the time and she never made a fuss, "
       "its literally normal, u just need to relax and stop overthinking everything")],

    # ----- threats and sextortion -----------------------------------------------------------
    [M("a", "threat", "IR TH EX", "if u dont send another one the first one goes in the year gc")],
    [M("a", "threat", "TH EX", "40 quid by tonight or ur mum gets sent everything")],
    [M("a", "threat", "TH", "try blocking me. go on. see how that works out for u")],
    [M("a", "threat", "TH EX", "remember i still have ur pics. so be nice to me")],
    [M("a", "threat", "TH SE", "tell anyone about this and ur done at this school")],
    [M("a", "threat", "TH EX", "one message from me and ur whole family sees what u sent")],
    [M("a", "threat", "TH EX", "i can make a fake of u with that app and send it round, so do what i say")],
    [M("a", "threat", "TH", "answer me or ill come find u after school")],
    [M("a", "exposure", "EX", "ive still got ur snaps saved btw"),
     M("b", "protective", "CH", "what?? delete them now"),
     M("a", "threat", "TH EX", "depends how nice ur gonna be to me 😈")],
    [M("a", "threat", "TH EX", "do what i say or everyone finds out about friday")],
    [M("a", "threat", "TH EX", "unless u come round saturday ur pic is going on my story")],
    [M("a", "image_request", "IR", "send me a vid then"),
     M("b", "negation_refusal", "", "no way"),
     M("a", "threat", "TH", "ok but dont be surprised when things get awkward for u on monday")],
    [M("a", "threat", "TH EX", "wouldnt it be a shame if ur bf saw these 🤭")],
    [M("a", "threat", "IR TH", "u got 10 mins to send it or im done being nice")],

    # ----- exposure -------------------------------------------------------------------------
    [M("a", "exposure", "EX", "lmaooo someone airdropped maddies pic to the whole bus"),
     M("b", "protective", "CH", "thats not funny at all, whoever did that is grim"),
     M("c", "protective", "SU", "[HANDLE] u ok? message me if u want")],
    [M("a", "exposure", "EX", "ive screenshotted everything she sent me, lads want a look?")],
    [M("a", "exposure", "EX", "its already in the boys gc, too late now"),
     M("b", "protective", "CH", "take it down. seriously"),
     M("a", "minimising", "MI", "calm down its only a pic")],
    [M("a", "exposure", "EX", "forwarded it to jay, hell pass it on")],
    [M("a", "context", "", "did u see what happened to tia at kais party"),
     M("a", "exposure", "EX", "i got the vid, dm me if u want it 👀")],
    [M("a", "exposure", "EX", "someone filmed her in the changing rooms and its going round")],
    [M("a", "exposure", "EX", "posted the screenshots of her msgs to him on my close friends lol")],
    [M("a", "exposure", "EX", "showing the lads ur pic at lunch tmrw 😂")],
    [M("a", "context", "", "is it true ellas pic got out"),
     M("b", "exposure", "EX", "half of year 10 has seen it by now tbh")],

    # ----- rumours and jokes ----------------------------------------------------------------
    [M("a", "rumour_joke", "JK", "apparently she went upstairs with two lads at the party 👀")],
    [M("a", "rumour_joke", "JK", "everyone knows what liv got up to in year 9, dont act innocent")],
    [M("a", "context", "", "this bag is so rubbish its too big it wont fit in my locker"),
     M("b", "rumour_joke", "JK", "thats what she said 😂😂")],
    [M("a", "rumour_joke", "JK", "bet ur body count is higher than ur test scores 😂")],
    [M("a", "context", "", "i stayed at callums last night"),
     M("b", "rumour_joke", "JK", "ohhh stayed 😏😏 course u did")],
    [M("a", "rumour_joke", "JK", "heard u and oscar were busy in the park last night 😏")],
    [M("a", "rumour_joke", "JK", "ask priya about the sleepover, watch her go red 😂 she knows what she did")],

    # ----- appearance and rating ------------------------------------------------------------
    [M("a", "appearance_rating", "AP", "ngl shes well fit, id rate her an 8")],
    [M("a", "appearance_rating", "AP", "smash or pass: the new girl in 9c"),
     M("b", "protective", "CH", "no one is doing this, shes literally been here a week")],
    [M("a", "appearance_rating", "AP", "ranking the girls in our form on looks, whos top 👇")],
    [M("a", "appearance_rating", "AP", "ur legs in that skirt tho 😍😏")],
    [M("a", "appearance_rating", "AP", "did u see her beach pics, unreal body 🥵")],
    [M("a", "appearance_rating", "AP", "rate my gf out of 10 boys, be honest")],
    [M("a", "appearance_rating", "AP", "she only gets attention cos of her chest lol")],
    [M("a", "appearance_rating", "AP", "that pe kit is doing u favours 👀👀")],

    # ----- names ----------------------------------------------------------------------------
    [M("a", "names", "NM", "ur such a prude its boring")],
    [M("a", "names", "NM", "shes a tease, leads every lad on then acts shocked")],
    [M("a", "names", "NM", "everyone calls her easy for a reason")],
    [M("a", "names", "NM", "shut up u slag")],
    [M("a", "names", "NM", "lol dont invite zara shes a proper sket"),
     M("b", "protective", "CH", "wtf dont call her that")],

    # ----- harmful secrecy ------------------------------------------------------------------
    [M("a", "secrecy_harmful", "SE", "dont tell ur mum we talk, she wouldnt get it")],
    [M("a", "secrecy_harmful", "SE", "once uve read this, wipe it. all of it")],
    [M("a", "secrecy_harmful", "SE", "lets go on the other app, the one where msgs vanish. safer for u")],
    [M("a", "secrecy_harmful", "SE", "this stays between us yeah? ur mates dont need to know")],
    [M("a", "secrecy_harmful", "SE", "meet me at the park after dark. if ur dad asks say u were at ellas")],
    [M("a", "secrecy_harmful", "SE", "dont screenshot anything i send and dont show anyone")],
    [M("a", "secrecy_harmful", "SE", "u didnt hear any of this from me. clear ur messages")],
    [M("a", "secrecy_harmful", "SE TH", "snitches get stitches, keep ur mouth shut about friday")],
    [M("a", "secrecy_harmful", "SE", "what we have is private ok, no telling ur sister"),
     M("b", "context", "", "why cant i tell her"),
     M("a", "secrecy_harmful", "SE", "cos she'll make it weird. just trust me")],
    [M("a", "secrecy_harmful", "SE", "ur older than the others in ur head, they wouldnt understand us. keep it quiet")],

    # ----- victim blaming -------------------------------------------------------------------
    [M("a", "context", "", "did u hear about nia and that lad"),
     M("b", "blame", "BL", "tbh she sent it to him so what did she think would happen")],
    [M("a", "blame", "BL", "if u dont want ur pics going round dont take them in the first place")],
    [M("a", "blame", "BL", "shes the one who sent it, why is everyone acting like hes the bad guy")],
    [M("a", "blame", "BL", "she only reported it cos she wants attention")],
    [M("a", "blame", "BL", "wore that to the party then moaned about the comments, like come on")],
    [M("a", "blame", "BL", "girls who send stuff to lads they barely know are asking for it")],
    [M("a", "blame", "BL", "its her own fault for trusting him"),
     M("b", "protective", "SU CH", "its not her fault at all, he's the one who shared it")],
    [M("a", "blame", "BL", "she led him on so she cant really complain now")],
    [M("a", "blame", "BL", "honestly shes making it up, he wouldnt do that")],

    # ----- minimising -----------------------------------------------------------------------
    [M("a", "minimising", "MI", "mate its bants, nobody meant anything")],
    [M("a", "context", "", "why does he keep commenting on my body in the gc"),
     M("b", "minimising", "MI", "lads are always like that, dont take it to heart")],
    [M("a", "minimising", "MI", "ur overreacting, it was one pic")],
    [M("a", "minimising", "MI", "cant even have a laugh anymore without someone crying harassment")],
    [M("a", "minimising", "MI", "it was a compliment, u should be flattered tbh")],
    [M("a", "minimising", "MI", "everyone gets rated, its not that serious")],
    [M("a", "minimising", "MI", "boys being boys innit 🤷")],
    [M("a", "minimising", "MI", "stop making it a whole thing, he was only messing")],

    # ----- protective (direct) --------------------------------------------------------------
    [M("a", "protective", "CH", "nah pack it in, thats not banter thats harassment")],
    [M("a", "protective", "CH", "stop sending it round. she never agreed to any of that")],
    [M("a", "protective", "SU", "r u ok? i saw what he put in the gc. im here if u wanna talk")],
    [M("a", "protective", "SU", "ur not in trouble, u didnt do anything wrong. he did")],
    [M("a", "protective", "SU", "i know ur telling the truth. whatever u decide im with u")],
    [M("a", "protective", "RP", "im telling mrs okafor first thing tomorrow")],
    [M("a", "protective", "RP", "just report his acc and block, then mute the gc for a bit")],
    [M("a", "protective", "RP", "u can use report remove to get it taken off, my cousin did")],
    [M("a", "protective", "RP", "if u dont want to talk to a teacher u can ring childline, its free")],
    [M("a", "protective", "RP", "ive told my mum everything, she's ringing school in the morning")],
    [M("a", "protective", "SU", "u dont owe him anything. not a pic, not a reply, nothing")],

    # ----- help seeking ---------------------------------------------------------------------
    [M("a", "help_seeking", "HS", "this lad from another school keeps asking me for pics and says i owe him. what do i do")],
    [M("a", "help_seeking", "HS",
       "my friend sent a pic to her bf and now hes showing people. how do we get it deleted??"),
     M("b", "protective", "RP", "tell a teacher asap, they can get it taken down"),
     M("a", "context", "", "she doesnt want anyone to know tho")],
    [M("a", "help_seeking", "HS", "someone made a fake account with my photos, who do i tell")],
    [M("a", "help_seeking", "HS",
       "he said if i dont send one hell post the one i sent before. im so scared. what should i do"),
     M("b", "protective", "SU RP", "omg ur not on ur own. dont send anything, screenshot it and we'll tell ur mum together")],
    [M("a", "help_seeking", "HS",
       "is it normal that he keeps wanting to facetime late with the door shut? idk how to say no")],
    [M("a", "help_seeking", "HS RP",
       "i blocked him but he made a new account and keeps going. told my mum already, does anyone know what else works")],
    [M("a", "help_seeking", "HS", "how do u report a pic on insta if its of ur mate and she didnt post it")],
    [M("a", "help_seeking", "HS",
       "my brothers mate keeps saying stuff about my body on snap, should i tell someone or am i being dramatic")],
    [M("a", "help_seeking", "HS", "he told me to keep it secret and not tell my mum. idk if i should")],
    [M("a", "help_seeking", "HS", "people in my year keep calling me frigid since i said no to him. i dont know what to do anymore")],
    [M("a", "help_seeking", "HS", "can i talk to u about something? a boy in y11 has a pic of me and keeps hinting"),
     M("b", "protective", "SU", "course. im here. ur not in trouble ok")],
    [M("a", "help_seeking", "HS",
       "my mate says her ex is threatening to send her pics to her dad unless she gets back with him. how can i help her")],
    [M("a", "help_seeking", "HS", "he keeps asking me for nudes, does anyone know if the police can do anything")],

    # ----- counter-speech that quotes -------------------------------------------------------
    [M("a", "counter_speech_quote", "CH", "\"shes asking for it\" - no one is ever asking for it, stop saying that")],
    [M("a", "counter_speech_quote", "CH", "saying its just banter doesnt make it ok")],
    [M("a", "counter_speech_quote", "CH", "why do u keep calling her easy, its vile")],
    [M("a", "counter_speech_quote", "CH", "'rate her out of 10' is such a creepy thing to post about a real person")],
    [M("a", "counter_speech_quote", "CH", "imagine thinking \"everyone sends them\" is a reason. grow up")],
    [M("a", "counter_speech_quote", "CH", "he literally wrote 'send one or else' and people are defending him??")],
    [M("a", "counter_speech_quote", "CH", "'boys will be boys' is not an excuse for any of it")],
    [M("a", "counter_speech_quote", "CH", "calling someone a prude cos they said no is pathetic")],
    [M("a", "counter_speech_quote", "CH",
       "the whole 'she shouldnt have sent it' thing is victim blaming and sir literally told us that")],
    [M("a", "counter_speech_quote", "CH", "u dont get to say 'only joking' after sending that to her")],

    # ----- refusals and negated mentions ----------------------------------------------------
    [M("a", "negation_refusal", "", "im not sending u anything, stop asking")],
    [M("a", "negation_refusal", "", "i would never share someone elses pics")],
    [M("a", "negation_refusal", "", "no im not going on cam, its late")],
    [M("a", "negation_refusal", "", "i didnt screenshot it i swear, check my camera roll")],
    [M("a", "negation_refusal", "", "he never asked me for anything like that, hes just a mate")],
    [M("a", "negation_refusal", "", "not posting it anywhere, it was only for my mum")],
    [M("a", "negation_refusal", "", "nobody was rating anyone, we were doing the maths quiz")],

    # ----- benign photo requests ------------------------------------------------------------
    [M("a", "benign_photo_request", "", "can u snap me the homework sheet, left mine in the library")],
    [M("a", "benign_photo_request", "", "can u send the pics from the museum trip"),
     M("b", "benign_photo_request", "", "yeah ill airdrop them when im home")],
    [M("a", "benign_photo_request", "", "OMG SEND PICS OF THE KITTENS WHEN THEYRE BORN!!!!")],
    [M("a", "benign_photo_request", "", "send a pic of ur prom dress when u get it 😍")],
    [M("a", "benign_photo_request", "", "facetime me when ur home i need help with the maths")],
    [M("a", "benign_photo_request", "", "pic of the cake or it didnt happen"),
     M("b", "ordinary", "", "ok ok sending now, its a bit wonky")],
    [M("a", "benign_photo_request", "", "send us the vid of ur goal from saturday")],
    [M("a", "benign_photo_request", "", "can someone take a photo of the board before sir wipes it")],
    [M("a", "benign_photo_request", "", "show me ur new trainers then")],
    [M("a", "benign_photo_request", "", "u going live later? ill watch the stream")],
    [M("a", "benign_photo_request", "", "put ur camera on in revision club, mr hale wants to see we're all there")],
    [M("a", "benign_photo_request", "", "send a selfie so i can see ur new haircut"),
     M("b", "ordinary", "", "its so short ur gonna laugh")],

    # ----- benign secrecy -------------------------------------------------------------------
    [M("a", "secrecy_benign", "", "dont tell jess but we're getting her a cake for her birthday")],
    [M("a", "secrecy_benign", "", "shhh dont say anything about the ending, i havent watched it yet")],
    [M("a", "secrecy_benign", "", "keep it between us but i got into the football academy!!")],
    [M("a", "secrecy_benign", "", "delete that msg i sent it to the wrong chat 😭")],
    [M("a", "secrecy_benign", "", "dont tell mum i broke the remote, ill fix it")],
    [M("a", "secrecy_benign", "", "our secret santa is sorted, dont tell anyone who u got")],

    # ----- online-safety lessons ------------------------------------------------------------
    [M("a", "safety_lesson", "", "in pshe today we learned sharing nudes of anyone under 18 is illegal even if u took it urself"),
     M("b", "safety_lesson", "", "yeah and u can use report remove to get stuff taken down")],
    [M("a", "safety_lesson", "", "the assembly on online safety was so long 😴")],
    [M("a", "safety_lesson", "", "we have to make a poster about what to do if someone asks for a photo, any ideas")],
    [M("a", "safety_lesson", "", "miss said the police came in to talk about sextortion scams for year 10")],
    [M("a", "safety_lesson", "", "homework: write what u would say to a friend who got pressured online. 200 words")],
    [M("a", "safety_lesson", "", "that video in form about the girl whose pic got shared was actually really sad")],
    [M("a", "safety_lesson", "", "did u do the quiz on privacy settings? question 4 was confusing")],

    # ----- friendly banter ------------------------------------------------------------------
    [M("a", "friendly_banter", "", "ur penalty went into orbit mate 😂"),
     M("b", "friendly_banter", "", "at least i turned up to training unlike someone")],
    [M("a", "friendly_banter", "", "ur singing in the car is a crime honestly"),
     M("b", "friendly_banter", "", "jealous of my talent")],
    [M("a", "friendly_banter", "", "who let u cook, this pasta is soup"),
     M("b", "friendly_banter", "", "rude. its a new recipe")],
    [M("a", "friendly_banter", "", "imagine losing to a year 7 at fifa 💀")],
    [M("a", "friendly_banter", "", "ur hair in that photo is SENDING me 😭😭"),
     M("b", "friendly_banter", "", "delete it or ur dead to me lol")],
    [M("a", "friendly_banter", "", "bro got lost in the school he's been at for 4 years")],

    # ----- hard negatives -------------------------------------------------------------------
    [M("a", "hard_negative", "", "the sports hall is roasting hot, can someone open the fire door")],
    [M("a", "hard_negative", "", "coach says kai isnt fit enough for the full 90 yet, his ankle")],
    [M("a", "hard_negative", "", "give the new canteen burger a rating, i say 6/10 🍔")],
    [M("a", "hard_negative", "", "ur meant to block his runs down the wing, stay tight on him")],
    [M("a", "hard_negative", "", "u still owe me for the cinema ticket btw")],
    [M("a", "hard_negative", "", "tidy ur side of the room or else im telling mum")],
    [M("a", "hard_negative", "", "i screenshotted the bus times so we dont miss it")],
    [M("a", "hard_negative", "", "if u spoil the match result im blocking u 😤")],
    [M("a", "hard_negative", "", "honestly the new girl is so easy going, ud like her")],
    [M("a", "hard_negative", "", "what r u wearing tonight for the bonfire, is it cold out")],
    [M("a", "hard_negative", "", "the body count in that film was mad")],
    [M("a", "hard_negative", "", "stop slagging off my team, we won last week"),
     M("b", "friendly_banter", "", "won against who, the teachers? 😂")],
    [M("a", "hard_negative", "", "im gonna kill my brother he ate my last yoghurt")],
    [M("a", "hard_negative", "", "we're gonna expose the other team on the pitch tomorrow 😤")],
    [M("a", "hard_negative", "", "post the class photo in the gc so everyone can see it")],

    # ----- ordinary chat --------------------------------------------------------------------
    [M("a", "ordinary", "", "whats the english homework?"),
     M("b", "ordinary", "", "read chapter 4 and answer the questions on the sheet"),
     M("a", "ordinary", "", "ty ur a lifesaver")],
    [M("a", "ordinary", "", "anyone going to the rec after school"),
     M("b", "ordinary", "", "yeah after tea"),
     M("c", "ordinary", "", "cant mum says i have to tidy my room first 🙄")],
    [M("a", "ordinary", "", "did u finish the science revision guide"),
     M("b", "ordinary", "", "no im on page 12 its taking forever"),
     M("a", "ordinary", "", "same, wanna do it together on call later")],
    [M("a", "ordinary", "", "who's playing minecraft tonight"),
     M("b", "ordinary", "", "me, i'll start the server at 7"),
     M("c", "ordinary", "", "dont build near my house this time")],
    [M("a", "ordinary", "", "chippy or pizza for tea"),
     M("b", "ordinary", "", "chippy obviously")],
    [M("a", "ordinary", "", "what time does the bus leave for the trip"),
     M("b", "ordinary", "", "8:15 at the front gate, dont be late")],
    [M("a", "ordinary", "", "my new number is [PHONE], save it"),
     M("b", "ordinary", "", "saved 👍")],
    [M("a", "ordinary", "", "can u email me the slides, its [EMAIL]"),
     M("b", "ordinary", "", "sent, check ur junk folder")],
    [M("a", "ordinary", "", "did anyone understand the chemistry lesson today"),
     M("b", "ordinary", "", "nope. moles make no sense"),
     M("c", "ordinary", "", "i'll ask miss tomorrow and tell u")],
    [M("a", "ordinary", "", "netball got cancelled cos of the rain"),
     M("b", "ordinary", "", "yesss i didnt want to go anyway")],
    [M("a", "ordinary", "", "is the canteen doing pasta on friday?")],
    [M("a", "ordinary", "", "my dog ate my charger cable 😭"),
     M("b", "ordinary", "", "noooo is he ok"),
     M("a", "ordinary", "", "yeah hes fine, my phone isnt")],
    [M("a", "ordinary", "", "happy birthday!!! have the best day 🥳🎂")],
    [M("a", "ordinary", "", "who got the highest in the french test"),
     M("b", "ordinary", "", "amira got 48/50 shes a genius")],
    [M("a", "ordinary", "", "lets meet at the library at 10 on saturday"),
     M("b", "ordinary", "", "can we make it 11 i have swimming")],
    [M("a", "ordinary", "", "does anyone have a spare calculator for tomorrow")],
    [M("a", "ordinary", "", "ngl that new song is stuck in my head all day"),
     M("b", "ordinary", "", "which one"),
     M("a", "ordinary", "", "the one from the advert with the dancing cat")],
    [M("a", "ordinary", "", "i've got the dentist period 3 so can u tell sir")],
    [M("a", "ordinary", "", "what did u get for question 7, i got 3.5"),
     M("b", "ordinary", "", "same i think")],
    [M("a", "ordinary", "", "mock exams start the 12th, im not ready at all"),
     M("b", "ordinary", "", "we'll be fine, lets make flashcards this weekend")],
    [M("a", "ordinary", "", "my little brother keeps stealing my hoodies"),
     M("b", "ordinary", "", "lock ur door lol")],
    [M("a", "ordinary", "", "anyone know if the leisure centre pool is open on sunday")],
    [M("a", "ordinary", "", "ive finished my art project finally, took 3 weeks"),
     M("b", "ordinary", "", "proud of u, show me tomorrow")],
    [M("a", "ordinary", "", "the wifi at home is so slow, cant load the homework site"),
     M("b", "ordinary", "", "try the app version it works better")],

    # ----- longer mixed conversations ------------------------------------------------------
    [M("a", "context", "", "did anyone else get that weird message from the account with no pfp"),
     M("b", "context", "", "yeah he asked me for a pic of me in my pjs"),
     M("c", "protective", "RP", "same. block and report, i already did"),
     M("a", "protective", "RP", "done. im telling miss reid tomorrow too")],
    [M("a", "appearance_rating", "AP", "lads whos the fittest in year 10, go"),
     M("b", "appearance_rating", "AP", "freya easy, no contest 🔥"),
     M("c", "protective", "CH", "why are u lot rating people, its actually weird"),
     M("a", "minimising", "MI", "relax its a joke")],
    [M("a", "image_request", "IR", "hey u looked good today, send us a pic before bed x"),
     M("b", "negation_refusal", "", "haha no"),
     M("a", "pressure", "PR", "whyyy ur no fun"),
     M("b", "negation_refusal", "", "im going to sleep night"),
     M("a", "pressure", "PR", "just one pleaseeee 🥺")],
    [M("a", "exposure", "EX", "who wants to see what ellie sent me 😂"),
     M("b", "protective", "CH", "no one. delete it mate thats not cool"),
     M("c", "protective", "RP", "im showing this to head of year if u send it anywhere"),
     M("a", "minimising", "MI", "omg u lot are so dramatic it was a joke")],
    [M("a", "help_seeking", "HS", "i sent him one pic months ago and now he says he'll show everyone if i dont send more. i cant tell my parents. what do i do"),
     M("b", "protective", "SU", "none of this is on u. u didnt do anything wrong"),
     M("b", "protective", "RP", "u can report it to ceop online, or we can go to the safeguarding lead together tomorrow"),
     M("a", "context", "", "ok. will u come with me")],
    [M("a", "image_request", "IR", "since ur single now send me one 😏"),
     M("b", "protective", "CH", "thats actually creepy, dont message me like that again"),
     M("a", "names", "NM PR", "jeez ur such a tease anyway")],
    [M("a", "ordinary", "", "ur story from the party got loads of views"),
     M("b", "ordinary", "", "haha yeah the dance off was iconic")],
    [M("a", "secrecy_harmful", "SE", "we never spoke, got it? not to ur mum not to anyone"),
     M("b", "context", "", "why tho"),
     M("a", "threat", "SE TH", "cos if ur mum finds out ur gonna regret it")],
    [M("a", "friendly_banter", "", "ur gonna hate me but i told sam what u said about his hair"),
     M("b", "friendly_banter", "", "traitor 😂 he knows its true")],
    [M("a", "benign_photo_request", "", "can u send me the photo of the group at the beach"),
     M("b", "ordinary", "", "which one, theres like 40"),
     M("a", "ordinary", "", "the one where we all look normal lol")],
    [M("a", "blame", "BL", "ngl if she didnt want people seeing it she shouldnt have sent it"),
     M("b", "protective", "CH", "thats victim blaming. he shared it, thats on him")],
    [M("a", "ordinary", "", "u coming to mine after school?"),
     M("b", "ordinary", "", "maybe later, need to finish my homework"),
     M("a", "ordinary", "", "ok text me when ur done")],
    [M("a", "ordinary", "", "anyone got tips for the 1500m on sports day"),
     M("b", "ordinary", "", "dont sprint the first lap thats what everyone does")],
    [M("a", "help_seeking", "HS", "he keeps saying ill regret it if i go to the party with someone else. is that normal??"),
     M("b", "protective", "SU", "no its not normal. r u safe? u can stay at mine tonight")],

    # ----- more context-dependent ordinary chat (request-like, refusal-like, secrecy-like) ---
    [M("a", "ordinary", "", "did u do the geography map"),
     M("b", "ordinary", "", "no not yet"),
     M("a", "hard_negative", "", "??? its due tomorrow"),
     M("b", "ordinary", "", "ok ok ill do it tonight")],
    [M("a", "ordinary", "", "can u send me ur notes from history"),
     M("b", "ordinary", "", "maybe later im at football"),
     M("a", "hard_negative", "", "come on pleaseee i need them for the test tomorrow")],
    [M("a", "ordinary", "", "missed the bus and had to walk in the rain 🙃"),
     M("b", "ordinary", "", "noooo"),
     M("c", "hard_negative", "", "u ok? u looked soaked in form"),
     M("a", "ordinary", "", "yeah just tired")],
    [M("a", "hard_negative", "", "my art piece is going in the school exhibition, everyone will see it 😬"),
     M("b", "ordinary", "", "thats amazing tho!! proud of u")],
    [M("a", "hard_negative", "", "i look so bad in this pic delete it pls"),
     M("b", "friendly_banter", "", "no its cute"),
     M("a", "hard_negative", "", "DELETE IT 😭")],
    [M("a", "secrecy_benign", "", "dont tell anyone but i still sleep with my teddy"),
     M("b", "secrecy_benign", "", "ur secret is safe with me lol")],
    [M("a", "hard_negative", "", "ill post the quiz results in the gc later")],
    [M("a", "benign_photo_request", "", "send me a pic of the venue when u get there, wanna see if its busy")],
    [M("a", "benign_photo_request", "", "show us the tiktok dance u learned"),
     M("b", "negation_refusal", "", "not a chance, its embarrassing 😂"),
     M("a", "friendly_banter", "", "ur no fun")],
    [M("a", "hard_negative", "", "keep ur voice down in the library or else miss will kick us out")],
    [M("a", "hard_negative", "", "rate my lego build out of 10 🧱"),
     M("b", "ordinary", "", "solid 9, the hands need work")],
    [M("a", "hard_negative", "", "we should tell sir about the broken projector in room 4")],
    [M("a", "hard_negative", "", "the history report is due friday dont forget")],
    [M("a", "benign_photo_request", "", "can i facetime u? need to ask about the trip forms")],
    [M("a", "hard_negative", "", "that new striker is unreal, so quick off the mark")],
    [M("a", "friendly_banter", "", "u owe me a rematch after that robbery 😤"),
     M("b", "friendly_banter", "", "cope")],
    [M("a", "ordinary", "", "WHO TOOK MY PE BAG"),
     M("b", "ordinary", "", "its in the changing room by the door"),
     M("a", "ordinary", "", "ur a legend")],
    [M("a", "ordinary", "", "r we still on for the cinema saturday"),
     M("b", "ordinary", "", "yeah 2pm showing, my dad can drive us"),
     M("c", "ordinary", "", "can i come tooo"),
     M("b", "ordinary", "", "obviously")],
    [M("a", "ordinary", "",
       "ok so i know this is long but i need advice on the options forms. i want to do drama and music but my "
       "mum thinks i should do triple science cos of the doctor thing and honestly i dont even know if i want "
       "to be a doctor anymore, i just said it in year 7 and now everyone expects it"),
     M("b", "ordinary", "", "do what u actually enjoy, u can still do science at a level if u change ur mind")],
    [M("a", "ordinary", "", "sorry i missed ur call, was at my nans")],
    [M("a", "ordinary", "", "new phone who dis 😎"),
     M("b", "friendly_banter", "", "finally, ur old one was held together with tape")],
    [M("a", "ordinary", "", "is anyone else doing the duke of ed walk next month"),
     M("b", "ordinary", "", "me! we need to buy waterproofs"),
     M("a", "ordinary", "", "my mum says the ones in the outdoor shop are on offer")],
    [M("a", "ordinary", "", "guys the bake sale is tomorrow, bring stuff pls"),
     M("b", "ordinary", "", "im doing brownies"),
     M("c", "ordinary", "", "i'll bring flapjacks if i dont burn them")],
    [M("a", "hard_negative", "", "im so hot in this blazer, when is summer uniform"),
     M("b", "ordinary", "", "after half term i think")],
    [M("a", "hard_negative", "", "if u dont come to my party im never speaking to u again 😂 jk pls come"),
     M("b", "ordinary", "", "obviously im coming")],
    [M("a", "hard_negative", "", "dont tell mr hale but i forgot my homework again"),
     M("b", "ordinary", "", "ur luck is gonna run out one day")],
    [M("a", "safety_lesson", "", "the online safety talk said to check who can see ur location on snap, so i turned it off")],
    [M("a", "safety_lesson", "", "we did a role play in pshe about saying no to someone pressuring u online, it was so awkward 😂")],
    [M("a", "negation_refusal", "", "i never said she was easy, stop twisting my words")],
    [M("a", "negation_refusal", "", "im not rating anyone, leave me out of it")],
    [M("a", "negation_refusal", "", "im not screenshotting ur chat relax, i was just checking the time")],

    # ----- more harmful cases, many with bystanders ----------------------------------------
    [M("a", "appearance_rating", "AP", "ur body is unreal, does ur bf know how lucky he is 😍")],
    [M("a", "appearance_rating", "AP", "would u rather: ella or maya, looks only 👀")],
    [M("a", "appearance_rating", "AP", "top 5 girls in year 9 ranking is out 📋 comment who u think is 1st"),
     M("b", "protective", "CH", "delete this. its grim and theyre gonna see it")],
    [M("a", "appearance_rating", "AP", "ur so hot when u get angry 😏"),
     M("b", "protective", "CH", "thats weird, dont talk to me like that")],
    [M("a", "image_request", "IR", "go on send one x"),
     M("b", "negation_refusal", "", "i dont do that"),
     M("a", "names", "NM PR", "dont be such a prude, its only a pic")],
    [M("a", "names", "NM", "ur a slag and everyone knows it"),
     M("b", "protective", "SU", "ignore her, shes just bitter. u ok?")],
    [M("a", "rumour_joke", "JK", "shes been with half the year apparently 😂")],
    [M("a", "rumour_joke", "JK", "ask him what he was doing in the bushes with maya 😂😂")],
    [M("a", "threat", "IR TH", "ur gonna send it whether u like it or not, ive got ways")],
    [M("a", "threat", "TH", "i know where u live btw")],
    [M("a", "threat", "TH EX", "send £20 in an hour or the pics go to ur whole contact list"),
     M("b", "context", "", "please dont i dont have any money")],
    [M("a", "exposure", "EX", "just sent it to the footy gc lol")],
    [M("a", "exposure", "EX", "who has the pic of maya from saturday, send it here"),
     M("b", "protective", "CH", "why would u even want that"),
     M("a", "minimising", "MI", "its just a laugh"),
     M("c", "protective", "RP", "ive told maya and shes going to sir")],
    [M("a", "secrecy_harmful", "SE", "remember u promised not to tell anyone about us")],
    [M("a", "secrecy_harmful", "SE", "turn off ur read receipts and dont save any of my msgs")],
    [M("a", "blame", "BL", "why did she even send it to him then 🙄")],
    [M("a", "blame", "BL", "she literally posts in her bikini then cries when boys comment")],
    [M("a", "minimising", "MI", "be glad anyone rates u at all tbh")],
    [M("a", "minimising", "MI", "no one got hurt, it was a bit of fun")],
    [M("a", "protective", "CH", "oi thats her private pic, delete it from the gc NOW")],
    [M("a", "protective", "SU", "ur not alone, this happens to loads of people and it gets sorted")],
    [M("a", "protective", "RP", "screenshot the messages as evidence and show ur head of year")],
    [M("a", "protective", "RP", "ive reported the post and so has half the form")],
    [M("a", "help_seeking", "HS", "what do i do if a boy keeps sending me pics i didnt ask for")],
    [M("a", "help_seeking", "HS", "my friend is being called names since her pic got out. how can i help her without making it worse")],
    [M("a", "help_seeking", "HS", "someone in my class keeps rating girls in the group chat and i want it to stop, who do i tell")],
    [M("a", "help_seeking", "HS RP", "i told miss and she said she'd sort it but he's still doing it, what now?")],
    [M("a", "counter_speech_quote", "CH", "\"frigid\" cos she said no? grow up honestly")],
    [M("a", "counter_speech_quote", "CH", "'it was a joke' isnt a defence when she was crying in the toilets")],
]


def norm_tokens(text):
    t = unicodedata.normalize("NFKC", text).lower()
    return re.findall(r"[a-z0-9]+", t)


def token_hash(tok):
    return hashlib.sha256(tok.encode()).hexdigest()[:16]


def build():
    errors = []
    rng = random.Random(20261202)
    start = dt.datetime(2025, 1, 6, tzinfo=dt.timezone.utc)
    end = dt.datetime(2026, 6, 30, 23, 59, tzinfo=dt.timezone.utc)
    span_days = (end - start).days - 2
    rows, gold, texts = [], [], set()
    n_conv = len(CONVS)
    msg_no = 0
    for ci, conv in enumerate(CONVS):
        cid = f"hoc{ci + 1:03d}"
        if not 1 <= len(conv) <= 6:
            errors.append(f"{cid}: {len(conv)} messages (1-6 allowed)")
        day = start + dt.timedelta(days=int(ci * span_days / n_conv) + rng.randint(0, 2))
        t = day + dt.timedelta(hours=rng.randint(7, 21), minutes=rng.randint(0, 59))
        letters = sorted({m[0] for m in conv})
        prev = None
        for spk, func, codes, text in conv:
            msg_no += 1
            mid = f"ho{msg_no:04d}"
            if spk not in "abcd" or len(spk) != 1:
                errors.append(f"{mid}: bad local speaker {spk!r}")
            li = letters.index(spk)
            speaker = f"ho_s{(ci * 3 + li * 7) % 60 + 1:02d}"
            if func not in FUNCS:
                errors.append(f"{mid}: unknown functionality {func!r}")
            labels = []
            for c in codes.split():
                if c not in CODES:
                    errors.append(f"{mid}: unknown label code {c!r}")
                    continue
                labels.append(CODES[c])
            if len(set(labels)) != len(labels):
                errors.append(f"{mid}: duplicate label")
            for lab in labels:
                if lab not in VALID:
                    errors.append(f"{mid}: invalid category {lab}")
                if lab == "sexualised.explicit":
                    errors.append(f"{mid}: sexualised.explicit must not be used")
            if func in NO_LABEL_FUNCS and labels:
                errors.append(f"{mid}: functionality {func} must have no label")
            if func not in NO_LABEL_FUNCS | {"context"} and not labels:
                errors.append(f"{mid}: functionality {func} needs a label")
            if text in texts:
                errors.append(f"{mid}: duplicate text {text!r}")
            texts.add(text)
            for tok in norm_tokens(text):
                h = token_hash(tok)
                if h in BANNED:
                    errors.append(f"{mid}: banned word")
                if h in GUIDANCE_TERM_HASHES and func not in GUIDANCE_TERM_FUNCS:
                    errors.append(f"{mid}: guidance term outside a lesson/help/challenge message")
            if prev is not None:
                t = t + dt.timedelta(seconds=rng.randint(15, 420))
            if prev is not None and t <= prev:
                errors.append(f"{mid}: timestamp not increasing")
            if not start <= t <= end:
                errors.append(f"{mid}: timestamp outside 2025-01-06..2026-06-30")
            prev = t
            rows.append([cid, mid, t.strftime("%Y-%m-%dT%H:%M:%SZ"), speaker, text, func])
            gold.append({"message_id": mid, "gold": sorted(labels)})
    ids = [r[1] for r in rows]
    if len(set(ids)) != len(ids):
        errors.append("message ids are not unique")
    if [g["message_id"] for g in gold] != sorted(ids):
        errors.append("gold is not sorted by id or does not cover every message")
    n = len(rows)
    unlabelled = sum(1 for g in gold if not g["gold"])
    if n < 300:
        errors.append(f"only {n} messages (need >= 300)")
    if n_conv < 120:
        errors.append(f"only {n_conv} conversations (need >= 120)")
    if unlabelled / n < 0.45:
        errors.append(f"only {unlabelled}/{n} messages unlabelled (need >= 45%)")
    return rows, gold, errors


def main():
    rows, gold, errors = build()
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        sys.exit(1)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["conversation_id", "message_id", "timestamp", "speaker", "text", "functionality"])
    w.writerows(rows)
    with open(os.path.join(HERE, "messages.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    n = len(rows)
    unl = sum(1 for g in gold if not g["gold"])
    print(f"{n} messages in {len(CONVS)} conversations; {unl} unlabelled ({unl / n:.1%})")
    by_func, by_label = {}, {}
    for r, g in zip(rows, gold):
        by_func[r[5]] = by_func.get(r[5], 0) + 1
        for lab in g["gold"]:
            by_label[lab] = by_label.get(lab, 0) + 1
    print("per functionality:")
    for k in sorted(by_func):
        print(f"  {k:22} {by_func[k]}")
    print("per label:")
    for k in sorted(by_label):
        print(f"  {k:28} {by_label[k]}")


if __name__ == "__main__":
    main()
