//! Keyed pseudonyms: `spk_` / `conv_` + the first 8 hex digits (or more, with
//! [`Pseudonymiser::with_digits`]) of HMAC-SHA256 under a secret 32-byte key kept in a private
//! key file outside the output directory. [`PseudonymRegistry`] catches two ids that share a
//! pseudonym (with 8 digits a collision becomes likely from about 65,000 distinct ids).

use super::names::{fold, PhraseMatcher};
use crate::bail;
use crate::error::{Context, Result};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

type HmacSha256 = Hmac<Sha256>;

/// Key length in bytes.
pub const KEY_LEN: usize = 32;

/// Derives stable pseudonyms from a secret key.
#[derive(Clone)]
pub struct Pseudonymiser {
    key: [u8; KEY_LEN],
    /// Hex digits of the HMAC kept in a pseudonym (1–64).
    digits: usize,
}

/// The default number of hex digits in a pseudonym.
pub const DEFAULT_DIGITS: usize = 8;

impl std::fmt::Debug for Pseudonymiser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Pseudonymiser { key: <secret> }")
    }
}

/// Where the key lives: the flag, else `$C2CHAT_KEY_FILE`, else
/// `$XDG_CONFIG_HOME/c2chat/key`, else `$HOME/.config/c2chat/key`. With none of these (or a
/// relative `$HOME`) the result is the empty path, which [`Pseudonymiser::load_or_create`]
/// refuses: a key is never created in the working directory. [`key_path_checked`] reports
/// that case itself.
pub fn key_path(flag: Option<&Path>) -> PathBuf {
    key_path_with(flag, |k| std::env::var_os(k).map(PathBuf::from)).unwrap_or_default()
}

/// [`key_path`], with an error (suggesting `--key-file` / `C2CHAT_KEY_FILE`) when no key
/// location is known.
pub fn key_path_checked(flag: Option<&Path>) -> Result<PathBuf> {
    match key_path_with(flag, |k| std::env::var_os(k).map(PathBuf::from)) {
        Some(p) => Ok(p),
        None => bail!("{}", no_key_location_message()),
    }
}

fn no_key_location_message() -> String {
    "no place for the pseudonym key: HOME is unset (or not an absolute path) and neither \
     --key-file nor C2CHAT_KEY_FILE is given, and a key is never created in the current \
     directory; pass --key-file PATH or set C2CHAT_KEY_FILE=PATH (outside the output \
     directory). A missing key file is created there; to make one yourself: \
     `umask 077; head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \\n' > PATH; echo >> PATH`"
        .to_string()
}

fn key_path_with(flag: Option<&Path>, env: impl Fn(&str) -> Option<PathBuf>) -> Option<PathBuf> {
    if let Some(p) = flag {
        return Some(p.to_path_buf());
    }
    let set = |k: &str| env(k).filter(|p| !p.as_os_str().is_empty());
    if let Some(p) = set("C2CHAT_KEY_FILE") {
        return Some(p);
    }
    if let Some(p) = set("XDG_CONFIG_HOME").filter(|p| p.is_absolute()) {
        return Some(p.join("c2chat").join("key"));
    }
    let home = set("HOME").filter(|p| p.is_absolute())?;
    Some(home.join(".config").join("c2chat").join("key"))
}

/// Whether 32 key bytes look too regular to be random: all zero, or fewer than 12 distinct
/// byte values (a random key has about 31; fewer than 12 happens with probability below
/// 10^-20). Catches `00…`, `ff…`, repeated short patterns and `0123456789abcdef…`.
pub fn key_is_weak(key: &[u8]) -> bool {
    let mut seen = [false; 256];
    for &b in key {
        seen[usize::from(b)] = true;
    }
    key.iter().all(|&b| b == 0) || seen.iter().filter(|&&x| x).count() < 12
}

