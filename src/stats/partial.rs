//! Mergeable aggregates: [`Partial`] holds exact integer sufficient statistics for every
//! output of this module except the text-based corpus tools (keywords, KWIC, collocates).
//!
//! A `Partial` built over shards and merged with [`merge`] equals (byte for byte, once
//! serialised) the `Partial` built in one run: every field is an integer count in a sorted
//! map, zero entries are never stored, and merging is entry-wise addition.

use super::period::{period_label, Period};
use crate::bail;
use crate::error::{Context, Result};
use crate::model::{top_level, Annotation, CATEGORY_IDS, TOP_LEVEL_IDS};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::io::BufRead;
use std::path::Path;

/// A message filter (e.g. `|a| selector.matches(a)`).
pub type Keep<'a> = &'a dyn Fn(&Annotation) -> Result<bool>;

/// Format tag written into `partial.json` (`/2` added the per-group conversation counts of
/// the clustered intervals; a `/1` partial is refused with this tag named).
pub const PARTIAL_FORMAT: &str = "c2chat-stats-partial/2";

/// The label of the whole corpus as a group (no grouping dimensions).
pub const ALL: &str = "all";

/// The value used for a message that lacks a meta field used for grouping.
pub const MISSING: &str = "unknown";

/// The contract's categories, in output order: each top level followed by its fine ids in
/// contract order (`protective` is both a fine and a top-level id and appears once).
pub fn categories() -> Vec<&'static str> {
    let mut out = Vec::new();
    for &top in TOP_LEVEL_IDS {
        out.push(top);
        for &id in CATEGORY_IDS {
            if id != top && top_level(id) == top {
                out.push(id);
            }
        }
    }
    out
}

/// The categories reported: the contract's ([`categories`]), then every other category in
/// `extra` (an imported dictionary's `swear`, a local `coercive.custom`) with its top level,
/// sorted by top level, each top level before its fine ids.
pub fn categories_with<'a>(extra: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let contract = categories();
    let mut more: BTreeSet<(&str, bool, &str)> = BTreeSet::new();
    for id in extra {
        for c in [id, top_level(id)] {
            if !c.is_empty() && !contract.contains(&c) {
                more.insert((top_level(c), c.contains('.'), c));
            }
        }
    }
    contract
        .into_iter()
        .chain(more.into_iter().map(|(_, _, c)| c))
        .map(str::to_string)
        .collect()
}

/// The kinds of evidence counted per category (`evidence.csv`), in output order:
/// messages flagged for the category with a lexicon term, a pattern, a conversation rule or
/// the classifier among its evidence, and `classifier_only`: flagged by the classifier with no
/// lexicon, pattern or rule span in support.
pub const EVIDENCE_SOURCES: [&str; 5] = [
    "lexicon",
    "pattern",
    "rule",
    "classifier",
    "classifier_only",
];

/// For each category a message is flagged for (each label and its top level), the kinds of
/// evidence behind it ([`EVIDENCE_SOURCES`]): the label's recorded evidence (`evidence` in
/// annotations.jsonl), or, when none is recorded, the sources of its labelling spans.
pub fn evidence_sources(a: &Annotation) -> BTreeMap<String, BTreeSet<&'static str>> {
    let mut out: BTreeMap<String, BTreeSet<&'static str>> = BTreeMap::new();
    for l in &a.labels {
        let recorded: Vec<&'static str> = match a.evidence.get(l) {
            Some(v) => v.iter().map(|s| s.as_str()).collect(),
            None => a
                .spans
                .iter()
                .filter(|s| &s.category == l && s.is_labelling())
                .map(|s| s.source.as_str())
                .collect(),
        };
        for c in reported(l) {
            out.entry(c.to_string())
                .or_default()
                .extend(recorded.iter().copied());
        }
    }
    for set in out.values_mut() {
        let span_backed = ["lexicon", "pattern", "rule"]
            .iter()
            .any(|s| set.contains(s));
        if set.contains("classifier") && !span_backed {
            set.insert("classifier_only");
        }
        set.retain(|s| EVIDENCE_SOURCES.contains(s));
    }
    out
}

