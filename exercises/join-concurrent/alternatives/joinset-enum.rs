use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::{sleep, Instant};

async fn fetch_user(id: u32) -> String {
    sleep(Duration::from_millis(1000)).await;
    format!("user #{id}")
}

async fn fetch_orders(id: u32) -> Vec<u32> {
    sleep(Duration::from_millis(800)).await;
    vec![id * 100 + 1, id * 100 + 2]
}

async fn fetch_recommendations(id: u32) -> Vec<&'static str> {
    sleep(Duration::from_millis(1000)).await;
    if id % 2 == 1 { vec!["teapot", "kettle"] } else { vec!["mug"] }
}

enum Part {
    User(String),
    Orders(Vec<u32>),
    Recs(Vec<&'static str>),
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let mut set = JoinSet::new();
    set.spawn(async { Part::User(fetch_user(7).await) });
    set.spawn(async { Part::Orders(fetch_orders(7).await) });
    set.spawn(async { Part::Recs(fetch_recommendations(7).await) });

    let mut user = String::new();
    let mut orders = Vec::new();
    let mut recs = Vec::new();
    while let Some(part) = set.join_next().await {
        match part.unwrap() {
            Part::User(u) => user = u,
            Part::Orders(o) => orders = o,
            Part::Recs(r) => recs = r,
        }
    }
    println!("{user}: orders {orders:?}, recommended {recs:?}");
    println!("loaded in {} ms", start.elapsed().as_millis());
}
