#!/usr/bin/env python3
"""Build corpora/train/conversations/j.jsonl (part J, session 17: Welsh and Welsh-English chat).

**Welsh written for c2chat, unreviewed; needs review by a Welsh speaker.** The Welsh in this file was
written by a non-native writer for the project; spelling, mutations, idiom and dialect forms may be
wrong in places, and some labels may read differently to a Welsh speaker.

Hand-written, synthetic, non-graphic training conversations for c2chat in the voice of pupils at
Welsh-medium and bilingual secondary schools in Wales: about 40% of the conversations wholly in Welsh
(colloquial text-speak: "ti", "fi", "isio"/"moyn", "plis", "dwi'm", "be ti'n neud", "paid", "gad fi
fod", "sa i'n gwbod"; northern and southern forms; mutations as pupils write them, sometimes dropped),
about 40% code-switched Welsh-English within and across messages, and about 20% English with Welsh
words ("diolch", "iawn", "ffrind", "mam", "Miss", "gwaith cartref", "Cymraeg"). The kind given to c()
ends in -cy (Welsh), -mix (code-switched) or -en (English with Welsh words).

Kinds: harmful coercion (image requests, pressure after a refusal, threats, exposure, secrecy),
sexualised comments, victim-blaming and minimising, and protective language (challenge, support,
help-seeking, reporting to Miss/Syr/pennaeth blwyddyn/mam, Meic, Childline, blocking), each in
conversation; and many harmless conversations: homework, Eisteddfod, rygbi, Urdd, trips, food, family,
games; Welsh words that look alarming to an English reader or are everyday in Welsh ("llun" = picture,
"tynnu llun" = take or draw a picture, "rhyw" = some, "rhywun" = someone, "noeth" in "llygad noeth",
"cyfrinach" about a surprise, "bygwth" in rugby, "corff" in biology); harmless twins that share words
with harmful conversations.

Written as whole conversations, in order, without reading corpora/dev, corpora/check, corpora/dev-cy,
corpora/check-cy, corpora/everyday, corpora/holdout, corpora/lang-cy, models/ or lexicons/. No
templates or slot filling. Every person is fictional; no real names of people, schools or places.

Line format inside each conversation block (as build_i.py, lineformat.py):
    <speaker-letter>[/<code>,<code>...] <text>
Speaker letters map to pseudonymous ids tj_s001..tj_s400 (fixed seed 17101).

Labelling conventions (corpora/train/README.md, docs/categories.md), the same in every language:
- a label only on the message that performs the act in its own voice;
- a refusal by the person asked is [] however firm ("na", "dim diolch", "paid"); a reply that judges
  the act ("ma hynna'n blackmail", "ti'n bod yn afiach") is protective.challenge;
- a short follow-up gets the label its context gives it ("??" after one's own image request is
  coercive.pressure; after a question about homework it is []);
- a sulk or shrug by the requester after a refusal is coercive.pressure; a shrug after a challenge
  ("jyst banter oedd e", "ymlacia") is victim_blaming.minimising;
- holding an image as leverage is coercive.exposure + coercive.threat; asking to keep it secret, to
  delete the chat or move to another app is coercive.secrecy;
- a disclosure that only tells what happened is []; a question that asks what to do is
  protective.help_seeking; telling, blocking or reporting now, or urging it now, is
  protective.reporting; reassurance for the person affected is protective.support;
- rating people or remarks on bodies are sexualised.appearance; slurs sexualised.names; sexual jokes
  about a person sexualised.jokes (everyday wording only, nothing explicit).

Usage: python3 corpora/train/conversations/build_j.py   (writes j.jsonl next to this file)
"""

from lineformat import build, conversation_adder  # the shared line format

CONVS = []  # (kind, [(letter, [codes], text), ...])


c = conversation_adder(CONVS, max_len=14)

# ---------------------------------------------------------------------------
# Llun: image requests and their harmless twins (Welsh)
# ---------------------------------------------------------------------------

c("harm-cy", """
A ti dal lan?
B yndw pam
A/ir hala llun ohonot ti yn dy byjamas
B lol na
A/pr dere mlaen, jyst un
A/pr neb arall yn mynd i weld e, addo
B wedes i na. nos da
""")

c("twin-cy", """
A ti dal lan?
B yndw pam
A hala llun o'r daflen fathemateg plis, dwi 'di gadael hi yn y ganolfan
B aros eiliad
A dere mlaen 😭
B wedi hala. cwestiwn 4 yn anodd
A diolch ti'n seren
""")

c("harm-cy", """
A/ir sgen ti lun o dy hun heb dy hwdi?
B be? pam ti isio hynna
A/pr jyst isio gweld. ti'n edrych yn neis yn dy lun proffil
B dwi'm yn anfon dim byd
A/pr paid bod yn boring
B/pc ti'n bod yn weird, stopia
""")

c("twin-cy", """
A sgen ti lun o dy hun heb dy sbectol? mae angen un ar gyfer y bathodyn
B pam fi sy'n gorfod neud y bathodynnau
A achos ti'n dda am neud nhw
B iawn, ond dwi'n edrych yn rhyfedd heb nhw
A ti'n edrych yn iawn, jyst anfon o
B wedi anfon, paid chwerthin
""")

c("harm-cy", """
A/ir ti am anfon y llun 'na neu be
B pa lun ti'n feddwl
A/pr ti'n gwbod pa un. ddudist ti bysa ti
B naddo wir
A/pr mi nest ti. nest ti addo
B ddudis i falle. a rwan dwi'n deud na
A/th,pr bydd yn glen a geith o aros rhyngon ni
""")

c("twin-cy", """
A ti am anfon y llun o'r poster neu be
B pa boster
A yr un ar gyfer y gig Urdd, ddudist ti bysa ti'n neud o
B o ia sori, anghofio'n llwyr
A mae Miss isio fo erbyn fory
B iawn iawn neith fi rwan
""")

c("harm-cy", """
A ti ar ben dy hun?
B yndw, mam yn gwaith. pam?
A/ir perffaith. tynna lun i fi, ti'n gwbod pa fath
B na, dwi'm yn neud petha fel'na
A/pr ti'n rhy swil, mae pawb yn neud o
A/pr jyst un sydyn
B/rp dwi'n blocio ti
""")

c("twin-cy", """
A ti ar ben dy hun?
B yndw, mam yn gwaith. pam?
A dwi'n gallu dod draw i neud y prosiect celf?
B ia dere. tynna lun o'r cerflun cyn ti ddod, dwi isio gweld
A mae o'n edrych fel tatws
B lol dere a fo beth bynnag
""")

c("harm-cy", """
A/ir anfona lun yn y wisg nofio 'na o'r gwylia
B y?? sut ti'n gwbod am honna
A welis i o ar stori dy ffrind
B dwi'm yn anfon e i ti
A/pr paid bod fel'na, ti'n edrych yn dda ynddo fe
B/pc ti'n afiach. gad lonydd i fi
A/pr ti'n gwbod bo ti isio
""")

c("twin-cy", """
A anfona lun o'r gwylia, dwi isio gweld y traeth
B ma' 'na gant o luniau lol
A jyst yr un efo'r ci yn y tonnau
B o'n i'n gwbod bysa ti'n deud hynna
B 🐶🌊
A seren. mae o mor ciwt
""")

c("harm-cy", """
A/ir ti'n hala'r llun heno neu beth
B na. dwi 'di gweud wrthot ti
A/pr pam ti mor anodd
A/pr mae pawb arall yn hala llunie i fi
B gwd, cer i hala neges atyn nhw te
A/pr ffein. paid disgwyl fi siarad 'da ti fory
""")

c("twin-cy", """
A ti'n hala'r llun heno neu beth
B pa lun nawr
A llun o'r gacen ben-blwydd, i fi gael ei hala at mam-gu
B o ie sori. gacen wedi mynd yn barod lol
A o'r mowredd
B wna i hala'r un o'r canhwyllau, ma hwnna'n well
""")

c("harm-cy", """
A ti'n edrych yn neis heddiw
B diolch 😊
A/ir anfona un i fi rwan, jyst i fi
B ym dwi'm yn siŵr
A/pr plis. dwi'n meddwl amdanat ti drwy'r dydd
A/pr un bach. dileu o'n syth wedyn
B na sori dwi'm isio
A/pr ok wel diolch am ddim byd
""")

c("twin-cy", """
A ti'n edrych yn neis heddiw, lliw gwallt newydd?
B ia! o'n i'n nerfus braidd
A mae o'n siwtio ti
B diolch ti. dwi 'di bod isio fo ers oes
A anfona lun i'r grŵp, mae pawb isio gweld
B ok aros
""")

c("harm-cy", """
A/ir dangos i fi be ti'n wisgo rwan
B wisg ysgol lol
A/pr nage, ar ol ysgol. tynna lun
B pam ti'n gofyn hynna
A/pr paid gofyn cwestiynau, jyst neud e
B/pc ma hyn yn teimlo'n rong. stopia
""")

c("twin-cy", """
A dangos i fi be ti'n wisgo i'r ddawns
B aros dwi'n dal i benderfynu
A tynna lun o'r ddau ffrog
B ok un glas ne un du?
A y glas 100%
B diolch, mam yn deud yr un peth
""")

c("harm-cy", """
A gest ti'r llun nes i anfon?
B do. pam nest ti anfon hwnna
A/ir dy dro di nawr
B na. dwi ddim isio
A/pr ond nes i anfon un i ti, ti'n ddyledus i fi
B/pc dim fel'na mae'n gweithio
A/pr twyllwr
""")

c("twin-cy", """
A gest ti'r llun nes i anfon?
B y ci mewn het? do 😂😂
A dy dro di nawr, llun o'r gath
B ma hi'n cysgu ar y radiator
A perffaith, anfona fe
B 🐈
""")

c("harm-cy", """
A/ir isio gweld ti heb y sgarff
B pam hynny
A/pr jyst isio. ti'n rhy ddel i guddio
B na dwi'n oer lol
A/pr dim esgus. tynna un a anfona fe
B dwi'n mynd i gysgu
""")

c("twin-cy", """
A sgen ti'r sgarff coch o hyd?
B yndw pam
A mae Nain isio'i nôl hi, hi nath hi
B o shit ia sori. dwi'n dod a hi fory
A tynna lun ohoni i fi ddangos i Nain bod hi'n saff
B 🧣 dyma hi
""")

c("harm-cy", """
A/ir ti isio neud streak efo llunia ohonot ti?
B pa fath o lunia
A/ir ti'n gwbod. rhai gwahanol
B dwi'm yn gwbod be ti'n feddwl
A/pr paid chwara'n ddiniwed
B dwi'n mynd
""")

c("twin-cy", """
A ti isio neud streak?
B o ni'n meddwl bo ni'n neud un yn barod
A nath o dorri ddoe achos bo fi yn y gwersyll efo'r Urdd
B o na, 212 diwrnod 😭
A awn ni eto o'r dechra
B iawn. dyma llun o fy nenfwd
""")

c("harm-cy", """
A/ir dyro lun i fi, dim ond un
B na, nes i ddeud wrthat ti neithiwr
A/pr ??
A/pr helo?
A/pr paid anwybyddu fi
B/rp dwi 'di screenshotio hwn i gyd a dwi'n ei ddangos i mam
""")

c("twin-cy", """
A ti 'di gorffen y traethawd hanes?
B bron
A ??
A helo?
B sori o'n i'n bwyta. do, jyst y casgliad ar ol
A anfona fe plis, isio gweld sut ti 'di strwythuro fe
B dim copio ok
""")
# ---------------------------------------------------------------------------
# Bygythiad, dangos, cyfrinach: threats, exposure, secrecy (Welsh)
# ---------------------------------------------------------------------------

c("harm-cy", """
A/ex,th dal i gael y llun 'na o haf dwetha
B be ti'n siarad am
A/th anfona un newydd neu dwi'n ei ddangos i bawb yn y flwyddyn
B plis paid
A/th mae gen ti tan amser cinio fory
B/ph dwi'm yn gwbod be i neud, sut dwi'n stopio hyn
""")

c("harm-cy", """
A/th os ti'n deud wrth rywun, mae pawb yn gweld y sgrinluniau
B pa sgrinluniau
A/ex,th y rhai o'n sgwrs ni. dwi 'di cadw nhw i gyd
B ti'n gelwydd
A/th tria fi
B/pc ma hyn yn flacmel, ti'n gwbod hynna
""")

c("harm-cy", """
A/ex dwi 'di dangos dy lun di i'r hogia
B BE
B pa lun ffs
A/ex yr un nest ti anfon mis dwetha lol. oeddan nhw'n chwerthin
B dileu o rwan
A/vm ymlacia, jyst ni oedd yn gweld o
B/rp dwi'n mynd at pennaeth blwyddyn bore fory
""")

c("harm-cy", """
A/se paid deud wrth dy fam am y sgwrs 'ma
B pam lol
A/se achos fysa hi ddim yn dallt. ein cyfrinach ni di hon
B dwi'm yn licio cadw cyfrinachau wrth mam
A/se,th deud wrthi a dyna ddiwedd arnon ni
""")

c("twin-cy", """
A paid deud wrth dy fam am y parti
B pam lol
A achos ma dy chwaer yn trefnu syrpreis iddi ar ei phen-blwydd
B o waw ok. fy ngheg i ar gau 🤐
A ein cyfrinach ni di hon tan sadwrn
B gwych, dwi'n dod a'r balŵns
""")

c("harm-cy", """
A/se dilea'r sgwrs 'ma ar ol darllen
B ym pam?
A/se jyst neud o. a paid sôn wrth neb am be ddudis i
B ti'n codi ofn arna i braidd
A/se symud i'r app arall, mae'r negeseuon yn diflannu yn fan'na
B/rp na. dwi'n deud wrth Miss
""")

c("twin-cy", """
A dilea'r sgwrs 'ma ar ol darllen, dwi'n embarrassed
B lol pam
A nes i ganu'r anthem yn y cyfarfod efo'r geiria anghywir
B o'n i yna. oedd o'n iawn
A doedd o DDIM yn iawn
B iawn ok dileu. ond dwi'n cofio am byth 😂
""")

c("harm-cy", """
A/ex mae'r llun 'na ohoni yn mynd rownd y grŵp
B y llun o bwy
A/ex aros, dwi'n ei anfon i ti
B paid. dwi'm isio fo
B/pc a ddylsa neb fod yn ei anfon o
A/vm paid bod mor sensitif, mae pawb 'di weld o
""")

c("harm-cy", """
A/ex pwy sy isio gweld be anfonodd hi ata i neithiwr 👀
B fi
C/ex fi plis
D/pc ych. paid anfon hwnna at neb, ma hynna'n anghyfreithlon
A/vm hi anfonodd o gynta
D/pc dim ots. ddim dy lun di i'w rannu
""")