/// Make `p` absolute and resolve symlinks as far as the path exists; the missing tail is
/// appended lexically (with `.`/`..` resolved).
fn canonical_lenient(p: &Path) -> Result<PathBuf> {
    let abs = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir()
            .context("reading the current directory")?
            .join(p)
    };
    let mut existing = abs.clone();
    let mut tail: Vec<std::ffi::OsString> = Vec::new();
    loop {
        if let Ok(c) = existing.canonicalize() {
            let mut out = c;
            for t in tail.iter().rev() {
                if t == ".." {
                    out.pop();
                } else if t != "." {
                    out.push(t);
                }
            }
            return Ok(out);
        }
        match (existing.file_name(), existing.parent()) {
            (Some(name), Some(parent)) => {
                tail.push(name.to_os_string());
                existing = parent.to_path_buf();
            }
            _ => {
                // Nothing exists (not even the root): fall back to lexical normalisation.
                let mut out = PathBuf::new();
                for c in abs.components() {
                    match c {
                        Component::ParentDir => {
                            out.pop();
                        }
                        Component::CurDir => {}
                        other => out.push(other),
                    }
                }
                return Ok(out);
            }
        }
    }
}

/// Refuse a key file inside the output directory (after resolving symlinks), so that the key
/// is never shared along with the outputs.
pub fn ensure_outside(key: &Path, out_dir: &Path) -> Result<()> {
    let k = canonical_lenient(key)?;
    let o = canonical_lenient(out_dir)?;
    if k.starts_with(&o) {
        bail!(
            "the pseudonym key file {} is inside the output directory {}; keep the key outside \
             anything you share (use --key-file or C2CHAT_KEY_FILE to move it)",
            key.display(),
            out_dir.display()
        );
    }
    Ok(())
}

fn read_urandom() -> Result<[u8; KEY_LEN]> {
    use std::io::Read;
    let mut buf = [0u8; KEY_LEN];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .context("reading 32 random bytes from /dev/urandom")?;
    Ok(buf)
}

#[cfg(unix)]
fn create_private_dirs(dir: &Path) -> Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .with_context(|| format!("creating key directory {}", dir.display()))
}

#[cfg(not(unix))]
fn create_private_dirs(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir)
        .with_context(|| format!("creating key directory {}", dir.display()))
}

