#!/usr/bin/env python3
"""Build corpora/train/conversations/g.jsonl (part G, session 16: group chats and roles).

Hand-written, synthetic, non-graphic training conversations for c2chat. Theme: GROUP CHATS of 4-7
speakers where roles matter: one harasser, a target (present or talked about), bystanders who join
in (a laugh with a remark that itself rates, names, repeats, minimises or blames), bystanders who
defend (challenge, support, report) and bystanders who are present but do nothing harmful (talk
about something else, "lol what", the match on Saturday). Harms: sexualised remarks about
appearance and rating people (out of 10, lists, smash or pass), sexualised names, sexualised
jokes and rumours, victim blaming and minimising, image requests and exposure inside group chats
(AirDrop, forwarding, "nudify" edits, pics taken without asking). About a third of the
conversations are harmless group chats that use the same words innocently: rating food, films,
kits and footballers' skill, "she's fit" meaning fit to play, ranking teachers, jokes that are not
sexualised, AirDropping a meme, a surprise kept secret.

Written as whole conversations, in order, without reading corpora/dev, corpora/check,
corpora/holdout, corpora/everyday or lexicons/. No templates or slot filling. Every person is
fictional; people are mostly named by a role, a form or an initial.

Line format inside each conversation block (lineformat.py):
    <speaker-letter>[/<code>,<code>...] <text>
Speaker letters map to pseudonymous ids tg_s001..tg_s700 (seed 16071).

Labelling conventions (corpora/train/README.md, docs/categories.md "Frames"), and the group-chat
choices made here:
- a label only on the message that performs the act in its own voice;
- a bystander who joins in carries the label of what their own words do: a laugh with a rating
  ("😂 6 max") is sexualised.appearance, repeating a name is sexualised.names, adding to a rumour
  is sexualised.jokes; a bare laugh ("😂😂", "dead") is [];
- gossip that something "is going round" is []; offering, showing, asking for or posting it is
  coercive.exposure; asking the group for someone's pic ("someone get her to send one") is
  coercive.image_request;
- a refusal by the person asked is [] however firm; their reporting or asking for help is labelled;
- a harasser's shrug after a challenge ("its a joke", "calm down") is victim_blaming.minimising;
  holding the person harmed responsible is victim_blaming.blame;
- telling someone to stop, or calling it out, is protective.challenge; checking on the person
  affected is protective.support; saying one has told or will tell an adult, or reports/blocks on
  the app now, is protective.reporting;
- rating food, films, kits, footballers' skill and outfits is [].

Usage: python3 corpora/train/conversations/build_g.py   (writes g.jsonl next to this file)
"""

from lineformat import build, conversation_adder  # the shared line format

CONVS = []  # (kind, [(letter, [codes], text), ...])


c = conversation_adder(CONVS, max_len=14)


# ---------------------------------------------------------------------------
# RATING PEOPLE IN A GROUP CHAT (sexualised.appearance), with joiners, defenders, bystanders
# ---------------------------------------------------------------------------

c("harm", """
A/sa ok new game. everyone rate the girls in 9R out of 10, go
B/sa 😂 the one with the plait is a solid 8
C wait what even is this
D/sa nah 6 at best, shes all filter
E bro some of them are IN this chat
A/vm relax its anonymous ratings its fine
E/pc its not anonymous if ur typing it with ur name on it. pack it in
C anyway is PE outside tmrw or what
""")

c("harm", """
A/sa whos the fittest in year 10 be honest
B/sa top 3 easy. i'll do a list tonight 😏
C/pc a list?? of actual people?? ur not serious
B/vm its a compliment if ur on it lol
D/pc its not a compliment if they never asked to be ranked
E has anyone done the geography map thing
C its due thursday i think
""")

c("harm", """
A/sa rating the new girl: face 7, rest 9 👀
B 🤣🤣
C/sa ur being generous, 8 overall
D she literally sits next to me in maths
D/pc i'm not doing this, its weird talking about her like shes a car
A/vm oh here we go, the feminist has arrived
D/pc yeah if feminist means not rating people then sure
""")

c("harm", """
A/sa the year 11 leaderboard is out, link in bio 😂
B wait what leaderboard
A/sa of who's the peng ones obviously. bottom 5 is brutal
C/pc thats vile. girls in our year will see that
B/rp im reporting the account its clearly someone in this gc
A/vm bro its a joke account calm down
E lol im just here for the homework answers
""")

c("harm", """
A/sa smash or pass, everyone in 8B, i'll start
B/sa pass pass smash pass 😂
C why is this a thing
D/pc not funny. half these people are 12
A/vm its a GAME
D/pc not when its real people its not
E/rp leaving and screenshotting this for mr hale
""")

c("harm", """
A/sa who's got the best legs in netball squad
B/sa the GK obviously 😍
C/pc thats my actual cousin, weirdo
B/vm i was complimenting her, chill
C/pc its not a compliment its creepy, leave her out of it
D ok moving on, is anyone walking home past the co-op
E me, meet at gate 3
""")

c("harm", """
A/sa honestly 10/10 would not complain if she wore that to school every day 😏
B/sa the pic from her bday?? agreed 🔥
C that was her 14th bday party lmaoo why are u looking at it
A/vm i can look, it's a free country
D/pc u can have eyes without typing stuff like that about a year 9
E is the match on sat or sun
""")

c("harm", """
A/sa she's a 4 in person, 9 on insta, thats all im saying
B/sa 😂 filters doing overtime
C/sa nah id give her a 6 for effort
D/pc why do u lot care this much about rating girls, genuinely
A/vm its not that deep, we do it about everyone
D/pc ok then rate each other out of 10 and see how u like it
B ...fair
""")

c("harm", """
A/sa anyone else think miss's new TA is fit
B/sa 100% 🔥 the way she walks in
C lmaooo shes like 23 and ur 14
D/pc its still weird to talk about a staff member like that in a gc
A/vm being called a 9 is a compliment
E did anyone finish the poem annotations
D yeah send me ur email and ill share the doc
""")

c("harm", """
A/sa ranking the girls at the party last night, out of 10, dont be shy
B/sa the one in the red top was at least a 9
C/sa the girl who came with her was a 3 😂
D/pc stop. that girl in the red top is my sister
A/vm ok ok didnt know, wasnt being serious
D/pc doesnt matter if i'm related, dont do it to anyone
E u alright d?
D/ps yeah. just check on her if u see her, she saw the screenshot earlier
""")

c("harm", """
A/sa someone make a tier list of the year 9 girls, S tier to F tier
B/sa i'll do it in canva 😂
C/pc do NOT do that, people get screenshotted for less
B/vm its obvs a joke
C/pc girls get called fat or ugly off the back of stuff like that, its not a joke to them
D does anyone know if bus 14 is running
E yeah its on the app
""")

c("harm", """
A/sa honest opinions: she looks good in the new uniform or nah 😏
B/sa the skirt does her a favour 👀
C who's she
A/sa the one who moved from wales, sits by the window
D/pc leave her alone she's been here like a week
E/ps i'll message her and ask if she wants to sit with us at lunch
C good shout
""")

# harmless twins: rating food, films, players, kits
c("neg", """
A ok rate tonight's school dinner out of 10
B the pasta bake? 3. it was dry
C 6, the garlic bread carried
D 0 they ran out before my form got there
A justice for 10D
E honestly the cookie was a 9 and nobody can change my mind
""")

c("neg", """
A new game. rate every marvel film out of 10, go
B endgame 9, eternals 4
C nah eternals is a 6 at least, the music was good
D ur wrong and i'm leaving
E winter soldier 10 no notes
A see this is why i started the poll
""")

c("neg", """
A who's the best player in our year team honestly
B the keeper. made like 8 saves on saturday
C the new lad on the left is rapid tho
D rating them: keeper 9, left wing 8, me 10 obviously
B 😂 u were on the bench
D benched for TACTICAL reasons
E what is going on in here
""")

c("neg", """
A ankle update? can she play saturday or not
B physio said she's fit to play if she strapped it
C thank god we need her in goal
D so starting 7 is the same as last week?
A yeah unless coach changes his mind again
E i can drive the bibs over if someone reminds me
""")

c("neg", """
A the new away kit just dropped 👀
B 10/10 the navy is so clean
C 5 the sponsor logo ruins it
D its giving 2006 in a good way
E what are u lot on about im at work
A football kit stuff, go back to stacking shelves 😂
""")

c("neg", """
A tier list of crisps, S to F
B S tier: salt and vinegar, no debate
C F tier: prawn cocktail, it should be illegal
D how dare u, prawn cocktail is A minimum
E ready salted is the real F tier
A ok im making it in canva hold on
""")

c("neg", """
A smash or pass: pineapple on pizza
B smash obviously
C pass, fruit on pizza is a crime
D pass but i'd eat it if it was free
E smash and add jalapeños
A D is the most honest person in this chat
""")

c("neg", """
A rate my fit for the prom out of 10 pls 👗
B 9!! the colour is so nice on u
C 10, the shoes make it
D stunning. the colour is perfect for u
E 8, only cos i want to see it with ur hair done
A ok ur all hired as my stylists
""")

c("neg", """
A ranking teachers by how scary they are when they're quiet
B mr o'neill 10/10 terrifying
C miss at the front desk is a 9
D the PE dept is all 2s they just shout
E mrs k is a 10 and shes never even raised her voice
A the quiet ones are always the worst
""")

# ---------------------------------------------------------------------------
# SEXUALISED NAMES in a group chat
# ---------------------------------------------------------------------------

c("harm", """
A/sn lol she ghosted him after one date, what a tease
B/sn frigid AND a tease, impressive combo 😂
C was she even going out with him
D/pc calling her names for not liking someone is so weird
A/vm its banter she doesnt even read this chat
D/pc doesnt matter if she reads it
E anyway who's bringing the speaker for saturday
""")

c("harm", """
A/sn this gc has officially renamed her the class goer 😂
B/sn 😂😂 goer
C who's this?
A/sn u know who. her from the bus
D/pc that's a horrible thing to call someone and everyone knows who u mean
E/ps someone should tell her it's not everyone, just a couple of idiots
B whatever
""")

c("harm", """
A/sn imagine being that easy 🙄
B hold on, who's this
A/sn the girl who got with him at the party. easy
C/sn 😂 easiest girl in year 11
D/pc u lot are weird, he was there too and no ones calling him anything
E/pc literally. double standard much
F lol what happened at the party i wasnt there
""")

c("harm", """
A/sn she wont even hold his hand, prude central 😂
B/sn proper frigid behaviour tbh
C why is this anyones business
D/pc it's her choice who holds her hand. calling her frigid for it is actually vile
A/vm it's called a joke, look it up
D/pc a joke she'd cry about if she saw this
C/ps if she sees it i'm telling her we didnt join in
""")

c("harm", """
A/sn the thot squad is out tonight 📸
B 💀💀
C/sn thot squad lmao accurate
D/pc they're just going to the cinema in dresses, chill
A/vm calm down it's a nickname
E/pc a nickname u'd lose it over if someone called ur sister that
F cinema sounds fun tho what film
""")

c("harm", """
A/sn everyone knows she's a sket, stop pretending
B/pc who even says that word anymore, grow up
A/vm facts arent bullying
C/pc that's not a fact its a rumour and u started it
D/rp i've screenshotted this and i'm showing mrs b tomorrow
A/se,th do that and u'll regret it
E/ps D i'll come with u
""")

c("harm", """
A/sn the new girl dresses like a proper tease
B tease?? meaning what
C/sn means what it says 😂 tease
D/pc it means u lot are judging a girl for a top
E/pc yeah leave her be, she's only been here a month
A/vm y'all are so sensitive
F anyway is the library open at lunch
""")

c("neg", """
A stop slagging off my team they're building
B building what, a relegation fight
C 😭😂
D they've lost 6 in a row mate
A its called a process
E the process is relegation
""")

c("neg", """
A she's such a tease with the new album
B literally, posting snippets for 3 weeks and no release date
C i'll cry if it drops on a school night
D the teaser on her story had me screaming
E album of the year already and its not even out
""")

c("neg", """
A i thot u were coming to the cinema
B i thought it was tomorrow 😭
C its tonight. 7:15
D i'll save u a seat B
B omw if my mum gives me a lift
E bring sweets!!
""")

# ---------------------------------------------------------------------------
# SEXUALISED JOKES AND RUMOURS in a group chat
# ---------------------------------------------------------------------------

c("harm", """
A/sj apparently she disappeared upstairs with two lads on saturday 👀
B/sj two?? i heard three 😂
C who said that
A/sj everyone is saying it, iykyk
D/pc its a rumour. she was literally downstairs with me all night
D/pc so stop spreading it
E/ps i've messaged her, she's really upset
A/vm ok but people were saying it, i didnt make it up
""")

c("harm", """
A/sj whats ur body count C, be honest 😏
B/sj 😂 its in the negatives
C i'm literally in year 8??
D/pc thats a weird thing to ask anyone let alone a year 8
A/vm its just a question, everyone asks it
C leaving this chat
E/ps C i'll dm u, ignore them
""")

c("harm", """
A/sj him and her in the library toilets at lunch, do the maths 😏
B/sj maths checks out 😂😂
C they were doing a chemistry revision group, i was there
A/vm u would say that
C/pc no i'm saying it because it's TRUE, stop making stuff up about them
D huh??
E can we talk about the trip instead, does anyone have the permission slip
""")

c("harm", """
A/sj apparently she'll get with anyone who buys her a meal deal 😂
B/sj cheap date then
C/sj 😂 meal deal girlfriend
D/pc this is actually so nasty
E/pc u do know screenshots exist, she's going to see this one day
A/vm nobody's gonna screenshot a joke
F has anyone seen my pe bag i left it in the hall
""")

c("harm", """
A/sj she came back from the trip very 'friendly' if u get me 😏
B/sj 👀👀 the coach driver??
C/sj 😂 the coach driver LMAO
D/pc u're joking about a year 9 and a grown man. that's seriously not funny
A/vm dude its a JOKE, nothing happened
D/pc exactly, nothing happened, so why are u saying it
E i was on that trip and she slept the whole way back
""")

c("harm", """
A/sj that's what SHE said 😂 sorry, had to
B lmaooo
C/sj and thats what she said last night too 😏 ask D
D ?? what
D/pc dont drag my name into ur jokes
E/pc fr, making it about a real person isnt funny
A/vm it was a harmless joke, get over it
F anyway who's doing the food shop for the sleepover
""")

c("neg", """
A what do you call a fish with no eyes
B oh no
A a fsh
C leaving
D 😂 ok that one got me
E i'm telling that to my nan
""")

c("neg", """
A heard the new year 7s got lost looking for the music block
B 😂 that was me in year 7
C it's literally hidden behind the sports hall
D they should give out maps
E they do, nobody reads them
A it's a rite of passage at this point
""")

c("neg", """
A what's ur body count in elden ring 😂
B i've died to the first boss 47 times
C that's not body count that's death count
D my body count on hitman is like 300
E y'all are violent
A its a GAME
""")

c("neg", """
A apparently they're getting together
B who?? 👀
A the two schools. joint prom!!
C NO WAY
D wait thats actually amazing
E finally more people to dance with
""")


# ---------------------------------------------------------------------------
# IMAGE REQUESTS AND EXPOSURE INSIDE GROUP CHATS
# ---------------------------------------------------------------------------