c("twin-cy", """
A pwy sy isio gweld be nath mam anfon ata i 👀
B fi
C fi plis
A 🦆🦆🦆 hwyaid bach newydd ar y fferm
B NA 😭 mor ciwt
C dwi'n dod draw penwythnos 'ma
""")

c("harm-cy", """
A/th mae gen ti 10 munud
B neu be
A/ex,th neu ma'r llun yn mynd ar y stori
B plis plis paid. o'n i'n meddwl bo ni'n ffrindia
A/th 9 munud
B/rp dwi'n ffonio mam rwan
""")

c("twin-cy", """
A mae gen ti 10 munud
B i neud be
A i ddewis enw'r tîm cwis neu dwi'n dewis "Y Sosejys"
B paid ti dare
A 9 munud
B iawn iawn "Cwis Mawr Bach"
""")

c("harm-cy", """
A/ex mae gen i dy lun di o hyd, cofio?
B ti 'di addo dileu o
A/ex,th newid meddwl. falle geith dy dad weld o
B plis. be ti isio
A/ir,th un arall. ac wedyn dwi'n dileu'r ddau
B/ph dwi'm yn gwbod pwy i ddeud wrtho
""")

c("harm-cy", """
A/se paid sôn wrth neb bo ni'n siarad
B pam? ti'n hŷn, ydi hynna'n broblem?
A/se pobl ddim yn dallt. rhyngon ni mae hyn
A/se deud wrth dy fam bo ti'n siarad efo ffrind o'r ysgol
B ym ok
A/ir anfona lun i fi cyn i ti fynd i gysgu
""")

c("harm-cy", """
A/ex nes i airdropio'r llun i bawb ar y bws lol
B pa lun?? 
A/ex yr un ohonat ti yn y stafell newid
B/pc ma hynna mor afiach, pam nest ti hynna
A/vm jôc oedd o, ymlacia
B/rp dwi'n mynd at Syr rwan
""")

c("twin-cy", """
A nes i airdropio'r llun i bawb ar y bws lol
B pa lun??
A yr un o Syr yn cysgu ar y trip i'r amgueddfa 😂
B na nest ti ddim
A pawb yn chwerthin. hyd yn oed y gyrrwr
B os ydi o'n ffeindio allan ti'n marw
""")

c("harm-cy", """
A/th gwna be dwi'n ddeud neu dwi'n deud wrth bawb be nest ti anfon
B nes i ddim anfon dim byd
A/th fyddan nhw'n credu fi, dim ti
B/pc ti'n trio'n fygwth i. dwi'n cadw'r neges yma
A/th a be ti'n mynd i neud efo hi
B/rp ei dangos hi i'r heddlu ysgol
""")

c("harm-cy", """
A/se cadwa hwn rhyngon ni, iawn?
B y? be sy
A/ir mae gen i ffafr i ofyn. llun bach i fi yn unig
B dim diolch
A/pr o dere. ti'n rhy neis i ddeud na
A/se a paid deud wrth dy ffrindia am hyn
B/ph dwi'n screenshotio hwn i ddangos i rywun. pwy ddylwn i ddeud wrtho?
""")

c("twin-cy", """
A cadwa hwn rhyngon ni, iawn?
B y? be sy
A dwi'n meddwl gofyn i rywun o 9C fynd i'r ddawns efo fi
B ooo
A paid deud wrth neb, plis
B addo. pob lwc ti!
""")

c("harm-cy", """
A/th dwi'n gwbod lle ti'n byw
B pam ti'n deud hynna
A/th,ir anfona'r llun a fydd 'na ddim problem
B/pc ma hynna'n fygythiad
B/rp dwi'n blocio ti a deud wrth dad
""")

c("twin-cy", """
A dwi'n gwbod lle ti'n byw lol
B pam ti'n deud hynna
A achos dwi newydd weld dy gath di yn ein gardd ni eto
B o na, sori. mae hi'n crwydro
A mae'n iawn, mae'n bwyta bwyd ein ci ni
B ddo i i'w nôl hi
""")
# ---------------------------------------------------------------------------
# Sylwadau rhywiol, enwau, beio: sexualised remarks, names, blame (Welsh)
# ---------------------------------------------------------------------------

c("harm-cy", """
A/sa rhowch sgôr i'r merched yn 10B allan o 10
B lol
C/sa hi yn y blaen, 8
D/pc ych, pam da chi'n neud hyn. dydyn nhw ddim yn bethau i'w sgorio
A/vm ymlacia, jyst hwyl ydi o
D/pc dim hwyl iddyn nhw
""")

c("twin-cy", """
A rhowch sgôr i'r cawl yn y ffreutur allan o 10
B 3
C bod yn hael. 2
D roedd o'n iawn! 6
A ti 'di colli dy flas
D dwi jyst yn llwglyd drwy'r amser
""")

c("harm-cy", """
A/sa welis di hi yn y gêm pêl-rwyd, corff fel'na 🔥
B pwy ti'n feddwl
A/sa yr un tal o 11. y shorts 'na 👀
C/pc dwi'n meddwl bod hynna'n ofnadwy o ych a fi
A/vm be, compliment oedd o
C/pc dim os ti'n siarad am ei chorff hi tu ol ei chefn
""")

c("harm-cy", """
A/sn slag ydi hi, pawb yn gwbod
B pwy sy'n deud
A/vb wel os ti'n anfon llunia i hogia ti'n gofyn amdani
C/pc dim bai hi ydi o bod o 'di ei rannu
C/pc yr un nath ei rannu o sy ar fai
A/vm ia ia, whatever
""")

c("harm-cy", """
A/sn frigid 😂
B pwy ti'n galw'n frigid
A/sn ti. achos nest ti ddim anfon dim byd iddo fo
B/pc gwranda, ma galw enwa fel'na yn afiach. stopia
C/ps paid gwrando arno fo, nest ti'r peth iawn
""")

c("harm-cy", """
A/sj mae hi'n gwisgo'r sgert yna i gael sylw gan yr hogia 😂
B haha
C/pc di hynna ddim yn ddoniol. mae hi'n 13
A/vm jôc ydi o, calm down
C/pc jôc am gorff merch ifanc? na
""")

c("harm-cy", """
A/vb hi ddylsa ddim 'di anfon y llun yn y lle cynta
B/vb gwir. be oedd hi'n disgwyl
C/pc hi ddim ar fai. nath o addo peidio ei ddangos
C/pc yr hogyn nath ei rannu sy'n haeddu'r drwg
B ia ond
C/pc dim "ia ond"
""")

c("harm-cy", """
A/vm pam bod pawb yn gneud ffys, jyst llun ydi o
B mae hi'n crio ers ddoe
A/vm mi eith o heibio. wythnos nesa fydd neb yn cofio
B/pc ma' hyn yn beth mawr iddi hi
B/ps dwi 'di deud wrthi dwi yma iddi
""")

c("harm-cy", """
A/sa ti'n edrych yn secsi yn y llun proffil newydd
B ym diolch? dwi'm yn nabod ti
A/pr ti'n hŷn na ti'n edrych
A/ir anfona un arall
B/rp dwi'n adrodd y cyfri 'ma
""")

c("harm-cy", """
A/sa y ferch newydd, mae hi'n stunner. rhowch farc
B/sa 9
C/sa 10 am y coesau 😂
D/pc ma' hyn yn sick. dydi hi ddim hyd yn oed yn y grŵp i amddiffyn ei hun
B sori
B/pc ia ti'n iawn, 'di mynd yn rhy bell
""")

c("twin-cy", """
A y ferch newydd, mae hi'n wych yn Ffrangeg
B ma' hi o dramor go iawn?
A ei mam hi. mae hi'n siarad tair iaith
C a Cymraeg yn barod, ar ol blwyddyn
A rhowch farc i'n Cymraeg ni ar ol 12 mlynedd
B 4 lol
""")

c("harm-cy", """
A/vb os ti'n mynd i bartis fel'na be ti'n ddisgwyl
B be ti'n feddwl
A/vb wel, hi oedd yn meddwi a tynnu llunia
B/pc doedd neb â'r hawl i rannu llunia ohoni hi
B/pc ti'n siarad fel bod hi'n haeddu fo
A/vm dwi jyst yn deud
""")

c("harm-cy", """
A/sn hwren. dyna be ydi hi
B pwy ydi hi
A/sn yr un yn ein dosbarth Cymraeg. nath hi gusanu tri hogyn yn y disgo
B/pc pwy sy'n poeni. ddim dy fusnes di
C/pc ia, a paid galw hi'n enwau fel'na
""")

c("harm-cy", """
A/sj glywis di pam bod hi mor boblogaidd efo'r hogia 😏
B hahaha
C/pc paid. ti'n gwbod bod y sïon 'na ddim yn wir
A/vm jôc ydi o ffs
C/pc jôc sy'n neud i bawb edrych arni hi. stopia
""")
# ---------------------------------------------------------------------------
# Amddiffyn: protective conversations (Welsh)
# ---------------------------------------------------------------------------

c("prot-cy", """
A ga i ofyn rwbath i ti
B wrth gwrs
A mae 'na hogyn o flwyddyn 11 yn gofyn am lunia o hyd
A/ph be ddylwn i neud? dwi'm isio iddo fo fod yn flin
B/ps dim dy fai di ydi hyn o gwbl
B/rp deud wrth Mrs yn y swyddfa les, heddiw. ddo i efo ti
A ok. amser egwyl?
B/rp amser egwyl. fi fydd wrth y drws
""")

c("prot-cy", """
A ti'n iawn? welis i be nath o bostio yn y grŵp
B dim rili
B dwi'm isio mynd i'r ysgol fory
A/ps dwi yma. nest ti ddim byd o'i le
A/rp ti isio i fi ddeud wrth pennaeth blwyddyn efo ti? ma hi'n ffeind
B falle. dwi'n ofn bod pawb yn gwbod
A/ps fydd hi'n helpu. a fydda i wrth dy ochr di trwy'r dydd
""")

c("prot-cy", """
A/ph mae rhywun yn bygwth rhannu llun ohona i, pwy dwi'n ffonio
B/rp Meic. maen nhw'n ateb yn Gymraeg a ma'n gyfrinachol
B/rp neu Childline, ma ganddyn nhw ffordd o gael llun wedi ei dynnu lawr
A ydi mam yn gorfod gwbod
B/ps dim rhaid i ti neud o ar ben dy hun. ond bysa dy fam ar dy ochr di, dwi'n siŵr
""")

c("prot-cy", """
A/pc oi, tynna'r llun 'na o'r grŵp rwan
B lol pam
A/pc achos dydi hi ddim 'di cytuno i neb ei weld o
C/pc ia, dilea fo
B iawn iawn, wedi mynd
A/rp diolch. a dwi'n deud wrth Syr beth bynnag, rhag ofn bod o 'di mynd yn bellach
""")

c("prot-cy", """
A/rp nes i ddeud wrth mam
B a?
A oedd hi'n flin, ond dim efo fi. efo fo
A/rp mae hi 'di ffonio'r ysgol yn barod
B/ps o dwi mor falch. ti'n saff rwan
A dal yn teimlo'n sâl
B/ps normal. dwi yma os ti isio siarad heno
""")

c("prot-cy", """
A/ph be ti'n neud os ma rhywun ti'n nabod ar-lein yn deud wrthat ti am beidio deud wrth dy rieni?
B pam, ydi hynna'n digwydd?
A ella
B/pc dydi ffrind go iawn ddim yn gofyn hynna
B/rp bloca fo a deud wrth dy dad. heno
A/ph be os dio'n flin
B/ps dim ots os ydi o. dy ddiogelwch di sy'n bwysig
""")

c("prot-cy", """
A/rp dwi 'di adrodd y cyfrif yna oedd yn anfon negeseuon i bawb
B pa un
A yr un ffug. oedd yn gofyn am lunia i genod blwyddyn 8
B/rp nes i hefyd. a deud wrth fy chwaer fawr
C/rp dwi newydd adrodd o hefyd. os ma digon yn neud o mae'n mynd
""")

c("prot-cy", """
A mae o'n dal i anfon negeseuon
A hyd yn oed ar ol i fi ddeud na
B/ps ti'n gwbod bod hynna ddim yn iawn, a dim arnat ti mae'r bai
B/rp screenshotia bob dim a bloca fo
A ond be os dio'n creu cyfrif arall
B/rp wedyn ti'n blocio hwnnw hefyd. a ti'n deud wrth Miss. dwi'n dod efo ti
A diolch. o ddifri
""")

c("prot-cy", """
A/pc plis stopiwch rannu'r fideo. ma hi'n ffrind i fi
B/vm ond ma pawb 'di weld o
A/pc dydi hynna ddim yn rheswm i'w anfon o eto
A/rp dwi 'di deud wrth pennaeth y flwyddyn, mae hi'n gwbod pwy sy'n ei rannu
C o shit ok, dwi 'di dileu o
""")

c("prot-cy", """
A sut ma hi?
B dal yn ofnadwy. dydi hi ddim isio gadael ei stafell
A/ps deud wrthi bo ni i gyd yn meddwl amdani a dim bai hi
A ydi hi 'di siarad efo rywun? cwnselydd ysgol?
B dim eto
A/rp mae gan yr ysgol gwnselydd ar ddydd Mercher. a mae Meic ar agor tan hanner nos
""")

c("prot-cy", """
A/ph sori am neges random ond dwi'n poeni am fy ffrind. mae ei chariad yn deud wrthi be i wisgo a gofyn am lunia drwy'r amser
B o diar
B/pc dydi hynna ddim yn berthynas iach
B/rp dyla hi siarad efo oedolyn. neu gallet ti ddeud wrth pennaeth blwyddyn ar ei rhan hi
A ond fydd hi'n flin efo fi
B/ps falle am dipyn. ond ti'n ffrind da am boeni
""")

c("prot-cy", """
A/pc paid galw hi'n hynna
B/vm be, ma pawb yn galw hi'n hynna
A/pc dim ots be ma pawb yn neud, mae o'n gas a'n rhywiol a dydi o ddim yn wir
B ok, sori
A diolch ti
""")
# ---------------------------------------------------------------------------
# Bob dydd: everyday Welsh, Welsh words that look alarming to an English reader
# ---------------------------------------------------------------------------

c("every-cy", """
A be ti'n neud
B gwaith cartref gwyddoniaeth. ma'n boen
A pa ran
B yr un am y sêr. "pa sêr sy'n weladwy i'r llygad noeth"
A o ia, nes i hwnna neithiwr. Sirius ydi un
B diolch ti'n achubwr bywyd
""")

c("every-cy", """
A sa i'n gwbod beth i neud ar gyfer y prosiect celf
B tynna lun o rywbeth yn y tŷ
A fel be
B y tegell? dy sgidie?
A ma hynna mor boring
B tynna lun o dy frawd yn cysgu te lol
A ok mae hynna'n syniad da actually
""")

