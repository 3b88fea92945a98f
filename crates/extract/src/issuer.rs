//! The issuer block: which header lines name the issuing body, and which its superior.
//!
//! Headers print the superior (`ĐẢNG BỘ TỈNH BẾN TRE`, `BỘ TÀI CHÍNH`, `UBND TỈNH
//! NGHỆ AN`) above the issuer, and both may wrap (`ĐẢNG ỦY KHỐI` / `CƠ QUAN - DOANH
//! NGHIỆP TỈNH`, `ỦY BAN NHÂN DÂN` / `TỈNH QUẢNG TRỊ`, `THỦ TƯỚNG CHÍNH` / `PHỦ`). The
//! lines are grouped into bodies — a line continues the body above it when that body is
//! unfinished — and the last body is the issuer, the one above it the parent.

use vanban_lexicon::fold;

/// Words that leave a body's name unfinished when they end a line (folded: `CÔNG` /
/// `THƯƠNG` and `CỘNG` / `HÒA` alike), `ban` only as printed ([`is_word`]).
const OPEN_ENDS: &[&str] = &[
    "khoi", "va", "chinh", "ban", "nhan", "cong", "dang", "cac", "cua", "trung", "to", "quoc",
    "uy", "-", "&", "co", "doanh", "hanh", "thuong",
];

/// Whether a printed word is `want` (lower case, with its diacritics), or `want` with
/// every diacritic lost (OCR dropped them). Folding alone would make `BÀN`, a place
/// name, the `BAN` of `ỦY BAN`.
fn is_word(printed: &str, want: &str) -> bool {
    let p = printed.to_lowercase();
    p == want || (p.is_ascii() && p == fold(want))
}
/// Words that cannot start a body's name, so a line starting with them continues.
const CONTINUING_STARTS: &[&str] = &[
    "co quan",
    "va",
    "phu",
    "dan",
    "uong",
    "-",
    "&",
    "doanh nghiep",
    "nghiep",
    "chinh phu",
    "quoc hoi",
];
/// Heads that need a locality after them (`ỦY BAN NHÂN DÂN` / `TỈNH QUẢNG TRỊ`).
const NEEDS_LOCALITY: &[&str] = &[
    "uy ban nhan dan",
    "ubnd",
    "hoi dong nhan dan",
    "hdnd",
    "dang bo",
    "so",
    "ban chi dao",
];
const LOCALITY: &[&str] = &[
    "tinh ",
    "thanh pho ",
    "tp ",
    "tp.",
    "huyen ",
    "quan ",
    "thi xa ",
    "xa ",
    "phuong ",
    "thi tran ",
];
/// Bodies that are superiors when a second body follows on the same line (`bq`: `BỘ`
/// as a wrong font reads it, `BQ TAI CHINH`).
const PARENT_HEADS: &[&str] = &[
    "ban chap hanh trung uong",
    "dang bo ",
    "bo ",
    "bq ",
    "uy ban nhan dan ",
    "ubnd ",
    "tinh uy ",
    "thanh uy ",
    "huyen uy ",
    "dang uy ",
];
/// Heads of a subordinate body.
const CHILD_HEADS: &[&str] = &[
    "dang uy ",
    "huyen uy ",
    "thanh uy ",
    "thi uy ",
    "quan uy ",
    "tinh uy ",
    "van phong",
    "ban ",
    "so ",
    "tong cuc",
    "cuc ",
    "chi bo",
    "uy ban kiem tra",
    "chi cuc",
];

/// Split the issuer lines into (name, parent).
pub(crate) fn split(lines: &[String]) -> (Option<String>, Option<String>) {
    let mut units: Vec<String> = Vec::new();
    for line in lines {
        let line = line.trim().trim_end_matches(['*', ' ']).trim();
        if line.is_empty() || line.chars().all(|c| !c.is_alphanumeric()) {
            continue;
        }
        let line = if line.ends_with("--") {
            line.trim_end_matches(['-', ' '])
        } else {
            line
        };
        match units.last_mut() {
            Some(last) if continues(last, line) => {
                last.push(' ');
                last.push_str(line);
            }
            _ => units.push(line.to_string()),
        }
    }
    if units.len() == 1 {
        if let Some((parent, child)) = split_glued(&units[0]) {
            units = vec![parent, child];
        }
    }
    match units.len() {
        0 => (None, None),
        1 => (units.pop().map(without_specks), None),
        n => {
            let name = without_specks(units[n - 1].clone());
            let parent = without_specks(units[n - 2].clone());
            (Some(name), Some(parent))
        }
    }
}

