//! Rates per group and category, rendered from a [`Partial`] (floats are computed only here).

use super::measures::{clustered_wilson, design_effect, wilson, ClusterSums, Z95};
use super::partial::{group_by_label, group_label, Counts, Partial};
use serde::Serialize;

/// The measures of the long table, in output order.
pub const MEASURES: [&str; 11] = [
    "messages",
    "flagged",
    "per_1000",
    "per_1000_lo",
    "per_1000_hi",
    "per_1000_lo_clustered",
    "per_1000_hi_clustered",
    "design_effect",
    "hits",
    "tokens",
    "per_10k_tokens",
];

/// All measures for one group and category.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CategoryStats {
    /// The category id (fine or top level).
    pub category: String,
    /// Messages in the group.
    pub messages: u64,
    /// Messages flagged for the category.
    pub flagged: u64,
    /// flagged/messages × 1000 (`None` when there are no messages).
    pub per_1000: Option<f64>,
    /// Lower end of the 95% Wilson score interval, ×1000.
    pub per_1000_lo: Option<f64>,
    /// Upper end of the interval, ×1000.
    pub per_1000_hi: Option<f64>,
    /// Lower end of the 95% conversation-clustered interval (Wilson with the effective
    /// sample size n/deff, see [`design_effect`]), ×1000; `None` without messages or when
    /// the conversations are not known.
    pub per_1000_lo_clustered: Option<f64>,
    /// Upper end of the clustered interval, ×1000.
    pub per_1000_hi_clustered: Option<f64>,
    /// Kish's design effect of the rate over conversations (≥ 1).
    pub design_effect: Option<f64>,
    /// Distinct spans of the category.
    pub hits: u64,
    /// Tokens in the group.
    pub tokens: u64,
    /// hits/tokens × 10,000 (`None` when there are no tokens).
    pub per_10k_tokens: Option<f64>,
}

impl CategoryStats {
    /// The measures of `category` for a group's counts, without the clustered interval
    /// (see [`CategoryStats::with_clusters`]).
    pub fn from_counts(category: &str, c: &Counts) -> CategoryStats {
        let flagged = c.flagged(category);
        let hits = c.hits(category);
        let ci = wilson(flagged, c.messages, Z95);
        CategoryStats {
            category: category.to_string(),
            messages: c.messages,
            flagged,
            per_1000: (c.messages > 0).then(|| flagged as f64 * 1000.0 / c.messages as f64),
            per_1000_lo: ci.map(|x| x.0 * 1000.0),
            per_1000_hi: ci.map(|x| x.1 * 1000.0),
            per_1000_lo_clustered: None,
            per_1000_hi_clustered: None,
            design_effect: None,
            hits,
            tokens: c.tokens,
            per_10k_tokens: (c.tokens > 0).then(|| hits as f64 * 10_000.0 / c.tokens as f64),
        }
    }

    /// The measures of `category` for a group's counts and its conversations (each one's
    /// counts), with the conversation-clustered interval and design effect.
    pub fn with_clusters<'a>(
        category: &str,
        c: &Counts,
        conversations: impl IntoIterator<Item = &'a Counts>,
    ) -> CategoryStats {
        let mut s = ClusterSums::default();
        for conv in conversations {
            s.add(conv.messages, conv.flagged(category));
        }
        let ci = clustered_wilson(&s, Z95);
        CategoryStats {
            per_1000_lo_clustered: ci.map(|x| x.0 * 1000.0),
            per_1000_hi_clustered: ci.map(|x| x.1 * 1000.0),
            design_effect: design_effect(&s),
            ..CategoryStats::from_counts(category, c)
        }
    }

    /// The clustered interval when known, else the Wilson interval (×1000).
    pub fn interval(&self) -> (Option<f64>, Option<f64>) {
        match (self.per_1000_lo_clustered, self.per_1000_hi_clustered) {
            (Some(lo), Some(hi)) => (Some(lo), Some(hi)),
            _ => (self.per_1000_lo, self.per_1000_hi),
        }
    }

    /// (measure, value) pairs in [`MEASURES`] order; counts are exact in f64 below 2^53.
    pub fn measures(&self) -> [(&'static str, Option<f64>); 11] {
        [
            ("messages", Some(self.messages as f64)),
            ("flagged", Some(self.flagged as f64)),
            ("per_1000", self.per_1000),
            ("per_1000_lo", self.per_1000_lo),
            ("per_1000_hi", self.per_1000_hi),
            ("per_1000_lo_clustered", self.per_1000_lo_clustered),
            ("per_1000_hi_clustered", self.per_1000_hi_clustered),
            ("design_effect", self.design_effect),
            ("hits", Some(self.hits as f64)),
            ("tokens", Some(self.tokens as f64)),
            ("per_10k_tokens", self.per_10k_tokens),
        ]
    }
}

/// One group's measures for every reported category.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupStats {
    /// `discord|2025-02` (or `all`).
    pub group: String,
    /// The group's value for each dimension.
    pub key: Vec<String>,
    /// One entry per category, in [`Partial::categories`] order.
    pub categories: Vec<CategoryStats>,
}

