//! The signature block: formula (`T/M BAN THƯỜNG VỤ`, `TM. ỦY BAN NHÂN DÂN` /
//! `KT. CHỦ TỊCH`), post (`PHÓ BÍ THƯ`) and name.
//!
//! The lines in capitals before the name are the formula and the post: the last of
//! them is the post when it is a known post or when a formula stands above it; the
//! lines from the first formula line down to the post are the formula (a formula may
//! wrap: `TM. ỦY BAN NHÂN` / `DÂN`). OCR mixes case in capitals (`PHÓ Bí THƯ`), so
//! formula and post are upper-cased; a name printed in capitals is put in title case.

use crate::clean::{clean_marks, trim_punct};
use vanban_lexicon::{fold, Lexicon};
use vanban_text::is_alphabetic;
use vanban_text::layout::PageBreaks;
use vanban_types::Signature;

pub(crate) fn read<'t>(zones: impl Iterator<Item = &'t str>, lex: &Lexicon) -> Signature {
    let mut caps: Vec<String> = Vec::new();
    let mut name: Option<String> = None;
    let mut name_parts = 0;
    // A signature block across a page break (`KT. CỤC TRƯỞNG` / `--- PAGE BREAK ---` /
    // `--- PAGE 3 ---` / `PHÓ CỤC TRƯỞNG`): the markers are no line of it.
    let mut breaks = PageBreaks::default();
    for zone in zones {
        for raw in zone
            .lines()
            .filter(|l| !breaks.is_break(l))
            .flat_map(|l| unglued(l, lex))
        {
            let line = clean_marks(raw);
            // A quote mark OCR made of a speck before a name (`“Mai Sơn`): no line of a
            // signature opens a quotation.
            let line = match line.strip_prefix(['“', '"']) {
                Some(rest) if !rest.contains(['”', '"']) => rest.trim_start().to_string(),
                _ => line,
            };
            if line.is_empty() || is_mark(&line) {
                continue;
            }
            // Specks in capitals (`XY TH`, under `PHO CHI CỤC TRUONG`): no word of three
            // letters, as every post and formula line has, the formula's abbreviation
            // alone (`KT.`) aside. And a registry mark (`2244-36544445/2017 NTN`): no
            // post or formula holds four digits.
            let specks = !line
                .split_whitespace()
                .any(|w| w.chars().filter(|&c| is_alphabetic(c)).nth(2).is_some())
                && !is_authority(&line, lex);
            let mark = line.chars().filter(char::is_ascii_digit).nth(3).is_some();
            if is_upper(&line) && (specks || mark) {
                continue;
            }
            // A speck in lower case before a post (`as THỨ TRUONG`).
            let line = match line.split_once(' ') {
                Some((speck, rest))
                    if speck.chars().count() <= 2
                        && speck.chars().all(char::is_lowercase)
                        && is_upper(rest) =>
                {
                    rest.to_string()
                }
                _ => line,
            };
            if let Some(n) = &mut name {
                // A name broken over two lines: `Lê` / `Khả Phiêu`, `Hoàng Minh` / `Tuấn`.
                if (name_parts == 1 && is_name(&line))
                    || (name_parts < 4 && name_parts > 0 && single_word_name(&line))
                {
                    n.push(' ');
                    n.push_str(&line);
                    name_parts += line.split_whitespace().count();
                }
                continue;
            }
            // A post with OCR case damage (`Phó CHủ TịCH`) is still a post.
            let post = lex.signing.is_title(&line.to_uppercase());
            // … and a formula with words OCR lowered (`KT. cue TRUONG cuc THUE XNK`).
            let formula = || line.starts_with(char::is_uppercase) && is_authority(&line, lex);
            // … and one OCR damaged in case and letters, told by its last word
            // (`0 cuc TRUoNG`), not a name (`Lê Văn Trương`).
            let damaged_post = || {
                fold(&line).ends_with("truong")
                    && line.split_whitespace().count() <= 4
                    && !is_name(&line)
            };
            if (is_upper(&line) || post || formula() || damaged_post())
                && !(has_post(&caps, lex) && is_caps_name(&line, lex))
            {
                caps.push(line);
            } else if is_name(&line) || is_caps_name(&line, lex) || single_word_name(&line) {
                name_parts = line.split_whitespace().count();
                name = Some(line);
            }
        }
    }
    let name = name.map(|n| if is_upper(&n) { title_case(&n) } else { n });
    let authority_at = caps.iter().position(|l| is_authority(l, lex));
    let (authority, title) = match (authority_at, caps.len()) {
        (_, 0) => (None, None),
        (Some(a), n) if n - a >= 2 || !lex.signing.is_title(&caps[n - 1].to_uppercase()) => {
            let last = &caps[n - 1];
            // A formula is no post (`TL. TỔNG CỤC TRƯỞNG` / `KT. CỤC TRƯỞNG CỤC THUẾ XNK`,
            // the post lost to the stamp), nor is the unit a formula's post heads
            // (`KT. CỤC TRƯỞNG` / `CỤC THANH TRA - KIỂM TRA THUẾ`): both go on the formula.
            let formula_goes_on = is_authority(last, lex)
                || (is_authority(&caps[n - 2], lex)
                    && names_a_unit(last)
                    && !lex.signing.is_title(&last.to_uppercase()));
            if n - a >= 2
                && !formula_goes_on
                && (lex.signing.is_title(&last.to_uppercase()) || !continues_formula(&caps[n - 2]))
            {
                (Some(caps[a..n - 1].join(" ")), Some(last.clone()))
            } else {
                (Some(caps[a..].join(" ")), None)
            }
        }
        (Some(a), _) => (Some(caps[a..].join(" ")), None),
        (None, n) => (None, Some(caps[n - 1].clone())),
    };
    Signature {
        authority: authority.map(|a| trim_punct(&a).to_uppercase()),
        title: title.map(|t| trim_punct(&t).to_uppercase()),
        name: name.map(|n| trim_punct(&n)),
    }
}

