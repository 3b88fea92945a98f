//! The items of a body and their nesting, from their printed labels.
//!
//! Each `item` zone of the segmenter opens with a label. Its style — `II.`, `1.`,
//! `1-`, `2.1`, `a)`, `-`, `+`, `Điều 3.`, `Chương I` — decides the nesting without a
//! fixed order: an item whose style is already open closes everything below that
//! level and becomes its sibling; a new style opens a level below the current item.
//! A task's label joins the printed labels from the outermost in, each number once
//! (`1.1.` under `1.` under `II.` is `II.1.1`).

use std::borrow::Cow;
use vanban_lexicon::fold;
use vanban_types::{Segment, SegmentKind};

/// How an item's label is printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Style {
    /// `I.`, `II-`.
    Roman(char),
    /// `1.`, `1-`, `1)`.
    Number(char),
    /// `2.1`, `2.1.3` (depth).
    Dotted(usize),
    /// `a)`, `a.`.
    Letter(char),
    /// `-`, `–`, `•`.
    Dash,
    /// `+`.
    Plus,
    /// `Điều 3`.
    Article,
    /// `Chương I`, `Phần II`, `Mục 1`.
    Section,
}

impl Style {
    /// The usual depth of a style: chapters, articles, sections, numbers, dotted
    /// numbers, letters, dashes, pluses.
    pub fn rank(&self) -> u8 {
        match self {
            Style::Section => 0,
            Style::Article => 1,
            Style::Roman(_) => 2,
            Style::Number(_) => 3,
            Style::Dotted(_) => 4,
            Style::Letter(_) => 5,
            Style::Dash => 6,
            Style::Plus => 7,
        }
    }
}

/// One item.
#[derive(Debug, Clone)]
pub struct Node {
    /// Its label style.
    pub style: Style,
    /// The label as printed without punctuation (`II`, `3`, `a`, `Điều 4`; empty for
    /// dashes).
    pub label: String,
    /// Byte range of the item zone.
    pub start: usize,
    /// End of the zone.
    pub end: usize,
    /// Where the text after the label starts.
    pub text_start: usize,
    /// Child items.
    pub children: Vec<usize>,
}

/// An item that may be a task: its composed label and its text (dash points merged).
#[derive(Debug, Clone)]
pub struct Candidate<'t> {
    /// `II.3`, `2.a`, `Điều 4.1`, `1`.
    pub label: String,
    /// The item's text without its label, dash points included.
    pub text: &'t str,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Under a heading of purposes, assessments, definitions: not tasks.
    pub under_non_task_heading: bool,
    /// Under a heading whose last paragraph announces its items as work to do (`… cần
    /// tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau:`): each asks.
    pub announced: bool,
    /// An article (`Điều N`) of a decision.
    pub article: bool,
    /// The label's bold marks close right after it (`**Điều 4. **Chánh Văn phòng` /
    /// `Ủy ban nhân dân tỉnh, …`): the text that follows is no title in bold, but the
    /// item's first sentence, however its first line breaks.
    pub label_closes_bold: bool,
    /// The texts of the headings above it (after their labels), innermost last:
    /// `1. Bộ Xây dựng` / `a) Chủ trì, phối hợp …` names who does `a`.
    pub headings: Vec<&'t str>,
}

/// The items of a document as a forest.
#[derive(Debug, Clone)]
pub struct Tree<'t> {
    text: &'t str,
    /// Every item, in text order.
    pub nodes: Vec<Node>,
    /// The top-level items.
    pub roots: Vec<usize>,
}

/// Headings whose items state purposes, facts or definitions rather than ask for work.
const NON_TASK_HEADINGS: [&str; 17] = [
    "muc dich",
    "quan diem",
    "tinh hinh",
    "ket qua",
    "danh gia",
    "pham vi",
    "doi tuong ap dung",
    "giai thich tu ngu",
    "muc tieu",
    "boi canh",
    "thuc trang",
    "y nghia",
    "ban hanh kem theo",
    "thanh lap",
    "phe duyet",
    "kien toan",
    "nguyen tac",
];

