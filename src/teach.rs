//! Teaching packs: short, anonymised excerpts around flagged messages, with category
//! definitions and discussion prompts, rendered as Markdown or one self-contained HTML file.
//!
//! Privacy: speakers become "Pupil A", "Pupil B", ... per excerpt; no message, conversation or
//! speaker id is carried into the pack (speaker ids that appear inside message text are
//! replaced too); every excerpt is re-checked with [`crate::redact::detect`] and refused if
//! anything is found; sexualised wording can be masked; rare words can be masked.

use crate::bail;
use crate::error::Result;
use crate::model::{top_level, Annotation};
use crate::redact::names::PhraseMatcher;
use crate::redact::pii::placeholder_re;
use crate::redact::{detect, NameList, PiiKind};
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::OnceLock;

/// A category as the pack shows it (the lead maps lexicon categories into this).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryInfo {
    pub id: String,
    pub label: String,
    pub definition: String,
    /// Where the definition or guidance comes from.
    pub source: String,
}

/// How flagged sexualised wording is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mask {
    /// As written.
    None,
    /// First letter + `***`.
    #[default]
    Partial,
    /// `[SEXUALISED TERM]`.
    Full,
}

impl Mask {
    pub fn as_str(self) -> &'static str {
        match self {
            Mask::None => "none",
            Mask::Partial => "partial",
            Mask::Full => "full",
        }
    }
}

impl std::str::FromStr for Mask {
    type Err = crate::Error;
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "none" => Ok(Mask::None),
            "partial" => Ok(Mask::Partial),
            "full" => Ok(Mask::Full),
            _ => bail!("unknown mask {s:?}: use none, partial or full"),
        }
    }
}

/// What goes into a pack.
#[derive(Debug, Clone)]
pub struct TeachOptions {
    /// Category id prefixes ("coercive" selects every `coercive.*`); empty selects all.
    pub categories: Vec<String>,
    /// Minimum severity of the flagged evidence.
    pub min_severity: u8,
    /// At most this many excerpts (0 = no limit).
    pub max_excerpts: usize,
    /// Messages of context before and after the flagged message (same conversation, input order).
    pub context: usize,
    pub mask: Mask,
    /// Replace rare words with `[RARE]` (otherwise they are listed in `Pack::warnings`).
    pub mask_rare: bool,
    pub lexicon_name: String,
    pub lexicon_version: String,
    /// The pack's date, passed in so output is deterministic.
    pub date: String,
    /// Names for the residual-PII check.
    pub names: NameList,
}

impl Default for TeachOptions {
    fn default() -> Self {
        TeachOptions {
            categories: Vec::new(),
            min_severity: 1,
            max_excerpts: 20,
            context: 2,
            mask: Mask::Partial,
            mask_rare: false,
            lexicon_name: String::new(),
            lexicon_version: String::new(),
            date: String::new(),
            names: NameList::empty(),
        }
    }
}

/// A stretch of message text; highlighted when `categories` is non-empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExcerptMessage {
    /// "Pupil A", "Pupil B", ... in order of first appearance within the excerpt.
    pub speaker: String,
    /// The message the excerpt is centred on.
    pub flagged: bool,
    pub segments: Vec<Segment>,
}

impl ExcerptMessage {
    /// The message text as shown.
    pub fn text(&self) -> String {
        self.segments.iter().map(|s| s.text.as_str()).collect()
    }
}

/// A flagged category with its explanation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryNote {
    pub id: String,
    pub label: String,
    pub definition: String,
    pub source: String,
    pub prompts: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Excerpt {
    /// "EX-001", ...
    pub id: String,
    pub messages: Vec<ExcerptMessage>,
    pub categories: Vec<CategoryNote>,
}

/// An excerpt left out of the pack. `record` is the 1-based position of the flagged
/// annotation in the input (so the operator can find it); no id and no value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refusal {
    pub record: usize,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provenance {
    pub lexicon_name: String,
    pub lexicon_version: String,
    pub date: String,
    /// Human-readable selection criteria.
    pub criteria: Vec<String>,
    pub mask: Mask,
    pub mask_rare: bool,
    pub included: usize,
    pub refused: usize,
}

/// A teaching pack. `refused` and `warnings` are for the operator's console; the renderers
/// show only the number of refused excerpts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pack {
    pub title: String,
    pub provenance: Provenance,
    pub excerpts: Vec<Excerpt>,
    pub refused: Vec<Refusal>,
    pub warnings: Vec<String>,
}

// ---------------------------------------------------------------------------------------
// Words and rare tokens

