//! The data of the "Episodes and bystanders" section: the bystander intervention rate per
//! period (from `episodes.jsonl` beside the annotations, as `stats` computes it) and up to
//! [`EXAMPLES`] example episodes, reduced to their acts and roles with the speakers renamed
//! Pupil A, B, C (no message text, no ids).

use super::MAX_PERIODS;
use crate::episode::Episode;
use crate::error::Result;
use crate::stats::episodes::{escalated, is_intervention, EpisodeCollector, EpisodeRow};
use crate::stats::partial::{for_each_annotation, Dim};
use crate::stats::period::Period;
use std::path::Path;

/// Example episodes shown.
pub(crate) const EXAMPLES: usize = 3;
/// Acts drawn per example timeline (the rest are counted).
pub(crate) const MAX_ACTS: usize = 12;

/// Episodes and bystanders.
#[derive(Debug, Clone)]
pub(crate) struct EpisodeData {
    /// The period of the rows.
    pub(crate) period: Period,
    /// The whole corpus.
    pub(crate) total: EpisodeRow,
    /// One row per period with messages, in order (undated messages last, as `unknown`).
    pub(crate) by_period: Vec<EpisodeRow>,
    /// The example episodes.
    pub(crate) examples: Vec<Example>,
}

/// One example episode, masked: acts and roles only.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Example {
    /// `image_based_coercion`, `exposure`, ...
    pub(crate) episode_type: String,
    /// The highest severity of its messages.
    pub(crate) severity: u8,
    /// (`Pupil A`, final role), in order of first message.
    pub(crate) pupils: Vec<(String, String)>,
    /// (index into `pupils`, act), in conversation order, at most [`MAX_ACTS`].
    pub(crate) acts: Vec<(usize, String)>,
    /// Acts not drawn.
    pub(crate) more_acts: usize,
    /// Whether a bystander intervened.
    pub(crate) intervention: bool,
    /// Messages from the opening act to the intervention.
    pub(crate) messages_to_intervention: Option<usize>,
}

/// `Pupil A` … `Pupil Z`, then `Pupil 27`, ...
fn pupil_label(i: usize) -> String {
    match u8::try_from(i).ok().filter(|i| *i < 26) {
        Some(i) => format!("Pupil {}", char::from(b'A' + i)),
        None => format!("Pupil {}", i + 1),
    }
}

impl Example {
    /// Mask an episode.
    pub(crate) fn of(e: &Episode) -> Example {
        let mut pupils: Vec<(String, String)> = Vec::new();
        let mut ids: Vec<&str> = Vec::new();
        for p in &e.participants {
            ids.push(&p.speaker);
            pupils.push((pupil_label(pupils.len()), p.role.clone()));
        }
        let mut acts = Vec::new();
        for a in e.acts.iter().take(MAX_ACTS) {
            let i = match ids.iter().position(|s| *s == a.speaker) {
                Some(i) => i,
                None => {
                    ids.push(&a.speaker);
                    pupils.push((pupil_label(pupils.len()), "unknown".into()));
                    ids.len() - 1
                }
            };
            acts.push((i, a.act.clone()));
        }
        Example {
            episode_type: e.episode_type.clone(),
            severity: e.severity,
            pupils,
            more_acts: e.acts.len().saturating_sub(MAX_ACTS),
            acts,
            intervention: is_intervention(e),
            messages_to_intervention: e
                .first_protective_response
                .as_ref()
                .filter(|_| is_intervention(e))
                .map(|r| r.messages_after),
        }
    }
}

/// Up to [`EXAMPLES`] episodes, in file order: the first with a bystander intervention, the
/// first escalation, then those with the most acts.
pub(crate) fn pick_examples(eps: &[Episode]) -> Vec<Example> {
    let mut picked: Vec<usize> = Vec::new();
    let firsts = [
        eps.iter().position(is_intervention),
        eps.iter().position(escalated),
    ];
    for i in firsts.into_iter().flatten() {
        if !picked.contains(&i) {
            picked.push(i);
        }
    }
    let mut rest: Vec<usize> = (0..eps.len()).filter(|i| !picked.contains(i)).collect();
    rest.sort_by_key(|&i| (std::cmp::Reverse(eps[i].acts.len()), i));
    picked.extend(rest);
    picked.truncate(EXAMPLES);
    picked.sort_unstable();
    picked.into_iter().map(|i| Example::of(&eps[i])).collect()
}

/// Read `episodes.jsonl` beside `annotations` and count per `period`; `None` without one.
pub(crate) fn read(annotations: &Path, period: Period) -> Result<Option<EpisodeData>> {
    let Some(path) = crate::output::episodes_beside(annotations) else {
        return Ok(None);
    };
    let eps = crate::output::read_episodes(&path)?;
    let examples = pick_examples(&eps);
    let dims = vec![Dim::Period(period)];
    let mut c = EpisodeCollector::new(dims.clone());
    c.begin_file(annotations, &path, eps);
    for_each_annotation(annotations, |a, line| {
        c.add(&a, true)
            .map_err(|e| e.context(format!("{}:{line}", annotations.display())))
    })?;
    c.end_file()?;
    let p = c.finish();
    if p.groups.len() > MAX_PERIODS {
        crate::bail!(
            "{} periods of episodes: too many to show; choose a coarser --period",
            p.groups.len()
        );
    }
    let total = EpisodeRow::new("all", "all", &p.total());
    let by_period = crate::stats::episodes::episode_rows(&dims, &p);
    Ok(Some(EpisodeData {
        period,
        total,
        by_period,
        examples,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::episodes::tests::fixture;

    #[test]
    fn examples_are_masked_and_picked_by_interest() {
        let (_, eps) = fixture();
        let ex = pick_examples(&eps);
        assert_eq!(ex.len(), 3);
        // e1 (intervention and escalation), then the longest others in file order.
        assert_eq!(ex[0].acts.len(), 3);
        assert!(ex[0].intervention);
        assert_eq!(ex[0].messages_to_intervention, Some(2));
        let names: Vec<&str> = ex[0].pupils.iter().map(|p| p.0.as_str()).collect();
        assert_eq!(names, ["Pupil A", "Pupil B", "Pupil C"]);
        assert_eq!(ex[0].pupils[2].1, "bystander_defender");
        assert_eq!(ex[0].acts[1], (1, "refusal".to_string()));
        let dbg = format!("{ex:?}");
        assert!(!dbg.contains("s1") && !dbg.contains("c1"), "{dbg}");
        assert_eq!(pupil_label(27), "Pupil 28");
    }
}
