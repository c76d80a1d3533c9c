use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};

#[derive(Debug)]
struct Unit;

#[derive(Debug)]
struct Tuple(i32, &'static str);

#[derive(Debug)]
struct Empty {}

#[derive(Debug)]
enum Shape {
    Dot,
    Circle { r: f64 },
    Poly(Vec<(i32, i32)>),
    Wrap(Box<Shape>),
    Named(Unit, Tuple),
}

#[derive(Debug, Default)]
struct Config {
    name: String,
    tags: Vec<String>,
    limits: BTreeMap<String, Option<u32>>,
    empty: Vec<u8>,
    nested: Option<Box<Config>>,
}

fn main() {
    let shapes = vec![
        Shape::Dot,
        Shape::Circle { r: 1.0 },
        Shape::Poly(vec![(0, 0), (1, -1)]),
        Shape::Wrap(Box::new(Shape::Poly(vec![]))),
        Shape::Named(Unit, Tuple(-3, "t")),
    ];
    println!("{:?}", shapes);
    println!("{:#?}", shapes);
    let mut limits = BTreeMap::new();
    limits.insert("cpu".to_string(), Some(4));
    limits.insert("mem".to_string(), None);
    let c = Config {
        name: "outer".into(),
        tags: vec!["a".into()],
        limits,
        empty: vec![],
        nested: Some(Box::new(Config::default())),
    };
    println!("{:#?}", c);
    println!("{:?}", c);
    println!("{:#?}", (1, "two", [3.0, 4.5], ()));
    println!("{:#?}", ((),));
    println!("{:?} {:?} {:#?}", Unit, Empty {}, Empty {});
    let s: BTreeSet<char> = "hello".chars().collect();
    println!("{:?}", s);
    println!("{:#?}", s);
    let d: VecDeque<i32> = (1..4).collect();
    println!("{:?} {:#?}", d, VecDeque::<i32>::new());
    let mut h = HashMap::new();
    h.insert(1, vec![Some('x')]);
    println!("{:?}", h);
    println!("{:#?}", h);
    let r: Result<Vec<()>, String> = Err("bad\n".to_string());
    println!("{:#?}", r);
    println!("{:#?}", Some(Ok::<&str, ()>("s")));
    let empty_map: BTreeMap<i32, i32> = BTreeMap::new();
    println!("{:?} {:#?}", empty_map, empty_map);
    println!("{:#?}", vec![vec![1], vec![]]);
    println!("{:#?}", "quote\"d");
    println!("{:#?}", std::cmp::Ordering::Less);
    println!("{:#?}", &&Some(&5));
}
