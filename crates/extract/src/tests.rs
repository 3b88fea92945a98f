use super::*;

/// A signature's formula, post and name.
fn signed_as(s: &vanban_types::Signature) -> (Option<&str>, Option<&str>, Option<&str>) {
    (
        s.authority.as_deref(),
        s.title.as_deref(),
        s.name.as_deref(),
    )
}

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
    assert_eq!(normalize_ref("4844, /TCT-CS"), "4844/TCT-CS");
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

/// The header of a document and what the extractor reads from it, through the segmenter.
fn fields_of(text: &str) -> vanban_types::Fields {
    extraction_of(text).fields
}

fn extraction_of(text: &str) -> Extraction {
    let lex = Lexicon::builtin();
    let analysis = vanban_segment::Segmenter::new(lex).analyze(vanban_types::Document {
        path: "a.txt".into(),
        text: text.into(),
        problems: vec![],
    });
    Extractor::new(lex).extract(&analysis)
}

#[test]
fn a_district_named_like_a_province_is_not_that_province() {
    // Quảng Ninh is also a district of Quảng Bình; the line above names the province.
    let party = "ĐẢNG CỘNG SẢN VIỆT NAM\n\nĐẢNG BỘ TỈNH QUẢNG BÌNH\nHUYỆN ỦY QUẢNG NINH\n*\n\
                 Số 94-KL/HU\nQuảng Ninh, ngày 10 tháng 11 năm 2005\n\nKẾT LUẬN\n\
                 về đẩy mạnh công tác giảm nghèo bền vững năm 2005\n\n\
                 Ngày 8/11/2005, Ban Thường vụ Huyện ủy đã họp, kết luận như sau:\n\
                 1. Các chi, đảng bộ tập trung chỉ đạo thực hiện.\n\n\
                 T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Văn An\n";
    let f = fields_of(party);
    assert_eq!(f.issuer.name.as_deref(), Some("HUYỆN ỦY QUẢNG NINH"));
    assert_eq!(f.jurisdiction.as_deref(), Some("Quảng Bình"));
    let state = "UBND TỈNH QUẢNG BÌNH\nỦY BAN NHÂN DÂN\nHUYỆN QUẢNG NINH\n\
                 --------\nSố: 01/CĐ-UBND\n\
                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
                 ---------------\nQuảng Ninh, ngày 12 tháng 10 năm 2020\n\n\
                 CÔNG ĐIỆN\nVề việc ứng phó với mưa lũ\n\n\
                 1. Các xã tổ chức ứng phó với mưa lũ.\n\n\
                 CHỦ TỊCH\n\nTrần Văn Bình\n";
    assert_eq!(fields_of(state).jurisdiction.as_deref(), Some("Quảng Bình"));
    // The province's own committee still reads as itself.
    let own = party.replace(
        "ĐẢNG BỘ TỈNH QUẢNG BÌNH\nHUYỆN ỦY QUẢNG NINH",
        "TỈNH ỦY QUẢNG NINH",
    );
    assert_eq!(fields_of(&own).jurisdiction.as_deref(), Some("Quảng Ninh"));
}

/// A commune's committee of 2019 under `ĐẢNG BỘ HUYỆN …`, dated from the commune.
fn commune_doc(commune: &str, place: &str, district: &str, body: &str) -> String {
    format!(
        "ĐẢNG BỘ HUYỆN {district}\nĐẢNG ỦY XÃ {commune}\n*\nSố 12-CV/ĐU\n\
         ĐẢNG CỘNG SẢN VIỆT NAM\n{place}, ngày 5 tháng 3 năm 2019\n\n\
         V/v tổ chức ra quân vệ sinh môi trường\n\nKính gửi: Các chi bộ trực thuộc.\n\n\
         {body}\n\nT/M ĐẢNG ỦY\nBÍ THƯ\n\nLê Văn Hùng\n"
    )
}

#[test]
fn a_commune_under_a_district_takes_the_districts_province() {
    let body = "Các chi bộ tổ chức cho đảng viên tham gia.";
    // (commune, place, district, province, key)
    let cases = [
        // Not Long An, whose capital is also called Tân An.
        (
            "TÂN AN",
            "Tân An",
            "VĨNH BẢO",
            "Hải Phòng",
            "hai-phong/2019/12-CV/ĐU",
        ),
        // `XÃ HÒA BÌNH` is a commune, not the province of Hòa Bình.
        (
            "HÒA BÌNH",
            "Hòa Bình",
            "ÂN THI",
            "Hưng Yên",
            "hung-yen/2019/12-CV/ĐU",
        ),
        // A district named like a province, with no province line: Hòa Bình is a
        // district of Bạc Liêu.
        (
            "VĨNH MỸ A",
            "Vĩnh Mỹ A",
            "HÒA BÌNH",
            "Bạc Liêu",
            "bac-lieu/2019/12-CV/ĐU",
        ),
    ];
    for (commune, place, district, province, key) in cases {
        let x = extraction_of(&commune_doc(commune, place, district, body));
        assert_eq!(
            x.fields.jurisdiction.as_deref(),
            Some(province),
            "{district}"
        );
        // The key follows the jurisdiction.
        assert_eq!(x.id.as_deref(), Some(key), "{district}");
    }
}

#[test]
fn a_district_of_several_provinces_is_settled_by_the_text_or_left_open() {
    // Châu Thành is a district of many Mekong provinces.
    let doc = |body: &str| commune_doc("AN KHÁNH", "An Khánh", "CHÂU THÀNH", body);
    let open = doc("Các chi bộ tổ chức cho đảng viên tham gia.");
    assert_eq!(fields_of(&open).jurisdiction, None);
    let settled = doc(
        "Thực hiện Kế hoạch của Tỉnh ủy Bến Tre, các chi bộ tổ chức cho đảng viên học tập \
         kinh nghiệm của tỉnh Quảng Ninh; đoàn công tác đi tỉnh Quảng Ninh tháng 5.",
    );
    // Quảng Ninh is named more, but has no Châu Thành: of the provinces that do, the
    // text names Bến Tre.
    assert_eq!(fields_of(&settled).jurisdiction.as_deref(), Some("Bến Tre"));
}

#[test]
fn a_province_named_across_a_line_break_counts() {
    // Lines of a scan break anywhere: `tỉnh` / `Bến Tre`, `Tỉnh ủy Bến` / `Tre`.
    let doc = |body: &str| commune_doc("AN KHÁNH", "An Khánh", "CHÂU THÀNH", body);
    for body in [
        "Đợt lũ trên địa bàn huyện Châu Thành, tỉnh\nBến Tre đã gây ngập toàn bộ ấp.",
        "Thực hiện Kế hoạch của Tỉnh ủy Bến\nTre, các chi bộ tổ chức học tập.",
    ] {
        assert_eq!(
            fields_of(&doc(body)).jurisdiction.as_deref(),
            Some("Bến Tre"),
            "{body}"
        );
    }
}

