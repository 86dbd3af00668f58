//! Episode packs (`teach --episodes`): one excerpt per episode of `episodes.jsonl`, from the
//! episode's first to its last message with up to `context` messages either side, masked and
//! checked as [`super::build_pack`] does, with each pupil's role, the episode type and a
//! bystander prompt after each kind of act, all worded by [`EpisodePrompts`].
//!
//! Invariant: excerpts never overlap. Context stops at a message of another episode (its
//! `episode_id`) and at a message already in an excerpt, and episodes of one conversation are
//! disjoint, so no message is shown twice.

use super::prompts::EpisodePrompts;
use super::select::{
    criteria, excerpt, glossary_and_key, pupil_label, render_window, residual_pii, selected,
    validate, window_pupils, Ctx,
};
use super::{
    CategoryInfo, EpisodeHeadings, EpisodeNote, Pack, Provenance, PupilRole, Refusal, Step,
    TeachOptions,
};
use crate::episode::Episode;
use crate::error::{Context, Result};
use crate::model::Annotation;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// An episode's messages: indices of its first and last annotation in the input.
fn locate(
    anns: &[Annotation],
    index: &HashMap<(&str, &str), usize>,
    ep: &Episode,
    record: usize,
) -> Result<(usize, usize)> {
    let find = |id: &str| {
        index
            .get(&(ep.conversation_id.as_str(), id))
            .copied()
            .with_context(|| {
                format!(
                    "episode record {record}: its first or last message is not in the annotations \
                     (were they written by the same annotate run?)"
                )
            })
    };
    let (a, b) = (find(&ep.first_message_id)?, find(&ep.last_message_id)?);
    crate::ensure!(
        a <= b && anns[a].conversation_id == anns[b].conversation_id,
        "episode record {record}: its last message comes before its first"
    );
    Ok((a, b))
}

/// Whether an episode is selected: severity, and (with `--category`) a selected label on one
/// of its messages.
fn wanted(anns: &[Annotation], conv: &[usize], p0: usize, p1: usize, opts: &TeachOptions) -> bool {
    conv[p0..=p1].iter().any(|&i| {
        let a = &anns[i];
        a.severity >= opts.min_severity && a.labels.iter().any(|l| selected(l, &opts.categories))
    })
}

/// The window of an episode at conversation positions `p0..=p1`: up to `k` messages either
/// side that belong to no other episode and to no earlier excerpt.
fn episode_window(
    anns: &[Annotation],
    conv: &[usize],
    (p0, p1): (usize, usize),
    ep: &Episode,
    covered: &[bool],
    k: usize,
) -> Vec<usize> {
    let free = |i: usize| {
        !covered[i]
            && anns[i]
                .episode_id
                .as_deref()
                .is_none_or(|e| e == ep.episode_id)
    };
    let mut start = p0;
    while start > 0 && p0 - start < k && free(conv[start - 1]) {
        start -= 1;
    }
    let mut end = p1;
    while end + 1 < conv.len() && end - p1 < k && free(conv[end + 1]) {
        end += 1;
    }
    conv[start..=end].to_vec()
}

/// Every role, act and type an episode record names has wording in the prompts file (checked
/// for every record, shown or not, so that a typo is never hidden by the selection).
fn check_words(ep: &Episode, words: &EpisodePrompts, record: usize) -> Result<()> {
    let at = |what: &str| format!("episode record {record}: {what}");
    for p in &ep.participants {
        EpisodePrompts::word(&words.roles, "role", &p.role).with_context(|| at("role"))?;
    }
    for a in &ep.acts {
        EpisodePrompts::word(&words.acts, "act", &a.act).with_context(|| at("act"))?;
    }
    EpisodePrompts::word(&words.types, "episode type", &ep.episode_type)
        .with_context(|| at("episode type"))?;
    Ok(())
}

/// The roles and steps of one episode excerpt.
fn episode_note(
    anns: &[Annotation],
    window: &[usize],
    ep: &Episode,
    words: &EpisodePrompts,
    record: usize,
    lang: crate::ui::UiLang,
) -> Result<EpisodeNote> {
    let at = |what: &str| format!("episode record {record}: {what}");
    let pupils = window_pupils(anns, window);
    let fold = crate::redact::names::fold;
    let label = |speaker: &str| {
        let f = fold(speaker);
        pupils
            .iter()
            .position(|p| *p == f)
            .map(|i| pupil_label(i, lang))
    };
    let mut roles: Vec<(usize, PupilRole)> = Vec::new();
    for p in &ep.participants {
        let role =
            EpisodePrompts::word(&words.roles, "role", &p.role).with_context(|| at("role"))?;
        let f = fold(&p.speaker);
        if let Some(i) = pupils.iter().position(|q| *q == f) {
            roles.push((
                i,
                PupilRole {
                    pupil: pupil_label(i, lang),
                    role: role.clone(),
                },
            ));
        }
    }
    roles.sort_by_key(|r| r.0);
    let mut steps = Vec::new();
    let mut seen = BTreeSet::new();
    for act in &ep.acts {
        let w = EpisodePrompts::word(&words.acts, "act", &act.act).with_context(|| at("act"))?;
        if !seen.insert(act.act.as_str()) {
            continue;
        }
        let n = window
            .iter()
            .position(|&i| anns[i].message_id == act.message_id)
            .map_or(0, |n| n + 1);
        let who = label(&act.speaker).unwrap_or_default();
        steps.push(Step {
            after: words.step_line(&who, &w.name, n),
            prompt: w.prompt.clone(),
        });
    }
    let kind = EpisodePrompts::word(&words.types, "episode type", &ep.episode_type)
        .with_context(|| at("episode type"))?;
    Ok(EpisodeNote {
        kind: kind.clone(),
        roles: roles.into_iter().map(|r| r.1).collect(),
        steps,
        closing: words.closing.clone(),
    })
}

