struct Countdown {
    n: u32,
}

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n == 0 {
            None
        } else {
            self.n -= 1;
            Some(self.n + 1)
        }
    }
}

struct Fib {
    a: u64,
    b: u64,
}

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        self.a = self.b;
        self.b += r;
        Some(r)
    }
}

fn main() {
    let c = Countdown { n: 5 };
    println!("{:?}", c.collect::<Vec<_>>());
    for x in (Countdown { n: 3 }) {
        print!("{x}.. ");
    }
    println!("go!");
    let fib = Fib { a: 0, b: 1 };
    println!("{:?}", fib.take_while(|&x| x < 100).collect::<Vec<_>>());
    let even_sum: u64 = Fib { a: 0, b: 1 }.take(30).filter(|x| x % 2 == 0).sum();
    println!("{even_sum}");
    let zipped: Vec<_> = Countdown { n: 3 }.zip(Fib { a: 0, b: 1 }.skip(5)).collect();
    println!("{zipped:?}");
    let mut gen = std::iter::successors(Some(1u32), |x| if *x < 200 { Some(x * 3) } else { None });
    println!("{:?}", gen.next());
    println!("{:?}", gen.collect::<Vec<_>>());
    let mut n = 0;
    let squares: Vec<u32> = std::iter::from_fn(|| { n += 1; if n <= 4 { Some(n * n) } else { None } }).collect();
    println!("{squares:?}");
}
