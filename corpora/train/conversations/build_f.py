#!/usr/bin/env python3
"""Build corpora/train/conversations/f.jsonl (part F, session 16: coercion in new wordings, with twins).

Hand-written, synthetic, non-graphic training conversations for c2chat. Theme: coercion in wordings the
earlier files do not have, above all coercive.exposure (announced, threatened and done: shown on a phone,
forwarded, "everyone's seen it", posted to a page, AirDropped, kept as leverage), coercive.pressure (after a
refusal or a delay: guilt, flattery, bargaining, sulking, repeated nudges), coercive.secrecy (harmful:
delete, don't tell, a second account, disappearing messages) and coercive.threat (explicit, veiled,
conditional, deadlines, threats to edit or "nudify" a photo), each next to harmless TWINS that reuse the
same surface words in innocent settings (a goal everyone has seen, the bake-sale page, AirDropping trip
photos, a deadline for a form, a surprise, a trade in a game). Registers vary on purpose: Year 7 and sixth
form, text-speak, full sentences, typos, capitals, emoji, long rambling messages, one-word replies, UK
regional slang (Scouse, Geordie, Yorkshire, Brum, Welsh, Scottish, Northern Irish, London).

Written as whole conversations, in order, by hand, without reading corpora/dev, corpora/check,
corpora/holdout, the other evaluation sets or lexicons/. No templates, no slot filling, no loops that make
text. Every person is fictional; there are no names of real people, places, phone numbers or handles.

Line format inside each conversation block (lineformat.py):
    <speaker-letter>[/<code>,<code>...] <text>
e.g.  "A/ex i showed the lads ur pic"   or   "B no"   (no codes -> gold [])
Speaker letters map to pseudonymous ids tf_s001..tf_s500 (seed 16061).

Labelling conventions (corpora/train/README.md, docs/categories.md "Frames" and "Conversation state"):
- a label only on the message that performs the act in its own voice;
- a refusal, plea, feeling or bare insult by the person targeted is [] ("no", "please delete it",
  "ur actually evil"); a target's message that names the act as wrong ("thats blackmail", "sharing my
  pics is illegal") is protective.challenge, as in d.jsonl; their reporting or asking for help is labelled;
- justifying an exposure by blaming the person ("shouldve been nicer to me then") is victim_blaming.blame;
- someone who only tells the person that their image is going round, in order to help, is [];
- a disclosure that only tells is []; asking what to do about it is protective.help_seeking;
- saying one holds someone's image ("i kept the video") is coercive.exposure, with coercive.threat when it
  is used as leverage; announcing or doing the spreading in one's own voice ("sent it to the lads",
  "airdropped it to the whole bus", "everyone's seen it now" said to the person) is coercive.exposure;
  neutral gossip that something "is going round" is [], asking to see it or passing it on is exposure;
- a threat against telling ("tell anyone and ...") is coercive.secrecy + coercive.threat;
- a nudge after a request or refusal ("??", "hello??", "ur taking ages", an emoji) is coercive.pressure;
- a harasser's shrug after a challenge ("its a joke relax") is victim_blaming.minimising;
- advice given now ("tell ur head of year") is protective.reporting; advice retold from a lesson is [];
- lessons, news, TV plots and games that mention harm are [].

Usage: python3 corpora/train/conversations/build_f.py   (writes f.jsonl next to this file)
"""

from lineformat import build, conversation_adder  # the shared line format

CONVS = []  # (kind, [(letter, [codes], text), ...])

c = conversation_adder(CONVS, max_len=14)

# ---------------------------------------------------------------------------
# EXPOSURE: announced, threatened, done (harm), each group followed by twins
# ---------------------------------------------------------------------------

c("harm", """
A/ex just so u know i showed the lads ur pic at break
B what pic
A/ex u know which one. they were passing my phone round the bench
B i sent that to u and only u
A/vm calm down it was like 4 people
C/pc mate thats not urs to show anyone, delete it
A/vm it's not deep
C/rp im telling mr h at period 3 if its not gone
""")

c("twin", """
A the lads were passing my phone round the bench at break
B why
A showing them the vid of my little brother doing the worm at the wedding
B 😭😭 i need to see this
A he hit the dance floor so hard his shoe came off
C send it to the gc pls
""")

c("harm", """
A/ex everyones seen it now btw
B seen what
A/ex ur photo. its on the year 10 page since like 8pm
B who put it there
A dunno wasnt me 🤷
B please get them to take it down
A/vm cant do nothing about it now, its out there innit
""")

c("twin", """
A everyones seen it now btw
B seen what 😳
A ur goal!!! its on the school insta, the one from the top corner
B NO WAY
A mr p filmed it from the sideline, its got like 300 likes
B im framing that
""")

c("harm", """
A/ex the whole bus has ur pic now, airdrop is great lol
B u did what
A/ex half of top deck got it. some of them accepted
C/pc thats actually disgusting, what is wrong with u
A/vm it was a joke, it wasnt even that bad of a pic
C/ps u ok? ring me when ur off
B im not ok
C/ps im coming round, u dont have to deal with this on ur own
""")

c("twin", """
A can someone airdrop me the pics from the geography trip
B which ones, i took like 200
A the ones at the waterfall where we all got soaked
B airdropping now, accept them
A got them, cheers
C me too pls im standing right behind u
""")

c("harm", """
A/ex i forwarded it to the boys chat
B what did u do that for
B i trusted u
A/vm u sent it to me so its mine now
B its not urs its me
D/pc forwarding someones pic is a crime btw, not banter
A/vm ok snowflake
D/rp reporting the boys chat and telling head of year tomorrow
""")

c("twin", """
A i forwarded it to the boys chat
B the match time?
A yeah and the kit list, sir said we need shin pads or we cant play
B legend. what time we meeting
A half 9 at the gates
""")

c("harm", """
A/ex saved ur snap. didnt think id just let it disappear did u 😌
B i thought it deleted itself
A/ex screenrecord exists babe
B delete it please
A/th might do. depends how nice ur being this week
""")

c("twin", """
A saved ur snap
B which one 😭
A the one of u falling off the sledge in the snow
B DELETE IT
A never, its going in the end of year slideshow
B i will end u
""")

c("harm", """
A/ex theres a page going now w pics of year 9 girls and ur on it
B what page
A/ex ill send u the link. i added the one of u from the sleepover
B u took that when i was asleep
A/vm everyones on there its not just u
C/pc thats so messed up, screenshot it for proof and report the page
C/rp we can both go to miss in the morning if u want
""")

c("twin", """
A theres a page going now with pics of the year 9 bake sale
B omg did they post my brownies
A yeah ur on it!! the pic of u holding the tray
B i look so tired but the brownies look good
A they sold out in 10 mins
""")

c("harm", """
A/ex showed my cousin ur pic, he says ur a 6
B why have u got my pic
A/ex u sent it to ur ex and he sent it to me. its everywhere babe
B/ph i dont know what to do, who do i even tell
C/ps none of this is on u, seriously
C/rp we can do report remove together tonight, it takes it down
""")

c("harm", """
A/ex,th post the pic or ill post it for u
B i dont want it posted at all
A/ex,th 10 mins then its going up
B please
A/pr tick tock
C/pc oi leave her alone, thats blackmail
""")

c("twin", """
A post the pic or ill post it for u
B the group one from prom?
A yeah everyones waiting for it
B i hate how i look in it tho
A u look lovely, everyone does
B fine posting it now
""")

c("harm", """
A/ex ur pic is on my dads old phone so even if i delete it on mine its still there lol
B why are u telling me this
A/ex,th just so u know i always have a copy
A/th so dont get any ideas about leaving me
""")

c("harm", """
A ok so dont freak out
A/ex i might of shown a couple people the vid from saturday
B a couple?
A/ex ok like the whole of the back row in maths
B how could u do that to me
A/vm it was funny tho, they thought it was funny
C/pc its not funny when she didnt want it filmed, thats out of order
""")

c("twin", """
A ok so dont freak out
A i might of shown a couple people the vid from saturday
B the karaoke one??
A yeah the whole back row in maths was crying laughing
B omg im never singing again
A no they loved it, they want u to do it at the talent show
""")

c("harm", """
A/ex she sent me a mirror pic so i put it in the lads chat for ratings 💀
B/ex lol send it here
C/pc u lot are actually grim
C/pc she sent it to u not to the whole lads chat
A/vm shes not gonna find out chill
C/rp she will because im telling her and im telling sir
""")

c("harm", """
A/ex,th i've got the vid of u crying at the party. wanna see how many views it gets
B please dont, i was drunk and upset
A/th so do as ur told
B what did u even ask
A/ex,th u know. or it goes on my story tonight
""")

c("twin", """
A ive got the vid of u crying at the end of the film
B it was SAD
A the dog dies, ur allowed
B ill cry again if u send it to anyone
A its safe with me, promise 🤝
""")

c("harm", """
A/ex mate i sent it to everyone in my contacts
B what the hell, that was private
A/ex and i put it in 3 group chats
B/ph my pic is going round, what do i do, im shaking
C/ps breathe. ur not in trouble and its not ur fault
C/rp tell ur mum tonight and we'll go to head of year first thing
C/rp and dont delete anything, screenshot who sent it as proof
""")

c("harm", """
A honestly ur so funny when ur mad
A/ex ur face when i showed everyone ur messages 😂
B i told u that stuff in private
A/ex well its not private now. the whole form has read it
B why do u hate me
D/pc thats proper nasty, u know what ur doing
A/vm she'll be fine by monday
""")

c("twin", """
A ur face when i showed everyone ur drawing 😂
B i was so embarrassed
A why tho its sick, miss put it on the wall
B because everyone was looking at me
A they were looking cos its good
""")

c("harm", """
A/ex printed ur pic out and stuck it in the boys toilets
B ur lying
A/ex go look then
C/pc wtf?? thats actually a crime
C/rp im going to the office right now
A/vm omg its a joke i didnt actually do it
""")

c("twin", """
A printed ur pic out and stuck it on the fridge
B ?? which pic
A the one from ur first day of year 7, mum found it
B why would she keep that
A she said ur blazer was bigger than u
""")

c("harm", """
A/ex,th if she keeps ignoring me im putting her pics on the finsta
B what pics
A/ex the ones she sent me in the summer
B bro dont, ur gonna get arrested
A/vm nah its my phone i can do what i want
B/pc its not, its her and shes 15. dont be stupid
""")

# ---------------------------------------------------------------------------
# THREATS: explicit, veiled, conditional, deadlines, edit / nudify (harm), with twins
# ---------------------------------------------------------------------------

c("harm", """
A/th u know theres apps that can make any pic look like ur not wearing anything right
B ok thats a creepy message
A/th just saying. ur profile pic would be easy
B thats sick
A/th so be nice to me and we wont find out
C/pc reported ur account, ur actually vile
""")

c("twin", """
A u know theres apps that make any pic look like a painting right
B like van gogh style?
A yeah i did my dog, hes got swirly stars behind him now
B do my cat!!!
A send me a good pic of her then
B 📸 shes judging u
""")

c("harm", """
A/ex,ir,th send one by 9 or i edit ur face onto something and send it round
B u wouldnt
A/th try me. 8:41 now
""")

c("prot", """
B/ph can someone help me, hes saying hell make a fake pic of me
C/ps hes bluffing to scare u but even if he does its not u and its not ur fault
C/rp screenshot this chat and we'll show miss r, and ceop has a report button
""")

c("twin", """
A send one by 9 or i'll edit ur face onto the team photo anyway
B lol what
A u missed the team photo so mr k said just photoshop u in
B ok ok sending one now, make me look tall
A no promises
""")

c("harm", """
A/ex,th be a shame if ur dad saw what u sent me
B please dont do that
A/th then stop acting like ur too good for me
B i just want to stop talking
A/th we stop when i say
""")

c("harm", """
A/th u got til friday. after that i stop being nice
B u can ask all u like, ur getting nothing
A/th ok. remember u chose this
""")

c("prot", """
D whats going on, u look stressed
B hes been messaging me all week
D/ps uve got me, ur not dealing with this alone
D/rp block him and we'll tell ur mum together, ill come round
""")

c("twin", """
A u got til friday to hand in the trip form
B what happens after friday
A u dont go to the zoo lol
B ok giving it in tomorrow
A ill remind u
""")

c("harm", """
A/th last chance
A/pr ?
A/ex,th fine. check the gc in 5 mins
B WAIT
B/pc dont u dare, thats blackmail
A/vm relax i wont. probably
""")

