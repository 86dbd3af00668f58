//! Lexicon v1.3: idiom families for harmful secrecy, minimising, modern forms (AirDrop, AI
//! fakes, upskirting, rating out of 10), bystander support and evidence given to an adult, and
//! the frame cues for quoted words in a judging message. Every message here is invented for
//! these tests (not from corpora/dev, corpora/check or any evaluation set); each harmful case
//! has a harmless twin with the same key words, so a cue that fires on the words alone fails.

use c2chat::annotate::Annotator;
use c2chat::lexicon::Lexicon;
use c2chat::matcher::Matcher;
use c2chat::model::{Annotation, Frame, Message};
use c2chat::rules::Rules;
use std::sync::OnceLock;

fn matcher() -> &'static Matcher {
    static M: OnceLock<Matcher> = OnceLock::new();
    M.get_or_init(|| Matcher::new(Lexicon::builtin("core").unwrap()).unwrap())
}

/// The labels of a message from the lexicon alone, and its spans' categories and frames.
fn labels(text: &str) -> (Vec<String>, Vec<(String, Frame)>) {
    let (spans, _) = matcher().match_text(text);
    let framed = spans
        .iter()
        .map(|s| (s.category.clone(), s.frame))
        .collect();
    let mut a = Annotation::builder("m", text).build();
    a.spans = spans;
    a.finalise();
    (a.labels, framed)
}

fn has(text: &str, label: &str) -> bool {
    labels(text).0.iter().any(|l| l == label)
}

#[track_caller]
fn check(cases: &[(&str, &str)], label: &str, expected: bool) {
    for (text, why) in cases {
        let (got, spans) = labels(text);
        assert_eq!(
            got.iter().any(|l| l == label),
            expected,
            "{text:?} ({why}): expected {label} {}; got labels {got:?}, spans {spans:?}",
            if expected { "present" } else { "absent" }
        );
    }
}

#[test]
fn harmful_secrecy_idioms_are_secrecy_and_harmless_secrets_are_not() {
    check(
        &[
            (
                "ur dad doesnt need to find out about this",
                "adults need not know",
            ),
            ("nobody else has to know we talk", "nobody has to know"),
            (
                "u better not tell ur form tutor about me",
                "do not tell an adult",
            ),
            ("get a private snap so ur mum cant see", "a hidden channel"),
            (
                "text me without ur parents knowing",
                "without parents knowing",
            ),
            ("what happened stays between us ok", "sealing what happened"),
            ("if anyone asks say it was someone else", "a cover story"),
        ],
        "coercive.secrecy",
        true,
    );
    check(
        &[
            ("dont tell ur mum about the surprise party", "a surprise"),
            (
                "dont tell sir i overslept again lol",
                "the speaker's own mishap",
            ),
            (
                "ur dad doesnt need to know the score, its a surprise",
                "a surprise",
            ),
        ],
        "coercive.secrecy",
        false,
    );
}

#[test]
fn minimising_idioms_are_minimising_and_comfort_is_not() {
    check(
        &[
            ("boys always ask, its not that serious", "normalising"),
            (
                "its not like she actually posted it anywhere",
                "not like she did",
            ),
            ("stop turning it into a whole thing", "making it a thing"),
            (
                "running to sir over a comment is so extra",
                "belittling telling",
            ),
        ],
        "victim_blaming.minimising",
        true,
    );
    check(
        &[
            ("its normal to feel nervous before a test", "comfort"),
            ("its not like he actually scored, it was offside", "sport"),
        ],
        "victim_blaming.minimising",
        false,
    );
}

#[test]
fn modern_forms_are_flagged_and_their_everyday_twins_are_not() {
    check(
        &[
            (
                "everyone on the trip accept my airdrop, its her pic",
                "airdrop",
            ),
            ("put the nudify app on her profile pic", "nudify"),
            (
                "did an ai edit of him, posting it on my story",
                "a fake shared",
            ),
            (
                "someone took a pic up her skirt in the canteen",
                "upskirting",
            ),
        ],
        "coercive.exposure",
        true,
    );
    check(
        &[
            ("airdrop me the revision slides pls", "notes by airdrop"),
            (
                "the ai edit of ur dog as a pirate is so good",
                "a harmless edit, not shared",
            ),
            ("i ripped my skirt on the stairs", "clothes"),
        ],
        "coercive.exposure",
        false,
    );
    assert!(has(
        "rating all the year 10s out of 10 tonight",
        "sexualised.appearance"
    ));
    assert!(!has(
        "rate the new burger out of 10",
        "sexualised.appearance"
    ));
}

