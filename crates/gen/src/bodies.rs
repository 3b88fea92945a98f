//! Issuing bodies: the central party and state bodies, ministries, the provincial,
//! district and commune bodies; what their headers print, their issuer codes, how other
//! documents cite them, their signing formulas, and the (invented) people who sign.

use crate::geo::{self, DistrictKind, Province, PROVINCES};
use crate::rng::{hash, Rng};
use crate::text::upper;

/// Document types the generator writes (and `Ttr`, cited only).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DocKind {
    Cv,
    Ct,
    Kh,
    Kl,
    Tb,
    Qd,
    Nq,
    Hd,
    Cd,
    Ctr,
    Ttr,
    Nd,
}

impl DocKind {
    /// The type code in a symbol.
    pub(crate) fn code(self) -> &'static str {
        match self {
            DocKind::Cv => "CV",
            DocKind::Ct => "CT",
            DocKind::Kh => "KH",
            DocKind::Kl => "KL",
            DocKind::Tb => "TB",
            DocKind::Qd => "QĐ",
            DocKind::Nq => "NQ",
            DocKind::Hd => "HD",
            DocKind::Cd => "CĐ",
            DocKind::Ctr => "CTr",
            DocKind::Ttr => "TTr",
            DocKind::Nd => "NĐ",
        }
    }

    /// The type name (`type.name` of a record).
    pub(crate) fn name(self) -> &'static str {
        match self {
            DocKind::Cv => "Công văn",
            DocKind::Ct => "Chỉ thị",
            DocKind::Kh => "Kế hoạch",
            DocKind::Kl => "Kết luận",
            DocKind::Tb => "Thông báo",
            DocKind::Qd => "Quyết định",
            DocKind::Nq => "Nghị quyết",
            DocKind::Hd => "Hướng dẫn",
            DocKind::Cd => "Công điện",
            DocKind::Ctr => "Chương trình",
            DocKind::Ttr => "Tờ trình",
            DocKind::Nd => "Nghị định",
        }
    }

    /// The words that name the type in a citation.
    pub(crate) fn cite_word(self) -> &'static str {
        match self {
            DocKind::Ctr => "Chương trình hành động",
            k => k.name(),
        }
    }

    /// The type line of the header.
    pub(crate) fn type_line(self) -> &'static str {
        match self {
            DocKind::Cv => "CÔNG VĂN",
            DocKind::Ct => "CHỈ THỊ",
            DocKind::Kh => "KẾ HOẠCH",
            DocKind::Kl => "KẾT LUẬN",
            DocKind::Tb => "THÔNG BÁO",
            DocKind::Qd => "QUYẾT ĐỊNH",
            DocKind::Nq => "NGHỊ QUYẾT",
            DocKind::Hd => "HƯỚNG DẪN",
            DocKind::Cd => "CÔNG ĐIỆN",
            DocKind::Ctr => "CHƯƠNG TRÌNH HÀNH ĐỘNG",
            DocKind::Ttr => "TỜ TRÌNH",
            DocKind::Nd => "NGHỊ ĐỊNH",
        }
    }

    /// The "… này" a text uses for itself.
    pub(crate) fn this(self) -> &'static str {
        match self {
            DocKind::Cv => "Công văn này",
            DocKind::Ct => "Chỉ thị này",
            DocKind::Kh => "Kế hoạch này",
            DocKind::Kl => "Kết luận này",
            DocKind::Tb => "Thông báo này",
            DocKind::Qd => "Quyết định này",
            DocKind::Nq => "Nghị quyết này",
            DocKind::Hd => "Hướng dẫn này",
            DocKind::Cd => "Công điện này",
            DocKind::Ctr => "Chương trình này",
            DocKind::Ttr => "Tờ trình này",
            DocKind::Nd => "Nghị định này",
        }
    }

    /// Mean gap between consecutive numbers of a series: the documents of the series
    /// that the simulated world does not produce (real công văn series run to thousands).
    pub(crate) fn step(self) -> u32 {
        match self {
            DocKind::Cv => 14,
            DocKind::Qd => 10,
            DocKind::Ttr | DocKind::Nd => 8,
            DocKind::Kh | DocKind::Tb => 4,
            DocKind::Hd | DocKind::Kl => 3,
            DocKind::Ct | DocKind::Cd => 2,
            DocKind::Nq | DocKind::Ctr => 1,
        }
    }

    pub(crate) fn index(self) -> u64 {
        self as u64
    }
}

/// A central ministry (and the matching provincial Sở and district Phòng).
pub(crate) struct Sector {
    pub ministry: &'static str,
    pub ministry_code: &'static str,
    pub ministry_units: &'static [&'static str],
    /// Sở name in running text ("" when there is no Sở).
    pub so: &'static str,
    pub so_code: &'static str,
    pub so_units: &'static [&'static str],
    /// The district office (Phòng) in running text, without `huyện`.
    pub phong: &'static str,
    /// Merged away in early 2025 (no documents after 1/3/2025).
    pub merged_2025: bool,
}

