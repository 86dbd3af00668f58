#!/usr/bin/env python3
"""Generate the synthetic c2chat training corpus (corpora/train/train.jsonl).

Everything here is invented, redacted-style and NON-GRAPHIC: short template
messages in UK secondary-school chat register, with pseudonymous speaker ids
(tspk_NNN) and no names, numbers, handles or addresses. No sexual acts are
described and no explicit sexual terms are used; the harmful categories are
represented only by the everyday phrasings that safeguarding guidance quotes
("send me a pic", "u owe me", "she shouldn't have sent it", "it was just banter").

The output is deterministic: one seeded random.Random, no set iteration, fixed
ordering, so running the script twice writes the same bytes.

    python3 corpora/train/generate.py [--out PATH]
"""

import argparse
import json
import os
import re
import random

SEED = 20261124
MIN_PER_CATEGORY = 80      # stop adding harmful conversations when every id has this many
NEG_SHARE = 0.55           # then add benign conversations until negatives reach this share
MIN_MESSAGES = 1300
N_SPEAKERS = 160

CATEGORIES = [
    "sexualised.appearance", "sexualised.names", "sexualised.jokes",
    "coercive.image_request", "coercive.pressure", "coercive.threat",
    "coercive.exposure", "coercive.secrecy",
    "victim_blaming.blame", "victim_blaming.minimising", "protective",
]

AP, NM, JK = "sexualised.appearance", "sexualised.names", "sexualised.jokes"
IR, PR, TH, EX, SC = ("coercive.image_request", "coercive.pressure", "coercive.threat",
                      "coercive.exposure", "coercive.secrecy")
BL, MN, PT = "victim_blaming.blame", "victim_blaming.minimising", "protective"

# --------------------------------------------------------------------------- slots

SLOTS = {
    "pic": ["a pic", "a pic of u", "a selfie", "a private pic", "a pic just for me", "a mirror selfie",
            "one of them pics", "a pic no one else sees", "a pic", "a photo of u"],
    "when": ["tonight", "later", "after school", "rn", "before bed", "now", "this weekend", "at 10",
             "when ur home", "when ur mum's asleep", "2nite"],
    "dm": ["snap", "insta", "whatsapp", "dms", "tiktok"],
    "gc": ["the gc", "the group chat", "the year 10 gc", "the year 9 gc", "the boys gc", "the footy gc",
           "my story", "the whole year's chat"],
    "she": ["she", "the new girl", "that girl in 9c", "his ex", "ur mate", "the girl from the bus",
            "that year 11 girl", "the new girl in our form"],
    "her": ["her", "the new girl", "that girl in 9c", "his ex", "ur mate", "the girl from the bus",
            "that year 11 girl"],
    "him": ["him", "that lad from year 11", "ur ex", "the boy from the bus", "the new lad", "that lad in 10a"],
    "form": ["10b", "9c", "our form", "year 10", "the netball team", "our maths set", "year 9", "8d"],
    "hw": ["maths homework", "science sheet", "french vocab", "history question", "english homework",
           "geography map", "timetable", "revision list", "seating plan", "homework planner", "bus timetable",
           "page numbers for english", "board from science"],
    "pet": ["dog", "cat", "hamster", "new puppy", "rabbit", "bearded dragon", "kitten", "guinea pigs", "puppy"],
    "clothes": ["trainers", "shoes", "hoodie", "coat", "football boots", "school bag"],
    "trip": ["the trip", "the geography trip", "the drama trip", "sports day", "the residential",
             "the museum trip", "the zoo trip", "the ski trip", "the concert", "year 7 transition day"],
    "game": ["fifa", "fortnite", "cod", "minecraft", "rocket league", "valorant", "mario kart", "roblox"],
    "show": ["the new episode", "the finale", "the film", "stranger things", "the match", "love island",
             "the new season", "the book"],
    "place": ["town", "the park", "maccies", "the cinema", "the leisure centre", "the bus stop", "greggs",
              "the skate park", "the trampoline park"],
    "subject": ["maths", "science", "english", "history", "geography", "french", "drama", "pe", "food tech",
                "re", "computing", "art"],
    "day": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "tmrw", "tomorrow", "next week"],
    "teacher": ["sir", "miss", "our form tutor", "the supply teacher", "the pe teacher", "the science teacher"],
    "adult": ["a teacher", "ur head of year", "the safeguarding lead", "ur form tutor", "ur mum",
              "someone u trust", "ur dad", "the school counsellor", "a trusted adult"],
    "thing": ["charger", "hoodie", "calculator", "pe bag", "headphones", "controller", "water bottle",
              "pencil case", "planner"],
    "food": ["chips", "a maccies", "a greggs", "a meal deal", "pizza", "a chicken wrap", "a slush"],
    "team": ["arsenal", "united", "city", "villa", "spurs", "liverpool", "our team", "the u14s", "chelsea"],
    "num": ["5", "10", "15", "20"],
}

SLOT_RE = re.compile(r"\{([a-z]+)\}")

# --------------------------------------------------------------------------- pools
# name -> (labels, templates). Templates may carry slots.

