//! Labelled examples ([`TrainExample`]) and their loaders from CSV and JSONL files.

use crate::error::{Context, Error, Result};
use serde::Deserialize;
use std::io::BufRead;
use std::path::Path;

/// One labelled text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrainExample {
    /// The message text.
    pub text: String,
    /// Category ids (or, for a binary task, `[positive]` or empty).
    pub labels: Vec<String>,
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
        out.push(TrainExample {
            text: text.to_string(),
            labels,
        });
    }
    Ok(out)
}

#[derive(Deserialize)]
struct JsonlExample {
    text: String,
    gold: Option<Vec<String>>,
    labels: Option<Vec<String>>,
}

/// Examples from a JSONL file: one object per line with `text` and a list of category ids
/// in `gold` (preferred) or `labels`. Blank lines are skipped.
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
            text: ex.text,
            labels,
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
}
