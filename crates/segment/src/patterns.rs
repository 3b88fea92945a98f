//! The patterns the segmenter looks for, compiled once.
//!
//! All patterns run on normalized text (NFC, `Đ`), case-insensitively where the
//! documents vary in case, and tolerate the layout marks of web copies (`**`, `\-`).

use regex::Regex;
use vanban_lexicon::{bare_too, fold, Lexicon};

/// The compiled patterns. Public so that other stages and tools can reuse exactly the
/// landmarks the segmenter uses.
#[derive(Debug, Clone)]
pub struct Patterns {
    /// Every form of the motto, as one multi-pattern regex searched in one pass:
    /// `ĐẢNG CỘNG SẢN VIỆT NAM`; `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` (either spelling
    /// of HÒA, wrapped or not); `CHỦ NGHĨA VIỆT NAM` on a line of its own; `Độc lập -
    /// Tự do - Hạnh phúc`. No two of these phrases overlap, so one leftmost-first pass
    /// finds what four separate passes would (and costs a quarter of them).
    pub mottos: regex_automata::meta::Regex,
    /// The motto as a wrong font reads it (`CQNG HOA XA HQI CHU NGHi,q.. VIET NAM`,
    /// `DQc lAp - Ty do - Hqnh phric`), searched only in a header where [`Self::mottos`]
    /// found neither the Party's motto nor `Độc lập - Tự do - Hạnh phúc` (its classes of
    /// any character make it the costliest pattern of the header: 5% of a run when
    /// searched in every one).
    pub wrong_font_mottos: regex_automata::meta::Regex,
    /// `Số 275-CV/ĐUK`, `Số: 30/2020/NĐ-CP`; groups `all` and `ref`.
    pub number: Regex,
    /// `Bến Tre, ngày 21 tháng 5 năm 2021`; groups `place`, `d`, `m`, `y`.
    pub place_date: Regex,
    /// A place and date whose comma OCR lost (`Hà Nội ngày 8 tháng 10 năm 2018`), or
    /// whose place's second word it lowercased (`Hà nội, ngày …`): a province's or
    /// town's name of the lexicon in any case, opening its line, after a spaced dash
    /// (`Số 5826 /TCHQ-TXNK - Hà Nội ngày …`) or right after the symbol (`/TCT-TNCN Hà
    /// nội, ngày …`), so that a body named in a trích yếu (`… của UBND tỉnh Bến Tre
    /// ngày 5 tháng 3 …`) is none. Searched only in a header
    /// where [`Self::place_date`] found nothing; compiled on first use (its alternation
    /// of a thousand names costs 11 M instructions to build, and most archives never
    /// need it): [`Self::place_date_no_comma`].
    place_date_no_comma: std::sync::OnceLock<Regex>,
    /// The source of `place_date_no_comma`.
    place_date_no_comma_source: String,
    /// A line that ends with a city's prefix and the first words of its name (`*Thành
    /// phố Hồ Chí`), whose name a narrow header cell goes on with on the place-and-date
    /// line (`Minh, ngày 21 tháng 11 năm 2025`). Tried only on the line above a place
    /// that opens its line, not in `place_date` (whose automaton it would double).
    pub city_head: Regex,
    /// `ngày 21 tháng 5 năm 2021` at the start of a line, without a place.
    pub date_only: Regex,
    /// `Kính gửi:`.
    pub kinh_gui: Regex,
    /// `THỦ TƯỚNG CHÍNH PHỦ điện:` — the addressee list of a công điện follows.
    pub dien_head: Regex,
    /// `V/v …`, `Về việc …`.
    pub vv: Regex,
    /// `Nơi nhận:`.
    pub noi_nhan: Regex,
    /// A signing formula at the start of a line (`T/M`, `KT.`).
    pub authority: Regex,
    /// A formula's abbreviation in capitals before a word in any case: OCR lowered the
    /// words after it (`KT. cue TRUONG cuc THUE XNK`).
    pub authority_any_case: Regex,
    /// `(Đã ký)`.
    pub signed_mark: Regex,
    /// `(Dấu của …)`, seal notes.
    pub stamp: Regex,
    /// Typist marks and bản sao lines.
    pub annotation: Regex,
    /// A dash or bullet that opens a list entry.
    pub bullet: Regex,
    /// The label of an item: `1.`, `1-`, `a)`, `-`, `II.`, `Điều 1.`.
    pub item_label: Regex,
    /// Words that open body prose (upper-case first letter).
    pub body_opener: Regex,
    /// `Căn cứ`, `Theo đề nghị`, `Xét đề nghị`: the preamble of a decision.
    pub enacting_next: Regex,
    /// A dash line of a preamble: `- Căn cứ …`, `- Thực hiện …`, `- Xét đề nghị …`.
    pub preamble_bullet: Regex,
    /// `(Ban hành kèm theo Quyết định số …)`, `*(Kèm theo Nghị quyết …)*`: the note under
    /// the title of a document attached after the signature.
    pub attached_note: Regex,
    /// The opening words of a closing paragraph.
    pub closing: Regex,
    /// `MẬT`, `KHẨN`, `HỎA TỐC`, `DỰ THẢO` marks.
    pub secrecy: Regex,
    /// Folded type names, longest first, with their length in chars.
    titles: Vec<(String, usize)>,
    /// Signers' posts, folded and looked up by the lexicon (`is_post` is asked of every
    /// line of a body).
    signing: vanban_lexicon::Signing,
    /// Type codes that are not công văn (to tell `15/QĐ-BNV` from `05/BNV-VP`).
    type_codes: Vec<String>,
}

