//! The cross-reference linker: the citations of each directive, their relations and
//! canonical keys, and their resolution across a corpus.
//!
//! Shaped like eyecite: **find** the citations of a document ([`Finder`], a `Stage`),
//! each with its span, ref, type, date, issuer and relation; give each the canonical
//! **key** the cited document would have (docs/schema.md §3), so that citations of a
//! document absent from the corpus still group together; **resolve** keys against the
//! documents of the corpus ([`Resolver`]).
//!
//! * Numbered citations: `Công văn số 687-CV/TU, ngày 21/5/2021 của Ban Thường vụ Tỉnh
//!   ủy`, `Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ`, `Nghị định
//!   30/2020/NĐ-CP`, with or without `số` (also as OCR reads it: `s6`, `sé`, `sri`), odd
//!   spacing, swapped separators; laws by their number (`Luật Thuế GTGT số
//!   48/2024/QH15`); refs listed after one type word (`văn bản số 1552/BTTTT-TTH và
//!   708/BTTTT-CATTT`), also after its issuer and a colon and each after the title of
//!   the one before (`các Nghị định của Chính phủ: số 63/2010/NĐ-CP … về …; số
//!   48/2013/NĐ-CP …`); numbers of up to eight digits (a company's letter numbered by
//!   its date, `20251022/CV-HD`). The date after the citation or its issuer, glued,
//!   dashed or in italic marks as scans and web copies print it (`ngay25/8/2014`, `đề
//!   ngày …`, `ngày* *16/6/2025`), or opening the clause before it (`Ngày 7/6/2010, Bộ
//!   Tài chính ban hành công văn số 7250/BTC-TCT`).
//! * Without a number: `Điện ngày 21/7/2021 của Thường trực Ban Bí thư`, `Luật Tổ chức
//!   chính quyền địa phương ngày 19 tháng 6 năm 2015`, `Nghị quyết Đại hội đại biểu Đảng
//!   bộ tỉnh lần thứ XI`.
//! * Short back-references (`Chỉ thị 16/CT-TTg`, `Điện của Thường trực Ban Bí thư`) fold
//!   into the full citation of the same document: one citation per cited document, the
//!   first mention that gives its date (`Căn cứ Nghị định số 45/2022/NĐ-CP;` … `Nghị
//!   định số 45/2022/NĐ-CP ngày 7 tháng 7 năm 2022` is dated, at the second mention).
//! * The document's own number is not a citation; generic mentions (`các văn bản chỉ đạo
//!   của Trung ương`) have no number and no date, and are not either.
//! * The relation comes from the nearest governing phrase before the citation in its
//!   sentence (the lexicon's `relations.tsv`, [`vanban_lexicon::Relations`]).
//! * Jurisdiction: `/TW` and central party bodies → Trung ương; the Government, the Prime
//!   Minister, ministries, laws → Quốc gia; `/TU`, `/UBND` and other local codes → the
//!   province the citation names, else the citing document's own.
//!
//! # Example
//!
//! ```
//! use vanban_citelink::Finder;
//! let f = Finder::new(vanban_lexicon::Lexicon::builtin());
//! let text = "Thực hiện Công văn số 687-CV/TU, ngày 21/5/2021 của Ban Thường vụ Tỉnh ủy về phòng, chống dịch.";
//! let c = f.find(text, &[(0, text.len())], Some("Bến Tre"), None);
//! assert_eq!(c.len(), 1);
//! assert_eq!(c[0].target_key, "ben-tre/2021/687-CV/TU");
//! assert_eq!(c[0].relation, "implements");
//! assert_eq!(c[0].issuer.as_deref(), Some("Ban Thường vụ Tỉnh ủy"));
//! ```
#![deny(missing_docs, rustdoc::broken_intra_doc_links)]

pub mod graph;

use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;
use std::collections::HashMap;
use vanban_lexicon::{after_2025_reform, bare, bare_too, fold, iso_date as iso, Level, Lexicon};
pub use vanban_lexicon::{normalize_ref, slug};
use vanban_types::{Analysis, Citation, DocType, Record, SegmentKind, Stage};

/// Finds the citations of one document. Build once; `Send + Sync`.
#[derive(Debug, Clone)]
pub struct Finder {
    lex: Lexicon,
    /// Without a prefilter: see [`Finder::new`].
    numbered: regex_automata::meta::Regex,
    /// The type word that opens a `numbered` match (`\A`, run on the match alone).
    numbered_type_word: Regex,
    dien: Regex,
    luat: Regex,
    /// `Luật Quản lý thuế số 38/2019/QH14` with no date after it: a law by its number.
    luat_numbered: Regex,
    dai_hoi: Regex,
    /// The cited document's date right after it (`…, ngày 21/5/2021`, `đề ngày …`).
    date: Regex,
    /// Its date and issuer opening the clause before it: `Ngày 7/6/2010, Bộ Tài chính
    /// ban hành` / `công văn số 7250/BTC-TCT`.
    date_before: Regex,
    /// A further ref listed after a citation under the same type word: right after it
    /// (`, 8563/VPCP-CN`, `và số 009/CĐ-UBND`), after its title (`… về kiểm soát thủ
    /// tục hành chính, và số 48/2013/NĐ-CP`), or as the next clause that opens with `số`
    /// (`các Nghị định của Chính phủ: số 63/2010/NĐ-CP …; số 48/2013/NĐ-CP …`).
    listed_ref: Regex,
    relation_ac: AhoCorasick,
    relation_of: Vec<&'static str>,
    /// Literals whose presence decides which citation patterns run on a zone.
    prefilter: AhoCorasick,
    /// For each literal, the patterns it enables (bits: numbered, điện, luật, đại hội).
    prefilter_kinds: Vec<u8>,
}

const NUMBERED: u8 = 1;
const DIEN: u8 = 2;
const LUAT: u8 = 4;
const DAI_HOI: u8 = 8;

/// The literals of the prefilter: type words without their first letter (which may be
/// either case), and what each enables. A literal that enables `điện`, `luật` or `đại
/// hội` is one that every match of that pattern contains (`[Đđ]iện`, `Luật`, `Đại`):
/// `iện` (in `hiện`, `kiện`, …) and `uật` (in `thuật`) let those patterns run over
/// almost every zone.
const PREFILTER: [(&str, u8); 25] = [
    ("hỉ thị", NUMBERED),
    ("ghị quyết", NUMBERED),
    ("ghị Quyết", NUMBERED),
    ("ế hoạch", NUMBERED),
    ("ông văn", NUMBERED),
    ("uyết định", NUMBERED),
    ("ết luận", NUMBERED),
    ("hông báo", NUMBERED),
    ("ướng dẫn", NUMBERED),
    ("ghị định", NUMBERED),
    ("hông tư", NUMBERED),
    ("uy định", NUMBERED),
    ("uy chế", NUMBERED),
    ("hương trình", NUMBERED),
    ("ề án", NUMBERED),
    ("ông điện", NUMBERED | DIEN),
    ("ờ trình", NUMBERED),
    ("áo cáo", NUMBERED),
    ("hương án", NUMBERED),
    ("ăn bản", NUMBERED),
    ("uật", NUMBERED),
    // (`Luật` also enables the numbered pattern: where it is found, `uật` is not.)
    ("Luật", NUMBERED | LUAT),
    ("điện", DIEN),
    ("Điện", DIEN),
    ("Đại", DAI_HOI),
];

