//! OCR damage on the landmarks of a directive.
//!
//! Scans lose diacritic-heavy letters (`KT LUN` for `KẾT LUẬN`, `Kinh gi:` for `Kính
//! gửi:`, `ngay 12 thang 3 nam 2019`), read digits as letters (`2O21`, `Số l25-CV/TU`)
//! and break words across lines (`thực hi-` / `ện`). The segmenter and the extractor
//! find a directive's parts by these landmarks, so [`Landmarks::repair`] puts them back
//! in their printed form before segmentation — and only them: the values between the
//! landmarks (a place, a name, a subject) stay as printed.
//!
//! A landmark is recognized when the printed words are the landmark's words **with
//! letters or diacritic marks lost** — never added or changed — keeping each word's
//! first letter and at least half of its letters (`Cn c` is `Căn cứ`; `Cần` is not
//! `Căn`: its marks differ). `Kính gửi` followed by a colon also allows two edits of
//! any kind (`Kính grii:`). Digits are repaired only inside a number or a date
//! whose other characters are digits, and only when the result is a valid date or
//! number and symbol. A word broken by a hyphen at the end of a line is joined only
//! when the joined word is a Vietnamese syllable. Each repair is a problem of kind
//! `ocr` that quotes the text before and after, so a reader can check it.

use crate::is_alphabetic;
use unicode_normalization::char::decompose_canonical;
use vanban_types::{Document, Problem, ProblemKind};

/// How a repair of digits in the date line starts its problem message: the date was
/// read from repaired text, so the extractor asks for a review of it.
pub const DATE_DIGITS: &str = "letters read as digits in the date line";
/// The same for the number and symbol.
pub const NUMBER_DIGITS: &str = "letters read as digits in the number";

/// Landmarks looked for on the first lines only (header, number, date, type line).
const HEADER_LINES: usize = 40;

/// The landmarks, built once from the lexicon's type names.
#[derive(Debug, Clone)]
pub struct Landmarks {
    /// Whole header cells: the mottos and the type names, in capitals.
    headings: Vec<Vec<String>>,
    /// For each heading, its first letter without marks: `word_lost` keeps the first
    /// letter, so a cell is compared only with the headings that start like it.
    heading_leads: Vec<Option<char>>,
    /// For each of [`LINE_OPENERS`], its first letter without marks, for the same
    /// reason.
    opener_leads: [Option<char>; LINE_OPENERS.len()],
}

/// Phrases that open a line, with what must follow them.
const LINE_OPENERS: [(&str, Follow); 5] = [
    ("Kính gửi", Follow::Colon),
    ("Nơi nhận", Follow::ColonOrEnd),
    ("Căn cứ", Follow::Text),
    ("Thực hiện", Follow::Text),
    ("Điều", Follow::Digit),
];

#[derive(Debug, Clone, Copy, PartialEq)]
enum Follow {
    Colon,
    ColonOrEnd,
    Text,
    Digit,
}

/// One repair: a byte range of the text and what replaces it.
struct Edit {
    start: usize,
    end: usize,
    with: String,
    what: &'static str,
}

