use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct NegativeError(i64);

impl fmt::Display for NegativeError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} is negative", self.0)
    }
}

impl Error for NegativeError {}

fn parse_positive(s: &str) -> Result<i64, Box<dyn Error>> {
    let n: i64 = s.trim().parse()?;
    if n < 0 {
        return Err(Box::new(NegativeError(n)));
    }
    if n == 0 {
        return Err("zero is not allowed".into());
    }
    if n > 1000 {
        return Err(format!("{n} is too large").into());
    }
    Ok(n)
}

fn sum_all(inputs: &[&str]) -> Result<i64, Box<dyn Error>> {
    let mut total = 0;
    for s in inputs {
        total += parse_positive(s)?;
    }
    Ok(total)
}

fn main() {
    for s in ["42", " 7 ", "-3", "0", "5000", "4.5"] {
        match parse_positive(s) {
            Ok(n) => println!("{s:?}: ok {n}"),
            Err(e) => println!("{s:?}: error {e}"),
        }
    }
    println!("{:?}", sum_all(&["1", "2", "3"]).ok());
    let err = sum_all(&["1", "x"]).unwrap_err();
    println!("{err} | {err:?}");
}
