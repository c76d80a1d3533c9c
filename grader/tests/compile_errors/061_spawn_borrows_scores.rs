#[tokio::main]
async fn main() {
    let scores = vec![3, 4, 5];
    let handle = tokio::spawn(async {
        println!("{}", scores.iter().sum::<i32>());
    });
    handle.await.unwrap();
}
