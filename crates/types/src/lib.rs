//! The types every vanban stage shares.
//!
//! vanban reads Vietnamese directive documents and turns each into a [`Record`]
//! (the `vanban/1` output contract, `docs/schema.md`). The stages — normalization,
//! segmentation, field extraction, task classification, citation linking — live in
//! their own crates and never depend on each other; they meet here:
//!
//! * [`Document`] is a normalized text with the [`Problem`]s met while reading it.
//!   Every offset in vanban is a byte offset into `Document::text`.
//! * [`Segment`]s cut the text into zones ([`SegmentKind`]); [`Span`]s point back
//!   into the text for sentences and for the evidence of every field.
//! * [`Analysis`] is what the segmenter hands on: the document, its segments and
//!   its sentences.
//! * [`Record`] is the output record; each stage fills its part, through the
//!   [`Stage`] trait, so that a new stage plugs in without touching the others.
//!
//! This crate depends on serde only.
//!
//! # Example
//!
//! ```
//! use vanban_types::{Record, Status};
//! let record = Record::new("seeds/002.txt");
//! assert_eq!(record.status, Status::Failed); // until a stage reads it
//! assert_eq!(record.schema, "vanban/1");
//! assert_eq!(record.id, "path/seeds/002");
//! ```
#![deny(missing_docs, rustdoc::broken_intra_doc_links)]

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The schema name written in every record.
pub const SCHEMA: &str = "vanban/1";

/// A byte range `start..end` into a document's normalized text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The text this span covers (empty if it does not lie on char boundaries).
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The zones of a directive (SCHEMA.md §1, `segments`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SegmentKind {
    /// The issuing body (and its superior) at the top left.
    Issuer,
    /// `ĐẢNG CỘNG SẢN VIỆT NAM` or the state motto (quốc hiệu, tiêu ngữ).
    Motto,
    /// `Số 275-CV/ĐUK`.
    Number,
    /// `Bến Tre, ngày 21 tháng 5 năm 2021`.
    PlaceDate,
    /// The type line (`CHỈ THỊ`, `KẾ HOẠCH`).
    Title,
    /// The trích yếu.
    Subject,
    /// The `Kính gửi` block.
    Recipients,
    /// Body text that is not an item.
    Body,
    /// One numbered or bulleted item of the body.
    Item,
    /// The closing lines of the body.
    Closing,
    /// Signing formula, title and name of the signer.
    Signature,
    /// The `Nơi nhận` list.
    Distribution,
    /// Typist and copy marks (`C-M3/CV1747/95`), bản sao blocks.
    Annotation,
    /// Anything else: decoration, page furniture, site boilerplate.
    Other,
}

impl SegmentKind {
    /// Every kind, in the order of SCHEMA.md.
    pub const ALL: [SegmentKind; 14] = [
        SegmentKind::Issuer,
        SegmentKind::Motto,
        SegmentKind::Number,
        SegmentKind::PlaceDate,
        SegmentKind::Title,
        SegmentKind::Subject,
        SegmentKind::Recipients,
        SegmentKind::Body,
        SegmentKind::Item,
        SegmentKind::Closing,
        SegmentKind::Signature,
        SegmentKind::Distribution,
        SegmentKind::Annotation,
        SegmentKind::Other,
    ];

    /// The name used in the output (`place_date`).
    pub fn as_str(self) -> &'static str {
        match self {
            SegmentKind::Issuer => "issuer",
            SegmentKind::Motto => "motto",
            SegmentKind::Number => "number",
            SegmentKind::PlaceDate => "place_date",
            SegmentKind::Title => "title",
            SegmentKind::Subject => "subject",
            SegmentKind::Recipients => "recipients",
            SegmentKind::Body => "body",
            SegmentKind::Item => "item",
            SegmentKind::Closing => "closing",
            SegmentKind::Signature => "signature",
            SegmentKind::Distribution => "distribution",
            SegmentKind::Annotation => "annotation",
            SegmentKind::Other => "other",
        }
    }
}

/// One zone of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    /// What the zone is.
    pub kind: SegmentKind,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Segment {
    /// The segment's byte range.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// What kind of problem a [`Problem`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ProblemKind {
    /// Bytes that had to be decoded other than as plain UTF-8, or could not be.
    Encoding,
    /// Text repaired on the way in (NFC, look-alike letters, spaces, line ends).
    Normalization,
    /// A mandatory element of the directive is absent or unreadable.
    Missing,
    /// A value was read from damaged text.
    Ocr,
    /// The file is not a directive, or its layout could not be read.
    Format,
    /// The file could not be read.
    Io,
    /// The file is over a configured limit.
    Limit,
}

/// A problem met with one file, in plain words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// Its kind.
    pub kind: ProblemKind,
    /// What happened, for a person.
    pub message: String,
}