macro_rules! sector {
    ($m:expr, $mc:expr, [$($mu:expr),*], $s:expr, $sc:expr, [$($su:expr),*], $ph:expr, $mg:expr) => {
        Sector { ministry: $m, ministry_code: $mc, ministry_units: &[$($mu),*], so: $s, so_code: $sc, so_units: &[$($su),*], phong: $ph, merged_2025: $mg }
    };
}

pub(crate) const Y_TE: usize = 0;
pub(crate) const GIAO_DUC: usize = 1;
pub(crate) const NONG_NGHIEP: usize = 2;
pub(crate) const MOI_TRUONG: usize = 3;
pub(crate) const CONG_THUONG: usize = 4;
pub(crate) const LAO_DONG: usize = 5;
pub(crate) const THONG_TIN: usize = 6;
pub(crate) const VAN_HOA: usize = 7;
pub(crate) const KE_HOACH: usize = 8;
pub(crate) const TAI_CHINH: usize = 9;
pub(crate) const NOI_VU: usize = 10;
pub(crate) const GIAO_THONG: usize = 12;
pub(crate) const CONG_AN: usize = 14;

pub(crate) const SECTORS: [Sector; 15] = [
    sector!(
        "Bộ Y tế",
        "BYT",
        ["MT", "DP", "KCB"],
        "Sở Y tế",
        "SYT",
        ["NVY", "NVD", "KHTC"],
        "Phòng Y tế",
        false
    ),
    sector!(
        "Bộ Giáo dục và Đào tạo",
        "BGDĐT",
        ["GDTrH", "GDTH", "CSVC"],
        "Sở Giáo dục và Đào tạo",
        "SGDĐT",
        ["GDTrH", "GDTH", "VP"],
        "Phòng Giáo dục và Đào tạo",
        false
    ),
    sector!(
        "Bộ Nông nghiệp và Phát triển nông thôn",
        "BNNPTNT",
        ["TCTL", "TY", "PCTT"],
        "Sở Nông nghiệp và Phát triển nông thôn",
        "SNNPTNT",
        ["TTBVTV", "CNTY", "KL"],
        "Phòng Nông nghiệp và Phát triển nông thôn",
        true
    ),
    sector!(
        "Bộ Tài nguyên và Môi trường",
        "BTNMT",
        ["TCMT", "ĐĐ", "TNN"],
        "Sở Tài nguyên và Môi trường",
        "STNMT",
        ["MT", "ĐĐ"],
        "Phòng Tài nguyên và Môi trường",
        true
    ),
    sector!(
        "Bộ Công Thương",
        "BCT",
        ["TTTN", "QLTT"],
        "Sở Công Thương",
        "SCT",
        ["QLTM", "KTAT"],
        "Phòng Kinh tế và Hạ tầng",
        false
    ),
    sector!(
        "Bộ Lao động - Thương binh và Xã hội",
        "BLĐTBXH",
        ["BTXH", "NCC"],
        "Sở Lao động - Thương binh và Xã hội",
        "SLĐTBXH",
        ["BTXH", "NCC"],
        "Phòng Lao động - Thương binh và Xã hội",
        true
    ),
    sector!(
        "Bộ Thông tin và Truyền thông",
        "BTTTT",
        ["CBĐTW", "THH"],
        "Sở Thông tin và Truyền thông",
        "STTTT",
        ["TTBCXB", "CNTT"],
        "Phòng Văn hóa và Thông tin",
        true
    ),
    sector!(
        "Bộ Văn hóa, Thể thao và Du lịch",
        "BVHTTDL",
        ["VHCS", "GĐ"],
        "Sở Văn hóa, Thể thao và Du lịch",
        "SVHTTDL",
        ["QLVH", "NVDL"],
        "Phòng Văn hóa và Thông tin",
        false
    ),
    sector!(
        "Bộ Kế hoạch và Đầu tư",
        "BKHĐT",
        ["TH", "QLQH"],
        "Sở Kế hoạch và Đầu tư",
        "SKHĐT",
        ["TH", "ĐKKD"],
        "Phòng Tài chính - Kế hoạch",
        true
    ),
    sector!(
        "Bộ Tài chính",
        "BTC",
        ["NSNN", "HCSN"],
        "Sở Tài chính",
        "STC",
        ["QLNS", "TCHCSN"],
        "Phòng Tài chính - Kế hoạch",
        false
    ),
    sector!(
        "Bộ Nội vụ",
        "BNV",
        ["CCHC", "TCBC"],
        "Sở Nội vụ",
        "SNV",
        ["CCHC", "TCBC"],
        "Phòng Nội vụ",
        false
    ),
    sector!(
        "Bộ Xây dựng",
        "BXD",
        ["QHKT", "HĐXD"],
        "Sở Xây dựng",
        "SXD",
        ["QLXD", "QHKT"],
        "Phòng Kinh tế và Hạ tầng",
        false
    ),
    sector!(
        "Bộ Giao thông vận tải",
        "BGTVT",
        ["ATGT", "KCHT"],
        "Sở Giao thông vận tải",
        "SGTVT",
        ["QLVT", "QLGT"],
        "Phòng Kinh tế và Hạ tầng",
        true
    ),
    sector!(
        "Bộ Tư pháp",
        "BTP",
        ["PBGDPL", "VĐCXDPL"],
        "Sở Tư pháp",
        "STP",
        ["PBGDPL", "HCTP"],
        "Phòng Tư pháp",
        false
    ),
    sector!("Bộ Công an", "BCA", ["V01", "C08"], "", "", [], "", false),
];

