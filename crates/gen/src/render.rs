//! Writing one document: its text (header in one of the layouts seen in OCR'd copies,
//! the body by a template of its type, the footer) and, alongside, its expected record
//! following corpus/CONVENTIONS.md.

use crate::bodies::{self, signature, Body, DocKind, Kind, Organ, SECTORS};
use crate::date;
use crate::geo;
use crate::rng::{hash, Rng};
use crate::text::{
    cap_first, header_date, inline_date, lower_first, roman, upper, wrap_into, DateStyle,
};
use crate::topics::{Act, Topic, COORD_ALONE, COORD_PREFIX, GENERIC, REPORT};
use crate::world::{fill, target_jur, target_key, territory, Cite, Meta, Plan, Rel, Target};
use std::fmt::Write as _;

/// An expected task.
#[derive(Debug, Clone)]
pub(crate) struct Task {
    pub label: String,
    pub assignees: Vec<String>,
    pub implicit: bool,
    /// The bodies worked with (`phối hợp với {B}`), in text order, each once.
    pub coordinators: Vec<String>,
    pub actions: Vec<Act>,
    pub date: Option<i32>,
    pub every: Option<&'static str>,
    /// The item's text as printed (for the crate's own checks; not in the record).
    pub text: String,
}

/// An expected citation.
#[derive(Debug, Clone)]
pub(crate) struct CiteRec {
    pub reff: Option<String>,
    pub type_code: Option<&'static str>,
    pub type_name: &'static str,
    pub date: Option<i32>,
    pub issuer: Option<String>,
    pub jurisdiction: &'static str,
    pub rel: Rel,
    pub target: Option<String>,
    pub target_key: String,
    /// The citation as printed (for the crate's own checks; not in the record).
    pub text: String,
}

/// The expected record of one document.
#[derive(Debug, Clone, Default)]
pub(crate) struct Expected {
    pub path: String,
    pub system: &'static str,
    pub reff: String,
    pub number: String,
    pub type_code: Option<&'static str>,
    pub type_name: &'static str,
    pub issuer_name: String,
    pub issuer_code: &'static str,
    pub issuer_parent: Option<String>,
    pub jurisdiction: &'static str,
    pub id: String,
    pub place: String,
    pub date: String,
    pub subject: String,
    pub recipients: Vec<String>,
    pub distribution: Vec<String>,
    pub authority: Option<String>,
    pub title: Option<String>,
    pub name: String,
    pub annotations: Vec<String>,
    pub damage: Vec<&'static str>,
    pub tasks: Vec<Task>,
    pub citations: Vec<CiteRec>,
    pub not_citations: Vec<String>,
}

/// One rendered document: clean text (NFC, `\n`) and its expected record.
pub(crate) struct Doc {
    pub text: String,
    pub exp: Expected,
}

const RECURRENCES: [(&str, &str, bool); 10] = [
    ("định kỳ hằng tháng", "month", false),
    ("hằng tháng", "month", false),
    ("hàng tháng", "month", false),
    ("định kỳ hằng quý", "quarter", false),
    ("hằng quý", "quarter", false),
    ("định kỳ 6 tháng", "half_year", false),
    ("định kỳ hằng năm", "year", false),
    ("hằng năm", "year", false),
    ("định kỳ hằng tuần", "week", true),
    ("hằng ngày", "day", true),
];

/// Relation phrases (crates/citelink/data/relations.tsv), folded, longest first.
const REL_PHRASES: [(&str, Rel); 28] = [
    ("chuong trinh hanh dong thuc hien", Rel::Implements),
    ("trien khai thuc hien", Rel::Implements),
    ("tiep tuc thuc hien", Rel::Implements),
    ("to chuc thuc hien", Rel::Implements),
    ("huong dan thuc hien", Rel::Implements),
    ("ke hoach thuc hien", Rel::Implements),
    ("tinh hinh thuc hien", Rel::Mentions),
    ("ket qua thuc hien", Rel::Mentions),
    ("viec thuc hien", Rel::Mentions),
    ("sua doi, bo sung", Rel::Amends),
    ("theo de nghi", Rel::Responds),
    ("xet de nghi", Rel::Responds),
    ("thuc hien", Rel::Implements),
    ("quan triet", Rel::Implements),
    ("cu the hoa", Rel::Implements),
    ("thi hanh", Rel::Implements),
    ("thay the", Rel::Replaces),
    ("tiep theo", Rel::Responds),
    ("phuc dap", Rel::Responds),
    ("tra loi", Rel::Responds),
    ("can cu", Rel::Basis),
    ("sua doi", Rel::Amends),
    ("bo sung", Rel::Amends),
    ("bai bo", Rel::Repeals),
    ("so ket", Rel::Mentions),
    ("tong ket", Rel::Mentions),
    ("theo", Rel::Mentions),
    ("", Rel::Mentions),
];

/// The relation of the last relation phrase of `s`, phrases taken leftmost-longest
/// and without overlap (as an Aho-Corasick scan does); `None` when `s` has none.
pub(crate) fn last_rel(s: &str) -> Option<Rel> {
    let f = crate::text::fold(s);
    let b = f.as_bytes();
    let mut i = 0;
    let mut last = None;
    while i < b.len() {
        let word_start = i == 0 || !b[i - 1].is_ascii_alphanumeric();
        let mut hit = None;
        if word_start {
            for (phrase, rel) in REL_PHRASES.iter().filter(|p| !p.0.is_empty()) {
                let end = i + phrase.len();
                if end <= b.len()
                    && &b[i..end] == phrase.as_bytes()
                    && (end == b.len() || !b[end].is_ascii_alphanumeric())
                {
                    hit = Some((end, *rel));
                    break; // longest first
                }
            }
        }
        match hit {
            Some((end, rel)) => {
                last = Some(rel);
                i = end;
            }
            None => i += 1,
        }
    }
    last
}

/// Pools of a body, built once per body (and per side of the 2025 reorganisation).
#[derive(Default)]
pub(crate) struct Cache {
    pools: std::collections::HashMap<u64, std::rc::Rc<Pools>>,
}

struct Pools {
    /// Bodies that can stand in a comma list.
    list: Vec<String>,
    /// Bodies named alone (their names hold commas or `và`).
    single: Vec<String>,
    /// Printed lists and the assignees a careful reader takes from them.
    multi: Vec<(String, Vec<String>)>,
    /// Bodies worked with (`phối hợp với {B}`).
    partners: Vec<String>,
    /// The body reported to / advised (`{S}`).
    superior: Vec<String>,
    /// The office reports go through.
    office: String,
}

struct R<'a> {
    plan: &'a Plan,
    m: &'a Meta,
    body: Body,
    topic: &'static Topic,
    rng: Rng,
    seed: u64,
    party: bool,
    day: i32,
    t: String,
    exp: Expected,
    done: Vec<bool>,
    gap: &'static str,
    num_dash: bool,
    pools: std::rc::Rc<Pools>,
    org: String,
    used_assignees: Vec<String>,
    /// The assignee phrase of the item being written.
    current_who: String,
    /// The partners (`{B}`) named since the item being written began.
    partners_named: Vec<String>,
    /// Clause templates used in the document (not repeated while others remain).
    used_clauses: Vec<&'static str>,
    /// Items must name their assignees (the articles of a decision).
    named_only: bool,
}

/// Renders the archived document of `plan`.
pub(crate) fn render(plan: &Plan, seed: u64, path: String, cache: &mut Cache) -> Doc {
    let m = &*plan.meta;
    let rng = Rng::new(hash(&[seed, 0xD0C, plan.index as u64]));
    let mut r = R {
        plan,
        m,
        body: m.body,
        topic: plan.topic,
        rng,
        seed,
        party: m.body.party(),
        day: m.date,
        t: String::with_capacity(4096),
        exp: Expected::default(),
        done: vec![false; plan.cites.len()],
        gap: "\n\n",
        num_dash: false,
        pools: std::rc::Rc::new(Pools {
            list: vec![],
            single: vec![],
            multi: vec![],
            partners: vec![],
            superior: vec![],
            office: String::new(),
        }),
        org: m.body.organ_name(m.organ),
        used_assignees: vec![],
        current_who: String::new(),
        partners_named: Vec::new(),
        used_clauses: Vec::with_capacity(24),
        named_only: false,
    };
    r.gap = if r.rng.chance(0.8) { "\n\n" } else { "\n" };
    r.num_dash = r.party && r.rng.chance(0.2) || !r.party && r.rng.chance(0.15);
    let key = hash(&[
        m.body.key(),
        u64::from(m.date < date::from_ymd(2025, 3, 1)),
        m.organ as u64,
    ]);
    r.pools = match cache.pools.get(&key) {
        Some(p) => std::rc::Rc::clone(p),
        None => {
            let p = std::rc::Rc::new(r.make_pools());
            cache.pools.insert(key, std::rc::Rc::clone(&p));
            p
        }
    };
    r.exp.path = path;
    r.exp.system = if r.party { "party" } else { "state" };
    r.exp.reff = m.reff.clone();
    r.exp.number = m.number.clone();
    r.exp.type_code = m.type_code();
    r.exp.type_name = m.kind.name();
    r.exp.issuer_code = m.body.code();
    r.exp.jurisdiction = bodies::jur_name(m.jur);
    r.exp.id = m.key.clone();
    r.exp.date = date::iso(m.date);
    r.document();
    if r.party && r.rng.chance(0.15) {
        r.uy_spelling();
    }
    Doc {
        text: r.t,
        exp: r.exp,
    }
}

impl<'a> R<'a> {
    fn document(&mut self) {
        self.header();
        let kind = self.m.kind;
        match (self.party, kind) {
            (_, DocKind::Cv) => self.body_cv(),
            (_, DocKind::Ct) => self.body_ct(),
            (_, DocKind::Kh) | (_, DocKind::Ctr) => self.body_kh(),
            (_, DocKind::Kl) => self.body_kl(),
            (_, DocKind::Tb) => self.body_tb(),
            (true, DocKind::Qd) => self.body_qd_party(),
            (false, DocKind::Qd) => self.body_qd_state(),
            (_, DocKind::Nq) => self.body_nq(),
            (_, DocKind::Hd) => self.body_hd(),
            (_, DocKind::Cd) => self.body_cd(),
            (_, DocKind::Ttr) | (_, DocKind::Nd) => self.body_cv(),
        }
        self.footer();
    }

    // ----- pools -----------------------------------------------------------------

