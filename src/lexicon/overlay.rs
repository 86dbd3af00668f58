//! Local lexicon overlays: what a researcher's review decisions change in a lexicon
//! (`c2chat review apply` writes one; `--lexicon core --lexicon DIR` stacks it on its base).
//!
//! An overlay is a lexicon directory whose `lexicon.toml` declares `base = "NAME"` and a
//! `version`, holding:
//! - `exceptions.toml`: `[[exception]]` tables, each an `unless` regex added (OR-ed) to one
//!   entry (`source = "lexicon"`, `rule_id = "lex:TERM"`) or pattern (`source = "pattern"`,
//!   `rule_id = PATTERN_ID`) of the lexicons below it, for one category;
//! - `entries/*.tsv`: the base TSV columns (`term, category, severity, match, note, unless`)
//!   then `status` (`proposed` or `accepted`), `id` and the provenance columns
//!   `reviewer, decided_at, message_id, conversation_id, accepted_by, accepted_at`;
//! - optionally `patterns.toml`: patterns with the same `status`, `id` and provenance fields;
//! - optionally `thresholds.toml`: `[[threshold]]` tables, each a local classifier threshold
//!   for one category (`min_score`): a classifier label of that category needs at least this
//!   score as well as the model's own threshold. `c2chat review apply` sets it just above the
//!   highest score among rejected flags that rest on the classifier, never above the lowest
//!   score of an accepted classifier flag of the category (recorded as `accepted_min`);
//! - optionally `rules-off.toml`: `[[rule_off]]` tables, each switching one conversation rule
//!   off for one category (written only when a review rejected its flags and accepted none).
//!
//! Every item records who decided, when, from which message id and why (`note`), never the
//! message's text. Proposed entries and patterns do not match until a person confirms them
//! with `c2chat lexicon accept DIR ID` ([`accept`]).
//!
//! Invariant: an overlay only adds to the lexicons below it (an `unless` OR-ed onto an existing
//! entry or pattern, accepted entries and patterns, a higher classifier floor, a rule switched
//! off); it never edits their files, and a proposed item never matches. Re-applying a review
//! ([`write_merge`]) only appends items the overlay does not hold yet.

use super::{
    compile_regex, content_hash, key_line, line_of, parse_entry, parse_toml_tables, read_dir_files,
    utf8_file, Entry, Layer, LazyRegex, Lexicon, LexiconRef, Pattern,
};
use crate::error::{Context, Error, Result};
use crate::{bail, err};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

mod write;
pub use write::{write_merge, NewEntry, OverlayCounts, OverlayItems, Written};

/// The header line of an overlay's entry files.
pub const TSV_HEADER: &str = "term\tcategory\tseverity\tmatch\tnote\tunless\tstatus\tid\treviewer\tdecided_at\tmessage_id\tconversation_id\taccepted_by\taccepted_at";

/// The statuses of an overlay entry or pattern.
pub const STATUSES: [&str; 2] = ["proposed", "accepted"];

/// What an exception can be added to.
pub const SOURCES: [&str; 2] = ["lexicon", "pattern"];

/// The conversation rules a `[[rule_off]]` can name.
pub const RULE_IDS: [&str; 6] = [
    crate::rules::PRESSURE_RULE,
    crate::rules::THREAT_RULE,
    crate::rules::NUDGE_RULE,
    crate::rules::CHALLENGE_RULE,
    crate::rules::SUPPORT_RULE,
    crate::rules::EXPOSURE_RULE,
];

