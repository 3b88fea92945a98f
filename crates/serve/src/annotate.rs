//! The annotated text of a document, as eyecite annotates a text: the zones shaded,
//! the tasks marked, each citation a link — HTML built by walking the byte offsets of
//! the spans, every piece of text escaped.
//!
//! Spans come from the database, so nothing about them is trusted: offsets past the
//! end are clipped, offsets inside a character move back to its start, empty spans are
//! dropped. Zones, tasks and citations may overlap in any way; the HTML stays well
//! formed because at each boundary the elements are closed and reopened in one fixed
//! nesting (zone, then tasks outermost first, then one citation), so an element that
//! crosses another is split in two. At most one citation is open at a time (links do
//! not nest): where two overlap, the one that starts first wins.

use std::cmp::Reverse;
use std::collections::BTreeSet;

use serde::Deserialize;

/// A zone of the document (`segments` of the record).
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Zone {
    pub kind: String,
    pub start: usize,
    pub end: usize,
}

/// A task's span.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct TaskSpan {
    pub label: String,
    pub start: usize,
    pub end: usize,
}

/// A citation's span and where it leads.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct CitationSpan {
    pub start: usize,
    pub end: usize,
    #[serde(default)]
    pub relation: Option<String>,
    #[serde(default)]
    pub target: Option<String>,
    #[serde(default)]
    pub target_key: Option<String>,
}

/// Escape text for HTML content and attribute values.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    escape_into(&mut out, s);
    out
}

fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// The largest char boundary of `text` at or before `i` (clipped to the end).
fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Only `[a-z_]` of a kind or relation goes into a class name.
fn class_word(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_lowercase() || *c == '_')
        .collect()
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Elem {
    Zone(usize),
    Task(usize),
    Citation(usize),
}

