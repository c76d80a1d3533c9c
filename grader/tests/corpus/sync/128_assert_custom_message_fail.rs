#[derive(Debug, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = Point { x: 1, y: 2 };
    assert_eq!(a, b, "points should match");
    let c = Point { x: 3, y: 2 };
    let limit = 2;
    assert!(c.x <= limit, "x = {} exceeds limit {}", c.x, limit);
    println!("unreachable");
}
