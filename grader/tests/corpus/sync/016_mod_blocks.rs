mod geometry {
    pub mod shapes {
        #[derive(Debug)]
        pub struct Square(pub f64);

        impl Square {
            pub fn area(&self) -> f64 {
                super::helpers::sq(self.0)
            }
        }
    }

    mod helpers {
        pub fn sq(x: f64) -> f64 {
            x * x
        }
    }

    pub fn unit() -> shapes::Square {
        shapes::Square(1.0)
    }

    pub const ORIGIN: (i32, i32) = (0, 0);
}

mod counter {
    pub struct Counter {
        count: u32,
    }
    impl Counter {
        pub fn new() -> Counter {
            Counter { count: 0 }
        }
        pub fn tick(&mut self) -> u32 {
            self.count += 1;
            self.count
        }
    }
}

use geometry::shapes::Square;
use counter::Counter;

fn main() {
    let s = Square(2.5);
    println!("{:?} area {}", s, s.area());
    println!("unit area {}", geometry::unit().area());
    println!("origin {:?}", geometry::ORIGIN);
    let mut c = Counter::new();
    c.tick();
    c.tick();
    println!("ticks: {}", c.tick());
}
