use super::*;

fn norm(s: &str) -> String {
    normalize(s).0
}

#[test]
fn utf8_with_and_without_bom() {
    let (t, p) = decode("Số 1".as_bytes()).unwrap();
    assert_eq!((t.as_str(), p.len()), ("Số 1", 0));
    let mut b = vec![0xEF, 0xBB, 0xBF];
    b.extend_from_slice("Số 1".as_bytes());
    let (t, p) = decode(&b).unwrap();
    assert_eq!(t, "Số 1");
    assert_eq!(p[0].kind, ProblemKind::Encoding);
}

#[test]
fn utf16_both_orders() {
    let s = "ĐẢNG CỘNG SẢN VIỆT NAM\nSố 275-CV/ĐUK";
    let mut le = vec![0xFF, 0xFE];
    let mut be = vec![0xFE, 0xFF];
    for u in s.encode_utf16() {
        le.extend_from_slice(&u.to_le_bytes());
        be.extend_from_slice(&u.to_be_bytes());
    }
    assert_eq!(decode(&le).unwrap().0, s);
    assert_eq!(decode(&be).unwrap().0, s);
    assert!(decode(&le[..le.len() - 1]).is_err(), "odd length");
}

#[test]
fn invalid_utf8_and_binary_are_errors_that_say_so() {
    let err = decode(&[b'S', 0xE1, 0xBB, b'a', 0xFF]).unwrap_err();
    assert!(
        matches!(err.kind(), DecodeErrorKind::InvalidUtf8 { offset: 1, .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("not valid UTF-8"));
    // Invalid UTF-8 that no legacy encoding reads as Vietnamese stays an error.
    let err = decode(&[0xFF, 0xFD, 0x81, 0x90, 0x9D, b'x', 0xC0, 0xC1]).unwrap_err();
    assert!(
        err.to_string().contains("no legacy Vietnamese encoding"),
        "{err}"
    );
    let err = decode(b"abc\0def").unwrap_err();
    assert_eq!(err.kind(), &DecodeErrorKind::Binary);
    let noise: Vec<u8> = (0..2000u32).map(|i| (i * 7919 % 251) as u8).collect();
    assert!(decode(&noise).is_err());
}

#[test]
fn look_alikes_are_repaired_and_reported() {
    let (t, p) = normalize("ÐẢNG ỦY KHỐI Ðảng ủy ðã Ɖoàn ɖược");
    assert_eq!(t, "ĐẢNG ỦY KHỐI Đảng ủy đã Đoàn được");
    assert_eq!(p.len(), 2);
    assert!(p[0].message.starts_with("3 look-alike letters Ð/ð"));
}

#[test]
fn cyrillic_in_latin_words_but_not_in_russian_ones() {
    // о, а, с, р, х in Vietnamese words; a real Russian word stays.
    let (t, p) = normalize("vоn bản сủа Pháр luật xã hội; Москва");
    assert_eq!(t, "von bản của Pháp luật xã hội; Москва");
    assert_eq!(p.len(), 1);
    // A Cyrillic look-alike carrying a combining mark composes after mapping.
    assert_eq!(
        norm("Vie\u{0323}\u{0302}t Nam và vа\u{0301}n"),
        "Việt Nam và ván"
    );
    // A word is its letters and all their marks: `ଡ଼` (U+0B5C) decomposes under NFC into
    // a letter and a mark that is not alphabetic, and the word with the Cyrillic `Ц`
    // must stay one word, so that a second pass repairs nothing (found by proptest).
    let (once, _) = normalize("о\u{0B5C}Ц");
    let (twice, problems) = normalize(&once);
    assert_eq!(once, twice);
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn nfd_is_composed() {
    let nfd = "Vie\u{0323}\u{0302}t Nam"; // dot below then circumflex
    let (t, p) = normalize(nfd);
    assert_eq!(t, "Việt Nam");
    assert_eq!(p.len(), 1);
    let other_order = "Vie\u{0302}\u{0323}t Nam";
    assert_eq!(norm(other_order), "Việt Nam");
}

#[test]
fn line_ends_and_spaces() {
    assert_eq!(norm("a\r\nb\rc\n"), "a\nb\nc\n");
    assert_eq!(norm("Số:\u{a0}16/CT-TTg\tngày"), "Số: 16/CT-TTg\tngày"); // tabs separate columns: kept
    assert_eq!(norm("Thư\u{200b}ờng tr\u{ad}ực"), "Thường trực");
}

#[test]
fn clean_text_is_untouched_and_normalization_is_idempotent() {
    let clean = "ĐẢNG CỘNG SẢN VIỆT NAM\nBến Tre, ngày 21 tháng 5 năm 2021\n";
    let (t, p) = normalize(clean);
    assert_eq!(t, clean);
    assert!(p.is_empty());
    for s in [
        "ÐẢNG\r\n",
        "Vie\u{0323}\u{0302}t",
        "сủа\u{a0}x",
        "\u{feff}Số",
    ] {
        let once = norm(s);
        let (twice, p) = normalize(&once);
        assert_eq!(once, twice);
        assert!(p.is_empty(), "{s:?} needed a second pass: {p:?}");
    }
}

#[test]
fn bold_marks_inside_words_are_removed() {
    let (t, p) = normalize("BỘ TÀI CHÍNH\nC**ỤC THUẾ**\n*Hà Nội, ng**ày 25 tháng 1**1** năm 2025** *\n**V****Ă****N PHÒNG");
    assert_eq!(
        t,
        "BỘ TÀI CHÍNH\nCỤC THUẾ**\n*Hà Nội, ngày 25 tháng 11** năm 2025** *\n**VĂN PHÒNG"
    );
    assert_eq!(p.len(), 1);
    assert!(p[0].message.starts_with("5 emphasis marks"), "{p:?}");
    // Bold around words, and footnote stars, stay.
    assert_eq!(norm("**Kính gửi:** - A*"), "**Kính gửi:** - A*");
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/../../tests/data/legacy/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn legacy_encodings_decode_to_the_source_text() {
    let source = String::from_utf8(fixture("source.txt")).unwrap();
    for (file, name) in [
        ("tcvn3.txt", "TCVN3"),
        ("viscii.txt", "VISCII"),
        ("cp1258.txt", "Windows-1258"),
        ("utf8_as_cp1252.txt", "UTF-8 read as Windows-1252"),
        (
            "utf8_as_cp1252_twice.txt",
            "UTF-8 read as Windows-1252 twice",
        ),
    ] {
        let (text, problems) = decode(&fixture(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(text, source, "{file}");
        assert!(
            problems
                .iter()
                .any(|p| p.kind == ProblemKind::Encoding && p.message.contains(name)),
            "{file}: {problems:?}"
        );
    }
}

#[test]
fn vni_strings_of_the_reference() {
    let (text, problems) = decode(&fixture("vni.txt")).unwrap();
    assert_eq!(
        text,
        "Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\nĐảng\n"
    );
    assert!(problems[0].message.contains("VNI"), "{problems:?}");
}

#[test]
fn clean_text_and_ascii_are_never_converted() {
    for s in [
        "Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc.",
        "Plain ASCII text about the weather, nothing to convert here at all.",
        "Hà Nội, ngày 21 tháng 5 năm 2021; café, résumé, naïve — Ø and µ in a unit (µg).",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
    ] {
        let (t, p) = decode(s.as_bytes()).unwrap();
        assert_eq!(t, s);
        assert!(p.is_empty(), "{s}: {p:?}");
    }
}

#[test]
fn syllables() {
    use legacy::is_syllable;
    for w in [
        "nghiêng", "chuyển", "đảng", "việt", "khuya", "quốc", "giữ", "a", "ưu",
    ] {
        assert!(is_syllable(w), "{w}");
    }
    for w in ["§¶ng", "vieät", "viá»‡t", "xyz", "cộngg", "áà"] {
        assert!(!is_syllable(w), "{w}");
    }
}

#[test]
fn fast_character_classes_agree_with_the_unicode_tables() {
    use unicode_normalization::{is_nfc_quick, IsNormalized};
    for c in (0..=0x10ffff).filter_map(char::from_u32) {
        assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
        assert_eq!(
            is_combining_mark(c),
            unicode_normalization::char::is_combining_mark(c),
            "{c:?}"
        );
        if nfc_stable(c) {
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
            assert!(!unicode_normalization::char::is_combining_mark(c), "{c:?}");
        }
    }
}

#[test]
fn a_text_nfc_by_its_ranges_is_left_as_it_is_and_one_that_is_not_is_composed() {
    let composed = "Đảng ủy khối, ngày 15 tháng 8 năm 2021: Kính gửi các đồng chí";
    assert_eq!(normalize(composed), (composed.to_string(), Vec::new()));
    // A Greek or CJK letter is outside the fast ranges: the library decides.
    let other = "Δ 中文 Đảng";
    assert_eq!(normalize(other).0, other);
    let decomposed: String = unicode_normalization::UnicodeNormalization::nfd(composed).collect();
    let (out, problems) = normalize(&decomposed);
    assert_eq!(out, composed);
    assert_eq!(problems.len(), 1);
}

#[test]
fn look_alike_eth_is_not_a_sign_of_a_legacy_encoding() {
    // `Ð` for `Đ` is repaired as a look-alike; it must not send the text through the
    // trial decodings of legacy encodings (each costs a rescoring of the text).
    assert_eq!(
        crate::legacy::legacy_marks("ÐẢNG ỦY KHỐI Ðảng ủy ðã Ðoàn ðược Ð", 3),
        0
    );
    // A text in a legacy encoding shown byte for byte as Latin-1 still counts.
    let shown: String = fixture("tcvn3.txt").iter().map(|&b| b as char).collect();
    assert_eq!(crate::legacy::legacy_marks(&shown, 3), 3);
}

#[test]
fn legacy_marks_of_latin1_are_the_letters_vietnamese_does_not_use() {
    const VIETNAMESE: &str = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝÐð";
    for c in ('\u{80}'..='\u{ff}').chain("ŒœŠšŸŽžƒ‚„†‡‰‹›ˆ˜™€Aaăđơư".chars())
    {
        let mark = (0x80..=0xff).contains(&(c as u32)) && !VIETNAMESE.contains(c)
            || "ŒœŠšŸŽžƒ‚„†‡‰‹›ˆ˜™€".contains(c);
        assert_eq!(
            crate::legacy::legacy_marks(&c.to_string(), 1),
            usize::from(mark),
            "{c:?}"
        );
    }
}

/// Random texts over the characters the byte scans must tell apart: ASCII with its
/// controls, the Latin-1 and Windows-1252 marks, C1 controls, odd spaces, look-alikes,
/// combining marks, precomposed Vietnamese, and characters of three and four bytes.
fn random_texts(count: usize) -> Vec<String> {
    const ALPHABET: &[char] = &[
        'a', 'Z', '0', ' ', '\n', '\t', '\r', '\x0b', '\x0c', '\x01', '\x1f', '\x7f', '*',
        '\u{80}', '\u{85}', '\u{9f}', '\u{a0}', '\u{ad}', 'é', 'Ð', 'ð', '§', '¶', 'Œ', 'š', 'ƒ',
        'ˆ', '˜', '€', '™', '‚', '„', '“', '”', '–', 'Ɖ', 'ɖ', 'ᴠ', 'о', 'Я', '\u{300}', '\u{301}',
        '\u{323}', 'Đ', 'ư', 'ạ', 'ệ', 'Ỹ', '\u{2002}', '\u{200b}', '\u{202f}', '\u{2060}',
        '\u{3000}', '\u{feff}', '中', '😀',
    ];
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..count)
        .map(|_| {
            let len = (next() % 40) as usize;
            // Mostly one plain character repeated, so that most texts need no repair.
            let plain = (next() % 3) == 0;
            (0..len)
                .map(|_| {
                    if plain && next() % 8 != 0 {
                        ['a', 'ệ', ' ', '\n', 'Đ', '*', '\u{301}'][(next() % 7) as usize]
                    } else {
                        ALPHABET[(next() % ALPHABET.len() as u64) as usize]
                    }
                })
                .collect()
        })
        .collect()
}

#[test]
fn byte_scans_agree_with_their_definitions_on_characters() {
    for text in random_texts(20_000) {
        // A text is binary with a NUL or more than 1% controls (line breaks and tabs
        // excepted).
        let total = text.chars().count();
        let controls = text
            .chars()
            .filter(|&c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c' | '\x0b'))
            .count();
        let binary = text.contains('\0') || (controls > 0 && controls * 100 > total);
        assert_eq!(crate::looks_binary(&text), binary, "{text:?}");
        let bytes = crate::scan_for_repairs(&text);
        let chars = scan_chars_for_repairs(&text);
        assert_eq!(
            (bytes.repair, bytes.repair || bytes.nfc_by_range),
            (chars.repair, chars.repair || chars.nfc_by_range),
            "{text:?}"
        );
        let marks = |enough: usize| {
            text.chars()
                .filter(|&c| match c as u32 {
                    0..0x80 => false,
                    0x80..=0xff => !"àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝÐð".contains(c),
                    _ => "ŒœŠšŸŽžƒ‚„†‡‰‹›ˆ˜™€".contains(c),
                })
                .take(enough)
                .count()
        };
        for enough in [1, 3, 100] {
            assert_eq!(
                crate::legacy::legacy_marks(&text, enough),
                marks(enough),
                "{text:?}"
            );
        }
    }
}

/// What `scan_for_repairs` answers, character by character: the definition it is
/// checked against.
fn scan_chars_for_repairs(input: &str) -> crate::Scan {
    let mut prev_alnum = false;
    let mut after_star = false;
    let mut nfc_by_range = true;
    let repair = crate::Scan {
        repair: true,
        nfc_by_range: false,
    };
    for c in input.chars() {
        if c == '*' {
            after_star = after_star || prev_alnum;
            continue;
        }
        if crate::needs_repair(c) {
            return repair;
        }
        nfc_by_range &= crate::nfc_stable(c);
        if crate::is_combining_mark(c) {
            continue; // a mark belongs to the letter before it
        }
        let alnum = crate::is_alphanumeric(c);
        if after_star && alnum {
            return repair; // `C**ỤC`: a bold mark inside a word
        }
        after_star = false;
        prev_alnum = alnum;
    }
    crate::Scan {
        repair: false,
        nfc_by_range,
    }
}
