#[tokio::main]
async fn main() {
    let fut;
    {
        let name = String::from("ada");
        fut = async { println!("{}", name.len()) };
    }
    fut.await;
}
