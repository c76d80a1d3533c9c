// Programs that look like a non-`Send` future in a spawned task, but compile: the compile
// check must say nothing here (the boundary of `non_send_across_await`).
use std::cell::RefCell;
use std::error::Error;
use std::rc::Rc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

async fn step() -> Result<u32, Box<dyn Error + Send + Sync>> {
    Ok(2)
}

async fn worker(id: u32) -> u32 {
    // A `Send + Sync` error held across an await is fine.
    let first: Result<u32, Box<dyn Error + Send + Sync>> = Ok(id);
    let second = step().await.unwrap();
    first.unwrap() + second
}

async fn tally(counter: Arc<Mutex<u32>>) {
    {
        let mut n = counter.lock().unwrap();
        *n += 1;
    }
    tokio::time::sleep(Duration::from_millis(5)).await;
    {
        let parsed: Result<u32, Box<dyn Error>> = "3".parse::<u32>().map_err(|e| e.into());
        *counter.lock().unwrap() += parsed.unwrap();
    }
    tokio::task::yield_now().await;
}

#[tokio::main]
async fn main() {
    // An `Rc` used before the task, then shadowed by the `String` the task owns.
    let label = Rc::new(String::from("task"));
    println!("label has {} owner(s)", Rc::strong_count(&label));
    let label = label.to_string();
    let cache = RefCell::new(vec![1]);
    cache.borrow_mut().push(2);
    let handle = tokio::spawn(async move {
        let doubled = {
            let local = Rc::new(5);
            *local * 2
        };
        tokio::time::sleep(Duration::from_millis(10)).await;
        format!("{label}: {doubled}")
    });
    println!("{}", handle.await.unwrap());

    // An `Rc` alive across an await of `main` itself, which is not spawned.
    let names = Rc::new(vec!["a", "b"]);
    tokio::time::sleep(Duration::from_millis(1)).await;
    println!("{:?} {:?}", names, cache.borrow());

    let counter = Arc::new(Mutex::new(0));
    let c = Arc::clone(&counter);
    tokio::spawn(tally(c)).await.unwrap();
    println!("counter = {}", counter.lock().unwrap());

    let mut set = tokio::task::JoinSet::new();
    for i in 0..2u32 {
        let tag = Rc::new(i);
        let id = *tag;
        set.spawn(worker(id));
    }
    let mut results = Vec::new();
    while let Some(r) = set.join_next().await {
        results.push(r.unwrap());
    }
    results.sort();
    println!("{results:?}");
}
