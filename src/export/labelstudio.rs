//! Label Studio: `tasks.json` (a JSON array, one task per message, our spans as
//! `predictions`) and `labeling_config.xml`: a `<Labels>` control over a `<Text>` object,
//! the speaker as a `<Header>`, the conversation around the message as two `<Paragraphs>`
//! (`data.context`, the earlier messages, and `data.context_after`, the later ones, each
//! `{"author": speaker, "text": …}`), the message-level labels (labels no span carries, e.g. a
//! classifier's) as a `<Choices name="message_labels">`, and for a message in an episode its
//! role as a `<Choices name="role">` (with `episode_id` and `role` in the task data). Import
//! reads the spans, the message-level labels, the role and the episode back.
//!
//! Offsets are code points (Label Studio counts them like Python since its 2021 emoji fix).
//! Older Label Studio versions stored UTF-16 offsets; on import, a region whose `value.text`
//! does not match at code-point offsets but does at UTF-16 offsets is converted.
//! On import, human `annotations` (the first one not cancelled) are preferred over
//! `predictions`; [`import_by_annotator`] keeps each annotator's results apart.

use super::review::{message_labels, neighbours, CONTEXT_AFTER, CONTEXT_BEFORE};
use super::{
    prepare_spans, slice_chars, utf16_boundaries, write_file, ExportSummary, Format, ImpMessage,
};
use crate::bail;
use crate::error::{Context, Result};
use crate::model::{Annotation, CATEGORY_IDS};
use indexmap::IndexMap;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The task list an export writes.
pub(crate) const TASKS_FILE: &str = "tasks.json";
/// The labelling configuration written beside it.
const CONFIG_FILE: &str = "labeling_config.xml";
/// The `model_version` of the predictions c2chat writes.
const MODEL_VERSION: &str = "c2chat";
/// The `<Choices>` control holding message-level labels.
pub const MESSAGE_LABELS: &str = "message_labels";
/// The `<Choices>` control holding the speaker's role in the episode.
pub const ROLE: &str = "role";

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

pub(crate) fn export(anns: &[Annotation], dir: &Path, summary: &mut ExportSummary) -> Result<()> {
    let mut tasks = Vec::with_capacity(anns.len());
    let mut extra: Vec<String> = Vec::new();
    let context = neighbours(anns, CONTEXT_BEFORE, CONTEXT_AFTER);
    for (i, (a, (before, after))) in anns.iter().zip(&context).enumerate() {
        let n = i + 1;
        let (result, cats) = task_result(a, n, summary)?;
        for c in cats {
            if !CATEGORY_IDS.contains(&c.as_str()) && !extra.contains(&c) {
                extra.push(c);
            }
        }
        let lines = |ix: &[usize]| -> Value {
            ix.iter()
                .map(|&k| json!({"author": anns[k].speaker, "text": anns[k].text}))
                .collect()
        };
        let mut data = Map::new();
        data.insert("text".into(), json!(a.text));
        data.insert("message_id".into(), json!(a.message_id));
        data.insert("conversation_id".into(), json!(a.conversation_id));
        data.insert("speaker".into(), json!(a.speaker));
        data.insert("context".into(), lines(before));
        data.insert("context_after".into(), lines(after));
        if let Some(t) = &a.timestamp {
            data.insert("timestamp".into(), json!(t));
        }
        if !a.corpus.is_empty() {
            data.insert("corpus".into(), json!(a.corpus));
        }
        if !a.meta.is_empty() {
            data.insert("meta".into(), json!(a.meta));
        }
        if let Some(e) = &a.episode_id {
            data.insert("episode_id".into(), json!(e));
        }
        if let Some(r) = &a.role {
            data.insert("role".into(), json!(r));
        }
        tasks.push(json!({
            "id": n,
            "data": data,
            "predictions": [{"model_version": MODEL_VERSION, "result": result}],
        }));
    }
    summary.documents = tasks.len();
    let mut bytes = serde_json::to_vec_pretty(&Value::Array(tasks))?;
    bytes.push(b'\n');
    write_file(&dir.join(TASKS_FILE), &bytes, summary)?;
    extra.sort();
    write_file(
        &dir.join(CONFIG_FILE),
        labelling_config(&extra).as_bytes(),
        summary,
    )
}

