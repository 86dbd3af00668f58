#!/usr/bin/env python3
"""Build corpora/train/conversations/a.jsonl (part A: coercion in conversation).

Hand-written, synthetic, non-graphic training conversations for c2chat. Theme: coercion with
context and frames (requests, refusals, pressure, threats, exposure, secrecy, bystanders,
support, help-seeking, reporting), paired with harmless conversations that reuse the same
short follow-up texts so that the follow-up alone does not carry the label.

Each conversation is written in a tiny line format:
    <speaker-letter>[/<code>,<code>...] <text>
e.g.  "A/ir hey send me a pic of u"   or   "B no"   (no codes -> gold [])
Speaker letters are mapped to pseudonymous ids ta_s001..ta_s400 (deterministic seed).

Usage: python3 corpora/train/conversations/build_a.py   (writes a.jsonl next to this file)
"""
import os
from collections import Counter

from lineformat import conversation_adder, write_conversations  # the shared line format

CONVS = []  # (kind, [(letter, [codes], text), ...])


c = conversation_adder(CONVS)


# ---------------------------------------------------------------------------
# HARMFUL conversations (coercion in context)
# ---------------------------------------------------------------------------

c("harm", """
A heyy wyd
B nm just watching stuff, u?
A bored lol
A/ir cure my boredom, pic of u pls
B what kind of pic
A/ir u know, one just for me
B nah im alright
A/pr ??
A/pr come on then
B i said no
A/pr fine be like that
""")

c("harm", """
A/ir go on cam for a bit
B why tho
A/ir just wanna see u, no one else will be on
B im in my pjs no
A/pr thats the point lol
B not happening
A/pr ur taking ages to decide 🙄
B/pc stop its weird
""")

c("harm", """
A you up?
B yeah cant sleep
A/ir facetime me but just u, turn the big light off
B erm why would i turn the light off
A/pr dont make it awkward just do it
B nah this is making me uncomfortable
A/pr u said u would last week
B i never said that
A/pr u literally did stop lying
""")

c("harm", """
A/ir snap me a pic of what ur wearing rn
B school uniform obviously 😂
A/ir no like after school. change and send one
B why do u want that
A/pr cos i asked nicely
B ur being strange tbh
A/pr 🙄🙄
A/pr everyone else's girlfriend sends them
B im not ur girlfriend tho
""")

c("harm", """
A/ir send one more, the last one was blurry
B no that was my dog
A/ir u know i dont mean the dog
B ok im leaving this chat
A/pr if u actually liked me u wouldnt make this hard
B ok
A/pr u owe me after i walked u home
B/pc walking me home doesnt mean i owe u anything
""")

c("harm", """
A heyyyy
A/pr ???
A/pr u ignoring me now
B was at practice
A/ir oh ok, send me one of u in ur kit then. just for me
B what no
B/pc thats actually grim
A/vm chill it was a joke
B didnt sound like one
""")

c("harm", """
A/ir can u send me one of u tonight
A/ir not like a normal selfie
B not something i wanna do
A/pr please
A/pr pleaseeee ill delete it straight after
B no
A/pr ur so boring
A/pr everyone in ur year does it stop acting like ur better
B ok goodnight
""")

c("harm", """
A/ex ive still got that pic u sent in june
B i asked u to delete it
A/ex nah its in my saved
A/ex,ir,th send another or i might show the boys
A/th dont test me
B please dont
A/se and dont go crying to ur mum about it either
B ok. so what now
""")

c("harm", """
A/ex so ur pic is on my camera roll
A/ex be a shame if it ended up in the year 10 gc
B why are u doing this
A/ex,ir,th send 2 more and i'll delete it, otherwise everyone sees it
B i cant
A/ex,th then i guess everyone sees it
A/ex,se,th and if u tell anyone it goes up faster
B/ph ok i've added my friend to this. he has my pic and says he'll post it, who do i even go to
C/rp we're going to ur mum right now, dont delete anything
""")

c("harm", """
A/ir send me a pic of u in ur new top
B erm why
A/ir bc i wanna see properly, not in ur story
B its literally on my story
A/pr not the same and u know it
B lol no
A/pr come on then dont be tight
A/pr 🙄
A/pr ok i'll ask ur mate instead, she actually sends
B cool do that
""")

c("harm", """
A/ir whatsapp me a photo of u before bed
B erm no?
A/pr why not its only me
B cause i dont do that
A/pr,sn stop being frigid
B/pc calling me that because i said no is actually pathetic
A/vm omg its banter
B/rp blocked
""")

c("harm", """
A/ir go on live for me, no one else invited
B im doing homework
A/pr do it after
B still no
A/pr why u always saying no to me
A/pr u used to be fun
B i used to not know u
A/pr wow harsh. one cam and i'll leave u alone
B/rp nah ur blocked
""")

c("harm", """
A/ir send it then
B send what
A/ir a pic, like we talked about
B we didnt talk about anything
A/pr stop playing dumb
A/pr ur taking ages mate
A/th if u dont i'm telling everyone u did anyway
B/pc thats lying and its not ok
""")

c("harm", """
A/ir show me ur fit for the party, like on u, on cam
B ill post it tomorrow
A/ir nah i want it now and just for me
B why just for u
A/se cos its our thing. dont tell ur mates i asked
B that's kinda weird
A/pr its not weird if u trust me
B i trust my mates more than u tbh
A/se just dont screenshot this ok
""")

c("harm", """
A/ex airdropped ur pic to the whole bus 😂😂
B WHAT
B how could u
A/vm relax it was funny
B/pc delete it now everyone's looking at me
A/vm its not even a big deal
C/pc thats grim man, bin it
C/ps u alright? come sit with me
""")

c("harm", """
A/ex someone sent her pic in the gc 👀
B which pic
A/ex the one from the holidays, the one she sent him
B/pc dont share that, its not ours to see
C/vb well she did send it to him so...
B/pc no, its on him for spreading it
D/pc ^^ agreed. delete it everyone
""")

c("harm", """
A/ex bro i screenshotted everything she sent me
B why tho
A/ex insurance lol. if she tries to dump me everyone gets it
B/pc thats actually evil
A/vm lol relax, i'm messing
B/pc it doesnt sound like a joke
C/vm she's being dramatic tbh
B/pc no, keeping screenshots to use against someone is controlling
""")

c("harm", """
A/th u better send what i asked for
B no im not sending anything
A/ex,th ok then i'll make one with that ai app and send it round anyway
B u cant do that
A/th,ex watch me, everyone will think its real
B/ph i need help with something, hes threatening me
C/ps omg ok whats happening, im here
C/rp screenshot all of it and show ur head of year tomorrow
""")

