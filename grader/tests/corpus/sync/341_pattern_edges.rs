#[derive(Debug, Clone)]
enum Msg {
    Move { x: i32, y: i32 },
    Write(String),
    Batch(Vec<Msg>),
    Quit,
}

fn classify(v: &[i32]) -> String {
    match v {
        [] => "empty".to_string(),
        [one] => format!("one {}", one),
        [first, .., last] if first == last => format!("same ends {}", first),
        [first, rest @ ..] if rest.len() > 2 => format!("{} then {} more", first, rest.len()),
        [first, middle @ .., last] => format!("{} {:?} {}", first, middle, last),
    }
}

fn describe(m: &Msg) -> String {
    match m {
        Msg::Move { x: 0, y } => format!("vertical {}", y),
        Msg::Move { x, y: yy @ 1..=9 } => format!("small y {} {}", x, yy),
        Msg::Move { .. } => "move".to_string(),
        Msg::Write(s) if s.is_empty() => "blank".to_string(),
        Msg::Write(s) => format!("write {}", s),
        Msg::Batch(v) if v.is_empty() => "empty batch".to_string(),
        Msg::Batch(v) => match v.as_slice() {
            [Msg::Quit, ..] => "starts with quit".to_string(),
            [.., inner @ Msg::Write(_)] => format!("ends with {}", describe(inner)),
            _ => format!("batch of {}", v.len()),
        },
        Msg::Quit => "quit".to_string(),
    }
}

fn main() {
    for v in [&[][..], &[4], &[1, 2, 1], &[1, 2, 3, 4], &[1, 2, 3]] {
        println!("{}", classify(v));
    }
    let msgs = vec![
        Msg::Move { x: 0, y: 5 },
        Msg::Move { x: 3, y: 5 },
        Msg::Move { x: 3, y: 50 },
        Msg::Write(String::new()),
        Msg::Write("hi".into()),
        Msg::Batch(vec![]),
        Msg::Batch(vec![Msg::Quit, Msg::Write("x".into())]),
        Msg::Batch(vec![Msg::Move { x: 1, y: 1 }, Msg::Write("last".into())]),
        Msg::Batch(vec![Msg::Move { x: 1, y: 1 }]),
        Msg::Quit,
    ];
    for m in &msgs {
        println!("{}", describe(m));
    }
    let n = 42u32;
    let s = match n {
        0 => "zero",
        x @ (1 | 2 | 3) if x % 2 == 1 => "small odd",
        1..=9 => "digit",
        10 | 20 | 30 => "round",
        big @ 40.. if big % 2 == 0 => "big even",
        _ => "other",
    };
    println!("{}", s);
    let pair = (3, -3);
    match &pair {
        (a, b) if *a + *b == 0 => println!("opposites {} {}", a, b),
        _ => println!("no"),
    }
    let refs = vec![(1, "a"), (2, "b")];
    for &(n, s) in &refs {
        print!("{}{} ", n, s);
    }
    for (n, s) in refs.iter() {
        print!("{}{} ", n * 2, s);
    }
    println!();
    let mut pt = (1, 2);
    {
        let (ref mut a, ref b) = pt;
        *a += *b;
    }
    println!("{:?}", pt);
    let mut opt = Some(String::from("own"));
    if let Some(ref mut s) = opt {
        s.push('!');
    }
    match &mut opt {
        Some(s) => s.push('?'),
        None => {}
    }
    println!("{:?}", opt);
    let nested = Some(Some(3));
    if let Some(Some(x @ 1..=5)) = nested {
        println!("nested {}", x);
    }
    let arr = [1, 2, 3, 4, 5];
    let [a, b, rest @ ..] = arr;
    println!("{} {} {:?}", a, b, rest);
    let [.., y, z] = arr;
    println!("{} {}", y, z);
    if let [x, .., 5] = arr {
        println!("starts {}", x);
    }
    let c = 'k';
    println!("{}", match c { 'a'..='j' => 1, 'k'..='z' => 2, _ => 3 });
    let t = (1, (2, (3, 4)));
    let (_, (_, (p, _))) = t;
    println!("{}", p);
    let v = vec![Some(1), None, Some(3)];
    let total: i32 = v.iter().map(|o| match o { Some(n @ 2..) => *n * 100, Some(n) => *n, None => -1 }).sum();
    println!("{}", total);
    let Some(q) = v[2] else { panic!() };
    println!("{}", q);
    let msg = &msgs[1];
    if let Msg::Move { x, .. } | Msg::Move { y: x, .. } = msg {
        println!("x {}", x);
    }
    println!("{}", matches!(msgs[9], Msg::Quit));
    println!("{}", matches!(n, 1..=50 if n % 7 == 0));
    let bs = b"hi";
    match bs {
        [b'h', second] => println!("h then {}", *second as char),
        _ => {}
    }
    let x = -5i32;
    match x {
        i32::MIN..=-1 => println!("neg"),
        0 => println!("zero"),
        1.. => println!("pos"),
    }
}
