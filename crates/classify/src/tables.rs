//! Task tables: a plan's list of tasks printed as a table (`| TT | Tên nhiệm vụ | Cơ
//! quan chủ trì | Cơ quan phối hợp | Kết quả | Thời gian hoàn thành |`), whose rows the
//! segmenter makes items. The head names the columns; each row is read by them.
//!
//! A web page's table copied as text prints one cell per line or lines, each after a
//! line holding only `|`, a row's last cell followed by its closing `|` and the next
//! row's opening one (`|` / `**TT**` / `|` / `**Nhiệm vụ**` / `|` / … / `|` / `|` / `1`
//! / `|` / `Xây dựng Luật …` / `|` / …): [`cell_rows`] reads such a table's rows,
//! which are no items of the segmenter.

use crate::lexicon::unbold;
use vanban_lexicon::fold;

/// Which cells of a task table's rows hold what.
#[derive(Debug, Clone, Copy)]
struct Columns {
    /// The cells of a row (its head's).
    cells: usize,
    /// The task: `Tên nhiệm vụ`, `Nội dung`, `Nhiệm vụ`, `Công việc`.
    task: usize,
    /// Who leads it: `Cơ quan chủ trì`, `Đơn vị chủ trì`, `Cơ quan thực hiện`.
    lead: Option<usize>,
    /// By when: `Thời gian hoàn thành`, `Thời hạn`, `Tiến độ`.
    by: Option<usize>,
    /// Who works with the lead: `Cơ quan phối hợp`, `Đơn vị phối hợp`.
    partners: Option<usize>,
}

/// The heads of a document's task tables, by byte offset.
#[derive(Debug, Default)]
pub(crate) struct Heads(Vec<(usize, Columns)>);

/// A row of a task table, read by its head's columns.
#[derive(Debug)]
pub(crate) struct Row<'t> {
    pub(crate) task: &'t str,
    pub(crate) lead: &'t str,
    pub(crate) by: &'t str,
    pub(crate) partners: &'t str,
}

/// The cells of a table line: `| a | b |` → [` a `, ` b `].
fn cells(line: &str) -> Vec<&str> {
    let t = line.trim();
    let t = t.strip_prefix('|').unwrap_or(t);
    let t = t.strip_suffix('|').unwrap_or(t);
    t.split('|').collect()
}

/// The columns of a task table whose head has these cells: one naming the task, and
/// one naming who leads or by when. A head's cells are titles of a few words (a row's
/// task may hold the same words: `… mức độ hoàn thành nhiệm vụ …`).
fn columns_of(cells: &[&str]) -> Option<Columns> {
    let folded: Vec<String> = cells.iter().map(|c| fold(unbold(c))).collect();
    if folded.iter().any(|c| c.split_whitespace().nth(6).is_some()) {
        return None;
    }
    let find = |words: &[&str]| {
        folded
            .iter()
            .position(|c| words.iter().any(|w| c.contains(w)))
    };
    let task = find(&["nhiem vu", "noi dung", "cong viec", "ten de an"])?;
    let lead = find(&["chu tri", "co quan thuc hien", "don vi thuc hien"]);
    let by = find(&["thoi gian", "thoi han", "tien do", "hoan thanh"]);
    // (Not the lead's column: `Cơ quan chủ trì, phối hợp` holds both.)
    let partners = find(&["phoi hop"]).filter(|&k| Some(k) != lead && k != task);
    let distinct = |k: Option<usize>| k != Some(task);
    ((lead.is_some() || by.is_some()) && distinct(lead) && distinct(by)).then_some(Columns {
        cells: cells.len(),
        task,
        lead,
        by,
        partners,
    })
}

impl Heads {
    /// Every task table's head in `text`: a line of cells (`|`) naming a task column
    /// and a lead or a when column. One pass over the lines that open with `|`.
    pub(crate) fn find(text: &str) -> Heads {
        let mut heads = Vec::new();
        // Most documents print no table: one search of the text says so.
        if !text.contains('|') {
            return Heads(heads);
        }
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            let start = at;
            at += line.len();
            if !line.trim_start().starts_with('|') {
                continue;
            }
            let cells = cells(line);
            if cells.len() < 3 {
                continue;
            }
            if let Some(cols) = columns_of(&cells) {
                heads.push((start, cols));
            }
        }
        Heads(heads)
    }

    /// The row of a task table that holds byte `at` of `text`, if its line is one: a
    /// line of as many cells as the last head above it.
    pub(crate) fn row<'t>(&self, text: &'t str, at: usize) -> Option<Row<'t>> {
        let k = self.0.partition_point(|&(start, _)| start < at);
        let (_, cols) = *self.0.get(k.checked_sub(1)?)?;
        let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
        let line = &text[start..end];
        if !line.trim_start().starts_with('|') {
            return None;
        }
        let cells = cells(line);
        if cells.len() != cols.cells {
            return None;
        }
        let cell = |k: Option<usize>| k.and_then(|k| cells.get(k).copied()).unwrap_or("");
        Some(Row {
            task: cells[cols.task],
            lead: cell(cols.lead),
            by: cell(cols.by),
            partners: cell(cols.partners),
        })
    }
}

