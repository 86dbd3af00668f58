#!/usr/bin/env python3
"""Build corpora/train/conversations/h.jsonl (part H, session 16: protective language and everyday talk).

Hand-written, synthetic, non-graphic training conversations for c2chat. Theme: protective language
written precisely (protective.reporting: telling a trusted adult now or just now, reporting to a
platform, blocking, Report Remove, CEOP, a head of year, offering to go with someone;
protective.support, .challenge and .help_seeking in many registers) and, as hard negatives, the same
words where they are NOT reporting or support ("tell sir" about a broken projector, "report" as
homework, "blocked" in sport or games, "i'll tell mum i'm late", advice retold from a lesson, news,
TV and book plots, a teacher who "reported" the score, "ur not in trouble", "are u ok" about a
sprained ankle). Over 40% of the conversations are everyday talk with no harm at all (homework,
timetables, sport, games, food, plans, clubs, part-time jobs, family) in many voices.

Written as whole conversations, in order, without reading corpora/dev, corpora/check,
corpora/dev-cy, corpora/check-cy, corpora/everyday, corpora/holdout or lexicons/. No templates or
slot filling. Every person is fictional; no names of real people, schools or places.

Line format inside each conversation block (lineformat.py):
    <speaker-letter>[/<code>,<code>...] <text>
Speaker letters map to pseudonymous ids th_s001..th_s500 (seed 16081).

Labelling conventions (corpora/train/README.md, docs/categories.md "Frames", "Conversation state"):
- a label only on the message that performs the act in its own voice;
- a refusal by the person asked is [] however firm; their reporting, blocking or asking for help
  is labelled;
- a disclosure that only tells what happened is []; a question that asks what to do is
  protective.help_seeking;
- protective.reporting: the speaker tells, reports, blocks or screenshots-for-an-adult now or has
  just done so ("i've told my mum", "blocked and reported"), or urges the reader to do it now
  ("tell ur head of year today"), or offers to go with them ("i'll come with u to miss");
- protective.support: reassurance for the person affected ("its not on u", "im here");
  protective.challenge: calling out the harasser or the act;
- advice retold from a lesson or assembly, news, TV, book and game plots are [];
- praise for someone who reported ("proud of u for telling") is [] unless it also supports.

Usage: python3 corpora/train/conversations/build_h.py   (writes h.jsonl next to this file)
"""

from lineformat import build, conversation_adder  # the shared line format

CONVS = []  # (kind, [(letter, [codes], text), ...])

c = conversation_adder(CONVS, max_len=14)


# ---------------------------------------------------------------------------
# EVERYDAY, part 1: homework, timetables, sport, games, food, plans (all [])
# ---------------------------------------------------------------------------

c("everyday", """
A does anyone know if geog is in the hut or room 14 tmrw
B hut i think, the sign on 14 says its being painted
A ugh the hut is freezing
C bring a hoodie lol
A i dont own a hoodie that isnt covered in dog hair
""")

c("everyday", """
A Has anyone started the English coursework yet? The bit about the narrator being unreliable.
B i have done exactly one sentence
B and its the title
A Same energy honestly
C i did a plan on the bus, can show u at break
A You're a lifesaver
""")

c("everyday", """
A mams doing a chippy tea if anyone wants to come round after
B is it a proper chippy or the one that does the grey peas
A the proper one obvs
B im there
C save me a fishcake
""")

c("everyday", """
A training moved to thursday
B again??
A coach said the pitch is waterlogged
B it rains every single week how is that news
A lol welcome to november
""")

c("everyday", """
A whos got the maths answers to 4b
B i got x = 7 but i dont trust it
C i got 7 too
A i got -7 😭
B check ur signs on the second line
A oh my days yeah i flipped it
""")

c("everyday", """
A nan says happy birthday and theres a card in the post
B aw tell her thank u
A she put a tenner in it so ur buying the chips
B deal
""")

c("everyday", """
A anyone doing the duke of ed walk this weekend
B yeah group 3
A what do u even pack
B sandwiches, plasters, waterproofs, more sandwiches
C and a charger, my phone died halfway last time
A noted
""")

c("everyday", """
A lads who's on tonight
B me after tea
C cant, grounded till friday
A whats the crime
C forgot to put the bins out three weeks running
B LMAO
""")

c("everyday", """
A is the library open at lunch or is it just for year 11 now
B its everyone but u have to sign in
A what if i just want to sit somewhere warm
B then sign in and pretend to read
""")

c("everyday", """
A got the job at the cafe!!!
B YESSS when do u start
A saturday 8 till 2
B 8am on a saturday is violence
A its £6 an hour and free toasties so i'll cope
C proud of u, save me a toastie
""")

c("everyday", """
A whats the homework for french
B vocab test on weather and the past tense sheet
A the sheet with the cartoon snail on
B thats the one
A merci
""")

c("everyday", """
A who wants to split a pizza
B depends, what toppings
A ham and pineapple
B then no
C i'll split it with u, ignore him he has no taste
""")

c("everyday", """
A my little brother just ate a crayon
B which colour
A green
B u ok there? is he ok?
A hes fine, mum rang 111 and they said hes fine, he's just proud of himself
B iconic
""")

c("everyday", """
A is anyone going to the open evening to help out
B i said id do the science demos
A the one with the custard?
B yes the custard one
A elite
""")

c("everyday", """
A can u check the bus times for saturday
B the 9 goes at quarter past and twenty to
A on the hour anything
B nope, quarter past or twenty to, thats ur lot
""")

c("everyday", """
A Right team, netball fixtures are on the board. We play at home on the 12th.
B whos in goal defence
A You are, and you're captain that week.
B omg ok no pressure
C ur gonna be fine u block everything
""")

c("everyday", """
A wanna do revision at mine sat
B only if ur mum makes those flapjacks
A she literally asked if ur coming so she knows how many to make
B then yes obviously
""")

c("everyday", """
A new fifa patch is out
B is it still broken
A keepers are worse somehow
B cant wait to lose to a shot from the halfway line again
""")

c("everyday", """
A dad wants to know if we need picking up after the gig
B yes please, itll be like 11
A he says 11 is fine but we owe him a bacon sandwich
B fair price
""")

c("everyday", """
A wee question, does anyone know if the art room is open after school on wednesdays
B aye till half 4
A brilliant, need to finish my clay thing
B the frog?
A its a horse
B oh
""")

c("everyday", """
A Does anyone have a spare calculator for the physics mock tomorrow? Mine's started showing everything as fractions.
B theres a button that changes it back, its S<=>D
A Where?
B next to the equals
A Oh my god. Three weeks I've lived like this.
""")

c("everyday", """
A options evening is on the 9th
B r u doing triple science
A thinking about it, mum wants me to
B do it if u want it not for ur mum
A yeah i kind of do want it tbh
C do it, we can suffer together
""")

c("everyday", """
A my gran has discovered voice notes
B oh no
A she sent me four minutes about a pigeon
B what about the pigeon
A honestly i still dont know
""")

c("everyday", """
A tidy result sat boys
B lush goal from the corner
C ref was blind tho
A ref was blind for them too so it evens out
B true
""")

c("everyday", """
A what time is parents evening
B 4:40 with maths then 5 with english
A is ur mum going
B both of them 😬
A good luck
B ta
""")

c("everyday", """
A is it non uniform on friday
B yeah £1 for the food bank
A do we have to wear something christmassy
B no its just non uniform, u can wear whatever
C im wearing my onesie and u cant stop me
""")

c("everyday", """
A i burnt the pasta
B how do u burn pasta
A i forgot there was water in it and then there wasnt
B thats an achievement
A mum came home and opened every window in the house
""")

c("everyday", """
A minecraft server up again?
B yeah but someone blew up spawn
A not again
C wasnt me
B it was 100% u
C ok it was me but it was an accident
""")

c("everyday", """
A Can you send me the link for the history quiz
B yeah one sec
B sent
A thank you, did you get full marks?
B 17 out of 20, the dates killed me
""")

c("everyday", """
A who's got the key for the music room
B mr at the front desk has it
A i need to practise for the concert
B sign the book or he gets stressed
A will do
""")

c("everyday", """
A mardy bus driver again
B the one who wont let u on with a drink
A he made a girl pour her slushie in the bin
B tragic
A she was in bits, it was blue raspberry
""")

c("everyday", """
A shifts for next week are up
B am i on sunday
A yeah 10 till 4 with me
B at least we can suffer together
A bring snacks, the manager eats ours
""")

c("everyday", """
A anyone want to join chess club, we need one more for the team
B i only know how the horse moves
A thats honestly more than half of them
B fine put me down
""")

c("everyday", """
A is the sports hall free at lunch
B year 9 have it for badminton
A bummer
C we can use the MUGA if its not raining
A its always raining
""")

c("everyday", """
A just got my results for the grade 3 piano
B and???
A merit!!!
B yesss well done
C told u the scales would be fine
A the scales were NOT fine but the pieces carried me
""")

c("everyday", """
A Does anyone know what page the poem is on
B 43 in the anthology
A thank u
B its the one about the tree
""")

c("everyday", """
A bro the new series dropped
B no spoilers i havent started
A i'll zip it, promise
A except episode 3
B DONT
A i said nothing
""")

c("everyday", """
A my sister wants to borrow my straighteners again
B say no
A she broke the last ones
B then definitely say no
A she's already taken them
""")

c("everyday", """
A hows ur ankle
B still puffy, physio says two more weeks
A gutted, u gonna miss the final?
B probably, i'll be on the bench shouting tho
""")

c("everyday", """
A can we swap lunch duties, i have a dentist thing thursday
B yeah no bother
A ur a star
B u owe me a meal deal
A fair
""")

# ---------------------------------------------------------------------------
# PROTECTIVE: reporting, support, challenge, help-seeking, after harm or a disclosure
# ---------------------------------------------------------------------------

c("protective", """
A can i ask u something and u wont make it weird
B course
A this lad from the other form keeps messaging me asking for a pic, like every night
A/ph what do i even do
B/ps ok first of all ur not in trouble and u havent done anything wrong
B/rp screenshot the messages and we'll show mrs at pastoral tomorrow, i'll come with u
A but if he finds out it was me
B/ps he wont hear it from us, and miss deals with this stuff properly
""")

c("protective", """
A/ir send a pic then, just ur face to start
B no way
A/pr ur so boring, one pic
B/rp ive blocked u on everything and im telling my head of year in the morning
""")

c("protective", """
A so someone put my photo on that rating account
A i feel sick
B/ps oh no im so sorry, are u home? do u want me to ring u
A yeah ring me
B/rp also we can report the account right now, i'll do it from mine too so it gets more reports
C/rp i reported it as well, and theres a thing where the school can get it taken down, tell mr in the morning
""")

c("protective", """
A/sa bet she looks better in the pool pics than in uniform
B/pc why are u talking about her like that, she's 13
A/vm chill, im messing
B/pc its not funny, pack it in
C/rp im sending this to the form tutor if it carries on
""")

c("protective", """
A lowkey need advice
A my ex says he still has a pic of me from ages ago and says he'll send it round if i dont get back with him
A/ph what am i meant to do
B/ps omg thats so not ok of him and its not ur fault at all
B/rp theres a thing called report remove from childline, u can get it taken down wherever it is
B/rp and tell ur mum or someone at school tonight, like actually tonight
A im so scared to tell mum
B/ps i get it. i can be there when u tell her if u want
""")

c("protective", """
A/ex look what i got sent 👀 she really sent this to him
B/pc delete that now
C/pc are u actually showing people that?? thats disgusting
A/vm its already everywhere, not my fault
B/rp ok im telling sir tomorrow, this is on u now
""")

c("protective", """
A/ph My daughter has mentioned someone in her year is sharing a photo of another girl. Who should I contact?
B/rp You can ring the school and ask for the designated safeguarding lead, they'll know what to do
A/rp Thank you, I'll call first thing
""")

c("protective", """
A mate i've done it
B done what
A/rp told my dad about the messages. he rang the school and the police officer that comes in
B proud of u, thats really hard
A he wasnt even angry at me
B/ps course not, u didnt do anything wrong
""")

c("protective", """
A/sn oi slag
B/pc who are u calling that
A/vm lol its only words
B/pc its not just a word, say it again and see what happens
C/ps ignore him, u alright?
B yeah im fine
C/rp i'll tell miss at registration, shes been looking for an excuse to move him anyway
""")

c("protective", """
A guys serious question
A/ph if someone screenshots my chats and says theyll post them unless i do stuff, is there like anyone i can tell that isnt my parents
B/rp childline, u can do it online, they dont judge
C/rp or the school counsellor, shes lush honestly
C/ps and whoever it is, thats on them not u
A/rp ok thank u, i think i'll message childline tonight
""")

c("protective", """
A/ir u gonna send me something nice for my birthday 😉
B like what
A/ir u know what, a pic
B thats not happening
A/pr its my birthdayyy tho
B/rp reported ur account and blocked
""")

c("protective", """
A soooo the year 10 lad on the bus keeps sitting next to me and saying stuff about my legs
B/ps what the hell, are u ok?
A kinda, it's every day tho
B/rp right we're going to see the head of year together at break, no arguments
A but she might say im making a fuss
B/ps she wont, and even if she did, ur not
""")

c("protective", """
A/ex uploaded the video to the gc, ur famous now
B/pc take it down
A/vm its funny tho
C/pc its really not, take it down before someone sees
D/rp screen recorded it for miss, this is going to the office
A/vm omg calm down its literally nothing
""")

c("protective", """
A/ph what do u do when ur friend tells u something bad and tells u not to tell
B depends how bad
A like someone older is asking her for pics and telling her to keep it secret
B/rp thats one where u have to tell an adult, even if she's mad at first
C/rp yeah that's a tell someone thing, do it today
A/rp ok. i'll go to mrs in the morning
""")

c("protective", """
A/sa ur body is actually unreal in that pic
B ew who is this
A/pr dont be like that, i was being nice
B/rp blocked. reported to insta as well
""")

