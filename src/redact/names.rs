//! Whole-word, case-insensitive phrase matching: the user-supplied names list
//! ([`NameList`]) and the matcher behind speaker-name replacement.

use aho_corasick::{AhoCorasick, MatchKind};
use anyhow::{bail, Context, Result};
use std::collections::HashMap;
use std::path::Path;

/// Whether `c` is part of a word (for whole-word checks).
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Fold a phrase for comparison: lower case, whitespace runs collapsed to one space, trimmed.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// A text folded like [`fold`] (without trimming), with a map from every folded byte back to
/// the original byte range of the character it came from.
struct Folded {
    text: String,
    orig_start: Vec<usize>,
    orig_end: Vec<usize>,
}

fn fold_with_map(s: &str) -> Folded {
    let mut text = String::with_capacity(s.len());
    let mut orig_start = Vec::with_capacity(s.len());
    let mut orig_end = Vec::with_capacity(s.len());
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if !d.is_whitespace() {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
            text.push(' ');
            orig_start.push(i);
            orig_end.push(end);
            continue;
        }
        let end = i + c.len_utf8();
        for l in c.to_lowercase() {
            let before = text.len();
            text.push(l);
            for _ in before..text.len() {
                orig_start.push(i);
                orig_end.push(end);
            }
        }
    }
    Folded {
        text,
        orig_start,
        orig_end,
    }
}

/// Finds whole-word, case-insensitive occurrences of a set of phrases. Returns every
/// boundary-valid occurrence, overlapping ones included; callers resolve overlaps.
#[derive(Debug, Clone)]
pub(crate) struct PhraseMatcher {
    /// Folded phrases; the pattern index is the phrase's position here.
    phrases: Vec<String>,
    ac: Option<AhoCorasick>,
}

impl PhraseMatcher {
    pub(crate) fn new(phrases: Vec<String>) -> Self {
        let ac = if phrases.is_empty() {
            None
        } else {
            // A build failure (only possible for absurdly large inputs) falls back to a plain scan.
            AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(&phrases)
                .ok()
        };
        PhraseMatcher { phrases, ac }
    }

    /// Occurrences as (byte start, byte end, phrase index) into `text`, sorted.
    pub(crate) fn find(&self, text: &str) -> Vec<(usize, usize, usize)> {
        if self.phrases.is_empty() || text.is_empty() {
            return Vec::new();
        }
        let f = fold_with_map(text);
        let mut raw: Vec<(usize, usize, usize)> = Vec::new();
        match &self.ac {
            Some(ac) => {
                for m in ac.find_overlapping_iter(&f.text) {
                    raw.push((m.start(), m.end(), m.pattern().as_usize()));
                }
            }
            None => {
                for (pi, p) in self.phrases.iter().enumerate() {
                    let mut from = 0;
                    while let Some(pos) = f.text[from..].find(p.as_str()) {
                        let s = from + pos;
                        raw.push((s, s + p.len(), pi));
                        from = s + p.chars().next().map_or(1, char::len_utf8);
                    }
                }
            }
        }
        let mut out = Vec::new();
        for (s, e, pi) in raw {
            if e == 0 || s >= e {
                continue;
            }
            let os = f.orig_start[s];
            let oe = f.orig_end[e - 1];
            // The match must cover whole original characters.
            if s > 0 && f.orig_start[s - 1] == os {
                continue;
            }
            if e < f.orig_start.len() && f.orig_start[e] == f.orig_start[e - 1] {
                continue;
            }
            let before = text[..os].chars().next_back();
            let after = text[oe..].chars().next();
            if before.is_some_and(is_word_char) || after.is_some_and(is_word_char) {
                continue;
            }
            out.push((os, oe, pi));
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

impl PhraseMatcher {
    /// `text` with every phrase found replaced by `with(phrase index)`; overlapping finds
    /// are resolved by [`resolve_overlaps`] (longest first, then earliest).
    pub(crate) fn replace_with(&self, text: &str, mut with: impl FnMut(usize) -> String) -> String {
        let found = resolve_overlaps(text, self.find(text), |i| *i);
        if found.is_empty() {
            return text.to_string();
        }
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for (s, e, i) in found {
            out.push_str(&text[at..s]);
            out.push_str(&with(i));
            at = e;
        }
        out.push_str(&text[at..]);
        out
    }
}

/// Pick non-overlapping ranges: longest (in characters) first, then earliest, then by `rank`.
/// Returns the chosen items sorted by start.
pub(crate) fn resolve_overlaps<T: Clone>(
    text: &str,
    items: Vec<(usize, usize, T)>,
    rank: impl Fn(&T) -> usize,
) -> Vec<(usize, usize, T)> {
    let mut keyed: Vec<(usize, usize, usize, usize, T)> = items
        .into_iter()
        .map(|(s, e, t)| (text[s..e].chars().count(), s, e, rank(&t), t))
        .collect();
    keyed.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.3.cmp(&b.3)));
    // Chosen ranges by start; they never overlap, so checking the neighbours suffices.
    let mut chosen: std::collections::BTreeMap<usize, (usize, T)> =
        std::collections::BTreeMap::new();
    for (_, s, e, _, t) in keyed {
        if s >= e {
            continue;
        }
        let clash_before = chosen
            .range(..=s)
            .next_back()
            .is_some_and(|(_, (pe, _))| *pe > s);
        let clash_after = chosen.range(s..).next().is_some_and(|(ps, _)| *ps < e);
        if !clash_before && !clash_after {
            chosen.insert(s, (e, t));
        }
    }
    chosen.into_iter().map(|(s, (e, t))| (s, e, t)).collect()
}

/// A user-supplied list of names to redact. Each distinct name (case-insensitive) gets a
/// stable 1-based index by its first position in the list: `[NAME_1]`, `[NAME_2]`, ...
#[derive(Debug, Clone, Default)]
pub struct NameList {
    /// Distinct names as first written, in list order (index = position + 1).
    names: Vec<String>,
    index: HashMap<String, usize>,
    matcher: Option<PhraseMatcher>,
}

impl NameList {
    /// An empty list (matches nothing).
    pub fn empty() -> Self {
        NameList::default()
    }