/// A local classifier threshold for one category (`thresholds.toml`), from rejected flags that
/// rested on the classifier: scoped by the evidence (never above an accepted flag's score).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Threshold {
    /// Its id in the overlay (`t-coercive.threat-m0035`).
    pub id: String,
    /// The category.
    pub category: String,
    /// A classifier label of the category needs at least this score (as well as the model's
    /// threshold and `--min-score`).
    pub min_score: f64,
    /// The highest score among the rejected flags it removes.
    pub rejected_max: f64,
    /// The messages (ids, never text) of the rejected flags it removes.
    pub rejected: Vec<String>,
    /// The lowest score of an accepted classifier flag of the category in the review, if any
    /// (`min_score` never exceeds it).
    #[serde(default)]
    pub accepted_min: Option<f64>,
    /// The message of that accepted flag.
    #[serde(default)]
    pub accepted_message_id: String,
    /// The reviewer (of the rejection with the highest score).
    pub reviewer: String,
    /// When (RFC 3339 UTC).
    pub decided_at: String,
    /// The message of the rejected flag with the highest score.
    pub message_id: String,
    /// Its conversation.
    #[serde(default)]
    pub conversation_id: String,
    /// Why.
    #[serde(default)]
    pub note: String,
}

/// A conversation rule switched off for one category (`rules-off.toml`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleOff {
    /// Its id in the overlay (`r-rule.pressure_after_refusal-m0186`).
    pub id: String,
    /// The rule (`rule.pressure_after_refusal`).
    pub rule_id: String,
    /// The category its spans no longer give.
    pub category: String,
    /// The messages (ids) of the rejected flags that rested on it.
    pub rejected: Vec<String>,
    /// The reviewer (of the first rejection).
    pub reviewer: String,
    /// When (RFC 3339 UTC).
    pub decided_at: String,
    /// The message of the first rejection.
    pub message_id: String,
    /// Its conversation.
    #[serde(default)]
    pub conversation_id: String,
    /// Why.
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ThresholdsFile {
    #[serde(default)]
    threshold: Vec<Threshold>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesOffFile {
    #[serde(default)]
    rule_off: Vec<RuleOff>,
}

/// Who decided, when, on which message (its id, never its text) and why.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provenance {
    /// The reviewer (initials or name).
    pub reviewer: String,
    /// When (RFC 3339 UTC).
    pub decided_at: String,
    /// The message the decision was about.
    pub message_id: String,
    /// Its conversation.
    #[serde(default)]
    pub conversation_id: String,
    /// The reviewer's note: why.
    #[serde(default)]
    pub note: String,
}

/// One exception: an `unless` added to the entry or pattern that made a rejected flag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exception {
    /// Its id in the overlay (`x-m0002-1`).
    pub id: String,
    /// `lexicon` (an entry) or `pattern`.
    pub source: String,
    /// The span's `rule_id`: `lex:TERM` or the pattern id.
    pub rule_id: String,
    /// The category of the entry or pattern.
    pub category: String,
    /// The regex over the normalised message that excepts it (scoped to the words around the
    /// rejected span).
    pub unless: String,
    /// The reviewer.
    pub reviewer: String,
    /// When (RFC 3339 UTC).
    pub decided_at: String,
    /// The message the decision was about.
    pub message_id: String,
    /// Its conversation.
    #[serde(default)]
    pub conversation_id: String,
    /// Why.
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExceptionsFile {
    #[serde(default)]
    exception: Vec<Exception>,
}

/// A proposed or accepted overlay entry or pattern.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Proposal {
    /// Its id in the overlay (`p-m0003-1`).
    pub id: String,
    /// `entry` or `pattern`.
    pub kind: String,
    /// `proposed` (not active) or `accepted`.
    pub status: String,
    /// The term (an entry) or the regex (a pattern).
    pub term: String,
    /// The category it would flag.
    pub category: String,
    /// Who proposed it, when, from which message, why.
    pub provenance: Provenance,
    /// Who accepted it (empty while proposed).
    pub accepted_by: String,
    /// When it was accepted (empty while proposed).
    pub accepted_at: String,
    /// The file it is in, and its line.
    pub file: String,
    /// Its 1-based line.
    pub line: u64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OverlayPatternToml {
    id: String,
    category: String,
    severity: u8,
    #[serde(default)]
    description: String,
    regex: String,
    #[serde(default)]
    unless: Option<String>,
    status: String,
    reviewer: String,
    decided_at: String,
    message_id: String,
    #[serde(default)]
    conversation_id: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    accepted_by: String,
    #[serde(default)]
    accepted_at: String,
}

#[derive(Debug, Deserialize)]
struct OverlayPatternsFile {
    #[serde(default)]
    pattern: Vec<OverlayPatternToml>,
}

