use super::*;
use crate::export::tests::{ann, corpus, round_trip, span_keys};
use crate::export::{export, import, import_with, Format, ImportOptions};
use crate::model::{Annotation, Source};
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// The corpus of the shared tests plus labels without spans (a classifier's, a rule's, and
/// one on an empty message) and a message with a span of the same category as its label.
fn corpus_with_labels() -> Vec<Annotation> {
    let mut v = corpus();
    v.push(
        Annotation::builder("m8", "just one pic, nobody will know")
            .conversation("conv:2")
            .speaker("spk:x y")
            .meta("platform", "discord")
            .label("coercive.image_request", Source::Classifier)
            .label("coercive.secrecy", Source::Rule)
            .rule_id("lex:t")
            .span_over("nobody will know", "coercive.secrecy", 2, Source::Lexicon)
            .build(),
    );
    v.push(
        Annotation::builder("m9", "")
            .conversation("conv:2")
            .speaker("spk_b")
            .label("protective.support", Source::Classifier)
            .build(),
    );
    v
}

fn labels(anns: &[Annotation]) -> BTreeMap<String, Vec<String>> {
    anns.iter()
        .map(|a| (a.message_id.clone(), a.labels.clone()))
        .collect()
}

fn export_to(anns: &[Annotation]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    export(anns, Format::Qdpx, dir.path()).unwrap();
    let f = dir.path().join(QDPX_FILE);
    (dir, f)
}

/// Every entry of a zip, in order.
fn entries(f: &Path) -> Vec<(String, Vec<u8>)> {
    let mut z = zip::ZipArchive::new(std::fs::File::open(f).unwrap()).unwrap();
    (0..z.len())
        .map(|i| {
            let mut e = z.by_index(i).unwrap();
            let mut b = Vec::new();
            e.read_to_end(&mut b).unwrap();
            (e.name().unwrap().to_string(), b)
        })
        .collect()
}

fn write_zip(f: &Path, entries: &[(String, Vec<u8>)]) {
    let mut w = zip::ZipWriter::new(std::fs::File::create(f).unwrap());
    for (n, b) in entries {
        w.start_file(n.as_str(), zip::write::SimpleFileOptions::default())
            .unwrap();
        w.write_all(b).unwrap();
    }
    w.finish().unwrap();
}

#[test]
fn round_trips_spans_labels_texts_and_metadata() {
    round_trip(Format::Qdpx);
}

#[test]
fn labels_without_spans_come_back_as_message_level_labels() {
    let input = corpus_with_labels();
    let (_d, f) = export_to(&input);
    let back = import(Format::Qdpx, &f).unwrap();
    assert_eq!(labels(&back), labels(&input));
    assert_eq!(span_keys(&back), span_keys(&input));
    let m8 = back.iter().find(|a| a.message_id == "m8").unwrap();
    assert_eq!(
        m8.spans.len(),
        1,
        "a label's whole-line selection is not a span"
    );
    assert_eq!(m8.speaker, "spk:x y");
    assert_eq!(m8.meta["platform"], "discord");
    assert_eq!(m8.evidence["coercive.image_request"], vec![Source::Gold]);
    // The severity written in the selection's description comes back.
    assert_eq!(m8.spans[0].severity, 2);
}

#[test]
fn the_same_annotations_give_the_same_bytes() {
    let input = corpus_with_labels();
    let (_a, f1) = export_to(&input);
    let (_b, f2) = export_to(&input);
    assert_eq!(std::fs::read(&f1).unwrap(), std::fs::read(&f2).unwrap());
    let names: Vec<String> = entries(&f1).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names[0], QDE_ENTRY);
    assert!(names.iter().any(|n| n.starts_with(SOURCES_DIR)));
    assert!(names.iter().any(|n| n.starts_with(MAP_DIR)));
    // Another input gives other bytes.
    let (_c, f3) = export_to(&corpus());
    assert_ne!(std::fs::read(&f1).unwrap(), std::fs::read(&f3).unwrap());
}

