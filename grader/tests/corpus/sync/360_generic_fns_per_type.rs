// Generic fns that use their type parameter in a path are lowered once per type.
use std::fmt::Debug;

trait Shape {
    const NAME: &'static str;
    const SIDES: u32 = 0;
    fn unit() -> Self;
    fn area(&self) -> f64;
    fn describe() -> String {
        format!("{} with {} sides", Self::NAME, Self::SIDES)
    }
}

#[derive(Debug, Default, Clone)]
struct Square {
    side: f64,
}

#[derive(Debug, Default, Clone)]
struct Circle {
    r: f64,
}

impl Shape for Square {
    const NAME: &'static str = "square";
    const SIDES: u32 = 4;
    fn unit() -> Self {
        Square { side: 1.0 }
    }
    fn area(&self) -> f64 {
        self.side * self.side
    }
}

impl Shape for Circle {
    const NAME: &'static str = "circle";
    fn unit() -> Self {
        Circle { r: 1.0 }
    }
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn describe() -> String {
        format!("round {}", Self::NAME)
    }
}

fn report<S: Shape>() -> String {
    let u = S::unit();
    format!("{}: unit area {:.1}, {}", S::NAME, u.area(), S::describe())
}

fn twice<S: Shape>() -> String {
    format!("[{}] [{}]", report::<S>(), <S as Shape>::SIDES)
}

fn fresh<T: Default + Debug>() -> T {
    let t = T::default();
    println!("made {t:?}");
    t
}

fn named<S: Shape + Debug>(s: &S) -> String {
    format!("{} {:?} {:.2}", S::NAME, s, s.area())
}

fn pair<A: Shape, B: Shape>() -> (&'static str, &'static str) {
    (A::NAME, B::NAME)
}

fn count_default<T: Default + PartialEq>(items: &[T]) -> usize {
    items.iter().filter(|x| **x == T::default()).count()
}

fn main() {
    println!("{}", report::<Square>());
    println!("{}", report::<Circle>());
    println!("{}", twice::<Square>());
    println!("{}", twice::<Circle>());
    let s: Square = fresh();
    let c = fresh::<Circle>();
    let n = fresh::<i32>();
    let w: String = fresh();
    println!("{:?} {:?} {} {:?}", s, c, n, w);
    println!("{}", named(&Square { side: 2.5 }));
    println!("{}", named(&c));
    println!("{:?} {:?}", pair::<Square, Circle>(), pair::<Circle, Circle>());
    println!("{} {}", count_default::<i32>(&[0, 3, 0, 5]), count_default::<String>(&["".to_string(), "x".to_string()]));
    println!("{} {}", Square::SIDES, Circle::SIDES);
}
