trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> &str;
}

struct Circle {
    r: f64,
}
struct Square {
    side: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        std::f64::consts::PI * self.r * self.r
    }
    fn name(&self) -> &str {
        "circle"
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
    fn name(&self) -> &str {
        "square"
    }
}

fn largest(shapes: &[Box<dyn Shape>]) -> &dyn Shape {
    let mut best = &shapes[0];
    for s in shapes {
        if s.area() > best.area() {
            best = s;
        }
    }
    best.as_ref()
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Circle { r: 1.0 }),
        Box::new(Square { side: 2.0 }),
        Box::new(Circle { r: 1.5 }),
    ];
    for s in shapes.iter() {
        println!("{:>6}: {:.3}", s.name(), s.area());
    }
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    println!("total area {total:.2}");
    let big = largest(&shapes);
    println!("largest is a {} with area {:.1}", big.name(), big.area());
}