#[test]
fn a_district_as_place_of_issue_gives_its_province_until_districts_ended() {
    let doc = |date: &str| {
        format!(
            "ĐẢNG ỦY THỊ TRẤN CHƯ SÊ\n*\nSố 40-CV/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nChư Sê, ngày {date}\n\n\
             V/v tổng kết công tác năm\n\nKính gửi: Các chi, đảng bộ trực thuộc.\n\n\
             Các chi bộ báo cáo kết quả.\n\nT/M ĐẢNG ỦY\nBÍ THƯ\n\n\
             Lê Văn Hùng\n"
        )
    };
    // The thị trấn of Chư Sê is the seat of the district of Chư Sê (Gia Lai).
    let x = extraction_of(&doc("5 tháng 3 năm 2019"));
    assert_eq!(x.fields.jurisdiction.as_deref(), Some("Gia Lai"));
    // Its span is the place of issue that decided it.
    assert_eq!(x.spans.get("jurisdiction"), x.spans.get("place"));
    assert!(x.spans.contains_key("place"));
    assert!(x
        .review_reasons
        .iter()
        .any(|r| r.contains("district named as place of issue")));
    // After 1 July 2025 there are no districts: the place says nothing of the province.
    assert_eq!(fields_of(&doc("5 tháng 8 năm 2025")).jurisdiction, None);
}

#[test]
fn a_distribution_entry_wrapped_onto_a_line_in_capitals_stays_in_the_list() {
    // `… các Vụ: KTTH, CN,` / `TH;`: the rest of the entry is in capitals (office
    // codes), beside a footer read row by row. It is neither the signer nor the end of
    // the list.
    let doc = |footer: &str| {
        format!(
            "THỦ TƯỚNG CHÍNH PHỦ\n-------\nSố: 5/CĐ-TTg\nHà Nội, ngày 5 tháng 3 năm 2024\n\n\
             CÔNG ĐIỆN\nVề việc phòng, chống hạn hán\n\n\
             THỦ TƯỚNG CHÍNH PHỦ điện:\n- Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn.\n\n\
             Các bộ triển khai ngay các biện pháp cấp bách.\n\n{footer}"
        )
    };
    let signed = |f: &vanban_types::Fields| {
        assert_eq!(
            signed_as(&f.signature),
            (
                Some("KT. THỦ TƯỚNG"),
                Some("PHÓ THỦ TƯỚNG"),
                Some("Lê Văn Tâm")
            )
        );
    };
    for rest in ["TH;", "KTTH, NN, TCCV, KGVX,"] {
        let f = fields_of(&doc(&format!(
            "Nơi nhận:                                           KT. THỦ TƯỚNG\n\
             - Như trên;                                         PHÓ THỦ TƯỚNG\n\
             - VPCP: BTCN, các PCN, các Vụ: KTTH, CN,\n\
             {rest}\n\
             - Lưu: VT, NN.                                      Lê Văn Tâm\n"
        )));
        signed(&f);
        let joined = format!(
            "VPCP: BTCN, các PCN, các Vụ: KTTH, CN, {}",
            rest.trim_end_matches([';', ','])
        );
        assert_eq!(
            f.distribution,
            ["Như trên", joined.as_str(), "Lưu: VT, NN"],
            "{rest}"
        );
    }
    // The same entry between the formula and the post.
    let f = fields_of(&doc(
        "Nơi nhận:                                           KT. THỦ TƯỚNG\n\
         - VPCP: BTCN, các PCN, các Vụ: KTTH, CN,\n\
         TH;\n\
         - Như trên;                                         PHÓ THỦ TƯỚNG\n\
         - Lưu: VT, NN.                                      Lê Văn Tâm\n",
    ));
    signed(&f);
    assert_eq!(
        f.distribution,
        [
            "VPCP: BTCN, các PCN, các Vụ: KTTH, CN, TH",
            "Như trên",
            "Lưu: VT, NN"
        ]
    );
}

#[test]
fn a_directive_typed_without_diacritics_reads_whole() {
    // Some offices type without Vietnamese diacritics: `ngay … thang … nam`, `(da ky)`,
    // `THU TUONG CHINH PHU dien:`, `QD`/`CD` for `QĐ`/`CĐ` (values written from the text).
    let dien = "THU TUONG CHINH PHU\n-------\nSo: 5/CD-TTg\nHa Noi, ngay 5 thang 3 nam 2024\n\n\
                CONG DIEN\nVe viec phong, chong han han\n\n\
                THU TUONG CHINH PHU dien:\n- Bo truong Bo Nong nghiep va Phat trien nong thon;\n\
                - Chu tich Uy ban nhan dan cac tinh: Long An, Tien Giang.\n\n\
                Cac bo trien khai ngay cac bien phap cap bach.\n\n\
                KT. THU TUONG\nPHO THU TUONG\n(da ky)\nLe Van Tam\n";
    let f = fields_of(dien);
    assert_eq!(f.reference.as_deref(), Some("5/CD-TTg"));
    let ty = f.doc_type.as_ref().expect("a type");
    assert_eq!(
        (ty.code.as_deref(), ty.name.as_str()),
        (Some("CD"), "Công điện")
    );
    assert_eq!(f.issuer.code.as_deref(), Some("TTg"));
    assert_eq!(f.date.as_deref(), Some("2024-03-05"));
    assert_eq!(f.place.as_deref(), Some("Ha Noi"));
    assert_eq!(
        f.recipients,
        [
            "Bo truong Bo Nong nghiep va Phat trien nong thon",
            "Chu tich Uy ban nhan dan cac tinh: Long An, Tien Giang"
        ]
    );
    assert_eq!(f.signature.name.as_deref(), Some("Le Van Tam"));
    let qd = "UY BAN NHAN DAN\nTINH LONG AN\n-------\nSo: 12/QD-UBND\nLong An, ngay 1 thang 2 nam 2021\n\n\
              QUYET DINH\nVe viec thanh lap To cong tac\n\n\
              Dieu 1. Thanh lap To cong tac.\n\n\
              TM. UY BAN NHAN DAN\nCHU TICH\n(Da ky)\nNguyen Van Ut\n";
    let f = fields_of(qd);
    let ty = f.doc_type.as_ref().expect("a type");
    assert_eq!(
        (ty.code.as_deref(), ty.name.as_str()),
        (Some("QD"), "Quyết định")
    );
    assert_eq!(f.issuer.code.as_deref(), Some("UBND"));
    assert_eq!(f.date.as_deref(), Some("2021-02-01"));
    assert_eq!(f.signature.name.as_deref(), Some("Nguyen Van Ut"));
    // A copy signed for the body, its post left out: `(da ky)` between them.
    let kl = "BAN CHAP HANH TRUNG UONG\n*\nSo 37-KL/TW\nDANG CONG SAN VIET NAM\n\
              Ha Noi, ngay 12 thang 7 nam 2022\n\nKET LUAN\ncua Bo Chinh tri ve cong tac can bo\n\n\
              Bo Chinh tri ket luan nhu sau.\n\n\
              Noi nhan:\n- Cac tinh uy, thanh uy,\n- Luu Van phong Trung uong Dang.\n\n\
              T/M BO CHINH TRI\n(da ky)\nLuong Duc Thinh\n";
    let f = fields_of(kl);
    assert_eq!(f.signature.authority.as_deref(), Some("T/M BO CHINH TRI"));
    assert_eq!(f.signature.name.as_deref(), Some("Luong Duc Thinh"));
}

