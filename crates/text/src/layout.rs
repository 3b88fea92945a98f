//! Marks that a converter or a scan leaves in a text and that are layout, not text:
//! the page markers of PDF-to-text tools (`--- PAGE 2 ---`, `--- PAGE BREAK ---`) and the
//! page number printed at the top of the next page, and the running footer a publishing
//! site prints on every page (`+84-8-3930 3279 * www.ThuVienPhapLuat.vn`, `LawSoft *
//! Tel:`). The text keeps them (offsets and the
//! web view show the text as it came); the stages that read lines pass over them.

/// A converter's page marker (`--- PAGE 2 ---`, `--- PAGE BREAK ---`, `-- Trang 3 --`):
/// layout, not text. PDF-to-text tools put one at every page break, above the
/// letterhead and between the last paragraph and the signature; read as text it joined
/// the issuer's lines (`--- PAGE 1` as the superior body) and split blocks.
pub fn is_page_marker(content: &str) -> bool {
    let rule = |c: char| matches!(c, '-' | '=' | '_' | '*' | '–' | '—') || c.is_whitespace();
    let inner = content.trim_start_matches(rule);
    let (lead, inner) = (content.len() - inner.len(), inner.trim_end_matches(rule));
    let trail = content.len() - lead - inner.len();
    // Rules on both sides: a line that only says `Trang 2` may be text.
    if lead < 2 || trail < 2 {
        return false;
    }
    let lower = inner.to_ascii_lowercase();
    let Some(rest) = lower
        .strip_prefix("page")
        .or_else(|| lower.strip_prefix("trang"))
    else {
        return false;
    };
    let rest = rest.trim();
    // `PAGE BREAK`, `PAGE 2`, `Page 2 of 5`, `Page 2/5`.
    rest.is_empty()
        || rest == "break"
        || rest
            .split(|c: char| c.is_whitespace() || c == '/')
            .filter(|w| !w.is_empty())
            .all(|w| w == "of" || w.bytes().all(|b| b.is_ascii_digit()))
}

/// The running footer of the site a text was copied from, printed at the foot of every
/// page (`+84-8-3930 3279 * www.ThuVienPhapLuat.vn`, `LawSoft * Tel:`, `Cảm ơn đã dùng
/// ThuVienPhapLuat.vn`): layout, like a page marker. Read as text it went on the last
/// `Nơi nhận` entry above it, or the paragraph above it on the page before.
pub fn is_site_footer(content: &str) -> bool {
    const SITE: &[u8] = b"thuvienphapluat.vn";
    let b = content.trim().as_bytes();
    // (Tested by the line's two ends only: every line of every text is asked.)
    b.len() >= SITE.len() && b[b.len() - SITE.len()..].eq_ignore_ascii_case(SITE)
        || b.starts_with(b"LawSoft")
}

/// A page number printed alone on its line: `2`, `- 2 -`, `(12)`.
pub fn is_page_number(line: &str) -> bool {
    // (With the layout marks a copy leaves around a line: `**2**`, `2 \``.)
    let number = line.trim_matches(|c: char| {
        matches!(
            c,
            '-' | '–' | '(' | ')' | '*' | '|' | '#' | '>' | '`' | '\\'
        ) || c.is_whitespace()
    });
    (1..=3).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit())
}

/// Tells, line by line in text order, which lines are a page break: a marker, a site's
/// running footer ([`is_site_footer`]), and the page number printed right after a
/// marker. Lines with no letter or digit (blank lines,
/// rules) are neither and leave the state as it was. The one place that knows how a
/// break reads, for the segmenter's lines and gaps and the extractor's lists.
#[derive(Debug, Default)]
pub struct PageBreaks {
    after_marker: bool,
}

impl PageBreaks {
    /// Whether `line`, read after the lines given before it, is part of a page break.
    pub fn is_break(&mut self, line: &str) -> bool {
        if !line.chars().any(crate::is_alphanumeric) {
            return false;
        }
        // (A marker opens with its rule: one character tells most lines apart.)
        let rule = line
            .trim_start()
            .starts_with(['-', '=', '_', '*', '–', '—']);
        if rule && is_page_marker(line) {
            self.after_marker = true;
            return true;
        }
        if is_site_footer(line) {
            return true;
        }
        std::mem::take(&mut self.after_marker) && is_page_number(line)
    }
}

