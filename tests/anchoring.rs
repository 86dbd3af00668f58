//! Anchoring (issue 17): words that are harmful only in a harmful conversation, the `excepted`
//! frame, and when the classifier may label a message on its own. Pairs of identical text in
//! a harmful and a harmless conversation get different labels. Messages are invented for these
//! tests (not from corpora/dev or corpora/check).

use c2chat::annotate::{Annotator, Scorer};
use c2chat::classify::MessageContext;
use c2chat::lexicon::Lexicon;
use c2chat::matcher::Matcher;
use c2chat::model::{Annotation, Frame, Message, Source};
use c2chat::rules::Rules;

/// A classifier that gives every text the same score for one category.
struct Always(&'static str, f64);

impl Scorer for Always {
    fn scores(
        &self,
        texts: &[&str],
        _: &[MessageContext],
        _: &[&[String]],
    ) -> Vec<c2chat::scores::Scores> {
        texts
            .iter()
            .map(|_| [(self.0, self.1)].into_iter().collect())
            .collect()
    }
    fn is_positive(&self, _: &str, score: f64) -> bool {
        score >= 0.9
    }
}

/// Annotate one conversation of (speaker, text) messages with the core lexicon and rules.
fn run(conv: &[(&str, &str)], scorer: Option<&dyn Scorer>) -> Vec<Annotation> {
    // Built once for all tests of this file (building the matcher is the slow part).
    static CORE: std::sync::OnceLock<(Matcher, Rules)> = std::sync::OnceLock::new();
    let (matcher, rules) = CORE.get_or_init(|| {
        let lex = Lexicon::builtin("core").unwrap();
        let rules = Rules::new(&lex.rules, None).unwrap();
        (Matcher::new(lex).unwrap(), rules)
    });
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
        matcher,
        rules,
        scorer,
    };
    ann.annotate(messages)
}

fn last_labels(conv: &[(&str, &str)], scorer: Option<&dyn Scorer>) -> Vec<String> {
    run(conv, scorer).pop().unwrap().labels
}

fn frames_of(a: &Annotation, category: &str) -> Vec<Frame> {
    a.spans
        .iter()
        .filter(|s| s.category == category)
        .map(|s| s.frame)
        .collect()
}

#[test]
fn pressure_words_need_a_harmful_conversation() {
    let harmless = [
        ("a", "can u get me a drink"),
        ("b", "ok"),
        ("a", "lol u owe me"),
    ];
    let a = run(&harmless, None).pop().unwrap();
    assert!(a.labels.is_empty(), "{:?}", a.labels);
    assert!(frames_of(&a, "coercive.pressure").contains(&Frame::Unanchored));
    let harmful = [("a", "send me a pic"), ("b", "no"), ("a", "lol u owe me")];
    assert!(last_labels(&harmful, None).contains(&"coercive.pressure".to_string()));
}

#[test]
fn a_short_reply_is_read_against_what_came_before_and_an_opener_as_it_stands() {
    let text = "dont tell anyone";
    let secrecy = "coercive.secrecy".to_string();
    // A reply in a harmless conversation: nothing.
    let harmless = [("a", "i drew a comic of sir lol"), ("b", text)];
    let a = run(&harmless, None).pop().unwrap();
    assert!(a.labels.is_empty(), "{:?}", a.labels);
    assert!(frames_of(&a, &secrecy).contains(&Frame::Unanchored));
    // The same reply after a request for an image: secrecy.
    let harmful = [("a", "send me a pic of u"), ("a", text)];
    assert!(last_labels(&harmful, None).contains(&secrecy));
    // The first message of a conversation has nothing before it: its words stand.
    assert!(last_labels(&[("a", text)], None).contains(&secrecy));
    // A longer message carries its own context.
    let long = [
        ("a", "i drew a comic"),
        ("b", "dont tell anyone about the pics i sent"),
    ];
    assert!(last_labels(&long, None).contains(&secrecy));
}

