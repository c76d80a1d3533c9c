use std::mem;

#[derive(Debug, Default)]
struct Buffer {
    data: Vec<u8>,
    label: String,
}

fn main() {
    let mut a = String::from("left");
    let mut b = String::from("right");
    mem::swap(&mut a, &mut b);
    println!("{a} {b}");
    let mut v = vec![1, 2, 3];
    let old = mem::replace(&mut v, vec![9]);
    println!("{old:?} {v:?}");
    let taken = mem::take(&mut v);
    println!("{taken:?} {v:?}");
    let mut buf = Buffer { data: vec![1, 2], label: "in".into() };
    let flushed = mem::take(&mut buf.data);
    println!("flushed {flushed:?}, buffer now {buf:?}");
    let whole = mem::take(&mut buf);
    println!("{whole:?} {buf:?}");
    let mut x = 5;
    let mut y = 6;
    mem::swap(&mut x, &mut y);
    println!("{x} {y}");
    let mut arr = [1, 2, 3, 4];
    arr.swap(0, 3);
    let (l, r) = arr.split_at_mut(2);
    mem::swap(&mut l[0], &mut r[0]);
    println!("{arr:?}");
    let mut state = Some(3);
    let prev = mem::replace(&mut state, None);
    println!("{prev:?} {state:?}");
    println!("{}", mem::size_of::<Option<Box<u8>>>() == mem::size_of::<Box<u8>>());
}