#[derive(Debug, Clone, Deserialize)]
struct OverlayToml {
    name: String,
    version: String,
    #[serde(default)]
    base: Option<String>,
    #[serde(default)]
    description: String,
}

/// A loaded overlay.
#[derive(Debug, Clone)]
pub struct Overlay {
    /// Its directory.
    pub dir: PathBuf,
    /// Its name (`core-local`).
    pub name: String,
    /// Its version.
    pub version: String,
    /// The lexicon it applies to (`core`).
    pub base: String,
    /// What it is.
    pub description: String,
    /// The exceptions, with their lines in `exceptions.toml`.
    pub exceptions: Vec<(Exception, u64)>,
    /// The entries (proposed and accepted) with their records.
    pub entries: Vec<(Entry, Proposal)>,
    /// The patterns (proposed and accepted) with their records.
    pub patterns: Vec<(Pattern, Proposal)>,
    /// The local classifier thresholds, with their lines in `thresholds.toml`.
    pub thresholds: Vec<(Threshold, u64)>,
    /// The rules switched off, with their lines in `rules-off.toml`.
    pub rules_off: Vec<(RuleOff, u64)>,
    /// SHA-256 over its files.
    pub hash: String,
}

/// The `base` a lexicon directory declares, if it is an overlay (`None` for a plain lexicon
/// or an unreadable `lexicon.toml`, whose loading reports the problem).
pub fn base_of(dir: &Path) -> Option<String> {
    let text = std::fs::read_to_string(dir.join("lexicon.toml")).ok()?;
    let table: toml::Table = toml::from_str(&text).ok()?;
    table.get("base")?.as_str().map(String::from)
}

/// An error when `dir` is an overlay given on its own (it needs its base below it).
pub fn refuse_alone(dir: &Path) -> Result<()> {
    match base_of(dir) {
        Some(b) => bail!(
            "{}: a local overlay of lexicon {b:?}; stack it on its base: --lexicon {b} --lexicon {}",
            dir.display(),
            dir.display()
        ),
        None => Ok(()),
    }
}

impl Overlay {
    /// Load an overlay directory; `cat_ids`: the categories of the lexicons below it. Bad
    /// items are errors naming file and line.
    pub fn load(dir: &Path, cat_ids: &[&str]) -> Result<Overlay> {
        let files = read_dir_files(dir)?;
        let prefix = format!("{}/", dir.display().to_string().trim_end_matches('/'));
        let text_of = |rel: &str| -> Result<Option<(String, String)>> {
            let name = format!("{prefix}{rel}");
            match files.iter().find(|(p, _)| p == rel) {
                Some((_, b)) => Ok(Some((utf8_file(&name, b).map_err(|e| err!("{e}"))?, name))),
                None => Ok(None),
            }
        };
        let (mtext, mname) = text_of("lexicon.toml")?.expect("read_dir_files reads it");
        let meta: OverlayToml = toml::from_str(&mtext).map_err(|e| {
            let line = e.span().map(|s| line_of(&mtext, s.start)).unwrap_or(1);
            err!("{mname}:{line}: {}", e.message())
        })?;
        let base = meta.base.clone().ok_or_else(|| {
            err!("{mname}: an overlay declares its base lexicon: base = \"core\"")
        })?;
        let mut ov = Overlay {
            dir: dir.to_path_buf(),
            name: meta.name,
            version: meta.version,
            base,
            description: meta.description,
            exceptions: Vec::new(),
            entries: Vec::new(),
            patterns: Vec::new(),
            thresholds: Vec::new(),
            rules_off: Vec::new(),
            hash: content_hash(&files),
        };
        for (rel, _) in files.iter().filter(|(p, _)| p.ends_with(".tsv")) {
            if let Some((text, fname)) = text_of(rel)? {
                ov.entries.extend(parse_tsv(&text, &fname, cat_ids)?);
            }
        }
        if let Some((text, fname)) = text_of("patterns.toml")? {
            ov.patterns = parse_patterns(&text, &fname, cat_ids)?;
        }
        if let Some((text, fname)) = text_of("exceptions.toml")? {
            ov.exceptions = parse_exceptions(&text, &fname, cat_ids)?;
        }
        if let Some((text, fname)) = text_of("thresholds.toml")? {
            ov.thresholds = parse_thresholds(&text, &fname, cat_ids)?;
        }
        if let Some((text, fname)) = text_of("rules-off.toml")? {
            ov.rules_off = parse_rules_off(&text, &fname, cat_ids)?;
        }
        let mut ids: Vec<(&str, String)> = ov
            .exceptions
            .iter()
            .map(|(x, l)| (x.id.as_str(), format!("{prefix}exceptions.toml:{l}")))
            .chain(
                ov.thresholds
                    .iter()
                    .map(|(t, l)| (t.id.as_str(), format!("{prefix}thresholds.toml:{l}"))),
            )
            .chain(
                ov.rules_off
                    .iter()
                    .map(|(r, l)| (r.id.as_str(), format!("{prefix}rules-off.toml:{l}"))),
            )
            .chain(
                ov.proposals()
                    .map(|p| (p.id.as_str(), format!("{}:{}", p.file, p.line))),
            )
            .collect();
        ids.sort();
        for w in ids.windows(2) {
            if w[0].0 == w[1].0 {
                bail!("{}: duplicate id {} (also at {})", w[1].1, w[1].0, w[0].1);
            }
        }
        Ok(ov)
    }

