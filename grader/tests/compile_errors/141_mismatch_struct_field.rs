struct Config {
    retries: u32,
    name: String,
}

fn main() {
    let c = Config { retries: "3", name: String::from("svc") };
    println!("{} {}", c.retries, c.name);
}
