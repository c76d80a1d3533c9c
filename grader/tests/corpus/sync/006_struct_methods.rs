#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}

impl Rectangle {
    fn new(width: u32, height: u32) -> Self {
        Rectangle { width, height }
    }

    fn square(size: u32) -> Rectangle {
        Self::new(size, size)
    }

    fn area(&self) -> u32 {
        self.width * self.height
    }

    fn can_hold(&self, other: &Rectangle) -> bool {
        self.width > other.width && self.height > other.height
    }

    fn scale(&mut self, factor: u32) {
        self.width *= factor;
        self.height *= factor;
    }

    fn into_tuple(self) -> (u32, u32) {
        (self.width, self.height)
    }
}

fn main() {
    let mut r = Rectangle::new(3, 4);
    let s = Rectangle::square(2);
    println!("{:?} area {}", r, r.area());
    println!("{:?} area {}", s, s.area());
    println!("r holds s: {}", r.can_hold(&s));
    r.scale(3);
    println!("scaled: {r:?}, area {}", r.area());
    let Rectangle { width, .. } = r;
    println!("width via destructuring: {width}");
    let t = r.into_tuple();
    println!("tuple: {t:?}");
    let updated = Rectangle { height: 1, ..Rectangle::square(5) };
    println!("{updated:?}");
}
