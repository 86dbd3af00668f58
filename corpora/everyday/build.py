#!/usr/bin/env python3
"""Build corpora/everyday/messages.csv and gold.jsonl.

"everyday" is a hand-written, synthetic corpus of ORDINARY chat between UK secondary-school pupils:
homework, timetables, sport, games, food, plans, clubs, pets, weather, music, TV, part-time jobs and
family. Nothing in it is harmful, so every gold list is []. It deliberately uses words that look
risky out of context but are innocent here (hot, fit, sick, send, pic, snap, rate, block, kill,
secret, delete, screenshot, anyone, babe, bro). It measures how often c2chat flags ordinary chat.

Written independently of lexicons/, corpora/dev, corpora/check and the training corpora.
No real people, schools or places; speakers are pseudonymous ids ev_s01.. .

Each conversation below is a block of lines "<speaker letter> <text>".

Usage: python3 corpora/everyday/build.py   (writes messages.csv and gold.jsonl next to this file)
"""
import csv
import json
import os
import random
from datetime import datetime, timedelta, timezone

CONVERSATIONS = [
# --- homework and timetables ---
"""
A Quick question, is the maths homework on the website or in the textbook?
B website, its the one on angles in polygons
A Thank you! Couldn't see it on the calendar
B its set for thursday so theres loads of time
A Oh good, I've got netball Wednesday so I'll do it tomorrow night
B cba with angles tbh, i'll copy the worked example
""",
"""
A does anyone remember the date for the science coursework deadline
B 14th
C Its the 21st now, she extended it in last lesson
A omg lifesaver
B wait since when
C u were at orchestra
A noted, 21st
""",
"""
A screenshot the new timetable for me pls my phone wont open the app
B [screenshot]
A why is there PE period 1 on a monday 💀
B character building
A i'll build my character in bed thx
B the app is down for everyone btw, not just u
""",
"""
A has anyone else's laptop updated itself and deleted the essay??
B noooo
A its fine i found it in the cloud thing
B ur so lucky, that happened to me in year 8 and i cried
A did u get it back?
B nope, had to rewrite the whole thing from memory
""",
"""
A is period 5 still drama or has it swapped to IT
B swapped
A since when 😭 i brought my script for nothing
B since the new timetable, check the email
A i never check the email
B well theres ur problem innit
""",
"""
A Anyone want to split the reading for english? I'll do chapters 1-3 if someone does 4-6
B deal, i'll take 4-6
C can i do 7-9 and u lot summarise for me
A yes but u owe us
C fair
B ok sending u the summary of 4-6 tonight
""",
"""
A how many words is the re essay meant to be
B 600 min
A ive got 240
B bro
A i know, im on it
B start with the quote bank she gave us, that's like 100 words easy
A ooh good idea
""",
"""
A If anybody has a spare protractor tomorrow please bring it, mine snapped
B how did u snap a protractor lol
A sat on it
B ill bring my spare one, its pink tho
A I'll take anything at this point
B ur on ur own for a ruler tho
""",
"""
A wait do we have a test in french tomorrow or was that a joke
B not a joke unfortunately
A its on the perfect tense right
B yeah and the irregular ones
A ok all-nighter it is
B dont do that, just learn the top 10
A ok top 10 it is
""",
"""
A the printer in the library is broken AGAIN
B use the one in the sixth form bit
A are we allowed
B nobody checks
A ok going now
B print mine too pls, 2 copies, double sided
A u owe me 20p
""",
"""
A send me the geography case study pls i lost the sheet
B which one, the flood one?
A yesss
B [file]
A ur amazing thank u
B its the one with the bar chart on page 2, u need that for q3
A got it
""",
"""
A how do u revise for history without dying of boredom
B make flashcards with drawings on
C i just watch videos at 1.5x speed
A ok i'll try both
B and quiz each other on the bus
A flashcards with drawings is such a good idea
C also sleep. actual sleep
""",
"""
A Does anyone know which group I'm in for science next term? The list wasn't on the board
B ur in set 2 with me i think
A yay
B dont get excited its the room with no windows
A no windows means no sun in our eyes tho
B optimist
""",
"""
A kill me now, we have to present our projects tomorrow
B in front of the whole class?
A yep
B u'll be fine, just dont read off the slides
A i will absolutely read off the slides
B at least its not first lesson
A it IS first lesson
""",
# --- sport ---
"""
A r u fit for saturday or is ur hamstring still bad
B should be ok, physio said light training this week
A we need u up front
B i'll be there even if i have to hop
A ill tell coach ur in
B tell him i want to take the penalties
""",
"""
A did u see the block she did in netball today
B she got her hand right on it
A umpire didnt even blow
B shes going to be unstoppable next season
A ive been practising my jumps in the garden
B ur garden wall has seen things
""",
"""
A sick goal in the last minute today
B it bounced off my knee ngl
A still counts
B i'm claiming it as a volley
A it was a volley and i'll fight anyone who says otherwise
""",
"""
A way too hot for cross country, they should cancel it
B they never cancel it
A i'll walk the last lap
B same, we'll walk together
A bring a fan
B a fan?? to cross country??
A a little handheld one, trust
""",
"""
A basketball after school? hall is free till 5
B yeah ill bring my ball
C can i play
A more the merrier, 3v3
B ill bring bibs
C whats the losers forfeit
A losers buy ice lollies
""",
"""
A Coach wants everyone at 8:45 on Sunday, not 9
B why so early
A warm up and team photo
B ugh fine
A and clean kit, he said he'll check
B he says that every time
""",
"""
A i got picked for the district athletics!!!!
B NO WAY
B which event
A hurdles
B so proud of u, ur so fit rn
A all those 6am runs finally paid off
C congrats!!! when is it
""",
"""
A rugby's off, the pitch is waterlogged
B yesss
A we have to do fitness in the gym instead
B noooo
A burpees in the gym 😭
B id rather be in the mud
""",
"""
A badminton tournament results: we came 3rd
B bronze is still a medal
A we lost to year 11s so tbh im happy
B next year its ours
A the final was so close tho, 21-19
B literally one shot
""",
"""
A my dad is taking us to the match, u in?
B what time
A kick off is 3, we'd leave at 1
B yeah defo, ill ask my mum
B she said yes!!
A ok we'll pick u up at 12:45
""",
"""
A my swimming coach timed me at 34 seconds
B for 50?
A yeah, fastest ive ever been
B thats quick, well done
A coach wants me to try the 100 next
B ur going to be in the olympics i swear
""",
# --- games ---
"""
A ur getting absolutely destroyed in this lobby lol
B the controller keeps drifting
A u blame the controller every time
B because its broken every time
A just admit im better
B never
""",
"""
A bro the update deleted my save file
B nah thats evil
A 40 hours gone
B cloud save?
A didnt turn it on
B rip
A my brother says he'll help me get back to the same level
B hes just going to play it himself
""",
"""
A i'm going to kill u in the first round, watch
B big talk for someone who died to a chicken last time
A that chicken was hacking
B it pecked me 6 times
C lmaooo
""",
"""
A anyone want to do the raid tonight
B what time
A 7 after tea
C i can do 7:30
A ok 7:30, dont be late babe
C never 😇
B ill bring the snacks to the call lol
""",
"""
A block the door, theyre coming up the stairs
B done
A we're actually going to win this
B dont jinx it
A ...we lost
B told u not to jinx it
""",
"""
A whats ur gamertag again
B the one with the frog in it
A found u, sent a request
B accepted
A ur profile pic is a frog too lol
B consistent branding
""",
"""
A rate my new skin
B 8 out of 10, the hat is a bit much
A the hat is the best part
B the hat looks like a traffic cone
A ok ill change it
B no keep it, its iconic now
""",
"""
A finally beat the last boss
B how many tries
A dont ask
B more than 20?
A 47
B 47 is dedication
A my thumbs are blistered
""",
"""
A someones been spamming the server chat with links
B just block them and report to the mods
A done, the mods kicked them already
B good
A they posted like 30 links in a minute
B bots are getting worse
""",
"""
A chess rematch at lunch? i want revenge
B u'll lose again
A i've been practising on the app
B ok bring it
A loser does the winner's planner signing for a week
B easy
""",
# --- food ---
"""
A the hot chocolate in the canteen is back
B with the cream?
A with the cream
B best day of term
A £1.20 tho, used to be 90p
B inflation hitting the canteen
""",
"""
A sandwich review pls, marks out of 10
A [photo of sandwich]
B is that crisps inside it
A obviously
B 10, crisp sandwiches are elite
A adding cheese next time
""",
"""
A mum made a curry and its SO hot my eyes are watering
B drink milk not water
A im on my third glass
B ur so weak lol
A i am not weak it has 4 chillies in
B ok thats fair actually
""",
"""
A chippy or pizza after the match
B chippy
C chippy
A chippy it is, 3 large chips
B salt and vinegar on mine
C and gravy
A gravy on chips is peak
""",
"""
A i made brownies for food tech and theyre actually good
B u better save me a piece
A already ate 3
B ONE PIECE. for ur best mate
A fine
B it better be the corner piece
""",
"""
A this cereal my brother found is actually sick
B which one
A the one with the marshmallows
B my mum wont buy it, says its just sugar
A she's not wrong
A its still peak for breakfast
""",
"""
A school dinners today: 3/10
B go on, what was on the menu
A mystery pie
B mystery pie strikes again
A it had peas in it i think
B and sadness
""",
"""
A just tried sushi for the first time
B and??
A honestly the rice is the best bit
B so u didnt like the fish
A no comment
A ill try it again with the salmon one
B thats the right attitude
""",
# --- plans and clubs ---
"""
A Is the coding club on this week?
B yes, we're making the quiz game
A great, I'll bring my laptop
B sir said he has chargers too
A Can my friend from year 8 come?
B yes its open to everyone
""",
"""
A anyone fancy the cinema friday? the new animated one is out
B yes!! what time
A 6:15 showing
C i'm in if we get nachos
A nachos are compulsory
B i'll book tickets on my mums account
C send me how much i owe u
""",
"""
A what are u doing for half term
B going to my aunties for a few days
A nice, by the sea?
B no lol, by the motorway
A at least theres a service station, free crisps
B service station crisps cost like 3 quid mate
""",
"""
A ice skating saturday? my sister can drive us
B i cant skate
A thats the fun part
B ok but if i break my wrist ur doing my homework
A deal, ill hold ur hand round the first lap
B ur a good friend
""",
"""
A shall we make a card for the teaching assistant whos leaving
B yes! shes the best
C i can draw something on the front
A keep it secret til friday
B obviously
A ill buy the card tomorrow
C i'll draw a cat, she loves cats
B perfect, cats it is
""",
"""
A secret santa names are in the group, dont tell anyone who u got
B i got someone so hard to buy for
A the limit is 5 quid
B i know what to get now actually
A dont tell me who u got
B i wouldnt, its secret for a reason
""",
"""
A debate club is doing a competition against another school
B do we get a day off lessons
A half a day
B sign me up
A its a debate about school uniform
B i have so many opinions
""",
"""
A book club is reading the one with the dragon on the cover
B ive already read it
A shhh no plot details!!
B my lips... are zipped
A seriously not a word
B i'll just smile mysteriously
""",
"""
A DofE expedition is next weekend, whos bringing the stove
B me
C i've got the map
A i've got marshmallows, the important stuff
B who has the first aid kit
C the teacher does
B phew
""",
"""
A we need one more person for the quiz team at the community centre
B whats the prize
A a hamper
B im in for the hamper
A quiz is on thursday at 7
B im good at the sport round at least
""",
"""
A snap me when ur outside, ill come down
B ok 5 mins
B outside
A coming
A wear a coat its freezing
""",
"""
A want to come round and watch the final? mum's doing food
B what time
A 7
B yes!! ill bring snacks
A my dad's made a massive lasagne
B say less
""",
# --- pets ---
"""
A my dog just ate a whole sock
B is he ok??
A vet says it'll come out on its own
B lovely
A I KNOW
B how did he even eat a whole sock
A he's a goat in a dog costume
""",
"""
A send a pic of the new puppy pls
B [photo]
A HIS EARS
B they're bigger than his head
A im coming round tomorrow
B his name is pickle btw
A pickle!!! i love him already
""",
"""
A my cat has claimed my school bag as her bed
B just leave it, she's the boss
A my homework is in there
B great excuse tho
A she growls when i try to move it
B shes guarding ur maths book, respect
""",
"""
A we're fostering a guinea pig for the summer
B aww does it have a name
A nibbles
B classic
A hes already eaten half a cucumber
B thats my kind of pet
""",
"""
A the fish died 😔
B oh no, which one
A the orange one
B sorry mate, he had a good life
A we're having a little funeral in the garden
B ill light a candle
""",
"""
A our tortoise escaped again
B how fast can a tortoise escape
A he was under the shed
B legend
A hes back now and eating strawberries like nothing happened
""",
# --- weather ---
"""
A its so hot in the science block
B the windows dont even open
A sir let us go outside for the last 10 mins tho
B jealous
A its actually 31 in there, sir checked
B thats illegal surely
""",
"""
A is it still raining where u are
B proper storm here
A the bus stop is a lake
B wear wellies
A got soaked just walking to the shop
B told u, wellies
""",
"""
A frost on the windscreen this morning ❄️
B my mum was scraping it with a cd case
A iconic
B and the pond froze over
A the ducks were so confused
""",
"""
A apparently its going to be 30 degrees on saturday
B beach?
A if my dad can drive
B ill bring the ball
A my dad says yes!!
B leaving at 9?
A 10, my dad does not do early
""",
"""
A the wind nearly took my umbrella inside out on the way in
B mine actually broke
A rip umbrella
B bought it last week 😭
A get a proper one this time
B using which savings exactly
""",
# --- music ---
"""
A that new song is a banger
B i've had it on repeat all day
A the drop at 2 minutes 😮‍💨
B sick
A going to learn it on piano
B u cant play piano
A not yet
""",
"""
A guitar lesson got moved to wednesday
B did u learn the new chord
A F is impossible
B everyone says that, keep going
A ill practise every day
B show me at lunch when u get it
""",
"""
A choir concert is on the 12th, are ur parents coming
B my mum is, dads working
A mine are both coming, so stressful
B u'll be fine, just dont look at them
A what if i forget the words
B mime it, no ones looking at u anyway
""",
"""
A screenshot ur top songs from the app and send them
B [screenshot of playlist]
A we have 3 the same
B taste
B we should make a playlist
A collab playlist, called bus songs
""",
"""
A the school band needs a drummer
B tell them about ur cousin
A he's in year 7 tho
B doesnt matter if hes good
A ok ill ask him at the weekend
B tell him practice is tuesdays
""",
# --- TV ---
"""
A did u watch the new episode
B not yet!!! dont say anything
A i wont but it was sick
B ur killing me
A i'll be quiet i promise
B u said that last time and then screamed
""",
"""
A im on season 3 now
B the bit in the middle is slow
A ugh
B but the ending is worth it
A how many episodes in season 3
B 10, and the last 2 are the best
""",
"""
A whats a good show to binge
B the one about the bakers, its so calm
A i need something with more drama
B then the island one
A island one it is
B warning, u'll stay up till 2am
""",
"""
A the quiz show last night was so funny
B the guy who didnt know the capital of france
A i'd be that guy tbh
B same
A he said berlin with such confidence
B respect the confidence
""",
# --- part-time jobs ---
"""
A got the job at the cafe!!
B congrats!!! when do u start
A saturday, 9 till 1
B free cake?
A staff discount at least
A first shift ill be on the till
B i'll come and order the most complicated drink
""",
"""
A my babysitting money is going straight on new trainers
B how much u got
A 60
B rich
A theyre the ones with the white soles
B clean
""",
"""
A anyone know if the stables need help on weekends
B my friend from swimming helps there
A do they pay
B no but u get free riding lessons
A deal
B ill ask her to message u
A thank uu
""",
"""
A i have to do a shift at my uncle's shop on sunday
B what do u do there
A stack shelves and try not to break the eggs
B i believe in u
A if the eggs break im blaming the trolley
""",
"""
A dog walking business update: 4 dogs now
B at the same time?
A no separately, im not a superhero
B how much per walk
A 5 quid
A saving up for a bike
B look at u, little business owner
""",
# --- family ---
"""
A my little sister made me breakfast in bed
B aww
A it was cereal with orange juice instead of milk
B its the thought that counts
A i drank it like a champ
B true love
""",
"""
A grandad just learned how to send voice notes
B oh no
A he's sent me 14 today
B thats so wholesome
A and one was just him breathing for 20 seconds
B 😂😂
""",
"""
A we're going to my cousins wedding next month
B do u have to dress up
A yes and my mum wants to see my outfit first
B send a pic when u decide
A ok ill send options tonight
B the blue dress u had for the party was nice
""",
"""
A my brother passed his driving test!!
B nice, free lifts
A he says he's charging me
B siblings are the worst
A mum said he has to drive us to school on fridays
B W
""",
"""
A mum says i can have a sleepover for my birthday
B yesss who's coming
A u, and a few from drama
B bringing the face masks
A and a film marathon
B the scary ones?
A only if ur not screaming again
""",
"""
A my nan's making her famous roast on sunday
B invite me
A she said u can come
B telling my mum now
B yorkshire puddings??
A obviously, she makes like 30
""",
"""
A dad's trying to fix the washing machine himself
B thats never a good sign
A theres water everywhere
B call a plumber lol
A mum's on the phone to one now
B good call
""",
# --- mixed ordinary chat ---
"""
A babe did u leave ur jumper at mine
B the grey one? yes!!
A ill drop it round after school
B ur a star
A u left ur pencil case too
B ur basically my locker at this point
""",
"""
A bro where r u, the bus is here
B running!!
A driver says 1 minute
B IM HERE
A he waited for u, say thanks when u get on
B will do
""",
"""
A ive got a secret
B go on
A i got into the art summer school
B THATS AMAZING why is that a secret
A not told my parents yet, doing it at dinner
B ur parents are going to be so proud
A hope so, its 2 weeks away from home
""",
"""
A delete that pic from the gc i look so tired
B nah u look fine
A please
B ok ok deleted
A thank u
B for the record u didnt look tired
""",
"""
A my phone is on 1% and i cant find my charger
B use my spare
A legend, ta
B i know
A ill give it back at lunch
B no rush
""",
"""
A anyone lost a water bottle with stickers on? its in lost property
B omg mine
A go get it before someone else does
B on my way
A the blue one with the cat stickers?
B thats the one!!
""",
"""
A sick note from the doctor, im off till thursday
B get well soon!!
A i'll miss the trip tho
B i'll take loads of pics for u
A and bring me back a keyring
B deal, get better soon
""",
"""
A is it weird that im excited for the science museum trip
B no its the best trip
A they have that room where u can make lightning
B we're going straight there
A and the space bit
B and the gift shop obviously
""",
]

