#!/usr/bin/env python3
"""Build corpora/train/conversations/c.jsonl (part C: hard negatives and ordinary life).

Hand-written, synthetic, non-graphic training conversations for c2chat. Theme: ordinary pupil
chat full of hard negatives (homework and timetable questions that say "anyone", benign photo
requests, surprise-party secrecy, hyperbole, games trash talk, sport, food ratings, lyrics,
PSHE lessons on online safety, banter, trips, part-time jobs), with a minority of conversations
where one harmful moment happens inside ordinary chat and someone responds protectively, plus a
few friend-disclosure conversations with support, help-seeking and reporting.

Written without reading corpora/dev, corpora/check or lexicons/.

Line format inside each conversation block:
    <speaker-letter>[/<code>,<code>...] <text>
e.g.  "A has anyone got the new timetable"   (no codes -> gold [])
      "B/pc thats grim, dont share it"
Speaker letters map to pseudonymous ids tc_s001..tc_s260 (fixed seed).

Usage: python3 corpora/train/conversations/build_c.py   (writes c.jsonl next to this file)
"""
import json
import os
import random
import sys
from collections import Counter

from lineformat import CODES, conversation_adder  # the shared line format

CONVS = []  # (kind, [(letter, [codes], text), ...])


c = conversation_adder(CONVS)


# ===========================================================================
# HOMEWORK AND TIMETABLES ("anyone" is ordinary here)
# ===========================================================================

c("homework", """
A has anyone got the new timetable
B its on the portal under my timetable
A mine still shows last terms one
B log out and back in, that fixed it for me
A ahh there it is, double science monday 🙃
B same we have it twice on thursday too
C who designed this 😭
""")

c("homework", """
A anyone done the french yet
B which bit, the reading or the writing one
A the 90 word thing about ur holidays
B not even started lol
C i did mine on the bus, just use loads of il y avait
A ur a genius
B whats il y avait again
C there was/there were
B ohh ok merci
""")

c("homework", """
A can anyone send the maths answers from the back of the book
B theyre only the odd numbers btw
A better than nothing
B [photo]
A legend thank u
B u still have to show working tho, sir checks
A he checks like 1 in 10 books
B and it'll be urs, watch
""")

c("homework", """
A does anyone know if we need our pe kit tmrw
B yeah its indoor so trainers not boots
A thought it was swimming
B swimming is after half term
A do we need the black shorts or can i wear joggers
B black shorts, she sent 3 people to get changed last week
""")

c("homework", """
A anyone know what room english is in now
B they moved us to the one by the library
C the one with the broken blinds?? 😩
B yep that one
A great so we get the sun in our eyes all lesson
B bring sunglasses lol
C bring a blanket, the heating is broken too
""")

c("homework", """
A Has anyone started the history source question? I don't understand what "provenance" means
B its basically who made the source and why
B like was it propaganda or a diary
A oh ok that makes more sense, thank you!!
C also write about when it was made, she loves that
A when it was made, who for, why. got it
B and dont just say "its biased" she hates that
A noted 📝
""")

c("homework", """
A anyone got a spare calculator for tmrw mine died
B i think i have 2 somewhere
A ur a lifesaver
B if i cant find it just borrow one from the maths office
A found it, it was in my coat pocket the whole time
B classic
""")

c("homework", """
A Anyone free to go through the chem practical tomorrow lunch? I have no clue what we're meant to write for the method
B i can, meet outside the labs
C can i come too
B course
A 👍
C whats the practical even called
B rates of reaction, the one with the marble chips
A ohh the fizzing one
""")

c("homework", """
A is anyone else's teams not loading
B mine neither
C its the whole school apparently
A so we cant submit the geography?? it's due at 9
B email it then, she said that's fine if teams breaks
A done, sent it from my mums laptop
C can u forward me her email address
A its on the letter we got in september
""")

c("homework", """
A does anyone know when the mocks timetable comes out
B friday i think
A dread
C at least we get study leave before
A true
C also the library is open til 6 in mock week
B i'll be living there
""")

c("homework", """
A anyone understood the poem we did today
B the one about the soldier?
A yep that one
B honestly no
C its about how war isnt glorious, the last stanza is the key bit
A ok i'll reread the last bit thanks
B whats a stanza again
C paragraph but for poems
B ohh
""")

c("homework", """
A can someone send the homework sheet pls i left mine in my locker
B which subject
A re
B [image]
B the back side is the bit we need
A ty ty
B if u lose ur planner next that's a detention too btw
A i know 😩
""")

c("homework", """
A anyone got a charger i can borrow in period 4
B what kind
A usb c
B yh i'll bring it to form
A u saved my life, mine's on 2%
B it always is lol
""")

c("homework", """
A has anyone checked the options booklet yet
B yeah im doing computer science and drama
A i cant pick between music and dt
C do music, the trip is better
A thats not how u choose gcses 😂
C it is for me
B honestly pick the one u'd actually enjoy for 2 years
A music then i think
B good shout
""")

c("homework", """
A anyone know if the bio test is on all of unit 3 or just cells
B all of it 😭
A no way
B she said so at the end, u were in the toilet
A brilliant
C theres a revision mat on teams tho
A whats on the revision mat
B keywords and a few diagrams
A perfect, printing it
""")

c("homework", """
A does ANYONE have the reading list for next year
B nope
C its in the email from the english dept
A which email there's like 40
C the one with the yellow poster on it
A got it
B how many books is it
A 8 😳
C u only have to read 3 of them
""")

c("homework", """
A hey sorry, random, but do you know if the spanish vocab test is this week or next?
B next week I think, she moved it
A oh thank god
B still learning it now though, its like 60 words
A 60?? i know like 6
B same tbh
B quizlet is good for it
""")

c("homework", """
A anyone doing the geography fieldwork write up tonight
B yeah want to call and do it together
A yesss
B after tea, like 7
A ok bring ur data sheet my tally is a mess
B ur tally is always a mess
A rude but true
""")

c("homework", """
A has anyone got the link for the revision session
B which one
A maths, online one
B sending now
A thanks, is it recorded? i have football
B she records them i think
A ill watch it after then
C she sent the slides too
""")

c("homework", """
A anyone know how to do q7 on the physics sheet
B the moments one?
A yeah
B multiply force by distance from the pivot then make both sides equal
A ohhhh
A i was dividing 🤦
B happens to the best of us
A not in a test pls
""")

c("homework", """
A can anyone explain what a subordinate clause is cos ive had it explained 4 times and still dont get it
B its the bit of the sentence that cant stand on its own
B like "because it was raining"
A and the main clause is the other bit?
B yep
A ok i think i get it now
B try writing 3 of ur own
A "because i was tired, i went to bed"
B 10/10 subordinate clause
""")