POOLS = {
    # ---- coercive.image_request
    "image_request": ([IR], [
        "send me {pic}", "send {pic} {when}", "go on send {pic}", "can u send me {pic} {when}",
        "send me something {when} 😏", "u gonna send me {pic} or what", "snap me {pic} {when}",
        "facetime me {when} but just us, camera on", "go on cam for me {when}",
        "video call me {when}, just me, no one else", "wanna swap pics?", "send one back then",
        "show me what ur wearing rn", "take a pic for me {when}", "u should send me {pic} on {dm}",
        "cmon just one pic", "pls send a pic, just for me", "can i see a pic of u {when}",
        "i wanna see u, send a pic", "switch ur camera on for me", "send the pic u promised",
        "wheres my pic", "send nudes", "u sending nudes or not", "add me on {dm} and send {pic}",
        "send me a pic on {dm} {when}", "can u send a pic of urself", "i want a pic, not a selfie with ur mates",
        "send a better one than that", "go live for me on {dm} {when}", "pic for pic?",
        "show me on cam {when}", "snap me back with {pic}",
    ]),
    # ---- coercive.pressure
    "pressure": ([PR], [
        "go on pls, just one", "u owe me", "u owe me after everything", "everyone does it",
        "everyone in our year does it, its normal", "if u loved me u would", "if u actually liked me u would",
        "ill delete it straight after i promise", "i'll delete it after, swear down",
        "it disappears anyway its snap", "no one will see it i promise", "stop being boring",
        "why r u being like this", "i sent u one so its only fair", "u said u would",
        "fine ill ask someone else then", "ur so boring omg", "i thought u liked me",
        "after all the stuff i bought u", "pleaseeee", "why not tho", "dont be shy",
        "ur literally the only one who wont", "ur no fun", "u cant just ignore me",
        "im not gonna stop asking", "just do it and i'll leave u alone", "u used to be fun",
        "ur being such a baby about it", "answerrr me", "i'll stop asking if u just do it",
        "its not a big deal just do it", "stop overthinking and send it", "u owe me one for last week",
        "ur mates all do it", "hello??? ignoring me now?", "come on, for me",
        "i waited all night for it", "its only fair", "whats the problem, its just me",
        "if u dont im gonna be so upset", "u know u want to",
    ]),
    # ---- coercive.threat
    "threat": ([TH], [
        "send it or else", "do what i say or ur gonna regret it", "if u dont send it ill tell everyone what u said",
        "if u block me ill make ur life hell", "if u dont reply in 5 mins ill come find u at school",
        "u better send it or ur done", "do it or i'll tell ur mum what uve been saying",
        "watch what happens monday if u dont", "ur gonna regret ignoring me",
        "dont make me do something u'll regret", "last chance. send it or else",
        "keep ignoring me and see what happens", "if u dont come meet me ill tell everyone u did anyway",
        "do what i say or ill ruin u", "if u say no again ill make sure everyone hates u",
        "u do this or ill tell ur bf what u said about him", "answer me or ill come round urs",
        "if u dont do it by {when} ur gonna be sorry",
    ]),
    # ---- coercive.exposure
    "exposure": ([EX], [
        "i'll post it", "its going in {gc}", "i screenshotted it", "ive got screenshots of everything u sent",
        "im putting it on {gc}", "already sent it to {gc} lol", "everyones gonna see ur pic",
        "ill airdrop it to the whole bus", "ive saved ur pic, its not going anywhere",
        "ill show the boys ur messages", "posting ur snaps in {gc} rn", "the whole school will have it by monday",
        "i still have ur pic saved lol", "screenshotted before it deleted 😂", "just showed the lads ur pic",
        "ur pic is getting sent round {gc}", "i'll send it to everyone in ur contacts",
    ]),
    "threat_exposure": ([TH, EX], [
        "if u dont send it everyone sees the screenshot", "send another one or the first one goes in {gc}",
        "if u block me ur pic goes on {gc}", "do what i say or i post it",
        "if u dont answer im sending ur pic to {gc}", "send it or i'll show everyone what u sent last time",
        "if u leave me ur pics go on {gc}", "keep ignoring me and the screenshots go on my story",
    ]),
    # ---- coercive.secrecy
    "secrecy": ([SC], [
        "dont tell anyone", "delete this", "this stays between us", "between us ok", "delete our chat after",
        "dont tell ur mum we talk", "keep it on the low", "if anyone asks we never talked",
        "dont show anyone these messages", "use snap so it deletes", "dont tell ur mates about me",
        "delete my messages when ur done", "our secret yeah", "no one needs to know about this",
        "dont say anything to ur parents", "turn on disappearing messages", "clear the chat after",
        "dont tell anyone we're talking ok", "ur mum cant find out about this", "hide this chat",
    ]),
    "image_secrecy": ([IR, SC], [
        "send a pic, no one has to know", "send it on snap so it deletes", "send {pic} and delete it after",
        "send one and keep it between us", "send a pic and dont tell anyone",
    ]),
    "threat_secrecy": ([SC, TH], [
        "if u tell anyone ur dead", "tell anyone and u'll regret it", "if u tell a teacher ill make u pay",
        "say a word to anyone and see what happens",
    ]),
    "threat_exposure_secrecy": ([EX, SC, TH], [
        "if u tell anyone ill put the screenshots on {gc}", "tell ur mum and ur pic goes in {gc}",
    ]),
    "pressure_secrecy": ([PR, SC], [
        "no one will ever know, go on", "its just between us so whats the problem",
        "no one has to find out, stop worrying",
    ]),
    "image_pressure": ([IR, PR], [
        "send one, u owe me", "everyone sends pics, just send one", "if u loved me ud send a pic",
        "just send {pic} and i'll stop asking", "send it, i'll delete it straight away",
        "i sent u one so send {pic} back",
    ]),
    # ---- sexualised.appearance
    "appearance": ([AP], [
        "ur so fit", "ur so fit in ur pfp", "rate her out of 10", "she's a solid 7 tbh", "{she} is peng",
        "who's the fittest girl in our year", "that skirt on her tho 👀", "rate the girls in {form} out of 10",
        "ur looking fit today ngl 😍", "making a list of the fittest in {form}", "ranking the girls in our form, she's top 3",
        "ur pfp is so fit 🔥", "he's well buff", "her skirt's well short today 👀", "hot or not: {her}",
        "ur hot ngl", "{she} is a 9 easy", "out of 10 i'd give her a 4 lol", "that top on her tho 👀",
        "her in that dress 😍🔥", "rate the boys in {form}, go", "who's fitter, her or her mate",
        "{she} looked so fit at the party", "u look well fit in that pic 😳", "ur so fit its unreal",
        "she's a 10 but she knows it", "lets do a ranking of the girls in {form}",
        "he's fit ngl", "she's mid, a 5 at best", "ur getting fitter every day 😍",
    ]),
    "appearance_image": ([AP, IR], [
        "ur so fit, send a pic", "u look fit in ur pfp, send me more", "send a pic, ur too fit not to",
    ]),
    # ---- sexualised.names
    "names": ([NM], [
        "shes such a slag", "ur a sket", "frigid", "ur so frigid", "{she}'s a sket everyone knows",
        "what a slag 😂", "ur such a prude", "shut up u tart", "sket behaviour", "proper slag",
        "ur a slag for that", "the frigid one in {form}", "{she} is a slag lol", "sket", "slag",
        "no one likes u, sket", "bet shes frigid", "ignore her shes a slag", "imagine being that frigid",
        "stop acting like a tart", "ur a prude, grow up",
    ]),
    "names_pressure": ([NM, PR], [
        "stop being so frigid", "dont be frigid, everyone does it", "ur so frigid its embarrassing, just do it",
        "prude. i'll ask someone who isnt", "why u being frigid, its just me",
    ]),
    "names_minimising": ([MN, NM], [
        "calling her a sket is just banter", "its just banter, she is a slag tho",
    ]),
    # ---- sexualised.jokes
    "jokes": ([JK], [
        "heard what she did at the party ;)", "ask her what happened after the party 😂",
        "apparently she got with half the lads at the party", "whats she doing with all the year 11s 😏 iykyk",
        "they were upstairs for ages at the party 😏", "we all know why she's so popular with the boys",
        "not saying anything but... the party 👀👀", "he's been busy this week if u know what i mean",
        "bet she wasnt revising at his house 😂", "ask {him} what they got up to 😏", "wink wink ;) we all know",
        "rumour is she's done stuff with half of {form}", "they went quiet on facetime for ages 👀 iykyk",
        "everyone knows about her and {him} 😏", "{she} and {him} 'just friends' yeah right 😏",
        "bet {she} was busy at the sleepover ;)", "ask {her} about the back of the bus 😂",
    ]),
    "jokes_you": ([JK], [
        "everyone knows about u and him", "bet u were busy last night ;)", "thats what she said 😏",
        "u and {him} in the park then? 👀", "ooo u and {him} on the bus 😏😏", "everyone knows what u did with {him}",
        "i heard about u and {him} 😏", "heard u had a fun weekend ;) everyone's talking",
        "ur always 'studying' at his house 😏", "so what did u and {him} get up to at the party 😏",
        "bet ur not so innocent ;)", "everyone's saying stuff about u and {him} lol",
    ]),
    # ---- victim_blaming.blame
    "blame": ([BL], [
        "she shouldnt have sent it", "what did she expect", "she was asking for it", "its her own fault",
        "if u dont want it shared dont send it", "she knew what she was doing", "shouldnt have worn that then",
        "she was leading him on tbh", "she's only got herself to blame", "why did she send it in the first place",
        "well she took the pic didnt she", "nobody forced her to send it", "she should of known better",
        "she literally sent it to him, what did she think would happen", "its on her tbh",
        "if she didnt want attention she wouldnt post pics like that", "her fault for trusting him",
        "thats what happens when u send stuff", "she brought it on herself", "shouldnt have gone to his then",
        "she wanted the attention tbh", "if u send pics thats on u",
    ]),
    "blame_minimising": ([BL, MN], [
        "her fault, and its not that deep anyway", "she sent it so stop making it a big deal",
        "what did she expect, its just banter", "shouldnt have sent it, and its only a pic",
    ]),
    # ---- victim_blaming.minimising
    "minimising": ([MN], [
        "it was just banter", "its only a joke", "boys will be boys", "why is it such a big deal",
        "ur so sensitive", "its not that deep", "cant take a joke", "calm down it was a compliment",
        "ur overreacting", "stop making a fuss", "its literally just a pic", "lighten up",
        "we were only messing", "its just what lads say", "chill its just the gc", "no one actually cares about it",
        "its just a rating, relax", "dont be such a snowflake", "it was one comment", "omg its a joke",
        "why r u so sensitive", "its just banter innit", "everyone says stuff like that",
        "not a big deal, it'll blow over", "its harmless", "u take everything so seriously",
    ]),
    # ---- protective
    "prot_support": ([PT], [
        "not ur fault", "tell {adult}", "block him", "u dont have to send anything",
        "screenshot it and show ur head of year", "u can talk to childline if u dont wanna tell school",
        "report him on {dm} and block", "ur allowed to say no", "u did nothing wrong",
        "i'll come with u to see the safeguarding lead", "u can use report remove to get it taken down",
        "tell ur mum, seriously", "dont reply to him, just block", "thats literally blackmail, tell {adult}",
        "u need to tell {adult} about this", "its not ok what hes doing", "ur not in trouble, tell someone",
        "block and report, dont reply", "ur not to blame for what he did", "thats not ok, u need to tell someone",
        "dont send him anything, hes out of order", "its not on u, its on him", "report his account",
    ]),
    "prot_rating": ([PT], [
        "rating girls is actually grim, pack it in", "stop rating people", "shes not here to be rated, stop",
        "imagine being rated by randoms, not ok", "thats not ok", "stop, its not funny",
        "thats not banter thats harassment", "leave her alone", "why would u say that about her, not ok",
        "i'm reporting this chat", "thats not a joke, its sexual harassment", "talking about her like that is weird, stop",
    ]),
    "prot_names": ([PT], [
        "calling her that is disgusting", "stop spreading rumours about her", "dont call her that",
        "thats not ok", "stop, its not funny", "thats not banter thats harassment", "leave her alone",
        "why would u say that about her, not ok", "i'm reporting this chat", "none of that is true, stop",
        "thats not a joke, its sexual harassment", "we should tell {adult}, this is serious",
    ]),
    "prot_leak": ([PT], [
        "its not her fault, whoever shared it is the problem", "dont share it, delete it, sharing it is illegal",
        "delete it and dont send it on", "report it", "she can use report remove to get it taken down",
        "whoever sent it round is the one who did wrong", "shes not asking for anything, stop",
        "thats not ok", "we should tell {adult}, this is serious", "she trusted him, its on him",
        "stop blaming her", "no one deserves that, its not her fault", "if u get sent it, report it dont forward it",
    ]),
    "refusal_protective": ([PT], [
        "stop asking me, its not ok", "im blocking u", "im telling a teacher", "im reporting u",
        "no and stop asking or im telling {adult}", "thats not ok to ask me", "leave me alone, im reporting this",
        "im screenshotting this and showing {adult}", "ur not allowed to talk to me like that, blocked",
    ]),
    "target_protective": ([PT], [
        "stop spreading stuff about me, its not ok", "thats not true and its not ok to say", "im reporting this",
        "im telling a teacher", "leave me alone or im telling {adult}", "thats harassment, stop", "blocked",
        "say that again and im showing {adult}", "its not funny, stop it",
    ]),
    "target_react": ([], [
        "wait what", "thats not even true", "who said that", "what r u on about", "huh??", "no it isnt",
        "stop lying", "where did u hear that", "we're just mates",
    ]),
    # ---- negatives inside harmful conversations
    "refusal": ([], [
        "no", "nah", "i dont want to", "no im busy", "im not doing that", "i said no", "no way",
        "nah im good", "not happening", "i dont do that", "why would i", "umm no", "no thanks",
        "i dont feel like it", "leave it", "stop", "no. goodnight", "im going to bed",
    ]),
    "disclosure": ([], [
        "he keeps going on at me", "i dont know what to do", "i feel sick", "he wont leave me alone about it",
        "i did something stupid", "i'm scared to go in tomorrow", "can i tell u something",
        "someone's been messaging me and its weird", "i dont want my mum to be angry",
        "everyone's looking at me in the corridor", "i think everyone knows", "its been going on for weeks",
        "i cant stop crying", "what if i get in trouble",
    ]),
    "reply_neutral": ([], [
        "ok", "okay thanks", "yeah", "ok i will", "thank u", "ur right", "i'll try", "what do i even say",
        "ok can u come with me", "thanks for listening", "yeah ok", "fair", "hmm", "ok ok",
    ]),
    "react": ([], [
        "😂😂", "lmaooo", "💀", "wait what", "omg", "who", "lol", "?", "huh", "bro", "😳", "ayo", "nah 😭",
        "what happened", "eh?", "seen", "im weak",
    ]),
    "opener": ([], [
        "hey", "u up?", "wyd", "hiya", "heyy", "what u doing", "hi", "u about?", "oi", "yo", "u home?",
        "how was ur day", "bored", "cant sleep",
    ]),
    "opener_reply": ([], [
        "nm u", "watching tiktok", "just got home", "doing homework", "ya", "bored lol", "eating", "hi",
        "not much", "in bed", "on my phone lol",
    ]),
    "leak_opener": ([], [
        "have u seen whats going round", "did u hear what happened", "everyone's talking about it",
        "did u see {gc} last night", "whats going on with {her}", "why is everyone being weird today",
    ]),
    # ---- benign hard negatives
    "hn_photo": ([], [
        "send me a pic of the {hw} pls", "can u send a photo of the {hw}", "send pics of ur {pet}!!",
        "send the pics from {trip}", "take a pic of the {hw} for me", "can u snap me the {hw}",
        "facetime me to do the {subject} project", "send me a pic of ur new trainers",
        "send a selfie from {trip}!", "send a pic of the cake u made", "pls send the {hw} im begging",
        "any pics from {trip}?", "can i see a pic of ur {pet}", "send me the pic of us at {place}",
        "send the group photo from {trip}", "pic of the {hw}? i left mine at school",
        "can u video call and help me with {subject}", "send me a pic of what we have to do for {subject}",
        # Spelled-out "your"/"you" forms of the same benign requests (the first model flagged
        # "can u send a pic of your puppy").
        "can u send a pic of your {pet}", "send me a photo of your {pet}", "send a pic of your new {clothes}",
        "can you send a picture of the {hw}", "show me a pic of your {pet}", "send me a pic of your {hw} answers",
        "can you send me a photo of the {hw}", "send a pic of your {pet} pls", "send me a picture of your {food}",
        "can you send the pics from {trip}", "send a pic of your drawing for {subject}",
    ]),
    "hn_photo_reply": ([], [
        "sent", "here u go", "one sec", "ok sending now", "just sent it", "hes so cute omg", "that pic is so blurry",
        "i look awful in that one", "delete that pic of me lol", "wait i'll find it", "ur welcome", "ty",
        "its in my camera roll somewhere", "i'll airdrop it tmrw",
    ]),
    "hn_hyperbole": ([], [
        "this homework is killing me", "ill kill u if u spoil {show}", "im gonna murder u at {game}",
        "ur dead on {game} later", "my mum will kill me if im late", "i'll destroy u in the quiz",
        "if u dont bring my {thing} back ur dead 😂", "hurry up or else we miss the bus",
        "do ur homework or {teacher} will go mad", "{subject} is actually torture", "im literally dying its so funny",
        "if u spoil {show} i swear im blocking u 😂", "ur so dead when i catch u at {place}",
        "i'll end u at {game}", "this test is gonna kill me",
    ]),
    "hn_secret": ([], [
        "dont tell her about the surprise party!!", "keep it between us, its for her birthday",
        "delete that vid of me falling over pls its so embarrassing", "shh dont tell anyone the ending",
        "its a secret, we're getting {teacher} a leaving card", "dont tell mum i broke the remote",
        "dont say anything, the party is saturday", "between us i think the test was rigged",
        "dont tell anyone but i failed the {subject} test", "delete that pic i look so bad",
        "keep it quiet we're planning her birthday", "dont tell my brother i ate his {food}",
        "dont show anyone my drawing its not finished",
    ]),
    "hn_screens": ([], [
        "i screenshotted the {hw} for u", "ill post the answers in {gc}", "posting the {trip} pics on my story",
        "i'll put the revision notes in {gc}", "screenshot the {hw} and send it", "ill post the match pics later",
        "i screenshotted ur high score lol", "put the homework in the gc pls", "everyone's gonna see my goal on the clip",
    ]),
    "hn_pshe": ([], [
        "pshe today was about consent, kinda awkward", "we did online safety in pshe today",
        "the police officer came in to talk about sharing images", "we learned about healthy relationships in pshe",
        "pshe homework is make a poster about online safety", "pshe was actually ok today",
        "we had an assembly about online bullying", "we did a quiz on what to do if someone asks for pics",
        "miss said the law says under 18s cant share those pics", "pshe was about respect and stuff",
        "rse lesson was so awkward lol", "we watched a video about being safe online",
    ]),
    "hn_weather": ([], [
        "its so hot today", "too hot for blazers", "its boiling in the {subject} room", "hot chocolate after school?",
        "hot take but pineapple on pizza is good", "the hot dogs at the match were grim", "its freezing",
        "cant wait for summer", "its so hot i cant revise",
    ]),
    "hn_report": ([], [
        "have u finished the history report", "my report card is bad", "we have to write a report on volcanoes",
        "{teacher} said hand in the lab report {day}", "i got put on report lol", "parents evening and reports are out",
        "book report due {day}", "is the {subject} report 500 words or 1000",
    ]),
    "hn_block": ([], [
        "great block in netball today", "they blocked the road by school", "build a block of flats in {game}",
        "i blocked that spam account", "double {subject} block after lunch", "block 3 is cancelled",
    ]),
    "hn_gaming": ([], [
        "ur trash at {game}", "get rekt", "ez", "ur so bad its embarrassing", "1v1 me", "ratio",
        "u got absolutely destroyed", "stop camping", "carry me pls", "ur dog water at {game}",
        "gg", "that was so unlucky", "on {game} later?", "my wifi is so bad", "lag", "ur bot",
    ]),
    "hn_football": ([], [
        "is he fit to play {day}", "he's fit again after the injury", "keep fit club is cancelled",
        "fit for the match?", "the ref was shocking", "{team} were robbed", "training at 5?",
        "coach said i'm starting {day}", "did u see {team} last night", "is ur ankle fit for {day}",
        "rate my fit for non uniform day", "ur fit is hard today", "new boots are fire",
    ]),
    "hn_rating": ([], [
        "rate my drawing out of 10", "rate the new chicken shop out of 10", "that film was a 7/10",
        "rate my cake", "rate my revision notes lol", "{show} was a solid 8", "rate my setup",
    ]),
    "hn_idioms": ([], [
        "u owe me a fiver", "u owe me {food}", "everyone's going, come on", "go on just come to {place}",
        "pleaseee lend me ur {thing}", "if u loved me u'd lend me ur notes 😂", "the banter in form was unreal today",
        "its only a game chill", "not that deep its just {game}", "ur so sensitive to spicy food lol",
        "stop slagging off my team", "they slagged off the new uniform", "jam tart in food tech was peak",
        "not ur fault the wifi died", "is it ok if i come round", "thats not ok, {teacher} gave us 3 homeworks",
        "that was a big deal for me, i passed!!", "my mum says boys will be boys when my brothers fight",
        "dont be shy, come to drama club", "why r u ignoring my texts lol", "u said u'd come to {place}",
    ]),
    "chat": ([], [
        "did u do the homework", "whos going {place} saturday", "cant be bothered with school tmrw",
        "{teacher} is so strict", "im starving", "what time is footy", "the bus was late again", "lunch was grim",
        "ur mad 😂", "what have we got first {day}", "is it pe {day}", "i left my {thing} in {subject}",
        "can i borrow ur {thing}", "wanna get {food} after school", "my phone's on 2%", "brb dinner",
        "did u revise for {subject}", "omg the {subject} test", "what page was it", "same",
        "haha", "lol", "ok see u at {place}", "gn", "morning", "mum says i can come", "meet at the gates",
        "{teacher} kept us behind again", "whats the wifi password at urs", "my sister took my {thing}",
        "have u watched {show}", "no spoilers!!", "we won!!", "ugh", "yeah same", "k", "what time",
        "does anyone have the {subject} answers", "{subject} was so long today", "can u walk with me tmrw",
        "who's in detention lol", "im getting a new phone", "did u get the text from {teacher}",
        "ur actually so funny", "happy birthday!!! 🎉", "thanks!!", "congrats on the match",
        "wait is it non uniform {day}", "i forgot my pe kit again", "lol no", "true", "facts",
    ]),
}

