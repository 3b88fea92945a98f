//! OCR and encoding damage applied to a share of the documents (reference/domain.md
//! §6): `Ð` (U+00D0) for `Đ`, decomposed (NFD) text, long lines wrapped, CRLF line
//! ends, UTF-16LE with a BOM. The expected record keeps clean values and lists what was
//! done in `damage`.

use crate::rng::Rng;
use crate::text::wrap_into;
use unicode_normalization::UnicodeNormalization;

/// Applies one or two kinds of damage to `text`; returns the file's bytes and what was done.
pub(crate) fn damage(text: &str, rng: &mut Rng) -> (Vec<u8>, Vec<&'static str>) {
    const KINDS: [&str; 5] = [
        "broken lines",
        "Ð for Đ",
        "NFD",
        "CRLF",
        "UTF-16LE with BOM",
    ];
    let n = 1 + usize::from(rng.chance(0.35));
    let picked = rng.subset(KINDS.len(), n);
    let mut names: Vec<&'static str> = picked.iter().map(|&i| KINDS[i]).collect();
    let mut s = text.to_string();
    let mut utf16 = false;
    // In file order: text first, then line ends, then the encoding.
    for &i in &picked {
        match KINDS[i] {
            "broken lines" => {
                let width = 70 + rng.below(11);
                let wrapped = break_lines(&s, width);
                if wrapped == s {
                    names.retain(|n| *n != "broken lines");
                }
                s = wrapped;
            }
            "Ð for Đ" => s = s.replace('Đ', "Ð"),
            "NFD" => s = s.nfd().collect(),
            "CRLF" => s = s.replace('\n', "\r\n"),
            _ => utf16 = true,
        }
    }
    if names.is_empty() {
        s = s.replace('\n', "\r\n");
        names.push("CRLF");
    }
    let bytes = if utf16 {
        let mut b = Vec::with_capacity(2 + s.len() * 2);
        b.extend_from_slice(&[0xFF, 0xFE]);
        for u in s.encode_utf16() {
            b.extend_from_slice(&u.to_le_bytes());
        }
        b
    } else {
        s.into_bytes()
    };
    (bytes, names)
}

/// Wraps the long lines of the body (not the two-column header and footer lines, which
/// hold runs of spaces), never starting a line with something that reads as a label.
fn break_lines(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 40);
    for line in text.split_inclusive('\n') {
        let (body, nl) = match line.strip_suffix('\n') {
            Some(b) => (b, true),
            None => (line, false),
        };
        if body.chars().count() > width + 4 && !body.contains("    ") {
            let mut w = String::new();
            wrap_into(&mut w, body, width);
            if !nl {
                w.pop();
            }
            out.push_str(&w);
        } else {
            out.push_str(line);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn damage_is_listed_and_reversible_in_meaning() {
        let text = "ĐẢNG CỘNG SẢN VIỆT NAM\nMột dòng rất dài của văn bản, có nhiều chữ để phải xuống dòng khi bị cắt ngắn lại theo độ rộng của trang giấy cũ.\n";
        for seed in 0..40 {
            let mut rng = Rng::new(seed);
            let (bytes, names) = damage(text, &mut rng);
            assert!(!names.is_empty());
            if names.contains(&"UTF-16LE with BOM") {
                assert_eq!(&bytes[..2], &[0xFF, 0xFE]);
            } else {
                let s = String::from_utf8(bytes).unwrap();
                let clean: String = s
                    .nfc()
                    .collect::<String>()
                    .replace('Ð', "Đ")
                    .replace("\r\n", "\n");
                assert_eq!(
                    clean.split_whitespace().collect::<Vec<_>>(),
                    text.split_whitespace().collect::<Vec<_>>()
                );
            }
        }
    }
}
