//! Lexicon format v1: `lexicon.toml` (metadata and categories, with their definitions, sources
//! and teaching-pack prompts), TSV entry files, an optional `patterns.toml`, and an optional
//! `rules.toml` for the conversation-aware rules (without one, a lexicon gets the built-in core
//! lexicon's rules).
//!
//! TSV columns: `term, category, severity (1-3), match (word|prefix|phrase), note[, unless]`.
//! A trailing `*` on a term is a prefix wildcard, as in LIWC.

pub mod diff;
pub mod frames;
pub mod import;
pub mod lazy;
pub mod lint;
pub mod mutation;
pub mod overlay;
mod present;
mod required;
mod snapshot;

use crate::error::{Context, Result};
use crate::normalise::normalise_str;
use crate::{bail, err};
pub use lazy::LazyRegex;
pub use present::{for_message, MessageLiterals};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// A category as declared in `lexicon.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    /// The category id (`coercive.pressure`; a top-level id has no dot).
    pub id: String,
    /// A short human-readable name.
    #[serde(default)]
    pub label: String,
    /// What the category covers.
    #[serde(default)]
    pub definition: String,
    /// Where the definition or guidance comes from.
    #[serde(default)]
    pub source: String,
    /// The category's own discussion prompt for teaching packs (`c2chat teach`). A category
    /// without one gets its top-level category's `prompt`, if any.
    #[serde(default)]
    pub prompt: String,
    /// General discussion prompts for every category under this one, shown after the
    /// category's own prompt; used on top-level categories only. Where the top-level category
    /// has none, packs show the built-in general prompts (`lexicons/teach-prompts.toml`).
    #[serde(default)]
    pub prompts: Vec<String>,
    /// The label in Welsh (`--ui-lang cy`); empty: not translated.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label_cy: String,
    /// The definition in Welsh (`--ui-lang cy`); empty: not translated.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub definition_cy: String,
    /// The discussion prompt in Welsh (`--ui-lang cy`); empty: not translated.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub prompt_cy: String,
    /// The general prompts in Welsh (`--ui-lang cy`), one per entry of `prompts`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prompts_cy: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
struct LexiconToml {
    name: String,
    version: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    categories: Vec<Category>,
    /// The language of its terms (`cy`: Welsh initial mutations apply, from `mutations.toml`).
    #[serde(default)]
    language: Option<String>,
    /// Companion lexicons loaded with this one (`with = ["core-cy"]`).
    #[serde(default)]
    with: Vec<String>,
}

/// How a term matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MatchKind {
    /// The term matches whole words only.
    Word,
    /// The term matches at the start of a word (`slag*`).
    Prefix,
    /// A multi-word phrase, matched word by word.
    Phrase,
}

/// One lexicon entry.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    /// The term as written (with any `*`).
    pub term: String,
    /// The normalised term, without `*`.
    pub key: String,
    /// The category id it flags.
    pub category: String,
    /// Severity 1 (mild) to 3 (severe).
    pub severity: u8,
    /// How the term matches.
    pub kind: MatchKind,
    /// The researcher's note on the entry.
    pub note: String,
    /// A match is dropped when this regex matches the message (an exception).
    pub unless: Option<LazyRegex>,
    /// Other normalised forms of `key` that match as it does (its Welsh mutations).
    pub variants: Vec<String>,
    /// The file the item was read from.
    pub file: String,
    /// Its 1-based line in that file.
    pub line: u64,
}

/// One regex pattern.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Pattern {
    /// The pattern id (`rule_id` in annotations).
    pub id: String,
    /// The category id it flags.
    pub category: String,
    /// Severity 1 (mild) to 3 (severe).
    pub severity: u8,
    /// What the pattern recognises.
    pub description: String,
    /// The regex, over normalised text (compiled on first use).
    pub regex: LazyRegex,
    /// A match is dropped when this regex matches the message (an exception).
    pub unless: Option<LazyRegex>,
    /// The file the item was read from.
    pub file: String,
    /// Its 1-based line in that file.
    pub line: u64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PatternToml {
    id: String,
    category: String,
    severity: u8,
    #[serde(default)]
    description: String,
    regex: String,
    #[serde(default)]
    unless: Option<String>,
    /// Where the pattern's wording comes from (documentation only; not used in matching).
    #[serde(default)]
    #[allow(dead_code)]
    source: Option<String>,
}

#[derive(Debug, Deserialize)]
struct PatternsFile {
    #[serde(default)]
    pattern: Vec<PatternToml>,
}

