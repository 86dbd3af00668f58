//! Labelled examples ([`TrainExample`]) and their loaders from CSV and JSONL files, and the
//! expansion of training paths (files and directories) into files ([`training_files`]).
//!
//! Imports only `context` (an example carries its conversation [`Context`]).

use super::context::MessageContext;
use crate::error::{Context, Error, Result};
use serde::Deserialize;
use std::io::BufRead;
use std::path::{Path, PathBuf};

/// One labelled text, with its place in a conversation when the data gives one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrainExample {
    /// The message text.
    pub text: String,
    /// Category ids (or, for a binary task, `[positive]` or empty).
    pub labels: Vec<String>,
    /// The conversation it belongs to; `None`: a conversation of its own (no context, and a
    /// cross-validation group of its own). Messages of a conversation are in conversation
    /// order in the data.
    pub conversation_id: Option<String>,
    /// The message id, when the data gives one.
    pub message_id: Option<String>,
    /// Who wrote it, when the data says.
    pub speaker: Option<String>,
    /// Its conversation context: empty as loaded; filled by
    /// [`crate::annotate::Annotator::fill_contexts`] for context features.
    pub context: MessageContext,
}

impl TrainExample {
    /// An example of its own conversation, without speaker or context.
    pub fn new(text: impl Into<String>, labels: Vec<String>) -> TrainExample {
        TrainExample {
            text: text.into(),
            labels,
            conversation_id: None,
            message_id: None,
            speaker: None,
            context: MessageContext::default(),
        }
    }
}

/// Whether a file name is one the training loaders read (`.csv`, `.jsonl`, `.ndjson`, `.json`).
fn is_training_file(p: &Path) -> bool {
    matches!(
        p.extension().and_then(|e| e.to_str()),
        Some("csv" | "jsonl" | "ndjson" | "json")
    )
}

/// The training files named by `paths`, in order: a file as given, a directory as its
/// training files (`.csv`, `.jsonl`, `.ndjson`, `.json`; not recursive) sorted by name. An
/// error for a path that does not exist, a directory without training files, or no path.
pub fn training_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(p)
                .with_context(|| format!("reading directory {}", p.display()))?
                .map(|e| e.map(|e| e.path()))
                .collect::<std::io::Result<Vec<_>>>()
                .with_context(|| format!("reading directory {}", p.display()))?
                .into_iter()
                .filter(|f| f.is_file() && is_training_file(f))
                .collect();
            if files.is_empty() {
                crate::bail!(
                    "{}: the directory holds no training files (.csv, .jsonl, .ndjson, .json)",
                    p.display()
                );
            }
            files.sort();
            out.extend(files);
        } else if p.is_file() {
            out.push(p.clone());
        } else {
            return Err(Error::input(
                p,
                None,
                "no such file or directory".to_string(),
            ));
        }
    }
    if out.is_empty() {
        crate::bail!("no training data given");
    }
    Ok(out)
}

/// Parse a label cell: category ids separated by `;` (trimmed, sorted, de-duplicated);
/// an empty cell or `none` means no label.
fn parse_label_list(cell: &str) -> Vec<String> {
    let mut v: Vec<String> = cell
        .split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty() && !s.eq_ignore_ascii_case("none"))
        .map(str::to_string)
        .collect();
    v.sort();
    v.dedup();
    v
}

/// Examples from a CSV file with a header row. With `positive = Some(p)` the task is
/// binary: a row whose `label_col` equals `p` gets the labels `[p]`, any other value none.
/// With `positive = None` the cell holds category ids separated by `;` (multi-label; empty
/// or `none` = no label).
pub fn load_csv_examples(
    path: &Path,
    text_col: &str,
    label_col: &str,
    positive: Option<&str>,
) -> Result<Vec<TrainExample>> {
    let name = path.display();
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(false)
        .from_path(path)
        .with_context(|| format!("opening {name}"))?;
    let headers = rdr
        .headers()
        .with_context(|| format!("{name}: reading the header row"))?
        .clone();
    let col = |c: &str| {
        headers.iter().position(|h| h == c).ok_or_else(|| {
            let columns = headers.iter().collect::<Vec<_>>().join(", ");
            Error::input(path, None, format!("no column {c:?} (columns: {columns})"))
        })
    };
    let (ti, li) = (col(text_col)?, col(label_col)?);
    let mut out = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| {
            let line = e.position().map(|p| p.line()).unwrap_or(0);
            Error::input(path, Some(line), format!("invalid CSV record: {e}"))
        })?;
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        let missing = |c: &str| Error::input(path, Some(line), format!("missing column {c:?}"));
        let text = rec.get(ti).ok_or_else(|| missing(text_col))?;
        let cell = rec.get(li).ok_or_else(|| missing(label_col))?;
        let labels = match positive {
            Some(p) => {
                if cell.trim() == p {
                    vec![p.to_string()]
                } else {
                    Vec::new()
                }
            }
            None => parse_label_list(cell),
        };
        out.push(TrainExample::new(text, labels));
    }
    Ok(out)
}

