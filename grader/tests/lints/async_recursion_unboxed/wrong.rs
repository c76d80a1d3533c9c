async fn countdown(n: u32) {
    if n == 0 {
        return;
    }
    println!("{n}");
    countdown(n - 1).await; //~ async_recursion_unboxed
}

#[tokio::main]
async fn main() {
    countdown(3).await;
}