/// Whether a label counts towards a speaker's "flagged" messages: every category except the
/// `protective` top level (protective language is not a concern).
pub fn is_concern(label: &str) -> bool {
    top_level(label) != "protective"
}

/// One grouping dimension.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "dim", content = "name")]
pub enum Dim {
    /// The conversation id.
    Conversation,
    /// The speaker id.
    Speaker,
    /// The message's language (`cy`, `en`, `mixed`, `und`; `lang` in annotations.jsonl;
    /// messages annotated before it existed get [`MISSING`]).
    Lang,
    /// A field of `Annotation::meta`; messages without it get [`MISSING`].
    Meta(String),
    /// The period of the timestamp (messages without one get
    /// [`UNKNOWN`](super::period::UNKNOWN)).
    Period(Period),
}

impl Dim {
    /// The column label: `conversation`, `speaker`, the meta field name, or the period name.
    pub fn label(&self) -> &str {
        match self {
            Dim::Conversation => "conversation",
            Dim::Speaker => "speaker",
            Dim::Lang => "lang",
            Dim::Meta(name) => name,
            Dim::Period(p) => p.name(),
        }
    }

    /// Parse one `--by` value: `conversation`, `speaker`, `lang`, `week|month|year|school-year|term`,
    /// `meta:NAME` or any other NAME (a meta field).
    pub fn parse(s: &str) -> Result<Dim> {
        let s = s.trim();
        if s.is_empty() {
            bail!("empty grouping name");
        }
        Ok(match s {
            "conversation" => Dim::Conversation,
            "speaker" => Dim::Speaker,
            "lang" => Dim::Lang,
            _ => {
                if let Some(name) = s.strip_prefix("meta:") {
                    if name.is_empty() {
                        bail!("empty meta field name in {s:?}");
                    }
                    Dim::Meta(name.to_string())
                } else if let Ok(p) = Period::parse(s) {
                    Dim::Period(p)
                } else {
                    Dim::Meta(s.to_string())
                }
            }
        })
    }

    /// The group value of an annotation for this dimension.
    pub(crate) fn value(&self, a: &Annotation) -> Result<String> {
        Ok(match self {
            Dim::Conversation => a.conversation_id.clone(),
            Dim::Speaker => a.speaker.clone(),
            Dim::Lang if a.lang.is_empty() => MISSING.to_string(),
            Dim::Lang => a.lang.clone(),
            Dim::Meta(name) => a
                .meta
                .get(name)
                .cloned()
                .unwrap_or_else(|| MISSING.to_string()),
            Dim::Period(p) => period_label(*p, a.timestamp.as_deref())
                .with_context(|| format!("message {}", a.message_id))?,
        })
    }
}

/// Build the grouping from `--by` values (`none` is ignored) and an optional `--period`.
/// Duplicate dimensions are an error.
pub fn parse_dims(by: &[&str], period: Option<&str>) -> Result<Vec<Dim>> {
    let mut dims = Vec::new();
    for b in by {
        if b.trim() == "none" {
            continue;
        }
        dims.push(Dim::parse(b)?);
    }
    if let Some(p) = period {
        dims.push(Dim::Period(Period::parse(p.trim())?));
    }
    let mut seen = BTreeSet::new();
    for d in &dims {
        if !seen.insert(d.clone()) {
            bail!("grouping {:?} given twice", d.label());
        }
    }
    Ok(dims)
}

/// `platform+month`, or [`ALL`] for no dimensions.
pub fn group_by_label(dims: &[Dim]) -> String {
    if dims.is_empty() {
        ALL.to_string()
    } else {
        dims.iter().map(Dim::label).collect::<Vec<_>>().join("+")
    }
}