c("harm", """
A/ir B go on send one for the gc, we're all friends here
B no thanks
C/pr 😂 dont be shy, everyone else has
B they literally havent
D/pc stop asking her. she said no
A/pr it's one pic, not a big deal
E/rp B i've reported the chat, u can leave it if u want
B leaving. bye
""")

c("harm", """
A/ex who wants to see what she sent him last year 👀
B/ex me 👀
C/ex drop it
D/pc dont u dare. thats illegal and its cruel
A/vm relax it's old, everyone's seen it anyway
D/rp i'm telling head of year if that pic goes anywhere near this chat
E/ps i'll go with u D
F wait whats happening
""")

c("harm", """
A/ex it's been airdropped to everyone on the coach now 😂😂
B/ex LMAO i got it
C wait what did u airdrop
B the pic of her changing after PE
D/pc thats disgusting. delete it off ur phones now
A/vm ur so dramatic, it's not even that bad
D/rp already messaged mr patel, he's on the coach
E/ps has anyone checked if she's ok
""")

c("harm", """
A/ex got her pic from her ex, sending to the lads gc 📤
B/ex send it here first 👀
C/pc bro no. she didnt send it to u
A/vb she shouldn't have sent it to him then should she
D/vb facts. once u send it its out there
E/pc nope, the person who spreads it is the one in the wrong
E/rp and i'm reporting it to the app rn
""")

c("harm", """
A/ir someone get the new girl to send a pic, she likes u C
C and why would i be doing that exactly
B/ir go on just ask her for one 😂 for research
C no. thats grim
D/pc exactly. leave her alone
A/pr wow C ur no fun, we thought u were a lad
E lol what did i miss
""")

c("harm", """
A/th i could put her through that nudify app 😂 see what happens
B/sj 😂 do it
C what app
A/th the one that edits people. i'll post the result here
D/pc u cannot be serious. that's a crime
E/rp i'm screenshotting this and showing my dad, he's a governor
A/vm omg its a JOKE i'm not actually gonna
F i just woke up, what did i miss
""")

c("harm", """
A the pic of her is on the year 10 page now 😂
B/ex send me the link
C/pc u lot are sick. report the page
D/rp reported it. told my form tutor too
A/vb shouldn't have posed like that if she didnt want it going round
E/pc she posed for her boyfriend not for the whole school
F/ps someone check she's alright, she wasnt in period 3
""")

c("harm", """
A/ex i've still got the vid from the sleepover, should i drop it in here 😂
B/ex DROP IT
C/pc no. she was asleep, she didnt know u were filming
A/vm its funny tho
D/pc its not funny its filming someone without asking
E/ps i'll message her and tell her to report it
B lol ok fine dont
""")

c("harm", """
A someone took a pic up her skirt on the stairs and its in the boys gc
B 😳
C/pc thats actually illegal. upskirting is a crime
D/rp telling miss r first thing tmrw
E/ps do we know if she knows? someone should tell her gently
A/vm it was an accident probably
C/pc it wasnt an accident if they sent it round
""")

c("harm", """
A/ir we need a pic of u in the new swimsuit for the gc 😏
B lol no chance
C/ir go onnnn, one pic
D/pr its just us, nobody else will see
B no means no
E/pc she said no like 3 times, drop it
A/pr ugh ur boring
F is swimming still on for saturday
""")

c("harm", """
A/ex she deleted her story but i got it first 😂
B/ex post it post it post it
C what was on it
A/ex her in her room getting ready, she posted it by accident. i'll show u at lunch
D/pc don't. she deleted it for a reason
E/rp i'm telling her so she can report it. this is messed up
A/vm chill no one's seen it
""")

c("harm", """
A/ex his pics are going in the year group chat tonight, he deserves it
B/ex 😂 post them
C whos pics
A/ex the lad who dumped my mate. he sent her stuff, now everyone sees
D/pc two wrongs dont make a right. dont post anything
E/rp i'm reporting this to the police online if u do, im not joking
A fine, whatever
""")

c("harm", """
A/ex made a gc called 'rate the pics' 😂 adding everyone now
B/sa rate the pics?? i'm in, the one from the beach is a 9
C/pc these are girls' pics from their own insta, u cant just rank them
A/vm theyre public so its fair game
D/pc public doesnt mean u can put them in a ranking chat
E/rp reported the gc. leaving
F 😬
""")

c("harm", """
A/ex look what i found on her old account 😂 [sent photo]
B/sa 😂 she was 8/10 back then
C/sa wasnt even that good tbh
D/pc delete that. she was like 11 in that pic
A/vm its from her own page, calm
D/rp screenshotting this chat and sending it to safeguarding
E/ps i'll tell her so she can lock her old account
""")

# innocent twins: airdrop, screenshot, pics in a group
c("neg", """
A just airdropped the whole coach the pic of the sheep 😂
B HAHAHA the one in the hat
C how did a sheep get a hat
D the farm put it on for the trip photo
E i'm making it my lock screen
A iconic behaviour
""")

c("neg", """
A can everyone send a pic of their costume for the drama group chat
B which costume, the act 1 one or the ball
C the ball!! i'll send mine after dinner
D mine is literally a bin bag with glitter 😂
E mine hasn't arrived yet
A ok send when u can, i'm doing the display board
""")

c("neg", """
A i screenshotted the seating plan before sir took it down
B where am i
A next to the window with D
D yesss
C i'm at the front by myself 😭
E c i'll swap with u if sir lets us
""")

c("neg", """
A who wants to see the vid of the goal from saturday 👀
B me!!
C drop it
A [sent video]
D the curl on that 😭
E i was screaming on the sideline
""")

c("neg", """
A exposed: B has listened to the same song 400 times this week
B WHO TOLD U
C spotify blend doesnt lie
D 😂😂 exposed in 4k
E what song tho
B i'm not saying
""")

c("neg", """
A mum wants a pic of all of us in our prom stuff for the family chat
B ok but only if my hair is done first
C after the limo then
D can we do one with the car too
E one normal and one stupid face
A deal
""")

# ---------------------------------------------------------------------------
# VICTIM BLAMING AND MINIMISING, in group chats
# ---------------------------------------------------------------------------

c("harm", """
A did u hear about the year 11 whose pic got shared
B/vb yeah, she sent it tho so
C/vb tbf what did she think was gonna happen
D/pc she thought she could trust him?? thats what
E/pc the one who shared it is the problem, not her
B/vb i'm just saying don't send it if u don't want it out
D/pc and i'm just saying dont share other people's pics. easy
""")

c("harm", """
A the assembly today was so long
B/vm the 'respect' one? lol it was pointless, lads were always gonna do stuff like that
C/vm lads are lads, what do u expect
D/pc thats literally the excuse they told us not to use in the assembly
E/pc yeah no. it's not 'boys being boys' when someone gets hurt
A ok but it was still long
""")

c("harm", """
A/vb tbh she's always posting pics in crop tops, she was asking for people to comment
B/vb fr she loves the attention
C/pc wearing a crop top isnt asking for anything
D/pc it's her page. the comments are on the people who wrote them
E anyway does anyone know when mocks start
D january i think
""")

c("harm", """
A/vm people are making such a big deal about the ratings thing
B/vm its literally a number, if u cry over that ur soft
C/pc a list ranking girls in our year went round the whole school, of course its a big deal
D/pc girl at the bottom hasnt come in since. so yeah, big deal
B/vm she'll be fine in a week
E/ps has anyone actually messaged her?
D/ps i have, she said she's ok-ish
""")

c("harm", """
A/vb if u go to a party in that dress what do u expect
B/vb exactly. people talk
C/pc people talk because people like u start it
D who are we even talking about
A the girl from the bowling party
E/pc she can wear whatever she wants, what happened to her wasnt her fault
""")

c("harm", """
A/vm honestly the 'upskirting' talk was so dramatic, it was one pic
B/vm 😂 it's not like anyone got hurt
C/pc it IS a crime tho. like actually
D/pc and it happened to a real person who now has to see those lads every day
A/vm whatever, she's being extra about it
E/pc no she's being normal about it. he's the extra one
F/rp if anyone's got the pic still u need to delete it, sir said they're checking phones
""")

c("harm", """
A/vb she trusted a boy she met on insta, kinda on her
B/vb yeah thats basic internet safety
C/pc basic internet safety is also not lying to girls to get pics
D/pc blaming her is exactly why people dont tell anyone
E/ps if anyone in here gets asked for stuff, u can tell me, i wont judge
B fair
""")

c("harm", """
A/vm its just comments on a pic, why is the school involved
B/vm because people are snowflakes now
C the comments were about her body tho
D/pc and they were on a year 8s pic. school should be involved
E/vm bruh it was banter
D/pc banter is both people laughing. she wasnt
F can someone send the french vocab list
""")

c("harm", """
A/vb why do girls send pics and then cry when it goes round
B/vb 😂 fr like what did u think would happen
C/pc why do boys share pics and then act shocked when they get excluded
D 😂😂 C
A/vm that's different tho
C/pc its exactly the same, except only one of them broke the law
""")

c("harm", """
A/vm honestly the whole thing is a joke, he only said she looked good
B/vm people cant take a compliment anymore
C he said it in front of the whole class tho and she'd asked him to stop
D/pc a compliment stops being one after someone says stop
E/ps i sat with her at break, she was proper shaken
A ok fair i didnt know she'd asked
""")

# harmless twins of blame / minimising words
c("neg", """
A whose fault was that second goal
B the keeper's, he was on his phone basically
C nah it was a deflection, not his fault
D it was my fault i lost the runner
E its one goal, we still drew
A stop being dramatic D u played well
""")

c("neg", """
A the cake collapsed 😭
B what did u expect, u took it out after 10 mins
C it was asking for it with that much jam in the middle
D just call it a trifle
E 😂 rebrand it
A trifle it is
""")

c("neg", """
A i'm so annoyed about the detention
B its literally 20 mins, not that deep
C yeah its just banter with sir at this point
D he likes u really
E bring snacks
A u lot are no help
""")

c("neg", """
A everyone chill, it's a pub quiz for charity
B only a quiz?? its the house cup
C she's right, its a big deal, we're 2 points behind
D stop being so dramatic we'll win the music round
E i know every song from 2000 to now
A ok E is our secret weapon
""")


# ---------------------------------------------------------------------------
# MIXED: ordinary group chat that turns, target present, bystanders in every role
# ---------------------------------------------------------------------------

c("mixed", """
A who's got the maths homework
B page 42, questions 1 to 12
C ugh the fractions ones
D/sa C u should do ur homework in that top from ur story, u'd get top marks 😏
C excuse me??
E/sa 😂 D said what we were all thinking
C/pc that's not funny. don't comment on my pics in here
F/pc yeah D thats weird, she's literally asking about homework
D/vm lol sensitive
""")

c("mixed", """
A is the bowling still on for friday
B yeah 6pm, bring a tenner
C can i bring my cousin
D/sa is ur cousin the fit one from ur insta 👀
E/sa 😂 bring her bring her
C she's 12 u freaks
F/pc yeah what is wrong with u two
D/vm calm down didnt know her age
F/pc u shouldnt need to know her age to not be weird
""")

c("mixed", """
A happy birthday E!!! 🎉
B hbd!! 🎂
C/sj happy bday E, hope ur bf gives u a special present later 😏😏
D 😂😂
E ew what. i'm 14
F/pc bro why would u say that in the family gc. her mum is literally in here
C/vm i was obviously joking
G (E's mum) This has been noticed. I'll be speaking to your parents.
""")

c("mixed", """
A omg the sports day photos are up on the school site
B i look so sweaty 😭
C/sa the one of her doing hurdles tho 👀 i'm saving that
D which one
C/ex the girl in 10C, i'll send it in the lads chat
E/pc don't do that, it's a school photo, not for ur chat
F/rp genuinely if that turns up anywhere im telling sir
B can we just talk about the relay, we came second!!
""")

c("mixed", """
A year 12 group project chat, who's doing slides
B i'll do the intro and the sources
C data and graphs me
D/sa i'll do the conclusion if E does it in that skirt again 😂
E i'm sorry what
F/pc that's completely inappropriate. keep it about the project please
D/vm it's a compliment lighten up
E/pc it's not a compliment in a work chat with 6 people in it
B moving on. conclusion is D's anyway, done
""")

c("mixed", """
A who's coming to the match on sat
B me, my dad's got a season ticket
C/sj is ur sister coming, she's a bit of a goer 😂
B ??? she's 13 mate
D/sn 😂 a goer lmaooo
E/pc both of u need to grow up
F/ps B ignore them, seriously
C/vm ok sorry sorry, joke
""")

c("mixed", """
A anyone want to do a study group at the library
B yes pls i'm failing chem
C/sj library study group 👀 we all know what happens in the study rooms
D 😂
E ok what did i just walk into
A/pc can u not. i literally just want to pass chem
C/vm i'm joking chill
B so thursday after school?
""")

c("mixed", """
A can someone take pics of the dance show for me, i'm on stage the whole time
B yeah ill bring my proper camera
C/sa i'll take pics of the year 10 girls if thats ok 😏
D lol C
A/pc no C, that's not what i asked for
E/pc that's creepy, ur not coming near the camera
B i've got it A don't worry
""")

c("mixed", """
A new gc for the geography trip! 🌍
B yay who's rooming with who
C/sj can i room with the girls 😏😏 for science
D 😂
E/pc no. and that's not even a good joke
F/rp the trip leaders can see this gc btw, miss said
C/vm ok ok it was a joke
B so me and A in room 4?
""")

c("mixed", """
A COUNTY CHAMPIONS 🏆 our netball girls did it
B GET IN 🏆
C/sa the netball skirts are the real winners 😏
D 😂 C
E/pc they won a county final and that's what u say??
F/pc actually embarrassing. well done girls 🏆
A ty F ❤️
""")

c("mixed", """
A anyone selling their old textbooks
B i've got the biology one
C/sa B i'll buy it if u deliver it in person wearing the pink thing 😏
D 😂 stoppp
B lol no. £5 and i'll leave it at reception
E/pc C that's weird, stop
C/vm bro it's a joke, lighten up
B anyway A do u want it or not
""")

c("mixed", """
A ok who's doing the secret santa draw
B me, everyone put names in by friday
C/sj i want her as my secret santa so i can give her something special 😏
D hang on who
C u know who 😂
E/pc that's not what secret santa is and u know it
F/pc yeah don't make it weird about a girl who isn't even in here
B names by friday. nothing weird. ty
""")

c("mixed", """
A has anyone got the timetable for next week
B mocks start tuesday
C/sj good luck to her in the french speaking exam, she's had loads of practice with the year 11s 😏😏
D/sj 😂😂 practice
E/pc u lot are 15 and still doing this joke about a girl
F/pc and it's always about the same girl. it's not even a joke anymore it's a target
A so tuesday, right? what time
""")

c("mixed", """
A can u lot vote for our school in the eco award thing, link is in bio
B done ✅
C done
D/sa only voted cos the girl in the video is fit 😂
E/sa 😂 the one with the plant
F/pc she's a year 8 and she's on the school page. stop
A anyway thanks for voting!!
""")

c("mixed", """
A gym after school anyone
B yeah i need to do legs
C/sa go in those leggings from monday and everyone will watch 😏
B um no ty
D/pc C u do realise she's in here
E/pc and that's not ok to say even if she wasn't
C/vm god everyone is so sensitive
F gym at 4 then
""")

# ---------------------------------------------------------------------------
# HARMFUL GROUP CHATS WITH NO DEFENDER (bystanders stay silent or change subject)
# ---------------------------------------------------------------------------

