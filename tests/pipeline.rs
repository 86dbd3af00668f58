//! The pipeline as a library: the same run through different sinks, its invariants, and the
//! PII gate, without the command line.

mod common;

use c2chat::model::{Annotation, Reject};
use c2chat::output::Manifest;
use c2chat::pipeline::{DirSink, MemorySink, NoProgress, Options, Pipeline, Progress, Sink};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

fn demo() -> Vec<PathBuf> {
    vec![common::root("corpora/demo")]
}

/// A pipeline with the built-in lexicon and no model.
fn without_model() -> Pipeline {
    Pipeline::new(Options {
        model: None,
        ..Options::default()
    })
    .unwrap()
}

/// Records what the pipeline hands it.
#[derive(Default)]
struct Recorder {
    batches: Vec<Vec<String>>,
    rejects: Vec<Reject>,
}

impl Sink for Recorder {
    type Output = Recorder;
    fn annotations(&mut self, batch: Vec<Annotation>) -> c2chat::Result<()> {
        self.batches
            .push(batch.into_iter().map(|a| a.message_id).collect());
        Ok(())
    }
    fn reject(&mut self, r: &Reject) -> c2chat::Result<()> {
        self.rejects.push(r.clone());
        Ok(())
    }
    fn finish(self, _m: Manifest) -> c2chat::Result<Recorder> {
        Ok(self)
    }
}

#[test]
fn memory_and_directory_sinks_hold_the_same_annotations() {
    let p = Pipeline::new(Options::default()).unwrap();
    let run = p.run(&demo(), MemorySink::default(), &NoProgress).unwrap();
    let (mem, manifest) = run.output.expect("the demo is clean");
    assert_eq!(manifest.counts.read, mem.annotations.len() as u64);
    assert!(mem.annotations.iter().any(|a| !a.labels.is_empty()));

    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let run = p
        .run(&demo(), DirSink::create(&out, false).unwrap(), &NoProgress)
        .unwrap();
    assert_eq!(run.output.as_deref(), Some(out.as_path()));
    let file = std::fs::read_to_string(out.join("annotations.jsonl")).unwrap();
    let lines: String = mem
        .annotations
        .iter()
        .map(|a| c2chat::output::annotation_line(a) + "\n")
        .collect();
    assert_eq!(file, lines);
    for f in ["messages.csv", "rejects.jsonl", "manifest.json"] {
        assert!(out.join(f).exists(), "{f}");
    }
}

#[test]
fn every_record_is_annotated_or_rejected_in_input_order() {
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("m.csv");
    std::fs::write(
        &f,
        "message_id,conversation_id,speaker,text\n\
         a1,c1,s1,hello\n\
         a2,c1,s2,\n\
         a3,c1,s1,send me a pic\n\
         a3,c1,s1,duplicate id\n\
         a4,c2,s3,no\n",
    )
    .unwrap();
    let run = without_model()
        .run(&[f], Recorder::default(), &NoProgress)
        .unwrap();
    let rec = run.output.unwrap();
    let ids: Vec<String> = rec.batches.concat();
    assert_eq!(ids, ["a1", "a3", "a4"]);
    assert_eq!(rec.rejects.len(), 2);
    assert_eq!(run.counts.read, 5);
    assert_eq!(run.counts.annotated + run.counts.rejected, run.counts.read);
    assert_eq!(run.first_reject.unwrap().line, 3);
}

#[test]
fn residual_pii_refuses_and_the_sink_never_commits() {
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("m.csv");
    std::fs::write(
        &f,
        "message_id,conversation_id,speaker,text\n\
         a1,c1,s1,ring me on 07700 900123\n",
    )
    .unwrap();
    let out = tmp.path().join("out");
    let run = without_model()
        .run(&[f], DirSink::create(&out, false).unwrap(), &NoProgress)
        .unwrap();
    assert!(run.refused());
    assert!(!run.pii.is_clean());
    assert!(!out.join("manifest.json").exists());
    assert!(!out.join("annotations.jsonl").exists());
}

#[test]
fn progress_is_told_every_annotated_message() {
    #[derive(Default)]
    struct Count(AtomicU64, AtomicU64);
    impl Progress for Count {
        fn advance(&self, n: u64) {
            self.0.fetch_add(n, Ordering::SeqCst);
        }
        fn finish(&self) {
            self.1.fetch_add(1, Ordering::SeqCst);
        }
    }
    let c = Count::default();
    let run = Pipeline::new(Options::default())
        .unwrap()
        .run(&demo(), MemorySink::default(), &c)
        .unwrap();
    assert_eq!(c.0.load(Ordering::SeqCst), run.counts.annotated);
    assert_eq!(c.1.load(Ordering::SeqCst), 1);
}

/// What a sink is handed, one entry per call: annotations as their ids, rejects as `r` and
/// their line.
#[derive(Default)]
struct Sequence(Vec<String>);

impl Sink for Sequence {
    type Output = Vec<String>;
    fn annotations(&mut self, batch: Vec<Annotation>) -> c2chat::Result<()> {
        self.0.extend(batch.into_iter().map(|a| a.message_id));
        Ok(())
    }
    fn reject(&mut self, r: &Reject) -> c2chat::Result<()> {
        self.0.push(format!("r{}", r.line));
        Ok(())
    }
    fn finish(self, _m: Manifest) -> c2chat::Result<Vec<String>> {
        Ok(self.0)
    }
}

#[test]
fn a_reject_comes_after_the_batch_read_before_it_although_the_next_batch_is_matched_first() {
    // The run matches batch k+1 while it finishes batch k; a record rejected while batch k+1
    // was read still reaches the sink after batch k's annotations and before batch k+1's.
    let batch = c2chat::pipeline::BATCH;
    let good = 2 * batch + 10;
    let bad_after = [batch + 5, 2 * batch + 3];
    let mut csv = String::from("message_id,conversation_id,speaker,text\n");
    // Each reject, with the first row of the batch being read when it was: it goes just
    // before that row.
    let mut rejects: Vec<(usize, String)> = Vec::new();
    let mut line = 1;
    for i in 0..good {
        csv.push_str(&format!("m{i},c{},s{},hello there\n", i % 97, i % 5));
        line += 1;
        if bad_after.contains(&i) {
            csv.push_str("only,two\n");
            line += 1;
            rejects.push(((i + 1) / batch * batch, format!("r{line}")));
        }
    }
    let mut expected: Vec<String> = Vec::new();
    for i in 0..good {
        expected.extend(rejects.iter().filter(|r| r.0 == i).map(|r| r.1.clone()));
        expected.push(format!("m{i}"));
    }
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("m.csv");
    std::fs::write(&f, csv).unwrap();
    let run = without_model()
        .run(&[f], Sequence::default(), &NoProgress)
        .unwrap();
    assert_eq!(run.counts.rejected, 2);
    let got = run.output.unwrap();
    assert_eq!(got.len(), expected.len());
    let rejects: Vec<(usize, &String)> = got
        .iter()
        .enumerate()
        .filter(|(_, s)| s.starts_with('r'))
        .collect();
    let want: Vec<(usize, &String)> = expected
        .iter()
        .enumerate()
        .filter(|(_, s)| s.starts_with('r'))
        .collect();
    assert_eq!(rejects, want);
    assert_eq!(got, expected);
}
