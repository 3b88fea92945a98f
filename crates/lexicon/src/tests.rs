//! Validation of the built-in data files (the reporters-db idea): every table parses,
//! keys are unique, values are valid, examples match their own entry.

use super::*;
use std::collections::HashSet;

#[test]
fn builtin_files_parse() {
    let lex = Lexicon::builtin();
    assert!(lex.doc_types.entries().len() >= 40);
    assert!(lex.issuers.entries().len() >= 50);
    assert!(!lex.signing.authorities.is_empty());
}

#[test]
fn doc_type_codes_are_unique_per_system() {
    let lex = Lexicon::builtin();
    let mut seen = HashSet::new();
    for e in lex.doc_types.entries() {
        let key = (e.code.clone(), format!("{:?}", e.system), e.name.clone());
        assert!(seen.insert(key.clone()), "duplicate type entry {key:?}");
        // The same code may stand for two types only when their systems differ.
        if let Some(code) = &e.code {
            let same: Vec<_> = lex
                .doc_types
                .entries()
                .iter()
                .filter(|o| o.code.as_ref() == Some(code))
                .collect();
            if same.len() > 1 {
                assert!(
                    same.iter().all(|o| o.system != SystemScope::Any),
                    "{code} is ambiguous: {same:?}"
                );
            }
        }
    }
}

#[test]
fn doc_type_examples_carry_their_code() {
    let lex = Lexicon::builtin();
    for e in lex.doc_types.entries() {
        for ex in &e.examples {
            match &e.code {
                Some(code) => assert!(
                    ex.split(['/', '-']).any(|part| part == code),
                    "example {ex} of {} does not carry code {code}",
                    e.name
                ),
                // A type without code: no part of the example is a type code.
                None => assert!(
                    ex.split(['/', '-'])
                        .skip(1)
                        .all(|part| !lex.doc_types.is_code(part) || part.starts_with("QH")),
                    "example {ex} of {} carries a type code",
                    e.name
                ),
            }
        }
    }
}

#[test]
fn issuer_codes_are_unique_per_level_group() {
    let lex = Lexicon::builtin();
    let mut seen = HashSet::new();
    for e in lex.issuers.entries() {
        let party = matches!(e.level, Level::CentralParty);
        assert!(
            seen.insert((e.code.clone(), party, e.level)),
            "duplicate issuer {}",
            e.code
        );
    }
    assert_eq!(
        lex.issuers.get("TTg", Some(false)).unwrap().level,
        Level::CentralState
    );
    assert_eq!(
        lex.issuers.get("BCT", Some(true)).unwrap().name,
        "Bộ Chính trị"
    );
    assert_eq!(
        lex.issuers.get("BCT", Some(false)).unwrap().name,
        "Bộ Công Thương"
    );
    assert_eq!(lex.issuers.get("BNV-VPCP", None).unwrap().name, "Bộ Nội vụ");
}

#[test]
fn every_issuer_code_is_found_in_any_case_and_unknown_codes_are_not() {
    let lex = Lexicon::builtin();
    for e in lex.issuers.entries() {
        for printed in [e.code.clone(), e.code.to_lowercase(), e.code.to_uppercase()] {
            // The first entry of that code in file order when the system does not
            // decide, and an entry of the asked system when one exists.
            let first = lex
                .issuers
                .entries()
                .iter()
                .find(|x| x.code.to_uppercase() == e.code.to_uppercase())
                .unwrap();
            assert_eq!(lex.issuers.get(&printed, None), Some(first), "{printed}");
            let party = e.level == Level::CentralParty;
            let got = lex
                .issuers
                .get(&format!("{printed}-XX"), Some(party))
                .unwrap();
            assert_eq!(got.code.to_uppercase(), e.code.to_uppercase(), "{printed}");
            if e.level == Level::CentralState {
                assert_ne!(got.level, Level::CentralParty, "{printed}");
            }
        }
    }
    for unknown in ["", "XYZQ", "-TW", "TTG2"] {
        assert_eq!(lex.issuers.get(unknown, None), None, "{unknown}");
    }
}

