//! Choosing the excerpts: the flagged evidence of each annotation, the window of context
//! around it, pupil labels, and the residual-PII check that withholds an excerpt.

use super::mask::{conversation_spread, masked, process_rare, sexualised_ranges, split_sexualised};
use super::prompts::prompts_for;
use super::{
    colour_class, CategoryInfo, CategoryNote, Excerpt, ExcerptMessage, KeyEntry, Pack, Provenance,
    Refusal, Segment, TeachOptions,
};
use crate::bail;
use crate::error::Result;
use crate::model::Annotation;
use crate::redact::names::PhraseMatcher;
use crate::redact::{detect, NameList, PiiKind};
use crate::ui::Ui;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// "Pupil A", "Pupil B", ... (in Welsh "Disgybl A", ...) for the `i`-th speaker (0-based) of an
/// excerpt.
pub fn pupil_label(i: usize, lang: crate::ui::UiLang) -> String {
    // A, B, ..., Z, AA, AB, ...
    let mut n = i + 1;
    let mut s = Vec::new();
    while n > 0 {
        n -= 1;
        s.push((b'A' + (n % 26) as u8) as char);
        n /= 26;
    }
    let letters: String = s.iter().rev().collect();
    Ui::builtin(lang).f("teach.pupil", &[("letter", &letters)])
}

/// Whether a category id is selected by the `--category` prefixes (none selects all).
pub(super) fn selected(cat: &str, filters: &[String]) -> bool {
    filters.is_empty() || filters.iter().any(|f| cat.starts_with(f.as_str()))
}

/// Check every span's offsets against its text (errors name the annotation record).
pub fn validate(anns: &[Annotation]) -> Result<()> {
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
            // Only spans that label the message: a negated, quoted, excepted … span is not
            // what the message is flagged for (it stays in annotations.jsonl, not in a pack).
            s.is_labelling()
                && s.start < s.end
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
            .filter(|l| {
                selected(l, &opts.categories)
                    && !a
                        .spans
                        .iter()
                        .any(|s| s.is_labelling() && &s.category == *l)
            })
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

    /// Replace speaker ids mentioned in text with the excerpt's pupil labels (`pupils` holds
    /// folded speaker ids in label order; ids not yet in it get the next label).
    fn scrub_ids(&self, text: &str, pupils: &mut Vec<String>) -> String {
        self.id_matcher.replace_with(text, |i| {
            let phrase = &self.id_phrases[i];
            let who = pupils.iter().position(|p| p == phrase).unwrap_or_else(|| {
                pupils.push(phrase.clone());
                pupils.len() - 1
            });
            pupil_label(who, self.opts.ui_lang)
        })
    }
}

/// The excerpts of a default pack before rendering: a stretch `lo..=hi` of one conversation
/// (positions in it) and the flagged messages it is built around (annotation indices).
struct Cluster<'a> {
    conv: &'a str,
    lo: usize,
    hi: usize,
    flagged: Vec<usize>,
}

/// The most messages a merged excerpt may have: three windows' worth.
fn merge_limit(k: usize) -> usize {
    3 * (2 * k + 1)
}

/// Group the flagged messages into excerpts that never overlap: a flagged message whose window
/// overlaps or touches the previous excerpt of its conversation joins it (up to
/// [`merge_limit`] messages); past that limit its window starts after that excerpt's last
/// message (and a flagged message already shown is marked there).
fn clusters<'a>(annotations: &'a [Annotation], ctx: &Ctx<'a>) -> Vec<Cluster<'a>> {
    let k = ctx.opts.context;
    let mut out: Vec<Cluster> = Vec::new();
    let mut open: HashMap<&str, usize> = HashMap::new();
    for (i, a) in annotations.iter().enumerate() {
        let ev = evidence(a, ctx.opts);
        if ev.spans.is_empty() && ev.label_only.is_empty() {
            continue;
        }
        let conv = a.conversation_id.as_str();
        let p = ctx.pos_in_conv[i];
        let last = ctx.by_conv[conv].len() - 1;
        let (mut lo, hi) = (p.saturating_sub(k), (p + k).min(last));
        if let Some(cl) = open.get(conv).map(|&c| &mut out[c]) {
            // Touching windows merge too, unless there is no context to share.
            if lo <= cl.hi + usize::from(k > 0) {
                if hi.max(cl.hi) - cl.lo < merge_limit(k) {
                    cl.hi = cl.hi.max(hi);
                    cl.flagged.push(i);
                    continue;
                }
                if p <= cl.hi {
                    cl.flagged.push(i);
                    continue;
                }
                lo = cl.hi + 1;
            }
        }
        open.insert(conv, out.len());
        out.push(Cluster {
            conv,
            lo,
            hi,
            flagged: vec![i],
        });
    }
    out
}

