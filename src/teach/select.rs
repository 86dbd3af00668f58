//! Choosing the excerpts: the flagged evidence of each annotation, the window of context
//! around it, pupil labels, and the residual-PII check that withholds an excerpt.

use super::mask::{conversation_spread, is_sexualised, masked, process_rare};
use super::prompts::prompts_for;
use super::{
    CategoryInfo, CategoryNote, Excerpt, ExcerptMessage, Pack, Provenance, Refusal, Segment,
    TeachOptions,
};
use crate::bail;
use crate::error::Result;
use crate::model::Annotation;
use crate::redact::names::PhraseMatcher;
use crate::redact::{detect, NameList, PiiKind};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// "Pupil A", "Pupil B", ... for the `i`-th speaker (0-based) of an excerpt.
pub(super) fn pupil_label(i: usize) -> String {
    // A, B, ..., Z, AA, AB, ...
    let mut n = i + 1;
    let mut s = Vec::new();
    while n > 0 {
        n -= 1;
        s.push((b'A' + (n % 26) as u8) as char);
        n /= 26;
    }
    format!("Pupil {}", s.iter().rev().collect::<String>())
}

/// Whether a category id is selected by the `--category` prefixes (none selects all).
pub(super) fn selected(cat: &str, filters: &[String]) -> bool {
    filters.is_empty() || filters.iter().any(|f| cat.starts_with(f.as_str()))
}

/// Check every span's offsets against its text.
pub(super) fn validate(anns: &[Annotation]) -> Result<()> {
    for (i, a) in anns.iter().enumerate() {
        let n = a.text.chars().count();
        for (j, s) in a.spans.iter().enumerate() {
            if s.start > s.end || s.end > n {
                bail!(
                    "annotation record {}: span {} has offsets {}..{} outside the text ({} characters)",
                    i + 1,
                    j + 1,
                    s.start,
                    s.end,
                    n
                );
            }
        }
    }
    Ok(())
}

/// The selected evidence of one annotation: highlighted spans (code points, categories)
/// and label-only categories.
pub(super) struct Evidence {
    spans: Vec<(usize, usize, Vec<String>)>,
    pub(super) label_only: Vec<String>,
}

pub(super) fn evidence(a: &Annotation, opts: &TeachOptions) -> Evidence {
    let mut raw: Vec<(usize, usize, String)> = a
        .spans
        .iter()
        .filter(|s| {
            s.start < s.end
                && s.severity >= opts.min_severity
                && selected(&s.category, &opts.categories)
        })
        .map(|s| (s.start, s.end, s.category.clone()))
        .collect();
    raw.sort();
    // Merge overlapping spans into one highlight carrying every category.
    let mut spans: Vec<(usize, usize, Vec<String>)> = Vec::new();
    for (s, e, c) in raw {
        match spans.last_mut() {
            Some(last) if s < last.1 => {
                last.1 = last.1.max(e);
                if !last.2.contains(&c) {
                    last.2.push(c);
                    last.2.sort();
                }
            }
            _ => spans.push((s, e, vec![c])),
        }
    }
    let label_only = if a.severity >= opts.min_severity {
        a.labels
            .iter()
            .filter(|l| selected(l, &opts.categories) && !a.spans.iter().any(|s| &s.category == *l))
            .cloned()
            .collect()
    } else {
        Vec::new()
    };
    Evidence { spans, label_only }
}

/// What every excerpt of one pack needs: the options, each annotation's conversation and
/// position in it, word spread (for rare words) and the speaker ids to scrub from text.
pub(super) struct Ctx<'a> {
    pub(super) opts: &'a TeachOptions,
    /// Conversation id -> its annotations' indices, in input order.
    pub(super) by_conv: HashMap<&'a str, Vec<usize>>,
    /// Each annotation's position in its conversation.
    pub(super) pos_in_conv: Vec<usize>,
    spread: HashMap<String, Option<usize>>,
    /// Speaker ids that may appear inside message text.
    id_matcher: PhraseMatcher,
    id_phrases: Vec<String>,
}