/// A letter whose number OCR made unreadable but whose trích yếu opens with `V/v` is a
/// công văn (said in the review reasons), as is one to `Kính gửi` without a type line;
/// one with neither is left without a type. Its recipient's address is no recipient.
#[test]
fn a_vv_trich_yeu_makes_a_cong_van_when_the_number_is_unreadable() {
    let head = "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC HẢI QUAN Độc lập - Tự do - Hạnh phúc\nSố:§B./,/ Hà Nội, ngày 26 tháng 11 năm 2018\n";
    let body = "\nKính gửi: Công ty TNHH Pouyuen Việt Nam\n(Địa chỉ: D10/89Q, Quốc lộ 1A, Phường Tân Tạo,\nQuận Bình Tân, TP. Hồ Chí Minh)\n\nTổng cục Hải quan có ý kiến như sau: đề nghị Cục Hải quan thực hiện theo quy định.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n";
    let x = extraction_of(&format!("{head}V/v xác định trị giá hải quan\n{body}"));
    // The address under the company's name is where it is, not a second recipient.
    assert_eq!(x.fields.recipients, ["Công ty TNHH Pouyuen Việt Nam"]);
    assert_cong_van_from_form(&x, "V/v");
    // Without the V/v, the letter's form still says it: `Kính gửi` and no type line.
    let x = extraction_of(&format!("{head}\n{body}"));
    assert_cong_van_from_form(&x, "Kính gửi");
    // A text with neither (no `Kính gửi`, no type line, no number) has no type.
    let x = extraction_of(&format!(
        "{head}\nTổng cục Hải quan có ý kiến như sau.\n\nNơi nhận:\n- Lưu: VT.\n"
    ));
    assert_eq!(x.fields.doc_type, None);
}

/// `x` is typed a công văn with no code, for review, saying what showed it (`reason`).
fn assert_cong_van_from_form(x: &Extraction, reason: &str) {
    let ty = x.fields.doc_type.as_ref().expect("a type");
    assert_eq!((ty.code.as_deref(), ty.name.as_str()), (None, "Công văn"));
    assert!(
        x.review_reasons.iter().any(|r| r.contains(reason)),
        "{:?}",
        x.review_reasons
    );
}

/// A letter whose header was lost (the file starts at `Kính gửi`) has no issuer, and
/// the provinces its text names are its addressee's, not its own: no jurisdiction.
/// (A grassroots issuer in the header is still placed by the text's province:
/// `a_district_of_several_provinces_is_settled_by_the_text_or_left_open`.)
#[test]
fn without_an_issuer_the_provinces_the_text_names_place_nothing() {
    let body = "Kính gửi: Cục Thuế tỉnh Long An.\n\nTrả lời công văn số 970/CT-TTr ngày 26/04/2017 của Cục Thuế tỉnh Long An, Tổng cục Thuế có ý kiến như sau: doanh nghiệp tại tỉnh Long An thực hiện theo quy định.\n";
    assert_eq!(fields_of(body).jurisdiction, None);
    // With no type line and no number, a letter to `Kính gửi` is a công văn (for review).
    let x = extraction_of(body);
    assert_cong_van_from_form(&x, "Kính gửi");
}

/// A footer's two columns read row by row with no gap between the cells (OCR of a
/// scan): the signature's formula glued after `Nơi nhận:`, its post after an entry's
/// `;` or `)`, specks between them. The list keeps its entries, the signature its
/// formula, post and name; a letter alone is no part of either, and what follows it
/// does not go on the list.
#[test]
fn a_footer_read_across_its_two_columns_gives_list_and_signature() {
    let head = "TỔNG CỤC HẢI QUAN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC THUẾ XUẤT NHẬP KHẨU Độc lập - Tự do - Hạnh phúc\nSố: 3143/TXNK-CST Hà Nội, ngày 16 tháng 7 năm 2018\nV/v thuế nhập khẩu\n\nKính gửi: Công ty TNHH ABC.\n\nCục Thuế XNK có ý kiến như sau: đề nghị Công ty thực hiện theo quy định.\n\n";
    for (footer, formula, post, name) in [
        (
            "Nơi nhận: KT. CỤC TRƯỞNG\n- Như trên; PHÓ CỤC TRƯỞNG\n- Cục GSQL;\n- Lưu: VT, CST (3).\n\nNguyễn Hải Trang\n",
            "KT. CỤC TRƯỞNG",
            "PHÓ CỤC TRƯỞNG",
            Some("Nguyễn Hải Trang"),
        ),
        (
            "Noi nhận: TL. TONG CỤC TRƯỞNG\n~ Bộ Tài chính (để b/c);\n~ Như trên; 7 KT. CỤC TRƯỞNG CỤC THUẾ XNK\n~ Cục GSQL (để b/c) PHÓ CỤC TRƯỞNG\n- Lưu: VT, CST (3).\nA\nguyễn Hải Trang\n",
            "TL. TONG CỤC TRƯỞNG KT. CỤC TRƯỞNG CỤC THUẾ XNK",
            "PHÓ CỤC TRƯỞNG",
            // The name lost its first letter to the stamp: not read, not in the list.
            None,
        ),
        (
            // A formula whose words OCR half lowered, glued after an entry.
            "Noi nhận: TL. TONG CUC TRUONG\n- Như trên; KT. cue TRUONG cuc THUE XNK\n- Cục GSQL;\n- Lưu: VT, CST (3).\n\nPHÓ CỤC TRƯỞNG\n\nNguyễn Hải Trang\n",
            "TL. TONG CUC TRUONG KT. CUE TRUONG CUC THUE XNK",
            "PHÓ CỤC TRƯỞNG",
            Some("Nguyễn Hải Trang"),
        ),
        (
            // Specks (`/Đ_——`, `Z.`) before the formula and the post, whose space OCR read
            // as a hyphen; a dash read as a tilde.
            "Nơi nhận: /Đ_—— KT. TONG CỤC TRUONG\n- Như trên; Z. PHỎ-TÔNG CỤC TRUONG\n- Cục GSQL (để b/c); T à\n~ Lưu: VT, CST (3).\n\nNguyễn Hải Trang\n",
            "KT. TONG CỤC TRUONG",
            "PHỎ-TÔNG CỤC TRUONG",
            Some("Nguyễn Hải Trang"),
        ),
        (
            // `;` for the head's colon; the post after an undashed entry's `,`.
            "Nơi nhận; KT. CỤC TRƯỞNG\nNhư trên, PHÓ CỤC TRUONG\n- Cục GSQL;\n- Lưu: VT, CST (3).\n\nNguyễn Hải Trang\n",
            "KT. CỤC TRƯỞNG",
            "PHÓ CỤC TRUONG",
            Some("Nguyễn Hải Trang"),
        ),
        (
            // The post with no mark between the cells, after a dashed entry.
            "Nơi nhận: KT. CỤC TRƯỞNG\n- Như trên;\n- Cục GSQL PHÓ CỤC TRƯỞNG\n- Lưu: VT, CST (3).\n\nNguyễn Hải Trang\n",
            "KT. CỤC TRƯỞNG",
            "PHÓ CỤC TRƯỞNG",
            Some("Nguyễn Hải Trang"),
        ),
        (
            // The name glued after an entry's `;`, specks between.
            "Nơi nhận: TM. CHÍNH PHỦ\n- Như trên; THỦ TƯỚNG\n- Cục GSQL;\n- Kiểm toán Nhà nước; . Nguyễn Tấn Dũng\n- Lưu: VT, CST (3).\n",
            "TM. CHÍNH PHỦ",
            "THỦ TƯỚNG",
            Some("Nguyễn Tấn Dũng"),
        ),
    ] {
        let undashed = footer.contains("Bộ Tài chính");
        let f = fields_of(&format!("{head}{footer}"));
        assert_eq!(
            signed_as(&f.signature),
            (Some(formula), Some(post), name),
            "{footer}"
        );
        let entries: Vec<&str> = f.distribution.iter().map(|e| e.trim_start_matches(['~', ' '])).collect();
        assert!(entries.contains(&"Như trên"), "{:?}", f.distribution);
        assert!(entries.iter().any(|e| e.starts_with("Cục GSQL")), "{:?}", f.distribution);
        assert!(entries.iter().all(|e| !e.contains("TRƯỞNG")), "{:?}", f.distribution);
        // An undashed entry under the glued head goes on the list.
        assert!(!undashed || entries.contains(&"Bộ Tài chính (để b/c)"), "{:?}", f.distribution);
        // The list ends with its `Lưu` entry: what follows a speck is not its rest.
        assert_eq!(entries.last(), Some(&"Lưu: VT, CST (3)"), "{:?}", f.distribution);
    }
}

