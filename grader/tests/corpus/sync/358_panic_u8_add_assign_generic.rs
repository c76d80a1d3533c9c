fn id<T>(x: T) -> T {
    x
}

fn main() {
    let mut x = id(250u8);
    x += 3;
    println!("{}", x);
    x += 10;
    println!("{}", x);
}
