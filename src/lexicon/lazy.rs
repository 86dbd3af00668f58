//! Lexicon regexes compiled on first use.
//!
//! Compiling every pattern and exception of the built-in lexicons took most of c2chat's
//! start-up (issue 23), although a small file needs only the few whose pre-pass fires. A
//! [`LazyRegex`] checks its syntax when the lexicon is read (so a bad regex is still an error
//! naming file and line) and compiles the program the first time a message needs it.
//! A lexicon read from a directory is compiled in full at load ([`super::Lexicon::compile_all`]),
//! so a regex over the size limit is reported there too; the built-in lexicons are compiled in
//! full by a unit test.
//!
//! Until it is compiled, a regex also skips the texts it cannot match: those without its
//! required literals ([`crate::prepass::Required`]: for the built-in lexicons read from a
//! generated table, `super::required`; otherwise derived from its syntax on first use, a fifth
//! of the cost of compiling it). A small file then compiles only the cues and exceptions
//! whose words it holds, about half of them (issue 23, session 21). After [`GATED_TEXTS`]
//! skipped texts the regex is compiled anyway, so a regex that never matches costs no more
//! than its compiled search on a large corpus.
//!
//! A regex of the generated table goes on skipping texts after it is compiled: once some
//! regex has checked a few hundred texts, the table's literals are looked for in each text
//! once, for all its regexes (`super::present`), and each regex asks for its own by number
//! (issue 23, session 24).

use crate::prepass::Required;
use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

/// How many texts an uncompiled regex skips by its required literals before it is compiled.
const GATED_TEXTS: usize = 10_000;

/// A regex over normalised text, compiled on first use; clones share the compiled program.
#[derive(Clone)]
pub struct LazyRegex {
    src: Arc<str>,
    cell: Arc<OnceLock<super::Program>>,
    gate: Arc<Gate>,
}

/// What a regex skips texts by.
#[derive(Default)]
struct Gate {
    required: OnceLock<Option<Required>>,
    skipped: AtomicUsize,
    /// Its clauses by literal number, when the generated table holds it.
    numbered: OnceLock<Option<super::required::Numbered>>,
    /// Texts checked (until the table's shared automaton is built).
    checked: AtomicUsize,
}

impl LazyRegex {
    /// Check the syntax of `src` now and compile it on first use; `what` names it in errors.
    /// The same source gives a clone of one shared regex (an exception written on many
    /// entries is checked and compiled once).
    pub fn new(src: &str, what: &str) -> crate::Result<LazyRegex> {
        Self::shared(src, || {
            // The syntax tree only: translating Unicode classes is most of a parse's cost, and a
            // class error is still found at load by `compile_all` (directories) or a test
            // (built-ins).
            regex_syntax::ast::parse::Parser::new()
                .parse(src)
                .map(|_| ())
                .map_err(|e| crate::err!("{what}: invalid regex: {e}"))
        })
    }

    /// Like [`LazyRegex::new`] without the syntax check, for the built-in lexicons, whose
    /// every regex a unit test compiles (`every_builtin_lexicon_regex_compiles`): parsing them
    /// all at every start was a tenth of start-up (issue 23, session 14).
    pub fn trusted(src: &str) -> LazyRegex {
        Self::shared(src, || Ok(())).unwrap_or_else(|_| unreachable!("no check to fail"))
    }

    /// The shared regex of `src` if one was made already (by a lexicon read at load: a built-in
    /// lexicon's, whose every regex a unit test compiles, or a directory lexicon's, compiled at
    /// load).
    pub(crate) fn known(src: &str) -> Option<LazyRegex> {
        seen().lock().ok().and_then(|m| m.get(src).cloned())
    }

    /// The shared regex of `src`, made after `check` passes if it is new.
    fn shared(src: &str, check: impl FnOnce() -> crate::Result<()>) -> crate::Result<LazyRegex> {
        let seen = seen();
        if let Some(r) = seen.lock().ok().and_then(|m| m.get(src).cloned()) {
            return Ok(r);
        }
        check()?;
        let r = LazyRegex {
            src: Arc::from(src),
            cell: Arc::new(OnceLock::new()),
            gate: Arc::default(),
        };
        if let Ok(mut m) = seen.lock() {
            m.insert(src.to_string(), r.clone());
        }
        Ok(r)
    }

    /// Compile now; the error names `what` (a regex over the size limit).
    pub fn compile(&self, what: &str) -> crate::Result<&super::Program> {
        if let Some(re) = self.cell.get() {
            return Ok(re);
        }
        let re = super::compile_regex(&self.src, what)?;
        Ok(self.cell.get_or_init(|| re))
    }

