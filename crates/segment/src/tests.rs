use super::*;
use vanban_types::SegmentKind as K;

fn seg(text: &str) -> Vec<Segment> {
    Segmenter::new(Lexicon::builtin()).segment(text)
}

/// Segments tile the text: in order, adjacent, covering all of it, on char boundaries.
pub(crate) fn assert_tiles(text: &str, segs: &[Segment]) {
    let mut pos = 0;
    for s in segs {
        assert_eq!(s.start, pos, "gap or overlap before {s:?}");
        assert!(s.end > s.start, "empty segment {s:?}");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        pos = s.end;
    }
    assert_eq!(pos, text.len(), "segments stop short of the end");
}

/// The texts of the zones of one kind, in order.
fn texts_of<'t>(got: &[(K, &'t str)], kind: K) -> Vec<&'t str> {
    got.iter().filter(|g| g.0 == kind).map(|g| g.1).collect()
}

fn kinds_with_text<'t>(text: &'t str, segs: &[Segment]) -> Vec<(K, &'t str)> {
    segs.iter()
        .map(|s| (s.kind, text[s.start..s.end].trim()))
        .collect()
}

#[test]
fn patterns_compile_and_find_landmarks() {
    let p = Patterns::new(Lexicon::builtin());
    assert!(p.number.is_match("Số 275-CV/ĐUK"));
    // (Compiled on first use: here, so that a bad built-in pattern fails a test.)
    let c = p
        .place_date_no_comma()
        .captures("Số 5826 /TCHQTXNK - TP. Hồ Chí Minh ngày 8 tháng 10 năm 2018")
        .unwrap();
    assert_eq!((&c["place"], &c["d"]), ("TP. Hồ Chí Minh", "8"));
    assert!(p.number.is_match("Số: 30/2020/NĐ-CP"));
    assert!(p.number.is_match(r"Số 57\-NQ/TW"));
    let c = p.number.captures("Số: 1234 /UBND-VX Hà Nội").unwrap();
    assert_eq!(&c["ref"], "1234 /UBND-VX");
    let c = p
        .place_date
        .captures("*Hà Nội, ngày 02\ntháng 12 năm 2025*")
        .unwrap();
    assert_eq!(
        (&c["place"], &c["d"], &c["m"], &c["y"]),
        ("Hà Nội", "02", "12", "2025")
    );
    let c = p
        .place_date
        .captures("*Hà Nội*, *ngày 22 tháng 12 năm 2024*")
        .unwrap();
    assert_eq!(&c["place"], "Hà Nội");
    assert!(p.kinh_gui.is_match("Kỉnhgửì:"));
    assert!(p.noi_nhan.is_match("**Nơi nhận:**"));
    // A semicolon for the colon; the head as a wrong font reads it, then with its colon.
    assert!(p.noi_nhan.is_match("Nơi nhận; TL.TỎNG CỤC TRƯỞNG"));
    for damaged in [
        "Noi nh$n: TL. TONG CUC",
        "Nni nhQn: TL.TONG",
        "Nai nhAn:",
        "Noi nhQn:",
        "**Noi  nh$n :",
    ] {
        assert!(p.is_noi_nhan(damaged), "{damaged}");
    }
    assert!(!p.is_noi_nhan("Noi nhan hồ sơ: Bộ phận một cửa"));
    assert!(!p.is_noi_nhan("Nơi nhận hồ sơ"));
    assert!(!p.is_noi_nhan("Nội dung: …"));
    assert!(p.authority.is_match("T/M BAN THƯỜNG VỤ"));
    assert!(p.authority.is_match("**TM. ỦY BAN NHÂN"));
    assert!(p.authority.is_match("KT. BỘ TRƯỞNG"));
    assert!(!p.authority.is_match("TM tổ công tác"));
    assert!(p.annotation.is_match("C-M3/CV1747/95"));
    assert!(p.annotation.is_match("TH-TĐ10b"));
    assert!(!p.annotation.is_match("Phạm Hữu Dự"));
    assert_eq!(p.title_prefix("KẾ HOẠCH"), Some("KẾ HOẠCH".len()));
    assert_eq!(p.title_prefix("QUY ĐỊNH về"), Some("QUY ĐỊNH".len()));
    assert_eq!(p.title_prefix("QUYẾT ĐỊNH:"), Some("QUYẾT ĐỊNH".len()));
    assert!(p.title_prefix("KẾT QUẢ").is_none());
    assert!(p.is_cong_van_symbol("1234/UBND-VX"));
    assert!(p.is_cong_van_symbol("275-CV/ĐUK"));
    assert!(!p.is_cong_van_symbol("16/CT-TTg"));
    assert!(!p.is_cong_van_symbol("30/2020/NĐ-CP"));
}

#[test]
fn party_header_in_seed_order() {
    let text = "ĐẢNG BỘ TỈNH BẾN TRE\nĐẢNG ỦY KHỐI\nCƠ QUAN - DOANH NGHIỆP TỈNH\n\nĐẢNG CỘNG SẢN VIỆT NAM\nBến Tre, ngày 21 tháng 5 năm 2021\n\n*\n\nSố 275-CV/ĐUK\n\n*Tăng cường lãnh đạo\nphòng, chống dịch Covid-19*\n\nKính gửi: - Các chi ủy,\n- Ban Thường vụ Đoàn Khối.\n\nHiện nay, tình hình dịch diễn biến phức tạp.\n\n1. Tiếp tục quán triệt.\n\n2. Giao Ban Tuyên giáo tham mưu.\n\nBan Thường vụ Đảng ủy đề nghị các chi ủy thực hiện.\n\nNơi nhận:\n\n- Như kính gửi,\n- Lưu VT.\n\n**T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ**\n\nPhạm Hữu Dự";
    let segs = seg(text);
    assert_tiles(text, &segs);
    let got = kinds_with_text(text, &segs);
    let kinds: Vec<K> = got.iter().map(|g| g.0).collect();
    assert_eq!(
        kinds,
        [
            K::Issuer,
            K::Motto,
            K::PlaceDate,
            K::Number,
            K::Subject,
            K::Recipients,
            K::Body,
            K::Item,
            K::Item,
            K::Closing,
            K::Distribution,
            K::Signature
        ],
        "{got:#?}"
    );
}

#[test]
fn web_copy_with_flattened_table() {
    let text = "|\n**ỦY BAN NHÂN DÂN\n**\nTỈNH QUẢNG TRỊ\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 06/CT-UBND\n|\n*Quảng Trị, ngày\n25 tháng 11 năm 2025*\n|\n\n\n**CHỈ THỊ**\n\nVỀ\nVIỆC TĂNG CƯỜNG XỬ LÝ CHỒNG LẤN\nTỈNH QUẢNG TRỊ\n\nTrong những năm qua, thực hiện\nchỉ đạo của Đảng.\n\n1. Ủy ban nhân dân các xã:\n\n- Thực hiện đầy đủ trách nhiệm.\n|\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n|\n**TM. ỦY BAN NHÂN\nDÂN **\nKT. CHỦ TỊCH\n**PHÓ CHỦ TỊCH**\n**Lâm Văn Bi**\n|\n\nVăn bản này chưa cập nhật nội dung Tiếng Anh\n";
    let segs = seg(text);
    assert_tiles(text, &segs);
    let got = kinds_with_text(text, &segs);
    let kinds: Vec<K> = got.iter().map(|g| g.0).collect();
    assert_eq!(
        kinds,
        [
            K::Issuer,
            K::Motto,
            K::Number,
            K::PlaceDate,
            K::Title,
            K::Subject,
            K::Body,
            K::Item,
            K::Item,
            K::Distribution,
            K::Signature,
            K::Other
        ],
        "{got:#?}"
    );
}

#[test]
fn header_glued_column_by_column() {
    let text = "BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG * Số 36-HD/VPTW ĐẢNG CỘNG SẢN VIỆT NAM Hà Nội, ngày 03 tháng 4 năm 2018\n\nHƯỚNG DẪN\nvề thể thức văn bản của Đảng\n\nThực hiện Quy định số 66-QĐ/TW, Văn phòng Trung ương Đảng hướng dẫn như sau.\n\nK/T CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nNguyễn Văn A\n";
    let segs = seg(text);
    assert_tiles(text, &segs);
    let got = kinds_with_text(text, &segs);
    let kinds: Vec<K> = got.iter().map(|g| g.0).collect();
    assert_eq!(
        kinds,
        [
            K::Issuer,
            K::Number,
            K::Motto,
            K::PlaceDate,
            K::Title,
            K::Subject,
            K::Body,
            K::Signature
        ],
        "{got:#?}"
    );
}

#[test]
fn odd_inputs_tile_and_do_not_panic() {
    for text in [
        "",
        "\n",
        "x",
        "Số",
        "Số 1-",
        "*\n*\n",
        "1.\n2.\n",
        "Nơi nhận:",
        "T/M\n",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "a\u{300}\n\u{301}",
        "Kính gửi:\n- \n-",
        "|||\n---\n***",
    ] {
        let segs = seg(text);
        if text.is_empty() {
            assert!(segs.is_empty());
        } else {
            assert_tiles(text, &segs);
        }
        let s = Segmenter::new(Lexicon::builtin()).sentences(text, &segs);
        for sp in s {
            assert!(
                text.is_char_boundary(sp.start)
                    && text.is_char_boundary(sp.end)
                    && sp.start < sp.end
            );
        }
    }
}

#[test]
fn sentences_respect_directive_tokens() {
    let text = "Thực hiện Công văn số 687-CV/TU, ngày 21/5/2021 của Ban Thường vụ Tỉnh ủy. TP. Hồ Chí Minh và đ/c Nguyễn V. A đã báo cáo 1.000 ca. Đề nghị thực hiện./.\n";
    let segs = vec![Segment {
        kind: K::Body,
        start: 0,
        end: text.len(),
    }];
    let got: Vec<&str> = Segmenter::new(Lexicon::builtin())
        .sentences(text, &segs)
        .iter()
        .map(|s| s.slice(text))
        .collect();
    assert_eq!(
        got,
        [
            "Thực hiện Công văn số 687-CV/TU, ngày 21/5/2021 của Ban Thường vụ Tỉnh ủy.",
            "TP. Hồ Chí Minh và đ/c Nguyễn V. A đã báo cáo 1.000 ca.",
            "Đề nghị thực hiện./."
        ]
    );
}

#[test]
fn footer_with_post_and_name_after_the_list() {
    let text = "Đề nghị.\n\nNơi nhận:\n\n- Như kính gửi,\n- Lưu VT.\n\n**T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ**\n\nPhạm Hữu Dự";
    let segs = seg(text);
    assert_tiles(text, &segs);
    let got = kinds_with_text(text, &segs);
    assert_eq!(
        got,
        [
            (K::Closing, "Đề nghị."),
            (K::Distribution, "Nơi nhận:\n\n- Như kính gửi,\n- Lưu VT."),
            (
                K::Signature,
                "**T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ**\n\nPhạm Hữu Dự"
            )
        ]
    );
}

/// A document attached after the signature (`QUY CHẾ` / `(Ban hành kèm theo …)`) is
/// body and items again, where its tasks and citations are; a site's boilerplate after
/// it, forms to fill in, and headings in capitals without the note stay `other`.
#[test]
fn a_document_attached_after_the_signature_is_read_as_body() {
    let head = "ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 12/QĐ-UBND\nPhú Thọ, ngày 2 tháng 12 năm 2025\n\nQUYẾT ĐỊNH\nBan hành Quy chế phối hợp\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n\nĐiều 2. Quyết định có hiệu lực từ ngày ký.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n\n";
    let attached = "QUY CHẾ\nPhối hợp trong quản lý\n*(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 02/12/2025 của UBND tỉnh)*\n\nĐiều 1. Trách nhiệm của Sở Tài chính\n\nSở Tài chính chủ trì hướng dẫn thực hiện Nghị định số 30/2020/NĐ-CP.\n\n";
    let tail = "Quyết định 12/QĐ-UBND năm 2025 ban hành Quy chế phối hợp do tỉnh Phú Thọ ban hành\nVăn bản này chưa cập nhật nội dung Tiếng Anh\n## Văn bản liên quan\nBan hành:\n11/11/2025\n";
    let text = format!("{head}{attached}{tail}");
    let segs = seg(&text);
    assert_tiles(&text, &segs);
    let got = kinds_with_text(&text, &segs);
    let items = texts_of(&got, K::Item);
    assert!(
        items
            .iter()
            .any(|z| z.starts_with("Điều 1. Trách nhiệm của Sở Tài chính")),
        "{got:#?}"
    );
    assert_eq!(
        texts_of(&got, K::Signature),
        ["TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An"]
    );
    // The site's lines are no part of it.
    let site = text.find("Quyết định 12/QĐ-UBND năm 2025").unwrap();
    assert!(
        segs.iter()
            .filter(|s| s.end > site)
            .all(|s| s.kind == K::Other),
        "{got:#?}"
    );
    // An attachment's own signature stays `other`; a second attachment after it opens
    // at its heading.
    for own_signature in [
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n\n",
        "Nơi nhận:\n- Lưu: VT.\n\nKT. CHỦ TỊCH\n\nNguyễn Văn An\n\n",
    ] {
        let second = format!("{own_signature}PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n(Kèm theo Quy chế phối hợp)\n\n1. Sở Nội vụ chủ trì tổng kết.\n");
        let text = format!("{head}{attached}{second}");
        let segs = seg(&text);
        assert_tiles(&text, &segs);
        let got = kinds_with_text(&text, &segs);
        assert!(
            texts_of(&got, K::Item).contains(&"1. Sở Nội vụ chủ trì tổng kết."),
            "{got:#?}"
        );
        let own = text.find(&second).unwrap();
        let heading = text.find("PHỤ LỤC").unwrap();
        assert!(
            segs.iter()
                .filter(|s| s.start < heading && s.end > own)
                .all(|s| s.kind == K::Other),
            "{got:#?}"
        );
    }
    // Forms to fill in, and a heading without the note, stay `other`.
    for attached in [
        "PHỤ LỤC I\nMẫu số 01\n*(Kèm theo Quyết định số 12/QĐ-UBND)*\n\n1. Đề nghị ……… xem xét.\n",
        "QUY CHẾ\nPhối hợp trong quản lý\n\nĐiều 1. Trách nhiệm của Sở Tài chính\n\nSở Tài chính chủ trì.\n",
    ] {
        let text = format!("{head}{attached}");
        let segs = seg(&text);
        assert_tiles(&text, &segs);
        let after = text.find(attached).unwrap();
        assert!(
            segs.iter().filter(|s| s.end > after).all(|s| s.kind == K::Other),
            "{attached}: {:#?}",
            kinds_with_text(&text, &segs)
        );
    }
}