/// The prediction `result` of task `n`: a region per span, the message-level labels as
/// choices, the role as a choice; and every category used (spans and message level).
fn task_result(
    a: &Annotation,
    n: usize,
    summary: &mut ExportSummary,
) -> Result<(Vec<Value>, Vec<String>)> {
    let mut result = Vec::new();
    let spans = prepare_spans(a, summary)?;
    let mut cats: Vec<String> = spans.iter().map(|s| s.category.clone()).collect();
    for (k, sp) in spans.iter().enumerate() {
        result.push(json!({
            "id": format!("t{n}s{}", k + 1),
            "from_name": "label",
            "to_name": "text",
            "type": "labels",
            "value": {
                "start": sp.start,
                "end": sp.end,
                "text": slice_chars(&a.text, sp.start, sp.end).unwrap_or_default(),
                "labels": [sp.category],
            },
        }));
    }
    summary.spans += result.len();
    let labels = message_labels(a, spans.iter().map(|s| s.category.as_str()));
    if !labels.is_empty() {
        // Labels without a span (e.g. the classifier's), for review as a message-level choice.
        result.push(json!({
            "id": format!("t{n}labels"),
            "from_name": MESSAGE_LABELS,
            "to_name": "text",
            "type": "choices",
            "value": {"choices": labels},
        }));
        cats.extend(labels);
    }
    if let Some(role) = &a.role {
        // The speaker's role in the message's episode, for review; not a span.
        result.push(json!({
            "id": format!("t{n}role"),
            "from_name": ROLE,
            "to_name": "text",
            "type": "choices",
            "value": {"choices": [role]},
        }));
    }
    Ok((result, cats))
}

/// `labeling_config.xml`: the conversation before, the speaker, the labels over the text, the
/// message-level labels, the conversation after and the role.
fn labelling_config(extra: &[String]) -> String {
    let cats: Vec<String> = CATEGORY_IDS
        .iter()
        .map(|s| s.to_string())
        .chain(extra.iter().cloned())
        .collect();
    let mut xml = String::from(
        "<View>\n  <Header value=\"Earlier in the conversation\" size=\"6\"/>\n  <Paragraphs \
         name=\"context\" value=\"$context\" layout=\"dialogue\" nameKey=\"author\" \
         textKey=\"text\"/>\n  <Header value=\"$speaker\" size=\"5\"/>\n  <Labels \
         name=\"label\" toName=\"text\">\n",
    );
    for c in &cats {
        let _ = writeln!(xml, "    <Label value=\"{}\"/>", xml_escape(c));
    }
    xml.push_str("  </Labels>\n  <Text name=\"text\" value=\"$text\"/>\n");
    // Labels of the whole message, without a span (pre-filled with the classifier's).
    let _ = writeln!(
        xml,
        "  <Header value=\"Message-level labels (no span)\" size=\"6\"/>\n  <Choices \
         name=\"{MESSAGE_LABELS}\" toName=\"text\" choice=\"multiple\" showInline=\"true\">"
    );
    for c in &cats {
        let _ = writeln!(xml, "    <Choice value=\"{}\"/>", xml_escape(c));
    }
    xml.push_str(
        "  </Choices>\n  <Header value=\"Later in the conversation\" size=\"6\"/>\n  \
         <Paragraphs name=\"context_after\" value=\"$context_after\" layout=\"dialogue\" \
         nameKey=\"author\" textKey=\"text\"/>\n",
    );
    // The speaker's role in the message's episode (pre-filled from annotate), for review.
    let _ = writeln!(
        xml,
        "  <Header value=\"Speaker's role in the episode\" size=\"6\"/>\n  <Choices \
         name=\"{ROLE}\" toName=\"text\" choice=\"single\" showInline=\"true\">"
    );
    for r in super::brat::ROLES {
        let _ = writeln!(xml, "    <Choice value=\"{r}\"/>");
    }
    xml.push_str("  </Choices>\n</View>\n");
    xml
}

fn tasks_path(input: &Path) -> PathBuf {
    if input.is_dir() {
        input.join(TASKS_FILE)
    } else {
        input.to_path_buf()
    }
}

fn load_tasks(input: &Path) -> Result<(PathBuf, Vec<Value>)> {
    let path = tasks_path(input);
    let bytes = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
    let v: Value = serde_json::from_slice(&bytes).map_err(|e| {
        crate::err!(
            "{}: not valid JSON ({})",
            path.display(),
            crate::io::json_error_summary(&e)
        )
    })?;
    match v {
        Value::Array(a) => Ok((path, a)),
        Value::Object(_) => Ok((path, vec![v])),
        _ => bail!("{}: expected a JSON array of tasks", path.display()),
    }
}

