//! The `Kính gửi` and `Nơi nhận` lists: one entry per dash item or line.

use crate::clean::{clean_marks, trim_punct};
use vanban_lexicon::{damaged_noi_nhan, fold, fold_prefix, Signing};
use vanban_text::layout::PageBreaks;
use vanban_text::{is_alphabetic, is_alphanumeric};

/// Entries of one or more list zones, in order. The head (`Kính gửi:`, `Nơi nhận:`)
/// is dropped. In a dashed list an entry runs from its dash to the next (a line in
/// capitals under an entry its `;` ended is one whose dash was lost); in a list without
/// dashes each line is an entry, but a line in lower case, the rest of an address or of
/// a name goes on with the entry above, and so does the line under a post alone
/// (`Bộ trưởng` / `Bộ Công Thương`: `signing`'s posts). (Joining every line under an
/// entry that did not end loses more than it mends: the real corpus's recipients 160 →
/// 143 of 171, undashed lists printing an entry a line.)
pub(crate) fn entries<'t>(zones: impl Iterator<Item = &'t str>, signing: &Signing) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut dashed = false;
    let mut breaks = PageBreaks::default();
    // After a page break, or a dash whose entry held only marks: the next line opens
    // an entry.
    let mut opens_entry = false;
    // `**Kính` / `gửi:** …`, `*Nơi` / `nhận:*`: the head broken after its first word
    // (the second, folded, to look for on the next line).
    let mut head_rest: Option<&str> = None;
    // The archive copy's entry, whose line ended it, closed the list (see
    // [`is_archive`]).
    let mut archive_closed = false;
    for zone in zones {
        for raw in zone.lines() {
            let mut line = raw
                .trim()
                .trim_matches(|c: char| c == '*' || c == '|' || c.is_whitespace());
            if line.is_empty() {
                continue;
            }
            // A page break inside a list (`--- PAGE BREAK ---` / `2`): no entry, and
            // what follows it is no wrapped rest of the entry above.
            if breaks.is_break(line) {
                opens_entry = true;
                continue;
            }
            let f = fold(line);
            let broken_head = head_rest.take().is_some_and(|w| f.starts_with(w));
            if let Some(rest) = [("kinh", "gui"), ("noi", "nhan")]
                .iter()
                .find_map(|&(first, rest)| (f == first).then_some(rest))
            {
                head_rest = Some(rest);
                continue;
            }
            // `THỦ TƯỚNG CHÍNH PHỦ điện:` heads the addressees of a công điện (`dien:` in a
            // text typed without diacritics).
            // (Both heads end with a colon: most lines have none.)
            let dien = line
                .contains(':')
                .then(|| {
                    ["điện:", "dien:"].iter().find_map(|head| {
                        line.find(head)
                            .filter(|&k| k < 80 && !line[..k].chars().any(char::is_lowercase))
                            .map(|k| k + head.len())
                    })
                })
                .flatten();
            if let Some(end) = dien {
                line = line[end..].trim();
            }
            // The rest of a head's line opens an entry (a list's second head, on a page
            // scanned twice, does not go on with the first list's last entry), as the
            // first line of a new page does.
            let mut after_head = dien.is_some() || std::mem::take(&mut opens_entry);
            // `Noi nh$n:`, `Nni nhQn:`: the head as a wrong font reads it.
            let damaged_head = !f.starts_with("noi nhan") && !f.starts_with("noinhan");
            // Whether this line held the list's head.
            let mut headed = false;
            if let Some(cut) = damaged_head.then(|| damaged_noi_nhan(line)).flatten() {
                after_head = true;
                headed = true;
                line = line[cut..].trim();
            }
            // The heads, also with their words run together by OCR (`Kỉnhgửì:`), or
            // broken after the first (`gửi:` under `Kính`).
            for head in ["kinh gui", "noi nhan", "kinhgui", "noinhan", "gui", "nhan"] {
                let second_word = matches!(head, "gui" | "nhan");
                if f.starts_with(head) && (!second_word || broken_head) {
                    after_head = true;
                    headed = true;
                    // Drop the head word(s) and the colon: keep what follows. (A colon
                    // further on is the entry's own: `Kính gửi các Bộ: Công an, …`.)
                    let head_end = line
                        .char_indices()
                        .nth(head.chars().count())
                        .map_or(line.len(), |(i, _)| i);
                    let cut = match line.find(':') {
                        Some(i) if line[head_end.min(i)..i].trim_matches(['*', ' ']).is_empty() => {
                            i + 1
                        }
                        _ => head_end,
                    };
                    line = line[cut..]
                        .trim()
                        .trim_matches(|c: char| c == '*' || c.is_whitespace());
                }
            }
            if line.is_empty() {
                continue;
            }
            // A speck glued after the head (`Nơi nhận: JE`): two letters alone are no
            // entry; the next line still opens one.
            if headed && line.chars().count() <= 2 {
                opens_entry = true;
                continue;
            }
            // `Kính gửi: - A, - B` on one line: split at the dashes that open entries.
            for part in split_inline_dashes(line) {
                let is_dash = part.starts_with(['-', '–', '+', '•']) || part.starts_with("\\-")
                    // In a dashed list, a dash OCR read as a `;` (`; ae Bộ Tài chính`: no
                    // entry opens with one).
                    || (dashed && part.starts_with(';'))
                    // A dash OCR read as a tilde (`~ Như trên;`, `ˆ~ PTCT …`).
                    || part
                        .trim_start_matches('ˆ')
                        .strip_prefix('~')
                        .is_some_and(|r| r.starts_with(|c: char| c == ' ' || is_alphabetic(c)));
                dashed |= is_dash;
                let value = clean_marks(
                    part.trim_start_matches(['-', '–', '+', '•', '\\', ' ', '~', 'ˆ', ';']),
                );
                // A mark left between two cells (`>.`) is no entry; a dash before it
                // still ends the entry above (`- .` / `~ Kiểm toán Nhà nước`).
                if !value.chars().any(is_alphanumeric) {
                    after_head |= is_dash;
                    opens_entry = after_head;
                    continue;
                }
                // The archive copy (`- Lưu: VT, TXNK (3).`) is the list's last entry:
                // once its line ended it, an undashed line below is the signature
                // column or the page's foot (`WwW`, `Nguyễn Tiến Trường`, `Website Cục
                // Thuế …`), neither the rest of the entry nor one of its own.
                if archive_closed && !is_dash && !after_head {
                    continue;
                }
                // An address goes on until a line ends it (`)`, `.`, `;`): `Địa chỉ: Tầng
                // 4, …, đường` / `Tân Thuận, …, TP.HCM` / `Mã số thuế: …` is one.
                let open_address = out
                    .last()
                    .is_some_and(|l| is_address(l) && !l.trim_end().ends_with([')', '.', ';']));
                let name_goes_on = out.last().is_some_and(|l| rest_of_name(part, l));
                // In a dashed list, a line in capitals under an entry its `;` ended is
                // an entry whose dash OCR lost (`- Như trên;` / `Tan phòng pri (We`), not
                // the entry's wrapped rest.
                let dash_lost = out.last().is_some_and(|l| l.trim_end().ends_with(';'))
                    && part.starts_with(char::is_uppercase);
                let names_go_on = !dashed && out.last().is_some_and(|l| dots_for_commas(l, part));
                // `Kính gửi: Bộ trưởng` / `Bộ Công Thương`: a post alone names its office
                // on the next line.
                let office_follows = out.last().is_some_and(|l| signing.is_post(l));
                if !is_dash
                    && !after_head
                    && !out.is_empty()
                    && ((dashed && !dash_lost)
                        || continues(part)
                        || open_address
                        || name_goes_on
                        || names_go_on
                        || office_follows)
                {
                    let last = out.last_mut().expect("checked non-empty");
                    last.push(' ');
                    last.push_str(&value);
                } else {
                    out.push(value);
                }
                archive_closed = out.last().is_some_and(|e| is_archive(e))
                    && without_specks(part).ends_with(['.', ')', ';']);
                after_head = false;
                opens_entry = false;
            }
        }
    }
    out.iter()
        .map(|e| trim_punct(without_specks(e)))
        // A letter alone (`Í`): a speck of the stamp, no entry.
        .filter(|e| e.chars().filter(|&c| is_alphabetic(c)).nth(1).is_some())
        .collect()
}