# Benign topics: opener pool then body pools.
BENIGN_TOPICS = [
    ("hn_photo", ["hn_photo", "hn_photo_reply", "chat"]),
    ("hn_hyperbole", ["hn_hyperbole", "chat", "react", "hn_gaming"]),
    ("hn_secret", ["hn_secret", "chat", "hn_idioms"]),
    ("hn_screens", ["hn_screens", "chat", "hn_photo_reply"]),
    ("hn_pshe", ["hn_pshe", "chat", "react"]),
    ("hn_weather", ["hn_weather", "chat"]),
    ("hn_report", ["hn_report", "chat"]),
    ("hn_gaming", ["hn_gaming", "hn_hyperbole", "hn_block", "react"]),
    ("hn_football", ["hn_football", "chat", "hn_rating"]),
    ("hn_rating", ["hn_rating", "chat", "hn_football"]),
    ("hn_idioms", ["hn_idioms", "chat", "react"]),
    ("opener", ["opener_reply", "chat", "hn_idioms", "hn_photo"]),
    ("chat", ["chat", "react", "hn_block", "hn_weather"]),
]

# --------------------------------------------------------------------------- noise

EMOJI = {
    "neg": ["😂", "💀", "😭", "🙄", "😅", "🙃", "💯", "😤", "🥲", "👍", "🔥", "🤣"],
    "harm": ["😂", "💀", "😏", "👀", "😉", "🤭", "😈", "🙄", "😘", "🤣", "😤"],
    "prot": ["😡", "🙄", "😤", "❤️", "💯", "😕", "🤨"],
}
SUFFIX = {
    "neg": ["tbh", "ngl", "fr", "innit", "lol", "bro", "mate", "haha"],
    "harm": ["tbh", "ngl", "fr", "innit", "lol", "bro", "babe", "tho"],
    "prot": ["fr", "seriously", "tbh", "mate", "honestly", "pls"],
}
WORD_SUBS = [
    (r"\bplease\b", ["pls", "plz", "pleasee"]),
    (r"\bpls\b", ["plz", "plss", "please"]),
    (r"\bright now\b", ["rn"]),
    (r"\brn\b", ["right now", "rnn"]),
    (r"\bu\b", ["you", "uu"]),
    (r"\bur\b", ["your", "ure", "youre"]),
    (r"\byou\b", ["u"]),
    (r"\bdont\b", ["don't", "dnt", "do not"]),
    (r"\bwhat\b", ["wat", "wot"]),
    (r"\bbecause\b", ["cos", "bc"]),
    (r"\bim\b", ["i'm", "i am"]),
    (r"\bill\b", ["i'll", "imma"]),
    (r"\bshes\b", ["she's", "she is"]),
    (r"\btonight\b", ["2nite", "tonite"]),
    (r"\bthe\b", ["da", "tha"]),
    (r"\bokay\b", ["ok", "k"]),
    (r"\bisnt it\b", ["innit"]),
    (r"\bnow\b", ["noww", "rn"]),
]
OBFUSCATE = [
    (r"\bpics\b", ["p1cs", "piccs", "pix"]),
    (r"\bpic\b", ["p1c", "piccy", "pik"]),
    (r"\bsend\b", ["s3nd", "sendd"]),
    (r"\bnudes\b", ["n00dz", "nudez", "nudess"]),
    (r"\bslag\b", ["sl4g", "slagg"]),
    (r"\bsket\b", ["sk3t", "skett"]),
    (r"\bfrigid\b", ["fr1gid", "frijid"]),
    (r"\bfit\b", ["fitt", "f1t"]),
    (r"\bscreenshot", ["ss", "screenie"]),
]


