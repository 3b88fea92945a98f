//! The segmenter: cuts a normalized directive into its zones and its sentences.
//!
//! A directive is a header (issuer, motto, number, place and date, type line,
//! trích yếu, `Kính gửi` list), a body (preamble, numbered items, closing lines) and a
//! footer (signature, `Nơi nhận` list, typist marks). Plain-text copies scramble the
//! order of the header and footer — OCR reads the two-column header table column by
//! column or row by row, web copies flatten it into `|` lines, and signature and
//! `Nơi nhận` come out interleaved — so the segmenter never relies on line order: each
//! part is found by its own pattern, and the few order rules it uses are "the header
//! comes before the body" and "the footer starts at the first `Nơi nhận` or signing
//! line after the body". A document attached after the signature (`QUY CHẾ` /
//! `(Ban hành kèm theo Quyết định số …)`) is body and items again, up to its own
//! signature or a site's boilerplate; a catalogue of administrative procedures
//! (`DANH MỤC THỦ TỤC HÀNH CHÍNH …`) and an appendix known by its `Phụ lục` heading
//! alone are body only, and forms to fill in are `other`. A web copy's footnotes after
//! the signature (`[1] Thông báo số …`) are body.
//!
//! # Overview
//!
//! * [`Segmenter`] is built once (it compiles its patterns from the
//!   [`Lexicon`]) and shared by every thread.
//! * [`Segmenter::segment`] returns [`Segment`]s that tile the text: in order, not
//!   overlapping, covering every byte, on char boundaries. A segmenter never changes,
//!   adds or skips text; blank lines and decoration (`*`, `---`, `|`) go with the zone
//!   before them.
//! * [`Segmenter::sentences`] splits the zones into sentences, aware of directive
//!   text: `Số 275-CV/ĐUK`, `21/5/2021`, `V/v`, `T/M`, `TP.`, numbered items.
//! * [`Segmenter::analyze`] does both and returns an [`Analysis`] for the next stages.
//! * [`Segmenter::second_document`] finds a second directive left in the same file
//!   after the first one's footer (a scan of two letters in one file), which the
//!   zones leave as `other`.
//!
//! # Example
//!
//! ```
//! use vanban_lexicon::Lexicon;
//! use vanban_segment::Segmenter;
//! use vanban_types::SegmentKind;
//!
//! let text = "TỈNH ỦY ĐỒNG NAI\n*\nSố 1747-CV/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\
//!             Đồng Nai, ngày 22 tháng 7 năm 2021\n\n\
//!             Kính gửi: - Các cấp ủy trực thuộc tỉnh.\n\n\
//!             Thường trực Tỉnh ủy đề nghị:\n1- Các cấp ủy tập trung lãnh đạo.\n\n\
//!             T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nHồ Thanh Sơn\n";
//! let seg = Segmenter::new(Lexicon::builtin());
//! let kinds: Vec<_> = seg.segment(text).iter().map(|s| s.kind).collect();
//! assert_eq!(kinds, [SegmentKind::Issuer, SegmentKind::Number, SegmentKind::Motto,
//!     SegmentKind::PlaceDate, SegmentKind::Recipients, SegmentKind::Body,
//!     SegmentKind::Item, SegmentKind::Signature]);
//! ```
#![deny(missing_docs, rustdoc::broken_intra_doc_links)]

use regex::Regex;
use vanban_lexicon::{fold, fold_char, fold_tail, Lexicon};
use vanban_types::{Analysis, Document, Segment, SegmentKind, Span};

mod lines;
mod patterns;
mod sentences;

use lines::{split_lines, Line};
pub use patterns::Patterns;
use vanban_text::{is_alphabetic, is_alphanumeric};

/// How far down the header may reach, in lines.
const MAX_HEADER_LINES: usize = 80;
/// Unclassified lines tolerated inside a header that is not yet complete.
const MAX_HEADER_JUNK: usize = 12;

/// The segmenter. Build it once; it is `Send + Sync`.
#[derive(Debug, Clone)]
pub struct Segmenter {
    pat: Patterns,
}

/// A labelled byte range, before tiling.
#[derive(Debug, Clone, Copy)]
struct Piece {
    start: usize,
    end: usize,
    kind: SegmentKind,
    /// An item piece that starts a new item (items never merge).
    new_item: bool,
}

impl Segmenter {
    /// A segmenter for the given lexicon (type names and signing formulas come from it).
    pub fn new(lexicon: &Lexicon) -> Segmenter {
        Segmenter {
            pat: Patterns::new(lexicon),
        }
    }

    /// The compiled patterns, shared with the field extractor's tests and tools.
    pub fn patterns(&self) -> &Patterns {
        &self.pat
    }

    /// Segment and split into sentences.
    pub fn analyze(&self, document: Document) -> Analysis {
        let mut analysis = self.analyze_zones(document);
        analysis.sentences = Some(self.sentences(&analysis.document.text, &analysis.segments));
        analysis
    }

    /// Segment only ([`Analysis::sentences`] is `None`): what the stages read.
    /// Splitting sentences was 2.4% of a run that does not output them.
    pub fn analyze_zones(&self, document: Document) -> Analysis {
        let segments = self.segment(&document.text);
        Analysis {
            document,
            segments,
            sentences: None,
        }
    }

    /// Cut `text` into zones that tile it (see the crate docs).
    pub fn segment(&self, text: &str) -> Vec<Segment> {
        let lines = split_lines(text);
        let mut pieces = Vec::new();
        let body_start = self.scan_header(text, &lines, &mut pieces);
        let footer_start = self.find_footer(text, &lines, body_start);
        self.scan_body(text, &lines, body_start, footer_start, true, &mut pieces);
        let mut at = self.scan_footer(text, &lines, footer_start, &mut pieces);
        if at < lines.len() {
            // (Found once: every attachment ends there at the latest.)
            let site = site_tail(text, &lines, at);
            while at < lines.len() {
                at = self.scan_attachment(text, &lines, at, site, &mut pieces);
            }
        }
        if let Some(footer) = lines.get(footer_start) {
            footnotes_as_body(text, footer.start, &mut pieces);
        }
        tile(text, pieces)
    }