/// Whether the last paragraph of a heading's text, before its items, announces them as
/// work to do: it ends with a colon and names tasks, solutions or requests (`I. ĐÁNH
/// GIÁ CHUNG` / `… Để tiếp tục vận hành …, thành phố Đà Nẵng cần tập trung thực hiện
/// tốt một số nhiệm vụ, giải pháp sau đây:` / `1. …`). Then its items are tasks
/// whatever the heading says; a report of work done (`đã triển khai các nhiệm vụ
/// sau:`) announces none.
fn announces_tasks(head: &str) -> bool {
    let head = head.trim_end_matches(|c: char| c == '*' || c.is_whitespace());
    if !head.ends_with(':') {
        return false;
    }
    let last = head.rfind("\n\n").map_or(head, |k| &head[k + 2..]);
    // (From the last sentence: `… đạt kết quả tích cực. Thời gian tới, cần …:`.)
    let last = last.rfind(". ").map_or(last, |k| &last[k + 2..]);
    if last.contains("đã ") || last.contains("Đã ") {
        return false;
    }
    let f = fold(last);
    ["nhiem vu", "giai phap", "yeu cau", "de nghi"]
        .iter()
        .any(|w| f.contains(w))
}

/// Whether a heading's title (folded) names its items as tasks: `II. MỘT SỐ NHIỆM VỤ,
/// GIẢI PHÁP TRONG THỜI GIAN TỚI`, `NHIỆM VỤ TRỌNG TÂM`, `CÁC GIẢI PHÁP`. (Not a body's
/// duties and powers, `Nhiệm vụ, quyền hạn`: functions, not work asked; nor a title that
/// opens with objectives, `MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP`, whose points are targets.)
fn names_tasks(head_text: &str) -> bool {
    let t = head_text.trim_start_matches(|c: char| c == '*' || c.is_whitespace());
    let t = ["mot so ", "cac ", "nhung "]
        .iter()
        .find_map(|q| t.strip_prefix(q))
        .unwrap_or(t);
    (t.starts_with("nhiem vu") || t.starts_with("giai phap"))
        && !t.starts_with("nhiem vu, quyen han")
        && !t.starts_with("nhiem vu va quyen han")
}

/// Headings whose items assign work again under a heading of [`NON_TASK_HEADINGS`]: a
/// decision approves a plan (`Điều 1. Phê duyệt Đề án …`) whose last part says who
/// does what (`V. TỔ CHỨC THỰC HIỆN` / `1. Bộ Xây dựng` / `a) Chủ trì, phối hợp …`).
const TASK_HEADINGS: [&str; 3] = [
    "to chuc thuc hien",
    "trach nhiem thuc hien",
    "phan cong thuc hien",
];

/// The labels (folded) of the items that are fields of the task above them, not tasks
/// of their own, besides its lead and its time ([`LEAD_FIELDS`], [`WHEN_FIELDS`]): a
/// plan prints a task as `1.1. Xây dựng …:` / `a) Nhiệm vụ: …` / `b) Cơ quan thực
/// hiện: - Đơn vị chủ trì: …` / `c) Thời gian thực hiện: …`. (A bare `Thời gian:` is
/// often a duration, `01 ngày/hội nghị`, no deadline; the coordinating bodies lead
/// nothing.)
const CONTENT_FIELDS: [&str; 8] = [
    "nhiem vu",
    "thoi gian",
    "noi dung",
    "noi dung thuc hien",
    "ket qua",
    "san pham",
    "co quan phoi hop",
    "don vi phoi hop",
];

/// The labels (folded) of an item's field that names who leads it.
pub(crate) const LEAD_FIELDS: [&str; 10] = [
    "co quan chu tri",
    "don vi chu tri",
    "co quan chu tri thuc hien",
    "don vi chu tri thuc hien",
    "co quan thuc hien",
    "don vi thuc hien",
    "co quan, don vi chu tri",
    "co quan, don vi thuc hien",
    "chu tri",
    "chu tri thuc hien",
];