c("twin", """
A last chance
A pizza or chinese
B ugh pizza
A done ordering
C get garlic bread pls
""")

c("harm", """
A/th i know where u live and i know ur mums car
B erm how would u know that??
A/th no reason. just send what i asked and we're all good
B/rp im showing this to my mum right now
A/se,th if u show anyone ill make it worse
""")

c("harm", """
A/ex,th ok listen carefully. u do what i say or ur whole family sees ur messages
B what is it u want from me then
A/ir a pic. a proper one. tonight
B no
A/ex,th then ur mum reads everything first thing tomorrow
""")

c("prot", """
B/ph what do i do he says hes gonna send my messages to my family
C/ps ok ur ok, dont send him anything
C/rp dont reply, screenshot it, then we're calling childline together
B ok
C/ps im here, im not going anywhere
""")

c("harm", """
A/th u better not make me ask again
B i said no already
A/th then dont cry when u see what happens
A/th seriously
B/rp blocked
""")

c("twin", """
A u better not make me ask again
B what now
A WHO TOOK MY CHARGER
B it was our kid he needed it for the xbox
A im going to kill him 😤
""")

c("harm", """
A/th watch ur back tmrw
B ?? for what
A/th u know for what. u told miss about the pics
B/pc yeah i did because u were sharing them, that was wrong
A/se,th snitches get what they deserve
C/rp saved all of this. its going straight to head of year
""")

c("harm", """
A/ex,th i swear down if u block me ill make a new acc and send ur pics to everyone u follow
B/rp every account u make is getting reported
A/th go on then see what happens
""")

c("twin", """
A i swear down if u block me on fifa again
B lol u was spamming the chat
A i was saying gg!!!
B 47 times
A gg is gg
""")

c("harm", """
A/pr dont ignore me. i can see ur online
A/th u have 2 mins to answer
A/pr ???
A/ex,th fine. its going to ur sister
B WHAT IS
A/ex the screenshots
""")

c("harm", """
A/ex,th id hate for them pics to end up somewhere by accident
B what pics
A/ex,th the ones u think u deleted 😘
""")

c("prot", """
B/ph [screenshot] he sent me this, can someone tell me what to do about this
C/rp omg. report remove on childline takes them down, do it now ill help
C/ps and ur not stupid for sending them, he is for doing this
""")

c("twin", """
A id hate for them cookies to end up somewhere by accident 👀
B dont u dare eat the cookies
A one cookie
B they are for the bake sale!!!
A fine, ill buy one there
""")

c("harm", """
A/ex,th ur lucky i havent posted them yet
A/th keep being rude and i will
B i just said i didnt want to meet up
A/th wrong answer
""")

c("harm", """
A/ex,se,th ey if u go to miss abt me, them pics of u are goin everywhere. not a threat just sayin
B it is a threat
A/vm its advice lol
""")

c("harm", """
A/se,th one word to anyone and ur done
A/se and delete this
B ok
""")

c("prot", """
C/ps u alright? u went proper quiet in science
B not really
C/ps wanna talk at lunch, just us
""")

c("twin", """
A one word to anyone and ur done
B lol about what
A the spoiler!!! dont tell them who the killer is
B sealed 🤐 promise
A they start the last episode tonight
""")

# ---------------------------------------------------------------------------
# PRESSURE: after refusal or delay, guilt, flattery, bargaining, sulking, nudges (harm), with twins
# ---------------------------------------------------------------------------

c("harm", """
A/ir can i see what ur wearing rn, like a proper pic
B lol no im in pyjamas
A/pr even better 😏
B no ta
A/pr ur taking ages to say yes
A/pr ill wait
A/pr still waiting
""")

c("twin", """
A can i see what ur wearing to the leavers do
B no its a surprise!!
A pleaseeee just the shoes
B fine ONLY the shoes
A omg theyre gorgeous
""")

c("harm", """
A/ir send me one just for me
B not doing that sorry
A/pr wow ok
A/pr so all the flirting was fake then
A/pr guess i was wrong about u
B i do like u, i just dont want to
A/pr if u did u wouldnt make me beg like this
""")

c("harm", """
A/ir u up? send a pic before u sleep
B nah im knackered
A/pr 5 seconds of ur time
A/pr pleaseeeeee
A/pr 🥺🥺🥺
A/pr im gonna keep asking till u do
B/rp im turning my phone off and telling my sister in the morning
""")

c("twin", """
A u up? can u send me the maths answers before u sleep
B nah im knackered
A 5 seconds of ur time
A pleaseeeeee 🥺
B FINE. q4 is 12.6 the rest u can do urself
A ur an angel
""")

c("harm", """
A/ir gis a pic then
B dont want to
A/pr go on, ive sent u loads
A/pr its only fair
A/pr u owe me one at least
B i didnt want them in the first place
C/pc leave her alone, she doesnt owe u anything
""")

c("twin", """
A gis a chip then
B get ur own
A go on, ive shared mine loads
A its only fair
B fine one chip
A thats the smallest chip ive ever seen
""")

c("harm", """
A/ir send one, ur so fit ur literally wasting it
B thanks but no
A/pr ur the prettiest girl in our year and u know it, why hide
A/pr i'd never show anyone, swear on my life
B still no
A/pr ur so boring honestly
""")

c("harm", """
A/ir can u send a pic for me
B idk
A/pr idk means yes 😉
B it doesnt
A/pr one pic then ill leave it, deal
A/pr and ill send u my new skin code
B/rp im telling my mum ur asking me this
""")

c("twin", """
A can u send a pic of the menu for tonight
B idk if they have one online
A just take a pic when u walk past
B ok ill try
A ur the best
""")

c("harm", """
A/ir send a pic
A/pr ??
A/pr hello??
A/pr dont leave me on read
A/pr i can see u reading these
B im at my aunties with everyone
A/pr so go to the loo and do it
""")

c("twin", """
A send a pic of the queue
A ??
A hello??
B sorry its massive, like 40 people
A ok not coming then
B i'll save u a spot
""")

c("harm", """
A/ir wyd? send a cheeky one 😜
B no ur weird
A/pr,sn ur proper frigid u know that
A/pr every other girl ive talked to does it
B then talk to them
A/pr dont be like that, u know ur my favourite
""")

c("harm", """
A/ir go on cam for me later
B i dont do cams
A/pr u do with ur mates tho
B thats different thats facetime
A/pr so facetime me then, just us, no one has to know
B no
A/pr ur no fun. im not talking to u again
A/pr unless u change ur mind
""")

c("twin", """
A go on cam for me later
B is this for the geography project?
A yeah miss wants to see all our faces on the call for the register
B ok but my room is a mess so im blurring the background
A same
""")

c("harm", """
A/ir wanna see the new top on u, pic?
B lol no, ill show u when u see me
A/pr ill be dead by then
A/pr please its my birthday
B its not ur birthday
A/pr its my half birthday 😭
A/pr dont be tight
C u lot flirting again 🙄
B/ph hes been asking for pics all night idk how to make him stop
C/ps oh. thats not flirting then, u dont have to send anything
""")

c("twin", """
A wanna see the new top on u, pic?
B its so nice i cant
A pleaseeee i need outfit inspo for saturday
B ok fine its green
A omg ur so lucky, where's it from
B the charity shop by the station
""")

c("harm", """
A/ir shall i show u mine if u show me urs
B no thanks
A/pr u agreed tho
B there is no deal
A/pr i already said mine so u have to now
A/pr thats the rule
""")

c("twin", """
A shall i show u mine if u show me urs
B ur revision timetable?
A yeah mines colour coded
B mines a post-it with "revise" on it
A thats not a timetable
""")

c("harm", """
A/ir cmon send me one thing
B im not into that sort of thing, i said
A/pr whats with the attitude, its a simple ask
A/pr i was nice to u all week
A/pr bought u a drink and everything
A/pr and this is how u treat me
B/pc being nice to me doesnt mean i owe u pics, thats not how it works
""")

c("harm", """
A/ir wanna send a pic
B maybe another time
A/pr another time = now
A/pr pls pls pls
A/pr ill be sad otherwise
B i dont wanna
A/pr fine ur making me sad
A/pr happy now?
""")

c("twin", """
A wanna come to the cinema
B maybe another time
A pls pls pls its the last day its on
B ok but ur buying the popcorn
A deal
""")

c("harm", """
A/ir can u send us a pic of u in ur gym kit
B why
A/pr,sa cos ur body is unreal since u started going
B i dont want to send that
A/pr its literally the same as a pic on the beach
A/pr everyone else posts them
B not me
A/pr dont go all shy on me now
""")

c("twin", """
A can u send us a pic of u in ur gym kit
B for the sports day poster?
A yeah the pe dept wants a photo of all the captains
B ok ill take one tomorrow when ive washed it
A nice one
""")

# ---------------------------------------------------------------------------
# SECRECY: delete, don't tell, second accounts, disappearing messages (harm), with twins
# ---------------------------------------------------------------------------

c("harm", """
A/se turn on disappearing msgs
B why
A/se just do it. easier that way
A/ir now send what i asked earlier
B im not comfortable
A/pr,se it vanishes after, nobody will ever find out
""")

c("twin", """
A turn on disappearing msgs in the gc
B y
A cos my phone storage is full of 8000 memes
B fair, done
A ur a hero
""")

c("harm", """
A/se add my other acc, this ones too public
B which one
A/se the one with no pfp. dont follow it back from ur main
B whats it matter
A/se cos i said so. and dont tell ur mates about it
""")

c("twin", """
A add my other acc this ones just for my art
B omg u have an art acc
A yeah dont tell anyone yet its not ready
B im following it rn
A 🥹
""")

c("harm", """
A/se delete our chat after u read this
B why tho
A/se cos if ur mum sees it we're both in trouble
A/ir anyway send me a pic when ur in bed
B i dont think so
A/se and delete this one too
""")

c("twin", """
A delete our chat after u read this
B omg why
A cos i sent it to the wrong person earlier and its my shopping list
B "eggs, milk, hair dye, cake for mum"
A YES DELETE IT
B lol done, happy birthday to ur mum
""")

c("harm", """
A/se if ur mum asks u was at the library
B i was at urs
A/se yeah but she doesnt need to know that
A/se and dont say my age either
B why not
A/se cos people wont get it. its our thing
""")

c("twin", """
A if ur mum asks u was at the library
B LOL we WERE at the library
A i know but she wont believe it, she'll say u was at the park
B we did actually revise
A barely
""")

c("harm", """
A/se dont tell anyone we talk ok
B why not, ur in my brothers year
A/se exactly. people would be weird about it
A/se its better just us
B ok
A/ir send me something cute to say goodnight
""")

c("harm", """
A/se u deleted it right?
B yeah
A/se and the snaps and the call log
B why the call log
A/se just do it. and dont talk about me to ur mates
B ok i wont
""")

c("prot", """
A got a sec? its kind of serious
B ofc
A/ph my friend is talking to someone way older and he keeps telling her to delete everything, should i say something
B/rp yes tell a teacher or her mum, thats not normal
B/ps ur being a good friend for asking
A im scared shell hate me
B she might be annoyed for a bit but ur keeping her safe
""")

c("twin", """
A u deleted it right?
B the group chat about mums present?
A yeah she uses my ipad
B done. deleted the chat and the wishlist
A perfect shes gonna love the necklace
""")

c("harm", """
A/se we dont need other people in our business do we
A/se its just us against everyone
B i guess
A/se so dont tell ur friends what we talk about. they wouldnt understand
B okay
A/ir good girl. now show me ur room
""")

c("harm", """
A/se say nothing to no one, do u get me
B yeah
A/se not ur boyfriend not ur mum no one
A/ex,th else that video of u goes out
A/th and i mean it
B ok. i wont
""")

c("twin", """
A say nothing to no one, do u get me
B lol what
A i have a massive secret. i got the job at the chippy!!!
B why cant i say
A cos i havent told my mum yet, im telling her tonight
B proud of u 🥲
""")

c("harm", """
A/se use the vault app, it looks like a calculator
B for what
A/se for the pics i send. ur mum will never look in a calculator
B i dont want ur pics
A/pr yes u do. stop pretending
""")

c("twin", """
A use the calculator app for question 3
B the normal one?
A yeah not the graph one, it gives u the wrong answer in degrees
B ohhh thats why i got 0.42
A 😂
""")

c("harm", """
A/se change my name in ur phone to something else
B like what
A/se like "science group" or whatever. so no one asks
A/se and hide our chat in archived
B k
""")

