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

/// Rows of named cells, as the Python package hands a DataFrame to the library.
fn table(names: &[&str], rows: &[&[(usize, &str)]]) -> c2chat::ingest::Table<'static> {
    let rows: Vec<c2chat::ingest::Row> = rows
        .iter()
        .map(|r| r.iter().map(|(i, v)| (*i, v.to_string())).collect())
        .collect();
    c2chat::ingest::Table {
        name: "<records>".into(),
        corpus: "rows".into(),
        names: names.iter().map(|n| n.to_string()).collect(),
        rows: Box::new(rows.into_iter().map(Ok)),
    }
}

#[test]
fn a_table_in_memory_runs_as_the_same_records_in_a_file() {
    let names = [
        "message_id",
        "conversation_id",
        "speaker",
        "timestamp",
        "text",
        "school",
    ];
    // Missing cells, a meta column, a row without a conversation (its own), an empty text, a
    // bad timestamp, a repeated id, and a row without an id (`m<row>`).
    let rows: &[&[(usize, &str)]] = &[
        &[
            (0, "a1"),
            (1, "c1"),
            (2, "s1"),
            (3, "2024-01-01T10:00:00Z"),
            (4, "send me a pic"),
            (5, "x"),
        ],
        &[(0, "a2"), (1, "c1"), (2, "s2"), (4, "no way, stop it")],
        &[(0, "a3"), (2, "s1"), (4, "it was just banter")],
        &[(0, "a4"), (1, "c1"), (4, "  ")],
        &[(0, "a5"), (1, "c1"), (3, "yesterday-ish"), (4, "hello")],
        &[(0, "a2"), (1, "c2"), (4, "repeated id")],
        &[(1, "c2"), (2, "s3"), (4, "don't tell anyone"), (5, "y")],
    ];
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("rows");
    std::fs::create_dir(&dir).unwrap();
    let file = dir.join("rows.jsonl");
    let mut jsonl = String::new();
    for (n, row) in rows.iter().enumerate() {
        let mut rec = serde_json::Map::new();
        if !row.iter().any(|(i, _)| *i == 0) {
            rec.insert("message_id".into(), format!("m{}", n + 1).into());
        }
        for (i, v) in row.iter() {
            rec.insert(names[*i].into(), (*v).into());
        }
        jsonl.push_str(&serde_json::Value::Object(rec).to_string());
        jsonl.push('\n');
    }
    std::fs::write(&file, jsonl).unwrap();

    let p = Pipeline::new(Options::default()).unwrap();
    let from_file = p.run(&[file], MemorySink::default(), &NoProgress).unwrap();
    let from_table = p
        .run_table(table(&names, rows), MemorySink::default(), &NoProgress)
        .unwrap();
    let counts = |c: &c2chat::output::Counts| serde_json::to_string(c).unwrap();
    assert_eq!(counts(&from_table.counts), counts(&from_file.counts));
    assert_eq!(from_table.counts.read, 7);
    assert_eq!(from_table.counts.rejected, 3);
    assert_eq!(from_table.first_reject.as_ref().unwrap().file, "<records>");
    let ((file_sink, _), (table_sink, manifest)) =
        (from_file.output.unwrap(), from_table.output.unwrap());
    let json = |a: &[Annotation]| serde_json::to_string(a).unwrap();
    assert_eq!(json(&table_sink.annotations), json(&file_sink.annotations));
    assert_eq!(table_sink.annotations.last().unwrap().message_id, "m7");
    assert!(table_sink.annotations.iter().any(|a| !a.labels.is_empty()));
    assert_eq!(
        serde_json::to_string(&table_sink.episodes).unwrap(),
        serde_json::to_string(&file_sink.episodes).unwrap()
    );
    let why = |r: &[Reject]| -> Vec<(u64, String, Option<String>)> {
        r.iter()
            .map(|r| (r.line, r.reason.clone(), r.message_id.clone()))
            .collect()
    };
    assert_eq!(why(&table_sink.rejects), why(&file_sink.rejects));
    assert!(table_sink.rejects.iter().all(|r| r.file == "<records>"));
    assert_eq!(manifest.inputs.len(), 1);
    assert_eq!(manifest.inputs[0].path, "<records>");
    assert_eq!(manifest.inputs[0].format.as_str(), "table");
    assert_eq!(
        (manifest.inputs[0].read, manifest.inputs[0].rejected),
        (7, 3)
    );
}

#[test]
fn a_table_without_its_text_column_is_an_error_naming_its_columns() {
    let Err(e) = without_model().run_table(
        table(&["message_id", "body"], &[&[(0, "a"), (1, "hi")]]),
        MemorySink::default(),
        &NoProgress,
    ) else {
        panic!("no text column");
    };
    let msg = e.to_string();
    assert!(
        msg.contains("<records>") && msg.contains("\"text\""),
        "{msg}"
    );
    assert!(msg.contains("message_id, body"), "{msg}");
}

#[test]
fn an_empty_table_is_an_empty_run() {
    let run = without_model()
        .run_table(table(&["text"], &[]), MemorySink::default(), &NoProgress)
        .unwrap();
    assert_eq!(run.counts.read, 0);
    let (sink, manifest) = run.output.unwrap();
    assert!(sink.annotations.is_empty() && sink.rejects.is_empty());
    assert_eq!(manifest.inputs[0].read, 0);
}

#[test]
fn a_failing_row_stops_a_table_run_with_its_error() {
    let rows: Vec<c2chat::Result<c2chat::ingest::Row>> = vec![
        Ok(vec![(0, "hello".to_string())]),
        Err(c2chat::Error::Invalid(
            "the caller's cell would not convert".into(),
        )),
        Ok(vec![(0, "never read".to_string())]),
    ];
    let t = c2chat::ingest::Table {
        name: "<records>".into(),
        corpus: "rows".into(),
        names: vec!["text".into()],
        rows: Box::new(rows.into_iter()),
    };
    let Err(e) = without_model().run_table(t, MemorySink::default(), &NoProgress) else {
        panic!("the row's error");
    };
    assert!(e.to_string().contains("would not convert"), "{e}");
}

#[test]
fn a_file_cannot_be_read_as_a_table() {
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("m.jsonl");
    std::fs::write(&f, "{\"text\":\"hi\"}\n").unwrap();
    let opts = c2chat::ingest::IngestOptions {
        format: Some(c2chat::ingest::InputFormat::Table),
        ..Default::default()
    };
    let Err(e) = c2chat::ingest::ingest(&[f], &opts) else {
        panic!("not a file format");
    };
    assert!(
        e.to_string().contains("m.jsonl") && e.to_string().contains("table"),
        "{e}"
    );
}
