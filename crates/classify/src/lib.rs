//! The task classifier: every item of a directive's body as a tracked task — who must
//! act, what kind of work it is, by when (`tasks` in `docs/schema.md` §2, the model in
//! `docs/tasks.md`).
//!
//! # Overview
//!
//! * Items come from the segmenter's `item` zones. Their printed labels (`II.`, `1.`,
//!   `1-`, `a)`, `-`, `+`, `Điều 2.`) give the nesting ([`items`]): a section heading is
//!   not a task, its items are (`II.3`); dash points under a numbered item belong to
//!   that item's task; dash items at the top level are numbered by position.
//! * An item is a task when it asks for something: a cue verb of the
//!   [`TaskLexicon`] (data file `data/task_cues.tsv`, extensible with `--lexicon FILE`)
//!   or a `Giao …` / `Đề nghị …` / `Yêu cầu …` form, and it is not under a heading of
//!   purposes, assessments or definitions (a decision's `Điều 1. Phê duyệt Đề án …`
//!   states the plan, except its `Tổ chức thực hiện` part, which assigns work).
//! * Assignees are the bodies named before the first verb (or the end of the name's
//!   sentence), split at commas and `và` only where each part is a body; after a
//!   leading phrase of time, a ground (`Căn cứ …, `) or a condition (`Trường hợp … thì
//!   …`), or the bodies a title regards (`Đối với các sở, ban, ngành:`); a request of a
//!   deed (`Đề nghị bỏ đoạn …`) or of a form's blank (`Đề nghị ....(B)....`) names none,
//!   and a blank after a name (`… Trung ương *(tên)*..…..`) is no part of it. An item that names none takes the body a
//!   heading above it names (`1. Sở Y tế` / `a) Chủ trì, phối hợp …`, said in
//!   `evidence`), or a field of it (`Cơ quan chủ trì: …`; a task printed as field
//!   items, `a) Nhiệm vụ:` / `b) Cơ quan thực hiện:` / `c) Thời gian thực hiện:`, is one
//!   task); none named → `assignees_implicit`.
//! * Coordinators, the bodies the assignees are told to work with: after each
//!   accepted `coordinate` cue (`phối hợp`) by `với`/`cùng`, or by a body's head right
//!   after `phối hợp` (`phối hợp Bộ Công an …`), past words of manner (`chặt chẽ`), to
//!   where an assignee's name would end or the scope begins (`… trong các quy định về
//!   …`), split as assignees are; in the item's field `Cơ quan
//!   phối hợp:`; in a task table's column of them. Not a co-ordination described
//!   (`phối hợp giữa …`), `với nhau`, a common noun.
//! * Actions are decided by the cue verbs after the assignees, found by the one
//!   Aho-Corasick pass over the folded item (no case, no diacritics) that also finds
//!   the stop words and recurrence phrases, ignoring cue words inside a cited
//!   document's title, in a body's name or negated; `evidence` lists the words.
//! * Deadlines: a date after `trước`/`chậm nhất`/`hạn`, `trong tháng 8/2021` (its last
//!   day), a quarter or a year; recurring duties (`hằng tuần`); a deadline written once
//!   in the closing line binds every task.
//! * Task tables (`| TT | Tên nhiệm vụ | Cơ quan chủ trì | … | Thời gian hoàn thành |`,
//!   a plan's list of tasks): each labelled row is a task read by the head's columns —
//!   the task column its text, the lead column its assignees, the column of when its
//!   deadline (`Quý I/2025`, `6/2025`, `2025`) — wherever the table stands; so is each
//!   numbered row of a web page's task table copied one cell per line (module `tables`).
//!
//! # Example
//!
//! ```
//! use vanban_classify::Classifier;
//! let c = Classifier::new();
//! let (assignees, implicit) = c.assignees("Giao Ban Tuyên giáo tham mưu Ban Thường vụ chỉ đạo.");
//! assert_eq!((assignees, implicit), (vec!["Ban Tuyên giáo".to_string()], false));
//! let actions: Vec<_> = c.actions("Ban Tuyên giáo tham mưu, theo dõi và báo cáo.").0;
//! assert_eq!(actions, ["advise", "inspect", "report"]);
//! ```
#![deny(missing_docs, rustdoc::broken_intra_doc_links)]

use regex::Regex;
use vanban_lexicon::{bare_too, fold, iso_date as iso, last_day};
use vanban_types::{Analysis, Deadline, Record, SegmentKind, Stage, Task};

pub mod items;
mod lexicon;
mod tables;

use lexicon::{
    find_accepted, opening, same_or_undiacritized, same_or_undiacritized_words, unbold, Folded,
    Set, CITED_TYPES,
};
pub use lexicon::{Cue, LexiconError, TaskLexicon, ACTIONS, BUILTIN_CUES, TASK_FILES};

/// What an item's cue words say ([`Classifier::actions_after`]).
struct Cues {
    /// Action categories, in order of first cue.
    actions: Vec<&'static str>,
    /// The words that decided them.
    evidence: Vec<String>,
    /// Where each `coordinate` cue ends: the bodies worked with follow
    /// ([`Classifier::coordinators`]).
    coordinate_ends: Vec<usize>,
}

/// The task classifier. Build once; it is `Send + Sync`.
#[derive(Debug, Clone)]
pub struct Classifier {
    lex: TaskLexicon,
    re: Patterns,
}

#[derive(Debug, Clone)]
struct Patterns {
    /// `Giao …`, `Đề nghị …`, `Yêu cầu …` opening an item.
    assign: Regex,
    /// A leading phrase of time or condition ending in a comma: `Định kỳ hằng năm, `.
    lead_adverbial: Regex,
    /// A leading ground ending in a comma: `Căn cứ Kế hoạch này, `, `Trên cơ sở quy định này, `.
    lead_ground: Regex,
    /// `Đối với `, regarding, opening a title that names bodies (`Đối với các sở, ban,
    /// ngành, UBND các xã, phường` / `- Hoàn thành …`).
    regarding: Regex,
    /// A leading condition: `Trường hợp `, `Đối với ` (its end is found by
    /// [`Classifier::after_condition`]).
    lead_condition: Regex,
    /// `Quyết định này có hiệu lực …` up to the end of its sentence.
    in_force: Regex,
    /// An aside of scope in a field of bodies: `trong phạm vi chức năng, nhiệm vụ của
    /// mình`, `theo chức năng, nhiệm vụ được giao`.
    field_aside: Regex,
    /// A deadline date: `trước ngày 30/6/2021`, `chậm nhất ngày 15-8-2021`.
    date_deadline: Regex,
    /// `trước ngày 15 tháng 8 năm 2021`.
    date_words: Regex,
    /// `trong tháng 8/2021`, `trong tháng 8 năm 2021`.
    in_month: Regex,
    /// `trong quý I năm 2025`, `quý II/2025`.
    in_quarter: Regex,
    /// `trong năm 2022`.
    in_year: Regex,
}

impl Default for Classifier {
    fn default() -> Self {
        Classifier::new()
    }
}

impl Classifier {
    /// A classifier with the built-in lexicon.
    pub fn new() -> Classifier {
        Classifier::with_lexicon(TaskLexicon::builtin())
    }

    /// A classifier with a given lexicon (see [`TaskLexicon::parse`]).
    pub fn with_lexicon(lex: TaskLexicon) -> Classifier {
        let re =
            |p: &str| Regex::new(p).unwrap_or_else(|e| panic!("bad built-in pattern {p}: {e}"));
        // Deadline patterns run on the folded text (lower case, no diacritics): plain
        // ASCII patterns that the fast engine runs, and that OCR's dropped diacritics do
        // not defeat. Offsets map back through `Folded`.
        const DEADLINE: &str = r"(?:truoc(?:\s+\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2}(?:\s*phut)?)?(?:\s+ngay)?)?|cham\s+nhat(?:\s+(?:la|vao|den))?|han\s+chot|han\s+cuoi|thoi\s+han|khong\s+qua|xong\s+truoc|den\s+het|hoan\s+thanh(?:\s+[a-z]+){0,3}?\s+(?:truoc|trong))";
        Classifier {
            lex,
            re: Patterns {
                // (These three also read a text typed without diacritics: `De nghi`.)
                assign: re(&bare_too(
                    r"(?i)^(?:giao(?:\s+nhiệm\s+vụ)?(?:\s+cho)?|đề\s+nghị|yêu\s+cầu)\s+",
                )),
                lead_adverbial: re(&bare_too(
                    r"^(?:Định\s+kỳ|Hằng\s+năm|Hàng\s+năm|Hằng\s+tháng|Hàng\s+tháng|Hằng\s+quý|Trước\s+ngày|Trong\s+(?:thời\s+gian|tháng|quý|năm)|Sau\s+khi|Khi\s|Ngay\s+sau|Từ\s+nay)[^,;:.]{0,60},\s*",
                )),
                lead_ground: re(&bare_too(r"^(?:Căn\s+cứ|Trên\s+cơ\s+sở)[^,;:.]{0,60},\s*")),
                lead_condition: re(&bare_too(r"^(?:Trường\s+hợp|Đối\s+với)\s")),
                regarding: re(&bare_too(r"^Đối\s+với\s+")),
                in_force: re(&bare_too(
                    r"^(?:Quyết định|Nghị định|Chỉ thị|Quy định|Thông tư|Nghị quyết|Kế hoạch)\s+này\s+có\s+hiệu\s+lực[^.]*\.\s*",
                )),
                field_aside: re(&bare_too(
                    r"(?i)\s+(?:trong\s+phạm\s+vi|theo)\s+chức\s+năng,?\s+nhiệm\s+vụ(?:\s+(?:của\s+mình|được\s+giao))?",
                )),
                date_deadline: re(&format!(
                    r"(?-u){DEADLINE}\s+(?:ngay\s+)?(?P<d>\d{{1,2}})\s*[/.\-]\s*(?P<m>\d{{1,2}})\s*[/.\-]\s*(?P<y>\d{{4}})"
                )),
                date_words: re(&format!(
                    r"(?-u){DEADLINE}\s+ngay\s+(?P<d>\d{{1,2}})\s+thang\s+(?P<m>\d{{1,2}})\s+nam\s+(?P<y>\d{{4}})"
                )),
                in_month: re(r"(?-u)trong\s+thang\s+(?P<m>\d{1,2})\s*(?:/|nam)\s*(?P<y>\d{4})"),
                in_quarter: re(
                    r"(?-u)(?:trong|truoc\s+het)\s+quy\s+(?P<q>i{1,3}|iv|[1-4])\s*(?:/|nam)\s*(?P<y>\d{4})",
                ),
                in_year: re(r"(?-u)trong\s+nam\s+(?P<y>\d{4})"),
            },
        }
    }

