use std::convert::TryFrom;

#[derive(Debug)]
struct Celsius(f64);
#[derive(Debug)]
struct Fahrenheit(f64);

impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Self {
        Fahrenheit(c.0 * 9.0 / 5.0 + 32.0)
    }
}

#[derive(Debug)]
struct Even(u32);

impl TryFrom<u32> for Even {
    type Error = String;
    fn try_from(v: u32) -> Result<Self, Self::Error> {
        if v % 2 == 0 { Ok(Even(v)) } else { Err(format!("{v} is odd")) }
    }
}

fn describe(s: impl Into<String>) -> String {
    let mut s: String = s.into();
    s.push('!');
    s
}

fn main() {
    let f: Fahrenheit = Celsius(100.0).into();
    println!("{:?}", f);
    println!("{:?}", Fahrenheit::from(Celsius(-40.0)));
    println!("{:?} {:?}", Even::try_from(8), Even::try_from(7));
    let e: Result<Even, _> = 10u32.try_into();
    println!("{e:?}");
    println!("{}", describe("str"));
    println!("{}", describe(String::from("string")));
    let n: i64 = 5i32.into();
    let small = u8::try_from(300i32);
    let ok = u8::try_from(200i32);
    println!("{n} {small:?} {ok:?}");
    let err = i8::try_from(200u8).unwrap_err();
    println!("{err}");
    let v: Vec<u8> = "hi".into();
    let s: String = 'c'.into();
    let b: Box<str> = "boxed".into();
    println!("{v:?} {s} {b}");
    println!("{}", f64::from(3u8) + f64::from(0.5f32));
    println!("{}", char::from(65u8));
    println!("{:?}", char::try_from(0xD800u32).is_err());
}
