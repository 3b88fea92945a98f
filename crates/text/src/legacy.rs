//! Legacy Vietnamese encodings: TCVN3 (ABC, the .VnTime fonts), VNI-Windows, VISCII,
//! Windows-1258, and UTF-8 that was read as Windows-1252 once or twice (`Viá»‡t`).
//!
//! Detection never guesses from one byte: every candidate decoding is scored by how many
//! of its words are well-formed Vietnamese syllables ([`syllable_score`]), and a
//! conversion is taken only when it reads clearly better than the alternatives. Clean
//! UTF-8 and plain ASCII are never converted (there is nothing to gain).
//!
//! Tables are data files (`data/*.tsv`, each naming its source); VNI, whose marks are
//! separate bytes after the vowel, is composed by rule.

use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;

/// A byte → text table (a byte may stand for a base letter and a combining mark).
struct Table {
    map: Vec<String>,
}

fn parse_table(tsv: &str) -> Table {
    let mut map: Vec<String> = (0u8..=255)
        .map(|b| {
            if b < 0x80 {
                (b as char).to_string()
            } else {
                String::new()
            }
        })
        .collect();
    for line in tsv
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
    {
        let Some((byte, chars)) = line.split_once('\t') else {
            continue;
        };
        let Ok(b) = u8::from_str_radix(byte.trim(), 16) else {
            continue;
        };
        let s: String = chars
            .split_whitespace()
            .filter_map(|h| u32::from_str_radix(h, 16).ok())
            .filter_map(char::from_u32)
            .collect();
        map[b as usize] = s;
    }
    Table { map }
}

static TCVN3: LazyLock<Table> = LazyLock::new(|| parse_table(include_str!("../data/tcvn3.tsv")));
static VISCII: LazyLock<Table> = LazyLock::new(|| parse_table(include_str!("../data/viscii.tsv")));
static CP1258: LazyLock<Table> = LazyLock::new(|| parse_table(include_str!("../data/cp1258.tsv")));
static CP1252: LazyLock<Table> = LazyLock::new(|| parse_table(include_str!("../data/cp1252.tsv")));
/// Windows-1252 in reverse: the byte a character came from when UTF-8 or TCVN3 bytes
/// were shown as Windows-1252.
static CP1252_BYTE: LazyLock<std::collections::HashMap<char, u8>> = LazyLock::new(|| {
    let mut m = std::collections::HashMap::new();
    for (b, s) in CP1252.map.iter().enumerate() {
        let mut cs = s.chars();
        if let (Some(c), None) = (cs.next(), cs.next()) {
            m.insert(c, b as u8);
        }
    }
    m
});

fn decode_table(bytes: &[u8], t: &Table) -> String {
    let s: String = bytes.iter().map(|&b| t.map[b as usize].as_str()).collect();
    s.nfc().collect()
}

/// VNI-Windows: bytes shown as Windows-1252, vowels followed by mark bytes.
fn decode_vni_chars(text: &str) -> String {
    // Single-character letters.
    let single = |c: char| -> Option<char> {
        Some(match c {
            'ñ' => 'đ',
            'Ñ' => 'Đ',
            'ô' => 'ơ',
            'Ô' => 'Ơ',
            'ö' => 'ư',
            'Ö' => 'Ư',
            'ó' => 'ĩ',
            'Ó' => 'Ĩ',
            'ò' => 'ị',
            'Ò' => 'Ị',
            'æ' => 'ỉ',
            'Æ' => 'Ỉ',
            _ => return None,
        })
    };
    // Marks that follow a vowel: (mark char, combining sequence, applies to a/A only).
    let mark = |c: char| -> Option<(&'static str, bool)> {
        Some(match c.to_lowercase().next().unwrap_or(c) {
            'ù' => ("\u{301}", false),
            'ø' => ("\u{300}", false),
            'û' => ("\u{309}", false),
            'õ' => ("\u{303}", false),
            'ï' => ("\u{323}", false),
            'â' => ("\u{302}", false),
            'á' => ("\u{302}\u{301}", false),
            'à' => ("\u{302}\u{300}", false),
            'å' => ("\u{302}\u{309}", false),
            'ã' => ("\u{302}\u{303}", false),
            'ä' => ("\u{302}\u{323}", false),
            'ê' => ("\u{306}", true),
            'é' => ("\u{306}\u{301}", true),
            'è' => ("\u{306}\u{300}", true),
            'ú' => ("\u{306}\u{309}", true),
            'ü' => ("\u{306}\u{303}", true),
            'ë' => ("\u{306}\u{323}", true),
            _ => return None,
        })
    };
    let is_vowel = |c: char| "aeiouyAEIOUYơưƠƯ".contains(c);
    let mut out = String::with_capacity(text.len());
    let mut prev: Option<char> = None;
    for c in text.chars() {
        if let (Some(p), Some((m, a_only))) = (prev, mark(c)) {
            // Hats only sit on a, e, o; breves on a.
            let base_ok = is_vowel(p)
                && (!a_only || matches!(p, 'a' | 'A'))
                && (!m.starts_with('\u{302}') || matches!(p, 'a' | 'e' | 'o' | 'A' | 'E' | 'O'));
            if base_ok {
                out.push_str(m);
                prev = None;
                continue;
            }
        }
        let c = single(c).unwrap_or(c);
        out.push(c);
        prev = Some(c);
    }
    out.nfc().collect()
}