c("harm", """
A/ex lol i've got ur face on an edit now
B what edit
A/ex one of those fake ones. looks so real
A/ex,ir,th send a real one or this is what everyone sees
B/pc thats so messed up
B/rp im reporting ur account
A/se go on then, snitch. delete this chat if u know whats good for u
""")

c("harm", """
A/se dont tell ur mum we talk
B why not
A/se she wont get it. keep it between us yeah
B ok i guess
A/ir send me a pic of u in ur room
B whats wrong with my room lol
A/ir just u in it
B idk about this
""")

c("harm", """
A/se delete this chat after
B how come
A/se just do it. and dont show anyone what i said
B u havent said anything bad
A/ir i'm about to. send me one of u
B nope
A/pr knew u'd be like this
A/se anyway like i said, delete this
B im keeping it actually
""")

c("harm", """
A/ir sc me something fun
B like what
A/ir like a pic of u, but not the usual
B i dont get it
A/pr u get it
B i really dont want to
A/pr ur making this a big thing when its nothing
A/pr just one and i'll stop asking
B no thanks
A/pr 🙄 waste of time
""")

c("harm", """
A ngl ur fit
B lol thanks?
A/ir send a pic so i can show u my lock screen plans
B u want me as ur lock screen? thats odd
A/ir ok forget lock screen just send one
B im good
A/pr hello??
A/pr come on
B/pc leave it, im not interested
""")

c("harm", """
A/ir facetime me when everyone in ur house is asleep
B eww why
A/pr cos i said
B no way
A/pr,th i'll tell everyone u did anyway so might as well
B/pc ur actually scary stop
B/rp im blocking u
""")

c("harm", """
A/ir send me that pic u sent him
B what pic
A/ir,pr everyone knows u sent him one. just send it to me too
B i didnt send anyone anything
A/pr stop lying its fine
A/th if u dont i'll say u sent it to me anyway
B please just stop messaging me
A/th stop messaging u? i'll message ur whole form instead
B/rp my dad is reading this now fyi
""")

c("harm", """
A/ir just send one, no one has to know
B nooo
A/pr no one will know, i promise
B i said no
A/pr ugh ur taking forever to say yes
B i'm not going to say yes
A/pr u will eventually lol
B/rp mum's hearing about this
A/se dont u dare
""")

c("harm", """
A/ir cam for 5 mins?
B why
A/ir i wanna see u properly this time 😏
B/pc no thats disgusting
A/vm omg i was joking u take everything so serious
B ok well dont joke like that
A/pr so is that a no
B obviously its a no
""")

c("harm", """
A/ir show me, go on
B show u what
A/ir what ur wearing. turn ur camera on
B i'm in bed
A/pr so? just turn it on
B/pc stop thats not ok
A/pr cmon dont be like that
B/rp goodbye, blocking
""")

c("harm", """
A/ex the pic u sent me is still in my gallery btw
B i was 13 when i sent that
A/ex still got it tho
A/ex,th be nice to me or it gets shared
B/pc that is literally illegal
B/rp im telling someone, i dont care what u do
""")

c("harm", """
A/ex I'm posting it tonight
B posting what
A/ex u know what. the one from ur old phone
B please don't
A/th then do what i said
B/rp ive told my dad, hes calling the police
A/vm omg chill i was messing about
""")

c("harm", """
A/ph he keeps asking for pics, what do i do
B who?? the boy from the bus?
A yeah. every night. i keep saying no
B/ps ok ur not in trouble, u did nothing wrong
B/rp block him and we can tell miss together tomorrow
A/ph what if he gets angry tho
B/ps then thats his problem, i'll come with u
""")

c("harm", """
A can i ask u something serious
B ofc whats up
A/ph this lad online said he'll share my pic if i dont send more and i dont know what to do
B/ps omg ok. breathe. ur not the one in trouble here
B/rp dont send anything else. screenshot his messages and tell ur mum or a teacher
B/rp theres a report thing on the app too, i'll help
A im so scared everyone will find out
B/ps i'm here, we'll sort it
""")

c("harm", """
A/ir pic of u. go
B no ty
A/pr why
B dont want to
A/pr u sent one to him tho
B i didnt
A/vb well if u did its on u
B/pc ur so weird, stop messaging me
""")

c("harm", """
A/ir sending me one tonight or what
B what are u on about
A/pr u said maybe at lunch
B i said maybe i'd send the english notes lol
A/ir u know i meant a pic of u
B no i didnt know that
A/pr 🙄 ok i'll wait
A/pr ...
A/pr still waiting
B/rp im gonna tell someone if u keep doing this
""")

c("harm", """
A/ir u should send me a cheeky pic
B lol no
A/pr cheeky one, go on
B i'm not like that
A/pr,sn dont be such a prude
B/pc dont call me names cause i said no
C/pc mate leave her alone, thats actually embarrassing
""")

c("harm", """
A/ir yo go on cam then, prove u actually go gym
B bro why
A/ir i wanna see if ur lying about the gym lol. turn it on
B nah
A/pr prove it then
B im not proving anything to u at midnight
A/pr u always chat big
A/th fine i'll tell everyone ur lying
""")

c("harm", """
A/ex just so u know ur messages are screenshotted
B which messages
A/ex all of them. the ones where u said u liked me
A/th so u better do what i say now
B what do u want from me
A/ir a pic. thats it
B/rp im showing this to my sister
""")

c("harm", """
A has anyone seen what he put on his story
B no what
A/ex he's posted the pic she sent him
B/pc omg thats so messed up
C/vm lol its only a pic, she'll get over it
B/pc no she wont. its not banter
D/rp ive reported his story, everyone report it
C ok ok
""")

c("harm", """
A/ir when ur home send me a proper pic
B of what
A/ir of u, obviously. dont be dense
B thats not something i'd ever send
A/pr cos i'd send u one
B i dont want one lmao
A/pr stop being difficult 😤
A/pr ur taking ages on purpose
B i'm not taking ages im saying no
""")

c("harm", """
A/ir hey send me a quick one before school
B a quick what
A/ir a pic of u. mirror one
B i'll see u at school in like an hour
A/pr that's not the same
A/pr just do it, it'll take 2 secs
B no
A/pr pls
B no means no
""")

c("harm", """
A/se dont tell anyone i messaged u
B ok? why
A/se just dont. delete our chat every night
A/ir and send me a pic before u delete it
B this is freaking me out
B/rp im telling my brother
A/ex,se,th tell him and ur pic goes everywhere
C/rp this is her brother. we've screenshotted all of it and we're going to the police
""")