impl Landmarks {
    /// Landmarks for the given document type names (`Chỉ thị`, `Kết luận` …).
    pub fn new<'a>(type_names: impl IntoIterator<Item = &'a str>) -> Landmarks {
        let mut headings: Vec<Vec<String>> = [
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            // The old tone placement, as many headers print it.
            "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        ]
        .into_iter()
        .chain(type_names)
        .map(|n| {
            n.to_uppercase()
                .split_whitespace()
                .map(String::from)
                .collect()
        })
        .collect();
        // In the order above (a tie between two spellings keeps the first, `HÒA`).
        let mut seen = std::collections::HashSet::new();
        headings.retain(|h| seen.insert(h.clone()));
        let heading_leads = headings.iter().map(|h| first_base(&h[0])).collect();
        Landmarks {
            headings,
            heading_leads,
            opener_leads: LINE_OPENERS.map(|(phrase, _)| first_base(phrase)),
        }
    }

    /// Repair the landmarks of `doc` in place, each repair noted in its problems.
    pub fn repair(&self, doc: &mut Document) {
        let edits = self.edits(&doc.text);
        if edits.is_empty() {
            return;
        }
        let mut out = String::with_capacity(doc.text.len());
        let mut at = 0;
        for e in &edits {
            out.push_str(&doc.text[at..e.start]);
            out.push_str(&e.with);
            doc.problems.push(Problem::new(
                ProblemKind::Ocr,
                format!(
                    "{}: {:?} read as {:?}",
                    e.what,
                    doc.text[e.start..e.end].trim(),
                    e.with.trim()
                ),
            ));
            at = e.end;
        }
        out.push_str(&doc.text[at..]);
        doc.text = out;
    }

    /// The repairs of a text, in order, not overlapping.
    fn edits(&self, text: &str) -> Vec<Edit> {
        let mut edits = Vec::new();
        let mut offset = 0;
        let mut non_empty = 0;
        let mut lines = lines_of(text).peekable();
        while let Some(line) = lines.next() {
            let start = offset;
            offset += line.len() + 1;
            if line.trim().is_empty() {
                continue;
            }
            non_empty += 1;
            // Header landmarks sit on short lines; a long line is prose.
            let header = non_empty <= HEADER_LINES && line.len() <= 240;
            let before = edits.len();
            if header {
                let digits = line.bytes().any(|b| b.is_ascii_digit());
                for (cs, ce) in cells(line) {
                    let cell = &line[cs..ce];
                    let number = || {
                        // `Số 125-CV/TU`: digits and a separator.
                        (digits && cell.bytes().any(|b| b == b'/' || b == b'-'))
                            .then(|| number_line(cell))
                            .flatten()
                    };
                    if let Some(e) = self.heading(cell).or_else(number) {
                        edits.push(e.shifted(start + cs));
                    }
                }
                // A date line has digits (a year at least) and an `n` of `ngày` (which
                // `date_line` looks for first).
                if let Some(e) = digits.then(|| date_line(line)).flatten() {
                    edits.push(e.shifted(start));
                }
            }
            if edits.len() == before {
                if let Some(e) = self.line_opener(line, header) {
                    edits.push(e.shifted(start));
                }
            }
            if let Some(next) = lines.peek() {
                if let Some(e) = broken_word(line, next) {
                    edits.push(e.shifted(start));
                }
            }
        }
        edits.sort_by_key(|e| e.start);
        // Repairs never overlap by construction (each looks at its own words); keep the
        // first should two ever touch.
        let mut kept: Vec<Edit> = Vec::with_capacity(edits.len());
        for e in edits {
            if kept.last().is_none_or(|k| k.end <= e.start) {
                kept.push(e);
            }
        }
        kept
    }

    /// A line opening with a landmark phrase that lost letters (`Kinh gi:`, `Noi nhn:`,
    /// `- Cn c`, `Điu 1.`).
    fn line_opener(&self, line: &str, header: bool) -> Option<Edit> {
        let (ws, _) = trim_marks(line);
        // A dash that opens a preamble entry stays.
        let ws = ws + (line.len() - ws - line[ws..].trim_start_matches(['-', '–', ' ']).len());
        let rest = &line[ws..];
        // Every opener keeps its first letter (as `word_lost` asks): most lines are turned
        // away here, before any word is looked at (`Kính gửi` only in the header).
        let first = first_base(rest)?;
        let may_open = LINE_OPENERS
            .iter()
            .zip(&self.opener_leads)
            .any(|((_, follow), lead)| {
                *lead == Some(first) && (header || *follow != Follow::Colon)
            });
        if !may_open {
            return None;
        }
        // The printed words, before any colon: openers have at most two, in a few bytes.
        let mut window = rest.len().min(40);
        while !rest.is_char_boundary(window) {
            window -= 1;
        }
        let head_end = rest[..window].find(':').unwrap_or(rest.len());
        let mut head = [(0, ""); 2];
        let mut found = 0;
        for (s, _, w) in words_iter(rest).take(2).filter(|(s, _, _)| *s < head_end) {
            head[found] = (s, w.trim_end_matches(':'));
            found += 1;
        }
        // `word_lost` keeps the first letter: only the openers that start like the line's
        // first word can match (most lines that pass the letter check above fail here).
        let lead = first_base(head[0].1);
        for ((phrase, follow), &phrase_lead) in LINE_OPENERS.into_iter().zip(&self.opener_leads) {
            if follow == Follow::Colon && !header {
                continue;
            }
            // (The colon openers are also compared by edit distance, from any `k`.)
            if follow != Follow::Colon && lead != phrase_lead {
                continue;
            }
            // Openers have one or two words.
            let target: ([&str; 2], usize) = match phrase.split_once(' ') {
                Some((a, b)) => ([a, b], 2),
                None => ([phrase, ""], 1),
            };
            let target = &target.0[..target.1];
            let picked = &head[..target.len().min(found)];
            if picked.len() != target.len() || picked.iter().any(|(_, w)| w.is_empty()) {
                continue;
            }
            let end = picked.last().map_or(0, |(s, w)| s + w.len());
            let after = rest[end..].trim_start_matches([' ', '\t', '*']);
            let followed = match follow {
                Follow::Colon => after.starts_with(':'),
                Follow::ColonOrEnd => after.starts_with(':') || after.trim().is_empty(),
                Follow::Text => after.chars().next().is_some_and(is_alphabetic),
                Follow::Digit => after.chars().next().is_some_and(|c| c.is_ascii_digit()),
            };
            if !followed {
                continue;
            }
            let words: Vec<&str> = picked.iter().map(|(_, w)| *w).collect();
            let matched = phrase_lost(&words, target).is_some()
                || (follow == Follow::Colon
                    && distance(&skeleton(&words.join(" ")), &skeleton(phrase)) <= 2
                    && words[0].to_lowercase().starts_with('k'));
            if !matched {
                continue;
            }
            let canonical = in_case_of(phrase, words[0]);
            if canonical == words.join(" ") {
                return None;
            }
            return Some(Edit {
                start: ws,
                end: ws + end,
                with: canonical,
                what: "landmark with letters lost",
            });
        }
        None
    }

    /// A header cell that is a motto or a type name with letters lost, in capitals.
    fn heading(&self, cell: &str) -> Option<Edit> {
        let (ws, we) = trim_marks(cell);
        let printed = &cell[ws..we];
        // Cheapest first: headings are short, in capitals, with a few letters.
        if printed.len() > 60 || printed.chars().any(char::is_lowercase) {
            return None;
        }
        if printed
            .chars()
            .filter(|&c| is_alphabetic(c))
            .take(3)
            .count()
            < 3
        {
            return None;
        }
        let words: Vec<&str> = printed.split_whitespace().collect();
        let lead = first_base(words.first()?);
        let mut best: Option<(usize, &Vec<String>)> = None;
        let mut tie = false;
        for (h, h_lead) in self.headings.iter().zip(&self.heading_leads) {
            // What `phrase_lost` would turn away first, without looking at the letters.
            if h.len() != words.len() || *h_lead != lead {
                continue;
            }
            if let Some(lost) = phrase_lost(&words, h) {
                match best {
                    Some((b, _)) if b < lost => {}
                    // Two spellings of one heading (`HÒA`, `HOÀ`) are no tie.
                    Some((b, bh)) if b == lost => {
                        tie |= skeleton(&bh.join(" ")) != skeleton(&h.join(" "))
                    }
                    _ => {
                        best = Some((lost, h));
                        tie = false;
                    }
                }
            }
        }
        let (_, h) = best.filter(|_| !tie)?;
        let canonical = h.join(" ");
        if canonical == words.join(" ") {
            return None;
        }
        Some(Edit {
            start: ws,
            end: we,
            with: canonical,
            what: "heading with letters lost",
        })
    }
}