    /// Every entry and pattern record, proposed or accepted.
    pub fn proposals(&self) -> impl Iterator<Item = &Proposal> {
        self.entries
            .iter()
            .map(|(_, p)| p)
            .chain(self.patterns.iter().map(|(_, p)| p))
    }

    /// The entries and patterns still waiting for `c2chat lexicon accept`.
    pub fn pending(&self) -> Vec<&Proposal> {
        self.proposals()
            .filter(|p| p.status == "proposed")
            .collect()
    }
}

fn parse_tsv(text: &str, fname: &str, cat_ids: &[&str]) -> Result<Vec<(Entry, Proposal)>> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i as u64 + 1;
        let raw = raw.trim_end_matches('\r');
        if raw.trim().is_empty() || raw.starts_with('#') || (line == 1 && raw.starts_with("term\t"))
        {
            continue;
        }
        let bad = |m: String| Error::input(fname, Some(line), m);
        let cols: Vec<&str> = raw.split('\t').collect();
        if cols.len() < 11 || cols.len() > 14 {
            return Err(bad(format!(
                "an overlay entry has 11 to 14 tab-separated columns ({}), found {}",
                TSV_HEADER.replace('\t', ", "),
                cols.len()
            )));
        }
        let mut entry =
            parse_entry(&cols[..6].join("\t"), cat_ids).map_err(|e| bad(e.to_string()))?;
        entry.file = fname.to_string();
        entry.line = line;
        let col = |k: usize| {
            cols.get(k)
                .map(|s| s.trim().to_string())
                .unwrap_or_default()
        };
        let p = Proposal {
            id: col(7),
            kind: "entry".into(),
            status: col(6),
            term: entry.term.clone(),
            category: entry.category.clone(),
            provenance: Provenance {
                reviewer: col(8),
                decided_at: col(9),
                message_id: col(10),
                conversation_id: col(11),
                note: entry.note.clone(),
            },
            accepted_by: col(12),
            accepted_at: col(13),
            file: fname.to_string(),
            line,
        };
        check_record(&p).map_err(bad)?;
        out.push((entry, p));
    }
    Ok(out)
}

/// A record's status is known and its id and provenance are given.
fn check_record(p: &Proposal) -> std::result::Result<(), String> {
    crate::suggest::check("status", &p.status, STATUSES).map_err(|e| e.to_string())?;
    for (what, v) in [
        ("id", &p.id),
        ("reviewer", &p.provenance.reviewer),
        ("decided_at", &p.provenance.decided_at),
        ("message_id", &p.provenance.message_id),
    ] {
        if v.is_empty() {
            return Err(format!("no {what}: every overlay item records its id, who decided, when and on which message"));
        }
    }
    Ok(())
}

