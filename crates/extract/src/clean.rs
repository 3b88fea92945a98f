//! Turning printed text into field values: layout marks dropped, lines joined,
//! spaces collapsed.

/// Collapse runs of white space (line breaks included) into one space and trim.
pub(crate) fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// A field value from printed text: markdown and table marks (`**`, `*`, `|`, `\`,
/// `#`) removed, white space collapsed, trailing `,` `;` `.` `:` dropped.
pub(crate) fn clean_value(s: &str) -> String {
    trim_punct(&clean_marks(s))
}

/// Layout marks removed and white space collapsed, punctuation kept (for lines that
/// are joined into one value).
pub(crate) fn clean_marks(s: &str) -> String {
    let mut t = String::with_capacity(s.len());
    let mut prev = '\0';
    // A mark made a space since the last word: punctuation after it closes up to the
    // word (`công nghệ**, **đổi mới` → `công nghệ, đổi mới`).
    let mut from_mark = false;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            '*' | '|' | '#' | '`' => {
                t.push(' ');
                from_mark = true;
            }
            // `\-` and `\.` are markdown escapes.
            '\\' => {}
            // A rule of underscores (three or more), also right after a word (`CHÍNH
            // PHỦ_______`); an underscore opening a word or a line, or standing alone
            // after a mark (`._ V/v xử lý …`, `- ‘` / `_ XNK tại chỗ`: OCR's specks).
            '_' if prev == '_'
                || prev.is_whitespace()
                || prev == '\0'
                || chars.clone().take(2).filter(|&n| n == '_').count() == 2
                || !prev.is_alphanumeric()
                    && chars.clone().next().is_none_or(char::is_whitespace) =>
            {
                t.push(' ')
            }
            ',' | ';' | ':' | '.' | ')' if from_mark => {
                t.truncate(t.trim_end().len());
                t.push(c);
                from_mark = false;
            }
            c if c.is_whitespace() => t.push(c),
            c => {
                t.push(c);
                from_mark = false;
            }
        }
        prev = c;
    }
    collapse(&t)
}

/// Drop the punctuation that ends a printed line (`,` `;` `.` `:` `./.`, a dash).
pub(crate) fn trim_punct(t: &str) -> String {
    let t = t.trim_matches(|c: char| {
        matches!(c, ',' | ';' | ':' | '_' | '-' | '–' | '—' | ' ') || c.is_whitespace()
    });
    // (A full stop opens no value: `._ V/v …` is a speck before the trích yếu.)
    let t = t
        .trim_start_matches(['.', ' '])
        .trim_end_matches('.')
        .trim_end();
    // `./.` closing marks.
    t.trim_end_matches("./")
        .trim_end_matches('/')
        .trim_end()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_underscore_speck_is_no_part_of_a_value() {
        // CV 5845/BTC-TCHQ's and 5826/TCHQ-TXNK's trích yếu as scanned.
        assert_eq!(
            clean_value("._ V/v xử lý thuế đối với phế liệu"),
            "V/v xử lý thuế đối với phế liệu"
        );
        assert_eq!(
            clean_value("‘_ V/v xử lý thuế đối với phế liệu"),
            "‘ V/v xử lý thuế đối với phế liệu"
        );
        assert_eq!(
            clean_value("Vy xử lý thuế đối với hànghóa - ‘\n_ XNK tại chỗ"),
            "Vy xử lý thuế đối với hànghóa - ‘ XNK tại chỗ"
        );
        // An underscore inside a word or a symbol stays.
        assert_eq!(clean_value("Tệp bao_cao_2025.pdf"), "Tệp bao_cao_2025.pdf");
        assert_eq!(clean_value("Số 12/QĐ_UBND"), "Số 12/QĐ_UBND");
    }

    #[test]
    fn values_lose_layout_marks() {
        assert_eq!(
            clean_value("*Tăng cường lãnh đạo\nphòng, chống dịch Covid-19*"),
            "Tăng cường lãnh đạo phòng, chống dịch Covid-19"
        );
        assert_eq!(
            clean_value("**THỦ TƯỚNG CHÍNH\nPHỦ**"),
            "THỦ TƯỚNG CHÍNH PHỦ"
        );
        assert_eq!(
            clean_value("- Lưu VT, BTG Đảng ủy Khối."),
            "Lưu VT, BTG Đảng ủy Khối"
        );
        assert_eq!(clean_value(r"kinh tế \- xã hội"), "kinh tế - xã hội");
        assert_eq!(clean_value("thực hiện./."), "thực hiện");
        assert_eq!(
            clean_value("**về đột phá khoa học, công nghệ**, **đổi mới** đổi **số**"),
            "về đột phá khoa học, công nghệ, đổi mới đổi số"
        );
        // A space printed before a comma (no mark there) stays as printed.
        assert_eq!(
            clean_value("Sở Y tế , Sở Tài chính"),
            "Sở Y tế , Sở Tài chính"
        );
        assert_eq!(
            clean_value("Viv quyền xuất khẩu hàng hóa —"),
            "Viv quyền xuất khẩu hàng hóa"
        );
        // A rule of underscores right after a word goes whole; one inside a word stays.
        assert_eq!(clean_marks("CHÍNH PHỦ_______ "), "CHÍNH PHỦ");
        assert_eq!(clean_marks("ten_tep.doc"), "ten_tep.doc");
    }
}