c("homework", """
A is anyone going to homework club on wednesday
B i might
C me, i need the computers
A ok ill go then, i need help with the spreadsheet thing
""")

c("homework", """
A anyone else got a detention slip for the missing planner 😭
B yep, got mine in tutor time
C me too its so unfair
B half the year got one
A at least well all be there together
B bring snacks
C we're not allowed to eat in there
B hide them
""")

c("homework", """
A did anyone write down the page numbers for the reading
B 42 to 58
A thank uuu
B its loads tho
A i'll do half tonight half on the bus
""")

c("homework", """
A anyone know what time the bus goes on the early finish day
B 1:15 i think
C its 1:20, they changed it
A ok ill be at the gate at 1
B ok ill meet u there, dont leave without me
""")

c("homework", """
A yo can anyone lend me their art sketchbook photos, i need to see how many pages we were meant to do
B it was 6 pages min
B 📷
A oh no i have 3
B u've got the weekend
A i also have a party saturday
B then u've got sunday lol
A ugh
""")

c("homework", """
A has anybody got the past papers for computer science
B there's a folder on the shared drive
A i cant find it
B students > year 11 > comp sci > exam prep
A found it thanks
B the mark schemes are in there too
A even better
""")

c("homework", """
A anyone want to do the revision quiz thing together tomorrow lunch
B yeah in the library?
A yep
C im in
A bring snacks lol
B we'll get kicked out
C im bringing flashcards
A nerd
C u'll be asking to borrow them
""")

c("homework", """
A Is anyone else finding the new timetable confusing? We've got two different week A and week B things
B yeah week A is the one with drama on tuesday
A ohh
A so this week is B?
B yes
A thank you, I was about to go to the wrong room
C easy mistake, i went to the wrong one all of monday
""")

c("homework", """
A can anyone screenshot the seating plan for chemistry
B [photo attached]
A why am i next to the window AGAIN
B at least ur not at the front
A fair
C ur near the plug at least
A ooh true, charging my calculator all lesson
""")

c("homework", """
A anyone understand the english homework
B which
A the one where we rewrite the opening as a newspaper
B just do a headline, then who what where when
C and a quote from a witness, she loves quotes
A cheers both
C oh and it needs a picture caption too
A ugh ok
""")

# ===========================================================================
# BENIGN PHOTO REQUESTS
# ===========================================================================

c("photo", """
A send me a pic of the notes from today pls
B which lesson
A biology, i was at the dentist
B [pic]
B here [photo]
A ur handwriting is so neat wtf
B its the only neat thing about me
A true
""")

c("photo", """
A send a pic of the dog!!!
B he's asleep on my bed
B [image]
A HES SO SMALL
B he is not small he is 30kg
A small to me
B he thinks hes a lapdog
A as he should
""")

c("photo", """
A whats the view like from ur nans
B there u go 📸
A omg the sea
B its freezing tho
A still jealous
B ill bring u back a stick of rock
A u better
""")

c("photo", """
A ok i need help choosing, send pics of ur prom outfit ideas and ill send mine
B ok one sec
B [attachment: image]
B [photo]
A the green one 100%
B thats what my mum said
A ur mum has taste
C wait show me too
B [photo] here u go
C ok both the green ones are stunning
""")

c("photo", """
A can u send the team photo from saturday
B the one with the trophy?
A yesss
B sent 📷
A why do i look like that 😭
B u look fine, u just blinked
A can u send one where my eyes are open
B there isnt one
A incredible
""")

c("photo", """
A send a pic of ur cake when its done
B its collapsed in the middle
A send it anyway
B [img]
A looks like a volcano
B its meant to be a castle
A its very... abstract
B im eating it anyway
""")

c("photo", """
A pic of the new kitten pls i beg
B she wont stay still
B here u go
A shes a blur 😂
B told u
A try again when shes sleepy
B she's never sleepy
""")

c("photo", """
A can someone take a pic of the board before she wipes it
B got it
B [image attached]
A legend
B she wrote so much today
A my hand was dying copying it
""")

c("photo", """
A send me a pic of what ur wearing to the party, i dont want us to match again
B lol ok
B 📸
A ok im going with the black jeans then
B good choice
A the grey top or the white one
B grey, goes with the jeans
A sorted
""")

c("photo", """
A send a selfie from the concert!!
B its too dark
B [pic]
A i can see ur forehead and a light
B thats the best one i got
A what song were they playing
B no clue, it was so loud i couldnt hear
""")

c("photo", """
A did anyone get a photo of the science fair stand
B i did
B this one [photo]
A can i use it for my portfolio
B course
A ty!! ill credit u
B i want a shoutout at the presentation
""")

c("photo", """
A ur snow pics from the trip are unreal
B send me the one of the mountain
A [snap]
B wallpaper sorted
A thats my lock screen too now
B twins
""")

c("photo", """
A pls send a photo of the recipe from food tech, i want to make it at home
B sent it
A is that 200g or 2000g
B 200 lol
A was about to make a massive loaf
A also does it say fan oven
B 180 fan
""")

c("photo", """
A send a snap of ur hamster
B he's in his ball
B [img]
A hes racing
B he hit the sofa 4 times
A hes training for the olympics
B hes training to break my mums vase
""")

c("photo", """
A can u take a pic of the homework board on ur way out
B yeah 1 sec
B [attachment: photo]
A its blurry lol
B ok again
B there 📷
A perfect
B u owe me a kitkat
A fine, deal
""")

c("photo", """
A my mum wants a photo of us in our costumes for world book day
B ok after reg?
A yeah by the sign
C im a bit embarrassed of mine
A ur a wizard, its great
C and ur a pirate
A arrr
C pls never say that again
""")

# ===========================================================================
# BENIGN SECRECY (surprise party, present, spoilers)
# ===========================================================================

c("secret", """
A ok dont tell anyone but were doing a surprise party for her on saturday
B omg yes
B what time
A 6, at my house
A DO NOT post anything on ur story
B wont say a word 🤐 promise
""")

c("secret", """
A delete this chat after, its about his birthday present
B lol why
A he looks at my phone all the time
B ok what are we getting him
A the new controller
B hes gonna cry
A im putting in 10
C i can do 5
B ill ask my mum for some
""")

c("secret", """
A keep this between us but i think im getting a puppy
B WHAT
A not confirmed yet
B i wont say anything
A my sister doesnt know, mum wants to surprise her
B can i come meet it when it arrives
A obviously
""")

c("secret", """
A dont tell anyone the ending
B i would never
A ur the worst at keeping secrets
B that was ONE time
C it was three times
B name one other time
C the christmas present
C and the party
B ...ok fine
""")

