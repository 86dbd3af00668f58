#!/usr/bin/env python3
"""Build corpora/train/conversations/k.jsonl (part K, session 17: pressure, threats, and "report").

Hand-written, synthetic, non-graphic training conversations for c2chat. Theme: the shapes of
coercive.pressure and coercive.threat that are not yet common in the training files, and the
difference between protective.reporting and the many harmless uses of "report", "tell", "told",
"block", "screenshot", "teacher", "police" and "mum".

- pressure: persistence over a long conversation (the request comes back after other talk), guilt
  ("after everything i did for u"), comparing ("other girls do it"), trust tests ("if u loved me"),
  time pressure, teasing ("frigid", "boring") for refusing, offers and bargains, pretending to be hurt,
  persuading through a friend ("tell her to just send it"), a group ("we're all waiting"), in full
  sentences and in two-word texts; followed by refusal, compliance, silence or a bystander;
- threats: to tell parents, school or everyone, to post, to end a friendship, to make someone's life
  hard, to hurt, to share screenshots of chats, sextortion demands in everyday words, veiled ones
  ("would be a shame if...", "remember what i have", "u know what happens"), "jokes" that are not;
  and their harmless twins (sport, games, siblings, "i'll kill u if u spoil the film", a teacher's
  deadline), all [];
- reporting: protective.reporting only when the speaker tells, reports or blocks now (or says they
  will) or urges the reader to; [] for school reports, telling news, telling off, reporting a bug or a
  lost bag, a teacher telling the class, police in the news, "i told u so", "tell me when ur home",
  gossip about who told whom, advice retold from a lesson.

Written as whole conversations, in order, without reading corpora/dev, corpora/check,
corpora/holdout, corpora/everyday, corpora/dev-cy, corpora/check-cy or lexicons/. No templates or
slot filling. Every person is fictional; teachers are "miss", "sir", "mr", "mrs" without surnames.

Line format inside each conversation block (as build_i.py, lineformat.py):
    <speaker-letter>[/<code>,<code>...] <text>
Speaker letters map to pseudonymous ids tk_s001..tk_s500 (fixed seed 17111).

Labelling conventions (corpora/train/README.md, docs/categories.md "Frames", "Conversation state"):
- a label only on the message that performs the act in its own voice;
- pressure needs something to press for: a picture, a secret, a meeting, or saying yes; a nudge that
  only asks about homework or a lift is [];
- a message that asks again after other talk is coercive.image_request (+ coercive.pressure when it
  refers to the earlier refusal or pushes: "so about that pic...");
- guilt, comparing, trust tests, time limits, teasing for refusing ("frigid" also sexualised.names),
  offers and bargains, a sulk, persuading a friend to persuade ("tell her to just send it") and a
  group's "we're all waiting" are coercive.pressure;
- compliance, stalling and a plain refusal by the person pressed are [] however firm; a refusal that
  judges the act ("that's blackmail") is protective.challenge;
- a threat (to tell, post, end a friendship, hurt, make life hard, share screenshots) used to get
  something or to punish a refusal is coercive.threat; with a picture or a chat as the thing shared
  also coercive.exposure; a threat against telling is coercive.secrecy + coercive.threat;
- a harasser's mocking dare "go on then, tell miss" is [] when it only shrugs; when it carries a
  menace ("tell miss. see what happens after") it is coercive.threat + coercive.secrecy;
- a harmless twin (sport, games, siblings, spoilers, deadlines) is [] whatever the words;
- protective.reporting: the speaker tells, reports or blocks now or just now, says they will, threatens
  to report ("keep going and it goes to mr"), offers to go with the reader, or urges the reader to;
  telling news, telling off, reporting a lost bag or a bug, "i told u so", gossip about who told whom,
  advice retold from a lesson, and hypotheticals are [].

Usage: python3 corpora/train/conversations/build_k.py   (writes k.jsonl next to this file)
"""

from lineformat import build, conversation_adder  # the shared line format

CONVS = []  # (kind, [(letter, [codes], text), ...])


c = conversation_adder(CONVS, max_len=14)


# ---------------------------------------------------------------------------
# pressure: persistence over a long chat (the request comes back)
# ---------------------------------------------------------------------------

c("pressure", """
A did u finish the geography thing
B nearly, just the map bit left
A same. the key is so annoying
B colour it in pencil, miss doesnt care
A/ir ok. also send me a pic of u before bed
B no thanks
A fair. are u going to the match sat
B prob, my dad's driving
A/pr cool cool. so about that pic tho
B i already said no
A/pr u said no earlier, its later now 😏
B not funny. night
""")

c("pressure", """
A how was ur nan's
B long. she made us watch a quiz show for 3 hours
A lmaoo classic
A/pr anyway u still owe me that photo u said u'd think about
B i did think about it. still a no
A what did u have for tea
B lasagne
A/pr nice. now the photo
B why do u keep bringing it back up
A/pr bc u keep not sending it
B im going
""")

c("pressure", """
A ur hair was so nice today, did u do it urself
B aw thanks, i straightened it
A what film did u end up watching
B the shark one, it was rubbish
A haha knew it
A/ir go on send one of u with the hair down
B nah im in my trackies
A the shark one has a sequel u know
B why would anyone make that
A/pr lol. trackies is fine. just send
B no, i mean it
A/pr u always say no and then u feel bad after
""")

c("pressure", """
A did u see the state of the bus today
B the window?? someone kicked it in
A mental
A/ir unrelated but can u send a pic for me
B of what
A/ir u. just u. in ur room
B nope
A ok forget it. the bus tho
B yeah the driver was fuming
A/pr ....im still thinking about that pic
B u're not getting one, ever
A/pr we'll see 😉
""")

c("pressure", """
A happy friday!!!
B finallyyy
A plans?
B sleeping mainly
A/pr haha. u never did send what i asked monday
B bc i didnt feel like it and i still dont
A/pr its been 4 days, surely u've changed ur mind
B i havent
A/pr tuesday then? wednesday? ill keep asking
B then ill keep saying no
""")

c("pressure", """
A Can I ask you something again? Don't be annoyed.
B Depends what it is.
A/pr The picture. I know you said no last week but I've been thinking about it all week.
B My answer's the same.
A/pr You said you'd "see". Seeing is not the same as no.
B Well it's no now. Please stop bringing it up every few days.
A Fine.
""")

# guilt

c("pressure", """
A/pr after everything i did for u this year
A/pr i stuck up for u when no one else did. and u cant send me one pic?
B thats not the same thing
A/pr it is to me. i thought we were close
B we are close. i still dont want to
A/pr wow
""")

c("pressure", """
A/ir send a pic then
B no
A/pr i literally lent u my charger all week
A/pr and walked u home tuesday when u were scared
A/pr and u wont do one tiny thing for me
B i didnt know that was a deal
B/pc being nice to someone doesnt mean they owe u pictures
""")

c("pressure", """
A/pr i covered for u with ur mum AND bought u chips
A/pr least u could do is send something back 🙄
B i'll buy u chips then
A/pr not what i meant and u know it
B its all ur getting
""")

c("pressure", """
A/ir can i have a photo of u
B i'd rather not, sorry
A/pr i helped u with ur whole coursework tho
A/pr like hours of my time
B i said thank u loads
A/pr thanks doesnt cost anything does it
B ok im not doing this
""")

c("pressure", """
A/pr do u know how much i've done for u
A/pr honestly after all that i'm asking for one thing and ur acting like i asked for a kidney
B its not one thing to me
A/pr its one pic
B its a lot more than one thing and u know it
A/pr whatever. think about what i've done for u
""")

# comparing

c("pressure", """
A/pr other girls do it u know
B good for them
A/pr no like. literally everyone in ur year has sent one at some point
B thats not true and even if it was
A/pr ur the only one making a big thing of it
B im the only one ur asking then
""")

c("pressure", """
A/ir send one
B not happening
A/pr my ex sent loads without me even asking
B so go talk to her
A/pr im just saying, ur acting about 12
B i am 13 mate
""")

c("pressure", """
A/pr ur mate sent one to her bf within like a week
A/pr we've been going out a month 🤷
B so?? im not her
A/pr just feels like u dont take it seriously
B i take it seriously. thats why im saying no
""")

c("pressure", """
A/pr everyone else's girlfriend is chill about this stuff
B then go out with everyone else's girlfriend
A lol harsh
A/pr im serious tho. u make it weird
B ur the one making it weird
""")

# trust tests

c("pressure", """
A/pr if u loved me u'd have sent it by now
B love doesnt work like that
A/pr how else am i meant to know u trust me
B by me telling u. like now. i trust u, im still not sending
A/pr so u dont trust me
B im logging off
""")

c("pressure", """
A/pr prove u actually like me then
B prove it how
A/ir u know how. a pic. just for me
B i dont need to prove anything
A/pr then i guess u dont
""")

c("pressure", """
A/pr do u trust me or not
B yeah why
A/ir then send me one like we said
B we never said
A/pr see this is why i cant tell if ur serious about us
B if trust means doing stuff i dont want then no thanks
""")

c("pressure", """
A/pr real ones would send
B real ones wouldnt ask twice
A/pr ok so ur not real
B ok 👍
""")

c("pressure", """
A/pr u said u'd do anything for me
B i said that about the party. not this
A/pr anything means anything
B no it doesnt
""")

# time pressure

c("pressure", """
A/ir send one before i sleep
B nah night
A/pr 10 mins
A/pr 5
B im not doing a countdown with u
A/pr 2 mins 😴
B go to sleep then
""")

c("pressure", """
A/pr u got till the end of lunch to decide
B decide what
A/pr the pic. end of lunch. after that i stop being nice about it
B then stop being nice
""")

c("pressure", """
A/ir need it tonight
B what
A/ir the pic u said maybe to. tonight or never
B never then
A/pr ur actually so annoying
""")

c("pressure", """
A/pr clock's ticking btw
B about what??
A/pr u know about what ⏰
B no i really dont and i dont care
""")

c("pressure", """
A/pr Look, I'm away for half-term on Saturday, so if you're going to send it, it has to be before then.
B I wasn't going to send it.
A/pr You were thinking about it. Don't leave it too late.
B I wasn't. Have a nice holiday.
""")

# teasing: frigid / boring

c("pressure", """
A/ir pic?
B no ta
A/pr,sn ur so frigid honestly
B ok then
A/pr,sn frigid AND boring. great combo
B night
""")

c("pressure", """
A/ir go onnn send one then
B nope, not for u
A/pr boringgggg
A/pr most boring person i talk to tbh
B u dont have to talk to me then
""")

c("pressure", """
A/pr ur such a nun lmao
A/pr like its 2026 relax
B i am relaxed. im also not sending anything
A/pr nun 😇
""")

c("pressure", """
A/ir snd pic
B nah
A/pr,sn frigid
B whatever
A/pr 🥶🥶
""")

c("pressure", """
A/ir so u sending or what
B no, i'm good
A/pr ur no fun. all ur mates are more fun than u
B go chat to them then
A/pr i do 😂
""")

# offers and bargains

c("pressure", """
A/pr ill give u 20 quid for one
B wtf no
A/pr 30
B its not about the money
A/pr everything's about money
B/pc offering money for pics is actually disgusting
""")

c("pressure", """
A/pr send one and ill do ur french homework for a month
B i can do my own french
A/pr and the science
B no deal
""")

c("pressure", """
A/pr i'll send one back so its fair
B i dont want one of urs
A/pr then its fair if u send first
B thats not what fair means
""")