#[test]
fn guids_are_deterministic_rfc4122_shaped_and_distinct() {
    let re =
        regex::Regex::new(r"^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$")
            .unwrap();
    let a = guid(&["code", "protective"]);
    assert!(re.is_match(&a), "{a}");
    assert_eq!(a, guid(&["code", "protective"]));
    assert_ne!(a, guid(&["code", "protective.support"]));
    // Parts are length-prefixed: no two splits of the same characters collide.
    assert_ne!(guid(&["ab", "c"]), guid(&["a", "bc"]));
    assert_eq!(norm_guid(&format!("{{{}}}", a.to_lowercase())), a);
}

#[test]
fn sources_are_one_speaker_prefixed_line_per_message_with_code_point_selections() {
    let input = corpus_with_labels();
    let (_d, f) = export_to(&input);
    let all = entries(&f);
    let qde = String::from_utf8(all[0].1.clone()).unwrap();
    let doc = roxmltree::Document::parse(&qde).unwrap();
    let src = doc
        .descendants()
        .find(|n| n.has_tag_name("TextSource") && n.attribute("name") == Some("conv/1 é"))
        .unwrap();
    let path = src.attribute("plainTextPath").unwrap();
    let entry = format!("{SOURCES_DIR}{}", path.strip_prefix("internal://").unwrap());
    let text = all.iter().find(|(n, _)| *n == entry).unwrap();
    let text = String::from_utf8(text.1.clone()).unwrap();
    let lines: Vec<&str> = text.split('\n').collect();
    assert_eq!(
        lines.len(),
        5,
        "one line per message, even with a line break in one"
    );
    assert!(
        lines[0].starts_with("spk_a: send me a pic 😀"),
        "{}",
        lines[0]
    );
    // Positions are code points: the selection of "or else" (after an astral emoji).
    let chars: Vec<char> = text.chars().collect();
    let sels: Vec<String> = src
        .children()
        .filter(|n| n.has_tag_name("PlainTextSelection"))
        .map(|n| {
            let s: usize = n.attribute("startPosition").unwrap().parse().unwrap();
            let e: usize = n.attribute("endPosition").unwrap().parse().unwrap();
            chars[s..e].iter().collect()
        })
        .collect();
    assert!(sels.iter().any(|s| s == "or else"), "{sels:?}");
    assert!(sels.iter().any(|s| s == "🙈🙈"), "{sels:?}");
    // Codes nest under the four top levels, in the report's colours.
    let top: Vec<&str> = doc
        .descendants()
        .find(|n| n.has_tag_name("Codes"))
        .unwrap()
        .children()
        .filter(|n| n.is_element())
        .map(|n| n.attribute("name").unwrap())
        .collect();
    assert_eq!(
        top,
        ["sexualised", "coercive", "victim_blaming", "protective"]
    );
    let threat = doc
        .descendants()
        .find(|n| n.attribute("name") == Some("threat"))
        .unwrap();
    assert_eq!(
        threat.parent_element().unwrap().attribute("name"),
        Some("coercive")
    );
    assert_eq!(
        threat.attribute("color").unwrap(),
        format!("#{}", crate::report::cat_color_hex("coercive.threat"))
    );
    // A case per conversation.
    let cases = doc.descendants().filter(|n| n.has_tag_name("Case")).count();
    assert_eq!(cases, 3);
}

#[test]
fn conversation_metadata_becomes_case_variables() {
    let mk = |conv: &str, id: &str, school: &str, hour: &str| {
        Annotation::builder(id, "hello")
            .conversation(conv)
            .speaker("s")
            .meta("school", school)
            .meta("hour", hour)
            .build()
    };
    let input = vec![
        mk("c1", "m1", "Northfield", "9"),
        mk("c1", "m2", "Northfield", "10"),
        mk("c2", "m3", "Southgate", "9"),
    ];
    let (_d, f) = export_to(&input);
    let qde = String::from_utf8(entries(&f)[0].1.clone()).unwrap();
    let doc = roxmltree::Document::parse(&qde).unwrap();
    let vars: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("Variable"))
        .map(|n| n.attribute("name").unwrap())
        .collect();
    assert_eq!(
        vars,
        ["school"],
        "hour varies within c1, so it is not a case variable"
    );
    let values: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("TextValue"))
        .filter_map(|n| n.text())
        .collect();
    assert_eq!(values, ["Northfield", "Southgate"]);
}