/// The archive copy's entry, `Lưu: VT, …` (`lưu` kept, `VT` the office of records),
/// also as OCR damages its first word (`Ltnr: VT, DNNCN`, `Llnr VT, TTTIT`): by custom
/// the last entry of a `Nơi nhận` list.
fn is_archive(entry: &str) -> bool {
    let mut words = entry.split_whitespace();
    let first = words.next().unwrap_or("").trim_end_matches(':');
    let second = words.next().unwrap_or("");
    (2..=5).contains(&first.chars().count())
        && first.starts_with(['L', 'l'])
        && second
            .strip_prefix("VT")
            .is_some_and(|rest| !rest.starts_with(is_alphanumeric))
}

/// An entry without the specks that a stamp or a signature left after its end, on the
/// same line: `Lưu: VT, CST (3). / Wh`, `Cục GSQL; l`, `Như trên; ~`, `Lưu: VT,
/// TTHT(2). (Ẳ; 3)`. What follows the entry's last `;` `.` `)` (outside brackets) goes
/// when it holds no word a list entry would print: none of three letters or more, no
/// initials in capitals (`Lưu: VT, QHQT (2). NT`, `… (3) Q`), no count of copies
/// (`(3b)`), no syllable of a name (`. Hà`) unless a slash or a word in lower case shows
/// it for noise.
fn without_specks(entry: &str) -> &str {
    let mut e = entry.trim_end();
    // A lone `l` is a table's rule as OCR read it (`Kính gửi: Công ty CP Thiết bị Công
    // nghệ MIPEC l`): no Vietnamese word is that letter alone.
    if let Some(rest) = e.strip_suffix(" l") {
        e = rest.trim_end();
    }
    // Most entries end with a word of three letters or more, which any tail would
    // hold: nothing to look for.
    let last_word = e.rsplit(' ').next().unwrap_or("");
    if last_word
        .chars()
        .filter(|&c| is_alphabetic(c))
        .nth(2)
        .is_some()
    {
        return e;
    }
    // (More than once: `Lưu: VT, TTHTỢ). (Ẳ; 3)` has a speck inside brackets too.)
    for _ in 0..3 {
        let Some(end) = last_entry_end(e) else {
            return e;
        };
        let tail = e[end..].trim();
        let after_count = e[..end].ends_with(')');
        if tail.is_empty() || !is_speck_tail(tail, after_count, is_archive(e)) {
            return e;
        }
        e = e[..end].trim_end();
    }
    e
}