impl Problem {
    /// A problem of `kind`.
    pub fn new(kind: ProblemKind, message: impl Into<String>) -> Problem {
        Problem {
            kind,
            message: message.into(),
        }
    }
}

/// A decoded, normalized document: what every stage reads.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// Path relative to the corpus root, `/`-separated.
    pub path: String,
    /// The normalized text (NFC, repaired look-alikes, `\n` line ends).
    pub text: String,
    /// Problems met while reading and normalizing.
    pub problems: Vec<Problem>,
}

/// A document cut into zones and sentences: the segmenter's output.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// The document.
    pub document: Document,
    /// Zones in text order, tiling the whole text.
    pub segments: Vec<Segment>,
    /// Sentences in text order (none crosses a zone boundary), when they were asked
    /// for: no stage reads them, and a run splits them only for `--sentences`.
    pub sentences: Option<Vec<Span>>,
}

impl Analysis {
    /// The segments of one kind.
    pub fn segments_of(&self, kind: SegmentKind) -> impl Iterator<Item = &Segment> + '_ {
        self.segments.iter().filter(move |s| s.kind == kind)
    }

    /// The document's text.
    pub fn text(&self) -> &str {
        &self.document.text
    }
}

/// The outcome of reading one file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Every mandatory element was found.
    Ok,
    /// Read, but some mandatory element is missing or unreadable.
    Partial,
    /// Not read at all.
    #[default]
    Failed,
}

/// Party or state document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum System {
    /// `ĐẢNG CỘNG SẢN VIỆT NAM`.
    Party,
    /// `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`.
    State,
}

impl Status {
    /// The name written in records (`ok`, `partial`, `failed`).
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Partial => "partial",
            Status::Failed => "failed",
        }
    }
}

impl System {
    /// The name written in records (`party`, `state`).
    pub fn as_str(self) -> &'static str {
        match self {
            System::Party => "party",
            System::State => "state",
        }
    }
}

/// A document type: `{"code": "CV", "name": "Công văn"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocType {
    /// The code used in the symbol, or null (a state công văn has none).
    pub code: Option<String>,
    /// The full Vietnamese name.
    pub name: String,
}

/// The issuing body.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Issuer {
    /// Name as printed in the header, lines joined, single-spaced.
    pub name: Option<String>,
    /// The issuer part of the symbol (`ĐUK`, `UBND`, `TTg`).
    pub code: Option<String>,
    /// The superior body printed above it.
    pub parent: Option<String>,
}

/// The signature block.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signature {
    /// The signing formula (`T/M BAN THƯỜNG VỤ`, `KT. BỘ TRƯỞNG`).
    pub authority: Option<String>,
    /// The signer's post (`PHÓ BÍ THƯ`).
    pub title: Option<String>,
    /// The signer's name.
    pub name: Option<String>,
}

/// A deadline of a task (SCHEMA.md §2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deadline {
    /// The phrase as printed.
    pub text: String,
    /// ISO date when one is stated.
    pub date: Option<String>,
    /// `day`, `week`, `month`, `quarter`, `half_year`, `year` for recurring duties.
    pub every: Option<String>,
}

/// One item of the body that asks someone to do something (SCHEMA.md §2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Task {
    /// The label as printed, without punctuation (`"II.3"`).
    pub label: String,
    /// The item's text on one line.
    pub text: String,
    /// Bodies or people told to act.
    pub assignees: Vec<String>,
    /// True when the item names no one.
    pub assignees_implicit: bool,
    /// Bodies or people the assignees are told to work with (`phối hợp với …`, `Cơ
    /// quan phối hợp: …`, a task table's column of them), as printed, in text order.
    /// Not in SCHEMA.md's first list of fields: added under its "add fields freely";
    /// records written before it read as none.
    #[serde(default)]
    pub coordinators: Vec<String>,
    /// Action categories, most specific first.
    pub actions: Vec<String>,
    /// By when.
    pub deadline: Option<Deadline>,
    /// The words that decided the categories.
    pub evidence: Vec<String>,
    /// First byte of the item.
    pub start: usize,
    /// One past the last byte of the item.
    pub end: usize,
}

/// A reference in the text to another document (SCHEMA.md §2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Citation {
    /// The citation as printed.
    pub text: String,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Normalized number and symbol, or null.
    #[serde(rename = "ref")]
    pub reference: Option<String>,
    /// Type of the cited document.
    #[serde(rename = "type")]
    pub doc_type: Option<DocType>,
    /// Its date, ISO.
    pub date: Option<String>,
    /// Its issuer as printed.
    pub issuer: Option<String>,
    /// Its jurisdiction, inferred.
    pub jurisdiction: Option<String>,
    /// `implements`, `basis`, `replaces`, `amends`, `repeals`, `responds`, `mentions`.
    pub relation: String,
    /// `id` of the cited document when it is in the corpus.
    pub target: Option<String>,
    /// The canonical key the cited document would have.
    pub target_key: String,
}

