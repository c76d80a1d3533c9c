struct Counter {
    n: u32,
    max: u32,
}

impl Counter {
    fn new(max: u32) -> Counter {
        Counter { n: 0, max }
    }
}

impl Iterator for Counter {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n < self.max {
            self.n += 1;
            Some(self.n)
        } else {
            None
        }
    }
}

struct Fib {
    a: u64,
    b: u64,
}

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<Self::Item> {
        let r = self.a;
        self.a = self.b;
        self.b += r;
        Some(r)
    }
}

fn main() {
    let sum: u32 = Counter::new(5)
        .zip(Counter::new(5).skip(1))
        .map(|(a, b)| a * b)
        .filter(|x| x % 3 == 0)
        .sum();
    println!("sum = {}", sum);
    let v: Vec<u32> = Counter::new(10).filter(|x| x % 2 == 1).collect();
    println!("{:?}", v);
    let mut c = Counter::new(3);
    println!("{:?} {:?}", c.next(), c.next());
    for x in c {
        println!("rest {}", x);
    }
    let fibs: Vec<u64> = Fib { a: 0, b: 1 }.take_while(|&x| x < 100).collect();
    println!("{:?}", fibs);
    let big = Fib { a: 0, b: 1 }.skip(10).step_by(5).take(3).collect::<Vec<_>>();
    println!("{:?}", big);
    println!("{}", Counter::new(4).count());
    println!("{:?}", Counter::new(6).max());
    println!("{:?}", Counter::new(6).last());
    println!("{:?}", Counter::new(6).position(|x| x == 4));
    let prod: u32 = Counter::new(5).product();
    println!("{}", prod);
    let mut pk = Counter::new(3).peekable();
    while let Some(x) = pk.next() {
        if let Some(nx) = pk.peek() {
            println!("{} then {}", x, nx);
        } else {
            println!("{} last", x);
        }
    }
    let chained: Vec<String> = Counter::new(2).chain(Counter::new(3)).map(|x| x.to_string()).collect();
    println!("{}", chained.join("-"));
    let (small, large): (Vec<u32>, Vec<u32>) = Counter::new(8).partition(|&x| x < 4);
    println!("{:?} {:?}", small, large);
    let total = Counter::new(4).fold(String::new(), |acc, x| acc + &x.to_string());
    println!("{}", total);
    println!("{:?}", Counter::new(5).rev_not_available_so_collect());
}

trait Helper: Iterator {
    fn rev_not_available_so_collect(self) -> Vec<Self::Item>
    where
        Self: Sized,
    {
        let mut v: Vec<Self::Item> = self.collect();
        v.reverse();
        v
    }
}
impl<I: Iterator> Helper for I {}
