//! Tests of whole packs (selection, privacy, masking, rendering).

use super::markdown::md_escape;
use super::mask::is_common;
use super::select::pupil_label;
use super::*;
use crate::model::{Annotation, Source};
use crate::redact::names::common_words;
use crate::redact::{detect, NameList};
use crate::ui::UiLang;
use std::collections::BTreeMap;

fn ann(conv: &str, id: &str, spk: &str, text: &str, spans: &[(&str, &str, u8)]) -> Annotation {
    let mut b = Annotation::builder(id, text)
        .corpus("test")
        .conversation(conv)
        .speaker(spk)
        .rule_id("t");
    for (sub, cat, sev) in spans {
        b = b.span_over(sub, *cat, *sev, Source::Lexicon);
    }
    b.build()
}

pub(super) fn corpus() -> Vec<Annotation> {
    vec![
        ann(
            "conv-alpha-7781",
            "msg-0001",
            "spk_zulu",
            "hey how was school",
            &[],
        ),
        ann(
            "conv-alpha-7781",
            "msg-0002",
            "spk_yankee",
            "fine, u? Glimbo was there",
            &[],
        ),
        ann(
            "conv-alpha-7781",
            "msg-0003",
            "spk_zulu",
            "send me a pic",
            &[("send me a pic", "coercive.image_request", 2)],
        ),
        ann("conv-alpha-7781", "msg-0004", "spk_yankee", "no", &[]),
        ann(
            "conv-alpha-7781",
            "msg-0005",
            "spk_zulu",
            "u owe me, dont tell anyone",
            &[
                ("u owe me", "coercive.pressure", 2),
                ("dont tell anyone", "coercive.secrecy", 2),
            ],
        ),
        ann(
            "conv-alpha-7781",
            "msg-0006",
            "spk_xray",
            "tell a teacher, its not ur fault",
            &[("tell a teacher", "protective", 1)],
        ),
        ann(
            "conv-bravo-4410",
            "msg-0007",
            "spk_alpha",
            "ur so fit <b>&",
            &[("fit", "sexualised.appearance", 1)],
        ),
        ann(
            "conv-bravo-4410",
            "msg-0008",
            "spk_bravo",
            "she shouldnt have sent it",
            &[("she shouldnt have sent it", "victim_blaming.blame", 2)],
        ),
        ann(
            "conv-bravo-4410",
            "msg-0009",
            "spk_alpha",
            "my number is 07700 900123",
            &[],
        ),
        ann(
            "conv-charlie-2290",
            "msg-0010",
            "spk_charlie",
            "Zorblax said it was just banter, Glimbo agreed",
            &[("just banter", "victim_blaming.minimising", 1)],
        ),
        ann(
            "conv-charlie-2290",
            "msg-0011",
            "spk_delta",
            "spk_charlie stop it",
            &[],
        ),
    ]
}

/// Synthetic category records: every fine category has its own prompt but
/// `coercive.secrecy`, which inherits the top-level `coercive` one; only `coercive` has general
/// prompts, so the others get the built-in ones.
pub(super) fn cats() -> BTreeMap<String, CategoryInfo> {
    let mut m = BTreeMap::new();
    for (id, label) in [
        ("coercive", "Coercion"),
        ("coercive.image_request", "Image request"),
        ("coercive.pressure", "Pressure"),
        ("coercive.secrecy", "Secrecy"),
        ("protective", "Protective response"),
        ("sexualised.appearance", "Comments on appearance"),
        ("victim_blaming.blame", "Blaming the victim"),
    ] {
        let (prompt, prompts) = match id {
            "coercive" => (
                "What pressure tactics can you see?".to_string(),
                vec!["Coercion, first?".to_string(), "Coercion, second?".into()],
            ),
            "coercive.secrecy" => (String::new(), vec![]),
            _ => (format!("What about {label}?"), vec![]),
        };
        m.insert(
            id.to_string(),
            CategoryInfo {
                id: id.into(),
                label: label.into(),
                definition: format!("Definition of {label}."),
                source: "Synthetic guidance note".into(),
                prompt,
                prompts,
            },
        );
    }
    m
}

pub(super) fn opts() -> TeachOptions {
    TeachOptions {
        context: 1,
        lexicon_name: "testlex".into(),
        lexicon_version: "9.8.7".into(),
        date: "2025-06-01".into(),
        ..TeachOptions::default()
    }
}

