//! Output helpers: every output file is written atomically (temporary file in the same
//! directory, then rename) with mode 0600.

use crate::error::{Context, Result};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// Write `bytes` to `path` atomically, mode 0600.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut w = AtomicFile::create(path)?;
    w.write_all(bytes)
        .with_context(|| format!("writing {}", path.display()))?;
    w.commit()
}

/// A file being written: data goes to a temporary file beside the target, and only
/// [`AtomicFile::commit`] renames it into place. Dropping without commit removes it.
pub struct AtomicFile {
    target: PathBuf,
    inner: Option<BufWriter<tempfile::NamedTempFile>>,
}

impl AtomicFile {
    /// Start writing `path`: a temporary file (mode 0600) in its directory, which is created
    /// if needed.
    pub fn create(path: &Path) -> Result<Self> {
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&dir)
            .with_context(|| format!("creating directory {}", dir.display()))?;
        let tmp = tempfile::Builder::new()
            .prefix(".c2chat-tmp-")
            .tempfile_in(&dir)
            .with_context(|| format!("creating a temporary file in {}", dir.display()))?;
        set_private(tmp.path())?;
        Ok(AtomicFile {
            target: path.to_path_buf(),
            inner: Some(BufWriter::with_capacity(1 << 16, tmp)),
        })
    }

    /// Flush, sync and rename the temporary file into place.
    pub fn commit(self) -> Result<()> {
        let staged = self.stage()?;
        staged
            .tmp
            .persist(&staged.target)
            .map_err(|e| crate::err!("renaming into {}: {}", staged.target.display(), e.error))?;
        Ok(())
    }
}

impl AtomicFile {
    /// Flush and sync the temporary file without renaming it: the first half of a commit of
    /// several files as one set (see [`commit_set`]).
    pub fn stage(mut self) -> Result<Staged> {
        let w = self.inner.take().expect("not yet committed");
        let tmp = w
            .into_inner()
            .map_err(|e| crate::err!("flushing {}: {}", self.target.display(), e.error()))?;
        tmp.as_file()
            .sync_all()
            .with_context(|| format!("syncing {}", self.target.display()))?;
        let bytes = tmp.as_file().metadata()?.len();
        Ok(Staged {
            target: self.target.clone(),
            tmp: tmp.into_temp_path(),
            bytes,
        })
    }
}

/// A finished temporary file waiting to be renamed into place (removed if dropped).
pub struct Staged {
    target: PathBuf,
    tmp: tempfile::TempPath,
    /// Its length in bytes (recorded in the manifest, which readers check).
    pub bytes: u64,
}

impl Staged {
    /// The file name it will have.
    pub fn name(&self) -> String {
        self.target
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default()
    }
}

/// The manifest is the commit marker of an output set: it is removed first and written last, so
/// a run killed while committing leaves either the old set with its manifest, the new set with
/// its manifest, or files without a manifest, which readers refuse (see
/// [`check_output_set`]). `manifest` receives the staged files' (name, length) pairs.
pub fn commit_set(
    dir: &Path,
    files: Vec<Staged>,
    manifest: impl FnOnce(&[(String, u64)]) -> Result<Vec<u8>>,
) -> Result<()> {
    let mpath = dir.join(MANIFEST);
    if mpath.exists() {
        std::fs::remove_file(&mpath).with_context(|| format!("removing {}", mpath.display()))?;
    }
    sync_dir(dir)?;
    fault_point("commit:manifest-removed");
    let sizes: Vec<(String, u64)> = files.iter().map(|f| (f.name(), f.bytes)).collect();
    for (i, f) in files.into_iter().enumerate() {
        f.tmp
            .persist(&f.target)
            .map_err(|e| crate::err!("renaming into {}: {}", f.target.display(), e.error))?;
        fault_point(&format!("commit:renamed-{}", i + 1));
    }
    sync_dir(dir)?;
    let m = manifest(&sizes)?;
    write_atomic(&mpath, &m)?;
    sync_dir(dir)
}

/// The name of the manifest (commit marker) of an output directory.
pub const MANIFEST: &str = "manifest.json";

/// Check that `file` belongs to a complete output set: when the directory holds a manifest that
/// lists the file with its length, the length must match; when it holds other outputs of the
/// same set (`siblings`) but no manifest, the run that wrote it did not finish.
pub fn check_output_set(file: &Path, siblings: &[&str]) -> Result<()> {
    let dir = match file.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = file.file_name().map(|n| n.to_string_lossy().to_string());
    let mpath = dir.join(MANIFEST);
    if !mpath.exists() {
        if siblings.iter().all(|s| dir.join(s).exists()) && !siblings.is_empty() {
            crate::bail!(
                "{}: incomplete output set: {} has no {MANIFEST}, so the run that wrote it did not finish (run it again)",
                file.display(),
                dir.display()
            );
        }
        return Ok(());
    }
    let Ok(m) = serde_json::from_slice::<serde_json::Value>(&std::fs::read(&mpath)?) else {
        return Ok(());
    };
    let Some(sizes) = m.get("output_bytes").and_then(|v| v.as_object()) else {
        return Ok(());
    };
    if let Some(want) = name
        .as_ref()
        .and_then(|n| sizes.get(n))
        .and_then(|v| v.as_u64())
    {
        let got = std::fs::metadata(file)?.len();
        if got != want {
            crate::bail!(
                "{}: does not match {} ({got} bytes, the manifest says {want}): the output set is mixed from two runs; run it again",
                file.display(),
                mpath.display(),
            );
        }
    }
    Ok(())
}