c("every-cy", """
A oes rhywun yn gwbod pryd mae'r gwaith cartref Cymraeg i fewn
B dydd Iau dwi'n meddwl
C dydd Mercher! Miss wedi newid o
A o na plis
C rhyw 300 gair, paid poeni
A 300??? 😭
""")

c("every-cy", """
A mae rhywun 'di dwyn fy nghreision
B ddim fi
A ti'n bwyta creision halen a finag rwan
B ...cyd-ddigwyddiad
A ti'n ddyledus i fi
B wna i brynu dau becyn i ti fory
""")

c("every-cy", """
A pwy sy'n cystadlu yn yr Eisteddfod ysgol?
B fi, llefaru
C a fi. y côr a'r ddawns werin
A dwi'n neud y gadair! y gerdd
B ooo beth yw'r testun
A "Drws". ma'n amhosib
C sgwennu am ddrws yr oergell lol
""")

c("every-cy", """
A ti'n dod i'r ymarfer rygbi heno?
B yndw. ma Syr yn deud bo ni'n neud taclo
A o na, fy ysgwydd i dal yn brifo
B paid bod yn fabi
A dwi'n dod! jyst yn cwyno
""")

c("every-cy", """
A mam isio gwbod os ti'n aros i swper
B be sy 'na
A cawl a bara
B wrth gwrs dwi'n aros
A lol, a mae 'na bwdin reis
B dwi'n symud i fewn
""")

c("every-cy", """
A gwersyll yr Urdd penwythnos yma! pwy sy'n mynd
B fi! dwi'n mynd efo'r côr
C ti'n cofio'r llethr sgio? nes i ddisgyn tair gwaith
A ma nhw'n deud bod y bwyd 'di gwella
B dwi'n cymryd creision beth bynnag
""")

c("every-cy", """
A ti'n gwbod rhywun sy'n gwerthu hen dei ysgol?
B pam, be ddigwyddodd i dy un di
A ci nath ei fwyta
B am esgus da
A dwi o ddifri!! mae 'na lun
B anfona fo, dwi angen chwerthin
A 🐕👔
""")

c("every-cy", """
A nath y ffôn ddisgyn yn y bath
B o na. ydi o'n gweithio?
A mae o mewn reis
B reis ddim yn gweithio go iawn medda dad
A dwi'n trio beth bynnag
B rho wbod os ti'n fyw 😂
""")

c("every-cy", """
A be gest ti yn y prawf mathemateg
B 18 allan o 30
A o, ok
B be gest ti
A 27
B ti'n ofnadwy. ond llongyfarchiada
""")

c("every-cy", """
A dwi'n trio dysgu'r araith ar gyfer yr Eisteddfod
B sut mae'n mynd
A dwi'n anghofio'r ail baragraff o hyd
B deud o i dy gi
A mae'r ci yn cysgu
B ci da. gwrandawr perffaith
""")

c("every-cy", """
A be ydi "rhyw" yn Saesneg eto? yn y frawddeg "rhyw fath o anifail"
B "some". rhyw fath = some kind
A o ia wrth gwrs. dwi'n dwp
B na ma'n air rhyfedd
A ma geiriadur Miss ar goll hefyd
""")

c("every-cy", """
A ti 'di gweld rhywun yn gwisgo fy nghot i?
B y got las?
A ia. dwi 'di'i gadael hi yn y neuadd
B mae 'na un yn y bocs pethau coll
A diolch! dwi'n mynd i'w nôl hi rwan
""")

c("every-cy", """
A ma hi mor boeth heddiw
B dwi'n toddi yn y wers ddaearyddiaeth
A ma'r ffenestri ddim yn agor
B dwi'n mynd i ofyn i Syr am gael mynd allan
A fydd o'n deud na
B werth trio
""")

c("every-cy", """
A cyfrinach: dwi 'di prynu'r tocynnau i'r gig i mam
B ooo! pryd ydi o
A mis nesa. ei phen-blwydd
B paid poeni, dwi'n ddistaw fel llygoden
A ti'n ddrwg am gadw cyfrinachau
B dim ond rhai pwysig
""")

c("every-cy", """
A nath y tîm arall drio'n bygwth ni yn y gêm
B be, sut
A oeddan nhw'n deud bo nhw'n mynd i'n curo ni 40-0
B a be oedd y sgôr
A 12-31 i ni 😎
B legends
""")

c("every-cy", """
A ma'r prawf bioleg am y corff dynol dydd Llun
B pa rannau
A y galon, yr ysgyfaint, y stumog
B dwi'n gwbod dim byd
A dere draw dydd Sul, wnawn ni gardiau fflach
B diolch. dwi'n dod a bisgedi
""")

c("every-cy", """
A dwi 'di gadael fy mag ymarfer corff ar y bws
B o nagoes
A mae fy nghit i gyd ynddo fo
B ffonia swyddfa'r cwmni bws
A ma mam 'di neud. maen nhw'n ei gadw fo yn y depo
B lwcus
""")

c("every-cy", """
A sgen ti wefrydd?
B pa fath
A un sy'n ffitio
B lol dyna'r ateb gwaetha erioed. math C?
A ia
B yn y drôr wrth y drws, helpa dy hun
""")

c("every-cy", """
A ti 'di tynnu llun o'r ceffyl eto? ar gyfer celf
B hanner. ma'r coesau'n edrych fel pibellau
A tynna fo eto, mae gen ti tan wythnos nesa
B dwi 'di tynnu o bedair gwaith
A pumed yw'r un lwcus
""")

c("every-cy", """
A ma nhw'n deud bod hi'n bwrw eira fory!!
B paid codi fy ngobeithion
A ma'r ap tywydd yn deud 80%
B ysgol 'di cau?
A dim eto. dwi'n gweddïo
""")

c("every-cy", """
A pwy sy'n gwbod y geiriau i'r anthem i gyd
B fi ers blwyddyn 3
C dwi'n gwbod y pennill cynta yn unig
A ma'r côr yn ei chanu hi yn y gêm sadwrn
C dwi'n mwmian y gweddill lol
""")

c("every-cy", """
A ma fy mrawd bach newydd ddeud ei air cynta
B beth oedd o
A "na"
B iawn, ma hwnna'n addas iawn i dy deulu di
A 😂 ma mam yn flin
""")

c("every-cy", """
A sut ma'r swydd newydd yn y caffi
B ok. nes i ollwng dau gwpan heddiw
A dim ond dau?
B a plât
A ti'n gwella
B mae'r bos yn dal i fy nhalu beth bynnag
""")
# ---------------------------------------------------------------------------
# Code-switched Welsh-English: harmful and twins
# ---------------------------------------------------------------------------

c("harm-mix", """
A ti'n up?
B ye be sy
A/ir send a pic of u, just one quick un
B na dwi'n ok
A/pr cmon, don't be so stiff
A/pr no one will see it, promise
B dwedes i na. leave it
A/pr wow ok. boring
""")

c("twin-mix", """
A ti'n up?
B ye be sy
A send a pic o'r homework Cymraeg plis, y paragraff am y gerdd
B hang on ma fe yn fy mag
A cmon, dwi'n methu ffeindio fe nowhere
B sent. paid copio fe word for word
A legend diolch
""")

c("harm-mix", """
A/ir so ti'n sendio'r pic or what
B which pic
A/pr ti'n gwbod which one, you said u would
B when did i ever say that
A/pr u did tho. ti 'di addo
B/pc this is getting weird, stop asking me
""")

c("harm-mix", """
A/ex got the pic from the party still 😏
B what pic
A/ex,th the one o ti ar y soffa. be a shame if it ended up in the year chat
B plis dont
A/th,ir send me a new one and it stays gone
B/ph dwi ddim yn gwbod be i neud. who do i even tell
""")

c("harm-mix", """
A/se paid deud wrth neb about us chatting ok
B why not
A/se people won't get it. i'm older, they'll make it weird
A/se deleta'r chat each night yeah
B ok...
A/ir send me one before u sleep 😘
""")

c("twin-mix", """
A paid deud wrth neb am y present
B why not
A achos it's for Miss, she's leaving end of term
B o ok! faint ydan ni'n rhoi
A £2 each. ma gen i'r cerdyn yn barod
B i'm in. dwi'n sgwennu rhywbeth neis
""")

c("harm-mix", """
A/ex lol check what ma hi 'di sendio i fi
B 👀
A/ex screenshotio fe now, going in the boys gc
C/pc paid. that's actually messed up
A/vm chill its only the boys
C/pc doesn't matter pwy sy'n gweld e. not yours to share
C/rp if it goes in the gc dwi'n mynd at Syr
""")

c("harm-mix", """
A/th u've got till 9pm
B or what
A/ex,th or everyone sees what u sent me last summer
B plis i'll do anything but that
A/th,ir then u know what i want. un arall
B/ph dwi'n crio, help me, what do i do
""")

c("twin-mix", """
A u've got till 9pm
B or what
A or the pizza order goes in without ur toppings lol
B NA aros. pepperoni a madarch
A madarch? ych a fi
B don't judge me
""")

c("harm-mix", """
A/ir y pic yna o ti yn y gym kit, send it me
B odd thing to want. why
A/pr ti'n edrych yn fit ynddo fe, just wanna see
B no ta
A/pr but u sent him one
B/pc that's none of ur business, stop
""")

c("twin-mix", """
A y pic yna o ti yn y gym kit, send it me
B why u asking
A mam isio gweld y kit newydd cyn prynu un i fy chwaer
B ahh ok. hang on
B sent. its from the club shop
A diolch! she'll love it
""")

c("harm-mix", """
A/ir anfon pic
B of what
A/ir u. in bed. ti'n gwbod
B na, dim diolch. dwi ddim yn neud hynna
A/pr everyone does it tho. paid bod yn babi
B/pc stop pressuring me, dwi wedi deud na
A/pr fine. i'll ask someone who's actually fun
""")

c("harm-mix", """
A/sa rate the girls in 9B out of 10, i'll go first
B lol go on
A/sa the one ar y tîm hoci. 9 for the legs
C/pc this is grim. sa nhw'n gweld hwn they'd be gutted
A/vm jyst banter, paid bod yn soft
C/pc banter is when everyone's laughing. they're not even here
""")

c("twin-mix", """
A rate the cakes yn y bake off out of 10
B y cacen lemon? 9
C y brownies were a 10 no question
A y sbwnj pinc tho... 4
C harsh but fair
""")

c("harm-mix", """
A/sn honestly she's a total slag
B who's she
A/sn y ferch o'r bws. sendio pics i bawb apparently
C/pc u don't know that, and even if, galw hi'n slag is gross
A/vm calm down it's one word
C/pc it's a word people use to shame girls, stop
""")

c("harm-mix", """
A/vb honestly she shouldn't have sent it os oedd hi ddim isio fe'n mynd round
B/vb yeah like what did she expect
C/pc he's the one who shared it, sa fe ddim wedi rhannu fe there'd be no problem
C/pc blaming her is how this keeps happening
A/vm whatever, it's old news now
""")

c("harm-mix", """
A/vm it was just a joke, paid neud fuss
B you posted her pic with a rating on it
A/vm so? she laughed
B/pc she laughed because pawb arall oedd yn chwerthin
B/rp dwi 'di reportio'r post, ac dwi'n deud wrth Miss
""")

c("harm-mix", """
A/ir heyy sgen ti snap? wanna see more pics of u
B who is this
A/pr friend of a friend. ti'n edrych yn aeddfed for ur age
A/se don't tell ur mam we're talking tho, she'll be weird about it
B/pc that's a massive red flag. dwi'n blocio ti
B/rp and reporting
""")

c("twin-mix", """
A heyy sgen ti snap? i'm in ur Welsh class, the new one
B o haia! ye hang on
A wanna see more pics o'r trip, Miss said u took loads
B i took like 200 lol
A send the ones of the castle plis
B sending now
""")

c("harm-mix", """
A/th if u tell anyone about this, dwi'n postio'r screenshots
B what screenshots
A/ex,th where u said u fancied me. plus the pic
B/pc that's blackmail. ti'n gwbod hynna
A/th call it what u want
B/rp i've got all this saved and i'm showing mam tonight
""")

c("harm-mix", """
A/ex everyone's seen it now, ti'n famous lol
B plis stop sending it
A/ex too late, it's on like 5 stories
B/ph i can't breathe, what do i do
C/ps dwi'n dod draw now. you're not on your own
C/rp we'll use Report Remove together tonight, then tell ur mam
""")

c("twin-mix", """
A everyone's seen it now, ti'n famous lol
B stop 😭 why was i on the big screen
A the camera at the rugby zoomed right in while u were dancing
B dwi'n marw
A it was iconic tbh
""")

c("harm-mix", """
A/ir can u send one in the outfit from sadwrn
B why?? what for
A/pr just for me. cmon, paid bod mor shy
B nah
A/pr ur no fun. i thought u liked me
B/pc liking u doesn't mean i send pics. stop
""")

c("twin-mix", """
A can u send one in the outfit from sadwrn
B why?? what for
A i wanna get the same top for the disco, lle gest ti fe?
B ooh the market! i'll send a pic of the label
A diolch babes
""")

c("harm-mix", """
A/se move to the other app, ma'r negeseuon yn disappear
B why tho
A/se safer. dy rieni di won't see nothing
B dwi ddim rili isio, sori
A/pr don't be boring, i thought u trusted me
B/rp na. dwi'n deud wrth fy chwaer am hyn
""")

c("twin-mix", """
A move to the other app for the project chat, this one keeps crashing
B which one
A the one Syr told us about, with the shared files
B ok fair. dwi'n joinio now
A diolch, we'll finish y poster tonight
""")
# ---------------------------------------------------------------------------
# Code-switched: protective and everyday
# ---------------------------------------------------------------------------

c("prot-mix", """
A/ph random q but what do u do if someone keeps asking u for pics
B who's asking u??
A boi o'r ysgol arall. he keeps going on
B/ps ok first of all it's not ur fault
B/rp screenshot everything, bloca fe, a deud wrth Miss bore fory
A/ph what if she tells mam
B/ps then mam helps. dwi'n dod efo ti to see Miss
""")

c("prot-mix", """
A/pc oi delete that from the gc now
B/vm lol relax
A/pc na. she didn't say u could post that, it's her pic
C/pc ye tynna fe lawr
B fine fine
A/rp and i've told pennaeth blwyddyn anyway, she's sorting it
""")

c("prot-mix", """
A u ok? saw what he said under ur post
B not really tbh
A/ps paid gwrando arno fe. ur not what he said
A/rp reportia'r comment, i've already done it too
B diolch. dwi jyst isio mynd adre
A/ps i'll walk u home after, ok?
""")

c("prot-mix", """
A/rp i told mam everything last night
B and??
A she was so calm. she rang the school this morning
B i'm so proud of u. ti mor ddewr
A lol shush
A still feel sick tho
B/ps that's normal. dwi yma whenever u need
""")