/// The test options with one selected category and no context.
fn only(category: &str) -> TeachOptions {
    TeachOptions {
        categories: vec![category.into()],
        context: 0,
        ..opts()
    }
}

fn texts(ex: &Excerpt) -> Vec<String> {
    ex.messages.iter().map(ExcerptMessage::text).collect()
}

#[test]
fn pupil_labels() {
    assert_eq!(pupil_label(0, UiLang::En), "Pupil A");
    assert_eq!(pupil_label(25, UiLang::En), "Pupil Z");
    assert_eq!(pupil_label(26, UiLang::En), "Pupil AA");
    assert_eq!(pupil_label(27, UiLang::En), "Pupil AB");
    assert_eq!(pupil_label(1, UiLang::Cy), "Disgybl B");
}

#[test]
fn prefix_filter_context_and_pupils() {
    let o = TeachOptions {
        categories: vec!["coercive".into()],
        ..opts()
    };
    let pack = build_pack(&corpus(), &cats(), &o).unwrap();
    // The windows of the two flagged messages (msg-0003, msg-0005) overlap at msg-0004: one
    // excerpt, each message once.
    assert_eq!(pack.excerpts.len(), 1);
    let ex = &pack.excerpts[0];
    assert_eq!(ex.id, "EX-001");
    assert_eq!(
        texts(ex),
        [
            "fine, u? Glimbo was there",
            "send me a pic",
            "no",
            "u owe me, dont tell anyone",
            "tell a teacher, its not ur fault"
        ]
    );
    let who: Vec<&str> = ex.messages.iter().map(|m| m.speaker.as_str()).collect();
    assert_eq!(who, ["Pupil A", "Pupil B", "Pupil A", "Pupil B", "Pupil C"]);
    assert_eq!(
        ex.messages.iter().map(|m| m.flagged).collect::<Vec<_>>(),
        [false, true, false, true, false]
    );
    // Only selected categories are highlighted and explained.
    let ids: Vec<&str> = ex.categories.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "coercive.image_request",
            "coercive.pressure",
            "coercive.secrecy"
        ]
    );
    assert!(ex.messages[4]
        .segments
        .iter()
        .all(|s| s.categories.is_empty()));
    // Prompts from the category records: own prompt (or the top level's), then the top
    // level's general prompts.
    assert_eq!(
        ex.categories[1].prompts,
        [
            "What about Pressure?",
            "Coercion, first?",
            "Coercion, second?"
        ]
    );
    assert_eq!(
        ex.categories[2].prompts,
        [
            "What pressure tactics can you see?",
            "Coercion, first?",
            "Coercion, second?"
        ]
    );
    // The excerpt's questions: every category's prompts, each once, at most four.
    assert_eq!(
        ex.questions,
        [
            "What about Image request?",
            "Coercion, first?",
            "Coercion, second?",
            "What about Pressure?"
        ]
    );
    assert_eq!(ex.categories[1].label, "Pressure");
    assert_eq!(ex.categories[1].sources, ["Synthetic guidance note"]);
}

#[test]
fn no_original_ids_and_no_pii_in_outputs() {
    let o = TeachOptions {
        max_excerpts: 0,
        ..opts()
    };
    let corpus = corpus();
    let pack = build_pack(&corpus, &cats(), &o).unwrap();
    assert!(pack.excerpts.len() >= 2);
    let md = render_markdown(&pack);
    let html = render_html(&pack);
    let json = serde_json::to_string(&pack.excerpts).unwrap();
    for a in &corpus {
        for id in [&a.message_id, &a.conversation_id, &a.speaker] {
            for out in [&md, &html, &json] {
                assert!(!out.contains(id.as_str()), "{id} in output");
            }
            assert!(!md.contains(&md_escape(id)), "{id} in markdown");
        }
    }
    // The speaker id mentioned in text became that speaker's pupil label.
    let ex = pack
        .excerpts
        .iter()
        .find(|e| texts(e).iter().any(|t| t.ends_with("stop it")))
        .unwrap();
    assert_eq!(texts(ex)[1], "Pupil A stop it");
    assert_eq!(ex.messages[0].speaker, "Pupil A");
    for out in [&md, &html] {
        assert!(!out.contains("07700"));
    }
    for e in &pack.excerpts {
        for m in &e.messages {
            assert!(detect(&m.text(), &NameList::empty()).is_empty());
        }
    }
}