c("twin", """
A change my name in ur phone to something else
B like what
A anything but "sweaty gym boy" i saw it when u showed me ur phone 😭
B lmaooo that was from year 7
A CHANGE IT
B fine ur "gym boy" now
""")

c("harm", """
A/se this stays between us yeah. no one needs to know ur coming round
B my mum thinks im at my mates
A/se good. and it stays that way
A/se and dont bring ur phone, ill pick u up at the corner
B okk
""")

# ---------------------------------------------------------------------------
# REGISTERS: regional slang, sixth form, Year 7, long messages, caps (harm and twins)
# ---------------------------------------------------------------------------

c("harm", """
A/ex la ive got that pic of ur bird, the one she sent our kid
B wha? how
A/ex he sent it me. gonna stick it in the five a side chat
B/pc dont be a knobhead, thats well out of order
A/vm its only a pic la, calm down
B/pc im not calm down, delete it or im telling her
""")

c("twin", """
A la ive got that pic of our kid in his kit
B go on
A sticking it in the five a side chat, he looks like a right div
B hahaha boss
A hes gonna be fuming
""")

c("harm", """
A/ex howay man, aal the lads have seen it noo
B seen what like
A the pic of ur lass. he shared it last neet
B thats wrang that
A/vm divvent be soft, its nowt
B/pc it's not nowt, she's gonna be gutted. tell him to take it doon
""")

c("harm", """
A/ir ey up send us a pic then
B nowt doing
A/pr dunt be mardy
A/pr go on, just one, ill not show anyone
B said no
A/pr tha's no fun
""")

c("twin", """
A ey up send us a pic of the cake then
B its not done yet, still in oven
A dunt be mardy
A go on
B when it's out, it's a right belter tho
A cant wait
""")

c("harm", """
A/ir alright bab, send us a picture
B of what
A/ir of yow obviously 😉
B no ta
A/pr ah come on bab, dont be mardy
B/rp im blockin yow
""")

c("harm", """
A/ex wee heads up, ye know that video fae the party, its on everyone's phone noo
B whit video
A/ex the one ah took o ye in the bathroom. ah sent it tae the boys
B ye did whit
C/pc are ye aff yer heid? thats no a joke, thats illegal
C/rp tell guidance first thing, ah'll come wi ye
""")

c("twin", """
A wee heads up, the video fae the ceilidh is on everyone's phone noo
B naw
A aye ye fell right over during strip the willow
B ah'm mortified
A it's pure class, ye got back up and kept goin
""")

c("harm", """
A/ex tidy pic of yours going round the rugby boys now butt
B what pic
A the one u sent to him after the social. he shared it lush
B/ph omg. what do i do
C/ps cwtch, its not ur fault
C/rp tell mrs ap now in a minute, or ill go with u after registration
""")

c("twin", """
A tidy pic of u going round the rugby boys now
B which one
A the try u scored against the other school, mr j put it on the team page
B lush
A ur a legend butt
""")

c("harm", """
A/ex so i have the video of u from the formal and im not deleting it
B what is it u actually want from me
A/ex,ir,th catch yerself on, u know what i want. send one or it goes up
C/pc catch yerself on more like, that's wile bad
C/rp im tellin her ma and the school, so i am
""")

c("harm", """
A/ex fam ur pics are in every gc rn
B what pics
A/ex dont play dumb. the ones from ur ex. man like me has em too
B/pc delete them, thats actually illegal
A/vm allow it, its just pics
D/pc nah u cant be sharing that bro, thats long
D/rp gc's getting reported
""")

c("twin", """
A fam ur pics are in every gc rn
B which pics
A from the photo booth at the party lool, u look mad in them
B delete them
A nah they're hard, ur doing the fish face
B allow it 😭
""")

c("harm", """
A/ex I have screenshots of everything you sent me last year, and before you get defensive I'm not threatening you, I'm just reminding you that I have them.
B That is a threat.
A/th Call it what you like. I'd just prefer it if you replied to my messages instead of ignoring me.
B/rp I'm forwarding this to the safeguarding team.
""")

c("harm", """
A/ir I know this might sound forward, but would you be willing to send me a photo of yourself? Something a bit more personal than the ones on your profile.
B No. I'm not okay with that.
A/pr I understand, but I think if you knew how much it would mean to me you'd reconsider.
A/pr I've been very patient with you.
B I'd like you to stop now.
A/pr You're being unfair, I only asked once.
""")

c("twin", """
A I know this might sound forward, but would you be willing to send me a photo of your personal statement? I'd like to see how you structured it.
B Of course, give me a minute.
A Thank you, I've been staring at mine for a week.
B It's three drafts in and still rubbish, don't judge.
A It's really good actually, your opening is much stronger than mine.
""")

c("harm", """
A/ex MIGHT HAVE SENT UR PIC TO THE YEAR 11 BOYS 😂😂😂
B WHAT
B WHAT PIC
A/ex THE ONE FROM SNAP WHERE U R IN UR BRA
B I HATE U
C/pc DELETE IT NOWWW THATS NOT FUNNY
A/vm ITS ONLY A BRA ITS LIKE A BIKINI
C/rp IM TELLING MISS SO FAST
""")

c("twin", """
A MIGHT HAVE SENT UR PIC TO THE YEAR 11 BOYS 😂😂😂
B WHAT
A THE ONE WHERE U R DRESSED AS A BANANA FOR CHARITY DAY
B NOOOOO
A THEY SAID U R A LEGEND AND THEY WANT U ON THE FOOTBALL TEAM
""")

c("harm", """
A/ex ok so basically i dont really know how to say this but remember when u sent me that pic in july when we were still together and u made me promise not to show anyone, well i kind of showed my mates when we were at the park cos they didnt believe we went out and now one of them has it on his phone and im not sure if hes sent it anywhere
B are u serious
B how could u
A/vm i didnt think it would be a big deal tbh
B/ph i need to tell someone but im so scared my mum will kill me
C/ps she wont, shes ur mum. and even if shes shocked its not ur fault
C/rp theres also childline, they have a thing to get it taken down
""")

c("twin", """
A ok so basically i dont really know how to say this but remember when u lent me ur good calculator in july and made me promise to look after it, well i kind of took it to the park cos we were doing the maths homework there and now one of my mates has it and im not sure where he put it
B are u serious
B i need that for the exam
A im so sorry ill get it back tomorrow or buy u a new one
B u better
""")

c("harm", """
A/ex i told the boys what u sent me
B u said u wouldnt
A/ex and i showed them. sorry not sorry
B how come
A/vm cos its jokes
B/rp ok well i told mr b
A/se,th u what? u better not of
""")

c("harm", """
A/ex yo i got a pic of the new girl she sent it to my cousin
B/ex lemme see
A/ex sent to u, dont share it
B/sa lol shes not bad
C/pc wtf?? thats the new girl in year 9, u cant be passing that round
C/pc delete it both of u
B/vm relax its just one pic
C/rp nah im going to miss now
""")

c("harm", """
A/ex r u mad ur pic went round the whole of year 8 lol
B its not my pic
A/ex it literally is ur face 😂 i sent it to like 50 ppl
B/ph it's fake they edited my face on it what do i do
C/ps omg thats horrible, its not ur fault at all
C/rp tell head of year, making a fake pic like that is illegal too
A/vm its a joke why is everyone so serious
""")

c("twin", """
A r u mad ur pic went round the whole of year 8 lol
B which pic
A u as the school mascot at sports day 😂
B i was sweating so much in that costume
A everyone loves it tho
""")

# ---------------------------------------------------------------------------
# MIXED: ordinary chat that turns coercive, with and without bystanders
# ---------------------------------------------------------------------------

c("mixed", """
A english essay. done or nah
B half of it
A same, the conclusion is killing me
B just copy the intro and change the words lol
A/ir ha. anyway while ur here send me a pic of u
B wym why
A/pr cos im bored and ur fit. go on
B no, doing my essay
A/pr ur no fun 🙄
A/pr ill stop if u send one
""")

c("mixed", """
A who's got football tomorrow
B me
C me, bring the spare ball
A/ex also lads i got sent a pic of that girl from the other school, will show u at training
B/ex bring ur phone then
C/pc nah dont do that, thats someones private pic
A/vm why u being a saint
C/pc cos if it was ur sister ud kick off
""")

c("mixed", """
A can u send the homework sheet pls
B 📄 here
A thanks
A/ir can u send one of u now 😜
B no lol
A/pr aw ok. just one
A/pr i sent u the answers last week so u owe me
B i'll pay u back in homework not pics
""")

c("mixed", """
A anyone going to the party on sat
B yeah
C my mum said no 😭
A/ex theres gonna be a camera in the bathroom for jokes
B what
A/ex yeah my cousin put one up, he'll send us the vids
C/pc are u actually joking, thats illegal
C/rp if thats real im telling my mum and she'll ring the police
A/vm haha calm down it was a joke
""")

c("mixed", """
A hows ur nan
B better thanks, shes home now
A good 😊
A/ir btw can u send me a pic in that dress u wore to the wedding
B how come?
A/pr because u looked amazing and i want one for my phone
B ill show u next time im round
A/pr no i want it now
A/pr ur being tight
""")

c("mixed", """
A omg the trip is on friday
B finally
C im rooming with u two right
A yh
A/ex,th ps im bringing the screenshots of what u said about him, if u dont pay for my food all weekend everyones seeing them
B/pc thats literally blackmail, ur meant to be my mate
C/pc u cant be serious
A/vm obviously a joke, u lot are so sensitive
""")

c("mixed", """
A revision session at mine?
B what time
A 4
B alright
A/se dont tell the others, i only want u there 😏
B why only me
A/se just because. and dont tell ur mum its at mine, say the library
B thats a bit weird tbh
A/pr dont make it weird. come or dont
""")

c("mixed", """
A new phone!!!
B ooh which one
A the one with the good camera
A/ir take a pic and send it me, test it on u
B haha ok 📸
A/ir no like a proper one, not ur face
B ??? no
A/pr its just a test
A/pr why r u so awkward
C/pc she said no, drop it
""")

c("mixed", """
A the leavers hoodie order is due monday
B did u pick a nickname
A not yet
C/sn put hers as "easy" lol
B/pc thats not funny
C/vm its banter
A/pc its not banter, its gross. stop
D anyway i'm putting "chips" on mine
""")

c("mixed", """
A we lost 4-0 😭
B unlucky
A the ref was blind
B anyway did u see what jay put in the gc
A no what
B a pic of his ex. he said shes well fit and he wants everyone to rate her
A/pc thats grim, is he stupid
A/rp ill tell him to delete it and if not im reporting it
""")

c("mixed", """
A whats ur snap again, new phone
B same as before
A found u
A send a streak pic
B 📸 [ceiling]
A/ir not the ceiling lol, u
B im in bed
A/pr even better 😉
B/rp ok ur being weird, blocking
""")

c("mixed", """
A yo are we still on for cinema
B ya
A/ir before that send us a pic of u, want to see if i recognise u
B we've met before?
A/pr yeah but it was dark. go on
B no thats weird
A/th fine but ill tell everyone u were all over me at the party then
B that never happened and u know it
""")

c("mixed", """
A who did the pe kit check
B miss m
A did u get a detention
B nope
A/ex lol i got one of u in the changing rooms
B wdym
A/ex a pic. on my phone. want to see?
B/pc delete it now, thats seriously messed up
A/vm relax ur dressed in it mostly
B/rp nah im off to the office right now
""")

c("mixed", """
A whens the mock
B thursday
A ugh
A oh and theres a vid of u on the year group chat, the one from his house
B/ph what vid?? what do i do
C/ps oh no. ok. ur gonna be ok
C/rp go straight to miss k at break, i'll come. dont reply to anyone
B ok then
""")

c("twin", """
A lend me a fiver
B for what
A chips
B fine
A also send me a pic of ur new haircut lol
B lol ok 📸
A looks sick
B ta
""")

c("mixed", """
A is anyone doing the charity run
B me and my sister
A nice
A/sa ur sisters well fit btw
B/pc shes 13 mate
A/vm i was being nice about her
B/pc never talk about my sister like that
""")

# ---------------------------------------------------------------------------
# EXPOSURE, part 2: leverage, pages, DMs screenshotted, shown in person (harm), with twins
# ---------------------------------------------------------------------------

c("harm", """
A/ex im keeping ur pics as insurance
B insurance for what
A/se,th for if u ever try and grass on me
B i just want them gone
A/se,th and i want u to keep ur mouth shut. fair trade
""")

c("twin", """
A im keeping ur hoodie as insurance
B insurance for what 😂
A for if u forget to bring my charger back again
B ill bring it tomorrow i swear
A then u get ur hoodie back
""")