/// A provincial department of a central body whose city OCR damaged past reading
/// (`TỔNG CỤC THUẾ` / `CỤC THUẾ TP II}iI PHONG`) is not made central by the body above
/// it: no jurisdiction, rather than `Quốc gia`. Its central sibling still is central.
#[test]
fn a_provincial_unit_of_a_central_body_is_not_central() {
    let text = |unit: &str| {
        format!("TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{unit} Độc lập - Tự do - Hạnh phúc\nSố: 1989/CT-TTHT Hdi Phdng, ngày 14 tháng 11 năm 2013\nV/v chính sách thuế\n\nKính gửi: Công ty ABC.\n\nCục Thuế trả lời như sau: đề nghị Công ty thực hiện theo quy định.\n")
    };
    assert_eq!(
        fields_of(&text("CỤC THUẾ TP II}iI PHONG")).jurisdiction,
        None
    );
    assert_eq!(
        fields_of(&text("CỤC THUẾ XUẤT NHẬP KHẨU"))
            .jurisdiction
            .as_deref(),
        Some("Quốc gia")
    );
}

/// A post OCR damaged glued after the head or an entry (`LONG CỤC TRUONG`, `UC TRƯỞNG
/// CỤC THUẾ XNK`, specks in lower case before it) is the signature's, not an entry; a
/// typist's initials after the `Lưu` entry (`(2b)Q.Cường.`, where `Q.` would be an
/// acting head's formula) stay on the entry, and the formula below is the signature's.
#[test]
fn a_damaged_post_glued_in_the_list_is_the_signatures() {
    let head = "TỔNG CỤC HẢI QUAN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 4979/TCHQ-TXNK Hà Nội, ngày 21 tháng 10 năm 2021\nV/v thuế nhập khẩu\n\nKính gửi: Công ty TNHH ABC.\n\nTổng cục Hải quan có ý kiến như sau: đề nghị Công ty thực hiện theo quy định.\n\n";
    for (footer, post, list) in [
        (
            "Nơi nhận: LONG CỤC TRUONG\n- Như trên; UC TRƯỞNG CỤC THUẾ XNK\n- Cục GSQL;\n- Lưu: VT, TXNK (3).\n\nNguyễn Hải Trang\n",
            "UC TRƯỞNG CỤC THUẾ XNK",
            vec!["Như trên", "Cục GSQL", "Lưu: VT, TXNK (3)"],
        ),
        (
            "Nơi nhận: KT. CỤC TRƯỞNG\n- Như kính gửi; ol BREN ey Ó CỤC TRƯỞNG\n- Lãnh đạo Cục;\n- Lưu: VT, TTHT.\n\nLê Bá Ngọc\n",
            "Ó CỤC TRƯỞNG",
            vec!["Như kính gửi", "Lãnh đạo Cục", "Lưu: VT, TTHT"],
        ),
    ] {
        let f = fields_of(&format!("{head}{footer}"));
        assert_eq!(f.signature.title.as_deref(), Some(post), "{footer}");
        assert_eq!(f.distribution, list, "{footer}");
    }
    let f = fields_of(&format!(
        "{head}Nơi nhận:\n- Như trên;\n- Lưu: VT, QHĐP (2b)Q.Cường.\n|\n**KT. BỘ TRƯỞNG,\nCHỦ NHIỆM**\nPHÓ CHỦ NHIỆM\n\nTrịnh Mạnh Linh\n"
    ));
    assert_eq!(f.distribution, ["Như trên", "Lưu: VT, QHĐP (2b)Q.Cường"]);
    assert_eq!(
        f.signature.authority.as_deref(),
        Some("KT. BỘ TRƯỞNG, CHỦ NHIỆM")
    );
    // A school in capitals after an entry is no post.
    let f = fields_of(&format!(
        "{head}Nơi nhận:\n- Như trên; TRƯỜNG THPT LÊ LỢI\n- Lưu: VT.\n\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nNguyễn Hải Trang\n"
    ));
    assert_eq!(f.signature.title.as_deref(), Some("PHÓ CỤC TRƯỞNG"));
}

