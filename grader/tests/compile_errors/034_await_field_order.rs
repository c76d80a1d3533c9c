struct Order {
    id: u32,
    total: u64,
}

async fn load_order(id: u32) -> Order {
    Order { id, total: 99 }
}

#[tokio::main]
async fn main() {
    let item = load_order(1);
    println!("{}", item.total);
}
