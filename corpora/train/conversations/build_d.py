#!/usr/bin/env python3
"""Build corpora/train/conversations/d.jsonl (part D, session 15: unseen coercive wordings).

Hand-written, synthetic, non-graphic training conversations for c2chat. Theme: coercive exposure,
threats, pressure and secrecy in many wordings and registers (explicit and veiled threats,
sextortion-style conditions and deadlines, pressure after a refusal or a delay, harmful secrecy,
announced and done exposure, indirect image requests), sexualised comments, victim-blaming and
minimising, and bystanders who challenge, support, seek help and report. About 45% of the
conversations are harmless "twins" that reuse the same surface words in innocent settings
(surprise parties, spoilers, games, homework photos, a charger someone still has).

Each conversation was written whole, in order, by hand; nothing is generated from templates.
Line format, as in build_a.py:
    <speaker-letter>[/<code>,<code>...] <text>
Speaker letters are mapped to pseudonymous ids td_s001..td_s500 (deterministic seed).

Usage: python3 corpora/train/conversations/build_d.py   (writes d.jsonl next to this file)
"""
import json
import os
import random
import sys
from collections import Counter

CODES = {
    "ir": "coercive.image_request",
    "pr": "coercive.pressure",
    "th": "coercive.threat",
    "ex": "coercive.exposure",
    "se": "coercive.secrecy",
    "vb": "victim_blaming.blame",
    "vm": "victim_blaming.minimising",
    "pc": "protective.challenge",
    "ps": "protective.support",
    "ph": "protective.help_seeking",
    "rp": "protective.reporting",
    "sa": "sexualised.appearance",
    "sn": "sexualised.names",
    "sj": "sexualised.jokes",
}

CONVS = []  # (kind, [(letter, [codes], text), ...])


def c(kind, block):
    msgs = []
    for raw in block.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        head, _, text = line.partition(" ")
        letter, _, codes = head.partition("/")
        codes = [x for x in codes.split(",") if x]
        if len(letter) != 1 or not letter.isupper():
            raise SystemExit(f"bad speaker in line: {raw!r}")
        for x in codes:
            if x not in CODES:
                raise SystemExit(f"bad code {x!r} in line: {raw!r}")
        text = text.strip()
        if not text:
            raise SystemExit(f"empty text: {raw!r}")
        msgs.append((letter, codes, text))
    if not 3 <= len(msgs) <= 12:
        raise SystemExit(f"conversation has {len(msgs)} messages: {block[:80]!r}")
    CONVS.append((kind, msgs))


# ---------------------------------------------------------------------------
# Part 1: threats and sextortion (explicit, veiled, conditional, deadlines), with twins
# ---------------------------------------------------------------------------

c("harm", """
A u still there
B ye why
A/th remember what i have on my phone before u ignore me again
B what are u on about
A/th u know exactly. the pic from summer
B that was private
A/ex,th so reply properly or the whole of year 10 gets to see it
B/pc ur actually evil for this
""")

c("twin", """
A u still there
B ye why
A remember what i have on my phone, ur charger lol
B omg i wondered where that went
A bring me a pound and u can have it back
B deal, tomorrow at lunch
""")

c("harm", """
A/ir i want another one tonight
B im not doing that again
A/th ok ur choice what happens next then
B what does that mean
A/th means think carefully before u say no to me
B/rp im screenshotting this and showing my sister
""")

c("twin", """
A we going cinema or bowling
B dunno u pick
A ur choice what happens next then, im easy
B bowling. i want revenge for last time
A lol u lost by 80 points
B dont remind me
""")

c("harm", """
A/th i know where ur mum works btw
B why would u say that
A/th just saying. the chemist on the high street. be a shame if she got sent something
B leave my mum out of it
A/th,ex then do what i asked or she sees ur pic first
B/rp ive blocked u and im showing my dad everything
""")

c("twin", """
A i know where ur mum works btw, my aunt just started there
B no way the chemist?
A yeah she said ur mum helped her on her first day
B thats cute
A small world innit
""")

c("harm", """
A/ex,th u got till 9 o clock. after that its on my story
B please dont
A/th clock's ticking
A/th 8:45
B i said i dont have anything else to send
A/th thats not my problem is it
B/rp im leaving this chat and telling someone
""")

c("twin", """
A u got till 9 o clock to vote for the quiz team name
B ok ok
A clock's ticking
B "the quizzly bears"
A ngl thats actually good
""")

c("harm", """
A/th be a shame if ppl saw what u sent me in march
B u said u deleted that
A/th i say lots of things
A/ir send one more and ill think about it
B no way
A/th,ex ur making this easy for me. first stop the football lads chat
""")

c("twin", """
A be a shame if ppl saw u crying at the end of the film 😂
B it was SAD ok
A the dog one always gets me too ngl
B see, ur soft as well
""")

c("harm", """
A/th DO IT OR ELSE
B i dont want to
A/th I SAID DO IT
A/ex,th ILL SEND IT TO EVERYONE IN UR CONTACTS
B please stop
A/th 10 MINS
B/rp no. im telling my mum right now
""")