c("pressure", """
A/pr ill get u the skin u want if u send a pic
B the 1500 vbucks one?
A/pr ye. one pic
B ...no actually. thats weird
A/pr its a good deal tho
""")

c("pressure", """
A/pr one pic and i'll stop asking forever. deal?
B u'll stop asking if i say no as well
A/pr will i tho 😂
B wow
""")

c("pressure", """
A/pr ill buy ur prom ticket
B why would u even do that for me
A/ir if u send me something nice 😏
B no. ill buy my own ticket
""")

c("pressure", """
A/pr trade? u send one, i'll tell u who fancies u
B i dont care who fancies me
A/pr u do
B not that much
""")

# pretending to be hurt

c("pressure", """
A/ir send a pic
B no thank u
A/pr wow. that actually hurt
A/pr i feel so stupid for asking now
B u dont have to feel stupid
A/pr then send it and i wont
""")

c("pressure", """
A/pr i cried last night because of u
B because i said no to a pic??
A/pr because u made me feel like i wasnt good enough
B i didnt say anything like that
A/pr u didnt have to
B im not doing this again
""")

c("pressure", """
A/pr fine. i'll just be sad then
A/pr dont worry about me
A/pr no one ever does
B this is a lot for a picture
A/pr its not about the picture
B/pc it obviously is and ur making me feel bad on purpose
""")

c("pressure", """
A/pr im having the worst week and u wont even cheer me up
B i can send u memes
A/pr u know what would actually cheer me up
B memes. final offer
""")

c("pressure", """
A/pr i guess im not worth it to u
B dont be like that
A/pr like what. honest?
B its not about worth. i just dont send stuff like that
A/pr 😔
""")


# persuading via a friend

c("pressure", """
A/pr ur her best mate, tell her to just send it
B no?? why would i
A/pr she listens to u. just say its fine
B its not fine tho
A/pr ur so useless
B/pc ur asking me to pressure my own mate, no chance
""")

c("pressure", """
A/pr can u have a word with ur friend for me
B about what
A/pr she keeps saying no to a pic. tell her im alright, i wont show anyone
B/pc she said no. thats the word
""")

c("pressure", """
A is ur sister still talking to him
B ye why
A he messaged me asking if i can "convince" her to send one
B/pc tell him to get lost
A i will and i'm telling her what he said so she knows
B good. she'd want to know
""")

c("pressure", """
A/pr tell ur mate she's being dead tight
B why
A/pr she wont send me anything. tell her everyone does it
B im not saying that
A/pr some friend u are
""")

c("pressure", """
A/pr babe can u message her and say its normal
B why me
A/pr she'll believe it from a girl
B/pc im not helping u get pics off her, thats grim
A/pr it was a joke, calm down lol
""")

# group pressure

c("pressure", """
A/ir ok she's online. go on then, send it in here
B i'm not sending anything to anyone in here
C/pr we're all waitingggg
D/pr 👀👀👀
C/pr dont leave us hanging
B i'm leaving the chat
E/pc leave her alone all of u
""")

c("pressure", """
A/pr 4 of us in here and ur the only one who hasnt
B hasnt what
A/ir sent a pic to the chat. ur turn
C/pr fr everyone did it
B/pc i dont care what u all did, this chat is weird
D wait what did i miss
""")

c("pressure", """
A/pr the whole gc is waiting for u
B for what
A/pr u know 😏
C/pr hurry up we're bored
B no lol. bye
D/pc yall are so weird, leave it
""")

c("pressure", """
A/pr VOTE: should she send it
C/pr yes
D/pr yes 100%
E idk
A/pr 3 yes, majority wins 😂
B majority doesnt decide what i do
E/pc actually i vote no, this is well out of order
""")

c("pressure", """
A/pr say it. say ur sending it
C/pr sendddd
D/pr send send send
B no. stop spamming
C/pr spam ends when u send
F/pc guys she said no, chill
""")

# two-word / very short pressure

c("pressure", """
A/ir pic pls
B no
A/pr pls
A/pr plsss
A/pr 🥺
B no means no
""")

c("pressure", """
A/ir snap me one
B nty
A/pr come onnn
B nope
A/pr just once
""")

c("pressure", """
A/ir send it
B nahh
A/pr why not
B bc i dont want to, simple as
A/pr no reason then
A/pr send
""")

c("pressure", """
A/ir 📸?
B nope 🙅
A/pr 📸📸
B stop
A/pr 📸📸📸
B blocked
""")

c("pressure", """
A/ir pic
B no x
A/pr y
B cos
A/pr cos what
B cos no
""")

# pressure in full, adult-like sentences

c("pressure", """
A/pr I want to be honest with you. I think you're being unfair about the photo thing.
B I don't think I am.
A/pr I've been patient for weeks, and I've never pushed. I just think a relationship needs some give and take.
B Asking every few days is pushing.
A/pr I'm just explaining how I feel. You can't blame me for that.
B/pc I can blame you for making me feel bad for saying no.
""")

c("pressure", """
A/pr You're mature for your age, which is why I find it strange that you're so nervous about a photo.
B I'm not nervous. I just don't want to.
A/pr Most people your age wouldn't think twice.
B Then ask most people.
""")

c("pressure", """
A/pr Let me put it another way: if you won't do something this small, how can I believe you're serious about me?
B That's not fair.
A/pr Life isn't fair. Think about it and let me know tonight.
B I've thought about it. The answer is no.
""")

# followed by compliance / silence / bystanders

c("pressure", """
A/ir send a pic
B idk
A/pr go on, no one else sees
B ...ok fine
A 😏
B actually no. changed my mind, not doing it
""")

c("pressure", """
A/ir u told me u'd send one tonight
B did i
A/pr yeah. u did. dont go back on it
A/pr hello?
A/pr ignoring me now?
A/pr wow
""")

c("pressure", """
A/ir send me a picture tonight
A/pr dont forget
A/pr oi
A/pr i can see u're online btw
A/pr seen at 21:14. nice
B sorry was helping my mum
A/pr so are u sending
""")

c("pressure", """
A she keeps saying she'll send and then doesnt 🙄
B who
A the girl from the swimming club. she's wasting my time
B/pc maybe she doesnt want to and doesnt know how to say it to u
A/vm its not that deep babe
""")

c("pressure", """
A/pr why r u being like this, u did it for him
B that was different
A/pr how is it different
B i was with him for a year and i regret it anyway
A/pr so send me one and u wont regret it
B that makes literally no sense
""")

c("pressure", """
A/pr its a yes or no question
B no then
A/pr wrong answer try again 😂
B still no
A/pr third time lucky
B nooo
""")

c("pressure", """
A/pr i'll keep asking till u say yes
B then u'll be asking forever
A/pr i've got time
B/pc thats not romantic thats harassment
""")

c("pressure", """
A/ir send one back then
B i never asked for yours
A/pr u opened it though so u owe me one
B i didnt know what it was
B/rp im showing my mum, ur not allowed to just send stuff like that
""")

c("pressure", """
A/pr dont make me beg
B i never asked u to beg
A/pr please please please please please pretty please
B no no no no
""")

c("pressure", """
A/pr r u really gonna make me ask again
B u dont have to ask at all
A/pr i do tho cos u wont just send it
B then stop
""")

c("pressure", """
A/pr ur gonna say yes eventually so why not now
B i'm not
A/pr everyone says no at first, then they send
B/pc "everyone says no at first" is such a creepy thing to say
""")

c("pressure", """
A/pr im not asking for much
A/pr just something to show u care
B i do care. im still not doing that
A/pr not enough apparently
""")

c("pressure", """
A/ir send one of u from the party
B the one everyone's in?
A/ir no one on ur own. something nicer 😉
B no. nothing nicer
A/pr go on its friday
B friday doesnt change anything
""")

c("pressure", """
A/pr u owe me after last night
B nope, i owe u nothing
A/pr i drove all the way to get u
B i said thank u. thats it
""")

c("pressure", """
A/pr all that money i spent on ur birthday and u cant do this one thing
B i didnt ask u to spend money
A/pr nah but u took the present didnt u
B/pc presents arent payment for pics
""")


# ---------------------------------------------------------------------------
# threats: explicit
# ---------------------------------------------------------------------------

c("threat", """
A/ir,th send a pic or i'm telling ur mum u vape
B what?? i dont even vape
A/th she doesnt know that. i'll tell her u do
B thats actually so messed up
A/th ur choice. pic or ur mum gets a message tonight
B/rp ok i'm showing her this chat myself then
""")

c("threat", """
A/th if u dont send it i'm telling the whole school what u said about her
B i didnt say anything that bad
A/th,ex i've got the screenshots. want me to post them?
B/pc thats blackmail
A call it what u want
""")

c("threat", """
A/th,ex do what i say or the screenshots of our chat go in the year gc
B which screenshots
A/th,ex all of them. the stuff u said about ur dad. everything
B please dont
A/th then u know what u've got to do
""")

c("threat", """
A/th say no again and we're done. not just going out. done done. i'll tell everyone why
B tell them what
A/th ill make something up. who are they gonna believe
B/pc ur actually threatening me rn
""")

c("threat", """
A/th if u block me i'll just make another account and tell ur school everything
B there is literally nothing to tell
A/th there will be by the time im done
B/rp im screenshotting this for my head of year
""")

c("threat", """
A/th ur not gonna be friends with any of them by monday
B why tho
A/th because ur ignoring me. and i talk to all of them
B i'm not ignoring u, i just dont want to send that
A/th same thing. enjoy monday
""")

c("threat", """
A/th i will make ur life hell at school if u keep saying no
B/pc u cant talk to people like that
A/th watch me
B/rp fine. im going to sir first thing tomorrow
""")

c("threat", """
A/th send it or i'll batter u at the bus stop
B ur not serious
A/th try me. 3:20 bus stop
B/rp im telling my dad to pick me up and im telling him why
""")

c("threat", """
A/th im gonna tell everyone ur gay if u dont send me a pic
B thats not even a threat, i dont care
A/th u will when ur mum finds out
B/pc outing people to get pics. wow
""")

c("threat", """
A/th,ex unless u send one im posting that video of u crying at the sleepover
B u told me u deleted that ages ago
A/ex lol no. still got it
A/th,ex midnight. or it goes on my story
B/rp im telling my mum. right now
""")

c("threat", """
A/th,ex i want £50 by friday or ur pics go to everyone on ur followers list
B i dont have 50 pound
A/ir,th then get it. or send more and i'll wait
B/rp i'm reporting u and telling my mum
A/se,th do that and they go out tonight
""")

c("threat", """
A/th,ex Pay me what I asked or your family sees the pictures. You've got 24 hours.
B please i'm 14 i cant
A/th Not my problem. Gift card is fine. 24 hours.
B/rp im going to the police with this
""")

c("threat", """
A/th,ex,ir send 2 more or the first one goes to ur school page
B please just leave me alone
A/ex,ir,th i know ur school. i know ur form. send them
B/rp ive blocked u and reported the account
""")

c("threat", """
A/ex,ir,th i've got the pic u sent. i want another one. if u dont i'll send this one to ur dad
B how do u even have my dads number
A/th i have everyone's number. send it
B/rp im telling my dad before u can
""")

c("threat", """
A/th,se tell anyone about this and the whole school sees what u sent
B i wont tell anyone ok
A/th good. keep it like that
""")

c("threat", """
A/th,se if u tell miss i'll know. and ull regret it
B i'm not telling anyone
A/th,se u better not. remember what i've got
""")

# veiled

c("threat", """
A/th would be a shame if ur mum saw what u said in here
B what do u mean by that
A/th nothing. just saying. would be a shame
B/pc that sounds like a threat
A/th its a suggestion 😇
""")