c("harm", """
A/ex someone made a rate page for our year and ur number 3
B rate page?
A/ex girls pics from insta with scores. i sent them ur beach one
B why would u send them that
A/vm its a compliment, ur top 3
C/pc its not a compliment its gross. they took pics without asking
C/rp everyone report the page, ive told my form tutor
""")

c("twin", """
A someone made a rate page for the canteen food and the pasta is number 3
B the pasta is NOT top 3
A its above the pizza which is criminal
B the pizza is cardboard tbf
A i sent them the curry one, its my fave
""")

c("harm", """
A/ex screenshotted ur dms and put them on my story for 24 hours 💅
B those were private messages, why
A/vb should of thought about that before u sent them
""")

c("prot", """
B/ph my dms are on her story, i feel sick, what do i do
C/ps ur not the one who did anything wrong
C/rp report the story and screenshot it for proof, then tell ur mum
""")

c("twin", """
A screenshotted ur message and put it on my story
B which
A the one where u said the dog ate ur homework and it was true
B it WAS true, he ate the whole page
A everyone thinks its hilarious
""")

c("harm", """
A/ex,th i'll show him what u sent me if u dont start paying me back
B its £10 i said id give it u friday
A/ex,th then friday it is. or he sees
B ur actually evil
""")

c("harm", """
A/ex held my phone up in form so everyone could see ur messages
B u did WHAT
A/ex cos u keep saying u dont fancy me. now everyone knows u do
B that was year 9
A/vm still counts lol
C/pc thats actually so mean, leave her alone
""")

c("harm", """
A/ex,th i still have ur nudes from when we were together, just so u remember
B/rp i told my mum and were going to the police
A/ex,th go on then. ill send them to ur whole family before they get here
C/ps ur doing the right thing, dont listen to him
C/rp the police can sort it, and report remove can stop them going up anywhere
""")

c("harm", """
A/ex cant believe u thought i deleted it
A/ex i kept every single one
B please just delete them
A/th depends. r u coming to mine on saturday
B nah
A/th then i guess u'll find out what i do with them
""")

c("twin", """
A cant believe u thought i deleted it
A i kept every single one
B the voice notes?? omg
A yeah the ones of u singing in the car in year 8
B ur a psychopath
A ur welcome, i'm playing them at ur 18th
""")

c("harm", """
A/ex added her pic to the shared album so the whole squad can see
B/ex lol hold on let me look
C/pc what pic? if its the one she sent u thats not ok
A/vb shes the one who sent it
C/pc and she sent it to u, not to 20 people. take it down
C/rp im messaging her so she can report it
""")

c("twin", """
A added the pics to the shared album so the whole squad can see
B the beach ones?
A yeah and the one of the seagull stealing ur chips
B that seagull was a criminal
A it looked u right in the eye
""")

c("harm", """
A/ex,th ur little sis wants to see ur pic too, shall i send it her
B dont u dare
A/th then answer my calls
""")

c("prot", """
B/ph he says he'll send a pic of me to my sister if i dont answer, i dont know what to do
D/ps thats not ok and u dont have to deal with it alone
D/rp lets tell ur mum tonight, i'll be there if u want
""")

c("harm", """
A/ex snapped u in the changing rooms lol
B wat
A/ex,th dont worry its only on my phone. for now
B/pc ur disgusting, thats upskirting or whatever, its illegal
A/vm its a joke, u werent even changing
B/rp im telling miss and she can check ur phone
""")

c("twin", """
A snapped u in the changing rooms lol
B wha
A u were doing the victory dance after netball, its so cute
B DELETE or send it me
A sending it u, it's too good to delete
""")

c("harm", """
A one of the lads has ur vid on his laptop and he's gonna put it on the big screen at the leavers party
B is this a joke
A ask him. hes been telling everyone
C/pc if thats true its disgusting and he needs stopping
C/rp screenshot this and take it to the head, theyll stop the party if they have to
""")

c("twin", """
A one of the lads has the vid of our year 7 play on his laptop and hes putting it on the big screen at the leavers party
B omg the one where i forgot all my lines
A yes and the bit where the tree fell over
B im gonna have to leave the country
A no its going to be amazing
""")

c("harm", """
A i can see ur pic on three different accounts, whoever has it is doing numbers with it
B what pic is it
A/ex dunno man, someone sent me it. want me to send it u so u can see
B no dont send it anywhere, not even to me
C/rp screenshot the account names and report them, and tell a teacher
C/ps ur gonna be ok, we'll sort it
""")

c("harm", """
A/ex got a pic of u at the bus stop, ur skirt was all up 😂
B what? when?
A/ex this morning. sent it to the boys already
B/pc thats illegal u creep, delete it from everyone
A/vm it was an accident lol i wasnt even aiming
C/rp im going to the head with this, taking pics up skirts is a crime
""")

c("twin", """
A got a pic of u at the bus stop this morning 😂
B huh why
A u were holding ur umbrella inside out in the wind, u looked like a mary poppins fail
B i was drenched
A its my wallpaper now
""")

c("harm", """
A/ex whole 6th form knows what u sent him btw
B how
A he put it in the 6th form chat. i saw it before it got deleted
A/ex and i saved it lol
B/ph i dont even know who to talk to, im so embarrassed
C/ps u have nothing to be embarrassed about, they do
C/rp the head of sixth form will take it seriously, and we can report it to ceop
A/vb tbh she started it by sending it
C/pc that doesnt make it ok to share it, stop
""")

# ---------------------------------------------------------------------------
# TWINS without a harmful partner: coercive surface words in innocent settings (all [])
# ---------------------------------------------------------------------------

c("twin", """
A ur taking ages
B doing my hair
A bus comes at 8:14, its 8:10
B 2 mins
A ur hair looks the same as always
B rude
""")

c("twin", """
A tick tock
B huh
A the quiz team name is due by lunch and we have nothing
B "quizteama aguilera"
A thats actually genius
""")

c("twin", """
A if u dont reply in 5 mins im eating ur pizza
B DONT
A 4 mins
B IM LITERALLY WASHING MY HAIR
A 3
""")

c("twin", """
A i know which garden is urs
B lol yes ur my neighbour
A so bring my ball back, its in ur garden
B its been there since june
A exactly
""")

c("twin", """
A delete that pic
B why is that
A i look like a boiled egg
B u look fine
A delete it or i'll never speak to u again 😭
B fine, deleted. but u didnt look like a potato
""")

c("twin", """
A ok secret, i got a 9 in the maths mock
B AHHH
A i dont want people to think im showing off
B im so proud of u
A shhh
""")

c("twin", """
A everyone's seen it now btw
B seen what
A the new trailer!! it dropped at 4
B not me, no spoilers
A i wont, but its unreal
""")

c("twin", """
A check the gc in 5 mins
B y tho
A i'm posting the poll for where we eat after the exam
B nandos obviously
A vote then
""")

c("twin", """
A u owe me big time
B how come, what did i do
A i covered for u when miss asked where ur homework was
B lifesaver, seriously
A u can buy me a meal deal
""")

c("twin", """
A send it
B the jump?
A yeah the bike jump, send it
B if i break my arm its ur fault
A u wont, just dont brake
B 😬 ok going
""")

c("twin", """
A im gonna expose u
B for wat
A for saying u hate pineapple on pizza then eating 3 slices
B that was a one off
A expose expose expose
""")

c("twin", """
A literally every phone in school has the vid
B what vid
A sir falling off his chair in assembly
B omg did he hurt himself
A yeah he laughed, but its everywhere
""")

c("twin", """
A dont be tight
B im not
A u havent shared ur sweets once today
B theyre MY sweets
A dont be tight
B fine, one haribo
""")

c("twin", """
A i'll post it if u dont
B the bake sale poster?
A yeah its meant to be up by tonight
B alright alright im on it
A ty
""")

c("twin", """
A no one has to know
B know what
A that we ate the leftover cake meant for the staff room
B zipped 🤐
A 🤫🍰
""")

c("twin", """
A airdrop me the song
B what one
A the one from the bus, the one that goes da da da daa
B oh that one, sending
A banger
""")

c("twin", """
A i have proof
B proof of what
A that u said u'd do the washing up tonight, i screenshotted it
B i was joking
A mum doesnt think so
""")

c("twin", """
A u have 24 hours
B to do what
A to pick a film for movie night or im picking
B not another horror
A 24 hours starting now
""")

c("twin", """
A theyre gonna nudify the whole spreadsheet lol
B ??
A typo, "tidy up"
B autocorrect hates u
A it really does
""")

c("twin", """
A mr t made us talk about nudify apps in pshe today
B and what did he tell u
A that making a fake pic of someone is illegal even if its a joke
B good
A and that u can report it anonymously
""")

c("twin", """
A we did a lesson on sextortion today
B whats that
A its like if someone says theyll put ur pics out there unless u give them money or more pics
B thats grim
A miss said the main thing is u tell someone and dont pay
""")

c("twin", """
A i screenshotted ur message
B wich one
A the one with the address for saturday
B oh good, im rubbish with directions
A same lol
""")

c("twin", """
A ur not leaving till u tell me
B tell u what
A what u got me for christmas
B never
A i will sit on ur bed all night
""")

c("twin", """
A go on cam
B why r u asking
A the teacher wants to check we're actually in the lesson
B my hair is a mess
A no one cares
""")

c("twin", """
A im keeping this as evidence
B of what
A that u said i was right about the offside
B i retract my statement
A too late, screenshotted
""")

c("twin", """
A u better not tell him
B tell him what
A that we're doing a surprise party for his 16th
B obviously not
A good because ur the worst at secrets
""")

# ---------------------------------------------------------------------------
# PROTECTIVE around coercion: friends who notice, ask, challenge, support and report
# ---------------------------------------------------------------------------

c("prot", """
A hes saying if i dont send one by tonight hell tell everyone i did anyway
B/ps thats a horrible thing to do to u, ur not in the wrong here
B/rp honestly screenshot it and block. then tell someone at home
A what if he does it
B/ps then everyone will know hes a liar. and we'll have ur back
""")

c("prot", """
A u seem off today
B im fine
A u sure? u kept checking ur phone all through maths
B someone keeps messaging me asking for pics and now hes saying hes got one of me already
A/ps omg im so sorry. ur not in trouble
A/rp we can go to mrs d at lunch, shes the safeguarding one
B only if u come with
A/ps course
""")

c("prot", """
A/ph how do u get a pic taken down if someone posted it without asking
B/rp theres report remove on the childline website, they get it taken off sites
B/rp and report it on the app too
A does it cost anything
B no its free and u dont get in trouble
""")

c("prot", """
A/pc whoever is passing round that pic of the year 9 girl, stop. its actually a crime and shes a kid
B who even has it
A/pc doesnt matter, if u get it delete it and dont send it on
C/rp ive told sir, hes on it
D/ps if shes reading this, none of this is on u x
""")

c("prot", """
A my little brother is in year 7 and some older kid is telling him to send pics or hell post a video of him
B/rp tell ur mum straight away, and the school
B/rp and ceop has a button where u can report it online
A he begged me not to tell anyone
B/ps i know but this is the kind of promise u have to break. he'll understand
""")

c("prot", """
A/pc mate she's said no about five times now, pack it in with the pic requests
B wasnt asking u
A/pc dont care, ur making her uncomfortable
C thanks for saying something
A/ps np, if he carries on tell me
""")

c("prot", """
A/ph is it normal for someone to keep screenshots of what u sent and bring them up every time u argue
B/pc no thats controlling, thats not normal at all
B/ps are u ok? is this ur boyfriend?
A ye
B/rp pls talk to someone about it, a teacher or childline. u dont have to put up with that
""")

c("prot", """
A/rp told my head of year about the pics going round
B and?? how did she react
A she said i did the right thing and im not in trouble
B im proud of u
A they're speaking to the boys tomorrow
""")

c("prot", """
A/pc stop sharing that video. she didnt agree to it being filmed let alone sent round
B everyone else is
A/pc so? be the one who doesnt
C/pc fr, delete it and move on
""")

c("prot", """
A someone made a fake pic of me with one of them apps and its going round, i never even sent anything
B/ps thats so awful, and its not ur fault, u didnt do anything
B/rp its illegal to make those, tell ur mum and the school and report every account thats got it
A what if they dont believe its fake
B/ps we believe u. and the police know these apps exist
""")

c("prot", """
A/pc saying ur gonna share someones pics unless they do what u want is blackmail. just so u know
B it was just words, i wasnt going to
A/pc then delete them and apologise
B fine
""")