    /// The tasks of an analysed document.
    pub fn classify(&self, a: &Analysis) -> Vec<Task> {
        let text = a.text();
        // The folded texts map offsets in 32 bits (see `Folded::map`); no directive is
        // a thousandth of that.
        if u32::try_from(text.len()).is_err() {
            return Vec::new();
        }
        let tree = items::Tree::build(text, &a.segments);
        let closing: String = a
            .segments_of(SegmentKind::Closing)
            .map(|s| s.span().slice(text))
            .collect::<Vec<_>>()
            .join(" ");
        let closing_deadline = self.deadline(&closing);
        // The heads of the task tables a plan prints (`| TT | Tên nhiệm vụ | Cơ quan chủ
        // trì | … | Thời gian hoàn thành |`): their rows are tasks read by column.
        let heads = tables::Heads::find(text);
        // … and those of a web page's tables copied one cell per line.
        let cell_rows = tables::cell_rows(text);
        let quoted = quoted_blocks(text);
        let mut tasks = Vec::new();
        // One folded text, refilled for each item: its buffers are allocated once per
        // document, not three times per item.
        let mut folded = Folded::empty();
        for cand in tree.candidates() {
            // A line of a row's cell that reads as an item is the row's.
            let k = cell_rows.partition_point(|r| r.start <= cand.start);
            if k > 0 && cand.start < cell_rows[k - 1].end {
                continue;
            }
            // A provision a letter quotes (`… quy định:` / `“1. Người nộp thuế …` / `2.
            // …”`) is the law's, not a task of the letter.
            let q = quoted.partition_point(|&(s, _)| s < cand.start);
            if q > 0 && cand.start < quoted[q - 1].1 {
                continue;
            }
            // Items under a heading of purposes or assessments ask nothing (see `asks`):
            // skip them before any work.
            // (A task table's row is a task whatever heading the table falls under: a
            // plan's tables follow its last section, often its objectives.)
            if let Some(row) = heads.row(text, cand.start) {
                tasks.extend(self.table_task(&cand, &row, &mut folded));
                continue;
            }
            if cand.under_non_task_heading {
                continue;
            }
            let mut body = if cand.article {
                // `1. Giao Ủy ban nhân dân Thành phố tổ chức thực hiện` / `Nghị quyết.`:
                // a sentence that asks is no title (titles name a subject).
                // Nor is the text after a label whose bold closed before it (`**Điều 4.
                // **Chánh Văn phòng` / `Ủy ban nhân dân tỉnh, …`).
                // And a point of an article (`Điều 10.3.a`: `a) Tổ chức triển khai thực
                // hiện` / `Quy định …`) has a title only when it stands apart, on a line
                // of its own or in bold (`1. Kinh phí thực hiện` / blank / `Kinh phí …`).
                let t = cand.text.trim_start();
                let point = cand.label.contains('.');
                if self.re.assign.is_match(t)
                    || cand.label_closes_bold
                    || (point && !title_stands_apart(t))
                {
                    collapse(t)
                } else {
                    strip_article_title(cand.text)
                }
            } else {
                self.join_title_line(cand.text)
            };
            if cand.article {
                // `Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng … chịu
                // trách nhiệm thi hành …`: the duty follows the sentence on validity.
                if let Some(m) = self.re.in_force.find(&body) {
                    body = body[m.end()..].trim().to_string();
                }
            }
            // `Về kiến nghị …: Giao Bộ Tài chính …`: a notice's answer to a request; who
            // acts, what they do and by when are read from the answer (the request names
            // bodies and verbs of its own), the request stays in the task's text.
            let (answer_at, answers_request) = answer_to_request(&body, |a| {
                self.re.assign.is_match(a) || self.lex.starts_with_head(a)
            })
            .unwrap_or((0, false));
            let reading = &body[answer_at..];
            // One folding of the item serves assignees, actions, the checks of `asks`
            // and the deadline.
            folded.scan(reading, &self.lex);
            let folded = &folded;
            let (mut assignees, mut implicit) = self.assignees_folded(reading, folded);
            let Cues {
                actions,
                mut evidence,
                coordinate_ends,
            } = self.actions_after(reading, folded, (&assignees, implicit));
            // An item that names no one in its sentence may in a field of its own
            // (`Cơ quan chủ trì: Sở Nội vụ, Sở Tài chính.`) …
            if implicit {
                if let Some((label, value)) = labelled_field(reading, &items::LEAD_FIELDS) {
                    let names = self.field_assignees(reading, value);
                    if !names.is_empty() {
                        evidence.push(format!("assignees from the field: {label}: {value}"));
                        (assignees, implicit) = (names, false);
                    }
                }
            }
            // … or under a heading that names a body (`1. Bộ Xây dựng` / `a) Chủ trì,
            // phối hợp …`): the heading's body does it.
            let mut lead_heading = None;
            if implicit {
                if let Some((names, heading)) = self.heading_assignees(&cand) {
                    evidence.push(format!("assignees from the heading: {heading}"));
                    (assignees, implicit) = (names, false);
                    lead_heading = Some(heading);
                }
            }
            // An answer to a request that names who is to act asks, whatever its verbs
            // (`Về kiến nghị …: Các Bộ, cơ quan liên quan … nghiên cứu kỹ nội dung kiến
            // nghị …`); not one that says what was done (`… đã có văn bản trả lời`).
            let answered = answers_request && !implicit && !first_sentence(reading).contains("đã ");
            if !answered && !self.asks(reading, folded, &cand, implicit, !actions.is_empty()) {
                continue;
            }
            let mut deadline = self.deadline_folded(reading, folded);
            // `Thời gian thực hiện: Quý III/2025.`: when, in a field of its own.
            if deadline.is_none() {
                if let Some((label, value)) = labelled_field(reading, &items::WHEN_FIELDS) {
                    deadline = self.field_deadline(value);
                    if deadline.is_some() {
                        evidence.push(format!("deadline from the field: {label}: {value}"));
                    }
                }
            }
            if let Some(cd) = &closing_deadline {
                deadline = Some(match deadline {
                    None => cd.clone(),
                    Some(mut d) => {
                        d.date = d.date.or(cd.date.clone());
                        d.every = d.every.or(cd.every.clone());
                        d
                    }
                });
                evidence.push(format!("deadline from the closing line: {}", cd.text));
            }
            let mut coordinators =
                self.coordinators_after(reading, folded, &coordinate_ends, &mut evidence);
            // `1. Bộ Công Thương chủ trì, phối hợp với các bộ, cơ quan liên quan:` / `a)
            // …`: a point that takes its lead from the heading works with the bodies
            // the heading names, unless it names its own.
            if let Some(heading) = lead_heading.filter(|_| coordinators.is_empty()) {
                coordinators = self.coordinators(&collapse(heading));
                if !coordinators.is_empty() {
                    evidence.push(format!("coordinators from the heading: {heading}"));
                }
            }
            tasks.push(task_of(
                &cand,
                body,
                (assignees, coordinators),
                &actions,
                deadline,
                evidence,
            ));
        }
        if !cell_rows.is_empty() {
            for r in &cell_rows {
                let cand = items::Candidate {
                    label: r.label.clone(),
                    text: &text[r.start..r.end],
                    start: r.start,
                    end: r.end,
                    under_non_task_heading: false,
                    announced: false,
                    article: false,
                    label_closes_bold: false,
                    headings: Vec::new(),
                };
                tasks.extend(self.table_task(&cand, &r.row, &mut folded));
            }
            // In text order, with the items' tasks.
            tasks.sort_by_key(|t| t.start);
        }
        tasks
    }

