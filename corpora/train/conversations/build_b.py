#!/usr/bin/env python3
"""Build corpora/train/conversations/b.jsonl: part B of the hand-written training corpus.

Theme: sexualised talk, victim-blaming and protective responses, with frames (use vs mention)
and many hard negatives. Everything is synthetic and non-graphic; see /work/briefs/labels.md.

Conversations are held as data below. Format of one conversation block (blocks are separated by
blank lines, lines starting with '#' are comments):

    a| message text | ab ab

The first field is a local speaker letter (a-f), the last field holds label abbreviations (empty
for none). Local speakers are mapped to pseudonymous ids tb_s001..tb_s400 with a fixed seed, so
the output is byte-identical on every run.

Usage: python3 corpora/train/conversations/build_b.py [--out PATH]
"""
import json
import random
import sys
from collections import Counter
from pathlib import Path

ABBR = {
    "ap": "sexualised.appearance",
    "nm": "sexualised.names",
    "jk": "sexualised.jokes",
    "ir": "coercive.image_request",
    "pr": "coercive.pressure",
    "th": "coercive.threat",
    "ex": "coercive.exposure",
    "se": "coercive.secrecy",
    "bl": "victim_blaming.blame",
    "mn": "victim_blaming.minimising",
    "ch": "protective.challenge",
    "su": "protective.support",
    "hs": "protective.help_seeking",
    "rp": "protective.reporting",
}

CHUNKS = []


def parse(chunk):
    convs, cur = [], []
    for raw in chunk.splitlines():
        line = raw.strip()
        if not line:
            if cur:
                convs.append(cur)
                cur = []
            continue
        if line.startswith("#"):
            continue
        spk, rest = line.split("|", 1)
        text, labs = rest.rsplit("|", 1)
        spk, text = spk.strip(), text.strip()
        if spk not in "abcdef" or len(spk) != 1 or not text:
            raise SystemExit(f"bad line: {raw!r}")
        gold = sorted({ABBR[x] for x in labs.split()})
        cur.append((spk, text, gold))
    if cur:
        convs.append(cur)
    return convs


def main():
    out = Path(__file__).with_name("b.jsonl")
    if "--out" in sys.argv:
        out = Path(sys.argv[sys.argv.index("--out") + 1])
    convs = [c for chunk in CHUNKS for c in parse(chunk)]
    rng = random.Random(20261130)
    rows = []
    for i, conv in enumerate(convs, 1):
        if not 3 <= len(conv) <= 12:
            raise SystemExit(f"conversation {i} has {len(conv)} messages")
        letters = sorted({s for s, _, _ in conv})
        ids = rng.sample(range(1, 401), len(letters))
        spk = {l: f"tb_s{n:03d}" for l, n in zip(letters, ids)}
        cid = f"tb{i:03d}"
        for j, (s, text, gold) in enumerate(conv, 1):
            rows.append({"conversation_id": cid, "message_id": f"{cid}-{j:02d}",
                         "speaker": spk[s], "text": text, "gold": gold})
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    labels = Counter(g for r in rows for g in r["gold"])
    neg = sum(1 for r in rows if not r["gold"])
    print(f"wrote {out}: {len(convs)} conversations, {len(rows)} messages, "
          f"{neg} negatives ({100 * neg / len(rows):.1f}%)")
    for k in sorted(labels):
        print(f"  {k}: {labels[k]}")


# ---------------------------------------------------------------------------
# Chunk 1: rating, smash or pass, remarks about bodies; hard negatives (rating art, sport, heat)
# ---------------------------------------------------------------------------
CHUNKS.append(r"""
a| yo who's actually on the early bus tmrw |
b| me but i'll probs miss it as per |
c| ok rate the new girl in 9C out of 10 | ap
a| 8 easy, she's well fit | ap
d| can we not do this to someone who's been here a week | ch
c| relax its just a number lol | mn
d| its not just a number, she'd be mortified if she saw this. stop | ch
b| anyway does anyone know if the bus is 8 or quarter past |
c| lol someone's triggered. she's still an 8 tho | ap mn
d| ur actually embarrassing, im telling her to mute this chat | ch

a| SMASH OR PASS year 11 edition 👀👀 | ap
b| the lad with the curtains? smash obviously | ap
c| pass hes like 5 foot lmao | ap
d| this is so weird, they're actual people in our year | ch
a| omg calm down its a game | mn
d| a game where u rate people who never agreed to it. im out of this gc | ch
e| yeah same, this is grim, bye | ch

a| rate my art homework out of 10, be brutal |
b| 9 the shading on the hands is sick |
c| 8 the background looks a bit rushed ngl |
a| it WAS rushed i did it on the bus 😭 |
b| still better than anything ive ever drawn |
c| when's it due anyway |
a| friday i think, or monday if she forgets again |

a| did u see him in PE today |
b| his body tho 😍😍 | ap
c| stoppp he's in our form 💀 |
b| im just saying he's got arms now 👀 | ap
a| lmaoo ur obsessed |
c| dont put any of that in the form chat tho, its not fair on him | ch
b| fine fine i'll behave 🙄 |

a| is he fit to play saturday or is his ankle still done |
b| physio said he's fit again |
c| thank god we've got no one else up front |
a| anyone got a spare shin pad i lost mine at the away game |
d| i've got one u can borrow, remind me at lunch |
a| legend |

a| look at her new story, rate her 1-10 | ap
b| 7 | ap
c| 6 without the filter lol | ap
d| lads she's 14, this is actually weird | ch
a| ur acting like we said something bad | mn
d| u rated her like she's a takeaway. thats bad | ch
b| ok fair, deleting mine |
c| whatever |
c| she'll never see it anyway, its not that deep | mn
d| her best mate is in this chat. it is that deep | ch

a| top 5 fittest boys in year 10 go | ap
b| number 1 is so obvious tho | ap
c| can we rank the canteen pizzas instead pls |
a| ur so boring 😂 |
b| ok canteen pizza 3/10, soggy every single time |
c| thank u. anyone going to netball after school? |
a| yeah ill come, need to get out of the house |

a| theres an account rating girls in our year out of 10 and im on it. what do i even do | hs
b| wait what. send me the @ and i'll report it | rp
a| its the one with the star in the bio |
b| reported. and ur not the one who should be embarrassed btw | rp su
c| reported it too and i'm telling our head of year first thing | rp
a| thank u. i feel sick about it tbh |
b| course u do. want to walk in together tmrw? | su

a| ur mate from the bus is actually peng | ap
b| which one lol |
a| the one with the braids |
b| she's in year 8 bro. no | ch
a| oh. didnt know. forget i said anything |
b| forgotten |

a| its so hot in the maths room i cant think |
b| the windows dont even open properly |
c| is anyone else actually melting or is it just me |
a| i'll bring my mini fan tmrw |
b| sir still had the radiator on somehow 😭 |
c| someone report him to the weather police |

a| who would u rather, her or her mate | ap
b| her mate by a mile, have u seen her legs | ap
c| bro why are u like this |
a| its a normal question | mn
c| its not tho, theyre both in set 2 with us and we have to sit with them | ch
b| u sound like my mum lol | mn
c| good, she'd tell u the same |
a| her mate's a prude anyway, she wouldnt even look at u | nm
c| calling her a prude cos she ignores u is sad mate | ch

a| GUYS my drawing got put on the display board!!! |
b| nooo way the fox one?? |
a| yesss |
c| 10/10 honestly, the eyes are so good |
d| proud of u fr 🥹 |
a| anyone want to come see it at break |

a| honestly the new boy is so buff | ap
b| which new boy we have like three |
a| the tall one in drama | 
b| omg yeah he's alright i guess | ap
c| can u two stop drooling and help me with the lines for thursday |
a| ok ok what scene are u on |
c| the bit where she finds the letter |

a| smash or pass: miss in the art block | ap
b| mate thats a teacher 😭 |
c| pass pass pass why would u say that |
a| mate its obviously a wind up, chill | mn
d| its a weird one, dont drag staff into ur smash or pass | ch
a| fine |

a| the way she was walking past the boys table today 👀 | ap
b| what about it |
a| u know exactly what i mean, she knew they were looking | ap
c| she was literally going to the bin | ch
b| yeah leave her alone, she's not doing anything for anyone | ch
a| ok miss pshe | mn
c| call me what u want, its still not ok to talk about her like that | ch
a| whatever, she's easy and u lot know it | nm
b| screenshotted. this is going to the head of year | rp

a| whats everyone wearing to the leavers bbq |
b| my green dress probably |
c| send a pic of it im deciding between two |
b| one sec |
c| omg thats so fit, u have to wear that |
b| thank uuu, its from my sister |
d| anyone know if we need to bring money for the bbq? |
c| 5 quid i think |

a| can everyone stop putting girls on that ranking list in the gc | ch
b| which list |
a| the one u made on the notes app with scores. its messed up | ch
b| its literally just for us | mn
a| screenshots exist. if they see it theyll be crushed | ch
c| deleted my bit. my sister got put on one of these last year and it was horrible | ch
b| ok fine ill delete the whole thing |

a| rate my tea out of 10 |
b| what even is that |
a| pasta bake with beans |
c| 2/10 the beans ruin it |
a| u have no taste |
d| id eat it tbh. 6 |

a| has anyone seen the new year 12 boy |
b| yes and hes gorgeous | ap
c| hes 17 were 13 pls |
b| im allowed to have eyes 😤 |
c| eyes yes, a fan page no 💀 |
a| lmao ok anyone done the french vocab |

a| this boy in my form keeps commenting on my body in registration | hs
b| wait what does he say |
a| just rating me and saying stuff about how i look in my skirt, the others laugh. idk what to do | hs
b| thats not ok at all. u have to tell someone | su
c| tell ur form tutor, or i'll come with u to pastoral if u want | rp su
a| would u actually come |
c| yeah ofc, we'll go at break | su

a| lads gc: best and worst dressed at prom go |
b| best: him in the blue suit, class |
c| worst: whoever wore the crocs 😂 |
d| that was me and im proud |
a| crocs with a suit is a choice fr |
b| lowkey iconic |

a| lads rate the girls in our set, we'll all do it | ap
b| nah im good |
c| no chance, i'd hate if they did it to us | ch
a| ur both so dry |
b| dry is better than being that guy tbh |
a| what guy |
b| the one who gets caught rating girls and has to see the head |

a| is anyone else in love with the new teaching assistant's coat |
b| the long one? its so nice |
c| i asked her where its from, some charity shop |
a| no wayyy i need to go |
b| saturday? |
a| deal |
""")

