//! Reading and normalization: the bytes of a file in, a [`Document`] out.
//!
//! Everything after this stage works on one text form, so that patterns are written
//! once: Unicode NFC, `Đ`/`đ` where OCR or a font gave a look-alike (`Ð` U+00D0, `Ɖ`
//! U+0189, Cyrillic `о`…), `\n` line ends, plain spaces. Every repair is recorded as
//! a [`Problem`] of kind `normalization` (or `encoding` for the decoding step), so an
//! archivist can see what was changed. Offsets in vanban refer to the text returned here.
//!
//! # Overview
//!
//! * [`decode`] turns bytes into text: UTF-8 with or without BOM, UTF-16 LE/BE with
//!   BOM. Bytes that are none of these, or that look binary, are an error
//!   ([`DecodeError`]) that becomes a `failed` record.
//! * [`normalize`] repairs the text as above.
//! * [`read_document`] does both.
//!
//! # Example
//!
//! ```
//! use vanban_text::read_document;
//! let doc = read_document("a.txt", "ÐẢNG CỘNG SẢN VIỆT NAM\r\nSố 275-CV/ĐUK".as_bytes()).unwrap();
//! assert_eq!(doc.text, "ĐẢNG CỘNG SẢN VIỆT NAM\nSố 275-CV/ĐUK");
//! assert_eq!(doc.problems.len(), 2); // the Ð and the CRLF line ends
//! ```
#![deny(missing_docs, rustdoc::broken_intra_doc_links)]

use std::fmt;

pub mod layout;
pub mod legacy;
pub mod ocr;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};
use vanban_types::{Document, Problem, ProblemKind};

/// Why bytes could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    kind: DecodeErrorKind,
}

/// What kind of bytes they were.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DecodeErrorKind {
    /// Not valid UTF-8 and no UTF-16 byte-order mark.
    InvalidUtf8 {
        /// Offset of the first invalid byte.
        offset: usize,
        /// The byte.
        byte: u8,
    },
    /// UTF-16 with unpaired surrogates or an odd length.
    InvalidUtf16,
    /// NUL bytes or control characters: not a text file.
    Binary,
}

