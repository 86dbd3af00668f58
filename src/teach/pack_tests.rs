//! Tests of the trainer-facing pack (issue 20 "Trainers", issue 19 `--ui-lang`): masking only
//! sexualised words, plain language (labels, colour key, glossary, readable citations), no
//! overlapping excerpts, `--title` and facilitator notes as data, Welsh.

use super::tests::{cats, corpus, opts};
use super::*;
use crate::model::{Annotation, Source};
use crate::ui::UiLang;
use std::collections::BTreeMap;

fn ann(conv: &str, id: &str, text: &str, spans: &[(&str, &str)]) -> Annotation {
    let spk = if id.ends_with(['1', '3', '5', '7', '9']) {
        "spk_one"
    } else {
        "spk_two"
    };
    let mut b = Annotation::builder(id, text)
        .corpus("test")
        .conversation(conv)
        .speaker(spk)
        .rule_id("t");
    for (sub, cat) in spans {
        b = b.span_over(sub, *cat, 2, Source::Lexicon);
    }
    b.build()
}

fn shown(anns: &[Annotation], o: &TeachOptions) -> Vec<String> {
    let pack = build_pack(anns, &BTreeMap::new(), o).unwrap();
    pack.excerpts
        .iter()
        .flat_map(|e| e.messages.iter().map(ExcerptMessage::text))
        .collect()
}

fn bare(mask: Mask) -> TeachOptions {
    TeachOptions {
        context: 0,
        max_excerpts: 0,
        mask,
        ..opts()
    }
}

#[test]
fn only_sexualised_words_are_masked_and_ordinary_words_stay() {
    let anns = vec![
        ann(
            "c1",
            "m1",
            "rate her out of 10",
            &[("rate her out of 10", "sexualised.appearance")],
        ),
        ann(
            "c2",
            "m2",
            "ur so fit",
            &[("ur so fit", "sexualised.appearance")],
        ),
        ann(
            "c3",
            "m3",
            "she's such a slag lol",
            &[("she's such a slag", "sexualised.names")],
        ),
        ann(
            "c4",
            "m4",
            "she shouldnt have sent it",
            &[("she shouldnt have sent it", "victim_blaming.blame")],
        ),
    ];
    assert_eq!(
        shown(&anns, &bare(Mask::Partial)),
        [
            "rate her out of 10",
            "ur so f***",
            "she's such a s*** lol",
            "she shouldnt have sent it"
        ]
    );
    assert_eq!(
        shown(&anns, &bare(Mask::Full))[1],
        "ur so [SEXUALISED TERM]"
    );
    assert_eq!(shown(&anns, &bare(Mask::None))[1], "ur so fit");
}

#[test]
fn a_sexualised_word_inside_a_wider_span_is_masked_whatever_the_selection() {
    let anns = vec![ann(
        "c1",
        "m1",
        "send me a pic of ur boobs now",
        &[
            ("send me a pic of ur boobs now", "coercive.image_request"),
            ("boobs", "sexualised.explicit"),
        ],
    )];
    let want = ["send me a pic of ur b*** now"];
    assert_eq!(shown(&anns, &bare(Mask::Partial)), want);
    // Selecting only coercive (or a severity above the sexualised span's) still masks it.
    let o = TeachOptions {
        categories: vec!["coercive".into()],
        ..bare(Mask::Partial)
    };
    assert_eq!(shown(&anns, &o), want);
    // A sexualised word outside any sexualised span is ordinary text ("fit for PE").
    let anns = vec![ann(
        "c1",
        "m1",
        "send a pic, im fit for pe",
        &[("send a pic", "coercive.image_request")],
    )];
    assert_eq!(
        shown(&anns, &bare(Mask::Partial)),
        ["send a pic, im fit for pe"]
    );
}

#[test]
fn mask_terms_come_from_the_lexicon_and_the_prompts_file() {
    let t = MaskTerms::builtin();
    for w in ["slag", "SLAGS", "sluttt", "fit", "Fiiit", "boobs", "🍑"] {
        assert!(t.contains(w), "{w}");
    }
    for w in ["rate", "her", "send", "pic", "banter", "out"] {
        assert!(!t.contains(w), "{w}");
    }
    let lex = crate::lexicon::LexiconRef::default_core().load().unwrap();
    let none = MaskTerms::new(&lex, &[]);
    assert!(!none.contains("fit") && none.contains("slag"));
    assert!(MaskTerms::new(&lex, &["gorgeous".into()]).contains("gorgeous"));
}

