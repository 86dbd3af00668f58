//! Frames: how the words of a span are used in their message (use vs mention).
//!
//! After matching, every span of a message is `direct` unless a frame cue of the lexicon
//! (`frames.toml`, see [`crate::lexicon::frames`]) applies to it. A cue is a regex over the
//! normalised message with a scope:
//!
//! - `before`: the cue starts before the span and ends at most `gap` words before its start,
//!   with no clause break (`.`, `!`, `?`, `;`, a new line or "but") in between ("im **not**
//!   sending pics"); with `at_start`, it may also start where the span starts, when the span
//!   includes the cue's words ("**calling** her a sket" matched as a whole by a pattern);
//! - `after`: the cue starts at most `gap` words after the span's end, in the same clause
//!   ("sket **isnt a joke**"); with `before`, both must hold;
//! - `around`: the span lies inside the cue's match (quote marks);
//! - `when`: the message also has a direct span of a category ("what should i do").
//!
//! The first cue in file order that applies to a span gives its frame. A cue with a `label`
//! also adds a span of that category over the cue's words (a slur quoted in a challenge is
//! `protective.challenge`). Which frames give labels is [`crate::model::Span::is_labelling`].

use crate::error::Result;
use crate::lexicon::frames::FramesConfig;
use crate::lexicon::{cue_regex, LazyRegex};
use crate::model::{top_level, Frame, Source, Span};
use crate::normalise::Normalised;
use regex::Regex;
use std::ops::Range;
use std::sync::OnceLock;

/// Compiled frame cues.
#[derive(Debug, Clone, Default)]
pub struct Frames {
    cues: Vec<Cue>,
}

#[derive(Debug, Clone)]
struct Cue {
    id: String,
    frame: Frame,
    before: Option<LazyRegex>,
    after: Option<LazyRegex>,
    around: Option<LazyRegex>,
    when: Option<String>,
    gap: usize,
    categories: Vec<String>,
    except: Vec<String>,
    unless: Option<LazyRegex>,
    with: Option<LazyRegex>,
    label: Option<String>,
    at_start: bool,
    comma_breaks: bool,
}

/// Whether category `cat` is `id` or under it.
fn is_under(cat: &str, id: &str) -> bool {
    cat == id || cat.strip_prefix(id).is_some_and(|r| r.starts_with('.'))
}

fn words() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(r"[\p{L}\p{N}_']+").expect("word regex"))
}

fn clause_break() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(r"[.!?;\n]|\bbut\b").expect("clause regex"))
}

/// Whether normalised bytes `a..b` hold at most `gap` words and no clause break (an empty or
/// reversed range, where cue and span overlap, is always near).
fn near(t: &str, a: usize, b: usize, gap: usize, comma_breaks: bool) -> bool {
    if a >= b {
        return true;
    }
    let between = &t[a..b];
    let comma = comma_breaks && between.contains(',');
    !comma && !clause_break().is_match(between) && words().find_iter(between).count() <= gap
}

/// A message being framed: its normalised text and each span's normalised byte range.
struct Ctx<'a> {
    t: &'a str,
    ranges: Vec<Range<usize>>,
}

impl Cue {
    fn covers(&self, category: &str) -> bool {
        let listed = if self.categories.is_empty() {
            top_level(category) != "protective"
        } else {
            self.categories.iter().any(|c| is_under(category, c))
        };
        listed && !self.except.iter().any(|c| is_under(category, c))
    }

    /// The words of the cue and the span (normalised bytes) when the cue applies to span `i`.
    fn applies(&self, cx: &Ctx, spans: &[Span], i: usize) -> Option<Range<usize>> {
        let r = &cx.ranges[i];
        if let Some(w) = &self.when {
            let hit = spans
                .iter()
                .enumerate()
                .any(|(j, s)| j != i && s.frame == Frame::Direct && is_under(&s.category, w));
            return hit.then(|| r.clone());
        }
        if let Some(re) = &self.around {
            return re
                .find_iter(cx.t)
                .find(|m| m.start() <= r.start && r.end <= m.end())
                .map(|m| m.range());
        }
        let before = match &self.before {
            Some(re) => Some(
                re.find_iter(cx.t)
                    .filter(|m| {
                        let starts_before = m.start() < r.start
                            || (self.at_start && m.start() == r.start && m.end() < r.end);
                        starts_before && near(cx.t, m.end(), r.start, self.gap, self.comma_breaks)
                    })
                    .last()?
                    .range(),
            ),
            None => None,
        };
        let after = match &self.after {
            Some(re) => Some(
                re.find_iter(cx.t)
                    .find(|m| {
                        m.end() > r.end && near(cx.t, r.end, m.start(), self.gap, self.comma_breaks)
                    })?
                    .range(),
            ),
            None => None,
        };
        // The cue's words: from the first cue match to the last, the span's words between.
        let all: Vec<Range<usize>> = before.into_iter().chain(after).chain([r.clone()]).collect();
        let first = all.iter().map(|x| x.start).min()?;
        let last = all.iter().map(|x| x.end).max()?;
        Some(first..last)
    }
}