/// A body's name without the specks a scan left at its edges, where its cell meets the
/// motto's (`BỘ TÀI CHÍNH -`, `~~ TONG CỤC HAI QUAN`, `TONG CỤC HẢI QUAN ˆ`, `TONG CUC
/// THUE l`): words of no letter or digit, and a single small letter after the name (no
/// name in capitals ends with one; `KHU VỰC I` keeps its capital).
fn without_specks(unit: String) -> String {
    let words: Vec<&str> = unit.split_whitespace().collect();
    // (`ˆ` is a letter to Unicode: the block of spacing modifier letters holds no
    // letter of a name.)
    let speck = |w: &str| {
        !w.chars()
            .any(|c| c.is_alphanumeric() && !('\u{02B0}'..='\u{02FF}').contains(&c))
    };
    let start = words.iter().take_while(|w| speck(w)).count();
    let mut end = words.len();
    while let Some(last) = words[start..end].last() {
        let small_letter = {
            let mut cs = last.chars();
            cs.next().is_some_and(char::is_lowercase) && cs.next().is_none()
        };
        if speck(last) || (small_letter && end - start > 1) {
            end -= 1;
        } else {
            break;
        }
    }
    if start == 0 && end == words.len() {
        return unit;
    }
    words[start..end].join(" ")
}

fn continues(prev: &str, line: &str) -> bool {
    let fp = fold(prev);
    let fl = fold(line);
    let last_word = fp.rsplit(' ').next().unwrap_or("");
    // `ỦY BAN` / `NHÂN DÂN` is cut after `BAN`; `THỊ XÃ ĐIỆN BÀN` is a whole name.
    let printed_last = prev.trim_end().rsplit(' ').next().unwrap_or("");
    let open_end =
        OPEN_ENDS.contains(&last_word) && (last_word != "ban" || is_word(printed_last, "ban"));
    if open_end || fp.ends_with(',') || fp.ends_with(" -") {
        return true;
    }
    if CONTINUING_STARTS
        .iter()
        .any(|s| fl == *s || (fl.starts_with(s) && fl[s.len()..].starts_with(' ')))
    {
        return true;
    }
    if NEEDS_LOCALITY.iter().any(|h| fp == *h) && LOCALITY.iter().any(|l| fl.starts_with(l)) {
        return true;
    }
    // `ĐẢNG ỦY KHỐI CÁC CƠ QUAN` / `THÀNH PHỐ`: a locality word alone names no body; it
    // ends the name above (of the province or city named in the line above that).
    if LOCALITY
        .iter()
        .any(|l| fl.trim_end_matches('.') == l.trim_end_matches([' ', '.']))
    {
        return true;
    }
    // A broken word: one short word on its own line (`PHỦ`, `DÂN`).
    !line.contains(' ') && line.chars().count() <= 4
}

