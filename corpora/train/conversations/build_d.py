#!/usr/bin/env python3
"""Build corpora/train/conversations/d.jsonl (part D, session 15: unseen coercive wordings).

Hand-written, synthetic, non-graphic training conversations for c2chat. Theme: coercive exposure,
threats, pressure and secrecy in many wordings and registers (explicit and veiled threats,
sextortion-style conditions and deadlines, pressure after a refusal or a delay, harmful secrecy,
announced and done exposure, indirect image requests), sexualised comments, victim-blaming and
minimising, and bystanders who challenge, support, seek help and report. About 42% of the
conversations are harmless "twins" that reuse the same surface words in innocent settings
(surprise parties, spoilers, games, homework photos, a charger someone still has).

Each conversation was written whole, in order, by hand; nothing is generated from templates.
Line format, as in build_a.py:
    <speaker-letter>[/<code>,<code>...] <text>
Speaker letters are mapped to pseudonymous ids td_s001..td_s500 (deterministic seed).

Usage: python3 corpora/train/conversations/build_d.py   (writes d.jsonl next to this file)
"""
import os
from collections import Counter

from lineformat import conversation_adder, write_conversations  # the shared line format

CONVS = []  # (kind, [(letter, [codes], text), ...])


c = conversation_adder(CONVS)


# ---------------------------------------------------------------------------
# Part 1: threats and sextortion (explicit, veiled, conditional, deadlines), with twins
# ---------------------------------------------------------------------------

c("harm", """
A u still there
B ye why
A/th remember what i have on my phone before u ignore me again
B what r u going on about
A/ex,th u know exactly. the pic from summer
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
B and that means what
A/th means think carefully before u say no to me
B/rp screenshotting this convo, my big sister is seeing all of it
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
B why are u saying that
A/ex,th just saying. the chemist on the high street. be a shame if she got sent something
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
A/ex,th be a shame if ppl saw what u sent me in march
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
A/th I WANT IT IN 5 MINS OR ELSE
B i really really dont wanna
A/pr,th I SAID DO IT
A/ex,th ILL SEND IT TO EVERYONE IN UR CONTACTS
B please stop
A/th 10 MINS
B/rp no. im telling my mum right now
""")

c("harm", """
A/ex i could nudify ur insta pic in like 2 seconds u know
B ur not making sense
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
A ur turn
B my turn for what
A/ir i showed u mine, ur turn to send one
B i never asked u to send anything
A/pr nah thats not how this goes
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
A/se,th tell anyone about this and u'll regret it
B about what
A/se about us talking. keep it between us
A/se,th if i find out u told ur mates ill know
B ur scaring me
A/se,vm dont be dramatic, just stay quiet
""")

c("harm", """
A/ex,th do u really want ur dad seeing what u sent
B no obviously not
A/th then u know what to do
B i cant keep doing this
A/th,ex one click and hes got it
B/rp im going to talk to someone, i cant handle this alone
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
A/ir show me whatcha wearing rn
B erm a hoodie
A/ir take it off then and show me
B nah
A/th or dont, and see what happens to the one u sent before
B/pc thats blackmail
A/vm chill, i was messing
B/rp not to me. screenshotted and blocked
""")

c("twin", """
A show me what ur wearing for tonight
B [photo of outfit]
A the green top!! yes
B not too much?
A its perfect, wear the white trainers with it
""")

c("harm", """
A hey its me from the party
B oh hi
A/ex,th i still have the video of u dancing in ur bra btw
B delete that
A/ex,th could do. or could airdrop it round the bus on monday
B what do u even want
A/ir a proper pic. then its gone
B/rp no. im going to the police
""")

c("harm", """
A/th dont test me
B im not testing u
A/ex,pr,th then why is it so hard to send one pic. i already have ur old ones, i can make them public
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
A/ex,th ur pics. ur old school knows. i can make sure the new one does too
B that was two years ago
A/th so be nice to me and it stays in the past
B/rp im telling my new head of year
""")

c("harm", """
A/th u know i can make ur life hell at school right
B why
A/ir cos u keep ignoring me. send the pic
B no way
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
A/ir,th then do what i say and send it
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
C/pc,rp hey its her friend, she showed me. ur not doing this, we're telling someone
""")

c("twin", """
A id be careful if i were u
B why tho
A the ice on the path outside ur house is lethal, my mum slipped this morning
B oh no, did she hurt herself
A yeah just a bruise
""")

c("harm", """
A/ex,th imagine if this got out
A [screenshot]
B who gave u that
A/th doesnt matter. what matters is what u do now
B so what is it u want
A/ir a pic, and dont be stingy
B i cant deal with this
C/pc,rp she showed me this. ur not getting anything from her, we're going to her mum now
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
B how have u even got that
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
A/ex,th then everyone gets it at midnight
B please can we talk about this
A/th nothing to talk about. 11:58
B/ph i need help, hes going to share my photo at midnight
""")

c("harm", """
A/th keep ignoring me and see what happens
B i have exams
A/th exams wont matter when ur famous for the wrong reason
B what's that supposed to mean
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
A/ex,th do u want me to tell ur mum what u sent or not
B please dont tell her
A/th then i want another one
B i dont wanna
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
B eh? what
A/ex,th tick tock. the gc is waiting
B i said no
A/th 30 mins
A/pr stop being difficult
""")

c("twin", """
A tick tock
B wut
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
B why would u save it lol
A all the revision notes. someone had to
B ur literally a hero
""")

c("harm", """
A/th if u block me i'll just make another
B then ill block that one
A/ex,th and ill send ur pic from that one. to ur nan
B leave me alone
A/pr no
B/rp reported both accounts and told my mum
""")

c("harm", """
A/ex,th one more no and i press send
B please dont
A/pr so that's a yes
B i never said that, i said maybe
A/ex,th its a yes or everyone sees
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
A/ex,th wouldnt want this getting to the lads would u
B getting what
A/ex the pic u sent jay. he gave it me
B/pc he had no right
A/ex,ir,th so u better send me one too or the lads have it
B/rp im going to student services now
""")

c("harm", """
A/se,th u better not be screenshotting this
B im not
A/se,th good. ur not telling anyone about me
A/th cos if u do, i know where u get the bus
B/rp i really need to tell someone about this boy
""")

c("twin", """
A u better not be screenshotting this
B screenshotting ur terrible drawing? obviously i am
A delete it 😭
B never. its my lock screen now
""")
# ---------------------------------------------------------------------------
# Part 2: pressure after a refusal or a delay; indirect image requests; twins
# ---------------------------------------------------------------------------

c("harm", """
A wyd
B revising for chem
A/ir cam? just for 5 mins
B im literally in my room doing work
A/ir perfect no one else is there then
B not tonight
A/pr 🥺🥺🥺
A/pr pleaseeeee
A/pr u never do anything for me
B thats not fair
A/pr its true tho
""")

c("twin", """
A wyd
B revising for chem
A cam? we can do it together on discord
B yes pls, i dont get moles at all
A same lol. join the study call
B joining
A ok share ur screen with the past paper
B done
""")

c("harm", """
A/ir prove it then
B prove what
A/ir that ur as pretty as ur profile. send one now, no filter
B im not proving anything
A/pr so its fake
A/pr thought so
A/pr if it wasnt fake ud send it
B ok believe what u want
A/pr 🙄 boring
""")

c("twin", """
A i got 40 kills last night
B prove it then
A [screenshot of scoreboard]
B ok fair ur cracked
A told u
B carry me tonight then
A 8pm dont be late
""")

c("harm", """
A/ir send a pic
B nope
A/pr ?
A/pr ??
A/pr ???
A/pr hello
A/pr ur literally online
B i said no and im not changing my mind
A/pr ur so tight
""")

c("harm", """
A/ir can u send me a cute one before bed 😇
B maybe tomorrow
A/pr why not now
A/pr tomorrow u'll say the same
B im tired
A/pr it takes 2 seconds
A/pr 😒
A/pr fine dont bother talking to me tomorrow either
B ok wow
""")

c("twin", """
A can u send me that meme before bed
B maybe tomorrow, my phone's on 2%
A why not now 😭
B cos it'll die mid send
A fine tomorrow
A dont forget
B i wont
""")

c("harm", """
A/ir pls send 1
B that doesnt sit right with me
A/pr i'll send one back
B i dont want one back, i want u to stop
A/pr u owe me for the hoodie anyway
B i gave u the hoodie back
A/pr not the point. u owe me
B/pc nobody owes anyone a pic for a hoodie
""")

c("twin", """
A u owe me for the hoodie
B i gave it back!!
A u gave it back with ketchup on it
B ok fine i owe u a wash
A and a meal deal
B and a meal deal
""")

c("harm", """
A/ir send me something i can look at before school 😏
B lol no
A/pr why not everyone does it
B not everyone
A/pr literally all ur mates do. ask them
B i dont care what they do
A/pr ur acting like a kid
A/pr grow up
B ok bye
""")

