use std::time::{Duration, Instant};

fn main() {
    let start = Instant::now();
    let later = start + Duration::from_secs(3);
    let d = later - start;
    println!("{:?}", d);
    println!("{:?}", later.duration_since(start));
    println!("{:?}", start.checked_duration_since(later));
    println!("{:?}", start.saturating_duration_since(later));
    println!("{}", later > start);
    let deadline = start + Duration::from_millis(1500);
    let remaining = deadline - (start + Duration::from_millis(400));
    println!("remaining {:?} ({} ms)", remaining, remaining.as_millis());
}
