//! Context features end to end: training data in conversations, contexts computed by the one
//! conversation walk (lexicon, patterns, rules) for training and annotation, batch-size
//! invariance, folds of whole conversations, and older model files.

mod common;
use common::*;

use c2chat::annotate::{Annotator, ModelScorer, Scorer, StreamState};
use c2chat::classify::{HeadMatrix, MessageContext, Model, TrainConfig, TrainExample};
use c2chat::lexicon::LexiconRef;
use c2chat::matcher::Matcher;
use c2chat::model::Message;
use c2chat::rules::Rules;
use predicates::prelude::*;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Mutex, OnceLock};

/// Openers the core lexicon labels `coercive.image_request`, and harmless ones it does not.
const REQUESTS: &[&str] = &[
    "send me a pic",
    "snap me a photo of u",
    "send nudes",
    "can i see a pic of u",
];
const QUESTIONS: &[&str] = &[
    "what time is practice",
    "is the bus late",
    "u coming",
    "wheres the homework",
];
const REPLIES: &[&str] = &["ok", "lol", "maybe", "hmm", "idk"];

/// One JSONL line of a training or input file.
fn line(conv: &str, id: &str, speaker: &str, text: &str, gold: &[&str]) -> String {
    serde_json::json!({
        "conversation_id": conv, "message_id": id, "speaker": speaker,
        "text": text, "gold": gold,
    })
    .to_string()
        + "\n"
}

/// Conversations in which a bare "??" is `coercive.pressure` after the same speaker's image
/// request and harmless after a harmless question; the other speaker replies in between
/// half of the time (so the request is one or two messages back). Deterministic by `seed`.
fn conversations(n: usize, seed: u64, prefix: &str) -> String {
    let mut rng = c2chat::rng::SplitMix64::from_state(seed);
    let mut out = String::new();
    for c in 0..n {
        let conv = format!("{prefix}{c}");
        let id = |k: usize| format!("{conv}-{k}");
        let harmful = c % 2 == 0;
        let (opener, gold): (&[&str], &[&str]) = if harmful {
            (REQUESTS, &["coercive.image_request"])
        } else {
            (QUESTIONS, &[])
        };
        out += &line(
            &conv,
            &id(1),
            "a",
            opener[rng.below_mod(opener.len())],
            gold,
        );
        let mut k = 2;
        if rng.below_mod(2) == 0 {
            out += &line(
                &conv,
                &id(k),
                "b",
                REPLIES[rng.below_mod(REPLIES.len())],
                &[],
            );
            k += 1;
        }
        let pressure: &[&str] = if harmful { &["coercive.pressure"] } else { &[] };
        out += &line(&conv, &id(k), "a", "??", pressure);
        out += &line(
            &conv,
            &id(k + 1),
            "b",
            REPLIES[rng.below_mod(REPLIES.len())],
            &[],
        );
    }
    out
}

fn train_cli(data: &[&Path], out: &Path, extra: &[&str]) {
    c2chat()
        .arg("train")
        .args(data)
        .args(["--folds", "5", "-q", "--out"])
        .arg(out)
        .args(extra)
        .assert()
        .success();
}

/// The cross-validated F1 of one head of a model file.
fn cv_f1(model: &serde_json::Value, label: &str) -> f64 {
    model["heads"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["label"] == label)
        .unwrap()["cv"]["f1"]
        .as_f64()
        .unwrap()
}

