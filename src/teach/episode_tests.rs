//! Tests of episode packs (`teach --episodes`): roles, prompts per act, masking, refusals,
//! and windows that never overlap.

use super::tests::{cats, corpus, opts};
use super::*;
use crate::episode::{Act, Episode, Participant};
use crate::model::{Annotation, CATEGORY_IDS, TOP_LEVEL_IDS};
use std::collections::BTreeSet;

fn act(m: &str, s: &str, a: &str) -> Act {
    Act {
        message_id: m.into(),
        speaker: s.into(),
        act: a.into(),
    }
}

/// An episode record over `first..=last` with these acts and participants; the annotations in
/// that range get its id (as annotate gives them).
fn episode(
    anns: &mut [Annotation],
    id: &str,
    (first, last): (&str, &str),
    acts: Vec<Act>,
    roles: &[(&str, &str)],
    kind: &str,
) -> Episode {
    let conv = anns
        .iter()
        .find(|a| a.message_id == first)
        .unwrap()
        .conversation_id
        .clone();
    let mut inside = false;
    for a in anns.iter_mut() {
        inside |= a.message_id == first;
        if inside {
            a.episode_id = Some(id.into());
        }
        if a.message_id == last {
            break;
        }
    }
    Episode {
        episode_id: id.into(),
        conversation_id: conv,
        first_message_id: first.into(),
        last_message_id: last.into(),
        start: None,
        end: None,
        acts,
        episode_type: kind.into(),
        severity: 2,
        participants: roles
            .iter()
            .map(|(s, r)| Participant {
                speaker: s.to_string(),
                role: r.to_string(),
            })
            .collect(),
        first_protective_response: None,
        messages: 0,
    }
}

/// The test corpus with one episode per conversation.
fn corpus_with_episodes() -> (Vec<Annotation>, Vec<Episode>) {
    let mut anns = corpus();
    let eps = vec![
        episode(
            &mut anns,
            "conv-alpha-7781:e1",
            ("msg-0003", "msg-0006"),
            vec![
                act("msg-0003", "spk_zulu", "image_request"),
                act("msg-0004", "spk_yankee", "refusal"),
                act("msg-0005", "spk_zulu", "pressure"),
                act("msg-0005", "spk_zulu", "secrecy"),
                act("msg-0006", "spk_xray", "protective"),
            ],
            &[
                ("spk_zulu", "harasser"),
                ("spk_yankee", "target"),
                ("spk_xray", "bystander_defender"),
            ],
            "image_based_coercion",
        ),
        episode(
            &mut anns,
            "conv-bravo-4410:e1",
            ("msg-0007", "msg-0008"),
            vec![
                act("msg-0007", "spk_alpha", "appearance"),
                act("msg-0008", "spk_bravo", "blame"),
            ],
            &[
                ("spk_alpha", "harasser"),
                ("spk_bravo", "bystander_assistant"),
            ],
            "unwanted_sexualisation",
        ),
        episode(
            &mut anns,
            "conv-charlie-2290:e1",
            ("msg-0010", "msg-0010"),
            vec![act("msg-0010", "spk_charlie", "minimising")],
            &[("spk_charlie", "harasser")],
            "victim_blaming_discussion",
        ),
    ];
    (anns, eps)
}

fn words() -> EpisodePrompts {
    EpisodePrompts::builtin().unwrap()
}

fn pack(o: &TeachOptions) -> Pack {
    let (anns, eps) = corpus_with_episodes();
    build_episode_pack(&anns, &eps, &cats(), o, &words()).unwrap()
}

