use std::fmt;

trait Shape {
    fn name(&self) -> String;
    fn area(&self) -> f64;
    fn describe(&self) -> String {
        format!("{} with area {:.2}", self.name(), self.area())
    }
    fn scale(&mut self, k: f64);
}

#[derive(Debug, Clone)]
struct Circle {
    r: f64,
}
#[derive(Debug, Clone)]
struct Rect {
    w: f64,
    h: f64,
}

impl Shape for Circle {
    fn name(&self) -> String {
        "circle".to_string()
    }
    fn area(&self) -> f64 {
        3.14159 * self.r * self.r
    }
    fn scale(&mut self, k: f64) {
        self.r *= k;
    }
}

impl Shape for Rect {
    fn name(&self) -> String {
        String::from("rect")
    }
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn describe(&self) -> String {
        format!("rect {}x{}", self.w, self.h)
    }
    fn scale(&mut self, k: f64) {
        self.w *= k;
        self.h *= k;
    }
}

impl fmt::Display for Rect {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{} by {}]", self.w, self.h)
    }
}

fn grow(s: &mut dyn Shape) {
    s.scale(2.0);
}

fn total(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle { r: 1.0 }), Box::new(Rect { w: 2.0, h: 3.5 })];
    for s in shapes.iter() {
        println!("{}", s.describe());
    }
    for s in shapes.iter_mut() {
        grow(s.as_mut());
    }
    for s in &shapes {
        println!("{}", s.describe());
    }
    println!("total = {:.3}", total(&shapes));
    let mut r = Rect { w: 1.0, h: 1.0 };
    grow(&mut r);
    let d: &dyn Shape = &r;
    println!("{} {} {}", d.name(), r, d.area());
    let biggest = shapes
        .iter()
        .max_by(|a, b| a.area().partial_cmp(&b.area()).unwrap())
        .unwrap();
    println!("biggest: {}", biggest.name());
}
