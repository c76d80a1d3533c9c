use std::time::Duration;
fn main() {
    let d = Duration::from_millis(1500);
    println!("{:?} {:?}", d.checked_mul(3), Duration::new(u64::MAX, 999_999_999).checked_mul(2));
    println!("{:?} {:?}", d.saturating_mul(2), Duration::from_secs(u64::MAX).saturating_mul(2));
    println!("{:?} {:?}", d.checked_div(4), d.checked_div(0));
    println!("{:?} {:?}", d.div_f64(3.0), d.mul_f64(0.1));
    println!("{} {}", d.as_secs_f64(), Duration::new(1, 1).as_secs_f32());
    println!("{:?}", Duration::from_secs(u64::MAX).checked_add(Duration::from_secs(0)));
    let mut t = Duration::ZERO;
    t += Duration::from_micros(7);
    t -= Duration::from_micros(2);
    t *= 4;
    t /= 3;
    println!("{t:?}");
}
