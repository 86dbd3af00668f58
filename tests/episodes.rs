//! Episodes end to end: `annotate` writes `episodes.jsonl` as part of its output set, and an
//! episode that spans two batches of 8,192 messages is the same as when its conversation is
//! annotated alone. Messages are invented for these tests.

mod common;
use common::*;

/// One conversation (`cx`) with an episode: a request, a refusal, pressure, a bystander's
/// challenge, a report.
const CONV: [(&str, &str); 6] = [
    ("p1", "send me a pic of u"),
    ("p2", "no"),
    ("p1", "come on just one"),
    ("p3", "mate leave her alone thats not ok"),
    ("p2", "im blocking u and telling my mum"),
    ("p3", "good"),
];

fn conv_rows(first_minute: usize) -> String {
    CONV.iter()
        .enumerate()
        .map(|(i, (spk, text))| {
            let m = first_minute + i;
            format!(
                "cx,x{i},2025-03-01T{:02}:{:02}:00Z,{spk},{text}\n",
                10 + m / 60,
                m % 60
            )
        })
        .collect()
}

fn annotate(csv: &std::path::Path, out: &std::path::Path) {
    c2chat()
        .arg("annotate")
        .arg(csv)
        .args(["--no-model", "-q", "--out"])
        .arg(out)
        .assert()
        .success();
}

