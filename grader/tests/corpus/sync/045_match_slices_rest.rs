fn describe(v: &[i32]) -> String {
    match v {
        [] => "empty".to_string(),
        [x] => format!("one: {x}"),
        [a, b] => format!("two: {a}, {b}"),
        [first, .., last] if first == last => format!("bookends {first}"),
        [first, middle @ .., last] => format!("{first} .. {middle:?} .. {last}"),
    }
}

fn sum(v: &[i32]) -> i32 {
    match v {
        [] => 0,
        [head, tail @ ..] => head + sum(tail),
    }
}

struct Config {
    name: &'static str,
    retries: u32,
    verbose: bool,
    depth: u8,
}

fn main() {
    for v in [vec![], vec![1], vec![1, 2], vec![7, 0, 7], vec![1, 2, 3, 4, 5]] {
        println!("{}", describe(&v));
    }
    println!("sum {}", sum(&[1, 2, 3, 4]));
    let c = Config { name: "svc", retries: 3, verbose: true, depth: 2 };
    let Config { name, retries, .. } = c;
    println!("{name} retries {retries} (verbose {}, depth {})", c.verbose, c.depth);
    let t = (1, 2, 3, 4, 5);
    let (a, .., e) = t;
    let (_, b, ..) = t;
    println!("{a} {b} {e}");
    if let [.., penultimate, _] = [10, 20, 30] {
        println!("penultimate {penultimate}");
    }
}