/// A number zone whose `Số` OCR damaged or lost (`.Sẽ:`, `sé:`, `96:`, nothing) still
/// reads, and asks for a review; a comma typed before the symbol's slash goes; specks of
/// a table rule between `ngày` and the day (`ngày [| 2`, `ngày) 3`) are passed over. A
/// number and symbol opening a body line is a citation's, not the document's number.
#[test]
fn a_number_whose_so_ocr_damaged_still_reads() {
    let doc = |number_line: &str| {
        format!("BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC HẢI QUAN Độc lập - Tự do - Hạnh phúc\n{number_line}\nV/v thuế nhập khẩu\n\nKính gửi: Công ty TNHH ABC.\n\n123/UBND-VP ngày 5/3/2018 của UBND tỉnh đề nghị hướng dẫn. Tổng cục Hải quan có ý kiến như sau: đề nghị Công ty thực hiện theo quy định.\n")
    };
    for (line, reference, date, review) in [
        (
            "861913 /TCHQ-TXNK Hà Nội, ngày 12 tháng 4 năm 2018",
            Some("861913/TCHQ-TXNK"),
            Some("2018-04-12"),
            true,
        ),
        (
            ".Sẽ: 1883 /TCHQ-TXNK Hà Nội, ngày [| 2 tháng 4 năm 2019",
            Some("1883/TCHQ-TXNK"),
            Some("2019-04-02"),
            true,
        ),
        (
            "96:9824 /TXNK-CST Hà Nội, ngày 2 tháng 7 năm 2019",
            Some("9824/TXNK-CST"),
            Some("2019-07-02"),
            true,
        ),
        (
            // (The date OCR damaged past reading: the place and date's line all the same.)
            "96:9824 /TXNK-CST Hà Nội, ngày 92 tháng 7 năm 2019",
            Some("9824/TXNK-CST"),
            None,
            true,
        ),
        (
            "sé: 5817 /ICHQ-TXNK Hà Nội, ngày) 3 tháng 9 năm 2020",
            Some("5817/ICHQ-TXNK"),
            Some("2020-09-03"),
            true,
        ),
        (
            "Số: 4844, /TCT-CS Hà Nội, ngày 25 tháng 6 năm 2018",
            Some("4844/TCT-CS"),
            Some("2018-06-25"),
            false,
        ),
        (
            "Hà Nội, ngày 25 tháng 6 năm 2018\n4844 /TCT-CS",
            Some("4844/TCT-CS"),
            Some("2018-06-25"),
            true,
        ),
        (
            "Hà Nội, ngày 25 tháng 6 năm 2018",
            None,
            Some("2018-06-25"),
            false,
        ),
    ] {
        let x = extraction_of(&doc(line));
        assert_eq!(x.fields.reference.as_deref(), reference, "{line}");
        assert_eq!(x.fields.date.as_deref(), date, "{line}");
        let asked = x
            .review_reasons
            .iter()
            .any(|r| r.contains("without its `Số`"));
        assert_eq!(asked, review, "{line}: {:?}", x.review_reasons);
    }
    // The place glued after the symbol, its comma lost: the symbol ends before it, and
    // the place and date are read (the `t` of `tháng` misread too).
    for line in [
        "Số 5826 /TCHQTXNK - Hà Nội ngày 8 tháng 10 năm 2018",
        "Số 5826 /TCHQTXNK - Hà Nội ngày | 8iháng 10 năm 2018",
    ] {
        let x = extraction_of(&doc(line));
        assert_eq!(
            x.fields.reference.as_deref(),
            Some("5826/TCHQTXNK"),
            "{line}"
        );
        assert_eq!(x.fields.place.as_deref(), Some("Hà Nội"), "{line}");
        assert_eq!(x.fields.date.as_deref(), Some("2018-10-08"), "{line}");
    }
    // A leading zero of the day misread as a letter: the day all the same.
    for (line, date) in [
        (
            "Số:2020 /TCHQ-TXNK Hà Nội, ngayQ 8 thang 4 năm 2019",
            "2019-04-08",
        ),
        (
            "Số:2020 /TCHQ-TXNK Hà Nội, ngày O5 tháng 4 năm 2019",
            "2019-04-05",
        ),
    ] {
        let x = extraction_of(&doc(line));
        assert_eq!(x.fields.date.as_deref(), Some(date), "{line}");
    }
}

/// A name right under the list's `Lưu` entry is the signer's, its formula and post lost
/// to the stamp, also when specks follow the entry's end (`(6 2)`, `(/ ”`) and a speck
/// before the name reads as a quote mark (`“Mai Sơn`); a line under a `Lưu` entry that
/// did not end goes on with the entry.
#[test]
fn a_name_under_the_archive_entry_and_its_specks_is_the_signers() {
    let head = "CỤC THUẾ TP HÀ NỘI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 2557/CT-TTHT Hà Nội, ngày 17 tháng 1 năm 2019\nV/v chính sách thuế\n\nKính gửi: Công ty TNHH ABC.\n\nCục Thuế có ý kiến như sau: đề nghị Công ty thực hiện theo quy định.\n\n";
    for (footer, name, last) in [
        (
            "Nơi nhận:\n- Như trên;\n- Phòng Pháp chế;\n- Lưu: VT, TTHT(2). (/ ”\n\n“Mai Sơn\n",
            Some("Mai Sơn"),
            "Lưu: VT, TTHT(2)",
        ),
        (
            "Nơi nhận:\n- Như trên;\n- Lưu: VT, TTRT). (6 2)\n\nMai Sơn\n",
            Some("Mai Sơn"),
            "Lưu: VT, TTRT). (6 2)",
        ),
        (
            "Nơi nhận:\n- Như trên;\n- Lưu: VT. Phòng Tổng Hợp\nKế Toán.\n",
            None,
            "Lưu: VT. Phòng Tổng Hợp Kế Toán",
        ),
    ] {
        let f = fields_of(&format!("{head}{footer}"));
        assert_eq!(f.signature.name.as_deref(), name, "{footer}");
        assert_eq!(
            f.distribution.last().map(String::as_str),
            Some(last),
            "{footer}"
        );
    }
}

/// A signature block across a page break: the markers (`--- PAGE BREAK ---`, `---
/// PAGE 3 ---`) are no part of its formula.
#[test]
fn a_page_break_inside_the_signature_is_no_part_of_it() {
    let text = "CỤC THUẾ TP HÀ NỘI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 81215/CT-TTHT Hà Nội, ngày 7 tháng 12 năm 2018\nV/v chính sách thuế\n\nKính gửi: Công ty TNHH ABC.\n\nCục Thuế có ý kiến như sau: đề nghị Công ty thực hiện theo quy định.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, TTHT.\n\nKT. CỤC TRƯỞNG\n\n\n--- PAGE BREAK ---\n\n--- PAGE 3 ---\nPHÓ CỤC TRƯỞNG\n\nMai Sơn\n";
    assert_eq!(
        signed_as(&fields_of(text).signature),
        (
            Some("KT. CỤC TRƯỞNG"),
            Some("PHÓ CỤC TRƯỞNG"),
            Some("Mai Sơn")
        )
    );
}

