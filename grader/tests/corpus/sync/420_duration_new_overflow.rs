use std::time::Duration;
fn main() {
    println!("{:?}", Duration::new(1, 2_500_000_000));
    println!("{:?}", Duration::new(u64::MAX, 999_999_999).as_secs());
    let d = Duration::new(u64::MAX, 1_000_000_000);
    println!("unreachable {d:?}");
}
