use super::*;

fn finder() -> Finder {
    Finder::new(Lexicon::builtin())
}

fn keys(text: &str, jur: &str) -> Vec<(String, String)> {
    finder()
        .find(text, &[(0, text.len())], Some(jur), None)
        .into_iter()
        .map(|c| (c.target_key, c.relation))
        .collect()
}

#[test]
fn numbered_party_and_state_citations() {
    assert_eq!(
        keys("Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về cách ly xã hội.", "Bến Tre"),
        [("quoc-gia/2020/16/CT-TTg".to_string(), "implements".to_string())]
    );
    assert_eq!(
        keys(
            "Căn cứ Nghị định 30/2020/NĐ-CP về công tác văn thư;",
            "Hà Nội"
        ),
        [(
            "quoc-gia/2020/30/2020/NĐ-CP".to_string(),
            "basis".to_string()
        )]
    );
    assert_eq!(
        keys(
            "theo Công văn số 1234/BYT-MT ngày 03/4/2020 của Bộ Y tế",
            "Hà Nội"
        ),
        [(
            "quoc-gia/2020/1234/BYT-MT".to_string(),
            "mentions".to_string()
        )]
    );
    // `TU` is the citing province's; odd spacing and swapped separators.
    assert_eq!(
        keys(
            "Thực hiện Kế hoạch số 62 - KH/TU, ngày 05/01/2021 của Ban Thường vụ Tỉnh ủy",
            "Thái Bình"
        ),
        [(
            "thai-binh/2021/62-KH/TU".to_string(),
            "implements".to_string()
        )]
    );
    assert_eq!(
        keys(
            "Thực hiện Nghị quyết 72-NQ-TW ngày 09/9/2025 của Bộ Chính trị",
            "Huế"
        )[0]
        .0,
        "trung-uong/2025/72-NQ-TW"
    );
}

#[test]
fn citations_without_a_number_and_back_references() {
    let text = "Thực hiện Điện ngày 21/7/2021 của Thường trực Ban Bí thư về tiếp tục tăng cường công tác phòng, chống dịch COVID-19; Thường trực Tỉnh ủy đề nghị thực hiện Điện của Thường trực Ban Bí thư.";
    assert_eq!(
        keys(text, "Đồng Nai"),
        [(
            "trung-uong/2021-07-21/dien/thuong-truc-ban-bi-thu".to_string(),
            "implements".to_string()
        )]
    );
    let text = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;";
    assert_eq!(
        keys(text, "Hà Nội"),
        [(
            "quoc-gia/2015-06-19/luat/to-chuc-chinh-quyen-dia-phuong".to_string(),
            "basis".to_string()
        )]
    );
    let text = "Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ; tiếp tục thực hiện nghiêm Chỉ thị 16/CT-TTg.";
    assert_eq!(keys(text, "Hà Nội").len(), 1);
    // A first mention without the date, a later one with it: one citation, the dated
    // mention's (its span holds the date), with the first mention's relation.
    let text = "Căn cứ Nghị định số 45/2022/NĐ-CP của Chính phủ;\nQUYẾT ĐỊNH:\nĐiều 1. Xử phạt theo khoản 2 Điều 9 Nghị định số 45/2022/NĐ-CP ngày 7 tháng 7 năm 2022 của Chính phủ.";
    let got = finder().find(text, &[(0, text.len())], Some("Hà Nội"), None);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].date.as_deref(), Some("2022-07-07"));
    assert_eq!(got[0].relation, "basis");
    assert!(text[got[0].start..got[0].end].contains("ngày 7 tháng 7 năm 2022"));
    // A law with its number and the date it was passed: keyed by the number alone, not
    // by what follows it.
    let text = "Căn cứ Luật Thuế Thu nhập cá nhân số 04/2007/QH12 được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam thông qua ngày 21/12/2007;";
    let got = keys(text, "Hà Nội");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "quoc-gia/2007/04/2007/QH12");
    // The number after the last `số` (`một số điều` is none).
    let text = "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Quản lý thuế số 21/2012/QH13 ngày 20 tháng 11 năm 2012;";
    assert_eq!(keys(text, "Hà Nội")[0].0, "quoc-gia/2012/21/2012/QH13");
    // With its number and no date: keyed by the number, the name opening in either case.
    let f = finder();
    for (text, key) in [
        (
            "Căn cứ Luật Thuế GTGT số 48/2024/QH15;",
            "quoc-gia/2024/48/2024/QH15",
        ),
        (
            "Căn cứ Luật thuế xuất khẩu, thuế nhập khẩu số 107/2016/QH13;",
            "quoc-gia/2016/107/2016/QH13",
        ),
        (
            "Căn cứ Luật Quản lý, sử dụng tài sản công số 15/2017/QH14;",
            "quoc-gia/2017/15/2017/QH14",
        ),
        (
            "theo Luật Thuế xuất khẩu thuế nhập khẩu 107/2016/QH13 và",
            "quoc-gia/2016/107/2016/QH13",
        ),
        (
            "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế số 46/2014/QH13;",
            "quoc-gia/2014/46/2014/QH13",
        ),
    ] {
        let got = f.find(text, &[(0, text.len())], Some("Hà Nội"), None);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].target_key, key, "{text}");
        assert_eq!(
            got[0].reference.as_deref(),
            Some(&key["quoc-gia/2024/".len()..]),
            "{text}"
        );
    }
    // A first law whose number OCR damaged is no part of the second's citation.
    let text = "theo Luật thuế xuất nhập khẩu số 107/2016 / QHI3 và khoản 20 điều 5 Luật thuế giá trị gia tăng số 13/2008 / QH12 thì";
    let got = f.find(text, &[(0, text.len())], Some("Hà Nội"), None);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].target_key, "quoc-gia/2008/13/2008/QH12");
    assert_eq!(got[0].text, "Luật thuế giá trị gia tăng số 13/2008 / QH12");
    // Without its number, keyed by its name, which stops before the words on its passing.
    let text = "Căn cứ Luật Thuế Thu nhập cá nhân đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam thông qua ngày 22/11/2012;";
    assert_eq!(
        keys(text, "Hà Nội")[0].0,
        "quoc-gia/2012-11-22/luat/thue-thu-nhap-ca-nhan"
    );
}

