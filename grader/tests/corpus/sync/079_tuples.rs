fn min_max(values: &[i32]) -> (i32, i32) {
    let mut lo = values[0];
    let mut hi = values[0];
    for &v in values {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    (lo, hi)
}

fn main() {
    let t = (1, "two", 3.0, 'c', true);
    println!("{:?}", t);
    println!("{} {} {} {} {}", t.0, t.1, t.2, t.3, t.4);
    let (lo, hi) = min_max(&[4, -2, 9, 0]);
    println!("min {lo} max {hi}");
    let nested = ((1, 2), (3, (4, 5)));
    println!("{}", (nested.1).1 .1);
    println!("{:?}", nested);
    let mut pair = (0, String::from("x"));
    pair.0 += 5;
    pair.1.push('y');
    println!("{pair:?}");
    let unit = ();
    println!("{:?}", unit);
    let single = (7,);
    println!("{:?}", single);
    let pairs = vec![(1, 'a'), (2, 'b')];
    let (nums, letters): (Vec<i32>, Vec<char>) = pairs.into_iter().unzip();
    println!("{nums:?} {letters:?}");
    println!("{}", (1, 2) < (1, 3));
    println!("{:?}", (3, "b").max((3, "a")));
}