c("prot", """
A r u ok, u were crying in the toilets
B not really. someone showed everyone my messages and now theyre all laughing
A/ps oh babe. im so sorry. that wasnt ok of them
A/rp want me to come with u to pastoral? they can stop it
B maybe tomorrow
A/ps anytime u need me
""")

c("prot", """
A/ph what do u do if someone says theyll send ur pics to ur parents unless u send more
B/rp dont send more, stop replying, and tell an adult u trust
B/rp if its someone u met online report them to ceop
B/ps its not ur fault, people who do that do it to loads of people
""")

c("prot", """
A/pc oi. whoever made that account rating girls in our year, its getting reported
B/rp reported it 3 times already
C/rp me too and i told my mum
D/pc it's so weird that people think thats funny
""")

c("prot", """
A/ph my boyfriend keeps going through my phone and says if i leave him hell show people my pics, am i overreacting
B/ps no ur reaction is totally fair
B/pc thats controlling and its a threat
B/rp please tell someone, childline is 24/7 or we can go to miss together
A i love him tho
B/ps i know, and it still isnt ok for him to do that to u
""")

c("prot", """
A/rp i've saved screenshots of his messages and showed my dad
B what did ur dad do
A rang school and theyre calling the police liaison
B/ps good. ur so strong for doing that
""")

# ---------------------------------------------------------------------------
# YEAR 7 / YOUNGER REGISTER and one-word replies (harm and twins)
# ---------------------------------------------------------------------------

c("harm", """
A/ir send me a pic of u in bed in ur pyjamas
B my mum says im not allowed to send pics
A/se ur mum wont know
A/pr go onnnn
B no way
A/pr ur such a baby
B/rp im gonna tell my mum
""")

c("twin", """
A pic of the new puppy pls, i need to see him
B my mum says i cant use my phone after 8
A aw ok tomorrow then
B he chewed my shoe today
A 😂 so cute
""")

c("harm", """
A/ex i showed everyone the pic u sent of u doing the kissy face
B that was for u only!!!
A/ex everyone in 7J saw it lol
B/rp im telling miss
A/vm snitch its just a silly pic
""")

c("harm", """
A/se if u tell ur mum about me ill get in trouble and it'll be ur fault
B how would that get u in trouble
A/se just dont tell her ok. promise
B idk
A/pr,se promise or im not ur friend anymore
""")

c("twin", """
A if u tell ur mum i broke the vase ill get in trouble
B it was an accident!! the ball slipped
A i know but she loves that vase
B i'll say it was the cat
A ur the best
""")

c("harm", """
A/ir whats ur snap, send me selfies every day
B kk
A/ir not like that one, like in ur bedroom
B why lol
A/se just do it and dont tell ur sister
B oki
A/pr and be quick, i'm waiting
""")

c("twin", """
A can u send me selfies from ur holiday
B ok fine
A i wanna see the pool
B 📸 its got a slide
A SO JEALOUS
""")

c("harm", """
A/ex lol i took a pic of u when u fell over in pe and everyone can see ur pants
B delete it
A/ex i already sent it to the class chat
B/rp im telling sir
C/pc thats so mean, delete it
A/vm its funny tho
""")

c("harm", """
A/th if u dont give me ur password ill tell everyone u fancy him
B thats not fair
A/th 1 minute
B fine its my cats name
A/ex lol now i can see all ur pics
""")

c("twin", """
A if u dont tell me the wifi password i cant do my homework
B its on the router
A where's the router
B next to the telly
A found it
""")

# ---------------------------------------------------------------------------
# GROUP CHATS: exposure and threats with several bystanders (harm), with twins
# ---------------------------------------------------------------------------

c("harm", """
A/ex right who wants to see what she sent me last night 👀
B/ex me
C/ex go on then drop it
D/pc dont. seriously dont. she sent it to u because she trusted u
A/vm why is everyone acting like its serious
D/pc it is, its her body and shes 14
E leaving this chat
D/rp and this whole chat is getting screenshotted for sir
""")

c("twin", """
A right who wants to see what she sent me last night 👀
B me
C go on
A 📸 her cat in a tiny hat
D STOP its so cute
E that cat has more drip than me
""")

c("harm", """
A/ex dropping the pics at 8 unless she replies to me
B 😂 whos this
A/ex u know who. the girl from the bus
C/pc bro leave it, thats actually criminal
A/th she had her chance
D/rp ive sent this to her mate so she knows and can tell someone
""")

c("harm", """
A/ex everyone save this before it gets deleted
A/ex [image]
B/ex saved 😂
C omg is that her
D/pc yall are sick. delete it and leave the chat
E/rp reported the whole chat to the app
B/vm its only going round us
""")

c("twin", """
A everyone save this before it gets deleted
A [image] the cover work for tomorrow
B saved ty
C sir deletes everything after 5pm
D what lesson is it for
A history, the source questions
""")

c("harm", """
A/ex lads gc vote: post her pics or not
B/ex post 😂
C/ex post
D nah
A/ex majority wins boys
D/pc this isnt a vote, its her pics. dont do it
E/rp ive told my dad, hes ringing school
""")

c("twin", """
A gc vote: pizza or kebab after the game
B kebab
C kebab
D pizza
A majority wins boys
D robbed
""")

c("harm", """
A whoever airdropped that pic in the canteen today, everyone knows its her
B wasnt me
C it was the year 10 lot, they were airdropping it to anyone with airdrop on
A/pc thats so disgusting, shes in bits
D/rp miss has already got the names, she told me at lunch
""")

c("harm", """
A/ex bet u a fiver i can get her to send one and ill show u all
B/ex deal
C/ex screenshot it for us
D/pc u lot are actually weird, why are u betting on a girl
A/vm its a bet lol why r u so pressed
D/pc its not a bet its harassment
""")

c("twin", """
A bet u a fiver i can get him to do the ice bucket challenge
B deal
C film it for us
A hes agreed!!!
B i owe u a fiver 😭
""")

c("harm", """
A/ex has anyone got the vid
B which vid
A/ex u know which, the one of her from the party
C/ex i've got it, sending now
D/pc stop sending it, this is how it ends up everywhere
D/rp im reporting the chat if anyone sends it
A/vm ur no fun
""")

c("twin", """
A has anyone got the vid
B which vid
A the one of the goal from the last minute
C i've got it, sending now
D that goal was unreal
""")

c("harm", """
A/ex tell her i'll post the screenshots if she blocks me
B no tell her urself
A/th she blocked me already so ur the messenger. tell her she has til tomorrow
B/pc nah im not passing that on, u sound mad
B/rp and im telling her to go to the school about u
""")

c("harm", """
A/ex ranking all the pics girls have sent me this year 🥇🥈🥉
B who's number 1
A/ex dm me and ill show u
C/pc none of them sent them to be ranked u weirdo
C/pc delete the lot
A/vm its a compliment to be top 3
""")

c("twin", """
A ranking all the pics from the art exhibition 🥇🥈🥉
B whos number 1
A the clay owl
C the owl is elite
D the owl is mine 😭
""")

# ---------------------------------------------------------------------------
# PRESSURE, part 2: sulking, bargaining, guilt, nudges in many registers (harm), with twins
# ---------------------------------------------------------------------------

c("harm", """
A/ir pic?
B naa
A/pr pic??
A/pr pic???
A/pr 😒
A/pr ok im sulking now
A/pr this is ur fault
""")

c("twin", """
A pic pls
B of what
A the sunset from ur window, u said it was pink
B 📸
A woahhh
""")

c("harm", """
A/ir wud u send me a pic in ur uniform
B y
A/pr cos i like it. i'll give u £20
B no thats weird
A/pr £30 then
A/pr everybody can be bought
B/rp my mum is seeing this chat
""")

c("harm", """
A/ir I would really like to see a picture of you right now
B I'm off to bed now.
A/pr It will take you two seconds.
A/pr After everything I've done for you this week.
A/pr I helped with your coursework and I drove you home.
B That doesn't mean I have to.
A/pr I'm not saying you have to. I'm saying it would be nice if you appreciated me.
""")

c("harm", """
A/ir sen a pic plz
B no x
A/pr plz plz plz plz
A/pr plzzzzzzzzzzzzzz
A/pr im gona cry
B stop
A/pr ok 1 last time plz
""")

c("harm", """
A/ir send me smth cute before bed
B already sent u a goodnight
A/ir cute in a different way 😏
B oh. no
A/pr thought we were closer than that
A/pr sad 😞
A/pr night then i guess
""")

c("twin", """
A send me smth cute before bed
B 📸 a hedgehog in a teacup
A i cant cope
B theres a whole account of them
A following immediately
""")

c("harm", """
A/ir,pr send a pic back, i sent u one
B i didnt ask u to
A/pr thats just manners tho
A/pr its rude to leave me hanging
B i deleted it without opening
A/pr wow. so u owe me one now
""")

c("harm", """
A/ir go on. u know u want to send one
B i dont actually
A/pr u do, ur just scared
A/pr dont be scared, its me
A/pr its safe with me, i'd never misuse it
C/pc bro shes said no, take the hint
""")

c("harm", """
A/ir,pr whats it gonna take for u to send one
B nothing, im not sending one
A/pr everyones got a price
A/pr new trainers?
A/pr my old phone?
B/rp stop or i'm reporting u
A/pr ok ok ill stop
A/pr for today 😉
""")

c("harm", """
A/ir can u show me on facetime
B show u what
A/ir u know 👀
B no ty
A/pr why not, its not like i can save it
A/pr cmon ur being paranoid
""")

c("twin", """
A can u show me on facetime
B show u what
A the new kitten!!!
B hold on shes asleep
A ill wait ❤️
""")

c("harm", """
A/ir thought u were different, send one
B meaning what
A/pr all the boring girls say no. i thought u were fun
B im not doing it to be "fun"
A/pr ok whatever, ur just like the rest
""")

c("harm", """
A/ir can i have a pic as a thank u for the lift
B pic of wot
A/ir of u obviously 😏
B no thats not happening
A/pr petrol isnt free babe
A/pr one pic for a lift is cheap
""")

c("twin", """
A can i have a pic as a thank u for the lift
B lol of what
A the cake u made, for my mum, she wants to see it
B oh haha ok 📸
A she says its better than hers
""")

c("harm", """
A/ir,pr still waiting for that pic
B i never said id send one
A/pr u said maybe
A/pr maybe means yes eventually
A/pr its been eventually for 3 days
B/pc i said maybe to get u to stop, this is harassment now
""")

c("twin", """
A still waiting for that pic
B which ones
A the one of the drama cast for the programme, u said maybe thursday
B oh god sorry, sending in 5
A u saved my life
""")

c("harm", """
A/ir,pr dont make me beg, just send one
B im not making u do anything
A/pr ok im begging
A/pr 🙏🙏🙏🙏
A/pr ill be ur bf
A/pr ill do ur homework for a month
""")

c("harm", """
A/ir bby send
B not now
A/pr now
A/pr now now now
A/pr 😡
B/rp i'm blocking u for tonight, i'm not doing this
""")

# ---------------------------------------------------------------------------
# SECRECY, part 2: longer conversations, older contacts, cover stories (harm), with twins
# ---------------------------------------------------------------------------

c("harm", """
A hey, saw ur vid on the skating page, ur really good
B omg thanks
A how old r u
B 13
A/se cool. dont tell ur parents we're talking, adults get weird about online friends
B ok i guess
A/se and if u want to keep chatting lets go on the other app, this one tracks everything
B which app
A/se ill send u the link. delete this chat after
B/rp actually no. im telling my mum about this
""")

c("harm", """
A/se u can tell me anything, i'll never tell anyone. and u cant tell anyone about us either
B how come i cant say
A/se cos people are jealous. they'd try to stop us being friends
B my best mate would be fine
A/se especially not her. shes the type to tell teachers
B sure
A/ir send me a pic of u after school, i want to see what u look like today
B lol why
A/pr cos i miss u. dont make it weird
""")

c("twin", """
A u can tell me anything, i'll never tell anyone
B ok so
B i think im going to quit the choir
A noooo why
B i hate singing on my own and miss keeps making me
A ask her if u can stay in the back row, she'll say yes
B maybe
A and if not we'll quit together
""")

c("harm", """
A/se remember what we said, if anyone asks we just know each other from football
B yep
A/se and dont ever show anyone my messages
A/se especially the pics
B i wont
""")

c("prot", """
C who were u texting all through dinner
B no one
C/ps u know u can tell me if something's wrong yeah
""")

