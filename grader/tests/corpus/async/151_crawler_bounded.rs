use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;
use tokio::sync::{Mutex, Semaphore};
use tokio::task::JoinSet;
use tokio::time::{sleep, Duration, Instant};

fn links(page: &str) -> Vec<&'static str> {
    let site: HashMap<&str, Vec<&'static str>> = HashMap::from([
        ("/", vec!["/a", "/b"]),
        ("/a", vec!["/", "/c"]),
        ("/b", vec!["/c", "/d"]),
        ("/c", vec![]),
        ("/d", vec!["/a"]),
    ]);
    site.get(page).cloned().unwrap_or_default()
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let seen = Arc::new(Mutex::new(BTreeSet::from(["/"])));
    let limit = Arc::new(Semaphore::new(2));
    let mut set = JoinSet::new();
    let mut frontier = vec!["/"];
    let mut fetched = Vec::new();
    while !frontier.is_empty() || !set.is_empty() {
        for page in frontier.drain(..) {
            let limit = limit.clone();
            set.spawn(async move {
                let _permit = limit.acquire().await.unwrap();
                sleep(Duration::from_millis(100)).await;
                (page, links(page))
            });
        }
        if let Some(res) = set.join_next().await {
            let (page, found) = res.unwrap();
            fetched.push(format!("{page}@{}", start.elapsed().as_millis()));
            let mut seen = seen.lock().await;
            for l in found {
                if seen.insert(l) {
                    frontier.push(l);
                }
            }
        }
    }
    println!("{}", fetched.join(" "));
    println!("{:?}", seen.lock().await);
}