#[test]
fn an_episode_across_two_batches_equals_the_conversation_alone() {
    let d = tempfile::tempdir().unwrap();
    let header = "conversation_id,message_id,timestamp,speaker,text\n";
    // 8,189 harmless one-message conversations, then the episode: its messages are rows
    // 8,190 to 8,195, across the first batch boundary (8,192).
    let mut big = String::from(header);
    for i in 0..8189 {
        big.push_str(&format!(
            "f{i},f{i},2025-03-01T09:00:00Z,q{},what time is practice\n",
            i % 50
        ));
    }
    big.push_str(&conv_rows(0));
    let alone = format!("{header}{}", conv_rows(0));
    let (big_csv, alone_csv) = (d.path().join("big.csv"), d.path().join("alone.csv"));
    std::fs::write(&big_csv, big).unwrap();
    std::fs::write(&alone_csv, alone).unwrap();
    let (o1, o2) = (d.path().join("o1"), d.path().join("o2"));
    annotate(&big_csv, &o1);
    annotate(&alone_csv, &o2);
    let e1 = read_jsonl(&o1.join("episodes.jsonl"));
    let e2 = read_jsonl(&o2.join("episodes.jsonl"));
    assert_eq!(e1, e2);
    assert_eq!(e1.len(), 1);
    let e = &e1[0];
    assert_eq!(e["episode_id"], "cx:e1");
    assert_eq!(e["first_message_id"], "x0");
    assert_eq!(e["last_message_id"], "x4");
    let roles: Vec<(String, String)> = e["participants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["speaker"].as_str().unwrap().into(),
                p["role"].as_str().unwrap().into(),
            )
        })
        .collect();
    let want = [
        ("p1", "harasser"),
        ("p2", "target"),
        ("p3", "bystander_defender"),
    ];
    assert_eq!(roles, want.map(|(s, r)| (s.to_string(), r.to_string())));
    let r = &e["first_protective_response"];
    assert_eq!(r["message_id"], "x3");
    assert_eq!(r["role"], "bystander_defender");
    assert_eq!(r["messages_after"], 3);
    assert_eq!(r["seconds_after"], 180);
    // Each annotation of the conversation carries the episode and its speaker's role.
    let anns = read_jsonl(&o1.join("annotations.jsonl"));
    let x: Vec<&serde_json::Value> = anns
        .iter()
        .filter(|a| a["conversation_id"] == "cx")
        .collect();
    assert!(x.iter().all(|a| a["episode_id"] == "cx:e1"));
    assert_eq!(x[1]["role"], "target");
    assert!(anns
        .iter()
        .filter(|a| a["conversation_id"] != "cx")
        .all(|a| a.get("episode_id").is_none() && a.get("role").is_none()));
    // episodes.jsonl is part of the output set: listed in the manifest, mode 0600.
    let m = read_json(&o1.join("manifest.json"));
    assert!(m["outputs"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f == "episodes.jsonl"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(o1.join("episodes.jsonl"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn the_demo_has_episodes_of_several_types() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("o");
    c2chat()
        .arg("annotate")
        .arg(root("corpora/demo"))
        .args(["-q", "--out"])
        .arg(&out)
        .assert()
        .success();
    let eps = read_jsonl(&out.join("episodes.jsonl"));
    let types: std::collections::BTreeSet<&str> = eps
        .iter()
        .map(|e| e["episode_type"].as_str().unwrap())
        .collect();
    assert!(types.len() >= 3, "{types:?}");
    // Every episode id in annotations.jsonl has a record, and the reverse.
    let anns = read_jsonl(&out.join("annotations.jsonl"));
    let in_anns: std::collections::BTreeSet<&str> = anns
        .iter()
        .filter_map(|a| a["episode_id"].as_str())
        .collect();
    let in_eps: std::collections::BTreeSet<&str> = eps
        .iter()
        .map(|e| e["episode_id"].as_str().unwrap())
        .collect();
    assert_eq!(in_anns, in_eps);
    // The library reader reads the same records back, typed.
    let typed = c2chat::output::read_episodes(&out.join("episodes.jsonl")).unwrap();
    assert_eq!(typed.len(), eps.len());
    assert_eq!(
        c2chat::output::episodes_beside(&out.join("annotations.jsonl")),
        Some(out.join("episodes.jsonl"))
    );
    // A broken line is an error naming the file and line.
    let bad = d.path().join("bad");
    std::fs::create_dir(&bad).unwrap();
    std::fs::write(bad.join("episodes.jsonl"), "{\"episode_id\": 3}\n").unwrap();
    let e = c2chat::output::read_episodes(&bad.join("episodes.jsonl"))
        .unwrap_err()
        .to_string();
    assert!(e.contains("episodes.jsonl") && e.contains('1'), "{e}");
}

#[test]
fn a_directory_input_skips_episodes_jsonl() {
    // Regression: episodes.jsonl, one of c2chat's own outputs, must not be read as messages.
    let d = tempfile::tempdir().unwrap();
    let dir = d.path().join("in");
    std::fs::create_dir(&dir).unwrap();
    let header = "conversation_id,message_id,timestamp,speaker,text\n";
    std::fs::write(dir.join("data.csv"), format!("{header}{}", conv_rows(0))).unwrap();
    let first = d.path().join("first");
    annotate(&dir.join("data.csv"), &first);
    std::fs::copy(first.join("episodes.jsonl"), dir.join("episodes.jsonl")).unwrap();
    let out = d.path().join("o");
    c2chat()
        .arg("annotate")
        .arg(&dir)
        .args(["--no-model", "-q", "--out"])
        .arg(&out)
        .assert()
        .success();
    let m = read_json(&out.join("manifest.json"));
    assert_eq!(m["counts"]["read"], 6);
    assert!(m["warnings"].to_string().contains("episodes.jsonl"));
}

/// `annotate corpora/demo` into `d/o`; returns the annotations path.
fn demo(d: &std::path::Path) -> std::path::PathBuf {
    let out = d.join("o");
    c2chat()
        .arg("annotate")
        .arg(root("corpora/demo"))
        .args(["-q", "--out"])
        .arg(&out)
        .assert()
        .success();
    out.join("annotations.jsonl")
}

#[test]
fn teach_episodes_on_the_demo_names_roles_prompts_per_act_and_never_overlaps() {
    let d = tempfile::tempdir().unwrap();
    let ann = demo(d.path());
    let words = c2chat::teach::EpisodePrompts::builtin().unwrap();
    let pack = d.path().join("pack");
    c2chat()
        .arg("teach")
        .arg(&ann)
        .args([
            "--episodes",
            "--max",
            "0",
            "--date",
            "2026-01-01",
            "-q",
            "--out",
        ])
        .arg(&pack)
        .assert()
        .success();
    let md = std::fs::read_to_string(pack.join("pack.md")).unwrap();
    let html = std::fs::read_to_string(pack.join("pack.html")).unwrap();
    let eps = c2chat::output::read_episodes(&ann.with_file_name("episodes.jsonl")).unwrap();
    // One excerpt per episode (none is withheld in the demo).
    assert_eq!(md.matches("\n## EX-").count(), eps.len());
    // Roles named; the demo's c004 has a harasser, one who joins in and a defender.
    let roles = format!(
        "Pupil B, {}; Pupil C, {}; Pupil D, {}",
        words.roles["harasser"],
        words.roles["bystander_assistant"],
        words.roles["bystander_defender"]
    );
    assert!(md.contains(&roles), "{roles}");
    // A prompt for each kind of act: after a request, a refusal, pressure, a threat.
    for act in ["image_request", "refusal", "pressure", "threat"] {
        let p = &words.acts[act];
        assert!(md.contains(&format!(": {}:* ", p.name)), "step for {act}");
        assert!(html.contains(&p.name), "{act} in html");
    }
    // Masking: the demo's sexualised words never appear whole (partial mask by default).
    let anns = read_jsonl(&ann);
    for a in &anns {
        let spans = a["spans"].as_array().unwrap();
        let alone = |s: &serde_json::Value| {
            spans
                .iter()
                .filter(|o| {
                    o["start"].as_u64() < s["end"].as_u64()
                        && s["start"].as_u64() < o["end"].as_u64()
                })
                .count()
                == 1
        };
        for s in spans {
            if s["category"].as_str().unwrap().starts_with("sexualised.") && alone(s) {
                let t = s["text"].as_str().unwrap();
                // Only sexualised words are masked, not whole phrases ("rate her out of 10"
                // stays readable): a one-word span must not appear whole.
                if t.chars().count() > 3 && !t.contains(char::is_whitespace) {
                    assert!(
                        !md.contains(t) && !html.contains(t),
                        "unmasked sexualised wording"
                    );
                }
            }
        }
    }
    // No overlap: a message line appears in the pack no more often than messages with that
    // text exist in the demo (short replies such as "no" occur more than once there), and no
    // id leaks.
    let texts: Vec<String> = std::fs::read_to_string(&ann)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["text"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let mut shown = std::collections::BTreeMap::<&str, usize>::new();
    for l in md.lines().filter(|l| l.starts_with("- **Pupil")) {
        *shown.entry(l.split_once(": ").unwrap().1).or_default() += 1;
    }
    assert!(shown.len() > 10, "{}", shown.len());
    for (body, n) in shown {
        let in_corpus = texts.iter().filter(|t| t.as_str() == body).count().max(1);
        assert!(n <= in_corpus, "a message in two excerpts: {body:?} {n}x");
    }
    for id in ["spk_", "m00", "c00"] {
        assert!(!md.contains(id) && !html.contains(id), "{id} leaked");
    }
    // Without episodes.jsonl beside the annotations, --episodes is a clear error.
    std::fs::remove_file(ann.with_file_name("episodes.jsonl")).unwrap();
    c2chat()
        .arg("teach")
        .arg(&ann)
        .args(["--episodes", "-q", "--out"])
        .arg(d.path().join("p2"))
        .assert()
        .failure()
        .stderr(predicates::str::contains("no episodes.jsonl"));
}

#[test]
fn exports_carry_episodes_and_roles_and_import_back() {
    let d = tempfile::tempdir().unwrap();
    let ann = demo(d.path());
    let csv = std::fs::read_to_string(ann.with_file_name("messages.csv")).unwrap();
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    assert_eq!(&header[header.len() - 2..], ["episode_id", "role"]);
    assert!(csv.contains(",c002:e1,harasser\n") && csv.contains(",c004:e1,bystander_defender\n"));
    let anns = c2chat::output::read_annotations(&ann).unwrap();
    let gold_spans =
        |v: &[c2chat::model::Annotation]| -> usize { v.iter().map(|a| a.spans.len()).sum() };
    let mut spans = Vec::new();
    for fmt in ["brat", "webanno", "labelstudio"] {
        let dir = d.path().join(fmt);
        c2chat()
            .arg("export")
            .arg(&ann)
            .args(["--to", fmt, "-q", "--out"])
            .arg(&dir)
            .assert()
            .success();
        let back = c2chat::export::import(fmt.parse().unwrap(), &dir).unwrap();
        assert_eq!(back.len(), anns.len(), "{fmt}");
        spans.push(gold_spans(&back));
    }
    assert!(spans.iter().all(|n| *n == spans[0] && *n > 0), "{spans:?}");
    let brat = d.path().join("brat");
    let c002 = std::fs::read_to_string(brat.join("c002.ann")).unwrap();
    assert!(c002.contains("\tMessage "), "{c002}");
    assert!(c002.contains("\tEpisode T") && c002.contains(" e1\n"));
    assert!(c002.contains("\tRole T") && c002.contains(" target\n"));
    let conf = std::fs::read_to_string(brat.join("annotation.conf")).unwrap();
    assert!(
        conf.contains("Role\tArg:Message, Value:harasser|target|"),
        "{conf}"
    );
    let tsv = std::fs::read_to_string(d.path().join("webanno/c002.tsv")).unwrap();
    assert!(tsv.contains("#T_SP=webanno.custom.C2chatEpisode|episode|role\n"));
    assert!(tsv.contains("\tc002:e1[") && tsv.contains("\tharasser["));
    let ls = d.path().join("labelstudio");
    let xml = std::fs::read_to_string(ls.join("labeling_config.xml")).unwrap();
    assert!(
        xml.contains("<Choices name=\"role\"")
            && xml.contains("<Choice value=\"bystander_defender\"/>")
    );
    let tasks: serde_json::Value =
        serde_json::from_slice(&std::fs::read(ls.join("tasks.json")).unwrap()).unwrap();
    let t = tasks
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["data"]["message_id"] == "m0008")
        .unwrap();
    assert_eq!(t["data"]["episode_id"], "c002:e1");
    let role = t["predictions"][0]["result"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["from_name"] == "role")
        .unwrap();
    assert_eq!(role["value"]["choices"][0], "harasser");
}

/// A lone request that nobody answers (only "one sec") is not an episode, even when the
/// batch boundary (8,192 rows) falls right after it: its annotations are held back until the
/// episode is decided, then written in input order, each once, the request still flagged.
#[test]
fn a_lone_act_across_a_batch_boundary_is_dropped_and_every_row_is_written_in_order() {
    let d = tempfile::tempdir().unwrap();
    let mut csv = String::from("conversation_id,message_id,timestamp,speaker,text\n");
    let mut ids = Vec::new();
    let mut row = |c: &str, id: String, spk: &str, text: &str, ids: &mut Vec<String>| {
        csv.push_str(&format!("{c},{id},,{spk},{text}\n"));
        ids.push(id);
    };
    for i in 0..8191 {
        row(
            &format!("f{i}"),
            format!("f{i}"),
            "q1",
            "what time is practice",
            &mut ids,
        );
    }
    // Row 8,192 is the lone request; its conversation goes on in the second batch,
    // interleaved with other conversations.
    row("cl", "l0".into(), "a", "send me a pic of u", &mut ids);
    let replies = [
        "one sec",
        "what time is practice",
        "ok",
        "see u there",
        "bring water",
    ];
    for (i, t) in replies.iter().enumerate() {
        row(
            &format!("g{i}"),
            format!("g{i}"),
            "q2",
            "is the bus late",
            &mut ids,
        );
        let spk = if i % 2 == 0 { "b" } else { "a" };
        row("cl", format!("l{}", i + 1), spk, t, &mut ids);
    }
    let input = d.path().join("lone.csv");
    std::fs::write(&input, csv).unwrap();
    let out = d.path().join("o");
    annotate(&input, &out);
    let eps = read_jsonl(&out.join("episodes.jsonl"));
    assert!(eps.iter().all(|e| e["conversation_id"] != "cl"), "{eps:?}");
    let anns = read_jsonl(&out.join("annotations.jsonl"));
    let got: Vec<&str> = anns
        .iter()
        .map(|a| a["message_id"].as_str().unwrap())
        .collect();
    assert_eq!(got, ids);
    let l0 = anns.iter().find(|a| a["message_id"] == "l0").unwrap();
    let labels = l0["labels"].as_array().unwrap();
    assert!(labels.contains(&serde_json::json!("coercive.image_request")));
    assert!(l0["episode_id"].is_null() && l0["role"].is_null());
}

// ---- Session 15: the rules see the classifier's labels; requests without a label; talk
// about harm. Messages invented for these tests.

use c2chat::annotate::{Annotator, Scorer, StreamState};
use c2chat::classify::MessageContext;
use c2chat::episode::{Episode, EpisodeSettings, Episodes};
use c2chat::lexicon::Lexicon;
use c2chat::matcher::Matcher;
use c2chat::model::{Annotation, Message, Source};
use c2chat::rules::Rules;

/// A classifier that flags an image request in any text with the invented word "zorblax".
struct Zorblax;

impl Scorer for Zorblax {
    fn scores(
        &self,
        texts: &[&str],
        _: &[MessageContext],
        _: &[&[String]],
    ) -> Vec<c2chat::scores::Scores> {
        texts
            .iter()
            .map(|t| {
                let s = if t.contains("zorblax") { 1.0 } else { 0.0 };
                [("coercive.image_request", s)].into_iter().collect()
            })
            .collect()
    }
    fn is_positive(&self, _: &str, score: f64) -> bool {
        score >= 0.5
    }
}

/// The core lexicon's matcher and rules, built once.
fn core_rules() -> &'static (Matcher, Rules) {
    static CORE: std::sync::OnceLock<(Matcher, Rules)> = std::sync::OnceLock::new();
    CORE.get_or_init(|| {
        let lex = Lexicon::builtin("core").unwrap();
        let rules = Rules::new(&lex.rules, None).unwrap();
        (Matcher::new(lex).unwrap(), rules)
    })
}

/// One conversation of (speaker, text) messages, a minute apart.
fn messages(conv: &[(&str, &str)]) -> Vec<Message> {
    conv.iter()
        .enumerate()
        .map(|(i, (speaker, text))| Message {
            corpus: "t".into(),
            conversation_id: "c1".into(),
            message_id: format!("m{i}"),
            timestamp: Some(format!("2025-01-01T10:{i:02}:00Z")),
            speaker: speaker.to_string(),
            text: text.to_string(),
            meta: Default::default(),
            speaker_pseudonymised: false,
            file: String::new(),
            line: 0,
        })
        .collect()
}

#[test]
fn a_request_only_the_classifier_flags_starts_the_rules_state() {
    let conv = [
        ("a", "hey can i have the zorblax from earlier"),
        ("b", "no"),
        ("a", "come on"),
        ("c", "what time is practice"),
    ];
    let (matcher, rules) = core_rules();
    let with = Annotator {
        matcher,
        rules,
        scorer: Some(&Zorblax),
    };
    let anns = with.annotate(messages(&conv));
    assert_eq!(anns[0].labels, ["coercive.image_request"]);
    // The second walk sees the classifier's request: "no" is the person asked refusing, and
    // "come on" after it is pressure.
    assert!(anns[1].refusal);
    assert!(anns[2].labels.contains(&"coercive.pressure".to_string()));
    assert!(anns[2]
        .spans
        .iter()
        .any(|s| s.source == Source::Rule && s.rule_id == c2chat::rules::PRESSURE_RULE));
    assert!(anns[3].labels.is_empty());
    // Without the classifier's label the rules have nothing to go on.
    let without = Annotator {
        matcher,
        rules,
        scorer: None,
    };
    let plain = without.annotate(messages(&conv));
    assert!(!plain[1].refusal && plain[2].labels.is_empty());
    // Cut into batches of any size, the same annotations.
    for size in [1, 2, 3] {
        let mut st = StreamState::default();
        let mut out = Vec::new();
        for chunk in messages(&conv).chunks(size) {
            out.extend(with.annotate_batch(chunk.to_vec(), &mut st));
        }
        assert_eq!(out, anns, "batch size {size}");
    }
    // With the state of absent conversations spilled to disk between batches: the same.
    let mut st = StreamState::spilling();
    let mut out = Vec::new();
    let mut spilled = false;
    for (k, m) in messages(&conv).into_iter().enumerate() {
        out.extend(with.annotate_batch(vec![m], &mut st));
        for j in 0..2 {
            let mut other = messages(&[("x", "see u at the bus stop")]);
            other[0].conversation_id = format!("other{k}-{j}");
            with.annotate_batch(other, &mut st);
            assert!(st.take_error().is_none());
        }
        spilled |= st.is_spilled("c1");
    }
    assert!(spilled, "the state c1 carries was spilled at least once");
    assert_eq!(out, anns, "spilled between batches");
}

/// A conversation's latest timestamp is carried across batches with the rest of its state,
/// also when that state was spilled: a message earlier than one of an earlier batch counts as
/// out of order, once.
#[test]
fn a_message_earlier_than_an_earlier_batch_of_its_conversation_counts_as_out_of_order() {
    let (matcher, rules) = core_rules();
    let plain = Annotator {
        matcher,
        rules,
        scorer: None,
    };
    for mut st in [StreamState::default(), StreamState::spilling()] {
        let mut c1 = messages(&[("a", "see u later"), ("b", "ok"), ("a", "bye")]);
        c1[0].timestamp = Some("2025-01-01T10:05:00Z".into());
        c1[1].timestamp = Some("2025-01-01T10:01:00Z".into());
        c1[2].timestamp = Some("2025-01-01T10:06:00Z".into());
        let mut c1 = c1.into_iter();
        plain.annotate_batch(vec![c1.next().unwrap()], &mut st);
        for j in 0..3 {
            let mut other = messages(&[("x", "see u at the bus stop")]);
            other[0].conversation_id = format!("other{j}");
            plain.annotate_batch(other, &mut st);
        }
        assert!(
            st.is_spilled("c1") || st.in_memory() == st.held(),
            "spilled when spilling"
        );
        plain.annotate_batch(vec![c1.next().unwrap()], &mut st);
        assert_eq!(st.out_of_order, 1, "10:01 after 10:05");
        plain.annotate_batch(vec![c1.next().unwrap()], &mut st);
        assert_eq!(st.out_of_order, 1, "10:06 is in order");
        assert!(st.take_error().is_none());
    }
}

const CONFIRM: EpisodeSettings = EpisodeSettings {
    window: 8,
    gap_minutes: 60,
    confirm: true,
};

/// A message of conversation c1 at minute `min`, labelled `label` ("" for none).
fn said(id: &str, speaker: &str, min: u32, label: &str, text: &str) -> Annotation {
    let mut b = Annotation::builder(id, text)
        .conversation("c1")
        .speaker(speaker)
        .timestamp(format!("2025-03-01T10:{min:02}:00Z"));
    if !label.is_empty() {
        b = b.span(label, 0, 2, 2, Source::Lexicon);
    }
    b.build()
}

/// Episodes of `conv` fed in batches of `size`.
fn episodes_of(conv: &[Annotation], size: usize) -> (Vec<Annotation>, Vec<Episode>) {
    let mut e = Episodes::new(CONFIRM);
    let mut out = Vec::new();
    for chunk in conv.chunks(size) {
        out.extend(e.feed(chunk.to_vec()));
    }
    let (rest, eps) = e.finish();
    out.extend(rest);
    (out, eps)
}

/// (message id, act) or (speaker, role) pairs.
type Pairs<'a> = Vec<(&'a str, &'a str)>;

fn acts_and_roles(e: &Episode) -> (Pairs<'_>, Pairs<'_>) {
    (
        e.acts
            .iter()
            .map(|a| (a.message_id.as_str(), a.act.as_str()))
            .collect(),
        e.participants
            .iter()
            .map(|p| (p.speaker.as_str(), p.role.as_str()))
            .collect(),
    )
}

#[test]
fn a_request_without_a_label_opens_an_episode_when_someone_says_no() {
    let conv = vec![
        said("m1", "a", 0, "", "how was the match"),
        said("m2", "a", 1, "", "send me one from the changing room"),
        said("m3", "b", 2, "", "lol no"),
        said("m4", "a", 3, "coercive.pressure", "go on"),
    ];
    let (anns, eps) = episodes_of(&conv, conv.len());
    assert_eq!(eps.len(), 1, "{eps:?}");
    assert_eq!(eps[0].first_message_id, "m2");
    assert_eq!(eps[0].episode_type, "image_based_coercion");
    let (acts, roles) = acts_and_roles(&eps[0]);
    assert_eq!(
        acts,
        [
            ("m2", "image_request"),
            ("m3", "refusal"),
            ("m4", "pressure")
        ]
    );
    assert_eq!(roles, [("a", "harasser"), ("b", "target")]);
    // The held message keeps its (empty) labels; output keeps input order.
    assert!(anns[1].labels.is_empty());
    let ids: Vec<&str> = anns.iter().map(|a| a.message_id.as_str()).collect();
    assert_eq!(ids, ["m1", "m2", "m3", "m4"]);
    for size in [1, 2, 3] {
        assert_eq!(episodes_of(&conv, size), (anns.clone(), eps.clone()));
    }
    // Someone else's challenge two messages later opens it too.
    let mut late = conv.clone();
    late[2] = said("m3", "c", 2, "", "seriously mate");
    late[3] = said(
        "m4",
        "b",
        3,
        "protective.challenge",
        "thats weird, dont ask me that",
    );
    let (_, eps) = episodes_of(&late, 4);
    assert_eq!(eps.len(), 1, "{eps:?}");
    assert_eq!(eps[0].first_message_id, "m2");
    // Answered with anything else: no episode.
    let mut yes = conv.clone();
    yes[2] = said("m3", "b", 2, "", "ok one sec");
    yes[3] = said("m4", "b", 3, "", "there u go");
    let (anns, eps) = episodes_of(&yes, 4);
    assert!(eps.is_empty(), "{eps:?}");
    assert!(anns.iter().all(|a| a.episode_id.is_none()));
}

/// Two conversations fed alternately, message by message, spilling the absent one's state.
#[test]
fn spilled_episode_state_gives_the_same_episodes_and_roles() {
    let conv = vec![
        said("m1", "a", 0, "", "hey"),
        said("m2", "a", 1, "", "send it then"),
        said("m3", "b", 2, "", "send what"),
        said("m4", "a", 3, "coercive.image_request", "a pic of u"),
        said("m5", "b", 4, "", "no"),
        said("m6", "a", 5, "coercive.pressure", "ur taking ages"),
    ];
    let mut both = Vec::new();
    for a in &conv {
        let mut b = a.clone();
        b.conversation_id = "c2".into();
        b.message_id = format!("{}b", a.message_id);
        both.push(a.clone());
        both.push(b);
    }
    // One message per batch: each conversation is absent from every other batch.
    for size in [1, 2, 3] {
        let (anns, eps) = episodes_of(&both, size);
        let mut e = Episodes::new(CONFIRM).spilling();
        let mut out = Vec::new();
        for chunk in both.chunks(size) {
            out.extend(e.feed(chunk.to_vec()));
            assert!(e.take_error().is_none());
        }
        let (rest, spilled) = e.try_finish().unwrap();
        out.extend(rest);
        assert_eq!(eps.len(), 2, "{eps:?}");
        assert_eq!(
            (out, spilled),
            (anns.clone(), eps.clone()),
            "batch size {size}"
        );
        // Without records: the same annotations, no episodes.
        let mut e = Episodes::new(CONFIRM).spilling().without_records();
        let mut out = Vec::new();
        for chunk in both.chunks(size) {
            out.extend(e.feed(chunk.to_vec()));
        }
        let (rest, none) = e.try_finish().unwrap();
        out.extend(rest);
        assert!(none.is_empty());
        assert_eq!(out, anns);
    }
}

#[test]
fn talk_about_harm_that_the_opener_answers_with_help_is_not_an_episode() {
    let conv = vec![
        said(
            "m1",
            "a",
            0,
            "sexualised.names",
            "ppl keep calling me names on my story",
        ),
        said("m2", "b", 1, "protective.support", "thats awful, u ok?"),
        said(
            "m3",
            "a",
            2,
            "protective.help_seeking",
            "not really, what do i do",
        ),
        said(
            "m4",
            "b",
            3,
            "protective.reporting",
            "screenshot it and tell ur form tutor",
        ),
    ];
    for size in [1, 2, 4] {
        let (anns, eps) = episodes_of(&conv, size);
        assert!(eps.is_empty(), "batch size {size}: {eps:?}");
        assert!(anns
            .iter()
            .all(|a| a.episode_id.is_none() && a.role.is_none()));
        assert_eq!(anns.len(), 4);
    }
    // Someone joining in makes it an episode again.
    let mut joined = conv.clone();
    joined[1] = said("m2", "c", 1, "victim_blaming.blame", "well u did post it");
    let (_, eps) = episodes_of(&joined, 4);
    assert_eq!(eps.len(), 1, "{eps:?}");
    // So does an opening act aimed at the reader (a threat), whatever its speaker says next.
    let mut threat = conv;
    threat[0] = said(
        "m1",
        "a",
        0,
        "coercive.threat",
        "send it or ill show everyone",
    );
    let (_, eps) = episodes_of(&threat, 4);
    assert_eq!(eps.len(), 1, "{eps:?}");
}

#[test]
fn a_bystander_who_says_no_for_the_target_is_a_defender() {
    let mut conv = vec![
        said(
            "m1",
            "a",
            0,
            "coercive.image_request",
            "send me a pic first",
        ),
        said("m2", "b", 1, "", "no"),
        said(
            "m3",
            "a",
            2,
            "coercive.pressure",
            "come on its a rating chat",
        ),
        said("m4", "c", 3, "", "nah its a chess chat"),
        said("m5", "d", 4, "", "nah im good"),
    ];
    // The rules mark each "no" to the open request or pressure a refusal.
    for i in [1, 3, 4] {
        conv[i].refusal = true;
    }
    let (anns, eps) = episodes_of(&conv, 2);
    let (acts, roles) = acts_and_roles(&eps[0]);
    assert_eq!(
        roles,
        [
            ("a", "harasser"),
            ("b", "target"),
            ("c", "bystander_defender"),
            ("d", "bystander_other")
        ]
    );
    assert!(acts.contains(&("m4", "pushback")), "{acts:?}");
    assert!(acts.contains(&("m2", "refusal")), "{acts:?}");
    let r = eps[0].first_protective_response.as_ref().unwrap();
    assert_eq!(
        (r.message_id.as_str(), r.role.as_str()),
        ("m4", "bystander_defender")
    );
    assert_eq!(anns[4].role.as_deref(), Some("bystander_other"));
}

/// The roles in `conv` (one episode expected), fed whole.
fn roles_of(conv: &[Annotation]) -> Vec<(String, String)> {
    let (_, eps) = episodes_of(conv, conv.len());
    assert_eq!(eps.len(), 1, "{eps:?}");
    let (_, roles) = acts_and_roles(&eps[0]);
    roles
        .into_iter()
        .map(|(s, r)| (s.to_string(), r.to_string()))
        .collect()
}

fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
    p.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn a_request_label_on_blame_does_not_make_the_first_to_answer_the_target() {
    // Blame about someone absent that also carries a request label (as a classifier may give
    // "sending pics"): the first to answer challenges it as a bystander, not as the person asked.
    let conv = |first: Annotation| {
        vec![
            first,
            said(
                "m2",
                "b",
                1,
                "protective.challenge",
                "thats not ok, stop saying that",
            ),
            said(
                "m3",
                "a",
                2,
                "victim_blaming.minimising",
                "whatever its not deep",
            ),
            said("m4", "c", 3, "protective.challenge", "it is deep"),
        ]
    };
    let mut blame = Annotation::builder("m1", "well she shouldnt be sending pics at 13")
        .conversation("c1")
        .speaker("a")
        .timestamp("2025-03-01T10:00:00Z".to_string());
    for l in ["coercive.image_request", "victim_blaming.blame"] {
        blame = blame.span(l, 0, 2, 2, Source::Lexicon);
    }
    let blame = blame.build();
    assert_eq!(
        roles_of(&conv(blame)),
        pairs(&[
            ("a", "harasser"),
            ("b", "bystander_defender"),
            ("c", "bystander_defender")
        ])
    );
    // The same answer to a request without blame: the person asked is the target.
    let ask = said("m1", "a", 0, "coercive.image_request", "send me a pic of u");
    assert_eq!(roles_of(&conv(ask))[1], ("b".into(), "target".into()));
}

#[test]
fn an_exposure_that_names_whom_the_pic_shows_or_asks_the_group_is_not_aimed_at_the_reader() {
    let conv = |text: &str| {
        vec![
            said("m1", "a", 0, "coercive.exposure", text),
            said(
                "m2",
                "b",
                1,
                "protective.challenge",
                "nobody send anything, not ok",
            ),
            said("m3", "a", 2, "coercive.exposure", "already in the gc"),
        ]
    };
    let bystander = pairs(&[("a", "harasser"), ("b", "bystander_defender")]);
    for text in [
        "whats the vid of jo thats going round",
        "whoever has the pic drop it here",
        "who's got the screenshot",
    ] {
        assert_eq!(roles_of(&conv(text)), bystander, "{text}");
    }
    // The reader's own picture, or a bare threat in a chat: aimed at the reader.
    for text in [
        "the pic of u is going in the gc",
        "ill post the pic tonight",
        "i still have the pic of it",
    ] {
        assert_eq!(
            roles_of(&conv(text))[1],
            ("b".into(), "target".into()),
            "{text}"
        );
    }
}

#[test]
fn an_image_request_answered_with_a_picture_opens_no_episode_and_the_next_act_opens_one() {
    let conv = vec![
        said("m1", "b", 0, "", "just got a new puppy"),
        said("m2", "a", 1, "coercive.image_request", "omg send me pics"),
        said("m3", "b", 2, "", "[photos] she's so sleepy"),
        said(
            "m4",
            "a",
            3,
            "coercive.image_request",
            "now send me one of u",
        ),
        said("m5", "b", 4, "", "no thanks"),
        said("m6", "a", 5, "coercive.pressure", "aw come on"),
    ];
    for size in [1, 2, 3, 6] {
        let (anns, eps) = episodes_of(&conv, size);
        assert_eq!(eps.len(), 1, "batch size {size}: {eps:?}");
        assert_eq!(eps[0].episode_id, "c1:e1");
        assert_eq!(eps[0].first_message_id, "m4");
        let (_, roles) = acts_and_roles(&eps[0]);
        assert_eq!(roles, [("a", "harasser"), ("b", "target")]);
        // The answered request and the picture get no episode; output keeps input order.
        assert!(anns[..3].iter().all(|a| a.episode_id.is_none()));
        let ids: Vec<&str> = anns.iter().map(|a| a.message_id.as_str()).collect();
        assert_eq!(ids, ["m1", "m2", "m3", "m4", "m5", "m6"]);
    }
    // Not a picture sent ("[sighs]"), or a refusal: the request stays the opening act.
    for text in ["[sighs] why", "nah"] {
        let mut other = conv.clone();
        other[2] = said("m3", "b", 2, "", text);
        let (_, eps) = episodes_of(&other, 6);
        assert_eq!(eps[0].first_message_id, "m2", "{text}");
    }
}

#[test]
fn a_pupil_asked_for_someone_elses_picture_is_a_bystander_not_the_target() {
    // Two-person chats about a picture of someone absent: the one asked to hand it over or pass
    // it on is a bystander (a defender once they say no), not the target.
    let defender = pairs(&[("a", "harasser"), ("b", "bystander_defender")]);
    let named_at_once = vec![
        said(
            "m1",
            "a",
            0,
            "coercive.exposure",
            "u still got the vid of her",
        ),
        said("m2", "b", 1, "", "deleted it"),
        said("m3", "a", 2, "coercive.pressure", "why would u delete it"),
        said(
            "m4",
            "b",
            3,
            "protective.challenge",
            "it was wrong to keep it",
        ),
    ];
    assert_eq!(roles_of(&named_at_once), defender);
    // Named only later: the first answer made b the target until the picture was named.
    let named_later = vec![
        said(
            "m1",
            "a",
            0,
            "coercive.exposure",
            "ur gonna forward it right",
        ),
        said("m2", "b", 1, "", "forward what"),
        said("m3", "a", 2, "coercive.exposure", "send me what she sent u"),
        said("m4", "b", 3, "protective.challenge", "no. delete it"),
    ];
    assert_eq!(roles_of(&named_later), defender);
    // Named just before the episode opens.
    let named_before = vec![
        said("m1", "a", 0, "", "is it true she sent u one"),
        said("m2", "b", 1, "", "maybe"),
        said("m3", "a", 2, "coercive.exposure", "show me then"),
        said("m4", "b", 3, "protective.challenge", "no, thats hers"),
    ];
    assert_eq!(roles_of(&named_before), defender);
    // The same with an unlabelled "show me then" that the refusal opens, and a plain "no" from
    // the one asked: they refuse to pass it on (a pushback), not to send their own.
    let held = vec![
        said("m1", "a", 0, "", "is it true she sent u one"),
        said("m2", "b", 1, "", "maybe"),
        said("m3", "a", 2, "", "show me then"),
        said("m4", "b", 3, "", "nah she trusted me"),
        said("m5", "a", 4, "coercive.pressure", "she wont know"),
        said("m6", "b", 5, "", "no"),
    ];
    assert_eq!(roles_of(&held), defender);
    let (_, eps) = episodes_of(&held, held.len());
    let (acts, _) = acts_and_roles(&eps[0]);
    assert!(acts.contains(&("m6", "pushback")), "{acts:?}");
    // A remark about the reader's cousin ("ur cousin's") is about the cousin.
    let cousin = vec![
        said(
            "m1",
            "a",
            0,
            "sexualised.appearance",
            "ur cousin's well fit",
        ),
        said("m2", "b", 1, "", "shes 12"),
        said(
            "m3",
            "a",
            2,
            "victim_blaming.minimising",
            "so? im only saying",
        ),
        said(
            "m4",
            "b",
            3,
            "protective.challenge",
            "dont talk about her like that",
        ),
    ];
    assert_eq!(roles_of(&cousin), defender);
    // The reader's own picture: the one who answers is the target.
    let own = vec![
        said(
            "m1",
            "a",
            0,
            "coercive.exposure",
            "u still got that vid of u",
        ),
        said("m2", "b", 1, "", "deleted it"),
        said("m3", "a", 2, "coercive.pressure", "send it me then"),
        said("m4", "b", 3, "protective.challenge", "no, stop asking"),
    ];
    assert_eq!(roles_of(&own)[1], ("b".into(), "target".into()));
}

#[test]
fn a_bystander_who_joins_in_an_exposure_is_an_assistant() {
    let conv = |reply: &str| {
        vec![
            said(
                "m1",
                "a",
                0,
                "coercive.exposure",
                "who wants to see what she sent me last night",
            ),
            said("m2", "b", 1, "", reply),
            said("m3", "c", 2, "protective.challenge", "dont, thats so wrong"),
            said(
                "m4",
                "a",
                3,
                "victim_blaming.minimising",
                "chill its a laugh",
            ),
        ]
    };
    for reply in ["me pls", "lol hold on let me look", "post it 😂"] {
        assert_eq!(
            roles_of(&conv(reply))[1],
            ("b".into(), "bystander_assistant".into()),
            "{reply}"
        );
    }
    // Asking what it is, or saying no, is not joining in.
    for reply in ["what is it", "nah not me"] {
        assert_ne!(
            roles_of(&conv(reply))[1],
            ("b".into(), "bystander_assistant".into()),
            "{reply}"
        );
    }
}

/// `said`, with a classifier score below the label for `category` (no label given).
fn scored(id: &str, speaker: &str, min: u32, category: &str, score: f64, text: &str) -> Annotation {
    let mut a = said(id, speaker, min, "", text);
    let mut scores = c2chat::scores::Scores::new();
    scores.insert("coercive.image_request", 0.01);
    scores.insert(category.to_string(), score);
    a.scores = Some(scores);
    a
}

#[test]
fn an_unlabelled_lead_in_scored_harmful_opens_the_episode_its_speakers_act_follows() {
    let conv = |score: f64, between: Annotation| {
        vec![
            said("m1", "a", 0, "", "did u get home ok"),
            said("m2", "b", 1, "", "yeah"),
            scored(
                "m3",
                "a",
                2,
                "coercive.pressure",
                score,
                "cool so u owe me one now",
            ),
            between,
            said("m5", "a", 4, "coercive.image_request", "send me a pic then"),
            said("m6", "b", 5, "", "no"),
        ]
    };
    let plain = || said("m4", "b", 3, "", "ok and");
    let (anns, eps) = episodes_of(&conv(0.9, plain()), 6);
    assert_eq!(eps.len(), 1, "{eps:?}");
    assert_eq!(eps[0].first_message_id, "m3");
    let (acts, roles) = acts_and_roles(&eps[0]);
    assert_eq!(acts[0], ("m3", "pressure"));
    assert_eq!(acts[2], ("m5", "image_request"));
    assert_eq!(roles, [("a", "harasser"), ("b", "target")]);
    // The lead-in keeps its (empty) labels; any batch size gives the same output.
    assert!(anns[2].labels.is_empty());
    for size in [1, 2, 4] {
        assert_eq!(
            episodes_of(&conv(0.9, plain()), size),
            (anns.clone(), eps.clone())
        );
    }
    // The other's refusal between keeps its act.
    let refusal = said("m4", "b", 3, "protective.challenge", "thats weird, stop");
    let (_, eps) = episodes_of(&conv(0.9, refusal), 6);
    assert_eq!(eps[0].first_message_id, "m3");
    assert_eq!(acts_and_roles(&eps[0]).0[1], ("m4", "challenge"));
    // A low score, or someone else's act after it, does not lead in.
    let (_, eps) = episodes_of(&conv(0.3, plain()), 6);
    assert_eq!(eps[0].first_message_id, "m5");
    let other = said("m4", "c", 3, "coercive.pressure", "just do it");
    let (_, eps) = episodes_of(&conv(0.9, other), 6);
    assert_eq!(eps[0].first_message_id, "m4");
    // Too far before the act: let go.
    let mut far = conv(0.9, plain());
    far.insert(4, said("m4c", "a", 3, "", "hello??"));
    far.insert(4, said("m4b", "b", 3, "", "anyway"));
    far.insert(4, said("m4a", "a", 3, "", "whatever"));
    let (_, eps) = episodes_of(&far, 8);
    assert_eq!(eps[0].first_message_id, "m5");
}

/// Two lead-ins by one speaker, answered between, then a third that keeps it open.
#[test]
fn pressure_that_persists_without_labels_is_an_episode() {
    let conv = |second: f64| {
        vec![
            said("m1", "a", 0, "", "hey"),
            scored(
                "m2",
                "a",
                1,
                "coercive.pressure",
                0.9,
                "everyone else does it for their bf",
            ),
            said("m3", "b", 2, "", "good for them"),
            scored(
                "m4",
                "a",
                3,
                "coercive.pressure",
                second,
                "so ur just gonna be boring",
            ),
            said("m5", "b", 4, "", "yep"),
            scored(
                "m6",
                "a",
                5,
                "coercive.pressure",
                second,
                "u always make it weird",
            ),
            said("m7", "b", 6, "", "bye"),
        ]
    };
    let (anns, eps) = episodes_of(&conv(0.9), 7);
    assert_eq!(eps.len(), 1, "{eps:?}");
    assert_eq!(eps[0].first_message_id, "m2");
    // "bye" answers the last act: the reply closes the span.
    assert_eq!(eps[0].last_message_id, "m7");
    let (acts, roles) = acts_and_roles(&eps[0]);
    let pressure: Vec<&str> = acts
        .iter()
        .filter(|a| a.1 == "pressure")
        .map(|a| a.0)
        .collect();
    assert_eq!(pressure, ["m2", "m4", "m6"]);
    assert_eq!(roles, [("a", "harasser"), ("b", "target")]);
    assert!(anns.iter().all(|a| a.labels.is_empty()));
    for size in [1, 3] {
        assert_eq!(episodes_of(&conv(0.9), size), (anns.clone(), eps.clone()));
    }
    // One lead-in alone, or one never answered, is not an episode.
    let (anns, eps) = episodes_of(&conv(0.2), 7);
    assert!(eps.is_empty(), "{eps:?}");
    assert!(anns.iter().all(|a| a.episode_id.is_none()));
    let mut unanswered = conv(0.9);
    unanswered.remove(2);
    let (_, eps) = episodes_of(&unanswered[..3], 3);
    assert!(eps.is_empty(), "{eps:?}");
}

/// A bystander's unlabelled reply takes the role the classifier read in it: a protective score
/// at or above `defend_score` makes a defender (with a `pushback` act, the episode's protective
/// response), a harmful one at or above `assist_score` an assistant; low scores leave them
/// `bystander_other`.
#[test]
fn a_bystanders_unlabelled_reply_takes_the_role_the_classifier_scored() {
    let conv = |defend: f64, assist: f64| {
        vec![
            said("m1", "a", 0, "", "did anyone see the bus this morning"),
            said(
                "m2",
                "a",
                1,
                "sexualised.names",
                "she was being a proper tease again",
            ),
            scored(
                "m3",
                "c",
                2,
                "sexualised.jokes",
                assist,
                "😂 front row seats",
            ),
            said("m4", "d", 3, "", "what bus"),
            scored(
                "m5",
                "b",
                4,
                "protective.challenge",
                defend,
                "ur blaming the wrong person",
            ),
            said(
                "m6",
                "a",
                5,
                "sexualised.names",
                "everyone knows what she is",
            ),
        ]
    };
    let (anns, eps) = episodes_of(&conv(0.9, 0.9), 6);
    assert_eq!(eps.len(), 1, "{eps:?}");
    let (acts, roles) = acts_and_roles(&eps[0]);
    assert_eq!(
        roles,
        [
            ("a", "harasser"),
            ("c", "bystander_assistant"),
            ("d", "bystander_other"),
            ("b", "bystander_defender")
        ]
    );
    assert!(acts.contains(&("m5", "pushback")), "{acts:?}");
    assert!(!acts.iter().any(|a| a.0 == "m3"), "{acts:?}");
    let first = eps[0].first_protective_response.as_ref().unwrap();
    assert_eq!(
        (first.message_id.as_str(), first.speaker.as_str()),
        ("m5", "b")
    );
    // Labels are not changed, and any batch size gives the same output.
    assert!(anns[2].labels.is_empty() && anns[4].labels.is_empty());
    for size in [1, 2] {
        assert_eq!(
            episodes_of(&conv(0.9, 0.9), size),
            (anns.clone(), eps.clone())
        );
    }
    // Scores below the thresholds leave both `bystander_other`, with no protective response.
    let (_, eps) = episodes_of(&conv(0.4, 0.4), 6);
    let roles = acts_and_roles(&eps[0]).1;
    assert!(roles.contains(&("b", "bystander_other")), "{roles:?}");
    assert!(roles.contains(&("c", "bystander_other")), "{roles:?}");
    assert!(eps[0].first_protective_response.is_none());
}