/// The kind of an issuing body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Tw,
    Vptw,
    Btgtw,
    Btctw,
    Bdvtw,
    Ubkttw,
    Ttg,
    Cp,
    Vpcp,
    Bo(u8),
    Tu,
    Btgtu,
    Ubkttu,
    /// 0: Đảng ủy Khối các cơ quan, 1: Đảng ủy Khối doanh nghiệp.
    Duk(u8),
    Ubndt,
    So(u8),
    Hu,
    Ubndh,
    Dux,
}

/// Which organ of a body speaks (and signs) in a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Organ {
    /// Ban Thường vụ (party committees), the body itself otherwise.
    Main,
    /// Ban Chấp hành (a party committee's resolutions).
    Bch,
    /// Thường trực (notices of conclusions).
    Tt,
    /// Bộ Chính trị (TW).
    Bct,
    /// Ban Bí thư (TW).
    Bbt,
    /// The chairman (Chủ tịch UBND) speaking in his own name.
    Chair,
}

pub(crate) const JUR_TW: u8 = 63;
pub(crate) const JUR_QG: u8 = 64;

/// The name of a jurisdiction index.
pub(crate) fn jur_name(j: u8) -> &'static str {
    match j {
        JUR_TW => "Trung ương",
        JUR_QG => "Quốc gia",
        p => PROVINCES[p as usize].name,
    }
}

/// One issuing body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Body {
    pub kind: Kind,
    pub prov: u8,
    pub dist: u8,
    pub comm: u8,
}

impl Body {
    pub(crate) fn central(kind: Kind) -> Body {
        Body {
            kind,
            prov: 0,
            dist: 0,
            comm: 0,
        }
    }

    pub(crate) fn party(&self) -> bool {
        matches!(
            self.kind,
            Kind::Tw
                | Kind::Vptw
                | Kind::Btgtw
                | Kind::Btctw
                | Kind::Bdvtw
                | Kind::Ubkttw
                | Kind::Tu
                | Kind::Btgtu
                | Kind::Ubkttu
                | Kind::Duk(_)
                | Kind::Hu
                | Kind::Dux
        )
    }

    /// 0 central, 1 province, 2 district, 3 commune.
    pub(crate) fn level(&self) -> u8 {
        match self.kind {
            Kind::Tw
            | Kind::Vptw
            | Kind::Btgtw
            | Kind::Btctw
            | Kind::Bdvtw
            | Kind::Ubkttw
            | Kind::Ttg
            | Kind::Cp
            | Kind::Vpcp
            | Kind::Bo(_) => 0,
            Kind::Tu | Kind::Btgtu | Kind::Ubkttu | Kind::Duk(_) | Kind::Ubndt | Kind::So(_) => 1,
            Kind::Hu | Kind::Ubndh => 2,
            Kind::Dux => 3,
        }
    }

    pub(crate) fn jur(&self) -> u8 {
        match self.level() {
            0 if self.party() => JUR_TW,
            0 => JUR_QG,
            _ => self.prov,
        }
    }

