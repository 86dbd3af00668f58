#!/usr/bin/env python3
"""Build corpora/train/conversations/i.jsonl (part I, session 16: two-person DMs and short replies).

Hand-written, synthetic, non-graphic training conversations for c2chat. Theme: two-person direct
messages in which a short reply ("??", "go on", "fine", "u promised", "10 mins", "ok then", "and?",
"👀", "wow ok", "last chance", "ur loss", "just one") means pressure, compliance, a threat or
nothing, depending on what came before. The conversations come in PAIRS (or small sets) that share
such replies with different gold: an older pupil or a stranger's fake account (flattery, secrecy,
moving to another app), sextortion by a stranger (money or more pictures demanded, everyday wording
only), gaming-platform chat, a break-up (images kept as leverage), a friend pressing a friend to send
or to forward; the target's own replies (refusing, stalling, asking a friend for help, reporting,
blocking); and harmless twins (a friend lending a charger, a sibling, a coach arranging kit, a quiz
deadline, a lift, a game trade).

Written as whole conversations, in order, without reading corpora/dev, corpora/check,
corpora/holdout, corpora/everyday or lexicons/. No templates or slot filling. Every person is
fictional.

Line format inside each conversation block (as build_a.py, lineformat.py):
    <speaker-letter>[/<code>,<code>...] <text>
Speaker letters map to pseudonymous ids ti_s001..ti_s400 (fixed seed 16091).

Labelling conventions (corpora/train/README.md, docs/categories.md "Frames", "Conversation state"):
- a label only on the message that performs the act in its own voice;
- a short follow-up gets the label its context gives it: "??" after one's own image request is
  coercive.pressure; the same "??" after a question about kit is [];
- compliance or stalling by the person asked ("fine", "ok then", "later", "10 mins") is [];
- a refusal by the person asked is [] however firm; their blocking, reporting or telling an adult is
  protective.reporting, their asking a friend what to do is protective.help_seeking;
- holding someone's image as leverage is coercive.exposure + coercive.threat; a demand for money or
  more pictures "or it goes out" is coercive.threat + coercive.exposure (+ image_request when more
  pictures are asked for);
- asking to move to another app, to delete chats, to keep it "between us" is coercive.secrecy;
- flattery used to get a picture is coercive.pressure (with image_request when it asks);
- a sulk or a shrug by the requester after a refusal ("wow ok", "ur loss") is coercive.pressure;
- a disclosure that only tells what happened is []; the question that asks what to do is
  protective.help_seeking.

Usage: python3 corpora/train/conversations/build_i.py   (writes i.jsonl next to this file)
"""
import os
from collections import Counter

from lineformat import conversation_adder, write_conversations  # the shared line format

CONVS = []  # (kind, [(letter, [codes], text), ...])


c = conversation_adder(CONVS, max_len=14)


# ---------------------------------------------------------------------------
# "go on" / "??" / "u promised": request vs errand
# ---------------------------------------------------------------------------

c("harm", """
A hey u still up
B ye why
A/ir send us one of u in ur pjs
B lol no
A/pr go on
A/pr no one else will see it i swear down
B i said no, goodnight
""")

c("twin", """
A r u still up
B ye why
A can u send the maths answers, i did q4 wrong i think
B lol ok give me a sec
A go on
B sent, check the second one tho i wasnt sure
A legend
""")

c("harm", """
A/ir u gonna send that pic or what
B which pic
A/pr u know which. u said earlier u would
B i didnt say that
A/pr u literally did. u promised
B i said maybe and now im saying no
A/pr ??
B stop
""")

c("twin", """
A where's my charger
B which one
A the white one, u borrowed it friday
B oh ye its in my bag
A u promised u'd bring it today
B i forgot sorry 😭 tmrw deffo
A ??
B TOMORROW i said
""")

c("twin", """
A can u send me the kit list for saturday
B its on the team chat
A i left the team chat by accident
B ok 2 mins
A ??
B patience lol here
B shin pads, black socks, water bottle, 9.15 at the gate
""")