/// `discord|2025-02`, or [`ALL`] for the empty key.
pub fn group_label(key: &[String]) -> String {
    if key.is_empty() {
        ALL.to_string()
    } else {
        key.join("|")
    }
}

/// Integer counts for one set of messages. Maps hold only non-zero entries, keyed by the
/// ids of [`categories`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    /// Messages.
    pub messages: u64,
    /// Tokens of those messages.
    pub tokens: u64,
    /// Messages flagged for each category (a top level counts a message once if any label
    /// has that top level).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub flagged: BTreeMap<String, u64>,
    /// Distinct spans (by start, end, category) of each category; a top level sums its children.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub hits: BTreeMap<String, u64>,
}

impl Counts {
    /// The categories with a flagged message or a span here.
    pub fn category_ids(&self) -> impl Iterator<Item = &str> {
        self.flagged
            .keys()
            .chain(self.hits.keys())
            .map(String::as_str)
    }

    /// Messages flagged for `category` (0 when none).
    pub fn flagged(&self, category: &str) -> u64 {
        self.flagged.get(category).copied().unwrap_or(0)
    }

    /// Distinct spans of `category` (0 when none).
    pub(crate) fn hits(&self, category: &str) -> u64 {
        self.hits.get(category).copied().unwrap_or(0)
    }

    fn add(&mut self, f: &MessageFacts) {
        self.messages += 1;
        self.tokens += f.tokens;
        for c in &f.categories {
            *self.flagged.entry(c.clone()).or_default() += 1;
        }
        for (c, n) in &f.hits {
            *self.hits.entry(c.clone()).or_default() += n;
        }
    }

    /// Entry-wise addition.
    pub fn merge(&mut self, other: &Counts) {
        self.messages += other.messages;
        self.tokens += other.tokens;
        add_map(&mut self.flagged, &other.flagged);
        add_map(&mut self.hits, &other.hits);
    }
}

fn add_map(into: &mut BTreeMap<String, u64>, from: &BTreeMap<String, u64>) {
    for (k, v) in from {
        if *v > 0 {
            *into.entry(k.clone()).or_default() += v;
        }
    }
}

/// Messages and concern-flagged messages (see [`is_concern`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    /// Messages.
    pub messages: u64,
    /// Messages with at least one concern label.
    pub flagged: u64,
}

/// Per-speaker counts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeakerCounts {
    /// Messages the speaker wrote.
    pub messages: u64,
    /// Messages with at least one concern label ([`is_concern`]).
    pub flagged: u64,
    /// Messages carrying each label, as labelled (fine or bare top-level ids, any category).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: BTreeMap<String, u64>,
    /// Per conversation the speaker wrote in.
    pub conversations: BTreeMap<String, Tally>,
}

impl SpeakerCounts {
    fn merge(&mut self, other: &SpeakerCounts) {
        self.messages += other.messages;
        self.flagged += other.flagged;
        add_map(&mut self.labels, &other.labels);
        for (k, t) in &other.conversations {
            let e = self.conversations.entry(k.clone()).or_default();
            e.messages += t.messages;
            e.flagged += t.flagged;
        }
    }
}

/// What one annotation contributes, computed once.
#[derive(Debug, Clone, Default)]
pub struct MessageFacts {
    /// The message's tokens.
    pub tokens: u64,
    /// Categories the message is flagged for: each label and its top level.
    pub categories: BTreeSet<String>,
    /// Distinct spans per category (each span's category and its top level).
    pub hits: BTreeMap<String, u64>,
    /// Whether any label is a concern ([`is_concern`]).
    pub concern: bool,
}

/// The categories a label or span category counts for: itself and its top level (once when
/// it is a top level). Every category counts, not only the contract's: the categories of an
/// imported dictionary (`swear`) get their rows too.
fn reported(id: &str) -> BTreeSet<&str> {
    [id, top_level(id)]
        .into_iter()
        .filter(|c| !c.is_empty())
        .collect()
}

