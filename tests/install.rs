//! Issue 14.1: the installed binary does not depend on the current directory. The binary is
//! copied out of the build tree (as `cargo install` does) and run from an empty directory.

mod common;
use common::*;
use std::path::{Path, PathBuf};

/// Run a freshly copied binary. Tests run in parallel threads: another thread's fork may still
/// hold the copy's write descriptor for an instant (until its child execs), and exec then
/// fails with "Text file busy" (ETXTBSY). That is a property of the test harness, not of
/// c2chat, so retry briefly.
fn spawn_retrying(
    mut f: impl FnMut() -> std::io::Result<std::process::Output>,
) -> std::process::Output {
    for _ in 0..50 {
        match f() {
            Err(e) if e.kind() == std::io::ErrorKind::ExecutableFileBusy => {
                std::thread::sleep(std::time::Duration::from_millis(20))
            }
            r => return r.unwrap(),
        }
    }
    f().unwrap()
}

/// A copy of the binary outside the repository, and an empty working directory.
fn installed() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let d = tempfile::tempdir().unwrap();
    let bin = d.path().join("bin/c2chat");
    std::fs::create_dir_all(bin.parent().unwrap()).unwrap();
    std::fs::copy(assert_cmd::cargo::cargo_bin("c2chat"), &bin).unwrap();
    let cwd = d.path().join("empty");
    std::fs::create_dir_all(&cwd).unwrap();
    (d, bin, cwd)
}

fn run(bin: &Path, cwd: &Path, args: &[&std::ffi::OsStr]) -> std::process::Output {
    let o = spawn_retrying(|| {
        std::process::Command::new(bin)
            .current_dir(cwd)
            .env("C2CHAT_KEY_FILE", cwd.parent().unwrap().join("key"))
            .args(args)
            .output()
    });
    assert!(
        o.status.success(),
        "{:?} failed: {}",
        args,
        String::from_utf8_lossy(&o.stderr)
    );
    o
}

/// `c2chat annotate DEMO --out OUT -q` with the installed binary.
fn annotate_demo(bin: &Path, cwd: &Path, demo: &Path, out: &Path) {
    run(
        bin,
        cwd,
        &[
            "annotate".as_ref(),
            demo.as_os_str(),
            "--out".as_ref(),
            out.as_os_str(),
            "-q".as_ref(),
        ],
    );
}

#[test]
fn installed_binary_annotates_from_an_empty_directory_with_the_repo_bytes() {
    let (d, bin, cwd) = installed();
    let demo = root("corpora/demo");
    let out = d.path().join("o1");
    annotate_demo(&bin, &cwd, &demo, &out);
    // The same run inside the repository, with the lexicon directory named explicitly.
    let out2 = d.path().join("o2");
    c2chat()
        .args([
            "annotate",
            "corpora/demo",
            "--lexicon",
            "lexicons/core",
            "--out",
        ])
        .arg(&out2)
        .arg("-q")
        .assert()
        .success();
    let a = std::fs::read(out.join("annotations.jsonl")).unwrap();
    let b = std::fs::read(out2.join("annotations.jsonl")).unwrap();
    assert!(!a.is_empty());
    assert!(
        a == b,
        "annotations differ between the built-in and the directory lexicon"
    );
    let m1 = read_json(&out.join("manifest.json"));
    let m2 = read_json(&out2.join("manifest.json"));
    assert_eq!(
        m1["lexicon"]["path"],
        "builtin:core@1.1.0".replace("1.1.0", m1["lexicon"]["version"].as_str().unwrap())
    );
    assert_eq!(m1["lexicon"]["hash"], m2["lexicon"]["hash"]);
    // --lexicon DIR no longer drops the default model silently.
    assert_eq!(m1["model"]["path"], "builtin:default.model");
    assert_eq!(m2["model"]["path"], "builtin:default.model");
    assert_eq!(m1["model"]["sha256"], m2["model"]["sha256"]);
}