    /// The bodies named by the innermost heading above `cand` that names any, and that
    /// heading: `Bộ Xây dựng`, `Sở Nội vụ:`, `Đối với Sở Tài chính`, `Trách nhiệm của
    /// Sở Y tế`, `Sở Y tế chủ trì thực hiện các nội dung sau:`.
    fn heading_assignees<'c>(&self, cand: &items::Candidate<'c>) -> Option<(Vec<String>, &'c str)> {
        cand.headings.iter().rev().find_map(|&heading| {
            let h = unbold(heading);
            // A heading of names is a few words, not in capitals (`CÁC NHIỆM VỤ, GIẢI
            // PHÁP` is a section's title).
            if h.chars().count() > 160 || !h.starts_with(char::is_uppercase) {
                return None;
            }
            let first: Vec<&str> = h.split_whitespace().take(3).collect();
            if first.iter().all(|w| !w.chars().any(char::is_lowercase)) {
                return None;
            }
            // `Đối với …`, `Trách nhiệm (của) …`: the names follow these words (and
            // the heading has more words than these).
            let f = fold(&first.join(" "));
            let words = h.split_whitespace().count();
            let skip = [
                ("doi voi", 2),
                ("trach nhiem cua", 3),
                ("nhiem vu cua", 3),
                ("trach nhiem", 2),
            ]
            .iter()
            .find(|(p, n)| f.starts_with(p) && words > *n)
            .map_or(0, |&(_, n)| n);
            let mut rest = h;
            for _ in 0..skip {
                rest = rest.trim_start();
                rest = rest.find(char::is_whitespace).map_or("", |k| &rest[k..]);
            }
            let rest = collapse(rest.trim_start());
            let (names, implicit) = self.assignees(&rest);
            if implicit || !names.iter().all(|n| self.names_a_body(n)) {
                return None;
            }
            // An article's clause is a rule more often than a duty (`Đoàn kiểm tra, người
            // thực hiện nhiệm vụ kiểm tra thực hiện kiểm tra như sau:`): there the heading
            // is the names and nothing more, or the names and `có trách nhiệm:`.
            if cand.article {
                let last = names.last().map_or("", String::as_str);
                let end = rest.find(last).map_or(rest.len(), |k| k + last.len());
                let tail = fold(
                    after_blank(&rest[end..])
                        .trim_matches(|c: char| c == ':' || c == '.' || c.is_whitespace()),
                );
                if !["", "co trach nhiem", "chiu trach nhiem", "co nhiem vu"]
                    .contains(&tail.as_str())
                {
                    return None;
                }
            }
            Some((names, h))
        })
    }

    /// Whether a name read off a heading is a body's: it opens with an assignee head
    /// that is no common noun of legal texts (`Các trường hợp …`, `Người bán hàng`,
    /// `Cơ sở dữ liệu …`); after `Các`, the next word is a head too (`Các bộ, ngành`,
    /// not `Các quy định chung`).
    fn names_a_body(&self, name: &str) -> bool {
        if common_noun(name) {
            return false;
        }
        let f = fold(opening(name, 48));
        let after_cac = f.strip_prefix("cac ").unwrap_or(&f);
        // A body's name is printed with a capital (`phòng, chống dịch` is no `Phòng`),
        // and says which body: a bare `Cơ quan`, `Hội đồng` (what the name reader
        // leaves of `Cơ quan chủ trì giải quyết …`, `Hội đồng kỷ luật …`) does not.
        let plural = after_cac.len() < f.len();
        if !plural && (!name.starts_with(char::is_uppercase) || !name.trim().contains(' ')) {
            return false;
        }
        if !plural
            && ["co quan", "hoi dong", "don vi", "to chuc", "uy ban", "ban"].contains(&f.as_str())
        {
            return false;
        }
        let printed = if plural {
            name.trim_start()
                .split_once(char::is_whitespace)
                .map_or("", |(_, r)| r.trim_start())
        } else {
            name
        };
        self.lex.starts_with_head(printed)
    }

    /// A row of a task table as a task: its task column the text, its lead column the
    /// assignees (split as a list of bodies), its column of when the deadline, read as
    /// a date by which (`Quý I/2025` is the quarter's last day, `01/2025` the month's,
    /// `2025` the year's). A row with no task text is none.
    fn table_task(
        &self,
        cand: &items::Candidate,
        row: &tables::Row,
        folded: &mut Folded,
    ) -> Option<Task> {
        let text = collapse(row.task.trim_matches(['*', ' ']));
        if text.is_empty() {
            return None;
        }
        let lead = collapse(row.lead.trim_matches(['*', ' ']));
        let assignees = self.table_bodies(&lead);
        folded.scan(&text, &self.lex);
        let implicit = assignees.is_empty();
        let Cues {
            actions,
            mut evidence,
            coordinate_ends,
        } = self.actions_after(&text, folded, (&assignees, implicit));
        // The column of the bodies worked with, and those the task's text names.
        let partners = collapse(row.partners.trim_matches(['*', ' ']));
        // (Split at `và` too where a body follows: `Bộ Nội vụ và các bộ, ngành khác`.)
        let mut coordinators: Vec<String> = Vec::new();
        for piece in self.table_bodies(&partners) {
            coordinators.extend(self.split_bodies(&piece, " và "));
        }
        coordinators.extend(self.coordinators_after(
            &text,
            folded,
            &coordinate_ends,
            &mut evidence,
        ));
        let coordinators = first_of_each(coordinators);
        let by = collapse(row.by.trim_matches(['*', ' ']));
        let deadline = self.column_deadline(&by);
        evidence.push(format!("table row: lead \"{lead}\", by \"{by}\""));
        if !partners.is_empty() {
            evidence.push(format!("coordinators from the table: \"{partners}\""));
        }
        Some(task_of(
            cand,
            text,
            (assignees, coordinators),
            &actions,
            deadline,
            evidence,
        ))
    }

    /// The bodies of a task table's cell of them (`VTV, VOV, TTXVN, các địa phương`; a
    /// cell's commas without their space too).
    fn table_bodies(&self, cell: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for part in cell.split(';') {
            // `Bộ Khoa học và Công nghệ với các tiêu chuẩn … áp dụng chung toàn quốc`: the
            // bodies, then what each leads on (no body after `với`).
            let part = match part.find(" với ") {
                Some(k) if !self.lex.starts_with_head(&part[k + " với ".len()..]) => &part[..k],
                _ => part,
            };
            let part = part
                .split(',')
                .map(str::trim)
                .collect::<Vec<_>>()
                .join(", ");
            out.extend(self.split_bodies(&part, ", "));
        }
        out
    }

    /// A task table's column of when (`Quý I/2025`, `01/2025`, `Tháng 5/2025`, `2025`,
    /// `Hằng năm`, `Trước 30/6/2025`, `Thường xuyên`): the cell as printed, with the date
    /// by which or the period when it reads as one.
    fn column_deadline(&self, cell: &str) -> Option<Deadline> {
        if cell.is_empty() {
            return None;
        }
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        let parts: Vec<&str> = cell.split('/').collect();
        let phrase = match parts.as_slice() {
            // `01/2025`: the month; `2025`: the year; `30/6/2025`: the day.
            [m, y] if m.len() <= 2 && y.len() == 4 && digits(m) && digits(y) => {
                format!("trong tháng {cell}")
            }
            [y] if y.len() == 4 && digits(y) => format!("trong năm {cell}"),
            [d, m, y] if digits(d) && digits(m) && digits(y) => format!("trước {cell}"),
            _ => format!("trong {cell}"),
        };
        // Read or not (`Thường xuyên`, ongoing; `2025-2030`), the column says when, as
        // printed.
        let read = self.deadline(cell).or_else(|| self.deadline(&phrase));
        Some(Deadline {
            text: cell.to_string(),
            date: read.as_ref().and_then(|d| d.date.clone()),
            every: read.and_then(|d| d.every),
        })
    }

    /// The deadline a field of when says (`Quý III/2025`, `Tháng 6/2025`, `Thường
    /// xuyên`, kept as printed): read as a column of when is ([`Self::column_deadline`]),
    /// but with no date for a start that goes on (`Năm 2025 và các năm tiếp theo`).
    fn field_deadline(&self, value: &str) -> Option<Deadline> {
        let mut d = self.column_deadline(value)?;
        if fold(value).contains("tiep theo") {
            d.date = None;
        }
        Some(d)
    }

    /// `Sở Y tế` / `Là cơ quan thường trực, tham mưu …`: an item whose first line only
    /// names bodies, with its duties on the next lines, reads `Sở Y tế: Là cơ quan …`;
    /// so does one whose title of names the copy broke over two lines or three, in bold
    /// or set apart by a blank line ([`bold_title`]).
    fn join_title_line(&self, text: &str) -> String {
        let t = text.trim_start();
        // A bold title broken over lines (`**3. Sở` / `Nông nghiệp và Môi trường**`):
        // the title is the whole bold run, not its first line.
        let bold = bold_title(t);
        // The same title without marks, set apart by a blank line (`4. Sở Tài` / `chính`
        // / (blank) / `Chủ trì, phối hợp …`).
        let apart = || {
            // Looked for in the first three lines only: an item's text can be long.
            let mut line = 0;
            for _ in 0..3 {
                let end = line + t[line..].find('\n')?;
                if t[end + 1..].starts_with('\n') {
                    return Some((&t[..end], &t[end + 2..]));
                }
                line = end + 1;
            }
            None
        };
        // … or followed by duties in bullets (`a) Đối với các sở, ban, ngành,` / `UBND
        // các xã, phường` / `- Hoàn thành …`).
        let before_bullet = || {
            let mut line = 0;
            for _ in 0..3 {
                let end = line + t[line..].find('\n')?;
                if t[end + 1..].starts_with(BULLETS) {
                    // (A colon inside ends a title before: `… các Tập đoàn: Công nghiệp` /
                    // `- Viễn thông Quân đội …` is a name broken at its dash.)
                    let title = &t[..end];
                    return (!title.trim_end().trim_end_matches(':').contains(':'))
                        .then_some((title, &t[end + 1..]));
                }
                line = end + 1;
            }
            None
        };
        if let Some((title, rest)) = bold.or_else(apart).or_else(before_bullet) {
            let r = rest.trim_start();
            // Two lines or three, no sentence; the duties in capitals after them. Its
            // colon, if it has one, is the one put back; an italic's marks go (`*Sở` /
            // `Tư pháp*`).
            if (2..=3).contains(&title.lines().count()) && opens_duties(r) {
                let f = collapse(title.trim_matches(['*', ' ', '\n']).trim_end_matches(':'));
                let names = self.names_in_title(&f);
                if !f.ends_with(['.', ';', ','])
                    && self.names_a_body(names)
                    && self.name_end(names) == names.len()
                {
                    return format!("{f}: {}", collapse(r));
                }
            }
            if bold.is_some() {
                return collapse(t);
            }
        }
        if let Some((first, rest)) = t.split_once('\n') {
            let f = first.trim().trim_matches(['*', ' ']);
            let r = rest.trim_start().trim_start_matches(['*', ' ']);
            let names = self.regarded(f);
            if !r.is_empty()
                && opens_duties(r)
                && !f.ends_with(['.', ';', ',', ':'])
                && f.chars().count() < 150
                && !broken_at_width(first, f, rest)
                && self.lex.starts_with_head(names)
                && self.name_end(names) == names.len()
                // (A blank line after it sets a line apart: it goes on over none.)
                && !self.name_goes_on(
                    if rest.trim_start_matches([' ', '\t']).starts_with('\n') { "" } else { f },
                    r,
                )
            {
                return format!("{f}: {}", collapse(rest));
            }
        }
        collapse(t)
    }

    /// The names of a title: after a request to a body outside the issuer's line
    /// (`Đề nghị Ủy ban Mặt trận Tổ quốc …`), as the reader of names takes it, or after
    /// `Đối với` (`Đối với các sở, ban, ngành`).
    fn names_in_title<'f>(&self, f: &'f str) -> &'f str {
        match self.re.assign.find(f) {
            Some(m) => &f[m.end()..],
            None => self.regarded(f),
        }
    }

    /// `f` after `Đối với`, if it opens with it.
    fn regarded<'f>(&self, f: &'f str) -> &'f str {
        &f[self.re.regarding.find(f).map_or(0, |m| m.end())..]
    }

    /// Whether the name on a title's line `first` (empty when a blank line follows it)
    /// goes on over the next (`Sở Văn hóa, Thể thao và` / `Du lịch: …`; `Ủy ban nhân
    /// dân thành phố Hà` / `Nội, thành phố …`): the next line opens with a few words of
    /// no verb, then a comma, a colon or `và` — a name's end, or a list of names; or,
    /// after a long line, with a name's last words and its verb.
    fn name_goes_on(&self, first: &str, next: &str) -> bool {
        let line = next.lines().next().unwrap_or("");
        // A bullet opens duties, never the rest of a name.
        if line.starts_with(BULLETS) {
            return false;
        }
        // A long first line (a title is a few words) broken before a name's last words,
        // its verb right after them: `… Ủy ban Kiểm tra Huyện ủy và Ban Tuyên giáo` /
        // `Huyện ủy huy động các nguồn lực …`.
        let words_before_verb = line[..self.name_end(line)].split_whitespace().count();
        if first.chars().count() >= 40 && (1..=2).contains(&words_before_verb) {
            return true;
        }
        // (Or `và`, a list's last name: `Liên minh Hợp tác xã Việt` / `Nam và Liên minh
        // Hợp tác xã cấp tỉnh rà soát …`.)
        let Some(k) = line
            .find([',', ':'])
            .into_iter()
            .chain(line.find(" và "))
            .min()
        else {
            return false;
        };
        line[..k].split_whitespace().count() <= 3
            && (self.name_end(line) > 0 || !self.opens_with_marked_verb(line))
    }

    /// Whether `line` opens with a verb as printed: a stop word with its marks (all
    /// stop words have some), or without them in a line typed without any. `Nam` in
    /// `Việt` / `Nam và …` is the verb `nắm` only with its marks lost, and the rest of
    /// the line has its marks: the name's last word, not a verb.
    fn opens_with_marked_verb(&self, line: &str) -> bool {
        if line.is_ascii() {
            return true;
        }
        let folded = Folded::scanned(line, &self.lex);
        let stops = self.lex.set(Set::Stops);
        // (Bound to a name: the iterator borrows `folded` and `stops`, which a tail
        // expression's temporaries would outlive.)
        let marked = folded
            .occurrences_of(&stops)
            .filter(|o| o.start == 0 && folded.whole_words(o.start, o.end))
            .any(|o| !line[..folded.orig(o.end)].is_ascii());
        marked
    }

    /// Whether a candidate item asks someone to do something.
    fn asks(
        &self,
        body: &str,
        folded: &Folded,
        cand: &items::Candidate,
        implicit: bool,
        has_actions: bool,
    ) -> bool {
        if cand.under_non_task_heading {
            return false;
        }
        if body.is_empty() || is_fill_in(body) {
            return false;
        }
        // The checks below look at the first words only (a heading before a colon has
        // at most six words, so a colon far into the item never counts).
        let f = folded.s.as_str();
        // `Đối tượng kiểm tra: …`, `Thời gian: …`: a heading word and a colon state a
        // fact of the plan, they ask nothing.
        const STATEMENTS: [&str; 14] = [
            "doi tuong",
            "noi dung",
            "thoi gian",
            "pham vi",
            "hinh thuc",
            "muc dich",
            "dia diem",
            "thanh phan",
            "phuong phap",
            "kinh phi",
            "chu de",
            "thoi diem",
            "nguyen tac",
            "giai thich tu ngu",
        ];
        // `Thời gian qua, các cấp ủy đã tập trung lãnh đạo …`: an assessment of what was
        // done, not a request.
        const PAST: [&str; 6] = [
            "thoi gian qua",
            "nhung nam qua",
            "trong thoi gian qua",
            "qua ",
            "ket qua",
            "nam qua",
        ];
        if PAST.iter().any(|p| f.starts_with(p)) {
            return false;
        }
        let head = f.split(':').next().unwrap_or("");
        if f.contains(':')
            && head.split_whitespace().count() <= 6
            && STATEMENTS.iter().any(|s| head.starts_with(s))
        {
            return false;
        }
        const NOT_TASKS: [&str; 5] = [
            "ban hanh kem theo",
            "phe duyet",
            "thanh lap",
            "kien toan",
            "cong nhan",
        ];
        if cand.article {
            // An article is a duty only when it names who must act (`Điều 2. Giao Sở …`);
            // articles that set rules, scope or validity ask nothing of anyone.
            if NOT_TASKS.iter().any(|p| f.starts_with(p)) || implicit {
                return false;
            }
        }
        // `Khẩn trương rà soát, điều chỉnh …`, `Tập trung vận hành …`: an item that
        // opens with a word that urges (`urging.tsv`) asks, whether or not its verbs
        // fall in a category — whoever does it, named nowhere or by its heading (`1. Bộ
        // Công Thương:` / `c) Chủ động xây dựng chính sách …`).
        self.re.assign.is_match(body)
            || has_actions
            // (Announced as work to do: `… cần thực hiện các nhiệm vụ, giải pháp sau:`.)
            || (implicit && cand.announced)
            || self.lex.urging.iter().any(|u| f.starts_with(u.as_str()))
    }

    /// The assignees named at the start of an item, and whether none is named.
    pub fn assignees(&self, body: &str) -> (Vec<String>, bool) {
        self.assignees_folded(body, &Folded::scanned(body, &self.lex))
    }

    /// [`Classifier::assignees`] with the item already folded.
    fn assignees_folded(&self, body: &str, folded: &Folded) -> (Vec<String>, bool) {
        // `Định kỳ hằng năm, Văn phòng Trung ương Đảng tổng hợp …`: the body's name
        // follows a leading phrase of time; after a ground (`Căn cứ Kế hoạch này, các
        // sở, ban, ngành …`, `…, Giám đốc các Sở …`), only a body's name, capitalized
        // or plural (not `Căn cứ quy định nêu trên, trường hợp Công ty …`).
        let from = self
            .re
            .lead_adverbial
            .find(body)
            .or_else(|| {
                self.re.lead_ground.find(body).filter(|m| {
                    let rest = &body[m.end()..];
                    (rest.starts_with(char::is_uppercase) || rest.starts_with("các "))
                        && self.lex.starts_with_head(rest)
                })
            })
            // `Đối với các sở, ban, ngành: …`: bodies regarded, by a head that is not
            // `các` alone (`Đối với các trường hợp vi phạm, …` names none) nor a person
            // (`Đối với người nhập cảnh chưa tiêm …`), in a sentence without a `thì`
            // (`Đối với người giữ chức vụ … thì Thủ tướng Chính phủ …`: a condition).
            .or_else(|| {
                self.re.regarding.find(body).filter(|m| {
                    let rest = &body[m.end()..];
                    let noun = rest.strip_prefix("các ").unwrap_or(rest);
                    let clause = &rest[..rest.find(['.', ';', ':']).unwrap_or(rest.len())];
                    self.lex.starts_with_head(noun)
                        && noun
                            .split_whitespace()
                            .next()
                            .is_none_or(|w| fold(w) != "nguoi")
                        && !clause.contains(" thì ")
                })
            })
            .map(|m| m.end())
            // `Trường hợp … thì Bộ trưởng …`: the body after the condition (a condition
            // with no body after it names none: `Trường hợp` is no head).
            .or_else(|| self.after_condition(body))
            .unwrap_or(0);
        let (from, assigned) = match self.re.assign.find(&body[from..]) {
            Some(m) => (from + m.end(), true),
            None => (from, false),
        };
        let rest = &body[from..];
        // A request of a deed, not of a body (`Đề nghị bỏ đoạn …`, `Yêu cầu về các loại
        // giấy phép …`): the recipients are asked; a body's name after the request
        // opens with a head or a capital.
        if assigned && rest.starts_with(char::is_lowercase) && !self.lex.starts_with_head(rest) {
            return (Vec::new(), true);
        }
        let mut end = self.name_end_at(body, folded, from) - from;
        if let Some(relative) = assigned_relative_end(rest, end) {
            end = relative;
        }
        if let Some(colon) = rest[..end].find(':') {
            end = colon;
        }
        if let Some(stop) = sentence_end(&rest[..end]) {
            end = stop;
        }
        let mut name = without_blank(
            rest[..end]
                .trim()
                .trim_end_matches([',', ';', ':', '-'])
                .trim(),
        );
        // A word of tense before the verb that ended the name is no part of it
        // (`Doanh nghiệp đang sử dụng hóa đơn …`, `… các dự án đã hoàn thành …`), as
        // printed: folded, `đã` would be the `Đà` of `Tổng công ty Sông Đà`.
        name = without_last_word_if(name, |last| ["đang", "đã", "sẽ"].contains(&last));
        // A list of a dozen bodies runs to 330 characters (KH 1026/KH-UBND, III.6); a
        // run longer than 400 found no verb to end it: no name.
        if name.is_empty() || name.chars().count() > 400 {
            return (Vec::new(), true);
        }

        if !assigned && !self.lex.starts_with_head(name) {
            return (Vec::new(), true);
        }
        (self.split_names(name), false)
    }

    /// The bodies named in an item's field of them (`value`, a slice of `body`): the
    /// names of its first clause, and of each clause after a `;` that opens with a
    /// body's head (`Cơ quan thực hiện: Sở Nội vụ chủ trì tham mưu …; Sở Tư pháp và các
    /// sở, ban, ngành … chủ động tổ chức …`), without asides of scope (`Sở Nội vụ, các
    /// sở, ban, ngành trong phạm vi chức năng, nhiệm vụ của mình và các cơ quan …`).
    fn field_assignees(&self, body: &str, value: &str) -> Vec<String> {
        let mut names = Vec::new();
        let mut clause = value;
        loop {
            let plain = self.re.field_aside.replace_all(clause, "");
            let (found, none) = self.assignees(&plain);
            if !none {
                names.extend(found);
            }
            // The next clause: after this one's `;`, to the next `;`, the sentence's end
            // or the next field's dash.
            // (`clause` is a slice of `body`; were it not, there is no next clause.)
            let end = (clause.as_ptr() as usize)
                .checked_sub(body.as_ptr() as usize)
                .map(|at| at + clause.len());
            let Some(next) = end
                .and_then(|end| body.get(end..))
                .and_then(|rest| rest.trim_start_matches(['.', '*', ' ']).strip_prefix(';'))
            else {
                break;
            };
            let next = next.trim_start();
            let stop = [". ", ";", " - "]
                .iter()
                .filter_map(|e| next.find(e))
                .min()
                .unwrap_or(next.len());
            clause = next[..stop].trim_end_matches(['.', '*', ' ']);
            if clause.is_empty() || !self.lex.starts_with_head(clause) {
                break;
            }
        }
        names
    }

    /// The bodies of a printed list of names: `;` separates bodies; `và` and `,` only
    /// where the next part is a body of its own (`Ban chỉ đạo phòng, chống COVID-19
    /// tỉnh` stays one).
    fn split_names(&self, name: &str) -> Vec<String> {
        let mut out = Vec::new();
        for part in name.split("; ").map(str::trim).filter(|p| !p.is_empty()) {
            // Most parts are one body: nothing to split (what `split_bodies` would
            // return, without its vectors).
            if !part.contains(" và ") && !part.contains(" va ") && !part.contains(", ") {
                out.push(part.to_string());
                continue;
            }
            // (`va`: `và` in a text typed without diacritics.)
            for piece in self.split_bodies(part, " và ") {
                for piece in self.split_bodies(&piece, " va ") {
                    out.extend(self.split_bodies(&piece, ", "));
                }
            }
        }
        out
    }

    /// Where the body named after a leading condition starts: `Trường hợp vi phạm có
    /// tình tiết phức tạp thì Bộ trưởng …`, `Trường hợp các đơn vị … có ý kiến khác
    /// nhau, cơ quan chủ trì …` (the first `thì` or comma of the sentence that a body's
    /// name follows; a comma inside the condition is followed by none).
    fn after_condition(&self, body: &str) -> Option<usize> {
        let from = self.re.lead_condition.find(body)?.end();
        // `Đối với X, …` regards X: only its `thì` opens the body's name (`Đối với công
        // chức …, thì người đứng đầu …`); the comma after X goes on about X.
        let comma = !self.re.regarding.is_match(body);
        // The condition is one clause of its sentence: a few hundred bytes at most.
        let mut window = body.len().min(from + 320);
        while !body.is_char_boundary(window) {
            window -= 1;
        }
        let clause = &body[from..window];
        let clause = &clause[..clause.find([';', ':', '.']).unwrap_or(clause.len())];
        let mut at = 0;
        while let Some(k) = clause[at..].find([',', ' ']) {
            let sep = at + k;
            at = sep + 1;
            let after = (comma.then(|| clause[sep..].strip_prefix(", ")).flatten())
                .or_else(|| clause[sep..].strip_prefix(" thì "))
                .or_else(|| clause[sep..].strip_prefix(" thi "));
            if let Some(rest) = after {
                if self.lex.starts_with_head(rest) {
                    return Some(from + clause.len() - rest.len());
                }
            }
        }
        None
    }

    /// Where the bodies named at the start of `rest` end: the first verb (a cue or a
    /// stop word, not inside a blocking phrase such as `Ban chỉ đạo`, not a capitalized
    /// word of a name), or the end of `rest`.
    fn name_end(&self, rest: &str) -> usize {
        self.name_end_at(rest, &Folded::scanned(rest, &self.lex), 0)
    }

    /// [`Classifier::name_end`] of `text[from..]`, with `text` already folded; the
    /// offset returned is into `text`.
    fn name_end_at(&self, text: &str, folded: &Folded, from: usize) -> usize {
        // A name is short: look at the first 800 bytes only.
        let (start, end) = (folded.index_of(from), folded.index_of(from + 800));
        let rest = &text[from..];
        let found = find_accepted(folded, self.lex.set(Set::Stops), start..end, |m| {
            let (s, e) = (folded.orig(m.start), folded.orig(m.end));
            let pid = m.pattern;
            let block = pid < self.lex.stop_cues && self.lex.cues[pid].action.is_none();
            folded.whole_words(m.start, m.end)
                && same_or_undiacritized_words(&text[s..e], &self.lex.stop_canon[pid])
                && (block || !in_a_name(rest, s - from))
        });
        for m in found {
            let pid = m.pattern;
            if pid < self.lex.stop_cues && self.lex.cues[pid].action.is_none() {
                continue; // a blocking phrase: part of a name
            }
            return folded.orig(m.start);
        }
        folded.orig(end)
    }

    /// Split `s` at `sep` where the part after it starts with a body's head; other parts
    /// stay with the part before them.
    fn split_bodies(&self, s: &str, sep: &str) -> Vec<String> {
        const ENUMERATED: [&str; 18] = [
            "huyen uy",
            "thi uy",
            "thanh uy",
            "quan uy",
            "dang uy",
            "tinh uy",
            "huyen",
            "thi xa",
            "thanh pho",
            "xa",
            "phuong",
            "thi tran",
            "so",
            "ban",
            "nganh",
            "doan the",
            "chi bo",
            "dang bo",
        ];
        // Most names are one body: nothing to split, nothing to fold.
        if !s.contains(sep) {
            let piece = s.trim();
            return if piece.is_empty() {
                Vec::new()
            } else {
                vec![piece.to_string()]
            };
        }
        let mut out: Vec<String> = Vec::new();
        let mut last_folded = String::new();
        let sep_folded = fold(sep);
        // One folded text for every piece, refilled.
        let mut folded = Folded::empty();
        for piece in s.split(sep) {
            let piece = piece.trim();
            folded.refill(piece);
            let f = folded.s.as_str();
            let last_f = last_folded.as_str();
            // `Ủy ban kiểm tra các huyện ủy, thành ủy, đảng ủy …`, `các sở, ban, ngành`:
            // an enumeration inside one body's name.
            // `Thủ trưởng các vụ, cục thuộc Bộ`: a ministry's units, in lower case (a
            // capitalized `Cục Thuế` after `các vụ,` is a body of its own).
            let units_in_lower_case = piece.starts_with(char::is_lowercase)
                && ["vu", "cuc", "vien", "don vi"]
                    .iter()
                    .any(|e| f == *e || (f.starts_with(e) && f[e.len()..].starts_with(' ')));
            let enumerated = !out.is_empty()
                && last_f.contains(" cac ")
                && (units_in_lower_case
                    || ENUMERATED
                        .iter()
                        .any(|e| f == *e || (f.starts_with(e) && f[e.len()..].starts_with(' '))))
                && piece.split_whitespace().count() <= 6;
            let one_word = piece.split_whitespace().count() == 1;
            // `các chi, đảng bộ trực thuộc` (chi bộ, đảng bộ); `Bí thư đảng ủy, chi bộ cơ sở`
            // (the secretary of either): the next part belongs to the same entry.
            // (`chi` as printed: `… cơ quan báo chí và Ủy ban …` are two bodies.)
            let abbreviated = out.last().is_some_and(|l| l.ends_with(" chi"));
            let of_person = ["bi thu ", "pho bi thu ", "nguoi dung dau "]
                .iter()
                .any(|p| last_f.starts_with(p))
                && !f.starts_with("cac ")
                && ![
                    "bi thu",
                    "chu tich",
                    "giam doc",
                    "thu truong",
                    "truong ",
                    "pho ",
                ]
                .iter()
                .any(|p| f.starts_with(p));
            // `Chánh Văn phòng HĐND và UBND huyện`: the one office that serves both the
            // council and the committee (Văn phòng HĐND và UBND), not two bodies.
            let shared_office = ["van phong hoi dong nhan dan", "van phong hdnd"]
                .iter()
                .any(|o| last_f.ends_with(o))
                && ["uy ban nhan dan", "ubnd"].iter().any(|c| f.starts_with(c));
            // `các bộ, cơ quan liên quan`, `các sở, ngành, cơ quan liên quan`: a bare
            // plural (`các` and a word or two) and bodies in lower case that end with
            // `liên quan` share its `các` and the qualifier, one entry as `các bộ, ngành
            // liên quan` is (corpus/CONVENTIONS.md); `các Bộ, cơ quan ngang bộ` stays two.
            let shares_plural = sep == ", "
                && last_f.starts_with("cac ")
                && last_f.split_whitespace().count() <= 4
                && !last_f.contains("lien quan")
                && piece.starts_with(char::is_lowercase)
                && !f.starts_with("cac ")
                && f.ends_with("lien quan")
                && f.split_whitespace().count() <= 5;
            match out.last_mut() {
                Some(last)
                    if enumerated
                        || shares_plural
                        || one_word
                        || abbreviated
                        || of_person
                        || shared_office
                        || !self.lex.starts_with_head_folded(piece, &folded) =>
                {
                    last.push_str(sep);
                    last.push_str(piece);
                    last_folded.push_str(&sep_folded);
                    last_folded.push_str(f);
                }
                _ => {
                    out.push(piece.to_string());
                    last_folded.clear();
                    last_folded.push_str(f);
                }
            }
        }
        out.retain(|p| !p.is_empty());
        out
    }

    /// The action categories of an item's text (after its assignees), in order of first
    /// cue, and the words that decided them.
    pub fn actions(&self, body: &str) -> (Vec<&'static str>, Vec<String>) {
        let (names, implicit) = self.assignees(body);
        let read = self.actions_after(body, &Folded::scanned(body, &self.lex), (&names, implicit));
        (read.actions, read.evidence)
    }

    /// [`Classifier::actions`] with the item's assignees already read.
    fn actions_after(&self, body: &str, folded: &Folded, assignees: (&[String], bool)) -> Cues {
        let masked = self.masked_ranges(body, folded, assignees);
        let mut actions: Vec<&'static str> = Vec::new();
        let mut evidence = Vec::new();
        let mut coordinate_ends = Vec::new();
        let cues = self.lex.set(Set::Cues);
        let found = find_accepted(folded, cues, 0..folded.s.len(), |m| {
            let (s, e) = (folded.orig(m.start), folded.orig(m.end));
            let pid = m.pattern;
            folded.whole_words(m.start, m.end)
                && same_or_undiacritized(&body[s..e], &self.lex.cue_canon[pid])
                && (self.lex.cues[pid].action.is_none() || !in_a_name(body, s))
        });
        for m in found {
            let cue = &self.lex.cues[m.pattern];
            let Some(action) = cue.action else { continue };
            let (s, e) = (folded.orig(m.start), folded.orig(m.end));
            if masked.iter().any(|(ms, me)| s >= *ms && s < *me) {
                continue;
            }
            // Only the few words before the cue can negate it.
            let mut from = s.saturating_sub(24);
            while !body.is_char_boundary(from) {
                from += 1;
            }
            if negated(&body[from..s]) && !cue.negative {
                continue;
            }
            let name = ACTIONS[action];
            if !actions.contains(&name) {
                actions.push(name);
            }
            if name == "coordinate" {
                coordinate_ends.push(e);
            }
            evidence.push(body[s..e].to_string());
        }
        Cues {
            actions,
            evidence,
            coordinate_ends,
        }
    }

    /// The bodies an item's text tells its assignees to work with (`coordinators` in
    /// the task): `Sở Y tế chủ trì, phối hợp với Sở Tài chính và các cơ quan liên quan
    /// xây dựng …` → `Sở Tài chính`, `các cơ quan liên quan`.
    pub fn coordinators(&self, body: &str) -> Vec<String> {
        let folded = Folded::scanned(body, &self.lex);
        let (names, implicit) = self.assignees_folded(body, &folded);
        let cues = self.actions_after(body, &folded, (&names, implicit));
        self.coordinators_after(body, &folded, &cues.coordinate_ends, &mut Vec::new())
    }

    /// The bodies an item's assignees are told to work with, named after the item's
    /// `coordinate` cues (`coordinate_ends`, where each ends) by `với` or `cùng` or,
    /// after `phối hợp`, by a body's head (`phối hợp Bộ Công an …`), past
    /// words of manner (`phối hợp chặt chẽ với Sở Tài chính và các cơ quan liên quan
    /// xây dựng …` → `Sở Tài chính`, `các cơ quan liên quan`), and in its field of them
    /// (`Cơ quan phối hợp: Sở Tư pháp.`). Each name ends where an assignee's would (a
    /// verb or stop word, the clause's end) and is split as assignees are; each is
    /// kept once, in text order. A co-ordination described (`phối hợp giữa A với B`),
    /// or `với` no body (`phối hợp với nhau`), names none; cues in a cited title or a
    /// negated one never reach here. The field, when read, is said in `evidence`.
    fn coordinators_after(
        &self,
        body: &str,
        folded: &Folded,
        coordinate_ends: &[usize],
        evidence: &mut Vec<String>,
    ) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for &end in coordinate_ends {
            let from = match partner_start(body, end) {
                Some(Partner::Introduced(from)) => from,
                // `Phối hợp Sở Khoa học và Công nghệ tiếp nhận …`: a body right after
                // `phối hợp`, known by its head (`phối hợp thực hiện` names none).
                Some(Partner::Bare(from))
                    if fold(&body[..end]).ends_with("phoi hop")
                        && self.lex.starts_with_head(&body[from..]) =>
                {
                    from
                }
                _ => continue,
            };
            let rest = &body[from..];
            let mut len = self.name_end_at(body, folded, from) - from;
            if let Some(stop) = rest[..len].find([';', ':', '(']) {
                len = stop;
            }
            if let Some(stop) = sentence_end(&rest[..len]) {
                len = stop;
            }
            if let Some(stop) = scope_start(&rest[..len]) {
                len = stop;
            }
            let mut name = rest[..len]
                .trim()
                .trim_end_matches([',', '-', '.'])
                .trim_end();
            // (A name cut before the line that went on: `… Công an trong` / `…`; or
            // before a verb after `có`: `Bộ Nội vụ có văn bản …`.)
            name = without_last_word_if(name, |last| {
                ["trong", "va", "voi", "de", "co"].contains(&fold(last).as_str())
            });
            let first = name.split([',', ';']).next().unwrap_or("");
            if name.is_empty()
                || name.chars().count() > 400
                || common_noun(first)
                || !(self.lex.starts_with_head(first) || first.starts_with(char::is_uppercase))
            {
                continue;
            }
            out.extend(self.split_names(name));
        }
        if let Some((label, value)) = labelled_field(body, &items::PARTNER_FIELDS) {
            out.extend(self.split_names(value));
            evidence.push(format!("coordinators from the field: {label}: {value}"));
        }
        first_of_each(out)
    }

    /// The titles of documents cited in `body`: from a type word followed by a number
    /// (`Chỉ thị số 05-CT/TW …`) whose title opens with `về`/`V/v` within the clause, to
    /// the end of that clause. The item's one scan finds the type words (folded); they
    /// count as printed, capitalized, one after another without overlapping.
    fn cited_titles(&self, body: &str, folded: &Folded) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for (start, end) in self.cited_type_words(body, folded) {
            let after = &body[end..];
            // (The clause ends at `;`, `:` or its sentence's end: `… Nghị quyết số
            // 214/NQ-CP … về thúc đẩy …. Các bộ, ngành … phối hợp với …` asks anew.)
            let clause_end = [after.find([';', ':']), sentence_end(after)]
                .into_iter()
                .flatten()
                .min()
                .map_or(body.len(), |k| end + k);
            let clause = &body[end..clause_end];
            // A citation has a number among its first words (40 characters).
            let head = &clause[..clause
                .char_indices()
                .nth(40)
                .map_or(clause.len(), |(i, _)| i)];
            if !head.chars().any(|c| c.is_ascii_digit()) && !head.trim_start().starts_with("số") {
                continue;
            }
            match clause.find(" về ").or_else(|| clause.find(" V/v ")) {
                Some(k) if k <= 200 => out.push((start, clause_end)),
                _ => {}
            }
        }
        out
    }

    /// The type words of [`CITED_TYPES`] as printed in `body` (byte ranges), one after
    /// another without overlapping, from the item's one scan.
    fn cited_type_words(&self, body: &str, folded: &Folded) -> Vec<(usize, usize)> {
        let set = self.lex.set(Set::CitedTypes);
        let mut out: Vec<(usize, usize)> = Vec::new();
        for o in folded.occurrences_of(&set) {
            let (start, end) = (folded.orig(o.start), folded.orig(o.end));
            if out.last().is_none_or(|&(_, e)| start >= e)
                && body[start..end] == *CITED_TYPES[o.pattern - set.start]
            {
                out.push((start, end));
            }
        }
        out
    }

    /// Ranges whose cue words are not the item's: the assignee names at the start, and
    /// the titles of cited documents.
    fn masked_ranges(
        &self,
        body: &str,
        folded: &Folded,
        (names, implicit): (&[String], bool),
    ) -> Vec<(usize, usize)> {
        let mut out = self.cited_titles(body, folded);
        if !implicit {
            if let Some(last) = names.last() {
                if let Some(i) = find_near_start(body, last) {
                    let mut end = i + last.len();
                    // `Phó Chủ tịch Hội đồng là đại diện lãnh đạo bộ phận tham mưu …;`:
                    // what the body is, to the clause's end, asks nothing (`Sở Y tế là
                    // cơ quan thường trực, tham mưu …` asks after its comma).
                    if body[end..].starts_with(" là ") {
                        end += body[end..]
                            .find([',', ';', '.', ':'])
                            .unwrap_or(body.len() - end);
                    }
                    out.push((0, end));
                }
            }
        }
        out
    }

    /// The deadline stated in a text, if any.
    pub fn deadline(&self, text: &str) -> Option<Deadline> {
        self.deadline_folded(text, &Folded::scanned(text, &self.lex))
    }

    /// [`Classifier::deadline`] on a text already folded.
    fn deadline_folded(&self, text: &str, folded: &Folded) -> Option<Deadline> {
        let r = &self.re;
        let mut date: Option<(String, String)> = None;
        let f = folded.s.as_str();
        // Every date form needs a digit and its own words: skip a pattern whose words are
        // not in the text (most items have no deadline).
        let has_digit = text.bytes().any(|b| b.is_ascii_digit());
        let deadline_words = has_digit
            && [
                "truoc",
                "cham nhat",
                "han ",
                "khong qua",
                "xong",
                "den het",
                "hoan thanh",
            ]
            .iter()
            .any(|w| f.contains(w));
        // The phrase as printed, from a match in the folded text.
        let printed =
            |m: regex::Match| text[folded.orig(m.start())..folded.orig(m.end())].to_string();
        for re in [&r.date_deadline, &r.date_words]
            .into_iter()
            .filter(|_| deadline_words)
        {
            if let Some(c) = re.captures(f) {
                if let Some(d) = iso(&c["d"], &c["m"], &c["y"]) {
                    date = c.get(0).map(|m| (d, printed(m)));
                    break;
                }
            }
        }
        if date.is_none()
            && has_digit
            && (f.contains("thang") || f.contains("quy") || f.contains("trong nam"))
        {
            if let Some(c) = r.in_month.captures(f) {
                let (m, y): (u32, i32) = (c["m"].parse().unwrap_or(0), c["y"].parse().unwrap_or(0));
                date = last_day(y, m).zip(c.get(0).map(printed));
            } else if let Some(c) = r.in_quarter.captures(f) {
                let q = match &c["q"] {
                    "i" | "1" => 1,
                    "ii" | "2" => 2,
                    "iii" | "3" => 3,
                    _ => 4,
                };
                date = last_day(c["y"].parse().unwrap_or(0), q * 3).zip(c.get(0).map(printed));
            } else if let Some(c) = r.in_year.captures(f) {
                date = last_day(c["y"].parse().unwrap_or(0), 12).zip(c.get(0).map(printed));
            }
        }
        // The first recurrence phrase of whole words, the phrases read left to right
        // without overlapping.
        let recurrences = self.lex.set(Set::Recurrence);
        let mut pos = 0;
        let mut every = None;
        while let Some(m) = folded.leftmost_longest(&recurrences, pos..folded.s.len()) {
            if folded.whole_words(m.start, m.end) {
                every = Some((
                    self.lex.recurrence[m.pattern - recurrences.start].1.clone(),
                    text[folded.orig(m.start)..folded.orig(m.end)].to_string(),
                ));
                break;
            }
            pos = m.end;
        }
        if date.is_none() && every.is_none() {
            return None;
        }
        let phrase = match (&date, &every) {
            (Some((_, t)), Some((_, e))) => format!("{t}; {e}"),
            (Some((_, t)), None) => t.clone(),
            (None, Some((_, e))) => recurrence_phrase(text, e),
            (None, None) => String::new(),
        };
        Some(Deadline {
            text: collapse(&phrase),
            date: date.map(|d| d.0),
            every: every.map(|e| e.0),
        })
    }
}

