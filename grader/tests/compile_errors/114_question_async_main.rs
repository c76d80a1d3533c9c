#[tokio::main]
async fn main() {
    let n: u32 = "12".parse()?;
    println!("{n}");
}
