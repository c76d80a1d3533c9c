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
    fn run(&self, input: i64) -> i64 {
        self.stages.iter().fold(input, |acc, (name, f)| {
            let out = f(acc);
            println!("  {name}: {acc} -> {out}");
            out
        })
    }
}

fn numbers(kind: &str) -> Box<dyn Iterator<Item = u32>> {
    match kind {
        "even" => Box::new((0..10).filter(|n| n % 2 == 0)),
        "squares" => Box::new((1..5).map(|n| n * n)),
        _ => Box::new(std::iter::empty()),
    }
}

fn main() {
    let offset = 7;
    let p = Pipeline::new().stage("double", |x| x * 2).stage("shift", move |x| x + offset).stage("negate", |x| -x);
    println!("result {}", p.run(5));
    for kind in ["even", "squares", "none"] {
        println!("{kind}: {:?}", numbers(kind).collect::<Vec<_>>());
    }
    let mut counters: Vec<Box<dyn FnMut() -> u32>> = Vec::new();
    for step in 1..=2 {
        let mut n = 0;
        counters.push(Box::new(move || {
            n += step;
            n
        }));
    }
    for c in counters.iter_mut() {
        c();
    }
    println!("{:?}", counters.iter_mut().map(|c| c()).collect::<Vec<_>>());
}