    pub(crate) fn province(&self) -> &'static Province {
        &PROVINCES[self.prov as usize]
    }

    pub(crate) fn district(&self) -> (DistrictKind, &'static str) {
        geo::district(self.province(), self.dist as usize)
    }

    /// The commune's name (Dux only).
    pub(crate) fn commune(&self) -> &'static str {
        let h = hash(&[0xC0, self.prov as u64, self.dist as u64]) as usize;
        geo::COMMUNES[(h + self.comm as usize * 7) % geo::COMMUNES.len()]
    }

    /// The issuer part of a symbol.
    pub(crate) fn code(&self) -> &'static str {
        match self.kind {
            Kind::Tw => "TW",
            Kind::Vptw => "VPTW",
            Kind::Btgtw => "BTGTW",
            Kind::Btctw => "BTCTW",
            Kind::Bdvtw => "BDVTW",
            Kind::Ubkttw => "UBKTTW",
            Kind::Ttg => "TTg",
            Kind::Cp => "CP",
            Kind::Vpcp => "VPCP",
            Kind::Bo(i) => SECTORS[i as usize].ministry_code,
            Kind::Tu => "TU",
            Kind::Btgtu => "BTGTU",
            Kind::Ubkttu => "UBKTTU",
            Kind::Duk(_) => "ĐUK",
            Kind::Ubndt | Kind::Ubndh => "UBND",
            Kind::So(i) => SECTORS[i as usize].so_code,
            Kind::Hu => self.district().0.code(),
            Kind::Dux => "ĐU",
        }
    }

    /// The drafting units a state công văn's symbol may carry after the issuer code.
    pub(crate) fn cv_units(&self) -> &'static [&'static str] {
        match self.kind {
            Kind::Bo(i) => SECTORS[i as usize].ministry_units,
            Kind::So(i) => SECTORS[i as usize].so_units,
            Kind::Vpcp => &["KGVX", "NN", "CN", "KTTH", "QHĐP"],
            Kind::Ubndt => &["VX", "KT", "NC", "TH", "NN", "KGVX", "XD"],
            Kind::Ubndh => &["VP", "NV", "TNMT", "NN"],
            _ => &["VP"],
        }
    }

    /// A stable number for this body (signers are drawn from it).
    pub(crate) fn key(&self) -> u64 {
        let (k, i) = match self.kind {
            Kind::Tw => (0, 0),
            Kind::Vptw => (1, 0),
            Kind::Btgtw => (2, 0),
            Kind::Btctw => (3, 0),
            Kind::Bdvtw => (4, 0),
            Kind::Ubkttw => (5, 0),
            Kind::Ttg => (6, 0),
            Kind::Cp => (7, 0),
            Kind::Vpcp => (8, 0),
            Kind::Bo(i) => (9, i),
            Kind::Tu => (10, 0),
            Kind::Btgtu => (11, 0),
            Kind::Ubkttu => (12, 0),
            Kind::Duk(i) => (13, i),
            Kind::Ubndt => (14, 0),
            Kind::So(i) => (15, i),
            Kind::Hu => (16, 0),
            Kind::Ubndh => (17, 0),
            Kind::Dux => (18, 0),
        };
        hash(&[
            k,
            i as u64,
            self.prov as u64,
            self.dist as u64,
            self.comm as u64,
        ])
    }

    /// Is the body still there on `day` (the 2025 mergers)?
    pub(crate) fn exists(&self, day: i32) -> bool {
        let merged = match self.kind {
            Kind::Btgtw | Kind::Bdvtw | Kind::Btgtu => true,
            Kind::Bo(i) | Kind::So(i) => SECTORS[i as usize].merged_2025,
            _ => false,
        };
        !merged || day < crate::date::from_ymd(2025, 3, 1)
    }

    /// The province line of a header: `TỈNH HÀ TĨNH`, `THÀNH PHỐ HÀ NỘI`.
    fn prov_upper(&self) -> String {
        let p = self.province();
        upper(&format!("{} {}", geo::unit(p), p.name))
    }

    /// The superior line printed above the issuer, and the issuer's lines.
    pub(crate) fn header(&self, rng: &mut Rng) -> (Option<String>, Vec<String>) {
        let bch = "BAN CHẤP HÀNH TRUNG ƯƠNG".to_string();
        let one = |s: &str| vec![s.to_string()];
        match self.kind {
            Kind::Tw => (None, one("BAN CHẤP HÀNH TRUNG ƯƠNG")),
            Kind::Vptw => (Some(bch), one("VĂN PHÒNG")),
            Kind::Btgtw => (Some(bch), one("BAN TUYÊN GIÁO")),
            Kind::Btctw => (Some(bch), one("BAN TỔ CHỨC")),
            Kind::Bdvtw => (Some(bch), one("BAN DÂN VẬN")),
            Kind::Ubkttw => (Some(bch), one("ỦY BAN KIỂM TRA")),
            Kind::Ttg => (None, one("THỦ TƯỚNG CHÍNH PHỦ")),
            Kind::Cp => (None, one("CHÍNH PHỦ")),
            Kind::Vpcp => (None, one("VĂN PHÒNG CHÍNH PHỦ")),
            Kind::Bo(i) => (None, split_upper(SECTORS[i as usize].ministry, 28)),
            Kind::Tu => (None, vec![upper(&self.tu_name())]),
            Kind::Btgtu => (Some(upper(&self.tu_name())), one("BAN TUYÊN GIÁO")),
            Kind::Ubkttu => (Some(upper(&self.tu_name())), one("ỦY BAN KIỂM TRA")),
            Kind::Duk(k) => {
                let unit = upper(geo::unit(self.province()));
                let lines = match (k, rng.below(2)) {
                    (0, 0) => vec!["ĐẢNG ỦY KHỐI CÁC CƠ QUAN".to_string(), unit],
                    (0, _) => vec![format!("ĐẢNG ỦY KHỐI CÁC CƠ QUAN {unit}")],
                    (_, 0) => vec!["ĐẢNG ỦY KHỐI".to_string(), format!("DOANH NGHIỆP {unit}")],
                    _ => vec![format!("ĐẢNG ỦY KHỐI DOANH NGHIỆP {unit}")],
                };
                (Some(format!("ĐẢNG BỘ {}", self.prov_upper())), lines)
            }
            Kind::Ubndt => (None, vec!["ỦY BAN NHÂN DÂN".to_string(), self.prov_upper()]),
            Kind::So(i) => {
                let parent = if rng.chance(0.6) {
                    format!("UBND {}", self.prov_upper())
                } else {
                    format!("ỦY BAN NHÂN DÂN {}", self.prov_upper())
                };
                (Some(parent), split_upper(SECTORS[i as usize].so, 28))
            }
            Kind::Hu => {
                let (k, name) = self.district();
                (
                    Some(format!("ĐẢNG BỘ {}", self.prov_upper())),
                    vec![upper(&format!("{} {}", k.committee(), name))],
                )
            }
            Kind::Ubndh => {
                let (k, name) = self.district();
                (
                    Some(format!("UBND {}", self.prov_upper())),
                    vec![
                        "ỦY BAN NHÂN DÂN".to_string(),
                        upper(&format!("{} {}", k.word(), name)),
                    ],
                )
            }
            Kind::Dux => {
                let (k, name) = self.district();
                (
                    Some(upper(&format!("Đảng bộ {} {}", k.word(), name))),
                    vec![upper(&format!(
                        "Đảng ủy {} {}",
                        k.commune_word(),
                        self.commune()
                    ))],
                )
            }
        }
    }

    /// `Tỉnh ủy Hà Tĩnh`, `Thành ủy Hà Nội`.
    fn tu_name(&self) -> String {
        let p = self.province();
        format!("{} {}", geo::committee(p), p.name)
    }

    /// How the body (the given organ of it) is named in running text, by itself and by
    /// the documents that cite it.
    pub(crate) fn organ_name(&self, organ: Organ) -> String {
        let p = self.province();
        let committee = geo::committee(p);
        let unit = geo::unit(p);
        match (self.kind, organ) {
            (Kind::Tw, Organ::Bct) => "Bộ Chính trị".into(),
            (Kind::Tw, Organ::Bbt) => "Ban Bí thư".into(),
            (Kind::Tw, _) => "Ban Chấp hành Trung ương".into(),
            (Kind::Vptw, _) => "Văn phòng Trung ương Đảng".into(),
            (Kind::Btgtw, _) => "Ban Tuyên giáo Trung ương".into(),
            (Kind::Btctw, _) => "Ban Tổ chức Trung ương".into(),
            (Kind::Bdvtw, _) => "Ban Dân vận Trung ương".into(),
            (Kind::Ubkttw, _) => "Ủy ban Kiểm tra Trung ương".into(),
            (Kind::Ttg, _) => "Thủ tướng Chính phủ".into(),
            (Kind::Cp, _) => "Chính phủ".into(),
            (Kind::Vpcp, _) => "Văn phòng Chính phủ".into(),
            (Kind::Bo(i), _) => SECTORS[i as usize].ministry.into(),
            (Kind::Tu, Organ::Bch) => format!("Ban Chấp hành Đảng bộ {unit}"),
            (Kind::Tu, Organ::Tt) => format!("Thường trực {committee}"),
            (Kind::Tu, _) => format!("Ban Thường vụ {committee}"),
            (Kind::Btgtu, _) => format!("Ban Tuyên giáo {committee}"),
            (Kind::Ubkttu, _) => format!("Ủy ban Kiểm tra {committee}"),
            (Kind::Duk(_), Organ::Bch) => "Ban Chấp hành Đảng bộ Khối".into(),
            (Kind::Duk(_), _) => "Ban Thường vụ Đảng ủy Khối".into(),
            (Kind::Ubndt, Organ::Chair) => format!("Chủ tịch Ủy ban nhân dân {unit}"),
            (Kind::Ubndt, _) => format!("Ủy ban nhân dân {unit}"),
            (Kind::So(i), _) => SECTORS[i as usize].so.into(),
            (Kind::Hu, o) => {
                let (k, _) = self.district();
                match o {
                    Organ::Bch => format!("Ban Chấp hành Đảng bộ {}", k.word()),
                    Organ::Tt => format!("Thường trực {}", k.committee()),
                    _ => format!("Ban Thường vụ {}", k.committee()),
                }
            }
            (Kind::Ubndh, Organ::Chair) => {
                format!("Chủ tịch Ủy ban nhân dân {}", self.district().0.word())
            }
            (Kind::Ubndh, _) => format!("Ủy ban nhân dân {}", self.district().0.word()),
            (Kind::Dux, Organ::Bch) => {
                format!("Ban Chấp hành Đảng bộ {}", self.district().0.commune_word())
            }
            (Kind::Dux, _) => format!("Ban Thường vụ Đảng ủy {}", self.district().0.commune_word()),
        }
    }

    /// The place of issue as printed.
    pub(crate) fn place(&self, rng: &mut Rng) -> String {
        match self.level() {
            0 => "Hà Nội".into(),
            3 => self.commune().into(),
            2 => self.district().1.into(),
            _ => {
                let p = self.province();
                if p.name == "Hồ Chí Minh" {
                    if rng.chance(0.6) {
                        "TP. Hồ Chí Minh".into()
                    } else {
                        "Thành phố Hồ Chí Minh".into()
                    }
                } else if !p.capital.is_empty() && rng.chance(0.3) {
                    p.capital.into()
                } else {
                    p.name.into()
                }
            }
        }
    }
}

