use std::fmt;

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

struct Polygon {
    name: String,
    points: Vec<Point>,
}

impl fmt::Display for Polygon {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} [", self.name)?;
        for (i, p) in self.points.iter().enumerate() {
            if i > 0 {
                write!(f, " -> ")?;
            }
            write!(f, "{p}")?;
        }
        write!(f, "]")
    }
}

fn main() {
    let p = Point { x: 1, y: -2 };
    println!("p = {p}");
    let s = p.to_string();
    println!("as string: {s:?} (len {})", s.len());
    let tri = Polygon {
        name: "triangle".into(),
        points: vec![Point { x: 0, y: 0 }, Point { x: 4, y: 0 }, Point { x: 0, y: 3 }],
    };
    println!("{tri}");
    let msg = format!("<{}>", tri);
    println!("{}", msg.len());
}