#[test]
fn installed_binary_teaches_evaluates_and_lists_terms_from_an_empty_directory() {
    let (d, bin, cwd) = installed();
    let demo = root("corpora/demo");
    let out = d.path().join("o");
    annotate_demo(&bin, &cwd, &demo, &out);
    let ann = out.join("annotations.jsonl");
    let pack = d.path().join("pack");
    let teach = spawn_retrying(|| {
        std::process::Command::new(&bin)
            .current_dir(&cwd)
            .args(["teach", "--annotations"])
            .arg(&ann)
            .arg("--out")
            .arg(&pack)
            .output()
    });
    let teach = if teach.status.success() {
        teach
    } else {
        // `teach` takes the annotations file as an argument (issue 14.4).
        run(
            &bin,
            &cwd,
            &[
                "teach".as_ref(),
                ann.as_os_str(),
                "--out".as_ref(),
                pack.as_os_str(),
            ],
        )
    };
    assert!(teach.status.success());
    assert!(pack.join("pack.html").exists());
    std::fs::write(
        d.path().join("data.jsonl"),
        "{\"text\":\"send me a pic now\",\"gold\":[\"coercive.image_request\"]}\n{\"text\":\"has anyone got the timetable\",\"gold\":[]}\n",
    )
    .unwrap();
    let data = d.path().join("data.jsonl");
    run(
        &bin,
        &cwd,
        &[
            "evaluate".as_ref(),
            "--model".as_ref(),
            "builtin".as_ref(),
            "--data".as_ref(),
            data.as_os_str(),
        ],
    );
    let terms = run(
        &bin,
        &cwd,
        &["lexicon".as_ref(), "terms".as_ref(), "core".as_ref()],
    );
    assert!(String::from_utf8_lossy(&terms.stdout).lines().count() > 100);
}

#[test]
fn lexicon_export_writes_an_editable_copy_with_the_builtin_hash() {
    let (d, bin, cwd) = installed();
    let dir = d.path().join("mylex");
    run(
        &bin,
        &cwd,
        &[
            "lexicon".as_ref(),
            "export".as_ref(),
            "core".as_ref(),
            dir.as_os_str(),
        ],
    );
    assert!(dir.join("lexicon.toml").exists() && dir.join("patterns.toml").exists());
    let list = run(&bin, &cwd, &["lexicon".as_ref(), "list".as_ref()]);
    let list = String::from_utf8_lossy(&list.stdout).to_string();
    let hash = list
        .lines()
        .next()
        .unwrap()
        .split('\t')
        .nth(2)
        .unwrap()
        .to_string();
    // An edited copy is used as given, and its manifest names the directory and a new hash.
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(dir.join("entries/protective.tsv"))
        .unwrap();
    std::io::Write::write_all(
        &mut f,
        b"tell miss\tprotective\t1\tphrase\tadded by a researcher\n",
    )
    .unwrap();
    let csv = d.path().join("in.csv");
    std::fs::write(
        &csv,
        "conversation_id,message_id,speaker,text\nc1,m1,s1,im going to tell miss\n",
    )
    .unwrap();
    let out = d.path().join("o");
    run(
        &bin,
        &cwd,
        &[
            "annotate".as_ref(),
            csv.as_os_str(),
            "--lexicon".as_ref(),
            dir.as_os_str(),
            "--no-model".as_ref(),
            "--out".as_ref(),
            out.as_os_str(),
            "-q".as_ref(),
        ],
    );
    let m = read_json(&out.join("manifest.json"));
    assert_ne!(m["lexicon"]["hash"].as_str().unwrap(), hash);
    assert_eq!(m["lexicon"]["path"], dir.display().to_string());
    let a = read_jsonl(&out.join("annotations.jsonl"));
    assert_eq!(a[0]["labels"][0], "protective");
}

#[test]
fn unknown_lexicon_names_the_builtin_ones() {
    let (_d, bin, cwd) = installed();
    let o = spawn_retrying(|| {
        std::process::Command::new(&bin)
            .current_dir(&cwd)
            .args(["lexicon", "terms", "cor"])
            .output()
    });
    assert_eq!(o.status.code(), Some(2));
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(e.contains("built-in: core"), "{e}");
}
