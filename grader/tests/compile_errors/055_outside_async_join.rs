async fn a() -> u32 { 1 }
async fn b() -> u32 { 2 }

fn both() -> u32 {
    let (x, y) = tokio::join!(a(), b());
    x + y
}

#[tokio::main]
async fn main() {
    println!("{}", both());
}
