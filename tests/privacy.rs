mod common;
use common::*;
use predicates::prelude::*;

const PLANTED: &[&str] = &[
    "07700 900123",
    "07700-900-456",
    "+44 7700 900789",
    "+447700900321",
    "01632 960123",
    "01632-960456",
    "name@example.com",
    "fake.user01@example.com",
    "https://example.com/profile",
    "www.example.org",
    "example.org/u/fake01",
    "@fake_handle_01",
    "@fake_handle_02",
    "SW1A 1AA",
    "cf10 1aa",
    "CF101AA",
    "192.0.2.15",
    "203.0.113.7",
    "2001:db8::1",
    "03/03/2011",
    "3 March 2011",
    "2011-03-03",
    "14.07.2010",
    "21/06/2025",
    "4111 1111 1111 1111",
    "4111-1111-1111-1111",
    "123456789",
    "7700 900654",
];

fn all_output_text(dir: &std::path::Path) -> String {
    let mut s = String::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_file() {
            s.push_str(&std::fs::read_to_string(&p).unwrap());
        }
    }
    s
}

fn key_env(c: &mut assert_cmd::Command, key: &std::path::Path) {
    c.env("C2CHAT_KEY_FILE", key);
}

#[test]
fn annotate_refuses_planted_pii_without_showing_values() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("o");
    let a = c2chat()
        .arg("annotate")
        .arg(fixture("pii/planted.csv"))
        .arg("--out")
        .arg(&out)
        .assert()
        .code(4);
    let err = String::from_utf8(a.get_output().stderr.clone()).unwrap();
    assert!(
        err.contains("PHONE") && err.contains("planted.csv:2"),
        "{err}"
    );
    for v in PLANTED {
        assert!(!err.contains(v), "value {v} leaked into stderr");
    }
    assert!(
        !out.join("annotations.jsonl").exists(),
        "refusal must leave no output"
    );
    // Streaming to stdout also refuses.
    c2chat()
        .arg("annotate")
        .arg(fixture("pii/planted.csv"))
        .args(["--format", "jsonl"])
        .assert()
        .code(4)
        .stdout(predicate::str::is_empty());
}

#[test]
fn annotate_redact_leaves_no_planted_value_in_any_output() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("o");
    c2chat()
        .arg("annotate")
        .arg(fixture("pii/planted.csv"))
        .arg("--redact")
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let all = all_output_text(&out);
    for v in PLANTED {
        assert!(!all.contains(v), "{v} survived");
    }
    assert!(all.contains("[PHONE]") && all.contains("[EMAIL]") && all.contains("[POSTCODE]"));
    let m = read_json(&out.join("manifest.json"));
    assert_eq!(m["options"]["redact"], true);
    assert!(m["options"]["redactions"].as_u64().unwrap() >= 30);
}

#[test]
fn allow_pii_is_recorded_in_the_manifest() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("o");
    c2chat()
        .arg("annotate")
        .arg(fixture("pii/planted.csv"))
        .arg("--allow-pii")
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let m = read_json(&out.join("manifest.json"));
    assert_eq!(m["options"]["allow_pii"], true);
    assert!(m["options"]["pii_found"]["PHONE"].as_u64().unwrap() >= 8);
}

