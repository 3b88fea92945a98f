//! Values every stage writes the same way: refs, key slugs, dates.

use crate::fold;

/// A date as directives write it, for the regex crate: `ngày 21 tháng 5 năm 2021`,
/// `ngày 06/7/2005`, the month as a word, and without diacritics (`ngay 21 thang 5 nam
/// 2021`); groups `d`, `m` (digits or a word: [`iso_date`] reads both) and `y`. A
/// scan's specks of a table rule before the day are passed over (`ngày [| 2 tháng 4`,
/// `ngày) 3 tháng 9`), and so is a leading zero of the day that OCR misread as a
/// letter (`ngayQ 8 thang 4`: the 8th); the `t` of `tháng` misread as `i` or `l`
/// (`8iháng 10`) is still the word. One pattern for the segmenter's anchors and the
/// extractor's fields.
pub const DATE_PATTERN: &str = r"[Nn]g[àa]y[\s*|\[\])]*(?:[QOo][ \t]?)?(?P<d>\d{1,2})[\s*]*(?:[Ttil]h[áa]ng|/|-|\.)[\s*]*(?P<m>\d{1,2}|\p{L}+(?:[ \t]+\p{L}+)?)[\s*]*(?:[Nn][ăa]m|/|-|\.)[\s*]*(?P<y>\d{4})";

/// A symbol without the place glued after it by a spaced dash (`5826 /TCHQTXNK - Hà`
/// / `Nội ngày …`, the comma lost): a symbol's parts are codes in capitals (`TXNK -
/// CST`, `QĐ-TTg`), not a capitalized word in small letters.
pub fn without_place_word(raw: &str) -> &str {
    let Some((symbol, last)) = raw.trim_end().rsplit_once([' ', '\t']) else {
        return raw;
    };
    let mut cs = last.chars();
    let word = cs.next().is_some_and(char::is_uppercase)
        && cs.clone().next().is_some()
        && cs.all(char::is_lowercase);
    match symbol.trim_end().strip_suffix(['-', '–']) {
        Some(before) if word => before.trim_end(),
        _ => raw,
    }
}