/// `name` without its last word (and a comma before it) when `drop` says that word is
/// no part of a name: the words a name was cut after (`… Công an trong`, `Doanh
/// nghiệp đang`).
fn without_last_word_if(name: &str, drop: impl Fn(&str) -> bool) -> &str {
    match name.rsplit_once(' ') {
        Some((kept, last)) if drop(last) => kept.trim_end_matches(','),
        _ => name,
    }
}

/// The blocks of `text` in curly quotes that run over more than one line (`“1. Người
/// nộp thuế …` / `2. … trốn thuế”.`): a letter's quotation of the provisions it
/// applies, in text order. A `”` closes the last `“` before it; an earlier `“` with no
/// `”` of its own opens nothing (a stray mark), nor does a quotation longer than 20,000
/// bytes. One pass over the marks (a text of many stray marks costs no more).
fn quoted_blocks(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (at, mark) in text.match_indices(['“', '”']) {
        if mark == "“" {
            open = Some(at);
            continue;
        }
        let Some(o) = open.take() else {
            continue;
        };
        let inner = &text[o + '“'.len_utf8()..at];
        if inner.len() <= 20_000 && inner.contains('\n') {
            out.push((o, at));
        }
    }
    out
}

/// The first sentence of `text`: up to its first `. ` or `; `, or all of it.
fn first_sentence(text: &str) -> &str {
    let end = [". ", "; "]
        .iter()
        .filter_map(|p| text.find(p))
        .min()
        .unwrap_or(text.len());
    &text[..end]
}