    /// A second directive in the file, after the first one's footer: in the `other`
    /// text that follows a signature or a `Nơi nhận` list, a motto (`CỘNG HÒA XÃ HỘI CHỦ
    /// NGHĨA VIỆT NAM`, `ĐẢNG CỘNG SẢN VIỆT NAM`) with, within the next lines, a number
    /// that opens its line (`Số: 4199 /TCHQ-TXNK`; not a cited `công văn số …`, nor a
    /// form's `Số: …/QĐ-…` to fill in) or a place and date. Not under a form's `Mẫu số`.
    /// Where its header starts (the motto's line) and its number or date as printed.
    pub fn second_document<'t>(
        &self,
        text: &'t str,
        segments: &[Segment],
    ) -> Option<(usize, &'t str)> {
        let footer_end = segments
            .iter()
            .rev()
            .find(|s| matches!(s.kind, SegmentKind::Signature | SegmentKind::Distribution))?
            .end;
        let p = &self.pat;
        segments
            .iter()
            .filter(|s| s.kind == SegmentKind::Other && s.start >= footer_end)
            .find_map(|s| {
                let zone = &text[s.start..s.end];
                p.mottos.find_iter(zone).find_map(|m| {
                    let line_start = zone[..m.start()].rfind('\n').map_or(0, |k| k + 1);
                    let above = fold(&zone[next_boundary_back(zone, line_start, 200)..line_start]);
                    // `Mẫu số 3`, `MẪU 01` (not `màu`, `máu` in a sentence).
                    let form = above.match_indices("mau ").any(|(k, _)| {
                        let next = &above[k + 4..];
                        (k == 0 || !above[..k].ends_with(is_alphanumeric))
                            && (next.starts_with("so")
                                || next.starts_with(|c: char| c.is_ascii_digit()))
                    });
                    if form {
                        return None;
                    }
                    let after = &zone[m.end()..next_boundary(zone, m.end(), 400)];
                    let number = p.number.find_iter(after).find_map(|n| {
                        let reference = number_reference(n.as_str())?.trim();
                        let opens_line = after[..n.start()]
                            .trim_end_matches([' ', '\t', '*', '|'])
                            .ends_with('\n');
                        let capital = n.as_str().trim_start().starts_with('S');
                        (opens_line && capital && !reference.is_empty())
                            .then_some(n.as_str().trim())
                    });
                    let dated = || {
                        p.place_date
                            .find(after)
                            .map(|d| d.as_str().trim())
                            // (A year of four digits: not a form's `năm 20…`.)
                            .filter(|d| {
                                d.as_bytes()
                                    .windows(4)
                                    .any(|w| w.iter().all(u8::is_ascii_digit))
                            })
                    };
                    number
                        .or_else(dated)
                        .map(|what| (s.start + line_start, what))
                })
            })
    }

    /// Sentences of every zone, in text order: no sentence crosses a zone; header and
    /// footer zones split by their structure (a line of the motto, an entry of `Kính
    /// gửi`), prose at `.`, `!`, `?` before a capital, a digit or an item label, not at
    /// the dots of `Số 275-CV/ĐUK`, `TP. Hồ Chí Minh` or `21/5/2021`.
    pub fn sentences(&self, text: &str, segments: &[Segment]) -> Vec<Span> {
        sentences::split(text, segments)
    }

    // ----- header ---------------------------------------------------------------

    /// Label the header lines; return the index of the first body line.
    fn scan_header(&self, text: &str, lines: &[Line], pieces: &mut Vec<Piece>) -> usize {
        let p = &self.pat;
        let index = self.anchor_index(text, lines);
        let ax = index.as_slice();
        let mut st = HeaderState::default();
        let mut i = 0;
        // Where the previous multi-line match ended: the rest of its last line is
        // still to be labelled.
        let mut resume_at = 0usize;
        while i < lines.len() && i < MAX_HEADER_LINES {
            let line = &lines[i];
            let from = line.cs.max(resume_at);
            if from >= line.ce {
                // Blank or decoration-only line (or fully eaten by a previous match).
                if line.is_blank(text) {
                    st.blank_after_content = true;
                } else if line.cs == line.ce && st.subject_open {
                    // `-----` under the trích yếu ends it, blank line or not: no wrapped
                    // subject has a rule between its lines.
                    st.subject_closed = true;
                }
                i += 1;
                continue;
            }
            let content = &text[from..line.ce];
            // A right-hand cell (`Số 12-CT/TU` ⟶ `Vinh, ngày …`) does not interrupt a
            // block that continues in the left column on the next line.
            let right_cell = line.cell > 0;

            // 1. Continuations of an open block.
            if st.recipients_open && !right_cell {
                if self.is_recipient_line(ax, text, lines, i, &st) {
                    pieces.push(piece(from, line.ce, SegmentKind::Recipients));
                    st.last_recipient_end = content.trim_end().chars().last();
                    st.blank_after_content = false;
                    i += 1;
                    continue;
                }
                st.recipients_open = false;
            }
            if st.subject_open && !right_cell {
                if self.is_subject_continuation(ax, text, lines, i, &st) {
                    pieces.push(piece(from, line.ce, SegmentKind::Subject));
                    st.subject_lines += 1;
                    st.subject_closed = line_closes_italic(text, line);
                    st.subject_is_caps = st.subject_is_caps && mostly_upper(content);
                    st.blank_after_content = false;
                    i += 1;
                    continue;
                }
                st.subject_open = false;
            }
            st.blank_after_content = false;

            // 2. Anchors: motto, number, place and date, possibly several in one line
            //    (headers read column by column glue them together).
            let anchors = self.header_anchors(ax, from, line.end);
            if !anchors.is_empty() {
                let mut cursor = from;
                let mut last_end = from;
                for a in &anchors {
                    if a.start > cursor {
                        self.leftover(text, cursor, a.start, &mut st, pieces);
                    }
                    pieces.push(piece(a.start, a.end, a.kind));
                    match a.kind {
                        SegmentKind::Number => {
                            st.number = true;
                            st.after_number = true;
                            st.number_is_cong_van = a.cong_van;
                        }
                        SegmentKind::PlaceDate => st.date = true,
                        _ => st.motto = true,
                    }
                    cursor = a.end;
                    last_end = a.end;
                }
                // Continue on the line where the last match ended.
                let end_line = line_index_of(lines, last_end.saturating_sub(1)).unwrap_or(i);
                let tail_end = lines[end_line].ce;
                if last_end < tail_end {
                    resume_at = last_end;
                    if end_line == i {
                        // The rest of this line: an issuer or subject piece.
                        self.leftover(text, last_end, tail_end, &mut st, pieces);
                        resume_at = 0;
                        i += 1;
                    } else {
                        i = end_line;
                    }
                } else {
                    resume_at = 0;
                    i = end_line + 1;
                }
                continue;
            }

            // 3. Whole-line header elements.
            // (`**Kính` / `gửi:** Công ty …`: the head broken across two lines.)
            let head_end = if p.kinh_gui.is_match(content) || p.dien_head.is_match(content) {
                Some((line.ce, i + 1))
            } else {
                head_broken(content, lines, i, text, ["kinh", "gui"]).map(|n| (lines[n].ce, n + 1))
            };
            if let Some((end, next)) = head_end {
                let content = &text[from..end];
                pieces.push(piece(from, end, SegmentKind::Recipients));
                st.recipients = true;
                st.recipients_open = true;
                st.after_number = false;
                let rest = p
                    .dien_head
                    .replace(&p.kinh_gui.replace(content, ""), "")
                    .into_owned();
                st.last_recipient_end = rest.trim_end().chars().last();
                st.recipients_empty_head = rest
                    .trim_matches(|c: char| c.is_whitespace() || c == '*')
                    .is_empty();
                i = next;
                continue;
            }
            // `**NGHỊ` / `ĐỊNH**`: a type line broken after its first word (a web copy's
            // bold run wrapped).
            if !(st.title || st.recipients && st.complete()) {
                if let Some((n, name)) = self.title_broken(content, lines, i, text) {
                    pieces.push(piece(from, lines[n].ce, SegmentKind::Title));
                    st.title = true;
                    st.after_number = false;
                    st.no_authority = !ENACTED.iter().any(|t| name.starts_with(t));
                    st.title_waiting_subject = true;
                    i = n + 1;
                    continue;
                }
            }
            if let Some(title_end) = self.title_end(content) {
                if !(st.title || st.recipients && st.complete()) {
                    let mut title_end = from + title_end;
                    // `CHƯƠNG TRÌNH HÀNH ĐỘNG`, `KẾ HOẠCH LIÊN TỊCH`: a short rest in
                    // capitals belongs to the type line.
                    let rest0 = text[title_end..line.ce].trim_matches([' ', '*']);
                    if !rest0.is_empty()
                        && rest0.split_whitespace().count() <= 3
                        && !rest0.chars().any(char::is_lowercase)
                        && !fold(rest0).starts_with("ve ")
                    {
                        title_end = line.ce;
                    }
                    pieces.push(piece(from, title_end, SegmentKind::Title));
                    st.title = true;
                    st.after_number = false;
                    let name = fold(text[from..title_end].trim_matches(['*', '#', ' ']));
                    st.no_authority = !ENACTED.iter().any(|t| name.starts_with(t));
                    let rest = text[title_end..line.ce].trim_start_matches([' ', '*', ':']);
                    if !rest.trim().is_empty() {
                        let rs = line.ce - rest.len();
                        pieces.push(piece(rs, line.ce, SegmentKind::Subject));
                        self.open_subject(&mut st, text, line);
                    } else {
                        st.title_waiting_subject = true;
                    }
                    i += 1;
                    continue;
                }
            }
            if st.title_waiting_subject
                && !st.subject
                && !p.enacting_next.is_match(content)
                && !self.is_authority_line(text, lines, i, &st)
                && !self.is_multi_sentence(content)
            {
                // The first line after the type line is the trích yếu (a `CỦA …` line
                // in capitals still belongs to the type line).
                st.title_waiting_subject = false;
                if fold(content).starts_with("cua ") && mostly_upper(content) {
                    pieces.push(piece(from, line.ce, SegmentKind::Title));
                    st.title_waiting_subject = true;
                } else {
                    pieces.push(piece(from, line.ce, SegmentKind::Subject));
                    self.open_subject(&mut st, text, line);
                    st.subject_closed = line_closes_italic(text, line);
                }
                i += 1;
                continue;
            }
            st.title_waiting_subject = false;
            if !st.subject
                && (p.vv.is_match(content)
                    || (st.after_number && self.subject_after_number(text, line, content, &st)))
            {
                pieces.push(piece(from, line.ce, SegmentKind::Subject));
                self.open_subject(&mut st, text, line);
                st.subject_closed = line_closes_italic(text, line);
                st.after_number = false;
                i += 1;
                continue;
            }
            st.after_number = false;

            // 4. Anything else: before the header is complete it is the issuer (upper
            //    case, before number and type line) or noise; after, the body begins.
            if st.complete() || (st.any_anchor() && self.is_strong_prose(content)) {
                // A header part still to come a few lines down (the motto and date
                // printed after the trích yếu, `Kính gửi` after a wrapped trích yếu)
                // means this line is still header: the rest of the trích yếu, or noise.
                if let Some(kind) = self.header_ahead(ax, text, lines, i, &st) {
                    let prev_subject = pieces
                        .last()
                        .is_some_and(|p| p.kind == SegmentKind::Subject);
                    let k = if prev_subject
                        && !st.blank_after_content_before(text, lines, i)
                        && kind != SegmentKind::Subject
                    {
                        SegmentKind::Subject
                    } else {
                        SegmentKind::Other
                    };
                    pieces.push(piece(from, line.ce, k));
                    i += 1;
                    continue;
                }
                return i;
            }
            self.leftover(text, from, line.ce, &mut st, pieces);
            st.junk += 1;
            if st.junk > MAX_HEADER_JUNK && st.any_anchor() {
                return i;
            }
            i += 1;
        }
        if st.any_anchor() {
            i.min(lines.len())
        } else {
            // No header at all: whatever the top lines were, they are body text.
            pieces.retain(|p| p.kind != SegmentKind::Issuer && p.kind != SegmentKind::Other);
            0
        }
    }

    fn open_subject(&self, st: &mut HeaderState, text: &str, line: &Line) {
        let raw = text[line.start..line.end].trim_start();
        st.subject = true;
        st.subject_open = true;
        st.subject_lines = 1;
        st.subject_is_caps = mostly_upper(line.content(text));
        // An italic trích yếu (`*…*`) runs until its closing mark, whatever the case.
        st.subject_italic =
            raw.starts_with('*') && !raw.starts_with("**") && !line_closes_italic(text, line);
    }

    /// Several sentences on one line: body prose, not a trích yếu.
    fn is_multi_sentence(&self, content: &str) -> bool {
        content.chars().count() > 300
            || content.match_indices(". ").any(|(i, _)| {
                content[i + 2..]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            })
    }

    /// A piece of a header line that no anchor claimed: the issuer, or noise.
    fn leftover(
        &self,
        text: &str,
        start: usize,
        end: usize,
        st: &mut HeaderState,
        pieces: &mut Vec<Piece>,
    ) {
        let (s, e) = trim_decoration(text, start, end);
        if s >= e {
            return;
        }
        let t = &text[s..e];
        let damaged_number = is_damaged_number(t);
        let kind = if damaged_number && !st.number && !st.title && !self.pat.number.is_match(t) {
            // `Số: S184 /CT-TTHT`, `Số: GIF /TCT-TTKT`: the number's zone, whose digits
            // OCR lost (the extractor reads what is left: the issuer's code). (One that
            // reads, left by the anchors, is a citation: `## Nghị quyết số 15-NQ/ĐUK`.)
            SegmentKind::Number
        } else if !st.number_seen_before_title()
            && !st.title
            && mostly_upper(t)
            && !self.pat.secrecy.is_match(t)
            && !damaged_number
        {
            SegmentKind::Issuer
        } else {
            SegmentKind::Other
        };
        pieces.push(piece(s, e, kind));
    }

    /// Motto, number and place-and-date matches that start in `from..line_end`.
    fn header_anchors(&self, ax: &[Anchor], from: usize, line_end: usize) -> Vec<Anchor> {
        let k = ax.partition_point(|a| a.start < from);
        ax[k..]
            .iter()
            .take_while(|a| a.start < line_end)
            .copied()
            .collect()
    }

    /// Every motto, number and place-and-date match of the header region, in text
    /// order, found with one pass of each pattern (not one per line).
    fn anchor_index(&self, text: &str, lines: &[Line]) -> Vec<Anchor> {
        let p = &self.pat;
        let last = lines.len().min(MAX_HEADER_LINES + 6);
        if last == 0 {
            return Vec::new();
        }
        // A date or motto may wrap past the last header line: look a little further.
        let end = next_boundary(text, lines[last - 1].end, 240);
        let hay = &text[..end];
        let mut out: Vec<Anchor> = Vec::new();
        // A match that overlaps one kept is left out (the first pattern wins).
        let mut kept = Disjoint::default();
        let mut push = |start: usize, end: usize, kind: SegmentKind, cong_van: bool| {
            if kept.insert_if_free(start, end) {
                out.push(Anchor {
                    start,
                    end,
                    kind,
                    cong_van,
                });
            }
        };
        let mut line_of_motto = LineStarts::new(text);
        // The motto as printed; as a wrong font reads it only where neither the Party's
        // motto nor `Độc lập - Tự do - Hạnh phúc` is found (patterns 0 and 3), and then
        // first: where both match, the wrong font's pattern reads the whole line
        // (`CONG HoA XA HOI cHiI NGHiA VIET NAM`).
        let printed: Vec<regex_automata::Match> = p.mottos.find_iter(hay).collect();
        let wrong_font: Vec<regex_automata::Match> = if printed
            .iter()
            .any(|m| matches!(m.pattern().as_usize(), 0 | 3))
        {
            Vec::new()
        } else {
            p.wrong_font_mottos.find_iter(hay).collect()
        };
        for m in wrong_font.iter().chain(&printed) {
            // `… kỷ niệm 76 năm Ngày thành lập Đảng Cộng sản Việt Nam` in a trích yếu
            // is the Party's name in a sentence, not the motto: not in capitals, and
            // one space after a lower-case word (a column gap would be wider).
            let before = &text[..m.start()];
            // … or at the start of the next line of the same paragraph
            // (`… Ngày thành lập` / `Đảng Cộng sản Việt Nam về …`).
            let wrapped = before.ends_with('\n') && !before.ends_with("\n\n");
            let in_sentence = ((before.ends_with(' ') && !before.ends_with("  ")) || wrapped)
                && before
                    .trim_end_matches([' ', '\n', '\r'])
                    .chars()
                    .last()
                    .is_some_and(char::is_lowercase);
            if in_sentence && !mostly_upper(&hay[m.range()]) {
                continue;
            }
            // In capitals too: `… NĂM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM`, `ĐIỀU LỆ
            // ĐẢNG …`, `… CỦA ĐẢNG …` name the Party inside a trích yếu (a header cell
            // glued before the motto is an issuer or a date, which end otherwise).
            let line_start = line_of_motto.at(m.start());
            // The longest word pair below and the character before it: ten characters.
            let words_before = fold_tail(before[line_start..].trim_end_matches([' ', '*']), 10);
            if ["thanh lap", "dieu le", "cua", "ky niem"].iter().any(|w| {
                words_before.ends_with(w)
                    && words_before[..words_before.len() - w.len()]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !is_alphanumeric(c))
            }) {
                continue;
            }
            push(m.start(), m.end(), SegmentKind::Motto, false);
        }
        let mut numbers_seen = 0;
        let mut line_of_number = LineStarts::new(text);
        // The groups of `number` and `place_date` are read off their matches rather than
        // asked of the regexes (their capture engines cost more than finding the
        // matches; 5% of a run for the two).
        for m in p.number.find_iter(hay) {
            // `… Công văn số 12/UBND` in a trích yếu is a citation, not the number:
            // the word before `Số` must not be a lower-case word.
            // (`số` in lower case after a lower-case word, across a line break too).
            let before = text[..m.start()]
                .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '|' | '\\'));
            let lower_so = m.as_str().starts_with('s');
            // `Số` opening its line, indented or in a table cell (`\tSố: 7137/CT-TTHT\t…`).
            let opens_line = text[..m.start()]
                .trim_end_matches([' ', '\t', '*', '|'])
                .ends_with('\n');
            // (But not right under the motto: `Hạnh phúc` / `sốl 0688/BYT-MT …`, OCR's
            // lower case.)
            let under_motto = opens_line && fold_tail(before, 10).ends_with("hanh phuc");
            if before.chars().last().is_some_and(|c| c.is_lowercase())
                && (lower_so || !opens_line)
                && !under_motto
            {
                continue;
            }
            // `THỰC HIỆN THÔNG BÁO SỐ 254-TB/UBKTTW, NGÀY …` in a trích yếu in capitals:
            // a type name right before `Số` on its line makes it a citation.
            let line_start = line_of_number.at(m.start());
            if self.ends_with_type_name(&text[line_start..m.start()]) {
                continue;
            }
            // … or at the end of the line above, once the document's own number is known
            // (`… KÈM THEO NGHỊ QUYẾT` / `SỐ 11/2022/NQ-HĐND NGÀY …`).
            if numbers_seen > 0 && text[line_start..m.start()].trim().is_empty() {
                let above = text[..line_start].trim_end();
                let line_above = &above[above.rfind('\n').map_or(0, |k| k + 1)..];
                if self.ends_with_type_name(line_above) {
                    continue;
                }
            }
            numbers_seen += 1;
            let cong_van = number_reference(m.as_str()).is_some_and(|r| p.is_cong_van_symbol(r));
            // (Not the place glued after the symbol by a spaced dash, its comma lost:
            // `Số 5826 /TCHQTXNK - Hà` / `Nội ngày …`.)
            let end = m.start() + vanban_lexicon::without_place_word(m.as_str()).len();
            push(m.start(), end, SegmentKind::Number, cong_van);
        }
        let mut dated = false;
        for all in p.place_date.find_iter(hay) {
            dated = true;
            push(
                self.city_broken_above(text, place_start(&all)),
                all.end(),
                SegmentKind::PlaceDate,
                false,
            );
        }
        // (A header without one may hold a place and date whose comma OCR lost.)
        if !dated {
            if let Some(c) = p.place_date_no_comma().captures(hay) {
                let (place, all) = (c.name("place"), c.get(0));
                if let (Some(place), Some(all)) = (place, all) {
                    push(place.start(), all.end(), SegmentKind::PlaceDate, false);
                }
            }
        }
        out.sort_by_key(|a| a.start);
        out
    }

    /// Where a place that opens its line really starts: on the line above when that
    /// line ends with a city's prefix and the first words of its name (`*Thành phố Hồ
    /// Chí` / `Minh, ngày …`), else at `start`.
    fn city_broken_above(&self, text: &str, start: usize) -> usize {
        let before = text[..start].trim_end_matches([' ', '\t', '*']);
        let Some(above) = before.strip_suffix('\n') else {
            return start;
        };
        let line_start = above.rfind('\n').map_or(0, |k| k + 1);
        let line = &above[line_start..];
        // Most places open their line under no city's prefix: look before matching.
        if !["Thành phố", "TP", "Tp", "T.P", "Thị xã"]
            .iter()
            .any(|prefix| line.contains(prefix))
        {
            return start;
        }
        self.pat
            .city_head
            .captures(line)
            .and_then(|c| c.get(1))
            .map_or(start, |m| line_start + m.start())
    }

    /// `**NGHỊ` / `ĐỊNH**`: a short line in capitals that, with the next line, is a type
    /// name and nothing more. The next line's index and the name, folded.
    fn title_broken(
        &self,
        content: &str,
        lines: &[Line],
        i: usize,
        text: &str,
    ) -> Option<(usize, String)> {
        let first = content.trim_matches(['*', '#', ' ']);
        // (Type names are a few words: most lines are turned away by their length.)
        if first.len() > 16 || first.is_empty() || !mostly_upper(first) {
            return None;
        }
        if self.title_end(content).is_some() {
            return None;
        }
        let n = (i + 1..lines.len()).find(|&n| lines[n].cs < lines[n].ce)?;
        let second = lines[n].content(text).trim_matches(['*', ' ']);
        if second.len() > 24 {
            return None;
        }
        let joined = format!("{first} {second}");
        let whole = self.title_end(&joined) == Some(joined.len());
        whole.then(|| (n, fold(&joined)))
    }

    /// Whether `s` ends with a document type name as whole words (`… THÔNG BÁO`).
    fn ends_with_type_name(&self, s: &str) -> bool {
        let s = s.trim_end();
        // Type names are at most a few words: try the last four word starts.
        s.char_indices()
            .rev()
            .filter(|&(k, _)| k == 0 || s[..k].ends_with(' '))
            .take(4)
            .any(|(k, _)| self.pat.title_prefix(&s[k..]) == Some(s.len() - k))
    }

    /// If the line is a type line (`CHỈ THỊ`, `**KẾ HOẠCH**`), the byte length of the
    /// type name within it.
    fn title_end(&self, content: &str) -> Option<usize> {
        let c = content.trim_start_matches(['*', '#', ' ']);
        let lead = content.len() - c.len();
        let name_len = self.pat.title_prefix(c)?;
        let name = &c[..name_len];
        if !mostly_upper(name) {
            return None;
        }
        let rest = c[name_len..].trim_start_matches(['*', ' ']);
        // `QUYẾT ĐỊNH:` opens the articles of a decision; it is not the type line.
        if rest.starts_with(':') {
            return None;
        }
        Some(lead + name_len)
    }

    fn subject_after_number(
        &self,
        text: &str,
        line: &Line,
        content: &str,
        st: &HeaderState,
    ) -> bool {
        let p = &self.pat;
        if p.kinh_gui.is_match(content) || self.title_end(content).is_some() {
            return false;
        }
        let raw = text[line.start..line.end].trim();
        let italic = raw.starts_with('*') && !raw.starts_with("**");
        // A line in bold of its own, in sentence case, where the type line is missing (a
        // web copy that dropped it: `Số: 21/2025/TT-BGDĐT` / `**Quy định chế độ …**`).
        let bold = !st.title && raw.starts_with("**") && raw.ends_with("**");
        (italic || bold || st.number_is_cong_van)
            && !mostly_upper(content)
            && content.chars().count() < 300
    }

    fn is_subject_continuation(
        &self,
        ax: &[Anchor],
        text: &str,
        lines: &[Line],
        i: usize,
        st: &HeaderState,
    ) -> bool {
        let line = &lines[i];
        let content = line.content(text);
        let p = &self.pat;
        if st.subject_closed || st.subject_lines >= 8 {
            return false;
        }
        let prev = lines[..i]
            .iter()
            .rev()
            .map(|l| l.content(text))
            .find(|c| !c.is_empty())
            .unwrap_or("");
        let short = content.chars().count() <= SUBJECT_LINE_MAX;
        if st.blank_after_content {
            // A blank line ends the trích yếu, but for a scan that put one between every
            // two lines: a short line in lower case under a line that ends no sentence
            // (`V/v chính sách thuế GTGT đối` / `` / `với việc chuyển nhượng …`).
            let lower = content
                .trim_start_matches(['*', ' '])
                .starts_with(char::is_lowercase);
            let open = !prev.trim_end_matches(['*', ' ']).ends_with(['.', ';', ':']);
            // … or, under one in capitals, what the place named is now, in brackets on a
            // line of its own (`… CỦA HĐND TỈNH THỪA THIÊN HUẾ` / `` / `(NAY LÀ THÀNH PHỐ
            // HUẾ)`).
            let t = content.trim_matches(['*', ' ']);
            let aside = st.subject_is_caps
                && short
                && t.starts_with('(')
                && t.ends_with(')')
                && mostly_upper(t)
                && fold(t).starts_with("(nay ");
            if aside {
                return true;
            }
            if !(lower && open && short) {
                return false;
            }
        }
        // A line above cut mid-phrase (`… KINH DOANH KARAOKE,` / `VŨ TRƯỜNG`, `… CỦA
        // TỈNH` / `ĐẮK LẮK`, `VỀ` / `DỰ ÁN LUẬT …`) goes on here, even in capitals above
        // `Căn cứ` where an enacting authority would stand, or opening with a type name.
        let cut = cut_mid_phrase(prev, content) && !opens_numbered_item(content) && short;
        // A type name opens a new type line, unless a number follows it: `CHỈ THỊ SỐ
        // 32/CT-TTG NGÀY …` on the second line of a trích yếu is the document it carries
        // out.
        // Nor, once the type line was seen, is a type name that more words in capitals
        // follow (`… CÁC MỤC TIÊU, NHIỆM VỤ` / `NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ XIII CỦA
        // ĐẢNG`): a second type line holds at most a short rest (`KẾ HOẠCH LIÊN TỊCH`).
        let type_line = !cut
            && self.title_end(content).is_some_and(|end| {
                let rest = &content[end..];
                let goes_on = st.title && rest.split_whitespace().count() > 3;
                !opens_number(rest) && !goes_on
            });
        if p.kinh_gui.is_match(content)
            || p.dien_head.is_match(content)
            || p.body_opener.is_match(content)
            || p.preamble_bullet.is_match(content)
            || type_line
        {
            return false;
        }
        // (The party's motto inside a trích yếu once the motto was seen — `VỀ` /
        // `PHÔNG LƯU TRỮ ĐẢNG CỘNG SẢN VIỆT NAM` — is no anchor.)
        let anchors = self.header_anchors(ax, line.cs, line.end);
        if anchors
            .iter()
            .any(|a| !(st.motto && a.kind == SegmentKind::Motto && a.start > line.cs))
        {
            return false;
        }
        if cut {
            return true;
        }
        if self.is_authority_line(text, lines, i, st) {
            return false;
        }
        if st.subject_italic {
            return true;
        }
        let first = content
            .trim_start_matches(['*', ' ', '"', '“'])
            .chars()
            .next()
            .unwrap_or(' ');
        if st.subject_is_caps {
            // A trích yếu in capitals may go on in lower case (`KẾT LUẬN CỦA BAN BÍ THƯ` /
            // `về tăng cường …`).
            return (mostly_upper(content)
                || !content.chars().any(char::is_lowercase)
                || first.is_lowercase())
                && !text[line.start..line.end].trim_start().starts_with("**");
        }
        // `1. Sở Y tế báo cáo …` right under the trích yếu, with no blank line between
        // (OCR drops them): the first item of the body, not a wrapped subject line (those
        // go on with `12-KH/TU …` or a lower-case word after a number).
        if opens_numbered_item(content) {
            return false;
        }
        let first_word = content.split_whitespace().next().unwrap_or("");
        if first.is_lowercase()
            || first.is_ascii_digit()
            || (first_word.chars().filter(|&c| is_alphabetic(c)).count() > 1
                && mostly_upper(first_word))
        {
            return true;
        }
        // `… và đại biểu` / `Hội đồng nhân dân các cấp …`: a wrapped trích yếu whose
        // next line starts with a capital, closed by a blank line or a header part.
        if prev.trim_end_matches(['*', ' ']).ends_with(['.', ';', ':'])
            || content.chars().count() > SUBJECT_LINE_MAX
            || p.body_opener.is_match(content)
        {
            return false;
        }
        // `… ngày 28/11/2011 của Văn phòng Trung ương` / `Đảng về chăm lo Tết …`: the line
        // above stops inside the name of a cited document's issuer (a name that opens
        // with a capital, up to five words after `của`), and this line ends the name
        // and goes on with `về …`.
        let tail: Vec<&str> = prev
            .trim_end_matches(['*', ' ', ','])
            .split_whitespace()
            .rev()
            .take(6)
            .collect();
        let inside_issuer = tail.iter().position(|w| *w == "của").is_some_and(|k| {
            k >= 1
                && tail[k - 1].starts_with(|c: char| c.is_uppercase())
                && !tail[..k].contains(&"về")
        });
        if inside_issuer && content.split_whitespace().take(6).any(|w| w == "về") {
            return true;
        }
        let closes_block = |l: &Line| {
            let c = l.content(text);
            l.is_blank(text)
                // `-----` under the trích yếu closes it as a blank line does.
                || l.cs == l.ce
                || l.cell > 0
                || p.kinh_gui.is_match(c)
                || !self.header_anchors(ax, l.cs, l.end).is_empty()
                // Without a blank line (OCR drops them), the body's first line: a
                // preamble (`- Căn cứ …`, `Thực hiện …`), an item, or a paragraph longer
                // than any line of a trích yếu.
                || p.body_opener.is_match(c)
                || p.preamble_bullet.is_match(c)
                || opens_numbered_item(c)
                || c.chars().count() > SUBJECT_LINE_MAX
        };
        // A trích yếu does not end on a colon: `Ban Thường vụ yêu cầu:` opens the body.
        if content.trim_end_matches(['*', ' ']).ends_with(':') {
            return false;
        }
        match lines.get(i + 1) {
            None => true,
            Some(next) if closes_block(next) => true,
            // `… ngày 28/12/2005 của Ban Tổ chức` / `Trung ương về tăng cường … kỷ` /
            // `luật trong Đảng`: one more short line in lower case (or a number, `2012`),
            // then the block ends.
            Some(next) => {
                let c = next.content(text);
                (c.starts_with(|ch: char| ch.is_lowercase() || ch.is_ascii_digit())
                    && !c.trim_end().ends_with(['.', ';', ':'])
                    && c.chars().count() <= SUBJECT_LINE_MAX
                    && lines.get(i + 2).is_none_or(closes_block))
                    // Without blank lines, the decision's enacting authority (`ỦY BAN
                    // NHÂN DÂN TỈNH QUẢNG TRỊ` above `Căn cứ …`) or the body's first
                    // paragraph, wrapped as the scan printed it, right under the end
                    // of a wrapped trích yếu (`… tỉnh Quảng` / `Trị`).
                    || self.is_authority_line(text, lines, i + 1, st)
                    || wrapped_paragraph_follows(text, lines, i)
            }
        }
    }

    /// A line in capitals right above `Căn cứ …` (`THỦ TƯỚNG CHÍNH PHỦ`, `BỘ TRƯỞNG BỘ Y TẾ`):
    /// the authority that enacts a decision, part of its body.
    fn is_authority_line(&self, text: &str, lines: &[Line], i: usize, st: &HeaderState) -> bool {
        if st.no_authority {
            return false;
        }
        let content = lines[i].content(text);
        // An authority is a post or a body, a few words (`BỘ TRƯỞNG BỘ LAO ĐỘNG - THƯƠNG
        // BINH VÀ XÃ HỘI`); a long line in capitals above `Căn cứ` is a trích yếu.
        // Nor is a line that opens with a cited number (`SỐ 11/2022/NQ-HĐND NGÀY …`).
        if !mostly_upper(content) || content.chars().count() > 90 || opens_number(content) {
            return false;
        }
        // It stands right above `Căn cứ`: look at the text from the next line on (OCR
        // breaks `Căn` / `cứ` too). Asked first: most lines in capitals stand above none.
        let above_can_cu = lines[i + 1..]
            .iter()
            .find(|l| l.cs < l.ce)
            .is_some_and(|n| {
                let end = next_boundary(text, n.cs, 60);
                self.pat.enacting_next.is_match(&text[n.cs..end])
            });
        // It opens with a post or a body (`THỦ TƯỚNG CHÍNH PHỦ`, `CHÍNH PHỦ`, `ỦY BAN NHÂN
        // DÂN TỈNH …`), not with a type name: `QUY ĐỊNH VỀ DANH MỤC LOÀI NGOẠI LAI XÂM HẠI`
        // under `THÔNG TƯ` is the trích yếu (`quy định`, to regulate), and `VĂN HÓA`
        // under `… LUẬT DI SẢN` its last line, whatever stands under them.
        let c = content.trim_start_matches(['*', ' ']);
        above_can_cu
            && self.pat.title_prefix(c).is_none()
            && (self.pat.is_post(c) || opens_with_body(c))
    }

    fn is_recipient_line(
        &self,
        ax: &[Anchor],
        text: &str,
        lines: &[Line],
        i: usize,
        st: &HeaderState,
    ) -> bool {
        let content = lines[i].content(text);
        let p = &self.pat;
        if p.bullet.is_match(content) {
            return true;
        }
        if st.blank_after_content
            || p.body_opener.is_match(content)
            || reports_receipt(content)
            || !self
                .header_anchors(ax, lines[i].cs, lines[i].end)
                .is_empty()
        {
            return false;
        }
        // A line of a list without dashes, or the wrapped rest of an entry; after a
        // full stop, only a line of names that OCR's dots for commas broke off (`Kính
        // gửi các Bộ: Công an, Ngoại giao. Y tế, Quốc phòng.` / `Giao thông vận tải,
        // Văn hóa, Thể thao và Du` / `lịch. …`).
        let ended =
            matches!(st.last_recipient_end, Some('.')) && !vanban_lexicon::names_only(content);
        !ended
            && content.chars().count() < 160
            && (st.recipients_empty_head
                || !matches!(st.last_recipient_end, Some(',' | ';'))
                || p.bullet.is_match(content))
    }

    /// A header part not seen yet within the next few lines: returns its kind.
    fn header_ahead(
        &self,
        ax: &[Anchor],
        text: &str,
        lines: &[Line],
        i: usize,
        st: &HeaderState,
    ) -> Option<SegmentKind> {
        let p = &self.pat;
        let mut seen = 0;
        for line in lines.iter().skip(i + 1) {
            let c = line.content(text);
            if c.is_empty() {
                continue;
            }
            seen += 1;
            if seen > 3 {
                break;
            }
            if !st.recipients && (p.kinh_gui.is_match(c) || p.dien_head.is_match(c)) {
                return Some(SegmentKind::Recipients);
            }
            for a in self.header_anchors(ax, line.cs, line.end) {
                let new = match a.kind {
                    SegmentKind::Motto => !st.motto,
                    SegmentKind::Number => !st.number,
                    SegmentKind::PlaceDate => !st.date,
                    _ => false,
                };
                if new {
                    return Some(a.kind);
                }
            }
            if self.is_strong_prose(c) {
                break;
            }
        }
        None
    }

    /// Prose that cannot be part of a header: a long line in lower case.
    fn is_strong_prose(&self, content: &str) -> bool {
        content.chars().count() > 90 && !mostly_upper(content)
    }

    // ----- footer ---------------------------------------------------------------

    /// The first line of the footer: a `Nơi nhận` line or the start of the signature.
    fn find_footer(&self, text: &str, lines: &[Line], from: usize) -> usize {
        for i in from..lines.len() {
            let c = lines[i].content(text);
            if c.is_empty() {
                continue;
            }
            if self.pat.is_noi_nhan(c)
                || self.pat.authority.is_match(c)
                || head_broken(c, lines, i, text, ["noi", "nhan"]).is_some()
                || is_flattened_list(c)
            {
                return i;
            }
            if self.is_signature_title_line(text, lines, i) {
                return i;
            }
        }
        lines.len()
    }

    /// A post in capitals (`CHỦ TỊCH`) with a name right under it.
    fn is_signature_title_line(&self, text: &str, lines: &[Line], i: usize) -> bool {
        let c = lines[i].content(text).trim_matches(['*', ' ']);
        // The post first: it reads the start of the line only, and most lines fail it.
        if !self.pat.is_post(c) || !(mostly_upper(c) || case_damaged(c)) {
            return false;
        }
        // A post in the right-hand column of a footer read row by row (`Nơi nhận:` …
        // `GIÁM ĐỐC` on one line) has its name further down that column, with the
        // list's entries in the left-hand cells in between.
        let right = lines[i].cell > 0;
        let mut seen = 0;
        for line in lines[i + 1..].iter().take(16) {
            let n = line.content(text);
            if n.is_empty() || self.pat.signed_mark.is_match(n) || (right && line.cell == 0) {
                continue;
            }
            seen += 1;
            if is_name_line(n) {
                return true;
            }
            if seen >= 2 {
                break;
            }
        }
        false
    }

    /// Label the footer's lines; return where a document attached after it begins
    /// ([`Self::opens_attachment`]), or the number of lines.
    fn scan_footer(
        &self,
        text: &str,
        lines: &[Line],
        footer_start: usize,
        pieces: &mut Vec<Piece>,
    ) -> usize {
        let p = &self.pat;
        let mut in_dist = false;
        let mut dist_seen = false;
        // 0: no signature yet; 1: in the formula lines; 2: the post was seen; 3: the name.
        let mut sig = 0u8;
        let mut rest_is_other = false;
        let mut last_kind = SegmentKind::Other;
        // The list's `Lưu: …` entry has ended (`- Lưu: VT, TTHT.`): the last of a
        // `Nơi nhận` list, so what follows it is no wrapped rest of an entry.
        let mut list_closed = false;
        for (i, line) in lines.iter().enumerate().skip(footer_start) {
            if line.page_mark {
                // What follows a page break is no wrapped rest of the line above it (a
                // `Nơi nhận` entry, a name): the next page starts a block of its own.
                last_kind = SegmentKind::Other;
                continue;
            }
            let c = line.content(text);
            if c.is_empty() {
                continue;
            }
            // Past the signer's name (or what ends the footer): a document attached to
            // this one. (An appendix's heading also right under the list, the signer's
            // name lost: `- Lưu: VT, CCHĐH (1b).` / `Phụ lục`.)
            let past = rest_is_other || sig == 3 || (dist_seen && is_appendix_heading(c));
            if past && self.opens_attachment(text, lines, i) {
                return i;
            }
            let upper = mostly_upper(c);
            // `TH;`: the wrapped end of a `Nơi nhận` entry (`… các Vụ: KTTH, CN,` / `TH;`),
            // never a formula, a post or a name, whatever its case.
            let ends_entry = c.trim_end().ends_with([';', ',']);
            // A letter alone (`A`): a speck of the stamp, no formula, post or name.
            let speck = c.chars().filter(|&ch| is_alphabetic(ch)).nth(1).is_none();
            // A footer's two columns read row by row with no gap between the cells: the
            // signature's formula or post glued after the list's head or entry (`Nơi nhận:
            // KT. CỤC TRƯỞNG`, `- Như trên; PHÓ CỤC TRƯỞNG`). The line is cut in two.
            let head = !rest_is_other
                && (p.is_noi_nhan(c) || head_broken(c, lines, i, text, ["noi", "nhan"]).is_some());
            if !rest_is_other && sig < 3 && (head || in_dist) {
                let row = (in_dist && sig >= 1).then(|| SignedRow {
                    post_seen: sig >= 2,
                    opens_entry: p.bullet.is_match(c)
                        || c.starts_with(';')
                        || entry_ended_above(text, lines, i),
                });
                if let Some((cut, at, kind)) = self.glued_signature(c, head, row) {
                    in_dist = true;
                    dist_seen = true;
                    if kind == SegmentKind::Signature {
                        sig = if p.authority_any_case.is_match(&c[at..]) {
                            1
                        } else if is_name_line(&c[at..]) {
                            3
                        } else {
                            2
                        };
                    }
                    // (Specks between the cells fall between the two pieces: `other`.)
                    pieces.push(piece(line.cs, line.cs + cut, SegmentKind::Distribution));
                    pieces.push(piece(line.cs + at, line.ce, kind));
                    // The left column goes on as the list.
                    last_kind = SegmentKind::Distribution;
                    continue;
                }
            }
            // A `Nơi nhận` list a web copy flattened onto one line, its head lost, and
            // the signature's table cell after it (`- Thủ tướng, …; - Lưu: VT, TCCV (2)
            // | TM. CHÍNH PHỦKT. THỦ TƯỚNG…`).
            if !rest_is_other && sig < 3 && is_flattened_list(c) {
                in_dist = true;
                dist_seen = true;
                last_kind = SegmentKind::Distribution;
                let cell = c.find(" | ").and_then(|bar| {
                    let rest = &c[bar + 3..];
                    let at = bar + 3 + (rest.len() - rest.trim_start().len());
                    let cell = &c[at..];
                    let formula = p.authority.is_match(cell);
                    (formula || self.signed_then_name(cell)).then_some((bar, at, formula))
                });
                match cell {
                    Some((bar, at, formula)) => {
                        sig = if formula { 1 } else { 3 };
                        pieces.push(piece(line.cs, line.cs + bar, SegmentKind::Distribution));
                        pieces.push(piece(line.cs + at, line.ce, SegmentKind::Signature));
                    }
                    None => pieces.push(piece(line.cs, line.ce, SegmentKind::Distribution)),
                }
                continue;
            }
            // `( Đã ký) Lê Thành Long`: the signed mark and the name on one line.
            if !rest_is_other && sig < 3 && self.signed_then_name(c) {
                sig = 3;
                last_kind = SegmentKind::Signature;
                pieces.push(piece(line.cs, line.ce, SegmentKind::Signature));
                continue;
            }
            if speck {
                // Ends no footer, goes on no block.
                pieces.push(piece(line.cs, line.ce, SegmentKind::Other));
                last_kind = SegmentKind::Other;
                continue;
            }
            let kind = if rest_is_other {
                SegmentKind::Other
            } else if head {
                in_dist = true;
                dist_seen = true;
                SegmentKind::Distribution
            } else if p.authority.is_match(c) && sig < 3 {
                sig = 1;
                SegmentKind::Signature
            } else if p.signed_mark.is_match(c) || p.stamp.is_match(c) {
                SegmentKind::Signature
            } else if p.annotation.is_match(c) {
                SegmentKind::Annotation
            } else if in_dist && p.bullet.is_match(c) {
                SegmentKind::Distribution
            } else if sig < 3
                // Under a formula, a post with OCR case damage (`Phó CHủ TịCH`) counts;
                // without one, a post whose capitals OCR half lost (`GIáM ĐốC`) too.
                && (upper || sig > 0 || case_damaged(c))
                && p.is_post(c)
                && (sig > 0 || self.is_signature_title_line(text, lines, i))
            {
                sig = 2;
                SegmentKind::Signature
            } else if sig == 1 && upper && !ends_entry && !is_name_line(c) {
                // The wrapped rest of a formula: `TM. ỦY BAN NHÂN` / `DÂN`.
                SegmentKind::Signature
            } else if (sig == 1 || sig == 2)
                && !ends_entry
                && (is_name_line(c)
                    || (upper && c.split_whitespace().count() <= 5)
                    || (is_single_name_word(c)
                        && next_content(text, lines, i + 1).is_some_and(|n| is_name_part(n, c))))
            {
                sig = 3;
                SegmentKind::Signature
            } else if sig == 3
                && last_kind == SegmentKind::Signature
                && is_name_part(
                    c,
                    lines[..i]
                        .iter()
                        .rev()
                        .map(|l| l.content(text))
                        .find(|c| !c.is_empty())
                        .unwrap_or(""),
                )
            {
                // A name broken across two lines (`Lê` / `Khả Phiêu`, `Hoàng Minh` / `Tuấn`).
                SegmentKind::Signature
            } else if list_closed && sig < 3 && is_name_line(c) {
                // A name right under the list's last entry, its formula and post lost to
                // the stamp (`- Lưu: VT.MT.` / `Xuân Tuyên`).
                sig = 3;
                SegmentKind::Signature
            } else if sig == 1
                && in_dist
                && !ends_entry
                && !p.bullet.is_match(c)
                && post_ends(c)
                && c.split_whitespace().count() <= 4
                && (upper || case_damaged(c))
                && entry_ended_above(text, lines, i)
            {
                // `- Nhu tren;` / `0 cuc TRUoNG`: the right column's post on a row of its
                // own, under an entry that ended, OCR's case damage showing it for no
                // entry of the list.
                sig = 2;
                SegmentKind::Signature
            } else if in_dist
                && last_kind == SegmentKind::Distribution
                && c.chars().count() < 200
                && (!upper || ends_entry || is_storage_entry(c))
            {
                // The wrapped rest of a `Nơi nhận` entry, or the next entry of a list
                // whose marks the copy lost (`Lưu VPĐĐQH, Vụ KHCNMT.` in capitals).
                SegmentKind::Distribution
            } else {
                // Past the signature and the list: appendix, site boilerplate.
                if sig == 3 || (dist_seen && sig > 0) {
                    rest_is_other = true;
                }
                SegmentKind::Other
            };
            if kind == SegmentKind::Other {
                in_dist = false;
            }
            list_closed = kind == SegmentKind::Distribution && is_storage_entry_end(c);
            last_kind = kind;
            pieces.push(piece(line.cs, line.ce, kind));
        }
        lines.len()
    }

    /// `( Đã ký) Lê Thành Long`, `(Đã ký)Nguyễn Hòa Bình`: the signed mark of a web copy
    /// ([`Patterns::signed_mark`]) and the signer's name after it on one line.
    fn signed_then_name(&self, c: &str) -> bool {
        let Some(close) = c.starts_with('(').then(|| c.find(')')).flatten() else {
            return false;
        };
        self.pat.signed_mark.is_match(&c[..=close])
            && is_name_line(c[close + 1..].trim_start().trim_end_matches(['|', ' ']))
    }

    /// Whether line `i` opens a document attached after the signature: a heading in
    /// capitals with the note `(Ban hành kèm theo …)` / `(Kèm theo …)` under it within
    /// a few lines (`QUY CHẾ` / `Tổ chức và hoạt động …` / `(Ban hành kèm theo Quyết
    /// định số …)`, `PHỤ LỤC 1` / `DANH MỤC …` / `*(Kèm theo …)*`), the note itself, or
    /// an appendix's heading alone (`Phụ lục`, `PHỤ LỤC II`).
    fn opens_attachment(&self, text: &str, lines: &[Line], i: usize) -> bool {
        let c = lines[i].content(text);
        if self.pat.attached_note.is_match(c) || is_appendix_heading(c) {
            return true;
        }
        if c.chars().count() > 150 || !mostly_upper(c) || self.pat.is_post(c) {
            return false;
        }
        // (A signer's name or post between is the footer's: `PHÓ CHỦ TỊCH` / `Vương
        // Quốc Nam` / `QUY CHẾ` / `(Ban hành kèm theo …)` opens at `QUY CHẾ`.)
        lines[i + 1..]
            .iter()
            .map(|l| l.content(text))
            .filter(|n| !n.is_empty())
            .take(5)
            .take_while(|n| !is_name_line(n) && !self.pat.is_post(n))
            .any(|n| self.pat.attached_note.is_match(n))
    }

    /// Label a document attached after the signature, from its first line `start`: its
    /// text as body and items (where its tasks and citations are), up to its own
    /// signature or list, if it has one, or the site's boilerplate (line `site`) after
    /// the last attachment; what follows is `other`, and so are forms to fill in.
    /// Return where the next attachment begins, or the number of lines.
    fn scan_attachment(
        &self,
        text: &str,
        lines: &[Line],
        start: usize,
        site: usize,
        pieces: &mut Vec<Piece>,
    ) -> usize {
        let end = site.max(start);
        // Forms to fill in (`PHỤ LỤC I` / `MẪU VĂN BẢN …`, `Mẫu số 01`): blanks and
        // dotted lines, not what the document asks or cites.
        let forms = lines[start..end]
            .iter()
            .map(|l| l.content(text))
            .filter(|c| !c.is_empty())
            .take(6)
            .any(|c| {
                let f = fold(c.trim_start_matches(['*', '#', ' ', '(']));
                ["mau ", "bieu mau", "danh muc bieu mau", "danh muc mau"]
                    .iter()
                    .any(|m| f.starts_with(m))
            });
        let own_footer = if forms {
            start
        } else {
            self.find_footer(text, lines, start + 1).min(end)
        };
        // The next attachment opens past this one's note (`(Kèm theo …)`).
        let noted = (start..end)
            .take(8)
            .find(|&i| self.pat.attached_note.is_match(lines[i].content(text)));
        let note = noted.unwrap_or(start);
        if noted.is_none() || self.is_procedure_catalogue(text, &lines[start..note]) {
            // A catalogue of administrative procedures (`DANH MỤC THỦ TỤC HÀNH CHÍNH …`):
            // each procedure's steps, places and fees, numbered like items, ask nothing
            // of anyone; its legal grounds are still cited. So is an appendix known by
            // its heading alone (`Phụ lục`, no `(Kèm theo …)` note): a table of answers,
            // figures or a form more often than a list of duties.
            for line in &lines[start..own_footer] {
                if !line.page_mark && line.cs < line.ce {
                    pieces.push(piece(line.cs, line.ce, SegmentKind::Body));
                }
            }
        } else {
            // (No closing paragraph: the attached text ends with its last article's.)
            self.scan_body(text, lines, start, own_footer, false, pieces);
        }
        for (i, line) in lines.iter().enumerate().skip(own_footer) {
            if i < end && i > own_footer.max(note) && self.opens_attachment(text, lines, i) {
                return i;
            }
            if !line.page_mark && line.cs < line.ce {
                pieces.push(piece(line.cs, line.ce, SegmentKind::Other));
            }
        }
        lines.len()
    }

    /// Whether the heading of an attached document (its lines before the `(Kèm theo …)`
    /// note) in capitals names administrative procedures: `DANH MỤC THỦ TỤC HÀNH CHÍNH
    /// …`, `THỦ TỤC HÀNH CHÍNH NỘI BỘ …`, broken over lines anywhere (`THỦ` / `TỤC HÀNH
    /// CHÍNH …`, `DANH` / `MỤC …`) or with a word lost (`THỦ TỤC HÀNH SỬA ĐỔI …`).
    fn is_procedure_catalogue(&self, text: &str, heading: &[Line]) -> bool {
        let mut words = String::new();
        for line in heading {
            let c = line.content(text);
            if !c.is_empty() && !mostly_upper(c) {
                return false;
            }
            for w in fold(c).split(|ch: char| !is_alphanumeric(ch)) {
                if !w.is_empty() {
                    words.push_str(w);
                    words.push(' ');
                }
            }
        }
        words.contains("thu tuc hanh ")
    }

    /// Where the list's cell ends and a signature cell glued into a `Nơi nhận` line
    /// starts (two byte offsets into `c`), if one is: after the head (`Nơi nhận: KT. CỤC
    /// TRƯỞNG`, `Nơi nhận; TL. …`) or an entry's `;` or `)` (`~ Như trên; PHÓ CỤC
    /// TRƯỞNG`), a cell in capitals that opens with a formula or names a post; after an
    /// entry's `,` (`~ Như trên, PHÓ CỤC TRUONG`), only a cell that names a post.
    /// `row`: the signature has begun beside the list (its formula was seen), so a bare
    /// post (`PHÓ CỤC TRƯỞNG`, which [`Patterns::is_post`] reads) follows its formula,
    /// and what else a row's right cell holds in capitals is the signature's too: a post
    /// OCR damaged (`- Vu PC; TRTI6NG`) or a speck of the stamp (`- Như trên; ỨNG`), the
    /// cell's kind `other`.
    /// The list's cell ends at `.0`, the right cell starts at `.1` and is of kind `.2`.
    fn glued_signature(
        &self,
        c: &str,
        head: bool,
        row: Option<SignedRow>,
    ) -> Option<(usize, usize, SegmentKind)> {
        if head {
            let cut = c.find([':', ';'])? + 1;
            return self.signature_cell(c, cut, true, None);
        }
        // After the entry's `;`, or its closing `)` (`~ PTCT. … (để b/c) PHÓ CỤC
        // TRƯỞNG`); then after its first `,`.
        let after_entry = c.rfind(';').or_else(|| c.rfind(')'));
        after_entry
            .and_then(|k| self.signature_cell(c, k + 1, false, row))
            .or_else(|| {
                // (Not the comma OCR read for a formula's dot: `KT, CHI CỤC TRƯỞNG` is
                // the formula's line, not an entry.)
                if self.pat.authority.is_match(c) {
                    return None;
                }
                let k = c.find(", ")?;
                self.signature_cell(c, k + 1, false, None)
                    .filter(|&(_, at, _)| post_word_at(&c[at..]).is_some())
            })
            .or_else(|| {
                // No `;` between the cells (`- PICT PHÓ CỤC TRƯỞNG`, `- Nhu tr6n' KT.VU
                // TRII6XG …`, `Tan phòng pri (We ⁄ KT.VỤ TRUONG …` under `- Như trên;`):
                // under a formula, in a row that opens an entry, the first formula or post
                // in capitals that runs to the line's end. (The specks before it are
                // left out of both cells.)
                if !row.is_some_and(|r| r.opens_entry) {
                    return None;
                }
                let entry = c.trim_start_matches(|ch: char| !is_alphabetic(ch));
                let from = c.len() - entry.len();
                let names_signature =
                    |cell: &str| self.pat.is_post(cell) || self.pat.authority.is_match(cell);
                // (A row that is a post or a formula from its start is the signature's
                // whole: `PHÓ CHỦ TỊCH` under `- Như trên;`.)
                if mostly_upper(entry) && names_signature(entry) {
                    return None;
                }
                // Each word start's rest, whether in capitals from the letters counted
                // backwards once (`mostly_upper` of every rest would read the line again
                // for each of its words).
                let (mut up, mut low) = (0usize, 0usize);
                let mut upper_rests = Vec::new();
                for (k, ch) in entry.char_indices().rev() {
                    if ch.is_uppercase() {
                        up += 1;
                    } else if ch.is_lowercase() {
                        low += 1;
                    } else if ch == ' ' && k > 0 && up > 0 && up >= 3 * low {
                        upper_rests.push(from + k + 1);
                    }
                }
                upper_rests
                    .into_iter()
                    .rev()
                    .find(|&k| names_signature(&c[k..]))
                    .map(|k| {
                        let list = c[..k].trim_end_matches(|ch: char| {
                            ch.is_whitespace() || "⁄/|:~-—".contains(ch)
                        });
                        (list.len(), k, SegmentKind::Signature)
                    })
            })
    }

    /// The signature cell of [`Self::glued_signature`] in `c[cut..]`, if it is one.
    fn signature_cell(
        &self,
        c: &str,
        cut: usize,
        head: bool,
        row: Option<SignedRow>,
    ) -> Option<(usize, usize, SegmentKind)> {
        let p = &self.pat;
        let in_signed_list = row.is_some();
        let rest = &c[cut..];
        // OCR specks between the cells (`~ Như trên; 7 KT. CỤC TRƯỞNG`, `- Như ten; Z.
        // PHỎ-TÔNG CỤC TRUONG`): marks, and a letter alone before more words.
        let mut trimmed = rest.trim_start_matches(|ch: char| !is_alphabetic(ch));
        while let Some((speck, more)) = trimmed.split_once(' ') {
            if speck.chars().filter(|&ch| is_alphabetic(ch)).count() >= 2 {
                break;
            }
            trimmed = more.trim_start_matches(|ch: char| !is_alphabetic(ch));
        }
        // Under a formula, the signer's name after an entry's `;` (`- UBTW Mặt trận Tổ
        // quốc Việt Nam; Do Hoàng Anh Tuan`).
        if !head
            && in_signed_list
            && is_name_line(trimmed)
            && trimmed.split_whitespace().count() <= 4
        {
            return Some((
                cut,
                cut + (rest.len() - trimmed.len()),
                SegmentKind::Signature,
            ));
        }
        let upper = mostly_upper(trimmed);
        // In capitals, or — after the head or in a signed list — opening with a
        // formula's abbreviation in capitals (`KT. cue TRUONG cuc THUE XNK`: OCR lowered
        // some of the words). Not a typist's initials after an entry (`Lưu: VT, QHĐP
        // (2b)Q.Cường.`, where `Q.` would be the formula of an acting head).
        let formula = if head || in_signed_list {
            p.authority_any_case.is_match(trimmed)
        } else {
            upper && p.authority.is_match(trimmed)
        };
        if trimmed.is_empty() || !(upper || formula) {
            return None;
        }
        let at = cut + (rest.len() - trimmed.len());
        if formula || (!head && in_signed_list && p.is_post(trimmed)) {
            return Some((cut, at, SegmentKind::Signature));
        }
        // A post OCR damaged: the cell starts after the specks in lower case before it
        // (`ol BREN ey Ó CỤC TRƯỞNG`, `mẹ CỤC TRƯỞNG`).
        let Some(post_at) = post_word_at(trimmed) else {
            // Under the formula, before the post: a cell in capitals is the post past
            // reading (`TRTI6NG`, `PHOVUTRUCIYG`: what is left of `TRƯỞNG`), or a speck
            // of the stamp or of the formula's second line (`ỨNG`, `CƯẾTRUớI`), in no
            // entry of the list either way.
            let letters = trimmed.chars().filter(|&ch| is_alphabetic(ch)).count();
            // (After an entry's end and a space: `Lưu;VT, CS (3b)` is the archive entry's
            // own `:` misread.)
            let post_next = row.is_some_and(|r| !r.post_seen)
                && rest.starts_with(' ')
                && !is_storage_entry(&c[..cut]);
            if post_next && letters >= 3 && trimmed.split_whitespace().count() <= 5 {
                let kind = if damaged_post(trimmed) {
                    SegmentKind::Signature
                } else {
                    SegmentKind::Other
                };
                return Some((cut, at, kind));
            }
            return None;
        };
        let mut start = 0;
        let mut at = 0;
        for word in trimmed[..post_at].split(' ') {
            at += word.len() + 1;
            if word.chars().any(char::is_lowercase) {
                start = at;
            }
        }
        let cell = &trimmed[start.min(post_at)..];
        Some((cut, cut + (rest.len() - cell.len()), SegmentKind::Signature))
    }

    // ----- body -----------------------------------------------------------------

    /// Label lines `from..to` as body and items; `closing`: the last paragraph may be
    /// the closing formula or paragraph (a document's body, not an attached text).
    fn scan_body(
        &self,
        text: &str,
        lines: &[Line],
        from: usize,
        to: usize,
        closing: bool,
        pieces: &mut Vec<Piece>,
    ) {
        let p = &self.pat;
        let mut kinds: Vec<(usize, SegmentKind, bool)> = Vec::new(); // (line, kind, new_item)
        let mut in_item = false;
        let mut prev_content: Option<&str> = None;
        let mut prev_blank = true;
        for (i, line) in lines.iter().enumerate().take(to).skip(from) {
            let c = line.content(text);
            if c.is_empty() {
                prev_blank = prev_blank || line.is_blank(text);
                continue;
            }
            // `- Căn cứ …;`, `- Thực hiện …`, `- Xét đề nghị …`: the preamble of a
            // decision or resolution printed as a dash list is body, not items.
            let preamble = !in_item && p.bullet.is_match(c) && p.preamble_bullet.is_match(c);
            // A table's row whose first cell is a label (`| 12. | Xây dựng … | Bộ … |`,
            // `| **I.** | …`): an item of its own, whatever the row above.
            let table_row = is_labelled_row(&text[line.start..line.end], c);
            let starts_item = table_row
                || !preamble
                    && p.item_label.is_match(c)
                    && (prev_blank
                        || prev_content.is_none_or(|pc| {
                            ends_clause(pc)
                                || p.item_label.is_match(pc) && pc.chars().count() < 120
                                || mostly_upper(pc)
                        }));
            if starts_item {
                in_item = true;
                kinds.push((i, SegmentKind::Item, true));
            } else if in_item {
                kinds.push((i, SegmentKind::Item, false));
            } else {
                kinds.push((i, SegmentKind::Body, false));
            }
            prev_content = Some(c);
            prev_blank = false;
        }
        // The closing: after the last item, from the first paragraph that opens with a
        // closing formula (`Đề nghị …`, `Trân trọng`, `… này có hiệu lực`) and is not the
        // content an item announced with its colon.
        let last_item = kinds.iter().rposition(|k| k.2);
        let search_from = last_item.map_or(0, |k| k + 1);
        let mut closing_from = None;
        for (k, &(li, _, _)) in kinds.iter().enumerate().skip(search_from) {
            let c = lines[li].content(text);
            let para_start = k == 0 || {
                let prev = lines[kinds[k - 1].0].content(text);
                ends_clause(prev) || li > kinds[k - 1].0 + 1
            };
            // (The paragraph after an item that ends with its colon is the item's: `3.
            // Về kiến nghị …:` / `Bộ Nội vụ theo chức năng … được giao khẩn trương …`.)
            let announced = k > 0
                && lines[kinds[k - 1].0]
                    .content(text)
                    .trim_end_matches(['*', ' '])
                    .ends_with(':');
            if para_start && !announced && p.closing.is_match(c) {
                closing_from = Some(k);
                break;
            }
        }
        // Without a closing formula, the last paragraph after the last item, set apart
        // by a blank line and opening with a capital, closes the body (`Các cấp ủy báo
        // cáo kết quả … trước ngày 20/02/2016.`).
        if closing_from.is_none() && last_item.is_some() {
            // A body without blank lines (dropped by OCR or a copy out of a PDF) sets no
            // paragraph apart; where each of its lines is a paragraph (none goes on in
            // lower case on the next: the lines were not broken at a width), a line
            // after one that ends a sentence opens a paragraph of its own. Not after an
            // article (`Điều 3. Quyết định này có hiệu lực …` / `Chánh Văn phòng … chịu
            // trách nhiệm thi hành …`: the article goes on with its duty).
            let article = last_item.is_some_and(|k| {
                lines[kinds[k].0]
                    .content(text)
                    .trim_start_matches(['*', ' '])
                    .starts_with("Điều")
            });
            let line_paragraphs = !article
                && (from..to).all(|i| !lines[i].is_blank(text))
                && kinds.iter().skip(1).all(|&(li, _, new_item)| {
                    // (`b) …` opens an item: a label, not a word going on.)
                    new_item
                        || !lines[li]
                            .content(text)
                            .chars()
                            .next()
                            .is_some_and(char::is_lowercase)
                });
            if let Some(k) = kinds.len().checked_sub(1) {
                let mut first = k;
                while !line_paragraphs
                    && first > search_from
                    && lines[kinds[first - 1].0].end + 1 >= lines[kinds[first].0].start
                    && !lines[kinds[first].0 - 1].is_blank(text)
                {
                    first -= 1;
                }
                let ends_sentence = |i: usize| {
                    let t = lines[i]
                        .content(text)
                        .trim_end_matches(['*', ' ', '"', '”', '_']);
                    t.ends_with(['.', '!', '?'])
                };
                // Lines broken at the page's width as well (a scan keeps the printed
                // lines): the last paragraph opens after a line that ends a sentence
                // short of the width, as a paragraph's last line does (a sentence that
                // ends where the scan broke a paragraph fills its line).
                let mut wrapped_apart = false;
                if !line_paragraphs && !article && (from..to).all(|i| !lines[i].is_blank(text)) {
                    let width = kinds
                        .iter()
                        .map(|e| lines[e.0].content(text).chars().count())
                        .max()
                        .unwrap_or(0);
                    // … lines that were broken at a width: those that go on in lower
                    // case on the next line (two at least) nearly all fill it.
                    let (mut broken, mut full) = (0, 0);
                    for pair in kinds.windows(2) {
                        let next = lines[pair[1].0].content(text);
                        if !pair[1].2 && next.starts_with(char::is_lowercase) {
                            broken += 1;
                            let n = lines[pair[0].0].content(text).chars().count();
                            full += usize::from(n * 4 >= width * 3);
                        }
                    }
                    let at_width = broken >= 2 && full * 5 >= broken * 4;
                    let opens = |k: usize| {
                        let (prev, c) = (kinds[k - 1].0, lines[kinds[k].0].content(text));
                        ends_sentence(prev)
                            && lines[prev].content(text).chars().count() * 4 < width * 3
                            && c.starts_with(char::is_uppercase)
                            && !p.item_label.is_match(c)
                            // (`**Điều` / `4. **Chánh Văn phòng …`: an article whose
                            // number OCR moved to the next line.)
                            && !c.trim_start_matches(['*', ' ']).starts_with("Điều")
                    };
                    let found = (search_from.max(1)..kinds.len()).rev().find(|&k| opens(k));
                    if let Some(k) = found.filter(|_| at_width) {
                        first = k;
                        wrapped_apart = true;
                    }
                }
                let li = kinds[first].0;
                let c = lines[li].content(text);
                let set_apart = li > 0
                    && (lines[li - 1].is_blank(text)
                        || wrapped_apart
                        || line_paragraphs && first > 0 && ends_sentence(kinds[first - 1].0));
                let para_len: usize = kinds[first..]
                    .iter()
                    .map(|e| lines[e.0].ce - lines[e.0].cs)
                    .sum();
                if first >= search_from
                    && set_apart
                    && c.chars().next().is_some_and(char::is_uppercase)
                    && !p.item_label.is_match(c)
                    && para_len < 600
                {
                    closing_from = Some(first);
                }
            }
        }
        if let Some(k) = closing_from.filter(|_| closing) {
            for entry in &mut kinds[k..] {
                entry.1 = SegmentKind::Closing;
                entry.2 = false;
            }
        }
        for (li, kind, new_item) in kinds {
            let line = &lines[li];
            pieces.push(Piece {
                start: line.cs,
                end: line.ce,
                kind,
                new_item,
            });
        }
    }
}