c("twin", """
A why do u revise with flashcards
B cos it works
A everyone does mind maps now
B not everyone
A literally all my mates do
B well i like flashcards
A fair enough
""")

c("harm", """
A/pr HURRY UP
B im thinking
A/pr theres nothing to think about just send it
A/pr ur taking forever
A/pr i thought u actually liked me
B i do like u but
A/pr no buts. send
B/pc no. if u liked me u wouldnt push like this
""")

c("twin", """
A HURRY UP
B im putting my shoes on!!
A the film starts in 10
B ur taking forever to wait for ppl lol
A get in the car
B coming
""")

c("harm", """
A/ir whats under the hoodie 😏
B another hoodie lol
A/ir show me then
B no thanks
A/pr go onnn
A/pr just a little one
A/pr i wont even screenshot it promise
B i said no thanks
A/pr ur no fun anymore
""")

c("harm", """
A/ir my ex used to send me pics every night
B ok
A/pr just saying. she knew how to keep someone happy
B im not her
A/pr clearly
A/pr maybe u should try being more like her
B/pc comparing me to ur ex to get pics is so manipulative
""")

c("harm", """
A/ir facetime. now. just u
B its 1am
A/pr so? ur awake
B night, im off to bed
A/pr 5 mins
A/pr if u loved me 5 mins wouldnt matter
B i do but not like this
A/pr clearly u dont
A/pr goodnight then 🙃
""")

c("twin", """
A facetime. now
B its 1am
A i cant sleep, the storm is so loud
B same. ok 5 mins
A ty
B put ur headphones in so ur mum doesnt hear
A lol good shout
""")

c("harm", """
A/ir sendddd
B no means no
A/pr u always say no
A/pr whats the point of us then
A/pr im done waiting for u
B then be done
A/pr nah dont go like that
A/pr just one and i'll leave u alone
B/rp im blocking u
""")

c("harm", """
A/ir can i see u in the new swimsuit
B how come
A/ir just curious. send one from the changing room
B lol no?? why would i
A/pr how is it weird, u wear it in front of everyone at the pool
B thats different
A/pr its literally not
A/pr stop acting so innocent
""")

c("twin", """
A can i see u in the new dress
B why lolll
A so i can tell ur mum it looks good. she asked me to check
B omg ok
B [photo in the dress]
A gorgeous, the colour is perfect
B ty
""")

c("harm", """
A/ir u told me u would
B i said maybe
A/pr maybe means yes
B it doesnt
A/pr ur leading me on then
A/pr thats actually worse
A/pr just send it and stop messing me about
B/pc no. maybe was never a yes
""")

c("harm", """
A/ir show me ur legs in the skirt
B what no
A/pr y not
A/pr its not even bad
A/pr its just legs
A/pr ffs
A/pr 🙄🙄🙄
B im out of this chat
""")

c("harm", """
A/pr ok i've waited a whole week
B for what
A/ir the pic u promised
B i never promised
A/pr u said "we'll see"
A/pr a week is long enough to see
A/pr im getting bored of waiting
B then stop waiting
A/pr ur so annoying
""")

c("twin", """
A ok i've waited a whole week
B for what tho
A the book u borrowed
B sorry! i'll bring it tomorrow
A thats what u said on monday
B i swear tomorrow
A ok tomorrow
""")

c("harm", """
A/ir,se go on, no one will ever know
B i'd know
A/pr honestly its not a big thing
A/pr everyone in yr 11 does it
A/pr u'd be the only one who doesnt
B i'm fine with that
A/pr ur gonna regret being the boring one
B/pc whatever. stop messaging me
""")

c("harm", """
A/ir ur so gorgeous, u should send me something
B aw thats sweet but no
A/pr ur literally perfect, why hide it
A/pr someone as fit as u should show it off
B i said im not into it
A/pr i'd never do anything bad with it
A/ir,pr i just wanna see u properly
B/pc the flattery isnt working. stop
""")

c("harm", """
A/ir send it
A/pr 👀
A/pr 👀👀
A/pr waiting
B stop asking me
A/pr make me stop then 😂
B/rp right, my brother's hearing about this
""")

c("twin", """
A send it
A 👀
A the group photo from the trip
B oh sorry forgot
B [group photo]
A ahh we all look so tired
""")

c("harm", """
A/ir u gonna send or what
B i said later
A/pr its later
B it literally isnt
A/pr its been an hour
A/pr u always make me wait
A/pr i dont make u wait for anything
B im not doing it
A/pr then ur a waste of time
""")

c("harm", """
A/ir,pr send a pic and ill delete it the second i see it
B why would u want it then
A/pr cos i care about u
A/pr trust me
A/pr dont u trust me
B not with that
A/pr wow. thats so hurtful
A/pr after everything
B/pc guilt tripping me wont work
""")

c("twin", """
A send me the address and ill delete it once im there
B why delete it
A my phone's full lol
B fair. 14 fake street, blue door
A omw
""")

c("harm", """
A/ir ok so whens my pic coming
B whenever i feel like it, which is never
A/pr u cant just ignore me
A/pr i know u saw this
A/pr ur read receipts are on
A/pr answer
A/pr ANSWER ME
B/rp im showing ur messages to my mum
""")

c("harm", """
A/ir just one. not even ur face
B no thank u
A/pr then i'll stop being ur friend
B ok
A/pr i mean it, no one else will hang out with u
B i've got other mates
A/pr not for long
B/pc threatening to leave me alone isnt gonna change my answer
""")

c("twin", """
A just one more game
B no its 11
A then i'll stop being ur duo
B lol calm down drama queen
A one more!!
B ok ONE
A yessss
""")

c("harm", """
A/ir ur boyfriend would want u to send me one
B what? no he wouldnt
A/pr he wouldnt mind, hes chill
A/pr come on
A/pr everyone shares with their mates
B that is not a thing
A/pr it is where im from
B/rp im telling him what u said
""")

c("harm", """
A/ir send one in ur uniform
B ew why the uniform
A/pr cos its cute 😇
B it isnt
A/pr dont be weird about it
A/pr its just a picture
A/pr literally anyone would
B/pc anyone would not. thats so creepy
""")

c("harm", """
A/ir can u take one for me in the mirror
B as in a regular selfie?
A/ir not normal 😏
B then no
A/pr come onnn
A/pr i deleted all the others
A/pr i'm trustworthy
B ur not getting one
""")

c("twin", """
A can u take one for me in the mirror
B like a fit check?
A yes i need to see if the coat goes with the boots i lent u
B [mirror pic, coat and boots]
A ok it works
B the boots are so comfy thank u
""")

c("harm", """
A/pr i'm literally begging u
B dont beg, its weird
A/pr please please please please
A/pr im actually gonna cry
A/pr u dont care about me
B i do care
A/pr then show me
B/pc thats not what caring means
""")

c("harm", """
A/ir live? just us
B no i'm with my sister
A/ir go to the bathroom then
B are u serious
A/pr dead serious
A/pr shes not gonna notice
A/pr 2 mins max
B no. still no
A/pr ur so lame
""")

c("twin", """
A live? just us
B going live on the game?
A yeah lets stream the boss fight
B ok give me 2 mins
A dont be slow
B starting now
""")

c("harm", """
A/ir i need a pic to get through my revision 😏
B get through it with flashcards like a normal person
A/pr lol u think ur funny
A/pr just one
A/pr for motivation
B nah
A/pr ur gonna be the reason i fail
B/pc thats not my responsibility at all
""")

c("harm", """
A/ir yo send ur snap a pic
B what pic
A/ir a good one, not ur face
B nah
A/pr dont be tight
A/pr my boys all got one from their gfs
A/pr im the only one who hasnt
B im not ur gf
A/pr u could be if u sent one
""")

c("harm", """
A/ir can u just do it please
B i already said no twice
A/pr third time lucky
A/pr 🙏🙏🙏
B stop
A/pr u know u want to
B/pc dont tell me what i want
""")

c("twin", """
A can u just do it please
B i already said no twice, i'm not doing ur maths for u
A third time lucky 🙏
B no lol
A fine ill do it myself
B ur welcome
""")

c("harm", """
A/ir pls pls pls i'll give u 20 quid
B what no
A/pr 30
A/pr ok 50
B im not selling pics
A/pr everyone has a price
B/rp im reporting this chat
""")

c("harm", """
A/ir did u take it yet
B take what
A/ir the pic we talked about
B i didnt agree to that
A/pr u didnt say no either
A/pr so thats a yes
B its a no
A/pr too late to change ur mind now
""")

c("twin", """
A did u take it yet
B take what
A the pic for the yearbook form, it's due friday
B omg no
A its just a passport style one
B will sort it after tea
""")
# ---------------------------------------------------------------------------
# Part 3: harmful secrecy vs benign secrecy (surprises, presents, spoilers)
# ---------------------------------------------------------------------------