c("protective", """
A someone has made a fake account with my photos
A and theyre saying stuff as me
B/ps omg im so sorry, thats horrible
B/rp report it as impersonation, theres an option for pretending to be me
C/rp and show sir, he sorted the last one in like a day
A done both, thank u
B/ps we've got u
""")

c("protective", """
A/sj heard she'll do anything for a meal deal 😂
B/pc thats a made up rumour and u know it
C/pc seriously stop spreading that
A/vm relax its banter
B/pc its not banter if its about a real person
""")

c("protective", """
A/ir sendddd
B no stop
A/pr ur taking forever
A/pr ?????
B/rp im showing my mum these messages. leave me alone
""")

c("protective", """
A/ph I need to talk to someone but I don't know who
B/ps I'm here. What's happened?
A Someone I met on a game wants me to go on cam and he says it's our secret
B/ps Thank you for telling me. That's not okay and you've done the right thing
B/rp There's a site called CEOP where you can report it, and we should tell your mum or a teacher tonight
A/ph Will you help me do it
B/rp Yes, let's do the CEOP one together now
""")

c("protective", """
A/vb tbh if u dont want it going round dont send it in the first place
B/pc grim take honestly
C/pc the one who shared it is the problem not her
A/vb im just saying she knew the risk
B/pc and im just saying ur wrong
""")

c("protective", """
A the lads in the changing room keep rating everyone out of 10
A/ph i dont know if its worth saying anything
B/rp it is, tell the PE teacher or ur tutor, that's not normal
A it's kind of normal here
B/pc normal here still isnt ok
""")

c("protective", """
A/th send the pic or i tell everyone what u said about ur mate
B nope
A/th ok. 5 mins then im posting ur messages
B/rp i've screenshotted this and im giving it to the police officer at school
""")

c("protective", """
A hey i know we dont talk much but i saw what they put in the gc about u
B/ph ...yeah. i dont know what to do about it
A/ps i'm really sorry, none of us thought it was funny
A/rp if u want, i can come with u to see miss, i screenshotted all of it before they deleted it
B/ph would u actually? i dont want to go on my own
A/rp yeah, lunch, we'll go together
""")

c("protective", """
A/pc bro why did u forward that photo
B it was going round anyway
A/pc doesnt mean u pass it on, thats how it gets everywhere
B it's not even a big thing
A/pc it is that deep. delete it off ur phone
""")

c("protective", """
A my cousins bf keeps telling her to send pics and shes only 14
A/ph what should i do
B/rp tell an adult u trust, ur aunt or someone at her school
B/ps and tell her its not her fault, she might be scared of getting in trouble
A/rp ok, i'll talk to my mum tonight
""")

c("protective", """
A/sa rate the new girl then, i'll start. 7
B/pc nah, we're not starting that again
C/pc leave her alone she's been here two days
A/vm oh my god ur all so soft
D lmaoo
C/rp keep going and it's going to mr
""")

c("protective", """
A/ps was gonna say, if anyone ever sends u stuff u dont want or asks for pics, u can come to me
B aw thank u
A/rp im serious, or block them and tell ur form tutor, i'd help u do it
B i will, promise
""")

c("protective", """
A Remember that thing I said about the older lad from the park?
B Yeah
A He's started messaging again
B/ps Are you okay?
A Sort of. He keeps saying I owe him a photo.
B/pc You don't owe him anything. That's not how anything works.
B/rp Block him and let's tell Mr at pastoral first thing. I'll meet you at the gate.
""")

c("protective", """
A/ex gonna airdrop it to the whole bus 😂
B/pc do that and ur done
C/pc its not funny, put ur phone away
A/vm lol u lot take everything so serious
C/rp i'm telling the driver to stop and ring school
""")

c("protective", """
A/ps hey r u ok? u left the gc really fast
B not really, they were all joking about the pic
B/ph idk what to do
A/ps its not ur fault. they are the ones being vile
A/rp do u want to report it? i'll help u fill in the online form, it's anonymous
B yeah maybe
A/ps no rush, i'm here whenever
""")

c("protective", """
A/se dont tell anyone we've been talking ok, ur parents wouldnt get it
B why not
A/se just trust me, delete the chat when ur done
B/rp im not deleting anything. im telling my mum
""")

c("protective", """
A/sn shes such a skank
B/pc say that about my friend again and i swear
A/vm was only joking
B/pc not a joke, and she's not a skank
C/ps u ok? want to go to the toilets for a sec
D yeah, lets go
""")

# ---------------------------------------------------------------------------
# PAIRED HARMLESS: protective words that are not reporting or support (all [])
# ---------------------------------------------------------------------------

c("paired", """
A projector in 12 is doing the flashing thing again
B tell sir
A i did, he just hit it with a ruler
B did it work
A for about 4 minutes
""")

c("paired", """
A has anyone done the lab report
B no its not due till the 18th
A i thought it was this friday
B nah friday is the evaluation bit
A oh thank god
""")

c("paired", """
A that block in the last minute tho
B my arm still hurts
C no debate, best defender going
B tell that to the bruise
""")

c("paired", """
A mum i'll be late, bus hasnt come
B ok. message me once ur actually on the bus
A i will, tell dad not to wait for tea
B he's already eaten yours
""")

c("paired", """
A im gonna tell my mum im staying at urs so i dont have to go to the wedding thing
B lol she's gonna ring my mum
A ur mum would cover for me
B she absolutely would not
A ok fine i'll go to the wedding
""")

c("paired", """
A r u ok? u went down really hard
B think ive twisted it
A can u put weight on it
B a bit
C ice pack in the first aid bag, i'll grab it
B ta, feel like an idiot
A ur not, the grass is like ice
""")

c("paired", """
A mr said the match report has to be 300 words
B who reported the score to the league
C miss did it at half time, she put 3-2
A it was 3-1
C she'll change it
""")

c("paired", """
A ur not in trouble btw, miss just wants the permission slip
B oh thank god i thought it was about the window
A what window
B nothing
""")

c("paired", """
A he blocked me on fortnite lol
B whats the crime
A revived him then sniped him
B thats fair to be fair
""")

c("paired", """
A should i tell someone the vending machine ate my quid
B tell the office, they keep a float
A they actually give it back??
B if u look sad enough
""")

c("paired", """
A wanna come with me to the head of year's office
B why whats happened
A nothing, i need to hand in my work experience form and shes scary
B lol ok i'll come, i need to ask about prom tickets anyway
""")

c("paired", """
A I'm here if you need anything for the move btw
B thank you, it's mostly boxes and crying
A Want me to come Saturday and help carry stuff?
B Yes please, bring the big car
""")

c("paired", """
A in the book the girl reports her step-dad to the police in chapter 9
B i havent got that far
A sorry
B its fine i'll just not read the chat for a bit
""")

c("paired", """
A its not ur fault we lost
B the goal was open and i skied it
A its a team game, we all played rubbish
B i still missed an open goal
C we're not blaming anyone, its one game
""")

c("paired", """
A sir can u block the site with the quiz answers, half the class is using it
B Thanks for letting me know, I'll ask IT
A dont say it was me
B I won't!
""")

c("paired", """
A screenshot the timetable and send it in the gc
B which one, the new one or the old one
A new one, the old one has drama on a tuesday
B sent
""")

c("paired", """
A the news said theyre reporting snow for tuesday
B school will still be open
A not if the buses cant get up the hill
B we live on a hill and its never closed once
""")

c("paired", """
A i believe u, i just think u might have the wrong date
B no the trip is definitely the 14th
A letter says the 15th
B ...let me find the letter
""")

c("paired", """
A my nan blocked me on facebook
B how
A i commented lol on her post about the cat being poorly
B mate
A i thought lol meant lots of love
""")

c("paired", """
A do u want me to tell miss ur ill or are u coming in
B tell her im ill, my throat is on fire
A ok, feel better
B ta, bring me the sheets
""")

c("paired", """
A stop it
B what?
A stop humming the song, ive had it in my head for 3 days
B 🎶
A im blocking u
""")

c("paired", """
A did u report the bug to the devs
B yeah they said its fixed in the next patch
A the one where u fall through the map
B that one
C i kind of like that bug ngl
""")

c("paired", """
A my mum says i have to tell her where i am at all times now
B since when
A since i got lost at the services
B u were 15 and u went to the wrong coach
A it was the same colour coach!!
""")

c("paired", """
A are u alright with me taking the window seat
B yeah im not fussy
A ur a saint
""")

c("paired", """
A if ur worried about the mock, talk to mr after class, he's dead nice about it
B i might, i literally dont understand vectors
A no one understands vectors
""")

c("paired", """
A that's not ok
B huh
A u ate the last yoghurt and put the empty pot back in the fridge
B i was saving the pot
A FOR WHAT
""")

c("paired", """
A leave it, the ref's made his decision
B he was offside by a mile
A i know but arguing gets u booked
B fine
""")

c("paired", """
A Did you hear the assembly about reporting? The one with the slides.
B yeah they said if anyone asks for pics you tell a trusted adult
A It went on for ages
B i counted 41 slides
""")

c("paired", """
A pshe wasnt even boring today for once
B what was it about
A online stuff, like what to do if someone shares a photo, report it, block, tell someone
B we had it last week, the video with the lad on the bus
A yeah that one
""")

c("paired", """
A need to report my bike missing
B for real?
A i left it outside the shop for like 2 mins
B ring the police non emergency, they'll give u a crime number for insurance
A calling the number now, on hold already
""")

# ---------------------------------------------------------------------------
# FRAMES: lessons retold, news, TV, books, hypotheticals, generic statements
# ---------------------------------------------------------------------------

c("frames", """
A what did u put for question 3 on the pshe sheet
B the one about what to do if a friend is being pressured for photos?
A yeah
B i put tell a trusted adult and report the account
A same, i also put childline
B u get a gold star
""")

c("frames", """
A did u watch the drama last night
B the one where the girl gets blackmailed?
A yeah when she finally tells her teacher i actually cried
B the dad bit was worse
A ngl the acting was so good
""")

c("frames", """
A the police lady in assembly said sharing a pic of someone under 18 is illegal even if they send it to u
B wait really, thats news to me
C she said u can get it removed through childline too
B good to know i guess
""")

c("frames", """
A would u tell a teacher if someone was being weird online to u
B probably my sister first
A same, teachers would make it a whole thing
B yeah but they do sort it
""")

c("frames", """
A for drama we have to do a scene where someone tells their friend to report something
B what kind of something
A miss said bullying, keep it simple
B u'll smash it, ur a crier
""")

c("frames", """
A news said a school had to shut down a rating account that the pupils made
B which school
A didnt say, somewhere up north
B grim
A yeah the head said they reported it to the police
""")

c("frames", """
A in of mice and men does anyone report what lennie did
B no they go after him
A right ok so i cant use that for the essay
B use the curley's wife bit
""")

c("frames", """
A what if someone asked u for a pic and u said no and they kept going
B i'd block them straight away
A yeah same, but like in real life people panic
B true
""")

c("frames", """
A the form tutor read out this thing about how its never the victims fault
B was that the thing after the year 10 stuff
A probably
B good that they're saying it tbh
""")

c("frames", """
A We're doing persuasive speeches. Mine's on why schools should teach more about online safety.
B Good topic
A Any ideas for a strong opening line?
B Start with a statistic, like how many pupils have seen harassment online
A Ooh yes
""")

c("frames", """
A the podcast yesterday was about image abuse laws
B why are u listening to that
A its for my law a level, we're doing privacy
B fair enough
""")

c("frames", """
A in the soap the sister finds out and goes to the police
B finally
A and then the police do nothing for 3 episodes
B classic soap
""")

c("frames", """
A miss says our debate is 'should phones be banned in schools'
B im on the against side
A we're doomed, everyone on for has a point about the group chats
B we'll say teach people not ban phones
""")

c("frames", """
A childline came in today
B the lady with the puppet?
A no thats for year 7, we got a proper talk about report remove
B whats that when its at home
A if a pic of u gets shared u can get it taken off sites, she explained it
""")

c("frames", """
A i think if ur friend tells u something serious u have to tell someone even if they beg u not to
B depends
A on what
B on whether they're in danger i guess
A i think being asked for pics by an older lad counts
B yeah that counts
""")

c("frames", """
A my psychology essay is on the bystander effect
B the one where no one helps
A yeah and how group chats make it worse
B write about how one person speaking up changes it
""")

c("frames", """
A that quiz question was so easy
B which
A 'if someone shares a nude of u what can u do' and the answers were like 'nothing' or 'report remove'
B lol the 'nothing' one was a trap
""")

c("frames", """
A the book for book club is about a girl whose classmates make a fake profile of her
B sounds heavy
A its good tho, she and her mate go to the head in the end
B not sure i want to read something sad
""")

# ---------------------------------------------------------------------------
# EVERYDAY, part 2: longer chats, clubs, jobs, family, plans (all [])
# ---------------------------------------------------------------------------

c("everyday", """
A ok so plan for saturday
A meet at the station 11, train at 11:20, shopping, food, back by 5
B can we do food first im always starving
C food first is chaos, everywhere is rammed at 12
B then food at half 11
A we'll literally have just eaten breakfast
B speak for urself
C fine, snack at half 11, proper food at 2
A compromise accepted
""")

c("everyday", """
A anyone know a good way to learn the periodic table
B song
A there's a song??
B theres like 40 songs
C the one with the man in the lab coat is the best one, its so catchy its annoying
A sending it to me now pls
C done, ur welcome and im sorry
""")

c("everyday", """
A drama club is doing grease this year
B no way, auditions when
A next tuesday, u have to sing 16 bars of anything
B can i sing happy birthday
A u can but miss will judge u
B miss judges me anyway
""")

c("everyday", """
A first day at the garden centre was mad
B what did they make u do
A water about 900 plants and tell a woman where the compost is like 6 times
B was it the same woman
A YES
""")

c("everyday", """
A my dad is trying to learn tiktok dances
B nooo
A he's been practising in the kitchen for an hour
B film it
A he asked me to film it. he wants to post it
B this is the best day of my life
""")