#[derive(Default)]
struct HeaderState {
    motto: bool,
    number: bool,
    date: bool,
    title: bool,
    subject: bool,
    recipients: bool,
    after_number: bool,
    number_is_cong_van: bool,
    title_waiting_subject: bool,
    subject_open: bool,
    subject_closed: bool,
    subject_italic: bool,
    subject_is_caps: bool,
    subject_lines: usize,
    recipients_open: bool,
    recipients_empty_head: bool,
    last_recipient_end: Option<char>,
    blank_after_content: bool,
    junk: usize,
    /// The type line names a document no authority enacts (a plan, a letter …): no
    /// line of its header is an enacting authority.
    no_authority: bool,
}

impl HeaderState {
    /// Whether a blank line stands between line `i` and the content above it.
    fn blank_after_content_before(&self, text: &str, lines: &[Line], i: usize) -> bool {
        i > 0 && lines[i - 1].is_blank(text)
    }
    /// Enough of a header has been seen that an unknown line starts the body.
    fn complete(&self) -> bool {
        self.title || self.subject || self.recipients || (self.number && self.date)
    }
    fn any_anchor(&self) -> bool {
        self.motto || self.number || self.date || self.title || self.recipients
    }
    fn number_seen_before_title(&self) -> bool {
        self.number
    }
}

