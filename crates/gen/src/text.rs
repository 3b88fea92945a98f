//! String helpers: folding and slugs (the keys of SCHEMA.md §3), case, word wrapping
//! that never starts a line with something a reader would take for a label, JSON
//! escaping, and the date spellings of the documents.

use crate::date;
use std::fmt::Write as _;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// The slugs of the jurisdictions (`bodies::jur_name` order), computed once.
pub(crate) static JUR_SLUGS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    (0..65u8)
        .map(|j| slug(crate::bodies::jur_name(j)))
        .collect()
});

/// Lower case, diacritics removed, `đ` → `d`.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            let u = c as u32;
            if (0xC0..0x250).contains(&u) {
                push_folded(&mut out, FOLD.latin[(u - 0xC0) as usize]);
            } else if (0x1E00..0x1F00).contains(&u) {
                push_folded(&mut out, FOLD.additional[(u - 0x1E00) as usize]);
            } else if !is_combining_mark(c) {
                out.extend(c.to_lowercase());
            }
        }
    }
    out
}

fn push_folded(out: &mut String, c: char) {
    if c != '\0' {
        out.push(c);
    }
}

/// Folded forms of the Latin-1, Latin Extended-A/B and Latin Extended Additional
/// blocks (where all Vietnamese letters live), computed once through NFD.
struct FoldTables {
    latin: Vec<char>,
    additional: Vec<char>,
}

static FOLD: std::sync::LazyLock<FoldTables> = std::sync::LazyLock::new(|| {
    let one = |u: u32| -> char {
        let Some(c) = char::from_u32(u) else {
            return '\0';
        };
        if matches!(c, 'đ' | 'Đ' | 'Ð' | 'ð') {
            return 'd';
        }
        let base: Vec<char> = c.nfd().filter(|c| !is_combining_mark(*c)).collect();
        match base.as_slice() {
            [b] => b.to_lowercase().next().unwrap_or(*b),
            _ => c.to_lowercase().next().unwrap_or(c),
        }
    };
    FoldTables {
        latin: (0xC0..0x250).map(one).collect(),
        additional: (0x1E00..0x1F00).map(one).collect(),
    }
});

/// The slug of a jurisdiction or name: folded, words of letters and digits joined by `-`.
pub(crate) fn slug(s: &str) -> String {
    let f = fold(s);
    let mut out = String::with_capacity(f.len());
    for w in f
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(w);
    }
    out
}

pub(crate) fn upper(s: &str) -> String {
    s.to_uppercase()
}

/// The first letter in upper case.
pub(crate) fn cap_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => {
            let mut out = String::with_capacity(s.len() + 2);
            out.extend(f.to_uppercase());
            out.push_str(c.as_str());
            out
        }
        None => String::new(),
    }
}

/// The first letter in lower case.
pub(crate) fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => {
            let mut out = String::with_capacity(s.len() + 2);
            out.extend(f.to_lowercase());
            out.push_str(c.as_str());
            out
        }
        None => String::new(),
    }
}

