use tokio::net::TcpListener;

#[tokio::main]
async fn main() {
    let first = TcpListener::bind("127.0.0.1:47431").await.unwrap();
    println!("bound {}", first.local_addr().unwrap());
    match TcpListener::bind("127.0.0.1:47431").await {
        Ok(_) => println!("bound twice?"),
        Err(e) => {
            println!("second bind: {e}");
            println!("{e:?}");
            println!("{}", e.kind());
        }
    }
    drop(first);
    let again = TcpListener::bind("127.0.0.1:47431").await;
    println!("after drop: {}", again.is_ok());
}
