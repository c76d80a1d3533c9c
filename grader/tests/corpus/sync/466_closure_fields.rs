use std::collections::HashMap;

struct Button {
    label: String,
    on_click: Box<dyn Fn(&str) -> String>,
}

struct Counter {
    count: u32,
    step: Box<dyn FnMut(u32) -> u32>,
}

impl Counter {
    fn tick(&mut self) {
        self.count = (self.step)(self.count);
    }
}

struct Pipeline {
    stages: Vec<(String, Box<dyn Fn(i64) -> i64>)>,
}

impl Pipeline {
    fn new() -> Self {
        Pipeline { stages: Vec::new() }
    }
    fn stage(mut self, name: &str, f: impl Fn(i64) -> i64 + 'static) -> Self {
        self.stages.push((name.to_string(), Box::new(f)));
        self
    }
    fn run(&self, mut x: i64) -> i64 {
        for (name, f) in &self.stages {
            let y = f(x);
            println!("  {}: {} -> {}", name, x, y);
            x = y;
        }
        x
    }
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn make_ops() -> HashMap<&'static str, fn(i32, i32) -> i32> {
    let mut m: HashMap<&'static str, fn(i32, i32) -> i32> = HashMap::new();
    m.insert("add", |a, b| a + b);
    m.insert("mul", |a, b| a * b);
    m
}

fn main() {
    let prefix = String::from(">>");
    let b = Button { label: "ok".into(), on_click: Box::new(move |who| format!("{} {} clicked", prefix, who)) };
    println!("{}: {}", b.label, (b.on_click)("ann"));
    let mut calls = 0;
    let mut c = Counter { count: 1, step: Box::new(move |n| { calls += 1; n * 2 + calls }) };
    for _ in 0..4 {
        c.tick();
    }
    println!("count {}", c.count);
    let offset = 3;
    let p = Pipeline::new().stage("double", |x| x * 2).stage("offset", move |x| x + offset).stage("square", |x| x * x);
    println!("result {}", p.run(5));
    let h = compose(|x: i32| x + 1, |y: i32| format!("[{}]", y));
    println!("{}", h(41));
    let ops = make_ops();
    let mut names: Vec<_> = ops.keys().copied().collect();
    names.sort();
    for n in names {
        println!("{} {}", n, ops[n](6, 7));
    }
    let fs: Vec<Box<dyn Fn() -> usize>> = (0..3usize).map(|i| Box::new(move || i * 10) as Box<dyn Fn() -> usize>).collect();
    println!("{:?}", fs.iter().map(|f| f()).collect::<Vec<_>>());
}