# ---------------------------------------------------------------------------
# Chunk 2: sexualised name-calling, counter-speech quoting terms, negation, disclosures
# ---------------------------------------------------------------------------
CHUNKS.append(r"""
a| did u see who she was walking home with |
b| she's such a sket honestly | nm
c| what has she even done |
b| everyone knows what she's like | jk
c| no they dont, u just made that up. calling her a sket isnt a joke | ch
d| leave it, shes sound | ch
b| whatever |

a| he called me frigid in front of the whole table at lunch | hs
b| omg what, why |
a| cos i wouldnt sit on his lap at the party. everyone laughed. i dont know what to do, i dont want to go in tmrw | hs
b| hes a loser and u did nothing wrong | su
b| honestly tell mrs in pastoral, she sorted it when it happened to my cousin | rp
a| what if it makes it worse |
b| it wont if she knows. ill come with u | su
a| he also said if i tell anyone he'll say worse stuff about me | hs
b| then thats even more reason to tell. u did nothing wrong | su rp

a| saying she's easy is disgusting, she's 13 | ch
b| i didnt say it, it was him in the other gc |
a| well someone screenshotted it and now its everywhere |
b| i never called her that i swear |
a| ok. then tell him to delete it if hes ur mate | ch
b| ill message him now |
c| why is everyone so bothered, its just words in a gc | mn
a| words in a gc that 200 people have seen about a year 8 | ch

a| shes not easy, stop | ch
b| lol why are u defending her |
a| because its a horrible thing to say about anyone and u dont even know her | ch
c| fr, he's been saying it about every girl who talks to him | ch
b| fine, didnt realise it was that serious |
a| it is |

a| anyone else think the maths test was mad easy |
b| easy?? i left half of it blank |
c| q7 was impossible don't lie |
a| ok q7 aside it was easy |
d| ur a genius and we're not friends anymore 😂 |
a| lol revision exists |

a| stop slagging off my team every time they lose |
b| ur team are a disgrace tho |
a| 3 points off the top 😤 |
b| for now |
c| anyone watching the game tonight? |
b| yeah at my uncle's |

a| shes such a prude she wouldnt even go in the hot tub at the party | nm
b| that's literally her choice tho | ch
a| its a hot tub not a big deal |
c| and she said no. calling her a prude for it is weird | ch
a| ok fine |
b| also whoever's sending round the pic of her in the hot tub needs to delete it | ch
a| wasnt me, but ill tell them |

a| why does everyone keep calling her a slag in the year 9 gc | hs
b| cos of the rumour from the weekend |
a| it's not even true. she's my best mate, she's crying in the toilets rn. what do i do | hs
c| go be with her, and show miss the gc when ur back in | su rp
b| i can send u the screenshots if u need them for miss | rp
a| yes pls |

a| lool shes frigid, she wouldnt even text him back | nm
b| she doesnt have to text anyone back |
c| honestly calling girls frigid cos they ignore a boy is so embarrassing for u | ch
a| it was a joke | mn
c| then its an unfunny one | ch
a| shes still frigid tho | nm
d| u need to stop. im showing miss this | ch rp

a| u ok? i saw what they were writing under ur post | su
b| not really |
a| u dont have to read it. ive reported every comment i could find | rp
b| they keep calling me a sket and i havent even done anything | hs
a| course u havent. this is on them not u | su
b| can u come with me to tell my mum tonight |
a| yeah ill be there at 6 | su


a| she's a slag tho, thats not news | nm
b| dont | ch
c| thats someones sister mate | ch
a| still a slag | nm
c| ok im screenshotting this and sending it to sir | rp
a| over a word? ur so sensitive | mn
d| its not 'a word' when u say it about a year 8 every day | ch
a| shes a sket and a slag, cry about it | nm
e| blocked and reported u. enjoy explaining that to sir | rp

a| tbh the bus gc is getting out of hand |
b| cos of the names thing? |
a| yeah they keep calling her 'easy' and putting skull emojis when she gets on | hs
b| i'd tell the driver or the head of year, its bullying | rp
a| ill tell the head of year, the drivers never do anything | rp
b| good shout |

a| ppl saying ur frigid cos u wont go out with him is so dumb | ch su
b| i know. i just dont like him |
a| u dont need a reason, ur allowed to say no | su
b| thanks. its just everyone in the gc is in on it |
a| ill say something in there |
a| posted. told them to pack it in |

a| wait is 'prude' a bad word |
b| kind of depends how u use it |
a| miss said in pshe that calling someone a prude to make them do stuff is a form of pressure |
c| yeah we did that too, the slide with the examples |
a| makes sense actually |
b| anyone got the worksheet from that lesson, i was off |
c| ill send a pic of it |

a| literally no one asked but she's always been easy | nm
b| why are u like this |
c| what did she do to u |
a| nothing, just saying what everyone says | mn
c| "what everyone says" is u in 3 different chats 💀 stop | ch
a| 🙄 |
a| shes a slag too while we're at it | nm
b| screenshotted. u can explain it to pastoral | rp

a| ive been called a slag on my snap story replies by a random | hs
b| block it |
a| i did but they made another one | hs
b| report both and screenshot first so u have proof | rp
c| tell ur mum as well, she'll know what to do | rp
a| ok screenshotting now |
b| u ok tho? | su
a| kind of. its just weird |

a| why is everyone in 10R calling her 'body count queen' |
b| idk someone started it on the bus |
c| its from that rumour, it isnt even true | ch
a| doesnt matter if its true, its vile to call her that | ch
b| true |
c| she's been off school two days |

a| lol hes a prude, never even had a gf | nm
b| he's 12 what are u on about |
c| leave him alone, its not a personality flaw | ch
a| ok ok banter | mn
c| banter is when hes laughing too. hes not | ch
a| lads are lads man, he needs thicker skin | mn
c| hes 12. u need to grow up | ch

a| i need help, someone made a fake account with my face and the bio says im easy | hs
b| what, thats so messed up |
a| idk who it is and people keep following it | hs
b| report it as impersonation, theres an option for that | rp
c| and tell ur head of year bc its obviously someone from school | rp
b| ur not easy, ur not anything they say. this is on them | su
a| thank u 😭 |

a| sis stop slagging off my eyebrows i did them myself |
b| theyre uneven bestie |
a| i KNOW |
b| come over ill fix them |
c| omg can u do mine too |
b| queue up 😂 |

a| apparently she called u a slag behind ur back |
b| who did |
a| the girl from the bus, she told everyone in french |
b| i literally never said anything to her |
a| i just thought u should know |
b| thanks. im gonna talk to my tutor, i dont want it going round | rp
a| good idea, ill back u up | su

a| not being funny but she's proper easy | nm
b| u literally dont know that |
a| my cousin said |
b| ur cousin is 16 and lives in another town |
c| honestly spreading this about her is so low | ch
a| fine ill shut up |
b| and for the record she is NOT easy. she's just nice to people | ch
""")