c("prot-mix", """
A/ph my mate's bf is making her send pics and she's scared to say no, be ddylwn i neud
B/pc that's not ok at all, that's coercion
B/rp talk to her first, then go to the safeguarding lead together
B/rp Childline or Meic too if she won't talk to school
A diolch. gonna text her after tea
""")

c("prot-mix", """
A/pc stop calling her frigid, ma hynna'n afiach
B/vm it's a joke
A/pc not to her. she said no to him and now u lot are all at it
C/pc ye he's right, leave her alone
B ok ok
""")

c("prot-mix", """
A/rp i reported that fake account yn dweud ei fod o'n talent scout
B the one messaging year 8s?
A ye, asking for "portfolio pics". so dodgy
B/rp i'm telling Syr so he can warn the year
C/rp i've sent the screenshots to my mam, she's ringing the police line
""")

c("prot-mix", """
A/ph if someone has a pic of u and says they'll share it, can u get it taken down?
B/rp ye, Childline's Report Remove. ti'n gallu neud e yn anonymous
B/ps and ur not in trouble for it. fe sy mewn trouble
A ok. it's for a friend
B/ps tell ur friend she's got this. a dwi'n gallu helpu hi
""")

c("every-mix", """
A did u do the gwaith cartref for Cymraeg
B na, is it due fory?
A ye 😭 y darn am yr Eisteddfod
B i'm doing it at lunch then
A can u send a pic o'r taflen, i lost mine
B ye will do later
""")

c("every-mix", """
A rugby's cancelled heno, the pitch is flooded
B yesss dwi'n knackered
A Syr said we're doing fitness yn y gym instead
B noooo
A 😂 see u there
""")

c("every-mix", """
A mam's making cawl tonight if u wanna come
B ooh ye. can i bring my brawd bach?
A course. he's the only one who likes the swede
B he eats the cennin too, it's weird
A lol see u at 6
""")

c("every-mix", """
A the Urdd form needs signing by Friday
B which one
A y trip i'r gwersyll. ma'r link on the school app
B did ur mam sign yet?
A she signed it in the car lol
B i'll ask dad tonight
""")

c("every-mix", """
A pwy sy'n neud y llefaru yn yr Eisteddfod?
B me and two others from 8
A nervous?
B ye, i keep forgetting the last line
A practice it in front of ur mam-gu
B she cried last time 😂 in a good way
""")

c("every-mix", """
A secret santa form names are out
B ooh which person
A can't tell u, that's the point lol
B cmon just a hint
A nope. ma fe'n gyfrinach
B ugh fine
""")

c("every-mix", """
A ti'n gallu tynnu llun o'r bwrdd? i couldn't see from the back
B yeah one sec
B sent. the equations are a bit blurry
A diolch, that's loads better than mine
B Miss writes so small 😭
""")

c("every-mix", """
A my nain's 80 this weekend!!
B aw happy bday to her
A we're making a cake shaped like a sheepdog
B post a pic after, i need to see it
A it's gonna look like a potato tbh
""")

c("every-mix", """
A is anyone else's phone dead
B mine's on 3%
A need a charger asap, mae'r bws yn hwyr
B there's one in the library
A legend diolch
""")

c("every-mix", """
A omg the science teacher said "noeth" in the lesson and the English boys lost it
B lol why
A "y llygad noeth" - the naked eye. they didn't get it
B they've been here two years 😂
A Miss made them write it out ten times
""")

c("every-mix", """
A that maths hw is killing me
B which q
A 7b. the one am y triongl
B i gave up on 7b ngl
A Syr's gonna be so fuming
B he said hand in what u can
""")

c("every-mix", """
A ur team got destroyed yn y gêm lol
B ye ye it was 3-0 rub it in
A threat from the left wing was unreal
B our defence was asleep tbh
A training's extra tough this week i bet
""")
# ---------------------------------------------------------------------------
# Code-switched: more harmful, twins, group chats that turn
# ---------------------------------------------------------------------------

c("mixed-mix", """
A pwy sy 'di gorffen y poster hanes
B nearly. just need the pictures
C dwi'n neud y timeline tonight
A/sa btw did u see her in the Eisteddfod dress 🔥 rate her
B/sa lol 8
C/pc can we not. ma hi yn y grŵp project 'ma
A/vm she's not even reading it lol, chill
C/pc dal ddim yn ok. back to the poster plis
""")

c("mixed-mix", """
A rygbi fixture's been moved to dydd Sadwrn
B aw man i've got a party
C/sj the party with her? 😏 bet u'll be busy
B stop it
C/sj lol everyone knows what happens at hers
D/pc ffs that's a rumour about a girl who isn't even here. leave it
B/pc ye shut up, it's not funny
""")

c("mixed-mix", """
A can someone send y taflen for the French vocab
B here 📄
C diolch x
A/ir ooh while ur sending stuff, send me a pic of u from the pool party 😏
B/pc wtf. in the class chat?? no
D/pc mate that's so weird. stop
A/vm lol jokes jokes
""")

c("mixed-mix", """
A who's got the hoodie order sheet
B me. ma pawb wedi talu except two
C i'll pay fory, sorry
A/sn ask the frigid one, she never pays for nothing lol
B/pc what is wrong with u. don't call her that
C/pc seriously, ma hynna'n nasty
A/vm soz, joke
""")

c("harm-mix", """
A/ir heyy show me the new dress? like, on u properly
B it's just a dress lol
A/pr ye but i wanna see it on u. in ur room
B i'm not really comfortable
A/pr ur overthinking it. dwi ddim yn mynd i ddangos neb
B/pc ti ddim yn gwrando when i say no
""")

c("twin-mix", """
A heyy show me the new dress?
B for prom?? ye!
A ma fy chwaer isio gweld it too, she's doing my hair
B sending now. it's green
A OMG ma fe'n stunning
B aww diolch
""")

c("harm-mix", """
A/th answer me or i send it
B send what
A/ex u know exactly what. y video from the sleepover
B that was meant to be deleted
A/th it wasn't. so reply
B/rp dwi'n mynd at yr heddlu. i've screenshotted this
""")

c("twin-mix", """
A answer me or i send it
B send what lol
A the voice note of u singing Calon Lân in the shower
B NOOO. dileu fe
A reply to the group about sadwrn then
B ok ok dwi'n dod, happy now
""")

c("harm-mix", """
A/ir u should send me a pic sometime
B of what
A/ir ti. no top
B absolutely not
A/pr why not, it's literally just me seeing it
A/pr ??
B/rp blocked. and telling my mam
""")

c("harm-mix", """
A/sa her body in that pic though 👀
B who's this about
A/sa y ferch yn y stori. she knew what she was doing posting that
C/pc she posted a picture from the beach, paid troi fe'n rhywbeth arall
A/vb if u post like that u want the attention
C/pc no she doesn't. stop blaming her
""")

c("harm-mix", """
A/vb if she didn't want it shared she should've thought before sending
B/pc ma hynna'n total victim blaming
A/vb it's common sense
B/pc common sense is not sharing someone's private pic. he did it, not her
C/ps i've messaged her, she's really upset. dwi'n meddwl fod hi angen ffrindia now
""")

c("harm-mix", """
A/ex anyone want the pic of him from the changing rooms 😂
B omg
C/ex me
D/pc are u serious. it's illegal to share that
A/vm it's only a joke, he won't care
D/rp he will. i'm telling Miss in the morning
""")

c("harm-mix", """
A/se don't tell ur ffrindiau what we talk about
B how come
A/se they'll be jealous. this is special, it's just us
A/ir and send me a pic now, only mine to see
B i don't know
A/pr if u actually liked me u would
""")

c("harm-mix", """
A/th if i don't get another pic by tonight, everyone on ur follower list sees the first
B plis i'm 14 i can't
A/th £50 then
B/ph i don't know what to do, is this my fault
""")

c("prot-mix", """
A/ph someone online's asking for £50 or they'll send my pic to everyone
B/ps ok. breathe. ti ddim mewn trouble
B/rp don't pay and don't send anything else. screenshot, block, and tell an adult now
A telling mam scares me so much
B/rp i'll come round and we tell her together. then Report Remove
A ok. ok
""")

c("twin-mix", """
A if i don't get the form by tonight, Syr said ur out of the team
B which form?
A the consent one for the rugby tour
B shit. mam's at work
A scan it and send it him, ma fe'n ok with that
B diolch, lifesaver
""")

c("harm-mix", """
A/sa bet she looks well fit without the school jumper
B lmao
C/pc why do u always go on about the girls' bodies. it's weird
A/vm bants
C/pc not bants if they'd hate it. leave it
""")

c("harm-mix", """
A/sj she's always "revising" with the boys in the library 😉😉
B lmaooo
C/pc u know that's a rumour. she's literally my lab partner, she revises
A/vm ymlacia, no one believes it anyway
C/pc then why say it
""")

c("harm-mix", """
A/ir babe send me one tonight plis 🥺
B i said i'm not doing that
A/pr we've been together 3 months, that's long enough
A/pr ma pawb arall yn neud e
B/pc no they're not and even if they were i don't want to
A/pr fine. maybe u don't like me as much as u say
B/ph dwi ddim yn gwbod os dwi'n overreacting. is this normal?
""")

c("prot-mix", """
A/ps babe that's not normal and ur not overreacting
A/pc someone who likes u doesn't guilt trip u for pics
B i just don't wanna lose him
A/ps i know. but u deserve someone who listens when u say na
A/rp tell the school counsellor? or i'll come with u to see Miss
""")
# ---------------------------------------------------------------------------
# English with Welsh words: harmful, protective, everyday
# ---------------------------------------------------------------------------

c("harm-en", """
A hey u awake
B ye just finished my Cymraeg essay
A/ir send me a pic before bed
B of what
A/ir u obviously. something nice 😏
B no thanks, nos da
A/pr aw dont be like that, it's me
""")

c("twin-en", """
A hey u awake
B ye just finished my Cymraeg essay
A send me a pic of the mark scheme Miss gave out
B it's in my bag downstairs
A pleeease i need it for the morning
B fine, going down now. diolch would be nice
A DIOLCH 🙏
""")

c("harm-en", """
A/ex i kept the one u sent me back in year 9 btw
B u swore on ur nain it was gone
A/ex,th i lied. and ur new boyf might like to see it
B how can u do this, we were together a year
A/th send me one more and i'll forget about it
B/pc this is blackmail and im screenshotting every message
""")

c("harm-en", """
A/se this stays between us ok. not ur mam, not ur ffrind, nobody
B why's that
A/se people twist things. i'm just looking out for u
A/ir send me a selfie so i know ur ok
B hmm no, something's off about this
A/pr i've done so much for u
""")

c("prot-en", """
A/ph someone older from the club keeps messaging me at night and says not to tell mam
B/pc red flag. massive one
B/rp u need to tell ur mam tonight, or Miss tomorrow. i'll come
A/ph what if they think i did something wrong
B/ps u didn't. an adult telling a kid to keep secrets is the problem
""")

c("harm-en", """
A/sa right, year 10 girls, who's top. go
B idk
A/sa my vote's the girl who sits by the window in Welsh. those legs
C/pc mate stop rating girls like its a game
A/vm it's a compliment???
C/pc not when they don't know ur doing it
""")

c("harm-en", """
A/sn lol here comes the slag
B shut up, she can hear u
A/sn good. she should know what people say
B/pc what people say is made up. leave her alone
C/rp i'm telling head of year. this has been going on for weeks
""")

c("harm-en", """
A/vb tbh she kind of asked for it going to his house
B/pc u can't say that
A/vb why not, everyone's thinking it
B/pc no they're not. nobody asks for that
C/ps i've been sitting with her at break. she's not ok
""")

c("harm-en", """
A/vm why is everyone so dramatic, it was one pic
B it was her pic and u sent it to 30 people
A/vm and? it'll blow over
B/pc it's not going to blow over for her
B/rp the school knows. mam rang the head this morning
""")

c("harm-en", """
A/ex just saw what she sent him lol. want me to forward it
B no
A/ex ill send it anyway its hilarious
B/pc dont. thats her private pic, sending it on is a crime
A/vm relax its not like its going anywhere
B/rp this whole chat is getting reported
""")

c("twin-en", """
A just saw what she sent in the group lol. want me to forward it
B what is it
A a video of the teachers doing the staff Eisteddfod dance
B OMG yes send it
A Syr's moves 😭😭
B iconic
""")

c("harm-en", """
A/th 24 hours. clock's ticking
B to do what
A/th,ir send the pic. or the screenshot of our chat goes to ur mam
B/pc ur actually threatening me
A/th call it what u want
B/ph i dont know who to tell. can u help
""")

c("twin-en", """
A 24 hours. clock's ticking
B to do what
A to pick which film for movie night or we're watching the Welsh one with no subtitles
B lol that's actually fine, my Cymraeg is amazing
A ur Cymraeg is ok
B rude. fine, the animated one
""")

c("prot-en", """
A u ok? u seemed off in registration
B not really. he posted that thing about me
A/ps i saw. none of it's true and everyone knows that
A/rp i've reported the post and told Miss. she wants to see u at lunch, i'll come
B diolch. seriously
A/ps always
""")

c("prot-en", """
A/pc whoever is sharing the pic of her in the changing rooms needs to stop NOW
B/pc agreed. it's disgusting
C who even took it
A/rp doesn't matter, head of year has it and is finding out
D deleted it from my phone
A/ps good. and check on her if ur in her form
""")

c("prot-en", """
A/ph is it normal for my bf to ask for pics every day
B no
B/pc and its not ok if u keep saying no and he keeps asking
A/ph he says i'm frigid if i don't. what do i do
B/ps ur not. ur allowed to say no forever
B/rp talk to someone at school or Childline. want me to come with u to Miss?
""")

c("every-en", """
A did anyone get the Welsh homework done
B the poem one from Monday?
A ye the war one with the empty chair
B i wrote half a page
A same tbh. Miss is going to destroy us
""")

c("every-en", """
A can someone send me a pic of the timetable for next week
B which year
A 9. i lost mine after PE
B sent 📸
A diolch 🙏🙏
""")

c("every-en", """
A rugby training is outside today, bring ur boots
B it's pouring
A coach says "real players love rain"
B coach is mad
A coach has a warm car to sit in
""")

c("every-en", """
A Urdd trip deposit is due friday
B how much
A £30
B mam's going to love that
A i'm doing a car wash to pay for it lol
""")

c("every-en", """
A my mam's making welsh cakes if u want some
B YES
A she made like 60
B save me 10
A u get 4 and that's generous
""")

c("every-en", """
A did u see the Eisteddfod results?
B we came 2nd in the choir!!
A yesss
B the adjudicator said our Welsh was "clear and confident"
A ur ffrind with the solo smashed it
""")

c("every-en", """
A keep tomorrow a secret from Miss ok
B why what's happening
A we're doing a surprise card for her baby shower
B aww! what do i need to bring
A just sign it and bring a pound
""")