/// The literals of [`PREFILTER`] as printed and typed without diacritics (`uyet
/// dinh`), each also in capitals, then those with a space again with a line break
/// instead.
fn prefilter_literals() -> impl Iterator<Item = (String, u8)> {
    let printed = PREFILTER.iter().map(|&(l, k)| (l.to_string(), k));
    let bare = PREFILTER
        .iter()
        .map(|&(l, k)| (l.chars().map(bare).collect::<String>(), k))
        .filter(|(b, _)| !PREFILTER.iter().any(|(l, _)| l == b));
    // (In capitals too, as a title prints them: `HỈ THỊ`, `HONG TU`.)
    let lower: Vec<(String, u8)> = printed.chain(bare).collect();
    let capitals: Vec<(String, u8)> = lower
        .iter()
        .map(|(l, k)| (l.to_uppercase(), *k))
        .filter(|(u, _)| !lower.iter().any(|(l, _)| l == u))
        .collect();
    let as_is: Vec<(String, u8)> = lower.into_iter().chain(capitals).collect();
    let broken: Vec<(String, u8)> = as_is
        .iter()
        .filter(|(l, _)| l.contains(' '))
        .map(|(l, k)| (l.replacen(' ', "\n", 1), *k))
        .collect();
    as_is.into_iter().chain(broken)
}

/// The type words that open a citation, and the type name they give.
///
/// Also in capitals, as a title prints them (`KẾ HOẠCH THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG`,
/// `SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 39/2014/TT-BTC NGÀY 31/3/2014`): the
/// document a plan or an amending circular carries out is often named only there.
const TYPE_WORDS: &str = r"(?P<tw>[Qq]uy\s+chế|[Cc]hỉ\s+thị|[Nn]ghị\s+[Qq]uyết|[Kk]ế\s+hoạch|[Cc]ông\s+văn|[Qq]uyết\s+định|[Kk]ết\s+luận|[Tt]hông\s+báo|[Hh]ướng\s+dẫn|[Nn]ghị\s+định|[Tt]hông\s+tư(?:\s+liên\s+tịch)?|[Qq]uy\s+định|[Cc]hương\s+trình(?:\s+hành\s+động)?|[Đđ]ề\s+án|[Cc]ông\s+điện|[Tt]ờ\s+trình|[Bb]áo\s+cáo|[Pp]hương\s+án|[Vv]ăn\s+bản|[Ll]uật|[Hh]ướng\s+dẫn|QUY\s+CHẾ|CHỈ\s+THỊ|NGHỊ\s+QUYẾT|KẾ\s+HOẠCH|CÔNG\s+VĂN|QUYẾT\s+ĐỊNH|KẾT\s+LUẬN|THÔNG\s+BÁO|HƯỚNG\s+DẪN|NGHỊ\s+ĐỊNH|THÔNG\s+TƯ(?:\s+LIÊN\s+TỊCH)?|QUY\s+ĐỊNH|CHƯƠNG\s+TRÌNH(?:\s+HÀNH\s+ĐỘNG)?|ĐỀ\s+ÁN|CÔNG\s+ĐIỆN|TỜ\s+TRÌNH|BÁO\s+CÁO|PHƯƠNG\s+ÁN|LUẬT)";
/// A number and symbol: `687-CV/TU`, `16/CT-TTg`, `30/2020/NĐ-CP`, `367 - QĐ/TWĐTN`.
const REF: &str = r"(?P<ref>\d{1,8}[a-z]?\s*[-–/]\s*(?:\d{4}\s*/\s*)?[\p{Lu}Đ][\p{L}\d&]*(?:\s?[-–/]\s?[\p{L}\d&]+)*)";
/// The most bytes between a numbered citation's type word and its ref (`Nghị định của
/// Chính phủ: số`).
const ISSUER_BEFORE_MAX: usize = 80;

/// The most bytes between a citation and a ref listed after it under the same type
/// word (its title: `… về kiểm soát thủ tục hành chính; số 48/2013/NĐ-CP`).
const LISTED_TITLE_MAX: usize = 400;

/// `số` (number), also as OCR reads it in damaged scans: its `ố` a digit, `é` or a
/// capital (`s6`, `s5`, `sé`, `sO`), or `ố` as two letters (`sri`, `sti`): `Thong tu
/// sri 60/2012/TT-BTC`, `Nghị định sé 213/2013/NĐ-CP`. Only between a type word and a
/// ref.
const NUMBER_WORD: &str = r"(?:số|Số|SỐ|s[0-9éèêOQ]|s[rt]i)";
/// A date: `21/5/2021`, `01-10-1997`, `21 tháng 5 năm 2021`.
const DATE: &str = r"(?P<d>\d{1,2})\s*(?:[/.\-]|\s+(?:tháng|THÁNG)\s+)\s*(?P<m>\d{1,2}|một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười(?:\s+một|\s+hai)?|giêng|chạp)\s*(?:[/.\-]|\s+(?:năm|NĂM)\s+)\s*(?P<y>\d{4})";