fn parse_patterns(text: &str, fname: &str, cat_ids: &[&str]) -> Result<Vec<(Pattern, Proposal)>> {
    let (pf, starts): (OverlayPatternsFile, _) = parse_toml_tables(text, fname, "[[pattern]]")?;
    let mut out = Vec::new();
    for (k, t) in pf.pattern.into_iter().enumerate() {
        let line = starts.get(k).copied().unwrap_or(1);
        let bad = |m: String| Error::input(fname, Some(line), m);
        super::check_category(&t.category, cat_ids).map_err(|e| bad(e.to_string()))?;
        super::check_severity(t.severity).map_err(|e| bad(e.to_string()))?;
        let regex = compile_regex(&t.regex, &format!("pattern {}", t.id))
            .map(|re| LazyRegex::compiled(&t.regex, re))
            .map_err(|e| bad(e.to_string()))?;
        let unless = match t.unless.as_deref() {
            Some(u) if !u.is_empty() => {
                let re = compile_regex(u, "unless").map_err(|e| bad(e.to_string()))?;
                Some(LazyRegex::compiled(u, re))
            }
            _ => None,
        };
        let p = Proposal {
            id: t.id.clone(),
            kind: "pattern".into(),
            status: t.status,
            term: t.regex,
            category: t.category.clone(),
            provenance: Provenance {
                reviewer: t.reviewer,
                decided_at: t.decided_at,
                message_id: t.message_id,
                conversation_id: t.conversation_id,
                note: t.note,
            },
            accepted_by: t.accepted_by,
            accepted_at: t.accepted_at,
            file: fname.to_string(),
            line,
        };
        check_record(&p).map_err(bad)?;
        let pattern = Pattern {
            id: t.id,
            category: t.category,
            severity: t.severity,
            description: t.description,
            regex,
            unless,
            file: fname.to_string(),
            line,
        };
        out.push((pattern, p));
    }
    Ok(out)
}

fn parse_exceptions(text: &str, fname: &str, cat_ids: &[&str]) -> Result<Vec<(Exception, u64)>> {
    let (f, starts): (ExceptionsFile, _) = parse_toml_tables(text, fname, "[[exception]]")?;
    let mut out = Vec::new();
    for (k, x) in f.exception.into_iter().enumerate() {
        let line = starts.get(k).copied().unwrap_or(1);
        let bad = |m: String| Error::input(fname, Some(line), m);
        crate::suggest::check("source", &x.source, SOURCES).map_err(|e| bad(e.to_string()))?;
        super::check_category(&x.category, cat_ids).map_err(|e| bad(e.to_string()))?;
        let re = compile_regex(&x.unless, "unless").map_err(|e| bad(e.to_string()))?;
        if re.is_match("") {
            return Err(bad(format!(
                "exception {}: its unless matches the empty string, so it would silence {} everywhere",
                x.id, x.rule_id
            )));
        }
        for (what, v) in [
            ("id", &x.id),
            ("reviewer", &x.reviewer),
            ("decided_at", &x.decided_at),
            ("message_id", &x.message_id),
        ] {
            if v.is_empty() {
                return Err(bad(format!("no {what}: every exception records its id, who decided, when and on which message")));
            }
        }
        out.push((x, line));
    }
    Ok(out)
}

/// Every record names who decided, when and on which message.
fn check_provenance(
    id: &str,
    reviewer: &str,
    decided_at: &str,
    message_id: &str,
) -> std::result::Result<(), String> {
    for (what, v) in [
        ("id", id),
        ("reviewer", reviewer),
        ("decided_at", decided_at),
        ("message_id", message_id),
    ] {
        if v.is_empty() {
            return Err(format!("no {what}: every overlay item records its id, who decided, when and on which message"));
        }
    }
    Ok(())
}