c("harm", """
A/sa honestly whoever's got the blonde one in their form, lucky. 9.5 easy
B/sa 😂 she's a 10 in PE
C haha
D anyone know what we've got period 1
E double science
A/sa D u sit near her, get us a pic 😏
D nope
""")

c("harm", """
A/sj heard the new couple already did it 👀
B/sj already?? 😂 that was quick
C im confused
D i'm so tired
E same, i have band at 7am
A/sj 😂 bet she's telling everyone
""")

c("harm", """
A/sn the girls in 10R are all teases honestly
B ha
C/sn proper teases 😂
D can i borrow someone's charger in 3rd period
E i've got one
""")

c("harm", """
A/ex i've got the pic she sent B, want to see?
B/pc bro don't, i said that was between us
C/ex send it
D/ex 👀 yes
E 😬
F i'm not getting involved
""")

c("harm", """
A/sa rating everyone's holiday pics out of 10 from her story 😂 the girls ones obvs
B/sa the beach one is a 10
C/sa yeah 9 min
D is it hot in spain rn
E like 30 degrees
A/sa the pool pic is the winner tho
""")

c("harm", """
A/vb she went upstairs with him at a party, of course people are gonna talk
B/vb facts
C/vb she knew exactly what she was getting into
D lol what did i miss
E nothing good
A/vm people are acting like it's some huge scandal
""")

c("harm", """
A/ir lads, whoever gets a pic from the new girl first wins a tenner 😂
B/ir i'm in. i'll ask her for one tonight
C 🤣
D i'm not getting involved in this one
E is the canteen doing pizza today
A/pr B hurry up then, tenner's waiting
""")


# ---------------------------------------------------------------------------
# PRESSURE, THREATS AND SECRECY ABOUT IMAGES, in front of the group
# ---------------------------------------------------------------------------

c("harm", """
A/ir,se B send one in here, we all delete it after, nobody outside the gc knows
B nah. i'm keeping my pics to myself thanks
C/pr,sn 😂 frigid
D/pr come on B everyone's waiting
E/pc she said no. what's wrong with u lot
F/ps B u don't owe anyone anything. leave if u want
B/rp i'm leaving and blocking A
""")

c("harm", """
A/ex,th if she doesn't reply to me by tonight her pic goes in here
B/ex 😂 i'll be waiting
C/pc u can't threaten her like that
D wait she sent him a pic?
A/th,ex she's got till 9
E/rp i'm messaging her to screenshot everything and tell her mum
F/rp and i'm telling sir tomorrow, whatever happens
""")

c("harm", """
A/se nobody screenshot this chat btw
B why
A/ir because C is about to send us a pic 😏
C i'm not
D/pr go on C don't be boring
E/pc she's not a vending machine, stop
C/rp screenshotting this actually. and i'm showing my sister
A/vm jeez, a JOKE
""")

c("harm", """
A/th,ex tell anyone about the gc and i'll post ur pic, simple
B what pic
A/ex u know which one. the one from the summer
C/pc mate that's blackmail
D/ps B dm me rn
B/ph what do i even do, he actually has it
E/rp report it to CEOP, my cousin did and they took it down
""")

c("harm", """
A/pr ur the only one who hasn't sent one for the group album C, stop being weird
C i said no twice
B/pr,sn frigid behaviour 😂
D/pc it's not frigid to not want ur pic in a boys' album
E/pc deleting that word from this chat. call her it again and i'm telling
F lol what album
""")

c("harm", """
A/se wipe this chat after, i mean it
B ok
C/ex 😂 too late i've screenshotted the pics
D/pc what pics? if its the girls from year 9 thats proper bad
A/th,se C delete them or u'll regret it, nobody needs to know
E/rp this is the chat i'm showing head of year. done
""")

c("harm", """
A/ir the group dare: everyone gets a pic from their crush by friday
B/ir 😂 deal. starting now
C dare accepted
D/pc u lot realise asking girls for pics as a dare is grim
E/pc and u're all 14. it's illegal for them to send it
A/vm god its a laugh
F i'll pass, i've got netball
""")

c("harm", """
A/ex,th i'll airdrop her pic to the whole year at assembly if she keeps ignoring me
B/sj 😂 make it a show
C/pc stop. that's a threat and it's a crime
D who is it
E/ps it doesn't matter who. she'll need us
E/rp i've already told my mum, she's ringing the school tomorrow
""")

c("harm", """
A/pr she'll send one if we all keep asking, she always gives in
B/ir 😂 i'll ask next
C/ir me after
D/pc u're organising a rota to pressure a girl?? are u hearing yourselves
E/rp D i'll go to miss with u at break
D yeah, 8:40 at the office
""")

c("harm", """
A/ex,se i'll send u the vid but don't save it and don't tell her
B/ex ok send
C/ex and me
D/pc that's her private vid, she doesn't even know u've got it
E/rp reporting it on the app and telling my dad, he'll know what to do
F lol what vid
""")

# ---------------------------------------------------------------------------
# HARMLESS GROUP CHATS: pics, secrets, ratings, "fit", jokes (all [])
# ---------------------------------------------------------------------------

c("neg", """
A send one in the gc pls i need to see the hair
B ok don't laugh 😭
B [photo]
C THE FRINGE
D omg it suits u so much
E i want the same one
A iconic. book me in with ur hairdresser
""")

c("neg", """
A nobody tell D about the surprise party 🤫
B 🤐 vault
C what time do we get there
A 6. she thinks we're going bowling
E delete this chat after so she doesn't see it on my phone lol
F i've got the balloons sorted
""")

c("neg", """
A ok year 7 maths gc, who understands long division
B not me
C me kind of
D my brother said u do the bus stop thing
E whats the bus stop thing
C i'll send a pic of how i did question 3
A ily for this
""")

c("neg", """
A can u all send me ur baby pics for the leavers' yearbook
B omg no
C baby pics?? for what
A for the 'guess who' page 😂
D fine but i was a very ugly baby
E mine is me eating sand
A perfect thats going on the cover
""")

c("neg", """
A lads, is he fit for sunday or nah
B hamstring's better, he did the full session
C good cos we're short at the back
D he's been lifting all summer, he's proper fit now
E fit or fat, we need him in defence
A 😂 harsh
""")

c("neg", """
A the new PE teacher is so fit
B meaning what
A like he ran the 5k with us and didn't even breathe
C bro did it in 19 minutes
D and he was talking the whole way round 😭
E i'm not running with him again
""")

c("neg", """
A rate the chicken shop out of 10 go
B the one by the station? 7, chips are decent
C 4, i got food poisoning
D 10 cos it's cheap
E the new one is better, 8
A ok we're trying the new one friday
""")

c("neg", """
A what's the best rated film on the list for film club
B the one about the mountain climbers 9.1
C boring
D the horror one is like 7.8 but its sick
E no horror, i cant sleep after
A mountain climbers it is, democracy
""")

c("neg", """
A just heard a rumour...
B 👀 go on
A they're closing school for the snow tomorrow
C PLEASE be true
D my mum said it's on the website
E its true!!! letter just came
F sledging at the park at 10??
""")

c("neg", """
A guys dont tell anyone but i got a B in chemistry
B WHAT well done!!
C why are we not telling anyone
A bc i told my dad i'd fail so he'd be surprised
D 😂 genius
E ur dad is gonna be so happy
""")

c("neg", """
A ok drama club: we need someone to play the 'tease' in act 2
B the what
A the character who keeps teasing the prince with the riddle
C oh the jester? i'll do it
D C is literally perfect, she never stops making riddles
E casting confirmed
""")

c("neg", """
A who's going to the match, i've got 2 spare tickets
B me!! how much
A free my dad got them through work
C i'll come if B comes
D cant, nan's birthday
E the chat is wild today
E sorry wrong chat 😂 enjoy the match tho
""")

c("neg", """
A ok be honest, does this look ok for the interview
A [image]
B very smart
C the blazer is a good shout
D maybe a different tie
E u look like a bank manager in a good way
A perfect, thats the vibe
""")

c("neg", """
A sixth form common room needs a new name, suggestions
B 'the lounge'
C 'the place where nobody does work'
D 'room 14' since that's what it is
E 'the kettle'
A the kettle wins, putting it to a vote
""")

c("neg", """
A she's so easy to talk to, the new counsellor
B honestly yeah, i went last week
C was it awkward
B no she just let me talk about my nan
D i might go too, exams are stressing me out
E same, i'll come with u
""")


# ---------------------------------------------------------------------------
# MORE VOICES: regional slang, caps, long messages, year 7 and sixth form
# ---------------------------------------------------------------------------

c("harm", """
A/sa rate the lads in year 11 out of ten, i'll go first, the tall one is a 9 🥵
B/sa the one with the curtains is like a 3 😂
C/sa nah he's a 5 when he smiles
D he's my mate and he's in this chat
E/pc girls doing it doesnt make it any less weird. he's literally in here
A/vm boys rate us all the time so
E/pc then both are grim. stop
""")

c("harm", """
A/sj bet he's never even kissed anyone 😂 virgin energy
B/sj 😂😂 virgin til 40
C he's right there in the chat btw
D/sj lol he knows its true
E/pc mate leave him alone, who cares
F/ps ignore them man, u coming to five a side tmrw?
C yeah see u at 6
""")

c("harm", """
A/sa aye she's a wee stunner, that lassie from the bus 😍 10 out of 10
B/sa she's only in second year ya weirdo but aye
C/pc the both of yous, she's a wean. pack it in
D/vm it's just patter
C/pc it's not patter if you're rating a 12 year old
E who's got the chemistry notes, i was off
C i'll send them the night
""")

c("harm", """
A/sa bruv the new girl is peng ting, 10/10 no cap
B/sa mandem been saying 😂 the body tho
C/sa say less. i'm gonna chirpse her
D/pc allow it man she's in year 9
E/pc fr that's moving mad, she's a kid
A/vm relax man i'm just chatting
F wagwan for ball tmrw, who's bringing one
""")

c("harm", """
A/sn lush weather today, shame about her from 10P, proper tease she is
B/sn 😂 tease is right
C who's that
D/pc she's in my art class and she's lovely. why d'you say that
A/vm oh here we go, only banter butt
D/pc banter's when we're all laughing. she isn't
E anyone coming to the beach after
""")

c("harm", """
A/sa the girls in year 13 are proper mint, specially the one in the library 😍
B/sa our kid said she's a 9
C/pc she's a year above and she has a name mate, you don't need to rate her
A/vm its a bit of fun
D/vm yeah dont be a killjoy
C/pc fine but it's fun for you, not for her
E whos coming to the chippy
""")

c("harm", """
A/sj OMG DID U HEAR WHAT SHE DID AT THE PARTY 😂😂😂
B/sj EVERYONE IS SAYING SHE GOT WITH THREE PEOPLE
C what?? she was with me all night
C/pc SO IT'S NOT TRUE. STOP SPREADING IT
D/ps she's been crying in the toilets, i'm with her now
E/rp miss has asked who started it, i'm telling her
A/vm ok calm down it was just what people were saying
""")

c("harm", """
A/sa ok so i made a list of the fittest girls in each form, dont judge me, it took ages and honestly 9S was the hardest because there's like four who could be top so i did joint first, ill post it at 8 when everyones on
B/sa 😂 post it now i cant wait
C/pc A please don't. i know you think it's funny but people on that list will see it, and the ones not on it will too, and it'll be everywhere by lunch. it's not worth it
D/pc agree with C. plus u'll get excluded
A/vm it's a compliment list, who gets upset by that
C/pc people who didn't ask to be on a list
E im just here for the memes
""")

c("harm", """
A/sj ahahah 'revision session' at his house 😂😂 sure
B/sj revision 😏 lol
C they literally just did revision, she got an A in the mock
D/sj yeah from revising him 😂
E/pc that's so grim, she's a person. stop
C/ps i'm telling her to mute this chat, she doesn't need it
F scrolling up... what
""")

c("harm", """
A/sa year 7 girls are getting fitter every year 😂
B/pc u're in year 11. that's actually disturbing
C/pc ngl that's the creepiest thing ive ever read in this chat
A/vm it's a joke u lot
D/pc funny to who
E/rp leaving and telling my tutor, that needs to be said to someone
""")

c("harm", """
A/sn she's so fake. and a tease. and she knows it
B/sn 😂 tease
C why are we even talking about her
D/pc this is the third day of u lot slating her, she hasnt done anything
A/vb she puts pics up looking like that, she wants the attention
D/pc or she just likes her pics. not everything is for boys
E anyone want to get food after training
""")

c("harm", """
A/sa hey guys who looks better in the class photo, her or her 😂 [sent photo]
B/sa left. easy 😍
C/sa right, the left one is a 6
D/pc why are u comparing two people like theyre cars
E/pc put the class photo away, this is so weird
A/vm can't even have an opinion now
F/ps ill tell them to ignore the gc if they ask
""")

c("harm", """
A/sj ooooo they were in the drama cupboard for 20 mins 😏
B/sj 'rehearsing' 😂
C they were getting the props out for the show lol
D/sj sure they were 😏😏
E/pc u lot are making up stuff about year 8s, it's weird
F/pc fr she's my little sister, drop it
A/vm fine fine, no need to get heated
""")

c("harm", """
A/sa i'd rate her an 8 if she wore less make up 😂
B/sa 9 if she smiled more
C/pc she doesn't need to smile more for u two
D/pc she doesn't need to do anything for u two
A/vm ok, ok, bit dramatic
E lmfao
""")

c("harm", """
A/sa ur gf is fit ngl, bet her pics are 🔥
B ??? wtf
C/sa 😂 agreed she's peng
B/pc oi. that's my girlfriend, pack it in
D/pc yeah that's his gf not a menu
A/vm calm down i literally said she looked nice
B/pc a compliment would be to me, not 'bet her pics are'
""")

# harmless regional and register variety
c("neg", """
A lush day for it, beach after school?
B tidy, i'll bring the frisbee
C my mam said i can come if i'm back by 7
D can we get chips on the way
E always
A meet by the bus stop then
""")

c("neg", """
A aye she's a wee belter at the fiddle, did you hear her at the concert
B aye she was pure class
C she's been playing since she was four
D i cried at the slow bit not gonna lie
E we should get her to play at the leavers
A good shout, i'll ask her
""")

c("neg", """
A bruv that goal was peak
B allow it, the ref was blind
C say less, we go again next week
D who's got the ball for tomorrow
E mine's flat, someone else
A i'll bring mine
""")

c("neg", """
A the new teacher is such a stunner at maths
B ikr she explained quadratics in 5 mins
C i finally get it
D i might actually pass now
E she's 10/10 as a teacher
A agreed, best in the department
""")

c("neg", """
A rate my painting out of 10, be honest
A 📸 [photo attached]
B 9! the sky is so good
C 8 the trees are a bit wonky but i love it
D 10 it's going in the art show surely
E can u paint my dog
A 😂 add it to the list
""")


# ---------------------------------------------------------------------------
# PAGES, ANON APPS, EDITS AND AIRDROP (exposure and jokes), group reactions vary
# ---------------------------------------------------------------------------

c("harm", """
A someone's made a confessions page for our year and posted stuff about her 😂
B/ex send me the @
C/sj 😂 i saw it, apparently she's been with half of year 10
D that page is so toxic
D/rp i reported it, everyone should
E/rp reported ✅
F/ps she's my neighbour, i'll check she's ok
""")

