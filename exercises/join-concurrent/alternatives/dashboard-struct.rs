use std::fmt;
use std::time::Duration;
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

struct Dashboard {
    user: String,
    orders: Vec<u32>,
    recs: Vec<&'static str>,
}

impl Dashboard {
    async fn load(id: u32) -> Self {
        let (user, orders, recs) =
            tokio::join!(fetch_user(id), fetch_orders(id), fetch_recommendations(id));
        Dashboard { user, orders, recs }
    }
}

impl fmt::Display for Dashboard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: orders {:?}, recommended {:?}", self.user, self.orders, self.recs)
    }
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let dashboard = Dashboard::load(7).await;
    println!("{dashboard}");
    println!("loaded in {} ms", start.elapsed().as_millis());
}
