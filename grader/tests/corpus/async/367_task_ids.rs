use tokio::task::JoinSet;
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    println!("main has a task id: {}", tokio::task::try_id().is_some());
    let h = tokio::spawn(async { tokio::task::id() });
    let hid = h.id();
    let inner = h.await.unwrap();
    println!("handle id {hid}, inside {inner}, equal {}", hid == inner);
    let a = tokio::spawn(async { sleep(Duration::from_millis(5)).await });
    let ah = a.abort_handle();
    println!("abort handle id {} / {:?}", ah.id(), ah.id());
    a.abort();
    let e = a.await.unwrap_err();
    println!("join error id {} cancelled {}", e.id(), e.is_cancelled());
    let mut set = JoinSet::new();
    for i in 0..3u32 {
        set.spawn(async move {
            sleep(Duration::from_millis(10 - i as u64)).await;
            i
        });
    }
    while let Some(r) = set.join_next_with_id().await {
        let (id, v) = r.unwrap();
        println!("task {id} gave {v}");
    }
    let x = tokio::spawn(async { 1 });
    let y = tokio::spawn(async { 2 });
    println!("ids differ: {} {} {}", x.id() == y.id(), x.id() != y.id(), x.id() < y.id());
    let xi = x.id();
    println!("same id: {}", xi == x.abort_handle().id());
    let b = tokio::task::spawn_blocking(|| 1);
    println!("blocking id {}", b.id());
    b.await.unwrap();
}
