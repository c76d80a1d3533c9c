async fn f() -> u32 {
    1
}

#[tokio::main]
async fn main() {
    let n = f().await();
    println!("{n}");
}