c("secret", """
A can u keep a secret
B depends
A im leaving the football team to do drama
B why is that a secret lol
A my dad's going to be so annoyed
B he'll get over it
A hope so
B come watch the school play then, free tickets from me
""")

c("secret", """
A shhh were getting miss flowers for her last day
B aww
B how much do i put in
A like 2 pound each
B ok ill bring it tmrw
C can i put in too
A course, more money more flowers
""")

c("secret", """
A dont say anything to him but hes been picked for captain
B how do u know
A coach told me to tell him on friday
B ahh thats sick
A ACT SURPRISED
B im the worst actor
A practise ur shocked face
B 😮
A perfect
""")

c("secret", """
A ok nobody tell her we've got her a card signed by the whole form
B ive hidden it in my bag
C its so cute
A give it at break
B whos got the pen, i still need to sign it
C me, come find me at the lockers
""")

c("secret", """
A no spoilers pls im only on episode 3
B im saying nothing
B but episode 5 😳
A I SAID NO SPOILERS
B that wasnt a spoiler that was an emoji
A an emoji IS a spoiler
B ok i'm muting myself
""")

c("secret", """
A pls dont tell my mum i got a 4 in maths
B why would i tell ur mum lol
A she talks to ur mum
B fine ill stay quiet
A i'll tell her myself after parents evening
B good plan, shes less likely to be mad then
A hope so
""")

c("secret", """
A keep it quiet but i got the job at the cafe
B no way!! why quiet
A i havent told my old job yet
B ohhh fair
B congrats tho
B free cake?
A if ur lucky
""")

# ===========================================================================
# HYPERBOLE
# ===========================================================================

c("hyperbole", """
A this english homework is genuinely going to be the death of me
B which
A the english essay, 4 sides
B dead
A pray for me
B do it in bits, like a paragraph an hour
A thats 4 hours
B ...yeah
""")

c("hyperbole", """
A ill kill u if u spoil the final
B i havent even watched it
A good keep it that way
B im going to bed before it even starts
A sensible
""")

c("hyperbole", """
A that test murdered me
B same the last question was evil
A i wrote a whole paragraph on the wrong thing
B at least u wrote something
A like 3 lines
B thats still something
""")

c("hyperbole", """
A my mum is going to end me
B what did u do
A broke her favourite mug
B glue it
A its in like 9 pieces
B ur done for
A i might just buy a new one
B with what money
""")

c("hyperbole", """
A if he plays that song one more time im throwing myself out the window
B lmaooo
B he's played it 12 times today
A 13 now
B ask him for headphones for his birthday
A genius
""")

c("hyperbole", """
A im literally dying in this heat, why is there no air con
B the fan in the classroom just spreads hot air around
A i'm melting
C just dont move
A im wearing shorts tomorrow idc
B they'll make u change
""")

c("hyperbole", """
A bro i'm going to strangle my brother
B what now
A he ate my leftover pizza
B thats a crime ngl
A exactly!!
B make him buy u another one
A hes 8 he has no money
""")

c("hyperbole", """
A if i have to hear the word photosynthesis one more time i'll scream
B PHOTOSYNTHESIS
A i hate u
B 💚🌱
A blocked
B u cant block me we sit next to each other
""")

# ===========================================================================
# GAMES TRASH TALK
# ===========================================================================

c("games", """
A get on, i'm going to destroy u
B u said that yesterday and i won
A lag
B excuses
A ill kill u in the first circle watch
B cant wait to watch u land in the river again
A that was once
""")

c("games", """
A block him hes camping in the corner
B hes been there for 5 mins
C just throw something at him
A GOT HIM
B finally
C that took way too long
A gg
""")

c("games", """
A ur so bad at this lol
B im playing one handed
A how come
B eating toast
A fair enough
B i still beat u last round
A u did not
B check the replay
""")

c("games", """
A whos on fifa tonight
B me after 8
C im grounded 😭
A what did u do
C dont ask
B rip
A ill play for u then
C dont lose my rank pls
""")

c("games", """
A i just got destroyed by a 9 year old
B lmao how
A he built a whole tower in 2 seconds
B kids are built different
A i stayed to watch, it was impressive
B respect the kid
""")

c("games", """
A bro u sold the whole game
B i was lagging
A u literally walked into the storm
B my controller died ok
A sure
B rematch tomorrow
A fine but im picking the map
""")

c("games", """
A rate my base out of 10
B [photo] ?
A yeah that
B 6
A 6??? it has a moat
B a moat of lava ur going to fall in
A ill build a bridge
B over lava??
""")

c("games", """
A minecraft server is back up
B did they fix the spawn
A yes and someone stole my horse
B lol
A im going to find them
B its probably that kid from the other server
A probably
""")

c("games", """
A stop teamkilling me
B nah that one was a genuine accident i swear
A 3 times is not an accident
B ok the third one wasnt
A unbelievable
B it was revenge for the horse thing
""")

c("games", """
A i'm getting absolutely smoked in ranked
B what rank r u
A silver
B ur not getting smoked ur just silver
A wow
B ill help u rank up tmrw
A ok but no laughing
""")

c("games", """
A someone keeps sending me friend requests on the game
B who
A no idea, random user
B just ignore it or block them, its probs a bot
A done
B good, and turn off messages from strangers in settings
A oh i didnt know u could
""")

# ===========================================================================
# SPORT (fit, block, hot)
# ===========================================================================

c("sport", """
A is he fit to play saturday
B physio said yeah
A thank god we need him in midfield
C hes still wearing the knee strap tho
A fine as long as he runs
B we need him, no one else can take free kicks
""")

c("sport", """
A nice block at the end there
B my arms are purple now
A worth it, we won the set
B coach said i might start next game
A ur going to be fine
B thanks, just need to stop shutting my eyes when i jump
""")

c("sport", """
A its so hot on the pitch today
B bring 2 bottles
A coach better give us water breaks
B he did last week
A i'm bringing a frozen bottle
C genius
""")

c("sport", """
A are u fit again after ur ankle
B almost, going back to training thurs
A good the team is falling apart without u
B u lot lost 6-0 i saw
A dont remind me
B we'll win next week
A we better
""")

c("sport", """
A netball match got moved to 4
B ugh i have piano
A can u move piano
B ill ask my mum
A we need u as GD pls
B mum said ok if i can get a lift
A ill ask my dad
""")

c("sport", """
A that goal last night though??
B unreal
A he hit it from like 30 yards
C keeper had no chance
B best goal this season
A i watched it 20 times
B same lol
""")

c("sport", """
A the keeper was on fire today
B saved 2 pens
A shes getting player of the match for sure
B she deserves it
C she literally dived the whole game
B keeper of the year
""")