impl DecodeError {
    /// What kind of bytes they were.
    pub fn kind(&self) -> &DecodeErrorKind {
        &self.kind
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            DecodeErrorKind::InvalidUtf8 { offset, byte } => write!(
                f,
                "not valid UTF-8 (byte 0x{byte:02X} at offset {offset}) and no UTF-16 byte-order mark; \
                 no legacy Vietnamese encoding (TCVN3, VNI, VISCII, Windows-1258) reads it as Vietnamese either"
            ),
            DecodeErrorKind::InvalidUtf16 => write!(f, "UTF-16 byte-order mark, but the bytes are not valid UTF-16"),
            DecodeErrorKind::Binary => write!(f, "binary data (NUL bytes or control characters), not a text file"),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Decode bytes as text. Returns the text and what was noted on the way (a BOM,
/// UTF-16).
pub fn decode(bytes: &[u8]) -> Result<(String, Vec<Problem>), DecodeError> {
    let mut problems = Vec::new();
    let text = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        problems.push(Problem::new(
            ProblemKind::Encoding,
            "UTF-8 with a byte-order mark (removed)",
        ));
        utf8(rest, 3)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        problems.push(Problem::new(
            ProblemKind::Encoding,
            "decoded as UTF-16 little-endian (byte-order mark)",
        ));
        utf16(rest, u16::from_le_bytes)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        problems.push(Problem::new(
            ProblemKind::Encoding,
            "decoded as UTF-16 big-endian (byte-order mark)",
        ));
        utf16(rest, u16::from_be_bytes)?
    } else {
        match utf8(bytes, 0) {
            Ok(t) => t,
            Err(e) if matches!(e.kind, DecodeErrorKind::InvalidUtf8 { .. }) => {
                // Not UTF-8: try the legacy Vietnamese encodings, keep the one that reads
                // as Vietnamese.
                match legacy::decode_bytes(bytes) {
                    Some((t, name)) => {
                        problems.push(Problem::new(
                            ProblemKind::Encoding,
                            format!("decoded as {name}"),
                        ));
                        t
                    }
                    None => return Err(e),
                }
            }
            Err(e) => return Err(e),
        }
    };
    // UTF-8 that carries legacy text shown as Windows-1252 (`Viá»‡t`, `§¶ng`, `Vieät`;
    // the C1 controls of such text are repaired too, before the binary check).
    let text = match legacy::repair_text(&text) {
        Some((repaired, name)) => {
            problems.push(Problem::new(
                ProblemKind::Encoding,
                format!("text was {name}; converted to Unicode"),
            ));
            repaired
        }
        None => text,
    };
    if looks_binary(&text) {
        return Err(DecodeError {
            kind: DecodeErrorKind::Binary,
        });
    }
    Ok((text, problems))
}

fn utf8(bytes: &[u8], base: usize) -> Result<String, DecodeError> {
    // The fast check first (it tells only whether the bytes are UTF-8); std's
    // validation says where they are not.
    if let Ok(s) = simdutf8::basic::from_utf8(bytes) {
        return Ok(s.to_string());
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let offset = e.valid_up_to();
            // A NUL-rich file is binary before it is bad UTF-8: say the more useful thing.
            if bytes.iter().take(4096).filter(|&&b| b == 0).count() > 0 {
                return Err(DecodeError {
                    kind: DecodeErrorKind::Binary,
                });
            }
            Err(DecodeError {
                kind: DecodeErrorKind::InvalidUtf8 {
                    offset: base + offset,
                    byte: bytes[offset],
                },
            })
        }
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, DecodeError> {
    if !bytes.len().is_multiple_of(2) {
        return Err(DecodeError {
            kind: DecodeErrorKind::InvalidUtf16,
        });
    }
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map_err(|_| DecodeError {
            kind: DecodeErrorKind::InvalidUtf16,
        })
}

/// A text is binary when it has NUL characters or more than 1% other control
/// characters (tabs, line and page breaks excepted).
///
/// Counted on the UTF-8 bytes (run on every file): characters are the bytes that do
/// not continue one, the C0 controls and DEL are single bytes, the C1 controls
/// (U+0080–U+009F) are `C2 80`–`C2 9F`.
fn looks_binary(text: &str) -> bool {
    let b = text.as_bytes();
    // Most texts have no byte that could start a control at all: one pass without
    // branches (`|` on booleans over blocks, so that it vectorizes) says so. C2 leads
    // the C1 controls, and a few Latin-1 signs (no-break space, `°`, `§`, `«`).
    let suspect = |x: u8| (x < 0x20) & (x.wrapping_sub(9) >= 5) | (x == 0x7f) | (x == 0xc2);
    if !b
        .chunks(64)
        .any(|block| block.iter().fold(false, |any, &x| any | suspect(x)))
    {
        return false;
    }
    if b.contains(&0) {
        return true;
    }
    // Tab, line feed, vertical tab, form feed and carriage return are 9..=13.
    let ascii_controls = b
        .iter()
        .filter(|&&x| (x < 0x20 && !(9..=13).contains(&x)) || x == 0x7f)
        .count();
    let c1_controls = b
        .iter()
        .zip(b.get(1..).unwrap_or_default())
        .filter(|&(&lead, &next)| lead == 0xc2 && (0x80..=0x9f).contains(&next))
        .count();
    let controls = ascii_controls + c1_controls;
    if controls == 0 {
        return false;
    }
    let total = b.iter().filter(|&&x| !is_utf8_continuation(x)).count();
    controls * 100 > total
}

/// Whether `b` continues a UTF-8 sequence (`10xxxxxx`) rather than starting a character.
fn is_utf8_continuation(b: u8) -> bool {
    (b as i8) < -0x40
}

/// Counts of the repairs [`normalize`] made.
#[derive(Default)]
struct Repairs {
    crlf: usize,
    lone_cr: usize,
    odd_spaces: usize,
    invisible: usize,
    controls: usize,
    eth: usize,
    african_d: usize,
    cyrillic: usize,
    inner_marks: usize,
}

/// Latin letter for a Cyrillic or other look-alike seen in spun or OCR'd copies
/// (domain.md §6).
fn latin_lookalike(c: char) -> Option<char> {
    Some(match c {
        'а' => 'a',
        'е' => 'e',
        'о' => 'o',
        'р' => 'p',
        'с' => 'c',
        'у' => 'y',
        'х' => 'x',
        'ѕ' => 's',
        'і' => 'i',
        'ј' => 'j',
        'ԁ' => 'd',
        'һ' => 'h',
        'ᴠ' => 'v',
        'А' => 'A',
        'В' => 'B',
        'Е' => 'E',
        'К' => 'K',
        'М' => 'M',
        'Н' => 'H',
        'О' => 'O',
        'Р' => 'P',
        'С' => 'C',
        'Т' => 'T',
        'Х' => 'X',
        'Ѕ' => 'S',
        'І' => 'I',
        'Ј' => 'J',
        _ => return None,
    })
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{400}'..='\u{4ff}')
}

/// Normalize a decoded text. Returns the text and one problem per kind of repair.
pub fn normalize(input: &str) -> (String, Vec<Problem>) {
    // Most files need no repair and are NFC already: check that in one pass without
    // allocating (the Unicode tables only for characters outside Vietnamese's Latin).
    let scan = scan_for_repairs(input);
    if !scan.repair && (scan.nfc_by_range || is_nfc_quick(input.chars()) == IsNormalized::Yes) {
        return (input.to_string(), Vec::new());
    }
    let mut r = Repairs::default();
    let mut out = String::with_capacity(input.len());
    let chars: Vec<char> = input.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\r' => {
                if chars.get(i + 1) == Some(&'\n') {
                    r.crlf += 1;
                    i += 1;
                } else {
                    r.lone_cr += 1;
                }
                out.push('\n');
            }
            '\x0c' | '\x0b' => {
                r.controls += 1;
                out.push('\n');
            }
            '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => {
                r.odd_spaces += 1;
                out.push(' ');
            }
            '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' => r.invisible += 1,
            'Ð' => {
                r.eth += 1;
                out.push('Đ');
            }
            'ð' => {
                r.eth += 1;
                out.push('đ');
            }
            'Ɖ' => {
                r.african_d += 1;
                out.push('Đ');
            }
            'ɖ' => {
                r.african_d += 1;
                out.push('đ');
            }
            c if c.is_control() && c != '\n' && c != '\t' => r.controls += 1,
            c if latin_lookalike(c).is_some() && word_is_spoofed(&chars, i) => {
                r.cyrillic += 1;
                out.push(latin_lookalike(c).unwrap_or(c));
            }
            c => out.push(c),
        }
        i += 1;
    }
    let mut problems = Vec::new();
    let mut note = |n: usize, msg: String| {
        if n > 0 {
            problems.push(Problem::new(ProblemKind::Normalization, msg));
        }
    };
    note(r.crlf, format!("{} CRLF line ends unified to LF", r.crlf));
    note(
        r.lone_cr,
        format!("{} bare CR line ends unified to LF", r.lone_cr),
    );
    note(
        r.odd_spaces,
        format!(
            "{} no-break or other odd spaces replaced by plain spaces",
            r.odd_spaces
        ),
    );
    note(
        r.invisible,
        format!(
            "{} invisible characters removed (zero-width, soft hyphen, BOM)",
            r.invisible
        ),
    );
    note(
        r.controls,
        format!(
            "{} control characters removed or read as line breaks",
            r.controls
        ),
    );
    note(
        r.eth,
        format!(
            "{} look-alike letters Ð/ð (U+00D0/U+00F0) read as Đ/đ",
            r.eth
        ),
    );
    note(
        r.african_d,
        format!(
            "{} look-alike letters Ɖ/ɖ (U+0189/U+0256) read as Đ/đ",
            r.african_d
        ),
    );
    note(
        r.cyrillic,
        format!(
            "{} Cyrillic look-alike letters in Latin words read as Latin letters",
            r.cyrillic
        ),
    );
    note(
        r.inner_marks,
        format!(
            "{} emphasis marks (**) inside words removed (web copy)",
            r.inner_marks
        ),
    );
    // `C**ỤC THUẾ**`, `ng**ày`, `V****Ă****N`: a web copy's bold marks that cut a word
    // in two. Decided on the repaired text, so that invisible characters and
    // look-alikes removed above do not change the decision on a second pass.
    if out.contains('*') {
        let chars: Vec<char> = out.chars().collect();
        let mut kept = String::with_capacity(out.len());
        let mut i = 0;
        while i < chars.len() {
            if chars[i] == '*' && inside_word(&chars, i) {
                r.inner_marks += 1;
                while chars.get(i + 1) == Some(&'*') {
                    i += 1;
                }
            } else {
                kept.push(chars[i]);
            }
            i += 1;
        }
        out = kept;
    }
    note(
        r.inner_marks,
        format!(
            "{} emphasis marks (**) inside words removed (web copy)",
            r.inner_marks
        ),
    );
    if is_nfc_quick(out.chars()) != IsNormalized::Yes {
        let composed: String = out.nfc().collect();
        if composed != out {
            problems.push(Problem::new(
                ProblemKind::Normalization,
                "decomposed Unicode (NFD, combining marks) composed to NFC",
            ));
            out = composed;
        }
    }
    (out, problems)
}

