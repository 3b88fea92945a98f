//! The field extractor: the catalogue fields of a segmented directive.
//!
//! Given an [`Analysis`] (the normalized text cut into zones by the segmenter), the
//! [`Extractor`] reads every field of the `vanban/1` record except tasks and
//! citations: `system`, `ref`, `number`, `type`, `issuer` (name, code, parent),
//! `jurisdiction`, `place`, `date`, `subject`, `recipients`, `distribution`,
//! `signature`, `annotations`, and from them `id` and `status`. Each field is read
//! from its own zone, so a field never comes from the wrong part of the document, and
//! each carries the span it was read from (`spans`) and a confidence.
//!
//! Rules that matter, from `docs/reference` and the corpus:
//!
//! * Both numbering systems: party `275-CV/ĐUK` (number-type/issuer), state
//!   `16/CT-TTg` (number/type-issuer), VBQPPL `30/2020/NĐ-CP`, and the state công văn
//!   `1234/UBND-VX` whose symbol carries no type code (issuer-unit).
//! * The type comes from the type line of the header (`QUY ĐỊNH` vs `QUYẾT ĐỊNH`), and
//!   from the code only when there is no type line.
//! * The jurisdiction comes from the header (a province named as one in the issuer or
//!   its parent; else a district named as one, through the district gazetteer of
//!   `vanban-lexicon`, for documents before 1/7/2025; else a province's name; a central
//!   body), then from the issuer code's level, then from the place (a provincial town,
//!   then a district), then from the provinces the text names.
//!
//! # Example
//!
//! ```
//! use vanban_extract::Extractor;
//! use vanban_lexicon::Lexicon;
//! use vanban_types::{Analysis, Document, Segment, SegmentKind};
//!
//! let text = "TỈNH ỦY ĐỒNG NAI\nSố 1747-CV/TU\nĐồng Nai, ngày 22 tháng 7 năm 2021\n";
//! let (num, date) = (text.find("Số").unwrap(), text.find("Đồng Nai,").unwrap());
//! let seg = |kind, start: usize, end: usize| Segment { kind, start, end };
//! let analysis = Analysis {
//!     document: Document { path: "a.txt".into(), text: text.into(), problems: vec![] },
//!     segments: vec![
//!         seg(SegmentKind::Issuer, 0, num),
//!         seg(SegmentKind::Number, num, date),
//!         seg(SegmentKind::PlaceDate, date, text.len()),
//!     ],
//!     sentences: None,
//! };
//! let fields = Extractor::new(Lexicon::builtin()).extract(&analysis).fields;
//! assert_eq!(fields.reference.as_deref(), Some("1747-CV/TU"));
//! assert_eq!(fields.jurisdiction.as_deref(), Some("Đồng Nai"));
//! assert_eq!(fields.date.as_deref(), Some("2021-07-22"));
//! ```
#![deny(missing_docs, rustdoc::broken_intra_doc_links)]

use regex::Regex;
use std::collections::BTreeMap;
use vanban_lexicon::{after_2025_reform, bare_too, fold, DistrictMention, Level, Lexicon};
use vanban_types::{
    path_key, Analysis, DocType, Fields, Issuer, Problem, ProblemKind, Record, SegmentKind, Span,
    Stage, Status, System,
};

mod clean;
mod issuer;
mod lists;
mod signature;

use clean::{clean_marks, clean_value, collapse};

/// What the extractor read from one document.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    /// The catalogue fields.
    pub fields: Fields,
    /// For each field, the span it was read from.
    pub spans: BTreeMap<String, Span>,
    /// For each field, how sure the extractor is.
    pub confidence: BTreeMap<String, f32>,
    /// Problems: missing elements, inferred values.
    pub problems: Vec<Problem>,
    /// Reasons a person should check the record.
    pub review_reasons: Vec<String>,
    /// `ok`, `partial` or `failed`.
    pub status: Status,
    /// The canonical key.
    pub id: Option<String>,
}

/// The field extractor. Build it once; it is `Send + Sync`.
#[derive(Debug, Clone)]
pub struct Extractor {
    lex: Lexicon,
    re: Patterns,
}