/// Where the answer starts in an item that answers a request (`Về kiến nghị …:`, `Về
/// đề nghị …:`, as a notice of conclusions answers a province's): after the colon that
/// ends the request, within its first 1,600 bytes (a request of several clauses runs to
/// some 600 characters). An item on another topic (`Về việc xây dựng hệ thống dữ liệu
/// …:`) is answered so when what follows its colon assigns the work (`Giao Bộ Tài chính
/// …`, `Bộ Nội vụ …`): `assigns` says whether a text opens so. With whether the item
/// answers a request (`Về kiến nghị`, `Về đề nghị`) rather than a topic.
fn answer_to_request(body: &str, assigns: impl Fn(&str) -> bool) -> Option<(usize, bool)> {
    let opening = opening(body, 24);
    let f = fold(opening);
    let request = f.starts_with("ve kien nghi") || f.starts_with("ve de nghi");
    if !request && !f.starts_with("ve ") {
        return None;
    }
    let mut window = body.len().min(1600);
    while !body.is_char_boundary(window) {
        window -= 1;
    }
    let colon = body[..window].find(':')?;
    let answer = body[colon + 1..].trim_start();
    if answer.is_empty() || !(request || assigns(answer)) {
        return None;
    }
    Some((body.len() - answer.len(), request))
}