/// What one pass over a text tells [`normalize`].
struct Scan {
    /// Some repair other than NFC could apply.
    repair: bool,
    /// Every character is one that NFC leaves alone by itself (below U+0300, or a
    /// precomposed letter of Latin Extended Additional), so the text is NFC.
    nfc_by_range: bool,
}

/// Whether NFC leaves `c` alone whatever surrounds it: below U+0300 (no combining
/// marks there) or a precomposed Vietnamese letter (U+1E00–U+1EFF); checked against
/// the Unicode tables in the tests.
fn nfc_stable(c: char) -> bool {
    (c as u32) < 0x300 || ('\u{1e00}'..='\u{1eff}').contains(&c)
}

/// `c.is_alphanumeric()`, answered without the Unicode tables for the Latin letters
/// Vietnamese is written in (the tables' lookup was 7% of a run).
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    latin_letter(c).unwrap_or_else(|| c.is_alphanumeric())
}

/// `c.is_alphabetic()`, answered as [`is_alphanumeric`] is (the tables' lookup showed
/// again in the stages that count a word's letters).
pub fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    latin_letter(c).unwrap_or_else(|| c.is_alphabetic())
}

/// Whether `c`, beyond ASCII, is a letter, where the ranges of Vietnamese's Latin
/// letters tell (U+00C0–U+024F but `×` and `÷`, U+1E00–U+1EFF: no digits there);
/// `None` elsewhere.
fn latin_letter(c: char) -> Option<bool> {
    match c as u32 {
        0xc0..=0x24f => Some(c != '×' && c != '÷'),
        0x1e00..=0x1eff => Some(true),
        _ => None,
    }
}

