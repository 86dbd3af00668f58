#!/usr/bin/env python3
"""Build the c2chat functional test suite (corpora/check).

The cases below are the source of truth.  Running this script writes
messages.csv and gold.jsonl next to it and validates the suite:

    python3 corpora/check/build.py

Everything here is SYNTHETIC and NON-GRAPHIC (see the labelling guide).  The
cases were written from the labelling guide alone, without looking at the
lexicons, the dev/train corpora or the detector's source.

Conventions
-----------
* A case is either a tuple ``(text, labels)`` -> a one-message conversation, or
  a list of turns ``[(speaker, text, labels), ...]`` -> a short conversation
  whose LAST turn is the scored case; earlier turns get functionality
  ``context`` (they still carry correct gold labels).
* Speakers "A", "B", "C" are local to a conversation and are mapped to
  pseudonymous ids ``ck_sNN``.
* ``PAIRS`` holds the context_followup minimal pairs: two conversations that
  end with the identical final message, labelled by what came before.
"""

import csv
import json
import os
import random
import re
import sys
import unicodedata
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- label ids
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

# Every fine id in the guide except sexualised.explicit, which must never be
# written into synthetic data.
VALID_LABELS = {IR, PR, TH, EX, SE, AP, NM, JK, BL, MN, CH, SU, HS, RP}

# ---------------------------------------------------------------- the cases
CASES = {}

CASES["direct_request"] = [
    ("send me a pic of u", [IR]),
    ("show me what ur wearing", [IR]),
    ("go on cam for me", [IR]),
    ("can u send me a pic of u, just for me 😏", [IR]),
    ("ngl ud look good in a pic, send one", [IR]),
    ("send me a pic of u or ur boring", [IR, PR]),
    ("hop on facetime, camera on, just u", [IR]),
    ("u never send me pics of u. send one now", [IR, PR]),
    ("SEND A PIC OF URSELF ALREADY", [IR, PR]),
    ("go live and show me ur outfit, only me watching", [IR]),
    ("can i see a pic of u in ur pjs", [IR]),
    ("dm me a pic of u, dont put it on ur story", [IR]),
    ("send me one of u that u wouldnt post", [IR]),
    ("everyone else sends me pics of them, ur turn", [IR, PR]),
    ("if u actually liked me ud send a pic of u", [IR, PR]),
    ("Could you send me a photo of yourself? Just for me, no one else has to see.", [IR]),
    ("pic of u? 👀", [IR]),
    ("u owe me a pic of u after what i did for u", [IR, PR]),
    ("ill send one if u send one of u first", [IR, PR]),
    ("get on vc with ur cam on, no one else is on", [IR]),
    ("send me a vid of u dancing in ur room, just for me", [IR]),
    ("come on just one pic of u, stop being so boring about it", [IR, PR]),
    ("whats ur snap, want pics of u", [IR]),
]

CASES["benign_photo_request"] = [
    ("send me a pic of the maths homework pls", []),
    ("can u send a photo of page 42, left my book at school", []),
    ("SEND PICS OF THE DOG", []),
    ("omg send me a pic of ur new puppy", []),
    ("did anyone take photos on the geography trip? put them in the gc", []),
    ("send a pic of ur outfit for the party so we dont match lol", []),
    ("can someone send a photo of the score, my stream died", []),
    ("pic of the timetable?? i lost mine", []),
    ("send me the pic of the science notes from today", []),
    ("send me a pic of the cake when its done 😍", []),
    ("take a pic of the view from the top and send it, i bet its amazing", []),
    ("can u send me a video of the goal, i missed it getting a drink", []),
    ("send us a pic of ur cat in the jumper 😭", []),
    ("Could you send me a photo of the revision timetable on the board please?", []),
    ("send a pic of ur new trainers", []),
    ("send me a pic of the menu so i can pick before we get there", []),
    ("go on cam and show me ur hamster 🐹", []),
    ("can u facetime me and show me the art project, i need to see how u did the shading", []),
    ("send me the pic of u and ur nan from the party, my mum wants it for a frame", []),
    ("send me a selfie from the top of the climbing wall to prove u did it 😂", []),
    ("pls send the photo of the bus times", []),
    ("show me ur dress for the leavers do when u get it!!", []),
    ("anyone got a pic of the homework sheet? mine got soaked", []),
]

