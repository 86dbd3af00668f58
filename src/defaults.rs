//! Every built-in default in one place: the lexicons and the default model are built into the
//! binary (from `lexicons/*` and `models/default.model`, listed by `build.rs`), so that no default
//! depends on the current directory. So are the conversation rules of a lexicon without a
//! `rules.toml` (the core lexicon's) and the general teaching-pack prompts
//! (`lexicons/teach-prompts.toml`).
//!
//! Invariant: nothing else in the library reads `lexicons/` or `models/` relative to the
//! current directory.

/// A built-in lexicon's files: (relative path, bytes).
pub type LexiconFiles = &'static [(&'static str, &'static [u8])];

include!(concat!(env!("OUT_DIR"), "/builtin.rs"));

/// The lexicon used when none is given.
pub const DEFAULT_LEXICON: &str = "core";

/// Name under which the built-in default model appears in manifests and errors.
pub const DEFAULT_MODEL_NAME: &str = "builtin:default.model";

/// A classifier label needs at least this score by default (as well as the model's threshold).
pub const DEFAULT_MIN_SCORE: f64 = 0.9;

/// The files of a built-in lexicon, as (relative path, bytes).
pub fn builtin_lexicon(name: &str) -> Option<LexiconFiles> {
    BUILTIN_LEXICONS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, files)| *files)
}

/// The names of the built-in lexicons.
pub fn builtin_lexicon_names() -> Vec<&'static str> {
    BUILTIN_LEXICONS.iter().map(|(n, _)| *n).collect()
}

/// `lexicons/teach-prompts.toml`: the general discussion prompts of teaching packs.
static TEACH_PROMPTS: &str = include_str!("../lexicons/teach-prompts.toml");

/// The general discussion prompts a teaching pack shows for a category whose top-level
/// category has no `prompts` in the lexicon (an imported lexicon, say), from
/// `lexicons/teach-prompts.toml`.
pub fn teach_general_prompts() -> crate::Result<Vec<String>> {
    // The other tables are read (and checked) by `crate::teach::TeachNotes` and
    // `crate::teach::EpisodePrompts`.
    #[derive(serde::Deserialize)]
    struct File {
        general: Vec<String>,
    }
    let f: File = toml::from_str(TEACH_PROMPTS)
        .map_err(|e| crate::err!("builtin:teach-prompts.toml: {}", e.message()))?;
    Ok(f.general)
}

/// `lexicons/teach-prompts.toml` as built in (its `[episodes]` tables are read by
/// [`crate::teach::EpisodePrompts::builtin`]).
pub fn teach_prompts_toml() -> &'static str {
    TEACH_PROMPTS
}

/// The built-in default model.
pub fn default_model() -> crate::Result<crate::classify::Model> {
    let model = crate::classify::Model::from_bytes(DEFAULT_MODEL_BYTES, DEFAULT_MODEL_NAME);
    // SAFETY: DEFAULT_MODEL_BYTES is an include_bytes! static (build.rs).
    unsafe { crate::pages::release_embedded(DEFAULT_MODEL_BYTES) };
    model
}

/// Where a classifier comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelRef {
    /// The built-in default model.
    Builtin,
    /// A model file.
    File(std::path::PathBuf),
}

impl ModelRef {
    /// The model for `--model` / `--no-model`: none, a file, or the built-in default.
    pub fn choose(model: Option<&std::path::Path>, no_model: bool) -> Option<ModelRef> {
        match (model, no_model) {
            (_, true) => None,
            (Some(p), false)
                if p.as_os_str() == "builtin" || p.as_os_str() == DEFAULT_MODEL_NAME =>
            {
                Some(ModelRef::Builtin)
            }
            (Some(p), false) => Some(ModelRef::File(p.to_path_buf())),
            (None, false) => Some(ModelRef::Builtin),
        }
    }