#[derive(Clone, Copy)]
struct Anchor {
    start: usize,
    end: usize,
    kind: SegmentKind,
    cong_van: bool,
}

/// Byte ranges that overlap none of each other, kept sorted: whether a new one
/// overlaps any is one look at the range that starts last before it ends (comparing
/// with every range kept made a header line of thousands of numbers quadratic).
#[derive(Default)]
struct Disjoint {
    /// Each start kept, with the largest end kept there (only empty ranges share one).
    ends: std::collections::BTreeMap<usize, usize>,
}

impl Disjoint {
    /// Keep `start..end` unless it overlaps a range kept (`start < e && s < end`), and
    /// say whether it was kept. If any kept range overlaps it, the one that starts last
    /// before `end` does: another overlapping one starts before that one and, not
    /// overlapping it, ends before it starts — after `start`.
    fn insert_if_free(&mut self, start: usize, end: usize) -> bool {
        let overlaps = self
            .ends
            .range(..end)
            .next_back()
            .is_some_and(|(_, &e)| start < e);
        if !overlaps {
            let e = self.ends.entry(start).or_insert(end);
            *e = (*e).max(end);
        }
        !overlaps
    }
}

/// The start of the line holding each of a series of positions in a text, read
/// forwards: each stretch of text is searched once (searching back from each position
/// read a long line once per position).
struct LineStarts<'t> {
    text: &'t str,
    /// The last position asked, and the start of its line.
    at: usize,
    line_start: usize,
}

