//! The task lexicon: cue words, assignee heads and stops, recurrence phrases, urging
//! words — data files ([`TASK_FILES`]: built in, or read from a folder by
//! [`TaskLexicon::load_dir`]) compiled once into one Aho-Corasick automaton, matched on folded text (no case,
//! no diacritics) so that OCR damage does not hide a verb. An item is scanned once
//! ([`Folded::scanned`]: every occurrence of every pattern); the searches for cues, for
//! the end of the assignees' names and for recurrence phrases each take the
//! leftmost-longest matches of their own set from it ([`find_accepted`]).

use aho_corasick::{AhoCorasick, MatchKind};
use std::fmt;
use vanban_lexicon::fold;

/// The action categories of reference/tasks.md, in their order there.
pub const ACTIONS: [&str; 12] = [
    "direct",
    "disseminate",
    "advise",
    "inspect",
    "report",
    "support",
    "mobilize",
    "enforce",
    "commend",
    "coordinate",
    "control",
    "procure",
];

/// The built-in cue file (`task_cues.tsv`).
pub const BUILTIN_CUES: &str = include_str!("../data/task_cues.tsv");

/// The task lexicon's data files, by name, as built in. [`TaskLexicon::load_dir`] reads
/// any of them from a folder instead.
pub const TASK_FILES: [(&str, &str); 6] = [
    ("task_cues.tsv", BUILTIN_CUES),
    ("recurrence.tsv", include_str!("../data/recurrence.tsv")),
    (
        "assignee_heads.tsv",
        include_str!("../data/assignee_heads.tsv"),
    ),
    (
        "assignee_stops.tsv",
        include_str!("../data/assignee_stops.tsv"),
    ),
    ("not_bodies.tsv", include_str!("../data/not_bodies.tsv")),
    ("urging.tsv", include_str!("../data/urging.tsv")),
];

fn builtin_file(name: &str) -> &'static str {
    TASK_FILES
        .iter()
        .find(|(n, _)| *n == name)
        .map_or("", |(_, t)| t)
}

/// A lexicon file that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconError {
    /// The file.
    pub file: String,
    /// Line number, from 1; 0 when the file could not be read.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // (Line 0: the file as a whole, which could not be read.)
        match self.line {
            0 => write!(
                f,
                "cannot read task lexicon {}: {}",
                self.file, self.message
            ),
            n => write!(f, "task lexicon {}, line {n}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for LexiconError {}

/// One cue: the action it signals, or `None` for a phrase that hides cues.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// Index into [`ACTIONS`], or `None` for a blocking phrase.
    pub action: Option<usize>,
    /// The cue as written in the file.
    pub text: String,
    /// The cue itself says `không …` (`không chấp hành`): a negation does not cancel it.
    pub negative: bool,
}

/// The compiled task lexicon.
#[derive(Debug, Clone)]
pub struct TaskLexicon {
    pub(crate) cues: Vec<Cue>,
    /// Each cue in canonical lower case (for the exact-or-undiacritized check).
    pub(crate) cue_canon: Vec<String>,
    /// Every pattern, folded, in the order of [`Set`]: the cues (blocking phrases
    /// included), the assignee stop words, the recurrence phrases.
    pub(crate) patterns: Vec<String>,
    /// One automaton of all the patterns, run once over an item ([`Folded::scanned`]):
    /// every occurrence of each, overlapping, from which each search takes the matches
    /// of its own set.
    pub(crate) scan_ac: AhoCorasick,
    /// How many patterns are cues (the stop words follow them).
    pub(crate) stop_cues: usize,
    /// Each stop pattern in canonical lower case.
    pub(crate) stop_canon: Vec<String>,
    pub(crate) heads: Vec<String>,
    /// Each head in canonical lower case.
    pub(crate) heads_canon: Vec<String>,
    /// The indices of the heads by their first folded byte, so that a text is
    /// compared only with the heads that start like it.
    pub(crate) heads_by_first: Vec<Vec<usize>>,
    /// Nouns of things (folded) that after a plural head (`các`, `mọi`, `những`) name
    /// no body: `Các tài liệu …`.
    pub(crate) not_bodies: Vec<String>,
    pub(crate) recurrence: Vec<(String, String)>,
    /// Words that urge (folded, each followed by a space): an item naming no one that
    /// opens with one asks.
    pub(crate) urging: Vec<String>,
    /// Where the cited type words start among the patterns (after the recurrence
    /// phrases).
    pub(crate) cited_start: usize,
}

/// The patterns a search looks for, among those of [`TaskLexicon::patterns`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Set {
    /// The cues (a pattern id is an index into `cues`).
    Cues,
    /// The cues and the assignee stop words (an index into `stop_canon`).
    Stops,
    /// The recurrence phrases (minus `stop_canon.len()`, an index into `recurrence`).
    Recurrence,
    /// The type words that open a citation (an index into [`CITED_TYPES`] after the
    /// set's start).
    CitedTypes,
}