fn parse_thresholds(text: &str, fname: &str, cat_ids: &[&str]) -> Result<Vec<(Threshold, u64)>> {
    let (f, starts): (ThresholdsFile, _) = parse_toml_tables(text, fname, "[[threshold]]")?;
    let mut out = Vec::new();
    for (k, t) in f.threshold.into_iter().enumerate() {
        let line = starts.get(k).copied().unwrap_or(1);
        let bad = |m: String| Error::input(fname, Some(line), m);
        super::check_category(&t.category, cat_ids).map_err(|e| bad(e.to_string()))?;
        if !(t.min_score > 0.0 && t.min_score.is_finite()) {
            return Err(bad(format!(
                "threshold {}: min_score {} is not a score above 0",
                t.id, t.min_score
            )));
        }
        check_provenance(&t.id, &t.reviewer, &t.decided_at, &t.message_id).map_err(bad)?;
        out.push((t, line));
    }
    Ok(out)
}

fn parse_rules_off(text: &str, fname: &str, cat_ids: &[&str]) -> Result<Vec<(RuleOff, u64)>> {
    let (f, starts): (RulesOffFile, _) = parse_toml_tables(text, fname, "[[rule_off]]")?;
    let mut out = Vec::new();
    for (k, r) in f.rule_off.into_iter().enumerate() {
        let line = starts.get(k).copied().unwrap_or(1);
        let bad = |m: String| Error::input(fname, Some(line), m);
        crate::suggest::check("rule_id", &r.rule_id, RULE_IDS).map_err(|e| bad(e.to_string()))?;
        super::check_category(&r.category, cat_ids).map_err(|e| bad(e.to_string()))?;
        check_provenance(&r.id, &r.reviewer, &r.decided_at, &r.message_id).map_err(bad)?;
        out.push((r, line));
    }
    Ok(out)
}

/// Load a base lexicon and stack overlays on it, in order.
pub fn load_stack(refs: &[LexiconRef]) -> Result<Lexicon> {
    let (first, rest) = refs.split_first().ok_or_else(|| err!("no lexicon given"))?;
    let mut lex = first.load()?;
    for r in rest {
        let LexiconRef::Dir(d) = r else {
            bail!("{r}: only a local overlay (a directory whose lexicon.toml has `base = ...`) can be stacked on lexicon {}", lex.name);
        };
        if base_of(d).is_none() {
            bail!("{}: not an overlay (its lexicon.toml has no `base = ...`); only overlays can be stacked on lexicon {}", d.display(), lex.name);
        }
        let ids: Vec<String> = lex.categories.iter().map(|c| c.id.clone()).collect();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        let ov = Overlay::load(d, &ids)?;
        lex = stack(lex, &ov)?;
    }
    Ok(lex)
}

/// Apply an overlay on a lexicon: its exceptions, accepted entries and accepted patterns.
pub fn stack(mut lex: Lexicon, ov: &Overlay) -> Result<Lexicon> {
    if lex.layers.is_empty() {
        lex.layers.push(Layer {
            name: lex.name.clone(),
            version: lex.version.clone(),
            hash: lex.hash.clone(),
            path: lex.dir.display().to_string(),
            ..Layer::default()
        });
    }
    if !lex.layers.iter().any(|l| l.name == ov.base) {
        let below: Vec<&str> = lex.layers.iter().map(|l| l.name.as_str()).collect();
        bail!(
            "{}/lexicon.toml: overlay {} is for lexicon {:?}, but it is stacked on {}",
            ov.dir.display(),
            ov.name,
            ov.base,
            below.join(" + ")
        );
    }
    // Accepted entries and patterns first, so a later round's exception can name one.
    for (e, p) in &ov.entries {
        if p.status == "accepted" {
            lex.entries.push(e.clone());
        }
    }
    for (pat, p) in &ov.patterns {
        if p.status != "accepted" {
            continue;
        }
        if lex.patterns.iter().any(|q| q.id == pat.id) {
            return Err(Error::input(
                &pat.file,
                Some(pat.line),
                format!("pattern id {} is already in the lexicons below", pat.id),
            ));
        }
        lex.patterns.push(pat.clone());
    }
    let xfile = format!("{}/exceptions.toml", ov.dir.display());
    for (x, line) in &ov.exceptions {
        add_exception(&mut lex, x).map_err(|e| Error::input(&xfile, Some(*line), e.to_string()))?;
    }
    for (t, _) in &ov.thresholds {
        let floor = lex.classifier_min.entry(t.category.clone()).or_insert(0.0);
        *floor = floor.max(t.min_score);
    }
    for (r, _) in &ov.rules_off {
        let key = (r.rule_id.clone(), r.category.clone());
        if !lex.rules.switched_off.contains(&key) {
            lex.rules.switched_off.push(key);
        }
    }
    lex.layers.push(Layer {
        name: ov.name.clone(),
        version: ov.version.clone(),
        hash: ov.hash.clone(),
        path: ov.dir.display().to_string(),
        thresholds: ov
            .thresholds
            .iter()
            .fold(Default::default(), |mut m, (t, _)| {
                let v: &mut f64 = m.entry(t.category.clone()).or_default();
                *v = v.max(t.min_score);
                m
            }),
        rules_off: {
            let mut v: Vec<String> = ov
                .rules_off
                .iter()
                .map(|(r, _)| format!("{}/{}", r.rule_id, r.category))
                .collect();
            v.sort();
            v
        },
    });
    let mut all = String::new();
    for l in &lex.layers {
        all.push_str(&format!("{}@{}:{}\n", l.name, l.version, l.hash));
    }
    lex.hash = crate::io::sha256_hex(all.as_bytes());
    Ok(lex)
}

