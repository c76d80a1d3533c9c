fn apply_all(values: &[i32], f: &dyn Fn(i32) -> i32) -> Vec<i32> {
    values.iter().map(|&v| f(v)).collect()
}

fn pick(op: &str) -> Box<dyn Fn(i32, i32) -> i32> {
    match op {
        "add" => Box::new(|a, b| a + b),
        "mul" => Box::new(|a, b| a * b),
        _ => Box::new(|a, _| a),
    }
}

fn twice<F>(f: F) -> impl Fn(i32) -> i32
where
    F: Fn(i32) -> i32,
{
    move |x| f(f(x))
}

fn sub(a: i32, b: i32) -> i32 {
    a - b
}

fn main() {
    println!("{:?}", apply_all(&[1, 2, 3], &|x| x * x));
    let k = 100;
    println!("{:?}", apply_all(&[1, 2, 3], &|x| x + k));
    for op in ["add", "mul", "other"] {
        println!("{op}: {}", pick(op)(6, 7));
    }
    let add3 = |x| x + 3;
    let add6 = twice(add3);
    println!("{}", add6(1));
    let f: fn(i32, i32) -> i32 = sub;
    println!("{}", f(10, 4));
    let ops: Vec<(&str, fn(i32, i32) -> i32)> = vec![("sub", sub), ("max", std::cmp::max)];
    for (name, op) in ops {
        println!("{name} -> {}", op(3, 9));
    }
    let strs: Vec<String> = [1, 2].iter().map(ToString::to_string).collect();
    println!("{strs:?}");
}