impl Edit {
    fn shifted(mut self, by: usize) -> Edit {
        self.start += by;
        self.end += by;
        self
    }
}

/// `text.split('\n')`, the line ends found by memchr's vector search (the standard
/// library's search for a character sets up its own for every line).
fn lines_of(text: &str) -> impl Iterator<Item = &str> {
    let mut ends = memchr::memchr_iter(b'\n', text.as_bytes());
    let mut start = Some(0);
    std::iter::from_fn(move || {
        let from = start?;
        match ends.next() {
            Some(end) => {
                start = Some(end + 1);
                Some(&text[from..end])
            }
            None => {
                start = None;
                Some(&text[from..])
            }
        }
    })
}

/// The cells of a line: runs of text separated by a tab or three spaces or more (the
/// two columns of a header typed side by side).
fn cells(line: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let b = line.as_bytes();
    // Most lines are one cell: two vector searches say so without the byte loop below.
    if !crate::layout::has_column_gap(b) {
        if !b.is_empty() {
            out.push((0, b.len()));
        }
        return out;
    }
    let (mut i, mut start) = (0, 0);
    while i < b.len() {
        // (A byte test first: this runs on every byte of the header lines.)
        let gap = match b[i] {
            b'\t' => 1,
            b' ' if b.get(i + 1) == Some(&b' ') && b.get(i + 2) == Some(&b' ') => b[i..]
                .iter()
                .take_while(|&&c| c == b' ' || c == b'\t')
                .count(),
            _ => 0,
        };
        if gap > 0 {
            if i > start {
                out.push((start, i));
            }
            i += gap;
            start = i;
        } else {
            i += 1;
        }
    }
    if start < b.len() {
        out.push((start, b.len()));
    }
    out
}