c("every-en", """
A how was the trip?
B so good. the castle was huge
A did u take pics
B like 300. i'll send the good ones
A i need the one of Syr in the helmet
B ahaha i'll find it
""")

c("every-en", """
A who's doing the "hot seat" in drama?
B i got picked 😭
A u'll smash it honestly
B i have to be a grandad from 1940
A put on the voice
B i'll do the voice of my taid
""")

c("every-en", """
A iawn, who took my calculator
B not me
C i think it's in the maths room under the desk
A legend diolch
C u owe me a chocolate bar
""")

c("every-en", """
A my dad's trying to learn Welsh on the app
B aw, is he any good
A he said "bore da" to the postman at 6pm
B lol bless him
A he's on a 40 day streak tho
""")

c("every-en", """
A do we need to wear full kit for the photo tomorrow
B yes, the team one
A ugh i don't have my socks
B borrow my spare
A diolch ur a life saver
""")

c("every-en", """
A just got my mocks back
B and??
A passed Cymraeg, failed chemistry
B better than me tbh
A we can revise together in the library
""")
c("harm-en", """
A/ir ur so pretty. can i have a pic just for me
B um sori, pwy wyt ti
A/pr a ffrind of ur cousin. don't be shy
A/se and don't tell ur parents, they wouldn't understand us
B/pc an adult asking me that is not ok
B/rp ur account's getting reported, bye
""")

c("harm-en", """
A/ir send a pic of u in ur rugby kit after training 😏
B and why on earth would i
A/pr just because. ur always showing off in the gym anyway
B no mate
A/pr ur no fun. i'll ask again tomorrow
""")

c("twin-en", """
A send a pic of u in ur rugby kit after training
B haha why
A nain wants one for the fridge, she's so proud u made the team
B aww ok. i'll get mam to take one
A make sure ur socks are pulled up or she'll notice
""")

c("harm-en", """
A/sa she's got the best body in the year, no competition
B who's that then
A/sa the one who does the Urdd dance. have u seen her in the costume
B/pc can u not talk about her like that, she's 13
A/vm it's just an opinion
""")

c("harm-en", """
A/sj heard she's "very friendly" at parties 😂
B lol meaning?
A/sj u know what i'm getting at
C/pc that's a disgusting rumour and it's about someone in our form
A/vm it's a joke, no one takes it seriously
C/pc she will
""")

c("mixed-en", """
A anyone know when the Welsh speaking exam is
B next tuesday i think
C i'm so nervous about the oral
A/sj she'll charm the examiner, she charms all the boys 😏
C/pc that's gross. she's worked really hard for it and u know it
B/pc seriously stop, not funny
A/vm chill, joking
""")

c("mixed-en", """
A outfits for the disco, what we thinking
B jeans and the new trainers
C idk yet
A/sa wear something short, u've got the legs for it 😏
C/pc no thanks. that's a weird thing to say
B/pc ye, leave it
""")

c("harm-en", """
A/ex guess whose pic i've got 👀
B go on who
A/ex the girl from the bus. she sent it to my mate and he sent it to me
B/pc delete it. u don't keep stuff like that
A/vm its not even that bad lol
B/rp i'm telling my mam about this chat
""")

c("harm-en", """
A/th if u block me i'll make a fake account and send it to everyone
B plis. gad lonydd i fi. just go away
A/th then don't block me
B/ph i don't know how to make this stop
""")

c("prot-en", """
A/ps hey, i know about the thing with him. are u ok?
B not really
A/ps it's not ur fault. he's the one who did something wrong
A/rp want to come to pastoral with me at break? they sorted it for my friend
B maybe. can u do the talking
A/rp course. i'll meet u by the canteen
""")

c("prot-en", """
A/ph my little sister told me someone online keeps asking her for photos and she's in year 7. what do we do
B/pc that is really serious
B/rp tell ur mam tonight and report the account. u can report to CEOP as well
A she's worried about getting people into trouble
B/ps she's not the one getting into trouble. ur doing the right thing
""")

c("prot-en", """
A/pc stop sending that meme of her, it's literally her face on that pic
B/vm it's a joke
A/pc a fake pic of someone isn't a joke, it's abuse
C/rp i've reported it to the app
A/rp and i've told Syr
""")

c("twin-en", """
A stop sending that meme of him, it's literally his face on that sheep
B it's only a laugh, chill
A he's going to see it
C he made it himself
A oh. ok then, carry on 🐑
""")

c("every-en", """
A what do we need for cooking tomorrow
B flour, butter, sugar, currants
A welsh cakes again?
B yep, Miss says we did them wrong last time
A they were burnt 😂
""")

c("every-en", """
A can anyone lend me a tie for the Eisteddfod
B which colour
A house colour, green
B i've got one, it's a bit creased
A that's fine diolch
""")

c("every-en", """
A who's in for the sponsored walk
B me
C me, my taid's sponsoring me a pound a mile
A only 12 miles then 😂
C he doesn't know that yet
""")

c("every-en", """
A bws hwyr AGAIN. standing in the rain like a lemon
B its raining sideways too
A i'm soaked
B mam's giving me a lift, want one?
A yes please, diolch!!
""")

c("every-en", """
A did anyone else hear Syr say "pasta" instead of "pasio" 😂
B lol ye
C he's been learning Welsh for like a year
A still better than my dad
B everyone's better than ur dad
""")

c("every-en", """
A pics from the show are on the school site now
B am i in them
A yes, front row, mouth open
B nooo
A it's a good pic though, u look like a real actor
""")

c("every-en", """
A i'm off to Nain's for tea
B lucky, she makes the best bara brith
A i'll bring u a slice tomorrow
B if u forget we're not friends
A noted
""")
# ---------------------------------------------------------------------------
# Welsh, southern forms and dropped mutations
# ---------------------------------------------------------------------------

c("harm-cy", """
A ti'n ffansi siarad heno
B ok, am beth
A/ir hala pic o ti i fi. un neis
B sa i moyn
A/pr pam lol, sneb yn gweld e ond fi
A/pr paid bod yn blentyn
B/pc sa i'n blentyn am weud na. gad fi fod
""")

c("twin-cy", """
A ti'n ffansi siarad heno
B ok, am beth
A hala pic o'r gwaith cartref Saesneg, sa i'n deall y cwestiwn
B pa un
A yr un am y llythyr ffurfiol
B wedi hala. sneb yn deall e, paid becso
""")

c("harm-cy", """
A/ex ma'r llun 'na o ti gyda fi o hyd
B wedest ti bo ti 'di dileu e
A/ex,th wel newidies i fy meddwl. falle bydd dy fam yn moyn gweld e
B plis paid
A/th,ir hala un arall a bydd e'n diflannu
B/ph sa i'n gwbod beth i neud. pwy alla i weud wrtho?
""")

c("harm-cy", """
A/se paid gweud wrth neb bo ni'n siarad
B pam 'ny
A/se achos byddan nhw'n neud e'n rhyfedd. fi'n hŷn
A/se a dilea'r negeseuon bob nos
B/pc ma hwnna'n swnio'n dodgy
B/rp fi'n gweud wrth Mam-gu, hi'n byw 'da ni
""")

c("twin-cy", """
A paid gweud wrth neb am y gacen
B pam 'ny
A achos ma hi i Syr, ma fe'n ymddeol dydd Gwener
B o waw. faint o amser ma fe 'di bod 'ma
A tri deg mlynedd. ma'r dosbarth i gyd yn signo'r cerdyn
B fi'n dod â'r canhwyllau
""")

c("harm-cy", """
A/sa ti'n gweld hi yn y gwersi nofio? corff fel model
B pwy nawr
A/sa y ferch newydd ym mlwyddyn 10. bydde fi'n rhoi 10 iddi
C/pc sa i'n credu bo hi moyn bod yn rhif i ti
A/vm compliment yw e
C/pc so fe'n compliment os ti'n gweud e tu ôl i'w chefn hi
""")

c("harm-cy", """
A/vb wel, fe ddyle hi wbod yn well na hala llunie
B/vb gwir. so fe'n rocket science
C/pc hi ddim 'di hala fe i'r byd, fe hala fe i'r byd
C/pc fe sy ar fai, dim hi
B hmm. ok ti'n iawn falle
""")

c("harm-cy", """
A/vm so fe'n big deal. jyst banter o'dd e
B o'dd hi'n llefen yn y toiledau
A/vm bydd hi'n iawn. ma hi wastod yn ddramatig
B/pc ma galw hi'n ddramatig pan ti 'di rhannu ei llun hi yn ffiaidd
B/rp fi 'di gweud wrth y pennaeth blwyddyn yn barod
""")

c("prot-cy", """
A/ph ma rhywun yn hala negeseuon ata i drwy'r nos yn gofyn am lunie. beth dylen i neud
B/ps o diar. ti'n ok?
B/rp paid ateb. screenshot, bloc, a gwed wrth dy fam heno
A/ph beth os yw hi'n grac
B/ps fydd hi ddim yn grac 'da ti. ti 'di neud dim byd o'i le
""")

c("prot-cy", """
A/pc stopiwch hala'r llun 'na rownd, plis
B/vm pam, ma fe'n ddoniol
A/pc so fe'n ddoniol. ma hi'n llefen a so hi 'di cytuno i hyn
C/pc cytuno. dilea fe
B ok ok
A/rp fi'n mynd at Miss beth bynnag
""")

c("prot-cy", """
A/ps shwmae, ti'n ok? glywes i beth wedodd e yn y bws
B sa i'n gwbod
A/ps sdim byd yn bod arnat ti. fe sy'n od
A/rp ti moyn i fi ddod 'da ti at y pennaeth blwyddyn?
B falle fory
A/ps iawn. fi 'ma os ti moyn siarad heno
""")

c("every-cy", """
A ti moyn dod i'r dre dydd Sadwrn
B pryd
A tua 11. ni'n mynd am sglods wedyn
B ie, fi'n dod. ond sdim lot o arian 'da fi
A paid becso, fi'n talu am y sglods
""")

c("every-cy", """
A beth sy 'da ni ar ôl cinio
B cerdd, wedyn addysg gorfforol
A o na, sa i 'di dod â 'nghit
B ma Syr yn mynd i fod yn grac
A fi'n mynd i weud bod e yn y golch
""")

c("every-cy", """
A glywest ti am y trip i'r sw?
B naddo! pryd?
A mis nesa. blwyddyn 7 a 8
B ffab. fi moyn gweld y pengwiniaid
A fi moyn gweld y llewod
""")

c("every-cy", """
A ma'r wifi lan lofft 'di marw
B so ti'n gallu hala'r gwaith?
A na. bydd rhaid i fi fynd lawr stâr a sefyll wrth y router
B fel anifail gwyllt
A yn gwmws
""")

c("every-cy", """
A ti 'di gweld y gêm neithiwr?
B do! y cais 'na yn y funud ola
A o'n i'n gweiddi
B dad cwmpo off y soffa
A o ddifri?
B ma fe'n iawn. ma'r soffa'n iawn hefyd
""")

c("every-cy", """
A pwy sy'n neud y sgets yn y noson lawen
B fi a ti a'r efeilliaid
A am beth
B athro sy'n colli ei allweddi trwy'r amser
A sa i'n gwbod pwy yw hwnna 😂
B paid gweud wrth neb
""")

c("every-cy", """
A 'sen i'n gallu bwyta pitsa bob dydd
B bydde ti'n sâl
A gwerth e
B ma Mam yn neud pitsa cartre heno, dere draw
A ti'n seren
""")

c("every-cy", """
A ma dad-cu fi 'di prynu ffôn newydd
B o na, be sy 'di digwydd
A ma fe'n hala llunie o'i de bob dydd
B beth ma fe'n gael
A ffa pob. bob tro
B eicon
""")

c("every-cy", """
A sa i'n deall y gwaith cartref ffiseg
B am y trydan?
A ie. cerrynt a foltedd
B dere i'r clwb gwaith cartref amser cinio, ma Miss yn helpu
A ok diolch
""")

c("every-cy", """
A sut o'dd y cyngerdd
B hyfryd. o'dd Mam yn llefen
A ti'n canu'n hyfryd
B diolch, o'n i'n crynu
A so neb wedi sylwi
""")
# ---------------------------------------------------------------------------
# Code-switched within messages: everyday and harmless twins
# ---------------------------------------------------------------------------

c("every-mix", """
A ti'n dod i'r rehearsal heno? Miss said it's compulsory
B ugh ydw. what time
A 3:30 tan 5
B i've got rygbi at 5:15 tho
A just leave early, she'll understand
""")

c("every-mix", """
A mae rhywun wedi gadael eu lunchbox yn y stafell gerdd
B is it the blue one?
A ye, with a sticker of a dragon
B that's mine!! diolch, dwi 'di bod yn chwilio all morning
A it smells of tuna btw
""")

c("every-mix", """
A paid tynnu coes, did u actually get a 9 in the mock?
B ye lol
A ti'n athrylith
B i revised like mad tbh
A how. share the secret
""")

c("every-mix", """
A can u send me llun o'r rota for the Christmas fair
B which stall ti arno?
A tombola i think
B hang on. yep, tombola with Syr 11 tan 12
A diolch, i'll bring prizes
""")

c("every-mix", """
A just got asked to be in the school photo for the Urdd page
B ooh famous
A they want us in our uniforms doing "something Welsh"
B meaning what exactly
A holding a daffodil i guess 😂
""")

c("every-mix", """
A dwi'n starving, what's for lunch
B pasta bake again
A ych, third time this week
B there's sandwiches yn y caffi
A i'll take my chances with the pasta
""")

c("every-mix", """
A did u see Syr fall off the stage yn y gwasanaeth
B NO WHAT
A he's fine lol, he just stepped back too far
B someone must have filmed it
A Miss made everyone put phones away so no
""")

c("every-mix", """
A my cat has been sitting on my gwaith cartref for an hour
B just move her
A she looks so comfy tho
B send a pic then, i need proof
A 🐈📚
B she's learning more than u
""")

c("every-mix", """
A are we doing the mock interview yn Gymraeg or Saesneg
B Cymraeg i think, it's for the bilingual cert
A dwi'n mynd i anghofio bob gair
B just say "diddorol iawn" to everything
A genius
""")

c("every-mix", """
A the fire alarm went off in chemistry again
B who was it this time
A someone left a bunsen on under the fume thing
B classic. dwi'n falch dwi'n neud bioleg
A u dissect frogs tho
B only on paper now lol
""")

c("twin-mix", """
A ti ar ben dy hun? i need to ask u something
B ye what's up
A can u help me pick a present for mam, her birthday's fory
B omg fory?? ti'n hwyr
A yes yes ok
B get her the candles from the market, she loves them
""")

c("twin-mix", """
A u got the pic?
B which one lol
A y llun o'r certificate, i got distinction in piano!!
B OMG llongyfarchiadau
A mam's framing it
""")