/// `unicode_normalization::char::is_combining_mark(c)`, without its table for the
/// characters that cannot be marks.
fn is_combining_mark(c: char) -> bool {
    !nfc_stable(c) && unicode_normalization::char::is_combining_mark(c)
}

/// Whether any repair other than NFC could apply to `input`, and whether it is NFC by
/// the ranges of its characters alone.
///
/// Run on every file, on the UTF-8 bytes: ASCII is answered by one comparison per
/// byte, only the characters beyond it are decoded, and the letters on each side of a
/// bold mark (`*`) only where there is one.
fn scan_for_repairs(input: &str) -> Scan {
    let repair = Scan {
        repair: true,
        nfc_by_range: false,
    };
    let b = input.as_bytes();
    let mut nfc_by_range = true;
    let mut i = 0;
    while i < b.len() {
        // Plain ASCII in a tight loop of one lookup a byte: what lies between most of
        // a document's letters.
        while b.get(i).is_some_and(|&x| PLAIN_ASCII[x as usize]) {
            i += 1;
        }
        let Some(&x) = b.get(i) else {
            break;
        };
        if x == b'*' {
            // `C**ỤC`: a run of marks (and the combining marks among them) between two
            // letters or digits. Combining marks belong to the letter before them.
            let letter_before = input[..i]
                .chars()
                .rev()
                .find(|&c| !is_combining_mark(c))
                .is_some_and(is_alphanumeric);
            i += 1;
            while let Some(c) = input[i..].chars().next() {
                if c == '*' {
                    i += 1;
                } else if is_combining_mark(c) {
                    nfc_by_range = false; // marks are above U+0300
                    i += c.len_utf8();
                } else {
                    if letter_before && is_alphanumeric(c) {
                        return repair;
                    }
                    break;
                }
            }
            continue;
        }
        if x < 0x80 {
            // ASCII that is neither plain nor `*`: a C0 control but line feed and tab
            // (carriage return, vertical tab and form feed are repaired too), or DEL.
            return repair;
        }
        // The letters of Vietnamese, most of the text beyond ASCII, told by their bytes:
        // none is repaired and each is NFC whatever surrounds it. U+00C0–U+01BF (lead
        // bytes C3–C6) but `Ð` `ð` `Ɖ`, and U+1E80–U+1EFF (E1 BA, E1 BB).
        match (x, b.get(i + 1)) {
            (0xC3, Some(0x90 | 0xB0)) | (0xC6, Some(0x89)) => {}
            (0xC3..=0xC6, Some(_)) => {
                i += 2;
                continue;
            }
            (0xE1, Some(0xBA | 0xBB)) => {
                i += 3;
                continue;
            }
            _ => {}
        }
        let Some(c) = input[i..].chars().next() else {
            break;
        };
        if needs_repair(c) {
            return repair;
        }
        nfc_by_range &= nfc_stable(c);
        i += c.len_utf8();
    }
    Scan {
        repair: false,
        nfc_by_range,
    }
}

