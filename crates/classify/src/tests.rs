use super::items::{parse_label, Style};
use super::*;

#[test]
fn labels_as_printed() {
    let l = |s: &str| parse_label(s).map(|(st, l, _)| (st, l));
    assert_eq!(l("1. Tiếp tục"), Some((Style::Number('.'), "1".into())));
    assert_eq!(l("1- Các cấp ủy"), Some((Style::Number('-'), "1".into())));
    assert_eq!(l("II. NHIỆM VỤ"), Some((Style::Roman('.'), "II".into())));
    assert_eq!(l("2.1. Đối với"), Some((Style::Dotted(2), "2.1".into())));
    assert_eq!(l("a) Tổ chức"), Some((Style::Letter(')'), "a".into())));
    assert_eq!(l("đ) Sở Y tế"), Some((Style::Letter(')'), "đ".into())));
    assert_eq!(l("- Thực hiện"), Some((Style::Dash, "".into())));
    assert_eq!(l("+ Thực hiện"), Some((Style::Plus, "".into())));
    assert_eq!(
        l("Điều 3. Chánh Văn phòng"),
        Some((Style::Article, "Điều 3".into()))
    );
    assert_eq!(
        l(r"**1\.** Phát triển"),
        Some((Style::Number('.'), "1".into()))
    );
    assert_eq!(l("Tiếp tục"), None);
}

#[test]
fn assignees_split_only_where_each_part_is_a_body() {
    let c = Classifier::new();
    let a = |s: &str| c.assignees(s);
    assert_eq!(
        a("Các cấp ủy trực thuộc tỉnh, các ban cán sự đảng, đảng đoàn, Ban Thường vụ Tỉnh đoàn tập trung lãnh đạo, chỉ đạo."),
        (vec!["Các cấp ủy trực thuộc tỉnh".to_string(), "các ban cán sự đảng".into(), "đảng đoàn".into(), "Ban Thường vụ Tỉnh đoàn".into()], false)
    );
    assert_eq!(
        a("Ban chỉ đạo phòng, chống COVID-19 tỉnh kịp thời chỉ đạo các địa phương."),
        (
            vec!["Ban chỉ đạo phòng, chống COVID-19 tỉnh".to_string()],
            false
        )
    );
    assert_eq!(
        a("Đồng chí bí thư các cấp ủy trực thuộc tỉnh trực tiếp chỉ đạo."),
        (
            vec!["Đồng chí bí thư các cấp ủy trực thuộc tỉnh".to_string()],
            false
        )
    );
    assert_eq!(
        a("Tiếp tục quán triệt và thực hiện nghiêm các văn bản."),
        (vec![], true)
    );
    // KH 144/KH-UBND, VI.15: the cooperative alliance is a body of its own.
    assert_eq!(
        a("Liên đoàn Lao động, Hội Nông dân, Liên minh Hợp tác xã: Xây dựng kế hoạch."),
        (
            vec![
                "Liên đoàn Lao động".to_string(),
                "Hội Nông dân".into(),
                "Liên minh Hợp tác xã".into()
            ],
            false
        )
    );
    assert_eq!(
        a("Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo."),
        (
            vec!["Ủy ban nhân dân các huyện, thị xã, thành phố".to_string()],
            false
        )
    );
    // One office serves both the council and the committee of a district.
    assert_eq!(
        a("Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện, Trưởng các phòng, ban, ngành huyện chịu trách nhiệm thi hành Quyết định này."),
        (
            vec![
                "Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện".to_string(),
                "Trưởng các phòng, ban, ngành huyện".into()
            ],
            false
        )
    );
    assert_eq!(
        a("Văn phòng HĐND và UBND huyện, Phòng Tài chính - Kế hoạch phối hợp thực hiện."),
        (
            vec![
                "Văn phòng HĐND và UBND huyện".to_string(),
                "Phòng Tài chính - Kế hoạch".into()
            ],
            false
        )
    );
    // The council and the committee themselves are two bodies.
    assert_eq!(
        a("Hội đồng nhân dân và Ủy ban nhân dân các xã giám sát việc thực hiện."),
        (
            vec![
                "Hội đồng nhân dân".to_string(),
                "Ủy ban nhân dân các xã".into()
            ],
            false
        )
    );
}

/// What a body is (`X là …`), to its clause's end, asks nothing: a council's members
/// in a decree are no task; a duty after the comma still is.
#[test]
fn what_a_body_is_asks_nothing() {
    let c = Classifier::new();
    for body in [
        "Phó Chủ tịch Hội đồng là đại diện lãnh đạo bộ phận tham mưu về tổ chức cán bộ;",
        "Ủy viên kiêm Thư ký Hội đồng là công chức thuộc bộ phận tham mưu về tổ chức cán bộ.",
    ] {
        assert_eq!(c.actions(body).0, Vec::<&str>::new(), "{body}");
    }
    assert_eq!(
        c.actions("Sở Y tế là cơ quan thường trực, tham mưu Ủy ban nhân dân tỉnh chỉ đạo phòng, chống dịch.")
            .0,
        ["advise", "direct"]
    );
}

/// A plural head before a noun of things names no body (a regulation's clause: `Các
/// tài liệu …`, `Các trường hợp bị thu hồi …`, `Mọi hành vi …`), unless a head follows
/// it (`Các bệnh viện …`, not `Các bệnh đường hô hấp`).
#[test]
fn a_plural_of_things_names_no_body() {
    let c = Classifier::new();
    let none = (Vec::<String>::new(), true);
    for body in [
        "Các tài liệu có liên quan, bao gồm: văn bản thỏa thuận, báo cáo đánh giá.",
        "Các trường hợp bị thu hồi khác theo quy định của pháp luật.",
        "Các khoản chi liên quan trực tiếp đến công tác tập huấn thực hiện theo quy định.",
        "Mọi hành vi vi phạm phải được xử lý nghiêm.",
        "Các bệnh đường hô hấp: theo dõi, báo cáo hằng tuần.",
    ] {
        assert_eq!(c.assignees(body), none, "{body}");
    }
    assert_eq!(
        c.assignees("Các bệnh viện tuyến tỉnh tổ chức thu dung, điều trị."),
        (vec!["Các bệnh viện tuyến tỉnh".to_string()], false)
    );
    assert_eq!(
        c.assignees("Các đơn vị sự nghiệp trực thuộc Sở và các bệnh viện tuyến tỉnh báo cáo."),
        (
            vec![
                "Các đơn vị sự nghiệp trực thuộc Sở".to_string(),
                "các bệnh viện tuyến tỉnh".into()
            ],
            false
        )
    );
}