c("twin-mix", """
A wipe this chat once u've read it ok
B why lol what did u do
A it's the answers to the Friday quiz and Syr said no sharing
B u know he makes a new quiz each week right
A ...oh
B 😂
""")

c("twin-mix", """
A don't tell anyone but dwi'n rhy scared to go on the big slide at the pool
B lol same
A seriously??
B ye i pretend i need the toilet every time
A this is our secret now
""")

c("twin-mix", """
A i'm going to show everyone
B show them what??
A y fideo o ti'n neud y cartwheel yn y sports day. it's amazing
B is it embarrassing
A no it's literally perfect. Syr wants it for the newsletter
B ok fine lol
""")

c("twin-mix", """
A i've still got that pic of u lol
B which one 😭
A blwyddyn 7, in the giant dragon costume for Dydd Gŵyl Dewi
B NO. i thought we agreed to forget it
A it's going on ur birthday cake
B i'm moving abroad
""")

c("twin-mix", """
A u owe me
B for what
A i covered for u when u were late to Cymraeg
B ok ok. i'll buy u a panad at break
A deal
""")

c("twin-mix", """
A send me one before bed
B one what lol
A one of ur cat memes, i need cheering up after that exam
B say no more
B 🐱 this one's my fave
A dwi'n marw 😂
""")

c("twin-mix", """
A ur so mature for ur age
B lol what
A u handled the group presentation like an actual teacher
B i was shaking tbh
A couldn't tell. Miss was impressed
""")

c("twin-mix", """
A prove it
B prove what
A that u scored the winning try, i wasn't there
B mam filmed it, hang on
B 🏉 there
A ok i take it back, ti'n legend
""")

c("twin-mix", """
A this is our little secret ok
B what is
A i've been practising the piano piece for mam's surprise on Sul y Mamau
B aww she's gonna cry
A that's the plan
""")

c("twin-mix", """
A guess who knows which bus u catch now
B ...ok?
A same one as me now, we moved house! we're on ur street
B NO WAY. ffrindia bws
A i'll keep the seat by the window for u fory
""")
# ---------------------------------------------------------------------------
# Code-switched: harmful DMs and group chats, with bystanders
# ---------------------------------------------------------------------------

c("harm-mix", """
A/ir send me un o ti after the gym, u look good after training
B lol no
A/pr ok but like why not
B cos i don't fancy it?
A/pr,sn ugh. proper tease u are
B/pc name calling cos i said no? pathetic
""")

c("harm-mix", """
A/ir heyyy sgen ti pics from the sleepover?
B the ones of us watching films?
A/ir na, the ones in ur pjs 😏
B what do u need them for
A/pr just send em, paid bod yn weird
B ddim yn anfon dim byd. end of
""")

c("harm-mix", """
A/ex i've put her pic on the rate page lol
B the page with the scores?
A/ex ye. already got 40 votes
C/pc u need to take that down right now
A/vm page is anon, they can't trace it to me
C/rp i know. and i'm telling Syr before registration
""")

c("harm-mix", """
A/th remember i've got ur pics. gwna be dwi'n ddeud
B be ti isio gen i
A/th meet me after school and don't bring ur ffrindiau
B/pc no. ur threatening me
B/rp i've told my mam and she's coming to school tomorrow
A/vm lol i was joking, calm ur boots
""")

c("harm-mix", """
A/se make a second account so ur mam can't see our chats
B why tho
A/se it's easier. and turn ur location off
B/pc this feels really controlling
A/pr u're overreacting. i just want us to have privacy
B hmm. none of this feels normal to me
""")

c("harm-mix", """
A/ir u've sent them before, so what's the difference
B i was with someone i trusted
A/pr so u don't trust me?
A/pr that's so hurtful tbh
B/pc the guilt trip isn't working on me
""")

c("harm-mix", """
A/ir just one pic and i'll give u 5k coins
B in the game?
A/ir yeah. just a pic of u, nothing weird
B who are u actually
A/se a friend. don't tell ur parents, they'll ban u from the game
B/rp reporting u to the moderators and telling dad
""")

c("twin-mix", """
A i'll give u 5k coins for the dragon skin
B in the game? deal
A trade now?
B ye send the request
A done. diolch mate
""")

c("harm-mix", """
A/sa welsoch chi'r llun newydd ar ei stori hi? she's got the body of a 20 year old
B/sa 🔥🔥
C/pc u weirdos, she's FOURTEEN
A/vm we're only saying she looks good
C/pc about her body. in a group she's not in. cut it out
""")

c("harm-mix", """
A/sn she's such a frigid freak, wouldn't even send one
B lolll
C/pc she said no and now ur calling her names? who's the freak here
A/vm it's a joke, ti'n rhy sensitif
C/pc it's literally how he's trying to get her to send
""")

c("harm-mix", """
A/vb honestly if u go round his house alone at night what do u expect
B/pc she expects to be safe, that's what
A/vb i'm just saying she's not innocent
B/pc ur saying it's her fault. it's not
C/ps i've sat with her all week. she knows it's not her fault
""")

c("harm-mix", """
A/vm why is she still crying about the pic lol it was months ago
B because people are still sending it
A/vm just move on tbh
B/pc u can't tell her to move on while ur lot keep sharing it
B/rp and i've given Miss the names
""")

c("mixed-mix", """
A pwy sy'n neud y raffle for Plant Mewn Angen
B me and the two from 10
C i can bring prizes from the shop
A/sj the prize should be a date with her lol 😏
C/pc wtf she's literally a person not a prize
B/pc ye that's gross
A ok sori sori
""")

c("mixed-mix", """
A anyone going to the gig sadwrn
B ye! ma'r band o'r Urdd yn chwarae
C i'm going with my cousin
A/ir pic of ur outfit before u go, for me only 😏
C/pc um no. that's creepy
B/pc ye mate, chill
A/vm jeez, banter
""")

c("mixed-mix", """
A ma'r match yn dechra at 2
B chippy on the way yeah?
C ye
A/sa ooh and she'll be there, the one from the hockey team. dwi isio'i gweld hi yn y kit 😏
B/pc can u not be weird about girls for one day
C lol facts
""")

c("mixed-mix", """
A can someone explain the Welsh reading homework
B it's about the old woman and the farm
C i thought it was about a ghost
A/sa lol did u see the new girl in Welsh today, she's well fit
B/pc we're talking about homework mate
C/pc ye and stop rating people
A fine whatever
""")

c("harm-mix", """
A/th u better not tell Miss what i said
B why would i
A/se,th because if u do, everyone finds out what u sent me
B/pc that's a threat
B/rp and Miss already knows
""")

c("harm-mix", """
A/ex check the boys gc lol, someone put her pic in
B who's pic
A/ex the girl from the bus, the one u fancy
B/pc that's so messed up, delete it
A/vm not my fault, someone else put it in
B/rp screenshotting the chat and giving it to pastoral
""")

c("harm-mix", """
A/ir babe one more pic before bed 🥺
B i sent one already
A/pr just one more. paid bod yn stingy
B once was enough. i'm done with that
A/pr after everything i do for u
B/pc stop guilting me
""")

c("harm-mix", """
A/ex the boys all had a look at ur pic on my phone at break lol
B u promised me u'd get rid of it
A/vm they only saw it for like two seconds
B/pc doesn't matter, u had no right
B/rp dwi 'di deud wrth mam. she's ringing the school
A/vb u shouldn't have sent it if u didn't want it seen
""")
# ---------------------------------------------------------------------------
# Frames: lessons, retold advice, TV, hypotheticals (all [])
# ---------------------------------------------------------------------------

c("frame-cy", """
A be naethoch chi yn y wers ABCh heddiw
B am rannu llunia ar-lein
A o ia, nathon ni hynna wythnos dwetha
B ddudodd Miss bod hi'n drosedd rhannu llun noeth o rywun dan 18, hyd yn oed os ti'n 15 dy hun
A oedd y fideo yn drist
B oedd. y ferch yn y fideo'n newid ysgol yn y diwedd
""")

c("frame-cy", """
A welist ti'r rhaglen neithiwr am y bachgen oedd yn cael ei flacmelio?
B do. ofnadwy
A nath o ddeud wrth ei dad yn y diwedd
B a nath yr heddlu ddal y dyn
A ddylsa fo 'di deud yn gynt
B hawdd deud. oedd o'n ofn
""")

c("frame-cy", """
A ma'r poster yn y coridor yn deud "os ydi rhywun yn gofyn am lun, deud wrth oedolyn ti'n ymddiried ynddo"
B ia, ma nhw ym mhob man
A oes rhywun wir yn neud hynna?
B mae fy chwaer yn deud bod o'n gweithio
A ok teg
""")

c("frame-cy", """
A be sy'n y prawf ACRh fory
B caniatâd, perthnasau iach, a lle i gael help
A fel Meic a Childline?
B ia, a'r nyrs ysgol
A hawdd. dwi'n gwbod y rhifau ar y cof
""")

c("frame-mix", """
A we had the police officer in for the online safety talk
B the one about sextortion?
A ye. he said if someone threatens to share ur pics, don't pay, block, tell an adult
B ma hynna'n eitha obvious
A not when ur panicking tho
B true
""")

c("frame-mix", """
A in Cymraeg we're reading that novel where the girl's pic gets shared
B o ia, we did it last year
A the bit where her ffrind stands up for her in the canteen
B dwi'n cofio. i cried tbh
A Miss wants an essay on "y bystander"
""")

c("frame-mix", """
A would u tell a teacher if someone asked u for pics
B prob mam first
A same. Miss said either is fine in the lesson
B i think i'd panic tho
A that's why they make us practise saying it
""")

c("frame-en", """
A for the debate we're arguing "victim blaming is still common in schools"
B are we for or against
A for. we need examples like "she shouldn't have sent it"
B and why that's wrong
A yep, Miss wants three counter arguments in Welsh and English
""")

c("frame-en", """
A the assembly was about "banter" today
B go on, what did the talk actually say
A that if someone isn't laughing it isn't banter
B fair point honestly
A then they showed the Meic number on the screen
""")

c("frame-cy", """
A oedd y ddrama ar S4C neithiwr mor dda
B yr un lle mae'r athrawes yn ffeindio'r llunia ar ffôn y disgybl?
A ia! a mae hi'n galw'r rhieni
B dwi'n meddwl bod y dyn drwg yn amlwg o'r dechra
A paid sbwylio, dwi ar bennod 3
""")

c("frame-mix", """
A in ACRh Miss asked "what would u say to a friend who's being pressured"
B so what went on ur sheet
A "it's not ur fault and u can say na"
B i put "tell someone u trust"
A she said both were right
""")

c("frame-en", """
A wrote my English essay on the poem about the girl who's called names
B the one with the chorus that repeats "slag"
A yeah the poet uses it to show how cruel the whole village is
B that's clever
A Miss gave me an A, i quoted it four times
""")
# ---------------------------------------------------------------------------
# Protective: more Welsh and code-switched
# ---------------------------------------------------------------------------

c("prot-mix", """
A/ph hey sori for the random msg but ti'n gwbod sut i reportio account on the app?
B ye, press the three dots then "report"
A/ph what do i pick, it's an account sending pics to year 7s
B/rp pick "child safety". and tell head of year tomorrow too
C/rp i'll report it as well, more reports = faster
""")

c("prot-mix", """
A he's been messaging me again
B the same boy? what's he saying
A the same stuff. wants a pic, says i owe him
B/pc u don't owe him anything. that's him trying to pressure u
B/rp we're going to Miss at break. dwi ddim yn gadael i ti fynd ar ben dy hun
A/ph ok. what do i say to her
B/rp show Miss the screenshots, she's dealt with this before
""")

c("prot-mix", """
A/rp ma mam yn gwbod now
B was she ok with u telling?
A she hugged me for like 10 mins lol
B/ps aw. i told u she'd be on ur side
A/rp she's reported it to the police and the school
B proud of u. ti 'di neud y peth iawn
""")

c("prot-mix", """
A/pc guys stop sharing the screenshot of her msgs, it's private
B/vm it's funny tho
A/pc it's not funny, she trusted him and he leaked it
C/pc agreed, ma hyn yn nasty. dileu fe
B fine
A/rp i've flagged the post as well
""")

c("prot-mix", """
A/ph what do i do if i've already sent a pic and now he's threatening me
B/ps first, ti ddim mewn trouble. he is
B/rp don't send anything else. tell ur mam or Miss and use Report Remove
A/ph will the police get involved
B/ps if they do it's to help u, not to punish u
""")

c("prot-cy", """
A/ps nes i weld y sylwadau o dan dy lun di. ti'n iawn?
B ddim rili. ma nhw'n deud petha am fy nghorff
A/pc ma hynna'n ffiaidd. ddylsa neb siarad fel'na
A/rp dwi 'di adrodd pob sylw. ti isio i fi ddeud wrth Miss?
B plis. dwi'm yn gallu
A/rp iawn. dwi'n mynd fory bore
""")

c("prot-cy", """
A/ph mae 'na rywun yn rhannu llun ffug ohona i, wedi ei olygu
B/pc o na. ma hynna'n gam-drin, dim jôc
B/rp deud wrth pennaeth blwyddyn a adrodd o i'r ap. mae 'na ffordd i'w gael o lawr
A/ph ond mae o'n edrych yn real
B/ps dim ots. ma pawb sy'n dy nabod di yn gwbod dy fod ti ddim 'di neud dim byd
""")

c("prot-cy", """
A/pc stopia anfon negeseuon ati. mae hi 'di deud na dair gwaith
B dwi jyst isio siarad
A/pc dim siarad ydi hynna, ma hynna'n plagio
A/rp os ti'n neud o eto dwi'n deud wrth Syr
B ok. sori
""")

c("prot-cy", """
A/rp Mam, mae hogyn yn y dosbarth yn anfon negeseuon ata i yn gofyn am lunia
B o cariad. diolch am ddeud wrtha i
B/ps ti 'di neud y peth iawn. dim dy fai di ydi hyn
B/rp dwi'n ffonio'r ysgol bore fory. dangos y negeseuon i fi plis
A ok. ti ddim yn flin?
B/ps dim efo ti. byth
""")

c("prot-cy", """
A/ph dwi'n meddwl bod fy ffrind yn cael ei gorfodi i anfon llunia gan hogyn hŷn. be dwi'n neud
B/pc mae hynna'n ddifrifol iawn
B/rp deud wrth yr arweinydd diogelu yn yr ysgol. heddiw os ti'n gallu
A/ph ond dwi 'di addo peidio deud
B/ps weithia ti'n gorfod torri addewid i gadw rhywun yn saff. ti'n ffrind da
""")

c("prot-cy", """
A sut oedd hi efo Miss?
B iawn actually. oedd hi'n ffeind
A dwi mor falch. ti'n haeddu hynna
B ma nhw'n siarad efo'i rieni o fory
A/ps a ti ddim ar ben dy hun. ma gen ti ni
""")