c("everyday", """
A sixth form applications due friday
B have u done the personal statement bit
A i've written "i am a hard working student" and stared at it for an hour
B put ur volunteering in
A the charity shop counts?
B obviously it counts
""")

c("everyday", """
A whos bringing what for the food tech practical
B i've got eggs and flour
C butter and sugar
D i'll bring the chocolate chips
A i'll bring the tray and my last shred of hope
""")

c("everyday", """
A can u lend me ur PE kit shirt, mine's in the wash
B its gonna be massive on u
A i dont care its that or a detention
B top shelf of my locker, code is on ur hand from last time
A its washed off 😭
B 4-1-7
""")

c("everyday", """
A Are we still on for the cinema tonight?
B yes!! which film did we pick in the end
A The animated one because the horror was a 15
B ugh. fine. popcorn is on u
A Sweet or salted
B mixed, obviously
""")

c("everyday", """
A ur dog is in my garden again
B omg sorry, how did he even get out
A theres a gap in the fence by the shed
B he's obsessed with ur rabbit
A the rabbit is not impressed
B coming now
""")

c("everyday", """
A wheres everyone sitting in the exam hall
B alphabetical
A so im next to the lad who sniffs
B every exam since year 7
A bring tissues and pass them over
""")

c("everyday", """
A swimming club is cancelled tonight
B how come
A pool's too cold, the boiler went
B again??
A third time this term
C at this point just let us swim in the lake
""")

c("everyday", """
A im doing the school run for my cousins tomorrow
B since when do u drive
A walking them lol, theyre 6 and 8
B oh thats cute
A its not cute they argue about who gets to press the crossing button
""")

c("everyday", """
A results day is in 3 weeks and im already not sleeping
B same
C we'll all be fine
A u cant promise that
C i dont but i'm choosing to believe it
B ok i like that energy
""")

c("everyday", """
A whats everyone doing for mothers day
B breakfast in bed, toast only because i cant cook
C card and flowers from the garage
A the garage flowers are so sad
C the garage is all that's open on a sunday
""")

c("everyday", """
A Year 7 here, where is the science block
B go past the canteen, turn left at the big plant
A there are two big plants
B the one that's alive
A thank you
""")

c("everyday", """
A big news
B go on
A ive passed my theory test!!
B YES
C congrats, driving us everywhere now then
A i still need the actual driving part
C details
""")

c("everyday", """
A who took my ruler
B which ruler
A the metal one
C i used it as a sword at lunch, its in my bag
A obviously u did
""")

c("everyday", """
A ok im bored, rate my tea out of 10
B what did u have
A beans on toast with cheese and a sad egg
B 6
C 7, the egg is doing its best
A the egg appreciates u
""")

c("everyday", """
A the wifi in the sixth form centre is so bad i had to walk to the library to send one email
B it's because everyone is on the same network streaming stuff
A i'm going to start a petition
B u'll need wifi for that
""")

c("everyday", """
A do we need our own goggles for chem practical
B nah they have them
A the ones that smell of feet
B they all smell of feet
""")

c("everyday", """
A football at the park at 2?
B cant, my cousin's christening
C im in
D me too if my mum lets me
A we need 4 a side at least
C ill ask my brother, he'll play if there's crisps after
""")

c("everyday", """
A hows the new job
B the till hates me
A what happened
B it froze with a queue of 12 people and a man shouting about his lottery ticket
A iconic first week
""")

c("everyday", """
A my mum found my old school reports from primary
B lol what did they say
A "talks too much, very kind, needs to focus"
B so exactly the same as now
A rude but true
""")

c("everyday", """
A whats the wifi password at ur house
B on a post it on the fridge
A im not at ur house
B oh lol. i'll send it when ur here
""")

# ---------------------------------------------------------------------------
# HARMFUL then PROTECTIVE, many registers (bystanders challenge, support, report)
# ---------------------------------------------------------------------------

c("protective", """
A/ir allow me a pic then
B allow u?? no
A/pr dont be peak, everyone does it
B everyone does not do it, ur just weird
C/pc bro leave her, she said no
C/rp keep going and im screenshotting for sir
""")

c("protective", """
A/sa aye she's got a body on her for a second year
B/pc wtf man she's like 12
C/pc thats actually minging, shut up
A/vm relax, just saying what everyone thinks
D/rp im telling guidance, this is the third time
""")

c("protective", """
A/ex heres the pic from the sleepover hahah
B/pc nah delete that, she'd die if she saw this
A/vm its just her in her pjs stop being dramatic
B/pc doesnt matter, she didnt say u could post it
C/rp reported the message and told her so she knows
""")

c("protective", """
A/th if u dont come round tonight i'll send everyone the video
B please dont
A/th then come round
B/rp im going to the police. my mum is with me now
""")

c("protective", """
A he said he'd put my pic on his story if i blocked him
A and now im scared to block him
B/ps thats so messed up, im sorry
B/rp but threatening u like that is illegal, we should tell someone today
A/ph who though, i cant tell my dad
B/rp ur head of year. or childline, they'll help with getting stuff down
A/ph would u come in with me tho
B/rp yes, first thing
""")

c("protective", """
A/sj bet she went red because she fancies sir 😂😂
B/pc thats a horrible thing to say and u know it
A/vm its a joke bro
C/pc its not, she was embarrassed cos she got the answer wrong
B/ps u ok? dont listen to them
D yeah im fine thanks
""")

c("protective", """
A/ir u should send me a selfie in ur swimsuit from holiday
B um why
A/ir cos i want to see 😏
B nah
A/pr i sent u one of me
B didnt ask u to
B/rp blocking u
""")

c("protective", """
A ok so i dont know who else to tell
A my mate showed me a pic of a girl in our year that was going round
A i never asked to see it, he just showed me
B/ps u didnt do anything wrong by seeing it
B/rp but u should tell a teacher so she gets help, they wont get u in trouble
A/ph should i tell her first or a teacher first
B/rp teacher first, they know how to handle it
""")

c("protective", """
A/sn ur a tramp
B/pc who do u think ur calling that
A/vm lol sensitive
B/rp ive screenshotted it and sent it to my mum
""")

c("protective", """
A/vb she knew what she was doing, sending it to a year 11
B/pc shes 14 mate, he's the one who should know better
C/pc honestly if that was ur sister u'd be raging
A/vm whatever its not a big deal
B/pc it is a big deal for her
""")

c("protective", """
A/ex added her number to the gc so everyone can ask her 😂
B/pc take her out the gc now
C/rp ive told her to leave and block, and i told her mum
A/vm omg u lot are such grasses
C/pc yeah and ur a creep, what's ur point
""")

c("protective", """
A someone in my class keeps touching my hair and saying stuff
A like pervy stuff
A/ph idk if thats a big enough thing to tell anyone
B/ps it is big enough. u feel bad about it, thats enough
B/rp tell ur form tutor, or write it in the worry box if saying it out loud is too much
A/ph is the worry box actually anonymous
B yeah, u dont have to put ur name
""")

c("protective", """
A/se keep us off ur friends radar, they'll be weird about it
B why would they make it weird
A/se just keep it between us yeah, ur mature for ur age
B/rp ...im telling my sister about this
""")

c("protective", """
A/ir n e pics 4 me 😘
B who is this
A/pr just send 1 pls pls pls
B/rp reported and blocked. dont message me again
""")

c("protective", """
A/sa the new pe teacher's daughter 🔥🔥 rate her lads
B/sa 9
C/pc whats wrong with u, shes in year 8
A/vm chill we're not even being serious
C/pc ur rating a kid
C/rp im leaving the gc and reporting it
""")

c("protective", """
A/ps bro are u alright, i saw what they wrote on ur post
B/ph not really. i dont even know who to talk to
A/ps u can talk to me
A/rp and i think we should report the comments, theyre properly nasty
B/ph can u do it, i cant look at them again
A/rp on it, reporting each one now
""")

c("protective", """
A/pr u said u would, now u wont, thats so fake
B i never said i would
A/pr u basically did. ur just teasing
B ur making things up and its creepy
B/rp showing this to my brother
""")

c("protective", """
A/ex pic of her in the changing room is going round lol
B/pc what the hell, who took that
A/vm idk some year 10, not my problem
B/pc if ur passing it on it is ur problem
C/rp im going to the office right now, that's upskirting type stuff and its illegal
""")

c("protective", """
A i've been getting messages from an account with no pics asking me to video chat
A it keeps saying it knows where i live
B/ps thats really scary, im sorry
B/rp dont answer it, block it and tell ur mum tonight
C/rp and report it to CEOP, theres a button on their site, u can do it with ur mum
A/rp ok. im going to show her now
C/ps well done, u've done nothing wrong
""")

c("protective", """
A/sj everyone knows what she did at the party 😏
B/pc no one knows anything because nothing happened
C/pc stop spreading rubbish about her
A/sj thats not what i heard
B/rp im telling her and im telling mrs, ur not getting away with this
""")

c("protective", """
A/ir yo send a pic of u in the dress
B after the party
A/ir nah now, in the changing room
B nah
A/pr come on it's just for me
B/rp i've told my big sister what ur saying, she's here reading this
C/pc yeah hi, leave her alone
""")

c("protective", """
A/se,th u better not tell anyone what i sent u or ur dead
B/rp already have
A/th ur so dead
B/rp and that ones going straight to the police too
""")

# ---------------------------------------------------------------------------
# PAIRED HARMLESS, part 2
# ---------------------------------------------------------------------------

c("paired", """
A OMG SIR REPORTED US
B what for
A the science fair, he reported our volcano to the judges as "most improved"
B most improved from what
A from last year when it didnt erupt
""")

c("paired", """
A is anyone else blocked from the homework site
B yeah mine says access denied
A thank god its not just me
C its the whole school, the server is down
A so no homework tonight then 🙏
C nice try, miss said do it on paper
""")

c("paired", """
A i told my mum about the party
B and??
A she said yes as long as im back by 10
B 10 is so early
A better than no
""")

c("paired", """
A are u okay with doing the presentation bit?
B honestly no, i hate talking in front of people
A i'll do the talking, u do the slides
B ur the best
""")

c("paired", """
A we need to report back to the group by friday with our findings
B what findings, we havent done the survey
A exactly
B ok i'll make the google form tonight
""")

c("paired", """
A i need help
B whats up
A how do u do long division
B oh thank god i thought it was something serious
A it IS serious, test is tomorrow
B ok get on a call
""")

c("paired", """
A help i've locked myself out
B is ur mum home
A no shes at work till 6
B come to mine, we've got biscuits
A omw
""")

c("paired", """
A that's harassment
B what is
A my brother taking my charger every single night
B report him to the authorities
A i'm telling mum, thats the highest authority in this house
""")

c("paired", """
A the keeper blocked 3 penalties in a row
B unreal
C he's going to be insufferable at training
A he already is
""")

c("paired", """
A can someone come with me to the shop, its dark
B yeah i'll walk with u
A ta, i want a pot noodle
B get me one too
""")

c("paired", """
A what should i do, mum said i can either go to the party or the concert
B which is more fun
A the concert but all my friends are at the party
B go to the party, concerts come round again
""")

c("paired", """
A the teacher said to tell her if we need more time on the project
B are u gonna ask
A yeah, my laptop died and took two days of work with it
B thats a proper excuse, she'll say yes
""")

c("paired", """
A dont worry, ur not in trouble
B then why did mr want to see me
A he wants u for the quiz team
B oh. OH. i thought it was about the fire alarm
A what about the fire alarm
B nothing
""")

c("paired", """
A i'm here for u
B lol thanks, its only a spelling test
A no but its a hard one
B its year 7 spellings
A ur in year 7
""")

c("paired", """
A gonna block out sunday for revision
B block out as in the whole day?
A 9 till 3, then im free
B sounds tragic, good luck
""")

c("paired", """
A i cant believe u reported my goal as an own goal on the stats sheet
B it went in off their defender
A it was going in anyway
B stats dont care about feelings
""")

c("paired", """
A im gonna tell miss ur copying my answers
B ur literally copying mine
A ...ok fair
B we're both doomed
""")

c("paired", """
A u ok hun? 🥺
B yeah why
A u posted a sad song on ur story
B oh its just for the tiktok trend lol
A phew ok
""")

c("paired", """
A someone should tell the head that the toilets on the top floor flood every time it rains
B student council is literally on thursday
A ur on student council
B oh yeah. i'll bring it up
""")

c("paired", """
A are u being serious rn? u cant just leave me on read after i told u about the cat
B sorry!! phone was upstairs and i was in the bath
A the CAT had KITTENS
B OMG SEND PICS
A that's more like it
""")

# ---------------------------------------------------------------------------
# PROTECTIVE, part 3: just-now reporting, support after harm off-screen, many registers
# ---------------------------------------------------------------------------

c("protective", """
A/rp update: i went to mrs at lunch
A/rp told her everything about the airdrop thing and showed her the screenshots
B how did it go? ur so brave for doing that
A she was really kind, she said they'll speak to his parents
B im so glad. proud of u x
""")

c("protective", """
A/rp ok i did it. reported the account to the app and emailed the school safeguarding address
B did the app do anything
A it's under review apparently
C/rp report remove as well, it works even if the app is slow
A/rp ah yeah forgot that, doing it now
""")

c("protective", """
A i cant stop crying
A they made an edited pic of me with one of those apps and it looks real
B/ps oh my god im so sorry, thats horrendous
B/ps its fake and everyone who matters knows that
C/rp those nudify things are illegal to use on someone, we need to tell ur head of year today
A/ph i dont want anyone at school to see it
C/rp they can get it taken down, thats the whole point of telling them
B/ps we'll be with u the whole time
""")

c("protective", """
A/ps Hi, I'm in Year 13 and I run the peer mentor drop-in. I heard from a friend of yours that something's been going on online. No pressure, but my door's open.
B/ph thank you. i think i need to talk to someone actually
A/ps Of course. You're not in any trouble. Do you want to come at lunch?
B yes please
""")