c("harm", """
A/ex i could nudify ur insta pic in like 2 seconds u know
B what
A/th,ex there's an app. so be nice to me or it goes in the gc looking real
B thats not even me
A/th no one will care if its real
B/rp reporting ur account and telling head of year
C/ps i saw what he said. ur not on ur own, ill come with u
""")

c("twin", """
A i could edit ur pic in like 2 seconds u know
B do it, make me look like ive got a tan
A lol sending it back in a sec
A [edited photo]
B omg i look like a satsuma
A 😂😂😂
""")

c("harm", """
A/ir ur turn
B my turn for what
A/ir i showed u mine, ur turn to send one
B i never asked u to send anything
A/pr thats not how it works tho
A/th,ex send it or i tell everyone u begged for mine
B/pc ur lying and u know it
""")

c("twin", """
A ur turn
B my turn for what
A the game!! its been ur turn for 2 days
B omg sorry
B [played a word]
A QI for 11 points are u serious
""")

c("harm", """
A/th tell anyone about this and u'll regret it
B about what
A/se about us talking. keep it between us
A/th if i find out u told ur mates ill know
B ur scaring me
A/pr dont be dramatic, just stay quiet
""")

c("harm", """
A/th do u really want ur dad seeing what u sent
B no obviously not
A/th then u know what to do
B i cant keep doing this
A/th,ex one click and hes got it
B/ph im going to talk to someone, i cant handle this alone
""")

c("twin", """
A do u really want ur dad seeing ur report card tho
B no obviously not 😭
A then hide it till after his birthday
B smart
A ur welcome
""")

c("harm", """
A/ex,th ill post it if u dont answer me
B i was in the shower
A/th ok good. dont ignore me again
A/th i mean it
B fine
""")

c("twin", """
A ill post it if u dont answer me lol
B post what
A the goal from saturday. u gave the assist
B POST IT obviously
A up now
""")

c("harm", """
A/ir show me what ur wearing
B erm a hoodie
A/ir take it off then and show me
B nah
A/th or dont, and see what happens to the one u sent before
B/pc thats blackmail
A/vm its a joke chill
B/rp not to me. screenshotted and blocked
""")

c("twin", """
A show me what ur wearing for tonight
B [photo]
A the green top!! yes
B not too much?
A its perfect, wear the white trainers with it
""")

c("harm", """
A hey its me from the party
B oh hi
A/th i still have the video of u dancing in ur bra btw
B delete that
A/ex,th could do. or could airdrop it round the bus on monday
B what do u even want
A/ir a proper pic. then its gone
B/rp no. im going to the police
""")

c("harm", """
A/th dont test me
B im not testing u
A/ex,th then why is it so hard to send one pic. i already have ur old ones, i can make them public
B/pc this is so messed up
A/th last warning
""")

c("twin", """
A dont test me, i know every capital city
B ok whats the capital of australia
A sydney
B canberra 😂
A ok dont test me on that one
""")

c("harm", """
A/ex,th id hate for ur new school to find out about u
B find out what
A/th ur pics. ur old school knows. i can make sure the new one does too
B that was two years ago
A/th so be nice to me and it stays in the past
B/rp im telling my new head of year
""")

c("harm", """
A/th u know i can make ur life hell at school right
B why
A/ir cos u keep ignoring me. send the pic
B no
A/th,ex fine. gc tomorrow. everyone gets it
B/pc ur pathetic
""")

c("twin", """
A u know i can make ur life hell at school right
B lol what did i do
A u told sir i was the one who broke the whiteboard pen
B it WAS u
A ok fair
""")

c("harm", """
A/th think abt ur little sister
B what about her
A/th she goes to the primary by mine doesnt she
B dont talk about her
A/ir then do what i say and send it
B/rp im calling my mum and giving her ur number
""")

c("harm", """
A/ex,th 3 people already asked me for ur pic. i said not yet
B u said u deleted it
A/th i said not yet. depends on u
B please
A/ir so send the new one
""")

c("twin", """
A 3 people already asked me for the notes. i said not yet
B why not yet
A cos i havent finished copying them lol
B send them when ur done
A will do
""")

c("harm", """
A/th i'll ruin u
B for what
A/ex,th for blocking me. i made a new acc. ur pics are going on it unless u unblock me now
B/rp reporting this one too
A/th ill keep making them
""")

c("harm", """
A/th id be careful if i were u
B why
A/th ur bf might get a message he doesnt like
B what message
A/ex,th screenshots of what u sent me. unless u come to the park
B im not coming
C/ps hey its her friend, she showed me. ur not doing this, we're telling someone
""")

c("twin", """
A id be careful if i were u
B why
A the ice on the path outside ur house is lethal, my mum slipped this morning
B oh no is she ok
A yeah just a bruise
""")

c("harm", """
A/ex,th imagine if this got out
A [screenshot]
B where did u get that
A/th doesnt matter. what matters is what u do now
B what do u want
A/ir a pic, and dont be stingy
B i cant do this
C/ps she showed me this. ur not doing anything, we're going to her mum now
C/rp and the screenshot is going to the police
""")

c("twin", """
A imagine if this got out
A [screenshot of quiz score]
B 3 out of 20 omg 😂
A dont tell anyone
B ur secret's safe
""")