/// The byte offset just after the last `;` `.` `)` of `e` that is followed by a space
/// and lies outside brackets, if any.
fn last_entry_end(e: &str) -> Option<usize> {
    let mut depth = 0i32;
    let mut last = None;
    let mut chars = e.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '(' => depth += 1,
            ')' => depth = (depth - 1).max(0),
            _ => {}
        }
        if depth == 0
            && matches!(c, ';' | '.' | ')')
            && chars.peek().is_some_and(|&(_, n)| n == ' ')
        {
            last = Some(i + c.len_utf8());
        }
    }
    last
}

/// `after_count`: the tail follows a closing bracket (`(3) Q`), where a typist's
/// initial stands. `archive`: the entry is the archive copy's, which counts its copies.
fn is_speck_tail(tail: &str, after_count: bool, archive: bool) -> bool {
    let words: Vec<&str> = tail.split_whitespace().collect();
    let letters = |w: &str| w.chars().filter(|&c| is_alphabetic(c)).count();
    // A count of copies: `(3b)`, `(03 bản)`, `05b` (unbracketed, only the archive
    // copy's: `Cuc Thu6 Ddng Nai; 1` ends with the signature column's speck).
    let count = tail
        .trim_start_matches('(')
        .starts_with(|c: char| c.is_ascii_digit())
        && (tail.starts_with('(') == tail.ends_with(')'))
        && (archive || tail.starts_with('('));
    // A typist's initial with the count of copies: `Lưu: VT, QLDN3. H(4)`.
    let initial_count = |w: &&str| {
        w.split_once('(').is_some_and(|(initial, n)| {
            (1..=3).contains(&initial.chars().count())
                && initial.chars().all(char::is_uppercase)
                && n.strip_suffix(')')
                    .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()))
        })
    };
    if count || words.iter().any(|w| letters(w) >= 3) || words.iter().any(initial_count) {
        return false;
    }
    let initials = |w: &&str| letters(w) >= 2 && !w.chars().any(char::is_lowercase);
    // One capital alone right after the count (`Lưu: VT, KGVX (3) Q`) is the typist's
    // initial; after a full stop (`Lưu: VT, TTKT. A`), a speck.
    let initial = after_count && words.len() == 1 && {
        let w = words[0].trim_end_matches('.');
        w.chars().count() == 1 && w.chars().all(char::is_uppercase)
    };
    if initial || words.iter().any(initials) {
        return false;
    }
    let noise = tail.contains(['/', '⁄'])
        || words.iter().any(|w| {
            w.chars()
                .find(|&c| is_alphabetic(c))
                .is_some_and(char::is_lowercase)
        });
    let syllable = |w: &&str| letters(w) == 2;
    noise || !words.iter().any(syllable)
}

