//! Task tables: a plan's list of tasks printed as a table (`| TT | Tên nhiệm vụ | Cơ
//! quan chủ trì | Cơ quan phối hợp | Kết quả | Thời gian hoàn thành |`), whose rows the
//! segmenter makes items. The head names the columns; each row is read by them.

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
}

/// The cells of a table line: `| a | b |` → [` a `, ` b `].
fn cells(line: &str) -> Vec<&str> {
    let t = line.trim();
    let t = t.strip_prefix('|').unwrap_or(t);
    let t = t.strip_suffix('|').unwrap_or(t);
    t.split('|').collect()
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
            // A head's cells are titles of a few words (a row's task may hold the same
            // words: `… mức độ hoàn thành nhiệm vụ …`).
            let folded: Vec<String> = cells
                .iter()
                .map(|c| fold(c.trim_matches(['*', ' '])))
                .collect();
            if folded.iter().any(|c| c.split_whitespace().nth(6).is_some()) {
                continue;
            }
            let find = |words: &[&str]| {
                folded
                    .iter()
                    .position(|c| words.iter().any(|w| c.contains(w)))
            };
            let task = find(&["nhiem vu", "noi dung", "cong viec", "ten de an"]);
            let lead = find(&["chu tri", "co quan thuc hien", "don vi thuc hien"]);
            let by = find(&["thoi gian", "thoi han", "tien do", "hoan thanh"]);
            let distinct = |k: Option<usize>, t: usize| k != Some(t);
            if let Some(task) = task.filter(|&t| {
                (lead.is_some() || by.is_some()) && distinct(lead, t) && distinct(by, t)
            }) {
                let cols = Columns {
                    cells: cells.len(),
                    task,
                    lead,
                    by,
                };
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
        })
    }
}