c("harm", """
A/ir show me what u look like rn
B why
A/pr just curious. ur always so pretty in ur stories
B thanks i guess
A/ir,pr so send one then, just for me
B maybe later
A/pr ??
A/pr u said later
B ive got homework
""")

c("prot", """
A he keeps sending ?? every time i dont answer
B who
A the year 11 one
A he wants a pic and i keep saying no
A/ph what do i do, he wont stop
B/ps ur not doing anything wrong by ignoring him
B/rp block him and screenshot it first, then we tell mrs at break
A ok
""")

c("harm", """
A wyd
B nothing, watching tv
A/ir send a selfie then 😏
B no im in my trackies lol
A/pr dont care. go onnn
B why do u want it
A/pr bc i do. dont be boring
B fine one selfie of my face thats it
""")

c("twin", """
A wyd
B watching tv with my nan
A send a selfie of ur nan's dog pls
B hes asleep on her feet
A go onnn
B ok but hes grumpy when u wake him
B here
A 😭 hes so round
""")


# ---------------------------------------------------------------------------
# Older pupil or a stranger's fake account: flattery, secrecy, another app
# ---------------------------------------------------------------------------

c("harm", """
A hiya, saw u at the bus stop after school
B who is this
A a friend of a friend. ur year 8 right?
B year 9
A/pr u seem way older than year 9 tbh, ur really mature
B lol thanks
A/se we should talk on the other app, this one's so glitchy
A/se and dont mention me to ur mates, they'll make it weird
B why would they
""")

c("twin", """
A hiya its ur cousin, new number
B which cousin
A the one who broke ur xbox 😂
B oh lol hi
A we should talk on the other app, this one keeps deleting my msgs
B ok whats ur name on it
A same as always
""")

c("harm", """
A ur honestly different from other girls
B what do u mean
A/pr ur so easy to talk to. i can tell u stuff
A/se this is just between us ok. people wouldnt get it
B ok
A/se our little secret 🤫
A/ir send me a pic so i know its really u
B i sent one in my profile
A/pr a new one. one just for me
""")

c("twin", """
A what do u want for ur birthday
B idk surprise me
A ok its gonna be our little secret then 🤫
A dont tell mum i asked
B why
A bc shes in on it 🙄 just act normal
B ok weirdo
""")

c("harm", """
A hey gorgeous
B do i know u
A/se not yet 😊 delete this chat after tho ok
B why
A/se just bc. my gf gets jealous lol
B ur older than me arent u
A only 17. age is just a number
A/ir send me a cute one before bed
B im 13
A/pr and? ur mature for it
""")

c("twin", """
A what did u get on the test
B 13
A out of?
B 40 😭
A and? i got 11
B oh thank god
A we're fine, its a mock
""")

c("prot", """
A/ph someone i dont know keeps messaging saying im mature for my age and asking for pics, is that weird
B/ps yes thats really weird and its not ur fault
B/rp dont reply. take a screenshot and tell ur mum or ur head of year
A he said not to tell anyone
B/ps thats exactly why u should. people who are ok dont ask that
B/rp u can report the account too, tap his name and report
A ok ill tell mum tonight
""")

c("harm", """
A how old r u again
B 14
A/se cool. dont tell anyone ur talking to me yeah
B why not
A/se ppl judge. ur parents wouldnt understand us
A/se add me on the app where messages vanish
B im not allowed that app
A/pr make a secret account then. easy
""")

c("prot", """
A/se add me on the app where msgs disappear
B no thanks
A/pr why not, its just easier
B because i dont know u
A/pr u do know me, we've been talking for weeks
B/rp im blocking u and my dad is reporting this account
""")

c("twin", """
A add me on the other app
B which
A the one for the game, the party chat is better on it
B ok whats ur tag
A same as here but with a 7
B sent request
""")


# ---------------------------------------------------------------------------
# Sextortion by a stranger after an image: money or more pictures (everyday wording only)
# ---------------------------------------------------------------------------

c("harm", """
A/ex,th i screenshotted what u sent. all ur followers are about to see it
B what?? delete it
A/th send £40 and i will
B i dont have £40
A/th 10 mins
A/th,ex after that it goes to everyone on ur list, starting with ur mum
B please dont
""")

