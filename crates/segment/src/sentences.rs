//! Sentence splitting, aware of directive text.
//!
//! A general-purpose splitter glues a directive's header into one sentence and cuts
//! `Số 275-CV/ĐUK`, `TP. Hồ Chí Minh` or `21/5/2021` in the middle. Here no sentence
//! crosses a zone boundary, and within a zone:
//!
//! * header and footer zones are split by their own structure: one sentence per line
//!   of the motto, per entry of `Kính gửi` and `Nơi nhận` (dash items), one for the
//!   number, the place and date, the type line, the trích yếu (wrapped lines and all),
//!   the issuer block and the signature block;
//! * prose zones (body, items, closing) end a sentence at `.`, `!`, `?` (and `./.`)
//!   followed by a capital, a digit, a quote or an item label — but not after an
//!   abbreviation (`TP.`, `ThS.`, `TM.`, `KT.`, a single capital) nor inside a number
//!   (`1.000`, `2.1`); a blank line always ends a sentence, and so does a line break
//!   before an item label or a dash.
//!
//! Sentences are trimmed: they start and end on text, never on white space.

use vanban_lexicon::ABBREVIATIONS;
use vanban_types::{Segment, SegmentKind, Span};

pub(crate) fn split(text: &str, segments: &[Segment]) -> Vec<Span> {
    let mut out = Vec::new();
    for s in segments {
        match s.kind {
            SegmentKind::Body | SegmentKind::Item | SegmentKind::Closing | SegmentKind::Other => {
                prose(text, s.start, s.end, &mut out)
            }
            SegmentKind::Motto | SegmentKind::Annotation => {
                per_line(text, s.start, s.end, &mut out)
            }
            SegmentKind::Recipients | SegmentKind::Distribution => {
                entries(text, s.start, s.end, &mut out)
            }
            _ => push_trimmed(text, s.start, s.end, &mut out),
        }
    }
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let deco = |c: char| c.is_whitespace() || matches!(c, '*' | '|' | '_' | '#');
    let t = &text[start..end];
    let a = t.trim_start_matches(deco);
    let s = start + (t.len() - a.len());
    let b = a.trim_end_matches(deco);
    let e = s + b.len();
    if s < e {
        out.push(Span::new(s, e));
    }
}

fn per_line(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let mut pos = start;
    for line in text[start..end].split_inclusive('\n') {
        push_trimmed(text, pos, pos + line.len(), out);
        pos += line.len();
    }
}

/// One sentence per list entry: a new entry starts at a dash, or at a line that
/// follows one ending in `,` `;` `.` (lists without dashes). `Kính gửi:` / `Nơi nhận:`
/// heads are sentences of their own when the entries follow on other lines.
fn entries(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let mut cur: Option<(usize, usize)> = None;
    let mut pos = start;
    let mut prev_ended = true;
    let flush = |cur: &mut Option<(usize, usize)>, out: &mut Vec<Span>| {
        if let Some((s, e)) = cur.take() {
            push_trimmed(text, s, e, out);
        }
    };
    for line in text[start..end].split_inclusive('\n') {
        let ls = pos;
        pos += line.len();
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        // `Kính gửi: - A,` : the head, then the first entry on the same line.
        let (head_end, first) = match t.find(':') {
            Some(i) if i < 20 && !cur.is_some_and(|_| true) => {
                let off = line.find(':').map_or(0, |i| i + 1);
                (Some(ls + off), &line[off..])
            }
            _ => (None, line),
        };
        if let Some(h) = head_end {
            flush(&mut cur, out);
            push_trimmed(text, ls, h, out);
            if first.trim().is_empty() {
                prev_ended = true;
                continue;
            }
            let fs = h + (first.len() - first.trim_start().len());
            cur = Some((fs, pos));
            prev_ended = ends_entry(first);
            continue;
        }
        let dash = t.starts_with(['-', '–', '+', '•']);
        if dash || prev_ended || cur.is_none() {
            flush(&mut cur, out);
            cur = Some((ls, pos));
        } else if let Some(c) = cur.as_mut() {
            c.1 = pos;
        }
        prev_ended = ends_entry(line);
    }
    flush(&mut cur, out);
}