/// The range of `s` without surrounding spaces and `*`.
fn trim_marks(s: &str) -> (usize, usize) {
    let start = s.len() - s.trim_start_matches([' ', '\t', '*', '\r']).len();
    let end = s.trim_end_matches([' ', '\t', '*', '\r']).len().max(start);
    (start, end)
}

/// A letter as its base letter and the set of its diacritic marks (`ậ` → `a` with a
/// circumflex and a dot below; `đ` → `d` with a stroke).
fn parts(c: char) -> (char, u16) {
    if c.is_ascii() {
        return (c.to_ascii_lowercase(), 0);
    }
    let c = c.to_lowercase().next().unwrap_or(c);
    if matches!(c, 'đ' | 'ð') {
        return ('d', 1 << 9);
    }
    let (mut base, mut marks) = (None, 0u16);
    decompose_canonical(c, |d| match base {
        None => base = Some(d),
        Some(_) => {
            marks |= match d {
                '\u{300}' => 1,
                '\u{301}' => 2,
                '\u{303}' => 4,
                '\u{309}' => 8,
                '\u{323}' => 16,
                '\u{302}' => 32,
                '\u{306}' => 64,
                '\u{31b}' => 128,
                _ => 256,
            }
        }
    });
    (base.unwrap_or(c), marks)
}

/// The first letter of `word` without its marks, in lower case (`Điều` → `d`).
fn first_base(word: &str) -> Option<char> {
    word.chars().next().map(|c| parts(c).0)
}

/// Whether printed letter `p` can be letter `t` with some of its marks lost.
fn lost_marks(p: char, t: char) -> bool {
    // (Most letters compared are printed as they should be: no tables for those.)
    if p == t {
        return true;
    }
    let ((pb, pm), (tb, tm)) = (parts(p), parts(t));
    pb == tb && pm & !tm == 0
}

/// How many letters of `target` the printed word lost, when it is `target` with
/// letters or marks lost, its first letter kept and at least half of its letters.
fn word_lost(printed: &str, target: &str) -> Option<usize> {
    let (pn, tn) = (printed.chars().count(), target.chars().count());
    if pn == 0 || pn > tn || pn * 2 < tn {
        return None;
    }
    // Each printed letter is the next target letter it can be; the first must be the
    // first.
    let mut t = target.chars();
    for (k, c) in printed.chars().enumerate() {
        loop {
            let tc = t.next()?;
            if lost_marks(c, tc) {
                break;
            }
            if k == 0 {
                return None;
            }
        }
    }
    Some(tn - pn)
}

/// Letters lost from a phrase printed as `words` (same number of words), or `None`.
fn phrase_lost<S: AsRef<str>>(words: &[&str], target: &[S]) -> Option<usize> {
    if words.len() != target.len() {
        return None;
    }
    words
        .iter()
        .zip(target)
        .try_fold(0, |acc, (w, t)| word_lost(w, t.as_ref()).map(|l| acc + l))
}