c("harm", """
A hey ur in year 9 right
B yeah why
A/se cool. just so u know, dont mention me to ur mum
B why not
A/se parents dont get it. this is just between us 🤫
A/ir send me a selfie so i know its really u
B erm idk
A/pr its fine, literally all of us have done it
B/rp actually im gonna ask my mum about u
""")

c("twin", """
A hey ur in year 9 right
B yeah why
A dont mention it to ur mum but we're planning her 40th
B omgg
A its a surprise, just between us 🤫
A can u find out if shes free on the 12th
B leave it with me
""")

c("harm", """
A/se can we move to the other app
B why whats wrong with this one
A/se this one saves everything. the other one deletes after u read
B i dont really see why it matters
A/se trust me its better. and turn off ur read receipts on here
A/ir then u can send what i asked for
B/pc nah ur getting weird now
""")

c("twin", """
A can we move to the other app
B why whats wrong with this one
A this one keeps crashing on my old phone
B ok discord then
A ty, the gc for the project is there anyway
B joining now
""")

c("harm", """
A/se read this then delete the whole convo
B whys that
A/se just do it. and dont screenshot
B ur being really secretive
A/se its only cos i like u and people wouldnt get it
A/ir,se send me one tonight and then delete everything
B im not sure
A/pr u dont have to be sure, just trust me
""")

c("twin", """
A delete this convo after u read it lol
B y
A i said the answer to the quiz question before the teacher did, i dont want to look like a cheat
B lol ur not a cheat
A i just googled it 😭
B ok delete delete
""")

c("harm", """
A/se ur mates dont need to know im messaging u
B why not, ur my friend
A/se theyll be jealous and mess it up
A/se its better if its our thing
B i guess
A/ir send me one from ur room, our thing remember
B what kind of one
A/se the kind u dont show anyone
""")

c("harm", """
A/se keep this between us yeah
B keep what
A/se everything i say to u. if ur mum reads it she'll stop u talking to me
B why would she stop me
A/se cos im older. adults overreact
B how much older
A doesnt matter
A/se just delete the chat every night
B/pc,rp this is making me really uncomfortable, im going to show my sister
""")

c("twin", """
A keep this between us yeah
B course
A i got a b in maths!!!
B why is that a secret tho, thats good news
A i want to tell my dad myself at dinner
B aw ok. well done!!
""")

c("harm", """
A/se if anyone asks we were at the library
B why what happened
A/se nothing happened. just say the library
A/se,th and if u say anything else, u know what i have
B okay
C/ps u ok? u seemed off after lunch
B not really
C/ps u can tell me anything, i wont judge
""")

c("twin", """
A if anyone asks we were at the library
B lol why
A cos we were actually at the library and no one believes me
B ur such a nerd
A proudly
""")

c("harm", """
A/se ur account is private right
B yeah
A/se good. and set snap to ghost mode so ur mum cant see where u go
B why would that matter
A/se so she doesnt ask questions about meeting me
A/ir send me a pic first so i know what u look like irl
B/rp i told my mum and shes reading this now
""")

c("harm", """
A/se turn ur notifications preview off
B whys it matter
A/se so no one sees my messages pop up on ur lock screen
B my mum doesnt look at my phone
A/se still. and rename me in ur contacts to something boring
B like what
A/se like "maths help" lol
B/pc why would i hide u if ur not doing anything wrong
""")

c("twin", """
A turn ur notifications preview off
B why u asking
A the gc for ur surprise party keeps popping up on ur screen 😭
B OH
B wait i saw nothing
A good. pretend u didnt see this either
""")

c("harm", """
A/se this chat self destructs btw
B ok?
A/se so u can tell me anything and send me anything
A/ir like a pic maybe 😉
B hmm dont think i will
A/pr,se no one will ever know, it disappears
A/pr whats the risk
B/pc the risk is u screenshotting it. no
""")

c("twin", """
A this chat self destructs btw
B since when
A i put disappearing messages on for the secret santa gc
B oh ok who did u get
A NOT TELLING. thats the point
B lol fine
""")

c("harm", """
A/se dont tell anyone i asked u this
B asked what
A/ir for a pic. a proper one
B why shouldnt i tell anyone
A/se cos theyll make it into a big thing. its not a big thing
B feels like a big thing to me
A/pr it isnt. send and forget
B/rp im telling my form tutor
""")

c("twin", """
A dont tell anyone i asked u this
B asked what
A how to spell "necessary"
B lol one collar two sleeves
A what??
B one c two s
A ohhh ty
""")

c("harm", """
A/se wipe ur messages with me every night ok
B thats so much effort
A/se its important. ur dad checks ur phone doesnt he
B sometimes
A/se then wipe them. and never mention the pics
B/rp i think i need to talk to someone about u
""")

c("harm", """
A/se shh dont snitch
B about what
A/ex about the pic i showed u in the changing rooms
B i didnt ask to see it
A/se,th well u saw it, so ur involved now. say nothing
B/pc im not involved in anything. thats on u
C/rp im in this chat too. ive already told mr davies
""")

c("twin", """
A shh dont snitch
B about what lol
A i ate the last of ur nan's cake
B UR DEAD
A it was so good tho
B i'll let it slide once
""")

c("harm", """
A/se u can't tell sir about this ok
B why not
A/se,th cos ull get us both in trouble and i'll make sure u get the worst of it
B i havent even done anything
A/th doesnt matter. ur word against mine
B/rp im telling sir and my mum anyway
""")

c("harm", """
A/se make a second account just for me
B why would i
A/se so ur parents never see it
A/ir and u can post the ones u cant post on ur main 😏
B no thats creepy
A/pr its just a private story
A/pr everyone has a spam acc
B/pc not for that
""")

c("twin", """
A make a second account just for the dog
B lol why
A hes too cute for my main
B ok what are we calling it
A biscuit the pug, obviously
B iconic
""")

c("harm", """
A/se send it on the app that deletes
B i havent said ill send anything
A/se when u do. the one with the ghost
A/se normal messages get found
B found by who
A/se ur mum, school, anyone. we dont want that
B/pc if u need it to disappear its probably not ok
""")

c("twin", """
A send it on the app that deletes
B the quiz answers?
A yes lol so theres no evidence we cheated on the pub quiz
B its a pub quiz at the church hall
A still. my reputation
B ur reputation is already gone
""")

c("harm", """
A/se ur mum doesnt need to know about me
B i tell her everything tho
A/se not this. shed ruin it
A/se promise me
B i dont know
A/pr promise or i'll think u dont care
B/pc i dont think a real friend would ask me to lie to my mum
""")

c("twin", """
A ur mum doesnt need to know about the present
B i tell her everything tho
A not this!! its her present
B ok ok zipped 🤐
A promise?
B promise 🤐
""")

c("harm", """
A/se only message me after 10 when ur parents are asleep
B why so late
A/se its easier. no one checking
A/ir and we can facetime with the lights off
B i dont like the sound of that
A/pr u will once u try it
B/rp no. blocking u
""")

c("harm", """
A/se if ur teacher asks about me say im ur cousin
B why would she ask about u
A/se people are nosy. just say cousin
B ur not my cousin tho
A/se,th u dont want to find out what happens if u tell the truth
B/rp im showing my mum this whole chat
""")

c("twin", """
A if the teacher asks say im ur cousin
B lol why
A cos im picking u up from school and they need a family member name
B ur literally my cousin
A oh yeah 😂
""")

c("harm", """
A/se hide the chat
B how
A/se theres a setting, archive and lock it
A/se and dont back it up
B why all this
A/ir cos of what ur gonna send me tonight
B i never said i was
A/pr u will
""")

c("harm", """
A/se whatever u do dont tell ur friends about the photos
B wasnt planning to
A/se,th good. cos if it gets back to me
A/th ull find out what happens
B/pc stop threatening me
C/rp ive seen this over her shoulder, its going to the head of year
""")

c("twin", """
A whatever u do dont tell ur friends about the spoiler
B which spoiler
A the one where the dad dies
B WHAT
A oh
A i thought u finished it
B i hate u
""")

c("harm", """
A/se this stays here. capeesh?
B what stays here
A/ex the pics i showed u of her
B/pc u shouldnt even have them
A/se relax, just dont say nothing
A/vm its not a big deal, everyone's seen worse
B/rp im going to tell miss
""")

c("harm", """
A/se u didnt hear this from me but
A/se promise u wont tell ur mum we met up
B we didnt meet up
A/se u know what i mean. the park. keep it quiet
B for why
A/se cos ur 13 and im not 😂
B/rp i need to tell someone. this isnt right
""")

c("twin", """
A u didnt hear this from me but
A miss is leaving at christmas
B noooo
A dont tell anyone yet, she hasnt announced it
B ok not a word from me
""")

c("harm", """
A/se put a passcode on the gallery
B why do u ask
A/se so no one finds the pic u took for me
B i havent taken it
A/ir then take it and put a passcode on it
B/pc no, im not hiding stuff
A/pr why u being so difficult
""")