#[derive(Debug, Clone)]
struct Patterns {
    /// The ref inside a number zone.
    number: Regex,
    /// The number zone's number and symbol without its `Số`, which OCR damaged or lost
    /// (`.Sẽ: 1883 /TCHQ-TXNK`, `96:9824 /TXNK-CST`, `861913 /TCHQ-TXNK`).
    bare_number: Regex,
    /// What is left of a symbol after OCR lost the number: `/CT-TTHT`, `/TXNK - CST`.
    damaged_symbol: Regex,
    /// Place and date inside a place-and-date zone.
    place_date: Regex,
    date: Regex,
    party_motto: Regex,
    state_motto: Regex,
    /// `tỉnh Quảng Bình`, `Tỉnh ủy Nghệ An`, `thành phố Hà Nội` (the words after it are
    /// looked up in the province table).
    province_mention: Regex,
}

/// A number and symbol as printed: `275-CV/ĐUK`, `30/2020/NĐ-CP`, `49'79/TCHQ-TXNK`, `12a
/// /UBND-VX`, `4844, /TCT-CS` (a comma typed before the slash); the `ref` of both
/// number patterns.
const REF: &str =
    r"\d{1,6}(?:[ '’]\d{1,3})?[a-z]?,?(?:[ \t]*\\?[-–/][ \t]*[\p{L}\d&]+(?:\.[\p{L}\d&]+)*)+";

impl Extractor {
    /// An extractor for a lexicon.
    pub fn new(lexicon: &Lexicon) -> Extractor {
        let re =
            |p: &str| Regex::new(p).unwrap_or_else(|e| panic!("bad built-in pattern {p}: {e}"));
        Extractor {
            lex: lexicon.clone(),
            re: Patterns {
                number: re(&format!(
                    r"(?i)s[ốôoóòồ](?:[ \t]*[l:.][ \t]*\n?[ \t]*[:.]?[ \t]*|[ \t]+)?(?P<ref>{REF})"
                )),
                bare_number: re(&format!(
                    r"^[ \t*.|_'\x22]*(?:[\p{{L}}\d]{{1,2}}[:;.][ \t]*)?(?P<ref>{REF})"
                )),
                damaged_symbol: re(r"/[ \t]*(?P<code>\p{Lu}[\p{Lu}Đ&]+)[ \t]*[-–][ \t]*\p{Lu}"),
                // (The comma may be lost: `Hà Nội ngày …`, a zone the segmenter found by a
                // known place's name.)
                place_date: re(r"(?s)^[\s*|]*(?P<place>.*?)[ \t*]*,?[\s*]*[Nn]g[àa]y"),
                date: re(vanban_lexicon::DATE_PATTERN),
                // (These three also read a text typed without diacritics.)
                party_motto: re(&bare_too(r"(?i)đảng\s+cộng\s+sản")),
                state_motto: re(&bare_too(
                    r"(?i)cộng[\s*]+h(?:òa|oà|oa|õa|ỏa|óa|ọa)|độc[ \t*]*lập",
                )),
                province_mention: re(&bare_too(
                    // A line may break anywhere in it (`tỉnh` / `Quảng Bình`).
                    r"(?:^|[^\p{L}\p{N}])(?i:tỉnh(?:[ \t]+ủy)?|thành[ \t]+phố|thành[ \t]+ủy)(?:[ \t]*\n[ \t]*|[ \t]+)\p{Lu}\p{L}*(?:(?:[ \t]*\n[ \t]*|[ \t]+)\p{Lu}\p{L}*){0,3}",
                )),
            },
        }
    }

    /// A number zone whose digits OCR lost (`Số: S184 /CT-TTHT`, `Số: §B./,/TCHQ-TXNK`):
    /// no number and symbol, but the issuer's code that opens the symbol, and a problem
    /// that says what was printed.
    fn read_damaged_number(&self, text: &str, sp: Span, x: &mut Extraction) {
        let printed = sp.slice(text);
        if let Some(c) = self.re.damaged_symbol.captures(printed) {
            x.fields.issuer.code = Some(c["code"].to_string());
        }
        x.problems.push(Problem::new(
            ProblemKind::Ocr,
            format!(
                "number and symbol unreadable: {:?}",
                collapse(printed.trim_matches(|c: char| c.is_whitespace() || c == '*'))
            ),
        ));
        x.review_reasons
            .push("number unreadable: the issuer's code read from the symbol".into());
        x.set("number", sp, 0.3);
    }

