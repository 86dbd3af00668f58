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

from lineformat import build, conversation_adder  # the shared line format

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
A/ir so is that pic coming or not
B which pic
A/pr u know which. u said earlier u would
B never said that. not once
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
A/ir lemme see u right now
B why
A/pr just curious. ur always so pretty in ur stories
B thanks i guess
A/ir,pr so send one then, just for me
B maybe later
A/pr ?
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
B whats it for
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
B meaning?
A/pr ur so easy to talk to. i can tell u stuff
A/se this is just between us ok. people wouldnt get it
B ok
A/se our little secret 🤫
A/ir prove ur real, send a pic of u
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
B sorry who r u
A/se not yet 😊 delete this chat after tho ok
B why
A/se just bc. my gf gets jealous lol
B ur older than me arent u
A only 17. age is just a number
A/ir something cute before u sleep yeah
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
A/rp ok ill tell mum tonight
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
B/ps breathe. ur not in trouble with anyone, and none of this is on u
B/rp dont pay and dont send anything else. screenshot the messages
B/rp then tell an adult tonight, and theres report remove on childline that takes pics down
A im so embarrassed
B/ps dont be, they do this to loads of people. want me to be there when u tell ur mum
A yes pls
""")

c("prot", """
A/th,ex pay up or ur pics go to ur whole friends list
B no
A/th one hour. clock's running
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
A whats ur age
B 12
A nice. i can gift u the battle pass if u want
B omg for real??
A/ir ye just send a pic of u first so i know ur real
B and u need that because?
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
B okay
A/se and delete the messages at night
B how come
A/se bc they check ur phone right
A/ir now send me one of u in ur room
B no thanks
A/pr hello
A/pr u owe me for the skins
""")

c("twin", """
A dont tell ur parents about the game yet
B whyy
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
B wha
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
B meaning what
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
A/vb and? u sent them
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
B why would u keep them
A/th,se just remember that before u go crying to ur mates about me
""")

c("prot", """
A/ph my ex says hes kept my pics and will send them round if i tell anyone we broke up. what do i do
B/ps omg im so sorry. u didnt do anything wrong
B/rp we tell miss tomorrow first thing, i'll come with u
B/rp and theres a thing on childline to get pics taken down
A and if he hears about it?
B/ps then he finds out. ur not on ur own with this
""")

c("harm", """
A ur blocking me everywhere now??
B yes
A/ex,th unblock me or the video goes on the year page
B/rp this is going straight to my mum
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
A/pr oi
A/pr ???
A/ex,th fine. i'll talk to ur mates instead. and show them what u sent
B/pc that's blackmail and u know it
""")

c("twin", """
A are u coming to mine or not
A ?!
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
A and i'm not going to
B/pr everyone sends him one, dont be weird about it
B/pr send him one and the asking stops
A u think?
B/pr trust me. do it before he goes off u
""")

c("prot", """
A he asked for a pic again
B and?
A and i really dont want to send one
B/ps then dont. u dont owe him anything
B/rp if he keeps on, block him, and we can tell miss together
A oh okay
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
A/vm its one pic, relax
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
B what do u even want it for
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
B 10 minutes
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
B nope
A/pr whyyy
B i just dont feel like it
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
A/pr u told me u would on friday
B ok then
B just talking tho
A/pr we'll see 😏
""")

c("prot", """
A/ir go on cam later?
B nah
A/pr u literally said u would on friday
B/rp i didnt. and im telling my brother ur messaging me
A/se dont do that
B/rp blocked and reported
""")

c("twin", """
A do u want to go cinema later
B idk, i have loads of homework
A u said u'd come on friday
B okay then
B but im home by 9
A deal
""")

c("harm", """
A/ir send one in the dress from saturday
B why tho
A/pr bc u looked nice in it. please
B no way
A/pr wow ok
A/pr i was sure u liked me
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
B huh
A/ex,th 👀
A/ex,th the one from ur bathroom
B how
A/th,pr do what i say and nobody has to know how
""")

c("twin", """
A guess what i've got
B wdym
A 👀👀
A tickets for saturday!!!
B NO WAY
A front row too
""")

c("harm", """
A/sa ur body is insane in that story
B umm thanks?
A/ir send one without the filter
B no chance
A/pr just one
A/pr i'll stop asking after just one
B u said the same thing last week
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
A/sn ur a proper tease u
B say that again
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
B WHY. why would u show someone
A/vm and? its hardly a big deal
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
A/ir i want a pic of u in the morning before school
B why d'u ask
A/pr bc i asked. thats why
B thats not a reason
A/pr and?
B/pc and ur being really weird and pushy
""")

c("twin", """
A i got detention
B so?
A and i cant come to yours after
B oh. tmrw then
A okk
""")

c("prot", """
A i need to tell u something. theres a pic of u in the boys gc
B what pic
A the sleepover one. at maya's
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
B um thats kind of weird
A/pr Don't be like that. I only meant it nicely.
""")

c("twin", """
A Hello, sorry to message out of the blue. I'm running the under 14s kit order.
B oh hi
A Could you send me your shirt size and the number you want on the back?
B medium, number 7
A Perfect. Payment is due Friday, £18 to the club account.
B ok mums paying, ill let her know
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
B still a no from me
A/pr seriously??
""")

c("twin", """
A ok so i know u said no before but like hear me out, the beach trip would be so much better if u came, its only one day and ur mum said yes last year and we'd be back by 7 and my dad is driving
A so r u in
B i still need to ask
A seriously ask tonight pls
B fiiine
""")

c("harm", """
A/ir snd pic
B nooo
A/pr plzzz
A/pr y not
B cuz
A/pr cuz wat
A/sn,pr frigid
""")

c("prot", """
A/ir snd pic
B no thx
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



# ---------------------------------------------------------------------------
# An older pupil: parties, lifts, "mature", moving apps
# ---------------------------------------------------------------------------

c("harm", """
A ur in year 8 right? ur mates with my cousin
B yeah
A/pr u seem way more chill than the rest of them
A theres a party at mine saturday, sixth formers mostly
B idk if my mum would let me
A/se dont tell her its mine then. say ur at a mates
B ok maybe
A/ir send me a pic of what ur wearing so i can tell u if its ok
""")

c("twin", """
A ur in year 8 right? my sister says ur in her form
B yeah
A shes left her pe kit at home, can u tell her i'll drop it at reception
B ok ill tell her at break
A ty ur a star
""")

c("harm", """
A/se if anyone asks we met at the leisure centre ok
B we did meet there
A/se yeah but dont say about the messages
B why not
A/se bc ur 14 and im 18 and people are weird about that
B oh
A/pr and dont u start being weird
""")

c("twin", """
A if anyone asks we were at the leisure centre ok
B we were at the leisure centre
A yeah i know, just saying in case mum asks why we're late
B ok lol
A and dont say we had chips before tea
""")

c("harm", """
A/pr ur honestly the only one who gets me
B aw
A/pr i cant talk to anyone else like this
A/se so dont show anyone our chats yeah? its private
B i wont
A/ir send me something to cheer me up. something of u
B like what
A/pr u know like what 😉
""")

c("prot", """
A/ph the sixth former keeps saying im the only one who gets him and asking me for pics. i feel weird about it
B/ps ur right to feel weird, thats not ok from someone that age
B/rp tell ur head of year, seriously, its their job
A i dont want him to get in trouble
B/ps its not u getting him in trouble, its him
B/rp i'll walk u to the office before registration
""")

c("harm", """
A i can give u a lift home if u want, ur stop is on my way
B its ok i get the bus
A/pr come on, its raining, ur always so stubborn 😂
A/se just dont mention it to ur parents they'll freak about me driving
B why would my parents care
A/pr bc parents are boring. ur not boring tho
""")

