// Impls for `Box<T>` and `&T` that only forward, and a `Box<T>` impl that keeps a trait default.
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        "shape".to_string()
    }
}

struct Square(f64);

struct Circle {
    r: f64,
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn name(&self) -> String {
        "square".into()
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
}

impl<T: Shape + ?Sized> Shape for Box<T> {
    fn area(&self) -> f64 {
        (**self).area()
    }
}

trait Volume {
    fn volume(&self) -> f64;
}

impl Volume for Square {
    fn volume(&self) -> f64 {
        self.0 * self.0 * self.0
    }
}

impl<T: Volume> Volume for &T {
    fn volume(&self) -> f64 {
        T::volume(self)
    }
}

fn total_volume<V: Volume>(items: &[V]) -> f64 {
    items.iter().map(|v| v.volume()).sum()
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Square(2.0)), Box::new(Circle { r: 1.0 })];
    for s in &shapes {
        println!("{} {}", s.name(), s.area());
    }
    let direct: &dyn Shape = &Square(1.5);
    println!("{} {}", direct.name(), direct.area());
    let sq = Square(3.0);
    println!("{}", sq.name());
    let refs = vec![&sq, &sq];
    println!("{}", total_volume(&refs));
    println!("{}", total_volume(&[Square(1.0), Square(2.0)]));
}