/// The bodies worked with: after `phối hợp` by `với`/`cùng` or a body's head (past words
/// of manner), to the verb, the scope or the clause's end, split as assignees are; in the field of
/// them; none for a co-ordination described, `nhau`, a negated or cited cue.
#[test]
fn coordinators_are_the_bodies_named_after_phoi_hop_voi() {
    let c = Classifier::new();
    let table: &[(&str, &[&str])] = &[
        (
            "Sở Y tế chủ trì, phối hợp với Sở Tài chính, Sở Nội vụ và các cơ quan liên quan xây dựng kế hoạch tiêm chủng.",
            &["Sở Tài chính", "Sở Nội vụ", "các cơ quan liên quan"],
        ),
        (
            "Công an tỉnh phối hợp chặt chẽ với Bộ Chỉ huy Quân sự tỉnh trong công tác bảo đảm an ninh trật tự.",
            &["Bộ Chỉ huy Quân sự tỉnh"],
        ),
        (
            "Ban Tuyên giáo phối hợp chặt chẽ, thường xuyên với Ban Dân vận Tỉnh ủy tuyên truyền sâu rộng.",
            &["Ban Dân vận Tỉnh ủy"],
        ),
        (
            "Phối hợp cùng Ủy ban nhân dân các xã, thị trấn kiểm tra hiện trường.",
            &["Ủy ban nhân dân các xã, thị trấn"],
        ),
        (
            "Sở Công Thương chủ trì, phối hợp với các sở, ngành liên quan trong các quy định về an toàn thực phẩm.",
            &["các sở, ngành liên quan"],
        ),
        (
            "UBND huyện phối hợp với các doanh nghiệp trong khu công nghiệp để thu gom rác thải.",
            &["các doanh nghiệp trong khu công nghiệp"],
        ),
        (
            "Sở A phối hợp với Sở Tài chính lập dự toán; phối hợp với Sở Tài chính và Kho bạc Nhà nước tỉnh thanh toán.",
            &["Sở Tài chính", "Kho bạc Nhà nước tỉnh"],
        ),
        (
            "Sở Nội vụ chủ trì thực hiện. Cơ quan phối hợp: Sở Tư pháp, Sở Tài chính.",
            &["Sở Tư pháp", "Sở Tài chính"],
        ),
        (
            "Hội Phụ nữ tỉnh phối hợp cùng với Hội Nông dân tỉnh vận động hội viên.",
            &["Hội Nông dân tỉnh"],
        ),
        // A cue that ends with `với` or `cùng` names them right after it.
        (
            "Bộ Tài chính chủ trì cùng Bộ Xây dựng và các bộ, ngành liên quan rà soát, đánh giá đề xuất thưởng.",
            &["Bộ Xây dựng", "các bộ, ngành liên quan"],
        ),
        (
            "Sở Nội vụ chủ trì cùng với Sở Tài chính thẩm định đề án.",
            &["Sở Tài chính"],
        ),
        (
            "Các doanh nghiệp viễn thông cùng với Ủy ban nhân dân các xã tham gia đào tạo kỹ năng số.",
            &["Ủy ban nhân dân các xã"],
        ),
        // (`cùng với` before what is no body names none.)
        (
            "Xây dựng chính sách khuyến khích khởi nghiệp, cùng với chính sách hỗ trợ doanh nghiệp.",
            &[],
        ),
        // (The clause ends the name: `;`, or a note in brackets.)
        (
            "Sở Tư pháp phối hợp với Sở Nội vụ; các huyện tổ chức tuyên truyền.",
            &["Sở Nội vụ"],
        ),
        (
            "Phối hợp với Sở Y tế (cơ quan thường trực) kiểm tra.",
            &["Sở Y tế"],
        ),
        // (`và` before the verb that ends the name is no part of it.)
        (
            "Sở Công Thương phối hợp với các bộ, ngành và tổ chức thực hiện các giải pháp.",
            &["các bộ, ngành"],
        ),
        (
            "So Y te chu tri, phoi hop voi So Tai chinh xay dung ke hoach.",
            &["So Tai chinh"],
        ),
        // Bodies after a bare `các …` that end with `liên quan` are one entry; those
        // that do not, each one.
        (
            "Bộ Y tế chủ trì, phối hợp với các bộ, cơ quan liên quan xây dựng hướng dẫn.",
            &["các bộ, cơ quan liên quan"],
        ),
        (
            "Bộ Tư pháp phối hợp với các Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ rà soát văn bản.",
            &["các Bộ", "cơ quan ngang bộ", "cơ quan thuộc Chính phủ"],
        ),
        // A body right after `phối hợp` (past words of manner), known by its head; a
        // verb there names none, and `bộ` opens a name unless `đồng` went before it.
        (
            "Chủ trì, phối hợp Bộ Công an, Bộ Quốc phòng tham mưu Chính phủ sửa đổi quy chế.",
            &["Bộ Công an", "Bộ Quốc phòng"],
        ),
        (
            "Phối hợp chặt chẽ Sở Xây dựng và các đơn vị liên quan rà soát các công trình.",
            &["Sở Xây dựng", "các đơn vị liên quan"],
        ),
        (
            "Công an tỉnh phối hợp đồng bộ Ủy ban nhân dân các huyện lập chốt kiểm soát.",
            &["Ủy ban nhân dân các huyện"],
        ),
        (
            "Thanh tra tỉnh chủ động, phối hợp Sở Nội vụ có báo cáo kết quả thanh tra công vụ.",
            &["Sở Nội vụ"],
        ),
        (
            "Ban Quản lý dự án phối hợp với chủ đầu tư và nhà thầu thi công khắc phục các tồn tại.",
            &["chủ đầu tư", "nhà thầu thi công"],
        ),
        (
            "Các phòng chuyên môn phối hợp thực hiện các nội dung của kế hoạch.",
            &[],
        ),
        (
            "Tăng cường phối hợp các giải pháp tuyên truyền trên báo chí.",
            &[],
        ),
        (
            "Các ngành phối hợp đồng bộ, hiệu quả trong công tác phòng, chống dịch.",
            &[],
        ),
        // A co-ordination described, no body after `với`, a common noun, a negated cue.
        (
            "Tăng cường sự phối hợp giữa chính quyền với Mặt trận và các đoàn thể.",
            &[],
        ),
        ("Các đơn vị phối hợp với nhau chặt chẽ.", &[]),
        (
            "Bộ Công an phối hợp với cơ sở dữ liệu quốc gia về dân cư.",
            &[],
        ),
        (
            "Các đơn vị không phối hợp với Sở Y tế sẽ bị xử lý nghiêm.",
            &[],
        ),
        // A cue in a cited document's title.
        (
            "Triển khai Quyết định số 12/QĐ-UBND ngày 5/3/2024 về Quy chế phối hợp với Ban Quản lý các khu công nghiệp; báo cáo kết quả.",
            &[],
        ),
    ];
    for (body, want) in table {
        assert_eq!(c.coordinators(body), *want, "{body}");
    }
}

#[test]
fn actions_by_verbs_not_names_or_titles() {
    let c = Classifier::new();
    let a = |s: &str| c.actions(s).0;
    assert_eq!(
        a("Tiếp tục quán triệt và thực hiện nghiêm các văn bản chỉ đạo của Bộ Chính trị."),
        ["disseminate"]
    );
    assert_eq!(
        a("Thực hiện Chỉ thị số 05-CT/TW về tăng cường kiểm tra, giám sát."),
        Vec::<&str>::new()
    );
    // The cited title ends with its sentence: the next one asks anew.
    assert_eq!(
        a("Thực hiện Nghị quyết số 36-NQ/TW ngày 22/10/2018 về chiến lược phát triển bền vững kinh tế biển. Các sở phối hợp với Bộ đội Biên phòng kiểm tra tàu cá."),
        ["coordinate", "inspect"]
    );
    assert_eq!(
        a("Sở Thông tin và Truyền thông chủ trì, phối hợp xây dựng kế hoạch."),
        ["coordinate", "advise"]
    );
    assert_eq!(
        a("động viên, biểu dương, khen thưởng kịp thời"),
        ["commend"]
    );
    // Dropped diacritics (OCR) still match.
    assert_eq!(
        a("Ban Tuyen giao tham muu, theo doi va bao cao"),
        ["advise", "inspect", "report"]
    );
    assert_eq!(
        a("không để dịch lây lan; không chủ quan"),
        Vec::<&str>::new()
    );
}

#[test]
fn deadlines() {
    let c = Classifier::new();
    let d = |s: &str| c.deadline(s).map(|d| (d.date, d.every));
    assert_eq!(
        d("báo cáo trước ngày 30/6/2021."),
        Some((Some("2021-06-30".into()), None))
    );
    assert_eq!(
        d("chậm nhất ngày 15-8-2021"),
        Some((Some("2021-08-15".into()), None))
    );
    assert_eq!(
        d("hoàn thành trong tháng 8/2021"),
        Some((Some("2021-08-31".into()), None))
    );
    assert_eq!(
        d("trong quý I năm 2025"),
        Some((Some("2025-03-31".into()), None))
    );
    assert_eq!(
        d("định kỳ hàng tuần báo cáo"),
        Some((None, Some("week".into())))
    );
    assert_eq!(
        d("trước ngày 15 hằng tháng"),
        Some((None, Some("month".into())))
    );
    assert_eq!(d("từ 0 giờ ngày 19/5/2021 thực hiện"), None);
    assert_eq!(
        c.deadline("định kỳ hàng tuần báo cáo").unwrap().text,
        "định kỳ hàng tuần"
    );
}

#[test]
fn extra_cues_extend_the_lexicon_and_bad_files_are_errors() {
    let lex =
        TaskLexicon::parse(lexicon::BUILTIN_CUES, "action\tcue\ncontrol\tcấm biển\n").unwrap();
    let c = Classifier::with_lexicon(lex);
    assert_eq!(c.actions("thực hiện cấm biển từ 12 giờ").0, ["control"]);
    let err = TaskLexicon::parse(lexicon::BUILTIN_CUES, "action\tcue\nfly\tbay\n").unwrap_err();
    assert_eq!(
        err.to_string(),
        "task lexicon --lexicon, line 2: unknown action \"fly\""
    );
}

