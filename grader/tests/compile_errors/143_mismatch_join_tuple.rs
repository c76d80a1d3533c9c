async fn a() -> u32 { 1 }
async fn b() -> String { "b".into() }

#[tokio::main]
async fn main() {
    let (x, y): (u32, u32) = tokio::join!(a(), b());
    println!("{x} {y}");
}