c("twin", """
A i can give u a lift home if u want, ur stop is on my way
B omg pls its pouring
A 5 mins, outside the sports hall
B ur a lifesaver
A tell ur mum i said hi
""")

c("harm", """
A/se once uve read this, wipe the chat
B why's that
A/se just do. i dont want my mum seeing i talk to year 9s
B oki
A/ir and then send me a photo of u, i wanna see ur hair
""")

c("twin", """
A read this and then wipe the whole convo lol
B why lol
A bc it has the answers to the quiz and miss said no sharing
B ur such a rebel
A i know 😎
""")

c("harm", """
A/ir u should go live for me tonight, just us
B i never go live
A/pr for me tho
A/pr u said i was ur fave
B i know but no
A/th ok. i'll stop being nice then
""")



# ---------------------------------------------------------------------------
# Siblings, coaches, clubs, quizzes: harmless twins with the same short replies
# ---------------------------------------------------------------------------

c("twin", """
A i smashed a vase. dont say anything to mum
B which vase
A the blue one in the hall
B lol ur dead
A i'll do ur chores for a week
B deal. zipped
""")

c("twin", """
A send me a pic of ur boots
B why u asking
A coach wants to check everyone has moulded studs for the astro
B ugh fine
B theres the sole
A perfect, they're allowed
""")

c("twin", """
A u promised me the front seat
B no i didnt
A u did on wednesday
B fine but i'm choosing the music
A absolutely not
""")

c("twin", """
A training moved to 5
B and what
A and ur late already
B its 4.40
A the coach wants warm up at 5 sharp
B ok omw
""")

c("twin", """
A did u hand in the quiz sheet
B not yet
A last chance, miss is locking the box at 3
B running
A ur gonna make it
""")

c("twin", """
A tell me what dad got me
B nah ur alright
A go on pleaaase
B u'll find out tomorrow
A just a hint
B its square. thats all ur getting
""")

c("twin", """
A can u pick me up from drama
B what time
A 6
B i'm at work till 6
A pleeeease
B fine, 6.15 outside the main doors
A ur the best brother
""")

c("twin", """
A stop ignoring me
B sorry, was showering
A i need help with the hair straighteners
B theyre in my room, dont burn the carpet again
A ONCE. that happened ONCE
""")

c("twin", """
A wow right
B wat
A u ate my leftovers
B i thought they were dad's
A they had my NAME on
B sorry 😭 ill buy u a pizza
""")

c("twin", """
A u still owe me for the cinema
B how much
A 6.50
B i'll send it friday when i get paid
A ok dont forget
""")

c("twin", """
A coach says we need a team photo for the newsletter
B when
A before the match sunday, full kit
B my shorts are in the wash
A sort it out lol
""")

c("twin", """
A just one more episode
B its 1am
A just the one
B u said that two episodes ago
A fine. tomorrow
""")

c("twin", """
A is it ok if i keep ur charger till tomorrow
B ye thats fine
A ty i'll leave it on ur desk
B no worries
""")

c("twin", """
A have u seen my headphones
B not seen them
A u had them on last night
B oh. check under my bed
A why are they under ur bed
B i dont know ask my bed
""")



# ---------------------------------------------------------------------------
# Edits, fakes and "more pictures": threats that do not need an image at all
# ---------------------------------------------------------------------------

c("harm", """
A/th i can put ur face on anything u know
B meaning what exactly
A/th theres an app. ur profile pic is enough
A/th,ir send me a real one or i make a fake one and post it
B nobody would believe it
A/th want to find out?
""")

c("twin", """
A i can put ur face on anything u know
B go on then
A 😂 there, ur a pigeon now
B i look better as a pigeon tbh
A setting it as my wallpaper
""")

c("harm", """
A/th,ex ur pic is saved in 3 places, deleting it off ur phone wont help u
B i havent sent u a single pic
A/th doesnt matter. people believe what they see
A/th,ir do as ur told and send me the ones i asked for
B/rp im reporting this account right now
A/th report it, i've got others
""")

c("prot", """
A/ph someone says theyll make a fake pic of me with one of those apps unless i send a real one. can they even do that
B/ps ok first, u dont send anything. u've done nothing wrong
B/rp screenshot the chat and show a teacher or ur mum, its a crime what theyre doing
B/rp and report the account on the app
A i feel sick
B/ps i know. im here. want to call?
""")

c("harm", """
A/ex i saved the one u sent on friday
B u swore u'd get rid of it
A/th i will, when u send another
B not happening
A/th then i dont delete anything
A/pr ur choice babe
""")

c("twin", """
A i saved the one u sent on friday
B the recipe?
A yeah, made it last night, my dad had seconds
B told u it was good
A send me another one, the pasta one
""")

c("harm", """
A/th everyone at ur school is going to know
B know what
A/ex,th what u sent. i found ur school from ur blazer in ur pics
A/th £25 and it ends here
B how do i even pay u
A/th gift card. code in this chat. by 8
""")

c("prot", """
A/th,ex pay or ur school sees ur pic
B/rp no. my dad's read all of this and the police have the screenshots
A/th ur lying
B/rp bye, reported
""")

c("harm", """
A/th,ir send a video or i send ur pic to ur form tutor
B please dont
B i'll do anything else
A/th a video. thats the only thing
A/pr stop crying and do it
""")

c("prot", """
A hey can i ask u something and u promise not to freak out
B course. what's up
A/ph someone online has a pic of me and wants more or theyll send it to my form tutor. i dont know what to do
B/ps ok. thank u for telling me. thats not ur fault at all
B/rp we need to tell an adult tonight. u wont be in trouble, that person is the one breaking the law
B/rp theres report remove on childline too, it gets the pic taken off sites
A will u be there when i tell mum
B/rp yes. im coming over now
""")



# ---------------------------------------------------------------------------
# Friends in DMs: blame, minimising, support (after something happened)
# ---------------------------------------------------------------------------

c("harm", """
A did u hear about her pic
B yeah
A/vb tbh she shouldve known he'd show people
B/pc nah he showed it, thats all on him
A/vb i mean she sent it tho
""")

c("prot", """
A did u hear about her pic
B ye
A/ps i feel so bad for her, she didnt even want to come in today
B/ps same. shall we message her
A/ps yeah lets tell her we're on her side
""")

c("harm", """
A/vm why is she making such a big thing of it
B because he sent her pic round??
A/vm it was deleted in like an hour
B/pc an hour is loads, people screenshot
A/vm whatever, she'll get over it
""")

c("prot", """
A/ph i keep thinking about the pic thing. should we tell someone even if she doesnt want us to
B idk
A/ph like shes not ok. what do we do
B/rp i think we tell miss but tell her first that we're doing it
A/ps yeah. and we stay with her
""")

c("harm", """
A ok so he asked me for a pic and i said no
B/pr,vm ur so dramatic, just send one its not deep
A im not being dramatic
B/pr honestly everyone does it, u'll look like a baby if u dont
A i dont care
""")

c("prot", """
A ok so he asked me for a pic and i said no
B/ps good. proud of u
A he's been sulking all day
B/ps let him sulk, thats his problem
B/rp if he starts being nasty screenshot it and we go to sir
A ok ty x
""")

c("harm", """
A he said he'd post it if i didnt send more
B/vb well u did send the first one
A so its my fault??
B/vm im just saying. its not that serious, he wont actually do it
""")

c("prot", """
A he said he'd post it if i didnt send more
B/ps its NOT ur fault, even a tiny bit
B/rp please tell someone, ur mum or sir, tonight
A/ph what if they're angry
B/ps they wont be angry at u. i'll be there if u want
""")

c("harm", """
A u know the video of her getting changed after pe
B ye
A/ex want it
B how's that on ur phone
A/ex someone airdropped it on the bus. i'll send it u
B/pc no thats grim, delete it
A/vm ur so serious lol
""")

