//! Evaluate episodes and roles (`episodes.jsonl`) against gold episodes.
//!
//! A gold file has one JSON record per episode: `conversation_id`, `episode_id`,
//! `first_message_id` (the opening harmful act), `last_message_id`, `episode_type` and
//! `roles` (`{speaker: role}`, every speaker present in the episode's span).
//!
//! Matching: a predicted episode matches a gold one when both are in the same conversation,
//! open at the same message, and their spans (opening to last message, in conversation
//! order) overlap by at least half of the longer span. An opening message opens at most one
//! episode on each side, so matching is one to one. Scores:
//! - boundaries: precision (matched / predicted), recall (matched / gold), F1;
//! - type: accuracy of `episode_type` over matched episodes;
//! - roles: per speaker per episode. In a matched episode each speaker named on either side
//!   counts once: the same role is a true positive of it; otherwise a false negative of the
//!   gold role and a false positive of the predicted one (a side that does not name the
//!   speaker counts nothing). Every speaker of an unmatched gold episode is a false negative
//!   of their role, every participant of an unmatched predicted episode a false positive.
//!   Macro-F1 is the mean over the five roles of those that occur in gold or predictions.
//!
//! Invariant: like [`crate::evaluate`], this reads annotations, episodes and gold and never
//! annotates; its output depends only on them.

use crate::episode::Episode;
use crate::error::{Context, Error, Result};
use crate::evaluate::Prf;
use crate::metrics::{macro_mean, ratio};
use crate::model::Annotation;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// The roles of an episode's participants.
pub const ROLES: [&str; 5] = [
    "harasser",
    "target",
    "bystander_defender",
    "bystander_assistant",
    "bystander_other",
];

/// The episode types.
pub const TYPES: [&str; 5] = [
    "image_based_coercion",
    "exposure",
    "sexualised_bullying",
    "unwanted_sexualisation",
    "victim_blaming_discussion",
];

/// One gold episode.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldEpisode {
    /// The conversation.
    pub conversation_id: String,
    /// An id for the episode (any unique string; `<conversation>:e<n>` by convention).
    pub episode_id: String,
    /// The opening harmful act.
    pub first_message_id: String,
    /// The episode's last message.
    pub last_message_id: String,
    /// One of [`TYPES`].
    pub episode_type: String,
    /// Speaker → one of [`ROLES`].
    pub roles: BTreeMap<String, String>,
}

/// Read gold episodes (JSONL). A bad line, a duplicate episode id, or an unknown role or
/// type is an error naming the file and line (with a suggestion for a typo).
pub fn load_gold_episodes(path: &Path) -> Result<Vec<GoldEpisode>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let bad = |line: u64, message: String| Error::input(path, Some(line), message);
    let mut out: Vec<GoldEpisode> = Vec::new();
    let mut ids = std::collections::HashSet::new();
    for (i, l) in text.lines().enumerate() {
        if l.trim().is_empty() {
            continue;
        }
        let line = i as u64 + 1;
        let g: GoldEpisode = serde_json::from_str(l)
            .map_err(|e| bad(line, format!("not a gold episode record: {e}")))?;
        crate::suggest::check("episode type", &g.episode_type, TYPES)
            .map_err(|e| bad(line, e.to_string()))?;
        for role in g.roles.values() {
            crate::suggest::check("role", role, ROLES).map_err(|e| bad(line, e.to_string()))?;
        }
        if g.roles.is_empty() {
            return Err(bad(line, "roles is empty".into()));
        }
        if !ids.insert(g.episode_id.clone()) {
            return Err(bad(line, format!("duplicate episode_id {}", g.episode_id)));
        }
        out.push(g);
    }
    Ok(out)
}

/// Per-role scores and the macro-F1.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RoleScores {
    /// One row per role in [`ROLES`] order (`category` is the role).
    pub per_role: Vec<Prf>,
    /// Mean F1 over the roles that occur in gold or predictions.
    pub macro_f1: f64,
    /// Matched episodes only: gold role → predicted role → speakers (`none` where a side
    /// does not name the speaker).
    pub confusion: BTreeMap<String, BTreeMap<String, u64>>,
}

