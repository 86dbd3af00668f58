//! Writing a `.qdpx` (see [`super`]).

use super::SOURCES_DIR;
use super::{guid, one_line, xml_attr, xml_text, MAP_DIR, NAMESPACE, QDE_ENTRY, QDPX_FILE};
use crate::error::{Context, Result};
use crate::export::{
    group_conversations, prepare_spans, write_file, ExportSummary, Sidecar, SidecarMessage,
    SIDECAR_FORMAT,
};
use crate::model::{top_level, Annotation, CATEGORY_IDS, TOP_LEVEL_IDS};
use indexmap::{IndexMap, IndexSet};
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;

/// One coded selection of a source.
struct Sel {
    start: usize,
    end: usize,
    category: String,
    /// The message it belongs to (for its GUID and name).
    message_id: String,
    description: String,
}

/// A conversation laid out as a text source.
struct Source {
    guid: String,
    name: String,
    text: String,
    sidecar: Sidecar,
    selections: Vec<Sel>,
}

pub(crate) fn export(anns: &[Annotation], dir: &Path, summary: &mut ExportSummary) -> Result<()> {
    let convs = group_conversations(anns);
    let user = guid(&["user", "c2chat"]);
    let mut sources = Vec::with_capacity(convs.len());
    for (conv, msgs) in &convs {
        sources.push(source(conv, msgs, summary)?);
    }
    let variables = conversation_variables(&convs);
    let mut x = String::new();
    let _ = writeln!(x, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    let _ = writeln!(
        x,
        "<Project xmlns=\"{NAMESPACE}\" name=\"{}\" origin=\"c2chat {}\" creatingUserGUID=\"{user}\">",
        xml_attr(&project_name(anns)),
        env!("CARGO_PKG_VERSION")
    );
    let _ = writeln!(
        x,
        "  <Users>\n    <User guid=\"{user}\" name=\"c2chat\"/>\n  </Users>"
    );
    write_codebook(&mut x, &categories(anns));
    write_variables(&mut x, &variables);
    write_cases(&mut x, &convs, &sources, &variables);
    if !sources.is_empty() {
        x.push_str("  <Sources>\n");
        for s in &sources {
            write_source(&mut x, s, &user);
        }
        x.push_str("  </Sources>\n");
    }
    x.push_str(
        "  <Description>Exported by c2chat: codes are c2chat categories; a selection over a \
         whole line is a message-level label.</Description>\n",
    );
    x.push_str("</Project>\n");
    let mut entries: Vec<(String, Vec<u8>)> = vec![(QDE_ENTRY.to_string(), x.into_bytes())];
    for s in &sources {
        entries.push((
            format!("{SOURCES_DIR}{}.txt", s.guid),
            s.text.as_bytes().to_vec(),
        ));
    }
    for s in &sources {
        let mut bytes = serde_json::to_vec_pretty(&s.sidecar)?;
        bytes.push(b'\n');
        entries.push((format!("{MAP_DIR}{}.json", s.guid), bytes));
    }
    let zip = zip_entries(&entries).context("writing the .qdpx zip")?;
    write_file(&dir.join(QDPX_FILE), &zip, summary)?;
    summary.documents = sources.len();
    Ok(())
}

/// The corpus name when every message has the same one, else `c2chat`.
fn project_name(anns: &[Annotation]) -> String {
    let names: BTreeSet<&str> = anns.iter().map(|a| a.corpus.as_str()).collect();
    match names.into_iter().collect::<Vec<_>>()[..] {
        [one] if !one.trim().is_empty() => one.to_string(),
        _ => "c2chat".to_string(),
    }
}

/// Every category in the codebook: the contract's, then any other found in the annotations.
fn categories(anns: &[Annotation]) -> Vec<String> {
    let mut cats: IndexSet<String> = CATEGORY_IDS.iter().map(|c| c.to_string()).collect();
    let mut extra = BTreeSet::new();
    for a in anns {
        extra.extend(a.labels.iter().cloned());
        extra.extend(a.spans.iter().map(|s| s.category.clone()));
    }
    cats.extend(extra);
    cats.into_iter().collect()
}

/// Lay out one conversation as a source: one line per message, `speaker: text`.
fn source(conv: &str, msgs: &[&Annotation], summary: &mut ExportSummary) -> Result<Source> {
    let guid = guid(&["source", conv]);
    let mut text = String::new();
    let mut pos = 0usize;
    let mut messages = Vec::with_capacity(msgs.len());
    let mut selections = Vec::new();
    for (i, a) in msgs.iter().enumerate() {
        if i > 0 {
            text.push('\n');
            pos += 1;
        }
        let line_start = pos;
        let prefix = format!("{}: ", one_line(&a.speaker));
        text.push_str(&prefix);
        text.push_str(&one_line(&a.text));
        let start = line_start + prefix.chars().count();
        let end = start + a.text.chars().count();
        pos = end;
        let spans = prepare_spans(a, summary)?;
        let spanned: BTreeSet<&str> = spans.iter().map(|s| s.category.as_str()).collect();
        for sp in &spans {
            let sources: Vec<&str> = sp.sources.iter().map(|s| s.as_str()).collect();
            selections.push(Sel {
                start: start + sp.start,
                end: start + sp.end,
                category: sp.category.clone(),
                message_id: a.message_id.clone(),
                description: format!(
                    "severity {}; {}; {}",
                    sp.severity,
                    sources.join(", "),
                    sp.rules.join(", ")
                ),
            });
        }
        summary.spans += spans.len();
        for l in a.labels.iter().filter(|l| !spanned.contains(l.as_str())) {
            let evidence: Vec<&str> = a
                .evidence
                .get(l)
                .map(|v| v.iter().map(|s| s.as_str()).collect())
                .unwrap_or_default();
            selections.push(Sel {
                start: line_start,
                end,
                category: l.clone(),
                message_id: a.message_id.clone(),
                description: format!("message-level label; {}", evidence.join(", ")),
            });
        }
        messages.push(SidecarMessage {
            message_id: a.message_id.clone(),
            corpus: a.corpus.clone(),
            speaker: a.speaker.clone(),
            timestamp: a.timestamp.clone(),
            meta: a.meta.clone(),
            tokens: a.tokens,
            start,
            end,
            text: a.text.clone(),
            episode_id: a.episode_id.clone(),
            role: a.role.clone(),
        });
    }
    selections.sort_by(|a, b| (a.start, a.end, &a.category).cmp(&(b.start, b.end, &b.category)));
    Ok(Source {
        guid,
        name: conv.to_string(),
        text,
        sidecar: Sidecar {
            format: SIDECAR_FORMAT.to_string(),
            conversation_id: conv.to_string(),
            messages,
        },
        selections,
    })
}

/// Metadata columns that hold one value per conversation (the same for each of its
/// messages), in first-appearance order.
fn conversation_variables(convs: &[(String, Vec<&Annotation>)]) -> Vec<String> {
    let mut keys: IndexSet<&str> = IndexSet::new();
    let mut varying: BTreeSet<&str> = BTreeSet::new();
    for (_, msgs) in convs {
        for a in msgs {
            keys.extend(a.meta.keys().map(String::as_str));
        }
        for k in keys.iter() {
            let first = msgs[0].meta.get(*k);
            if msgs.iter().any(|a| a.meta.get(*k) != first) {
                varying.insert(*k);
            }
        }
    }
    keys.into_iter()
        .filter(|k| !varying.contains(k))
        .map(str::to_string)
        .collect()
}

fn write_codebook(x: &mut String, cats: &[String]) {
    let mut tops: IndexMap<&str, Vec<&str>> = TOP_LEVEL_IDS.iter().map(|t| (*t, vec![])).collect();
    for c in cats {
        let top = top_level(c);
        let kids = tops.entry(top).or_default();
        if c != top {
            kids.push(c.as_str());
        }
    }
    x.push_str("  <CodeBook>\n    <Codes>\n");
    for (&top, kids) in &tops {
        let _ = write!(
            x,
            "      <Code guid=\"{}\" name=\"{}\" isCodable=\"true\" color=\"#{}\">\n        \
             <Description>c2chat category {}</Description>\n",
            guid(&["code", top]),
            xml_attr(top),
            crate::report::cat_color_hex(top),
            xml_text(top)
        );
        for &k in kids {
            let _ = writeln!(
                x,
                "        <Code guid=\"{}\" name=\"{}\" isCodable=\"true\" color=\"#{}\">\
                 <Description>c2chat category {}</Description></Code>",
                guid(&["code", k]),
                xml_attr(&k[top.len() + 1..]),
                crate::report::cat_color_hex(k),
                xml_text(k)
            );
        }
        x.push_str("      </Code>\n");
    }
    x.push_str("    </Codes>\n  </CodeBook>\n");
}

fn write_variables(x: &mut String, vars: &[String]) {
    if vars.is_empty() {
        return;
    }
    x.push_str("  <Variables>\n");
    for v in vars {
        let _ = writeln!(
            x,
            "    <Variable guid=\"{}\" name=\"{}\" typeOfVariable=\"Text\">\
             <Description>conversation metadata column {}</Description></Variable>",
            guid(&["variable", v.as_str()]),
            xml_attr(v),
            xml_text(v)
        );
    }
    x.push_str("  </Variables>\n");
}

/// One case per conversation, with its variables and its source.
fn write_cases(
    x: &mut String,
    convs: &[(String, Vec<&Annotation>)],
    sources: &[Source],
    vars: &[String],
) {
    if convs.is_empty() {
        return;
    }
    x.push_str("  <Cases>\n");
    for ((conv, msgs), s) in convs.iter().zip(sources) {
        let _ = writeln!(
            x,
            "    <Case guid=\"{}\" name=\"{}\">",
            guid(&["case", conv.as_str()]),
            xml_attr(conv)
        );
        for v in vars {
            if let Some(val) = msgs[0].meta.get(v) {
                let _ = writeln!(
                    x,
                    "      <VariableValue><VariableRef targetGUID=\"{}\"/><TextValue>{}</TextValue></VariableValue>",
                    guid(&["variable", v.as_str()]),
                    xml_text(val)
                );
            }
        }
        let _ = writeln!(x, "      <SourceRef targetGUID=\"{}\"/>", s.guid);
        x.push_str("    </Case>\n");
    }
    x.push_str("  </Cases>\n");
}

fn write_source(x: &mut String, s: &Source, user: &str) {
    let _ = writeln!(
        x,
        "    <TextSource guid=\"{}\" name=\"{}\" plainTextPath=\"internal://{}.txt\" creatingUser=\"{user}\">",
        s.guid,
        xml_attr(&s.name),
        s.guid
    );
    let _ = writeln!(
        x,
        "      <Description>Conversation {} ({} messages), one line per message (speaker: text)</Description>",
        xml_text(&s.name),
        s.sidecar.messages.len()
    );
    for sel in &s.selections {
        let (start, end) = (sel.start.to_string(), sel.end.to_string());
        let g = guid(&[
            "selection",
            s.name.as_str(),
            sel.message_id.as_str(),
            start.as_str(),
            end.as_str(),
            sel.category.as_str(),
        ]);
        let code = guid(&["code", sel.category.as_str()]);
        let coding = guid(&["coding", g.as_str()]);
        let _ = writeln!(
            x,
            "      <PlainTextSelection guid=\"{g}\" name=\"{}\" startPosition=\"{}\" endPosition=\"{}\" creatingUser=\"{user}\">\
             <Description>{}</Description>\
             <Coding guid=\"{coding}\" creatingUser=\"{user}\"><CodeRef targetGUID=\"{code}\"/></Coding>\
             </PlainTextSelection>",
            xml_attr(&format!("{} {}", sel.message_id, sel.category)),
            sel.start,
            sel.end,
            xml_text(&sel.description)
        );
    }
    x.push_str("    </TextSource>\n");
}

/// The zip: entries in the given order, Deflate, a fixed timestamp (1980-01-01 00:00) and
/// mode 0644, written as from Unix whatever the platform: the same entries give the same
/// bytes.
fn zip_entries(entries: &[(String, Vec<u8>)]) -> Result<Vec<u8>> {
    use zip::write::SimpleFileOptions;
    let opts = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(6))
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644)
        .system(zip::System::Unix);
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in entries {
        w.start_file(name.as_str(), opts)
            .map_err(crate::Error::external)?;
        w.write_all(bytes)?;
    }
    let cur = w.finish().map_err(crate::Error::external)?;
    Ok(cur.into_inner())
}
