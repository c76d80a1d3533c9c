use std::time::Duration;
fn main() {
    println!("{:?}", Duration::from_secs_f64(2.5));
    println!("{:?}", Duration::from_secs_f32(0.1));
    println!("{:?}", Duration::from_secs_f64(1e-10));
    println!("{:.3?}", Duration::from_secs(u64::MAX).as_secs_f64());
    let d = Duration::from_secs_f64(1e30);
    println!("unreachable {d:?}");
}
