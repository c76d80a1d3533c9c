use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum ConfigError {
    Missing(String),
    BadNumber(ParseIntError),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ConfigError::Missing(key) => write!(f, "missing key `{key}`"),
            ConfigError::BadNumber(e) => write!(f, "bad number: {e}"),
        }
    }
}

impl From<ParseIntError> for ConfigError {
    fn from(e: ParseIntError) -> Self {
        ConfigError::BadNumber(e)
    }
}

fn get<'a>(pairs: &[(&'a str, &'a str)], key: &str) -> Result<&'a str, ConfigError> {
    pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| *v).ok_or(ConfigError::Missing(key.to_string()))
}

fn port(pairs: &[(&str, &str)]) -> Result<u16, ConfigError> {
    let raw = get(pairs, "port")?;
    let n: u16 = raw.parse()?;
    Ok(n)
}

fn main() {
    let good = [("host", "localhost"), ("port", "8080")];
    let bad = [("port", "80a")];
    let huge = [("port", "70000")];
    let none = [("host", "x")];
    for cfg in [&good[..], &bad[..], &huge[..], &none[..]] {
        match port(cfg) {
            Ok(p) => println!("port {p}"),
            Err(e) => println!("error: {e} / {e:?}"),
        }
    }
}