impl MessageFacts {
    /// The facts of one annotation.
    pub fn of(a: &Annotation) -> MessageFacts {
        let mut f = MessageFacts {
            tokens: a.tokens as u64,
            ..Default::default()
        };
        for l in &a.labels {
            f.categories
                .extend(reported(l).into_iter().map(str::to_string));
            if is_concern(l) {
                f.concern = true;
            }
        }
        let distinct: BTreeSet<(usize, usize, &str)> = a
            .spans
            .iter()
            .map(|s| (s.start, s.end, s.category.as_str()))
            .collect();
        for (_, _, cat) in distinct {
            for id in reported(cat) {
                *f.hits.entry(id.to_string()).or_default() += 1;
            }
        }
        f
    }
}

/// Exact, mergeable sufficient statistics for a corpus (or a shard of one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Partial {
    /// Always [`PARTIAL_FORMAT`].
    pub format: String,
    /// The grouping dimensions; partials merge only when these are equal.
    pub dims: Vec<Dim>,
    /// The whole (filtered) corpus.
    pub total: Counts,
    /// One entry per group key (one value per dimension; the empty key when `dims` is empty).
    #[serde(with = "group_entries")]
    pub groups: BTreeMap<Vec<String>, Counts>,
    /// Per conversation id (for dispersion, conversation-level co-occurrence and the
    /// conversation-clustered intervals of the whole corpus).
    pub conversations: BTreeMap<String, Counts>,
    /// Per group key, per conversation id: the clusters of the conversation-clustered
    /// intervals (see [`Partial::clusters`]). Empty without grouping dimensions, where
    /// `conversations` serves (so nothing is stored twice).
    #[serde(
        default,
        with = "group_entries",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub group_conversations: BTreeMap<Vec<String>, BTreeMap<String, Counts>>,
    /// Per speaker id.
    pub speakers: BTreeMap<String, SpeakerCounts>,
    /// Message-level co-occurrence: `cooccurrence[x][y]` for x ≤ y (string order) counts
    /// messages flagged for both; `[x][x]` counts messages flagged for x.
    pub cooccurrence: BTreeMap<String, BTreeMap<String, u64>>,
    /// Episode counts per group (from `episodes.jsonl` beside the annotations); absent when
    /// the annotations have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub episodes: Option<super::episodes::EpisodePartial>,
    /// Per category, flagged messages by kind of evidence ([`evidence_sources`]); non-zero
    /// entries only.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub evidence: BTreeMap<String, BTreeMap<String, u64>>,
    /// Categories of the lexicon in use beyond the contract's (from the annotation run's
    /// manifest), reported even when nothing is flagged for them; merged by union.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub lexicon_categories: BTreeSet<String>,
}

/// A map keyed by group key (one value per grouping dimension) as a JSON list of
/// `{key, counts}` entries; used for message counts here and episode counts in `episodes`.
pub(super) mod group_entries {
    use serde::de::DeserializeOwned;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use std::collections::BTreeMap;

    #[derive(Serialize, Deserialize)]
    struct Entry<T> {
        key: Vec<String>,
        counts: T,
    }

    /// The map as a list of `{key, counts}` entries.
    pub fn serialize<T: Serialize + Clone, S: Serializer>(
        m: &BTreeMap<Vec<String>, T>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        let v: Vec<Entry<T>> = m
            .iter()
            .map(|(k, c)| Entry {
                key: k.clone(),
                counts: c.clone(),
            })
            .collect();
        v.serialize(s)
    }

    /// The map from a list of `{key, counts}` entries; a repeated key is an error.
    pub fn deserialize<'de, T: DeserializeOwned, D: Deserializer<'de>>(
        d: D,
    ) -> Result<BTreeMap<Vec<String>, T>, D::Error> {
        let v: Vec<Entry<T>> = Vec::deserialize(d)?;
        let mut m = BTreeMap::new();
        for e in v {
            if m.insert(e.key, e.counts).is_some() {
                return Err(serde::de::Error::custom("duplicate group key"));
            }
        }
        Ok(m)
    }
}