    fn make_pools(&mut self) -> Pools {
        let b = self.body;
        let day = self.day;
        let before_2025 = day < date::from_ymd(2025, 3, 1);
        let s = |x: &str| x.to_string();
        let mut p = Pools {
            list: vec![],
            single: vec![],
            multi: vec![],
            partners: vec![],
            superior: vec![],
            office: String::new(),
        };
        let split = |text: &str, parts: &[&str]| -> (String, Vec<String>) {
            (
                text.to_string(),
                parts.iter().map(|x| x.to_string()).collect(),
            )
        };
        match b.kind {
            Kind::Tw | Kind::Vptw | Kind::Btgtw | Kind::Btctw | Kind::Bdvtw | Kind::Ubkttw => {
                let btg = if before_2025 {
                    "Ban Tuyên giáo Trung ương"
                } else {
                    "Ban Tuyên giáo và Dân vận Trung ương"
                };
                p.list = vec![
                    s(btg),
                    s("Ban Tổ chức Trung ương"),
                    s("Ủy ban Kiểm tra Trung ương"),
                    s("Văn phòng Trung ương Đảng"),
                    s("Ban Nội chính Trung ương"),
                    s("Đảng ủy Công an Trung ương"),
                    s("Đảng đoàn Mặt trận Tổ quốc Việt Nam"),
                    s(if before_2025 {
                        "Ban cán sự đảng Chính phủ"
                    } else {
                        "Đảng ủy Chính phủ"
                    }),
                    s(if before_2025 {
                        "Đảng đoàn Quốc hội"
                    } else {
                        "Đảng ủy Quốc hội"
                    }),
                ];
                if before_2025 {
                    p.list.push(s("Ban Dân vận Trung ương"));
                }
                p.single = vec![
                    s("Các cấp ủy đảng"),
                    s("Ban tuyên giáo các cấp ủy trực thuộc Trung ương"),
                    s("Văn phòng cấp ủy các cấp"),
                ];
                p.multi = vec![
                    split("Các tỉnh ủy, thành ủy", &["Các tỉnh ủy", "thành ủy"]),
                    split(
                        "Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương",
                        &["Các tỉnh ủy", "thành ủy", "đảng ủy trực thuộc Trung ương"],
                    ),
                ];
                p.partners = vec![
                    s("Văn phòng Trung ương Đảng"),
                    s("các cơ quan liên quan"),
                    s("các ban đảng Trung ương"),
                ];
                p.superior = match (b.kind, self.m.organ) {
                    (Kind::Tw, Organ::Bct) => vec![s("Bộ Chính trị")],
                    (Kind::Tw, _) => vec![s("Ban Bí thư")],
                    _ => vec![s("Ban Bí thư"), s("Thường trực Ban Bí thư")],
                };
                p.office = s("Văn phòng Trung ương Đảng");
            }
            Kind::Ttg | Kind::Cp | Kind::Vpcp | Kind::Bo(_) => {
                for (i, sec) in SECTORS.iter().enumerate() {
                    let exists = Body::central(Kind::Bo(i as u8)).exists(day);
                    if exists && !sec.ministry.contains(',') && Kind::Bo(i as u8) != b.kind {
                        p.list.push(s(sec.ministry));
                    }
                }
                p.list.push(s("Ngân hàng Nhà nước Việt Nam"));
                p.list.push(s("Đài Truyền hình Việt Nam"));
                p.list.push(s("Thông tấn xã Việt Nam"));
                p.single = vec![
                    s("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"),
                    s("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"),
                ];
                p.partners = vec![
                    s("các bộ, ngành liên quan"),
                    s("các địa phương"),
                    s("các cơ quan liên quan"),
                ];
                p.superior = vec![s("Thủ tướng Chính phủ")];
                p.office = s("Văn phòng Chính phủ");
                if let Kind::Bo(i) = b.kind {
                    let sec = &SECTORS[i as usize];
                    p.list = vec![
                        s("Văn phòng Bộ"),
                        s("Vụ Kế hoạch - Tài chính"),
                        s("Vụ Pháp chế"),
                    ];
                    p.single = vec![
                        s("Các đơn vị trực thuộc Bộ"),
                        s("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"),
                    ];
                    if !sec.so.is_empty() {
                        p.single.push(format!(
                            "{} các tỉnh, thành phố trực thuộc trung ương",
                            sec.so
                        ));
                    }
                    p.superior = vec![s(sec.ministry)];
                    p.office = s("Văn phòng Bộ");
                }
            }
            Kind::Tu | Kind::Btgtu | Kind::Ubkttu | Kind::Duk(_) => {
                let pr = b.province();
                let u = geo::unit(pr);
                let c = geo::committee(pr);
                let bcsd = if before_2025 {
                    format!("Ban cán sự đảng Ủy ban nhân dân {u}")
                } else {
                    format!("Đảng ủy Ủy ban nhân dân {u}")
                };
                p.list = vec![
                    format!("Ban Tổ chức {c}"),
                    format!("Ủy ban Kiểm tra {c}"),
                    format!("Văn phòng {c}"),
                    format!("Ban Nội chính {c}"),
                    format!("Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam {u}"),
                    format!("Đảng đoàn Hội đồng nhân dân {u}"),
                    format!("Đảng ủy Quân sự {u}"),
                    format!("Đảng ủy Công an {u}"),
                    bcsd.clone(),
                    bcsd,
                ];
                if before_2025 {
                    p.list.push(format!("Ban Tuyên giáo {c}"));
                    p.list.push(format!("Ban Dân vận {c}"));
                } else {
                    p.list.push(format!("Ban Tuyên giáo và Dân vận {c}"));
                }
                p.single = vec![
                    s("Cấp ủy đảng các cấp"),
                    format!("Đồng chí bí thư các cấp ủy trực thuộc {u}"),
                    format!("Các đồng chí Ủy viên Ban Thường vụ {c} phụ trách các địa phương"),
                ];
                let dc = geo::district_committees(pr);
                let parts: Vec<String> = dc.split(", ").map(str::to_string).collect();
                let mut first = parts.clone();
                first[0] = format!("Các {}", first[0]);
                p.multi = vec![
                    (format!("Các {dc}"), first.clone()),
                    (format!("Các {dc}, đảng ủy trực thuộc {c}"), {
                        let mut v = first.clone();
                        v.push(format!("đảng ủy trực thuộc {c}"));
                        v
                    }),
                    (
                        format!(
                            "Ủy ban Mặt trận Tổ quốc Việt Nam {u} và các đoàn thể chính trị - xã hội"
                        ),
                        vec![
                            format!("Ủy ban Mặt trận Tổ quốc Việt Nam {u}"),
                            s("các đoàn thể chính trị - xã hội"),
                        ],
                    ),
                ];
                p.partners = vec![
                    format!("Ủy ban Mặt trận Tổ quốc Việt Nam {u}"),
                    s("các cơ quan báo chí"),
                    s("các sở, ngành liên quan"),
                    s("các địa phương"),
                ];
                p.superior = vec![format!("Ban Thường vụ {c}"), format!("Thường trực {c}")];
                p.office = format!("Văn phòng {c}");
                match b.kind {
                    Kind::Btgtu => {
                        p.list = vec![
                            format!("Đài Phát thanh và Truyền hình {u}"),
                            format!("Văn phòng {c}"),
                        ];
                        if pr.name != "Cao Bằng" {
                            p.list.push(format!("Báo {}", newspaper(pr)));
                        }
                        p.single = vec![
                            format!("Ban tuyên giáo các cấp ủy trực thuộc {c}"),
                            s("Đội ngũ báo cáo viên các cấp"),
                            s("Các phòng chuyên môn của Ban Tuyên giáo"),
                        ];
                        p.multi.truncate(0);
                        p.superior = vec![format!("Ban Tuyên giáo {c}")];
                        p.office = s("Phòng Tổng hợp");
                    }
                    Kind::Ubkttu => {
                        p.list = vec![format!("Văn phòng Ủy ban Kiểm tra {c}")];
                        p.single = vec![
                            format!("Ủy ban kiểm tra các cấp ủy trực thuộc {c}"),
                            format!("Các đoàn kiểm tra của Ủy ban Kiểm tra {c}"),
                        ];
                        p.multi.truncate(0);
                        p.superior = vec![format!("Ủy ban Kiểm tra {c}")];
                        p.office = format!("Văn phòng Ủy ban Kiểm tra {c}");
                    }
                    Kind::Duk(_) => {
                        p.list = vec![
                            s("Ban Tuyên giáo Đảng ủy Khối"),
                            s("Ủy ban Kiểm tra Đảng ủy Khối"),
                            s("Văn phòng Đảng ủy Khối"),
                            s("Ban Tổ chức Đảng ủy Khối"),
                            s("Ban Thường vụ Đoàn Khối"),
                        ];
                        p.single = vec![
                            s("Các tổ chức cơ sở đảng trực thuộc"),
                            s("Cấp ủy cơ sở trực thuộc"),
                        ];
                        p.multi.truncate(0);
                        p.superior = vec![s("Ban Thường vụ Đảng ủy Khối")];
                        p.office = s("Văn phòng Đảng ủy Khối");
                    }
                    _ => {}
                }
            }
            Kind::Ubndt | Kind::So(_) => {
                let pr = b.province();
                let u = geo::unit(pr);
                for (i, sec) in SECTORS.iter().enumerate() {
                    let so = Body {
                        kind: Kind::So(i as u8),
                        ..b
                    };
                    if !sec.so.is_empty() && so.exists(day) && so.kind != b.kind {
                        if sec.so.contains(',') {
                            p.single.push(s(sec.so));
                        } else {
                            p.list.push(s(sec.so));
                        }
                    }
                }
                p.list.push(format!("Công an {u}"));
                p.list.push(format!("Bộ Chỉ huy Quân sự {u}"));
                p.list.push(format!("Đài Phát thanh và Truyền hình {u}"));
                // (Not "Báo Cao Bằng" as an assignee: it reads as the cue "báo cáo".)
                if pr.name != "Cao Bằng" {
                    p.list.push(format!("Báo {}", newspaper(pr)));
                }
                p.list.push(s("Ủy ban nhân dân cấp huyện"));
                p.single.push(format!(
                    "Chủ tịch Ủy ban nhân dân {}",
                    geo::districts_phrase(pr)
                ));
                p.multi = vec![(
                    format!(
                        "Ủy ban Mặt trận Tổ quốc Việt Nam {u} và các tổ chức chính trị - xã hội {u}"
                    ),
                    vec![
                        format!("Ủy ban Mặt trận Tổ quốc Việt Nam {u}"),
                        format!("các tổ chức chính trị - xã hội {u}"),
                    ],
                )];
                p.partners = vec![
                    s("các sở, ngành liên quan"),
                    format!("Ủy ban nhân dân {}", geo::districts_phrase(pr)),
                    s("các cơ quan, đơn vị liên quan"),
                ];
                p.superior = vec![
                    format!("Ủy ban nhân dân {u}"),
                    format!("Chủ tịch Ủy ban nhân dân {u}"),
                ];
                p.office = format!("Văn phòng Ủy ban nhân dân {u}");
                if let Kind::So(i) = b.kind {
                    let sec = &SECTORS[i as usize];
                    p.list = vec![
                        s("Văn phòng Sở"),
                        s("Các phòng chuyên môn thuộc Sở"),
                        s("Các đơn vị sự nghiệp trực thuộc Sở"),
                    ];
                    match i as usize {
                        bodies::Y_TE => {
                            p.list.push(format!("Trung tâm Kiểm soát bệnh tật {u}"));
                            p.list.push(format!("Các bệnh viện tuyến {u}"));
                        }
                        bodies::GIAO_DUC => {
                            p.list.push(s("Các trường trung học phổ thông"));
                            p.list.push(s("Các trung tâm giáo dục thường xuyên"));
                        }
                        bodies::NONG_NGHIEP => {
                            p.list.push(s("Chi cục Kiểm lâm"));
                            p.list.push(s("Chi cục Thủy lợi"));
                            p.list.push(s("Chi cục Chăn nuôi và Thú y"));
                        }
                        _ => {}
                    }
                    p.single = vec![format!("{} {}", sec.phong, geo::districts_phrase(pr))];
                    p.multi.clear();
                    p.superior = vec![s(sec.so), s("Giám đốc Sở")];
                    p.office = s("Văn phòng Sở");
                }
            }
            Kind::Hu | Kind::Ubndh => {
                let (k, _) = b.district();
                let w = k.word();
                let kc = k.committee();
                if b.kind == Kind::Hu {
                    p.list = vec![
                        format!("Ủy ban nhân dân {w}"),
                        format!("Ban Tổ chức {kc}"),
                        format!("Ủy ban Kiểm tra {kc}"),
                        format!("Văn phòng {kc}"),
                        format!("Ban Chỉ huy Quân sự {w}"),
                        format!("Công an {w}"),
                    ];
                    if before_2025 {
                        p.list.push(format!("Ban Tuyên giáo {kc}"));
                        p.list.push(format!("Ban Dân vận {kc}"));
                    }
                    p.single = vec![
                        format!("Đảng ủy {}", k.communes()),
                        s("Các tổ chức cơ sở đảng trực thuộc"),
                        format!("Các đồng chí Ủy viên Ban Thường vụ {kc} phụ trách cơ sở"),
                    ];
                    p.multi = vec![(
                        format!(
                            "Ủy ban Mặt trận Tổ quốc Việt Nam {w} và các đoàn thể chính trị - xã hội {w}"
                        ),
                        vec![
                            format!("Ủy ban Mặt trận Tổ quốc Việt Nam {w}"),
                            format!("các đoàn thể chính trị - xã hội {w}"),
                        ],
                    )];
                    p.superior = vec![format!("Ban Thường vụ {kc}"), format!("Thường trực {kc}")];
                    p.office = format!("Văn phòng {kc}");
                } else {
                    let nn = if k == geo::DistrictKind::Quan {
                        format!("Phòng Kinh tế {w}")
                    } else {
                        format!("Phòng Nông nghiệp và Phát triển nông thôn {w}")
                    };
                    p.list = vec![
                        format!("Phòng Tài nguyên và Môi trường {w}"),
                        nn,
                        format!("Phòng Y tế {w}"),
                        format!("Phòng Giáo dục và Đào tạo {w}"),
                        format!("Phòng Văn hóa và Thông tin {w}"),
                        format!("Phòng Tài chính - Kế hoạch {w}"),
                        format!("Phòng Nội vụ {w}"),
                        format!("Công an {w}"),
                        format!("Ban Chỉ huy Quân sự {w}"),
                        format!("Trung tâm Y tế {w}"),
                    ];
                    p.single = vec![
                        format!("Ủy ban nhân dân {}", k.communes()),
                        format!("Trung tâm Văn hóa - Thông tin và Thể thao {w}"),
                    ];
                    p.superior = vec![
                        format!("Ủy ban nhân dân {w}"),
                        format!("Chủ tịch Ủy ban nhân dân {w}"),
                    ];
                    p.office = format!("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân {w}");
                }
                p.partners = vec![
                    s("các cơ quan, đơn vị liên quan"),
                    format!("Ủy ban Mặt trận Tổ quốc Việt Nam {w}"),
                    format!("Ủy ban nhân dân {}", k.communes()),
                ];
            }
            Kind::Dux => {
                let cw = b.district().0.commune_word();
                p.list = vec![
                    format!("Ủy ban nhân dân {cw}"),
                    format!("Ban Chỉ huy Quân sự {cw}"),
                    format!("Công an {cw}"),
                    s("Văn phòng Đảng ủy"),
                ];
                p.single = vec![
                    s("Các chi bộ trực thuộc"),
                    s("Các đồng chí đảng ủy viên phụ trách thôn"),
                ];
                p.multi = vec![(
                    format!("Ủy ban Mặt trận Tổ quốc {cw} và các đoàn thể {cw}"),
                    vec![
                        format!("Ủy ban Mặt trận Tổ quốc {cw}"),
                        format!("các đoàn thể {cw}"),
                    ],
                )];
                p.partners = vec![format!("các đoàn thể {cw}"), s("các chi bộ")];
                p.superior = vec![s("Ban Thường vụ Đảng ủy"), format!("Đảng ủy {cw}")];
                p.office = s("Văn phòng Đảng ủy");
            }
        }
        if p.partners.is_empty() {
            p.partners.push(s("các cơ quan liên quan"));
        }
        p
    }

    // ----- small helpers ---------------------------------------------------------

    fn superior(&mut self) -> String {
        self.rng.pick(&self.pools.superior).clone()
    }

    fn fill(&self, s: &str) -> String {
        fill(s, &self.body, self.day)
    }

    /// A date after the document's, as a deadline (at most ~5 months on).
    fn deadline_day(&mut self) -> i32 {
        let d = self.day + 10 + self.rng.below(140) as i32;
        if date::weekday(d) == 6 {
            d - 1
        } else {
            d
        }
    }

    fn push_line(&mut self, s: &str) {
        self.t.push_str(s);
        self.t.push('\n');
    }

    fn para(&mut self, s: &str) {
        self.t.push_str(s);
        self.t.push_str(self.gap);
    }

    // ----- header ----------------------------------------------------------------