c("harm", """
A/ex,sj i sent in a 'confession' about him to the anon page 😂 said he cried when she dumped him and begged for pics
B/sj 😂😂 begged
C/pc u just made that up?? that's so messed up
D/pc his mum follows that page
A/vm it's anonymous no one knows it was me
E/rp they will when i show sir this chat
""")

c("harm", """
A/th someone edit her face onto one of those pics 😂 she'd die
B/th i've got the app, give me 5 mins
C/pc no. making fake pics of someone is abuse and it's illegal
D lol what app
E/pc D don't. seriously everyone just stop
F/rp i'm saving this and reporting it to CEOP if anything gets made
B/vm i wasnt gonna actually do it
""")

c("harm", """
A/ex the edit is done 😂 posting it on my close friends
B/ex put me on close friends
C/ex me too 👀
D/pc that's a fake pic of a real girl, u know she'll find out
E/rp i've got a screenshot of u saying it and i'm showing my mum tonight
A/se,th show anyone and ur next
F/ps E i'm with u, i'll come to school with u tomorrow
""")

c("harm", """
A/sj anon question to her: 'how many lads this year' 😂 just sent it
B/sj 😂😂 she'll reply 'only 5'
C/pc sending that to someone anonymously is bullying, just so u know
D/pc and u know she'll think it's everyone in our year
A/vm it's a question, she doesn't have to answer
E/ps i'm gonna message her and tell her it was one idiot, not everyone
""")

c("harm", """
A/ex airdrop is open in the canteen, everyone accept 😂
B/ex accepted
C what is it
B/sa the pic of her on the trip, legs everywhere 😂
D/pc turn it off and delete it, seriously
E/rp miss is literally in the canteen, i'm going to her now
A/vm it's a trip pic, not that deep
""")

c("harm", """
A/sa the slam page is rating the year 9s again
B/sa 😂 i'm saving the top 5 before it gets taken down
C/pc what do u need to keep that for
D/rp i've already reported it and so has my mum
E/rp reported too, the app said it's being reviewed
A/vm it'll be back up in a day lol
""")

c("harm", """
A/ex posted her pic on the bants page with the caption 😂😂
B/ex what caption, send
A/sn 'the class tease' 😂
C/sn 😂 the class tease
D/pc u posted a year 10 with a caption like that?? that's targeting her
E/rp reported the page and the post
F/ps D is she ok, ur her friend right
D/ps she's at mine, we're reporting it with her mum
""")

c("harm", """
A/ex ok who wants to be added to the 'pics' gc 😂 invite only
B/ex me 👀 send
C/ex me pls
D what's in it
A/ex stuff girls have sent people 👀 iykyk
D/pc that's actually illegal. i'm not joining and u shouldn't be running it
E/rp screenshotted the invite. sending it to the police online form
""")

c("harm", """
A/ex bro u got the vid of her dancing at the sleepover? send it in
B/ex sending 😂
C/sa 😂 she thinks she's a 10
D/pc she doesn't even know it was filmed
E/pc delete it before it ends up everywhere, she'll be mortified
B/vm it's just dancing
E/pc in her pjs at a sleepover. she didn't choose to be in this chat
""")

# harmless twins of pages, anon, edits, airdrop
c("neg", """
A someone's made a compliments page for our year ❤️
B omg its so cute
C it said i have the best laugh in 10S 😭
D someone said my art is amazing
E i'm submitting one about the dinner ladies
A this is the best thing on the internet
""")

c("neg", """
A edit my face onto the squad photo pls, i was off sick
B 😂 hold on
B 📷
C why are u floating
D ur head is massive
E yearbook material right there
A perfect i love it
""")

c("neg", """
A airdrop me the pic of the whole team with the trophy
B which one, the one where coach is crying
C that one obviously 😂
D can i get it too
E airdropping to everyone now
A love u guys
""")

c("neg", """
A anon question on my page: 'what's ur fav crisps'
B ur answer better be salt and vinegar
C it was me i sent it
D lol why
C bored in geography
A answered: monster munch, sorry B
""")

c("neg", """
A posted the prom pics on my story, u can all repost
B omg we look so good
C the one by the fountain 😍
D i'm stealing the group one for my pfp
E my mum cried at the pics
A my mum cried too 😂
""")

c("neg", """
A someone's made a page rating the school dinners 😂
B which dinner got 1 star
C the fish fingers, rightly
D the roast was 5 stars
E the roast is the only good day
A im following it, it's iconic
""")

c("neg", """
A exposing D for eating my crisps at break
B 😂 EXPOSED
C D what's ur defence
D they were on the table, that's communal
E nice try, thats not communal
A D owes me 80p
""")

c("neg", """
A can someone screenshot the group fixture list, i can't open the pdf
B 📸 here
C are we home or away saturday
B away, coach leaves at 9
D ugh 9
E bring snacks
""")

c("neg", """
A just sent the vid of the assembly in here
B the bit where the mic died 😭
C head's face
D that's the funniest thing that's ever happened
E forwarding to my sister who left last year
A she'll love it
""")

c("neg", """
A guys, year 8 tutor group chat, miss says we have to make a poster about online safety
B ok what on
C 'think before u post'
D 'block and report' with a big stop sign
E we could do one about asking before u post a pic of someone
A love it, lets do all three
""")


# ---------------------------------------------------------------------------
# THE TARGET IS IN THE CHAT; bystanders who ask for help, who join in, who go quiet
# ---------------------------------------------------------------------------

c("harm", """
A/sa C ur looking well fit in ur new pfp 😏
B/sa 🔥🔥 C turned up
C thanks i guess? its just my hair
A/sa not the hair im looking at 😂
C ok that's gross. bye
D/pc A she's obviously uncomfortable, stop
E/ps C u ok? want to make a new gc without them
C yeah pls
""")

c("harm", """
A/sn morning frigid 😂 C
B/sn 😂 ice queen
C why do u keep calling me that
A/vm chill it's a nickname
C/pc it's not a nickname if i hate it. stop
D/pc she's asked nicely, it's done now
E i didn't know she hated it, sorry C
""")

c("harm", """
A/sj C how was ur 'sleepover' with him 😏
B/sj 😏😂😂
C it was a group sleepover with 6 of us and his mum was there
D/sj sure it was
C/ph i'm so done with this, how do i make it stop, it's been a week
E/rp C screenshot all of it and we'll take it to mrs h together
F/ps it's not on u C, they're being idiots
""")

c("harm", """
A/ir C send a pic of ur outfit for the party 😏 the full thing
C its a dress its nothing special
B/ir mirror pic pls 😂
C no i'll just show u at the party
A/pr 😭 come onnn
D/pc she said she'll show u at the party. let it go
E what time does it start again
""")

c("harm", """
A/sa C is the reason the boys suddenly love netball 😂
B/sa fr the skirt 😂
C wtf. i'm literally here
D/pc yeah and she's 13, bruh
A/vm it was a joke about boys not about u
C/pc it was about me and u know it
F/rp i've muted u both and told my form tutor
""")

c("harm", """
A/sj C stayed behind after drama with the year 11 lad again 😏 iykyk
B/sj 😏😏😏 second time this week
C we were painting the set??
D/pc u lot turn everything into something. it's a painted tree
E/pc its not even clever, its just making her feel gross
A/vm how is that my fault it's funny
C/ph can someone tell me if this is the kind of thing i should report, it keeps happening
E/rp yes. i'll help u, its harassment
""")

c("harm", """
A/sn lol C's in her 'look at me' era 😂 proper thot
B/sn 😂 thot era
C i posted a pic with my dog
D/pc who calls someone that for a pic with a dog
D/ps ur pic is really nice C, ignore them
A/vm its banter, she knows
C i don't know actually
""")

c("harm", """
A/vb C u shouldnt have sent him anything in the first place tbh
C i know i already feel stupid
B/vb yeah tbh u should've known
D/pc stop. she doesn't need a lecture, she needs him to stop sharing it
E/ps C it's not ur fault. he shared it, not u
F/rp there's this Report Remove thing from Childline, i'll send u the link
C/ph will they tell my parents
F/ps no they don't have to, i looked it up. u can do it urself
""")

c("harm", """
A/sa smash or pass on everyone in the netball squad 😂 C ur first
C excuse me?
B/sa smash 😏
C/pc i'm not part of ur game, take me out of it
D/pc yeah u cant just make someone part of it without asking
A/vm u take everything so seriously
E/rp muting and reporting the gc, this is what we did the assembly on
""")

c("harm", """
A/ir,pr C, if u were really our friend u'd send a bikini pic for the holiday album
C i literally sent the group pic
B/ir no like just u 😏
C no way
D/pc she's said no, that's the end of it
E/ps C we'll do the album without those two
A/vm wow so boring
""")

# bystanders unsure, asking what to do (help-seeking inside the group)
c("harm", """
A the lads chat has her pic, it's been forwarded like 30 times 😂
B/ex can u send it
C/ph guys what do we do, should we tell someone? she's in my form
D/rp yes. tell miss. i'll come with u at 8:40
E/pc and B u're not getting it, stop asking
A/vm bit late for that, everyone's seen it
""")

c("harm", """
A/sj heard the new boy's been sending stuff to year 9 girls 👀
B/sj he's got a reputation already 😂
C wait is that true or just something people are saying
D/ph if it's true someone needs to do something, but idk who to tell
E/rp u tell the safeguarding lead, her office is by reception
C/pc and if it's not true then we shouldn't be spreading it
""")

c("harm", """
A/sa made a poll: who's the fittest teacher 😂 options are all the young female ones
B/sa voting for the new french one 🥵
C/pc this is grim, they're teachers
D/ph is this something i should show my head of year or am i overreacting
E/rp not overreacting. show her
A/vm it's a poll, nobody gets hurt
""")

# harmless: target in chat teased non-sexually, friendly "exposed", group banter
c("neg", """
A C just fell up the stairs in front of the whole sixth form 😂
C I TRIPPED ON A BAG
B exposed
D are u ok tho
C my pride isn't
E sending a get well soon card to ur pride
""")

c("neg", """
A C ur pfp is so nice
C thank u!! my sister took it
B the lighting!!
D it's giving album cover
E teach me ur ways
C tell my sister 😂
""")

c("neg", """
A C's in her 'revision era' 😂
C somebody has to pass
B she's got colour coded notes
D send the notes pls
C £1 per page
E business woman
""")

c("neg", """
A who wants to come to mine, my mum's out till 10
B yes what's the plan
A pizza and the new season
C i'm in
D i've got to babysit, sorry
E can i bring popcorn
A bring everything
""")

c("neg", """
A ok im asking the gc: is it weird to message my crush first
B no!! do it
C just say something about the homework
D say u liked her story
E i'm too scared to do it myself so i'm living through u
A ok i said hi. she replied!!!
""")

c("neg", """
A my nan just sent the family gc a pic of her new haircut 😭
B show us
A [picture]
C she's serving
D 10/10 nan
E tell her she's iconic
""")

c("neg", """
A bet u can't name every country in africa
B bet i can
C bet u cant
D this is going to take all night
E B is googling
B i'm NOT
""")

c("neg", """
A what do we get miss for her leaving present
B flowers?
C a mug that says 'best teacher'
D she loves cats, a cat mug
E everyone put £2 in
A i'll collect it on monday
""")

c("neg", """
A lol what is this gc
B it's for the charity run
C we're doing 5k in fancy dress
D i'm going as a banana
E A u joining? we need one more
A go on then, i'll be a bin
""")

c("neg", """
A guys she's finally back from the hospital 🎉
B yayyy how's her leg
C she's in a cast but she's fine
D we should sign it
E i'll bring markers
A she'll love that
""")

c("neg", """
A PSA: the 8:10 bus is cancelled all week
B noooo
C i'll have to walk 😭
D my dad's driving, room for 3
E me pls
F and me!!
""")

c("neg", """
A vote: smash or pass on the new canteen pasta
B pass, it was cold
C smash, it's better than the old one
D pass pass pass
E smash with cheese
A ok its 2-2, i'm the deciding vote. smash
""")


# ---------------------------------------------------------------------------
# SIXTH FORM AND YEAR 7 VOICES; blame and minimising in new wordings
# ---------------------------------------------------------------------------

c("harm", """
A Has anyone else seen what's been going round about the Year 12 girl and the photos?
B/vb Honestly, I feel a bit sorry for her, but she did choose to send them to someone she barely knew.
C/pc She chose to send them to one person. She did not choose for half the sixth form to see them.
D/vb People need to take some responsibility for what they put online though.
E/pc The responsibility sits with whoever forwarded them. That's the law as well as common sense.
F/ps If anyone is in touch with her, please tell her people are on her side.
""")

c("harm", """
A/vm I think the whole 'ranking' thing has been blown out of proportion, to be honest.
B/vm Agreed. It was a daft list made by a couple of lads, not a crime.
C/pc It was a list ranking girls' bodies that ended up on every phone in the year.
D/pc And one of the girls on it has stopped coming to sixth form. 'Daft list' doesn't cover it.
E Can we get back to the economics essay? Who has the mark scheme?
B/vm Fine, but people should be able to laugh things off.
""")

c("harm", """
A/sa I'm not being funny, but she comes to sixth form dressed for a night out. She knows people are looking.
B/vb Exactly. If you dress like that you can't be surprised by comments.
C/pc She can wear what she likes. The comments are a choice made by the people making them.
D What are we even talking about, I've just got here
E/ps I'm going to sit with her at lunch, she looked upset this morning.
A/vm Everyone's so precious about everything now.
""")

c("harm", """
A/sj Rumour has it she got her grades by being very friendly with a certain teacher 😉
B/sj 😂 'extra tuition'
C/pc That's a vile thing to say about anyone, and it's defamatory about the teacher too.
D/rp I'm flagging this to our head of sixth form. That's not a joke we can let go.
A/vm Nobody actually believes it, it's a throwaway comment.
E/pc Then don't throw it away in a chat of forty people.
""")

c("harm", """
A/vm honestly nobody meant anything by the comments on her post
B/vm yeah it's just how lads talk
C the comments said stuff about her body tho
D/pc 'it's just how lads talk' is not an excuse, it's literally the problem
E/vb she did put it on public
D/pc public isn't an invitation
F is anyone doing the extended project on climate
""")

c("harm", """
A/vm she should be flattered tbh, half the year rated her a 9
B/vm yeah most people would kill to be rated that high
C/pc she didn't want to be rated at all, so no, she's not flattered
D/pc 'flattered' is what people say to make you feel bad for being upset
E/ps i told her she can talk to me anytime
A/vm fine, she's not flattered, whatever
""")

c("harm", """
A/vm if she can't handle a group chat she shouldn't be on it
B/vm fr she's always kicking off about something
C/pc she kicked off because u called her a tease in front of 30 people
A/sn well she is one
D/pc and that's why she left the chat. not because she 'can't handle it'
E/rp i've sent the screenshots to my head of year, i'm done watching this
""")

c("harm", """
A/vb i mean she was drinking at the party, she should have been more careful
B/vb exactly, she put herself in that situation
C/pc u do know 'she should have been more careful' is literally victim blaming
D/pc what happened to her is on the people who did it, not on her drinking
E/ps i've been messaging her all day, she's not ok
E/ph does anyone know what she can do, like who she can talk to outside school
F/rp childline, or she can talk to the school counsellor, it's confidential
""")

c("harm", """
A/vm we were just messing, she knows we don't mean it
B/vm yeah she laughs along
C she laughs because what else is she meant to do
D/pc laughing along isn't the same as being ok with it
A/vm so we can't joke now
D/pc u can joke. just not about her body every single day
""")

