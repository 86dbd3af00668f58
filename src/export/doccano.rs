//! doccano sequence labelling, JSONL: one message per line,
//! `{"id", "text", "label": [[start, end, "category"], …], "message_id", "conversation_id", …}`.
//! Offsets are code points. On import, `label` (or `labels`) as `[start, end, label]`
//! triples and the newer `entities` list (`{"start_offset", "end_offset", "label"}`) are read.

use super::{list_files, prepare_spans, write_file, ExportSummary, Format, ImpMessage};
use crate::bail;
use crate::error::{Context, Result};
use crate::model::Annotation;
use indexmap::IndexMap;
use serde_json::{json, Map, Value};
use std::path::{Path, PathBuf};

/// The file an export writes.
pub(crate) const FILE: &str = "doccano.jsonl";

pub(crate) fn export(anns: &[Annotation], dir: &Path, summary: &mut ExportSummary) -> Result<()> {
    let mut out = String::new();
    for (i, a) in anns.iter().enumerate() {
        let spans = prepare_spans(a, summary)?;
        summary.spans += spans.len();
        let labels: Vec<Value> = spans
            .iter()
            .map(|s| json!([s.start, s.end, s.category]))
            .collect();
        let mut o = Map::new();
        o.insert("id".into(), json!(i + 1));
        o.insert("text".into(), json!(a.text));
        o.insert("label".into(), Value::Array(labels));
        o.insert("message_id".into(), json!(a.message_id));
        o.insert("conversation_id".into(), json!(a.conversation_id));
        o.insert("speaker".into(), json!(a.speaker));
        if let Some(t) = &a.timestamp {
            o.insert("timestamp".into(), json!(t));
        }
        if !a.corpus.is_empty() {
            o.insert("corpus".into(), json!(a.corpus));
        }
        if !a.meta.is_empty() {
            o.insert("meta".into(), json!(a.meta));
        }
        out.push_str(&serde_json::to_string(&Value::Object(o))?);
        out.push('\n');
    }
    summary.documents = anns.len();
    write_file(&dir.join(FILE), out.as_bytes(), summary)
}

fn input_file(input: &Path) -> Result<PathBuf> {
    if !input.is_dir() {
        return Ok(input.to_path_buf());
    }
    let ours = input.join(FILE);
    if ours.exists() {
        return Ok(ours);
    }
    let all = list_files(input, ".jsonl")?;
    match all.len() {
        1 => Ok(all[0].clone()),
        0 => bail!("{}: no .jsonl file found", input.display()),
        _ => bail!(
            "{}: several .jsonl files and no {FILE}; pass the file to import",
            input.display()
        ),
    }
}

fn str_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