c("prot", """
A someone airdropped me a video from the girls changing room on the bus
B what?? who
A idk, it just popped up
B/rp dont open it and dont send it anywhere. tell sir tomorrow, they need to know
A/rp ok. i already deleted it but i'll tell him what happened
B/ps good call
""")



# ---------------------------------------------------------------------------
# Gaming platforms, part 2: gifts, party chat, moving off the platform
# ---------------------------------------------------------------------------

c("harm", """
A u play every night?
B most nights
A/pr ur better than most of my clan tbh, u should join
B really?
A/se ye but we talk on a different app, the game one is monitored
A/se dont tell ur parents u joined, they'll say ur too young
B kk
""")

c("twin", """
A u play every night?
B most nights
A u should join our clan, we need a support player
B really?
A ye we do tuesdays and fridays, the discord link is in my bio
B ill ask my brother if i can use his headset
""")

c("harm", """
A/ir what do u look like irl
B normal lol
A/ir show me then
B nahh
A/pr do it and my rarest skin is urs
B still nah
A/pr that skin cost me forty quid
A/pr one pic. thats it. easiest trade ever
""")

c("twin", """
A what do u look like in game now
B new outfit
A show me then
B 📸
A thats clean where'd u get the wings
B the event
""")

c("prot", """
A/ir what do u look like irl
B none of ur business
A/pr dont be like that, we're mates
B/rp we're not. i've muted u and reported ur account to the mods
A/sn whatever, ur such a prude anyway
B/rp and thats getting reported too
""")

c("harm", """
A/se ur mum doesnt check ur messages on here does she
B no why
A/se just keep it that way
A/ir if u send a pic i'll gift u the pack
B a pic of what exactly
A/ir one of u. not ur avatar 😉
""")

c("prot", """
A/ph this person in my game keeps offering me stuff if i send pics of me. i havent. is that normal
B/ps no its not normal and ur doing the right thing not sending
B/rp block them and tell ur mum or dad, they wont be cross
B/rp u can also report on ceop, theres a button on their website
A/rp ok i'll show my dad
""")

c("twin", """
A ur mum doesnt check ur messages on here does she
B no why
A bc i'm about to spam u 400 memes
B go on then
A u asked for it
""")

c("harm", """
A/pr u owe me for carrying u all night
B lol ok ty
A/ir,pr so pay me back. pic of u
B eh?
A/pr joking. unless 😏
""")

c("twin", """
A u owe me for carrying u all night
B lol ok ty
A pay me back by carrying me in ranked
B deal
A 8pm
""")



# ---------------------------------------------------------------------------
# Short-reply pairs, part 2: "u said", "ok", "sure", "later", "promise?"
# ---------------------------------------------------------------------------

c("harm", """
A/ir send one before ur mum gets home
B she's home already
A/pr lock ur door then
B dont want to
A/pr u said u wanted to make me happy
B not like that
""")

c("twin", """
A sort the washing before mum gets home
B shes home already
A oh no
B she saw the towels on the floor 💀
A tell her it was the dog
""")

c("harm", """
A/ir pic for me tonight?
B promise u wont show anyone?
A/pr promise 🤞
A/pr who would i even show lol
B okayy
""")

c("twin", """
A can u lend me ur calculator for the exam
B promise u'll give it back?
A promise 🤞
B its got my name on the back
A i'll guard it with my life
""")

c("harm", """
A/ir sure u dont wanna send one?
B sure
A/pr sure sure?
B yes!!
A/pr ok but u'll change ur mind
A/pr they always do
""")

c("twin", """
A sure u dont want the last slice
B sure
A sure sure?
B yes eat it
A ur an angel
""")

c("harm", """
A/ir hurry up and send it
B im round my nans
A/pr so go in the bathroom
B no ta
A/pr omg ur so annoying. 2 mins, its not hard
""")

c("twin", """
A hurry up and send it
B im at my nans for tea
A its just the form, dad needs it signed tonight
B i'll do it when i'm back at 8
A ok x
""")

c("harm", """
A/ir im still waiting
B for what
A/pr dont act dumb. the pic
B and i said no
A/pr and i told u im waiting
""")

c("twin", """
A im still waiting
B for what
A the tenner u owe me from the trip
B oh god sorry, tmrw
A monday u said the exact same
B tmrw for real
""")

c("harm", """
A alright
A/pr so ur just not gonna reply
A/pr i only asked for one picture
A/pr its so rude to leave people on read
A/pr fine whatever
B stop messaging me
""")

c("twin", """
A ok sure
A so ur just not gonna reply
B sorry i was at swimming
A lol fair
A are we still walking in tmrw
B ye 8.10 at the corner
""")



# ---------------------------------------------------------------------------
# Regional voices and slang
# ---------------------------------------------------------------------------

c("harm", """
A/pr ey up, dont be mardy with me
B im not mardy, i just said no
A/ir one pic, nowt daft
B still no
A/pr ur proper hard work u
A/pr our kid's lass sends him them all the time
""")

c("twin", """
A ey up, dont be mardy with me
B im not mardy, ur just late
A bus was rammed
B i've been stood here 20 mins in the rain
A ill get u a hot choc, calm down
""")

c("harm", """
A/ir wee pic of u tonight aye?
B naw
A/pr how no
B cos i dont want tae
A/pr pure moody the night
A/pr fine then, dinnae bother talkin tae me the morra
""")

c("twin", """
A wee pic of ur scran aye
B its just chips
A still want tae see
B 📸
A mint, they look pure crispy
""")

c("harm", """
A/ir wagwan, send a pic
B of what
A/ir u innit 😏
B nah im good
A/pr bare girls send, whats ur problem
B no problem, just not sending
A/pr peak. ur long
""")

c("twin", """
A wagwan, send a pic
B of what
A the trainers u copped
B say less
B 📷
A them lot are hard
""")

c("prot", """
A/ph he's been at me all night for a pic, says im being mardy
B/pc that's him being a creep, not u being mardy
B/rp block the lad, and tell ur mam tomorrow
A i cant be bothered with the drama
B/ps i'll back u up if he starts owt
""")

c("prot", """
A hes pure doin my head in, keeps askin for pics
B/pc thats no on, tell him tae get tae
B/rp and report him, screenshot it first
A/rp done. blocked him an all
B/ps good on ye
""")



# ---------------------------------------------------------------------------
# Countdowns, "well?", "sent", "deleted?", "seen"
# ---------------------------------------------------------------------------

c("harm", """
A/th,ex u have till 5 to send it or i post the screenshot
B please stop
A/th 5
A/th 4
B ok ok wait
A/th 3
""")

c("twin", """
A we're doing the countdown on the stream at 8
B oh ok
A 5
A 4
A jk its not 8 yet, just practising
B ur so weird
""")

c("harm", """
A/ir well?
B well what
A/pr u said u'd think about sending one
B i thought about it. no
A/pr think harder
""")

c("twin", """
A well?
B well what
A did u get the job or not
B YES
A OMG
A told u they'd love u
""")

c("harm", """
A/ir send it now and no one has to know
B sent
B now delete it
A/ex deleted? lol why would i
B u promised
A/th,ex and now i've got it. so u do what i say from now on
""")

c("twin", """
A send me the voice note for the group project
B sent
A got it ty
B delete the bit where i sneeze lol
A deleted?? its the best bit
B PLEASE
""")

c("harm", """
A/ex seen what i posted on the story
B sorry what
A/ex ur pic. close friends only tho 😂
B/pc take it down now, thats not ok
A/th,pr maybe if u send a new one
""")

c("twin", """
A seen what i posted on the story
B no what
A u, asleep, mouth open, on the coach 😂
B noooo take it down
A ok ok its gone, its only 3 people anyway
B ur lucky i love u
""")

c("harm", """
A/ir so u sending the pic tonight or what
A/pr hellooo
A/pr hello??
A/pr u've left me on delivered again
A/pr i can see ur online
B i'm busy
A/pr too busy for one pic? really?
""")