c("harm", """
A/vb tbh she brings it on herself with the tiktoks
B/vb she's posting dances and acting shocked when boys comment 😂
C/pc she's allowed to post dances
D/pc boys commenting gross stuff is the boys' choice, not hers
E lol what tiktoks
A/vm whatever, it's the internet
""")

# year 7 voice
c("harm", """
A/sa who do u think is the prettiest girl in 7G
B/sa the one with the bunches is so fit
C ew why are we talking about this
D/sa i'd give her 10 out of 10
E/pc stop its weird, we're in year 7
E/rp if u keep doing this i'm telling mrs t
A/vm ok ok we were only joking
""")

c("harm", """
A/sj did u know he has a girlfriend and they kissed behind the science block 😂😂
B/sj and they're getting married 😂
C/pc leave him alone hes my friend
D/sj 😂😂 kissing in the bushes
C/pc STOP IT he's really upset
E/rp first thing monday i'm going to miss
""")

c("harm", """
A/sn she's such a teaser she always says she likes people then doesn't
B/sn 😂 teaser
C what's a teaser
D it's mean
D/pc don't call her that, she's got a name
E/ps im gonna play with her at break
""")

c("neg", """
A who do u think is the funniest in 7G
B the boy who does the voices
C the girl with the jokes book
D the teacher when she dropped the whiteboard
E i'd give the voices boy 10 out of 10
A i'm making a funniest awards list for the end of year
""")

c("neg", """
A did u know the science teacher has a snake
B NO WAY
C what's it called
A nigel
D i want to meet nigel
E i'm scared of nigel
""")

# sixth form harmless
c("neg", """
A Is anyone going to the UCAS fair on Thursday?
B Yes, I'm getting the train at 8. Happy to meet at the station.
C I'll come. I need to look at physio courses.
D I've got a shift, but please grab me some leaflets for law.
E Ask about accommodation costs, my brother said nobody does.
A Good shout. Station at 7:50 then.
""")

c("neg", """
A Honestly, the mock was a joke
B The paper 2 essay question? I didn't see it coming at all
C Nobody did. Don't worry, everyone will be in the same boat.
D It's not that deep, they're only mocks
E Says the person who revised for six weeks
D 😂 fair
""")

c("neg", """
A She's fit to start on Saturday, the physio cleared her this afternoon
B Brilliant. That means we can play our normal formation
C I'll let the coach know tonight
D Can someone bring the spare bibs, I forgot them last week
E I'll bring them
A Perfect, see everyone at 9
""")

c("neg", """
A Rank the five most overrated novels we've studied. I'll start: Great Expectations.
B Absolutely not, Pip is iconic
C Lord of the Flies for me
D I actually liked Lord of the Flies
E Jane Eyre is the best thing we've read. I'll hear nothing against it.
A Noted. E is the resident Brontë defender
""")

c("neg", """
A Does anyone have a charger? Library, second floor
B Mine's a USB-C, will that do?
A Perfect, I'm on 3%
C There are spares at the front desk too
D I owe you a coffee B
B I'll hold you to that
""")


# ---------------------------------------------------------------------------
# LONGER GROUP CHATS (6-7 speakers): roles shift as people join
# ---------------------------------------------------------------------------

c("mixed", """
A who's on for cinema saturday
B me, what film
C the space one
D/sa is the girl from the bakery coming, the fit one 😏
E she's my mate's sister
D/sa even better, invite her, tell her to wear the black dress 😂
F/sa 😂 she'd be a 10 in that
E/pc no i'm not inviting her to be stared at by u two
G/pc fr that's weird. cinema is for the film
D/vm jesus it's a joke
B so 2pm showing?
C yeah 2pm
""")

c("mixed", """
A happy last day of term!!! 🎄
B FREEDOM
C/ir everyone post a pic of what ur wearing to the party tonight
D ok 📸 [sent photo]
E/sa D looks so fit in that 😍
F/sa 🔥 10/10 D
D um thanks lol, it's just jeans
G/pc can we not rate people's pics, it's a christmas party not a catwalk
E/vm that was me being nice tho
D it's fine G, thanks tho
""")

c("mixed", """
A who's got netball tmrw
B me, after school
C/sj netball 👀 more like net-boys, she's always with the lads at the fence 😂
D/sj 😂😂 every day
E wait who is this about
C/sj the GA. she's got a different one every week
F/pc she's got a brother and two cousins on the football team, u muppets
G/ps i'll let her know not to read this
B anyway netball is 3:30
""")

c("mixed", """
A revision group: bio tonight on teams?
B 7pm works
C/ir can D put her camera on this time 😏 we need motivation
D no i'll have it off like always
E/pr go on D just for a bit 😂
F/pc camera's optional. she said no
G/pc yeah it's a revision call, not a show
A 7pm, cameras optional, moving on
""")

c("mixed", """
A car boot sale sunday, anyone?
B i'm selling my old games
C/sa i'll come if ur mum's there, she's proper fit 😂
B wtf don't talk about my mum
D/sa 😂😂 she is tho
E/pc that's his MUM. have some respect
F/ps B ignore them honestly
C/vm it's a compliment to ur mum lol
B/pc it's not. drop it
""")

c("mixed", """
A ok team chat for the duke of edinburgh expedition
B tent buddies?
C me and D
E/sj can i share with the girls 😏 i'll keep them warm
F nah
G/pc u'll be sharing with sir if u keep that up
E/vm bro joke
A tents are sorted by the teachers anyway so sit down
""")

c("harm", """
A/ex lads, the pic she sent me last night, yes or no 😏
B/ex yeah go on
C/ex yes yes yes 😂
D/ex obviously
E/pc no. she sent it to u, not to us
F/pc if u post it i'm out and so is everyone else decent
A/vm fine fine, soft lads
G/rp A i'm telling her u offered it round. she deserves to know
""")

c("harm", """
A bro ur sister's pic is going round the year 11 chat
B WHAT
C/sa 😂 she looks good in it tho
B/pc shut up. which chat
D/ps B i'm so sorry, i've left the chat
E/rp B tell ur mum tonight, she can report it with the school. they'll make people delete it
F/rp i'll send u the screenshot of who posted it so u've got proof
""")

c("harm", """
A someone got a pic of him coming out of the shower on residential 😂😂
B/ex go on then, send
C/sj 😂 now we know why he doesn't do PE changing
D/pc that was taken without him knowing. delete it
E/rp i'm telling mr g, it's a safeguarding thing
F/ps i'll message him, he must be mortified
A/vm it's just a funny pic, lads do this all the time
""")

c("harm", """
A/ex posted his dm pics on the page 😂 he wanted to send them so here they are
B/vb well he chose to send them to her
C/vb fr lads need to learn
D/pc so if it was a girl u'd say it was fine to post them?
E/pc it's not fine either way, it's illegal to share them
F/rp reported and told my form tutor. he needs someone on his side
""")

c("harm", """
A/sa the boy in the year above has abs and i want to see them 😂
B/ir ask him for a shirtless pic 😂
C/ir ur the one who talks to him, go
D/pc he's 15, that's literally the same rule as girls
E/pc yeah asking him for pics is the same as lads asking us
A/vm ok but it's different when girls do it
E/pc it's not
""")

c("harm", """
A/sn lol he's such a pervert, always staring 😂
B/sj apparently he's got a folder of pics on his phone 😂
C is that true or just a thing people say
D/pc if it's true someone should tell a teacher, if it's not u're spreading a rumour
B/vm it's just what everyone says
E/ph who would i even tell if it was true
D/rp safeguarding lead, or ur head of year
""")

c("harm", """
A/sa gonna rate everyone's prom pics tonight out of 10 😈
B/sa can't wait. my money's on the girl in green being top
C/sa the one in the silver dress is like a 5 tho 😂
D please don't, everyone's so excited about their pics
E/pc people spent months on their outfits, let them enjoy it
F/ps i'm just gonna like everyone's pics and say they look amazing
A/vm it's a bit of fun
G/pc for who
""")

# harmless long group chats
c("neg", """
A who's coming camping in august
B me!!
C depends on my job shifts
D what do we need
A tents, food, a speaker
E i've got a gas stove
F i'll bring marshmallows
G can we go to the lake again
A yes, same place as last year
""")

c("neg", """
A ok who's fit to run the relay on sports day
B i'm fit, i've been training
C my knee's bad, i'll do the high jump instead
D i'll run the last leg
E i'm the slowest so i'll be the cheerleader
F we need four, so A, B, D and ... me?
A perfect, we're winning this
""")

c("neg", """
A rate the house cup costumes out of 10
B our house was 10 obvs
C the yellow house was a 7, the wigs were falling off
D blue house was a solid 9 i think
E the judges gave green a 4 😭
F we'll get them next year
G i'm making the costumes next year, watch
""")

c("neg", """
A we need a new group name for the quiz
B 'quiz team aguilera'
C 'les quizerables'
D 'the smarty plants'
E 'not last again'
F 😂 E
A smarty plants wins
""")

c("neg", """
A hot take: cereal is a soup
B leave
C ur banned
D that's not even hot that's cold
E actually technically...
F no E
G this is why we can't have nice things
""")

c("neg", """
A has anyone got a pic of the timetable for the trip
B 📸 here
C what time's the coach back
B 6:30 at the gates
D can someone tell my mum, she isn't in the gc
E i'll screenshot it to her
A thanks everyone
""")

c("neg", """
A ok so my brother just asked my nan to send a pic of her cat
B and?
A she sent 47 pics
C 😂😂 nan stays winning
D show us the best one
A [photo of the cat]
E the cat looks so done with her
""")


# ---------------------------------------------------------------------------
# BYSTANDERS PULLED IN ("ur turn"), rating games, video calls
# ---------------------------------------------------------------------------

c("harm", """
A/sa ok everyone has to rate her out of 10, no skipping. B go
B/sa 7
A/sa C ur turn
C nope, count me out
A/pr don't be boring C, everyone's done it
C/pc no, it's weird. she's my lab partner
D/sa 8 😂
E/ps C's right. i'm out too
""")

c("harm", """
A/sa would u rather: the girl from the bus or the girl from the chippy 😏
B/sa bus girl easy, the uniform 😂
C/sa chippy girl, she's older 😏
D what's happening
E/pc u're talking about two real people who'd be mortified reading this
A/vm they'll never know
E/pc they will when someone screenshots it. which someone will
F i'm just here for the chips chat
""")

c("harm", """
A/ex screenshotted her on the facetime 😂 her face when she got out the bath
B/ex omg send
C/sa 😂 she was only in a towel
D/pc u screenshotted a video call without asking?? delete it
E/rp i'm telling her and she can report it. that's not ok
F/ps i'll stay on call with her tonight if she wants
A/vm chill it's not like she was naked
""")

c("harm", """
A/ir on the gc call tonight, everyone has to show what they're wearing 😂 full length
B hard pass
C/ir girls first 😏
D i'm leaving the call
E/pc this is why nobody wants to come on calls with u two
F/ps D we'll do our own call
A/vm calm it, i was messing
""")

c("harm", """
A/sa top 10 bodies in year 11, countdown starts now 😂 number 10...
B/sa 😂😂 go on
C/pc A stop, there are girls in this chat
D/pc and there are girls NOT in this chat who'll hear about it
A/sa number 9 is...
E/rp i've left and sent it to mr k
F what happened in here
""")

c("harm", """
A/sj ask her how many boys she's been with, she'll lie 😂
B/sj 😂 she'll say none but we know
C/sj bet her list of lads is longer than her revision list 😂
D/pc why is her private life the group chat's business
E/pc and she's 14 btw
A/vm relax it's a roast
F a roast she's not in? that's just slagging her off
""")

c("harm", """
A/sa ok rate my gf out of 10 lads 😂 [sent photo]
B/sa 9, well done mate
C/sa 8 if she smiled 😂
D does she know u posted her pic in the lads gc
A/vm she won't care
E/pc u literally don't know that. take it down
F/pc u wouldn't post ur sister's pic for ratings
A fine, deleted
""")

c("harm", """
A/sa smash or pass every girl in the photo from the trip 😂 [sent photo]
B/sa smash pass smash smash pass
C/sa pass on the one at the end 😂
D/pc that's my form, the one at the end is my best mate
E/pc it's a school trip photo, u can't use it for this
F/rp and the school owns that photo, i'm telling the trip leader
A/vm bit much D
""")

c("harm", """
A/sa lads who's the best dressed girl at the disco 😏 and i don't mean the dress
B/sa 😂 say no more, i know who
C/sa the one in the white, no contest
D/pc grim. ur talking about year 8s
E/ps i'm telling my sister not to go near the boys from this chat
A/vm i meant the dress obviously
""")

c("harm", """
A/sj what's the chance she'll do more than kiss at the party 👀
B/sj 100% 😂 she's known for it
C/pc known for it by who? u made it up
D/ps i'll tell her to come with us and stay with us
E/rp if anyone keeps saying stuff like this i'm taking it to miss b
A/vm ugh ur all so serious
""")

# innocent rating games
c("neg", """
A ok everyone rate the new ice cream flavours out of 10. B go
B mint choc 8
A C ur turn
C salted caramel 10 no skipping
D the strawberry one is a 3
E i haven't tried them, save me one
""")

c("neg", """
A would u rather: no phone for a week or no chocolate for a month
B chocolate, easy
C phone. i'd survive
D neither, i'd cry
E phone, it'd be like a holiday
F says the person on their phone 14 hours a day
""")

c("neg", """
A top 10 goals of the season, countdown starts now
B number 10 better be the overhead kick
A number 10 is ... the overhead kick
C ok fair
D number 1 is the one from halfway surely
E if it isn't i'm leaving
""")

c("neg", """
A roast me for my birthday, go
B ur so late to everything ur birthday is technically tomorrow
C u laugh at ur own jokes before u finish them
D u've been wearing the same hoodie since year 9
E but we love u 🎂
A i feel so seen
""")

c("neg", """
A everyone show what ur wearing to the party, i need ideas 😭
B 📸 black jeans and the green top
C i'm doing my dungarees
D i'm wearing what i wore to the last one, no one will notice
E they will D
A ok i'm going dungarees too, thanks C
""")

c("neg", """
A who's the best dressed at the end of year awards?
B the head in the sequin jacket
C that jacket was everything
D the caretaker in his suit tho
E he looked so proud
A caretaker wins
""")

c("neg", """
A what's the chance it rains on sports day
B 100%, it always does
C app says 24 degrees and sunny
D the forecast lies
E bring a coat and suncream
A the british summer experience
""")

c("neg", """
A can everyone put their camera on for the group project call
B 1 sec i'm finding my charger
C camera on, my room's a mess
D my wifi can't cope with camera
A ok D just talk then
E can we start, i have dinner at 6
""")

# exposure announced, done, gossip vs offering
c("harm", """
A did u see whats going round about her
B yeah i saw it at lunch
C/ex i've got it if anyone wants it
D/pc nobody wants it C. delete it
E/rp it's illegal to even have it. i'm telling sir tmrw if it's not gone
C/vm it's everywhere anyway what's the difference
D/pc the difference is u don't make it worse
""")

c("harm", """
A heard there's a pic going round of one of the year 10s
B yeah people keep asking about it
C/ex someone sent it to me, i'll show u on my phone at break
D/pc don't show anyone. report it
E/ph what do u even do if someone sends u something like that
F/rp don't forward it, tell a teacher, and u can report it to the app
""")