/// The first field of an item whose label is one of `labels` (folded): the label as
/// printed and its value, up to the end of its sentence, a `;` or the ` - ` of the next
/// field. A plan prints an item's particulars as fields (`- Cơ quan chủ trì: Sở Nội
/// vụ, Sở Tài chính.` / `*Đơn vị phối hợp: *Sở Tư pháp.` / `*Thời gian thực hiện:
/// *Thường xuyên.`); a label is the words since the sentence, dash or `;` before its
/// colon (`Cơ quan thực hiện thủ tục hành chính:` is none of them).
fn labelled_field<'b>(body: &'b str, labels: &[&str]) -> Option<(&'b str, &'b str)> {
    body.match_indices(':').find_map(|(colon, _)| {
        let before = &body[..colon];
        let from = before.rfind(['.', '-', ';']).map_or(0, |k| k + 1);
        let label = unbold(&before[from..]);
        // (Without the label of the item it opens: `b) Cơ quan thực hiện`.)
        let label = match label.split_once([')', '.']) {
            Some((mark, rest)) if mark.chars().count() == 1 && rest.starts_with(' ') => {
                rest.trim_start()
            }
            _ => label,
        };
        if label.is_empty() || label.len() > 64 || !labels.contains(&fold(label).as_str()) {
            return None;
        }
        let rest = body[colon + 1..].trim_start_matches(|c: char| c == '*' || c.is_whitespace());
        // `Cơ quan thực hiện: - Đơn vị chủ trì: …`: a group of fields, read one by one.
        if rest.starts_with(['-', '+', '–']) {
            return None;
        }
        let end = [". ", ";", " - "]
            .iter()
            .filter_map(|e| rest.find(e))
            .min()
            .unwrap_or(rest.len());
        let value = rest[..end].trim_end_matches(['.', '*', ' ']);
        (!value.is_empty()).then_some((label, value))
    })
}