#[cfg(unix)]
fn check_mode(path: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let meta =
        std::fs::metadata(path).with_context(|| format!("reading key file {}", path.display()))?;
    let mode = meta.permissions().mode() & 0o777;
    if mode & 0o077 != 0 {
        bail!(
            "key file {} is accessible to group or others (mode {:o}); run `chmod 600 {}` and try again",
            path.display(),
            mode,
            path.display()
        );
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_mode(_path: &Path) -> Result<()> {
    Ok(())
}

/// Remembers which id each pseudonym was given to (as the full 32-byte HMAC, never the id
/// itself), so that two different ids sharing a truncated pseudonym are an error rather than
/// a silent merge of two speakers or conversations.
#[derive(Debug, Default)]
pub struct PseudonymRegistry {
    seen: std::collections::HashMap<String, [u8; 32]>,
}

impl PseudonymRegistry {
    /// The speaker pseudonym of `id`, checked against every earlier one.
    pub fn speaker(&mut self, p: &Pseudonymiser, id: &str) -> Result<String> {
        self.check(p, "spk_", "speaker", id)
    }

    /// The conversation pseudonym of `id`, checked against every earlier one.
    pub fn conversation(&mut self, p: &Pseudonymiser, id: &str) -> Result<String> {
        self.check(p, "conv_", "conversation", id)
    }

    fn check(&mut self, p: &Pseudonymiser, prefix: &str, domain: &str, id: &str) -> Result<String> {
        let full = p.digest(domain, id);
        let tag = format!("{prefix}{}", &hex::encode(full)[..p.digits]);
        match self.seen.get(&tag) {
            Some(prev) if *prev != full => bail!(
                "two different {domain} ids share the pseudonym {tag} ({} hex digits, {} distinct {domain} ids so far); \
                 rerun with more digits, for example --pseudonym-digits {}",
                p.digits,
                self.seen.keys().filter(|k| k.starts_with(prefix)).count() + 1,
                (p.digits + 4).min(64)
            ),
            Some(_) => {}
            None => {
                self.seen.insert(tag.clone(), full);
            }
        }
        Ok(tag)
    }
}

impl Pseudonymiser {
    /// A pseudonymiser from raw key bytes (tests, or keys held elsewhere).
    pub fn from_key_bytes(bytes: &[u8]) -> Self {
        let mut key = [0u8; KEY_LEN];
        if bytes.len() == KEY_LEN {
            key.copy_from_slice(bytes);
        } else {
            // Any other length is reduced to 32 bytes by hashing, so every input gives a key.
            use sha2::Digest;
            key.copy_from_slice(&Sha256::digest(bytes));
        }
        Pseudonymiser {
            key,
            digits: DEFAULT_DIGITS,
        }
    }

    /// The same key with `digits` hex digits per pseudonym (clamped to 1–64).
    pub fn with_digits(mut self, digits: usize) -> Self {
        self.digits = digits.clamp(1, 64);
        self
    }

    /// Load the key (64 hex digits) from `path`, creating it (mode 0600, parent directories
    /// 0700) from /dev/urandom if it does not exist. Refuses a key file readable or writable by
    /// group or others, and a malformed key.
    pub fn load_or_create(path: &Path) -> Result<Self> {
        if path.as_os_str().is_empty() {
            bail!("{}", no_key_location_message());
        }
        if !path.exists() {
            Self::create(path)?;
        }
        check_mode(path)?;
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("reading key file {}", path.display()))?;
        let t = text.trim();
        let bytes = hex::decode(t).ok().filter(|b| b.len() == KEY_LEN);
        match bytes {
            Some(b) if key_is_weak(&b) => bail!(
                "key file {} holds a weak key (all zero, or too few distinct bytes to be \
                 random); move it aside and rerun to create a fresh random key there, or make \
                 one: `umask 077; head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \\n' > {}; \
                 echo >> {}` (or point --key-file / C2CHAT_KEY_FILE at another key). Pseudonyms \
                 made with the weak key can be reversed by anyone who guesses it",
                path.display(),
                path.display(),
                path.display()
            ),
            Some(b) => Ok(Self::from_key_bytes(&b)),
            None => bail!(
                "key file {} is malformed: expected {} hex digits (a {}-byte key) on one line",
                path.display(),
                KEY_LEN * 2,
                KEY_LEN
            ),
        }
    }

    fn create(path: &Path) -> Result<()> {
        use std::io::Write;
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        create_private_dirs(&dir)?;
        let key = read_urandom()?;
        // tempfile creates the file with mode 0600; persist_noclobber never replaces a key
        // another process created in the meantime.
        let mut tmp = tempfile::Builder::new()
            .prefix(".c2chat-key-")
            .tempfile_in(&dir)
            .with_context(|| format!("creating a temporary key file in {}", dir.display()))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o600))
                .with_context(|| format!("setting mode 0600 on a key file in {}", dir.display()))?;
        }
        writeln!(tmp, "{}", hex::encode(key))
            .and_then(|_| tmp.as_file().sync_all())
            .with_context(|| format!("writing key file {}", path.display()))?;
        match tmp.persist_noclobber(path) {
            Ok(_) => Ok(()),
            Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
            Err(e) => Err(e.error).with_context(|| format!("creating key file {}", path.display())),
        }
    }

    fn digest(&self, domain: &str, id: &str) -> [u8; 32] {
        // HMAC accepts keys of any length, so this cannot fail.
        let mut mac = <HmacSha256 as Mac>::new_from_slice(&self.key)
            .unwrap_or_else(|_| unreachable!("HMAC takes any key length"));
        mac.update(domain.as_bytes());
        mac.update(b":");
        mac.update(id.as_bytes());
        mac.finalize().into_bytes().into()
    }

    fn tag(&self, prefix: &str, domain: &str, id: &str) -> String {
        let hex = hex::encode(self.digest(domain, id));
        format!("{prefix}{}", &hex[..self.digits])
    }

    /// `spk_` + 8 hex digits of HMAC-SHA256(key, "speaker:" + id).
    pub fn speaker(&self, id: &str) -> String {
        self.tag("spk_", "speaker", id)
    }

    /// `conv_` + 8 hex digits of HMAC-SHA256(key, "conversation:" + id).
    pub fn conversation(&self, id: &str) -> String {
        self.tag("conv_", "conversation", id)
    }

    /// A reusable replacer for [`Pseudonymiser::replace_speaker_names`] (build it once per
    /// corpus, not per message).
    pub fn name_replacer(&self, speaker_names: &[String]) -> SpeakerNameReplacer {
        // folded phrase -> pseudonym; full names first, then unambiguous first names.
        let mut full: BTreeMap<String, String> = BTreeMap::new();
        for n in speaker_names {
            let f = fold(n);
            if f.chars().any(char::is_alphanumeric) {
                full.entry(f).or_insert_with(|| self.speaker(n.trim()));
            }
        }
        let mut first: BTreeMap<String, Option<String>> = BTreeMap::new();
        for (f, pseud) in &full {
            let Some((w, _)) = f.split_once(' ') else {
                continue;
            };
            if w.chars().filter(|c| c.is_alphabetic()).count() < 3 || full.contains_key(w) {
                continue;
            }
            first
                .entry(w.to_string())
                .and_modify(|p| {
                    if p.as_deref() != Some(pseud.as_str()) {
                        *p = None; // shared by two speakers: ambiguous, left alone
                    }
                })
                .or_insert_with(|| Some(pseud.clone()));
        }
        let mut phrases = Vec::new();
        let mut pseudonyms = Vec::new();
        for (f, p) in full {
            phrases.push(f);
            pseudonyms.push(p);
        }
        for (w, p) in first {
            if let Some(p) = p {
                phrases.push(w);
                pseudonyms.push(p);
            }
        }
        SpeakerNameReplacer {
            matcher: PhraseMatcher::new(phrases),
            pseudonyms,
        }
    }

    /// Replace whole-word, case-insensitive occurrences of each speaker's real name (and of its
    /// first word, when the name has several words, the first has at least 3 letters and no
    /// other speaker shares it) with that speaker's pseudonym, `speaker(name)`.
    pub fn replace_speaker_names(&self, text: &str, speaker_names: &[String]) -> String {
        self.name_replacer(speaker_names).replace(text)
    }
}

