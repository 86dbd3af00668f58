//! Where categories occur: dispersion across conversations, co-occurrence matrices and
//! per-speaker profiles. All computed from a [`Partial`].

use super::measures::gries_dp;
use super::partial::Partial;
use serde::Serialize;
use std::collections::BTreeMap;

/// Gries' DP and DPnorm of one category across conversations.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DispersionRow {
    /// The category id.
    pub category: String,
    /// Flagged messages in the corpus.
    pub frequency: u64,
    /// Number of parts (all conversations).
    pub conversations: u64,
    /// Conversations with at least one flagged message.
    pub conversations_with: u64,
    /// ½ Σ |t_i − w_i|, t_i = conversation i's share of the flagged messages, w_i = its share
    /// of all messages. `None` when the category never occurs.
    pub dp: Option<f64>,
    /// DP/(1 − min w_i).
    pub dp_norm: Option<f64>,
}

/// Dispersion of every reported category across the conversations of `p`.
pub fn dispersion(p: &Partial) -> Vec<DispersionRow> {
    let sizes: Vec<u64> = p.conversations.values().map(|c| c.messages).collect();
    p.categories()
        .into_iter()
        .map(|cat| {
            let freqs: Vec<u64> = p.conversations.values().map(|c| c.flagged(&cat)).collect();
            let d = gries_dp(&freqs, &sizes);
            DispersionRow {
                category: cat,
                frequency: freqs.iter().sum(),
                conversations: freqs.len() as u64,
                conversations_with: freqs.iter().filter(|&&f| f > 0).count() as u64,
                dp: d.map(|d| d.dp),
                dp_norm: d.map(|d| d.dp_norm),
            }
        })
        .collect()
}

/// A symmetric category × category count matrix.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Matrix {
    /// `message` or `conversation`.
    pub level: &'static str,
    /// Row and column labels ([`Partial::categories`] order).
    pub categories: Vec<String>,
    /// `counts[i][j]`: units flagged for both i and j; the diagonal counts units flagged for i.
    pub counts: Vec<Vec<u64>>,
}

impl Matrix {
    /// The count for categories `x` and `y`, if both are rows of the matrix.
    pub fn get(&self, x: &str, y: &str) -> Option<u64> {
        let i = self.categories.iter().position(|c| c == x)?;
        let j = self.categories.iter().position(|c| c == y)?;
        Some(self.counts[i][j])
    }
}

fn matrix(
    level: &'static str,
    cats: Vec<String>,
    pairs: &BTreeMap<String, BTreeMap<String, u64>>,
) -> Matrix {
    let counts = cats
        .iter()
        .map(|x| {
            cats.iter()
                .map(|y| {
                    let (lo, hi) = if x <= y { (x, y) } else { (y, x) };
                    pairs.get(lo).and_then(|r| r.get(hi)).copied().unwrap_or(0)
                })
                .collect()
        })
        .collect();
    Matrix {
        level,
        categories: cats,
        counts,
    }
}

/// Message-level co-occurrence (messages flagged for both categories).
pub fn cooccurrence_messages(p: &Partial) -> Matrix {
    matrix("message", p.categories(), &p.cooccurrence)
}

/// Conversation-level co-occurrence (conversations with at least one message flagged for each
/// category, not necessarily the same message).
pub fn cooccurrence_conversations(p: &Partial) -> Matrix {
    let mut pairs: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
    for c in p.conversations.values() {
        let present: Vec<&String> = c
            .flagged
            .iter()
            .filter(|(_, n)| **n > 0)
            .map(|(k, _)| k)
            .collect();
        for (i, x) in present.iter().enumerate() {
            for y in &present[i..] {
                *pairs
                    .entry((*x).clone())
                    .or_default()
                    .entry((*y).clone())
                    .or_default() += 1;
            }
        }
    }
    matrix("conversation", p.categories(), &pairs)
}

/// A speaker with concern-flagged messages in at least this many conversations is "recurring".
pub const RECURRING_MIN_CONVERSATIONS: u64 = 2;
/// A speaker with at least this many concern-flagged messages is "recurring".
pub const RECURRING_MIN_MESSAGES: u64 = 3;

/// `none`, `isolated` or `recurring`.
///
/// * `none`: no concern-flagged message;
/// * `recurring`: flagged messages in ≥ 2 conversations, or ≥ 3 flagged messages;
/// * `isolated`: otherwise, i.e. flagged in exactly one conversation with 1 or 2 flagged
///   messages (two flagged messages within one conversation are treated as one incident).
pub fn pattern(flagged_messages: u64, flagged_conversations: u64) -> &'static str {
    if flagged_messages == 0 {
        "none"
    } else if flagged_conversations >= RECURRING_MIN_CONVERSATIONS
        || flagged_messages >= RECURRING_MIN_MESSAGES
    {
        "recurring"
    } else {
        "isolated"
    }
}

/// One speaker's profile.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpeakerProfile {
    /// The speaker id.
    pub speaker: String,
    /// Messages the speaker wrote.
    pub messages: u64,
    /// Messages with at least one concern label (every category but `protective`).
    pub flagged: u64,
    /// flagged/messages.
    pub flagged_rate: Option<f64>,
    /// Conversations the speaker wrote in.
    pub conversations: u64,
    /// Of those, conversations where the speaker has a concern-flagged message.
    pub conversations_flagged: u64,
    /// (label, messages) sorted by label: every label the speaker's messages carry,
    /// protective included.
    pub categories: Vec<(String, u64)>,
    /// [`pattern`]: `none`, `isolated` or `recurring`.
    pub pattern: &'static str,
}