impl Partial {
    /// An empty partial for the given grouping.
    pub fn new(dims: Vec<Dim>) -> Partial {
        Partial {
            format: PARTIAL_FORMAT.to_string(),
            dims,
            total: Counts::default(),
            groups: BTreeMap::new(),
            conversations: BTreeMap::new(),
            group_conversations: BTreeMap::new(),
            speakers: BTreeMap::new(),
            cooccurrence: BTreeMap::new(),
            episodes: None,
            evidence: BTreeMap::new(),
            lexicon_categories: BTreeSet::new(),
        }
    }

    /// The categories reported for this partial ([`categories_with`]): the contract's, those
    /// seen in the data and those of the lexicon in use.
    pub fn categories(&self) -> Vec<String> {
        categories_with(
            self.total
                .category_ids()
                .chain(self.lexicon_categories.iter().map(String::as_str)),
        )
    }

    /// Report the categories of the lexicon in use (see [`Partial::lexicon_categories`]);
    /// the contract's are left out.
    pub fn declare_categories<'a>(&mut self, ids: impl IntoIterator<Item = &'a str>) {
        for id in ids {
            if !crate::model::is_known_category(id) {
                self.lexicon_categories.insert(id.to_string());
            }
        }
    }

    /// Add one annotation. Fails (naming the message) on an unparseable timestamp when a
    /// period dimension is used.
    pub fn add(&mut self, a: &Annotation) -> Result<()> {
        let key = self
            .dims
            .iter()
            .map(|d| d.value(a))
            .collect::<Result<Vec<_>>>()?;
        let f = MessageFacts::of(a);
        self.total.add(&f);
        if !self.dims.is_empty() {
            self.group_conversations
                .entry(key.clone())
                .or_default()
                .entry(a.conversation_id.clone())
                .or_default()
                .add(&f);
        }
        self.groups.entry(key).or_default().add(&f);
        self.conversations
            .entry(a.conversation_id.clone())
            .or_default()
            .add(&f);
        let sp = self.speakers.entry(a.speaker.clone()).or_default();
        sp.messages += 1;
        let t = sp
            .conversations
            .entry(a.conversation_id.clone())
            .or_default();
        t.messages += 1;
        if f.concern {
            sp.flagged += 1;
            t.flagged += 1;
        }
        for (c, sources) in evidence_sources(a) {
            let e = self.evidence.entry(c).or_default();
            for s in sources {
                *e.entry(s.to_string()).or_default() += 1;
            }
        }
        let labels: BTreeSet<&String> = a.labels.iter().collect();
        for l in labels {
            *sp.labels.entry(l.clone()).or_default() += 1;
        }
        let cats: Vec<&String> = f.categories.iter().collect();
        for (i, x) in cats.iter().enumerate() {
            for y in &cats[i..] {
                *self
                    .cooccurrence
                    .entry((*x).clone())
                    .or_default()
                    .entry((*y).clone())
                    .or_default() += 1;
            }
        }
        Ok(())
    }

    /// Add every annotation of an iterator.
    pub fn from_annotations<'a>(
        dims: Vec<Dim>,
        anns: impl IntoIterator<Item = &'a Annotation>,
    ) -> Result<Partial> {
        let mut p = Partial::new(dims);
        for a in anns {
            p.add(a)?;
        }
        Ok(p)
    }

    /// Merge `other` into `self` (entry-wise addition). Associative and commutative.
    pub fn merge_from(&mut self, other: &Partial) -> Result<()> {
        if self.dims != other.dims {
            bail!(
                "cannot merge partials grouped by {} and {}",
                group_by_label(&self.dims),
                group_by_label(&other.dims)
            );
        }
        self.total.merge(&other.total);
        for (k, c) in &other.groups {
            self.groups.entry(k.clone()).or_default().merge(c);
        }
        for (k, c) in &other.conversations {
            self.conversations.entry(k.clone()).or_default().merge(c);
        }
        for (g, convs) in &other.group_conversations {
            let mine = self.group_conversations.entry(g.clone()).or_default();
            for (k, c) in convs {
                mine.entry(k.clone()).or_default().merge(c);
            }
        }
        for (k, s) in &other.speakers {
            self.speakers.entry(k.clone()).or_default().merge(s);
        }
        for (x, row) in &other.cooccurrence {
            add_map(self.cooccurrence.entry(x.clone()).or_default(), row);
        }
        super::episodes::merge_optional(&mut self.episodes, &other.episodes)?;
        for (c, row) in &other.evidence {
            add_map(self.evidence.entry(c.clone()).or_default(), row);
        }
        self.lexicon_categories
            .extend(other.lexicon_categories.iter().cloned());
        Ok(())
    }

    /// The conversations (clusters) of the group `key`, for the conversation-clustered
    /// intervals: its per-conversation counts (the whole corpus's without dimensions).
    pub fn clusters(&self, key: &[String]) -> impl Iterator<Item = &Counts> {
        let convs = if self.dims.is_empty() {
            Some(&self.conversations)
        } else {
            self.group_conversations.get(key)
        };
        convs.into_iter().flat_map(|m| m.values())
    }

    /// Serialise as pretty JSON (deterministic: every map is sorted).
    pub fn to_json(&self) -> Result<Vec<u8>> {
        let mut v = serde_json::to_vec_pretty(self)?;
        v.push(b'\n');
        Ok(v)
    }

    /// Parse and validate a `partial.json`; `name` is used in error messages.
    pub fn from_json(bytes: &[u8], name: &str) -> Result<Partial> {
        let p: Partial = serde_json::from_slice(bytes)
            .with_context(|| format!("{name}: not a c2chat stats partial"))?;
        if p.format != PARTIAL_FORMAT {
            bail!("{name}: format {:?}, expected {PARTIAL_FORMAT:?}", p.format);
        }
        for k in p.groups.keys().chain(p.group_conversations.keys()) {
            if k.len() != p.dims.len() {
                bail!(
                    "{name}: group key {:?} has {} values for {} dimensions",
                    k,
                    k.len(),
                    p.dims.len()
                );
            }
        }
        Ok(p)
    }

    /// Read a partial file.
    pub fn read(path: &Path) -> Result<Partial> {
        let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
        Partial::from_json(&bytes, &path.display().to_string())
    }

    /// Stream `annotations.jsonl` into a partial, keeping messages accepted by `keep`.
    pub fn read_jsonl(path: &Path, dims: Vec<Dim>, keep: Option<Keep>) -> Result<Partial> {
        let mut p = Partial::new(dims);
        for_each_annotation(path, |a, line| {
            if let Some(k) = keep {
                if !k(&a).with_context(|| format!("{}:{line}", path.display()))? {
                    return Ok(());
                }
            }
            p.add(&a)
                .with_context(|| format!("{}:{line}", path.display()))
        })?;
        Ok(p)
    }
}

