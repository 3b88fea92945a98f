//! Reading back the staged records a run writes itself, for the target pass: one
//! reused buffer, lines as bytes.
//!
//! `BufRead::lines` allocates a `String` per line and validates all of it as UTF-8;
//! records run to tens of kilobytes (segments, tasks, citations), so that cost showed
//! in profiles. The target pass parses only each record's citations tail (serde_json's
//! `from_slice` checks the strings it keeps) and copies the rest as bytes.

use std::io::BufRead;
use std::path::Path;

/// Call `each` with every line of `path`, without its `\n`, in order; stop at the
/// first error.
pub(crate) fn for_each_line<E: From<std::io::Error>>(
    path: &Path,
    mut each: impl FnMut(&[u8]) -> Result<(), E>,
) -> Result<(), E> {
    let mut reader = std::io::BufReader::with_capacity(1 << 16, std::fs::File::open(path)?);
    let mut line = Vec::with_capacity(1 << 16);
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            return Ok(());
        }
        let bytes = line.strip_suffix(b"\n").unwrap_or(&line);
        each(bytes)?;
    }
}

/// In JSON text every quote inside a string is escaped: this unescaped key can only be
/// the record's own `citations` field, which [`vanban_types::Record`] writes last.
pub(crate) const CITATIONS_KEY: &[u8] = b",\"citations\":";

/// Where the `citations` value of a record line starts (just after its key), if the
/// line ends with it.
pub(crate) fn citations_at(line: &[u8]) -> Option<usize> {
    let at = rfind(line, CITATIONS_KEY)? + CITATIONS_KEY.len();
    line.ends_with(b"}").then_some(at)
}

/// The last occurrence of `needle` in `hay`.
pub(crate) fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len())
        .rev()
        .find(|&i| hay[i..].starts_with(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_come_back_as_written_with_or_without_a_final_newline() {
        let dir = tempfile::tempdir().unwrap();
        for (text, want) in [
            (
                "a\n{\"x\":\"é\"}\n\nlast",
                vec!["a", "{\"x\":\"é\"}", "", "last"],
            ),
            ("one\n", vec!["one"]),
            ("", vec![]),
        ] {
            let p = dir.path().join("f.jsonl");
            std::fs::write(&p, text).unwrap();
            let mut got = Vec::new();
            for_each_line(&p, |l| {
                got.push(String::from_utf8(l.to_vec()).unwrap());
                Ok::<(), std::io::Error>(())
            })
            .unwrap();
            assert_eq!(got, want);
        }
    }

    #[test]
    fn rfind_finds_the_last_occurrence() {
        assert_eq!(rfind(b"a,\"c\":[],\"c\":[1]}", b",\"c\":"), Some(8));
        assert_eq!(rfind(b"abc", b"abcd"), None);
        assert_eq!(rfind(b"abc", b"x"), None);
        assert_eq!(rfind(b"abc", b""), None);
    }
}