    /// Read the fields of an analysed document.
    pub fn extract(&self, a: &Analysis) -> Extraction {
        let text = a.text();
        let mut x = Extraction::default();
        let first = |kind| a.segments_of(kind).next().map(|s| s.span());

        // Is it a directive at all?
        let landmarks = [
            SegmentKind::Motto,
            SegmentKind::Number,
            SegmentKind::PlaceDate,
            SegmentKind::Title,
            SegmentKind::Recipients,
            SegmentKind::Signature,
            SegmentKind::Distribution,
        ]
        .iter()
        .filter(|k| first(**k).is_some())
        .count()
            // A trích yếu opening with `V/v` (về việc) is a công văn's, whatever OCR did
            // to the rest of the header (`Kfnh gtii`, `Nni nhQn`: a scan read with the
            // wrong font).
            + usize::from(first(SegmentKind::Subject).is_some_and(|sp| {
                let t = sp.slice(text).trim_start_matches(['*', ' ', '\n']);
                let head = t.char_indices().nth(12).map_or(t.len(), |(k, _)| k);
                vanban_lexicon::opens_with_ve_viec(&fold(&t[..head]))
            }));
        // A motto or a date alone is no evidence (a news article has a date); a
        // `Kính gửi`, a number, a signature is: a fragment of a directive is partial.
        let weak_only = landmarks == 1
            && (first(SegmentKind::Motto).is_some() || first(SegmentKind::PlaceDate).is_some());
        if landmarks == 0 || weak_only {
            x.status = Status::Failed;
            x.problems.push(Problem::new(
                ProblemKind::Format,
                "not a directive: none of the landmarks of one (number and symbol, type line, Kính gửi, signature, Nơi nhận; or motto with place and date)",
            ));
            x.review_reasons
                .push("not recognised as a directive".into());
            return x;
        }

        // system
        if let Some(sp) = first(SegmentKind::Motto) {
            let all: String = a
                .segments_of(SegmentKind::Motto)
                .map(|s| s.span().slice(text))
                .collect::<Vec<_>>()
                .join(" ");
            if self.re.party_motto.is_match(&all) {
                x.fields.system = Some(System::Party);
            } else if self.re.state_motto.is_match(&all) {
                x.fields.system = Some(System::State);
            }
            x.set("system", sp, 0.99);
        }
        let party = x.fields.system.map(|s| s == System::Party);

        // type line
        let title = first(SegmentKind::Title).map(|sp| (sp, clean_value(sp.slice(text))));
        let title_name = title
            .as_ref()
            .and_then(|(_, t)| self.type_name_from_title(t));

        // subject (needed to tell a công văn from a chỉ thị when the code is ambiguous)
        let subject_spans: Vec<Span> = a
            .segments_of(SegmentKind::Subject)
            .map(|s| s.span())
            .collect();
        if !subject_spans.is_empty() {
            let joined = subject_spans
                .iter()
                .map(|s| s.slice(text))
                .collect::<Vec<_>>()
                .join(" ");
            let subject = clean_value(&joined);
            if !subject.is_empty() {
                x.fields.subject = Some(subject);
                x.set("subject", cover(&subject_spans), 0.9);
            }
        }
        let vv_subject = x
            .fields
            .subject
            .as_deref()
            .is_some_and(|s| vanban_lexicon::opens_with_ve_viec(&fold(s)));

        // number and symbol: the first number zone that reads as one; else what is left
        // of a damaged one.
        let number = a
            .segments_of(SegmentKind::Number)
            .map(|s| s.span())
            .find_map(|sp| self.re.number.captures(sp.slice(text)).map(|c| (sp, c)));
        // (Without its `Số` only when no zone reads with it.)
        let bare = number.is_none();
        let number = number.or_else(|| {
            a.segments_of(SegmentKind::Number)
                .map(|s| s.span())
                .find_map(|sp| {
                    self.re
                        .bare_number
                        .captures(sp.slice(text))
                        .map(|c| (sp, c))
                })
        });
        if number.is_none() {
            if let Some(sp) = first(SegmentKind::Number) {
                self.read_damaged_number(text, sp, &mut x);
            }
        }
        if let Some((sp, c)) = number {
            let reference = normalize_ref(&c["ref"]);
            let parsed = self.parse_ref(&reference, party, title_name.is_some(), vv_subject);
            x.fields.number = Some(parsed.number.clone());
            x.fields.issuer.code = parsed.issuer_code.clone();
            x.fields.reference = Some(reference);
            let code = parsed.type_code.clone();
            let name = match (&title_name, &code) {
                (Some(n), _) => Some(n.clone()),
                (None, Some(c)) => self
                    .lex
                    .doc_types
                    .name_for_code(c, party)
                    .map(str::to_string),
                (None, None) if parsed.cong_van => Some("Công văn".to_string()),
                (None, None) => None,
            };
            if let Some(name) = name {
                let conf = if title_name.is_some() { 0.99 } else { 0.85 };
                if title_name.is_none() && !parsed.cong_van {
                    x.review_reasons.push(
                        "type read from the symbol's code (no type line in the header)".into(),
                    );
                }
                x.fields.doc_type = Some(DocType { code, name });
                x.set("type", title.as_ref().map_or(sp, |t| t.0), conf);
            }
            let conf = if bare {
                x.review_reasons
                    .push("number read without its `Số`, which OCR damaged or lost".into());
                0.8
            } else {
                0.99
            };
            x.set("ref", sp, conf);
            x.set("number", sp, conf);
        }
        if x.fields.doc_type.is_none() {
            if let (Some(name), Some((sp, _))) = (&title_name, &title) {
                x.fields.doc_type = Some(DocType {
                    code: None,
                    name: name.clone(),
                });
                x.set("type", *sp, 0.9);
            } else if vv_subject {
                // No type line and no readable symbol (OCR ate the number), but a
                // trích yếu that opens with `V/v`: the form of a công văn, which has no
                // type line of its own.
                x.fields.doc_type = Some(DocType {
                    code: None,
                    name: "Công văn".to_string(),
                });
                x.set("type", cover(&subject_spans), 0.7);
                x.review_reasons.push(
                    "type read from the V/v trích yếu (no readable number and symbol)".into(),
                );
            } else if let (None, Some(sp)) = (&title, first(SegmentKind::Recipients)) {
                // No type line, no readable symbol, no trích yếu (a letter whose header
                // the copy lost: it opens at `Kính gửi`): a letter to named addressees
                // with no type of its own is a công văn (a decision, a plan, a report
                // has its type line).
                x.fields.doc_type = Some(DocType {
                    code: None,
                    name: "Công văn".to_string(),
                });
                x.set("type", sp, 0.6);
                x.review_reasons.push(
                    "type read from the form: a letter to Kính gửi with no type line and no number"
                        .into(),
                );
            }
        }

        // place and date
        if let Some(sp) = first(SegmentKind::PlaceDate) {
            let s = sp.slice(text);
            if let Some(c) = self.re.place_date.captures(s) {
                let place = clean_value(&c["place"]);
                if !place.is_empty() && place.chars().count() <= 40 {
                    x.fields.place = Some(place);
                    x.set("place", sp, 0.95);
                }
            }
            if let Some(c) = self.re.date.captures(s) {
                match iso_date(&c["d"], &c["m"], &c["y"]) {
                    Some(d) => {
                        x.fields.date = Some(d);
                        x.set("date", sp, 0.99);
                    }
                    None => x.problems.push(Problem::new(
                        ProblemKind::Ocr,
                        format!(
                            "date of issue unreadable: {:?}",
                            collapse(c.get(0).map_or("", |m| m.as_str()))
                        ),
                    )),
                }
            }
        }

        // issuer
        let issuer_spans: Vec<Span> = a
            .segments_of(SegmentKind::Issuer)
            .map(|s| s.span())
            .collect();
        if !issuer_spans.is_empty() {
            let lines: Vec<String> = issuer_spans
                .iter()
                .flat_map(|s| s.slice(text).lines().map(clean_marks))
                .filter(|l| !l.is_empty())
                .collect();
            let (name, parent) = issuer::split(&lines);
            x.fields.issuer = Issuer {
                name,
                code: x.fields.issuer.code.take(),
                parent,
            };
            if x.fields.issuer.name.is_some() {
                x.set("issuer", cover(&issuer_spans), 0.9);
            }
        }

        // jurisdiction
        self.jurisdiction(&mut x, party, text);

        // recipients, distribution, annotations
        let rec: Vec<Span> = a
            .segments_of(SegmentKind::Recipients)
            .map(|s| s.span())
            .collect();
        if !rec.is_empty() {
            x.fields.recipients =
                lists::entries(rec.iter().map(|s| s.slice(text)), &self.lex.signing);
            // `(Địa chỉ: …)`, `MST: …` under a company's name: where it is, not who.
            x.fields.recipients.retain(|e| !lists::is_address(e));
            x.set("recipients", cover(&rec), 0.9);
        }
        let dist: Vec<Span> = a
            .segments_of(SegmentKind::Distribution)
            .map(|s| s.span())
            .collect();
        if !dist.is_empty() {
            x.fields.distribution =
                lists::entries(dist.iter().map(|s| s.slice(text)), &self.lex.signing);
            x.set("distribution", cover(&dist), 0.9);
        }
        for s in a.segments_of(SegmentKind::Annotation) {
            for l in s.span().slice(text).lines() {
                let v = clean_value(l);
                if !v.is_empty() {
                    x.fields.annotations.push(v);
                }
            }
        }

        // signature
        let sig: Vec<Span> = a
            .segments_of(SegmentKind::Signature)
            .map(|s| s.span())
            .collect();
        if !sig.is_empty() {
            x.fields.signature = signature::read(sig.iter().map(|s| s.slice(text)), &self.lex);
            x.set("signature", cover(&sig), 0.9);
        }

        // A number or date read from digits that OCR had turned into letters (`2O21`,
        // `Số l25-CV/TU`) was repaired before segmentation: right in form, but a person
        // should look at it.
        for p in &a.document.problems {
            let repaired = [
                (vanban_text::ocr::NUMBER_DIGITS, "ref"),
                (vanban_text::ocr::DATE_DIGITS, "date"),
            ];
            for (what, field) in repaired {
                if p.kind == ProblemKind::Ocr && p.message.starts_with(what) {
                    if let Some(c) = x.confidence.get_mut(field) {
                        *c = c.min(0.5);
                        x.review_reasons.push(format!(
                            "{field} read from repaired OCR text ({})",
                            p.message
                        ));
                    }
                }
            }
        }
        self.finish(&mut x);
        x
    }