    /// Build from names in order. Blank entries are skipped; a name with fewer than two
    /// letters or digits is an error (it would redact ordinary text).
    pub fn new<I, S>(names: I) -> Result<Self>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut list = NameList::default();
        for (i, n) in names.into_iter().enumerate() {
            list.push(n.as_ref())
                .with_context(|| format!("name {}", i + 1))?;
        }
        list.rebuild();
        Ok(list)
    }

    /// Parse a names file's contents: one name per line; blank lines and lines starting
    /// with `#` are skipped. `origin` names the file in errors.
    pub fn parse(text: &str, origin: &str) -> Result<Self> {
        let mut list = NameList::default();
        for (i, line) in text.lines().enumerate() {
            let t = line.trim().trim_start_matches('\u{feff}');
            if t.is_empty() || t.starts_with('#') {
                continue;
            }
            list.push(t)
                .with_context(|| format!("{origin}: line {}", i + 1))?;
        }
        list.rebuild();
        Ok(list)
    }

    /// Read a names file (UTF-8, one name per line).
    pub fn load(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("reading names file {}", path.display()))?;
        Self::parse(&text, &path.display().to_string())
    }

    fn push(&mut self, name: &str) -> Result<()> {
        let key = fold(name);
        if key.is_empty() {
            return Ok(());
        }
        if key.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
            bail!("a name must have at least two letters or digits");
        }
        if !self.index.contains_key(&key) {
            self.names.push(name.trim().to_string());
            self.index.insert(key, self.names.len());
        }
        Ok(())
    }

    fn rebuild(&mut self) {
        let phrases: Vec<String> = self.names.iter().map(|n| fold(n)).collect();
        self.matcher = if phrases.is_empty() {
            None
        } else {
            Some(PhraseMatcher::new(phrases))
        };
    }

    /// Number of distinct names.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The 1-based index of a name (case-insensitive, whitespace-insensitive), if listed.
    pub fn index_of(&self, name: &str) -> Option<usize> {
        self.index.get(&fold(name)).copied()
    }

    /// Every whole-word occurrence as (byte start, byte end, 1-based index), overlaps included.
    pub(crate) fn find(&self, text: &str) -> Vec<(usize, usize, usize)> {
        match &self.matcher {
            Some(m) => m
                .find(text)
                .into_iter()
                .map(|(s, e, pi)| (s, e, pi + 1))
                .collect(),
            None => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_lowercases_and_collapses_space() {
        assert_eq!(fold("  Jamie \t LEE "), "jamie lee");
    }

    #[test]
    fn indices_follow_list_order_and_ignore_duplicates() {
        let l = NameList::parse("# names\nAlexa\n\nbob\nALEXA\nCarol Ann\n", "names.txt").unwrap();
        assert_eq!(l.len(), 3);
        assert_eq!(l.index_of("alexa"), Some(1));
        assert_eq!(l.index_of("Bob"), Some(2));
        assert_eq!(l.index_of("carol   ann"), Some(3));
        assert_eq!(l.index_of("dave"), None);
    }

    #[test]
    fn too_short_name_is_an_error_naming_the_line() {
        let e = NameList::parse("Alexa\nJ\n", "n.txt").unwrap_err();
        assert!(format!("{e:#}").contains("n.txt: line 2"), "{e:#}");
    }

    #[test]
    fn whole_word_case_insensitive() {
        let l = NameList::new(["Ann", "Anna"]).unwrap();
        let t = "ANNA and ann but not Annabel or Joanna; Ann's";
        let hits = l.find(t);
        let got: Vec<(&str, usize)> = hits.iter().map(|&(s, e, i)| (&t[s..e], i)).collect();
        assert_eq!(got, vec![("ANNA", 2), ("ann", 1), ("Ann", 1)]);
    }

    #[test]
    fn multiword_names_match_across_whitespace_and_non_ascii() {
        let l = NameList::new(["Zoë Ålund"]).unwrap();
        let t = "hi ZOË  ÅLUND!";
        let hits = l.find(t);
        assert_eq!(hits.len(), 1);
        assert_eq!(&t[hits[0].0..hits[0].1], "ZOË  ÅLUND");
    }

    #[test]
    fn resolve_prefers_longest_then_earliest() {
        let t = "abcdefgh";
        let items = vec![(0, 3, 'a'), (2, 7, 'b'), (5, 8, 'c'), (6, 8, 'd')];
        let got = resolve_overlaps(t, items, |c| *c as usize);
        assert_eq!(got, vec![(2, 7, 'b')]);
        let items = vec![(0, 2, 'x'), (0, 2, 'a'), (3, 5, 'y')];
        let got = resolve_overlaps(t, items, |c| *c as usize);
        assert_eq!(got, vec![(0, 2, 'a'), (3, 5, 'y')]);
    }
}