fn str_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The message fields of a task (no spans yet).
fn task_message(task: &Value, i: usize, where_: &str) -> Result<ImpMessage> {
    let data = task
        .get("data")
        .and_then(Value::as_object)
        .with_context(|| format!("{where_}: task {i}: missing \"data\" object"))?;
    let text = data
        .get("text")
        .and_then(Value::as_str)
        .with_context(|| format!("{where_}: task {i}: missing string \"data.text\""))?;
    let message_id = str_of(data.get("message_id"))
        .or_else(|| str_of(task.get("id")).map(|id| format!("task-{id}")))
        .unwrap_or_else(|| format!("task-{i}"));
    let mut meta = IndexMap::new();
    if let Some(m) = data.get("meta").and_then(Value::as_object) {
        for (k, v) in m {
            meta.insert(k.clone(), str_of(Some(v)).unwrap_or_else(|| v.to_string()));
        }
    }
    Ok(ImpMessage {
        corpus: str_of(data.get("corpus")).unwrap_or_default(),
        message_id,
        conversation_id: str_of(data.get("conversation_id")).unwrap_or_default(),
        speaker: str_of(data.get("speaker")).unwrap_or_default(),
        timestamp: str_of(data.get("timestamp")),
        meta,
        tokens: 0,
        text: text.to_string(),
        episode_id: str_of(data.get("episode_id")),
        role: str_of(data.get("role")),
        ..Default::default()
    })
}

/// The message-level choices of result `j` (`message_labels` into `m.labels`, `role` into
/// `m.role`); other controls' choices are not c2chat's and are skipped.
fn read_choices(r: &Value, value: &Value, m: &mut ImpMessage, at: &str, j: usize) -> Result<()> {
    let Some(choices) = value.get("choices") else {
        return Ok(());
    };
    let from = r
        .get("from_name")
        .and_then(Value::as_str)
        .unwrap_or_default();
    if from != MESSAGE_LABELS && from != ROLE {
        return Ok(());
    }
    let choices = choices
        .as_array()
        .with_context(|| format!("{at}: result {j}: \"value.choices\" is not an array"))?;
    for c in choices {
        let c = c
            .as_str()
            .with_context(|| format!("{at}: result {j}: choices must be strings"))?;
        if from == ROLE {
            m.role = Some(c.to_string());
        } else {
            m.labels.push(c.to_string());
        }
    }
    Ok(())
}

/// Read a `result` array into `m`: spans (checked against the task text), message-level
/// labels and the role.
fn read_result(result: &Value, m: &mut ImpMessage, at: &str) -> Result<()> {
    let items = result
        .as_array()
        .with_context(|| format!("{at}: \"result\" is not an array"))?;
    let text = m.text.clone();
    let text = text.as_str();
    let n = text.chars().count();
    let mut out = Vec::new();
    for (j, r) in items.iter().enumerate() {
        let Some(value) = r.get("value") else {
            bail!("{at}: result {j} has no \"value\"");
        };
        let Some(labels) = value.get("labels") else {
            // Choices: c2chat's message-level labels and role; text areas, ratings…: skipped.
            read_choices(r, value, m, at, j)?;
            continue;
        };
        let (Some(s), Some(e)) = (
            value.get("start").and_then(Value::as_u64),
            value.get("end").and_then(Value::as_u64),
        ) else {
            bail!("{at}: result {j}: \"value.start\"/\"value.end\" must be non-negative integers");
        };
        let (mut s, mut e) = (s as usize, e as usize);
        let labels = labels
            .as_array()
            .with_context(|| format!("{at}: result {j}: \"value.labels\" is not an array"))?;
        if let Some(t) = value.get("text").and_then(Value::as_str) {
            if slice_chars(text, s, e) != Some(t) {
                let b = utf16_boundaries(text);
                match (b.binary_search(&s), b.binary_search(&e)) {
                    (Ok(s2), Ok(e2)) if slice_chars(text, s2, e2) == Some(t) => {
                        s = s2;
                        e = e2;
                    }
                    // Never the text itself: it may hold personal data.
                    _ => bail!(
                        "{at}: result {j}: \"value.text\" is not the task text at offsets \
                         {s}..{e}"
                    ),
                }
            }
        }
        if s > e || e > n {
            bail!("{at}: result {j}: offsets {s}..{e} outside the text ({n} code points)");
        }
        for l in labels {
            let l = l
                .as_str()
                .with_context(|| format!("{at}: result {j}: labels must be strings"))?;
            if s < e {
                out.push((s, e, l.to_string(), 0));
            }
        }
    }
    m.spans = out;
    Ok(())
}