#[test]
fn generic_mentions_and_the_own_number_are_not_citations() {
    let f = finder();
    let text = "quán triệt các văn bản chỉ đạo của Trung ương, theo thông điệp “5K” của Bộ Y tế.";
    assert!(f
        .find(text, &[(0, text.len())], Some("Bến Tre"), None)
        .is_empty());
    let text = "triển khai thực hiện tốt nội dung Công văn số 275-CV/ĐUK này.";
    assert!(f
        .find(
            text,
            &[(0, text.len())],
            Some("Bến Tre"),
            Some("275-CV/ĐUK")
        )
        .is_empty());
}

#[test]
fn relations_from_the_nearest_phrase() {
    let k = keys(
        "Quyết định này thay thế Quyết định số 12/QĐ-UBND ngày 02/01/2019 của UBND tỉnh.",
        "Long An",
    );
    assert_eq!(k[0].1, "replaces");
    let k = keys(
        "Xét đề nghị của Sở Tài chính tại Tờ trình số 45/TTr-STC ngày 01/3/2020;",
        "Long An",
    );
    assert_eq!(k[0].1, "responds");
}

#[test]
fn resolution_by_key_and_by_date() {
    let mut r = Resolver::new();
    r.add("ha-tinh/2022/702-CV/TU", Some("2022-03-01"));
    r.add("quang-tri/2022/702-CV/TU", Some("2022-04-01"));
    r.add("ha-tinh/2019/15-CT/TU", Some("2019-05-01"));
    r.add("ha-tinh/2023/15-CT/TU", Some("2023-06-01"));
    // Two provinces' 702-CV/TU differ by slug.
    assert_eq!(
        r.resolve("quang-tri/2022/702-CV/TU", None),
        Some("quang-tri/2022/702-CV/TU")
    );
    // One province's 15-CT/TU: the year decides; without one, the latest before the citing document.
    assert_eq!(
        r.resolve("ha-tinh/2019/15-CT/TU", None),
        Some("ha-tinh/2019/15-CT/TU")
    );
    assert_eq!(
        r.resolve("ha-tinh/undated/15-CT/TU", Some("2021-01-01")),
        Some("ha-tinh/2019/15-CT/TU")
    );
    assert_eq!(
        r.resolve("ha-tinh/undated/15-CT/TU", Some("2024-01-01")),
        Some("ha-tinh/2023/15-CT/TU")
    );
    assert_eq!(
        r.resolve("ha-tinh/2020/15-CT/TU", Some("2024-01-01")),
        None,
        "a dated citation names one year"
    );
    assert_eq!(r.resolve("nghe-an/undated/15-CT/TU", None), None);
}

#[test]
fn dates_with_the_month_as_a_word_and_odd_spacing() {
    assert_eq!(
        keys(
            "Căn cứ Quyết định số 31 - QĐ/TW ngày 03 tháng bốn năm 2018 của Bộ Chính trị;",
            "Hà Nội"
        ),
        [("trung-uong/2018/31-QĐ/TW".to_string(), "basis".to_string())]
    );
    assert_eq!(keys("Thực hiện Kế hoạch số 94- KH/BTGDVTW, ngày 06 / 7 /2025 của Ban Tuyên giáo và Dân vận Trung ương", "Huế")[0].0, "trung-uong/2025/94-KH/BTGDVTW");
}

/// The cited document's date as scans and letters print it: glued or dashed after
/// `ngày`, after a stray full stop, after `đề` (a letter's own date); or opening the
/// clause before it with its issuer (`Ngày 12/4/2016, Bộ Tài chính ban hành công văn
/// số …`), but not a date that opens the next sentence.
#[test]
fn dates_glued_dashed_or_before_the_citation() {
    let f = finder();
    let date_of = |text: &str| {
        let got = f.find(text, &[(0, text.len())], Some("Hà Nội"), None);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        (
            got[0].date.clone(),
            got[0].issuer.clone(),
            got[0].text.clone(),
        )
    };
    for (text, date) in [
        (
            "Căn cứ Thông tư số 96/2015/TT-BTC ngay22/6/2015 của Bộ Tài chính;",
            "2015-06-22",
        ),
        (
            "Cục Thuế nhận được công văn số 15/CV-ABC ngày - 20/9/2019 của Công ty.",
            "2019-09-20",
        ),
        (
            "Căn cứ Nghị định số 123/2020/NĐ-CP. ngày 19/10/2020 của Chính phủ;",
            "2020-10-19",
        ),
        (
            "Trả lời công văn số 2708/CV-HP đề ngày 27/08/2019 của Công ty.",
            "2019-08-27",
        ),
    ] {
        assert_eq!(date_of(text).0.as_deref(), Some(date), "{text}");
    }
    // After the issuer; opening the clause before the citation (its text opens there);
    // an issuer ended by a table's cell.
    for (text, date, issuer, printed) in [
        (
            "Thực hiện Quyết định số 411/QĐ-TTg của Thủ tướng Chính phủ ngày 31/3/2022 về chuyển đổi số.",
            "2022-03-31",
            "Thủ tướng Chính phủ",
            "Quyết định số 411/QĐ-TTg của Thủ tướng Chính phủ ngày 31/3/2022",
        ),
        (
            "| Quyết định số 867/QĐ-UBND ngày 12/9/2025 của Chủ tịch UBND tỉnh Bắc Ninh | Bãi bỏ toàn bộ ngày 30/9/2025 |",
            "2025-09-12",
            "Chủ tịch UBND tỉnh Bắc Ninh",
            "Quyết định số 867/QĐ-UBND ngày 12/9/2025 của Chủ tịch UBND tỉnh Bắc Ninh",
        ),
        (
            "Năm 2016: Ngày 12/4/2016, Bộ Tài chính ban hành công văn số 4868/BTC-TCT hướng dẫn quyết toán.",
            "2016-04-12",
            "Bộ Tài chính",
            "Ngày 12/4/2016, Bộ Tài chính ban hành công văn số 4868/BTC-TCT",
        ),
        (
            "Ngày 3/9/2020, Tổng cục Hải quan đã có công văn số 5212/TCHQ-TXNK gửi các Cục Hải quan.",
            "2020-09-03",
            "Tổng cục Hải quan",
            "Ngày 3/9/2020, Tổng cục Hải quan đã có công văn số 5212/TCHQ-TXNK",
        ),
    ] {
        assert_eq!(
            date_of(text),
            (
                Some(date.to_string()),
                Some(issuer.to_string()),
                printed.to_string()
            ),
            "{text}"
        );
    }
    // A date that opens the next sentence is not the citation's.
    let (date, _, _) =
        date_of("Theo Nghị định số 126/2020/NĐ-CP. Ngày 5/3/2021 Cục Thuế đã trả lời.");
    assert_eq!(date, None);
}

