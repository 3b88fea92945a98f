//! The data vanban knows about Vietnamese directives: document types and their codes,
//! issuer codes, provinces and districts, signing formulas, the phrases that give a
//! citation its relation.
//!
//! The knowledge lives in tab-separated data files (`crates/lexicon/data/*.tsv`,
//! each naming its sources), not in code. [`Lexicon::builtin`] gives the files compiled
//! into the binary; [`Lexicon::load_dir`] reads a folder in which any file of the same
//! name replaces the built-in one, so an archive can add the codes of its own bodies
//! without a rebuild.
//!
//! # Overview
//!
//! * [`Lexicon`] holds the six tables: [`DocTypes`], [`Issuers`], [`Provinces`],
//!   [`Districts`], [`Signing`], [`Relations`].
//! * [`fold`] is the matching key used throughout vanban: lower case, tone and hat
//!   marks removed, `đ` → `d`. Output values keep their diacritics; only matching folds.
//!
//! # Example
//!
//! ```
//! use vanban_lexicon::{Lexicon, fold};
//! let lex = Lexicon::builtin();
//! assert_eq!(lex.doc_types.name_for_code("CT", None), Some("Chỉ thị"));
//! assert_eq!(lex.doc_types.name_for_title("QUY ĐỊNH"), Some("Quy định"));
//! let p = lex.provinces.find_in("ĐẢNG BỘ TỈNH BẾN TRE").unwrap();
//! assert_eq!(p.name, "Bến Tre");
//! assert_eq!(fold("Thừa Thiên Huế"), "thua thien hue");
//! ```
#![deny(missing_docs, rustdoc::broken_intra_doc_links)]

use std::collections::HashMap;
use std::fmt;
use std::path::Path;
use std::sync::LazyLock;

mod fold;
mod values;
pub use fold::{bare, bare_too, fold, fold_char, fold_prefix, fold_tail, CharFolder};
pub use values::{
    damaged_noi_nhan, iso_date, last_day, names_only, normalize_ref, opens_with_ve_viec, slug,
    without_place_word, ABBREVIATIONS, DATE_PATTERN,
};

/// An error loading a lexicon file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

/// What went wrong loading a lexicon.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file could not be read.
    Io {
        /// The file.
        file: String,
        /// The I/O error, as text.
        message: String,
    },
    /// A line of the file does not fit its table.
    Syntax {
        /// The file.
        file: String,
        /// Line number, from 1.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

impl Error {
    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    fn syntax(file: &str, line: usize, message: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Syntax {
                file: file.to_string(),
                line,
                message: message.into(),
            },
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Io { file, message } => {
                write!(f, "cannot read lexicon file {file}: {message}")
            }
            ErrorKind::Syntax {
                file,
                line,
                message,
            } => write!(f, "lexicon file {file}, line {line}: {message}"),
        }
    }
}

impl std::error::Error for Error {}

/// The built-in data files, by name.
pub const BUILTIN_FILES: [(&str, &str); 6] = [
    ("districts.tsv", include_str!("../data/districts.tsv")),
    ("doc_types.tsv", include_str!("../data/doc_types.tsv")),
    ("issuers.tsv", include_str!("../data/issuers.tsv")),
    ("provinces.tsv", include_str!("../data/provinces.tsv")),
    ("relations.tsv", include_str!("../data/relations.tsv")),
    ("signing.tsv", include_str!("../data/signing.tsv")),
];

/// All the tables.
#[derive(Debug, Clone)]
pub struct Lexicon {
    /// Document types.
    pub doc_types: DocTypes,
    /// Issuer codes.
    pub issuers: Issuers,
    /// Provinces.
    pub provinces: Provinces,
    /// District-level units and their provinces.
    pub districts: Districts,
    /// Signing formulas and posts.
    pub signing: Signing,
    /// The phrases that govern a citation and the relation each gives it.
    pub relations: Relations,
}

static BUILTIN: LazyLock<Lexicon> = LazyLock::new(|| {
    // The built-in files are checked by this crate's tests, so this cannot fail in a
    // released binary; should it, the message names the file and line.
    Lexicon::from_sources(|name| Ok(builtin_file(name).to_string()))
        .expect("built-in lexicon is valid")
});

fn builtin_file(name: &str) -> &'static str {
    BUILTIN_FILES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| *t)
        .unwrap_or("")
}