/// Settings of the conversation-aware rules (`rules.toml`).
///
/// A lexicon without a `rules.toml`, and any setting its `rules.toml` leaves out, gets the
/// built-in core lexicon's (`lexicons/core/rules.toml` as built into the binary:
/// [`RulesConfig::builtin`]).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulesConfig {
    /// How many messages of the conversation, after a request, the rules look at.
    pub window: usize,
    /// A regex over normalised text recognising a refusal.
    pub refusal: String,
    /// A regex recognising persistence, insults or bargaining (beyond what the lexicon flags).
    pub persistence: String,
    /// A regex recognising a nudge after one's own open request (pleading, "come on then",
    /// "??", emoji only, "ur taking ages").
    pub nudge: String,
    /// A regex recognising a short challenge from another speaker after a harmful message.
    pub challenge: String,
    /// A regex recognising support for the target after a harmful message.
    pub support: String,
    /// A regex recognising that the speaker holds an image or screenshot of someone.
    pub held_image: String,
    /// A regex recognising a reference to showing or spreading a held image.
    pub exposure: String,
    /// A regex recognising a condition or demand that makes a reference to a held image a threat.
    pub condition: String,
    /// A regex recognising a harmless reason for secrecy (a surprise, the speaker's own news):
    /// a `coercive.secrecy` span in a message it matches, with nothing harmful in the message or
    /// open in the conversation, is framed `unanchored`.
    pub benign_secret: String,
    /// A regex recognising a first-person report that one's image or messages were spread, or
    /// that everyone is talking about one (`rule.distress_report` -> `protective.help_seeking`;
    /// another speaker's support after it is anchored).
    #[serde(default)]
    pub distress: String,
    /// Categories whose lexicon spans label a message only when something harmful is in the
    /// message (another category) or open in the conversation within the window; otherwise
    /// they are framed `unanchored`.
    pub needs_harm: Vec<String>,
    /// Categories that, in a message of at most `short_reply` tokens, behave as `needs_harm`
    /// ("dont tell anyone", "ill show everyone", "u ok?" mean something only in context).
    pub short_needs_harm: Vec<String>,
    /// A message of at most this many tokens gets a classifier-only label only when it is
    /// anchored: a harmful word of the lexicon in it, or a harmful message open in the
    /// conversation within the window (a two-word reply means something only in context).
    pub short_reply: usize,
    /// Messages of a conversation without an act after which an episode closes.
    pub episode_window: usize,
    /// Minutes after an episode's last act after which it closes (0: no time limit).
    pub episode_gap_minutes: u64,
    /// Keep an episode only when something follows its opening act (another harmful act, a
    /// refusal or a protective act); `false` keeps lone acts as episodes too.
    pub episode_confirm: bool,
    /// A classifier `coercive.pressure` score that labels a **follow-up**: a message by the
    /// speaker of an open image request (within `window` messages of it), after another speaker
    /// has answered, with no protective label and not a refusal. In that place most messages
    /// are pressure, so a lower score than the model's threshold and `--min-score` suffices
    /// (0: off, only the usual threshold).
    #[serde(default)]
    pub follow_up_score: f64,
    /// Rules switched off for a category, as (rule id, category): set only by a local
    /// overlay's `rules-off.toml` ([`overlay`]), never by `rules.toml`.
    #[serde(skip)]
    pub switched_off: Vec<(String, String)>,
}

/// The regex settings of `rules.toml`, by name (for parsing and compiling them alike).
const RULE_REGEXES: [&str; 10] = [
    "refusal",
    "persistence",
    "nudge",
    "challenge",
    "support",
    "held_image",
    "exposure",
    "condition",
    "benign_secret",
    "distress",
];

impl RulesConfig {
    /// Read a `rules.toml` (`name` names it in errors, with the line). A setting it leaves out
    /// comes from `base`; without a base it is an error. Every regex is compiled, so a bad one
    /// is an error here.
    pub fn parse(text: &str, name: &str, base: Option<&RulesConfig>) -> Result<RulesConfig> {
        Self::parse_with(text, name, base, false)
    }

    /// [`RulesConfig::parse`]; `trusted`: a built-in lexicon's, whose regexes are compiled on
    /// first use (see [`check_cue`]).
    pub(crate) fn parse_with(
        text: &str,
        name: &str,
        base: Option<&RulesConfig>,
        trusted: bool,
    ) -> Result<RulesConfig> {
        let table: toml::Table = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(1);
            err!("{name}:{line}: {}", e.message())
        })?;
        let mut known: Vec<&str> = RULE_REGEXES.to_vec();
        known.extend([
            "window",
            "needs_harm",
            "short_needs_harm",
            "short_reply",
            "episode_window",
            "episode_gap_minutes",
            "episode_confirm",
            "follow_up_score",
        ]);
        for key in table.keys() {
            if !known.contains(&key.as_str()) {
                let e = crate::suggest::check("setting", key, known.iter().copied()).unwrap_err();
                bail!("{name}:{}: {e}", key_line(text, key));
            }
        }
        let base_value = base.map(|b| toml::Value::try_from(b).expect("rules serialise"));
        // Each setting's type, on its own over the base, so an error names its line.
        if let Some(toml::Value::Table(b)) = &base_value {
            for (key, v) in &table {
                let mut probe = b.clone();
                probe.insert(key.clone(), v.clone());
                if let Err(e) = toml::Value::Table(probe).try_into::<RulesConfig>() {
                    bail!("{name}:{}: `{key}`: {}", key_line(text, key), e.message());
                }
            }
        }
        let mut merged = toml::Table::new();
        for key in known {
            let v = table
                .get(key)
                .cloned()
                .or_else(|| base_value.as_ref().and_then(|b| b.get(key).cloned()))
                .ok_or_else(|| err!("{name}: no `{key}` setting"))?;
            merged.insert(key.to_string(), v);
        }
        let cfg: RulesConfig = toml::Value::Table(merged)
            .try_into()
            .map_err(|e: toml::de::Error| err!("{name}: {}", e.message()))?;
        for (what, re) in cfg.regexes() {
            check_cue(re, &format!("{name}: {what}"), trusted)?;
        }
        let lists = [
            ("needs_harm", &cfg.needs_harm),
            ("short_needs_harm", &cfg.short_needs_harm),
        ];
        for (what, list) in lists {
            for c in list {
                if !crate::model::is_known_category(c) {
                    let ids = crate::model::CATEGORY_IDS.iter().copied();
                    let e = crate::suggest::check("category", c, ids).unwrap_err();
                    bail!("{name}: {what}: {e}");
                }
            }
        }
        Ok(cfg)
    }

    /// OR a companion's regex cues (`text`, a `rules.toml` that sets only regex cues) into
    /// these: each cue it sets matches what either matches. `trusted`: a built-in companion
    /// (see [`check_cue`]).
    pub fn or_regexes(&mut self, text: &str, name: &str, trusted: bool) -> Result<()> {
        let table: toml::Table = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(1);
            err!("{name}:{line}: {}", e.message())
        })?;
        for (key, v) in &table {
            let line = key_line(text, key);
            let Some(re) = v.as_str() else {
                if RULE_REGEXES.contains(&key.as_str()) {
                    bail!("{name}:{line}: `{key}` must be a regex string");
                }
                let e = crate::suggest::check("regex cue", key, RULE_REGEXES.iter().copied())
                    .err()
                    .map_or_else(
                        || "a companion's rules.toml sets only regex cues".into(),
                        |e| e.to_string(),
                    );
                bail!("{name}:{line}: {e}");
            };
            check_cue(re, &format!("{name}: {key}"), trusted)?;
            let slot = match key.as_str() {
                "refusal" => &mut self.refusal,
                "persistence" => &mut self.persistence,
                "nudge" => &mut self.nudge,
                "challenge" => &mut self.challenge,
                "support" => &mut self.support,
                "held_image" => &mut self.held_image,
                "exposure" => &mut self.exposure,
                "condition" => &mut self.condition,
                "benign_secret" => &mut self.benign_secret,
                "distress" => &mut self.distress,
                _ => {
                    let e = crate::suggest::check("regex cue", key, RULE_REGEXES.iter().copied())
                        .unwrap_err();
                    bail!("{name}:{line}: {e}");
                }
            };
            *slot = format!("(?:{})|(?:{re})", slot);
            check_cue(slot, &format!("{name}: {key}"), trusted)?;
        }
        Ok(())
    }

    /// The regex settings, by name.
    pub fn regexes(&self) -> [(&'static str, &str); 10] {
        [
            ("refusal", &self.refusal),
            ("persistence", &self.persistence),
            ("nudge", &self.nudge),
            ("challenge", &self.challenge),
            ("support", &self.support),
            ("held_image", &self.held_image),
            ("exposure", &self.exposure),
            ("condition", &self.condition),
            ("benign_secret", &self.benign_secret),
            ("distress", &self.distress),
        ]
    }
}