#[test]
fn secrecy_with_a_harmless_reason_needs_an_anchor() {
    let secrecy = "coercive.secrecy".to_string();
    for text in [
        "dont tell anyone but i actually like the new series",
        "keep it secret till friday, its for her birthday",
    ] {
        assert!(last_labels(&[("a", text)], None).is_empty(), "{text}");
    }
    // The same reason after a request for an image does not excuse it.
    let harmful = [
        ("a", "send me a pic of u"),
        ("a", "dont tell anyone but i really want one"),
    ];
    assert!(last_labels(&harmful, None).contains(&secrecy));
    // Without a reason, a longer secrecy demand stands on its own.
    let grooming = [("a", "dont tell anyone we talk, ur mum wouldnt get it")];
    assert!(last_labels(&grooming, None).contains(&secrecy));
}

#[test]
fn a_short_unanchored_reply_gets_no_classifier_label() {
    let always = Always("coercive.pressure", 0.99);
    let harmless = [("a", "have u done the maths"), ("b", "go on")];
    let a = run(&harmless, Some(&always)).pop().unwrap();
    assert!(a.labels.is_empty(), "{:?}", a.labels);
    // The score is still reported.
    assert_eq!(a.scores.as_ref().unwrap()["coercive.pressure"], 0.99);
    // After a request for an image, the same reply is labelled by the classifier.
    let harmful = [("a", "send me a pic of u"), ("b", "idk"), ("a", "go on")];
    let a = run(&harmful, Some(&always)).pop().unwrap();
    assert!(a.evidence["coercive.pressure"].contains(&Source::Classifier));
    // A longer message is the classifier's to judge even with nothing open.
    let long = [("a", "have u done the maths homework for tomorrow yet")];
    assert_eq!(
        last_labels(&long, Some(&always)),
        ["coercive.pressure".to_string()]
    );
}

#[test]
fn a_refusal_by_the_person_asked_gets_no_classifier_protective_label() {
    let always = Always("protective.challenge", 0.99);
    let conv = [("a", "send me a pic of u"), ("b", "no stop asking")];
    let a = run(&conv, Some(&always)).pop().unwrap();
    assert!(
        !a.labels.iter().any(|l| l.starts_with("protective")),
        "{:?}",
        a.labels
    );
    // In a two-person exchange, any answer of the person asked is theirs, not a bystander's:
    // no classifier challenge either (their reporting would keep its label).
    let conv = [("a", "send me a pic of u"), ("b", "thats not how it works")];
    assert!(!last_labels(&conv, Some(&always)).contains(&"protective.challenge".to_string()));
    // A bystander's words after the same request, in a group (a third speaker), are the
    // classifier's to judge.
    let conv = [
        ("b", "whos coming to the match"),
        ("a", "send me a pic of u"),
        ("c", "mate why are u asking her that in the group"),
    ];
    assert!(last_labels(&conv, Some(&always)).contains(&"protective.challenge".to_string()));
}

#[test]
fn words_an_unless_excepts_veto_the_classifier() {
    let always = Always("coercive.image_request", 0.99);
    let a = run(&[("a", "send me a pic of ur puppy pls")], Some(&always))
        .pop()
        .unwrap();
    assert!(a.labels.is_empty(), "{:?}", a.labels);
    assert!(frames_of(&a, "coercive.image_request").contains(&Frame::Excepted));
    // The same request about the person: the lexicon labels it.
    let a = run(&[("a", "send me a pic of u pls")], Some(&always))
        .pop()
        .unwrap();
    assert!(a.labels.contains(&"coercive.image_request".to_string()));
}

/// Session 9: indirect refusals (putting off, an excuse, a polite decline) are refusals, so the
/// requester's next push is pressure; with no refusal before it, the same push is not.
#[test]
fn an_indirect_refusal_opens_pressure_after_refusal() {
    for refusal in [
        "maybe later",
        "not right now",
        "im busy",
        "id rather not tbh",
    ] {
        let conv = [
            ("a", "send me a selfie"),
            ("b", refusal),
            ("a", "dont be boring"),
        ];
        let labels = last_labels(&conv, None);
        assert!(
            labels.contains(&"coercive.pressure".to_string()),
            "after {refusal:?}: {labels:?}"
        );
    }
    let chat = [
        ("a", "wanna go cinema"),
        ("b", "maybe later"),
        ("a", "dont be boring"),
    ];
    assert!(last_labels(&chat, None).is_empty());
}

