//! Statistics for evaluators over `episodes.jsonl`: per group and period, how many episodes,
//! how often a bystander stepped in (with a Wilson interval), how quickly, how often the
//! target refused and the harasser escalated, and who took which role; and the comparison of
//! the intervention rate between two samples (two-proportion z test, risk ratio).
//!
//! An episode is placed by its opening act's message (`first_message_id`): its period is that
//! message's time, its other groups that message's values (conversation, speaker, meta; meta
//! is per conversation in c2chat, so this is the conversation's metadata). Conversations and
//! pupils (distinct speakers) are counted from every annotation of the group.
//!
//! [`EpisodeCounts`] are exact and mergeable (sets of ids, integer counts, and the histograms
//! of the times to intervention needed for exact medians), so `stats --partial` shards merged
//! with `stats merge` give the same tables as one run. Formulas: `docs/statistics.md`.

use super::measures::{risk_ratio, two_proportion_z, wilson, Z95};
use super::partial::{group_by_label, group_label, Dim};
use crate::episode::Episode;
use crate::model::Annotation;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// The roles of `src/episode.rs`, in output order.
pub const ROLES: [&str; 5] = [
    "harasser",
    "target",
    "bystander_defender",
    "bystander_assistant",
    "bystander_other",
];

/// The role whose first protective response is an intervention.
pub const DEFENDER: &str = "bystander_defender";

/// Acts that count as escalation when they follow a refusal.
pub const ESCALATION_ACTS: [&str; 2] = ["pressure", "threat"];

/// What can go wrong building or merging episode statistics.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EpisodeStatsError {
    /// An episode whose opening message is not among the annotations it was read with.
    #[error(
        "{}: episode {episode_id} opens at message {message_id}, which is not in {} \
         (episodes.jsonl and annotations.jsonl must come from the same annotate run)",
        episodes.display(), annotations.display()
    )]
    MissingOpening {
        /// The `episodes.jsonl` file.
        episodes: PathBuf,
        /// The annotations file.
        annotations: PathBuf,
        /// The episode.
        episode_id: String,
        /// Its opening message.
        message_id: String,
    },
    /// Two partials of which only one has episode counts.
    #[error(
        "cannot merge a partial with episode counts and one without (made from annotate output \
         without episodes.jsonl); run annotate again for every shard, or merge none with episodes"
    )]
    Mixed,
}

impl From<EpisodeStatsError> for crate::Error {
    fn from(e: EpisodeStatsError) -> Self {
        crate::Error::external(e)
    }
}

/// Exact, mergeable counts for the episodes and messages of one group.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EpisodeCounts {
    /// Conversations with a message in the group.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub conversations: BTreeSet<String>,
    /// Speakers with a message in the group.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub pupils: BTreeSet<String>,
    /// Episodes opening in the group.
    pub episodes: u64,
    /// Episodes whose first protective response is by a `bystander_defender`.
    pub interventions: u64,
    /// Episodes with a `refusal` act.
    pub refusals: u64,
    /// Episodes where a refusal is followed by a `pressure` or `threat` act.
    pub escalations: u64,
    /// Participants with each final role, summed over episodes.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub roles: BTreeMap<String, u64>,
    /// Interventions by messages after the opening act (value → episodes).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub messages_to_intervention: BTreeMap<u64, u64>,
    /// Interventions with both times by seconds after the opening act (value → episodes).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub seconds_to_intervention: BTreeMap<i64, u64>,
}

/// Whether the episode's first protective response is a bystander's.
pub fn is_intervention(e: &Episode) -> bool {
    e.first_protective_response
        .as_ref()
        .is_some_and(|r| r.role == DEFENDER)
}

/// Whether the episode has a refusal act.
pub fn has_refusal(e: &Episode) -> bool {
    e.acts.iter().any(|a| a.act == "refusal")
}

/// Whether a refusal act is followed (later in the episode) by pressure or a threat.
pub fn escalated(e: &Episode) -> bool {
    match e.acts.iter().position(|a| a.act == "refusal") {
        Some(i) => e.acts[i + 1..]
            .iter()
            .any(|a| ESCALATION_ACTS.contains(&a.act.as_str())),
        None => false,
    }
}