    fn header(&mut self) {
        let (parent, issuer) = self.body.header(&mut self.rng);
        self.exp.issuer_name = issuer.join(" ");
        self.exp.issuer_parent = parent.clone();
        let place = self.body.place(&mut self.rng);
        self.exp.place = place.clone();
        let place_date = format!("{place}, {}", header_date(self.day));
        let number = if self.party {
            if self.rng.chance(0.85) {
                format!("Số {}", self.m.reff)
            } else {
                format!("Số: {}", self.m.reff)
            }
        } else {
            format!("Số: {}", self.m.reff)
        };
        let mut left: Vec<String> = parent.into_iter().chain(issuer).collect();
        let motto: Vec<String> = if self.party {
            vec!["ĐẢNG CỘNG SẢN VIỆT NAM".into()]
        } else {
            let c = if self.rng.chance(0.1) {
                "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
            } else {
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
            };
            vec![c.into(), "Độc lập - Tự do - Hạnh phúc".into()]
        };
        let rule = if self.party { "*" } else { "-------" };
        let motto_rule = if self.party && self.rng.chance(0.5) {
            None
        } else {
            Some("---------------")
        };
        // A công văn's trích yếu sits under its number.
        let cv = self.m.kind == DocKind::Cv;
        let mut cv_lines = String::new();
        if cv {
            let subject = self.cv_subject();
            let width = 34 + self.rng.below(16);
            let star = self.party && self.rng.chance(0.12);
            let mut s = String::new();
            wrap_into(&mut s, &subject, width);
            if star {
                let body = s.trim_end();
                cv_lines = format!("*{body}*\n");
            } else {
                cv_lines = s;
            }
            self.exp.subject = subject;
        }
        let layout = self
            .rng
            .weighted(&[30, 25, 15, 20, if self.party { 0 } else { 10 }]);
        let t = &mut self.t;
        if self.rng.chance(0.1) {
            t.push('\n');
        }
        match layout {
            0 => {
                // Two columns side by side.
                let w = left.iter().map(|l| l.chars().count()).max().unwrap_or(10);
                let col = w + 6 + (hash(&[self.m.date as u64]) % 14) as usize;
                let star_line = format!("{}{}", " ".repeat(w / 2), rule);
                left.push(star_line);
                let mut right: Vec<String> = motto.clone();
                if let Some(r) = motto_rule {
                    right.push(r.into());
                }
                let rows = left.len().max(right.len());
                for i in 0..rows {
                    let l = left.get(i).map(String::as_str).unwrap_or("");
                    match right.get(i) {
                        Some(r) => {
                            let pad = col.saturating_sub(l.chars().count()).max(4);
                            let _ = writeln!(t, "{l}{}{r}", " ".repeat(pad));
                        }
                        None => {
                            let _ = writeln!(t, "{l}");
                        }
                    }
                }
                let pad = col.saturating_sub(number.chars().count()).max(4);
                let _ = writeln!(t, "{number}{}{place_date}", " ".repeat(pad));
                t.push_str(&cv_lines);
            }
            1 => {
                // The issuer's column, then the motto's.
                for l in &left {
                    let _ = writeln!(t, "{l}");
                }
                let _ = writeln!(t, "{rule}");
                let _ = writeln!(t, "{number}");
                t.push_str(&cv_lines);
                t.push('\n');
                for l in &motto {
                    let _ = writeln!(t, "{l}");
                }
                if let Some(r) = motto_rule {
                    let _ = writeln!(t, "{r}");
                }
                let _ = writeln!(t, "{place_date}");
            }
            2 => {
                // The motto first.
                for l in &motto {
                    let _ = writeln!(t, "{l}");
                }
                if let Some(r) = motto_rule {
                    let _ = writeln!(t, "{r}");
                }
                t.push('\n');
                for l in &left {
                    let _ = writeln!(t, "{l}");
                }
                let _ = writeln!(t, "{rule}");
                if hash(&[self.m.date as u64, 7]).is_multiple_of(2) {
                    let _ = writeln!(t, "{place_date}");
                    let _ = writeln!(t, "{number}");
                } else {
                    let _ = writeln!(t, "{number}");
                    let _ = writeln!(t, "{place_date}");
                }
                t.push_str(&cv_lines);
            }
            3 => {
                // Row by row (web copies).
                for l in &left {
                    let _ = writeln!(t, "{l}");
                }
                let _ = writeln!(t, "{}", if self.party { "*" } else { "-------" });
                for l in &motto {
                    let _ = writeln!(t, "{l}");
                }
                let _ = writeln!(t, "---------------");
                let _ = writeln!(t, "{number}");
                t.push_str(&cv_lines);
                let _ = writeln!(t, "{place_date}");
            }
            _ => {
                // State: lines of the two cells interleaved.
                let rows = left.len().max(motto.len());
                for i in 0..rows {
                    if let Some(l) = left.get(i) {
                        let _ = writeln!(t, "{l}");
                    }
                    if let Some(r) = motto.get(i) {
                        let _ = writeln!(t, "{r}");
                    }
                }
                let _ = writeln!(t, "-------");
                let _ = writeln!(t, "---------------");
                let _ = writeln!(t, "{number}");
                let _ = writeln!(t, "{place_date}");
                t.push_str(&cv_lines);
            }
        }
        t.push('\n');
        if !cv {
            self.type_block();
        }
    }

    /// The trích yếu of a công văn (with `V/v` mostly).
    fn cv_subject(&mut self) -> String {
        let core = self.m.core.clone();
        if !self.party || self.rng.chance(0.8) {
            format!("V/v {core}")
        } else {
            cap_first(&core)
        }
    }

    /// The type line and the trích yếu of any other type.
    fn type_block(&mut self) {
        let kind = self.m.kind;
        let core = self.m.core.clone();
        let parent_impl = self.plan.parent.as_ref().filter(|p| {
            self.plan.cites.iter().any(|c| {
                c.rel == Rel::Implements && matches!(&c.target, Target::Doc(d) if d.key == p.key)
            })
        });
        let subject = if self.party {
            match kind {
                DocKind::Kh | DocKind::Ctr if parent_impl.is_some() && self.rng.chance(0.5) => {
                    let p = parent_impl.unwrap();
                    let ds = DateStyle::pick(&mut self.rng, true);
                    format!(
                        "thực hiện {} số {}, ngày {} của {} về {}",
                        p.kind.cite_word(),
                        p.reff,
                        inline_date(p.date, ds),
                        p.cite_issuer,
                        p.core
                    )
                }
                DocKind::Kh => {
                    if self.rng.chance(0.5) {
                        core
                    } else {
                        format!("về {core}")
                    }
                }
                DocKind::Tb => format!("kết luận của {} về {core}", self.org),
                _ => format!("về {core}"),
            }
        } else {
            match kind {
                DocKind::Kh if parent_impl.is_some() && self.rng.chance(0.4) => {
                    let p = parent_impl.unwrap();
                    let ds = DateStyle::pick(&mut self.rng, false);
                    format!(
                        "Triển khai thực hiện {} số {} ngày {} của {} về {}",
                        p.kind.cite_word(),
                        p.reff,
                        inline_date(p.date, ds),
                        p.cite_issuer,
                        p.core
                    )
                }
                DocKind::Kh => cap_first(&core),
                DocKind::Cd => format!("Về việc {core}"),
                DocKind::Tb => {
                    let who = match self.body.kind {
                        Kind::Vpcp => "Thủ tướng Chính phủ".to_string(),
                        Kind::Bo(i) => format!("Bộ trưởng {}", SECTORS[i as usize].ministry),
                        _ => self.body.organ_name(Organ::Chair),
                    };
                    format!("Kết luận của {who} tại cuộc họp về {core}")
                }
                DocKind::Qd => format!("Về {core}"),
                _ => {
                    if self.rng.chance(0.2) {
                        format!("Về việc {core}")
                    } else {
                        format!("Về {core}")
                    }
                }
            }
        };
        let subject = if self.rng.chance(0.05) {
            upper(&subject)
        } else {
            subject
        };
        let _ = writeln!(self.t, "{}", kind.type_line());
        let width = 58 + self.rng.below(20);
        wrap_into(&mut self.t, &subject, width);
        if self.party && self.rng.chance(0.4) {
            self.t.push_str("-----\n");
        }
        self.t.push('\n');
        self.exp.subject = subject;
    }

    // ----- citations -------------------------------------------------------------

    /// Prints citation `i` (the full first mention) and records it.
    fn cite(&mut self, i: usize, with_subject: bool) -> String {
        self.cite_full(i, with_subject, true)
    }

    /// Prints citation `i`; `with_issuer` false leaves out `của <issuer>` (printed
    /// before it, as in `Xét đề nghị của Giám đốc Sở … tại Tờ trình số …`).
    fn cite_full(&mut self, i: usize, with_subject: bool, with_issuer: bool) -> String {
        self.done[i] = true;
        let c: &Cite = &self.plan.cites[i];
        let party_style = self.party;
        let (text, rec) = match &c.target {
            Target::Doc(m) => {
                let ds = DateStyle::pick(&mut self.rng, party_style);
                let sep = if party_style && self.rng.chance(0.7) {
                    ", ngày "
                } else {
                    " ngày "
                };
                let so = if self.rng.chance(0.04) { " " } else { " số " };
                let mut issuer = m.cite_issuer.clone();
                if m.body.kind == Kind::Tw && self.rng.chance(0.3) {
                    let term = (date::year(m.date) - 2001).div_euclid(5);
                    let k = roman((term + 9).max(1) as u32);
                    issuer = format!("{issuer} khóa {k}");
                }
                let mut text = format!(
                    "{}{so}{}{sep}{}",
                    m.kind.cite_word(),
                    m.reff,
                    inline_date(m.date, ds)
                );
                if with_issuer {
                    let _ = write!(text, " của {issuer}");
                }
                if with_subject {
                    let _ = write!(text, " về {}", m.core);
                }
                let rec = CiteRec {
                    reff: Some(m.reff.clone()),
                    type_code: m.type_code(),
                    type_name: m.kind.name(),
                    date: Some(m.date),
                    issuer: Some(issuer),
                    jurisdiction: bodies::jur_name(m.jur),
                    rel: c.rel,
                    target: if m.in_archive {
                        Some(m.key.clone())
                    } else {
                        None
                    },
                    target_key: m.key.clone(),
                    text: String::new(),
                };
                (text, rec)
            }
            Target::Luat { name, date: d } => {
                let text = format!("Luật {name} ngày {}", inline_date(*d, DateStyle::Words));
                let rec = CiteRec {
                    reff: None,
                    type_code: None,
                    type_name: "Luật",
                    date: Some(*d),
                    issuer: None,
                    jurisdiction: "Quốc gia",
                    rel: c.rel,
                    target: None,
                    target_key: target_key(&c.target),
                    text: String::new(),
                };
                (text, rec)
            }
            Target::Dien {
                date: d, issuer, ..
            } => {
                let ds = DateStyle::pick(&mut self.rng, true);
                let mut text = format!("Điện ngày {} của {issuer}", inline_date(*d, ds));
                if with_subject {
                    let _ = write!(text, " về {}", self.m.core);
                }
                let rec = CiteRec {
                    reff: None,
                    type_code: None,
                    type_name: "Điện",
                    date: Some(*d),
                    issuer: Some(issuer.clone()),
                    jurisdiction: bodies::jur_name(target_jur(&c.target)),
                    rel: c.rel,
                    target: None,
                    target_key: target_key(&c.target),
                    text: String::new(),
                };
                (text, rec)
            }
            Target::DaiHoi { issuer, term, .. } => {
                let text = format!("Nghị quyết {issuer}, nhiệm kỳ {term}");
                let rec = CiteRec {
                    reff: None,
                    type_code: None,
                    type_name: "Nghị quyết",
                    date: None,
                    issuer: Some(issuer.clone()),
                    jurisdiction: bodies::jur_name(target_jur(&c.target)),
                    rel: c.rel,
                    target: None,
                    target_key: target_key(&c.target),
                    text: String::new(),
                };
                (text, rec)
            }
        };
        let mut rec = rec;
        rec.text = text.clone();
        self.exp.citations.push(rec);
        text
    }

    /// Indices of the citations with relation `rel` not printed yet.
    fn pending(&self, rel: Rel) -> Vec<usize> {
        (0..self.plan.cites.len())
            .filter(|&i| !self.done[i] && self.plan.cites[i].rel == rel)
            .collect()
    }

    /// The subject a citation may carry without changing the relation of the next one
    /// in the same sentence.
    fn subject_safe(&self, i: usize, rel: Rel) -> bool {
        match &self.plan.cites[i].target {
            Target::Doc(m) => last_rel(&m.core).is_none() || last_rel(&m.core) == Some(rel),
            Target::Dien { .. } => {
                last_rel(&self.m.core).is_none() || last_rel(&self.m.core) == Some(rel)
            }
            _ => false,
        }
    }

    /// The citations `ids` as one list (`A, B và C`), each with its subject where safe.
    fn cite_list(&mut self, ids: &[usize], rel: Rel) -> String {
        let mut s = String::new();
        let semi = self.rng.chance(0.4);
        let mut said: Vec<&str> = Vec::new();
        for (k, &i) in ids.iter().enumerate() {
            if k > 0 {
                if k + 1 == ids.len() {
                    s.push_str(" và ");
                } else if semi {
                    s.push_str("; ");
                } else {
                    s.push_str(", ");
                }
            }
            let last = k + 1 == ids.len();
            let plan = self.plan;
            let core: &str = match &plan.cites[i].target {
                Target::Doc(m) => &m.core,
                _ => &self.m.core,
            };
            let with_subject = if said.contains(&core) {
                false
            } else if last {
                self.rng.chance(0.85)
            } else {
                self.subject_safe(i, rel) && self.rng.chance(0.7)
            };
            if with_subject {
                said.push(core);
            }
            let text = self.cite(i, with_subject);
            s.push_str(&text);
        }
        s
    }

    /// `Thực hiện A và B` for the pending implements citations (empty when none).
    fn implements_clause(&mut self) -> String {
        let ids = self.pending(Rel::Implements);
        if ids.is_empty() {
            return String::new();
        }
        let lead = *self.rng.pick(&[
            "Thực hiện",
            "Thực hiện",
            "Thực hiện",
            "Triển khai thực hiện",
            "Tiếp tục thực hiện",
        ]);
        let list = self.cite_list(&ids, Rel::Implements);
        format!("{lead} {list}")
    }

    // ----- items -----------------------------------------------------------------

    /// The body of the topic's sector at the issuer's level (`Bộ Y tế`, `Sở Y tế`,
    /// `Phòng Y tế huyện`), if the issuer commands one.
    fn sector_body(&self) -> Option<String> {
        let sec = &SECTORS[self.topic.sector];
        let exists = |k: Kind| {
            Body {
                kind: k,
                ..self.body
            }
            .exists(self.day)
        };
        match self.body.kind {
            Kind::Ttg | Kind::Cp | Kind::Vpcp if exists(Kind::Bo(self.topic.sector as u8)) => {
                Some(sec.ministry.to_string())
            }
            Kind::Ubndt if !sec.so.is_empty() && exists(Kind::So(self.topic.sector as u8)) => {
                Some(sec.so.to_string())
            }
            Kind::Ubndh if !sec.phong.is_empty() => {
                let (k, _) = self.body.district();
                if k == geo::DistrictKind::Quan && sec.phong.starts_with("Phòng Nông nghiệp") {
                    Some(format!("Phòng Kinh tế {}", k.word()))
                } else {
                    Some(format!("{} {}", sec.phong, k.word()))
                }
            }
            _ => None,
        }
    }