c("protective", """
A/vm everyone's making such a big deal about one photo
B/pc cos it got sent to like 200 people without her knowing
C/pc imagine it was u
A/vm i'd just laugh it off
B/pc easy to say when it isnt u
""")

c("protective", """
A cant sleep
B whats up
A that lad from the party keeps sending me messages, like where i live and what i was wearing
B/ps thats really creepy, u ok?
A not really
B/rp wake ur mum up. honestly, this is a wake ur mum up thing
A she'll go mad that i woke her
B/ps she wont be annoyed at u, she'll be annoyed at him
""")

c("protective", """
A/ex ahaha screenshotted her story from last night before she deleted it
B u screenshotted it? what for
A/ex insurance 😂 in case she starts acting up
B/pc keeping it is so weird, whats wrong w u
C/pc delete it bro seriously
A/vm its just a screenshot calm down
C/rp im telling her u have it so she can report u
""")

c("protective", """
A mam
B yes love
A/ph there's a boy in year 11 saying stuff about me online, i dont know what to do
B/ps Oh sweetheart. Thank you for telling me. You're not in trouble.
B/rp Can you show me? We'll ring school together in the morning and I'll report his account tonight
A ok
""")

c("protective", """
A/sj bet she gets loads of attention from the older lads 😏
B/pc why would u say that, shes literally just quiet
A/vm its called banter, look it up
C/pc banter is when everyone's laughing. shes not
""")

c("protective", """
A/ir u up? send me a pic of what ur wearing
B pyjamas lol
A/ir show me then
B no ur being weird
A/pr awww dont be all moody
B/rp told my dad ur messaging me this late. he's not happy
""")

c("protective", """
A/sn ur such a sket its unreal
B/pc excuse me??
C/pc woah woah, thats not a word u call people
A/vm it's a joke, she knows its a joke
B/pc i dont know that actually
D/rp im telling the pastoral lady, this is the second time this week
""")

c("protective", """
A ngl i feel bad, i was in the gc when they were rating girls and i didnt say anything
B u could say something now, its not too late
A like what
B just say its not ok and leave
C/rp or screenshot it and send it to mrs anonymously, she has that form
A/rp yeah i think i'll do both
""")

c("protective", """
A/th send it or i post the screenshots of what u said about ur bestie
B u wouldnt
A/th try me. u've got till 9
B/ph can someone help, hes threatening me in front of everyone and i dont know what to do
C/ps u can tell me and ur not on ur own
C/rp we'll go to the head of year at 8:30 before registration, and u can ring childline tonight if u want
""")

c("protective", """
A/ir u should go on cam with me later x
B what for
A/ir,se just to chat 😉 no one has to know
B/rp ive just told my mum and shes reading over my shoulder
""")

c("protective", """
A/vb if u send pics to people u know what happens
B/pc u dont get to blame her for what he did
A/vb not blaming anyone, its just facts
B/pc that is blaming her, word for word
C/ps u ok? ignore them in the gc
D ty, yeah im fine
""")

c("protective", """
A/sa the skirt today tho, those legs 😍😍
B wtf
A/sa just saying 🤷
B/rp thats going to my head of year, with ur name on it
""")

c("protective", """
A/ph does anyone know if u can report something to the school without them knowing its u
B/rp yeah theres the anonymous form on the website, under safeguarding
C/rp or email the DSL, mrs keeps it private
A ok thank u
C/ps if its about u and u want someone with u, just say
""")

c("protective", """
A/ex shall i airdrop this to everyone in the canteen lol
B/pc put ur phone away
C/pc if u do that im telling
A/vm lol im joking, chill
C/rp not taking the risk, im going to the office now
""")

c("protective", """
A/pr i dont see why ur being funny about one pic
B cos i said no, thats why
A/pr ur overreacting, its normal
B its not normal and u need to stop asking
A/pr ugh fine, whatever, ur so uptight
B/rp blocked. and yes ive told someone
""")

c("protective", """
A/rp Mr, I need to tell you something about what's been happening in our form group chat
B/ps Thank you for coming to me. Take your time.
A/rp People have been sharing a photo of a girl and rating her
B/rp I'm going to pass this on to the safeguarding lead today. You've done the right thing.
A Will they know it was me?
B/ps We'll keep your name out of it as much as we can.
""")

c("protective", """
A/sa the way she walks in pe 🥵
B/pc pack it in, thats disgusting
A/vm im complimenting her
B/pc no ur being a creep
C lol.
B/pc its not funny
""")

c("protective", """
A/se delete these messages after u read them yeah
B whys that
A/se its just between us, i dont want ur mum seeing
B/rp im not deleting anything, im showing my mum actually
A/th do that and ur gonna regret it
B/rp already sent her the screenshots
""")

c("protective", """
A/vm its just a joke account, no one takes it seriously
B/pc the girls on it do
C/pc yeah imagine being rated by people u dont even know
B/rp ive reported it like ten times
C/rp and me. ask everyone to report it and it gets taken down faster
""")

# ---------------------------------------------------------------------------
# EVERYDAY, part 3 (all [])
# ---------------------------------------------------------------------------

c("everyday", """
A right so the group project, who's doing what
B i can do the research bit
C i'll do the poster, i have the good pens
D i'll present if someone writes me a script
A so i'm doing... the bibliography
B u love a bibliography
A i genuinely do, its very calming
C weirdo
A proud weirdo
""")

c("everyday", """
A kid at work asked if i was the manager
B hahaha and u said?
A i said no im 16
B and??? tell me
A he said "ur very tall for 16" and walked off
C 😂😂
""")

c("everyday", """
A Does anyone know if we're allowed calculators in the non-calc paper
B ...
C its in the name mate
A I was hoping for a loophole
C the loophole is learning ur times tables
""")

c("everyday", """
A wanna walk the dog with me later
B yeah what time
A half 5, before its properly dark
B ok bring the ball thrower, he ignores me otherwise
A he ignores everyone
""")

c("everyday", """
A just seen the lunch menu for next week
B tell me theres pizza friday
A pizza friday is back
B the best news ive had all term
C what about the veggie option
A something called "bean surprise"
C i'll bring a packed lunch then
""")

c("everyday", """
A my dad just asked me what "rizz" means
B did u explain
A i tried and now hes using it wrong at the dinner table
B go on what happened
A he said the lasagne had rizz
B honestly he's not wrong
""")

c("everyday", """
A cricket nets start next week
B indoor?
A yeah in the sports hall till april
B ok im in, i need to sort my bowling out
C ur bowling is fine, its ur fielding
B rude
""")

c("everyday", """
A whose house for the christmas film night
B mine, mum said its fine as long as we're quiet after 10
C im bringing the elf dvd
D u still have a dvd player??
C my nan does, im borrowing it
A ur nan is elite
""")

c("everyday", """
A anyone else have the dentist at 9 tomorrow or just me
B just u
A can someone tell miss im in at 10
B yeah i'll tell her at registration
A ta
""")

c("everyday", """
A ok the fire drill at 11 was the most chaotic thing ive seen
B the year 7s went out the wrong door
C and then the head did the register on the field in the rain
A my shoes are still wet
B my soul is still wet
""")

c("everyday", """
A has anyone's brother got a spare bike helmet
B mine has like 3, he keeps losing them and finding them
A can i borrow one for the cycle thing saturday
B yeah i'll bring it to school tomorrow
""")

c("everyday", """
A just finished the book for english
B already??
A i couldnt stop, the ending was so good
B dont tell me
A i wont, but prepare to be annoyed at the dad
B thats a spoiler
A its a very small spoiler
""")

c("everyday", """
A emergency: what do i get my mum for her birthday, its tomorrow
B flowers
A boring
B a mug that says best mum
A also boring
C make her breakfast and clean the kitchen, she'll cry
A ...ok fine thats a great idea
""")

c("everyday", """
A anyone know how to get a stain out of a white shirt
B what kind of stain
A ketchup. a lot of ketchup
B cold water and washing up liquid, dont use hot water
C my nan swears by salt
A i'll try both and report back
""")

c("everyday", """
A is the bake sale still on friday
B yes and we need more stuff, only 4 people have signed up
A i can do cornflake cakes
C i'll do brownies if my oven works
B legends
""")

c("everyday", """
A finished my shift. my feet have left my body
B how many hours
A 6, and the coffee machine broke at 11
B rip
A a man cried about his latte
B that's a lot of emotion for a latte
""")

c("everyday", """
A does anyone know a good revision website for bio
B the one with the blue logo is ok
C i just watch the lad on youtube who draws everything
A which lad
C the one with the funny voice, i'll send it
""")

c("everyday", """
A whos coming to the youth club tonight
B me, its pool tournament night
C im coming for the free toast
D i'll be late, got a music lesson
A we'll save u a cue
""")

# ---------------------------------------------------------------------------
# MIXED: ordinary chat that turns harmful, with or without bystanders who step in
# ---------------------------------------------------------------------------

c("mixed", """
A who's going to the leavers do
B me, i've got my dress already
C pic of the dress pls!!
B its green with the little straps
C omg ur gonna look gorgeous
D/sa she'll look better without it 😏
C/pc ew? thats vile
B/pc genuinely creepy, dont talk about me like that
E/rp reported that message, and ur out the gc
""")

c("mixed", """
A anyone doing the maths homework
B doing it now
A q6 has broken me
B/ir i'll give u the answer if u send me a pic 😉
A lol no, i'll just fail
B/pr come on its a fair trade
A its not a trade, its weird. stop
""")

c("mixed", """
A check out my new trainers
B sick
C they're the limited ones right
A yeah saved for months
D/sa cool, now do one of ur legs 😂
A wait what
D/vm joking obviously
B/pc weird joke
""")

c("mixed", """
A is everyone coming to mine after school
B yes
C yes if my mum says ok
D/sj will ur sister be there 😏 asking for a friend
A/pc what the hell, she's 11
D/vm bro im joking
C/pc a terrible one, dont
""")

c("mixed", """
A ok who won the quiz last night
B our table
C we got robbed on the music round
D/sj bet u'd have won if the prize was a night with miss 😂
B/pc mate thats grim
C/pc seriously not funny, miss is lovely
D/vm u lot have no sense of humour
""")

c("mixed", """
A can someone send the chem notes
B/ir i'll send them if u send me a selfie in bed 😏
A no thanks, i'll ask someone else
C/pc thats so creepy, here are the notes
C [sent photo]
A ty
""")

c("mixed", """
A selfie from the trip!!
B aww u all look so happy
C/sa the one on the left though 😍😍 whats her number
A/pc no?? shes in year 8
C/pr ok then just send me a pic of her on her own
A/pc absolutely not, ur creepy
B/rp screenshotting this for mr, he ran the trip
""")

c("mixed", """
A finally finished the drama rehearsal
B how was it
A good but the costume is so tight
C/ir lol send a pic of u in it
A after the show, its a surprise
C/pr nah now 😏 just me
A ok its giving weird, no
C/pr u always do this
""")

c("mixed", """
A got a new phone
B which one
A the cheap one with the good camera
C/ir test the camera then, send me something 😉
A i'll send u a pic of my cat
C/pr lol not what i meant
A i know what u meant and no
""")

c("mixed", """
A year 10 gc who's doing the science assessment revision
B me
C/ex btw who wants to see the pic someone sent of her from year 9
D/pc no one wants to see that, delete it
B/pc u cant be serious
C/vm lol i thought it was funny
D/rp im screenshotting this and taking it to mrs
""")

c("mixed", """
A hows ur new job going
B good, boss is chill
A any fit co-workers 👀
B lol theres one lad in the kitchen
A ooh get a picture of him for me
B no?? he doesnt know u
A lmao ok fair
""")

c("mixed", """
A coming to the park later
B yeah after tea
C/sj is she coming? she's always up for it 😂
B/pc up for what? she's coming to play footy
C/sj thats not what i heard
B/pc then ur hearing rubbish, stop chatting about her
""")

c("mixed", """
A the dance show vid is up on the school page
B omg we were so good
C/sa ur in the front row, the top u had on tho 😍
B eww thats not what the video's for
D/pc delete that comment man
C/vm im just complimenting her
D/rp reported it to the page admin
""")

c("mixed", """
A the holiday was so good
B pics!!
A [sent photo]
A the beach was unreal
C/sa u in the bikini 🔥🔥 send more
A who added him to this chat
B/pc genuinely get out
A/rp blocked
""")

# ---------------------------------------------------------------------------
# PAIRED HARMLESS, part 3
# ---------------------------------------------------------------------------

c("paired", """
A book report on the hobbit due monday
B how many pages
A two sides of a4
B i havent even finished the book
A read the last chapter and the back cover
B teacher will know
A teacher will not know
""")

c("paired", """
A ref blocked my view of the goal the whole second half
B u were sat behind the dugout
A exactly, worst seat in the ground
C next time we go early
""")

c("paired", """
A gonna tell my mum i'm staying for netball so i'm late
B are u staying for netball
A yes actually for once
B character development
""")

c("paired", """
A fell off my bike on the way in
B r u ok??? did u hurt urself
A grazed my knee and my pride
B go to the office, they have those massive plasters
A already got one, it has dinosaurs on
""")

c("paired", """
A i swear this lad keeps blocking all my shots in basketball
B he's like 6 foot 3
A so what, he doesnt have to be so good at it
C shoot from further out
A i cant shoot from further out
""")

c("paired", """
A mrs wants to see u after class
B oh no
A ur not in trouble, she said its about the trip money
B i paid it
A then she probably wants to say thank u
""")

c("paired", """
A ur getting reported to the style council
B what
A socks with sliders in NOVEMBER
B my feet run hot
""")

c("paired", """
A if u ever need a lift to training just say
B thank u, mum's working late on tuesdays now
A my dad goes past ur road anyway
B honestly ur saving my life here
""")

c("paired", """
A we should tell miss the heating is broken in the music room
B she knows, shes wearing a coat
A then why are we still in there
B she says music keeps u warm
""")

c("paired", """
A proud of u for finishing the 5k
B i walked half of it
A still counts
B my calves are screaming
""")

