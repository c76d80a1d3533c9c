//! Reading an exercise's checks ([`Expectations`]) from JSON without serde's deserializer.
//!
//! The site's worker receives the checks as the JSON text the course build wrote with serde
//! (`serde_json::to_string` of the same type), and this is all the JSON it ever reads. serde's
//! derived `Deserialize` with `serde_json`'s reader was 8 KB of the worker's gzipped download;
//! this reader of the JSON grammar's values plus one `match` over the field names is a fraction.
//!
//! It accepts the objects the derived `Deserialize` accepts (`#[serde(default, deny_unknown_fields)]`:
//! any field may be missing, unknown and duplicate fields are errors, `null` is `None` for the
//! optional fields and an error for the others) and builds the same value; the tests hold it to
//! serde's answers. The one form left out is serde's struct written as an array of its fields
//! in order, which serde itself never writes. Error texts differ from serde's: they only reach a developer, through the
//! worker's `malformed checks: …` reply.

use super::{Expectations, StdoutMode};
use crate::report::Outcome;

/// One JSON value. Numbers are kept as their text: the checks only have unsigned integers.
#[derive(Debug, PartialEq)]
enum Value {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

/// Nesting deeper than this is refused (checks nest two levels; this keeps the recursion bounded
/// on any text).
const MAX_DEPTH: usize = 64;

struct Reader<'a> {
    text: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn error<T>(&self, what: &str) -> Result<T, String> {
        Err(format!("{what} at byte {}", self.at))
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.text.get(self.at) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        self.skip_space();
        let found = self.text.get(self.at) == Some(&byte);
        self.at += usize::from(found);
        found
    }

    fn expect(&mut self, byte: u8) -> Result<(), String> {
        if self.eat(byte) {
            Ok(())
        } else {
            self.error(&format!("expected `{}`", byte as char))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, String> {
        if depth > MAX_DEPTH {
            return self.error("nested too deeply");
        }
        self.skip_space();
        let rest = &self.text[self.at..];
        for (word, value) in [(&b"null"[..], Value::Null), (b"true", Value::Bool(true)), (b"false", Value::Bool(false))]
        {
            if rest.starts_with(word) {
                self.at += word.len();
                return Ok(value);
            }
        }
        match rest.first() {
            Some(b'"') => self.string().map(Value::String),
            Some(b'[') => {
                self.at += 1;
                let mut items = Vec::new();
                if !self.eat(b']') {
                    loop {
                        items.push(self.value(depth + 1)?);
                        if self.eat(b']') {
                            break;
                        }
                        self.expect(b',')?;
                    }
                }
                Ok(Value::Array(items))
            }
            Some(b'{') => {
                self.at += 1;
                let mut fields = Vec::new();
                if !self.eat(b'}') {
                    loop {
                        self.skip_space();
                        if self.text.get(self.at) != Some(&b'"') {
                            return self.error("expected a field name");
                        }
                        let name = self.string()?;
                        self.expect(b':')?;
                        fields.push((name, self.value(depth + 1)?));
                        if self.eat(b'}') {
                            break;
                        }
                        self.expect(b',')?;
                    }
                }
                Ok(Value::Object(fields))
            }
            Some(b'-' | b'0'..=b'9') => {
                let start = self.at;
                while let Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') = self.text.get(self.at) {
                    self.at += 1;
                }
                Ok(Value::Number(String::from_utf8_lossy(&self.text[start..self.at]).into_owned()))
            }
            _ => self.error("expected a value"),
        }
    }

    /// A string literal, the reader at its opening quote.
    fn string(&mut self) -> Result<String, String> {
        self.at += 1;
        let mut out = Vec::new();
        loop {
            let Some(&byte) = self.text.get(self.at) else { return self.error("unterminated string") };
            self.at += 1;
            match byte {
                b'"' => return String::from_utf8(out).or_else(|_| self.error("invalid UTF-8")),
                b'\\' => {
                    let Some(&escape) = self.text.get(self.at) else { return self.error("unterminated string") };
                    self.at += 1;
                    let c = match escape {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape()?,
                        _ => return self.error("invalid escape"),
                    };
                    out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                }
                0..=0x1f => return self.error("control character in a string"),
                _ => out.push(byte),
            }
        }
    }

    /// The char of `\uXXXX` (and of a following `\uXXXX` when the first is a high surrogate).
    fn unicode_escape(&mut self) -> Result<char, String> {
        let high = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&high) {
            if !self.text[self.at..].starts_with(b"\\u") {
                return self.error("lone surrogate");
            }
            self.at += 2;
            let low = self.hex4()?;
            if !(0xDC00..0xE000).contains(&low) {
                return self.error("lone surrogate");
            }
            0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        } else {
            high
        };
        char::from_u32(code).map_or_else(|| self.error("lone surrogate"), Ok)
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let digits = self.text.get(self.at..self.at + 4).and_then(|d| std::str::from_utf8(d).ok());
        match digits.and_then(|d| u32::from_str_radix(d, 16).ok().filter(|_| d.bytes().all(|b| b.is_ascii_hexdigit())))
        {
            Some(code) => {
                self.at += 4;
                Ok(code)
            }
            None => self.error("invalid \\u escape"),
        }
    }
}