/// Vietnamese letters by base letter, for patterns that must survive lost or
/// changed diacritics (`CONG HOA XA HOI`, `Hanh phúc`, `Kỉnhgửì`).
const VARIANTS: &[(char, &str)] = &[
    ('a', "aàáảãạăằắẳẵặâầấẩẫậ"),
    ('e', "eèéẻẽẹêềếểễệ"),
    ('i', "iìíỉĩịl1"),
    ('o', "oòóỏõọôồốổỗộơờớởỡợ0"),
    ('u', "uùúủũụưừứửữự"),
    ('y', "yỳýỷỹỵ"),
    ('d', "dđð"),
];

/// A pattern for `phrase` that accepts any diacritics on its letters, any case, and
/// any run of spaces (or layout marks) between its words.
pub(crate) fn loose(phrase: &str) -> String {
    let mut out = String::from("(?i:");
    let mut space = false;
    for c in phrase.chars() {
        if c == ' ' {
            space = true;
            continue;
        }
        if space {
            out.push_str(r"[\s*]*");
            space = false;
        }
        let base = vanban_lexicon::fold_char(c).unwrap_or(c);
        match VARIANTS.iter().find(|(b, _)| *b == base) {
            Some((_, v)) => {
                out.push('[');
                out.push_str(v);
                out.push(']');
            }
            None => out.push_str(&regex::escape(&base.to_string())),
        }
    }
    out.push(')');
    out
}

fn re(p: &str) -> Regex {
    // The patterns are constants of this file, checked by the tests.
    Regex::new(p).unwrap_or_else(|e| panic!("bad built-in pattern {p}: {e}"))
}

/// The place before `, ngày`: up to five capitalized words, `TP.` and the like allowed
/// (`Thành phố` also with the mark OCR misread: `Thành phó`, `Thành phô`), starting a word (the boundary is matched as a character: a Unicode `\b` would force
/// the regex crate onto its slow backtracking engine).
///
/// A line break ends the place (the line above is the issuer's or the number's), except
/// after a city's prefix: [`Patterns::city_head`].
const PLACE: &str = r"(?:^|[\s*|,(])(?P<place>(?:(?:TP|Tp|T\.P|TX)\.?[ \t]*|Thành ph[ốóôo][ \t]+|Thị xã[ \t]+)?\p{Lu}[\p{Ll}\p{M}'’]*(?:(?:[ \t]+|[ \t]*-[ \t]*)\p{Lu}[\p{Ll}\p{M}'’]*){0,4})";
/// `ngày 21 tháng 5 năm 2021` and its other forms ([`vanban_lexicon::DATE_PATTERN`]).
const DATE: &str = vanban_lexicon::DATE_PATTERN;
/// A date line OCR damaged past reading (`ngày 29 tháng năm 2022`, `ngày) thang 12 năm
/// 2019`, `ngày OY tháng tnim 2018`): still the place-and-date line (the place is read,
/// the date is said to be unreadable), known by `ngày` with `tháng`, `năm` or a year
/// after it on the line.
/// (Unbounded `[^\n]*`: counted repetitions of a class of every character made the
/// lazy DFA build states for every count, +38% instructions for the whole run.)
const DAMAGED_DATE: &str = r"[Nn]g[àáảạa]y[^\n]*?(?:[Tt]h[áa]ng|[Nn][ăâa]m|(?:19|20)\d\d)[^\n]*";

