use std::time::Duration;
fn main() {
    let a = Duration::from_millis(5);
    let b = Duration::from_millis(7);
    println!("{:?} {:?}", b - a, b.checked_sub(a));
    println!("{:?} {:?}", a.checked_sub(b), a.saturating_sub(b));
    let c = a - b;
    println!("unreachable {c:?}");
}