/// Refs listed after one type word are citations each, with their own dates and
/// issuers: after a comma, `và` or `và số`; a date or a word after the comma is none.
#[test]
fn refs_listed_after_one_type_word_are_citations_each() {
    let f = finder();
    let cited = |text: &str| -> Vec<(String, Option<String>)> {
        f.find(text, &[(0, text.len())], Some("Hà Nội"), None)
            .into_iter()
            .map(|c| (c.target_key, c.date))
            .collect()
    };
    assert_eq!(
        cited("Thực hiện các văn bản số: 2210/VPCP-KTTH ngày 3/4/2024, 3115/VPCP-KTTH ngày 9/5/2024 của Văn phòng Chính phủ; báo cáo kết quả."),
        [
            ("quoc-gia/2024/2210/VPCP-KTTH".to_string(), Some("2024-04-03".to_string())),
            ("quoc-gia/2024/3115/VPCP-KTTH".to_string(), Some("2024-05-09".to_string())),
        ]
    );
    let keys: Vec<String> =
        cited("Theo Công văn số 412/BYT-MT và số 415/BYT-MT, các đơn vị triển khai.")
            .into_iter()
            .map(|(k, _)| k)
            .collect();
    assert_eq!(
        keys,
        ["quoc-gia/undated/412/BYT-MT", "quoc-gia/undated/415/BYT-MT"]
    );
    // (A date after the comma, or a word, lists nothing.)
    let keys: Vec<String> = cited("Căn cứ Nghị định số 30/2020/NĐ-CP, 05/3/2021, các sở báo cáo.")
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    assert_eq!(keys, ["quoc-gia/2020/30/2020/NĐ-CP"]);
    // A citation whose issuer reads past the end of its zone lists nothing there (the
    // next zone's text is not read for a listed ref).
    let text = "Thực hiện Công văn số 12/UBND-VX của Ủy ban nhân dân tỉnh\nKính gửi: 45/UBND-KT";
    let zone_end = text.find('\n').unwrap();
    let got = f.find(text, &[(0, zone_end - 10)], Some("Hà Nội"), None);
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn zones_without_a_type_word_run_no_pattern() {
    // Nothing to find: the prefilter skips every pattern (and finds nothing).
    let f = finder();
    let text =
        "Tình hình dịch bệnh diễn biến phức tạp, số ca mắc tăng 12% so với cùng kỳ năm 2020.";
    assert!(f
        .find(text, &[(0, text.len())], Some("Hà Nội"), None)
        .is_empty());
}

#[test]
fn a_district_bodys_citation_takes_the_districts_province() {
    // Quảng Ninh is also a district of Quảng Bình: its Huyện ủy is not Quảng Ninh's.
    assert_eq!(
        keys(
            "Thực hiện Kế hoạch số 45-KH/HU ngày 10/3/2021 của Huyện ủy Quảng Ninh về …",
            "Hà Tĩnh"
        )[0]
        .0,
        "quang-binh/2021/45-KH/HU"
    );
    // Vĩnh Bảo is Hải Phòng's, whoever cites it.
    assert_eq!(
        keys(
            "Căn cứ Công văn số 12-CV/HU ngày 02/4/2021 của Ban Thường vụ Huyện ủy Vĩnh Bảo;",
            "Thái Bình"
        )[0]
        .0,
        "hai-phong/2021/12-CV/HU"
    );
    // A name several provinces share: the citing document's province when it is one of
    // them, else the one of the huyện so named (Tân Châu: Tây Ninh's huyện, An Giang's
    // thị xã).
    let tan_chau = "Thực hiện Chỉ thị số 05-CT/HU ngày 02/4/2021 của Huyện ủy Tân Châu";
    assert_eq!(keys(tan_chau, "An Giang")[0].0, "an-giang/2021/05-CT/HU");
    assert_eq!(keys(tan_chau, "Hà Nội")[0].0, "tay-ninh/2021/05-CT/HU");
    // A province named as one still decides.
    assert_eq!(
        keys(
            "Thực hiện Kế hoạch số 45-KH/TU ngày 10/3/2021 của Tỉnh ủy Quảng Ninh",
            "Hà Tĩnh"
        )[0]
        .0,
        "quang-ninh/2021/45-KH/TU"
    );
}

use vanban_segment::test_support::{workspace_texts, xorshift};

#[test]
fn numbered_groups_read_off_the_match_are_the_regex_groups() {
    // `find` reads the type word and the reference off each match of `numbered`
    // instead of asking for captures: the same on every match of every text of the
    // workspace, and on the edges (optional words of a type name, lower-case words
    // before `số`, digits outside ASCII, `số` as OCR reads it).
    let texts = workspace_texts(&[
        "Thông tư liên tịch số 12/2001/TTLT-BTC-BNV",
        "Thông tư 05/2019/TT-BNV",
        "Chương trình hành động số 07-CTr/TU",
        "chương trình công tác năm số 3/CTr-UBND",
        "Nghị quyết của Ban Chấp hành số 45-NQ/TW",
        "Công văn Số: 1234 /UBND-VX",
        "Kết luận ١٢-KL/TW",
        "Thông tư s6 78/2014/TT-BTC",
        "Thong tu sri 60/2012/TT-BTC",
    ]);
    let f = finder();
    let mut matches = 0;
    for text in &texts {
        for c in f.numbered.captures_iter(text) {
            let all = &text[c.get_match().unwrap().range()];
            let groups = c
                .get_group_by_name("tw")
                .map(|m| &text[m.range()])
                .zip(c.get_group_by_name("ref").map(|m| &text[m.range()]));
            assert_eq!(f.numbered_groups(all), groups, "{all:?}");
            matches += 1;
        }
    }
    assert!(matches > 100, "{matches} matches");
}

#[test]
fn every_match_of_a_gated_pattern_holds_a_literal_that_enables_it() {
    // The prefilter runs the điện, luật and đại hội patterns only on zones where a
    // literal enabling them is found: sound only if each of their matches holds one.
    let f = finder();
    let texts = workspace_texts(&[
        "Thực hiện Điện khẩn ngày 12/3/2021 của Ban Bí thư về phòng chống dịch",
        "Công điện ngày 5 tháng 4 năm 2020 của Thủ tướng Chính phủ; các ngành",
        "theo Luật Phòng, chống tham nhũng ngày 20 tháng 11 năm 2018 và",
        "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX",
        "Căn cứ Luật Thuế GTGT số 48/2024/QH15; Luat Dat dai so 31/2024/QH15",
    ]);
    // (The literals as the gate has them: printed, typed without diacritics, broken.)
    let literals: Vec<(String, u8)> = prefilter_literals().collect();
    let mut seen = [0; 4];
    for text in &texts {
        for (k, (re, kind)) in [
            (&f.dien, DIEN),
            (&f.luat, LUAT),
            (&f.dai_hoi, DAI_HOI),
            (&f.luat_numbered, LUAT),
        ]
        .into_iter()
        .enumerate()
        {
            for m in re.find_iter(text) {
                assert!(
                    literals
                        .iter()
                        .any(|(lit, kinds)| kinds & kind != 0 && m.as_str().contains(lit.as_str())),
                    "{:?}",
                    m.as_str()
                );
                seen[k] += 1;
            }
        }
    }
    assert!(seen.iter().all(|&n| n >= 1), "{seen:?}");
}

#[test]
fn a_type_name_broken_across_lines_is_still_a_citation() {
    // From a real notice of the Government Office: the only type name of the
    // paragraph is cut by a line break, which the prefilter's literals must allow.
    let text = "liên quan trong việc xử lý khó khăn, vướng mắc tại 02 công trình dự án theo Nghị\nquyết số 34/NQ-CP ngày 13 tháng 02 năm 2025 của Chính phủ; quá trình tổ chức";
    assert_eq!(
        keys(text, "Hà Nội"),
        [("quoc-gia/2025/34/NQ-CP".to_string(), "mentions".to_string())]
    );
    let text = "đã ban hành Kế\nhoạch số 321-KH/TU ngày 5/6/2024 để triển khai";
    assert_eq!(keys(text, "Hà Nội")[0].0, "ha-noi/2024/321-KH/TU");
}

/// The sentence start read backwards is the latest end of the six breaks found with
/// `rfind`, on texts made of the breaks' bytes and others (overlapping breaks such as
/// `.\n\n-`, breaks at either end, none at all).
#[test]
fn sentence_start_is_the_end_of_the_last_break() {
    let by_rfind = |before: &str| {
        [". ", "\n\n", ";\n", "\n-", "\n+", ".\n"]
            .iter()
            .filter_map(|b| before.rfind(b).map(|i| i + b.len()))
            .max()
            .unwrap_or(0)
    };
    let pieces = [".", " ", "\n", ";", "-", "+", "a", "ư", "Căn cứ"];
    let mut next = xorshift(0x9e37_79b9_7f4a_7c15);
    for _ in 0..20_000 {
        let text = random_text(&mut next, &pieces, 12);
        assert_eq!(
            super::sentence_start(text.as_bytes()),
            by_rfind(&text),
            "{text:?}"
        );
    }
    assert_eq!(super::sentence_start(b""), 0);
    assert_eq!(super::sentence_start(b"."), 0);
    assert_eq!(super::sentence_start(b"a. b"), 3);
}

/// A random text of fewer than `max` of `pieces`, drawn with `next` (a
/// [`xorshift`]).
fn random_text(next: &mut impl FnMut(usize) -> usize, pieces: &[&str], max: usize) -> String {
    (0..next(max)).map(|_| pieces[next(pieces.len())]).collect()
}

/// The clause break found in one scan up to a limit is what the five searches of the
/// whole rest found, once the limit (the next citation) is applied.
#[test]
fn clause_break_is_the_first_of_the_five_breaks() {
    let by_find = |rest: &str| {
        [";", ". ", ".\n", "\n\n", "\n-"]
            .iter()
            .filter_map(|b| rest.find(b))
            .min()
    };
    let pieces = [";", ".", " ", "\n", "-", "a", "ư", "về"];
    let mut next = xorshift(0x51_7cc1_b727_220a);
    for _ in 0..20_000 {
        let rest = random_text(&mut next, &pieces, 14);
        for limit in 0..=rest.len() + 1 {
            let expected = by_find(&rest).filter(|&i| i < limit);
            assert_eq!(
                super::clause_break(rest.as_bytes(), limit),
                expected,
                "{rest:?} {limit}"
            );
        }
    }
}

/// The issuer's stop words found by the automaton: the earliest start of any, as the
/// eighteen searches found.
#[test]
fn issuer_stops_are_found_where_the_earliest_search_found_one() {
    // Every stop word, and words that make parts of them or none.
    let mut pieces = super::ISSUER_STOP_WORDS.to_vec();
    pieces.extend([" ", "Ủy ban", " nhân dân", "tỉnh", "v", "đ", " về"]);
    let mut next = xorshift(0x2545_f491_4f6c_dd1d);
    for _ in 0..20_000 {
        let flat = random_text(&mut next, &pieces, 10);
        let by_find = super::ISSUER_STOP_WORDS
            .iter()
            .filter_map(|s| flat.find(s))
            .min();
        let found = super::ISSUER_STOPS.find(&flat).map(|m| m.start());
        assert_eq!(found, by_find, "{flat:?}");
    }
}

/// [`dedupe`] as first written, every citation compared with every one kept: the
/// definition that the indexed version must match.
fn dedupe_by_scans(found: Vec<Citation>) -> Vec<Citation> {
    let mut out: Vec<Citation> = Vec::new();
    for c in found {
        if let Some(o) = out.iter_mut().find(|o| o.target_key == c.target_key) {
            if o.relation == "mentions" && c.relation != "mentions" {
                o.relation = c.relation.clone();
            }
            if o.date.is_none() && c.date.is_some() && o.reference == c.reference {
                let relation = o.relation.clone();
                *o = Citation { relation, ..c };
            }
            continue;
        }
        if c.date.is_none() {
            if let Some(r) = &c.reference {
                if out.iter().any(|o| o.reference.as_ref() == Some(r)) {
                    continue;
                }
            }
            if c.reference.is_none()
                && out.iter().any(|o| {
                    o.reference.is_none() && o.issuer == c.issuer && o.doc_type == c.doc_type
                })
            {
                continue;
            }
        }
        if c.date.is_some() {
            if let Some(i) = out.iter().position(|o| {
                o.date.is_none()
                    && ((o.reference.is_some() && o.reference == c.reference)
                        || (o.reference.is_none()
                            && c.reference.is_none()
                            && o.issuer == c.issuer
                            && o.doc_type == c.doc_type))
            }) {
                let relation = out[i].relation.clone();
                out[i] = Citation { relation, ..c };
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// Lists of citations drawn from a few keys, references, dates, issuers, types and
/// relations, so that every rule of `dedupe` meets every other (a key seen again, an
/// undated back-reference, a dated citation replacing an undated one, twice).
#[test]
fn dedupe_with_indexes_keeps_what_comparing_every_pair_kept() {
    let mut next = xorshift(0x2545_f491_4f6c_dd1d);
    let pick =
        |k: usize, options: &[&str]| -> Option<String> { options.get(k).map(|s| s.to_string()) };
    for _ in 0..5_000 {
        let n = next(12);
        let found: Vec<Citation> = (0..n)
            .map(|start| Citation {
                text: format!("c{start}"),
                start,
                end: start + 1,
                reference: pick(next(3), &["16/CT-TTg", "05-CT/TW"]),
                doc_type: [None, Some("Chỉ thị"), Some("Điện")][next(3)].map(|name| DocType {
                    code: None,
                    name: name.into(),
                }),
                date: pick(next(3), &["2020-03-31", "2021-01-01"]),
                issuer: pick(next(3), &["Thủ tướng Chính phủ", "Ban Bí thư"]),
                jurisdiction: None,
                relation: ["mentions", "implements", "basis"][next(3)].into(),
                target: None,
                target_key: format!("k{}", next(5)),
            })
            .collect();
        let expected = dedupe_by_scans(found.clone());
        let got = dedupe(found);
        assert_eq!(
            serde_json::to_string(&got).unwrap(),
            serde_json::to_string(&expected).unwrap()
        );
    }
}

/// The questions `Clauses` answers by binary search, asked of the text itself (what
/// the search for titles did before): on random texts, at every pair of places.
#[test]
fn clauses_answer_what_searching_the_text_answers() {
    let pieces = [
        ";",
        "\n",
        " ",
        "về",
        " về ",
        "V/v ",
        "v",
        "ề",
        "a",
        "Chỉ thị",
    ];
    let mut next = xorshift(0x9e37_79b9_7f4a_7c15);
    for _ in 0..3_000 {
        let text = random_text(&mut next, &pieces, 12);
        let c = super::Clauses::of(&text, 0..text.len());
        let places: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for &a in &places {
            let bound = text[..a].rfind([';', '\n']).map_or(0, |i| i + 1);
            assert_eq!(c.bound_before(a), bound, "{text:?} {a}");
            for &b in places.iter().filter(|&&b| b >= a) {
                let between = &text[a..b];
                let title = between.contains(" về ") || between.contains("V/v ");
                assert_eq!(c.title_within(a, b), title, "{text:?} {a}..{b}");
            }
        }
    }
}

/// `in_titles` as first written: every earlier citation asked, the text between each
/// pair searched.
fn in_titles_by_pairs(text: &str, spans: &[(usize, usize)]) -> Vec<bool> {
    (0..spans.len())
        .map(|k| {
            (0..k).any(|j| {
                let clause_end = text[spans[j].1..]
                    .find([';', '\n'])
                    .map_or(text.len(), |i| spans[j].1 + i);
                spans[k].0 < clause_end && spans[j].1 <= spans[k].0 && {
                    let between = &text[spans[j].1..spans[k].0];
                    let lead = between.trim_end();
                    let listed = lead.ends_with([',', ';'])
                        || lead.ends_with(" và")
                        || lead.ends_with(" và các");
                    (between.contains(" về ") || between.contains("V/v ")) && !listed
                }
            })
        })
        .collect()
}

/// Random texts of list words, title words and breaks, with random citations (by
/// start, touching, overlapping, nested) at places between the words.
#[test]
fn in_titles_finds_what_asking_every_pair_found() {
    let pieces = [
        ";",
        "\n",
        " ",
        ", ",
        " và",
        " và các",
        " về ",
        "V/v ",
        "về",
        "a",
        "Chỉ thị",
        "CT",
    ];
    let mut next = xorshift(0x51_7cc1_b727_220a);
    for _ in 0..20_000 {
        let words: Vec<&str> = (0..next(14)).map(|_| pieces[next(pieces.len())]).collect();
        let places: Vec<usize> = std::iter::once(0)
            .chain(words.iter().scan(0, |at, w| {
                *at += w.len();
                Some(*at)
            }))
            .collect();
        let text: String = words.concat();
        let mut spans: Vec<(usize, usize)> = (0..next(6))
            .map(|_| {
                let s = places[next(places.len())];
                let e = places[next(places.len())];
                (s, e.max(s))
            })
            .collect();
        spans.sort_by_key(|s| s.0);
        assert_eq!(
            super::in_titles(&text, &spans),
            in_titles_by_pairs(&text, &spans),
            "{text:?} {spans:?}"
        );
    }
}

#[test]
fn a_citations_title_ends_with_its_zone() {
    // A body opening `Thực hiện …` right under the date line, without a blank line
    // between (as OCR leaves it), its last citation more than 600 bytes on: the title of
    // the trích yếu's citation ends with the trích yếu, and leaves `Thực hiện` visible.
    let header = "ĐẢNG BỘ TỈNH ĐẮK LẮK\nTHÀNH ỦY BUÔN MA THUỘT\n*\nSố 87-KH/ThU\nKẾ HOẠCH\nthực hiện Kết luận số 37-KL/TW của Bộ Chính trị về tiếp tục\nđẩy mạnh công tác phòng, chống tham nhũng, tiêu cực\ntrong công tác cán bộ\nĐẢNG CỘNG SẢN VIỆT NAM\nBuôn Ma Thuột, ngày 25 tháng 8 năm 2022\n";
    let body = "Thực hiện Kết luận số 37-KL/TW, ngày 12/7/2022 của Bộ Chính trị về tiếp tục đẩy mạnh công tác phòng, chống tham nhũng, tiêu cực trong công tác cán bộ; Kế hoạch số 102-KH/TU, ngày 03/8/2022 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận 37-KL/TW; Hướng dẫn số 168-HD/BTGTW, ngày 29/7/2022 của Ban Tuyên giáo Trung ương về tuyên truyền Kết luận 37-KL/TW và Nghị quyết Đại hội đại biểu Đảng bộ thành phố lần thứ XIII, nhiệm kỳ 2020 - 2025, Ban Thường vụ Thành ủy ban hành Kế hoạch thực hiện như sau:";
    let text = format!("{header}{body}");
    let at = text.find("Nghị quyết Đại hội").unwrap();
    assert!(
        at - header.len() < 600 && at > 600,
        "the window reaches into the header"
    );
    let relation_of_last = |zones: &[(usize, usize)]| {
        let found = finder().find(&text, zones, Some("Đắk Lắk"), Some("87-KH/ThU"));
        let last = found.last().unwrap();
        assert!(
            last.target_key
                .ends_with("dai-hoi-dai-bieu-dang-bo-thanh-pho-lan-thu-xiii"),
            "{last:?}"
        );
        last.relation.clone()
    };
    // The zones the segmenter gives: the trích yếu (itself citing) and the body.
    let subject = text.find("thực hiện Kết luận").unwrap()..text.find("ĐẢNG CỘNG SẢN").unwrap();
    assert_eq!(
        relation_of_last(&[(subject.start, subject.end), (header.len(), text.len())]),
        "implements"
    );
}

#[test]
fn patterns_also_read_letters_typed_without_their_marks() {
    // (`bare_too` itself is tested with the lexicon.)
    let f = finder();
    assert!(f.numbered.is_match("Chi thi so 16/CT-TTg"));
    assert!(!f.numbered.is_match("Chì thì số 16/CT-TTg"), "another mark");
}

#[test]
fn citations_typed_without_diacritics() {
    // An office that types without diacritics: the type word, `so`, the date, `cua`
    // and the issuer; the type and issuer codes take back the stroke of their `Đ` in
    // the key; a list after `Thuc hien` (`… va …`) is carried out as a whole.
    let text = "Thuc hien Chi thi so 01-CT/TU ngay 04/01/2021 cua Ban Thuong vu Tinh uy ve to chuc Tet va Chi thi so 32/CT-TTg ngay 11/12/2020 cua Thu tuong Chinh phu ve viec to chuc Tet; Quyet dinh so 2171/QD-BGDDT ngay 07/8/2023 cua Bo truong Bo Giao duc va Dao tao.";
    let found = finder().find(text, &[(0, text.len())], Some("Thừa Thiên Huế"), None);
    let got: Vec<(&str, &str, Option<&str>, Option<&str>)> = found
        .iter()
        .map(|c| {
            (
                c.target_key.as_str(),
                c.relation.as_str(),
                c.date.as_deref(),
                c.issuer.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "thua-thien-hue/2021/01-CT/TU",
                "implements",
                Some("2021-01-04"),
                Some("Ban Thuong vu Tinh uy")
            ),
            (
                "quoc-gia/2020/32/CT-TTg",
                "implements",
                Some("2020-12-11"),
                Some("Thu tuong Chinh phu")
            ),
            (
                "quoc-gia/2023/2171/QĐ-BGDĐT",
                "implements",
                Some("2023-08-07"),
                // (`và` ends an issuer, with diacritics or without: `của A và B`.)
                Some("Bo truong Bo Giao duc")
            ),
        ],
        "{found:#?}"
    );
}

/// `số` as OCR reads it in damaged scans (`s6`, `sé`, `sO`, `sri`, `sti`) between a type
/// word and a ref: the citation is read, its ref without the digit of `s6`.
#[test]
fn the_number_word_as_ocr_reads_it() {
    let f = finder();
    for (text, reference, date) in [
        (
            "Căn cứ Thong tu sri 60/2012/TT-BTC ngay 12/4/2012 cua Bo Tai chinh;",
            "60/2012/TT-BTC",
            Some("2012-04-12"),
        ),
        (
            "Căn cứ Nghị định sé 213/2013/NĐ-CP ngày 23 tháng 12 năm 2013 của Chính phủ;",
            "213/2013/NĐ-CP",
            Some("2013-12-23"),
        ),
        (
            "Theo quy định tại Thông tư s6 78/2014/TT-BTC của Bộ Tài chính.",
            "78/2014/TT-BTC",
            None,
        ),
        (
            "Tổng cục Thuế nhận được công văn sO 1520/CT-TTHT của Cục Thuế.",
            "1520/CT-TTHT",
            None,
        ),
        (
            "Căn cứ Luật Quản lý thuế sé 38/2019/QH14;",
            "38/2019/QH14",
            None,
        ),
    ] {
        let got = f.find(text, &[(0, text.len())], Some("Hà Nội"), None);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].reference.as_deref(), Some(reference), "{text}");
        assert_eq!(got[0].date.as_deref(), date, "{text}");
    }
    // A word of one letter and a digit elsewhere is no number word.
    let text = "Kế hoạch s2 năm 2024 đã được triển khai.";
    assert!(f
        .find(text, &[(0, text.len())], Some("Hà Nội"), None)
        .is_empty());
}

/// Refs listed under one type word: its issuer before a colon (`các Nghị định của Chính
/// phủ: số …`), each after the title of the one before (`… về …; số …`, `… về …, và số
/// …`); a company's letter numbered by its date (`20251022/CV-HD`, eight digits); a
/// date inside a web copy's italic marks (`ngày* *16/6/2025`).
#[test]
fn refs_listed_after_titles_and_numbers_of_eight_digits() {
    let f = finder();
    let text = "Căn cứ các Thông tư của Bộ Tài chính: số 80/2021/TT-BTC ngày 29/9/2021 hướng dẫn thi hành Luật Quản lý thuế; số\n19/2021/TT-BTC ngày 18/3/2021 về giao dịch điện tử trong lĩnh vực thuế, và số 40/2021/TT-BTC ngày 01/6/2021;\nCăn cứ đề nghị của Cục trưởng Cục Thuế.";
    let got: Vec<(Option<String>, Option<String>, String)> = f
        .find(text, &[(0, text.len())], Some("Hà Nội"), None)
        .into_iter()
        .map(|c| {
            (
                c.reference,
                c.date,
                c.doc_type.map(|t| t.name).unwrap_or_default(),
            )
        })
        .collect();
    let want = |r: &str, d: &str| {
        (
            Some(r.to_string()),
            Some(d.to_string()),
            "Thông tư".to_string(),
        )
    };
    assert_eq!(
        got,
        [
            want("80/2021/TT-BTC", "2021-09-29"),
            want("19/2021/TT-BTC", "2021-03-18"),
            want("40/2021/TT-BTC", "2021-06-01"),
        ]
    );
    // A ref far after the citation (a title of more than a few lines) is no listed one.
    let text = format!(
        "Căn cứ Nghị định số 1/2020/NĐ-CP về {}; số 5/2021/NĐ-CP ngày 2/2/2021.",
        "quản lý hoạt động thương mại điện tử ".repeat(12)
    );
    let got = f.find(&text, &[(0, text.len())], Some("Hà Nội"), None);
    assert_eq!(got.len(), 1, "{got:?}");
    // Nor is a clause before the colon an issuer (a few words at most).
    let text = format!(
        "Các Nghị định của Chính phủ {}: số 5/2021/NĐ-CP.",
        "và Thủ tướng Chính phủ ".repeat(5)
    );
    assert!(f
        .find(&text, &[(0, text.len())], Some("Hà Nội"), None)
        .is_empty());
    // A clause after `;` that opens with no `số` lists nothing.
    let text = "Thực hiện Quyết định số 12/QĐ-UBND ngày 5/3/2024 về phòng chống dịch; 15/CĐ-UBND đã hết hiệu lực.";
    let got = f.find(text, &[(0, text.len())], Some("Hà Nội"), None);
    assert_eq!(got.len(), 1, "{got:?}");
    // A company's letter numbered by its date; a date in italic marks.
    let text = "Cục Hải quan nhận được công văn số 20251022/CV-HD ngày 22/10/2025 của Công ty TNHH Hòa Đông. Căn cứ Luật Hải quan số 54/2014/QH13 ngày* *23/6/2014; Xét Tờ trình số 52/TTr-STC* *ngày 23 tháng 10 năm 2025 của Sở Tài chính.";
    let got: Vec<(Option<String>, Option<String>)> = f
        .find(text, &[(0, text.len())], Some("Quốc gia"), None)
        .into_iter()
        .map(|c| (c.reference, c.date))
        .collect();
    assert_eq!(
        got,
        [
            (Some("20251022/CV-HD".into()), Some("2025-10-22".into())),
            (Some("54/2014/QH13".into()), Some("2014-06-23".into())),
            (Some("52/TTr-STC".into()), Some("2025-10-23".into())),
        ]
    );
}

/// A legal document's number whose first slash OCR read as `1` (`0912018/NĐ-CP`) is the
/// number it was, and a repeat of that document folds into its citation; a company's
/// letter numbered by its date keeps its number.
#[test]
fn a_slash_read_as_one_is_the_slash() {
    assert_eq!(
        super::slash_read_as_one("0912018/NĐ-CP").as_deref(),
        Some("09/2018/NĐ-CP")
    );
    assert_eq!(
        super::slash_read_as_one("7812014/TT-BTC").as_deref(),
        Some("78/2014/TT-BTC")
    );
    for kept in [
        "20251022/CV-HD",
        "1911247/CV-FHS",
        "09/2018/NĐ-CP",
        "74112/CT-TTHT",
    ] {
        assert_eq!(super::slash_read_as_one(kept), None, "{kept}");
    }
    let text = "Căn cứ khoản 2 Điều 3 Nghị định số 09/2018/NĐ-CP ngày 15/01/2018 của Chính phủ; theo khoản 3 Điều 3 Nghị định số 0912018/NĐ-CP thì doanh nghiệp có quyền xuất khẩu.";
    let got = finder().find(text, &[(0, text.len())], Some("Bình Dương"), None);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].reference.as_deref(), Some("09/2018/NĐ-CP"));
}

/// A title in capitals names the document a plan carries out or a circular amends
/// (`KẾ HOẠCH THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG …`): found, dated, its issuer read, its
/// code spelled as the lexicon spells it, the relation from the title's own phrase.
#[test]
fn citations_in_a_title_in_capitals() {
    let f = finder();
    let title = "KẾ HOẠCH THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG NGÀY 15 THÁNG 8 NĂM 2024 CỦA THỦ \
                 TƯỚNG CHÍNH PHỦ VỀ ĐẨY MẠNH CÔNG TÁC CHUYỂN ĐỔI SỐ";
    let got = f.find(title, &[(0, title.len())], Some("Hà Tĩnh"), None);
    assert_eq!(got.len(), 1, "{got:?}");
    let c = &got[0];
    assert_eq!(c.reference.as_deref(), Some("27/CT-TTg"));
    assert_eq!(c.date.as_deref(), Some("2024-08-15"));
    assert_eq!(c.issuer.as_deref(), Some("THỦ TƯỚNG CHÍNH PHỦ"));
    assert_eq!(c.relation, "implements");
    assert_eq!(c.target_key, "quoc-gia/2024/27/CT-TTg");
    assert_eq!(
        c.doc_type.as_ref().map(|t| t.name.as_str()),
        Some("Chỉ thị")
    );
    // Typed without marks, listed after another in the title of an amending circular.
    let title = "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THONG TU SO 156/2013/TT-BTC NGAY 06/11/2013 \
                 VA THONG TƯ SO 111/2013/TT-BTC NGÀY 15/8/2013 CUA BO TÀI CHÍNH VE HÓA ĐƠN";
    let got: Vec<String> = f
        .find(title, &[(0, title.len())], Some("Hà Nội"), None)
        .into_iter()
        .map(|c| {
            format!(
                "{:?} {:?} {} {:?}",
                c.reference, c.date, c.relation, c.issuer
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            r#"Some("156/2013/TT-BTC") Some("2013-11-06") amends None"#,
            r#"Some("111/2013/TT-BTC") Some("2013-08-15") amends Some("BO TÀI CHÍNH")"#,
        ]
    );
    // The document's own number in its title in capitals is no citation of itself.
    let own = "CHỈ THỊ SỐ 05/CT-TTG VỀ PHÒNG CHỐNG DỊCH";
    assert!(f
        .find(own, &[(0, own.len())], None, Some("05/CT-TTg"))
        .is_empty());
}

/// The unnumbered patterns bound the words they skip in code (`gated`), not by counted
/// repetitions: a law's name of at most 160 characters, an issuer after `Thường trực`
/// of at most 40, and a law's number not run into a word.
#[test]
fn unnumbered_patterns_keep_their_bounds() {
    let long_name = "Tổ chức chính quyền địa phương và các quy định khác có liên quan đến việc sắp xếp đơn vị hành chính cấp huyện, cấp xã trên địa bàn tỉnh trong giai đoạn từ năm 2023 đến năm 2030";
    assert!(long_name.chars().count() > 160);
    let text = format!("Căn cứ Luật {long_name} ngày 19 tháng 6 năm 2015;");
    assert_eq!(keys(&text, "Hà Nội"), []);
    // Where the first `Luật` names too much, the next one is read.
    let text = format!("Căn cứ Luật {long_name} và Luật Xây dựng ngày 18 tháng 6 năm 2014;");
    assert_eq!(
        keys(&text, "Hà Nội"),
        [(
            "quoc-gia/2014-06-18/luat/xay-dung".to_string(),
            "basis".to_string()
        )]
    );
    assert_eq!(keys("Căn cứ Luật Đất đai số 31/2024/QH15x;", "Hà Nội"), []);
    assert_eq!(keys("Căn cứ Luật Đất đai số 31/2024/QH15đ;", "Hà Nội"), []);
    assert_eq!(
        keys("Căn cứ Luật Đất đai số 31/2024/QH15;", "Hà Nội"),
        [(
            "quoc-gia/2024/31/2024/QH15".to_string(),
            "basis".to_string()
        )]
    );
    let text = "Thực hiện Điện của Thường trực Ban Chỉ đạo phòng chống thiên tai và tìm kiếm cứu nạn tỉnh Quảng Nam về ứng phó bão số 9";
    assert_eq!(keys(text, "Quảng Nam"), []);
    let text = "Thực hiện Điện của Thường trực Ban Chỉ đạo tỉnh Quảng Nam về ứng phó bão số 9";
    assert_eq!(keys(text, "Quảng Nam").len(), 1);
}