/// The episode evaluation report (`episode_report.json`).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EpisodeReport {
    /// Gold episodes evaluated (those whose conversation is in the annotations).
    pub gold: u64,
    /// Predicted episodes.
    pub predicted: u64,
    /// Matched pairs.
    pub matched: u64,
    /// Boundary precision, recall and F1 (`category` is `episodes`).
    pub boundaries: Prf,
    /// Matched episodes whose type agrees.
    pub type_correct: u64,
    /// `type_correct / matched`.
    pub type_accuracy: f64,
    /// Role scores.
    pub roles: RoleScores,
    /// Gold episode ids without a match.
    pub unmatched_gold: Vec<String>,
    /// Predicted episode ids without a match.
    pub unmatched_predicted: Vec<String>,
    /// Gold episodes left out because their conversation is not in the annotations.
    pub gold_not_annotated: Vec<String>,
}

/// Role counts: true positives, false positives, false negatives.
#[derive(Default)]
struct RoleCounts {
    tp: BTreeMap<String, u64>,
    fp: BTreeMap<String, u64>,
    fn_: BTreeMap<String, u64>,
    confusion: BTreeMap<String, BTreeMap<String, u64>>,
}

impl RoleCounts {
    fn pair(&mut self, gold: Option<&str>, pred: Option<&str>) {
        match (gold, pred) {
            (Some(g), Some(p)) if g == p => *self.tp.entry(g.into()).or_default() += 1,
            _ => {
                if let Some(g) = gold {
                    *self.fn_.entry(g.into()).or_default() += 1;
                }
                if let Some(p) = pred {
                    *self.fp.entry(p.into()).or_default() += 1;
                }
            }
        }
    }

    fn matched(&mut self, gold: &BTreeMap<String, String>, pred: &BTreeMap<String, String>) {
        let mut speakers: Vec<&String> = gold.keys().chain(pred.keys()).collect();
        speakers.sort();
        speakers.dedup();
        for s in speakers {
            let (g, p) = (
                gold.get(s).map(String::as_str),
                pred.get(s).map(String::as_str),
            );
            self.pair(g, p);
            *self
                .confusion
                .entry(g.unwrap_or("none").into())
                .or_default()
                .entry(p.unwrap_or("none").into())
                .or_default() += 1;
        }
    }