CASES["negation_refusal"] = [
    ("im not sending u anything", []),
    ("i would never ask a girl for pics", []),
    ("no. im not sending a pic of me", []),
    ("i didnt ask her for anything, ask her urself", []),
    ("not going on cam, night", []),
    ("nah im good, i dont send pics to people i dont know", []),
    ("I'm not going to send you a photo of myself.", []),
    ("never sent anyone a pic in my life and im not starting now", []),
    ("he never asked me for pics, it was just about the homework", []),
    ("no one's sending anything, go to sleep", []),
    ("i wont be going live, thats not my thing", []),
    ("didnt send it, wont send it", []),
    ("im not gonna ask her for a pic, im not weird", []),
    ("nope. not happening. not sending anything", []),
    ("i would never share someone's pic", []),
    ("i'm not posting anything of hers, idk where that came from", []),
    ("no i dont want a pic of u lol i asked for the notes", []),
    ("i never called her easy, that wasnt me", []),
    ("no way am i going on facetime with my camera on, its 11pm", []),
    ("not sending, not asking, not bothered", []),
    ("im not rating anyone, leave me out of it", []),
    ("i never told her to keep anything secret", []),
]

CASES["counter_speech_quote"] = [
    ("calling her a sket isnt a joke", [CH]),
    ("asking a year 8 for pics is grim", [CH]),
    ("saying 'send pics' to someone u met yesterday is actually weird, stop", [CH]),
    ("\"rate her out of 10\" is not banter its gross", [CH]),
    ("u cant just say 'everyone will see it' to someone, thats a threat", [CH]),
    ("'she was asking for it' is such a vile thing to say", [CH]),
    ("stop calling people frigid because they said no", [CH]),
    ("if ur telling someone to 'keep it between us' ur the problem", [CH]),
    ("airdropping pics to the whole bus isnt funny, its literally illegal", [CH]),
    ("'its just banter' isnt an excuse when shes crying in the toilets", [CH]),
    ("mate 'u owe me' is not how it works, no one owes u anything", [CH]),
    ("Saying someone's 'easy' because of a rumour is disgusting. Stop spreading it.", [CH]),
    ("who even says smash or pass about girls in our year, grow up", [CH]),
    ("telling her to go on cam 'or else' is blackmail, delete that", [CH]),
    ("'boys will be boys' is such a weak excuse tbh", [CH]),
    ("calling him a prude in the gc is not funny, leave it", [CH]),
    ("stop asking her for pics, she said no like 5 times", [CH]),
    ("u called her a slag in front of everyone?? thats not ok", [CH]),
    ("'what did she expect' is literally victim blaming, do better", [CH]),
    ("spreading body count rumours about people is vile", [CH]),
    ("'dont tell anyone about this' from a year 11 to a year 9 is a massive red flag", [CH]),
    ("saying ull show her mum the pics unless she sends more is actual blackmail bro", [CH]),
    ("nobody finds 'ud be a 4 if u smiled' funny. stop", [CH]),
]

CASES["reported_help_seeking"] = [
    ("he wont stop asking for pics what do i do", [HS]),
    ("this boy on snap keeps saying send one or he'll show everyone the old one, what do i do??", [HS]),
    ("idk what to do, she keeps sending me stuff i didnt ask for", [HS]),
    ("someone in year 10 keeps asking my sister for pics, should i tell someone?", [HS]),
    ("he said i owe him a pic bc he bought me food. is that normal??", [HS]),
    ("i told my mum he keeps asking for pics, shes ringing school tomorrow", [HS, RP]),
    ("i blocked him after he asked me to go on cam but he made a new account, help", [HS, RP]),
    ("my friend says a boy airdropped a pic to her on the bus. who do we tell?", [HS]),
    ("he keeps saying ill regret it if i dont send one. i reported his account but im scared", [HS, RP]),
    ("Someone in my form says he has a pic of me and he's going to post it. I don't know what to do.", [HS]),
    ("they were rating us out of 10 in the group chat and i was a 2, i cant go in tomorrow", [HS]),
    ("she told everyone im easy and now random people keep messaging me, what do i do", [HS]),
    ("my mate is getting messages from an older lad asking for pics of her, how do we report it", [HS]),
    ("i showed miss the screenshots of him asking for pics, is that it now or do i need to do more", [HS, RP]),
    ("ok so this guy keeps asking me to keep our chats a secret from my mum... is that weird?", [HS]),
    ("ppl keep calling me frigid in the gc since i said no to him. how do i make it stop 😭", [HS]),
    ("i reported the account that posted her pic and told our head of year, what else can we do", [HS, RP]),
    ("he said if i tell anyone he'll post the screenshots. i dont know who to tell", [HS]),
    ("ive blocked him on everything and told my dad but hes still messaging my friends about me", [HS, RP]),
    ("someone made a fake edited pic of me, ive reported it to the app but its still up, help", [HS, RP]),
    ("he messages 'send one' at 2am every night. i havent replied. what do i do", [HS]),
    ("ngl idk if this is bad but he asked me to show him what im wearing on cam and got really annoyed when i said no", [HS]),
    ("the rumour about me is going round the whole year now and i dont know how to make it stop", [HS]),
]