impl RulesConfig {
    /// The conversation rules of a lexicon without a `rules.toml` (and the settings a
    /// `rules.toml` leaves out): the built-in core lexicon's `rules.toml`, whatever lexicon is
    /// loaded.
    pub fn builtin() -> crate::Result<RulesConfig> {
        use crate::defaults::{builtin_lexicon, DEFAULT_LEXICON};
        let name = format!("builtin:{DEFAULT_LEXICON}/rules.toml");
        let bytes = builtin_lexicon(DEFAULT_LEXICON)
            .and_then(|files| files.iter().find(|(p, _)| *p == "rules.toml"))
            .map(|(_, b)| *b)
            .ok_or_else(|| crate::err!("{name}: not built in"))?;
        let text = std::str::from_utf8(bytes).map_err(|_| crate::err!("{name}: invalid UTF-8"))?;
        RulesConfig::parse_with(text, &name, None, true)
    }
}

/// A loaded lexicon.
/// Serialised only for the built-in lexicons' snapshots ([`snapshot`]).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Lexicon {
    /// The directory it was loaded from (a built-in lexicon records its name here).
    pub dir: PathBuf,
    /// Its name (`core`).
    pub name: String,
    /// Its version (`1.1.0`).
    pub version: String,
    /// What the lexicon is for (from `lexicon.toml`).
    pub description: String,
    /// The categories, top-level and fine.
    pub categories: Vec<Category>,
    /// The terms and phrases.
    pub entries: Vec<Entry>,
    /// The regex patterns.
    pub patterns: Vec<Pattern>,
    /// The conversation rules' settings.
    pub rules: RulesConfig,
    /// The frame cues (`frames.toml`).
    pub frames: frames::FramesConfig,
    /// SHA-256 over every file of the lexicon and its companions (relative path and content).
    pub hash: String,
    /// The companion lexicons loaded with it, as `NAME@VERSION` (`core-cy@0.1.0`).
    pub companions: Vec<String>,
    /// When overlays are stacked on it (`--lexicon core --lexicon DIR`): every layer, base
    /// first, each with its own hash; `hash` is then the hash over the layers. Empty for a
    /// lexicon loaded alone.
    pub layers: Vec<Layer>,
    /// Local classifier thresholds by category, from stacked overlays' `thresholds.toml` (the
    /// highest where several give one): a classifier label of the category needs at least
    /// this score as well as the model's. Empty for a lexicon loaded alone.
    pub classifier_min: std::collections::BTreeMap<String, f64>,
}

/// One lexicon of a stack (the base, or an overlay on it), as the run manifest records it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Layer {
    /// The lexicon's name (`core`, `core-local`).
    pub name: String,
    /// Its version.
    pub version: String,
    /// The SHA-256 over its files.
    pub hash: String,
    /// Where it came from: its directory, or `builtin:NAME`.
    pub path: String,
    /// An overlay's local classifier thresholds (`thresholds.toml`), by category: the
    /// highest `min_score` set for each, so a run's manifest says which labels an overlay held back.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub thresholds: std::collections::BTreeMap<String, f64>,
    /// An overlay's switched-off rules (`rules-off.toml`), as `RULE/CATEGORY`, sorted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules_off: Vec<String>,
}

/// Problems found while loading, kept for `lexicon lint` (loading fails on the first error).
#[derive(Debug, Clone, Default)]
pub struct LoadIssues {
    /// Every error found, with file and line.
    pub errors: Vec<String>,
}

/// A compiled lexicon regex: `regex`'s own engine (leftmost-first, Unicode, UTF-8 empty
/// matches), built without a literal prefilter (see [`compile_regex`]).
pub type Program = regex_automata::meta::Regex;

/// Compile a lexicon regex (8 MiB size limit). Compiled regexes are kept by source text for
/// the life of the process, so the same exception or cue written on many entries (and a
/// lexicon loaded twice) is compiled once; a `Program` clone shares the compiled program.
pub(crate) fn compile_regex(src: &str, what: &str) -> Result<Program> {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static CACHE: OnceLock<Mutex<HashMap<String, Program>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(re) = cache.lock().ok().and_then(|c| c.get(src).cloned()) {
        return Ok(re);
    }
    let re = compile_regex_uncached(src, what)?;
    if let Ok(mut c) = cache.lock() {
        c.insert(src.to_string(), re.clone());
    }
    Ok(re)
}