impl Lexicon {
    /// The lexicon compiled into the binary.
    pub fn builtin() -> &'static Lexicon {
        &BUILTIN
    }

    /// `r` with each code printed in capitals that the lexicon spells with a lower-case
    /// letter spelled so (`27/CT-TTG` → `27/CT-TTg`, `12/CTR-UBND` → `12/CTr-UBND`), as a
    /// title in capitals prints a symbol: the same document's ref in running text is
    /// then the same ref. A part the lexicon also spells exactly as printed stays.
    pub fn cased_ref<'a>(&self, r: &'a str) -> std::borrow::Cow<'a, str> {
        use std::borrow::Cow;
        let spelled = |part: &str| -> Option<&str> {
            if part.is_empty()
                || !part.chars().any(char::is_alphabetic)
                || part.chars().any(char::is_lowercase)
            {
                return None;
            }
            let key = code_key(part);
            let issuers = self.issuers.by_code.get(&key).into_iter().flatten();
            let issuer_codes = issuers.map(|&i| self.issuers.entries[i].code.as_str());
            let types = self.doc_types.by_code.get(&key).into_iter().flatten();
            let type_codes = types.filter_map(|&i| self.doc_types.entries[i].code.as_deref());
            let mut codes = issuer_codes.chain(type_codes);
            let mut other = None;
            for c in codes.by_ref() {
                if c == part {
                    return None;
                }
                other = other.or(Some(c));
            }
            other
        };
        if !r.contains(|c: char| c.is_ascii_uppercase()) {
            return Cow::Borrowed(r);
        }
        match with_codes_replaced(r, spelled) {
            Some(out) => Cow::Owned(out),
            None => Cow::Borrowed(r),
        }
    }

    /// `r` as it goes into a canonical key: its type code as [`DocTypes::key_ref`]
    /// gives it, and each issuer code typed without the stroke of its `Đ` with it
    /// (`2171/QD-BGDDT` → `2171/QĐ-BGDĐT`, `27-CV/DU` → `27-CV/ĐU`), so that a document
    /// typed without diacritics and the citations of it typed with them share one key.
    /// Only whole parts between `-` and `/` that the issuer lexicon knows change.
    pub fn key_ref<'a>(&self, r: &'a str) -> std::borrow::Cow<'a, str> {
        use std::borrow::Cow;
        let typed = self.doc_types.key_ref(r);
        if !r.starts_with(|c: char| c.is_ascii_digit()) || !typed.contains(['D', 'd']) {
            return typed;
        }
        match with_codes_replaced(&typed, |code| self.issuers.stroked(code)) {
            Some(out) => Cow::Owned(out),
            None => typed,
        }
    }

    /// The built-in lexicon with any file of the same name found in `dir` used instead.
    pub fn load_dir(dir: &Path) -> Result<Lexicon, Error> {
        Lexicon::from_sources(|name| {
            let path = dir.join(name);
            if path.exists() {
                std::fs::read_to_string(&path).map_err(|e| Error {
                    kind: ErrorKind::Io {
                        file: path.display().to_string(),
                        message: e.to_string(),
                    },
                })
            } else {
                Ok(builtin_file(name).to_string())
            }
        })
    }

    fn from_sources(mut read: impl FnMut(&str) -> Result<String, Error>) -> Result<Lexicon, Error> {
        let provinces = Provinces::parse(&read("provinces.tsv")?)?;
        Ok(Lexicon {
            doc_types: DocTypes::parse(&read("doc_types.tsv")?)?,
            issuers: Issuers::parse(&read("issuers.tsv")?)?,
            districts: Districts::parse(&read("districts.tsv")?, &provinces)?,
            provinces,
            signing: Signing::parse(&read("signing.tsv")?)?,
            relations: Relations::parse(&read("relations.tsv")?)?,
        })
    }
}

/// `r` with each part after its number (between `-` and `/`) that `code_for` maps
/// replaced by what it maps to, or `None` when no part changed.
fn with_codes_replaced<'c>(r: &str, code_for: impl Fn(&str) -> Option<&'c str>) -> Option<String> {
    let mut out = String::with_capacity(r.len() + 4);
    let mut changed = false;
    for (k, part) in r.split_inclusive(['-', '/']).enumerate() {
        let code = part.trim_end_matches(['-', '/']);
        match code_for(code).filter(|_| k > 0) {
            Some(replaced) => {
                changed = true;
                out.push_str(replaced);
                out.push_str(&part[code.len()..]);
            }
            None => out.push_str(part),
        }
    }
    changed.then_some(out)
}

/// Rows of a TSV file: (line number, cells), header and comments skipped, after
/// checking the header names `columns`.
fn rows<'t>(
    file: &str,
    text: &'t str,
    columns: &[&str],
) -> Result<Vec<(usize, Vec<&'t str>)>, Error> {
    let mut out = Vec::new();
    let mut header_seen = false;
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
        if !header_seen {
            if cells.len() < columns.len() || cells[..columns.len()] != *columns {
                return Err(Error::syntax(
                    file,
                    n,
                    format!("the header must be {}", columns.join(" ")),
                ));
            }
            header_seen = true;
            continue;
        }
        if cells.len() > columns.len() {
            return Err(Error::syntax(
                file,
                n,
                format!("{} cells, the table has {}", cells.len(), columns.len()),
            ));
        }
        let mut cells = cells;
        cells.resize(columns.len(), "");
        if cells[0].is_empty() {
            return Err(Error::syntax(file, n, "the first cell is empty"));
        }
        out.push((n, cells));
    }
    if !header_seen {
        return Err(Error::syntax(file, 1, "no header line"));
    }
    Ok(out)
}

/// Party, state, or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SystemScope {
    /// Party documents only.
    Party,
    /// State documents only.
    State,
    /// Both.
    Any,
}

impl SystemScope {
    fn parse(file: &str, line: usize, s: &str) -> Result<SystemScope, Error> {
        match s {
            "party" => Ok(SystemScope::Party),
            "state" => Ok(SystemScope::State),
            "any" => Ok(SystemScope::Any),
            _ => Err(Error::syntax(
                file,
                line,
                format!("system must be party, state or any, not {s:?}"),
            )),
        }
    }