/// The signature's column beside a `Nơi nhận` list, read row by row from a damaged
/// scan, once its formula is seen: a post OCR damaged past reading after an entry's
/// `;` (`TRTI6NG`, what is left of `TRƯỞNG`) or on a row of its own (`0 cuc TRUoNG`)
/// is the post; other capitals there are specks of the stamp (`ỨNG`), in neither list
/// nor signature; a formula glued with no `;` (`- Nhu tr6n' KT.VU …`, `… (We ⁄ KT.VỤ
/// …`) is the formula's rest. In the list, a `;` at a row's start is a dash OCR
/// misread, a row in capitals under an entry that ended is an entry whose dash was
/// lost, and a lone number after an entry is a speck (only the archive entry counts
/// copies). A post cell in a row of its own (a gap between the cells) stays whole.
#[test]
fn the_signature_column_beside_a_damaged_list_is_told_from_its_entries() {
    let head = "TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 4590/TCT-DNNCN Hà Nội, ngày 28 tháng 10 năm 2020\nV/v thuế thu nhập\n\nKính gửi: Cục Thuế tỉnh Đồng Nai.\n\nTổng cục Thuế có ý kiến như sau: đề nghị Cục Thuế thực hiện theo quy định.\n\n";
    type Case<'a> = (&'a str, Option<&'a str>, Option<&'a str>, Vec<&'a str>);
    let cases: Vec<Case> = vec![
        (
            "Noi nh$n: TL. TONG CUC TRUONG\n- Nhu tr6n; KT. VU TRUONG VU CHINH SACH\n- Vu PC; TRTI6NG\n- Cuc Thue Dong Nai; 1\n- Luu: VT, CS.\n",
            Some("TL. TONG CUC TRUONG KT. VU TRUONG VU CHINH SACH"),
            Some("TRTI6NG"),
            vec!["Nhu tr6n", "Vu PC", "Cuc Thue Dong Nai", "Luu: VT, CS"],
        ),
        (
            "Nơi nhận: KT. TONG CUC TRƯỞNG\n- Như trên; ỨNG\n- Sở Y tế;Sở GD&ĐT\n- Lưu: VT; GSQL (3b).\n",
            Some("KT. TONG CUC TRƯỞNG"),
            None,
            vec!["Như trên", "Sở Y tế;Sở GD&ĐT", "Lưu: VT; GSQL (3b)"],
        ),
        (
            // (A speck is not the post: the damaged post can still come.)
            "Nơi nhận: KT. TONG CUC TRƯỞNG\n- Như trên; ỨNG\n- Cục CNTT (để th/h); PHOCUCTRTJONG\n- Lưu: VT.\n",
            Some("KT. TONG CUC TRƯỞNG"),
            Some("PHOCUCTRTJONG"),
            vec!["Như trên", "Cục CNTT (để th/h)", "Lưu: VT"],
        ),
        (
            "Noi nhin:\nKT.CqC TRrtdNG\n- Nhu tren;\n0 cuc TRUoNG\n- Phòng KTO;\n- Lưu VT, TTHT.\n",
            Some("KT.CQC TRRTDNG"),
            Some("0 CUC TRUONG"),
            vec!["Nhu tren", "Phòng KTO", "Lưu VT, TTHT"],
        ),
        (
            "Noi nhận: TL.TONG CỤC TRƯỞNG\n- Như trên;\nTan phòng pri (We ⁄ KT.VỤ TRUONG VỤ CHÍNH SÁCH\n- Website TCT;\n- Luu: VT, TNCN.\n",
            Some("TL.TONG CỤC TRƯỞNG KT.VỤ TRUONG VỤ CHÍNH SÁCH"),
            None,
            vec!["Như trên", "Tan phòng pri (We", "Website TCT", "Luu: VT, TNCN"],
        ),
        (
            "Nơi nhận: TL.TONG CUC TRUONG\n- Nhu tr6n' KT.VU TRUONG VU QLT\n- Vu PC;\n- Luu VT, DNNCN.\n",
            Some("TL.TONG CUC TRUONG KT.VU TRUONG VU QLT"),
            None,
            vec!["Nhu tr6n'", "Vu PC", "Luu VT, DNNCN"],
        ),
        (
            "Nơi nhận: TL. BỘ TRƯỞNG\n- Như trên; KT. TONG CỤC TRUONG\n; ae Bộ Tài chính : CỤC TRƯỞNG\n- Tổng cục Thuế;\n- Luu: VT, TCHQ.\n",
            Some("TL. BỘ TRƯỞNG KT. TONG CỤC TRUONG"),
            Some("CỤC TRƯỞNG"),
            vec!["Như trên", "ae Bộ Tài chính", "Tổng cục Thuế", "Luu: VT, TCHQ"],
        ),
        (
            "Nơi nhận:\t\t\tKT. CHỦ TỊCH\n- Như trên;\t\t\tPHÓ CHỦ TỊCH\n- Lưu: VT.\n",
            Some("KT. CHỦ TỊCH"),
            Some("PHÓ CHỦ TỊCH"),
            vec!["Như trên", "Lưu: VT"],
        ),
        (
            // A comma OCR read for the formula's dot, specks before it.
            "Nơi nhận;#È` - KT, TONG CỤC TRUONG\n- Như trên, : „PHÓ TONG CỤC TRƯỞNG\n- Vụ Pháp chế;\n- Lưu: VT, TXNK (3).\n",
            Some("KT, TONG CỤC TRUONG"),
            Some("PHÓ TONG CỤC TRƯỞNG"),
            vec!["Như trên", "Vụ Pháp chế", "Lưu: VT, TXNK (3)"],
        ),
        (
            "Nơi nhận:\n- Như trên;\n- Lưu: VT, HQTDM.\n\nKT, CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG\n",
            Some("KT, CHI CỤC TRƯỞNG"),
            Some("PHÓ CHI CỤC TRƯỞNG"),
            vec!["Như trên", "Lưu: VT, HQTDM"],
        ),
        (
            // A post's words in an entry in small letters are the entry's.
            "Nơi nhận: KT. GIÁM ĐỐC\n- Như trên;\n- Phó Giám đốc Sở Tài chính (để b/c);\nPHÓ GIÁM ĐỐC\n- Lưu: VT.\n",
            Some("KT. GIÁM ĐỐC"),
            Some("PHÓ GIÁM ĐỐC"),
            vec!["Như trên", "Phó Giám đốc Sở Tài chính (để b/c)", "Lưu: VT"],
        ),
        (
            "Nơi nhận: KT. CHỦ TỊCH\n- Như trên;\nPHÓ CHỦ TỊCH\n- Lưu: VT.\n",
            Some("KT. CHỦ TỊCH"),
            Some("PHÓ CHỦ TỊCH"),
            vec!["Như trên", "Lưu: VT"],
        ),
    ];
    for (footer, formula, post, list) in cases {
        let f = fields_of(&format!("{head}{footer}"));
        let s = &f.signature;
        assert_eq!(
            (s.authority.as_deref(), s.title.as_deref()),
            (formula, post),
            "{footer}"
        );
        assert_eq!(f.distribution, list, "{footer}");
    }
}