impl Patterns {
    /// A place and date whose comma OCR lost (`Hà Nội ngày 8 tháng 10 năm 2018`);
    /// groups `place`, `d`, `m`, `y`. See the field of that name.
    pub fn place_date_no_comma(&self) -> &Regex {
        self.place_date_no_comma
            .get_or_init(|| re(&self.place_date_no_comma_source))
    }
}

/// The names of the lexicon's provinces and their towns, longest first, as an
/// alternation (`Hồ Chí Minh|Bà Rịa - Vũng Tàu|…|Huế`).
fn place_names(lex: &Lexicon) -> String {
    let mut names: Vec<&str> = lex
        .provinces
        .entries()
        .iter()
        .flat_map(|p| std::iter::once(&p.name).chain(&p.aliases).chain(&p.places))
        .map(String::as_str)
        // (Aliases include codes and folded forms: names only, as printed.)
        .filter(|n| n.starts_with(char::is_uppercase) && n.chars().any(|c| c.is_lowercase()))
        .collect();
    names.sort_by_key(|n| (std::cmp::Reverse(n.len()), *n));
    names.dedup();
    names
        .iter()
        .map(|n| regex::escape(n))
        .collect::<Vec<_>>()
        .join("|")
}

impl Patterns {
    /// Compile the patterns for a lexicon.
    pub fn new(lex: &Lexicon) -> Patterns {
        let mut authorities: Vec<String> = lex
            .signing
            .authorities
            .iter()
            .map(|a| {
                // `KT.` also appears without its dot or with a comma OCR read for it
                // (`KT, TONG CỤC TRUONG`), `T/M` also as `T.M`; after the dot a typist
                // may leave no space (`KT.CỤC TRƯỞNG`).
                let esc = regex::escape(a.trim_end_matches('.'));
                if a.ends_with('.') {
                    format!(r"{esc}(?:[.,][ \t]*|[ \t]+)")
                } else {
                    format!(r"{}[ \t]+", esc.replace('/', r"[/.]"))
                }
            })
            .collect();
        authorities.sort_by_key(|a| std::cmp::Reverse(a.len()));
        let authority = format!(r"^\**[ \t]*(?:{})\**[ \t]*\p{{Lu}}", authorities.join("|"));
        // The same prefixes before a word in any case (`KT. cue TRUONG cuc THUE XNK`).
        let authority_any_case =
            format!(r"^\**[ \t]*(?:{})\**[ \t]*\p{{L}}", authorities.join("|"));
        let mut titles: Vec<(String, usize)> = lex
            .doc_types
            .names()
            .map(|n| (fold(n), n.chars().count()))
            .collect();
        titles.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        titles.dedup();
        let type_codes = lex
            .doc_types
            .entries()
            .iter()
            .filter_map(|e| e.code.as_ref())
            .map(|c| c.to_uppercase())
            .collect();
        Patterns {
            mottos: regex_automata::meta::Regex::new_many(&[
                loose("đảng cộng sản việt nam"),
                format!(
                    r"{}(?:[\s*]+{})?",
                    loose("cộng hòa xã hội"),
                    loose("chủ nghĩa việt nam")
                ),
                format!(r"(?m)^[\s*]*{}", loose("chủ nghĩa việt nam")),
                // `Tự` of the motto's middle word with its vowel misread (`Ty do`, `Tw
                // do`: OCR takes `ự` for `y` or `w`); the words around it fix the phrase.
                format!(
                    r"{}[ \t*]*[-–—]*[ \t*]*(?i:t\p{{L}}){}[ \t*]*[-–—]*[ \t*]*{}",
                    loose("độc lập"),
                    loose(" do"),
                    loose("hạnh phúc")
                ),
            ])
            .expect("the motto patterns are constants of this file"),
            // Each vowel one or two other characters (`cgNG HoA xA Her cHU xcnia vrET
            // NAM`; `EOc lOp - TW do - Hanh phric`): the consonants and the dashes hold
            // the phrase.
            wrong_font_mottos: regex_automata::meta::Regex::new_many(&[
                r"(?i:c\S{1,2}ng[ \t]+h\S{1,2}a[ \t]+x\S{1,2}[ \t]+[^\n]{4,40}?[ \t]n\S{1,2}m)",
                r"(?i:\S{1,3}c[ \t]+\S{2,4}[ \t]*-[ \t]*t\S{1,3}[ \t]+do[ \t]*-[ \t]*h\S{1,3}nh[ \t]+\S{3,6})",
            ])
            .expect("the motto patterns are constants of this file"),
            number: re(
                r"(?i)(?P<all>s[ốôoóòồ](?:[ \t]*[l:.][ \t]*\n?[ \t]*[:.]?[ \t]*|[ \t]+)?(?P<ref>\d{1,6}(?:[ '’]\d{1,3})?[a-z]?(?:[ \t]*\\?[-–/][ \t]*[\p{L}\d&]+(?:\.[\p{L}\d&]+)*)+))",
            ),
            place_date: re(&format!(r"{PLACE}[ \t*]*,[\s*]*(?:{DATE}|{DAMAGED_DATE})")),
            place_date_no_comma: std::sync::OnceLock::new(),
            place_date_no_comma_source: format!(
                r"(?m)(?:^[ \t*|]*|[ \t]+[-–][ \t]+|/[\p{{L}}\d&-]+[ \t]+)(?P<place>(?:(?:TP|Tp|T\.P|TX)\.?[ \t]*|Thành phố[ \t]+)?(?i:{}))(?:[ \t*]+|[ \t*]*,[\s*]*)(?:{DATE}|{DAMAGED_DATE})",
                place_names(lex)
            ),
            city_head: re(
                r"(?:^|[\s*|,(])((?:TP|Tp|T\.P)\.?[ \t]*|Thành phố[ \t]+|Thị xã[ \t]+)\p{Lu}[\p{Ll}\p{M}'’]*(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’]*){0,3}[ \t*]*$",
            ),
            date_only: re(&format!(r"^{DATE}")),
            kinh_gui: re(&format!(
                r"^\**[ \t]*{}[ \t]*\**[ \t]*:?[ \t]*\**",
                loose("kính gửi")
            )),
            // `THỦ TƯỚNG CHÍNH PHỦ điện:`, `BỘ TRƯỞNG BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
            // điện:` (ministries' names hold hyphens and commas, and run long).
            dien_head: re(r"^\**[ \t]*\p{Lu}[\p{Lu} ,\-–]{3,90}\**[ \t]+(?:điện|dien)[ \t]*:"),
            // (`Viv`, `VAv`: the slash as OCR misreads it; [`vanban_lexicon::opens_with_ve_viec`]
            // reads the same forms in a folded value.)
            vv: re(
                r"(?i)^\**[ \t]*(?:v/v|v[il1|a]v[ \t:.]|v\.v\.?[ \t]|vv[ \t]|về[ \t]+việc[ \t])",
            ),
            // Also `Nơi nhận;` (a wrong font's head: [`Patterns::is_noi_nhan`]).
            noi_nhan: re(&format!(
                r"^\**[ \t]*{}[ \t]*\**[ \t]*(?:[:;]|$)",
                loose("nơi nhận")
            )),
            authority: re(&authority),
            authority_any_case: re(&authority_any_case),
            // With their diacritics or without any (`(da ky)` in a text typed without
            // them), not with others (`(dầu …)` is no stamp).
            signed_mark: re(
                r"(?i)^[(\[]?[ \t]*(?:[đd][ãa][ \t]*k[ýíyi]|k[ýy][ \t]*t[êe]n[^)\]]*|ch[ữu][ \t]*k[ýy][^)\]]*|k[ýy][ \t]*,[^)\]]*|signed)[ \t]*[)\]]?\.?$",
            ),
            stamp: re(
                r"(?i)^[(\[][ \t]*(?:d[ấa]u|[đd][óo]ng[ \t]+d[ấa]u|[đd][ãa][ \t]+[đd][óo]ng[ \t]+d[ấa]u)",
            ),
            annotation: re(
                r"(?i)^(?:[\p{L}\d]+(?:[-/][\p{L}\d]+)*\d+b|[\p{L}]+-?[\p{L}\d]*\d[\p{L}\d]*(?:/[\p{L}\d]+){2,}|sao[ \t]+y(?:[ \t]+bản[ \t]+chính)?|bản[ \t]+sao|trích[ \t]+sao|sao[ \t]+lục|số[ \t]*:?[ \t]*\d+[ \t]*-[ \t]*BS/\S+)$",
            ),
            bullet: re(r"^(?:\\?[-–+•]|ˆ?~)[ \t]*\S"),
            item_label: re(
                r"^(?:[IVXLC]{1,6}[ \t]*\\?[.\-)][ \t*]*\S|\d{1,2}(?:\\?\.\d{1,2}){0,3}[ \t]*\\?(?:[.)][ \t*]*\p{Lu}|[.)\-][ \t*]+\S)|\d{1,2}\.\d{1,2}(?:\.\d{1,2})*[ \t]+\S|[a-zđ][ \t]*\\?[).][ \t*]+\S|\\?[-–+•][ \t]*\S|Điều[ \t]+\d+|(?:Phần|Chương|Mục)[ \t]+[IVXLC\d]+)",
            ),
            // The body's openers, the preamble and the closing's words also read a text
            // typed without diacritics (`- Can cu …`, `Thuc hien …`, `De nghi …`).
            body_opener: re(&bare_too(
                r"^\**[ \t]*(?:Căn[ \t]+cứ|Thực[ \t]+hiện|Triển[ \t]+khai|Theo[ \t]+đề[ \t]+nghị|Xét[ \t]+đề[ \t]+nghị|Hiện[ \t]+nay|Trong[ \t]+(?:thời[ \t]+gian|những[ \t]+năm|các[ \t]+ngày)|Thời[ \t]+gian[ \t]+qua|Những[ \t]+năm[ \t]+qua|Qua[ \t]|Để[ \t]|Nhằm[ \t]|Ngày[ \t]+\d|Tiếp[ \t]+theo|Phúc[ \t]+đáp|Trả[ \t]+lời|Sau[ \t]+khi)",
            )),
            enacting_next: re(&bare_too(
                r"^\**[ \t]*\**(?:Căn\s+cứ|Theo\s+đề\s+nghị|Xét\s+đề\s+nghị)",
            )),
            attached_note: re(&format!(
                r"^[\s*_]*[(\[][\s*_]*(?:{}[ \t]+)?{}",
                loose("ban hành"),
                loose("kèm theo")
            )),
            preamble_bullet: re(&bare_too(
                r"^\\?[-–+•][ \t]*\**[ \t]*(?:Căn[ \t]+cứ|Thực[ \t]+hiện|Xét[ \t]+đề[ \t]+nghị|Theo[ \t]+đề[ \t]+nghị|Theo[ \t]+tờ[ \t]+trình|Xét[ \t]+tờ[ \t]+trình)",
            )),
            closing: re(&bare_too(
                r"(?i)^\**[ \t]*(?:trân[ \t]+trọng|đề[ \t]+nghị|yêu[ \t]+cầu|nhận[ \t]+được|trên[ \t]+đây|trong[ \t]+quá[ \t]+trình|(?:quyết[ \t]+định|chỉ[ \t]+thị|kế[ \t]+hoạch|công[ \t]+văn|thông[ \t]+báo|hướng[ \t]+dẫn|quy[ \t]+định|nghị[ \t]+quyết|công[ \t]+điện|kết[ \t]+luận|chương[ \t]+trình)[ \t]+này|(?:ban[ \t]+thường[ \t]+vụ|thường[ \t]+trực|ủy[ \t]+ban[ \t]+nhân[ \t]+dân|ubnd|sở|bộ|tỉnh[ \t]+ủy|huyện[ \t]+ủy|đảng[ \t]+ủy|văn[ \t]+phòng)[^.]{0,80}(?:đề[ \t]+nghị|yêu[ \t]+cầu|giao|theo[ \t]+dõi))",
            )),
            secrecy: re(
                r"(?i)^(?:mật|tối[ \t]+mật|tuyệt[ \t]+mật|khẩn|thượng[ \t]+khẩn|hỏa[ \t]+tốc|hoả[ \t]+tốc|dự[ \t]+thảo|lưu[ \t]+hành[ \t]+nội[ \t]+bộ|xem[ \t]+xong[ \t]+trả[ \t]+lại)$",
            ),
            titles,
            signing: lex.signing.clone(),
            type_codes,
        }
    }

