fn main() {
    let s = String:new();
    println!("{s}");
}