    /// Whether this scope admits a document of the given system (`None`: unknown).
    pub fn admits(self, party: Option<bool>) -> bool {
        match (self, party) {
            (SystemScope::Any, _) | (_, None) => true,
            (SystemScope::Party, Some(p)) => p,
            (SystemScope::State, Some(p)) => !p,
        }
    }
}

/// One document type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocTypeEntry {
    /// Code in the symbol, `None` for types without one.
    pub code: Option<String>,
    /// Full name, sentence case.
    pub name: String,
    /// Which system uses it.
    pub system: SystemScope,
    /// Example refs with this code.
    pub examples: Vec<String>,
}

/// Document types (`doc_types.tsv`).
#[derive(Debug, Clone)]
pub struct DocTypes {
    entries: Vec<DocTypeEntry>,
    by_code: HashMap<String, Vec<usize>>,
    by_folded_name: HashMap<String, usize>,
    /// A code typed without the stroke of its `Đ` (upper case) → the code as spelled.
    stroked: HashMap<String, String>,
}

impl DocTypes {
    fn parse(text: &str) -> Result<DocTypes, Error> {
        const FILE: &str = "doc_types.tsv";
        let mut entries = Vec::new();
        for (line, c) in rows(FILE, text, &["code", "name", "system", "examples"])? {
            if c[1].is_empty() {
                return Err(Error::syntax(FILE, line, "empty name"));
            }
            entries.push(DocTypeEntry {
                code: (c[0] != "-").then(|| c[0].to_string()),
                name: c[1].to_string(),
                system: SystemScope::parse(FILE, line, c[2])?,
                examples: c[3]
                    .split('|')
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect(),
            });
        }
        let mut by_code: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_folded_name = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            if let Some(code) = &e.code {
                by_code.entry(code_key(code)).or_default().push(i);
            }
            by_folded_name.entry(fold(&e.name)).or_insert(i);
        }
        // `QD`, `CD`, `ND` typed without the stroke of `Đ` stand for `QĐ`, `CĐ`, `NĐ`,
        // unless they are codes of their own (`HD` is Hướng dẫn, `HĐ` another type).
        let mut stroked = HashMap::new();
        for (key, idx) in &by_code {
            let plain = key.replace('Đ', "D");
            if plain != *key && !by_code.contains_key(&plain) {
                if let Some(code) = idx.first().and_then(|&i| entries[i].code.clone()) {
                    stroked.insert(plain, code);
                }
            }
        }
        Ok(DocTypes {
            entries,
            by_code,
            by_folded_name,
            stroked,
        })
    }

    /// Every entry, in file order.
    pub fn entries(&self) -> &[DocTypeEntry] {
        &self.entries
    }

    /// The entry for a code as printed (`CT`, `Ctr`, `QĐi`, `QD` for `QĐ`), for a party
    /// (`Some(true)`), state (`Some(false)`) or unknown document. Case is ignored except
    /// where two codes differ only by case; `D` stands for `Đ` where no code of its own
    /// is spelled with it.
    pub fn for_code(&self, code: &str, party: Option<bool>) -> Option<&DocTypeEntry> {
        let idx = self.entries_of(code)?;
        // Exact case first (QĐi vs QĐI are the same; QyĐ is unique), then the system.
        let pick = |exact: bool| {
            idx.iter()
                .map(|&i| &self.entries[i])
                .find(|e| (!exact || e.code.as_deref() == Some(code)) && e.system.admits(party))
        };
        pick(true)
            .or_else(|| pick(false))
            .or_else(|| idx.first().map(|&i| &self.entries[i]))
    }

    /// `r` as it goes into a canonical key: its type code spelled with the `Đ` it was
    /// typed without (`12/QD-UBND` → `12/QĐ-UBND`, `5-QDi/TU` → `5-QĐi/TU`), so that a
    /// document typed without diacritics and the citations of it typed with them share
    /// one key. Only the type code's place is read (after the number, and the year of a
    /// state symbol); any other ref comes back as it is.
    pub fn key_ref<'a>(&self, r: &'a str) -> std::borrow::Cow<'a, str> {
        use std::borrow::Cow;
        let b = r.as_bytes();
        let mut at = b.iter().take_while(|c| c.is_ascii_digit()).count();
        if at == 0 {
            return Cow::Borrowed(r);
        }
        // An OCR'd or printed suffix letter (`12a`) stays with the number.
        if b.get(at).is_some_and(u8::is_ascii_alphabetic) {
            at += 1;
        }
        if !matches!(b.get(at), Some(b'-' | b'/')) {
            return Cow::Borrowed(r);
        }
        at += 1;
        if b.len() > at + 4 && b[at..at + 4].iter().all(u8::is_ascii_digit) && b[at + 4] == b'/' {
            at += 5;
        }
        let end = r[at..].find(['-', '/']).map_or(r.len(), |k| at + k);
        match self.stroked.get(&code_key(&r[at..end])) {
            Some(code) => Cow::Owned(format!("{}{code}{}", &r[..at], &r[end..])),
            None => Cow::Borrowed(r),
        }
    }

    /// The canonical spelling of a code (`Ctr` → `CTr`), or `None` when unknown.
    pub fn canonical_code(&self, code: &str) -> Option<&str> {
        self.for_code(code, None).and_then(|e| e.code.as_deref())
    }

    /// The type name for a code.
    pub fn name_for_code(&self, code: &str, party: Option<bool>) -> Option<&str> {
        self.for_code(code, party).map(|e| e.name.as_str())
    }

    /// Whether `code` is a known type code.
    pub fn is_code(&self, code: &str) -> bool {
        self.entries_of(code).is_some()
    }

    /// The entries of a code as printed, also when typed without the stroke of its `Đ`.
    fn entries_of(&self, code: &str) -> Option<&Vec<usize>> {
        let key = code_key(code);
        self.by_code.get(&key).or_else(|| {
            let stroked = self.stroked.get(&key)?;
            self.by_code.get(&code_key(stroked))
        })
    }

    /// The type name for a type line of the header (`CHỈ THỊ`, `Quy định`), ignoring
    /// case and diacritics.
    pub fn name_for_title(&self, title: &str) -> Option<&str> {
        self.by_folded_name
            .get(&fold(title.trim()))
            .map(|&i| self.entries[i].name.as_str())
    }

    /// The type name a type line begins with, ignoring case and diacritics: the longest
    /// name the line is or starts with as whole words (`CHƯƠNG TRÌNH HÀNH ĐỘNG` →
    /// `Chương trình hành động`, `NGHỊ QUYẾT CỦA BAN CHẤP HÀNH` → `Nghị quyết`).
    pub fn name_beginning(&self, title: &str) -> Option<&str> {
        let f = fold(title);
        let ends: Vec<usize> = f
            .match_indices(' ')
            .map(|(i, _)| i)
            .chain(std::iter::once(f.len()))
            .collect();
        ends.into_iter()
            .rev()
            .find_map(|end| self.by_folded_name.get(&f[..end]))
            .map(|&i| self.entries[i].name.as_str())
    }

    /// The names of all types, for building matchers.
    pub fn names(&self) -> impl Iterator<Item = &str> + '_ {
        let mut seen = std::collections::HashSet::new();
        self.entries
            .iter()
            .map(|e| e.name.as_str())
            .filter(move |n| seen.insert(*n))
    }
}