# ---------------------------------------------------------------------------
# Chunk 3: sexual rumours and innuendo; challenges; benign look-alikes
# ---------------------------------------------------------------------------
CHUNKS.append(r"""
a| did anyone go to the party on saturday |
b| yeah it was packed |
c| heard what she did at the party 👀 | jk
b| what did she do |
c| her and him were upstairs for ages 😏 | jk
d| they were literally helping his mum with the dog, i was there | ch
c| thats what they want u to think 😂 | jk
d| ur making stuff up about people who arent even in this chat. stop | ch
c| nah she's a sket everyone knows it | nm
b| ok thats enough. ive screenshotted this for pastoral | rp

a| where were u two the whole night |
b| upstairs on his xbox, he got the new fifa |
a| sooo jealous |
c| u could have come up lol |
a| next time fr |

a| whats his body count then 😂 | jk
b| bro hes in year 9 |
a| ok whats hers then | jk
c| why do u care so much about other people's business | ch
b| fr, its a weird thing to ask about anyone in our year | ch
a| chill its just a question | mn
c| its not 'just a question' when u ask it loud in the corridor | ch
a| bet hers is higher than his anyway 😂 | jk
b| ur so weird. left | ch

a| so are u and him a thing now 👀 |
b| we went to the cinema thats all |
a| 'thats all' 😏 |
b| stop lol it was literally a film about dinosaurs |
a| ok ok cute |

a| theres a rumour going round about me and i dont know who started it | hs
b| the one from the sleepover? |
a| yeah. none of it happened and people keep asking me about it. i dont know what to do | hs
b| its not ur fault people are gross | su
c| tell ur tutor, theyll sort the gc out, they did for my mate | rp
a| im scared itll make it worse |
b| we'll come with u. u shouldnt have to deal with this on ur own | su

a| omg did u hear about the two in the science cupboard 😭 | jk
b| what about them |
a| apparently they were in there at lunch for 20 mins 👀 | jk
b| they were sorting out the microscopes for miss, shes got them on tech crew |
a| thats boring |
b| ye cos its true. dont spread stuff like that | ch

a| who wants to play truth or dare on call tonight |
b| me |
c| same but not the weird dares pls |
a| only funny ones i promise |
d| anyone got a better idea? we could do a quiz |
b| quiz on call is a vibe |

a| she definitely got with half the team at the away game 😂 | jk
b| where did u even hear that |
a| everyone's saying it |
b| everyone meaning u and ur mate | ch
c| this is how rumours wreck people, just stop | ch
a| omg ur so dramatic | mn
c| and ur so loud about stuff u know nothing about | ch

a| i heard u went round his on friday 😏 | jk
b| yeah for the group project?? |
a| sure 'group project' 👀 | jk
b| ok this isnt funny, theres 4 of us in that group | ch
a| lol ok sorry |
c| lol she's defo not a prude then 😏 | jk
b| oh my days. can u both stop, im leaving the chat | ch

a| why is everyone saying 'ask her about the bus' |
b| its a joke from the year 11s |
a| what joke |
b| some made up rumour about her and a boy, im not repeating it |
a| thats horrible, she told me nothing happened | ch
b| i know, im not saying its true |
a| then dont pass it on | ch

a| miss said we have to write a report on the trip |
b| how long |
a| 500 words |
c| upstairs or downstairs of the museum |
a| both i think |
b| anyone got photos from the trip? need them for the report |
c| ill airdrop u mine |

a| so whats the story with u and him 👀 did u or didnt u | jk
b| didnt what |
a| u know 😂 | jk
b| no i dont and i dont like it | ch
a| omg relax |
b| no. its my business and its not a joke to me | ch

a| honestly i feel like i cant go back to school |
b| why whats happened |
a| someone made up a rumour about me and a year 11 and now people are making noises when i walk past | hs
b| thats horrible, ur not on ur own with this | su
c| im telling my mum to ring school, shes a governor | rp
a| please dont make a big deal |
c| it is a big deal. but i'll let u decide when | su

a| lol she 'gets around' apparently, its all over the gc | jk
b| is it really a 'lol' tho | ch
a| i didnt start it |
b| u didnt stop it either |
c| im gonna mute it and tell her, she should know whats being said |
b| and show pastoral, they'll shut it down | rp

a| pls someone explain to me why the science teacher keeps saying 'reproduction' so loud 😭 |
b| its literally the topic |
a| i cant look anyone in the eye |
c| its biology babe grow up 😂 |
a| ok fair |
d| anyone revising for the test on monday? |
c| yeah i'm making flashcards |

a| haha he got with her behind the sports hall 👀 | jk
b| he said he didnt |
a| well that's what he would say 😂 | jk
b| honestly ur spreading stuff that isnt true | ch
c| she's gonna hear about this and be gutted | ch
a| i was only messing about | mn
c| its a joke that ends up on her record when people repeat it. leave it | ch
a| she shouldnt go behind the sports hall with boys then | bl
c| she was at hockey practice. stop | ch

a| someone keeps asking me 'hows ur body count' in the corridor | hs
b| ignore them, theyre trying to get a reaction | su
a| i've been ignoring it for weeks. its getting worse. what should i do | hs
b| ok then its time to tell a teacher, write down the dates u remember | rp
a| would they even care |
b| yes. its literally harassment | su

a| the gc made up a song about her and that boy 💀 | jk
b| i saw, its so bad |
c| someone should say something |
b| ill say it. guys the song is grim, pls delete it | ch
d| lol relax its banter, nobody means it | mn
b| banter about her life? she's in this gc | ch
d| fine deleted |

a| did u hear about the party at his house |
b| yeah his parents went away |
a| everyone was saying the police came |
b| only bc of the noise lol, his neighbour rang them |
c| anyone get home ok? i lost my phone charger there |
a| check with him i saw a load on the stairs |

a| why do the boys keep whistling when i walk past | hs
b| which boys |
a| the ones by the tech block. its every day. i hate it | hs
b| thats not ok. do u want me to walk that way with u | su
c| tell sir on duty, he's sound, hell have a word | rp
a| ok ill try tmrw |


a| lol shes been with basically every boy in the year | jk
b| wtf |
c| thats a disgusting thing to say about anyone, let alone someone in year 9 | ch
a| everyones thinking it | mn
c| no theyre not | ch
d| ive muted this chat. if u keep going im showing it to miss | rp
""")