#[test]
fn provinces_count_63_before_and_34_after_the_2025_merger() {
    let lex = Lexicon::builtin();
    let before = lex
        .provinces
        .entries()
        .iter()
        .filter(|p| p.period != Period::From2025)
        .count();
    let after = lex
        .provinces
        .entries()
        .iter()
        .filter(|p| p.period != Period::Until2025)
        .count();
    assert_eq!(before, 63);
    assert_eq!(after, 34);
    let names: HashSet<_> = lex
        .provinces
        .entries()
        .iter()
        .map(|p| p.name.clone())
        .collect();
    assert_eq!(
        names.len(),
        lex.provinces.entries().len(),
        "province names are unique"
    );
    let mut sorted: Vec<_> = lex
        .provinces
        .entries()
        .iter()
        .map(|p| fold(&p.name))
        .collect();
    let copy = sorted.clone();
    sorted.sort();
    assert_eq!(sorted, copy, "provinces.tsv is sorted by folded name");
}

#[test]
fn provinces_are_found_in_headers_and_places() {
    let lex = Lexicon::builtin();
    let p = &lex.provinces;
    assert_eq!(p.find_in("ĐẢNG BỘ TỈNH BẾN TRE").unwrap().name, "Bến Tre");
    // Named as a province, or not: a district that shares a province's name.
    let marked = |t: &str| p.find_marked_in(t).map(|p| p.name.as_str());
    assert_eq!(marked("ĐẢNG BỘ TỈNH QUẢNG BÌNH"), Some("Quảng Bình"));
    assert_eq!(marked("HUYỆN ỦY QUẢNG NINH"), None);
    assert_eq!(p.find_in("HUYỆN ỦY QUẢNG NINH").unwrap().name, "Quảng Ninh");
    assert_eq!(marked("TỈNH ỦY BẾN TRE"), Some("Bến Tre"));
    assert_eq!(marked("THÀNH ỦY HÀ NỘI"), Some("Hà Nội"));
    assert_eq!(marked("UBND THÀNH PHỐ HỒ CHÍ MINH"), Some("Hồ Chí Minh"));
    assert_eq!(marked("ĐẢNG ỦY KHỐI CƠ QUAN TỈNH"), None);
    assert_eq!(
        p.find_in("UBND TỈNH THỪA THIÊN HUẾ").unwrap().name,
        "Thừa Thiên Huế"
    );
    assert_eq!(
        p.find_in("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH")
            .unwrap()
            .name,
        "Hồ Chí Minh"
    );
    assert_eq!(p.find_in("UBND TỈNH THANH HOÁ").unwrap().name, "Thanh Hóa");
    assert!(p
        .find_in("ĐẢNG ỦY KHỐI CƠ QUAN - DOANH NGHIỆP TỈNH")
        .is_none());
    assert!(p.find_in("PHÒNG AN NINH").is_none());
    assert_eq!(p.for_place("Hạ Long", None).unwrap().name, "Quảng Ninh");
    assert_eq!(
        p.for_place("TP. Hồ Chí Minh", None).unwrap().name,
        "Hồ Chí Minh"
    );
    assert_eq!(
        p.for_place("Huế", Some(false)).unwrap().name,
        "Thừa Thiên Huế"
    );
    assert_eq!(p.for_place("Huế", Some(true)).unwrap().name, "Huế");
    assert_eq!(p.for_place("Bến Tre", Some(false)).unwrap().name, "Bến Tre");
    assert_eq!(
        p.for_place("Bến Tre", Some(true)).unwrap().name,
        "Vĩnh Long"
    );
    assert_eq!(p.for_place("Vinh", None).unwrap().name, "Nghệ An");
}