/// A form's field to fill in (`Tên cơ quan/tổ chức đề nghị hỗ trợ: ……………`): a label
/// and a colon with only blanks after it, which asks nothing of the document's reader.
fn is_fill_in(body: &str) -> bool {
    body.split_once(':').is_some_and(|(label, rest)| {
        label.chars().count() <= 80
            && !rest.trim().is_empty()
            && rest
                .chars()
                .all(|c| matches!(c, '…' | '.' | '_') || c.is_whitespace())
    })
}

/// The task of item `cand`: its label and span, and what was read of it (no assignee
/// named: `assignees_implicit`).
fn task_of(
    cand: &items::Candidate,
    text: String,
    (assignees, coordinators): (Vec<String>, Vec<String>),
    actions: &[&str],
    deadline: Option<Deadline>,
    evidence: Vec<String>,
) -> Task {
    Task {
        label: cand.label.clone(),
        text,
        assignees_implicit: assignees.is_empty(),
        assignees,
        coordinators,
        actions: actions.iter().map(|a| a.to_string()).collect(),
        deadline,
        evidence,
        start: cand.start,
        end: cand.end,
    }
}

/// `names` in their order, each kept at its first place only (by a set: an item may
/// name thousands).
fn first_of_each(names: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::with_capacity(names.len());
    names
        .into_iter()
        .filter(|n| seen.insert(n.clone()))
        .collect()
}

/// Whether `name` opens with a head that is a common noun of legal texts, no body's
/// name (`Các trường hợp …`, `Người bán hàng`, `Cơ sở dữ liệu …`, `cán bộ`).
fn common_noun(name: &str) -> bool {
    const NOT_BODIES: [&str; 7] = [
        "truong hop",
        "nguoi",
        "co so",
        "can bo",
        "dang vien",
        "ho gia dinh",
        "moi",
    ];
    let f = fold(opening(name, 48));
    let after_cac = f.strip_prefix("cac ").unwrap_or(&f);
    NOT_BODIES.iter().any(|w| {
        after_cac
            .strip_prefix(w)
            .is_some_and(|r| r.is_empty() || r.starts_with(' '))
    })
}

/// Where the scope of a co-ordination starts in the words after the bodies worked with
/// (`các sở, ngành liên quan trong các quy định về …`): at a `trong` that opens no
/// place or field of a body's name (`các đơn vị trong tỉnh`, `các doanh nghiệp hoạt
/// động trong lĩnh vực viễn thông`).
fn scope_start(name: &str) -> Option<usize> {
    const OF_A_NAME: [&str; 14] = [
        "tinh", "huyen", "thanh", "xa", "phuong", "quan", "nganh", "khoi", "linh", "he", "dia",
        "nuoc", "khu", "to",
    ];
    name.match_indices(" trong ").find_map(|(at, w)| {
        let next = name[at + w.len()..].split([' ', ',']).next().unwrap_or("");
        (!OF_A_NAME.contains(&fold(next).as_str())).then_some(at)
    })
}

/// Where the name of the bodies worked with may start after a `coordinate` cue that
/// ends at `end`.
enum Partner {
    /// After `với` or `cùng` (`cùng với`), past a few words of manner (`phối hợp chặt
    /// chẽ, đồng bộ với`), or right after a cue that ends with them (`cùng với`, `chủ
    /// trì cùng`).
    Introduced(usize),
    /// At the first word past the words of manner, which may be a body's name
    /// (`phối hợp chặt chẽ Sở Tài chính …`) or not (`phối hợp thực hiện`, `phối hợp
    /// giữa …`): the caller decides.
    Bare(usize),
}

/// Where the name of the bodies worked with starts after a `coordinate` cue that ends
/// at `end` ([`Partner`]); none when the cue ends the clause.
fn partner_start(body: &str, end: usize) -> Option<Partner> {
    // Words of manner (`chặt chẽ`, `đồng bộ`, `thường xuyên`, `tốt`, `hiệu quả`, `kịp
    // thời`, `có hiệu quả`), a word with the one it follows, if any: `bộ` alone opens
    // a name (`phối hợp Bộ Công an`).
    const MANNER: [(&str, &str); 12] = [
        ("chat", ""),
        ("che", "chat"),
        ("dong", ""),
        ("bo", "dong"),
        ("thuong", ""),
        ("xuyen", "thuong"),
        ("tot", ""),
        ("hieu", ""),
        ("qua", "hieu"),
        ("kip", ""),
        ("thoi", "kip"),
        ("co", ""),
    ];
    // A cue that ends with its own `với` or `cùng` (`cùng với`, `chủ trì cùng`): the
    // name follows it.
    let cue_last = body[..end].rsplit([' ', '\n']).next().unwrap_or("");
    if let Some(start) = named_after(body, &fold(cue_last), end) {
        return Some(Partner::Introduced(start));
    }
    let mut previous = String::new();
    let mut at = end;
    for _ in 0..6 {
        let rest = &body[at..];
        let word_at = rest.len() - rest.trim_start_matches([' ', ',', '\n']).len();
        let word = rest[word_at..]
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        if word.is_empty() {
            return None;
        }
        let after = at + word_at + word.len();
        let folded = fold(word);
        if let Some(start) = named_after(body, &folded, after) {
            return Some(Partner::Introduced(start));
        }
        let manner = MANNER
            .iter()
            .any(|&(w, after)| w == folded && (after.is_empty() || after == previous));
        if !manner {
            return Some(Partner::Bare(at + word_at));
        }
        previous = folded;
        at = after;
    }
    None
}

/// Where a partner's name starts after the word `folded` (folded) that ends at `after`:
/// right there after `với`, past a following `với` after `cùng` (`cùng với`); none
/// after another word.
fn named_after(body: &str, folded: &str, after: usize) -> Option<usize> {
    match folded {
        "voi" => Some(after),
        "cung" => {
            let next = body[after..].trim_start();
            let voi = next.split(' ').next().filter(|w| fold(w) == "voi");
            Some(voi.map_or(after, |w| body.len() - next.len() + w.len()))
        }
        _ => None,
    }
}

/// Where a name that goes on with a passive clause of assignment ends: `Các cơ quan
/// được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này có trách nhiệm lập dự
/// toán …` names the bodies by what they were given, up to the verb of duty (`có` or
/// `chịu trách nhiệm`) later in the same clause. `end` is where the name's first verb
/// was found in `rest` (at `được giao`, or at `phân công` after `được`); none when no
/// such clause follows, no verb of duty ends it within a few hundred bytes, or the
/// name is `Người` alone.
fn assigned_relative_end(rest: &str, end: usize) -> Option<usize> {
    const DUTY: [&str; 4] = [
        " có trách nhiệm",
        " chịu trách nhiệm",
        " co trach nhiem",
        " chiu trach nhiem",
    ];
    let name = rest[..end].trim_end();
    // `… được` / `phân công`: the name ran to `được`; start the clause there.
    let at = match name.rsplit_once(' ') {
        Some((before, last)) if fold(last) == "duoc" => before.len(),
        _ => end,
    };
    // A person named by the clause alone (`Người được giao theo dõi, giải quyết công
    // việc … có trách nhiệm lập hồ sơ …`) keeps the clause's verbs as the task's own:
    // the duty after it is often no cue.
    if rest[..at]
        .split_whitespace()
        .map(fold)
        .eq(["nguoi".to_string()])
    {
        return None;
    }
    let clause = rest[at..].trim_start();
    let mut words = clause.split_whitespace().map(fold);
    let passive = words.next().as_deref() == Some("duoc")
        && match words.next().as_deref() {
            Some("giao") => true,
            Some("phan") => words.next().as_deref() == Some("cong"),
            _ => false,
        };
    if !passive {
        return None;
    }
    let mut window = clause.len().min(240);
    while !clause.is_char_boundary(window) {
        window -= 1;
    }
    let clause = &clause[..clause[..window].find(['.', ';', ':']).unwrap_or(window)];
    let duty = DUTY.iter().filter_map(|d| clause.find(d)).min()?;
    Some(rest.len() - rest[at..].trim_start().len() + duty)
}

/// Where the first sentence of `name` ends: at a full stop followed by a space
/// (`… tỉnh Phú Thọ. - Cơ sở 1`), not an abbreviation's (`TP. Hồ Chí Minh`).
fn sentence_end(name: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(k) = name[from..].find('.') {
        let at = from + k;
        from = at + 1;
        if name[at + 1..].starts_with(' ') && ends_sentence(&name[..at]) {
            return Some(at);
        }
    }
    None
}

/// Whether a full stop after `before` ends a sentence: it follows a word, not an
/// abbreviation (`TP.`, `TX.`, `Q.`: [`vanban_lexicon::ABBREVIATIONS`], the segmenter's
/// too) nor a number (`1.`).
fn ends_sentence(before: &str) -> bool {
    let word = before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .trim_start_matches(['*', '_', '(']);
    word.chars().count() > 1
        && word.chars().any(char::is_alphabetic)
        && !vanban_lexicon::ABBREVIATIONS.contains(&word)
}

/// Whether the words before a cue negate it: they end with `không`, `chưa`, `tránh` or
/// `chống` (any case). A string check, not a regex: it runs for every cue found.
fn negated(before: &str) -> bool {
    let w = before.trim_end();
    ["không", "chưa", "tránh", "chống"]
        .iter()
        .any(|n| ends_with_any_case(w, n))
}

/// Whether `text` ends with `lower` (lower case) in any case, without lower-casing a
/// copy of `text`.
fn ends_with_any_case(text: &str, lower: &str) -> bool {
    let mut printed = text.chars().rev();
    lower.chars().rev().all(|l| {
        printed
            .next()
            .is_some_and(|c| c == l || c.to_lowercase().eq(std::iter::once(l)))
    })
}

/// A capitalized word in the middle of a clause is part of a name (`Ủy ban Kiểm tra`,
/// `Trung tâm Truyền thông`, `Báo Cần Thơ`), not a verb.
fn in_a_name(text: &str, at: usize) -> bool {
    let starts_upper = text[at..].chars().next().is_some_and(char::is_uppercase);
    let before = text[..at].trim_end();
    starts_upper
        && !before.is_empty()
        && !before.ends_with([';', ':', '!', '?', '(', '"', '“', '-'])
        && !before.strip_suffix('.').is_some_and(ends_sentence)
}

/// Whether the first line of `text` stands apart as a title: a blank line after it, or
/// in bold (`**Trách nhiệm thi hành**`).
fn title_stands_apart(text: &str) -> bool {
    let Some((first, rest)) = text.split_once('\n') else {
        return false;
    };
    let first = first.trim();
    rest.trim_start_matches([' ', '\t', '\r']).starts_with('\n')
        || (first.starts_with("**") && first.ends_with("**") && first.len() > 4)
}

