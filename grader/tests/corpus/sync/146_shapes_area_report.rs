use std::f64::consts::PI;
use std::fmt;

trait Shape: fmt::Display {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn scale(&mut self, k: f64);
}

struct Circle(f64);
struct Rect(f64, f64);
struct Triangle(f64, f64, f64);

impl fmt::Display for Circle {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Circle(r={})", self.0)
    }
}
impl fmt::Display for Rect {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Rect({}x{})", self.0, self.1)
    }
}
impl fmt::Display for Triangle {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Triangle({}, {}, {})", self.0, self.1, self.2)
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 { PI * self.0 * self.0 }
    fn perimeter(&self) -> f64 { 2.0 * PI * self.0 }
    fn scale(&mut self, k: f64) { self.0 *= k; }
}
impl Shape for Rect {
    fn area(&self) -> f64 { self.0 * self.1 }
    fn perimeter(&self) -> f64 { 2.0 * (self.0 + self.1) }
    fn scale(&mut self, k: f64) { self.0 *= k; self.1 *= k; }
}
impl Shape for Triangle {
    fn area(&self) -> f64 {
        let s = self.perimeter() / 2.0;
        (s * (s - self.0) * (s - self.1) * (s - self.2)).sqrt()
    }
    fn perimeter(&self) -> f64 { self.0 + self.1 + self.2 }
    fn scale(&mut self, k: f64) { self.0 *= k; self.1 *= k; self.2 *= k; }
}

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle(1.0)), Box::new(Rect(3.0, 4.5)), Box::new(Triangle(3.0, 4.0, 5.0))];
    for s in shapes.iter_mut() {
        s.scale(2.0);
    }
    shapes.sort_by(|a, b| b.area().partial_cmp(&a.area()).unwrap());
    for s in &shapes {
        println!("{:<22} area {:>8.3} perimeter {:>7.3}", s.to_string(), s.area(), s.perimeter());
    }
    println!("{}", shapes.iter().map(|s| s.area()).sum::<f64>());
}