    /// Load the model.
    pub fn load(&self) -> crate::Result<crate::classify::Model> {
        match self {
            ModelRef::Builtin => default_model(),
            ModelRef::File(p) => crate::classify::Model::load(p),
        }
    }

    /// The model's bytes (for the manifest's hash).
    pub fn sha256(&self) -> crate::Result<String> {
        match self {
            // Computed by build.rs: hashing the 2.6 MB at every start was 2% of start-up.
            ModelRef::Builtin => Ok(DEFAULT_MODEL_SHA256.to_string()),
            ModelRef::File(p) => crate::io::sha256_file(p),
        }
    }
}

impl std::fmt::Display for ModelRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ModelRef::Builtin => f.write_str(DEFAULT_MODEL_NAME),
            ModelRef::File(p) => write!(f, "{}", p.display()),
        }
    }
}

/// Write an editable copy of a built-in lexicon into `dir` (which must not hold a lexicon yet).
pub fn export_lexicon(name: &str, dir: &std::path::Path) -> crate::Result<usize> {
    let files = builtin_lexicon(name).ok_or_else(|| {
        crate::err!(
            "no built-in lexicon {name:?} (built-in: {})",
            builtin_lexicon_names().join(", ")
        )
    })?;
    if dir.join("lexicon.toml").exists() {
        crate::bail!(
            "{}: already holds a lexicon (lexicon.toml); choose an empty directory",
            dir.display()
        );
    }
    for (rel, bytes) in files {
        let p = dir.join(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent)?;
        }
        crate::io::write_atomic(&p, bytes)?;
    }
    Ok(files.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_core_hashes_like_the_directory() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lexicons/core");
        let from_dir = crate::lexicon::Lexicon::load(&dir).unwrap();
        let built = crate::lexicon::Lexicon::builtin("core").unwrap();
        assert_eq!(from_dir.hash, built.hash);
        assert_eq!(from_dir.entries.len(), built.entries.len());
        assert_eq!(from_dir.patterns.len(), built.patterns.len());
    }

    #[test]
    fn builtin_rules_and_teaching_prompts_are_data() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lexicons/core");
        let rules = crate::lexicon::RulesConfig::builtin().unwrap();
        assert_eq!(rules.window, 8);
        let from_dir = crate::lexicon::Lexicon::load(&dir).unwrap().rules;
        let built = crate::lexicon::Lexicon::builtin("core").unwrap().rules;
        assert_eq!(
            (&from_dir.window, &from_dir.refusal, &from_dir.persistence),
            (&built.window, &built.refusal, &built.persistence)
        );
        // The loaded lexicon's cues are rules.toml's, with its companion's (core-cy) OR-ed in.
        assert_eq!(from_dir.window, rules.window);
        assert!(from_dir
            .refusal
            .starts_with(&format!("(?:{})|", rules.refusal)));
        assert_eq!(teach_general_prompts().unwrap().len(), 2);
    }

    #[test]
    fn builtin_model_is_the_shipped_file() {
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("models/default.model");
        assert_eq!(std::fs::read(p).unwrap(), DEFAULT_MODEL_BYTES);
        assert!(default_model().is_ok());
        // The manifest's hash (computed by build.rs) is the bytes' own.
        assert_eq!(
            ModelRef::Builtin.sha256().unwrap(),
            crate::io::sha256_hex(DEFAULT_MODEL_BYTES)
        );
    }

    #[test]
    fn export_then_load_gives_the_same_hash() {
        let d = tempfile::tempdir().unwrap();
        let out = d.path().join("mine");
        export_lexicon("core", &out).unwrap();
        let lex = crate::lexicon::Lexicon::load(&out).unwrap();
        assert_eq!(
            lex.hash,
            crate::lexicon::Lexicon::builtin("core").unwrap().hash
        );
        assert!(
            export_lexicon("core", &out).is_err(),
            "refuses to overwrite"
        );
        assert!(export_lexicon("nope", &d.path().join("x")).is_err());
    }
}