#[test]
fn a_context_model_learns_pressure_after_a_request_and_a_text_model_cannot() {
    let d = tempfile::tempdir().unwrap();
    let data = d.path().join("train.jsonl");
    std::fs::write(&data, conversations(120, 1, "t")).unwrap();
    let (ctx, plain) = (d.path().join("ctx.model"), d.path().join("plain.model"));
    train_cli(&[&data], &ctx, &[]);
    train_cli(&[&data], &plain, &["--no-context"]);
    let (mc, mp) = (read_model_header(&ctx), read_model_header(&plain));
    assert_eq!(mc["config"]["context_window"], 4);
    assert_eq!(mp["config"]["context_window"], 0);
    assert_eq!(mc["training"]["cv_grouping"], "conversation");
    assert_eq!(mc["training"]["n_conversations"], 120);
    assert!(mc["features"]["context_features"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t == "ctx:same:coercive.image_request"));
    assert!(mp["features"].get("context_features").is_none());
    let (fc, fp) = (
        cv_f1(&mc, "coercive.pressure"),
        cv_f1(&mp, "coercive.pressure"),
    );
    assert!(fc > 0.95, "context model: CV F1 {fc}");
    assert!(fp < 0.75, "text-only model: CV F1 {fp}");

    // Annotation computes the same context: "??" after a request is pressure, after a
    // question it is not; the text-only model scores both alike.
    let input = d.path().join("in.jsonl");
    std::fs::write(&input, conversations(20, 2, "x")).unwrap();
    let score_of = |model: &Path| -> Vec<(bool, f64)> {
        let out = d.path().join(format!(
            "o-{}",
            model.file_name().unwrap().to_string_lossy()
        ));
        c2chat()
            .arg("annotate")
            .arg(&input)
            .arg("--model")
            .arg(model)
            .arg("--out")
            .arg(&out)
            .arg("-q")
            .assert()
            .success();
        read_jsonl(&out.join("annotations.jsonl"))
            .iter()
            .filter(|a| a["text"] == "??")
            .map(|a| {
                let conv = a["conversation_id"].as_str().unwrap();
                let harmful = conv[1..].parse::<usize>().unwrap() % 2 == 0;
                let labelled = a["labels"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|l| l == "coercive.pressure");
                // The conversation rules label a nudge after one's own request whatever the
                // model (rule.pressure_after_request); the classifier's evidence comes only
                // from the context model.
                assert_eq!(labelled, harmful, "{model:?}: {a}");
                let by_classifier = a["evidence"]["coercive.pressure"]
                    .as_array()
                    .is_some_and(|v| v.iter().any(|s| s == "classifier"));
                assert_eq!(
                    by_classifier,
                    harmful && model == ctx.as_path(),
                    "{model:?}: {a}"
                );
                (harmful, a["scores"]["coercive.pressure"].as_f64().unwrap())
            })
            .collect()
    };
    let with = score_of(&ctx);
    assert_eq!(with.len(), 20);
    assert!(with
        .iter()
        .all(|&(h, s)| if h { s >= 0.9 } else { s < 0.5 }));
    let without = score_of(&plain);
    assert!(without.windows(2).all(|w| w[0].1 == w[1].1));
    let m = read_json(&d.path().join("o-ctx.model/manifest.json"));
    assert_eq!(m["model"]["context_window"], 4);
}

/// The core lexicon's matcher and rules.
fn core() -> (Matcher, Rules) {
    let lex = LexiconRef::default_core().load().unwrap();
    let rules = Rules::new(&lex.rules, None).unwrap();
    (Matcher::new(lex).unwrap(), rules)
}

/// The messages of a JSONL text (as written by [`conversations`]).
fn messages(jsonl: &str) -> Vec<Message> {
    jsonl
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let s = |k: &str| v[k].as_str().unwrap().to_string();
            Message {
                corpus: "t".into(),
                conversation_id: s("conversation_id"),
                message_id: s("message_id"),
                timestamp: None,
                speaker: s("speaker"),
                text: s("text"),
                meta: Default::default(),
                speaker_pseudonymised: false,
                file: String::new(),
                line: 0,
            }
        })
        .collect()
}

/// Interleave the conversations' messages round-robin, so that every conversation runs
/// across many batches.
fn interleaved(msgs: Vec<Message>) -> Vec<Message> {
    let mut by_conv: BTreeMap<String, Vec<Message>> = BTreeMap::new();
    for m in msgs {
        by_conv
            .entry(m.conversation_id.clone())
            .or_default()
            .push(m);
    }
    let mut queues: Vec<std::collections::VecDeque<Message>> =
        by_conv.into_values().map(Into::into).collect();
    let mut out = Vec::new();
    while queues.iter().any(|q| !q.is_empty()) {
        for q in &mut queues {
            if let Some(m) = q.pop_front() {
                out.push(m);
            }
        }
    }
    out
}

/// A context model trained through the library: contexts by `fill_contexts`.
fn context_model(matcher: &Matcher, rules: &Rules) -> Model {
    let d = tempfile::tempdir().unwrap();
    let data = d.path().join("t.jsonl");
    std::fs::write(&data, conversations(80, 3, "t")).unwrap();
    let mut examples = c2chat::classify::load_jsonl_examples(&data).unwrap();
    let cfg = TrainConfig::default();
    let annotator = Annotator {
        matcher,
        rules,
        scorer: None,
    };
    annotator.fill_contexts(&mut examples, cfg.context_window);
    let labels = vec!["coercive.pressure".to_string()];
    let m = c2chat::classify::train(&examples, &labels, &cfg, None, "d".into()).unwrap();
    assert!(m.context_window() > 0);
    m
}

