//! `json` against serde_json, which it must match byte for byte: a table of every
//! kind of value serde has, strings with an escape at every place in and around an
//! eight-byte word, random strings, and the records and graph of the bundled corpus.

use super::{to_string, write};
use proptest::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;

/// Both writers on `value`: the same text, or the same failure.
fn same<T: Serialize + ?Sized + std::fmt::Debug>(value: &T) {
    let theirs = serde_json::to_string(value);
    let ours = to_string(value);
    match (&theirs, &ours) {
        (Ok(t), Ok(o)) => assert_eq!(o, t, "{value:?}"),
        (Err(_), Err(_)) => {}
        _ => panic!("{value:?}: serde_json {theirs:?}, ours {ours:?}"),
    }
}

#[derive(Serialize, Debug)]
struct Unit;

#[derive(Serialize, Debug)]
struct Newtype(String);

#[derive(Serialize, Debug)]
struct Pair(u8, &'static str);

#[derive(Serialize, Debug)]
struct Nested {
    name: &'static str,
    none: Option<u32>,
    some: Option<f64>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    skipped: Vec<u8>,
    empty: Vec<u8>,
    list: Vec<Kind>,
    unit: (),
    tuple: (i8, bool, char),
    inner: Option<Box<Nested>>,
}

#[derive(Serialize, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Plain,
    Wrapped(i64),
    Tuple(u8, u8),
    EmptyTuple(),
    Fields { a: u8, b: &'static str },
    NoFields {},
}

#[derive(Serialize, Debug, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
enum Zone {
    PlaceDate,
}

#[test]
fn every_kind_of_value_as_serde_json_writes_it() {
    same(&true);
    same(&false);
    for v in [0i64, -1, 42, i64::MIN, i64::MAX] {
        same(&v);
    }
    same(&u64::MAX);
    same(&i128::MIN);
    same(&u128::MAX);
    same(&(-7i8, 200u8, -30000i16, 60000u16, -2i32, 4_000_000_000u32));
    for v in [
        0.0,
        -0.0,
        0.99,
        1.0,
        1e300,
        -2.5e-8,
        f64::MIN_POSITIVE,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
    ] {
        same(&v);
    }
    for v in [0.1f32, f32::NAN, 3.0e38] {
        same(&v);
    }
    same(&'é');
    same(&'"');
    same(&'\u{1}');
    same("");
    same(&Unit);
    same(&());
    same(&Newtype("x\ny".into()));
    same(&Pair(1, "b"));
    same(&None::<u8>);
    same(&Some("s"));
    same(&Vec::<u8>::new());
    same(&vec![vec![1, 2], vec![]]);
    same(&[
        Kind::Plain,
        Kind::Wrapped(-3),
        Kind::Tuple(1, 2),
        Kind::EmptyTuple(),
        Kind::Fields { a: 1, b: "\"" },
        Kind::NoFields {},
    ]);
    same(&serde_bytes_like(b"\x00ab"));
    same(&serde_bytes_like(b""));
    same(&Nested {
        name: "Kế hoạch số 12-KH/TU",
        none: None,
        some: Some(0.9),
        skipped: vec![],
        empty: vec![],
        list: vec![Kind::Plain, Kind::Fields { a: 0, b: "" }],
        unit: (),
        tuple: (-1, true, '\t'),
        inner: Some(Box::new(Nested {
            name: "",
            none: Some(1),
            some: None,
            skipped: vec![1],
            empty: vec![2],
            list: vec![],
            unit: (),
            tuple: (0, false, 'Đ'),
            inner: None,
        })),
    });
    // Maps: keys of every kind serde_json takes, and the ones it refuses.
    same(&BTreeMap::<String, u8>::new());
    same(&BTreeMap::from([
        ("b\"k".to_string(), 1),
        ("a".to_string(), 2),
    ]));
    same(&BTreeMap::from([(-5i32, "x"), (7, "y")]));
    same(&BTreeMap::from([(true, 1), (false, 0)]));
    same(&BTreeMap::from([('c', 1)]));
    same(&BTreeMap::from([(Zone::PlaceDate, 1)]));
    same(&BTreeMap::from([(Kind::Plain, 1)]));
    same(&BTreeMap::from([(Kind::Wrapped(1), 1)]));
    same(&BTreeMap::from([(vec![1u8], 1)]));
    same(&BTreeMap::from([((), 1)]));
    same(&BTreeMap::from([(Some(1u8), 1)]));
    // (Float keys: their own test below.) serde_json's own values, in a map.
    let mut values = serde_json::Map::new();
    values.insert(
        "k".into(),
        serde_json::json!({"nested": [1, "two", null, 3.5]}),
    );
    same(&values);
    same(&serde_json::json!({"z": 1, "a": [true, {"b": "c\u{7f}"}]}));
}

/// A float as a map key (finite: quoted; not finite: an error, in both).
#[derive(Debug)]
struct FloatKey(f64);

impl Serialize for FloatKey {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(1))?;
        map.serialize_entry(&self.0, &1)?;
        map.end()
    }
}

