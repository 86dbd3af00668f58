//! Interface strings in English and Welsh (`--ui-lang en|cy`) for the report and the teaching
//! packs: one TOML file per language under `ui/` (`ui/en.toml`, `ui/cy.toml`), with the same
//! keys, built into the binary. Tables nest (`[report.rates]`), so a key is a dotted path
//! (`report.rates.title`). A value may hold `{name}` placeholders, filled by [`Ui::f`].
//!
//! The Welsh strings were written for c2chat and are unreviewed until a Welsh speaker checks
//! them (the key `meta.reviewed` says so, and the pages show `meta.review_note`).

use crate::error::Result;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// English strings (the source of truth for the key set).
const EN: &str = include_str!("../ui/en.toml");
/// Welsh strings.
const CY: &str = include_str!("../ui/cy.toml");

/// The interface language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum UiLang {
    /// English (default).
    #[default]
    En,
    /// Welsh (Cymraeg).
    Cy,
}

impl UiLang {
    /// Every interface language.
    pub const ALL: [UiLang; 2] = [UiLang::En, UiLang::Cy];

    /// The code `--ui-lang` takes (`en`, `cy`).
    pub fn as_str(self) -> &'static str {
        match self {
            UiLang::En => "en",
            UiLang::Cy => "cy",
        }
    }

    /// The BCP 47 tag for `<html lang>`.
    pub fn html_tag(self) -> &'static str {
        match self {
            UiLang::En => "en-GB",
            UiLang::Cy => "cy-GB",
        }
    }

    fn source(self) -> &'static str {
        match self {
            UiLang::En => EN,
            UiLang::Cy => CY,
        }
    }
}

impl std::str::FromStr for UiLang {
    type Err = crate::Error;
    fn from_str(s: &str) -> Result<Self> {
        let valid = UiLang::ALL.map(UiLang::as_str);
        crate::suggest::check("interface language", s, valid)?;
        Ok(UiLang::ALL
            .into_iter()
            .find(|l| l.as_str() == s)
            .unwrap_or_default())
    }
}

/// The strings of one language, by dotted key.
#[derive(Debug, Clone)]
pub struct Ui {
    lang: UiLang,
    strings: BTreeMap<String, String>,
}

impl Ui {
    /// Parse one strings file; `name` is used in errors.
    pub fn parse(lang: UiLang, name: &str, text: &str) -> Result<Ui> {
        let table: toml::Table =
            toml::from_str(text).map_err(|e| crate::Error::invalid(format!("{name}: {e}")))?;
        let mut strings = BTreeMap::new();
        flatten("", &table, name, &mut strings)?;
        Ok(Ui { lang, strings })
    }

    /// The built-in strings of `lang`, parsed once.
    pub fn builtin(lang: UiLang) -> &'static Ui {
        static EN_UI: OnceLock<Ui> = OnceLock::new();
        static CY_UI: OnceLock<Ui> = OnceLock::new();
        let cell = match lang {
            UiLang::En => &EN_UI,
            UiLang::Cy => &CY_UI,
        };
        cell.get_or_init(|| {
            Ui::parse(lang, &format!("ui/{}.toml", lang.as_str()), lang.source())
                .expect("built-in interface strings parse (tested)")
        })
    }

    /// The language.
    pub fn lang(&self) -> UiLang {
        self.lang
    }

    /// The string for `key`. A missing key is a bug caught by the tests (every key used in
    /// the code exists in both files); it shows as `?` rather than failing a run.
    pub fn s(&self, key: &str) -> &str {
        debug_assert!(self.strings.contains_key(key), "no interface string {key}");
        self.strings.get(key).map(String::as_str).unwrap_or("?")
    }

    /// The string for `key` with each `{name}` replaced by its value.
    pub fn f(&self, key: &str, args: &[(&str, &str)]) -> String {
        let mut out = self.s(key).to_string();
        for (name, value) in args {
            out = out.replace(&format!("{{{name}}}"), value);
        }
        out
    }

    /// Every key, sorted.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.strings.keys().map(String::as_str)
    }
}

