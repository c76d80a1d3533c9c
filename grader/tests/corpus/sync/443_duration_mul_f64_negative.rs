use std::time::Duration;
fn main() {
    let d = Duration::from_secs(2);
    println!("{:?}", d.mul_f64(1.5));
    println!("unreachable {:?}", d.mul_f64(-1.0));
}