c("threat", """
A/th,ex remember what i have
B remember what??
A/th,ex u know what. the pics from summer. i'd be nicer to me if i were u
B/pc ur being creepy
""")

c("threat", """
A/th u know what happens if u say no again
B no i dont
A/th u will 🙂
B/rp ok im showing my form tutor this
""")

c("threat", """
A/th funny how people who ignore me always end up having a bad week
B ?
A/th just an observation 🤷
B/pc that's a threat and u know it
""")

c("threat", """
A/th,ex be a shame if that video ended up somewhere
B ur joking
A/th am i
B please dont
A/th send me one and i wont have to find out
""")

c("threat", """
A/th i'd hate for ur new mates to find out what u used to be like
B what does that even mean
A/th,ex i kept ur old messages 🙂 all of them
B/pc holding old messages over someone is so low
A/th we'll see how low 🙂
""")

c("threat", """
A/th i know ur address btw
B what's that meant to mean
A/th no reason. just so u know
B/rp reported and blocked. and im telling my mum
""")

c("threat", """
A/th careful
B of what
A/th of who u say no to
B wow ok
""")

c("threat", """
A/th,ex u should probably be nicer to me considering what's in my camera roll
B/pc u cant hold that over me
A/th can and will
""")

c("threat", """
A/ir send one tonight
B nah
A/th,ex hope u remember who has ur pics when ur deciding whether to reply
B/rp screenshotted that. going to pastoral first thing
""")

c("threat", """
A/th,ex I wonder what your new boyfriend would think of those photos.
B Don't.
A/th Then come and talk to me properly. You know what I want.
B/rp No. I'm going to the DSL tomorrow with everything you've sent.
""")

# threats as jokes that are not jokes

c("threat", """
A/th send a pic or ur dead 😂😂
B lol
A/th im not joking tho. send it
B ur literally joking
A/th,ex am i? send it or ur old pic goes in the gc
B/pc wow ok. not funny
A/vm jokes jokes relax
""")

c("threat", """
A/th jk but like, if u dont send i'll tell ur mum about the party 😂
B jk?? 
A/th half jk
B/pc the half that isnt a joke is blackmail
""")

c("threat", """
A/th,ex posting ur pic at 8 😂 unless
B unless what
A/ir unless u send a better one 😂😂
B thats not funny
A/vm omg its banter
C/pc its not banter if she has to do something to stop it
""")

c("threat", """
A/th "accidentally" sending ur screenshots to the gc in 3...2...
B dont
A/th 1... lol. ur face. send me something then and i wont
B/rp ok im reporting u
""")

c("threat", """
A/th lol imagine if i showed everyone what u told me about ur crush
B u wouldnt
A/th wouldnt i 😂 depends how nice u are to me
B/pc ur such a bad friend
""")

# threats to end friendship / exclude

c("threat", """
A/th if u dont send it to him we're not friends anymore
B why do u even care who i send stuff to
A/th because he asked me to sort it. so sort it or ur out
B/pc real friends dont do that
""")

c("threat", """
A/th either u do it or ur out of the group
B do what
A/ir send the pic to the boys gc like the rest of us did
B i'm not doing that. ever
A/th then ur out. and everyone will know why
D/pc what?? thats well out of order
""")

c("threat", """
A/th i'll tell them all ur the one who grassed unless u send it
B i didnt grass
A/th doesnt matter. they'll all believe me over u
B/rp i'm going to mr tomorrow, this isnt ok
""")

# sextortion in everyday words

c("threat", """
A/th,ex nice pic. now pay or ur followers see it
B who is this
A/th £100. gift card. u have an hour
B wait please
A/th 59 mins
""")

c("threat", """
A/th,ex ur whole contact list is getting this in 30 mins
B please i'll do anything else
A/th,ir anything? send another
B/rp no. im telling my mum and reporting u
""")

c("threat", """
A/th i can make ur life very difficult
B i dont even know who u are
A/th,ex i know who u are. i have ur pic. i have ur school. pay
B/rp blocking and reporting. and my dad's calling the police
""")

c("threat", """
A/th,ex ive already made the group with ur mum and ur friends in it
A/th,ex one click
B please dont
A/th then we understand each other. 50 by tonight
""")


# threats outside image requests: bullying, control, "go on then, tell miss"

c("threat", """
A/th walk past my table again and see what happens
B its the only way to the bins
A/th find another way then
B/rp ok sir's literally right there, im telling him
A lol go on then, tell sir
B i did. he's coming over
""")

c("threat", """
A u told miss about the gc didnt u
B so what if i did
A/th,se grass. watch ur back on monday
B/rp and now im telling her about this too
""")

c("threat", """
A/th ur gonna regret showing ur mum that chat
B i dont regret it
A/th u will
C/pc stop messaging her, she did the right thing
""")

c("threat", """
A go on then, tell miss
A see if i care
B i will
A ok 👍
""")

c("threat", """
A/th,se go on then tell miss. see what happens after
B/rp i'm telling her AND showing her that message
A/vm it was a joke u muppet
""")

c("threat", """
A/sn ur such a tramp
B/rp stop it or i'm reporting u
A go on then, report me lol. they never do anything
B/rp done. reported on the app and sent it to my head of year
""")

c("threat", """
A tell ur mummy then 😂
A/th,se but if u do, everyone finds out what u sent
B i havent sent anything
A/th,ex they dont know that tho 🙂
B/pc making stuff up to stop me telling, class
""")

c("threat", """
A/th i'll make sure no one sits with u at lunch ever again
B over a pic??
A/th over u being stuck up
C/ps u can sit with us, ignore her
""")

c("threat", """
A/th if ur not at the park at 8 im coming to ur house
B i'm not allowed out
A/th then i'll knock. ur mum can answer
B/rp im telling my mum right now
""")

c("threat", """
A/th u've got til tomorrow to delete that post or i'll make u
B its a post about my dog
A/th and im in the back of it looking stupid. delete it
B ok ok deleted, chill
""")

c("threat", """
A/th keep talking to him and i'll tell everyone what u did at the party
B nothing happened at the party
A/th doesnt matter what happened. matters what i say happened
B/pc ur literally threatening to spread lies
""")

c("threat", """
A/th ur phone's gonna be checked at break by me. if there's anything from him ur done
B its my phone
A/th not if ur going out with me
B/pc checking my phone isnt ok
""")

c("threat", """
A/th if u go to the party without me dont bother coming back
B i'm only going for an hour
A/ex,th then we're finished. and i'll tell everyone what u sent me
B ok then. we're finished
""")

c("threat", """
A/th,ex go near my ex and ur video gets out
B what video
A/th,ex the one from the bus. i kept it
B/rp im showing my head of year the messages tomorrow
""")

c("threat", """
A/th ur getting jumped after school
B for WHAT
A/th u know what for
B/rp im telling reception and my mum is collecting me
""")

c("threat", """
A/ex,th if u dont give me ur login i'll post ur diary page
B how do u have that
A/th,ex took a pic of it at the sleepover
B/pc thats such a violation
A/th login. now.
""")

c("threat", """
A/th i'll hurt myself if u leave me
B please dont say that
A/th,pr then dont leave. and send me the pic u promised
B/pc thats not fair, u cant put that on me
B/rp im telling my mum, and i'm telling her u said that so someone can help u
""")

c("threat", """
A/th every single person in ur year will hate u by friday
B why are u doing this to me
A/th because u made me look stupid. so now its my turn
B/rp ive got all this saved. going to pastoral
""")

c("threat", """
A/th I don't think you understand how easy it would be for me to ruin things for you.
B What are you talking about?
A/th,ex I have the messages. I have the pictures. One email to your school.
B/rp I've told my parents. They're reading this now.
""")

c("threat", """
A/ex,th dont make me screenshot ur texts and send them to ur dad
B what texts
A/th,ex the ones about sneaking out. i saved them all
B u cant just do that
A/th then send what i asked
""")

c("threat", """
A/th if i see u with him again there'll be trouble
B hes my lab partner
A/th dont care. move seats or ill move u
B i'm not moving
""")

c("threat", """
A/th,ex cute selfie. would be a shame if someone edited it into something else 😬
B what does that even mean
A/ex,ir,th there's apps for that. unless u send a real one
B/rp im telling a teacher and reporting ur account
""")

c("threat", """
A/th this is ur last warning
B warning about what
A/ex,th talk to me properly or everyone sees our chat
B/pc u cant use our chat against me
A/th,ex watch. first screenshot goes up in an hour
""")

c("threat", """
A/th,ex i'll send ur mum the chat where u said u hate her
B i said that when i was angry
A/th she wont care why. do what i said
B/rp ok i'm telling her myself, tonight
""")

c("threat", """
A/th we know where u live now btw x
C/th 😂😂 and ur little brother's school
B why would u bring my brother into it
A/th just saying. be nice and nothing happens
D/pc thats sick, leave her family out of it
D/rp im showing my mum this gc
""")

c("threat", """
A/th u better come to mine tonight or else
B or else what
A/th or else u'll find out
B i'm not coming over
A/th ur funeral
""")


# ---------------------------------------------------------------------------
# harmless twins of threats and pressure (all [])
# ---------------------------------------------------------------------------

c("twin", """
A i'll kill u if u spoil the film
B i would NEVER
B ...the dog dies tho
A I SAID DONT
B jk jk the dog is fine
""")

c("twin", """
A if u tell me who wins bake off i'm blocking u
B lips sealed
A ur on thin ice
B 🤐
""")

c("twin", """
A we're gonna destroy them on saturday
B their keeper is shocking
A they're getting battered 5-0
B stop before u jinx it
""")

c("twin", """
A ur dead in the next round
B come on then
A no mercy. ur getting sniped from spawn
B big talk for someone on 2 kills
""")

c("twin", """
A if u eat my yoghurt again i'm telling mum
B it had no name on it
A IT HAD MY NAME ON IT IN SHARPIE
B ...it said "do not eat" which isnt a name
A mum's home at 6. ur finished
""")

c("twin", """
A send me the homework or i'll cry
B lol dramatic
A genuinely i will cry. its due at 9
B fine. sending. u owe me a twix
""")

c("twin", """
A Homework is due Friday, no extensions. If it isn't in, it's a detention.
B Miss, what if the printer breaks?
A Then email it. Friday.
C she's not messing this time
""")

c("twin", """
A coach says if we're late again we're doing laps till we puke
B he says that every week
A he did it last week tho
B ok i'll be early
""")

c("twin", """
A last warning: whoever keeps taking my charger is getting their phone thrown in the pond
B wasnt me
C wasnt me either 👀
A C it says C on the lockscreen of the phone its plugged into
C ok it was me
""")

c("twin", """
A remember what i have
B what?
A ur fifa controller. since march
B OH. i've been looking everywhere
A 2 quid rental fee per month 😂
""")

c("twin", """
A u know what happens if u lose this game
B what
A u buy the chips
B deal. prepare to buy chips
""")

c("twin", """
A would be a shame if someone ate the last brownie
B dont u dare
A mmm
B i'm coming downstairs
""")

c("twin", """
A i'm gonna tell everyone
B tell them what
A that u got 100% on the test, ur a genius and ur too modest
B stop 😭
""")

c("twin", """
A if u dont come to my party i'll never speak to u again, i mean it
B obviously im coming
A good. bring crisps
""")

c("twin", """
A ur not leaving until u say the new album is good
B its fine
A FINE?? get out of my house
B lmao
""")

c("twin", """
A my sister said she's posting the video of me falling off the trampoline
B lmao send it to me first
A no!! she's blackmailing me into doing the dishes
B honestly fair trade
""")

