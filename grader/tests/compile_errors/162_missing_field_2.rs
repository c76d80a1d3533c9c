struct Config {
    host: String,
    port: u16,
    retries: u32,
}

fn main() {
    let u = Config { host: "localhost".into(), port: 80 };
    println!("{}", u.host);
}
