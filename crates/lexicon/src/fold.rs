//! The matching key: lower case, diacritics removed, `đ` → `d`.

/// Fold one character: its base letter in lower case (`Ế` → `e`, `Đ` → `d`), or
/// `None` for a combining mark, which folding drops.
pub fn fold_char(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(c.to_ascii_lowercase());
    }
    // Vietnamese letters live in Latin-1, Latin Extended-A/B and Latin Extended
    // Additional: answer those from a table built once.
    let u = c as u32;
    if (0xC0..0x250).contains(&u) {
        return Some(TABLES.latin[(u - 0xC0) as usize]);
    }
    if (0x1E00..0x1F00).contains(&u) {
        return Some(TABLES.additional[(u - 0x1E00) as usize]);
    }
    fold_slow(c)
}

/// [`fold_char`] for the characters of a whole text: the tables are reached once, not
/// once per character.
#[derive(Clone, Copy)]
pub struct CharFolder {
    tables: &'static Tables,
}

impl Default for CharFolder {
    fn default() -> Self {
        CharFolder::new()
    }
}

impl CharFolder {
    /// A folder over the built tables.
    pub fn new() -> CharFolder {
        CharFolder { tables: &TABLES }
    }

    /// [`fold_char`].
    #[inline]
    pub fn fold(self, c: char) -> Option<char> {
        let u = c as u32;
        if u < 0x80 {
            return Some(c.to_ascii_lowercase());
        }
        if (0xC0..0x250).contains(&u) {
            return Some(self.tables.latin[(u - 0xC0) as usize]);
        }
        if (0x1E00..0x1F00).contains(&u) {
            return Some(self.tables.additional[(u - 0x1E00) as usize]);
        }
        fold_slow(c)
    }
}

struct Tables {
    latin: Vec<char>,
    additional: Vec<char>,
}

static TABLES: std::sync::LazyLock<Tables> = std::sync::LazyLock::new(|| Tables {
    latin: (0xC0u32..0x250)
        .map(|u| char::from_u32(u).and_then(fold_slow).unwrap_or(' '))
        .collect(),
    additional: (0x1E00u32..0x1F00)
        .map(|u| char::from_u32(u).and_then(fold_slow).unwrap_or(' '))
        .collect(),
});

fn fold_slow(c: char) -> Option<char> {
    match c {
        'đ' | 'Đ' | 'ð' | 'Ð' | 'Ɖ' | 'ɖ' => return Some('d'),
        '\u{300}'..='\u{36f}' => return None,
        _ => {}
    }
    let mut base = None;
    unicode_normalization::char::decompose_canonical(c, |d| {
        if base.is_none() {
            base = Some(d);
        }
    });
    let b = base.unwrap_or(c);
    Some(b.to_lowercase().next().unwrap_or(b))
}

/// The matching key of a text: lower case, tone and hat marks removed, `đ` → `d`.
/// `"ĐẢNG ỦY Khối"` → `"dang uy khoi"`. Byte lengths change; use it for matching, never
/// for offsets.
pub fn fold(text: &str) -> String {
    let folder = CharFolder::new();
    let mut out = String::with_capacity(text.len());
    out.extend(text.chars().filter_map(|c| folder.fold(c)));
    out
}

/// The start of [`fold`]`(text)`: folded character by character until it holds at
/// least `bytes` bytes (all of it when shorter). For a check on a text's first words, or
/// on whether it equals something short, that a long text need not be folded whole for.
pub fn fold_prefix(text: &str, bytes: usize) -> String {
    let folder = CharFolder::new();
    let mut out = String::with_capacity(bytes.min(text.len()) + 4);
    for c in text.chars() {
        if out.len() >= bytes {
            break;
        }
        if let Some(f) = folder.fold(c) {
            out.push(f);
        }
    }
    out
}