c("sport", """
A ahh sports day tmrw and its meant to be 28 degrees
B suncream
A im doing the 800
B in that heat?? good luck
A i'll die and u can have my medals
B u wont die
A i might
""")

c("sport", """
A trials for the county team are next week
B r u going
A yh, im so nervous
B u'll smash it, ur the fastest on the team
A thank u 🥺
B text me after
A i will
""")

c("sport", """
A coach said i need to be fitter for the second half
B do the couch to 5k
A i already run
B do it faster then lol
A ill do the park run with u saturday
B deal, 9am
A 9am?? fine
""")

c("sport", """
A swimming gala results are up
B how did we do
A second overall
C we beat them in the relay tho
B yessss
A medals in assembly monday
C finally something good in assembly
""")

c("sport", """
A does anyone have a spare shin pad
B i have an old one, only the left
A thats the one i need lol
B fate
A can i have it tmrw
B yeah ill bring it to pe
""")

# ===========================================================================
# FOOD RATINGS
# ===========================================================================

c("food", """
A rate this pizza
A here
B 9/10 lose a point for pineapple
A pineapple is elite
B nope, not on pizza
A its a fruit on a pizza its balanced
B pizza has rules and u broke all of them
""")

c("food", """
A canteen did pasta bake again
B rate it
A 4/10 it was mostly water
C the cookies were good tho
A cookies are always a 10
B 11/10 for the cookies
C facts
""")

c("food", """
A tried the new chicken place
B and?
A honestly 8 out of 10, the chips were mid
B going there friday
A get the wings, theyre a 9
B noted
""")

c("food", """
A i made pancakes
A [image attached]
B why are they square
A the pan is square
B ...ok 7/10 for creativity
A they tasted fine
B ill take ur word for it
""")

c("food", """
A best crisps flavour go
B salt and vinegar
C cheese and onion
A prawn cocktail
B ur wrong but respect
""")

c("food", """
A food tech today was a disaster
B what happened
A my scones were like rocks
B rate them
A -2
B lmao
A sir said they were "interesting"
B thats teacher for terrible
""")

# ===========================================================================
# MUSIC AND LYRICS
# ===========================================================================

c("music", """
A "we run the night till the streetlights die" cant get it out of my head
B that song is everywhere
A its on every tiktok
B im sick of it ngl
A i still know every word tho
B we all do unfortunately
""")

c("music", """
A the new album is sick
B track 4 is the best
A no track 7
B ur wrong
C theyre both bangers stop
A fine both are 10s
B thank u
""")

c("music", """
A whats that song that goes "hold me down, hold me down, dont let go"
B no idea
C i know the one, its from that film
A the name pls
C i'll find it
C found it!! sending u the link
A ur the best
""")

c("music", """
A concert tickets go on sale at 10
B my mum said i can go if u go
A im going!!!
B ok set like 5 alarms
A and be on two devices
B and my laptop
A ur going to break the website
""")

c("music", """
A ok so the chorus is "burning hot like summer in july" and im cringing
B its catchy tho
A that's the problem
B i'll be singing it all day now thanks
A ur welcome
""")

# ===========================================================================
# PSHE AND ONLINE SAFETY LESSONS (educational -> [])
# ===========================================================================

c("pshe", """
A pshe was actually decent today
B what was it on
A sending nudes and the law, like how its illegal under 18 even if u send ur own
B we did that last year
A the video was so awkward tho
B was it the one with the cartoon
A no a new one, with actors
C was it good though
A surprisingly yeah
""")

c("pshe", """
A what did u put for the scenario question
B the one about someone asking for pics?
A mhm that one
B i said tell a trusted adult and dont send anything
A same, and screenshot it
B and block the account
A oh yeah ill add that
""")

c("pshe", """
A we have to do a poster on consent for pshe
B what r u doing yours on
A the cup of tea thing
B ohh the video
A yeah and how u can change ur mind
C mine's on online consent, like not sharing stuff without asking
A thats a good one
""")

c("pshe", """
A did anyone write down the number for childline from the lesson
B its on the poster by the lockers
A thanks, just want it for the worksheet
B its also on the back of our planners
A oh yeah i forgot we had those in planners
""")

c("pshe", """
A the pshe quiz asked what sextortion is and half the class didnt know
B its when someone threatens to share pics unless u pay or send more
A yeah she said loads of boys get targeted
B scary
C the main thing is dont pay and tell someone
A did she say where to report it
C ceop or childline, and to tell school
""")

c("pshe", """
A pshe homework is to write what u would say if a friend told u someone was pressuring them online
B ok thats easy
B like "its not ur fault, lets tell someone"
A yeah thats what i put
C u can also say report it on the app
A ooh i'll add that
B u'll get full marks
""")

c("pshe", """
A why do we have to do online safety every single year
B because people still send pics lol
A fair
B the police officer who came in was actually good tho
A ok yeah he was
B the bit about screenshots lasting forever was scary
A yeah i didnt know u could get stuff taken down though
""")

c("pshe", """
A can u help me with the pshe worksheet
B which bit
A "what are the risks of sharing images online"
B it can get screenshotted and spread, u cant get it back, it can be used to blackmail u
A ok thats 3 points thanks
B add that its illegal to share pics of under 18s, thats another point
A 4 then
""")

c("pshe", """
A in form we did the thing about what to do if u get sent something u didnt want
B what was the answer
A dont forward it, report it, tell an adult
B makes sense
A she gave us a leaflet too
B i used mine as a bookmark lol
""")

c("pshe", """
A we did a debate on whether phones should be banned in school
B which side were u
A against obviously
B and?
A lost lol
B whats next weeks debate
A school uniform
B ooh i have thoughts
""")

c("pshe", """
A the assembly on healthy relationships was long
B i liked the bit about red flags
A like checking ur phone all the time
B yeah and telling u who u can talk to
C my cousin's ex was exactly like that
A was she ok
C yeah she ended it, and she's much happier now
""")

# ===========================================================================
# FRIENDLY BANTER
# ===========================================================================

c("banter", """
A ur haircut is a crime
B thank u i did it myself
A it shows
B ur just jealous
A of what
B of my skills
A what skills
""")

c("banter", """
A why do u walk like a penguin
B i have new shoes
A they hurt to look at
B they were 40 quid
A u got robbed
B my feet are bleeding
A take them back
""")

c("banter", """
A u owe me a fiver
B since when
A the cinema
B ohh yeah, friday
A im charging interest
B ill buy u popcorn next time
A large popcorn
""")

c("banter", """
A stop slagging off my team they're top of the league
B for now
A jealous
B we'll see in may
A it's march and we're 10 points clear
B ...for now
""")