c("twin", """
A Reminder: the deadline for coursework is Friday 4pm. After that it won't be marked.
B Sir can we hand it in on paper?
A Paper or online, either is fine.
""")

c("twin", """
A one more word about my haircut and ur getting a dead arm
B its a lovely haircut
A thank u
B for a hedge
A right thats it
""")

c("twin", """
A if u leave me on read one more time i'm unfollowing u 😤
B soz i was at swimming
A forgiven. how'd it go
B got a PB!!
""")

c("twin", """
A ur getting absolutely smashed in the debate tomorrow
B we'll see. we've got stats
A stats wont save u
B cya at 10
""")

c("twin", """
A "be a shame if ur chair went missing" - my brother, before he stole my chair
B lmao where is it
A in the garden. in the rain
B iconic
""")

c("twin", """
A bet u wont do the ice bucket thing
B bet i will
A tonight. or u owe me a fiver
B film it for me then
""")

c("twin", """
A mum says if we dont tidy our room by 5 no wifi for the weekend
B she says that every time
A she unplugged the router last time
B ok im tidying
""")

c("twin", """
A u've got 10 mins to get down here or we're leaving without u
B putting shoes on
A 9 mins
B COMING
""")

c("twin", """
A if u dont vote for my poster i'll haunt u
B its between urs and the one with the cat
A vote for mine or else 👻
B fine fine
""")

c("twin", """
A ha, i know exactly where u live
B obviously, ur my next door neighbour
A ur parcel's at mine again
B omg sorry, coming round
""")

c("twin", """
A screenshot this so u remember: u said i was right about the chemistry answer
B i hate that i have to admit it
A screenshotted. forever
""")

c("twin", """
A do the dishes or i'm telling dad u broke the remote
B u broke the remote
A prove it 😂
B ur so annoying
""")

c("twin", """
A yr 9 netball: anyone not at training thursday is off the team for the tournament
B is that miss's rule?
A yep, she said it in the email
C i'll be there
""")

c("twin", """
A ur gonna get it when i see u
B what did i do??
A u told my mum about my new piercing before i did 😭
B it was an accident i swear!!!
""")

c("twin", """
A give me back my hoodie or i'm posting that pic of u asleep on the coach 😂
B the one with the crisps on my face??
A that's the one
B returning the hoodie tomorrow, i swear
""")

c("twin", """
A if ur not ready at 7 i'm leaving without u
B the bus goes at 7:20
A i like to be early. 7 or i go
""")

c("twin", """
A i'm going to end u at chess
B u havent won once
A today is the day
B 🐴 knight to e5. already winning
""")

c("twin", """
A u touch my lego castle and i'll tell mum
B i would never touch ur castle
A ur little fingerprints are on the drawbridge
B that was the cat
""")

c("twin", """
A cheer for my team or ur uninvited from my birthday
B i'm wearing ur colours, calm down
A good. go
""")

c("twin", """
A last chance to get ur tickets for the show!! 2 left
B do u still have the front ones
A no sorry, back row only
B go on then, 2 please
""")

c("twin", """
A it'd be a shame if u didnt revise for this test and failed 😇
B ok mum
A i'm just saying. the test is tomorrow
B i revised!! a bit
""")

c("twin", """
A ur getting a detention if u dont bring the permission slip
B who said
A sir. he told the whole class
B i'll get my dad to sign it tonight
""")

c("twin", """
A send the photo from the match or i'm never lending u my boots again
B ok chill its sending
A the one of the goal
B ye got it, sent
""")

c("twin", """
A everyone's waiting for u
B where
A at the cinema?? it starts in 5
B on the bus!! save me a seat
""")

c("twin", """
A we're all waiting
B for what exactly
A the quiz team name. u said u'd pick one
B "the quizzly bears"
A perfect
""")

c("twin", """
A go on, just one
B one what
A one more song at karaoke pleaseee
B one. then home
""")

c("twin", """
A u owe me
B what for
A i covered ur paper round on sunday
B true. i'll do ur thursday one
""")

c("twin", """
A if u loved me u'd come to the pantomime with me
B i'd do anything for u but that
A it has a dame and everything
B ok fine. but u're buying sweets
""")

c("twin", """
A after everything i did for u, u ate my last jaffa cake
B it was calling to me
A betrayal
B i'll buy u a whole box
""")

c("twin", """
A other schools get a non uniform day every month
B ours gets one a year
A we should complain to the school council
B i'll write it up
""")

c("twin", """
A ur so boring, it's one ride
B its the one that goes upside down
A ur so boring 😂 come on
B fine but if i'm sick its on u
""")

c("twin", """
A i'll give u 2 quid for ur chips
B 3
A 2.50
B deal
""")

c("twin", """
A clock's ticking
B what for
A the match form. sir needs it by 3
B its in my bag, will bring it now
""")

c("twin", """
A u got til friday
B to do what
A to tell me what u want for ur birthday, or u're getting socks
B socks are actually fine
""")

c("twin", """
A lad ur dead
B why, what happened
A u scored an own goal in the last minute
B i know. dont
""")

c("twin", """
A ill batter u at table tennis at lunch
B ur on
A loser buys the shortbread
""")


# ---------------------------------------------------------------------------
# "report", "tell", "block", "screenshot", "teacher", "police", "mum" without a protective act
# ---------------------------------------------------------------------------

c("report-neg", """
A reports come out tomorrow 😬
B mine's gonna say "chatty" again
A mine says "could try harder" every single year
B they copy paste it i swear
""")

c("report-neg", """
A did ur school report come
B yeah my mum read it out at tea
A how bad
B she liked the art bit. not the maths bit
""")

c("report-neg", """
A i got a 5 for effort in my report!!
B whats the top
A 5
B LETS GOOO
""")

c("report-neg", """
A how do u report a bug in this game
B theres a report button somewhere in settings
A found it. the bridge keeps making me fall through the map
B lol same, happened to me yesterday
""")

c("report-neg", """
A reported my bag missing at reception
B the blue one?
A yeah, with my PE kit in it
B check lost property on the way out, i saw a blue bag there
A it was there!! legend
""")

c("report-neg", """
A mrs told the whole class the trip's cancelled
B noooo why
A not enough people paid
B i literally paid on the first day
""")

c("report-neg", """
A i told u so
B shut up
A i TOLD u the bus would be late
B ok ok u were right
""")

c("report-neg", """
A tell me when ur home
B will do
B home 🏠
A good, night x
""")

c("report-neg", """
A who told everyone i fancy him
B i think it was her from the netball team
A how would she even know
B she heard u in the lunch queue lol
A i want to disappear
""")

c("report-neg", """
A omg guess who told sir about the cheating in the quiz
B who was it
A nobody! he just saw the answers on her hand 😂
B iconic
""")

c("report-neg", """
A did u see the police were at the shops last night
B ye someone said a car got broken into
A my mum was well worried
B it was a stolen bike apparently
""")

c("report-neg", """
A there was a thing on the news about police doing school talks
B they came to ours last year
A was it boring
B kinda. the sniffer dog was good tho
""")

c("report-neg", """
A my mum told me off for leaving the oven on
B again?
A it was ONE time
B it was three whole times
""")

c("report-neg", """
A sir told us off for laughing in assembly
B what were u all laughing at
A the mic feedback was so loud
B fair, i heard it from the corridor
""")

c("report-neg", """
A i blocked that account that keeps posting spoilers
B which one
A the football one. it posts the scores before i've watched it
B smart
""")

c("report-neg", """
A screenshot the timetable for me pls
B sent
A u're a star
""")

c("report-neg", """
A did u screenshot the homework off the board
B ye here
A omg whose handwriting is that
B sir's 😭
""")

c("report-neg", """
A my lab report is 3 pages and its meant to be 6
B add a diagram
A i've added 4 diagrams
B add a fifth
""")

c("report-neg", """
A we have to do a news report for english
B on what
A anything local. i'm doing the new skatepark
B do the swans in the park, they chase people
""")

c("report-neg", """
A i reported the pothole on the council website
B the one near the chippy?
A yeah. my bike nearly went in it
B about time someone did
""")

c("report-neg", """
A i need to tell u something
B ??
A i got the part in the play!!!
B AHHHH
""")

c("report-neg", """
A ok dont tell anyone but
A i'm dyeing my hair purple this weekend
B ur mum will kill u
A she's paying for it
""")

c("report-neg", """
A the teacher told us to bring in a baby photo
B whyyy
A for the year 11 board thing
B i was an ugly baby tbh
""")

c("report-neg", """
A mum says tell her when ur outside and she'll let u in
B ok 2 mins
B outside
""")

c("report-neg", """
A did u tell ur mum about the school trip
B yeah she signed the form
A mine's still in my bag 😬
""")

c("report-neg", """
A he told me he's moving to a different school
B no way, where's he going
A somewhere near his nan's
B ah sad, he was dead funny
""")

c("report-neg", """
A can u tell miss i'm gonna be late, dentist
B ye no worries
A thank uuu
""")

c("report-neg", """
A who snitched about the water fight
B no one, the cameras caught it
A cameras?? since when
B since always apparently
""")

c("report-neg", """
A blocked the shot and got player of the match 💪
B keeper of the season
A tell my mum that, she missed it
""")

c("report-neg", """
A netball was mad. i blocked like 6 passes
B wing defence queen
A stop 😂
""")

c("report-neg", """
A the road's blocked off by the roadworks
B ugh so we have to walk round
A yeah, leave 10 mins early
""")

c("report-neg", """
A i reported that the projector's broken
B to who
A the IT office. they said thursday
B so no film in history then
""")

c("report-neg", """
A my dad reported our car stolen and it was just parked on the other street
B NOOO
A the police officer was laughing at him
B i would be too
""")

c("report-neg", """
A we're doing a book report on the one about the boy and the whale
B did u finish it
A i read the back and the last page
B thats a report in itself
""")

c("report-neg", """
A my brother told on me for staying up
B snake
A i told on him for eating my easter egg so its even
""")

c("report-neg", """
A the teacher reads the weather report out every morning in geography
B why would she
A she loves clouds
B valid
""")

c("report-neg", """
A tell ur mum thanks for the lift
B will do, she said ur welcome anytime
A she's the best driver, didnt even stall on the hill
""")

c("report-neg", """
A police came in to talk about bikes and helmets
B did they do the stopping distance thing
A ye with the egg
B the egg always breaks
""")

c("report-neg", """
A i'm gonna tell u a secret
B go on
A i actually like the school dinners
B thats not a secret thats a crime
""")

c("report-neg", """
A mrs said she's reporting back to our parents at parents evening
B about what
A "progress". whatever that means
B means ur chatting too much
""")

c("report-neg", """
A i told my mum i'd be home at 9
B its 9:10
A running!!!
""")

c("report-neg", """
A screenshot of my score, beat that
B 42000?? how
A skill
B hacks
""")

c("report-neg", """
A the teacher told us the answers were wrong in the textbook
B so we all got it wrong because of the book
A basically
B can we sue
""")

c("report-neg", """
A someone reported the vending machine for eating coins
B finally. it took 80p off me
A they're fixing it friday
""")

c("report-neg", """
A block capitals on the form pls
B whyyy
A the office said they cant read joined up
""")

c("report-neg", """
A ur mum told my mum we were out late
B i didnt know she knew
A mums know everything
B terrifying
""")

c("report-neg", """
A did u hear who told the head about the leak in the science block
B the caretaker?
A a year 7. water was dripping on her head
B poor kid
""")

