fn main() {
    let n = 2;
    let s = match n {
        1 => "one"
        2 => "two",
        _ => "many",
    };
    println!("{s}");
}