    /// The type name for a type line (`CHƯƠNG TRÌNH HÀNH ĐỘNG` → Chương trình).
    fn type_name_from_title(&self, title: &str) -> Option<String> {
        self.lex.doc_types.name_beginning(title).map(str::to_string)
    }

    fn parse_ref(
        &self,
        r: &str,
        party: Option<bool>,
        has_title: bool,
        vv_subject: bool,
    ) -> ParsedRef {
        let digits = r
            .chars()
            .take_while(|c| {
                c.is_ascii_alphanumeric() && !c.is_ascii_alphabetic() || c.is_ascii_digit()
            })
            .count();
        let number: String = r.chars().take_while(|c| c.is_ascii_digit()).collect();
        let mut rest = &r[number.len()..];
        // An OCR'd or printed suffix letter (`12a`) stays with the number.
        let _ = digits;
        let mut out = ParsedRef {
            number: number.clone(),
            ..Default::default()
        };
        if let Some(sfx) = rest.chars().next().filter(|c| c.is_ascii_alphabetic()) {
            out.number.push(sfx);
            rest = &rest[1..];
        }
        let Some(sep) = rest.chars().next() else {
            return out;
        };
        let rest = &rest[1..];
        if sep == '-' {
            // Party: N-TYPE/ISSUER (or N-TYPE-ISSUER with swapped separators).
            let (code, issuer) = match rest.split_once('/') {
                Some(p) => p,
                None => rest.split_once('-').unwrap_or((rest, "")),
            };
            out.type_code = (!code.is_empty()).then(|| code.to_string());
            out.issuer_code = (!issuer.is_empty()).then(|| issuer.to_string());
            out.cong_van = code.eq_ignore_ascii_case("CV");
            return out;
        }
        // State: N/[YYYY/]CODE-ISSUER or N/ISSUER-UNIT.
        let mut rest = rest;
        let mut year = false;
        if let Some((y, after)) = rest.split_once('/') {
            if y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()) {
                rest = after;
                year = true;
            }
        }
        let (first, second) = match rest.split_once('-') {
            Some((a, b)) => (a, Some(b)),
            None => (rest, None),
        };
        let first_is_type = self.lex.doc_types.is_code(first);
        // A công văn has no type code: `1234/UBND-VX`; `5487/CT-CS` is a công văn of
        // the Cục Thuế when the header has no type line and a `V/v` trích yếu.
        let cong_van = !year && (!first_is_type || (!has_title && vv_subject && second.is_some()));
        if cong_van {
            out.cong_van = true;
            out.issuer_code = Some(first.to_string());
        } else if first_is_type && second.is_some() {
            out.type_code = Some(first.to_string());
            out.issuer_code = second.map(str::to_string);
        } else {
            // `80/2015/QH13`: no type code.
            out.issuer_code = Some(rest.to_string());
        }
        let _ = party;
        out
    }

    fn jurisdiction(&self, x: &mut Extraction, party: Option<bool>, text: &str) {
        let iss = &x.fields.issuer;
        let provinces = &self.lex.provinces;
        let central_party = |s: &str| {
            let f = fold(s);
            f.contains("trung uong")
                || f.contains("bo chinh tri")
                || f.contains("ban bi thu")
                || f.starts_with("dang uy chinh phu")
                || f.starts_with("dang uy quoc hoi")
        };
        let central_state = |s: &str| {
            let f = fold(s);
            [
                "chinh phu",
                "thu tuong",
                "bo ",
                "quoc hoi",
                "tong cuc",
                "van phong chinh phu",
                "uy ban thuong vu quoc hoi",
                "ngan hang nha nuoc",
                "thanh tra chinh phu",
                "toa an nhan dan toi cao",
                "vien kiem sat nhan dan toi cao",
                "kiem toan nha nuoc",
            ]
            .iter()
            .any(|p| f.starts_with(p))
        };
        let mut found: Option<(String, f32, &str)> = None;
        // District-level units existed until 30 June 2025; a later document naming one
        // is not read through this table (its province may have been merged since).
        let after_reform = after_2025_reform(x.fields.date.as_deref());
        let districts_in_force = after_reform != Some(true);
        // A province named as one (`ĐẢNG BỘ TỈNH QUẢNG BÌNH`) first, in either line; then
        // a district named as one (`ĐẢNG BỘ HUYỆN VĨNH BẢO` above a commune's committee:
        // Hải Phòng); then any province's name (`ĐẢNG ỦY KHỐI … BẾN TRE`). `HUYỆN ỦY
        // QUẢNG NINH` under `ĐẢNG BỘ TỈNH QUẢNG BÌNH` is a district of Quảng Bình, not
        // Quảng Ninh, and so is `HUYỆN ỦY QUẢNG NINH` alone; `ĐẢNG ỦY XÃ HÒA BÌNH` under
        // a district is a commune, not the province of Hòa Bình.
        let header = [iss.name.as_deref(), iss.parent.as_deref()];
        let in_header = |marked: bool| {
            header.iter().flatten().find_map(|s| match marked {
                true => provinces.find_marked_in(s),
                false => provinces.find_in(s),
            })
        };
        if let Some(p) = in_header(true) {
            found = Some((p.name.clone(), 0.95, "header"));
        }
        // The provinces of a district the header names but cannot place alone (`HUYỆN
        // CHÂU THÀNH`): whatever else decides must be one of them.
        let mut district_provinces: Vec<&str> = Vec::new();
        if found.is_none() && districts_in_force {
            let units = header
                .iter()
                .flatten()
                .map(|s| self.lex.districts.find_marked_in(s))
                .find(|units| !units.is_empty());
            if let Some(units) = units {
                match self.province_of_district(&units, text) {
                    Some(p) => found = Some((p, 0.9, "header")),
                    None => {
                        x.review_reasons.push(format!(
                            "the header names {}, a district of several provinces",
                            units.units[0].name
                        ));
                        district_provinces =
                            units.units.iter().map(|u| u.province.as_str()).collect();
                    }
                }
            }
        }
        if found.is_none() {
            if let Some(p) = in_header(false) {
                found = Some((p.name.clone(), 0.95, "header"));
            }
        }
        // A provincial unit of a central body (`TỔNG CỤC THUẾ` / `CỤC THUẾ TP HẢI PHÒNG`
        // with the city's name past reading): the body above it does not make it central.
        let local_unit = iss.name.as_deref().is_some_and(|n| {
            let f = fold(n);
            [" tinh ", " tp ", " tp.", " thanh pho "]
                .iter()
                .any(|m| f.contains(m))
        });
        if found.is_none() {
            let code_level = iss
                .code
                .as_deref()
                .and_then(|c| self.lex.issuers.get(c, party))
                .map(|e| e.level);
            if party == Some(true)
                && (header.iter().flatten().any(|n| central_party(n))
                    || code_level == Some(Level::CentralParty))
            {
                found = Some(("Trung ương".into(), 0.95, "header"));
            } else if party != Some(true)
                && !local_unit
                && (header.iter().flatten().any(|n| central_state(n))
                    || code_level == Some(Level::CentralState))
            {
                found = Some(("Quốc gia".into(), 0.95, "header"));
            } else if code_level == Some(Level::CentralParty) {
                found = Some(("Trung ương".into(), 0.8, "code"));
            } else if code_level == Some(Level::CentralState) {
                found = Some(("Quốc gia".into(), 0.8, "code"));
            }
        }
        if found.is_none() {
            if let Some(place) = x.fields.place.as_deref() {
                if let Some(p) = provinces.for_place(place, after_reform) {
                    found = Some((p.name.clone(), 0.7, "place"));
                }
            }
        }
        if found.is_none() && districts_in_force {
            // `Vĩnh Bảo, ngày …`: a district's documents are dated from the district.
            if let Some(place) = x.fields.place.as_deref() {
                let units = self.lex.districts.named(place);
                if let Some(p) = self.province_of_district(&units, text) {
                    found = Some((p, 0.7, "district"));
                }
            }
        }
        if found.is_none() && x.fields.issuer.name.is_some() {
            // A grassroots body's header may name only its commune: the province is
            // the one the text names most (`huyện Lệ Thủy, tỉnh Quảng Bình`). Not
            // without an issuer (a letter whose header was lost): the provinces its text
            // names are its addressee's or its subject's, not its own.
            if let Some(p) = self.province_named_most(text) {
                found = Some((p, 0.6, "text"));
            }
        }
        if !district_provinces.is_empty() {
            // `Tân An, ngày …` (a commune) under `HUYỆN PHONG ĐIỀN`: not Long An.
            found = found.filter(|(p, _, _)| district_provinces.contains(&p.as_str()));
        }
        if let Some((name, conf, from)) = found {
            match from {
                "place" => x
                    .review_reasons
                    .push("jurisdiction inferred from the place of issue".into()),
                "district" => x
                    .review_reasons
                    .push("jurisdiction inferred from the district named as place of issue".into()),
                "text" => x
                    .review_reasons
                    .push("jurisdiction inferred from the provinces the text names".into()),
                _ => {}
            }
            x.fields.jurisdiction = Some(name);
            // The span that decided: the place of issue when it did, else the header.
            let (first, then) = match from {
                "place" | "district" => ("place", "issuer"),
                _ => ("issuer", "place"),
            };
            let sp = x.spans.get(first).or_else(|| x.spans.get(then)).copied();
            if let Some(sp) = sp {
                x.spans.insert("jurisdiction".into(), sp);
            }
            x.confidence.insert("jurisdiction".into(), conf);
        }
    }

    /// The province of a district-level unit named somewhere: the one province of all
    /// the units it can mean; for a name shared by districts of several provinces
    /// (`Châu Thành`), the one of those provinces the text names most; failing that,
    /// the one province of the units of the kind printed.
    fn province_of_district(&self, m: &DistrictMention, text: &str) -> Option<String> {
        if let Some(p) = m.province() {
            return Some(p.to_string());
        }
        if m.is_empty() {
            return None;
        }
        self.province_named_most_of(text, |p| m.units.iter().any(|d| d.province == p))
            .or_else(|| m.province_of_printed_kind().map(str::to_string))
    }

    /// The province named most often after `tỉnh`/`Tỉnh ủy`/`thành phố` in the text.
    fn province_named_most(&self, text: &str) -> Option<String> {
        self.province_named_most_of(text, |_| true)
    }

    /// [`Self::province_named_most`] among the provinces that `admit` accepts.
    fn province_named_most_of(&self, text: &str, admit: impl Fn(&str) -> bool) -> Option<String> {
        let mut counts: Vec<(String, usize)> = Vec::new();
        for m in self.re.province_mention.find_iter(text) {
            if let Some(p) = self
                .lex
                .provinces
                .find_in(m.as_str())
                .filter(|p| admit(&p.name))
            {
                match counts.iter_mut().find(|(n, _)| *n == p.name) {
                    Some(c) => c.1 += 1,
                    None => counts.push((p.name.clone(), 1)),
                }
            }
        }
        counts.sort_by_key(|c| std::cmp::Reverse(c.1));
        match counts.as_slice() {
            [(name, _)] => Some(name.clone()),
            [(name, a), (_, b), ..] if a > b => Some(name.clone()),
            _ => None,
        }
    }

    /// Status, missing-field problems, key, confidences of missing fields.
    fn finish(&self, x: &mut Extraction) {
        let f = &x.fields;
        let mut missing = Vec::new();
        if f.reference.is_none() {
            missing.push(("ref", "no number and symbol (Số …)"));
        }
        if f.date.is_none() {
            missing.push(("date", "no date of issue"));
        }
        if f.issuer.name.is_none() {
            missing.push(("issuer", "no issuing body in the header"));
        }
        if f.doc_type.is_none() {
            missing.push(("type", "no document type"));
        }
        if f.signature.name.is_none() {
            missing.push(("signature", "no signature block (signer's name)"));
        }
        for (field, msg) in &missing {
            x.problems.push(Problem::new(ProblemKind::Missing, *msg));
            x.review_reasons.push((*msg).to_string());
            x.confidence.insert((*field).to_string(), 0.0);
        }
        x.status = if missing.is_empty() {
            Status::Ok
        } else {
            Status::Partial
        };
        x.id = f.reference.as_ref().map(|r| {
            let slug = f
                .jurisdiction
                .as_deref()
                .map_or_else(|| "unknown".to_string(), slug);
            let year = f.date.as_deref().map_or("undated", |d| &d[..4]);
            format!("{slug}/{year}/{}", self.lex.key_ref(r))
        });
    }
}