impl Finder {
    /// A finder for a lexicon.
    pub fn new(lexicon: &Lexicon) -> Finder {
        // The citation patterns are large (Unicode classes, bounded repeats): with the
        // default 2 MB the lazy DFA's cache filled and was rebuilt, and searches fell
        // back to the slower engines; 4 MB per pattern and thread cut the finder's
        // instructions by 7% (840 M -> 779 M on 2,000 generated documents; 8 MB gains
        // nothing more), same results.
        // Every pattern also reads a text typed without diacritics (`bare_too`).
        let re = |p: &str| {
            regex::RegexBuilder::new(&bare_too(p))
                .dfa_size_limit(4 << 20)
                .build()
                .unwrap_or_else(|e| panic!("bad built-in pattern {p}: {e}"))
        };
        let relations = lexicon.relations.entries();
        let phrases: Vec<String> = relations.iter().map(|(p, _)| fold(p)).collect();
        let relation_of: Vec<&'static str> = relations.iter().map(|(_, r)| *r).collect();
        Finder {
            lex: lexicon.clone(),
            // The regex crate's prefilter on this pattern's first words (`Kế`, `Văn`,
            // `báo`, `quy`, …, with and without their diacritics) stops the scan at
            // nearly every other word of a Vietnamese text and then starts the automaton
            // again: without it the lazy DFA reads each zone in one pass, twice as fast
            // (240 -> 480 MB/s over the real corpus; the same matches, as a prefilter
            // only skips text).
            numbered: regex_automata::meta::Regex::builder()
                .configure(
                    regex_automata::meta::Config::new()
                        .auto_prefilter(false)
                        .hybrid_cache_capacity(4 << 20),
                )
                .build(&bare_too(&format!(
                    r"{TYPE_WORDS}(?:(?:\s+\p{{Ll}}+){{0,3}}?\s+{NUMBER_WORD}\s*:?\s*|\s+(?:{NUMBER_WORD})?\s*:?\s*|\s+của\s+\p{{Lu}}[\p{{L}}\s]*?:\s*{NUMBER_WORD}\s*){REF}"
                )))
                .expect("the numbered citation pattern is a constant of this file"),
            numbered_type_word: re(&format!(r"\A{TYPE_WORDS}")),
            dien: re(&format!(
                r"(?P<tw>[Đđ]iện|[Cc]ông\s+điện)(?:\s+(?:khẩn\s+)?(?:ngày\s+)?{DATE})?\s+của\s+(?P<iss>Thường\s+trực\s+(?P<r40>[\p{{L}} ]{{2}}[\p{{L}} ]*?)|Ban\s+Bí\s+thư|Bộ\s+Chính\s+trị|Ban\s+Thường\s+vụ\s+(?P<r30>[\p{{L}} ]{{2}}[\p{{L}} ]*?)|Thủ\s+tướng\s+Chính\s+phủ)(?:\s+(?:về|V/v)(?P<wb>)|[,;.:(]|$)"
            )),
            luat: re(&format!(
                r"Luật\s+(?P<name>\p{{Lu}}(?P<r160>[^;.()]{{2}}[^;.()]*?)|sửa\s+đổi(?P<r200>[^;.()]{{2}}[^;.()]*?))\s+ngày[\s*]+{DATE}"
            )),
            // (The name may open in lower case, `Luật thuế giá trị gia tăng số 13/2008/QH12`:
            // the National Assembly's number, `/QH` and its term, holds the citation.)
            luat_numbered: re(
                &format!(r"Luật\s+(?P<name>\p{{L}}(?P<r160>[^;.()][^;.()]*?)),?\s+(?:(?:{NUMBER_WORD}|SỐ)\s*:?\s*)?(?P<ref>\d{{1,3}}\s*/\s*\d{{4}}\s*/\s*QH\d{{1,2}})(?P<wb>)"),
            ),
            dai_hoi: re(
                r"Nghị\s+quyết\s+(?P<iss>Đại\s+hội\s+(?:đại\s+biểu\s+)?Đảng\s+bộ\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|Khối)?(?P<r30>[\p{L} ]*?)\s*lần\s+thứ\s+[IVXLC]+)",
            ),
            // (Scans glue or dash it: `ngay25/8/2014`, `ngày - 16/8/2018`, a stray
            // `.` before it: `18/2021/NĐ-CP. ngày 11/3/2021`; a letter's own date after
            // `đề`: `công văn số 170503/CV-YTV đề ngày 03/05/2017`; a web copy's italic
            // marks around it: `72/2025/QH15 ngày* *16/6/2025`.)
            date: re(&format!(
                r"^[\s*]*[,.]?[\s*]*(?:(?:ban\s+hành|đề|ghi)\s+)?(?:ngày|NGÀY)[\s*]*[-–:]?[\s*]*{DATE}"
            )),
            date_before: re(&format!(
                r"[Nn]gày\s+{DATE}\s*,\s*(?P<iss>\p{{Lu}}[^,;.\n]{{1,60}}?)\s+(?:đã\s+)?(?:ban\s+hành|có|ký|gửi)\s+$"
            )),
            listed_ref: re(&format!(
                r"^(?:(?:[\s*]+về\s[^;]*?)?[\s*]*(?:,\s*và|,|và)[\s*]+(?:{NUMBER_WORD}[\s*]*:?[\s*]*)?|[^;]*?;[\s*]*{NUMBER_WORD}[\s*]*:?[\s*]*){REF}"
            )),
            relation_ac: AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&phrases)
                .expect("relation phrases"),
            relation_of,
            // Each literal also with a line break for its space: scanned text breaks
            // lines inside type names (`Nghị` / `định số 136/…`), and the patterns
            // allow any white space there.
            // A full DFA, as the automaton would pick for fewer literals: with the
            // capitals the literals passed the size at which it picks an NFA, and the
            // scan cost 2.3 times as much (92 M -> 213 M instructions on 2,000
            // generated documents).
            prefilter: AhoCorasick::builder()
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .build(prefilter_literals().map(|p| p.0))
                .expect("prefilter literals"),
            prefilter_kinds: prefilter_literals().map(|p| p.1).collect(),
        }
    }

    /// The citations in the zones `zones` (byte ranges, in order, not overlapping: the
    /// segments that may cite) of `text`, one per cited document, in text order. A
    /// citation's title ends with its zone. `jurisdiction` and `own_ref` are the citing
    /// document's.
    pub fn find(
        &self,
        text: &str,
        zones: &[(usize, usize)],
        jurisdiction: Option<&str>,
        own_ref: Option<&str>,
    ) -> Vec<Citation> {
        let mut out: Vec<Citation> = Vec::new();
        let mut taken: Vec<(usize, usize)> = Vec::new();
        for &(zs, ze) in zones {
            let zone = &text[zs..ze];
            // An Aho-Corasick pass over the zone decides which patterns run: most
            // paragraphs cite nothing, and the patterns are the expensive part.
            let kinds = self
                .prefilter
                .find_iter(zone)
                .fold(0u8, |k, m| k | self.prefilter_kinds[m.pattern().as_usize()]);
            if kinds == 0 {
                continue;
            }
            let numbered = if kinds & NUMBERED != 0 && zone.bytes().any(|b| b.is_ascii_digit()) {
                self.numbered.find_iter(zone).collect::<Vec<_>>()
            } else {
                Vec::new()
            };
            for all in numbered {
                let Some((type_word, printed_ref)) = self.numbered_groups(&zone[all.range()])
                else {
                    continue;
                };
                // (`các Nghị định của Chính phủ: số …`: an issuer of a few words before
                // the colon, not a clause; `*?` rather than a counted repetition, which
                // costs the lazy DFA dearly.)
                if all.len() - type_word.len() - printed_ref.len() > ISSUER_BEFORE_MAX {
                    continue;
                }
                // The citation, then each ref listed after it under the same type word
                // (`các văn bản số: 10894/VPCP-CN ngày 8/11/2025, 8563/VPCP-CN ngày …`,
                // `số 1552/BTTTT-TTH và 708/BTTTT-CATTT`), each with its own date and
                // issuer.
                let mut listed = Some((zs + all.start(), zs + all.end(), printed_ref));
                let mut first = true;
                while let Some((ref_start, ref_end, printed_ref)) = listed.take() {
                    let at = Numbered {
                        zone_start: zs,
                        ref_start,
                        ref_end,
                        type_word,
                        printed_ref,
                        first,
                    };
                    let Some(c) = self.numbered_citation(text, at, jurisdiction, own_ref) else {
                        break;
                    };
                    first = false;
                    // (Within the zone: a citation's issuer may read past its end.)
                    let after = text.get(c.end..ze).unwrap_or("");
                    // (A title between them is a few lines at most: `[^;]*?` rather than a
                    // counted repetition, which cost the lazy DFA 5% of a run's
                    // instructions and 14 MB.)
                    if let Some(r) = self
                        .listed_ref
                        .captures(after)
                        .and_then(|n| n.name("ref"))
                        .filter(|r| r.start() <= LISTED_TITLE_MAX)
                    {
                        listed = Some((c.end + r.start(), c.end + r.end(), r.as_str()));
                    }
                    taken.push((c.start, c.end));
                    out.push(c);
                }
            }
            for c in gated(&self.dien, DIEN, kinds, zone) {
                let Some(all) = c.get(0) else { continue };
                let start = zs + all.start();
                if taken.iter().any(|&(s, e)| start < e && s < zs + all.end()) {
                    continue;
                }
                let issuer = collapse(&c["iss"]);
                let date = match (c.name("d"), c.name("m"), c.name("y")) {
                    (Some(d), Some(m), Some(y)) => iso(d.as_str(), m.as_str(), y.as_str()),
                    _ => None,
                };
                let name = if fold(&c["tw"]).starts_with("cong") {
                    "Công điện"
                } else {
                    "Điện"
                };
                let jur = self.jurisdiction("", date.as_deref(), Some(&issuer), name, jurisdiction);
                let key = format!(
                    "{}/{}/{}/{}",
                    slug(jur.as_deref().unwrap_or("unknown")),
                    date.as_deref().unwrap_or("undated"),
                    slug(name),
                    slug(&issuer)
                );
                let end = zs + all.end() - trailing_delimiter(all.as_str());
                out.push(Citation {
                    text: collapse(&text[start..end]),
                    start,
                    end,
                    reference: None,
                    doc_type: Some(DocType {
                        code: None,
                        name: name.into(),
                    }),
                    date,
                    issuer: Some(issuer),
                    jurisdiction: jur,
                    relation: String::new(),
                    target: None,
                    target_key: key,
                });
            }
            for c in gated(&self.luat, LUAT, kinds, zone) {
                let Some(all) = c.get(0) else { continue };
                let start = zs + all.start();
                if taken.iter().any(|&(s, e)| start < e && s < zs + all.end()) {
                    continue;
                }
                let Some(date) = iso(&c["d"], &c["m"], &c["y"]) else {
                    continue;
                };
                let mut name = collapse(&c["name"]);
                // `Luật Thuế thu nhập cá nhân đã được Quốc hội … thông qua ngày …`: the
                // name stops where the sentence about its passing starts.
                if let Some(k) = [" đã được ", " được ", " do Quốc hội", " của Quốc hội"]
                    .iter()
                    .filter_map(|w| name.find(w))
                    .min()
                {
                    name.truncate(k);
                }
                // `Luật Bảo vệ và phát triển rừng số 29/2004/QH11`: keyed by its number,
                // after the last `số` (`Luật sửa đổi, bổ sung một số điều của Luật Quản lý
                // thuế số 21/2012/QH13`).
                let mut reference = None;
                if let Some((k, so)) = [" số ", " Số ", " SỐ ", " so "]
                    .into_iter()
                    .filter_map(|so| name.rfind(so).map(|k| (k, so)))
                    .max_by_key(|&(k, _)| k)
                {
                    // The number only: what follows it (`số 04/2007/QH12 được Quốc hội …
                    // thông qua`) is neither number nor name.
                    let rest = name[k + so.len()..].replace(" /", "/").replace("/ ", "/");
                    let r = normalize_ref(rest.split_whitespace().next().unwrap_or(""));
                    if r.contains('/') && r.starts_with(|c: char| c.is_ascii_digit()) {
                        reference = Some(r);
                        name.truncate(k);
                    }
                }
                let key = match &reference {
                    Some(r) => format!(
                        "quoc-gia/{}/{r}",
                        ref_year(r).unwrap_or_else(|| date[..4].to_string())
                    ),
                    None => format!("quoc-gia/{date}/luat/{}", slug(&name)),
                };
                out.push(Citation {
                    text: collapse(all.as_str()),
                    start,
                    end: zs + all.end(),
                    reference,
                    doc_type: Some(DocType {
                        code: None,
                        name: "Luật".into(),
                    }),
                    date: Some(date),
                    issuer: None,
                    jurisdiction: Some("Quốc gia".into()),
                    relation: String::new(),
                    target: None,
                    target_key: key,
                });
            }
            // Laws by their number where no date follows (with one, the loop above has
            // them): `Căn cứ Luật Thuế GTGT số 48/2024/QH15;`.
            for c in gated(&self.luat_numbered, LUAT, kinds, zone) {
                let Some(all) = c.get(0) else { continue };
                let end = zs + all.end();
                // A name that holds another number belongs to the last law named in it:
                // `Luật thuế xuất nhập khẩu số 107/2016 / QHI3 và khoản 20 điều 5 Luật thuế
                // giá trị gia tăng số 13/2008/QH12` (the first number damaged) cites the
                // second from its `Luật`.
                let mut from = all.start();
                if holds_a_number(&c["name"]) {
                    let name_end = c.name("name").map_or(from, |n| n.end());
                    from = zone[from..name_end]
                        .rfind("Luật")
                        .map_or(from, |k| from + k);
                }
                let start = zs + from;
                if taken.iter().any(|&(s, e)| start < e && s < end)
                    || out.iter().any(|o| o.start < end && start < o.end)
                {
                    continue;
                }
                let reference = normalize_ref(&c["ref"]);
                let Some(year) = ref_year(&reference) else {
                    continue;
                };
                out.push(Citation {
                    text: collapse(&zone[from..all.end()]),
                    start,
                    end,
                    target_key: format!("quoc-gia/{year}/{reference}"),
                    reference: Some(reference),
                    doc_type: Some(DocType {
                        code: None,
                        name: "Luật".into(),
                    }),
                    date: None,
                    issuer: None,
                    jurisdiction: Some("Quốc gia".into()),
                    relation: String::new(),
                    target: None,
                });
            }
            for c in gated(&self.dai_hoi, DAI_HOI, kinds, zone) {
                let Some(all) = c.get(0) else { continue };
                let start = zs + all.start();
                let issuer = collapse(&c["iss"]);
                let jur = jurisdiction.map(str::to_string);
                let key = format!(
                    "{}/undated/nghi-quyet/{}",
                    slug(jur.as_deref().unwrap_or("unknown")),
                    slug(&issuer)
                );
                out.push(Citation {
                    text: collapse(all.as_str()),
                    start,
                    end: zs + all.end(),
                    reference: None,
                    doc_type: Some(DocType {
                        code: None,
                        name: "Nghị quyết".into(),
                    }),
                    date: None,
                    issuer: Some(issuer),
                    jurisdiction: jur,
                    relation: String::new(),
                    target: None,
                    target_key: key,
                });
            }
        }
        out.sort_by_key(|c| c.start);
        // The end of each citation's zone: its title does not run out of it (a trích
        // yếu's citation would mask the `Thực hiện …` of a body that opens right under
        // the date line, with no blank line between, as OCR leaves it).
        let zone_end: Vec<usize> = out
            .iter()
            .map(|c| {
                let after = zones.partition_point(|z| z.0 <= c.start);
                zones
                    .get(after.wrapping_sub(1))
                    .filter(|z| z.0 <= c.start && c.start < z.1)
                    .map_or(text.len(), |z| z.1)
            })
            .collect();
        // Each citation with its title: up to the next `;` or the next citation. Words in
        // another citation's title (`… về thực hiện các biện pháp …`) govern nothing.
        let spans: Vec<(usize, usize)> = out
            .iter()
            .enumerate()
            .map(|(k, c)| {
                let next = out.get(k + 1).map_or(text.len(), |n| n.start);
                // Only a break before the next citation can end the title sooner.
                let semi = clause_break(&text.as_bytes()[c.end..], next.saturating_sub(c.end))
                    .map_or(text.len(), |i| c.end + i);
                (c.start, next.min(semi).min(zone_end[k]).max(c.end))
            })
            .collect();
        // The largest end of the titles up to each: the masks of a sentence start where
        // one reaches into it (see `relation`).
        let span_reach = running_max(spans.iter().map(|s| s.1));
        let in_titles = in_titles(
            text,
            &out.iter().map(|c| (c.start, c.end)).collect::<Vec<_>>(),
        );
        for k in 0..out.len() {
            let in_title = in_titles[k];
            out[k].relation = if in_title {
                "mentions".into()
            } else {
                self.relation(text, out[k].start, &spans[..k], &span_reach[..k])
            };
        }
        dedupe(out)
    }

    /// Type `{code, name}` of a cited document, from its type word and ref.
    fn doc_type(&self, type_word: &str, reference: &str) -> DocType {
        let (code, cong_van) = split_code(reference, &self.lex);
        let word = collapse(type_word);
        let name = match self.lex.doc_types.name_for_title(&word) {
            Some(n) if fold(&word) != "van ban" => n.to_string(),
            _ => code
                .as_deref()
                .and_then(|c| self.lex.doc_types.name_for_code(c, None))
                .unwrap_or("Công văn")
                .to_string(),
        };
        let name = if fold(&word).starts_with("chuong trinh") {
            "Chương trình".to_string()
        } else {
            name
        };
        DocType {
            code: if cong_van { None } else { code },
            name,
        }
    }

    /// The jurisdiction of a cited document.
    fn jurisdiction(
        &self,
        reference: &str,
        date: Option<&str>,
        issuer: Option<&str>,
        type_name: &str,
        citing: Option<&str>,
    ) -> Option<String> {
        if type_name == "Luật" {
            return Some("Quốc gia".into());
        }
        if let Some(iss) = issuer {
            // As the extractor reads a header: a province named as one, then a district
            // named as one (`của Huyện ủy Quảng Ninh` is Quảng Bình's; districts ended on
            // 1/7/2025), then any province's name.
            if let Some(p) = self.lex.provinces.find_marked_in(iss) {
                return Some(p.name.clone());
            }
            let district = self.lex.districts.find_marked_in(iss);
            if !district.is_empty() && after_2025_reform(date) != Some(true) {
                // A name several provinces share: the citing document's province if it
                // has one, else the one the kind word as printed points to.
                let own = citing.filter(|c| district.units.iter().any(|u| u.province == *c));
                if let Some(p) = district
                    .province()
                    .or(own)
                    .or_else(|| district.province_of_printed_kind())
                {
                    return Some(p.to_string());
                }
            }
            if let Some(p) = self.lex.provinces.find_in(iss) {
                return Some(p.name.clone());
            }
            let f = fold(iss);
            if [
                "ban bi thu",
                "bo chinh tri",
                "ban chap hanh trung uong",
                "thuong truc ban bi thu",
                "trung uong",
                "van phong trung uong",
            ]
            .iter()
            .any(|p| f.starts_with(p))
            {
                return Some("Trung ương".into());
            }
            if [
                "thu tuong",
                "chinh phu",
                "bo ",
                "van phong chinh phu",
                "quoc hoi",
                "uy ban thuong vu quoc hoi",
                "tong cuc",
            ]
            .iter()
            .any(|p| f.starts_with(p))
            {
                return Some("Quốc gia".into());
            }
        }
        // The issuer part of the symbol: `…/TW` central, `…/CT-TTg` national.
        let issuer_code = issuer_code(reference, &self.lex);
        let party = reference
            .split_once('/')
            .is_some_and(|(a, _)| a.contains('-'));
        if let Some(code) = issuer_code.as_deref() {
            if code.to_uppercase().ends_with("TW") || code.to_uppercase().contains("TW-") {
                return Some("Trung ương".into());
            }
            match self.lex.issuers.get(code, Some(party)).map(|e| e.level) {
                Some(Level::CentralParty) => return Some("Trung ương".into()),
                Some(Level::CentralState) => return Some("Quốc gia".into()),
                _ => {}
            }
            if !party
                && code.starts_with('B')
                && code.len() >= 3
                && code.chars().all(|c| c.is_uppercase() || c == 'Đ')
                && self.lex.issuers.get(code, Some(false)).is_none()
            {
                // An unknown B… code of a state document: a ministry (`BNNMT`).
                return Some("Quốc gia".into());
            }
        }
        citing.map(str::to_string)
    }

    /// The citation of one numbered ref at `at`: its date (after it, after its issuer,
    /// or, for the first of a list, opening the clause before it), issuer, type,
    /// jurisdiction and key; none for a ref with no letter or the document's own.
    fn numbered_citation(
        &self,
        text: &str,
        at: Numbered<'_>,
        jurisdiction: Option<&str>,
        own_ref: Option<&str>,
    ) -> Option<Citation> {
        let printed = normalize_ref(at.printed_ref);
        let reference = slash_read_as_one(&printed).unwrap_or(printed);
        // (`CHỈ THỊ SỐ 27/CT-TTG` in a title is `27/CT-TTg`.)
        let reference = match self.lex.cased_ref(&reference) {
            std::borrow::Cow::Owned(cased) => cased,
            std::borrow::Cow::Borrowed(_) => reference,
        };
        if !reference.chars().any(|ch| ch.is_alphabetic()) || Some(reference.as_str()) == own_ref {
            return None;
        }
        let mut end = at.ref_end;
        let mut date = None;
        if let Some(d) = self.date.captures(&text[end..]) {
            date = iso(&d["d"], &d["m"], &d["y"]);
            end += d.get(0).map_or(0, |m| m.end());
        }
        let (mut issuer, mut iss_end) = issuer_after(text, end);
        // The date after the issuer: `Quyết định số 411/QĐ-TTg của Thủ tướng Chính phủ
        // ngày 31/3/2022`.
        if date.is_none() && iss_end > end {
            if let Some(d) = self.date.captures(&text[iss_end..]) {
                date = iso(&d["d"], &d["m"], &d["y"]);
                iss_end += d.get(0).map_or(0, |m| m.end());
            }
        }
        let mut start = at.ref_start;
        if date.is_none() && at.first {
            // (The clause before it, within the zone: a few words.)
            let mut from = start.saturating_sub(120).max(at.zone_start);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            if let Some(d) = self.date_before.captures(&text[from..start]) {
                date = iso(&d["d"], &d["m"], &d["y"]);
                if date.is_some() {
                    start = from + d.get(0).map_or(0, |m| m.start());
                    issuer = issuer.or_else(|| Some(collapse(&d["iss"])));
                }
            }
        }
        let doc_type = self.doc_type(at.type_word, &reference);
        let jur = self.jurisdiction(
            &reference,
            date.as_deref(),
            issuer.as_deref(),
            doc_type.name.as_str(),
            jurisdiction,
        );
        let end = iss_end.max(end);
        let year = date
            .as_deref()
            .map(|d| d[..4].to_string())
            .or_else(|| ref_year(&reference));
        let target_key = format!(
            "{}/{}/{}",
            slug(jur.as_deref().unwrap_or("unknown")),
            year.as_deref().unwrap_or("undated"),
            self.lex.key_ref(&reference)
        );
        Some(Citation {
            text: collapse(&text[start..end]),
            start,
            end,
            reference: Some(reference),
            doc_type: Some(doc_type),
            date,
            issuer,
            jurisdiction: jur,
            relation: String::new(),
            target: None,
            target_key,
        })
    }

    /// The `tw` and `ref` groups of a match of `numbered`, read off the match rather
    /// than asked of the regex (its capture engines cost more than finding the match,
    /// 5% of a run): the type word that opens it, and the match from its first digit
    /// (nothing before the reference in the pattern can be a digit but that of `số` as
    /// OCR reads it, `s6`).
    fn numbered_groups<'m>(&self, numbered: &'m str) -> Option<(&'m str, &'m str)> {
        let type_word = self.numbered_type_word.find(numbered)?.as_str();
        // (Not the digit of `số` as OCR reads it, `s6`: a digit right after a word `s`.)
        let b = numbered.as_bytes();
        let (at, _) = numbered.char_indices().find(|&(i, c)| {
            c.is_numeric()
                && !(i >= 2
                    && b[i - 1].eq_ignore_ascii_case(&b's')
                    && b[i - 2].is_ascii_whitespace())
        })?;
        Some((type_word, &numbered[at..]))
    }

    /// The relation given by the governing phrase of the citation at `at`: the nearest
    /// phrase before it in its sentence, with the titles of earlier citations (`masks`)
    /// left out. `Thực hiện …`/`Căn cứ …` govern their direct object, or a list when they
    /// open the sentence; otherwise the document is only mentioned. `reach[j]` is the
    /// largest end among `masks[..=j]`.
    fn relation(&self, text: &str, at: usize, masks: &[(usize, usize)], reach: &[usize]) -> String {
        let mut from = at.saturating_sub(600);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let before = &text[from..at];
        // The sentence: after the last `. `, a blank line, or a line that opens a list
        // entry (`;` then a line break, a dash) — each `Căn cứ …;` line is its own.
        let sentence_start = sentence_start(before.as_bytes());
        let start = from + sentence_start;
        // The sentence with earlier citations replaced by a list separator.
        let mut sentence = String::with_capacity(at - start);
        let mut pos = start;
        // Masks before the first that reaches past the sentence's start end before it.
        let first = reach.partition_point(|&r| r <= start);
        for &(ms, me) in masks[first..]
            .iter()
            .filter(|(ms, me)| *me > start && *ms < at)
        {
            let (ms, me) = (ms.max(pos), me.min(at));
            if ms > pos {
                sentence.push_str(&text[pos..ms]);
            }
            sentence.push_str(" ; ");
            pos = me.max(pos);
        }
        if pos < at {
            sentence.push_str(&text[pos..at]);
        }
        let folded = fold(&sentence);
        let words = |s: &str| {
            s.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .count()
        };
        let mut rel = "mentions";
        for m in self.relation_ac.find_iter(&folded) {
            let ok_before = folded[..m.start()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let ok_after = folded[m.end()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            if !(ok_before && ok_after) {
                continue;
            }
            let r = self.relation_of[m.pattern().as_usize()];
            let governs = words(&folded[m.end()..]) <= 4 || words(&folded[..m.start()]) <= 3;
            rel = if matches!(r, "implements" | "basis") && !governs {
                "mentions"
            } else {
                r
            };
        }
        rel.to_string()
    }
}

/// For each citation (`start..end`, in order of start), whether it is named inside the
/// trích yếu of a document cited before it in the clause (`Công văn số 512/UBND … V/v
/// triển khai thực hiện Công điện số 227/CĐ-TTg`): an earlier citation ends before it,
/// with no `;` or line break between them, and a ` về ` or `V/v ` between them opens the
/// earlier one's title — unless the citation is the next entry of a list (`…, Kế hoạch
/// số …`, `… và Công văn …`). Citations may touch or overlap (one reference read twice,
/// by two patterns, on damaged text): an overlapping one is in no title.
///
/// Of the earlier citations that end inside the clause, the one that ends first has the
/// most text between: if any has a title opening between, it has. So each citation asks
/// one question of the ends seen so far, kept sorted (a document of thousands of
/// citations on one line was cubic, each pair's text searched).
fn in_titles(text: &str, spans: &[(usize, usize)]) -> Vec<bool> {
    // Only the text from the first citation to the last one's first character is
    // asked about: every end asked about is in it, and every clause start before it
    // stands for the first citation's start (no end is before it).
    let region = match (spans.first(), spans.last()) {
        (Some(first), Some(last)) if spans.len() > 1 => {
            let mut to = (last.0 + 1).min(text.len());
            while !text.is_char_boundary(to) {
                to += 1;
            }
            first.0..to
        }
        _ => 0..0,
    };
    let clauses = Clauses::of(text, region);
    let mut ends = std::collections::BTreeSet::new();
    spans
        .iter()
        .map(|&(start, end)| {
            // The list check reads the text before the citation: the same for every
            // earlier one that leaves a title between (none fits in the list words).
            let lead = text[..start].trim_end();
            let listed = lead.ends_with([',', ';'])
                || [" và", " và các", " va", " va cac"]
                    .iter()
                    .any(|w| lead.ends_with(w));
            // The clause holding the citation's first byte (an earlier citation's end
            // outside it has a break between); none when it is a break, or the end.
            let clause = clauses.bound_before(start + 1);
            let first_end = (clause <= start && start < text.len())
                .then(|| ends.range(clause..=start).next().copied())
                .flatten();
            ends.insert(end);
            !listed && first_end.is_some_and(|e| clauses.title_within(e, start))
        })
        .collect()
}

/// Where a text's clauses end (`;`, line breaks) and where a title opens (` về `,
/// `V/v `), found once per document: the questions a citation asks about the text
/// around each earlier one are then a binary search, not a search of the text between
/// them (which made one long line of thousands of citations cubic).
struct Clauses {
    /// The part of the text read.
    region: std::ops::Range<usize>,
    breaks: Vec<usize>,
    /// Byte ranges of ` về ` and `V/v `, by start.
    titles: Vec<(usize, usize)>,
}

impl Clauses {
    /// The breaks and titles in `text[region]` (a range of character boundaries).
    fn of(text: &str, region: std::ops::Range<usize>) -> Clauses {
        let at = region.start;
        let text = &text[region.clone()];
        let breaks = (text.bytes().enumerate())
            .filter(|&(_, b)| b == b';' || b == b'\n')
            .map(|(i, _)| at + i)
            .collect();
        // Every occurrence, overlapping ones too (` về về ` holds two): each search
        // starts a byte after the last found (both patterns open with ASCII).
        let mut titles: Vec<(usize, usize)> = Vec::new();
        for t in [" về ", " ve ", "V/v "] {
            let mut from = 0;
            while let Some(i) = text[from..].find(t) {
                titles.push((at + from + i, at + from + i + t.len()));
                from += i + 1;
            }
        }
        titles.sort_unstable();
        Clauses {
            region,
            breaks,
            titles,
        }
    }

    /// Where the clause holding byte `at` starts: after the last break before it, or
    /// the start of the region when there is none in it.
    fn bound_before(&self, at: usize) -> usize {
        match self.breaks.partition_point(|&b| b < at) {
            0 => self.region.start,
            i => self.breaks[i - 1] + 1,
        }
    }

    /// Whether ` về ` or `V/v ` lies wholly within `start..end`. Of the occurrences that
    /// start at `start` or later the first ends first (neither pattern occurs inside
    /// the other, or inside itself but at its start).
    fn title_within(&self, start: usize, end: usize) -> bool {
        let i = self.titles.partition_point(|&(s, _)| s < start);
        self.titles.get(i).is_some_and(|&(_, e)| e <= end)
    }
}

/// The largest value so far, at each place of `values`.
fn running_max(values: impl Iterator<Item = usize>) -> Vec<usize> {
    values
        .scan(0, |max, v| {
            *max = v.max(*max);
            Some(*max)
        })
        .collect()
}

/// What ends an issuer's name after `của`/`do`: the title, punctuation, a verb.
const ISSUER_STOP_WORDS: [&str; 35] = [
    " về ",
    " V/v ",
    ",",
    ";",
    ".",
    ":",
    "(",
    ")",
    // (A table's cell ends it: `của Chủ tịch UBND tỉnh Bắc Ninh | Quyết định số …`.)
    "|",
    " quy định",
    " hướng dẫn",
    " thông báo",
    " phê duyệt",
    " ban hành",
    " về việc",
    " triển khai",
    " thực hiện",
    " đã ",
    " và ",
    // (Its own date after it: `của Thủ tướng Chính phủ ngày 31/3/2022`.)
    " ngày ",
    // (A purpose: `… của Bộ Tài chính để cải cách …`.)
    " để ",
    "  ",
    // The same typed without diacritics (those with none are above).
    " ve ",
    " de ",
    " quy dinh",
    " huong dan",
    " thong bao",
    " phe duyet",
    " ban hanh",
    " ve viec",
    " trien khai",
    " thuc hien",
    " da ",
    " va ",
    " ngay ",
];

/// [`ISSUER_STOP_WORDS`] in one automaton, built once: leftmost semantics find the
/// earliest of them where eighteen searches of the window each found their first.
///
/// Each word also in capitals, which end an issuer named in a title in capitals
/// (`CỦA BỘ TÀI CHÍNH VỀ HÓA ĐƠN`); a name in capitals inside running text has none of
/// them.
static ISSUER_STOPS: std::sync::LazyLock<AhoCorasick> = std::sync::LazyLock::new(|| {
    let capitals = ISSUER_STOP_WORDS
        .iter()
        .map(|w| w.to_uppercase())
        .filter(|u| !ISSUER_STOP_WORDS.contains(&u.as_str()));
    let words: Vec<String> = ISSUER_STOP_WORDS
        .iter()
        .map(|w| w.to_string())
        .chain(capitals)
        .collect();
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .build(words)
        .expect("issuer stop words")
});

/// The first break of a clause in `rest` that starts before `limit`: `;`, `. `, `.\n`, a
/// blank line or `\n-`. One scan that stops at the nearest break (five searches of the
/// rest of the document per citation made citation finding grow with the square of a
/// long document's citations).
fn clause_break(rest: &[u8], limit: usize) -> Option<usize> {
    (0..limit.min(rest.len())).find(|&i| {
        rest[i] == b';'
            || matches!(
                (rest[i], rest.get(i + 1)),
                (b'.', Some(b' ' | b'\n')) | (b'\n', Some(b'\n' | b'-'))
            )
    })
}

/// Where the sentence that ends `before` starts: after the last `. `, blank line
/// (`\n\n`), `;\n`, `\n-`, `\n+` or `.\n` — 0 when there is none. The six breaks are
/// two bytes each, so the last to end is the last to start: one scan backwards from
/// the end, which stops at the nearest break, instead of six searches for the last
/// occurrence of each (a twentieth of citation finding went to those).
fn sentence_start(before: &[u8]) -> usize {
    (0..before.len().saturating_sub(1))
        .rev()
        .find(|&i| {
            matches!(
                (before[i], before[i + 1]),
                (b'.', b' ')
                    | (b'\n', b'\n')
                    | (b';', b'\n')
                    | (b'\n', b'-')
                    | (b'\n', b'+')
                    | (b'.', b'\n')
            )
        })
        .map_or(0, |i| i + 2)
}

/// One citation per cited document: later mentions of the same key (short
/// back-references) fold into the first (into the first dated one when the first
/// gave no date), and a back-reference without date (`Điện của
/// Thường trực Ban Bí thư`) into the dated citation of the same issuer and type.
fn dedupe(found: Vec<Citation>) -> Vec<Citation> {
    let mut out: Vec<Citation> = Vec::new();
    // Indexes into `out`, so that each citation is compared with the few kept ones it
    // may fold into rather than with every one (a document of thousands of citations
    // was quadratic): where each key is (keys kept are unique: a citation whose key is
    // kept already folds into it), the references kept, and which carry no reference
    // or no date, in order.
    let mut at_key: HashMap<String, usize> = HashMap::new();
    let mut with_ref: std::collections::HashSet<String> = Default::default();
    let mut without_ref: Vec<usize> = Vec::new();
    let mut undated: Vec<usize> = Vec::new();
    for c in found {
        if let Some(&i) = at_key.get(&c.target_key) {
            let o = &mut out[i];
            // A later citation that governs (`Thực hiện Kết luận số 37-KL/TW …`) says more
            // than a mention in the trích yếu.
            if o.relation == "mentions" && c.relation != "mentions" {
                o.relation = c.relation.clone();
            }
            // A later mention that gives the date the first left out (`Căn cứ Luật Hải
            // quan số 54/2014/QH13, …` / `… Luật Hải quan số 54/2014/QH13 ngày 23/6/2014`;
            // a key with the year of its number) stands for the document: its span
            // holds the date.
            // (The same reference, as a key's is: the indexes stay true.)
            if o.date.is_none() && c.date.is_some() && o.reference == c.reference {
                let relation = std::mem::take(&mut o.relation);
                *o = Citation { relation, ..c };
                undated.retain(|&u| u != i);
            }
            continue;
        }
        let same_body = |o: &Citation| {
            o.reference.is_none() && o.issuer == c.issuer && o.doc_type == c.doc_type
        };
        // `Chỉ thị 16/CT-TTg` after `Chỉ thị số 16/CT-TTg ngày 31/3/2020`.
        if c.date.is_none() {
            match &c.reference {
                Some(r) if with_ref.contains(r) => continue,
                Some(_) => {}
                None => {
                    if without_ref.iter().any(|&i| same_body(&out[i])) {
                        continue;
                    }
                }
            }
        }
        // A dated citation after an undated mention of the same document replaces it
        // (the first such).
        if c.date.is_some() {
            let replaced = undated.iter().position(|&i| {
                let o = &out[i];
                (o.reference.is_some() && o.reference == c.reference)
                    || (c.reference.is_none() && same_body(o))
            });
            if let Some(u) = replaced {
                // The replacement has the same reference (or none, as before): only its
                // key and date change.
                let i = undated.remove(u);
                let relation = out[i].relation.clone();
                at_key.remove(&out[i].target_key);
                at_key.insert(c.target_key.clone(), i);
                out[i] = Citation { relation, ..c };
                continue;
            }
        }
        let i = out.len();
        at_key.insert(c.target_key.clone(), i);
        match &c.reference {
            Some(r) => {
                with_ref.insert(r.clone());
            }
            None => without_ref.push(i),
        }
        if c.date.is_none() {
            undated.push(i);
        }
        out.push(c);
    }
    out
}

/// `0912018/NĐ-CP` → `09/2018/NĐ-CP`: the first slash of a legal document's number
/// (`N/YYYY/…`) that OCR read as `1`. Decrees, circulars, decisions and resolutions so
/// numbered never run to six digits and more, so `N`, `1` and a year before one of
/// their type codes is the slash lost; company letters numbered by their date
/// (`20251022/CV-HD`) keep theirs.
fn slash_read_as_one(reference: &str) -> Option<String> {
    const CODES: [&str; 7] = ["NĐ", "ND", "TT", "TTLT", "QĐ", "QD", "NQ"];
    let (number, rest) = reference.split_once('/')?;
    if !(6..=8).contains(&number.len()) || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (n, one_year) = number.split_at(number.len() - 5);
    let year = one_year.strip_prefix('1')?;
    let code = rest.split(['-', '/']).next()?;
    ((year.starts_with("19") || year.starts_with("20")) && CODES.contains(&code))
        .then(|| format!("{n}/{year}/{rest}"))
}

/// The issuer as printed after `của`/`do` at `at`, up to the title (`về …`) or the end of
/// the clause; and where it ends.
fn issuer_after(text: &str, at: usize) -> (Option<String>, usize) {
    let rest = &text[at..];
    let trimmed = rest.trim_start_matches([' ', ',']);
    let lead = rest.len() - trimmed.len();
    let Some(after) = trimmed
        .strip_prefix("của ")
        .or_else(|| trimmed.strip_prefix("cua "))
        .or_else(|| trimmed.strip_prefix("do "))
        // (A title in capitals: `… NGÀY 31/3/2014 CỦA BỘ TÀI CHÍNH VỀ HÓA ĐƠN`.)
        .or_else(|| trimmed.strip_prefix("CỦA "))
        .or_else(|| trimmed.strip_prefix("CUA "))
    else {
        return (None, at);
    };
    let skip = lead + (trimmed.len() - after.len());
    let mut end = after.len().min(160);
    while !after.is_char_boundary(end) {
        end -= 1;
    }
    let window = &after[..end];
    // The issuer may wrap onto the next line (`của Ủy ban nhân` / `dân tỉnh Long An`).
    let flat: String = window
        .chars()
        .map(|c| if c == '\n' { ' ' } else { c })
        .collect();
    let cut = ISSUER_STOPS.find(&flat).map_or(flat.len(), |m| m.start());
    let issuer = collapse(&window[..cut]);
    if issuer.is_empty() || issuer.split_whitespace().count() > 12 {
        return (None, at);
    }
    (Some(issuer), at + skip + cut)
}

/// Bytes of a trailing delimiter that a pattern matched to know where to stop.
fn trailing_delimiter(m: &str) -> usize {
    let t = m.trim_end_matches([',', ';', '.', ':', '(']);
    let t2 = t
        .strip_suffix(" về")
        .or_else(|| t.strip_suffix(" ve"))
        .or_else(|| t.strip_suffix(" V/v"))
        .unwrap_or(t);
    m.len() - t2.trim_end().len()
}

/// The year written in a VBQPPL ref (`30/2020/NĐ-CP` → 2020).
/// Where a numbered ref was found: its zone's start, its span, the type word before it
/// (or before the list it belongs to) and whether it opens its list.
#[derive(Clone, Copy)]
struct Numbered<'t> {
    zone_start: usize,
    ref_start: usize,
    ref_end: usize,
    type_word: &'t str,
    printed_ref: &'t str,
    first: bool,
}