/// The list's head as a wrong font reads it (`Noi nh$n:`, `Nni nhQn:`) still opens
/// the list, and is no entry of it.
#[test]
fn a_list_head_in_a_wrong_font_opens_the_list() {
    let head = "TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1827/TCT-HTQT Hà Nội, ngày 17 tháng 5 năm 2018\nV/v thuế thu nhập\n\nKính gửi: Cục Thuế TP Hà Nội.\n\nTổng cục Thuế có ý kiến như sau: đề nghị Cục Thuế thực hiện theo quy định.\n\n";
    for h in ["Noi nh$n:", "Nni nhQn:", "Nai nhAn:"] {
        let f = fields_of(&format!(
            "{head}{h} TL. TONG CUC TRUONG\n- Nhu tr6n;\n- Vu HTQT (TCT);\n- Luu: VT, HTQT.\n\nKT. VU TRUONG\nPHO VU TRUONG\n\nNguyễn Văn A\n"
        ));
        assert_eq!(
            f.distribution,
            ["Nhu tr6n", "Vu HTQT (TCT)", "Luu: VT, HTQT"],
            "{h}"
        );
        assert_eq!(
            f.signature.authority.as_deref(),
            Some("TL. TONG CUC TRUONG KT. VU TRUONG"),
            "{h}"
        );
    }
}

/// A scan read with the wrong font (`Kfnh gtii`, `Nni nhQn`, digits for marked
/// letters) keeps none of the landmarks but its `V/v` trích yếu: a công văn, partial,
/// not "not a directive". A text without one stays failed.
#[test]
fn a_v_v_trich_yeu_alone_is_a_cong_van() {
    let text = "BQ TAI CHINH CQNG HOA XA HQI CHU NGHi,q.. VIET NAM\nTONG CUC THUE DQc lflp - T1r do - H4nh phri;\n56:*fiil}1TCT-DNNCN Hd lrt1i, ngdy2?thdng 10 ndm 2020\nV/v: Chinh s6ch giarrr tru gia canh\ncho ngudi nudc ngoai\nKfnh gtii Cuc Thui5 tinh Be Na - Vfing Tiu\nTri lcri c6ng vdn s5 8007/CT-TTHT cria Cuc thu6 tinh Ba Rfa-Vfing Tiu, TOng cpc Thu6 co y ki6n nhu sau.\n";
    let x = extraction_of(text);
    assert_eq!(x.status, Status::Partial, "{:?}", x.problems);
    assert_eq!(
        x.fields.subject.as_deref(),
        Some("V/v: Chinh s6ch giarrr tru gia canh cho ngudi nudc ngoai")
    );
    assert_eq!(
        x.fields.doc_type.map(|t| t.name).as_deref(),
        Some("Công văn")
    );
    // The motto as the wrong font reads it still parts the two columns: the issuer is
    // the left-hand cells, its superior above it (`BQ`: `BỘ` in that font).
    assert_eq!(
        (
            x.fields.issuer.name.as_deref(),
            x.fields.issuer.parent.as_deref()
        ),
        (Some("TONG CUC THUE"), Some("BQ TAI CHINH"))
    );
    for motto in [
        "cgNG HoA xA Her cHU xcnia vrET NAM",
        "CONG HoA xA UgT CHU NGHIA VIET NAM",
    ] {
        let text = text.replacen("CQNG HOA XA HQI CHU NGHi,q.. VIET NAM", motto, 1);
        let x = extraction_of(&text);
        assert_eq!(
            x.fields.issuer.parent.as_deref(),
            Some("BQ TAI CHINH"),
            "{motto}"
        );
    }
    let news = "Hà Nội, ngày 5 tháng 6 năm 2025\nGiá xăng giảm lần thứ ba liên tiếp từ 15 giờ chiều nay.\n";
    assert_eq!(extraction_of(news).status, Status::Failed);
}

/// Numbers as OCR leaves them: `số` in lower case with a letter stuck to it right
/// under the motto (`sốl 0688/BYT-MT`), a space or an apostrophe inside the digits
/// (`120 1/TCHQ-TXNK`, `49'79/TCHQ-TXNK`).
/// A lower-case `số` after a sentence's word is still a citation, not the number.
#[test]
fn numbers_damaged_by_ocr_are_read() {
    for (line, want) in [
        (
            "sốl 0688/BYT-MT Hà Nội, ngày 16 tháng 12 năm 2021",
            "0688/BYT-MT",
        ),
        (
            "Số: 120 1/TCHQ-TXNK Hà Nội, ngày 7 tháng 4 năm 2022",
            "1201/TCHQ-TXNK",
        ),
        (
            "só: 73 3/TCHQ-GSQL Hà Nội, ngày 12 tháng 8 năm 2015",
            "733/TCHQ-GSQL",
        ),
        (
            "Số: 490 /HQTDM Hà Nội, ngày 5 tháng 8 năm 2022",
            "490/HQTDM",
        ),
        (
            "só:49'79/TCHQ-TXNK Hà Nội, ngày 21 tháng 10 năm 2021",
            "4979/TCHQ-TXNK",
        ),
    ] {
        let text = format!("BỘ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{line}\nV/v phòng, chống dịch COVID-19\n\nKính gửi: Các Bộ, cơ quan ngang Bộ.\n\nBộ Y tế đề nghị các Bộ thực hiện.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n");
        let f = fields_of(&text);
        assert_eq!(f.reference.as_deref(), Some(want), "{line}");
    }
    let cited = "BỘ Y TẾ\n\nKính gửi: Các Bộ.\n\nThực hiện ý kiến chỉ đạo tại công văn\nsố 120/TTg-KGVX ngày 5/5/2021, Bộ Y tế đề nghị các Bộ thực hiện.\n";
    assert_eq!(fields_of(cited).reference, None);
    // Digits OCR lost: no number and symbol, but the issuer's code the symbol opens
    // with, a problem quoting the line, a review reason.
    for (line, code) in [
        ("Số: S184 /CT-TTHT. Hà Nội, ngày 6 tháng 6 năm 2017", "CT"),
        ("Số: GIF /TCT-TTKT Hà Nội, ngày 29 tháng 4 năm 2022", "TCT"),
        (
            "Số:'8 00 /TXNK - CST Hà Nội, ngày 2 tháng 5 năm 2018",
            "TXNK",
        ),
        (
            "Số: §B./,/TCHQ-TXNK Hà Nội, ngày 26 tháng 11 năm 2018",
            "TCHQ",
        ),
    ] {
        let x = extraction_of(&format!("TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{line}\nV/v chính sách thuế\n\nKính gửi: Công ty TNHH ABC.\n\nTổng cục Thuế có ý kiến như sau.\n"));
        assert_eq!(x.fields.reference, None, "{line}");
        assert_eq!(x.fields.issuer.code.as_deref(), Some(code), "{line}");
        assert_eq!(
            x.fields.issuer.name.as_deref(),
            Some("TỔNG CỤC THUẾ"),
            "{line}"
        );
        assert!(
            x.problems
                .iter()
                .any(|p| p.message.contains("number and symbol unreadable")),
            "{line}: {:?}",
            x.problems
        );
    }
}