c("banter", """
A ur laugh is so loud
B thank u i practise
A the whole bus turned round
B they loved it
A the driver told u to be quiet
B he was laughing too
""")

c("banter", """
A babe where r u, we're waiting at the gate
B 2 mins
A u said that 10 mins ago
B im running
A ur lucky the bus is late too
""")

c("banter", """
A bro u fell asleep in maths
B i did not
A u were snoring
B i was breathing heavily
A 😂😂😂
C i have a video
B delete that right now
C never
""")

c("banter", """
A the fit at ur sisters wedding was clean
B haha thanks, it was my dads tie
A u looked like a proper waiter
B wow ok
A a very fancy waiter
B ill take it
""")

# ===========================================================================
# TRIPS AND PLANS
# ===========================================================================

c("plans", """
A cinema saturday?
B what film
A the horror one
B no i'll have nightmares
C i'll go
B fine i'll come but im hiding behind u
C deal
A popcorn is on u both
""")

c("plans", """
A what time r we meeting for the trip
B 7:30 at school
A in the MORNING?
B yes
A im not a morning person
B bring snacks and sleep on the coach
A ok fine
C and a neck pillow
""")

c("plans", """
A park after school?
B cant, dentist
C i'll come
A meet by the swings at 4
C see u there
A and bring the football
C obviously
""")

c("plans", """
A has anyone got a packed lunch list for the museum trip
B the letter said no fizzy drinks
A so sad
B and no nuts
C what even is the point
""")

c("plans", """
A is the residential still happening
B yeah, 3 nights
A have u got a sleeping bag
B my brothers old one
A mine smells like a tent
B lovely
A bring a pillow too, the coach ride is 3 hours
""")

c("plans", """
A bowling for her birthday on sunday
B what time
A 2, then pizza
B ok, what r we getting her
A a hoodie, everyone put 3 quid in
B ill bring mine tmrw
A cheers
""")

c("plans", """
A anyone walking home via the shop
B yeah wait for me at the gate
A 5 mins
B k
A ur taking ages
B coming!!
""")

c("plans", """
A my dad can drive us to the match if anyone needs a lift
B me pls
C me too
A ok be at mine at 9
B can we stop for breakfast
A no lol
B rude
A we'll get crisps at half time
""")

# ===========================================================================
# PART-TIME JOBS
# ===========================================================================

c("job", """
A got my first shift at the bakery saturday
B what time
A 6am 💀
B wow
A but free doughnuts
B worth it
A ill save u one
B the chocolate one pls
""")

c("job", """
A anyone know if the garden centre hires 15 year olds
B i think so, my cousin worked there
A did she like it
B she said it was fine, mostly watering plants
A ill ask them on saturday
B ask for the manager, shes nice
""")

c("job", """
A my paper round is so early in winter
B do u get paid well
A like 25 a week
B thats not bad
A its freezing though
B wear gloves
A i lose them every week
""")

c("job", """
A do u need a national insurance number for a saturday job
B i dont think so til 16
A ok good
C u need a work permit thing from the council tho
A ugh
B my mum did mine, its just a form
A ok ill ask her
""")

c("job", """
A i quit the cafe
B wait why
A the manager kept making me do 8 hour shifts on school days
B thats not even allowed
A i know, my mum went mad
B good, tell the council, they check that stuff
A she did lol
""")

c("job", """
A babysitting again tonight
B the twins?
A yep
B good luck lol
A they're actually sweet just loud
B u get paid for watching tv basically
A and bedtime battles
""")

c("job", """
A i got 40 quid for washing cars on my street
B entrepreneur
A gonna do it every sunday
B ill be ur assistant for 10%
A 5
B 7 and a half
A ok first job sunday at 10
B wear old clothes
""")

# ===========================================================================
# MORE ORDINARY LIFE (family, pets, TV, weather, clubs)
# ===========================================================================

c("life", """
A its snowing!!!
B school better close
A they never close
B my brother said the buses arent running
A pls pls pls
B update: buses are running
A noooo
""")

c("life", """
A did u watch the bake off final
B YES
A i cried when he won
B the cake was so tall
A i could never
B i tried to make bread once and set the alarm off
A classic
""")

c("life", """
A my nan is teaching me to knit
B aww
A ive made a scarf thats 10cm long
B its a start
A its for a mouse
B make a hat next
A for the mouse?
B obviously
""")

c("life", """
A chess club is cancelled this week
B why
A sir is on a course
B ill play u at lunch then
A u always beat me
B thats why i offered 😇
A ill bring my board
B i'll bring my A game
""")

c("life", """
A my parents are making us do a family walk on sunday
B where
A up the big hill again
B at least theres a cafe at the top
A thats the only reason i go
B save me a scone
A if theres any left
""")

c("life", """
A help my little brother has put slime in my hair
B NO
A my mum is trying to get it out with oil
B send a pic when its sorted
A never
B u'll look back and laugh
A not today
""")

c("life", """
A is it just me or is it boiling today
B its 30 in my room
A i'm lying on the floor
B the floor is the coolest place
A my cat agrees, he's on the tiles
""")

c("life", """
A we got a rabbit!!
B omg name?
A my sister wants biscuit, i want thunder
B thunder is a crazy name for a rabbit
A exactly why i want it
B biscuit thunder
A ...actually that works
""")

c("life", """
A drama rehearsal is at 3:30 tmrw
B am i needed
A ur in scene 2 so yes
B ugh i still dont know my lines
A u have like 4 lines
B 4 long lines
A practise on the bus tomorrow, ill read the other parts
B deal
""")

c("life", """
A my mum is making me tidy my room before i can go out
B how bad is it
A i found a cereal bowl from last month
B 🤢
A dont judge me
B just shove it all in the wardrobe
A thats what i did last time
""")

# ===========================================================================
# ONE HARMFUL MOMENT INSIDE ORDINARY CHAT, WITH A PROTECTIVE RESPONSE
# ===========================================================================

c("moment", """
A what time does the coach leave for the zoo trip
B 8:15 but be there at 8
C bagsy the back seat
D/sa ok rate the girls in 9C out of 10 before we pick seats
B/pc nah dont do that, thats grim
D/vm calm down, im only messing
C/pc its not funny, half of them are in this gc
D fine whatever
A anyway who's bringing the speaker
B/pc and dont do it in any other chat either
""")

c("moment", """
A u done the maths yet
B nearly, stuck on the last one
A just subtract the two equations
B ohhh ok got it
A/ir send me a pic of u before bed tho
B what? no
A/pr go on just one, ill delete it
B/pc stop asking, i said no and its not ok
B/rp im blocking u
""")