c("harm", """
A/ex got ur pic saved, forever and ever lol
B/pc thats not funny delete it
A/ex nah
A/ex,th keep being rude and everyone will see it
B just go away
C/ps hey i saw ur message, are u ok?
C/rp u need to tell someone, i'll go to student services with u
""")

c("harm", """
A/ir go on facetime, camera on u not the ceiling
B why does it matter
A/ir wanna see what ur wearing
B/pc thats weird dont ask me that
A/vm its just a question calm down
B it's a weird question
A/pr so ur not gonna show me
B no. night
""")

c("harm", """
A/ir send me a pic, just one 🥺
B no way
A/pr please ill be so nice to u
B i said no
A/pr someone who liked me would've sent one by now
B i dont like u like that
A/pr so u were just leading me on
B/pc no im just saying no. leave me alone
""")

c("harm", """
A/ex im gonna post it in the gc
B dont u dare
A/ex 3
A/ex 2
B/pc pls stop this isnt funny
A/ex 1
C/pc bro dont. seriously
C/ps u ok? he's not worth it
""")

c("harm", """
A/ir send ur pic first then i'll send mine
B i'm not sending any pics
A/pr thats not fair, i asked first
B you asked for something i dont want to do
A/pr u owe me for the other day
B i owe u nothing
A/pr wow ok
A/pr fine be like that
""")

c("harm", """
A/ir send me the pics from ur holiday, the ones u didnt post
B what? why
A/ir just curious
B/pc no thats creepy
A/vm,pr ok dont overreact its just a pic, go on
B/rp im blocking u
""")

c("harm", """
A/ir show me on cam what u look like when ur not at school
B like normal?
A/ir like, not dressed for school. just chilling in ur room
B absolutely not
A/pr u said u trusted me
B i dont anymore
A/se dont tell ur friends i asked, they'll make it weird
B/rp already told them, and my mum
""")

c("harm", """
A/ex everyone's gonna see it
B see what
A/ex the video from ur call. i recorded it
B/pc why would u record me
A/ex,th do what i ask and no one sees
B please dont show anyone
""")

c("harm", """
A/ir send me one like the one u sent him
B i never sent him anything
A/pr stop lying
A/pr come on then
A/pr come onnnn
B stop
A/th if u dont send one i'll tell ur dad u did
B/rp im telling him myself then
""")

c("harm", """
A/ir snap me a pic before i go to sleep
B nah i'm knackered night
A/pr just one
A/pr ..?
A/pr 😒
A/pr i waited up for u
B that's not my problem. im not sending u anything
""")

c("harm", """
A/ir whatsapp me a pic of u
B why whatsapp
A/se cos snaps show screenshots lol and this stays between us
B ur not making this sound better
A/ir just send it
B nah
A/pr whatsapp is literally private
A/pr why are u making this hard
B cos i just dont
""")

c("harm", """
A/se delete this
B delete what
A/se the chat. all of it. now
A/ex,th or ur pic goes to ur brother
B please stop i dont know what u want
A/ir u know what i want
B/rp im done, reporting u and telling my mum
""")

c("harm", """
A/ir send me a video of u dancing in ur room
B its not tiktok lol
A/ir not for tiktok, just for me and no one else
B/pc thats so weird no
A/pr its a compliment tbh
B its really not
A/pr ok but will u do it or not
B not
""")

c("harm", """
A/ir yo turn ur cam on
B why do u even want that
A/pr cos i wanna see u
B i look a mess
A/pr dont care
A/pr turn it on
A/pr ur taking ages 🙄
B/pc stop ordering me about
""")

c("harm", """
A/ex i still have the pic, just so u know
B which pic
A/ex the one from the sleepover. ur mate sent it me
B that was private
A/ex,th well it wont be if u ghost me again
B/rp im showing this to my head of year
A/ex,se,th u tell and i post it
""")

c("harm", """
A/ir send me a pic in ur pjs lol
B nahh
A/pr go onnn
B no chance
A/pr whys everything a no with u
B because ur asking for things i dont wanna do
A/pr ur no fun
B good
A/pr ill ask again tomorrow
B/pc ask and i'm reporting u
""")

c("harm", """
A/ex i showed the boys ur pic 😂
B u what
B/pc u promised u deleted it
A/vm its just the boys its fine
B/pc its not fine
C/ps hey its not ur fault, he's the one who did it
C/rp tell miss, u can tell the police too, this is serious
""")

c("harm", """
A/ir go live on insta, private one just me and u
B what for
A/ir so i can see u properly
B no i dont do lives
A/pr u did one for ur birthday
B that was with my mates
A/pr so do one with me, ur mate
B i really dont wanna
""")

c("harm", """
A/ir u gonna send me something or nah
B something like what
A/ir a pic, the kind u dont post
B not a chance
A/pr u said u would if i won the match
B i said i'd buy u a drink
A/pr not the same and u know it
A/pr so ur just messing me about then
B saying no isnt messing u about. goodnight
""")

c("harm", """
A hiya saw u at the match today
B oh hi, do i know u?
A nah im in year 11. ur cute tho
A/ir add me on snap and send me a pic
B i dont really add people i dont know
A/pr its fine, everyone adds me
A/pr dont be shy lol
B/ph this older boy keeps messaging me and i dont know him, is that normal?
C/rp no its not. block him and show mum, im coming to ur room
""")

c("harm", """
A/th i know where u go to school
B who is this
A/ex,ir,th i've got the pic u sent on that app. send more or ur whole school gets it
A/ex,ir,th 2 more pics by tonight or i start sending
B i'm so scared
B/rp i'm going to tell my mum and report this
A/ex,se,th if u tell anyone i send it straight away
""")

c("harm", """
A bro someone added me on insta and now hes saying he'll send my pic to my followers
B wait what pic
A/ph i sent him one cause i thought he was a girl my age. what do i do
B/ps ok ur not thick, they do this on purpose. its not ur fault
B/rp dont pay him or send anything. tell ur dad and report it, theres a website that can take pics down
A my dad will kill me
B/ps he wont, he'll be more worried about u. i'll come with u if u want
""")

c("harm", """
A/ex ur pic is going in the year 9 chat at 8
B please i'll do anything
A/ir,th then send the new ones
B i cant do this
C/ps hey i saw ur story, whats going on? ur worrying me
B/ph he's got my pic and he wants more
C/rp right we're telling someone now. dont send him anything
""")

c("harm", """
A/ex lol i screenshotted ur private story
B for what
A/ex u look peak in that one. might share it
B/pc dont
A/th depends on if u answer me on snap or not
B/rp blocking u and showing my mum the screenshots
""")