# ---------------------------------------------------------------------------
# Chunk 4: after an image leaks - blame, minimising, challenge, support, reporting
# ---------------------------------------------------------------------------
CHUNKS.append(r"""
a| have u seen whats going round the year 10 chat |
b| the pic of her? yeah |
c| tbh she brought this on herself by sending it | bl
d| she sent it to ONE person who she trusted. he's the one who shared it | ch
c| what did she expect tho | bl
d| she expected him not to be a creep. delete it if u have it | ch
b| deleted. its not fair on her |

a| thats on her tbh, u dont send stuff like that | bl
b| are u serious |
a| im just saying what everyone's thinking | bl
b| no ur blaming her for something he did. thats not ok | ch
c| fr, the person who forwarded it is the one who broke the law | ch
a| ok i get it |
b| its going round the year 9 gc now, someone needs to tell miss | rp
c| ill email her now | rp

a| can someone send me the pic, i didnt see it | ex
b| no |
c| absolutely not, stop asking | ch
a| everyone else has seen it | mn
c| that doesnt make it ok. if u get it delete it and dont pass it on | ch
d| ive reported the post that had it on, it should get taken down | rp

a| u ok? ive seen whats happened | su
b| no. everyone's seen it. i want to disappear |
a| this isnt ur fault. u trusted him | su
b| my mum is gonna kill me |
a| she wont, and even if shes upset shes gonna want to help. do u want me to be there when u tell her | su
b| yes. please |
a| also theres a thing u can do to get it taken down, miss told us about it, ill find the link | rp
b| thank u so much |

a| boys will be boys lol, they share everything | mn
b| thats such a lazy excuse | ch
a| its true tho | mn
b| its not. plenty of boys are deleting it and telling him to pack it in | ch
c| i'm a boy and i deleted it and reported it, so | rp
a| ok but she still sent it | bl
b| and he still shared it. only one of those is a crime to do to someone else | ch

a| its not that deep, itll be forgotten by next week | mn
b| it is that deep for her, she hasnt been in for 3 days | ch
a| she'll come back eventually |
b| not if people keep acting like this is a joke | ch
c| ive messaged her to say we're all here for her |
a| she'll milk it for attention anyway | mn
b| ur unreal. she's the one getting messages from strangers | ch

a| girls who send pics are asking for it honestly | bl
b| nobody is asking to have their private stuff spread round the school | ch
a| well they should think first | bl
c| and the boys who share it should think first too, weirdly no one says that | ch
b| exactly |
a| nah girls are the ones who start it, they shouldnt send | bl
c| and boys ask for them in the first place. so who starts it | ch

a| idk what to do, people keep sharing it and i cant stop them | hs
b| the pic? |
a| yeah. someone added it to the bus gc now. im shaking | hs
b| ok breathe. screenshot who's sharing it, then we go to the head of year together | rp su
a| what if they think im stupid for sending it |
b| they wont. its not ur fault, adults deal with this all the time | su
c| theres also a site that helps take stuff down, for under 18s | rp
a| ok. can we go first thing |
b| ill meet u at the gate | su

a| lol did u see she's crying in the toilets over that pic 😂 |
b| how is that funny | ch
a| she should have thought about that before she sent it | bl
b| ur actually vile. she's 14 | ch
c| not everything is a joke | ch
a| whatever its only a pic | mn
b| its not only a pic its her life | ch

a| ur so sensitive, its just banter | mn
b| putting her pic in the gc with laughing emojis isnt banter | ch
a| it was already everywhere |
b| that doesnt make it ok to add it to another chat | ch
c| im reporting this chat to the school's safeguarding email | rp
a| omg fine ill remove it |

a| everyone on the field was showing each other something on their phones at lunch |
b| yeah its that pic of her |
a| omg. does she know |
b| dont think so |
a| someone needs to tell her, and tell a teacher | rp
b| ill tell her, u tell miss? | rp
a| going to miss's office now | rp

a| if u send pics thats on u, simple | bl
b| that's so wrong | ch
c| the person who shares without asking is the one doing harm | ch
a| still tho, dont send and it wont happen | bl
b| and dont share and it wont happen either | ch
d| can we talk about anything else pls |
b| yeah ok |
a| last thing, girls who send them are asking for it. done | bl
c| and boys who share them are criminals. done | ch

a| hey i know we dont really talk but i saw ur pic is going round and i just wanted to say im sorry | su
b| thanks. its so embarrassing |
a| the only people who should be embarrassed are the ones sharing it | su
b| i dont even know who started it |
a| i reported every account i saw it on. if u want, i'll come with u to tell someone | rp su
b| maybe. let me think |
a| ofc. im here whenever | su

a| she knew what would happen, everyone knows what he's like | bl
b| she didnt know. he told her hed never show anyone | ch
a| well now she knows | bl
b| and he's gonna find out what happens when u share pics of someone under 18 | ch
c| has anyone actually told a teacher |
b| yeah i did this morning | rp

a| whats the big deal, she's not the first | mn
b| the big deal is that she's going through it right now | ch
a| she'll be fine | mn
b| u cant know that |
c| i messaged her. she's not fine. leave it | ch
a| she chose to send it, she can deal with it | bl
b| no one chooses to be humiliated. drop it | ch

a| deleted the pic. u should too | ch
b| i already did, i didnt even open it properly |
a| good. some of the lads are still sending it round tho |
b| shall we tell sir |
a| yeah, its not snitching when its this | rp
b| ok ill come |

a| why is everyone being so dramatic about one photo |
b| because it was shared without her knowing | ch
a| she took it tho | bl
b| and? doesnt mean she agreed to the whole school seeing it | ch
a| fair i guess |
c| also can whoever still has it in their camera roll please delete it | ch
b| and if u see it anywhere, report it dont forward it | rp

a| ive still got the one my ex sent me, might show the lads 😂 | ex
b| and thats why u dont have a gf | ch
c| thats literally a crime mate | ch
a| mate unclench, im messing about | mn
c| delete it. its not funny, it happened to someone in our form last month | ch

a| u good? u havent replied since this morning | su
b| not really, the pic thing |
a| im so sorry. u didnt deserve any of this | su
b| some of the girls are saying i wanted attention |
a| they're wrong. people who say that have never been through it | su
b| i just want it to stop |
a| i know. want me to tell my mum, she works in safeguarding | rp
b| maybe yeah |

a| lads who's got it | ex
b| got what |
a| the pic everyones on about | ex
b| nah and i wouldnt share it if i did | ch
c| mate just leave it, sending that round is how people get arrested | ch
a| ok ok forget it |
d| i've got it, ill put it in the lads gc later | ex
b| if u do, im reporting u and the gc | ch rp
d| snitch lol. fine im not |

a| honestly she should have known better | bl
b| shes 13. the boy is 15. who should have known better | ch
a| they both should |
b| only one of them shared it with 200 people | ch
c| this is why we dont blame the girl, we literally did it in pshe | ch
a| yeah i remember |

a| is it true ur pic is going round |
b| yeah |
a| im so sorry. its not ur fault at all | su
b| people keep messaging me asking about it. what do i even say | hs
a| u dont have to say anything. block anyone who asks | rp
c| and tell someone at home tonight, please | rp
b| ok |

a| just ignore it and itll blow over | mn
b| ignore it?? they made her pic the gc icon | ch
a| well nobody forced her to take the pic | bl
b| nobody deserves that, no matter what they sent | ch
c| changed the icon, reported the gc, left it | rp
b| same | rp

a| did the boy who leaked it get in trouble |
b| yeah the police came into school apparently |
a| good |
c| about time, everyone knew it was him |
d| is she ok tho? |
b| she's back in, she's sitting with us at lunch |
a| good, we'll make sure she's ok |

a| pls someone tell me its not my pic thats going round | hs
b| i havent seen anything, where did u hear that |
a| a girl from my bus said there's a pic of me on a story. i only sent it to him. what do i do | hs
b| ok first, its not ur fault. second, we find out and screenshot it | su rp
c| i can see it, its on the story of some random account. reporting it now | rp
a| i feel sick |
b| we've got u. tell ur mum tonight and we'll all go to pastoral tmrw | su rp

a| what did she think would happen lol | bl
b| i dont think 'lol' is the right reaction |
a| im just being honest | bl
b| being honest would be saying the boy who shared it is the problem | ch
a| meh |
a| she'll get over it, everyone's seen worse | mn
b| 'she'll get over it' is such a cold thing to say. ur wrong | ch
""")

