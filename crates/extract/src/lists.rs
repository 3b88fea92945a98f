//! The `Kính gửi` and `Nơi nhận` lists: one entry per dash item or line.

use crate::clean::{clean_marks, trim_punct};
use vanban_lexicon::fold;

/// Entries of one or more list zones, in order. The head (`Kính gửi:`, `Nơi nhận:`)
/// is dropped. A new entry starts at a dash or bullet, or — in a list without
/// dashes — after a line that ends with `,` `;` `.`; any other line continues the
/// entry before it (a wrapped line).
pub(crate) fn entries<'t>(zones: impl Iterator<Item = &'t str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut dashed = false;
    for zone in zones {
        for raw in zone.lines() {
            let mut line = raw
                .trim()
                .trim_matches(|c: char| c == '*' || c == '|' || c.is_whitespace());
            if line.is_empty() {
                continue;
            }
            let f = fold(line);
            // `THỦ TƯỚNG CHÍNH PHỦ điện:` heads the addressees of a công điện (`dien:` in a
            // text typed without diacritics).
            let dien = ["điện:", "dien:"].iter().find_map(|head| {
                line.find(head)
                    .filter(|&k| k < 80 && !line[..k].chars().any(char::is_lowercase))
                    .map(|k| k + head.len())
            });
            if let Some(end) = dien {
                line = line[end..].trim();
            }
            for head in ["kinh gui", "noi nhan"] {
                if f.starts_with(head) {
                    // Drop the head word(s) and the colon: keep what follows.
                    let cut = line.find(':').map(|i| i + 1).unwrap_or_else(|| {
                        line.char_indices()
                            .nth(head.chars().count())
                            .map_or(line.len(), |(i, _)| i)
                    });
                    line = line[cut..]
                        .trim()
                        .trim_matches(|c: char| c == '*' || c.is_whitespace());
                }
            }
            if line.is_empty() {
                continue;
            }
            // `Kính gửi: - A, - B` on one line: split at the dashes that open entries.
            for part in split_inline_dashes(line) {
                let is_dash = part.starts_with(['-', '–', '+', '•']) || part.starts_with("\\-");
                dashed |= is_dash;
                let value = clean_marks(part.trim_start_matches(['-', '–', '+', '•', '\\', ' ']));
                if value.is_empty() {
                    continue;
                }
                if !is_dash && !out.is_empty() && (dashed || continues(part)) {
                    let last = out.last_mut().expect("checked non-empty");
                    last.push(' ');
                    last.push_str(&value);
                } else {
                    out.push(value);
                }
            }
        }
    }
    out.iter()
        .map(|e| trim_punct(e))
        .filter(|e| !e.is_empty())
        .collect()
}

/// A line that, in a list without dashes, continues the previous entry: it starts
/// in lower case.
fn continues(line: &str) -> bool {
    line.chars().next().is_some_and(|c| c.is_lowercase())
}

/// `- A, - B` → [`- A,`, `- B`]; a dash inside a name (`Cơ quan - Doanh nghiệp`) is
/// not split because it does not follow a `,` or `;`.
fn split_inline_dashes(line: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let b = line.as_bytes();
    let mut i = 0;
    while i + 2 < b.len() {
        if (b[i] == b',' || b[i] == b';') && b[i + 1] == b' ' && b[i + 2] == b'-' {
            parts.push(&line[start..=i]);
            start = i + 2;
            i += 2;
            continue;
        }
        i += 1;
    }
    parts.push(&line[start..]);
    parts
}

#[cfg(test)]
mod tests {
    use super::entries;

    #[test]
    fn dash_lists_and_wrapped_lines() {
        let z = "Kính gửi: - Các đồng chí Tỉnh ủy viên,\n\n- Các ban cán sự đảng, đảng đoàn, BTV Tỉnh đoàn,\n- Ban chỉ đạo phòng, chống\nCOVID-19 tỉnh.";
        assert_eq!(
            entries([z].into_iter()),
            [
                "Các đồng chí Tỉnh ủy viên",
                "Các ban cán sự đảng, đảng đoàn, BTV Tỉnh đoàn",
                "Ban chỉ đạo phòng, chống COVID-19 tỉnh"
            ]
        );
    }

    #[test]
    fn one_line_and_undashed_lists() {
        assert_eq!(
            entries(["Kính gửi: Ủy ban nhân dân các huyện, thành phố."].into_iter()),
            ["Ủy ban nhân dân các huyện, thành phố"]
        );
        assert_eq!(
            entries(
                ["Kính gửi:\nCác sở, ban, ngành tỉnh;\nUBND các huyện,\nthị xã, thành phố."]
                    .into_iter()
            ),
            [
                "Các sở, ban, ngành tỉnh",
                "UBND các huyện, thị xã, thành phố"
            ]
        );
        assert_eq!(
            entries(["**Nơi nhận:**\n- Như trên;\n- Lưu: VT, KGVX."].into_iter()),
            ["Như trên", "Lưu: VT, KGVX"]
        );
    }
}
