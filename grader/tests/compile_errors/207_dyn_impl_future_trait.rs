use std::future::Future;

trait Job {
    fn run(&self) -> impl Future<Output = u32>;
}

struct One;

impl Job for One {
    fn run(&self) -> impl Future<Output = u32> {
        async { 1 }
    }
}

#[tokio::main]
async fn main() {
    let jobs: Vec<Box<dyn Job>> = vec![Box::new(One)];
    println!("{}", jobs[0].run().await);
}
