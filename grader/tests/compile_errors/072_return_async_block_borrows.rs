use std::future::Future;

fn greet(name: String) -> impl Future<Output = ()> {
    async {
        println!("hello {name}");
    }
}

#[tokio::main]
async fn main() {
    greet("ada".to_string()).await;
}
