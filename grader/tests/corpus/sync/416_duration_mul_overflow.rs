use std::time::Duration;
fn main() {
    let mut d = Duration::from_secs(1);
    for i in 0..100 {
        d = d * 3;
        if i % 10 == 0 {
            println!("{i} {}", d.as_secs());
        }
    }
    println!("unreachable {d:?}");
}