/// Text whose characters stand for Windows-1252 bytes → those bytes (None if a character
/// has no Windows-1252 byte).
fn as_cp1252_bytes(text: &str) -> Option<Vec<u8>> {
    text.chars()
        .map(|c| {
            if (c as u32) < 0x80 {
                Some(c as u8)
            } else {
                CP1252_BYTE.get(&c).copied()
            }
        })
        .collect()
}

const INITIALS: [&str; 27] = [
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g",
    "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
];
const FINALS: [&str; 9] = ["ng", "nh", "ch", "c", "m", "n", "p", "t", ""];

/// Whether a lower-case word is a well-formed Vietnamese syllable: an initial, one to
/// three vowels, a final, at most one tone mark.
pub fn is_syllable(word: &str) -> bool {
    let mut tones = 0;
    let base: String = word
        .nfd()
        .filter(|&c| {
            let tone = matches!(c, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}');
            tones += tone as usize;
            !tone
        })
        .nfc()
        .collect();
    if tones > 1 || base.is_empty() {
        return false;
    }
    let rest = INITIALS
        .iter()
        .find(|i| base.starts_with(*i))
        .map_or(base.as_str(), |i| &base[i.len()..]);
    let vowels: usize = rest
        .chars()
        .take_while(|c| "aăâeêioôơuưy".contains(*c))
        .map(char::len_utf8)
        .sum();
    let nv = rest[..vowels].chars().count();
    (1..=3).contains(&nv) && FINALS.contains(&&rest[vowels..])
}

/// The share of a text's words that are Vietnamese syllables (words with digits are left
/// out), and how many words were judged.
pub fn syllable_score(text: &str) -> (f64, usize) {
    let mut ok = 0usize;
    let mut n = 0usize;
    for w in text.split_whitespace().take(4000) {
        let w = w.trim_matches(|c: char| {
            c.is_ascii_punctuation() || matches!(c, '“' | '”' | '‘' | '’' | '…')
        });
        if w.is_empty() || w.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        n += 1;
        if is_syllable(&w.to_lowercase()) {
            ok += 1;
        }
    }
    (if n == 0 { 0.0 } else { ok as f64 / n as f64 }, n)
}

/// How many letters a legacy decoding could repair the text has, counted up to
/// `enough`: characters of the Latin-1 and Windows-1252 ranges that Vietnamese text in
/// Unicode would not use. `Ð`/`ð` do not count: they are the common stand-in for `Đ`
/// (repaired elsewhere), and a text in a legacy encoding is full of other marks.
/// Counting them sent every document typed with `Ð` through the trial decodings (about
/// 4 M instructions each, 3.5% of a generated archive's run, for no repair).
pub(crate) fn legacy_marks(text: &str, enough: usize) -> usize {
    // Run on every document: ASCII and the letters above Latin-1 (most of Vietnamese)
    // are answered by one comparison, Latin-1 by a table built at compile time. (Tried
    // on the bytes, by lead byte, with or without a first pass meant to vectorize: more
    // instructions, since C5, C6 and E2 also lead Vietnamese letters and quotes.)
    text.chars()
        .filter(|&c| match c as u32 {
            0..0x80 => false,
            u @ 0x80..=0xff => !VIETNAMESE_LATIN1[(u - 0x80) as usize],
            _ => is_cp1252_mark(c),
        })
        .take(enough)
        .count()
}

/// The characters of Windows-1252 above Latin-1 (`Œ`, `š`, `€`, `™` …): Vietnamese
/// text does not use them; text in a legacy encoding shown as Windows-1252 is full of
/// them.
fn is_cp1252_mark(c: char) -> bool {
    matches!(
        c,
        'Œ' | 'œ'
            | 'Š'
            | 'š'
            | 'Ÿ'
            | 'Ž'
            | 'ž'
            | 'ƒ'
            | '‚'
            | '„'
            | '†'
            | '‡'
            | '‰'
            | '‹'
            | '›'
            | 'ˆ'
            | '˜'
            | '™'
            | '€'
    )
}

