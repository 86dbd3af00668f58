//! What the report shows of `manifest.json` (written by `annotate` beside the annotations):
//! counts, run times, lexicon, model, options, command line, inputs and the `corpus.toml`
//! facts, read into plain values.

use crate::error::{Context, Result};
use crate::{bail, err};
use serde_json::Value;
use std::path::Path;

/// Read `manifest.json` beside the annotations, if there is one.
pub(crate) fn read_manifest(annotations: &Path) -> Result<Option<Value>> {
    let dir = annotations.parent().unwrap_or_else(|| Path::new("."));
    let p = dir.join("manifest.json");
    if !p.is_file() {
        return Ok(None);
    }
    let bytes = std::fs::read(&p).with_context(|| format!("reading {}", p.display()))?;
    let v: Value = serde_json::from_slice(&bytes)
        .map_err(|e| err!("{}:{}: not JSON: {e}", p.display(), e.line()))?;
    if !v.is_object() {
        bail!("{}:1: manifest is not a JSON object", p.display());
    }
    Ok(Some(v))
}

/// The `corpus.toml` facts recorded for the inputs (all empty without a manifest).
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct CorpusFacts {
    /// The first non-empty corpus name.
    pub(crate) name: Option<String>,
    /// Descriptions (non-blank, repeats in a row dropped); likewise the next three fields.
    pub(crate) description: Vec<String>,
    /// Collection periods.
    pub(crate) collection_period: Vec<String>,
    /// Ethics references.
    pub(crate) ethics_reference: Vec<String>,
    /// Redaction statuses.
    pub(crate) redaction_status: Vec<String>,
}

impl CorpusFacts {
    /// The facts from the manifest's `inputs[].corpus`.
    pub(crate) fn of(manifest: Option<&Value>) -> CorpusFacts {
        let inputs = inputs(manifest);
        let field = |k: &str| -> Vec<String> {
            let mut v: Vec<String> = inputs
                .iter()
                .filter_map(|i| jstr(Some(i), &["corpus", k]))
                .filter(|s| !s.trim().is_empty())
                .collect();
            v.dedup();
            v
        };
        CorpusFacts {
            name: inputs
                .iter()
                .find_map(|i| jstr(Some(i), &["corpus", "name"]).filter(|s| !s.is_empty())),
            description: field("description"),
            collection_period: field("collection_period"),
            ethics_reference: field("ethics_reference"),
            redaction_status: field("redaction_status"),
        }
    }
}

/// The run facts of a manifest.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Provenance {
    /// `counts.read`.
    pub(crate) read: Option<u64>,
    /// `counts.annotated`.
    pub(crate) annotated: Option<u64>,
    /// `counts.rejected`.
    pub(crate) rejected: Option<u64>,
    /// When the annotation run started.
    pub(crate) started: Option<String>,
    /// When the annotation run finished.
    pub(crate) finished: Option<String>,
    /// The run's warnings.
    pub(crate) warnings: Vec<String>,
    /// Lexicon name.
    pub(crate) lexicon_name: Option<String>,
    /// Lexicon version.
    pub(crate) lexicon_version: Option<String>,
    /// Lexicon content hash.
    pub(crate) lexicon_hash: Option<String>,
    /// The model entry flattened into (dotted key, value) rows; `None` when no model was used.
    pub(crate) model: Option<Vec<(String, String)>>,
    /// The options as `key=value`.
    pub(crate) options: Vec<String>,
    /// The c2chat version that annotated.
    pub(crate) c2chat_version: Option<String>,
    /// The annotate command line, quoted as a shell would need it.
    pub(crate) command_line: Option<String>,
    /// Each input's (path, SHA-256).
    pub(crate) inputs: Vec<(String, String)>,
}

