//! REFI-QDA export and import (issue 21): the demo corpus out as a `.qdpx` for NVivo,
//! ATLAS.ti, MAXQDA and QualCoder, checked against the official Project schema
//! (tests/refi/Project.xsd, with xmllint when installed), and back as gold without loss.

mod common;
use c2chat::model::Annotation;
use common::{c2chat, root};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The demo corpus annotated with the default model (so that classifier-only labels occur),
/// once for every test here.
fn demo() -> &'static (tempfile::TempDir, PathBuf) {
    static DEMO: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    DEMO.get_or_init(|| {
        let d = tempfile::tempdir().unwrap();
        let out = d.path().join("ann");
        c2chat()
            .args(["annotate", "-q"])
            .arg(root("corpora/demo"))
            .arg("--out")
            .arg(&out)
            .assert()
            .success();
        let ann = out.join("annotations.jsonl");
        (d, ann)
    })
}

/// Export the demo annotations to a fresh directory; the path of the `.qdpx`.
fn export_demo(dir: &Path) -> PathBuf {
    let (_, ann) = demo();
    c2chat()
        .args(["export", "-q", "--to", "qdpx"])
        .arg(ann)
        .arg("--out")
        .arg(dir)
        .assert()
        .success();
    dir.join("project.qdpx")
}

fn entry(qdpx: &Path, name: &str) -> Vec<u8> {
    let mut z = zip::ZipArchive::new(std::fs::File::open(qdpx).unwrap()).unwrap();
    let mut e = z.by_name(name).unwrap();
    let mut b = Vec::new();
    e.read_to_end(&mut b).unwrap();
    b
}

/// Per message: its labels and its labelling spans (start, end, category).
type Coding = BTreeMap<String, (Vec<String>, BTreeSet<(usize, usize, String)>)>;

fn coding(anns: &[Annotation]) -> Coding {
    anns.iter()
        .map(|a| {
            let spans = a
                .spans
                .iter()
                .filter(|s| s.is_labelling() && s.start < s.end)
                .map(|s| (s.start, s.end, s.category.clone()))
                .collect();
            (a.message_id.clone(), (a.labels.clone(), spans))
        })
        .collect()
}

#[test]
fn demo_export_is_valid_against_the_refi_qda_project_schema() {
    let d = tempfile::tempdir().unwrap();
    let qdpx = export_demo(&d.path().join("out"));
    let qde = d.path().join("project.qde");
    std::fs::write(&qde, entry(&qdpx, "project.qde")).unwrap();
    let xsd = root("tests/refi/Project.xsd");
    let run = std::process::Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(&xsd)
        .arg(&qde)
        .output();
    match run {
        Err(_) => {
            println!("SKIP: xmllint not installed (Debian: libxml2-utils); schema not checked");
        }
        Ok(o) => {
            let err = String::from_utf8_lossy(&o.stderr);
            assert!(o.status.success(), "xmllint rejected project.qde:\n{err}");
            assert!(err.contains("validates"), "{err}");
        }
    }
}

#[test]
fn demo_round_trip_keeps_every_label_and_labelling_span() {
    let (_, ann) = demo();
    let input = c2chat::output::read_annotations(ann).unwrap();
    let classifier_only = input
        .iter()
        .filter(|a| {
            a.labels.iter().any(|l| {
                !a.spans
                    .iter()
                    .any(|s| s.is_labelling() && s.start < s.end && &s.category == l)
            })
        })
        .count();
    assert!(
        classifier_only > 0,
        "the demo should have labels without spans for this test to mean something"
    );
    let d = tempfile::tempdir().unwrap();
    let qdpx = export_demo(&d.path().join("out"));
    let gold = d.path().join("gold.jsonl");
    c2chat()
        .args(["import", "-q", "--from", "qdpx"])
        .arg(&qdpx)
        .arg("--out")
        .arg(&gold)
        .assert()
        .success();
    let back = c2chat::output::read_annotations(&gold).unwrap();
    assert_eq!(back.len(), input.len());
    assert_eq!(coding(&back), coding(&input));
    for (a, b) in input.iter().zip(&back) {
        assert_eq!(
            (&a.message_id, &a.text, &a.speaker, &a.timestamp, &a.meta),
            (&b.message_id, &b.text, &b.speaker, &b.timestamp, &b.meta)
        );
    }
    // The directory imports too (it holds the completion marker and the project).
    let dir_gold = d.path().join("gold2.jsonl");
    c2chat()
        .args(["import", "-q", "--from", "qdpx"])
        .arg(d.path().join("out"))
        .arg("--out")
        .arg(&dir_gold)
        .assert()
        .success();
    assert_eq!(
        std::fs::read(&gold).unwrap(),
        std::fs::read(&dir_gold).unwrap()
    );
}

#[test]
fn two_exports_of_the_demo_are_byte_identical() {
    let d = tempfile::tempdir().unwrap();
    let a = export_demo(&d.path().join("a"));
    let b = export_demo(&d.path().join("b"));
    assert_eq!(std::fs::read(a).unwrap(), std::fs::read(b).unwrap());
}

#[test]
fn demo_cases_carry_the_conversation_metadata() {
    let d = tempfile::tempdir().unwrap();
    let qdpx = export_demo(&d.path().join("out"));
    let qde = String::from_utf8(entry(&qdpx, "project.qde")).unwrap();
    for v in ["platform", "age_band", "school_phase"] {
        assert!(
            qde.contains(&format!("name=\"{v}\" typeOfVariable=\"Text\"")),
            "no variable {v}"
        );
    }
    assert_eq!(qde.matches("<Case ").count(), 21);
    assert_eq!(qde.matches("<TextSource ").count(), 21);
}

#[test]
fn a_malformed_project_is_an_error_naming_the_file_and_the_entry() {
    let d = tempfile::tempdir().unwrap();
    let qdpx = export_demo(&d.path().join("out"));
    let qde = entry(&qdpx, "project.qde");
    let bad = d.path().join("edited.qdpx");
    let mut w = zip::ZipWriter::new(std::fs::File::create(&bad).unwrap());
    w.start_file("project.qde", zip::write::SimpleFileOptions::default())
        .unwrap();
    w.write_all(&qde[..qde.len() - 40]).unwrap();
    w.finish().unwrap();
    let out = c2chat()
        .args(["import", "--from", "qdpx"])
        .arg(&bad)
        .arg("--out")
        .arg(d.path().join("gold.jsonl"))
        .assert()
        .failure();
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        err.contains("edited.qdpx") && err.contains("entry project.qde"),
        "{err}"
    );
    assert!(!d.path().join("gold.jsonl").exists());
}
