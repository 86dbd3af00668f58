//! `c2chat lexicon import`: LIWC `.dic` and HurtLex-style TSV into a lexicon directory.
//!
//! LIWC `.dic`: a `%` line, category lines `id<TAB>name`, a `%` line, then `term<TAB>id<TAB>id…`.
//! A trailing `*` is a prefix wildcard. In c2chat an exact or longer entry wins over a shorter
//! wildcard at the same place (the Python `liwc` package lets the shortest prefix win).
//!
//! HurtLex TSV: header `id pos category stereotype lemma level`; entries go to category
//! `hurtlex.<category>`, severity 2 for level `conservative`, 1 otherwise.

use crate::error::{Context, Result};
use crate::{bail, err};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

/// A lexicon ready to be written.
#[derive(Debug, Default)]
pub struct Imported {
    /// The new lexicon's name.
    pub name: String,
    /// id -> (label, definition)
    pub categories: BTreeMap<String, (String, String)>,
    /// (term, category, severity, match, note)
    pub entries: Vec<(String, String, u8, &'static str, String)>,
}

fn sanitize_id(s: &str) -> String {
    s.trim()
        .to_lowercase()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '.' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

fn match_of(term: &str) -> &'static str {
    if term.ends_with('*') {
        "prefix"
    } else if term.contains(' ') {
        "phrase"
    } else {
        "word"
    }
}

/// Parse a LIWC `.dic` file.
pub fn read_liwc(path: &Path) -> Result<Imported> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let text = text.trim_start_matches('\u{feff}');
    let mut out = Imported {
        name: path
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default(),
        ..Default::default()
    };
    let mut ids: BTreeMap<String, String> = BTreeMap::new();
    let mut section = 0; // 0 before first %, 1 in header, 2 in body
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let l = raw.trim_end_matches('\r');
        if l.trim().is_empty() {
            continue;
        }
        if l.trim() == "%" {
            section += 1;
            if section > 2 {
                bail!("{}:{line}: a third '%' line", path.display());
            }
            continue;
        }
        match section {
            0 => bail!(
                "{}:{line}: a LIWC .dic starts with a '%' line",
                path.display()
            ),
            1 => {
                let mut parts = l.split_whitespace();
                let (Some(id), Some(name)) = (parts.next(), parts.next()) else {
                    bail!(
                        "{}:{line}: expected 'id<TAB>name' in the category header",
                        path.display()
                    );
                };
                let cid = sanitize_id(name);
                out.categories.insert(
                    cid.clone(),
                    (
                        name.to_string(),
                        format!("Imported from LIWC category {id} ({name})."),
                    ),
                );
                ids.insert(id.to_string(), cid);
            }
            _ => {
                let mut parts = l.split('\t').filter(|s| !s.trim().is_empty());
                let term = parts
                    .next()
                    .ok_or_else(|| err!("{}:{line}: empty entry", path.display()))?
                    .trim()
                    .to_lowercase();
                let mut any = false;
                for id in parts {
                    let id = id.trim();
                    let cat = ids.get(id).ok_or_else(|| {
                        err!(
                            "{}:{line}: category id {id:?} is not in the header",
                            path.display()
                        )
                    })?;
                    out.entries.push((
                        term.clone(),
                        cat.clone(),
                        1,
                        match_of(&term),
                        format!("liwc:{id}"),
                    ));
                    any = true;
                }
                if !any {
                    bail!(
                        "{}:{line}: entry {term:?} has no category ids",
                        path.display()
                    );
                }
            }
        }
    }
    if section < 2 {
        bail!(
            "{}: the category header is not closed by a second '%' line",
            path.display()
        );
    }
    Ok(out)
}

/// Parse a HurtLex-style TSV.
pub fn read_hurtlex(path: &Path) -> Result<Imported> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut lines = text.lines().enumerate();
    let header: Vec<&str> = match lines.next() {
        Some((_, h)) => h
            .trim_start_matches('\u{feff}')
            .split('\t')
            .map(|s| s.trim())
            .collect(),
        None => bail!("{}: empty file", path.display()),
    };
    let col = |n: &str| {
        header
            .iter()
            .position(|h| *h == n)
            .ok_or_else(|| err!("{}:1: no '{n}' column in the header", path.display()))
    };
    let (ci, li, lv) = (col("category")?, col("lemma")?, col("level")?);
    let mut out = Imported {
        name: path
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default(),
        ..Default::default()
    };
    for (i, raw) in lines {
        let line = i + 1;
        if raw.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = raw.split('\t').collect();
        if cols.len() != header.len() {
            bail!(
                "{}:{line}: expected {} columns, found {}",
                path.display(),
                header.len(),
                cols.len()
            );
        }
        let cat = format!("hurtlex.{}", sanitize_id(cols[ci]));
        let term = cols[li].trim().to_lowercase();
        if term.is_empty() {
            bail!("{}:{line}: empty lemma", path.display());
        }
        let sev = if cols[lv].trim().starts_with("conservative") {
            2
        } else {
            1
        };
        out.categories.entry(cat.clone()).or_insert_with(|| {
            (
                cols[ci].trim().to_string(),
                format!("HurtLex category {}.", cols[ci].trim()),
            )
        });
        out.entries.push((
            term.clone(),
            cat,
            sev,
            match_of(&term),
            format!("hurtlex:{}", cols[lv].trim()),
        ));
    }
    Ok(out)
}

/// Write an imported lexicon as a c2chat lexicon directory (lexicon.toml + entries.tsv).
pub fn write_lexicon(imp: &Imported, out: &Path, source: &str) -> Result<()> {
    let mut toml = String::new();
    writeln!(
        toml,
        "name = {:?}\nversion = \"imported-1\"\ndescription = {:?}\n",
        imp.name,
        format!("Imported from {source}")
    )?;
    for (id, (label, def)) in &imp.categories {
        writeln!(toml, "[[categories]]\nid = {id:?}\nlabel = {label:?}\ndefinition = {def:?}\nsource = {source:?}\n")?;
    }
    let mut tsv = String::from("term\tcategory\tseverity\tmatch\tnote\n");
    let mut seen = std::collections::BTreeSet::new();
    for (t, c, s, m, n) in &imp.entries {
        if seen.insert((t.clone(), c.clone())) {
            writeln!(tsv, "{t}\t{c}\t{s}\t{m}\t{n}")?;
        }
    }
    crate::io::write_atomic(&out.join("lexicon.toml"), toml.as_bytes())?;
    crate::io::write_atomic(&out.join("entries.tsv"), tsv.as_bytes())?;
    Ok(())
}