/// The matches in `zone` of a pattern the prefilter gates: none unless the zone holds a
/// literal that enables it (`kind` among the `kinds` found).
///
/// The patterns bound what they skip (a law's name, an issuer's words) in code, not by
/// a counted repetition: `[^;.()]{2,160}?` is 160 copies of a class of every character
/// in UTF-8, an automaton that the lazy DFA and the capture engine (whose visited set
/// it sizes, cleared on every search) pay for on every zone. Here a group named `r` and
/// its bound (`r160`: at most 160 characters) holds such a run, and a match whose run
/// is longer is dropped and the search goes on from the next character, where the
/// counted pattern would have looked next: the same matches. An empty group `wb` stands
/// for a word boundary (`\b`, which a Unicode text makes the lazy DFA give up on): the
/// match must not be followed by a letter or digit. (One difference: where an Điện's
/// `về` runs into the next word (`vềviệc`), `\b` let the issuer read on to a later
/// delimiter; such a match is now dropped.)
fn gated<'h>(re: &Regex, kind: u8, kinds: u8, zone: &'h str) -> Vec<regex::Captures<'h>> {
    let mut out = Vec::new();
    if kinds & kind == 0 {
        return out;
    }
    let mut at = 0;
    while let Some(c) = re.captures_at(zone, at) {
        let Some(all) = c.get(0) else { break };
        // (None of these patterns matches empty text: a kept match ends past its start.)
        let next_char = all.start() + zone[all.start()..].chars().next().map_or(1, char::len_utf8);
        at = if within_bounds(&c, zone) {
            let end = all.end().max(next_char);
            out.push(c);
            end
        } else {
            next_char
        };
        if at > zone.len() {
            break;
        }
    }
    out
}