/// An upper-case name on one line, or on two when long: split at `VÀ` the way
/// headers do (`SỞ NÔNG NGHIỆP VÀ` / `PHÁT TRIỂN NÔNG THÔN`, `BỘ LAO ĐỘNG - THƯƠNG BINH`
/// / `VÀ XÃ HỘI`), else at the word nearest the middle.
fn split_upper(name: &str, max: usize) -> Vec<String> {
    let u = upper(name);
    if u.chars().count() <= max {
        return vec![u];
    }
    if let Some(i) = u.rfind(" VÀ ") {
        let after = &u[i + " VÀ ".len()..];
        return if after.split(' ').count() <= 2 {
            vec![u[..i].to_string(), u[i + 1..].to_string()]
        } else {
            vec![u[..i + " VÀ".len()].to_string(), after.to_string()]
        };
    }
    let words: Vec<&str> = u.split(' ').collect();
    let total = u.chars().count();
    let mut best = 1;
    let mut len = 0;
    let mut best_diff = usize::MAX;
    for (i, w) in words.iter().enumerate().take(words.len() - 1) {
        len += w.chars().count() + usize::from(i > 0);
        let diff = (2 * len).abs_diff(total);
        if diff < best_diff && *w != "-" {
            best_diff = diff;
            best = i + 1;
        }
    }
    vec![words[..best].join(" "), words[best..].join(" ")]
}

