trait Total {
    fn total(&self) -> i64;
}
impl Total for Vec<i64> {
    fn total(&self) -> i64 {
        self.iter().sum()
    }
}
impl<T: Total + ?Sized> Total for Box<T> {
    fn total(&self) -> i64 {
        (**self).total() * 10
    }
}
fn show<T: Total>(t: &T) -> i64 {
    t.total()
}
fn main() {
    let b: Box<Vec<i64>> = Box::new(vec![1, 2]);
    println!("{}", show(&b));
    let v: Vec<i64> = vec![3];
    println!("{}", show(&v));
    second();
}

trait Shape {
    fn area(&self) -> f64;
    fn label(&self) -> String {
        format!("shape of {:.1}", self.area())
    }
}

struct Sq(f64);

impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn label(&self) -> String {
        format!("square of {:.1}", self.area())
    }
}

impl<T: Shape + ?Sized> Shape for Box<T> {
    fn area(&self) -> f64 {
        (**self).area()
    }
}

fn labels<S: Shape>(shapes: &[S]) -> Vec<String> {
    let mut out = Vec::new();
    for s in shapes {
        out.push(s.label());
    }
    out
}

fn describe_all<S: Shape>(shapes: &Vec<S>) {
    for s in shapes {
        println!("{} / {}", s.label(), s.area());
    }
}

#[allow(dead_code)]
fn second() {
    let boxed: Vec<Box<dyn Shape>> = vec![Box::new(Sq(1.0)), Box::new(Sq(2.0))];
    describe_all(&boxed);
    let plain = vec![Sq(3.0)];
    describe_all(&plain);
    println!("{:?}", labels(&plain));
    println!("{:?}", labels(&boxed));
}
