fn run_once<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn main() {
    let name = String::from("report.txt");
    let consume = move || {
        let mut s = name;
        s.push_str(".bak");
        s
    };
    println!("{}", run_once(consume));

    let data = vec![1, 2, 3];
    let owns = move || data.iter().sum::<i32>();
    println!("sum {}", owns());
    println!("sum again {}", owns());

    let add5 = make_adder(5);
    let add10 = make_adder(10);
    println!("{} {}", add5(1), add10(1));

    let greeting = String::from("hi");
    let by_ref = || greeting.len();
    println!("{} {}", by_ref(), greeting);

    let adders: Vec<Box<dyn Fn(i32) -> i32>> = (1..=3).map(|k| Box::new(move |x| x * k) as Box<dyn Fn(i32) -> i32>).collect();
    println!("{:?}", adders.iter().map(|f| f(10)).collect::<Vec<_>>());
    let once: Box<dyn FnOnce() -> Vec<i32>> = Box::new(|| vec![9, 9]);
    println!("{:?}", once());
}