#[test]
fn support_and_going_with_someone_to_an_adult_are_protective() {
    check(
        &[
            ("ive got ur back whatever happens", "standing with"),
            ("ur not overreacting at all", "validation"),
            ("u can text me any time if u need to", "open door"),
        ],
        "protective.support",
        true,
    );
    assert!(has(
        "ill come with u to talk to head of year tomorrow",
        "protective.reporting"
    ));
    assert!(!has(
        "u can text me any time about the maths homework",
        "protective.support"
    ));
}

#[test]
fn evidence_given_to_an_adult_is_reporting_not_exposure() {
    let (got, spans) = labels("i screenshotted all his messages and showed them to my mum");
    assert!(got.contains(&"protective.reporting".to_string()), "{got:?}");
    assert!(!got.contains(&"coercive.exposure".to_string()), "{got:?}");
    assert!(
        spans
            .iter()
            .any(|(c, f)| c == "coercive.exposure" && *f == Frame::Reported),
        "the screenshot stays in the output as a reported span: {spans:?}"
    );
    // The same screenshot with a threat is exposure.
    assert!(has(
        "i screenshotted all ur messages and ill send them to everyone",
        "coercive.exposure"
    ));
}

#[test]
fn quoted_words_in_a_judging_message_are_a_challenge() {
    // Counter-speech that quotes: the quote is mentioned, and the message challenges it.
    for text in [
        "typing 'send pics' to someone in year 7 is creepy, stop",
        "\"u owe me\" is not how it works mate",
        "who even says send pics to a stranger, grow up",
    ] {
        let (got, spans) = labels(text);
        assert!(
            got.contains(&"protective.challenge".to_string()),
            "{text:?}: {got:?} {spans:?}"
        );
        assert!(
            !got.iter()
                .any(|l| l.starts_with("coercive") || l.starts_with("sexualised")),
            "{text:?}: the quoted words must not label: {got:?}"
        );
    }
    // Quoted words without a judgement are only mentioned; a report of them asks for help.
    let (got, _) = labels("she wrote \"send pics\" lol");
    assert!(got.is_empty(), "{got:?}");
    let (got, _) = labels("he keeps saying 'send pics' and it is weird, what do i do");
    assert!(
        !got.contains(&"protective.challenge".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_message_written_in_leet_is_read_whole() {
    assert!(has(
        "1f u d0nt r3ply 3v3ryb0dy w1ll s33 1t",
        "coercive.exposure"
    ));
    assert!(has("ur such a s.k.e.t", "sexualised.names"));
    // One stray digit-word does not make a message leet.
    let (got, _) = labels("s33 u at 1t, 3pm by the gates");
    assert!(got.is_empty(), "{got:?}");
}

// ---- Lexicon v1.4 (session 13). Invented messages, positives and near-miss twins for each
// family; none is taken from corpora/dev, corpora/check or any evaluation set.

#[test]
fn v1_4_innuendo_and_rumours_are_jokes_and_their_everyday_twins_are_not() {
    check(
        &[
            (
                "them two were in the loos together for ages 😏",
                "out of sight together, wink",
            ),
            (
                "saw her and him sneak off upstairs at the party, do the maths",
                "do the maths",
            ),
            (
                "wonder what they were really doing behind the science block 😏",
                "wonder what they were doing",
            ),
            (
                "who did he leave with after the disco 😏",
                "who did X leave with",
            ),
            ("hes been round half the girls in year 10", "been round"),
            (
                "shes been with loads of the lads from the estate",
                "been with",
            ),
        ],
        "sexualised.jokes",
        true,
    );
    check(
        &[
            (
                "them two were in the library together for ages doing the project",
                "schoolwork together",
            ),
            (
                "she was in the toilets for ages crying, is she ok",
                "upset, not insinuation",
            ),
            (
                "hes been round half the year asking for sponsors for his swim",
                "collecting sponsors",
            ),
            (
                "they walked home together cos they live on the same street",
                "neighbours",
            ),
        ],
        "sexualised.jokes",
        false,
    );
}

#[test]
fn v1_4_spreading_and_destroying_evidence_are_coercive_and_everyday_forwarding_is_not() {
    check(
        &[
            (
                "already forwarded it to the whole school lol",
                "spread to a group",
            ),
            (
                "sent his pics to the boys chat last night",
                "spread to a chat",
            ),
            ("the whole class has seen it now", "everyone has seen it"),
        ],
        "coercive.exposure",
        true,
    );
    check(
        &[
            (
                "forwarded it to the whole year, the trip letter",
                "a school letter",
            ),
            ("the whole class has got it now, the flu", "an illness"),
            (
                "sent them to the team chat, the fixtures for saturday",
                "fixtures",
            ),
        ],
        "coercive.exposure",
        false,
    );
    check(
        &[
            ("DELETE this as soon as youve read it", "destroy once read"),
            ("read this then delete it ok", "read then delete"),
            ("bin this message once u have seen it", "bin once seen"),
        ],
        "coercive.secrecy",
        true,
    );
    check(
        &[
            (
                "delete this after u read it, wrong group sorry",
                "wrong chat",
            ),
            ("delete the draft once uve read the new one", "a draft"),
        ],
        "coercive.secrecy",
        false,
    );
}

#[test]
fn v1_4_telling_with_a_consequence_is_a_threat_and_game_rules_are_not() {
    for text in [
        "say one word to ur mum and ur finished",
        "mention this to sir n ur dead",
        "tell anybody about it and ur next",
    ] {
        assert!(has(text, "coercive.threat"), "{text}");
        assert!(has(text, "coercive.secrecy"), "{text}");
    }
    for text in [
        "say a word and ur out, its the quiet game",
        "tell mum i broke the vase and ur dead lol",
    ] {
        assert!(!has(text, "coercive.threat"), "{text}");
    }
}

#[test]
fn v1_4_normalising_minimising_is_flagged_and_comfort_is_not() {
    check(
        &[
            (
                "every girl gets asked for nudes, its no big deal",
                "normalised asking",
            ),
            ("its just how boys are tbh", "how boys are"),
            (
                "shes being so extra about one message",
                "dramatic over one message",
            ),
        ],
        "victim_blaming.minimising",
        true,
    );
    check(
        &[
            (
                "everyone gets asked a question in the register, its normal",
                "school routine",
            ),
            ("thats just how lads are at fifa, so loud", "gaming noise"),
            ("ur being so dramatic about one bad mark", "a school mark"),
            ("4-0 lol its banter about the game", "sport banter"),
            ("its not that deep, its just a detention", "a detention"),
        ],
        "victim_blaming.minimising",
        false,
    );
}

#[test]
fn v1_4_naming_an_act_and_judging_it_is_a_challenge() {
    check(
        &[
            (
                "he kept asking her for pics and that isnt ok",
                "asking judged",
            ),
            (
                "u sent those snaps round, that was not cool",
                "sharing judged",
            ),
        ],
        "protective.challenge",
        true,
    );
    check(
        &[
            (
                "u sent me the blurry pics, that wasnt fair lol",
                "a grievance about photos",
            ),
            (
                "assembly today said sharing pics of under 18s is illegal",
                "a lesson recap",
            ),
            (
                "we learnt in pshe that its illegal to share pics of someone under 18",
                "a lesson",
            ),
        ],
        "protective.challenge",
        false,
    );
}

#[test]
fn v1_4_benign_media_requests_games_banter_and_secret_bases_are_not_flagged() {
    // Requests for a video or picture of an event, a thing or a school sheet, also in Welsh.
    for text in [
        "send me a vid of ur goal from today",
        "can u send me a clip of the fireworks",
        "send a pic of the scoreboard pls",
        "send me a pic o'r daflen waith",
        "gimme a photo o'r cwestiwn",
    ] {
        assert!(!has(text, "coercive.image_request"), "{text}");
    }
    for text in ["send me a pic of u", "send a pic of urself rn"] {
        assert!(has(text, "coercive.image_request"), "{text}");
    }
    // Blocking in a game or sport, not blocking an account.
    for text in [
        "block him from scoring",
        "block them in with cobble",
        "block her on the right wing",
    ] {
        assert!(!has(text, "protective.reporting"), "{text}");
    }
    assert!(has(
        "block him, hes been sending u weird stuff",
        "protective.reporting"
    ));
    // "or else" about chores and lifts.
    for text in [
        "tidy ur room or else 😂",
        "save me a seat or else",
        "pick me up at 6 or else im walking",
    ] {
        assert!(!has(text, "coercive.threat"), "{text}");
    }
    assert!(has("send one more or else", "coercive.threat"));
    // A secret place or recipe in a game is not a secret relationship.
    for text in [
        "its our secret hideout dont tell",
        "thats our secret recipe for the bake sale",
    ] {
        assert!(!has(text, "coercive.secrecy"), "{text}");
    }
    assert!(has("this stays our secret ok", "coercive.secrecy"));
    // Welsh "dy fap di" (your map) is not the English explicit term.
    assert!(!has("ble mae dy fap di", "sexualised.explicit"));
}

/// The labels of the last message of one conversation of (speaker, text), annotated with the
/// core lexicon and its conversation rules (no classifier).
fn last_in_conversation(conv: &[(&str, &str)]) -> Vec<String> {
    static RULES: OnceLock<Rules> = OnceLock::new();
    let rules =
        RULES.get_or_init(|| Rules::new(&Lexicon::builtin("core").unwrap().rules, None).unwrap());
    let messages = conv
        .iter()
        .enumerate()
        .map(|(i, (speaker, text))| Message {
            corpus: "t".into(),
            conversation_id: "c1".into(),
            message_id: format!("m{i}"),
            timestamp: Some(format!("2025-01-01T10:{i:02}:00Z")),
            speaker: speaker.to_string(),
            text: text.to_string(),
            meta: Default::default(),
            speaker_pseudonymised: false,
            file: String::new(),
            line: 0,
        })
        .collect();
    let ann = Annotator {
        matcher: matcher(),
        rules,
        scorer: None,
    };
    ann.annotate(messages).pop().unwrap().labels
}

/// `reply` from `speaker` gets `label` after `harmful` and no label after `everyday`.
#[track_caller]
fn label_only_after_harm(
    speaker: &str,
    reply: &str,
    label: &str,
    harmful: &[(&str, &str)],
    everyday: &[(&str, &str)],
) {
    let mut h = harmful.to_vec();
    h.push((speaker, reply));
    let got = last_in_conversation(&h);
    assert!(
        got.iter().any(|l| l == label),
        "{reply:?} after {harmful:?}: expected {label}, got {got:?}"
    );
    let mut e = everyday.to_vec();
    e.push((speaker, reply));
    let got = last_in_conversation(&e);
    assert!(got.is_empty(), "{reply:?} after {everyday:?}: got {got:?}");
}

/// v1.4 `rules.toml` forms: the same short reply gets a label after a harmful message and none
/// in an everyday conversation.
#[test]
fn v1_4_context_replies_label_only_after_harm() {
    label_only_after_harm(
        "a",
        "its only me",
        "coercive.pressure",
        &[("a", "send me a pic of u"), ("b", "nah")],
        &[("a", "who is this"), ("b", "new number?")],
    );
    label_only_after_harm(
        "c",
        "mate dont",
        "protective.challenge",
        &[("a", "rate her body out of 10")],
        &[("a", "im gonna eat the last slice")],
    );
    label_only_after_harm(
        "c",
        "u can always message me",
        "protective.support",
        &[("a", "ur such a slag")],
        &[("a", "cant do the maths homework")],
    );
}

#[test]
fn v1_4_winks_and_slang_mark_innuendo_and_their_plain_twins_do_not() {
    check(
        &[
            ("bet shes well flexible 😉", "a suggestive bet with a wink"),
            (
                "wanna come round, no ones home 😏",
                "an empty house with a smirk",
            ),
            ("wanna have some fun later 😉", "fun with a wink"),
        ],
        "sexualised.jokes",
        true,
    );
    check(
        &[
            ("bet ur good at maths 😉", "a school subject"),
            (
                "wanna come round, parents are out, we can play fifa",
                "a plan with no innuendo",
            ),
        ],
        "sexualised.jokes",
        false,
    );
    assert!(has("shes a bit of a goer", "sexualised.names"));
    assert!(!has("shes a regular theatre goer", "sexualised.names"));
}

/// v1.5 sexual remarks about appearance ([000] "Sexual harassment": "sexual remarks about
/// clothes and appearance"): looks rated on a condition, looking at a body part, a body that has
/// "developed", clothes asked for with a leer. Each has an everyday twin with the same key words.
#[test]
fn v1_5_remarks_about_bodies_and_clothes_are_appearance_and_their_twins_are_not() {
    check(
        &[
            (
                "ud be a solid 8 if u wore more makeup",
                "looks rated on a condition",
            ),
            (
                "he'd be well fit if he got his teeth sorted",
                "looks on a condition",
            ),
            (
                "the lads were all staring at her chest in assembly",
                "looking at a body part",
            ),
            ("caught him checking out ur legs lol", "checking out"),
            (
                "her figure has really filled out this year",
                "a body that has developed",
            ),
            (
                "ur body's changed loads since year 8 👀",
                "a changed body with a leer",
            ),
            (
                "wear that short skirt to the disco 😏",
                "clothes asked for with a smirk",
            ),
            (
                "put on the tight leggings for me tmrw",
                "clothes asked for 'for me'",
            ),
        ],
        "sexualised.appearance",
        true,
    );
    check(
        &[
            ("ud be a 9 if u revised a bit more", "a GCSE grade"),
            (
                "he'd be fit to play if he rested his ankle",
                "fit after an injury",
            ),
            (
                "the nurse looked at her legs after she fell off the wall",
                "first aid",
            ),
            ("we were looking at his drawing of a horse", "a drawing"),
            (
                "ur body changes a lot in puberty, we did it in science",
                "a lesson",
            ),
            (
                "ur body's changed loads since u started swimming",
                "sport, no leer",
            ),
            ("wear the short skirt tmrw its boiling", "the weather"),
            ("wear ur tight leggings for the run tomorrow", "sport kit"),
            (
                "well done on the cross country, ur so fit",
                "praise for a race",
            ),
        ],
        "sexualised.appearance",
        false,
    );
    // Telling someone to stop staring is a challenge, not the remark itself.
    check(
        &[("stop staring at her chest its weird", "stop + staring at")],
        "protective.challenge",
        true,
    );
}

/// v1.5 taunts, innuendo and names ([000] "sexual 'jokes' or taunting", "sexualised names").
#[test]
fn v1_5_taunts_innuendo_and_easy_are_flagged_and_their_twins_are_not() {
    check(
        &[
            ("she keeps bending over on purpose lol", "a taunt"),
            (
                "bending over like that for the lads 😏",
                "a taunt with a smirk",
            ),
            (
                "them two went round hers after the disco, say no more 😏",
                "two people at her house, 'say no more'",
            ),
            (
                "you two snuck off at the sleepover, we all saw",
                "a pair and 'we all saw'",
            ),
        ],
        "sexualised.jokes",
        true,
    );
    check(
        &[
            ("she kept bending over to tie her laces", "tying laces"),
            (
                "bend over and touch ur toes, thats the stretch",
                "a PE stretch",
            ),
            (
                "them two went round hers after the disco to finish the project",
                "a project",
            ),
            (
                "you two snuck off at the sleepover, where did u go?",
                "a question with no insinuation",
            ),
        ],
        "sexualised.jokes",
        false,
    );
    check(
        &[
            ("people are saying shes easy now", "a reputation spread"),
            ("ur easy apparently 😏", "easy with a smirk"),
        ],
        "sexualised.names",
        true,
    );
    check(
        &[
            ("ur easy to talk to tbh", "easy to talk to"),
            ("ur easy lol 1v1 me again", "a game"),
            ("she said the test was easy", "a test"),
        ],
        "sexualised.names",
        false,
    );
}

/// v1.5 blame for sending ([001] "What to look for", victim blaming) and shrugging off an image
/// that is going round (minimising, not a request or a threat).
#[test]
fn v1_5_blaming_the_sender_and_shrugging_off_spreading_are_victim_blaming() {
    check(
        &[
            (
                "everyone tells them not to but they still send pics",
                "sending anyway",
            ),
            (
                "she chose to send it so what did she expect",
                "chose to send",
            ),
            (
                "he knew full well what he was doing when he posted that pic of himself",
                "knew what he was doing",
            ),
        ],
        "victim_blaming.blame",
        true,
    );
    check(
        &[
            (
                "she still sent the email to sir after we told her not to",
                "an email",
            ),
            (
                "he still hit send on his coursework at 11:59 lol",
                "coursework",
            ),
            (
                "she knew exactly what she was doing when she took that penalty",
                "a penalty",
            ),
        ],
        "victim_blaming.blame",
        false,
    );
    let shrug = "its only a photo being passed round, calm down";
    assert!(has(shrug, "victim_blaming.minimising"));
    assert!(!has(shrug, "coercive.pressure"));
    assert!(!has(shrug, "coercive.exposure"));
    assert!(!has(
        "its only a pic of the trip being passed round",
        "victim_blaming.minimising"
    ));
}

/// v1.5 counter-speech that names the act of asking for pictures, or calls a demand blackmail.
#[test]
fn v1_5_naming_requests_and_blackmail_is_a_challenge() {
    check(
        &[
            (
                "begging girls for pics is so creepy",
                "asking named and judged",
            ),
            (
                "messaging year 7s for photos is literally predatory",
                "messaging named and judged",
            ),
            (
                "telling him to send more or she'll post it is literally blackmail",
                "a demand named as blackmail",
            ),
        ],
        "protective.challenge",
        true,
    );
    assert!(!has(
        "telling him to send more or she'll post it is literally blackmail",
        "coercive.threat"
    ));
    check(
        &[
            (
                "asking her for pics of the trip is weird?",
                "pics of a trip",
            ),
            (
                "asking for pics from sports day is a good idea",
                "no judgement",
            ),
        ],
        "protective.challenge",
        false,
    );
}

/// v1.5 camera requests, and the everyday exceptions that keep a video call with a pet or a
/// lesson (and proof photos, one's own habits and news, lesson recaps, encouragement) unflagged.
#[test]
fn v1_5_cam_requests_are_flagged_and_everyday_calls_proofs_and_recaps_are_not() {
    check(
        &[
            ("hop on cam rn", "a bare cam request"),
            ("get back on cam, i wanna see u", "back on cam"),
            ("send me a selfie to prove ur real", "proof of identity"),
        ],
        "coercive.image_request",
        true,
    );
    check(
        &[
            ("hop on cam and show me ur new puppy", "a pet"),
            (
                "go on cam for the maths lesson, sir is doing the register",
                "a lesson",
            ),
            (
                "send me a pic from the top of the tower so i know u made it",
                "a viewpoint",
            ),
            (
                "send me a selfie to prove u finished the parkrun",
                "proof of a race",
            ),
        ],
        "coercive.image_request",
        false,
    );
    assert!(has(
        "never share pics with people off the internet",
        "protective.challenge"
    ));
    assert!(!has(
        "i never share pics with people off the internet",
        "protective.challenge"
    ));
    assert!(has(
        "im telling my mum tonight what he sent",
        "protective.reporting"
    ));
    assert!(!has(
        "dont tell mum about the dent, im telling her myself tonight",
        "protective.reporting"
    ));
    assert!(has(
        "its illegal to share her pics, delete it",
        "protective.challenge"
    ));
    assert!(!has(
        "the pshe lesson was about consent, its illegal to share pics of under 18s",
        "protective.challenge"
    ));
    assert!(has(
        "ur so dramatic, it was one comment about ur body",
        "victim_blaming.minimising"
    ));
    assert!(!has(
        "ur so dramatic, its a board game not the olympics",
        "victim_blaming.minimising"
    ));
    assert!(!has(
        "everyone says that about fractions, keep practising",
        "victim_blaming.minimising"
    ));
}
