use std::ops::{Add, AddAssign, Mul, Neg, Sub};
use std::cmp::Ordering;

#[derive(Debug, Clone, Copy, PartialEq)]
struct V2 {
    x: f64,
    y: f64,
}

impl Add for V2 {
    type Output = V2;
    fn add(self, o: V2) -> V2 {
        V2 { x: self.x + o.x, y: self.y + o.y }
    }
}
impl Sub for V2 {
    type Output = Self;
    fn sub(self, o: Self) -> Self {
        V2 { x: self.x - o.x, y: self.y - o.y }
    }
}
impl Mul<f64> for V2 {
    type Output = V2;
    fn mul(self, k: f64) -> V2 {
        V2 { x: self.x * k, y: self.y * k }
    }
}
impl Mul<V2> for V2 {
    type Output = f64;
    fn mul(self, o: V2) -> f64 {
        self.x * o.x + self.y * o.y
    }
}
impl Neg for V2 {
    type Output = V2;
    fn neg(self) -> V2 {
        V2 { x: -self.x, y: -self.y }
    }
}
impl AddAssign for V2 {
    fn add_assign(&mut self, o: V2) {
        self.x += o.x;
        self.y += o.y;
    }
}
impl PartialOrd for V2 {
    fn partial_cmp(&self, o: &V2) -> Option<Ordering> {
        (self.x * self.x + self.y * self.y).partial_cmp(&(o.x * o.x + o.y * o.y))
    }
}


fn main() {
    let a = V2 { x: 1.0, y: 2.0 };
    let b = V2 { x: 0.5, y: -1.0 };
    println!("{:?}", a + b);
    println!("{:?}", a - b);
    println!("{:?}", a * 3.0);
    println!("{}", a * b);
    println!("{:?}", -a);
    let mut c = a;
    c += b;
    c += V2 { x: 10.0, y: 10.0 };
    println!("{:?} {:?}", c, a);
    println!("{} {} {}", a < b, a > b, a == a);
    println!("{:?}", a.partial_cmp(&b));
    let mut coef = vec![1, 0, 3];
    coef[1] = 7;
    coef[2] += 5;
    println!("{} {} {}", coef[0], coef[1], coef[2]);
    let s: V2 = [a, b, c].iter().fold(V2 { x: 0.0, y: 0.0 }, |acc, v| acc + *v);
    println!("{:?}", s);
    println!("{}", coef[5]);
}
