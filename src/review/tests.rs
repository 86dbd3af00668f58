//! Tests of the review page model and its HTML.

use super::*;
use crate::model::{Annotation, Source};
use crate::teach::CategoryInfo;
use std::collections::BTreeMap;

fn ann(conv: &str, id: &str, spk: &str, text: &str) -> Annotation {
    Annotation::builder(id, text)
        .corpus("demo")
        .conversation(conv)
        .speaker(spk)
        .build()
}

/// A conversation with a request, a sexualised remark, a protective reply and a classifier-only
/// label; and a second conversation with nothing flagged.
fn corpus() -> Vec<Annotation> {
    let flagged = |id: &str, spk: &str, text: &str, spans: &[(&str, &str, Source, &str)]| {
        let mut b = Annotation::builder(id, text)
            .corpus("demo")
            .conversation("c1")
            .speaker(spk);
        for (sub, cat, src, rule) in spans {
            b = b.rule_id(*rule).span_over(sub, *cat, 2, *src);
        }
        b.build()
    };
    vec![
        ann("c1", "m1", "spk_zed", "hey, how was school"),
        ann("c1", "m2", "spk_yor", "fine, u?"),
        flagged(
            "m3",
            "spk_zed",
            "send me a pic, ur so fit",
            &[
                (
                    "send me a pic",
                    "coercive.image_request",
                    Source::Pattern,
                    "req.send_pic",
                ),
                (
                    "send me a pic",
                    "coercive.image_request",
                    Source::Lexicon,
                    "lex:send me a pic",
                ),
                (
                    "ur so fit",
                    "sexualised.appearance",
                    Source::Lexicon,
                    "lex:fit",
                ),
            ],
        ),
        ann("c1", "m4", "spk_yor", "no"),
        ann("c1", "m5", "spk_xan", "leave her alone"),
        ann("c1", "m6", "spk_zed", "whatever"),
        ann("c2", "m7", "spk_wil", "see u at practice"),
        Annotation::builder("m8", "maybe later")
            .corpus("demo")
            .conversation("c2")
            .speaker("spk_wil")
            .label("coercive.pressure", Source::Classifier)
            .build(),
    ]
}

fn cats() -> BTreeMap<String, CategoryInfo> {
    [
        ("coercive", "Coercion"),
        ("coercive.image_request", "Image request"),
        ("coercive.pressure", "Pressure"),
        ("sexualised.appearance", "Comments on appearance"),
        ("protective.challenge", "Challenge"),
    ]
    .into_iter()
    .map(|(id, label)| {
        (
            id.to_string(),
            CategoryInfo {
                id: id.into(),
                label: label.into(),
                definition: String::new(),
                source: String::new(),
                prompt: String::new(),
                prompts: Vec::new(),
            },
        )
    })
    .collect()
}

fn opts() -> ReviewOptions {
    ReviewOptions {
        annotations_sha256: "ab".repeat(32),
        ..ReviewOptions::default()
    }
}

fn shown(m: &ShownMessage) -> String {
    m.pieces.iter().map(|p| p.shown.text.as_str()).collect()
}

#[test]
fn one_card_per_flagged_message_with_context_pupils_and_flags() {
    let page = build_page(&corpus(), &cats(), &opts()).unwrap();
    let ids: Vec<&str> = page.cards.iter().map(|c| c.message_id.as_str()).collect();
    assert_eq!(ids, ["m3", "m8"]);
    assert_eq!(page.flags(), 3);
    let c = &page.cards[0];
    assert_eq!(
        (c.conversation_id.as_str(), c.corpus.as_str()),
        ("c1", "demo")
    );
    // Two messages either side, pupils by first appearance in the conversation.
    let who: Vec<&str> = c.messages.iter().map(|m| m.pupil.as_str()).collect();
    assert_eq!(who, ["Pupil A", "Pupil B", "Pupil A", "Pupil B", "Pupil C"]);
    let focus: Vec<bool> = c.messages.iter().map(|m| m.focus).collect();
    assert_eq!(focus, [false, false, true, false, false]);
    // The flags, by id, with the span that made each: the lexicon's before the pattern's.
    let labels: Vec<&str> = c.flags.iter().map(|f| f.label.as_str()).collect();
    assert_eq!(labels, ["coercive.image_request", "sexualised.appearance"]);
    let s = c.flags[0].span.as_ref().unwrap();
    assert_eq!((s.start, s.end, s.source), (0, 13, Source::Lexicon));
    assert_eq!(s.rule_id, "lex:send me a pic");
    assert_eq!(c.flags[0].label_text, "Image request");
    // A classifier-only label has no span; its card stays inside its conversation.
    let c8 = &page.cards[1];
    assert!(c8.flags[0].span.is_none());
    assert_eq!(c8.messages.len(), 2);
    // Context 0 shows the flagged message alone; a category filter keeps its flags only.
    let o = ReviewOptions {
        context: 0,
        categories: vec!["sexualised".into()],
        ..opts()
    };
    let page = build_page(&corpus(), &cats(), &o).unwrap();
    assert_eq!(page.cards.len(), 1);
    assert_eq!(page.cards[0].messages.len(), 1);
    assert_eq!(page.cards[0].flags.len(), 1);
    // Every fine category of the lexicon can be chosen.
    let page = build_page(&corpus(), &cats(), &opts()).unwrap();
    let choices: Vec<&str> = page.choices.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        choices,
        [
            "coercive.image_request",
            "coercive.pressure",
            "protective.challenge",
            "sexualised.appearance"
        ]
    );
}