/// Remove temporary files that killed runs left in `dir` (`.c2chat-tmp-*`); returns how many.
pub fn remove_stale_temporaries(dir: &Path) -> usize {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut n = 0;
    for e in rd.flatten() {
        let name = e.file_name();
        if name.to_string_lossy().starts_with(".c2chat-tmp-")
            && std::fs::remove_file(e.path()).is_ok()
        {
            n += 1;
        }
    }
    n
}

/// Sync a directory, so renames in it are durable.
pub fn sync_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        std::fs::File::open(dir)
            .and_then(|f| f.sync_all())
            .with_context(|| format!("syncing directory {}", dir.display()))?;
    }
    let _ = dir;
    Ok(())
}

/// A fault-injection point for the interruption tests: when the environment variable
/// `C2CHAT_FAULT_AT` names this point, the process aborts here, as a kill would stop it.
pub fn fault_point(name: &str) {
    if std::env::var_os("C2CHAT_FAULT_AT").is_some_and(|v| v == name) {
        std::process::abort();
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.inner.as_mut().expect("open").write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.as_mut().expect("open").flush()
    }
}

#[cfg(unix)]
fn set_private(path: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
        .with_context(|| format!("setting mode 0600 on {}", path.display()))
}

#[cfg(not(unix))]
fn set_private(_path: &Path) -> Result<()> {
    Ok(())
}

static RAW_CSV: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Turn CSV formula neutralisation off (`--raw-csv`) or on (the default) for this process.
pub fn set_raw_csv(raw: bool) {
    RAW_CSV.store(raw, std::sync::atomic::Ordering::Relaxed);
}

/// A CSV cell made safe for spreadsheets: a text cell starting with `=`, `+`, `-`, `@`, tab
/// or carriage return (which Excel, LibreOffice and Sheets would run as a formula) gets a
/// leading `'`. Numbers such as `-1.19` or `-2e-7` are left as they are, as is every cell
/// under [`set_raw_csv`]`(true)`. Every CSV writer of c2chat passes its cells through here.
pub fn csv_cell(s: &str) -> std::borrow::Cow<'_, str> {
    if RAW_CSV.load(std::sync::atomic::Ordering::Relaxed) {
        return s.into();
    }
    neutralise_formula(s)
}

/// [`csv_cell`] regardless of the process setting.
pub fn neutralise_formula(s: &str) -> std::borrow::Cow<'_, str> {
    let risky = s.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && !is_plain_number(s) {
        format!("'{s}").into()
    } else {
        s.into()
    }
}

fn is_plain_number(s: &str) -> bool {
    s.bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.' | b'e' | b'E'))
        && s.parse::<f64>().is_ok()
}

/// A CSV record with every cell passed through [`csv_cell`].
pub fn csv_record<'a, I, S>(cells: I) -> Vec<std::borrow::Cow<'a, str>>
where
    I: IntoIterator<Item = &'a S>,
    S: AsRef<str> + ?Sized + 'a,
{
    cells.into_iter().map(|c| csv_cell(c.as_ref())).collect()
}

/// Write one record through [`csv_cell`]: the one way c2chat writes CSV rows.
pub fn write_csv_record<'a, W, I, S>(w: &mut csv::Writer<W>, cells: I) -> csv::Result<()>
where
    W: Write,
    I: IntoIterator<Item = &'a S>,
    S: AsRef<str> + ?Sized + 'a,
{
    w.write_record(csv_record(cells).iter().map(|c| c.as_bytes()))
}

/// A JSON error without the offending value: its position and kind only (serde's own
/// message can quote the value, e.g. `invalid type: string "…"`). A missing field is named.
pub fn json_error_summary(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let msg = e.to_string();
    let what = match e.classify() {
        Category::Io => "read error".to_string(),
        Category::Syntax => "invalid JSON".to_string(),
        Category::Eof => "truncated JSON".to_string(),
        Category::Data => match msg.strip_prefix("missing field `") {
            Some(rest) => format!("missing field `{}`", rest.split('`').next().unwrap_or("")),
            None => "a field has the wrong type or value".to_string(),
        },
    };
    format!("{what} at line {} column {}", e.line(), e.column())
}

/// SHA-256 of bytes, lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(bytes))
}

/// SHA-256 of a file's contents, streamed.
pub fn sha256_file(path: &Path) -> Result<String> {
    use sha2::{Digest, Sha256};
    let mut f = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut h = Sha256::new();
    std::io::copy(&mut f, &mut h).with_context(|| format!("reading {}", path.display()))?;
    Ok(hex::encode(h.finalize()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_is_private_and_complete() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("x.txt");
        write_atomic(&p, b"hello").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"hello");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
    }

    #[test]
    fn formula_cells_are_neutralised_and_numbers_kept() {
        for bad in [
            "=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx", "-", "-inf", "+NaN",
        ] {
            assert_eq!(neutralise_formula(bad), format!("'{bad}"), "{bad:?}");
        }
        for ok in ["-1.19", "+3", "-2e-7", "1E5", "plain", "", "a=b", "'=x"] {
            assert_eq!(neutralise_formula(ok), ok, "{ok:?}");
        }
        let rec = csv_record(["=x", "-1"]);
        assert_eq!(rec, vec!["'=x", "-1"]);
    }

    #[test]
    fn uncommitted_file_leaves_nothing() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("y.txt");
        {
            let mut w = AtomicFile::create(&p).unwrap();
            w.write_all(b"partial").unwrap();
        }
        assert!(!p.exists());
        assert_eq!(std::fs::read_dir(d.path()).unwrap().count(), 0);
    }
}
