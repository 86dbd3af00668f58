//! doccano, JSONL: one message per line, in the format of doccano's "Intent Detection and
//! Slot Filling" projects (the doccano project type that holds both spans and message
//! categories): `{"id", "text", "entities": [[start, end, "category"], …], "cats": [label, …],
//! "message_id", "conversation_id", "speaker", "context", …}`. `cats` holds the message-level
//! labels (labels no span carries, e.g. a classifier's); `context` shows the conversation
//! around the message (`speaker: text` lines, the message itself marked `>>`), and
//! `episode_id`/`role` a message's episode. Offsets are code points. On import, spans are read
//! from `entities` (triples, or doccano's `{"start_offset", "end_offset", "label"}` objects)
//! and from `label`/`labels` (sequence labelling: triples; text classification: plain strings,
//! read as message-level labels), message-level labels also from `cats`.

use super::review::{message_labels, neighbours, speaker_prefix, CONTEXT_AFTER, CONTEXT_BEFORE};
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
    let context = neighbours(anns, CONTEXT_BEFORE, CONTEXT_AFTER);
    for (i, (a, (before, after))) in anns.iter().zip(&context).enumerate() {
        let spans = prepare_spans(a, summary)?;
        summary.spans += spans.len();
        let entities: Vec<Value> = spans
            .iter()
            .map(|s| json!([s.start, s.end, s.category]))
            .collect();
        let cats = message_labels(a, spans.iter().map(|s| s.category.as_str()));
        // The conversation around the message, one `speaker: text` line each (shown in
        // doccano's metadata panel); the message itself is marked `>>`.
        let line = |k: usize, mark: &str| {
            format!("{mark}{}{}", speaker_prefix(&anns[k].speaker), anns[k].text)
        };
        let mut ctx: Vec<String> = before.iter().map(|&k| line(k, "")).collect();
        ctx.push(line(i, ">> "));
        ctx.extend(after.iter().map(|&k| line(k, "")));
        let mut o = Map::new();
        o.insert("id".into(), json!(i + 1));
        o.insert("text".into(), json!(a.text));
        o.insert("entities".into(), Value::Array(entities));
        o.insert("cats".into(), json!(cats));
        o.insert("message_id".into(), json!(a.message_id));
        o.insert("conversation_id".into(), json!(a.conversation_id));
        o.insert("speaker".into(), json!(a.speaker));
        o.insert("context".into(), json!(ctx.join("\n")));
        if let Some(t) = &a.timestamp {
            o.insert("timestamp".into(), json!(t));
        }
        if !a.corpus.is_empty() {
            o.insert("corpus".into(), json!(a.corpus));
        }
        if !a.meta.is_empty() {
            o.insert("meta".into(), json!(a.meta));
        }
        if let Some(e) = &a.episode_id {
            o.insert("episode_id".into(), json!(e));
        }
        if let Some(r) = &a.role {
            o.insert("role".into(), json!(r));
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
        let mut meta = IndexMap::new();
        if let Some(m) = v.get("meta").and_then(Value::as_object) {
            for (k, x) in m {
                meta.insert(k.clone(), str_of(Some(x)).unwrap_or_else(|| x.to_string()));
            }
        }
        let mut m = ImpMessage {
            corpus: str_of(v.get("corpus")).unwrap_or_default(),
            message_id: str_of(v.get("message_id"))
                .or_else(|| str_of(v.get("id")))
                .unwrap_or_else(|| format!("{stem}:{}", i + 1)),
            conversation_id: str_of(v.get("conversation_id")).unwrap_or_default(),
            speaker: str_of(v.get("speaker")).unwrap_or_default(),
            timestamp: str_of(v.get("timestamp")),
            meta,
            text: text.to_string(),
            episode_id: str_of(v.get("episode_id")),
            role: str_of(v.get("role")),
            ..Default::default()
        };
        read_labels(&v, &mut m).map_err(bad)?;
        out.push(m.into_annotation(Format::Doccano, &at)?);
    }
    Ok(out)
}

/// The spans and message-level labels of one line into `m`; an error is the problem, without
/// the file and line.
fn read_labels(v: &Value, m: &mut ImpMessage) -> std::result::Result<(), String> {
    let n = m.text.chars().count();
    let mut push = |s: Option<u64>, e: Option<u64>, l: Option<&str>, key: &str, j: usize| {
        let (Some(s), Some(e), Some(l)) = (s, e, l) else {
            return Err(format!(
                "{key} {j} must be [start, end, \"label\"] with integer offsets"
            ));
        };
        let (s, e) = (s as usize, e as usize);
        if s > e || e > n {
            return Err(format!(
                "{key} {j}: offsets {s}..{e} outside the text ({n} code points)"
            ));
        }
        if s < e {
            m.spans.push((s, e, l.to_string(), 0u8));
        }
        Ok(())
    };
    let mut labels = Vec::new();
    for key in ["label", "labels", "entities", "cats"] {
        let items = match v.get(key) {
            None | Some(Value::Null) => continue,
            Some(Value::Array(items)) => items,
            Some(_) => return Err(format!("\"{key}\" is not an array")),
        };
        for (j, it) in items.iter().enumerate() {
            match it {
                Value::Array(t) if t.len() == 3 && key != "cats" => {
                    push(t[0].as_u64(), t[1].as_u64(), t[2].as_str(), key, j)?
                }
                // doccano's own entity objects.
                Value::Object(o) if key == "entities" => push(
                    o.get("start_offset").and_then(Value::as_u64),
                    o.get("end_offset").and_then(Value::as_u64),
                    o.get("label").and_then(Value::as_str),
                    key,
                    j,
                )?,
                // Text-classification labels and `cats`: message-level labels, no span.
                Value::String(l) if key != "entities" => labels.push(l.clone()),
                _ if key == "cats" => return Err(format!("cats {j} must be a string")),
                _ => push(None, None, None, key, j)?,
            }
        }
    }
    m.labels = labels;
    Ok(())
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
        assert_eq!(v["entities"], json!([[2, 10, "coercive.pressure"]]));
        assert_eq!(v["cats"], json!([]));
        assert_eq!(v["context"], ">> spk_a: é u owe me");
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
