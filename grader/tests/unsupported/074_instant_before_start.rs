// A real Instant counts from the machine's boot, so it can go back before the program started;
// the grader's clock starts at the program's start.
use std::time::{Duration, Instant};
fn main() {
    let start = Instant::now();
    let earlier = start - Duration::from_secs(5); //~ unsupported: an Instant before the program's start
    println!("{:?}", earlier.elapsed());
}