/// A signature block: the formula lines, the post line, and the signer's post (for the name).
pub(crate) struct Sig {
    pub authority: Vec<String>,
    pub title: Option<String>,
    /// 0 the head, 1.. deputies (chooses the person).
    pub post: u8,
}

fn sig(auth: &[&str], title: Option<&str>, post: u8) -> Sig {
    Sig {
        authority: auth.iter().map(|s| s.to_string()).collect(),
        title: title.map(str::to_string),
        post,
    }
}

/// The signature of a document of `kind` by `body` speaking as `organ`.
pub(crate) fn signature(body: &Body, kind: DocKind, organ: Organ, rng: &mut Rng) -> Sig {
    let dep = 1 + rng.below(2) as u8;
    match body.kind {
        Kind::Tw => match organ {
            Organ::Bct => sig(&["T/M BỘ CHÍNH TRỊ"], None, 1),
            Organ::Bbt => sig(&["T/M BAN BÍ THƯ"], None, 2),
            _ => sig(&["T/M BAN CHẤP HÀNH TRUNG ƯƠNG"], Some("TỔNG BÍ THƯ"), 0),
        },
        Kind::Vptw => {
            if rng.chance(0.6) {
                sig(&["K/T CHÁNH VĂN PHÒNG"], Some("PHÓ CHÁNH VĂN PHÒNG"), dep)
            } else {
                sig(&[], Some("CHÁNH VĂN PHÒNG"), 0)
            }
        }
        Kind::Btgtw | Kind::Btctw | Kind::Bdvtw | Kind::Btgtu => {
            if rng.chance(0.6) {
                sig(&["K/T TRƯỞNG BAN"], Some("PHÓ TRƯỞNG BAN"), dep)
            } else {
                sig(&[], Some("TRƯỞNG BAN"), 0)
            }
        }
        Kind::Ubkttw | Kind::Ubkttu => {
            if rng.chance(0.5) {
                sig(&["T/M ỦY BAN KIỂM TRA"], Some("CHỦ NHIỆM"), 0)
            } else {
                sig(&["K/T CHỦ NHIỆM"], Some("PHÓ CHỦ NHIỆM"), dep)
            }
        }
        Kind::Ttg => {
            if rng.chance(0.5) {
                sig(&[], Some("THỦ TƯỚNG"), 0)
            } else {
                sig(&["KT. THỦ TƯỚNG"], Some("PHÓ THỦ TƯỚNG"), dep)
            }
        }
        Kind::Cp => {
            if rng.chance(0.6) {
                sig(&["TM. CHÍNH PHỦ"], Some("THỦ TƯỚNG"), 0)
            } else {
                sig(
                    &["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG"],
                    Some("PHÓ THỦ TƯỚNG"),
                    dep,
                )
            }
        }
        Kind::Vpcp => match (kind, rng.below(3)) {
            (DocKind::Tb, 0) => sig(
                &["TL. THỦ TƯỚNG", "KT. BỘ TRƯỞNG, CHỦ NHIỆM"],
                Some("PHÓ CHỦ NHIỆM"),
                dep,
            ),
            (_, 1) => sig(&[], Some("BỘ TRƯỞNG, CHỦ NHIỆM"), 0),
            _ => sig(&["KT. BỘ TRƯỞNG, CHỦ NHIỆM"], Some("PHÓ CHỦ NHIỆM"), dep),
        },
        Kind::Bo(_) => {
            if rng.chance(0.7) {
                sig(&["KT. BỘ TRƯỞNG"], Some("THỨ TRƯỞNG"), dep)
            } else {
                sig(&[], Some("BỘ TRƯỞNG"), 0)
            }
        }
        Kind::Tu | Kind::Hu => {
            let unit_bch = if body.kind == Kind::Tu {
                upper(geo::committee(body.province()))
            } else {
                upper(body.district().0.committee())
            };
            match (organ, kind) {
                (Organ::Bch, _) => sig(&[&format!("T/M {unit_bch}")], Some("BÍ THƯ"), 0),
                (Organ::Tt, _) | (_, DocKind::Cv) if rng.chance(0.35) => {
                    sig(&["T/L BAN THƯỜNG VỤ"], Some("CHÁNH VĂN PHÒNG"), 9)
                }
                _ => match rng.below(3) {
                    0 => sig(&["T/M BAN THƯỜNG VỤ"], Some("BÍ THƯ"), 0),
                    1 => sig(&["T/M BAN THƯỜNG VỤ"], Some("PHÓ BÍ THƯ THƯỜNG TRỰC"), 1),
                    _ => sig(&["T/M BAN THƯỜNG VỤ"], Some("PHÓ BÍ THƯ"), 2),
                },
            }
        }
        Kind::Duk(_) => match rng.below(2) {
            0 => sig(&["T/M BAN THƯỜNG VỤ"], Some("BÍ THƯ"), 0),
            _ => sig(&["T/M BAN THƯỜNG VỤ"], Some("PHÓ BÍ THƯ"), 1),
        },
        Kind::Dux => match (organ, rng.below(2)) {
            (Organ::Bch, _) => sig(&["T/M ĐẢNG ỦY"], Some("BÍ THƯ"), 0),
            (_, 0) => sig(&["T/M BAN THƯỜNG VỤ"], Some("BÍ THƯ"), 0),
            _ => sig(&["T/M BAN THƯỜNG VỤ"], Some("PHÓ BÍ THƯ"), 1),
        },
        Kind::Ubndt | Kind::Ubndh => match kind {
            DocKind::Tb => {
                if rng.chance(0.5) {
                    sig(&["TL. CHỦ TỊCH"], Some("CHÁNH VĂN PHÒNG"), 9)
                } else {
                    sig(
                        &["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG"],
                        Some("PHÓ CHÁNH VĂN PHÒNG"),
                        8,
                    )
                }
            }
            DocKind::Cd => {
                if rng.chance(0.5) {
                    sig(&["KT. CHỦ TỊCH"], Some("PHÓ CHỦ TỊCH"), dep)
                } else {
                    sig(&[], Some("CHỦ TỊCH"), 0)
                }
            }
            DocKind::Cv => match rng.below(3) {
                0 => sig(&["KT. CHỦ TỊCH"], Some("PHÓ CHỦ TỊCH"), dep),
                1 => sig(
                    &["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"],
                    Some("PHÓ CHỦ TỊCH"),
                    dep,
                ),
                _ => sig(&[], Some("CHỦ TỊCH"), 0),
            },
            _ => {
                if rng.chance(0.35) {
                    sig(&["TM. ỦY BAN NHÂN DÂN"], Some("CHỦ TỊCH"), 0)
                } else {
                    sig(
                        &["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"],
                        Some("PHÓ CHỦ TỊCH"),
                        dep,
                    )
                }
            }
        },
        Kind::So(_) => {
            if rng.chance(0.65) {
                sig(&["KT. GIÁM ĐỐC"], Some("PHÓ GIÁM ĐỐC"), dep)
            } else {
                sig(&[], Some("GIÁM ĐỐC"), 0)
            }
        }
    }
}