impl Frames {
    /// Compile the cues of a lexicon.
    pub fn new(cfg: &FramesConfig) -> Result<Frames> {
        let re = |r: &Option<String>, id: &str, what: &str| {
            r.as_deref()
                .map(|r| cue_regex(r, &format!("frames.toml: cue {id}: {what}")))
                .transpose()
        };
        let cues = cfg
            .cues
            .iter()
            .map(|c| {
                Ok(Cue {
                    id: c.id.clone(),
                    frame: c.frame.parse().map_err(|e: String| crate::err!("{e}"))?,
                    before: re(&c.before, &c.id, "before")?,
                    after: re(&c.after, &c.id, "after")?,
                    around: re(&c.around, &c.id, "around")?,
                    when: c.when.clone(),
                    gap: c.gap,
                    categories: c.categories.clone(),
                    except: c.except.clone(),
                    unless: re(&c.unless, &c.id, "unless")?,
                    with: re(&c.with, &c.id, "with")?,
                    label: c.label.clone(),
                    at_start: c.at_start,
                    comma_breaks: c.comma_breaks,
                })
            })
            .collect::<Result<Vec<Cue>>>()?;
        Ok(Frames { cues })
    }

    /// Give every span of one message its frame, and add the spans of cue labels.
    pub fn apply(&self, n: &Normalised, spans: &mut Vec<Span>) {
        if spans.is_empty() || self.cues.is_empty() {
            return;
        }
        let cx = Ctx {
            t: n.text(),
            ranges: spans.iter().map(|s| normalised_range(n, s)).collect(),
        };
        let mut added: Vec<Span> = Vec::new();
        let live: Vec<&Cue> = self
            .cues
            .iter()
            .filter(|c| !c.unless.as_ref().is_some_and(|u| u.is_match(cx.t)))
            .filter(|c| c.with.as_ref().is_none_or(|w| w.is_match(cx.t)))
            .collect();
        for i in 0..spans.len() {
            if spans[i].frame != Frame::Direct || spans[i].rule_id.starts_with("frame:") {
                continue;
            }
            let hit = live
                .iter()
                .filter(|c| c.covers(&spans[i].category))
                .find_map(|c| c.applies(&cx, spans, i).map(|r| (c, r)));
            let Some((cue, words)) = hit else { continue };
            spans[i].frame = cue.frame;
            if let Some(label) = &cue.label {
                if let Some(s) = label_span(n, words, label, &cue.id) {
                    if !added.contains(&s) {
                        added.push(s);
                    }
                }
            }
        }
        spans.extend(added);
    }
}

/// The normalised byte range of a span (its original code points mapped forward). One pass
/// over the text: original byte offsets are turned into code points incrementally (a
/// message of 50 MB must not cost a count from the start for every character).
fn normalised_range(n: &Normalised, s: &Span) -> Range<usize> {
    let t = n.text();
    let orig = n.original();
    let (mut start, mut end) = (None, t.len());
    // (original byte offset, its code-point offset), advanced as the text is walked.
    let (mut at_byte, mut at_char) = (0usize, 0usize);
    for (b, c) in t.char_indices() {
        let Some(ob) = n.original_bytes(b..b + c.len_utf8()) else {
            continue;
        };
        if ob.start < at_byte {
            (at_byte, at_char) = (0, 0);
        }
        at_char += orig[at_byte..ob.start].chars().count();
        at_byte = ob.start;
        if start.is_none() && at_char >= s.start {
            start = Some(b);
        }
        if at_char >= s.end {
            end = b;
            break;
        }
    }
    let start = start.unwrap_or(t.len());
    start..end.max(start)
}

fn label_span(n: &Normalised, words: Range<usize>, category: &str, id: &str) -> Option<Span> {
    let o = n.original_chars(words)?;
    let text: String = n.original().chars().skip(o.start).take(o.len()).collect();
    Some(Span {
        start: o.start,
        end: o.end,
        text,
        category: category.to_string(),
        severity: 1,
        source: Source::Pattern,
        rule_id: format!("frame:{id}"),
        frame: Frame::Direct,
    })
}
