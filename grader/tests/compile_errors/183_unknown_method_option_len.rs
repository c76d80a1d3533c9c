fn main() {
    let name: Option<String> = Some("ada".into());
    println!("{}", name.len());
}