/// `printed` in the case of `like`: capitals, a capital first letter, or lower case.
fn in_case_of(printed: &str, like: &str) -> String {
    let letters: Vec<char> = like.chars().filter(|&c| is_alphabetic(c)).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        return printed.to_uppercase();
    }
    let lower = printed.to_lowercase();
    if letters.first().is_some_and(|c| c.is_uppercase()) {
        let mut cs = lower.chars();
        return cs
            .next()
            .map(|f| f.to_uppercase().chain(cs).collect())
            .unwrap_or_default();
    }
    lower
}

/// Base letters in lower case, marks dropped (`Kính gửi` → `kinh gui`).
fn skeleton(s: &str) -> String {
    s.chars().map(|c| parts(c).0).collect()
}

/// Levenshtein distance of two short strings.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for j in 0..b.len() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != b[j]))
                .min(row[j] + 1)
                .min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// A token of digits in which OCR read some digits as letters (`2O21`, `l5`, `1S`):
/// the digits, when it has at least one real digit and every other character is a
/// letter that looks like one. `None` when there is nothing to repair or it is not a
/// number.
fn repair_digits(tok: &str) -> Option<String> {
    if !tok.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut changed = false;
    let out: Option<String> = tok
        .chars()
        .map(|c| match c {
            '0'..='9' => Some(c),
            'O' | 'o' => {
                changed = true;
                Some('0')
            }
            'l' | 'I' | '|' => {
                changed = true;
                Some('1')
            }
            'S' => {
                changed = true;
                Some('5')
            }
            _ => None,
        })
        .collect();
    out.filter(|_| changed)
}

/// `tok` as digits: itself when it is digits, repaired when OCR damaged it.
fn digits(tok: &str) -> Option<String> {
    if !tok.is_empty() && tok.bytes().all(|b| b.is_ascii_digit()) {
        Some(tok.to_string())
    } else {
        repair_digits(tok)
    }
}

/// Whether day, month and year make a date of the archives' era.
fn valid_date(d: &str, m: &str, y: &str) -> bool {
    let (Ok(d), Ok(m), Ok(y)) = (d.parse::<u32>(), m.parse::<u32>(), y.parse::<i32>()) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1945..=2100).contains(&y) && (1..=days).contains(&d)
}

/// The words of a line with their byte ranges.
fn words(line: &str) -> Vec<(usize, usize, &str)> {
    words_iter(line).collect()
}

/// [`words`], lazily: most lines need only their first words.
fn words_iter(line: &str) -> impl Iterator<Item = (usize, usize, &str)> {
    let mut start = None;
    line.char_indices()
        .chain(std::iter::once((line.len(), ' ')))
        .filter_map(move |(i, c)| match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                start = None;
                Some((s, i, &line[s..i]))
            }
            (false, None) => {
                start = Some(i);
                None
            }
            _ => None,
        })
}

