fn main() {
    let balance = 50;
    let withdrawal = 80;
    println!("checking withdrawal of {withdrawal}");
    assert!(withdrawal <= balance);
    println!("unreachable");
}