    /// An assignee phrase and the assignees it names.
    fn assignee(&mut self) -> (String, Vec<String>) {
        if self.rng.chance(0.35) {
            if let Some(s) = self.sector_body() {
                if !self.used_assignees.contains(&s) {
                    self.used_assignees.push(s.clone());
                    return (s.clone(), vec![s]);
                }
            }
        }
        for _ in 0..4 {
            let r = self.rng.below(100);
            let (text, names) = if r < 62 && !self.pools.list.is_empty() {
                let n = self.pools.list.len();
                let k = if self.rng.chance(0.22) && n >= 2 {
                    2 + usize::from(self.rng.chance(0.3) && n >= 3)
                } else {
                    1
                };
                let idx = self.rng.subset(n, k);
                let mut idx: Vec<usize> = idx;
                // Shuffle a little: the subset comes out sorted.
                if idx.len() > 1 && self.rng.chance(0.5) {
                    idx.reverse();
                }
                let names: Vec<String> = idx.iter().map(|&i| self.pools.list[i].clone()).collect();
                let mut text = String::new();
                for (j, nm) in names.iter().enumerate() {
                    if j > 0 {
                        if j + 1 == names.len() && self.rng.chance(0.5) {
                            text.push_str(" và ");
                        } else {
                            text.push_str(", ");
                        }
                    }
                    text.push_str(nm);
                }
                (text, names)
            } else if r < 85 && !self.pools.single.is_empty() {
                let s = self.rng.pick(&self.pools.single).clone();
                (s.clone(), vec![s])
            } else if !self.pools.multi.is_empty() {
                self.rng.pick(&self.pools.multi).clone()
            } else {
                let s = self.rng.pick(&self.pools.list).clone();
                (s.clone(), vec![s])
            };
            if !self.used_assignees.contains(&text) || self.rng.chance(0.2) {
                self.used_assignees.push(text.clone());
                return (text, names);
            }
        }
        let s = self.rng.pick(&self.pools.list).clone();
        (s.clone(), vec![s])
    }

    fn object(&mut self) -> String {
        let o = *self.rng.pick(self.topic.objects);
        self.fill(o)
    }

    /// Appends `tpl` with its placeholders expanded: `{O}` an object of the topic,
    /// `{S}` the superior, `{B}` a partner, the others as `world::placeholder` fills them.
    fn expand_into(&mut self, out: &mut String, tpl: &str) {
        let mut rest = tpl;
        while let Some(i) = rest.find('{') {
            out.push_str(&rest[..i]);
            let Some(j) = rest[i..].find('}').map(|j| i + j) else {
                break;
            };
            let name = &rest[i + 1..j];
            match name {
                "O" => {
                    let o = *self.rng.pick(self.topic.objects);
                    self.expand_into(out, o);
                }
                "S" => {
                    let k = self.rng.below(self.pools.superior.len());
                    out.push_str(&self.pools.superior[k]);
                }
                "B" => {
                    // Not the body the item is addressed to.
                    let n = self.pools.partners.len();
                    let mut k = self.rng.below(n);
                    for _ in 0..n {
                        if !self.current_who.contains(self.pools.partners[k].as_str()) {
                            break;
                        }
                        k = (k + 1) % n;
                    }
                    out.push_str(&self.pools.partners[k]);
                    if !self.partners_named.contains(&self.pools.partners[k]) {
                        self.partners_named.push(self.pools.partners[k].clone());
                    }
                }
                other => {
                    if !crate::world::placeholder(out, other, &self.body, self.day) {
                        out.push('{');
                        out.push_str(other);
                        out.push('}');
                    }
                }
            }
            rest = &rest[j + 1..];
        }
        out.push_str(rest);
    }