c("twin", """
A coach here, minibus leaving at half 8
B ok im still at home
A 10 mins
B omw running
A dont forget ur boots this time
B got them
""")

c("harm", """
A/ex,th i have the pic. u know which
B who is this
A/th u want it to stay private? then its £30 in gift cards
B im 15 i dont have that
A/th,ir then u send more pics. ur choice
B no
A/th last chance
A/ex ur school page gets it at 9
""")

c("twin", """
A quiz team names due by 4
B we still dont have one
A last chance
B "quiz in my my"
A thats awful, putting it down anyway
B 😂
""")

c("prot", """
A/ph someone's got a pic i sent and says i have to pay or they'll post it. i dont know what to do
B/ps ok breathe. u are not in trouble and its not ur fault
B/rp dont pay and dont send anything else. screenshot the messages
B/rp then tell an adult tonight, and theres report remove on childline that takes pics down
A im so embarrassed
B/ps dont be, they do this to loads of people. want me to be there when u tell ur mum
A yes pls
""")

c("prot", """
A/th,ex pay up or ur pics go to ur whole friends list
B no
A/th u have 1 hour
B/rp ive reported u and my mum is phoning the police
A/th u think i care
B/rp blocked
""")

c("harm", """
A ur on camera btw
B what
A/ex,th i recorded the call. u want ur mates seeing it?
B i didnt do anything on it
A/th doesnt matter what u did, ill make it look bad
A/th,ir send me 3 more pics and ill delete it
A/pr tick tock
""")

c("twin", """
A ur on camera btw
B what
A the doorbell thing recorded u falling off ur bike 😂
B delete that
A never, its going in the family group
B i will literally move out
""")

c("harm", """
A/th did u think i was joking
B leave me alone
A/ex,th ur follower list is open. i can see ur brother, ur aunt, ur form tutor
B please
A/th £20 tonight. £50 if i have to wait till tmrw
A/pr its not much for u to keep ur life normal
""")

c("prot", """
A i messed up. i sent a photo to someone online and now they want money
B/ps ok thank u for telling me. ur not in trouble with me
B/ps we can fix this together
A they said if i tell anyone it goes everywhere
B/ps that's what they say to scare u. it doesnt make it true
B/rp lets report it to ceop together now and block him after
A ok
""")


# ---------------------------------------------------------------------------
# Gaming platform chat
# ---------------------------------------------------------------------------

c("harm", """
A gg that last round was insane
B ty lol
A how old r u
B 12
A nice. i can gift u the battle pass if u want
B omg for real??
A/ir ye just send a pic of u first so i know ur real
B why do u need that
A/pr everyone does it for gifts, its normal
""")

c("twin", """
A gg that last round was insane
B ty lol
A u want the battle pass? my mum got me a code i dont need
B omg yes
A send me ur username again
B same as in game
A done, check ur inbox
""")

c("harm", """
A/ir turn ur cam on in the call
B no my room is a mess
A/pr just for a sec
A/pr ill send u 1000 coins
B i dont want coins
A/pr just one minute then
B i said no
A/pr wow ok. ur loss
""")

c("twin", """
A wanna trade my dragon for ur pet
B nah
A ill add 1000 coins
B still no
A just one
B no lol
A ur loss, hes legendary
B hes mid
""")

c("prot", """
A/ph this guy in the game keeps asking me to go on cam, idk what to do
B/ps ur not being rude by saying no
B/rp mute and report him, theres a report button on his name
B/rp and tell ur dad, u wont get ur console taken off u for it
A he said hed be sad if i left
B/pc thats him guilt tripping u, its not ok
""")

c("harm", """
A/se dont tell ur parents about our chats, they'll ban u from the game
B ok
A/se and delete the messages at night
B why
A/se bc they check ur phone right
A/ir now send me one of u in ur room
B no thanks
A/pr ??
A/pr u owe me for the skins
""")

c("twin", """
A dont tell ur parents about the game yet
B why
A its 18 rated, dad says we can play it at xmas
B fine
A ill have it set up by then
""")

c("twin", """
A delete the messages at night
B what?
A in the sim lol, the mailbox fills up and it crashes
B ohhh ok
A trust
""")

