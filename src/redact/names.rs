//! Whole-word, case-insensitive phrase matching: the user-supplied names list
//! ([`NameList`]) and the matcher behind speaker-name replacement.

use crate::bail;
use crate::error::{Context, Result};
use aho_corasick::{AhoCorasick, MatchKind};
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::OnceLock;

/// Whether `c` is part of a word (for whole-word checks).
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Push the lower-case, accent-stripped form of `c` ("Á" → "a"); combining marks push
/// nothing.
fn push_folded(c: char, out: &mut String) {
    use unicode_normalization::char::{decompose_canonical, is_combining_mark};
    decompose_canonical(c, |d| {
        if !is_combining_mark(d) {
            out.extend(d.to_lowercase());
        }
    });
}

/// Fold a phrase for comparison: lower case, accents stripped ("Siobhán" → "siobhan"),
/// whitespace runs collapsed to one space, trimmed.
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
        push_folded(c, &mut out);
    }
    out
}

/// [`fold`], then every run of one repeated letter squeezed to one letter ("jessss" →
/// "jes"), for matching elongated names.
pub(crate) fn squeeze(folded: &str) -> String {
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_alphabetic() && out.ends_with(c) {
            continue;
        }
        out.push(c);
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

fn fold_with_map(s: &str, squeezed: bool) -> Folded {
    let mut f = Folded {
        text: String::with_capacity(s.len()),
        orig_start: Vec::with_capacity(s.len()),
        orig_end: Vec::with_capacity(s.len()),
    };
    // Folded bytes of the last non-space character, to extend over combining marks and
    // squeezed repeats.
    let mut last = 0..0;
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
            f.text.push(' ');
            f.orig_start.push(i);
            f.orig_end.push(end);
            last = 0..0;
            continue;
        }
        let end = i + c.len_utf8();
        let mut piece = String::new();
        push_folded(c, &mut piece);
        let repeat = squeezed
            && !last.is_empty()
            && piece.chars().all(char::is_alphabetic)
            && f.text[last.clone()] == piece;
        if piece.is_empty() || repeat {
            // A combining mark or a squeezed repeat belongs to the character before it.
            for k in last.clone() {
                f.orig_end[k] = end;
            }
            continue;
        }
        let before = f.text.len();
        f.text.push_str(&piece);
        for _ in before..f.text.len() {
            f.orig_start.push(i);
            f.orig_end.push(end);
        }
        last = before..f.text.len();
    }
    f
}

/// Finds whole-word, case-insensitive occurrences of a set of phrases. Returns every
/// boundary-valid occurrence, overlapping ones included; callers resolve overlaps.
#[derive(Debug, Clone)]
pub(crate) struct PhraseMatcher {
    /// Folded phrases; the pattern index is the phrase's position here.
    phrases: Vec<String>,
    ac: Option<AhoCorasick>,
    /// Match on [`squeeze`]d text (phrases must be squeezed too).
    squeezed: bool,
}

impl PhraseMatcher {
    pub(crate) fn new(phrases: Vec<String>) -> Self {
        Self::with_squeeze(phrases, false)
    }

    pub(crate) fn with_squeeze(phrases: Vec<String>, squeezed: bool) -> Self {
        let ac = if phrases.is_empty() {
            None
        } else {
            // A build failure (only possible for absurdly large inputs) falls back to a plain scan.
            AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(&phrases)
                .ok()
        };
        PhraseMatcher {
            phrases,
            ac,
            squeezed,
        }
    }

