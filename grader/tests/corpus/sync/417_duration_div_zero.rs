use std::time::Duration;
fn main() {
    let d = Duration::from_secs(10);
    let n: u32 = d.as_secs() as u32 - 10;
    println!("{:?}", d / 4);
    println!("{:?}", d.checked_div(n));
    println!("unreachable {:?}", d / n);
}
