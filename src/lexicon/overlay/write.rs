//! Writing an overlay: a new directory, or a later review round merged into an existing one.
//! Merging only appends what the overlay does not hold yet (an exception with the same
//! entry or pattern and `unless`, an entry with the same term and category, a threshold that
//! an earlier one already reaches, a rule already off are left out), so applying the same
//! decisions twice changes nothing; ids that are taken get the next free number. Lines already
//! there (accepted entries among them) are never rewritten.

use super::{base_of, bump_version, toml_str, Exception, Overlay, Provenance, RuleOff, Threshold};
use super::{Proposal, TSV_HEADER};
use crate::bail;
use crate::error::{Context, Result};
use std::collections::BTreeSet;
use std::path::Path;

/// A proposed entry to write into an overlay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEntry {
    /// Its id (`p-m0003-1`).
    pub id: String,
    /// The normalised term.
    pub term: String,
    /// The category.
    pub category: String,
    /// `word` or `phrase`.
    pub kind: String,
    /// Who, when, which message, why.
    pub provenance: Provenance,
}

/// What a review round puts in an overlay.
#[derive(Debug, Clone, Default)]
pub struct OverlayItems {
    /// Exceptions for rejected lexicon and pattern flags.
    pub exceptions: Vec<Exception>,
    /// Proposed entries for missed labels.
    pub entries: Vec<NewEntry>,
    /// Local classifier thresholds for rejected classifier flags.
    pub thresholds: Vec<Threshold>,
    /// Rules switched off for rejected rule flags.
    pub rules_off: Vec<RuleOff>,
}

/// What [`write_merge`] did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Written {
    /// Whether the overlay directory was new.
    pub created: bool,
    /// What was added (items the overlay already held are left out).
    pub added: OverlayCounts,
    /// The overlay's version afterwards.
    pub version: String,
    /// Items left out, and why (beyond being there already).
    pub refused: Vec<String>,
}

/// Counts of overlay items.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OverlayCounts {
    /// Exceptions.
    pub exceptions: usize,
    /// Proposed entries.
    pub entries: usize,
    /// Thresholds.
    pub thresholds: usize,
    /// Rules off.
    pub rules_off: usize,
}

impl OverlayCounts {
    /// Whether nothing is counted.
    pub fn is_empty(&self) -> bool {
        self.exceptions + self.entries + self.thresholds + self.rules_off == 0
    }
}

fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

fn table(header: &str, fields: &[(&str, String)]) -> String {
    let mut s = format!("\n[[{header}]]\n");
    for (k, v) in fields {
        s.push_str(&format!("{k} = {v}\n"));
    }
    s
}

fn str_list(v: &[String]) -> String {
    let items: Vec<String> = v.iter().map(|s| toml_str(s)).collect();
    format!("[{}]", items.join(", "))
}

fn exception_toml(e: &Exception) -> String {
    let fields: Vec<(&str, String)> = [
        ("id", &e.id),
        ("source", &e.source),
        ("rule_id", &e.rule_id),
        ("category", &e.category),
        ("unless", &e.unless),
        ("reviewer", &e.reviewer),
        ("decided_at", &e.decided_at),
        ("message_id", &e.message_id),
        ("conversation_id", &e.conversation_id),
        ("note", &e.note),
    ]
    .into_iter()
    .map(|(k, v)| (k, toml_str(v)))
    .collect();
    table("exception", &fields)
}

fn threshold_toml(t: &Threshold) -> String {
    let mut fields = vec![
        ("id", toml_str(&t.id)),
        ("category", toml_str(&t.category)),
        ("min_score", format!("{:?}", t.min_score)),
        ("rejected_max", format!("{:?}", t.rejected_max)),
        ("rejected", str_list(&t.rejected)),
    ];
    if let Some(a) = t.accepted_min {
        fields.push(("accepted_min", format!("{a:?}")));
        fields.push(("accepted_message_id", toml_str(&t.accepted_message_id)));
    }
    for (k, v) in [
        ("reviewer", &t.reviewer),
        ("decided_at", &t.decided_at),
        ("message_id", &t.message_id),
        ("conversation_id", &t.conversation_id),
        ("note", &t.note),
    ] {
        fields.push((k, toml_str(v)));
    }
    table("threshold", &fields)
}