/// Type words that open a citation (`Chỉ thị`, `Nghị quyết` …), as printed: an item's
/// cue words inside a cited document's title are not the item's. Found by the item's
/// one scan (folded), then compared as printed.
pub(crate) const CITED_TYPES: [&str; 16] = [
    "Chỉ thị",
    "Nghị quyết",
    "Kế hoạch",
    "Công văn",
    "Quyết định",
    "Kết luận",
    "Thông báo",
    "Hướng dẫn",
    "Nghị định",
    "Thông tư",
    "Quy định",
    "Chương trình",
    "Đề án",
    "Điện",
    "Công điện",
    "Luật",
];

fn rows<'t>(
    file: &str,
    text: &'t str,
    columns: usize,
) -> Result<Vec<(usize, Vec<&'t str>)>, LexiconError> {
    let mut out = Vec::new();
    let mut header = false;
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if !header {
            header = true;
            continue;
        }
        let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
        if cells.len() != columns || cells.iter().any(|c| c.is_empty()) {
            return Err(LexiconError {
                file: file.into(),
                line: i + 1,
                message: format!("expected {columns} non-empty tab-separated cells"),
            });
        }
        out.push((i + 1, cells));
    }
    Ok(out)
}

fn build(patterns: &[String]) -> AhoCorasick {
    // Folded, short patterns: building cannot fail short of memory exhaustion.
    // A full DFA: one table step per byte. Measured against the default (a contiguous
    // NFA at this size): 7% fewer instructions for the classifier on a task-dense
    // generated archive, and the classify stage bench no slower in time (−2.9%, within
    // noise); an earlier run on another build had found the NFA faster, so measure
    // again before changing it. Standard semantics: the overlapping search reports
    // every occurrence, and each search picks its leftmost-longest match from them.
    AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        // The patterns start with common letters (`h`, `t`, `c`): a prefilter finds a
        // candidate every few bytes and costs more than the DFA's plain scan.
        .prefilter(false)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(patterns)
        .expect("task lexicon automaton")
}

impl TaskLexicon {
    /// The built-in lexicon.
    pub fn builtin() -> TaskLexicon {
        TaskLexicon::parse(BUILTIN_CUES, "").expect("built-in task lexicon is valid")
    }

    /// The built-in lexicon extended with the cues of `extra` (a file in the format of
    /// `task_cues.tsv`, header line included), its cues read from `cues_tsv`.
    pub fn parse(cues_tsv: &str, extra: &str) -> Result<TaskLexicon, LexiconError> {
        TaskLexicon::from_sources(
            |name| {
                Ok(match name {
                    "task_cues.tsv" => cues_tsv.to_string(),
                    other => builtin_file(other).to_string(),
                })
            },
            extra,
        )
    }

    /// The lexicon whose files ([`TASK_FILES`]) are read from `dir` where it holds one
    /// of that name, built in otherwise, its cues extended with `extra` (as
    /// [`TaskLexicon::parse`]).
    pub fn load_dir(dir: &std::path::Path, extra: &str) -> Result<TaskLexicon, LexiconError> {
        TaskLexicon::from_sources(
            |name| {
                let path = dir.join(name);
                if !path.exists() {
                    return Ok(builtin_file(name).to_string());
                }
                std::fs::read_to_string(&path).map_err(|e| LexiconError {
                    file: path.display().to_string(),
                    line: 0,
                    message: e.to_string(),
                })
            },
            extra,
        )
    }