/// The date line `ngày 12 tháng 3 năm 2019` with letters lost from its words or digits
/// read as letters (`ngay 12 thng 3 nm 2O19`, `ngày l5 tháng 8 năm 2014`).
fn date_line(line: &str) -> Option<Edit> {
    // Most lines with digits and an `n` are no date line: look for a word that could
    // be its `ngày` (below) before collecting the words. Such a word starts with `n`
    // after white space or at the line's start, and opens the line or follows a word
    // that ends with a comma: checked at each `n` byte, without decoding the line.
    let could_open = memchr::memchr2_iter(b'n', b'N', line.as_bytes()).any(|p| {
        let before = line[..p].trim_end();
        (p == 0 || before.len() < p) && (before.is_empty() || before.ends_with(','))
    });
    if !could_open {
        return None;
    }
    let ws = words(line);
    let strip = |w: &str| w.trim_end_matches([',', '.', ';', '*']).to_string();
    for i in 0..ws.len() {
        // The date line's `ngày` opens the line or follows the place and its comma; a
        // date inside a sentence or a subject is text, left as printed.
        let opens = i == 0 || ws[i - 1].2.ends_with(',');
        if !opens
            || !ws[i].2.starts_with(['n', 'N'])
            || word_lost(&ws[i].2.to_lowercase(), "ngày").is_none()
        {
            continue;
        }
        let ngay = ws[i].2;
        // `ngày 12 tháng 3 năm 2019`
        if i + 5 < ws.len()
            && word_lost(&ws[i + 2].2.to_lowercase(), "tháng").is_some()
            && word_lost(&ws[i + 4].2.to_lowercase(), "năm").is_some()
        {
            let year_tok = strip(ws[i + 5].2);
            let (d, m, y) = (
                digits(ws[i + 1].2)?,
                digits(ws[i + 3].2)?,
                digits(&year_tok)?,
            );
            if d.len() > 2 || m.len() > 2 || y.len() != 4 || !valid_date(&d, &m, &y) {
                return None;
            }
            let canonical = format!(
                "{} {d} {} {m} {} {y}",
                in_case_of("ngày", ngay),
                in_case_of("tháng", ws[i + 2].2),
                in_case_of("năm", ws[i + 4].2)
            );
            let repaired = d != ws[i + 1].2 || m != ws[i + 3].2 || y != year_tok;
            return date_edit(
                line,
                ws[i].0,
                ws[i + 5].0 + year_tok.len(),
                canonical,
                repaired,
            );
        }
        // `ngày 2l/O3/2O19`
        if i + 1 < ws.len() {
            let tok = strip(ws[i + 1].2);
            let parts: Vec<&str> = tok.split(['/', '-', '.']).collect();
            if parts.len() == 3 {
                let (d, m, y) = (digits(parts[0])?, digits(parts[1])?, digits(parts[2])?);
                if y.len() != 4 || !valid_date(&d, &m, &y) {
                    return None;
                }
                let sep = tok[parts[0].len()..].chars().next().unwrap_or('/');
                let canonical = format!("{} {d}{sep}{m}{sep}{y}", in_case_of("ngày", ngay));
                let repaired = tok != format!("{d}{sep}{m}{sep}{y}");
                return date_edit(line, ws[i].0, ws[i + 1].0 + tok.len(), canonical, repaired);
            }
        }
    }
    None
}

/// The repair of `line[start..end]` into the `canonical` date line, unless the printed
/// words already are it (spacing aside); `repaired` when digits were read as letters.
fn date_edit(
    line: &str,
    start: usize,
    end: usize,
    canonical: String,
    repaired: bool,
) -> Option<Edit> {
    let printed = line[start..end]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if printed == canonical {
        return None;
    }
    let what = if repaired {
        DATE_DIGITS
    } else {
        "date line damaged"
    };
    Some(Edit {
        start,
        end,
        with: canonical,
        what,
    })
}

/// The number line `Số 125-CV/TU` with `Số` damaged (`S:`, `Sô`) or digits read as
/// letters (`Số l25-CV/TU`, `Số: 1O26/QĐ-UBND`).
fn number_line(cell: &str) -> Option<Edit> {
    let (cs, _) = trim_marks(cell);
    // The first word must be `Số` (below): most cells with digits and a dash are prose.
    let (_, _, first) = words_iter(&cell[cs..]).next()?;
    word_lost(&first.trim_end_matches([':', '.']).to_lowercase(), "số")?;
    let ws: Vec<(usize, usize, &str)> = words(&cell[cs..])
        .into_iter()
        .map(|(s, e, w)| (s + cs, e + cs, w))
        .collect();
    let first = ws.first()?;
    let so = first.2.trim_end_matches([':', '.']);
    word_lost(&so.to_lowercase(), "số")?;
    let colon = first.2.ends_with(':') || ws.get(1).is_some_and(|w| w.2 == ":");
    let r = ws.iter().skip(1).find(|w| w.2 != ":")?;
    let reference = r.2.trim_end_matches([',', '.', ';']);
    // Number, then symbol parts separated by `-` or `/`; a 4-digit part is a year.
    let mut out = String::new();
    let mut changed = false;
    let mut has_symbol = false;
    for (k, part) in reference.split_inclusive(['-', '/']).enumerate() {
        let (body, sep) = match part.strip_suffix(['-', '/']) {
            Some(b) => (b, &part[b.len()..]),
            None => (part, ""),
        };
        let repaired = if k == 0 || body.len() == 4 {
            digits(body)
        } else {
            None
        };
        match repaired {
            Some(d) => {
                changed |= d != body;
                out.push_str(&d);
            }
            None if k == 0 => return None,
            None => {
                has_symbol |= body.chars().any(|c| is_alphabetic(c) && c.is_uppercase());
                out.push_str(body);
            }
        }
        out.push_str(sep);
    }
    let so_canonical = in_case_of("số", so);
    if !has_symbol || (!changed && so == so_canonical) {
        return None;
    }
    let with = format!("{so_canonical}{} {out}", if colon { ":" } else { "" });
    Some(Edit {
        start: first.0,
        end: r.0 + reference.len(),
        with,
        what: if changed {
            NUMBER_DIGITS
        } else {
            "number line damaged"
        },
    })
}

