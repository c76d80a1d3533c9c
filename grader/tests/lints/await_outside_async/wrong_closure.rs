use std::time::Duration;

async fn double(x: u32) -> u32 {
    tokio::time::sleep(Duration::from_millis(1)).await;
    x * 2
}

#[tokio::main]
async fn main() {
    let values = vec![1, 2, 3];
    let doubled: Vec<u32> = values.into_iter().map(|x| double(x).await).collect(); //~ await_outside_async
    println!("{doubled:?}");
}