fn rule_off_toml(r: &RuleOff) -> String {
    let mut fields = vec![
        ("id", toml_str(&r.id)),
        ("rule_id", toml_str(&r.rule_id)),
        ("category", toml_str(&r.category)),
        ("rejected", str_list(&r.rejected)),
    ];
    for (k, v) in [
        ("reviewer", &r.reviewer),
        ("decided_at", &r.decided_at),
        ("message_id", &r.message_id),
        ("conversation_id", &r.conversation_id),
        ("note", &r.note),
    ] {
        fields.push((k, toml_str(v)));
    }
    table("rule_off", &fields)
}

fn entry_tsv(e: &NewEntry) -> String {
    let p = &e.provenance;
    let cols = [
        clean(&e.term),
        e.category.clone(),
        "1".into(),
        e.kind.clone(),
        clean(&p.note),
        String::new(),
        "proposed".into(),
        e.id.clone(),
        clean(&p.reviewer),
        clean(&p.decided_at),
        clean(&p.message_id),
        clean(&p.conversation_id),
        String::new(),
        String::new(),
    ];
    cols.join("\t") + "\n"
}

const EXCEPTIONS_HEAD: &str = "# Exceptions from rejected flags: each `unless` is OR-ed onto the entry (rule_id lex:TERM)\n# or pattern that fired, in the lexicons below this overlay.\n";
const THRESHOLDS_HEAD: &str = "# Local classifier thresholds from rejected flags that rested on the classifier: a classifier\n# label of `category` needs at least `min_score` (just above `rejected_max`, never above\n# `accepted_min`, the lowest score of an accepted classifier flag of the category).\n";
const RULES_OFF_HEAD: &str = "# Conversation rules switched off for a category: the review rejected the flags that rested\n# on the rule and accepted none.\n";

/// An id not in `taken` (`id`, else `id` with its last number raised), then taken.
fn fresh_id(id: &str, taken: &mut BTreeSet<String>) -> String {
    let (stem, n) = match id.rsplit_once('-') {
        Some((s, n)) if n.parse::<u64>().is_ok() => (s.to_string(), n.parse::<u64>().unwrap_or(1)),
        _ => (id.to_string(), 1),
    };
    let mut cand = id.to_string();
    let mut k = n;
    while taken.contains(&cand) {
        k += 1;
        cand = format!("{stem}-{k}");
    }
    taken.insert(cand.clone());
    cand
}

/// The items of `items` that `old` (an existing overlay, if any) does not hold yet, with free
/// ids; thresholds above an earlier round's accepted evidence are refused.
fn new_items(old: Option<&Overlay>, items: &OverlayItems) -> (OverlayItems, Vec<String>) {
    let mut taken: BTreeSet<String> = BTreeSet::new();
    let (mut xs, mut props, mut ts, mut rs): (
        Vec<&Exception>,
        Vec<&Proposal>,
        Vec<&Threshold>,
        Vec<&RuleOff>,
    ) = Default::default();
    if let Some(o) = old {
        xs = o.exceptions.iter().map(|(x, _)| x).collect();
        props = o.proposals().collect();
        ts = o.thresholds.iter().map(|(t, _)| t).collect();
        rs = o.rules_off.iter().map(|(r, _)| r).collect();
        taken.extend(xs.iter().map(|x| x.id.clone()));
        taken.extend(props.iter().map(|p| p.id.clone()));
        taken.extend(ts.iter().map(|t| t.id.clone()));
        taken.extend(rs.iter().map(|r| r.id.clone()));
    }
    let mut out = OverlayItems::default();
    let mut refused = Vec::new();
    for x in &items.exceptions {
        let same = |o: &&Exception| {
            o.source == x.source
                && o.rule_id == x.rule_id
                && o.category == x.category
                && o.unless == x.unless
        };
        if !xs.iter().any(same) {
            out.exceptions.push(Exception {
                id: fresh_id(&x.id, &mut taken),
                ..x.clone()
            });
        }
    }
    for e in &items.entries {
        if !props
            .iter()
            .any(|p| p.kind == "entry" && p.term == e.term && p.category == e.category)
        {
            out.entries.push(NewEntry {
                id: fresh_id(&e.id, &mut taken),
                ..e.clone()
            });
        }
    }
    for t in &items.thresholds {
        let earlier: Vec<&&Threshold> = ts.iter().filter(|o| o.category == t.category).collect();
        if earlier.iter().any(|o| o.min_score >= t.min_score) {
            continue;
        }
        if let Some(o) = earlier
            .iter()
            .find(|o| o.accepted_min.is_some_and(|a| t.min_score > a))
        {
            refused.push(format!(
                "threshold {} ({}, min_score {}): above the accepted classifier flag of message {} (score {}) that threshold {} rests on",
                t.id, t.category, t.min_score, o.accepted_message_id, o.accepted_min.unwrap_or_default(), o.id
            ));
            continue;
        }
        out.thresholds.push(Threshold {
            id: fresh_id(&t.id, &mut taken),
            ..t.clone()
        });
    }
    for r in &items.rules_off {
        if !rs
            .iter()
            .any(|o| o.rule_id == r.rule_id && o.category == r.category)
        {
            out.rules_off.push(RuleOff {
                id: fresh_id(&r.id, &mut taken),
                ..r.clone()
            });
        }
    }
    (out, refused)
}

