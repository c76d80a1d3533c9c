// Above 20 elements rustc's unstable sort is a quicksort: the order of elements with equal keys is its own.
fn main() {
    let mut v: Vec<(u32, u32)> = (0..30).map(|i| ((i * 7) % 4, i)).collect();
    v.sort_unstable_by_key(|p| p.0); //~ unsupported: different elements compare equal
    println!("{v:?}");
}