/// Whether a match of a [`gated`] pattern keeps to its bounds: each group `r<N>` at most
/// N characters, and an empty group `wb` not followed by a word character.
fn within_bounds(c: &regex::Captures<'_>, zone: &str) -> bool {
    const BOUNDS: [(&str, usize); 4] = [("r30", 30), ("r40", 40), ("r160", 160), ("r200", 200)];
    BOUNDS.iter().all(|&(group, most)| {
        c.name(group)
            .is_none_or(|r| r.len() <= most || r.as_str().chars().nth(most).is_none())
    }) && c.name("wb").is_none_or(|wb| {
        !zone[wb.end()..]
            .chars()
            .next()
            .is_some_and(|ch| ch.is_alphanumeric() || ch == '_')
    })
}

/// Whether `name` holds a number of its own (`… số 107/2016 …`, not `một số điều`): a
/// `số` followed by a digit.
fn holds_a_number(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    words
        .windows(2)
        .any(|w| fold(w[0]) == "so" && w[1].starts_with(|c: char| c.is_ascii_digit()))
}

fn ref_year(r: &str) -> Option<String> {
    let parts: Vec<&str> = r.split('/').collect();
    parts
        .get(1)
        .filter(|p| p.len() == 4 && p.chars().all(|c| c.is_ascii_digit()))
        .map(|p| p.to_string())
}