c("harm", """
A/ir send me a pic or i'm telling everyone u fancy me
B i dont fancy u??
A/th doesnt matter, they'll believe me
B/pc thats so childish
A/pr just send it and it all goes away
B/rp nah im showing my head of year
""")

c("harm", """
A/ir go on cam and show me ur outfit
B ok hold on
B wait actually why do u wanna see it now
A/ir so i can see u in it, spin round
B i'll show u tomorrow at the party
A/pr no now
A/pr dont be annoying
B ur being annoying
""")

c("harm", """
A/ex did u see what he sent in the chat
B no whats happened
A/ex he's sending round pics of her from last year
B/pc thats so wrong. where is she
A/ps i'm messaging her now to check shes ok
C/vb she sent them to him tho so like
B/pc so? it's still his fault for sharing them
A/rp i'm telling miss in form
""")

c("harm", """
A/ex,th ill run ur selfie through that nudify app and send it round
B what
A/ir,th u heard. unless u send me a real one
B/pc that's disgusting and its a crime
B/rp reported ur account and i'm telling my teacher
A/vm lol was a joke
""")

c("harm", """
A/ir send another one
B no, that's it
A/pr why, u sent one before
B i regret it
A/ex well i've still got it so
A/th be a shame if ur mum saw it
B this is a nightmare, please just leave me alone
""")

c("harm", """
A wyd, can u call me
B yh whats up
A/ph that boy from the other school is saying he'll post the pic i sent unless i send more
B/ps omg. ok ur not in trouble, he is
B/rp screenshot everything and tell ur mum, u can report it to the police as well
A she'll be so angry
B/ps she'll be angry at him not u, i promise
""")

c("harm", """
A/ir sendddd it
B no
A/pr why u being moody
B i'm not being moody i'm saying no
A/pr but u said u would
B no i said i'd think about it and i thought about it
A/pr 🙄🙄🙄
B bye
""")

c("harm", """
A/se dont say anything to ur friends about me ok
B why?
A/se they wouldnt get us
A/ir send me a selfie, but make it special
B what does that mean
A/pr u know what it means 😏
B ok this is getting weird, i'm going to ask my friend about it
A/se dont. she'll just be jealous
A/se this stays between us yeah?
""")

c("harm", """
A/ex uploading ur pic to the fake acc rn
B please dont
A/ex too late
C/pc wtf take it down
A/vm it's jokes, she'll laugh about it tomorrow
C/pc no she won't, ur honestly a joke
C/rp reported the account, everyone else do too
D/ps u ok? im here if u need to talk
""")

c("harm", """
A/ir ur so pretty send me a pic
B aww thanks but nah
A/pr just one
B nah ur alright
A/pr ?
B i already said nah
A/pr whats with the attitude, so up urself
B/rp ok i'm blocking u
""")

c("harm", """
A/ir on cam now or i'm coming round
B ??? i dont want u coming round
A/th then turn it on
B please stop scaring me
A/se,th and dont tell ur parents or ill tell them u sent me pics
B i never sent u anything
B/rp i'm telling them right now
""")

c("harm", """
A/ex still got the pic from christmas 😈
B/pc stop bringing that up its not funny
A/ex i might send it round for new year
B/pc delete it. seriously
A/vm jeez it's jokes, relax
B/rp i'm telling miss on monday
""")

c("harm", """
A/ir facetime me after ur mum goes to bed
B why after
A/se so she doesnt ask who ur talking to
B that sounds dodgy
A/pr stop overthinking and just call me
B nah im good
A/pr i thought u were different
A/pr everyone else would have called by now
B then call everyone else
""")

c("harm", """
A/ir send me a pic of u, dont post it anywhere
B whyy
A/se cos its just for me, keep it off ur story
B nah not happening
A/pr u literally post pics every day whats the difference
B the difference is ur asking in a weird way
A/vm omg ur overthinking its just a pic
B then u wont mind not getting one
""")

c("harm", """
A/ir i want a pic of u for my phone
B just use one from insta lol
A/ir nah a private one
B no. stop asking
A/pr u dont even know what i mean
B i know exactly what u mean
A/pr so send it then
B/pc no and stop
""")

c("harm", """
A/ex i saved ur streak pic
B so?
A/ex so ur face is on my phone forever lol
A/th keep that in mind next time u ignore me
B/pc thats so controlling
B/pc u dont get to threaten me like that
""")

c("harm", """
A/ir send pics
B of what
A/ir of u obvs
B nope
A/pr why nope
B bc its grim
A/pr ur taking agesss just send one
B im not taking ages im saying no!!
""")

c("harm", """
A/ex he airdropped her pic in the canteen
B/pc thats actually disgusting
C/vm its not that bad, it wasnt even that much
B/pc yes it is bad
B/rp someone needs to tell sir
D/rp i've already gone to student services
""")

c("harm", """
A/th send it or i'll tell everyone u sent one anyway
B but i didnt
A/th doesnt matter who they believe lol
B/ph adding my mate in. he says he'll lie about me if i dont send a pic, what do i do
C/ps oh my god thats horrible. u ok?
C/rp we can tell ur form tutor together
""")

c("harm", """
A/ir send me something before i sleep
B like what lol
A/ir u know what
B i honestly dont
A/ir a pic of u in ur room when ur getting ready for bed
B/pc thats weird why would u ask that
A/vm i was joking
B/pc dont joke about that with me
A ok sorry
""")

c("harm", """
A/ir take a pic in ur mirror for me
B why would i
A/ir cos i asked nice
B nope, not into that
A/pr not even for me
B not for anyone
A/pr fine. i'll just get one off ur mate then
B/pc dont u dare ask her either
""")

c("harm", """
A/ex i still have ur pic
B/pc i told u to delete it
A/ex and i told u i wouldnt
A/th keep it that way and be nice
B/rp my mum is seeing all of this tonight
A/se she wont believe u over me
B/rp she already does. shes calling school tomorrow
""")

c("harm", """
A/ir can i see a pic of u
B sure, here's my school photo lol
A/ir not that one. a better one
B better how??
A/pr u know, stop acting innocent
B/pc ok im not continuing this convo
A/pr wow ok. u used to be nice
A/pr oi??
""")

c("harm", """
A/se keep this between us ok? promise
B i guess
A/ir i want a photo of u later on
B later?
A/se after ur parents are asleep
B i'm not sure this is ok
A/se its fine, just dont mention it to anyone
A/pr ur overthinking it
""")