/// OR an exception's `unless` onto the entries or the pattern it names.
fn add_exception(lex: &mut Lexicon, x: &Exception) -> Result<()> {
    let or = |old: &Option<super::LazyRegex>| -> Result<super::LazyRegex> {
        let src = match old {
            Some(o) => format!("(?:{})|(?:{})", o.as_str(), x.unless),
            None => x.unless.clone(),
        };
        let re = compile_regex(&src, "unless")?;
        Ok(super::LazyRegex::compiled(&src, re))
    };
    let mut hit = 0;
    if x.source == "lexicon" {
        let term = x.rule_id.strip_prefix("lex:").unwrap_or(&x.rule_id);
        for e in lex
            .entries
            .iter_mut()
            .filter(|e| e.term == term && e.category == x.category)
        {
            e.unless = Some(or(&e.unless)?);
            hit += 1;
        }
        if hit == 0 {
            let terms: Vec<String> = lex
                .entries
                .iter()
                .filter(|e| e.category == x.category)
                .map(|e| format!("lex:{}", e.term))
                .collect();
            let e = crate::suggest::check("entry", &x.rule_id, terms.iter().map(String::as_str));
            bail!(
                "exception {}: no {} entry {:?} below this overlay ({})",
                x.id,
                x.category,
                term,
                short_unknown(e)
            );
        }
    } else {
        for p in lex
            .patterns
            .iter_mut()
            .filter(|p| p.id == x.rule_id && p.category == x.category)
        {
            p.unless = Some(or(&p.unless)?);
            hit += 1;
        }
        if hit == 0 {
            let ids: Vec<&str> = lex.patterns.iter().map(|p| p.id.as_str()).collect();
            let e = crate::suggest::check("pattern", &x.rule_id, ids);
            bail!(
                "exception {}: no {} pattern {} below this overlay ({})",
                x.id,
                x.category,
                x.rule_id,
                short_unknown(e)
            );
        }
    }
    Ok(())
}

/// An unknown-name error's suggestion only (the full list of terms is too long to show).
fn short_unknown(r: std::result::Result<(), crate::suggest::Unknown>) -> String {
    match r.err().and_then(|e| e.suggestion) {
        Some(s) => format!("did you mean {s:?}?"),
        None => "no similar name in that category".into(),
    }
}

/// What [`accept`] changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accepted {
    /// The record as it was before (status `proposed`).
    pub proposal: Proposal,
    /// The overlay's new version.
    pub version: String,
}