/// The text of an article without its title line (`Điều 6. Trách nhiệm thi hành` /
/// `Các Bộ trưởng … chịu trách nhiệm thi hành …`): a first line that does not end a
/// clause, followed by more text, is the title.
fn strip_article_title(text: &str) -> String {
    let t = text.trim_start();
    if let Some((first, rest)) = t.split_once('\n') {
        let f = first.trim_end().trim_end_matches(['*', ' ']);
        if !rest.trim().is_empty()
            && !f.ends_with(['.', ';', ':', ','])
            && f.chars().count() < 120
            && rest
                .trim_start()
                .trim_start_matches(['*', ' '])
                .starts_with(char::is_uppercase)
            // (Nor is a line the scan broke at the page's width a title.)
            && !broken_at_width(first, f, rest)
        {
            return collapse(rest);
        }
    }
    collapse(t)
}

/// The first occurrence of `needle` in `hay`, for a needle expected near the start (an
/// assignee's name): compared where its first byte is, without the set-up of a
/// substring searcher, which for names tens of bytes long cost more than the search
/// (a twentieth of the classifier's instructions). A match of whole bytes that starts
/// with a UTF-8 lead byte starts at a character boundary.
fn find_near_start(hay: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let first = *needle.first()?;
    let last_start = hay.len().checked_sub(needle.len())?;
    (0..=last_start).find(|&i| hay[i] == first && hay[i..].starts_with(needle))
}

/// `định kỳ hàng tuần` rather than `hàng tuần` when the text says so.
fn recurrence_phrase(text: &str, phrase: &str) -> String {
    match text.find(phrase) {
        Some(i) => {
            let before = &text[..i];
            // Only its end can read `định kỳ`: fold the last words, not the item.
            let trimmed = before.trim_end();
            let tail = trimmed
                .char_indices()
                .rev()
                .nth(63)
                .map_or(trimmed, |(k, _)| &trimmed[k..]);
            let f = fold(tail);
            if f.ends_with("dinh ky") {
                let cut = before.trim_end().len() - "định kỳ".len().min(before.trim_end().len());
                if before.is_char_boundary(cut) {
                    return format!("{}{}", &before[cut..], phrase);
                }
            }
            phrase.to_string()
        }
        None => phrase.to_string(),
    }
}

/// Whether `first`, the first line of an item (`words`: its words without marks), is
/// as long as the lines of `rest` that follow it: a line that a scan broke at the
/// page's width (`Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Quảng Bình đến` /
/// `Phú Yên trực tiếp chỉ đạo …`), not a title line of its own (`Sở Y tế`). At least
/// two more lines are needed to tell; a line set apart by a blank line is a paragraph
/// of its own, and a line in bold is a title whatever its length.
/// The marks that open a bullet of duties.
const BULLETS: [char; 4] = ['-', '–', '+', '•'];

/// Whether the text after a title opens its duties: a capital, after a bullet or not
/// (`Sở Tài chính` / (blank) / `- Trên cơ sở chức năng nhiệm vụ, chủ trì …`).
fn opens_duties(r: &str) -> bool {
    let bullet = r.starts_with(BULLETS);
    let duty = if bullet {
        r[r.chars().next().map_or(0, char::len_utf8)..].trim_start()
    } else {
        r
    };
    duty.chars().next().is_some_and(char::is_uppercase)
}

/// An item's title in bold over more than one line, its opening marks gone with the
/// label (`Sở` / `Nông nghiệp và Môi trường**` / (blank) / `Chủ trì …`): the title and
/// what follows its closing marks. `None` when the marks close on the first line (a
/// title of one line) or after a blank line, or open a run.
fn bold_title(t: &str) -> Option<(&str, &str)> {
    // Most items have no marks: `contains` tells so fastest (a vector scan, where
    // `find` and a walk over the lines cost 0.8% of a run's instructions).
    if !t.contains("**") {
        return None;
    }
    let close = t.find("**")?;
    let title = &t[..close];
    // Marks after a space open a bold run (`Sở Y tế` / `**Chủ trì** …`): no title's end.
    if !title.contains('\n') || title.contains("\n\n") || title.ends_with(char::is_whitespace) {
        return None;
    }
    Some((title, &t[close + 2..]))
}

fn broken_at_width(first: &str, words: &str, rest: &str) -> bool {
    if first.trim_end().ends_with("**") || rest.lines().next().is_none_or(|l| l.trim().is_empty()) {
        return false;
    }
    let mut lines = rest
        .lines()
        .map(|l| l.trim().chars().count())
        .filter(|&n| n > 0);
    let (Some(a), Some(b)) = (lines.next(), lines.next()) else {
        return false;
    };
    let width = lines.fold(a.max(b), usize::max);
    words.chars().count() * 4 >= width * 3
}

/// The words of `s` separated by one space, `**` bold marks and an italic's `*` marks
/// removed.
fn collapse(s: &str) -> String {
    // Most items carry no `*` at all: look for it once, not in every word.
    if s.contains('*') {
        return collapse_marked(s);
    }
    let (b, n) = (s.as_bytes(), s.len());
    let mut out = String::with_capacity(n);
    // Words already one space apart are copied as one run (a line, mostly), not one
    // by one.
    let mut i = 0;
    loop {
        while i < n {
            let (space, len) = space_at(s, i);
            if !space {
                break;
            }
            i += len;
        }
        if i >= n {
            break;
        }
        let start = i;
        loop {
            while i < n {
                let (space, len) = space_at(s, i);
                if space {
                    break;
                }
                i += len;
            }
            // A single ASCII space before another word stays inside the run.
            if i + 1 < n && b[i] == b' ' {
                let (space, len) = space_at(s, i + 1);
                if !space {
                    i += 1 + len;
                    continue;
                }
            }
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&s[start..i]);
    }
    out
}

/// Whether a character starts at byte `i` of `s` that is white space, and its length.
/// `char::is_whitespace` decodes every character; here only the lead bytes that can
/// start a Unicode space are decoded (Vietnamese letters never are).
fn space_at(s: &str, i: usize) -> (bool, usize) {
    let b = s.as_bytes();
    match b[i] {
        0x00..=0x7F => (
            matches!(b[i], b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C),
            1,
        ),
        0xC0..=0xDF => (b[i] == 0xC2 && s[i..].starts_with(char::is_whitespace), 2),
        0xE0..=0xEF => {
            let maybe = matches!(b[i], 0xE2 | 0xE3)
                || (b[i] == 0xE1 && matches!(b.get(i + 1), Some(0x9A | 0xA0)));
            (maybe && s[i..].starts_with(char::is_whitespace), 3)
        }
        _ => (false, 4),
    }
}

/// A name without the blank a form leaves in it to be filled in (`Ủy ban nhân dân các
/// tỉnh, thành phố trực thuộc Trung ương *(tên)*..…..`, `Sở … (ghi tên) ……`): the dots
/// to write on and the bracketed note of what to write. A blank alone (`....(B)......`,
/// a footnote's letter between the dots) names no one: empty. Other names are returned
/// whole.
fn without_blank(name: &str) -> &str {
    let bare = name.trim_end_matches(['*', ' ']);
    let leader = bare
        .chars()
        .rev()
        .take_while(|&c| matches!(c, '.' | '…'))
        .nth(1)
        .is_some();
    let mut n = if leader {
        name.trim_end_matches(blank_mark)
    } else {
        bare
    };
    let note = n
        .strip_suffix(')')
        .and_then(|m| m.rfind('(').map(|open| (open, &m[open + 1..])));
    match note {
        Some((open, note)) if is_blank_note(note) => {
            n = n[..open].trim_end_matches(blank_mark);
        }
        _ if !leader => return name,
        _ => {}
    }
    let core = n.trim_start_matches(blank_mark);
    let footnote = core.starts_with('(') && core.ends_with(')') && core.chars().count() <= 5;
    if core.is_empty() || footnote {
        return "";
    }
    n
}

/// What follows a name past the form's blank after it (`*(tên)*..….. có trách nhiệm`
/// → `có trách nhiệm`), or all of `tail` when no blank opens it.
fn after_blank(tail: &str) -> &str {
    let t = tail.trim_start_matches(blank_mark);
    t.strip_prefix('(')
        .and_then(|r| r.split_once(')'))
        .filter(|(note, _)| is_blank_note(note))
        .map_or(tail, |(_, after)| after.trim_start_matches(blank_mark))
}

/// The dots, marks and spaces of a form's blank (`*..…..`).
fn blank_mark(c: char) -> bool {
    matches!(c, '.' | '…' | '*' | '_' | ' ')
}

/// A form's note of what to write in its blank: `tên`, `tên đơn vị`, `ghi tên …`.
fn is_blank_note(note: &str) -> bool {
    let f = fold(note);
    f == "ten" || f.starts_with("ten ") || f.starts_with("ghi ten")
}

/// [`collapse`] of a text with `**` bold and `*` italic marks, word by word: an
/// italic's marks go from the ends of a word (`*Sở`, `ruột*,`, `*-`), a mark that is
/// no emphasis stays (`(*)`, a footnote's; `*` alone, a bullet).
fn collapse_marked(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut push_word = |w: &str| {
        let unbolded;
        let w = if w.contains("**") {
            unbolded = w.split("**").collect::<String>();
            unbolded.as_str()
        } else {
            w
        };
        // (A bullet's lone `*` stays; a footnote's `(*)` has no mark at its ends.)
        let w = if w == "*" {
            std::borrow::Cow::Borrowed(w)
        } else {
            unitalic(w)
        };
        if w.is_empty() {
            return;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&w);
    };
    let (mut i, mut word) = (0, 0);
    while i < s.len() {
        let (space, len) = space_at(s, i);
        if space {
            push_word(&s[word..i]);
            word = i + len;
        }
        i += len;
    }
    push_word(&s[word.min(s.len())..]);
    // An italic's closing marks left alone at the end (`… triển khai dự án. *`).
    while let Some(rest) = out.strip_suffix(" *") {
        out.truncate(rest.len());
    }
    out
}

/// A word without the italic marks at its ends: `*Sở` → `Sở`, `ruột*,` → `ruột,`,
/// `*-` → `-`.
fn unitalic(w: &str) -> std::borrow::Cow<'_, str> {
    let w = w.trim_start_matches('*');
    let body = w.trim_end_matches(['.', ',', ';', ':']);
    if body.ends_with('*') {
        let tail = &w[body.len()..];
        std::borrow::Cow::Owned(format!("{}{tail}", body.trim_end_matches('*')))
    } else {
        std::borrow::Cow::Borrowed(w)
    }
}

impl Stage for Classifier {
    fn name(&self) -> &'static str {
        "classify"
    }

    fn run(&self, analysis: &Analysis, record: &mut Record) {
        if record.status == vanban_types::Status::Failed {
            return;
        }
        record.tasks = self.classify(analysis);
    }
}

#[cfg(test)]
mod tests;
