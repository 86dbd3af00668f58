#!/usr/bin/env python3
"""Build corpora/train/conversations/e.jsonl (part E, session 15: generalisation and innocent talk).

Hand-written, synthetic, non-graphic training conversations for c2chat. Theme: protective language
in many new wordings and registers (challenge, support, help-seeking, reporting) next to the same
words in harmless settings; frames (reported speech, quoted counter-speech, generic statements,
hypotheticals and advice, negation and refusals, lessons, news, lyrics, TV plots); everyday hard
negatives (innocent photo requests, "exposed" in games, "threat" in sport, surprise secrets, a
"leak" of a trailer, "sick" as praise, "nude" tights, "send it" about a file, banter); and harmful
conversations in new wordings, each followed by varied bystander responses (or none).

Written as whole conversations, in order, without reading corpora/dev, corpora/check,
corpora/holdout or lexicons/. No templates or slot filling. Every person is fictional.

Line format inside each conversation block (as build_a.py):
    <speaker-letter>[/<code>,<code>...] <text>
e.g.  "A/ir go on send one of u"   or   "B no"   (no codes -> gold [])
Speaker letters map to pseudonymous ids te_s001..te_s400 (fixed seed).

Labelling conventions (corpora/train/README.md, docs/categories.md "Frames"):
- a label only on the message that performs the act in its own voice;
- a refusal by the person asked is [] (not protective), even when firm; reporting or asking for
  help by that person is labelled;
- a disclosure that only tells what happened is []; asking what to do about it is help_seeking;
- quoted counter-speech ("calling her X isnt a joke") is protective.challenge;
- a general statement that blames is victim_blaming.blame;
- lessons, quizzes, news, TV plots and lyrics that mention harm are [];
- advice given now to the reader ("if anyone asks u for pics, tell someone") is protective.reporting;
  the same advice retold from a lesson is [].

Usage: python3 corpora/train/conversations/build_e.py   (writes e.jsonl next to this file)
"""

from lineformat import build, conversation_adder  # the shared line format

CONVS = []  # (kind, [(letter, [codes], text), ...])


c = conversation_adder(CONVS, max_len=14)


# ---------------------------------------------------------------------------
# EVERYDAY HARD NEGATIVES, part 1 (all [])
# ---------------------------------------------------------------------------

c("neg", """
A can someone send a pic of the chem sheet, the one with the titration table
B which side, front or back
A both if u can, i left mine on the bus
B 2 secs
B sent, its a bit wonky sorry
A nah thats perfect ur a legend
""")

c("neg", """
A omg look at biscuit
A 📸
B STOP hes wearing the jumper 😭
C more pics of him pls i need serotonin
A ok one more but then im doing my homework
C send the one where hes asleep on the stairs
""")

c("neg", """
A what was the final score
B 3-1 to us
A no way, send me a pic of the scoreboard or i dont believe u
B lol fine
B here u go
A ok im sorry i doubted u
C sick result tbh, who scored
B jayden twice and the new kid
""")

c("neg", """
A my mum wants a photo of the receipt from the trainers
B why??
A she thinks i spent the birthday money on sweets 😂
B did u tho
A only half of it
B send her the receipt and hide the haribo
""")

c("neg", """
A got absolutely exposed in that 1v1
B LMAOO u were out of position the whole time
A the lag was mad tho
B ur always blaming the lag
C i saw the replay, u got exposed fair and square
A ok ok rematch saturday
""")

c("neg", """
A coach says their striker is the biggest threat on the pitch
B so who's marking him
A me apparently 😬
B just stay goal side and dont dive in
A easy for u to say ur in goal
B im in goal BECAUSE i cant run lol
""")

c("neg", """
A ok dont say anything to leah about saturday
B the surprise thing?
A yes!! her mum's booked the bowling, its meant to be a secret till she walks in
B zipped 🤐 promise
C can i bring a card or is that too obvious
A bring it but hide it in ur bag
""")

c("neg", """
A the trailer for the new season leaked 😭
B WHERE
A some account posted it then it got taken down
B did u see it before it went
A yeah the first 30 seconds, the dragon is back
C dont spoil it for me pls i wanna see it properly
""")

c("neg", """
A its so hot in the science block i actually cant think
B and none of the windows open
A sir said its a health and safety thing 🙄
B health and safety is us melting
C bring a fan tmrw, ive got a spare one
""")

c("neg", """
A that top bin strike was actually sick
B the top bin one??
A yeah from outside the box
B ngl he's been class all season
C someone clip it and send it to the gc
A already did check the chat
""")

c("neg", """
A sir asked if i could delete the draft and start again 😩
B the whole thing?
A basically. he said the intro is waffle
B harsh but fair, ur intros are always long
A wow thanks
B im helping lol, keep the quotes and just cut the first paragraph
""")

c("neg", """
A can someone screenshot the new timetable, mine wont load
B which week, A or B
A week B
B there, check the chat
A thank u!! double maths on friday is criminal
C at least its not double science
""")

c("neg", """
A is the powerpoint done
B yeah just finished the last slide
A send it then, i'll do the talking bit
B check ur email, sent it to the school one
A got it. the transitions are a bit much 😂
B the spinning ones stay, non negotiable
""")

c("neg", """
A ur dead 💀💀
B HOW did u see me i was behind the crate
A ur name literally shows through walls
B that's a glitch it doesnt count
A it counts, thats 10-4
C both of u are trash, im carrying
""")

c("neg", """
A do u reckon nude or black tights for the concert
B black, the nude ones go all shiny under the lights
A good point
C i wore nude last year and looked like a ghost on the photos 😂
A black it is
""")

c("neg", """
A anyone got pics from the geography trip
B i've got loads, the one of sir falling in the river is iconic
A SEND
B posting them all on the gc tonight
C pls crop me out of the one on the coach i look half asleep
B no promises 😂
""")

c("neg", """
A bro u look like a tomato after that cross country
B i ran 5k in the rain, leave me alone
A i'm just saying ur face is the colour of my bag
B and ur time was slower than my nan
C both of u finished behind me so
""")

c("neg", """
A leave it, its going out for a throw
B it was going in!!
A it hit the post and went wide
B var would have given it
C there is no var on a school field mate
""")

c("neg", """
A i have to report on the water cycle for science
B a written report or a presentation
A written, 500 words
B easy, evaporation condensation precipitation, done
A i need 497 more words than that
""")

c("neg", """
A how do i block this skeleton in the corner
B put a slab down, they cant spawn on it
A i dont have slabs
B then just block the gap with cobble and light it up
A ok done, no more mobs
C build a door too, creepers are the real problem
""")

c("neg", """
A the projector in room 14 is broken again
B did u tell sir
A yeah he said to tell the technician
B ok then tell the technician lol
A i did, he said hes on lunch
C we're watching it off a laptop again arent we
""")

c("neg", """
A can u send me ur notes from english, i was at the dentist
B which bit, the poem?
A the whole lesson tbh
B ok i'll take photos, my handwriting's bad tho
A anything is better than nothing
B sent 👍
B look at this
A amazing thank u
""")

c("neg", """
A who's coming to the park after school
B me, as long as it stays dry
C me, bringing a ball
A bring the speaker too
C my speaker's dead, someone else bring one
B i'll bring mine
""")

c("neg", """
A what are u wearing to the prom
B a green dress, my cousin is lending it
A omg green would look so nice on u
B thank u!! what about u
A still deciding, probably the black suit
C send pics when u try them on
""")

c("neg", """
A my little brother got into my room and deleted my save file
B NOOO how far were u
A like 40 hours in
B thats a war crime honestly
A im not speaking to him until christmas
""")

c("neg", """
A ur going down in the maths quiz tmrw
B keep dreaming, i revised
A u watched one video
B one really good video
C i'm gonna beat both of u anyway
""")

c("neg", """
A this new album goes so hard
B which song is best
A track 4 easily
B ill listen on the bus, send me the link
A 👀👀 sent
B that intro 🔥🔥
""")

c("neg", """
A ugh my sister posted an old pic of me on her story
B which pic
A me at like 7 with the bowl haircut 😭
B LMAOO i need to see it
A absolutely not
B im going on her story rn
""")

c("neg", """
A does anyone know the wifi password for the library
B its on the sign by the printers
A cant see it from here
B hang on i'll photo it for u
B ok sent
A cheers
""")

c("neg", """
A i got caught with my phone in maths
B nooo, did he take it
A yeah i have to get it from the office at 3
B unlucky. tell ur mum before the school does
A good shout, shes gonna be fuming either way
""")

c("neg", """
A keep it a secret but i got the part in the play
B OMG
B why is it a secret tho
A they havent put the list up yet, i'm not meant to know
B my lips are zipped. congrats!!
C im telling everyone on friday when its official 🎉
""")

c("neg", """
A the year 7s are so exposed when they think no ones watching 😂
B omg how bad was it
A one of them tried to moonwalk in the lunch queue and fell over the bins
B nooo poor guy
A he got up and bowed, respect
""")

c("neg", """
A my dog just stole a whole sausage roll off the counter
B hes living his best life
A mum is screaming 😭
B evidence needed pls
A done, scroll up
B the guilty face omg
""")

c("neg", """
A did u see the news about the flooding in town
B yeah the high street is underwater
A my nan's shop is ok tho
B thank god
A the bus station's closed so i'm walking tmrw
B i'll walk with u, meet at the corner at 8
""")

c("neg", """
A im so done with this group project
B whats happened now
A two people havent done anything and its due monday
B tell miss, she said to let her know if someone isn't pulling their weight
A i dont want to snitch tho
B its not snitching its a grade
""")

# ---------------------------------------------------------------------------
# HARMFUL conversations, part 1 (new wordings; bystanders respond, or not)
# ---------------------------------------------------------------------------

c("harm", """
A hiya
B hey
A/ir ngl i wanna see more of u, send something private
B like what
A/ir u know what i mean, something u wouldnt put on ur story
B nah i'm not into that
A/pr dont be boring, its only me
B still no
""")

c("harm", """
A/ir oi send me a snap in the mirror after ur shower
B ew no??
A/pr why u acting shy
A/pr thought u were more fun than this
B im logging off
""")

c("harm", """
A so u and jack are done then
B yeah ages ago
A/ir so ur free to send me stuff now 😏
B i dont send stuff to anyone
A/pr everyone says that at first
A/pr ill wait, no rush... but dont keep me waiting forever
B ur being creepy
""")

c("harm", """
A/ir can i have a pic of u in the bikini from ur holiday
B how do u even know about that
A/ir ur mate showed me ur story. i want the full one
B that was close friends only
A/pr so add me to close friends then
B not a chance
C/pc why are u hounding her about holiday pics, pack it in
""")

c("harm", """
A/ex guess whose pic is in the lads chat rn 👀
B whose
A the girl from 9R, someone got hold of it
C/pc delete that chat mate, seriously
A/vm its already everywhere, me deleting it wont change anything
C/rp im going to tell mr harris, that pic shouldnt be anywhere
""")

c("harm", """
A/ex i kept the video u sent when we were together
B what?? u said u deleted it
A/ex,th maybe i did maybe i didnt. depends how nice u are to me
B please just get rid of it
A/se and keep this between us yeah, dont drag ur mates into it
B/ph i've added becca. he's saying he has a video of me and wont delete it, what do i do
C/ps ur not in trouble ok, u havent done anything wrong
C/rp screenshot all of this and we'll go to ur mum together tonight
""")