#[test]
fn signing_tables_are_upper_case_and_unique() {
    let lex = Lexicon::builtin();
    let s = &lex.signing;
    for t in s.authorities.iter().chain(&s.titles) {
        assert_eq!(t, &t.to_uppercase(), "{t} is not upper case");
    }
    let all: HashSet<_> = s.titles.iter().collect();
    assert_eq!(all.len(), s.titles.len());
    assert!(s.is_title("PHÓ BÍ THƯ"));
    assert!(s.is_title("PHÓ CHỦ TỊCH THƯỜNG TRỰC"));
    assert!(!s.is_title("BAN THƯỜNG VỤ"));
    // A post and nothing more, in any case, marks or none.
    assert!(s.is_post("Bộ trưởng"));
    assert!(s.is_post("pho chu tich "));
    assert!(!s.is_post("Bộ trưởng Bộ Tài chính"));
    assert!(!s.is_post("Bộ Công Thương"));
    // Folded no further than the longest post and one byte more: the longest is a post,
    // one more word is not, and marks typed apart fold to nothing.
    let longest = &s.titles[0];
    assert!(s.is_post(longest), "{longest}");
    assert!(!s.is_post(&format!("{longest} X")));
    assert!(s.is_post("Bộ trưởng\u{0301}\u{0301}"));
}

#[test]
fn malformed_files_are_errors_with_line_numbers() {
    let err = DocTypes::parse("code\tname\tsystem\texamples\nCV\tCông văn\tboth\t\n").unwrap_err();
    assert_eq!(
        err.to_string(),
        "lexicon file doc_types.tsv, line 2: system must be party, state or any, not \"both\""
    );
    assert!(Provinces::parse("nope\n").is_err());
    let err = Relations::parse("phrase\trelation\ncăn cứ\tbasis\nthực hiện\tobeys\n").unwrap_err();
    assert!(
        err.to_string()
            .starts_with("lexicon file relations.tsv, line 3: relation must be one of"),
        "{err}"
    );
    // The same phrase twice, once typed without its marks, is one phrase listed twice.
    let err = Relations::parse("phrase\trelation\ncăn cứ\tbasis\ncan cu\tmentions\n").unwrap_err();
    assert_eq!(
        err.to_string(),
        "lexicon file relations.tsv, line 3: the phrase \"can cu\" is listed twice"
    );
}

#[test]
fn a_ref_in_capitals_takes_the_lexicons_spelling() {
    let lex = Lexicon::builtin();
    assert_eq!(lex.cased_ref("27/CT-TTG"), "27/CT-TTg");
    assert_eq!(lex.cased_ref("32/CT-TTg"), "32/CT-TTg");
    assert_eq!(lex.cased_ref("20/2023/NQ-HĐND"), "20/2023/NQ-HĐND");
    assert_eq!(lex.cased_ref("57-NQ/TW"), "57-NQ/TW");
    // (Only codes the lexicon knows; the number is left alone.)
    assert_eq!(lex.cased_ref("12/ABCXYZ-TTG"), "12/ABCXYZ-TTg");
}

#[test]
fn relation_phrases_name_relations_of_the_schema() {
    let r = &Lexicon::builtin().relations;
    let get = |p: &str| {
        r.entries()
            .iter()
            .find(|(q, _)| q == p)
            .map(|(_, rel)| *rel)
    };
    assert_eq!(get("căn cứ"), Some("basis"));
    assert_eq!(get("thay thế"), Some("replaces"));
    assert_eq!(get("phúc đáp"), Some("responds"));
    for rel in RELATION_NAMES {
        if rel != "mentions" {
            assert!(
                r.entries().iter().any(|(_, x)| *x == rel),
                "no phrase gives {rel}"
            );
        }
    }
}