/// Whether a line holds only names in a list: two or more parts between commas and
/// full stops (OCR reads commas as stops), each a few capitalized words (`Giao thông vận
/// tải, Văn hóa, Thể thao và Du`), not a sentence (`Ủy ban nhân dân tỉnh nhận được Công
/// văn số 12, …`). The segmenter's recipients zone and the extractor's entries go on
/// over such a line after an enumeration OCR ended with a stop.
pub fn names_only(line: &str) -> bool {
    let mut parts = 0;
    for part in line
        .split([',', '.', ';'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        if !part.starts_with(char::is_uppercase) || part.split_whitespace().nth(5).is_some() {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

/// `275 - CV / ĐUK` → `275-CV/ĐUK`: no spaces, no escapes, plain hyphens; no
/// apostrophes, which OCR puts between digits (`49'79/TCHQ-TXNK`) and no ref holds.
pub fn normalize_ref(raw: &str) -> String {
    raw.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '\\' | '\'' | '’'))
        .map(|c| if matches!(c, '–' | '—') { '-' } else { c })
        .collect::<String>()
        // `4844, /TCT-CS`: a comma typed before the symbol's slash.
        .replace(",/", "/")
        .trim_end_matches(['.', ',', ';', ':', '-', '/'])
        .to_string()
}

/// Whether a trích yếu opens with `V/v` (về việc, "regarding"), the mark of a công
/// văn's, also as OCR misreads its slash (`Viv`, `VAv`, `Vlv`) or as it is spelt out.
/// `folded` is the text folded by [`crate::fold`].
pub fn opens_with_ve_viec(folded: &str) -> bool {
    let s = folded.trim_start_matches(['*', ' ', '\t']);
    let b = s.as_bytes();
    let misread_slash = b.len() >= 4
        && b[0] == b'v'
        && matches!(b[1], b'/' | b'i' | b'a' | b'l' | b'1' | b'|')
        && b[2] == b'v'
        && (b[1] == b'/' || matches!(b[3], b' ' | b':' | b'.' | b'\t'));
    misread_slash
        || (b.len() == 3 && b == b"v/v")
        || s.starts_with("v.v")
        || s.starts_with("vv ")
        || s.starts_with("ve viec")
}

/// `Nơi nhận:` (the head of the distribution list) as a wrong font or OCR misreads its
/// vowels: `Noi nh$n:`, `Nni nhQn:`, `Nai nhAn;` — each vowel one or two other
/// characters, spaces or tabs between the words, then the colon (or `;`) a head has.
/// The byte offset just past that colon in `line`. Read in folded characters, so the
/// printed head (`Nơi nhận:`) is one too.
pub fn damaged_noi_nhan(line: &str) -> Option<usize> {
    // (Asked of every line of a body, most of which this first test turns away.)
    if !line.starts_with(['N', 'n']) {
        return None;
    }
    // The opening characters, folded, with their offsets (the head is 14 at most, with
    // a run of blanks between its words a few more).
    let mut c: [(usize, char); 20] = [(0, ' '); 20];
    let mut n = 0;
    for (k, ch) in line.char_indices() {
        if n == c.len() {
            break;
        }
        if let Some(f) = crate::fold_char(ch) {
            c[n] = (k + ch.len_utf8(), f);
            n += 1;
        }
    }
    let c = &c[..n];
    let is = |at: usize, want: char| c.get(at).is_some_and(|&(_, f)| f == want);
    let blank = |at: usize| c.get(at).is_some_and(|&(_, f)| f == ' ' || f == '\t');
    // One or two characters of a misread vowel, then `next`: where `next` is.
    let vowel = |at: usize, next: char| {
        (1..=2).map(|w| at + w).find(|&e| {
            (at..e).all(|k| c.get(k).is_some_and(|&(_, f)| !f.is_whitespace())) && is(e, next)
        })
    };
    if !is(0, 'n') {
        return None;
    }
    let i = vowel(1, 'i')?;
    let mut k = i + 1;
    if !blank(k) {
        return None;
    }
    while blank(k) {
        k += 1;
    }
    if !(is(k, 'n') && is(k + 1, 'h')) {
        return None;
    }
    let mut k = vowel(k + 2, 'n')? + 1;
    while blank(k) {
        k += 1;
    }
    (is(k, ':') || is(k, ';')).then(|| c[k].0)
}

/// The key slug of a jurisdiction: `Bà Rịa - Vũng Tàu` → `ba-ria-vung-tau`.
pub fn slug(s: &str) -> String {
    fold(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

const MONTH_WORDS: [(&str, u32); 14] = [
    ("mot", 1),
    ("gieng", 1),
    ("hai", 2),
    ("ba", 3),
    ("bon", 4),
    ("tu", 4),
    ("nam", 5),
    ("sau", 6),
    ("bay", 7),
    ("tam", 8),
    ("chin", 9),
    ("muoi", 10),
    ("muoi mot", 11),
    ("muoi hai", 12),
];

/// An ISO date from day, month (digits or a word) and year, if it is a real date.
pub fn iso_date(d: &str, m: &str, y: &str) -> Option<String> {
    let day: u32 = d.parse().ok()?;
    let month: u32 = match m.trim().parse() {
        Ok(n) => n,
        Err(_) => {
            let f = fold(m.trim());
            MONTH_WORDS.iter().find(|(w, _)| *w == f).map(|(_, n)| *n)?
        }
    };
    let year: i32 = y.parse().ok()?;
    if !(1945..=2100).contains(&year) || !(1..=12).contains(&month) {
        return None;
    }
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ][month as usize - 1];
    if day == 0 || day > days {
        return None;
    }
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

/// The last day of a month, ISO (`trong tháng 8/2021` → 2021-08-31).
pub fn last_day(year: i32, month: u32) -> Option<String> {
    if !(1..=12).contains(&month) {
        return None;
    }
    (28..=31)
        .rev()
        .find_map(|d| iso_date(&d.to_string(), &month.to_string(), &year.to_string()))
}

/// Abbreviations whose full stop ends no sentence: a place's rank (`TP.`, `T.P`, `TX.`,
/// `Q.`, `P.`), a title or degree (`ThS.`, `PGS.`, `Đ/c`), a signing formula (`TM.`,
/// `KT.`, `TL.`, `TUQ.`), `v.v.` and a few more. The segmenter's sentences and the
/// classifier's names read the same list.
pub const ABBREVIATIONS: &[&str] = &[
    "TP", "Tp", "tp", "T.P", "TX", "Tx", "TT", "Tt", "ThS", "TS", "PGS", "GS", "BS", "KS", "CN",
    "Q", "TM", "KT", "TL", "TUQ", "Đ/c", "đ/c", "St", "P", "No", "Tr", "tr", "v.v", "VP", "Th",
    "ĐT", "Ths", "Ts",
];