/// `BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG` → (`BAN CHẤP HÀNH TRUNG ƯƠNG`, `VĂN PHÒNG`):
/// a header read column by column glues the superior and the issuer on one line.
fn split_glued(unit: &str) -> Option<(String, String)> {
    let f = fold(unit);
    if !PARENT_HEADS.iter().any(|h| f.starts_with(h)) {
        return None;
    }
    // Char offsets of word starts, to cut the original at the same place as the fold.
    let words: Vec<(usize, &str)> = {
        let mut v = Vec::new();
        let mut pos = 0;
        for w in unit.split(' ') {
            v.push((pos, w));
            pos += w.len() + 1;
        }
        v
    };
    for (k, (byte, word)) in words.iter().enumerate().skip(2) {
        let rest = fold(&unit[*byte..]);
        // `… ĐIỆN BÀN ĐẢNG ỦY …`: a place's `BÀN` folds like the head `BAN`.
        if rest.starts_with("ban ") && !is_word(word, "ban") {
            continue;
        }
        if CHILD_HEADS.iter().any(|h| rest.starts_with(h)) {
            // `BAN CHẤP HÀNH TRUNG ƯƠNG` is one body: never cut inside it.
            let head = fold(&unit[..*byte]);
            if head.trim() == "ban chap hanh" || head.ends_with("trung") || k < 2 {
                continue;
            }
            return Some((
                unit[..*byte].trim().to_string(),
                unit[*byte..].trim().to_string(),
            ));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::split;

    fn s(lines: &[&str]) -> (Option<String>, Option<String>) {
        split(&lines.iter().map(|l| l.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn superior_and_wrapped_names() {
        assert_eq!(
            s(&[
                "ĐẢNG BỘ TỈNH BẾN TRE",
                "ĐẢNG ỦY KHỐI",
                "CƠ QUAN - DOANH NGHIỆP TỈNH"
            ]),
            (
                Some("ĐẢNG ỦY KHỐI CƠ QUAN - DOANH NGHIỆP TỈNH".into()),
                Some("ĐẢNG BỘ TỈNH BẾN TRE".into())
            )
        );
        assert_eq!(
            s(&["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ"]),
            (Some("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ".into()), None)
        );
        assert_eq!(
            s(&["THỦ TƯỚNG CHÍNH", "PHỦ"]),
            (Some("THỦ TƯỚNG CHÍNH PHỦ".into()), None)
        );
        // A place that ends in `BÀN` is not a name cut after `BAN`; without its marks
        // (OCR) `BAN` still is; other cut words still match folded (`CÔNG` / `THƯƠNG` as
        // `CỘNG` / `HÒA` does); a locality word alone on a line ends the name above it.
        // (lines, name, parent)
        let cases: [(&[&str], &str, Option<&str>); 6] = [
            (
                &["BQ TAI CHINH", "TONG CUC THUE"],
                "TONG CUC THUE",
                Some("BQ TAI CHINH"),
            ),
            (
                &[
                    "ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH",
                    "ĐẢNG ỦY KHỐI CÁC CƠ QUAN",
                    "THÀNH PHỐ",
                ],
                "ĐẢNG ỦY KHỐI CÁC CƠ QUAN THÀNH PHỐ",
                Some("ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH"),
            ),
            (
                &["ĐẢNG BỘ TỈNH NAM ĐỊNH", "ĐẢNG ỦY KHỐI CƠ QUAN", "TỈNH"],
                "ĐẢNG ỦY KHỐI CƠ QUAN TỈNH",
                Some("ĐẢNG BỘ TỈNH NAM ĐỊNH"),
            ),
            (
                &["ĐẢNG BỘ THỊ XÃ ĐIỆN BÀN", "ĐẢNG ỦY XÃ TRUNG HÒA"],
                "ĐẢNG ỦY XÃ TRUNG HÒA",
                Some("ĐẢNG BỘ THỊ XÃ ĐIỆN BÀN"),
            ),
            (
                &["UY BAN", "NHAN DAN TINH QUANG TRI"],
                "UY BAN NHAN DAN TINH QUANG TRI",
                None,
            ),
            (&["BỘ CÔNG", "THƯƠNG"], "BỘ CÔNG THƯƠNG", None),
        ];
        for (lines, name, parent) in cases {
            let want = (Some(name.to_string()), parent.map(str::to_string));
            assert_eq!(s(lines), want, "{lines:?}");
        }
        assert_eq!(
            s(&["BỘ TÀI CHÍNH", "TỔNG CỤC THUẾ"]),
            (Some("TỔNG CỤC THUẾ".into()), Some("BỘ TÀI CHÍNH".into()))
        );
        assert_eq!(
            s(&["UBND TỈNH NGHỆ AN", "SỞ Y TẾ"]),
            (Some("SỞ Y TẾ".into()), Some("UBND TỈNH NGHỆ AN".into()))
        );
        assert_eq!(
            s(&["TỈNH ỦY ĐỒNG NAI"]),
            (Some("TỈNH ỦY ĐỒNG NAI".into()), None)
        );
        assert_eq!(
            s(&["VĂN PHÒNG", "CHÍNH PHỦ"]),
            (Some("VĂN PHÒNG CHÍNH PHỦ".into()), None)
        );
        assert_eq!(
            s(&["BAN CHẤP HÀNH TRUNG ƯƠNG", "VĂN PHÒNG"]),
            (
                Some("VĂN PHÒNG".into()),
                Some("BAN CHẤP HÀNH TRUNG ƯƠNG".into())
            )
        );
    }

    /// Specks where the issuer's cell meets the motto's go; a Roman numeral in
    /// capitals stays, and a speck inside the name is left alone.
    #[test]
    fn specks_at_a_names_edges_go() {
        let one = |line: &str| s(&[line]).0;
        for (printed, name) in [
            ("~~ TONG CỤC HAI QUAN", "TONG CỤC HAI QUAN"),
            ("TONG CỤC HẢI QUAN ˆ", "TONG CỤC HẢI QUAN"),
            ("THỦ TƯỚNG CHÍNH PHU .", "THỦ TƯỚNG CHÍNH PHU"),
            ("TONG CUC THUE l", "TONG CUC THUE"),
            ("{ VĂN PHONG CHÍNH PHÙ", "VĂN PHONG CHÍNH PHÙ"),
            ("CHI CỤC HẢI QUAN KHU VỰC I", "CHI CỤC HẢI QUAN KHU VỰC I"),
            ("CỤC THUẾ - TỈNH AN GIANG", "CỤC THUẾ - TỈNH AN GIANG"),
        ] {
            assert_eq!(one(printed).as_deref(), Some(name), "{printed}");
        }
        assert_eq!(
            s(&[". TONG CUC HAI QUAN .", "CUC THUE XUẤT NHAP KHẨU ˆ"]),
            (
                Some("CUC THUE XUẤT NHAP KHẨU".into()),
                Some("TONG CUC HAI QUAN".into())
            )
        );
    }

    #[test]
    fn glued_header() {
        assert_eq!(
            s(&["BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG"]),
            (
                Some("VĂN PHÒNG".into()),
                Some("BAN CHẤP HÀNH TRUNG ƯƠNG".into())
            )
        );
        assert_eq!(
            s(&["ĐẢNG BỘ TỈNH BẾN TRE ĐẢNG ỦY KHỐI CƠ QUAN - DOANH NGHIỆP TỈNH"]),
            (
                Some("ĐẢNG ỦY KHỐI CƠ QUAN - DOANH NGHIỆP TỈNH".into()),
                Some("ĐẢNG BỘ TỈNH BẾN TRE".into())
            )
        );
        assert_eq!(
            s(&["ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ"]),
            (Some("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ".into()), None)
        );
        assert_eq!(
            s(&["BAN CHẤP HÀNH TRUNG ƯƠNG"]),
            (Some("BAN CHẤP HÀNH TRUNG ƯƠNG".into()), None)
        );
    }
}