/// Case-insensitive key of a code: `QĐi`, `QĐI` and `qđi` share one key.
fn code_key(code: &str) -> String {
    code.chars().flat_map(char::to_uppercase).collect()
}

/// The level of an issuing body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Level {
    /// Central party bodies: jurisdiction `Trung ương`.
    CentralParty,
    /// Central state bodies: jurisdiction `Quốc gia`.
    CentralState,
    /// Provincial bodies.
    Province,
    /// District bodies.
    District,
    /// Grassroots bodies.
    Grassroots,
}

/// One issuer code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuerEntry {
    /// The code.
    pub code: String,
    /// The body it names.
    pub name: String,
    /// Its level.
    pub level: Level,
}

/// Issuer codes (`issuers.tsv`).
#[derive(Debug, Clone)]
pub struct Issuers {
    entries: Vec<IssuerEntry>,
    /// Code in capitals → entries, in file order (a lookup per citation and header:
    /// scanning every entry, each code upper-cased anew, was 1.4% of a run).
    by_code: HashMap<String, Vec<usize>>,
    /// A code with `Đ` typed without its stroke, in capitals → the code (`BGDDT` →
    /// `BGDĐT`, `DU` → `ĐU`), unless that spelling is a code of its own.
    stroked: HashMap<String, String>,
}

impl Issuers {
    fn parse(text: &str) -> Result<Issuers, Error> {
        const FILE: &str = "issuers.tsv";
        let mut entries = Vec::new();
        for (line, c) in rows(FILE, text, &["code", "name", "level"])? {
            let level = match c[2] {
                "central-party" => Level::CentralParty,
                "central-state" => Level::CentralState,
                "province" => Level::Province,
                "district" => Level::District,
                "grassroots" => Level::Grassroots,
                other => {
                    return Err(Error::syntax(
                        FILE,
                        line,
                        format!("unknown level {other:?}"),
                    ))
                }
            };
            entries.push(IssuerEntry {
                code: c[0].to_string(),
                name: c[1].to_string(),
                level,
            });
        }
        let mut by_code: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            by_code.entry(code_key(&e.code)).or_default().push(i);
        }
        let stroked = entries
            .iter()
            .map(|e| (code_key(&e.code).replace('Đ', "D"), e.code.clone()))
            .filter(|(plain, code)| plain != code && !by_code.contains_key(plain))
            .collect();
        Ok(Issuers {
            entries,
            by_code,
            stroked,
        })
    }

    /// The code `part` of a symbol stands for when typed without the stroke of its `Đ`
    /// (`BGDDT` → `BGDĐT`), or `None`.
    pub fn stroked(&self, part: &str) -> Option<&str> {
        self.stroked.get(&code_key(part)).map(String::as_str)
    }

    /// Every entry, in file order.
    pub fn entries(&self) -> &[IssuerEntry] {
        &self.entries
    }

    /// The entry for an issuer code as printed (the first part of a joint code counts:
    /// `BNV-VPCP` → `BNV`). `party` picks between codes both systems use (`BCT`).
    pub fn get(&self, code: &str, party: Option<bool>) -> Option<&IssuerEntry> {
        let head = code.split('-').next().unwrap_or(code);
        let mut found = self
            .by_code
            .get(&code_key(head))?
            .iter()
            .map(|&i| &self.entries[i]);
        let first = found.next()?;
        let wanted = |e: &IssuerEntry| match party {
            Some(true) => e.level != Level::CentralState,
            Some(false) => e.level != Level::CentralParty,
            None => true,
        };
        if wanted(first) {
            Some(first)
        } else {
            found.find(|e| wanted(e)).or(Some(first))
        }
    }
}

