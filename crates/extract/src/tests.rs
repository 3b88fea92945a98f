use super::*;

#[test]
fn dates_in_all_forms() {
    assert_eq!(iso_date("21", "5", "2021").as_deref(), Some("2021-05-21"));
    assert_eq!(iso_date("03", "bốn", "2018").as_deref(), Some("2018-04-03"));
    assert_eq!(
        iso_date("1", "mười hai", "2020").as_deref(),
        Some("2020-12-01")
    );
    assert_eq!(iso_date("31", "2", "2021"), None);
    assert_eq!(iso_date("29", "2", "2024").as_deref(), Some("2024-02-29"));
    assert_eq!(iso_date("12", "13", "2021"), None);
}

#[test]
fn refs_normalize() {
    assert_eq!(normalize_ref("275 - CV/ĐUK"), "275-CV/ĐUK");
    assert_eq!(normalize_ref(r"57\-NQ/TW"), "57-NQ/TW");
    assert_eq!(normalize_ref("1234 /UBND–VX."), "1234/UBND-VX");
    assert_eq!(slug("Bà Rịa - Vũng Tàu"), "ba-ria-vung-tau");
    assert_eq!(slug("Trung ương"), "trung-uong");
}

#[test]
fn both_numbering_systems() {
    let x = Extractor::new(Lexicon::builtin());
    let p = x.parse_ref("275-CV/ĐUK", Some(true), false, false);
    assert_eq!(
        (
            p.number.as_str(),
            p.type_code.as_deref(),
            p.issuer_code.as_deref(),
            p.cong_van
        ),
        ("275", Some("CV"), Some("ĐUK"), true)
    );
    let p = x.parse_ref("16/CT-TTg", Some(false), true, false);
    assert_eq!(
        (p.type_code.as_deref(), p.issuer_code.as_deref()),
        (Some("CT"), Some("TTg"))
    );
    let p = x.parse_ref("30/2020/NĐ-CP", Some(false), true, false);
    assert_eq!(
        (
            p.number.as_str(),
            p.type_code.as_deref(),
            p.issuer_code.as_deref()
        ),
        ("30", Some("NĐ"), Some("CP"))
    );
    let p = x.parse_ref("1234/UBND-VX", Some(false), false, true);
    assert_eq!(
        (p.type_code, p.issuer_code.as_deref(), p.cong_van),
        (None, Some("UBND"), true)
    );
    // `CT` is a type code, but a header without a type line and with a V/v trích yếu
    // makes `5487/CT-CS` a công văn of the Cục Thuế.
    let p = x.parse_ref("5487/CT-CS", Some(false), false, true);
    assert_eq!(
        (p.type_code, p.issuer_code.as_deref(), p.cong_van),
        (None, Some("CT"), true)
    );
    let p = x.parse_ref("31/QĐ-TW", Some(true), true, false);
    assert_eq!(
        (p.type_code.as_deref(), p.issuer_code.as_deref()),
        (Some("QĐ"), Some("TW"))
    );
    let p = x.parse_ref("06", None, false, false);
    assert_eq!((p.number.as_str(), p.type_code), ("06", None));
}

#[test]
fn type_from_the_type_line_not_the_code() {
    let x = Extractor::new(Lexicon::builtin());
    assert_eq!(
        x.type_name_from_title("QUY ĐỊNH").as_deref(),
        Some("Quy định")
    );
    assert_eq!(
        x.type_name_from_title("QUYẾT ĐỊNH").as_deref(),
        Some("Quyết định")
    );
    assert_eq!(
        x.type_name_from_title("CHƯƠNG TRÌNH HÀNH ĐỘNG").as_deref(),
        Some("Chương trình")
    );
    assert_eq!(
        x.type_name_from_title("NGHỊ QUYẾT CỦA BAN CHẤP HÀNH")
            .as_deref(),
        Some("Nghị quyết")
    );
}