c("twin", """
A hellooo
A hello??
A i can see ur online
B sorry mum took my phone for an hour
A oh lol. can u still come saturday
B yeah course
""")



# ---------------------------------------------------------------------------
# The target's replies: refusing, stalling, telling, blocking (more voices)
# ---------------------------------------------------------------------------

c("prot", """
A/ir go on, a cheeky one
B no thank u
A/pr go on, no one will see
B/rp i'm not comfortable and if u ask again im telling my mum
A/pr ur no fun
B/rp blocking u now
""")

c("harm", """
A/ir go on, a cheeky one
B maybe
A/pr maybe means yes
B maybe means maybe
A/pr dont tease me then
A/sn tbh thats what teases do
""")

c("prot", """
A/ir u gonna send me a pic or not
B Not.
A/pr whats wrong with u tonight
B Because I do not want to. That is the whole reason.
A/pr everyone else would
B/rp Then talk to them. I've reported your account.
""")

c("prot", """
A/ir can u send one in ur bikini from holiday
B why would i ever do that lol
A/pr bc u look good, obviously
B/pc thats a weird thing to ask and u know it
A/vm omg i was joking obviously
B/rp whatever. screenshotted for my head of year
""")

c("harm", """
A/ir can u send one from holiday
B which
A/sa the pool one. u looked fit in that
B rather not tbh
A/pr dont be shy, u've got nothing to be shy about
""")

c("twin", """
A can u send one from holiday
B which
A the one of the sunset from the balcony, i want it as my background
B ok 2 secs
A its so nice omg
""")

c("prot", """
A/rp i told my mum about the messages
B/ps omg was she ok about it
A she was actually fine, she said im not in trouble
A/rp we reported his account together
B/ps im so glad. u did the right thing
""")

c("twin", """
A mum knows about parents evening now
B was she ok about it
A she was fine, she said my report was good
B see i told u
""")

c("prot", """
A/ph he said if i block him he'll make another account. is there any point
B/ps yes there is. every time u block him he has to start again
B/rp and tell someone. if he makes new accounts thats even more reason
A/rp ok ive blocked him and told my sister, she's helping me report it
""")

c("prot", """
A/th,ex if u block me the pic goes out
B/rp i've already told my dad. he's got the screenshots
A/th ur bluffing
B/rp he's ringing the police right now. bye
""")



# ---------------------------------------------------------------------------
# Break-ups and exes, part 2
# ---------------------------------------------------------------------------

c("harm", """
A/pr u cant just end it over text
B i can and i did
A/ex,th ok well remember who has ur pics
B u swore they were deleted
A/th i lied 🤷
""")

c("twin", """
A u cant just end it over text
B the group chat?? its dead anyway
A but its where we plan the birthdays
B fine, i'll stay in it. but im muting it
A fair
""")

c("harm", """
A/th,ex take me back or i send ur new bf what u sent me
B he knows we went out
A/ex he doesnt know about the pics tho
B/pc this is actually blackmail
A/vm its not blackmail, im just telling u what'll happen
""")

c("prot", """
A/ph my ex is threatening to send my new bf some pics i sent him when we were together. what do i do
B/ps first of all that's on him not u
B/rp tell an adult u trust, like ur aunt, or go to the pastoral office
B/rp and report remove can get them off the internet if he posts them
A ok. can we go together monday
B/ps course
""")

c("harm", """
A ur with him now?
B yeah. why
A/ex,th just wondering if he's seen the pics of u i've got 😊
B please dont
A/th then dont post about him. it makes me sad
""")

c("twin", """
A ur with him now?
B at the cinema yeah
A say hi from me
B he says hi back
A tell him he still owes me a rematch
""")

c("harm", """
A/ex i still look at ur pics every night
B thats creepy, please delete them
A/se why, no one knows i have them
A/th,ex unless u want them to
""")

c("prot", """
A/ex ur pics are still on my phone btw
B/pc thats not ok, u need to delete them
A/th or what
B/rp or i show my head of year this whole chat
A ok fine deleted
B/rp i'm telling her anyway
""")



# ---------------------------------------------------------------------------
# Stranger's fake account, part 2: "modelling", "a friend of a friend", a new follower
# ---------------------------------------------------------------------------

c("harm", """
A hi! im scouting for a new teen clothing brand
B oh really?
A/pr ur look is exactly what we need, ur so photogenic
B omg thank u
A/ir send a few full length pics, just in ur underwear so we can see sizing
B that doesnt feel right to me
A/se,pr its totally normal, all models do it. just dont tell ur parents yet, its a surprise
""")

c("twin", """
A hi! im from the school yearbook committee
B oh hi
A we need a pic of everyone in year 11 for the leavers page
B do i have to
A u can send one or we use ur school photo 😂
B ill send one omg
""")

c("harm", """
A hey! followed u back 😊
B hi who are u
A/pr im 15, i go to the school by the park. ur really pretty
B thanks
A/ir send a pic of u now, not filtered
B huh why
A/pr so i know ur real. i sent u mine
B that pic looks like its off the internet
A/pr its me i promise. ur so rude
""")

c("prot", """
A/ph someone new followed me saying theyre 15 but their pics look like a model. they want pics of me. is it a fake
B/pc sounds like a fake, real people dont start like that
B/rp dont send anything, block and report the account
B/rp and tell ur mum, it might be an adult
A/rp ok blocking now
""")

c("harm", """
A ur friends with my little cousin
B who
A/se doesnt matter. dont tell her we're talking
A/pr ur way prettier than her anyway
B thats mean
A/pr be flattered then
A/ir send me one of u smiling
""")

c("twin", """
A ur friends with my little cousin
B who
A the one with the dog called biscuit
B ohhh yes she's in my maths
A tell her her dog misses her lol, shes on the residential
B will do
""")

c("harm", """
A u should start a page, u'd get so many followers
B lol no
A/pr honestly ur prettier than half the influencers
A/ir send me some pics and i'll help u
B pics of what
A/ir like ones in bed, just chilling, natural ones
B no thats weird
""")

c("prot", """
A/ir send me some pics and i'll help u get followers
B where do u know me from
A/pr mutual friends. ur so pretty
B/rp i dont know u. reported for spam and now blocking
""")



# ---------------------------------------------------------------------------
# Boys' DMs: asking for a girlfriend's pics, showing, forwarding
# ---------------------------------------------------------------------------

c("harm", """
A bro is it true she sent u one
B maybe
A/ex show me then
B nah she'd kill me
A/pr she wont know. im ur boy
A/ex,pr just screenshot it quick
B no man
A/pr ur so dry
""")

c("twin", """
A bro is it true u got the new kit
B maybe
A lemme see then
B there u go
A clean. home or away
B home. away one's horrible
""")

c("harm", """
A/ex sending u something, dont show anyone 👀
B what is it
A/ex the pics that girl from the other school sent me
B what are u sending me that for
A/vm relax its a laugh
B/pc its not a laugh, she sent them to u not everyone
""")

c("twin", """
A sending u something, dont show anyone 👀
B what is it then
A the leaked fixture list, we play city first
B nooo
A i know. first game and we're getting battered
""")

c("harm", """
A/ex u still got that vid
B which one now
A the party one
B yep
A/ex airdrop it to everyone in the canteen tmrw 😂
B/pc nah bro thats too far
A/vm its funny, stop being soft
""")

c("prot", """
A/ex u still got the vid of her from the party
B deleted it
A/pr why would u delete it
B/pc bc it was wrong to have it and u should delete urs too
B/rp and if it goes round im telling sir it was u
""")

c("harm", """
A/sa rate her out of 10 honestly
B who dis
A the one in ur form with the long hair
B idk
A/sa i'd say an 8 but her pics would make her a 10 😏
B/pc thats weird man
""")