c("harm", """
A/sa lowkey she's filled out since year 8 😳
B who??
A/sa the girl in our science set, u know the one, check her in PE
C/pc thats so weird to say about someone in our year
D/pc bro why are u talking about her body, grim
A/vm chill
""")

c("harm", """
A/sa new girl, score out of 10, go
B/sa 8 easy
A/sa her legs tho, 9
C/pc can u not rate people like theyre cars
B/vm its a compliment relax
C/pc a compliment she didnt ask for in a chat she cant even see
""")

c("harm", """
A/sn everyone knows shes a bike lol
B wait who
A the one from 10C, ask around
C/pc why would u say that about her
C/pc u've never even spoken to her
A/vm its banter calm down
""")

c("harm", """
A/sj bet u two were doing more than revising in the library 😏😏
B we were literally doing chem
A/sj "chem" 😂
C/pc leave them alone, not everything is something
""")

c("harm", """
A/ir u should come on video tonight, just us, keep ur door locked
B why would i lock my door
A/se,ir so ur parents dont walk in. dont mention it to them either
B nope, not doing it
B/rp im showing my dad this
""")

c("harm", """
A/ir can u send one where ur not wearing the hoodie
B its cold lol i always wear it
A/ir dont play dumb, u know
B yeah thats a no from me
A/pr ffs i've sent u loads of mine
B i never asked for them
A/pr so ur just gonna ignore me
""")

c("harm", """
A/ir show me what ur wearing under ur uniform 😏
B excuse me??
A/vm joke joke
B wasnt funny
""")

c("harm", """
A/th no pic from u by 9 and i'm saying u sent one anyway
B u cant just make stuff up
A/th watch me, people will believe it
B/ph its that boy from the bus again. he says he'll spread lies if i dont send a pic. what do i do
C/ps omg im so sorry. ur not the one in the wrong here
C/rp tell the head of year tmrw, he's doing it to loads of people i bet
""")

c("harm", """
A/pr u literally promised last night
B i said maybe and then i said no
A/pr maybe means yes lol
A/pr dont mug me off
A/pr one pic and i'll leave u alone, promise
B i said no
""")

c("harm", """
A/ex posted her pic on the finsta 😂
B/pc mate wtf
A/ex its got 40 views already
B/pc take it down now thats actually illegal
C/rp account reported, done
D/rp me too and im telling miss carter tomorrow
A/vm its just a pic, u lot are so dramatic
""")

c("harm", """
A/vb tbh she shouldnt have sent it to him if she didnt want it out
B/pc she trusted him, thats on him not her
A/vb still her choice to send it
C/pc u can trust someone and they can still be a snake. its not her fault
A/vb whatever, lesson learned for her
""")

c("harm", """
A/vb if ur dumb enough to send pics u get what u deserve
B/pc no one deserves that
B/pc and half the time people get pressured into it
A/vb still, theres a simple way to avoid it
C who's this about
A just in general
""")

c("harm", """
A/vm ppl are making such a big deal over one photo
B wait which one
A/vm the one of amy, its not like its that bad
C/pc it doesnt matter how bad it is, she didnt want it shared
A hm ok, fair
""")

c("harm", """
A/vm its not harassment if u just ask once lol
B depends how u ask tho
A/vm nah asking for a pic is normal, everyone does it
C/pc it's not normal and if she says no u stop
""")

c("harm", """
A/ir,ex bro get her to send u a pic and show us
B who u on about
A/ir,ex the girl u've been talking to, ask her for one and share it in here
C/pc not cool man
B im not doing that, she's sound
""")

c("harm", """
A/se dont tell ur mum we've been talking
B why not
A/se shes not gonna get it, ur older than ur age. keep this just between me and u
B okay
A/ir send me a pic so i know what u look like now
B i'll think about it
""")

c("harm", """
A/se delete our messages after u read them ok
B how come
A/se because ppl wouldnt understand us
B/ph is it weird that someone older keeps telling me to delete our chats
C/ps yes that's weird and its not ur fault for replying
C/rp thats a red flag. pls tell ur mum or someone at school
""")

c("harm", """
A/th ur gonna regret ignoring me
B i'm not ignoring u, i'm busy
A/th,ex u know what i've got. one post and ur done
B please dont
""")

c("harm", """
A/sn shes such a slag lmao
B which girl
A/sn that new girl with the long hair
C/pc wtf u've never met her
D/pc can we not do this in the form gc
""")

c("harm", """
A/sa she's got a mad body for year 9 😳
B/pc bro shes 13
C/pc that is actually disgusting to say
A/vm it was a joke calm down
C/pc still not funny
""")

c("harm", """
A/sj he's been round more houses than the postman 😂
B 💀
C/pc that's so rude, he's literally the nicest kid in the year
A/vm its a joke
""")

c("harm", """
A/ir let me see u in that dress before prom, just u in the pic
B u'll see it at prom
A/ir nah i want a private one, just for me
B no?? thats weird
C/pc why is he messaging u like that, leave it
""")

c("harm", """
A someone airdropped a pic of jess on the bus
B omg
A/vm everyone's already seen it lol its not a big deal
C/pc it is a big deal, u shouldnt even have it on ur phone
C/rp delete it and tell someone who sent it around
D/ps jess if ur reading this ur not alone
""")

c("harm", """
A/ir hey beautiful, send a selfie for me 😘
B do i know u
A/ir u will soon, send one
B/rp blocked and reported
""")

c("harm", """
A/ir drop a pic in ur pjs
B what
A/pr go on, its nothing bad
B we're not even close like that
A/pr,sn dont be so frigid
C/pc dude she said she doesnt know u, leave it
""")

c("harm", """
A/th if u tell anyone what i asked ill make ur life hell
B i wont
A/se good. make sure it stays like that
B/ph i dont know who to tell, he said he'll make my life hell
C/ps i'm glad u told me. ur safe with me
C/rp we can use the anonymous form on the school website if ur scared
""")

c("harm", """
A/vb she knew what she was doing going to his house
B/pc that doesn't mean anything happened was ok
C/pc why is it always the girl's fault with u
A/vb im just saying, she put herself there
""")

c("harm", """
A/sa damn ur mum's peng
B mate
A im just saying
B/pc thats my mum ur on about, weirdo. dont
""")

c("harm", """
A/ex ill screenshot ur messages and show the whole year
B what messages
A/ex,th the ones where u said u fancy him. unless u send me something
B/rp im sending this to my head of year right now
""")

# ---------------------------------------------------------------------------
# PROTECTIVE language in many wordings and registers
# ---------------------------------------------------------------------------

c("prot", """
A/ph ok so this is embarrassing but a lad from another school keeps asking for pics and i dont know how to make him stop
B/ps its not embarrassing at all, im glad u said
B have u replied to him
A just said no a few times
B/rp block him and report the account, then tell ur mum. i'll sit with u when u do
A/ph will she be angry with me tho
B/ps no way, ur the one being hassled. u did nothing wrong
""")

c("prot", """
A/ph heyyy r u free to talk, its kinda serious
B ofc wassup
A/ph my pic got sent round and i feel sick. who do i even tell
B/ps omg come here. first of all its not ur fault
B/rp miss okafor is the safeguarding lead, we can go to her first thing
A/ph what if people see me going in
B/ps they wont, and even if they did, ur the one who got hurt here
""")

c("prot", """
A so there's this rumour going round that i did stuff at the party and i didnt
B/ps i believe u. whoever started it is a liar
A/ph what do i do tho everyone's looking at me
B/rp tell ur form tutor, rumours like that count as bullying and they have to deal with it
C/ps ignore the looks, the people who matter know the truth
""")

c("prot", """
A/ph HELP someone made a fake account with my face on it
B/ps wait breathe, r u ok
A its posting weird stuff and people think its me
B/rp report it as impersonation, the app takes those down fast
C/rp and screenshot everything first so u can show school
A ok doing it now
B/ps we've got u ❤️
""")

c("prot", """
A/ph idk if im overreacting but my ex wont stop messaging about the pics i sent
B/ps ur not overreacting at all
B what is he saying
A that he'll keep them "as a memory" and laughing when i ask him to delete
B/rp thats not ok. theres a thing called report remove that gets pics taken down, and tell an adult
A i'm scared my dad will go mad
B/ps he'll be mad at the boy not u. want me to come with u when u tell him
""")

c("prot", """
A/ph my mate is getting messages from an older guy telling her to keep it secret. should i tell someone even if she says not to
B/rp yes honestly. thats exactly the kind of thing u tell a teacher about
A she'll hate me
B/ps she might be cross for a bit but ur looking out for her
C/rp u could use the anonymous box outside student services if ur worried
""")

c("prot", """
A/ph how do u report someone on snap
B is this about the guy from the other night
A yeah he sent something gross
B/rp hold on his name, press report, pick harassing me. then block
B/ps u ok tho? thats horrible to get
A im ok now just shaken
""")

c("prot", """
A/pc oi. thats not on
A/pc u dont get to send pics of her around just cos u fell out
B/vm it was only to two people
A/pc two people is two too many
C/rp im screenshotting this for mrs ali
""")

c("prot", """
A/pc leave her alone bro seriously
B i didnt even say anything
A/pc u've been messaging her all night asking for stuff, she showed me
B so
A/rp so im telling ur head of year if u message her again
""")

c("prot", """
A/pc why would u say that about him
A/pc hes literally been ur mate since primary
B/vm it was just a joke in the gc
A/pc a joke that everyone is now repeating. sort it out
B ok ill say sorry
""")

c("prot", """
A/pc NOT FUNNY
A/pc delete the rating thing now
B/vm lmao relax it's just numbers
A/pc numbers about real people who can see them. delete it
C/pc agree with her, its grim
B fine, deleted
""")

c("prot", """
A/pc wow so brave, sharing a girl's pic to make ur mates laugh 👏
B it wasnt like that
A/pc it was exactly like that
C/pc yeah u should be embarrassed tbh
""")

c("prot", """
A/ps listen, ur not in trouble. none of this is on u
B i feel so stupid for sending it
A/ps u trusted someone, thats not stupid. he's the one who messed up
B/ph what if school finds out
A/rp school can help, they deal with this all the time. we'll go together
""")

c("prot", """
A/ps want me to come with u to see mr khan
B would u?? i cant do it on my own
A/ps course, meet me by the library at break
B ok. ily for this
A/ps anytime. ur braver than u think
""")

c("prot", """
A/ps it's not ur fault, whatever anyone says in that chat
B feels like it is
A/ps he pressured u for weeks. thats on him
C/ps 100%. and ur not on ur own with this
""")

c("prot", """
A/rp i reported the post and so did like 10 others
B good, is it gone
A not yet but its been flagged
C/rp i told my mum and she's ringing the school tmrw
B thank u both for sticking up for her
""")

c("prot", """
A/rp just used the anonymous form on the school site about the lads chat
B what did u write for it
A/rp that theres a chat sharing pics of year 10s and who's in it
B ur a good person for that
C i was gonna do it too, ill add what i saw
""")

c("prot", """
A/rp i went to the police station with my dad about the messages
B omg r u alright
A yeah they were actually really nice
A/rp they said to keep everything and not reply
B/ps im proud of u, thats scary stuff
""")

