#[derive(Debug, serde::Serialize)] //~ unsupported: serde|Serialize
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    println!("{:?} {}", p, p.x + p.y);
}
