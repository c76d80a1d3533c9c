async fn temperature() -> i32 {
    21
}

#[tokio::main]
async fn main() {
    if temperature() > 20 {
        println!("warm");
    }
}