/// When a province was in force.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// Before and after 1 July 2025.
    Both,
    /// Until 30 June 2025.
    Until2025,
    /// From 1 July 2025.
    From2025,
}

/// One province or centrally run city.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Province {
    /// The name used as `jurisdiction`.
    pub name: String,
    /// `true` for a centrally run city.
    pub city: bool,
    /// When it existed.
    pub period: Period,
    /// Other spellings.
    pub aliases: Vec<String>,
    /// Towns used as place of issue.
    pub places: Vec<String>,
}

/// Provinces (`provinces.tsv`).
#[derive(Debug, Clone)]
pub struct Provinces {
    entries: Vec<Province>,
    /// Folded names and aliases (as words) with their entry, by their first word,
    /// longest first for matching: a position in a text is compared only with the
    /// names that start with its word (a scan of every name at every word was 1.3% of
    /// a run).
    names: HashMap<String, Vec<(Vec<String>, usize)>>,
    /// Folded place → entries.
    places: HashMap<String, Vec<usize>>,
}

impl Provinces {
    fn parse(text: &str) -> Result<Provinces, Error> {
        const FILE: &str = "provinces.tsv";
        let mut entries = Vec::new();
        for (line, c) in rows(FILE, text, &["name", "kind", "period", "aliases", "places"])? {
            let city = match c[1] {
                "tinh" => false,
                "thanh-pho" => true,
                other => {
                    return Err(Error::syntax(
                        FILE,
                        line,
                        format!("kind must be tinh or thanh-pho, not {other:?}"),
                    ))
                }
            };
            let period = match c[2] {
                "both" => Period::Both,
                "until-2025" => Period::Until2025,
                "from-2025" => Period::From2025,
                other => {
                    return Err(Error::syntax(
                        FILE,
                        line,
                        format!("unknown period {other:?}"),
                    ))
                }
            };
            let list = |s: &str| {
                s.split('|')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect()
            };
            entries.push(Province {
                name: c[0].to_string(),
                city,
                period,
                aliases: list(c[3]),
                places: list(c[4]),
            });
        }
        let mut names = Vec::new();
        let mut places: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, p) in entries.iter().enumerate() {
            for n in std::iter::once(&p.name).chain(&p.aliases) {
                names.push((words(n), i));
            }
            for pl in std::iter::once(&p.name).chain(&p.places) {
                places.entry(fold(pl)).or_default().push(i);
            }
        }
        // Longest names first, so that `Thừa Thiên Huế` wins over `Huế`.
        names.sort_by(|a: &(Vec<String>, usize), b| b.0.len().cmp(&a.0.len()).then(a.1.cmp(&b.1)));
        let mut by_first_word: HashMap<String, Vec<(Vec<String>, usize)>> = HashMap::new();
        for (words, i) in names {
            if let Some(first) = words.first() {
                by_first_word
                    .entry(first.clone())
                    .or_default()
                    .push((words, i));
            }
        }
        let names = by_first_word;
        Ok(Provinces {
            entries,
            names,
            places,
        })
    }

    /// Every entry, in file order.
    pub fn entries(&self) -> &[Province] {
        &self.entries
    }

    /// The province whose name (or alias) occurs in `text` as whole words, leftmost
    /// first, the longest name at a position. `ĐẢNG BỘ TỈNH BẾN TRE` → Bến Tre.
    pub fn find_in(&self, text: &str) -> Option<&Province> {
        let toks = words(text);
        (0..toks.len()).find_map(|start| self.named_at(&toks, start))
    }

    /// The province whose name (the longest first) starts at word `start` of `toks`.
    fn named_at(&self, toks: &[String], start: usize) -> Option<&Province> {
        self.names
            .get(toks.get(start)?)?
            .iter()
            .find(|(name, _)| toks[start..].starts_with(name))
            .map(|(_, i)| &self.entries[*i])
    }

    /// The province named in `text` as a province: right after `tỉnh`, `thành phố`,
    /// `TP.`, `Tỉnh ủy` or `Thành ủy` (`ĐẢNG BỘ TỈNH QUẢNG BÌNH` → Quảng Bình). A bare
    /// name is not enough here: districts share names with provinces (`HUYỆN ỦY QUẢNG
    /// NINH` is a district of Quảng Bình), so a header line that names the province as
    /// one outranks a line that only contains a province's name.
    pub fn find_marked_in(&self, text: &str) -> Option<&Province> {
        let toks = words(text);
        let marked = |start: usize| {
            let before = |k: usize| start.checked_sub(k).map(|i| toks[i].as_str());
            matches!(before(1), Some("tinh" | "pho" | "tp"))
                || (before(1) == Some("uy") && matches!(before(2), Some("tinh" | "thanh")))
        };
        (0..toks.len())
            .filter(|&start| marked(start))
            .find_map(|start| self.named_at(&toks, start))
    }

    /// The province of a place of issue (`Hạ Long` → Quảng Ninh). `year` picks between
    /// the provinces before and after 1 July 2025 where a town changed province; it is
    /// `None` when unknown.
    pub fn for_place(&self, place: &str, after_2025_merger: Option<bool>) -> Option<&Province> {
        let mut key = fold(place);
        for prefix in ["thanh pho ", "tp. ", "tp ", "tp.", "thi xa ", "tinh "] {
            if let Some(rest) = key.strip_prefix(prefix) {
                key = rest.trim().to_string();
                break;
            }
        }
        let idx = self.places.get(&key)?;
        let in_force = |p: &Province| match (p.period, after_2025_merger) {
            (_, None) | (Period::Both, _) => true,
            (Period::Until2025, Some(after)) => !after,
            (Period::From2025, Some(after)) => after,
        };
        // A province's own name first, then a town listed for it.
        let own = idx
            .iter()
            .map(|&i| &self.entries[i])
            .find(|p| fold(&p.name) == key && in_force(p));
        own.or_else(|| idx.iter().map(|&i| &self.entries[i]).find(|p| in_force(p)))
    }
}