const FAMILY: [(&str, u32); 27] = [
    ("Nguyễn", 30),
    ("Trần", 11),
    ("Lê", 9),
    ("Phạm", 7),
    ("Hoàng", 5),
    ("Huỳnh", 4),
    ("Phan", 4),
    ("Vũ", 4),
    ("Võ", 4),
    ("Đặng", 3),
    ("Bùi", 3),
    ("Đỗ", 3),
    ("Hồ", 2),
    ("Ngô", 2),
    ("Dương", 2),
    ("Lý", 1),
    ("Đinh", 2),
    ("Lương", 1),
    ("Trương", 2),
    ("Hà", 1),
    ("Lâm", 1),
    ("Mai", 1),
    ("Cao", 1),
    ("Tạ", 1),
    ("Thái", 1),
    ("Chu", 1),
    ("Đoàn", 1),
];
const MIDDLE_M: [&str; 20] = [
    "Văn", "Đức", "Minh", "Quốc", "Hữu", "Thanh", "Ngọc", "Xuân", "Đình", "Công", "Hoàng", "Anh",
    "Thế", "Quang", "Trọng", "Bá", "Tiến", "Mạnh", "Duy", "Khắc",
];
const MIDDLE_F: [&str; 10] = [
    "Thị",
    "Thị",
    "Thị",
    "Thị Thanh",
    "Thị Thu",
    "Thị Hồng",
    "Thị Kim",
    "Thị Bích",
    "Thị Ngọc",
    "Thu",
];
const GIVEN_M: [&str; 50] = [
    "Hùng", "Dũng", "Sơn", "Hải", "Khang", "Phước", "Nghĩa", "Tuấn", "Bình", "Thắng", "Thịnh",
    "Long", "Phong", "Tâm", "Trung", "Vinh", "Cường", "Hưng", "Lâm", "Quân", "Minh", "Toàn",
    "Khải", "Lợi", "Đạt", "Định", "Hiếu", "Hòa", "Huy", "Kiên", "Lực", "Mạnh", "Nam", "Phúc",
    "Quyết", "Sáng", "Tài", "Thành", "Thuận", "Tú", "Việt", "Châu", "Chiến", "Dương", "Giang",
    "Hoàn", "Khoa", "Lĩnh", "Nhân", "Tiến",
];
const GIVEN_F: [&str; 22] = [
    "Hương", "Lan", "Hà", "Nga", "Loan", "Hoa", "Hạnh", "Thủy", "Vân", "Hằng", "Mai", "Thảo",
    "Yến", "Trang", "Phương", "Dung", "Liên", "Oanh", "Hiền", "Duyên", "Lành", "Hân",
];