/// A row of a task table printed one cell per line ([`cell_rows`]): its label (the
/// first cell, `1`, `I.2`; under a section's row `II`, `II.1`), its cells by the head's
/// columns, and its bytes.
#[derive(Debug)]
pub(crate) struct CellRow<'t> {
    pub(crate) label: String,
    pub(crate) row: Row<'t>,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// Whether a line holds only the `|` between two cells.
fn is_bar(line: &str) -> bool {
    line.trim() == "|"
}

/// A row's first cell: its number (`1`, `12`, `I`, `IV`, `1.2`, `I.1`, bold or not).
/// (Not `2026`: a year in a cell of when is no label.)
fn is_row_label(cell: &str) -> bool {
    let c = unbold(cell).trim_end_matches('.');
    !c.is_empty()
        && c.split('.').all(|part| {
            (1..=3).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit())
                || (1..=4).contains(&part.len()) && is_roman(part)
        })
}

/// Whether `s` is written in Roman numerals (`I`, `IV`; empty: vacuously).
fn is_roman(s: &str) -> bool {
    s.bytes().all(|b| b"IVXL".contains(&b))
}

/// The task rows of every table of `text` printed one cell per line: a table runs
/// from a `|` line to the first blank line; its first row, up to the first empty cell,
/// is its head (see [`columns_of`]); a row opens at a numbered cell after an empty
/// one (the closing and opening `|` of two rows), and an empty cell inside a row is
/// an empty cell of it. Rows of other lengths (a section's `I` / `Hoàn thiện thể
/// chế`) and rows without a task are none.
pub(crate) fn cell_rows(text: &str) -> Vec<CellRow<'_>> {
    let mut out = Vec::new();
    // Most documents print no such table: one search says so.
    if !text.contains("\n|\n") {
        return out;
    }
    // The cells of the table being read, as byte ranges (trimmed; empty ones too).
    let mut cells: Vec<(usize, usize)> = Vec::new();
    let mut in_table = false;
    let mut cell_start: Option<usize> = None;
    let mut cell_end = 0;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let bar = is_bar(line);
        let blank = line.trim().is_empty();
        if bar || (blank && in_table) {
            if in_table {
                cells.push(cell_start.map_or((start, start), |s| (s, cell_end)));
            }
            cell_start = None;
            if blank {
                read_table(text, &cells, &mut out);
                cells.clear();
                in_table = false;
            } else {
                in_table = true;
            }
            continue;
        }
        if in_table {
            let content = line.trim_end();
            let lead = content.len() - content.trim_start().len();
            cell_start.get_or_insert(start + lead);
            cell_end = start + content.len();
        }
    }
    if in_table {
        if let Some(s) = cell_start {
            cells.push((s, cell_end));
        }
        read_table(text, &cells, &mut out);
    }
    out
}