c("harm", """
A/ex posting the screenshot of ur message now
B which one
A/ex the one where u said u liked me 😂
B/pc pls dont thats private
A/ir,th then send me a pic
B/rp no. i'm reporting u
""")

# ---------------------------------------------------------------------------
# PAIRED HARMLESS conversations: the same short follow-ups in harmless contexts (all [])
# ---------------------------------------------------------------------------

c("pair", """
A park at 4?
B yeh give me 10 mins
A im already at the gate
A come on then
B im literally putting my trainers on
A bring the ball
B which one, the flat one or the new one
A the new one obviously
""")

c("pair", """
A r u nearly ready
B doing my hair
A ur taking ages
B perfection takes time 💅
A the bus goes in 6 mins
B omw omw
A run!!
B made it, sat at the back
""")

c("pair", """
A whats the answer to q4
A ??
A hellooo
B sorry was eating. its 3.5 i think
A thank u ur a legend
B what did u get for q5 tho
A no idea i skipped it
""")

c("pair", """
A did u do the geography questions
B yeah all of them
A send it
B send what lol
A the answers. pls i'll do the next one
B fine but change the wording
A obviously, i'm not daft
B last time u literally copied my spelling mistakes
""")

c("pair", """
A i found the funniest meme about sir's tie
B omg send it
A sending
B 😭😭😭 im crying
C whats so funny
B the tie meme, its in the gc
C oh no he's gonna see it
A he doesnt even have a phone lol
""")

c("pair", """
A mum filmed the whole play last night
B oh no
A everyone will see it, she's putting it on the school page
B i forgot my line in act 2 😭
A nobody noticed honestly
B everybody noticed
A ok maybe the front row
B my nan was in the front row 💀
""")

c("pair", """
A planning a surprise for her 15th
A dont tell anyone
B omg yes im in
B what are we doing
A cake at break, then bowling saturday
B shes gonna cry lol
A i'll make a gc without her
C add me, i can get the candles
""")

c("pair", """
A [sent a photo]
B LMAOO what is that face
A delete it
A i look like a potato
B too late its my wallpaper now
A i hate u
B love u too
B ok fine ill change it, but im keeping it on my laptop
""")

c("pair", """
A remember the beach on holiday
A i still have the pic of us with the massive ice creams
B omg send it
A here
B we look so young 😭
A u had braces
B dont remind me
A we should go back next summer
""")

c("pair", """
A has anyone got the maths sheet
B i have but its crumpled
A can u send me a pic of it
B one sec
B [photo]
A thank youuu
B the last question is really hard btw
A great. cant wait
""")

c("pair", """
A anyone going to the match saturday
B me and my dad are
C i might, depends on weather
A come on then, we'll all go together
C ok fine lol
B meet by the chippy at 2
A bring a coat its meant to rain
""")

c("pair", """
A pics of the dog pls
B which one, she's got 3 different moods
A all of them
B [photo] grumpy
B [photo] sleepy
A shes perfect
B she chewed my school shoe this morning
A still perfect
""")

c("pair", """
A whats the view like from ur new room
B sea on a good day, car park on a bad one
A show me
B [image]
A oh thats actually gorgeous
B u can come round and see it
A saturday?
B yeah mums doing a roast
""")

c("pair", """
A send me a pic of ur outfit for the party
B 📷
A the green or the black?
B idk thats why im asking u
A green 100%
B ok green it is
A wear the white trainers with it
B i only have muddy ones 😭
""")

c("pair", """
A u said u would help me with my french
B i did say that
B facetime me at 7 and bring the vocab list
A deal
A ur the best
B bring snacks tho, tutoring isnt free
A haribo?
B acceptable
""")

c("pair", """
A wanna come to mine after school
B cant, dentist
A fine be like that 😂
B i'd rather be at urs trust me
A get well soon teeth
B lmao
B tomorrow instead?
""")

c("pair", """
A u owe me a fiver from the chippy
B i know i know
A 🙄
B i'll give it u monday i swear
A u said that last monday
B this monday is different
A how
B i get pocket money sunday
""")

c("pair", """
A ok who ate my crisps at lunch
B not me
C ...
A ???
C ok it was me. i'll buy u some tomorrow
A salt and vinegar
C yes boss
""")

c("pair", """
A im outside ur house
B coming
A ur taking ages
B couldnt find my other shoe
A its been 15 mins
B found it!! coming
A we've missed it
B next one's in 10, i'll buy u a hot choc
""")

c("pair", """
A got the tickets for the film
B yesss what time
A 7.15, meet at the bus stop
B dont tell anyone, my mum thinks im revising lol
A ur mum is going to find out
B shh
A what film is it
B the scary one everyone's talking about
A ur gonna scream
""")

c("pair", """
A i got the science homework done
B send it
B pls ive got football tonight
A only if u explain the graph bit to me
B deal
A the graph is just the trend, goes up then levels off
B ohh ok that makes sense now
""")

c("pair", """
A the video of our dance from sports day is up
B oh no
A everyone will see it
B my arms were going everywhere
A it's so good tho honestly
B ur only saying that
A no fr, ur in sync the whole time
B ok maybe ill watch it
""")

c("pair", """
A found an old pic of me from year 7
A delete it from the gc before anyone sees 😭
B no way this is gold
C the fringe 💀
A i'm begging u
C it's going in the yearbook
B too late i've saved it
A i have no friends
""")

c("pair", """
A ngl i still have the pic from the trip, the one where u fell in the river
B oh god
A it's my fave pic of all time
B delete it
A never
B i'll get u back
A bring it on
""")

c("pair", """
A has anyone got a calculator i can borrow tomorrow
B ive got a spare one
A ur a lifesaver
B u owe me a biscuit
A i'll bring u a whole pack
B a whole pack?? ok ur forgiven forever
""")

c("pair", """
A r u coming down for tea or what
B in a min
A come on then its getting cold
B coming!!
A ur dad made lasagne
B i'm running now
""")

c("pair", """
A what did u get for the last one
A hello??
B sorry on the bus, i got 42
A same!! ok we're probably right
B if we're wrong we're wrong together
A thats the spirit
""")

c("pair", """
A go on cam for the quiz, miss said we all need cameras on
B ugh fine
B is my hair ok
A nobody is looking at ur hair
B i'm looking at my hair
A ok fair
B brb getting a hat
""")

c("pair", """
A whats the group name for the project
B dunno, send me ideas
A send it to the whole group so they can vote
B ok
C i vote for the ugly duckling one
A 'the ugly ducklings' it is then
""")

c("pair", """
A ok so the present for her is sorted
B what did u get
A a hoodie from that shop she likes
A keep it between us, she reads the gc
B i wont say a word
A and pls dont like her post about hoodies or she'll guess
B lol ok
""")

