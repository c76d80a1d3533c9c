use std::time::Duration;

// `#[tokio::main]` turns this into a plain fn that runs its own runtime.
#[tokio::main(flavor = "current_thread")]
async fn run_once() {
    tokio::time::sleep(Duration::from_millis(10)).await;
    println!("ran");
}

fn main() {
    run_once();
    run_once();
}