/// The task rows of the cells of one run of `|` lines (see [`cell_rows`]), which may
/// hold several tables: each opens at its head's `TT` (`STT`) cell and runs to the next
/// head. (Between two tables the second's title is a cell of its own, right after the
/// first's last row.)
fn read_table<'t>(text: &'t str, cells: &[(usize, usize)], out: &mut Vec<CellRow<'t>>) {
    let cell = |k: usize| &text[cells[k].0..cells[k].1];
    let empty = |k: usize| cell(k).trim().is_empty();
    let heads: Vec<usize> = (0..cells.len())
        .filter(|&k| matches!(fold(unbold(cell(k))).as_str(), "tt" | "stt" | "so tt"))
        .collect();
    for (h, &head) in heads.iter().enumerate() {
        let head_end = (head..cells.len())
            .find(|&k| empty(k))
            .unwrap_or(cells.len());
        let names: Vec<&str> = (head..head_end).map(cell).collect();
        let Some(cols) = columns_of(&names) else {
            continue;
        };
        let table_end = heads.get(h + 1).map_or(cells.len(), |&next| next);
        // Where rows open: a numbered cell after an empty one.
        let opens: Vec<usize> = (head_end + 1..table_end)
            .filter(|&k| empty(k - 1) && is_row_label(cell(k)))
            .collect();
        // The section the rows are under (`I` / `Hoàn thiện thể chế`): numbers restart
        // in each, so a row's label is the section's and its own (`II.1`).
        let mut section: Option<&str> = None;
        for (n, &first) in opens.iter().enumerate() {
            let label = unbold(cell(first)).trim_end_matches('.');
            let roman = is_roman(label);
            if roman {
                section = Some(label);
            }
            let mut last = opens.get(n + 1).map_or(table_end, |&next| next);
            // Without the empty cells that close it.
            while last > first && empty(last - 1) {
                last -= 1;
            }
            // The next table's title after the last row.
            if n + 1 == opens.len() && h + 1 < heads.len() && last - first == cols.cells + 1 {
                last -= 1;
            }
            if last - first != cols.cells {
                continue;
            }
            let get = |k: Option<usize>| k.map_or("", |k| cell(first + k));
            let blank = |c: &str| unbold(c).is_empty();
            let task = cell(first + cols.task);
            // A section's row (`I` / `CƠ CHẾ, CHÍNH SÁCH` / `** **` …) leads nothing.
            if blank(task) || (blank(get(cols.lead)) && blank(get(cols.by))) {
                continue;
            }
            let label = match section {
                Some(section) if !roman && !label.contains('.') => format!("{section}.{label}"),
                _ => label.to_string(),
            };
            out.push(CellRow {
                label,
                row: Row {
                    task,
                    lead: get(cols.lead),
                    by: get(cols.by),
                    partners: get(cols.partners),
                },
                start: cells[first].0,
                end: cells[last - 1].1,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::cell_rows;

    /// A web page's task table copied as text (the layout of QĐ 2629/QĐ-TTg and
    /// 2597/QĐ-TTg of 2025 as a legal-text site prints them): a title, the head with
    /// cells broken over lines, a section's row, rows with an empty cell (`|` / `|`
    /// inside the row), a second table whose title follows the first's last row.
    #[test]
    fn a_table_printed_one_cell_per_line_gives_its_rows() {
        let text = "PHỤ LỤC I\n\
            |\n**TT**\n|\n**Nhiệm vụ, giải\npháp**\n|\n**Cơ quan chủ trì**\n|\n**Cơ quan phối hợp**\n|\n**Thời gian thực\nhiện**\n|\n\
            |\n**I**\n|\n**Hoàn thiện thể chế**\n|\n\
            |\n1\n|\nNghiên cứu, xây dựng Luật Chuyển đổi số và các\nNghị định hướng dẫn.\n|\nBộ Khoa học và\nCông nghệ\n|\nBộ Công an, Bộ Tài\nchính\n|\nTháng 12/2025\n|\n\
            |\n2\n|\nXây dựng Luật An ninh dữ liệu.\n|\nBộ Công an\n|\n|\nTháng 12/2026\n|\n\
            |\n**II**\n|\n**CƠ CHẾ, CHÍNH SÁCH**\n|\n** **\n|\n** **\n|\n** **\n|\n\
            |\n3\n|\nRà soát toàn diện các luật có liên quan.\n|\nBộ Xây dựng\n|\nCác bộ, ngành\n|\n2026\n|\n\
            **PHỤ LỤC II**\nCÁC CHỈ TIÊU\n|\n**STT**\n|\n**Chỉ tiêu**\n|\n**Đơn vị**\n|\n\
            |\n1\n|\nTỷ lệ dịch vụ công trực tuyến\n|\n%\n|\n\n\
            Nơi khác: 12 | 2026\n";
        let read = cell_rows(text);
        let rows: Vec<(&str, &str, &str, &str)> = read
            .iter()
            .map(|r| (r.label.as_str(), r.row.task, r.row.lead, r.row.by))
            .collect();
        assert_eq!(
            rows,
            [
                (
                    "I.1",
                    "Nghiên cứu, xây dựng Luật Chuyển đổi số và các\nNghị định hướng dẫn.",
                    "Bộ Khoa học và\nCông nghệ",
                    "Tháng 12/2025"
                ),
                (
                    "I.2",
                    "Xây dựng Luật An ninh dữ liệu.",
                    "Bộ Công an",
                    "Tháng 12/2026"
                ),
                (
                    "II.3",
                    "Rà soát toàn diện các luật có liên quan.",
                    "Bộ Xây dựng",
                    "2026"
                ),
            ]
        );
        // Each row's bytes run from its number to its last cell.
        let r = &cell_rows(text)[1];
        assert!(text[r.start..r.end].starts_with("2\n|\nXây dựng"));
        assert!(text[r.start..r.end].ends_with("Tháng 12/2026"));
        // No table, or a table with no task column: no rows.
        assert!(cell_rows("Kính gửi: Sở Y tế\n|\nNơi nhận:\n- Lưu: VT.\n|\n").is_empty());
    }
}
