// tokio::task::LocalSet (not in the simulated API of issue 3): refused at its first use.
use std::cell::RefCell;
use std::rc::Rc;
use tokio::task::{self, LocalSet};
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let local = LocalSet::new(); //~ unsupported: LocalSet
    let log = Rc::new(RefCell::new(Vec::new()));
    let l2 = log.clone();
    local.spawn_local(async move {
        l2.borrow_mut().push("spawned before run".to_string());
    });
    let out = local
        .run_until(async move {
            let l3 = log.clone();
            let h = task::spawn_local(async move {
                sleep(Duration::from_millis(10)).await;
                l3.borrow_mut().push(format!("local task at {} ms", start.elapsed().as_millis()));
                7
            });
            log.borrow_mut().push("run_until body".to_string());
            let v = h.await.unwrap();
            log.borrow_mut().push(format!("joined {v}"));
            log.borrow().clone()
        })
        .await;
    println!("{out:?}");
}