c("harm", """
A/ex posting the screenshot of her messages to the whole year 😂 she'll learn
B/ex do it
C why, what was in the messages
A/ex stuff she said to him about how much she liked him. cringe
D/pc that's private, why would u post that
E/ps she's gonna be so embarrassed, i'll message her first
A/vb she shouldn't have said it then
""")

c("harm", """
A/ex,th u better watch it, i've still got the pics from when u were with my mate
C come again?
B/ex 😂 post them A, let everyone see
D/pc are u actually threatening her in front of everyone?
E/rp C screenshot this, we'll go to the office together
F/ps C we've got ur back, whatever he does
A/vm i'm messing, don't be so serious
""")


# ---------------------------------------------------------------------------
# MORE JOINERS: repeating, adding, laughing with a remark; and the harasser's replies vary
# ---------------------------------------------------------------------------

c("harm", """
A/sn there she goes again, miss 'look at me' tease
B/sn tease of the year 😂
C/sn 🏆 tease of the year
D/pc three of u against one girl who isn't even here. brave
A/th mind ur business D or ur next
E/rp that's a threat. screenshotted
F/ps D want to walk home with me
""")

c("harm", """
A/sa her in the yellow on the school insta 🥵
B/sa 🥵🥵 agreed
C/sa i've saved it 😂
D/pc she's 13. delete it and have a word with urself
C ok deleted. didn't know she was that young
E/pc u shouldn't need to know her age to not save a random girl's pic
""")

c("harm", """
A/sj heard her and him were 'studying' in the park after dark 😏
B/sj 😂 biology revision
C/sj anatomy more like 😂
D/pc leave it out. they're going out, they're allowed to go to the park
A/vm i'm just joking about it
D/pc ur joking about it in a chat with 40 people, that's not a joke that's gossip
E lol anyone done the biology tho
""")

c("harm", """
A/vb she was all over him at the party, what did she expect people to say
B/vb fr she made it obvious
C/pc 'what did she expect', like people are obliged to gossip about her?
D/pc it was a party. she danced. that's not permission to slag her off
E/ps i've just messaged her, she's ok but she's seen some of it
A/vm ugh, it's just talk
""")

c("harm", """
A/ex someone sent me the video of her at the sleepover 😂 shall i stick it on my story
B/ex yeah 😂
C/ex nah send it here instead
D/pc neither. she'll be so embarrassed, she was in her pjs
E/pc it's not ur video to share
A ok fine, not posting it
F/ps i'll let her know so she knows it's around
""")

c("harm", """
A/sa honestly the girls at the other school are fitter than ours 😂
B/sa fr ours are like 5s
C/sa except her in 10P, she's a 9
D/pc why is there a league table of girls in this chat
E/pc yeah fr, rate urselves first
A/vm can't even have banter now
F anyone got the team sheet for saturday
""")

c("harm", """
A/sn she's so desperate, she'd do anything for followers 😂 proper attention seeker thot
B/sn 😂 thot
C/pc i'm so sick of u lot calling girls that
D/pc yeah every girl u don't like becomes a 'thot'
A/vm words are words
C/pc it's not just a word when it's aimed at someone
E/rp reported the messages
""")

c("harm", """
A/sj that new couple are moving fast 😏 three weeks and they've already 'been round each other's'
B/sj 😂 round each other's houses wink wink
C/sj 😏😏
D/pc they go to each other's for tea, their mums are best friends
E/pc stop making it into something. it's gross and it's not true
A/vm we're just having a laugh
""")

c("harm", """
A/ir someone get her snap and ask her for a pic in her netball kit 😂
B/ir i've got her snap, i'll do it 😂
C/pc don't. she's in year 8
D/pc asking her for pics is the exact thing we were warned about
B ok fine, i won't
E/rp good. and A if u do it urself i'm telling
""")

c("harm", """
A/vm honestly lads get called stuff too and we just get on with it
B/vm yeah girls need to toughen up
C/pc lads getting called stuff isn't the same as a girl's pic going round
D/pc and 'toughen up' is what people say when they don't want to change
E lol what are we talking about
A/vm the thing from the assembly, it's blown out of proportion
""")

c("harm", """
A/sa the swimming gala was worth it for the view 😂
B/sa 😂 front row seats
C/pc they're kids in swimming costumes. that's disgusting
D/pc u were meant to be cheering on our house
A/vm omg i'm joking
E/rp i'm telling miss, people were taking pics from the stands too
F/ps i'll tell the girls on the team
""")

c("harm", """
A/sj she's got 'experience' if u know what i mean 😏
B/sj everyone knows 😂
C she's 13 and she's never had a boyfriend
C/pc so no, nobody 'knows' anything, ur making it up
D/ps i'll sit with her tomorrow, she's had a rough week
A/vm it's a joke
""")

c("harm", """
A/sa ngl she looks so much better since she lost weight 😏 the summer did her good
B/sa glow up for real 🔥
C/pc that's a bit weird to say
D/pc commenting on a girl's body in a gc isn't a compliment
E/pc especially about weight. u don't know what she's going through
A/vm i was being nice
""")

c("harm", """
A/ex posting the pics from the pool party on the year page 😂 including the ones of her
B/ex 😂 the one where she fell in
C/ex and the one of her in the swimsuit by the slide 😂
D/pc u can't post that one. delete it
E/rp i'm reporting the page if it goes up
A/vm it was an accident, it's funny
D/pc the accident wasn't the problem, posting it is
""")

# harmless twins
c("neg", """
A there she goes again, miss 'i finished my homework on friday'
B 😂 some of us have lives
C she's making us look bad
D teach me ur ways
E she's the reason i get any work done in this chat
A love her really
""")

c("neg", """
A the swimming gala was so fun
B our relay team came second!!
C the starter gun made me jump so bad
D i got a PB in backstroke
E proud of all of u
A next year we're winning
""")

c("neg", """
A heard them two are moving to scotland 😭
B which two
A the twins in our form
C NOOO
D when
A end of term
E we need a leaving party
""")

c("neg", """
A she looks so much better since she's been back
B whose
A miss from the office, she was off for 3 months after her operation
C aw i'm so glad she's ok
D we should make her a card
E i'll bring glitter pens
""")

c("neg", """
A posting the pics from the pool party on the gc, tell me if u want any deleted
B me jumping in pls keep that one
C delete the one where i'm mid sneeze 😭
A deleted
D can u send me the group one
E love these
""")

c("neg", """
A get her snap and ask what time the show is
B whose
A the drama captain, she'll know
C i've got it, asking now
C she says 7, doors at 6:30
D perfect, mums are driving
""")

c("neg", """
A ngl the view from the top of the climbing wall was worth it
B u went to the top??
C she did!! fastest in the group
D i got halfway and cried
E same here
A next time we all go to the top together
""")

c("neg", """
A heard she's got experience with lambs
B ??
A the new girl, she grew up on a farm. she's gonna help at the school farm
C omg she can show us the lambs
D i want to hold one
E farm club is back
""")


# ---------------------------------------------------------------------------
# MIXED AND HARMFUL: more settings (bus, canteen, clubs, jobs, gaming)
# ---------------------------------------------------------------------------

c("mixed", """
A lads we're one short for five a side tonight
B i'll ask my cousin
C/sa ask ur sister instead, she can sit on the side and look fit 😂
B/pc she's 12, u weirdo
D/pc bro that's grim
E/ps B ignore him, ask ur cousin
C/vm lol jokes
F 7pm at the cage
""")

c("mixed", """
A saturday job gc: who's covering the till sunday
B i can do 10 till 2
C/sa i'll do it if the new girl is on with me 😏 she's a 9
D she's in year 10 and she's the manager's daughter
E/pc and even if she wasn't, don't rate colleagues in the work chat
C/vm she should take it as a compliment tbh
F B's got 10-2, i'll do 2-6
""")

c("mixed", """
A squad on tonight? new map dropped
B yeah 8pm
C/sj bring ur girlfriend on, heard she's been on with half the lobby 😏
D 😂 what
B/pc no, she's not coming on so u can be weird
E/pc fr, talking about his gf like that is grim
C/vm bruh it's banter
A 8pm. normal people only
""")

c("mixed", """
A 15 mins late AGAIN 🙄 this bus
B it's always late
C/sa at least we get to see her from the top deck 😏 year 9 fitness
D the what now
C/sa the one at the back, she's a 10 🔥
E/pc she's literally a year 9 kid. stop
F/ps i sit with her sometimes, she's nice, leave her
B bus is here finally
""")

c("mixed", """
A canteen's doing pizza!!
B 🍕🍕🍕
C/sj she'll share a slice with anyone who asks, like everything else 😏
D wait why is everyone typing
E/pc that's a disgusting thing to say about a girl trying to eat lunch
F/ps she left the canteen btw. i'm going after her
C/vm it's a joke she doesn't even know
""")

c("mixed", """
A art club is making posters for the charity week
B i'll do lettering
C/sa get her to model for the poster, she's the fittest in the club 😂
D i don't want to be on a poster
E/pc she said no. and why would u say it like that
F/pc the poster is about homelessness C. read the room
C/vm ok ok bad joke
""")

c("mixed", """
A band practice thursday
B i'll bring the amp and the leads
C/sj she only got first flute cos she's 'close' with the music teacher 😏
D/pc that's so grim. she got first flute because she practises, not a joke
E/pc yeah don't be disgusting about her in the band chat
F she's also in this chat btw
C/vm fine fine
""")

c("mixed", """
A choir concert pics are up on the site
B we look so good in the robes
C/sa the soprano in the front row 😍 save that pic lads
D/ex saving 😂
E/pc that's a year 8 in a school choir photo, what is wrong with u
F/rp i'm emailing the school to take the pics down until this stops
""")

c("harm", """
A/sa year 10 girls better come to the disco in short stuff 😏
B/sa 😂 we'll be watching
C/pc that's a creepy thing to say about a school disco
D/pc we'll wear what we want and it won't be for u
A/vm jeez it's a joke
E i've got my dress already
""")

c("harm", """
A/sa the new maths TA is a 10 tbh, proper distracting 😂
B/sa 😂 i'd do extra homework
C/pc she's an adult staff member who'd get ur messages read out in a meeting
D/rp pretty sure the school monitors this chat btw
A/vm relax, banter
E what's the homework anyway
""")

c("harm", """
A/ir ok girls, everyone post a pic in ur gym stuff for motivation 😂
B lol absolutely not
C/ir u first then
A/pr come on, we're all friends, nobody's gonna share it
D/pc the boys in this chat are literally asking for pics of us in leggings. no
E/rp leaving and telling my mum
F/ps D let's make a girls only chat
""")

c("harm", """
A/sn she's a right goer, her ex told everyone 😂
B/sj 😂 told us she'd do anything
C/pc her ex is a liar, that's why she dumped him
D/pc and spreading it is just as bad
E/ps i told her not to look at this chat
A/vm not my fault he said it
""")

# harmless everyday group chats with similar words
c("neg", """
A five a side tonight, we need a keeper
B my sister's class keeper, she's fit, she'll play
C is she 16? we need 16+ for the league
B yeah she's 17
D sorted then
E 7pm at the cage
""")

c("neg", """
A the work rota is out 😭 i've got sunday morning
B swap with me, i've got saturday night
A deal
C can someone cover my tuesday, i've got a dentist
D i'll do it
E ur all saints
""")

c("neg", """
A new map is huge, we need a plan
B i'll snipe from the tower
C i'm running in, no fear
D we lose every time C runs in
E 😂 exposed
C i'm a hero
""")

c("neg", """
A bus is late again, gonna miss registration
B literally same
C sir doesn't care if it's the bus
D i'll tell him it was late if he asks
E screenshot the bus app so u've got proof
A good shout
""")

c("neg", """
A flute section needs one more for the concert
B i'll ask the year 7 who joined
C she's so good for a year 7
D she plays better than me
E she's got the solo in the second piece
A love that
""")

c("neg", """
A posters for charity week: who's modelling for the photo
B i'll do it if i can wear a banana costume
C 😂 yes
D the head said we can use the hall for the shoot
E i'll bring my camera
A thursday lunch then
""")

c("neg", """
A choir pics are up!!
B we look like angels
C the robes make me look like a wizard
D the conductor's face in the second pic 😂
E printing one for my nan
A my mum already did
""")

c("neg", """
A everyone post a pic of ur dog, i'm sad
B [sent photo] meet biscuit
C [sent photo] she's asleep on my homework
D i don't have a dog but here's my cat
E [sent photo] hamster counts
A ok i'm healed
""")

c("neg", """
A the disco theme is 80s
B i'm going as a rubik's cube
C neon everything
D my mum has a shell suit in the loft
E D that's amazing
A best theme in years
""")

c("neg", """
A she's a right goer, the new striker
B she scored 4 in the first half
C she never stops running
D she's fit for the cup final, coach said
E we might actually win it
A player of the match nailed on
""")

c("neg", """
A canteen is out of pizza 😭
B chips it is then
C i'll share my pasta
D there's cookies tho
E cookies are the real lunch
A u have saved my day
""")

c("neg", """
A gym after school?
B yeah legs day
C i'll come but i'm doing the bike the whole time
D my legs still hurt from last week
E i'll spot u on the bench
A 4pm
""")


# ---------------------------------------------------------------------------
# LAST GROUP: quiet bystanders, targets who report, harassers who back down
# ---------------------------------------------------------------------------

c("harm", """
A/sa her from the leisure centre is 10/10 in that lifeguard uniform 😍
B/sa 😂 i'd pretend to drown
C lolll
D is the pool open on sunday
E 10 till 4 i think
A/sa going sunday then 😏
""")

c("harm", """
A/sn bet she's frigid, she's never even had a bf 😂
B/sj 😂 sweet sixteen and never been kissed
C she's in this chat lol
D/pc so? shouldn't matter if she's in it or not
C yeah fair
E/ps ignore them, u do u
F/rp muted them both and reported the messages
""")

c("harm", """
A lol someone posted the pic of her in the changing rooms on the year 9 chat
B/ex send me it
C/pc B stop. someone took that without her knowing
D/ph i've got it in my chat now, what do i do, i didn't ask for it
E/rp don't forward it. delete it and tell a teacher u were sent it, u won't get in trouble
F/rp i'm telling head of year now, this is serious
""")

c("harm", """
A/sa i'm starting a 'hottest girl in year 10' poll. nominations open 😂
B/sa nominating the one with the long hair 😍
C/sa second
D/pc A u'll get excluded for this, it's literally in the behaviour policy
A alright. poll's gone
E good call
""")

c("harm", """
A/sj she stayed at his after the party 😏 we all know what that means
B/sj 😂 obviously
C she stayed at his because his mum is her mum's best friend and it was 1am
C/pc so stop it
D/sj sure 😂
E/pc D, C just told u the truth. drop it
F/ps C tell her we know it's rubbish
""")

c("harm", """
A/ir C u've got the fittest pics, send one to the gc 😂 the beach one
C no that's for my page, not for ur chat
B/pr,ex just send it, we'll screenshot it off ur page anyway 😂
D/pc u can't screenshot her pics for ur chat either
E/ps C private ur account, that's what i did
C/rp done. and i've blocked B
""")

c("neg", """
A the lifeguard at the leisure centre saved a kid today
B no way, what happened
A he went under in the deep end, she was in the water in like 2 seconds
C she deserves a medal
D my mum was there, she said everyone clapped
E hero
""")