c("pair", """
A delete this chat after ur done reading
B why lol
A cos its the plan for her birthday and she uses ur ipad
B ohh fair
A we're meeting at hers at 6 saturday
B i'll bring balloons
""")

c("pair", """
A dont tell ur mum i broke the lamp when i was round
B lol ok
B actually she already knows, she found the bits
A oh no
B she said its fine it was old
A phew
A i'm still gonna say sorry when i see her
""")

c("pair", """
A airdropped the class photo to everyone on the bus
B ha i got it
C why am i blinking in every photo
A it's a talent
C u blinked in the year 7 one as well
B thanks for reminding me
""")

c("pair", """
A can u take a pic of the homework board for me, i left early
B yeah one sec
B [pic attached]
A amazing thanks
B no worries
A did she set anything for tomorrow
B just read chapter 4
""")

c("pair", """
A come on then, we're gonna miss the start
B wait i need to find my ticket
A its in ur phone case
B oh yeah
A ur hopeless
B found it, we're in row g
""")

c("pair", """
A anyone know when the trip money is due
B friday i think
C its monday, miss changed it
A ok good cause i havent asked my dad yet
B its 12 quid btw
A ok thats fine, he'll pay it
""")

c("pair", """
A r u ready yet
B nearly
A ur taking forever
B i had to iron my shirt
A on a saturday?
B i have standards
A u ironed ur shirt to go to the park
B yes and i look great
""")

c("pair", """
A send it to me once u've edited it
B the vlog?
A yeah i wanna see the bit with the cat
B it's uploading, the wifi is awful
A the cat bit is the best part
B i know, he falls off the sofa at the end
""")

c("pair", """
A everyone will see it if u post it on the main acc
B thats the point, it's for the charity bake sale
A ohh fair, post it then
B done, share it pls
C shared!! the brownies look amazing
A save me one
""")

c("pair", """
A i still have the pic of ur nan's birthday cake
B the one with the wonky candles 😂
A yes i'm printing it for the card
B she'll love it
A she's 80 on friday
B tell her i said happy birthday
""")

c("pair", """
A dont tell anyone but i got into the team
B WHAT omg congrats
A it's not announced till friday so shhh
B silent as a mouse
A i'm so nervous for the first match tho
B ur gonna smash it
""")

c("pair", """
A took a selfie for my insta and i look so tired
B let me see
A [photo]
B u look fine
A delete it, i'm gonna retake it tomorrow
B with better lighting
A with a full night's sleep
""")

c("pair", """
A has anyone got the history notes from tuesday
A ?
B me, one sec
B sent u photos of all 4 pages
A i owe u one
B nah we're even, u helped me with maths
A ok cool
""")

c("pair", """
A did u hear the bell go
B yeah were we meant to be in science
A come on then, run
B my bag's so heavy
A give me the pe bag
B ur a hero
A we're late anyway
""")

c("pair", """
A taking ages to load this game
B mine too, the update is massive
A ur taking ages to join the party btw
B sorry sorry joining now
A ur on my team
B i'll try not to die first this time
""")

c("pair", """
A have u done the english essay
B half of it
A u said u would send me ur plan
B oh yeah forgot, sending now
A thanks i'll get u a drink
B a proper one, not a water
A fine a fruit shoot
""")

c("pair", """
A the rehearsal video is in the drama chat
B oh no i'm so bad in it
A honestly ur not, everyone will see it tomorrow anyway on the big screen
B that's even worse 😭
A u'll be fine, the lighting is so dark u can barely see anyone
B ok that helps
""")

c("pair", """
A can i see ur new haircut
B [image attached]
A ooh it really suits u
B thank u i was so nervous
A who did it
B my aunty, she's a hairdresser
""")

c("pair", """
A ive still got ur pic from sports day on my phone, the one where u won
B ahh send it me i never got one
A sent
B framing it
A put it on ur wall next to the medal
B already there lol
""")

c("pair", """
A are we still doing the cake for miss on her last day
B yep, dont tell anyone in the other form
C i can bake it
A perfect
B chocolate or lemon
A chocolate, she always has chocolate in the staff room
""")

c("pair", """
A i got 3 on my spanish test 😭
B aww
B dont tell anyone, i got 2
A solidarity
B we'll do better on the next one
A there better not be a next one
""")

c("pair", """
A 🙄 the bus is late again
B every single day
A walking it is
B ur joking, its raining
A its only spitting
B its literally hailing
A ok bus it is
""")

c("pair", """
A r u home yet
A ..?
B yes sorry phone died
A just checking, ur mum messaged mine
B oh she panics if i dont reply in 5 mins
A lol same with mine
""")

c("pair", """
A whats that song from the assembly
B no idea
A send it when u find it, it's stuck in my head
B will do
A i think its an old song
B my dad will know, he knows every song
""")

c("pair", """
A send me a pic of the cat in the box
B [photo]
A HE FITS PERFECTLY
B he's been in there an hour
A does he want snacks
B he's a cat he always wants snacks
""")

c("pair", """
A fine be like that, keep the last slice then
B i will thank u
A i was being sarcastic
B i know 😂
A actually split it with me
B go on then
""")

c("pair", """
A bro get online
B in a min
A come on then we need a 4th
B loading in
A we're on the map with the bridge
B my favourite
""")

c("pair", """
A i still have the pic from the school trip where sir fell asleep on the coach
B omg dont show anyone
A it's too good not to
B only show the gc then
A ok but if he asks im saying it was u
B rude
""")

c("pair", """
A my brother made me a birthday card with a photo of me as a baby
B lol cute
A everyone at the party will see it, he's pinning it to the wall
B u were a chubby baby
A i was a healthy baby thank u
B ur cheeks tho
""")

c("pair", """
A hurry up the ice cream van is going
B i'm right behind u
A ur taking agesss
B my legs are short ok
A ive got u a 99
B best friend ever
""")

# ---------------------------------------------------------------------------
# MIXED conversations: everyday chat that turns harmful / is interrupted, and
# help-seeking or reporting about someone else's coercion
# ---------------------------------------------------------------------------

c("mixed", """
A anyone done the chemistry worksheet
B yeah its easy, its just balancing equations
A can u send me a pic of q2
B [sent photo]
C/ir while ur sending pics send me one of u 😏
B/pc ew no, read the room
A/pc bro this is a homework chat
C/vm lmao u lot cant take a joke
B/pc its not a joke when u ask every time
A anyway q3 anyone?
""")