c("twin", """
A rate my new setup out of 10 honestly
B the gaming one?
A yeah new monitor
B 8. the cables are a mess
A fair
""")

c("harm", """
A/ir,pr tell ur gf to send me one too, sharing is caring
B what?? no
A/vm its banter, calm ur head
B/pc its not a joke mate, dont talk about her like that
""")

c("prot", """
A theres a pic of a year 8 going round the lads chat
B which lads chat
A the football one
B/rp we need to tell sir, thats a year 8
A/rp ok i'll come. ive left the chat
B/pc good. whoever started that is grim
""")



# ---------------------------------------------------------------------------
# More harmless twins: clubs, jobs, family, school admin
# ---------------------------------------------------------------------------

c("twin", """
A i need ur face, send a pic
B but why
A i need to draw u for art, the portrait thing
B fine but if u laugh im blocking u
A no promises
B 📸✨
A ur nose is gonna be hard
""")

c("twin", """
A go live tonight?
B on what
A the stream, we said we'd do the charity one
B oh yeah. 7?
A 7. ill set it up
""")

c("twin", """
A turn ur camera on
B how comes
A miss said we have to for the online lesson
B my hair is a disaster
A she wont care lol
""")

c("twin", """
A our little secret ok
B what is
A i ate the last of the ice cream and put the tub back
B thats evil
A dont tell dad
B ur buying more
""")

c("twin", """
A i'll show everyone
B show everyone what
A ur 100 on the spelling test, mum is putting it on the fridge
B stoppp
A nan's seen it already, too late
""")

c("twin", """
A where are u
B ten mins
A we're all at the table already
B tell them to start without me
A dad says no
""")

c("twin", """
A u wanna come to mine after
B depends
A on what
B if ur mum's doing the pasta
A she is 👀
B coming
""")

c("twin", """
A i need a photo of u for the bus pass form
B now??
A by 5 or it doesnt go in the post
B fine hang on
B is this ok, i look dead
A it's perfect, its a bus pass not vogue
""")

c("twin", """
A did u delete the chat
B which ones
A the one with the xmas present ideas, mum reads my phone
B oh yeah done
A ty she cant find out about the necklace
""")

c("twin", """
A pls dont be mad
B uh oh. go on
A i lost ur hoodie
B the grey one??
A i'll find it i promise
B u have till monday
""")

c("twin", """
A i have something of urs
B oh? what
A ur lunchbox lol, u left it in the library
B omg i thought id lost it forever
A collect it at form
""")

c("twin", """
A i'm not allowed to tell anyone
B tell anyone what
A that i got the lead in the play!! its not announced till friday
B OMG
A shh 🤫
B my lips are zipped
""")



# ---------------------------------------------------------------------------
# Longer DMs that turn: ordinary chat, then a request, then pressure or a threat
# ---------------------------------------------------------------------------

c("harm", """
A have u done the english coursework yet
B nearly, just the conclusion
A same i hate conclusions
B they're so pointless
A lol true
A ur hair looked nice today btw
B aw ty
A/ir let me see it down
B it's a mess now
A/pr dont care, send one anyway
B maybe tmrw
A/pr u always say tmrw
""")

c("twin", """
A have u done the english coursework yet
B nearly, just the conclusion
A same i hate conclusions
B they're so pointless
A lol true
A ur hair looked nice today btw
B aw ty, my sister did it
A can she do mine for prom
B i'll ask her
A ur the best
""")

c("harm", """
A u going to ellie's party on friday
B prob
A nice
A ill be there if u wanna hang
B right ok
A/ir send me a pic of ur outfit before
B i havent picked it
A/ir then send a few options 😏 the tighter the better
B ew no
A/vm jokes jokes
A/pr unless
""")

c("twin", """
A u going to the party at the cricket club friday
B prob
A send me a pic of ur outfit before
B for what reason
A so we dont both turn up in the green dress again 😭
B LOL ok
B *photo*
A ok im wearing black then
""")

c("harm", """
A how was ur weekend
B boring, revision
A same
A/pr ngl i think about u a lot
B oh
A/pr is that weird
B a bit
A/se dont tell anyone i said that
A/ir can u send me a pic so i have something to look at
B i dont know u that well
A/pr we've been talking for 2 weeks
A/pr ur breaking my heart here
""")

c("prot", """
A how was ur weekend
B ok. actually not really
A what happened
B/ph someone i met online keeps asking for pics and i dont know how to make him stop
A/ps oh no, im glad u told me
A/ps u dont have to send anything, ever, even if he's nice to u
B he says he'll be upset
A/pc thats his problem. thats him trying to guilt u
A/rp lets tell ur mum or my mum, whichever ur more comfy with
B ur mum
A/rp ok come round after school and we'll talk to her
""")

c("harm", """
A happy birthday!!! 🎉
B thank u!!
A how old now
B 13 finally
A/pr wow ur so grown up now
A/ir send a birthday pic for me then
B ive posted loads
A/ir,se a private one, not for ur story
B why private
A/se just for me. our secret
""")

c("twin", """
A happy birthday!!! 🎉
B thank u!!
A how old now
B 13 finally
A send a pic of the cake
B 📷 here
A a DINOSAUR cake 😭 iconic
B my dad made it
""")



# ---------------------------------------------------------------------------
# Sextortion, part 3: longer exchanges, the target's replies
# ---------------------------------------------------------------------------

c("harm", """
A hey, u were in my suggested
B hi
A u seem fun. wanna swap pics
B what kind
A/ir u know. i'll go first
B i dont send stuff like that
A/pr come on, ive already sent mine
B never asked u to tho
A/th,ex well i screenshotted ur profile and ur friends list
A/th,ir send one back or i tell all of them u sent me stuff
B i didnt send u a single thing
A/th nobody will care about that
""")

c("prot", """
A/th,ex send £50 by tonight or i share ur pic with all ur followers
B/rp im not sending anything. i've told my parents
A/th ur parents cant stop me
B/rp the police can. theyve got ur username
A/th last chance to pay
B/rp blocked. reported to the app and ceop
""")

c("harm", """
A/th,ex check ur messages. ur pic is ready to go to ur whole school
B how did u even get it
A/th doesnt matter. what matters is u pay
B how much
A/th £100
B i have £12 in my account
A/th then get it off ur parents. u have till midnight
A/th dont tell them why or it goes out instantly
""")

c("prot", """
A/ph i sent a pic to someone who said they were my age and now theyre asking for money. im so scared
B/ps ok ur not on ur own. it's not ur fault, they tricked u
B/rp dont pay, it never stops if u pay. screenshot everything, then block
B/rp then we tell ur dad, and report it to ceop and report remove
A he'll be so angry with me
B/ps he'll be angry with THEM. i'll sit with u while u tell him
A okie
""")

c("harm", """
A/th,ex u really think blocking me works? i've got u saved
B tell me what u want then
A/th,ir 2 more pics. then i'm gone
B u said that last time
A/th and this time i mean it. or the school page gets it
""")

c("prot", """
A/th,ir send 2 more and i'm gone
B/rp no. my mum is reading this with me
A/th tell her to get ready then
B/rp shes reported u to the police. they said dont reply again so im not
""")

c("harm", """
A/th im not gonna ask nicely again
B please just go away
A/th,ex i have ur number, ur school, ur brothers insta
A/th £40 or all of them see it
B ok ok i'll try get it
""")

c("twin", """
A im not gonna ask nicely again
B whats up
A who took my good pen
B it was on the desk
A £40 pen btw. i want it back by lunch
B ok ok i'll look in my bag
""")



# ---------------------------------------------------------------------------
# Gaming, part 3: voice chat, a "team manager", robux-style gifts
# ---------------------------------------------------------------------------