#[test]
fn roles_are_named_and_every_kind_of_act_has_its_prompt() {
    let w = words();
    let p = pack(&TeachOptions {
        context: 2,
        ..opts()
    });
    let ex = &p.excerpts[0];
    let ep = ex.episode.as_ref().expect("an episode note");
    // Two messages of context before the request; speakers in order of appearance.
    assert_eq!(ex.messages.len(), 6);
    assert_eq!(
        ep.roles_line(),
        format!(
            "Pupil A, {}; Pupil B, {}; Pupil C, {}",
            w.roles["harasser"], w.roles["target"], w.roles["bystander_defender"]
        )
    );
    assert_eq!(ep.kind, w.types["image_based_coercion"]);
    let kinds = [
        "image_request",
        "refusal",
        "pressure",
        "secrecy",
        "protective",
    ];
    assert_eq!(ep.steps.len(), kinds.len(), "one step per kind of act");
    let at = [3, 4, 5, 5, 6];
    let who = ["Pupil A", "Pupil B", "Pupil A", "Pupil A", "Pupil C"];
    for (i, k) in kinds.iter().enumerate() {
        assert_eq!(ep.steps[i].prompt, w.acts[*k].prompt);
        assert_eq!(
            ep.steps[i].after,
            w.step_line(who[i], &w.acts[*k].name, at[i])
        );
    }
    assert_eq!(ep.closing, w.closing);
    // Act messages are flagged and carry their acts; context is not.
    assert!(!ex.messages[0].flagged && ex.messages[0].acts.is_empty());
    assert_eq!(
        ex.messages[4].acts,
        vec![
            w.acts["pressure"].name.clone(),
            w.acts["secrecy"].name.clone()
        ]
    );
    assert!(ex.messages[3].flagged, "a refusal is an act");
    // The per-category prompts give way to the episode's.
    assert!(ex.categories.iter().all(|c| c.prompts.is_empty()));
    assert_eq!(p.title, w.title);
}

#[test]
fn masking_applies_and_residual_pii_is_refused() {
    // With context the bravo episode takes in the phone number and is withheld.
    let p = pack(&TeachOptions {
        context: 2,
        ..opts()
    });
    assert_eq!(p.refused.len(), 1);
    assert_eq!(p.refused[0].record, 7, "the episode's first message");
    assert!(p.refused[0].reason.starts_with("residual PII: PHONE"));
    // Without context it is shown, its sexualised wording masked.
    let p = pack(&TeachOptions {
        context: 0,
        ..opts()
    });
    assert!(p.refused.is_empty());
    let bravo: Vec<String> = p.excerpts[1]
        .messages
        .iter()
        .map(ExcerptMessage::text)
        .collect();
    assert_eq!(bravo[0], "ur so f*** <b>&");
    let p = pack(&TeachOptions {
        context: 0,
        mask: Mask::Full,
        ..opts()
    });
    assert!(p.excerpts[1].messages[0]
        .text()
        .contains("[SEXUALISED TERM]"));
    // Speaker ids inside text become pupil labels; no id reaches the outputs.
    let p = pack(&TeachOptions {
        context: 1,
        ..opts()
    });
    let out = render_markdown(&p) + &render_html(&p);
    for id in ["spk_", "msg-", "conv-", ":e1"] {
        assert!(!out.contains(id), "{id} leaked");
    }
}

#[test]
fn excerpts_never_overlap_and_context_stops_at_another_episode() {
    let mut anns = corpus();
    // Two episodes in conversation alpha with one free message between them.
    let eps = vec![
        episode(
            &mut anns,
            "a:e1",
            ("msg-0002", "msg-0003"),
            vec![act("msg-0003", "spk_zulu", "image_request")],
            &[("spk_zulu", "harasser"), ("spk_yankee", "target")],
            "image_based_coercion",
        ),
        episode(
            &mut anns,
            "a:e2",
            ("msg-0005", "msg-0006"),
            vec![act("msg-0005", "spk_zulu", "pressure")],
            &[("spk_zulu", "harasser")],
            "image_based_coercion",
        ),
    ];
    let o = TeachOptions {
        context: 5,
        categories: vec!["coercive".into()],
        ..opts()
    };
    let p = build_episode_pack(&anns, &eps, &cats(), &o, &words()).unwrap();
    assert_eq!(p.excerpts.len(), 2);
    let texts: Vec<Vec<String>> = p
        .excerpts
        .iter()
        .map(|e| e.messages.iter().map(ExcerptMessage::text).collect())
        .collect();
    // e1: msg 1 (context), 2-3, msg 4 (context); e2 cannot take msg 4 again.
    assert_eq!(texts[0].len(), 4, "{texts:?}");
    assert_eq!(texts[0][3], "no");
    assert_eq!(texts[1].len(), 2, "{texts:?}");
    let all: Vec<&String> = texts.iter().flatten().collect();
    let distinct: BTreeSet<&String> = all.iter().copied().collect();
    assert_eq!(all.len(), distinct.len(), "a message shown twice");
    // Context never reaches into another (unselected) episode.
    let o = TeachOptions {
        categories: vec!["coercive.pressure".into()],
        ..o
    };
    let p = build_episode_pack(&anns, &eps, &cats(), &o, &words()).unwrap();
    assert_eq!(p.excerpts.len(), 1);
    assert_eq!(p.excerpts[0].messages[0].text(), "no");
}