/// An address or tax code printed under a recipient's name (`(Địa chỉ: 33 Hai Bà
/// Trưng, …)`, `Đ/c: Cảng SSIT, …`, `MST: 0301234567`): no recipient of its own. (`Đ/c`
/// without a colon is `đồng chí`, comrade: `Đ/c Bộ trưởng` is one.)
pub(crate) fn is_address(entry: &str) -> bool {
    // Only the first twelve folded bytes are read, and only they are folded (the entry
    // above each line of a list is asked again, growing as its lines join it) — but
    // where the twelfth byte falls inside a character, the head is the whole entry.
    let entry_start = entry.trim_start_matches(['(', '[', ' ']);
    let start = fold_prefix(entry_start, 13);
    let whole;
    let head = match start.get(..start.len().min(12)) {
        Some(head) => head,
        None => {
            whole = fold(entry_start);
            &whole
        }
    };
    let address = ["dia chi", "d/c", "dc"]
        .iter()
        .any(|h| start.starts_with(h))
        && head.contains(':');
    address
        || start.starts_with("mst")
        || start.starts_with("ma so thue")
        || bracketed_address(entry)
}

/// `(Lô E, KCN Đồng Văn I, Duy Tiên, Hà Nam)`, `(Die: số 466 Đường Hoàng Hoa Thám, tổ
/// 13A, P. Bưởi, Q. Tây Hồ, TP Hà Nội`: an address in brackets with no head word, told
/// by two of the words addresses are made of (`(Chi nhánh Hà Nam)` has none).
fn bracketed_address(entry: &str) -> bool {
    // (Not `số`, `tổ`: `(số lượng, tổ chức)` is no address.)
    const PARTS: [&str; 12] = [
        "lo", "kcn", "kcx", "duong", "phuong", "p.", "quan", "q.", "huyen", "tinh", "tp", "xa",
    ];
    if !entry.trim_start().starts_with('(') || !entry.contains(',') {
        return false;
    }
    let f = fold(entry);
    let mut seen = [false; PARTS.len()];
    for word in f.split(|c: char| !(is_alphanumeric(c) || c == '.')) {
        let word = if word.ends_with('.') && word.len() > 2 {
            word.trim_end_matches('.')
        } else {
            word
        };
        if let Some(k) = PARTS.iter().position(|p| *p == word) {
            seen[k] = true;
        }
    }
    seen.iter().filter(|&&s| s).nth(1).is_some()
}