    fn from_sources(
        mut read: impl FnMut(&str) -> Result<String, LexiconError>,
        extra: &str,
    ) -> Result<TaskLexicon, LexiconError> {
        let cues_tsv = read("task_cues.tsv")?;
        let cues_tsv = cues_tsv.as_str();
        let mut cues = Vec::new();
        for (file, text) in [("task_cues.tsv", cues_tsv), ("--lexicon", extra)] {
            if text.trim().is_empty() {
                continue;
            }
            for (line, c) in rows(file, text, 2)? {
                let action = match c[0] {
                    "-" => None,
                    a => match ACTIONS.iter().position(|x| *x == a) {
                        Some(i) => Some(i),
                        None => {
                            return Err(LexiconError {
                                file: file.into(),
                                line,
                                message: format!("unknown action {a:?}"),
                            })
                        }
                    },
                };
                cues.push(Cue {
                    action,
                    text: c[1].to_string(),
                    negative: fold(c[1]).starts_with("khong"),
                });
            }
        }
        let folded: Vec<String> = cues.iter().map(|c| fold(&c.text)).collect();
        let cue_canon: Vec<String> = cues.iter().map(|c| canon(&c.text)).collect();
        let stops_tsv = read("assignee_stops.tsv")?;
        let stop_rows = rows("assignee_stops.tsv", &stops_tsv, 1)?;
        let stops: Vec<String> = stop_rows.iter().map(|(_, c)| fold(c[0])).collect();
        let mut stop_canon = cue_canon.clone();
        stop_canon.extend(stop_rows.iter().map(|(_, c)| canon(c[0])));
        let stop_cues = folded.len();
        let mut patterns = folded;
        patterns.extend(stops);
        let heads_tsv = read("assignee_heads.tsv")?;
        let head_rows = rows("assignee_heads.tsv", &heads_tsv, 1)?;
        let heads: Vec<String> = head_rows.iter().map(|(_, c)| fold(c[0])).collect();
        let mut heads_by_first = vec![Vec::new(); 256];
        for (i, h) in heads.iter().enumerate() {
            if let Some(b) = h.bytes().next() {
                heads_by_first[b as usize].push(i);
            }
        }
        let heads_canon = head_rows.iter().map(|(_, c)| canon(c[0])).collect();
        let not_bodies = rows("not_bodies.tsv", &read("not_bodies.tsv")?, 1)?
            .iter()
            .map(|(_, c)| fold(c[0]))
            .collect();
        let recurrence: Vec<(String, String)> =
            rows("recurrence.tsv", &read("recurrence.tsv")?, 2)?
                .into_iter()
                .map(|(_, c)| (fold(c[0]), c[1].to_string()))
                .collect();
        let urging = rows("urging.tsv", &read("urging.tsv")?, 1)?
            .iter()
            .map(|(_, c)| format!("{} ", fold(c[0])))
            .collect();
        patterns.extend(recurrence.iter().map(|r| r.0.clone()));
        let cited_start = patterns.len();
        patterns.extend(CITED_TYPES.iter().map(|t| fold(t)));
        let scan_ac = build(&patterns);
        Ok(TaskLexicon {
            cues,
            cue_canon,
            patterns,
            scan_ac,
            stop_cues,
            stop_canon,
            heads,
            heads_canon,
            heads_by_first,
            not_bodies,
            recurrence,
            urging,
            cited_start,
        })
    }

    /// The pattern ids of a [`Set`].
    pub(crate) fn set(&self, set: Set) -> std::ops::Range<usize> {
        let stops = self.stop_canon.len();
        match set {
            Set::Cues => 0..self.stop_cues,
            Set::Stops => 0..stops,
            Set::Recurrence => stops..self.cited_start,
            Set::CitedTypes => self.cited_start..self.patterns.len(),
        }
    }

    /// Every cue, in file order.
    pub fn cues(&self) -> &[Cue] {
        &self.cues
    }

    /// Whether `text` starts with an assignee head, as whole words, printed with the
    /// head's diacritics or none (`Môi trường` does not start with `mọi`).
    pub(crate) fn starts_with_head(&self, text: &str) -> bool {
        // Heads are a few words long: fold only the start of the text.
        let text = opening(text, 64);
        self.starts_with_head_folded(text, &Folded::new(text))
    }

    /// [`TaskLexicon::starts_with_head`] of a text already folded.
    pub(crate) fn starts_with_head_folded(&self, text: &str, folded: &Folded) -> bool {
        // A plural head before a noun of things names no body (`Các tài liệu …`), unless
        // a head follows it (`Các bệnh viện …`, not `Các bệnh …`).
        let plural = ["cac ", "moi ", "nhung "]
            .iter()
            .find_map(|p| folded.s.strip_prefix(p));
        if let Some(rest) = plural {
            let whole = |n: &String| {
                rest.strip_prefix(n.as_str())
                    .is_some_and(|r| r.chars().next().is_none_or(|c| !c.is_alphanumeric()))
            };
            let at = folded.s.len() - rest.len();
            if self.not_bodies.iter().any(whole) && !self.head_at(text, folded, at) {
                return false;
            }
        }
        self.head_at(text, folded, 0)
    }