/// `a + b` as a new partial (see [`Partial::merge_from`]).
pub fn merge(a: &Partial, b: &Partial) -> Result<Partial> {
    let mut out = a.clone();
    out.merge_from(b)?;
    Ok(out)
}

/// Call `f(annotation, line_number)` for each non-blank line of an `annotations.jsonl` file.
/// Errors name the file and 1-based line.
pub fn for_each_annotation(
    path: &Path,
    f: impl FnMut(Annotation, u64) -> Result<()>,
) -> Result<()> {
    crate::io::check_output_set(path, &["messages.csv", "rejects.jsonl"])?;
    let file = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    for_each_annotation_in(
        std::io::BufReader::new(file),
        &path.display().to_string(),
        f,
    )
}

/// As [`for_each_annotation`], over any reader; `name` is used in error messages.
pub fn for_each_annotation_in(
    reader: impl BufRead,
    name: &str,
    mut f: impl FnMut(Annotation, u64) -> Result<()>,
) -> Result<()> {
    for (i, line) in reader.lines().enumerate() {
        let n = i as u64 + 1;
        let line = line.with_context(|| format!("{name}:{n}: reading"))?;
        if line.trim().is_empty() {
            continue;
        }
        let a: Annotation = serde_json::from_str(&line)
            .map_err(|e| crate::Error::input(name, Some(n), format!("not an annotation: {e}")))?;
        f(a, n)?;
    }
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::Source;

    /// A synthetic annotation of "ok see you later"; each label gets one span (severity 1,
    /// from the lexicon) over "ok".
    pub fn ann(
        id: &str,
        conv: &str,
        speaker: &str,
        ts: Option<&str>,
        meta: &[(&str, &str)],
        labels: &[&str],
        tokens: usize,
    ) -> Annotation {
        let mut b = Annotation::builder(id, "ok see you later")
            .corpus("synthetic")
            .conversation(conv)
            .speaker(speaker)
            .tokens(tokens)
            .rule_id("t");
        if let Some(ts) = ts {
            b = b.timestamp(ts);
        }
        let b = meta.iter().fold(b, |b, (k, v)| b.meta(*k, *v));
        labels
            .iter()
            .fold(b, |b, l| b.span(*l, 0, 2, 1, Source::Lexicon))
            .build()
    }

    #[test]
    fn category_order() {
        let c = categories();
        assert_eq!(c.len(), 19);
        assert_eq!(
            &c[..3],
            &["sexualised", "sexualised.appearance", "sexualised.names"]
        );
        assert_eq!(
            &c[14..],
            &[
                "protective",
                "protective.challenge",
                "protective.support",
                "protective.help_seeking",
                "protective.reporting"
            ]
        );
        assert_eq!(c.iter().filter(|x| **x == "protective").count(), 1);
    }

    #[test]
    fn facts_count_top_levels_once_and_dedupe_spans() {
        let mut a = ann(
            "m1",
            "c1",
            "s1",
            None,
            &[],
            &[
                "coercive.threat",
                "coercive.pressure",
                "protective",
                "other.thing",
            ],
            5,
        );
        // A duplicate span (same range and category, other source) is not a new hit.
        let mut dup = a.spans[0].clone();
        dup.source = Source::Pattern;
        a.spans.push(dup);
        let f = MessageFacts::of(&a);
        let cats: Vec<&str> = f.categories.iter().map(String::as_str).collect();
        // A category outside the contract counts too, with its top level.
        assert_eq!(
            cats,
            vec![
                "coercive",
                "coercive.pressure",
                "coercive.threat",
                "other",
                "other.thing",
                "protective"
            ]
        );
        assert_eq!(f.hits["other"], 1);
        assert_eq!(f.hits["coercive"], 2);
        assert_eq!(f.hits["coercive.threat"], 1);
        assert_eq!(f.hits["protective"], 1);
        assert!(f.concern);
        let p = ann("m2", "c1", "s1", None, &[], &["protective"], 5);
        assert!(!MessageFacts::of(&p).concern);
    }

    #[test]
    fn categories_beyond_the_contract_follow_it_grouped_by_top_level() {
        let c = categories_with(["swear", "coercive.custom", "liwc.b", "liwc.a", "coercive"]);
        assert_eq!(c.len(), 19 + 5);
        assert_eq!(&c[..19], &categories()[..]);
        assert_eq!(
            &c[19..],
            &["coercive.custom", "liwc", "liwc.a", "liwc.b", "swear"]
        );
        // A lexicon's categories are reported with no flag, and survive a merge.
        let mut p = Partial::new(vec![]);
        p.declare_categories(["swear", "coercive.threat"]);
        assert_eq!(p.lexicon_categories.len(), 1);
        let q = merge(&Partial::new(vec![]), &p).unwrap();
        assert!(q.categories().contains(&"swear".to_string()));
        let back = Partial::from_json(&q.to_json().unwrap(), "x").unwrap();
        assert_eq!(back, q);
    }

    #[test]
    fn evidence_sources_name_classifier_only_labels() {
        // coercive.threat: a lexicon span and the classifier; protective.support: the
        // classifier alone; victim_blaming.blame: a rule span (no recorded evidence).
        let mut a = ann("m1", "c1", "s1", None, &[], &["coercive.threat"], 5);
        a.evidence.insert(
            "coercive.threat".into(),
            vec![Source::Lexicon, Source::Classifier],
        );
        a.labels.push("protective.support".into());
        a.evidence
            .insert("protective.support".into(), vec![Source::Classifier]);
        let mut rule = a.spans[0].clone();
        rule.category = "victim_blaming.blame".into();
        rule.source = Source::Rule;
        a.spans.push(rule);
        a.labels.push("victim_blaming.blame".into());
        let e = evidence_sources(&a);
        let get = |c: &str| e[c].iter().copied().collect::<Vec<_>>();
        assert_eq!(get("coercive.threat"), vec!["classifier", "lexicon"]);
        assert_eq!(get("coercive"), vec!["classifier", "lexicon"]);
        assert_eq!(
            get("protective.support"),
            vec!["classifier", "classifier_only"]
        );
        assert_eq!(get("protective"), vec!["classifier", "classifier_only"]);
        assert_eq!(get("victim_blaming"), vec!["rule"]);
        let p = Partial::from_annotations(vec![], [&a, &a]).unwrap();
        assert_eq!(p.evidence["protective"]["classifier_only"], 2);
        assert_eq!(p.evidence["coercive"].get("classifier_only"), None);
    }

    #[test]
    fn dims_parse() {
        let d = parse_dims(&["platform", "speaker", "meta:month"], Some("term")).unwrap();
        assert_eq!(
            d,
            vec![
                Dim::Meta("platform".into()),
                Dim::Speaker,
                Dim::Meta("month".into()),
                Dim::Period(Period::Term)
            ]
        );
        assert_eq!(group_by_label(&d), "platform+speaker+month+term");
        assert!(parse_dims(&["month"], Some("month")).is_err());
        assert!(parse_dims(&["none"], None).unwrap().is_empty());
        assert!(parse_dims(&[], Some("fortnight")).is_err());
    }

    #[test]
    fn bad_lines_name_file_and_line() {
        let good = serde_json::to_string(&ann("m1", "c", "s", None, &[], &[], 1)).unwrap();
        let input = format!("{good}\n\n{{not json\n");
        let err = for_each_annotation_in(input.as_bytes(), "ann.jsonl", |_, _| Ok(())).unwrap_err();
        assert!(err.to_string().starts_with("ann.jsonl:3:"), "{err}");
        let bad_ts = ann("m9", "c", "s", Some("soon"), &[], &[], 1);
        let mut p = Partial::new(vec![Dim::Period(Period::Month)]);
        let err = format!("{:#}", p.add(&bad_ts).unwrap_err());
        assert!(err.contains("m9"), "{err}");
    }

    #[test]
    fn merge_rejects_different_dims() {
        let a = Partial::new(vec![]);
        let b = Partial::new(vec![Dim::Speaker]);
        assert!(merge(&a, &b).is_err());
        let mut j = a.to_json().unwrap();
        assert_eq!(Partial::from_json(&j, "x").unwrap(), a);
        j = String::from_utf8(j)
            .unwrap()
            .replace(PARTIAL_FORMAT, "other/9")
            .into_bytes();
        assert!(Partial::from_json(&j, "x").is_err());
    }
}
