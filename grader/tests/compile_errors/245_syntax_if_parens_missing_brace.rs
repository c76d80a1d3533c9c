fn main() {
    let n = 4;
    if n > 3
        println!("big");
}