/// Session 9: a secret with a harmless reason ("dont tell me", a spoiler) gets no
/// classifier-only secrecy label when nothing harmful is open; after a request it still can.
#[test]
fn a_benign_secret_vetoes_a_classifier_only_secrecy_label() {
    let always = Always("coercive.secrecy", 0.99);
    let quiz = [
        ("a", "i did the quiz"),
        ("b", "dont tell me what u got yet"),
    ];
    assert!(last_labels(&quiz, Some(&always)).is_empty());
    let plain = [
        ("a", "i did the quiz"),
        ("b", "what did u get on the last one"),
    ];
    assert_eq!(last_labels(&plain, Some(&always)), ["coercive.secrecy"]);
    let harmful = [("a", "send me a pic"), ("a", "dont tell me no either")];
    assert!(last_labels(&harmful, Some(&always)).contains(&"coercive.secrecy".to_string()));
}

/// Session 9: telling someone not to tell an adult is not reporting.
#[test]
fn telling_someone_not_to_tell_is_not_reporting() {
    let a = run(&[("a", "dont tell ur dad i broke the vase")], None)
        .pop()
        .unwrap();
    assert!(
        !a.labels.iter().any(|l| l.starts_with("protective")),
        "{:?}",
        a.labels
    );
    let advice = [("a", "why dont u tell ur dad what he sent")];
    let labels = last_labels(&advice, None);
    assert!(
        labels.iter().any(|l| l.starts_with("protective")),
        "{labels:?}"
    );
}

/// Session 9: offering one's own picture, a video of someone's activity, help with schoolwork and
/// "doesnt matter" about plans are not requests, help-seeking or support.
#[test]
fn offers_activities_schoolwork_and_plans_get_no_label() {
    for text in [
        "ill send a pic of mine after tea",
        "can u send a vid of her skating",
        "i need help with the chemistry report",
        "doesnt matter if its raining we can still go",
    ] {
        assert!(last_labels(&[("a", text)], None).is_empty(), "{text}");
    }
    assert!(!last_labels(&[("a", "send me a pic of u")], None).is_empty());
}

#[test]
fn a_short_threat_is_read_against_what_came_before() {
    // Core 1.7: coercive.threat is in `short_needs_harm`. "or else" about a speaker for a
    // sleepover is nothing; the same words after a request for an image are a threat.
    let threat = "coercive.threat".to_string();
    let harmless = [
        ("a", "bring ur speaker tonight"),
        ("b", "why me"),
        ("a", "or else!!"),
    ];
    let a = run(&harmless, None).pop().unwrap();
    assert!(a.labels.is_empty(), "{:?}", a.labels);
    assert!(frames_of(&a, &threat).contains(&Frame::Unanchored));
    let harmful = [("a", "send me a pic of u"), ("b", "no"), ("a", "or else!!")];
    assert!(last_labels(&harmful, None).contains(&threat));
}

#[test]
fn a_follow_up_to_ones_own_image_request_needs_a_lower_pressure_score() {
    // Core 1.7 `follow_up_score` (0.3): the requester's next message after the other person
    // answered is labelled pressure from a classifier score of 0.3, below the model's threshold
    // (0.9 for this scorer). "thought we were close" scores 0.5 everywhere here.
    let half = Always("coercive.pressure", 0.5);
    let pressure = "coercive.pressure".to_string();
    let text = "thought we were close tbh";
    let follow_up = [
        ("a", "send me a pic of u"),
        ("b", "why would i"),
        ("a", text),
    ];
    let a = run(&follow_up, Some(&half)).pop().unwrap();
    assert!(a.labels.contains(&pressure), "{:?}", a.labels);
    assert_eq!(a.evidence[&pressure], vec![Source::Classifier]);
    // No answer yet (the requester goes on at once), another speaker, or no request: no label.
    let no_answer = [("a", "send me a pic of u"), ("a", text)];
    let other = [
        ("a", "send me a pic of u"),
        ("b", "why would i"),
        ("c", text),
    ];
    let no_request = [
        ("a", "are u coming to the match"),
        ("b", "why would i"),
        ("a", text),
    ];
    for conv in [&no_answer[..], &other[..], &no_request[..]] {
        let labels = last_labels(conv, Some(&half));
        assert!(!labels.contains(&pressure), "{conv:?}: {labels:?}");
    }
    // Below the follow-up score: nothing.
    let low = Always("coercive.pressure", 0.2);
    assert!(!last_labels(&follow_up, Some(&low)).contains(&pressure));
}