/// Check a cue regex of a lexicon's `rules.toml` or `frames.toml` at load. `trusted` (a
/// built-in lexicon, whose every cue a unit test compiles): registered to be compiled on first
/// use; otherwise compiled now, so that a bad or oversized one is an error naming its file.
/// Compiling every cue at every start was about a tenth of start-up (issue 23, session 17).
pub(crate) fn check_cue(src: &str, what: &str, trusted: bool) -> Result<()> {
    if trusted {
        LazyRegex::trusted(src);
        return Ok(());
    }
    compile_regex(src, what).map(|_| ())
}

/// A cue regex for the rules or the frames: the one registered at load (compiled on first
/// use; see [`check_cue`]), or compiled now if none was (a configuration not read by
/// [`RulesConfig::parse`] or [`frames::FramesConfig::parse`]).
pub(crate) fn cue_regex(src: &str, what: &str) -> Result<LazyRegex> {
    match LazyRegex::known(src) {
        Some(r) => Ok(r),
        None => compile_regex(src, what).map(|re| LazyRegex::compiled(src, re)),
    }
}

/// The size limit of a lexicon regex's compiled program.
const REGEX_SIZE_LIMIT: usize = 8 << 20;

/// The most memory one lexicon regex's lazy DFA keeps per thread for the states it has built.
/// On text whose words keep varying, the caches of the many cue and pattern regexes filled
/// slowly towards their bound all through a long run: at 2 MiB (regex-automata's default),
/// peak RSS was 657 MB at 10M varied messages against 486 MB at 1M; at 512 KiB, 582 MB
/// against 456 MB, at the same speed (side by side at 200k and 1M, bench and varied text;
/// 256 KiB was slower in session 30; issue 23, session 34).
const REGEX_DFA_CACHE: usize = 512 << 10;

/// Compile as `regex::RegexBuilder::new(src).size_limit(8 MiB)` does (the same syntax and
/// match semantics, so the same matches), but without the literal prefilter: building it
/// (Aho-Corasick or Teddy over an alternation's words) was about half of compiling a cue,
/// and the cues run on short messages that their required literals have already let through
/// (issue 23, session 23).
fn compile_regex_uncached(src: &str, what: &str) -> Result<Program> {
    use regex_automata::{meta, util::syntax, MatchKind};
    let config = meta::Config::new()
        .match_kind(MatchKind::LeftmostFirst)
        .utf8_empty(true)
        .nfa_size_limit(Some(REGEX_SIZE_LIMIT))
        .onepass_size_limit(Some(REGEX_SIZE_LIMIT))
        .hybrid_cache_capacity(REGEX_DFA_CACHE)
        .auto_prefilter(false);
    meta::Builder::new()
        .configure(config)
        .syntax(syntax::Config::new().utf8(true))
        .build(src)
        .map_err(|e| match (e.size_limit(), e.syntax_error()) {
            (Some(n), _) => err!("{what}: regex too large to compile (limit {n} bytes)"),
            (None, Some(e)) => err!("{what}: invalid regex: {e}"),
            (None, None) => err!("{what}: invalid regex: {e}"),
        })
}

/// The 1-based line on which top-level `key = ...` is set in a TOML text (1 if not found).
fn key_line(text: &str, key: &str) -> u64 {
    text.lines()
        .position(|l| {
            let l = l.trim_start();
            l.strip_prefix(key)
                .is_some_and(|r| r.trim_start().starts_with('='))
        })
        .map_or(1, |i| i as u64 + 1)
}

pub(crate) fn line_of(text: &str, byte: usize) -> u64 {
    text[..byte.min(text.len())].matches('\n').count() as u64 + 1
}

/// Parse a TOML file of `header` tables (`[[pattern]]`, `[[exception]]`): the parsed file
/// (a syntax error names `fname:line`) and the line of each `header` table in order, for
/// messages about the k-th table.
pub(crate) fn parse_toml_tables<T: serde::de::DeserializeOwned>(
    text: &str,
    fname: &str,
    header: &str,
) -> Result<(T, Vec<u64>)> {
    let parsed: T = toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(1);
        err!("{fname}:{line}: {}", e.message())
    })?;
    // Lines counted from one table to the next (counting from the start for each table was
    // quadratic in the file).
    let (mut line, mut from) = (1u64, 0usize);
    let starts = text
        .match_indices(header)
        .map(|(b, _)| {
            line += text[from..b].matches('\n').count() as u64;
            from = b;
            line
        })
        .collect();
    Ok((parsed, starts))
}

/// List the lexicon's TSV files (sorted, recursively), relative to `dir`.
pub(crate) fn lexicon_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    fn walk(d: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
        let mut ents: Vec<_> = std::fs::read_dir(d)
            .with_context(|| format!("reading lexicon directory {}", d.display()))?
            .collect::<std::io::Result<Vec<_>>>()?;
        ents.sort_by_key(|e| e.path());
        for e in ents {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out)?;
            } else if p.extension().is_some_and(|x| x == "tsv") {
                out.push(p);
            }
        }
        Ok(())
    }
    walk(dir, &mut out)?;
    Ok(out)
}

/// Where a lexicon comes from: a directory, or one built into the binary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LexiconRef {
    /// A built-in lexicon by name (`builtin:core`).
    Builtin(String),
    /// A lexicon directory.
    Dir(PathBuf),
    /// A base lexicon with local overlays stacked on it, base first (`--lexicon core
    /// --lexicon DIR/lexicons/core-local`; see [`overlay`]).
    Stack(Vec<LexiconRef>),
}

impl LexiconRef {
    /// The default lexicon: the built-in `core`.
    pub fn default_core() -> Self {
        LexiconRef::Builtin(crate::defaults::DEFAULT_LEXICON.to_string())
    }