impl<'a> Ctx<'a> {
    pub(super) fn new(annotations: &'a [Annotation], opts: &'a TeachOptions) -> Ctx<'a> {
        let mut by_conv: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut pos_in_conv = vec![0usize; annotations.len()];
        for (i, a) in annotations.iter().enumerate() {
            let v = by_conv.entry(a.conversation_id.as_str()).or_default();
            pos_in_conv[i] = v.len();
            v.push(i);
        }
        let mut ids: BTreeSet<String> = BTreeSet::new();
        for a in annotations {
            let f = crate::redact::names::fold(&a.speaker);
            if f.chars().count() >= 3 {
                ids.insert(f);
            }
        }
        let id_phrases: Vec<String> = ids.into_iter().collect();
        Ctx {
            opts,
            by_conv,
            pos_in_conv,
            spread: conversation_spread(annotations),
            id_matcher: PhraseMatcher::new(id_phrases.clone()),
            id_phrases,
        }
    }

    /// The window around annotation `i`: `context` messages of its conversation either side.
    fn window(&self, annotations: &[Annotation], i: usize) -> &[usize] {
        let conv = &self.by_conv[annotations[i].conversation_id.as_str()];
        let (p, k) = (self.pos_in_conv[i], self.opts.context);
        &conv[p.saturating_sub(k)..(p + k + 1).min(conv.len())]
    }

    /// Replace speaker ids mentioned in text with the excerpt's pupil labels (`pupils` holds
    /// folded speaker ids in label order; ids not yet in it get the next label).
    fn scrub_ids(&self, text: &str, pupils: &mut Vec<String>) -> String {
        self.id_matcher.replace_with(text, |i| {
            let phrase = &self.id_phrases[i];
            let who = pupils.iter().position(|p| p == phrase).unwrap_or_else(|| {
                pupils.push(phrase.clone());
                pupils.len() - 1
            });
            pupil_label(who)
        })
    }
}

/// Build a pack from annotations (in input order). Errors name the annotation record.
pub fn build_pack(
    annotations: &[Annotation],
    categories: &BTreeMap<String, CategoryInfo>,
    opts: &TeachOptions,
) -> Result<Pack> {
    validate(annotations)?;
    let general = crate::defaults::teach_general_prompts()?;
    let ctx = Ctx::new(annotations, opts);
    let mut excerpts = Vec::new();
    let mut refused = Vec::new();
    let mut warnings = Vec::new();
    let mut covered = vec![false; annotations.len()];
    for (i, a) in annotations.iter().enumerate() {
        if opts.max_excerpts > 0 && excerpts.len() >= opts.max_excerpts {
            break;
        }
        if covered[i] {
            continue;
        }
        let ev = evidence(a, opts);
        if ev.spans.is_empty() && ev.label_only.is_empty() {
            continue;
        }
        let window = ctx.window(annotations, i);
        let mut rare = BTreeSet::new();
        let (messages, cats) = render_window(annotations, window, &|w| w == i, &ctx, &mut rare);
        if let Some(reason) = residual_pii(&messages, &opts.names) {
            refused.push(Refusal {
                record: i + 1,
                reason,
            });
            continue;
        }
        for &w in window {
            covered[w] = true;
        }
        let id = format!("EX-{:03}", excerpts.len() + 1);
        if !rare.is_empty() && !opts.mask_rare {
            warnings.push(format!(
                "{id}: {} rare word(s) left unmasked (use --mask-rare to mask): {}",
                rare.len(),
                rare.into_iter().collect::<Vec<_>>().join(", ")
            ));
        }
        excerpts.push(Excerpt {
            id,
            messages,
            categories: cats
                .into_iter()
                .map(|c| note(c, categories, &general))
                .collect(),
            episode: None,
        });
    }
    Ok(Pack {
        title: "c2chat teaching pack".to_string(),
        intro: super::INTRO.to_string(),
        episode_headings: None,
        provenance: Provenance {
            lexicon_name: opts.lexicon_name.clone(),
            lexicon_version: opts.lexicon_version.clone(),
            date: opts.date.clone(),
            criteria: criteria(opts),
            mask: opts.mask,
            mask_rare: opts.mask_rare,
            included: excerpts.len(),
            refused: refused.len(),
        },
        excerpts,
        refused,
        warnings,
    })
}

/// The residual-PII check on exactly what would be shown: the kinds found with their
/// counts (`PHONE 1, NAME 2`), or `None` when the excerpt is clean.
pub(super) fn residual_pii(messages: &[ExcerptMessage], names: &NameList) -> Option<String> {
    let mut counts: BTreeMap<PiiKind, usize> = BTreeMap::new();
    for m in messages {
        for h in detect(&m.text(), names) {
            *counts.entry(h.kind).or_insert(0) += 1;
        }
    }
    if counts.is_empty() {
        return None;
    }
    let kinds: Vec<String> = counts
        .iter()
        .map(|(k, n)| format!("{} {n}", k.as_str()))
        .collect();
    Some(format!("residual PII: {}", kinds.join(", ")))
}

