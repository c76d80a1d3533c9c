trait Logger {
    fn log<T: std::fmt::Debug>(&self, value: T);
}

struct Stdout;

impl Logger for Stdout {
    fn log<T: std::fmt::Debug>(&self, value: T) {
        println!("{:?}", value);
    }
}

fn main() {
    let l: Box<dyn Logger> = Box::new(Stdout);
    l.log(3);
}