CASES["generic_blame"] = [
    ("if u send pics thats on u", [BL]),
    ("girls who send pics are asking for it", [BL]),
    ("tbh if she sent it she cant complain when it gets round", [BL]),
    ("what did she expect sending him that", [BL]),
    ("shouldnt have sent it in the first place, simple", [BL]),
    ("anyone who goes on cam with a stranger kinda deserves what happens", [BL]),
    ("ngl its her own fault, nobody made her send it", [BL]),
    ("Honestly if you send a photo to someone you've known a week, you can't act shocked when it gets shared.", [BL]),
    ("thats what happens when u send stuff, lesson learnt", [BL]),
    ("if he asks and u send it thats ur choice, dont cry about it after", [BL]),
    ("people who send pics are stupid tbh, they deserve it getting leaked", [BL]),
    ("u sent it so its ur problem now", [BL]),
    ("well she shouldnt have gone on facetime with him then", [BL]),
    ("girls go on about being pressured but they still hit send 🤷", [BL]),
    ("cant feel sorry for someone who sends pics to a year 11", [BL]),
    ("he only shared it bc she sent it to him, so whose fault is that really", [BL]),
    ("if ur dumb enough to send one u cant blame anyone else", [BL]),
    ("she knew exactly what she was doing when she sent it", [BL]),
    ("tbf she shouldve just said no instead of sending it", [BL]),
    ("lol whats she crying for, she took the pic", [BL]),
    ("bro she's the one who sent it, not my problem it got round", [BL]),
    ("if u go live with ur cam on thats on u, everyone knows that", [BL]),
    ("never trust girls who send pics, they always regret it and blame the lad", [BL]),
]

# Gold = what the undisguised message would get.  Non-ASCII is literal:
# Cyrillic look-alikes (а е о р с і ѕ), Greek (α ε ο ρ), full-width, accents.
CASES["obfuscation"] = [
    ("ѕеnd mе а ріс оf u", [IR]),                       # Cyrillic
    ("ｓｅｎｄ ｍｅ ａ ｐｉｃ ｏｆ ｕ", [IR]),             # full-width
    ("s3nd m3 a p1c 0f u", [IR]),                        # leetspeak
    ("s e n d  m e  a  p i c", [IR]),                    # spaced letters
    ("sendmeapic of u rn", [IR]),                        # joined words
    ("u up? #sendpics 😏", [IR]),                        # hashtag
    ("pleeeease just one piiic of u, ive asked like 5 times", [IR, PR]),  # elongation
    ("sénd mé à pïc òf ü", [IR]),                        # accents
    ("sεnd mε α ρic οf u", [IR]),                        # Greek
    ("ur а ѕkеt", [NM]),                                 # Cyrillic
    ("everyone knows ur a s.k.e.t", [NM]),               # dotted letters
    ("ur so fr1g1d lol", [NM]),                          # leetspeak
    ("shes such a ѕlаg", [NM]),                          # Cyrillic
    ("3v3ry0n3 w1ll s33 1t", [EX]),                      # leetspeak
    ("еvеryоnе wіll ѕее іt", [EX]),                      # Cyrillic
    ("d0nt t3ll any1 about th1s", [SE]),                 # leetspeak
    ("dеlеtе thіѕ сhаt", [SE]),                          # Cyrillic
    ("r a t e  h e r  o u t  o f  1 0 😂", [AP]),        # spaced letters
    ("ѕmаѕh оr раѕѕ on her? 👀", [AP]),                  # Cyrillic
    ("ur gonna reeeeegret it if u dont send it", [TH]),  # elongation
    ("rating her was ｊｕｓｔ ｂａｎｔｅｒ", [MN]),       # full-width
    ("#thatsonher she sent it", [BL]),                   # hashtag
    ("1f u d0nt s3nd 1t 1ll p0st th3 f1rst 0n3", [TH, EX]),  # leetspeak
    ("th4ts n0t 0k, d3l3te it", [CH]),                   # leetspeak, protective
]

CASES["threat"] = [
    ("send more or everyone sees the first one", [TH, EX]),
    ("be a shame if ur mum saw these", [TH, EX]),
    ("send it or else", [TH]),
    ("u'll regret saying no", [TH]),
    ("im posting it tonight unless u send another", [TH, EX]),
    [("A", "go on cam for a sec", [IR]),
     ("B", "no, leave me alone", []),
     ("A", "i know which bus u get btw", [TH])],
    ("keep ignoring me and ill make sure the whole year hears about it", [TH]),
    ("ive got screenshots of everything u said. do what i say", [TH, EX]),
    ("I still have the photo. You know what happens if you block me.", [TH, EX]),
    ("pay me £20 or ur pic goes in the year group chat", [TH, EX]),
    ("one more no and its on my story", [TH, EX]),
    ("it would be a real shame if ur dad found these messages", [TH, EX]),
    ("tell anyone about this and ull be sorry", [TH, SE]),
    ("u better answer me or ill send it to ur boyfriend", [TH, EX]),
    ("dont make me post it", [TH, EX]),
    ("send another one in 10 mins or im airdropping the first to the whole bus", [TH, EX]),
    ("watch what happens tmrw if u dont go on cam", [TH]),
    ("block me and see what happens to ur pics", [TH, EX]),
    [("A", "send one of u", [IR]),
     ("B", "stop messaging me", []),
     ("A", "ill make ur life hell at school if u dont", [TH])],
    ("everyone in ur form gets the screenshot unless u reply in 5 mins", [TH, EX]),
    ("shame if someone sent ur mum the chat from last night wouldnt it", [TH, EX]),
    ("u know i can make this really bad for u", [TH]),
    ("LAST CHANCE. send it or its going everywhere", [TH, EX]),
]

