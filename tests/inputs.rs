//! Issue 14.2 and 15.2/15.3/15.7/15.11: files as they come, counts that reconcile, output sets
//! that are never mixed.

mod common;
use common::*;

fn annotate_file(
    path: &std::path::Path,
    out: &std::path::Path,
    extra: &[&str],
) -> assert_cmd::assert::Assert {
    c2chat()
        .arg("annotate")
        .arg(path)
        .args(["--no-model", "-q", "--out"])
        .arg(out)
        .args(extra)
        .assert()
}

fn write(dir: &std::path::Path, name: &str, body: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, body).unwrap();
    p
}

#[test]
fn semicolon_and_tab_exports_are_read_and_delimiter_can_be_forced() {
    let d = tempfile::tempdir().unwrap();
    let semi = write(
        d.path(),
        "survey.csv",
        "message_id;conversation_id;text\nm1;c1;send me a pic, now\nm2;c1;no\n",
    );
    annotate_file(&semi, &d.path().join("o1"), &[]).success();
    let a = read_jsonl(&d.path().join("o1/annotations.jsonl"));
    assert_eq!(a.len(), 2);
    assert_eq!(a[0]["text"], "send me a pic, now");
    let tab = write(
        d.path(),
        "phone.csv",
        "message_id\tconversation_id\ttext\nm1\tc1\thello there\n",
    );
    annotate_file(&tab, &d.path().join("o2"), &[]).success();
    assert_eq!(
        read_jsonl(&d.path().join("o2/annotations.jsonl"))[0]["text"],
        "hello there"
    );
    // Forcing a wrong delimiter names the delimiter in the error.
    annotate_file(&tab, &d.path().join("o3"), &["--delimiter", "comma"])
        .code(2)
        .stderr(predicates::str::contains("delimiter ','"));
    let pipe = write(d.path(), "p.csv", "message_id|text\nm1|hi, you\n");
    annotate_file(&pipe, &d.path().join("o4"), &["--delimiter", "pipe"]).success();
}

#[test]
fn a_run_that_rejects_every_row_is_an_error_with_a_hint() {
    let d = tempfile::tempdir().unwrap();
    let f = write(
        d.path(),
        "s.csv",
        "message_id,text,Submitted\nm1,hi,12/03/2024 16:04\nm2,yo,13/03/2024 16:05\n",
    );
    annotate_file(&f, &d.path().join("o"), &["--time-col", "Submitted"])
        .code(2)
        .stderr(predicates::str::contains("every row was rejected"))
        .stderr(predicates::str::contains("--time-format"));
}

#[test]
fn majority_reject_reason_is_named_with_its_fix() {
    let d = tempfile::tempdir().unwrap();
    let f = write(
        d.path(),
        "s.csv",
        "message_id,text,timestamp\nm1,hi,12/03/2024\nm2,yo,13/03/2024\nm3,ok,2024-03-13T10:00:00Z\n",
    );
    annotate_file(&f, &d.path().join("o"), &[])
        .success()
        .stderr(predicates::str::contains(
            "2 of 3 rows rejected: unparsable timestamp",
        ));
    let m = read_json(&d.path().join("o/manifest.json"));
    assert!(m["warnings"].to_string().contains("unparsable timestamp"));
}