/// Build a pack from annotations (in input order). Errors name the annotation record.
/// Excerpts never overlap: see [`clusters`].
pub fn build_pack(
    annotations: &[Annotation],
    categories: &BTreeMap<String, CategoryInfo>,
    opts: &TeachOptions,
) -> Result<Pack> {
    validate(annotations)?;
    let ui = Ui::builtin(opts.ui_lang);
    let ctx = Ctx::new(annotations, opts);
    let mut excerpts = Vec::new();
    let mut refused = Vec::new();
    let mut warnings = Vec::new();
    for cl in clusters(annotations, &ctx) {
        if opts.max_excerpts > 0 && excerpts.len() >= opts.max_excerpts {
            break;
        }
        let window = &ctx.by_conv[cl.conv][cl.lo..=cl.hi];
        let mut rare = BTreeSet::new();
        let is_flagged = |w: usize| cl.flagged.contains(&w);
        let (messages, cats) = render_window(annotations, window, &is_flagged, &ctx, &mut rare);
        if let Some(reason) = residual_pii(&messages, &opts.names) {
            refused.push(Refusal {
                record: cl.flagged[0] + 1,
                reason,
            });
            continue;
        }
        let id = format!("EX-{:03}", excerpts.len() + 1);
        if !rare.is_empty() && !opts.mask_rare {
            warnings.push(format!(
                "{id}: {} rare word(s) left unmasked (use --mask-rare to mask): {}",
                rare.len(),
                rare.into_iter().collect::<Vec<_>>().join(", ")
            ));
        }
        excerpts.push(excerpt(id, messages, cats, categories, opts, true));
    }
    let (glossary, key) = glossary_and_key(&excerpts, categories, ui);
    Ok(Pack {
        ui_lang: opts.ui_lang,
        title: opts
            .title
            .clone()
            .unwrap_or_else(|| ui.s("teach.title").to_string()),
        how_to: opts.notes.how_to(opts.ui_lang).to_vec(),
        key,
        glossary,
        intro: ui.s("teach.intro").to_string(),
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

/// An excerpt shows at most this many questions and this many points to draw out.
const MAX_NOTES: usize = 4;

/// Strings, each once, in order, at most [`MAX_NOTES`].
fn once<'s>(items: impl Iterator<Item = &'s String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in items {
        if !out.contains(s) && out.len() < MAX_NOTES {
            out.push(s.clone());
        }
    }
    out
}

/// An excerpt with its categories explained, its questions (the categories' prompts, when
/// `questions`) and the points to draw out.
pub(super) fn excerpt(
    id: String,
    messages: Vec<ExcerptMessage>,
    cats: BTreeSet<String>,
    categories: &BTreeMap<String, CategoryInfo>,
    opts: &TeachOptions,
    questions: bool,
) -> Excerpt {
    let ui = Ui::builtin(opts.ui_lang);
    let notes: Vec<CategoryNote> = cats
        .into_iter()
        .map(|c| note(c, categories, opts, ui))
        .collect();
    let points = once(
        notes
            .iter()
            .flat_map(|n| opts.notes.points(&n.id, opts.ui_lang)),
    );
    Excerpt {
        id,
        messages,
        questions: if questions {
            once(notes.iter().flat_map(|n| &n.prompts))
        } else {
            Vec::new()
        },
        points,
        categories: notes,
        episode: None,
    }
}

/// The glossary (every category of the excerpts, once, by id) and the colour key (the colour
/// classes used, in a fixed order, each with its top-level category's label).
pub(super) fn glossary_and_key(
    excerpts: &[Excerpt],
    categories: &BTreeMap<String, CategoryInfo>,
    ui: &Ui,
) -> (Vec<CategoryNote>, Vec<KeyEntry>) {
    let mut glossary: BTreeMap<&str, &CategoryNote> = BTreeMap::new();
    for ex in excerpts {
        for c in &ex.categories {
            glossary.entry(c.id.as_str()).or_insert(c);
        }
    }
    let used: BTreeSet<&str> = glossary.keys().map(|id| colour_class(id)).collect();
    let key = [
        "sexualised",
        "coercive",
        "victim_blaming",
        "protective",
        "other",
    ]
    .into_iter()
    .filter(|c| used.contains(c))
    .map(|c| KeyEntry {
        class: c.to_string(),
        label: categories
            .get(c)
            .map(|i| i.label.clone())
            .filter(|l| !l.is_empty() && c != "other")
            .unwrap_or_else(|| ui.s("teach.key_other").to_string()),
    })
    .collect();
    let glossary = glossary
        .into_values()
        .map(|c| CategoryNote {
            prompts: Vec::new(),
            ..c.clone()
        })
        .collect();
    (glossary, key)
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

/// A flagged category's explanation, from the lexicon's record for it (in the pack's
/// language), with its guidance source as readable citations.
pub(super) fn note(
    c: String,
    categories: &BTreeMap<String, CategoryInfo>,
    opts: &TeachOptions,
    ui: &Ui,
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
            .unwrap_or_else(|| ui.s("teach.no_definition").to_string()),
        sources: info
            .map(|i| {
                opts.notes
                    .citations(&i.source, ui.s("teach.untitled_source"))
            })
            .unwrap_or_default(),
        prompts: prompts_for(&c, categories, opts.notes.general(opts.ui_lang)),
        id: c,
    }
}

/// The selection criteria, as the provenance block lists them.
pub(super) fn criteria(opts: &TeachOptions) -> Vec<String> {
    let ui = Ui::builtin(opts.ui_lang);
    vec![
        if opts.categories.is_empty() {
            ui.s("teach.criteria.all_categories").to_string()
        } else {
            ui.f(
                "teach.criteria.categories",
                &[("list", &opts.categories.join(", "))],
            )
        },
        ui.f(
            "teach.criteria.min_severity",
            &[("n", &opts.min_severity.to_string())],
        ),
        if opts.max_excerpts == 0 {
            ui.s("teach.criteria.no_limit").to_string()
        } else {
            ui.f(
                "teach.criteria.at_most",
                &[("n", &opts.max_excerpts.to_string())],
            )
        },
        ui.f(
            "teach.criteria.context",
            &[("n", &opts.context.to_string())],
        ),
        ui.s("teach.criteria.pii").to_string(),
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
        // Every sexualised span of the message, whatever the selection: its sexualised words
        // are masked wherever they are shown.
        let sexualised = sexualised_ranges(a);
        for (s, e, cs) in pieces {
            let piece: String = chars[s..e].iter().collect();
            let mut t = String::with_capacity(piece.len());
            for (part, sexual) in split_sexualised(&piece, s, &sexualised, &opts.mask_terms) {
                if sexual {
                    t.push_str(&masked(part, opts.mask));
                } else if cs.is_empty() {
                    t.push_str(&process_rare(part, &ctx.spread, opts.mask_rare, rare));
                } else {
                    t.push_str(part);
                }
            }
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
            speaker: pupil_label(who, opts.ui_lang),
            flagged: flagged(w),
            acts: Vec::new(),
            segments,
        });
    }
    (messages, cats)
}