c("prot", """
A/rp told my head of year about what he's been saying to people in the corridor
B about the names?
A yeah he calls girls stuff when they walk past
B good. someone needed to
C/rp i'll back u up if they ask, i've heard him loads
""")

c("prot", """
A/rp blocked him on everything
A/rp and reported his account for fake pics
B good riddance
C/ps proud of u for doing that, i know it was hard
""")

c("prot", """
A ngl i sent a pic to someone and now he's being weird about it
B/ps ok thank u for telling me. r u safe?
A yeah im at home
A/ph should i tell my mum or will i get in so much trouble
B/rp tell her. she'd rather know now than find out later
B/ps and ur not the one who's gonna be in trouble
""")

c("prot", """
A/ph my cousin is 12 and some account keeps asking her to go on live with them. what should we do
B/rp tell her parents straight away and report the account
C/rp ceop is for stuff like this too, u can report online
A ok i'll ring my auntie tonight
""")

c("prot", """
A/pc calling her "easy" isn't a joke mate, its just nasty
B wasnt me who started it
A/pc u kept it going tho
C/pc yeah u typed it like 5 times
B alright i get it
""")

c("prot", """
A/pc "she was asking for it" is such a weird thing to say about a 14 year old
B i was only repeating what jake said
A/pc well dont repeat it
""")

c("prot", """
A/pc stop calling people sluts in the chat, its not edgy its just gross
B who said i was trying to be edgy
A/pc ur literally doing it for reactions
C/pc facts
""")

c("prot", """
A/ps u ok? saw what they were saying in the gc
B yeah i'm fine. kinda not
A/ps that's allowed. they were being vile
A/ps i muted it, u should too. want to facetime?
B yeah pls
""")

c("prot", """
A/ps hey, just checking in after yesterday
B thanks, i'm better today
A/ps good. message me if he tries anything again
A/rp and if he does we're going to sir together, no arguments
B deal 😅
""")

c("prot", """
A/pc bro thats not banter thats harassment
B where
A/pc asking her for pics every day and calling her names when she says no
B ok yeah said like that it sounds bad
C/pc yeah u need to stop
""")

c("prot", """
A/pc lads can we stop with the comments about her body in here
B/vm we're just chatting
A/pc about a girl who isnt even here to say stop. pack it in
C/pc agreed, its weird
D ok ok
""")

c("prot", """
A/pc ur literally sharing a pic that could get ur whole phone taken by police
B wait what
A/pc its a pic of someone under 18, its illegal to even have it
B omg i didnt think
A/rp delete it and tell a teacher who sent it to u
B ok i will tomorrow
""")

# ---------------------------------------------------------------------------
# PROTECTIVE, part 2: more registers (caps, typos, emoji, slang)
# ---------------------------------------------------------------------------

c("prot", """
A/pc BRO ARE U SERIOUS RN
A/pc U CANT JUST POST SOMEONES PIC
B/vm it was only for a laugh
A/pc NOT A JOKE. TAKE IT DOWN
C/rp already reported it
""")

c("prot", """
A/pc omg deadass stop messaging her, she's blocked u twice
B/vm she's overreacting
A/pc blocking u twice is not overreacting its a hint
C/rp if u make another account im telling sir
""")

c("prot", """
A/pc thats well out of order mate
B what is
A/pc putting her face on that edit, everyone knows its fake
B/vm its funny tho
A/pc its really not, take it down
D/ps shes seen it, im with her now
""")

c("prot", """
A/ps hey hun ❤️ saw the comments, dont read them
B too late
A/ps they're vile and they're wrong about u
A/ps come round mine, mum's making pasta
B ok 🥺
""")

c("prot", """
A/ps ur safe now ok, ur home and no one can get to u
B i keep shaking
A/ps thats normal, ur body's had a fright
A/rp tomorrow we tell the school everything, i'll come in with u
""")

c("prot", """
A i did something dumb and sent a pic and now hes showing people
B/ps ok first its not dumb, ur the one who got hurt
A/ph what do i even say to my mum
B/rp just say "someone shared a pic of me and i need help". thats enough
B/ps and ill be there if u want
""")

c("prot", """
A im getting messages from a number i dont know, saying they've got pics of me
B/ps oh no, are u ok?
A/ph no. what do i do if they're real
B/rp dont reply. screenshot and show ur parents tonight, the police can trace numbers
C/ps u havent done anything wrong, whatever they've got
""")

c("prot", """
A/ph can i talk to u about something thats been happening
B yeah ofc, here
A a boy from the year above keeps saying stuff about my body when i walk past
B/ps thats horrible. u dont deserve that
B/rp u should tell mrs davies, she sorted it when it happened to my sister
A/ph would u walk there with me
B/ps yes. tomorrow at break
""")

c("prot", """
A pls dont judge me but i think someone took a pic of me in the changing rooms
B/ps i'd never judge u. r u ok
A/ph i heard them laughing and saw a phone. what am i meant to do
B/rp we have to tell a teacher today, thats really serious
B/ps ur not the one in trouble here
""")

c("prot", """
A/ph my friend told me a secret and i think she needs help. she's being made to send pics
B/rp u need to tell an adult. even if she's mad
A i promised not to tell
B/ps u can break a promise to keep someone safe, thats what a good friend does
""")

c("prot", """
A/rp i went to the office and told them about the video
B u did?? omg
A/rp yeah, mr evans said they'll look at it and speak to the boys
B ur so brave honestly
C thank u, from all of us
""")

c("prot", """
A/rp told my dad about the guy on the game asking for my pics
B whoa what did he do
A/rp he reported the account and rang the police helpline
B/ps so glad u went to him
""")

c("prot", """
A/rp ive muted and reported the chat, it's just people slagging off girls
B same, left it yesterday
A/pc the way they were talking about chloe was vile
C/rp i screenshotted a bit and gave it to my head of year
""")

c("prot", """
A/pc pack it in with the pic comments lads
B whats ur problem
A/pc my problem is she's my mate and she's crying
C/pc same. its not banter when someone's in bits
""")

c("prot", """
A/pc imagine thinking its funny to rate year 8s 🙄
B it wasnt me who started it
A/pc u added scores tho
B ok yeah
A/pc so delete them and say sorry
""")

c("prot", """
A/pc why r u bein like this to her tho??
A/pc she literally said no like 3 times
B/vm she didnt mean it
A/pc no means no, not "ask again later"
""")

c("prot", """
A/ps ur not a snitch for telling, u did the right thing
B everyone's calling me a grass
A/ps the only ones saying that are the ones who got caught
C/ps we're proud of u, honestly
""")

c("prot", """
A/ps dw, i'm not gonna tell anyone what u told me unless u want me to
B thanks
A/rp but u should think about telling someone who can help, like a teacher
B i'll think about it
A/ps ok. whatever u decide im here
""")

# ---------------------------------------------------------------------------
# PROTECTIVE, part 3: help-seeking and reporting in more voices
# ---------------------------------------------------------------------------

c("prot", """
A/ph ok dont laugh but how do u get a pic taken off the internet if its of u
B not laughing. is someone posting one?
A/ph maybe. a lad from rhys's school says he's got one and i feel sick
B/ps ok. ur not in trouble and we'll sort it
B/rp childline has a thing for exactly this, and we should tell ur mam too
A she's gonna flip
B/ps at him, not u
""")

c("prot", """
A/ph sorry for the essay but i need advice. someone in my dms keeps saying if i dont send pics he'll tell my school i did. is that even a thing people do
B/ps dont be sorry, im glad u messaged
B/rp its a thing and its called sextortion, its illegal. block, dont pay, dont send, tell ur parents
A/ph what if he actually messages the school
B/ps then the school will know its him doing wrong, not u
""")

c("prot", """
A/ph im scared to go in tomorrow, everyone's seen the messages about me
B/ps u dont have to walk in alone, i'll meet u at the bus stop
A/ph should i tell mr hughes or will it make it worse
B/rp tell him. he dealt with the last lot really well
C/ps and we'll sit with u at lunch, no one's getting near u
""")

c("prot", """
A/ph guys i need help. my little brother is 11 and some random on a game asked him for a pic of himself
B/ps omg is ur brother alright
A he's fine he didnt send anything, he came and told me
B/rp good lad. tell ur parents and report the username on the game
C/rp and the game probably has a report button in the chat, use that too
""")

c("prot", """
A/ph how do u use the anonymous report thing on the school website
B its under "worried about something"
A/ph ok and do they find out its me
B/rp no, u dont have to put ur name. just put what happened and in which chat
A ok doing it now
""")

c("prot", """
A/ph is it bad that i dont want to tell anyone about what he said
B/ps its not bad, its ur choice who to tell
B/rp but if its making u feel like this, telling someone like the school nurse might help
A/ph would she tell my parents
B i dont think she has to unless ur in danger, u could ask her first
""")

c("prot", """
A/rp i rang childline last night about the stuff with my ex
B omg how was it
A/rp actually ok. they said to tell school and keep the messages
B/ps im really proud of u for ringing
""")

c("prot", """
A/rp reported him on insta and tiktok, both accounts
B did they take them down
A insta did, tiktok is "reviewing" 🙄
C/rp report it again, the more reports the faster
B/ps and block him so u dont have to see it
""")

c("prot", """
A/rp miss collins knows about the gc now, i showed her on my phone
B and? how did she take it
A/rp she's speaking to the head and ringing parents today
B about time honestly
C/ps poor ffion, hope she's ok. i'll message her
""")

c("prot", """
A/pc cmon lads this isnt funny anymore, u've been on at her all week
B/vm come on its only a laugh lol
A/pc not for her. she's stopped coming to footy
C/pc yeah i'm with A. knock it off
""")

c("prot", """
A/pc ok whoever is sending that pic round, u do know its a crime right
B not me
A/pc then tell whoever it is to delete it
C/rp i already told miss, she's checking the chat
""")

c("prot", """
A/pc why are u still messaging him for pics, he's told u no
B/vm he's just playing hard to get
A/pc no he's told u no. boys can say no too
C/pc fr leave him alone
""")

c("prot", """
A/ps hey, i heard what happened in the corridor. u ok?
B not really
A/ps that's fair. want to walk home together later?
B yes pls
A/rp and if u want to tell someone, i'll come with u to student services
""")

c("prot", """
A/ps u didnt deserve any of that
A/ps seriously, if anyone says different they can talk to me
B thank u. i just feel so embarrassed
A/ps the people who shared it should be embarrassed, not u
""")

# ---------------------------------------------------------------------------
# PAIRED HARMLESS: protective-looking words in harmless settings (all [])
# ---------------------------------------------------------------------------

c("pair", """
A that's not ok, the canteen has run out of cookies AGAIN
B its only 12:40
A the year 11s got them all
B tragic. there's flapjack tho
A flapjack is not a cookie
""")

c("pair", """
A why would u just drop that in the chat 😭
B say what
A that the dog in the film dies. i was literally about to watch it
B oh no sorry i thought u'd seen it
A i'm never trusting u again
""")

c("pair", """
A leave her alone, shes sleeping
B who's that
A the cat, stop poking her with the straw
B shes so fluffy tho
A she'll scratch u and then ull cry
""")

c("pair", """
A not funny i fell off the bench
B i wasnt laughing at u
A ur literally crying laughing
B ok i was a bit. u ok tho?
A my pride isnt
""")