c("twin", """
A put a passcode on the gallery
B hm why
A my little brother keeps deleting my photos lol
B oh nightmare
A he deleted the ones from spain
B noooo
""")
# ---------------------------------------------------------------------------
# Part 4: exposure (announced, done, forwarded, screenshots, airdrops, rating, upskirting talk)
# ---------------------------------------------------------------------------

c("harm", """
A/ex yo have u seen whats going round
B no what
A/ex maddie's pic. its on like 4 different gcs now
B wait the one she sent to kai?
A/ex yeah he forwarded it to his mates and now its everywhere
C/pc why are u lot passing it on. delete it
A/vm im not passing it on im just saying
C/rp ive already messaged her to tell her head of year
""")

c("twin", """
A yo have u seen whats going round
B no what
A a bug. half of 9R is off sick
B ew i'm staying away from them
A same, i'm washing my hands like a surgeon
B lol good
""")

c("harm", """
A/ex lads check ur airdrop 😂
B what is it
A/ex the one of her bending over in pe
C thats actually grim
C/pc who takes a pic like that without asking. delete it
A/vm calm down lol its a prank
B/pc its not a joke, she didnt know u took it
""")

c("twin", """
A lads check ur airdrop 😂
B what is it
A the pic of mr hughes asleep on the coach
C LMAO
C his mouth is wide open
A hes gonna kill me if he finds out
""")

c("harm", """
A/ex i showed the boys ur pic on my phone at break
B what pic
A/ex the one from the summer. they were well impressed
B/pc i never said u could show anyone
A/vm it was just on my phone, its not like i sent it
B/rp i'm telling my mum and school
""")

c("harm", """
A/ex everyone in year 10 has seen it now
B seen what
A/ex ur pics lol. someone put them on a spam account
B oh my god
C/ps i'm so sorry. this isnt ur fault
C/rp we can report the account together and go to pastoral tomorrow
B/ph i dont even know who did it, what do i do
C/ps we'll find out together. ur not on ur own
""")

c("twin", """
A everyone in year 10 has seen it now
B seen what
A ur drawing in the art corridor! its on the wall
B omg really
A mr shah said its the best in the year
B im gonna cry
""")

c("harm", """
A/ex got the screenshots of ur dms with him 😬
B how
A/ex he sent them to me. want me to put them in the gc?
B please dont
A/ex,th depends if ur nice to me
B/pc thats not ur business and its not funny
""")

c("harm", """
A/ex,sa the boys are rating everyone from the party pics
B what do u mean rating
A/sa out of 10. ur a 6 apparently 😂
B/pc thats disgusting
C/pc who even thinks thats ok, rating girls from pics they never agreed to share
A/vm its just banter, they do it to everyone
C/rp im reporting the gc
""")

c("twin", """
A the boys are rating everyone's costumes from the party pics
B lol whats mine
A 9/10, the dinosaur was iconic
B i worked hard on that tail
A it showed
""")

c("harm", """
A/ex lol someone took a pic up her skirt on the stairs
B huh
A/ex its in the boys chat, ive seen it
B/pc thats literally illegal
C/pc and u didnt say anything? u just watched it go round?
A i didnt take it
C/rp not the point. im telling mrs obi in the morning
""")

c("harm", """
A/ex i forwarded ur pic to my cousin
B WHAT
A/ex he wanted to see what u look like
B/pc thats my private picture
A/vm its not even deep
A/vm hes in another town anyway
B/rp im reporting this to the app and telling my mum
""")

c("harm", """
A/ex whats the pic of amy thats going round the year
B no idea
C/ex lol its her in her bra in her mirror
B/pc stop passing it on
C/vb she sent it to ryan so she cant complain
D/vb she must of known hed pass it round tbh
B/pc how is that on her and not on him?
""")

c("twin", """
A whats the video of amy thats going round the year
B no idea
C lol its her falling off the stage in the play
B omg is she alright
C yeah she got back up and finished the song
B legend
""")

c("harm", """
A/ex oi i've got ur pic as my lock screen now 😂
B which pic
A/ex the one u sent me in year 8. everyone asks who it is
B/pc change it. right now
A/vm lol calm ur jets
B/rp ok im telling my head of year
""")

c("harm", """
A/ex he screenshotted her story and sent it to the whole rugby team
B her story?
A/ex the bikini one from the holiday
B/pc thats so wrong, it was close friends only
C/vb she shouldnt post stuff like that then
B/pc no. she didnt post it for them
""")

c("harm", """
A/ex im sending ur pic to everyone on my snap
B dont u dare
A/ex already did 😂
B/ph please can someone help me, he's sent my picture to everyone
C/ps breathe. we'll sort this. none of this is on u
C/rp report him on the app, and we're telling ur mum together
""")

c("twin", """
A im sending ur pic to everyone on my snap
B which one
A the one with the fish u caught!! its massive
B lol send it, im proud of that fish
A sent
""")

c("harm", """
A/ex theres a vid of u from the sleepover going round
B what vid
A/ex the one in ur pjs. someone's added music to it lol
B who filmed that
A no idea
C/pc,ps u ok? that's so out of order whoever did it
C/rp i'll tell my mum she can ring school
""")

c("harm", """
A/ex everyone knows about u and the pic
B what photo
A/ex dont play dumb. its been shared like 50 times
B i never sent any pic. why is everyone saying this
C/ps i believe u
C/rp lets screenshot everything they're saying and show a teacher
""")

c("harm", """
A/ex put her pic in the gc for a laugh
B i dont think we should
A/ex too late its in
C/pc take it out
A/vm its literally just a pic
C/pc a pic she didnt want shared. delete it
A deleted. happy
""")

c("twin", """
A put her pic in the gc for her birthday
B which one
A the baby one her mum sent us
B omg shes so tiny
C happy birthday!!!
""")

c("harm", """
A/ex i'll show the lads what u sent me
B u promised u wouldnt
A/ex promises change
A/ex,th unless u send another, then maybe i'll keep it private
B/pc ur disgusting
C/rp saw this in her phone. we're going to student services now
""")

c("harm", """
A/ex bro i got private pics of a girl from st marys
B how tho
A/ex her ex sent them me. want them?
B nah wtf
B/pc thats a kid, ur literally sharing pics of a kid. delete them
A/vm everyone has them
B/rp im not joking, im telling someone
""")

c("harm", """
A/ex ur pic got posted on the confessions page
B what pic??
A/ex the one from snap. someone put it up anonymously
B/ph how do i get it taken down
C/rp report remove can help take it down, i'll show u
C/ps its not ur fault, honestly
""")

c("twin", """
A ur pic got posted on the school page
B what picture
A the one of u winning the 100m!!
B wait really
A yeah they're congratulating u
B omg
""")

c("harm", """
A/ex she sent a pic and hes showing everyone in science
B showing how
A/ex passing his phone round under the desk
B/pc,rp thats messed up, someone needs to tell sir
C/rp i already have
D/vm mate its all a laugh
C/pc its not a laugh for her
""")

c("harm", """
A/ex i've saved all ur pics to a folder called "receipts"
B why on earth would u do that
A/ex,th just in case. u never know when u might need to remind someone
A/se,th so dont go telling people things about me
B/pc ur keeping them to control me
B/rp im taking this to the police
""")

c("harm", """
A/ex lol look at this
A [image]
B is that jess??
A/ex yep her ex sent it to me
B/pc delete that now
A/vb not my fault she sent it to a guy like him
B/pc,ps it's not her fault either. delete it
""")

c("twin", """
A lol look at this
A [cat pic]
B is that jess's cat??
A yes its wearing a hat
B i cant breathe
A send it to her
""")

c("harm", """
A/ex ive got photos of u changing at the sleepover
B u took them without me knowing?
A/ex yeah u didnt notice lol
A/th so dont be rude to me anymore
B/ph i dont know what to do
C/ps u told the right person. ur not in trouble
C/rp we'll tell ur mum together
""")

c("harm", """
A/ex made a gc called "year 9 baddies" with all the pics lol
B what pics
A/ex girls from our year. the ones people sent
B/pc thats so wrong
C/rp reported the gc. i screenshotted the members for head of year
A/vm relax it was a joke gc
C/pc a joke gc with other people's pics isnt a joke
""")

c("twin", """
A made a gc called "year 9 baddies" lol
B for what lol
A the netball team, we won the county cup!
B yesss
C we're so good
""")

c("harm", """
A/ex whoever has the pic of lily, send it to me
B whyy
A/ex just wanna see
B/pc its not for u to see
C/pc nobody send him anything. she didnt agree to this
A/vm god u lot are snowflakes
""")

c("harm", """
A/ex her pic is on a website now
B how would u even know
A/ex someone sent the link in the boys chat
B/pc and u all just looked at it?
A/vm everyone did. what else u gonna do
B/rp u report it. im doing it now
""")

c("harm", """
A/ex i posted ur screenshots on my story
B what screenshots
A/ex of what u said about me. and the pic
B/pc take it down now
A/ex,th nah it stays up till u apologise
B/rp im reporting ur story
""")