    /// Appends one clause to `out` and returns its actions; `avoid` are the actions
    /// already used in the item.
    fn clause_into(&mut self, out: &mut String, avoid: &[Act]) -> &'static [Act] {
        for attempt in 0..12 {
            let (tpl, acts): (&'static str, &'static [Act]) =
                if self.rng.chance(0.5) && !self.topic.specials.is_empty() {
                    *self.rng.pick(self.topic.specials)
                } else {
                    *self.rng.pick(&GENERIC)
                };
            if acts.iter().any(|a| avoid.contains(a)) {
                continue;
            }
            if attempt < 8 && self.used_clauses.contains(&tpl) {
                continue;
            }
            self.used_clauses.push(tpl);
            if self.party {
                self.expand_into(out, tpl);
            } else {
                // State documents speak of civil servants and units, not of party cells.
                let mut c = String::with_capacity(128);
                self.expand_into(&mut c, tpl);
                if c.contains("đảng viên") || c.contains("chi bộ") {
                    c = c
                        .replace("cán bộ, đảng viên", "cán bộ, công chức")
                        .replace("đến chi bộ", "đến cơ sở");
                }
                out.push_str(&c);
            }
            return acts;
        }
        self.expand_into(out, GENERIC[0].0);
        GENERIC[0].1
    }

    /// One clause as a new string.
    fn clause(&mut self, avoid: &[Act]) -> (String, Vec<Act>) {
        let mut s = String::with_capacity(96);
        let acts = self.clause_into(&mut s, avoid);
        (s, acts.to_vec())
    }

    fn report_target(&mut self) -> String {
        let sup = self.superior();
        if self.rng.chance(0.3) {
            format!("{sup} (qua {})", self.pools.office)
        } else {
            sup
        }
    }

    /// A deadline phrase with its date.
    fn date_phrase(&mut self) -> (String, i32) {
        let d = self.deadline_day();
        let (y, m, _) = date::ymd(d);
        match self.rng.below(6) {
            0 => {
                let last = date::from_ymd(y, m, date::days_in_month(y, m));
                (format!("hoàn thành trong tháng {m}/{y}"), last)
            }
            1 => (
                format!("chậm nhất ngày {}", inline_date(d, DateStyle::Slash)),
                d,
            ),
            2 => (
                format!("hoàn thành trước ngày {}", inline_date(d, DateStyle::Words)),
                d,
            ),
            3 => (
                format!("trước ngày {}", inline_date(d, DateStyle::SlashPadded)),
                d,
            ),
            _ => (
                format!("hoàn thành trước ngày {}", inline_date(d, DateStyle::Slash)),
                d,
            ),
        }
    }

    /// A recurrence for a report clause.
    fn recurrence(&mut self) -> (&'static str, &'static str) {
        loop {
            let (p, e, urgent) = *self.rng.pick(&RECURRENCES);
            if !urgent || self.topic.urgent {
                return (p, e);
            }
        }
    }

    /// The expected task of one item, its text (without label) in `text`.
    fn item(&mut self, allow_date: bool, allow_every: bool) -> Task {
        let mode = self.rng.below(100);
        self.current_who.clear();
        self.partners_named.clear();
        let mut text = String::with_capacity(360);
        let mut acts: Vec<Act> = Vec::with_capacity(6);
        let implicit = mode < 15 && !self.named_only;
        let assignees = if implicit {
            if self.rng.chance(0.3) {
                text.push_str("tiếp tục ");
            }
            vec![]
        } else {
            let (mut who, mut names) = self.assignee();
            let lead = if mode < 24 {
                "Giao "
            } else if mode < 30 && !self.party {
                "Đề nghị "
            } else {
                ""
            };
            if !lead.is_empty()
                && ["Các ", "Cấp ", "Đồng chí "]
                    .iter()
                    .any(|p| who.starts_with(p))
            {
                who = lower_first(&who);
                names[0] = lower_first(&names[0]);
            }
            text.push_str(lead);
            text.push_str(&who);
            text.push(' ');
            self.current_who = who;
            names
        };
        let n = 1 + self.rng.weighted(&[10, 45, 45]);
        // Coordination as a prefix of the first clause.
        let coord = !implicit && self.rng.chance(0.22);
        for k in 0..n {
            if k > 0 {
                text.push_str("; ");
            }
            if k == 0 && coord {
                let pre = *self.rng.pick(&COORD_PREFIX);
                self.expand_into(&mut text, pre);
                text.push(' ');
                acts.push(Act::Coordinate);
            }
            let a = self.clause_into(&mut text, &acts);
            for &x in a {
                if !acts.contains(&x) {
                    acts.push(x);
                }
            }
        }
        if !implicit && !coord && self.rng.chance(0.08) {
            text.push_str("; ");
            let tpl = *self.rng.pick(&COORD_ALONE);
            self.expand_into(&mut text, tpl);
            acts.push(Act::Coordinate);
        }
        let mut date_dl: Option<i32> = None;
        let mut every: Option<&'static str> = None;
        let r = self.rng.below(100);
        if allow_every && r < 18 {
            let (phrase, e) = self.recurrence();
            let target = self.report_target();
            text.push_str("; ");
            match self.rng.below(3) {
                0 => {
                    let _ = write!(text, "{phrase} báo cáo {target}");
                }
                1 => {
                    let _ = write!(text, "{phrase} tổng hợp, báo cáo {target}");
                }
                _ => {
                    let _ = write!(text, "báo cáo {target} {phrase}");
                }
            }
            every = Some(e);
            if !acts.contains(&Act::Report) {
                acts.push(Act::Report);
            }
        } else if allow_date && r < 45 {
            let (phrase, d) = self.date_phrase();
            if self.rng.chance(0.4) {
                let target = self.report_target();
                let rep = *self.rng.pick(&REPORT);
                text.push_str("; ");
                text.push_str(&rep.replace("{S}", &target));
                text.push(' ');
                text.push_str(phrase.trim_start_matches("hoàn thành "));
                if !acts.contains(&Act::Report) {
                    acts.push(Act::Report);
                }
            } else {
                text.push_str(", ");
                text.push_str(&phrase);
            }
            date_dl = Some(d);
        } else if r < 55 {
            let target = self.report_target();
            let rep = *self.rng.pick(&REPORT);
            text.push_str("; ");
            text.push_str(&rep.replace("{S}", &target));
            if !acts.contains(&Act::Report) {
                acts.push(Act::Report);
            }
        }
        text.push('.');
        if implicit {
            text = cap_first(&text);
        }
        Task {
            label: String::new(),
            assignees,
            implicit,
            coordinators: std::mem::take(&mut self.partners_named),
            actions: acts,
            date: date_dl,
            every,
            text,
        }
    }

    /// An item whose assignee heads dash sub-points (`1. Sở Y tế:` / `- …`).
    fn item_with_points(&mut self, allow_date: bool) -> Task {
        let name = match self.sector_body() {
            Some(s) if self.rng.chance(0.5) && !self.used_assignees.contains(&s) => s,
            _ => self.rng.pick(&self.pools.list).clone(),
        };
        self.used_assignees.push(name.clone());
        self.partners_named.clear();
        let n = 2 + self.rng.below(2);
        let mut acts: Vec<Act> = Vec::new();
        let mut text = String::with_capacity(400);
        text.push_str(&name);
        text.push(':');
        let mut date_dl = None;
        for k in 0..n {
            let mut c = String::with_capacity(120);
            let a = self.clause_into(&mut c, &acts);
            for &x in a {
                if !acts.contains(&x) {
                    acts.push(x);
                }
            }
            if k + 1 == n && allow_date && self.rng.chance(0.35) {
                let (phrase, d) = self.date_phrase();
                c.push_str(", ");
                c.push_str(&phrase);
                date_dl = Some(d);
            }
            text.push_str("\n- ");
            text.push_str(&cap_first(&c));
            text.push('.');
        }
        Task {
            label: String::new(),
            assignees: vec![name],
            implicit: false,
            coordinators: std::mem::take(&mut self.partners_named),
            actions: acts,
            date: date_dl,
            every: None,
            text,
        }
    }

    /// Numbered (or lettered) items under `prefix` (`II.` → labels `II.1`).
    fn items(
        &mut self,
        count: usize,
        style: u8,
        label_prefix: &str,
        allow_date: bool,
        allow_every: bool,
        points: bool,
    ) {
        const LETTERS: [&str; 10] = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k"];
        for i in 0..count {
            let mut task = if points && self.rng.chance(0.5) {
                self.item_with_points(allow_date)
            } else {
                self.item(allow_date, allow_every)
            };
            let (printed, label) = match (style, LETTERS.get(i)) {
                (1, Some(l)) => (format!("{l})"), l.to_string()),
                _ => {
                    let n = i + 1;
                    if self.num_dash {
                        (format!("{n}-"), n.to_string())
                    } else {
                        (format!("{n}."), n.to_string())
                    }
                }
            };
            task.label = format!("{label_prefix}{label}");
            self.t.push_str(&printed);
            self.t.push(' ');
            self.t.push_str(&task.text);
            self.t.push_str(self.gap);
            self.exp.tasks.push(task);
        }
    }

    /// Attaches a deadline written once in the closing line to every task.
    fn closing_deadline(&mut self, d: Option<i32>, every: Option<&'static str>) {
        for t in &mut self.exp.tasks {
            if t.date.is_none() {
                t.date = d;
            }
            if t.every.is_none() {
                t.every = every;
            }
        }
    }

    /// A closing line that sets a deadline for every task, or an ordinary closing.
    /// Returns true when a deadline was set (then the items must not carry their own).
    fn plan_closing_deadline(&mut self) -> Option<(Option<i32>, Option<&'static str>, String)> {
        let r = self.rng.below(100);
        let who = if self.party {
            "Các cấp ủy, tổ chức đảng"
        } else {
            "Các cơ quan, đơn vị, địa phương"
        };
        let target = self.report_target();
        if r < 10 {
            let (phrase, e) = self.recurrence();
            Some((
                None,
                Some(e),
                format!("{who} {phrase} báo cáo kết quả thực hiện về {target}."),
            ))
        } else if r < 18 {
            let d = self.deadline_day();
            let ds = if self.party {
                DateStyle::SlashPadded
            } else {
                DateStyle::Slash
            };
            Some((
                Some(d),
                None,
                format!(
                    "{who} báo cáo kết quả thực hiện về {target} trước ngày {}.",
                    inline_date(d, ds)
                ),
            ))
        } else {
            None
        }
    }

    // ----- shared pieces ---------------------------------------------------------

    fn background(&mut self, n: usize) {
        let bg = self.topic.background;
        let k = n.min(bg.len());
        let idx = self.rng.subset(bg.len(), k);
        let sentences: Vec<String> = idx.iter().map(|&i| self.fill(bg[i])).collect();
        let mut p = sentences.join(" ");
        // A paragraph does not open with "Tuy nhiên".
        if let Some(rest) = p.strip_prefix("Tuy nhiên, ") {
            p = cap_first(rest);
        }
        if self.rng.chance(0.65) {
            const MORE: [&str; 4] = [
                "Bên cạnh những kết quả đạt được, {O} vẫn còn một số hạn chế: việc triển khai ở một số nơi chưa quyết liệt, sự phối hợp giữa các cơ quan, đơn vị có lúc chưa chặt chẽ.",
                "Nguyên nhân chủ yếu là một số cấp ủy, chính quyền chưa nhận thức đầy đủ vị trí, tầm quan trọng của {O}; nguồn lực bố trí còn hạn chế, chưa tương xứng với yêu cầu.",
                "Nhiệm vụ thời gian tới đặt ra yêu cầu ngày càng cao, đòi hỏi các cấp, các ngành phải vào cuộc quyết liệt, đồng bộ hơn nữa.",
                "Công tác tham mưu, đề xuất của một số cơ quan chuyên môn chưa kịp thời; việc sơ kết, rút kinh nghiệm chưa được quan tâm đúng mức.",
            ];
            let o = self.object();
            let more = self.rng.pick(&MORE).replace("{O}", &o);
            p.push(' ');
            p.push_str(&more);
        }
        // A document only mentioned, in the background.
        if let Some(&i) = self.pending(Rel::Mentions).first() {
            if self.rng.chance(0.6) {
                let c = self.cite(i, true);
                let s = if self.rng.chance(0.5) {
                    format!(" Các giải pháp tại {c} đã phát huy hiệu quả bước đầu.")
                } else {
                    format!(" Sau một thời gian triển khai {c}, nhiều địa phương đã có chuyển biến tích cực.")
                };
                p.push_str(&s);
            }
        }
        self.para(&p);
    }

    /// The closing of a document of `kind` (after any citation still to print).
    fn closing(&mut self, extra: Option<String>) {
        let this = self.m.kind.this();
        // A chỉ thị names the one it replaces in its closing.
        let replaced = if self.m.kind == DocKind::Ct {
            self.pending(Rel::Replaces).first().copied()
        } else {
            None
        };
        let replaced = replaced.map(|i| self.cite(i, true));
        self.flush_pending_sentence();
        // The closing stands apart from the last item, even in compact copies.
        if !self.t.ends_with("\n\n") {
            self.t.push('\n');
        }
        if let Some(e) = extra {
            self.para(&e);
            return;
        }
        let s = match (self.party, self.m.kind) {
            (true, DocKind::Ct) => {
                let mut s = if self.rng.chance(0.5) {
                    "Chỉ thị này được phổ biến đến chi bộ".to_string()
                } else {
                    "Chỉ thị này phổ biến đến chi bộ".to_string()
                };
                if let Some(c) = &replaced {
                    let _ = write!(s, " và thay thế {c}");
                }
                s.push('.');
                s
            }
            (true, DocKind::Nq) => "Nghị quyết này phổ biến đến chi bộ.".to_string(),
            (true, DocKind::Cv) => format!(
                "Nhận được {this}, đề nghị các cấp ủy, tổ chức đảng nghiêm túc triển khai thực hiện."
            ),
            (true, DocKind::Kl) => format!(
                "{} yêu cầu các cấp ủy, tổ chức đảng, cơ quan, đơn vị liên quan nghiêm túc thực hiện {this}.",
                self.org
            ),
            (true, DocKind::Tb) => format!(
                "{} thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện.",
                self.org
            ),
            (true, _) => format!(
                "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời phản ánh về {} (qua {}) để được hướng dẫn.",
                self.org, self.pools.office
            ),
            (false, DocKind::Ct) => {
                let mut s = String::new();
                if let Some(c) = &replaced {
                    let _ = write!(s, "Chỉ thị này thay thế {c}. ");
                }
                let _ = write!(
                    s,
                    "Thủ trưởng các cơ quan, đơn vị, địa phương có trách nhiệm tổ chức thực hiện nghiêm {this}./."
                );
                s
            }
            (false, DocKind::Tb) => format!(
                "{} thông báo để các cơ quan, đơn vị biết, thực hiện./.",
                self.pools.office
            ),
            (false, _) => {
                if self.rng.chance(0.5) {
                    format!(
                        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về {} để xem xét, giải quyết./.",
                        self.pools.superior[0]
                    )
                } else {
                    format!("Yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc thực hiện {this}./.")
                }
            }
        };
        if s.contains(this) {
            self.exp.not_citations.push(this.to_string());
        }
        self.para(&s);
    }

    /// The request that ends a preamble (`Ban Thường vụ Tỉnh ủy yêu cầu:`).
    fn request(&mut self) -> String {
        let org = self.org.clone();
        if self.party {
            match self.rng.below(4) {
                0 => format!("{org} yêu cầu:"),
                1 => format!(
                    "{org} yêu cầu các cấp ủy, tổ chức đảng tập trung lãnh đạo, chỉ đạo thực hiện tốt một số nhiệm vụ sau:"
                ),
                2 => format!("{org} đề nghị các cơ quan, đơn vị thực hiện tốt một số nội dung sau:"),
                _ => format!("{org} yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt một số nội dung sau:"),
            }
        } else {
            let org = if matches!(self.body.kind, Kind::Ubndt | Kind::Ubndh) && self.rng.chance(0.5)
            {
                self.body.organ_name(Organ::Chair)
            } else {
                org
            };
            match self.rng.below(3) {
                0 => format!("{org} yêu cầu:"),
                1 => {
                    format!("{org} đề nghị các cơ quan, đơn vị thực hiện tốt một số nội dung sau:")
                }
                _ => format!(
                    "{org} yêu cầu các cơ quan, đơn vị, địa phương thực hiện tốt các nội dung sau:"
                ),
            }
        }
    }

    /// `Thực hiện …, để …, <org> yêu cầu:` (or without citations).
    fn preamble(&mut self, end: String) {
        let imp = self.implements_clause();
        let purpose = if self.rng.chance(0.6) {
            Some(*self.rng.pick(self.topic.purpose))
        } else {
            None
        };
        let s = match (imp.is_empty(), purpose) {
            (false, Some(p)) => format!("{imp}, {p}, {end}"),
            (false, None) => format!("{imp}, {end}"),
            (true, Some(p)) => format!("{}, {end}", cap_first(p)),
            (true, None) => end,
        };
        self.para(&s);
    }

    /// Basis citations of a non-decision document as a `Căn cứ …,` opening.
    fn basis_opening(&mut self) -> Option<String> {
        let ids = self.pending(Rel::Basis);
        if ids.is_empty() {
            return None;
        }
        let list = self.cite_list(&ids, Rel::Basis);
        Some(format!("Căn cứ {list}"))
    }

    /// Mentions inside an item: appended to the text of the last task.
    fn mention_in_item(&mut self) {
        let ids = self.pending(Rel::Mentions);
        if ids.is_empty() || self.exp.tasks.is_empty() {
            return;
        }
        // Find the last printed item and extend it.
        let c = self.cite(ids[0], false);
        let add = format!("; thực hiện theo đúng quy định tại {c}.");
        if let Some(pos) = self.t.trim_end().rfind('.') {
            let tail = self.t[pos + 1..].to_string();
            self.t.truncate(pos);
            self.t.push_str(&add);
            self.t.push_str(&tail);
            if let Some(task) = self.exp.tasks.last_mut() {
                if task.text.ends_with('.') {
                    task.text.pop();
                }
                task.text.push_str(&add);
            }
        }
    }

    /// Whatever implements/basis/mentions citations are still pending, as one sentence.
    fn flush_pending_sentence(&mut self) {
        let imp = self.pending(Rel::Implements);
        if !imp.is_empty() {
            let s = self.implements_clause();
            let o = self.object();
            self.para(&format!(
                "{s}, các cơ quan, đơn vị cần quán triệt và làm tốt {o}."
            ));
        }
        let basis = self.pending(Rel::Basis);
        if !basis.is_empty() {
            let l = self.cite_list(&basis, Rel::Basis);
            self.para(&format!(
                "Căn cứ {l}, các cơ quan, đơn vị triển khai thực hiện."
            ));
        }
        for rel in [
            Rel::Mentions,
            Rel::Responds,
            Rel::Replaces,
            Rel::Amends,
            Rel::Repeals,
        ] {
            for i in self.pending(rel) {
                let c = self.cite(i, false);
                let s = match rel {
                    Rel::Mentions => format!("Các giải pháp tại {c} tiếp tục được duy trì."),
                    Rel::Responds => format!("Văn bản này trả lời {c}."),
                    Rel::Replaces => format!("Văn bản này thay thế {c}."),
                    Rel::Amends => format!("Văn bản này sửa đổi, bổ sung {c}."),
                    _ => format!("Bãi bỏ {c}."),
                };
                self.para(&s);
            }
        }
    }

    // ----- templates -------------------------------------------------------------

    fn recipients_block(&mut self) {
        let entries = self.recipient_pool();
        let k = 1 + self.rng.below(entries.len().min(4));
        let idx = self.rng.subset(entries.len(), k);
        let chosen: Vec<String> = idx.iter().map(|&i| entries[i].clone()).collect();
        let sep = if self.party { "," } else { ";" };
        let form = self.rng.below(4);
        if chosen.len() == 1 || form == 0 && chosen.len() == 1 {
            let _ = writeln!(self.t, "Kính gửi: {}.", chosen[0]);
        } else {
            match form {
                0 | 1 => {
                    self.push_line("Kính gửi:");
                    for (j, e) in chosen.iter().enumerate() {
                        let end = if j + 1 == chosen.len() { "." } else { sep };
                        let _ = writeln!(self.t, "- {e}{end}");
                    }
                }
                2 => {
                    for (j, e) in chosen.iter().enumerate() {
                        let end = if j + 1 == chosen.len() { "." } else { sep };
                        if j == 0 {
                            let _ = writeln!(self.t, "Kính gửi: - {e}{end}");
                        } else {
                            let _ = writeln!(self.t, "- {e}{end}");
                        }
                    }
                }
                _ => {
                    self.push_line("              Kính gửi:");
                    for (j, e) in chosen.iter().enumerate() {
                        let end = if j + 1 == chosen.len() { "." } else { sep };
                        let _ = writeln!(self.t, "                        - {e}{end}");
                    }
                }
            }
        }
        self.t.push('\n');
        self.exp.recipients = chosen;
    }

    fn recipient_pool(&self) -> Vec<String> {
        let b = self.body;
        let s = |x: &str| x.to_string();
        match b.kind {
            Kind::Tu | Kind::Btgtu | Kind::Ubkttu => {
                let pr = b.province();
                let c = geo::committee(pr);
                let u = geo::unit(pr);
                vec![
                    format!(
                        "Các {}, đảng ủy trực thuộc {c}",
                        geo::district_committees(pr)
                    ),
                    s("Các ban cán sự đảng, đảng đoàn"),
                    format!("Các ban đảng, Văn phòng {c}"),
                    format!("Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam {u}"),
                    format!("Các đồng chí {c} viên"),
                    format!("Các sở, ban, ngành, đoàn thể {u}"),
                ]
            }
            Kind::Duk(_) => vec![
                s("Các đồng chí Ủy viên Ban Chấp hành Đảng bộ Khối"),
                s("Các chi ủy, đảng ủy cơ sở"),
                s("Ban Thường vụ Đoàn Khối"),
                s("Các đảng bộ, chi bộ cơ sở trực thuộc Đảng ủy Khối"),
            ],
            Kind::Hu => {
                let (k, _) = b.district();
                vec![
                    format!("Đảng ủy {}", k.communes()),
                    s("Các chi, đảng bộ trực thuộc"),
                    format!("Ủy ban nhân dân {}", k.word()),
                    format!(
                        "Ủy ban Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội {}",
                        k.word()
                    ),
                    format!("Các đồng chí {} viên", k.committee()),
                ]
            }
            Kind::Dux => {
                let cw = b.district().0.commune_word();
                vec![
                    s("Các chi bộ trực thuộc Đảng ủy"),
                    format!("Ủy ban nhân dân {cw}"),
                    format!("Ủy ban Mặt trận Tổ quốc và các đoàn thể {cw}"),
                ]
            }
            Kind::Tw | Kind::Vptw | Kind::Btgtw | Kind::Btctw | Kind::Bdvtw | Kind::Ubkttw => vec![
                s("Các tỉnh ủy, thành ủy"),
                s("Các ban đảng, ban cán sự đảng, đảng đoàn, đảng ủy trực thuộc Trung ương"),
                s("Văn phòng các tỉnh ủy, thành ủy"),
                s("Các cơ quan báo chí Trung ương"),
            ],
            Kind::Ttg | Kind::Cp | Kind::Vpcp => vec![
                s("Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ"),
                s("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"),
            ],
            Kind::Bo(i) => {
                let sec = &SECTORS[i as usize];
                let mut v = vec![
                    s("Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ"),
                    s("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"),
                ];
                if !sec.so.is_empty() {
                    v.push(format!(
                        "{} các tỉnh, thành phố trực thuộc Trung ương",
                        sec.so
                    ));
                }
                v
            }
            Kind::Ubndt | Kind::So(_) => {
                let pr = b.province();
                let u = geo::unit(pr);
                let mut v = vec![
                    format!("Các sở, ban, ngành cấp {u}"),
                    format!("Ủy ban nhân dân {}", geo::districts_phrase(pr)),
                ];
                if let Kind::So(i) = b.kind {
                    let sec = &SECTORS[i as usize];
                    v = vec![
                        format!("{} {}", sec.phong, geo::districts_phrase(pr)),
                        s("Các đơn vị trực thuộc Sở"),
                        format!("Ủy ban nhân dân {}", geo::districts_phrase(pr)),
                    ];
                }
                v
            }
            Kind::Ubndh => {
                let (k, _) = b.district();
                vec![
                    format!("Các phòng, ban, ngành {}", k.word()),
                    format!("Ủy ban nhân dân {}", k.communes()),
                ]
            }
        }
    }

    fn body_cv(&mut self) {
        self.recipients_block();
        if self.rng.chance(0.6) {
            let nb = 1 + self.rng.below(2);
            self.background(nb);
        }
        let closing = self.plan_closing_deadline();
        let (allow_date, allow_every) = allowances(&closing);
        // A reply names the công văn it answers first.
        if let Some(i) = self.pending(Rel::Responds).first().copied() {
            self.flush_implements_into_background();
            let c = self.cite(i, true);
            let org = self.org.clone();
            self.para(&format!("Phúc đáp {c}, {org} có ý kiến như sau:"));
        } else {
            let end = self.request();
            self.preamble(end);
        }
        let count = 4 + self.rng.below(4);
        let style = if self.rng.chance(0.25) { 1 } else { 0 };
        self.items(count, style, "", allow_date, allow_every, false);
        self.mention_in_item();
        let extra = self.apply_closing(closing);
        self.closing(extra);
    }

    /// Implements citations of a reply go into a sentence of their own.
    fn flush_implements_into_background(&mut self) {
        if !self.pending(Rel::Implements).is_empty() {
            let s = self.implements_clause();
            let o = self.object();
            self.para(&format!(
                "{s}, các cơ quan, đơn vị đã tập trung triển khai {o}."
            ));
        }
    }

    fn body_ct(&mut self) {
        // Background, sometimes opening with the documents the directive implements.
        if self.rng.chance(0.35) && !self.pending(Rel::Implements).is_empty() {
            let imp = self.implements_clause();
            let o = self.object();
            let dia = territory(&self.body);
            self.para(&format!(
                "{imp}, thời gian qua {o} {dia} đã đạt được nhiều kết quả quan trọng."
            ));
            self.background(1);
        } else {
            let nb = 1 + self.rng.below(2);
            self.background(nb);
        }
        let end = self.request();
        self.preamble(end);
        let count = 4 + self.rng.below(4);
        self.items(count, 0, "", true, true, false);
        self.mention_in_item();
        self.closing(None);
    }

    fn purpose_paragraph(&mut self) -> String {
        let o = self.object();
        let p = *self.rng.pick(self.topic.purpose);
        let o2 = self.object();
        format!(
            "Tiếp tục nâng cao nhận thức, trách nhiệm của các cấp, các ngành và của cán bộ, đảng viên về {o} {p}. Xác định rõ nhiệm vụ, lộ trình và trách nhiệm của từng cơ quan, đơn vị trong {o2}. Việc triển khai phải nghiêm túc, thiết thực, tránh hình thức, gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị."
        )
    }

    fn body_kh(&mut self) {
        let basis = self.basis_opening();
        let kind_word = if self.m.kind == DocKind::Ctr {
            "Chương trình hành động"
        } else {
            "Kế hoạch"
        };
        let imp = self.implements_clause();
        let org = self.org.clone();
        let end = format!("{org} ban hành {kind_word} thực hiện như sau:");
        let s = match (basis, imp.is_empty()) {
            (Some(b), false) => format!("{b}; {}, {end}", lower_first(&imp)),
            (Some(b), true) => format!("{b}, {end}"),
            (None, false) => format!("{imp}, {end}"),
            (None, true) => {
                let p = *self.rng.pick(self.topic.purpose);
                format!("{}, {end}", cap_first(p))
            }
        };
        self.para(&s);
        self.push_line(if self.m.kind == DocKind::Ctr {
            "I. MỤC TIÊU"
        } else {
            "I. MỤC ĐÍCH, YÊU CẦU"
        });
        let pp = self.purpose_paragraph();
        self.para(&pp);
        let head = *self.rng.pick(&[
            "II. NHIỆM VỤ, GIẢI PHÁP",
            "II. NHIỆM VỤ CỤ THỂ",
            "II. TỔ CHỨC THỰC HIỆN",
            "II. PHÂN CÔNG NHIỆM VỤ",
        ]);
        self.push_line(head);
        if self.gap == "\n\n" && self.rng.chance(0.5) {
            self.t.push('\n');
        }
        let count = 4 + self.rng.below(4);
        let points = !self.party;
        self.items(count, 0, "II.", true, true, points);
        self.mention_in_item();
        if !self.party && self.rng.chance(0.6) {
            self.push_line("III. TỔ CHỨC THỰC HIỆN");
            let sup = self.pools.superior[0].clone();
            let office = self.pools.office.clone();
            self.para(&format!(
                "Kinh phí thực hiện {} được bố trí từ nguồn ngân sách năm {} và các nguồn kinh phí hợp pháp khác. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về {sup} (qua {office}) để xem xét, giải quyết./.",
                self.m.kind.this(),
                date::year(self.day)
            ));
            self.exp.not_citations.push(self.m.kind.this().to_string());
        }
    }

    fn reporter(&mut self) -> String {
        if self.pools.list.is_empty() {
            return "các cơ quan liên quan".into();
        }
        self.rng.pick(&self.pools.list).clone()
    }

    fn body_kl(&mut self) {
        let meeting = self.day - 1 - self.rng.below(10) as i32;
        let imp = self.implements_clause();
        let rep = self.reporter();
        let org = self.org.clone();
        let o = self.object();
        let md = inline_date(meeting, DateStyle::Slash);
        let s = if imp.is_empty() {
            format!("Tại hội nghị ngày {md}, sau khi nghe {rep} báo cáo tình hình {o}, {org} kết luận như sau:")
        } else {
            format!("{imp}, ngày {md}, {org} họp nghe {rep} báo cáo tình hình {o}. Sau khi thảo luận, {org} kết luận như sau:")
        };
        self.para(&s);
        let closing = self.plan_closing_deadline();
        let (allow_date, allow_every) = allowances(&closing);
        if self.rng.chance(0.4) {
            let o2 = self.object();
            let a = format!(
                "1. Thời gian qua, các cấp, các ngành đã có nhiều cố gắng trong {o2}, đạt được một số kết quả quan trọng. Tuy nhiên, việc thực hiện ở một số nơi còn chậm, chưa đồng bộ; sự phối hợp giữa các cơ quan có lúc chưa chặt chẽ."
            );
            self.para(&a);
            self.para("2. Thời gian tới, các cơ quan, đơn vị thực hiện tốt các nhiệm vụ sau:");
            let count = 4 + self.rng.below(3);
            self.items(count, 1, "2.", allow_date, allow_every, false);
        } else {
            let count = 4 + self.rng.below(4);
            self.items(count, 0, "", allow_date, allow_every, false);
        }
        self.mention_in_item();
        let extra = self.apply_closing(closing);
        self.closing(extra);
    }

    fn body_tb(&mut self) {
        let meeting = self.day - 1 - self.rng.below(8) as i32;
        let imp = self.implements_clause();
        let rep = self.reporter();
        let org = if self.party {
            self.org.clone()
        } else {
            match self.body.kind {
                Kind::Vpcp => "Thủ tướng Chính phủ".to_string(),
                Kind::Bo(i) => format!("Bộ trưởng {}", SECTORS[i as usize].ministry),
                _ => self.body.organ_name(Organ::Chair),
            }
        };
        let o = self.object();
        let md = inline_date(meeting, DateStyle::Slash);
        let tail = format!(
            "ngày {md}, {org} họp nghe {rep} báo cáo về {o}. Sau khi nghe báo cáo và ý kiến phát biểu của các đại biểu dự họp, {org} kết luận như sau:"
        );
        let s = if imp.is_empty() {
            cap_first(&tail)
        } else {
            format!("{imp}, {tail}")
        };
        self.para(&s);
        let closing = self.plan_closing_deadline();
        let (allow_date, allow_every) = allowances(&closing);
        let style = if self.rng.chance(0.5) { 1 } else { 0 };
        let count = 4 + self.rng.below(4);
        self.items(count, style, "", allow_date, allow_every, false);
        self.mention_in_item();
        let extra = self.apply_closing(closing);
        self.closing(extra);
    }

    /// Attaches a closing-line deadline to the tasks and returns the line.
    fn apply_closing(
        &mut self,
        closing: Option<(Option<i32>, Option<&'static str>, String)>,
    ) -> Option<String> {
        closing.map(|(d, e, s)| {
            self.closing_deadline(d, e);
            s
        })
    }

    fn member_list(&mut self, party: bool) {
        let roles = [
            "Trưởng ban",
            "Phó Trưởng ban",
            "Thành viên",
            "Thành viên",
            "Thành viên",
        ];
        let n = 3 + self.rng.below(3);
        let posts: Vec<String> = self
            .pools
            .list
            .iter()
            .map(|b| format!("Lãnh đạo {b}"))
            .collect();
        for k in 0..n {
            let name = bodies::person(
                self.seed,
                hash(&[self.body.key(), k as u64, 0xBCD]),
                k as u8,
                (date::year(self.day) - 2001) / 5,
            );
            let post = if k == 0 {
                match self.body.level() {
                    0 => match self.body.kind {
                        Kind::Ttg | Kind::Cp | Kind::Vpcp => "Phó Thủ tướng Chính phủ".to_string(),
                        Kind::Bo(i) => format!("Thứ trưởng {}", SECTORS[i as usize].ministry),
                        Kind::Tw => "Ủy viên Bộ Chính trị".to_string(),
                        _ => "Lãnh đạo cơ quan".to_string(),
                    },
                    1 => {
                        let pr = self.body.province();
                        if party {
                            format!("Phó Bí thư Thường trực {}", geo::committee(pr))
                        } else {
                            format!("Phó Chủ tịch Ủy ban nhân dân {}", geo::unit(pr))
                        }
                    }
                    _ => {
                        let (k, _) = self.body.district();
                        if party {
                            format!("Phó Bí thư Thường trực {}", k.committee())
                        } else {
                            format!("Phó Chủ tịch Ủy ban nhân dân {}", k.word())
                        }
                    }
                }
            } else {
                posts[(k * 7) % posts.len().max(1)].clone()
            };
            let role = roles[k.min(roles.len() - 1)];
            let end = if k + 1 == n { "." } else { ";" };
            let title = if party {
                "Đồng chí"
            } else if name.contains(" Thị ") || name.split(' ').nth(1) == Some("Thu") {
                "Bà"
            } else {
                "Ông"
            };
            if party {
                let _ = writeln!(self.t, "- {title} {name}, {post} - {role}{end}");
            } else {
                let _ = writeln!(self.t, "{}. {title} {name}, {post} - {role}{end}", k + 1);
            }
        }
        self.t.push('\n');
    }

    /// The `Điều` that binds everyone (`… chịu trách nhiệm thi hành Quyết định này`).
    fn execution_article(&mut self, n: usize, party: bool, team: bool) {
        let b = self.body;
        let s = |x: &str| x.to_string();
        let (text, names): (String, Vec<String>) = if party {
            let (office, org) = match b.kind {
                Kind::Tu => {
                    let c = geo::committee(b.province());
                    (format!("Văn phòng {c}"), format!("Ban Tổ chức {c}"))
                }
                Kind::Hu => {
                    let kc = b.district().0.committee();
                    (format!("Văn phòng {kc}"), format!("Ban Tổ chức {kc}"))
                }
                Kind::Duk(_) => (s("Văn phòng Đảng ủy Khối"), s("Ban Tổ chức Đảng ủy Khối")),
                Kind::Dux => (s("Văn phòng Đảng ủy"), s("Ban Tổ chức Đảng ủy")),
                _ => (s("Văn phòng Trung ương Đảng"), s("Ban Tổ chức Trung ương")),
            };
            (
                format!(
                    "{office}, {org}, các cơ quan liên quan và các đồng chí có tên tại Điều 1 căn cứ Quyết định thi hành."
                ),
                vec![office, org, s("các cơ quan liên quan"), s("các đồng chí có tên tại Điều 1")],
            )
        } else {
            let last = if team {
                "các thành viên Ban Chỉ đạo"
            } else {
                "các tổ chức, cá nhân có liên quan"
            };
            match b.kind {
                Kind::Ttg | Kind::Cp => (
                    format!(
                        "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương và {last} chịu trách nhiệm thi hành Quyết định này./."
                    ),
                    vec![
                        s("Các Bộ trưởng"),
                        s("Thủ trưởng cơ quan ngang bộ"),
                        s("Thủ trưởng cơ quan thuộc Chính phủ"),
                        s("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"),
                        s(last),
                    ],
                ),
                Kind::Bo(i) => {
                    let sec = &SECTORS[i as usize];
                    let so = if sec.so.is_empty() {
                        "Thủ trưởng các cơ quan, đơn vị liên quan".to_string()
                    } else {
                        format!("Giám đốc {} các tỉnh, thành phố trực thuộc trung ương", sec.so)
                    };
                    (
                        format!(
                            "Chánh Văn phòng Bộ; Thủ trưởng các vụ, cục thuộc Bộ; {so} và {last} chịu trách nhiệm thi hành Quyết định này./."
                        ),
                        vec![s("Chánh Văn phòng Bộ"), s("Thủ trưởng các vụ, cục thuộc Bộ"), so, s(last)],
                    )
                }
                Kind::Ubndh => {
                    let (k, _) = b.district();
                    let w = k.word();
                    let a = format!("Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân {w}");
                    let bb = format!("Trưởng các phòng, ban, ngành {w}");
                    let c = format!("Chủ tịch Ủy ban nhân dân {}", k.communes());
                    (
                        format!("{a}; {bb}; {c} và {last} chịu trách nhiệm thi hành Quyết định này./."),
                        vec![a, bb, c, s(last)],
                    )
                }
                _ => {
                    let pr = b.province();
                    let u = geo::unit(pr);
                    let a = format!("Chánh Văn phòng Ủy ban nhân dân {u}");
                    let bb = format!("Giám đốc các sở, ban, ngành {u}");
                    let c = format!("Chủ tịch Ủy ban nhân dân {}", geo::districts_phrase(pr));
                    (
                        format!("{a}; {bb}; {c} và {last} chịu trách nhiệm thi hành Quyết định này./."),
                        vec![a, bb, c, s(last)],
                    )
                }
            }
        };
        let head = if party {
            format!("Điều {n}. ")
        } else {
            format!("Điều {n}. Quyết định này có hiệu lực kể từ ngày ký.\n")
        };
        let _ = write!(self.t, "{head}{text}");
        self.t.push_str(self.gap);
        self.exp.tasks.push(Task {
            label: format!("Điều {n}"),
            assignees: names,
            implicit: false,
            coordinators: Vec::new(),
            actions: vec![Act::Direct],
            date: None,
            every: None,
            text,
        });
        self.exp.not_citations.push("Quyết định này".into());
    }

    /// `Điều n. Ban Chỉ đạo giúp … ; định kỳ … báo cáo …` (a task of the team).
    fn team_article(&mut self, n: usize) {
        self.partners_named.clear();
        let sup = self.superior();
        let (c1, a1) = self.clause(&[Act::Report]);
        let (c2, a2) = self.clause(&a1);
        let (phrase, every) = self.recurrence();
        let text = format!(
            "Ban Chỉ đạo giúp {sup} {c1}; {c2}; {phrase} báo cáo {sup}. Trưởng Ban Chỉ đạo phân công nhiệm vụ cụ thể cho các thành viên."
        );
        let mut acts = a1;
        for x in a2 {
            if !acts.contains(&x) {
                acts.push(x);
            }
        }
        acts.push(Act::Report);
        let _ = write!(self.t, "Điều {n}. {text}");
        self.t.push_str(self.gap);
        self.exp.tasks.push(Task {
            label: format!("Điều {n}"),
            assignees: vec!["Ban Chỉ đạo".into()],
            implicit: false,
            coordinators: std::mem::take(&mut self.partners_named),
            actions: acts,
            date: None,
            every: Some(every),
            text,
        });
    }

    fn body_qd_party(&mut self) {
        // - Căn cứ …; - Thực hiện …; - Xét đề nghị …,
        for i in self.pending(Rel::Basis) {
            let c = self.cite(i, true);
            let _ = writeln!(self.t, "- Căn cứ {c};");
        }
        let imp = self.pending(Rel::Implements);
        if !imp.is_empty() {
            let list = self.cite_list(&imp, Rel::Implements);
            let _ = writeln!(self.t, "- Thực hiện {list};");
        }
        let by = self
            .pools
            .list
            .iter()
            .find(|b| b.starts_with("Ban Tổ chức"))
            .or(self.pools.list.first())
            .cloned()
            .unwrap_or_else(|| "Văn phòng".to_string());
        let _ = writeln!(self.t, "- Xét đề nghị của {by},");
        self.exp.not_citations.push(format!("Xét đề nghị của {by}"));
        self.t.push('\n');
        let who = upper(&self.org);
        let _ = writeln!(self.t, "{who} QUYẾT ĐỊNH");
        self.t.push('\n');
        let core = &self.m.core;
        let what = core.strip_prefix("việc ").unwrap_or(core).to_string();
        let _ = writeln!(
            self.t,
            "Điều 1. {} gồm các đồng chí có tên sau:",
            cap_first(&what)
        );
        self.member_list(true);
        self.team_article(2);
        self.mention_in_item();
        let mut n = 3;
        for i in self.pending(Rel::Replaces) {
            let c = self.cite(i, true);
            self.para(&format!("Điều {n}. Quyết định này thay thế {c}."));
            n += 1;
        }
        self.flush_pending_sentence();
        self.execution_article(n, true, true);
    }

    fn body_qd_state(&mut self) {
        // The organ line, then Căn cứ lines.
        let organ = match self.body.kind {
            Kind::Ttg => "THỦ TƯỚNG CHÍNH PHỦ".to_string(),
            Kind::Bo(i) => format!("BỘ TRƯỞNG {}", upper(SECTORS[i as usize].ministry)),
            _ => self.exp.issuer_name.clone(),
        };
        let _ = writeln!(self.t, "{organ}\n");
        let basis = self.pending(Rel::Basis);
        let mut lines: Vec<String> = Vec::new();
        for i in basis {
            let c = self.cite(i, true);
            lines.push(format!("Căn cứ {c}"));
        }
        if !self.pending(Rel::Implements).is_empty() {
            let s = self.implements_clause();
            lines.push(s);
        }
        let responds = self.pending(Rel::Responds);
        let proposal = if let Some(&i) = responds.first() {
            let who = match &self.plan.cites[i].target {
                Target::Doc(m) => m.cite_issuer.clone(),
                _ => String::new(),
            };
            let c = self.cite_full(i, false, false);
            let lead = if self.rng.chance(0.5) {
                "Xét đề nghị"
            } else {
                "Theo đề nghị"
            };
            format!("{lead} của {who} tại {c}")
        } else {
            let who = match self.body.kind {
                Kind::Ttg => "Bộ trưởng Bộ Nội vụ".to_string(),
                Kind::Bo(_) => "Chánh Văn phòng Bộ".to_string(),
                _ => format!("Chánh {}", self.pools.office),
            };
            self.exp
                .not_citations
                .push(format!("Theo đề nghị của {who}"));
            format!("Theo đề nghị của {who}")
        };
        lines.push(proposal);
        for (k, l) in lines.iter().enumerate() {
            let end = if k + 1 == lines.len() { "." } else { ";" };
            let _ = writeln!(self.t, "{l}{end}");
        }
        self.t.push('\n');
        self.push_line("QUYẾT ĐỊNH:");
        self.t.push('\n');
        self.named_only = true;
        let core = self.m.core.clone();
        let team = core.contains("Ban Chỉ đạo");
        let mut n = 1;
        if team {
            let what = core.strip_prefix("việc ").unwrap_or(&core).to_string();
            let _ = writeln!(
                self.t,
                "Điều 1. {} (sau đây gọi tắt là Ban Chỉ đạo), gồm các ông, bà có tên sau:",
                cap_first(&what)
            );
            self.member_list(false);
            n += 1;
            self.team_article(n);
            n += 1;
        } else {
            let what = core
                .strip_prefix("việc ban hành ")
                .unwrap_or(&core)
                .to_string();
            let _ = write!(
                self.t,
                "Điều 1. Ban hành kèm theo Quyết định này {}.",
                cap_first(&what)
            );
            self.t.push_str(self.gap);
            n += 1;
            // Duties: `Điều 2. Trách nhiệm …` with numbered clauses, or one article.
            if self.rng.chance(0.5) {
                let _ = writeln!(self.t, "Điều {n}. Tổ chức thực hiện");
                let count = 3 + self.rng.below(3);
                self.items(count, 0, &format!("Điều {n}."), true, true, false);
            } else {
                let mut task = self.item(true, true);
                task.label = format!("Điều {n}");
                let _ = write!(self.t, "Điều {n}. {}", task.text);
                self.t.push_str(self.gap);
                self.exp.tasks.push(task);
            }
            n += 1;
        }
        self.mention_in_item_qd();
        // Replacing, amending, repealing.
        for rel in [Rel::Replaces, Rel::Amends, Rel::Repeals] {
            for i in self.pending(rel) {
                let c = self.cite(i, true);
                let s = match rel {
                    Rel::Replaces => format!("Điều {n}. Quyết định này thay thế {c}."),
                    Rel::Amends => format!(
                        "Điều {n}. Sửa đổi, bổ sung khoản 2 Điều 1 {c} như sau: \"{} là cơ quan thường trực, giúp việc cho Ban Chỉ đạo\".",
                        self.pools.list.first().cloned().unwrap_or_else(|| "Văn phòng".into())
                    ),
                    _ => format!("Điều {n}. Bãi bỏ Điều 3 {c}."),
                };
                self.para(&s);
                n += 1;
            }
        }
        self.flush_pending_sentence();
        self.execution_article(n, false, team);
    }

    /// A decision's mentions go into its last duty (never into the execution article).
    fn mention_in_item_qd(&mut self) {
        if self.exp.tasks.is_empty() {
            return;
        }
        self.mention_in_item();
    }

    fn body_nq(&mut self) {
        let state = !self.party;
        if state {
            self.push_line("CHÍNH PHỦ");
            self.t.push('\n');
            let mut lines = Vec::new();
            for i in self.pending(Rel::Basis) {
                let c = self.cite(i, true);
                lines.push(format!("Căn cứ {c};"));
            }
            if !self.pending(Rel::Implements).is_empty() {
                let s = self.implements_clause();
                lines.push(format!("{s};"));
            }
            let (y, m, _) = date::ymd(self.day);
            let (pm, py) = if m == 1 { (12, y - 1) } else { (m - 1, y) };
            lines.push(format!(
                "Trên cơ sở thảo luận, biểu quyết của các Thành viên Chính phủ và kết luận của Thủ tướng Chính phủ tại phiên họp Chính phủ thường kỳ tháng {pm} năm {py},"
            ));
            for l in lines {
                self.push_line(&l);
            }
            self.t.push('\n');
            self.push_line("QUYẾT NGHỊ:");
            self.t.push('\n');
        } else {
            let imp = self.implements_clause();
            let org = self.org.clone();
            let core = self.m.core.clone();
            let s = if imp.is_empty() {
                format!("{org} ban hành Nghị quyết về {core} như sau:")
            } else {
                format!("{imp}, {org} ban hành Nghị quyết về {core} như sau:")
            };
            self.para(&s);
        }
        self.push_line(if state {
            "I. TÌNH HÌNH"
        } else {
            "I. TÌNH HÌNH, NGUYÊN NHÂN"
        });
        self.background(2);
        self.push_line("II. MỤC TIÊU");
        let o = self.object();
        let y = date::year(self.day) + 2;
        self.para(&format!(
            "Phấn đấu đến năm {y}, tạo chuyển biến rõ nét về {o}; bảo đảm sự đồng bộ, hiệu quả trong lãnh đạo, chỉ đạo và tổ chức thực hiện."
        ));
        self.push_line("III. NHIỆM VỤ, GIẢI PHÁP");
        let count = 4 + self.rng.below(3);
        self.items(count, 0, "III.", true, false, false);
        self.push_line("IV. TỔ CHỨC THỰC HIỆN");
        let count = 2 + self.rng.below(2);
        self.items(count, 0, "IV.", true, true, false);
        self.mention_in_item();
        if state {
            self.flush_pending_sentence();
        } else {
            self.closing(None);
        }
    }

    fn body_hd(&mut self) {
        let imp = self.implements_clause();
        let org = self.org.clone();
        let o = self.object();
        let s = if imp.is_empty() {
            format!("Để thống nhất triển khai {o}, {org} hướng dẫn một số nội dung như sau:")
        } else {
            format!("{imp}, {org} hướng dẫn một số nội dung như sau:")
        };
        self.para(&s);
        self.push_line("I. MỤC ĐÍCH, YÊU CẦU");
        let pp = self.purpose_paragraph();
        self.para(&pp);
        self.push_line("II. NỘI DUNG");
        let o1 = self.object();
        let o2 = self.object();
        let themes = [
            format!("Những quan điểm, chủ trương của Đảng, chính sách của Nhà nước về {o1}."),
            format!("Kết quả nổi bật trong {o2} thời gian qua; những hạn chế và nguyên nhân."),
            "Gương tập thể, cá nhân tiêu biểu, các mô hình hay, cách làm hiệu quả.".to_string(),
            "Việc đấu tranh phản bác các quan điểm sai trái, thù địch.".to_string(),
        ];
        let k = 2 + self.rng.below(3);
        for th in themes.iter().take(k) {
            let _ = writeln!(self.t, "- {th}");
        }
        self.t.push('\n');
        self.push_line("III. TỔ CHỨC THỰC HIỆN");
        let count = 3 + self.rng.below(3);
        self.items(count, 0, "III.", true, true, false);
        self.mention_in_item();
        self.closing(None);
    }

    fn body_cd(&mut self) {
        let who = match self.body.kind {
            Kind::Ttg => "THỦ TƯỚNG CHÍNH PHỦ".to_string(),
            Kind::Bo(i) => format!("BỘ TRƯỞNG {}", upper(SECTORS[i as usize].ministry)),
            _ => upper(&self.body.organ_name(Organ::Chair)),
        };
        let _ = writeln!(self.t, "{who} điện:");
        let entries: Vec<String> = match self.body.kind {
            Kind::Ttg => vec![
                "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương".into(),
                "Bộ trưởng các Bộ: Quốc phòng, Công an, Y tế".into(),
            ],
            Kind::Bo(i) => vec![
                format!(
                    "Giám đốc {} các tỉnh, thành phố trực thuộc trung ương",
                    SECTORS[i as usize].so
                ),
                "Thủ trưởng các đơn vị trực thuộc Bộ".into(),
            ],
            Kind::Ubndh => {
                let (k, _) = self.body.district();
                vec![
                    format!("Trưởng các phòng, ban, ngành {}", k.word()),
                    format!("Chủ tịch Ủy ban nhân dân {}", k.communes()),
                ]
            }
            _ => {
                let pr = self.body.province();
                vec![
                    format!("Giám đốc các sở, ban, ngành {}", geo::unit(pr)),
                    format!("Chủ tịch Ủy ban nhân dân {}", geo::districts_phrase(pr)),
                ]
            }
        };
        for (j, e) in entries.iter().enumerate() {
            let end = if j + 1 == entries.len() { "." } else { ";" };
            let _ = writeln!(self.t, "- {e}{end}");
        }
        self.t.push('\n');
        self.exp.recipients = entries;
        self.background(1);
        let chair = match self.body.kind {
            Kind::Ttg => "Thủ tướng Chính phủ".to_string(),
            Kind::Bo(i) => format!("Bộ trưởng {}", SECTORS[i as usize].ministry),
            _ => self.body.organ_name(Organ::Chair),
        };
        self.preamble(format!("{chair} yêu cầu:"));
        let count = 4 + self.rng.below(4);
        self.items(count, 0, "", true, true, false);
        self.mention_in_item();
        self.closing(None);
    }

    // ----- footer ----------------------------------------------------------------

    fn distribution(&mut self) -> Vec<String> {
        let b = self.body;
        let kind = self.m.kind;
        let s = |x: &str| x.to_string();
        let mut first: Vec<String> = Vec::new();
        let pool: Vec<String>;
        let last: String;
        let unit = *self.rng.pick(b.cv_units());
        match b.kind {
            Kind::Tu | Kind::Btgtu | Kind::Ubkttu => {
                let pr = b.province();
                let c = geo::committee(pr);
                let u = geo::unit(pr);
                if kind == DocKind::Cv {
                    first.push(s(if self.rng.chance(0.5) {
                        "Như kính gửi"
                    } else {
                        "Như trên"
                    }));
                }
                pool = vec![
                    s("Ban Bí thư Trung ương Đảng (để b/c)"),
                    s("Văn phòng Trung ương Đảng"),
                    s("Ban Tổ chức Trung ương (b/c)"),
                    format!("Thường trực {c}"),
                    format!("Các đồng chí {c} viên"),
                    format!("Các đồng chí Ủy viên Ban Thường vụ {c}"),
                    format!("Các {}, đảng ủy trực thuộc", geo::district_committees(pr)),
                    s("Các ban cán sự đảng, đảng đoàn"),
                    format!("Các ban, cơ quan đảng {c}"),
                    format!("Thường trực HĐND, UBND {u}"),
                    format!("Báo {}, Đài PT-TH {u}", newspaper(pr)),
                ];
                last = match (b.kind, self.rng.below(3)) {
                    (Kind::Btgtu, _) => s("Lưu VT, Ban Tuyên giáo"),
                    (Kind::Ubkttu, _) => s("Lưu UBKT"),
                    (_, 0) => s("Lưu VT, VPTU"),
                    _ => format!("Lưu Văn phòng {c}"),
                };
            }
            Kind::Hu => {
                let pr = b.province();
                let c = geo::committee(pr);
                let (k, _) = b.district();
                if kind == DocKind::Cv {
                    first.push(s("Như kính gửi"));
                }
                pool = vec![
                    format!("Thường trực {c} (b/c)"),
                    format!("Văn phòng {c}"),
                    format!("Các đồng chí {} viên", k.committee()),
                    s("Các chi, đảng bộ trực thuộc"),
                    format!("Thường trực HĐND, UBND {}", k.word()),
                    format!("Các ban xây dựng Đảng {}", k.committee()),
                ];
                last = format!("Lưu VP {}", k.committee());
            }
            Kind::Dux => {
                let (k, _) = b.district();
                if kind == DocKind::Cv {
                    first.push(s("Như kính gửi"));
                }
                pool = vec![
                    format!("Thường trực {} (b/c)", k.committee()),
                    s("Các đồng chí đảng ủy viên"),
                    s("Các chi bộ trực thuộc"),
                ];
                last = s("Lưu VP Đảng ủy");
            }
            Kind::Duk(_) => {
                let c = geo::committee(b.province());
                if kind == DocKind::Cv {
                    first.push(s("Như kính gửi"));
                }
                pool = vec![
                    format!("Thường trực {c} (b/c)"),
                    format!("Ban Tổ chức {c}"),
                    s("Các đồng chí Ủy viên BCH Đảng bộ Khối"),
                    s("Các tổ chức cơ sở đảng trực thuộc"),
                ];
                last = s("Lưu VP Đảng ủy Khối");
            }
            Kind::Tw => {
                pool = vec![
                    s("Các tỉnh ủy, thành ủy"),
                    s("Các ban đảng, ban cán sự đảng, đảng đoàn, đảng ủy trực thuộc Trung ương"),
                    s("Các đảng ủy đơn vị sự nghiệp Trung ương"),
                    s("Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng"),
                ];
                last = s("Lưu Văn phòng Trung ương Đảng");
            }
            Kind::Vptw | Kind::Btgtw | Kind::Btctw | Kind::Bdvtw | Kind::Ubkttw => {
                if kind == DocKind::Cv {
                    first.push(s("Như kính gửi"));
                }
                pool = vec![
                    s("Thường trực Ban Bí thư (để b/c)"),
                    s("Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương"),
                    s("Văn phòng các tỉnh ủy, thành ủy"),
                    s("Các cơ quan báo chí Trung ương"),
                ];
                last = s("Lưu VT, Vụ Tổng hợp");
            }
            Kind::Ttg | Kind::Cp => {
                if kind == DocKind::Cd {
                    first.push(s("Như trên"));
                }
                pool = vec![
                    s("Ban Bí thư Trung ương Đảng"),
                    s("Thủ tướng, các Phó Thủ tướng Chính phủ"),
                    s("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"),
                    s("HĐND, UBND các tỉnh, thành phố trực thuộc trung ương"),
                    s("Văn phòng Trung ương và các Ban của Đảng"),
                    s("Văn phòng Quốc hội"),
                    s("VPCP: BTCN, các PCN, Trợ lý TTg, các Vụ, Cục, Công báo"),
                ];
                last = format!("Lưu: VT, {unit}");
            }
            Kind::Vpcp => {
                if kind == DocKind::Cv {
                    first.push(s("Như trên"));
                }
                pool = vec![
                    s("Thủ tướng, các Phó Thủ tướng Chính phủ"),
                    s("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"),
                    s("UBND các tỉnh, thành phố trực thuộc trung ương"),
                    s("VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục"),
                ];
                last = format!("Lưu: VT, {unit}");
            }
            Kind::Bo(i) => {
                let sec = &SECTORS[i as usize];
                if matches!(kind, DocKind::Cv | DocKind::Cd) {
                    first.push(s("Như trên"));
                }
                pool = vec![
                    s("Bộ trưởng (để báo cáo)"),
                    s("Các Thứ trưởng"),
                    s("Văn phòng Chính phủ (để báo cáo)"),
                    format!("Cổng thông tin điện tử {}", sec.ministry),
                ];
                last = format!("Lưu: VT, {unit}");
            }
            Kind::Ubndt | Kind::So(_) | Kind::Ubndh => {
                let pr = b.province();
                let u = geo::unit(pr);
                let c = geo::committee(pr);
                if matches!(kind, DocKind::Cv | DocKind::Cd) {
                    first.push(s("Như trên"));
                }
                pool = match b.kind {
                    Kind::So(i) => vec![
                        format!("UBND {u} (để báo cáo)"),
                        format!("{} (để báo cáo)", SECTORS[i as usize].ministry),
                        s("Ban Giám đốc Sở"),
                        s("Các phòng, đơn vị thuộc Sở"),
                    ],
                    Kind::Ubndh => {
                        let (k, _) = b.district();
                        vec![
                            format!("UBND {u} (b/c)"),
                            format!("TT {}, TT HĐND {}", k.committee(), k.word()),
                            format!("CT, các PCT UBND {}", k.word()),
                            format!("UBND {}", k.communes()),
                        ]
                    }
                    _ => vec![
                        s("Văn phòng Chính phủ (b/c)"),
                        format!("TT {c}, TT HĐND {u} (b/c)"),
                        format!("CT, các PCT UBND {u}"),
                        format!("UBMTTQVN {u}"),
                        format!("Các sở, ban, ngành {u}"),
                        format!("UBND {}", geo::districts_phrase(pr)),
                        s("VP: LĐ và các CV"),
                    ],
                };
                last = format!("Lưu: VT, {unit}");
            }
        }
        if kind == DocKind::Qd && !self.party && first.is_empty() {
            // The execution article's number: count the Điều lines.
            let n = self.t.matches("\nĐiều ").count() + usize::from(self.t.starts_with("Điều "));
            first.push(format!("Như Điều {n}"));
        }
        if kind == DocKind::Qd && self.party {
            first.push(s("Như Điều 3"));
        }
        let k = 2 + self.rng.below(pool.len().min(5) - 1);
        let idx = self.rng.subset(pool.len(), k);
        let mut out = first;
        for i in idx {
            out.push(pool[i].clone());
        }
        out.push(last);
        out.dedup();
        out
    }

    fn footer(&mut self) {
        let kind = self.m.kind;
        let organ = self.m.organ;
        let sig = signature(&self.body, kind, organ, &mut self.rng);
        let term = (date::year(self.day) - 2001).div_euclid(5);
        let name = bodies::person(self.seed, self.body.key(), sig.post, term);
        let dist = self.distribution();
        let sep = if self.party { "," } else { ";" };
        let mut left = vec!["Nơi nhận:".to_string()];
        for (j, d) in dist.iter().enumerate() {
            let end = if j + 1 == dist.len() { "." } else { sep };
            left.push(format!("- {d}{end}"));
        }
        let mut right: Vec<String> = sig.authority.clone();
        if let Some(t) = &sig.title {
            right.push(t.clone());
        }
        let signed = if self.party && self.rng.chance(0.25) {
            Some(if self.rng.chance(0.5) {
                "(đã ký)"
            } else {
                "(Đã ký)"
            })
        } else {
            None
        };
        let annotation = if self.party && self.rng.chance(0.06) {
            const I: [&str; 10] = ["TH", "NQ", "HL", "VT", "PT", "LN", "MH", "TĐ", "BV", "KC"];
            let a = format!(
                "{}-{}{}b",
                self.rng.pick(&I),
                self.rng.pick(&I),
                10 + self.rng.below(110)
            );
            Some(a)
        } else {
            None
        };
        let layout = self.rng.weighted(&[45, 20, 35]);
        match layout {
            0 | 1 => {
                let dist_first = layout == 0;
                let mut dist_block = left.join("\n");
                dist_block.push('\n');
                if let Some(a) = &annotation {
                    dist_block.push_str(a);
                    dist_block.push('\n');
                }
                let mut sig_block = right.join("\n");
                sig_block.push('\n');
                sig_block.push_str(if self.party { "\n" } else { "\n\n\n" });
                if let Some(s) = signed {
                    sig_block.push_str(s);
                    sig_block.push('\n');
                }
                sig_block.push_str(&name);
                sig_block.push('\n');
                if dist_first {
                    self.t.push_str(&dist_block);
                    self.t.push('\n');
                    self.t.push_str(&sig_block);
                } else {
                    self.t.push_str(&sig_block);
                    self.t.push('\n');
                    self.t.push_str(&dist_block);
                }
            }
            _ => {
                // Two columns: Nơi nhận on the left, the signature on the right.
                let col = left
                    .iter()
                    .map(|l| l.chars().count())
                    .max()
                    .unwrap_or(20)
                    .max(30)
                    + 6;
                right.push(String::new());
                if let Some(s) = signed {
                    right.push(s.to_string());
                } else {
                    right.push(String::new());
                }
                right.push(name.clone());
                let mut rows_left = left.clone();
                if let Some(a) = &annotation {
                    rows_left.push(a.clone());
                }
                let rows = rows_left.len().max(right.len());
                for i in 0..rows {
                    let l = rows_left.get(i).map(String::as_str).unwrap_or("");
                    let r = right.get(i).map(String::as_str).unwrap_or("");
                    if r.is_empty() {
                        let _ = writeln!(self.t, "{l}");
                    } else {
                        let pad = col.saturating_sub(l.chars().count());
                        let _ = writeln!(self.t, "{l}{}{r}", " ".repeat(pad));
                    }
                }
            }
        }
        self.exp.distribution = dist;
        self.exp.authority = if sig.authority.is_empty() {
            None
        } else {
            Some(sig.authority.join(" "))
        };
        self.exp.title = sig.title;
        self.exp.name = name;
        if let Some(a) = annotation {
            self.exp.annotations.push(a);
        }
    }

    /// The older spelling `uỷ` of the committees (TỈNH UỶ), in the text and the record.
    fn uy_spelling(&mut self) {
        self.t = uy(&self.t);
        let e = &mut self.exp;
        e.issuer_name = uy(&e.issuer_name);
        e.issuer_parent = e.issuer_parent.as_deref().map(uy);
        e.subject = uy(&e.subject);
        e.recipients = e.recipients.iter().map(|s| uy(s)).collect();
        e.distribution = e.distribution.iter().map(|s| uy(s)).collect();
        e.authority = e.authority.as_deref().map(uy);
        for t in &mut e.tasks {
            t.assignees = t.assignees.iter().map(|s| uy(s)).collect();
            t.coordinators = t.coordinators.iter().map(|s| uy(s)).collect();
            t.text = uy(&t.text);
        }
        for c in &mut e.citations {
            c.issuer = c.issuer.as_deref().map(uy);
            c.text = uy(&c.text);
        }
        e.not_citations = e.not_citations.iter().map(|s| uy(s)).collect();
    }
}