    /// Read a `--lexicon` value: `builtin:NAME`; an existing directory; or the bare name of a
    /// built-in lexicon. Anything else is an error that lists the built-in names.
    pub fn parse(s: &str) -> Result<Self> {
        if let Some(name) = s.strip_prefix("builtin:") {
            let name = name.split('@').next().unwrap_or(name);
            if crate::defaults::builtin_lexicon(name).is_none() {
                bail!(
                    "no built-in lexicon {name:?} (built-in: {})",
                    crate::defaults::builtin_lexicon_names().join(", ")
                );
            }
            return Ok(LexiconRef::Builtin(name.to_string()));
        }
        let p = PathBuf::from(s);
        if p.is_dir() {
            return Ok(LexiconRef::Dir(p));
        }
        if crate::defaults::builtin_lexicon(s).is_some() {
            return Ok(LexiconRef::Builtin(s.to_string()));
        }
        if p.exists() {
            bail!("{s}: not a lexicon directory (give a directory holding lexicon.toml)");
        }
        bail!(
            "{s}: no such lexicon directory, and no built-in lexicon of that name (built-in: {})",
            crate::defaults::builtin_lexicon_names().join(", ")
        )
    }

    /// Read the values of a repeatable `--lexicon`: none is the built-in core lexicon, one is
    /// that lexicon, several are a base with overlays stacked on it, in the order given.
    pub fn parse_stack<S: AsRef<str>>(values: &[S]) -> Result<Self> {
        let mut refs = values
            .iter()
            .map(|s| Self::parse(s.as_ref()))
            .collect::<Result<Vec<_>>>()?;
        Ok(match refs.len() {
            0 => Self::default_core(),
            1 => refs.remove(0),
            _ => LexiconRef::Stack(refs),
        })
    }

    /// Load and compile the lexicon (a stack: the base with its overlays applied).
    pub fn load(&self) -> Result<Lexicon> {
        match self {
            LexiconRef::Dir(d) => {
                overlay::refuse_alone(d)?;
                Lexicon::load(d)
            }
            LexiconRef::Builtin(name) => Lexicon::builtin(name),
            LexiconRef::Stack(refs) => overlay::load_stack(refs),
        }
    }

    /// The lexicon's files as (relative path, bytes), sorted by path.
    pub fn files(&self) -> Result<Vec<(String, Vec<u8>)>> {
        match self {
            LexiconRef::Dir(d) => read_dir_files(d),
            LexiconRef::Stack(refs) => {
                let mut all = Vec::new();
                for (i, r) in refs.iter().enumerate() {
                    all.extend(r.files()?.into_iter().map(|(p, b)| (format!("{i}/{p}"), b)));
                }
                Ok(all)
            }
            LexiconRef::Builtin(name) => Ok(crate::defaults::builtin_lexicon(name)
                .ok_or_else(|| err!("no built-in lexicon {name:?}"))?
                .iter()
                .map(|(p, b)| (p.to_string(), b.to_vec()))
                .collect()),
        }
    }
}

impl std::fmt::Display for LexiconRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LexiconRef::Builtin(n) => write!(f, "builtin:{n}"),
            LexiconRef::Dir(d) => write!(f, "{}", d.display()),
            LexiconRef::Stack(refs) => {
                let names: Vec<String> = refs.iter().map(|r| r.to_string()).collect();
                write!(f, "{}", names.join(" + "))
            }
        }
    }
}

/// A lexicon directory's files: `lexicon.toml`, the TSV files (any depth), `patterns.toml` and
/// `rules.toml` when present, as (relative path with `/`, bytes).
pub(crate) fn read_dir_files(dir: &Path) -> Result<Vec<(String, Vec<u8>)>> {
    let toml_path = dir.join("lexicon.toml");
    let toml = std::fs::read(&toml_path).with_context(|| {
        format!(
            "reading {} (is {} a lexicon directory?)",
            toml_path.display(),
            dir.display()
        )
    })?;
    let mut files = vec![("lexicon.toml".to_string(), toml)];
    for f in lexicon_files(dir)? {
        let bytes = std::fs::read(&f).with_context(|| format!("reading {}", f.display()))?;
        let rel = f.strip_prefix(dir).unwrap_or(&f);
        let rel: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().to_string())
            .collect();
        files.push((rel.join("/"), bytes));
    }
    for extra in [
        "patterns.toml",
        "rules.toml",
        "frames.toml",
        "mutations.toml",
        "exceptions.toml",
        "thresholds.toml",
        "rules-off.toml",
    ] {
        let p = dir.join(extra);
        if p.exists() {
            let b = std::fs::read(&p).with_context(|| format!("reading {}", p.display()))?;
            files.push((extra.to_string(), b));
        }
    }
    Ok(files)
}

/// The content hash of a lexicon: SHA-256 over every file (relative path and content), so a
/// directory and the built-in copy of the same files hash alike.
pub(crate) fn content_hash(files: &[(String, Vec<u8>)]) -> String {
    let mut sorted: Vec<&(String, Vec<u8>)> = files.iter().collect();
    sorted.sort();
    let mut all = Vec::new();
    for (p, b) in sorted {
        all.extend_from_slice(p.as_bytes());
        all.push(0);
        all.extend_from_slice(&(b.len() as u64).to_le_bytes());
        all.extend_from_slice(b);
    }
    crate::io::sha256_hex(&all)
}

/// Where a lexicon's companions are looked for.
#[derive(Debug, Clone, Copy)]
enum Origin<'a> {
    /// Built into the binary: companions are built-in lexicons.
    Builtin,
    /// A directory: a companion is the sibling directory of its name, else the built-in one.
    Dir(&'a Path),
}

/// A lexicon's files: (relative path, bytes).
type Files = Vec<(String, Vec<u8>)>;

/// A companion lexicon's files and the prefix that names them in messages.
fn companion_files(origin: Origin<'_>, name: &str) -> Result<(String, Files)> {
    if let Origin::Dir(dir) = origin {
        let sibling = dir.parent().map(|p| p.join(name));
        if let Some(s) = sibling.filter(|s| s.join("lexicon.toml").is_file()) {
            let prefix = format!("{}/", s.display().to_string().trim_end_matches('/'));
            return Ok((prefix, read_dir_files(&s)?));
        }
    }
    let files = LexiconRef::Builtin(name.to_string()).files().map_err(|_| {
        err!(
            "no lexicon {name}: not beside the lexicon directory and not built in (built in: {})",
            crate::defaults::builtin_lexicon_names().join(", ")
        )
    })?;
    Ok((format!("builtin:{name}/"), files))
}

