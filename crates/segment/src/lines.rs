//! Lines of a text with their content range: the line without surrounding white space
//! and layout marks (`**`, `|`, `#`), so that patterns see `Số 275-CV/ĐUK` whether the
//! copy printed it plain, bold, or inside a flattened table cell.

use vanban_text::layout::{has_column_gap, is_page_marker, PageBreaks};

/// One line: `start..end` without the `\n`; `cs..ce` its content. A line that is only
/// decoration (`-------`, `*`, `|`) has `cs == ce`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line {
    pub start: usize,
    pub end: usize,
    pub cs: usize,
    pub ce: usize,
    /// 0 for the first cell of a printed line; 1, 2… for the cells to its right when
    /// the line holds two columns side by side (separated by a tab or 3+ spaces).
    pub cell: u8,
    /// A converter's page marker or the page number printed under it: layout that
    /// reads as a blank line ([`is_page_marker`]).
    pub page_mark: bool,
}

impl Line {
    pub fn content<'t>(&self, text: &'t str) -> &'t str {
        &text[self.cs..self.ce]
    }

    /// Empty or white space, or a converter's page marker ([`is_page_marker`]): the
    /// blocks around a page break read as if the marker were a blank line.
    pub fn is_blank(&self, text: &str) -> bool {
        self.page_mark || text[self.start..self.end].trim().is_empty()
    }
}

fn lead_mark(c: char) -> bool {
    c.is_whitespace() || matches!(c, '*' | '|' | '#' | '>' | '`')
}

fn trail_mark(c: char) -> bool {
    c.is_whitespace() || matches!(c, '*' | '|' | '\\' | '`')
}

fn only_decoration(s: &str) -> bool {
    s.chars().all(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '-' | '_' | '=' | '.' | '*' | '|' | '~' | '–' | '—' | '\\' | '#' | '+'
            )
    })
}

/// The lines of `text`, each two-column line split into its cells: a header or footer
/// table read row by row puts `Nơi nhận:` and `KT. THỦ TƯỚNG` on one line, far apart.
pub(crate) fn split_lines(text: &str) -> Vec<Line> {
    let mut lines = Vec::with_capacity(text.len() / 40 + 1);
    let mut start = 0;
    for i in memchr::memchr_iter(b'\n', text.as_bytes()) {
        push_cells(text, start, i, &mut lines);
        start = i + 1;
    }
    if start < text.len() {
        push_cells(text, start, text.len(), &mut lines);
    }
    mark_page_breaks(text, &mut lines);
    lines
}

/// Mark the page markers, and the page number a scan prints at the top of the next
/// page (`--- PAGE BREAK ---` / `2` / `đ) Tăng cường …`: the `2` is no item label).
fn mark_page_breaks(text: &str, lines: &mut [Line]) {
    let mut breaks = PageBreaks::default();
    for line in lines.iter_mut() {
        if breaks.is_break(&text[line.start..line.end]) {
            line.page_mark = true;
            line.cs = line.ce;
        }
    }
}

fn push_cells(text: &str, start: usize, end: usize, out: &mut Vec<Line>) {
    // Most lines hold one cell: a gap needs a tab or three spaces, which two vector
    // searches rule out faster than the loop below tells them apart (`contains("   ")`
    // built its searcher anew for every line; a search for every space stopped every
    // few bytes).
    if !has_column_gap(&text.as_bytes()[start..end]) {
        out.push(make(text, start, end));
        return;
    }
    let bytes = text.as_bytes();
    let mut cell_start = start;
    let mut cell = 0u8;
    let mut i = start;
    // Leading indentation is not a gap.
    while i < end && (bytes[i] == b' ' || bytes[i] == b'\t') {
        i += 1;
    }
    while i < end {
        if bytes[i] == b'\t'
            || (bytes[i] == b' ' && i + 2 < end && bytes[i + 1] == b' ' && bytes[i + 2] == b' ')
        {
            let mut j = i;
            while j < end && (bytes[j] == b' ' || bytes[j] == b'\t') {
                j += 1;
            }
            if j < end && i > cell_start {
                let mut line = make(text, cell_start, i);
                line.cell = cell;
                if line.cs < line.ce || cell == 0 {
                    out.push(line);
                    cell += 1;
                }
                cell_start = j;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    let mut line = make(text, cell_start, end);
    line.cell = cell;
    out.push(line);
}

fn make(text: &str, start: usize, end: usize) -> Line {
    let raw = &text[start..end];
    let t = raw.trim_start_matches(lead_mark);
    let cs = start + (raw.len() - t.len());
    let t = t.trim_end_matches(trail_mark);
    let ce = cs + t.len();
    // (A page marker opens with its rule: one byte tells most lines apart.)
    if only_decoration(t) || (t.starts_with(['-', '=', '_', '–', '—']) && is_page_marker(raw)) {
        return Line {
            start,
            end,
            cs: ce,
            ce,
            cell: 0,
            page_mark: false,
        };
    }
    Line {
        start,
        end,
        cs,
        ce,
        cell: 0,
        page_mark: false,
    }
}

#[cfg(test)]
mod tests {
    use super::split_lines;

    #[test]
    fn two_columns_are_two_cells_and_the_last_line_needs_no_line_end() {
        let text = "TỈNH ỦY NGHỆ AN      ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 12-CT/TU";
        let cells: Vec<(&str, u8)> = split_lines(text)
            .iter()
            .map(|l| (l.content(text), l.cell))
            .collect();
        assert_eq!(
            cells,
            [
                ("TỈNH ỦY NGHỆ AN", 0),
                ("ĐẢNG CỘNG SẢN VIỆT NAM", 1),
                ("", 0),
                ("Số 12-CT/TU", 0)
            ]
        );
    }
}
