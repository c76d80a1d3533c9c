fn parse_even(s: &str) -> Result<i32, String> {
    let n: i32 = s.parse().map_err(|e| format!("{s:?}: {e}"))?;
    if n % 2 == 0 { Ok(n) } else { Err(format!("{n} is odd")) }
}

fn main() {
    let ok = parse_even("8");
    let odd = parse_even("7");
    let bad = parse_even("q");
    println!("{ok:?} {odd:?} {bad:?}");
    println!("{:?} {:?}", ok.as_ref().map(|n| n * 10), odd.as_ref().map(|n| n * 10));
    println!("{:?}", odd.as_ref().map_err(|e| e.len()));
    println!("{:?}", ok.clone().and_then(|n| parse_even(&(n / 2).to_string())));
    println!("{:?}", bad.clone().or_else(|_| parse_even("2")));
    println!("{} {}", ok.clone().unwrap_or(0), bad.clone().unwrap_or(0));
    println!("{}", odd.clone().unwrap_or_else(|e| e.len() as i32));
    println!("{}", bad.clone().unwrap_or_default());
    println!("{:?} {:?}", ok.clone().ok(), odd.clone().ok());
    println!("{:?} {:?}", ok.clone().err(), odd.clone().err());
    println!("{} {}", ok.is_ok(), bad.is_err());
    println!("{}", ok.as_ref().is_ok_and(|n| *n > 5));
    println!("{}", ok.iter().count() + odd.iter().count());
    let all: Result<Vec<i32>, String> = ["2", "4", "6"].iter().map(|s| parse_even(s)).collect();
    println!("{all:?}");
    let first_err: Result<Vec<i32>, String> = ["2", "3", "x"].iter().map(|s| parse_even(s)).collect();
    println!("{first_err:?}");
    let (goods, bads): (Vec<_>, Vec<_>) = ["2", "3", "4"].iter().map(|s| parse_even(s)).partition(|r| r.is_ok());
    println!("{} ok, {} err", goods.len(), bads.len());
    println!("{}", ok.clone().expect("eight is even"));
    println!("{:?}", ok.map_or(-1, |n| n + 1));
}