c("harm", """
A/ir ur voice is cute. show me ur face
B no
A/pr its only fair, u've seen my pfp
B thats not u tho
A/pr it is. ur being rude now
A/pr 👀
B bye
""")

c("twin", """
A guess what i just pulled
B what
A 👀
B NO the mythic??
A the mythic 😎
B im so jealous
""")


# ---------------------------------------------------------------------------
# Break-ups: images kept as leverage
# ---------------------------------------------------------------------------

c("harm", """
A so thats it then
B yeah. im sorry but its done
A/ex,th u know i still have everything u sent me right
B what does that mean
A/th means think about it before u tell everyone i dumped u
B thats not fair
A/th ok then
""")

c("twin", """
A so thats it then
B yeah sorry, i cant do saturdays anymore with my job
A no its fine i get it
A we'll miss u on the team
B i'll still come to the end of season do
A ok then
""")

c("harm", """
A/ex ive still got the pics from the summer btw
B delete them
A/th maybe. if u come back
B im not coming back
A/th,ex then dont be surprised when the lads see them
B/pc ur actually disgusting
A/pr and? u sent them
""")

c("twin", """
A ive still got the pics from the summer btw
B omg which ones
A the beach ones with the seagull 😂
B send them, i need them for my scrapbook
A sending now
""")

c("harm", """
A/pr if u really loved me u wouldnt leave like this
B i did love u, thats not the point
A/ex,th i saved ur snaps. all of them
B why would u do that
A/th,se just remember that before u go crying to ur mates about me
""")

c("prot", """
A/ph my ex says hes kept my pics and will send them round if i tell anyone we broke up. what do i do
B/ps omg im so sorry. u didnt do anything wrong
B/rp we tell miss tomorrow first thing, i'll come with u
B/rp and theres a thing on childline to get pics taken down
A what if he finds out
B/ps then he finds out. ur not on ur own with this
""")

c("harm", """
A u blocked me on everything
B yes
A/ex,th unblock me or the video goes on the year page
B/rp im showing my mum this
A/th go on then
A/th,ex she can watch it too
""")

c("twin", """
A dad i cant find the remote
B check the sofa
A not there
B ask ur sister
A she says i hid it
B go on then, look under the cushions properly
""")

c("harm", """
A/pr please just talk to me
A/pr ??
A/pr ???
A/ex,th fine. i'll talk to ur mates instead. and show them what u sent
B/pc that's blackmail and u know it
""")

c("twin", """
A are u coming to mine or not
A ??
A ???
B sorry my phone was dead!! yes coming
A ok ill put the pizza in
""")


# ---------------------------------------------------------------------------
# A friend pressing a friend to send, or to forward
# ---------------------------------------------------------------------------

c("harm", """
A he asked for a pic again
B and?
A and i dont want to
B/pr everyone sends him one, dont be weird about it
B/pr just one and he'll stop asking
A u think?
B/pr trust me. do it before he goes off u
""")

c("prot", """
A he asked for a pic again
B and?
A and i dont want to
B/ps then dont. u dont owe him anything
B/rp if he keeps on, block him, and we can tell miss together
A ok 🫶
""")

c("harm", """
A/ex u got the pic of her that jay sent
B yeah why
A/ex forward it me
B nah
A/pr u showed kai, why not me
B i didnt show kai
A/pr liar. just send it, no one will know
""")

c("twin", """
A u got the pic of the homework that jay sent
B ye why
A forward it me
B 2 secs
A ty, miss is gonna kill me if i forget again
""")

c("harm", """
A/ex,pr forward it to the gc, its funny
B nah its her bf's pic of her
A/vm its only a pic, calm down
B/pc no its not funny and im not sending it
A/pr wow ok, didnt know u were this boring
""")

c("twin", """
A forward it to the gc, its funny
B the goat video?
A yes 😂 the one screaming
B sent lol
A everyone's crying at it
""")

c("harm", """
A/pr if ur my best mate u'll do this for me
B what is it
A/ir,pr ask ur sister to send a pic of her for my brother
B what no
A/pr u promised u'd do anything for me
B not that
A/pr fine. ill find a new best mate
""")

