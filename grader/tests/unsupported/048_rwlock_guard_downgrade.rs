use tokio::sync::{RwLock, RwLockWriteGuard};

#[tokio::main]
async fn main() {
    let lock = RwLock::new(1);
    let mut w = lock.write().await;
    *w += 1;
    let r = RwLockWriteGuard::downgrade(w); //~ unsupported: downgrade
    println!("{} {}", *r, lock.try_read().is_ok());
}