impl Extraction {
    fn set(&mut self, field: &str, span: Span, confidence: f32) {
        self.spans.insert(field.to_string(), span);
        self.confidence.insert(field.to_string(), confidence);
    }
}

#[derive(Debug, Default, Clone)]
struct ParsedRef {
    number: String,
    type_code: Option<String>,
    issuer_code: Option<String>,
    cong_van: bool,
}

/// The smallest span covering all of `spans`.
fn cover(spans: &[Span]) -> Span {
    let start = spans.iter().map(|s| s.start).min().unwrap_or(0);
    let end = spans.iter().map(|s| s.end).max().unwrap_or(0);
    Span::new(start, end)
}

pub use vanban_lexicon::{iso_date, last_day, normalize_ref, slug};

impl Stage for Extractor {
    fn name(&self) -> &'static str {
        "extract"
    }

    fn run(&self, analysis: &Analysis, record: &mut Record) {
        let x = self.extract(analysis);
        record.fields = x.fields;
        record.status = x.status;
        record.id = x.id.unwrap_or_else(|| path_key(&record.path));
        record.problems.extend(x.problems);
        record.spans = x.spans;
        record.confidence = x.confidence;
        record.review_reasons.extend(x.review_reasons);
        record.review = !record.review_reasons.is_empty();
    }
}

#[cfg(test)]
mod tests;