/// The last `n` characters of [`fold`]`(text)` (all of it when shorter), folding only
/// as far back as they need: folding is character by character, so the end of the
/// folded text is the folding of the end of the text. For a check on the words before
/// a place in a long line, which folding the whole line made quadratic.
pub fn fold_tail(text: &str, n: usize) -> String {
    let folder = CharFolder::new();
    let mut tail: Vec<char> = text
        .chars()
        .rev()
        .filter_map(|c| folder.fold(c))
        .take(n)
        .collect();
    tail.reverse();
    tail.into_iter().collect()
}

/// A letter with every mark dropped, in its case (`ế` → `e`, `Đ` → `D`); any other
/// character as it is.
pub fn bare(c: char) -> char {
    if c.is_ascii() || !c.is_alphabetic() {
        return c;
    }
    match fold_char(c) {
        Some(b) if b.is_ascii() && c.is_uppercase() => b.to_ascii_uppercase(),
        Some(b) if b.is_ascii() => b,
        _ => c,
    }
}

/// `pattern` with every letter that carries a mark also accepted bare, as some
/// offices type (`Quyet dinh so 12/QD-UBND ngay 5/3/2021 cua UBND tinh`): `ế` →
/// `[ếe]`, and inside a class `[Đđ]` → `[ĐDđd]`. The letter as printed or with all
/// its marks dropped, never with another mark. (For patterns without nested classes and
/// without a marked letter after a backslash.)
pub fn bare_too(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() * 2);
    let (mut in_class, mut escaped) = (false, false);
    for c in pattern.chars() {
        if escaped {
            escaped = false;
            out.push(c);
            continue;
        }
        match c {
            '\\' => escaped = true,
            '[' => in_class = true,
            ']' => in_class = false,
            _ => {}
        }
        let b = bare(c);
        if b == c {
            out.push(c);
        } else if in_class {
            out.extend([c, b]);
        } else {
            out.extend(['[', c, b, ']']);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{fold, fold_prefix, fold_tail};

    #[test]
    fn the_tail_of_a_folding_is_the_folding_of_the_tail() {
        for text in [
            "",
            "a",
            "Ngày thành lập",
            "ĐIỀU LỆ",
            "ky\u{0301} niê\u{0323}m",
            "Ⱥ x",
        ] {
            let whole: Vec<char> = fold(text).chars().collect();
            for n in 0..whole.len() + 2 {
                let expected: String = whole[whole.len().saturating_sub(n)..].iter().collect();
                assert_eq!(fold_tail(text, n), expected, "{text:?} {n}");
            }
        }
    }

    #[test]
    fn the_start_of_a_folding_is_the_folding_of_the_start() {
        // Texts whose characters fold to nothing (marks typed apart), to more than one
        // byte (`Ⱥ`, `–`) and to one.
        for text in [
            "",
            "a",
            "Địa chỉ: Tầng 4",
            "ky\u{0301}\u{0301}\u{0301} niê\u{0323}m",
            "Ⱥ – x",
            "PHÓ CHỦ TỊCH THƯỜNG TRỰC",
        ] {
            let whole = fold(text);
            for bytes in 0..whole.len() + 3 {
                // The shortest run of whole folded characters that reaches `bytes`, or
                // all of them.
                let mut expected = String::new();
                for c in whole.chars() {
                    if expected.len() >= bytes {
                        break;
                    }
                    expected.push(c);
                }
                assert_eq!(fold_prefix(text, bytes), expected, "{text:?} {bytes}");
            }
        }
    }

    #[test]
    fn folds_vietnamese() {
        assert_eq!(fold("ĐẢNG CỘNG SẢN VIỆT NAM"), "dang cong san viet nam");
        assert_eq!(fold("Uỷ ban"), fold("Ủy ban"));
        assert_eq!(fold("Thanh Hoá"), fold("Thanh Hóa"));
        // NFD input folds the same as NFC.
        assert_eq!(fold("Vie\u{323}\u{302}t"), "viet");
        assert_eq!(fold("Ðảng"), "dang");
    }

    #[test]
    fn the_folder_folds_as_fold_char() {
        let f = super::CharFolder::new();
        for c in (0..0x2000).filter_map(char::from_u32) {
            assert_eq!(f.fold(c), super::fold_char(c), "{c:?}");
        }
    }
}
