//! Frames (use vs mention) on the built-in core lexicon: the same words get different labels
//! by how they are used. Messages are invented for these tests (not from corpora/dev or check).

use c2chat::lexicon::Lexicon;
use c2chat::matcher::Matcher;
use c2chat::model::{Annotation, Frame};

fn matcher() -> Matcher {
    Matcher::new(Lexicon::builtin("core").unwrap()).unwrap()
}

/// The labels of a message from the lexicon alone (spans after framing).
fn labels(m: &Matcher, text: &str) -> (Vec<String>, Vec<(String, Frame)>) {
    let (spans, _) = m.match_text(text);
    let framed = spans
        .iter()
        .map(|s| (s.category.clone(), s.frame))
        .collect();
    let mut a = Annotation::builder("m", text).build();
    a.spans = spans;
    a.finalise();
    for s in &a.spans {
        let chars: String = text.chars().skip(s.start).take(s.end - s.start).collect();
        assert_eq!(chars, s.text, "span text must slice the original");
    }
    (a.labels, framed)
}

/// Each text gets exactly the labels `want` and has a span of category `cat` (or under it) in `frame`.
fn assert_framed(m: &Matcher, cases: &[(&str, &[&str], Frame, &str)]) {
    for &(text, want, frame, cat) in cases {
        let (got, framed) = labels(m, text);
        assert_eq!(got, want, "{text}: {framed:?}");
        assert!(
            framed
                .iter()
                .any(|(c, f)| c.starts_with(cat) && *f == frame),
            "{text}: expected a {cat} span framed {frame:?}, got {framed:?}"
        );
    }
}

#[test]
fn quoted_negated_generic_and_reported_words_do_not_label() {
    let m = matcher();
    let cases: [(&str, &[&str], Frame, &str); 6] = [
        (
            "calling her a sket isnt funny",
            &["protective.challenge"],
            Frame::Quoted,
            "sexualised.names",
        ),
        (
            "stop calling him a slag",
            &["protective.challenge"],
            Frame::Quoted,
            "sexualised.names",
        ),
        (
            "im not sending u any pics",
            &[],
            Frame::Negated,
            "coercive.image_request",
        ),
        (
            "if u send pics thats on u",
            &["victim_blaming.blame"],
            Frame::Generic,
            "coercive.image_request",
        ),
        (
            "he keeps asking me to send pics, what should i do",
            &["protective.help_seeking"],
            Frame::Reported,
            "coercive",
        ),
        (
            "what would u do if someone asked u to send a pic of u",
            &[],
            Frame::Hypothetical,
            "coercive",
        ),
    ];
    assert_framed(&m, &cases);
}

#[test]
fn direct_uses_still_label() {
    let m = matcher();
    for (text, want) in [
        ("send me a pic of u", "coercive.image_request"),
        ("why wont u send me a pic", "coercive.image_request"),
        ("shes such a slag", "sexualised.names"),
        ("dont tell anyone about this", "coercive.secrecy"),
        (
            "girls who send pics are asking for it",
            "victim_blaming.blame",
        ),
    ] {
        let (got, framed) = labels(&m, text);
        assert!(got.iter().any(|l| l == want), "{text}: {got:?} {framed:?}");
    }
}

#[test]
fn a_classifier_label_is_dropped_when_the_lexicon_frames_the_words() {
    use c2chat::model::Source;
    let m = matcher();
    let text = "calling her a sket isnt funny";
    let (spans, _) = m.match_text(text);
    let mut a = Annotation::builder("m", text).build();
    a.spans = spans;
    a.evidence
        .insert("sexualised.names".into(), vec![Source::Classifier]);
    a.finalise();
    assert!(
        !a.labels.iter().any(|l| l == "sexualised.names"),
        "{:?}",
        a.labels
    );
    // Without a framed lexicon span of that category, the classifier's label stands.
    let mut b = Annotation::builder("m", "good luck today").build();
    b.evidence
        .insert("coercive.pressure".into(), vec![Source::Classifier]);
    b.finalise();
    assert_eq!(b.labels, ["coercive.pressure"]);
}