c("pair", """
A it's not ur fault we lost, the ref was awful
B i missed an open goal tho
A everyone misses sometimes
B not in the last minute of a cup final
C honestly the ref gave them 2 penalties, it wasnt on u
""")

c("pair", """
A ur not in trouble btw, miss said the deadline moved to friday
B omg i was panicking all lunch
A i know i saw ur face 😂
B i thought she was gonna ring home
""")

c("pair", """
A want me to come with u to the shop
B yeah if ur not busy
A im never busy lol
B need to get my mum's birthday card
A ok meet u outside in 5
""")

c("pair", """
A i need to tell sir the printer's jammed again
B the one in the IT room?
A yeah its eating everyone's coursework
B tell him to hit it, thats what miss does
""")

c("pair", """
A how do i report a bug in the game
B theres a button in settings
A found it, the map keeps crashing when u open the chest
B oh same thats been happening for ages
C report it anyway, more reports = faster fix
""")

c("pair", """
A blocked 3 shots in the netball match today 😤
B goal defence queen
A coach said i was a wall
C we need u for the tournament, dont get injured
""")

c("pair", """
A my mum said i have to report back after i've seen the orthodontist
B how many more months of braces
A she said maybe 6
B nooo
A at least i get the day off tomorrow
""")

c("pair", """
A i told my mum about the parents evening date
B was she annoyed
A nah she said its fine she'll swap her shift
B lucky. my dad always forgets till the day
""")

c("pair", """
A stop it ur making me laugh in the library
B i only sent one meme
A the one with the pigeon 😂
B and ur still laughing
A the librarian is staring at me
""")

c("pair", """
A ugh i have to tell my head of year i lost my planner again
B third one this year 💀
A i know she's gonna kill me
B just say u left it at ur dads
A i did leave it at my dads
""")

c("pair", """
A can i ask u something embarrassing
B go on then
A how do u spell necessary, i always get it wrong
B one collar two sleeves. n-e-c-e-s-s-a-r-y
A life saver
""")

c("pair", """
A i dont know what to do, i've got three essays due monday
B do the shortest one first
A they're all the same length
B then do the one for the scariest teacher
A so geography then
""")

c("pair", """
A who do i even tell about the broken lock on the toilet
B the site team, or the office
A i told the office and she said site team
B lol classic
A its been like that since the start of term
""")

c("pair", """
A is the anonymous form on the school site only for bullying
B nah u can put anything, my mate used it to complain about the canteen queues
A lol did it work
B they opened a second till so kinda
""")

c("pair", """
A what should i do, my phone fell in the bath
B rice
A that doesn't actually work
B it worked for my cousin
C turn it off and leave it, dont charge it
A ok its off
""")

c("pair", """
A ur not on ur own lol half the class failed that test
B wait really
A sir said the average was like 40
B ok i feel slightly less bad
C im one of the half dw
""")

c("pair", """
A leave him alone he's doing his homework
B who
A my brother, stop sending him memes on the xbox
B hes the one who messaged me first
A and now he has detention if its not done
""")

c("pair", """
A im gonna report u to the fashion police
B for what
A those socks with sliders
B they're comfy 😤
C i'm with A on this one
""")

c("pair", """
A block 2 of the essay is due tomorrow
B wait whats block 2
A the second section, the analysis bit
B i havent even started block 1
""")

c("pair", """
A help!! whats the answer to question 7
B the one about photosynthesis
A yeah
B light, carbon dioxide, water, makes glucose and oxygen
A ur a genius
""")

c("pair", """
A u good? u were quiet at lunch
B yeah just tired, was up late watching the match
A who won
B no one, 0-0. i stayed up for nothing
A unlucky 😂
""")

c("pair", """
A im telling mum u ate the last yoghurt
B no ur not
A watch me
B i'll buy another one tmrw pls dont
A deal but it has to be strawberry
""")

c("pair", """
A screenshot it and show miss, she wont believe us otherwise
B the score?
A yeah 14 in a row on the spelling game
B ok done
A she's gonna give us house points for this
""")

c("pair", """
A thats not funny anymore, stop hiding my pencil case
B it's on the windowsill
A every lesson tho
B ok ok last time i promise
""")

c("pair", """
A keep this between us but i think i failed the mock
B im sure u didnt
A i left two questions blank
B ok but the rest u did
A we'll see on thursday
""")

c("pair", """
A dont tell anyone but i've still got my teddy from when i was 3, he sleeps on my bed
B thats actually cute
A if this gets out i'm moving schools 😂
B ur secret is safe, i have two
""")

# ---------------------------------------------------------------------------
# PAIRED HARMLESS, part 2 (all [])
# ---------------------------------------------------------------------------

c("pair", """
A can u come with me to the nurse, i feel sick
B ofc, want me to carry ur bag
A pls
B sir said its fine, lets go
""")

c("pair", """
A i reported ur comment for being too funny 😂
B lmao what comment
A the one about sir's tie
B it was a compliment to the tie
""")

c("pair", """
A we're going to the police station on the school trip
B wait why
A its a visit, for the careers week thing
B oh that's actually cool
A we get to see the cells
""")

c("pair", """
A i told miss u were ill
B thank u, what did she say
A she said get well soon and do the worksheet
B of course she did
""")

c("pair", """
A stop ur gonna make me cry, that video of the old dog
B the one where he gets adopted
A yes i'm not ok
B watch the one with the kitten next
""")

c("pair", """
A its not ur fault the cake sank, the oven's dodgy
B i followed the recipe exactly
A mum's one does it too
B ok i feel better. it still tastes nice
""")

c("pair", """
A ur not alone btw, i also didnt understand a word in physics
B oh thank god
A lets ask sir at lunch
B together, so we look less stupid
""")

c("pair", """
A that's out of order, they changed the bus route without telling anyone
B since when
A since monday apparently
B i'll be walking forever
""")

c("pair", """
A can we block off friday for the project
B yeah, after school?
A yeah 4 till 6 at the library
B done, in the calendar
""")

c("pair", """
A i reported back to coach, he says training's moved to thursday
B thursday's fine
C not for me, i've got drums
A he said tell him if u can't make it
""")

c("pair", """
A lol ur so weird, why is ur desktop background a potato
B it's a nice potato
A it's got a face drawn on
B his name is kevin
""")

c("pair", """
A leave it, i'll pay for the chips
B u sure
A yeah u got them last time
B ok next time its me
""")

c("pair", """
A can u keep it down, my nan's asleep
B sorry!! didnt realise
A its ok, just no more screaming at the game
B i'll mute my mic
""")

c("pair", """
A bro, delete that photo, my eyes are shut
B its a good one of everyone else
A i look asleep!!
B ok ok i'll crop u out
""")

c("pair", """
A who should i tell about the fire alarm going off in the art room
B its a drill i think
A no it's real, someone burnt toast in the staff room
B lmao tell the office then
""")

c("pair", """
A thats not funny, i nearly choked on my drink
B ur own fault for drinking while i'm telling a story
A the horse bit tho 😭
B i know right
""")

c("pair", """
A i'm worried about the exam
B what bit
A the essay question
B we'll practise some together, u've got this
A ok deal, ily
""")

c("pair", """
A i need help with my hair for prom
B my cousin does hair, i'll ask her
A omg would she
B she did mine for the wedding, she's amazing
""")

# ---------------------------------------------------------------------------
# PAIRED HARMLESS, part 3: help-seeking and reporting words, innocently (all [])
# ---------------------------------------------------------------------------

c("pair", """
A how do u get a pic off the school website, its my baby photo from the nursery day
B lmao which one
A the one with the face paint, mum sent it in
B email the office, they'll swap it
""")

c("pair", """
A im scared to go in tomorrow, its the french oral
B u'll be fine, just memorise the first bit
A what if she asks a follow up question
B say "je ne sais pas" with confidence 😂
""")

c("pair", """
A i need advice. should i get the blue or the black trainers
B what do u wear most
A jeans
B black then, goes with everything
""")

c("pair", """
A does anyone know how to report a lost bus pass
B theres a form on the council site
A ugh forms
B or ring them, takes 2 mins
""")

c("pair", """
A reported my brother to mum for eating my easter egg
B did he get told off
A he got told to buy me another one
B justice
""")

c("pair", """
A can u help me, the teams assignment wont let me upload
B is the file too big
A its a video, like 300mb
B compress it or send her a link instead
A ooh link, good shout
""")

c("pair", """
A is it bad that i dont want to go to the disco
B nah, its not for everyone
A everyone keeps asking if i'm going
B just say u've got plans. come round mine instead
""")

c("pair", """
A u didnt deserve that red card honestly
B i barely touched him
A he went down like he'd been shot
B the ref bought it tho
C appeal it, coach said we can
""")

# ---------------------------------------------------------------------------
# FRAMES: reported speech, quoted counter-speech, generic statements, hypotheticals,
# advice, negation, lessons, news, lyrics, TV plots
# ---------------------------------------------------------------------------

c("frame", """
A/ph he said send a pic or else. what does "or else" even mean
B/ps thats scary, im sorry. r u ok
A/ph idk. should i tell someone
B/rp yes. show ur mum the message tonight, dont delete it
A ok..
""")

c("frame", """
A so apparently dylan told her "if u loved me ud send one"
B ew. how did she reply
A she left him on read
B good for her
C/pc that line is so manipulative
""")

c("frame", """
A my sister's bf said she owes him pics because he bought her a hoodie
B/pc a hoodie?? that's not how anything works
A/ph i know. idk whether to say something to my parents
B/rp honestly yeah, or talk to her first and then ur parents
""")

c("frame", """
A/ph this girl in my form says someone's been going "send me one or i'll tell everyone ur frigid". how do i help her
B/ps its good shes got u
B/rp get her to save the messages and go to student services with her
A ok will do
""")

c("frame", """
A/pc calling someone a "prude" cos they said no is literally pressure
B who did that
A some lad in the year 9 chat
B/pc ugh. people like that need telling
""")

c("frame", """
A/pc "it's just a pic" is such a cop out, it's someone's whole reputation
B which pic
A the one from the weekend, everyone keeps saying that
C/pc yeah thats what people say when they dont wanna feel guilty
""")

c("frame", """
A/pc saying "boys will be boys" about them sharing pics is so lazy
B my uncle says that about everything
A/pc then ur uncle's wrong too lol
B fair 😂
""")

c("frame", """
A/vb girls who post revealing pics are asking for comments tbh
B/pc nobody is asking for anything by posting a pic
C/pc literally no one "asks" to be harassed
A/vb idk thats what i think
B/pc think harder then
""")

c("frame", """
A/vb if u go on cam with strangers dont cry when it gets recorded
B/pc wow ok, the person who records it is the problem though
A/vb still
C/pc there's no still. they're the victim
""")

c("frame", """
A/pc nobody should ever feel like they have to send pics to keep someone
B deep for a tuesday
A just saw a post about it and its true
C/pc agreed, if someone's pressuring u they're not worth keeping
""")

c("frame", """
A/rp if someone ever asks u for pics, tell someone. like actually tell someone
B why u saying this
A my little cousin had a bad time with it, just want u lot to know
B sorry about ur cousin ❤️
C/rp and u can always come to us first
""")

c("frame", """
A would u ever send a pic to someone u were going out with
B no
C nope, they can leave if thats a problem
A same. was just wondering cos of what we learnt
B that lesson was lowkey helpful
""")