/// Whether a line holds a column gap: a tab, or three spaces in a row (two columns of a
/// header or a footer typed side by side). Two vector searches, the three spaces' searcher
/// built once: most lines have none, and a loop over their spaces cost more than the
/// rest of reading a line.
pub fn has_column_gap(line: &[u8]) -> bool {
    static THREE_SPACES: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"   "));
    memchr::memchr(b'\t', line).is_some() || THREE_SPACES.find(line).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gap_is_a_tab_or_three_spaces() {
        for (line, gap) in [
            ("ĐẢNG CỘNG SẢN VIỆT NAM", false),
            ("TỈNH ỦY  ĐẢNG", false),
            ("TỈNH ỦY   ĐẢNG CỘNG SẢN VIỆT NAM", true),
            ("Số 12-CT/TU\tVinh, ngày 3 tháng 5 năm 2021", true),
            ("ends with two  ", false),
            ("ends with three   ", true),
            ("", false),
        ] {
            assert_eq!(has_column_gap(line.as_bytes()), gap, "{line:?}");
        }
    }

    #[test]
    fn page_markers_and_page_numbers() {
        for (line, marker) in [
            ("--- PAGE 1 ---", true),
            ("--- PAGE BREAK ---", true),
            ("-- Page 2 of 5 --", true),
            ("=== Page 3/12 ===", true),
            ("—— Trang 4 ——", true),
            ("  --- PAGE 12 ---  ", true),
            // Rules on one side only, or words after the page: text.
            ("PAGE 2", false),
            ("--- PAGE 2", false),
            ("Trang 2", false),
            ("--- Trang thiết bị ---", false),
            ("--- PAGE BREAK HERE ---", false),
            ("-----", false),
            ("- Như trên;", false),
        ] {
            assert_eq!(is_page_marker(line), marker, "{line:?}");
        }
        for (line, number) in [
            ("2", true),
            ("- 12 -", true),
            ("(3)", true),
            ("2021", false),
            ("2.", false),
            ("a", false),
            ("", false),
        ] {
            assert_eq!(is_page_number(line), number, "{line:?}");
        }
    }

    #[test]
    fn a_site_footer_is_layout() {
        for (line, footer) in [
            ("+84-8-3930 3279 * www.ThuVienPhapLuat.vn", true),
            (
                "THƯ VIEN PHAP LUAT* Tek +84-28-3930 3279 * www.ThuVienPhapLuat.vn  ",
                true,
            ),
            ("Cảm ơn đã dùng ThuVienPhapLuat.vn", true),
            ("LawSoft * Tel:", true),
            ("LawSoft + Tel:", true),
            // The site named inside a sentence, or another site: text.
            ("Văn bản đăng trên ThuVienPhapLuat.vn ngày 5/6/2025.", false),
            ("- Website Chính phủ (www.chinhphu.vn);", false),
            ("Luật sư", false),
        ] {
            assert_eq!(is_site_footer(line), footer, "{line:?}");
        }
        // A footer breaks the page, but what follows it is no page number.
        let mut b = PageBreaks::default();
        let got: Vec<bool> = ["LawSoft * Tel:", "2"]
            .iter()
            .map(|l| b.is_break(l))
            .collect();
        assert_eq!(got, [true, false]);
    }

    #[test]
    fn a_page_number_is_a_break_only_right_after_a_marker() {
        let mut b = PageBreaks::default();
        let lines = [
            "Điều 2. Giao",
            "2",
            "--- PAGE BREAK ---",
            "",
            "-----",
            "2",
            "đ) Tăng",
            "3",
        ];
        let got: Vec<bool> = lines.iter().map(|l| b.is_break(l)).collect();
        assert_eq!(got, [false, false, true, false, false, true, false, false]);
    }
}