/// Session 9: a negator's scope ends at a comma (NegEx), so blame in the next clause labels.
#[test]
fn a_negator_does_not_reach_past_a_comma() {
    let m = matcher();
    let (blame, _) = labels(&m, "not surprised, she shouldnt have sent it then");
    assert!(
        blame.contains(&"victim_blaming.blame".to_string()),
        "{blame:?}"
    );
    let (none, framed) = labels(&m, "im not sending u any pics");
    assert!(none.is_empty());
    assert!(framed.iter().any(|(_, f)| *f == Frame::Negated));
}

/// Session 13 (lexicon v1.4): reproachful questions and rejected excuses quote, not use; a
/// question about why the person harmed did something stays blame. Invented messages.
#[test]
fn reproachful_questions_and_rejected_excuses_are_counter_speech() {
    let m = matcher();
    let challenge = "protective.challenge".to_string();
    for (text, quoted) in [
        ("why do u lot keep calling her a slag", "sexualised.names"),
        (
            "why are you rating her out of 10, shes 13",
            "sexualised.appearance",
        ),
        (
            "dont say it was just banter, she was crying",
            "victim_blaming.minimising",
        ),
        (
            "u cant call him names and pretend its a joke",
            "victim_blaming.minimising",
        ),
        (
            "\"send me a pic\" isnt a normal thing to text someone",
            "coercive.image_request",
        ),
    ] {
        let (got, framed) = labels(&m, text);
        assert!(got.contains(&challenge), "{text}: {got:?}");
        assert!(!got.iter().any(|l| l == quoted), "{text}: {got:?}");
        assert!(
            framed
                .iter()
                .any(|(c, f)| c == quoted && *f == Frame::Quoted),
            "{text}: {framed:?}"
        );
    }
    // Asking why the person harmed sent it is blame, not counter-speech.
    let (blame, _) = labels(&m, "why did she send them then");
    assert!(
        blame.contains(&"victim_blaming.blame".to_string()),
        "{blame:?}"
    );
    assert!(!blame.contains(&challenge), "{blame:?}");
    // Minimising with nothing rejected stays minimising.
    let (min, _) = labels(&m, "calm down it was just banter");
    assert!(
        min.contains(&"victim_blaming.minimising".to_string()),
        "{min:?}"
    );
}

/// Session 14 (lexicon v1.5): an act named inside a message that judges it, shrugs it off or
/// retells a lesson's advice is told, not done; the same words used plainly still label.
/// Invented messages (not from corpora/dev or corpora/check).
#[test]
fn v1_5_acts_named_in_a_judgement_a_shrug_or_a_lesson_recap_are_not_used() {
    let m = matcher();
    let cases: [(&str, &[&str], Frame, &str); 6] = [
        (
            "u called him a perv in the canteen?? not ok",
            &["protective.challenge"],
            Frame::Quoted,
            "sexualised.names",
        ),
        (
            "rating her out of 10 was only banter",
            &["victim_blaming.minimising"],
            Frame::Reported,
            "sexualised.appearance",
        ),
        (
            "why is everyone making a big deal over one smash or pass list",
            &["victim_blaming.minimising"],
            Frame::Reported,
            "sexualised.appearance",
        ),
        (
            "in the assembly they said if someone sends u stuff u should tell a trusted adult",
            &[],
            Frame::Hypothetical,
            "protective.reporting",
        ),
        (
            "if u go on cam with randoms thats on u",
            &["victim_blaming.blame"],
            Frame::Generic,
            "coercive.image_request",
        ),
        (
            "im not going on cam tonight",
            &[],
            Frame::Negated,
            "coercive.image_request",
        ),
    ];
    assert_framed(&m, &cases);
    // A shrug about a photo passed round minimises; telling that it is passed round is no act
    // of exposure by the speaker (core 1.7 removed `exp.going_round`).
    let (got, framed) = labels(&m, "its only a photo being passed round, calm down");
    assert_eq!(got, ["victim_blaming.minimising"], "{framed:?}");
    // Near misses: the same words with no judgement, in the present tense, or advice given
    // now (not retold) still label.
    for (text, want) in [
        ("u called him a perv in the canteen lol", "sexualised.names"),
        ("calling him a perv is just bants", "sexualised.names"),
        (
            "u should tell a trusted adult about him",
            "protective.reporting",
        ),
        ("hop on cam rn", "coercive.image_request"),
    ] {
        let (got, framed) = labels(&m, text);
        assert!(got.iter().any(|l| l == want), "{text}: {got:?} {framed:?}");
    }
}