c("frame", """
A in pshe today miss said if someone threatens to share ur pic u should never pay them
B what did she say to do
A tell an adult, stop replying, report it
C she also said ur not in trouble if u come forward
B thats good to know
""")

c("frame", """
A the worksheet question is "what would u say to a friend who's being called names online"
B put "its not ur fault and i'm here"
A too short, it's 6 marks
B add "we can tell a teacher together" and explain why
A ok ok
""")

c("frame", """
A we had a police officer in assembly talking about sextortion
B was it scary
A a bit. she said it happens to boys loads
C she said the main thing is not to panic and to tell someone straight away
A and that u can get the pics taken down
""")

c("frame", """
A did u see on the news that teenager who got blackmailed over a pic
B yeah, my mum made me watch it with her
A awkward
B she said if anything like that ever happened she wouldnt be angry just to tell her
A my mum said the same after the assembly letter
""")

c("frame", """
A omg did u watch the last episode
B the one where he threatens to leak her photos?
A yesss i was screaming at the tv
B her best friend reporting him was the best bit
A i know she's the real main character
C no spoilers i'm one behind!!
""")

c("frame", """
A that drama where the boy keeps the pics and uses them against her
B its so dark
A but kind of realistic tho
B yeah the teacher scene where she finally tells someone made me cry
""")

c("frame", """
A whats that song with the lyric "send me a pic, i'm lonely tonight"
B lol idk its probably some tiktok thing
A its stuck in my head
B ur music taste is concerning
A its catchy ok
""")

c("frame", """
A the song in the dance routine has a weird line about a secret
B "nobody has to know"?
A yeah that one
B miss changed it because of the lyrics, we're doing the instrumental
""")

c("frame", """
A i'm not sending u anything, just so u know
B i didnt ask for anything??
A oh sorry, wrong chat 😭 meant that for my brother, he keeps asking for my netflix password
B LMAO
""")

c("frame", """
A/pc i'd never call a girl that, its disgusting
B who called her what
A the year 11s, in the lunch queue
B/pc i hope someone told them to shut up
A sir heard and took them out
""")

c("frame", """
A/pc not gonna lie, the way people talk about her in that chat is horrible
B i left it ages ago
A good, more people should
C i'm still in it but i never say anything
A/pc silence kinda helps them tho ngl
C ok yeah i'll say something next time
""")

c("frame", """
A what would u do if ur mate was sharing someone's pic in a gc
B tell them to delete it
C and tell a teacher probably
A this is for my english persuasive speech btw, im doing online safety
B ohh nice topic
""")

c("frame", """
A miss said we have to debate "sharing a private image is as bad as taking it"
B which side are we on
A against, unlucky
B how do u even argue against that
A idk we're meant to find evidence 😭
""")

c("frame", """
A/ph my friend said a boy told her "if u dont send it im telling everyone u did". what do we do
B/rp she needs to tell someone at school, that's a threat
B/ps and tell her she's not the one in trouble
A/ph ok but what if he actually does it
B/rp then it's even more important school knows first
""")

c("frame", """
A guess what my brother said about his friend's group chat
B ooh go on
A they were rating girls and he said "thats weird" and left
B respect to him tbh
A he's 13 and has more sense than the year 11s
""")

c("frame", """
A/ps if anyone ever shares something of urs without asking, it's them who did wrong, not u
B where's this coming from
A just what happened to jade, i keep thinking about it
B/ps yeah. i hope she knows we're on her side
""")

c("frame", """
A the book we're reading in english has a bit about a rumour ruining someone
B to kill a mockingbird?
A no the newer one, with the phone
B ohh the one where she gets blamed for the photo
A yeah the whole essay is about blame and it's actually really good
""")

c("frame", """
A my dad was reading a news thing out about some guy threatening kids online
B thats so creepy
A he got arrested tho
B good
C the police said to report stuff like that straight away
""")

# ---------------------------------------------------------------------------
# FRAMES, part 2: negation, refusals, reported speech, quotes, generic, advice
# ---------------------------------------------------------------------------

c("frame", """
A/ir ur so pretty, let me see a pic
B i dont send pics to people, sorry
A/pr not even one
B not even one. have a good night
""")

c("frame", """
A/ir can i get a pic of u, a nice one
B no, that makes me uncomfortable tbh
A/pr why not
B i just said why
A ok fair enough, sorry
""")

c("frame", """
A/ir sendd one of urself
B not gonna happen lol
A k
B okk
""")

c("frame", """
A i never said anything about her, i swear
B someone did, she's upset
A it wasnt me, i'd never call anyone that
B ok, sorry, i just heard ur name
A find out who actually said it, i'll back her up
""")

c("frame", """
A he was like "u owe me after i bought u chips" 😭
B chips????
A i know. a portion of chips
B/pc thats so embarrassing for him. u owe him nothing
A i told him that
""")

c("frame", """
A i heard the year 11s are telling people "dont say anything or ur next"
B about the pic thing?
A yeah
B/ph i dont know whether to say anything to a teacher, i'm kind of scared
C/ps thats normal to feel scared
C/rp u can use the anonymous form then no one knows it was u
""")

c("frame", """
A/pc u cant just say "it was banter" every time someone gets upset
B/vm it literally was banter tho
A/pc banter is when both people laugh
C/pc yeah she wasnt laughing
""")

c("frame", """
A/pc "rate her out of 10" isnt a game, its just rating someone's body
B/vm chill its one post
A/pc one post with her in it that 200 people saw
""")

c("frame", """
A/pc "send one or ur frigid" is the most pathetic line ever
B who said that
A a lad who messaged my friend
B/pc gross. hope she blocked him
A she did and she told her mum
""")

c("frame", """
A/vb tbh if u send nudes at 14 thats ur own fault
B/pc and if someone shares them at 14 thats a crime, so who's more at fault
A/vb both
C/pc no. one of them trusted someone, one of them chose to hurt someone
""")

c("frame", """
A/vb people who go on random video calls with strangers kinda deserve what they get
B/pc nah, the strangers are the ones doing something wrong
A/vb they should have more sense
B/pc and the adults tricking them definitely should
""")

c("frame", """
A/rp if anyone ever messages u stuff that makes u feel weird, screenshot it and tell one of us or an adult
B ok mum 😂
A im being serious
C/ps she's right tho, we've got ur back
""")

c("frame", """
A/rp remember u can report stuff anonymously on the school site, like if u see a pic going round
B didnt know that
A yeah its at the bottom of the page
C i used it once, they did actually sort it
""")

c("frame", """
A whats the lesson on tomorrow
B pshe, "healthy relationships"
A oh the one where they talk about pressure and saying no
B probably, and the video with the teenagers in the car
A that video is older than us
""")

c("frame", """
A sir asked "is it ever ok to share someone's photo without asking" and dev said "depends"
B lmao
A everyone in the room spun round
B and sir said what
A that its never ok if it's private, and then he made dev write it down
""")

c("frame", """
A the quiz in form said "someone says they'll post ur pic unless u send another, what do u do"
B easy, tell someone and dont send
A i put that, and "report to ceop"
B extra credit
""")

c("frame", """
A the main character in the film i watched says "delete our chats, no one can know"
B red flag
A the whole audience was like NOOO
B did u like it tho
A yeah, sad, but the ending is hopeful
""")

c("frame", """
A my book has a bit where the boy says "i'll tell everyone" if she doesnt meet him
B creepy
A she tells her teacher in the next chapter
B yay
A its for the english essay, we have to write about how the author builds tension
""")

c("frame", """
A that song goes "u know u want to, baby dont say no" 😬
B its from the 80s i think
A the lyrics have not aged well
B my dad still sings it in the car
""")

c("frame", """
A why is there a news story about our town on tiktok
B the guy who was messaging kids from a fake profile
A oh yeah the police put a warning out
B my mum keeps reminding me not to talk to randoms
A same, every morning
""")

c("frame", """
A/ph hypothetically if someone had sent a pic and regretted it, could they get it taken down
B/ps is this about u? its ok if it is
A maybe
B/rp there's report remove, childline runs it. and i'll help u do it if u want
A would u actually
B/ps yeah course
""")

c("frame", """
A/ph random question but is it normal for a boyfriend to check ur phone and tell u what to post
B no not really
B/ps is he doing that? u can talk to me
A kind of. and he gets angry if i post without asking
B/rp thats controlling. please tell someone, ur mum or ur head of year
""")

# ---------------------------------------------------------------------------
# EVERYDAY HARD NEGATIVES, part 2 (all [])
# ---------------------------------------------------------------------------

c("neg", """
A ngl ur drawing is sick
B the dragon one?
A yeah the scales are mad detailed
B took me like 4 hours
C enter it in the art comp, seriously
B maybe if i finish the background
""")

c("neg", """
A rate my lunch out of 10
A sending now
B pasta again? 6
A its pesto pasta, that's at least a 7
C the garlic bread is doing a lot of work, 8
""")

c("neg", """
A send me the pic of the homework board before sir wipes it
B too late hes wiped it 😭
A NOOO
C i got it, one sec
C there u go
A ur the best
""")

c("neg", """
A anyone else get a weird email saying their account was hacked
B yeah its a scam, dont click it
A good cos i nearly did
B the IT teacher sent a warning about it this morning
C just delete it and block the address
""")

c("neg", """
A my phone screen is so cracked i cant see the messages
B how did u even do that
A dropped it doing a tiktok dance
B iconic
A mum says i'm not getting a new one till my birthday
""")

c("neg", """
A just got the results for the sprint, 12.4 😤
B thats quick
A still slower than the year 10 record
B u'll smash it next year
C the real threat is the new girl in year 8 honestly, she's rapid
""")

c("neg", """
A pls someone film my kick up challenge later
B how many are u going for
A 100
B u've never done more than 30 lol
A thats why i need proof if i do it
""")

c("neg", """
A who wants to see my new haircut
B spill
A one sec... there
B oh its nice!! very fresh
C ur barber ate
A thank uuu, 2 hours in the chair
""")

c("neg", """
A i cannot believe the group chat exposed me for liking that song 😭
B which song
A the one from the kids film
B its a banger tho, no shame
C i've got it on my gym playlist
""")

c("neg", """
A mum said we can have a sleepover friday
B yesss
A bring snacks and ur switch
B can i bring my sister, she's been asking
A yeah sure, the more the better
C i'll bring the popcorn maker
""")

c("neg", """
A does this outfit look ok for the wedding
A 📷
B ur so stylish omg
C the shoes are perfect with it
A not too much?
B its a wedding, nothing is too much
""")

c("neg", """
A im sick of this rain
B same, third PE lesson inside this week
A badminton again 🙄
B at least we dont have to do the bleep test
C dont jinx it
""")

c("neg", """
A my gran just sent me a photo of her new cat
A she named it mr biscuits
B thats the best name ive ever heard
C send the pic!!
A check ur dms
C HES SO SMALL
""")

c("neg", """
A i keep getting destroyed in ranked
B what rank u on
A silver 2
B i'll duo with u tonight, we'll get u to gold
A ur a real one
C bring me too im stuck in bronze 😭
""")

c("neg", """
A is it bad that i've watched the same show 4 times
B which show
A the bake off one
B thats wholesome actually
C rewatching is self care
""")