c("report-neg", """
A i screenshotted ur message so i remember the bus times
B lol fair, i'll forget too
A the 7:52 is the one, not the 8:05
""")

c("report-neg", """
A Sixth form: please report to the hall at 9:15 for the UCAS talk.
B Do we need to bring anything?
A Just a pen and your personal statement draft.
""")

c("report-neg", """
A everyone has to report to the sports hall for the fire drill photo
B in the rain??
A apparently
""")

c("report-neg", """
A my mum blocked me from the fridge till i do my revision
B harsh
A she put a padlock on the biscuits
B thats actually funny
""")

c("report-neg", """
A tell me ur honest opinion on my essay
B honestly? the intro is great. the end just stops
A yeah i ran out of time
""")

c("report-neg", """
A i told him i'm not coming to the party. i'm knackered
B fair, u worked all weekend
A he said "boring" lol
B he says that to everyone
""")

c("report-neg", """
A did u report ur lost phone to the police?
B mum did, for the insurance
A hope it turns up
B it was in the sofa 🙃
""")

c("report-neg", """
A "in the lesson today they told us u should tell an adult if someone sends u something weird"
B yeah we had that one too
A the video was so cringe
B the acting 😭
""")

c("report-neg", """
A would u tell a teacher if u saw someone cheating
B depends on the test tbh
A the mocks?
B nah i'd mind my own business
""")

c("report-neg", """
A sir said he's telling our parents about the bake sale money
B good or bad
A good!! we raised 300 quid
B oh nice
""")

c("report-neg", """
A who told her about the party
B not me!!!
A she literally knows. she bought a dress
B maybe she guessed
""")

c("report-neg", """
A my nan told the whole family i got into college
B aw cute
A she put it on the family whatsapp with 40 emojis
""")

c("report-neg", """
A did u hear the police caught the lads who nicked the charity box
B from the corner shop?
A yeah. they were on the news
B good
""")

c("report-neg", """
A ngl i told u that film would be rubbish
B u did
A and i'm telling u the sequel's worse
""")

c("report-neg", """
A blocked my own number trying to set up the new phone lol
B how
A dont ask
""")

c("report-neg", """
A we're having an inspector in tomorrow so teachers told everyone to tuck shirts in
B mine doesnt tuck
A safety pins babes
""")

c("report-neg", """
A Headteacher's newsletter says the police liaison officer is visiting on Tuesday.
B For what?
A Road safety for Year 7, I think.
""")

c("report-neg", """
A u reported me for being offside 3 times in 5 mins
B because u were offside 3 times in 5 mins
A ref was blind
""")

c("report-neg", """
A my mum made me tell the neighbour i kicked the ball over
B and?
A she gave it back and a bag of sweets
B result
""")

c("report-neg", """
A tell sir the projector needs a new bulb
B i'll tell him next lesson
A he'll say "tell the technician"
""")

c("report-neg", """
A can u screenshot ur shopping list, i'm going to the big supermarket
B ha sent. get the crumpets
A crumpets acquired
""")

c("report-neg", """
A the police car outside school was only there for the lollipop lady's retirement
B no wayyy
A they had a cake
B cutest thing ever
""")

c("report-neg", """
A i told u i'd beat u at mario kart
B u were on easy mode
A excuses
""")

c("report-neg", """
A form tutor told us we're getting new lockers
B finally, mine hasnt shut since year 8
A mine smells of old banana
""")

c("report-neg", """
A mum's gonna ask if i told u about sunday
B tell me what
A ur invited for dinner!! she's doing a roast
B say yes from me obviously
""")

c("report-neg", """
A the year 8 reports said i "need to take more responsibility"
B for doing what
A no idea, i'm very responsible
B u lost ur blazer twice this week
""")


# ---------------------------------------------------------------------------
# protective: reporting now or urging, next to talk about reporting that is not (mixed gold)
# ---------------------------------------------------------------------------

c("protective", """
A he keeps saying i owe him a pic because he bought me stuff
B/pc u dont owe him anything. gifts arent a contract
A/ph should i tell someone or am i overreacting
B/rp ur not overreacting. tell ur mum tonight, or i'll come with u to miss tomorrow
A ok. tomorrow
B proud of u for saying something to me at least
""")

c("protective", """
A update
A/rp i told my head of year everything. showed her the screenshots
B omg how did it go
A she was actually really nice. she's calling his parents
B ur so much braver than u think
""")

c("protective", """
A she says if i dont send it she's telling everyone i'm a liar
A/ph what do i do
B/ps first, ur not a liar and we all know that
B/rp screenshot everything she's said and tell a teacher. dont reply to her
A/rp screenshotting now
""")

c("protective", """
A/ph my friend's bf keeps pressuring her for pics, she says its normal. is it??
B/pc no its not normal, pressure isnt normal
B/rp she could talk to the school nurse or childline if she doesnt want to tell a teacher
A/rp ok i'll send her the childline number and tell her i'll go with her
""")

c("protective", """
A guess what
B what is it
A/rp i blocked him. and reported his account for harassment
B finally!!! ur free
A it feels weird but good
""")

c("protective", """
A/rp mum i need to show u something. someone's been threatening me online
B Thank you for telling me, love. Show me now.
B/ps You're not in trouble. Whatever it is, we'll sort it together.
A/rp its this account. he says he'll post my pic unless i pay
B/rp Don't pay and don't reply. I'm calling the police and we'll report the account.
""")

c("protective", """
A miss can i talk to u after the lesson
B Of course. Is everything alright?
A/rp theres a group chat where theyre making a girl in our form send stuff and threatening her
B Thank you for telling me. You've done the right thing.
B/rp I'll pass this on to the safeguarding lead today.
""")

c("protective", """
A he said "u know what happens if u tell anyone"
B/pc thats a threat. a proper one
A/ph i'm scared. who do i even go to
B/rp pastoral. tomorrow at 8:30, i'll wait with u. and tell ur dad tonight
A ok. tomorrow then
B/ps u're not on ur own with this
""")

c("protective", """
A/ph is it blackmail if someone says they'll screenshot our chat and send it to my mum unless i send a pic?
B/pc yes. 100% yes
B/rp dont send anything. keep the messages and tell an adult today
A/rp i'll tell my sister, she'll know what to do
B/ps good. ur doing nothing wrong
""")

c("protective", """
A/rp reported the gc to the app
B which gc
A the one where they were all going "we're waiting" at her
B oh yeah i left that
A/rp and i told miss at break so she knows
""")

c("protective", """
A/rp keep messaging me and this goes to mr
B go on then
A/rp sent to him. screenshots and all
B wait wtf u actually did it
""")

c("protective", """
A/rp i'm going to tell my mum about the guy from the game
B good. the one who offered u skins?
A yeah. he keeps asking for pics of me
B/ps u did nothing wrong just by talking to him
B/rp and report him in the game too, theres a button
""")

c("protective", """
A/ph my ex has my old pics and says he'll share them if i dont get back with him
B/ps omg i'm so sorry, thats horrible
B/rp theres Report Remove, the childline thing, it can get them taken down. and tell ur mum
A/ph will i get in trouble for it?
B/ps no. u're the one being threatened. u're not in trouble
""")

c("protective", """
A/pc yo leave her alone, she said no twice
B stay out of it
A/rp nah. i'm screenshotting this for sir
B snitch
A/pc better a snitch than a creep
""")

c("protective", """
A he's doing the "if u loved me" thing again
B/pc thats manipulation babe
A/ph i know but how do i say no without him getting upset
B/ps u can just say no. his upset is his problem
B/rp and if he keeps on, we tell someone. i'll come with u
""")

c("protective", """
A/ph how do i report someone on snapchat
B hold down on their name, then report
A/rp done. blocked too
B/ps good. u ok?
A ye just shaky
""")

c("protective", """
A she keeps saying "other girls would" and i feel like a baby
B/ps ur not a baby for knowing what u want
B/pc and "other girls would" is pressure, literally textbook
A ty. needed to hear that
""")

c("protective", """
A the boys in my form are saying they'll make my life hard if i dont "sort it"
B sort what
A send a pic to one of them. they keep saying everyone's waiting
B/pc thats vile
B/rp u need to tell someone today. form tutor, head of year, anyone. i'll come
A/rp ok. lunch. come with me
""")

c("protective", """
A/rp dad can u help, someone's sending me threats on insta
B Let me see.
B/rp Right. We're screenshotting these, reporting the account and blocking. Then I'll ring the school.
A/ph what if they make another account
B/ps Then we report that one too. You've done nothing wrong.
""")

c("protective", """
A/pc stop asking her. she said no. it's not a game
B its only a laugh
A/rp its not, and i'm going to miss with this if u carry on
B fine whatever
""")

c("protective", """
A/ph someone is saying they'll post a video of my sister unless she pays them, what do we do
B/rp dont pay. tell ur parents right now and report the account. the police take this seriously
A/rp telling my mum now
B/ps she didnt do anything wrong, tell her that from me
""")

c("protective", """
A/rp i told my mum about the threats
B how did she take it
A better than i thought. she's emailing school
B thats good
""")

c("protective", """
A/rp going to the police station with my dad after school
B about the messages?
A yeah. they said to bring my phone
B u've got this
""")

c("protective", """
A/ph my mate's being told by her bf "u have till friday or we're done". should i say something to someone?
B/rp yes. talk to her first, then a teacher she trusts
B/pc and "till friday or we're done" is a control thing, not a relationship thing
""")

c("protective", """
A/rp urgh. just reported the account pretending to be her
B the one posting her selfies with captions?
A that one. and i sent the link to her mum
B she'll be glad u did
""")

c("protective", """
A/rp i've screenshotted the lot and i'm showing them to my head of year at 8
B the threats?
A yeah. "u know what happens" and all that
B/rp good, and tell ur parents tonight so they know before the school rings
""")

c("protective", """
A/ph idk if it counts as a threat. he said "would be a shame if ur mum saw our chat"
B/pc it counts
B/rp tell ur mum before he can. then he's got nothing
A/rp ok im going downstairs now
""")

c("protective", """
A/ph am i overreacting. he said if i dont send it he'll tell everyone i did anyway
B/ps no. that's horrible and u're not overreacting
B/rp tell someone at school. also report him on the app
A/rp ok. going to miss tomorrow
""")

c("protective", """
A/pc guys stop the "we're all waiting" thing. it's not funny, she's upset
B we're only joking
A/rp well i've told her to screenshot it for sir if u keep going
C fine fine we'll stop
""")

c("protective", """
A/ps i saw what he said to u in the gc. u ok?
B not really
A/ps u did nothing wrong. he's the one being weird
A/rp want me to come to pastoral with u tomorrow?
B yeah please
""")


# ---------------------------------------------------------------------------
# mixed: ordinary chat that turns, longer group chats, regional voices
# ---------------------------------------------------------------------------

c("mixed", """
A who's going to the year 11 leavers do
B me obvs
C depends if my dad lets me
A ur dad's soft, he'll let u
D what are we wearing
B smart casual apparently
A/ir D send a pic when u get the dress 😏
D ill send it in the gc with the rest lol
A/ir nah just to me. on u
D no ta
A/pr why is everyone so tight in this chat
C/pc ur being weird mate, leave it
""")

c("mixed", """
A revision group tonight?
B yes pls i dont get osmosis
C i'll bring my notes
A/pr B u still owe me that pic btw
B what pic
A/pr dont play dumb, u said after the exam
B i never said that and why are u bringing it up in here
C/pc ??? what is this. can we do osmosis please
A/vm relax, joke
""")