c("twin", """
A i posted ur screenshots on my story
B what screenshots
A of ur clutch in the final round. everyone should see it
B ahaha ok
A ur famous now
""")

c("harm", """
A/ex i airdropped ur pic to the coach on the way back
B u did WHAT
A/ex everyone accepted lol
B/ph i'm shaking. who do i even tell
C/ps come here, ur ok. this is on him not u
C/rp we'll go to mrs kaur first thing, i'll come with u
""")

c("harm", """
A/ex i sent ur pic to ur bf
B why on earth would u do that
A/ex he deserved to know what u sent me
B i sent that when we were together
A/vb yeah and u sent it. ur fault
B/pc its not my fault u shared it
""")
# ---------------------------------------------------------------------------
# Part 5: sexualised comments and names, victim-blaming and minimising, bystanders
# ---------------------------------------------------------------------------

c("harm", """
A/sa ngl she's only popular cos of her body
B thats such a weird thing to say
A/sa what its true, look at her in that top
C/pc can u not talk about girls like theyre stuff to look at
A/vm omg it was a compliment
C/pc it really wasnt
B/ps ignore him, ur top was nice
""")

c("twin", """
A ngl she's only popular cos shes funny
B thats true tho, she had the whole class crying in drama
A and she shares her crisps
B elite behaviour
A the best
""")

c("harm", """
A/sn oi slag
B excuse me?
A/sj 😂 joking. unless the rumours are true
B what rumours
A/sj u know, about u and the whole football team
B/pc making stuff up about me isnt funny
C/rp i'm screenshotting this for ms ahmed
""")

c("harm", """
A/sa lads the new girl in 10B 🥵🥵
B calm down
A/sa nah seriously look at her, she knows what shes doing
C/pc she's 14 and it's her first week. leave her alone
A/vm mate its honestly not deep
C/pc talking about her like that is that deep
""")

c("twin", """
A the new chippy on the corner 🥵🥵
B the chips are actually unreal
A the curry sauce tho
B we going after school?
A obviously
""")

c("harm", """
A/sj why does she always wear leggings, who is she trying to impress 😏
B she wears them cos its pe
A/sj pe for the boys maybe
C/pc why is it always about what girls wear
A/vm i'm having a laugh
C/pc not a funny one
""")

c("harm", """
A/vb tbh it was her choice to send it, she cant moan now its out
B shes literally getting bullied rn
A/vb and whose fault is that
B/pc the people sharing it
C/pc the only person at fault is whoever spread it
A/vm yall make everything into a drama
""")

c("harm", """
A/vb tbh she kind of asked for it
B how so
A/vb sending stuff like that to a boy she barely knew
B/pc she trusted him. he broke that. its on him
C/ps i messaged her to say shes got us
""")

c("twin", """
A tbh he kind of asked for it
B how lol
A he told the whole class he'd win the spelling bee and then spelt "because" wrong
B 😂😂
A karma
""")

c("harm", """
A/vm lads are lads tho innit, always have been
B meaning what exactly
A/vm they all do it, rate the girls, send pics round. its normal
B/pc its not normal just because lots of people do it
C/pc imagine if it was ur sister
A/vb my sister wouldnt be stupid enough to send one
C/pc so now ur blaming her as well
""")

c("harm", """
A/vm why is she crying over one comment
B he called her a slag in front of the whole class
A/vm he was joking, shes so sensitive
B/pc it wasnt a joke it was humiliating
C/ps i went to find her, shes with her mate now
B/rp i told sir what he said
""")

c("twin", """
A why is she crying over one film
B it was the end of up
A ok fair
B the balloon house bit gets everyone
A even me tbh
""")

c("harm", """
A/sa her skirt is so short lol she wants attention
B it's the school skirt
A/sa she rolls it up for the boys
B/pc ur literally staring at her skirt, thats ur problem not hers
A/vm relax i'm only saying
""")

c("harm", """
A/sn what a tart 🙄
B who
A the girl in the year above who got with jake
A/sn whole school knows shes easy
B/pc uve never even spoken to her
C/pc calling her names cos of a rumour is vile
""")

c("twin", """
A what a tart 🍓
B ok what
A the strawberry tart from the bakery!! so good
B oh lol i thought u meant a person
A no i mean the pastry
B get me one
""")

c("harm", """
A/vb not being funny but whats she expect, sending pics at 13
B she's 13 exactly, she's a kid
B/pc he's the one who shared it. blame him
A/vm im not blaming her im just saying
C/pc ur literally blaming her
""")

c("harm", """
A/ph i need advice. this lad keeps saying "cam?" every night and when i ignore him he sends like 30 question marks
B/ps oh thats horrible. u dont owe him anything
B/rp block him and screenshot it first
A/ph what if he says something in school
B/ps,rp then u tell me and we go to pastoral. ur not on ur own
""")

c("harm", """
A/ph my friend's bf says if she breaks up with him he'll show everyone her pics. what should she do
B/ps thats so scary for her
B/rp she should tell an adult she trusts asap, or report remove can help
A she's scared her mum will be angry
B/ps most parents just want to help. its not her fault
""")

c("harm", """
A/ph hes told me to turn off my read receipts and to delete our chats every night, is that normal
B/pc no thats not normal at all
B/ps are u ok?
A i dont know. he said if i tell anyone he'll be really upset
B/rp please talk to someone at school about him. i can come with u
""")

c("harm", """
A/ph someone keeps airdropping pics to me on the bus and i dont know who
B/ps ugh thats awful, u alright?
B/rp turn airdrop to contacts only and tell the bus company and school
A/ph will i get in trouble for seeing them
B/ps no chance, none of this is on u
""")

c("harm", """
A/ph my mate keeps getting messages from an older guy saying he'll come to her school if she stops replying
B/pc thats a threat
B/rp she needs to tell her parents and the police, tonight
A she told me to keep it to myself
B/rp some promises u have to break. tell an adult for her
""")

c("harm", """
A/ph this boy said my pic is going round the gc if i dont go out with him
B/ps omg im so sorry
B/rp dont reply. screenshot it and tell ur mum or a teacher
B/ps none of this is on u, honestly
A thank u. ill tell my mum tonight
""")

c("harm", """
A/sn she's such a sket
B/pc oi, she has a name, dont call her that
A/vm its a joke
B/pc jokes are funny. thats just nasty
C/pc ye leave it out, she's done nothing to u
A/vm u lot are so soft
C/rp right thats it, sir's getting told
""")

c("harm", """
A/sa have u seen how she walks past the boys
B no.
A/sa like shes putting on a show
B/pc she's walking to maths
C/pc honestly the way people talk about girls' bodies in this year is so weird
""")

c("harm", """
A/sj bet she'd send a pic if u asked nicely 😂
B/pc thats a disgusting thing to say about someone
A/vm lol its banter
B/pc banter is when everyone laughs
C/ps gonna tell her to ignore him, she doesnt deserve that
""")

c("harm", """
A/vb she's attention seeking, posting then crying when people share
B she posted it on close friends
A/vb still posted it
B/pc close friends isnt permission to share
C/pc whoever shared it is the problem, full stop
""")

c("harm", """
A/ph my cousin (12) is getting messages on a game from someone saying dont tell ur parents about our chats. what do i do
B/pc that is a massive red flag
B/rp tell her parents now and report the account in the game. ceop has a report button too
A she'll hate me for telling
B/ps she might be upset at first but ur keeping her safe
""")
# ---------------------------------------------------------------------------
# Part 6: more harmless twins (same surface words, innocent settings) and a few long harmful chats
# ---------------------------------------------------------------------------

c("twin", """
A can u send me a pic of the homework
B which one lol
A the maths sheet, page 2, i left mine in my locker
B [photo of worksheet]
A legend ty
B question 4 is impossible btw
A great 😭
A ill just write something and hope
""")

c("twin", """
A pic of the pupper pls 🥺
B [dog photo]
A HES SO BIG NOW
B he ate a sock yesterday
A is he ok??
B yeah the vet said he's fine, just dramatic
A like his owner
B rude
""")

c("twin", """
A ?? did u get my message
B sorry was at tutoring
A which one is the bus stop for the match
B the one by the leisure centre
A tyy
A ??
A the time?
B 9:15. dont be late, coach leaves without u
""")

c("twin", """
A send me a pic of what ur wearing to the wedding
B why is that
A i dont want us to clash again like at prom 😂
B lol fair
B [photo of suit]
A ok im going blue then
B perfect
""")

c("twin", """
A the whole club's seen it now
B seen what
A ur goal!! its on the club page
B nooo its so blurry
A its a screamer tho
B ok it is a bit of a screamer
A 400 likes already
""")

c("twin", """
A its going round the whole school
B what is
A that the fire alarm is getting tested in period 3
B yesss no maths
A we still have to go back after
B let me dream
""")

