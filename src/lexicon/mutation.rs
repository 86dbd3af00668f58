//! Welsh initial mutations, from one data table (`mutations.toml` of a `language = "cy"`
//! lexicon): a lexicon entry written in its radical form also matches its mutated forms
//! (`llun` → `lun`; `pen` → `ben`, `mhen`, `phen`; `afal` → `hafal`), and a pattern may write
//! `<m:word>` for "this word in any of its forms". Matching runs over the normalised text, whose
//! offsets map back to the original, so a mutated match has offsets into the original text.
//!
//! The table has one TOML table per mutation (`[soft]`, `[nasal]`, `[aspirate]`, …) mapping a
//! radical initial to its mutated initial (`""` deletes it, as soft mutation does to `g`), an
//! `[h_prothesis]` table whose `vowels` get an `h` before them, and an optional top-level
//! `unmutated` list of initial digraphs that are not the radical they start with (`ch`, `th`:
//! `chwarae` is not `c` + `hwarae`).

use crate::err;
use crate::error::Result;
use std::collections::{BTreeMap, HashSet};

/// Common English words (from the teaching packs' word list): a mutated form of a one-word
/// term that is one of them is not matched (`tin` → `thin`, `din`).
const ENGLISH_WORDS: &str = include_str!("../teach_words.txt");

/// At most this many forms of one phrase (every word's forms combined).
const MAX_PHRASE_FORMS: usize = 256;

/// A parsed mutation table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mutations {
    /// Per mutation (by name): radical initial → mutated initial, longest radical first.
    rules: Vec<(String, Vec<(String, String)>)>,
    /// Initials that get an `h` before them (h-prothesis).
    vowels: Vec<String>,
    /// Initial digraphs that do not mutate as their first letter would.
    unmutated: Vec<String>,
    /// Common English words: never a mutated form of a one-word term.
    english: HashSet<String>,
}

fn str_list(v: &toml::Value, what: &str, name: &str) -> Result<Vec<String>> {
    v.as_array()
        .and_then(|a| a.iter().map(|x| x.as_str().map(str::to_string)).collect())
        .ok_or_else(|| err!("{name}: `{what}` must be a list of strings"))
}

impl Mutations {
    /// Read a `mutations.toml` (`name` names it in errors).
    pub fn parse(text: &str, name: &str) -> Result<Mutations> {
        let table: toml::Table = toml::from_str(text).map_err(|e| {
            let line = e
                .span()
                .map(|s| text[..s.start].matches('\n').count() + 1)
                .unwrap_or(1);
            err!("{name}:{line}: {}", e.message())
        })?;
        let mut m = Mutations {
            english: ENGLISH_WORDS
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(str::to_string)
                .collect(),
            ..Mutations::default()
        };
        for (key, value) in &table {
            match (key.as_str(), value) {
                ("unmutated", v) => m.unmutated = str_list(v, key, name)?,
                ("h_prothesis", toml::Value::Table(t)) => {
                    let v = t
                        .get("vowels")
                        .ok_or_else(|| err!("{name}: [h_prothesis] needs `vowels`"))?;
                    m.vowels = str_list(v, "h_prothesis.vowels", name)?;
                }
                (mutation, toml::Value::Table(t)) => {
                    let mut map: Vec<(String, String)> = Vec::new();
                    for (radical, to) in t {
                        let to = to.as_str().ok_or_else(|| {
                            err!("{name}: [{mutation}] {radical}: the mutated initial must be a string")
                        })?;
                        if radical.is_empty() {
                            crate::bail!("{name}: [{mutation}]: an empty radical");
                        }
                        map.push((radical.to_lowercase(), to.to_lowercase()));
                    }
                    map.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
                    m.rules.push((mutation.to_string(), map));
                }
                (other, _) => crate::bail!(
                    "{name}: `{other}` is not a mutation table, `h_prothesis` or `unmutated`"
                ),
            }
        }
        if m.rules.is_empty() {
            crate::bail!("{name}: no mutation tables");
        }
        Ok(m)
    }