/// The text as HTML: zones as `<span class="zone zone-KIND">`, tasks as
/// `<mark class="task">` (the first piece of each with `task-start` and its label in
/// `data-label`), citations as `<a class="cite">` to the cited document's page, or to its
/// entry among the missing documents when the archive lacks it.
pub(crate) fn annotate(
    text: &str,
    zones: &[Zone],
    tasks: &[TaskSpan],
    citations: &[CitationSpan],
) -> String {
    // Clean spans: (start, end) on char boundaries, non-empty.
    let clip = |s: usize, e: usize| -> Option<(usize, usize)> {
        let (s, e) = (floor_boundary(text, s), floor_boundary(text, e));
        (s < e).then_some((s, e))
    };
    let zs: Vec<Option<(usize, usize)>> = zones.iter().map(|z| clip(z.start, z.end)).collect();
    let ts: Vec<Option<(usize, usize)>> = tasks.iter().map(|t| clip(t.start, t.end)).collect();
    let cs: Vec<Option<(usize, usize)>> = citations.iter().map(|c| clip(c.start, c.end)).collect();

    // Events at each boundary: spans that start there, spans that end there.
    let mut points: Vec<usize> = vec![0, text.len()];
    let mut starts: Vec<(usize, Elem)> = Vec::new();
    let mut ends: Vec<(usize, Elem)> = Vec::new();
    let mut push = |span: &Option<(usize, usize)>, e: Elem| {
        if let Some((s, t)) = *span {
            points.extend([s, t]);
            starts.push((s, e));
            ends.push((t, e));
        }
    };
    for (i, s) in zs.iter().enumerate() {
        push(s, Elem::Zone(i));
    }
    for (i, s) in ts.iter().enumerate() {
        push(s, Elem::Task(i));
    }
    for (i, s) in cs.iter().enumerate() {
        push(s, Elem::Citation(i));
    }
    points.sort_unstable();
    points.dedup();
    starts.sort_unstable();
    ends.sort_unstable();

    // Active spans, ordered so that the first is the one to show: the zone that started
    // last, tasks outermost first, the citation that started first.
    let mut zone_on: BTreeSet<(Reverse<usize>, usize)> = BTreeSet::new();
    let mut task_on: BTreeSet<(usize, Reverse<usize>, usize)> = BTreeSet::new();
    let mut cite_on: BTreeSet<(usize, usize)> = BTreeSet::new();
    let mut task_opened = vec![false; tasks.len()];

    let mut out = String::with_capacity(text.len() * 2);
    let mut open: Vec<Elem> = Vec::new();
    let (mut si, mut ei) = (0, 0);
    for w in points.windows(2) {
        let (a, b) = (w[0], w[1]);
        while ei < ends.len() && ends[ei].0 <= a {
            match ends[ei].1 {
                Elem::Zone(i) => zone_on.retain(|&(_, j)| j != i),
                Elem::Task(i) => task_on.retain(|&(_, _, j)| j != i),
                Elem::Citation(i) => cite_on.retain(|&(_, j)| j != i),
            }
            ei += 1;
        }
        while si < starts.len() && starts[si].0 <= a {
            match starts[si].1 {
                Elem::Zone(i) => {
                    zone_on.insert((Reverse(starts[si].0), i));
                }
                Elem::Task(i) => {
                    let (s, e) = ts[i].unwrap_or((0, 0));
                    task_on.insert((s, Reverse(e), i));
                }
                Elem::Citation(i) => {
                    cite_on.insert((starts[si].0, i));
                }
            }
            si += 1;
        }
        let mut want: Vec<Elem> = Vec::new();
        if let Some(&(_, i)) = zone_on.iter().next() {
            want.push(Elem::Zone(i));
        }
        want.extend(task_on.iter().map(|&(_, _, i)| Elem::Task(i)));
        if let Some(&(_, i)) = cite_on.iter().next() {
            want.push(Elem::Citation(i));
        }
        let keep = open.iter().zip(&want).take_while(|(x, y)| x == y).count();
        while open.len() > keep {
            match open.pop() {
                Some(Elem::Zone(_)) => out.push_str("</span>"),
                Some(Elem::Task(_)) => out.push_str("</mark>"),
                Some(Elem::Citation(i)) => out.push_str(if link(&citations[i]).is_some() {
                    "</a>"
                } else {
                    "</span>"
                }),
                None => {}
            }
        }
        for &e in &want[keep..] {
            match e {
                Elem::Zone(i) => {
                    let kind = class_word(&zones[i].kind);
                    out.push_str(&format!(
                        "<span class=\"zone zone-{kind}\" data-zone=\"{kind}\">"
                    ));
                }
                Elem::Task(i) => {
                    let first = !task_opened[i];
                    task_opened[i] = true;
                    let label = escape(&tasks[i].label);
                    out.push_str(&format!(
                        "<mark class=\"task{}\" data-label=\"{label}\" title=\"task {label}\">",
                        if first { " task-start" } else { "" }
                    ));
                }
                Elem::Citation(i) => {
                    let c = &citations[i];
                    let relation = class_word(c.relation.as_deref().unwrap_or("mentions"));
                    let title = escape(&format!(
                        "{relation} → {}{}",
                        c.target_key.as_deref().unwrap_or("?"),
                        if c.target.is_some() {
                            ""
                        } else {
                            " (not in the archive)"
                        }
                    ));
                    match link(c) {
                        Some(href) => out.push_str(&format!(
                            "<a class=\"cite rel-{relation}{}\" href=\"{}\" title=\"{title}\">",
                            if c.target.is_some() {
                                ""
                            } else {
                                " cite-missing"
                            },
                            escape(&href)
                        )),
                        None => out.push_str(&format!(
                            "<span class=\"cite rel-{relation}\" title=\"{title}\">"
                        )),
                    }
                }
            }
            open.push(e);
        }
        escape_into(&mut out, &text[a..b]);
    }
    while let Some(e) = open.pop() {
        out.push_str(match e {
            Elem::Zone(_) => "</span>",
            Elem::Task(_) => "</mark>",
            Elem::Citation(i) if link(&citations[i]).is_some() => "</a>",
            Elem::Citation(_) => "</span>",
        });
    }
    out
}