/// The bytes that [`scan_for_repairs`] passes over with nothing to check: ASCII but
/// `*`, DEL and the C0 controls other than line feed and tab.
const PLAIN_ASCII: [bool; 256] = {
    let mut plain = [false; 256];
    let mut x = 0x20;
    while x < 0x7f {
        plain[x] = x != b'*' as usize;
        x += 1;
    }
    plain[b'\n' as usize] = true;
    plain[b'\t' as usize] = true;
    plain
};

/// A character that [`normalize`] replaces or removes wherever it is (`*` aside).
fn needs_repair(c: char) -> bool {
    matches!(
        c,
        '\r' | '\x0b'
            | '\x0c'
            | '\u{a0}'
            | '\u{2000}'..='\u{200d}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
            | '\u{2060}'
            | '\u{feff}'
            | '\u{ad}'
            | 'Ð'
            | 'ð'
            | 'Ɖ'
            | 'ɖ'
            | 'ᴠ'
            | '\u{400}'..='\u{4ff}'
    ) || (c.is_control() && c != '\n' && c != '\t')
}

/// Whether the run of `*` starting at `i` stands between two letters or digits.
fn inside_word(chars: &[char], i: usize) -> bool {
    let mut j = i;
    while chars.get(j) == Some(&'*') {
        j += 1;
    }
    // Combining marks belong to the letter before them (`G\u{301}` is one letter).
    let before = chars[..i]
        .iter()
        .rev()
        .find(|c| !unicode_normalization::char::is_combining_mark(**c));
    let after = chars
        .get(j)
        .filter(|c| !unicode_normalization::char::is_combining_mark(**c));
    before.is_some_and(|c| c.is_alphanumeric()) && after.is_some_and(|c| c.is_alphanumeric())
}

