async fn find(id: u32) -> Option<&'static str> {
    if id == 1 { Some("ada") } else { None }
}

#[tokio::main]
async fn main() {
    match find(1) {
        Some(name) => println!("found {name}"),
        None => println!("nobody"),
    }
}
