struct Point {
    x: f64,
    y: f64,
}

fn main() {
    let u = Point { x: 1.0 };
    println!("{}", u.x);
}