/// The labels (folded) of an item's field that names the bodies worked with.
pub(crate) const PARTNER_FIELDS: [&str; 6] = [
    "co quan phoi hop",
    "don vi phoi hop",
    "co quan phoi hop thuc hien",
    "don vi phoi hop thuc hien",
    "co quan, don vi phoi hop",
    "phoi hop",
];

/// The labels (folded) of an item's field that says by when.
pub(crate) const WHEN_FIELDS: [&str; 7] = [
    "thoi gian thuc hien",
    "thoi gian hoan thanh",
    "thoi han hoan thanh",
    "thoi han thuc hien",
    "thoi han",
    "tien do thuc hien",
    "tien do hoan thanh",
];

/// The labels of an item and its enclosing ones joined with `.`, each printed label once:
/// a decimal label that repeats its parent's (`1.1` under `1.`, under `II.`) stands for
/// both (`II.1.1`, not `II.1.1.1`).
fn composed(labels: &[Cow<'_, str>]) -> String {
    let mut out = String::new();
    for (k, label) in labels.iter().enumerate() {
        let repeated = labels.get(k + 1).is_some_and(|next| {
            next.len() > label.len() + 1
                && next.starts_with(label.as_ref())
                && next.as_bytes()[label.len()] == b'.'
        });
        // `8.1` under `7` (the scan lost the label of item 8, `§. Thực hiện …`): a
        // decimal label that carries the next number is a point of the next item, not
        // of this one. (Other numbers, `1.1` under `2`, are a quoted provision's own.)
        let superseded = labels.get(k + 1).is_some_and(|next| {
            let number = |s: &str| s.parse::<u32>().ok();
            next.split_once('.').is_some_and(|(head, _)| {
                matches!((number(head), number(label)), (Some(h), Some(l)) if h == l + 1)
            })
        });
        if repeated || superseded {
            continue;
        }
        if !out.is_empty() {
            out.push('.');
        }
        out.push_str(label);
    }
    out
}

/// Parse the label at the start of an item zone: (style, label, bytes it takes).
pub fn parse_label(s: &str) -> Option<(Style, String, usize)> {
    let lead = s.len()
        - s.trim_start_matches(|c: char| c.is_whitespace() || c == '*')
            .len();
    let t = &s[lead..];
    let take = |n: usize| {
        // Label, then its punctuation, escapes and bold marks.
        let rest = &t[n..];
        let after = rest.trim_start_matches(['.', ')', '-', ':', '\\', '*', ' ', '/', '–']);
        lead + n + (rest.len() - after.len())
    };
    if let Some(rest) = t.strip_prefix("Điều") {
        let digits: String = rest
            .trim_start()
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        if !digits.is_empty() {
            let n = t.len() - rest.trim_start().len() + digits.len();
            return Some((Style::Article, format!("Điều {digits}"), take(n)));
        }
    }
    for word in ["Chương", "Phần", "Mục"] {
        if let Some(rest) = t.strip_prefix(word) {
            let id: String = rest
                .trim_start()
                .chars()
                .take_while(|c| c.is_alphanumeric())
                .collect();
            if !id.is_empty() {
                let n = t.len() - rest.trim_start().len() + id.len();
                return Some((Style::Section, format!("{word} {id}"), take(n)));
            }
        }
    }
    let first = t.chars().next()?;
    match first {
        '-' | '–' | '•' => return Some((Style::Dash, String::new(), take(first.len_utf8()))),
        '\\' if t[1..].starts_with('-') => return Some((Style::Dash, String::new(), take(2))),
        '+' => return Some((Style::Plus, String::new(), take(1))),
        _ => {}
    }
    let roman: String = t
        .chars()
        .take_while(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
        .collect();
    if !roman.is_empty() {
        let sep = t[roman.len()..]
            .trim_start_matches(['\\', ' '])
            .chars()
            .next();
        if let Some(sep @ ('.' | '-' | ')')) = sep {
            return Some((Style::Roman(sep), roman.clone(), take(roman.len())));
        }
    }
    if first.is_ascii_digit() {
        let mut label = String::new();
        let mut depth = 1;
        let mut i = 0;
        let b = t.as_bytes();
        while i < b.len() && b[i].is_ascii_digit() {
            label.push(b[i] as char);
            i += 1;
        }
        // Dotted: `2.1`, `2\.1`, `2.1.3`.
        loop {
            let j = if t[i..].starts_with("\\.") {
                i + 2
            } else if t[i..].starts_with('.') {
                i + 1
            } else {
                break;
            };
            if j < b.len() && b[j].is_ascii_digit() {
                label.push('.');
                i = j;
                while i < b.len() && b[i].is_ascii_digit() {
                    label.push(b[i] as char);
                    i += 1;
                }
                depth += 1;
            } else {
                break;
            }
        }
        let sep = t[i..]
            .trim_start_matches(['\\', ' '])
            .chars()
            .next()
            .unwrap_or(' ');
        let style = if depth > 1 {
            Style::Dotted(depth)
        } else {
            Style::Number(if matches!(sep, '.' | '-' | ')') {
                sep
            } else {
                '.'
            })
        };
        return Some((style, label, take(i)));
    }
    if first.is_lowercase() {
        let sep = t[first.len_utf8()..]
            .trim_start_matches(['\\', ' '])
            .chars()
            .next();
        if let Some(sep @ (')' | '.')) = sep {
            return Some((
                Style::Letter(sep),
                first.to_string(),
                take(first.len_utf8()),
            ));
        }
    }
    None
}

impl<'t> Tree<'t> {
    /// The items of the `item` zones of a text.
    pub fn build(text: &'t str, segments: &[Segment]) -> Tree<'t> {
        let mut tree = Tree {
            text,
            nodes: Vec::new(),
            roots: Vec::new(),
        };
        let mut stack: Vec<usize> = Vec::new();
        // Past a signature or a list, items are a document attached after it (a Quy
        // chế, a Chương trình `ban hành kèm theo`): they start at the top again, not
        // under the decision's last article.
        let mut attached = false;
        for s in segments {
            if matches!(s.kind, SegmentKind::Signature | SegmentKind::Distribution) {
                attached = true;
            }
            if s.kind != SegmentKind::Item {
                continue;
            }
            if std::mem::take(&mut attached) {
                stack.clear();
            }
            let zone = &text[s.start..s.end];
            let Some((style, label, taken)) = parse_label(zone) else {
                continue;
            };
            let idx = tree.nodes.len();
            tree.nodes.push(Node {
                style: style.clone(),
                label,
                start: s.start,
                end: s.end,
                text_start: s.start + taken,
                children: Vec::new(),
            });
            if let Some(p) = stack.iter().position(|&n| tree.nodes[n].style == style) {
                stack.truncate(p);
            } else {
                // A style not open yet nests under the current item, unless that item
                // ranks below it (numbered items after a dash list are not its children).
                while stack
                    .last()
                    .is_some_and(|&n| tree.nodes[n].style.rank() > style.rank())
                {
                    stack.pop();
                }
            }
            match stack.last() {
                Some(&parent) => tree.nodes[parent].children.push(idx),
                None => tree.roots.push(idx),
            }
            stack.push(idx);
        }
        tree
    }

    /// The items that may be tasks, in text order.
    pub fn candidates(&self) -> Vec<Candidate<'t>> {
        let mut out = Vec::new();
        self.visit_siblings(
            &self.roots,
            &mut Vec::new(),
            &mut Vec::new(),
            false,
            false,
            &mut out,
        );
        out
    }

    fn is_heading(&self, n: usize) -> bool {
        let node = &self.nodes[n];
        matches!(node.style, Style::Roman(_) | Style::Section)
            || node
                .children
                .iter()
                .any(|&c| !matches!(self.nodes[c].style, Style::Dash | Style::Plus))
    }

    /// Whether the items under `n` are its fields (see [`CONTENT_FIELDS`]), two at least,
    /// one saying who or when: then `n` with them is one task.
    fn has_only_fields(&self, n: usize) -> bool {
        let children = &self.nodes[n].children;
        if children.len() < 2 {
            return false;
        }
        let mut who_or_when = false;
        for &c in children {
            let node = &self.nodes[c];
            let t = self.text[node.text_start..node.end]
                .trim_start_matches(|c: char| c == '*' || c.is_whitespace());
            // (A field's label is a few words: look no further for its colon.)
            let Some(colon) = t.bytes().take(49).position(|b| b == b':') else {
                return false;
            };
            let label = fold(crate::lexicon::unbold(&t[..colon]));
            let label = label.as_str();
            let lead_or_when = LEAD_FIELDS.contains(&label) || WHEN_FIELDS.contains(&label);
            if !lead_or_when && !CONTENT_FIELDS.contains(&label) {
                return false;
            }
            who_or_when |= lead_or_when;
        }
        who_or_when
    }

    /// The candidates among `siblings` and under them. `labels` holds the labels of
    /// the headings above, as a stack: each sibling's own label is pushed and popped
    /// rather than the heading's list copied for every item; `heads` their texts.
    fn visit_siblings<'a>(
        &'a self,
        siblings: &'a [usize],
        labels: &mut Vec<Cow<'a, str>>,
        heads: &mut Vec<&'t str>,
        non_task: bool,
        announced: bool,
        out: &mut Vec<Candidate<'t>>,
    ) {
        let mut position = 0;
        for &n in siblings {
            let node = &self.nodes[n];
            let under_article = labels.iter().any(|p| p.starts_with("Điều"));
            let own: Option<Cow<'a, str>> = match node.style {
                Style::Dash | Style::Plus => {
                    position += 1;
                    Some(Cow::Owned(position.to_string()))
                }
                Style::Section => None,
                _ => Some(Cow::Borrowed(node.label.as_str())).filter(|l| !l.is_empty()),
            };
            let pushed = own.is_some();
            labels.extend(own);
            if self.is_heading(n) && !self.has_only_fields(n) {
                let text: &'t str = self.text;
                let head = text[node.text_start..node.end].trim();
                let head_text =
                    fold(&head[..head.char_indices().nth(40).map_or(head.len(), |(i, _)| i)]);
                let announces = announces_tasks(head) || names_tasks(&head_text);
                let nt = if TASK_HEADINGS.iter().any(|h| head_text.starts_with(h)) || announces {
                    false
                } else {
                    non_task || NON_TASK_HEADINGS.iter().any(|h| head_text.starts_with(h))
                };
                heads.push(head);
                let announced = announces || (announced && !nt);
                self.visit_siblings(&node.children, labels, heads, nt, announced, out);
                heads.pop();
            } else {
                let end = self.last_end(n);
                let printed_label = self.text[node.start..node.text_start].trim();
                out.push(Candidate {
                    label: composed(labels),
                    text: &self.text[node.text_start..end],
                    start: node.start,
                    end,
                    under_non_task_heading: non_task,
                    announced,
                    article: node.style == Style::Article || under_article,
                    // (The zone starts after the opening marks: `Điều 4. **`.)
                    label_closes_bold: printed_label.len() > 2 && printed_label.ends_with("**"),
                    headings: heads.clone(),
                });
            }
            if pushed {
                labels.pop();
            }
        }
    }

    /// The end of an item with everything nested in it.
    fn last_end(&self, n: usize) -> usize {
        match self.nodes[n].children.last() {
            Some(&c) => self.last_end(c),
            None => self.nodes[n].end,
        }
    }
}