/// A signature block a web copy flattened into one table cell, its lines run together
/// (`TM. CHÍNH PHỦKT. THỦ TƯỚNGPHÓ THỦ TƯỚNG(Đã ký)Nguyễn Hòa Bình`), cut back into its
/// lines: before a formula's abbreviation or a `PHÓ` glued to the capital before it,
/// and around the signed mark (`(Đã ký)`, which goes). Most lines are one piece.
fn unglued<'l>(line: &'l str, lex: &Lexicon) -> Vec<&'l str> {
    let mut cuts: Vec<(usize, usize)> = Vec::new(); // (end of a piece, start of the next)
    let mut prev = ' ';
    for (k, c) in line.char_indices() {
        let after_capital = std::mem::replace(&mut prev, c).is_uppercase();
        // (Formulas' abbreviations and `PHÓ` open with an ASCII capital: most
        // characters are passed over on that test alone.)
        if after_capital && c.is_ascii_uppercase() {
            let at = &line[k..];
            let opens = at.starts_with("PHÓ ")
                || lex
                    .signing
                    .authorities
                    .iter()
                    .any(|a| a.len() >= 3 && at.starts_with(a.as_str()));
            if opens {
                cuts.push((k, k));
            }
        } else if c == '(' {
            // The signed mark, which goes (`(Đã ký)`: [`is_mark`]).
            let end = line[k..].find(')').map(|e| k + e + 1);
            if let Some(end) = end.filter(|&end| is_mark(&line[k..end])) {
                cuts.push((k, end));
            }
        }
    }
    if cuts.is_empty() {
        return vec![line];
    }
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut from = 0;
    for (end, next) in cuts {
        if end >= from {
            out.push(&line[from..end]);
            from = next;
        }
    }
    out.push(&line[from..]);
    out
}

fn is_mark(line: &str) -> bool {
    let f = fold(line);
    let f =
        f.trim_matches(|c: char| c == '(' || c == ')' || c == '[' || c == ']' || c.is_whitespace());
    f == "da ky"
        || f == "da ki"
        || f.starts_with("ky ten")
        || f.starts_with("dau ")
        || f.starts_with("dong dau")
        || f == "ky"
        || f.starts_with("chu ky")
        || f.starts_with("ky,")
}

fn is_upper(s: &str) -> bool {
    let up = s.chars().filter(|c| c.is_uppercase()).count();
    let low = s.chars().filter(|c| c.is_lowercase()).count();
    up > 0 && up >= 3 * low
}

fn is_authority(line: &str, lex: &Lexicon) -> bool {
    // Only the line's start is compared: upper-case as many characters as the longest
    // prefix has bytes (no fewer than its characters), and one more for what follows
    // it (case mapping is character by character, so this is the start of the whole
    // line upper-cased).
    let longest = lex.signing.authorities.first().map_or(0, String::len);
    let u: String = line
        .chars()
        .take(longest + 1)
        .flat_map(char::to_uppercase)
        .collect();
    lex.signing.authorities.iter().any(|a| {
        // (`KT ` without its dot, `KT,` with a comma OCR read for it.)
        let bare = a.strip_suffix('.');
        u.starts_with(a.as_str())
            || bare.is_some_and(|b| u.strip_prefix(b).is_some_and(|r| r.starts_with([' ', ','])))
            // (`T.M` for `T/M`.)
            || {
                let mut printed = u.chars();
                a.chars().all(|c| printed.next() == Some(if c == '/' { '.' } else { c }))
            }
    })
}

fn has_post(caps: &[String], lex: &Lexicon) -> bool {
    caps.last()
        .is_some_and(|l| lex.signing.is_title(&l.to_uppercase()))
}

