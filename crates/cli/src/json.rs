//! Compact JSON for what a run writes on its hot path (the staged records, their
//! resolved citations, the database's JSON columns): byte for byte what
//! `serde_json::to_writer` writes, with strings scanned eight bytes at a time, into a
//! `Vec<u8>` the caller reuses.
//!
//! serde_json looks every byte of every string up in its escape table, one at a time;
//! a record's strings (its fields, tasks' texts, citations' texts) are several times
//! the document's size, and that loop was the largest function of a run's profile (4%
//! of its instructions). Nothing else differs: numbers go through the same `itoa` and
//! `zmij`, non-finite floats are `null`, map keys must be strings (integers, booleans
//! and finite floats are quoted), enums are externally tagged. The tests compare the
//! two on every kind of value, on strings with escapes anywhere, and on the records
//! and graph of the bundled corpus.
//!
//! ```text
//! json::write(&mut line, &record)?;        // appended to a Vec<u8>
//! let column = json::to_string(&spans)?;   // a String
//! ```

use serde::ser::{self, Serialize};
use std::fmt;

/// Why a value could not be written: it is not JSON (a map key that is not a string,
/// a float key that is not finite) or its `Serialize` failed.
#[derive(Debug)]
pub(crate) struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Error {
        Error(msg.to_string())
    }
}

impl From<Error> for std::io::Error {
    fn from(e: Error) -> std::io::Error {
        std::io::Error::other(e)
    }
}

/// Append `value` as compact JSON to `out`.
pub(crate) fn write<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) -> Result<(), Error> {
    value.serialize(&mut Serializer { out })
}

/// `value` as compact JSON.
pub(crate) fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    let mut out = Vec::with_capacity(128);
    write(&mut out, value)?;
    // (Only whole strings and ASCII are ever written.)
    String::from_utf8(out).map_err(|e| Error(e.to_string()))
}

/// What each byte becomes inside a JSON string: 0 for itself, else the letter of its
/// escape (`u` for `\u00XX`). The same set as serde_json's: control characters, the
/// quote and the backslash; DEL and everything outside ASCII stay as they are.
const ESCAPE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = b'u';
        b += 1;
    }
    table[0x08] = b'b';
    table[0x09] = b't';
    table[0x0A] = b'n';
    table[0x0C] = b'f';
    table[0x0D] = b'r';
    table[b'"' as usize] = b'"';
    table[b'\\' as usize] = b'\\';
    table
};

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Whether any of the eight bytes of `w` needs an escape: one below 0x20, a quote or
/// a backslash. (Each test is exact about presence: a borrow can only spread from a
/// byte that matched.)
#[inline]
fn word_needs_escape(w: u64) -> bool {
    let below_space = w.wrapping_sub(ONES * 0x20) & !w;
    let quote = w ^ (ONES * b'"' as u64);
    let backslash = w ^ (ONES * b'\\' as u64);
    let zero = |v: u64| v.wrapping_sub(ONES) & !v;
    (below_space | zero(quote) | zero(backslash)) & HIGHS != 0
}

/// `s` as a JSON string, quotes included.
fn write_str(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    match first_escape(bytes) {
        None => out.extend_from_slice(bytes),
        Some(at) => write_escaped(out, bytes, at),
    }
    out.push(b'"');
}

/// Where the first byte that needs an escape is, a word at a time (the last, partial
/// word read again from its end, or padded when the whole string is shorter).
#[inline]
fn first_escape(bytes: &[u8]) -> Option<usize> {
    let word_at = |i: usize| {
        let mut w = [0u8; 8];
        w.copy_from_slice(&bytes[i..i + 8]);
        u64::from_le_bytes(w)
    };
    let find = |from: usize| (from..bytes.len()).find(|&i| ESCAPE[bytes[i] as usize] != 0);
    if bytes.len() < 8 {
        // (Padded with spaces, which need no escape.)
        let mut w = [b' '; 8];
        w[..bytes.len()].copy_from_slice(bytes);
        return if word_needs_escape(u64::from_le_bytes(w)) {
            find(0)
        } else {
            None
        };
    }
    let mut i = 0;
    while i + 8 <= bytes.len() {
        if word_needs_escape(word_at(i)) {
            return find(i);
        }
        i += 8;
    }
    if i < bytes.len() && word_needs_escape(word_at(bytes.len() - 8)) {
        return find(i);
    }
    None
}