/// Which deadlines items may carry when the closing line sets one for all.
fn allowances(closing: &Option<(Option<i32>, Option<&'static str>, String)>) -> (bool, bool) {
    match closing {
        Some((Some(_), _, _)) => (false, true),
        Some((None, Some(_), _)) => (true, false),
        _ => (true, true),
    }
}

/// `ủy` → `uỷ` in the names of party committees (Tỉnh ủy, Đảng ủy, cấp ủy, …), not in
/// `Ủy ban`.
fn uy(s: &str) -> String {
    const WORDS: [&str; 8] = [
        "tỉnh", "thành", "huyện", "thị", "quận", "đảng", "cấp", "chi",
    ];
    // `ủy` is E1 BB A7 79, `ỦY` is E1 BB A6 59 in UTF-8.
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len() + 8);
    let mut from = 0;
    let mut i = 0;
    while i + 3 < b.len() {
        let lower = b[i] == 0xE1 && b[i + 1] == 0xBB && b[i + 2] == 0xA7 && b[i + 3] == b'y';
        let upper_ = b[i] == 0xE1 && b[i + 1] == 0xBB && b[i + 2] == 0xA6 && b[i + 3] == b'Y';
        if !(lower || upper_) {
            i += 1;
            continue;
        }
        let head = &s[..i];
        // A wrapped line may break before the word (`Tỉnh` / `ủy về …`): the record
        // reads it with a space, the text with a line break, and both must agree.
        let follows_space = head.ends_with([' ', '\n']);
        let whole = b
            .get(i + 4)
            .is_none_or(|&c| !c.is_ascii_alphanumeric() && c < 0x80);
        let prev = head
            .trim_end_matches([' ', '\n'])
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("");
        if follows_space && whole && WORDS.iter().any(|w| prev.to_lowercase() == *w) {
            out.push_str(&s[from..i]);
            out.push_str(if upper_ { "UỶ" } else { "uỷ" });
            from = i + 4;
        }
        i += 4;
    }
    out.push_str(&s[from..]);
    out
}