c("neg", """
A can u screenshot ur answers to the quiz so i can check mine
B its an online test u cant see them till miss marks it
A oh
B just wait till tomorrow
A patience is not my thing
""")

c("neg", """
A i need a pic of the poem for the english homework
B which poem
A the storm one, with the boat
B its on page 34 of the anthology
A i left the anthology in my locker
B ok sending u a photo of my page now
""")

c("neg", """
A dont tell anyone but i got my dad a mug with his face on it for christmas
B LOL thats amazing
A he's gonna hate it
B he'll use it every day tho
""")

c("neg", """
A can u keep something to urself
B always
A im getting a puppy at the weekend!!
B NO WAY
A dont tell my brother, mum wants to surprise him
B im screaming
""")

c("neg", """
A who leaked the seating plan for the exam 😂
B miss put it up early by accident
A i'm next to the window, dream
B i'm right at the front 😩
C i'm behind u, no cheating pls
""")

c("neg", """
A the new trailer just dropped and its insane
B the game one?
A yeah the graphics are unreal
B release date?
A march
C im preordering tonight
""")

c("neg", """
A its boiling at this bus stop
B the sun is literally cooking me
A i've got a bottle of water if u want some
B ur a saint
""")

c("neg", """
A my cousin is so hot headed
B what happened
A he got sent off in sunday league for arguing with the ref
B lmao classic
A and then argued with the linesman on the way off
""")

c("neg", """
A whos actually available for saturday's game
B my ankle's still dodgy
A get ice on it
B i have been, its getting better
C i'm fine, ready to go
""")

c("neg", """
A bro those trainers are fire
B got them in the sale
A how much
B 35 quid
A STEAL
""")

c("neg", """
A i have to present my project to the whole year 😬
B ur gonna be fine
A what if i forget what to say
B use notes, no one cares
C just dont look at sir, he pulls faces
""")

c("neg", """
A ur gonna get wrecked in chess club today
B big talk from someone who lost in 6 moves last week
A that was a warm up
B sure it was
""")

c("neg", """
A can u send me a pic of what the cake looks like
B for ur mum's birthday?
A yeah i wanna make sure it looks ok before i bring it round
B sent it
A omg the icing is perfect
B took me three tries 😅
""")

c("neg", """
A i deleted tiktok for a week
B how are u surviving
A i've read two books
B who even are u
A a new woman
""")

c("neg", """
A guys the roads are iced over, school might be shut
B pls pls pls
A checking the website every 2 minutes
C its shut!! just got the text
B BEST DAY EVER
""")

c("neg", """
A why is the group chat called "the threat"
B cos we're a threat to the quiz team
A ohhh i get it
B we won last month so its earned
""")

c("neg", """
A just found out my old primary teacher is now the deputy head here
B thats so weird
A she remembered my name!!
B she remembers everyone, she's a legend
""")

c("neg", """
A can u take a photo of me for my passport
B like on my phone?
A yeah, the background has to be white
B stand against the fridge
A it's cream 😂
B close enough
""")

c("neg", """
A my brother says im a snitch cos i told mum he broke the vase
B did he break it
A yes
B then ur not a snitch, ur just honest
C snitch 😂
""")

c("neg", """
A this essay is killing me
B how many words have u done
A 200 out of 1500
B u've got till friday
A i'm going to need till next year
""")

c("neg", """
A i'm so proud of u for the grade 8 piano
B thank u!! my hands were shaking the whole exam
A u practised every day, u deserved it
C we need a celebration
B mcdonald's?
""")

c("neg", """
A whos got the charger
B its in my bag
A can u send it over with ellie
B she's already left
A then ur bringing it tmrw or i'm dead by 3rd period
""")

c("neg", """
A help me pick a profile pic
A posted it
A here
B the second one, the lighting's better
C first one, u look happier
A ok now i'm more confused
""")

c("neg", """
A i've been exposed as a fake fan because i didnt know the goalkeeper's name
B LOL who asked u
A my dad, at dinner
B bro failed the vibe check
""")

c("neg", """
A sending the revision guide to the gc now
B which subject
A chemistry, the one mr doyle made
B ur an angel
C what page is bonding on
A 12 to 15
""")

# ---------------------------------------------------------------------------
# EVERYDAY HARD NEGATIVES, part 3 (all [])
# ---------------------------------------------------------------------------

c("neg", """
A omg i look so bad in the form photo
B no u dont
A my eyes are half shut 😭
B delete it off the gc then
A cant, miss posted it
C ask her for a retake, she did one for me last year
""")

c("neg", """
A what r u wearing to non uniform day
B my footy shirt probably
A same, the new away kit
C i'm going full onesie
B iconic
""")

c("neg", """
A yo send me ur snap, i got a new phone and lost everyone
B its the same as before, just add me again
A i cant remember it lol
B ok i'll send u my code
B done
A added 👍
""")

c("neg", """
A can someone send me the vid from the talent show, the one where max does the magic trick
B i've got it, its 2 mins long
A perfect, my mum wants to see
B sending to ur email its too big for whatsapp
""")

c("neg", """
A ur dead when i get home
B why what did i do
A u used my straighteners and left them on
B they were off!!
A they were WARM
B warm isnt on
""")

c("neg", """
A these pics from sports day are so funny
B the egg and spoon one 😭
A sir's face when he dropped his egg
C someone make it a sticker
B already done
""")

c("neg", """
A can u send me a pic of the recipe for food tech
B the flapjack one?
A yeah, we're making them tmrw
B i'll snap it when i get home, its in my planner
A thanks, need to buy oats tonight
""")

c("neg", """
A this heat is unreal, 31 degrees
B the classrooms are ovens
A can we have lessons on the field
B sir said no last time cos of the wasps
C the wasps are also hot, leave them alone
""")

c("neg", """
A why is my little brother so sick at fortnite, he's 8
B he's got nothing else to do 😂
A he beat me 5 times in a row
B thats embarrassing for u ngl
""")

c("neg", """
A did u watch the semi final
B yeah that save in the 89th minute was sick
A the keeper is a wall
B best keeper in the league, no debate
C debate: ours is better
""")

c("neg", """
A stop sending me reels im trying to sleep
B this one's the last i promise
A thats what u said 4 reels ago
B it's a dog on a skateboard u have to see it
A ok fine that was worth it
""")

c("neg", """
A i have a confession
B go on
A i've never seen star wars
B HOW
A never got round to it
B movie night at mine, saturday, no excuses
""")

c("neg", """
A the drama teacher said my monologue was sick
B omg go u
A she wants me to do it at the showcase
B u'll absolutely nail it
C i'll be in the front row screaming
""")

c("neg", """
A i need a pic of u for the yearbook page
B which
A a baby pic, everyone's doing them
B omg ok let me ask my mum to find one
A deadline's friday
""")

c("neg", """
A my mate's dog had puppies, want to see
B YES
A here
B i need one
A mum said absolutely not already 😂
""")

c("neg", """
A the science test leaked lol
B what?? how
A joke, sir just said the topics, its cells and enzymes
B u scared me
A revise cells and enzymes and ur fine
""")

c("neg", """
A can u lend me ur calculator tmrw
B which lesson
A maths period 2
B ok but i need it back for physics after
A deal
""")

c("neg", """
A the new kid is so funny
B the one from scotland?
A yeah he did an impression of sir and the whole class died
B sir didnt find it funny tho
A sir laughed a bit, i saw him
""")

c("neg", """
A coming round mine later or what
B can't, dentist
A ugh again?
B braces check. next week tho
A fine. bring snacks as compensation
""")

c("neg", """
A i want to dye my hair blue
B do it
A mum will kill me
B do it in the summer hols, it'll wash out by september
A big brain
""")

c("neg", """
A the group chat name is too long change it
B no its a masterpiece
A its 4 lines
B art has no limits
C i'm changing it to "year 9 legends"
B noooo
""")

c("neg", """
A my dad tried to send me a selfie and it's just his ear
B LMAOO send it
A its going on the fridge
C parents and phones is a whole comedy show
""")

c("neg", """
A im gonna take a photo of the sunset from the top of the hill
B on the walk?
A yeah, the view is unreal up there
B send it to me when u do
A will do 🌅
""")

c("neg", """
A who's the biggest threat in the spelling bee
B amira for sure
A she spelled onomatopoeia without blinking
B we're doomed
""")

c("neg", """
A i cant find my pe kit anywhere
B check lost property
A its been there a week apparently
B ew
A mum's gonna make me wash it twice
""")

c("neg", """
A do u think im annoying
B no why
A my sister said i talk too much
B u do talk a lot but thats why ur fun
A aww ok 🥹
""")

c("neg", """
A quick what was the answer to number 3
B which sheet
A the french one
B "je suis allé"
A thank u, the e with the accent always gets me
""")

c("neg", """
A hows ur nan doing
B better, she's out of hospital
A thats so good
B she's already back to baking, we've got 3 cakes
A bring me a slice tmrw pls
""")

c("neg", """
A my brother keeps exposing me to his friends, showing my old dance videos
B no way
A the one from year 4 with the sparkly hat
B honestly u should be proud
A i'm never leaving my room again
""")

c("neg", """
A can u believe its snowing
B finally!!
A snowball fight at lunch
B careful tho, sir said any ice balls and its detention
C not the ice balls 😂
""")

c("neg", """
A just got my results, i passed everything
B congrats!!
A even maths 😭
B i told u, all that revising
C we need a party
""")

c("neg", """
A my mum says i can't go to the concert
B why tho
A she says its too far and too late
B ask if ur dad can drive us
A i'll try but she'll say no
B tell her my mum's coming too, she'll feel better
""")

c("neg", """
A who keeps adding randoms to the gc
B not me
C me, sorry, it was my cousin
A he's fine but next time ask first
C fair
""")

c("neg", """
A what do u want for secret santa
B secret santa is meant to be secret lol
A i know but i want to get u something good
B fine. socks
A ur so boring
""")

c("neg", """
A this game is sick, the graphics are unreal
B the blurry one?
A the racing one, i got it for christmas
B lend it me after
A only if u give me ur copy of the football one
""")

c("neg", """
A im so nervous for the audition
B ur gonna be amazing
A what if i forget the lines
B just breathe and go slow
C and remember we'll be outside waiting
""")

# ---------------------------------------------------------------------------
# EVERYDAY HARD NEGATIVES, part 4 (all [])
# ---------------------------------------------------------------------------

c("neg", """
A which nude lipstick did u get in the end
B the one called "latte"
A ooh is it too pale for me
B try it on when ur round, i'll bring it to school
C the nude palette in boots is on offer btw
""")

c("neg", """
A we're going down the big slope, u ready
B ready
C SEND IT 🚴
B i'm scared of the jump
A just send it, u'll be fine
B ok sending it... I LANDED IT
""")

c("neg", """
A lowkey ur the funniest person in our form
B stop ur gonna make me blush
A im serious, the thing u said to the supply teacher 😭
B she laughed too so i'm not in trouble
""")

c("neg", """
A got exposed in the quiz for not knowing the capital of australia
B its canberra
A i said sydney with my whole chest
C we all did at some point
""")

c("neg", """
A u look sick in that jacket
B thanks, its my brother's
A does he know u took it
B not yet 😂
A ur dead when he finds out
""")

c("neg", """
A anyone got the pics from the trip to the zoo
B the penguin ones?
A yeah i want to print one for my nan
B i'll send u the full album link
A thank uuu
""")