/// The rest of a string whose first escape is at `at`.
#[cold]
fn write_escaped(out: &mut Vec<u8>, bytes: &[u8], at: usize) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut run = 0;
    for (i, &byte) in bytes.iter().enumerate().skip(at) {
        let escape = ESCAPE[byte as usize];
        if escape == 0 {
            continue;
        }
        out.extend_from_slice(&bytes[run..i]);
        if escape == b'u' {
            out.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[(byte >> 4) as usize],
                HEX[(byte & 0xF) as usize],
            ]);
        } else {
            out.extend_from_slice(&[b'\\', escape]);
        }
        run = i + 1;
    }
    out.extend_from_slice(&bytes[run..]);
}

struct Serializer<'w> {
    out: &'w mut Vec<u8>,
}

impl<'w> Serializer<'w> {
    fn int(&mut self, v: impl itoa::Integer) -> Result<(), Error> {
        self.out
            .extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
        Ok(())
    }

    fn float(&mut self, finite: bool, v: impl zmij::Float) -> Result<(), Error> {
        match finite {
            true => self
                .out
                .extend_from_slice(zmij::Buffer::new().format_finite(v).as_bytes()),
            false => self.out.extend_from_slice(b"null"),
        }
        Ok(())
    }

    /// `{"variant":` before the value of a newtype, tuple or struct variant.
    fn open_variant(&mut self, variant: &str) {
        self.out.extend_from_slice(b"{");
        write_str(self.out, variant);
        self.out.extend_from_slice(b":");
    }