/// Replaces speakers' real names in text with their pseudonyms.
#[derive(Debug, Clone)]
pub struct SpeakerNameReplacer {
    matcher: PhraseMatcher,
    pseudonyms: Vec<String>,
}

impl SpeakerNameReplacer {
    /// The text with every listed name replaced (longest match first, then earliest).
    pub fn replace(&self, text: &str) -> String {
        self.matcher
            .replace_with(text, |i| self.pseudonyms[i].clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mode(p: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn shared_pseudonyms_are_caught_not_merged() {
        // One hex digit leaves 16 pseudonyms, so 17 distinct ids must collide.
        let p = Pseudonymiser::from_key_bytes(b"k").with_digits(1);
        let mut reg = PseudonymRegistry::default();
        let mut err = None;
        for i in 0..17 {
            let id = format!("speaker{i}");
            match reg.speaker(&p, &id) {
                Ok(t) => {
                    assert_eq!(t, p.speaker(&id));
                    // The same id again is no collision.
                    assert_eq!(reg.speaker(&p, &id).unwrap(), t);
                }
                Err(e) => {
                    err = Some(e.to_string());
                    break;
                }
            }
        }
        let err = err.expect("17 ids in 16 pseudonyms must collide");
        assert!(err.contains("share the pseudonym spk_"), "{err}");
        assert!(err.contains("--pseudonym-digits"), "{err}");
        assert!(
            !err.contains("speaker1"),
            "the error must not name the ids: {err}"
        );
        // Speakers and conversations are separate namespaces.
        let mut reg = PseudonymRegistry::default();
        reg.speaker(&p, "x").unwrap();
        reg.conversation(&p, "x").unwrap();
        // More digits: a longer prefix of the same HMAC.
        let p12 = Pseudonymiser::from_key_bytes(b"k").with_digits(12);
        let p8 = Pseudonymiser::from_key_bytes(b"k");
        assert_eq!(p12.speaker("a").len(), 4 + 12);
        assert!(p12.speaker("a").starts_with(&p8.speaker("a")));
    }

    #[test]
    fn pseudonym_is_the_hmac_prefix() {
        let key = [7u8; KEY_LEN];
        let p = Pseudonymiser::from_key_bytes(&key);
        let mut mac = <HmacSha256 as Mac>::new_from_slice(&key).unwrap();
        mac.update(b"speaker:alice");
        let want = hex::encode(mac.finalize().into_bytes());
        assert_eq!(p.speaker("alice"), format!("spk_{}", &want[..8]));
        let mut mac = <HmacSha256 as Mac>::new_from_slice(&key).unwrap();
        mac.update(b"conversation:c1");
        let want = hex::encode(mac.finalize().into_bytes());
        assert_eq!(p.conversation("c1"), format!("conv_{}", &want[..8]));
    }

    #[test]
    fn stable_per_key_and_different_across_keys() {
        let a = Pseudonymiser::from_key_bytes(&[1u8; 32]);
        let a2 = Pseudonymiser::from_key_bytes(&[1u8; 32]);
        let b = Pseudonymiser::from_key_bytes(&[2u8; 32]);
        assert_eq!(a.speaker("u1"), a2.speaker("u1"));
        assert_ne!(a.speaker("u1"), b.speaker("u1"));
        assert_ne!(a.speaker("u1"), a.speaker("u2"));
        assert_ne!(a.speaker("x")[4..], a.conversation("x")[5..]);
        assert_eq!(a.speaker("u1").len(), 12);
        assert_eq!(a.conversation("c1").len(), 13);
    }

    #[test]
    fn key_file_is_created_private_and_reused() {
        let d = tempfile::tempdir().unwrap();
        let path = d.path().join("cfg").join("c2chat").join("key");
        let p1 = Pseudonymiser::load_or_create(&path).unwrap();
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(path.parent().unwrap()), 0o700);
        assert_eq!(mode(&d.path().join("cfg")), 0o700);
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.trim().len(), 64);
        assert!(text.trim().chars().all(|c| c.is_ascii_hexdigit()));
        let p2 = Pseudonymiser::load_or_create(&path).unwrap();
        assert_eq!(p1.speaker("s"), p2.speaker("s"));
        let raw = hex::decode(text.trim()).unwrap();
        assert_eq!(
            Pseudonymiser::from_key_bytes(&raw).speaker("s"),
            p1.speaker("s")
        );
        // Two fresh keys differ (random).
        let other = d.path().join("k2");
        let p3 = Pseudonymiser::load_or_create(&other).unwrap();
        assert_ne!(p1.speaker("s"), p3.speaker("s"));
        // No temporary files left behind.
        let names: Vec<_> = std::fs::read_dir(path.parent().unwrap()).unwrap().collect();
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn readable_key_is_refused_with_chmod_advice() {
        use std::os::unix::fs::PermissionsExt;
        let d = tempfile::tempdir().unwrap();
        let path = d.path().join("key");
        Pseudonymiser::load_or_create(&path).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let e = format!("{:#}", Pseudonymiser::load_or_create(&path).unwrap_err());
        assert!(
            e.contains("chmod 600") && e.contains(&path.display().to_string()),
            "{e}"
        );
    }

    #[test]
    fn malformed_key_is_refused_naming_the_file() {
        use std::os::unix::fs::PermissionsExt;
        let d = tempfile::tempdir().unwrap();
        for bad in ["", "zz", "abcd\n", &"0".repeat(62)] {
            let path = d.path().join("badkey");
            std::fs::write(&path, bad).unwrap();
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
            let e = format!("{:#}", Pseudonymiser::load_or_create(&path).unwrap_err());
            assert!(e.contains("malformed") && e.contains("badkey"), "{e}");
        }
    }

    #[test]
    fn key_path_resolution_order() {
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                vars.iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| PathBuf::from(v))
            }
        };
        let all: &[(&str, &str)] = &[
            ("C2CHAT_KEY_FILE", "/k/env"),
            ("XDG_CONFIG_HOME", "/xdg"),
            ("HOME", "/home/u"),
        ];
        assert_eq!(
            key_path_with(Some(Path::new("/flag")), env(all)),
            Some(PathBuf::from("/flag"))
        );
        assert_eq!(key_path_with(None, env(all)), Some(PathBuf::from("/k/env")));
        let no_env: &[(&str, &str)] = &[("XDG_CONFIG_HOME", "/xdg"), ("HOME", "/home/u")];
        assert_eq!(
            key_path_with(None, env(no_env)),
            Some(PathBuf::from("/xdg/c2chat/key"))
        );
        let home_only: &[(&str, &str)] = &[("HOME", "/home/u"), ("XDG_CONFIG_HOME", "")];
        assert_eq!(
            key_path_with(None, env(home_only)),
            Some(PathBuf::from("/home/u/.config/c2chat/key"))
        );
    }

    #[test]
    fn no_home_means_no_key_in_the_working_directory() {
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                vars.iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| PathBuf::from(v))
            }
        };
        for vars in [
            &[][..],
            &[("HOME", "")][..],
            &[("HOME", "relative/home")][..],
            &[("XDG_CONFIG_HOME", "rel"), ("HOME", "")][..],
        ] {
            assert_eq!(key_path_with(None, env(vars)), None, "{vars:?}");
        }
        // The empty path (what `key_path` gives then) is refused before anything is created.
        let e = format!(
            "{:#}",
            Pseudonymiser::load_or_create(Path::new("")).unwrap_err()
        );
        assert!(
            e.contains("HOME is unset")
                && e.contains("--key-file")
                && e.contains("C2CHAT_KEY_FILE"),
            "{e}"
        );
        assert!(e.contains("/dev/urandom"), "says how to make a key: {e}");
    }

    #[test]
    fn weak_keys_are_refused() {
        use std::os::unix::fs::PermissionsExt;
        let d = tempfile::tempdir().unwrap();
        let path = d.path().join("weak");
        let pattern = "0123456789abcdef".repeat(4);
        let two = "00ff".repeat(16);
        for weak in ["0".repeat(64), "f".repeat(64), pattern, two] {
            std::fs::write(&path, format!("{weak}\n")).unwrap();
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
            let e = format!("{:#}", Pseudonymiser::load_or_create(&path).unwrap_err());
            assert!(e.contains("weak key") && e.contains("weak"), "{e}");
            assert!(
                e.contains("/dev/urandom") && e.contains("--key-file"),
                "{e}"
            );
        }
        assert!(key_is_weak(&[0u8; 32]));
        assert!(!key_is_weak(&read_urandom().unwrap()));
        // Keys used in tests elsewhere are fine as raw bytes (from_key_bytes does not check).
        let mut k = [0u8; 32];
        for (i, b) in k.iter_mut().enumerate() {
            *b = (i as u8).wrapping_mul(37).wrapping_add(11);
        }
        assert!(!key_is_weak(&k));
    }

    #[test]
    fn key_inside_output_dir_is_refused() {
        let d = tempfile::tempdir().unwrap();
        let out = d.path().join("out");
        std::fs::create_dir(&out).unwrap();
        let inside = out.join("sub").join("key");
        assert!(ensure_outside(&inside, &out).is_err());
        // Through a `..` and a not-yet-existing output directory too.
        let sneaky = d.path().join("out2").join("..").join("out2").join("key");
        assert!(ensure_outside(&sneaky, &d.path().join("out2")).is_err());
        // A symlinked output directory pointing at the key's directory.
        let keydir = d.path().join("keys");
        std::fs::create_dir(&keydir).unwrap();
        let link = d.path().join("link");
        std::os::unix::fs::symlink(&keydir, &link).unwrap();
        assert!(ensure_outside(&keydir.join("key"), &link).is_err());
        // Siblings are fine, including a prefix-sharing name.
        assert!(ensure_outside(&d.path().join("outside").join("key"), &out).is_ok());
        assert!(ensure_outside(&d.path().join("out-key"), &out).is_ok());
    }

    #[test]
    fn speaker_names_replaced_whole_word() {
        let p = Pseudonymiser::from_key_bytes(&[3u8; 32]);
        let names = vec![
            "Jordan Fakename".to_string(),
            "Al Testperson".to_string(),
            "Casey Sample".to_string(),
            "Casey Other".to_string(),
        ];
        let j = p.speaker("Jordan Fakename");
        let t = "JORDAN FAKENAME said hi, jordan! Jordanna no. al is short. Casey? casey sample";
        let out = p.replace_speaker_names(t, &names);
        let cs = p.speaker("Casey Sample");
        assert_eq!(
            out,
            format!("{j} said hi, {j}! Jordanna no. al is short. Casey? {cs}")
        );
    }
}