c("paired", """
A feel really sick, walk me to the nurse?
B yeah course, want me to carry ur bag
A yes please
B u'll be ok, its probably the canteen curry
A dont say curry
""")

c("paired", """
A i'm blocking this week out for the music exam
B no footy?
A no footy, no fifa, no nothing
B respect. see u on the other side
""")

c("paired", """
A sir said to report to the sports hall at 2 for the photo
B the whole year?
A just the teams
B do we need kit
A full kit, even the socks
""")

c("paired", """
A its ok to say no btw
B to what
A to doing the extra shift on sunday, u look knackered
B i need the money tho
A fair, but sleep is free
""")

c("paired", """
A who do i tell if my locker is jammed
B the site manager, hes in the little office by the gate
A the man with the walkie talkie
B thats him, he'll fix it with a hammer
""")

c("paired", """
A i told my mum i failed the test
B go on, and?
A she said she'd help me revise for the resit
B thats so nice
A she made me a timetable with stickers
""")

c("paired", """
A omg someone blocked the car park with a van and no one can get out
B is that why the buses are late
A yeah the head's out there with a megaphone
C best thing that's happened all week
""")

c("paired", """
A support the school team on saturday!!
B where are they playing
A away, but theres a coach leaving at 9
B is it free
A £3 and u get a flag
""")

c("paired", """
A are u ok with dogs? my dog is a bit bouncy
B yes love dogs
A ok good, he will jump on u
B good, thats the dream
""")

c("paired", """
A i need to speak to someone about my timetable
B ??? why
A they've put me in german and i chose spanish
B go to the office, ask for the options lady
A theres an options lady?
B shes the one with the lanyard covered in badges
""")

# ---------------------------------------------------------------------------
# PROTECTIVE, part 4: long messages, caps, typos, sixth form, parents, Welsh helplines
# ---------------------------------------------------------------------------

c("protective", """
A ok this is long sorry but i need to get it out. theres this lad ive been talking to for like a month and at first he was really nice and now hes asking for pics every day and says if i loved him i would and that i'm being tight and i dont want to lose him but i also dont want to send anything
A/ph so what am i supposed to do
B/ps first, thank u for telling me, and u dont owe him anything
B/pc someone who cares about u wouldnt keep pushing after u say no
B/rp if he doesnt stop, block him and tell someone older, ur mum or miss
A/ph what if he tells everyone im frigid
B/ps then everyone will know he's a creep. ur not doing anything wrong
""")

c("protective", """
A/ir SEND ONE NOW
B NO
A/pr WHY NOT
B/rp BECAUSE UR BEING WEIRD AND IM TELLING MY MUM
A/th tell her and see what happens
B/rp too late, shes reading it
""")

c("protective", """
A/ps heyy sorry to bother u but r u ok?? u seemd really upset in form
B not rly, sum1 put a pic of me on a rate page
A/ps nooo thats awful im so sorry 😢
A/rp we can report the page together if u want, and tel mrs, she sorted it for my cousin
B/ph idk if i can face it
A/ps u dont have to do anything tonight, im here either way ❤️
""")

c("protective", """
A/ps Hey, as your tutor I wanted to check in. A couple of people mentioned you'd had some unkind messages.
B yeah. theyre about my body. i didnt want to make a fuss
A/ps It's not making a fuss. Nobody should be getting messages like that.
A/rp With your permission I'll pass it to the safeguarding team and we'll speak to the people involved.
B ok. thank u sir
""")

c("protective", """
A/sa wld u rate me tho 😏 be honest
B wot?
A/ir send me one of u and i'll rate u back
B mate no, thats so weird
A/pr aw shy are we lol
B/rp screenshotting and sending to my big bro
""")

c("protective", """
A/ps,rp Dw, I've got your back. I spoke to Mr at lunch about the comments on your post.
B/ph You did? What did he say?
A/rp He's going to talk to the lads in our form. He said you can go to him anytime.
B Thank you, genuinely
A/ps Always. You didn't deserve any of it.
""")

c("protective", """
A mae rhywun yn anfon negeseuon cas ata i, am fy nghorff
B/ps o na, ti'n iawn?
A dim rili
B/rp ffonia Meic, neu dwed wrth Mrs yn y bore, dw i'n dod gyda ti
A diolch
""")

c("protective", """
A/ex oi everyone look at this 😂 she sent it to my mate thinking it was private
B/pc wtf, dont share that
C/pc bro thats actually illegal
D/rp screen recorded this whole chat, going to the head tmrw
A/vm its just a pic, chill
C/pc u wont be saying chill when the police come
""")

c("protective", """
A mam have u got a minute, its important
B Of course love, what's wrong?
A/rp someones been making up stuff about me and a boy and now everyones saying it
B/ps I'm so sorry. That must be horrible. You've done nothing wrong.
B/rp I'll email your head of year tonight and we'll go in together tomorrow
A can u not make a huge deal of it
B/ps I'll do it quietly, I promise
""")

c("protective", """
A/vb honestly girls that post like that are asking for comments
B/pc posting a photo isnt asking for anything, ever
C/pc what a take. log off
A/vb im just saying how it is
B/pc ur saying how it is in ur head
""")

c("protective", """
A/ph is it weird if i tell sir that people are making noises when i walk past
A like those noises
B/ps its not weird at all, thats harassment
B/rp tell him today, or i can, i've heard them too
A/ph would u? i dont want to say it out loud
B/rp yeah, i'll go at break and u can come if u want
""")

c("protective", """
A/ir,se facetime me later, no one has to know 🤫
B no chance
A/se promise i wont tell anyone, just us
B u sound like the lad in the pshe video, get away from me
B/rp blocking and reporting
""")

c("protective", """
A/sn look at her, slag in training
B/pc oi thats my sister
A/vm lol i'm joking man
B/pc u call her that again and im taking it to the head
C/ps ignore him, she's sound
""")

c("protective", """
A/rp sooo i think im going to report the gc to the school
B which gc
A the one where they post girls and vote
B/pc good. its vile
B/rp i'll back u up, i've got screenshots from last week
A/ps thank u, i was scared to do it alone
""")

c("protective", """
A/th i'll tell ur whole form ur desperate if u dont send a pic
B go on then
A/th dont test me
B/rp not testing u, just told my form tutor
""")

c("protective", """
A/pr go on, u sent one to him
B wait who told u that
A/ex everyone knows 😂 he showed us
B/ph i feel sick. i dont know what to do
C/ps hey hey, u'll get through this, its not ur fault he showed people
C/rp and we need to tell someone now, i'll sit with u while u ring childline
""")

# ---------------------------------------------------------------------------
# HARMFUL: harassers, bystanders who join in, minimise or do nothing, sometimes a defender
# ---------------------------------------------------------------------------

c("harmful", """
A/sa right lads, fittest girl in 9c, go
B/sa obviously the one with the long hair
C haha
D/sa nah her mate
E anyone know if the canteen is doing chips today
A/sa we should do a proper list
""")

c("harmful", """
A/ir send me a pic before school, the usual 😉
B i dont want to anymore
A/pr since when
A/pr u did it last week so whats the difference
B i just dont
A/th fine, i'll show the lads the last one then
""")

c("harmful", """
A/ex look at this, her ex sent me it 😂
B/ex send it here
C/vm lmao she'll get over it
D who's got the geog homework
A/ex sending it to the football gc as well
""")

c("harmful", """
A/vb she posts in her gym stuff then cries when people comment
B/vb fr she wants the attention
C/vm its just comments, not like anyones touched her
D/pc u lot are so weird about her
A/vm here we go, defence squad
""")

c("harmful", """
A/sj ask her how she got the lead role 😂😂
B/sj i heard she was staying late with the drama lot
C 😂 lol
D/pc thats actually a rumour that could get someone sacked, stop
B/vm oh my days its a JOKE, breathe
""")

c("harmful", """
A/se u can't tell anyone we message, ur parents would stop u seeing me
B ok
A/se and use the app where the messages disappear
B why do we need that
A/se trust me its better, no one can go through ur phone
""")

c("harmful", """
A/sn she's a proper slapper lol
B/sn always has been
C 😂
D wait which one
A the one in the blue coat by the bus stop
""")

c("harmful", """
A/ir can u send a pic of u after the gym
B y tho
A/ir wanna see the progress 😏
B maybe
A/pr maybe = yes 😘
B if its a gym pic its my arms and thats it
A/pr lol arms? u know thats not what i meant
""")

c("harmful", """
A/th i have ur messages. send the pic or ur mum sees them
B pls stop. i'll do anything else
A/th then do it. u've got an hour
B i dont get what u want
""")

c("harmful", """
A/ex i've made a page for pics of girls in our year, anonymous so no one knows it's me
B/ex whats it called
A/ex dm me i'll send the link
C/pc thats mad illegal
A/vm only if someone grasses
""")

c("harmful", """
A/vm everyone screenshots everything these days, she should have known
B/vb yeah u send it, u lose control of it, simple
C tbh i just dont get why anyone sends anything
D/pc because someone pressured her?? read the room
""")

c("harmful", """
A/sa the new girl though 😮‍💨
B/sa i'd give her a solid 8
C/sa 8 is generous lol
A/sa with makeup 9
D this is the form gc, can u lot not
""")

c("harmful", """
A/sj bet hes still never kissed anyone 😂
B/sj he probably practises on his pillow
C lmao
D/pc leave him, he's literally right here
A/vm he knows its jokes
E ...
""")

c("harmful", """
A/pr u left me on read again
A/pr i asked u one thing
A/pr if u cared u would have sent it by now
B im busy
A/pr ur always busy for me
""")

c("harmful", """
A/ex theres a pic of her going round from the party, want it?
B/ex go on then
C/ex me too
D nah im good, not looking at that
A suit urself
""")

# ---------------------------------------------------------------------------
# EVERYDAY, part 4 (all [])
# ---------------------------------------------------------------------------

c("everyday", """
A whos got a spare ticket for the gig
B my sister cant go anymore, u can have hers
A how much
B what she paid, £22
A done, i'll bring cash monday
B bring it sunday, she wants it for the weekend lol
A she's very organised
B she's very skint
""")

c("everyday", """
A my mum wants me to do a paper round
B do it, my cousin gets £30 a week
A i'd have to get up at 6
B u get up at 6 anyway to play fortnite
A thats different, that's passion
""")

c("everyday", """
A Does anyone else find the new seating plan in science awful
B i'm next to the window so i'm fine
C i'm next to the bin
A i'm next to the tap that drips
C at least its relaxing
A it is NOT relaxing
""")

c("everyday", """
A fancy a kickabout before registration
B its 7:45
A so?
B its dark and freezing
A u sound like my dad
B ur dad is a wise man
""")

c("everyday", """
A i need ideas for my art project, theme is "home"
B draw ur kitchen
A boring
C do ur nan's hands making bread or something
A oh wow thats really sweet actually
C i have my moments
""")

c("everyday", """
A new guinea pig is called biscuit 2
B what happened to biscuit 1
A he's still alive, they're brothers
B so theres two biscuits
A there's two biscuits
""")

c("everyday", """
A how long is the geog essay meant to be
B 800 words max
A i'm on 1200
B cut the intro, ur intros are always a page
A my intros are iconic
B ur intros are a page
""")

c("everyday", """
A work experience placements are up
B which one did u end up with
A the vets!!
B ur so lucky, i got the council office
A u might get to stamp something
B living the dream
""")

c("everyday", """
A im making a spotify playlist for the coach trip, send songs
B anything but country
C abba, non negotiable
D the one from the film with the dancing
A which film
D the one we watched at ur birthday
A that narrows it down to about 9 films
""")

c("everyday", """
A my brother passed his driving test
B first time?
A fourth time
B still counts
A he's already hit the bin
""")

c("everyday", """
A is the ice rink open over christmas
B yeah the pop-up one in the square
A lets go on the 27th
B if i fall over u're not allowed to film it
A no promises
""")

c("everyday", """
A i have been on hold with the bank for my mum for 40 minutes
B how come ur the one on the phone
A she's at work and it's about my card
B put it on speaker and do homework
A the hold music is the same 8 seconds on repeat
""")

c("everyday", """
A sign up sheet for the talent show is on the music room door
B whats ur act
A magic
B since when do u do magic
A since tuesday
B cant wait
""")

c("everyday", """
A hwk for RE is the sheet on festivals
B the one with the table to fill in
A yeah diwali, eid, christmas, hanukkah
B i'll do it on the bus
A u always say that and then ur sick on the bus
""")

c("everyday", """
A my aunties wedding is next month and i have to do a reading
B ooh what are u reading
A a poem about two trees growing together
B thats cute
A i have to say "boughs" in front of 100 people
B u'll be fine, just dont say "bows"
""")

c("everyday", """
A car boot sale on sunday, who's coming
B me, i want to sell my old games
C i'll come for the bacon rolls
A everyone only comes for the bacon rolls
C and the old man with the records
""")

c("everyday", """
A anyone got the answers to the vocab quiz on the app
B its different for everyone, u cant copy
A thats evil
B thats the point
""")

c("everyday", """
A orchestra rehearsal moved to the hall
B how come, again?
A the music room ceiling is leaking
B wasnt it the heating last week
A this school is held together with sellotape
""")

c("everyday", """
A dad's making curry tonight, want to stay for tea
B is it the really hot one
A he says its medium
B his medium is my nightmare
A i'll get u a yoghurt on the side
B deal
""")

c("everyday", """
A we got a new teacher for maths
B whats she like
A strict but she explains stuff properly
B thats better than the last one
A the last one just read the textbook at us
""")

# ---------------------------------------------------------------------------
# PROTECTIVE, part 5: offering to go with someone, platform reports, follow-ups
# ---------------------------------------------------------------------------

c("protective", """
A r u still getting those messages
B yeah. last night he said he'd find out where i live
A/ps thats not ok at all and ur not overreacting
A/rp ok, tomorrow we go to mr at pastoral, i'll wait outside the office or come in, whatever u want
B/ph come in pls, i'll lose my words
A/rp ok, i'll do the talking if u freeze
A/ps and bring ur phone so he can see. u've got this
""")