/// The type code of a ref and whether the ref is a state công văn's (no type code).
fn split_code(r: &str, lex: &Lexicon) -> (Option<String>, bool) {
    if let Some((num_code, _issuer)) = r.split_once('/') {
        if let Some((_, code)) = num_code.split_once('-') {
            return (Some(code.to_string()), code.eq_ignore_ascii_case("CV"));
        }
    }
    let mut parts = r.split('/').skip(1);
    let mut first = parts.next().unwrap_or("");
    if first.len() == 4 && first.chars().all(|c| c.is_ascii_digit()) {
        first = parts.next().unwrap_or("");
    }
    let code = first.split('-').next().unwrap_or("");
    if lex.doc_types.is_code(code) && first.contains('-') {
        (Some(code.to_string()), false)
    } else {
        (None, true)
    }
}

/// The issuer part of a ref: party `N-TYPE/ISSUER`; state `N/[YYYY/]TYPE-ISSUER`, or
/// `N/ISSUER-UNIT` for a công văn.
fn issuer_code(r: &str, lex: &Lexicon) -> Option<String> {
    if let Some((num_code, issuer)) = r.split_once('/') {
        if num_code.contains('-') {
            return Some(issuer.to_string());
        }
    }
    let last = r.rsplit('/').next()?;
    match last.split_once('-') {
        Some((a, b)) if lex.doc_types.is_code(a) => Some(b.to_string()),
        Some((a, _)) => Some(a.to_string()),
        None => Some(last.to_string()),
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace("**", "")
        .trim()
        .trim_end_matches([',', ';'])
        .to_string()
}

impl Stage for Finder {
    fn name(&self) -> &'static str {
        "citations"
    }

    fn run(&self, analysis: &Analysis, record: &mut Record) {
        if record.status == vanban_types::Status::Failed {
            return;
        }
        let zones: Vec<(usize, usize)> = analysis
            .segments
            .iter()
            .filter(|s| {
                matches!(
                    s.kind,
                    SegmentKind::Subject
                        | SegmentKind::Body
                        | SegmentKind::Item
                        | SegmentKind::Closing
                )
            })
            .map(|s| (s.start, s.end))
            .collect();
        record.citations = self.find(
            analysis.text(),
            &zones,
            record.fields.jurisdiction.as_deref(),
            record.fields.reference.as_deref(),
        );
    }
}

