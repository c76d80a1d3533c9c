struct Counter {
    n: u32,
}

impl Counter {
    fn get() -> u32 {
        self.n
    }
}

fn main() {
    println!("{}", Counter::get());
}