fn parse(text: &str) -> Result<Value, String> {
    let mut reader = Reader { text: text.as_bytes(), at: 0 };
    let value = reader.value(0)?;
    reader.skip_space();
    if reader.at < reader.text.len() {
        return reader.error("trailing characters");
    }
    Ok(value)
}

fn type_error<T>(field: &str, want: &str) -> Result<T, String> {
    Err(format!("`{field}`: expected {want}"))
}

fn string(field: &str, value: Value) -> Result<String, String> {
    match value {
        Value::String(s) => Ok(s),
        _ => type_error(field, "a string"),
    }
}

fn boolean(field: &str, value: Value) -> Result<bool, String> {
    match value {
        Value::Bool(b) => Ok(b),
        _ => type_error(field, "true or false"),
    }
}

/// An unsigned integer that fits `T` (serde accepts no sign, fraction or exponent here).
fn integer<T: std::str::FromStr>(field: &str, value: Value) -> Result<T, String> {
    match value {
        Value::Number(n) if n.bytes().all(|b| b.is_ascii_digit()) => {
            n.parse().or_else(|_| type_error(field, "a smaller number"))
        }
        _ => type_error(field, "an unsigned integer"),
    }
}

fn strings(field: &str, value: Value) -> Result<Vec<String>, String> {
    match value {
        Value::Array(items) => items.into_iter().map(|item| string(field, item)).collect(),
        _ => type_error(field, "a list of strings"),
    }
}

/// `null` as `None`, anything else read by `read`.
fn optional<T>(
    field: &str,
    value: Value,
    read: impl FnOnce(&str, Value) -> Result<T, String>,
) -> Result<Option<T>, String> {
    match value {
        Value::Null => Ok(None),
        value => read(field, value).map(Some),
    }
}

/// A unit enum variant by its serde name (`snake_case`).
fn variant<T: Copy>(field: &str, value: Value, variants: &[(&str, T)]) -> Result<T, String> {
    let name = string(field, value)?;
    variants.iter().find(|(n, _)| *n == name).map(|&(_, v)| v).map_or_else(|| type_error(field, "a known name"), Ok)
}