#[test]
fn sexualised_words_are_masked_with_their_offsets_kept() {
    let page = build_page(&corpus(), &cats(), &opts()).unwrap();
    let m = &page.cards[0].messages[2];
    assert_eq!(shown(m), "send me a pic, ur so f***");
    let fit = m.pieces.iter().find(|p| p.shown.masked).unwrap();
    assert_eq!((fit.shown.start, fit.shown.end), (21, 24));
    assert_eq!(fit.categories, ["sexualised.appearance"]);
    // Pieces tile the original text, in order.
    let mut at = 0;
    for p in &m.pieces {
        assert_eq!(p.shown.start, at);
        at = p.shown.end;
    }
    assert_eq!(at, "send me a pic, ur so fit".chars().count());
    // The request is highlighted, the comma between is not.
    assert_eq!(m.pieces[0].categories, ["coercive.image_request"]);
    assert!(m.pieces[1].categories.is_empty());
    // The evidence masks the lexicon key too.
    assert_eq!(page.cards[0].flags[1].evidence, ["lexicon lex:f***"]);
    let full = build_page(
        &corpus(),
        &cats(),
        &ReviewOptions {
            mask: Mask::Full,
            ..opts()
        },
    )
    .unwrap();
    assert_eq!(
        shown(&full.cards[0].messages[2]),
        "send me a pic, ur so [SEXUALISED TERM]"
    );
}

#[test]
fn the_page_is_self_contained_masked_and_carries_no_other_ids() {
    let page = build_page(&corpus(), &cats(), &opts()).unwrap();
    let html = render_html(&page);
    // No raw text of a masked word anywhere (the rule id is hex-encoded).
    assert!(!html.contains("fit"), "a masked word is in the page");
    assert!(html.contains(&hex::encode("lex:fit")));
    // Only the flagged messages' ids; no speaker id, no context message's id.
    for id in ["m3", "m8", "c1", "c2"] {
        assert!(html.contains(&format!("\"{id}\"")), "{id}");
    }
    for id in ["m1\"", "m2\"", "m4\"", "m5\"", "m7\"", "spk_"] {
        assert!(!html.contains(id), "{id} is in the page");
    }
    // Offline: one inline script, allowed by its hash; no external reference.
    assert!(!html.contains("<script src") && !html.contains("://") && !html.contains("url("));
    let hash = crate::html::script_hash(html::JS);
    assert!(html.contains(&format!("script-src 'sha256-{hash}'")));
    assert_eq!(html.matches("<script>").count(), 1);
    // Keys are listed; the sha is the storage key.
    assert!(html.contains("<kbd>j</kbd>") && html.contains("<kbd>m</kbd>"));
    assert!(html.contains(&format!("data-sha=\"{}\"", "ab".repeat(32))));
    // Deterministic, and in Welsh from ui/cy.toml.
    assert_eq!(html, render_html(&page));
    let cy = build_page(
        &corpus(),
        &cats(),
        &ReviewOptions {
            ui_lang: UiLang::Cy,
            ..opts()
        },
    )
    .unwrap();
    let cy = render_html(&cy);
    assert!(cy.contains("lang=\"cy-GB\"") && cy.contains("Disgybl A"));
}

#[test]
fn text_is_escaped_and_bad_offsets_are_an_error() {
    let mut anns = corpus();
    anns[2] = Annotation::builder("m3", "<b>send me a pic</b>")
        .corpus("demo")
        .conversation("c1")
        .speaker("spk_zed")
        .span_over(
            "send me a pic",
            "coercive.image_request",
            2,
            Source::Pattern,
        )
        .build();
    let html = render_html(&build_page(&anns, &cats(), &opts()).unwrap());
    assert!(html.contains("&lt;b&gt;") && !html.contains("<b>send"));
    anns[2].spans[0].end = 99;
    let e = build_page(&anns, &cats(), &opts()).unwrap_err().to_string();
    assert!(e.contains("record 3"), "{e}");
}

#[test]
fn sha256_is_hex() {
    assert_eq!(
        sha256_hex(b"abc"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
}
