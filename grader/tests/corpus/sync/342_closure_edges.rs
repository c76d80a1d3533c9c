fn apply_twice<F: FnMut() -> i32>(f: &mut F) -> i32 {
    f() + f()
}

fn call_dyn(f: &mut dyn FnMut(i32)) {
    f(1);
    f(2);
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_counter() -> impl FnMut() -> u32 {
    let mut c = 0;
    move || {
        c += 1;
        c
    }
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn boxed_ops() -> Vec<(&'static str, Box<dyn Fn(i32, i32) -> i32>)> {
    vec![
        ("add", Box::new(|a, b| a + b)),
        ("sub", Box::new(|a, b| a - b)),
        ("pow", Box::new(|a, b| a.pow(b as u32))),
    ]
}

fn main() {
    let mut n = 0;
    let mut inc = || {
        n += 1;
        n * 10
    };
    println!("{}", apply_twice(&mut inc));
    println!("{}", apply_twice(&mut inc));
    println!("n = {}", n);
    let mut log = Vec::new();
    call_dyn(&mut |x| log.push(x * 3));
    println!("{:?}", log);
    let add5 = make_adder(5);
    println!("{} {}", add5(1), add5(-5));
    let mut c1 = make_counter();
    let mut c2 = make_counter();
    println!("{} {} {} {}", c1(), c1(), c2(), c1());
    let f = compose(|x: i32| x * 2, |y: i32| format!("<{}>", y));
    println!("{}", f(21));
    for (name, op) in boxed_ops().iter() {
        println!("{} {}", name, op(2, 5));
    }
    let mut handlers: Vec<Box<dyn FnMut() -> String>> = Vec::new();
    for i in 0..3 {
        let mut calls = 0;
        handlers.push(Box::new(move || {
            calls += 1;
            format!("h{} call{}", i, calls)
        }));
    }
    for _ in 0..2 {
        for h in handlers.iter_mut() {
            print!("{} ", h());
        }
    }
    println!();
    let s = String::from("moved");
    let once = move || s;
    let got = once();
    println!("{}", got);
    let v = vec![1, 2, 3];
    let contains = |x| v.contains(&x);
    println!("{} {} {:?}", contains(2), contains(9), v);
    let mut total = 0;
    (1..=4).for_each(|x| total += x);
    println!("{}", total);
    let fns: [fn(f64) -> f64; 3] = [f64::sqrt, f64::abs, |x| x * x];
    println!("{:?}", fns.iter().map(|f| f(-4.0f64.abs())).collect::<Vec<_>>());
    let mut sorted = vec!["ccc", "a", "bb"];
    let key = |s: &&str| s.len();
    sorted.sort_by_key(key);
    println!("{:?}", sorted);
    let counter = {
        let mut count = 100;
        move || {
            count -= 1;
            count
        }
    };
    let mut c = counter;
    println!("{} {}", c(), c());
    let outer = 10;
    let nested = |a: i32| move |b: i32| a + b + outer;
    println!("{}", nested(1)(2));
    let maybe: Option<Box<dyn Fn() -> &'static str>> = Some(Box::new(|| "called"));
    if let Some(f) = &maybe {
        println!("{}", f());
    }
    let mut state = String::new();
    let mut append = |t: &str| {
        state.push_str(t);
        state.len()
    };
    let a = append("ab");
    let b = append("cde");
    println!("{} {} {}", a, b, state);
}