    /// The compiled regex. Every lexicon regex is compiled at load ([`super::Lexicon::compile_all`])
    /// or, for the built-in lexicons, checked by a test, so compiling here cannot fail.
    pub fn get(&self) -> &super::Program {
        self.cell.get_or_init(|| {
            super::compile_regex(&self.src, "regex")
                .unwrap_or_else(|e| panic!("a lexicon regex that was checked at load: {e}"))
        })
    }

    /// The regex as written.
    pub fn as_str(&self) -> &str {
        &self.src
    }

    /// Whether it matches anywhere in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        self.may_match(text) && self.get().is_match(text)
    }

    /// Its successive non-overlapping matches in `text`.
    pub fn find_iter<'r, 'h>(
        &'r self,
        text: &'h str,
    ) -> std::iter::Flatten<std::option::IntoIter<regex_automata::meta::FindMatches<'r, 'h>>> {
        self.may_match(text)
            .then(|| self.get().find_iter(text))
            .into_iter()
            .flatten()
    }

    /// False only if the regex cannot match `text` (see the module documentation). A regex of
    /// the generated table asks the table's shared automaton once it is built, compiled or
    /// not; any other is always tried once it is compiled.
    fn may_match(&self, text: &str) -> bool {
        let numbered = self
            .gate
            .numbered
            .get_or_init(|| super::required::numbered(&self.src));
        if let Some(clauses) = numbered {
            let checked = self.gate.checked.load(Ordering::Relaxed);
            match super::required::scanner(checked) {
                Some(lits) => return lits.with(text, |p| clauses.may_match(p)),
                None => self.gate.checked.store(checked + 1, Ordering::Relaxed),
            }
        }
        if self.cell.get().is_some() || self.gate.skipped.load(Ordering::Relaxed) >= GATED_TEXTS {
            return true;
        }
        let required = self
            .gate
            .required
            .get_or_init(|| super::required::of(&self.src));
        let may = required.as_ref().is_none_or(|r| r.may_match(text));
        if !may {
            self.gate.skipped.fetch_add(1, Ordering::Relaxed);
        }
        may
    }

    /// Whether the program is compiled (for tests).
    #[cfg(test)]
    pub(crate) fn is_compiled(&self) -> bool {
        self.cell.get().is_some()
    }
}

/// Every [`LazyRegex`] made, by source.
fn seen() -> &'static std::sync::Mutex<std::collections::HashMap<String, LazyRegex>> {
    use std::collections::HashMap;
    use std::sync::Mutex;
    static SEEN: OnceLock<Mutex<HashMap<String, LazyRegex>>> = OnceLock::new();
    SEEN.get_or_init(Default::default)
}

impl LazyRegex {
    /// A regex compiled already (by [`super::compile_regex`]) from `src`.
    pub(crate) fn compiled(src: &str, re: super::Program) -> LazyRegex {
        LazyRegex {
            src: Arc::from(src),
            cell: Arc::new(OnceLock::from(re)),
            gate: Arc::default(),
        }
    }
}

/// A regex is written as its source.
impl serde::Serialize for LazyRegex {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.src)
    }
}

/// A regex is read from its source: the shared one if that source was made already (the
/// built-in lexicon snapshot registers its sources as trusted first), else syntax-checked as
/// [`LazyRegex::new`] does.
impl<'de> serde::Deserialize<'de> for LazyRegex {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let src = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        match LazyRegex::known(&src) {
            Some(r) => Ok(r),
            None => LazyRegex::new(&src, "regex").map_err(serde::de::Error::custom),
        }
    }
}

impl fmt::Display for LazyRegex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.src)
    }
}

impl fmt::Debug for LazyRegex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "LazyRegex({:?})", &*self.src)
    }
}

