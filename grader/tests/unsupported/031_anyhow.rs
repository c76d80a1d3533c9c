use anyhow::Result; //~ unsupported: anyhow

fn parse(s: &str) -> Result<i32> {
    Ok(s.parse()?)
}

fn main() {
    println!("{:?}", parse("12").ok());
}
