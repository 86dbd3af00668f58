//! Exports for corpus tools (issue 21): VRT for CWB / CQPweb and (No)Sketch Engine, and folders
//! of plain text per category for AntConc and #LancsBox. Both are export-only: they carry the
//! text and the labels for querying, not the spans' provenance, so `import` refuses them.
//!
//! VRT (the CWB "verticalized text" input): one `<text>` per conversation and one `<msg>` per
//! message (id, speaker, time, labels as a CWB set attribute `|a|b|`, language, episode,
//! role), then one token per line with three tab-separated positional attributes: the word as
//! written, its normalised form, and the category of the span it lies in (`_` outside every
//! labelling span; the most severe span's category, then the first by id, when spans overlap).
//! Attribute values and tokens are XML-escaped (`&`, `<`, `>`, `"`), as `cwb-encode -x` expects.

use super::{file_stems, group_conversations, write_file, ExportSummary};
use crate::error::{Context, Result};
use crate::model::Annotation;
use crate::normalise::normalise;
use std::collections::BTreeMap;
use std::path::Path;

/// The VRT file an export writes.
pub const VRT_FILE: &str = "corpus.vrt";
/// The folder name for messages without a label in a `txt` export.
pub const UNFLAGGED: &str = "unflagged";

/// XML-escape a token or an attribute value.
fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\t' | '\n' | '\r' => o.push(' '),
            c => o.push(c),
        }
    }
    o
}

/// A CWB set attribute value: `|a|b|`, or `|` for the empty set.
fn set_attr<S: AsRef<str>>(items: &[S]) -> String {
    let mut o = String::from("|");
    for i in items {
        o.push_str(&esc(i.as_ref()));
        o.push('|');
    }
    o
}

/// The category of the labelling span a token (code points `start..end`) lies in, or `_`.
fn token_category(a: &Annotation, start: usize, end: usize) -> String {
    a.spans
        .iter()
        .filter(|s| s.is_labelling() && s.start < end && start < s.end)
        .max_by(|x, y| {
            x.severity
                .cmp(&y.severity)
                .then_with(|| y.category.cmp(&x.category))
        })
        .map_or_else(|| "_".to_string(), |s| s.category.clone())
}

/// The `<msg>` element of one message, its tokens and its closing tag.
fn vrt_message(a: &Annotation, out: &mut String) {
    let attrs = [
        ("id", esc(&a.message_id)),
        ("speaker", esc(&a.speaker)),
        ("time", esc(a.timestamp.as_deref().unwrap_or(""))),
        ("labels", set_attr(&a.labels)),
        ("lang", esc(&a.lang)),
        ("episode", esc(a.episode_id.as_deref().unwrap_or(""))),
        ("role", esc(a.role.as_deref().unwrap_or(""))),
    ];
    out.push_str("<msg");
    for (k, v) in attrs {
        out.push_str(&format!(" {k}=\"{v}\""));
    }
    out.push_str(">\n");
    let chars: Vec<char> = a.text.chars().collect();
    for t in normalise(&a.text).tokens() {
        let word: String = chars[t.start.min(chars.len())..t.end.min(chars.len())]
            .iter()
            .collect();
        if word.trim().is_empty() {
            continue;
        }
        let cat = token_category(a, t.start, t.end);
        out.push_str(&format!("{}\t{}\t{}\n", esc(&word), esc(&t.text), cat));
    }
    out.push_str("</msg>\n");
}

/// Write `corpus.vrt`: one `<text>` per conversation (in first-seen order), one `<msg>` per
/// message.
pub(crate) fn export_vrt(
    anns: &[Annotation],
    dir: &Path,
    summary: &mut ExportSummary,
) -> Result<()> {
    let mut out = String::new();
    let convs = group_conversations(anns);
    for (cid, msgs) in &convs {
        let corpus = msgs.first().map_or("", |a| a.corpus.as_str());
        out.push_str(&format!(
            "<text id=\"{}\" corpus=\"{}\">\n",
            esc(cid),
            esc(corpus)
        ));
        for a in msgs {
            vrt_message(a, &mut out);
            summary.spans += a.spans.iter().filter(|s| s.is_labelling()).count();
        }
        out.push_str("</text>\n");
    }
    summary.documents = convs.len();
    write_file(&dir.join(VRT_FILE), out.as_bytes(), summary)
}

/// Write folders of plain text: `<category>/<conversation>.txt` holds the text of that
/// conversation's messages with that label (fine id), one per line, in order; messages
/// without a label go under `unflagged/`. File names are made safe and unique.
pub(crate) fn export_txt(
    anns: &[Annotation],
    dir: &Path,
    summary: &mut ExportSummary,
) -> Result<()> {
    let convs = group_conversations(anns);
    let ids: Vec<&str> = convs.iter().map(|(c, _)| c.as_str()).collect();
    let stems = file_stems(&ids);
    // category -> file stem -> lines
    let mut folders: BTreeMap<String, BTreeMap<&str, String>> = BTreeMap::new();
    for ((_, msgs), stem) in convs.iter().zip(&stems) {
        for a in msgs {
            let line = a.text.replace(['\r', '\n'], " ");
            let cats: Vec<&str> = if a.labels.is_empty() {
                vec![UNFLAGGED]
            } else {
                a.labels.iter().map(String::as_str).collect()
            };
            for c in cats {
                let f = folders.entry(c.to_string()).or_default();
                let body = f.entry(stem.as_str()).or_default();
                body.push_str(&line);
                body.push('\n');
            }
        }
    }
    for (cat, files) in &folders {
        let safe: String = cat
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || matches!(c, '.' | '-' | '_') {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let sub = dir.join(safe.trim_start_matches('.'));
        std::fs::create_dir_all(&sub)
            .with_context(|| format!("creating directory {}", sub.display()))?;
        for (stem, body) in files {
            write_file(&sub.join(format!("{stem}.txt")), body.as_bytes(), summary)?;
        }
    }
    summary.documents = folders.values().map(BTreeMap::len).sum();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_and_sets_follow_cwb() {
        assert_eq!(esc("a<b & \"c\">"), "a&lt;b &amp; &quot;c&quot;&gt;");
        assert_eq!(set_attr(&["x", "y"]), "|x|y|");
        assert_eq!(set_attr::<&str>(&[]), "|");
    }
}