/// Accept a proposed entry or pattern of an overlay: its status becomes `accepted`, with who
/// and when, and the overlay's version is bumped (patch). An unknown id is an error with the
/// nearest proposed id.
pub fn accept(dir: &Path, id: &str, by: &str, at: &str) -> Result<Accepted> {
    let base = base_of(dir).ok_or_else(|| {
        err!(
            "{}: not a lexicon overlay (no `base` in its lexicon.toml)",
            dir.display()
        )
    })?;
    let below = LexiconRef::parse(&base)
        .and_then(|r| r.load())
        .map(|l| l.categories.into_iter().map(|c| c.id).collect::<Vec<_>>())
        .unwrap_or_else(|_| {
            crate::model::CATEGORY_IDS
                .iter()
                .map(|s| s.to_string())
                .collect()
        });
    let ids: Vec<&str> = below.iter().map(String::as_str).collect();
    let ov = Overlay::load(dir, &ids)?;
    let Some(p) = ov.proposals().find(|p| p.id == id).cloned() else {
        let pending: Vec<&str> = ov.pending().iter().map(|p| p.id.as_str()).collect();
        let e = crate::suggest::check("proposal id", id, pending).unwrap_err();
        bail!("{}: {e}", dir.display());
    };
    if p.status != "proposed" {
        bail!(
            "{}:{}: {} is already {} (by {} at {})",
            p.file,
            p.line,
            id,
            p.status,
            p.accepted_by,
            p.accepted_at
        );
    }
    let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
    let text = std::fs::read_to_string(&p.file).with_context(|| format!("reading {}", p.file))?;
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    let at_line = p.line as usize - 1;
    if p.kind == "entry" {
        let mut cols: Vec<String> = lines[at_line].split('\t').map(String::from).collect();
        cols.resize(14, String::new());
        cols[6] = "accepted".into();
        cols[12] = clean(by);
        cols[13] = clean(at);
        lines[at_line] = cols.join("\t");
    } else {
        let end = lines[at_line + 1..]
            .iter()
            .position(|l| l.trim_start().starts_with("[["))
            .map_or(lines.len(), |k| at_line + 1 + k);
        let k = (at_line..end)
            .find(|&k| lines[k].trim_start().starts_with("status"))
            .ok_or_else(|| err!("{}:{}: no status line", p.file, p.line))?;
        lines[k] = "status = \"accepted\"".into();
        lines.insert(k + 1, format!("accepted_by = {}", toml_str(&clean(by))));
        lines.insert(k + 2, format!("accepted_at = {}", toml_str(&clean(at))));
    }
    crate::io::write_atomic(Path::new(&p.file), (lines.join("\n") + "\n").as_bytes())?;
    let version = bump_version(dir, 2)?;
    Ok(Accepted {
        proposal: p,
        version,
    })
}

/// Bump part `part` of an overlay's `version` (2: the patch, `0.1.0` -> `0.1.1`, when an item
/// is accepted; 1: the minor, `0.1.1` -> `0.2.0`, when a review round adds items); returns the
/// new one.
pub(crate) fn bump_version(dir: &Path, part: usize) -> Result<String> {
    let path = dir.join("lexicon.toml");
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let line = key_line(&text, "version") as usize - 1;
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    let old = lines
        .get(line)
        .and_then(|l| l.split('"').nth(1))
        .ok_or_else(|| err!("{}: no version = \"...\" line", path.display()))?
        .to_string();
    let mut parts: Vec<u64> = old.split('.').map(|p| p.parse().unwrap_or(0)).collect();
    parts.resize(3, 0);
    parts[part] += 1;
    for p in parts.iter_mut().skip(part + 1) {
        *p = 0;
    }
    let new = format!("{}.{}.{}", parts[0], parts[1], parts[2]);
    lines[line] = format!("version = \"{new}\"");
    crate::io::write_atomic(&path, (lines.join("\n") + "\n").as_bytes())?;
    Ok(new)
}

/// A TOML string: a literal string when it can be one (regexes stay readable), else a basic
/// string with escapes.
pub fn toml_str(s: &str) -> String {
    if !s.contains('\'')
        && !s.contains('\n')
        && !s.contains('\r')
        && !s.chars().any(char::is_control)
    {
        format!("'{s}'")
    } else {
        toml::Value::String(s.to_string()).to_string()
    }
}
