#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone)]
struct Path {
    points: Vec<Point>,
    name: String,
}

#[derive(Debug, Clone, Copy)]
struct Grid {
    cells: [[u8; 3]; 2],
}

fn shift(mut p: Point) -> Point {
    p.x += 100;
    p
}

fn rename(mut p: Path) -> Path {
    p.name.push_str("-copy");
    p
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let mut b = a;
    b.x = 50;
    println!("{:?} {:?}", a, b);
    let c = shift(a);
    println!("{:?} {:?}", a, c);
    let mut arr = [a; 3];
    arr[1].y = -7;
    let mut first = arr[0];
    first.x = 9;
    println!("{:?} {:?}", arr, first);
    let path = Path { points: vec![a, b], name: "p".into() };
    let mut p2 = path.clone();
    p2.points[0].x = 77;
    p2.points.push(c);
    println!("{:?}", path);
    println!("{:?}", p2);
    let p3 = rename(path.clone());
    println!("{} {}", path.name, p3.name);
    let g = Grid { cells: [[0; 3]; 2] };
    let mut g2 = g;
    g2.cells[1][2] = 5;
    let mut row = g2.cells[1];
    row[0] = 8;
    println!("{:?} {:?} {:?}", g.cells, g2.cells, row);
    let pts = vec![a, b];
    let mut q = pts[1];
    q.y = 1000;
    println!("{:?} {:?}", pts, q);
    let mut tup = (a, 5);
    let mut inner = tup.0;
    inner.x = -1;
    tup.1 += 1;
    println!("{:?} {:?}", tup, inner);
    let mut v = vec![a, a];
    for p in v.iter_mut() {
        p.x *= 2;
    }
    for mut p in v.clone() {
        p.y = 0;
        let _ = p;
    }
    println!("{:?}", v);
    let r = &v[0];
    let mut own = *r;
    own.y = 42;
    println!("{:?} {:?} {}", v[0], own, v[0] == own);
}