/// The stats table (`stats.json`; `stats.csv` is its long form).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatsTable {
    /// `platform+month` (or `all`).
    pub group_by: String,
    /// Dimension labels, one per key value.
    pub dimensions: Vec<String>,
    /// The groups, in key order.
    pub groups: Vec<GroupStats>,
}

/// One row of the long table: `group_by,group,category,measure,value`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatRow {
    /// As [`StatsTable::group_by`].
    pub group_by: String,
    /// As [`GroupStats::group`].
    pub group: String,
    /// The category id.
    pub category: String,
    /// One of [`MEASURES`].
    pub measure: &'static str,
    /// `None` when undefined (no messages or no tokens): an empty CSV cell, JSON null.
    pub value: Option<f64>,
}

/// Compute the table: groups in key order, categories in [`Partial::categories`] order.
pub fn stats_table(p: &Partial) -> StatsTable {
    let cats = p.categories();
    let groups = p
        .groups
        .iter()
        .map(|(key, c)| GroupStats {
            group: group_label(key),
            key: key.clone(),
            categories: cats
                .iter()
                .map(|cat| CategoryStats::with_clusters(cat, c, p.clusters(key)))
                .collect(),
        })
        .collect();
    StatsTable {
        group_by: group_by_label(&p.dims),
        dimensions: p.dims.iter().map(|d| d.label().to_string()).collect(),
        groups,
    }
}

impl StatsTable {
    /// The long (tidy) rows: group × category × measure.
    pub fn rows(&self) -> Vec<StatRow> {
        let mut out = Vec::new();
        for g in &self.groups {
            for c in &g.categories {
                for (m, v) in c.measures() {
                    out.push(StatRow {
                        group_by: self.group_by.clone(),
                        group: g.group.clone(),
                        category: c.category.clone(),
                        measure: m,
                        value: v,
                    });
                }
            }
        }
        out
    }

    /// Look up one group's stats for a category.
    pub fn get(&self, group: &str, category: &str) -> Option<&CategoryStats> {
        self.groups
            .iter()
            .find(|g| g.group == group)?
            .categories
            .iter()
            .find(|c| c.category == category)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::partial::tests::ann;
    use crate::stats::partial::{parse_dims, Partial};

    #[test]
    fn rates_and_groups() {
        // 100 messages on platform "chat": 12 flagged coercive.threat; 10 tokens each.
        let mut anns = Vec::new();
        for i in 0..100 {
            let labels: &[&str] = if i < 12 { &["coercive.threat"] } else { &[] };
            let month = if i % 2 == 0 {
                "2025-01-10T09:00:00Z"
            } else {
                "2025-02-10T09:00:00Z"
            };
            anns.push(ann(
                &format!("m{i}"),
                "c1",
                "s1",
                Some(month),
                &[("platform", "chat")],
                labels,
                10,
            ));
        }
        anns.push(ann("x", "c2", "s2", None, &[], &["victim_blaming"], 4));
        let whole = stats_table(&Partial::from_annotations(vec![], &anns).unwrap());
        assert_eq!(whole.group_by, "all");
        let t = whole.get("all", "coercive.threat").unwrap();
        assert_eq!(
            (t.messages, t.flagged, t.hits, t.tokens),
            (101, 12, 12, 1004)
        );
        // 12/101·1000 = 118.8118811881188 (hand: 12000/101).
        assert!((t.per_1000.unwrap() - 12_000.0 / 101.0).abs() < 1e-9);
        // hits per 10k tokens: 12·10000/1004 = 119.52191235059761.
        assert!((t.per_10k_tokens.unwrap() - 120_000.0 / 1004.0).abs() < 1e-9);
        // Bare top-level label counts for the top level only.
        assert_eq!(whole.get("all", "victim_blaming").unwrap().flagged, 1);
        assert_eq!(whole.get("all", "victim_blaming.blame").unwrap().flagged, 0);

        let dims = parse_dims(&["platform"], Some("month")).unwrap();
        let t = stats_table(&Partial::from_annotations(dims, &anns).unwrap());
        assert_eq!(t.group_by, "platform+month");
        let groups: Vec<&str> = t.groups.iter().map(|g| g.group.as_str()).collect();
        assert_eq!(
            groups,
            vec!["chat|2025-01", "chat|2025-02", "unknown|unknown"]
        );
        // Even i (< 12) in January: 6 flagged of 50; Wilson(6/50) — see measures tests for
        // the formula; here only check that the interval brackets the rate.
        let jan = t.get("chat|2025-01", "coercive.threat").unwrap();
        assert_eq!((jan.messages, jan.flagged), (50, 6));
        assert!(jan.per_1000_lo.unwrap() < 120.0 && 120.0 < jan.per_1000_hi.unwrap());
        let rows = t.rows();
        assert_eq!(rows.len(), 3 * 19 * MEASURES.len());
        assert_eq!(rows[0].measure, "messages");
        assert_eq!(rows[0].category, "sexualised");
    }
}
