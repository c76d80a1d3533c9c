trait Area {
    fn area(&self) -> f64;
}

struct Sq(f64);

impl Area for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

impl<T: Area> Area for &T {
    fn area(&self) -> f64 {
        (**self).area()
    }
}

impl<T: Area + ?Sized> Area for Box<T> {
    fn area(&self) -> f64 {
        (**self).area()
    }
}

fn sum_areas<T: Area>(items: &[T]) -> f64 {
    items.iter().map(|i| i.area()).sum()
}

fn print_area(a: impl Area) {
    println!("area {}", a.area());
}

trait Label {
    fn label(self) -> String;
}
impl Label for &str {
    fn label(self) -> String {
        format!("str:{}", self)
    }
}
impl Label for String {
    fn label(self) -> String {
        format!("String:{}", self)
    }
}
impl Label for i32 {
    fn label(self) -> String {
        format!("i32:{}", self)
    }
}

fn main() {
    let a = Sq(2.0);
    let b = Sq(3.0);
    print_area(&a);
    print_area(Box::new(Sq(1.5)));
    let refs = vec![&a, &b];
    println!("{}", sum_areas(&refs));
    let boxes: Vec<Box<Sq>> = vec![Box::new(Sq(1.0)), Box::new(Sq(4.0))];
    println!("{}", sum_areas(&boxes));
    let dyns: Vec<Box<dyn Area>> = vec![Box::new(Sq(0.5)), Box::new(Sq(10.0))];
    println!("{}", sum_areas(&dyns));
    println!("{}", "hey".label());
    println!("{}", String::from("you").label());
    println!("{}", 7.label());
}
