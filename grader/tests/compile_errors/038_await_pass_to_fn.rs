async fn fetch_name() -> String {
    String::from("ada")
}

fn shout(name: String) -> String {
    name.to_uppercase()
}

#[tokio::main]
async fn main() {
    let loud = shout(fetch_name());
    println!("{loud}");
}