/// A flagged category's explanation, from the lexicon's record for it.
pub(super) fn note(
    c: String,
    categories: &BTreeMap<String, CategoryInfo>,
    general: &[String],
) -> CategoryNote {
    let info = categories.get(&c);
    CategoryNote {
        label: info
            .map(|i| i.label.clone())
            .filter(|l| !l.is_empty())
            .unwrap_or_else(|| c.clone()),
        definition: info
            .map(|i| i.definition.clone())
            .filter(|d| !d.is_empty())
            .unwrap_or_else(|| "No definition in the lexicon.".to_string()),
        source: info.map(|i| i.source.clone()).unwrap_or_default(),
        prompts: prompts_for(&c, categories, general),
        id: c,
    }
}

/// The selection criteria, as the provenance block lists them.
pub(super) fn criteria(opts: &TeachOptions) -> Vec<String> {
    vec![
        if opts.categories.is_empty() {
            "categories: all".to_string()
        } else {
            format!("categories: {}", opts.categories.join(", "))
        },
        format!("minimum severity: {}", opts.min_severity),
        if opts.max_excerpts == 0 {
            "excerpts: no limit".to_string()
        } else {
            format!("excerpts: at most {}", opts.max_excerpts)
        },
        format!(
            "context: {} message(s) before and after the flagged message",
            opts.context
        ),
        "excerpts with any residual personal data are withheld".to_string(),
    ]
}

/// The speakers of a window (folded, to match ids mentioned in text), in order of first
/// appearance: speaker `i` is shown as [`pupil_label`]`(i)`.
pub(super) fn window_pupils(anns: &[Annotation], window: &[usize]) -> Vec<String> {
    let mut pupils: Vec<String> = Vec::new();
    for &w in window {
        let f = crate::redact::names::fold(&anns[w].speaker);
        if !pupils.contains(&f) {
            pupils.push(f);
        }
    }
    pupils
}

/// Render the messages of one window (`flagged` tells which are flagged); returns them and
/// the excerpt's flagged categories (highlighted ones, and the label-only ones of flagged
/// messages).
pub(super) fn render_window(
    anns: &[Annotation],
    window: &[usize],
    flagged: &dyn Fn(usize) -> bool,
    ctx: &Ctx<'_>,
    rare: &mut BTreeSet<String>,
) -> (Vec<ExcerptMessage>, BTreeSet<String>) {
    let opts = ctx.opts;
    let mut pupils = window_pupils(anns, window);
    let mut cats: BTreeSet<String> = BTreeSet::new();
    let mut messages = Vec::new();
    for &w in window {
        let a = &anns[w];
        let ev = evidence(a, opts);
        if flagged(w) {
            cats.extend(ev.label_only.iter().cloned());
        }
        let chars: Vec<char> = a.text.chars().collect();
        let mut segments = Vec::new();
        let mut at = 0;
        let mut pieces: Vec<(usize, usize, &[String])> = Vec::new();
        for (s, e, cs) in &ev.spans {
            if at < *s {
                pieces.push((at, *s, &[]));
            }
            pieces.push((*s, *e, cs.as_slice()));
            at = *e;
        }
        if at < chars.len() {
            pieces.push((at, chars.len(), &[]));
        }
        for (s, e, cs) in pieces {
            let t: String = chars[s..e].iter().collect();
            let t = if cs.is_empty() {
                process_rare(&t, &ctx.spread, opts.mask_rare, rare)
            } else if cs.iter().any(|c| is_sexualised(c)) {
                masked(&t, opts.mask)
            } else {
                t
            };
            cats.extend(cs.iter().cloned());
            segments.push(Segment {
                text: ctx.scrub_ids(&t, &mut pupils),
                categories: cs.to_vec(),
            });
        }
        let who = pupils
            .iter()
            .position(|p| *p == crate::redact::names::fold(&a.speaker))
            .unwrap_or(0);
        messages.push(ExcerptMessage {
            speaker: pupil_label(who),
            flagged: flagged(w),
            acts: Vec::new(),
            segments,
        });
    }
    (messages, cats)
}