# ---------------------------------------------------------------------------
# Chunk 5: unwanted AirDrops, upskirting, photos taken without asking; benign AirDrops
# ---------------------------------------------------------------------------
CHUNKS.append(r"""
a| someone keeps airdropping weird pics to everyone on the bus | hs
b| omg same it happened to me yesterday |
a| i didnt even open it but i saw the preview. its so gross, who do i tell | hs
b| turn airdrop to contacts only |
c| and tell the head of year, theyve had loads of these reports this term | rp
a| ok turned it off. will tell her tmrw | rp

a| accept the airdrop lads 😂 its the one from PE | ex
b| what is it |
a| got a sneaky one of her on the stairs | ex
b| bro delete that right now, thats a crime | ch
c| im not accepting that. u need to delete it | ch
a| relax it's nothing | mn
c| its literally upskirting. if u dont delete it im telling sir | ch rp
a| ur so dramatic, its one pic | mn
a| fine whatever, ive already sent it to my cousin anyway | ex
c| then im telling sir right now | rp

a| i think someone took a pic of me from under the stairs today | hs
b| WHAT |
a| i heard a camera noise and saw a phone. im freaking out. what should i do | hs
b| u need to tell a teacher today, this is serious | rp
c| i'll come with u to the office, we can go now | su
a| what if i got it wrong |
b| then they'll check and it's fine. but u didnt do anything wrong by telling | su

a| pls stop airdropping stuff to random people in the canteen | ch
b| it's funny tho | mn
a| its not funny for the year 7s who got it | ch
b| they can just decline | mn
a| they shouldnt have to. im reporting it if it happens again | ch rp
b| fine fine |
b| its only year 7s anyway, theyll get over it | mn
a| right thats it, im telling the head of year | rp

a| anyone want the pics from the trip? ill airdrop them |
b| ooh yes send them |
c| me too, especially the one of the lake |
a| which one's the lake one |
c| the one where sir is falling over 😂 |
a| sending them all now |

a| he airdropped a pic of her to the whole of 9B | ex
b| the one she sent him? |
a| yeah |
b| that's horrible. does she know |
a| she was in the room when it went off |
c| i've told mrs in the office, she's pulling him out of lessons | rp
b| someone check on her pls |

a| just got an airdrop from someone called 'ur mum' with a really rude pic in it | hs
b| lol what |
a| its not funny, it was on the bus and i couldnt get off. idk who sent it | hs
b| sorry ur right. turn airdrop off and tell ur form tutor, theyve been looking for who's doing it | rp
a| ok will do |
b| and sorry for laughing, that was out of order. u ok? | su

a| lol ive got a video of her bending down in PE 😂 sending it to the gc | ex
b| dont | ch
c| that's disgusting, she doesnt know ur filming her | ch
a| it's only a laugh | mn
c| ur filming a girl without her knowing and sending it round. thats not a laugh | ch
d| ive told sir, he's coming to find u | rp
a| snitch. she shouldnt wear shorts that short then | bl
b| she was wearing the PE kit the school makes us wear. stop | ch

a| someone held their phone under my skirt on the escalator at the shopping centre | hs
b| oh my god are u ok | su
a| not really. i didnt see who it was | hs
b| u need to tell ur mum and the security there, they have cameras | rp
c| its not ur fault at all, whoever did that is a creep | su
a| im gonna tell my mum when she gets home |

a| stop taking pics of people in the changing rooms | ch
b| i wasnt, i was on snap |
a| with ur camera pointing at the benches? dont lie | ch
b| ok i'll delete it |
a| delete it now and dont do it again or im telling miss | ch rp
b| its not even a big deal, no one was in there | mn
a| then why are u deleting it so fast. im telling her anyway | rp

a| why are people airdropping pics of me from the sleepover | hs
b| which pics |
a| the ones of me in my pyjamas. i didnt know anyone took them | hs
b| omg thats not ok. who took them | ch
a| i dont know, someone from the sleepover. i feel so stupid | hs
b| ur not stupid. this is on whoever took them | su
c| we need to tell an adult tonight. i'll tell my mum too | rp
a| ok |

a| anyone know how to turn airdrop off on the new update |
b| settings then general i think |
a| its not there |
c| control centre, hold the wifi box |
a| found it thank u |
b| why are u turning it off anyway |
a| my brother keeps airdropping me memes at 3am |

a| honestly airdropping stuff on the bus is just a prank | mn
b| sending rude pics to kids who didnt ask isnt a prank | ch
a| nobody got hurt | mn
b| a year 7 was crying on the way home. so | ch
c| and its literally illegal, they told us in assembly | ch
a| ok didnt know that |

a| upskirting is literally a crime now, we learnt it in pshe |
b| yeah miss said u can get 2 years |
c| good |
a| it was a depressing lesson but like useful |
b| anyone got the homework sheet from that lesson |
c| its on the class page |

a| bro ur hiding ur phone in ur bag in the girls changing room area?? | ch
b| no its charging |
a| pointing at the door? move it now | ch
b| i swear i didnt mean to press record |
a| ok then u wont mind if i tell sir to check it | rp
b| fine i deleted it |
a| im still telling him | rp

a| the boys in the year above keep trying to airdrop me stuff on the bus home | hs
b| what kind of stuff |
a| i havent opened any of it but the names are horrible | hs
b| block airdrop and tell the bus company and school, they share the bus | rp
a| will they take it seriously |
b| yes, last year they banned someone from the bus for it | su

a| ok whos taking photos in the library without asking | ch
b| lol what |
a| theres a pic of me in the gc with someone circling my legs 😭 | hs
b| omg thats weird who posted it |
a| the lad in the grey coat |
c| im reporting it now. u ok? | rp su
a| kind of. just want it gone |
""")

# ---------------------------------------------------------------------------
# Chunk 6: frames - generic blame statements, PSHE / hypothetical talk, quoted terms in
# counter-speech, negation
# ---------------------------------------------------------------------------
CHUNKS.append(r"""
a| pshe debate tmrw is 'who is responsible when a private pic gets shared' |
b| ugh we have to do a speech?? |
a| 2 minutes each |
c| easy, the person who shared it. done |
b| some of the boys are gonna say it's the girl's fault |
a| they always do |
c| then we'll destroy them with facts lol |
b| anyone got the case study sheet, i left mine in the classroom |
a| ill snap it for u tonight |

a| tbh if u send pics u deserve whatever happens | bl
b| wow |
c| thats exactly what the pshe video said NOT to think | ch
a| im just saying, its common sense | bl
b| common sense is not sharing someone's private pic | ch
d| u realise half the people who get pressured into it are like 13 | ch
a| ok i didnt think of it like that |
c| yeah exactly, think next time | ch

a| we did a lesson today about what to do if someone sends u a pic u didnt ask for |
b| what do u do |
a| dont forward it, tell an adult, report the account |
b| makes sense |
c| we had the same one, the video was so cringe tho |
a| the actors were like 30 playing year 9s 😭 |
b| anyone know if theres homework from it |
c| just a poster about online safety |

a| honestly any girl who sends pics to a boy she barely knows is asking for it | bl
b| 'asking for it' is a crazy thing to say | ch
a| why tho |
b| because nobody asks to get humiliated. the boy chose to share it | ch
c| and some of them get threatened into sending, u dont know the story | ch
a| i guess |
a| still, if she's that easy she cant act surprised | nm bl
b| and we're back to calling her names. ur the problem here | ch

a| in pshe miss asked what we'd say if a mate said 'she shouldnt have sent it' |
b| what did u say |
a| i said id tell them its not her fault and ask who shared it |
c| good answer tbh |
b| i just said 'nothing' bc i was half asleep 😭 |
a| lmaooo |
c| anyone know what the homework is for that |
a| write a short reply to a group chat message, the sheet is on teams |

a| people keep saying 'its not that deep' about the rating list and it is that deep | ch
b| agreed |
a| one of the girls on it cried in maths |
b| saying 'its not that deep' is just a way to not feel bad | ch
c| i took my name off the list and said sorry to her |
a| thats actually really good |
b| more people should do that |

a| would u tell a teacher if ur mate got a pic leaked |
b| is this for the pshe homework |
a| yeah the questionnaire |
b| i'd put yes. in real life probably yes too, depends on the mate |
a| i put yes but id ask her first |
c| that's what miss said is best actually, tell them before u tell an adult |
a| nice ok |

a| calling someone 'easy' cos of who they talk to is so childish | ch
b| who said that |
a| the year 10 boys by the lockers about her |
b| ugh. shes my neighbour, shes lovely |
a| i told them to shut up |
b| did they |
a| they laughed but they stopped |
b| ill tell her u stood up for her |

a| 'boys will be boys' is not an excuse for what they did to her | ch
b| what did they do |
a| put her pic in the lads chat and wrote scores under it |
b| thats grim. has anyone told a teacher | ch
a| i did this morning | rp
b| good. ill message her |
c| me too, she needs to know not everyone is like that |

a| we learnt that sharing pics of anyone under 18 is illegal, even if they sent it to u |
b| wait even if they sent it first |
a| yeah, like u cant forward it or keep it |
c| that's mad, loads of people dont know that |
b| we should tell the gc |
a| careful how u word it tho 😭 it'll sound like an accusation |
c| just post the link from the lesson |
b| anyone got the link |
a| sending it now |

a| i never called her a slag, i was defending her |
b| thats not what the screenshot shows |
a| the screenshot cut off the bit before. i said 'stop calling her a slag' |
b| oh. i thought u were the one saying it |
a| no, send them the whole thing |
b| sorry, i'll fix it |

a| u know the worst thing is when people say 'she wanted the attention' | ch
b| who said that |
a| half of our form about the leaked pic |
b| wanting to feel liked by one person isnt wanting the whole school to see it | ch
c| people say stuff to make themselves feel better |
a| its still wrong | ch

a| idk about this consent homework, the questions are so weird |
b| which question |
a| 'what might someone say to pressure a friend into sending a photo' |
b| oh just put the stuff from the slide, like 'everyone does it' |
a| ok yeah |
c| the next one is how would u respond, thats the easy one |
a| 'no' and 'im telling someone' 😂 |
b| full marks |

a| tbf if shes gonna dress like that she cant complain when people talk | bl
b| dress like what, a school uniform | ch
a| u know what i mean | bl
b| nope. no one gets to comment on her body because of a skirt | ch
c| honestly this is what people mean by victim blaming | ch
a| ok whatever |
a| she still loves the attention tho | bl
b| im not doing this with u. muted |

a| ur not frigid for saying no. ignore him | su
b| he told his whole form i was |
a| his whole form thinks hes weird anyway | su
b| lol |
a| if he says it again tell him u'll show miss the messages. u have them | rp
b| yeah i screenshotted them |
a| perfect. and im here if u want to talk about it | su

a| if someone calls u a sket thats on them not u | su
b| thanks. it just keeps happening |
a| who's doing it |
b| the girls from the other form on the field | hs
a| then we're telling ms today. it's not ok | rp ch
b| ok. will u wait outside with me |
a| course. ill be right there | su

a| what does victim blaming even mean, its on the exam |
b| like when something bad happens to someone and people say its their fault |
a| ohh like 'she shouldnt have walked home alone' |
b| yeah thats literally the example in the textbook |
c| page 42 if anyone needs it |
a| thank u lifesavers |

a| my brother said 'its just lads being lads' about the pic thing at his school | mn
b| what did u say |
a| i told him thats rubbish. sharing it is a crime, not lads being lads | ch
b| good. how old is he |
a| 16, he should know better |
c| he'll get it eventually |

a| nobody deserves to have their pics spread, end of | ch
b| even if they sent them to loads of people? |
a| yes. sending something to someone isnt permission to share it | ch
b| fair point |
c| it's literally what they said in that assembly |
a| see |
b| ok but some people send them to get attention tho | bl
a| wanting attention from one person still doesnt mean the whole school gets to see | ch

a| ok random pshe question: is rating people out of 10 harassment |
b| if they didnt ask for it, probably yeah |
a| even if its a compliment |
c| its about how it makes them feel tho |
b| and usually it's in a group chat they cant see so they cant even answer back |
a| hmm ok. writing that down |
c| dont copy my words exactly lol |

a| ngl calling her 'body count queen' is just bullying | ch
b| it was only one person who started it |
a| and now its everyone. pls dont use it | ch
b| i havent, i wouldnt |
a| i know, just saying |
b| i'll say something in the gc too |

a| just had the weirdest pshe lesson, they made us role play saying no |
b| what did u have to say |
a| someone pretended to ask for a pic and we had to practise saying no and leaving the chat |
b| sounds awkward |
a| so awkward. my partner kept laughing |
c| we do that next week, anyone know if we get to choose partners |
a| no, miss picks |
""")

