fn main() {
    let maybe = Some(3);
    if let Some(value) = maybe {
        println!("has {value}");
    }
    println!("{}", value);
}
