//! One JSON Lines record read straight into its fields, each value as text, without the
//! `serde_json::Value` tree in between (issue 23, session 35).
//!
//! The reader parsed each line into a `Value` (an insertion-ordered map, its keys hashed),
//! then copied every key and value into a second map: JSON Lines input, as the Python
//! package writes it, took 1.45 s longer than the same rows as CSV at 1M messages. Here the
//! same parser visits the object once and keeps its fields in a vector.
//!
//! Invariant: [`parse`] gives what the `Value` route gave: the same syntax errors (it is the
//! same parser), "not an object" for any other JSON value, the fields in the order of their
//! first appearance with the last value of a repeated key, and each value as
//! [`value_text`] writes it.

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use std::fmt;

/// A field's value: a JSON string as it is, or any other JSON value.
#[derive(Debug, PartialEq)]
pub(super) enum Cell {
    Str(String),
    Other(Value),
}

impl Cell {
    /// Whether the value is a JSON string.
    pub(super) fn is_string(&self) -> bool {
        matches!(self, Cell::Str(_))
    }

    /// The value as text: a string as it is, `null` as nothing, anything else as compact JSON.
    pub(super) fn into_text(self) -> String {
        match self {
            Cell::Str(s) => s,
            Cell::Other(v) => value_text(&v),
        }
    }
}

/// A JSON value as a field's text: a string as it is, `null` as nothing, anything else as
/// compact JSON.
pub(super) fn value_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// A line's JSON value: an object's fields (first-appearance order, the last value of a
/// repeated key), or some other value.
#[derive(Debug, PartialEq)]
pub(super) enum Parsed {
    Object(Vec<(String, Cell)>),
    NotObject,
}

/// Parse one line (serde_json's own errors for bad JSON).
pub(super) fn parse(line: &str) -> serde_json::Result<Parsed> {
    serde_json::from_str(line)
}

impl<'de> Deserialize<'de> for Cell {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(CellVisitor)
    }
}

struct CellVisitor;