#[test]
fn load_dir_replaces_only_the_files_it_has() {
    let dir = std::env::temp_dir().join(format!("vanban-lex-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("issuers.tsv"),
        "code\tname\tlevel\nXYZ\tBan XYZ\tcentral-state\n",
    )
    .unwrap();
    let lex = Lexicon::load_dir(&dir).unwrap();
    assert_eq!(lex.issuers.entries().len(), 1);
    assert_eq!(
        lex.doc_types.entries().len(),
        Lexicon::builtin().doc_types.entries().len()
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn codes_match_case_insensitively_and_by_system() {
    let d = &Lexicon::builtin().doc_types;
    assert_eq!(d.canonical_code("Ctr"), Some("CTr"));
    assert_eq!(d.name_for_code("TT", Some(true)), Some("Thông tri"));
    assert_eq!(d.name_for_code("TT", Some(false)), Some("Thông tư"));
    assert_eq!(d.name_for_code("QĐ", None), Some("Quyết định"));
    assert_eq!(d.name_for_code("QĐi", None), Some("Quy định"));
    assert_eq!(d.name_for_title("CÔNG ĐIỆN"), Some("Công điện"));
    // A line that starts with a name, as whole words, the longest of those it starts
    // with.
    assert_eq!(
        d.name_beginning("CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN"),
        Some("Chương trình")
    );
    assert_eq!(
        d.name_beginning("NGHỊ QUYẾT CỦA BAN CHẤP HÀNH"),
        Some("Nghị quyết")
    );
    assert_eq!(
        d.name_beginning("NGHỊ QUYẾT LIÊN TỊCH GIỮA"),
        Some("Nghị quyết liên tịch")
    );
    assert_eq!(d.name_beginning("QUYẾT ĐỊNHH"), None);
    assert!(!d.is_code("UBND"));
}

#[test]
fn a_code_typed_without_the_stroke_of_its_d_is_still_that_code() {
    // `12/QD-UBND`, `5/CD-TTg`, `30/2020/ND-CP`, `15-QDi/TU` in a text typed without
    // diacritics.
    let d = &Lexicon::builtin().doc_types;
    for (printed, name, code) in [
        ("QD", "Quyết định", "QĐ"),
        ("qd", "Quyết định", "QĐ"),
        ("CD", "Công điện", "CĐ"),
        ("ND", "Nghị định", "NĐ"),
        ("QDi", "Quy định", "QĐi"),
        ("QyD", "Quy định", "QyĐ"),
    ] {
        assert!(d.is_code(printed), "{printed}");
        assert_eq!(d.name_for_code(printed, None), Some(name), "{printed}");
        assert_eq!(d.canonical_code(printed), Some(code), "{printed}");
    }
    // Where the plain letter makes a code of its own, it stays that code: `HD` is
    // Hướng dẫn (not Hợp đồng, `HĐ`), `DA` Dự án (not Đề án, `ĐA`).
    assert_eq!(d.name_for_code("HD", None), Some("Hướng dẫn"));
    assert_eq!(d.name_for_code("HĐ", None), Some("Hợp đồng"));
    assert_eq!(d.name_for_code("DA", None), Some("Dự án"));
    assert_eq!(d.name_for_code("ĐA", None), Some("Đề án"));
    assert!(!d.is_code("UBD"));
    // In a key, the type code takes its stroke back, so that both spellings of one
    // document share a key; nothing else in the ref changes.
    for (printed, key) in [
        ("12/QD-UBND", "12/QĐ-UBND"),
        ("30/2020/ND-CP", "30/2020/NĐ-CP"),
        ("5/CD-TTg", "5/CĐ-TTg"),
        ("889/CD", "889/CĐ"),
        ("15-QDi/TU", "15-QĐi/TU"),
        ("12a/qd-UBND", "12a/QĐ-UBND"),
        ("12/QĐ-UBND", "12/QĐ-UBND"),
        ("7/HD-UBND", "7/HD-UBND"),
        ("1234/UBND-ND", "1234/UBND-ND"),
        ("275-CV/ĐUK", "275-CV/ĐUK"),
        ("80/2015/QH13", "80/2015/QH13"),
        ("QD", "QD"),
    ] {
        assert_eq!(d.key_ref(printed), key, "{printed}");
    }
}

#[test]
fn in_a_key_issuer_codes_typed_without_a_stroke_take_it_back() {
    let lex = Lexicon::builtin();
    for (printed, key) in [
        // Type and issuer codes both.
        ("2171/QD-BGDDT", "2171/QĐ-BGDĐT"),
        ("27-CV/DU", "27-CV/ĐU"),
        ("09-KH/BCDTW", "09-KH/BCĐTW"),
        ("12/NQ-HDND", "12/NQ-HĐND"),
        ("3-QD/DUK", "3-QĐ/ĐUK"),
        // As printed with the stroke, or codes without one: unchanged.
        ("2171/QĐ-BGDĐT", "2171/QĐ-BGDĐT"),
        ("1150/UBND-VX", "1150/UBND-VX"),
        ("1234/UBND-ND", "1234/UBND-ND"),
        ("7/HD-UBND", "7/HD-UBND"),
        ("5-HD/BTGTW", "5-HD/BTGTW"),
        // Only whole parts after the number; not a ref at all: as it is.
        ("27-CV/DUX", "27-CV/DUX"),
        ("DU/27", "DU/27"),
    ] {
        assert_eq!(lex.key_ref(printed), key, "{printed}");
    }
}

#[test]
fn districts_cover_every_province_before_2025_once_each() {
    let lex = Lexicon::builtin();
    let d = &lex.districts;
    // The statistics office counted 705 district-level units in 2019 and about 696 by
    // 2025 (mergers); the table may keep units merged away since 2019.
    assert!(
        (690..=720).contains(&d.entries().len()),
        "{}",
        d.entries().len()
    );
    let mut seen = HashSet::new();
    let mut seen_codes = HashSet::new();
    for u in d.entries() {
        assert!(
            seen.insert((fold(&u.name), u.kind, u.province.clone())),
            "{} ({}) twice",
            u.name,
            u.province
        );
        assert_eq!(u.name.trim(), u.name);
        assert!(
            u.code.is_empty() || seen_codes.insert(u.code.clone()),
            "code {} twice",
            u.code
        );
    }
    // 696 units in force in the first half of 2025, each with its code.
    assert_eq!(seen_codes.len(), 696);
    // Every province in force before the merger has districts, and only those.
    for p in lex.provinces.entries() {
        let has = d.entries().iter().any(|u| u.province == p.name);
        assert_eq!(has, p.period != Period::From2025, "{}", p.name);
    }
    // Counts from the statistics office's list: Hà Nội 30 units.
    let ha_noi = d
        .entries()
        .iter()
        .filter(|u| u.province == "Hà Nội")
        .count();
    assert_eq!(ha_noi, 30);
}

#[test]
fn districts_are_found_where_a_header_names_them() {
    let d = &Lexicon::builtin().districts;
    let provinces = |m: DistrictMention| {
        let mut p: Vec<String> = m.units.into_iter().map(|u| u.province.clone()).collect();
        p.sort();
        p.dedup();
        p
    };
    // (header line, the provinces of the units it can mean)
    let marked: [(&str, &[&str]); 15] = [
        ("ĐẢNG BỘ HUYỆN VĨNH BẢO", &["Hải Phòng"]),
        ("HUYỆN ỦY CHƯ SÊ", &["Gia Lai"]),
        ("QUẬN ỦY BA ĐÌNH", &["Hà Nội"]),
        ("UBND QUẬN 1", &["Hồ Chí Minh"]),
        ("THÀNH ỦY SẦM SƠN", &["Thanh Hóa"]),
        ("ỦY BAN NHÂN DÂN THỊ XÃ SƠN TÂY", &["Hà Nội"]),
        // Quảng Ninh is also a district of Quảng Bình.
        ("HUYỆN ỦY QUẢNG NINH", &["Quảng Bình"]),
        // A `huyện Hòa Bình` is Bạc Liêu's huyện or, under an older kind, the city.
        ("HUYỆN HÒA BÌNH", &["Bạc Liêu", "Hòa Bình"]),
        // A commune, an office, a province: no district.
        ("ĐẢNG ỦY XÃ TÂN AN", &[]),
        ("ĐẢNG ỦY CƠ QUAN BA ĐÌNH", &[]),
        ("ĐẢNG BỘ TỈNH GIA LAI", &[]),
        // A huyện of 2011 may be today's thị xã: Cần Thơ's huyện Phong Điền or Thừa
        // Thiên Huế's (a thị xã since 2025); a thị xã cannot be Cần Thơ's huyện.
        ("ĐẢNG BỘ HUYỆN PHONG ĐIỀN", &["Cần Thơ", "Thừa Thiên Huế"]),
        ("THỊ ỦY PHONG ĐIỀN", &["Thừa Thiên Huế"]),
        // Merged away before 2025 (Quận 9, into Thủ Đức in 2021), or found by its old
        // kind word (Thủy Nguyên, a thành phố since 2025).
        ("QUẬN ỦY QUẬN 9", &["Hồ Chí Minh"]),
        ("HUYỆN ỦY THỦY NGUYÊN", &["Hải Phòng"]),
    ];
    for (line, want) in marked {
        assert_eq!(provinces(d.find_marked_in(line)), want, "{line}");
    }
    // A name shared by districts of ten provinces gives them all.
    assert_eq!(
        provinces(d.find_marked_in("HUYỆN CHÂU THÀNH")),
        [
            "An Giang",
            "Bến Tre",
            "Hậu Giang",
            "Kiên Giang",
            "Long An",
            "Sóc Trăng",
            "Tiền Giang",
            "Trà Vinh",
            "Tây Ninh",
            "Đồng Tháp"
        ]
    );
    // Thị xã and huyện of the same name: the kind word picks.
    let ky_anh = d.find_marked_in("THỊ XÃ KỲ ANH");
    assert!(!ky_anh.is_empty() && ky_anh.units.iter().all(|u| u.kind == DistrictKind::ThiXa));
    // Where the name is not enough, the kind as printed is the best guess.
    let printed_kind = |line: &str| {
        d.find_marked_in(line)
            .province_of_printed_kind()
            .map(str::to_string)
    };
    assert_eq!(printed_kind("HUYỆN HÒA BÌNH").as_deref(), Some("Bạc Liêu"));
    assert_eq!(
        printed_kind("ĐẢNG BỘ HUYỆN TÂN CHÂU").as_deref(),
        Some("Tây Ninh")
    );
    assert_eq!(printed_kind("HUYỆN ỦY CHÂU THÀNH"), None);
    assert_eq!(d.find_marked_in("ĐẢNG BỘ HUYỆN TÂN CHÂU").province(), None);
    // Places of issue: the kind word heeded; the bare name Sơn Tây is also a huyện
    // of Quảng Ngãi.
    let places: [(&str, &[&str]); 5] = [
        ("Vĩnh Bảo", &["Hải Phòng"]),
        ("Thị xã Sơn Tây", &["Hà Nội"]),
        ("Sơn Tây", &["Hà Nội", "Quảng Ngãi"]),
        ("Vĩnh Bảo mới", &[]),
        ("Tân Lộc Bắc", &[]),
    ];
    for (place, want) in places {
        assert_eq!(provinces(d.named(place)), want, "{place}");
    }
}

#[test]
fn patterns_made_to_read_letters_typed_without_their_marks() {
    // A marked letter as printed or with every mark dropped, never another mark;
    // inside a class its bare letter joins it; escapes stay as they are.
    assert_eq!(bare_too(r"[Đđ]iện"), r"[ĐDđd]i[ệe]n");
    assert_eq!(bare_too(r"(?:số|Số)\s*"), r"(?:s[ốo]|S[ốo])\s*");
    assert_eq!(bare_too(r"[\p{Lu}Đ][\p{L}\d&]*"), r"[\p{Lu}ĐD][\p{L}\d&]*");
    assert_eq!(bare_too(r"\d{1,2}/[A-Z]"), r"\d{1,2}/[A-Z]");
    assert_eq!(
        (bare('Ế'), bare('ư'), bare('đ'), bare('-')),
        ('E', 'u', 'd', '-')
    );
}

#[test]
fn ve_viec_as_printed_and_as_ocr_misreads_it() {
    for (subject, yes) in [
        ("V/v phòng, chống dịch COVID-19", true),
        ("V/V: hoàn thuế", true),
        ("V.v hoàn thuế", true),
        ("Về việc hoàn thuế", true),
        ("**V/v** hoàn thuế", true),
        ("Viv quyền xuất khẩu hàng hóa", true),
        ("VAv quyết toán thuế TNCN", true),
        ("Viv: Chính sách thuế TNCN", true),
        ("Vlv hoàn thuế", true),
        // Words that open like it.
        ("Vivo Việt Nam", false),
        ("Vav", false),
        ("Về tăng cường công tác", false),
        ("Văn bản hợp nhất", false),
    ] {
        assert_eq!(opens_with_ve_viec(&fold(subject)), yes, "{subject}");
    }
}

/// `Nơi nhận:` as printed and as a wrong font reads it: the offset past its colon (the
/// list's first entry follows); words that open like it are no head.
#[test]
fn the_list_head_as_printed_and_as_a_wrong_font_reads_it() {
    for (line, head) in [
        ("Nơi nhận: KT. CỤC TRƯỞNG", Some("Nơi nhận:")),
        ("Noi nh$n: TL. TONG CUC TRTIONG", Some("Noi nh$n:")),
        ("Nni nhQn:", Some("Nni nhQn:")),
        ("Nai nhAn; - Như trên", Some("Nai nhAn;")),
        ("Noi\tnhQn :", Some("Noi\tnhQn :")),
        ("Nơi nhận hồ sơ: Bộ phận một cửa", None),
        ("Nội dung: rà soát", None),
        ("Noi nhan", None),
    ] {
        assert_eq!(damaged_noi_nhan(line).map(|k| &line[..k]), head, "{line}");
    }
}

#[test]
fn a_place_glued_after_a_symbol_by_a_spaced_dash_is_no_part_of_it() {
    // A capitalized word in small letters after ` - ` goes; a code in capitals stays.
    for (raw, symbol) in [
        ("5826 /TCHQTXNK - Hà", "5826 /TCHQTXNK"),
        ("Số 5826 /TCHQTXNK - Hà", "Số 5826 /TCHQTXNK"),
        ("3143/TXNK - CST", "3143/TXNK - CST"),
        ("12/QĐ - TTg", "12/QĐ - TTg"),
        ("45/CT-Hà", "45/CT-Hà"),
        ("45/CT- Hà", "45/CT"),
        ("7/UBND - A", "7/UBND - A"),
    ] {
        assert_eq!(without_place_word(raw), symbol, "{raw}");
    }
}

#[test]
fn a_line_of_names_is_a_few_capitalized_words_between_each_two_commas() {
    for (line, names) in [
        ("Giao thông vận tải, Văn hóa, Thể thao và Du", true),
        ("Công Thương. Khoa học và Công nghệ.", true),
        ("Bộ Tài chính", false),
        (
            "Ủy ban nhân dân tỉnh nhận được Công văn số 12, ngày 5/3/2021",
            false,
        ),
        ("Công an, các đơn vị liên quan", false),
        ("Văn phòng Chính phủ nhận được Công văn, Bộ Y tế", false),
        ("", false),
    ] {
        assert_eq!(names_only(line), names, "{line}");
    }
}
