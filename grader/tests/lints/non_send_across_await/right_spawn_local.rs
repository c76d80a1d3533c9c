use std::rc::Rc;
use std::time::Duration;

#[tokio::main]
async fn main() {
    // `spawn_local` tasks stay on this thread: `Rc` across an await is fine there.
    let local = tokio::task::LocalSet::new();
    local
        .run_until(async {
            let handle = tokio::task::spawn_local(async {
                let shared = Rc::new(5);
                tokio::time::sleep(Duration::from_millis(10)).await;
                println!("{}", shared);
            });
            handle.await.unwrap();
        })
        .await;
}