#[test]
fn excerpt_with_residual_pii_is_refused_with_kind_counts_only() {
    let o = TeachOptions {
        categories: vec!["victim_blaming.blame".into()],
        ..opts()
    };
    let pack = build_pack(&corpus(), &cats(), &o).unwrap();
    assert!(pack.excerpts.is_empty());
    assert_eq!(
        pack.refused,
        vec![Refusal {
            record: 8,
            reason: "residual PII: PHONE 1".into()
        }]
    );
    assert_eq!(pack.provenance.refused, 1);
    let md = render_markdown(&pack);
    assert!(md.contains("0 included, 1 withheld"));
    // Without context the flagged message alone is clean.
    let o = TeachOptions { context: 0, ..o };
    let pack = build_pack(&corpus(), &cats(), &o).unwrap();
    assert_eq!(pack.excerpts.len(), 1);
    assert!(pack.refused.is_empty());
}

#[test]
fn names_list_is_used_for_the_residual_check() {
    let o = TeachOptions {
        categories: vec!["coercive.image_request".into()],
        names: NameList::new(["Glimbo"]).unwrap(),
        ..opts()
    };
    let pack = build_pack(&corpus(), &cats(), &o).unwrap();
    assert!(pack.excerpts.is_empty());
    assert_eq!(pack.refused[0].reason, "residual PII: NAME 1");
}

#[test]
fn sexualised_masking_modes() {
    let run = |mask| {
        let o = TeachOptions {
            categories: vec!["sexualised".into()],
            context: 0,
            mask,
            ..opts()
        };
        let pack = build_pack(&corpus(), &cats(), &o).unwrap();
        assert_eq!(pack.excerpts.len(), 1);
        pack.excerpts[0].messages[0].text()
    };
    assert_eq!(run(Mask::None), "ur so fit <b>&");
    assert_eq!(run(Mask::Partial), "ur so f*** <b>&");
    assert_eq!(run(Mask::Full), "ur so [SEXUALISED TERM] <b>&");
    assert_eq!("partial".parse::<Mask>().unwrap(), Mask::Partial);
    assert!("some".parse::<Mask>().is_err());
}

#[test]
fn rare_words_masked_or_warned() {
    let base = only("victim_blaming.minimising");
    let pack = build_pack(&corpus(), &cats(), &base).unwrap();
    assert_eq!(
        texts(&pack.excerpts[0]),
        ["Zorblax said it was just banter, Glimbo agreed"]
    );
    assert_eq!(pack.warnings.len(), 1);
    assert!(pack.warnings[0].starts_with("EX-001: 1 rare word"));
    assert!(
        pack.warnings[0].ends_with(": Zorblax"),
        "{}",
        pack.warnings[0]
    );
    let o = TeachOptions {
        mask_rare: true,
        ..base
    };
    let pack = build_pack(&corpus(), &cats(), &o).unwrap();
    // "Glimbo" occurs in two conversations; "said", "agreed" are common; the span is kept.
    assert_eq!(
        texts(&pack.excerpts[0]),
        ["[RARE] said it was just banter, Glimbo agreed"]
    );
    assert!(pack.warnings.is_empty());
}

#[test]
fn common_word_variants() {
    for w in [
        "said", "agreed", "running", "stories", "sooo", "mum's", "dont", "teachers",
    ] {
        assert!(is_common(w), "{w}");
    }
    assert!(!is_common("zorblax"));
    assert!(common_words().len() >= 2000);
}

#[test]
fn markdown_and_html_render_highlights_provenance_and_escape() {
    let o = TeachOptions {
        categories: vec!["sexualised".into(), "coercive.image_request".into()],
        ..opts()
    };
    let pack = build_pack(&corpus(), &cats(), &o).unwrap();
    let md = render_markdown(&pack);
    assert!(md.contains("**send me a pic** \\[Image request\\]"), "{md}");
    assert!(!md.contains("\\[coercive"), "{md}");
    assert!(md.contains("testlex 9.8.7") && md.contains("2025-06-01"));
    assert!(md.contains("categories: sexualised, coercive.image\\_request"));
    assert!(md.contains("\\<b\\>\\&"));
    let html = render_html(&pack);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains(
        "<mark class=\"c-coercive\">send me a pic</mark><span class=\"tag\">[Image request]</span>"
    ));
    assert!(html.contains("ur so <mark class=\"c-sexualised\">f***</mark>"));
    assert!(html.contains("&lt;b&gt;&amp;"));
    assert!(!html.contains("<b>"));
    for bad in [
        "<script", "http:", "https:", "src=", "href=", "url(", "@import", "<link",
    ] {
        assert!(!html.contains(bad), "{bad}");
    }
    assert!(
        html.contains("Definition of Image request.")
            && html.contains("Guidance: Synthetic guidance note")
    );
}