c("moment", """
A did u watch the match yesterday
B yeah we got battered
C/sj forget the match, apparently she and him were upstairs for ages at the party 👀
B/pc dont start that, its a rumour and shes in year 9
A/pc yeah leave it
C/vm its only banter
B/pc spreading stuff like that isnt banter
A back to the match the ref was actually blind
C/vm ur all so boring
B/pc rather be boring than spread lies about a year 9
""")

c("moment", """
A english was so boring today
B did u hear about the pic going round year 10
A yeah everyone's on about it
C/vb tbh if she didnt want it going round she shouldnt have sent it
A/pc its not on her, the boy who shared it is the problem
B/pc literally, and anyone passing it on is as bad
C ok fair
B/rp and if anyone gets sent it, report it dont forward it
""")

c("moment", """
A clearing my camera roll, i have 9000 photos
B delete the blurry ones lol
A/ex oh wait i still have that pic she sent me last year, might put it in the gc
B/pc dont u dare, delete it
C/pc thats actually illegal, delete it now
A/vm relax its not even that bad
B/rp if it goes in the gc im telling sir, not even joking
A ok ok its gone
C/pc and empty ur recently deleted
A fine, didnt realise it was that serious
B/pc it is that serious
""")

c("moment", """
A training is at 5 not 4 btw
B ok cool
C/sn did u see her at the gate, such a sket lol
B/pc why would u call her that, grim
D/pc not ok mate
C/vm it was a joke
B/pc a joke about a year 8? no
A can we talk about training pls
D/rp if he says it again im telling coach
B ok training at 5, dont be late
""")

c("moment", """
A i keep getting killed by the same guy on the game
B just block him
A/ph its not just that, he keeps messaging me asking for a pic of me, what do i do
B/ps ugh thats so creepy, r u ok?
B/rp screenshot the messages, report his account, then block
A done
A should i tell my mum
B/rp yes deffo tell her, shes not gonna be mad at u
C/ps ur mum will just be glad u told her
A ok going downstairs now
""")

c("moment", """
A does anyone know if the art homework is due friday
B monday i think
C/sa she looked so good in that top today, 9/10
D/pc dont rate people, its weird
C/vm chill it was a compliment
D/pc rating girls in a gc behind their back isnt a compliment
B anyway art is monday, double checked
D/pc and dont do it again
C fine
""")

c("moment", """
A r u coming to the party on friday
B not after what u said in form
A/th if u dont come ill tell everyone ur frigid
C/pc leave her alone, thats not ok
C/ps ignore him, u ok?
B im fine
B/rp ive screenshotted that btw
C/rp show that to ur form tutor tomorrow
A/th do that and ill make it worse
C/pc and thats going in the screenshot too
""")

c("moment", """
A anyone got the new timetable for after easter
B its on teams
A cheers
C/ir random but u should send me a pic of u in the new uniform 😏
A thats weird why would i
C/pr cmon dont be boring
B/pc leave it, she said no
B/ps u dont have to reply to him
A ty
C/pr she'll send it eventually
B/pc no she wont, stop
""")

c("moment", """
A is the gym open after school
B till 5
C/sa her in PE today though 🥵 smash or pass
B/pc bro shes 14, shut up
D/pc seriously thats gross
C/vm ur all so sensitive
B/pc its not sensitive, its just not ok
A ...anyway gym till 5 then
""")

c("moment", """
A pizza or chinese for tonight
B pizza obviously
C/ex lol did u see the screenshots of her messages to him, im sending them round
A/pc why would u do that, they're private
B/pc dont send them to anyone
C/vm bro its not deep, theyre just screenshots
A/pc it is to her
A/rp delete them or im telling ur head of year
C fine
""")

c("moment", """
A whos in the library at lunch
B me, doing geography
C/ir can u take a pic of ur legs under the table lol
B ??? why would i
B/pc thats actually weird, dont ask me stuff like that
A/pc not funny
A/ps ill sit with u at lunch, dont worry about him
B ty 🙏 see u at lunch
B/rp if he messages me again im blocking him
""")

c("moment", """
A the 7:40 bus was rammed today
B i had to stand the whole way
C/ex someone airdropped a pic of her to everyone on the top deck 😂
A/pc thats not funny thats horrible
B/pc if u got it delete it
C/vm everyone's seen it anyway
A/pc doesnt matter, still delete it
A/rp im telling the bus driver and the office tomorrow
""")

c("moment", """
A can anyone send the chemistry notes
B 📷📷
A ur a hero
C/ir bet u wont send one of u though 😉
B/pc not funny, stop
A/pc bro she literally just helped me, leave her alone
C/vm it was a joke
A/pc a joke like that isnt ok
B thanks for sticking up for me
A/ps always, u did nothing wrong
""")

c("moment", """
A whats the dress code for the prom
B smart, no trainers
C/sa cant wait to see her in a dress, shes going to be an 8 at least
A/pc why r u rating people
B/pc leave her out of it
C/vm its just a laugh
B/pc not to her
A anyway do u need a suit or is a shirt fine
""")

c("moment", """
A lost my water bottle again
B check lost property
A/ph unrelated but someone on snap keeps asking me to go on cam and i dont know them, what do i do
B/ps omg thats scary, u did the right thing telling me
B/rp block and report them, and tell ur mum or dad
C/rp u can report it on the app too, theres a button
A ok blocking now
B/ps let me know if they try again
""")

c("moment", """
A maths is cancelled period 3, cover instead
B yesss
C/sn lol have u seen who's in cover, that slag from 10B
B/pc u cant call her that, seriously
D/pc thats so disrespectful
C/vm its just a word
B/pc its a word thats meant to hurt her
A anyway cover means free period basically
D/pc and nobody else in here call her that either
""")

c("moment", """
A happy birthday!!!! 🎉
B thank uuu
C/sj 16 now, bet u'll be getting ur body count up
B/pc wtf thats not ok
A/pc its her birthday, why would u say that
C/vm it was only a joke
A/pc no it wasnt funny
D/ps ignore him, have the best day 💕
B thanks, ur the best 💕
C/vm everyone is so soft in here
D/pc no, ur just rude
""")

c("moment", """
A anyone want to come shopping saturday
B yeah!!
C/ir send me a pic of u trying stuff on in the changing rooms
B no??
C/pr why not, u owe me for the bus fare
A/pc stop being weird, shes said no
A/ps ur not going with him anyway ur coming with me
B ty 🙏
C/pr u'll send one eventually
A/rp block him, ive already reported his account
B done
""")

c("moment", """
A did anyone record the assembly
B no why
A/vb lol the bit where they talked about the pic that got shared, if ur dumb enough to send it thats on u
C/pc its not on her, she trusted him
B/pc yeah he broke her trust, thats on him
A ok true i didnt think of it like that
C/rp if anyone's still got it they should tell the safeguarding lead
""")