/// A web copy's footnotes after the signature (`[1] Thông báo số …`, wrapped over
/// lines) are body, where their citations are; a blank line ends one, and what follows
/// that is no note stays `other`.
#[test]
fn footnotes_after_the_signature_are_body() {
    let text = "VĂN PHÒNG CHÍNH PHỦ\nSố: 637/TB-VPCP\nHà Nội, ngày 21 tháng 11 năm 2025\n\nTHÔNG BÁO\nKết luận của Phó Thủ tướng\n\nPhó Thủ tướng kết luận như sau[1]:\n\n1. Bộ Xây dựng chủ trì tổng hợp.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\nĐỗ Ngọc Huỳnh\n|\n[1] Thông\nbáo số 627/TB-VPCP ngày 18/11/2025, Thông báo số 493/TB-VPCP ngày 18/9/2025;\ncác văn bản số: 10894/VPCP-CN ngày 8/11/2025.\n[2] Bộ\nGiáo dục và Đào tạo.\n\nVăn bản này chưa cập nhật nội dung Tiếng Anh\n";
    let segs = seg(text);
    assert_tiles(text, &segs);
    let got = kinds_with_text(text, &segs);
    let notes = text.find("[1] Thông").unwrap();
    let site = text.find("Văn bản này").unwrap();
    assert!(
        only_body(segs.iter().filter(|s| s.start >= notes && s.end <= site)),
        "{got:#?}"
    );
    assert!(
        segs.iter()
            .filter(|s| s.end > site)
            .all(|s| s.kind == K::Other),
        "{got:#?}"
    );
}

/// Some segments, and every one of them body.
fn only_body<'a>(segs: impl Iterator<Item = &'a Segment>) -> bool {
    let mut any = false;
    for s in segs {
        if s.kind != K::Body {
            return false;
        }
        any = true;
    }
    any
}

/// An appendix known by its heading alone (`Phụ lục`, `PHỤ LỤC II`; its `(Kèm theo …)`
/// note lost to OCR or never printed), after the signature or right under the list when
/// the signer's name is lost: body, where its citations are, without items (a table of
/// answers or figures more often than duties).
#[test]
fn an_appendix_known_by_its_heading_alone_is_body_without_items() {
    let letter = "TỔNG CỤC HẢI QUAN\nSố: 3605/TCHQ-CCHĐH\nHà Nội, ngày 30 tháng 8 năm 2022\n\nV/v trả lời vướng mắc của doanh nghiệp\n\nKính gửi: Diễn đàn Doanh nghiệp Việt Nam.\n\nTổng cục Hải quan trả lời các vướng mắc (nội dung cụ thể theo phụ lục đính kèm).\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, CCHĐH (1b).\n\n";
    let appendix = "GIẢI ĐÁP VƯỚNG MẮC CỦA DOANH NGHIỆP\n\n1. | Trị giá hải quan | Theo Thông tư số 39/2015/TT-BTC ngày 25/3/2015 của Bộ Tài chính, cơ quan hải quan kiểm tra trị giá khai báo.\n\n2. | Mã số HS | Thực hiện theo Thông tư số 14/2015/TT-BTC.\n";
    for (footer, heading) in [
        (
            "TL. TỔNG CỤC TRƯỞNG\nCỤC TRƯỞNG\n\nNguyễn Văn Cẩn\n\n",
            "Phụ lục\n",
        ),
        (
            "TL. TỔNG CỤC TRƯỞNG\nCỤC TRƯỞNG\n\nNguyễn Văn Cẩn\n\n",
            "**PHỤ LỤC II**\n",
        ),
        // The signer's name lost: the heading right under the list, past a page break.
        ("TL. TỔNG CỤC TRƯỞNG\n\n--- PAGE BREAK ---\n\n", "Phụ lục\n"),
    ] {
        let text = format!("{letter}{footer}{heading}{appendix}");
        let segs = seg(&text);
        assert_tiles(&text, &segs);
        let got = kinds_with_text(&text, &segs);
        let after = text.find(appendix).unwrap();
        assert!(
            only_body(segs.iter().filter(|s| s.end > after)),
            "{heading}: {got:#?}"
        );
    }
    // A sentence that names an appendix opens none.
    let text = format!(
        "{letter}TL. TỔNG CỤC TRƯỞNG\nCỤC TRƯỞNG\n\nNguyễn Văn Cẩn\n\nPhụ lục I ban hành kèm theo công văn này;\n{appendix}"
    );
    let segs = seg(&text);
    let after = text.find("Phụ lục I ban hành").unwrap();
    assert!(
        segs.iter()
            .filter(|s| s.start >= after)
            .all(|s| s.kind == K::Other),
        "{:#?}",
        kinds_with_text(&text, &segs)
    );
}

/// A catalogue of administrative procedures attached to a decision that publishes it
/// (QĐ 1805/QĐ-UBND, 2691/QĐ-UBND, 1505/QĐ-UBND as published): its numbered steps and
/// addresses are body, not items (they ask nothing of anyone); a list of tasks attached
/// the same way keeps its items.
#[test]
fn an_attached_catalogue_of_procedures_is_body_without_items() {
    let head = "ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 1805/QĐ-UBND\nPhú Thọ, ngày 18 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\nVề việc công bố danh mục thủ tục hành chính\n\nĐiều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.\n\nĐiều 2. Sở Khoa học và Công nghệ cập nhật dữ liệu.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Huy Ngọc\n\n";
    let steps = "\n1. Trực tiếp:\n1.1. Trung tâm Phục vụ hành chính công tỉnh Phú Thọ.\n- Cơ sở 1: Số 398 đường Trần Phú.\n2. Căn cứ pháp lý: Nghị định số 268/2025/NĐ-CP.\n";
    for heading in [
        "**DANH MỤC**\nTHỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH TRONG LĨNH VỰC KHOA HỌC VÀ CÔNG NGHỆ\n",
        // Broken inside a word pair, and a word lost (`THỦ TỤC HÀNH SỬA ĐỔI`).
        "**PHỤ LỤC**\nDANH\nMỤC THỦ TỤC HÀNH SỬA ĐỔI, BỔ SUNG TRONG LĨNH VỰC ĐỊA CHẤT\n",
        "**DANH MỤC**\nTHỦ\nTỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI LĨNH VỰC ĐẤU THẦU\n",
    ] {
        let attached = format!(
            "{heading}*(Kèm theo Quyết định số 1805/QĐ-UBND ngày 18 tháng 11 năm 2025)*\n{steps}"
        );
        let text = format!("{head}{attached}");
        let segs = seg(&text);
        assert_tiles(&text, &segs);
        let got = kinds_with_text(&text, &segs);
        let after = text.find(&attached).unwrap();
        assert!(
            only_body(segs.iter().filter(|s| s.start >= after)),
            "{got:#?}"
        );
        // The decision's own articles are items still.
        assert!(texts_of(&got, K::Item)
            .iter()
            .any(|t| t.starts_with("Điều 2. Sở Khoa học")));
    }
    // A heading in capitals that names no procedure, or one not in capitals: items.
    for heading in [
        "PHỤ LỤC\nDANH MỤC NHIỆM VỤ TRIỂN KHAI THỦ TỤC CẤP PHÉP\n",
        "PHỤ LỤC\nDanh mục thủ tục hành chính và nhiệm vụ\n",
    ] {
        let attached = format!("{heading}(Kèm theo Quyết định số 1805/QĐ-UBND)\n{steps}");
        let text = format!("{head}{attached}");
        let got = kinds_with_text(&text, &seg(&text));
        assert!(
            texts_of(&got, K::Item)
                .iter()
                .any(|t| t.starts_with("1. Trực tiếp")),
            "{heading}: {got:#?}"
        );
    }
}

/// A web copy's flattened footer: the `Nơi nhận` list on one line, its head lost, the
/// signature's table cell after a `|` (or the signed mark and the name on the next
/// line). The list is the footer's, not an item of the last article.
#[test]
fn a_flattened_list_and_its_signature_cell_are_the_footer() {
    let list = "- Thủ tướng, các Phó Thủ tướng Chính phủ; - Các bộ, cơ quan ngang bộ; - HĐND, UBND các tỉnh; - Lưu: VT, TCCV (2).";
    for (tail, signature) in [
        (
            " | TM. CHÍNH PHỦKT. THỦ TƯỚNGPHÓ THỦ TƯỚNG(Đã ký)Nguyễn Hòa Bình |\n",
            "TM. CHÍNH PHỦKT. THỦ TƯỚNGPHÓ THỦ TƯỚNG(Đã ký)Nguyễn Hòa Bình",
        ),
        (" |\n( Đã ký) Lê Thành Long |", "( Đã ký) Lê Thành Long"),
    ] {
        let text = format!("**Điều 4. Trách nhiệm thi hành**\n\nCác Bộ trưởng chịu trách nhiệm thi hành Nghị định này./.\n\n{list}{tail}");
        let segs = seg(&text);
        assert_tiles(&text, &segs);
        let got = kinds_with_text(&text, &segs);
        // (The table's marks between the cells go with the zone before them.)
        let bare = |zones: Vec<&str>| -> Vec<String> {
            zones
                .iter()
                .map(|z| z.trim_end_matches([' ', '|']).to_string())
                .collect()
        };
        assert_eq!(bare(texts_of(&got, K::Distribution)), [list], "{tail}");
        assert_eq!(bare(texts_of(&got, K::Signature)), [signature], "{tail}");
    }
    // Two entries joined so are no list: an item's dashes.
    let text = "**Điều 4.** Nhiệm vụ:\n\n- Sở Tài chính; - Lưu: hồ sơ.\n";
    let segs = seg(text);
    assert!(segs.iter().all(|s| s.kind != K::Distribution));
}

/// A name glued after an entry's `;` under a formula ends the signature: the stamp's
/// words in capitals under it are neither its post nor the list's.
#[test]
fn a_name_glued_after_an_entry_ends_the_signature() {
    let text = "Đề nghị.\n\nNơi nhận: TM. CHÍNH PHỦ\n- Như trên; THỦ TƯỚNG\n- Kiểm toán Nhà nước; Nguyễn Tấn Dũng\nHẢI QUAN VIỆT NAM\n";
    let segs = seg(text);
    assert_tiles(text, &segs);
    let got = kinds_with_text(text, &segs);
    assert_eq!(
        texts_of(&got, K::Signature),
        ["TM. CHÍNH PHỦ", "THỦ TƯỚNG", "Nguyễn Tấn Dũng"]
    );
    assert_eq!(got.last(), Some(&(K::Other, "HẢI QUAN VIỆT NAM")));
}