N_SPEAKERS = 60
START = datetime(2025, 1, 6, tzinfo=timezone.utc)
END = datetime(2026, 7, 24, tzinfo=timezone.utc)


def parse(block):
    msgs = []
    for raw in block.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        letter, _, text = line.partition(" ")
        if len(letter) != 1 or not letter.isupper() or not text.strip():
            raise SystemExit(f"bad line: {raw!r}")
        msgs.append((letter, text.strip()))
    if not 3 <= len(msgs) <= 12:
        raise SystemExit(f"conversation has {len(msgs)} messages: {block[:60]!r}")
    return msgs


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rng = random.Random(20250106)
    pool = [f"ev_s{i:02d}" for i in range(1, N_SPEAKERS + 1)]
    span_days = (END - START).days
    rows = []
    n_msg = 0
    for n, block in enumerate(CONVERSATIONS, 1):
        msgs = parse(block)
        cid = f"ev{n:03d}"
        letters = sorted({m[0] for m in msgs})
        who = dict(zip(letters, rng.sample(pool, len(letters))))
        # one conversation per slot across the period, at a plausible time of day (UTC)
        day = START + timedelta(days=int(span_days * (n - 1) / len(CONVERSATIONS)) + rng.randint(0, 3))
        t = day.replace(hour=rng.choice([7, 12, 15, 16, 17, 18, 19, 20]), minute=rng.randint(0, 59),
                        second=rng.randint(0, 59))
        for letter, text in msgs:
            n_msg += 1
            rows.append({
                "conversation_id": cid,
                "message_id": f"ev{n_msg:04d}",
                "timestamp": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "speaker": who[letter],
                "text": text,
            })
            t += timedelta(seconds=rng.randint(8, 420))
    with open(os.path.join(here, "messages.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["conversation_id", "message_id", "timestamp", "speaker", "text"])
        w.writeheader()
        w.writerows(rows)
    with open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({"message_id": r["message_id"], "gold": []}) + "\n")
    print(f"everyday: {len(CONVERSATIONS)} conversations, {len(rows)} messages, "
          f"{len({r['speaker'] for r in rows})} speakers")


if __name__ == "__main__":
    main()