/// The provincial newspaper's name after `Báo `.
fn newspaper(p: &geo::Province) -> &'static str {
    match p.name {
        "Hồ Chí Minh" => "Sài Gòn Giải Phóng",
        "Hà Nội" => "Hà Nội mới",
        n => n,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relation_of_the_last_phrase() {
        assert_eq!(last_rel("Thực hiện"), Some(Rel::Implements));
        assert_eq!(last_rel("Triển khai thực hiện"), Some(Rel::Implements));
        assert_eq!(last_rel("về tăng cường theo dõi"), Some(Rel::Mentions));
        assert_eq!(
            last_rel("Sửa đổi, bổ sung khoản 2 Điều 1"),
            Some(Rel::Amends)
        );
        assert_eq!(
            last_rel("Xét đề nghị của Giám đốc Sở Y tế tại"),
            Some(Rel::Responds)
        );
        assert_eq!(last_rel("Các giải pháp tại"), None);
        assert_eq!(uy("TỈNH ỦY HÀ TĨNH"), "TỈNH UỶ HÀ TĨNH");
        assert_eq!(uy("Ủy ban Mặt trận"), "Ủy ban Mặt trận");
        assert_eq!(uy("NINH\nTHỊ ỦY ĐÔNG TRIỀU"), "NINH\nTHỊ UỶ ĐÔNG TRIỀU");
        assert_eq!(uy("Đảng ủy Khối, cấp ủy"), "Đảng uỷ Khối, cấp uỷ");
        // Across a line break of a wrapped trích yếu, as in the record's one line.
        assert_eq!(uy("Ban Thường vụ Tỉnh\nủy về"), "Ban Thường vụ Tỉnh\nuỷ về");
    }
}
