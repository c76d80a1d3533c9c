use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;

#[tokio::main]
async fn main() {
    let a = Arc::new(Mutex::new(0));
    let b = Arc::new(Mutex::new(0));
    let (a1, b1) = (a.clone(), b.clone());
    let t1 = tokio::spawn(async move {
        let _ga = a1.lock().await;
        tokio::time::sleep(Duration::from_millis(10)).await;
        let _gb = b1.lock().await; //~ async_lock_deadlock
        println!("t1 has both");
    });
    let (a2, b2) = (a.clone(), b.clone());
    let t2 = tokio::spawn(async move {
        let _gb = b2.lock().await;
        tokio::time::sleep(Duration::from_millis(10)).await;
        let _ga = a2.lock().await;
        println!("t2 has both");
    });
    t1.await.unwrap();
    t2.await.unwrap();
}