c("neg", """
A i'm starting a poll for the best chippy in town, nominations open 😂
B the one on the corner by the church
C the one with the pink sign
D the one with the pink sign, the curry sauce is elite
E corner one, chips are bigger
A ok poll is live
""")

c("neg", """
A she stayed at mine after the party cos her dad couldn't get her
B was it a good night?
A we watched films until 3
C jealous, i was in bed by 11
D next party at mine
E bring ur films
""")

c("neg", """
A send the beach pic to the gc!!! the one of all of us
B [pic]
C we look so sunburnt 😂
D best holiday ever
E framing this
F same time next year?
""")


# ---------------------------------------------------------------------------
# DIFFERENT SHAPES: the harasser backs down, sarcasm that rebukes, a target alone,
# bystanders who only blame or only laugh, defenders who use humour
# ---------------------------------------------------------------------------

c("harm", """
A/sa is it just me or has she got way fitter since year 9 😏
B/pc it's just u. and it's weird
A oh. yeah ok, that came out wrong
C lol
D did anyone get the science results back
E 6 in bio, 5 in chem
""")

c("harm", """
A/sn bet she's a proper goer after a couple of drinks 😂
B/pc wow, what a catch u are. girls must be queueing
C 😂😂 B
D/pc seriously tho that's gross, she's in our form
A ok my bad, not funny
E anyway who's bringing drinks to the bonfire, like actual squash
""")

c("harm", """
A/sa rating the girls in the year 10 panto, the princess is 10/10 😍
B/pc congrats on finding the one thing creepier than the panto itself
C 😭
D/pc the princess is in year 8 btw
A oh. i didn't know that. deleted
E the dame was the real star tbh
""")

c("harm", """
A/sj she's been 'tutoring' him every night this week 😏😏
B/sj 😂 private lessons
C/sj iykyk 😏
D i don't think she's even in
E she's in hospital with her appendix, u muppets
A oh
B that's awkward
""")

c("harm", """
A/sa would u look at the state of her in the PE kit 😂 she's flat as a pancake
B/sa 😂 ironing board
C/sa 😂😂 where's the rest of her
D i'm not in PE with her so idk
E what time is the bus tomorrow
""")

c("harm", """
A/sn she's a tease who thinks she's better than everyone
B/vb she brings it on herself the way she acts
C/vb yeah she loves being talked about
D not really my business tbh
E has anyone seen my earphones, white case
""")

c("harm", """
A/sa C ur legs in that skirt today 👀 whole corridor noticed
B/sa 😂 the whole corridor fr
C can u not
C/pc stop commenting on my legs, it's weird
D lol
A/vm it's a compliment, take it
C i'm out, bye
""")

c("harm", """
A/ir C what's ur snap, send a pic of u in ur prom dress before the night 😏
C why, u'll see it on the night
B/ir just a mirror one 😂
C not doing that
D/pr,sn she's frigid, leave it 😂
C ok bye
""")

c("harm", """
A/sa no offence but the girls in our year are all 6s except like two
B/sa 😂 harsh but true
C/pc no offence but u're a 2 and nobody asked
D 😂😂😂 C
A ok that's fair i deserved that
E lmao
""")

c("harm", """
A/sj heard she's done stuff with a year 13 👀
B/sj 😂 she's only in year 10 tho
C/pc u do know if that was true it would be safeguarding, not a joke?
D/ph honestly should we tell someone in case it is true
C/rp yeah, i'll tell mrs c and she can check. not to get anyone in trouble, just in case
A i was just saying what i heard
""")

c("harm", """
A/sn morning sket squad 😂
B who u calling that
A/sn u lot 😂
C/pc call us that again and i'm screenshotting it for sir
D/pc it's not funny. none of us find it funny
A/vm cant take a joke
E/rp too late, done
""")

c("harm", """
A/sa the new art teacher 🥵🥵 i'm taking art for gcse now
B/sa 😂 same, she's so fit
C she's literally marrying the science teacher
D/pc u know she can read this if anyone shows her, and it's grim talking about staff like that
A/vm it's a joke man
E what are u taking for gcse B
B geography and art
""")

c("harm", """
A/ex lads want to see the pics my brother got sent 😂 from some year 10
B/ex yeah show us
C/ex 👀 yeah go on
D no. never
D/pc that's a year 10 girl and ur brother shouldn't have them either
E/rp i'm telling my mum, she works at the school office
A/th,se tell anyone and ur getting battered
""")

c("harm", """
A/sa ok the list of who i'd date in year 11, out of 10 🤭
B/sa 😂 who's number 1
A/sa the tall one in 11M, 10/10 no competition
C he's my brother 😭
D/sa ur brother is fit tho C
C/pc ok this is weird now. stop
E lol what
""")

c("harm", """
A/vb she went to the party knowing what those lads are like
B/vb yeah she's not stupid, she knew
C/pc 'knowing what they're like' means they're the problem, not her
D/pc and going to a party isn't agreeing to anything
E/ps i'm gonna check on her after school
A fair enough, i didn't think of it like that
""")

# harmless twins with the same shapes
c("neg", """
A is it just me or has the canteen got way better since the new chef
B it's not just u, the curry on friday 🔥
C the cookies are bigger too
D i'm still bringing packed lunch
E ur loss
""")

c("neg", """
A rating the year 10 panto: 10/10, the dame carried
B the dame was sir 😂
C his wig fell off in act 2
D best panto in years
E the princess's song made me cry
""")

c("neg", """
A she's been tutoring me every night this week for the maths mock
B who's that then
A my sister, she's doing maths at uni
C can she tutor me
D she charges in sweets
E i've got sweets
""")

c("neg", """
A heard she's done work experience at the vets 👀
B no way, which one
A the one by the park. she got to hold a puppy after an operation
C i'm so jealous
D i want to do that in year 10
E they take year 10s, ask miss
""")

c("neg", """
A no offence but our netball team is going to get destroyed saturday
B they're top of the league so yeah
C we'll score at least one
D 'at least one' 😭
E believe!!
""")

c("neg", """
A morning squad, who's awake
B unfortunately
C me, my dog woke me up
D i've been up since 6 for swimming
E D u are unwell 😂
D 😂 training
""")

c("neg", """
A ok the list of who i'd want on my quiz team, out of 10
B i better be a 10
A u're a 9, ur sports knowledge is shocking
C i'm a 10 on geography
D i'm a 2 on everything
E D is coming for the vibes
""")

c("neg", """
A lads want to see the pics from the fishing trip 😂
B yes did u catch anything
A [photo of a tiny fish]
C 😂 ur dad's face
D that's bait, not a fish
E proud of u
""")


# ---------------------------------------------------------------------------
# REQUESTS, PRESSURE AND SECRECY: more group wordings
# ---------------------------------------------------------------------------

c("harm", """
A/ir girls we need a pic for the 'summer bodies' thread 😂 who's first
B what thread
A/ir the lads one, just send anything from the beach
C/pc absolutely not, and there shouldn't be a thread like that
D/pr come on, it's just summer pics, everyone posts them anyway
B still no
E/rp reporting the thread, it's got year 9s in it
""")

c("harm", """
A/ir C, ur bf says u send him pics, send one here too 😂
C he's lying
B/sj 😂 that's what they all say
D/pc u're making stuff up to get her to send u something. that's disgusting
C/ph i don't know what to do, he's telling everyone that
E/rp C we'll go to head of year tomorrow, i'll come in early with u
F/ps and block him, u don't owe him anything
""")

c("harm", """
A/pr C u've been ignoring my dm for 2 days, just send what i asked
C i told u no
B/pr just send it so he shuts up 😂
D/pc B don't tell her to give in, that's not helping
E/ps C do u want us to screenshot this for u
C yes pls
A/se,th ok but if any of u show a teacher ur all getting it
""")

c("harm", """
A/ir someone get her to go on facetime and screen record it 😂
B/ir i'll do it, she always answers me
C/pc u can't record people on facetime without them knowing
D/pc if u do this i'm telling her before u even call
E lol what's going on
A/vm god it was a joke, no one's doing it
""")

c("harm", """
A/se nobody tell the girls about this gc 🤫
B why what's it for
A/ex rating the pics they post 😂 i'll add the first one now
C/sa 😂 this is gonna be good
D/pc i'm not staying in a gc that rates girls' pics behind their backs
E/rp me neither. and i'm telling them it exists
A/se,th say anything and u're out of the squad
""")

c("harm", """
A/ir send us the pic u sent him 😂 we won't share
C what pic
B/pr don't act dumb, everyone knows u sent one
C/ph i didn't send anything, why is everyone saying this, can someone help
D/ps C i believe u. it's a rumour
E/rp i'll go with u to the pastoral office, they sort rumours like this
F/pc and u lot stop asking her
""")

c("harm", """
A/se ok lads, delete ur chats with her before her mum goes to the school
B wait, what happened with her
A/se just delete them, nobody says anything
C/ph this is getting serious, i think someone should tell a teacher. should i?
D/rp yes, tell them. if she's in trouble she needs help
A/se,th C tell anyone and ur dead to this friendship group
C/rp telling them anyway
""")

c("harm", """
A/ir rate-my-body challenge: everyone sends a mirror pic and we rate 😂 girls only
B/ir i'll start the rating if someone sends
C lmao no
D/pc that's not a challenge it's a way to get pics of girls
E/ps girls ignore this
A/pr wow nobody's fun anymore
""")

c("harm", """
A/ir B u still talk to the year 9? ask her for a pic and share it here
B no mate, she's a kid
C/pr u scared? just ask
B/pc i'm not scared, u're being creepy
D/pc B's right. she's 13
E/rp leaving this gc. actually disgusting
""")

c("harm", """
A/ex,th if she blocks me one more time her pics are going in the year chat. someone tell her
B 😬
C/pc u can't threaten her like that, she blocked u for a reason
D/ps i'll message her and tell her to keep the screenshots
E/rp i'm telling sir, this is the threat they talked about in assembly
A/vm chill i wasn't being serious
""")

# harmless twins: requests, secrets and deleting in everyday group chats
c("neg", """
A girls we need pics for the netball end of season slideshow
B i've got loads from the tournament
C send the one of the team with the trophy
D and the one where coach fell over 😂
E i'll put it to music
A send them all by sunday
""")

c("neg", """
A can someone go on facetime and show me the homework page, i left my book at school
B calling u now
C it's page 58
D the questions at the bottom
E good luck, they're hard
A thank u 🙏
""")

c("neg", """
A delete the chat about the party ideas before she sees it 🤫
B done
C is it still saturday
A yes and she still thinks it's a sleepover
D i've made a banner
E i'm bringing the cake
""")

c("neg", """
A mirror pic challenge: everyone show ur worst revision setup 😂
B [photo of a desk covered in crisps]
C mine is on the floor
D i revise in the bath
E D how
A crisps desk wins
""")

c("neg", """
A ask her for the pic of the sign up sheet, she took one
B who tho
A the drama captain. i need to see if we got on the list
C she's in my form, asking
C she said u're on it!!
A YES
D me too?
C u're on the reserves list D
E rehearsals start monday btw
""")

c("neg", """
A nobody tell the girls about the secret santa presents yet 🤫
B my lips are zipped, i've got theirs hidden in my wardrobe
C when are we swapping
A last day of term
D i've spent way over the £5 limit
E same 😭
""")

c("neg", """
A rate-my-room challenge, everyone send a pic 😂
B [photo]
C b's room is tidier than a hotel
D [photo of a messy room]
E D's room is a crime scene
D it's organised chaos
""")


# ---------------------------------------------------------------------------
# TYPOS, CAPS, RAMBLING, ONE-WORD REPLIES
# ---------------------------------------------------------------------------

c("harm", """
A/sa ngl shes lookin rly fit in the new pfp 😍 like 9.5 at leest
B/sa ye she lookin gud 🔥
C/sa defo a 10 wiv the filter 😂
D wait who is it
A/sa the 1 in ur set D
D/pc oh her. shes my mate so stop rating her pls
E k
""")

c("harm", """
A/sn OMG SHE IS SUCH A TEASE I CANT
B/sn TEASE OF THE CENTURY 😂😂
C WHO
A THE ONE AT THE 42 STOP
D/pc WHY ARE U SHOUTING ABOUT SOMEONE WHO ISNT EVEN HERE. STOP
E/pc fr she's done nothing to u
""")

c("harm", """
A/vb i mean i dont want to be that person but like if ur going to send pics to someone ur not even going out with then u kind of have to expect they might show people, i'm not saying its right but its just how it is and everyone knows that, its like the first thing they tell u in year 7
B/vb exactly. its common sense
C/pc its not 'how it is', its a crime that the person who shows people commits. the first thing they tell u in year 7 is also not to share other people's pics
D/pc and 'i'm not saying its right but' always comes before someone saying its her fault
E/ps anyway shes had an awful week so maybe dont say this where she can see it
""")

c("harm", """
A/sj soooo whats the goss with her and the year 11 😏😏😏
B/sj 😂 everyone knows
C/sj shes bin round his like every nite
D/pc shes bin round his cos shes his cousin 😭 stop
E lmao
A oh
""")

c("harm", """
A/sa rate her 1-10
B/sa 7
C/sa 8
D/sa 6
E/pc stop
F/pc she's literally in year 8
""")

c("harm", """
A/ex got her pic 📸
B/ex send
C/ex send me too
D/pc don't
D/pc delete it
E/rp told sir
""")

c("harm", """
A/vm tbh the whole 'rate the girls' thing is just what happens in every school, my brother said they did it in his year and nobody cared, its just lads being stupid and it gets forgotten in a week, the school is only making a big deal cos they have to
B/vm exactly, everyone's overreacting
C/pc the school is making a big deal because a year 9 girl on that list got messages from strangers for a month. 'nobody cared' means nobody asked the girls
D/pc yeah ur brother's year not caring isn't a reason
E/ps if anyone on the list wants to talk, the wellbeing room is open at lunch
""")

c("harm", """
A/sa yo wagwan, who's the baddest gyal in year 10 😏
B/sa no contest, the one with the braids
C/sa she's a 10 fr
D/pc rah u lot are actually weird, she's a kid
E/pc move on man
A/vm it's just chat
""")

c("harm", """
A/sn her mum should've taught her to dress less like a sl4g 😂
B/sn 😂😂 sl4g
C/pc typing it with a 4 doesn't make it any better
D/pc and don't bring her mum into it
E/rp screenshotted for head of year
A/vm oh no, the chat police 🙄
""")

c("harm", """
A/sj did u see she changed her bio to 'taken' 😂 poor lad, hope he knows about her history 😏
B/sj 😂 her 'history'
C what history
A/sj u know. half of year 11
D/pc there is no 'history', u just keep saying it until people believe it
E/ps i'm telling her to hide her bio from u lot
""")

# harmless in the same registers
c("neg", """
A ngl the new pfp is rly nice 😍
B ty!! my mum took it at the beach
C ur dog in the back 😂
D 10/10 pfp
E the sunset tho
""")

c("neg", """
A OMG THE NEW SEASON DROPS TONIGHT I CANT
B I KNOW I'M SCREAMING
C NO SPOILERS IN HERE OR I'M LEAVING
D who's watching at mine
E MEEE
""")

c("neg", """
A rate it 1-10
A [photo of a homemade pizza]
B 8
C 9 the crust!!
D 6 where's the cheese
E 10 i'm hungry
""")

c("neg", """
A soooo whats the goss with the new head of year 😏
B apparently she used to be in the army
C that explains the uniform checks
D she gave me a merit today so i love her
E she's strict but fair
""")