impl<'t> LineStarts<'t> {
    fn new(text: &'t str) -> LineStarts<'t> {
        LineStarts {
            text,
            at: 0,
            line_start: 0,
        }
    }

    /// The start of the line holding byte `at` (after the last `\n` before it).
    fn at(&mut self, at: usize) -> usize {
        if at < self.at {
            // Asked out of order: search back (never, for the matches of one pattern).
            return self.text[..at].rfind('\n').map_or(0, |k| k + 1);
        }
        if let Some(k) = self.text[self.at..at].rfind('\n') {
            self.line_start = self.at + k + 1;
        }
        self.at = at;
        self.line_start
    }
}

fn piece(start: usize, end: usize, kind: SegmentKind) -> Piece {
    Piece {
        start,
        end,
        kind,
        new_item: kind == SegmentKind::Item,
    }
}

/// Turn labelled pieces into segments that tile the text.
fn tile(text: &str, mut pieces: Vec<Piece>) -> Vec<Segment> {
    pieces.retain(|p| p.start < p.end);
    pieces.sort_by_key(|p| (p.start, p.end));
    // Drop overlaps (a later piece that starts inside an earlier one is cut).
    let mut clean: Vec<Piece> = Vec::with_capacity(pieces.len());
    for mut p in pieces {
        if let Some(last) = clean.last() {
            if p.start < last.end {
                p.start = last.end;
                if p.start >= p.end {
                    continue;
                }
            }
        }
        clean.push(p);
    }
    let mut segs: Vec<Segment> = Vec::with_capacity(clean.len());
    let mut pos = 0;
    for p in clean {
        if p.start > pos {
            let gap = &text[pos..p.start];
            // The rest of a zone broken by a page (not the next item after it).
            let goes_on = !p.new_item && segs.last().is_some_and(|last| last.kind == p.kind);
            if is_decoration(gap) || (goes_on && is_page_break(gap)) {
                // White space up to the last line break goes with the zone before; the
                // marks that open the next line (`**`, `- `) go with the next zone.
                let cut = gap.rfind('\n').map_or(p.start, |k| pos + k + 1);
                match segs.last_mut() {
                    Some(last) if cut < p.start && last.kind != p.kind => {
                        last.end = cut;
                        push_seg(
                            &mut segs,
                            Segment {
                                kind: p.kind,
                                start: cut,
                                end: p.end,
                            },
                            p.new_item,
                        );
                        pos = p.end;
                        continue;
                    }
                    Some(last) => last.end = p.start,
                    None => {
                        // Leading blank lines join the first segment.
                        push_seg(
                            &mut segs,
                            Segment {
                                kind: p.kind,
                                start: 0,
                                end: p.end,
                            },
                            p.new_item,
                        );
                        pos = p.end;
                        continue;
                    }
                }
            } else {
                push_seg(
                    &mut segs,
                    Segment {
                        kind: SegmentKind::Other,
                        start: pos,
                        end: p.start,
                    },
                    false,
                );
            }
        }
        push_seg(
            &mut segs,
            Segment {
                kind: p.kind,
                start: p.start,
                end: p.end,
            },
            p.new_item,
        );
        pos = p.end;
    }
    if pos < text.len() {
        let gap = &text[pos..];
        match segs.last_mut() {
            Some(last) if is_decoration(gap) => last.end = text.len(),
            _ => push_seg(
                &mut segs,
                Segment {
                    kind: SegmentKind::Other,
                    start: pos,
                    end: text.len(),
                },
                false,
            ),
        }
    }
    segs
}

fn push_seg(segs: &mut Vec<Segment>, s: Segment, new_item: bool) {
    if let Some(last) = segs.last_mut() {
        if last.kind == s.kind && !new_item && last.end == s.start {
            last.end = s.end;
            return;
        }
    }
    segs.push(s);
}

/// Only white space and layout marks (`*`, `-`, `_`, `|`, `=`, `#`, `\`).
fn is_decoration(s: &str) -> bool {
    s.chars().all(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '*' | '-' | '_' | '|' | '=' | '#' | '\\' | '~' | '.' | '–' | '—' | '`' | '>'
            )
    })
}