/// An id field: a string or a number (written as its decimal form).
#[derive(Deserialize)]
#[serde(untagged)]
enum IdField {
    Text(String),
    Int(i64),
}

impl IdField {
    /// The id as a string; `None` for a missing or blank one.
    fn non_empty(f: Option<IdField>) -> Option<String> {
        let s = match f? {
            IdField::Text(s) => s,
            IdField::Int(i) => i.to_string(),
        };
        (!s.trim().is_empty()).then_some(s)
    }
}

#[derive(Deserialize)]
struct JsonlExample {
    text: String,
    gold: Option<Vec<String>>,
    labels: Option<Vec<String>>,
    conversation_id: Option<IdField>,
    message_id: Option<IdField>,
    speaker: Option<IdField>,
}

/// Examples from a JSONL file: one object per line with `text` and a list of category ids
/// in `gold` (preferred) or `labels`, and optionally `conversation_id`, `message_id` and
/// `speaker` (strings or integers; a message without `conversation_id`, or with a blank one,
/// is a conversation of its own). Blank lines are skipped; messages stay in file order, which is taken as each
/// conversation's order.
pub fn load_jsonl_examples(path: &Path) -> Result<Vec<TrainExample>> {
    let name = path.display();
    let f = std::fs::File::open(path).with_context(|| format!("opening {name}"))?;
    let mut out = Vec::new();
    for (i, line) in std::io::BufReader::new(f).lines().enumerate() {
        let lineno = i as u64 + 1;
        let line = line.with_context(|| format!("{name}:{lineno}: reading line"))?;
        if line.trim().is_empty() {
            continue;
        }
        let bad = |message: String| Error::input(path, Some(lineno), message);
        let ex: JsonlExample =
            serde_json::from_str(&line).map_err(|e| bad(format!("invalid example: {e}")))?;
        let mut labels = match (ex.gold, ex.labels) {
            (Some(g), _) => g,
            (None, Some(l)) => l,
            (None, None) => {
                return Err(bad("the object has neither \"gold\" nor \"labels\"".into()))
            }
        };
        labels.sort();
        labels.dedup();
        out.push(TrainExample {
            conversation_id: IdField::non_empty(ex.conversation_id),
            message_id: IdField::non_empty(ex.message_id),
            speaker: IdField::non_empty(ex.speaker),
            ..TrainExample::new(ex.text, labels)
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &tempfile::TempDir, name: &str, body: &str) -> std::path::PathBuf {
        let p = dir.path().join(name);
        std::fs::write(&p, body).unwrap();
        p
    }

    #[test]
    fn csv_binary_and_multilabel() {
        let d = tempfile::tempdir().unwrap();
        let p = write(
            &d,
            "a.csv",
            "id,text,label\n1,\"u owe me, send a pic\",flag\n2,see you at practice,ok\n",
        );
        let ex = load_csv_examples(&p, "text", "label", Some("flag")).unwrap();
        assert_eq!(ex.len(), 2);
        assert_eq!(ex[0].text, "u owe me, send a pic");
        assert_eq!(ex[0].labels, vec!["flag"]);
        assert!(ex[1].labels.is_empty());

        let p = write(
            &d,
            "b.csv",
            "text,cats\nsend me a pic;,coercive.image_request; coercive.pressure\nhi,\nbye,none\n",
        );
        let ex = load_csv_examples(&p, "text", "cats", None).unwrap();
        assert_eq!(
            ex[0].labels,
            vec!["coercive.image_request", "coercive.pressure"]
        );
        assert!(ex[1].labels.is_empty() && ex[2].labels.is_empty());
    }

    #[test]
    fn csv_errors_name_file_and_line() {
        let d = tempfile::tempdir().unwrap();
        let p = write(&d, "c.csv", "text,label\nfine,x\nbroken\n");
        let e = load_csv_examples(&p, "text", "label", Some("x"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("c.csv:3"), "{e}");
        let e = load_csv_examples(&p, "body", "label", None)
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("c.csv") && e.contains("no column \"body\""),
            "{e}"
        );
    }

    #[test]
    fn jsonl_gold_or_labels_with_line_errors() {
        let d = tempfile::tempdir().unwrap();
        let p = write(
            &d,
            "e.jsonl",
            "{\"text\":\"it was just banter\",\"gold\":[\"victim_blaming.minimising\"]}\n\n{\"text\":\"good game\",\"labels\":[]}\n",
        );
        let ex = load_jsonl_examples(&p).unwrap();
        assert_eq!(ex.len(), 2);
        assert_eq!(ex[0].labels, vec!["victim_blaming.minimising"]);
        let p = write(
            &d,
            "f.jsonl",
            "{\"text\":\"a\",\"gold\":[]}\n{\"text\":\"b\"}\n",
        );
        let e = load_jsonl_examples(&p).unwrap_err().to_string();
        assert!(e.contains("f.jsonl:2"), "{e}");
        let p = write(&d, "g.jsonl", "{\"text\":\"a\",\"gold\":[]}\nnot json\n");
        let e = load_jsonl_examples(&p).unwrap_err().to_string();
        assert!(e.contains("g.jsonl:2"), "{e}");
    }

    #[test]
    fn jsonl_conversations_keep_ids_speakers_and_order() {
        let d = tempfile::tempdir().unwrap();
        let p = write(
            &d,
            "c.jsonl",
            concat!(
                "{\"conversation_id\":\"c1\",\"message_id\":\"m1\",\"speaker\":\"s1\",\"text\":\"send a pic\",\"gold\":[\"coercive.image_request\"]}\n",
                "{\"conversation_id\":\"c1\",\"message_id\":2,\"speaker\":7,\"text\":\"no\",\"gold\":[]}\n",
                "{\"conversation_id\":\" \",\"text\":\"hi\",\"gold\":[]}\n",
                "{\"text\":\"bye\",\"gold\":[]}\n"
            ),
        );
        let ex = load_jsonl_examples(&p).unwrap();
        assert_eq!(ex[0].conversation_id.as_deref(), Some("c1"));
        assert_eq!(ex[0].speaker.as_deref(), Some("s1"));
        assert_eq!(ex[1].message_id.as_deref(), Some("2"));
        assert_eq!(ex[1].speaker.as_deref(), Some("7"));
        // A blank or missing conversation id: a conversation of its own.
        assert_eq!(ex[2].conversation_id, None);
        assert_eq!(ex[3], TrainExample::new("bye", vec![]));
        assert!(ex.iter().all(|e| e.context.is_empty()));
    }

    #[test]
    fn training_paths_expand_directories_in_name_order() {
        let d = tempfile::tempdir().unwrap();
        let sub = d.path().join("convs");
        std::fs::create_dir(&sub).unwrap();
        for name in ["b.jsonl", "a.jsonl", "notes.md", "c.csv"] {
            std::fs::write(sub.join(name), "").unwrap();
        }
        let one = write(&d, "z.jsonl", "");
        let files = training_files(&[one.clone(), sub.clone()]).unwrap();
        let names: Vec<String> = files
            .iter()
            .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["z.jsonl", "a.jsonl", "b.jsonl", "c.csv"]);
        let e = training_files(&[d.path().join("missing.jsonl")]).unwrap_err();
        assert!(e.to_string().contains("missing.jsonl"), "{e}");
        let empty = d.path().join("empty");
        std::fs::create_dir(&empty).unwrap();
        let e = training_files(&[empty]).unwrap_err().to_string();
        assert!(e.contains("no training files"), "{e}");
        assert!(training_files(&[]).is_err());
    }
}