#[test]
fn float_keys_quoted_when_finite_refused_when_not() {
    same(&FloatKey(1.5));
    same(&FloatKey(-0.0));
    same(&FloatKey(f64::NAN));
    same(&FloatKey(f64::INFINITY));
}

/// Bytes through `serialize_bytes` (a list of numbers in both).
#[derive(Debug)]
struct BytesLike<'a>(&'a [u8]);

impl Serialize for BytesLike<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(self.0)
    }
}

fn serde_bytes_like(b: &[u8]) -> BytesLike<'_> {
    BytesLike(b)
}

#[test]
fn an_escape_at_every_place_of_a_word() {
    // Every byte that needs an escape (and its neighbours that do not), alone and at
    // each offset of strings up to three words long, between ASCII and Vietnamese.
    let mut specials: Vec<char> = (0u8..0x20).map(char::from).collect();
    specials.extend([
        '"', '\\', ' ', '!', '#', '[', ']', '\u{7f}', 'ạ', 'Đ', '€', '😀',
    ]);
    for &c in &specials {
        for len in 0..24 {
            for at in 0..=len {
                for filler in ["a", "ế"] {
                    let mut s = filler.repeat(at);
                    s.push(c);
                    s.push_str(&filler.repeat(len - at));
                    same(&s);
                }
            }
        }
    }
    // Two escapes next to each other and a word apart.
    same("\"\"");
    same("a\\\"b\n\r\t\u{8}\u{c}\u{0}12345678\u{1f}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn random_strings_as_serde_json_writes_them(s in "(?s).{0,80}") {
        same(&s);
    }

    #[test]
    fn random_strings_of_controls_and_quotes(s in "[\\x00-\\x21\"\\\\a-zđĐ\\x7f]{0,40}") {
        same(&s);
    }
}

#[test]
fn the_records_and_the_graph_of_the_bundled_corpus() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let lexicon = vanban_lexicon::Lexicon::builtin();
    let pipeline = crate::Pipeline::new(lexicon).with_sentences(true);
    let mut graph = vanban_citelink::graph::GraphBuilder::new();
    let mut files = Vec::new();
    for dir in ["corpus", "tests"] {
        for entry in walkdir::WalkDir::new(root.join(dir)).sort_by_file_name() {
            let entry = entry.unwrap();
            if entry.path().extension().is_some_and(|e| e == "txt") {
                files.push(entry.into_path());
            }
        }
    }
    assert!(files.len() >= 50, "only {} documents found", files.len());
    let mut records = 0;
    for path in &files {
        let record =
            pipeline.process_bytes(&path.display().to_string(), &std::fs::read(path).unwrap());
        graph.add(&record);
        let mut ours = Vec::new();
        write(&mut ours, &record).unwrap();
        assert_eq!(
            String::from_utf8(ours).unwrap(),
            serde_json::to_string(&record).unwrap(),
            "{}",
            path.display()
        );
        same(&record.citations);
        records += 1;
    }
    same(&crate::failed(
        "x.bin",
        vanban_types::ProblemKind::Encoding,
        "not text: \u{0}\"",
    ));
    let graph = graph.finish();
    let theirs = serde_json::to_string(&graph).unwrap();
    assert!(theirs.len() > 1000 && records == files.len());
    assert_eq!(to_string(&graph).unwrap(), theirs);
}