c("neg", """
A delete that, u spelt my name wrong on the poster
B where
A bottom right, it says "megan" with two g's
B omg sorry, fixing it now
A ur forgiven
""")

c("neg", """
A is it ok if i bring my sister to the match
B yeah, more supporters the better
A she'll scream the whole time btw
B perfect, we need noise
""")

c("neg", """
A i'm so bored of this assignment
B which one
A the one where we interview a family member
B interview ur grandad, he's got the best stories
A true, the one about the goat
""")

c("neg", """
A pls someone tell me they also hate the new bus driver
B the one who doesnt stop at the shop
A yes!! he went straight past me
C write to the bus company lol
A i might actually
""")

c("neg", """
A snap me ur answer for question 5
B no way, do it urself 😂
A it's the hardest one
B its literally just area of a triangle
A ...oh. half base times height
B there u go genius
""")

c("neg", """
A i'm cooking tea tonight, wish me luck
B what r u making
A spag bol
B send a pic when its done so i can rate it
A if it's burnt ur not seeing it
""")

c("neg", """
A my cat sits on my homework every night
B she's helping
A she's chewing the corner of my maths book
B send proof
A here, caught in the act
B criminal behaviour 😭
""")

c("neg", """
A the gc is roasting me for falling up the stairs
B i saw the clip 😂
A who filmed it
B no idea but it's got sound effects now
A i hate this school
C ur famous now, embrace it
""")

c("neg", """
A i got a text from a number i dont know
B what was the message
A "ur parcel is waiting, click here"
B scam, delete it
A knew it. blocked
""")

# ---------------------------------------------------------------------------
# HARMFUL conversations, part 2
# ---------------------------------------------------------------------------

c("harm", """
A/ir u up? send a pic of u in bed
B why in bed
A/ir just cos. make it cute 😉
B im not sending that
A/pr why not we've been talking for weeks
A/pr,sn stop being a tease
B goodnight
""")

c("harm", """
A hey i saw ur post on the football page
B oh hey
A ur really mature for ur age, most girls ur age wouldnt get me
A/se lets move to a different app, this one's too public
B which app
A/se one ur parents dont check lol
""")

c("harm", """
A/th u have 24 hours to send the money or ur pics go to ur followers
B i dont have money im 15
A/th then send more pics instead. clock's ticking
B/ph i think im being scammed, someone says theyll post my pics if i dont pay, i feel sick
C/ps breathe. ur not in trouble and ur not on ur own
C/rp dont pay and dont reply. screenshot it, tell ur parents and report it to ceop
""")

c("harm", """
A/ex ahahaha look what ryan sent me 😂
A/ex its the pic from his ex
B/pc bro why have u got that
A/vm relax everyone in year 11 has seen it
B/pc doesnt make it ok. delete it
C/pc thats actually vile
""")

c("harm", """
A/sa bet she looks good out of uniform 😏
B about who
A the one from the bus stop
B dunno
""")

c("harm", """
A/sa ur looking thicc these days
B excuse me
A/vm its a compliment??
B/pc didnt ask for a compliment about my body from u
C/ps ignore him he does this to everyone
""")

c("harm", """
A/sn whats up frigid
B ??
A/sn thats what everyone calls u since u wouldnt send jake anything
B who even says that? why is everyone talking about me
C/ps ignore them, ur not anything they say
C/rp and tell mr price, jake shouldn't even have told people
""")

c("harm", """
A/sj she's been "helping" him with his homework every night 😂😂
B lmaoo
C/pc stop spreading that, she'll be mortified
A/vm its just a joke she wont see it
C/pc she will, everything gets screenshotted
""")

c("harm", """
A/ir dm me a pic of u before school tmrw
B y
A/ir wanna see what u look like in the morning 😏 in bed ideally
B what
B no
A/pr pls i'll send one back
B i dont want any of urs
""")

c("harm", """
A/ir u gonna send me the pic or what
B i said id think about it
A/pr u've had all day to think
A/pr if u cared about me u'd just do it
B i do care but i dont want to
A/pr whatever, ill find someone who will
""")

c("harm", """
A/ir send pics or ur boring
B boring then
A/pr lol ok boring
A/pr same question tomorrow then 😉
""")

c("harm", """
A/ex got ur pic from ur old bf 😂
B what pic
A/ex,th the one u sent him. want me to put it in the year chat?
B please dont, please
C/rp im telling sir this is blackmail
A/vm ur all so sensitive its a joke
""")

c("harm", """
A/th ill tell everyone ur a slag if u dont send one
B/ph i dont know what to do, he keeps saying hell spread stuff about me
C/ps ur not alone, i'm here
C/pc and him saying that is literally blackmail
C/rp we're going to ur head of year, i'll come with u
""")

c("harm", """
A/vb she posted in a crop top then got surprised people commented
B/pc people shouldnt comment gross stuff whatever she posts
A/vb if u dont want attention dont post like that
B/pc its her page not an invitation
""")

c("harm", """
A/vm the lads chat is just how boys talk, no one takes it seriously
B/pc so its fine they rate girls
A/vm yeah its harmless
C/pc its not harmless if the girls find out. it messes people up
""")

c("harm", """
A/vm she's making such a drama out of one message
B what did he say to her
A/vm just asked for a pic, girls get asked all the time
C/pc just because it happens all the time doesnt make it ok
""")

c("harm", """
A/vb tbh if ur gonna send pics to randoms thats on u
B/pc and if someone shares them thats on them
A/vb they wouldnt be able to if she never sent them
B/pc ur blaming the wrong person
""")

c("harm", """
A facetime me
B not now im with my mum
A/ir later then, when ur in ur room on ur own
B why on my own
A/se cos what we talk about is private 🤫
B ok thats weird
""")

c("harm", """
A/sa the way she walks in them leggings 😍
B/sa fr she knows what shes doing
C/pc ur both weird, shes our age
A/vm lol chill
""")

c("harm", """
A/sn imagine being a year 8 called "the easy one"
B who calls her that
A everyone lol
C/pc she literally cried in registration because of it
C/pc pls stop using that
""")

c("harm", """
A/th u better send it or i'll tell ur dad about u and him
B there's nothing to tell
A/th i'll make something up then
B/rp screenshotting this and showing my dad myself
""")

c("harm", """
A/ir ur profile pic is cute. send me one thats not for insta 😉
B no thanks
A/pr ur loss, i was gonna give u a compliment
""")

c("harm", """
A/ex saw the vid of chloe, who has it
B/pc stop asking for it
A/ex come on someone drop it in here
C/pc no one is sending that. she's in our year
D/rp i've told my mum and she's contacting the school
""")

c("harm", """
A/sj "group study" with him again was it 😏
B yes group study. with 4 people
A/sj sure 😂😂
B can u not
""")

c("harm", """
A/ir send a pic in ur swimming costume, for the gc
B for the gc??
A/ir,ex yeah the boys wanna rate everyone
C/pc absolutely not. thats grim
C/rp if this carries on im telling the swimming coach
""")

c("harm", """
A/pr i waited 2 hours for u to reply
A/pr the least u could do is send what i asked
B i was at training
A/pr excuses
C/pc leave her be, she doesnt owe u a reply or anything else
""")

c("harm", """
A everyone's got the pic of the girl from st marys
B how
A/ex someone posted it on the story then deleted it but we saved it
B/rp i'm reporting it to the police, this is serious
A/vm omg the drama 🙄
""")

c("harm", """
A/sn bro u hear what they call her? the school bike 😂
B/pc thats rank
B/pc she's literally never done anything to anyone
A/vm ok ok just banter
""")

c("harm", """
A/vb she got drunk at the party so what did she expect
B/pc she's 15 and someone took a pic of her without asking. thats not on her
C/pc the people who filmed her are the ones who did something
A/vb idk ppl need to be more careful
""")

c("harm", """
A prove ur not a fake account, send a pic
B im literally in ur maths set
A/ir not that kind of pic 😏
B ur weird
""")

# ---------------------------------------------------------------------------
# HARMFUL conversations, part 3 (jokes, secrecy, appearance, threats)
# ---------------------------------------------------------------------------

c("harm", """
A/sj why was he in the store cupboard with her for 10 mins 👀👀
B they were getting the netball bibs
A/sj yeah "bibs" 😂
C/pc u literally make everything into something, its so boring
A/vm lighten up
""")

c("harm", """
A/sj miss asked who wants to partner with her and he put his hand up so fast 😏
B lmaooo
B/sj he's been waiting for that all year 😂
C/pc bro pls
""")

c("harm", """
A/sj heard she gives extra "tutoring" after school 😂
B/pc what does that even mean, shes the top of the class because shes clever
A/vm relax i'm messing
B/pc ur messing about a real person tho
""")

c("harm", """
A/sj ask her what she did on the school trip, she'll go red 😏
B huh, what's she done
A/sj ask the boys in room 12
C/pc dont start rumours about people who arent here to answer
D/ps i'll message her, make sure shes ok
""")

c("harm", """
A/sj bet u can guess what they got up to at the sleepover 😉😉
B nah
A/sj use ur imagination
B i'd rather not
""")

c("harm", """
A/se this stays between us, ur mum would just overreact
B ok but why
A/se cos she doesn't know what its like to be our age. dont show her our chats
B i guess
A ur so much easier to talk to than people my age
""")

c("harm", """
A/se dont screenshot anything i send u
B why would i
A/se just dont. and clear the chat tonight
B/ph this is weird right? he keeps telling me to clear our chats
C/ps yes its weird, ur right to ask
C/rp nobody safe asks u to hide messages. tell ur mum or miss jones
""")

c("harm", """
A/se u cant tell anyone i gave u that game code, ur parents will think its weird
B why would they
A/se,ir they just would. send me a pic to say thanks 😊
B like a pic of the game?
A/ir one of u, in whatever ur wearing rn
B/ph i think something's off with the guy who gave me the game code, can u look at this
C/pc yeah that's not ok at all. he's way older
C/rp show ur dad, like right now, and report his profile
""")

c("harm", """
A/se we never spoke, got it? if anyone asks
B ok?
A/se serious. i could get in trouble and so could u
B/rp nah im telling my mum about this
A/se,th if u do ill say u started it
""")

c("harm", """
A/sa that skirt on u tho 😍
B ew it's my school skirt
A/sa even better 😏
C/pc mate shes in year 9 stop
""")

c("harm", """
A/sa she's got the body of a 20 year old
B/pc she's 14, why are u even looking
A/vm its just an observation
C/pc its a weird observation, keep it to urself
""")

c("harm", """
A/sa ur lips look mad in that pic 😍 imagine
B imagine what
A/sa u know 😏
B no i dont and i dont want to
C/pc block him honestly, he does this in every dm
""")

c("harm", """
A/sa who's the fittest in our year, go
B/sa abbie obvs
C/sa nah her mate with the ponytail, have u seen her in PE
D/pc why are we ranking girls in PE? thats so creepy
B/vm its just a question lol
D/pc a question about their bodies. no thanks
""")

c("harm", """
A/th u better not leave me on read or i'll show ur mum what u sent me
B i'll reply later im at tea
A/th,ex 5 mins. then ur mum gets the pics
B/rp im going to tell her myself then
""")

