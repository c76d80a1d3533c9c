use std::str::FromStr;

#[derive(Debug, PartialEq)]
struct Rgb(u8, u8, u8);

impl FromStr for Rgb {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let hex = s.strip_prefix('#').ok_or_else(|| format!("{s:?} lacks '#'"))?;
        if hex.len() != 6 {
            return Err(format!("{s:?} needs 6 hex digits"));
        }
        let part = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).map_err(|e| e.to_string());
        Ok(Rgb(part(0)?, part(2)?, part(4)?))
    }
}

fn main() {
    for s in ["#ff8000", "#FFFFFF", "00ff00", "#12345", "#zz0000"] {
        println!("{s}: {:?}", s.parse::<Rgb>());
    }
    println!("{:?}", i64::from_str_radix("-7f", 16));
    println!("{:?}", u32::from_str_radix("101101", 2));
    println!("{:?}", u8::from_str_radix("777", 8));
    println!("{:?}", i32::from_str_radix("zz", 36));
    println!("{:?}", "42".parse::<u128>());
    println!("{:?}", "-0".parse::<i8>());
    println!("{:?}", "".parse::<f32>().is_err());
}