fn common_words() -> &'static HashSet<&'static str> {
    static W: OnceLock<HashSet<&'static str>> = OnceLock::new();
    W.get_or_init(|| {
        include_str!("teach_words.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

fn word_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"[\p{L}\p{M}\p{N}_'’]+").expect("valid word regex"))
}

/// Word tokens (byte ranges) made of letters only (apostrophes inside allowed).
fn letter_tokens(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for m in word_re().find_iter(text) {
        let (mut s, mut e) = (m.start(), m.end());
        while let Some(c) = text[s..e]
            .chars()
            .next()
            .filter(|c| *c == '\'' || *c == '’')
        {
            s += c.len_utf8();
        }
        while let Some(c) = text[s..e]
            .chars()
            .next_back()
            .filter(|c| *c == '\'' || *c == '’')
        {
            e -= c.len_utf8();
        }
        let tok = &text[s..e];
        if !tok.is_empty()
            && tok
                .chars()
                .all(|c| c.is_alphabetic() || c == '\'' || c == '’' || is_mark(c))
        {
            out.push((s, e));
        }
    }
    out
}

fn is_mark(c: char) -> bool {
    // Combining marks (accents typed as separate code points).
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn collapse_runs(w: &str, max: usize) -> String {
    let mut out = String::new();
    let mut last = None;
    let mut run = 0;
    for c in w.chars() {
        if Some(c) == last {
            run += 1;
        } else {
            run = 1;
            last = Some(c);
        }
        if run <= max {
            out.push(c);
        }
    }
    out
}

/// Whether a lower-case word is common: in the list, or an inflection, possessive,
/// apostrophe-less spelling or elongation ("sooo") of a listed word.
fn is_common(w: &str) -> bool {
    let words = common_words();
    let mut cands: Vec<String> = vec![w.to_string()];
    let plain = w.replace(['\'', '’'], "");
    cands.push(plain.clone());
    for suffix in ["'s", "’s"] {
        if let Some(b) = w.strip_suffix(suffix) {
            cands.push(b.to_string());
        }
    }
    cands.push(collapse_runs(&plain, 2));
    cands.push(collapse_runs(&plain, 1));
    let mut more = Vec::new();
    for c in &cands {
        for (suf, rep) in [
            ("ies", "y"),
            ("ied", "y"),
            ("es", ""),
            ("s", ""),
            ("ed", ""),
            ("ed", "e"),
            ("ing", ""),
            ("ing", "e"),
            ("ly", ""),
            ("er", ""),
            ("est", ""),
        ] {
            if let Some(b) = c.strip_suffix(suf) {
                if b.chars().count() >= 2 {
                    more.push(format!("{b}{rep}"));
                    // "running" -> "run"
                    let chars: Vec<char> = b.chars().collect();
                    if chars.len() >= 3 && chars[chars.len() - 1] == chars[chars.len() - 2] {
                        more.push(chars[..chars.len() - 1].iter().collect());
                    }
                }
            }
        }
    }
    cands.extend(more);
    cands.iter().any(|c| words.contains(c.as_str()))
}

/// Lower-case word -> the single conversation it occurs in (None once seen in two).
fn conversation_spread(anns: &[Annotation]) -> HashMap<String, Option<usize>> {
    let mut conv_index: HashMap<&str, usize> = HashMap::new();
    let mut spread: HashMap<String, Option<usize>> = HashMap::new();
    for a in anns {
        let n = conv_index.len();
        let ci = *conv_index.entry(a.conversation_id.as_str()).or_insert(n);
        for (s, e) in letter_tokens(&a.text) {
            let key = a.text[s..e].to_lowercase();
            spread
                .entry(key)
                .and_modify(|v| {
                    if *v != Some(ci) {
                        *v = None;
                    }
                })
                .or_insert(Some(ci));
        }
    }
    spread
}

fn is_rare(tok: &str, spread: &HashMap<String, Option<usize>>) -> bool {
    let key = tok.to_lowercase();
    let single = matches!(spread.get(&key), Some(Some(_)));
    let capitalised = tok.chars().next().is_some_and(char::is_uppercase);
    let long = tok.chars().filter(|c| c.is_alphabetic()).count() >= 4;
    single && (capitalised || long) && !is_common(&key)
}

/// Replace (or collect) rare words in plain text, leaving placeholders alone.
fn process_rare(
    text: &str,
    spread: &HashMap<String, Option<usize>>,
    mask: bool,
    found: &mut BTreeSet<String>,
) -> String {
    let protected: Vec<(usize, usize)> = placeholder_re()
        .find_iter(text)
        .map(|m| (m.start(), m.end()))
        .collect();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (s, e) in letter_tokens(text) {
        if protected.iter().any(|&(ps, pe)| s < pe && ps < e) {
            continue;
        }
        let tok = &text[s..e];
        if is_rare(tok, spread) {
            found.insert(tok.to_string());
            if mask {
                out.push_str(&text[at..s]);
                out.push_str("[RARE]");
                at = e;
            }
        }
    }
    out.push_str(&text[at..]);
    out
}

// ---------------------------------------------------------------------------------------
// Prompts

fn prompts_for(id: &str) -> Vec<String> {
    let specific = match id {
        "sexualised.appearance" => {
            Some("Why is commenting on someone's body like this not okay, even if it is meant as a compliment?")
        }
        "sexualised.names" => Some("What does calling someone names like this do to how others see and treat them?"),
        "sexualised.jokes" => Some("When does a \"joke\" stop being funny, and who gets to decide?"),
        "sexualised.explicit" => {
            Some("Why is it harmful to push this kind of talk on someone who has not asked for it?")
        }
        "coercive.image_request" => {
            Some("What makes this request for a picture pressure rather than a free choice?")
        }
        "coercive.pressure" => Some("What pressure tactics can you see?"),
        "coercive.threat" => {
            Some("What is being threatened, and what could the person do straight away to stay safe?")
        }
        "coercive.exposure" => {
            Some("How does a threat to share something take away the other person's choice?")
        }
        "coercive.secrecy" => {
            Some("Why might someone ask for this to be kept secret, and why is that a warning sign?")
        }
        "victim_blaming.blame" => Some("Who is being blamed here, and who is actually responsible?"),
        "victim_blaming.minimising" => {
            Some("What happens when harm is brushed off as \"just banter\" or \"no big deal\"?")
        }
        "protective" => Some("What makes this a helpful response?"),
        _ => None,
    };
    let general: [&str; 2] = match top_level(id) {
        "sexualised" => [
            "How might the person being talked about feel if they saw this?",
            "What could a bystander say or do here?",
        ],
        "coercive" => [
            "How could the recipient say no, and who could they go to for help?",
            "What would a good friend do if they saw this conversation?",
        ],
        "victim_blaming" => [
            "How could comments like this stop someone from asking for help?",
            "What would a more supportive reply look like?",
        ],
        "protective" => [
            "What else could a friend say or do to help?",
            "Which trusted adults or services (a teacher, a parent or carer, Childline) could someone turn to?",
        ],
        _ => [
            "What is happening in this exchange, and how might each person feel?",
            "What could someone do or say to make things better?",
        ],
    };
    let mut out: Vec<String> = specific.into_iter().map(str::to_string).collect();
    if out.is_empty() && top_level(id) == "coercive" {
        out.push("What pressure tactics can you see?".to_string());
    }
    out.extend(general.iter().map(|s| s.to_string()));
    out.truncate(3);
    out
}

// ---------------------------------------------------------------------------------------
// Building

fn pupil_label(i: usize) -> String {
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

fn selected(cat: &str, filters: &[String]) -> bool {
    filters.is_empty() || filters.iter().any(|f| cat.starts_with(f.as_str()))
}

fn is_sexualised(cat: &str) -> bool {
    top_level(cat) == "sexualised"
}

fn masked(text: &str, mask: Mask) -> String {
    match mask {
        Mask::None => text.to_string(),
        Mask::Partial => match text.chars().next() {
            Some(c) => format!("{c}***"),
            None => String::new(),
        },
        Mask::Full => "[SEXUALISED TERM]".to_string(),
    }
}

/// Check every span's offsets against its text.
fn validate(anns: &[Annotation]) -> Result<()> {
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
struct Evidence {
    spans: Vec<(usize, usize, Vec<String>)>,
    label_only: Vec<String>,
}

fn evidence(a: &Annotation, opts: &TeachOptions) -> Evidence {
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

struct Ctx<'a> {
    opts: &'a TeachOptions,
    spread: HashMap<String, Option<usize>>,
    /// Speaker ids that may appear inside message text.
    id_matcher: PhraseMatcher,
    id_phrases: Vec<String>,
}

impl Ctx<'_> {
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
    let ctx = Ctx {
        opts,
        spread: conversation_spread(annotations),
        id_matcher: PhraseMatcher::new(id_phrases.clone()),
        id_phrases,
    };

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
        let conv = &by_conv[a.conversation_id.as_str()];
        let p = pos_in_conv[i];
        let window = &conv[p.saturating_sub(opts.context)..(p + opts.context + 1).min(conv.len())];
        let mut rare = BTreeSet::new();
        let (messages, cats) = render_window(annotations, window, i, &ev, &ctx, &mut rare);
        // Residual-PII check on exactly what would be shown.
        let mut counts: BTreeMap<PiiKind, usize> = BTreeMap::new();
        for m in &messages {
            for h in detect(&m.text(), &opts.names) {
                *counts.entry(h.kind).or_insert(0) += 1;
            }
        }
        if !counts.is_empty() {
            let kinds: Vec<String> = counts
                .iter()
                .map(|(k, n)| format!("{} {n}", k.as_str()))
                .collect();
            refused.push(Refusal {
                record: i + 1,
                reason: format!("residual PII: {}", kinds.join(", ")),
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
        let notes = cats
            .into_iter()
            .map(|c| {
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
                    prompts: prompts_for(&c),
                    id: c,
                }
            })
            .collect();
        excerpts.push(Excerpt {
            id,
            messages,
            categories: notes,
        });
    }

    let mut criteria = vec![
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
    ];
    criteria.push("excerpts with any residual personal data are withheld".to_string());
    Ok(Pack {
        title: "c2chat teaching pack".to_string(),
        provenance: Provenance {
            lexicon_name: opts.lexicon_name.clone(),
            lexicon_version: opts.lexicon_version.clone(),
            date: opts.date.clone(),
            criteria,
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

/// Render the messages of one window; returns them and the excerpt's flagged categories.
fn render_window(
    anns: &[Annotation],
    window: &[usize],
    centre: usize,
    centre_ev: &Evidence,
    ctx: &Ctx<'_>,
    rare: &mut BTreeSet<String>,
) -> (Vec<ExcerptMessage>, BTreeSet<String>) {
    let opts = ctx.opts;
    // Speakers in order of first appearance (folded, to match ids mentioned in text).
    let mut pupils: Vec<String> = Vec::new();
    for &w in window {
        let f = crate::redact::names::fold(&anns[w].speaker);
        if !pupils.contains(&f) {
            pupils.push(f);
        }
    }
    let mut cats: BTreeSet<String> = centre_ev.label_only.iter().cloned().collect();
    let mut messages = Vec::new();
    for &w in window {
        let a = &anns[w];
        let ev = if w == centre {
            None
        } else {
            Some(evidence(a, opts))
        };
        let ev = ev.as_ref().unwrap_or(centre_ev);
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
            flagged: w == centre,
            segments,
        });
    }
    (messages, cats)
}

// ---------------------------------------------------------------------------------------
// Rendering

fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '\r' => {}
            '\n' => out.push_str(" / "),
            _ => out.push(c),
        }
    }
    out
}

fn html_escape(s: &str) -> String {
    crate::html::escape(s)
}

fn label_of<'a>(ex: &'a Excerpt, id: &'a str) -> &'a str {
    ex.categories
        .iter()
        .find(|c| c.id == id)
        .map_or(id, |c| c.label.as_str())
}

fn mask_text(p: &Provenance) -> String {
    format!(
        "sexualised wording: {}; rare words: {}",
        match p.mask {
            Mask::None => "shown as written",
            Mask::Partial => "first letter only",
            Mask::Full => "replaced by [SEXUALISED TERM]",
        },
        if p.mask_rare {
            "replaced by [RARE]"
        } else {
            "not masked"
        }
    )
}

const INTRO: &str = "Excerpts come from a redacted research corpus. Speakers are shown as Pupil A, Pupil B, \
and so on, in order of appearance within each excerpt; no names, ids or contact details are included. \
Flagged wording is highlighted with its category.";

/// The pack as Markdown.
pub fn render_markdown(pack: &Pack) -> String {
    let p = &pack.provenance;
    let mut s = String::new();
    s.push_str(&format!("# {}\n\n", md_escape(&pack.title)));
    s.push_str("## About this pack\n\n");
    s.push_str(&format!(
        "- Lexicon: {} {}\n",
        md_escape(&p.lexicon_name),
        md_escape(&p.lexicon_version)
    ));
    s.push_str(&format!(
        "- Selection: {}\n",
        md_escape(&p.criteria.join("; "))
    ));
    s.push_str(&format!("- Masking: {}\n", md_escape(&mask_text(p))));
    s.push_str(&format!("- Date: {}\n", md_escape(&p.date)));
    s.push_str(&format!(
        "- Excerpts: {} included, {} withheld by the residual-PII check\n\n",
        p.included, p.refused
    ));
    s.push_str(INTRO);
    s.push_str("\n\n");
    if pack.excerpts.is_empty() {
        s.push_str("No excerpts matched the selection.\n");
    }
    for ex in &pack.excerpts {
        s.push_str(&format!("## {}\n\n", ex.id));
        for m in &ex.messages {
            let mut line = String::new();
            for seg in &m.segments {
                if seg.categories.is_empty() {
                    line.push_str(&md_escape(&seg.text));
                } else {
                    let core = seg.text.trim();
                    let lead = &seg.text[..seg.text.len() - seg.text.trim_start().len()];
                    let trail = &seg.text[seg.text.trim_end().len()..];
                    line.push_str(&format!(
                        "{}**{}** \\[{}\\]{}",
                        md_escape(lead),
                        md_escape(core),
                        md_escape(&seg.categories.join(", ")),
                        md_escape(trail)
                    ));
                }
            }
            let flag = if m.flagged { " (flagged)" } else { "" };
            s.push_str(&format!("- **{}**{}: {}\n", m.speaker, flag, line));
        }
        s.push_str("\n### Categories\n\n");
        for c in &ex.categories {
            s.push_str(&format!(
                "#### {} (`{}`)\n\n{}\n\n",
                md_escape(&c.label),
                c.id.replace('`', ""),
                md_escape(&c.definition)
            ));
            if !c.source.is_empty() {
                s.push_str(&format!("*Guidance source:* {}\n\n", md_escape(&c.source)));
            }
            s.push_str("Discussion prompts:\n\n");
            for (i, q) in c.prompts.iter().enumerate() {
                s.push_str(&format!("{}. {}\n", i + 1, md_escape(q)));
            }
            s.push('\n');
        }
    }
    s
}

const CSS: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.5;\
margin:0;background:#f6f6f4;color:#1d1d1b}main{max-width:50rem;margin:0 auto;padding:1.5rem}\
h1{font-size:1.7rem}h2{margin-top:2rem;border-bottom:2px solid #ccc}section{background:#fff;\
border:1px solid #ddd;border-radius:6px;padding:0 1.2rem 1rem;margin-bottom:1.5rem}\
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}\
ol.chat{list-style:none;padding:0}ol.chat li{padding:.35rem .6rem;margin:.25rem 0;border-radius:4px;\
background:#f2f4f7}ol.chat li.flagged{background:#fff4d6;border-left:4px solid #d99a00}\
.who{font-weight:600;margin-right:.4rem}mark{background:#ffd54d;padding:0 .15rem}\
.tag{font-size:.8em;color:#555;margin-left:.2rem}.src{font-size:.9em;color:#444}\
.note{font-size:.95em;color:#333}@media print{body{background:#fff}section{break-inside:avoid}}";

/// The pack's Content-Security-Policy: the report's policy (`src/report.rs`) with no script
/// allowed at all (the pack has none), so a pasted-in `<script>` or remote image never runs
/// or loads, and nothing can be sent anywhere.
pub const PACK_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; script-src 'none'; \
img-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'";

/// The pack as one self-contained HTML file (inline CSS, no scripts, no external references).
pub fn render_html(pack: &Pack) -> String {
    let p = &pack.provenance;
    let mut s = String::new();
    s.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    s.push_str(&format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{PACK_CSP}\">\n"
    ));
    s.push_str("<meta name=\"referrer\" content=\"no-referrer\">\n");
    s.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    s.push_str(&format!("<title>{}</title>\n", html_escape(&pack.title)));
    s.push_str(&format!("<style>{CSS}</style>\n</head>\n<body>\n<main>\n"));
    s.push_str(&format!("<h1>{}</h1>\n", html_escape(&pack.title)));
    s.push_str("<section class=\"provenance\">\n<h2>About this pack</h2>\n<dl>\n");
    let rows = [
        (
            "Lexicon",
            format!("{} {}", p.lexicon_name, p.lexicon_version),
        ),
        ("Selection", p.criteria.join("; ")),
        ("Masking", mask_text(p)),
        ("Date", p.date.clone()),
        (
            "Excerpts",
            format!(
                "{} included, {} withheld by the residual-PII check",
                p.included, p.refused
            ),
        ),
    ];
    for (k, v) in rows {
        s.push_str(&format!("<dt>{k}</dt><dd>{}</dd>\n", html_escape(&v)));
    }
    s.push_str(&format!(
        "</dl>\n<p class=\"note\">{}</p>\n</section>\n",
        html_escape(INTRO)
    ));
    if pack.excerpts.is_empty() {
        s.push_str("<p>No excerpts matched the selection.</p>\n");
    }
    for ex in &pack.excerpts {
        s.push_str(&format!(
            "<section class=\"excerpt\" id=\"{}\">\n<h2>{}</h2>\n<ol class=\"chat\">\n",
            ex.id.to_lowercase(),
            html_escape(&ex.id)
        ));
        for m in &ex.messages {
            let class = if m.flagged { " class=\"flagged\"" } else { "" };
            s.push_str(&format!(
                "<li{class}><span class=\"who\">{}</span><span class=\"text\">",
                html_escape(&m.speaker)
            ));
            for seg in &m.segments {
                if seg.categories.is_empty() {
                    s.push_str(&html_escape(&seg.text).replace('\n', "<br>"));
                } else {
                    let labels: Vec<&str> =
                        seg.categories.iter().map(|c| label_of(ex, c)).collect();
                    s.push_str(&format!(
                        "<mark title=\"{}\">{}</mark><span class=\"tag\">[{}]</span>",
                        html_escape(&labels.join("; ")),
                        html_escape(&seg.text),
                        html_escape(&seg.categories.join(", "))
                    ));
                }
            }
            if m.flagged {
                s.push_str(" <span class=\"tag\">(flagged)</span>");
            }
            s.push_str("</span></li>\n");
        }
        s.push_str("</ol>\n<h3>Categories</h3>\n");
        for c in &ex.categories {
            s.push_str(&format!(
                "<div class=\"category\">\n<h4>{} <code>{}</code></h4>\n<p>{}</p>\n",
                html_escape(&c.label),
                html_escape(&c.id),
                html_escape(&c.definition)
            ));
            if !c.source.is_empty() {
                s.push_str(&format!(
                    "<p class=\"src\">Guidance source: {}</p>\n",
                    html_escape(&c.source)
                ));
            }
            s.push_str("<p>Discussion prompts:</p>\n<ol class=\"prompts\">\n");
            for q in &c.prompts {
                s.push_str(&format!("<li>{}</li>\n", html_escape(q)));
            }
            s.push_str("</ol>\n</div>\n");
        }
        s.push_str("</section>\n");
    }
    s.push_str("</main>\n</body>\n</html>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Source, Span};

    fn ann(conv: &str, id: &str, spk: &str, text: &str, spans: &[(&str, &str, u8)]) -> Annotation {
        let spans = spans
            .iter()
            .map(|(sub, cat, sev)| {
                let b = text.find(sub).expect("span text in message");
                let start = text[..b].chars().count();
                Span {
                    start,
                    end: start + sub.chars().count(),
                    text: sub.to_string(),
                    category: cat.to_string(),
                    severity: *sev,
                    source: Source::Lexicon,
                    rule_id: "t".into(),
                }
            })
            .collect();
        let mut a = Annotation {
            corpus: "test".into(),
            message_id: id.into(),
            conversation_id: conv.into(),
            speaker: spk.into(),
            timestamp: None,
            meta: Default::default(),
            text: text.into(),
            labels: vec![],
            severity: 0,
            spans,
            evidence: BTreeMap::new(),
            scores: None,
            tokens: 0,
        };
        a.finalise();
        a
    }

    fn corpus() -> Vec<Annotation> {
        vec![
            ann(
                "conv-alpha-7781",
                "msg-0001",
                "spk_zulu",
                "hey how was school",
                &[],
            ),
            ann(
                "conv-alpha-7781",
                "msg-0002",
                "spk_yankee",
                "fine, u? Glimbo was there",
                &[],
            ),
            ann(
                "conv-alpha-7781",
                "msg-0003",
                "spk_zulu",
                "send me a pic",
                &[("send me a pic", "coercive.image_request", 2)],
            ),
            ann("conv-alpha-7781", "msg-0004", "spk_yankee", "no", &[]),
            ann(
                "conv-alpha-7781",
                "msg-0005",
                "spk_zulu",
                "u owe me, dont tell anyone",
                &[
                    ("u owe me", "coercive.pressure", 2),
                    ("dont tell anyone", "coercive.secrecy", 2),
                ],
            ),
            ann(
                "conv-alpha-7781",
                "msg-0006",
                "spk_xray",
                "tell a teacher, its not ur fault",
                &[("tell a teacher", "protective", 1)],
            ),
            ann(
                "conv-bravo-4410",
                "msg-0007",
                "spk_alpha",
                "ur so fit <b>&",
                &[("fit", "sexualised.appearance", 1)],
            ),
            ann(
                "conv-bravo-4410",
                "msg-0008",
                "spk_bravo",
                "she shouldnt have sent it",
                &[("she shouldnt have sent it", "victim_blaming.blame", 2)],
            ),
            ann(
                "conv-bravo-4410",
                "msg-0009",
                "spk_alpha",
                "my number is 07700 900123",
                &[],
            ),
            ann(
                "conv-charlie-2290",
                "msg-0010",
                "spk_charlie",
                "Zorblax said it was just banter, Glimbo agreed",
                &[("just banter", "victim_blaming.minimising", 1)],
            ),
            ann(
                "conv-charlie-2290",
                "msg-0011",
                "spk_delta",
                "spk_charlie stop it",
                &[],
            ),
        ]
    }

    fn cats() -> BTreeMap<String, CategoryInfo> {
        let mut m = BTreeMap::new();
        for (id, label) in [
            ("coercive.image_request", "Image request"),
            ("coercive.pressure", "Pressure"),
            ("coercive.secrecy", "Secrecy"),
            ("protective", "Protective response"),
            ("sexualised.appearance", "Comments on appearance"),
            ("victim_blaming.blame", "Blaming the victim"),
        ] {
            m.insert(
                id.to_string(),
                CategoryInfo {
                    id: id.into(),
                    label: label.into(),
                    definition: format!("Definition of {label}."),
                    source: "Synthetic guidance note".into(),
                },
            );
        }
        m
    }

    fn opts() -> TeachOptions {
        TeachOptions {
            context: 1,
            lexicon_name: "testlex".into(),
            lexicon_version: "9.8.7".into(),
            date: "2025-06-01".into(),
            ..TeachOptions::default()
        }
    }

    fn texts(ex: &Excerpt) -> Vec<String> {
        ex.messages.iter().map(ExcerptMessage::text).collect()
    }

    #[test]
    fn pupil_labels() {
        assert_eq!(pupil_label(0), "Pupil A");
        assert_eq!(pupil_label(25), "Pupil Z");
        assert_eq!(pupil_label(26), "Pupil AA");
        assert_eq!(pupil_label(27), "Pupil AB");
    }

    #[test]
    fn prefix_filter_context_and_pupils() {
        let o = TeachOptions {
            categories: vec!["coercive".into()],
            ..opts()
        };
        let pack = build_pack(&corpus(), &cats(), &o).unwrap();
        assert_eq!(pack.excerpts.len(), 2);
        let ex = &pack.excerpts[0];
        assert_eq!(ex.id, "EX-001");
        assert_eq!(
            texts(ex),
            ["fine, u? Glimbo was there", "send me a pic", "no"]
        );
        let who: Vec<&str> = ex.messages.iter().map(|m| m.speaker.as_str()).collect();
        assert_eq!(who, ["Pupil A", "Pupil B", "Pupil A"]);
        assert_eq!(
            ex.messages.iter().map(|m| m.flagged).collect::<Vec<_>>(),
            [false, true, false]
        );
        let ids: Vec<&str> = ex.categories.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["coercive.image_request"]);
        let ex2 = &pack.excerpts[1];
        assert_eq!(ex2.id, "EX-002");
        assert_eq!(
            texts(ex2),
            [
                "no",
                "u owe me, dont tell anyone",
                "tell a teacher, its not ur fault"
            ]
        );
        // Only selected categories are highlighted and explained.
        let ids: Vec<&str> = ex2.categories.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["coercive.pressure", "coercive.secrecy"]);
        assert!(ex2.messages[2]
            .segments
            .iter()
            .all(|s| s.categories.is_empty()));
        for c in &ex2.categories {
            assert!((2..=3).contains(&c.prompts.len()));
        }
        assert!(ex2.categories[0]
            .prompts
            .iter()
            .any(|p| p.contains("pressure tactics")));
        assert_eq!(ex2.categories[0].label, "Pressure");
        assert_eq!(ex2.categories[0].source, "Synthetic guidance note");
    }

    #[test]
    fn no_original_ids_and_no_pii_in_outputs() {
        let o = TeachOptions {
            max_excerpts: 0,
            ..opts()
        };
        let corpus = corpus();
        let pack = build_pack(&corpus, &cats(), &o).unwrap();
        assert!(pack.excerpts.len() >= 4);
        let md = render_markdown(&pack);
        let html = render_html(&pack);
        let json = serde_json::to_string(&pack.excerpts).unwrap();
        for a in &corpus {
            for id in [&a.message_id, &a.conversation_id, &a.speaker] {
                for out in [&md, &html, &json] {
                    assert!(!out.contains(id.as_str()), "{id} in output");
                }
                assert!(!md.contains(&md_escape(id)), "{id} in markdown");
            }
        }
        // The speaker id mentioned in text became that speaker's pupil label.
        let ex = pack
            .excerpts
            .iter()
            .find(|e| texts(e).iter().any(|t| t.ends_with("stop it")))
            .unwrap();
        assert_eq!(texts(ex)[1], "Pupil A stop it");
        assert_eq!(ex.messages[0].speaker, "Pupil A");
        for out in [&md, &html] {
            assert!(!out.contains("07700"));
        }
        for e in &pack.excerpts {
            for m in &e.messages {
                assert!(detect(&m.text(), &NameList::empty()).is_empty());
            }
        }
    }

    #[test]
    fn excerpt_with_residual_pii_is_refused_with_kind_counts_only() {
        let o = TeachOptions {
            categories: vec!["victim_blaming.blame".into()],
            ..opts()
        };
        let pack = build_pack(&corpus(), &cats(), &o).unwrap();
        assert!(pack.excerpts.is_empty());
        assert_eq!(
            pack.refused,
            vec![Refusal {
                record: 8,
                reason: "residual PII: PHONE 1".into()
            }]
        );
        assert_eq!(pack.provenance.refused, 1);
        let md = render_markdown(&pack);
        assert!(md.contains("0 included, 1 withheld"));
        // Without context the flagged message alone is clean.
        let o = TeachOptions { context: 0, ..o };
        let pack = build_pack(&corpus(), &cats(), &o).unwrap();
        assert_eq!(pack.excerpts.len(), 1);
        assert!(pack.refused.is_empty());
    }

    #[test]
    fn names_list_is_used_for_the_residual_check() {
        let o = TeachOptions {
            categories: vec!["coercive.image_request".into()],
            names: NameList::new(["Glimbo"]).unwrap(),
            ..opts()
        };
        let pack = build_pack(&corpus(), &cats(), &o).unwrap();
        assert!(pack.excerpts.is_empty());
        assert_eq!(pack.refused[0].reason, "residual PII: NAME 1");
    }

    #[test]
    fn sexualised_masking_modes() {
        let run = |mask| {
            let o = TeachOptions {
                categories: vec!["sexualised".into()],
                context: 0,
                mask,
                ..opts()
            };
            let pack = build_pack(&corpus(), &cats(), &o).unwrap();
            assert_eq!(pack.excerpts.len(), 1);
            pack.excerpts[0].messages[0].text()
        };
        assert_eq!(run(Mask::None), "ur so fit <b>&");
        assert_eq!(run(Mask::Partial), "ur so f*** <b>&");
        assert_eq!(run(Mask::Full), "ur so [SEXUALISED TERM] <b>&");
        assert_eq!("partial".parse::<Mask>().unwrap(), Mask::Partial);
        assert!("some".parse::<Mask>().is_err());
    }

    #[test]
    fn rare_words_masked_or_warned() {
        let base = TeachOptions {
            categories: vec!["victim_blaming.minimising".into()],
            context: 0,
            ..opts()
        };
        let pack = build_pack(&corpus(), &cats(), &base).unwrap();
        assert_eq!(
            texts(&pack.excerpts[0]),
            ["Zorblax said it was just banter, Glimbo agreed"]
        );
        assert_eq!(pack.warnings.len(), 1);
        assert!(pack.warnings[0].starts_with("EX-001: 1 rare word"));
        assert!(
            pack.warnings[0].ends_with(": Zorblax"),
            "{}",
            pack.warnings[0]
        );
        let o = TeachOptions {
            mask_rare: true,
            ..base
        };
        let pack = build_pack(&corpus(), &cats(), &o).unwrap();
        // "Glimbo" occurs in two conversations; "said", "agreed" are common; the span is kept.
        assert_eq!(
            texts(&pack.excerpts[0]),
            ["[RARE] said it was just banter, Glimbo agreed"]
        );
        assert!(pack.warnings.is_empty());
    }

    #[test]
    fn common_word_variants() {
        for w in [
            "said", "agreed", "running", "stories", "sooo", "mum's", "dont", "teachers",
        ] {
            assert!(is_common(w), "{w}");
        }
        assert!(!is_common("zorblax"));
        assert!(common_words().len() >= 2000);
    }

    #[test]
    fn markdown_and_html_render_highlights_provenance_and_escape() {
        let o = TeachOptions {
            categories: vec!["sexualised".into(), "coercive.image_request".into()],
            ..opts()
        };
        let pack = build_pack(&corpus(), &cats(), &o).unwrap();
        let md = render_markdown(&pack);
        assert!(
            md.contains("**send me a pic** \\[coercive.image\\_request\\]"),
            "{md}"
        );
        assert!(md.contains("testlex 9.8.7") && md.contains("2025-06-01"));
        assert!(md.contains("categories: sexualised, coercive.image\\_request"));
        assert!(md.contains("\\<b\\>\\&"));
        let html = render_html(&pack);
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains("<mark title=\"Image request\">send me a pic</mark>"));
        assert!(html.contains("<mark title=\"Comments on appearance\">f***</mark>"));
        assert!(html.contains("&lt;b&gt;&amp;"));
        assert!(!html.contains("<b>"));
        for bad in [
            "<script", "http:", "https:", "src=", "href=", "url(", "@import", "<link",
        ] {
            assert!(!html.contains(bad), "{bad}");
        }
        assert!(
            html.contains("Definition of Image request.")
                && html.contains("Guidance source: Synthetic guidance note")
        );
    }

    #[test]
    fn html_pack_has_a_content_security_policy() {
        let pack = build_pack(&corpus(), &cats(), &opts()).unwrap();
        let html = render_html(&pack);
        let head = &html[..html.find("</head>").unwrap()];
        let csp = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{PACK_CSP}\">");
        assert!(head.contains(&csp), "{head}");
        // The CSP comes before anything the browser could act on.
        assert!(head.find(&csp) < head.find("<style>"));
        for d in [
            "default-src 'none'",
            "script-src 'none'",
            "img-src 'none'",
            "connect-src 'none'",
            "form-action 'none'",
            "base-uri 'none'",
        ] {
            assert!(PACK_CSP.contains(d), "{d}");
        }
        assert!(head.contains("<meta name=\"referrer\" content=\"no-referrer\">"));
    }

    #[test]
    fn deterministic_and_limited() {
        let a = build_pack(&corpus(), &cats(), &opts()).unwrap();
        let b = build_pack(&corpus(), &cats(), &opts()).unwrap();
        assert_eq!(render_markdown(&a), render_markdown(&b));
        assert_eq!(render_html(&a), render_html(&b));
        let o = TeachOptions {
            max_excerpts: 1,
            ..opts()
        };
        assert_eq!(
            build_pack(&corpus(), &cats(), &o).unwrap().excerpts.len(),
            1
        );
        let o = TeachOptions {
            min_severity: 3,
            ..opts()
        };
        assert!(build_pack(&corpus(), &cats(), &o)
            .unwrap()
            .excerpts
            .is_empty());
    }

    #[test]
    fn bad_span_offsets_are_an_error_naming_the_record() {
        let mut c = corpus();
        c[2].spans[0].end = 99;
        let e = build_pack(&c, &cats(), &opts()).unwrap_err().to_string();
        assert!(
            e.contains("annotation record 3") && e.contains("span 1"),
            "{e}"
        );
    }

    #[test]
    fn planted_fixture_never_reaches_a_pack() {
        let path = format!(
            "{}/tests/fixtures/pii/planted.csv",
            env!("CARGO_MANIFEST_DIR")
        );
        let mut r = csv::Reader::from_path(&path).unwrap();
        let mut anns = Vec::new();
        for rec in r.records() {
            let rec = rec.unwrap();
            let text = rec[4].to_string();
            let first = text.split_whitespace().next().unwrap().to_string();
            anns.push(ann(
                &rec[0],
                &rec[1],
                &rec[3],
                &text,
                &[(first.as_str(), "coercive.pressure", 2)],
            ));
        }
        let o = TeachOptions {
            max_excerpts: 0,
            context: 0,
            names: NameList::new(["Jordan Fakename", "Riley"]).unwrap(),
            ..opts()
        };
        let pack = build_pack(&anns, &cats(), &o).unwrap();
        assert!(pack.excerpts.is_empty(), "{:?}", pack.excerpts);
        assert_eq!(pack.refused.len(), anns.len());
        let md = render_markdown(&pack);
        let html = render_html(&pack);
        for a in &anns {
            for w in a
                .text
                .split_whitespace()
                .filter(|w| w.len() >= 5 && w.chars().any(|c| c.is_ascii_digit() || c == '@'))
            {
                assert!(!md.contains(w) && !html.contains(w), "{w}");
            }
        }
    }
}
