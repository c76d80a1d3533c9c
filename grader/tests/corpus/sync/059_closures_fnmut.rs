fn call_n_times<F: FnMut()>(n: usize, mut f: F) {
    for _ in 0..n {
        f();
    }
}

fn make_counter() -> impl FnMut() -> u32 {
    let mut count = 0;
    move || {
        count += 1;
        count
    }
}

fn main() {
    let mut total = 0;
    call_n_times(4, || total += 5);
    println!("total {total}");

    let mut log: Vec<String> = Vec::new();
    let mut record = |msg: &str| log.push(msg.to_uppercase());
    record("start");
    record("stop");
    println!("{log:?}");

    let mut c1 = make_counter();
    let mut c2 = make_counter();
    println!("{} {} {}", c1(), c1(), c1());
    println!("{}", c2());

    let mut v = vec![3, 1, 2];
    let mut comparisons = 0;
    v.sort_by(|a, b| {
        comparisons += 1;
        a.cmp(b)
    });
    println!("{v:?} sorted with {} comparisons", if comparisons > 0 { "some" } else { "no" });
    let mut fib = {
        let (mut a, mut b) = (0u64, 1u64);
        move || {
            let r = a;
            a = b;
            b += r;
            r
        }
    };
    let first: Vec<u64> = (0..10).map(|_| fib()).collect();
    println!("{first:?}");
}