    /// The names of the mutations in the table (`aspirate`, `nasal`, `soft`, …).
    pub fn names(&self) -> Vec<&str> {
        self.rules.iter().map(|(n, _)| n.as_str()).collect()
    }

    /// The form of `word` under one mutation, if that mutation changes it.
    pub fn mutate(&self, word: &str, mutation: &str) -> Option<String> {
        if self.unmutated.iter().any(|d| word.starts_with(d.as_str())) {
            return None;
        }
        let (_, map) = self.rules.iter().find(|(n, _)| n == mutation)?;
        let (radical, to) = map.iter().find(|(r, _)| word.starts_with(r.as_str()))?;
        let rest = &word[radical.len()..];
        // A deletion must leave a word behind.
        (!rest.is_empty() || !to.is_empty()).then(|| format!("{to}{rest}"))
    }

    /// `word` and its mutated forms (radical first, then each mutation's form in the order of
    /// the mutations' names, then the h-prothesis form), without repeats.
    pub fn forms(&self, word: &str) -> Vec<String> {
        let mut out = vec![word.to_string()];
        let mut push = |f: String| {
            if !f.is_empty() && !out.contains(&f) {
                out.push(f);
            }
        };
        for (name, _) in &self.rules {
            if let Some(f) = self.mutate(word, name) {
                push(f);
            }
        }
        if self.vowels.iter().any(|v| word.starts_with(v.as_str())) {
            push(format!("h{word}"));
        }
        out
    }

    /// The forms of a (normalised) term: every word in every form, combined, radical first; at
    /// most [`MAX_PHRASE_FORMS`]. A mutated form of a one-word term that is a common English
    /// word is left out.
    pub fn term_forms(&self, term: &str) -> Vec<String> {
        let words: Vec<&str> = term.split(' ').collect();
        let mut out: Vec<String> = vec![String::new()];
        for (i, w) in words.iter().enumerate() {
            let forms = self.forms(w);
            let mut next = Vec::new();
            for prefix in &out {
                for f in &forms {
                    if next.len() >= MAX_PHRASE_FORMS {
                        break;
                    }
                    next.push(if i == 0 {
                        f.clone()
                    } else {
                        format!("{prefix} {f}")
                    });
                }
            }
            out = next;
        }
        if words.len() == 1 {
            out.retain(|f| f == term || !self.english.contains(f));
        }
        out
    }

    /// Replace every `<m:word>` in a regex source by a group of the word's forms.
    pub fn expand_regex(&self, src: &str) -> Result<String> {
        let mut out = String::with_capacity(src.len());
        let mut rest = src;
        while let Some(at) = rest.find("<m:") {
            out.push_str(&rest[..at]);
            let after = &rest[at + 3..];
            let end = after
                .find('>')
                .ok_or_else(|| err!("`<m:` without a closing `>`"))?;
            let word = &after[..end];
            if word.is_empty() || !word.chars().all(|c| c.is_alphabetic() || c == '\'') {
                crate::bail!("`<m:{word}>`: the word must be letters only");
            }
            let forms: Vec<String> = self
                .forms(&word.to_lowercase())
                .iter()
                .map(|f| regex::escape(f))
                .collect();
            out.push_str(&format!("(?:{})", forms.join("|")));
            rest = &after[end + 1..];
        }
        out.push_str(rest);
        Ok(out)
    }