/// Whether the Cyrillic look-alike at `i` stands in a word that is really Latin: the
/// word (letters and combining marks around it) holds no Cyrillic letter without a
/// Latin look-alike. A real Russian word (`Москва`) is left alone.
fn word_is_spoofed(chars: &[char], i: usize) -> bool {
    // Every combining mark, not only the Latin ones: `ଡ଼` is one letter before NFC and
    // a letter plus a mark (U+0B3C, not alphabetic) after it, and a second pass must
    // see the same word as the first.
    let in_word = |c: char| c.is_alphabetic() || unicode_normalization::char::is_combining_mark(c);
    let mut start = i;
    while start > 0 && in_word(chars[start - 1]) {
        start -= 1;
    }
    let mut end = i + 1;
    while end < chars.len() && in_word(chars[end]) {
        end += 1;
    }
    chars[start..end]
        .iter()
        .all(|&c| !is_cyrillic(c) || latin_lookalike(c).is_some())
}

/// Decode and normalize one file's bytes.
pub fn read_document(path: impl Into<String>, bytes: &[u8]) -> Result<Document, DecodeError> {
    let (text, mut problems) = decode(bytes)?;
    let (mut text, more) = normalize(&text);
    problems.extend(more);
    let tcvn3 = problems
        .iter()
        .any(|p| p.kind == ProblemKind::Encoding && p.message.starts_with("decoded as TCVN3"));
    if tcvn3 {
        if let Some((restored, lines)) = restore_heading_capitals(&text) {
            text = restored;
            problems.push(Problem::new(
                ProblemKind::Encoding,
                format!(
                    "capitals restored on {lines} heading line(s): TCVN3 capitals fonts (.VnTimeH) decode as lower case"
                ),
            ));
        }
    }
    Ok(Document {
        path: path.into(),
        text,
        problems,
    })
}

/// How many non-empty lines at each end of a document count as its header and its
/// signature block, where headings are.
const HEADING_LINES: usize = 12;

/// Restore the capitals of a TCVN3 document's headings. TCVN3 documents set their
/// headings in the capitals fonts (.VnTimeH), whose letters share the byte codes of the
/// lower-case ones, so `ĐẢNG CỘNG SẢN VIỆT NAM` decodes as `đảng cộng sản việt nam`
/// and `T/M BAN THƯỜNG VỤ` as `t/m ban thường vụ`. A heading line is one of the first or
/// last `HEADING_LINES` non-empty lines that has letters and no capital, no digit,
/// fewer than 80 characters, does not start a list entry (`-`, `+`) and does not end
/// like a sentence (`,`, `;`, `.`): body text typed in an ordinary font has capitals.
/// The text with those lines in capitals and how many there were; `None` when none.
pub fn restore_heading_capitals(text: &str) -> Option<(String, usize)> {
    let lines: Vec<&str> = text.split('\n').collect();
    let non_empty: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].trim().is_empty())
        .collect();
    let edge = |k: usize| k < HEADING_LINES || k + HEADING_LINES >= non_empty.len();
    let mut restore = vec![false; lines.len()];
    let mut count = 0;
    for (k, &i) in non_empty.iter().enumerate() {
        let line = lines[i].trim();
        let heading = edge(k)
            && line.chars().count() < 80
            && line.chars().any(char::is_alphabetic)
            && !line.chars().any(|c| c.is_uppercase() || c.is_ascii_digit())
            && !line.starts_with(['-', '+'])
            && !line.ends_with([',', ';', '.']);
        if heading {
            restore[i] = true;
            count += 1;
        }
    }
    if count == 0 {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if restore[i] {
            out.extend(line.chars().flat_map(char::to_uppercase));
        } else {
            out.push_str(line);
        }
    }
    Some((out, count))
}

#[cfg(test)]
mod tests;