#[test]
fn load_dir_replaces_only_the_files_it_has() {
    let dir = std::env::temp_dir().join(format!("vanban-task-lex-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("urging.tsv"), "word\nKhẩn cấp\n").unwrap();
    let lex = TaskLexicon::load_dir(&dir, "").unwrap();
    let builtin = TaskLexicon::builtin();
    assert_eq!(lex.urging, ["khan cap "]);
    assert_eq!(lex.heads, builtin.heads);
    assert_eq!(lex.cues(), builtin.cues());
    // A file that is there but cannot be read as text is an error naming it.
    std::fs::write(dir.join("recurrence.tsv"), [0xff, 0xfe, 0x00]).unwrap();
    let err = TaskLexicon::load_dir(&dir, "").unwrap_err().to_string();
    assert!(
        err.starts_with("cannot read task lexicon") && err.contains("recurrence.tsv"),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn cue_file_is_valid() {
    let lex = TaskLexicon::builtin();
    let mut seen = std::collections::HashSet::new();
    for c in lex.cues() {
        assert!(
            seen.insert(vanban_lexicon::fold(&c.text)),
            "duplicate cue {}",
            c.text
        );
    }
    for a in ACTIONS {
        assert!(
            lex.cues()
                .iter()
                .any(|c| c.action.map(|i| ACTIONS[i]) == Some(a)),
            "no cue for {a}"
        );
    }
}

#[test]
fn a_rejected_match_does_not_hide_an_overlapping_one() {
    // `Khối đẩy mạnh` folds to `khoi day manh`; `khơi dậy` is rejected (other diacritics),
    // and `đẩy mạnh` must still end the name.
    let c = Classifier::new();
    assert_eq!(
        c.assignees("Ban Tuyên giáo Đảng ủy Khối đẩy mạnh tuyên truyền"),
        (vec!["Ban Tuyên giáo Đảng ủy Khối".to_string()], false)
    );
    assert_eq!(
        c.assignees("Ủy ban Kiểm tra Tỉnh ủy kiểm tra, giám sát"),
        (vec!["Ủy ban Kiểm tra Tỉnh ủy".to_string()], false)
    );
    assert_eq!(
        c.assignees("Sở Giáo dục và Đào tạo chủ trì"),
        (vec!["Sở Giáo dục và Đào tạo".to_string()], false)
    );
}

/// `collapse` decodes only the lead bytes that can start a space: it must split exactly
/// where `split_whitespace` does, on every kind of Unicode space and on Vietnamese
/// letters whose UTF-8 shares a lead byte with a space (`ế` is E1 BA BF, U+1680 is E1 9A
/// 80).
#[test]
fn collapse_splits_where_split_whitespace_does() {
    let reference = |s: &str| {
        s.split_whitespace()
            .map(|w| w.replace("**", ""))
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let pieces = [
        "Tiếp",
        "tục",
        " ",
        "\n",
        "\t",
        "\r\n",
        "\u{a0}",
        "\u{2003}",
        "\u{3000}",
        "\u{1680}",
        "\u{180e}",
        "\u{85}",
        "\u{b}",
        "\u{c}",
        "**Sở**",
        "**",
        "Ủy ban",
        "đẩy mạnh",
        "x",
        "\u{2028}",
        "\u{202f}",
        "\u{205f}",
        "€",
        "中",
        "😀",
        "ặ",
        "á",
    ];
    // Every string of up to three pieces, and a few long mixtures.
    let mut cases: Vec<String> = Vec::new();
    for a in pieces {
        for b in pieces {
            for c in pieces {
                cases.push(format!("{a}{b}{c}"));
            }
        }
    }
    cases.push(pieces.concat());
    cases.push(pieces.iter().rev().copied().collect());
    for s in &cases {
        assert_eq!(collapse(s), reference(s), "{s:?}");
    }
}

#[test]
fn folding_maps_each_folded_byte_back_to_the_printed_text() {
    // ASCII runs, two-byte and three-byte letters, a decomposed mark (dropped) and a
    // text that ends inside a non-ASCII run.
    let text = "Sở Y TẾ, UBND hue\u{0301} đ";
    let f = lexicon::Folded::new(text);
    assert_eq!(f.s, "so y te, ubnd hue d");
    assert_eq!(f.map.len(), f.s.len() + 1);
    assert_eq!(f.orig(f.s.len()), text.len());
    // Every folded byte points at the start of the printed character it came from.
    for (k, o) in (0..f.s.len()).map(|k| (k, f.orig(k))) {
        assert!(text.is_char_boundary(o), "byte {k} maps inside a character");
    }
    let at = |word: &str| f.orig(f.s.find(word).unwrap());
    assert_eq!(&text[at("te,")..], "TẾ, UBND hue\u{0301} đ");
    assert_eq!(&text[at("ubnd")..at("ubnd") + 4], "UBND");
    assert_eq!(&text[at(" d") + 1..], "đ");
    assert_eq!(
        f.index_of(text.find("UBND").unwrap()),
        f.s.find("ubnd").unwrap()
    );
}

#[test]
fn negation_is_read_in_any_case_from_the_words_before_a_cue() {
    assert!(negated("các đơn vị không "));
    assert!(negated("TUYỆT ĐỐI KHÔNG"));
    assert!(negated("Chưa"));
    assert!(negated("phòng, Chống"));
    assert!(!negated("khôngx "));
    assert!(!negated("đã "));
    assert!(!negated(""));
    assert!(ends_with_any_case("ĐẢNG", "đảng"));
    assert!(!ends_with_any_case("ng", "đảng"));
}

#[test]
fn collapse_keeps_words_and_one_space_between_them() {
    for (input, want) in [
        (
            "  Sở Y tế\n  chủ trì,\tphối hợp  ",
            "Sở Y tế chủ trì, phối hợp",
        ),
        ("a\u{a0}b\u{2003}c\u{3000}d\u{1680}e", "a b c d e"),
        // Vietnamese letters that share the 0xE1 lead byte, dashes and quotes that share
        // 0xE2, a degree sign that shares 0xC2: not spaces.
        ("Tiếp tục – “đẩy mạnh” 30°C", "Tiếp tục – “đẩy mạnh” 30°C"),
        ("**Sở** Y **tế**\nchủ trì", "Sở Y tế chủ trì"),
        ("** Sở **\n**", "Sở"),
        // An italic's marks go from a word's ends; a footnote's mark stays.
        (
            "*Phòng chống bệnh đường ruột* - Tăng cường truyền thông",
            "Phòng chống bệnh đường ruột - Tăng cường truyền thông",
        ),
        ("*Sở\nTư pháp*: chủ trì", "Sở Tư pháp: chủ trì"),
        ("ruột*, và *(tên)*", "ruột, và (tên)"),
        ("(*) Ghi chú; 2*3 = 6", "(*) Ghi chú; 2*3 = 6"),
        (
            "đồng/năm.* *- Thuê dịch vụ; * Công bố",
            "đồng/năm. - Thuê dịch vụ; * Công bố",
        ),
        ("triển khai dự án. *\n*", "triển khai dự án."),
        ("", ""),
        (" \n\t ", ""),
    ] {
        assert_eq!(collapse(input), want, "{input:?}");
    }
}

#[test]
fn find_near_start_finds_what_str_find_finds() {
    let hay = "Ban Tuyên giáo Tỉnh ủy, Tỉnh đoàn, Ủy ban Mặt trận Tổ quốc tỉnh chủ trì";
    for needle in [
        "Tỉnh ủy",
        "Tỉnh đoàn",
        "Ủy ban Mặt trận Tổ quốc tỉnh",
        "ủy",
        "chủ trì",
        "trì",
        "Sở Y tế",
        "",
        "Ban Tuyên giáo Tỉnh ủy, Tỉnh đoàn, Ủy ban Mặt trận Tổ quốc tỉnh chủ trì và",
    ] {
        let expected = if needle.is_empty() {
            None
        } else {
            hay.find(needle)
        };
        assert_eq!(super::find_near_start(hay, needle), expected, "{needle:?}");
    }
}

#[test]
fn a_span_is_its_pattern_in_any_case_in_either_tone_spelling_or_without_marks() {
    use super::lexicon::{canon, same_or_undiacritized as same};
    let cases = [
        // (span as printed, pattern, same word?)
        ("tổ chức", "tổ chức", true),
        ("Tổ Chức", "tổ chức", true),
        ("TỔ CHỨC", "tổ chức", true),
        ("to chuc", "tổ chức", true),
        ("TO CHUC", "tổ chức", true),
        ("hoà giải", "hòa giải", true),
        ("HOÀ GIẢI", "hòa giải", true),
        ("Uỷ ban", "ủy ban", true),
        // Another word that folds the same.
        ("cán", "cần", false),
        ("Cán", "cần", false),
        ("tờ chúc", "tổ chức", false),
        // Some marks but not all: not an OCR loss, another spelling.
        ("tổ chuc", "tổ chức", false),
        ("đon", "đơn", false),
        ("don", "đơn", true),
    ];
    for (span, pattern, expected) in cases {
        assert_eq!(
            same(span, &canon(pattern)),
            expected,
            "{span:?} vs {pattern:?}"
        );
    }
}

#[test]
fn canon_moves_the_old_tone_to_the_main_vowel() {
    use super::lexicon::canon;
    for (printed, expected) in [
        ("Hoà Bình", "hòa bình"),
        ("HOÁ CHẤT", "hóa chất"),
        ("khoẻ", "khỏe"),
        ("Uỷ ban", "ủy ban"),
        ("tuỳ", "tùy"),
        ("thuỵ", "thụy"),
        ("hòa", "hòa"),
        ("ooà uuỷ", "oòa uủy"),
        ("hoa", "hoa"),
        ("Quản lý", "quản lý"),
    ] {
        assert_eq!(canon(printed), expected, "{printed:?}");
    }
}

use vanban_segment::test_support::xorshift as pseudo_random;

/// The one overlapping scan of an item must find, for each set of patterns, what a
/// leftmost-longest automaton of that set alone finds, accepted or rejected match by
/// match: texts made of the lexicon's own patterns (overlapping, nested, repeated),
/// with an accept rule that rejects some matches.
#[test]
fn one_scan_finds_what_an_automaton_per_set_finds() {
    use aho_corasick::{AhoCorasick, Input, MatchKind};
    let lex = TaskLexicon::builtin();
    let mut next = pseudo_random(0x2545_f491_4f6c_dd1du64);
    let fillers = ["", " ", "  ", "a", "x ", "th", ", ", "ng "];
    for set in [Set::Cues, Set::Stops, Set::Recurrence] {
        let ids = lex.set(set);
        let alone = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&lex.patterns[ids.clone()])
            .unwrap();
        for _ in 0..400 {
            let mut text = String::new();
            for _ in 0..1 + next(12) {
                text.push_str(fillers[next(fillers.len())]);
                let p = &lex.patterns[next(lex.patterns.len())];
                // Whole patterns, and pieces of them (prefixes and suffixes).
                let cut = next(p.len() + 1);
                match next(3) {
                    0 => text.push_str(p),
                    1 if p.is_char_boundary(cut) => text.push_str(&p[..cut]),
                    _ if p.is_char_boundary(cut) => text.push_str(&p[cut..]),
                    _ => text.push_str(p),
                }
            }
            let folded = lexicon::Folded::scanned(&text, &lex);
            assert_eq!(folded.s, text, "patterns and fillers are folded already");
            let reject = |start: usize| start % 3 == 1;
            let range = next(text.len() / 2 + 1)..text.len();
            let found: Vec<(usize, usize, usize)> =
                lexicon::find_accepted(&folded, ids.clone(), range.clone(), |m| !reject(m.start))
                    .map(|m| (m.start, m.end, m.pattern))
                    .collect();
            // The same walk with the set's own automaton.
            let mut expected = Vec::new();
            let mut pos = range.start;
            while pos < range.end {
                let Some(m) = alone.find(Input::new(&text).range(pos..range.end)) else {
                    break;
                };
                if reject(m.start()) {
                    pos = m.start() + text[m.start()..].chars().next().map_or(1, char::len_utf8);
                } else {
                    expected.push((m.start(), m.end(), ids.start + m.pattern().as_usize()));
                    pos = m.end().max(m.start() + 1);
                }
            }
            assert_eq!(found, expected, "{set:?} in {text:?} from {}", range.start);
        }
    }
}

/// The cited type words taken from the item's one scan are those a case-sensitive
/// automaton of the printed words finds, one after another: random texts of the words
/// in several spellings (capitals, lower case, no diacritics, glued to others).
#[test]
fn cited_type_words_from_the_scan_are_those_printed() {
    use lexicon::CITED_TYPES;
    let lex = TaskLexicon::builtin();
    let classifier = Classifier::new();
    let printed = aho_corasick::AhoCorasick::new(CITED_TYPES).unwrap();
    let mut next = pseudo_random(0x9e37_79b9_7f4a_7c15u64);
    let fillers = ["", " ", "số 12/CT-TW ", "Công ", "x", ", về ", "\n", "Đ"];
    for _ in 0..600 {
        let mut text = String::new();
        for _ in 0..1 + next(10) {
            text.push_str(fillers[next(fillers.len())]);
            let w = CITED_TYPES[next(CITED_TYPES.len())];
            match next(4) {
                0 => text.push_str(&w.to_uppercase()),
                1 => text.push_str(&w.to_lowercase()),
                2 => text.push_str(&vanban_lexicon::fold(w)),
                _ => text.push_str(w),
            }
        }
        let folded = lexicon::Folded::scanned(&text, &lex);
        let from_scan = classifier.cited_type_words(&text, &folded);
        let expected: Vec<(usize, usize)> = printed
            .find_iter(&text)
            .map(|m| (m.start(), m.end()))
            .collect();
        assert_eq!(from_scan, expected, "{text:?}");
    }
}

#[test]
fn a_name_ends_at_its_verb_with_the_marks_of_one_word_lost() {
    // CĐ 19/CĐ-TTg as scanned: `2. Bộ Công an chủ tri, phối hợp với các bộ, cơ quan liên
    // quan` (the grave of `trì` lost): the name is `Bộ Công an`.
    let c = Classifier::new();
    let a = |s: &str| c.assignees(s).0;
    assert_eq!(
        a("Bộ Công an chủ tri, phối hợp với các bộ, cơ quan liên quan"),
        ["Bộ Công an"]
    );
    use super::lexicon::{canon, same_or_undiacritized_words as words};
    // Word by word (of spans that fold like the pattern): each word with its marks or
    // with none; not another word's marks.
    assert!(words("chủ tri", &canon("chủ trì")));
    assert!(words("chu trì", &canon("chủ trì")));
    assert!(words("CHỦ TRI", &canon("chủ trì")));
    assert!(!words("chủ trí", &canon("chủ trì")));
    assert!(!words("chú tri", &canon("chủ trì")));
}

#[test]
fn a_ministrys_units_in_lower_case_and_investing_bodies_are_read_whole() {
    let c = Classifier::new();
    let a = |s: &str| c.assignees(s).0;
    // `các vụ, cục thuộc Bộ`: the ministry's units, one entry.
    assert_eq!(
        a(
            "Chánh Văn phòng Bộ, Thủ trưởng các vụ, cục thuộc Bộ, các thành viên Ban Chỉ đạo \
           chịu trách nhiệm thi hành Quyết định này."
        ),
        [
            "Chánh Văn phòng Bộ",
            "Thủ trưởng các vụ, cục thuộc Bộ",
            "các thành viên Ban Chỉ đạo"
        ]
    );
    // … but a capitalized `Cục` after them is a body of its own.
    assert_eq!(
        a("Thủ trưởng các vụ, Cục Quản lý môi trường y tế tổ chức thực hiện."),
        ["Thủ trưởng các vụ", "Cục Quản lý môi trường y tế"]
    );
    // `đầu tư` is the verb that ends the name …
    assert_eq!(
        a("Sở Tài nguyên và Môi trường đầu tư, mua sắm phương tiện thu gom rác thải."),
        ["Sở Tài nguyên và Môi trường"]
    );
    // … except inside a name or a noun (`Ban Quản lý dự án đầu tư xây dựng`, `chủ đầu tư`).
    assert_eq!(
        a("Ban Quản lý dự án đầu tư xây dựng tỉnh khẩn trương hoàn thành hồ sơ."),
        ["Ban Quản lý dự án đầu tư xây dựng tỉnh"]
    );
    assert_eq!(
        a("Các chủ đầu tư lập kế hoạch giải ngân chi tiết đến từng dự án."),
        ["Các chủ đầu tư"]
    );
    // A word of tense before the verb is no part of the name; `Đà` of a name is no `đã`.
    assert_eq!(
        a("Các hộ kinh doanh đang sử dụng hóa đơn điện tử thực hiện kê khai theo quy định."),
        ["Các hộ kinh doanh"]
    );
    assert_eq!(
        a("Tổng công ty Sông Đà chủ trì triển khai dự án."),
        ["Tổng công ty Sông Đà"]
    );
    // `trình bày` is a verb that ends a name.
    assert_eq!(
        a("Đảng viên vi phạm trình bày bản tự kiểm điểm trước chi bộ."),
        ["Đảng viên vi phạm"]
    );
    // `công lập` is no verb `lập`; deputies and their groups are bodies of their own.
    assert_eq!(
        a("Thủ trưởng các đơn vị sự nghiệp công lập thuộc Sở và Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm thi hành Quyết định này."),
        ["Thủ trưởng các đơn vị sự nghiệp công lập thuộc Sở", "Chủ tịch Ủy ban nhân dân các xã"]
    );
    assert_eq!(
        a("Thường trực Hội đồng nhân dân, các Ban, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết."),
        ["Thường trực Hội đồng nhân dân", "các Ban", "các Tổ đại biểu", "đại biểu Hội đồng nhân dân tỉnh"]
    );
    // Bodies named by a passive clause of assignment, up to their verb of duty.
    assert_eq!(
        a("Các đơn vị được giao chủ trì xây dựng đề án có trách nhiệm báo cáo tiến độ hằng quý."),
        ["Các đơn vị được giao chủ trì xây dựng đề án"]
    );
    assert_eq!(
        a("Các cơ quan được phân công nhiệm vụ tại Phụ lục chịu trách nhiệm tổ chức thực hiện."),
        ["Các cơ quan được phân công nhiệm vụ tại Phụ lục"]
    );
    // (No verb of duty in the clause: the name ends at `được giao`.)
    assert_eq!(
        a("Các đơn vị được giao nhiệm vụ triển khai ngay; báo cáo kết quả trong tháng."),
        ["Các đơn vị"]
    );
    // (`Người` alone keeps the clause's verbs as the task's: the duty after them, often
    // no cue, would leave the task without an action.)
    assert_eq!(
        c.actions("Người được giao theo dõi hồ sơ có trách nhiệm lưu giữ đầy đủ tài liệu.")
            .0,
        ["inspect"]
    );
    // Investors, contractors, forest owners and schools are bodies told to act.
    assert_eq!(
        a("Chủ đầu tư các dự án giao thông khẩn trương bàn giao mặt bằng."),
        ["Chủ đầu tư các dự án giao thông"]
    );
    assert_eq!(
        a("Chủ rừng tổ chức tuần tra, canh gác lửa rừng."),
        ["Chủ rừng"]
    );
    assert_eq!(
        a("Nhà thầu thi công bố trí biển báo tại công trường."),
        ["Nhà thầu thi công"]
    );
}

#[test]
fn a_bold_title_broken_over_lines_is_the_whole_title() {
    // KH 144/KH-UBND (a web copy): `**3. Sở` / `Nông nghiệp và Môi trường**` / (blank) /
    // the duties; the item's label took the opening marks.
    let c = Classifier::new();
    let body = "Chủ trì triển khai các nhiệm vụ\ntại mục (IV) (1) của Kế hoạch.";
    assert_eq!(
        c.join_title_line(&format!("Sở\nNông nghiệp và Môi trường**\n\n{body}")),
        "Sở Nông nghiệp và Môi trường: Chủ trì triển khai các nhiệm vụ tại mục (IV) (1) của Kế hoạch."
    );
    assert_eq!(
        c.join_title_line(&format!(
            "Mặt trận\nTổ quốc tỉnh và các tổ chức chính trị - xã hội**\n\n{body}"
        )),
        format!(
            "Mặt trận Tổ quốc tỉnh và các tổ chức chính trị - xã hội: {}",
            collapse(body)
        )
    );
    // Its own colon is kept once (KH 129/KH-UBND: `**6. Sở` / `Tài chính:**`).
    assert_eq!(
        c.join_title_line(&format!("Sở\nTài chính:**\n\n{body}")),
        format!("Sở Tài chính: {}", collapse(body))
    );
    // Three lines at most.
    assert_eq!(
        c.join_title_line(&format!("Sở Văn\nhoá, Thể thao\nvà Du lịch**\n{body}")),
        format!("Sở Văn hoá, Thể thao và Du lịch: {}", collapse(body))
    );
    let four = format!("Sở\nVăn\nhoá, Thể thao\nvà Du lịch**\n{body}");
    assert!(
        !c.join_title_line(&four).contains("Du lịch:"),
        "{}",
        c.join_title_line(&four)
    );
    // … and a bold run that is no title makes none of its first line either.
    let list = format!("Sở Y tế\nSở Tài chính\nSở Nội vụ\nSở Xây dựng**\n\n{body}");
    assert_eq!(c.join_title_line(&list), collapse(&list));
    // The duties may follow on the marks' line.
    let inline = format!("Sở\nNông nghiệp và Môi trường** {body}");
    assert_eq!(
        c.join_title_line(&inline),
        format!("Sở Nông nghiệp và Môi trường: {}", collapse(body))
    );
    // A bold run set apart by a blank line is no title: the first line stands alone.
    let apart = format!("Sở Y tế\n\nChủ trì kiểm tra**\n{body}");
    assert!(c
        .join_title_line(&apart)
        .starts_with("Sở Y tế: Chủ trì kiểm tra"));
    // A bold title that names no body (a regulation's content heading) is no title
    // of names, and its first line is no title either.
    let topic = format!("Các vấn đề về bảo vệ tài nguyên,\nmôi trường**\n\n{body}");
    assert_eq!(c.join_title_line(&topic), collapse(&topic));
    // A title goes on into the duties in lower case, or names a body and more: no
    // title of names.
    let going_on = format!("Ủy ban nhân dân\ncác xã, phường**\n\ncăn cứ chức năng,\n{body}");
    assert_eq!(c.join_title_line(&going_on), collapse(&going_on));
    let more = format!("Sở Tài chính chủ trì\nvà hướng dẫn**\n\n{body}");
    assert_eq!(c.join_title_line(&more), collapse(&more));
    // Marks that open a bold run on the next line end no title.
    assert!(c
        .join_title_line(&format!("Sở Y tế\n**Chủ trì** kiểm tra,\n{body}"))
        .starts_with("Sở Y tế: Chủ trì kiểm tra"));
    // A request names its body after `Đề nghị` (KH 165/KH-UBND: `**7. Đề nghị Ủy` /
    // `ban Mặt trận Tổ quốc Việt Nam thành phố**`); a request of no body is no title.
    assert_eq!(
        c.join_title_line(&format!(
            "Đề nghị Ủy\nban Mặt trận Tổ quốc Việt Nam thành phố**\n\n{body}"
        )),
        format!(
            "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố: {}",
            collapse(body)
        )
    );
    let request = format!("Đề nghị các\nnội dung sau**\n\n{body}");
    assert_eq!(c.join_title_line(&request), collapse(&request));
    // Without marks, a title broken over lines is set apart by a blank line (KH
    // 624/KH-UBND: `4. Sở Tài` / `chính` / (blank) / `Chủ trì, phối hợp …`), in
    // italics too (KH 182/KH-UBND: `*Sở` / `Tư pháp*`).
    assert_eq!(
        c.join_title_line(&format!("Sở Tài\nchính\n\n{body}")),
        format!("Sở Tài chính: {}", collapse(body))
    );
    assert_eq!(
        c.join_title_line(&format!("*Sở\nTư pháp*\n\n{body}")),
        format!("Sở Tư pháp: {}", collapse(body))
    );
    // A paragraph that is a sentence is no title (CV 5826: `Trường hợp doanh nghiệp
    // nhập khẩu …` / `… tại chỗ.` / (blank) / `Các quy định …`).
    let sentence = format!("Sở Tài chính đã thẩm định\ndự toán.\n\n{body}");
    assert_eq!(c.join_title_line(&sentence), collapse(&sentence));
    // Where the paragraph is no title, its first line may still be one.
    let first_only = format!("Sở Y tế\nChủ trì kiểm tra,\nbáo cáo.\n\n{body}");
    assert!(c
        .join_title_line(&first_only)
        .starts_with("Sở Y tế: Chủ trì kiểm tra"));
    // A title of one line keeps the rule of one line.
    assert_eq!(
        c.join_title_line(&format!("Sở Y tế**\n\n{body}")),
        format!("Sở Y tế: {}", collapse(body))
    );
}

#[test]
fn a_title_over_duties_in_bullets_is_a_title() {
    // CT 6/CT-UBND: `3. Sở Tài chính` / (blank) / `- Trên cơ sở chức năng nhiệm` / `vụ,
    // chủ trì, …`; KH 160/KH-UBND: `**4. Ủy ban nhân dân cấp xã**` / (blank) / `- Phê
    // duyệt kế hoạch giám sát,` …: the name ends at the title, not at the bullet's words.
    let c = Classifier::new();
    let duties = "- Trên cơ sở chức năng nhiệm\nvụ, chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tham mưu Ủy ban nhân\ndân tỉnh bố trí kinh phí.";
    assert_eq!(
        c.join_title_line(&format!("Sở Tài chính\n\n{duties}")),
        format!("Sở Tài chính: {}", collapse(duties))
    );
    let bold = "Ủy ban nhân dân cấp xã**\n\n- Phê duyệt kế hoạch giám sát,\nđánh giá.";
    assert_eq!(
        c.join_title_line(bold),
        "Ủy ban nhân dân cấp xã: - Phê duyệt kế hoạch giám sát, đánh giá."
    );
    // A bullet of words going on is no duty opening.
    let going_on = "Sở Tài chính\n- và các đơn vị có liên quan bố trí kinh phí.";
    assert_eq!(c.join_title_line(going_on), collapse(going_on));
    // A topic over bullets is no body, though it opens with the office's word (KH
    // 130/KH-UBND: `*Phòng chống bệnh đường ruột*` / `- Tăng cường truyền thông …`).
    for topic in [
        "Phòng chống bệnh đường ruột",
        "Phòng, chống dịch",
        "Phòng ngừa sạt lở",
    ] {
        assert!(!c.lex.starts_with_head(topic), "{topic}");
    }
    assert!(c.lex.starts_with_head("Phòng Tài chính - Kế hoạch"));
    let topic = "Phòng chống bệnh đường ruột\n- Tăng cường truyền thông vệ sinh ăn uống.";
    assert_eq!(c.join_title_line(topic), collapse(topic));
}

#[test]
fn a_name_that_goes_on_over_the_next_line_is_no_title() {
    // Web copies break a paragraph's first line short (NQ 380/NQ-CP: `d) Ủy ban nhân dân
    // thành phố Hà` / `Nội, thành phố Hồ Chí Minh, …`; KH 125/KH-UBND: `Sở Văn hóa, Thể
    // thao và` / `Du lịch: Tiếp tục …`): a few words and a comma or a colon go on with
    // the name.
    let c = Classifier::new();
    for text in [
        "Ủy ban nhân dân thành phố Hà\nNội, thành phố Hồ Chí Minh trực tiếp hỗ trợ.",
        "Sở Văn hóa, Thể thao và\nDu lịch: Tiếp tục chỉ đạo các cơ quan truyền thông.",
        // (A long line broken before the last name's last words, its verb after them.)
        "Ủy ban nhân dân huyện, Ủy ban Kiểm tra Huyện ủy và Ban Tuyên giáo\nHuyện ủy huy \
         động các nguồn lực đầu tư kết cấu hạ tầng nông thôn.",
        // (NQ 380/NQ-CP, II.3.e: a name, then `và` and the last.)
        "Liên minh Hợp tác xã Việt\nNam và Liên minh Hợp tác xã cấp tỉnh rà soát, nghiên cứu \
         phương án khoanh nợ.",
    ] {
        assert_eq!(c.join_title_line(text), collapse(text));
    }
    // Duties that open with a verb, or with many words before their comma, or with
    // none, follow a title.
    for duties in [
        "Tham mưu, đề xuất giải pháp.",
        "Chủ trì, phối hợp với các sở.",
        "- Chủ trì, phối hợp với các sở.",
        "Trên cơ sở chức năng nhiệm vụ, chủ trì kiểm tra.",
        "Cơ quan đăng ký đầu tư có trách nhiệm lấy ý kiến.",
        "Kho bạc chủ động bố trí vốn.",
    ] {
        assert_eq!(
            c.join_title_line(&format!("Sở Y tế\n{duties}")),
            format!("Sở Y tế: {duties}")
        );
    }
    // After a long title, three words before the verb are the duty's own subject.
    let long = "Ủy ban nhân dân các xã, phường và Ủy ban Mặt trận Tổ quốc xã";
    assert_eq!(
        c.join_title_line(&format!("{long}\nTrạm y tế chủ động bố trí thuốc.")),
        format!("{long}: Trạm y tế chủ động bố trí thuốc.")
    );
    // … typed without diacritics too.
    assert_eq!(
        c.join_title_line("So Y te\nChu tri, phoi hop voi cac so."),
        "So Y te: Chu tri, phoi hop voi cac so."
    );
}

#[test]
fn a_first_line_broken_at_the_page_width_is_no_title() {
    let c = Classifier::new();
    // A title line of its own: short, or in bold, before duties wrapped at the width.
    let body = "Chủ trì, phối hợp với các sở, ngành liên quan tổ chức kiểm tra việc\n\
                thực hiện các biện pháp phòng, chống dịch bệnh trên địa bàn tỉnh; báo\n\
                cáo kết quả về Ủy ban nhân dân tỉnh.";
    assert_eq!(
        c.join_title_line(&format!("Sở Y tế\n{body}")),
        format!("Sở Y tế: {}", collapse(body))
    );
    let bold = "Đài Phát thanh và Truyền hình tỉnh, Báo Đồng Tháp, Cổng thông tin tỉnh**";
    assert!(c
        .join_title_line(&format!("{bold}\n{body}"))
        .starts_with("Đài Phát thanh và Truyền hình tỉnh, Báo Đồng Tháp, Cổng thông tin tỉnh:"));
    // A name cut where the scan broke the line goes on without a colon.
    let wrapped = "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Quảng Bình đến\n\
                   Phú Yên trực tiếp chỉ đạo theo dõi chặt chẽ diễn biến của bão;\n\
                   kiên quyết kiểm soát, không để tàu thuyền ra khơi khi không bảo đảm an\n\
                   toàn.";
    assert_eq!(c.join_title_line(wrapped), collapse(wrapped));
    // … unless a blank line sets it apart: a paragraph of its own.
    let apart = wrapped.replacen('\n', "\n\n", 1);
    assert!(c.join_title_line(&apart).contains("đến: Phú Yên"));
    // An article's first line, broken at the width, is no title either (`Điều 3.
    // Chánh Văn phòng …, Giám đốc Sở` / `Nông nghiệp và …`); a short one is.
    let article = "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở\n\
                   Nông nghiệp và Phát triển nông thôn và các thành viên Đoàn\n\
                   kiểm tra chịu trách nhiệm thi hành Quyết định này.";
    assert_eq!(strip_article_title(article), collapse(article));
    let titled = format!("Trách nhiệm thi hành\n{}", article.replacen('\n', " ", 1));
    assert_eq!(
        strip_article_title(&titled),
        collapse(&article.replacen('\n', " ", 1))
    );
}

#[test]
fn assignees_typed_without_diacritics() {
    let c = Classifier::new();
    let a = |s: &str| c.assignees(s).0;
    // `va` is `và`; `Moi truong` and `Bao ve` are no body's heads (`mọi`, `báo`), `can`
    // in `Ban can su dang`
    // is no `cần`, `lam` in `Kiem lam` no `làm`.
    assert_eq!(
        a("So Tai nguyen va Moi truong chu tri, phoi hop voi cac dia phuong."),
        vec!["So Tai nguyen va Moi truong"]
    );
    assert_eq!(
        a("Uy ban Mat tran To quoc Viet Nam tinh va cac doan the chinh tri - xa hoi tinh tuyen truyen."),
        vec![
            "Uy ban Mat tran To quoc Viet Nam tinh",
            "cac doan the chinh tri - xa hoi tinh"
        ]
    );
    assert_eq!(
        a("Ban can su dang Uy ban nhan dan tinh lanh dao Uy ban nhan dan tinh."),
        vec!["Ban can su dang Uy ban nhan dan tinh"]
    );
    assert_eq!(
        a("Hat Kiem lam huyen kiem tra cac khu rung."),
        vec!["Hat Kiem lam huyen"]
    );
    // `De nghi` asks as `Đề nghị` does; a leading phrase of time goes too.
    assert_eq!(
        a("De nghi cac chi bo bao cao nhanh tinh hinh thiet hai ve Dang uy."),
        vec!["cac chi bo"]
    );
    assert_eq!(
        a("Hang nam, Van phong Tinh uy tong hop ket qua."),
        vec!["Van phong Tinh uy"]
    );
    assert_eq!(
        a("Chi cuc Trong trot va Bao ve thuc vat huong dan nong dan phong tru sau benh."),
        vec!["Chi cuc Trong trot va Bao ve thuc vat"]
    );
    // With diacritics as before.
    assert_eq!(
        a("Sở Tài nguyên và Môi trường chủ trì, phối hợp với các địa phương."),
        vec!["Sở Tài nguyên và Môi trường"]
    );
}

/// `Căn cứ Kế hoạch này, …`: the bodies after a ground are the item's (KH 556, 182 of
/// 2025), when a body's name follows, capitalized or plural; a case or a common noun
/// after it (`trường hợp Công ty …`, `cơ quan tham mưu …`) names no one.
#[test]
fn names_after_a_ground_are_the_items() {
    let c = Classifier::new();
    let a = |s: &str| c.assignees(s);
    assert_eq!(
        a("Căn cứ Kế hoạch này, các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các xã, phường xây dựng kế hoạch thực hiện."),
        (
            vec![
                "các sở, ban, ngành cấp tỉnh".to_string(),
                "Ủy ban nhân dân các xã, phường".into()
            ],
            false
        )
    );
    assert_eq!(
        a("Căn cứ kế hoạch bồi dưỡng đã được phê duyệt, Trung tâm thông báo chiêu sinh."),
        (vec!["Trung tâm".to_string()], false)
    );
    assert_eq!(
        a("Căn cứ quy định nêu trên, trường hợp Công ty sản xuất 100 đôi giày, kiểm tra lại hồ sơ."),
        (vec![], true)
    );
    assert_eq!(
        a("Căn cứ vào quyết định kỷ luật, cơ quan tham mưu thực hiện việc lưu hồ sơ."),
        (vec![], true)
    );
}

#[test]
fn a_name_ends_at_a_verb_of_deciding_approving_or_keeping() {
    let c = Classifier::new();
    let a = |s: &str| c.assignees(s).0;
    // Regulations' articles: who decides, approves, appraises, appoints (QĐ 31/2025,
    // NQ 37/2025, TT 23/2025/TT-BTP, NĐ 172/2025 as published).
    assert_eq!(
        a("Ủy ban nhân dân tỉnh quyết định việc phê duyệt dự toán."),
        ["Ủy ban nhân dân tỉnh"]
    );
    assert_eq!(
        a("Các Sở, ban, ngành cấp tỉnh phê duyệt đối với nhiệm vụ thuộc phạm vi quản lý."),
        ["Các Sở, ban, ngành cấp tỉnh"]
    );
    assert_eq!(
        a("Sở Tài chính thẩm định hồ sơ đề nghị hỗ trợ."),
        ["Sở Tài chính"]
    );
    assert_eq!(
        a("Chủ tịch Ủy ban nhân dân tỉnh bổ nhiệm, bổ nhiệm lại, miễn nhiệm công chứng viên."),
        ["Chủ tịch Ủy ban nhân dân tỉnh"]
    );
    assert_eq!(
        a("UBND cấp xã chấp thuận thiết kế nút giao đấu nối đối với các tuyến đường."),
        ["UBND cấp xã"]
    );
    assert_eq!(
        a("Cơ quan có thẩm quyền quản lý công chức lưu giữ hồ sơ công chức bị kỷ luật."),
        ["Cơ quan có thẩm quyền quản lý công chức"]
    );
    assert_eq!(
        a("Ủy ban Mặt trận Tổ quốc Việt Nam các cấp thành phố Hà Nội tham gia giám sát."),
        ["Ủy ban Mặt trận Tổ quốc Việt Nam các cấp thành phố Hà Nội"]
    );
    assert_eq!(
        a("Bộ trưởng Bộ Nội vụ thừa ủy quyền Thủ tướng Chính phủ thay mặt Chính phủ ký."),
        ["Bộ trưởng Bộ Nội vụ"]
    );
    assert_eq!(
        a("Cơ quan thuế có văn bản yêu cầu tổ chức giải trình."),
        ["Cơ quan thuế"]
    );
    assert_eq!(
        a("Người đứng đầu cơ quan ra quyết định hủy bỏ quyết định tạm đình chỉ."),
        ["Người đứng đầu cơ quan"]
    );
    // Articles that state a body's functions, powers and standing (QĐ 383-QĐ/TW, QĐ
    // 2979/QĐ-UBND), and a purpose (`để`, NĐ 308/2025/NĐ-CP).
    assert_eq!(
        a("Văn phòng Tỉnh ủy có chức năng tham mưu, giúp việc Ban Thường vụ."),
        ["Văn phòng Tỉnh ủy"]
    );
    assert_eq!(
        a("Sở Tư pháp có tư cách pháp nhân, có con dấu và tài khoản riêng."),
        ["Sở Tư pháp"]
    );
    assert_eq!(
        a("Cơ quan, tổ chức, cá nhân có quyền khai thác tài liệu lưu trữ."),
        ["Cơ quan, tổ chức, cá nhân"]
    );
    assert_eq!(
        a("Sở Văn hóa, Thể thao và Du lịch ở địa phương để bảo đảm tiến độ báo cáo."),
        ["Sở Văn hóa, Thể thao và Du lịch ở địa phương"]
    );
    // … but not where the verb is part of the name: the competent body of a power, the
    // lead agency, the council that appraises.
    assert_eq!(
        a("Cơ quan có thẩm quyền bổ nhiệm phải báo cáo cơ quan cấp trên."),
        ["Cơ quan có thẩm quyền bổ nhiệm"]
    );
    assert_eq!(
        a("Cơ quan chủ trì giải quyết thủ tục đầu tư dự án có trách nhiệm tổng hợp ý kiến."),
        ["Cơ quan chủ trì giải quyết thủ tục đầu tư dự án"]
    );
    // (`đang`, is being, does not end one: typed without diacritics it is `Đảng`.)
    assert_eq!(
        a("Dang uy Khoi doanh nghiep tinh lanh dao thuc hien."),
        ["Dang uy Khoi doanh nghiep tinh"]
    );
    assert_eq!(
        a("Hội đồng thẩm định cấp tỉnh tổ chức thẩm định hồ sơ."),
        ["Hội đồng thẩm định cấp tỉnh"]
    );
    assert_eq!(
        a("Các đơn vị chủ trì soạn thảo có trách nhiệm tiếp thu ý kiến."),
        ["Các đơn vị chủ trì soạn thảo"]
    );
    assert_eq!(
        a("Người có thẩm quyền quyết định chủ trương chịu trách nhiệm về quyết định của mình."),
        ["Người có thẩm quyền quyết định chủ trương"]
    );
    assert_eq!(
        a("Cơ quan có thẩm quyền phê duyệt dự án có trách nhiệm kiểm tra."),
        ["Cơ quan có thẩm quyền phê duyệt dự án"]
    );
    assert_eq!(
        a("Cơ quan có thẩm quyền thẩm định hồ sơ có trách nhiệm trả lời."),
        ["Cơ quan có thẩm quyền thẩm định hồ sơ"]
    );
}

#[test]
fn the_body_after_a_leading_condition_is_the_assignee() {
    let c = Classifier::new();
    let a = |s: &str| c.assignees(s);
    // NĐ 172/2025/NĐ-CP, Điều 17.1.a: the body after the condition's `thì`.
    assert_eq!(
        a(
            "Trường hợp người bị kiểm điểm là công chức không giữ chức vụ lãnh đạo, quản lý thì \
           người đứng đầu cơ quan, tổ chức, đơn vị tổ chức cuộc họp kiểm điểm."
        ),
        (
            vec!["người đứng đầu cơ quan, tổ chức, đơn vị".to_string()],
            false
        )
    );
    // CT 10/CT-UBND, 3.d: after the comma that ends the condition, not the first one.
    assert_eq!(
        a(
            "Trường hợp các đơn vị được phối hợp giải quyết thủ tục đầu tư có ý kiến khác nhau, \
           cơ quan chủ trì có trách nhiệm phối hợp với các đơn vị liên quan."
        ),
        (vec!["cơ quan chủ trì".to_string()], false)
    );
    assert_eq!(
        a(
            "Trường hợp di sản tư liệu không còn đáp ứng tiêu chí, bị khuyến nghị, Bộ trưởng Bộ \
           Văn hóa, Thể thao và Du lịch báo cáo Thủ tướng Chính phủ."
        ),
        (
            vec!["Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch".to_string()],
            false
        )
    );
    // … in a text typed without diacritics too.
    assert_eq!(
        a("Truong hop ho so chua day du thi Sở Tài chính hướng dẫn bổ sung."),
        (vec!["Sở Tài chính".to_string()], false)
    );
    // A condition followed by no body names none (`Trường hợp` is no body).
    assert_eq!(
        a("Trường hợp tổ chức nhận in hóa đơn tự in hóa đơn đặt in để sử dụng cho mục đích bán hàng."),
        (vec![], true)
    );
    assert_eq!(
        a(
            "Trường hợp bị xử lý kỷ luật bằng hình thức khiển trách hoặc cảnh cáo thì không \
           điều động."
        ),
        (vec![], true)
    );
    // The condition is one clause: a body after its sentence ends is not its assignee.
    assert_eq!(
        a("Trường hợp hồ sơ chưa đầy đủ. Sau đó, Sở Tài chính hướng dẫn bổ sung."),
        (vec![], true)
    );
}

#[test]
fn a_name_ends_with_its_sentence() {
    let c = Classifier::new();
    let a = |s: &str| c.assignees(s).0;
    // QĐ 1805/QĐ-UBND's attached procedure: a centre's name, then its addresses.
    assert_eq!(
        a("Trung tâm Phục vụ hành chính công tỉnh Phú Thọ. __- Cơ sở 1:__ Địa chỉ: Số 398"),
        ["Trung tâm Phục vụ hành chính công tỉnh Phú Thọ"]
    );
    // An abbreviation's full stop is inside the name.
    assert_eq!(
        a("Ủy ban nhân dân TP. Hồ Chí Minh chỉ đạo các quận."),
        ["Ủy ban nhân dân TP. Hồ Chí Minh"]
    );
    assert_eq!(
        a("Ủy ban nhân dân Tp. Cần Thơ chỉ đạo các quận."),
        ["Ủy ban nhân dân Tp. Cần Thơ"]
    );
    assert_eq!(
        a("Ủy ban nhân dân Q. Bình Thạnh chỉ đạo các phường."),
        ["Ủy ban nhân dân Q. Bình Thạnh"]
    );
    // A number's stop is no sentence's end (`khoản 12. Điều 5` as OCR spaced it).
    assert_eq!(
        a("Các đơn vị nêu tại khoản 12. Điều 5 thực hiện báo cáo."),
        ["Các đơn vị nêu tại khoản 12. Điều 5"]
    );
    // A word of two letters ends a sentence (`… các xã. Cần …`).
    assert_eq!(
        a("Ủy ban nhân dân các xã. Cần chú ý thời hạn."),
        ["Ủy ban nhân dân các xã"]
    );
}

#[test]
fn a_request_of_a_deed_names_no_body() {
    let c = Classifier::new();
    let a = |s: &str| c.assignees(s);
    // CV 402-CV/VPĐU, I.7; TT 58/2025/TT-BCT, Điều 5.1: what is asked, not of whom.
    assert_eq!(
        a("Đề nghị bỏ đoạn “(2) hoàn thiện phương án tổ chức” trong dự thảo."),
        (vec![], true)
    );
    assert_eq!(
        a("Yêu cầu về các loại giấy phép và văn bản phê duyệt."),
        (vec![], true)
    );
    // A body after the request: a head, in lower case too, or a capital.
    assert_eq!(
        a("Đề nghị các đồng chí Bí thư chi bộ quan tâm chỉ đạo."),
        (vec!["các đồng chí Bí thư chi bộ".to_string()], false)
    );
    assert_eq!(
        a("Đề nghị Tổng Liên đoàn Lao động Việt Nam chỉ đạo công đoàn các cấp."),
        (vec!["Tổng Liên đoàn Lao động Việt Nam".to_string()], false)
    );
    // QĐ 5042/QĐ-BNNMT's template: `Giao nhiệm vụ cho` the bodies.
    assert_eq!(
        a("Giao nhiệm vụ cho Sở Nông nghiệp và Môi trường tổ chức phòng, trừ dịch."),
        (vec!["Sở Nông nghiệp và Môi trường".to_string()], false)
    );
}

#[test]
fn a_long_list_of_bodies_is_read_whole() {
    // KH 1026/KH-UBND, III.6: twelve bodies, 330 characters, before their verb.
    let c = Classifier::new();
    let (names, implicit) = c.assignees(
        "Đề nghị Văn phòng Tỉnh ủy và các Ban Xây dựng Đảng và Ủy ban Kiểm tra Tỉnh ủy, Văn \
         phòng Đoàn đại biểu Quốc hội và HĐND tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Viện \
         kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh, Thuế tỉnh, Kiểm toán nhà nước khu vực \
         II, Kho bạc nhà nước khu vực XI, Ngân hàng nhà nước khu vực 8, Chi cục Hải quan khu \
         vực XI tăng cường công tác bảo vệ bí mật nhà nước.",
    );
    assert!(!implicit);
    assert_eq!(names.first().map(String::as_str), Some("Văn phòng Tỉnh ủy"));
    assert_eq!(
        names.last().map(String::as_str),
        Some("Chi cục Hải quan khu vực XI")
    );
    // `gồm` (consists of) ends a name.
    assert_eq!(
        c.assignees("Hội đồng cấp tỉnh gồm đại diện các sở, ngành liên quan.")
            .0,
        ["Hội đồng cấp tỉnh"]
    );
}

#[test]
fn bodies_regarded_by_a_title_are_its_assignees() {
    let c = Classifier::new();
    // KH 124/KH-UBND, III.2.a and c: `Đối với` bodies, the title over two lines, the
    // duties in bullets.
    let a = c.join_title_line(
        "Đối với các sở, ban, ngành,\nUBND các xã, phường\n- Hoàn thành vượt mức các chỉ tiêu.",
    );
    assert_eq!(
        a,
        "Đối với các sở, ban, ngành, UBND các xã, phường: - Hoàn thành vượt mức các chỉ tiêu."
    );
    assert_eq!(
        c.assignees(&a),
        (
            vec![
                "các sở, ban, ngành".to_string(),
                "UBND các xã, phường".into()
            ],
            false
        )
    );
    let b = c.join_title_line(
        "Đối với các Doanh nghiệp, hộ\ngia đình\n- Sản xuất kinh doanh hiệu quả, bền vững.",
    );
    assert_eq!(c.assignees(&b).0, ["các Doanh nghiệp", "hộ gia đình"]);
    // One line of title.
    assert_eq!(
        c.join_title_line("Đối với Sở Y tế\n- Chủ trì kiểm tra."),
        "Đối với Sở Y tế: - Chủ trì kiểm tra."
    );
    // A dash that opens a line inside a name is no bullet after a title (TB 634/TB-VPCP:
    // `… các Tập đoàn: Công nghiệp` / `- Viễn thông Quân đội …`).
    let t = "Các Bộ, cơ quan liên quan và các Tập đoàn: Công nghiệp - Năng lượng,\nCông \
             nghiệp\n- Viễn thông Quân đội phối hợp chặt chẽ với Tỉnh.";
    assert_eq!(c.join_title_line(t), collapse(t));
    // What is regarded is no body: cases, persons; or the body comes after `thì`.
    assert_eq!(
        c.assignees("Đối với các trường hợp vi phạm, Sở Tư pháp xử lý theo quy định."),
        (vec![], true)
    );
    assert_eq!(
        c.assignees("Đối với người nhập cảnh chưa tiêm vắc xin - Thực hiện cách ly."),
        (vec![], true)
    );
    assert_eq!(
        c.assignees(
            "Đối với người giữ chức vụ do Bộ bổ nhiệm thì Bộ trưởng Bộ Nội vụ xem xét, quyết \
             định."
        ),
        (vec!["Bộ trưởng Bộ Nội vụ".to_string()], false)
    );
    assert_eq!(
        c.assignees(
            "Đối với các công trình chưa bố trí đủ vốn thì Ủy ban nhân dân thành phố xem xét hỗ trợ."
        )
        .0,
        ["Ủy ban nhân dân thành phố"]
    );
    // NĐ 172/2025/NĐ-CP, Điều 22.3: the Prime Minister is a body's head too.
    assert_eq!(
        c.assignees(
            "Đối với người giữ chức vụ do Quốc hội phê chuẩn thì Thủ tướng Chính phủ xem xét, \
             quyết định."
        )
        .0,
        ["Thủ tướng Chính phủ"]
    );
    assert_eq!(
        c.assignees("Đối với cán bộ, công chức vi phạm thì Bộ trưởng Bộ Nội vụ xem xét.")
            .0,
        ["Bộ trưởng Bộ Nội vụ"]
    );
    // (After `Đối với`, a comma goes on about what is regarded.)
    assert_eq!(
        c.assignees("Đối với cá nhân, người lao động gương mẫu chấp hành tốt pháp luật."),
        (vec![], true)
    );
}

/// A task table's cell of bodies: split at `;` and commas where each part is a body,
/// each body without what it leads on after `với` (`Bộ Khoa học và Công nghệ với các
/// tiêu chuẩn … toàn quốc`); `với` before a body stays (`Sở Y tế với Sở Tài chính` is
/// kept whole).
#[test]
fn a_table_cell_of_bodies_without_what_they_lead_on() {
    let c = Classifier::new();
    assert_eq!(
        c.table_bodies(
            "Bộ Công an, Bộ Khoa học và Công nghệ với các tiêu chuẩn, quy chuẩn áp dụng chung toàn quốc; các bộ, ngành với các tiêu chuẩn nội ngành"
        ),
        ["Bộ Công an", "Bộ Khoa học và Công nghệ", "các bộ, ngành"]
    );
    assert_eq!(
        c.table_bodies("Sở Y tế với Sở Tài chính; các địa phương"),
        ["Sở Y tế với Sở Tài chính", "các địa phương"]
    );
}

#[test]
fn quoted_blocks_run_over_lines_and_pair_their_marks() {
    // A block over two lines; a quotation on one line is none.
    let t = "quy định:\n“1. Người nộp thuế …\n2. Cơ quan thuế …” và “Vì người nghèo” nữa";
    let blocks = quoted_blocks(t);
    assert_eq!(blocks.len(), 1);
    assert!(t[blocks[0].0..blocks[0].1].starts_with("“1. Người"));
    assert!(t[blocks[0].0..blocks[0].1].ends_with("Cơ quan thuế …"));
    // A stray mark whose next closing one follows another opening one opens nothing;
    // the quotation after it does.
    let t = "“ lạc dòng\nrồi “1. Điều khoản\n2. Điều khoản” hết";
    let blocks = quoted_blocks(t);
    assert_eq!(blocks.len(), 1);
    assert!(t[blocks[0].0..].starts_with("“1. Điều khoản"));
    // Never closed: nothing.
    assert!(quoted_blocks("“1. Điều khoản\n2. …").is_empty());
}
