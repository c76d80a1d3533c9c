use tokio::process::Command; //~ unsupported: tokio::process|process

#[tokio::main]
async fn main() {
    let status = Command::new("echo").arg("hi").status().await.unwrap();
    println!("{status}");
}