/// The catalogue fields of a record, filled by the field extractor.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Fields {
    /// Party or state.
    pub system: Option<System>,
    /// Number and symbol, normalized (`275-CV/ĐUK`).
    #[serde(rename = "ref")]
    pub reference: Option<String>,
    /// The number part, leading zeros kept.
    pub number: Option<String>,
    /// Document type.
    #[serde(rename = "type")]
    pub doc_type: Option<DocType>,
    /// Issuing body.
    pub issuer: Issuer,
    /// Province, `Trung ương` or `Quốc gia`.
    pub jurisdiction: Option<String>,
    /// Place of issue as printed.
    pub place: Option<String>,
    /// Date of issue, ISO.
    pub date: Option<String>,
    /// The trích yếu on one line.
    pub subject: Option<String>,
    /// The `Kính gửi` list.
    pub recipients: Vec<String>,
    /// The `Nơi nhận` list.
    pub distribution: Vec<String>,
    /// The signature block.
    pub signature: Signature,
    /// Typist and copy marks.
    pub annotations: Vec<String>,
}

/// One output record: a line of `documents.jsonl` (SCHEMA.md §1).
///
/// Field order here is the order in the JSON output. Fields beyond the contract
/// (`annotations`, `spans`, `sentences`) are additions the contract allows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// Always [`SCHEMA`].
    // Not read back: a record read back is of this version's schema (readers that keep
    // records across versions, like the incremental cache, check the schema first).
    #[serde(skip_deserializing, default = "schema_tag")]
    pub schema: &'static str,
    /// Path relative to the corpus root, `/`-separated.
    pub path: String,
    /// The canonical key (SCHEMA.md §3).
    pub id: String,
    /// `ok`, `partial` or `failed`.
    pub status: Status,
    /// Every problem met, in plain words.
    pub problems: Vec<Problem>,
    /// The catalogue fields.
    #[serde(flatten)]
    pub fields: Fields,
    /// The zones of the document.
    pub segments: Vec<Segment>,
    /// Sentences, when asked for (`--sentences`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentences: Option<Vec<Span>>,
    /// For each field, the span of text it was read from.
    pub spans: BTreeMap<String, Span>,
    /// For each field, how sure the extractor is, 0 to 1.
    pub confidence: BTreeMap<String, f32>,
    /// True when a person should check this record.
    pub review: bool,
    /// Why.
    pub review_reasons: Vec<String>,
    /// The tasks the directive assigns.
    pub tasks: Vec<Task>,
    /// Other documents the text refers to.
    pub citations: Vec<Citation>,
}

impl Record {
    /// An empty record for `path`, `failed` until a stage fills it.
    pub fn new(path: impl Into<String>) -> Record {
        let path = path.into();
        Record {
            schema: SCHEMA,
            id: path_key(&path),
            path,
            status: Status::Failed,
            problems: Vec::new(),
            fields: Fields::default(),
            segments: Vec::new(),
            sentences: None,
            spans: BTreeMap::new(),
            confidence: BTreeMap::new(),
            review: false,
            review_reasons: Vec::new(),
            tasks: Vec::new(),
            citations: Vec::new(),
        }
    }
}

/// The key of a document whose number could not be read: `path/<path without .txt>`.
pub fn path_key(path: &str) -> String {
    let stem = path.strip_suffix(".txt").unwrap_or(path);
    format!("path/{stem}")
}

/// A stage that adds its part to a record, given the analysed document.
///
/// The field extractor, the task classifier and the citation finder are stages;
/// the CLI runs them in order for every document, on many threads at once, so a
/// stage is built once (lexicons loaded, automata compiled) and shared.
pub trait Stage: Send + Sync {
    /// A short name, for messages and benchmarks.
    fn name(&self) -> &'static str;
    /// Fill this stage's fields of `record`. Must not panic on any input.
    fn run(&self, analysis: &Analysis, record: &mut Record);
}

/// [`SCHEMA`], for records read back.
fn schema_tag() -> &'static str {
    SCHEMA
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names the database writes without serde are the names serde writes.
    #[test]
    fn as_str_names_are_the_serialized_names() {
        for s in [Status::Ok, Status::Partial, Status::Failed] {
            let json = serde_json::to_string(&s).unwrap();
            assert_eq!(json, format!("\"{}\"", s.as_str()));
        }
        for s in [System::Party, System::State] {
            let json = serde_json::to_string(&s).unwrap();
            assert_eq!(json, format!("\"{}\"", s.as_str()));
        }
    }
}