/// Messages of one long conversation, flagged every other message.
fn dense() -> Vec<Annotation> {
    (1..=30)
        .map(|i| {
            let text = format!("message number {i} send a pic");
            let spans: &[(&str, &str)] = if i % 3 == 0 {
                &[("send a pic", "coercive.image_request")]
            } else {
                &[]
            };
            ann("c1", &format!("m{i:02}"), &text, spans)
        })
        .collect()
}

#[test]
fn excerpts_never_repeat_a_message() {
    for context in 0..=4 {
        let o = TeachOptions {
            context,
            max_excerpts: 0,
            ..opts()
        };
        let pack = build_pack(&dense(), &cats(), &o).unwrap();
        let all: Vec<String> = pack
            .excerpts
            .iter()
            .flat_map(|e| e.messages.iter().map(ExcerptMessage::text))
            .collect();
        let mut uniq = all.clone();
        uniq.sort();
        uniq.dedup();
        assert_eq!(uniq.len(), all.len(), "context {context}: {all:?}");
        // Every flagged message is shown, and marked flagged.
        let flagged = pack
            .excerpts
            .iter()
            .flat_map(|e| &e.messages)
            .filter(|m| m.flagged)
            .count();
        assert_eq!(flagged, 10, "context {context}");
        // Within an excerpt, messages are in conversation order.
        for e in &pack.excerpts {
            let n: Vec<usize> = e
                .messages
                .iter()
                .map(|m| m.text().split(' ').nth(2).unwrap().parse().unwrap())
                .collect();
            assert!(n.windows(2).all(|w| w[1] == w[0] + 1), "{n:?}");
        }
    }
    // With context 1 the windows touch and merge (up to nine messages each).
    let o = TeachOptions {
        context: 1,
        max_excerpts: 0,
        ..opts()
    };
    let pack = build_pack(&dense(), &cats(), &o).unwrap();
    assert!(pack.excerpts.len() < 10, "{}", pack.excerpts.len());
    assert!(pack.excerpts.iter().all(|e| e.messages.len() <= 9));
}

#[test]
fn the_pack_speaks_plainly_labels_key_glossary_and_citations() {
    let lex = crate::lexicon::LexiconRef::default_core().load().unwrap();
    let cats: BTreeMap<String, CategoryInfo> = lex
        .categories
        .iter()
        .map(|c| (c.id.clone(), CategoryInfo::from(c)))
        .collect();
    let o = TeachOptions {
        max_excerpts: 0,
        context: 0,
        ..opts()
    };
    let pack = build_pack(&corpus(), &cats, &o).unwrap();
    let md = render_markdown(&pack);
    let html = render_html(&pack);
    for out in [&md, &html] {
        // Labels, not ids; no internal file path.
        assert!(
            !out.contains("[coercive.") && !out.contains("coercive.image"),
            "{out}"
        );
        assert!(!out.contains("seeds/") && !out.contains(".txt"), "{out}");
        assert!(out.contains("Requests for images, nudes or live video"));
        assert!(out.contains("Peer-on-peer sexual harassment in education settings: action plan"));
        // Each definition once, in the glossary.
        let def = &cats["coercive.image_request"].definition;
        let def = if std::ptr::eq(out, &md) {
            markdown::md_escape(def)
        } else {
            crate::html::escape(def)
        };
        assert_eq!(out.matches(def.as_str()).count(), 1, "{def}");
    }
    assert!(md.contains("## Colour key") && md.contains("- Orange: Coercive language"));
    assert!(html.contains("<mark class=\"c-coercive\">Orange</mark> Coercive language"));
    assert!(md.contains("## Glossary") && html.contains("<h2>Glossary</h2>"));
    let keys: Vec<&str> = pack.key.iter().map(|k| k.class.as_str()).collect();
    assert_eq!(
        keys,
        ["sexualised", "coercive", "victim_blaming", "protective"]
    );
    let ids: Vec<&str> = pack.glossary.iter().map(|c| c.id.as_str()).collect();
    let mut sorted = ids.clone();
    sorted.dedup();
    assert_eq!(ids, sorted);
}