    /// Whether a head starts at byte `at` of `folded` (of `text`), as whole words,
    /// printed with its diacritics or none.
    fn head_at(&self, text: &str, folded: &Folded, at: usize) -> bool {
        let s = &folded.s[at..];
        // Common nouns that, typed without their marks, read as a head: `môi trường`
        // as `mọi`, `bảo vệ` as `báo` (`Sở Tài nguyên va Moi truong`, `Chi cuc Trong
        // trot va Bao ve thuc vat` are one body each); and a topic that opens with the
        // office's word (`Phòng chống bệnh đường ruột` / `- Tăng cường truyền thông …`).
        const NOT_HEADS: [&str; 6] = [
            "moi truong",
            "truong hop",
            "bao ve",
            "phong chong",
            "phong, chong",
            "phong ngua",
        ];
        if NOT_HEADS.iter().any(|n| s.starts_with(n)) {
            return false;
        }
        let Some(bucket) = s
            .bytes()
            .next()
            .and_then(|b| self.heads_by_first.get(b as usize))
        else {
            return false;
        };
        bucket.iter().any(|&i| {
            let (h, hc) = (&self.heads[i], &self.heads_canon[i]);
            s.starts_with(h.as_str())
                && s[h.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
                && same_or_undiacritized(&text[folded.orig(at)..folded.orig(at + h.len())], hc)
        })
    }
}

/// Lower case with the tone mark on the main vowel (`hoà` → `hòa`, `uỷ` → `ủy`), so
/// that the old and new spelling rules compare equal.
pub(crate) fn canon(s: &str) -> String {
    let lower = s.to_lowercase();
    let mut chars = lower.chars().peekable();
    let mut out = String::with_capacity(lower.len());
    while let Some(c) = chars.next() {
        // One pass: an `o` or `u` whose next vowel carries the tone takes it.
        if let Some((first, second)) = chars.peek().and_then(|&n| old_tone_pair(c, n)) {
            out.push(first);
            out.push(second);
            chars.next();
        } else {
            out.push(c);
        }
    }
    out
}

/// `oà` → (`ò`, `a`), `uỷ` → (`ủ`, `y`) …: the old placement of a tone on the second
/// vowel of `oa`, `oe`, `uy`, moved to the first; `None` for any other pair.
fn old_tone_pair(first: char, second: char) -> Option<(char, char)> {
    const O: [char; 5] = ['ò', 'ó', 'ỏ', 'õ', 'ọ'];
    const U: [char; 5] = ['ù', 'ú', 'ủ', 'ũ', 'ụ'];
    const A: [char; 5] = ['à', 'á', 'ả', 'ã', 'ạ'];
    const E: [char; 5] = ['è', 'é', 'ẻ', 'ẽ', 'ẹ'];
    const Y: [char; 5] = ['ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'];
    let tone = |set: &[char; 5]| set.iter().position(|&t| t == second);
    match first {
        'o' => tone(&A)
            .map(|t| (O[t], 'a'))
            .or_else(|| tone(&E).map(|t| (O[t], 'e'))),
        'u' => tone(&Y).map(|t| (U[t], 'y')),
        _ => None,
    }
}

/// Whether a span of text that folds like a pattern really is that pattern: printed
/// with the same diacritics, or with none at all (OCR dropped them). `cán` is not
/// `cần`, though both fold to `can`.
pub(crate) fn same_or_undiacritized(span: &str, pattern_canon: &str) -> bool {
    // Fast paths without allocating: the same letters (case aside), or no diacritics.
    let mut same = true;
    let mut pat = pattern_canon.chars();
    for c in span.chars() {
        let p = pat.next();
        // Running text is mostly lower case already, and the pattern is lower case:
        // equal characters need no case mapping (a table search for each letter with
        // a diacritic).
        if p == Some(c) {
            continue;
        }
        let mut lower = c.to_lowercase();
        if lower.next() != p || !lower.all(|l| pat.next() == Some(l)) {
            same = false;
            break;
        }
    }
    if same && pat.next().is_none() {
        return true;
    }
    if span.is_ascii() {
        return true; // folded matches already; plain ASCII carries no diacritics to differ
    }
    // No diacritics at all (the span reads as its folding, letter by letter). Most
    // spans that get here are another word folded the same (`cán` for `cần`): their
    // first accented letter ends the check, without lower-casing or allocating (this
    // function was a twelfth of the classifier's instructions).
    let folder = vanban_lexicon::CharFolder::new();
    let undiacritized = span.chars().all(|ch| {
        if !ch.is_ascii() && folder.fold(ch).is_some_and(|f| f.is_ascii()) {
            return false; // a Vietnamese letter with a mark, or đ
        }
        let mut lower = ch.to_lowercase();
        folder
            .fold(ch)
            .is_some_and(|f| lower.next() == Some(f) && lower.next().is_none())
    });
    if undiacritized {
        return true;
    }
    // The same letters in the old spelling of a tone (`hoà` for `hòa`, `uỷ` for `ủy`):
    // only a span holding such a pair can differ from its canonical form.
    let lower = |c: char| c.to_lowercase().next().unwrap_or(c);
    let mut chars = span.chars().peekable();
    let mut old_spelling = false;
    while let Some(c) = chars.next() {
        if matches!(c, 'o' | 'O' | 'u' | 'U')
            && chars
                .peek()
                .is_some_and(|&n| old_tone_pair(lower(c), lower(n)).is_some())
        {
            old_spelling = true;
            break;
        }
    }
    old_spelling && canon(span) == pattern_canon
}

/// [`same_or_undiacritized`], or so word by word: each word printed with its marks or
/// with none (`chủ tri` for `chủ trì`: OCR dropped the marks of one word). For the
/// words that end a name, where a wrong match only shortens a name; a cue keeps the
/// stricter rule (`tổ chuc` is not taken for `tổ chức` there).
pub(crate) fn same_or_undiacritized_words(span: &str, pattern_canon: &str) -> bool {
    // The span folds like the pattern (the automaton found it): the same words.
    same_or_undiacritized(span, pattern_canon)
        || span
            .split_whitespace()
            .zip(pattern_canon.split_whitespace())
            .all(|(w, p)| same_or_undiacritized(w, p))
}

/// An occurrence of a pattern of the task lexicon in a folded text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Occurrence {
    /// Byte range in the folded text.
    pub start: usize,
    pub end: usize,
    /// Its id in [`TaskLexicon::patterns`].
    pub pattern: usize,
}

