async fn greet(name: &str) -> String {
    format!("Hello, {name}!")
}

async fn add(a: i32, b: i32) -> i32 {
    a + b
}

#[tokio::main]
async fn main() {
    let msg = greet("async world").await;
    println!("{msg}");
    let sum = add(2, 3).await + add(10, 20).await;
    println!("sum = {sum}");
    let block = async {
        let x = add(1, 1).await;
        x * 100
    };
    println!("block = {}", block.await);
}
