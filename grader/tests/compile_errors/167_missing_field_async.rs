struct Reply {
    status: u16,
    body: String,
}

async fn fetch() -> Reply {
    Reply { status: 200 }
}

#[tokio::main]
async fn main() {
    let r = fetch().await;
    println!("{}", r.status);
}
