fn main() {
    let mut v: Vec<u32> = vec![5, 3, 9, 1, 4, 8, 2, 7, 6, 0, 11, 10];
    let mut calls = 0;
    v.sort_by(|a, b| {
        calls += 1;
        if (a + b) % 3 == 0 { std::cmp::Ordering::Less } else { a.cmp(b) }
    });
    println!("{v:?} {calls}");
    let mut w: Vec<(u8, char)> = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e'), (2, 'f')];
    w.sort_unstable_by_key(|p| p.0);
    println!("{w:?}");
    let mut seen = Vec::new();
    let mut x = vec![3, 1, 2];
    x.sort_by_key(|k| {
        seen.push(*k);
        *k
    });
    println!("{x:?} {seen:?}");
}