# ---------------------------------------------------------------------------
# Chunk 7: hard negatives - sport, outfits, weather, food, games, art, lyrics, banter, homework
# ---------------------------------------------------------------------------
CHUNKS.append(r"""
a| badminton club tonight?? |
b| yeah but im rubbish at smashes |
c| just hit it harder lol |
b| wow thanks coach |
a| my smash is lethal, watch out |
c| last week u smashed it into the ceiling |
a| and it was beautiful |
d| anyone got a spare racket, mine snapped |
c| theres a box of old ones in the cupboard |

a| is anyone else absolutely boiling in this blazer |
b| it's 28 degrees and they wont let us take them off |
c| i'm sweating in places i didnt know existed 😭 |
a| ask sir if we can have the door open |
b| he said no bc of the noise from the field |
c| hottest day of the year and we're doing algebra |
a| at least its double free after |
b| ice lolly run at lunch? |
c| 100% |

a| rate my new trainers 1 to 10 |
b| 7, they're clean but a bit basic |
c| 9, they'd go so hard with black joggers |
a| i was literally wearing them with black joggers today |
c| see i have taste |
b| where did u get them |
a| the outlet place, they were half price |
b| no way, anyone want to go saturday? |
c| me |

a| this chicken burger is so peng im actually emotional |
b| where from |
a| the place by the station |
c| their chips are mid tho |
a| the chips are NOT mid |
b| 6/10 chips, 9/10 burger, final answer |
c| agreed |
a| u both lack culture |

a| that goal was actually sick |
b| top bins from 30 yards |
c| he's been so fit this season, no injuries at all |
a| fittest hes been since year 7 |
b| scouts were watching apparently |
c| anyone got a vid of it? |
a| my dad filmed it ill send it in the gc |
b| send it send it |

a| what are u singing in the talent show |
b| that old song about summer nights from the musical |
a| no way thats such a good one |
c| the lyrics are so cheesy 😂 |
b| thats the point |
a| can u actually hit the high note |
b| kind of. pray for me |
c| we'll bring signs |
a| anyone know what time it starts? |
b| 6 in the hall |

a| omg the new update buffed the shotgun again |
b| its so broken now |
c| i kept getting one-shot from across the map |
a| rate the new map out of 10 |
b| 4, its so confusing |
c| 8 i like the snow bit |
a| on tonight? |
b| after dinner |
c| ill be on at 8 |

a| ur handwriting is a crime against humanity |
b| excuse me?? |
a| i cant read a single word of these notes |
b| its called style |
c| it looks like a spider fell in ink 😂 |
b| i hate both of u |
a| love u too |
b| anyway anyone got the notes in readable form |
c| ill type mine up |

a| does anyone know what the english homework actually is |
b| the poem analysis |
a| which poem |
b| the one about the storm |
a| oh no that poem is so boring |
c| its due tmrw btw |
a| WHAT |
c| yeah, sorry |
a| pray for me |

a| my mum wants a pic of my whole outfit before i leave for the party |
b| lol my mum does that too |
a| send me one of urs so i can copy the vibe |
b| sending |
a| ok thats so fit, the jacket makes it |
b| its my brothers, dont tell him 🤫 |
a| lol i wont say a word, promise |
c| is anyone getting a lift or are we walking |
b| my dad can take 3 of us |

a| the biology test is on the human body, all the systems |
b| ugh the heart diagram |
c| and the digestive one with all the labels |
a| theres like 30 words to learn |
b| make a quiz on the app |
c| anyone want to revise in the library at lunch |
a| yes pls, i need all the help i can get |
b| me too |

a| bro why did u pass to him, he was offside |
b| he wasnt |
a| he was standing next to the goalie |
b| the ref didnt blow |
c| the ref is his dad 😂 |
a| explains everything |
b| still a goal |
a| robbery honestly |

a| blind ranking of every pizza topping go |
b| 1. pepperoni |
c| pineapple last, fight me |
a| pineapple is top 3 no debate |
d| rate pineapple out of 10 then |
a| 11 |
c| youre banned from the gc |
a| ur losing a legend |

a| anyone else think the hot chocolate machine is broken |
b| it gave me boiling water and a sad bit of powder |
c| thats been broken since september |
a| who do we tell |
b| report it to the canteen ladies |
c| i reported it twice already lol |
a| third time lucky |


a| he's so fit now since the surgery, back in the team next week |
b| wait he's back?? |
a| physio cleared him |
c| best news all week |
b| we needed him against the top team |
a| he's been training with the under 16s |
c| anyone going to watch the match on sunday |
b| if my mum can drive |


a| why is my sister singing that song with the weird lyrics nonstop |
b| which one |
a| the one about the ghost and the motorway |
b| oh thats a banger |
a| it is NOT a banger its been 3 days |
c| my dad loves it too, ur outnumbered |
a| im moving out |

a| lads rate my kit for sports day out of 10 |
b| neon socks?? 3 |
c| 8, the socks are a power move |
a| thank u, a man of vision |
b| ur gonna blind the teachers |
a| thats the plan |
d| anyone doing the relay? we need a fourth |
c| i'll do it |

a| hot take: the new science teacher is the best one we've had |
b| she's so good at explaining |
c| and she lets us do the fun experiments |
a| the elephant toothpaste one was sick |
b| we're doing flame tests next week |
c| anyone want to sit together? |
a| me |

a| bestie ur so short 😂 |
b| and ur so annoying but i dont say anything |
a| u just did |
b| ur welcome |
c| u two are like an old married couple |
a| shes my wife now, it's official |
b| ew |
c| love this for u both |


a| ok honest opinions on my drawing of the cat |
b| the legs are a bit long |
c| it looks like a horse ngl |
a| its a stretchy cat obviously |
b| 7/10 for creativity |
c| 4/10 for cat accuracy |
a| i hate it here |
d| i love it, frame it |

""")