pub(crate) fn roman(mut n: u32) -> String {
    const T: [(u32, &str); 9] = [
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
        (0, ""),
        (0, ""),
        (0, ""),
    ];
    let mut s = String::new();
    for &(v, r) in T.iter().filter(|t| t.0 > 0) {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

/// The can chi name of a lunar year (`Tân Sửu` for 2021).
pub(crate) fn can_chi(year: i32) -> String {
    const CAN: [&str; 10] = [
        "Canh", "Tân", "Nhâm", "Quý", "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ",
    ];
    const CHI: [&str; 12] = [
        "Thân", "Dậu", "Tuất", "Hợi", "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi",
    ];
    format!(
        "{} {}",
        CAN[year.rem_euclid(10) as usize],
        CHI[year.rem_euclid(12) as usize]
    )
}

/// Would a reader take a line that starts with `word` for a new element (a label, a
/// dash item, a header or footer landmark)? Wrapping never breaks before such a word.
fn bad_line_start(word: &str) -> bool {
    const WORDS: [&str; 34] = [
        "-", "+", "*", "–", "Số", "Số:", "Kính", "Nơi", "Căn", "Điều", "Chương", "Mục", "Phần",
        "T/M", "K/T", "T/L", "T/UQ", "TM.", "KT.", "TL.", "TUQ.", "Q.", "V/v", "Về", "Xét", "Theo",
        "Thực", "Triển", "Tiếp", "QUYẾT", "Lưu", "Lưu:", "Như", "Nhận",
    ];
    if WORDS.contains(&word) {
        return true;
    }
    let first = match word.chars().next() {
        Some(c) => c,
        None => return false,
    };
    let last = word.chars().last().unwrap_or(' ');
    if first.is_ascii_digit() && matches!(last, '.' | ')' | '-' | ',' | ':') {
        return true;
    }
    if word.chars().count() <= 5 && matches!(last, '.' | ')') {
        return true;
    }
    if first == '(' || first == '"' || first == '“' {
        return true;
    }
    // An upper-case word may look like a heading or a type line.
    let mut letters = 0;
    for c in word.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

/// Wraps `text` at spaces into lines of at most about `width` characters (longer when no
/// safe break exists) and pushes them, each followed by `\n`, onto `out`.
pub(crate) fn wrap_into(out: &mut String, text: &str, width: usize) {
    let words: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
    let mut i = 0;
    while i < words.len() {
        // Greedy: take words while they fit.
        let mut len = words[i].chars().count();
        let mut j = i + 1;
        while j < words.len() {
            let l = len + 1 + words[j].chars().count();
            if l > width {
                break;
            }
            len = l;
            j += 1;
        }
        // Move the break back until the next line starts safely.
        let mut k = j;
        while k < words.len() && k > i + 1 && bad_line_start(words[k]) {
            k -= 1;
        }
        if k < words.len() && bad_line_start(words[k]) {
            // No safe break inside the width: go forward to the next safe one.
            k = j;
            while k < words.len() && bad_line_start(words[k]) {
                k += 1;
            }
        }
        for (n, w) in words[i..k].iter().enumerate() {
            if n > 0 {
                out.push(' ');
            }
            out.push_str(w);
        }
        out.push('\n');
        i = k;
    }
}

/// Appends `s` as a JSON string literal.
pub(crate) fn push_json_str(out: &mut String, s: &str) {
    out.push('"');
    let b = s.as_bytes();
    let mut from = 0;
    for (i, &c) in b.iter().enumerate() {
        if c == b'"' || c == b'\\' || c < 0x20 {
            out.push_str(&s[from..i]);
            match c {
                b'"' => out.push_str("\\\""),
                b'\\' => out.push_str("\\\\"),
                b'\n' => out.push_str("\\n"),
                b'\r' => out.push_str("\\r"),
                b'\t' => out.push_str("\\t"),
                c => {
                    let _ = write!(out, "\\u{:04x}", c);
                }
            }
            from = i + 1;
        }
    }
    out.push_str(&s[from..]);
    out.push('"');
}

/// `ngày 05 tháng 01 năm 2020` as printed in a header: days under 10 and months 1 and 2
/// with a leading zero (NĐ 30/2020 Phụ lục I).
pub(crate) fn header_date(day: i32) -> String {
    let (y, m, d) = date::ymd(day);
    let mut s = String::with_capacity(32);
    let _ = write!(s, "ngày {d:02} tháng ");
    if m <= 2 {
        let _ = write!(s, "{m:02}");
    } else {
        let _ = write!(s, "{m}");
    }
    let _ = write!(s, " năm {y}");
    s
}

/// How a date is written inside a sentence (a citation or a deadline).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DateStyle {
    /// `05/3/2020`
    Slash,
    /// `05/03/2020`
    SlashPadded,
    /// `5/3/2020`
    SlashBare,
    /// `05 tháng 3 năm 2020` (after `ngày`)
    Words,
    /// `05-3-2020`
    Dash,
}

impl DateStyle {
    pub(crate) fn pick(rng: &mut crate::rng::Rng, party: bool) -> DateStyle {
        if party {
            *rng.pick(&[
                DateStyle::Slash,
                DateStyle::Slash,
                DateStyle::Slash,
                DateStyle::SlashPadded,
                DateStyle::SlashBare,
                DateStyle::Dash,
            ])
        } else {
            *rng.pick(&[
                DateStyle::Slash,
                DateStyle::Slash,
                DateStyle::SlashPadded,
                DateStyle::Words,
                DateStyle::Words,
            ])
        }
    }
}

/// The date after the word `ngày`.
pub(crate) fn inline_date(day: i32, style: DateStyle) -> String {
    let (y, m, d) = date::ymd(day);
    match style {
        DateStyle::Slash => format!("{d:02}/{m}/{y}"),
        DateStyle::SlashPadded => format!("{d:02}/{m:02}/{y}"),
        DateStyle::SlashBare => format!("{d}/{m}/{y}"),
        DateStyle::Dash => format!("{d:02}-{m}-{y}"),
        DateStyle::Words => {
            if m <= 2 {
                format!("{d:02} tháng {m:02} năm {y}")
            } else {
                format!("{d:02} tháng {m} năm {y}")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_and_slugs() {
        assert_eq!(fold("ĐẢNG CỘNG SẢN VIỆT NAM"), "dang cong san viet nam");
        assert_eq!(fold("Ðảng Uỷ “x”"), "dang uy “x”");
        assert_eq!(fold("Vie\u{323}\u{302}t"), "viet");
        let mut j = String::new();
        push_json_str(&mut j, "a\"b\\c\nd\u{1}é");
        assert_eq!(j, "\"a\\\"b\\\\c\\nd\\u0001é\"");
        assert_eq!(slug("Bà Rịa - Vũng Tàu"), "ba-ria-vung-tau");
        assert_eq!(slug("Thừa Thiên Huế"), "thua-thien-hue");
        assert_eq!(
            slug("Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI"),
            "dai-hoi-dai-bieu-dang-bo-tinh-lan-thu-xvi"
        );
        assert_eq!(upper("tỉnh ủy hà tĩnh"), "TỈNH ỦY HÀ TĨNH");
        assert_eq!(roman(16), "XVI");
        assert_eq!(roman(14), "XIV");
        assert_eq!(can_chi(2021), "Tân Sửu");
        assert_eq!(can_chi(2016), "Bính Thân");
        assert_eq!(can_chi(2026), "Bính Ngọ");
    }

    #[test]
    fn wrapping_keeps_words_and_never_starts_a_line_with_a_label() {
        let t = "phòng, chống hạn hán, thiếu nước, xâm nhập mặn mùa khô năm 2023 - 2024 trên địa bàn tỉnh 1. nữa";
        let mut out = String::new();
        wrap_into(&mut out, t, 20);
        assert_eq!(out.trim_end().replace('\n', " "), t);
        for line in out.lines() {
            assert!(!line.starts_with("- "), "{out}");
            assert!(!line.starts_with("1."), "{out}");
        }
    }

    #[test]
    fn dates_as_printed() {
        let d = date::from_ymd(2020, 1, 5);
        assert_eq!(header_date(d), "ngày 05 tháng 01 năm 2020");
        assert_eq!(
            header_date(date::from_ymd(2021, 5, 21)),
            "ngày 21 tháng 5 năm 2021"
        );
        assert_eq!(inline_date(d, DateStyle::Slash), "05/1/2020");
        assert_eq!(inline_date(d, DateStyle::Words), "05 tháng 01 năm 2020");
    }
}