/// The kind of a district-level unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DistrictKind {
    /// `quận`, an urban district of a centrally run city.
    Quan,
    /// `huyện`, a rural district.
    Huyen,
    /// `thị xã`, a town.
    ThiXa,
    /// `thành phố` under a province (or Thủ Đức under Hồ Chí Minh).
    ThanhPho,
}

impl DistrictKind {
    /// Rural to urban: a unit's kind only ever rises.
    fn rank(self) -> u8 {
        match self {
            DistrictKind::Huyen => 0,
            DistrictKind::ThiXa => 1,
            DistrictKind::ThanhPho | DistrictKind::Quan => 2,
        }
    }
}

/// One district-level unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct District {
    /// The name without its kind word (`Vĩnh Bảo`, `1` for `Quận 1`).
    pub name: String,
    /// Its kind.
    pub kind: DistrictKind,
    /// The province it belongs to, a name of `provinces.tsv`.
    pub province: String,
    /// The statistics office's code.
    pub code: String,
}

/// District-level units (`districts.tsv`): the quận, huyện, thị xã and thành phố that a
/// commune's or a district's header names, and whose province it does not.
///
/// Names repeat across provinces (`Châu Thành` is a district of ten), so lookups return
/// every unit of the name and leave the choice to the caller.
#[derive(Debug, Clone)]
pub struct Districts {
    entries: Vec<District>,
    /// First folded word of a name → the names that start with it, longest first.
    by_first_word: HashMap<String, Vec<DistrictName>>,
}

/// A district name and every unit that bears it.
#[derive(Debug, Clone)]
struct DistrictName {
    /// The folded words of the name.
    words: Vec<String>,
    /// Indices of the units of that name.
    units: Vec<usize>,
}

impl Districts {
    fn parse(text: &str, provinces: &Provinces) -> Result<Districts, Error> {
        const FILE: &str = "districts.tsv";
        let mut entries = Vec::new();
        for (line, c) in rows(FILE, text, &["name", "kind", "province", "code"])? {
            let kind = match c[1] {
                "quan" => DistrictKind::Quan,
                "huyen" => DistrictKind::Huyen,
                "thi-xa" => DistrictKind::ThiXa,
                "thanh-pho" => DistrictKind::ThanhPho,
                other => {
                    return Err(Error::syntax(
                        FILE,
                        line,
                        format!("kind must be quan, huyen, thi-xa or thanh-pho, not {other:?}"),
                    ))
                }
            };
            // A province spelled otherwise than in provinces.tsv would give records a
            // jurisdiction that no other record shares.
            if !provinces.entries().iter().any(|p| p.name == c[2]) {
                return Err(Error::syntax(
                    FILE,
                    line,
                    format!("{:?} is not a province of provinces.tsv", c[2]),
                ));
            }
            entries.push(District {
                name: c[0].to_string(),
                kind,
                province: c[2].to_string(),
                code: c[3].to_string(),
            });
        }
        let mut by_name: HashMap<Vec<String>, Vec<usize>> = HashMap::new();
        for (i, d) in entries.iter().enumerate() {
            by_name.entry(words(&d.name)).or_default().push(i);
        }
        let mut by_first_word: HashMap<String, Vec<DistrictName>> = HashMap::new();
        for (words, units) in by_name {
            if let Some(first) = words.first() {
                by_first_word
                    .entry(first.clone())
                    .or_default()
                    .push(DistrictName { words, units });
            }
        }
        for names in by_first_word.values_mut() {
            // Longest first, so that `Hoàng Su Phì` is not read as a shorter name.
            names.sort_by(|a, b| {
                b.words
                    .len()
                    .cmp(&a.words.len())
                    .then(a.words.cmp(&b.words))
            });
        }
        Ok(Districts {
            entries,
            by_first_word,
        })
    }

    /// Every entry, in file order.
    pub fn entries(&self) -> &[District] {
        &self.entries
    }

    /// The units whose name starts at word `start` of `toks` (the longest name there),
    /// with the number of words it takes.
    fn named_at(&self, toks: &[String], start: usize) -> Option<(&[usize], usize)> {
        self.by_first_word
            .get(toks.get(start)?)?
            .iter()
            .find(|n| toks[start..].starts_with(&n.words))
            .map(|n| (n.units.as_slice(), n.words.len()))
    }