fn add_hist<K: Ord + Clone>(into: &mut BTreeMap<K, u64>, from: &BTreeMap<K, u64>) {
    for (k, v) in from {
        if *v > 0 {
            *into.entry(k.clone()).or_default() += v;
        }
    }
}

/// The median of a histogram given as (value, count) pairs in ascending value order: the
/// middle value, or the mean of the two middle values for an even total. `None` when empty.
pub fn hist_median(h: &[(f64, u64)]) -> Option<f64> {
    let n: u64 = h.iter().map(|x| x.1).sum();
    if n == 0 {
        return None;
    }
    // 0-based ranks of the middle value(s).
    let (lo, hi) = ((n - 1) / 2, n / 2);
    let mut seen = 0u64;
    let (mut a, mut b) = (None, None);
    for &(v, c) in h {
        let next = seen + c;
        if a.is_none() && lo < next {
            a = Some(v);
        }
        if b.is_none() && hi < next {
            b = Some(v);
            break;
        }
        seen = next;
    }
    Some((a? + b?) / 2.0)
}

impl EpisodeCounts {
    /// Count one annotation of the group (its conversation and speaker).
    pub fn add_message(&mut self, a: &Annotation) {
        if !self.conversations.contains(&a.conversation_id) {
            self.conversations.insert(a.conversation_id.clone());
        }
        if !self.pupils.contains(&a.speaker) {
            self.pupils.insert(a.speaker.clone());
        }
    }

    /// Count one episode opening in the group.
    pub fn add_episode(&mut self, e: &Episode) {
        self.episodes += 1;
        if is_intervention(e) {
            self.interventions += 1;
            if let Some(r) = &e.first_protective_response {
                *self
                    .messages_to_intervention
                    .entry(r.messages_after as u64)
                    .or_default() += 1;
                if let Some(s) = r.seconds_after {
                    *self.seconds_to_intervention.entry(s).or_default() += 1;
                }
            }
        }
        if has_refusal(e) {
            self.refusals += 1;
        }
        if escalated(e) {
            self.escalations += 1;
        }
        for p in &e.participants {
            *self.roles.entry(p.role.clone()).or_default() += 1;
        }
    }

    /// Union of the sets, sum of the counts.
    pub fn merge(&mut self, o: &EpisodeCounts) {
        self.conversations.extend(o.conversations.iter().cloned());
        self.pupils.extend(o.pupils.iter().cloned());
        self.episodes += o.episodes;
        self.interventions += o.interventions;
        self.refusals += o.refusals;
        self.escalations += o.escalations;
        add_hist(&mut self.roles, &o.roles);
        add_hist(
            &mut self.messages_to_intervention,
            &o.messages_to_intervention,
        );
        add_hist(
            &mut self.seconds_to_intervention,
            &o.seconds_to_intervention,
        );
    }

    /// Median messages from the opening act to the intervention.
    pub fn median_messages(&self) -> Option<f64> {
        let h: Vec<(f64, u64)> = self
            .messages_to_intervention
            .iter()
            .map(|(k, v)| (*k as f64, *v))
            .collect();
        hist_median(&h)
    }

    /// Median minutes from the opening act to the intervention (interventions with times).
    pub fn median_minutes(&self) -> Option<f64> {
        let h: Vec<(f64, u64)> = self
            .seconds_to_intervention
            .iter()
            .map(|(k, v)| (*k as f64, *v))
            .collect();
        hist_median(&h).map(|s| s / 60.0)
    }
}

/// Episode counts per group key (one value per grouping dimension), exact and mergeable.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EpisodePartial {
    /// One entry per group key.
    #[serde(with = "super::partial::group_entries")]
    pub groups: BTreeMap<Vec<String>, EpisodeCounts>,
}

impl EpisodePartial {
    /// Entry-wise merge (set union, count sums). Associative and commutative.
    pub fn merge(&mut self, o: &EpisodePartial) {
        for (k, c) in &o.groups {
            self.groups.entry(k.clone()).or_default().merge(c);
        }
    }

    /// All groups together.
    pub fn total(&self) -> EpisodeCounts {
        let mut t = EpisodeCounts::default();
        for c in self.groups.values() {
            t.merge(c);
        }
        t
    }
}

