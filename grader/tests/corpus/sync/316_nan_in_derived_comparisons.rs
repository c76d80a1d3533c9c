// Derived PartialEq/PartialOrd with a NaN inside: `x == x` is false, and
// `partial_cmp` is None as soon as the deciding pair of floats is unordered.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct P {
    x: f64,
    y: i32,
}

#[derive(Debug, PartialEq, PartialOrd)]
enum Shape {
    Dot(f64),
    Box { w: f64, h: f64 },
}

fn main() {
    let a = P { x: f64::NAN, y: 1 };
    let b = P { x: 1.0, y: 2 };
    println!("{}", a == a);
    println!("{}", a != a);
    println!("{:?}", a.partial_cmp(&a));
    println!("{:?}", a.partial_cmp(&b));
    println!("{} {} {} {}", a < b, a <= b, a > b, a >= b);
    let c = P { x: 1.0, y: 1 };
    println!("{:?} {}", c.partial_cmp(&b), c < b);
    let r = &a;
    println!("{}", r == &a);
    let v = vec![1.0, f64::NAN];
    println!("{} {:?}", v == v, v.partial_cmp(&v));
    let w = vec![0.5, f64::NAN];
    println!("{:?} {}", w.partial_cmp(&v), w < v);
    println!("{:?}", Shape::Dot(f64::NAN).partial_cmp(&Shape::Box { w: 1.0, h: 2.0 }));
    println!("{:?}", Shape::Box { w: 1.0, h: f64::NAN }.partial_cmp(&Shape::Box { w: 2.0, h: 2.0 }));
    println!("{:?}", Shape::Box { w: 1.0, h: f64::NAN }.partial_cmp(&Shape::Box { w: 1.0, h: 2.0 }));
    println!("{}", Some(f64::NAN) == Some(f64::NAN));
    println!("{:?}", (1, f64::NAN).partial_cmp(&(1, 0.0)));
    println!("{:?}", (0, f64::NAN).partial_cmp(&(1, 0.0)));
    let t = (2.0, f64::NAN);
    println!("{} {:?}", t == t, t.partial_cmp(&t));
}