/// A word broken by a hyphen at the end of a line (`thực hi-` / `ện Chỉ thị`): joined
/// on the first line when the joined word is a Vietnamese syllable (`hiện`), the rest
/// of the next line left on its own line.
fn broken_word(line: &str, next: &str) -> Option<Edit> {
    let body = line.trim_end_matches([' ', '\t', '\r']);
    let stem_line = body.strip_suffix('-')?;
    let stem_start = stem_line
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_alphabetic(*c))
        .last()
        .map(|(i, _)| i)?;
    let stem = &stem_line[stem_start..];
    let lead = next.len() - next.trim_start_matches([' ', '\t']).len();
    let tail_len: usize = next[lead..]
        .chars()
        .take_while(|&c| is_alphabetic(c))
        .map(char::len_utf8)
        .sum();
    let tail = &next[lead..lead + tail_len];
    if stem.is_empty() || !tail.chars().next().is_some_and(char::is_lowercase) {
        return None;
    }
    let joined = format!("{stem}{tail}");
    if !crate::legacy::is_syllable(&joined.to_lowercase()) {
        return None;
    }
    // `thực hi-` / `ện Chỉ thị` → `thực` / `hiện Chỉ thị`: the whole word moves to the
    // next line, so that neither line starts with a fragment. A stem alone on its line
    // stays there instead (`hi-` / `ện` → `hiện` / ``), not to leave an empty line.
    let before = stem_line[..stem_start].trim_end_matches([' ', '\t']);
    if before.trim().is_empty() {
        let rest = next[lead + tail_len..].trim_start_matches([' ', '\t']);
        return Some(Edit {
            start: stem_start,
            end: line.len() + 1 + (next.len() - rest.len()),
            with: format!("{joined}\n"),
            what: "word broken across lines joined",
        });
    }
    Some(Edit {
        start: before.len(),
        end: line.len() + 1 + lead + tail_len,
        with: format!("\n{joined}"),
        what: "word broken across lines joined",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repaired(text: &str) -> (String, Vec<String>) {
        let l = Landmarks::new(["Chỉ thị", "Kết luận", "Kế hoạch", "Quyết định", "Thông báo"]);
        let mut d = Document {
            path: "t.txt".into(),
            text: text.into(),
            problems: Vec::new(),
        };
        l.repair(&mut d);
        (d.text, d.problems.into_iter().map(|p| p.message).collect())
    }

    #[test]
    fn landmarks_with_letters_lost_are_put_back() {
        let cases = [
            ("ĐNG CNG SN VIT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            (
                "CỘNG HÒA XÃ HI CH NGHĨA VIT NAM",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            ),
            (
                "CỘNG HOÀ XÃ HI CH NGHĨA VIT NAM",
                "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            ),
            (
                "CONG HOA XA HOI CHU NGHIA VIET NAM",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            ),
            ("KT LUN", "KẾT LUẬN"),
            ("QUYT ĐNH", "QUYẾT ĐỊNH"),
            ("K HOCH", "KẾ HOẠCH"),
            ("CHI TH", "CHỈ THỊ"),
            ("  **CHI THI**", "  **CHỈ THỊ**"),
            ("Kinh gi: Các sở", "Kính gửi: Các sở"),
            ("Kính grii:", "Kính gửi:"),
            ("Noi nhn:", "Nơi nhận:"),
            ("Nơi nhân:", "Nơi nhận:"),
            ("- Cn c Điều lệ Đảng;", "- Căn cứ Điều lệ Đảng;"),
            (
                "Thc hin Chỉ thị số 05-CT/TW",
                "Thực hiện Chỉ thị số 05-CT/TW",
            ),
            ("Điu 1. Thành lập", "Điều 1. Thành lập"),
            (
                "Hà Nội, ngay 12 thang 01 nam 2O16",
                "Hà Nội, ngày 12 tháng 01 năm 2016",
            ),
            (
                "Yên Minh, ngày l5 thng 8 nm 2014",
                "Yên Minh, ngày 15 tháng 8 năm 2014",
            ),
            ("Huế, ngày 2l/O3/2O19", "Huế, ngày 21/03/2019"),
            ("NGAY 12 THANG 2 NAM 2015", "NGÀY 12 THÁNG 2 NĂM 2015"),
            ("Số l25-KH/TU", "Số 125-KH/TU"),
            ("Sô  2I-CT/TU", "Số 21-CT/TU"),
            ("S: 1523/BNN-TY", "Số: 1523/BNN-TY"),
            ("Số: 29/2OO5/CT-TTg", "Số: 29/2005/CT-TTg"),
            (
                "TỈNH ỦY NINH THUẬN        ĐNG CNG SN VIT NAM",
                "TỈNH ỦY NINH THUẬN        ĐẢNG CỘNG SẢN VIỆT NAM",
            ),
            (
                "thành lập Ban Chỉ đạo thực hi-\nện Chỉ thị số 05",
                "thành lập Ban Chỉ đạo thực\nhiện Chỉ thị số 05",
            ),
            ("hi-\n  ện nay", "hiện\nnay"),
        ];
        for (damaged, want) in cases {
            let (got, problems) = repaired(damaged);
            assert_eq!(got, want, "{damaged:?}");
            assert!(
                !problems.is_empty(),
                "{damaged:?}: a problem says what was repaired"
            );
        }
    }

    #[test]
    fn lines_are_split_as_the_standard_library_splits_them() {
        for text in ["", "a", "a\n", "\n\n", "Số 12\nngày 3\n\nKính gửi:", "\nx"] {
            assert_eq!(
                lines_of(text).collect::<Vec<_>>(),
                text.split('\n').collect::<Vec<_>>(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn nothing_is_invented() {
        // Intact landmarks, values that merely look like landmarks, digits that are
        // wrong but valid, dates that do not exist, ordinary hyphens.
        let cases = [
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            "CHỈ THỊ",
            "Kính gửi: Các sở",
            "Nơi nhận:",
            "Số 4046-CV/TU",
            "Hà Nội, ngày 12 tháng 01 năm 2016",
            "Cần cù là đức tính quý",
            "- Con cá",
            "CÔNG TY",
            "Số lượng cán bộ tham gia",
            "Số liệu 2O21 chưa đủ",
            "Hà Nội, ngay 31 thang 02 nam 2016",
            "Bà Rịa -\nVũng Tàu",
            "COVID-\n19",
            "Xô-\nviết",
            "SO SÁNH",
            "Ngày hội",
            "KHÔNG",
            "NGHỊ QUYẾT SỐ 12 NGÀY 21 THÁNG 8 NĂM 2023",
            "TẠI NGHỊ ĐỊNH SO 12/2015/NĐ-CP NGÀY 12 THANG 2 NĂM 2015 CUA CHÍNH PHU",
        ];
        for text in cases {
            let (got, problems) = repaired(text);
            assert_eq!(got, text, "{problems:?}");
            assert!(problems.is_empty());
        }
    }

    #[test]
    fn digits_are_repaired_only_inside_numbers() {
        assert_eq!(repair_digits("2O21").as_deref(), Some("2021"));
        assert_eq!(repair_digits("l5").as_deref(), Some("15"));
        assert_eq!(repair_digits("1S").as_deref(), Some("15"));
        assert_eq!(repair_digits("2021"), None, "nothing to repair");
        assert_eq!(repair_digits("Ol"), None, "no real digit");
        assert_eq!(repair_digits("2Ox1"), None, "x is no digit");
    }
}