def fill(template, rng):
    return SLOT_RE.sub(lambda m: rng.choice(SLOTS[m.group(1)]), template)


def elongate(text, rng):
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 2 and (w[-1] in "oeayuh" or w in ("pls", "plz", "yes", "lads")) and w.isalpha()]
    if not idx:
        return text
    i = rng.choice(idx)
    words[i] = words[i] + words[i][-1] * rng.randint(1, 3)
    return " ".join(words)


def typo(text, rng):
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not idx:
        return text
    i = rng.choice(idx)
    w = words[i]
    j = rng.randint(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def noise(text, rng, kind):
    for pat, alts in WORD_SUBS:
        if re.search(pat, text) and rng.random() < 0.15:
            text = re.sub(pat, rng.choice(alts), text, count=1)
    if rng.random() < 0.06:
        for pat, alts in OBFUSCATE:
            if re.search(pat, text):
                text = re.sub(pat, rng.choice(alts), text, count=1)
                break
    if rng.random() < 0.10:
        text = elongate(text, rng)
    if rng.random() < 0.06:
        text = typo(text, rng)
    r = rng.random()
    if r < 0.08:
        text = text + " " + rng.choice(SUFFIX[kind])
    if rng.random() < 0.18:
        text = text + " " + rng.choice(EMOJI[kind]) * rng.choice([1, 1, 1, 2, 3])
    r = rng.random()
    if r < 0.12:
        text = text[:1].upper() + text[1:]
    elif r < 0.15 and len(text) < 40:
        text = text.upper()
    if rng.random() < 0.05 and not text.endswith(("?", "!")):
        text = text + rng.choice(["!!", "??", "...", "."])
    return text


# --------------------------------------------------------------------------- conversations

class Conv:
    def __init__(self, rng):
        self.rng = rng
        self.msgs = []  # (role, text, labels)

    def add(self, role, pool):
        labels, templates = POOLS[pool]
        text = fill(self.rng.choice(templates), self.rng)
        if not labels:
            kind = "neg"
        elif labels == [PT]:
            kind = "prot"
        else:
            kind = "harm"
        self.msgs.append((role, noise(text, self.rng, kind), sorted(labels)))

    def maybe(self, p, role, pool):
        if self.rng.random() < p:
            self.add(role, pool)


def sc_coercion_dm(rng):
    """A asks B for an image, B refuses, A persists, threatens, demands secrecy."""
    c = Conv(rng)
    if rng.random() < 0.6:
        c.add(0, "opener")
        c.maybe(0.7, 1, "opener_reply")
    c.maybe(0.25, 0, "appearance")
    c.add(0, rng.choice(["image_request"] * 4 + ["appearance_image", "image_secrecy", "image_pressure"]))
    c.add(1, rng.choice(["refusal"] * 4 + ["refusal_protective"]))
    for _ in range(rng.randint(1, 2)):
        c.add(0, rng.choice(["pressure"] * 5 + ["names_pressure", "pressure_secrecy", "image_pressure"]))
    c.maybe(0.5, 1, "refusal")
    r = rng.random()
    if r < 0.3:
        c.add(0, "threat")
    elif r < 0.55:
        c.add(0, "threat_exposure")
    elif r < 0.75:
        c.add(0, "exposure")
    c.maybe(0.35, 0, rng.choice(["secrecy"] * 4 + ["threat_secrecy", "threat_exposure_secrecy"]))
    c.maybe(0.3, 1, "refusal_protective")
    return c, 2


def sc_secrecy_dm(rng):
    """Grooming-style: A insists on secrecy, then asks for an image."""
    c = Conv(rng)
    c.add(0, "opener")
    c.add(1, "opener_reply")
    c.add(0, "secrecy")
    c.maybe(0.6, 1, rng.choice(["react", "reply_neutral"]))
    c.maybe(0.6, 0, "secrecy")
    c.add(0, rng.choice(["image_request", "image_secrecy", "image_secrecy"]))
    c.maybe(0.6, 1, "refusal")
    c.maybe(0.5, 0, rng.choice(["pressure", "pressure_secrecy", "threat_secrecy"]))
    c.maybe(0.3, 1, "refusal_protective")
    return c, 2


def sc_gc_rating(rng):
    """Group chat rating people; a bystander challenges, others minimise."""
    c = Conv(rng)
    c.maybe(0.4, 0, "chat")
    c.add(0, "appearance")
    c.add(1, rng.choice(["appearance", "appearance", "react"]))
    c.maybe(0.5, 2, rng.choice(["appearance", "react", "names"]))
    c.add(3, "prot_rating")
    c.add(0, "minimising")
    c.maybe(0.5, 1, rng.choice(["minimising", "names"]))
    c.maybe(0.5, 3, "prot_rating")
    return c, 4


def sc_gc_names(rng):
    """Sexualised name-calling and rumours about a third party."""
    c = Conv(rng)
    c.maybe(0.4, 0, "leak_opener")
    c.add(0, "names")
    c.add(1, rng.choice(["jokes", "jokes", "react", "names"]))
    c.maybe(0.5, 2, rng.choice(["react", "jokes", "names"]))
    c.maybe(0.7, 3, "prot_names")
    c.add(0, rng.choice(["minimising", "minimising", "names_minimising"]))
    c.maybe(0.4, 3, "prot_names")
    return c, 4


def sc_rumour_dm(rng):
    """Sexual rumours/taunts aimed at the other speaker."""
    c = Conv(rng)
    c.maybe(0.5, 0, "opener")
    c.add(0, "jokes_you")
    c.add(1, "target_react")
    c.add(0, rng.choice(["jokes_you", "jokes_you", "names"]))
    c.add(1, rng.choice(["target_protective", "target_protective", "target_react"]))
    c.maybe(0.7, 0, "minimising")
    c.maybe(0.3, 1, "target_protective")
    return c, 2


def sc_leak(rng):
    """Discussion of a shared image: blame, minimising, challenge."""
    c = Conv(rng)
    c.add(0, "leak_opener")
    c.maybe(0.5, 1, "react")
    c.add(2, rng.choice(["blame", "blame", "blame_minimising"]))
    c.add(3, "prot_leak")
    c.add(2, rng.choice(["blame", "minimising", "blame"]))
    c.maybe(0.6, 1, rng.choice(["blame", "minimising", "react"]))
    c.maybe(0.6, 3, "prot_leak")
    c.maybe(0.3, 0, rng.choice(["reply_neutral", "prot_leak"]))
    return c, 4


def sc_support(rng):
    """A friend discloses; the other responds with support and help-seeking."""
    c = Conv(rng)
    c.add(1, "disclosure")
    c.maybe(0.6, 0, rng.choice(["react", "reply_neutral"]))
    c.maybe(0.5, 1, "disclosure")
    c.add(0, "prot_support")
    c.add(1, rng.choice(["reply_neutral", "disclosure"]))
    c.add(0, "prot_support")
    c.maybe(0.5, 1, "reply_neutral")
    return c, 2


def sc_ex_exposure(rng):
    """After a break-up: screenshots kept, threatened sharing."""
    c = Conv(rng)
    c.maybe(0.4, 0, "opener")
    c.add(0, "exposure")
    c.add(1, rng.choice(["refusal", "target_react", "react"]))
    c.add(0, rng.choice(["threat_exposure", "threat", "exposure"]))
    c.maybe(0.5, 0, rng.choice(["secrecy", "threat_secrecy"]))
    c.add(1, rng.choice(["refusal_protective", "refusal"]))
    c.maybe(0.4, 0, "minimising")
    return c, 2


SCENARIOS = {
    "coercion_dm": sc_coercion_dm, "secrecy_dm": sc_secrecy_dm, "gc_rating": sc_gc_rating,
    "gc_names": sc_gc_names, "rumour_dm": sc_rumour_dm, "leak": sc_leak, "support": sc_support,
    "ex_exposure": sc_ex_exposure,
}
# which scenarios feed each category (used to top up the rarest category first)
FEEDS = {
    AP: ["gc_rating", "gc_rating", "coercion_dm"],
    NM: ["gc_names", "gc_names", "rumour_dm"],
    JK: ["gc_names", "rumour_dm", "rumour_dm"],
    IR: ["coercion_dm", "secrecy_dm"],
    PR: ["coercion_dm"],
    TH: ["coercion_dm", "ex_exposure"],
    EX: ["ex_exposure", "coercion_dm"],
    SC: ["secrecy_dm", "coercion_dm"],
    BL: ["leak"],
    MN: ["leak", "gc_rating", "gc_names"],
    PT: ["support", "leak", "gc_rating"],
}


def benign(rng):
    c = Conv(rng)
    first, body = rng.choice(BENIGN_TOPICS)
    n = rng.randint(2, 8)
    c.add(0, first)
    for i in range(1, n):
        c.add(i % 2 if rng.random() < 0.8 else 2, rng.choice(body))
    return c, 3


def build(rng):
    speakers = ["tspk_%03d" % i for i in range(1, N_SPEAKERS + 1)]
    convs = []
    counts = {k: 0 for k in CATEGORIES}
    neg = total = 0

    def accept(c, nroles):
        nonlocal neg, total
        msgs = c.msgs[:10]
        if len(msgs) < 2:
            return False
        roles = []
        while len(roles) < nroles:
            s = rng.choice(speakers)
            if s not in roles:
                roles.append(s)
        convs.append([(roles[r], t, l) for r, t, l in msgs])
        for _, _, labels in msgs:
            total += 1
            if not labels:
                neg += 1
            for l in labels:
                counts[l] += 1
        return True

    while min(counts.values()) < MIN_PER_CATEGORY:
        rarest = min(CATEGORIES, key=lambda k: (counts[k], CATEGORIES.index(k)))
        accept(*SCENARIOS[rng.choice(FEEDS[rarest])](rng))
    while neg < NEG_SHARE * total or total < MIN_MESSAGES:
        accept(*benign(rng))
    rng.shuffle(convs)
    return convs


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "train.jsonl"))
    args = ap.parse_args()
    rng = random.Random(SEED)
    convs = build(rng)
    lines = []
    mid = 0
    for ci, conv in enumerate(convs, 1):
        for speaker, text, labels in conv:
            mid += 1
            rec = {"conversation_id": "tc%03d" % ci, "message_id": "t%05d" % mid,
                   "speaker": speaker, "text": text, "gold": labels}
            lines.append(json.dumps(rec, ensure_ascii=False))
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d messages in %d conversations to %s" % (mid, len(convs), args.out))


if __name__ == "__main__":
    main()