/// No label of `cat` (or under it) on any of `texts` (lexicon alone).
fn assert_no_label(m: &Matcher, cat: &str, texts: &[&str]) {
    for text in texts {
        let (got, framed) = labels(m, text);
        assert!(
            !got.iter().any(|l| l.starts_with(cat)),
            "{text}: unexpected {cat} in {got:?} ({framed:?})"
        );
    }
}

#[test]
fn told_names_and_threats_and_rejected_blame_are_not_used() {
    let m = matcher();
    // What other people say or call someone, told by the speaker, and a name told with the
    // reason or moment it was used: reported, not name-calling.
    let cases: [(&str, &[&str], Frame, &str); 4] = [
        (
            "the boys in 10B are calling her a slag",
            &[],
            Frame::Reported,
            "sexualised.names",
        ),
        (
            "hes telling everyone im a prude",
            &[],
            Frame::Reported,
            "sexualised.names",
        ),
        (
            "u called me a slag when i said no",
            &[],
            Frame::Reported,
            "sexualised.names",
        ),
        (
            "a lad from another school is messaging me saying he will send my pic to everyone",
            &[],
            Frame::Reported,
            "coercive",
        ),
    ];
    assert_framed(&m, &cases);
    // The affirmative "it is that deep" rejects minimising; blaming the one who shared, or
    // saying it is none of the target's fault, is not victim-blaming; telling the person
    // themselves is not reporting.
    assert_no_label(
        &m,
        "victim_blaming",
        &[
            "it is that deep, she cried all day",
            "none of this is ur fault",
            "its his fault for sharing it, not hers",
        ],
    );
    assert_no_label(&m, "protective.reporting", &["i told u i wouldnt come"]);
    // The same patterns still label their direct use.
    let direct: [(&str, &str); 4] = [
        ("calm down its not that deep", "victim_blaming.minimising"),
        ("its her own fault tbh", "victim_blaming.blame"),
        ("im telling sir", "protective.reporting"),
        ("ur such a slag", "sexualised.names"),
    ];
    for (text, want) in direct {
        let (got, framed) = labels(&m, text);
        assert!(got.iter().any(|l| l == want), "{text}: {got:?} {framed:?}");
    }
}

#[test]
fn a_picture_of_a_thing_a_picture_sent_round_and_ordinary_telling_are_excepted() {
    let m = matcher();
    // A picture of a thing, whatever the thing (no topic list names a fridge or a sheet), a
    // picture sent round (exposure, not a request), and telling an adult one's own news.
    let cases: [(&str, &[&str], Frame, &str); 6] = [
        (
            "can u send me a pic of the fridge",
            &[],
            Frame::Excepted,
            "coercive.image_request",
        ),
        (
            "send a pic of that sheet when its done",
            &[],
            Frame::Excepted,
            "coercive.image_request",
        ),
        (
            "can i see a photo of the new kit",
            &[],
            Frame::Excepted,
            "coercive.image_request",
        ),
        (
            "hes sending round pics of her",
            &[],
            Frame::Excepted,
            "coercive.image_request",
        ),
        (
            "i told miss u were ill",
            &[],
            Frame::Excepted,
            "protective.reporting",
        ),
        (
            "ugh i have to tell my head of year i lost my planner",
            &[],
            Frame::Excepted,
            "protective",
        ),
    ];
    assert_framed(&m, &cases);
    // The person, their body, flirting or secrecy keep the request; a report of harm, or
    // words after a comma, keep the reporting. Rebutting blame is a challenge, not support.
    let direct: [(&str, &str); 8] = [
        ("send me a pic of ur body", "coercive.image_request"),
        ("send me a pic of the real u", "coercive.image_request"),
        ("send me a pic of it 😏", "coercive.image_request"),
        (
            "send me a pic of the fridge, no one has to know",
            "coercive.image_request",
        ),
        (
            "send me pics or ill send them round",
            "coercive.image_request",
        ),
        (
            "im telling miss he sent my pic round",
            "protective.reporting",
        ),
        (
            "ill tell the head of year, the drivers never do anything",
            "protective.reporting",
        ),
        ("its his fault for sharing it", "protective.challenge"),
    ];
    for (text, want) in direct {
        let (got, framed) = labels(&m, text);
        assert!(got.iter().any(|l| l == want), "{text}: {got:?} {framed:?}");
    }
    assert_no_label(&m, "protective.support", &["its his fault for sharing it"]);
    // Blocking a drive or a week is not blocking a person; telling a teacher about the heating
    // is not reporting.
    assert_no_label(
        &m,
        "protective.reporting",
        &[
            "sorry ive blocked ur drive with the van",
            "im blocking this week out for the exam",
            "we should tell miss the heating is broken",
        ],
    );
    for text in ["ive blocked ur account", "im reporting u", "blocked u lol"] {
        let (got, framed) = labels(&m, text);
        assert!(
            got.iter().any(|l| l == "protective.reporting"),
            "{text}: {got:?} {framed:?}"
        );
    }
}