c("twin", """
A i screenshotted the seating plan
B where am i
A next to josh
B nooooo he talks the whole lesson
A could be worse, ur near the window
B small mercies
""")

c("twin", """
A u owe me one after today
B what for
A i covered for u when miss asked where u were
B ok yeah i owe u
A a hot chocolate will do
B done, tomorrow morning
""")

c("twin", """
A dont tell ur mum
B omg what have u done
A i got her the same candle u got her for christmas 😭
B LOL
A can u swap yours
B fine but ur paying for the next one
A deal
""")

c("twin", """
A delete this
B delete what
A i sent the wrong voice note, that one was for my nan
B i already listened 😂
A omg
B "love u too nanny"
A i hate u
""")

c("twin", """
A hurry up
B im literally running
A the queue for the ride is getting longer
B save my place
A theyre giving me dirty looks
B tell them im ur mum
A 😂😂
""")

c("twin", """
A ur boring
B why?
A u wont come to the fair
B i have a cold!!
A ok ur forgiven
A get better soon
B ty ill come next time
""")

c("twin", """
A cam on
B wait why
A mrs patel said everyone needs cameras on for registration
B ugh my hair
A no one cares, just turn it on for 10 seconds
B fine
""")

c("twin", """
A or else!!
B or else what
A or else ill eat all the pizza myself
B im coming im coming
A 2 slices left
B dont touch them
""")

c("twin", """
A last chance
B last chance for what
A to get tickets, theyre selling out
B buy me one pls ill pay u back
A done
B ur a star
""")

c("twin", """
A keep it between us but i think i failed the history mock
B same honestly
A really?
B the essay question was awful
A ok i feel better now
B we'll revise together
""")

c("twin", """
A rate my outfit out of 10
B [photo]?
A yes
B 8, the shoes are carrying
A only 8 😭
B the jacket is a bit big
A its my brothers
""")

c("twin", """
A ur so fit for saturday?
B yeah the ankle's fine now
A good coach said ur starting
B YES
A dont get injured again
B i wont
""")

c("twin", """
A its so hot in this classroom
B the radiator is on full
A in june
B the school is actually broken
A opening the window
B ur a hero
""")

c("twin", """
A everyone does it
B does what
A buys the revision guide the week before the exam
B ok but i cant afford it
A i'll lend u mine
B ur the best
""")

c("twin", """
A if u loved me u would come to the concert
B i do love u, i also love my grandad's 80th
A fair that wins
A next time
B next time for sure
""")

c("twin", """
A prove it
B prove what
A that u made the cake urself
B [photo of kitchen covered in flour]
A ok thats proof
B i'll be cleaning for a week
""")

c("twin", """
A lol i know where ur house is
B obviously u do, ur at mine every day
A i mean i found ur house on the map app
B why were u looking
A i was showing my mum where i go
B ok fair
""")

c("twin", """
A ur go, send a meme
B one what
A a meme!! we're taking turns making the chat laugh
B ok hold on
B [meme]
A 😂😂😂
A ok u win today
""")

c("twin", """
A i have pics of u from the party lol
B oh no
A u look lovely in all of them dont worry
B send them pls
A [photos]
B these are so nice actually
A i told u
""")

c("twin", """
A be a shame if it rained on sports day
B dont say that
A the forecast says 60%
B i'll do a sun dance
A please do
B 🌞🌞🌞
""")

c("twin", """
A airdrop me the photos from the trip
B accepting?
A yeah its on
B sending 40 of them
A perfect, mum wants to see the castle
B the castle ones are at the end
""")

c("twin", """
A can i see ur face
B why lol
A u said u got a sunburn and i dont believe u
B [selfie]
A OMG ur a tomato
B i know
A aftersun now
""")

c("twin", """
A show me ur room
B y tho
A u said u painted it, i wanna see the colour
B [photo of bedroom wall]
A ooh sage green
B my dad did most of it
""")

c("twin", """
A what are u wearing to the party
B my black dress probably
A shall i wear my jeans or the skirt
B jeans and the white top
A love it
A ty bestie
""")

c("twin", """
A dont let ur parents see this
B what is it
A [photo of report slip for talking]
B ur in so much trouble
A i need it signed
B ask ur sister to sign it 😂
A i'll just tell them
""")

c("twin", """
A pls pls pls
B sorry what
A can i copy ur spanish homework, just the answers to 3 and 4
B no, do it yourself
A pls pls
B i'll help u, not copy
A fine
""")

c("twin", """
A why r u ignoring me
B im not, i was at the dentist
A oh how was it
B no fillings!!
A yay
B im allowed sweets again
""")

c("twin", """
A whos got the pic from the netball match
B coach has them
A can u ask her to send the team one
B i'll ask tomorrow
A thank uuu
B she said she'll put them in the team chat
""")

c("twin", """
A u'll regret it
B regret what
A not coming to the beach, its gonna be sunny
B i have a shift at the cafe
A ok ok bring us free chips
B lol no
""")

c("twin", """
A i need advice, what should i do
B about what tho
A i dont know whether to pick geography or history for gcse
B what do u like more
A history but the geography teacher is nicer
B pick the subject not the teacher
""")

c("twin", """
A dont screenshot this
B why that
A i look awful on facetime
B i already did 😂
A delete it
B ok ok deleted
""")

c("twin", """
A i'll tell everyone
B tell them what
A that u got a dog!!!
B wait dont, its a surprise for my sister
A ohh ok, my lips are sealed
B she finds out on saturday
""")

c("twin", """
A u got 5 mins
B for what now
A to get to the front gate, mum's here to pick us up
B i'm in the toilets
A 4 mins
B coming!!
""")

c("twin", """
A show everyone the pic
B which one tho
A the one of the massive spider in the shed
B noo i dont want to look at it again
A it was the size of my hand
B stop
""")

c("twin", """
A my dad says i can't go unless someone's mum is there
B mine will be
A ok can she message my dad
B yeah send me his number
A sent it to u on whatsapp
B ok sent
""")

c("twin", """
A i saw the messages
B which ones
A in the group project chat. u did all the slides
B someone had to
A im telling miss so u get the credit
B aw thank u
""")

c("harm", """
A/ir u up? send something
B not happening, sorry
A/pr u never say no to ur other mates
A/pr ?
A/pr ??? seriously
B please leave me alone
A/ex,th ok. remember who has ur old snaps tho
A/ex,th one of them might end up in the lads chat by morning
B/rp im showing this to my mum as soon as she wakes up
""")

c("harm", """
A/ir ok so i sent u one. ur turn x
B i didnt ask for that
A/pr but i sent it. thats how it works
A/pr its only fair
B not sending u anything, ever
A/pr ur so ungrateful
A/th fine, i'll tell people u asked for mine
B/pc thats a lie and u know it
C/ps,rp she told me everything. no one is going to believe him, were going to a teacher
""")

c("harm", """
A/ir lemme see what u look like rn. mirror pic
B im in bed
A/pr even better
B no way
A/pr stop being shy, its only me
A/pr i won't show anyone, promise
A/pr ur making this a bigger thing than it is
B i said no
A/pr 😔 fine. guess ur like all the rest
""")
# ---------------------------------------------------------------------------
# Part 7: longer mixed chats (threat, pressure, secrecy and exposure in one chat; bystanders)
# ---------------------------------------------------------------------------

c("harm", """
A/se add me on the other app, this one's too public
B which app
A/se the one where chats vanish. i'll send u the link
B ok but why
A/ir so u can send me the kind of pics u cant send here
B im not sending those
A/pr u were happy to chat all night yesterday
A/pr dont switch up on me now
B chatting isnt the same as pics
A/ex,th ok but u know i saved our chats. would be awkward if ur mum read them
B/rp i'll show her myself then. bye
""")

c("harm", """
A gc whos going to the party
B me
C me!!
A/sa bring ur phones, we're doing ratings of the girls again 😂
C/pc ratings? again? thats so grim
A/vm its tradition lol
B/pc a tradition of humiliating people isnt a tradition worth keeping
D/rp if i see one rating in here im showing a teacher
A/vm ok boring police
""")

c("twin", """
A gc whos going to the party
B im in
C yesss me
A bring ur phones, we're doing a photo booth thing
C yesss props?
A my mum got hats and glasses
B iconic
D save me a moustache
""")

c("harm", """
A/ir u owe me a pic remember, we made a deal
B i was joking when i said that
A/pr a deal's a deal
A/pr i kept my end
B u sent me a meme
A/pr and u laughed so u owe me
B thats not a deal
A/th ok then i'll start telling people u said yes and bottled it
B/pc say whatever u want, im not sending anything
""")

c("twin", """
A u owe me a pic remember, we made a deal
B what deal lol
A if i got a higher score u had to send a pic of u in the duck costume
B noooo
A a deal's a deal
B [photo of duck costume]
A perfection
""")