/// A line that, in a list without dashes, continues the previous entry: it starts
/// in lower case.
fn continues(line: &str) -> bool {
    line.chars().next().is_some_and(|c| c.is_lowercase())
}

/// `các Bộ: Công an, Ngoại giao. Y tế, Quốc phòng.` / `Giao thông vận tải, Văn hóa, …`:
/// an enumeration whose commas OCR read as full stops (one inside the entry, before a
/// capital, as well as at its end) goes on over a line that holds only names
/// ([`vanban_lexicon::names_only`]).
fn dots_for_commas(entry: &str, line: &str) -> bool {
    let entry = entry.trim_end();
    let Some(inner) = entry.strip_suffix('.') else {
        return false;
    };
    let dot_inside = inner
        .match_indices(". ")
        .any(|(k, _)| inner[k + 2..].starts_with(char::is_uppercase));
    dot_inside && inner.contains(", ") && vanban_lexicon::names_only(line)
}

/// `Ông Thái Mạnh` / `Cường`: one capitalized syllable under an entry that did not end
/// (no `,` `;` `.` `)`) is the rest of a name broken across lines, not an entry.
fn rest_of_name(line: &str, entry: &str) -> bool {
    crate::signature::single_word_name(line.trim_end_matches(['.', ',', ';']))
        && !entry.trim_end().ends_with([',', ';', '.', ')'])
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
    use super::is_address;

    /// The entries of `zones` with the built-in lexicon's posts.
    fn entries<'t>(zones: impl Iterator<Item = &'t str>) -> Vec<String> {
        super::entries(zones, &vanban_lexicon::Lexicon::builtin().signing)
    }

    /// A page break inside a list (marker and page number) is no entry, and the first
    /// line of the next page is no wrapped rest of the entry above it; nor is what
    /// follows a second list head (a page scanned twice).
    #[test]
    fn page_breaks_and_second_heads_end_an_entry() {
        let z = "Nơi nhận:\n- Như trên;\n- Lưu: VT, CST (3).\n\n--- PAGE BREAK ---\n\n2\n\nKT. CỤC TRƯỞNG";
        assert_eq!(
            entries([z].into_iter()),
            ["Như trên", "Lưu: VT, CST (3)", "KT. CỤC TRƯỞNG"]
        );
        let twice = [
            "Nơi nhận:\n- Như trên;\n- Lưu: VT",
            "Nơi nhận: Bộ Tài chính\n- Lưu: VT",
        ];
        assert_eq!(
            entries(twice.into_iter()),
            ["Như trên", "Lưu: VT", "Bộ Tài chính", "Lưu: VT"]
        );
    }

    /// The archive copy's line, once it ends its entry, ends the list: what lies below
    /// it undashed is the signature column or the page's foot (from real scans; a line
    /// that does not end the entry still wraps, a dashed one still opens an entry).
    #[test]
    fn the_archive_copy_closes_the_list() {
        let cases: [(&str, &[&str]); 6] = [
            (
                "Nơi nhận:\n- Như trên;\n- P.PC;\n- Lưu: VT, TTHT.\n792-29706624//2017 pbk\n\nWebsite Cục Thuế Tp. Hồ Chí Minh: Attp:/phem.gdt.gov.vn/wps/portal",
                &["Như trên", "P.PC", "Lưu: VT, TTHT"],
            ),
            (
                "Nơi nhận:\n- Như trên;\n- PTCT Lưu Mạnh Tưởng (để b/cáo);\n- Lưu: VT, TXNK(3).\nWwW",
                &["Như trên", "PTCT Lưu Mạnh Tưởng (để b/cáo)", "Lưu: VT, TXNK(3)"],
            ),
            (
                "Nơi nhận:\n- Như trên;\n- Lưu: VT, CCHĐH (1b). i\nPoel",
                &["Như trên", "Lưu: VT, CCHĐH (1b)"],
            ),
            (
                "Nơi nhận:\n- Website TCT;\n- Ltnr: VT, DNNCN. g\nD,,y Minh\na",
                &["Website TCT", "Ltnr: VT, DNNCN"],
            ),
            (
                "Nơi nhận:\n- Website Cục Thuế;\n- Lưu: VT, TrHT2)ÄR { by >)\nNguyễn Tiến Trường",
                &["Website Cục Thuế", "Lưu: VT, TrHT2)ÄR { by >)"],
            ),
            (
                "Nơi nhận:\n- Như trên;\n- Lưu: VT, TH,\nVX.\n- Bộ Tài chính.",
                &["Như trên", "Lưu: VT, TH, VX", "Bộ Tài chính"],
            ),
        ];
        for (zone, want) in cases {
            assert_eq!(entries([zone].into_iter()), want, "{zone}");
        }
    }

    /// An address or tax code under a name, wrapped over lines until `)` `.` `;` ends
    /// it, is one entry — the one [`is_address`] tells apart.
    #[test]
    fn an_address_is_one_entry_however_it_wraps() {
        let z = "Kính gửi: Công ty TNHH Techno Associe Việt Nam\nĐịa chỉ: Tầng 4, tòa nhà A, Lô DI, đường\nTân Thuận, Q. 7, TP.HCM\nMã số thuế: 0311841654";
        let got = entries([z].into_iter());
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(is_address(&got[1]), "{got:?}");
        for (entry, address) in [
            ("(Địa chỉ: 33 Hai Bà Trưng, Phường Nghĩa Lộ)", true),
            ("Địa chi: Khu công nghiệp Vĩnh Tuy", true),
            ("Đ/c: Cảng SSIT, xã Phước Hòa", true),
            ("MST 0300694567", true),
            ("Mã số thuế: 2300495928", true),
            // `Đ/c` without a colon is `đồng chí`: a person, a recipient.
            ("Đ/c Bộ trưởng (để báo cáo)", false),
            ("Đảng ủy Khối cơ quan tỉnh", false),
            ("Công ty TNHH Yakjin", false),
            // In brackets with no head word: two of the words addresses are made of.
            ("(Lô E, KCN Dong Van I, Dong Văn, Duy Tiên, Hà Nam)", true),
            (
                "(Die: số 466 Đường Hoàng Hoa Thám, tổ 13A, P. Budi, Q. Tây Hà, TP Hà Nội",
                true,
            ),
            ("(Chi nhánh Hà Nam, Việt Nam)", false),
            ("(để báo cáo, phối hợp)", false),
            ("(số lượng, tổ chức)", false),
            // The head is the first twelve folded bytes, or the whole entry where the
            // twelfth falls inside a character (`“`: three bytes from the eleventh).
            ("Địa chỉ abcd “e” f: x", false),
            ("Địa chỉ abc“d: x", true),
        ] {
            assert_eq!(is_address(entry), address, "{entry}");
        }
    }

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

    /// `Kỉnhgửì:` (OCR ran the words together and misread their marks) is the head; a
    /// mark left after it (`>.`) is no entry.
    #[test]
    fn a_head_run_together_is_still_the_head() {
        let z = "Kỉnhgửì: >.\n- Các Bộ, cơ quan ngang Bộ;\n- Ủy ban nhân dân các tỉnh.";
        assert_eq!(
            entries([z].into_iter()),
            ["Các Bộ, cơ quan ngang Bộ", "Ủy ban nhân dân các tỉnh"]
        );
        // A dash before nothing but marks still ends the entry above it.
        let z = "Nơi nhận:\n- Ủy ban Giám sát tài chính Quốc gia;\n- .\n~ Kiểm toán Nhà nước;\n- Lưu: VT.";
        assert_eq!(
            entries([z].into_iter()),
            [
                "Ủy ban Giám sát tài chính Quốc gia",
                "Kiểm toán Nhà nước",
                "Lưu: VT"
            ]
        );
    }

    /// Two letters alone after the head (`Nơi nhận: JE`, a speck) are no entry.
    #[test]
    fn a_speck_after_the_head_is_no_entry() {
        for z in [
            "Nơi nhận: JE\n- Như trên;\n- Lưu: VT.",
            "Noi nh$n: JE\n- Như trên;\n- Lưu: VT.",
        ] {
            assert_eq!(entries([z].into_iter()), ["Như trên", "Lưu: VT"], "{z}");
        }
        let z = "Kính gửi: Sở Y tế\nSở Tài chính";
        assert_eq!(entries([z].into_iter()), ["Sở Y tế", "Sở Tài chính"]);
    }

    /// The head's colon goes with the head; a colon further on is the entry's own (`Kính
    /// gửi các Bộ: Công an, …`, the head without its colon).
    #[test]
    fn a_colon_after_the_first_words_is_the_entrys() {
        for (z, want) in [
            (
                "Kính gửi các Bộ: Công an, Ngoại giao.",
                "các Bộ: Công an, Ngoại giao",
            ),
            ("Kính gửi : Công ty TNHH ABC.", "Công ty TNHH ABC"),
            (
                "Kính gửi:** Bộ trưởng Bộ Công Thương",
                "Bộ trưởng Bộ Công Thương",
            ),
            ("Kính gửi Ủy ban nhân dân tỉnh.", "Ủy ban nhân dân tỉnh"),
        ] {
            assert_eq!(entries([z].into_iter()), [want], "{z}");
        }
    }

    /// `~` at the head of a line is a dash OCR misread (`~ Như trên;`): the list is
    /// dashed, the mark is no part of the entry.
    #[test]
    fn a_tilde_is_a_dash() {
        let z = "Nơi nhận:\n~ Như trên;\nˆ~PTCT Nguyễn Dương Thái (để b/c);\n~ Lưu: VT, TXNK\n(3).";
        assert_eq!(
            entries([z].into_iter()),
            [
                "Như trên",
                "PTCT Nguyễn Dương Thái (để b/c)",
                "Lưu: VT, TXNK (3)"
            ]
        );
    }

    /// Specks of a stamp or a signature after an entry's end are no part of it; what a
    /// list prints there (initials, a name, a count of copies) is.
    #[test]
    fn specks_after_an_entry_go() {
        let z = "Nơi nhận:\n- Như trên; ~\n- Cục GSQL; l\n- Cục Hải quan các tỉnh; ye 2\n- Bộ Tài chính (để b/c); T à\n- Lưu: VT, CST (3). / Wh";
        assert_eq!(
            entries([z].into_iter()),
            [
                "Như trên",
                "Cục GSQL",
                "Cục Hải quan các tỉnh",
                "Bộ Tài chính (để b/c)",
                "Lưu: VT, CST (3)"
            ]
        );
        for (entry, kept) in [
            ("Lưu: VT, TTHTỢ). (Ẳ; 3)", "Lưu: VT, TTHTỢ)"),
            ("Luu: VT, TXNK (3). qv", "Luu: VT, TXNK (3)"),
            (
                "Lưu: VT, TXNK-PL-Thảo (3b). gy /⁄",
                "Lưu: VT, TXNK-PL-Thảo (3b)",
            ),
            ("Luu: VT, TTKT. A", "Luu: VT, TTKT"),
            // A rule read as `l` after a name, without a mark between.
            (
                "Công ty CP Thiết bị Công nghệ MIPEC l",
                "Công ty CP Thiết bị Công nghệ MIPEC",
            ),
            ("Lưu: VT, TXNK (3b). W", "Lưu: VT, TXNK (3b)"),
            ("Lưu: VT, KGVX (3) Q", "Lưu: VT, KGVX (3) Q"),
            // What a list prints after a full stop stays.
            ("Luu: VT, QHQT (2). NT", "Luu: VT, QHQT (2). NT"),
            ("Lưu: VT, TXNK-D. Thuận (3b)", "Lưu: VT, TXNK-D. Thuận (3b)"),
            ("Lưu: VT, PC. Hà", "Lưu: VT, PC. Hà"),
            ("Lưu: VT, TH. (2b)", "Lưu: VT, TH. (2b)"),
            ("Lưu: VT. 05b", "Lưu: VT. 05b"),
            ("Lưu: VT, QLDN3. H(4)", "Lưu: VT, QLDN3. H(4)"),
            (
                "VPCP: BTCN; các Vụ: KGVX, NC",
                "VPCP: BTCN; các Vụ: KGVX, NC",
            ),
        ] {
            assert_eq!(
                super::trim_punct(super::without_specks(entry)),
                kept,
                "{entry}"
            );
        }
        // A letter alone on its line is no entry.
        let z = "Nơi nhận:\nÍ\n- Như trên;\n- P.PC;";
        assert_eq!(entries([z].into_iter()), ["Như trên", "P.PC"]);
    }

    #[test]
    fn a_head_broken_after_its_first_word() {
        let z = "**Kính\ngửi:** Công ty TNHH Minebea AccessSolutions Việt Nam.";
        assert_eq!(
            entries([z].into_iter()),
            ["Công ty TNHH Minebea AccessSolutions Việt Nam"]
        );
        let z = "*Nơi\nnhận:*\n- Như trên;\n- Lưu: VT, KGVX (3).";
        assert_eq!(entries([z].into_iter()), ["Như trên", "Lưu: VT, KGVX (3)"]);
    }

    #[test]
    fn a_name_broken_across_lines_is_one_entry() {
        let z = "**Kính gửi:** Ông Thái Mạnh\nCường";
        assert_eq!(entries([z].into_iter()), ["Ông Thái Mạnh Cường"]);
        // After an entry that ended, a word alone is an entry of its own.
        let z = "Kính gửi:\nSở Tài chính;\nTrường";
        assert_eq!(entries([z].into_iter()), ["Sở Tài chính", "Trường"]);
    }

    #[test]
    fn a_post_alone_names_its_office_on_the_next_line() {
        let z = "**Kính gửi:** Chủ tịch\nỦy ban nhân dân tỉnh Nghệ An";
        assert_eq!(
            entries([z].into_iter()),
            ["Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"]
        );
        // A post with its office is an entry; the next line is one of its own.
        let z = "Kính gửi:\nBộ trưởng Bộ Tài chính\nỦy ban nhân dân các tỉnh";
        assert_eq!(
            entries([z].into_iter()),
            ["Bộ trưởng Bộ Tài chính", "Ủy ban nhân dân các tỉnh"]
        );
        // And a dash opens an entry under a post alone.
        let z = "Nơi nhận:\n- Giám đốc\n- Lưu: VT.";
        assert_eq!(entries([z].into_iter()), ["Giám đốc", "Lưu: VT"]);
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

    /// An enumeration whose commas OCR read as stops goes on over a line of names; a
    /// line under an entry with no stop inside it, or with stops but no enumeration, is
    /// an entry of its own, as printed.
    #[test]
    fn an_enumeration_with_stops_for_commas_goes_on() {
        let z = "Kính gửi các Bộ: Tư pháp, Nội vụ. Xây dựng, Tài chính.\nCông Thương, Khoa học và Công nghệ.";
        assert_eq!(
            entries([z].into_iter()),
            ["các Bộ: Tư pháp, Nội vụ. Xây dựng, Tài chính. Công Thương, Khoa học và Công nghệ"]
        );
        let z = "Kính gửi:\nỦy ban nhân dân các tỉnh, thành phố.\nBộ Tài chính, Bộ Công Thương.";
        assert_eq!(
            entries([z].into_iter()),
            [
                "Ủy ban nhân dân các tỉnh, thành phố",
                "Bộ Tài chính, Bộ Công Thương"
            ]
        );
        let z = "Kính gửi:\nSở Y tế. Sở Tài chính.\nCông an tỉnh, Sở Xây dựng.";
        assert_eq!(
            entries([z].into_iter()),
            ["Sở Y tế. Sở Tài chính", "Công an tỉnh, Sở Xây dựng"]
        );
    }
}