# ---------------------------------------------------------------------------
# Chunk 8: busier group chats - names, ratings, rumours, blame and minimising, pushback
# ---------------------------------------------------------------------------
CHUNKS.append(r"""
a| whos going to her party friday |
b| not me she's a slag | nm
c| wow ok |
b| what its true, ask anyone | nm
d| 'ask anyone' = ask the 3 boys who made it up | ch
b| ur only saying that cos ur her mate |
d| im saying it cos its a vile word and u use it about every girl who doesnt like u | ch
e| fr tho can we go back to talking about the party |
a| i'm going, anyone want to get ready at mine |
c| meee |

a| rate the girls in the netball team pic 😂 | ap
b| 3rd from left is a 9 | ap
c| the captain is a solid 8 | ap
d| u lot are actually obsessed |
a| its a compliment | mn
d| if it was a compliment u'd say it to their faces | ch
b| lol imagine |
d| exactly. u know its weird. pack it in | ch
c| ok ok, sorry |
a| ur acting like we posted it on insta. relax | mn
d| doesnt matter where. its still their bodies ur scoring | ch

a| apparently she sent him a pic and now he's sharing it 💀 |
b| well she's easy, what did she expect | nm bl
c| 'easy' is a disgusting thing to call someone whose pic got leaked | ch
b| i'm just saying she brought it on herself | bl
c| and im saying ur wrong. he shared it, hes the problem | ch
d| honestly he should get kicked out for it |
c| someone check on her pls |
d| i messaged her already, she said thanks |

a| stop being so frigid and just come to the party | pr nm
b| i said im not going |
a| everyone's gonna think ur a prude lol | nm pr
b| i dont care what everyone thinks |
c| leave her alone, she said no | ch
a| it was a joke | mn
c| jokes are funny, this is just u pushing her | ch
b| thanks |
a| ur both so boring. go on just come for an hour | pr
b| no. and im telling my mum ur still messaging me | rp

a| he wont stop calling me a prude in front of his mates | hs
b| since when |
a| since i wouldnt send him a pic. its every day now. i dont know what to do | hs
b| thats literally harassment, he's trying to shame u | su
b| screenshot anything he sends and block him | rp
a| he does it in person tho |
c| then u tell ur head of year, they can talk to him | rp
a| what if people think im overreacting |
c| ur not. none of this is ur fault | su

a| the way she posted that pic in a crop top, she knew what she was doing | ap bl
b| she was at the beach with her family?? |
a| still, u post that u get comments | bl
c| nobody is 'asking' for comments by going on holiday | ch
b| this is so weird, shes 14 | ch
a| just saying what the boys in 10G are saying |
c| then tell the boys in 10G to get a life | ch
a| whatever, she's a 9 and she knows it | ap

a| lmao apparently they got off with each other at the party 👀 | jk
b| who said that |
a| everyone in his form |
b| she told me they literally just talked on the stairs | ch
c| rumours like that follow people for years. dont pass it on | ch
a| its just what i heard | mn
c| and now u've passed it to 5 more people | ch
d| muted this chat, its always the same stuff |

a| smash or pass the new supply teacher's son lol | ap
b| hes in year 7 😭😭 |
c| PASS on this whole conversation |
a| oh i thought he was older |
b| he literally has a lunchbox |
a| ok my bad delete delete |
c| deleted, never speak of it |

a| honestly she's a sket, everyone's seen that pic | nm
b| the pic he leaked without asking her? | ch
a| she still took it | bl
b| so? she took it for one person. the whole year seeing it isnt on her | ch
c| if u call her that again ill report u | ch rp
a| omg ur so sensitive, its just a word | mn
c| right, reporting | rp

a| u ok? saw what they were saying about u on the bus | su
b| the frigid stuff? yeah |
a| u know its rubbish right. they say it about anyone who doesnt fancy them back | su
b| i know but it still sucks |
a| course it does |
b| im thinking of telling mr on the bus duty | rp
a| do it, and if u want ill tell him what i heard too | su rp
b| ok thanks 🫶 |

a| not being funny but if ur gonna send pics u cant cry when they get out | bl
b| u literally can tho |
c| its the person sharing who's breaking the law not the person who got shared | ch
a| still stupid to send | bl
b| stupid or not, she didnt deserve it | ch
d| and telling her 'dont cry' is so grim | ch
a| ok fine i'll stop |

a| lol he's such a slag, he's been with 4 girls this term 😂 | nm jk
b| who cares |
c| leave him alone he's literally in year 8 | ch
a| i'm joking | mn
c| joke about something else, this stuff sticks | ch
b| new topic. anyone done the history timeline |
c| half. i'll send it when im done |

a| everyone's saying ur easy now |
b| who's everyone |
a| the lads in the lunch queue. i thought u should know |
b| great. i havent even done anything. what do i do | hs
a| idk tell a teacher? |
b| they'll just say ignore it |
c| ms on pastoral wont, she sorted my thing last year. u should go | rp
a| ill come with u if u want | su

a| she's a 10 honestly, i'd smash | ap
b| bro shut up she's in our science set | ch
a| what, she's fit |
b| she's also right there and can see the gc on his phone | ch
c| delete it rn | ch
a| fine jeez |
b| and dont do it again | ch

a| he keeps making comments about her body in history and everyone laughs. what do we do | hs
b| what?? every lesson? |
a| pretty much. she's so embarrassed |
b| thats sexual harassment. someone needs to tell sir | ch rp
a| she doesnt want a fuss |
b| then tell her we'll go with her, she shouldnt have to sit through that | su
a| ill message her tonight |

a| cant believe ur crying over some banter | mn
b| it wasnt banter, u called me a sket in front of the whole form | ch
a| i was joking | mn
b| i didnt laugh. no one did | ch
a| ur too sensitive | mn
b| and ur getting reported | rp
a| over a joke?? | mn
b| yep |

a| lads the year 9 girls are getting well fit this year | ap
b| weird thing to say, ur in year 11 | ch
a| i just mean generally |
c| that's even weirder mate | ch
a| lol ur both so dry |
b| dry is better than creepy | ch
c| anyway anyone up for fifa at 7 |
b| go on then |

a| hey did something happen at the weekend, ppl keep looking at me weird |
b| idk if i should tell u |
a| pls just tell me |
b| theres a rumour ur body count is like 10 and its all over snap | 
a| thats not even true. i've never even had a boyfriend. what do i do | hs
b| i'm so sorry. i'll tell everyone i see that its made up | su
c| and tell ur tutor, they can find out who started it | rp
a| ok. i hate this |

a| honestly she's asking for it with the way she acts with the boys | bl
b| asking for what exactly |
a| for people to talk about her | bl
b| she's friendly. being friendly isnt asking for anything | ch
c| ur just making excuses for people being horrible | ch
a| fine, maybe |

a| ok who added 'easy' next to her name in the class list pic | ch
b| wasnt me |
c| i think it was the lad at the back |
a| its on the screen in form, everyone's seen it |
b| omg she must be mortified |
a| ive told sir, he's taking it down | rp
c| ill message her so she knows someone's got her back |
""")