/// As serde_json's own `Value` visitor does, apart from keeping strings as they are. Only the
/// calls serde_json's `deserialize_any` makes are here (`null` is `visit_unit`, never
/// `visit_none`).
impl<'de> Visitor<'de> for CellVisitor {
    type Value = Cell;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any valid JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Cell, E> {
        Ok(Cell::Other(Value::Bool(v)))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Cell, E> {
        Ok(Cell::Other(Value::Number(v.into())))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Cell, E> {
        Ok(Cell::Other(Value::Number(v.into())))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Cell, E> {
        Ok(Cell::Other(
            serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number),
        ))
    }

    fn visit_str<E>(self, v: &str) -> Result<Cell, E> {
        Ok(Cell::Str(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Cell, E> {
        Ok(Cell::Str(v))
    }

    fn visit_unit<E>(self) -> Result<Cell, E> {
        Ok(Cell::Other(Value::Null))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Cell, A::Error> {
        Value::deserialize(de::value::SeqAccessDeserializer::new(seq)).map(Cell::Other)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Cell, A::Error> {
        Value::deserialize(de::value::MapAccessDeserializer::new(map)).map(Cell::Other)
    }
}

impl<'de> Deserialize<'de> for Parsed {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ParsedVisitor)
    }
}

struct ParsedVisitor;

impl<'de> Visitor<'de> for ParsedVisitor {
    type Value = Parsed;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any valid JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Parsed, A::Error> {
        let mut fields: Vec<(String, Cell)> = Vec::with_capacity(map.size_hint().unwrap_or(8));
        while let Some(key) = map.next_key::<String>()? {
            let value: Cell = map.next_value()?;
            // A repeated key keeps its first place and takes the last value (as an
            // insertion-ordered map's insert does); records have a few keys, so a scan is
            // cheaper than hashing them.
            match fields.iter_mut().find(|(k, _)| *k == key) {
                Some((_, v)) => *v = value,
                None => fields.push((key, value)),
            }
        }
        Ok(Parsed::Object(fields))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Parsed, A::Error> {
        // Read as `Value`s, not skipped: skipping takes another of the parser's paths, whose
        // messages for a line cut short differ ("a value" for "an object").
        while seq.next_element::<Value>()?.is_some() {}
        Ok(Parsed::NotObject)
    }

    fn visit_bool<E>(self, _: bool) -> Result<Parsed, E> {
        Ok(Parsed::NotObject)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Parsed, E> {
        Ok(Parsed::NotObject)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Parsed, E> {
        Ok(Parsed::NotObject)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Parsed, E> {
        Ok(Parsed::NotObject)
    }

    fn visit_str<E>(self, _: &str) -> Result<Parsed, E> {
        Ok(Parsed::NotObject)
    }

    fn visit_unit<E>(self) -> Result<Parsed, E> {
        Ok(Parsed::NotObject)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A line read: its fields (name, text, whether a JSON string), `None` for another JSON
    /// value, or the error's message.
    type Read = Result<Option<Vec<(String, String, bool)>>, String>;

    /// The `Value` route the reader took before: the line as a `Value`, then each field's text.
    fn by_value(line: &str) -> Read {
        let v: Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
        let Value::Object(map) = v else {
            return Ok(None);
        };
        Ok(Some(
            map.iter()
                .map(|(k, v)| (k.clone(), value_text(v), v.is_string()))
                .collect(),
        ))
    }

    fn by_parse(line: &str) -> Read {
        match parse(line).map_err(|e| e.to_string())? {
            Parsed::NotObject => Ok(None),
            Parsed::Object(fields) => Ok(Some(
                fields
                    .into_iter()
                    .map(|(k, c)| {
                        let s = c.is_string();
                        (k, c.into_text(), s)
                    })
                    .collect(),
            )),
        }
    }

    #[test]
    fn records_read_as_through_a_value() {
        for line in [
            r#"{"text":"send me a pic","message_id":"m1"}"#,
            r#"{"a":1,"b":-2,"c":1.5,"d":1e400,"e":true,"f":null,"g":[1,"x",{"y":null}],"h":{"z":[]}}"#,
            r#"{"k":"first","j":2,"k":"last"}"#,
            r#"{"k":"first","j":2,"k":7}"#,
            r#"{"text":"caf\u00e9 \"quoted\" \\ \n","n":18446744073709551615,"m":-9223372036854775808}"#,
            r#"{"big":123456789012345678901234567890,"neg0":-0.0,"exp":2E-3}"#,
            r#"  { "spaced" : "yes" }  "#,
            r#"{}"#,
            r#"[1,2,{"a":3}]"#,
            r#""a string""#,
            "5",
            "null",
            "true",
            r#"{"a":1} trailing"#,
            r#"{"a":}"#,
            r#"{"a":1"#,
            r#"[1,2"#,
            r#"{"a":"\ud800"}"#,
            r#"{"a":[1,{"b":}]}"#,
            "",
        ] {
            assert_eq!(by_parse(line), by_value(line), "{line}");
        }
    }

    fn json_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(|v| Value::Number(v.into())),
            any::<u64>().prop_map(|v| Value::Number(v.into())),
            (-1e12f64..1e12).prop_map(|v| serde_json::json!(v)),
            "[a-z \"\\\\é😂\u{7}]{0,8}".prop_map(Value::String),
        ];
        leaf.prop_recursive(3, 16, 4, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                proptest::collection::vec(("[a-c]{1,2}", inner), 0..4)
                    .prop_map(|kv| Value::Object(kv.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        /// Objects with repeated keys and every kind of value, written as text, then cut short
        /// or not: the fields, or the error message, equal the `Value` route's.
        #[test]
        fn any_line_reads_as_through_a_value(
            fields in proptest::collection::vec(("[a-d]{1,2}", json_value()), 0..8),
            top in json_value(),
            cut in proptest::option::of(0usize..200),
            object in any::<bool>(),
        ) {
            let mut line = if object {
                let parts: Vec<String> = fields
                    .iter()
                    .map(|(k, v)| format!("{}:{}", Value::String(k.clone()), v))
                    .collect();
                format!("{{{}}}", parts.join(","))
            } else {
                top.to_string()
            };
            if let Some(c) = cut {
                let mut c = c.min(line.len());
                while !line.is_char_boundary(c) {
                    c -= 1;
                }
                line.truncate(c);
            }
            prop_assert_eq!(by_parse(&line), by_value(&line), "{}", line);
        }
    }
}