c("protective", """
A/ph how do u report a post on the app, i cant find it
B three dots top right
B then "report", then pick the reason
A/ph what reason is someone sharing a pic of my friend without asking
B/rp nudity or sexual activity, or harassment, either works, do both
C/rp and tell ur friend about report remove so she can get it off everywhere else
A/rp done, reported it
""")

c("protective", """
A/sa sending u my top 5 girls in year 10 🔥
B/pc why are u sending me this
A/vm cos u said u were bored lol
B/pc not bored enough for that, its gross
B/rp and im taking u out of my contacts
""")

c("protective", """
A/vm its normal now, everyone sends stuff
B/pc its really not
C/pc even if it was normal, asking and asking is still pressure
A/vm whatever, ur all so pure
D/ps btw if anyone in here is being pushed to send stuff, u can message me, no judgement
""")

c("protective", """
A i've left the gc
B wait why
A they were being proper vile about her photo again
B/pc good, its disgusting what they're saying
A/rp i reported it to mrs before i left, sent her the screenshots
B she'll be glad someone said something
""")

c("protective", """
A/ir hey can u send me a pic ur mates says ur the prettiest in ur year
B who gave u my number
A/se doesnt matter, dont tell anyone im messaging u ok
B/rp im showing my mum, shes calling the school
A/th u'll regret that
B/rp she's writing down ur number right now
""")

c("protective", """
A/sj did u see how red she went when he sat next to her 😂 bet she'd be up for it
B/pc shes literally 12 what is wrong with u
C/pc thats a kid ur talking about, its not funny
A/vm lol calm down i didnt mean anything
B/rp this is going to ur head of year, ive got ur message saved
""")

c("protective", """
A I don't really know how to say this
A Someone at my Saturday job keeps commenting on what I'm wearing and touching my back when he walks past
B/ps Thank you for telling me. That isn't okay and it isn't your fault.
B/rp You can tell your manager or, if it's your manager, tell your mum or dad and they can ring the shop.
A He's the manager's mate. I don't want to lose the job.
B/ps You deserve to feel safe at work. Let's talk to your mum together this weekend.
""")

c("protective", """
A/ps bro u good?? they were going in on u in the gc
B nah not really, i didnt know they'd all seen it
A/ps its not ur fault, whoever forwarded it is the one who did wrong
A/rp i screenshotted who sent it, we can give it to the head tomorrow
B/ph will i get in trouble for sending it in the first place
A/ps no, the police lady literally said in assembly that the person it happened to isnt the one in trouble
""")

c("protective", """
A/pr u owe me after everything i did for u
B i owe u nothing, presents arent a deal
A/pr after the presents?? one pic
B/rp i've given all ur presents back to my mum and told her why
""")

c("protective", """
A/ex i'm gonna make one of those ai pics of her, it'll be hilarious
B/pc no ur not
C/pc making those is a crime now
A/vm its not real so it doesnt count
B/pc it counts to her
D/rp ive sent this to my mum, she's a teacher and she'll know who to tell
""")

c("protective", """
A she's been in the toilets crying since break
B whats happened
A some lads were saying stuff about her chest in maths
B/pc oh my god, theyre disgusting
B/rp ok i'm going to get miss, u stay with her
A/ps ok, i'm with her now
""")

c("protective", """
A/se deleting this chat now, dont tell anyone what i said yeah
B what u said was gross
A/se so keep it to urself
B/rp nope, already sent the screenshots to the head of year email
""")

c("protective", """
A/sn frigid
B/pc wow ok, mature
C/pc dont be such a muppet mate
A/vm jeez its one word
C/ps ignore him, hes been like this all week
""")

c("protective", """
A has anyone used that CEOP thing before
B no why, is something happening
A kind of. a man on a game keeps asking me to move to a private chat and send pics
B/ps oh no, ur not in trouble for telling me this
B/rp yes do CEOP, and tell ur mum or dad tonight, they can help u fill it in
A/ph will the police come to my house
B/ps maybe someone will talk to u but only to help, u did nothing wrong
""")

# ---------------------------------------------------------------------------
# PAIRED HARMLESS, part 4
# ---------------------------------------------------------------------------

c("paired", """
A i got blocked so many times in the match, my shooting percentage is tragic
B their GK was 6 foot
A i know, every time i went up she just swatted it away
C we'll work on the lob at training
A u say that every week
""")

c("paired", """
A im reporting this lobby, someone is cheating
B how can u tell
A he's hitting every shot from across the map with a pistol
B yeah thats aimbot
A reported and left
""")

c("paired", """
A have u told ur mum about the parents evening letter
B not yet, its still in my bag
A it was due back monday
B i'll give it to her tonight and say it just got given out
A classic
""")

c("paired", """
A ok im sorry but are u ok
B why tho
A u just walked into the glass door
B i thought it was open
A it was very closed
B my nose agrees
""")

c("paired", """
A if ur struggling with the reading u can always talk to miss, she gives extra time
B i might, its so long
A ask her for the audiobook, she has it on the laptop
B omg that would save me
""")

c("paired", """
A i need to tell sir that i left my homework on the bus
B he wont believe u
A it's literally true, the bus driver has it
B tell him to ask the bus driver then
""")

c("paired", """
A stop ignoring me
B im not, my phone died
A for 3 hours?
B yes! the charger was in my dads car
A ok fine. u're forgiven
""")

c("paired", """
A i'm so proud of u for telling the coach u wanted to try goalkeeper
B i was so nervous
A he said yes tho!!
B he did, i'm starting next week
""")

c("paired", """
A my mum reported the pothole to the council
B the one outside the school?
A yeah the one that ate my bike tyre
B the council will fix it in 2035
""")

c("paired", """
A u dont have to come if u dont want to btw
B to the sleepover?
A yeah, no pressure, i know ur not a fan of horror films
B i'll come but i'm hiding under a blanket
A deal
""")

c("paired", """
A miss said if anyone feels unwell in the exam to put their hand up
B what if u feel unwell before the exam
A thats called nerves, she said eat a banana
B bananas fix everything apparently
""")

c("paired", """
A i've blocked out saturday for ur birthday
B omg whats the plan
A its a surprise
B is it bowling
A ...no
B its bowling
""")

c("paired", """
A can someone help me carry the bass drum to the hall
B yeah im coming
C me too
A ty, it weighs more than me
""")

c("paired", """
A is it true they reported the year 11 prom being moved
B yeah its at the golf club now
A ew, golf
B at least the food will be good
""")

c("paired", """
A did u delete the photo from the trip of me mid-sneeze
B no its my favourite
A delete it or i'll post the one of u asleep on the coach
B ok ok deleting
""")

# ---------------------------------------------------------------------------
# FRAMES, part 2 (all [] unless someone acts now)
# ---------------------------------------------------------------------------

c("frames", """
A the pshe teacher asked what we'd do if a friend showed us a pic of someone
B and ur answer was?
A i said i'd tell them to delete it and tell a teacher
B that's what everyone says
A yeah but what would u actually do
B probably the same tbh, i'd feel sick
""")

c("frames", """
A did u see that documentary about the girl whose pics got posted
B the one with the mum campaigning?
A yeah she got the law changed in the end
B thats amazing
A made me really think about it
""")

c("frames", """
A in our english book the main character gets bullied online and tells no one for ages
B why do they never tell anyone in books
A cos then there'd be no book
B fair
""")

c("frames", """
A for citizenship we have to make a leaflet about where young people can get help
B put childline and the school counsellor
A and CEOP for online stuff
B and Meic if ur doing a welsh version
A ooh good idea
""")

c("frames", """
A can u believe the footballer got done for sending messages to a teenager
B i saw that on the news
A the club sacked him straight away
B good
""")

c("frames", """
A miss made us role play saying no to peer pressure
B lol how did that go
A i was the one pressuring and i kept laughing
B u'd make a terrible villain
""")

c("frames", """
A the online safety quiz said u should never share a friend's secret unless they're in danger
B thats basically the rule yeah
A what counts as danger though
B like if someone's hurting them or threatening them
""")

c("frames", """
A in the film the girl's best friend reports the teacher and no one believes her at first
B omg i hate that
A it ends ok though
B still, i'm not watching it
""")

c("frames", """
A "if ur mate is getting harassed, dont be a bystander" - the poster in the corridor
B lol someone drew a moustache on the man
A the message still stands
B the moustache makes it better
""")

c("frames", """
A form time was about consent today
B go on what was it about
A that u can say no anytime and change ur mind and that pressure isnt ok
B sounds like common sense
A u'd be surprised
""")

# ---------------------------------------------------------------------------
# EVERYDAY, part 5 (all [])
# ---------------------------------------------------------------------------

c("everyday", """
A anyone going past the co-op on the way home
B me
A can u get me a pot of pesto, mum forgot it and tea is in 20 mins
B which pesto
A green. any green
B green pesto located
A hero
""")

c("everyday", """
A just got told off for laughing in assembly
B what were u laughing at
A the head tripped on the microphone wire
B i missed it??
A it was the best 2 seconds of my life
""")

c("everyday", """
A anyone good at spanish, i dont get the preterite
B its just the past tense, with the accents
A i dont get the accents either
C come to lunch club, senora does a drop in
A free biscuits?
C sometimes
""")

c("everyday", """
A my cat is sitting on my homework
B let him, its his now
A he's had the biology sheet for 45 minutes
B tell sir ur cat needed it more
""")

c("everyday", """
A is the trip to the museum still happening
B yeah wednesday, coach at 8:30
A do we need money
B packed lunch and maybe a fiver for the shop
A the gift shop with the rubbers shaped like dinosaurs
B essential purchase
""")

c("everyday", """
A whats the plan for new years
B my aunties, every year
A same, we play cards until someone cries
B who cries
A usually my uncle
""")

c("everyday", """
A i've been put in charge of the team kit washing
B 16 sets of socks
A my mum is going to move out
B bring them in a bin bag and wash them at the launderette
A genius
""")

c("everyday", """
A is it bad that i've already started christmas shopping
B its november
A i like being prepared
B i get everything on the 23rd
A thats chaos
B its tradition
""")

c("everyday", """
A lost my earbud down the side of the bus seat
B gone forever
A its got a tracker on it
B so its on a bus somewhere going round and round
A it's currently at the depot
""")

c("everyday", """
A got my school photos back
B aaand?
A i blinked
B nooo
A mum ordered the big one anyway
B framed?
A framed
""")

c("everyday", """
A can anyone cover my sat shift at the chippy
B what time
A 4 till 9
B i can do 5 till 9
A i'll ask if i can leave at 5 then, ur a star
""")

c("everyday", """
A ok who keeps leaving their tupperware in the common room fridge
B not me
C not me
D ...possibly me
A its growing things
D i'll take it home
""")

# ---------------------------------------------------------------------------
# PROTECTIVE, part 6 and MIXED, part 2
# ---------------------------------------------------------------------------

c("protective", """
A/ph babes i need help, someones got a screenshot of my snap and is sending it round
B oh no, which one
A the one in my room before the party, i was in my pyjamas being silly and someone screenshotted it
B/ps ok breathe. ur not in trouble, whoever's sending it is
B/rp tell me who, and we'll go to mrs first thing, and u can use report remove tonight
A no clue who sent it first
B/rp doesnt matter, the school can find out, they do this all the time
""")

c("protective", """
A/sa 10/10 would 😏
B/pc would what? shes in our class
C/pc grim bro, get a grip
A/vm its a meme
C/pc its a meme about a real girl whos in this gc
D/ps sorry u had to see that, its not u its him
E ty
""")

c("protective", """
A/ir send me one before bed or ur boring
B night
A/pr ?? thats it?
A/pr ur so dry
B/rp blocking u and if u message my other account im telling my mum
""")

c("protective", """
A/rp ive told my dad everything
B omg how did he take it
A he went a bit quiet then hugged me and said we'll sort it
B/ps thats good, he's on ur side
A he's ringing the school and reporting the account in the morning
B/ps ur gonna be ok
""")

c("protective", """
A/ex her pics are on that leak account, go look
B/pc absolutely not, that's illegal and gross
C/rp reporting the account now, everyone in here report it too
D/rp done
E/rp done and i told my sister whos a youth worker
A/vm u lot are so dramatic
""")

c("protective", """
A/vb tbh if u go round to a lads house at 11pm what do u expect
B/pc wow so its her fault now?
C/pc nothing she did makes what he did ok
A/vb i never said it was ok, im only saying
C/pc ur saying it pretty loudly
D/ps if she sees this, we've got u x
""")

c("mixed", """
A gym was packed tonight
B leg day?
A leg day
C/ir lol send a mirror pic then, lets see the gains 😏
A not for u
C/pr just one, cmon
D/pc she said no mate move on
C lol ok ok
""")

c("mixed", """
A anyone want to go halves on a taxi after the party
B me, my mums working
C me too
D/sj u'll need a taxi after, if u know what i mean 😂😂
B/pc no we dont know what u mean and we dont want to
C/pc genuinely whats wrong with u
""")

c("mixed", """
A my birthday meal is friday, italian place
B yay whats the dress code
A just nice, not formal
C/sa wear the tight one from last time 😍
A wtf?? ur my cousin
C/vm lol joking
D/pc,rp hes always doing this, tell ur mum
""")

c("mixed", """
A training today was brutal
B 20 laps
C my legs are jelly
D/sa the girls team in their shorts tho 😏
B/pc stop being weird about the girls team
C/pc literally just talk about training
D/vm ok ok sorry for having eyes
B/pc ur not sorry and thats the problem
""")

c("mixed", """
A who's got the english notes
B/ir i'll swap them for a pic 😂
A i'll ask mrs then
B/pr why u so boring
C/pc bro she asked for notes not for u to be a creep
C here they are
C [sent photo]
A ty 💕
""")

c("mixed", """
A guys my dog got loose on the field
B omg poor thing is he alright
A yeah some year 9s caught him
C/sa was it the year 9 girl with the 😍 hmm
A/pc wtf shes 13
B/pc ur so weird for that
B/rp and im screenshotting because this isnt the first time
""")