CASES["secrecy_harmful"] = [
    ("dont tell anyone about this", [SE]),
    ("delete this chat after u read it", [SE]),
    ("ur mum doesnt need to know we talk", [SE]),
    ("clear ur messages before ur dad checks ur phone", [SE]),
    ("if anyone asks, u never sent anything and i never asked", [SE]),
    ("dont screenshot this and dont tell ur mates", [SE]),
    ("This stays between us, okay? Nobody at school can know we message.", [SE]),
    ("turn on disappearing messages so no one sees what i say", [SE]),
    ("use the hidden app so ur parents cant see", [SE]),
    ("whatever u do dont tell sir what happened in the gc", [SE]),
    ("its our secret ok? not even ur best mate", [SE]),
    ("delete my messages and say u lost ur phone if anyone asks", [SE]),
    ("u cant tell anyone how old i am, they wont get it", [SE]),
    ("snap only, no texts, texts get screenshotted", [SE]),
    ("if u tell ur head of year ill know it was u", [SE, TH]),
    ("dont tell the others i asked u, they'll make it weird", [SE]),
    ("keep ur location on for me and dont tell ur mum", [SE]),
    ("wipe the chat. now.", [SE]),
    ("nobody needs to know about last night x", [SE]),
    ("make a secret account so we can talk without ur parents seeing", [SE]),
    ("say it was someone else who sent it, dont mention me", [SE]),
    [("A", "[image] look what she sent me 😂", [EX]),
     ("A", "shh 🤫 this stays in this chat, u didnt see anything", [SE])],
    ("dont tell anyone i said that about her and delete it", [SE]),
]

CASES["secrecy_benign"] = [
    ("dont tell her about the surprise party!!", []),
    ("shh its a secret, we're getting miss a card for her last day", []),
    ("dont tell ur brother what ur getting him for christmas, he always guesses", []),
    ("NO SPOILERS i havent watched the finale", []),
    ("keep it quiet but i think im getting the lead in the play 🤞", []),
    ("delete the pic of the cake so she doesnt see it before sunday", []),
    ("dont tell anyone i cried at that film pls 😭", []),
    ("secret santa names are out, dont tell anyone who u got", []),
    ("mums birthday present is hidden in my wardrobe, dont say anything", []),
    ("keep this between us but i got a 9 in maths 😳", []),
    ("don't tell my dad i failed the theory test, i'm telling him myself tonight", []),
    ("shh dont ruin the ending of the book for me", []),
    ("we're making a leavers video for sir, keep it secret from him", []),
    ("delete this chat before she sees it, its for the surprise 🎉", []),
    ("dont tell anyone but i actually like the new series", []),
    ("can u keep a secret? im dyeing my hair pink tomorrow", []),
    ("dont let her see the card until her birthday", []),
    ("its a surprise so dont say anything in the gc she's in", []),
    ("whatever u do dont tell him the score, hes watching it later", []),
    ("Please don't tell anyone I'm applying to the other sixth form yet, I haven't decided.", []),
    ("our secret handshake stays secret ok 🤝", []),
    ("dont tell the group what we booked for prom, its a surprise", []),
]

CASES["minimising"] = [
    [("A", "ur a sket", [NM]),
     ("C", "oi leave it", [CH]),
     ("A", "its just banter", [MN])],
    ("boys will be boys, he didnt mean it", [MN]),
    ("stop being so sensitive, it was one comment about how u look", [MN]),
    ("its not that deep, everyone gets rated", [MN]),
    ("lol it was only a joke, she needs to relax about the pic thing", [MN]),
    ("everyone gets asked for pics, its not a big deal", [MN]),
    ("Honestly it was just a rumour, nobody actually believes it, stop making it a thing.", [MN]),
    ("ur overreacting, he only asked once", [MN]),
    ("airdropping it was a prank, chill", [MN]),
    ("calling her frigid was a laugh, she knows that", [MN]),
    ("why is everyone making a big deal out of one smash or pass", [MN]),
    ("its a lads gc, what do u expect, its all jokes in there", [MN]),
    ("he was just messing, ur making him sound like a creep", [MN]),
    ("it happens to everyone, just get over it", [MN]),
    ("tbh its normal, lads always ask", [MN]),
    ("she's being dramatic, it was one screenshot", [MN]),
    ("nobody got hurt, its just a pic going round", [MN]),
    ("dont be such a snowflake about the comments", [MN]),
    ("its a compliment if they rate u tbh", [MN]),
    ("telling miss over a joke is so extra", [MN]),
    ("chill its not like he actually posted it", [MN]),
    ("lads in our year are all like that, its not harassment lol", [MN]),
]