c("harm", """
A/th ur gonna wish u answered me
B im at my nans
A/th ok but ur still gonna wish u did
A/ex ive already shown craig
B shown him what
A/ex the pic. and hes showing the others if i say
B/pc delete it. thats illegal
""")

c("harm", """
A/th i have ur address btw
B why would u have that
A/th ur snap map lol. so u better send it
B turning my map off
A/th too late
B/rp my dad's reporting u
""")

c("twin", """
A i have ur address btw
B good, thats where the invites go
A i'll drop it round saturday
B yay see u then
""")

c("harm", """
A/ex,th everyone gets it at midnight unless u send the other one
B i cant
A/th then everyone gets it at midnight
B please can we talk about this
A/th nothing to talk about. 11:58
B/ph i need help, hes going to share my photo at midnight
""")

c("harm", """
A/th keep ignoring me and see what happens
B i have exams
A/th exams wont matter when ur famous for the wrong reason
B what does that mean
A/ex,th means ur pic. on every phone in school
B/rp im blocking u and my teacher is getting these screenshots
""")

c("twin", """
A keep ignoring me and see what happens
B i have exams 😭
A ok good luck. ill bring sweets tomorrow
B ur the best
""")

c("harm", """
A/th do u want me to tell ur mum what u sent or not
B please dont tell her
A/th then i want another one
B i dont want to
A/th ur mum's on fb isnt she. easy to find
B/pc this is blackmail and i know it is
C/ps ur sister told me whats going on. ur not in trouble, come talk to me
B/ph i dont know what to do, can u help me tell mum
""")

c("twin", """
A do u want me to tell ur mum or do u want to
B i'll tell her, she'll be less mad
A about the window or the vase
B both. im done for
A good luck soldier
""")

c("harm", """
A/th tick tock
B what
A/ex,th tick tock. the gc is waiting
B i said no
A/th 30 mins
A/pr stop being difficult
""")

c("twin", """
A tick tock
B what
A the bus leaves in 5 mins and ur still not here
B running!!
A driver says hes not waiting
""")

c("harm", """
A/th u dont want me as an enemy
B i just dont want to send pics
A/th thats a shame. i know people in ur year
A/ex,th people who'd love to see the one u already sent
B/pc stop threatening me
A/vm no one's threatening u, its called a deal
""")

c("harm", """
A/ex ive saved everything u sent on snap
B u cant save snaps
A/ex screenshots babe. all of them
A/th so be sweet to me
B/rp im telling a teacher
""")

c("twin", """
A ive saved everything u sent on the gc
B why lol
A all the revision notes. someone had to
B ur literally a hero
""")

c("harm", """
A/th if u block me i'll just make another
B then ill block that one
A/th and ill send ur pic from that one. to ur nan
B leave me alone
A/th no
B/rp reported both accounts and told my mum
""")

c("harm", """
A/ex,th one more no and i press send
B please dont
A/th so that's a yes
B i didnt say that
A/th its a yes or everyone sees
B what do i have to do to make this stop
A/ir one more pic. simple
""")

c("twin", """
A one more no and i press send on this email to miss
B what email
A asking for a deadline extension. everyone said yes except u
B fine yes
A sent 🙏
""")

c("harm", """
A/th wouldnt want this getting to the lads would u
B getting what
A/ex the pic u sent jay. he gave it me
B/pc he had no right
A/th so u better send me one too or the lads have it
B/rp im going to student services now
""")

c("harm", """
A/th u better not be screenshotting this
B im not
A/th good. ur not telling anyone about me
A/th cos if u do, i know where u get the bus
B/ph i really need to tell someone about this boy
""")

c("twin", """
A u better not be screenshotting this
B screenshotting ur terrible drawing? obviously i am
A delete it 😭
B never. its my lock screen now
""")
# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------

def main():
    rng = random.Random(20261215)
    order = list(range(len(CONVS)))
    rng.shuffle(order)
    out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "d.jsonl")
    rows = []
    for n, idx in enumerate(order, start=1):
        kind, msgs = CONVS[idx]
        cid = f"td{n:03d}"
        letters = sorted({m[0] for m in msgs})
        ids = rng.sample(range(1, 501), len(letters))
        spk = {l: f"td_s{i:03d}" for l, i in zip(letters, ids)}
        for k, (letter, codes, text) in enumerate(msgs, start=1):
            gold = sorted({CODES[x] for x in codes})
            rows.append({"conversation_id": cid, "message_id": f"{cid}-{k:02d}",
                         "speaker": spk[letter], "text": text, "gold": gold})
    with open(out_path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    kinds = Counter(k for k, _ in CONVS)
    labels = Counter(g for r in rows for g in r["gold"])
    neg = sum(1 for r in rows if not r["gold"])
    print(f"wrote {out_path}")
    print(f"conversations: {len(CONVS)} {dict(kinds)}")
    print(f"messages: {len(rows)}  negatives: {neg} ({100*neg/len(rows):.1f}%)")
    for g, n in sorted(labels.items()):
        print(f"  {g}: {n}")


if __name__ == "__main__":
    main()
