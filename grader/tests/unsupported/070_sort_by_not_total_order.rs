// rustc 1.95's driftsort panics ("user-provided comparison function does not correctly implement
// a total order") or leaves an order of its own for more than 20 elements; the grader cannot know which.
fn main() {
    let mut v: Vec<u32> = (0..40).map(|i| (i * 7919) % 41).collect();
    v.sort_by(|a, b| if (a + b) % 3 == 0 { std::cmp::Ordering::Less } else { b.cmp(a) }); //~ unsupported: not a total order
    println!("{v:?}");
}