fn usable_annotations(task: &Value) -> Vec<&Value> {
    let mut out = Vec::new();
    for key in ["annotations", "completions"] {
        if let Some(a) = task.get(key).and_then(Value::as_array) {
            out.extend(a.iter().filter(|x| {
                !x.get("was_cancelled")
                    .and_then(Value::as_bool)
                    .unwrap_or(false)
            }));
        }
    }
    out
}

pub(crate) fn import(input: &Path) -> Result<Vec<Annotation>> {
    let (path, tasks) = load_tasks(input)?;
    let where_ = path.display().to_string();
    let mut out = Vec::with_capacity(tasks.len());
    for (i, task) in tasks.iter().enumerate() {
        let mut m = task_message(task, i, &where_)?;
        let at = format!("{where_}: task {i}");
        let chosen = usable_annotations(task)
            .into_iter()
            .next()
            .and_then(|a| a.get("result"))
            .or_else(|| {
                task.get("predictions")
                    .and_then(Value::as_array)
                    .and_then(|p| p.first())
                    .and_then(|p| p.get("result"))
            });
        if let Some(r) = chosen {
            read_result(r, &mut m, &at)?;
        }
        out.push(m.into_annotation(Format::LabelStudio, &at)?);
    }
    Ok(out)
}

/// Human annotations split by annotator (`completed_by`: e-mail if exported, else the user
/// id), for agreement studies. An annotator's set holds only the tasks they annotated.
pub fn import_by_annotator(input: &Path) -> Result<BTreeMap<String, Vec<Annotation>>> {
    super::check_complete(Format::LabelStudio, input, super::ImportOptions::default())?;
    let (path, tasks) = load_tasks(input)?;
    let where_ = path.display().to_string();
    let mut out: BTreeMap<String, Vec<Annotation>> = BTreeMap::new();
    for (i, task) in tasks.iter().enumerate() {
        let base = task_message(task, i, &where_)?;
        for (k, a) in usable_annotations(task).into_iter().enumerate() {
            let at = format!("{where_}: task {i} annotation {k}");
            let who = match a.get("completed_by") {
                Some(Value::Object(o)) => str_of(o.get("email")).or_else(|| str_of(o.get("id"))),
                other => str_of(other),
            }
            .unwrap_or_else(|| "unknown".to_string());
            let mut m = base.clone();
            if let Some(r) = a.get("result") {
                read_result(r, &mut m, &at)?;
            }
            out.entry(who)
                .or_default()
                .push(m.into_annotation(Format::LabelStudio, &at)?);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{ann, round_trip};
    use super::*;

    #[test]
    fn round_trip_labelstudio() {
        round_trip(Format::LabelStudio);
    }

    #[test]
    fn task_shape_and_config() {
        let dir = tempfile::tempdir().unwrap();
        let a = ann("c", "m1", "😀 u owe me", &[(2, 10, "coercive.pressure")]);
        super::super::export(&[a], Format::LabelStudio, dir.path()).unwrap();
        let v: Value =
            serde_json::from_slice(&std::fs::read(dir.path().join(TASKS_FILE)).unwrap()).unwrap();
        let r = &v[0]["predictions"][0]["result"][0];
        assert_eq!(v[0]["data"]["message_id"], "m1");
        assert_eq!(r["value"]["start"], 2);
        assert_eq!(r["value"]["end"], 10);
        assert_eq!(r["value"]["text"], "u owe me");
        assert_eq!(r["value"]["labels"][0], "coercive.pressure");
        assert_eq!(r["from_name"], "label");
        assert_eq!(r["to_name"], "text");
        let xml = std::fs::read_to_string(dir.path().join(CONFIG_FILE)).unwrap();
        for c in CATEGORY_IDS {
            assert!(xml.contains(&format!("<Label value=\"{c}\"/>")));
            assert!(xml.contains(&format!("<Choice value=\"{c}\"/>")));
        }
        assert!(
            xml.contains("<Choices name=\"message_labels\" toName=\"text\" choice=\"multiple\"")
        );
        assert!(xml.contains("<Paragraphs name=\"context\" value=\"$context\""));
        assert!(xml.contains("<Header value=\"$speaker\""));
    }

    /// A label without a span is a message-level choice; the conversation around a message
    /// is in its data, with speakers; all of it comes back.
    #[test]
    fn message_labels_and_context() {
        let dir = tempfile::tempdir().unwrap();
        let first = ann("c", "m1", "hi", &[]);
        let mut second = ann("c", "m2", "u owe me", &[(2, 5, "coercive.pressure")]);
        second.speaker = "spk_b".into();
        second.evidence.insert(
            "coercive.secrecy".into(),
            vec![crate::model::Source::Classifier],
        );
        second.finalise();
        let third = ann("d", "m3", "other conversation", &[]);
        let anns = [first, second.clone(), third];
        super::super::export(&anns, Format::LabelStudio, dir.path()).unwrap();
        let v: Value =
            serde_json::from_slice(&std::fs::read(dir.path().join(TASKS_FILE)).unwrap()).unwrap();
        assert_eq!(
            v[1]["data"]["context"],
            json!([{"author": "spk_a", "text": "hi"}])
        );
        assert_eq!(
            v[0]["data"]["context_after"],
            json!([{"author": "spk_b", "text": "u owe me"}])
        );
        assert_eq!(v[2]["data"]["context"], json!([]));
        let r = &v[1]["predictions"][0]["result"];
        assert_eq!(r[1]["from_name"], MESSAGE_LABELS);
        assert_eq!(r[1]["value"]["choices"], json!(["coercive.secrecy"]));
        let back = import(dir.path()).unwrap();
        assert_eq!(back[1].labels, second.labels);
        assert_eq!(back[1].spans.len(), 1);
        assert_eq!(back[1].speaker, "spk_b");
    }

    fn task(annotations: Value, predictions: Value) -> Value {
        json!([{
            "id": 7,
            "data": {"text": "😀 u owe me", "message_id": "m1", "conversation_id": "c"},
            "annotations": annotations,
            "predictions": predictions,
        }])
    }

    fn region(s: usize, e: usize, t: &str, l: &str) -> Value {
        json!({"from_name": "label", "to_name": "text", "type": "labels",
               "value": {"start": s, "end": e, "text": t, "labels": [l]}})
    }

    #[test]
    fn human_annotations_win_and_utf16_is_converted() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("export.json");
        let v = task(
            json!([
                {"was_cancelled": true, "completed_by": 1, "result": [region(2, 5, "u o", "protective")]},
                // UTF-16 offsets (old Label Studio): "u owe" is 3..8 in UTF-16, 2..7 in code points.
                {"completed_by": {"id": 2, "email": "coder2@example.com"},
                 "result": [region(3, 8, "u owe", "coercive.pressure")]},
            ]),
            json!([{"result": [region(6, 10, "e me", "coercive.threat")]}]),
        );
        std::fs::write(&p, serde_json::to_vec(&v).unwrap()).unwrap();
        let back = import(&p).unwrap();
        assert_eq!(back.len(), 1);
        let s = &back[0].spans;
        assert_eq!(s.len(), 1);
        assert_eq!((s[0].start, s[0].end, s[0].text.as_str()), (2, 7, "u owe"));
        assert_eq!(back[0].labels, vec!["coercive.pressure".to_string()]);
        let by = import_by_annotator(&p).unwrap();
        assert_eq!(by.keys().collect::<Vec<_>>(), vec!["coder2@example.com"]);
        // No annotations: predictions are used.
        let v = task(
            json!([]),
            json!([{"result": [region(6, 10, "e me", "coercive.threat")]}]),
        );
        std::fs::write(&p, serde_json::to_vec(&v).unwrap()).unwrap();
        let back = import(&p).unwrap();
        assert_eq!(back[0].spans[0].category, "coercive.threat");
    }

    #[test]
    fn malformed_names_task() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("t.json");
        let v = json!([{"data": {"text": "ok"}}, {"data": {}}]);
        std::fs::write(&p, serde_json::to_vec(&v).unwrap()).unwrap();
        let e = format!("{:#}", import(&p).unwrap_err());
        assert!(e.contains("t.json: task 1"), "{e}");
        let v = task(
            json!([{"result": [region(0, 3, "zzz", "protective")]}]),
            json!([]),
        );
        std::fs::write(&p, serde_json::to_vec(&v).unwrap()).unwrap();
        let e = format!("{:#}", import(&p).unwrap_err());
        assert!(e.contains("task 0") && e.contains("result 0"), "{e}");
        std::fs::write(&p, b"[{").unwrap();
        assert!(import(&p).is_err());
    }
}