/// The matches of the patterns of `set` in `range` of a scanned text that `accept`
/// takes, left to right, each the leftmost-longest from where the last one ended. A
/// rejected match does not hide the ones that overlap it: the search goes on one
/// character after its start (`Khối đẩy mạnh` folds to `khoi day manh`: a rejected
/// `khơi dậy` must not hide `đẩy mạnh`).
pub(crate) fn find_accepted<'a, F: FnMut(&Occurrence) -> bool + 'a>(
    folded: &'a Folded,
    set: std::ops::Range<usize>,
    range: std::ops::Range<usize>,
    accept: F,
) -> impl Iterator<Item = Occurrence> + 'a {
    let (mut pos, end) = (range.start, range.end);
    let mut accept = accept;
    std::iter::from_fn(move || {
        while pos < end {
            let m = folded.leftmost_longest(&set, pos..end)?;
            if accept(&m) {
                pos = m.end.max(m.start + 1);
                return Some(m);
            }
            pos = m.start + folded.s[m.start..].chars().next().map_or(1, char::len_utf8);
        }
        None
    })
}

/// A text folded for matching, with the map back to the original byte offsets.
pub(crate) struct Folded {
    pub s: String,
    /// `map[i]`: the original byte offset of folded byte `i` (one extra entry at the
    /// end). 32 bits: half the memory the folding writes for every byte of an item;
    /// [`Classifier::classify`](crate::Classifier::classify) leaves texts of 4 GB and
    /// more alone.
    pub map: Vec<u32>,
    /// Every occurrence of every pattern of the task lexicon, by start, longest first
    /// (then by pattern id); `None` unless made by [`Folded::scanned`].
    occurrences: Option<Vec<Occurrence>>,
}

impl Folded {
    /// The original byte offset of folded byte `i`.
    pub fn orig(&self, i: usize) -> usize {
        self.map[i] as usize
    }

    /// An empty text, for [`Folded::scan`] to fill.
    pub fn empty() -> Folded {
        Folded {
            s: String::new(),
            map: Vec::new(),
            occurrences: None,
        }
    }

    /// `text` folded, with its map.
    pub fn new(text: &str) -> Folded {
        let mut f = Folded::empty();
        f.refill(text);
        f
    }