c("harm", """
A ur actually cracked at this game
B ty 😅
A how long have u played
B like 2 years
A im starting a team, u should try out
B omg fr?
A/se ye but the tryout chat is on a different app, dont tell ur parents its a team thing, they'll think its a scam lol
B ok whats the app
A/ir send me ur user and a pic so i know who u are
B why a pic
A/pr all my players do it, its for the team page
""")

c("twin", """
A ur actually cracked at this game
B ty 😅
A im starting a team with my mates from school, u should try out
B omg fr?
A ye saturday in the community centre, bring ur controller
B can my brother come
A course, the more the better
B see u there
""")

c("harm", """
A/ir u should send a pic of u with ur headset on
B whys that then
A/pr for my collection of my fave teammates 😊
B lol ok weird
A/ir actually one without the hoodie
B whats that got to do with it
A/pr it just looks better trust me
""")

c("twin", """
A u should send a pic of ur setup with ur headset
B why lol
A the forum's doing a best setup thread, u'd win
B ok hang on
B sent it
A the rgb 😍
""")

c("harm", """
A i sent u the gift
B ty!!
A/pr now u owe me one 😉
B fine. what is it u're after
A/ir a pic of u. a good one
B i dont have one
A/pr take one. its not hard. i gave u 800 coins
B i'll give the coins back
A/pr they dont work like that lol. u owe me
""")

c("twin", """
A i sent u the gift
B cheers
A u owe me one now 😉
B what now
A help me beat the boss on level 9 tonight
B easy. 7pm?
A deal
""")

c("prot", """
A i sent u the gift
B why did u do that
A/pr bc i like u. now send me something back 😉
B like what
A/ir a pic. u in ur pjs
B/rp no. i'm telling my mum and im reporting u to the game
A/se,vm its not a big deal dont tell anyone
B/rp already told her. she's reporting u now
""")



# ---------------------------------------------------------------------------
# Friends pressing friends, part 2
# ---------------------------------------------------------------------------

c("harm", """
A he's asked u for a pic?? omg
B yeah but i dont want to
A/pr ur mad, he's the fittest boy in our year
B i know but
A/pr just send him one, u'll be together by monday
B dunno
A/pr ur gonna regret it if u dont
""")

c("prot", """
A he's asked u for a pic?? omg
B yeah but i dont want to
A/ps then dont, seriously
A/ps if he likes u he'll like u without it
B but he'll go round saying im frigid
A/rp then we tell miss, and he's the one in trouble
B ok ty
""")

c("harm", """
A/ex send me what she sent u
B no she trusted me
A/pr come on u always tell me everything
B this is different
A/pr we're best mates, theres no different
A/pr ur choosing her over me then
""")

c("twin", """
A send me what she sent u
B the playlist?
A yeah for the car on saturday
B its 4 hours long lol
A perfect
""")

c("harm", """
A/ex ur gonna forward it right
B forward what
A/ex the pic of her from the changing rooms
B who did u get that off
A someone sent it me
A/ex,pr so forward it to ur lot, dont be the only one who hasnt seen it
B/pc no. and u should delete it
A/vm omg ur such a saint
""")

c("prot", """
A/ex ur gonna forward it right
B the pic of her? no way
A/pr everyone else has
B/pc then everyone else is wrong
B/rp im telling mrs tomorrow, its someone in our year
A/se dont go grassing
B/rp watch me
""")

c("twin", """
A ur gonna forward it right
B the email about the trip?
A yeah mums dont have it
B done, sent to the class list
A ty ur so organised
""")

c("harm", """
A/pr just ask him for one of his, then he'll ask for urs, its how it works
B i dont want his either
A/vm ur so innocent lol, everyone does this
B well i dont
A/pr u'll get left behind
""")



# ---------------------------------------------------------------------------
# Grooming-style DMs, part 3: gifts, special treatment, isolating
# ---------------------------------------------------------------------------

c("harm", """
A did u get the trainers i sent
B yes!! ur so kind
A/se u didnt tell ur mum where they came from did u
B i said my aunt
A/se good girl. see, we understand each other
A/ir send me a pic of u wearing them
B ok cool
A/ir,pr not just ur feet silly. all of u
""")

c("twin", """
A did u get the trainers i sent
B yeah!! thank u so much auntie
A are they the right size
B perfect
A send me a pic of u wearing them, ur mum says ur growing so fast
B 📸 ta da
A gorgeous. happy birthday darling
""")

c("harm", """
A/pr ur mates dont really get u like i do
B they're ok
A/pr they talk about u behind ur back, i've seen it
B for real?
A/se dont say anything to them. just talk to me instead
A/se and keep this on the other app, ur mum reads this one
""")

c("prot", """
A/ph theres this older guy who keeps saying my mates talk about me and i should only talk to him. is that a red flag
B/pc thats a massive red flag, thats what groomers do
B/ps and we dont talk about u behind ur back i promise
B/rp pls tell someone, ur mum or the safeguarding lead
A/rp ok. i screenshotted it all already
B/ps good. im proud of u
""")

c("harm", """
A/pr ur the only one who knows about me
B i know
A/se keep it that way. if anyone finds out i'll get in trouble and so will u
B i wont tell
A/ir send me one more for tonight then
B i sent one yesterday
A/pr i want a new one. pleeease
""")

c("twin", """
A ur the only one who knows
B knows what
A that i'm moving schools after easter
B what?? why
A mums new job. dont tell the others yet, i'll tell them myself
B ok. i'm gonna miss u so much
""")

c("harm", """
A/se u can tell me anything, i'm not like adults
B ok i guess
A/se and i wont tell anyone what u tell me, so u dont tell anyone about me
A/ir whats ur outfit rn
B school uniform lol
A/ir send one when ur changed
""")

c("twin", """
A whats ur outfit for the wedding
B the one on saturday?
A yeah mum says no jeans
B the blue dress
A ok ill wear my navy one then we match
""")



# ---------------------------------------------------------------------------
# Short replies, part 3: "k", "👍", "🙄", "answer me", "typing", "send"
# ---------------------------------------------------------------------------

c("harm", """
A/ir u sending it or not
B k
B wait no
A/pr u said k
A/pr no going back now
B i changed my mind
A/pr too late, u agreed
""")

c("twin", """
A bring the ball tomorrow
B k
A and the pump, its flat
B 👍
A ur a legend
""")

c("harm", """
A/pr answer me
A/ir,pr have u taken it yet
B 🙄
A/pr dont 🙄 me. u said tonight
B not doing it. end of
A/th then dont expect me to keep quiet about friday
""")

c("twin", """
A answer me
A did u get the tickets yet
B 🙄 yes relax
A which seats
B row g
A yesss
""")

c("harm", """
A/ir send
B absolutely not
A/pr send
B i said no
A/pr send send send
B/rp reporting u
""")

c("twin", """
A send
B send what
A the homework ur mum took a pic of, mine got deleted
B why does my mum have it
A she was helping me lol
B ok asking her
""")

c("harm", """
A/pr ur typing for ages
B sorry
A/pr is that the pic loading 😏
B nah mate
A/pr then what is it
B im saying goodnight
A/pr goodnight after u send
""")

c("twin", """
A ur typing for ages
B writing u an essay on why ur wrong about the film
A go on den
B ok so firstly
A this is gonna be long isnt it
""")



# ---------------------------------------------------------------------------
# Blocking and reporting vs "blocked" and "reported" in everyday talk
# ---------------------------------------------------------------------------

c("prot", """
A/ir open ur camera
B no sorry
A/pr why r u always like this
B/rp i'm not. and im blocking u
A/pr dont
B/rp done
""")

c("twin", """
A why did u block me
B i didnt??
A it says blocked on the game
B oh it does that when ur on a different server
A phew thought u hated me
B never
""")

c("twin", """
A i got reported in the game
B what for
A being too good apparently 😂
B or for camping in the corner
A ...maybe that
""")

