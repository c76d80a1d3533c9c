use tokio::task::JoinSet;
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let mut set: JoinSet<u32> = JoinSet::new();
    let handle = set.spawn(async {
        sleep(Duration::from_millis(50)).await;
        1
    });
    set.spawn(async { 2 });
    println!("try_join_next before yielding: {:?}", set.try_join_next().map(|r| r.unwrap()));
    tokio::task::yield_now().await;
    println!("try_join_next after yielding: {:?}", set.try_join_next().map(|r| r.unwrap()));
    handle.abort();
    let r = set.join_next().await.unwrap();
    println!("aborted through its AbortHandle: cancelled = {}", r.unwrap_err().is_cancelled());
    println!("{:?}", set.join_next().await.map(|r| r.is_ok()));
    set.spawn(async { 3 });
    let (id, v) = set.join_next_with_id().await.unwrap().unwrap();
    println!("value {v} from task {id}");
}