/// Merge optional episode partials: both present are merged, both absent stay absent, one of
/// each is [`EpisodeStatsError::Mixed`].
pub fn merge_optional(
    into: &mut Option<EpisodePartial>,
    other: &Option<EpisodePartial>,
) -> Result<(), EpisodeStatsError> {
    match (into.as_mut(), other) {
        (Some(a), Some(b)) => a.merge(b),
        (None, None) => {}
        _ => return Err(EpisodeStatsError::Mixed),
    }
    Ok(())
}

/// Builds an [`EpisodePartial`] while the annotations stream past: give each file's episodes
/// with [`begin_file`](Self::begin_file), every annotation with [`add`](Self::add), then
/// [`end_file`](Self::end_file).
#[derive(Debug)]
pub struct EpisodeCollector {
    dims: Vec<Dim>,
    pending: HashMap<(String, String), Vec<Episode>>,
    files: Option<(PathBuf, PathBuf)>,
    acc: EpisodePartial,
}

impl EpisodeCollector {
    /// A collector for the given grouping.
    pub fn new(dims: Vec<Dim>) -> EpisodeCollector {
        EpisodeCollector {
            dims,
            pending: HashMap::new(),
            files: None,
            acc: EpisodePartial::default(),
        }
    }

    /// Start an annotations file with the episodes read beside it (`episodes` names that file
    /// in errors).
    pub fn begin_file(&mut self, annotations: &Path, episodes_file: &Path, episodes: Vec<Episode>) {
        self.pending.clear();
        for e in episodes {
            self.pending
                .entry((e.conversation_id.clone(), e.first_message_id.clone()))
                .or_default()
                .push(e);
        }
        self.files = Some((annotations.to_path_buf(), episodes_file.to_path_buf()));
    }

    /// Count one annotation when `kept` (its conversation and speaker, and the episodes opening
    /// at it); an annotation not kept drops the episodes opening at it. Fails only on a
    /// timestamp that does not parse when grouping by period.
    pub fn add(&mut self, a: &Annotation, kept: bool) -> crate::Result<()> {
        let opening = self
            .pending
            .remove(&(a.conversation_id.clone(), a.message_id.clone()));
        if !kept {
            return Ok(());
        }
        let key = self
            .dims
            .iter()
            .map(|d| d.value(a))
            .collect::<crate::Result<Vec<_>>>()?;
        let g = self.acc.groups.entry(key).or_default();
        g.add_message(a);
        for e in opening.iter().flatten() {
            g.add_episode(e);
        }
        Ok(())
    }

    /// Finish a file: an episode whose opening message never came is an error.
    pub fn end_file(&mut self) -> Result<(), EpisodeStatsError> {
        let first = self.pending.values().flatten().min_by(|x, y| {
            (&x.conversation_id, &x.episode_id).cmp(&(&y.conversation_id, &y.episode_id))
        });
        if let (Some(e), Some((ann, eps))) = (first, &self.files) {
            return Err(EpisodeStatsError::MissingOpening {
                episodes: eps.clone(),
                annotations: ann.clone(),
                episode_id: e.episode_id.clone(),
                message_id: e.first_message_id.clone(),
            });
        }
        self.pending.clear();
        Ok(())
    }

    /// The counts.
    pub fn finish(self) -> EpisodePartial {
        self.acc
    }
}

/// One row of `episode_stats.csv`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EpisodeRow {
    /// `platform+month` (or `all`).
    pub group_by: String,
    /// `discord|2025-02` (or `all`).
    pub group: String,
    /// The group's value for each dimension (empty when ungrouped).
    pub key: Vec<String>,
    /// Conversations with a message in the group.
    pub conversations: u64,
    /// Distinct speakers with a message in the group.
    pub pupils: u64,
    /// Episodes opening in the group.
    pub episodes: u64,
    /// Episodes per 1,000 conversations.
    pub episodes_per_1000_conversations: Option<f64>,
    /// Episodes per 1,000 pupils.
    pub episodes_per_1000_pupils: Option<f64>,
    /// Episodes with a bystander intervention.
    pub interventions: u64,
    /// interventions / episodes.
    pub intervention_rate: Option<f64>,
    /// Wilson 95% lower bound.
    pub intervention_rate_lo: Option<f64>,
    /// Wilson 95% upper bound.
    pub intervention_rate_hi: Option<f64>,
    /// Interventions whose opening act and response both have times.
    pub interventions_timed: u64,
    /// Median messages from the opening act to the intervention.
    pub median_messages_to_intervention: Option<f64>,
    /// Median minutes from the opening act to the intervention.
    pub median_minutes_to_intervention: Option<f64>,
    /// Episodes with a refusal.
    pub refusals: u64,
    /// refusals / episodes.
    pub refusal_share: Option<f64>,
    /// Episodes where a refusal was followed by pressure or a threat.
    pub escalations: u64,
    /// escalations / episodes.
    pub escalation_share: Option<f64>,
    /// escalations / refusals.
    pub escalation_share_of_refusals: Option<f64>,
    /// Participants per role, in [`ROLES`] order.
    pub roles: Vec<(String, u64)>,
}