#[test]
fn citations_drop_file_paths_and_name_untitled_documents() {
    let notes = TeachNotes::builtin().unwrap();
    let c = notes.citations(
        "Doc A, section 'x' (one; two) [seeds/009_x.txt]; [seeds/004_5916a360b941b315.txt]; \
         [seeds/999_unknown.txt]; Doc A, section 'x' (one; two)",
        "untitled",
    );
    assert_eq!(
        c,
        [
            "Doc A, section 'x' (one; two)",
            "Westfield Community Primary School (2021) Peer on Peer Abuse Policy",
            "untitled"
        ]
    );
}

#[test]
fn title_and_facilitator_notes_are_data() {
    let o = TeachOptions {
        title: Some("Year 9: online pressure".into()),
        categories: vec!["coercive".into()],
        ..opts()
    };
    let pack = build_pack(&corpus(), &cats(), &o).unwrap();
    let md = render_markdown(&pack);
    let html = render_html(&pack);
    assert!(md.starts_with("# Year 9: online pressure\n"), "{md}");
    assert!(html.contains("<title>Year 9: online pressure</title>"));
    let builtin = TeachNotes::builtin().unwrap();
    assert!(builtin.how_to(UiLang::En).len() >= 3);
    assert!(md.contains("## How to run this session\n\n1. "));
    assert!(md.contains("### Points to draw out\n\n- "));
    assert!(html.contains("<h3>Points to draw out</h3>"));
    // A fine category without points of its own gets its top-level category's.
    assert_eq!(
        builtin.points("coercive.pressure", UiLang::En),
        builtin.points("coercive", UiLang::En)
    );
    // An edited prompts file changes the notes with no rebuild.
    let old = builtin.points("coercive", UiLang::En)[0].clone();
    let text = crate::defaults::teach_prompts_toml()
        .replace(&old, "Edited point.")
        .replace("Agree ground rules first", "Edited step");
    let o = TeachOptions {
        notes: TeachNotes::parse(&text, "edited.toml").unwrap(),
        ..o
    };
    let md = render_markdown(&build_pack(&corpus(), &cats(), &o).unwrap());
    assert!(md.contains("- Edited point.") && !md.contains(&old), "{md}");
    assert!(md.contains("Edited step"));
    // A typo is an error naming the file and line.
    let bad = crate::defaults::teach_prompts_toml().replace("how_to =", "howto =");
    let line = bad.lines().position(|l| l.starts_with("howto")).unwrap() + 1;
    let e = TeachNotes::parse(&bad, "edited.toml")
        .unwrap_err()
        .to_string();
    assert!(
        e.contains(&format!("edited.toml:{line}")) && e.contains("howto"),
        "{e}"
    );
}

#[test]
fn welsh_pack_strings_labels_and_notes() {
    let lex = crate::lexicon::LexiconRef::default_core().load().unwrap();
    let cats: BTreeMap<String, CategoryInfo> = lex
        .categories
        .iter()
        .map(|c| (c.id.clone(), CategoryInfo::in_lang(c, UiLang::Cy)))
        .collect();
    let o = TeachOptions {
        ui_lang: UiLang::Cy,
        categories: vec!["coercive".into()],
        ..opts()
    };
    let pack = build_pack(&corpus(), &cats, &o).unwrap();
    let md = render_markdown(&pack);
    let html = render_html(&pack);
    let ui = crate::ui::Ui::builtin(UiLang::Cy);
    let label_cy = &lex
        .categories
        .iter()
        .find(|c| c.id == "coercive.image_request")
        .unwrap()
        .label_cy;
    assert!(!label_cy.is_empty());
    for out in [&md, &html] {
        for key in [
            "teach.how_to",
            "teach.about",
            "teach.glossary",
            "teach.questions",
        ] {
            assert!(out.contains(ui.s(key)), "{key}");
        }
        assert!(out.contains("Disgybl A") && !out.contains("Pupil A"));
        assert!(out.contains(label_cy.as_str()));
        assert!(!out.contains("How to run this session") && !out.contains("Glossary"));
    }
    assert!(md.contains(&format!(
        "> {}",
        markdown::md_escape(ui.s("meta.review_note"))
    )));
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"cy-GB\">"));
    assert!(html.contains(&crate::html::escape(
        &TeachNotes::builtin().unwrap().how_to(UiLang::Cy)[0]
    )));
}