    /// The units named in `text` as a district, the first such name: after `huyện`,
    /// `quận`, `thị xã`, `thành phố`, `TP` or a district party committee (`Huyện ủy`,
    /// `Quận ủy`, `Thị ủy`, `Thành ủy`). `ĐẢNG BỘ HUYỆN VĨNH BẢO` → Vĩnh Bảo (Hải
    /// Phòng). Of the units of the name, those the kind word can mean (see
    /// [`Districts::named`]: `thị xã Kỳ Anh`, not the huyện); empty when none is named.
    pub fn find_marked_in(&self, text: &str) -> DistrictMention<'_> {
        let toks = words(text);
        let tok = |i: Option<usize>| i.and_then(|i| toks.get(i)).map(String::as_str);
        for start in 1..toks.len() {
            let (b1, b2) = (tok(start.checked_sub(1)), tok(start.checked_sub(2)));
            let kind = match (b2, b1) {
                (Some("thi"), Some("xa" | "uy")) => Some(DistrictKind::ThiXa),
                (Some("thanh"), Some("pho" | "uy")) => Some(DistrictKind::ThanhPho),
                (_, Some("tp")) => Some(DistrictKind::ThanhPho),
                (Some("huyen"), Some("uy")) | (_, Some("huyen")) => Some(DistrictKind::Huyen),
                // `cơ quan` is an office, not a quận.
                (Some("co"), Some("quan")) => None,
                (Some("quan"), Some("uy")) | (_, Some("quan")) => Some(DistrictKind::Quan),
                _ => None,
            };
            let Some(kind) = kind else { continue };
            if let Some((units, _)) = self.named_at(&toks, start) {
                return self.mention(units, Some(kind));
            }
        }
        self.mention(&[], None)
    }

    /// The units among `units` that a document calling it `kind` can mean. Units are
    /// raised over the years (huyện → thị xã → thành phố or quận), never lowered, and
    /// the table has each unit's last kind: a `huyện Phong Điền` of 2011 may be today's
    /// thị xã, but a `thị xã Sơn Tây` is not the huyện Sơn Tây of Quảng Ngãi. When no
    /// unit fits, all of them (a misprinted kind word).
    fn mention(&self, units: &[usize], kind: Option<DistrictKind>) -> DistrictMention<'_> {
        let all = units.iter().map(|&i| &self.entries[i]);
        let fits: Vec<&District> = all
            .clone()
            .filter(|d| kind.is_none_or(|k| d.kind.rank() >= k.rank()))
            .collect();
        DistrictMention {
            kind,
            units: if fits.is_empty() { all.collect() } else { fits },
        }
    }

    /// The units whose name is `place` exactly (a place of issue: `Vĩnh Bảo, ngày …`),
    /// its kind word allowed and heeded (`Thị xã Sơn Tây` is Hà Nội's, not the huyện
    /// Sơn Tây of Quảng Ngãi).
    pub fn named(&self, place: &str) -> DistrictMention<'_> {
        let toks = words(place);
        let (skip, kind) = match toks.first().map(String::as_str) {
            Some("huyen") => (1, Some(DistrictKind::Huyen)),
            Some("quan") => (1, Some(DistrictKind::Quan)),
            Some("tp") => (1, Some(DistrictKind::ThanhPho)),
            Some("thi") if tok_is(&toks, 1, "xa") => (2, Some(DistrictKind::ThiXa)),
            Some("thanh") if tok_is(&toks, 1, "pho") => (2, Some(DistrictKind::ThanhPho)),
            _ => (0, None),
        };
        match self.named_at(&toks, skip) {
            Some((units, len)) if skip + len == toks.len() => self.mention(units, kind),
            _ => self.mention(&[], None),
        }
    }
}

/// A district named in a text: the kind word as printed, and the units it can mean.
#[derive(Debug, Clone)]
pub struct DistrictMention<'a> {
    /// The kind word before the name (`huyện`, `Thị ủy` → thị xã), if any.
    pub kind: Option<DistrictKind>,
    /// The units of that name the kind word can mean; empty when no district is named.
    pub units: Vec<&'a District>,
}

impl DistrictMention<'_> {
    /// Whether no district is named.
    pub fn is_empty(&self) -> bool {
        self.units.is_empty()
    }

    /// The province of every unit meant, if they share one.
    pub fn province(&self) -> Option<&str> {
        let first = self.units.first()?;
        self.units
            .iter()
            .all(|u| u.province == first.province)
            .then_some(first.province.as_str())
    }

    /// The province of the units whose kind is the printed one, if they share one: the
    /// best guess when the name alone is ambiguous (a `huyện Tân Châu` is more likely
    /// Tây Ninh's huyện than An Giang's thị xã, which was a huyện until 2009).
    pub fn province_of_printed_kind(&self) -> Option<&str> {
        let mut same = self.units.iter().filter(|u| Some(u.kind) == self.kind);
        let first = same.next()?;
        same.all(|u| u.province == first.province)
            .then_some(first.province.as_str())
    }
}

fn tok_is(toks: &[String], i: usize, w: &str) -> bool {
    toks.get(i).is_some_and(|t| t == w)
}

/// Whether an ISO date (`YYYY-MM-DD`) falls on or after 1 July 2025, when 63 provinces
/// became 34 (NQ 202/2025/QH15) and the district level ended; `None` for an unknown
/// date. Provinces ([`Provinces::for_place`]) and districts are read by it.
pub fn after_2025_reform(date: Option<&str>) -> Option<bool> {
    date.map(|d| d >= "2025-07-01")
}

