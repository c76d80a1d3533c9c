fn area(w: u32, h: u32) -> u32 {
    w * h
}

fn main() {
    let r = area(3);
    println!("{}", r);
}