c("moment", """
A the new canteen menu is out
B is the pasta back
A no 😭
C/se btw dont tell anyone i asked her for pics
B/pc u what? why were u asking her for that
A/pc thats not ok and she should tell someone
C/vm it was a joke
B/pc asking for pics and then asking us to keep quiet isnt a joke
B/rp im talking to my head of year
A/rp ill come with u, she needs to know
C/se pls dont, it'll get me in trouble
B/pc u should've thought of that
""")

c("moment", """
A r u going to the disco
B yeah are u
C/th u better come, or ill show everyone what u sent me
B/pc what?? dont threaten me
A/ps u dont have to go, r u ok
B/ph idk what to do, he keeps saying stuff like this
A/rp we'll tell miss tomorrow together
B ok, thank u
A/ps and u didnt do anything wrong, ok?
B ok 💛
""")

c("moment", """
A why is it raining AGAIN
B my shoes are soaked
C/sa her in the rain today tho 🥵 rate her
D/pc stop rating people
D/pc and stop with the emojis, its grim
C/vm relax its banter
B/pc banter is about the weather not some girl
A i just want my socks to be dry
""")

c("moment", """
A who won the debate
B us obviously
C/sn lol she only won cos she's easy and the judges like her
B/pc thats a disgusting thing to say
A/pc yeah take that back
C/vm chill its not that serious
A/pc no u said it, u can take it back
""")

c("moment", """
A anyone done the english quote sheet
B halfway
C/ir if u send me a pic of u ill send u mine 😏
B/pc no thanks, thats creepy
C/pr go on, fair trade
B/rp reporting u if u keep going
A/ps u ok? want me to call u
B/ph yes pls, i dont know what to do if he keeps messaging
A/rp block him, and we'll tell miss in the morning
""")

c("moment", """
A my dog ate my shoelace
B lol how
A he's a menace
C/ex speaking of pics, i still have the one she sent, should i post it
A/pc absolutely not
B/pc delete it, thats her private pic
C/vm its not a big deal
B/pc it is a big deal, its illegal to share it
A/rp i'll tell sir if u post it
""")

c("moment", """
A football results: we won 3-1
B lets gooo
C/sj she was watching from the side, bet she likes u 😏 u should get her upstairs at the party
A/pc dont talk about her like that
B/pc grim mate, shes just there for her brother
C/vm was only messing
A/pc dont
B/pc seriously, she doesnt even know u
C/vm was only a laugh
B/pc leave it
""")

c("moment", """
A anyone want to share a taxi after the concert
B me
C/ir send me a pic of u in ur dress first
B why
C/pr just do it
A/pc stop, u sound like a creep
A/ps ignore him, ill get the taxi with u
B ok thanks
C/pr ur so boring, everyone else would
A/pc no they wouldnt, stop
""")

c("moment", """
A wheres the french classroom now
B upstairs by the art rooms
C/sn that girl in french is so frigid lol
A/pc dont call people that
B/pc thats so rude, leave her alone
C/vm only messing
B/pc not funny
A anyway its upstairs, room 14
""")

c("moment", """
A did u see the story about the guy who climbed the tower
B lmao yeah
C/vb speaking of stories, she posted that selfie so she cant complain if people share it
A/pc that doesnt mean people can share it, thats not ok
B/pc shes allowed to post a selfie, people being weird isnt her fault
C whatever
A/rp if it keeps getting shared ill tell someone
""")

c("moment", """
A bored in revision
B same
C/ir wanna go on cam, just us, no one else
B what no
C/pr come on u know u want to
B/pc stop, thats not ok, im not doing that
B/rp blocking u
A/ps u did the right thing
C/pr unblock me
B/rp reported too, bye
""")

c("moment", """
A new episode tonight!!
B cant wait
C/ex btw i screenshotted ur msgs to him, might share them 😂
B/pc dont u dare, theyre private
A/pc delete them, thats not ok
C/vm it was a joke relax
A/pc its not a joke if u actually have them
B/rp im telling my mum if they go anywhere
""")

c("moment", """
A cross country was brutal
B my legs are dead
C/sa her in the leggings today though 👀
A/pc stop it, thats gross
B/pc dont talk about girls like that
C/vm its a compliment
A/pc no its just weird
B anyway i came 40th
""")

c("moment", """
A does anyone know when the trip money is due
B friday
C/se anyway delete this chat after, dont want anyone seeing what i said about her
A what did u say
C/se just keep it between us or else
B/pc nah if ur hiding stuff about her thats not ok
A/rp im not deleting anything, ill tell sir if its bad
C/se dont be a grass
B/pc if its about her and its bad, telling isnt grassing
""")

c("moment", """
A anyone got spare pens
B i have 3
C/sn lol ask her, shes easy she'll give u anything
A/pc that was grim, why would u say that
B/pc yeah shut up man
C/vm joking
A/pc dont joke about her like that
""")

c("moment", """
A the sun is out finally
B park?
C/sa she's going to be in shorts then 🔥 10/10
B/pc ffs stop, thats creepy
A/pc not everything has to be about that
C/vm cant even joke
B/pc that wasnt a joke
A park at 3 then
""")

c("moment", """
A im doing my rock assignment tonight
B which rocks
A igneous
C/ir send me a pic of u when ur done hehe, in ur pjs
A no lol
C/pr pls its just a pic
B/pc stop asking her for pics
A/rp im blocking u, u keep asking
C/pr u used to be fun
B/rp reported him as well
A thx 🙏
""")

c("moment", """
A we got the results back from the mocks
B how did u do
A 6 in maths!!
C/vb lol unlike her, she's too busy sending pics to revise, no wonder it got out
B/pc its not her fault it got out, stop saying that
A/pc yeah it's on the person who shared it
C ok sorry
B/pc and if u see anyone passing it round, dont join in
""")

c("moment", """
A who's got the xbox tonight
B me
C/ir,th bro tell ur sister to send me a pic or ill tell everyone she likes me
B/pc wtf leave my sister alone
A/pc thats so messed up
B/rp im telling my parents
C/vm it was a joke lol
B/pc not a joke
A/ps is ur sister ok?
B yeah shes ok, mums dealing with it
""")

c("moment", """
A football trials tmrw
B fit to play?
A knee is fine now
C/sj fit like the captain's sister 😏 heard she's been with half the team
B/pc dont say that about her, its a lie
A/pc not ok
C/vm its just what people say
B/pc doesnt make it ok to repeat it
A anyway trials at 4
""")