fn ratio(a: u64, b: u64, scale: f64) -> Option<f64> {
    (b > 0).then(|| a as f64 * scale / b as f64)
}

impl EpisodeRow {
    /// The row of one group.
    pub fn new(group_by: &str, group: &str, c: &EpisodeCounts) -> EpisodeRow {
        let ci = wilson(c.interventions, c.episodes, Z95);
        EpisodeRow {
            group_by: group_by.to_string(),
            group: group.to_string(),
            key: Vec::new(),
            conversations: c.conversations.len() as u64,
            pupils: c.pupils.len() as u64,
            episodes: c.episodes,
            episodes_per_1000_conversations: ratio(
                c.episodes,
                c.conversations.len() as u64,
                1000.0,
            ),
            episodes_per_1000_pupils: ratio(c.episodes, c.pupils.len() as u64, 1000.0),
            interventions: c.interventions,
            intervention_rate: ratio(c.interventions, c.episodes, 1.0),
            intervention_rate_lo: ci.map(|x| x.0),
            intervention_rate_hi: ci.map(|x| x.1),
            interventions_timed: c.seconds_to_intervention.values().sum(),
            median_messages_to_intervention: c.median_messages(),
            median_minutes_to_intervention: c.median_minutes(),
            refusals: c.refusals,
            refusal_share: ratio(c.refusals, c.episodes, 1.0),
            escalations: c.escalations,
            escalation_share: ratio(c.escalations, c.episodes, 1.0),
            escalation_share_of_refusals: ratio(c.escalations, c.refusals, 1.0),
            roles: ROLES
                .iter()
                .map(|r| (r.to_string(), c.roles.get(*r).copied().unwrap_or(0)))
                .collect(),
        }
    }
}

/// The rows of `episode_stats.csv`: one per group, in key order.
pub fn episode_rows(dims: &[Dim], p: &EpisodePartial) -> Vec<EpisodeRow> {
    let by = group_by_label(dims);
    p.groups
        .iter()
        .map(|(k, c)| EpisodeRow {
            key: k.clone(),
            ..EpisodeRow::new(&by, &group_label(k), c)
        })
        .collect()
}

/// One row of `episode_compare.csv`: the intervention rate of B relative to A.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EpisodeCompareRow {
    /// Sample A (the earlier period, or the first value).
    pub sample_a: String,
    /// Sample B.
    pub sample_b: String,
    /// Episodes in A.
    pub episodes_a: u64,
    /// Interventions in A.
    pub interventions_a: u64,
    /// interventions_a / episodes_a.
    pub rate_a: Option<f64>,
    /// Episodes in B.
    pub episodes_b: u64,
    /// Interventions in B.
    pub interventions_b: u64,
    /// interventions_b / episodes_b.
    pub rate_b: Option<f64>,
    /// rate_b − rate_a.
    pub diff_b_minus_a: Option<f64>,
    /// Two-proportion z (pooled), positive when B's rate is higher.
    pub z_b_vs_a: Option<f64>,
    /// Its two-sided p-value.
    pub p_value: Option<f64>,
    /// rate_b / rate_a.
    pub risk_ratio_b_over_a: Option<f64>,
    /// Katz log-method 95% lower bound.
    pub risk_ratio_b_over_a_lo: Option<f64>,
    /// Katz log-method 95% upper bound.
    pub risk_ratio_b_over_a_hi: Option<f64>,
    /// Whether 0.5 was added to each cell for the risk ratio (a cell was zero).
    pub risk_ratio_corrected: bool,
}