    /// Fold `text` into this one's buffers (its occurrences forgotten): a caller
    /// folding text after text allocates once.
    pub fn refill(&mut self, text: &str) {
        self.occurrences = None;
        let (s, map) = (&mut self.s, &mut self.map);
        s.clear();
        map.clear();
        s.reserve(text.len());
        map.reserve(text.len() + 1);
        let bytes = text.as_bytes();
        let folder = vanban_lexicon::CharFolder::new();
        let mut i = 0;
        while i < bytes.len() {
            // Most of an item is ASCII: one byte in, one byte out.
            if bytes[i].is_ascii() {
                s.push(bytes[i].to_ascii_lowercase() as char);
                map.push(i as u32);
                i += 1;
                continue;
            }
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            match folder.fold(c) {
                // Vietnamese letters fold to ASCII: one byte out.
                Some(f) if f.is_ascii() => {
                    s.push(f);
                    map.push(i as u32);
                }
                Some(f) => {
                    let before = s.len();
                    s.push(f);
                    map.extend(std::iter::repeat_n(i as u32, s.len() - before));
                }
                None => {}
            }
            i += c.len_utf8();
        }
        map.push(text.len() as u32);
    }

    /// [`Folded::new`], with every occurrence of the lexicon's patterns found in one
    /// pass over the folded text (instead of one pass per set of patterns).
    pub fn scanned(text: &str, lex: &TaskLexicon) -> Folded {
        let mut f = Folded::empty();
        f.scan(text, lex);
        f
    }

    /// [`Folded::scanned`] into this one's buffers: a caller folding item after item
    /// allocates once.
    pub fn scan(&mut self, text: &str, lex: &TaskLexicon) {
        let mut occurrences = self.occurrences.take().unwrap_or_default();
        occurrences.clear();
        self.refill(text);
        occurrences.extend(
            lex.scan_ac
                .find_overlapping_iter(&self.s)
                .map(|m| Occurrence {
                    start: m.start(),
                    end: m.end(),
                    pattern: m.pattern().as_usize(),
                }),
        );
        occurrences.sort_unstable_by_key(|o| (o.start, std::cmp::Reverse(o.end), o.pattern));
        self.occurrences = Some(occurrences);
    }

    /// Every occurrence of the patterns of `set`, by start (longest first).
    pub fn occurrences_of<'a>(
        &'a self,
        set: &'a std::ops::Range<usize>,
    ) -> impl Iterator<Item = &'a Occurrence> + 'a {
        self.occurrences
            .as_deref()
            .expect("searched text made by Folded::scanned")
            .iter()
            .filter(move |o| set.contains(&o.pattern))
    }

    /// What a leftmost-longest automaton of the patterns `set` finds in `range`: of the
    /// occurrences inside it, the one that starts first and, among those, the longest
    /// (the first pattern of equals).
    pub fn leftmost_longest(
        &self,
        set: &std::ops::Range<usize>,
        range: std::ops::Range<usize>,
    ) -> Option<Occurrence> {
        // A text folded without the scan would silently match nothing.
        let occurrences = self
            .occurrences
            .as_deref()
            .expect("searched text made by Folded::scanned");
        let from = occurrences.partition_point(|o| o.start < range.start);
        // (None starting at or past the range's end can end inside it: the search
        // stops there, not at the item's last occurrence — a name's bounded search,
        // asked once per cue, stays bounded.)
        occurrences[from..]
            .iter()
            .take_while(|o| o.start < range.end)
            .find(|o| set.contains(&o.pattern) && o.end <= range.end)
            .copied()
    }

    /// The index in the folded text of the first character at or after original byte
    /// offset `at` (the folded length when there is none).
    pub fn index_of(&self, at: usize) -> usize {
        self.map[..self.s.len()].partition_point(|&o| (o as usize) < at)
    }

    /// Whether `start..end` of the folded text is whole words.
    pub fn whole_words(&self, start: usize, end: usize) -> bool {
        let before = self.s[..start].chars().next_back();
        let after = self.s[end..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    }
}

/// The opening of `text`, at most `max` bytes, cut at a character boundary.
pub(crate) fn opening(text: &str, max: usize) -> &str {
    let mut cut = text.len().min(max);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    &text[..cut]
}

/// `text` without the emphasis marks (`**`, `*`) and white space around it.
pub(crate) fn unbold(text: &str) -> &str {
    text.trim_matches(|c: char| c == '*' || c.is_whitespace())
}
