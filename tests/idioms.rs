//! Lexicon v1.3: idiom families for harmful secrecy, minimising, modern forms (AirDrop, AI
//! fakes, upskirting, rating out of 10), bystander support and evidence given to an adult, and
//! the frame cues for quoted words in a judging message. Every message here is invented for
//! these tests (not from corpora/dev, corpora/check or any evaluation set); each harmful case
//! has a harmless twin with the same key words, so a cue that fires on the words alone fails.

use c2chat::lexicon::Lexicon;
use c2chat::matcher::Matcher;
use c2chat::model::{Annotation, Frame};
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
