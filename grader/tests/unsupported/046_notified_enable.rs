use tokio::sync::Notify;

#[tokio::main]
async fn main() {
    let n = Notify::new();
    let f = n.notified();
    tokio::pin!(f);
    f.as_mut().enable(); //~ unsupported: enable
    n.notify_waiters();
    f.await;
    println!("enabled future got notify_waiters");
}