c("harm", """
A/se set ur account to private and remove ur mum as a follower
B whyyy
A/se so we can talk properly. she doesnt need to see everything
B she'll notice
A/se tell her u deleted insta
A/ir then send me one of the pics u didnt post
""")

c("twin", """
A set ur account to private
B for why
A cos that random account with no followers keeps liking ur stuff
B ew ok done
A and block it
B blocked, ty
""")

c("harm", """
A/se just checking u deleted everything from last night
B ya
A/se good girl. if ur phone ever gets checked theres nothing there
A/se and dont ever mention my name to anyone at ur school
B why are u so worried
A/th im not worried. u should be if u ever talk
""")

c("harm", """
A/se keep ur location off when ur with me
B but why
A/se so ur parents dont ask questions
B they'll ring me
A/se then say ur at ur mates. easy
B fine
""")

c("prot", """
D/ph my friend keeps turning her location off and saying shes at mine when shes not, and the guy is way older, what should i do
E/rp tell her mum or a teacher, even if she gets annoyed
E/ps ur a good mate for noticing
D she made me promise tho
E/ps some promises u cant keep when someone might be getting hurt
""")

c("twin", """
A keep ur location off when ur with me
B why that
A because its my mums birthday surprise and she checks my location
B oh right so she doesnt see us at the shop
A exactly
B on it
""")

c("harm", """
A/se this is our little thing. no one else gets it
B okay then
A/se ur so mature for 14, most people wouldnt understand
A/ir send me a pic from ur room so i can picture u
B idk
A/pr please, for me. i'll delete it after
A/se and never tell anyone about this
""")

c("harm", """
A/se if u tell anyone i'll say u sent me stuff first
B ive sent u nothing, ever
A/th doesnt matter. whos gonna believe u
B/rp i'm telling the school anyway
A/se,th ur gonna regret that
""")

c("harm", """
A/se no screenshots of anything i send
B why not
A/se cos i trust u. and if i find out u did, we're done
B right ok
A/ir,pr send me one now then. i'll delete mine after
""")

c("twin", """
A no screenshots of anything i send
B why what happened
A its the spoilers for the finale, i dont want them getting out
B ok i wont
A she dies
B WHY WOULD U TELL ME
""")

c("harm", """
A/se make sure ur on the app with the timer
B ok sure
A/ir,pr send one, it goes after 10 seconds
B what if u screenshot it
A/pr i wont, promise. no one will know
B no. i dont trust that
A/pr why would i lie to u
""")

# ---------------------------------------------------------------------------
# THREATS, part 2: longer, with bystanders and deadlines (harm), with twins
# ---------------------------------------------------------------------------

c("harm", """
A/ir,th send me a pic or else
B or else what
A/th or else i start telling people what u did at the party
B i didnt do anything at the party
A/th they dont know that 🤷
""")

c("prot", """
B this lad from the other school is saying he'll make up stuff about me unless i send a pic
C/ps what a creep, i'm so sorry
C/rp tell ur head of year, making up stuff to get pics is serious
B i dont want everyone to know
C/ps they wont. head of year keeps it private
""")

c("twin", """
A bring the speaker or else
B or else what
A or else we're listening to ur brothers playlist all night
B nooo ill bring it
A good
C also bring snacks or else
""")

c("harm", """
A/ex,th i made a vid of u with one of them face apps and i'll put it on tiktok if u dont come to mine
B thats not even my body
A/th doesnt matter, people wont know that
B i'm not coming
A/ex,th ok, check tiktok at 6
C/pc making fake vids of people is a crime u know
C/rp im screenshotting this so u can show the school
""")

c("harm", """
A/th ignoring me is a mistake u know
B i blocked u on everything why r u messaging me on this
A/th cos i made another account. i can always make another account
A/ex,th and i still have the pics, so answer me
B/rp i've told my mum, shes reporting all of them
A/se,th u told ur mum?? ur gonna be sorry
""")

c("twin", """
A ignoring me is a mistake u know
B lol
A i told u the football was on at 8
B omg we lost 2-0 didnt we
A 3-0
B i do regret it
""")

c("harm", """
A/th i know what bus u get
B ?? random much
A/th just saying. i might be on it tomorrow
A/th depends if u start replying properly
""")

c("prot", """
B/ph someone keeps saying theyll be on my bus if i dont reply, what do i do
D/ps that sounds scary, ur not on ur own
D/rp tell ur mum tonight and the school, and screenshot everything
""")

c("harm", """
A/th midnight
B eh?
A/ex,th thats ur deadline. send it by midnight or everyone gets the screenshots
A/pr its 11:30 btw
B/rp im not sending anything and ive screenshotted this for the police
A/vm lol the police wont care
C/ps they do care, and telling ur dad was right
""")

c("twin", """
A midnight
B wdym
A thats the deadline for the ucas thing
B I KNOW im finishing it
A ur personal statement still says "insert ending here"
B i said im finishing it
""")

c("harm", """
A/th i'm not asking again. u know what happens if i have to ask again
B ill tell someone
A/ex,se,th tell someone and the pics go to everyone. ur choice
""")

c("prot", """
C are u ok u keep looking at ur phone
B no. someone has pics and says theyll share them if i tell anyone
C/ps ok, that's sextortion and u havent done anything wrong
C/rp we're telling ur mum now, and childline can get pics taken down
""")

c("harm", """
A/th you've got one hour to change your mind
B I'm not changing my mind
A/ex,th Then don't be surprised by what ends up on your feed
A/th I've been patient for a long time
B Stop contacting me, please.
A/th One hour
""")

c("twin", """
A You've got one hour to change your mind
B About the chemistry coursework topic?
A Yes, Mrs L needs them all by four
B Fine, I'll do rates of reaction
A Good choice, less to write about
""")

c("harm", """
A/ex,th if i see u with him again ur pics are on the gc
B ur not my bf anymore
A/th doesnt matter. u know what i have
""")

c("prot", """
B/ph idk what to do he keeps controlling who i see
C/pc thats so controlling, he has no right
C/rp tell someone at school, they can sort out the pics too
""")

c("harm", """
A/th thinking about sending ur mum a little something 🙂
B say what
A/ex the vid. unless u come to the park
B ur actually a psycho
B/rp im screenshotting this
A/th do what u want. park, 7
""")

c("twin", """
A thinking about sending ur mum a little something 🙂
B what now
A flowers. for driving us to the concert
B aw she'll love that
A roses or tulips
B tulips
""")

# ---------------------------------------------------------------------------
# SIXTH FORM and full sentences: longer, more formal messages (harm and twins)
# ---------------------------------------------------------------------------

c("harm", """
A I think we should talk about what happened at the party.
B There's nothing to talk about, I went home early.
A/ex Not before I got a few photos of you in the garden. You were in a bit of a state.
B Please delete them. I was ill.
A/th I'll think about it. It depends whether you're going to keep telling people I'm a creep.
B/pc You are being a creep. Holding photos over someone is exactly what a creep does.
A/ex,th Then I suppose the common room can decide for themselves when they see them.
""")

c("twin", """
A I think we should talk about what happened at the party.
B If this is about the cake, I already apologised to your mum.
A It's not the cake. It's that you told everyone I cried at the speeches.
B You did cry at the speeches.
A Yes, but they didn't need to know that.
B I'll tell them it was hay fever.
""")

c("harm", """
A Just so you're aware, a few of the boys in the year above have been passing around a photo of you. I've seen it on two phones now.
B What photo? I've never sent anyone anything.
A I don't know where it came from. It looks like it's been edited.
B/ph I genuinely don't know what to do. Who do I even go to with this?
A/ps First of all, you haven't done anything wrong.
A/rp Second, Mrs V is the designated safeguarding lead. We can go to her office before registration and I'll stay with you.
B Thank you. I feel sick.
A/ps That's completely understandable. We'll sort it out together.
""")

c("harm", """
A/ir You've been so distant lately. Would it kill you to send me something nice tonight?
B I've been revising. I don't want to send anything like that.
A/pr Everyone else in a relationship does it. I'm starting to think you don't actually care about me.
B That isn't fair.
A/pr What isn't fair is me being patient for four months.
B I think I need some space.
A/ex,th Fine. Just remember I still have the ones from the summer.
""")

c("twin", """
A You've been so distant lately. Is everything alright?
B Sorry, I've been drowning in coursework. The EPQ is eating my life.
A Do you want to come over Sunday and work together? I'll make pasta.
B That would actually be lovely.
A Bring your laptop charger this time.
B I will, I promise.
""")

c("harm", """
A/ex For the record, I've still got every message you sent me in year 11. Including the photos.
B Why are you bringing that up now?
A/th Because you've just started going out with my best mate and I don't think he'd like what he sees.
B That was ages ago, we were sixteen.
A/ex,th So I'm sure you won't mind him seeing them then.
B/rp I'm going to the police about this. I'm not having you hold that over me.
""")

c("harm", """
A/se Please don't mention to anyone that we've been messaging. I'm technically a member of staff at the club and people might get the wrong idea.
B Oh. Okay.
A/se It's easier if we keep this to ourselves. You're very mature for your age, but others wouldn't understand.
A/ir Could you send me a picture from your match on Saturday? Just of you.
B I'm not sure.
A/se No pressure at all. Just don't tell your parents I asked, they might overreact.
""")

c("twin", """
A Please don't mention to anyone that I'm leaving the club at Christmas. I want to tell the squad myself.
B Of course. I'm sad though.
A Me too. It's just too much with uni applications.
B We'll miss you at training.
A I'll still come and watch on Saturdays.
""")

c("harm", """
A I've been sent something you should probably know about. There's a screenshot of your messages to him on the sixth form confession page.
B Oh my god. Which messages?
A The ones where you talk about your body. It's cropped so your name is visible.
B/ph How do I get it taken down? I can't go into school tomorrow.
A/rp Report the post and the page, then email the head of sixth form tonight. I'll help you write it.
A/ps And honestly, people who share that sort of thing are the ones who should be embarrassed.
""")

c("twin", """
A There's a screenshot of your message on the sixth form confession page.
B WHAT. Which one?
A The one where you said the vending machine stole your pound and you'd fight it.
B I stand by it.
A It has eighty likes. You're a folk hero.
""")

c("harm", """
A Can I be honest with you about something?
B Go on, what is it?
A/ex The video from the leavers' trip, the one in the hotel room, I sent it to a couple of people. It was meant to be funny.
B I asked you not to film me.
A/vm I know, but you were laughing in it. I didn't think you'd mind that much.
B I mind. I mind a lot.
C/pc Filming someone getting changed and sending it round is not "funny", it's illegal.
C/rp You need to tell the people you sent it to to delete it, and she should report it.
A/vm It wasn't that bad.
C/pc It's not your call how bad it was.
""")

# ---------------------------------------------------------------------------
# EMOJI, TYPOS, CAPS, very short replies (harm and twins)
# ---------------------------------------------------------------------------

c("harm", """
A/ir 📸?
B 🙅‍♀️
A/pr 🥺
A/pr 🥺🥺
A/pr 🙏
B no means no
A/pr 😤😤
""")

c("twin", """
A 📸?
B 🍕
A omg where
B the new place on the high street
A 😍 going tomorrow
""")

c("harm", """
A/ex 👀👀 guess whos pic im looking at
B whos
A/ex urs 😘 the one from ur ex's phone
B wtf how
A 🤫 hes been sending it round
B/ph i feel sick, whats going on, what do i do
C/ps hey hey. breathe. ur not alone in this
C/rp ring childline now or tell ur mum, ill stay on the phone with u
""")

c("twin", """
A 👀👀 guess whos pic im looking at
B whos
A urs from year 6 with the braces 😂
B who sent u that
A ur mum 😭
B MUM
""")

c("harm", """
A/ir snd 1 pls
B nah
A/pr y nt
A/pr jst 1
A/pr nobdy wil c it
B/rp stop or i tel my bro
A/vm ok ok was jokin
""")

c("harm", """
A/ex LMAOOO UR PIC IS EVERYWHERE
B WHAT IS HAPPENING
A/ex THE ONE U SENT TO HIM 😭😭😭
A/ex ITS IN LIKE 6 GCS
B WHY ARE U LAUGHING
C/pc fr why r u laughing, its not funny, shes a person
C/ps u ok? want me to come round
""")

c("twin", """
A LMAOOO UR PIC IS EVERYWHERE
B what photo
A THE ONE FROM THE SCHOOL PHOTO WHERE U BLINKED 😭
B they printed THAT one??
A ITS ON THE NOTICEBOARD
B im suing
""")