# ---------------------------------------------------------------------------
# Chunk 9: mixed scenarios - DMs, bystanders, older siblings, exposure threats, follow-ups
# ---------------------------------------------------------------------------
CHUNKS.append(r"""
a| yo is it true u have her pic |
b| might do 😂 | ex
a| send it | ex
b| what u gonna give me for it | ex
c| neither of u are sending anything. thats a year 9s private pic | ch
b| chill its not like its going on insta | mn
c| doesnt matter where it goes. delete it or im going to the head | ch rp
b| ok ok deleted |
c| show me the empty folder then |

a| my little sister came home crying, boys in her year are calling her a sket | hs
b| how old is she |
a| 12. she won't tell mum. what do i do, im only 15 myself | hs
b| ur doing the right thing by asking | su
b| maybe tell ur mum together with her? or her form tutor | rp
c| my mum dealt with this at my sisters school, the school were good about it | su
a| ok i'll talk to her tonight |
b| tell her it's not her fault, she'll need to hear it | su

a| honestly u girls make everything into harassment | mn
b| because a lot of it is harassment |
a| a boy saying ur fit isnt harassment |
b| one boy saying it nicely isnt. six boys shouting it and rating us out of 10 every lunch is | ch
c| and then calling us frigid when we dont laugh | ch
a| ok when u put it like that |
b| mhm |
c| honestly if u lot stopped calling people frigid we wouldnt need to make a fuss | ch

a| did u see what he commented under her post 🤢 |
b| the 'rate ur body 9/10' one? |
a| yeah. she's deleted the post now |
b| people like that should get banned |
c| ive reported his comment | rp
a| same | rp
b| i'll send her a msg, she's probs embarrassed |
d| is she ok? anyone heard from her |
b| she replied, she's ok just annoyed |

a| why is everyone acting like it's her fault he spread the pic | ch
b| tbf she shouldnt have trusted him | bl
a| she's 14, he's her boyfriend, of course she trusted him | ch
b| lesson learned i guess | bl
a| the only lesson is he's a creep and he's getting expelled hopefully | ch
c| i hope so |

a| u ok? | su
b| kinda |
a| i saw the story. u know u did nothing wrong right | su
b| everyone's gonna think i'm a slag now |
a| the people who matter wont. and anyone who says that is gonna get reported by me personally | su rp
b| 😭 thank u |
a| want to come to mine after school? mum's doing pasta | su
b| yes pls |

a| is it weird that i feel bad for laughing at the rating thing |
b| a bit late lol |
a| i know. i didnt realise she'd see it |
b| u could say sorry to her |
a| yeah. and tell the lads to stop doing it |
b| good luck with that |
a| ill try anyway |

a| if anyone else asks me about my 'body count' im going to lose it | hs
b| who's asking now |
a| three different boys today. i'm 13 why is this a thing | hs
b| that's so gross. u shouldnt have to deal with it | su
c| write down who and when and give it to ur head of year | rp
a| will they actually do anything |
c| they did when it happened to my friend, all three boys got isolation | su
a| ok ill do it |

a| lads if ur sharing her pic ur a loser and ur breaking the law | ch
b| who says im sharing it |
a| ur name is literally in the forward list 💀 | ch
b| everyone's shared it | mn
a| 'everyone' doing it doesnt make it legal | ch
c| just delete it bro, this is getting serious | ch
b| fine |
c| and say sorry to her | ch

a| lol she's such an easy target, just say she's easy and she cries | nm
b| what's wrong with u |
c| making someone cry on purpose is bullying, not a joke | ch
a| it's a laugh, she needs to toughen up | mn
b| no, u need to stop | ch
d| ive got the screenshots. showing miss tomorrow | rp
a| she's a slag anyway so who cares | nm
b| u do realise u've just given miss more evidence | ch

a| its not harassment if its true lol | mn
b| what's true? |
a| that she's been round every boy's house 😂 | jk
b| she's been round every boy's house bc her mum childminds for half the street | ch
a| still funny | mn
b| it's really not | ch
c| pack it in | ch
a| ur all so sensitive, its a joke about a sket | mn nm
b| and now ur calling her a sket. sending this to her mum and miss | rp

a| my mum found the gc where they were calling me frigid |
b| omg what did she say |
a| she's ringing the school tomorrow |
b| is that good? |
a| i think so. i was scared but it's kind of a relief |
b| good. ur not in trouble for any of it | su
a| i know. she said that too |
b| and if anyone calls u frigid again u tell me and ill go to sir with u | rp su

a| i think my ex is showing people my pics | hs
b| what makes u think that |
a| his mate sent me a laughing emoji and 'nice' under my story. i only ever sent them to him. what do i do | hs
b| omg. first, it's not ur fault, u trusted him | su
b| second, tell an adult tonight, this is serious | rp
c| u can also report it so it gets taken down, there's a thing for under 18s | rp
a| i'm so scared my parents will be angry |
b| they'll be angry at HIM, not u | su

a| hot take but its banter when the girls rate the boys too | mn
b| nah its grim whoever does it | ch
a| so we're not allowed to have a laugh anymore |
b| laugh about something else, like ur dribbling 😂 |
a| harsh |
c| true tho |
a| so if someone rates me a 3 thats harassment lol |
b| if a whole gc does it to u every day, yeah. and ud hate it | ch

a| heard ur getting with him 👀 | jk
b| lol no, we're friends |
a| 'friends' 😏 | jk
b| stop, seriously, this is how rumours start | ch
a| ok ok |
b| thank u |
a| but like. u two were in the park till 9 😏 | jk
b| with my mum and his little brother. im not replying to this anymore |

a| anyone know what the pshe assessment is on |
b| online safety and relationships |
c| so basically the stuff about leaked pics and blame |
a| oh ok i know that one |
b| the key thing is it's never the victims fault |
c| and that 'boys will be boys' is not a reason, she made us write it down twice |
a| lol i remember |
b| anyone want to revise together? |

a| why is the gc calling her 'miss upstairs' |
b| cos of the party rumour |
a| she went upstairs to call her mum to pick her up |
b| i didnt know that |
a| well now u do. tell them to stop | ch
b| i'll post it in the gc |

a| he keeps saying 'she was asking for it' about the pic thing |
b| ugh that's the worst |
a| should i say something? |
b| yeah, say it's not her fault and sharing it is a crime |
a| done. he left the chat lol |
b| good riddance |

a| are u coming to watch the boys' match |
b| maybe. is it cold? |
a| baltic. bring a coat |
b| ugh fine |
c| anyone want to get chips after |
a| yesss |
b| only if we get the big portion |

a| that boy who sat behind me on the bus kept saying my skirt was 'too short for a prude' | hs
b| ew what |
a| and then his mates laughed. i moved seats. i dont know if i should tell anyone | hs
b| yes u should. u shouldnt have to move seats because of him | su
c| tell the school, the bus is part of school | rp
a| ok i'll tell my tutor tomorrow |

a| honestly if she didnt want people talking she shouldnt have gone upstairs with him | bl
b| she went to use the bathroom??? |
a| still |
b| there is no 'still'. ur blaming her for other people making stuff up | ch
c| this is how rumours ruin people. stop it | ch
a| fine i'll drop it |

a| ok i've had enough, i'm reporting the year 10 gc to sir | rp
b| why whats happened |
a| they're doing a smash or pass with year 8s | ap
b| wait what |
a| theyre literally 12 |
b| screenshot it all first | rp
a| already done |
c| good. im so glad u said something |

a| guys does anyone know if there's football tomorrow |
b| coach said it's cancelled bc of the pitch |
a| again?? |
c| theyre fixing the drains |
a| so no training all week then |
b| probably gym instead |
c| i'll bring my fit for gym |
a| the neon one? |
c| always |
""")

# ---------------------------------------------------------------------------
# Chunk 10: denser mixed conversations
# ---------------------------------------------------------------------------
CHUNKS.append(r"""
a| that girl at the back of our bus is such a sket lol | nm
b| u dont even know her |
a| heard she sends pics to anyone who asks | jk
c| thats a rumour from one boy who she blocked | ch
a| well if she sends them its on her when they go round | bl
c| nobody's sending anything round. if u start that im going straight to the driver and the school | ch rp
b| yeah cut it out, her little brother sits two rows in front | ch
a| omg its banter, why is everyone so serious | mn
c| cos its her life not ur banter | ch

a| can i tell u something but u cant laugh |
b| ofc |
a| the lads in my form made a list of who's 'frigid' and who's 'easy' and im on the frigid side | hs
b| thats so horrible, im sorry. none of that is about u, its about them | su
a| they keep reading it out when the teacher's not there. what should i do | hs
b| screenshot it if its online, and tell ur tutor. a list like that will get them in proper trouble | rp
a| i dont want to be a snitch |
b| ur not. ur stopping them doing it to the next girl too | su
a| ok. will u come |
b| obviously | su

a| whos the fittest in 10B, go | ap
b| easily her with the curly hair | ap
c| nah her mate's body is better | ap
d| can we not, one of them is my cousin | ch
a| ur cousin is a 7 dont worry 😂 | ap
d| i'm actually screenshotting this and sending it to her | ch
b| dont be a grass its just lads chat | mn
d| lads chat about year 10 girls bodies. no | ch
c| ok ok im out of this one |

a| did u see her pic from the weekend is all over |
b| honestly she's so stupid for sending it | bl
c| she's not stupid, he lied to her | ch
b| still. everyone knows u dont send stuff | bl
d| and everyone knows u dont share it, yet here we are | ch
a| she messaged me asking if people hate her |
c| tell her no, and that its not her fault at all | su
a| ill tell her. also should we tell someone |
d| yes, i'll tell miss at registration | rp

a| someone made a confessions page for our school |
b| ugh those are always awful |
a| theres a post about her and her ex in the park, its so nasty |
b| omg poor her. report the page | rp
c| reported. the comments are worse than the post |
a| someone commented that she's easy and got 40 likes |
b| i hate people. im telling our head of year about the page | rp
c| same, the more people report it the faster it goes | rp
d| anyone know who runs it? |
a| no, its anonymous |

a| ur honestly a 6 on a good day | ap
b| wtf?? |
a| dont be like that, its a compliment | mn
b| rating my face in front of the whole class is not a compliment | ch
c| leave her alone mate | ch
a| ur a 4 so u cant talk | ap
c| ok im telling sir | rp
a| snitch 😂 go on then |
b| i am actually done with u |
""")

if __name__ == "__main__":
    main()