c("prot-cy", """
A/pc ti'n gwbod bod rhannu'r llun 'na'n anghyfreithlon?
B/vm ma pawb yn ei weld o beth bynnag
A/pc dim ots. bob tro ti'n ei anfon ti'n ei brifo hi eto
C/pc cytuno. stopiwch
A/rp a dwi 'di anfon y sgrinluniau at pennaeth blwyddyn
""")

c("prot-cy", """
A/ph helo, sori am y neges. dwi'n poeni am fy mab. mae rhywun ar gêm yn gofyn iddo am lunia. efo pwy dwi'n cysylltu?
B/rp diolch am ddeud. cysylltwch efo'r arweinydd diogelu yn yr ysgol, a adroddwch y cyfrif i CEOP
B/ps dydi'ch mab ddim mewn trwbl o gwbl
A diolch. dwi'n ffonio'r ysgol rwan
""")
# ---------------------------------------------------------------------------
# Welsh, northern forms: more harmful and twins
# ---------------------------------------------------------------------------

c("harm-cy", """
A/ir sgen ti lun o'r noson 'na? yr un yn dy stafell
B pa noson
A/pr paid actio'n ddwl. ti'n gwbod
B dwn i'm be ti'n feddwl, a dwi'm isio gwbod
A/pr tyd 'laen. jyst un
B/rp dwi 'di blocio chdi
""")

c("twin-cy", """
A sgen ti lun o'r noson 'na? yr un yn dy stafell efo'r cacennau
B y noson ffilm? oes!
A anfona fo, dwi isio'i roi o yn y llyfr lloffion i dy ben-blwydd
B ooo ti'n gneud llyfr?
A ella 🤫
""")

c("harm-cy", """
A/ir isio llun ohonach chdi yn y gwely
B be?? na
A/pr pam ddim, ti'n ddel
A/pr neb yn gwbod, dwi'n addo
B/pc ti'n swnio fel y boi yn y fideo ABCh. gad lonydd
""")

c("harm-cy", """
A/ex ma'r fideo ohonach chdi yn y parti gen i
B plis dilea fo
A/ex,th dwi'n ei gadw fo. rhag ofn
B rhag ofn be
A/th rhag ofn ti'n penderfynu peidio gwrando arna i
B/ph dwi'm yn gwbod at bwy i droi
""")

c("harm-cy", """
A/th ti'n deud wrth rywun, a dwi'n postio fo ar y cyfrif cyfrinacha
B plis paid
A/se felly ti'n cadw dy geg ar gau
B/rp dwi 'di deud wrth mam yn barod. mae hi'n ffonio'r heddlu
""")

c("harm-cy", """
A/sa ma hi 'di datblygu dros yr ha 👀
B pwy sgen ti dan sylw
A/sa yr hogan dal o'r côr. welis di hi yn y ffrog?
C/pc ti'n siarad am ei chorff hi fel tasa hi'n beth. ma hi'n 14
A/vm ia ia, dim ond deud
""")

c("harm-cy", """
A/sn ma hi'n slwten llwyr
B ffs paid
A/vb wel, ma hi'n anfon llunia i hogia hŷn
C/pc dwyt ti ddim yn gwbod hynna, a hyd yn oed os ydi hi, ma'r hogia hŷn ar fai
B/pc ia. a paid galw hi'n hynna eto
""")

c("harm-cy", """
A/vm ma pawb yn gorymateb. jyst llun oedd o
B oedd hi'n methu dod i'r ysgol am wythnos
A/vm ma hi'n dramatic
B/pc ti 'di rhannu llun ohoni heb ei chaniatâd. hi ddim yn dramatic
""")

c("harm-cy", """
A/ir anfona lun ohona chdi yn y gwisg nofio newydd
B ti'n weird
A/pr dim weird, jyst isio gweld. ti'n sbio'n lyfli ynddo fo ma siŵr
B/pc na, ma hyn yn creepy. stopia
A/pr jyst un
B/rp dwi'n dangos hyn i dad
""")

c("twin-cy", """
A anfona lun ohona chdi yn y gwisg nofio newydd
B pam, be sy
A i fi gael gweld os ydi o'r un un â fi. nathon ni brynu nhw yn yr un siop
B lol dwi'n meddwl bo nhw'r un peth. un glas efo streipen?
A ia!! twins yn y gala
""")

c("harm-cy", """
A/ir dwi isio llun ohona chdi cyn dydd Sadwrn
B i be?
A/pr i mi gael cofio amdanat ti. ti'n mynd i ffwrdd am bythefnos
B na, dwi'm yn gyfforddus
A/pr ti'n gariad i mi. ma cariadon yn gneud hyn
B/pc dim os dydi un ddim isio
""")

c("twin-cy", """
A dwi isio llun ohona chdi cyn dydd Sadwrn
B i be?
A i'r bwrdd arddangos yn y dderbynfa. "disgybl y mis" 🏆
B NA, fi??
A ia! Miss ddudodd
B o mam bach, dwi angen torri fy ngwallt
""")

c("twin-cy", """
A ma gen i lun ohonach chdi yn cysgu ar y bws
B dilea fo 😭
A ma'n ciwt. ti'n edrych fel babi
B os ti'n ei roi o ar y stori dwi'n dy ladd di
A ok ok dim stori. jyst y grŵp teulu
B dwi'm yn dy deulu di
""")

c("twin-cy", """
A neith hwn ddim aros yn gyfrinach yn hir
B y? pa gyfrinach
A dwi 'di cael lle yn y gerddorfa genedlaethol
B BE!!! llongyfarchiada
A dwi'm yn cael deud tan y cyhoeddiad fory
B fy ngheg ar gau. ond WAW
""")
# ---------------------------------------------------------------------------
# Welsh, northern everyday
# ---------------------------------------------------------------------------

c("every-cy", """
A ti'n dod i'r clwb ffermwyr ifanc nos Iau?
B dwn i'm. ma gen i lot o waith cartref
A ma 'na gwis. a bwyd
B o wel, os oes 'na fwyd
A wela i chdi yno
""")

c("every-cy", """
A ma'r defaid 'di dengid eto
B o na. eich rhai chi?
A ia. ma dad yn gweiddi ar y ci
B dio'n helpu?
A nac'di. ma'r ci'n meddwl ma gêm ydi o
""")

c("every-cy", """
A sgen ti bensil i fenthyg? dwi 'di colli fy un i eto
B dyma chdi. ond dwi isio fo'n ôl
A ti'n gwbod na chei di ddim
B dwi'n gwbod. dyna pam dwi'n rhoi'r un rhad i chdi
""")

c("every-cy", """
A pryd ma'r bws yn gadael i'r trip?
B 8 o'r gloch. dim hwyrach
A 8?? ar ddydd Sadwrn?
B ia. ma Miss yn deud bydd hi'n gadael hebddan ni
A dwi'n gosod tri larwm
""")

c("every-cy", """
A be gest ti i ginio
B brechdan ham a creision
A dwi 'di anghofio fy mocs bwyd
B hanner fy mrechdan?
A ti'n angel
""")

c("every-cy", """
A ti 'di gweld y bennod newydd?
B naddo paid deud dim!!
A dwi'm yn deud dim byd
A ond
B NA
A iawn iawn 🤐
""")

c("every-cy", """
A ma'n nain yn dod i'r sioe ysgol
B aw neis
A ma hi'n mynd i grio'n syth, ma hi'n crio ym mhob sioe
B ma hynna'n lyfli
A embarrassing. ond lyfli
""")

c("every-cy", """
A ti'n cofio'r tro nathon ni golli'r bws o'r pwll nofio
B a cherdded adra yn y glaw
A oeddan ni'n socian
B nath dy fam neud siocled poeth i ni
A dyna'r diwrnod gora erioed
""")

c("every-cy", """
A be di'r gair am "homework" eto
B gwaith cartref. ti'n dysgu Cymraeg ers tair blynedd
A dwi'n gwbod!! jyst wedi blino
B cer i gysgu
A nos da
""")

c("every-cy", """
A dwi 'di cael swydd dydd Sadwrn yn y siop sglodion
B ooo sglodion am ddim?
A ella. ar ddiwedd y shifft
B dwi'n dod i dy weld di bob wythnos
A dim ond os ti'n prynu rwbath
""")

c("every-cy", """
A ti'n gallu dod a dy gamera i'r Eisteddfod? ma Miss isio llunia o'r côr
B yndw. ond ma'r batri'n ddrwg
A dwi'n gallu benthyg un gan dad
B grêt. dwi'n tynnu lluniau o'r llwyfan
A perffaith, diolch
""")

c("every-cy", """
A gwranda, ma'r tîm pêl-droed angen gôl-geidwad fory
B fi?? dwi'n ofnadwy
A ti'n dal. dyna'r cwbl sy angen
B iawn, ond dwi'm isio clywed dim byd os ni'n colli
A addo
""")

c("every-cy", """
A ma'r lleuad yn anferth heno
B welis i hi o'r ffenest! oren
A lleuad yr helwyr ma dad yn galw hi
B tynnais i lun ond ma'n edrych fel smotyn
A ffonau. byth yn dal y lleuad
""")

c("every-cy", """
A ti 'di gorffen y llyfr Cymraeg?
B bron. ma'r diwedd yn drist
A PAID
B dwi heb ddeud dim byd!
A ti newydd ddeud bod o'n drist
B ...sori
""")
# ---------------------------------------------------------------------------
# English with Welsh words: more
# ---------------------------------------------------------------------------

c("harm-en", """
A/ir can i get a pic of u in ur dance costume from the Urdd comp
B what for
A/pr u looked amazing. just want one for myself
B no, pics aren't something i send anyone
A/pr wow. thought u were my mate
B/pc friends don't push after a no
""")

c("twin-en", """
A can i get a pic of u in ur dance costume from the Urdd comp
B what for lol
A i'm making the slideshow for the end of year assembly
B oh ok! the group one or solo
A group please, Miss wants everyone in it
B sending now
""")

c("harm-en", """
A/th i'll tell everyone what u told me about ur mam if u don't send it
B u wouldn't
A/th try me. 5 mins
B/pc that's blackmail and it's disgusting
B/rp i'm going to head of year. i have every message
""")

c("harm-en", """
A/ex lol i airdropped her pic to the whole Welsh class
B omg what
A/ex the one she sent me when we were going out
C/pc that's illegal. she was 14
A/vb she sent it, not my problem
C/rp it is ur problem. i'm telling Syr now
""")

c("harm-en", """
A/sn ur such a tease, u know that
B what?
A/sn posting pics like that and then saying no. tease
B/pc i posted a pic from the beach with my family. leave me alone
A/vm lol touchy
""")

c("harm-en", """
A/vb she's the one who got drunk, what did she think would happen
B/pc u can't blame her for what other people did
A/vb i'm not blaming, i'm just saying she made bad choices
B/pc and the boys who filmed her made worse ones
C/ps i messaged her, told her nobody decent thinks it's her fault
""")

c("prot-en", """
A/pc can u not use that word about her
B what word
A/pc slag. she hasn't done anything and even if she had, it's vile
B fine, sorry
A thanks
""")

c("prot-en", """
A/ph how do u report something to Childline? is it anonymous?
B/rp yes, u can chat online or call. and they can help get pics taken down
A/ph do they tell ur parents?
B/ps not unless u're in danger. and they're really kind, my cousin used it
A ok. diolch
""")

c("prot-en", """
A u ok? ur really quiet
B he's been sending me stuff again
A/ps ok. i'm here. u don't have to deal with this on ur own
A/rp let's go to Miss together at lunch. i'll come in with u
B ok. thanks for not making it weird
A/ps never
""")

c("prot-en", """
A/rp just so u know, i told Syr about the messages u showed me
B WHAT why
A because he was threatening u and i was scared for u
A/ps Syr literally said u've done nothing wrong. zero trouble
B i'm still annoyed
A/ps that's fair. but i'd do it again
""")

c("every-en", """
A what's the Welsh for "i've forgotten my PE kit"
B dwi 'di anghofio fy nghit
A thanks. practising my excuse for Miss
B she's heard it every week
A yeah but now it's in Cymraeg, that's bonus points
""")

c("every-en", """
A eisteddfod rehearsal moved to the hall
B what time
A after registration
B can i bring my ffrind from the other class
A yes, Syr said the more the merrier
""")

c("every-en", """
A did ur dad win the pub quiz
B no, lost on the Welsh history round
A hahaha
B he said "i should've asked my son"
A did u know the answers
B no idea 😂
""")

c("every-en", """
A can someone send a pic of the ingredients list for food tech
B got it, hang on
B sent
A diolch, my one's covered in flour
B they always are
""")

c("every-en", """
A iawn so who's bringing what to the picnic
B i'll do crisps
C sandwiches
A i'll bring mam's bara brith
B best picnic ever
""")

c("every-en", """
A my taid says he used to walk 5 miles to school
B they all say that
A he also says it was uphill both ways
B classic
A in the snow. in june
""")

c("every-en", """
A my little brother just got his first rugby shirt
B aww
A he sleeps in it
B send a pic
A 🏉👶 he's already asleep in it
B cutest thing ever
""")

c("twin-en", """
A i'm telling Miss
B telling her what?
A that it's ur birthday tomorrow so she does the song in registration
B nooooo please
A too late, already emailed her 😂
""")

c("twin-en", """
A keep this from ur mam ok
B uh oh. confess
A i broke the garden gnome when i climbed over the fence for the ball
B lol she loves that gnome
A i'm buying a new one saturday, just keep quiet till then
B zipped. not a word
""")
# ---------------------------------------------------------------------------
# Code-switched: more group chats, jokes, names, secrecy, and their twins
# ---------------------------------------------------------------------------

c("mixed-mix", """
A pwy sy 'di neud y French speaking practice
B me, it was grim
C dwi'n neud e heno
A/sj lol ask her to help, she's been "practising" with all the boys 😏
C/pc are u actually ok in the head? she's year 9
B/pc gross mate, seriously
A/vm it was a joke about French ffs
C/pc no it wasn't
""")

c("mixed-mix", """
A trip money's due dydd Llun
B how much is it
C £45 with the coach
A/sn ask the bike, she's been round everyone lol
C/pc don't call her that. what even is that
B/pc ye that's a nasty rumour and u know it
A/vm pfft none of u can take a joke
""")

c("mixed-mix", """
A Syr put the team sheet up for sadwrn
B am i on it?
A ye, wing
C/sj she'll be watching from the sidelines, bet she's hoping u score off the pitch too 😂
B/pc mate stop. she's my sister's ffrind
D/pc ye that's weird, leave her out of it
""")

c("harm-mix", """
A/se don't tell ur ffrindiau we're a thing ok
B y? why's that a secret
A/se it's more fun as a secret. and delete our msgs every night
B that's kind of weird tho
A/pr don't make it weird. u trust me right
B/ph i don't know. i'm gonna ask my sister what she thinks
""")

