//! The library's error type.
//!
//! Every fallible library function returns [`Result`]. Errors say what went wrong in the
//! user's terms and, where there is one, name the file and line. [`Context`] wraps an error
//! with what was being done (`reading corpus.csv: …`), the way the command line prints it:
//! each layer's message, then its source, joined by `: `.
//!
//! Invariant: nothing in the library uses `anyhow`; the command line (`src/cmd/`) converts
//! these errors at its edge.

use std::fmt::Display;
use std::path::{Path, PathBuf};

/// A library error.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file could not be read, written or renamed.
    #[error("{}", path.display())]
    File {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// Input that is not valid at a place in a file (a lexicon, a corpus, a gold file).
    #[error("{}{}: {message}", path.display(), line.map(|l| format!(":{l}")).unwrap_or_default())]
    Input {
        /// The file.
        path: PathBuf,
        /// The 1-based line, where there is one.
        line: Option<u64>,
        /// What is wrong, in the user's terms.
        message: String,
    },
    /// A value, option or setting that is not valid; the message says which and why.
    #[error("{0}")]
    Invalid(String),
    /// An unknown field, value or category name, with the nearest valid name.
    #[error(transparent)]
    Unknown(#[from] crate::suggest::Unknown),
    /// An input or output stream failed (standard output, a pipe).
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// JSON that could not be read or written.
    #[error(transparent)]
    Json(#[from] serde_json::Error),
    /// CSV that could not be read or written.
    #[error(transparent)]
    Csv(#[from] csv::Error),
    /// TOML that could not be read.
    #[error(transparent)]
    Toml(#[from] toml::de::Error),
    /// A regular expression that does not compile.
    #[error(transparent)]
    Regex(#[from] regex::Error),
    /// An error from a library c2chat builds on (the classifier's linear algebra, the
    /// tokenizer, a chart backend), passed on unchanged.
    #[error(transparent)]
    External(Box<dyn std::error::Error + Send + Sync + 'static>),
    /// An error with what was being done when it happened.
    #[error("{context}")]
    Context {
        /// What was being done (`reading lexicons/core/terms.csv`).
        context: String,
        /// The error itself.
        #[source]
        source: Box<Error>,
    },
}

/// `Result` with the library's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// An invalid value or setting, with its message.
    pub fn invalid(message: impl Into<String>) -> Error {
        Error::Invalid(message.into())
    }

    /// A file that could not be read or written.
    pub fn file(path: impl AsRef<Path>, source: std::io::Error) -> Error {
        Error::File {
            path: path.as_ref().to_path_buf(),
            source,
        }
    }

    /// Bad input at `path`, line `line` (1-based) where known.
    pub fn input(path: impl AsRef<Path>, line: Option<u64>, message: impl Into<String>) -> Error {
        Error::Input {
            path: path.as_ref().to_path_buf(),
            line,
            message: message.into(),
        }
    }

    /// An error from another library, passed on unchanged.
    pub fn external(e: impl std::error::Error + Send + Sync + 'static) -> Error {
        Error::External(Box::new(e))
    }

    /// This error with `context` in front of it.
    pub fn context(self, context: impl Display) -> Error {
        Error::Context {
            context: context.to_string(),
            source: Box::new(self),
        }
    }

    /// The innermost error, under all [`Error::Context`] layers.
    pub fn root(&self) -> &Error {
        match self {
            Error::Context { source, .. } => source.root(),
            e => e,
        }
    }

    /// Whether the error is a write to a closed pipe (the reader went away, as with `| head`).
    pub fn is_broken_pipe(&self) -> bool {
        let pipe = |io: &std::io::Error| io.kind() == std::io::ErrorKind::BrokenPipe;
        match self.root() {
            Error::Io(io) | Error::File { source: io, .. } => pipe(io),
            Error::Csv(c) => matches!(c.kind(), csv::ErrorKind::Io(io) if pipe(io)),
            _ => false,
        }
    }
}

macro_rules! from_external {
    ($($t:ty),* $(,)?) => {$(
        impl From<$t> for Error {
            fn from(e: $t) -> Error {
                Error::external(e)
            }
        }
    )*};
}

from_external!(
    std::num::ParseIntError,
    std::num::ParseFloatError,
    std::str::Utf8Error,
    std::string::FromUtf8Error,
    std::string::FromUtf16Error,
    std::fmt::Error,
    tempfile::PersistError,
    toml::ser::Error,
    csv::IntoInnerError<csv::Writer<Vec<u8>>>,
);

/// Adds what was being done to an error (`.context("reading x")`, `.with_context(|| …)`).
pub trait Context<T> {
    /// Wrap the error with `context`.
    fn context<C: Display>(self, context: C) -> Result<T>;
    /// Wrap the error with the context `f` returns (computed only on error).
    fn with_context<C: Display, F: FnOnce() -> C>(self, f: F) -> Result<T>;
}

impl<T, E: Into<Error>> Context<T> for std::result::Result<T, E> {
    fn context<C: Display>(self, context: C) -> Result<T> {
        self.map_err(|e| e.into().context(context))
    }
    fn with_context<C: Display, F: FnOnce() -> C>(self, f: F) -> Result<T> {
        self.map_err(|e| e.into().context(f()))
    }
}

impl<T> Context<T> for Option<T> {
    fn context<C: Display>(self, context: C) -> Result<T> {
        self.ok_or_else(|| Error::Invalid(context.to_string()))
    }
    fn with_context<C: Display, F: FnOnce() -> C>(self, f: F) -> Result<T> {
        self.ok_or_else(|| Error::Invalid(f().to_string()))
    }
}

/// An [`Error::Invalid`] from a format string: `err!("unknown unit {u:?}")`.
#[macro_export]
macro_rules! err {
    ($($arg:tt)*) => {
        $crate::Error::Invalid(format!($($arg)*))
    };
}

/// Return early with an [`Error::Invalid`]: `bail!("unknown unit {u:?}")`.
#[macro_export]
macro_rules! bail {
    ($($arg:tt)*) => {
        return Err($crate::err!($($arg)*))
    };
}

/// Return early with an [`Error::Invalid`] unless the condition holds.
#[macro_export]
macro_rules! ensure {
    ($cond:expr, $($arg:tt)*) => {
        if !$cond {
            $crate::bail!($($arg)*);
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_chain_reads_outer_to_inner() {
        let e: Result<()> =
            Err(std::io::Error::new(std::io::ErrorKind::NotFound, "gone")).context("reading a.csv");
        let e = e.unwrap_err();
        assert_eq!(e.to_string(), "reading a.csv");
        let src = std::error::Error::source(&e).unwrap().to_string();
        assert_eq!(src, "gone");
    }

    #[test]
    fn input_names_file_and_line() {
        let e = Error::input("x/terms.csv", Some(7), "unknown category \"sexualsied\"");
        assert_eq!(
            e.to_string(),
            "x/terms.csv:7: unknown category \"sexualsied\""
        );
        let e = Error::input("x/terms.csv", None, "empty");
        assert_eq!(e.to_string(), "x/terms.csv: empty");
    }

    #[test]
    fn broken_pipe_is_found_under_context() {
        let io = std::io::Error::new(std::io::ErrorKind::BrokenPipe, "pipe");
        assert!(Error::Io(io)
            .context("writing")
            .context("stats")
            .is_broken_pipe());
        let other = std::io::Error::new(std::io::ErrorKind::NotFound, "x");
        assert!(!Error::Io(other).context("writing").is_broken_pipe());
    }
}