/// Profiles of every speaker, sorted by speaker id.
pub fn speaker_profiles(p: &Partial) -> Vec<SpeakerProfile> {
    p.speakers
        .iter()
        .map(|(id, s)| {
            let conversations_flagged =
                s.conversations.values().filter(|t| t.flagged > 0).count() as u64;
            SpeakerProfile {
                speaker: id.clone(),
                messages: s.messages,
                flagged: s.flagged,
                flagged_rate: (s.messages > 0).then(|| s.flagged as f64 / s.messages as f64),
                conversations: s.conversations.len() as u64,
                conversations_flagged,
                categories: s.labels.iter().map(|(k, v)| (k.clone(), *v)).collect(),
                pattern: pattern(s.flagged, conversations_flagged),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::partial::tests::ann;
    use crate::stats::partial::Partial;

    #[test]
    fn dp_across_conversations() {
        // Conversations of 10, 5 and 5 messages; coercive.threat flagged 3, 1, 0 times.
        // w = .5,.25,.25; t = .75,.25,0 -> DP = ½(.25+0+.25) = .25; DPnorm = .25/.75 = 1/3.
        let mut anns = Vec::new();
        for (conv, n, k) in [("c1", 10, 3), ("c2", 5, 1), ("c3", 5, 0)] {
            for i in 0..n {
                let l: &[&str] = if i < k { &["coercive.threat"] } else { &[] };
                anns.push(ann(&format!("{conv}-{i}"), conv, "s", None, &[], l, 3));
            }
        }
        let p = Partial::from_annotations(vec![], &anns).unwrap();
        let d = dispersion(&p);
        let r = d.iter().find(|r| r.category == "coercive.threat").unwrap();
        assert_eq!(
            (r.frequency, r.conversations, r.conversations_with),
            (4, 3, 2)
        );
        assert!((r.dp.unwrap() - 0.25).abs() < 1e-12);
        assert!((r.dp_norm.unwrap() - 1.0 / 3.0).abs() < 1e-12);
        let none = d.iter().find(|r| r.category == "protective").unwrap();
        assert_eq!((none.dp, none.frequency), (None, 0));
    }

    #[test]
    fn cooccurrence_levels() {
        let anns = vec![
            ann(
                "1",
                "c1",
                "s",
                None,
                &[],
                &["coercive.threat", "victim_blaming.blame"],
                3,
            ),
            ann("2", "c1", "s", None, &[], &["coercive.pressure"], 3),
            ann("3", "c2", "s", None, &[], &["coercive.threat"], 3),
            ann("4", "c2", "s", None, &[], &["victim_blaming.blame"], 3),
        ];
        let p = Partial::from_annotations(vec![], &anns).unwrap();
        let m = cooccurrence_messages(&p);
        assert_eq!(m.get("coercive.threat", "victim_blaming.blame"), Some(1));
        assert_eq!(m.get("victim_blaming.blame", "coercive.threat"), Some(1));
        assert_eq!(m.get("coercive.threat", "coercive.threat"), Some(2));
        assert_eq!(m.get("coercive", "coercive"), Some(3));
        assert_eq!(m.get("coercive.threat", "coercive.pressure"), Some(0));
        let c = cooccurrence_conversations(&p);
        assert_eq!(c.get("coercive.threat", "victim_blaming.blame"), Some(2));
        assert_eq!(c.get("coercive.threat", "coercive.pressure"), Some(1));
        assert_eq!(c.get("coercive", "coercive"), Some(2));
        for mx in [&m, &c] {
            for i in 0..mx.categories.len() {
                for j in 0..mx.categories.len() {
                    assert_eq!(mx.counts[i][j], mx.counts[j][i]);
                }
            }
        }
    }

    #[test]
    fn speaker_patterns() {
        assert_eq!(pattern(0, 0), "none");
        assert_eq!(pattern(1, 1), "isolated");
        assert_eq!(pattern(2, 1), "isolated");
        assert_eq!(pattern(2, 2), "recurring");
        assert_eq!(pattern(3, 1), "recurring");
        let anns = vec![
            ann("1", "c1", "amber", None, &[], &["coercive.threat"], 3),
            ann(
                "2",
                "c2",
                "amber",
                None,
                &[],
                &["coercive.pressure", "coercive.threat"],
                3,
            ),
            ann(
                "3",
                "c1",
                "blue",
                None,
                &[],
                &["victim_blaming.minimising"],
                3,
            ),
            ann("4", "c1", "blue", None, &[], &[], 3),
            ann("5", "c3", "cyan", None, &[], &["protective"], 3),
        ];
        let p = Partial::from_annotations(vec![], &anns).unwrap();
        let s = speaker_profiles(&p);
        let names: Vec<&str> = s.iter().map(|x| x.speaker.as_str()).collect();
        assert_eq!(names, vec!["amber", "blue", "cyan"]);
        assert_eq!(
            (s[0].flagged, s[0].conversations_flagged, s[0].pattern),
            (2, 2, "recurring")
        );
        assert_eq!(
            s[0].categories,
            vec![
                ("coercive.pressure".to_string(), 1),
                ("coercive.threat".to_string(), 2)
            ]
        );
        assert_eq!(
            (s[1].flagged, s[1].flagged_rate, s[1].pattern),
            (1, Some(0.5), "isolated")
        );
        // Protective language alone is not a concern.
        assert_eq!((s[2].flagged, s[2].pattern), (0, "none"));
        assert_eq!(s[2].categories, vec![("protective".to_string(), 1)]);
    }
}