fn flatten(
    prefix: &str,
    table: &toml::Table,
    name: &str,
    out: &mut BTreeMap<String, String>,
) -> Result<()> {
    for (k, v) in table {
        let key = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        match v {
            toml::Value::String(s) => {
                out.insert(key, s.clone());
            }
            toml::Value::Table(t) => flatten(&key, t, name, out)?,
            _ => crate::bail!("{name}: {key}: a string or a table is expected"),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn keys(lang: UiLang) -> BTreeSet<&'static str> {
        Ui::builtin(lang).keys().collect()
    }

    #[test]
    fn both_languages_have_the_same_keys() {
        let en = keys(UiLang::En);
        let cy = keys(UiLang::Cy);
        let only_en: Vec<_> = en.difference(&cy).collect();
        let only_cy: Vec<_> = cy.difference(&en).collect();
        assert!(only_en.is_empty(), "missing in ui/cy.toml: {only_en:?}");
        assert!(only_cy.is_empty(), "missing in ui/en.toml: {only_cy:?}");
        assert!(en.len() > 50, "{} keys", en.len());
    }

    #[test]
    fn no_string_is_empty_and_placeholders_agree() {
        let re = regex::Regex::new(r"\{[a-z_]+\}").unwrap();
        for key in keys(UiLang::En) {
            let en = Ui::builtin(UiLang::En).s(key);
            let cy = Ui::builtin(UiLang::Cy).s(key);
            if key != "meta.review_note" {
                assert!(
                    !en.trim().is_empty() && !cy.trim().is_empty(),
                    "{key} is empty"
                );
            }
            let ph = |s: &str| -> BTreeSet<String> {
                re.find_iter(s).map(|m| m.as_str().to_string()).collect()
            };
            assert_eq!(ph(en), ph(cy), "placeholders differ in {key}");
        }
    }

    /// Every key the code and the templates ask for exists (so no page shows a bare key).
    #[test]
    fn every_key_used_exists() {
        let re = regex::Regex::new(r#"\.(?:s|f)\(\s*"([a-z_]+(?:\.[a-z0-9_]+)+)""#).unwrap();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut used = BTreeSet::new();
        let mut files = Vec::new();
        for dir in ["src", "templates"] {
            collect_files(&root.join(dir), &mut files);
        }
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap();
            for c in re.captures_iter(&text) {
                used.insert(c[1].to_string());
            }
        }
        assert!(used.len() > 20, "only {} keys found in use", used.len());
        let en = keys(UiLang::En);
        let missing: Vec<_> = used.iter().filter(|k| !en.contains(k.as_str())).collect();
        assert!(
            missing.is_empty(),
            "keys used but not in ui/en.toml: {missing:?}"
        );
    }

    fn collect_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                collect_files(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs" || x == "html") {
                out.push(p);
            }
        }
    }

    /// Unreviewed Welsh says so on every page.
    #[test]
    fn unreviewed_strings_carry_a_note() {
        for lang in UiLang::ALL {
            let ui = Ui::builtin(lang);
            if ui.s("meta.reviewed") != "yes" {
                assert!(!ui.s("meta.review_note").is_empty(), "{lang:?}");
            }
        }
        assert_ne!(Ui::builtin(UiLang::Cy).s("meta.reviewed"), "yes");
    }

    #[test]
    fn placeholders_are_filled() {
        let ui = Ui::builtin(UiLang::En);
        let s = ui.f("report.trend.caption", &[("period", "month")]);
        assert!(s.contains("month") && !s.contains("{period}"), "{s}");
    }

    #[test]
    fn a_typo_in_the_language_is_an_error_with_a_suggestion() {
        let e = "cy ".trim().parse::<UiLang>().map(|l| l.as_str());
        assert_eq!(e.unwrap(), "cy");
        let e = "cym".parse::<UiLang>().unwrap_err().to_string();
        assert!(e.contains("\"cy\""), "{e}");
    }
}