    /// Every (mutation, radical, mutated) rule, for documentation and lint.
    pub fn rules(&self) -> BTreeMap<String, Vec<(String, String)>> {
        self.rules.iter().cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The standard table (King, Modern Welsh, §§ 11–14), written out here independently of
    /// the data file so a wrong data file fails the test below.
    const TABLE: &str = r#"
unmutated = ["ch", "ph", "th", "dd", "ff", "ng"]
[soft]
p = "b"
t = "d"
c = "g"
b = "f"
d = "dd"
g = ""
m = "f"
ll = "l"
rh = "r"
[nasal]
p = "mh"
t = "nh"
c = "ngh"
b = "m"
d = "n"
g = "ng"
[aspirate]
p = "ph"
t = "th"
c = "ch"
[h_prothesis]
vowels = ["a", "e", "i", "o", "u", "w", "y"]
"#;

    fn table() -> Mutations {
        Mutations::parse(TABLE, "test").unwrap()
    }

    #[test]
    fn every_consonant_under_every_mutation() {
        let m = table();
        // (radical, soft, nasal, aspirate), by hand.
        let cases = [
            ("pen", Some("ben"), Some("mhen"), Some("phen")),
            ("tad", Some("dad"), Some("nhad"), Some("thad")),
            ("cath", Some("gath"), Some("nghath"), Some("chath")),
            ("bara", Some("fara"), Some("mara"), None),
            ("drws", Some("ddrws"), Some("nrws"), None),
            ("gardd", Some("ardd"), Some("ngardd"), None),
            ("mam", Some("fam"), None, None),
            ("llun", Some("lun"), None, None),
            ("rhaglen", Some("raglen"), None, None),
            ("sgwrs", None, None, None),
        ];
        for (radical, soft, nasal, aspirate) in cases {
            assert_eq!(m.mutate(radical, "soft").as_deref(), soft, "{radical} soft");
            assert_eq!(
                m.mutate(radical, "nasal").as_deref(),
                nasal,
                "{radical} nasal"
            );
            assert_eq!(
                m.mutate(radical, "aspirate").as_deref(),
                aspirate,
                "{radical} aspirate"
            );
        }
    }

    #[test]
    fn vowels_take_h_and_digraphs_stay() {
        let m = table();
        for v in ["afal", "enw", "iaith", "oed", "uned", "wy", "ysgol"] {
            assert!(m.forms(v).contains(&format!("h{v}")), "{v}");
        }
        // `ch`, `th`, `ph`, `dd`, `ff`, `ng` are letters of their own, not c/t/p/d/f/n + h.
        for w in ["chwarae", "thema", "pharmacy", "ddoe", "ffrind", "ngeiriau"] {
            assert_eq!(m.forms(w), vec![w.to_string()], "{w}");
        }
        // `ll` and `rh` are radicals of their own, not `l`/`r` + more.
        assert_eq!(m.forms("llun"), vec!["llun", "lun"]);
    }

    #[test]
    fn a_phrase_mutates_every_word_and_english_words_are_left_out() {
        let m = table();
        let f = m.term_forms("anfon llun");
        for want in ["anfon llun", "anfon lun", "hanfon lun"] {
            assert!(f.contains(&want.to_string()), "{want}: {f:?}");
        }
        assert_eq!(f[0], "anfon llun");
        // `tin`: `thin` is a common English word, so it is left out; `din` and `nhin` stay.
        assert_eq!(m.term_forms("tin"), vec!["tin", "nhin", "din"]);
        // In a phrase the English-looking form stays: the other words make it Welsh.
        assert!(m.term_forms("dy tin").contains(&"dy thin".to_string()));
    }

    #[test]
    fn regex_placeholders_expand_to_every_form() {
        let m = table();
        let r = m.expand_regex(r"\b(dangos|anfona) <m:llun>\b").unwrap();
        assert_eq!(r, r"\b(dangos|anfona) (?:llun|lun)\b");
        let re = regex::Regex::new(&m.expand_regex(r"\b<m:pen>\b").unwrap()).unwrap();
        for w in ["pen", "ben", "mhen", "phen"] {
            assert!(re.is_match(w), "{w}");
        }
        assert!(m.expand_regex("<m:llun").is_err());
        assert!(m.expand_regex("<m:a b>").is_err());
    }

    #[test]
    fn a_bad_table_is_an_error_naming_the_file() {
        let e = Mutations::parse("[soft]\np = 3\n", "x/mutations.toml").unwrap_err();
        assert!(e.to_string().contains("x/mutations.toml"), "{e}");
        assert!(Mutations::parse("vowels = 1\n", "m").is_err());
        assert!(Mutations::parse("", "m").is_err());
    }
}