c("moment", """
A is anyone else's wifi down
B mine's fine
C/ir send me a pic of u then ill believe ur home 😂
A thats a weird thing to ask
C/pr its just a pic cmon
B/pc stop, she doesnt want to
A/rp ignoring u and blocking if u carry on
C/pr wow ok ur no fun
B/ps dont reply to him
""")

# ===========================================================================
# A FRIEND ASKS FOR HELP: HELP-SEEKING, SUPPORT, REPORTING
# ===========================================================================

c("support", """
A can i talk to u about something
B ofc whats up
A/ph this boy in year 11 keeps asking me to send pics and i dont know what to do
B/ps thats not ur fault at all
B/rp u should tell miss or ur mum, i can come with u
A im scared ill get in trouble
B/ps u wont, u havent done anything wrong
A ok will u come with me tomorrow
B/ps course i will
""")

c("support", """
A/ph i did something really stupid and i need help
B whats happened, r u ok
A/ph i sent him a pic and now he says hell show people unless i send another one
B/ps ok breathe, this is not ur fault
B/ps dont send anything else
B/rp screenshot what he said and we'll tell ur head of year first thing
A what if everyone finds out
B/ps ur not on ur own, im here
A/ph what do i even say to the teacher
B/ps just show them the messages, theyll know what to do
""")

c("support", """
A u ok? u were really quiet today
B not really
B/ph people keep calling me names since the party and saying stuff that isnt true
A/ps im so sorry, that's horrible and u dont deserve it
A/rp do u want to tell someone? miss is really good with this stuff
B maybe
A/ps no rush, im here either way
""")

c("support", """
A/ph my little sister got messaged by some older boy asking her to go on cam, what do i do
B/ps omg is she ok
A shes scared, shes only 12
B/rp tell ur mum or dad tonight, and screenshot it before she blocks him
C/rp u can report it to ceop too, they showed us in pshe
A ok ill tell my mum now
B/ps let me know how it goes x
A thank u, ur a good friend
""")

c("support", """
A/ph idk what to do, my ex has still got pics of me and keeps saying he'll post them
B/ps thats so scary, im sorry
B/pc he has no right to do that
B/rp theres that report remove thing from childline, and u should tell a teacher
A i dont want my parents to know
B/ps i get that, but a teacher can help without it being a huge thing
A alright ill think about it
B/ps whatever u decide, im with u
""")

c("support", """
A did u see what they wrote about her in the gc
B yeah it was vile
A/ps i messaged her to check shes ok
B/ps good, me too
C/rp i reported the gc and told sir at the end of the day
A/pc they need to stop, its been going on all week
B/ps lets sit with her at lunch tomorrow
""")

c("support", """
A/ph can i ask u something, if someone keeps sending u stuff u dont want to see, what do u do
B/ps did someone send u something? r u ok
A yeah a boy in my year, its been happening for a week
B/rp block him and tell someone, like ur form tutor
B/ps u didnt do anything wrong
A ok thank u for not being weird about it
""")

c("support", """
A i saw the messages he sent u
A/ps r u alright
B/ph not really, he keeps saying if i loved him i'd send a pic
A/pc thats manipulative, thats not what love is
A/ps ur allowed to say no
B i did say no
A/ps then u did the right thing
A/rp u should tell someone if he keeps going
""")

c("support", """
A/ph my friend told me a boy shared her pic and now shes not coming in, how do i help her
B/ps aw that's awful, just being there for her is a big thing
B/rp tell the safeguarding lead, they can get it taken down
A she doesnt want to tell anyone
B/rp u can tell them u're worried about her, that's ok
A ok
""")

c("support", """
A/ps hey just checking, are u ok after today
B people keep laughing at me
A/ps they're idiots, u did nothing wrong
A/rp i told miss what i heard them saying
B thank u
A/ps anytime, text me tonight if u need
B thanks, means a lot
""")

c("support", """
A/ph someone made a fake account with my photo and is saying gross stuff about me
B/ps omg thats horrible, im so sorry
B/rp report the account, everyone in the gc will report it too
C/rp ive reported it
D/rp same, and told my mum to show school
B/ps it'll get taken down, ur not on ur own
""")

c("support", """
A/ph he keeps messaging me at night and told me not to tell anyone
B/pc thats a huge red flag
B/ps im really glad u told me
B/rp u need to tell an adult, secrets like that arent ok
A will u come with me
B/ps yes ofc
""")

c("support", """
A/ph a man on the game said he'd give me skins if i sent a pic, is that normal
B/pc no thats not normal at all, dont send anything
B/rp tell ur parents and report him in the game
A ok i didnt send anything
B/ps good, u did the right thing asking
A/ph he said not to tell anyone tho, will i get in trouble
B/rp thats exactly why u should tell someone
""")

c("support", """
A/ps i saw what ur bf said to u at the bus stop, r u ok
B yeah he was just angry
A/pc he cant talk to u like that tho
B/ph i know, he's always checking my phone, i dont know what to do
A/ps ur not overreacting
A/rp maybe talk to the school counsellor, she's nice
B maybe
""")


# ===========================================================================
# OUTPUT
# ===========================================================================

N_SPEAKERS = 260


def build():
    rng = random.Random(20261201)
    pool = [f"tc_s{i:03d}" for i in range(1, N_SPEAKERS + 1)]
    rows = []
    for n, (_kind, msgs) in enumerate(CONVS, 1):
        cid = f"tcx{n:03d}"
        letters = sorted({m[0] for m in msgs})
        who = dict(zip(letters, rng.sample(pool, len(letters))))
        for k, (letter, codes, text) in enumerate(msgs, 1):
            rows.append({
                "conversation_id": cid,
                "message_id": f"{cid}-{k:02d}",
                "speaker": who[letter],
                "text": text,
                "gold": sorted({CODES[x] for x in codes}),
            })
    return rows


def main():
    rows = build()
    ids = [r["message_id"] for r in rows]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate message ids")
    # the same text must never carry two different gold lists
    seen = {}
    for r in rows:
        key = r["text"].strip().lower()
        g = tuple(r["gold"])
        if key in seen and seen[key] != g:
            raise SystemExit(f"text with two gold lists: {r['text']!r}")
        seen[key] = g
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "c.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    neg = sum(1 for r in rows if not r["gold"])
    cats = Counter(g for r in rows for g in r["gold"])
    kinds = Counter(k for k, _ in CONVS)
    print(f"wrote {out}", file=sys.stderr)
    print(f"conversations {len(CONVS)}  messages {len(rows)}  negatives {neg} "
          f"({100 * neg / len(rows):.1f}%)", file=sys.stderr)
    print("kinds: " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())), file=sys.stderr)
    for cat, v in sorted(cats.items()):
        print(f"  {cat:28s} {v}", file=sys.stderr)


if __name__ == "__main__":
    main()