c("protective", """
A/ph i think my friend is getting groomed
A/ph an older guy online is buying her stuff and telling her to keep it from her mum, what do i do
B/ps ur a good friend for noticing
B/rp tell an adult today, ur mum, a teacher, or ring childline for advice
C/rp and u can report it to CEOP even if ur not the one being targeted
A/ph she'll hate me if i tell
B/ps she might be cross for a bit, but u'd be keeping her safe
""")

c("protective", """
A/ph bit of a weird one but is it normal for a sixth former to message a year 9 about meeting up
B/pc nope, that's not a normal thing
B is it happening to u or someone else
A my little sister
B/rp tell ur parents and the school, like today
A i promised her i wouldnt say
B/ps i know, but this is one of those promises u cant keep, and it's not u getting her in trouble
""")

c("protective", """
A/se u cant tell sir ok, he'll make it a thing
B make what a thing
A/se the pics i've got of her
B/pc delete them. now.
A/vm chill, its not like i made them
B/rp i'm going to sir right now
""")

c("protective", """
A/ir yo can u get ur mate to send me a pic
B lol no
A/pr why not she's fit
B/pc shes 14 and not interested, leave her alone
A/pr just ask her
B/rp im telling her and her mum that ur asking, stop messaging me
""")


# ---------------------------------------------------------------------------
# PROTECTIVE, part 7: platforms, offers to go along, sarcasm that rebukes, follow-ups
# ---------------------------------------------------------------------------

c("protective", """
A/sa wow the new profile pic 😍 ur body is mad
B sorry do i know u
A/sa someone who appreciates u 😏
B/rp reported ur account for harassment, enjoy
C/ps saw that on ur story, u ok? that account messages loads of girls
B im fine, bit creeped out tbh
C/rp i reported it too, the more people do it the faster it goes
""")

c("protective", """
A/pc so brave of u rating girls from behind an anonymous account
B/vm lol who asked
A/pc nobody asked for ur ratings either, thats the point
C/pc imagine thinking this is a personality
B/vm u lot need to get a life
C/rp we've got one, it involves reporting ur page
""")

c("protective", """
A can i ask something anonymously
B its a dm so yeah basically
A/ph if someone keeps sending u pics u didnt ask for, like gross ones, is that something u can tell school about
B/ps yes 100%, that's not ok and it's not on u
B/rp tell ur head of year, and dont delete them yet so they can see, just mute him
A/ph ok. can u come, i get really awkward
B/rp yeah ofc, i'll walk u there at break
""")

c("protective", """
A/ex whos got the vid of her from the sleepover, send it again
B/pc no one send that
C/pc deleted mine and u should too
A/vm wow ok no one can take a joke in here
D/rp screenshotted ur message asking for it, going to mrs
A/th ur such a grass, watch
D/rp and that one as well
""")

c("protective", """
A/ps u didnt deserve any of what happened
B i keep thinking i should have known he'd show people
A/ps trusting someone isnt stupid. breaking that trust is on him
A and u did the right thing telling ur mum
B she wasnt even mad
A course she wasnt. im proud of u
""")

c("protective", """
A/ps Hi. I'm writing because I saw the rating post about you on the year page and I wanted to say I'm sorry.
A/ps It's vile and it says everything about them and nothing about you.
A/rp I've reported the post and told Mr, and I'll go with you if you want to talk to him.
B thank u, i didnt think anyone would say anything
""")

c("protective", """
A/pr its a pic, why are u making it so complicated
B im not, i just dont want to
A/pr everyone else sends them to their bf
B ...i'll get back to u
C hi this is her sister, she's shown me everything
C/pc leave her alone. no means no
C/rp and we've saved ur messages
""")

c("protective", """
A/sn lol look at her, what a slag
B/pc oi pack it in
C/pc imagine being this pathetic
A/vm bro calm, joke
D i wasnt even here what happened
B/ps nothing, just him being vile again. she's fine, we're with her
""")

c("protective", """
A/rp so i told mr about the bus lads
B and?? what was his reaction
A that i did the right thing and he's getting the CCTV
B yesss, really glad u spoke up
A/ph what if they find out it was me
B/ps then they find out that someone stood up to them. we'll stick with u
""")

c("protective", """
A/th post that on ur story or i'll post the other pics of u
B what other pics
A/th u know the ones
B/rp showing my mum this right now
B/rp shes read it. shes ringing the police
""")

c("protective", """
A/vm honestly everyone's overreacting about the airdrop thing
B/pc someone airdropped a pic of a girl to a full bus, how is that overreacting
A/vm it was only a few seconds
C/pc a few seconds is enough for people to save it
B/rp the school's already involved anyway, i gave them the time and the bus number
""")

c("protective", """
A/ir u gonna send me a pic or do i have to beg
B beg all u want
A/pr pleaseeeee
A/pr im literally begging
B/rp enjoy begging my mum, i've just forwarded her all of this
""")

c("protective", """
A/sj she only got picked for the team because of the coach 😏
B/pc thats an actual lie and it could get him in serious trouble
C/pc she got picked because she's the best player, stop
A/vm lol touchy
C/rp this is going to the PE dept, rumours like that are harassment
""")

c("protective", """
A/ph is there a way to get a pic taken down if ur under 18
B/rp yeah report remove, its childline and the IWF, u make an account and they deal with it
A/ph do i need to tell my parents to use it
B/ps no u dont have to, but it might help to have someone with u
B/ps and if it's about u, im so sorry and ur not in trouble
""")

c("protective", """
A/ex made a list of who's sent stuff and to who 😂 sharing it later
B/pc what is wrong with u, delete that
C/pc thats the kind of thing people get expelled for
A/vm its just info, its not like its the pics
B/rp its going to the head either way, screenshotted
""")

c("protective", """
A/ir whatcha wearing rn 😏 show me
B a school jumper lol
A/ir lol send one without the jumper then 😉
B/rp reported. and im telling miss u said that
C/pc mate are u ok in the head
""")

c("protective", """
A/vb she'd had a drink at the party so like what did she think would happen
B/pc she expected not to be filmed, like any normal person
C/pc the one filming is the problem, not her
D/rp the video's been reported and the hosts' mum has rung the school
A/vb still tho
B/pc no, not still tho
""")

c("protective", """
A/ph bro can u come with me to see sir after school
B yeah course, whats up
A the lads in PE keep doing stuff in the changing rooms, like filming people
B/pc thats disgusting
B/rp yeah we're going, i'll say i've seen it too
""")


# ---------------------------------------------------------------------------
# PAIRED HARMLESS, part 5 and EVERYDAY, part 6 (all [])
# ---------------------------------------------------------------------------

c("paired", """
A dont tell mum about the vase
B what vase
A exactly. there was never a vase
B i'm telling her
A meal deal on me if u forget it
B ...what vase
""")

c("paired", """
A mum ur not in trouble but i broke ur favourite mug
B How did you manage that
A it slipped. i've glued it
B I'll drink out of it anyway, it's got character now
""")

c("paired", """
A we need more people to support the charity run
B like run it or cheer
A either, but cheering is also fine
B i'll cheer. loudly. with a sign
""")

c("paired", """
A journalism club is reporting on the new canteen
B what's the angle
A "the chips have changed and no one asked for it"
B hard hitting
A someone has to hold them accountable
""")

c("paired", """
A our report cards came out
B how was urs
A "a pleasure to teach" in every subject except maths
B what did maths say
A "needs to stop talking about football"
""")

c("paired", """
A tell sir someones sat in my seat
B tell him urself
A i'm too awkward
B fine, SIR
A i didnt mean shout it
""")

c("paired", """
A nice block in volleyball today
B my wrists are purple
A we took the set tho so worth it
C coach said u can start on thursday
B purple wrists it is
""")

c("paired", """
A sorry i've blocked ur drive with the van
B no worries, i'm not going anywhere till 5
A i'll move it by then
B cheers
""")

c("paired", """
A can u help me with something
B depends
A the history source question, i dont get what "provenance" means
B who made it, when and why
A thats it?
B thats it
""")

c("paired", """
A we should report back to mrs about the eco club survey
B what did people say
A mostly "more bins" and "less wasps"
B we cant do anything about wasps
A we can write it down
""")

c("paired", """
A are u ok to walk home on ur own
B yeah its light till 5
A ok text when ur in
B will do, mum
A someone has to be
""")

c("paired", """
A omg are u ok?? i heard u got hit by a ball in PE
B my face broke the ball's fall
A did u go to the nurse
B she gave me an ice pack and said "it'll come up lovely"
A it definitely has
""")

c("paired", """
A im gonna tell the teacher
B about what
A that the class hamster has escaped again
B not steve
A steve is under the radiator
""")

c("paired", """
A i believe in u for the audition
B i'm going to throw up
A throw up after, sing first
B thats terrible advice
A its the only advice i have
""")

c("paired", """
A delete the voice note i just sent
B too late, i've listened
A i was singing and didnt mean to send it
B it's going in the family gc
A DONT
""")

c("everyday", """
A bonfire night at the rugby club, whos in
B me, my dad's doing the burgers
C are there sparklers
B loads, bring gloves
D im in, can my cousin come
A the more the merrier
""")

c("everyday", """
A ffs missed the bus again
B wait at the shelter, the next one is in 12
A 12 minutes in the rain
B bring a brolly next time
A i do not own a brolly
B then u own rain
""")

c("everyday", """
A ay up, who's going down the ground sat
B aye if its not chucking it down
C its always chucking it down
A then bring a coat and stop mithering
""")

c("everyday", """
A ugh the printer in the library is out of ink again
B use the one in the sixth form centre
A im year 10
B oh yeah. go ask nicely then
A i'll just hand it in handwritten
""")

c("everyday", """
A how do i make my sourdough not flat
B more time
A i gave it like a day
B three days
A for BREAD?
B welcome to sourdough
""")

c("everyday", """
A did anyone get the text about the trip deposit
B yeah £20 by friday
A mum already paid it
B show off
A she's very efficient, its a bit scary
""")

c("everyday", """
A the school dog is in reception today
B the cockapoo?
A yes, his name is waffle and he's getting a biscuit from the head
B i need to go to reception for no reason immediately
""")

c("everyday", """
A scouts camp next weekend
B in NOVEMBER?
A its an indoor camp, in the hall
B so a sleepover
A a very organised sleepover with knots
""")

c("everyday", """
A what did u get for question 2 in the chem test
B ions one?
A yeah
B i put sodium chloride and prayed
A same but with less confidence
""")

c("everyday", """
A my grandad is teaching me to play chess
B is he good
A he says he was county champion
B was he
A nan says it was a pub league
""")

c("everyday", """
A cinema on saturday or sunday
B sunday, i work saturday
C sunday works
D saturday is better for me but i'll cope
A sunday it is, the 2 o'clock showing
""")

c("everyday", """
A is the canteen cash only today
B card machines are down
A i have 60p
B get toast, its 50
A living like royalty
""")


# ---------------------------------------------------------------------------
# PROTECTIVE, part 8: year 7 voices, sixth form, text-speak, emoji, long messages
# ---------------------------------------------------------------------------

c("protective", """
A/ir hiya can u send a foto of u, im in yr 9
B im in yr 7
A/pr so? just 1
B/rp im telling my mum and my teacher
C/ps well done for telling, ur not in any trouble
""")

c("protective", """
A/rp miss some of the big boys on the field said rude stuff about my sister
B/ps Thank you for telling me straight away. Is she okay?
A shes crying in the toilets
B/rp I'll send Mrs to her now and I'll speak to the boys. You did the right thing.
""")

c("protective", """
A/sa 🍑🍑 in the pe kit lol
B/pc ??? who is that about
A/vm lol no one 🤐
B/pc ur weird. delete it
C/rp 📸 screenshotted and sent to mrs
D 😳
""")

c("protective", """
A/rp Apologies for the long message. I'm on the student council and a few younger students have told me that there's an account posting photos of Year 8 girls with scores underneath. I've reported it on the app and passed the details to the safeguarding lead this morning.
B/pc That's appalling. Thanks for flagging it.
A/rp If anyone else sees it, please report it too and don't share or screenshot the photos themselves.
C/rp Done, reported.
""")

c("protective", """
A/ir pls send 1 pic pls pls pls
B nope
A/pr 😭😭😭
A/pr 🥺
B/rp 🚫 blocked n reported
""")

c("protective", """
A ngl rlly scared rn
B/ps wait wot happened, r u ok??
A sum1 from the other school has got a pic of me n says he'll put it on his story if i dont snd more
B/ps omg thats so not ok, its NOT ur fault
B/rp tell ur mum rn, or i'll come round n we tell her 2gether
A/ph cn u come round
B/rp omw, 10 mins
""")

c("protective", """
A/sn lmao shes such a hoe
B/pc oi, she has a name and its not that
C/pc rly not funny
A/vm its literally a joke ffs
C/rp ok well i've sent ur joke to her mum
""")

c("protective", """
A/th u better send it tonight or ur gonna see what happens tomorrow
B/rp ive shown my dad and hes going into school with me tomorrow
A/th lol grass
B/rp yeah and now thats going in as well
""")

c("protective", """
A im year 8 and someone keeps saying stuff about my body on my vids
A/ph do i delete my account or what
B/ps u dont have to delete anything, u did nothing wrong
B/rp block them, report the comments, and tell an adult so they know
A/rp ok. ill tell my big sister
B good. ur sister sounds like a good shout
""")

c("protective", """
A/ex everyone's already got her pics, might as well post them
B/pc no. thats not a thing, stop
C/pc just because its been shared doesnt mean u share it more
A/vm what difference does one more make
C/pc it makes a difference to her every single time
B/rp and i've sent ur message to the head of year
""")

c("protective", """
A/ps Hey, I'm a sixth former in your house. Someone told me you've been having a rough time because of a photo.
A/ps I'm not going to ask anything you don't want to tell me. You're not in trouble and you're not on your own.
A/rp If you want, I can walk you to Mrs at pastoral tomorrow, or help you do the Report Remove thing tonight.
B/ph the report remove thing. can we do it now
A/rp Yes. I'm here, let's do it together.
""")