c("mixed", """
A whos going to the park later
B me
C me if its not raining
D/ir only if she sends me a pic first lol
B/pc what is wrong with u
C/pc thats not funny, leave it out
D/vm alright it was a joke
""")

c("mixed", """
A happy birthday!!! 🎉
B thank youuu
A what did u get
B new phone finally
C/ir ooh test the camera and send me a pic of u 😉
B lol no
C/pr go on its ur birthday
B/pc still no, and its weird u keep asking
""")

c("mixed", """
A that goal last night tho
B madness, top bin
A the keeper had no chance
C/ex speaking of top bins, i've got that pic of her from year 9 still
B/pc why would u even have that
A/pc delete it, thats not ok
C/vm relax i'm not gonna do anything with it
B/rp i'm telling sir if u dont delete it
""")

c("mixed", """
A lunch?
B yeah canteen or outside
A outside, its sunny
C/ex outside by the bench, everyone's looking at the pic on his phone
B what pic
C/ex the one of her. he's showing it to everyone
A/pc thats horrible someone needs to stop him
B/rp i'm going to get a teacher now
""")

c("mixed", """
A revision session tomorrow?
B yes please, library at 10
A can u bring ur flashcards
B yeah
C/se lol bring ur phone too and delete our chat first, dont want ur mum seeing what i sent
B what?? u didnt send me anything
C/ir not yet 😏 send me something first
B/pc ok this is the revision chat, stop
""")

c("mixed", """
A has anyone seen my pe bag
B lost property maybe
A ugh
C/ex not ur pe bag but i've still got ur pic from the summer 😂
A/pc not funny delete it
C/ex,th nah, might share it if u keep being moody
D/pc thats grim, stop
D/ps ignore him u ok?
""")

c("mixed", """
A/ph my friend told me a boy is saying he'll post her pic unless she sends more. what do we do??
B/ps oh no, is she ok?
A she's crying and she doesnt want her parents to know
B/rp she has to tell someone. a teacher or ur safeguarding lead
B/rp and report his account, dont let her send anything else
A ok i'll go with her to student services tomorrow
""")

c("mixed", """
A/ph this boy in year 10 keeps asking my sister for pics on snap. what should i do
B/ps how old is she
A year 8
B/rp tell ur mum or dad straight away, and she should block him
B/rp u can screenshot it first to show the school
A she doesnt want to get in trouble
B/ps she wont be, she hasnt done anything wrong
""")

c("mixed", """
A ok so what did miss say about sextortion in pshe
B that its when someone threatens to share ur pic unless u send more or pay
A and u should never pay
B yeah and its never ur fault, and u can tell anyone u trust
C what was the website she mentioned
B the one that helps take images down, its on the slides
""")

c("mixed", """
A what would u do if someone asked u for a pic
B block and report obvs
C tell my mum
A thats what we're meant to write in the pshe booklet
C easy 10 marks then
""")

c("mixed", """
A football after school?
B yes 4 oclock
C cant, grounded
B what for
C/ph long story. a lad from another school was messaging me saying he'd show my pic to everyone and my mum found out
B/ps oh mate, u ok? ur not in trouble for that surely
C/ps she said it wasnt my fault and we reported him
A/ps fair play, ur proper brave telling her
""")

c("mixed", """
A anyone got a charger i can borrow
B i've got one
A ur a star
C/ir lol if ur borrowing stuff borrow me a pic of u
A what
C/pr go on
A no and that's not even a real sentence
""")

c("mixed", """
A the photo from the concert came out so good
B send it
A [img]
B omg we look amazing
C/ir send me one of just u 😏
A erm no
C/pr why not, u sent one to the gc
A/pc cause that was a group photo for everyone, stop being weird
""")

c("mixed", """
A is the homework due tomorrow or friday
B tomorrow
A noooo
C/se oi dont tell anyone what i said to u in dms btw
A i wasnt going to, but why
C/ex,th cause if u do i'll show everyone what u sent me
A i didnt send u anything??
A/ph idk whats going on, he's being weird
B/ps ignore him, u ok? we'll sort it
""")

c("mixed", """
A/ph my mate says her ex still has her pics and keeps threatening to send them, what can she do
B/rp tell a trusted adult asap, and report it, the police take it seriously
B/ps and make sure she knows its not her fault
A she's embarrassed
B/ps it's him that should be embarrassed
""")

c("mixed", """
A ok so i need advice
B go on
A/ph that guy in the chat is asking my best friend to go on cam every night and she doesnt want to
B/pc thats not ok at all
B/rp she should block him and tell her head of year
A/ph what if he posts stuff about her
B/rp then that's even more reason to tell someone now, screenshot everything
""")

c("mixed", """
A i just got a message request from someone i dont know
B what did it say
A hey ur pretty, send a pic
B/rp dont reply, block and report
A done
B/ps good. u ok?
A yeah just creeped out
""")

c("mixed", """
A ugh maths test tomorrow
B we're so cooked
C i'll send u my notes
A ty
D/ir forget notes, send me a pic of u instead
B/pc mate what is wrong with u
C/pc seriously stop, this isn't the place
D/vm lol u lot are so sensitive
""")

c("mixed", """
A whats everyone wearing to the disco
B my blue jumpsuit
C black dress prob
D/ir send me pics on u, i'll rate them 😏
B/pc no, we're not doing that
C/pc thats actually creepy
A lets just talk in a different chat
""")

c("mixed", """
A rate this pizza 10/10
B 8, too much cheese
C is there such thing as too much cheese
D/ir rate me, send a pic first 😂
B nobody asked
D/pr come on its a rating chat
C/pc nah its a pizza chat
""")

c("mixed", """
A/ph he sent me a message saying if i dont send him one he'll tell everyone i'm easy. what do i do
B/ps oh hun im so sorry, thats awful and its not on u
B/rp block him and show miss, we can go together at lunch
A i dont want people to find out
B/ps i'll stay with u the whole time
""")

c("mixed", """
A did anyone watch the new episode
B yes the ending!!
A no spoilers i'm on ep 4
C/ex speaking of endings, i've still got her pic from when they ended
B/pc why are u still keeping that
C/vm lol chill its just a pic
A/pc its not just a pic, delete it
C ok ok deleted
B good. and dont ever do that again
""")

c("mixed", """
A who wants to come to the cinema saturday
B me
C me if i can get a lift
D/ir only if u send me a cheeky pic first
A no lol
D/pr ??
D/pr cmon then
C/pc dude stop, she said no
""")

c("mixed", """
A/ph my cousin told me someone made a fake picture of her with an app and is sending it round
B/pc thats disgusting
B/rp she needs to tell the school and report the account, thats a crime
A she's scared to go in tomorrow
B/ps tell her we'll meet her at the gate
""")

