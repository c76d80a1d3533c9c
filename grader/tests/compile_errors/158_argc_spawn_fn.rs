async fn work(id: u32, name: String) {
    println!("{id} {name}");
}

#[tokio::main]
async fn main() {
    tokio::spawn(work(1)).await.unwrap();
}