impl PartialEq for LazyRegex {
    fn eq(&self, other: &Self) -> bool {
        self.src == other.src
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_errors_are_found_before_first_use() {
        let e = LazyRegex::new("send (me", "pattern p1").unwrap_err();
        assert!(e.to_string().contains("pattern p1: invalid regex"), "{e}");
    }

    #[test]
    fn trusted_regexes_skip_the_check_and_share_the_program() {
        let a = LazyRegex::trusted(r"\bsend\b(?:trusted-test)?");
        let b = LazyRegex::new(r"\bsend\b(?:trusted-test)?", "p").unwrap();
        assert!(Arc::ptr_eq(&a.cell, &b.cell));
        assert!(a.is_match("pls send it"));
    }

    #[test]
    fn compiles_on_first_use_and_clones_share_the_program() {
        let a = LazyRegex::new(r"\bsend\b(?:lazy-test)?", "p").unwrap();
        let b = LazyRegex::new(r"\bsend\b(?:lazy-test)?", "p2").unwrap();
        assert!(a.cell.get().is_none());
        assert!(b.is_match("pls send it"));
        assert!(
            a.cell.get().is_some(),
            "the clone compiled the shared program"
        );
        assert_eq!(a.find_iter("send, send").count(), 2);
        assert_eq!(a.to_string(), r"\bsend\b(?:lazy-test)?");
    }

    #[test]
    fn texts_without_the_required_words_do_not_compile_it() {
        let a = LazyRegex::new(r"\b(delete|bin) (it|that)\b(?:gate-test)?", "p").unwrap();
        assert!(!a.is_match("send me it"));
        assert_eq!(a.find_iter("bin the pic").count(), 0);
        assert!(!a.is_compiled(), "no text had both words");
        assert!(
            !a.is_match("undelete it"),
            "the words but no match: compiled and run"
        );
        assert!(a.is_compiled());
        assert!(a.is_match("pls delete it"));
        assert_eq!(a.find_iter("delete that, bin it").count(), 2);
        // A regex without required words compiles on first use.
        let w = LazyRegex::new(r"\w+(?:gate-test)?", "p").unwrap();
        assert!(w.is_match("zz") && w.is_compiled());
    }

    #[test]
    fn a_regex_skipping_many_texts_is_compiled_anyway() {
        let a = LazyRegex::new(r"\bnever-seen-word\b(?:gate-test)?", "p").unwrap();
        for _ in 0..GATED_TEXTS {
            assert!(!a.is_match("some other text"));
        }
        assert!(!a.is_compiled());
        assert!(!a.is_match("some other text"));
        assert!(
            a.is_compiled(),
            "compiled after {GATED_TEXTS} skipped texts"
        );
        assert!(a.is_match("a never-seen-word here"));
    }

    #[test]
    fn every_builtin_lexicon_regex_compiles() {
        // `LazyRegex::get` relies on this for the built-in lexicons, which are not compiled at
        // load: entries' exceptions, patterns, and the rules' and frames' cues.
        let mut n = 0;
        for name in crate::defaults::builtin_lexicon_names() {
            let lex = super::super::Lexicon::builtin(name).unwrap();
            let mut issues = super::super::LoadIssues::default();
            lex.compile_all(&mut issues);
            assert!(issues.errors.is_empty(), "{name}: {:?}", issues.errors);
            n += lex.patterns.len() + lex.entries.iter().filter(|e| e.unless.is_some()).count();
            // The rules' and frames' cues, also compiled on first use (`check_cue`).
            for (what, re) in lex.rules.regexes() {
                let r = super::super::cue_regex(re, what).unwrap();
                r.compile(what).unwrap_or_else(|e| panic!("{name}: {e}"));
                n += 1;
            }
            for c in &lex.frames.cues {
                for (_, re) in c.regexes() {
                    let r = super::super::cue_regex(re, &c.id).unwrap();
                    r.compile(&c.id).unwrap_or_else(|e| panic!("{name}: {e}"));
                    n += 1;
                }
            }
        }
        assert!(n > 200, "{n}");
    }

    #[test]
    fn a_directory_lexicon_reports_an_oversized_regex_at_load_with_file_and_line() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(
            d.path().join("lexicon.toml"),
            "name = \"t\"\nversion = \"0.1\"\n[[categories]]\nid = \"protective\"\ndefinition = \"d\"\n",
        )
        .unwrap();
        std::fs::write(
            d.path().join("patterns.toml"),
            "[[pattern]]\nid = \"p.ok\"\ncategory = \"protective\"\nseverity = 1\nregex = 'tell a teacher'\n\n\
             [[pattern]]\nid = \"p.huge\"\ncategory = \"protective\"\nseverity = 1\nregex = '\\w{200}\\w{200}\\w{200}'\n",
        )
        .unwrap();
        let e = super::super::Lexicon::load(d.path())
            .unwrap_err()
            .to_string();
        assert!(e.contains("patterns.toml:7: pattern p.huge"), "{e}");
        assert!(e.contains("too large"), "{e}");
    }

    #[test]
    fn over_the_size_limit_is_an_error_at_compile() {
        let big = r"\w{200}\w{200}\w{200}";
        let r = LazyRegex::new(big, "pattern huge").unwrap();
        let e = r.compile("pattern huge").unwrap_err();
        assert!(e.to_string().contains("too large"), "{e}");
    }
}