/// A gap that holds a converter's page break: its marker, the page number under it,
/// decoration. A zone that goes on after it joins across it as across a blank line (an
/// item that goes on on the next page stays one item); elsewhere it is a zone of its
/// own (`other`), out of the issuer's, the list's or the item's text.
fn is_page_break(s: &str) -> bool {
    let mut breaks = vanban_text::layout::PageBreaks::default();
    s.contains("--")
        && s.split('\n')
            .all(|l| is_decoration(l) || breaks.is_break(l))
}

fn trim_decoration(text: &str, mut s: usize, mut e: usize) -> (usize, usize) {
    let deco = |c: char| {
        c.is_whitespace()
            || matches!(c, '*' | '|' | '_' | '#' | '\\' | '`' | '>' | '=' | '~')
            || c == '-'
    };
    let t = &text[s..e];
    let trimmed = t.trim_start_matches(deco);
    s += t.len() - trimmed.len();
    let t2 = trimmed.trim_end_matches(|c: char| deco(c) && c != '-' || c.is_whitespace());
    e = s + t2.len();
    (s, e)
}

/// The longest line of a wrapped trích yếu, in chars: a longer line is a paragraph.
const SUBJECT_LINE_MAX: usize = 120;

/// Whether `s` opens with a numbered item's label and a capital: `1. Sở …`, `2) Các …`,
/// `3.**Huyện …`, `12\. Ủy ban …` (a markdown-escaped dot).
/// A number line OCR damaged past reading, left before the place and date on its line
/// (`Số: GIF /TCT-TTKT`, `.Sẽ: 1883 /TCHQ-TXNK`, `861913 /TCHQ-TXNK`, `số: SỒ2TCHQ-TXNK`):
/// a short cell opening with `Số:` or holding a symbol's `/` and issuer code, no issuer
/// (whose name has neither).
fn is_damaged_number(t: &str) -> bool {
    if t.chars().count() > 40 {
        return false;
    }
    let so = fold(t.trim_start_matches(|c: char| !is_alphanumeric(c)));
    so.starts_with("so:")
        || so.starts_with("se:")
        || t.match_indices('/').any(|(k, _)| {
            // `/TCHQ-TXNK`, `/rcHQ-CCHĐH` (a code with its first letters misread).
            t[k + 1..]
                .trim_start()
                .chars()
                .take_while(|&c| is_alphabetic(c) || c == '-')
                .filter(|c| c.is_uppercase())
                .count()
                >= 2
        })
}