    /// If `s` starts with a type name (`KẾ HOẠCH`, `Chỉ thị`), its length in bytes.
    pub fn title_prefix(&self, s: &str) -> Option<usize> {
        // Fold the start of the line once (type names are short), then compare.
        let longest = self.titles.first().map_or(0, |t| t.1);
        let ends: Vec<usize> = s
            .char_indices()
            .map(|(i, _)| i)
            .take(longest + 1)
            .chain(std::iter::once(s.len()))
            .collect();
        let head_end = ends[ends.len().min(longest + 1) - 1].min(s.len());
        let head: Vec<char> = s[..head_end]
            .chars()
            .map(|c| vanban_lexicon::fold_char(c).unwrap_or(c))
            .collect();
        for (name, chars) in &self.titles {
            if head.len() < *chars || !name.chars().eq(head[..*chars].iter().copied()) {
                continue;
            }
            let end = ends.get(*chars).copied().unwrap_or(s.len());
            let next = s[end..].chars().next();
            if next.is_none_or(|c| c.is_whitespace() || matches!(c, '*' | ':' | '\\')) {
                return Some(end);
            }
        }
        None
    }

    /// Whether `s` opens with the head of the `Nơi nhận` list: as printed, broken
    /// only by layout marks ([`Self::noi_nhan`]), or as a wrong font reads it (`Noi
    /// nh$n:`, `Nni nhQn:`: [`vanban_lexicon::damaged_noi_nhan`]).
    pub fn is_noi_nhan(&self, s: &str) -> bool {
        self.noi_nhan.is_match(s)
            || vanban_lexicon::damaged_noi_nhan(s.trim_start_matches(['*', ' ', '\t'])).is_some()
    }