/// A formula line that does not end a formula (`TM. ỦY BAN NHÂN` before `DÂN`).
fn continues_formula(line: &str) -> bool {
    let f = fold(line);
    let last = f.rsplit(' ').next().unwrap_or("");
    matches!(
        last,
        "nhan" | "ban" | "chinh" | "uy" | "thuong" | "cong" | "va" | "-"
    ) || f.ends_with(',')
}

/// A unit's name in capitals (`CỤC THANH TRA - KIỂM TRA THUẾ`, `VỤ CHÍNH SÁCH`), not
/// its head's post (`CỤC TRƯỞNG`, `VỤ TRƯỞNG`).
fn names_a_unit(line: &str) -> bool {
    let f = fold(line);
    let mut words = f.split_whitespace();
    let (Some(first), second) = (words.next(), words.next()) else {
        return false;
    };
    let unit = matches!(first, "cuc" | "vu" | "ban" | "so" | "phong")
        || matches!(
            (first, second),
            ("tong", Some("cuc")) | ("chi", Some("cuc")) | ("van", Some("phong"))
        );
    unit && !f.contains("truong")
}

fn is_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (2..=6).contains(&words.len())
        && words.iter().all(|w| {
            let mut cs = w.chars();
            cs.next().is_some_and(|c| c.is_uppercase())
                && cs.all(|c| c.is_lowercase() || c == '.' || c == '-')
        })
}

/// One capitalized word (`Phạm`, `Cường`): a syllable of a name broken across lines.
pub(crate) fn single_word_name(s: &str) -> bool {
    !s.contains(' ')
        && s.chars().count() <= 8
        && s.chars().next().is_some_and(|c| c.is_uppercase())
        && s.chars().skip(1).all(|c| c.is_lowercase())
}

/// A name printed in capitals right under the post: 2 to 5 words, not a post.
fn is_caps_name(s: &str, lex: &Lexicon) -> bool {
    let n = s.split_whitespace().count();
    is_upper(s)
        && (2..=5).contains(&n)
        && !lex.signing.is_title(&s.to_uppercase())
        && !is_authority(s, lex)
        && s.chars().all(|c| is_alphabetic(c) || c == ' ')
}

