struct Point {
    x: i32,
    y: i32,
}

fn locate(p: &Point) -> String {
    match p {
        Point { x: 0, y: 0 } => "origin".to_string(),
        Point { x: 0, y } => format!("on the y axis at {y}"),
        Point { x, y: 0 } => format!("on the x axis at {x}"),
        Point { x, y } if x == y => format!("on the diagonal at {x}"),
        Point { x, .. } if *x < 0 => "left half".to_string(),
        _ => "somewhere".to_string(),
    }
}

fn main() {
    let points = [
        Point { x: 0, y: 0 },
        Point { x: 0, y: 7 },
        Point { x: -3, y: 0 },
        Point { x: 4, y: 4 },
        Point { x: -1, y: 9 },
        Point { x: 5, y: 1 },
    ];
    for p in &points {
        println!("({}, {}) {}", p.x, p.y, locate(p));
    }
    let pair = (3, "three", 3.0);
    match pair {
        (0, _, _) => println!("zero"),
        (n, name, f) if n as f64 == f => println!("{n} is {name}"),
        _ => println!("mismatch"),
    }
    let ((a, b), [c, d]) = ((1, 2), [3, 4]);
    println!("{}", a + b + c + d);
}
