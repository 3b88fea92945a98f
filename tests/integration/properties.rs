//! Properties that hold for any input (proptest): normalization is idempotent and
//! yields NFC without look-alikes; segments tile the text in order on char boundaries;
//! sentences lie inside it; no input makes a stage panic.

use proptest::prelude::*;
use unicode_normalization::{is_nfc, UnicodeNormalization};
use vanban::Pipeline;
use vanban_lexicon::Lexicon;
use vanban_segment::Segmenter;

// Built once: patterns compile in tens of milliseconds, cases run by the hundred.
static SEGMENTER: std::sync::LazyLock<Segmenter> =
    std::sync::LazyLock::new(|| Segmenter::new(Lexicon::builtin()));
static PIPELINE: std::sync::LazyLock<Pipeline> =
    std::sync::LazyLock::new(|| Pipeline::new(Lexicon::builtin()));

/// Text made of directive pieces and awkward characters.
fn directive_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "ĐẢNG CỘNG SẢN VIỆT NAM\n",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n",
        "TỈNH ỦY BẾN TRE\n*\n",
        "Số 275-CV/ĐUK\n",
        "Số: 16/CT-TTg",
        "Bến Tre, ngày 21 tháng 5 năm 2021\n",
        "KẾ HOẠCH\n",
        "V/v tăng cường\n",
        "Kính gửi: - Các chi ủy,\n",
        "1. Giao Ban Tuyên giáo tham mưu, theo dõi và báo cáo trước ngày 30/6/2021.\n",
        "a) Sở Y tế chủ trì, phối hợp;\n",
        "- Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về phòng dịch;\n",
        "Điều 2. Chánh Văn phòng chịu trách nhiệm thi hành.\n",
        "Nơi nhận:\n- Như trên,\n",
        "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n",
        "Phạm Hữu Dự\n",
        "|\n**",
        "\n\n",
        "   \t",
        "Ð",
        "ð",
        "Ɖ",
        "о",
        "\u{a0}",
        "\r\n",
        "\u{301}",
        "\u{323}\u{302}",
        "\u{200b}",
        "C**ỤC",
        "§¶ng",
        "Vieät",
        "á»‡",
    ]);
    prop::collection::vec(
        prop_oneof![pieces.prop_map(str::to_string), any::<String>()],
        0..40,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    #[test]
    fn normalization_is_idempotent_and_nfc(s in directive_text()) {
        let (once, _) = vanban_text::normalize(&s);
        let (twice, problems) = vanban_text::normalize(&once);
        prop_assert_eq!(&once, &twice);
        prop_assert!(problems.is_empty(), "a second pass repaired {:?}", problems);
        prop_assert!(is_nfc(&once));
        prop_assert!(!once.contains(['Ð', 'ð', 'Ɖ', 'ɖ', '\r']));
    }

    #[test]
    fn segments_tile_the_text_and_sentences_lie_inside(s in directive_text()) {
        let (text, _) = vanban_text::normalize(&s);
        let seg = &*SEGMENTER;
        let segments = seg.segment(&text);
        let mut pos = 0;
        for sg in &segments {
            prop_assert_eq!(sg.start, pos);
            prop_assert!(sg.end > sg.start);
            prop_assert!(text.is_char_boundary(sg.start) && text.is_char_boundary(sg.end));
            pos = sg.end;
        }
        prop_assert_eq!(pos, text.len());
        let mut last = 0;
        for sp in seg.sentences(&text, &segments) {
            prop_assert!(sp.start < sp.end && sp.end <= text.len() && sp.start >= last);
            prop_assert!(text.is_char_boundary(sp.start) && text.is_char_boundary(sp.end));
            last = sp.end;
        }
    }

    #[test]
    fn no_input_makes_a_stage_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000), s in directive_text()) {
        let p = &*PIPELINE;
        for input in [bytes.as_slice(), s.as_bytes()] {
            let r = p.process_bytes("x.txt", input);
            prop_assert!(!r.problems.iter().any(|p| p.message.contains("internal error")), "{:?}", r.problems);
            for t in &r.tasks {
                prop_assert!(t.start <= t.end);
            }
            for c in &r.citations {
                prop_assert!(c.start < c.end);
            }
        }
        let _ = s.nfc().count();
    }
}
