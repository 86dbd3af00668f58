//! Corpus statistics and change over time, over `annotations.jsonl`.
//!
//! The flow is: annotations → [`Partial`] (exact integer counts, mergeable across shards) →
//! results (pure functions returning plain structs) → [`render`] (CSV/JSON bytes and files).
//!
//! * [`aggregate`]: rates per group × category (`stats.csv`, `stats.json`);
//! * [`compare`](mod@compare): A vs B per category (LL, χ², Log Ratio, %DIFF, Holm) and Cochran–Armitage
//!   trend across periods;
//! * [`structure`]: dispersion (DP), co-occurrence matrices, speaker profiles;
//! * [`corpus`]: keywords, concordance (KWIC) and collocates over message text;
//! * [`wordlist`]: word and n-gram frequency lists; [`tokens`]: the corpus tokeniser they all
//!   share;
//! * [`episodes`]: episode and bystander statistics (`episode_stats.csv`,
//!   `episode_compare.csv`);
//! * [`measures`]: the formulas themselves; [`period`]: week/month/year/school-term labels.
//!
//! Formulas, references and column layouts: `docs/statistics.md`.

pub mod aggregate;
pub mod compare;
pub mod corpus;
pub mod episodes;
pub mod measures;
pub mod names;
pub mod partial;
pub mod period;
pub mod render;
pub mod structure;
pub mod tokens;
pub mod wordlist;

pub use aggregate::{stats_table, CategoryStats, GroupStats, StatRow, StatsTable, MEASURES};
pub use compare::{
    add_clustered, compare, compare_declared, trend, Basis, CompareOptions, CompareRow, Selector,
    TrendRow,
};
pub use corpus::{
    collocates, concordance, keywords, CollocateOptions, CollocateRow, KeywordOptions, KeywordRow,
    KwicOptions, KwicQuery, KwicRow, KwicSort, Tokenise,
};
pub use episodes::{
    compare_interventions, episode_rows, EpisodeCollector, EpisodeCompareRow, EpisodeCounts,
    EpisodePartial, EpisodeRow, EpisodeStatsError,
};
pub use names::Names;
pub use partial::{
    categories, categories_with, for_each_annotation, merge, parse_dims, Counts, Dim, Partial,
    PARTIAL_FORMAT,
};
pub use period::Period;
pub use structure::{
    cooccurrence_conversations, cooccurrence_messages, dispersion, speaker_profiles, DispersionRow,
    Matrix, SpeakerProfile,
};

#[cfg(test)]
mod tests {
    use super::partial::tests::ann;
    use super::*;
    use crate::model::{Annotation, Source, Span, CATEGORY_IDS};

    use crate::rng::SplitMix64 as Rng;

    fn random_annotation(r: &mut Rng, i: usize) -> Annotation {
        let conv = format!("c{}", r.below(9));
        let speaker = format!("s{}", r.below(7));
        let ts = match r.below(6) {
            0 => None,
            _ => Some(format!(
                "{}-{:02}-{:02}T{:02}:30:00+01:00",
                2023 + r.below(3),
                1 + r.below(12),
                1 + r.below(28),
                r.below(24)
            )),
        };
        let platforms = ["chat", "game", "forum"];
        let meta: Vec<(&str, &str)> = match r.below(4) {
            0 => vec![],
            k => vec![("platform", platforms[(k - 1) as usize])],
        };
        let mut labels: Vec<&str> = Vec::new();
        for _ in 0..r.below(4) {
            let pick = r.below(CATEGORY_IDS.len() as u64 + 2) as usize;
            labels.push(match pick {
                p if p < CATEGORY_IDS.len() => CATEGORY_IDS[p],
                p if p == CATEGORY_IDS.len() => "coercive",
                _ => "unlisted.category",
            });
        }
        let mut a = ann(
            &format!("m{i}"),
            &conv,
            &speaker,
            ts.as_deref(),
            &meta,
            &labels,
            r.below(30) as usize,
        );
        if r.below(3) == 0 {
            if let Some(s) = a.spans.first().cloned() {
                a.spans.push(Span {
                    source: Source::Pattern,
                    ..s
                });
                a.spans.push(Span {
                    start: 3,
                    end: 6,
                    text: "see".into(),
                    ..a.spans[0].clone()
                });
            }
        }
        a
    }

    fn all_bytes(p: &Partial) -> Vec<(&'static str, Vec<u8>)> {
        render::corpus_files(p).unwrap()
    }

    #[test]
    fn merging_shards_equals_one_run_byte_for_byte() {
        let dim_sets: Vec<Vec<Dim>> = vec![
            vec![],
            parse_dims(&["platform"], Some("month")).unwrap(),
            parse_dims(&["speaker"], Some("term")).unwrap(),
            parse_dims(&["conversation"], Some("week")).unwrap(),
        ];
        for seed in 1..=40u64 {
            let mut r = Rng::from_state(seed);
            let n = 1 + r.below(120) as usize;
            let anns: Vec<Annotation> = (0..n).map(|i| random_annotation(&mut r, i)).collect();
            let dims = dim_sets[(seed % dim_sets.len() as u64) as usize].clone();
            let whole = Partial::from_annotations(dims.clone(), &anns).unwrap();
            // Random split into k shards (some possibly empty), each message to a random shard.
            let k = 1 + r.below(5) as usize;
            let mut shards: Vec<Vec<&Annotation>> = vec![Vec::new(); k];
            for a in &anns {
                shards[r.below(k as u64) as usize].push(a);
            }
            let parts: Vec<Partial> = shards
                .iter()
                .map(|s| Partial::from_annotations(dims.clone(), s.iter().copied()).unwrap())
                .collect();
            // Fold in a random order, round-tripping each shard through JSON.
            let mut order: Vec<usize> = (0..k).collect();
            for i in (1..k).rev() {
                order.swap(i, r.below(i as u64 + 1) as usize);
            }
            let mut merged = Partial::new(dims.clone());
            for &i in &order {
                let back = Partial::from_json(&parts[i].to_json().unwrap(), "shard").unwrap();
                merged = merge(&merged, &back).unwrap();
            }
            assert_eq!(merged, whole, "seed {seed}");
            assert_eq!(all_bytes(&merged), all_bytes(&whole), "seed {seed}");
            // Commutativity and associativity on the first three shards.
            if k >= 3 {
                let (a, b, c) = (&parts[0], &parts[1], &parts[2]);
                assert_eq!(merge(a, b).unwrap(), merge(b, a).unwrap());
                assert_eq!(
                    merge(&merge(a, b).unwrap(), c).unwrap().to_json().unwrap(),
                    merge(a, &merge(b, c).unwrap()).unwrap().to_json().unwrap()
                );
            }
        }
    }

    #[test]
    fn output_is_deterministic_under_input_order() {
        let mut r = Rng::from_state(7);
        let anns: Vec<Annotation> = (0..80).map(|i| random_annotation(&mut r, i)).collect();
        let dims = parse_dims(&["platform"], Some("year")).unwrap();
        let fwd = Partial::from_annotations(dims.clone(), &anns).unwrap();
        let rev = Partial::from_annotations(dims, anns.iter().rev()).unwrap();
        assert_eq!(all_bytes(&fwd), all_bytes(&rev));
    }
}