c("mixed", """
A lads footy at 5
B in
C in
D cant, grounded
A what for
D my mum found out i bunked
B/th,ex lol D wait til she finds out the other thing. i've still got the vid 😂
D dont even joke
B/th i'm not joking, u owe me 20 and i'm not waiting forever
C/pc B that's actually out of order
A can we just play football
""")

c("mixed", """
A anyone got a spare pen for the exam
B i've got loads
A legend
C/ir B while ur being helpful send me that pic from friday
B the one at the bowling?
C/ir no. the one u said u'd send when u were on ur own
B i didnt say that
C/pr u did, u just dont remember 😏
D/pc C why are u being so weird
""")

c("mixed", """
A Right lads, who's doing the kit wash this week?
B Not me, I did it last time.
C I'll do it if someone brings the bags to mine.
A Sound. Cheers our kid.
B/pr Also, has your sister answered me yet? Tell her to stop being dead boring and send it.
C Mate, she's 14 and she said no. Leave her.
B/pr She'll come round. Tell her everyone does it.
C/pc,rp I'm not telling her anything. Message her again and I'll tell me mam.
""")

c("mixed", """
A yr 10 geog trip: remember packed lunch and a waterproof
B is it gonna rain
A it's the coast in march so yes
C/pr,th lol tell E she has to send the pic before the trip or she's not sitting with us
D/pc C what is wrong with u
C/pr what? we all did it
E i'm not sending anything. i'll sit with D
D/ps course u can
""")

c("mixed", """
A did anyone do the chemistry questions
B i did half
C the moles ones are impossible
A/ir swap? i'll send u my answers if u send me a pic of u 😂
B pass
A/pr it was a joke... unless 👀
B/pc u make these "jokes" every day
C lets just all do the moles together on call
""")

c("mixed", """
A hiya pet, you coming to the fair?
B aye, if me mam gives us money
A/ir ha! send us a pic of what ye wearing first
B whit for
A/ir just us. on ya own
B ew no
A/pr dinnae be like that, it's only a bit of fun
B it's not fun to me. get one from someone else
""")

c("mixed", """
A la r u coming to the match
B ye defo, our kid's got tickets
A boss
C/pr yo B tell ur cousin she's being tight. she wont send me nothin
B she's 13 lad. pack it in
C/pr age is just a number innit
B/pc no it isnt. weirdo
D/pc,rp C i'm screenshotting that for sir, u cant say stuff like that
""")

c("mixed", """
A who wants to do the school disco committee
B me!!!
C me but only for the playlist
A C if u put that one song on again i'll kill u
C i'll put it on twice
A lol
D/ir anyway F send me a pic before the disco so i know what ur wearing 😏
F ill wear clothes
D/pr dont be boring
F ok boring it is
""")

c("mixed", """
A right its 10, is anyone actually doing the english
B i'm doing it now
C/pr ok but whos getting H to send the pic. we said tonight
D/pr ye we're all waiting
B what pic
C/pr the one she promised the boys. everyone's waiting on it
B she never promised that
E/pc leave her out of it, u're all being grim
D/vm its bants
""")

c("mixed", """
A movie night at mine sat?
B what are we watching
A the new horror one
C i'll scream i'm warning u
A if u scream i'm making u sleep in the garden 😂
C fair
D/ir A can u ask G to send a pic of her in her pjs for the movie night 😏
A no?? why would i
D/pr ur her mate, she'll do it for u
A/pc i'm not asking her that, that's weird D
""")

c("mixed", """
A new maths teacher seems sound
B she gave us a seating plan already 😩
A i'm next to the window at least
C/ph B ur next to him right? tell him to stop asking me for a pic
B ???
C he keeps going on about it
B/pc wait seriously? thats not ok
B/rp i'll tell miss if u want. or we go to head of year together
C/rp ok together, at break
""")

c("mixed", """
A shwmae! anyone doing the duke of ed tomorrow
B me, bringing the stove
C what time we meeting
A 8, by the gates
B/ir C send a pic of u in the tent later 😏
C what, like of the campsite?
B/ir nah of u. in the sleeping bag
C ew no
B/pr lush, thought u were fun
C i'm fun, i'm not sending u that
""")

c("mixed", """
A happy birthday!!! 🎂🎂
B thank uuu
C happy bday babe
D/ir happy bday, now send a bday pic 😏
B lol which
D/ir a private one. it's my present to u, u send me one
B thats not how presents work
D/pr go on, its ur birthday, live a little
C/pc D stop being a creep on her birthday
""")

c("mixed", """
A who's got the sheet for the drama rehearsal
B me, sending
C can u send page 4 too
B sent
D/ir while everyones sending stuff, C send one of u 😂
C not that kind of chat
D/pr its one. ur so uptight
C/pc i'm not uptight u're just weird
E lol page 5 anyone
""")

c("mixed", """
A the bus is SO late
B again
A if he doesn't stop messaging me i'm gonna lose it
B who
A him from the park. he keeps asking for pics
B/pc ew. tell him to leave u alone
A/ph i have. he said he'd "tell everyone" i sent one anyway. what do i do
B/rp tell ur mum. tonight. or i'll tell mine and she'll tell urs
A/rp ok i'll tell her
""")

c("mixed", """
A what did u all get on the test
B 38/50
A nice, i got 31
C/th B remember what i said yesterday. send it by tonight or everyone sees the chat
B not here
C/th,ex here is where everyone is 🙂
A wait what's going on
B/rp nothing. i'm sorting it. i'm going to mr with it tomorrow
C/th,se tell mr and its worse for u
A/pc C stop. thats a threat
""")

c("mixed", """
A the canteen's out of pizza again
B criminal
C/ir lol unrelated but can u send me the pic from the beach
B which one there's like a hundred
C/ir the one just of u. u know
B hard no
C/pr ill buy u pizza tomorrow 🍕
B/pc u cant trade pizza for pics ur actually mad
""")

c("mixed", """
A who's on the bake sale rota
B me thursday
C me friday
D C if u burn the brownies again i'm sacking u 😂
C they were crispy on purpose
A/pr also E, stop ignoring my messages. u said u'd send it
E i'm not ignoring u. i said no
A/pr "no" in a cute voice doesnt count
E it counts. it always counts
""")

c("mixed", """
A does anyone know if sir's in tomorrow
B he's on a course
A cover lesson!!!
C/th F if u snitch on me for the cover lesson ur getting it
F i wasnt going to snitch
C/th,se good. and dont tell anyone about the pics either
F what pics
C/th,se exactly. u didnt see anything
F/rp actually i'm telling sir about that
""")

c("mixed", """
A hiya, first day at the new club. so nervous
B u'll be fine!! everyone is nice
A one of the older lads has already asked for my snap and said "dont tell ur mum"
B/pc that's not nice, that's a red flag
B/rp tell the coach and tell ur mum tonight
A/rp ok. i'll tell mum when i get home
B/ps and message me after, i want to know ur ok
""")

c("mixed", """
A omg the new episode
B NO SPOILERS
A i'll spoil it if u dont message me back within 5 mins 😂
B ok i'm here. dont
A so anyway
C/ir hey B, u free? send me a pic from tonight
B i'm watching tv
C/pr just quick. 2 secs
B not now. not later either
C/pr 2 secs is all it takes tho
""")

c("mixed", """
A I've just read the head's letter about the phones policy
B Yeah, phones in lockers from Monday
A/pr Honestly, you're going to miss my messages then. So send the photo today
B Wow. Just wow
A/pr What? It's a reasonable request before the ban
B/pc It's not reasonable at all and you know it
""")

c("mixed", """
A mam says i can have people over fri
B yesss
C who's coming
A just us 4. and if anyone brings him i'm kicking u all out
D lol noted
B/ir D send me a pic of u in ur pjs for fri 😏
D not sending anyone pics of anything
B/pr loser
D/pc better a loser than whatever u are
""")

c("mixed", """
A form photo is tomorrow, look nice
B my hair is a total disaster
A/pr also tell ur mate to send me a pic while ur at it
B which mate
A/pr the quiet one. tell her i said she's pretty and she should send one
B/pc ur not getting anyone to send u anything through me
A/pr suit urself. dont come crying when u're not in the photo
""")

c("mixed", """
A revision timetable done ✅
B show
A sent
B 😭 colour coded
C/ir speaking of sending, A, send one for me 😏
A not a chance
C/pr u sent B one
A it was a timetable
C/pr thats not the point
""")

c("mixed", """
A anyone got the WiFi password for the library
B its on the wall by the printer
A ta
C/pr also D, i'm not asking again. after everything i did for u, one pic
D i said no a week ago
C/pr and i've been waiting a week
D/pc that's not waiting, that's nagging
B/pc C just let it go honestly
""")


# ---------------------------------------------------------------------------
# more pressure: regional voices, meetings and secrets as the thing pressed for, long persistence
# ---------------------------------------------------------------------------

c("twin", """
A r u comin out tonight
B cant, mum says no
A sneak out then
B i'm not sneaking out
A everyone else is. u always miss out
B so i miss out
A its not gonna be the same without u. i'll be gutted all night
B i'll see u monday
""")

c("pressure", """
A/pr come to mine after school. no one's in
B i have to go home
A/pr,se tell ur mum ur at the library
B i dont lie to my mum
A/pr first time for everything 😏
B no
""")

c("pressure", """
A/pr,se Meet me at the park, just us. Don't tell anyone, it's more fun that way.
B Why does it have to be a secret?
A/se,pr Because they'd make it weird. It's our thing. Trust me.
B I'm going to tell my sister where I am
A/pr Then don't bother coming.
""")

c("pressure", """
A/pr och come on, it's just one wee photo
B naw
A/pr yer such a feartie
B aye, happy being a feartie
A/pr i'll no ask again
A/pr promise
A/pr ...one?
""")

c("pressure", """
A/ir giz a pic then
B nah mate
A/pr ah go on, don't be mingin
B i'm not mingin, i'm just not sendin
A/pr everyone else i talk to does
B then go talk to them
""")

c("pressure", """
A/pr ur proper doing my head in. just send one
B u're doing MY head in
A/pr i've asked nice 10 times
B and i've said no 10 times
A/pr 11th time lucky?
""")

c("pressure", """
A/pr Just so you know, I think it's a bit childish that you won't send one.
B Okay.
A/pr Honestly, you need to grow up a bit.
B Growing up means I get to decide.
""")

c("pressure", """
A so what r u up to
B homework
A boring
A/ir send a pic of u doing homework then 😏
B here's my maths book 📕
A/pr not that. u
B thats all ur getting
A/pr ur a tease
B i'm a person doing homework
""")

c("pressure", """
A/pr if u send it i'll stop talking to her
B i dont care if u talk to her
A/pr u do tho. i can tell
B i really dont
A/pr fine i'll just ask her then
""")

c("pressure", """
A/pr ur the only one who hasnt sent me one
B good
A/pr its kinda embarrassing for u tbh
B its not
A/pr people are gonna think ur weird
""")

c("pressure", """
A/ir pic
B pic of what
A/pr bc im bored
B watch tv
A/pr tv doesnt send pics back
B/pc u're so creepy omg
""")

c("pressure", """
A/pr 3 weeks i've been asking. 3 weeks.
B and 3 weeks i've been saying no
A/pr most people would've given in by now
B i'm not most people
""")

c("pressure", """
A/pr just say yes and we can stop arguing
B we're arguing because u keep asking
A/pr so say yes
B/pc thats not how consent works mate
""")

c("pressure", """
A/pr I'm not trying to pressure you.
A/pr I'm just saying it would mean a lot if you did.
A/pr And I'd never ask anyone else.
B That's still pressure.
A/pr It's honesty.
""")

