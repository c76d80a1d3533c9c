use std::fmt::Display;

trait Shout {
    fn shout(&self) -> String;
}

impl<T: Display> Shout for T {
    fn shout(&self) -> String {
        format!("{}!", self.to_string().to_uppercase())
    }
}

trait Total {
    fn total(&self) -> i64;
}

impl Total for Vec<i64> {
    fn total(&self) -> i64 {
        self.iter().sum()
    }
}

impl Total for [i32] {
    fn total(&self) -> i64 {
        self.iter().map(|&x| x as i64).sum()
    }
}

impl<T: Total + ?Sized> Total for Box<T> {
    fn total(&self) -> i64 {
        (**self).total() * 10
    }
}

fn main() {
    println!("{}", "hello".shout());
    println!("{}", 42.shout());
    println!("{}", 'x'.shout());
    println!("{}", vec![1i64, 2, 3].total());
    println!("{}", [4, 5][..].total());
    let boxed: Box<Vec<i64>> = Box::new(vec![1, 1]);
    println!("{}", boxed.total());
}