    /// `[` or `{`, and the list or map it opens (written whole at once when its length
    /// is known to be 0, as serde_json does); `variant`: inside `{"variant":`.
    fn open<'a>(
        &'a mut self,
        open: &[u8],
        close: &'static [u8],
        len: Option<usize>,
        variant: bool,
    ) -> Compound<'a, 'w> {
        self.out.extend_from_slice(open);
        let state = if len == Some(0) {
            self.out.extend_from_slice(close);
            State::Empty
        } else {
            State::First
        };
        Compound {
            ser: self,
            state,
            close,
            variant,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    /// Written whole already (`[]`, `{}`).
    Empty,
    /// Nothing inside yet.
    First,
    /// At least one element or entry inside.
    Rest,
}

/// A list or map being written: its closing bytes, and one more `}` for a variant.
struct Compound<'a, 'w> {
    ser: &'a mut Serializer<'w>,
    state: State,
    close: &'static [u8],
    variant: bool,
}

impl Compound<'_, '_> {
    fn comma(&mut self) {
        if self.state == State::Rest {
            self.ser.out.extend_from_slice(b",");
        }
        self.state = State::Rest;
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.comma();
        value.serialize(&mut *self.ser)
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        self.comma();
        write_str(self.ser.out, key);
        self.ser.out.extend_from_slice(b":");
        value.serialize(&mut *self.ser)
    }

    fn close(self) -> Result<(), Error> {
        if self.state != State::Empty {
            self.ser.out.extend_from_slice(self.close);
        }
        if self.variant {
            self.ser.out.extend_from_slice(b"}");
        }
        Ok(())
    }
}

/// The ten integer methods of a `Serializer`, each calling its `int`.
macro_rules! integers {
    () => {
        integers!(serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
            serialize_i64: i64, serialize_i128: i128, serialize_u8: u8, serialize_u16: u16,
            serialize_u32: u32, serialize_u64: u64, serialize_u128: u128);
    };
    ($($method:ident: $ty:ty),*) => {
        $(fn $method(self, v: $ty) -> Result<(), Error> {
            self.int(v)
        })*
    };
}

/// `Serialize*` traits whose elements are written alike (lists: `element`; structs:
/// `field`), with `end` closing the list or map.
macro_rules! compound {
    ($($tr:ident: $method:ident($($key:ident)?) => $write:ident;)*) => {
        $(impl ser::$tr for Compound<'_, '_> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(
                &mut self,
                $($key: &'static str,)?
                value: &T,
            ) -> Result<(), Error> {
                self.$write($($key,)? value)
            }
            fn end(self) -> Result<(), Error> {
                self.close()
            }
        })*
    };
}

compound! {
    SerializeSeq: serialize_element() => element;
    SerializeTuple: serialize_element() => element;
    SerializeTupleStruct: serialize_field() => element;
    SerializeTupleVariant: serialize_field() => element;
    SerializeStruct: serialize_field(key) => field;
    SerializeStructVariant: serialize_field(key) => field;
}

impl<'a, 'w> ser::Serializer for &'a mut Serializer<'w> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a, 'w>;
    type SerializeTuple = Compound<'a, 'w>;
    type SerializeTupleStruct = Compound<'a, 'w>;
    type SerializeTupleVariant = Compound<'a, 'w>;
    type SerializeMap = Compound<'a, 'w>;
    type SerializeStruct = Compound<'a, 'w>;
    type SerializeStructVariant = Compound<'a, 'w>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out
            .extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }
    integers!();
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.float(v.is_finite(), v)
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.float(v.is_finite(), v)
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        write_str(self.out, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        write_str(self.out, v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        use ser::SerializeSeq;
        let mut seq = self.serialize_seq(Some(v.len()))?;
        for byte in v {
            seq.serialize_element(byte)?;
        }
        seq.end()
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.open_variant(variant);
        value.serialize(&mut *self)?;
        self.out.extend_from_slice(b"}");
        Ok(())
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Ok(self.open(b"[", b"]", len, false))
    }
    fn serialize_tuple(self, len: usize) -> Result<Self::SerializeTuple, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        self.open_variant(variant);
        Ok(self.open(b"[", b"]", Some(len), true))
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Ok(self.open(b"{", b"}", len, false))
    }
    fn serialize_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStruct, Error> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        self.open_variant(variant);
        Ok(self.open(b"{", b"}", Some(len), true))
    }
}

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.comma();
        key.serialize(MapKey {
            out: &mut *self.ser.out,
        })
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.ser.out.extend_from_slice(b":");
        value.serialize(&mut *self.ser)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

/// A map's key: JSON's keys are strings, so strings, characters and unit variants are
/// written as themselves and integers, booleans and finite floats in quotes, and
/// `Some(key)` as its key (as serde_json does); anything else is an error.
struct MapKey<'o> {
    out: &'o mut Vec<u8>,
}

impl MapKey<'_> {
    fn quoted(self, text: &str) -> Result<(), Error> {
        self.out.extend_from_slice(b"\"");
        self.out.extend_from_slice(text.as_bytes());
        self.out.extend_from_slice(b"\"");
        Ok(())
    }

    fn int(self, v: impl itoa::Integer) -> Result<(), Error> {
        self.quoted(itoa::Buffer::new().format(v))
    }

    fn float(self, finite: bool, v: impl zmij::Float) -> Result<(), Error> {
        if !finite {
            return Err(Error("float key must be finite (got NaN or +/-inf)".into()));
        }
        self.quoted(zmij::Buffer::new().format_finite(v))
    }
}

fn key_must_be_a_string() -> Error {
    Error("key must be a string".into())
}

impl ser::Serializer for MapKey<'_> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = ser::Impossible<(), Error>;
    type SerializeTuple = ser::Impossible<(), Error>;
    type SerializeTupleStruct = ser::Impossible<(), Error>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = ser::Impossible<(), Error>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        write_str(self.out, v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        write_str(self.out, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        write_str(self.out, variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.quoted(if v { "true" } else { "false" })
    }
    integers!();
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.float(v.is_finite(), v)
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.float(v.is_finite(), v)
    }
    fn serialize_bytes(self, _v: &[u8]) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_none(self) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStruct, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(key_must_be_a_string())
    }
}

#[cfg(test)]
mod tests;
