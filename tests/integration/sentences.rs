//! Sentence boundaries of the seeds, decided by hand: a general splitter glues the
//! whole header of seed 002 into one sentence; vanban must not.

use crate::common::*;
use vanban::Pipeline;
use vanban_lexicon::Lexicon;

fn sentences(path: &str) -> Vec<String> {
    let bytes = std::fs::read(repo().join(path)).unwrap();
    let pipeline = Pipeline::new(Lexicon::builtin()).with_sentences(true);
    let r = pipeline.process_bytes(path, &bytes);
    let text = vanban_text::read_document(path, &bytes).unwrap().text;
    r.sentences
        .expect("asked for sentences")
        .iter()
        .map(|s| {
            s.slice(&text)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

#[test]
fn seed_002_sentences() {
    let want: Vec<&str> = vec![
        "ĐẢNG BỘ TỈNH BẾN TRE ĐẢNG ỦY KHỐI CƠ QUAN - DOANH NGHIỆP TỈNH",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Bến Tre, ngày 21 tháng 5 năm 2021",
        "Số 275-CV/ĐUK",
        "Tăng cường lãnh đạo, chỉ đạo công tác phòng, chống dịch Covid-19",
        "Kính gửi:",
        "- Các đồng chí Ủy viên Ban Chấp hành Đảng bộ Khối,",
        "- Các chi ủy, đảng ủy cơ sở,",
        "- Ban Thường vụ Đoàn Khối.",
        "Hiện nay, tình hình dịch COVID-19 đang diễn biến phức tạp trên thế giới, đặc biệt ở những nước có chung đường biên giới trên đất liền với Việt Nam, với số ca nhiễm và tử vong ngày càng tăng.",
        "Tại Việt Nam, sau hơn 30 ngày không có ca nhiễm trong cộng đồng, từ ngày 27/4/2021 đến nay đã có hàng trăm ca lây nhiễm tại nhiều tỉnh, thành phố và một số bệnh viện tuyến Trung ương.",
        "Riêng Bến Tre chưa ghi nhận có trường hợp mắc Covid-19 lây nhiễm trong cộng đồng nhưng cũng đã ghi nhận nhiều trường hợp F1, F2.",
        "Đợt dịch lần thứ 4 này có diễn biến phức tạp với sự xuất hiện cùng lúc nhiều ổ dịch, có nhiều nguồn lây và do biến chủng mới của vi rút có đặc điểm mạnh hơn, lây nhanh hơn.",
        "Thực hiện Công văn số 687-CV/TU, ngày 21/5/2021 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo, chỉ đạo công tác phòng, chống dịch Covid-19, để tiếp tục khống chế và kiểm soát tốt dịch Covid-19, thực hiện mục tiêu “kép” vừa phòng, chống dịch, vừa đảm bảo phát triển kinh tế - xã hội, Ban Thường vụ Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh yêu cầu các chi ủy, đảng ủy cơ sở và Ban Chấp hành Đoàn Khối tập trung lãnh, chỉ đạo và tổ chức thực hiện nghiêm một số nhiệm vụ sau:",
        "1. Tiếp tục quán triệt và thực hiện nghiêm các văn bản chỉ đạo của Bộ Chính trị, Ban Bí thư, Quốc hội, Chính phủ, Thủ tướng Chính phủ, nhất là quan điểm “Phòng” là cơ bản, lâu dài, quyết định, “Chống” là cấp bách, quyết liệt, nhanh chóng theo tinh thần “Chống dịch như chống giặc”.",
        "Tiếp tục tuyên truyền các biện pháp phòng, chống dịch, theo thông điệp “5K” của Bộ Y tế, trong đó lưu ý việc khai báo y tế trên App NCOVI; cài đặt ứng dụng BlueZone tại địa chỉ www.bluezone.gov.vn để được cảnh báo nguy cơ lây nhiễm Covid-19; tuyệt đối không chủ quan, lơ là, mất cảnh giác khi không có dịch trong cộng đồng và hoang mang, dao động, mất bình tĩnh khi dịch bùng phát; hạn chế tối đa tác động bất lợi đến hoạt động kinh tế - xã hội và tiếp tục thực hiện mục tiêu “kép”, vừa phòng chống dịch hiệu quả, vừa phát triển kinh tế - xã hội ở từng cơ quan, đơn vị, doanh nghiệp.",
        "2. Giao Ban Tuyên giáo tham mưu Ban Thường vụ Đảng ủy Khối chỉ đạo, định hướng công tác tuyên truyền các biện pháp phòng, chống dịch Covid-19; theo dõi và báo cáo công tác phòng, chống dịch Covid-19 về Ban Tuyên giáo Tỉnh ủy theo yêu cầu.",
        "Ban Thường vụ Đảng ủy đề nghị các chi ủy, đảng ủy cơ sở và Ban Chấp hành Đoàn Khối triển khai thực hiện tốt nội dung Công văn này.",
        "Nơi nhận:",
        "- Như kính gửi,",
        "- Ban Tuyên giáo Tỉnh ủy,",
        "- Đảng Website,",
        "- Lưu VT, BTG Đảng ủy Khối.",
        "T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ** Phạm Hữu Dự",
    ];
    let got = sentences("corpus/seeds/002_a6ab90202821462d.txt");
    for (k, (w, g)) in want.iter().zip(&got).enumerate() {
        assert_eq!(w, g, "sentence {k} differs");
    }
    assert_eq!(got.len(), want.len(), "got {got:#?}");
}

#[test]
fn seed_003_sentences_keep_header_parts_and_items_apart() {
    let got = sentences("corpus/seeds/003_36a17cd2bd74998f.txt");
    let want_in_order = [
        "TỈNH ỦY ĐỒNG NAI",
        "Số 1747-CV/TU",
        "Thực hiện Điện của Thường trực Ban Bí thư về tiếp tục tăng cường công tác phòng, chống dịch COVID-19",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Đồng Nai, ngày 22 tháng 7 năm 2021",
        "Kính gửi:",
        "- Các đồng chí Tỉnh ủy viên,",
        "- Các ban cán sự đảng, đảng đoàn, BTV Tỉnh đoàn,",
        "- Các cấp ủy trực thuộc tỉnh,",
        "- Các ban đảng và Văn phòng Tỉnh ủy,",
        "- Ban chỉ đạo phòng, chống COVID-19 tỉnh.",
        "Thực hiện Điện ngày 21/7/2021 của Thường trực Ban Bí thư về tiếp tục tăng cường công tác phòng, chống dịch COVID-19; Thường trực Tỉnh ủy đề nghị:",
        "3- Ban chỉ đạo phòng, chống COVID-19 tỉnh kịp thời chỉ đạo các địa phương xây dựng kịch bản, giải pháp pháp cụ thể phòng, chống dịch Covid-19 phù hợp với diễn biến mới của dịch bệnh trên địa bàn tỉnh.",
        "Chủ động đề xuất các chính sách hỗ trợ và tháo gỡ khó khăn, vướng mắc về huy động, sử dụng nguồn lực; đảm bảo đầy đủ hàng hóa thiết yếu, mua sắm trang thiết bị, vật tư y tế, các phương án hỗ trợ, chi viện hiệu quả cho các địa phương gặp khó khăn, địa bàn có nguy cơ cao lây nhiễm dịch COVID-19.",
        "Đề nghị các cơ quan, đơn vị, địa phương triển khai thực hiện, định kỳ hàng tuần báo cáo Thường trực Tỉnh ủy.",
        "Nơi nhận:",
        "- CP.VPTU-C3, N",
        "C-M3/CV1747/95",
        "T/M BAN THƯỜNG VỤ PHÓ Bí THƯ Hồ Thanh Sơn",
    ];
    let mut from = 0;
    for w in want_in_order {
        match got[from..].iter().position(|g| g == w) {
            Some(k) => from += k + 1,
            None => panic!("sentence {w:?} not found (in order) in {got:#?}"),
        }
    }
}

#[test]
fn sentences_are_split_only_when_asked_and_change_nothing_else() {
    for path in [
        "corpus/seeds/002_a6ab90202821462d.txt",
        "corpus/seeds/003_36a17cd2bd74998f.txt",
    ] {
        let bytes = std::fs::read(repo().join(path)).unwrap();
        let plain = Pipeline::new(Lexicon::builtin()).process_bytes(path, &bytes);
        assert!(plain.sentences.is_none(), "{path}");
        let mut with = Pipeline::new(Lexicon::builtin())
            .with_sentences(true)
            .process_bytes(path, &bytes);
        assert!(
            with.sentences.take().is_some_and(|s| s.len() > 10),
            "{path}"
        );
        assert_eq!(
            serde_json::to_string(&with).unwrap(),
            serde_json::to_string(&plain).unwrap(),
            "{path}"
        );
    }
}