/// The built-in default lexicon's categories (for a lexicon that declares none).
fn default_categories() -> Result<Vec<Category>> {
    use crate::defaults::{builtin_lexicon, DEFAULT_LEXICON};
    let bytes = builtin_lexicon(DEFAULT_LEXICON)
        .and_then(|files| files.iter().find(|(p, _)| *p == "lexicon.toml"))
        .map(|(_, b)| *b)
        .ok_or_else(|| err!("builtin:{DEFAULT_LEXICON}/lexicon.toml: not built in"))?;
    let text = std::str::from_utf8(bytes).map_err(|_| err!("builtin lexicon.toml: not UTF-8"))?;
    let meta: LexiconToml = toml::from_str(text).map_err(|e| err!("builtin lexicon.toml: {e}"))?;
    Ok(meta.categories)
}

fn utf8_file(name: &str, bytes: &[u8]) -> std::result::Result<String, String> {
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        let line = line_of(
            &String::from_utf8_lossy(&e.as_bytes()[..e.utf8_error().valid_up_to()]),
            usize::MAX,
        );
        format!("{name}:{line}: invalid UTF-8")
    })
}

impl Lexicon {
    /// Load and compile a lexicon directory. The first bad entry or regex is an error naming file:line.
    pub fn load(dir: &Path) -> Result<Lexicon> {
        let (lex, issues) = Self::load_collecting(dir, true)?;
        if let Some(e) = issues.errors.into_iter().next() {
            bail!("{e}");
        }
        Ok(lex)
    }

    /// A lexicon built into the binary (see [`crate::defaults`]).
    pub fn builtin(name: &str) -> Result<Lexicon> {
        match snapshot::builtin(name) {
            Some(lex) => Ok(lex),
            None => Self::builtin_parsed(name),
        }
    }

    /// A built-in lexicon parsed from its files (what its snapshot holds).
    fn builtin_parsed(name: &str) -> Result<Lexicon> {
        let files = LexiconRef::Builtin(name.to_string()).files()?;
        let (lex, issues) = Self::from_files(
            &PathBuf::from(format!("builtin:{name}")),
            &format!("builtin:{name}/"),
            &files,
            true,
            Origin::Builtin,
        )?;
        if let Some(e) = issues.errors.into_iter().next() {
            bail!("{e}");
        }
        Ok(lex)
    }

    /// Load, collecting entry-level problems instead of stopping (for lint). Metadata errors still fail.
    pub fn load_collecting(dir: &Path, stop_early: bool) -> Result<(Lexicon, LoadIssues)> {
        let files = read_dir_files(dir)?;
        let prefix = format!("{}/", dir.display().to_string().trim_end_matches('/'));
        Self::from_files(dir, &prefix, &files, stop_early, Origin::Dir(dir))
    }

    /// Load a directory or built-in lexicon, collecting entry-level problems (for lint).
    pub fn load_ref_collecting(lexicon: &LexiconRef) -> Result<(Lexicon, LoadIssues)> {
        match lexicon {
            LexiconRef::Dir(d) => Self::load_collecting(d, false),
            LexiconRef::Stack(_) => Ok((lexicon.load()?, LoadIssues::default())),
            LexiconRef::Builtin(name) => {
                let files = lexicon.files()?;
                let tag = format!("builtin:{name}");
                Self::from_files(
                    &PathBuf::from(&tag),
                    &format!("{tag}/"),
                    &files,
                    false,
                    Origin::Builtin,
                )
            }
        }
    }

    /// Compile a lexicon from its files (relative path, bytes); `prefix` + path names a file in
    /// messages. Its companions (`with`) are found through `origin` and merged in.
    fn from_files(
        dir: &Path,
        prefix: &str,
        files: &[(String, Vec<u8>)],
        stop_early: bool,
        origin: Origin<'_>,
    ) -> Result<(Lexicon, LoadIssues)> {
        let mut issues = LoadIssues::default();
        let builtin = matches!(origin, Origin::Builtin);
        let (mut lex, meta) =
            Self::parse_one(dir, prefix, files, None, stop_early, builtin, &mut issues)?;
        let mut all: Vec<(String, Vec<u8>)> = files.to_vec();
        for name in &meta.with {
            let (cprefix, cfiles) = companion_files(origin, name)
                .map_err(|e| err!("{prefix}lexicon.toml: companion lexicon {name}: {e}"))?;
            let (c, cmeta) = Self::parse_one(
                dir,
                &cprefix,
                &cfiles,
                Some(&lex.categories),
                stop_early,
                builtin,
                &mut issues,
            )?;
            if !cmeta.with.is_empty() {
                bail!("{cprefix}lexicon.toml: a companion lexicon cannot have companions (`with`)");
            }
            lex.merge_companion(c, &cprefix, &cfiles, builtin)?;
            all.extend(cfiles.into_iter().map(|(p, b)| (format!("{name}/{p}"), b)));
        }
        lex.hash = content_hash(&all);
        if !matches!(origin, Origin::Builtin) {
            lex.compile_all(&mut issues);
        }
        Ok((lex, issues))
    }

    /// Compile every entry's and pattern's regex now, adding an error naming file and line for
    /// each that cannot be compiled (over the size limit); see [`LazyRegex`]. A lexicon read
    /// from a directory is compiled at load; the built-in ones on first use.
    pub fn compile_all(&self, issues: &mut LoadIssues) {
        let entries = self.entries.iter().filter_map(|e| {
            let what = format!("{}:{}: entry {:?} unless", e.file, e.line, e.term);
            e.unless.as_ref().map(|u| (u, what))
        });
        let patterns = self.patterns.iter().flat_map(|p| {
            let at = format!("{}:{}: pattern {}", p.file, p.line, p.id);
            std::iter::once((&p.regex, at.clone()))
                .chain(p.unless.as_ref().map(|u| (u, format!("{at} unless"))))
        });
        for (re, what) in entries.chain(patterns) {
            if let Err(e) = re.compile(&what) {
                issues.errors.push(e.to_string());
            }
        }
    }

