use tokio::time::{sleep, Duration};

#[derive(Debug)]
struct Order {
    id: u32,
    qty: Option<u32>,
}

#[tokio::main]
async fn main() {
    let orders = vec![Order { id: 1, qty: Some(2) }, Order { id: 2, qty: None }];
    let bg = tokio::spawn(async {
        sleep(Duration::from_secs(1)).await;
        println!("background never finishes");
    });
    for o in &orders {
        sleep(Duration::from_millis(10)).await;
        let q = o.qty.expect("order has a quantity");
        println!("order {} x{}", o.id, q);
    }
    bg.await.unwrap();
}