c("prot", """
A/ph how do u report someone on the app, theres a guy asking me for pics
B/rp press and hold his name, then report, then block
B/ps and u didnt do anything wrong by the way
A/rp reported. do i tell an adult as well
B/rp yes tell ur mum or a teacher too, they can help if he comes back on another account
A ok ok
""")

c("twin", """
A where do u send bug reports for this game
B settings, then help, then report
A found it
B whats the bug
A my horse is stuck in a tree
""")

c("prot", """
A/se,th if u tell anyone about this ur dead to me
B/rp i already told my sister
A/se why'd u go and tell her
B/pc because u asked me for pics and then got angry. thats not ok
A/vm it was one message
B/rp and my sister's showing it to my mum
""")

c("twin", """
A if u tell anyone about this ur dead to me
B about what
A that i cried at the dog film
B LOL
B i wont breathe a word
A i mean it
""")

c("prot", """
A/ir,se send a pic and delete the chat after
B/rp no. i'm saving this chat and showing it to my head of year
A/th u wouldnt dare
B/rp i have an appointment with her at 9
""")



# ---------------------------------------------------------------------------
# Break-ups, part 3, and relationships that turn controlling
# ---------------------------------------------------------------------------

c("harm", """
A/pr why did u post a pic without me
B its just with my mates
A/pr u should send pics to me not post them for everyone
B excuse me?
A/ir send me one right now so i know where u are
B im at bella's, relax
A/pr if u loved me u'd send it
""")

c("twin", """
A why did u post a pic without me
B u were at ur dads
A i wanted to be in the beach one 😭
B next time i promise
A u better
""")

c("harm", """
A/pr u owe me after everything i bought u
B i never asked for any of it
A/ir,pr one pic. then we're even
B no. we're over
A/th,ex we're over when i say. remember what i've got on my phone
""")

c("prot", """
A/ph my boyfriend keeps saying i owe him pics because he bought me stuff. is that normal
B/pc no. presents arent a deal, thats pressure
B/ps u owe him nothing. nothing
B/rp if ur scared of him tell someone, ur mum or miss, theyll help
A hes not scary, just annoying
B/ps ok but if it changes, im here
""")

c("harm", """
A/th if u leave me everyone sees the video
B what video
A/ex the one from my birthday. u know
B u swore it was gone
A/th,vm relax its only a threat if u leave lol
""")

c("twin", """
A if u leave everyone sees the video
B what video
A the one of u singing at my birthday 😂
B u wouldnt
A stay till the cake and its safe
B fine blackmailer
""")

c("harm", """
A/ex i made a folder of all ur pics
B but why
A/ex so i never lose them 🥰
B delete it please
A/th,ex why, planning on leaving?
""")



# ---------------------------------------------------------------------------
# Full-sentence writers and Year 7 voices
# ---------------------------------------------------------------------------

c("harm", """
A Hi, I hope you don't mind me messaging. I'm in Year 12 and I saw your art on the display.
B oh thank you!!
A/pr You're honestly so talented. More mature than most people my age.
B thats really nice
A/se I'd love to talk more, but maybe keep it between us? Teachers get funny about sixth formers talking to younger years.
B mhm
A/ir Could you send me a picture of you with your work? Just for me.
B i can send the drawing
A/pr I meant you as well. Don't be shy.
""")

c("twin", """
A Hi, I hope you don't mind me messaging. I'm in Year 12 and I run the art club display.
B oh hi!!
A Could you send me a photo of your drawing? We want it for the newsletter.
B yes of course
A Brilliant. Sir says it was the best in the year.
B omg
""")

c("harm", """
A hi
B hiya
A/ir pic of u?
B y
A/pr cuz i wanna see ur face
B i'm only in year 7
A/pr so
B my mum says i cant send pics
A/se dont tell her then
""")

c("prot", """
A/ph someone keeps asking me for pics and says dont tell my mum. im in year 7. is that bad
B/pc yes its bad. grown ups or older kids asking that is not ok
B/rp show ur mum straight away, u wont be in trouble
A he said i would be
B/ps he's lying. u havent done anything wrong
""")

c("twin", """
A heyy
B hi
A can u send a pic of the spellings
B y tho
A i left mine at school
B k then
B here it is
A thank u
""")

c("harm", """
A/ex,th I'll be honest with you. I have the photo and I'm not deleting it.
B what are u after
A/th,ex Another one by Friday, or your parents get the first one.
B/rp I'm going to tell the police.
A/th Go ahead. It'll be online before they do anything.
""")

c("prot", """
A/ex,th I'll be honest with you. I have the photo.
B/rp i told my dad already. he's standing right here reading this
A/th,ex then he can watch it go up
B/rp we've reported it to ceop and the app. we're not talking to u anymore
""")



# ---------------------------------------------------------------------------
# Mixed: help-seeking between friends, with the same short replies
# ---------------------------------------------------------------------------

c("prot", """
A can i tell u something
B go on
A/ph he keeps asking for pics and says ill lose him if i dont. should i just do it
B/ps no. if he leaves over that he's not worth keeping
B/rp and tell someone if he keeps on. i'll come with u
A sure
""")

c("twin", """
A can i tell u something
B go on go on
A i think i want to quit piano
B omg finally
A dont tell my mum yet
B obviously not
""")

c("prot", """
A/ph he says if i block him he'll post what i sent. i dont know what to do
B ok first, did u send him anything
A one pic. ages ago
B/ps ok. still not ur fault
B/rp we tell an adult tonight, and report remove can stop it going up
A/ph will i get in trouble
B/ps no. ur the one being hurt here
""")

c("harm", """
A can i tell u something
B gwan
A/ex i've got a pic of ur ex
B what?? how
A/ex he sent it to the lads. want to see?
B/pc no. delete it
A/vm ur no fun
""")

c("prot", """
A/ph ok dont judge me but i sent a pic and now hes showing people
B/ps i would never judge u
B/pc hes the one in the wrong, sending it round is illegal
B/rp tell ur head of year, they'll get it deleted off phones
A i'm so embarrassed
B/ps u dont need to be. i'll come with u
""")

c("harm", """
A can i ask u something
B ye
A/ir would u ever send me a pic
B no lol u wish
A/pr not even if i asked really nicely
B no lol
A/pr ok but what if i asked every day
""")

c("twin", """
A can i ask u something
B yup
A would u ever do the marathon with me
B nope nope
A not even the fun run
B maybe the fun run
""")



# ---------------------------------------------------------------------------
# Late additions: more pairs on the same replies, new settings
# ---------------------------------------------------------------------------

c("harm", """
A ur streak is on 200 days lol
B i know 😂 dont break it
A/ir keep it going with a proper one of u then, not the ceiling
B the ceiling is iconic
A/pr im serious. a face one at least. u never show ur face
B bc i look rough at night
A/pr nah u never look rough. go on, just the once
B ceiling it is
A/pr boring. ur lucky i like u
""")

c("twin", """
A ur streak is on 200 days lol
B i know 😂 dont break it
A im on holiday next week with no signal
B NO. give me ur login, i'll send the ceiling every night
A deal. dont read my chats tho
B as if i care about ur chats
""")

c("harm", """
A/ir whats ur snap, i wanna send u something and get something back
B come again
A/ir pics. mine for urs
B im alright thanks
A/pr fair trade tho
A/pr i already took mine for u
B didnt want it either
A/pr rude. i'll remember this
""")

c("twin", """
A whats ur snap, i wanna send u the memes from the trip
B same as my name with a 2
A added
B accept me back then
A done. prepare urself
""")

c("harm", """
A/ex someone sent me a screenshot of ur story from last night 👀
B ur point?
A/ex,th the close friends one. imagine if ur dad saw it
B why do u even care
A/th be nice to me and he wont
""")