fn ends_entry(line: &str) -> bool {
    line.trim_end()
        .trim_end_matches(['*', ' '])
        .ends_with([',', ';', '.'])
}

fn prose(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let seg = &text[start..end];
    let bytes = seg.as_bytes();
    let mut sent_start = 0usize;
    let mut i = 0usize;
    while i < seg.len() {
        let c = bytes[i];
        // A blank line, or a line break before an item label or dash, ends a sentence.
        if c == b'\n' {
            let rest = &seg[i + 1..];
            let next_line = rest.split('\n').next().unwrap_or("");
            let blank_follows = next_line.trim().is_empty();
            let label_follows = starts_with_label(next_line.trim_start_matches(['*', ' ']));
            if blank_follows || label_follows {
                push_trimmed(text, start + sent_start, start + i, out);
                sent_start = i + 1;
            }
            i += 1;
            continue;
        }
        if matches!(c, b'.' | b'!' | b'?') {
            // Swallow `./.` and runs of punctuation and closing quotes.
            let mut j = i + 1;
            while j < seg.len() {
                let rest = &seg[j..];
                let ch = rest.chars().next().unwrap_or(' ');
                if matches!(ch, '.' | '/' | '!' | '?' | '"' | '”' | '’' | ')' | '*') {
                    j += ch.len_utf8();
                } else {
                    break;
                }
            }
            if is_boundary(seg, i, j) {
                push_trimmed(text, start + sent_start, start + j, out);
                sent_start = j;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    push_trimmed(text, start + sent_start, end, out);
}

/// Whether a `.`/`!`/`?` at `i` (punctuation run up to `j`) ends a sentence.
fn is_boundary(seg: &str, i: usize, j: usize) -> bool {
    let after = &seg[j..];
    let next = after.chars().next();
    // The end of the zone.
    let Some(next) = next else { return true };
    if !next.is_whitespace() {
        return false; // `1.000`, `TP.HCM`, `v.v.`
    }
    let rest = after.trim_start_matches([' ', '\t', '\n', '*', '_']);
    let Some(first) = rest.chars().next() else {
        return true;
    };
    if !(first.is_uppercase()
        || first.is_ascii_digit()
        || matches!(first, '"' | '“' | '(' | '-' | '–' | '+' | '•'))
    {
        return false;
    }
    if seg.as_bytes()[i] != b'.' {
        return true;
    }
    // The word before the dot: an abbreviation or an initial does not end a sentence.
    let before = &seg[..i];
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    if ABBREVIATIONS.contains(&word) {
        return false;
    }
    let mut wc = word.chars();
    if let (Some(w), None) = (wc.next(), wc.next()) {
        if w.is_uppercase() {
            return false; // an initial: `Nguyễn V. A`
        }
    }
    // An item label (`1.`, `II.`, `a.`) is not a sentence.
    if before
        .trim_end()
        .lines()
        .last()
        .is_some_and(|l| is_label_only(l.trim_start_matches(['*', ' '])))
    {
        return false;
    }
    true
}

/// `1`, `2.1`, `II`, `a` — what comes before the dot of an item label.
fn is_label_only(s: &str) -> bool {
    let s = s.trim_end_matches('\\');
    !s.is_empty()
        && (s.chars().all(|c| c.is_ascii_digit() || c == '.')
            || s.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
            || (s.chars().count() == 1 && s.chars().all(|c| c.is_lowercase())))
}

fn starts_with_label(line: &str) -> bool {
    let mut chars = line.chars();
    match chars.next() {
        Some('-' | '–' | '+' | '•') => true,
        Some(c) if c.is_ascii_digit() => {
            // `1.`, `1-`, `1)`, `2.1.`: at most two digits, then a label mark.
            let digits = line.chars().take_while(char::is_ascii_digit).count();
            digits <= 2 && line[digits..].starts_with(['.', ')', '-'])
        }
        Some(c) if c.is_lowercase() => matches!(chars.next(), Some(')')),
        Some('I' | 'V' | 'X') => {
            let roman: String = line
                .chars()
                .take_while(|c| matches!(c, 'I' | 'V' | 'X'))
                .collect();
            line[roman.len()..].starts_with(['.', '-', ')'])
        }
        Some('Đ') => line.starts_with("Điều "),
        _ => false,
    }
}