/// OCR's `V/v`: the slash read as a letter (`Viv`, `VAv`) still opens the trích yếu
/// of a công văn; `Thành phố` with its mark misread (`Thành phó`) still opens the place.
#[test]
fn ocr_forms_of_v_v_and_thanh_pho() {
    for (subject, place) in [
        ("Viv quyền xuất khẩu hàng hóa", "Thành phó Hồ Chi Minh"),
        ("VAv quyết toán thuê TNCN", "Thành phô Hỗ Chi Minh"),
        ("Viv: Chính sách thuế TNCN", "Thành phố Hồ Chí Minh"),
    ] {
        let text = format!("TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC THUẾ TP. HỒ CHÍ MINH Độc lập - Tự do - Hạnh phúc\nSố: 5189/CT-TTHT {place}, ngày 2 tháng 6 năm 2017\n{subject}\n\nKính gửi: Công ty TNHH ABC.\n\nCục Thuế có ý kiến như sau.\n");
        let f = fields_of(&text);
        assert_eq!(f.subject.as_deref(), Some(subject), "{subject}");
        assert_eq!(f.place.as_deref(), Some(place), "{place}");
        assert_eq!(f.doc_type.map(|t| t.name).as_deref(), Some("Công văn"));
    }
}

/// A name right under the list's `Lưu` entry, the formula and post above it lost to
/// the stamp: the signer's name, not the rest of the entry.
#[test]
fn a_name_under_the_storage_entry_signs() {
    let text = "BỘ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 0688/BYT-MT Hà Nội, ngày 16 tháng 12 năm 2021\nV/v phòng, chống dịch COVID-19\n\nKính gửi: Các Bộ, cơ quan ngang Bộ.\n\nBộ Y tế đề nghị các Bộ thực hiện.\nTrân trọng cảm ơn./.\nNơi nhận:\n-Nhưkinh gửi;\n- Sở Y tế, TT KSBT/TTYTD các tỉnh, TP;\n-Lưu: VT.MT.\nXuân Tuyên\n";
    let f = fields_of(text);
    assert_eq!(f.signature.name.as_deref(), Some("Xuân Tuyên"));
    assert_eq!(
        f.distribution.last().map(String::as_str),
        Some("Lưu: VT.MT")
    );
    // Under an entry that goes on (no full stop), a line is its wrapped rest.
    let text = text.replace(
        "-Lưu: VT.MT.\nXuân Tuyên",
        "- Các đơn vị thuộc Bộ Y tế,\nTrung tâm Kiểm soát Bệnh tật",
    );
    let f = fields_of(&text);
    assert_eq!(f.signature.name, None);
    assert_eq!(
        f.distribution.last().map(String::as_str),
        Some("Các đơn vị thuộc Bộ Y tế, Trung tâm Kiểm soát Bệnh tật")
    );
}

/// `*Nơi` / `nhận:*`: a `Nơi nhận` head broken after its first word (a web copy's
/// italic run wrapped) still opens the footer's list.
#[test]
fn a_noi_nhan_broken_across_two_lines_opens_the_list() {
    let text = "VĂN PHÒNG CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 11299/VPCP-KGVX\n*V/v thành lập Mạng lưới quan trắc*\n*Hà Nội, ngày 18 tháng 11 năm 2025*\nKính gửi: Bộ Khoa học và Công nghệ.\n\nVăn phòng Chính phủ\nthông báo để Bộ Khoa học và Công nghệ biết, thực hiện./.\n|\n*Nơi\nnhận:*\n- Như trên;\n- PTTg Nguyễn Chí Dũng (để b/c);\n- VPCP: BTCN,\nPCN Phạm Mạnh Cường;\n- Lưu: VT, KGVX (3) Q\n|\n**KT. BỘ TRƯỞNG,\nCHỦ NHIỆM**\nPHÓ CHỦ NHIỆM\nPhạm Mạnh Cường\n";
    let f = fields_of(text);
    assert_eq!(
        f.distribution,
        [
            "Như trên",
            "PTTg Nguyễn Chí Dũng (để b/c)",
            "VPCP: BTCN, PCN Phạm Mạnh Cường",
            "Lưu: VT, KGVX (3) Q"
        ]
    );
    assert_eq!(f.signature.name.as_deref(), Some("Phạm Mạnh Cường"));
}

/// A web copy's list in markdown bullets (`*   …`): its `Lưu` entry in capitals is the
/// list's last entry, not the start of what follows it.
#[test]
fn a_storage_entry_in_capitals_ends_a_bulleted_list() {
    let text = "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG ĐOÀN QUỐC HỘI\n*\nSố 3260-KH/ĐĐQH15\n\nĐẢNG CỘNG SẢN VIỆT NAM\n*Hà Nội, ngày 9 tháng 4 năm 2025*\n\n**KẾ HOẠCH**\n**thực hiện Nghị quyết số 57-NQ/TW**\n\nĐảng đoàn Quốc hội ban hành Kế hoạch thực hiện như sau.\n\n**Nơi nhận:**\n\n*   Ban Bí thư Trung ương Đảng (để b/c),\n*   Các Đoàn ĐBQH,\n*   CVP, PCVP ĐĐQH,\n*   Lưu VPĐĐQH, Vụ KHCNMT.\n\n**T/M ĐẢNG ĐOÀN QUỐC HỘI**\n\n**BÍ THƯ**\n\nTrần Thanh Mẫn\n";
    let f = fields_of(text);
    assert_eq!(
        f.distribution,
        [
            "Ban Bí thư Trung ương Đảng (để b/c)",
            "Các Đoàn ĐBQH",
            "CVP, PCVP ĐĐQH",
            "Lưu VPĐĐQH, Vụ KHCNMT"
        ]
    );
    assert_eq!(f.signature.name.as_deref(), Some("Trần Thanh Mẫn"));
}
