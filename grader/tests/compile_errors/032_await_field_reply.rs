struct Reply {
    status: u16,
    body: String,
}

async fn load_reply(id: u32) -> Reply {
    Reply { status: 200, body: String::from("ok") }
}

#[tokio::main]
async fn main() {
    let item = load_reply(1);
    println!("{}", item.status);
}