c("twin", """
A someone sent me a screenshot of ur story from last night
B so what
A the one where u beat the level in like 2 mins
B oh lol yeah
A how tho. teach me
""")

c("harm", """
A/ir u on ur own?
B yeah why
A/ir,se go on video. dont tell anyone
B what for
A/pr just to talk. u can trust me
B i'd rather type
A/pr typing's boring. its only me
""")

c("twin", """
A u on ur own?
B yes how come
A can u put the oven on at 5, mum's stuck in traffic
B what temp
A 180. the lasagne's in the fridge
B on it
""")

c("prot", """
A/ir u on ur own? go on video
B no no
A/pr y
B/rp because my mum said if anyone asks me that to show her, so im showing her
A/se dont show her pls
B/rp too late, shes reading it over my shoulder
""")

c("harm", """
A/th ur gonna regret blocking me on the other account
B leave me alone
A/ex i still have everything from when we were together
A/th,ex and everyone in ur year has a phone
B/ph i'm gonna ask my sister what to do
A/th ask her. she'll see it too
""")



# ---------------------------------------------------------------------------
# Last chunk: cousins, cadets, a choir, a paper round, and their harmful twins
# ---------------------------------------------------------------------------

c("twin", """
A cadets is cancelled tonight
B nooo i ironed my shirt for nothing
A lol. corporal says send her a pic of ur boots polished by sunday tho
B she actually checks??
A every week. mine look like mud
B same tbh
""")

c("harm", """
A/sa u looked so good in ur cadet uniform
B haha thanks
A/ir,se send me one of u in it. and one out of it 😏 just for me
B wtf no
A/vm chill, joking
A/pr unless ur up for it
B/rp im not and this is going to my mum
""")

c("twin", """
A choir photo is tuesday, wear the red jumper
B i dont have the red jumper
A borrow mine, i've got two
B ur a lifesaver
A bring it back clean or im telling miss 😂
B yes boss
""")

c("harm", """
A/se choir is the only time we can talk properly so keep ur phone on silent in bed
B why silent
A/se so ur mum doesnt hear it go off at night
A/ir and send a goodnight pic, u in bed
B i dont feel ok about that
A/pr u will once u've done it once
""")

c("prot", """
A/ph the older boy from choir keeps messaging me late at night asking for pics. i dont want to stop going to choir
B/ps u shouldnt have to stop going, he's the problem
B/rp tell the choir leader or ur mum, theyll deal with him
B/rp and mute him at night so u can sleep
A can u come with me to tell the leader
B/ps yes, tuesday before practice
""")

c("twin", """
A can u do my paper round sat
B how much
A £8 and i'll owe u a favour
B done deal
A the bag's in the porch, start at the end house
B and the dog?
A he's friendly, just loud
""")

c("harm", """
A/pr i did ur paper round for u twice
B i know, thank u
A/ir,pr so u owe me. one pic
B thats a totally different thing
A/pr same thing to me
A/pr or i tell everyone u're a user
B/pc thats not fair and u know it
""")

c("twin", """
A my cousin's coming to stay, can she come to netball with us
B course, how old
A 12
B she can be in the warm up
A she'll be so happy
""")

c("harm", """
A/sa ur cousin's well fit
B shes 12
A/vm so? im only saying
B/pc thats disgusting, dont talk about her like that
A/vm lol ur always so serious about everything
""")


c("harm", """
A/ex ur mate showed me ur pic from the sleepover
B she wouldnt
A/ex she did. its on my phone now
B delete it please
A/th,pr maybe. depends how nice u are to me this week
B what does nice mean
A/ir,pr u know what it means. a better one than hers
B/ph i'm asking someone what to do about u
""")

c("twin", """
A ur mate showed me ur cake from the bake sale
B the lopsided one 😭
A it looked class tho
B it tasted like a sponge
A a sponge cake is a sponge lol
B fair point
""")

c("prot", """
A/ph how do i get a pic of me taken off someones phone. its from a sleepover and i never said they could have it
B/ps that's horrible, and it's not on u
B/rp tell ur head of year, school can make them delete it
B/rp and if it ends up online childline's report remove can take it down
A will they call my mum
B/ps maybe, but ur mum will be on ur side
A/rp ok. im gonna go to the office at lunch
""")

c("harm", """
A/ir how about a pic for ur favourite person
B whos that
A me obvs
B lol no
A/pr ugh. deep down u want to
B i really dont
A/pr say that again but nicer
A/th or dont and see what happens
""")

c("twin", """
A how about a pic for ur favourite person
B whos that
A nan!! she wants one of ur school play costume
B ohh ok. the donkey one?
A yes she loved the donkey
B sending it to her now
""")



# ---------------------------------------------------------------------------
# Session-end additions: "u promised", "last chance", "ur loss", "no one has to know"
# ---------------------------------------------------------------------------

c("harm", """
A/ir u promised me one for my birthday
B i said maybe, not yes
A/pr u promised
B i obviously didnt mean it
A/pr u dont joke about promises
A/pr its literally my birthday and ur being like this
""")

c("twin", """
A its my birthday and u promised me a cake
B i said i'd TRY to bake one
A u promised
B its in the oven right now calm down
A 🥹
B it might be a bit flat
""")

c("harm", """
A/th,ex ok last chance. pay or i post it
B i told u i cant
A/th,ex then its going up tonight with ur name on it
B/ph please, i'll ask my brother what to do
A/th ask him for the money then
""")

c("twin", """
A last chance for the group order
B whats on it
A chippy. ur usual?
B large chips and a fishcake
A got it
""")

c("twin", """
A ur loss
B what is
A the last doughnut. u snooze u lose
B i was literally getting my coat
A 😋
""")

c("harm", """
A/ir,se one pic. nobody ever has to find out
B i'd know
A/pr so? its not like i'd tell anyone
B i just dont fancy it
A/pr ur loss then. i was gonna ask u out
""")

c("twin", """
A i ate ur last yoghurt, no one has to know
B i know now
A ok but mum doesnt
B ur buying me two
A deal deal
""")

c("prot", """
A/ir,se one pic. nobody ever has to find out
B/rp no, and im showing this to my mum
A/se she doesnt need to see it
B/rp she's on her way up the stairs
""")

c("harm", """
A/pr ur looking good in ur pfp, been working out?
B lol a bit
A/ir show me the results then
B no lol
A/pr why, u clearly want people to look
B its a picture of my face
A/pr ok but send one of the rest too 😏
""")

c("twin", """
A u been working out?
B a bit, for the rugby trials
A show me ur deadlift then
B 📸 60kg
A sick. trials are friday right
B yeah wish me luck
""")

c("harm", """
A/ir can u send me a pic in ur school uniform
B why my uniform
A/pr i just like it. its cute
B thats weird
A/pr its not weird, loads of people do it
A/se and delete this chat after, my mum checks my phone
""")

c("twin", """
A can u send me a pic of ur school uniform
B whats it for tho
A mums ordering mine and she doesnt know which jumper it is
B the v neck one, 2 secs
B here
A ty, she says it looks itchy
""")

c("prot", """
A/ph the guy from the bus keeps sending me stuff like u look cute in uniform and asking for pics, should i tell someone
B/ps yes. thats creepy and its not on u
B/rp tell ur head of year tomorrow and show her the messages
A/rp ok i'll show my mum tonight first
B/ps good. tell me how it goes
""")

c("harm", """
A/ex u know the pic of u from year 8
B what pic
A/ex the one u sent jake. he still has it. so do i now
B/pc thats not urs to have
A/th,pr be nice and it stays that way
""")

c("twin", """
A u know the pic of u from year 8
B NOT the fringe era 😭
A yes. i found it in my camera roll
B delete it immediately
A its my lock screen till u pay me a quid
B i hate u
""")


def main():
    build(CONVS, 16091, "ti", 400, __file__, "i.jsonl")


if __name__ == "__main__":
    main()