/// Where a citation leads: the cited document, or its entry among the missing ones.
fn link(c: &CitationSpan) -> Option<String> {
    match (&c.target, &c.target_key) {
        (Some(t), _) => Some(crate::key_path("/doc", t)),
        (None, Some(k)) if !k.is_empty() => Some(format!("/missing?key={}", crate::query_value(k))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tags open and close in order, and the text between them is the input's.
    fn check_balanced(html: &str, text: &str) {
        let mut stack: Vec<String> = Vec::new();
        let mut plain = String::new();
        let mut rest = html;
        while let Some(lt) = rest.find('<') {
            plain.push_str(&rest[..lt]);
            let gt = rest[lt..].find('>').expect("tag closes") + lt;
            let tag = &rest[lt + 1..gt];
            if let Some(name) = tag.strip_prefix('/') {
                assert_eq!(stack.pop().as_deref(), Some(name), "{html}");
            } else {
                let name = tag.split_whitespace().next().expect("tag name");
                assert!(
                    !(name == "a" && stack.iter().any(|t| t == "a")),
                    "nested links: {html}"
                );
                stack.push(name.to_string());
            }
            rest = &rest[gt + 1..];
        }
        plain.push_str(rest);
        assert!(stack.is_empty(), "{html}");
        let unescaped = plain
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
        assert_eq!(unescaped, text);
    }

    fn zone(kind: &str, start: usize, end: usize) -> Zone {
        Zone {
            kind: kind.into(),
            start,
            end,
        }
    }

    #[test]
    fn text_is_escaped_and_citations_link() {
        let text = "Căn cứ Chỉ thị 16/CT-TTg <script>alert(1)</script> & more";
        let cite = CitationSpan {
            start: 7,
            end: 26,
            relation: Some("basis".into()),
            target: Some("quoc-gia/2020/16/CT-TTg".into()),
            target_key: Some("quoc-gia/2020/16/CT-TTg".into()),
        };
        let html = annotate(text, &[zone("body", 0, text.len())], &[], &[cite]);
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"));
        assert!(!html.contains("<script"));
        assert!(html.contains("<a class=\"cite rel-basis\" href=\"/doc/quoc-gia/2020/16/CT-TTg\""));
        check_balanced(&html, text);
    }

    #[test]
    fn a_missing_target_links_to_its_entry() {
        let c = CitationSpan {
            start: 0,
            end: 3,
            relation: None,
            target: None,
            target_key: Some("ben-tre/2021/687-CV/TU".into()),
        };
        let html = annotate("abcdef", &[], &[], &[c]);
        assert!(html.contains("href=\"/missing?key=ben-tre%2F2021%2F687-CV%2FTU\""));
        assert!(html.contains("cite-missing"));
    }

    #[test]
    fn crossing_spans_split_and_offsets_inside_a_character_move_back() {
        // "ĐẢNG" is 2+3+1+1 bytes: offsets 1 and 3 fall inside characters.
        let text = "ĐẢNG CỘNG SẢN\nSố 1-CV/TU\nlàm việc";
        let zones = [
            zone("issuer", 0, 10),
            zone("number", 10, 25),
            zone("body", 25, 999),
        ];
        let tasks = [
            TaskSpan {
                label: "1".into(),
                start: 3,
                end: 20,
            },
            TaskSpan {
                label: "1.a".into(),
                start: 1,
                end: 30,
            },
        ];
        let cites = [
            CitationSpan {
                start: 5,
                end: 22,
                relation: Some("mentions<x>".into()),
                target: None,
                target_key: Some("k".into()),
            },
            CitationSpan {
                start: 8,
                end: 28,
                relation: None,
                target: Some("t".into()),
                target_key: None,
            },
        ];
        let html = annotate(text, &zones, &tasks, &cites);
        check_balanced(&html, text);
        assert!(html.contains("rel-mentionsx"));
        assert_eq!(html.matches("task-start").count(), 2);
    }

    /// A small deterministic generator for the spans below.
    struct Lcg(u64);

    impl Lcg {
        fn below(&mut self, n: usize) -> usize {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((self.0 >> 33) as usize) % n
        }

        fn span(&mut self, len: usize) -> (usize, usize) {
            let (a, b) = (self.below(len), self.below(len));
            (a.min(b), a.max(b))
        }
    }

    #[test]
    fn any_spans_give_balanced_html() {
        let text = "Số 12/CT-UBND ngày 1/2/2021 <b>về</b> việc “phòng, chống” & Đ";
        let len = text.len() + 4;
        let mut rng = Lcg(7);
        for _ in 0..500 {
            let zones: Vec<Zone> = (0..rng.below(4))
                .map(|_| {
                    let (s, e) = rng.span(len);
                    zone("item", s, e)
                })
                .collect();
            let tasks: Vec<TaskSpan> = (0..rng.below(4))
                .map(|i| {
                    let (s, e) = rng.span(len);
                    TaskSpan {
                        label: format!("{i}\"<"),
                        start: s,
                        end: e,
                    }
                })
                .collect();
            let cites: Vec<CitationSpan> = (0..rng.below(4))
                .map(|_| {
                    let (s, e) = rng.span(len);
                    CitationSpan {
                        start: s,
                        end: e,
                        relation: None,
                        target: None,
                        target_key: Some("a/b".into()),
                    }
                })
                .collect();
            check_balanced(&annotate(text, &zones, &tasks, &cites), text);
        }
    }
}