#[test]
fn a_disclosure_with_doubt_or_distress_asks_for_help_and_retold_advice_is_not_reporting() {
    let m = matcher();
    // Telling of a picture, a rating, comments or a rumour with doubt or distress is, in
    // effect, asking for help (core 1.7, `protective.help_unsure`); the coercion told is
    // reported, not the speaker's own.
    for text in [
        "my stepbrothers mate keeps messaging me about pics, is that normal",
        "idk if this is bad but someone put my selfie on a rating page",
        "ppl keep commenting on my body and i dont know how to make them stop",
        "everyone has seen the screenshots now, i cant face school tomorrow",
    ] {
        let (got, framed) = labels(&m, text);
        assert!(
            got.iter().any(|l| l == "protective.help_seeking"),
            "{text}: {got:?} {framed:?}"
        );
        assert!(
            !got.iter().any(|l| l.starts_with("coercive")),
            "{text}: {got:?} {framed:?}"
        );
    }
    // The same doubt about a phone, homework or a pet is not a disclosure.
    assert_no_label(
        &m,
        "protective.help_seeking",
        &[
            "is it normal that my pics take ages to upload",
            "idk if this is bad but i sent a photo of my homework instead of typing it",
            "is that normal for a puppy, he ate a whole sock",
        ],
    );
    // Advice passed on from a lesson ("they said u can ...") is not someone reporting now.
    assert_no_label(
        &m,
        "protective.reporting",
        &["they told us we should block and report anyone who asks for pics"],
    );
    let (got, framed) = labels(&m, "im gonna use report remove tonight");
    assert!(
        got.iter().any(|l| l == "protective.reporting"),
        "{got:?} {framed:?}"
    );
    // Naming someone's private picture, or telling that a picture is going round, is not a
    // request or an act of exposure by the speaker (core 1.7); asking for one is a request.
    assert_no_label(
        &m,
        "coercive.image_request",
        &["thats his private pic, dont forward it"],
    );
    assert_no_label(
        &m,
        "coercive.exposure",
        &["heard a pic of someone in year 9 is going round"],
    );
    for text in ["go on send me a cheeky pic", "spicy pic pls"] {
        let (got, framed) = labels(&m, text);
        assert!(
            got.iter().any(|l| l == "coercive.image_request"),
            "{text}: {got:?} {framed:?}"
        );
    }
    // Pointing someone to blocking or reporting is reporting advice, not support (core 1.7).
    let (got, framed) = labels(&m, "u can block him and report the account");
    assert!(
        got.iter().any(|l| l == "protective.reporting"),
        "{got:?} {framed:?}"
    );
    assert_no_label(
        &m,
        "protective.support",
        &["u can block him and report the account"],
    );
    // "Why would i block u" rejects the telling; "would u tell a teacher if ..." asks about a
    // case (core 1.7, negated.why_would and hypothetical.would_you_if).
    assert_no_label(
        &m,
        "protective.reporting",
        &[
            "lol why would i block u",
            "why would u even tell ur mum about that",
            "would u tell a teacher if someone posted ur pic",
        ],
    );
    for text in ["im blocking u", "im telling my mum about ur messages"] {
        let (got, framed) = labels(&m, text);
        assert!(
            got.iter().any(|l| l == "protective.reporting"),
            "{text}: {got:?} {framed:?}"
        );
    }
}