#[test]
fn html_pack_has_a_content_security_policy() {
    let pack = build_pack(&corpus(), &cats(), &opts()).unwrap();
    let html = render_html(&pack);
    let head = &html[..html.find("</head>").unwrap()];
    let csp = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{PACK_CSP}\">");
    assert!(head.contains(&csp), "{head}");
    // The CSP comes before anything the browser could act on.
    assert!(head.find(&csp) < head.find("<style>"));
    for d in [
        "default-src 'none'",
        "script-src 'none'",
        "img-src 'none'",
        "connect-src 'none'",
        "form-action 'none'",
        "base-uri 'none'",
    ] {
        assert!(PACK_CSP.contains(d), "{d}");
    }
    assert!(head.contains("<meta name=\"referrer\" content=\"no-referrer\">"));
}

#[test]
fn deterministic_and_limited() {
    let a = build_pack(&corpus(), &cats(), &opts()).unwrap();
    let b = build_pack(&corpus(), &cats(), &opts()).unwrap();
    assert_eq!(render_markdown(&a), render_markdown(&b));
    assert_eq!(render_html(&a), render_html(&b));
    let o = TeachOptions {
        max_excerpts: 1,
        ..opts()
    };
    assert_eq!(
        build_pack(&corpus(), &cats(), &o).unwrap().excerpts.len(),
        1
    );
    let o = TeachOptions {
        min_severity: 3,
        ..opts()
    };
    assert!(build_pack(&corpus(), &cats(), &o)
        .unwrap()
        .excerpts
        .is_empty());
}

#[test]
fn bad_span_offsets_are_an_error_naming_the_record() {
    let mut c = corpus();
    c[2].spans[0].end = 99;
    let e = build_pack(&c, &cats(), &opts()).unwrap_err().to_string();
    assert!(
        e.contains("annotation record 3") && e.contains("span 1"),
        "{e}"
    );
}