/// For U+0080..=U+00FF: the characters that Vietnamese text in Unicode uses (its
/// letters of Latin-1), and `Ð`/`ð` (see [`legacy_marks`]).
const VIETNAMESE_LATIN1: [bool; 128] = {
    let mut t = [false; 128];
    let chars = [
        'à', 'á', 'â', 'ã', 'è', 'é', 'ê', 'ì', 'í', 'ò', 'ó', 'ô', 'õ', 'ù', 'ú', 'ý', 'À', 'Á',
        'Â', 'Ã', 'È', 'É', 'Ê', 'Ì', 'Í', 'Ò', 'Ó', 'Ô', 'Õ', 'Ù', 'Ú', 'Ý', 'Ð', 'ð',
    ];
    let mut k = 0;
    while k < chars.len() {
        t[chars[k] as usize - 0x80] = true;
        k += 1;
    }
    t
};

/// The best reading of bytes that are not valid UTF-8: (text, name of the encoding).
pub fn decode_bytes(bytes: &[u8]) -> Option<(String, &'static str)> {
    let as1252: String = bytes
        .iter()
        .map(|&b| CP1252.map[b as usize].as_str())
        .collect();
    let candidates: Vec<(String, &'static str)> = vec![
        (
            decode_table(bytes, &TCVN3),
            "TCVN3 (ABC, the .VnTime fonts)",
        ),
        (decode_vni_chars(&as1252), "VNI-Windows"),
        (decode_table(bytes, &VISCII), "VISCII"),
        (decode_table(bytes, &CP1258), "Windows-1258"),
    ];
    let mut best: Option<(f64, String, &'static str)> = None;
    for (text, name) in candidates {
        let (score, n) = syllable_score(&text);
        if n == 0 {
            continue;
        }
        if best.as_ref().is_none_or(|b| score > b.0) {
            best = Some((score, text, name));
        }
    }
    best.filter(|b| b.0 >= 0.5).map(|b| (b.1, b.2))
}

/// Repair UTF-8 text that carries a legacy encoding shown as Windows-1252 (`Viá»‡t`,
/// `§¶ng`, `Vieät`): (repaired text, what it was) when a reading scores clearly better.
///
/// Every document passes here, so the common case is cheap: text with fewer than
/// three legacy marks is left alone at once, and the readings are scored on the first
/// few kilobytes only; the winning reading alone is applied to the whole text.
pub fn repair_text(text: &str) -> Option<(String, &'static str)> {
    if legacy_marks(text, 3) < 3 {
        return None;
    }
    let sample = sample(text, 8192);
    let (base, n) = syllable_score(sample);
    if n < 3 {
        return None;
    }
    let mut best: Option<(f64, Reading)> = None;
    // In this order: an earlier reading wins a tie.
    for reading in [Reading::Twice, Reading::Once, Reading::Tcvn3, Reading::Vni] {
        let Some(t) = reading.apply(sample) else {
            continue;
        };
        let (score, _) = syllable_score(&t);
        if best.is_none_or(|b| score > b.0) {
            best = Some((score, reading));
        }
    }
    let (_, reading) = best.filter(|b| b.0 >= 0.6 && b.0 >= base + 0.15)?;
    Some((reading.apply(text)?, reading.name()))
}

/// The ways UTF-8 text can carry a legacy encoding shown as Windows-1252.
#[derive(Debug, Clone, Copy)]
enum Reading {
    /// UTF-8 bytes read as Windows-1252, twice over.
    Twice,
    /// UTF-8 bytes read as Windows-1252.
    Once,
    /// TCVN3 bytes read as Windows-1252.
    Tcvn3,
    /// VNI-Windows bytes read as Windows-1252.
    Vni,
}

impl Reading {
    fn apply(self, text: &str) -> Option<String> {
        let once = |t: &str| as_cp1252_bytes(t).and_then(|b| String::from_utf8(b).ok());
        match self {
            Reading::Twice => once(text).and_then(|t| once(&t)),
            Reading::Once => once(text),
            Reading::Tcvn3 => as_cp1252_bytes(text).map(|b| decode_table(&b, &TCVN3)),
            Reading::Vni => Some(decode_vni_chars(text)),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Reading::Twice => "UTF-8 read as Windows-1252 twice",
            Reading::Once => "UTF-8 read as Windows-1252",
            Reading::Tcvn3 => "TCVN3 (ABC, the .VnTime fonts) shown as Windows-1252",
            Reading::Vni => "VNI-Windows shown as Windows-1252",
        }
    }
}

/// The start of `text`, about `max` bytes, cut at an ASCII space or line end (never
/// inside a run of mis-decoded characters, which holds no ASCII space).
fn sample(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let cut = text.as_bytes()[..max]
        .iter()
        .rposition(|&b| b == b' ' || b == b'\n')
        .unwrap_or(0);
    if cut == 0 {
        text
    } else {
        &text[..cut]
    }
}
