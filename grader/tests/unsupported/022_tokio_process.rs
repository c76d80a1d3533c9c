#[tokio::main]
async fn main() {
    let status = tokio::process::Command::new("echo").arg("hi").status().await.unwrap(); //~ unsupported: tokio::process|process|Command
    println!("{status}");
}