fn title_case(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f
                    .to_uppercase()
                    .chain(cs.flat_map(char::to_lowercase))
                    .collect::<String>(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A formula's prefix, in any case, its slash printed as a dot, its dot lost or
    /// read as a comma; nothing that only starts like one.
    #[test]
    fn authority_prefixes_as_printed() {
        let lex = Lexicon::builtin();
        for (line, is) in [
            ("T/M BAN THƯỜNG VỤ", true),
            ("t/m ban thường vụ", true),
            ("T.M BAN THƯỜNG VỤ", true),
            ("K/T BÍ THƯ", true),
            ("KT. GIÁM ĐỐC", true),
            ("KT GIÁM ĐỐC", true),
            ("KT, CHI CỤC TRƯỞNG", true),
            ("kt. chủ tịch", true),
            ("TUQ. CHỦ TỊCH", true),
            ("KTCN", false),
            ("TỈNH ỦY NGHỆ AN", false),
            ("Kính gửi", false),
            ("", false),
        ] {
            assert_eq!(is_authority(line, lex), is, "{line:?}");
        }
    }

    fn sig(s: &str) -> Signature {
        read([s].into_iter(), Lexicon::builtin())
    }

    #[test]
    fn party_and_state_blocks() {
        let s = sig("**T/M BAN THƯỜNG VỤ\nPHÓ Bí THƯ**\n\nPhạm Hữu Dự");
        assert_eq!(
            (
                s.authority.as_deref(),
                s.title.as_deref(),
                s.name.as_deref()
            ),
            (
                Some("T/M BAN THƯỜNG VỤ"),
                Some("PHÓ BÍ THƯ"),
                Some("Phạm Hữu Dự")
            )
        );
        let s = sig("**TM. ỦY BAN NHÂN\nDÂN **\nKT. CHỦ TỊCH\n**PHÓ CHỦ TỊCH**\n**Lâm Văn Bi**");
        assert_eq!(
            (
                s.authority.as_deref(),
                s.title.as_deref(),
                s.name.as_deref()
            ),
            (
                Some("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH"),
                Some("PHÓ CHỦ TỊCH"),
                Some("Lâm Văn Bi")
            )
        );
        let s = sig("**KT. BỘ TRƯỞNG,\nCHỦ NHIỆM**\nPHÓ CHỦ NHIỆM\nĐỗ Ngọc Huỳnh");
        assert_eq!(
            (s.authority.as_deref(), s.title.as_deref()),
            (Some("KT. BỘ TRƯỞNG, CHỦ NHIỆM"), Some("PHÓ CHỦ NHIỆM"))
        );
        let s = sig("CHỦ TỊCH\n(Đã ký)\nNGUYỄN VĂN AN");
        assert_eq!(
            (s.authority, s.title.as_deref(), s.name.as_deref()),
            (None, Some("CHỦ TỊCH"), Some("Nguyễn Văn An"))
        );
        // A second formula with its post lost, or the unit its post heads, goes on the
        // formula; no post.
        for (block, formula) in [
            (
                "TL. TONG CỤC TRƯỞNG\nKT. CỤC TRƯỞNG\nCỤC THANH TRA - KIỂM TRA THUE\n",
                "TL. TONG CỤC TRƯỞNG KT. CỤC TRƯỞNG CỤC THANH TRA - KIỂM TRA THUE",
            ),
            (
                "TL. TONG CUC TRƯỞNG\nKT.C RƯỞNG CỤC THUẾ XNK\n",
                "TL. TONG CUC TRƯỞNG KT.C RƯỞNG CỤC THUẾ XNK",
            ),
        ] {
            let s = sig(block);
            assert_eq!(
                (s.authority.as_deref(), s.title),
                (Some(formula), None),
                "{block}"
            );
        }
        // Under the unit, the post.
        let s =
            sig("TL. BỘ TRƯỞNG\nKT. VỤ TRƯỞNG\nVỤ CHÍNH SÁCH THUẾ\nPHÓ VỤ TRƯỞNG\nNguyễn Văn A");
        assert_eq!(
            (s.authority.as_deref(), s.title.as_deref()),
            (
                Some("TL. BỘ TRƯỞNG KT. VỤ TRƯỞNG VỤ CHÍNH SÁCH THUẾ"),
                Some("PHÓ VỤ TRƯỞNG")
            )
        );
        // A post that opens like a unit (`TỔNG BÍ THƯ`) is the post.
        let s = sig("T/M BAN CHẤP HÀNH TRUNG ƯƠNG\nTỔNG BÍ THƯ\nPhạm Đức Khải");
        assert_eq!(
            (s.authority.as_deref(), s.title.as_deref()),
            (Some("T/M BAN CHẤP HÀNH TRUNG ƯƠNG"), Some("TỔNG BÍ THƯ"))
        );
        let s = sig("T/M BỘ CHÍNH TRỊ\nLê\nKhả Phiêu");
        assert_eq!(
            (s.authority.as_deref(), s.title, s.name.as_deref()),
            (Some("T/M BỘ CHÍNH TRỊ"), None, Some("Lê Khả Phiêu"))
        );
        // Specks and marks in capitals are no post: letters in pairs under the post, a
        // registry mark with its digits; a speck in lower case before the post goes.
        for (block, formula, post) in [
            (
                // (`KT,`: the formula's dot read as a comma.)
                "KT, CHI CỤC TRƯỞNG\nPHO CHI CỤC TRUONG\nXY TH\n",
                Some("KT, CHI CỤC TRƯỞNG"),
                "PHO CHI CỤC TRUONG",
            ),
            (
                "KT. CỤC TRƯỞNG\nHO CỤC TRƯỜNG\n2244-36544445/2017 NTN\nNguyễn Nam Bình",
                Some("KT. CỤC TRƯỞNG"),
                "HO CỤC TRƯỜNG",
            ),
            (
                "KT. BO TRUONG\nas THỨ TRUONG\n",
                Some("KT. BO TRUONG"),
                "THỨ TRUONG",
            ),
        ] {
            let s = sig(block);
            assert_eq!(
                (s.authority.as_deref(), s.title.as_deref()),
                (formula, Some(post)),
                "{block}"
            );
        }
        // A block a web copy flattened into one cell.
        let s = sig("TM. CHÍNH PHỦKT. THỦ TƯỚNGPHÓ THỦ TƯỚNG(Đã ký)Nguyễn Hòa Bình");
        assert_eq!(
            (
                s.authority.as_deref(),
                s.title.as_deref(),
                s.name.as_deref()
            ),
            (
                Some("TM. CHÍNH PHỦ KT. THỦ TƯỚNG"),
                Some("PHÓ THỦ TƯỚNG"),
                Some("Nguyễn Hòa Bình")
            )
        );
        let s = sig("( Đã ký) Lê Thành Long");
        assert_eq!(
            (s.authority, s.title, s.name.as_deref()),
            (None, None, Some("Lê Thành Long"))
        );
        // The formula's abbreviation alone on its line is no speck.
        let s = sig("KT.\nCHỦ TỊCH\nPHÓ CHỦ TỊCH\nLâm Văn Bi");
        assert_eq!(
            (s.authority.as_deref(), s.title.as_deref()),
            (Some("KT. CHỦ TỊCH"), Some("PHÓ CHỦ TỊCH"))
        );
    }
}
