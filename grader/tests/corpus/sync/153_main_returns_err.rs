use std::num::ParseIntError;

fn parse_all(items: &[&str]) -> Result<Vec<i32>, ParseIntError> {
    items.iter().map(|s| s.parse::<i32>()).collect()
}

fn main() -> Result<(), ParseIntError> {
    let good = parse_all(&["1", "2", "3"])?;
    println!("good: {good:?}");
    let bad = parse_all(&["4", "five"])?;
    println!("bad: {bad:?}");
    Ok(())
}
