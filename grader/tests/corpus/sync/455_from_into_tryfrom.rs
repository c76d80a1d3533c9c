use std::convert::TryFrom;
use std::fmt;

#[derive(Debug, PartialEq)]
struct Celsius(f64);
#[derive(Debug, PartialEq)]
struct Fahrenheit(f64);

impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Self {
        Fahrenheit(c.0 * 9.0 / 5.0 + 32.0)
    }
}

#[derive(Debug)]
struct Even(u32);

#[derive(Debug)]
enum EvenError {
    Odd(u32),
    Negative(i64),
}

impl fmt::Display for EvenError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            EvenError::Odd(n) => write!(f, "{} is odd", n),
            EvenError::Negative(n) => write!(f, "{} is negative", n),
        }
    }
}

impl TryFrom<i64> for Even {
    type Error = EvenError;
    fn try_from(v: i64) -> Result<Self, Self::Error> {
        if v < 0 {
            Err(EvenError::Negative(v))
        } else if v % 2 == 1 {
            Err(EvenError::Odd(v as u32))
        } else {
            Ok(Even(v as u32))
        }
    }
}

struct Name(String);
impl From<&str> for Name {
    fn from(s: &str) -> Name {
        Name(s.trim().to_string())
    }
}

fn greet(n: impl Into<Name>) {
    let n: Name = n.into();
    println!("hi {}", n.0);
}

fn main() {
    let f: Fahrenheit = Celsius(100.0).into();
    println!("{:?}", f);
    println!("{:?}", Fahrenheit::from(Celsius(-40.0)));
    for v in [4i64, 7, -2] {
        match Even::try_from(v) {
            Ok(e) => println!("ok {:?}", e),
            Err(e) => println!("error: {} / {:?}", e, e),
        }
    }
    let r: Result<Even, _> = 10i64.try_into();
    println!("{:?}", r.unwrap());
    greet("  bob ");
    greet(Name("ann".to_string()));
    let small: Result<u8, _> = u8::try_from(300i32);
    println!("{:?}", small.is_err());
    let x: i64 = i64::from(7u8) + i64::from(true);
    println!("{}", x);
    let e: Even = Even::try_from(3).unwrap();
    println!("{:?}", e);
}
