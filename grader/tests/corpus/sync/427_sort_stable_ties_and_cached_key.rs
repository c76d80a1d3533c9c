fn main() {
    let mut v: Vec<(u32, u32)> = (0..30).map(|i| ((i * 7) % 4, i)).collect();
    v.sort_by_key(|p| p.0);
    println!("{v:?}");
    let mut w: Vec<(u32, u32)> = (0..25).map(|i| ((i * 5) % 3, i)).collect();
    w.sort_by(|a, b| b.0.cmp(&a.0));
    println!("{w:?}");
    let mut calls = Vec::new();
    let mut words = vec!["delta", "alpha", "charlie", "bravo", "echo"];
    words.sort_by_cached_key(|w| {
        calls.push(w.len());
        w.len()
    });
    println!("{words:?} {calls:?}");
    let mut big: Vec<i64> = (0..50).map(|i| (i * 37) % 101 - 50).collect();
    big.sort_unstable();
    println!("{:?}", &big[..5]);
}