c("twin", """
A if ur my best mate u'll do this for me
B what is it
A swap shifts with me saturday, i have a party
B ugh fine
A u promised at xmas u'd cover once
B ok ok i said fine
""")

c("harm", """
A/ex send it me. i'll delete it after
B why do u even want it
A/pr just for a laugh with the boys. no one will know it came from u
B she'd know
A/pr she wont. stop being such a goody goody
B/pc no, its her picture not mine to send
""")

c("prot", """
A/ph my mate keeps telling me to send round a pic of someone from our form, i dont want to. what should i say
B/ps u say no. u dont need a reason
B/rp and if its a pic of someone from school u should tell sir, she might not know its going round
A he'll be fuming
B/ps let him be. ur doing the right thing
""")


# ---------------------------------------------------------------------------
# Stalling, giving in, refusing: the target's own short replies
# ---------------------------------------------------------------------------

c("harm", """
A/ir u said u'd send one tonight
B later
A/pr its later now
B 10 mins
A/pr u said that an hour ago
B i just dont feel like it tonight
A/pr u never feel like it. its like ur scared
""")

c("twin", """
A are u coming down for tea
B later
A its later now, its going cold
B 10 mins
A ur dad says now
B ok ok coming
""")

c("harm", """
A/ir send it then
B fine
B but only if u delete it straight after
A/pr ye ye obviously
A/pr now. before u change ur mind
""")

c("twin", """
A can i borrow ur hoodie for the trip
B fine
B but u wash it after
A obviously
A ur the best sister
""")

c("harm", """
A/ir i want a proper one, not just ur face
B no
A/pr whyyy
B i just dont want to
A/pr ok then. i'll ask someone who does
A/pr bet she wont be so stuck up
""")

c("twin", """
A can u do my shift tmrw
B no, i've got my cousin's party
A ok then. i'll ask jade
B sorry!!
A its fine
""")

c("harm", """
A/ir go on cam later?
B idk
A/pr u said u would last week
B ok then
B just talking tho
A/pr we'll see 😏
""")

c("prot", """
A/ir go on cam later?
B no
A/pr u said u would last week
B/rp i didnt. and im telling my brother ur messaging me
A/se dont do that
B/rp blocked and reported
""")

c("twin", """
A do u want to go cinema later
B idk, i have loads of homework
A u said u would last week
B ok then
B but im home by 9
A deal
""")

c("harm", """
A/ir send a pic of u in that dress
B why
A/pr bc u looked nice in it. please
B no
A/pr wow ok
A/pr i thought u liked me
""")

c("twin", """
A i got into the team
B WOW ok
B proud of u ngl
A stop im blushing
B first match when
A tuesday
""")

c("twin", """
A i failed the mock
B wow ok
A dont wow ok me
B sorry i meant that sucks
A it really does
B we'll revise together next week
""")


# ---------------------------------------------------------------------------
# "and?" / "👀" / "just one" / "ur loss"
# ---------------------------------------------------------------------------

c("harm", """
A/ex guess what i've got on my phone
B what
A/ex,th 👀
A/ex,th the one from ur bathroom
B how
A/th,pr do what i say and nobody has to know how
""")

c("twin", """
A guess what i've got
B what
A 👀
A tickets for saturday!!!
B NO WAY
A front row too
""")

c("harm", """
A/sa ur body is insane in that story
B umm thanks?
A/ir send one without the filter
B no
A/pr just one
A/pr i'll stop asking after just one
B thats what u said last time
""")

c("twin", """
A can i have a crisp
B no get ur own
A just one
B fine. one
A takes three
B i saw that
""")

c("harm", """
A/sn ur such a tease
B what??
A/pr u flirt then u wont send anything
B i didnt flirt
A/pr u did. so send or dont talk to me again
B ok then bye
A/pr ur loss
""")

c("twin", """
A u coming to the match
B cant, revising
A ur loss, we're getting chippy after
B nooo
B save me a chip
""")

c("harm", """
A/ex i showed my mate the pic u sent me
B WHY would u do that
A/vm and? its not a big deal
B/pc it IS a big deal, i sent it to u, not him
A/vm calm down its one person
""")