/// The person who holds `post` of the body with `body_key` in the five-year term
/// `term`, as a name in the usual case: stable across the documents of the term.
pub(crate) fn person(seed: u64, body_key: u64, post: u8, term: i32) -> String {
    let h = hash(&[seed, body_key, post as u64, term as u64]);
    let mut r = Rng::new(h);
    const FAM_W: [u32; 27] = {
        let mut w = [0u32; 27];
        let mut i = 0;
        while i < 27 {
            w[i] = FAMILY[i].1;
            i += 1;
        }
        w
    };
    let fam = FAMILY[r.weighted(&FAM_W)].0;
    if r.chance(0.2) {
        format!("{} {} {}", fam, r.pick(&MIDDLE_F), r.pick(&GIVEN_F))
    } else {
        format!("{} {} {}", fam, r.pick(&MIDDLE_M), r.pick(&GIVEN_M))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_and_codes() {
        let mut rng = Rng::new(1);
        let ht = 24; // Hà Tĩnh
        assert_eq!(PROVINCES[ht].name, "Hà Tĩnh");
        let hu = Body {
            kind: Kind::Hu,
            prov: ht as u8,
            dist: 0,
            comm: 0,
        };
        let (parent, lines) = hu.header(&mut rng);
        assert_eq!(parent.as_deref(), Some("ĐẢNG BỘ TỈNH HÀ TĨNH"));
        assert_eq!(lines, vec!["HUYỆN ỦY HƯƠNG KHÊ"]);
        assert_eq!(hu.code(), "HU");
        assert_eq!(hu.organ_name(Organ::Main), "Ban Thường vụ Huyện ủy");
        let bo = Body::central(Kind::Bo(NONG_NGHIEP as u8));
        let (_, lines) = bo.header(&mut rng);
        assert_eq!(lines, vec!["BỘ NÔNG NGHIỆP VÀ", "PHÁT TRIỂN NÔNG THÔN"]);
        assert_eq!(
            split_upper("Sở Lao động - Thương binh và Xã hội", 24),
            vec!["SỞ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI"]
        );
        assert_eq!(split_upper("Sở Y tế", 24), vec!["SỞ Y TẾ"]);
        assert_eq!(person(1, 2, 0, 3), person(1, 2, 0, 3));
    }
}