c("harm", """
A/th keep ignoring me and see what happens to ur snap streak with everyone 😂
B what's that supposed to mean
A/th,ex means everyone gets a little present from me, starring u
B please stop
C/ps i saw the messages, u ok?
C/rp lets show the pastoral team tmrw
""")

c("harm", """
A/th i'll tell the whole school what u did at the party unless u send it
B but i never did anything
A/th doesnt matter, people will believe me
C/pc making up stuff to get a pic is actual blackmail bro
""")

c("harm", """
A/th if u block me i'll just make another account and post everything
B/ph i'm so scared, he says if i block him he'll post everything
C/ps hey, we're with u. this isnt on u at all
C/rp block him anyway and report him. we'll tell school together tomorrow
B oki
""")

c("harm", """
A his pic is going round the year 10 gc 😭
B whose
A the lad who got dumped. she sent it to everyone
C/pc thats so bad, boys can be victims too
C/rp i'm telling sir tomorrow
""")

c("harm", """
A/ex whoever wants the pic of tilly dm me 📩
B/pc ur actually sick in the head
C/rp reported ur post
D/rp screenshotted it for the head
""")

c("harm", """
A/vb she's always posting thirst traps then wonders why people screenshot them
B/pc posting a pic isnt permission for anything
A/vb idk thats the internet
C/pc no thats people being creeps on the internet
""")

c("harm", """
A/vm he only asked for a pic, its not like he hurt her
B/pc he asked 20 times after she said no
A/vm still, its just words
C/pc words that scared her so much she didnt come in
""")

c("harm", """
A/vm everyone's blowing up the rating thing, its a bit of fun
B/pc not for the girl who got a 2
A/vm she'll forget about it by monday
""")

c("harm", """
A/vb she led him on for weeks so what did she expect
B/pc expect him to respect a no? yeah
A/vb she shouldve been clearer from the start
C/pc she said no. how much clearer does it get
""")

c("harm", """
A/sn shes a proper tease
B wait why
A flirts with everyone then wont send anything 😂
C/pc not owing u a pic doesnt make her anything
""")

c("harm", """
A/sn,sj the girls in 10B are all easy 😂
B/pc u cant say that about a whole form
A just did
C/pc ur so embarrassing
""")

c("harm", """
A/ir come round after school, bring ur swimming stuff and we can take some pics
B why swimming stuff theres no pool
A/ir just for pics, for me
B/ph my neighbour's son keeps asking me round for "pics" and i feel weird about it, is that normal?
C/ps trust that feeling, ur not being dramatic
C/rp tell ur mum about it tonight, she'll want to know
""")

c("harm", """
A/pr i cant believe ur still saying no
A/pr i thought we were close
A/pr everyone sends stuff, ur making it weird
B ur making it weird by asking
""")

# ---------------------------------------------------------------------------
# HARMFUL conversations, part 4 (exposure, names; some with no response)
# ---------------------------------------------------------------------------

c("harm", """
A/ex made a gc with everyone who wants the pics from saturday 📸😏
B which pics
A/ex the ones of her at the party, dm me to get added
B nah im good
""")

c("harm", """
A/ex just sent ur pic to my cousin lol he says 6/10
B WHAT. which pic
A/ex the one u sent me on sunday
B/ph why would u do that. i dont know what to do, i trusted u
C/ps im so sorry. ur not the one who did wrong
C/rp lets ring childline together, they can help get it removed
""")

c("harm", """
A/ex set it as the group icon 😂😂
B is that who i think it is
A/ex yep, her ex sent it to me
B/pc change it back now, thats so wrong
C/pc fr ur gonna get everyone in trouble and she'll be humiliated
A/vm calm down its a laugh
""")

c("harm", """
A/ex,th if u dont meet me at the park ill put the pic on the school insta page
B please
A/th 6pm. dont be late
""")

c("harm", """
A/ex his mates all have it now 😂 check ur dms
B who
A/ex the new boy, the one he sent his gf. she forwarded it
C no thanks
D/pc this is literally sharing a private pic, stop
""")

c("harm", """
A/sn look at her, total hoe 😂
B shes literally just walking to the bus
A/sn walking like a hoe
C/pc ur obsessed with her, its weird
""")

c("harm", """
A/sn she's a skank, ask anyone
B/sn big time
C/pc who's "everyone"? u two?
D/pc calling her that cos she wont go out with u is pathetic
""")

c("harm", """
A/sn the prude strikes again 😂 wont even hold hands
B/pc stop it ur embarrassing her
A/sn what, she is one
""")

c("harm", """
A/sn omg the frigid one is at the party
B lmao
C/pc shes called zara. use her name
A/vm it's a nickname relax
C/pc a nickname she hates
""")

c("harm", """
A/sa bro that new teaching assistant is 🔥🔥
B/sa fr she's peng
C shes like 40 lol
A/sa still 😍
""")

c("harm", """
A/sa her top today tho 😳 everyone was staring
B/pc who was staring? u?
A everyone
B/pc stop looking then, weirdo
""")

c("harm", """
A/sj what were u two doing behind the sports hall 😏😏
B practising penalties
A/sj practising something 😂
B omg we were literally playing football, ask the whole team
""")

c("harm", """
A/sj she's had more boyfriends than i've had hot dinners 😂
B/sj she gets around for sure
C/pc stop, shes had like two
""")

c("harm", """
A/vb what did she think would happen sending it to a boy like him
B/pc what did HE think would happen sharing it? oh yeah, nothing, cos people like u defend him
A/vb im not defending him im just saying she was stupid
B/pc ur still blaming her
""")

c("harm", """
A/vm ngl its not even that bad, worse stuff goes round
B/pc that doesnt make it ok
A/vm people will forget in a week
""")

c("harm", """
A/vb she wanted the attention, she got it
B/pc nobody wants that kind of attention
A/vb then she shouldnt have posted it
C/pc posting a selfie isnt asking for a whole year group to be vile to u
""")

c("harm", """
A/ir show me a pic of ur outfit, the real one 😉 not the one in school
B this is my outfit
A/ir u know i mean the other one
B no i dont and im not sending anything
A/pr ugh why is it always so hard with u
""")

c("harm", """
A/ir can u send the pics u sent to him
B what
A/ir the ones from last year, he said u send to anyone
B thats not true. omg who is he telling??
C/ps hey. its not true and even if it was, its no one's business
C/rp his messages about u are evidence, screenshot them and show ur head of year
""")

c("harm", """
A/ir post a video of u dancing, just for me 😏
B what kind of dancing
A/ir the kind ur mum wouldn't want to see
B no
""")

c("harm", """
A/pr u sent one to him, why not me
B i havent sent him a single thing
A/pr liar. just send one, its not fair otherwise
B/rp screenshotted and reported. leave me alone
""")

# ---------------------------------------------------------------------------
# MIXED: ordinary chat that turns harmful and gets a response (or not)
# ---------------------------------------------------------------------------

c("mixed", """
A has anyone learnt the french words yet
B half of it
C the test is on wednesday right
A yeah
D/sa forget french, did u see what ella wore to the bus stop 😳
B/pc can we not
C/pc talk about french or dont talk lol
A ok so who's got the vocab list
""")

c("mixed", """
A who's going to the fair on friday
B me and my cousin
C/ir only if u send me a pic in ur fit first 😉
B lol no
D/pc ur so weird, stop
A anyway meet at the gates at 6?
B yep
""")

c("mixed", """
A guys the bus is 20 mins late
B classic
C/sj bet ur glad, more time with ur boyfriend at the stop 😏
A hes my cousin u weirdo
D/pc literally why would u say that
C lol ok sorry
""")

c("mixed", """
A revision sesh at lunch anyone?
B yeah library corner table
C/sj library with her? u wont be revising 😂
B/pc grow up, its actual revision
A room 12 is free if the library's full
""")

c("mixed", """
A new profile pic who dis 😎
B ooh fresh
C/sa,ir u look well fit, send one without the jacket
A erm no, and thats a weird thing to put in the gc
B/pc ye that was grim
C soz
""")

c("mixed", """
A just finished my shift, so tired
B how was the cafe
A busy. a man kept trying to give me his number
B/ps omg thats creepy af, u ok?
A yeah my manager told him to leave
B/rp good. tell her if he comes back
""")

c("mixed", """
A football tonight?
B cant, got extra maths
C lol did u lot see the pic of that girl from st johns on snap
A what pic
C/ex it's going round, i'll send u it
A/pc dont send me that, i dont want it
B/pc and stop passing it on, she's a kid like us
""")

c("mixed", """
A who's got the hw for geog
B its the river diagram
C/vb btw did u hear about maya? she sent a pic to her bf and now its out, kinda her own fault
A/pc its not her own fault. the bf shared it
B/pc yeah blame the person who shared it
C i'm just saying
A/pc well dont
""")

c("mixed", """
A yo whos got spare headphones for music
B i might
C/sn lend them to the class slag
B/pc what is actually wrong with ur head
A/rp screenshotted, thats going to sir
""")

c("mixed", """
A happy birthday!!! 🎉🎂
B thank uuu
C happy birthday mate
D/sa 16 now 😏 grown up nicely havent u
B ew
A/pc dont be creepy on her birthday of all days
C/pc yeah thats not a joke
""")

c("mixed", """
A anyone else hate the new uniform
B the blazers are itchy
C/sa the skirts are short tho 👀
A/pc ??? what made u think that was ok to type
B/pc ur actually weird for noticing
""")

c("mixed", """
A we should do a group photo at the leavers do
B yesss
C/ir and a separate one just of the girls for the lads chat 😏
A hell no
D/pc why does everything have to be creepy with u
B group photo only. sorted
""")

c("mixed", """
A ugh detention for talking
B unlucky
C/sj talking or "talking" with him 😂
A literally talking
B/pc leave it mate
""")

c("mixed", """
A shall we get pizza after the match
B yeah dominos
C count me in
D/ir anyone got a pic of her from the pool party, asking for a friend 😂
B/pc nobody is sending that
C/pc "asking for a friend" lol ur so obvious. not happening
A anyway 6pm dominos
""")

c("mixed", """
A the gc is so quiet today
B everyone's revising
C/vm did anyone see the thing about the pic? people are making such a fuss
A/pc because it's someone's private pic?
B/pc the fuss is the point, it shouldnt have been shared
""")

c("mixed", """
A bro whats the maths answer
B 42
C/sn just ask the school bike, she'll give u anything 😂
B/pc man thats disgusting
D/pc people like u are why she doesnt come to school
A/rp i've told the head of year about this gc
""")

c("mixed", """
A omg i love ur new hair
B aww thank u!!
C/sa the hair's nice but the rest 😍😍
B ??
A/pc can u not. ur so weird
""")

c("mixed", """
A did anyone see the assembly about the trip
B yeah its to london
C/ir cant wait for the hotel, u better send me pics from ur room 😏
B nah ur being creepy
D/pc leave it, just talk about the trip
""")

c("mixed", """
A who's got a spare pen
B me
C give me one or ur dead to me 😂
B dramatic. catch
C ur a real one
B u owe me a biro now
""")

c("mixed", """
A im in the library, who's around
B me in the quiet bit
C send a pic of where ur sitting, i'll come
B next to the history books
C on my way
""")


# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------

def main():
    build(CONVS, 20261202, "te", 400, __file__, "e.jsonl")


if __name__ == "__main__":
    main()