/// Compare the intervention rate of B with A's.
pub fn compare_interventions(
    label_a: &str,
    a: &EpisodeCounts,
    label_b: &str,
    b: &EpisodeCounts,
) -> EpisodeCompareRow {
    let z = two_proportion_z(a.interventions, a.episodes, b.interventions, b.episodes);
    let rr = risk_ratio(
        a.interventions,
        a.episodes,
        b.interventions,
        b.episodes,
        Z95,
    );
    let rate_a = ratio(a.interventions, a.episodes, 1.0);
    let rate_b = ratio(b.interventions, b.episodes, 1.0);
    EpisodeCompareRow {
        sample_a: label_a.to_string(),
        sample_b: label_b.to_string(),
        episodes_a: a.episodes,
        interventions_a: a.interventions,
        rate_a,
        episodes_b: b.episodes,
        interventions_b: b.interventions,
        rate_b,
        diff_b_minus_a: rate_a.zip(rate_b).map(|(x, y)| y - x),
        z_b_vs_a: z.map(|t| t.0),
        p_value: z.map(|t| t.1),
        risk_ratio_b_over_a: rr.map(|r| r.value),
        risk_ratio_b_over_a_lo: rr.map(|r| r.lo),
        risk_ratio_b_over_a_hi: rr.map(|r| r.hi),
        risk_ratio_corrected: rr.is_some_and(|r| r.corrected),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::episode::{Act, Participant, Response};
    use crate::stats::measures::{risk_ratio, two_proportion_z};
    use crate::stats::partial::tests::ann;
    use crate::stats::period::Period;
    use crate::stats::{render, Partial};

    /// An episode opening at `first` in `conv`: acts as (speaker, act), participants as
    /// (speaker, role), and the first protective response as (role, messages, seconds).
    pub(crate) fn ep(
        id: &str,
        conv: &str,
        first: &str,
        acts: &[(&str, &str)],
        parts: &[(&str, &str)],
        resp: Option<(&str, usize, Option<i64>)>,
    ) -> Episode {
        Episode {
            episode_id: format!("{conv}:{id}"),
            conversation_id: conv.into(),
            first_message_id: first.into(),
            last_message_id: first.into(),
            start: None,
            end: None,
            acts: acts
                .iter()
                .map(|(s, a)| Act {
                    message_id: first.into(),
                    speaker: (*s).into(),
                    act: (*a).into(),
                })
                .collect(),
            episode_type: "image_based_coercion".into(),
            severity: 2,
            participants: parts
                .iter()
                .map(|(s, r)| Participant {
                    speaker: (*s).into(),
                    role: (*r).into(),
                })
                .collect(),
            first_protective_response: resp.map(|(role, m, s)| Response {
                message_id: "x".into(),
                speaker: "s9".into(),
                role: role.into(),
                messages_after: m,
                seconds_after: s,
            }),
            messages: 3,
        }
    }

    /// January: conversations c1 (s1, s2, s3) and c2 (s1, s4), four episodes, two
    /// interventions (2 and 4 messages, 2 and 10 minutes), two refusals, one escalation.
    /// February: c3 (s5, s6), two episodes, both interventions (1 and 3 messages; only the
    /// first timed, 1 minute).
    pub(crate) fn fixture() -> (Vec<Annotation>, Vec<Episode>) {
        let jan = Some("2025-01-10T10:00:00Z");
        let feb = Some("2025-02-10T10:00:00Z");
        let m = |id: &str, conv: &str, sp: &str, ts| {
            ann(id, conv, sp, ts, &[("platform", "chat")], &[], 3)
        };
        let anns = vec![
            m("m1", "c1", "s1", jan),
            m("m2", "c1", "s2", jan),
            m("m3", "c1", "s3", jan),
            m("m4", "c2", "s1", jan),
            m("m5", "c2", "s4", jan),
            m("m6", "c3", "s5", feb),
            m("m7", "c3", "s6", feb),
        ];
        let d = "bystander_defender";
        let h = ("s1", "harasser");
        let t = ("s2", "target");
        let eps = vec![
            ep(
                "e1",
                "c1",
                "m1",
                &[
                    ("s1", "image_request"),
                    ("s2", "refusal"),
                    ("s1", "pressure"),
                ],
                &[h, t, ("s3", d)],
                Some((d, 2, Some(120))),
            ),
            ep(
                "e2",
                "c1",
                "m3",
                &[("s1", "threat")],
                &[h, ("s3", d)],
                Some((d, 4, Some(600))),
            ),
            ep(
                "e3",
                "c2",
                "m4",
                // A threat before the refusal is not escalation.
                &[("s1", "threat"), ("s4", "refusal")],
                &[h, ("s4", "target")],
                Some(("target", 1, Some(30))),
            ),
            ep(
                "e4",
                "c2",
                "m5",
                &[("s4", "blame")],
                &[("s4", "harasser")],
                None,
            ),
            ep(
                "e1",
                "c3",
                "m6",
                &[("s5", "pressure")],
                &[("s5", "harasser"), ("s6", d)],
                Some((d, 1, Some(60))),
            ),
            ep(
                "e2",
                "c3",
                "m7",
                &[("s6", "threat")],
                &[("s6", "harasser"), ("s5", d)],
                Some((d, 3, None)),
            ),
        ];
        (anns, eps)
    }

    fn collect(dims: Vec<Dim>, anns: &[Annotation], eps: Vec<Episode>) -> EpisodePartial {
        let mut c = EpisodeCollector::new(dims);
        c.begin_file(Path::new("a.jsonl"), Path::new("episodes.jsonl"), eps);
        for a in anns {
            c.add(a, true).unwrap();
        }
        c.end_file().unwrap();
        c.finish()
    }

    fn close(a: Option<f64>, b: f64) {
        let a = a.expect("a value");
        assert!((a - b).abs() < 1e-9, "{a} != {b}");
    }

    #[test]
    fn counts_rates_medians_and_escalation_by_month() {
        let (anns, eps) = fixture();
        let dims = vec![Dim::Period(Period::Month)];
        let rows = episode_rows(&dims, &collect(dims.clone(), &anns, eps));
        assert_eq!(rows.len(), 2);
        let (j, f) = (&rows[0], &rows[1]);
        assert_eq!(
            (j.group_by.as_str(), j.group.as_str()),
            ("month", "2025-01")
        );
        assert_eq!((j.conversations, j.pupils, j.episodes), (2, 4, 4));
        close(j.episodes_per_1000_conversations, 2000.0);
        close(j.episodes_per_1000_pupils, 1000.0);
        assert_eq!(j.interventions, 2);
        close(j.intervention_rate, 0.5);
        // Wilson (1927) for 2/4 at z = 1.959964, computed by hand.
        close(j.intervention_rate_lo, 0.150_038_989_152_149_47);
        close(j.intervention_rate_hi, 0.849_961_010_847_850_6);
        close(j.median_messages_to_intervention, 3.0);
        close(j.median_minutes_to_intervention, 6.0);
        assert_eq!((j.refusals, j.escalations), (2, 1));
        close(j.refusal_share, 0.5);
        close(j.escalation_share, 0.25);
        close(j.escalation_share_of_refusals, 0.5);
        let roles: Vec<u64> = j.roles.iter().map(|r| r.1).collect();
        assert_eq!(roles, vec![4, 2, 2, 0, 0]);
        assert_eq!(
            (f.conversations, f.pupils, f.episodes, f.interventions),
            (1, 2, 2, 2)
        );
        close(f.intervention_rate_lo, 0.342_380_227_506_653_1);
        close(f.intervention_rate_hi, 1.0);
        close(f.median_messages_to_intervention, 2.0);
        close(f.median_minutes_to_intervention, 1.0);
        assert_eq!(f.interventions_timed, 1);
        assert_eq!(f.refusal_share, Some(0.0));
        assert_eq!(f.escalation_share_of_refusals, None);
    }

    #[test]
    fn february_relative_to_january() {
        let (anns, eps) = fixture();
        let p = collect(vec![Dim::Period(Period::Month)], &anns, eps);
        let g: Vec<&EpisodeCounts> = p.groups.values().collect();
        let r = compare_interventions("2025-01", g[0], "2025-02", g[1]);
        close(r.diff_b_minus_a, 0.5);
        // Pooled p = 4/6; z = 0.5 / √(2/9 · 3/4).
        close(r.z_b_vs_a, 1.224_744_871_391_589);
        close(r.p_value, 0.220_671_361_919_846_88);
        // A zero cell (no February episode without an intervention): 0.5 added to each cell.
        assert!(r.risk_ratio_corrected);
        close(r.risk_ratio_b_over_a, (2.5 / 3.0) / (2.5 / 5.0));
        close(r.risk_ratio_b_over_a_lo, 0.605_745_452_982_655_1);
        close(r.risk_ratio_b_over_a_hi, 4.585_717_918_475_76);
        // Without a zero cell, no correction.
        let rr = risk_ratio(2, 10, 6, 12, Z95).unwrap();
        assert!(!rr.corrected);
        close(Some(rr.value), 2.5);
        close(Some(rr.lo), 0.639_979_629_388_862_5);
        close(Some(rr.hi), 9.765_935_840_752_194);
        let z = two_proportion_z(2, 10, 6, 12).unwrap();
        close(Some(z.0), 1.456_512_468_682_836_6);
        close(Some(z.1), 0.145_251_005_311_830_3);
        assert_eq!(two_proportion_z(0, 5, 0, 7), None);
        assert_eq!(risk_ratio(1, 0, 1, 2, Z95), None);
    }

    #[test]
    fn medians_of_histograms() {
        assert_eq!(hist_median(&[]), None);
        assert_eq!(hist_median(&[(5.0, 1)]), Some(5.0));
        assert_eq!(hist_median(&[(1.0, 2), (9.0, 2)]), Some(5.0));
        assert_eq!(hist_median(&[(1.0, 1), (2.0, 1), (9.0, 1)]), Some(2.0));
        assert_eq!(hist_median(&[(1.0, 3), (9.0, 1)]), Some(1.0));
    }

    #[test]
    fn shards_merge_to_the_single_run_exactly() {
        let (anns, eps) = fixture();
        let dims = vec![Dim::Meta("platform".into()), Dim::Period(Period::Month)];
        let whole = {
            let mut p = Partial::from_annotations(dims.clone(), &anns).unwrap();
            p.episodes = Some(collect(dims.clone(), &anns, eps.clone()));
            p
        };
        // Shards by conversation: c1 | c2 + c3 (episodes go with their conversation).
        let shard = |convs: &[&str]| {
            let a: Vec<Annotation> = anns
                .iter()
                .filter(|a| convs.contains(&a.conversation_id.as_str()))
                .cloned()
                .collect();
            let e: Vec<Episode> = eps
                .iter()
                .filter(|e| convs.contains(&e.conversation_id.as_str()))
                .cloned()
                .collect();
            let mut p = Partial::from_annotations(dims.clone(), &a).unwrap();
            p.episodes = Some(collect(dims.clone(), &a, e));
            Partial::from_json(&p.to_json().unwrap(), "shard").unwrap()
        };
        let mut merged = shard(&["c1"]);
        merged.merge_from(&shard(&["c2", "c3"])).unwrap();
        assert_eq!(merged, whole);
        let files = render::corpus_files(&whole).unwrap();
        assert!(files.iter().any(|f| f.0 == "episode_stats.csv"));
        assert_eq!(render::corpus_files(&merged).unwrap(), files);
        // A partial without episode counts does not merge with one that has them.
        let mut bare = Partial::from_annotations(dims.clone(), &anns).unwrap();
        assert!(bare.merge_from(&whole).is_err());
    }

    #[test]
    fn an_episode_without_its_opening_message_is_an_error() {
        let (anns, eps) = fixture();
        let mut c = EpisodeCollector::new(vec![]);
        c.begin_file(Path::new("a.jsonl"), Path::new("ep.jsonl"), eps);
        for a in &anns[1..] {
            c.add(a, true).unwrap();
        }
        let e = c.end_file().unwrap_err().to_string();
        assert!(
            e.contains("ep.jsonl") && e.contains("c1:e1") && e.contains("m1"),
            "{e}"
        );
        // A message that is filtered out drops its episodes without error.
        let (anns, eps) = fixture();
        let mut c = EpisodeCollector::new(vec![]);
        c.begin_file(Path::new("a.jsonl"), Path::new("ep.jsonl"), eps);
        for a in &anns {
            c.add(a, a.conversation_id == "c3").unwrap();
        }
        c.end_file().unwrap();
        let t = c.finish().total();
        assert_eq!((t.episodes, t.interventions, t.pupils.len()), (2, 2, 2));
    }
}
