struct Server {
    name: String,
    port: u16,
}

impl Server {
    fn new(name: &str) -> Server {
        Server { name: name.to_string() }
    }
}

fn main() {
    let s = Server::new("api");
    println!("{}", s.name);
}