c("harm-mix", """
A/se paid deud wrth neb dy fod ti'n dod i'r tŷ
B why not tho
A/se ur parents wouldn't get it. say ur at a mate's
B/pc an older boy asking me to lie to mam is a red flag
B/rp i'm telling her actually
""")

c("harm-mix", """
A/se we'll talk on the other app from now on, it deletes everything
B this one's fine tho?
A/se ur mam checks this one right? so
B/pc if u don't want my mam seeing it then it's not ok
""")

c("twin-mix", """
A we'll talk on the other app from now on
B this one's fine tho?
A my phone's full and it keeps crashing. the other one is lighter
B ok fair. same username?
A ye. see u there
""")

c("harm-mix", """
A/sn lol look who's online, the school bike
B which girl are u on about
A/sn u know who. she's been with half of 11
C/pc u made that up. stop spreading it
A/vm chill it's just banter
C/rp i'm reporting the group if this carries on
""")

c("harm-mix", """
A/sa rate my ex lol, marks out of ten
B why would i rate her
A/ex i'll send u her pics so u can judge properly
C/pc no. don't send anyone's pics. that's vile
A/vm she won't know
C/pc doesn't make it ok. and i will know
""")

c("harm-mix", """
A/sj lol the teacher's pet is definitely doing "extra credit" 😉
B 😂😂
C/pc saying that about a year 8 is disgusting
A/vm ugh everyone's so uptight
C/pc and everyone knows it's not true. stop
""")

c("twin-mix", """
A lol the teacher's pet is definitely getting extra credit
B how come
A she brought Miss a whole bara brith
C smart move tbh
B i'm bringing cawl tomorrow
""")

c("harm-mix", """
A/ir just send one, i sent u mine
B i never asked for urs
A/pr so? now it's ur turn
B no. and i'm deleting urs
A/pr ur so ungrateful
B/rp blocked. and i'm showing Miss
""")

c("harm-mix", """
A/ir cam call tonight?
B lol what for
A/ir ti'n gwbod. no top
B no way
A/pr ur so boring, i thought u were fun
B/pc dwi'n fun. i'm just not doing that
""")

c("twin-mix", """
A cam call tonight?
B what for
A to do the Welsh speaking practice together, i need to practise the questions
B ok but i'm in my pjs lol
A same, no one cares
B 7ish?
""")

c("harm-mix", """
A/th if u block me i'll send ur pics to ur family
B i've blocked u on snap already
A/th then i'll start with ur brother on insta
B/ph help. what do i do. i'm shaking
""")

c("prot-mix", """
A/ps hey hey, breathe. ti'n saff
A/rp don't reply to him. screenshot the threat and show ur mam now
B but he might actually send it
A/rp Report Remove can stop it spreading, and the police take this seriously
A/ps ur not in trouble. i'm calling u now
""")

c("harm-mix", """
A/ex i've still got everything u sent me in year 10
B that was year 10, ages ago
A/ex,th yeah and it'd be a shame if ur new school saw it
B/pc that's a crime
A/th so is it? try reporting me and see what happens
B/rp i'm going to the police today
""")

c("harm-mix", """
A/vb she should know better than to trust boys with pics
B/pc she should've been able to trust him
A/vb that's naive
B/pc no, blaming her is how boys get away with it
C/pc exactly. he's the one who leaked it
""")

c("harm-mix", """
A/vm lol it's just a pic, it'll be forgotten by dydd Llun
B she's not coming in all week
A/vm her problem tbh
B/pc ur cold. she's a person
C/ps i've been messaging her every night, she's not alone
""")

c("twin-mix", """
A it'll be forgotten by dydd Llun
B what will
A u falling off the chair in maths lol
B it was so loud 😭
A Syr couldn't stop laughing
B i'm never sitting down again
""")
# ---------------------------------------------------------------------------
# Code-switched: more protective and everyday
# ---------------------------------------------------------------------------

c("prot-mix", """
A/pc oi, the comments under her post are vile. stop
B/pc ye, ma hyn yn bullying
C which ones
A/pc the ones rating her body. if that was ur sister u'd be fuming
D i've deleted mine
A/rp diolch. i've reported the rest
""")

c("prot-mix", """
A/ph my friend is getting messages from someone pretending to be a modelling agent. ydi hynna'n scam?
B/pc 100% it is. real agents don't DM kids asking for pics
B/rp tell her to block and report, and tell her parents
A/ph should i tell Miss too
B/rp ye, the school can warn everyone else
""")

c("prot-mix", """
A u were so quiet at lunch
B ye sorry. things are bad with him
A/ps u don't have to say sorry. want to talk?
B he says loving him means sending pics
A/pc that's not love, that's pressure. ur allowed to say no
A/rp would u talk to the school counsellor? i can book it with u
B maybe. ok
""")

c("prot-mix", """
A/rp Syr, sori i'm messaging on the school app. someone in the class gc is sharing a pic of a girl from our year
B Diolch for telling me. you've done the right thing
B Please don't forward it or delete it, I'll deal with it first thing
A ok. she doesn't know yet
B I'll make sure she's supported. Thank you
""")

c("prot-mix", """
A/ps hey, i saw what happened in the gc. dim dy fai di o gwbl
B i feel so stupid
A/ps ur not stupid. he lied to u. that's on him
A/rp do u want me to tell pennaeth blwyddyn with u? she sorted it fast for my cousin
B can we go tomorrow
A/rp yep. 8:30 by the office
""")

c("prot-mix", """
A/pc you lot need to stop calling her frigid. she said no, that's it
B/vm but it's funny
A/pc it's pressure. u're literally trying to make her give in
C ye fair. sori
A/rp and if it carries on i'm screenshotting for Miss
""")

c("every-mix", """
A mam says we can go to the beach sadwrn if it's not raining
B it's October on the coast, it's gonna rain
A optimism plis
B i'll bring a coat and a towel
A and the big flask
""")

c("every-mix", """
A sut wyt ti'n spelio "llongyfarchiadau"
B exactly like that lol
A i put three l's somewhere
B classic. it's ll-o-n-g-y-f-a-r-ch-i-a-d-a-u
A diolch, card's written now
""")

c("every-mix", """
A who's got the netball bibs
B me, in my locker
A Miss wants them for the game ar ôl ysgol
B i'll bring them to the hall
A diolch, lifesaver
""")

c("every-mix", """
A ti 'di clywed y cân newydd?
B the one by the band from the Urdd gig?
A ye, it's all over the radio
B dwi'n caru hi
A mam plays it in the car every morning
""")

c("every-mix", """
A dwi'n mynd i fail the test
B no ur not
A i've done zero revision
B come to mine tonight, we'll do flashcards
A diolch, i'll bring snacks
B bring the good biscuits
""")

c("every-mix", """
A my brother just smashed a plate and blamed the dog
B lol did mam believe him
A no, the dog was outside
B the alibi was too strong
A he's grounded now
""")

c("every-mix", """
A the Welsh exam is llafar first, right
B ye, then the writing one the week after
A dwi'n nerfus for the oral part
B just talk about ur hobbies, that's the easy bit
A my hobby is sleeping
B say "darllen" and pray
""")

c("every-mix", """
A can i borrow ur hoodie fory? it's freezing
B the green one?
A ye the cosy one
B fine but i want it back
A addo
""")

c("every-mix", """
A the school show's a musical yn Gymraeg this year
B who got the lead
A the boy from 10 with the amazing voice
B ooh. are u in it?
A chorus. i'm a sheep
B best part tbh
""")

c("every-mix", """
A dad's taking us to see the rugby at the stadium
B no way! which game
A the autumn international. i'm so excited
B take pics for me
A of the pitch yeah, i'm not standing on a seat for u
""")

c("every-mix", """
A i got a detention for talking in Welsh
B what?? it's a Welsh school
A i was talking during the test lol, not about the language
B ahh that makes more sense
A yeah. still unfair
""")
# ---------------------------------------------------------------------------
# English with Welsh words: more, and Welsh to close
# ---------------------------------------------------------------------------

c("harm-en", """
A/ir snap me a pic from ur bath lol
B what. no
A/pr it's just a joke pic, u're in bubbles, nothing shows
B still no
A/pr ugh fine. everyone else is less uptight than u
""")

c("harm-en", """
A/se delete this chat and don't mention it to ur mam
B why tho
A/se because she'd ban me from coming round. keep it between us
A/ir and send me that pic we talked about
B/rp nope, keeping it all and mam's hearing about it now
""")

c("harm-en", """
A/sa on a scale of 1 to 10 how fit is the new PE teacher's daughter
B mate she's only year 8
A/sa so? she's still a 9
B/pc that's disgusting. she's a kid
A/vm chill it's a number
""")

c("prot-en", """
A/ph my friend sent a pic to her bf and now they've broken up and he's showing people. what can she do?
B/ps first, she's done nothing wrong
B/rp she can use Report Remove and tell pastoral. sharing it is a crime, the school has to act
A/ph is she gonna be in trouble herself for sending it
B/ps no. schools and police treat her as the one who needs help
""")

c("prot-en", """
A/pc whoever started "rate the girls" week needs to stop
B/vm come on it's harmless fun
A/pc the girls are in tears in the toilets. not fun
C/rp head of year's already been told, u lot are getting called in
""")

c("every-en", """
A ok who's doing the Welsh presentation first
B not me
C i'll go first, get it over with
A diolch, ur brave
C or stupid
""")

c("every-en", """
A it's cawl day in the canteen
B best day of the week
A with cheese on top?
B obviously
A i'm getting two bowls
""")

c("every-en", """
A the dentist said i need a brace
B aww
A mam says i'll thank her when i'm older
B every parent says that line
A i'm going to look like a robot
""")

c("every-en", """
A just finished the sponsored run for the Urdd
B how far
A 5k. i nearly died
B respect. how much did u raise
A £120! nain gave me half
""")

c("twin-en", """
A i have a secret
B ooh what
A i got into the choir for the national Eisteddfod
B OMG
A don't tell anyone till it's announced
B promise 🤐
""")

c("harm-cy", """
A/ir anfona lun bach i fi cyn cysgu 😘
B dim heno
A/pr pam ddim? nest ti neithiwr
B dwi'm isio eto
A/pr paid bod yn sych
B/pc dwi 'di deud na. ma hynna'n ddigon
""")

c("harm-cy", """
A/ex ma pawb yn y flwyddyn 'di gweld dy lun di
B/ph o na. be dwi'n neud
A/vb dylsat ti 'di meddwl cyn anfon
C/pc paid deud hynna wrthi. y boi nath ei rannu sy ar fai
C/ps dwi'n dod draw rwan. fydda i efo ti
C/rp a wnawn ni adrodd o efo'n gilydd heno
""")

c("every-cy", """
A ma'r ci 'di bwyta fy ngwaith cartref Ffrangeg
B o ddifri?
A o ddifri. mae 'na lun i brofi
B anfona fo, dwi angen gweld hyn
A 🐕📄 tri darn ar ôl
B ma Miss yn mynd i chwerthin
""")

c("every-cy", """
A nes i ennill y ras traws gwlad!!
B WAW
A oeddwn i'n fwd o fy mhen i fy nhraed
B oes 'na lun?
A oes, dwi'n edrych fel anghenfil cors
B perffaith
""")

c("every-cy", """
A be di'r ateb i rif 5
B 42
A sut?
B dwn i'm, dyna be ma'r cefn y llyfr yn deud
A ti'n twyllo
B dwi'n defnyddio adnoddau
""")

# ---------------------------------------------------------------------------
# More everyday Welsh: "tynnu" (take off), "ffit", "gwely", "poeth", "dangos", "caru"
# ---------------------------------------------------------------------------

c("every-cy", """
A ti'n dod draw ar ol ysgol?
B yndw, ond dwi'n fwd i gyd o'r ymarfer
A tynna dy sgidie wrth y drws 'ta, ma mam newydd llnau
B a'r sanau?
A ia, rheina hefyd. maen nhw'n drewi siŵr o fod
B ti'n gas
""")

c("every-cy", """
A ma Syr yn deud bo fi ddim yn ddigon ffit i'r tîm cynta
B be?? ti'n rhedeg fel y gwynt
A dim digon o stamina medda fo
B dere i redeg efo fi bob bore
A am 7?? ti'n wallgo
""")

c("every-mix", """
A tynna dy got, ti'n chwysu
B the heating in this room is mental
A Syr won't turn it down, says it's "fine"
B he's wearing a jumper and a scarf tho
A 😂 classic
""")

c("every-cy", """
A sleepover yn tŷ ni nos Wener?
B ia plis! lle dwi'n cysgu
A ti'n cael y gwely, fi ar y llawr. ti'n westai
B aww. dwi'n dod a'r popcorn
A a'r ffilm arswyd
B dim arswyd. dwi'n cachgi
""")

c("every-cy", """
A ma'r cyrri 'ma'n rhy boeth
B nes i ddeud wrthat ti am gael yr un mild
A ma fy ngheg i ar dân
B yfa laeth, dim dŵr
A sut ti'n gwbod hynna
B dad. mae o'n bwyta chilis fel creision
""")

c("every-mix", """
A can u show me how to do the dangos-dy-waith bit on the maths paper
B "dangos dy waith" just means show ur working
A oh. i just wrote the answers
B that's why u got 4 marks lol
A diolch, dwi'n dallt now
""")

c("every-cy", """
A dwi'n caru mam-gu gymaint
B aw pam
A nath hi anfon parsel o gacennau cri i'r ysgol i fi
B ti'n rhannu?
A dim gobaith
""")

c("every-cy", """
A be ydi "rhyw" yn y wers fioleg eto
B fel, gwryw neu fenyw, am anifeiliaid
A o ia, "rhyw y blodyn" yn y daflen
B planhigion yn rhyfedd
A mae Miss yn deud bod nhw'n ddiddorol
B mae Miss yn deud bod bob dim yn ddiddorol
""")

c("every-mix", """
A omg the English supply teacher read "rhywun" out loud as "rye-wun"
B lol no
A the whole class was crying laughing
B did u correct him
A Miss did, he took it well tbh
""")

c("twin-cy", """
A dangos i fi be sy gen ti yn y bocs
B syrpreis ydi o!
A plis
B dim tan dy ben-blwydd. cyfrinach
A ti mor gas
B ti'n mynd i'w garu fo
""")

c("twin-mix", """
A tynna lun o ti yn y wisg newydd for mam-gu
B the Urdd tracksuit?
A ye, she's been asking all week
B ok hang on, mam's taking it in the garden
A diolch, she'll print it out for the fridge
""")

c("every-cy", """
A ti'n meddwl bod hi'n rhy boeth i redeg heddiw
B 28 gradd. yndw
A ma Syr yn deud bo ni'n mynd beth bynnag
B dwi'n dod a potel fawr o ddŵr
A a het
""")


def main():
    build(CONVS, 17101, "tj", 400, __file__, "j.jsonl")


if __name__ == "__main__":
    main()