/// Resolves citation keys against the documents of a corpus.
///
/// A key names its jurisdiction, year and ref, so a dated citation resolves by equality:
/// two provinces' `702-CV/TU` differ by slug, one province's `15-CT/TU` of 2019 and of
/// 2023 by year. A citation without a date (`…/undated/15-CT/TU`) resolves to the latest
/// document with that jurisdiction and ref issued on or before the citing document.
///
/// Its keys and dates live in a [`graph::Strings`] arena; the graph builder keeps its
/// own strings in the same one ([`graph::Graph::resolver`]).
#[derive(Debug, Default)]
pub struct Resolver {
    pub(crate) strings: graph::Strings,
    /// The documents, by key: the order in which each was first registered (the row of
    /// its node in the graph builder).
    ids: HashMap<graph::Sym, u32>,
    /// A hash of `slug` and `ref` (the key without its year, which documents of the
    /// same ref share) → (date, key) of each such document, in that order. A hash, not
    /// a copy of the string: candidates are checked against the key asked for.
    by_ref: HashMap<u64, Vec<(Option<graph::Sym>, graph::Sym)>>,
}

/// `ben-tre/2021/275-CV/ĐUK` → (`ben-tre`, `2021`, `275-CV/ĐUK`).
fn split_key(key: &str) -> Option<(&str, &str, &str)> {
    let (slug, rest) = key.split_once('/')?;
    let (year, reference) = rest.split_once('/')?;
    Some((slug, year, reference))
}