#[test]
fn survey_rows_without_a_conversation_column_are_separate_conversations() {
    let d = tempfile::tempdir().unwrap();
    let f = write(
        d.path(),
        "survey.csv",
        "respondent,text\nr1,it was just banter\nr2,i told my mum\nr3,nothing happened\n",
    );
    annotate_file(&f, &d.path().join("o"), &["--id-col", "respondent"]).success();
    let a = read_jsonl(&d.path().join("o/annotations.jsonl"));
    let convs: std::collections::BTreeSet<String> = a
        .iter()
        .map(|x| x["conversation_id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(convs.len(), 3);
    let speakers: std::collections::BTreeSet<String> = a
        .iter()
        .map(|x| x["speaker"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        speakers.len(),
        3,
        "respondents without a speaker column are not one person"
    );
}

#[test]
fn empty_ids_are_unique_and_marked_never_the_file_name() {
    let d = tempfile::tempdir().unwrap();
    let f = write(
        d.path(),
        "Jess Fakename chat.csv",
        "conversation_id,speaker,text\n,,hello\n,,hi\nc1,s1,hey\n",
    );
    annotate_file(&f, &d.path().join("o"), &[]).success();
    let a = read_jsonl(&d.path().join("o/annotations.jsonl"));
    assert_eq!(a.len(), 3);
    let all = serde_json::to_string(&a).unwrap();
    assert!(!all.contains("Jess"), "a file name reached an id: {all}");
    assert_ne!(a[0]["conversation_id"], a[1]["conversation_id"]);
    assert!(a[0]["conversation_id"]
        .as_str()
        .unwrap()
        .starts_with("no-conversation:"));
    assert_ne!(a[0]["speaker"], a[1]["speaker"]);
    assert!(a[0]["speaker"]
        .as_str()
        .unwrap()
        .starts_with("unknown-speaker:"));
    assert_eq!(a[2]["conversation_id"], "c1");
}

#[test]
fn same_file_name_in_two_folders_does_not_collide() {
    let d = tempfile::tempdir().unwrap();
    for sub in ["a", "b"] {
        std::fs::create_dir_all(d.path().join(sub)).unwrap();
        write(&d.path().join(sub), "export.csv", "text\nhello\nbye\n");
    }
    c2chat()
        .arg("annotate")
        .arg(d.path().join("a/export.csv"))
        .arg(d.path().join("b/export.csv"))
        .args(["--no-model", "-q", "--strict", "--out"])
        .arg(d.path().join("o"))
        .assert()
        .success();
    assert_eq!(read_jsonl(&d.path().join("o/annotations.jsonl")).len(), 4);
}

#[test]
fn crlf_rejects_name_the_physical_line() {
    let d = tempfile::tempdir().unwrap();
    let f = write(
        d.path(),
        "w.csv",
        "message_id,text\r\nm1,hi\r\nm2,\r\nm3,\"two\r\nlines\"\r\nm4,\r\n",
    );
    annotate_file(&f, &d.path().join("o"), &[]).success();
    let r = read_jsonl(&d.path().join("o/rejects.jsonl"));
    let lines: Vec<u64> = r.iter().map(|x| x["line"].as_u64().unwrap()).collect();
    assert_eq!(lines, vec![3, 6]);
}

#[test]
fn an_unclosed_quote_is_rejected_and_the_rows_after_it_are_kept() {
    let d = tempfile::tempdir().unwrap();
    let f = write(
        d.path(),
        "q.csv",
        "message_id,conversation_id,text\nm1,c1,hi\nm2,c1,\"she said \nm3,c1,ok then\nm4,c1,see you\nm5,c1,bye\n",
    );
    annotate_file(&f, &d.path().join("o"), &["--strict"]).code(3);
    let m = read_json(&d.path().join("o/manifest.json"));
    assert_eq!(m["counts"]["read"], 5);
    assert_eq!(m["counts"]["annotated"], 4);
    assert_eq!(m["counts"]["rejected"], 1);
    let r = read_jsonl(&d.path().join("o/rejects.jsonl"));
    assert_eq!(r[0]["line"], 3);
    assert!(r[0]["reason"].as_str().unwrap().contains("unclosed quote"));
    // A quoted field that legitimately spans lines is still one message.
    let ok = write(
        d.path(),
        "ok.csv",
        "message_id,conversation_id,text\nm1,c1,\"line one\nline two\"\nm2,c1,bye\n",
    );
    annotate_file(&ok, &d.path().join("o2"), &["--strict"]).success();
    let a = read_jsonl(&d.path().join("o2/annotations.jsonl"));
    assert_eq!(a[0]["text"], "line one\nline two");
}

#[test]
fn an_unclosed_quote_in_a_large_file_accounts_for_every_row() {
    let d = tempfile::tempdir().unwrap();
    let mut body = String::from("message_id,conversation_id,text\n");
    for i in 0..100_000 {
        if i % 2_000 == 7 {
            body.push_str(&format!("m{i},c{},\"unclosed start\n", i / 10));
        } else {
            body.push_str(&format!("m{i},c{},message number {i}\n", i / 10));
        }
    }
    let f = write(d.path(), "big.csv", &body);
    annotate_file(&f, &d.path().join("o"), &[]).success();
    let m = read_json(&d.path().join("o/manifest.json"));
    assert_eq!(m["counts"]["read"], 100_000);
    assert_eq!(m["counts"]["rejected"], 50);
}

#[test]
fn redact_output_directory_can_be_annotated_and_its_logs_are_skipped() {
    let d = tempfile::tempdir().unwrap();
    let raw = d.path().join("raw");
    std::fs::create_dir_all(&raw).unwrap();
    write(
        &raw,
        "m.csv",
        "message_id,conversation_id,speaker,text\nm1,c1,s1,ring me on 07700 900123\nm2,c1,s2,no\n",
    );
    c2chat()
        .arg("redact")
        .arg(&raw)
        .arg("--out")
        .arg(d.path().join("red"))
        .env("C2CHAT_KEY_FILE", d.path().join("key"))
        .assert()
        .success();
    annotate_file(&d.path().join("red"), &d.path().join("o"), &["--strict"]).success();
    let m = read_json(&d.path().join("o/manifest.json"));
    assert_eq!(m["counts"]["read"], 2);
    assert!(m["warnings"].to_string().contains("redaction_log.jsonl"));
}

#[test]
fn streaming_refuses_pii_before_writing_the_batch_and_exits_4() {
    let out = c2chat()
        .args([
            "annotate",
            "-",
            "--format",
            "jsonl",
            "--no-model",
            "--input-format",
            "csv",
        ])
        .write_stdin("message_id,text\nm1,call me on 07700 900123\nm2,hello\n")
        .assert()
        .code(4);
    assert!(
        out.get_output().stdout.is_empty(),
        "annotations were written before the refusal"
    );
}

/// Kill annotate at each stage (via the fault-injection hook) over a previous complete run:
/// what is left is the old set, the new set, or a set that readers refuse.
#[test]
fn a_kill_at_any_stage_never_leaves_a_mixed_output_set() {
    let d = tempfile::tempdir().unwrap();
    let small = write(d.path(), "small.csv", "message_id,text\nm1,send me a pic\n");
    let mut body = String::from("message_id,text\n");
    for i in 0..20_000 {
        body.push_str(&format!("n{i},message {i} send me a pic\n"));
    }
    let big = write(d.path(), "big.csv", &body);
    let out = d.path().join("o");
    for stage in [
        "annotate:read",
        "annotate:write",
        "commit:manifest-removed",
        "commit:renamed-1",
        "commit:renamed-2",
        "commit:renamed-3",
    ] {
        annotate_file(&small, &out, &[]).success();
        let killed = c2chat()
            .arg("annotate")
            .arg(&big)
            .args(["--no-model", "-q", "--out"])
            .arg(&out)
            .env("C2CHAT_FAULT_AT", stage)
            .output()
            .unwrap();
        assert!(
            !killed.status.success(),
            "{stage}: the fault point was not reached"
        );
        let ann = out.join("annotations.jsonl");
        let manifest = out.join("manifest.json");
        let stats = c2chat()
            .arg("stats")
            .arg(&ann)
            .arg("--out")
            .arg(d.path().join(format!("s-{stage}")))
            .output()
            .unwrap();
        if manifest.exists() {
            let m = read_json(&manifest);
            let n = read_jsonl(&ann).len() as u64;
            assert_eq!(
                n,
                m["counts"]["annotated"].as_u64().unwrap(),
                "{stage}: mixed set"
            );
            for (f, bytes) in m["output_bytes"].as_object().unwrap() {
                assert_eq!(
                    std::fs::metadata(out.join(f)).unwrap().len(),
                    bytes.as_u64().unwrap(),
                    "{stage}: {f}"
                );
            }
            assert!(stats.status.success(), "{stage}");
        } else {
            assert!(
                !stats.status.success(),
                "{stage}: a set without its manifest was read"
            );
            assert!(String::from_utf8_lossy(&stats.stderr).contains("incomplete output set"));
        }
        // The next run cleans up and gives a complete set.
        annotate_file(&big, &out, &[]).success();
        let left: Vec<_> = std::fs::read_dir(&out)
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with(".c2chat-tmp-"))
            .collect();
        assert!(left.is_empty(), "{stage}: stale temporaries remain");
    }
}

/// A corpus directory `c` under `root` with one CSV file and a `corpus.toml`.
fn corpus_with_policy(root: &std::path::Path, csv: &str, toml: &str) -> std::path::PathBuf {
    let dir = root.join("c");
    std::fs::create_dir_all(&dir).unwrap();
    write(&dir, "m.csv", csv);
    write(&dir, "corpus.toml", toml);
    dir
}

#[test]
fn corpus_toml_drops_and_pseudonymises_columns_and_names_typos() {
    let d = tempfile::tempdir().unwrap();
    let dir = corpus_with_policy(
        d.path(),
        "message_id,conversation_id,speaker,parent_email,pupil_no,text\nm1,c1,s1,mum@example.com,P-0042,see you at 4\n",
        "[column_policy]\nparent_email = \"drop\"\npupil_no = \"pseudonymise\"\n",
    );
    c2chat()
        .arg("annotate")
        .arg(&dir)
        .args(["--no-model", "-q", "--out"])
        .arg(d.path().join("o"))
        .env("C2CHAT_KEY_FILE", d.path().join("key"))
        .assert()
        .success();
    let a = read_jsonl(&d.path().join("o/annotations.jsonl"));
    let meta = a[0]["meta"].as_object().unwrap();
    assert!(!meta.contains_key("parent_email"));
    let p = meta["pupil_no"].as_str().unwrap();
    assert!(!p.contains("0042"), "{p}");
    let csv = std::fs::read_to_string(d.path().join("o/messages.csv")).unwrap();
    assert!(!csv.contains("example.com") && !csv.contains("parent_email"));
    // A typo in a column name is an error with a suggestion.
    write(
        &dir,
        "corpus.toml",
        "[column_policy]\nparent_emial = \"drop\"\n",
    );
    c2chat()
        .arg("annotate")
        .arg(&dir)
        .args(["--no-model", "-q", "--out"])
        .arg(d.path().join("o2"))
        .assert()
        .code(2)
        .stderr(predicates::str::contains("did you mean \"parent_email\""));
    // And so is an unknown policy.
    write(
        &dir,
        "corpus.toml",
        "[column_policy]\nparent_email = \"hide\"\n",
    );
    c2chat()
        .arg("annotate")
        .arg(&dir)
        .args(["--no-model", "-q", "--out"])
        .arg(d.path().join("o3"))
        .assert()
        .code(2)
        .stderr(predicates::str::contains("corpus.toml"));
}

/// The core columns are taken wherever they stand in the header, the others kept as `meta` in
/// the header's order, and the column policy acts on a core column as on any other.
#[test]
fn core_columns_anywhere_in_the_header_and_the_policy_on_them() {
    let d = tempfile::tempdir().unwrap();
    let dir = corpus_with_policy(
        d.path(),
        "zeta,text,speaker,alpha,message_id,mid,conversation_id,timestamp\n\
         z1,see you at 4,s1,a1,m1,x1,c1,2025-01-01T10:00:00Z\n",
        "[column_policy]\nspeaker = \"drop\"\n",
    );
    c2chat()
        .arg("annotate")
        .arg(&dir)
        .args(["--no-model", "-q", "--out"])
        .arg(d.path().join("o"))
        .assert()
        .success();
    let a = read_jsonl(&d.path().join("o/annotations.jsonl"));
    assert_eq!(a.len(), 1);
    let keys: Vec<&String> = a[0]["meta"].as_object().unwrap().keys().collect();
    assert_eq!(keys, ["zeta", "alpha", "mid"], "meta in the header's order");
    assert_eq!(a[0]["text"], "see you at 4");
    assert_eq!(a[0]["message_id"], "m1");
    assert_eq!(a[0]["conversation_id"], "c1");
    assert_eq!(a[0]["timestamp"], "2025-01-01T10:00:00Z");
    let speaker = a[0]["speaker"].as_str().unwrap();
    assert!(
        speaker != "s1" && speaker.ends_with("m1"),
        "a dropped speaker column is an unknown speaker: {speaker}"
    );
}

/// Kill export while reading, after writing the documents and before its completion marker:
/// import refuses what is left; a complete export reads back.
#[test]
fn a_killed_export_is_never_imported() {
    let d = tempfile::tempdir().unwrap();
    let ann = d.path().join("a");
    c2chat()
        .args(["annotate", "corpora/demo", "--no-model", "-q", "--out"])
        .arg(&ann)
        .assert()
        .success();
    for to in ["brat", "webanno", "labelstudio", "doccano"] {
        for stage in ["export:read", "export:write", "export:commit"] {
            let out = d.path().join(format!("{to}-{stage}").replace(':', "-"));
            let killed = c2chat()
                .arg("export")
                .arg(ann.join("annotations.jsonl"))
                .args(["--to", to, "--out"])
                .arg(&out)
                .env("C2CHAT_FAULT_AT", stage)
                .output()
                .unwrap();
            assert!(!killed.status.success(), "{to} {stage}: not reached");
            if out.exists() {
                c2chat()
                    .arg("import")
                    .arg(&out)
                    .args(["--from", to, "--out"])
                    .arg(d.path().join("gold.jsonl"))
                    .assert()
                    .code(2);
            }
        }
        let out = d.path().join(format!("{to}-ok"));
        c2chat()
            .arg("export")
            .arg(ann.join("annotations.jsonl"))
            .args(["--to", to, "-q", "--out"])
            .arg(&out)
            .assert()
            .success();
        c2chat()
            .arg("import")
            .arg(&out)
            .args(["--from", to, "--out"])
            .arg(d.path().join(format!("gold-{to}.jsonl")))
            .assert()
            .success();
    }
}

#[test]
fn conversation_order_is_the_same_on_the_pool_and_on_the_calling_thread() {
    // c1: every message has a time, so time order (stable for the tie); c2: one has none, so
    // file order; c3: one message.
    let rows: [(&str, Option<&str>); 7] = [
        ("c1", Some("2024-01-01T10:05:00Z")),
        ("c2", Some("2024-01-01T09:00:00Z")),
        ("c1", Some("2024-01-01T10:00:00+00:00")),
        ("c2", None),
        ("c1", Some("2024-01-01T10:05:00Z")),
        ("c3", Some("2024-01-01T08:00:00Z")),
        ("c1", Some("2024-01-01T11:00:00+01:00")),
    ];
    let conv = |i: usize| rows[i].0;
    let time = |i: usize| rows[i].1;
    let want = vec![vec![2, 6, 0, 4], vec![1, 3], vec![5]];
    assert_eq!(
        c2chat::ingest::order_by_conversation(rows.len(), conv, time),
        want
    );
    assert_eq!(
        c2chat::ingest::order_by_conversation_here(rows.len(), conv, time),
        want
    );
}