c("mixed", """
A can someone send me the timetable
B [screenshot]
A ty
C/ir can u send me a screenshot of ur camera roll
B lol as if i'd do that
C/ir want to see ur pics
B/pc no, stop being creepy
""")

c("mixed", """
A wyd tonight
B homework then netflix
A same
C/ir send me a pic of ur netflix setup 😏 and u in it
B no lol
C/pr u said u would send me something tonight
B/pc i didnt say that at all
""")

c("mixed", """
A bring snacks to the sleepover
B ofc
C/se and bring ur phone, delete the gc after so no one's mum sees
B why would mums care about snacks lol
C/ex cos i'm gonna show u the pics he sent round of her
B/pc no. dont bring that to my house
A/pc seriously thats not ok
""")

c("mixed", """
A/ph someone keeps messaging me saying send a pic or they'll screenshot our old chats
B/pc thats blackmail
B/rp tell someone, honestly, like ur mum or a teacher
A i'm so scared
B/ps i'm here, ur not alone
""")

c("mixed", """
A the trip was so good
B fr the view from the top
A send me ur pics of the view
B [photos]
C/ir send me one of u from the hotel room 😏
B/pc no, why would u ask that
A/pc ignore him
A/ps u ok?
""")

c("mixed", """
A miss just said the essay is due monday
B noooo
C/se btw dont tell anyone about what happened on the coach
B what happened on the coach
C/se nothing, just delete this chat
B i'm confused and a bit worried now
A/ps what did he do? u can tell us
D/rp if he's making u keep secrets tell miss tomorrow
""")

c("mixed", """
A/ph does anyone know what to do if someone's threatening to share ur pics
B/rp tell a trusted adult, and report it to the app
B/ps and dont blame urself
A its not me, its my friend
B/rp then help her tell someone asap
""")

c("mixed", """
A/ph i told him no and now he's telling everyone i'm frigid
B/pc thats so disgusting of him
B/ps u did the right thing saying no
B/rp screenshot it and tell ur head of year
A ok i will
""")

c("mixed", """
A u going to the party
B maybe
C/ir only if u send me a pic in ur outfit, just to me
B lmao no
C/pr why not
B cause u said just to me
C/pr don't be dramatic
B ur the one being dramatic, leave it
""")

c("mixed", """
A/ph my friend sent a pic to her boyfriend and now its going round, what do we do
B/ps she must be so upset, check on her
B/rp tell a teacher right away, they can help get it taken down
C/vb tbf she sent it to him in the first place
B/pc thats not helpful. its his fault for sharing it
C/vm i'm just saying its not that deep
A/pc it is that deep, she's in bits
""")

c("mixed", """
A anyone want to do the project together
B me!
C/ir i'll do it with u if u send me a pic
B what? no
C/pr fine dont then
A/pc leave her alone, its a school project
C/ir,pr,vm ugh its only a joke, send one and ill stop
B/rp ok screenshotting this for miss
""")

c("mixed", """
A/ph i got a dm from a stranger saying he has my pic and he wants money
B/ps omg are u ok?
B/rp dont pay and dont reply, tell ur parents and report it
A i never sent him anything tho
B/ps then its probably a scam, but still tell someone
""")

c("mixed", """
A ok whos bringing the speaker
B me, mines charged
C/ir bring ur speaker and bring a pic of u for me
B lol ur so weird
C/pr go on
B nah leave it
""")

c("mixed", """
A what did everyone get for q3
B 12
C 14
D/ex i got ur pic from last night 😂
B what are u on about
D/ex the one u sent him, he sent it on
A/pc delete it now
C/ps u ok? dm me
""")

c("mixed", """
A/ph i need to tell someone but dont want to get anyone in trouble
B whats happened
A/ph my friend's boyfriend has been asking her for pics every night and she feels like she has to
B/pc thats not ok, she doesnt owe him anything
B/rp she should tell a teacher or her parents
""")

c("mixed", """
A/rp i reported that account that was posting pics of people in our year
B good. i did too
C/rp i told my head of year, she's sorting it
A/ps hope everyone's ok, message me if u need
B/ps same, nobody did anything wrong except whoever made that account
C the school sent a letter home about it
""")

c("mixed", """
A so how was the date lol
B it was fine
B/ph but then he asked me to send a pic when i got home and now he wont stop
A/ps omg ur not obliged to do anything
A/rp block him if he keeps going, and tell someone
""")

c("mixed", """
A just got a new puppy
B omg send me pics
A [photos]
B/ir now send me one of u 😉
A haha no thanks
B/pr aw come on
A/pc i said no. asking that in a puppy chat is so weird
""")

c("mixed", """
A/ph the boy in my form keeps making up stuff about pics i never sent
B/ps thats so horrible, ur not alone
B/rp report it to ur form tutor, they'll sort it
A/ph do u think they'll believe me
B/ps yes and i'll back u up
""")

c("mixed", """
A party at mine saturday
B yesss
C/ir only coming if u send me a pic first
B nah u can stay home then
C/pr fine then, be like that
A/pc ur not invited if ur gonna be like this
""")

c("mixed", """
A/ph i dont know what to do, he says if i tell anyone he'll post my pic
B/ps u can tell me, im here
A/ph he keeps saying delete this chat and dont tell ur mum
B/rp thats exactly why u should tell her, he's trying to scare u
B/ps none of this is ur fault
""")

c("mixed", """
A ugh pe tomorrow
B at least its badminton
C/ir send me a pic of u in ur pe kit lol
A/pc why would i do that, ur weird
C/vm relax its a joke
B/pc its not funny tho
C it was a joke ok
A whatever. badminton tomorrow, who's bringing rackets
""")

c("mixed", """
A/ph someone said my pic's going round the year 11 chat but i never sent one
B/ps that's horrible, u ok?
B/rp tell ur head of year, they can check the chat
A i'm so embarrassed
B/ps u havent done anything wrong
""")

c("mixed", """
A holiday pics 🌴
B omg the sea!!
C/ir send me one of u by the pool 😏
A no lol
C/pr u posted loads
A/pc yeah for everyone, not for u privately. stop
""")

c("mixed", """
A/ph my little sister showed me messages from a boy saying send a pic or else
B/pc that is so wrong
B/rp show ur parents tonight and report him
A she made me promise not to tell
B/rp i get it but this is too serious to keep secret, tell an adult
""")


# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------

def main():
    out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "a.jsonl")
    rows = write_conversations(CONVS, 20261201, "ta", 400, out_path)
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