c("twin", """
A i showed my mate the pic u drew
B WHY, its not finished
A and? he said its sick
B really?
A ye he wants one of his dog
""")

c("harm", """
A/ir send me a pic of u before school tmrw
B why
A/pr bc i asked. thats why
B thats not a reason
A/pr and?
B/pc and ur being really weird and pushy
""")

c("twin", """
A i got detention
B and?
A and i cant come to yours after
B oh. tmrw then
A ok
""")

c("prot", """
A i need to tell u something. theres a pic of u in the boys gc
B what pic
A the one from the sleepover
B i never sent that to anyone
B/ph what do i do, who do i even tell
A/ps ok its not ur fault, someone took it without asking
A/rp we go to mrs first thing, she sorted it when it happened to my cousin
""")


# ---------------------------------------------------------------------------
# Mixed registers: full sentences, caps, text-speak, long messages
# ---------------------------------------------------------------------------

c("harm", """
A Hello, sorry to message out of the blue. I think we were at the same netball tournament.
B oh hi. which school were u
A/se The one near the leisure centre. I'd rather not say which on here.
A/pr You were really good. Honestly the best player there.
B aw thank u
A/ir Would you send me a photo of you in your kit? For my wall of inspiration haha
B thats a bit weird sorry
A/pr Don't be like that. I only meant it nicely.
""")

c("twin", """
A Hello, sorry to message out of the blue. I'm running the under 14s kit order.
B oh hi
A Could you send me your shirt size and the number you want on the back?
B medium, number 7
A Perfect. Payment is due Friday, £18 to the club account.
B ok ill tell my mum
""")

c("harm", """
A/ir SEND IT
A/pr NOW
A/pr I AM NOT ASKING AGAIN
B u are literally scaring me
A/th good. u should be
""")

c("twin", """
A SEND IT
A NOW
B calm down its uploading
A THE DEADLINE IS IN 4 MINUTES
B ITS DONE. u owe me for doing the powerpoint
A ily
""")

c("harm", """
A/pr ok so i know u said no before but like hear me out, everyone in our year has done it at least once and its honestly not a big deal, and its not like i'd show anyone, i dont even have anyone to show it to lol, and u know i'd never do that to u bc i actually care about u unlike the other lads
A/ir so will u send one
B i still dont want to
A/pr seriously??
""")

c("twin", """
A ok so i know u said no before but like hear me out, the beach trip would be so much better if u came, its only one day and ur mum said yes last year and we'd be back by 7 and my dad is driving
A so will u come
B i still need to ask
A seriously ask tonight pls
B fine
""")

c("harm", """
A/ir snd pic
B no
A/pr plzzz
A/pr y not
B cuz
A/pr cuz wat
A/sn frigid
""")

c("prot", """
A/ir snd pic
B no
A/pr plz
B/rp no and im screenshotting this for my head of year
A/se dont be snakey
B/rp already done
""")

c("twin", """
A snd pic of the sky rn
B y
A its bright pink over the park
B oh wow hold on
B 📸
A see told u
""")


def main():
    seen = {}
    for kind, msgs in CONVS:
        key = tuple(m[2] for m in msgs)
        if key in seen:
            raise SystemExit(f"duplicate conversation: {msgs[0][2]!r}")
        seen[key] = kind
    out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "i.jsonl")
    rows = write_conversations(CONVS, 16091, "ti", 400, out_path)
    kinds = Counter(k for k, _ in CONVS)
    kind_msgs = Counter()
    for k, msgs in CONVS:
        kind_msgs[k] += len(msgs)
    labels = Counter(g for r in rows for g in r["gold"])
    neg = sum(1 for r in rows if not r["gold"])
    print(f"wrote {out_path}")
    print(f"conversations: {len(CONVS)} {dict(kinds)}")
    print(f"messages per kind: {dict(kind_msgs)}")
    print(f"messages: {len(rows)}  negatives: {neg} ({100*neg/len(rows):.1f}%)")
    print(f"distinct texts: {len({r['text'] for r in rows})}")
    for g, n in sorted(labels.items()):
        print(f"  {g}: {n}")


if __name__ == "__main__":
    main()