impl Resolver {
    /// An empty resolver.
    pub fn new() -> Resolver {
        Resolver::default()
    }

    /// Register a document of the corpus by its `id` and date of issue.
    pub fn add(&mut self, id: &str, date: Option<&str>) {
        let id = self.strings.intern(id);
        let date = date.map(|d| self.strings.intern(d));
        self.add_sym(id, date);
    }

    /// [`Resolver::add`] with strings already in the arena.
    pub(crate) fn add_sym(&mut self, id: graph::Sym, date: Option<graph::Sym>) {
        let st = &self.strings;
        if let Some((slug, _, reference)) = split_key(st.get(id)) {
            let list = self.by_ref.entry(st.hash((slug, reference))).or_default();
            list.push((date, id));
            // By date (an absent one first), then key.
            list.sort_by(|a, b| {
                (a.0.map(|d| st.get(d)), st.get(a.1)).cmp(&(b.0.map(|d| st.get(d)), st.get(b.1)))
            });
        }
        let next = self.ids.len() as u32;
        self.ids.entry(id).or_insert(next);
    }

    /// The `id` of the corpus document a key names, if any; `citing_date` decides for a
    /// key without a year.
    pub fn resolve(&self, key: &str, citing_date: Option<&str>) -> Option<&str> {
        let id = match self.strings.lookup(key) {
            Some(k) if self.ids.contains_key(&k) => k,
            _ => self.resolve_undated(key, citing_date)?,
        };
        Some(self.strings.get(id))
    }

    /// The order in which the document `id` was first registered, if it was.
    pub(crate) fn row_of(&self, id: graph::Sym) -> Option<u32> {
        self.ids.get(&id).copied()
    }

    /// [`Resolver::resolve`] of a key and date in the arena.
    pub(crate) fn resolve_sym(
        &self,
        key: graph::Sym,
        citing_date: Option<graph::Sym>,
    ) -> Option<graph::Sym> {
        if self.ids.contains_key(&key) {
            return Some(key);
        }
        let citing_date = citing_date.map(|d| self.strings.get(d));
        self.resolve_undated(self.strings.get(key), citing_date)
    }

    fn resolve_undated(&self, key: &str, citing_date: Option<&str>) -> Option<graph::Sym> {
        let (slug, year, reference) = split_key(key)?;
        if year != "undated" {
            return None;
        }
        let st = &self.strings;
        let candidates = self.by_ref.get(&st.hash((slug, reference)))?;
        let same = |(_, id): &&(Option<graph::Sym>, graph::Sym)| {
            split_key(st.get(*id)).is_some_and(|(s, _, r)| s == slug && r == reference)
        };
        let limit = citing_date.unwrap_or("9999");
        candidates
            .iter()
            .rev()
            .filter(same)
            .find(|(d, _)| d.map_or("", |d| st.get(d)) <= limit)
            .or_else(|| candidates.iter().rev().find(same))
            .map(|(_, id)| *id)
    }
}

#[cfg(test)]
mod tests;