impl Provenance {
    /// The facts of manifest `m`.
    pub(crate) fn of(m: &Value) -> Provenance {
        let text = |v: &Value| match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        Provenance {
            read: ju64(Some(m), &["counts", "read"]),
            annotated: ju64(Some(m), &["counts", "annotated"]),
            rejected: ju64(Some(m), &["counts", "rejected"]),
            started: jstr(Some(m), &["started"]),
            finished: jstr(Some(m), &["finished"]),
            warnings: m
                .get("warnings")
                .and_then(Value::as_array)
                .map(|w| {
                    w.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default(),
            lexicon_name: jstr(Some(m), &["lexicon", "name"]),
            lexicon_version: jstr(Some(m), &["lexicon", "version"]),
            lexicon_hash: jstr(Some(m), &["lexicon", "hash"]),
            model: match m.get("model") {
                Some(v) if !v.is_null() => {
                    let mut kv = Vec::new();
                    flatten("", v, &mut kv);
                    Some(kv)
                }
                _ => None,
            },
            options: m
                .get("options")
                .and_then(Value::as_object)
                .map(|o| o.iter().map(|(k, v)| format!("{k}={}", text(v))).collect())
                .unwrap_or_default(),
            c2chat_version: jstr(Some(m), &["c2chat_version"]),
            command_line: m.get("command_line").and_then(Value::as_array).map(|cl| {
                let args: Vec<String> = cl
                    .iter()
                    .map(|x| {
                        x.as_str()
                            .map(str::to_string)
                            .unwrap_or_else(|| x.to_string())
                    })
                    .collect();
                shell_join(&args)
            }),
            inputs: inputs(Some(m))
                .iter()
                .map(|i| {
                    (
                        jstr(Some(i), &["path"]).unwrap_or_default(),
                        jstr(Some(i), &["sha256"]).unwrap_or_default(),
                    )
                })
                .collect(),
        }
    }
}

/// The manifest's `inputs` entries.
fn inputs(m: Option<&Value>) -> Vec<&Value> {
    m.and_then(|m| m.get("inputs"))
        .and_then(Value::as_array)
        .map(|a| a.iter().collect())
        .unwrap_or_default()
}

fn jstr(v: Option<&Value>, path: &[&str]) -> Option<String> {
    let mut cur = v?;
    for k in path {
        cur = cur.get(k)?;
    }
    match cur {
        Value::String(s) => Some(s.clone()),
        Value::Null => None,
        other => Some(other.to_string()),
    }
}

fn ju64(v: Option<&Value>, path: &[&str]) -> Option<u64> {
    let mut cur = v?;
    for k in path {
        cur = cur.get(k)?;
    }
    cur.as_u64()
}

/// Flatten a JSON value into (dotted key, value) rows, for the model table.
fn flatten(prefix: &str, v: &Value, out: &mut Vec<(String, String)>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&key, x, out);
            }
        }
        Value::Array(a) if a.iter().all(|x| !x.is_object() && !x.is_array()) => {
            let s: Vec<String> = a
                .iter()
                .map(|x| match x {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                })
                .collect();
            out.push((prefix.to_string(), s.join(", ")));
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                flatten(&format!("{prefix}[{i}]"), x, out);
            }
        }
        Value::String(s) => out.push((prefix.to_string(), s.clone())),
        Value::Number(n) => {
            let s = match n.as_f64() {
                Some(f) if n.is_f64() => format!("{}", (f * 10_000.0).round() / 10_000.0),
                _ => n.to_string(),
            };
            out.push((prefix.to_string(), s));
        }
        other => out.push((prefix.to_string(), other.to_string())),
    }
}

/// A shell-like rendering of a command line.
fn shell_join(args: &[String]) -> String {
    args.iter()
        .map(|a| {
            if !a.is_empty()
                && a.chars()
                    .all(|c| c.is_alphanumeric() || "-_./=:,@%+".contains(c))
            {
                a.clone()
            } else {
                format!("'{}'", a.replace('\'', r"'\''"))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_lines_are_quoted_like_a_shell() {
        assert_eq!(
            shell_join(&["c2chat".into(), "a b".into(), "it's".into()]),
            "c2chat 'a b' 'it'\\''s'"
        );
    }

    #[test]
    fn provenance_and_corpus_facts_are_read() {
        let m: Value = serde_json::json!({
            "command_line": ["c2chat", "annotate", "in dir"],
            "inputs": [
                {"path": "a.csv", "sha256": "ab", "corpus": {"name": "", "description": "d"}},
                {"path": "b.csv", "sha256": "cd", "corpus": {"name": "n", "description": "d"}}
            ],
            "model": {"kind": "logistic", "cv": {"macro_f1": 0.812345}, "labels": ["a", "b"]},
            "options": {"min_score": 0.5, "dedupe": "off"},
            "counts": {"read": 9, "rejected": 2},
            "warnings": ["w1", 3],
            "started": "s",
            "finished": null
        });
        let c = CorpusFacts::of(Some(&m));
        assert_eq!(c.name.as_deref(), Some("n"));
        assert_eq!(c.description, ["d"]);
        assert!(c.redaction_status.is_empty());
        assert_eq!(CorpusFacts::of(None), CorpusFacts::default());
        let p = Provenance::of(&m);
        assert_eq!((p.read, p.annotated, p.rejected), (Some(9), None, Some(2)));
        assert_eq!((p.started.as_deref(), p.finished), (Some("s"), None));
        assert_eq!(p.warnings, ["w1"]);
        assert_eq!(p.command_line.as_deref(), Some("c2chat annotate 'in dir'"));
        assert_eq!(p.options, ["min_score=0.5", "dedupe=off"]);
        let model = p.model.unwrap();
        assert!(model.contains(&("cv.macro_f1".into(), "0.8123".into())));
        assert!(model.contains(&("labels".into(), "a, b".into())));
        assert_eq!(p.inputs[1], ("b.csv".into(), "cd".into()));
        assert_eq!(p.lexicon_name, None);
    }
}
