//! Exports for corpus tools (issue 21): VRT for CWB/CQPweb and Sketch Engine, plain text per
//! category for AntConc and #LancsBox. Run on the bundled demo corpus.

mod common;
use common::{c2chat, read_jsonl, root};
use std::collections::BTreeMap;

fn demo() -> (
    tempfile::TempDir,
    std::path::PathBuf,
    Vec<serde_json::Value>,
) {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("ann");
    c2chat()
        .args(["annotate", "-q", "--no-model"])
        .arg(root("corpora/demo"))
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let ann = out.join("annotations.jsonl");
    let anns = read_jsonl(&ann);
    (d, ann, anns)
}

#[test]
fn vrt_has_a_text_per_conversation_a_msg_per_message_and_three_columns() {
    let (d, ann, anns) = demo();
    let dir = d.path().join("vrt");
    c2chat()
        .args(["export", "-q", "--to", "vrt"])
        .arg(&ann)
        .arg("--out")
        .arg(&dir)
        .assert()
        .success();
    let vrt = std::fs::read_to_string(dir.join("corpus.vrt")).unwrap();
    let convs: std::collections::BTreeSet<&str> = anns
        .iter()
        .map(|a| a["conversation_id"].as_str().unwrap())
        .collect();
    let opens = vrt.lines().filter(|l| l.starts_with("<text ")).count();
    assert_eq!(opens, convs.len());
    assert_eq!(vrt.lines().filter(|l| *l == "</text>").count(), opens);
    let msgs: Vec<&str> = vrt.lines().filter(|l| l.starts_with("<msg ")).collect();
    assert_eq!(msgs.len(), anns.len());
    assert_eq!(vrt.lines().filter(|l| *l == "</msg>").count(), anns.len());
    // Each <msg> carries its labels as a CWB set attribute, in input order.
    for (line, a) in msgs.iter().zip(&anns) {
        let id = a["message_id"].as_str().unwrap();
        assert!(line.contains(&format!("id=\"{id}\"")), "{line}");
        let labels: Vec<&str> = a["labels"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l.as_str().unwrap())
            .collect();
        let set = format!(
            "labels=\"|{}\"",
            labels.iter().map(|l| format!("{l}|")).collect::<String>()
        );
        assert!(line.contains(&set), "{line} lacks {set}");
    }
    // Token lines: three tab-separated columns, no raw markup; flagged tokens carry categories.
    let mut cats: BTreeMap<String, usize> = BTreeMap::new();
    for l in vrt.lines().filter(|l| !l.starts_with('<')) {
        let cols: Vec<&str> = l.split('\t').collect();
        assert_eq!(cols.len(), 3, "{l:?}");
        assert!(!cols[0].is_empty() && !cols[0].contains('<'), "{l:?}");
        *cats.entry(cols[2].to_string()).or_default() += 1;
    }
    assert!(cats.get("_").copied().unwrap_or(0) > 0);
    assert!(cats.keys().any(|c| c.starts_with("coercive.")), "{cats:?}");
    // CWB itself, when installed, encodes it.
    if let Ok(st) = std::process::Command::new("cwb-encode").arg("-h").output() {
        let _ = st;
        let data = d.path().join("cwbdata");
        std::fs::create_dir_all(&data).unwrap();
        let ok = std::process::Command::new("cwb-encode")
            .args(["-c", "utf8", "-x", "-s", "-B", "-d"])
            .arg(&data)
            .arg("-f")
            .arg(dir.join("corpus.vrt"))
            .args(["-P", "norm", "-P", "cat", "-S", "text:0+id+corpus"])
            .args(["-S", "msg:0+id+speaker+time+labels+lang+episode+role"])
            .status()
            .unwrap();
        assert!(ok.success(), "cwb-encode rejected corpus.vrt");
    }
}

#[test]
fn txt_has_a_folder_per_category_and_every_message_once_per_label() {
    let (d, ann, anns) = demo();
    let dir = d.path().join("txt");
    c2chat()
        .args(["export", "-q", "--to", "txt"])
        .arg(&ann)
        .arg("--out")
        .arg(&dir)
        .assert()
        .success();
    let mut expected: BTreeMap<String, usize> = BTreeMap::new();
    for a in &anns {
        let labels = a["labels"].as_array().unwrap();
        if labels.is_empty() {
            *expected.entry("unflagged".into()).or_default() += 1;
        }
        for l in labels {
            *expected.entry(l.as_str().unwrap().to_string()).or_default() += 1;
        }
    }
    for (cat, n) in &expected {
        let sub = dir.join(cat);
        let lines: usize = std::fs::read_dir(&sub)
            .unwrap_or_else(|e| panic!("{}: {e}", sub.display()))
            .map(|f| {
                std::fs::read_to_string(f.unwrap().path())
                    .unwrap()
                    .lines()
                    .count()
            })
            .sum();
        assert_eq!(lines, *n, "{cat}");
    }
}

#[test]
fn corpus_tool_formats_are_export_only() {
    let (d, ann, _) = demo();
    let dir = d.path().join("vrt");
    c2chat()
        .args(["export", "-q", "--to", "vrt"])
        .arg(&ann)
        .arg("--out")
        .arg(&dir)
        .assert()
        .success();
    let out = c2chat()
        .args(["import", "--from", "vrt"])
        .arg(&dir)
        .arg("--out")
        .arg(d.path().join("gold.jsonl"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("export-only"), "{err}");
}
