//! Test helpers: the texts of the bundled corpora.

/// The `text` column of a CSV under the crate root (`corpora/dev/messages.csv`).
pub(crate) fn texts_of(rel: &str) -> Vec<String> {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    let mut r = csv::Reader::from_path(p).unwrap();
    let h = r.headers().unwrap().clone();
    let ti = h.iter().position(|c| c == "text").unwrap();
    r.records().map(|x| x.unwrap()[ti].to_string()).collect()
}
