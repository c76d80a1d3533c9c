fn main() {
    let port: u16 = std::env::var("PORT")?.parse()?;
    println!("{port}");
}
