use std::time::Duration;
fn main() {
    let big = Duration::from_secs(u64::MAX);
    println!("{:?}", big.checked_add(Duration::from_nanos(1)));
    println!("{:?}", big.checked_add(Duration::ZERO));
    println!("{:?}", big.saturating_add(Duration::from_secs(1)));
    let d = big + Duration::from_nanos(999_999_999);
    println!("{}", d.as_nanos());
    let e = d + Duration::from_nanos(1);
    println!("unreachable {e:?}");
}
