struct User {
    name: String,
    age: u32,
}

async fn load_user(id: u32) -> User {
    User { name: format!("user{id}"), age: 30 }
}

#[tokio::main]
async fn main() {
    let item = load_user(1);
    println!("{}", item.name);
}