/// Folded words of a text, punctuation dropped (`-` kept apart as a word separator).
fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The relations a citation can have (SCHEMA.md, `citations[].relation`): what the
/// phrase governing it says the citing document does with the cited one.
pub const RELATION_NAMES: [&str; 7] = [
    "implements",
    "basis",
    "replaces",
    "amends",
    "repeals",
    "responds",
    "mentions",
];

/// The phrases that govern a citation (`căn cứ`, `thực hiện`, `thay thế` …) and the
/// relation each gives it (`relations.tsv`). The citation finder matches them folded,
/// as whole words, the longest at a position winning; the nearest before a citation in
/// its sentence decides.
#[derive(Debug, Clone)]
pub struct Relations {
    entries: Vec<(String, &'static str)>,
}

impl Relations {
    fn parse(text: &str) -> Result<Relations, Error> {
        const FILE: &str = "relations.tsv";
        let mut entries: Vec<(String, &'static str)> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (line, c) in rows(FILE, text, &["phrase", "relation"])? {
            let Some(relation) = RELATION_NAMES.iter().find(|r| **r == c[1]) else {
                return Err(Error::syntax(
                    FILE,
                    line,
                    format!(
                        "relation must be one of {}, not {:?}",
                        RELATION_NAMES.join(", "),
                        c[1]
                    ),
                ));
            };
            if !seen.insert(fold(c[0])) {
                return Err(Error::syntax(
                    FILE,
                    line,
                    format!("the phrase {:?} is listed twice", c[0]),
                ));
            }
            entries.push((c[0].to_string(), relation));
        }
        Ok(Relations { entries })
    }

    /// Each phrase as written in the file, with its relation, in file order.
    pub fn entries(&self) -> &[(String, &'static str)] {
        &self.entries
    }
}

/// Signing formulas and posts (`signing.tsv`).
#[derive(Debug, Clone)]
pub struct Signing {
    /// Prefixes that open a signing formula (`T/M`, `KT.`), longest first.
    pub authorities: Vec<String>,
    /// Signers' posts (`PHÓ BÍ THƯ`), longest first.
    pub titles: Vec<String>,
    /// The posts folded (`pho bi thu`), in the order of `titles`, by their first byte:
    /// folded once here, not at every line a signature block is read from, and a line
    /// compared only with the posts that start like it.
    titles_folded: Vec<Vec<String>>,
    /// Bytes of the longest folded post.
    longest_folded: usize,
}

impl Signing {
    fn parse(text: &str) -> Result<Signing, Error> {
        const FILE: &str = "signing.tsv";
        let mut authorities = Vec::new();
        let mut titles = Vec::new();
        for (line, c) in rows(FILE, text, &["kind", "text", "system"])? {
            SystemScope::parse(FILE, line, c[2])?;
            if c[1].is_empty() {
                return Err(Error::syntax(FILE, line, "empty text"));
            }
            match c[0] {
                "authority" => authorities.push(c[1].to_string()),
                "title" => titles.push(c[1].to_string()),
                other => {
                    return Err(Error::syntax(
                        FILE,
                        line,
                        format!("kind must be authority or title, not {other:?}"),
                    ))
                }
            }
        }
        authorities.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        titles.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        let mut titles_folded: Vec<Vec<String>> = vec![Vec::new(); 256];
        let mut longest_folded = 0;
        for t in &titles {
            let f = fold(t);
            longest_folded = longest_folded.max(f.len());
            if let Some(&lead) = f.as_bytes().first() {
                titles_folded[usize::from(lead)].push(f);
            }
        }
        Ok(Signing {
            authorities,
            titles,
            titles_folded,
            longest_folded,
        })
    }

    /// Whether `s` is a known post and nothing more (`Bộ trưởng`, `Phó Chủ tịch`), in
    /// any case, with or without its marks.
    pub fn is_post(&self, s: &str) -> bool {
        // (Folded no further than a post could reach: a list's entries, asked after
        // every line, run to hundreds of characters.)
        let f = fold_prefix(s.trim(), self.longest_folded + 1);
        f.len() <= self.longest_folded && self.titles_starting_like(&f).contains(&f)
    }

    /// The folded posts that start with the first byte of `folded`.
    fn titles_starting_like(&self, folded: &str) -> &[String] {
        folded
            .as_bytes()
            .first()
            .map_or(&[], |&lead| &self.titles_folded[usize::from(lead)])
    }

    /// Whether `line` (upper-cased, trimmed) is a known post, or starts with one
    /// followed by more words (`PHÓ CHỦ TỊCH THƯỜNG TRỰC`).
    pub fn is_title(&self, line: &str) -> bool {
        self.opens_with_title_folded(&fold(line))
    }

    /// [`Signing::is_title`] of a text already folded: a post, or a post followed by a
    /// space or a comma (`bo truong, chu nhiem`). Only the start of `folded` is read,
    /// [`Signing::longest_title_folded`] bytes and one more: a caller that folds every
    /// line may fold no further.
    pub fn opens_with_title_folded(&self, folded: &str) -> bool {
        self.titles_starting_like(folded).iter().any(|ft| {
            folded == ft
                || (folded.starts_with(ft.as_str()) && folded[ft.len()..].starts_with([' ', ',']))
        })
    }

    /// Bytes of the longest post folded.
    pub fn longest_title_folded(&self) -> usize {
        self.longest_folded
    }
}

#[cfg(test)]
mod tests;