/// Build an episode pack from annotations (input order) and their episodes (`episodes.jsonl`
/// order). Errors name the episode record (1-based) or the annotation record.
pub fn build_episode_pack(
    annotations: &[Annotation],
    episodes: &[Episode],
    categories: &BTreeMap<String, CategoryInfo>,
    opts: &TeachOptions,
    words: &EpisodePrompts,
) -> Result<Pack> {
    validate(annotations)?;
    let ui = crate::ui::Ui::builtin(opts.ui_lang);
    let ctx = Ctx::new(annotations, opts);
    let index: HashMap<(&str, &str), usize> = annotations
        .iter()
        .enumerate()
        .map(|(i, a)| ((a.conversation_id.as_str(), a.message_id.as_str()), i))
        .collect();
    let mut excerpts = Vec::new();
    let mut refused = Vec::new();
    let mut warnings = Vec::new();
    let mut covered = vec![false; annotations.len()];
    for (r, ep) in episodes.iter().enumerate() {
        if opts.max_excerpts > 0 && excerpts.len() >= opts.max_excerpts {
            break;
        }
        check_words(ep, words, r + 1)?;
        let (a, b) = locate(annotations, &index, ep, r + 1)?;
        let conv = &ctx.by_conv[annotations[a].conversation_id.as_str()];
        let (p0, p1) = (ctx.pos_in_conv[a], ctx.pos_in_conv[b]);
        if !wanted(annotations, conv, p0, p1, opts) || conv[p0..=p1].iter().any(|&i| covered[i]) {
            continue;
        }
        let window = episode_window(annotations, conv, (p0, p1), ep, &covered, opts.context);
        let act_ids: BTreeSet<&str> = ep.acts.iter().map(|x| x.message_id.as_str()).collect();
        let is_act = |i: usize| act_ids.contains(annotations[i].message_id.as_str());
        let mut rare = BTreeSet::new();
        let (mut messages, cats) = render_window(annotations, &window, &is_act, &ctx, &mut rare);
        if let Some(reason) = residual_pii(&messages, &opts.names) {
            refused.push(Refusal {
                record: a + 1,
                reason,
            });
            continue;
        }
        let episode = episode_note(annotations, &window, ep, words, r + 1, opts.ui_lang)?;
        for (m, &i) in messages.iter_mut().zip(&window) {
            for act in ep
                .acts
                .iter()
                .filter(|x| x.message_id == annotations[i].message_id)
            {
                let name = &words.acts[&act.act].name;
                if !m.acts.contains(name) {
                    m.acts.push(name.clone());
                }
            }
        }
        for &w in &window {
            covered[w] = true;
        }
        let id = format!("EX-{:03}", excerpts.len() + 1);
        if !rare.is_empty() && !opts.mask_rare {
            warnings.push(format!(
                "{id}: {} rare word(s) left unmasked (use --mask-rare to mask): {}",
                rare.len(),
                rare.into_iter().collect::<Vec<_>>().join(", ")
            ));
        }
        // The episode's bystander prompts replace the per-category questions.
        let mut ex = excerpt(id, messages, cats, categories, opts, false);
        for n in &mut ex.categories {
            n.prompts.clear();
        }
        ex.episode = Some(episode);
        excerpts.push(ex);
    }
    let mut criteria = criteria(opts);
    // The context line (the fourth) becomes the episode line.
    criteria[3] = ui.f(
        "teach.criteria.episodes",
        &[("n", &opts.context.to_string())],
    );
    let (glossary, key) = glossary_and_key(&excerpts, categories, ui);
    Ok(Pack {
        ui_lang: opts.ui_lang,
        how_to: opts.notes.how_to(opts.ui_lang).to_vec(),
        key,
        glossary,
        title: opts.title.clone().unwrap_or_else(|| words.title.clone()),
        intro: words.intro.clone(),
        episode_headings: Some(EpisodeHeadings {
            kind: words.type_heading.clone(),
            roles: words.roles_heading.clone(),
            steps: words.steps_heading.clone(),
        }),
        provenance: Provenance {
            lexicon_name: opts.lexicon_name.clone(),
            lexicon_version: opts.lexicon_version.clone(),
            date: opts.date.clone(),
            criteria,
            mask: opts.mask,
            mask_rare: opts.mask_rare,
            included: excerpts.len(),
            refused: refused.len(),
        },
        excerpts,
        refused,
        warnings,
    })
}