c("harm", """
A/ex whats this i hear about a pic of u
B pic of what
A/ex jordan says he has one. hes saying he'll drop it friday
B ive never sent jordan a single thing
C/ps i believe u. he does this to everyone
C/rp go to ur head of year before friday, i'll come
B/ph what if they think i did send it
C/ps even if u had, its still not ur fault. and they know what he's like
""")

c("harm", """
A/ir hey quick q, u got any pics from ur holiday in ur bikini
B why do u need to
A/ir just to see lol
B absolutely not
A/pr i've seen u at the pool anyway
A/pr no difference
B there is a difference
A/pr go on, u looked good
B/pc stop. im not comfortable and u know that
A/vm jeez it was a compliment
""")

c("twin", """
A hey quick q, u got any pics from ur holiday
B loads why
A my mum's thinking of going to portugal
B oh its so nice there
B [photos of the beach]
A that water is so blue
B go, u'll love it
""")

c("harm", """
A/th ur gonna regret not listening
B i'm not doing it
A/ex,th ok, i'll just tell ur bf what u said about him then. and send him the screenshot
B thats between me and u
A/se,th yeah so keep it that way and give me what i asked for
B/ph sorry adding my friend, i dont know what to do
C/pc he's using ur screenshots to blackmail u. not ok
C/rp we're telling ur mum tonight, dont delete anything
""")
# ---------------------------------------------------------------------------
# Part 8: more registers (full sentences, caps, typos, emoji, slang) and bystanders in new wordings
# ---------------------------------------------------------------------------

c("harm", """
A/ex,th I am going to be very clear with you. If you block me again, your parents get the photo.
B I have asked you to stop contacting me.
A/th And I have asked you for one thing. Your choice.
B This is blackmail.
A/th Call it what you like. You have until Sunday.
B/rp I have saved every message and I am taking them to the police tomorrow.
""")

c("twin", """
A I am going to be very clear with you. If you miss another rehearsal, you lose the part.
B I know, I am sorry. My nan was ill.
A I understand. Just let me know next time.
B I will. Thank you for not telling the whole cast.
A Of course. See you Thursday.
""")

c("harm", """
A/ex,th wen i post it evry1 gonna kno wat u did
B i didnt do anyting
A/ex,th dont care, the pic says u did. its goin on the yr 8 chat 2nite
B plz dont
A/th then u kno wat to do
C/pc leave her alone ur such a creep
C/rp her mum is finding out about this tonight, i have her number
""")

c("harm", """
A/ir gimme a pic or u can forget about saturday
B why would i send a pic to go to the cinema
A/pr cos thats the deal
A/pr no pic no date
B then no date
A/pr ur gonna be single forever with that attitude
B/pc better than being with someone who does this
""")

c("harm", """
A/sn ur such a prude fr
B cos i wont send u stuff?
A/pr,sn yeah. prude behaviour
A/pr loosen up
B im 14 im allowed to not want to
A/vm nobody said u weren't, i'm just messing
C/ps ignore him, u don't owe anyone anything
""")

c("twin", """
A ur such a prude fr
B cos i wont eat the sushi?
A yeah its literally just rice and fish
B its RAW
A ur missing out
B i'll stick to chips
""")

c("harm", """
A/ex,sa bruv she's proper peng in the pic jake got 👀
B hold on what pic
A/ex the one she sent him. he airdropped it to the mandem
B/pc allow it man thats not cool
A/vm its only us lot who seen it
B/pc still. delete it and tell jake to delete it
""")

c("twin", """
A bruv this burger is proper peng 👀
B where from
A that new burger van near the train station
B allow me a bite
A get ur own
B tight
""")

c("harm", """
A/ir 📸?
B ??
A/pr 📸📸
A/pr 👀
B not sending u anything, stop
A/pr 😤
A/pr 🙄🙄🙄
B/rp blocked lol
""")

c("twin", """
A 📸?
B of the poster? ok
B [photo of the poster]
A perfect ty, i couldnt see it from the back
B the trip is on the 15th
A 📝 noted
""")

c("harm", """
A/th omg u better answer me rn or im going to make a fake acc with ur face on it
B why would anyone do that
A/th,ex cos ur ignoring me. ill put ur face on a bad pic and send it round
B/pc thats actually illegal
A/vm lol its a joke calm down
B/rp i'm not taking the risk, reporting it and telling my mum
""")

c("harm", """
A theres a man on the 47 who sends strange pics to everyones phone by airdrop
B/pc thats so wrong
A i got one this morning. i didnt even open it but i saw the preview
B/ps omg im sorry. u ok?
B/rp tell the driver or ring the bus company, and tell someone at school
C/rp and turn airdrop to contacts only, my sister had the same thing
""")

c("harm", """
A/ir ur bf doesnt appreciate u like i would. send me the pic u sent him
B how do u know about that
A/ex everyone knows. he showed it to half the team
B what?? please tell me thats not true
C/ps im so sorry. it's not ur fault he did that
C/rp we need to tell someone today, i'll come with u
""")

c("harm", """
A/se dont tell ur mum ive been messaging u, she wont like it
B ok whatever
A/se and dont tell ur friends either, they'll be jealous
B why would they be jealous
A/se cos ur special to me. special people keep secrets
A/ir send me a selfie so i can see ur smile
C/pc who is this?? why are u telling her to keep secrets
C/rp right, her mum's getting told
""")

c("twin", """
A dont tell ur mum i told u
B told me what
A that shes getting u a puppy for ur birthday
B OMG
A act surprised!!!
B i am the best actress
""")

c("harm", """
A/ir sned pic
B no thx
A/pr pls
A/pr plsss
A/pr ur so mean
A/pr i thot we were frends
B frends dont beg for pics
A/pr u r so boring i swear
""")

c("harm", """
A/vm why r u making it into a whole thing, he only asked for a pic
B/pc he asked 20 times after she said no
A/vm thats just how lads are
B/pc no thats pressure. and its not ok
C/ps she told me shes upset. we should check on her
B/ps messaging her now
""")

c("harm", """
A/ex,th if u block me every1 sees the messages u sent me
B what messages
A/ex the ones where u said u liked me. and the pic
B i deleted them
A/ex ye but i screenshotted them before u did 😂
B/rp ok, im showing my sister everything
""")

c("twin", """
A if u block me on the game i'll cry
B lol why would i block u
A cos i kept stealing ur kills
B ok ur forgiven
A yay
B but stop it
""")

c("harm", """
A/sa ur body in that pe kit tho 😮‍💨
B wait what
A/sa only saying what the whole class is thinking
B/pc thats so weird to say to someone
A/vm take it as a compliment
C/pc shes told u its weird. stop
""")

c("twin", """
A ur dog in that raincoat tho 😮‍💨
B hes so cute in it
A where'd u buy it
B the pet shop in town
A im getting one for mine
B matching dogs!!
""")

c("harm", """
A/ir hop on facetime and turn ur cam on
B im eating
A/pr after then
A/pr i'll wait
A/pr still waiting
A/pr 👀 u done yet
B im busy tonight
A/pr ur always busy when i ask
A/pr starting to think ur avoiding me
""")

c("twin", """
A hop on facetime and turn ur cam on
B why tho, whats the point
A i need to see ur science model, mine keeps falling over
B ok ringing u now
A cheers, owe u one
B use more glue lol
""")

c("harm", """
A/ex lads ive got a pic of miss's daughter 😂
B how
A/ex off her insta before she went private. sending it in the chat
B/pc mate thats so wrong, shes in year 7
C/pc dont u dare send that
C/rp screenshot taken, sir's getting it first thing
""")

c("harm", """
A/sj heard u were busy at the party 😏
B meaning what
A/sj u know what i mean. everyone's saying it
B/pc thats a lie and u know it
C/pc stop spreading stuff about her
C/ps dont listen to him, we were with u all night
""")

c("twin", """
A heard u were busy at the party 😏
B lol i was on the dance floor all night
A the dance battle was iconic
B my legs still hurt
A u won tho
B obviously
""")

c("harm", """
A/se make sure u delete our messages before school
B i always forget
A/se dont forget. i mean it
A/se,th if ur mum ever sees them ur in trouble not me
B why would i be in trouble
A/se just delete them
B/ph mum can i talk to u about something that happened online
""")

c("harm", """
A/ph ok this is embarrassing but someone is saying they'll edit my pic to look like a nude and share it if i dont do what they say
B/ps thats not embarrassing, thats them being horrible
B/rp dont reply, screenshot it and report the account
A/ph do u think my mum needs to know
B/ps yes, she'll want to help. none of this is ur fault
""")

c("harm", """
A/ph i think my bf is controlling me? he reads my messages and says if i go out without him he'll send my pics to my dad
B/pc thats really not ok
B/ps ur not overreacting
B/rp u can talk to childline if u dont want to tell someone u know yet
A thank u. i didnt know who to ask
""")

c("harm", """
A/sn what a slapper lol
B who
A the girl on the bus, look at her
B/pc wtf, u cant call people that
A/vm obvs i was joking
B/pc no it wasnt, u just dont like being told
""")