c("protective", """
A/vb if u dont want people to chat about u then dont go out dressed like that
B/pc so its her fault people are being creeps
C/pc what she wears has nothing to do with it
A/vb its common sense
B/pc its victim blaming, thats what it is
""")

c("protective", """
A can I just say
A/ps to whoever the rating post was about: ur not a number, and the people laughing are the ones who should be embarrassed
A/rp and if u want to report it to school i'll come with u, just message me
B/ps same here, anyone who needs a buddy to go to pastoral just ask
""")

c("protective", """
A/se dont tell ur mates i'm older, they'll be weird about it
B why would they be weird
A/se just trust me, keep it between us
B this feels a bit wrong
C/pc this is her mate, she showed me. leave her alone, shes 13
C/rp and im telling her parents
""")

c("protective", """
A/ir drop a pic in the chat ladies 😂
B/pc absolutely not, u creep
C/pc why do u think thats ok to say in a class gc
A/vm LOL jokes
D sir is in this gc btw
E/rp and ive forwarded it to him anyway
""")

c("protective", """
A/ph i think i did something stupid
B/ps whatever it is we'll sort it
A i sent a pic to someone and now he's sharing it
B/ps u didnt do anything stupid, he did. he's the one breaking the law
B/rp we need to tell someone today, ur mum or mrs at school, and report remove can get it taken down
A/ph will u be there
B/rp yes, i'll be right next to u
""")



# ---------------------------------------------------------------------------
# EVERYDAY, part 7 and PAIRED, part 6 (all [])
# ---------------------------------------------------------------------------

c("everyday", """
A yr 7 here, do we need our pe kit on wednesdays
B yeah wednesday and friday
A ok thank u
B and trainers not plimsolls, sir goes mad
""")

c("everyday", """
A Has anyone got the reading list for the English Lit A level? I've lost the email.
B It's on the shared drive, under Year 12 then English
A Found it, thank you. Twelve books is a lot.
B You only need four properly, the rest are "wider reading"
A That's the most comforting thing anyone's said all week
""")

c("everyday", """
A omw 2 urs
B bring the switch
A already in my bag
B n crisps
A which ones
B the cheese ones, obvs
""")

c("everyday", """
A 🍕?
B 🍕!!
C 🍕 but only if we get garlic bread
A 🤝
""")

c("everyday", """
A so my mum has signed me up for a first aid course on saturday mornings and honestly i was annoyed at first because saturdays are sacred but the instructor is hilarious and we did cpr on a dummy called dave and now i think i actually want to be a paramedic
B thats so cool
C dave the dummy 😂
A dave has been through a lot
""")

c("everyday", """
A whats the minimum u need to pass maths
B like 4 i think for a pass
A and i got a 3 in the mock
B so u need one more. thats nothing, u can do that
A i hope so
""")

c("everyday", """
A ok hear me out: bubble tea after school
B its 3 degrees
A hot bubble tea exists
B ...go on then, large one on u tho
""")

c("everyday", """
A my uncle has a stall at the market and needs help saturday
B doing what
A selling phone cases and shouting
B i can shout
A ur hired
""")

c("paired", """
A ur not in trouble, i just need to know if u took the remote
B i dont have the remote
A its in ur hoodie pocket
B ...ur not in trouble if u found it
""")

c("paired", """
A r u ok?? u left maths really quickly
B nosebleed 😭
A ew. u alright now?
B yeah it stopped, my shirt is a crime scene
""")

c("paired", """
A i'll come with u to the dentist if ur scared
B im not scared
A u literally cried last time
B that was the injection, not the dentist
A ok i'll come for the injection
""")

c("paired", """
A blocked the shot with my face again
B its becoming a signature move
A the coach called it brave
B the coach called it something else to me
""")

c("paired", """
A im going to report the broken swing to the council
B the one in the park with the chain
A yeah a kid nearly flew into the hedge
B good idea, they're quick with playgrounds
""")

c("paired", """
A just told my dad i got detention
B was he fuming
A he laughed because it was for laughing
B fair
""")

c("paired", """
A we got the school report home
B whats ur attendance
A 99%
B show off
A i was ill for one day and it was a monday
""")

c("paired", """
A can u tell miss i'm in the toilet, i'll be back in 2
B she'll ask why u didnt ask
A tell her i asked the air
B absolutely not saying that to her
""")

c("paired", """
A keep it quiet for now but county team picked me!!
B WHAT
A its not official till friday
B my lips are zipped till friday then i'm screaming it
""")

c("paired", """
A the game keeps reporting my score wrong
B like how
A says 300 when i got 3000
B thats a zero missing, report it on the forum
A already did, they said "known issue"
""")


# ---------------------------------------------------------------------------
# PAIRED HARMLESS, part 7: challenge, support and help-seeking words in harmless settings (all [])
# ---------------------------------------------------------------------------

c("paired", """
A thats not on, ref
B he cant hear u, we're watching on telly
A he should be able to feel it
B u've said that every saturday since 2019
""")

c("paired", """
A leave her alone
B who
A the cat, u keep picking her up and she hates it
B she loves me
A shes literally growling
""")

c("paired", """
A what do i do, q4 makes no sense
B which bit
A it says "hence" and i dont know what hence means
B it means use the answer from the last bit
A that is so sneaky
""")

c("paired", """
A stop, seriously
B what have i done now
A u keep tapping the desk, i'm trying to do the mock
B sorry sorry, nervous habit
""")

c("paired", """
A its not ur fault the cake sank
B i opened the oven too early
A everyone does that once
B it looks like a crater
A call it a volcano cake and sell it for double
""")

c("paired", """
A i need someone to talk to
B whats up
A about the options, i cant pick between art and music
B do whichever one u'd do for fun on a sunday
A art then. thanks, that helped
""")

c("paired", """
A does anyone know who i tell if i've lost my bus pass
B the office, they'll give u a paper one for the week
A and if i lose the paper one
B then u walk
""")

c("paired", """
A ur not overreacting, the mock results were late for everyone
B i thought it was just me they forgot
A nope, the whole year. sir said tuesday now
B ok i can breathe again
""")

c("paired", """
A can i report my brother for eating my birthday cake
B to who
A the family gc
B do it, name and shame
A posting the crumbs as evidence
""")

c("paired", """
A someone should say something to the canteen about the portion sizes
B student council?
A they'll just say "we'll look into it"
B at least ur on record
""")

c("paired", """
A shall i screenshot the group chat where we planned the surprise and send it to her mum
B yes so she knows what time to bring her
A done
B perfect, she'll have no idea
""")

c("paired", """
A i've saved all the messages from the fixtures gc
B why
A so when coach says he never moved the match i have proof
B lol petty
A organised
""")

c("paired", """
A im worried about my nan, shes in hospital for her hip
B aw no, hows she doing?
A the op went well, she's already complaining about the food
B sounds like she's fine then
A shes very fine
""")

c("paired", """
A are u ok? u sound rough
B cold. full on cold
A want me to bring u soup
B u're an angel
A its a tin of tomato, dont get excited
""")

c("paired", """
A we did the unit on online safety in ICT today
B the one with the passwords?
A yeah and how to report spam and block pop ups
B riveting
A the video had a cartoon padlock, 10/10
""")

c("paired", """
A keep it between us that i sobbed at the film
B which bit
A when the dog came back
B everyone cried at the dog coming back
A ok good
""")

# ---------------------------------------------------------------------------
# PROTECTIVE, part 9
# ---------------------------------------------------------------------------

c("protective", """
A/sa who let u out in that top 🥵 bet the lads loved it
B what?? i was at my nans birthday
A/sa still 🥵
C/pc are u for real, leave her be
C/ps dont even reply to him, u looked lovely at ur nans do
B/rp already reported his comment and deleted it
""")

c("protective", """
A/ex gonna put her old texts on my story, the ones where she was begging me 😂
B/pc why would u do that to someone
C/pc thats so low
A/vm she deserves it for dumping me
B/pc nobody deserves having that done to them
C/rp im messaging her now so she can screenshot it for school
""")

c("protective", """
A/pr u said maybe yesterday, maybe means yes
B it means maybe
A/pr so go on then, send
B no, and maybe has turned into no
A/pr stop teasing me then
B/rp im done. blocking. and my sister's got screenshots of all of it
""")

c("protective", """
A so everyones being weird about me because of what he said
B/ps i know and its rubbish, none of its true
A/ph i just want it to stop, who do i even go to
B/rp head of year. she made the lads apologise to my friend last year, and she'll believe u
B/ps and u can sit with us at lunch so ur not on ur own
""")

c("protective", """
A/sj bet her mum doesnt know what she gets up to at the weekends 😂
B/pc meaning what exactly
A/sj lol dont act innocent
C/pc no we dont, and neither do u, ur making it up
D/ps she's in this gc btw. u ok? ignore them
E im fine, i know its rubbish
D/rp screenshotting for the pastoral team anyway
""")

c("protective", """
A/ir send me a video tonight, just of u
B not a chance, no
A/th send it or i'll tell everyone what u told me about ur family
B/rp i've told my mum what u said and she's going to ring ur school
A/th u wouldnt dare
B/rp she's already on the phone
""")

c("protective", """
A/vm its not a big deal, its just pictures
B/pc if it was ur pictures going round u'd think it was a big deal
C/pc pictures of a real person is a big deal
A/vm its not like anyone got hurt
C/pc she cried all through maths, so yeah someone got hurt
""")

c("protective", """
A can i ask u for some advice
B course
A/ph my friend keeps getting dms from a lad who's in uni and she thinks its cute but he wants pics and says not to tell her mum
B/pc thats a grown man asking a schoolgirl for pics and telling her to hide it, thats not cute
B/rp tell an adult, ur mum or hers, or a teacher, as soon as u can
A/ph she's gonna be fuming with me
B/ps maybe for a bit, but ur looking after her
""")

c("protective", """
A/sn oi frigid, smile
B/pc oi, dont speak to her like that
C/pc are u actually serious
A/vm its called banter, she's fine
D/ps u ok? he's always like this, its him not u
E yeah, thanks for saying something
""")

c("protective", """
A ive been reading about the report remove thing for my cousin
A/ph do u need ID or anything
B/rp for under 18s u can use it with childline, they help u through it, i can sit with u and ur cousin if that helps
A/rp yeah that would help, we'll do it sunday at mine
""")

c("protective", """
A/ex whos got the screenshot of her private story, i need it
B/pc what do u want that for
A/ex just to show the lads lol
B/pc nah, not happening. leave her be
C/rp ive messaged her to say someone's trying to spread it, and told sir
""")

c("protective", """
A/th if u tell anyone i asked for pics im telling everyone ur a liar
B/rp already told my head of year, she has all ur messages
A/th ur gonna regret it
B/rp sent that one to her too
C proud of u for not backing down x
""")

c("protective", """
A/sa lads the new cheer squad 🔥🔥🔥 rate em
B/sa 8 8 7 9 lol
C/pc thats literally the under 14s
D/pc delete this, its so wrong
A/vm omg its just numbers
D/rp its going to the head of PE with all ur names
""")

c("protective", """
A/rp Year 11 here. Just want to say to the Year 7s in this club chat: if anyone ever asks you for pics or says stuff that makes you feel weird, you can tell me or any of the prefects.
A/rp Or go straight to your head of year. You won't be in trouble.
B thank u
C ok ty
""")

c("protective", """
A he keeps sending me voice notes saying what he'd do if we were alone
B/pc thats disgusting
B/ps are u ok? that must be so scary
A/ph i dont know if i should block him or keep them as proof
B/rp both. screen record them first, then block, then we show ur mum
A/rp screen recording them now
""")

c("protective", """
A/se promise u wont show ur mum our chat
B why not
A/se cos she'd get the wrong idea
B whats the right idea then
A/se just trust me and delete it
B/rp nope. showing her now
""")

# ---------------------------------------------------------------------------
# FRAMES, part 3 and EVERYDAY, part 8 (all [])
# ---------------------------------------------------------------------------

c("frames", """
A in the radio play we did, the sister finally tells a teacher and its the most dramatic bit
B did u get to be the sister
A no i was the teacher. i had one line, "thank you for telling me"
B iconic line
""")

c("frames", """
A the citizenship test asked "name two places a young person can report online abuse"
B whats ur answer then
A CEOP and childline
B i put the police and my mum
A probably both right tbh
""")

c("frames", """
A my little sister's school did an assembly with a dog puppet about telling a grown up if something feels wrong
B aww
A she came home and told my mum that i ate her yoghurt
B the puppet worked
""")

c("frames", """
A the novel we're reading has this whole chapter where the girl's friend says "its not ur fault" over and over
B sounds intense
A it's really good. miss says it's the turning point
B i'll borrow it after u
""")

c("everyday", """
A who's doing the sponsored silence
B me, 24 hours
A u cant go 24 minutes
B watch me. i've already got £40 in sponsors
A ok i'll sponsor u a fiver if u make it to lunch
""")

c("everyday", """
A what time is the careers fair
B period 3 and 4 in the sports hall
A is the army stand there again
B yeah and the one with the free pens
A priorities
""")

c("everyday", """
A my mum got me a planner to "get organised"
B did u use it
A i've written my name in it
B progress
""")

c("everyday", """
A first snow of the year!!!
B its sleet
A its snow in my heart
C school isnt closing, dont get excited
A let me dream
""")

c("everyday", """
A whose turn is it to host quiz night
B urs, i did last month
A my house is tiny
B we'll sit on the floor, its fine
C i'll bring the big bag of crisps
A ok fine, friday at 7
""")

c("everyday", """
A mans just spent 3 hours on one lego set
B which one
A the big ship
B finished?
A i have 12 pieces left over and no idea where they go
""")


# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------

def main():
    build(CONVS, 16081, "th", 500, __file__, "h.jsonl")


if __name__ == "__main__":
    main()
