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