#[test]
fn benign_numbers_pass_the_gate_untouched() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("o");
    c2chat()
        .arg("redact")
        .arg(fixture("pii/benign.csv"))
        .arg("--out")
        .arg(&out)
        .arg("--keep-speakers")
        .env("C2CHAT_KEY_FILE", d.path().join("k/key"))
        .assert()
        .success();
    let orig: Vec<String> = csv::Reader::from_path(fixture("pii/benign.csv"))
        .unwrap()
        .records()
        .map(|r| r.unwrap()[4].to_string())
        .collect();
    let red: Vec<String> = read_jsonl(&out.join("messages.jsonl"))
        .iter()
        .map(|m| m["text"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(orig, red);
    assert_eq!(
        std::fs::read_to_string(out.join("redaction_log.jsonl")).unwrap(),
        ""
    );
    c2chat()
        .arg("annotate")
        .arg(fixture("pii/benign.csv"))
        .arg("--out")
        .arg(d.path().join("a"))
        .assert()
        .success();
}

#[test]
fn redact_pseudonymises_with_a_private_stable_key() {
    let d = tempfile::tempdir().unwrap();
    let key = d.path().join("keys/key");
    let run = |out: &str, key: &std::path::Path| {
        let mut c = c2chat();
        key_env(&mut c, key);
        c.arg("redact")
            .arg(fixture("pii/planted.csv"))
            .arg("--conversations")
            .arg("--out")
            .arg(d.path().join(out))
            .assert()
            .success();
        read_jsonl(&d.path().join(out).join("messages.jsonl"))
    };
    let a = run("a", &key);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&key).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let b = run("b", &key);
    assert_eq!(
        std::fs::read(d.path().join("a/messages.jsonl")).unwrap(),
        std::fs::read(d.path().join("b/messages.jsonl")).unwrap()
    );
    let s = a[0]["speaker"].as_str().unwrap();
    assert!(s.starts_with("spk_") && s.len() == 12, "{s}");
    assert!(a[0]["conversation_id"]
        .as_str()
        .unwrap()
        .starts_with("conv_"));
    let other = run("c", &d.path().join("other/key"));
    assert_ne!(a[0]["speaker"], other[0]["speaker"]);
    assert_eq!(a[0]["speaker"], b[0]["speaker"]);
    let all = all_output_text(&d.path().join("a"));
    for v in PLANTED {
        assert!(!all.contains(v), "{v} survived");
    }
    // Longer pseudonyms extend the same HMAC; fewer than 8 digits are refused.
    let mut c = c2chat();
    key_env(&mut c, &key);
    c.arg("redact")
        .arg(fixture("pii/planted.csv"))
        .args(["--pseudonym-digits", "12", "--out"])
        .arg(d.path().join("long"))
        .assert()
        .success();
    let long = read_jsonl(&d.path().join("long/messages.jsonl"));
    let l = long[0]["speaker"].as_str().unwrap();
    assert!(l.len() == 16 && l.starts_with(s), "{l} vs {s}");
    assert_eq!(
        read_json(&d.path().join("long/manifest.json"))["pseudonym_digits"],
        12
    );
    let mut c = c2chat();
    key_env(&mut c, &key);
    c.arg("redact")
        .arg(fixture("pii/planted.csv"))
        .args(["--pseudonym-digits", "6", "--out"])
        .arg(d.path().join("short"))
        .assert()
        .failure()
        .stderr(predicates::str::contains("pseudonym-digits"));
    // The key may not live inside the output directory.
    let mut c = c2chat();
    key_env(&mut c, &d.path().join("inside/key"));
    c.arg("redact")
        .arg(fixture("pii/benign.csv"))
        .arg("--out")
        .arg(d.path().join("inside"))
        .assert()
        .code(2);
}

#[test]
fn chat_export_speaker_names_never_reach_outputs() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("o");
    let mut c = c2chat();
    key_env(&mut c, &d.path().join("k/key"));
    c.arg("annotate")
        .arg(fixture("chat/whatsapp_android.txt"))
        .arg("--allow-pii")
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let anns = read_jsonl(&out.join("annotations.jsonl"));
    assert!(!anns.is_empty());
    let all = all_output_text(&out);
    for name in ["Alex", "Sam"] {
        assert!(!all.contains(name), "{name} leaked");
    }
    assert!(anns
        .iter()
        .all(|a| a["speaker"].as_str().unwrap().starts_with("spk_")));
    // System lines are counted as `system` (outside `read`), so read = annotated + rejected
    // still holds.
    let m = read_json(&out.join("manifest.json"));
    assert_eq!(
        m["counts"]["read"].as_u64().unwrap(),
        m["counts"]["annotated"].as_u64().unwrap() + m["counts"]["rejected"].as_u64().unwrap()
    );
    assert!(m["inputs"][0]["system"].as_u64().unwrap() >= 1);
}