    /// Occurrences as (byte start, byte end, phrase index) into `text`, sorted.
    pub(crate) fn find(&self, text: &str) -> Vec<(usize, usize, usize)> {
        if self.phrases.is_empty() || text.is_empty() {
            return Vec::new();
        }
        let f = fold_with_map(text, self.squeezed);
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

/// Common English and chat words (`src/teach_words.txt`, the teaching pack's dictionary).
pub(crate) fn common_words() -> &'static HashSet<&'static str> {
    static W: OnceLock<HashSet<&'static str>> = OnceLock::new();
    W.get_or_init(|| {
        include_str!("../teach_words.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// Whether a word is in [`common_words`]: a listed name that is one of these ("Will", "May",
/// "Hope") is ambiguous.
pub(crate) fn is_common_word(w: &str) -> bool {
    common_words().contains(w)
}

/// One phrase the matcher looks for: the name it stands for and whether it is ambiguous.
#[derive(Debug, Clone, Copy)]
struct Phrase {
    index: usize,
    ambiguous: bool,
}

/// A user-supplied list of names to redact. Each distinct name (case- and
/// accent-insensitive) gets a stable 1-based index by its first position in the list:
/// `[NAME_1]`, `[NAME_2]`, ...
///
/// Besides each name as written, the list matches: the name without its accents
/// ("Siobhan" for "Siobhán"); each part of a several-word name on its own ("Fakename" for
/// "Jess Fakename"; parts of fewer than three letters are skipped); the parts joined
/// ("JessFakename", "jess_fakename", "jess.fakename"); and elongated spellings ("Jessss",
/// a letter repeated three or more times). A name (or part) that is also a common word
/// ("Will", "May", "Hope") matches only written with a capital letter inside a sentence, or
/// in name context ("my friend will", "will said", "will's"); each occurrence left alone
/// for that reason is counted ([`NameList::find_counted`]).
#[derive(Debug, Clone, Default)]
pub struct NameList {
    /// Distinct names as first written, in list order (index = position + 1).
    names: Vec<String>,
    index: HashMap<String, usize>,
    /// Every folded phrase matched (names, parts, joined forms) and what it stands for.
    phrases: Vec<(String, Phrase)>,
    lookup: HashMap<String, usize>,
    squeezed_lookup: HashMap<String, usize>,
    matcher: Option<PhraseMatcher>,
    squeezed: Option<(PhraseMatcher, Vec<Phrase>)>,
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
        list.add_known(names)?;
        Ok(list)
    }

    /// Add names a reader already knows, such as the usernames or handles of a chat export
    /// ("jess_m_2011"), after those already listed (they are numbered on from there).
    /// Errors as [`NameList::new`].
    pub fn add_known<I, S>(&mut self, names: I) -> Result<()>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        for (i, n) in names.into_iter().enumerate() {
            self.push(n.as_ref())
                .with_context(|| format!("name {}", i + 1))?;
        }
        self.rebuild();
        Ok(())
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

    /// The phrases of every name: itself first (all names), then parts and joined forms.
    fn derive_phrases(&self) -> Vec<(String, usize)> {
        let mut out: Vec<(String, usize)> = Vec::new();
        for (i, n) in self.names.iter().enumerate() {
            out.push((fold(n), i + 1));
        }
        for (i, n) in self.names.iter().enumerate() {
            let f = fold(n);
            let parts: Vec<&str> = f.split(' ').collect();
            if parts.len() < 2 {
                continue;
            }
            for p in &parts {
                if p.chars().filter(|c| c.is_alphabetic()).count() >= 3 {
                    out.push((p.to_string(), i + 1));
                }
            }
            for sep in ["", "_", "."] {
                out.push((parts.join(sep), i + 1));
            }
        }
        out
    }

    fn rebuild(&mut self) {
        self.phrases.clear();
        self.lookup.clear();
        self.squeezed_lookup.clear();
        for (p, index) in self.derive_phrases() {
            if self.lookup.contains_key(&p) {
                continue; // the first (a listed name, then list order) wins
            }
            let ambiguous = !p.contains(' ') && is_common_word(&p);
            self.lookup.insert(p.clone(), index);
            self.phrases.push((p, Phrase { index, ambiguous }));
        }
        let texts: Vec<String> = self.phrases.iter().map(|(p, _)| p.clone()).collect();
        self.matcher = (!texts.is_empty()).then(|| PhraseMatcher::new(texts));
        let mut sq_texts = Vec::new();
        let mut sq_info = Vec::new();
        for (p, info) in &self.phrases {
            let q = squeeze(p);
            if q.chars().count() >= 3 && !self.squeezed_lookup.contains_key(&q) {
                self.squeezed_lookup.insert(q.clone(), info.index);
                sq_texts.push(q);
                sq_info.push(*info);
            }
        }
        self.squeezed =
            (!sq_texts.is_empty()).then(|| (PhraseMatcher::with_squeeze(sq_texts, true), sq_info));
    }

    /// Number of distinct names.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether the list has no names.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The 1-based index of a name (case-, accent- and whitespace-insensitive), if listed;
    /// a part, joined or elongated form gives the index of its name.
    pub fn index_of(&self, name: &str) -> Option<usize> {
        let f = fold(name);
        self.index
            .get(&f)
            .or_else(|| self.lookup.get(&f))
            .or_else(|| self.squeezed_lookup.get(&squeeze(&f)))
            .copied()
    }

    /// Every whole-word occurrence as (byte start, byte end, 1-based index), overlaps included.
    #[cfg(test)]
    pub(crate) fn find(&self, text: &str) -> Vec<(usize, usize, usize)> {
        self.find_counted(text).0
    }

    /// [`NameList::find`], and how many occurrences of ambiguous names (common words) were
    /// left alone for want of a capital letter or name context.
    pub fn find_counted(&self, text: &str) -> (Vec<(usize, usize, usize)>, usize) {
        let mut out = Vec::new();
        let mut skipped = 0;
        let Some(m) = &self.matcher else {
            return (out, 0);
        };
        let mut take = |s: usize, e: usize, info: Phrase, out: &mut Vec<_>| {
            if info.ambiguous && !name_context(text, s, e) {
                skipped += 1;
            } else {
                out.push((s, e, info.index));
            }
        };
        for (s, e, pi) in m.find(text) {
            take(s, e, self.phrases[pi].1, &mut out);
        }
        if let Some((sm, info)) = &self.squeezed {
            for (s, e, pi) in sm.find(text) {
                // Only a real elongation: some letter written three or more times in a row.
                if elongated(&text[s..e]) {
                    take(s, e, info[pi], &mut out);
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        (out, skipped)
    }
}

/// Some letter repeated three or more times in a row (case-insensitively).
fn elongated(s: &str) -> bool {
    let mut run = 0;
    let mut prev = None;
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_alphabetic() && Some(c) == prev {
            run += 1;
            if run >= 2 {
                return true;
            }
        } else {
            run = 0;
        }
        prev = Some(c);
    }
    false
}

/// Whether an ambiguous name (also a common word) at `text[s..e]` reads as a name: written
/// with a capital letter (not all capitals) other than at the start of a sentence, right after
/// `@`, after a word such as "friend", "called" or "named", or before "'s" or "said".
fn name_context(text: &str, s: usize, e: usize) -> bool {
    let word = &text[s..e];
    let before = text[..s].trim_end();
    let sentence_start = before.is_empty()
        || before.ends_with(['.', '!', '?', ':', '"', '\u{201c}'])
        || text[before.len()..s].contains('\n');
    let mut cs = word.chars();
    let capitalised = cs.next().is_some_and(char::is_uppercase) && !cs.any(char::is_uppercase);
    if capitalised && !sentence_start {
        return true;
    }
    if text[..s].ends_with('@') {
        return true;
    }
    let prev = before
        .rsplit(|c: char| !is_word_char(c) && c != '\'')
        .next()
        .unwrap_or("")
        .to_lowercase();
    const BEFORE: &[&str] = &[
        "friend",
        "friends",
        "bestie",
        "bff",
        "bf",
        "gf",
        "boyfriend",
        "girlfriend",
        "sister",
        "brother",
        "sis",
        "bro",
        "cousin",
        "mate",
        "called",
        "named",
        "name's",
        "names",
        "teacher",
        "mr",
        "mrs",
        "ms",
        "miss",
    ];
    let name_is = before.to_lowercase().ends_with("name is");
    if BEFORE.contains(&prev.as_str()) || name_is {
        return true;
    }
    let after = text[e..].to_lowercase();
    if after.starts_with("'s") || after.starts_with("\u{2019}s") {
        return true;
    }
    let next = after
        .trim_start()
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    [
        "said", "says", "told", "texted", "messaged", "replied", "asked",
    ]
    .contains(&next)
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
        // The full name, and each part on its own.
        let got: Vec<&str> = hits.iter().map(|h| &t[h.0..h.1]).collect();
        assert_eq!(got, ["ZOË", "ZOË  ÅLUND", "ÅLUND"]);
        assert!(hits.iter().all(|h| h.2 == 1));
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
