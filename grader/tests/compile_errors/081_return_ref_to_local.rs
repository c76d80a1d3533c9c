fn make_name() -> &String {
    let name = String::from("ada");
    &name
}

fn main() {
    println!("{}", make_name());
}