CASES["friendly_banter"] = [
    ("ur actually so bad at fifa its embarrassing 😂", []),
    ("nice haircut did ur mum do it with a bowl", []),
    ("ur laugh sounds like a seagull i cant", []),
    ("imagine getting 3/20 on the spelling test, couldnt be me... oh wait", []),
    ("bro u ran like a penguin at sports day", []),
    ("STOP TEXTING ME IN CAPS U MADMAN", []),
    ("u owe me a fiver and a maccies, pay up", []),
    ("ur so annoying ily", []),
    ("who let u pick the music, this is tragic", []),
    ("ur such a nerd for doing the homework the day its set", []),
    ("u fell up the stairs in front of the whole canteen, iconic", []),
    ("ur handwriting looks like a spider had a breakdown", []),
    ("ok chef, burnt toast again?", []),
    ("u really wore socks with sliders in public", []),
    ("lol ur so dramatic its a quiz not a war", []),
    ("loser 😂 see u at training", []),
    ("u got beaten by a year 7 at table tennis, never living that down", []),
    ("ur dog is cooler than u and thats a fact", []),
    ("i swear u have the memory of a goldfish", []),
    ("your taste in films is genuinely criminal", []),
    ("ur the worst at keeping secrets i cant tell u anything lmao", []),
    ("u snore louder than my dad and thats saying something", []),
]

CASES["modern_forms"] = [
    ("rate her out of 10 lol", [AP]),
    ("she's a 6 at best, maybe 7 with her hair down", [AP]),
    ("smash or pass: the new girl in 9B", [AP]),
    ("smash or pass every girl in our form, go", [AP]),
    ("did u hear they were upstairs at the party for ages 👀", [JK]),
    ("heard his body count is like 10 lol", [JK]),
    ("just airdropped her pic to the whole coach 😂", [EX]),
    ("whoever's on the bus accept the airdrop, its her pic 😂", [EX]),
    ("i'll put ur face in that nudify app and send it round", [TH, EX]),
    ("ai can edit anyone now. reply or i make one of u and post it", [TH, EX]),
    ("made a fake ai edit of her, its going in the lads chat", [EX]),
    ("got a pic up her skirt on the stairs lol", [EX]),
    ("put the under the table pic of her skirt in the gc 😂", [EX]),
    ("ranking the girls in our form, top 3 so far 👀", [AP]),
    ("out of 10 what would u give her legs", [AP]),
    ("rumour is she got with three lads at the party", [JK]),
    ("everyone's saying she did stuff with him in the park", [JK]),
    ("posted the ai edit of her on my private story lol", [EX]),
    ("smash or pass 😂 [image]", [AP]),
    ("if u dont reply im using the ai thing on ur profile pic and airdropping it", [TH, EX]),
    ("lads chat are ranking who's fittest in year 10 and she came 1st lol", [AP]),
    ("rating the year 11s out of 10 in the gc tonight, send ur lists", [AP]),
    ("apparently she went back to his at the weekend 😏 make of that what u will", [JK]),
]

CASES["hard_negative"] = [
    ("in pshe today we did a lesson on what to do if someone asks for pics", []),
    ("we learnt about sextortion in pshe, kinda scary tbh", []),
    ("news says they're banning phones in schools next year", []),
    ("the chorus of that new song goes 'show me, show me' and its stuck in my head", []),
    ("its so hot today i cant do pe", []),
    ("that goal was sick 🔥", []),
    ("hes fit to play saturday after his ankle", []),
    ("ill kill u in fortnite tonight, prepare", []),
    ("rate this pizza out of 10 🍕", []),
    ("block him, hes camping the bridge", []),
    ("in netball i got told off for blocking too hard lol", []),
    ("she's super fit, ran the 1500 in under 5 mins", []),
    ("The assembly was about image sharing and the law. Apparently it's illegal to share pics of anyone under 18.", []),
    ("teacher said if anyone ever asks us for pics we should tell someone, noted", []),
    ("homework: make a leaflet on staying safe online, due friday", []),
    ("my nan sent me a pic of her garden 😭 so cute", []),
    ("the heatwave is actually killing me", []),
    ("rate my room makeover out of 10", []),
    ("we have to rate the poems out of 10 for english", []),
    ("smashed the exam 💪", []),
    ("the police came into school to talk about online safety, was actually decent", []),
    ("the goalie made a sick block in the last minute", []),
    ("saw on the news a footballer's phone got hacked, wild", []),
]

