fn main() {
    let mut s = String::from("a");
    let a = &mut s;
    let b = &mut s;
    a.push('b');
    b.push('c');
    println!("{s}");
}