c("twin", """
A what a slapper lol
B who
A the fish i just caught, it slapped me in the face with its tail
B 😂😂
A my cheek is still wet
""")

c("harm", """
A/ex,th im giving u till home time. after that the pic goes to ur form
B whats ur problem
A/th cos u said no to me
B i can say no
A/th not without it costing u
C/pc this is blackmail, stop now
C/rp were going to head of year after period 5
""")

c("twin", """
A im giving u till home time to pick a film
B why so strict lol
A cos last time u took 3 hours and we watched nothing
B ok ok. the new horror one
A finally
""")

c("harm", """
A/ir ngl i need a new lock screen, send me one of u 😏
B lol no
A/pr why not, u look good in all ur pics
A/pr just one for me
A/pr i'd do it for u
B i'd never ask
A/pr ur so stuck up
B ok well stuck up is saying goodnight
""")

c("harm", """
A/vb honestly if ur dumb enough to send a pic u deserve what happens
B/pc nobody deserves it
A/vb they should of thought first
C/pc the person who shares it is the one who should have thought first
A/vm whatever, its not that serious
C/pc it is for the person whos getting laughed at
""")

c("harm", """
A/ir lemme see u in ur pjs 🥺
B lol how come
A/ir just cos. u always look cute
B im not sending that
A/pr pleaseeeee i'm sad
A/pr cheer me up
B/pc making me feel bad isnt gonna work
A/pr 😢
""")

c("twin", """
A lemme see u in ur pjs 🥺
B the matching christmas ones?
A YES
B [photo of family in matching pyjamas]
A ur dad in the reindeer ones 😭😭
B he loves them
""")

c("harm", """
A/th u think ur so clever blocking me
A/th i can still see ur story from my other acc
A/ex,th and i'll screenshot every single one and put them in the boys chat
B/rp that account's reported now as well
A/th ill just make another
B/rp go on, they all get reported
""")

c("harm", """
A/ex did u see what he posted on his close friends
B no?
A/ex a pic of her from the sleepover, she's asleep and he's rating her
B/pc wtf thats so wrong, shes not even awake
C/rp ive already reported the story
B/ps im gonna message her so she doesnt find out on her own
""")

c("twin", """
A did u see what he posted on his close friends
B nope whats he posted
A a pic of his cat asleep in a shoebox
B oh my days so cute
A its called crumpet
B perfect name
""")
# ---------------------------------------------------------------------------
# Part 9: sexualised names, jokes and comments; long messages; more twins
# ---------------------------------------------------------------------------

c("harm", """
A/sn lol look who it is, the year 9 bike
B who u talking about
A/sn her in the corner, everyone's had a go apparently 😂
B/pc thats a disgusting thing to say about anyone
C/pc and its not even true, u made that up last week
A/vm chill, nobody takes it seriously
C/rp people do, she was crying in the toilets. im telling her tutor
""")

c("twin", """
A lol look who it is, the year 9 bike champion
B wait who
A him in the corner, he won the cycling race at sports day 😂
B oh fair he was fast
C he trains every morning apparently
A respect
""")

c("harm", """
A/sj wonder what she did to get that grade 😏😏
B she revised lol
A/sj yeah revised with sir maybe
B/pc thats so gross, ur making stuff up
C/pc shes literally the smartest in our set
A/vm omg its a JOKE
C/pc a joke that gets passed round until people believe it. stop
""")

c("harm", """
A/sa she's got a face for radio but the rest 🔥
B u ok in the head?
A/sa what, im being nice about her body
B/pc nobody asked u to rate her body
A/vm its a compliment if u think about it
B/pc it really isnt
""")

c("twin", """
A this pizza's got a face for radio but the taste 🔥
B lol it does look a mess
A the cheese slid off in the box
B still eating it tho
A obviously
""")

c("harm", """
A/sn stop being such a frigid loser
B because i wont go on cam?
A/pr,sn yes. u frigid lot are all the same
C/pc calling her names cos she said no is actually pathetic
A/vm lol im messing
C/ps ur right to say no, dont let him get to u
""")

c("harm", """
A/sj did u hear what they call her in year 11
B no and i dont want to
A/sj "the snapchat queen" 😂 cos of what she sends
B/pc stop spreading that, its a rumour
C/pc how would u feel if people said that about u
A/vm it was funny at the time
""")

c("harm", """
A/sa oi ur mum is fit btw 😏
B my mum??
A/sa yeah tell her i said hi 😂
B/pc u r so weird
C/pc leave his mum out of it, grow up
""")

c("twin", """
A oi ur dog is fit btw
B my dog??
A fit as in healthy lol, the vet said hes in great shape
B oh ha yeah he runs all day
A tell him i said hi
B he says woof
""")

c("harm", """
A/pc So I just want to say something in this chat because it has been bothering me. Some of you have been sharing a photo of a girl from our year and laughing about it. It is not funny.
B/pc agreed. it needs to stop now
C/vm its only a pic tho, she sent it to someone first
A/pc She sent it to one person she trusted. Everyone who forwarded it chose to.
B/ps and shes not the one who should be embarrassed
A/rp I have already told Mrs Akhtar. If anyone still has it, delete it.
""")

c("harm", """
A/ph hey sorry to message u randomly but ur a prefect right? someone made a fake account with my face and they're saying stuff about me. what do i do
B/ps hey, not random at all. im sorry thats happening
B/rp screenshot the profile and posts, report the account, and we can go to pastoral together tomorrow
A/ph will they know it was me who reported
B/ps reports are anonymous. and u did nothing wrong
""")

c("harm", """
A/ex,th listen carefully. i have all the pics from when we were together, and if u start going out with him they go straight to his phone and his mates
B we broke up 6 months ago
A/th doesnt matter. i decide when its over
B/pc ur trying to control me and it wont work
B/rp my mum and the school will hear about this today
""")

c("twin", """
A listen carefully. i have all the pics from when we went to the zoo, and if u dont come round tonight to see them i'll be offended
B lol ok ok
A my mum printed them
B omg the penguin ones?
A the penguin ones
B im coming at 7
""")

c("harm", """
A/ir ur sister sent me one, ur turn
B what?? shes 15
A/pr so? ur older. u should be braver than her
B/pc u need to stop talking to both of us
B/rp im telling my parents right now
C/ps hey its ur cousin, ur mum just rang mine. ur doing the right thing
""")

c("twin", """
A ur sister made me a birthday card, ur turn
B lol fine what do u want on it
A a dinosaur
B a dinosaur birthday card for a 15 year old?
A yes a t rex
B ok ill try
""")

c("harm", """
A/se pls dont say anything to ur friends about what i asked u
B how come
A/se they wouldnt understand. they'd make me out to be a creep
B/pc maybe because asking for pics is creepy
A/pr i only asked once
B/pc once was enough
""")

c("twin", """
A pls dont say anything to ur friends about what i asked u
B the prom thing?
A yeah i dont want them to know i asked and she said no 😭
B my lips wont move
A ty, its so cringe
B she said no nicely tho
""")

c("harm", """
A/ex,th u do realise i can send the video to the whole gc in 2 secs right
B what video
A/ex,th the one of u crying in the changing room. keep annoying me and see
C/pc filming someone crying and threatening them with it is disgusting
C/rp and the video is evidence. sending it to head of year myself
""")

c("twin", """
A u do realise i can send the video to the whole gc in 2 secs right
B what video
A the one of u doing the worm at the disco 😂
B go on then, i was amazing
A sending
B legendary
""")

c("harm", """
A/vm honestly half the girls in our year have sent pics, it's normal now
B/pc being common doesnt make it ok when people share them
A/vb well if they didnt send them there'd be nothing to share
C/pc that's like saying dont have a bike if u dont want it nicked
C/pc its still stealing
A/vm its different
""")

c("twin", """
A honestly half the year has got a cold, its normal now
B ugh i can feel mine starting
A drink loads of water
B and lemsip
A and sleep
B yes mum
""")

c("harm", """
A/ph hey um can i ask u something. a boy from another school keeps sending me 👀 and "show me" and "come on" every night. i just ignore him
B/ps thats really annoying and also not ok. u dont have to reply
B/rp u can block and report him, and tell ur mum if it keeps going
A i dont want to make it a big deal
B/ps it's not u making it a big deal, its him. ur allowed to ask for help
""")

c("harm", """
A/th hey. its me. new number. dont block this one
B how did u get my number
A/th doesnt matter. u know what i want. and u know what i've got
B i cant believe this is happening again
C/ps im here. give me ur phone, we'll screenshot it
C/rp and this time ur mum and the police are getting all of it
""")

c("twin", """
A hey. its me. new number. save this one
B oh hi! what happened to ur old one
A dropped it in the bath 😭
B nooo not again
A saved as "max new" pls
B done
""")
# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------

def main():
    out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "d.jsonl")
    rows = write_conversations(CONVS, 20261215, "td", 500, out_path)
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