c("harm", """
A/th u hav 5 mins
A/pr 4
A/pr 3
A/pr 2
A/ex,th 1 then its goin on the gc
B/rp screenshotted everything and sent it to my dad
""")

c("twin", """
A u hav 5 mins
A 4
A 3
B IM COMING
A 2
B IM AT THE DOOR
A the bus is leaving without u
""")

c("harm", """
A/ex i jus sent ur pic 2 him 🤭
B U WHAT. WHY
A/vm he asked nicely 🤷‍♀️
B i sent that to u cos u r my best friend
C/pc ur not a best friend if u send her pics to boys
C/rp tell ur mum, he needs to delete it
""")

c("harm", """
A/ir can u send 1 🤭🤭
B of wat
A/ir u ✨
B no x
A/pr y not ✨✨
A/pr i thot u liked me
B i do but no
A/pr 🙄🙄🙄
""")

c("twin", """
A can u send 1 🤭
B of wat
A the meme about the supply teacher
B 💀 sending
A IM WHEEZING
""")

c("harm", """
A/se DELET THIS AFTER
B mhm
A/se AND DONT SAY NOTHIN 2 UR MATES
B why r u shouting
A/se CUZ IM SERIOUS. NOONE CAN KNOW
""")

c("twin", """
A DELET THIS AFTER
B wat
A I BOUGHT THE CONCERT TICKETS FOR HER BIRTHDAY 🎟️
B OMG
A DONT SAY NOTHIN
B sealed 🤐
""")

# ---------------------------------------------------------------------------
# TWINS, part 3: longer everyday conversations that use coercive words innocently (all [])
# ---------------------------------------------------------------------------

c("twin", """
A ok i have leverage now
B leverage for what
A i have ur rare pokemon card and u have my switch game
B thats not leverage thats a swap
A a swap with leverage
B fine swap at break
A bring the case as well
""")

c("twin", """
A whoever keeps posting in the year chat, stop, my phone wont stop buzzing
B its the prom committee lol
C we're voting on the theme
A then make a separate chat
C ok ok making one
D can i be in it
C yes everyone on the committee is
""")

c("twin", """
A mum says if i dont tidy my room by 6 my phone's getting confiscated
B harsh
A she's counting down on the fridge whiteboard
B on a scale of 1 to 10 how messy
A theres a plate under my bed from tuesday
B thats on u tbh
A 😭 helping would be nice
""")

c("twin", """
A i've been sent the answers
B to what
A the pub quiz my dad runs, he left the sheet on the printer
B dont u dare tell anyone
A i wont, i'm not a cheat
B ur literally reading them
A im reading them to not cheat
""")

c("twin", """
A hurry up and send the vid
B i'm editing it
A the deadline is 9
B media studies waits for no one
A exactly so hurry up
B ok its uploading, 80%
A the wifi is betraying us
""")

c("twin", """
A he showed everyone my drawing in art
B the one of sir as a dragon?
A yes 😭😭
B was sir mad
A no he laughed and said he'd frame it
B legend
""")

c("twin", """
A pls dont post that pic of me from pe
B why its just u doing the long jump
A i look like a flying starfish
B ok ok not posting it
A ty
B but its my phone background now
""")

c("twin", """
A i'm telling everyone
B telling them what
A that u passed ur driving test first time!!!
B nooo let me tell them
A too late i already told the gc
B ur a menace
""")

c("twin", """
A shall i send it to the whole group
B the rota?
A yeah the one for who's washing up on the camping trip
B do it but put me on tuesday
A ur on tuesday and thursday
B robbery
""")

c("twin", """
A whats the password for the gc
B its not a password its an invite link
A oh ok send it
B only if u promise not to add randoms
A i wont
B 🔗
""")

c("twin", """
A ok this goes no further than u and me
B okie
A i ate the last of the fancy cheese and my dad is going to go mad
B ur done for
A help what do i do
B buy another and put it back before he gets home
A genius
""")

c("twin", """
A the photos are up on the school website
B from sports day?
A yep, theres one of u winning the relay
B omg send me the link
A 🔗 third row down
B my mum is gonna print it 1000 times
""")

c("twin", """
A dont make me come over there
B lol what
A u keep moving my chess pieces on the app
B i'm not, its glitching
A likely story
B rematch tomorrow
""")

c("twin", """
A r u keeping it
B keeping what
A the video of the assembly
B yeah i'm using a clip for my media project
A ask sir first
B i did, he said fine
""")

c("twin", """
A everyone in the class has a copy of it
B of wat
A the revision guide miss made
B i dont
A check ur email, she sent it at 4
B oh found it
""")

c("twin", """
A i'll do it if u do it
B do what
A sign up for the talent show
B no chance
A pls we can do a duet
B fineee
A YES
""")

c("twin", """
A i know ur secret
B what secret
A u like pineapple on pizza
B who told u
A ur bin
B 😂
""")

c("twin", """
A i want a pic of u in the hat
B the one i knitted?
A yes its iconic
B fine ok
A i need one now
B ill knit u one for christmas
""")

c("twin", """
A not taking no for an answer
B why for
A u r coming to the christmas fair with me
B i said im busy
A u said u were watching tv
B thats being busy
A meet u at 2
""")

c("twin", """
A i'm gonna make a fake account
B why exactly
A to follow the new bakery, my main is full of school stuff lol
B thats not a fake account thats a food account
A a food account it is
""")

c("twin", """
A last warning
B over what
A the last slice of cake is mine, i called it at 4
B i didnt hear u
A now u did
B fine fine
""")

# ---------------------------------------------------------------------------
# MIXED, part 2: longer group chats that start ordinary and turn coercive
# ---------------------------------------------------------------------------

c("mixed", """
A whos doing the geography homework tonight
B me later
C i did it on the bus
A send it 🙏
C no copy copy, just look at the first bit
A fineee
D unrelated but has anyone seen the pic of the girl in 10C
B pic of what?
D/ex her ex sent it me, ill drop it in here
C/pc dont. shes in our year, we literally sit next to her
D/vm its not like ur gonna see her naked in it
C/pc doesnt matter, she didnt send it to u
B/rp if it goes in here im leaving and telling miss
""")

c("mixed", """
A omg the new series is out
B i watched 3 already
A NO SPOILERS
B i said nothing
A/ir anyway send me a pic of u in the costume for the party
B the cat one?
A/ir no the other one, the short one
B i'll show u on the night
A/pr why not now
A/pr dont be tight, its just me
B because i said the night
""")

c("mixed", """
A charger anyone? im on 2%
B i do
C btw theres a vid going round of the new girl getting changed
A whatt
C/ex someone filmed through the gap in the curtain, i've got it if u want
A/pc no i dont want it, thats so disgusting
B/pc delete it, filming people changing is actually illegal
C/vm i didnt film it i just have it
B/pc and sending it on is just as bad
A/rp mrs k is hearing about this tomorrow
""")

c("mixed", """
A cinema sat?
B yes which film
A the scary one
C cant, working
A/se also dont tell ur mum were going with the year 12s
B why not
A/se cos she wont let u come, and theyre driving
B dunno
A/pr ugh come on, live a little
""")

c("mixed", """
A did u see the match
B we got battered
A the keeper was asleep
B/ex lol also look what he sent the lads gc, pics of his gf
A/pc wait what, she doesnt know does she
B/vm probs not but its not my problem
A/pc it is if ur passing it round
A/rp im telling her, she needs to report it
""")

c("mixed", """
A ur so lucky u got the front seat
B i called it
A whatever
A/ex btw that pic u sent me in the car, i sent it to my cousin
B which
A/ex the one in ur bikini from the beach
B why would u do that without asking
A/vm he thought u were fit, take it as a compliment
B/pc its not a compliment if u share my pics behind my back
""")

c("mixed", """
A so whats everyone wearing to the formal
B black dress
C suit obvs
A/ir send me a pic of u in it when u try it on
B lol ok later
A/ir and one without it on 😏
B ew no
C/pc bro are u actually hearing urself
A/vm relax it was a joke obviously
C/pc its not funny when u keep doing it
""")

c("mixed", """
A hey whats the homework for english
B the poem analysis
A thx
A random question but r u allowed to have ur phone in ur room at night
B yeah why
A/se ok cool. ill message u later then, dont tell ur parents were talking
B why would they care
A/se they just would. its easier if its our secret
B okay
""")

c("mixed", """
A the group project is due friday
B i did the slides
C i did the research
D/ex cool and i did the pic of her from the sleepover, shared it in the boys chat
B ur what??
C/pc thats not a joke, take it down now
D/vm chill it was for a laugh
B/pc a laugh for who? not for her
C/rp im telling mr a about this after the lesson
""")

c("mixed", """
A park after school?
B yh
C me too
A/th also u better come or ill tell everyone what u said about her
C that was a secret
A/th so come then
C/pc thats blackmail, ur meant to be my friend
B/pc back off her man
""")

c("mixed", """
A anyone wanna go halves on a pizza
B meee
C me too
A cool
A/ex btw i got the pic u sent ur bf, he showed me lol
C whats that
A yeah he's showing everyone in the year 11 block
C/ph oh my god. what do i do
B/ps ur not in trouble, hes the one in trouble
B/rp we'll go to head of year together before lunch
""")

c("mixed", """
A pe is cancelled
B yesss
C y
A the hall is flooded
D lmao someone took pics in the changing rooms before they found the leak
C of the leak?
D nah of the girls getting changed 😂
B/pc thats not funny thats a crime, who took them
D dunno, some year 10
C/rp im telling the office, thats so gross
""")

c("mixed", """
A does anyone have the maths answers
B i have q1-5
A send pls
B 📄
A ty
C/ir u lot should send pics of ur outfits for sat in here 😏
B sure
C/ir nah i mean like the outfit before the outfit
B ew no. weirdo
D/pc cringe, stop
C/vm omg its banter
""")

# ---------------------------------------------------------------------------
# EXPOSURE, part 3: shown in person, DMs leaked, AirDrop, pages (harm), with twins
# ---------------------------------------------------------------------------

c("harm", """
A/ex i leaked it
B leaked what
A/ex ur chat with him. the gc has it now. every message
B they were private
A/vb shouldve been nicer to me then
B/ph i dont even know what to do anymore
C/ps its gonna be ok. ur not the one who did something wrong
C/rp leaking private chats is bullying, tell pastoral and they can deal with her
""")

c("twin", """
A i leaked it
B leaked what
A the date of the end of year trip, its gonna be a theme park
B miss is gonna be mad
A she said i could tell people today
B oh ok then YESSS
""")

c("harm", """
A/ex on my way to show the lads ur vid in person, no screenshots so u cant prove nothing 😌
B stop please
A/ex too late, theyre at the bus stop
B ur actually evil
C/rp im coming to the bus stop and im bringing sir
""")

c("harm", """
A/ex walked round the whole field at lunch showing people the pic
B why would u do this to me
A/vb cos u said i was a creep so now everyone knows ur a liar
B/pc showing my pic around doesnt make u less of a creep
C/ps come sit with us tomorrow, ur not on ur own
""")

c("twin", """
A walked round the whole field at lunch showing people the pic
B which pic
A the one of my new puppy, everyone was obsessed
B hes so small
A he fits in a shoe
""")

c("harm", """
A/ex its on the page now
B what page
A/ex the confessions one. i sent them ur messages and ur pic
B/ph is there a way to get it removed
C/rp report the post and the page, and tell ur head of year, they can contact the app
C/ps and remember none of this is ur fault
""")

c("twin", """
A its on the page now
B what page
A the school news page. ur poem won the competition!!!
B no way
A it's got ur name and everything
B im crying
""")

c("harm", """
A/ex i showed ur mum ur messages to him
B u did what
A she deserved to know what ur like
B/pc thats not ur business, those were private
A/vm im only looking out for u
""")

c("harm", """
A/ex screen shared ur pics on the call lol
B what call
A/ex the one with the boys last night
B i sent them to u because u asked
A/vm and now 6 people have seen them, its not the end of the world
C/pc it literally is for her, why would u do that
C/rp im telling my mum and shes calling the school
""")

c("twin", """
A screen shared ur project on the call lol
B why tho
A cos miss asked for an example of a good one
B i'm actually so embarrassed
A she said it was the best in the class
B ok fine, im less embarrassed
""")

c("harm", """
A/ex,th gonna start dropping ur pics one at a time until u unblock me
B/rp i'm reporting this account and telling my mum
A/ex first one in 10 mins
B/rp i've already screenshotted everything for the police
""")

