use std::fmt;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        "shape".to_string()
    }
    fn describe(&self) -> String {
        format!("{} with area {:.2}", self.name(), self.area())
    }
}

trait Scaled: Shape {
    fn factor(&self) -> f64;
    fn scaled_area(&self) -> f64 {
        self.area() * self.factor()
    }
}

struct Sq(f64);
struct Circle {
    r: f64,
}

impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14 * self.r * self.r
    }
    fn name(&self) -> String {
        format!("circle(r={})", self.r)
    }
}

impl Scaled for Sq {
    fn factor(&self) -> f64 {
        2.0
    }
}

struct Wrapper<T> {
    inner: T,
    label: &'static str,
}

impl<T: Shape> Shape for Wrapper<T> {
    fn area(&self) -> f64 {
        self.inner.area() + 1.0
    }
    fn name(&self) -> String {
        format!("{}[{}]", self.label, self.inner.name())
    }
}

impl<T: Shape> fmt::Display for Wrapper<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "W<{}>", self.describe())
    }
}

fn total_area(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn biggest<'a>(shapes: &'a [Box<dyn Shape>]) -> Option<&'a dyn Shape> {
    shapes.iter().map(|b| b.as_ref()).max_by(|a, b| a.area().partial_cmp(&b.area()).unwrap())
}

fn print_all<T: Shape + ?Sized>(items: &[&T]) {
    for i in items {
        println!("- {}", i.describe());
    }
}

trait Counter {
    fn next_val(&mut self) -> u32;
    fn take3(&mut self) -> [u32; 3] {
        [self.next_val(), self.next_val(), self.next_val()]
    }
}

struct Up(u32);
impl Counter for Up {
    fn next_val(&mut self) -> u32 {
        self.0 += 1;
        self.0
    }
}

fn use_counter(c: &mut dyn Counter) -> u32 {
    let a = c.take3();
    a.iter().sum()
}

trait Zero {
    const ZERO: Self;
    fn is_zero(&self) -> bool;
}
impl Zero for i64 {
    const ZERO: i64 = 0;
    fn is_zero(&self) -> bool {
        *self == 0
    }
}
fn count_zeros<T: Zero>(xs: &[T]) -> usize {
    xs.iter().filter(|x| x.is_zero()).count()
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Sq(2.0)),
        Box::new(Circle { r: 1.0 }),
        Box::new(Wrapper { inner: Sq(1.0), label: "w" }),
    ];
    for s in &shapes {
        println!("{}", s.describe());
    }
    println!("{:.3}", total_area(&shapes));
    println!("{}", biggest(&shapes).map(|s| s.name()).unwrap_or_default());
    let sq = Sq(3.0);
    println!("{} {}", sq.scaled_area(), sq.describe());
    let w = Wrapper { inner: Circle { r: 2.0 }, label: "outer" };
    println!("{}", w);
    println!("[{:>30}]", w);
    let dyns: Vec<&dyn Shape> = vec![&sq, &w];
    print_all(&dyns);
    print_all(&[&Sq(0.5)]);
    let mut up = Up(10);
    println!("{:?} {}", up.take3(), use_counter(&mut up));
    println!("{}", count_zeros(&[0i64, 5i64, i64::ZERO, -1i64]));
    let ss: &dyn Scaled = &Sq(1.5);
    println!("{} {}", ss.scaled_area(), ss.describe());
}
