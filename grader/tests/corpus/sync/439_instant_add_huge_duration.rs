use std::time::{Duration, Instant};
fn main() {
    let now = Instant::now();
    println!("{}", now.checked_add(Duration::from_secs(u64::MAX)).is_none());
    let later = now + Duration::from_secs(u64::MAX);
    println!("unreachable {:?}", later.elapsed());
}