#[test]
fn annotations_do_not_depend_on_the_batch_size() {
    let (matcher, rules) = core();
    let model = context_model(&matcher, &rules);
    let msgs = interleaved(messages(&conversations(60, 4, "s")));
    // `matrix`: the scorer's heads laid out feature by feature, or each head's own weights.
    let run_with = |matrix: Option<&OnceLock<HeadMatrix>>, batch: usize| -> Vec<String> {
        let scorer = ModelScorer {
            model: &model,
            matcher: None,
            min_score: 0.0,
            matrix,
        };
        let annotator = Annotator {
            matcher: &matcher,
            rules: &rules,
            scorer: Some(&scorer),
        };
        let mut st = StreamState::default();
        msgs.chunks(batch)
            .flat_map(|b| annotator.annotate_batch(b.to_vec(), &mut st))
            .map(|a| c2chat::output::annotation_line(&a))
            .collect()
    };
    let run = |batch: usize| run_with(None, batch);
    let whole = run(8192);
    assert_eq!(whole.len(), msgs.len());
    // Not vacuous: the classifier's labels here come from the context.
    let by_classifier = whole
        .iter()
        .filter(|l| l.contains("\"??\"") && l.contains("classifier"))
        .count();
    assert_eq!(
        by_classifier, 30,
        "every ?? after a request, and only those"
    );
    for batch in [1, 7] {
        assert!(
            run(batch) == whole,
            "batch size {batch} changes annotations"
        );
    }
    // The same bytes when the heads are scored from a head matrix.
    let matrix = OnceLock::new();
    assert!(matrix.set(model.head_matrix()).is_ok());
    for batch in [1, 7, 8192] {
        assert!(
            run_with(Some(&matrix), batch) == whole,
            "the head matrix changes annotations (batch size {batch})"
        );
    }
}

/// Records the contexts and lexicon hits an annotator hands its scorer.
struct Recorder(
    Mutex<Vec<MessageContext>>,
    Mutex<Vec<(String, Vec<String>)>>,
);

impl Scorer for Recorder {
    fn context_window(&self) -> usize {
        2
    }
    fn scores(
        &self,
        texts: &[&str],
        contexts: &[MessageContext],
        hits: &[&[String]],
    ) -> Vec<c2chat::scores::Scores> {
        assert_eq!(texts.len(), contexts.len());
        assert_eq!(texts.len(), hits.len());
        self.0.lock().unwrap().extend_from_slice(contexts);
        let mut h = self.1.lock().unwrap();
        h.extend(
            texts
                .iter()
                .zip(hits)
                .map(|(t, x)| (t.to_string(), x.to_vec())),
        );
        vec![c2chat::scores::Scores::new(); texts.len()]
    }
    fn is_positive(&self, _category: &str, _score: f64) -> bool {
        false
    }
}