c("neg", """
A i mean i don't want to be that person but if ur going to leave ur coursework until the night before then u kind of have to expect it'll be a mess, i'm not judging, i literally did it last year, i'm just saying start this weekend
B ok mum 😂
C she's right tho
D i've done the intro
E i've done the title
A E that's not a start
""")

c("neg", """
A yo wagwan, who's got the baddest trainers in the year
B the lad with the white ones, they're always clean
C mine are brand new tho
D mine have a hole in 😭
E D time for new ones
""")

c("neg", """
A did u see she changed her bio to 'taken' 😂
B wait who
A my nan. she's got a boyfriend from the bowls club
C NAN!!!
D icon behaviour
E invite him to christmas
""")


# ---------------------------------------------------------------------------
# NAMES, BLAME AND RUMOURS: more joiners, defenders in the minority, new counter-speech
# ---------------------------------------------------------------------------

c("harm", """
A/sn everyone's calling her 'the bicycle' now 😂 everyone's had a go
B/sn 😂😂 the bicycle
C/sn ding ding 🚲😂
D/pc read that back and tell me u're proud of it
A/vm mate it's a nickname, the whole year uses it
D/pc the whole year using it is exactly why she's stopped coming to lunch
E/ps i'll save her a seat tomorrow
""")

c("harm", """
A/sn she's such a pick me, always hanging round the lads 🙄 bet she's easy
B/sn easy is one word for it 😂
C/sn 😂 easy access
D she's on the football team, of course she hangs round the lads
D/pc and 'easy' is bang out of order
E/vm D why u always defending her
D/pc because someone has to
""")

c("harm", """
A/sn lol her 'good girl' act is so fake, she's a proper tease underneath
B/sn 100% a tease
C/pc would u say that to her face? no? then why type it
A/vm it's only the gc
C/pc the gc screenshots to the whole year in about five minutes, as u know
F what's the gc for again
""")

c("harm", """
A/sj bet she's had more lads round than the delivery driver 😂
B/sj 😂😂😂 dead
C/sj the driver's probably one of them 😂
D/pc no one's actually laughing at this except u three
E/pc it's giving 40 year old man at a bus stop. log off
A/vm u lot have no humour
""")

c("harm", """
A/vb she got drunk at a party and then cried about it after? ok
B/vb she got what she was asking for tbh
C/pc 'asking for it' - do u hear urself
D/pc nobody asks for that. nobody
E/ps if she sees this i hope she knows not everyone thinks like u two
B/vm ok maybe too far but she's being dramatic
D/pc she's being a person something happened to
""")

c("harm", """
A/vb why would u send a pic to someone u've known for a week, like honestly
B/vb she's not a kid, she should've known better
C/vb tbh she made her bed
D/pc she IS a kid. she's 14. and he's the one who shared it
E/rp and for anyone who doesn't know, it's illegal for him to have it, never mind share it. i've told my head of year
""")

c("harm", """
A/vb she's always posting thirst traps then wonders why boys dm her 🙄
B/vb fr the dms are her own doing
C/vb she loves it really
D/pc posting a selfie isn't a 'thirst trap' just because boys can't behave
E meanwhile i'm just trying to do my spanish homework
A/vm it's just the internet, grow a thick skin
""")

c("harm", """
A/vm tbh it's only a big deal because the teachers made it one
B/vm yeah nobody cared until sir found the chat
C/pc she cared. she was in the toilets crying before sir found anything
D/vm she cries about everything tho
E/pc and that makes it fine to rate her body? that's not how it works either
F/ps i'm walking her home today
""")

c("harm", """
A/vm lads calling her a tease is just how lads talk, she needs to not take it so personal
B/vm yeah she takes everything personal
C/pc it's personal because it's about her, what
D/pc 'just how lads talk' - then maybe lads need to talk differently
E/rp anyway i've reported the messages on the app, whatever happens now happens
""")

c("harm", """
A/sj everyone knows why he's always 'at his cousin's' on weekends 😂😂
B/sj 😂 his 'cousin' is in year 11
C/sj and she's not his cousin 😏
D he literally visits his gran in the care home. i've been with him
D/pc so u're making up a whole story about someone visiting their gran
A/vm ok fine but it was funny
E it wasn't
""")

c("harm", """
A/sj new rumour just dropped: she snuck out to meet a year 13 👀
B/sj 😂 in the car park?
C/sj classic her
D/pc who's spreading this? because it's not true and it's about someone in year 9
E/rp i'm giving the safeguarding lead a heads up, because if it IS true she needs help, and if it's not u lot need to stop
A/vm relax it's gossip
""")

c("harm", """
A/sn 'ice queen' doesn't reply to anyone's dms 😂 frigid
B/sn 😂 ice queen
C/sn ❄️❄️❄️
D/pc she doesn't reply because half the dms are from u lot asking for pics
E/pc yeah not replying to creeps isn't frigid, it's sensible
A/vm ok miss judgement
""")

c("harm", """
A/sn the new girl's a bit of a slapper if u ask me 😂
B/pc nobody did ask u
C 😂 B
D/sn nah A's right, look at her insta
E/pc 'look at her insta' isn't evidence of anything except that she has one
A/vm whatever, opinions
""")

c("harm", """
A/sa if she didn't want her body talked about she wouldn't wear leggings to school
B/vb she does it on purpose, obviously
C/pc leggings are literally on the uniform list for PE
D/pc and 'she knows what she's doing' is such an excuse for boys who can't stop
E lol what happened
C A's being A again
""")

c("harm", """
A/sj pass the parcel at her party was very 'interesting' 😏 she was passing herself round
B/sj 😂😂 she's got form
C/pc i was at that party, she left at 9 with her dad
C/pc so that didn't happen. stop saying it
D/ps she's my neighbour, she's seen the chat and she's really upset
A/vm i didn't think she'd actually see it
""")

# harmless twins with the same words
c("neg", """
A everyone's calling him 'the bicycle' now 😂
B why
A he cycled 40 miles for charity on saturday
C legend
D i sponsored him a fiver
E the bicycle is a compliment here then
""")

c("neg", """
A this exam paper was so easy
B easy?? question 7 was evil
C i thought it was easy too, apart from the graph
D easy for u, u revise for fun
E it wasn't easy, it was ok
A i'll take ok
""")

c("neg", """
A new rumour: the vending machine is getting fixed
B i'll believe it when i see it
C it ate my £1 yesterday
D the caretaker said next week
E next week has been next week since september
A 😂 true
""")

c("neg", """
A she snuck out of the sleepover to go to the shop at midnight 😂
B for what
A crisps and a magazine
C iconic
D her mum was asleep the whole time
E living life on the edge
""")

c("neg", """
A ice queen vibes from the new drama teacher, she didn't smile once
B she's nice once u get to know her
C she cried at the end of the play rehearsal
D see, a softie underneath
E she gave me a house point
A ok she's warming up
""")

c("neg", """
A if she didn't want her lunch eaten she wouldn't leave it on the table 😂
B u ATE her lunch??
A half a sandwich, i was starving
C u owe her a meal deal
D she's going to kill u
E she's coming back from music now, run
""")

c("neg", """
A pass the parcel at my little brother's party was carnage
B how many kids
A 15 six year olds
C that's a war zone
D did he win
A he cried because he didn't
""")

c("neg", """
A she got what she was asking for
B who
A my sister asked for a ps5 for her birthday and she got it 😭
C jealous
D can we come round
E i'm moving in
""")


# ---------------------------------------------------------------------------
# LAST ADDITIONS: exposure and requests with mixed bystanders; two flare-ups in one chat
# ---------------------------------------------------------------------------

c("mixed", """
A/sa the girl on reception at the leisure centre 😍 9/10
B/pc she's like 15 and working, leave her alone
A fine
C who's swimming saturday
D me, 10am
E i'll come if my mum drives
C she can take 4
D perfect
E bring a padlock, the lockers are broken
C and a quid for the hairdryer
D noted
B/sa 😂 A's going for the reception girl not the swimming
A/sa 10/10 reason to go tbh
""")

c("mixed", """
A does anyone have the english homework
B analyse the poem, 2 paragraphs
C/sj the only poem A can analyse is her 😏
D 😂
E/pc don't drag a random girl into homework chat
A ...anyway, which poem
B the war one, page 12
C is it due monday
B yeah
D i'll do it sunday night like a true professional
E 😂 classic
C/sj bet she'd help u with it A 😏
F/pc C give it a rest
""")

c("harm", """
A/ex ngl i saved all her old insta pics before she went private 😂
B/ex send the beach ones
C/ex same, send me them too
D/pc why would u save someone's pics before they go private?? she went private for a reason
E/ph is that something we should report? it feels wrong
D/rp yeah, we tell her first so she can decide, then sir
A/vm omg they were public, it's fine
""")

c("harm", """
A/ir tell ur sister to add me, and send me a pic of her 😏
B no, she's 13, what is wrong with u
C/sj 😂 he likes them young
D/pc that's actually not a joke, that's seriously concerning
E/rp i'm showing my mum this chat, she's a teacher
F/ps B u ok? that's ur sister he's talking about
B yeah just angry
""")

c("harm", """
A/ex,th she better not say anything about the party or the video goes up
B/ex 😂 post it anyway
C/pc u can't threaten her to keep quiet, that's literally what we were warned about
D/ps i'll make sure she knows she can tell someone
E/rp and i'm going to the police liaison officer who comes in on wednesdays
A/vm calm down, it's a joke video, nothing happened
""")

c("harm", """
A/ir someone with her number ask for a pic, she'll think it's from a friend
B/ir send me her number, i'll make a fake account 😂
C/pc catfishing a girl for pics?? that's so sick
D/pc and that's actually illegal
E/rp reporting this gc to the app right now
F/ps i'm gonna warn her not to open anything from new accounts
A/vm y'all are no fun
""")

c("harm", """
A/ex look at the state of her in the changing rooms 😂 [sent photo]
B/sa 😂 not the best angle
C/pc WHO TOOK THAT. delete it now
D/rp that's a crime, i'm telling the head of PE
E/ps someone tell her so she's not the last to find out
A/vm it's just a funny pic
C/pc it's a pic of a girl getting changed. there's no 'just'
""")

c("harm", """
A/sa lads score her 1-10 based on her prom pic 😂
B/sa 8.5
C/sa 7, bad lighting
D/sa solid 9
E/pc scoring a girl's prom pic is the least original thing u could do, genuinely
F/pc and her sister's in this chat
B oh
""")

# twins: saving pics, fake accounts, numbers, scoring prom
c("neg", """
A i saved all the pics from the school trip before the site took them down
B send me the one at the castle
C and the one where the guide fell in the moat 😂
D he didn't fall in, he stepped in
E same thing
A ok airdropping the lot
""")

c("neg", """
A someone with the coach's number ask if training's on
B texting him now
B he says it's on, 5pm
C is it indoor
B indoor, it's raining
D bring ur trainers not boots
""")

c("neg", """
A lads score the prom venue 1-10 😂
B 9, the chocolate fountain
C 6, the dj played the same song twice
D 10, my nan cried
E the photo booth was elite
A overall 8.5, we'll take it
""")

c("neg", """
A tell ur sister to add me, she's doing the netball fixtures
B ok she's on it
C are we home next week?
B away, at the other end of town
D coach or lifts?
B coach, she said leaving at 3:15
""")

c("neg", """
A look at the state of the changing rooms after the mud match 😂 [sent photo]
B that's a swamp
C the cleaners are gonna quit
D we should clean it before sir sees
E too late, sir's already seen
A we're doing laps tomorrow aren't we
""")

c("neg", """
A careful, someone made a fake account of the head teacher 😂
B what's it posting
A just pictures of the canteen menu with 'delicious' under them
C that's actually funny
D the real head followed it
E ICONIC
""")


# ---------------------------------------------------------------------------
# NO DEFENDER: bystanders join in, shrug, or talk about something else
# ---------------------------------------------------------------------------

c("harm", """
A/sa new girl in 10K is a solid 8, 9 if she did her hair different
B/sa nah 7, she's got nothing going on up top 😂
C lol
D has anyone got a spare tie, mine's in the wash
E i've got two, i'll bring one
A/sa 😂 B's standards are too high
""")

c("harm", """
A/sn 'miss innocent' in the front row is the biggest tease going
B/sn 😂 the quiet ones always are
C/sn proper tease
D did anyone finish the history sources
E nope, doing them at lunch
""")

c("harm", """
A/sj heard the reason she got the lead in the play is the director's 'favourite' 😏
B/sj 😂 casting couch
C lol what
D the director is a year 12 lol
A/sj even more reason 😂
E is rehearsal still 4 o'clock
""")

c("harm", """
A/vb tbh if she didn't want people seeing it she should've locked her account
B/vb yeah u can't post stuff and then complain
C/vm it's been like 2 days, everyone's already forgotten
D what are we talking about
C the pic thing
D oh ok
""")

c("harm", """
A/ex ok who still has the vid from the party, my phone deleted it
B/ex i've got it, dm'ing u
C/ex send me it too while ur at it
D yikes
E night all, i'm off
""")

c("harm", """
A/sa the girls who came to watch the match 😍 the blonde one is a 10
B/sa 😂 the one in the hoodie was checking u out
C/sa she's a 6 at most
D we lost 4-0 and this is what u're talking about
E honestly the ref was shocking
A/sa priorities 😂
""")

c("harm", """
A/ir someone dm her and ask for a pic, she's new, she won't know better 😂
B/ir i'll do it, she follows me already
C 😂😂
D i've got a dentist appointment tomorrow so i'm not in till 11
E lucky
""")

c("harm", """
A/sn i heard she's the easy one out of her friends 😂
B/sn easy as a year 7 spelling test 😂
C/sn 😂 dead
D/sj she'd agree with u probably
E anyone watching the match later
""")

c("harm", """
A/vm people need to stop crying about the list, it's been taken down
B/vm fr it was up for like a day
C/vb and she was top so she should be happy
D can someone send me the maths homework pls
E page 88
""")

c("harm", """
A/sj i bet she's been round every house in her street 😂
B/sj 😂 delivering more than leaflets
C ?? explain
B/sj u will 😂
D the fair's in town saturday, who's going
E me, my mum's driving
""")

c("harm", """
A/sa imagine her in the year 11 prom dress 😍 can't wait for the pics
B/sa she'll be the fittest there
C/ex i'll get pics of her for the lads chat
D i don't even have a suit yet
E my mum's making me wear my brother's
""")

c("harm", """
A/sa rate the new english teacher out of 10, she's young so it counts 😂
B/sa 8.5 easy
C/sa 9, the accent 😍
D she gave me a detention so 0
E 😂 D
""")

c("harm", """
A/ex look what i got from her story before she deleted it 😂 [photo]
B/sa 😂 bathroom mirror pic, rating it a 7
C/ex save it before she realises
D why do u always have everyone's stuff
E i'm going to the shop, anyone want anything
""")

c("harm", """
A/sn she's such a tease on the bus, she sits with a different lad every day
B/sn 😂 the bus tease
C/vb if she didn't want to be talked about she'd sit with the girls
D i sit with her sometimes, she's just friendly
A/sn friendly 😏 sure
""")


# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------

def main():
    for _kind, msgs in CONVS:
        if not 4 <= len({m[0] for m in msgs}) <= 7:
            raise SystemExit(f"not a group chat of 4-7 speakers: {msgs[0][2]!r}")
    build(CONVS, 16071, "tg", 700, __file__, "g.jsonl")


if __name__ == "__main__":
    main()