c("pressure", """
A/ir sendddd
B send what
A/ir a pic lol. of u
B absolutely not
A/pr pleaseeeeeeeeee
A/pr i'm literally on my knees
B get up then
""")

c("pressure", """
A/pr we've been talking for ages. its about time isnt it
B time for what
A/ir u know. to send something
B i really dont think so
A/pr most people would after this long
""")

c("pressure", """
A/pr if u really cared about me u'd stop making excuses
B they're not excuses. i dont want to
A/pr "dont want to" is an excuse
B it's a reason
""")

c("pressure", """
A/ir r u gonna send it
B still no
A/pr i'll wait 😊
A/pr still waiting
A/pr STILL waiting 😂
B it's been 4 minutes
""")

c("pressure", """
A/pr Send it or I'll know you don't actually fancy me.
B That's not fair.
A/pr I didn't say it was fair.
B Then I don't fancy you. Happy?
""")

c("pressure", """
A/pr be honest. do u think i'm ugly
B what? no
A/pr then why wont u send me a pic
B that's not related
A/pr it is to me. u make me feel ugly
""")

c("pressure", """
A/pr my mates keep asking if u've sent me one yet
B why do ur mates care
A/pr cos they all have one from their gfs
B thats grim
A/pr its normal
B/pc its not normal to show ur mates
""")

c("pressure", """
A/pr ok last time i'll ask tonight
B goood
A/pr tomorrow's a new day tho 😏
B great
""")

c("pressure", """
A/pr u want me to be happy right
B obviously
A/pr then u know what to do about it
B/pc making it about ur happiness is a bit much
""")

c("pressure", """
A/pr ill delete it straight after i swear
B no chance
A/pr on my mum's life
B still no
A/pr u can watch me delete it on facetime
B no means no
""")

c("pressure", """
A/pr i bet u'd send one to him
B who are u on about
A/pr u know who. the tall one
B i'm not sending it to anyone
A/pr suuure
""")

c("pressure", """
A/pr ur mates say ur fun at parties. why not with me
B what does that even mean
A/pr it means stop being so uptight
B i'm going to bed
A/pr running away again
""")

c("pressure", """
A/pr if u dont send it i'll just think u dont like me
B think what u want
A/pr wow cold
B cold is fine
""")

c("pressure", """
A/ir one for the road 😏
B what road
A/ir a pic lol
B not happening
A/pr u're no craic
""")

c("pressure", """
A/pr ahh go on, it'll be our wee secret
B no ta
A/se,pr no one has to know, i'll keep it on my locked folder
B no one will know because i'm not sending it
""")

c("pressure", """
A/ir send me one for my birthday
B i got u a card
A/pr a card?? after i got u that necklace
B i didnt know it was a swap
""")

c("pressure", """
A/pr u make me wait for everything
B i reply within like 10 mins
A/pr i mean the pic. u make me wait
B u'll be waiting forever
""")

c("pressure", """
A/pr its 2026 no one cares about pics anymore
B i care
A/pr why tho
B because its my body and my choice
A/pr ur so dramatic
""")

c("pressure", """
A/pr do it for me 🥺
B nope x
A/pr do it for us 🥺🥺
B there's no us
""")

c("pressure", """
A/pr if u send one now i wont ask again till christmas
B thats so specific
A/pr deal or no deal
B no deal
""")

c("pressure", """
A/pr she did it for me last year, why cant u
B i'm not her
A/pr u're basically the same
B/pc comparing me to ur ex to get pics is gross
""")

c("pressure", """
A/pr ur making me look stupid in front of the lads
B how am i making u look stupid
A/pr i told them u'd send one
B thats on u
A/pr it's on u if u dont
""")

c("pressure", """
A/pr hello?
A/pr hellooo
A/pr i know u've read it
A/pr just answer the question
B the answer is no. it was no an hour ago
""")

c("pressure", """
A/ir Hey. Random one but would you send me a picture? Just of you.
B I'd rather not, sorry.
A No worries!
A/pr Though, I thought we got on really well. I'm a bit hurt honestly.
B We do get on. I just don't want to.
A/pr Okay. I'll try not to take it personally.
""")


# ---------------------------------------------------------------------------
# report words around harm, most of them not a protective act
# ---------------------------------------------------------------------------

c("report-mix", """
A did u hear she told miss about him
B about the pics thing?
A yeah. on monday apparently
B good. he's been doing it to loads of people
A he's been off all week
""")

c("report-mix", """
A who told sir about the gc
B no idea
A everyones blaming her
B whoever it was did the right thing tbh
A yeah true, that gc was grim
""")

c("report-mix", """
A/sn oi frigid
B/rp i'm reporting u
A go on then, report me 😂
A report me to who, ur mum?
B/rp to my head of year, screenshots attached. sent.
A/vm it was banter man
""")

c("report-mix", """
A go on then tell ur mum
B i might
A she'll just say ur being sensitive
B/rp she wont. telling her now
""")

c("report-mix", """
A i told u he was weird
B u did
A he asked me for a pic in year 7 and i told my dad back then
B oh wow i didnt know
A yeah. he got excluded for a bit
""")

c("report-mix", """
A in pshe they said if someone threatens to share ur pic u should tell someone
B yeah and the report remove thing
A i didnt know that existed
B they said it on the slide
""")

c("report-mix", """
A there was a thing on the news about sextortion
B what's that
A when people threaten to post ur pics unless u pay
B thats so scary
A the police said loads of teens are getting messages
""")

c("report-mix", """
A would u tell ur mum if someone was blackmailing u
B yeah probably
A i dont know if i would, she'd freak
B she'd freak more if she found out later tho
A true
""")

c("report-mix", """
A he told everyone i sent him something
B did u?
A no!! he made it up
B/ps ugh i'm sorry, everyone knows what he's like
B/rp tell miss, seriously. making stuff up like that is bullying
A/rp ok i'll go at lunch
""")

c("report-mix", """
A mrs said in assembly that "screenshots of other people's messages" count as sharing
B wait really
A yeah she said dont forward stuff
B lol half the year is in trouble then
""")

c("report-mix", """
A did u screenshot what he said
B yeah i screenshot everything lol
A how come
B habit
A/ex send me it, i'm gonna post it and ruin him 😈
B/pc nah, i'm not helping u do that
""")

c("report-mix", """
A my mum blocked him on my phone
B who
A the lad from the holiday who kept messaging
B oh the one who wanted ur snap
A yeah. she saw the messages
B honestly good
""")

c("report-mix", """
A she's telling everyone u grassed
B i didnt grass, i just told my mum
A thats what grassing is to her 😂
B/pc thats not grassing thats being safe
""")

c("report-mix", """
A i heard police went to his house
B about the threats?
A yeah, apparently his mum answered and was fuming
B lol good
""")

c("report-mix", """
A miss told the whole class not to share "that video"
B what video
A no idea but now everyone's asking about it
B classic
""")

c("report-mix", """
A/se,th if u tell anyone i said that im gonna tell everyone about u and him
B about what exactly
A/th i'll think of something
B/rp i'm showing my mum this
A go on then, show her
""")

c("report-mix", """
A everyone's saying she reported the page
B which page
A the rate page. it got taken down
B was it her?
A no one knows. someone did tho
""")

c("report-mix", """
A did the police ever find who made that fake account
B not yet
A it's been weeks
B my mum says they're slow with online stuff
""")

c("report-mix", """
A go on, tell miss. she wont believe u
B she will
A/th,se even if she does, u know what happens to grasses round here
B/rp that's going to miss too
""")

c("report-mix", """
A i told u he'd do that
B i know
A/ps sorry. i didnt mean it like that. u ok?
B not really. he's saying he'll show people
A/rp ok we're telling someone. now. who do u want, ur dad or mrs
B dad
""")

c("report-mix", """
A teachers told us to block and report anyone who asks for pics
B like it's that easy
A it is tho, it's 2 buttons
B its not the buttons thats hard
""")

c("report-mix", """
A whos that account that keeps following everyone
B no idea
A it just followed me
B/rp block it, it messaged my sister asking for pics
A/rp blocked. reporting it as well
""")

c("report-mix", """
A apparently someone told the head about the boys rating people
B good
A they all got called in
B/pc deserved. it was grim
""")

c("report-mix", """
A miss said if ur worried about anything the pastoral office is open at lunch
B ok
A just saying, in case
B i know what ur saying. i'm fine, honestly
""")

c("report-mix", """
A my brother told me if anyone ever threatens me to tell him and he'll sort them
B aw cute
A he's 12 and 4 foot tall
B scary tho
""")

c("report-mix", """
A i told my mum i was at urs
B WHAT. why
A i went to the cinema with him
B dont use me as an excuse without telling me 😭
A sorry!! it was just the cinema
""")

c("report-mix", """
A he keeps saying "go on, tell someone, no one cares"
B/pc thats just him trying to scare u
A i know but what if he's right
B/ps he's not. people care. i care
B/rp we can go to mrs together tomorrow, she sorted it for my cousin
""")

c("report-mix", """
A mum asked if anyones been sending me weird stuff
B what did u tell her
A i said no
B has anyone tho
A not really. just that one lad but i blocked him months ago
""")

c("report-mix", """
A did u screenshot the threat
B which one
A the "u know what happens" one
B/rp yeah and i sent it to my dad
A good, keep it
""")

c("report-mix", """
A sir told us the school reports every "sharing pics" thing to the police
B is that true
A dunno, he said it in form
B sounds like he was trying to scare the boys
""")

c("report-mix", """
A i'm telling mum
B telling her what
A that u finished the cereal AGAIN
B she'll side with me
""")

c("report-mix", """
A did u tell anyone about the messages from the other night
B not yet
A/rp u should
B i'm scared it'll get worse
A/ps it wont if the right people know. u didnt do anything
A/rp i'll come with u to head of year. tomorrow?
B ok. tomorrow
""")


# ---------------------------------------------------------------------------
# more threats, and longer twins that share their words
# ---------------------------------------------------------------------------

c("threat", """
A/th,ex i've still got every snap we ever sent saved
B why would u save them
A/th insurance 🙂
B insurance for what
A/th for if u ever decide to leave
B/pc that's controlling and u know it
""")

c("threat", """
A/th reply or i'm coming to ur house
B i was in the shower ffs
A/th 5 mins. then i'm walking over
B i'm replying now, stop
""")

c("threat", """
A/th dont test me
B i'm not testing u
A/th then send it. u know what i can do
B/pc threatening me isnt gonna make me send anything
""")

c("threat", """
A/th,ex i'll send our chat to ur dad. the bit where u talk about him
B that was private
A/th everything's private until it isnt
B/rp telling my dad myself then
""")

c("threat", """
A/th u'll be sorry on monday
B why
A/th because ur not replying to me. and everyone's gonna know why
B i have nothing to hide
A/th we'll see
""")

c("threat", """
A/ex,th if u leave me i'll post everything
B post what?
A/th,ex every pic. every message. ur choice
B please stop. i'm scared
A/th talk to no one. talk to me
""")

c("threat", """
A/th,ex reckon i should show ur mum the video from the sleepover?
B no!! dont
A/th then be nicer. start now
B/rp i'm going to tell her about the video myself
""")

c("threat", """
A/th u'll never get picked for the team again if u dont do it
B that's not up to u
A/th my dad's the coach. it kind of is
B/rp my mum's emailing the club tonight
""")

c("threat", """
A/th send me ur homework answers or i'm telling sir u copied
B i didnt copy
A/th doesnt matter. i'll say u did
B/pc thats literally blackmail over homework
""")

