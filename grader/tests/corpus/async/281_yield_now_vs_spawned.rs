use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

#[tokio::main]
async fn main() {
    let turns = Arc::new(AtomicUsize::new(0));
    let mut handles = Vec::new();
    for id in 0..3 {
        let turns = turns.clone();
        handles.push(tokio::spawn(async move {
            for round in 0..3 {
                let t = turns.fetch_add(1, Ordering::SeqCst);
                println!("task {id} round {round} turn {t}");
                if id == 1 && round == 0 {
                    let extra = tokio::spawn(async { println!("extra spawned by task 1") });
                    drop(extra);
                }
                tokio::task::yield_now().await;
            }
        }));
    }
    for round in 0..4 {
        println!("main round {round} sees {}", turns.load(Ordering::SeqCst));
        tokio::task::yield_now().await;
    }
    for h in handles {
        h.await.unwrap();
    }
    println!("total turns {}", turns.load(Ordering::SeqCst));
}
