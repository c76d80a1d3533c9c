use tokio::sync::{Mutex, MutexGuard};

#[tokio::main]
async fn main() {
    let m = Mutex::new((1, 2));
    let g = m.lock().await;
    let first = MutexGuard::map(g, |p| &mut p.0); //~ unsupported: map
    println!("{}", *first);
}