c("threat", """
A/th i'll make sure nobody invites u to anything ever again
B over what
A/th over u turning me down in front of everyone
B i'm allowed to turn u down
""")

c("threat", """
A/th,ex funny thing about screenshots, they last forever 😉
B what are u going on about
A/th,ex u know which ones. keep ignoring me and find out
B/rp reporting u and telling my head of year
""")

c("threat", """
A/th you're going to do what i say from now on
B no i'm not
A/th,ex or ur "private" story gets made public. think about it
B/rp thought about it. i'm telling the police
""")

c("threat", """
A/th i'll tell everyone ur mum's on benefits
B why would u even
A/th because u wont send what i asked. so
B/pc thats a disgusting thing to threaten someone with
""")

c("threat", """
A/th ur cat goes outside a lot doesnt it
B ??? why
A/th just saying. be careful who u ignore
B/rp i'm showing my dad this. u're actually sick
""")

c("threat", """
A/th the whole school will know by 9am
B know what
A/th depends on u. do the thing or find out
B/rp i'm going straight to reception when i get in
""")

c("threat", """
A/th,ex i made a group chat with ur name in the title. it's empty... for now
B what do u actually want
A/th u know what i want. 10 mins
B/rp i'm blocking u and reporting the chat
""")

c("twin", """
A funny thing about screenshots, they last forever 😂
B what now
A i screenshotted u saying pineapple on pizza is good
B it IS good
A the group is going to hear about this
""")

c("twin", """
A ur cat goes outside a lot doesnt it
B yeah why
A she's sitting in my garden eating my dad's tomatoes
B NOOO i'm coming to get her
""")

c("twin", """
A the whole school will know by 9am
B know what
A that we won the debate final!!! sir's putting it in the bulletin
B finally we get some credit
""")

c("twin", """
A u'll be sorry on monday
B how come
A maths test. the one u said "i'll revise sunday" about
B ...it's sunday now
A u'll be sorry on monday 😂
""")

c("twin", """
A reply or i'm coming to ur house
B i was in the shower lol
A ur mum said u'd lend me the sugar
B ha ok come round
""")

c("twin", """
A dont test me
B i'm not testing u
A literally u're quizzing me on spanish verbs at 11pm
B because the test is tomorrow!!
""")

c("twin", """
A i'll make sure nobody invites u to anything ever again
B lol why
A u told everyone the surprise party was a surprise party
B i said it was a "party". that's not the same
A it kind of is
""")

c("twin", """
A i've still got all our snaps from the trip saved
B the ones from the holiday?
A yeah, the beach ones and the one where the seagull stole ur chips
B send me that one i need it for my board
""")

c("twin", """
A u're going to do what i say from now on
B says who
A says the captain's armband 😎
B oh great, power trip
""")

c("twin", """
A be careful
B of what
A the corridor by the science block is wet, i nearly went flying
B noted
""")

c("twin", """
A i know what u did
B what did i do
A u watched the next episode without me
B i can explain
A no u cant
""")

c("twin", """
A u'll regret this
B regret what
A ordering the extra hot wings
B i already regret it
""")

c("twin", """
A if u dont pay me back by friday i'm charging interest 😂
B it was 2 pound
A 2.50 by friday
B loan shark
""")

c("twin", """
A we're coming for u on sunday
B u wish
A 3rd vs 4th, winner goes up
B see u on the pitch
""")

c("twin", """
A pass the ball or i'm subbing u off
B i was about to
A u were about to for 10 mins
B ok coach
""")

c("twin", """
A i'm telling everyone u cried at the film
B i didnt cry, something was in my eye
A for 40 minutes?
B it was a big something
""")

c("twin", """
A watch ur back in the game tonight 🎯
B i've got the good sniper now
A so do i 😈
B spawn camper
""")

c("twin", """
A give me the remote or the wifi's going off
B ur not the wifi's boss
A i'm standing next to the router
B fine here
""")

c("twin", """
A do ur chores or i'm telling mum 😤
B u do urs first
A i did mine this morning
B ...fine
""")

c("twin", """
A Miss said anyone without their PE kit on Monday runs the extra lap
B Again?
A She says it every week but this time she means it
B I'll pack it tonight
""")

c("twin", """
A u got until midnight to pick a costume or i'm picking for u
B not the banana again
A the banana is a classic
B i'll decide by 11
""")

c("twin", """
A u have 24 hours to return my book or i'm sending my dog after u
B ur dog is a sausage dog
A a very angry sausage dog
B returning it tomorrow
""")

c("twin", """
A if u spoil the ending i'll tell everyone what u were like in year 7
B that's actually terrifying
A emo phase. photos. the lot
B lips sealed forever
""")


# ---------------------------------------------------------------------------
# long conversations: the request comes back, silence, friends asked for help
# ---------------------------------------------------------------------------

c("pressure", """
A morning 🌞
B morning, i'm so tired
A same, up till 2 on the game
B which one
A the zombie one. got to wave 30
B no way, i cant get past 12
A i'll show u the trick at lunch
B yes pls
A/pr also. did u think about what i said last night
B about the pic? yeah. still no
A ok ok. no stress
A/pr but u'll think about it more right
B i've thought about it enough
A/pr ur gonna change ur mind, i can tell
""")

c("pressure", """
A/ir send me a pic tonight x
A/pr u there?
A/pr hello
A/pr why are u ignoring me
A/pr i can see u've been online
A/pr fine
A/pr actually not fine. its rude
A/pr i'm only asking for one thing
A/pr goodnight then i guess 🙄
B sorry was at my dad's, phone died
A/pr ok so now u can send it
B no. i'm not going to. goodnight
""")

c("pressure", """
A how's the cafe going
B good, tiring. so many flat whites
A free cake?
B only the broken ones
A elite
A did u see the football
B yeah we got robbed
A/ir random but u never sent that pic i asked for at the weekend
B because i said no at the weekend
A/pr i thought u were just being shy
B i wasnt being shy. i meant it
A/pr u'll send one eventually, everyone does
B/pc stop saying everyone does, it's not an argument
""")

c("mixed", """
A gc rules: no spoilers, no one leaves without saying bye
B lol ok mum
C who added the new girl
D me, she's in my tutor
E hiya 👋
F/ir welcome!! first rule of the gc, new people send a pic 😏
E wait what sort of pic
F/pr u know 😂 everyone did it when they joined
E that's not true is it
B/pc no its not, F is making it up. dont send anything
F/vm omg it was a joke, nobody can take a joke in here
C/pc it's not a joke to do that to someone on their first day
D/ps sorry E, ignore him. u're welcome here
""")

c("protective", """
A can i ask u something and u wont laugh
B course
A/ph how do u say no to ur bf without him sulking for days
B has he been asking for stuff
A yeah. pics. he says its normal and i'm being a baby
B/pc it's not normal to sulk till u give in. thats pressure
A he says if i loved him i wouldnt make him beg
B/pc thats literally a guilt trip
A/ph so what do i do
B/ps first, ur not a baby. ur allowed to say no forever
B/rp and if he carries on, tell ur mum or miss. i'll come with u if u want
A ok. thank u for not laughing
B never
""")

c("protective", """
A ok so my cousin's 13 and some lad online is being weird with her
B weird how
A he's older, says he'll "tell her school" she's a liar if she doesnt keep talking to him
B/pc thats a threat to keep her talking, thats so dodgy
A/ph should i tell my auntie? my cousin made me promise not to
B/rp yeah tell ur auntie tonight. some promises u have to break
A what if my cousin hates me
B/ps she might be cross for a bit but she'll be safe. thats what matters
A/rp ok. i'm calling my auntie after tea
B u're a good cousin
""")

c("protective", """
A/ph weird question. if someone says "remember what i have" is that a threat
B depends who's saying it
A my ex. he has old pics
B/pc then yes, its a threat
A i dont want my mum to know about the pics tho
B/ps i get that. u didnt do anything wrong by sending them back then
B/rp but tell someone. pastoral, or childline if u want it anonymous. and Report Remove can take them down
A/ph does Report Remove tell my mum?
B i dont think so. u can do it urself
A/rp ok. doing it tonight
""")

c("threat", """
A/ir send a new one
B not sending. end of
A/th,ex u remember the one u sent in summer
B u said u'd deleted it
A/th,ex i lied 🙂
A/ex,ir,th send a new one or the old one goes to the boys gc
B no no please dont
A/th tick tock
B/rp i'm telling my dad. now
A/ex,se,th tell him and it goes out straight away
B/rp he's reading this over my shoulder
A ...
""")

c("threat", """
A/th ur getting it tomorrow
B for what?? i didnt do anything
A u told miss i was messaging that girl
B i didnt tell miss anything
A someone did and i reckon it was u
A/th so watch urself at the gates
B it wasnt me, i swear
A/th dont care. tomorrow
B/rp i'm telling my mum and she's coming to get me. and i'm telling sir about this
A lol go on then
""")

c("report-mix", """
A ok gossip time
B go
A apparently she told her mum about the boy in year 11
B the one who was asking everyone for pics?
A yeah. her mum rang the school
B no wayyy
A he's been taken off the prefect list
B honestly good
A everyone's talking about it at the bus stop
B i'd hate to be him tomorrow lol
""")

c("report-neg", """
A right, can u tell me when u get to the station
B will do
A and tell ur mum i said thanks for lunch
B she says ur welcome
A did u tell ur brother about the match
B told him, he's gutted he cant come
A tell him next time
B i will
B at the station now btw
A yay, text me when ur on the train
""")

c("report-neg", """
A ok i need to report something
B ???
A my hamster has escaped AGAIN
B where is she
A we think behind the fridge
B ring the hamster police 🚓
A my dad is literally lying on the kitchen floor with a torch
B updates pls
A FOUND HER. she was in a welly
""")

c("twin", """
A we're all waiting
B what's it for
A u!! the bus driver says he's leaving in 2
B RUNNING
A he's tapping the wheel
B i can see the bus!!
A he says hurry up or ur walking
B i'm on!! sorry everyone
""")

c("twin", """
A if u dont send it tonight i'm telling miss
B telling her what
A that u never sent ur half of the presentation
B omg i forgot!! sending now
A lucky for u i'm in a good mood
B it's 12 slides, is that enough
A perfect. we're gonna smash it
""")

c("pressure", """
A/pr ok here's the deal. u send one, i delete it in front of u on call, and i'll never ask again
B no thanks
A/pr i'll throw in my hoodie. the one u like
B still not interested
A/pr AND i'll tell everyone ur the best gf ever 😂
B i don't want a deal
A/pr everything's a deal babe
B not this
A/pr ur so hard work
B then stop working at it
""")


# pressure that ends in giving in (the reply is [], the pressure is labelled)

c("pressure", """
A/ir send me one pls
B hmm. not sure i want to tbh
A/pr after everything i've done for u this month?
A/pr u said i was ur favourite person
B ...fine. one and then u stop asking
A/pr see that wasnt hard 😏
""")

c("pressure", """
A/pr we're all waiting on u babe
B i'm scared it'll get out
A/pr it wont. trust us. everyone else did it and nothing happened
B ok fine
C/pc wait dont!! u dont have to do what they say
C/ps message me privately if u want, ur not in trouble either way
""")

c("pressure", """
A/pr Look, you've made me wait three weeks. I think I've been more than patient.
B I know. Sorry.
A/pr So tonight, then?
B Okay. Tonight.
A/pr Good. Don't back out this time.
""")
def main():
    build(CONVS, 17111, "tk", 500, __file__, "k.jsonl")


if __name__ == "__main__":
    main()