/// The trích yếu (subject) of `text`, its lines joined by single spaces (decoration
/// lines such as `-----` go with the zone above them; they are left out here).
fn subject_of(text: &str) -> String {
    let segs = seg(text);
    assert_tiles(text, &segs);
    segs.iter()
        .filter(|s| s.kind == K::Subject)
        .map(|s| {
            text[s.start..s.end]
                .split_whitespace()
                .filter(|w| w.len() < 3 || !w.chars().all(|c| matches!(c, '-' | '*')))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_subject_wrapped_after_a_preposition_goes_on_on_a_capitalized_line() {
    // Cut after `của`: the next line starts with a capital and runs on into a third.
    let text = "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
                Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 40/KH-UBND\n\
                Đắk Lắk, ngày 26 tháng 9 năm 2005\n\nKẾ HOẠCH\n\
                Triển khai thực hiện Chỉ thị số 08/CT-TTg ngày 09/9/2005 của\n\
                Thủ tướng Chính phủ về tăng cường các giải pháp kiềm chế tai\n\
                nạn giao thông\n\n\
                Thực hiện Chỉ thị số 08/CT-TTg, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\
                1. Các sở, ngành tổ chức thực hiện.\n";
    assert_eq!(
        subject_of(text),
        "Triển khai thực hiện Chỉ thị số 08/CT-TTg ngày 09/9/2005 của Thủ tướng Chính phủ \
         về tăng cường các giải pháp kiềm chế tai nạn giao thông"
    );
    // Closed by a rule line instead of a blank one.
    let text = "TỈNH ỦY VĨNH PHÚC\n*\nSố 281-KH/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\
                Vĩnh Phúc, ngày 10 tháng 12 năm 2005\n\nKẾ HOẠCH\n\
                thực hiện Kết luận số 103-KL/TU, ngày 21/9/2005 của Ban Thường vụ\n\
                Tỉnh ủy về thực hiện nhiệm vụ năm học 2005 - 2006\n-----\n\n\
                Thực hiện Kết luận số 103-KL/TU, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch:\n\
                1. Các huyện ủy tổ chức quán triệt.\n";
    assert_eq!(
        subject_of(text),
        "thực hiện Kết luận số 103-KL/TU, ngày 21/9/2005 của Ban Thường vụ Tỉnh ủy về \
         thực hiện nhiệm vụ năm học 2005 - 2006"
    );
    // A capitalized line after a complete subject is still the body.
    let text = "TỈNH ỦY VĨNH PHÚC\n*\nSố 282-KH/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\
                Vĩnh Phúc, ngày 10 tháng 12 năm 2005\n\nKẾ HOẠCH\n\
                thực hiện nhiệm vụ năm học 2005 - 2006\n\
                Thực hiện Kết luận số 103-KL/TU ngày 21/9/2005 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:\n\
                1. Các huyện ủy tổ chức quán triệt.\n";
    assert_eq!(subject_of(text), "thực hiện nhiệm vụ năm học 2005 - 2006");
}

/// Under the type line, a line in capitals that opens with a type name and goes on
/// (`NGHỊ QUYẾT ĐẠI HỘI …`), or that holds the party's motto (`PHÔNG LƯU TRỮ ĐẢNG CỘNG
/// SẢN VIỆT NAM`), is the trích yếu's, not a second type line or a second motto.
#[test]
fn a_type_name_or_the_motto_inside_a_trich_yeu_goes_on_with_it() {
    let text =
        "UBND TỈNH PHÚ THỌ\nSố: 124/KH-UBND\nPhú Thọ, ngày 1 tháng 12 năm 2025\n\n**KẾ HOẠCH**\n\n\
                PHÁT ĐỘNG ĐỢT THI ĐUA HOÀN THÀNH CÁC MỤC TIÊU, NHIỆM VỤ\n\
                NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ XIII CỦA ĐẢNG\n\n\
                Thực hiện Kế hoạch số 12/KH-TU, Ủy ban nhân dân tỉnh ban hành Kế hoạch:\n\
                1. Các sở, ngành tổ chức thực hiện.\n";
    assert_eq!(
        subject_of(text),
        "PHÁT ĐỘNG ĐỢT THI ĐUA HOÀN THÀNH CÁC MỤC TIÊU, NHIỆM VỤ NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ XIII CỦA ĐẢNG"
    );
    let text = "**BAN CHẤP HÀNH\nTRUNG ƯƠNG**\n*\n**ĐẢNG CỘNG SẢN\nVIỆT NAM**\n---------------\n\
                Số 383-QĐ/TW\n*Hà Nội, ngày 19\ntháng 11 năm 2025 *\n\n**QUY ĐỊNH**\n\nVỀ\n\
                PHÔNG LƯU TRỮ ĐẢNG CỘNG SẢN VIỆT NAM\n\n-----\n\n- Căn cứ Điều lệ Đảng;\n\n\
                Ban Bí thư quy định như sau:\n";
    assert_eq!(subject_of(text), "VỀ PHÔNG LƯU TRỮ ĐẢNG CỘNG SẢN VIỆT NAM");
}

#[test]
fn without_blank_lines_the_subject_still_ends_where_the_body_begins() {
    // OCR and copies out of PDFs drop the blank lines: each of these trích yếu is
    // followed directly by what opens the body.
    let head = "UBND TỈNH NGHỆ AN\nSố: 12/KH-UBND\nVinh, ngày 1 tháng 2 năm 2021\nKẾ HOẠCH\n";
    let cases = [
        // A rule line, then the addressees of a công điện.
        (
            "THỦ TƯỚNG CHÍNH PHỦ\n-------\nSố: 653/CĐ-TTg\nHà Nội, ngày 16 tháng 5 năm 2021\n\
             CÔNG ĐIỆN\nVề việc tập trung phòng, chống dịch tại tỉnh Bắc Giang\nvà tỉnh Bắc Ninh\n\
             --------------\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n- Ủy ban nhân dân các tỉnh: Bắc Giang, Bắc Ninh.\n"
                .to_string(),
            "Về việc tập trung phòng, chống dịch tại tỉnh Bắc Giang và tỉnh Bắc Ninh",
        ),
        // The addressees of a công điện right under the trích yếu.
        (
            "THỦ TƯỚNG CHÍNH PHỦ\n-------\nSố: 653/CĐ-TTg\nHà Nội, ngày 16 tháng 5 năm 2021\n\
             CÔNG ĐIỆN\nVề việc tập trung phòng, chống dịch tại tỉnh Bắc Giang\n\
             THỦ TƯỚNG CHÍNH PHỦ điện:\n- Ủy ban nhân dân các tỉnh: Bắc Giang, Bắc Ninh.\n"
                .to_string(),
            "Về việc tập trung phòng, chống dịch tại tỉnh Bắc Giang",
        ),
        // A rule line, then a short line in capitals and a paragraph.
        (
            format!(
                "{head}V/v tăng cường phòng, chống dịch\n--------\n\
                 Ủy ban nhân dân tỉnh nhận được Công văn số 12\n\
                 Ngày 20/01/2021, Bộ Y tế ban hành Công văn số 12/BYT-DP về việc tăng cường \
                 các biện pháp phòng, chống dịch trong dịp Tết Nguyên đán trên địa bàn cả nước.\n"
            ),
            "V/v tăng cường phòng, chống dịch",
        ),
        // A wrapped trích yếu going on with a capital, then a preamble entry.
        (
            format!(
                "{head}về việc thành lập Tổ giúp việc Tiểu ban Văn kiện Đại hội\n\
                 Đảng bộ huyện lần thứ XIII, nhiệm kỳ 2025 - 2030\n\
                 - Căn cứ Điều lệ Đảng Cộng sản Việt Nam;\n"
            ),
            "về việc thành lập Tổ giúp việc Tiểu ban Văn kiện Đại hội Đảng bộ huyện lần thứ \
             XIII, nhiệm kỳ 2025 - 2030",
        ),
        // The same, then a body opener, or an item.
        (
            format!(
                "{head}về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu\n\
                 Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026\n\
                 Thực hiện Chỉ thị số 45-CT/TW, Ban Thường vụ yêu cầu:\n"
            ),
            "về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân \
             các cấp nhiệm kỳ 2021 - 2026",
        ),
        (
            format!(
                "{head}về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu\n\
                 Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026\n\
                 1. Các cấp ủy tập trung lãnh đạo.\n"
            ),
            "về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân \
             các cấp nhiệm kỳ 2021 - 2026",
        ),
        // The same, then a paragraph longer than any line of a trích yếu.
        (
            format!(
                "{head}về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu\n\
                 Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026\n\
                 Cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp \
                 nhiệm kỳ 2021 - 2026 sẽ được tiến hành vào ngày 23/5/2021 theo Nghị quyết của Quốc hội.\n"
            ),
            "về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân \
             các cấp nhiệm kỳ 2021 - 2026",
        ),
        // A complete trích yếu, then a preamble entry (which is no continuation).
        (
            format!(
                "{head}về đẩy mạnh chuyển đổi số giai đoạn 2024 - 2025\n\
                 - Căn cứ Quy định số 24-QĐ/TW, ngày 30/7/2021 của Ban Chấp hành Trung ương;\n\
                 - Căn cứ Quy định số 67-QĐ/TW, ngày 15/3/2017 của Ban Bí thư về gửi, nhận văn bản \
                 điện tử và ứng dụng công nghệ thông tin trong hoạt động của các cơ quan đảng;\n"
            ),
            "về đẩy mạnh chuyển đổi số giai đoạn 2024 - 2025",
        ),
        // A line ending on a colon opens the body, even above an item.
        (
            format!(
                "{head}thực hiện nhiệm vụ năm 2021\nBan Thường vụ Huyện ủy yêu cầu:\n\
                 1. Các chi bộ tổ chức quán triệt.\n"
            ),
            "thực hiện nhiệm vụ năm 2021",
        ),
        // Lines wrapped too, as the scan printed them: the name of a province cut
        // after `tỉnh Quảng`, then the decision's enacting authority above `Căn cứ`.
        (
            "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 1856/QĐ-UBND\n\
             Quảng Trị, ngày 14 tháng 8 năm 2023\nQUYẾT ĐỊNH\n\
             Về việc kiện toàn Tổ công tác hỗ trợ thủ tục đầu tư tỉnh Quảng\nTrị\n\
             ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n\
             Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
                .to_string(),
            "Về việc kiện toàn Tổ công tác hỗ trợ thủ tục đầu tư tỉnh Quảng Trị",
        ),
        // … or its last line, then the first paragraph wrapped at the page's width.
        (
            format!(
                "{head}về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu\n\
                 Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026\n\
                 Cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các\n\
                 cấp nhiệm kỳ 2021 - 2026 sẽ được tiến hành vào ngày 23/5/2021 theo Nghị\n\
                 quyết của Quốc hội.\n"
            ),
            "về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân \
             các cấp nhiệm kỳ 2021 - 2026",
        ),
        // A sentence that ended is no trích yếu, whatever follows it.
        (
            format!(
                "{head}về phòng, chống dịch bệnh trên địa bàn tỉnh\n\
                 Năm 2021, dịch bệnh diễn biến phức tạp.\n\
                 Ủy ban nhân dân tỉnh yêu cầu các sở, ngành, địa phương triển khai ngay các\n\
                 biện pháp phòng, chống dịch bệnh trên địa bàn.\n"
            ),
            "về phòng, chống dịch bệnh trên địa bàn tỉnh",
        ),
    ];
    for (text, want) in cases {
        assert_eq!(subject_of(&text), want, "{text}");
    }
}

#[test]
fn a_numbered_item_right_under_the_subject_opens_the_body() {
    // No blank line between the trích yếu and the first item (OCR dropped it): `1. Sở …`
    // is the first item, not a wrapped subject line.
    let text = "UBND TỈNH LONG AN\nSố: 12/KH-UBND\nLong An, ngày 1 tháng 2 năm 2021\nKẾ HOẠCH\n\
                Về việc thực hiện các chỉ thị\n\
                1. Sở Y tế báo cáo kết quả thực hiện.\n\
                2) Sở Tài chính bố trí kinh phí.\n";
    assert_eq!(subject_of(text), "Về việc thực hiện các chỉ thị");
    let items: Vec<&str> = seg(text)
        .iter()
        .filter(|s| s.kind == K::Item)
        .map(|s| text[s.start..s.end].trim_end())
        .collect();
    assert_eq!(
        items,
        [
            "1. Sở Y tế báo cáo kết quả thực hiện.",
            "2) Sở Tài chính bố trí kinh phí."
        ]
    );
    // A wrapped subject may still go on with a number that is no item label: a
    // document's number (`12-KH/TU`), or a year.
    let text = "TỈNH ỦY LONG AN\n*\nSố 13-KH/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\
                Long An, ngày 1 tháng 2 năm 2021\n\nKẾ HOẠCH\n\
                thực hiện Kế hoạch số\n\
                12-KH/TU của Ban Thường vụ Tỉnh ủy\n\n\
                1. Các huyện ủy tổ chức quán triệt.\n";
    assert_eq!(
        subject_of(text),
        "thực hiện Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy"
    );
}

#[test]
fn a_post_of_two_offices_joined_by_a_comma_signs() {
    // The head of the Government Office signs as `BỘ TRƯỞNG, CHỦ NHIỆM`, here in the
    // right-hand column of a footer read row by row.
    let text = "VĂN PHÒNG CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
                Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 38/TB-VPCP\n\
                Hà Nội, ngày 04 tháng 10 năm 2005\n\nTHÔNG BÁO\n\
                Kết luận của Thủ tướng Chính phủ tại cuộc họp về phòng, chống dịch bệnh\n\n\
                Thủ tướng Chính phủ kết luận như sau:\n\
                a) Bộ Nông nghiệp và Phát triển nông thôn chỉ đạo kiểm soát dịch bệnh.\n\
                b) Bộ Y tế hướng dẫn các địa phương.\n\n\
                Văn phòng Chính phủ thông báo để các cơ quan, đơn vị biết, thực hiện./.\n\
                Nơi nhận:                                                 BỘ TRƯỞNG, CHỦ NHIỆM\n\
                - Thủ tướng, các Phó Thủ tướng Chính phủ;\n\
                - Các bộ, cơ quan ngang bộ;\n\
                - UBND các tỉnh, thành phố trực thuộc trung ương;         Nguyễn Duy Phước\n\
                - Lưu: VT, QHĐP.\n";
    let segs = seg(text);
    assert_tiles(text, &segs);
    let k = kinds_with_text(text, &segs);
    assert!(
        k.contains(&(K::Signature, "BỘ TRƯỞNG, CHỦ NHIỆM")),
        "{k:#?}"
    );
    assert!(
        k.iter()
            .any(|(kind, t)| *kind == K::Signature && t.contains("Nguyễn Duy Phước")),
        "{k:#?}"
    );
    assert!(
        k.iter()
            .any(|(kind, t)| *kind == K::Distribution && t.contains("Lưu: VT")),
        "{k:#?}"
    );
}

#[test]
fn the_party_name_inside_a_trich_yeu_is_not_the_motto() {
    // `… Ngày thành lập Đảng Cộng sản Việt Nam` wraps across lines of the trích yếu;
    // the motto is the capitalized line at the top right.
    let text = "BAN CHẤP HÀNH TRUNG ƯƠNG            ĐẢNG CỘNG SẢN VIỆT NAM\n\
                VĂN PHÒNG                           ---------------\n            *\n\
                Số 39-CV/VPTW                       Hà Nội, ngày 13 tháng 02 năm 2006\n\
                V/v tổ chức các hoạt động kỷ niệm\n76 năm Ngày thành lập Đảng Cộng sản\n\
                Việt Nam\n\n              Kính gửi:\n                        - Các tỉnh ủy, thành ủy.\n\n\
                Văn phòng Trung ương Đảng đề nghị các cấp ủy thực hiện tốt các nội dung sau:\n\
                1- Tổ chức các hoạt động kỷ niệm trang trọng, tiết kiệm.\n";
    assert_eq!(
        subject_of(text),
        "V/v tổ chức các hoạt động kỷ niệm 76 năm Ngày thành lập Đảng Cộng sản Việt Nam"
    );
    let segs = seg(text);
    let mottos: Vec<_> = kinds_with_text(text, &segs)
        .into_iter()
        .filter(|(k, _)| *k == K::Motto)
        .collect();
    assert_eq!(mottos, [(K::Motto, "ĐẢNG CỘNG SẢN VIỆT NAM")]);
    // The same words in a `Căn cứ` line of the body are not a motto either.
    let body = text.replace(
        "Văn phòng Trung ương Đảng đề nghị",
        "- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;\nVăn phòng Trung ương Đảng đề nghị",
    );
    let segs = seg(&body);
    assert_eq!(
        kinds_with_text(&body, &segs)
            .iter()
            .filter(|(k, _)| *k == K::Motto)
            .count(),
        1
    );
}

#[test]
fn a_ministers_telegram_names_its_recipients_after_the_ministrys_full_name() {
    // `<AUTHORITY> điện:` opens the recipients of a công điện; a ministry's name holds
    // a hyphen and runs past sixty characters.
    let text = "BỘ LAO ĐỘNG - THƯƠNG BINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVÀ XÃ HỘI\n\
                Độc lập - Tự do - Hạnh phúc\n-------\nSố: 08/CĐ-BLĐTBXH\n\
                Hà Nội, ngày 23 tháng 02 năm 2006\n\nCÔNG ĐIỆN\n\
                Về việc tổ chức giao nhận quân năm 2006\n\n\
                BỘ TRƯỞNG BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI điện:\n\
                - Giám đốc Sở Lao động - Thương binh và Xã hội các tỉnh;\n\
                - Thủ trưởng các đơn vị trực thuộc Bộ.\n\n\
                Để bảo đảm việc giao nhận quân năm 2006, Bộ trưởng yêu cầu:\n\
                1. Các Sở phối hợp với cơ quan quân sự địa phương.\n";
    let segs = seg(text);
    assert_tiles(text, &segs);
    let recipients: Vec<&str> = kinds_with_text(text, &segs)
        .into_iter()
        .filter(|(k, _)| *k == K::Recipients)
        .map(|(_, t)| t)
        .collect();
    let all = recipients.join("\n");
    assert!(all.contains("Giám đốc Sở Lao động"), "{recipients:?}");
    assert!(all.contains("Thủ trưởng các đơn vị"), "{recipients:?}");
}

/// The text of each `number` segment.
fn numbers_of(text: &str) -> Vec<&str> {
    seg(text)
        .iter()
        .filter(|s| s.kind == K::Number)
        .map(|s| text[s.start..s.end].trim())
        .collect()
}

#[test]
fn a_trich_yeu_that_cites_a_document_by_its_number_is_not_cut_at_that_number() {
    // In capitals, the cited `THÔNG BÁO SỐ 254-TB/UBKTTW` is not the document's number.
    let text = "ĐẢNG CỘNG SẢN VIỆT NAM\n---------------\n\nĐẢNG BỘ TỈNH QUẢNG BÌNH\n\
                HUYỆN ỦY LỆ THỦY\n*\nLệ Thủy, ngày 03 tháng 12 năm 2005\nSố 280-KH/HU\n\n\
                KẾ HOẠCH\nTHỰC HIỆN THÔNG BÁO SỐ 254-TB/UBKTTW, NGÀY\n\
                28/11/2005 CỦA ỦY BAN KIỂM TRA TRUNG ƯƠNG VỀ THỰC HIỆN CHƯƠNG TRÌNH KIỂM TRA\n\n\
                Thực hiện Thông báo số 254-TB/UBKTTW, Ban Thường vụ Huyện ủy ban hành Kế hoạch:\n\
                1. Các chi bộ tổ chức thực hiện.\n";
    assert_eq!(
        subject_of(text),
        "THỰC HIỆN THÔNG BÁO SỐ 254-TB/UBKTTW, NGÀY 28/11/2005 CỦA ỦY BAN KIỂM TRA TRUNG \
         ƯƠNG VỀ THỰC HIỆN CHƯƠNG TRÌNH KIỂM TRA"
    );
    let numbers = numbers_of(text);
    assert_eq!(numbers, ["Số 280-KH/HU"]);
    // Its second line opens with the cited document's type: not a new type line.
    let text = "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
                Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 1026/KH-UBND\n\
                Nghệ An, ngày 26 tháng 11 năm 2025\n\n**KẾ HOẠCH**\n\nTRIỂN KHAI THỰC HIỆN\n\
                CHỈ THỊ SỐ 32/CT-TTG NGÀY 21/10/2025 CỦA THỦ TƯỚNG CHÍNH PHỦ\n\
                TRÊN ĐỊA BÀN TỈNH NGHỆ AN\n\n\
                Thực hiện Chỉ thị số 32/CT-TTg, UBND tỉnh ban hành Kế hoạch như sau:\n\
                1. Các sở, ngành tổ chức thực hiện.\n";
    assert_eq!(
        subject_of(text),
        "TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 32/CT-TTG NGÀY 21/10/2025 CỦA THỦ TƯỚNG CHÍNH \
         PHỦ TRÊN ĐỊA BÀN TỈNH NGHỆ AN"
    );
    // The cited type at the end of one line, its number opening the next.
    let text = "HỘI ĐỒNG NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ\n-------\n\
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
                ---------------\nSố: 35/2025/NQ-HĐND\nHuế, ngày 18 tháng 11 năm 2025\n\n\
                **NGHỊ QUYẾT**\n\n\
                SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH KÈM THEO NGHỊ QUYẾT\n\
                SỐ 11/2022/NQ-HĐND NGÀY 14 THÁNG 7 NĂM 2022 CỦA HĐND TỈNH THỪA THIÊN HUẾ\n\n\
                *Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;*\n\n\
                **Điều 1. Sửa đổi, bổ sung một số điều**\n";
    assert_eq!(
        subject_of(text),
        "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH KÈM THEO NGHỊ QUYẾT SỐ 11/2022/NQ-HĐND \
         NGÀY 14 THÁNG 7 NĂM 2022 CỦA HĐND TỈNH THỪA THIÊN HUẾ"
    );
    let numbers = numbers_of(text);
    assert_eq!(numbers, ["Số: 35/2025/NQ-HĐND"]);
    // `Số` and a number, in any case; not `số điều` nor `Sở`.
    assert!(opens_number(" SỐ 32/CT-TTG"));
    assert!(opens_number("** số: 12"));
    assert!(!opens_number(" SỐ ĐIỀU"));
    assert!(!opens_number(" SỞ 12"));
    assert!(!opens_number(""));
}

#[test]
fn a_long_trich_yeu_in_capitals_above_can_cu_is_not_the_enacting_authority() {
    let text = "CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
                Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 16/2025/NĐ-CP\n\n\
                **NGHỊ ĐỊNH**\n\n\
                SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 72/2020/NĐ-CP NGÀY 30 THÁNG 6 \
                NĂM 2020 CỦA CHÍNH PHỦ QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT DÂN QUÂN TỰ VỆ\n\n\
                *Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;*\n\n\
                *Căn cứ Luật Dân quân tự vệ ngày 22 tháng 11 năm 2019;*\n\n\
                Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều.\n\n\
                **Điều 1. Sửa đổi khoản 1 Điều 7**\n";
    assert_eq!(
        subject_of(text),
        "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 72/2020/NĐ-CP NGÀY 30 THÁNG 6 NĂM \
         2020 CỦA CHÍNH PHỦ QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT DÂN QUÂN TỰ VỆ"
    );
    // A short authority line above `Căn cứ` still is one.
    let text = "BỘ Y TẾ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
                Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 12/QĐ-BYT\n\
                Hà Nội, ngày 02 tháng 01 năm 2025\n\nQUYẾT ĐỊNH\n\
                Về việc ban hành Kế hoạch phòng, chống dịch\n\nBỘ TRƯỞNG BỘ Y TẾ\n\n\
                Căn cứ Nghị định số 95/2022/NĐ-CP;\n\nQUYẾT ĐỊNH:\n\n\
                Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n";
    assert_eq!(
        subject_of(text),
        "Về việc ban hành Kế hoạch phòng, chống dịch"
    );
}

#[test]
fn a_trich_yeu_broken_inside_a_bodys_name_goes_on_over_three_lines() {
    // `… của Ban Tổ chức` / `Trung ương về … kỷ` / `luật trong Đảng`, then a blank line.
    let text = "ĐẢNG BỘ TỈNH TÂY NINH\nHUYỆN ỦY TÂN CHÂU\n*\nĐẢNG CỘNG SẢN VIỆT NAM\n\
                ---------------\nSố: 15-KH/HU\nTân Châu, ngày 04 tháng 01 năm 2006\n\n\
                KẾ HOẠCH\n\
                thực hiện Hướng dẫn số 97-HD/BTCTW, ngày 28/12/2005 của Ban Tổ chức\n\
                Trung ương về tăng cường công tác kiểm tra, giám sát và thi hành kỷ\n\
                luật trong Đảng\n\n\
                Thực hiện Hướng dẫn số 97-HD/BTCTW, Ban Thường vụ Huyện ủy ban hành Kế hoạch:\n\
                1. Các chi bộ tổ chức thực hiện.\n";
    assert_eq!(
        subject_of(text),
        "thực hiện Hướng dẫn số 97-HD/BTCTW, ngày 28/12/2005 của Ban Tổ chức Trung ương về \
         tăng cường công tác kiểm tra, giám sát và thi hành kỷ luật trong Đảng"
    );
    // Without the blank line, a body line in lower case does not make the capitalized
    // one part of the trích yếu.
    let text = "ĐẢNG BỘ TỈNH TÂY NINH\nHUYỆN ỦY TÂN CHÂU\n*\nĐẢNG CỘNG SẢN VIỆT NAM\n\
                ---------------\nSố: 16-KH/HU\nTân Châu, ngày 04 tháng 01 năm 2006\n\n\
                KẾ HOẠCH\nthực hiện công tác kiểm tra năm 2006\n\
                Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện công tác kiểm tra\n\
                năm 2006 như sau, để các chi bộ thực hiện\n\
                trong toàn Đảng bộ huyện:\n\
                1. Các chi bộ tổ chức thực hiện.\n";
    assert_eq!(subject_of(text), "thực hiện công tác kiểm tra năm 2006");
}

#[test]
fn the_party_name_at_a_line_break_or_in_capitals_inside_a_trich_yeu_is_not_the_motto() {
    let mottos = |text: &str| -> Vec<String> {
        seg(text)
            .iter()
            .filter(|s| s.kind == K::Motto)
            .map(|s| {
                text[s.start..s.end]
                    .trim_matches(|c: char| c.is_whitespace() || c == '*')
                    .to_string()
            })
            .collect()
    };
    // In capitals, after `NGÀY THÀNH LẬP` on its line.
    let text = "TỈNH ỦY BÌNH ĐỊNH\n*\nSố 20-QĐ/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\
                Quy Nhơn, ngày 10 tháng 01 năm 2006\n\nQUYẾT ĐỊNH\n\
                VỀ VIỆC BAN HÀNH KẾ HOẠCH TỔ CHỨC CÁC HOẠT ĐỘNG KỶ NIỆM\n\
                76 NĂM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM\n\n\
                BAN THƯỜNG VỤ TỈNH ỦY\n\nCăn cứ Điều lệ Đảng;\n\nQUYẾT ĐỊNH:\n\n\
                Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n";
    assert_eq!(
        subject_of(text),
        "VỀ VIỆC BAN HÀNH KẾ HOẠCH TỔ CHỨC CÁC HOẠT ĐỘNG KỶ NIỆM 76 NĂM NGÀY THÀNH LẬP \
         ĐẢNG CỘNG SẢN VIỆT NAM"
    );
    assert_eq!(mottos(text), ["ĐẢNG CỘNG SẢN VIỆT NAM"]);
    // In a sentence, the name starting the next line of the paragraph.
    let text = "TỈNH ỦY ĐÀ NẴNG\n*\nSố 05-NQ/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\
                Đà Nẵng, ngày 10 tháng 01 năm 2011\n\nNGHỊ QUYẾT\n\
                về tổ chức các hoạt động kỷ niệm 81 năm Ngày thành lập\n\
                Đảng Cộng sản Việt Nam\n\n\
                Ban Thường vụ Thành ủy quyết nghị:\n1. Các cấp ủy tổ chức kỷ niệm.\n";
    assert_eq!(
        subject_of(text),
        "về tổ chức các hoạt động kỷ niệm 81 năm Ngày thành lập Đảng Cộng sản Việt Nam"
    );
    assert_eq!(mottos(text), ["ĐẢNG CỘNG SẢN VIỆT NAM"]);
    // The motto glued after an issuer cell in capitals is still the motto.
    let text = "HUYỆN ỦY LỆ THỦY ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 280-KH/HU\n\
                Lệ Thủy, ngày 03 tháng 12 năm 2005\n\nKẾ HOẠCH\nthực hiện công tác kiểm tra\n\n\
                1. Các chi bộ tổ chức thực hiện.\n";
    assert_eq!(mottos(text), ["ĐẢNG CỘNG SẢN VIỆT NAM"]);
}

#[test]
fn a_plans_last_line_of_trich_yeu_above_can_cu_is_not_an_enacting_authority() {
    // A plan is enacted by no authority named in its header: the short last line of
    // its trích yếu in capitals, right above `Căn cứ`, is still the trích yếu.
    let text = "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
                Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 179/KH-UBND\n\
                Đồng Nai, ngày 20 tháng 11 năm 2025\n\nKẾ HOẠCH\n\nPHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ\n\
                TRÊN ĐỊA BÀN TỈNH ĐỒNG NAI GIAI ĐOẠN 2026 - 2030\n\n\
                Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;\n\n\
                I. MỤC ĐÍCH, YÊU CẦU\n1. Các sở, ngành tổ chức thực hiện.\n";
    assert_eq!(
        subject_of(text),
        "PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ TRÊN ĐỊA BÀN TỈNH ĐỒNG NAI GIAI ĐOẠN 2026 - 2030"
    );
}

#[test]
fn a_trich_yeu_cut_inside_the_cited_issuers_name_goes_on_with_its_ve_line() {
    // `… của Văn phòng Trung ương` / `Đảng về chăm lo …` / `Nhâm Thìn năm 2012`: the
    // second line starts with a capital and so does the third, but the first stops
    // inside the name of the cited document's issuer and the second goes on with `về`.
    let text = "TỈNH ỦY PHÚ THỌ\n*\nSố 29-KH/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n---------------\n\
                Phú Thọ, ngày 29 tháng 11 năm 2011\n\nKẾ HOẠCH\n\
                thực hiện Công văn số 226-CV/VPTW, ngày 28/11/2011 của Văn phòng Trung ương\n\
                Đảng về chăm lo Tết cho các gia đình chính sách, hộ nghèo dịp Tết Nguyên đán\n\
                Nhâm Thìn năm 2012\n\n\
                Tiếp tục thực hiện Công văn số 226-CV/VPTW, Ban Thường vụ Tỉnh ủy ban hành \
                Kế hoạch thực hiện như sau:\n\n1. Các cấp ủy tổ chức thăm hỏi.\n";
    assert_eq!(
        subject_of(text),
        "thực hiện Công văn số 226-CV/VPTW, ngày 28/11/2011 của Văn phòng Trung ương Đảng về \
         chăm lo Tết cho các gia đình chính sách, hộ nghèo dịp Tết Nguyên đán Nhâm Thìn năm 2012"
    );
    // `… của Ban` / `Thường vụ Huyện ủy về …` / `Ngày thành lập …`, closed by `-----`.
    let text = "ĐẢNG BỘ HUYỆN ĐẠ HUOAI\nĐẢNG ỦY XÃ PHÚ LỢI\n*\nĐẢNG CỘNG SẢN VIỆT NAM\n\
                ---------------\nSố 29-KH/ĐU\nPhú Lợi, ngày 25 tháng 6 năm 2011\n\nKẾ HOẠCH\n\
                thực hiện Kế hoạch số 24-KH/HU, ngày 22/6/2011 của Ban\n\
                Thường vụ Huyện ủy về tổ chức các hoạt động kỷ niệm 81 năm\n\
                Ngày thành lập Đảng Cộng sản Việt Nam\n-----\n\n\
                Triển khai thực hiện Kế hoạch số 24-KH/HU, Ban Thường vụ Đảng ủy xã ban hành \
                Kế hoạch thực hiện như sau:\n1. Các chi bộ tổ chức thực hiện.\n";
    assert_eq!(
        subject_of(text),
        "thực hiện Kế hoạch số 24-KH/HU, ngày 22/6/2011 của Ban Thường vụ Huyện ủy về tổ chức \
         các hoạt động kỷ niệm 81 năm Ngày thành lập Đảng Cộng sản Việt Nam"
    );
}

#[test]
fn groups_read_off_the_matches_are_the_regex_groups() {
    // anchor_index reads `ref` and `place` off the matches of `number` and `place_date`
    // instead of asking for captures: the same on every match of every text here and
    // on the edges (a match at the start, after each boundary character, digits
    // outside ASCII).
    let p = Patterns::new(Lexicon::builtin());
    let texts = crate::test_support::workspace_texts(&[
        "Hà Nội, ngày 1 tháng 2 năm 2024",
        " Vinh, ngày 01/02/2024",
        "*Huế*, ngày 3 tháng 4 năm 2025",
        "|TP. Hồ Chí Minh, ngày 5 tháng 6 năm 2023",
        ",Đà Nẵng, ngày 7 tháng 8 năm 2022",
        "(Thành phố Vinh, ngày 9 tháng 10 năm 2021",
        "\u{3000}Hà Giang, ngày 11 tháng 12 năm 2020",
        "Số 12-CV/TU",
        "SỐ: 275-CV/ĐUK",
        "số l 1234 /UBND-VX",
        "Số ١٢-CV/TU",
        "So:\n  45/KH-UBND",
    ]);
    let (mut numbers, mut places, mut after_boundary) = (0, 0, 0);
    for text in &texts {
        for c in p.number.captures_iter(text) {
            let all = c.get(0).unwrap();
            assert_eq!(
                number_reference(all.as_str()),
                c.name("ref").map(|r| r.as_str()),
                "{:?}",
                all.as_str()
            );
            numbers += 1;
        }
        for c in p.place_date.captures_iter(text) {
            let all = c.get(0).unwrap();
            assert_eq!(
                Some(place_start(&all)),
                c.name("place").map(|m| m.start()),
                "{:?}",
                all.as_str()
            );
            places += 1;
            after_boundary += usize::from(place_start(&all) > all.start());
        }
    }
    assert!(
        numbers > 100 && places > 50,
        "{numbers} numbers, {places} places"
    );
    assert!(
        after_boundary > 10 && after_boundary < places,
        "{after_boundary}"
    );
}

use crate::test_support::xorshift;

/// The overlap check of the header's anchors keeps what comparing with every kept range
/// kept, on random ranges (empty ones, touching ones, repeated ones included).
#[test]
fn disjoint_ranges_keep_what_comparing_with_every_kept_range_keeps() {
    let mut next = xorshift(0x2545_f491_4f6c_dd1d);
    for _ in 0..20_000 {
        let mut fast = super::Disjoint::default();
        let mut kept: Vec<(usize, usize)> = Vec::new();
        for _ in 0..next(12) {
            let start = next(30);
            let end = start + next(8);
            let free = !kept.iter().any(|&(s, e)| start < e && s < end);
            if free {
                kept.push((start, end));
            }
            assert_eq!(
                fast.insert_if_free(start, end),
                free,
                "{kept:?} {start}..{end}"
            );
        }
    }
}

/// Line starts read forwards are what searching back from each position finds, in
/// order or not.
#[test]
fn line_starts_read_forwards_are_line_starts() {
    let mut next = xorshift(0x9e37_79b9_7f4a_7c15);
    let pieces = ["\n", "a", " ", "Số", "\n\n", "đ"];
    for _ in 0..5_000 {
        let text: String = (0..next(16)).map(|_| pieces[next(pieces.len())]).collect();
        let places: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        let mut starts = super::LineStarts::new(&text);
        for _ in 0..next(10) {
            let at = places[next(places.len())];
            let expected = text[..at].rfind('\n').map_or(0, |k| k + 1);
            assert_eq!(starts.at(at), expected, "{text:?} {at}");
        }
    }
}

#[test]
fn signed_marks_and_stamps_read_with_or_without_diacritics() {
    let p = crate::patterns::Patterns::new(Lexicon::builtin());
    for mark in [
        "(Đã ký)",
        "(đã kí)",
        "(da ky)",
        "(Da ki)",
        "[ký tên]",
        "(ky ten, dong dau)",
        "(Chữ ký)",
        "(chu ky so)",
        "(Ký, ghi rõ họ tên)",
        "(ky, ghi ro ho ten)",
        "(signed)",
    ] {
        assert!(p.signed_mark.is_match(mark), "{mark}");
    }
    for stamp in [
        "(Dấu)",
        "(dau)",
        "(Đóng dấu)",
        "(dong dau)",
        "[đã đóng dấu]",
        "(da dong dau)",
    ] {
        assert!(p.stamp.is_match(stamp), "{stamp}");
    }
    // Words that only start like them are not marks.
    for not in ["(dân ký kết)", "đã ký kết hợp đồng", "(dầu mỏ)", "dấu hiệu"]
    {
        assert!(
            !p.signed_mark.is_match(not) && !p.stamp.is_match(not),
            "{not}"
        );
    }
}

/// The body of a text without blank lines, each zone with its text.
fn body_zones(text: &str) -> Vec<(K, &str)> {
    let segs = seg(text);
    assert_tiles(text, &segs);
    kinds_with_text(text, &segs)
        .into_iter()
        .filter(|(k, _)| matches!(k, K::Body | K::Item | K::Closing))
        .collect()
}

/// The paragraph after an item that ends with its colon is the item's content, even
/// when it opens as a closing formula does (`Bộ Nội vụ … được giao khẩn trương …`); the
/// paragraph after that closes the body. After TB 636/TB-VPCP of 2025.
#[test]
fn the_paragraph_an_item_announces_is_the_items() {
    let head = "VĂN PHÒNG CHÍNH PHỦ\nSố: 700/TB-VPCP\nHà Nội, ngày 2 tháng 12 năm 2025\nTHÔNG BÁO\nKết luận của Phó Thủ tướng\n\n";
    let items = "1. Về kiến nghị bố trí vốn:\n\nGiao Bộ Tài chính xem xét, báo cáo.\n\n2. Về kiến nghị liên quan đến tổ chức bộ máy:\n\n";
    let answer = "Bộ Nội vụ theo chức năng nhiệm vụ được giao khẩn trương nghiên cứu, báo cáo trong tháng 12 năm 2025.";
    let closing = "Văn phòng Chính phủ thông báo để các Bộ, cơ quan liên quan biết, thực hiện./.";
    let foot = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nNguyễn Văn A";
    let text = format!("{head}{items}{answer}\n\n{closing}{foot}");
    let zones = body_zones(&text);
    assert!(
        zones
            .iter()
            .any(|z| z.0 == K::Item && z.1.ends_with(answer)),
        "{zones:#?}"
    );
    assert_eq!(zones.last(), Some(&(K::Closing, closing)), "{zones:#?}");
}

#[test]
fn without_blank_lines_a_closing_line_after_the_last_item_still_closes_the_body() {
    // Each line a paragraph (no line goes on in lower case), the last one after an item
    // that ends its sentence: the closing, whose deadline binds every task.
    let head = "ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ\nSố: 268/UBND-VX\nV/v tổ chức Tết\nThừa Thiên Huế, ngày 20 tháng 01 năm 2021\nKính gửi: Các sở, ban, ngành.\nĐể tổ chức Tết vui tươi, lành mạnh:\n";
    let items = "a) Sở Y tế bảo đảm thuốc cho người dân trong dịp Tết.\nb) Ủy ban nhân dân các huyện chăm lo, thăm hỏi các gia đình chính sách.\n";
    let closing = "Các cơ quan, đơn vị báo cáo kết quả trước ngày 20/02/2021.";
    let foot =
        "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn Phương";
    let text = format!("{head}{items}{closing}{foot}");
    let zones = body_zones(&text);
    assert_eq!(zones.last(), Some(&(K::Closing, closing)), "{zones:#?}");
    assert_eq!(zones.iter().filter(|z| z.0 == K::Item).count(), 2);

    // The last item's sentence going on: no closing.
    let open_item = text.replace(
        "thăm hỏi các gia đình chính sách.",
        "thăm hỏi các gia đình chính sách;",
    );
    let zones = body_zones(&open_item);
    assert!(zones.iter().all(|z| z.0 != K::Closing), "{zones:#?}");

    // Lines broken at a width (one goes on in lower case): a line after a sentence's
    // end may be the next sentence of the same item.
    let wrapped = text.replace("chăm lo, thăm hỏi", "chăm lo,\nthăm hỏi");
    let zones = body_zones(&wrapped);
    assert!(zones.iter().all(|z| z.0 != K::Closing), "{zones:#?}");
    assert!(zones.last().unwrap().1.ends_with(closing), "{zones:#?}");

    // The last article of a decision goes on with the duty of carrying it out.
    let decision = format!(
        "{head}Điều 1. Ban hành Kế hoạch chuyển đổi số.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\nChánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này./.{foot}"
    );
    let zones = body_zones(&decision);
    assert!(zones.iter().all(|z| z.0 != K::Closing), "{zones:#?}");
    assert!(
        zones
            .last()
            .unwrap()
            .1
            .ends_with("thi hành Quyết định này./."),
        "{zones:#?}"
    );
}

#[test]
fn lines_broken_at_a_width_without_blank_lines_a_closing_paragraph_still_closes_the_body() {
    // A scan that lost the blank lines and kept the printed lines: the closing paragraph
    // opens after a line that ends a sentence short of the width (a paragraph's last
    // line), and its deadline binds every task.
    let head = "TỈNH ỦY LÀO CAI\nSố 45-CV/TU\nLào Cai, ngày 15 tháng 01 năm 2016\n\
                Kính gửi: Các huyện ủy, thành ủy.\n\
                Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy thực hiện tốt các nội dung sau:\n";
    let items = "a) Tổ chức tuyên truyền sâu rộng về kỷ niệm 86 năm Ngày thành lập\n\
                 Đảng Cộng sản Việt Nam, chào mừng Đại hội đại biểu toàn quốc lần thứ\n\
                 XII của Đảng; tổ chức các hoạt động văn hóa, văn nghệ mừng Xuân.\n\
                 b) Ủy ban Kiểm tra Tỉnh ủy kiểm tra, giám sát việc thực hiện quy định\n\
                 không tổ chức đi chúc Tết cấp trên, không dùng ngân sách nhà nước làm\n\
                 quà biếu; xử lý nghiêm tổ chức, cá nhân vi phạm.\n";
    let closing = "Các cấp ủy, tổ chức đảng báo cáo kết quả tổ chức Tết về Ban\n\
                   Thường vụ Tỉnh ủy trước ngày 20/02/2016.";
    let foot = "\nNơi nhận:\n- Như kính gửi,\n- Lưu Văn phòng Tỉnh ủy.\nT/L BAN THƯỜNG VỤ\n\
                CHÁNH VĂN PHÒNG\nHoàng Văn Thịnh";
    let text = format!("{head}{items}{closing}{foot}");
    let zones = body_zones(&text);
    assert_eq!(zones.last().map(|z| z.0), Some(K::Closing), "{zones:#?}");
    assert_eq!(
        zones
            .last()
            .unwrap()
            .1
            .split_whitespace()
            .collect::<Vec<_>>(),
        closing.split_whitespace().collect::<Vec<_>>()
    );

    // A sentence of the last item that ends where the scan broke the line (the line is
    // full): the next sentence is the same item's.
    let same_item = text.replace(
        "quà biếu; xử lý nghiêm tổ chức, cá nhân vi phạm.\n",
        "quà biếu; xử lý nghiêm các tổ chức, cá nhân vi phạm quy định đã ban.\n",
    );
    let zones = body_zones(&same_item);
    assert!(zones.iter().all(|z| z.0 != K::Closing), "{zones:#?}");

    // An article whose number OCR moved to the next line is no closing paragraph.
    let article = text.replace(
        closing,
        "**Điều\n4. **Chánh Văn phòng Tỉnh ủy chịu trách nhiệm thi hành.",
    );
    let zones = body_zones(&article);
    assert!(zones.iter().all(|z| z.0 != K::Closing), "{zones:#?}");

    // Lines not broken at a width (the only line going on in lower case is short):
    // no closing found this way.
    let unwrapped = format!(
        "{head}a) Tổ chức tuyên truyền sâu rộng về kỷ niệm 86 năm Ngày thành lập Đảng.\n\
         b) Ủy ban Kiểm tra Tỉnh ủy kiểm tra,\ngiám sát việc thực hiện quy định.\n{closing}{foot}"
    );
    let zones = body_zones(&unwrapped);
    assert!(zones.iter().all(|z| z.0 != K::Closing), "{zones:#?}");
}

#[test]
fn typed_without_diacritics_the_preamble_and_the_closing_still_read() {
    // `- Can cu …` / `- Thuc hien …` open the preamble, not items; `De nghi …` and
    // `Tran trong!` (or OCR's `Trân trong!`, one mark lost) close the body.
    let text = "UY BAN KIEM TRA TINH UY\nSo 12-HD/UBKT\nCa Mau, ngay 5 thang 5 nam 2021\n\
                HUONG DAN\nkiem tra viec thuc hien Quy dinh 08-QD/TU\n\n\
                - Can cu Quy dinh so 22-QD/TW, ngay 28/7/2021 cua Ban Chap hanh Trung uong;\n\
                - Thuc hien Quy dinh so 08-QD/TU, ngay 15/4/2021 cua Ban Thuong vu Tinh uy;\n\n\
                Uy ban Kiem tra Tinh uy huong dan nhu sau:\n\n\
                1- Cac dang uy co so chi dao chi bo truc thuoc tu kiem tra.\n\n\
                2- Uy ban kiem tra cac huyen uy tong hop ket qua, bao cao truoc ngay 30/11/2021.\n\n\
                De nghi cac dang uy thuc hien nghiem tuc.\n\n\
                Noi nhan:\n- Nhu tren;\n- Luu VP.\nT/M UY BAN KIEM TRA\nCHU NHIEM\nTo Van Khoi";
    let zones = body_zones(text);
    let items: Vec<&str> = zones
        .iter()
        .filter(|z| z.0 == K::Item)
        .map(|z| z.1)
        .collect();
    assert_eq!(items.len(), 2, "{zones:#?}");
    assert!(items[0].starts_with("1- Cac dang uy"), "{zones:#?}");
    assert_eq!(
        zones.last(),
        Some(&(K::Closing, "De nghi cac dang uy thuc hien nghiem tuc.")),
        "{zones:#?}"
    );
    // Two paragraphs after the last item: the closing opens with the first, by its
    // formula (the last paragraph alone would close the body without one).
    let two = text.replace(
        "nghiem tuc.\n\n",
        "nghiem tuc.\n\nTrong qua trinh thuc hien, neu co vuong mac, phan anh ve Uy ban Kiem tra.\n\n",
    );
    let zones = body_zones(&two);
    assert!(
        zones
            .iter()
            .any(|z| z.0 == K::Closing && z.1.starts_with("De nghi cac dang uy")),
        "{zones:#?}"
    );
    // A trích yếu ends where `Thuc hien …` opens the body, or above the enacting
    // authority of `Can cu …`, with no blank line between.
    let head =
        "UY BAN NHAN DAN\nTINH QUANG TRI\nSo: 1856/QD-UBND\nQuang Tri, ngay 14 thang 8 nam 2023\n";
    assert_eq!(
        subject_of(&format!(
            "{head}KE HOACH\nkiem tra viec thuc hien Quy dinh 08-QD/TU\n\
             Thuc hien Quy dinh so 08-QD/TU ngay 15/4/2021 cua Ban Thuong vu Tinh uy\n\
             1. Cac so, nganh to chuc kiem tra.\n"
        )),
        "kiem tra viec thuc hien Quy dinh 08-QD/TU"
    );
    assert_eq!(
        subject_of(&format!(
            "{head}QUYET DINH\nVe viec kien toan To cong tac ho tro dau tu\n\
             UY BAN NHAN DAN TINH QUANG TRI\n\
             Can cu Luat To chuc chinh quyen dia phuong ngay 19 thang 6 nam 2015;\n"
        )),
        "Ve viec kien toan To cong tac ho tro dau tu"
    );
    let ocr = two.replace("De nghi cac dang uy thuc hien nghiem tuc.", "Trân trong!");
    assert!(
        body_zones(&ocr)
            .iter()
            .any(|z| z.0 == K::Closing && z.1.starts_with("Trân trong!")),
        "{:#?}",
        body_zones(&ocr)
    );
}

/// The page markers a PDF-to-text converter leaves (`--- PAGE 1 ---`, `--- PAGE BREAK
/// ---`, then the page number) read as blank lines: not the issuer's superior body,
/// not an item of their own, not a list entry; an item that goes on on the next page
/// stays one item, and a list does not go on past the break in an undashed line.
#[test]
fn a_converters_page_markers_are_layout() {
    let text = "\n--- PAGE 1 ---\nBỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc\nSố: 413/TCT-KK Hà Nội, ngày 30 tháng 01 năm 2018\nV/v khai thuế GTGT\n\nKính gửi: Công ty CP Thiết bị Công nghệ MIPEC\n\nTổng cục Thuế có ý kiến như sau:\n\n1. Đề nghị Công ty thực hiện kê khai thuế theo hướng dẫn tại Thông tư số\n156/2013/TT-BTC của Bộ Tài chính và các văn bản\n\n\n--- PAGE BREAK ---\n\n2\n\nsửa đổi, bổ sung.\n\n2. Công ty liên hệ Cục Thuế:\n\na) Nộp hồ sơ khai thuế;\n\n\n--- PAGE BREAK ---\n\n3\n\nb) Nộp tiền thuế đúng hạn.\n\nTổng cục Thuế trả lời để đơn vị biết, thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, KK.\n\n\n--- PAGE BREAK ---\n\nPhụ lục\n";
    let segs = seg(text);
    assert_tiles(text, &segs);
    let got = kinds_with_text(text, &segs);
    let of = |k: K| texts_of(&got, k);
    assert_eq!(of(K::Issuer), ["BỘ TÀI CHÍNH", "TỔNG CỤC THUẾ"], "{got:#?}");
    let items = of(K::Item);
    assert_eq!(items.len(), 4, "{got:#?}");
    assert!(items[0].starts_with("1. Đề nghị") && items[0].ends_with("sửa đổi, bổ sung."));
    // The page number is no label and no text of the item above it.
    assert_eq!(items[2], "a) Nộp hồ sơ khai thuế;", "{got:#?}");
    assert_eq!(items[3], "b) Nộp tiền thuế đúng hạn.", "{got:#?}");
    assert_eq!(
        of(K::Distribution),
        ["Nơi nhận:\n- Như trên;\n- Lưu: VT, KK."]
    );
    assert!(!got
        .iter()
        .any(|g| g.0 != K::Other && g.1.starts_with("--- PAGE")));
}

/// `Số:` opening its line after a tab (a header table flattened into tab-separated
/// cells) is the number, also when the line above is a sentence (a site's summary put
/// above the header) ending in a lower-case word.
#[test]
fn an_indented_number_under_a_sentence_is_the_number() {
    let text = "Công văn số 7137/CT-TTHT ngày 10/7/2013 của Cục Thuế tỉnh BR-VT trả lời công ty.\n\n\tTỔNG CỤC THUẾ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tCỤC THUẾ BÀ RỊA-VŨNG TÀU\tĐộc lập - Tự do - Hạnh phúc\n\t\t\n\tSố: 7137/CT-TTHT\tBà Rịa-Vũng Tàu, ngày 10 tháng 7 năm 2013\n\tV/v: Hoàn thuế theo Hiệp định.\n\nKính gửi: Công ty Liên doanh Dịch vụ container\n\nCục Thuế trả lời như sau.\n";
    let segs = seg(text);
    let got = kinds_with_text(text, &segs);
    assert!(got.contains(&(K::Number, "Số: 7137/CT-TTHT")), "{got:#?}");
    assert!(
        !got.iter().any(|g| g.0 == K::Issuer && g.1.contains("Số")),
        "{got:#?}"
    );
}

/// A trích yếu line that stops mid-phrase — on a comma, on `VỀ`, on `ĐỊA`, on `TỈNH`
/// before the province's name — goes on on the next line, even when that line in capitals stands
/// right above `Căn cứ` (where a decision's enacting authority would) or opens with a
/// type name (`DỰ ÁN …`).
#[test]
fn a_trich_yeu_cut_mid_phrase_goes_on_above_can_cu() {
    for (head, want) in [
        (
            "**THÔNG TƯ**\nQUY ĐỊNH MỨC THU PHÍ THẨM ĐỊNH CẤP GIẤY PHÉP KINH DOANH KARAOKE,\nVŨ TRƯỜNG\n",
            "QUY ĐỊNH MỨC THU PHÍ THẨM ĐỊNH CẤP GIẤY PHÉP KINH DOANH KARAOKE, VŨ TRƯỜNG",
        ),
        (
            "**QUYẾT ĐỊNH**\nPHÂN CẤP THẨM QUYỀN XỬ LÝ TÀI SẢN THUỘC PHẠM VI QUẢN LÝ CỦA TỈNH\nĐẮK LẮK\n",
            "PHÂN CẤP THẨM QUYỀN XỬ LÝ TÀI SẢN THUỘC PHẠM VI QUẢN LÝ CỦA TỈNH ĐẮK LẮK",
        ),
        (
            "**NGHỊ QUYẾT**\nVỀ\nDỰ ÁN LUẬT VIÊN CHỨC (SỬA ĐỔI)\n**CHÍNH PHỦ**\n",
            "VỀ DỰ ÁN LUẬT VIÊN CHỨC (SỬA ĐỔI)",
        ),
        (
            "**NGHỊ QUYẾT**\nQUY\nĐỊNH MỨC PHỤ CẤP ĐỐI VỚI LỰC LƯỢNG DÂN QUÂN TRÊN ĐỊA\nBÀN THÀNH PHỐ HÀ NỘI\n",
            "QUY ĐỊNH MỨC PHỤ CẤP ĐỐI VỚI LỰC LƯỢNG DÂN QUÂN TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI",
        ),
        (
            "**NGHỊ QUYẾT**\n\nSỬA ĐỔI MỘT SỐ ĐIỀU CỦA NGHỊ QUYẾT SỐ 20/2023/NQ-HĐND CỦA HỘI ĐỒNG NHÂN DÂN TỈNH\nTHỪA THIÊN HUẾ (NAY THÀNH PHỐ HUẾ)\n\n",
            "SỬA ĐỔI MỘT SỐ ĐIỀU CỦA NGHỊ QUYẾT SỐ 20/2023/NQ-HĐND CỦA HỘI ĐỒNG NHÂN DÂN TỈNH THỪA THIÊN HUẾ (NAY THÀNH PHỐ HUẾ)",
        ),
        (
            "**NGHỊ QUYẾT**\nVỀ\nVIỆC SỬA ĐỔI QUY ĐỊNH VỀ PHÍ THAM QUAN TẠI NGHỊ QUYẾT SỐ\n16/2023/NQ-HĐND NGÀY 06 THÁNG 12 NĂM 2023 CỦA HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI\n\n",
            "VỀ VIỆC SỬA ĐỔI QUY ĐỊNH VỀ PHÍ THAM QUAN TẠI NGHỊ QUYẾT SỐ 16/2023/NQ-HĐND NGÀY 06 THÁNG 12 NĂM 2023 CỦA HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI",
        ),
        (
            "**QUYẾT ĐỊNH**\n\nQUY\nĐỊNH BẢNG GIÁ TÍNH LỆ PHÍ TRƯỚC BẠ ĐỐI VỚI NHÀ TRÊN ĐỊA BÀN TỈNH ĐẮK LẮK\n\n",
            "QUY ĐỊNH BẢNG GIÁ TÍNH LỆ PHÍ TRƯỚC BẠ ĐỐI VỚI NHÀ TRÊN ĐỊA BÀN TỈNH ĐẮK LẮK",
        ),
        (
            // `SỐ` at a line's end before no number ends the phrase (`CHÍNH PHỦ SỐ`).
            "**QUYẾT ĐỊNH**\nVỀ VIỆC PHÊ DUYỆT CHƯƠNG TRÌNH PHÁT TRIỂN CHÍNH PHỦ SỐ\nTHỦ TƯỚNG CHÍNH PHỦ\n",
            "VỀ VIỆC PHÊ DUYỆT CHƯƠNG TRÌNH PHÁT TRIỂN CHÍNH PHỦ SỐ",
        ),
        (
            // A trích yếu that opens with a type name (`quy định`, to regulate) is no
            // enacting authority, though `Căn cứ` stands under it.
            "**THÔNG TƯ**\n\nQUY ĐỊNH VỀ DANH MỤC LOÀI NGOẠI LAI XÂM HẠI\n\n",
            "QUY ĐỊNH VỀ DANH MỤC LOÀI NGOẠI LAI XÂM HẠI",
        ),
        (
            // What the place is now, in brackets, under a blank line.
            "**NGHỊ QUYẾT**\n\nSỬA ĐỔI MỘT SỐ ĐIỀU CỦA NGHỊ QUYẾT SỐ 11/2022/NQ-HĐND CỦA HĐND TỈNH THỪA THIÊN HUẾ\n\n(NAY LÀ THÀNH PHỐ HUẾ)\n\n",
            "SỬA ĐỔI MỘT SỐ ĐIỀU CỦA NGHỊ QUYẾT SỐ 11/2022/NQ-HĐND CỦA HĐND TỈNH THỪA THIÊN HUẾ (NAY LÀ THÀNH PHỐ HUẾ)",
        ),
    ] {
        let text = format!("**CHÍNH PHỦ**\n-------\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/2025/TT-BTC\n*Hà Nội, ngày 19 tháng 11 năm 2025*\n{head}*Căn cứ Luật Phí và lệ phí số 97/2015/QH13;*\n\n**Điều 1.** Phạm vi điều chỉnh\n");
        assert_eq!(subject_of(&text), want);
    }
}

/// `Thành phố Hồ Chí` / `Minh, ngày …`: a narrow header cell breaks the city's name;
/// place and date are one zone, not a trích yếu and a place `Minh`.
#[test]
fn a_citys_name_broken_across_the_place_line_is_the_place() {
    let text = "**ỦY BAN NHÂN DÂN**\nTHÀNH PHỐ HỒ CHÍ MINH\n-------\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\nSố: 2859/QĐ-UBND\n*Thành phố Hồ Chí\nMinh, ngày 21 tháng 11 năm 2025*\n**QUYẾT ĐỊNH**\nVỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH\n*Căn cứ Luật Tổ chức chính quyền địa phương;*\n\n**Điều 1.** Công bố danh mục.\n";
    let got = kinds_with_text(text, &seg(text));
    assert!(
        got.contains(&(
            K::PlaceDate,
            "*Thành phố Hồ Chí\nMinh, ngày 21 tháng 11 năm 2025*"
        )),
        "{got:#?}"
    );
    assert_eq!(
        subject_of(text),
        "VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH"
    );
    // Without the city's prefix a line break ends the place: the line above is the
    // issuer's, not part of the place.
    let p = Patterns::new(Lexicon::builtin());
    let m = p
        .place_date
        .captures("Sở Y Tế\nHà Nội, ngày 2 tháng 3 năm 2021")
        .unwrap();
    assert_eq!(&m["place"], "Hà Nội");
}

/// `KT.CỤC TRƯỞNG`: a formula typed with no space after its dot still opens the
/// signature.
#[test]
fn a_formula_without_a_space_after_its_dot_signs() {
    let p = Patterns::new(Lexicon::builtin());
    for line in [
        "KT.CỤC TRƯỞNG",
        "KT. CỤC TRƯỞNG",
        "KT CỤC TRƯỞNG",
        "T/M BAN THƯỜNG VỤ",
        "T.M BAN THƯỜNG VỤ",
    ] {
        assert!(p.authority.is_match(line), "{line}");
    }
    for line in ["KTCỤC TRƯỞNG", "T/MBAN THƯỜNG VỤ"] {
        assert!(!p.authority.is_match(line), "{line}");
    }
}

/// The motto's `Tự` with its vowel misread (`Ty do`, `Tw do`), glued after the
/// issuer's second line: still the motto, and the issuer keeps its line.
#[test]
fn a_motto_with_a_misread_vowel_glued_after_the_issuer() {
    for tu in ["Ty", "Tw", "Tự", "Tu"] {
        let text = format!("BO TAI CHINH CONG HOA XA HOI CHU NGHIA VIET NAM\nTONG CUC HAI QUAN Độc lập - {tu} do - Hanh phúc\nSố: 966/TCHQ-TXNK Hà Nội, ngày 23 tháng 3 năm 2022\nV/v hàng hóa thuê gia công\n\nKính gửi: Công ty TNHH BHFLEX VINA.\n\nTổng cục Hải quan có ý kiến như sau.\n");
        let got = kinds_with_text(&text, &seg(&text));
        let issuer = texts_of(&got, K::Issuer);
        assert_eq!(
            issuer,
            ["BO TAI CHINH", "TONG CUC HAI QUAN"],
            "{tu}: {got:#?}"
        );
    }
}

/// A place-and-date line whose date OCR damaged past reading is still that line (the
/// place is read, the date said to be unreadable), and the unreadable number left
/// before it on the line is no issuer.
#[test]
fn a_damaged_date_line_keeps_its_place_and_a_damaged_number_is_no_issuer() {
    for (number, date) in [
        ("Số: GIF /TCT-TTKT", "ngày 29 tháng năm 2022"),
        (".Sẽ: 1883 /TCHQ-TXNK", "ngày [| 2 tháng 4 năm 2019"),
        ("số: SỒ2TCHQ-TXNK", "ngày) thang 12 năm 2019"),
        ("861913 /TCHQ-TXNK", "ngày OY tháng tnim 2018"),
    ] {
        let text = format!("BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC HẢI QUAN Độc lập - Tự do - Hạnh phúc\n{number} Hà Nội, {date}\nV/v thuế nhập khẩu\n\nKính gửi: Công ty TNHH ABC.\n\nTổng cục Hải quan có ý kiến như sau.\n");
        let got = kinds_with_text(&text, &seg(&text));
        assert!(
            got.iter()
                .any(|g| g.0 == K::PlaceDate && g.1 == format!("Hà Nội, {date}")),
            "{number}: {got:#?}"
        );
        let issuer = texts_of(&got, K::Issuer);
        assert_eq!(
            issuer,
            ["BỘ TÀI CHÍNH", "TỔNG CỤC HẢI QUAN"],
            "{number}: {got:#?}"
        );
    }
}

/// A one-line `Kính gửi` enumeration that OCR ended with a stop goes on over a line of
/// names (its commas read as stops too), not over a sentence.
#[test]
fn recipients_go_on_over_a_line_of_names_after_a_stop() {
    let head = "VĂN PHÒNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 450/VPCP-QHQT Hà Nội, ngày 18 tháng 01 năm 2022\nV/v nhập cảnh cho người nước ngoài\n\nKính gửi các Bộ: Công an, Ngoại giao. Y tế, Quốc phòng.\n";
    for (next, recipients) in [
        (
            "Giao thông vận tải, Văn hóa, Thể thao và Du\nlịch. Thông tin và Truyền thông.\n",
            3,
        ),
        (
            "Văn phòng Chính phủ nhận được Công văn số 12 của Bộ Công an, đề nghị xem xét.\n",
            1,
        ),
    ] {
        let text = format!("{head}{next}\nXét báo cáo của Bộ Công an, Thủ tướng Chính phủ có ý kiến như sau:\n1. Đồng ý chủ trương.\n");
        let got = kinds_with_text(&text, &seg(&text));
        let zone = texts_of(&got, K::Recipients).join("\n");
        assert_eq!(zone.lines().count(), recipients, "{next}: {got:#?}");
    }
}

/// A place and date whose comma OCR lost, or whose place OCR lowercased, is the
/// place-and-date line when the place is a province's or town's name of the lexicon
/// opening its line, after a spaced dash or right after the symbol;
/// not a body named in a trích yếu, nor a line opening with another capitalized word.
#[test]
fn a_place_and_date_without_its_comma_is_read_by_a_known_place() {
    let head = "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH BẾN TRE Độc lập - Tự do - Hạnh phúc\n";
    let tail = "\nKính gửi: Các sở, ban, ngành tỉnh.\n\nỦy ban nhân dân tỉnh đề nghị các đơn vị thực hiện.\n";
    for (lines, want) in [
        (
            "Số: 12/UBND-VX\nBến Tre ngày 5 tháng 3 năm 2021\nV/v phòng, chống dịch",
            Some("Bến Tre ngày 5 tháng 3 năm 2021"),
        ),
        (
            "Số 12 /UBND-VX - Bến Tre ngày 5 tháng 3 năm 2021\nV/v phòng, chống dịch",
            Some("Bến Tre ngày 5 tháng 3 năm 2021"),
        ),
        (
            "Số: 12/UBND-VX\nV/v thực hiện Công văn của UBND tỉnh Bến Tre ngày 5 tháng 3 năm 2021",
            None,
        ),
        (
            "Số: 12/UBND-VX\nHội Nông dân ngày 5 tháng 3 năm 2021\nV/v phòng, chống dịch",
            None,
        ),
        // (The place's second word lowercased, right after the symbol: the comma kept.)
        (
            "Số: 12 /UBND-VX Bến tre, ngày! tháng 3 năm 2021\nV/v phòng, chống dịch",
            Some("Bến tre, ngày! tháng 3 năm 2021"),
        ),
    ] {
        let text = format!("{head}{lines}\n{tail}");
        let got = kinds_with_text(&text, &seg(&text));
        let place_date = texts_of(&got, K::PlaceDate);
        assert_eq!(place_date.first().copied(), want, "{lines}: {got:#?}");
        // (The number zone ends before a place glued after it.)
        let number = texts_of(&got, K::Number);
        assert!(
            number.iter().all(|n| !n.contains("Bến")),
            "{lines}: {got:#?}"
        );
    }
}

/// A scan that put a blank line between every two lines: the trích yếu goes on over a
/// blank line with a short line in lower case under a line that ends no sentence; a
/// line after a full stop, or in capitals, does not.
#[test]
fn a_trich_yeu_goes_on_over_blank_lines_in_lower_case() {
    let doc = |subject: &str| {
        format!("BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc\n\nSố: 4658/TCT-DNL Hà Nội, ngày 11 tháng 10 năm 2017\n{subject}\n\nKính gửi: Ngân hàng TNHH Một thành viên ANZ (Việt Nam).\n\nTổng cục Thuế có ý kiến như sau.\n")
    };
    assert_eq!(
        subject_of(&doc(
            "V/v chính sách thuế GTGT đối\n\nvới việc chuyển nhượng hoạt\n\nđộng kinh doanh"
        )),
        "V/v chính sách thuế GTGT đối với việc chuyển nhượng hoạt động kinh doanh"
    );
    assert_eq!(
        subject_of(&doc("V/v chính sách thuế GTGT.\n\nvới việc chuyển nhượng")),
        "V/v chính sách thuế GTGT."
    );
    assert_eq!(
        subject_of(&doc(
            "V/v chính sách thuế GTGT\n\nTổng cục Thuế nhận được công văn"
        )),
        "V/v chính sách thuế GTGT"
    );
}

/// A letter's first sentence right under `Kính gửi` and the addressee's address, with
/// no blank line between (`Cục Thuế nhận được câu hỏi …`), is the body, not a second
/// recipient.
#[test]
fn the_first_sentence_under_kinh_gui_is_no_recipient() {
    let text = "BỘ TÀI CHÍNH\nCỤC THUẾ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 5332/CT-CS\n*Hà Nội, ngày 24 tháng 11 năm 2025*\nV/v chính sách thuế thu nhập cá nhân\n**Kính gửi:** Bà Đặng Phương Hà My\n*(Địa chỉ: Hồ Chí Minh; Số ĐT: 0947858709)*\nCục Thuế nhận được câu hỏi mã số 220825-2 của độc giả\nĐặng Phương Hà My gửi qua Cổng Thông tin điện tử Bộ Tài chính. Về vấn đề này,\nCục Thuế có ý kiến như sau:\n";
    let got = kinds_with_text(text, &seg(text));
    assert_eq!(
        texts_of(&got, K::Recipients),
        ["**Kính gửi:** Bà Đặng Phương Hà My\n*(Địa chỉ: Hồ Chí Minh; Số ĐT: 0947858709)*"],
        "{got:#?}"
    );
    assert!(
        got.iter()
            .any(|g| g.0 == K::Body && g.1.starts_with("Cục Thuế nhận được")),
        "{got:#?}"
    );
    // `nhận được` ending its line, under a name broken across two lines.
    let text = text.replace(
        "Bà Đặng Phương Hà My\n*(Địa chỉ: Hồ Chí Minh; Số ĐT: 0947858709)*\nCục Thuế nhận được câu hỏi",
        "Ông Thái Mạnh\nCường\nCục Thuế nhận được\ncâu hỏi",
    );
    let got = kinds_with_text(&text, &seg(&text));
    assert_eq!(
        texts_of(&got, K::Recipients),
        ["**Kính gửi:** Ông Thái Mạnh\nCường"],
        "{got:#?}"
    );
    // As a wrong font reads it (pjj 118 of the real corpus): `nhAn dugc` (the head as
    // the landmarks' repair leaves it).
    let text = "BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\nSố: 1827/TCT-TNCN\nHà Nội, ngày 17 tháng 5 năm 2018\n\
        V/v chinh s6ch thuO TNCN\nKính gửi: Cuc Thu€ TP He NQi\n\
        T6ng cqc Thu6 nhAn dugc c6ng vdn s6 3401/CT-TNCN dC ngAy\n\
        22/0l/2018 c[ra Cuc ttruti tp He NOi vC viQc huong dIn.\n";
    let got = kinds_with_text(text, &seg(text));
    assert_eq!(
        texts_of(&got, K::Recipients),
        ["Kính gửi: Cuc Thu€ TP He NQi"],
        "{got:#?}"
    );
    // Not a name's words of that shape (`Nhân dân` is no `nhận được`).
    assert!(!reports_receipt("Ủy ban Nhân Dân tỉnh Đồng Nai"));
    assert!(reports_receipt("T6ng cqc Thu6 nhAn dugc c6ng vdn s6 3401"));
}

/// A header line whose number OCR made unreadable (`Số: S184 /CT-TTHT`) is the number's
/// zone; a line holding a readable number that the anchors left (a site's title
/// `## Nghị quyết số 15-NQ/ĐUK` above the header) is not.
#[test]
fn a_damaged_number_line_is_the_number_zone() {
    let text = "TỔNG CỤC THUẾ\nCỤC THUẾ TP. HỒ CHÍ MINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: S184 /CT-TTHT. Hà Nội, ngày 6 tháng 6 năm 2017\nV/v chính sách thuế\n\nKính gửi: Công ty TNHH ABC.\n\nCục Thuế có ý kiến như sau.\n";
    let got = kinds_with_text(text, &seg(text));
    assert_eq!(
        texts_of(&got, K::Number),
        ["Số: S184 /CT-TTHT."],
        "{got:#?}"
    );
    let text = "## Nghị quyết số 15-NQ/ĐUK\n\n**ĐẢNG BỘ TỈNH NGHỆ AN**\n**ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH**\n\\*\nSố 15-NQ/ĐUK\n\n**ĐẢNG CỘNG SẢN VIỆT NAM**\n*Vinh, ngày 12 tháng 4 năm 2024*\n\n**NGHỊ QUYẾT**\n**về chuyển đổi số**\n\nĐảng ủy Khối quyết nghị.\n";
    let got = kinds_with_text(text, &seg(text));
    assert_eq!(texts_of(&got, K::Number), ["Số 15-NQ/ĐUK"], "{got:#?}");
}

/// `**Kính` / `gửi:** Công ty …`: a `Kính gửi` head broken after its first word is the
/// head of the recipients.
#[test]
fn a_kinh_gui_broken_across_two_lines_opens_the_recipients() {
    let text = "BỘ TÀI CHÍNH\n**CỤC HẢI QUAN**\n-------\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\nSố: 38162/CHQ-GSQL\n*V/v hướng dẫn thủ tục hải quan*\n*Hà Nội, ngày 25\ntháng 11 năm 2025*\n** **\n**Kính\ngửi:** Công ty TNHH Minebea AccessSolutions Việt Nam.\n*(đ/c: KCN Đồng Văn 11, Phường Duy Hà, tỉnh Ninh Bình)*\nTrả lời công văn số 20251022/CV-HD\nngày 22/10/2025 của Công ty, Cục Hải quan có ý kiến như sau:\n";
    let got = kinds_with_text(text, &seg(text));
    assert_eq!(
        texts_of(&got, K::Recipients),
        ["**Kính\ngửi:** Công ty TNHH Minebea AccessSolutions Việt Nam."],
        "{got:#?}"
    );
    // `Kính` alone closing a sentence's line is no head.
    let text = text.replace("**Kính\ngửi:**", "Trân trọng kính\nmời:");
    let got = kinds_with_text(&text, &seg(&text));
    assert!(texts_of(&got, K::Recipients).is_empty(), "{got:#?}");
}

/// A web copy that lost its type line: the line in bold under the number, in sentence
/// case, is the trích yếu.
#[test]
fn a_bold_line_under_the_number_without_a_type_line_is_the_trich_yeu() {
    let text = "| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc |\nSố: 21/2025/TT-BGDĐT |\n|\n\n**Quy định chế độ trả tiền lương dạy thêm giờ đối với nhà giáo ****trong các cơ sở giáo dục công lập**\n\n*Căn cứ Luật Giáo dục số 43/2019/QH14;*\n\n**Điều 1. Phạm vi điều chỉnh**\n\n1. Thông tư này quy định chế độ trả tiền lương.\n";
    let got = kinds_with_text(text, &seg(text));
    assert_eq!(
        texts_of(&got, K::Subject),
        ["**Quy định chế độ trả tiền lương dạy thêm giờ đối với nhà giáo ****trong các cơ sở giáo dục công lập**"],
        "{got:#?}"
    );
    // Under a type line, a bold line in sentence case after the trích yếu is not one.
    let text = "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 21/2025/TT-BGDĐT\n\n**THÔNG TƯ**\n\nQUY ĐỊNH CHẾ ĐỘ TRẢ TIỀN LƯƠNG\n\n**Căn cứ Luật Giáo dục;**\n\n**Điều 1. Phạm vi điều chỉnh**\n";
    let got = kinds_with_text(text, &seg(text));
    assert_eq!(
        texts_of(&got, K::Subject),
        ["QUY ĐỊNH CHẾ ĐỘ TRẢ TIỀN LƯƠNG"],
        "{got:#?}"
    );
}

/// `**NGHỊ` / `ĐỊNH**`: a type line broken after its first word is the type line, and
/// the trích yếu under it is found (here itself broken after `QUY`).
#[test]
fn a_type_line_broken_after_its_first_word() {
    let text = "|\n**CHÍNH PHỦ**\n-------\n|\n**CỘNG HÒA\nXÃ HỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 308/2025/NĐ-CP\n|\n*Hà Nội,\nngày 28 tháng 11 năm 2025*\n|\n\n\n**NGHỊ\nĐỊNH**\n\nQUY\nĐỊNH CHI TIẾT MỘT SỐ ĐIỀU VÀ BIỆN PHÁP TỔ CHỨC, HƯỚNG DẪN THI HÀNH LUẬT DI SẢN\nVĂN HÓA\n\n*Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;*\n\n**Điều 1. Phạm vi điều chỉnh**\n";
    let got = kinds_with_text(text, &seg(text));
    assert_eq!(texts_of(&got, K::Title), ["**NGHỊ\nĐỊNH**"], "{got:#?}");
    assert_eq!(
        subject_of(text),
        "QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU VÀ BIỆN PHÁP TỔ CHỨC, HƯỚNG DẪN THI HÀNH LUẬT DI SẢN VĂN HÓA"
    );
    // A short line in capitals that makes no type name with the next is no type line.
    let text = text.replace("**NGHỊ\nĐỊNH**", "**CHÍNH\nPHỦ**");
    let got = kinds_with_text(&text, &seg(&text));
    assert!(texts_of(&got, K::Title).is_empty(), "{got:#?}");
}

/// Two letters scanned into one file (as pjj_tax_congvan/083 and 088 of the real
/// corpus): after the first one's footer, the second's header — its motto with its
/// number, or with its place and date when OCR spoiled the number — is a second
/// document; a form to fill in after a decision (`Mẫu số 3`, `Số: /QĐ-…`, `ngày …
/// tháng … năm 20…`) and a number cited in a sentence (`công văn số 1131/HQBD-TXNK`)
/// are not.
#[test]
fn a_second_document_after_the_footer_is_found() {
    let s = Segmenter::new(Lexicon::builtin());
    let first = "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
        TỔNG CỤC HẢI QUAN Độc lập - Tự do - Hạnh phúc\n\
        Số: 2124 /TCHQ-TXNK Hà Nội, ngày 8 tháng 6 năm 2022\n\
        V/v hàng hóa NK để xây dựng nhà xưởng\n\n\
        Kính gửi: Công ty TNHH Kiturami.\n\n\
        Tổng cục Hải quan có ý kiến như sau: đề nghị Công ty thực hiện theo quy định.\n\n\
        Nơi nhận: TL. TỔNG CỤC TRƯỞNG\n- Như trên;\n- Lưu: VT, TXNK (3).\n\nLưu Mạnh Tưởng\n\n\
        --- PAGE BREAK ---\n\n";
    let second = "BỘ TÀI CHÍNH CONG HOA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
        TỔNG CỤC HẢI QUAN Độc lập - Tự do - Hạnh phúc\n\
        Số: 4199 /TCHQ-TXNK Hà Nội, ngày 27 tháng 8 năm 2021\n\n\
        Kính gửi: Các Cục Hải quan tỉnh, thành phố.\n\n\
        Tổng cục Hải quan nhận được công văn số 1131/HQBD-TXNK ngày 08/6/2021.\n";
    let text = format!("{first}{second}");
    let got = s.second_document(&text, &s.segment(&text));
    assert_eq!(got, Some((first.len(), "Số: 4199 /TCHQ-TXNK")));
    // The number spoiled: the place and date say it.
    let spoiled = text.replace("Số: 4199 /TCHQ-TXNK", "86:3634 TCHQ-TXNK");
    let got = s.second_document(&spoiled, &s.segment(&spoiled));
    assert_eq!(got, Some((first.len(), "Hà Nội, ngày 27 tháng 8 năm 2021")));
    // One letter: none.
    assert_eq!(s.second_document(first, &s.segment(first)), None);
    // A form after the footer: under its `Mẫu số`, even with a sample date; or with
    // its number and date to fill in: none.
    let form = format!(
        "{first}**Mẫu số 3**\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
         Hà Nội, ngày 15 tháng 3 năm 2025\n\nQUYẾT ĐỊNH\nVề việc nghỉ hưu\n"
    );
    assert_eq!(s.second_document(&form, &s.segment(&form)), None);
    let blank = format!(
        "{first}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: /QĐ-….\n\
         *Hà Nội, ngày tháng năm 20…*\n\nQUYẾT ĐỊNH\n"
    );
    assert_eq!(s.second_document(&blank, &s.segment(&blank)), None);
    // A motto and a cited number, no header: none.
    for cited in [
        "Tổng cục nhận được Công văn Số 1131/HQBD-TXNK.",
        "Tổng cục nhận được công văn\nsố 1131/HQBD-TXNK ngày 08/6/2021.",
    ] {
        let cited = format!("{first}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{cited}\n");
        assert_eq!(
            s.second_document(&cited, &s.segment(&cited)),
            None,
            "{cited}"
        );
    }
}

/// `mostly_upper` stops early on prose; its answer is the count's over the whole line.
#[test]
fn mostly_upper_answers_as_the_whole_count() {
    let whole = |s: &str| {
        let up = s.chars().filter(|c| c.is_uppercase()).count();
        let low = s.chars().filter(|c| c.is_lowercase()).count();
        up > 0 && up >= 3 * low
    };
    let lines = [
        "",
        "ỦY BAN NHÂN DÂN TỈNH HẬU GIANG",
        "Ủy ban nhân dân tỉnh Hậu Giang",
        "KT. CHỦ TỊCH PHÓ CHỦ TỊCH",
        "a BCD",
        "ab CDEFGH",
        "abc DEFGHIJKL",
        "Đảng bộ TỈNH NGHỆ AN",
        "x ỦY BAN",
        "xy ĐẢNG ỦY KHỐI",
        "123 - 456",
        "PHÓ CHỦ TỊCH thường trực",
    ];
    for line in lines {
        assert_eq!(mostly_upper(line), whole(line), "{line:?}");
    }
}