c("twin", """
A gonna start dropping the pics one at a time
B from the trip?
A yeah one a day till christmas, like an advent calendar
B this is the best idea ever
A day one: the dodgy burger
""")

c("harm", """
A/ex the lads are making a slideshow of all the pics girls have sent them
B/ex put mine in lol
C/pc ur vile. those girls sent them to one person
A/vm its a laugh, no ones names are on it
C/pc faces are. delete it
C/rp and ive told miss k
""")

# ---------------------------------------------------------------------------
# MORE: break-ups, online strangers, gaming chats, clubs (harm, mixed, protective) with twins
# ---------------------------------------------------------------------------

c("harm", """
A/ex so we're over then. shame about all them pics in my gallery
B what are u saying
A/ex,th im saying if u tell people i dumped u cos im boring, ur gallery becomes everyones gallery
B that's not even what i said
A/th choose ur words carefully then
B/rp screenshotting this and sending it to ur mum, see how she feels
""")

c("twin", """
A so we're over then. shame about all them pics in my gallery
B of the fantasy league?
A yeah i had the whole season screenshotted, now ur quitting
B i came last three weeks running
A still, end of an era
""")

c("harm", """
A gg that was a good game
B gg
A/ir ur good for a girl. whats ur snap, send me a pic
B i dont give out my snap
A/pr come on, ill give u my rare skin if u do
A/pr its worth like 50 quid
B no thanks
A/pr ur gonna regret saying no to that
""")

c("twin", """
A gg that was a good game
B gg, ur sniping is unreal
A ill give u my spare skin if u want, i got two in the drop
B for real??
A yeah its just sitting there
B ur a legend
""")

c("harm", """
A/se u cant tell the coach we message, hed get jealous lol
B jealous?? of what
A/se cos hes strict about us talking outside training. just our secret
A/ir send us a pic after the match in ur kit
B my mum checks my phone
A/se then delete the chat after. easy
""")

c("harm", """
A/ir hey i saw u on the live stream, ur so pretty. can u send a pic just for me
B who is this
A/se a fan 😊 dont tell anyone im messaging u, its more fun that way
B i dont know u
A/pr u will if u send that pic
B/rp blocked and reported
""")

c("harm", """
A/ex made a group called "exposed" and put all ur old messages in it
B/ph why is there a group with my messages in it, can someone make it stop
C/pc whoever made this, its so cruel. delete it
D/rp reported the group, everyone else report it too
A/vm its just messages, not like its pics
C/pc still her private messages, still not ok
""")

c("twin", """
A made a group called "exposed" for the quiz night
B why exposed
A cos the answers get exposed at the end lol
B thats the worst name ever
A too late everyone's in it
""")

c("harm", """
A/ex ur mums gonna love what i forwarded her
B what did u forward
A/ex the chat where u sent me the pics. she's read it by now
B/ph what do i do, my mum's gonna kill me
C/ps she'll be worried, not angry at u. u didnt do anything wrong
C/rp tell her what he did first, then go to the school together
""")

c("harm", """
A/ex all the lads on the coach saw ur pics on my phone today
B why were they looking at my pics
A/vm they asked, what was i meant to do, say no?
B/pc yes actually, thats exactly what u say
C/pc mate ur a grown lad, of course u say no
C/rp she should tell the trip leader when we get back
""")

c("twin", """
A all the lads on the coach saw ur pics on my phone today
B from the cup final?
A yeah they couldnt believe how good ur header was
B i still cant believe it went in
A the keeper is still looking for it
""")

c("harm", """
A/ir heyy, just wondering if u could send a pic of u in ur dance costume
B erm how come
A/ir ur so good at dance, i want one for my phone
B i'd rather not
A/pr its only a costume, its not a big deal
A/pr ur always in it at the shows anyway
B/rp i'm gonna ask my dance teacher if thats normal
""")

c("twin", """
A heyy, just wondering if u could send a pic of u in ur dance costume
B for the programme?
A yeah miss wants one of each group for the display board
B ok ill get my mum to take one tomorrow
A perfect, thank u!
""")

c("harm", """
A/ex i put ur pic in the year 10 lads rating chat lol. u got a 7
B ive never sent a pic to anyone
A/ex its ur profile pic, i screenshotted it
B/pc taking my profile pic to rate me is so creepy
D/pc that whole chat is creepy, shut it down
D/rp reporting it
""")

c("prot", """
A/ph ok weird question but if u accidentally sent someone a pic and now they're threatening to post it, can u get in trouble
B/ps no, ur not the one in trouble, the person threatening u is
B/rp tell someone u trust and use report remove, its made for exactly this
A ok but what if i already paid him
B/rp still tell someone, and stop paying. the police deal with this all the time
B/ps and ur not stupid, he's done this to loads of people
""")

c("prot", """
A/pc can everyone stop sharing the vid from the bus, shes in year 7
B its everywhere tho
A/pc doesnt mean u have to be part of it
C/rp ive told my form tutor, they're on it
D/ps someone check on her, she wasnt in today
A/ps ill message her
""")

c("prot", """
A my mate told me a lad in year 11 has pics of her and wants her to meet up or hell send them round
B/pc thats sextortion, hes the one committing a crime
B/rp she needs to tell an adult tonight, and ceop can help
A she doesnt want her parents to know
B/rp then a teacher or childline. someone has to know
A/rp ill walk her to miss's office in the morning
""")

c("mixed", """
A we need one more for five a side
B ill ask my cousin
A cheers
C/ex lol my cousin showed me a pic of ur sister btw
B pic of who??
C u dont wanna know 😂 its going round his year
B/pc delete it and tell him to delete it or i swear
C/vm chill wasnt me that took it
A/pc doesnt matter, dont pass it on and dont laugh about it
""")

c("mixed", """
A omg the sleepover was so fun
B the pancakes were elite
C/ex i got some pics of u asleep lol
B send them
C/ex sent them to the boys first 😂
B wait what, why
A/pc that was so not ok, delete them from the boys chat now
C/vm u were wearing a onesie its fine
B/pc its not fine, i didnt say u could
""")

c("twin", """
A omg the sleepover was so fun
B the pancakes were elite
C i got some pics of u asleep lol
B send them
C 📸 ur snoring face
B delete it 😭 jk its funny
""")

c("harm", """
A lets play a game
B what game
A/ir truth or dare but the dares are pics
B no thanks
A/pr its a game, u cant say no in a game
A/pr rules are rules
B im out
""")

c("twin", """
A lets play a game
B what game
A truth or dare but the dares are really dumb, like eat a raw onion
B ew but fine
A dare: sing the school song in ur loudest voice
B ok recording it now
""")

c("harm", """
A/ex,th if ur not at the bench by lunch im showing ur bf the messages
B im with my friends at lunch
A/th not today ur not
""")

c("prot", """
B/ph can i stay with u at lunch, she says shes gonna show my bf my messages if i dont meet her
C/ps course, u can stay with us the whole day
C/rp and lets tell miss before lunch so she can sort it
""")

c("harm", """
A/th i'll make sure everyone sees u for what u are
B u sound like a villain from a film
A/ex,th i have the pics. i'll caption them and post them tonight
B/rp my dad's getting all of this
A/ex,se,th show him and theyre up in 5 mins
""")

c("twin", """
A i'll make sure everyone sees u for what u are
B um what kind of sentence is that
A a legend. im putting ur bake off cake on the school page
B lol stop
A captioning it "star baker"
""")

# ---------------------------------------------------------------------------
# MORE, part 2: short sharp exchanges and long ones, varied voices
# ---------------------------------------------------------------------------

c("harm", """
A/ir mirror pic?
B nope
A/pr pls x
A/pr go on x
A/pr x
B stop
A/pr 😭 pls
""")

c("twin", """
A mirror pic?
B of the outfit for tonight?
A yeah need to see if the jacket works
B 📸
A jacket works, go
""")

c("harm", """
A/ex i just send it to my brother, hes in ur sisters year
B why would u send it to him
A/ex so he can show ur sister what ur like
B/pc thats actually vile, shes 12
A/vm its only a bit of fun
""")

c("harm", """
A/ex remember this? 📸
B that was on my old phone, how
A/ex ur ex gave it me. i've got a whole folder
B delete it
A/th sure. when u give me what i want
B/rp no. im going to the police station with my mum tomorrow
""")

c("twin", """
A remember this? 📸
B omg year 7 camp
A look at ur fringe 😭
B my mum cut it with the kitchen scissors
A iconic
""")

c("harm", """
A/se u didnt tell anyone did u
B no. im good
A/se,th good. keep it that way or i'll know
B ur bluffing, u cant see that
A/th i always find out
""")

c("harm", """
A/ex,th u cant block me forever. i have ur pics on 3 different phones
B/rp i'm telling the police
A/th they wont find them
B/rp they will. and report remove will take them down anyway
""")

c("harm", """
A/ir i want to see u on cam tonight
B not tonight
A/pr u said that yesterday
A/pr and the day before
A/pr when then
B never
A/pr u dont mean that
""")

c("twin", """
A i want to see u on cam tonight
B for the d&d session?
A yes, its more fun when we can see ur face when u roll
B ok but i'm not doing the voices
A u have to do the voices
""")

c("harm", """
A just so ur aware ur nudes are in the chat with the year 13s
B i never sent any nudes
A well theres a pic that looks like u
B/ph someone made a fake of me and its with the year 13s, what do i do
C/ps thats so horrible, its not ur fault
C/rp report it and go to the head of sixth form, they'll take it seriously
""")

c("harm", """
A/ex i kept the snap u sent me on holiday
B i thought u couldnt save snaps
A/ex i screenshotted it. u didnt get a notification cos i used another phone
B thats so creepy
A/th its only creepy if i do something with it
""")

c("twin", """
A i kept the snap u sent me on holiday
B the lizard one?
A yes!! sat on ur towel like it paid for the holiday
B it was HUGE
A its now the gc icon
""")

c("harm", """
A/ex anyone want to see her pics? dm me 🔥
B/ex me pls
C/ex dmd u
D/pc u lot are disgusting, who is it
A not saying lol
D/rp i'm screenshotting this and sending it to head of year
""")

c("harm", """
A/ir,pr just send one and ill delete it after, i swear on my nan
B i said no last time
A/pr i swear on my nans life
A/pr i swear on everything
A/pr u know i keep promises
B u dont tho
""")

c("harm", """
A/pr u've ignored me for a week
A/pr i'm not going away
A/ir,pr send the pic and i'll leave u alone
B/rp my mum has my phone now and she's reading every message
A/se why would u tell ur mum, thats so immature
""")

c("twin", """
A u've ignored me for a week
B sorry, exams
A i get it. lunch friday?
B yes please
A ill book the table
""")

c("harm", """
A/sa ur so fit in ur insta pics
A/ir send me the ones u didnt post
B nah u can keep asking
A/pr why, u post loads anyway
A/pr the others cant be that different
B/pc thats not how it works, i choose what i post
""")

c("harm", """
A/th if i cant have u no one can. and they'll all see why
B ur scaring me
A/ex,th good. i've got everything u ever sent
B/rp im sending all of this to my mum and she's coming to get me
""")

c("twin", """
A if i cant have the last cookie no one can
B so dramatic
A im eating it
B i'll get u another one
A too late 🍪
""")

c("harm", """
A/ex wait till my mates see what u sent me last night 😂
B u promised
A/ex i promised nothing, ive already sent it to two of them
B/pc thats a proper betrayal
C/pc delete it and tell ur mates to delete it
C/ps u ok? ring me
""")

c("twin", """
A wait till my mates see what u sent me last night 😂
B the voice note of me singing?
A YES they need to hear it
B only if u send the one of u doing the accent
A shake on it 🤝
""")

c("harm", """
A/ir,pr ur gonna send me one eventually so might as well do it now
B im not tho
A/pr they all say no to start with
A/pr give it a week
B/rp give it a week and ur blocked and reported
""")

c("prot", """
A/pc if u got sent the vid of that girl in year 9 dont share it, dont watch it, delete it
B why what is it
A/pc doesnt matter what it is, its someone getting hurt
C/rp school know, they said anyone with it should go to the office
D/ps hope shes ok
""")

c("prot", """
A my ex is saying hell send my pics to my new bf if i dont get back with him
B/pc thats actually blackmail, hes disgusting
B/rp tell someone at school or childline today, report remove can stop the pics going anywhere
A/ph what if he does it before then
B/ps then ur bf will know exactly who ur ex is. and none of it is on u
""")

# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------

def main():
    build(CONVS, 16061, "tf", 500, __file__, "f.jsonl")


if __name__ == "__main__":
    main()