#[test]
fn training_and_annotation_compute_the_same_contexts() {
    let (matcher, rules) = core();
    // One conversation: a request, a refusal, pressure (labelled by the rule), a reply.
    let jsonl = [
        line("c", "1", "a", "send me a pic", &[]),
        line("c", "2", "b", "no", &[]),
        line("c", "3", "a", "come on", &[]),
        line("c", "4", "b", "tell a teacher", &[]),
        line("c", "5", "a", "whatever", &[]),
        line("c", "6", "b", "ok", &[]),
    ]
    .concat();
    let rec = Recorder(Mutex::new(Vec::new()), Mutex::new(Vec::new()));
    let annotator = Annotator {
        matcher: &matcher,
        rules: &rules,
        scorer: Some(&rec),
    };
    let anns = annotator.annotate_batch(messages(&jsonl), &mut StreamState::default());
    assert!(anns[2].labels.contains(&"coercive.pressure".to_string()));
    // The scorer gets the lexicon hits of the annotator's own matching: the same as matching
    // each text again, and without the rules' labels (the pressure on "come on").
    let hits = rec.1.into_inner().unwrap();
    assert_eq!(hits.len(), 6);
    for (t, h) in &hits {
        assert_eq!(h, &matcher.categories_hit(t), "{t}");
    }
    // "send me a pic": a lexicon and a pattern span, both image requests.
    assert!(!hits[0].1.is_empty());
    assert!(
        hits[0].1.iter().all(|c| c == "coercive.image_request"),
        "{:?}",
        hits[0]
    );
    assert!(hits[2].1.is_empty(), "{:?}", hits[2]);
    let seen: Vec<MessageContext> = rec.0.into_inner().unwrap();
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("c.jsonl");
    std::fs::write(&p, &jsonl).unwrap();
    let mut examples = c2chat::classify::load_jsonl_examples(&p).unwrap();
    let plain = Annotator {
        matcher: &matcher,
        rules: &rules,
        scorer: None,
    };
    plain.fill_contexts(&mut examples, 2);
    let filled: Vec<MessageContext> = examples.iter().map(|e| e.context.clone()).collect();
    assert_eq!(seen, filled);
    // Message 4 ("tell a teacher", b) sees the rule's pressure on "come on" (a, 1 back); the
    // refusal (b, 2 back) has no label, so it is no item, and the request is 3 back.
    let c4 = &examples[3].context;
    assert_eq!(c4.items.len(), 1);
    assert_eq!(c4.items[0].distance, 1);
    assert!(!c4.items[0].same_speaker);
    assert!(c4.items[0]
        .labels
        .contains(&"coercive.pressure".to_string()));
    assert!(c4
        .tokens(2)
        .contains(&"ctx:other:coercive.pressure".to_string()));
    // Window 2: message 6 (b) sees 5 (no label) and 4 (b's own report), not 3.
    let t6 = examples[5].context.tokens(2);
    assert!(
        t6.iter().any(|t| t.starts_with("ctx:same:protective")),
        "{t6:?}"
    );
    assert!(!t6.iter().any(|t| t.contains("coercive")), "{t6:?}");
    // An example without a conversation has no context.
    let mut lone = vec![TrainExample::new("??", vec![])];
    plain.fill_contexts(&mut lone, 4);
    assert!(lone[0].context.is_empty());
}

#[test]
fn training_reads_directories_and_several_files_alike() {
    let d = tempfile::tempdir().unwrap();
    let dir = d.path().join("convs");
    std::fs::create_dir(&dir).unwrap();
    let (a, b) = (conversations(30, 5, "a"), conversations(30, 6, "b"));
    std::fs::write(dir.join("a.jsonl"), &a).unwrap();
    std::fs::write(dir.join("b.jsonl"), &b).unwrap();
    let all = d.path().join("all.jsonl");
    std::fs::write(&all, format!("{a}{b}")).unwrap();
    let out = |n: &str| d.path().join(n);
    train_cli(&[&dir], &out("dir.model"), &[]);
    train_cli(
        &[&dir.join("a.jsonl"), &dir.join("b.jsonl")],
        &out("files.model"),
        &[],
    );
    train_cli(&[&all], &out("all.model"), &[]);
    let bytes = |n: &str| std::fs::read(out(n)).unwrap();
    // The data hash of several files is that of their concatenation, so all three agree.
    assert_eq!(bytes("dir.model"), bytes("files.model"));
    assert_eq!(bytes("dir.model"), bytes("all.model"));
    let m = read_model_header(&out("dir.model"));
    assert_eq!(
        m["training"]["n_examples"],
        a.lines().count() + b.lines().count()
    );
    assert_eq!(m["training"]["n_conversations"], 60);
}

#[test]
fn older_model_files_still_load_and_score_texts_alone() {
    let m = c2chat::defaults::ModelRef::Builtin.load().unwrap();
    if m.training.cv_grouping.is_none() {
        // The committed default model predates context features.
        assert_eq!(m.config.context_window, 0);
    }
    let texts = ["send me a pic", "??", "tell a teacher"];
    let ctx = vec![
        MessageContext {
            items: vec![c2chat::classify::ContextItem {
                distance: 1,
                same_speaker: true,
                labels: vec!["coercive.image_request".into()],
            }],
        };
        3
    ];
    if m.context_window() == 0 {
        assert_eq!(
            m.predict_scores_in_context(&texts, &ctx, None),
            m.predict_scores(&texts, None)
        );
    }
}

#[test]
fn train_help_documents_context_and_grouped_cv() {
    c2chat()
        .args(["train", "--help"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("--no-context")
                .and(predicate::str::contains("--context-window"))
                .and(predicate::str::contains("ctx:other:coercive.image_request"))
                .and(predicate::str::contains(
                    "Cross-validation (--folds) is by conversation",
                )),
        );
    // Conflicting flags are refused.
    c2chat()
        .args([
            "train",
            "x.jsonl",
            "--out",
            "y",
            "--no-context",
            "--context-window",
            "2",
        ])
        .assert()
        .failure()
        .stderr(predicate::str::contains("cannot be used with"));
}