/// Whether the trích yếu line `prev` stops mid-phrase, so that `line` goes on with it:
/// on a comma, on a preposition or conjunction (`… ngày 09/9/2005 của` / `Thủ tướng
/// Chính phủ về …`), inside a word (`… TRÊN ĐỊA` / `BÀN THÀNH PHỐ HÀ NỘI`, `QUY` /
/// `ĐỊNH BẢNG GIÁ …`), before a number (`… TẠI NGHỊ QUYẾT SỐ` / `16/2023/NQ-HĐND …`),
/// or on `tỉnh` / `thành phố` before a short line, the place's name (with what it is
/// now in brackets: `THỪA THIÊN HUẾ (NAY THÀNH PHỐ HUẾ)`).
fn cut_mid_phrase(prev: &str, line: &str) -> bool {
    // (`ĐỊA`, `QUY`: the first syllable of a word, `địa bàn`, `quy định`.)
    const DANGLING: [&str; 15] = [
        "cua", "ve", "va", "cho", "voi", "tai", "trong", "theo", "cac", "nhung", "tren", "giua",
        "nham", "dia", "quy",
    ];
    let prev = prev.trim_end_matches(['*', ' ', '_']);
    if prev.ends_with(',') {
        return true;
    }
    let last_word = prev.rsplit(' ').next().unwrap_or("");
    let last = fold(last_word);
    // (`SỐ` ends phrases too — `CHÍNH PHỦ SỐ`, `MÃ SỐ` —: only before a number.)
    let before_number = last == "so"
        && line
            .trim_start_matches(['*', ' '])
            .starts_with(|c: char| c.is_ascii_digit());
    DANGLING.contains(&last.as_str())
        || before_number
        || ((last == "tinh" || fold_tail(prev, 10).ends_with("thanh pho"))
            && line
                .split('(')
                .next()
                .is_some_and(|name| name.split_whitespace().count() <= 3)
            && !line.trim_end_matches(['*', ' ']).ends_with([':', '.']))
}

/// Whether a line in capitals opens with the name of a body that enacts or issues
/// (`CHÍNH PHỦ`, `ỦY BAN NHÂN DÂN …`, `HỘI ĐỒNG NHÂN DÂN …`, `BỘ …`, `BAN …`).
fn opens_with_body(s: &str) -> bool {
    const BODIES: [&str; 12] = [
        "chinh phu",
        "uy ban",
        "hoi dong",
        "quoc hoi",
        "bo ",
        "ban ",
        "tong cuc",
        "cuc ",
        "so ",
        "van phong",
        "thuong truc",
        "dang uy",
    ];
    let head = &s[..next_boundary(s, 0, 24)];
    let f = fold(head);
    BODIES.iter().any(|b| f.starts_with(b))
}

/// Type names of the documents an authority enacts, folded: a plan, a letter, a notice
/// … is not enacted by an authority named above its `Căn cứ` (decisions, resolutions,
/// decrees, circulars are).
const ENACTED: [&str; 10] = [
    "quyet dinh",
    "nghi quyet",
    "nghi dinh",
    "thong tu",
    "luat",
    "phap lenh",
    "lenh",
    "chi thi",
    "quy dinh",
    "quy che",
];

/// `Cục Thuế nhận được câu hỏi …`, `Tổng cục Hải quan nhận được công văn …`: the
/// letter's first sentence, saying what the issuer received, right under `Kính gửi`
/// with no blank line between — no recipient. (`nhận được` within the opening words.)
fn reports_receipt(line: &str) -> bool {
    let head = &line[..next_boundary(line, 0, 48)];
    // (`nhận được` may end the line: `Cục Thuế nhận được` / `đơn phản ánh …`.)
    let Some((at, len)) = [" nhận được", " nhan duoc"]
        .iter()
        .find_map(|w| head.find(w).map(|at| (at, w.len())))
        .or_else(|| wrong_font_receipt(head))
    else {
        return false;
    };
    let after = &line[at + len..];
    (after.is_empty() || after.starts_with([' ', '\t']))
        && line[..at]
            .trim_start_matches(['*', ' '])
            .starts_with(char::is_uppercase)
}

/// `nhận được` as a wrong font reads it (`T6ng cqc Thu6 nhAn dugc c6ng vdn …`): a word
/// of four letters `nh…n` then one of four `d…c` (`đ…c`), not the line's first words.
/// Where the pair starts (at its space) and its length.
fn wrong_font_receipt(head: &str) -> Option<(usize, usize)> {
    let words: Vec<(usize, &str)> = head
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    words.windows(2).skip(1).find_map(|pair| {
        let [(at, first), (_, second)] = pair else {
            return None;
        };
        let shape = |w: &str, lead: &[char], last: char| {
            let mut chars = w.chars().flat_map(char::to_lowercase);
            w.chars().count() == 4
                && chars.next().is_some_and(|c| lead.contains(&c))
                && w.chars().flat_map(char::to_lowercase).last() == Some(last)
        };
        (shape(first, &['n'], 'n')
            && first.to_lowercase().starts_with("nh")
            && shape(second, &['d', 'đ'], 'c'))
        .then(|| (at - 1, first.len() + second.len() + 2))
    })
}

fn opens_numbered_item(s: &str) -> bool {
    let s = s.trim_start_matches(['*', ' ']);
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return false;
    }
    let rest = s[digits..].strip_prefix('\\').unwrap_or(&s[digits..]);
    let Some(rest) = rest.strip_prefix(['.', ')']) else {
        return false;
    };
    let after = rest.trim_start_matches([' ', '\t', '*']);
    after.len() < rest.len() && after.starts_with(char::is_uppercase)
}

/// Whether `s` opens with `số` and a number (`SỐ 32/CT-TTG`, `số: 12`), in any case and
/// with or without its diacritics.
fn opens_number(s: &str) -> bool {
    let s = s.trim_start_matches(['*', ' ']);
    let mut chars = s.chars();
    let (Some(a), Some(b)) = (chars.next(), chars.next()) else {
        return false;
    };
    let so = matches!(a, 'S' | 's')
        && matches!(fold_char(b), Some('o'))
        && !matches!(
            b,
            'ơ' | 'Ơ' | 'ờ' | 'Ờ' | 'ớ' | 'Ớ' | 'ở' | 'Ở' | 'ỡ' | 'Ỡ' | 'ợ' | 'Ợ'
        );
    so && chars
        .as_str()
        .trim_start_matches([':', ' '])
        .starts_with(|c: char| c.is_ascii_digit())
}

/// A line in capitals some of which OCR read as small letters (`GIáM ĐốC`, `CHủ TịCH`):
/// capitals inside its words, not only at their starts.
fn case_damaged(s: &str) -> bool {
    s.split_whitespace()
        .any(|w| w.chars().skip(1).any(char::is_uppercase))
        && s.chars().any(char::is_lowercase)
}

/// Whether most letters are upper case (a heading, an organ name, a post).
pub(crate) fn mostly_upper(s: &str) -> bool {
    let mut up = 0;
    let mut low = 0;
    for (i, c) in s.char_indices() {
        if c.is_uppercase() {
            up += 1;
        } else if c.is_lowercase() {
            low += 1;
            // Even were the rest all capitals (a letter a byte at most), too few: most
            // lines asked are prose, decided in their first words.
            let rest = s.len() - i - c.len_utf8();
            if up + rest < 3 * low {
                return false;
            }
        }
    }
    up > 0 && up >= 3 * low
}

/// A signer's name: 2 to 6 capitalized words, no digits (`Phạm Hữu Dự`, `NGUYỄN VĂN A`).
pub(crate) fn is_name_line(s: &str) -> bool {
    // (A quote mark OCR made of a speck before it: `“Mai Sơn`.)
    let s = s.trim_matches(|c: char| {
        c == '*' || c.is_whitespace() || c == '_' || matches!(c, '“' | '”' | '"')
    });
    let words: Vec<&str> = s.split_whitespace().collect();
    if !(2..=6).contains(&words.len()) || s.chars().count() > 60 {
        return false;
    }
    words.iter().all(|w| {
        let mut cs = w.chars();
        let first = cs.next().unwrap_or(' ');
        first.is_uppercase() && cs.all(|c| c.is_lowercase() || c == '.' || c == '-')
    }) && !fold(s).starts_with("noi nhan")
}

/// `| 12. | Xây dựng … |`, `| **I.** | Nâng cao … |`: a table's row (`raw`, its
/// `content` without the opening marks) whose first cell is an item's label — a number
/// or a Roman numeral, its stop, then the cell's end.
fn is_labelled_row(raw: &str, content: &str) -> bool {
    if !raw.trim_start().starts_with('|') {
        return false;
    }
    let c = content.trim_start_matches(['*', ' ']);
    let label = c
        .bytes()
        .take_while(|b| b.is_ascii_digit() || b"IVXLC".contains(b))
        .count();
    if label == 0 || label > 4 {
        return false;
    }
    c[label..]
        .trim_start_matches(['.', ')'])
        .trim_start_matches(['*', ' ', '\t'])
        .starts_with('|')
}