    /// Whether a line in capitals is a signer's post (`PHÓ BÍ THƯ`).
    pub fn is_post(&self, s: &str) -> bool {
        // Every body line is asked (the footer is found by its post line): fold only as
        // much of the line as decides, one byte more than the longest post (a longer
        // line can only be a post followed by a space or a comma).
        let longest = self.signing.longest_title_folded();
        let folder = vanban_lexicon::CharFolder::new();
        let mut f = String::with_capacity(longest + 4);
        let mut prev = ' ';
        for c in s.trim_matches(['*', ' ', ',']).chars() {
            if f.len() > longest {
                break;
            }
            // `PHỎ-TỔNG CỤC TRƯỞNG`: a hyphen OCR read for the space between two words.
            if c == '-' && prev.is_alphabetic() {
                f.push(' ');
            } else {
                f.extend(folder.fold(c));
            }
            prev = c;
        }
        // `BỘ TRƯỞNG, CHỦ NHIỆM` (the head of the Government Office): two posts joined by
        // a comma are one post line.
        self.signing.opens_with_title_folded(&f)
    }

    /// Whether a symbol is a công văn's: party `…-CV/…`, or state `N/ISSUER-UNIT`
    /// whose first part after the number is not a type code.
    pub fn is_cong_van_symbol(&self, reference: &str) -> bool {
        let r: String = reference
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '\\')
            .collect();
        let parts: Vec<&str> = r.split(['/', '-', '–']).collect();
        if parts.len() < 2 {
            return false;
        }
        if r.contains('/') && r.find('-').is_some_and(|d| d < r.find('/').unwrap_or(0)) {
            // Party form N-TYPE/ISSUER.
            return parts[1].eq_ignore_ascii_case("CV");
        }
        // State form N/[YYYY/]CODE-ISSUER or N/ISSUER-UNIT.
        let first = parts[1];
        if first.chars().all(|c| c.is_ascii_digit()) {
            return false;
        }
        !self
            .type_codes
            .iter()
            .any(|c| c.as_str() == first.to_uppercase())
    }
}
