#[derive(Debug)]
enum Shape {
    Circle { r: f64 },
    Rect { w: f64, h: f64 },
    Poly(Vec<(i32, i32)>),
}

fn classify(s: &Shape) -> String {
    match s {
        Shape::Circle { r } if *r == 0.0 => "point".into(),
        Shape::Circle { r: radius @ 0.0..=1.0 } => format!("small circle {radius}"),
        Shape::Circle { .. } => "circle".into(),
        Shape::Rect { w, h } if (w - h).abs() < 1e-9 => format!("square {w}"),
        &Shape::Rect { w, h } => format!("rect {}", w * h),
        Shape::Poly(pts) if pts.len() < 3 => format!("degenerate ({} points)", pts.len()),
        Shape::Poly(pts) => match pts.as_slice() {
            [(0, 0), rest @ ..] => format!("anchored polygon + {}", rest.len()),
            [first, .., last] if first == last => "closed polygon".into(),
            _ => "polygon".into(),
        },
    }
}

fn main() {
    let shapes = vec![
        Shape::Circle { r: 0.0 },
        Shape::Circle { r: 0.5 },
        Shape::Circle { r: 4.0 },
        Shape::Rect { w: 2.0, h: 2.0 },
        Shape::Rect { w: 2.0, h: 3.5 },
        Shape::Poly(vec![(1, 1)]),
        Shape::Poly(vec![(0, 0), (1, 0), (1, 1)]),
        Shape::Poly(vec![(5, 5), (6, 5), (5, 5)]),
        Shape::Poly(vec![(1, 2), (3, 4), (5, 6)]),
    ];
    for s in &shapes {
        println!("{}", classify(s));
    }
    let mut v = vec![1, 2, 3];
    match v.as_mut_slice() {
        [first, .., last] => {
            std::mem::swap(first, last);
        }
        _ => {}
    }
    println!("{v:?}");
    let msg = Some(String::from("hello"));
    match &msg {
        Some(s) if s.starts_with('h') => println!("h-word {s}"),
        Some(s) => println!("other {s}"),
        None => println!("none"),
    }
    println!("{msg:?}");
}
