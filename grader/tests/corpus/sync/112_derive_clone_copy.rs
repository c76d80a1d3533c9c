#[derive(Debug, Clone, Copy, PartialEq)]
struct Pixel {
    x: u16,
    y: u16,
}

#[derive(Debug, Clone)]
struct Layer {
    name: String,
    pixels: Vec<Pixel>,
}

fn shift(mut p: Pixel) -> Pixel {
    p.x += 1;
    p
}

fn main() {
    let p = Pixel { x: 1, y: 2 };
    let q = p;
    let r = shift(p);
    println!("{:?} {:?} {:?}", p, q, r);
    let base = Layer { name: "base".into(), pixels: vec![p, r] };
    let mut copy = base.clone();
    copy.name.push_str("-copy");
    copy.pixels[0].y = 99;
    println!("{:?}", base);
    println!("{:?}", copy);
    let arr = [p; 3];
    println!("{}", arr.iter().all(|a| *a == p));
    let tuple = (p, 5u8);
    let (mut t1, _) = tuple;
    t1.x = 50;
    println!("{:?} {:?}", tuple.0, t1);
    let names = vec![String::from("a")];
    let mut names2 = names.clone();
    names2.push("b".to_string());
    println!("{names:?} {names2:?}");
}