    /// Merge a companion: its entries, patterns and frame cues after this lexicon's, and each
    /// regex cue its `rules.toml` sets OR-ed with this lexicon's. `builtin`: see
    /// [`check_cue`].
    fn merge_companion(
        &mut self,
        c: Lexicon,
        prefix: &str,
        files: &[(String, Vec<u8>)],
        builtin: bool,
    ) -> Result<()> {
        let get = |rel: &str| files.iter().find(|(p, _)| p == rel).map(|(_, b)| b);
        for p in &c.patterns {
            if self.patterns.iter().any(|q| q.id == p.id) {
                bail!(
                    "{}:{}: pattern id {} is also in {}",
                    p.file,
                    p.line,
                    p.id,
                    self.name
                );
            }
        }
        if get("frames.toml").is_some() {
            self.frames.cues.extend(c.frames.cues);
        }
        if let Some(b) = get("rules.toml") {
            let name = format!("{prefix}rules.toml");
            let text = utf8_file(&name, b).map_err(|e| err!("{e}"))?;
            self.rules.or_regexes(&text, &name, builtin)?;
        }
        self.entries.extend(c.entries);
        self.patterns.extend(c.patterns);
        self.companions.push(format!("{}@{}", c.name, c.version));
        Ok(())
    }

    /// Parse one lexicon's files (no companions). `parent`: the categories of the lexicon it
    /// is a companion of. `builtin`: its patterns' syntax is not checked (see
    /// [`LazyRegex::trusted`]).
    #[allow(clippy::too_many_arguments)]
    fn parse_one(
        dir: &Path,
        prefix: &str,
        files: &[(String, Vec<u8>)],
        parent: Option<&[Category]>,
        stop_early: bool,
        builtin: bool,
        issues: &mut LoadIssues,
    ) -> Result<(Lexicon, LexiconToml)> {
        let get = |rel: &str| files.iter().find(|(p, _)| p == rel).map(|(_, b)| b);
        let text_of = |rel: &str| -> Result<Option<(String, String)>> {
            let name = format!("{prefix}{rel}");
            match get(rel) {
                Some(b) => Ok(Some((utf8_file(&name, b).map_err(|e| err!("{e}"))?, name))),
                None => Ok(None),
            }
        };
        let (toml_text, toml_name) = text_of("lexicon.toml")?
            .unwrap_or_else(|| (String::new(), format!("{prefix}lexicon.toml")));
        let meta: LexiconToml = toml::from_str(&toml_text).map_err(|e| {
            let line = e.span().map(|s| line_of(&toml_text, s.start)).unwrap_or(1);
            err!("{toml_name}:{line}: {}", e.message())
        })?;
        let categories = match (meta.categories.is_empty(), parent) {
            (true, Some(p)) => p.to_vec(),
            (true, None) if meta.language.is_some() => default_categories()?,
            _ => meta.categories.clone(),
        };
        let cat_ids: Vec<&str> = categories.iter().map(|c| c.id.as_str()).collect();
        let mutations = match (meta.language.as_deref(), text_of("mutations.toml")?) {
            (Some("cy"), Some((t, n))) => Some(mutation::Mutations::parse(&t, &n)?),
            (Some("cy"), None) => {
                bail!("{toml_name}: a `language = \"cy\"` lexicon needs a mutations.toml")
            }
            (_, Some(_)) => {
                bail!("{toml_name}: mutations.toml is read only with `language = \"cy\"`")
            }
            _ => None,
        };
        // `<m:word>` in any regex: the word in all its forms.
        let expand = |(t, n): (String, String)| -> Result<(String, String)> {
            match &mutations {
                Some(m) => Ok((m.expand_regex(&t).map_err(|e| err!("{n}: {e}"))?, n)),
                None if t.contains("<m:") => bail!(
                    "{n}: `<m:word>` needs a lexicon with `language = \"cy\"` and a mutations.toml"
                ),
                None => Ok((t, n)),
            }
        };

        let mut entries = Vec::new();
        for (rel, _) in files.iter().filter(|(p, _)| p.ends_with(".tsv")) {
            match text_of(rel).map(|t| t.map(expand)) {
                Ok(Some(Ok((text, fname)))) => parse_entries(
                    &text,
                    &fname,
                    &cat_ids,
                    (stop_early, builtin),
                    &mut entries,
                    issues,
                ),
                Ok(Some(Err(e))) | Err(e) => issues.errors.push(e.to_string()),
                Ok(None) => {}
            }
        }
        if let Some(m) = &mutations {
            for e in &mut entries {
                e.variants = m.term_forms(&e.key).split_off(1);
            }
        }
        let patterns = match text_of("patterns.toml")?.map(expand).transpose()? {
            Some((ptext, pname)) => parse_patterns(&ptext, &pname, &cat_ids, builtin, issues)?,
            None => Vec::new(),
        };
        let rules = match text_of("rules.toml")?.map(expand).transpose()? {
            Some((rtext, rname)) => {
                RulesConfig::parse_with(&rtext, &rname, Some(&RulesConfig::builtin()?), builtin)?
            }
            None => RulesConfig::builtin()?,
        };
        let frames = match text_of("frames.toml")?.map(expand).transpose()? {
            Some((ftext, fname)) => frames::FramesConfig::parse_with(&ftext, &fname, builtin)?,
            None => frames::FramesConfig::builtin()?,
        };
        let lex = Lexicon {
            dir: dir.to_path_buf(),
            name: meta.name.clone(),
            version: meta.version.clone(),
            description: meta.description.clone(),
            categories,
            entries,
            patterns,
            rules,
            frames,
            hash: content_hash(files),
            companions: Vec::new(),
            layers: Vec::new(),
            classifier_min: Default::default(),
        };
        Ok((lex, meta))
    }