fn cat<T>(f: fn(&T) -> String, v: &[T]) -> String {
    v.iter().map(f).collect()
}

/// Append `add` to the file `rel` of `dir` (created with `head` when missing), atomically.
fn append(dir: &Path, rel: &str, head: &str, add: &str) -> Result<()> {
    let path = dir.join(rel);
    let mut text = if path.exists() {
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?
    } else {
        head.to_string()
    };
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(add);
    crate::io::write_atomic(&path, text.as_bytes())
}

/// Write `items` into the overlay `dir` (named `name`, on lexicon `base`; `cat_ids`: the
/// categories below it): a new directory (version 0.1.0), or, when `dir` is already an
/// overlay of `base`, a merge that appends only the items it does not hold yet and bumps its
/// minor version (nothing new: nothing is written). Every file atomically, mode 0600.
pub fn write_merge(
    dir: &Path,
    name: &str,
    base: &str,
    cat_ids: &[&str],
    items: &OverlayItems,
) -> Result<Written> {
    let old = if dir.exists() {
        match base_of(dir) {
            Some(b) if b == base => Some(Overlay::load(dir, cat_ids)?),
            Some(b) => bail!(
                "{}: an overlay of lexicon {b:?}, not of {base:?}; give another --out or --overlay",
                dir.display()
            ),
            None => bail!(
                "{}: already exists and is not a lexicon overlay (no `base` in its lexicon.toml); give another --out or --overlay",
                dir.display()
            ),
        }
    } else {
        None
    };
    let (add, refused) = new_items(old.as_ref(), items);
    let added = OverlayCounts {
        exceptions: add.exceptions.len(),
        entries: add.entries.len(),
        thresholds: add.thresholds.len(),
        rules_off: add.rules_off.len(),
    };
    let version = match &old {
        None => {
            let meta = format!(
                "name = {}\nversion = \"0.1.0\"\nbase = {}\ndescription = {}\n",
                toml_str(name),
                toml_str(base),
                toml_str(&format!("Local overlay of lexicon {base} from review decisions (c2chat review apply): exceptions for rejected flags, local classifier thresholds and rules switched off where rejected flags rested on the classifier or a rule, and proposed entries for missed labels, inactive until `c2chat lexicon accept`. Records reviewer, time, message id and note; never message text."))
            );
            crate::io::write_atomic(&dir.join("lexicon.toml"), meta.as_bytes())?;
            "0.1.0".to_string()
        }
        Some(o) if added.is_empty() => o.version.clone(),
        Some(_) => bump_version(dir, 1)?,
    };
    if old.is_none() || !added.is_empty() {
        let x = cat(exception_toml, &add.exceptions);
        let t = cat(threshold_toml, &add.thresholds);
        let r = cat(rule_off_toml, &add.rules_off);
        let e = cat(entry_tsv, &add.entries);
        let fresh = old.is_none();
        if fresh || !x.is_empty() {
            append(dir, "exceptions.toml", EXCEPTIONS_HEAD, &x)?;
        }
        if fresh || !t.is_empty() {
            append(dir, "thresholds.toml", THRESHOLDS_HEAD, &t)?;
        }
        if !r.is_empty() {
            append(dir, "rules-off.toml", RULES_OFF_HEAD, &r)?;
        }
        if fresh || !e.is_empty() {
            let head = format!("{TSV_HEADER}\n# Proposed entries from missed labels: not active until `c2chat lexicon accept DIR ID`.\n");
            append(dir, "entries/proposed.tsv", &head, &e)?;
        }
    }
    Ok(Written {
        created: old.is_none(),
        added,
        version,
        refused,
    })
}