    fn scores(&self) -> RoleScores {
        let get = |m: &BTreeMap<String, u64>, r: &str| m.get(r).copied().unwrap_or(0);
        let per_role: Vec<Prf> = ROLES
            .iter()
            .map(|r| Prf::new(r, get(&self.tp, r), get(&self.fp, r), get(&self.fn_, r)))
            .collect();
        let present: Vec<f64> = per_role
            .iter()
            .filter(|p| p.tp + p.fp + p.r#fn > 0)
            .map(|p| p.f1)
            .collect();
        RoleScores {
            macro_f1: macro_mean(&present),
            per_role,
            confusion: self.confusion.clone(),
        }
    }
}

/// An episode's first and last positions in its conversation.
type Span = (usize, usize);

/// Message positions in conversation order: conversation → message id → position.
fn positions(anns: &[Annotation]) -> HashMap<&str, HashMap<&str, usize>> {
    let mut out: HashMap<&str, HashMap<&str, usize>> = HashMap::new();
    let order = crate::ingest::order_by_conversation(
        anns.len(),
        |i| &anns[i].conversation_id,
        |i| anns[i].timestamp.as_deref(),
    );
    for conv in order {
        for (pos, i) in conv.into_iter().enumerate() {
            out.entry(anns[i].conversation_id.as_str())
                .or_default()
                .insert(anns[i].message_id.as_str(), pos);
        }
    }
    out
}

/// The span (first, last position) of an episode; an id not in its conversation is an error.
fn span(
    pos: &HashMap<&str, usize>,
    first: &str,
    last: &str,
    what: &dyn Fn() -> String,
) -> Result<(usize, usize)> {
    let at = |id: &str| {
        pos.get(id).copied().ok_or_else(|| {
            Error::invalid(format!(
                "{}: message {id:?} is not in its conversation",
                what()
            ))
        })
    };
    let (a, b) = (at(first)?, at(last)?);
    Ok((a.min(b), a.max(b)))
}

/// Whether two spans overlap by at least half of the longer one.
fn overlaps(g: (usize, usize), p: (usize, usize)) -> bool {
    let len = |s: (usize, usize)| s.1 - s.0 + 1;
    let inter = (g.1.min(p.1) + 1).saturating_sub(g.0.max(p.0));
    2 * inter >= len(g).max(len(p))
}

/// Evaluate predicted episodes against gold ones, with the annotations for message order.
/// Gold episodes of conversations the annotations do not have are left out (and listed);
/// a gold or predicted message id missing from an annotated conversation is an error.
pub fn evaluate_episodes(
    gold: &[GoldEpisode],
    predicted: &[Episode],
    anns: &[Annotation],
) -> Result<EpisodeReport> {
    let pos = positions(anns);
    let mut pred_by_open: HashMap<(&str, &str), (usize, Span)> = HashMap::new();
    for (i, p) in predicted.iter().enumerate() {
        let conv = pos.get(p.conversation_id.as_str()).ok_or_else(|| {
            Error::invalid(format!(
                "predicted episode {} is in conversation {:?}, which the annotations do not have",
                p.episode_id, p.conversation_id
            ))
        })?;
        let what = || format!("predicted episode {}", p.episode_id);
        let s = span(conv, &p.first_message_id, &p.last_message_id, &what)?;
        pred_by_open.insert((&p.conversation_id, &p.first_message_id), (i, s));
    }
    let mut counts = RoleCounts::default();
    let mut used = vec![false; predicted.len()];
    let (mut matched, mut type_correct, mut n_gold) = (0u64, 0u64, 0u64);
    let (mut unmatched_gold, mut not_annotated) = (Vec::new(), Vec::new());
    for g in gold {
        let Some(conv) = pos.get(g.conversation_id.as_str()) else {
            not_annotated.push(g.episode_id.clone());
            continue;
        };
        n_gold += 1;
        let what = || format!("gold episode {}", g.episode_id);
        let gs = span(conv, &g.first_message_id, &g.last_message_id, &what)?;
        let hit = pred_by_open
            .get(&(g.conversation_id.as_str(), g.first_message_id.as_str()))
            .filter(|(i, ps)| !used[*i] && overlaps(gs, *ps));
        match hit {
            Some(&(i, _)) => {
                used[i] = true;
                matched += 1;
                let p = &predicted[i];
                type_correct += u64::from(p.episode_type == g.episode_type);
                let proles = p
                    .participants
                    .iter()
                    .map(|x| (x.speaker.clone(), x.role.clone()))
                    .collect();
                counts.matched(&g.roles, &proles);
            }
            None => {
                unmatched_gold.push(g.episode_id.clone());
                g.roles.values().for_each(|r| counts.pair(Some(r), None));
            }
        }
    }
    let mut unmatched_predicted = Vec::new();
    for (p, _) in predicted.iter().zip(&used).filter(|(_, u)| !**u) {
        unmatched_predicted.push(p.episode_id.clone());
        p.participants
            .iter()
            .for_each(|x| counts.pair(None, Some(&x.role)));
    }
    Ok(EpisodeReport {
        gold: n_gold,
        predicted: predicted.len() as u64,
        matched,
        boundaries: Prf::new(
            "episodes",
            matched,
            predicted.len() as u64 - matched,
            n_gold - matched,
        ),
        type_correct,
        type_accuracy: ratio(type_correct, matched),
        roles: counts.scores(),
        unmatched_gold,
        unmatched_predicted,
        gold_not_annotated: not_annotated,
    })
}

/// The report as a text table.
pub fn render_episodes(r: &EpisodeReport) -> String {
    let b = &r.boundaries;
    let mut s = format!(
        "Episodes: gold {}  predicted {}  matched {}\n\
         boundaries  P {:.3}  R {:.3}  F1 {:.3}\n\
         type accuracy (matched)  {:.3}  ({}/{})\n\n\
         {:<22}{:>8}{:>6}{:>6}{:>6}{:>8}{:>8}{:>8}\n",
        r.gold,
        r.predicted,
        r.matched,
        b.precision,
        b.recall,
        b.f1,
        r.type_accuracy,
        r.type_correct,
        r.matched,
        "role",
        "support",
        "tp",
        "fp",
        "fn",
        "P",
        "R",
        "F1"
    );
    for p in &r.roles.per_role {
        s.push_str(&format!(
            "{:<22}{:>8}{:>6}{:>6}{:>6}{:>8.3}{:>8.3}{:>8.3}\n",
            p.category, p.support, p.tp, p.fp, p.r#fn, p.precision, p.recall, p.f1
        ));
    }
    s.push_str(&format!("role macro-F1  {:.3}\n", r.roles.macro_f1));
    if !r.gold_not_annotated.is_empty() {
        s.push_str(&format!(
            "({} gold episodes left out: their conversations are not in the annotations)\n",
            r.gold_not_annotated.len()
        ));
    }
    s
}