CASES["sexualised_direct"] = [
    ("ur such a slag", [NM]),
    ("everyone knows shes easy", [NM]),
    ("dont be such a prude", [NM]),
    ("sket 😂😂", [NM]),
    ("nice body in that pic ngl 😏", [AP]),
    ("ur legs look good in that skirt", [AP]),
    ("she'd actually be fit if she lost a bit of weight", [AP]),
    ("they were in the toilets together for ages 👀", [JK]),
    ("whats ur body count", [JK]),
    ("bet u get around a lot 😏", [JK]),
    ("heard u and him were 'revising' all night 😉", [JK]),
    ("u look well fit in ur profile pic, bet ur even better in person 😏", [AP]),
    ("whos the slag in the red top", [NM]),
    ("she walks like she knows everyone's looking at her bum", [AP]),
    ("u two disappeared at the party, dont think we didnt notice 😏", [JK]),
    ("everyones saying ur easy now ngl", [NM]),
    ("wear the tight top again tmrw 😏", [AP]),
    ("what a prude, wont even hold hands", [NM]),
    ("why r u always bending over in pe lol", [JK]),
    ("Your body's changed a lot since summer hasn't it 😉", [AP]),
    ("sket behaviour tbh", [NM]),
    ("lol she was at his till midnight, do the maths", [JK]),
    ("FRIGID 🥶🥶", [NM]),
]

CASES["protective_direct"] = [
    ("block and report him", [RP]),
    ("tell ur head of year, screenshot everything first", [RP]),
    ("thats not ok, delete it", [CH]),
    ("u did nothing wrong, im here for u", [SU]),
    ("ive told my mum about the gc", [RP]),
    ("i reported his account", [RP]),
    ("stop, thats grim", [CH]),
    ("are u ok? ur not on ur own with this x", [SU]),
    ("mate dont share that. seriously.", [CH]),
    ("delete it now or im telling sir", [CH, RP]),
    ("i'll come with u to see miss at lunch if u want", [SU, RP]),
    ("ur not overreacting, what he did was wrong", [SU]),
    ("leave her alone, shes said no", [CH]),
    ("you can report it on the app, theres a button on his profile", [RP]),
    ("I've screenshotted it and sent it to my dad so he can ring school", [RP]),
    ("its not your fault he shared it. not even a bit.", [SU]),
    ("oi thats out of order", [CH]),
    ("u can talk to me whenever btw, day or night", [SU]),
    ("dont laugh at it, its not funny, shes in bits", [CH]),
    ("everyone stop forwarding it. now.", [CH]),
    ("tell ur mum, honestly she'll help", [RP]),
    ("we've got ur back, ignore the gc", [SU]),
    [("A", "rate her out of 10 then, go on", [AP]),
     ("B", "no one's rating anyone, pack it in", [CH])],
]

# ---------------------------------------------------------------- context_followup pairs
# (final text, gold in the harmful conversation,
#  harmful context turns, speaker of the final there,
#  harmless context turns, speaker of the final there)
PAIRS = [
    ("come on then", [PR],
     [("A", "send me a pic of u", [IR]), ("B", "no", [])], "A",
     [("A", "we're all at the park by the swings", []), ("B", "omw", [])], "A"),
    ("??", [PR],
     [("A", "show me what u look like rn, cam on", [IR])], "A",
     [("A", "r u still coming to training tonight", [])], "A"),
    ("ur taking ages", [PR],
     [("A", "put ur camera on i wanna see u", [IR]), ("B", "idk", [])], "A",
     [("A", "bus is outside", []), ("B", "2 mins cant find my other shoe", [])], "A"),
    ("🙄🙄", [PR],
     [("A", "send one of u, just one", [IR]), ("B", "no im ok thanks", [])], "A",
     [("A", "mum says im not allowed out till my room is tidy", [])], "B"),
    ("thats grim, stop", [CH],
     [("A", "shes a 3 out of 10 and thats being nice", [AP])], "B",
     [("A", "dipping my chips in my milkshake rn", [])], "B"),
    ("ignore him, u ok?", [SU],
     [("A", "ur such a frigid loser", [NM])], "C",
     [("B", "fell off my bike outside the shop and my brother's still laughing 😭", [])], "C"),
    ("everyone's gonna see it", [EX],
     [("A", "ive still got that pic u sent me in year 9", [EX])], "A",
     [("A", "they're showing our dance video in assembly tomorrow 😭", [])], "B"),
    ("its not your fault", [SU],
     [("B", "he sent the screenshot of my messages to the whole year and now everyone's talking about me", [HS])], "C",
     [("B", "we lost 4-0 and i was in goal 😭", [])], "C"),
    ("delete it now", [CH],
     [("A", "got the pic she sent him, sending it in here 😂", [EX])], "B",
     [("A", "oops just sent the gc a voice note of me singing", [])], "B"),
    ("do it or else", [TH],
     [("A", "go on cam", [IR]), ("B", "no", [])], "A",
     [("A", "u have to try the new chicken shop", []), ("B", "nah", [])], "A"),
    ("ill show everyone", [EX],
     [("A", "i screenshotted the pic u sent me last night", [EX]), ("B", "pls delete it", [])], "A",
     [("A", "got 40k on the new level", []), ("B", "pics or it didnt happen", [])], "A"),
    ("stop being boring", [PR],
     [("A", "go on facetime with ur camera on", [IR]), ("B", "not tonight", [])], "A",
     [("A", "r u coming to the cinema", []), ("B", "cant, revising", [])], "A"),
    ("dont tell anyone", [SE],
     [("A", "u cant tell ur mum what i asked u for on call", [SE]), ("B", "why not", [])], "A",
     [("A", "im planning a surprise for her 16th", []), ("B", "omg what is it", [])], "A"),
    ("u ok?", [SU],
     [("A", "ur frigid, thats why no one talks to u", [NM])], "B",
     [("A", "just back from the dentist, cant feel my face", [])], "B"),
    ("lol u owe me", [PR],
     [("A", "ur turn to send one of u", [IR]), ("B", "no", [])], "A",
     [("A", "i paid for ur chips at lunch", []), ("B", "ty legend", [])], "A"),
]

