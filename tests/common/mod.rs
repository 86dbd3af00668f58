#![allow(dead_code)]
use assert_cmd::Command;
use std::path::{Path, PathBuf};

pub fn fixture(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(p)
}

pub fn root(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(p)
}

pub fn c2chat() -> Command {
    let mut c = Command::cargo_bin("c2chat").unwrap();
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

pub fn read_jsonl(p: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(p)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// The header line of a model file (the compact form's JSON line; a JSON model's whole text).
pub fn read_model_header(p: &Path) -> serde_json::Value {
    let bytes = std::fs::read(p).unwrap();
    let end = bytes
        .iter()
        .position(|&b| b == b'\n')
        .unwrap_or(bytes.len());
    serde_json::from_slice(&bytes[..end]).unwrap()
}

pub fn read_json(p: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
}