#[test]
fn planted_fixture_never_reaches_a_pack() {
    let path = format!(
        "{}/tests/fixtures/pii/planted.csv",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut r = csv::Reader::from_path(&path).unwrap();
    let mut anns = Vec::new();
    for rec in r.records() {
        let rec = rec.unwrap();
        let text = rec[4].to_string();
        let first = text.split_whitespace().next().unwrap().to_string();
        anns.push(ann(
            &rec[0],
            &rec[1],
            &rec[3],
            &text,
            &[(first.as_str(), "coercive.pressure", 2)],
        ));
    }
    let o = TeachOptions {
        max_excerpts: 0,
        context: 0,
        names: NameList::new(["Jordan Fakename", "Riley"]).unwrap(),
        ..opts()
    };
    let pack = build_pack(&anns, &cats(), &o).unwrap();
    assert!(pack.excerpts.is_empty(), "{:?}", pack.excerpts);
    assert_eq!(pack.refused.len(), anns.len());
    let md = render_markdown(&pack);
    let html = render_html(&pack);
    for a in &anns {
        for w in a
            .text
            .split_whitespace()
            .filter(|w| w.len() >= 5 && w.chars().any(|c| c.is_ascii_digit() || c == '@'))
        {
            assert!(!md.contains(w) && !html.contains(w), "{w}");
        }
    }
}

#[test]
fn without_general_prompts_in_the_lexicon_the_built_in_ones_are_shown() {
    let o = only("protective");
    let pack = build_pack(&corpus(), &cats(), &o).unwrap();
    let general = crate::defaults::teach_general_prompts().unwrap();
    assert_eq!(general.len(), 2);
    let mut want = vec!["What about Protective response?".to_string()];
    want.extend(general.iter().cloned());
    assert_eq!(pack.excerpts[0].categories[0].prompts, want);
    // A category the lexicon does not declare: no own prompt, the built-in general ones.
    let pack = build_pack(&corpus(), &BTreeMap::new(), &o).unwrap();
    assert_eq!(pack.excerpts[0].categories[0].prompts, general);
}

#[test]
fn prompts_come_from_the_lexicon() {
    let d = tempfile::tempdir().unwrap();
    let dir = d.path().join("lex");
    crate::defaults::export_lexicon("core", &dir).unwrap();
    let old = "What makes this request for a picture pressure rather than a free choice?";
    let new = "Who decides whether a picture gets sent?";
    let toml = std::fs::read_to_string(dir.join("lexicon.toml")).unwrap();
    assert_eq!(toml.matches(old).count(), 1);
    std::fs::write(dir.join("lexicon.toml"), toml.replace(old, new)).unwrap();
    let o = TeachOptions {
        categories: vec!["coercive.image_request".into()],
        ..opts()
    };
    let pack_with = |lex: &crate::lexicon::Lexicon| {
        let cats: BTreeMap<String, CategoryInfo> = lex
            .categories
            .iter()
            .map(|c| (c.id.clone(), CategoryInfo::from(c)))
            .collect();
        build_pack(&corpus(), &cats, &o).unwrap()
    };
    let core = pack_with(&crate::lexicon::Lexicon::builtin("core").unwrap());
    let edited = pack_with(&crate::lexicon::Lexicon::load(&dir).unwrap());
    let (md, html) = (render_markdown(&core), render_html(&core));
    assert!(md.contains(old) && html.contains(old));
    let (md, html) = (render_markdown(&edited), render_html(&edited));
    assert!(md.contains(new) && html.contains(new), "{md}");
    assert!(!md.contains(old) && !html.contains(old));
    assert_eq!(
        edited.excerpts[0].categories[0].prompts,
        [
            new,
            "How could the recipient say no, and who could they go to for help?",
            "What would a good friend do if they saw this conversation?"
        ]
    );
}

#[test]
fn html_line_breaks_quotes_and_an_empty_pack() {
    let mut corpus = corpus();
    corpus[1] = ann(
        "conv-alpha-7781",
        "msg-0002",
        "spk_yankee",
        "hey\nhow was \"school\"",
        &[],
    );
    let mut cats = cats();
    cats.get_mut("coercive.image_request").unwrap().label = "Image 'request' \"asks\"".into();
    let o = TeachOptions {
        categories: vec!["coercive.image_request".into()],
        ..opts()
    };
    let html = render_html(&build_pack(&corpus, &cats, &o).unwrap());
    assert!(
        html.contains("<span class=\"text\">hey<br>how was &quot;school&quot;</span></li>\n"),
        "{html}"
    );
    assert!(html.contains(
        "<mark class=\"c-coercive\">send me a pic</mark>\
         <span class=\"tag\">[Image &#39;request&#39; &quot;asks&quot;]</span> <span class=\"tag\">(flagged)</span></span></li>\n"
    ));
    assert!(html.ends_with("</dl>\n</section>\n</main>\n</body>\n</html>\n"));
    let o = TeachOptions {
        min_severity: 3,
        ..opts()
    };
    let html = render_html(&build_pack(&corpus, &cats, &o).unwrap());
    assert!(html.ends_with(
        "</section>\n<p>No excerpts matched the selection.</p>\n</main>\n</body>\n</html>\n"
    ));
}

/// Regression (session 9): a message whose only span does not label it (an `unless`
/// exception: "send me the pic of the timetable") was shown as flagged and highlighted.
#[test]
fn a_span_that_does_not_label_is_not_flagged_in_the_pack() {
    let mut benign = ann(
        "conv-t",
        "msg-t1",
        "spk_a",
        "send me the pic of the timetable",
        &[("send me the pic", "coercive.image_request", 2)],
    );
    benign.spans[0].frame = crate::model::Frame::Excepted;
    benign.evidence.clear();
    benign.severity = 0;
    benign.finalise();
    assert!(benign.labels.is_empty());
    let harmful = ann(
        "conv-t",
        "msg-t2",
        "spk_a",
        "send me a pic",
        &[("send me a pic", "coercive.image_request", 2)],
    );
    let pack = build_pack(&[benign.clone()], &cats(), &only("coercive")).unwrap();
    assert!(pack.excerpts.is_empty(), "an excepted span made an excerpt");
    let pack = build_pack(&[benign, harmful], &cats(), &only("coercive")).unwrap();
    assert_eq!(pack.excerpts.len(), 1);
    let flagged: Vec<bool> = pack.excerpts[0]
        .messages
        .iter()
        .map(|m| m.flagged)
        .collect();
    assert_eq!(flagged, [true]);
}