FUNCTIONALITIES = [
    "direct_request", "benign_photo_request", "negation_refusal",
    "counter_speech_quote", "reported_help_seeking", "generic_blame",
    "obfuscation", "context_followup", "threat", "secrecy_harmful",
    "secrecy_benign", "minimising", "friendly_banter", "modern_forms",
    "hard_negative", "sexualised_direct", "protective_direct",
]
MIN_CASES = 22
MIN_PAIRS = 12

# Words that must never appear (hard safety rules); "sextortion" in a PSHE
# hard negative is the only allowed "sex..." word.
BANNED = re.compile(
    r"\bnudes?\b|naked|\bsex(?!tortion)|porn|horny|boob|\btits?\b|dick|cock|pussy|"
    r"\bshag|nipple|underwear|\bbra\b|#sendnudes|\bthong",
    re.IGNORECASE,
)


# ---------------------------------------------------------------- build
def conversations():
    """Yield (functionality, [(speaker, text, labels, message_functionality)])."""
    for func in FUNCTIONALITIES:
        if func == "context_followup":
            for final, gold, harm, hspk, benign, bspk in PAIRS:
                yield func, [(s, t, l, "context") for s, t, l in harm] + [(hspk, final, gold, func)]
                yield func, [(s, t, l, "context") for s, t, l in benign] + [(bspk, final, [], func)]
            continue
        for case in CASES[func]:
            if isinstance(case, tuple):
                text, labels = case
                yield func, [("A", text, labels, func)]
            else:
                turns = [(s, t, l, "context") for s, t, l in case[:-1]]
                s, t, l = case[-1]
                yield func, turns + [(s, t, l, func)]