/// A project that another tool re-exported keeps the codes and the text, not c2chat's map.
#[test]
fn a_project_without_the_message_map_is_read_one_message_per_line() {
    let input = vec![
        ann("c1", "m1", "hi all", &[]),
        ann("c1", "m2", "u owe me", &[(0, 8, "coercive.pressure")]),
    ];
    let (_d, f) = export_to(&input);
    let kept: Vec<_> = entries(&f)
        .into_iter()
        .filter(|(n, _)| !n.starts_with(MAP_DIR))
        .collect();
    let o = tempfile::tempdir().unwrap();
    let g = o.path().join("tool.qdpx");
    write_zip(&g, &kept);
    let back = import(Format::Qdpx, &g).unwrap();
    assert_eq!(back.len(), 2);
    assert_eq!(back[1].message_id, "c1:2");
    assert_eq!(back[1].speaker, "spk_a");
    assert_eq!(back[1].text, "u owe me");
    assert_eq!(back[1].spans[0].text, "u owe me");
    assert_eq!(back[1].labels, ["coercive.pressure"]);
}

/// A team's own coding: a selection over two lines codes both messages; a code of their own
/// is left out; a code below a c2chat code that is not a category is an error.
#[test]
fn a_teams_coding_becomes_gold() {
    let input = vec![
        ann("c1", "m1", "ur so fit", &[]),
        ann("c1", "m2", "send one", &[]),
    ];
    let (_d, f) = export_to(&input);
    let mut all = entries(&f);
    let orig = String::from_utf8(all[0].1.clone()).unwrap();
    // Text: "spk_a: ur so fit\nspk_a: send one": lines 0..16 and 17..32, texts from 7 and 24.
    let names = guid(&["code", "sexualised.appearance"]);
    let req = guid(&["code", "coercive.image_request"]);
    let sel = |g: &str, s: usize, e: usize, code: &str| {
        format!(
            "<PlainTextSelection guid=\"{g}\" startPosition=\"{s}\" endPosition=\"{e}\">\
             <Coding guid=\"{g}\"><CodeRef targetGUID=\"{code}\"/></Coding></PlainTextSelection>"
        )
    };
    let own = "AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA";
    let typo = "BBBBBBBB-BBBB-4BBB-8BBB-BBBBBBBBBBBB";
    let extra = format!(
        "{}{}{}{}",
        sel("11111111-1111-4111-8111-111111111111", 10, 28, &names),
        sel("22222222-2222-4222-8222-222222222222", 17, 32, &req),
        sel("33333333-3333-4333-8333-333333333333", 0, 5, own),
        // Runs on into the next line's prefix only: does not code m2.
        sel("44444444-4444-4444-8444-444444444444", 7, 20, &req),
    );
    let qde = orig
        .replacen("</TextSource>", &format!("{extra}</TextSource>"), 1)
        .replacen(
            "</Codes>",
            &format!("<Code guid=\"{own}\" name=\"quotable\" isCodable=\"true\"/></Codes>"),
            1,
        );
    all[0].1 = qde.into_bytes();
    let o = tempfile::tempdir().unwrap();
    let g = o.path().join("team.qdpx");
    write_zip(&g, &all);
    let back = import(Format::Qdpx, &g).unwrap();
    let m1 = &back[0];
    assert_eq!(
        m1.labels,
        ["coercive.image_request", "sexualised.appearance"]
    );
    let m1_spans: Vec<(usize, usize, &str)> = m1
        .spans
        .iter()
        .map(|s| (s.start, s.end, s.text.as_str()))
        .collect();
    assert_eq!(m1_spans, [(0, 9, "ur so fit"), (3, 9, "so fit")]);
    let m2 = &back[1];
    assert_eq!(
        m2.labels,
        ["coercive.image_request", "sexualised.appearance"]
    );
    assert_eq!(m2.spans.len(), 1, "the whole line is a message-level label");
    assert_eq!(m2.spans[0].text, "send");
    assert_eq!(m2.spans[0].category, "sexualised.appearance");
    // A misspelt sub-code of a c2chat code, used in a coding.
    let bad = orig
        .replacen(
            "      </Code>\n    </Codes>",
            &format!(
                "<Code guid=\"{typo}\" name=\"suport\" isCodable=\"true\"/>      </Code>\n    </Codes>"
            ),
            1,
        )
        .replacen(
            "</TextSource>",
            &format!("{}</TextSource>", sel("55555555-5555-4555-8555-555555555555", 0, 5, typo)),
            1,
        );
    all[0].1 = bad.into_bytes();
    write_zip(&g, &all);
    let e = format!("{:#}", import(Format::Qdpx, &g).unwrap_err());
    assert!(
        e.contains("team.qdpx")
            && e.contains("entry project.qde, line")
            && e.contains("protective.suport")
            && e.contains("protective.support"),
        "{e}"
    );
}