impl Expectations {
    /// The checks from the JSON serde writes for them (see the module docs).
    pub fn from_json(text: &str) -> Result<Expectations, String> {
        let Value::Object(fields) = parse(text)? else { return Err("expected an object".into()) };
        let mut e = Expectations::default();
        let mut seen: Vec<String> = Vec::new();
        for (name, value) in fields {
            if seen.contains(&name) {
                return Err(format!("duplicate field `{name}`"));
            }
            let field = name.as_str();
            match field {
                "outcome" => {
                    use Outcome::*;
                    let names = [Completed, Panicked, Rejected, Deadlock, Limit, Failed].map(|o| (o.as_str(), o));
                    e.outcome = optional(field, value, |f, v| variant(f, v, &names))?;
                }
                "panic_message" => e.panic_message = optional(field, value, string)?,
                "stdout" => e.stdout = optional(field, value, string)?,
                "stdout_mode" => {
                    use StdoutMode::*;
                    let names =
                        [("exact", Exact), ("lines_any_order", LinesAnyOrder), ("ordered_subset", OrderedSubset)];
                    e.stdout_mode = variant(field, value, &names)?;
                }
                "stdout_lines" => e.stdout_lines = strings(field, value)?,
                "max_virtual_ms" => e.max_virtual_ms = optional(field, value, integer)?,
                "min_virtual_ms" => e.min_virtual_ms = optional(field, value, integer)?,
                "absent" => e.absent = strings(field, value)?,
                "present" => e.present = strings(field, value)?,
                "no_warnings" => e.no_warnings = boolean(field, value)?,
                "tests" => e.tests = boolean(field, value)?,
                "hidden_tests" => e.hidden_tests = optional(field, value, string)?,
                "max_tasks_alive" => e.max_tasks_alive = optional(field, value, integer)?,
                "max_permit_holders" => e.max_permit_holders = optional(field, value, integer)?,
                "tasks_finish" => e.tasks_finish = boolean(field, value)?,
                "no_lock_across_await" => e.no_lock_across_await = boolean(field, value)?,
                _ => return Err(format!("unknown field `{name}`")),
            }
            seen.push(name);
        }
        Ok(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every field set to something other than its default.
    fn full() -> Expectations {
        Expectations {
            outcome: Some(Outcome::Panicked),
            panic_message: Some("boom \"quoted\" \\ \u{1F600} é\n\ttab \u{1}".into()),
            stdout: Some("line 1\nline 2\r\n\u{7f}\u{2028}".into()),
            stdout_mode: StdoutMode::OrderedSubset,
            stdout_lines: vec!["a".into(), String::new(), "ü".into()],
            max_virtual_ms: Some(u64::MAX),
            min_virtual_ms: Some(0),
            absent: vec!["blocking_sleep".into()],
            present: vec!["unawaited_future".into(), "x".into()],
            no_warnings: true,
            tests: true,
            hidden_tests: Some("#[test]\nfn t() {}".into()),
            max_tasks_alive: Some(u32::MAX),
            max_permit_holders: Some(3),
            tasks_finish: true,
            no_lock_across_await: true,
        }
    }

    /// What serde's derived `Deserialize` makes of `text`, as `Ok` or an error (its text dropped).
    fn serde(text: &str) -> Result<Expectations, ()> {
        serde_json::from_str(text).map_err(|_| ())
    }

    fn ours(text: &str) -> Result<Expectations, ()> {
        Expectations::from_json(text).map_err(|_| ())
    }

    #[test]
    fn reads_what_serde_writes() {
        for e in [Expectations::default(), full()] {
            let text = serde_json::to_string(&e).unwrap();
            assert_eq!(Expectations::from_json(&text), Ok(e.clone()), "{text}");
            let pretty = serde_json::to_string_pretty(&e).unwrap();
            assert_eq!(Expectations::from_json(&pretty), Ok(e), "{pretty}");
        }
        for mode in [StdoutMode::Exact, StdoutMode::LinesAnyOrder, StdoutMode::OrderedSubset] {
            let e = Expectations { stdout_mode: mode, ..Default::default() };
            assert_eq!(ours(&serde_json::to_string(&e).unwrap()), Ok(e));
        }
        use Outcome::*;
        for outcome in [Completed, Panicked, Rejected, Deadlock, Limit, Failed] {
            let e = Expectations { outcome: Some(outcome), ..Default::default() };
            assert_eq!(ours(&serde_json::to_string(&e).unwrap()), Ok(e));
        }
    }

    #[test]
    fn accepts_and_refuses_what_serde_does() {
        let cases = [
            r#"{}"#,
            r#"  { "stdout" : "a" , "tests" : true }  "#,
            r#"{"stdout": null, "outcome": null, "max_virtual_ms": null}"#,
            r#"{"stdout": "\u00e9\ud83d\ude00\/\b\f"}"#,
            r#"{"max_tasks_alive": 4294967295}"#,
            // Refused by both:
            r#""#,
            r#"{"stdout": "a",}"#,
            r#"{"stdout": "a"} x"#,
            r#"{"unknown": 1}"#,
            r#"{"stdout": "a", "stdout": "b"}"#,
            r#"{"tests": null}"#,
            r#"{"absent": null}"#,
            r#"{"absent": "x"}"#,
            r#"{"absent": [1]}"#,
            r#"{"stdout_mode": "fuzzy"}"#,
            r#"{"outcome": "Completed"}"#,
            r#"{"max_tasks_alive": 4294967296}"#,
            r#"{"max_tasks_alive": -1}"#,
            r#"{"max_tasks_alive": 1.5}"#,
            r#"{"max_virtual_ms": 1e3}"#,
            r#"{"stdout": "\ud83d"}"#,
            r#"{"stdout": "\x"}"#,
            r#"{"stdout": "tab	inside"}"#,
            r#"{"stdout": "unterminated}"#,
            r#"{"tests": tru}"#,
            r#"{stdout: "a"}"#,
        ];
        for text in cases {
            assert_eq!(ours(text), serde(text), "{text}");
        }
    }

    #[test]
    fn a_struct_as_an_array_is_refused() {
        // serde reads `[]` as a struct with every field missing; nothing writes checks that way.
        assert!(serde("[]").is_ok());
        assert!(ours("[]").is_err());
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let text = format!("{{\"absent\": {}{}}}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(Expectations::from_json(&text).is_err());
    }
}