#[test]
fn redacted_chat_speakers_match_their_names_in_text_and_annotate() {
    // Regression: redact pseudonymised chat-export speakers twice (the display name at ingest,
    // then that pseudonym again), so the speaker column no longer matched the pseudonym that
    // replaced the same person's name in message text, nor annotate's speaker for the file.
    let d = tempfile::tempdir().unwrap();
    let key = d.path().join("k/key");
    let input = fixture("chat/whatsapp_mention.txt");
    let mut c = c2chat();
    key_env(&mut c, &key);
    c.arg("redact")
        .arg(&input)
        .arg("--out")
        .arg(d.path().join("r"))
        .assert()
        .success();
    let red = read_jsonl(&d.path().join("r/messages.jsonl"));
    let (jordan, casey) = (
        red[0]["speaker"].as_str().unwrap(),
        red[1]["speaker"].as_str().unwrap(),
    );
    assert_ne!(jordan, casey);
    assert_eq!(red[1]["text"], format!("{jordan} its on the class page"));
    assert_eq!(red[2]["text"], format!("thanks {casey}"));
    assert_eq!(red[2]["speaker"], jordan);
    let mut c = c2chat();
    key_env(&mut c, &key);
    c.arg("annotate")
        .arg(&input)
        .arg("--no-model")
        .arg("--out")
        .arg(d.path().join("a"))
        .assert()
        .success();
    let anns = read_jsonl(&d.path().join("a/annotations.jsonl"));
    let speakers: Vec<&str> = anns
        .iter()
        .map(|a| a["speaker"].as_str().unwrap())
        .collect();
    assert_eq!(speakers, vec![jordan, casey, jordan]);
}

#[test]
fn teaching_pack_has_no_pii_and_no_original_ids() {
    let d = tempfile::tempdir().unwrap();
    let ann = d.path().join("a");
    c2chat()
        .arg("annotate")
        .arg(root("corpora/demo"))
        .arg("--out")
        .arg(&ann)
        .assert()
        .success();
    let pack = d.path().join("pack");
    c2chat()
        .arg("teach")
        .arg(ann.join("annotations.jsonl"))
        .args([
            "--mask-style",
            "full",
            "--context-messages",
            "1",
            "--date",
            "2026-01-01",
            "--out",
        ])
        .arg(&pack)
        .assert()
        .success()
        .stdout(predicate::str::contains("excerpts"));
    let md = std::fs::read_to_string(pack.join("pack.md")).unwrap();
    let html = std::fs::read_to_string(pack.join("pack.html")).unwrap();
    assert!(md.contains("Pupil A") && html.contains("<mark"));
    for a in read_jsonl(&ann.join("annotations.jsonl")) {
        for id in [&a["message_id"], &a["conversation_id"], &a["speaker"]] {
            let id = id.as_str().unwrap();
            assert!(
                !md.contains(id) && !html.contains(id),
                "original id {id} in the pack"
            );
        }
    }
    assert!(!html.contains("http://") && !html.contains("https://"));
}

/// Recall and precision of the detectors on a forms fixture (group, gold kind, planted
/// value, text), plus phone numbers split across messages.
struct Figures {
    items: usize,
    caught: usize,
    hits: usize,
    true_hits: usize,
    benign: usize,
    benign_touched: usize,
}

impl Figures {
    fn recall(&self) -> f64 {
        self.caught as f64 / self.items as f64
    }
    fn precision(&self) -> f64 {
        self.true_hits as f64 / self.hits.max(1) as f64
    }
    fn untouched(&self) -> f64 {
        (self.benign - self.benign_touched) as f64 / self.benign as f64
    }
}

type Conv<'a> = &'a [(&'a str, &'a str)];

