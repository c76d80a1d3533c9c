use std::time::Duration;
fn main() {
    let x = 0.0f64 / 0.0;
    let d = Duration::from_secs_f64(x);
    println!("unreachable {d:?}");
}
