use std::future::Future;

fn countdown(from: u32) -> impl Future<Output = u32> {
    async {
        let mut n = from;
        while n > 0 {
            n -= 1;
        }
        from
    }
}

#[tokio::main]
async fn main() {
    println!("{}", countdown(3).await);
}