fn measure_forms(file: &str, split_planted: &[Conv], split_benign: &[Conv]) -> Figures {
    use c2chat::redact::{detect, detect_split_phones, NameList};
    use std::collections::{BTreeMap, BTreeSet};
    let mut names = NameList::load(&fixture("pii/forms_names.txt")).unwrap();
    // A chat reader that knows a username adds it through the hook.
    names.add_known(["sammy_fake99"]).unwrap();
    let mut planted: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    let mut benign: Vec<String> = Vec::new();
    for rec in csv::Reader::from_path(fixture(file)).unwrap().records() {
        let rec = rec.unwrap();
        match &rec[0] {
            "planted" => planted
                .entry(rec[3].to_string())
                .or_default()
                .push((rec[2].to_string(), rec[1].to_string())),
            "benign" => benign.push(rec[3].to_string()),
            g => panic!("unknown group {g}"),
        }
    }
    let span_of = |text: &str, v: &str| {
        let b = text.find(v).unwrap();
        let s = text[..b].chars().count();
        (s, s + v.chars().count())
    };
    let mut f = Figures {
        items: 0,
        caught: 0,
        hits: 0,
        true_hits: 0,
        benign: benign.len() + split_benign.len(),
        benign_touched: 0,
    };
    let mut per_kind: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for (text, vals) in &planted {
        let hits = detect(text, &names);
        for (v, k) in vals {
            let (s, e) = span_of(text, v);
            let ok = hits
                .iter()
                .any(|h| h.kind.as_str() == k && h.start <= s && h.end >= e);
            let pk = per_kind.entry(k.clone()).or_default();
            pk.0 += 1;
            pk.1 += usize::from(ok);
            f.items += 1;
            f.caught += usize::from(ok);
            if !ok {
                println!("  missed {k}: {text:?} -> {hits:?}");
            }
        }
        f.hits += hits.len();
        for h in &hits {
            let good = vals.iter().any(|(v, k)| {
                let (s, e) = span_of(text, v);
                h.kind.as_str() == k && h.start < e && s < h.end
            });
            f.true_hits += usize::from(good);
            if !good {
                println!("  false hit in {text:?}: {h:?}");
            }
        }
    }
    for text in &benign {
        let hits = detect(text, &names);
        f.hits += hits.len();
        if !hits.is_empty() {
            f.benign_touched += 1;
            println!("  benign hit {text:?}: {hits:?}");
        }
    }
    let mut split_caught = 0;
    for conv in split_planted {
        let hits = detect_split_phones(conv);
        let msgs: BTreeSet<usize> = hits.iter().map(|(i, _)| *i).collect();
        split_caught += usize::from(msgs.len() >= 2);
        f.hits += hits.len();
        f.true_hits += hits.len();
    }
    for conv in split_benign {
        let hits = detect_split_phones(conv);
        f.hits += hits.len();
        if !hits.is_empty() {
            f.benign_touched += 1;
            println!("  benign split hit {conv:?}: {hits:?}");
        }
    }
    f.items += split_planted.len();
    f.caught += split_caught;
    println!(
        "{file}: {} planted items ({} split), {} caught, recall {:.3}; {} hits, {} true, \
         precision {:.3}; {} benign look-alikes, untouched {:.3}",
        f.items,
        split_planted.len(),
        f.caught,
        f.recall(),
        f.hits,
        f.true_hits,
        f.precision(),
        f.benign,
        f.untouched()
    );
    for (k, (n, c)) in &per_kind {
        println!("  {k:<8} {c}/{n}");
    }
    println!("  SPLIT    {split_caught}/{}", split_planted.len());
    f
}

/// Issue 15 item 4: recall and precision on the planted forms fixture. Figures are recorded
/// in BENCHMARKS.md, "Planted PII (issue 15)".
#[test]
fn planted_forms_recall_and_precision() {
    let split_planted: &[Conv] = &[
        &[("a", "my number is 07700 900"), ("a", "123")],
        &[("a", "07700"), ("b", "ok"), ("a", "900456")],
        &[("a", "its +44 7700"), ("a", "900"), ("a", "789 x")],
        &[("a", "ring 0 7 7 0 0"), ("a", "9 0 0 3 2 1")],
        &[("a", "0044 7700 900"), ("a", "654 after 6")],
    ];
    let split_benign: &[Conv] = &[
        &[("a", "it finished 2 1"), ("a", "3 goals")],
        &[("a", "07700 900123"), ("a", "456")],
        &[("a", "call 07700 900"), ("b", "123")],
        &[("a", "room 101"), ("a", "at 9")],
        &[("a", "year 7"), ("a", "700 900 123")],
    ];
    let f = measure_forms("pii/forms.csv", split_planted, split_benign);
    assert!(
        f.items >= 100 && f.benign >= 100,
        "{} {}",
        f.items,
        f.benign
    );
    assert!(f.recall() >= 0.95, "recall {:.3}", f.recall());
    assert!(f.precision() >= 0.95, "precision {:.3}", f.precision());
    assert!(
        f.untouched() >= 0.97,
        "benign untouched {:.3}",
        f.untouched()
    );
}