/// An error with its sources, as the CLI prints it.
fn chain(e: crate::Error) -> String {
    let mut out = e.to_string();
    let mut src = std::error::Error::source(&e);
    while let Some(s) = src {
        out.push_str(&format!(": {s}"));
        src = s.source();
    }
    out
}

#[test]
fn unknown_act_or_missing_message_names_the_record() {
    let (anns, mut eps) = corpus_with_episodes();
    eps[1].acts[0].act = "apearance".into();
    let e = chain(build_episode_pack(&anns, &eps, &cats(), &opts(), &words()).unwrap_err());
    assert!(e.contains("episode record 2"), "{e}");
    assert!(e.contains(r#"did you mean "appearance"?"#), "{e}");
    let (anns, mut eps) = corpus_with_episodes();
    eps[2].last_message_id = "msg-9999".into();
    let e = chain(build_episode_pack(&anns, &eps, &cats(), &opts(), &words()).unwrap_err());
    assert!(
        e.contains("episode record 3") && e.contains("not in the annotations"),
        "{e}"
    );
}

#[test]
fn builtin_prompts_word_every_role_type_and_act() {
    let w = words();
    for r in [
        "harasser",
        "target",
        "bystander_defender",
        "bystander_assistant",
        "bystander_other",
    ] {
        assert!(!w.roles[r].trim().is_empty(), "role {r}");
    }
    for t in [
        "image_based_coercion",
        "exposure",
        "sexualised_bullying",
        "unwanted_sexualisation",
        "victim_blaming_discussion",
    ] {
        assert!(!w.types[t].trim().is_empty(), "type {t}");
    }
    let acts = CATEGORY_IDS
        .iter()
        .map(|c| c.rsplit('.').next().unwrap())
        .chain(TOP_LEVEL_IDS.iter().copied())
        .chain(crate::episode::STEP_ACTS);
    for a in acts {
        let p = w.acts.get(a).unwrap_or_else(|| panic!("act {a}"));
        assert!(!p.name.is_empty() && p.prompt.ends_with('?'), "act {a}");
    }
    // A typo in the tables is an error naming the file and line.
    let bad = crate::defaults::teach_prompts_toml().replace("steps_heading", "step_heading");
    let e = EpisodePrompts::parse(&bad, "x.toml")
        .unwrap_err()
        .to_string();
    assert!(
        e.starts_with("x.toml:") && e.contains("step_heading"),
        "{e}"
    );
}

#[test]
fn renders_roles_steps_and_act_tags() {
    let p = pack(&TeachOptions {
        context: 0,
        ..opts()
    });
    let w = words();
    let h = p.episode_headings.as_ref().unwrap();
    let md = render_markdown(&p);
    let html = render_html(&p);
    let ep = p.excerpts[0].episode.as_ref().unwrap();
    for out in [&md, &html] {
        assert!(out.contains(&h.steps) && out.contains(&h.roles), "headings");
        assert!(out.contains("Pupil A, harasser"), "roles line");
        assert!(out.contains(&w.acts["refusal"].name), "act tag");
    }
    assert!(html.contains(&crate::html::escape(&ep.steps[0].after)));
    assert!(html.contains(&crate::html::escape(&w.acts["secrecy"].prompt)));
    assert!(md.contains(&super::markdown::md_escape(&w.acts["secrecy"].prompt)));
    assert!(!html.contains("Discussion prompts"));
}