pub(crate) fn import(input: &Path) -> Result<Vec<Annotation>> {
    let path = input_file(input)?;
    let src = std::fs::read_to_string(&path)
        .with_context(|| format!("reading {} (must be UTF-8)", path.display()))?;
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    let mut out = Vec::new();
    for (i, line) in src.lines().enumerate() {
        let at = format!("{}:{}", path.display(), i + 1);
        let bad = |message: String| crate::Error::input(&path, Some(i as u64 + 1), message);
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(line).map_err(|e| {
            bad(format!(
                "not valid JSON ({})",
                crate::io::json_error_summary(&e)
            ))
        })?;
        let text = v
            .get("text")
            .and_then(Value::as_str)
            .ok_or_else(|| bad("missing string \"text\"".into()))?;
        let n = text.chars().count();
        let mut spans = Vec::new();
        let mut push = |s: Option<u64>, e: Option<u64>, l: Option<&str>, j: usize| -> Result<()> {
            let (Some(s), Some(e), Some(l)) = (s, e, l) else {
                return Err(bad(format!(
                    "label {j} must be [start, end, \"label\"] with integer offsets"
                )));
            };
            let (s, e) = (s as usize, e as usize);
            if s > e || e > n {
                return Err(bad(format!(
                    "label {j}: offsets {s}..{e} outside the text ({n} code points)"
                )));
            }
            if s < e {
                spans.push((s, e, l.to_string(), 0u8));
            }
            Ok(())
        };
        for key in ["label", "labels"] {
            match v.get(key) {
                None | Some(Value::Null) => {}
                Some(Value::Array(items)) => {
                    for (j, it) in items.iter().enumerate() {
                        match it {
                            Value::Array(t) if t.len() == 3 => {
                                push(t[0].as_u64(), t[1].as_u64(), t[2].as_str(), j)?
                            }
                            // Text-classification labels (plain strings) carry no span.
                            Value::String(_) => {}
                            _ => push(None, None, None, j)?,
                        }
                    }
                }
                Some(_) => return Err(bad(format!("\"{key}\" is not an array"))),
            }
        }
        if let Some(ents) = v.get("entities") {
            let ents = ents
                .as_array()
                .ok_or_else(|| bad("\"entities\" is not an array".into()))?;
            for (j, e) in ents.iter().enumerate() {
                push(
                    e.get("start_offset").and_then(Value::as_u64),
                    e.get("end_offset").and_then(Value::as_u64),
                    e.get("label").and_then(Value::as_str),
                    j,
                )?;
            }
        }
        let mut meta = IndexMap::new();
        if let Some(m) = v.get("meta").and_then(Value::as_object) {
            for (k, x) in m {
                meta.insert(k.clone(), str_of(Some(x)).unwrap_or_else(|| x.to_string()));
            }
        }
        let m = ImpMessage {
            corpus: str_of(v.get("corpus")).unwrap_or_default(),
            message_id: str_of(v.get("message_id"))
                .or_else(|| str_of(v.get("id")))
                .unwrap_or_else(|| format!("{stem}:{}", i + 1)),
            conversation_id: str_of(v.get("conversation_id")).unwrap_or_default(),
            speaker: str_of(v.get("speaker")).unwrap_or_default(),
            timestamp: str_of(v.get("timestamp")),
            meta,
            tokens: 0,
            text: text.to_string(),
            spans,
        };
        out.push(m.into_annotation(Format::Doccano, &at)?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{ann, round_trip};
    use super::*;

    #[test]
    fn round_trip_doccano() {
        round_trip(Format::Doccano);
    }

    #[test]
    fn line_shape() {
        let dir = tempfile::tempdir().unwrap();
        let a = ann("c", "m1", "é u owe me", &[(2, 10, "coercive.pressure")]);
        super::super::export(&[a], Format::Doccano, dir.path()).unwrap();
        let s = std::fs::read_to_string(dir.path().join(FILE)).unwrap();
        let v: Value = serde_json::from_str(s.lines().next().unwrap()).unwrap();
        assert_eq!(v["label"], json!([[2, 10, "coercive.pressure"]]));
        assert_eq!(v["message_id"], "m1");
        assert_eq!(v["conversation_id"], "c");
        assert_eq!(v["id"], 1);
    }

    #[test]
    fn reads_entities_and_reports_lines() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("admin.jsonl");
        std::fs::write(
            &p,
            "{\"id\":5,\"text\":\"😀 ok\",\"entities\":[{\"id\":1,\"start_offset\":2,\"end_offset\":4,\"label\":\"protective\"}]}\n\
             \n{\"text\":\"x\",\"label\":[[0,5,\"protective\"]]}\n",
        )
        .unwrap();
        let e = format!("{:#}", import(dir.path()).unwrap_err());
        assert!(e.contains("admin.jsonl:3") && e.contains("outside"), "{e}");
        std::fs::write(
            &p,
            "{\"id\":5,\"text\":\"😀 ok\",\"entities\":[{\"id\":1,\"start_offset\":2,\"end_offset\":4,\"label\":\"protective\"}]}\n",
        )
        .unwrap();
        let back = import(dir.path()).unwrap();
        assert_eq!(back[0].message_id, "5");
        assert_eq!(back[0].spans[0].text, "ok");
        std::fs::write(&p, "{\"text\":1}\n").unwrap();
        let e = format!("{:#}", import(&p).unwrap_err());
        assert!(e.contains("admin.jsonl:1"), "{e}");
    }
}