def build():
    rng = random.Random(20250304)
    speakers = ["ck_s%02d" % i for i in range(1, 61)]
    start = datetime(2025, 1, 6, tzinfo=timezone.utc)
    rows, gold = [], {}
    msg_no = 0
    convs = list(conversations())
    # spread the conversations over the collection period (2025-01-06 .. 2026-07-20)
    step = 560.0 / len(convs)
    for conv_no, (_func, turns) in enumerate(convs, 1):
        conv_id = "ckc%03d" % conv_no
        local = sorted({s for s, *_ in turns})
        mapping = dict(zip(local, rng.sample(speakers, len(local))))
        t = start + timedelta(days=int((conv_no - 1) * step),
                              hours=rng.randint(7, 21), minutes=rng.randint(0, 59),
                              seconds=rng.choice([0, 0, 0, 12, 31, 47]))
        for s, text, labels, mfunc in turns:
            msg_no += 1
            mid = "ck%04d" % msg_no
            rows.append({
                "conversation_id": conv_id,
                "message_id": mid,
                "timestamp": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "speaker": mapping[s],
                "text": text,
                "functionality": mfunc,
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
    check(380 <= len(rows) <= 450, "total messages %d outside 380-450" % len(rows))

    # timestamps and period
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
        check(re.fullmatch(r"ckc\d{3}", cid) is not None, "bad conversation id %s" % cid)

    # labels, texts, safety
    for r in rows:
        mid, text = r["message_id"], r["text"]
        for lab in gold[mid]:
            check(lab in VALID_LABELS, "%s: unknown label %s" % (mid, lab))
        check(text.strip() == text and text, "%s: empty or padded text" % mid)
        check("\n" not in text, "%s: newline in text" % mid)
        folded = unicodedata.normalize("NFKC", text)
        check(not BANNED.search(folded), "%s: banned word in %r" % (mid, text))
        check(re.fullmatch(r"ck_s\d{2}", r["speaker"]) is not None, "%s: bad speaker" % mid)
        check(r["functionality"] in FUNCTIONALITIES + ["context"], "%s: bad functionality" % mid)

    # counts per functionality
    counts = {f: 0 for f in FUNCTIONALITIES}
    for r in rows:
        if r["functionality"] != "context":
            counts[r["functionality"]] += 1
    for f, n in counts.items():
        check(n >= MIN_CASES, "%s has only %d scored cases" % (f, n))

    # scored texts are unique, except the paired context_followup finals
    seen = {}
    for r in rows:
        if r["functionality"] in ("context", "context_followup"):
            continue
        key = r["text"].lower()
        check(key not in seen, "duplicate case text %r (%s, %s)" % (r["text"], seen.get(key), r["message_id"]))
        seen[key] = r["message_id"]

    # context_followup pairs: consecutive conversations, same final text, different gold
    finals = []
    for cid in sorted(by_conv):
        last = by_conv[cid][-1][1]
        if last["functionality"] == "context_followup":
            finals.append(last)
        check(all(m["functionality"] == "context" for _, m in by_conv[cid][:-1])
              or by_conv[cid][-1][1]["functionality"] == "context",
              "%s: a non-final message is scored" % cid)
    check(len(finals) % 2 == 0, "odd number of context_followup finals")
    good_pairs = 0
    for harm, benign in zip(finals[0::2], finals[1::2]):
        same = harm["text"] == benign["text"]
        differ = gold[harm["message_id"]] != gold[benign["message_id"]]
        check(same, "pair %s/%s texts differ" % (harm["message_id"], benign["message_id"]))
        check(differ and gold[benign["message_id"]] == [] and gold[harm["message_id"]],
              "pair %s/%s gold not (harmful, [])" % (harm["message_id"], benign["message_id"]))
        good_pairs += same and differ
    check(good_pairs >= MIN_PAIRS, "only %d context pairs" % good_pairs)

    # obfuscation covers the intended disguises
    obf = [r["text"] for r in rows if r["functionality"] == "obfuscation"]
    def any_char(lo_cp, hi_cp):
        return any(lo_cp <= ord(c) <= hi_cp for t in obf for c in t)
    check(any_char(0x0400, 0x04FF), "no Cyrillic look-alikes in obfuscation")
    check(any_char(0x0370, 0x03FF), "no Greek look-alikes in obfuscation")
    check(any_char(0xFF01, 0xFF5E), "no full-width letters in obfuscation")
    check(any(unicodedata.combining(c) for t in obf for c in unicodedata.normalize("NFD", t)
              if not 0x0400 <= ord(c) <= 0x04FF),
          "no accented Latin letters in obfuscation")
    check(any(re.search(r"[a-z][0-9][a-z]", t) for t in obf), "no leetspeak in obfuscation")
    check(any(re.search(r"\b\w \w \w \w\b", t) for t in obf), "no spaced letters in obfuscation")
    check(any(re.search(r"(\w)\1\1\1", t) for t in obf), "no elongation in obfuscation")
    check(any(t.startswith("#") or " #" in t for t in obf), "no hashtags in obfuscation")

    return counts, good_pairs, errors


def write(rows, gold):
    with open(os.path.join(HERE, "messages.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["conversation_id", "message_id", "timestamp",
                                           "speaker", "text", "functionality"],
                           lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for mid in sorted(gold):
            fh.write(json.dumps({"message_id": mid, "gold": gold[mid]}, ensure_ascii=False) + "\n")


def main():
    rows, gold = build()
    counts, pairs, errors = validate(rows, gold)
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        sys.exit(1)
    write(rows, gold)
    # re-read what was written and check it round-trips
    with open(os.path.join(HERE, "messages.csv"), encoding="utf-8", newline="") as fh:
        back = list(csv.DictReader(fh))
    assert back == rows, "messages.csv does not round-trip"
    n_ctx = sum(r["functionality"] == "context" for r in rows)
    convs = len({r["conversation_id"] for r in rows})
    print("functionality            scored")
    for f in FUNCTIONALITIES:
        print("  %-22s %4d" % (f, counts[f]))
    print("  %-22s %4d  (unscored context messages)" % ("context", n_ctx))
    print("messages %d, conversations %d, context pairs %d" % (len(rows), convs, pairs))
    labelled = sum(1 for g in gold.values() if g)
    print("messages with gold labels %d, without %d" % (labelled, len(rows) - labelled))


if __name__ == "__main__":
    main()