/// The same on a held-out set written after the detectors and never tuned against: an
/// honest estimate for unseen spellings. Floors are lower on purpose.
#[test]
fn held_out_forms_recall_and_precision() {
    let split_planted: &[Conv] = &[
        &[("a", "07700 90"), ("a", "0 777")],
        &[("a", "+44 7700 900"), ("b", "what"), ("a", "888 ring me")],
    ];
    let split_benign: &[Conv] = &[&[("a", "07700"), ("a", "lol")], &[("a", "0"), ("a", "7")]];
    let f = measure_forms("pii/forms_holdout.csv", split_planted, split_benign);
    assert!(f.recall() >= 0.80, "recall {:.3}", f.recall());
    assert!(f.precision() >= 0.85, "precision {:.3}", f.precision());
    assert!(
        f.untouched() >= 0.85,
        "benign untouched {:.3}",
        f.untouched()
    );
}

/// Issue 15 item 4: the redaction log's summary counts ambiguous names left in place.
#[test]
fn redact_counts_ambiguous_names_kept() {
    let d = tempfile::tempdir().unwrap();
    let input = d.path().join("in.csv");
    std::fs::write(
        &input,
        "conversation_id,message_id,timestamp,speaker,text\n\
         c1,m1,2025-01-01T10:00:00Z,spk_a,i will share it with everyone\n\
         c1,m2,2025-01-01T10:01:00Z,spk_b,my friend will is coming\n",
    )
    .unwrap();
    let names = d.path().join("names.txt");
    std::fs::write(&names, "Will\n").unwrap();
    let out = d.path().join("o");
    let mut c = c2chat();
    key_env(&mut c, &d.path().join("k/key"));
    c.arg("redact")
        .arg(&input)
        .arg("--names")
        .arg(&names)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let msgs = read_jsonl(&out.join("messages.jsonl"));
    assert_eq!(msgs[0]["text"], "i will share it with everyone");
    assert_eq!(msgs[1]["text"], "my friend [NAME_1] is coming");
    let m = read_json(&out.join("manifest.json"));
    assert_eq!(m["counts"]["ambiguous_names_kept"], 1);
    let log = std::fs::read_to_string(out.join("redaction_log.jsonl")).unwrap();
    assert!(!log.contains("will") && !log.contains("share"), "{log}");
}

/// Issue 15 item 10: no key is ever created in the working directory, and a weak key is
/// refused.
#[test]
fn key_without_home_or_weak_is_refused() {
    let d = tempfile::tempdir().unwrap();
    let cwd = d.path().join("cwd");
    std::fs::create_dir(&cwd).unwrap();
    let mut c = c2chat();
    c.current_dir(&cwd)
        .env_remove("HOME")
        .env_remove("C2CHAT_KEY_FILE")
        .env_remove("XDG_CONFIG_HOME")
        .arg("redact")
        .arg(fixture("pii/benign.csv"))
        .arg("--out")
        .arg(d.path().join("o"));
    let out = c.assert().failure().get_output().stderr.clone();
    let err = String::from_utf8_lossy(&out);
    assert!(
        err.contains("HOME is unset")
            && err.contains("--key-file")
            && err.contains("C2CHAT_KEY_FILE"),
        "{err}"
    );
    assert!(
        !cwd.join(".config").exists(),
        "a key was created in the working directory"
    );
    assert_eq!(std::fs::read_dir(&cwd).unwrap().count(), 0);
    // An all-zero key.
    let key = d.path().join("k/key");
    std::fs::create_dir_all(key.parent().unwrap()).unwrap();
    std::fs::write(&key, format!("{}\n", "0".repeat(64))).unwrap();
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let mut c = c2chat();
    key_env(&mut c, &key);
    c.arg("redact")
        .arg(fixture("pii/benign.csv"))
        .arg("--out")
        .arg(d.path().join("o2"))
        .assert()
        .failure()
        .stderr(predicate::str::contains("weak key"))
        .stderr(predicate::str::contains("/dev/urandom"));
}