/// The first line of a legal-text site's boilerplate after the document, at or after
/// line `from` (or the number of lines): `Văn bản này chưa cập nhật nội dung Tiếng
/// Anh`, `## Văn bản liên quan`, with the site's title line of the document above them
/// (`Quyết định 1521/QĐ-UBND năm 2025 … do tỉnh Bắc Ninh ban hành`).
fn site_tail(text: &str, lines: &[Line], from: usize) -> usize {
    const SITE_MARKS: [&str; 2] = ["Văn bản này chưa cập nhật", "Văn bản liên quan"];
    let Some(i) = (from..lines.len()).find(|&i| {
        let c = lines[i].content(text).trim_start_matches(['#', ' ']);
        SITE_MARKS.iter().any(|m| c.starts_with(m))
    }) else {
        return lines.len();
    };
    let title = (from..i)
        .rev()
        .find(|&k| !lines[k].content(text).is_empty())
        .filter(|&k| {
            let t = lines[k].content(text);
            t.contains(" năm ") && t.trim_end().ends_with("ban hành")
        });
    title.unwrap_or(i)
}

/// A web copy's footnotes, past the footer (`[1] Thông báo số 627/TB-VPCP ngày
/// 18/11/2025, …` / `các văn bản số: …`): body, where their citations are, each from its
/// `[n]` to the blank line, page break or next note that ends it. Only what was `other`
/// changes (a note inside an attachment's body stays as it was read).
fn footnotes_as_body(text: &str, footer: usize, pieces: &mut [Piece]) {
    let mut in_note = false;
    let mut last_end = footer;
    for p in pieces.iter_mut().filter(|p| p.start >= footer) {
        let line = &text[p.start..p.end];
        let gap = &text[last_end.min(p.start)..p.start];
        last_end = p.end;
        if p.kind != SegmentKind::Other {
            in_note = false;
            continue;
        }
        let opens = line.strip_prefix('[').is_some_and(|rest| {
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            (1..=2).contains(&digits) && rest[digits..].starts_with("] ")
        });
        // (A blank line between two lines ends a note; so does a page marker, a line
        // of its own.)
        let continues = in_note && gap.matches('\n').count() < 2;
        in_note = opens || continues;
        if in_note {
            p.kind = SegmentKind::Body;
        }
    }
}

/// `Phụ lục`, `PHỤ LỤC II`, `Phụ lục 9`, `Phụ lục số 2` alone on its line: an appendix's
/// heading, also when OCR lost the `(Kèm theo …)` note under it.
fn is_appendix_heading(c: &str) -> bool {
    let c = c.trim_matches(['*', ' ', ':', '.']);
    // Asked of every body line: those whose folded text cannot open with `p` (the first
    // character that folds to something) are turned away before the line is folded.
    if c.chars().find_map(fold_char) != Some('p') {
        return false;
    }
    let folded = fold(c);
    let Some(rest) = folded.strip_prefix("phu luc") else {
        return false;
    };
    let rest = rest.trim_start();
    let rest = rest.strip_prefix("so ").unwrap_or(rest);
    rest.is_empty()
        || (rest.len() <= 6
            && (rest.bytes().all(|b| b.is_ascii_digit())
                || rest.bytes().all(|b| matches!(b, b'i' | b'v' | b'x' | b'l'))))
}

/// `- Thủ tướng, các Phó Thủ tướng Chính phủ; - Các bộ, …; - Lưu: VT, TCCV (2). |`: a
/// `Nơi nhận` list that a web copy flattened onto one line (the table cell that held
/// its head lost): dashed entries joined by `; - `, the last the `Lưu` entry.
fn is_flattened_list(c: &str) -> bool {
    c.starts_with('-')
        && (c.contains("; - Lưu") || c.contains("; - Luu"))
        && c.matches("; - ").nth(2).is_some()
}

/// Where a signature cell's post, as OCR leaves it, has its `TRƯỞNG` (head of): the
/// byte offset of the first word after the cell's first that ends so (`UC TRƯỞNG CỤC
/// THUẾ XNK`, `LONG CỤC TRUONG`, `PHƠ1GE TRƯỞNG`). Not the first word: that would be
/// `TRƯỜNG`, a school, which folds the same (`TRƯỜNG THPT …`).
fn post_word_at(cell: &str) -> Option<usize> {
    let mut at = 0;
    for (n, word) in cell.split(' ').enumerate() {
        let letters = word.trim_end_matches(|c: char| !is_alphabetic(c));
        if n > 0 && fold(letters).ends_with("truong") {
            return Some(at);
        }
        at += word.len() + 1;
    }
    None
}

/// A row of a `Nơi nhận` list beside a signature whose formula was seen (the two
/// columns of the footer's table read row by row).
#[derive(Clone, Copy)]
struct SignedRow {
    /// The post was seen too: a cell in capitals is no longer taken for it.
    post_seen: bool,
    /// The row opens an entry: a dash, a `;` OCR read for one, or under an entry that
    /// ended with its `;`.
    opens_entry: bool,
}

/// `TRTI6NG`, `PHOVUTRUCIYG`, `TRTlONG`: a post in capitals OCR damaged past reading,
/// told by what is left of its `TRƯỞNG`: a `TR` and the last letter `G`.
fn damaged_post(cell: &str) -> bool {
    let f = fold(cell);
    let f = f.trim_end_matches(|c: char| !is_alphanumeric(c));
    f.ends_with('g') && f.contains("tr")
}

/// `0 cuc TRUoNG`: a line whose last word is a post's (`trưởng`, as [`post_word_at`]
/// reads it) or what OCR left of one ([`damaged_post`]).
fn post_ends(line: &str) -> bool {
    let last = line.rsplit(' ').next().unwrap_or("");
    post_word_at(line).is_some_and(|at| line[at..].trim_end() == last.trim_end())
        || (line.contains(' ') && damaged_post(last))
}

/// Whether the content line above line `i` (blank lines skipped) ended a list entry
/// with its `;`.
fn entry_ended_above(text: &str, lines: &[Line], i: usize) -> bool {
    lines[..i]
        .iter()
        .rev()
        .map(|l| l.content(text))
        .find(|c| !c.is_empty())
        .is_some_and(|c| c.trim_end().ends_with(';'))
}

/// `**Kính` / `gửi:** Công ty …`, `*Nơi` / `nhận:*`: a list's head broken after its
/// first word (a web copy's italic or bold run wrapped). `words` are the head's two
/// words, folded (`["kinh", "gui"]`). The index of the line holding the second, if so.
fn head_broken(
    content: &str,
    lines: &[Line],
    i: usize,
    text: &str,
    words: [&str; 2],
) -> Option<usize> {
    let word = content.trim_matches(['*', ' ']);
    // (The first word is a few bytes: most lines are turned away by their length.)
    if word.len() > 8 || fold(word) != words[0] {
        return None;
    }
    let n = (i + 1..lines.len()).find(|&n| lines[n].cs < lines[n].ce)?;
    let next = lines[n].content(text).trim_start_matches(['*', ' ']);
    let head = &next[..next.char_indices().nth(5).map_or(next.len(), |(k, _)| k)];
    fold(head).starts_with(words[1]).then_some(n)
}

/// `- Lưu: VT, TTHT.`, `Lưu VPĐĐQH, Vụ KHCNMT.`: the `Lưu` (kept on file) entry, the
/// last of a `Nơi nhận` list.
fn is_storage_entry(line: &str) -> bool {
    let entry = line.trim_start_matches(|c: char| !is_alphabetic(c));
    let head = &entry[..entry.char_indices().nth(4).map_or(entry.len(), |(k, _)| k)];
    ["lưu", "luu", "lru"]
        .iter()
        .any(|w| head.to_lowercase().starts_with(w))
}

/// The `Lưu` entry ended: by its full stop or its count of copies in brackets, and
/// what a stamp or a signature left after that (`Lưu: VT, TTRT). (6 2)`, `Lưu: VT,
/// TTHT(2). (/ ”`): no word of three letters.
fn is_storage_entry_end(line: &str) -> bool {
    if !is_storage_entry(line) {
        return false;
    }
    let line = line.trim_end();
    line.rfind(['.', ')']).is_some_and(|end| {
        line[end + 1..]
            .split(|c: char| !is_alphabetic(c))
            .all(|w| w.chars().count() < 3)
    })
}

/// One capitalized word (`Phạm`, `Tuấn`): a part of a name broken across lines.
fn is_single_name_word(s: &str) -> bool {
    let s = s.trim_matches(['*', ' ']);
    !s.contains(' ')
        && s.chars().count() <= 8
        && s.chars().next().is_some_and(char::is_uppercase)
        && s.chars().skip(1).all(char::is_lowercase)
}

/// `c` continues the name on the line above (`Lê` / `Khả Phiêu`, `Hoàng Minh` / `Tuấn`).
fn is_name_part(c: &str, above: &str) -> bool {
    let single = |s: &str| {
        let s = s.trim_matches(['*', ' ']);
        !s.contains(' ')
            && s.chars().count() <= 8
            && s.chars().next().is_some_and(char::is_uppercase)
            && s.chars().skip(1).all(char::is_lowercase)
    };
    let above_words = above.split_whitespace().count();
    (above_words == 1 && is_name_line(c))
        || (single(c) && (1..=3).contains(&above_words) && (is_name_line(above) || single(above)))
}

/// The line ends a clause or sentence (so a label on the next line starts an item).
fn ends_clause(s: &str) -> bool {
    let t = s.trim_end_matches(['*', ' ', '"', '”', '_']);
    t.ends_with(['.', ';', ':', '!', '?', ',', ')'])
}

/// The line's text ends an italic run (`…COVID-19*`).
fn line_closes_italic(text: &str, line: &Line) -> bool {
    let raw = text[line.start..line.end].trim_end();
    raw.ends_with('*') && !raw.ends_with("**") && !raw.trim_start().starts_with('*')
        || raw.ends_with('*')
            && raw.len() > 1
            && raw.trim_start().starts_with('*')
            && !raw.ends_with("**")
}

fn next_content<'t>(text: &'t str, lines: &[Line], from: usize) -> Option<&'t str> {
    lines[from.min(lines.len())..]
        .iter()
        .map(|l| l.content(text))
        .find(|c| !c.is_empty())
}

/// The `ref` group of a match of [`Patterns::number`](patterns::Patterns): the match
/// from its first digit (nothing before the number in the pattern can be a digit).
fn number_reference(number: &str) -> Option<&str> {
    number
        .find(|c: char| c.is_numeric())
        .map(|at| &number[at..])
}

/// Where the `place` group of a match of `place_date` starts: after the character
/// before the place that the match may open with (its word boundary: a space, `*`,
/// `|`, `,` or `(`, none of which can start a place).
fn place_start(place_date: &regex::Match<'_>) -> usize {
    let boundary = place_date
        .as_str()
        .chars()
        .next()
        .filter(|&c| c.is_whitespace() || matches!(c, '*' | '|' | ',' | '('));
    place_date.start() + boundary.map_or(0, char::len_utf8)
}
fn line_index_of(lines: &[Line], pos: usize) -> Option<usize> {
    let i = lines.partition_point(|l| l.end < pos);
    (i < lines.len()).then_some(i)
}

/// Whether line `i` (no full stop at its end) is followed by a paragraph wrapped at
/// the width of the page: a capital, a line nearly as long as the document's longest,
/// no full stop at its end, and the paragraph going on in lower case (or with a
/// number) on the line after (`Cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội
/// đồng nhân dân các cấp nhiệm kỳ` / `2021 - 2026 sẽ được tiến hành …`). A scan keeps
/// the printed lines, so a trích yếu's last line touches the body's first when the
/// blank line between them is lost too.
fn wrapped_paragraph_follows(text: &str, lines: &[Line], i: usize) -> bool {
    let (Some(next), Some(after)) = (lines.get(i + 1), lines.get(i + 2)) else {
        return false;
    };
    let width = lines
        .iter()
        .map(|l| l.content(text).chars().count())
        .max()
        .unwrap_or(0);
    // Lines of a page are some 60-100 characters; a wrapped line fills three quarters.
    let full = width * 3 / 4;
    if full < 40 {
        return false;
    }
    let (n, a) = (next.content(text), after.content(text));
    !lines[i].content(text).trim_end().ends_with(['.', ';', ':'])
        && next.cell == 0
        && n.chars().count() >= full
        && n.starts_with(char::is_uppercase)
        && !n.trim_end().ends_with(['.', ';', ':'])
        && a.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
}

/// The end of a window of about `len` bytes from `from`, on a char boundary.
fn next_boundary(text: &str, from: usize, len: usize) -> usize {
    let mut end = (from + len).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    end
}

/// The char boundary at most `len` bytes before `to` (at `to - len` or just after it).
fn next_boundary_back(text: &str, to: usize, len: usize) -> usize {
    let mut start = to.saturating_sub(len);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    start
}

#[allow(dead_code)]
fn _assert_traits() {
    fn is<T: Send + Sync + std::panic::UnwindSafe>() {}
    is::<Segmenter>();
    is::<Regex>();
}

#[cfg(test)]
mod tests;

#[cfg(any(test, feature = "test-support"))]
#[doc(hidden)]
pub mod test_support;