    /// The category record for an id (or its top level).
    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id).or_else(|| {
            self.categories
                .iter()
                .find(|c| c.id == crate::model::top_level(id))
        })
    }
}

/// `(stop_early, builtin)`: stop at the first error; a built-in lexicon, whose `unless`
/// regexes a unit test compiles, so their syntax is not checked here ([`LazyRegex::trusted`]).
fn parse_entries(
    text: &str,
    fname: &str,
    cat_ids: &[&str],
    (stop_early, builtin): (bool, bool),
    entries: &mut Vec<Entry>,
    issues: &mut LoadIssues,
) {
    for (i, raw) in text.lines().enumerate() {
        let line = i as u64 + 1;
        let raw = raw.trim_end_matches('\r');
        if raw.trim().is_empty() || raw.starts_with('#') || (line == 1 && raw.starts_with("term\t"))
        {
            continue;
        }
        match parse_entry_with(raw, cat_ids, builtin) {
            Ok(mut e) => {
                e.file = fname.to_string();
                e.line = line;
                entries.push(e);
            }
            Err(err) => {
                issues.errors.push(format!("{fname}:{line}: {err}"));
                if stop_early {
                    break;
                }
            }
        }
    }
}

fn parse_patterns(
    ptext: &str,
    pname: &str,
    cat_ids: &[&str],
    builtin: bool,
    issues: &mut LoadIssues,
) -> Result<Vec<Pattern>> {
    let lazy = |src: &str, what: String| -> Result<LazyRegex> {
        if builtin {
            Ok(LazyRegex::trusted(src))
        } else {
            LazyRegex::new(src, &what)
        }
    };
    let (pf, starts): (PatternsFile, _) = parse_toml_tables(ptext, pname, "[[pattern]]")?;
    let mut patterns = Vec::new();
    for (k, p) in pf.pattern.into_iter().enumerate() {
        let line = starts.get(k).copied().unwrap_or(1);
        let loc = format!("{pname}:{line}");
        let res = (|| -> Result<Pattern> {
            check_category(&p.category, cat_ids)?;
            check_severity(p.severity)?;
            let regex = lazy(&p.regex, format!("pattern {}", p.id))?;
            let unless = match &p.unless {
                Some(u) if !u.is_empty() => Some(lazy(u, format!("pattern {} unless", p.id))?),
                _ => None,
            };
            Ok(Pattern {
                id: p.id.clone(),
                category: p.category.clone(),
                severity: p.severity,
                description: p.description.clone(),
                regex,
                unless,
                file: pname.to_string(),
                line,
            })
        })();
        match res {
            Ok(p) => patterns.push(p),
            Err(e) => issues.errors.push(format!("{loc}: {e}")),
        }
    }
    let mut ids: Vec<&str> = patterns.iter().map(|p| p.id.as_str()).collect();
    ids.sort();
    for w in ids.windows(2) {
        if w[0] == w[1] {
            issues
                .errors
                .push(format!("{pname}: duplicate pattern id {}", w[0]));
        }
    }
    Ok(patterns)
}

fn check_category(cat: &str, ids: &[&str]) -> Result<()> {
    if ids.contains(&cat) {
        Ok(())
    } else {
        bail!("category {cat:?} is not declared in lexicon.toml")
    }
}

fn check_severity(s: u8) -> Result<()> {
    if (1..=3).contains(&s) {
        Ok(())
    } else {
        bail!("severity must be 1, 2 or 3, not {s}")
    }
}

pub(crate) fn parse_entry(raw: &str, cat_ids: &[&str]) -> Result<Entry> {
    parse_entry_with(raw, cat_ids, false)
}

/// [`parse_entry`]; `trusted`: a built-in lexicon's line, whose `unless` is not syntax-checked.
fn parse_entry_with(raw: &str, cat_ids: &[&str], trusted: bool) -> Result<Entry> {
    let cols: Vec<&str> = raw.split('\t').collect();
    if cols.len() < 4 {
        bail!(
            "expected at least 4 tab-separated columns (term, category, severity, match), found {}",
            cols.len()
        );
    }
    if cols.len() > 6 {
        bail!(
            "expected at most 6 tab-separated columns, found {}",
            cols.len()
        );
    }
    let term = cols[0].trim();
    if term.is_empty() {
        bail!("empty term");
    }
    let category = cols[1].trim();
    check_category(category, cat_ids)?;
    let severity: u8 = cols[2]
        .trim()
        .parse()
        .map_err(|_| err!("severity {:?} is not a number 1-3", cols[2]))?;
    check_severity(severity)?;
    let wildcard = term.ends_with('*');
    let kind = match cols[3].trim() {
        "word" if !wildcard => MatchKind::Word,
        "phrase" if !wildcard => MatchKind::Phrase,
        "prefix" | "word" | "phrase" if wildcard => MatchKind::Prefix,
        "prefix" => bail!("match 'prefix' needs a trailing * on the term"),
        other => bail!("match must be word, prefix or phrase, not {other:?}"),
    };
    let bare = term.trim_end_matches('*');
    if bare.contains('*') {
        bail!("'*' is only allowed at the end of a term");
    }
    let key = normalise_str(bare).trim().to_string();
    if key.is_empty() {
        bail!("term {term:?} normalises to nothing");
    }
    if kind == MatchKind::Word && key.contains(' ') {
        bail!("term {term:?} has several words; use match 'phrase'");
    }
    let unless = match cols.get(5).map(|s| s.trim()) {
        Some(u) if !u.is_empty() && trusted => Some(LazyRegex::trusted(u)),
        Some(u) if !u.is_empty() => Some(LazyRegex::new(u, "unless")?),
        _ => None,
    };
    Ok(Entry {
        term: term.to_string(),
        key,
        category: category.to_string(),
        severity,
        kind,
        note: cols
            .get(4)
            .map(|s| s.trim().to_string())
            .unwrap_or_default(),
        unless,
        variants: Vec::new(),
        file: String::new(),
        line: 0,
    })
}