#[test]
fn malformed_projects_are_errors_naming_the_file_and_entry() {
    let (d, f) = export_to(&corpus());
    let all = entries(&f);
    let o = tempfile::tempdir().unwrap();
    let g = o.path().join("broken.qdpx");
    // Broken XML.
    let mut bad = all.clone();
    let half = bad[0].1.len() / 2;
    bad[0].1.truncate(half);
    write_zip(&g, &bad);
    let e = format!("{:#}", import(Format::Qdpx, &g).unwrap_err());
    assert!(
        e.contains("broken.qdpx") && e.contains("entry project.qde"),
        "{e}"
    );
    // A source's text missing.
    let missing: Vec<_> = all
        .iter()
        .filter(|(n, _)| !n.starts_with(SOURCES_DIR))
        .cloned()
        .collect();
    write_zip(&g, &missing);
    let e = format!("{:#}", import(Format::Qdpx, &g).unwrap_err());
    assert!(
        e.contains("broken.qdpx") && e.contains("entry sources/"),
        "{e}"
    );
    // A selection outside its source.
    let mut far = all.clone();
    let qde = String::from_utf8(far[0].1.clone()).unwrap();
    far[0].1 = qde
        .replacen("endPosition=\"", "endPosition=\"9999", 1)
        .into_bytes();
    write_zip(&g, &far);
    let e = format!("{:#}", import(Format::Qdpx, &g).unwrap_err());
    assert!(
        e.contains("entry project.qde, line") && e.contains("outside text source"),
        "{e}"
    );
    // Not a zip at all.
    std::fs::write(&g, "not a zip").unwrap();
    let e = format!("{:#}", import(Format::Qdpx, &g).unwrap_err());
    assert!(
        e.contains("broken.qdpx") && e.contains("not a REFI-QDA project"),
        "{e}"
    );
    // A directory with two projects.
    std::fs::copy(&f, d.path().join("copy.qdpx")).unwrap();
    let e = format!(
        "{:#}",
        import_with(Format::Qdpx, d.path(), ImportOptions { foreign: true }).unwrap_err()
    );
    assert!(e.contains(".qdpx files"), "{e}");
}

#[test]
fn xml_escaping_keeps_markup_and_drops_what_xml_cannot_hold() {
    assert_eq!(xml_text("a<b&c>"), "a&lt;b&amp;c&gt;");
    assert_eq!(
        xml_attr("\"x\"\t\n\r\u{1}"),
        "&quot;x&quot;&#9;&#10;&#13;\u{fffd}"
    );
    assert_eq!(one_line("a\nb\r\u{2028}c"), "a b  c");
    // Ids with markup survive the round trip.
    let input = vec![ann("<c&1>", "m\"1", "a < b", &[(0, 1, "protective")])];
    let (_d, f) = export_to(&input);
    let back = import(Format::Qdpx, &f).unwrap();
    assert_eq!(back[0].conversation_id, "<c&1>");
    assert_eq!(back[0].message_id, "m\"1");
    assert_eq!(span_keys(&back), span_keys(&input));
}
