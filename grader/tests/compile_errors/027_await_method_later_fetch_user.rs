use std::time::Duration;

async fn fetch_user(id: u32) -> Option<String> {
    tokio::time::sleep(Duration::from_millis(10)).await;
    if id > 0 { Some(format!("user{id}")) } else { None }
}

#[tokio::main]
async fn main() {
    let result = fetch_user(3);
    let shown = result.unwrap();
    println!("{:?}", shown);
}
