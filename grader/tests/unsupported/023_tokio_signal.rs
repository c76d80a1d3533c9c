#[tokio::main]
async fn main() {
    println!("waiting for ctrl-c");
    tokio::signal::ctrl_c().await.unwrap(); //~ unsupported: signal|ctrl_c
    println!("bye");
}
